/**
 * Trusted-publisher prerequisites as findings (pure functions over what the caller read): npm CLI version,
 * tokens that would take over from OIDC, package.json's repository, the workflow file and environment the
 * registry will match, PyPI's reusable-workflow limit. publish-and-verify runs them in its pre-flight; a
 * `doctor` check can call them with the same inputs.
 */
// Single functions, not semver's index (which loads every range helper): see versioning/semver.ts.
import semverLt from 'semver/functions/lt.js';
import semverValid from 'semver/functions/valid.js';

/** One finding: `error` stops the release before anything is written, `warning` and `info` are reported. */
export interface TrustedPublishingFinding {
  level: 'error' | 'warning' | 'info';
  /** Stable id for tests and doctor output, e.g. `npm-cli-too-old`. */
  id: string;
  message: string;
  /** The fix, naming a real input or setting. */
  hint?: string;
}

/** The lowest npm CLI that publishes through npm trusted publishing (OIDC token exchange). */
export const NPM_TRUSTED_PUBLISHING_MIN = '11.5.1';

/** What the checks look at; every field is optional (unknown → the check that needs it is skipped). */
export interface TrustedPublishingFacts {
  registry: 'npm' | 'pypi';
  /** The job can ask for an OIDC ID token (ACTIONS_ID_TOKEN_REQUEST_URL set, i.e. `id-token: write`). */
  idTokenAvailable: boolean;
  /** A registry token was given (input registry-token). */
  tokenGiven: boolean;
  /** GITHUB_REPOSITORY, `owner/repo`. */
  repository?: string;
  /** GITHUB_WORKFLOW_REF: the caller's workflow, `owner/repo/.github/workflows/<file>@<ref>`. */
  workflowRef?: string;
  /** The job's workflow when it differs (a reusable workflow: the OIDC token's job_workflow_ref). */
  jobWorkflowRef?: string;
  /** The job's deployment environment, when known. */
  environment?: string;
  /** npm: `npm --version`. */
  npmVersion?: string;
  /** npm: where a token is configured that is not release-relay's own (NODE_AUTH_TOKEN, an .npmrc line). */
  strayTokens?: string[];
  /** npm: package.json `repository` (string or `{ url }`). */
  packageRepository?: unknown;
  /** npm: whether the package already exists on the registry (trusted publishing cannot create it). */
  packageExists?: boolean;
  /** npm: package name, for messages. */
  packageName?: string;
}

