#!/usr/bin/env node
/**
 * release-relay from a terminal: the same stages the actions run, with the release context in a file.
 *   release-relay prepare [--dir D] [--bump B] [--version V] [--dry-run] [--context FILE]
 *   release-relay changelog --full [--dir D]
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { describeError, ReleaseError } from './core/errors.js';
import { consoleLogger } from './core/log.js';
import { readRunnerEnvironment } from './core/runner.js';

const USAGE = `Usage:
  release-relay prepare   [--dir D] [--package-dir P] [--bump B] [--version V] [--prerelease-id ID]
                          [--tag-template T] [--changelog-file F] [--since REV|DATE] [--dry-run] [--no-push] [--context FILE] [--json]
                          [--release-mode direct|pr] [--release-branch B] [--commit-via git|api]
                          [--bypass-branch-rules] [--repository OWNER/NAME] [--github-api-url URL]
  release-relay gate      --context FILE [--dir D] [--python PY] [--coverage-threshold N] [--offline]
  release-relay publish   --context FILE [--dir D] --registry URL [--token-env NAME] [--python PY]
  release-relay run       [--dir D] [--bump B] [--dry-run] --registry URL [--token-env NAME]
                          [--python PY] [--coverage-threshold N] [--offline]
  release-relay changelog --full [--dir D] [--tag-template T]
  release-relay help
The registry token is read from the environment variable named by --token-env (default PYPI_TOKEN),
never from the command line; the GitHub token (branch rules, release PR, API commits) from the variable
named by --github-token-env (default GITHUB_TOKEN).`;

/** Parses argv and runs one command; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    allowPositionals: false,
    strict: true,
    options: {
      dir: { type: 'string', default: '.' },
      'package-dir': { type: 'string' },
      bump: { type: 'string' },
      version: { type: 'string' },
      'prerelease-id': { type: 'string' },
      'tag-template': { type: 'string' },
      'changelog-file': { type: 'string' },
      since: { type: 'string' },
      'docs-files': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'no-push': { type: 'boolean', default: false },
      context: { type: 'string' },
      json: { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      debug: { type: 'boolean', default: false },
      python: { type: 'string' },
      'coverage-threshold': { type: 'string' },
      offline: { type: 'boolean', default: false },
      registry: { type: 'string', multiple: true },
      'token-env': { type: 'string', default: 'PYPI_TOKEN' },
      'artifact-dir': { type: 'string' },
      'release-mode': { type: 'string' },
      'release-branch': { type: 'string' },
      'commit-via': { type: 'string' },
      'bypass-branch-rules': { type: 'boolean', default: false },
      repository: { type: 'string' },
      'github-api-url': { type: 'string' },
      'github-token-env': { type: 'string', default: 'GITHUB_TOKEN' },
    },
  });
  const logger = consoleLogger({ debug: values.debug, write: (l) => process.stderr.write(`${l}\n`) });
  // The runner's variables, when the CLI runs in a workflow step (repository for links, RUNNER_TEMP, OIDC).
  const runner = readRunnerEnvironment(process.env);
  switch (command) {
    case 'prepare': {
      const { prepareRelease } = await import('./stages/prepare-release.js');
      const github = await cliGitHubTarget(values.dir, values['github-token-env'], values.repository, values['github-api-url'], logger);
      const result = await prepareRelease(
        {
          cwd: values.dir,
          runner,
          packageDir: values['package-dir'],
          bump: values.bump,
          version: values.version,
          prereleaseId: values['prerelease-id'],
          tagTemplate: values['tag-template'],
          changelogFile: values['changelog-file'],
          since: values.since,
          docsFiles: values['docs-files']?.split(',').map((s) => s.trim()).filter(Boolean),
          dryRun: values['dry-run'],
          push: !values['no-push'],
          contextFile: values.context,
          releaseMode: values['release-mode'],
          releaseBranch: values['release-branch'],
          commitVia: values['commit-via'],
          bypassBranchRules: values['bypass-branch-rules'],
          github,
        },
        { logger },
      );
      if (values.json) process.stdout.write(`${JSON.stringify(result.context, null, 2)}\n`);
      else {
        process.stdout.write(`${result.decision}\n`);
        if (result.context.changelog) process.stdout.write(`\n${result.context.changelog.section_markdown}\n`);
      }
      return 0;
    }
    case 'gate':
    case 'publish':
    case 'run': {
      const { loadContext } = await import('./core/context.js');
      const { parseThreshold } = await import('./reports/coverage.js');
      const tools = { python: values.python ?? runner.python };
      const gateOptions = {
        tools,
        coverageThreshold: parseThreshold(values['coverage-threshold']),
        requireCi: false,
        artifactDir: values['artifact-dir'],
        // Offline: build with the interpreter's own backend and install without an index.
        ...(values.offline ? { isolatedBuild: false, installArgs: ['--no-index'] } : {}),
      };
      const token = process.env[values['token-env']];
      if (token) logger.setSecret(token);
      const publishOptions = { registries: values.registry, token, tools, artifactDir: values['artifact-dir'] };
      if (command === 'run') {
        const { runRelay } = await import('./stages/run-all.js');
        const r = await runRelay({ cwd: values.dir, runner, contextFile: values.context, dryRun: values['dry-run'], prepare: { bump: values.bump, version: values.version, prereleaseId: values['prerelease-id'], tagTemplate: values['tag-template'], push: !values['no-push'] }, gate: gateOptions, publish: publishOptions }, { logger });
        for (const d of r.decisions) process.stdout.write(`${d.stage}: ${d.decision}\n`);
        return 0;
      }
      if (!values.context) throw new ReleaseError('BAD_INPUT', `${command} needs --context FILE (written by the previous stage).`, `Run \`release-relay ${command} --context release-context.json\`.`);
      if (command === 'gate') {
        const { qualityGate } = await import('./stages/quality-gate.js');
        const r = await qualityGate({ ...gateOptions, cwd: values.dir, runner, context: await loadContext(values.context, 'quality-gate'), contextFile: values.context }, { logger });
        process.stdout.write(`${r.decision}\n`);
        return r.approved ? 0 : 1;
      }
      const { publishAndVerify } = await import('./stages/publish-and-verify.js');
      const r = await publishAndVerify({ ...publishOptions, cwd: values.dir, runner, context: await loadContext(values.context, 'publish-and-verify'), contextFile: values.context, dryRun: values['dry-run'] || undefined }, { logger });
      process.stdout.write(`${r.decision}\n`);
      return 0;
    }
    case 'changelog': {
      if (!values.full) throw new ReleaseError('BAD_INPUT', 'changelog needs --full.', 'Run `release-relay changelog --full`.');
      const { printFullChangelog } = await import('./stages/full-changelog.js');
      await printFullChangelog({ cwd: values.dir, tagTemplate: values['tag-template'], packageDir: values['package-dir'] }, (chunk) => process.stdout.write(chunk));
      return 0;
    }
    case 'help':
    case '--help':
    case undefined:
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      throw new ReleaseError('BAD_INPUT', `Unknown command "${command}".`, USAGE);
  }
}

/** The GitHub target from a token in the environment and --repository (or the origin URL); undefined without a token. */
async function cliGitHubTarget(dir: string, tokenEnv: string, slug: string | undefined, apiUrl: string | undefined, logger: import('./core/log.js').Logger): Promise<import('./github/target.js').GitHubTarget | undefined> {
  const token = process.env[tokenEnv];
  if (!token) return undefined;
  logger.setSecret(token);
  const { repoFromRemoteUrl, repoFromSlug } = await import('./github/repository.js');
  const { Git } = await import('./git/git.js');
  const repo = repoFromSlug(slug) ?? repoFromRemoteUrl(await new Git(dir).remoteUrl('origin'));
  if (!repo) throw new ReleaseError('BAD_INPUT', `No GitHub repository: --repository is ${slug ? `"${slug}", not owner/name` : 'not set'} and origin is not a GitHub URL.`, 'Pass --repository OWNER/NAME.');
  const { createGitHubClient } = await import('./actions/common/github-client.js');
  return { client: createGitHubClient({ token, baseUrl: apiUrl, logger }), owner: repo.owner, repo: repo.name };
}

/** True when this module is the program being run (not imported, e.g. by a test). */
function isEntry(): boolean {
  try {
    return process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isEntry()) void main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`release-relay: ${describeError(err)}\n`);
    process.exitCode = 1;
  },
);
