/**
 * What the runner (or the terminal) tells the stages about where they run. Read once, at the entry
 * (`src/actions/*`, `src/cli.ts`), from the process environment, and passed down in options: nothing below
 * the entries reads `process.env` (core/exec.ts alone hands the environment on to child processes).
 */
export interface RunnerEnvironment {
  /** `owner/name` of the repository the workflow runs for (GITHUB_REPOSITORY). */
  repository?: string;
  /** The caller's workflow, `owner/repo/.github/workflows/<file>@<ref>` (GITHUB_WORKFLOW_REF). */
  workflowRef?: string;
  /** The ref that triggered the run, e.g. `refs/tags/v1.2.0` (GITHUB_REF). */
  ref?: string;
  /** The GitHub web server, e.g. `https://github.com` (GITHUB_SERVER_URL). */
  serverUrl?: string;
  /** The GitHub REST API root (GITHUB_API_URL). */
  apiUrl?: string;
  /** Scratch space outside the working tree, emptied after the job (RUNNER_TEMP). */
  tempDir?: string;
  /** True on a GitHub Actions runner (GITHUB_ACTIONS=true). */
  onGitHubActions?: boolean;
  /** The OIDC ID-token endpoint, present with `permissions: id-token: write` (ACTIONS_ID_TOKEN_REQUEST_*). */
  oidc?: { requestUrl?: string; requestToken?: string };
  /** The Python interpreter to use when input `python` is empty (RELEASE_RELAY_PYTHON). */
  python?: string;
  /** Names (never values) of the set variables that carry an npm token (NODE_AUTH_TOKEN, NPM_TOKEN, …): they would take over from npm trusted publishing. */
  npmTokenVariables?: string[];
}

/** Variables through which an npm token reaches `npm publish` (setup-node writes NODE_AUTH_TOKEN into .npmrc). */
export const NPM_TOKEN_VARIABLES = ['NODE_AUTH_TOKEN', 'NPM_TOKEN', 'NPM_AUTH_TOKEN', 'npm_config__authToken', 'NPM_CONFIG__AUTHTOKEN'];

/** The RunnerEnvironment from an environment map (the entries pass `process.env`); empty values count as unset. */
export function readRunnerEnvironment(env: Record<string, string | undefined>): RunnerEnvironment {
  const get = (name: string): string | undefined => (env[name] ? env[name] : undefined);
  const requestUrl = get('ACTIONS_ID_TOKEN_REQUEST_URL');
  const requestToken = get('ACTIONS_ID_TOKEN_REQUEST_TOKEN');
  return {
    repository: get('GITHUB_REPOSITORY'),
    workflowRef: get('GITHUB_WORKFLOW_REF'),
    ref: get('GITHUB_REF'),
    serverUrl: get('GITHUB_SERVER_URL'),
    apiUrl: get('GITHUB_API_URL'),
    tempDir: get('RUNNER_TEMP'),
    onGitHubActions: env.GITHUB_ACTIONS === 'true',
    oidc: requestUrl || requestToken ? { requestUrl, requestToken } : undefined,
    python: get('RELEASE_RELAY_PYTHON'),
    npmTokenVariables: NPM_TOKEN_VARIABLES.filter((v) => get(v)),
  };
}