/** `owner/repo` named by a repository URL or shorthand (`git+https://github.com/o/r.git`, `github:o/r`, `o/r`). */
export function repositorySlug(value: unknown): string | undefined {
  const raw = typeof value === 'string' ? value : typeof value === 'object' && value && typeof (value as { url?: unknown }).url === 'string' ? (value as { url: string }).url : undefined;
  if (!raw) return undefined;
  const m = /^(?:github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(raw.trim()) ?? /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(raw.trim());
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** The workflow file of a workflow ref (`o/r/.github/workflows/release.yml@refs/heads/main` → `release.yml`). */
export function workflowFile(ref: string | undefined): string | undefined {
  return ref ? /\.github\/workflows\/([^@/]+)@/.exec(ref)?.[1] : undefined;
}

/** Runs every check that applies to `facts`. */
export function trustedPublishingFindings(facts: TrustedPublishingFacts): TrustedPublishingFinding[] {
  const out: TrustedPublishingFinding[] = [];
  const name = facts.registry === 'npm' ? 'npm trusted publishing' : 'PyPI Trusted Publishing';
  if (facts.tokenGiven) {
    out.push({ level: 'info', id: 'token-path', message: `Publishing with the token from input registry-token; ${name} is not used.`, hint: facts.registry === 'npm' ? 'Configure a trusted publisher on npmjs.com (package → Settings) and drop the token to publish through OIDC with provenance.' : undefined });
    return out;
  }
  if (!facts.idTokenAvailable) {
    out.push({ level: 'error', id: 'no-id-token', message: `No registry token was given and the job cannot request an OIDC ID token, which ${name} needs.`, hint: 'Grant the publish job `permissions: id-token: write`, or pass input `registry-token`.' });
    return out;
  }
  const file = workflowFile(facts.workflowRef);
  const jobFile = workflowFile(facts.jobWorkflowRef);
  if (file) {
    out.push({ level: 'info', id: 'publisher-match', message: `${name} will match repository ${facts.repository ?? '(unknown)'}, workflow ${file}${facts.environment ? `, environment ${facts.environment}` : ' (no environment)'}.`, hint: 'The trusted publisher configured on the registry must name exactly these.' });
  }
  // Compared by path, not file name: a reusable workflow of another repository may have the caller's file name.
  const jobPath = facts.jobWorkflowRef?.split('@')[0];
  if (facts.registry === 'pypi' && jobFile && file && jobPath !== facts.workflowRef?.split('@')[0]) {
    const reusable = jobPath?.startsWith(`${facts.repository ?? ''}/.github/`) ? jobFile : jobPath;
    out.push({ level: 'error', id: 'pypi-reusable-workflow', message: `This job runs in the reusable workflow ${reusable}, called from ${file}; PyPI matches the publisher on the job's workflow and refuses tokens minted inside a reusable workflow from another file (invalid-publisher).`, hint: 'Run publish-and-verify in a job of the caller\'s workflow (the reusable workflow with `publish: false`), or pass input `registry-token`.' });
  }
  if (facts.registry === 'npm') {
    if (facts.npmVersion && semverValid(facts.npmVersion) && semverLt(facts.npmVersion, NPM_TRUSTED_PUBLISHING_MIN)) {
      out.push({ level: 'error', id: 'npm-cli-too-old', message: `npm ${facts.npmVersion} cannot publish through trusted publishing (it needs npm ≥ ${NPM_TRUSTED_PUBLISHING_MIN}).`, hint: 'Add a step `npm install -g npm@^11.5.1` before publish-and-verify (or actions/setup-node with node-version 24, whose npm is 11), or pass input `registry-token`.' });
    }
    for (const where of facts.strayTokens ?? []) {
      out.push({ level: 'warning', id: 'npm-stray-token', message: `A token is configured in ${where}: npm would fall back to it silently if the OIDC exchange failed, publishing without trusted publishing.`, hint: 'release-relay publishes with a clean npm config (that token is not used); remove it from the workflow, or pass it as input `registry-token` to publish with a token on purpose.' });
    }
    const slug = repositorySlug(facts.packageRepository);
    if (facts.repository && facts.packageRepository !== undefined && slug?.toLowerCase() !== facts.repository.toLowerCase()) {
      out.push({ level: 'error', id: 'npm-repository-mismatch', message: `package.json repository ${JSON.stringify(facts.packageRepository)} does not name ${facts.repository}; npm refuses provenance and trusted publishing from another repository.`, hint: `Set "repository": { "type": "git", "url": "git+https://github.com/${facts.repository}.git" } in package.json.` });
    } else if (facts.repository && facts.packageRepository === undefined) {
      out.push({ level: 'error', id: 'npm-repository-missing', message: `package.json has no repository; npm trusted publishing and provenance need it to name ${facts.repository}.`, hint: `Add "repository": { "type": "git", "url": "git+https://github.com/${facts.repository}.git" } to package.json.` });
    }
    if (facts.packageExists === false) {
      out.push({ level: 'error', id: 'npm-first-publish', message: `${facts.packageName ?? 'The package'} does not exist on the registry yet; npm trusted publishing can only publish new versions of an existing package.`, hint: 'Publish the first version with a token (input `registry-token`), then configure the trusted publisher on npmjs.com and drop the token.' });
    }
  }
  return out;
}
