#!/usr/bin/env node
/**
 * release-relay from a terminal: the same stages the actions run, with the release context in a file, and
 * the actions' inputs as options under the same names (the table is generated from actions/*\/action.yml).
 *   release-relay doctor [--dir D]
 *   release-relay prepare [--dir D] [--bump B] [--dry-run] …
 *   release-relay run --registries pypi|testpypi|npm|URL [--dir D] [--bump B] [--token-env NAME] …
 *   release-relay help [command]
 * This file and src/actions/* are the only places that read the process environment.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseOptions } from './command-line/args.js';
import { allOptionNames, commandHelp, commandOptions, COMMANDS, usage } from './command-line/commands.js';
import { asCliWording, errorEvidence, gateEvidence } from './command-line/evidence.js';
import { ACTION_INPUTS } from './command-line/inputs.generated.js';
import { progressLogger, type ProgressStream } from './command-line/progress.js';
import { gateOptions, identityOptions, OptionReader, prepareOptions, publishOptions, readContextOption } from './command-line/stage-options.js';
import { describeError, ReleaseError } from './core/errors.js';
import { readRunnerEnvironment } from './core/runner.js';
import { favourShortRun } from './core/v8-tuning.js';
import { Git } from './git/git.js';
import { resolveCommitIdentity } from './git/identity.js';
import { askPrepareQuestionsEarly } from './stages/prepare-early.js';

/** Where the CLI writes: results to `out`, progress and errors to `err`. Defaults to the process's streams. */
export interface CliIo {
  out: ProgressStream;
  err: ProgressStream;
  env: Record<string, string | undefined>;
}

/** True on a terminal outside CI: only then is the live progress line drawn. */
function isLiveTerminal(io: CliIo): boolean {
  return Boolean(io.err.isTTY) && !io.env.CI && io.env.GITHUB_ACTIONS !== 'true' && io.env.TERM !== 'dumb';
}

/** Parses argv and runs one command; returns the exit code. Errors are thrown (see `printFailure`). */
export async function main(argv: string[], io: CliIo = { out: process.stdout, err: process.stderr, env: process.env }): Promise<number> {
  const [command, ...rest] = argv;
  const print = (text: string): void => void io.out.write(`${text}\n`);
  if (command === undefined) {
    print(usage());
    return 2;
  }
  if (command === 'help' || command === '--help' || command === '-h') {
    const spec = rest[0] ? COMMANDS[rest[0]] : undefined;
    if (rest[0] && !spec) throw new ReleaseError('BAD_INPUT', `Unknown command "${rest[0]}".`, usage());
    print(spec ? commandHelp(spec) : usage());
    return 0;
  }
  if (command === '--version') {
    print(await ownVersion());
    return 0;
  }
  const spec = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!spec) throw new ReleaseError('BAD_INPUT', `Unknown command "${command}".`, usage());
  if (rest.includes('--help') || rest.includes('-h')) {
    print(commandHelp(spec));
    return 0;
  }
  const r = new OptionReader(parseOptions(command, rest, commandOptions(spec)));
  const dir = resolve(r.string('dir') ?? '.');
  const logger = progressLogger({ stream: io.err, live: isLiveTerminal(io), debug: r.boolean('debug', false) });
  // The runner's variables, when the CLI runs in a workflow step (repository for links, RUNNER_TEMP, OIDC).
  const runner = readRunnerEnvironment(io.env);
  const onRunner = runner.onGitHubActions === true;
  const tokenEnv = r.string('token-env') ?? 'PYPI_TOKEN';
  const readToken = (): string | undefined => {
    const token = io.env[tokenEnv] || undefined;
    if (token) logger.setSecret(token);
    return token;
  };
  try {
    switch (command) {
      case 'doctor': {
        const { runDoctor, renderDoctorText } = await import('./doctor/doctor.js');
        const report = await runDoctor({
          dir,
          packageDir: r.string('package-dir') ?? '.',
          ecosystem: r.string('ecosystem') ?? 'auto',
          tagTemplate: r.string('tag-template'),
          changelogFile: r.string('changelog-file'),
          testCommand: r.string('test-command'),
          python: r.string('python') ?? runner.python,
          registries: r.list('registries'),
          tokenEnv: { name: tokenEnv, set: Boolean(io.env[tokenEnv]) },
          runner,
        });
        print(r.boolean('json', false) ? JSON.stringify(report, null, 2) : renderDoctorText(report));
        return report.blocked ? 1 : 0;
      }
      case 'prepare': {
        const who = identityOptions(r);
        const dryRun = r.boolean('dry-run', false);
        await askPrepareQuestionsEarly(dir, { dryRun, packageDir: r.string('package-dir'), tempDir: runner.tempDir }).logStarted;
        const { prepareRelease } = await import('./stages/prepare-release.js');
        const identity = dryRun ? undefined : await resolveCommitIdentity({ ...who, git: new Git(dir), onRunner });
        const github = await cliGitHubTarget(dir, io.env[r.string('github-token-env') ?? 'GITHUB_TOKEN'], r.string('repository'), r.string('github-api-url'), logger);
        const result = await prepareRelease({ ...prepareOptions(r, dir, identity), runner, github }, { logger });
        if (r.boolean('json', false)) print(JSON.stringify(result.context, null, 2));
        else {
          print(result.decision);
          if (result.context.changelog) print(`\n${result.context.changelog.section_markdown}`);
        }
        return 0;
      }
      case 'gate': {
        const { context, file } = await readContextOption(r, 'quality-gate');
        const options = gateOptions(r, dir, runner);
        if (!context && !options.tag) throw new ReleaseError('BAD_INPUT', 'gate needs the release context (written by prepare) or a tag.', 'Pass --context release-context.json (or --context-file FILE), or --tag v1.2.3 to gate a tagged version.');
        const { qualityGate } = await import('./stages/quality-gate.js');
        const result = await qualityGate({ ...options, runner, context, contextFile: file }, { logger });
        print(result.decision);
        if (!result.approved) for (const l of gateEvidence(result.context)) io.err.write(`${l}\n`);
        return result.approved ? 0 : 1;
      }
      case 'publish': {
        // --registries first: without it nothing else is worth reading.
        const options = publishOptions(r, dir, command, readToken(), runner);
        const { context, file } = await readContextOption(r, 'publish-and-verify');
        if (!context) throw new ReleaseError('BAD_CONTEXT', 'publish needs the release context the gate approved.', 'Pass --context release-context.json (or --context-file FILE) as written by `release-relay gate`.');
        const { publishAndVerify } = await import('./stages/publish-and-verify.js');
        const result = await publishAndVerify({ ...options, runner, context, contextFile: file }, { logger });
        print(result.decision);
        return 0;
      }
      case 'run': {
        const inline = r.string('context');
        const contextFile = r.string('context-file') ?? inline;
        if (inline?.trimStart().startsWith('{')) throw new ReleaseError('BAD_INPUT', '`release-relay run` makes its own release context; --context names the file it is kept in.', 'Pass --context-file FILE (or drop --context).');
        const dryRun = r.boolean('dry-run', false);
        const publish = publishOptions(r, dir, command, readToken(), runner);
        const gate = gateOptions(r, dir, runner);
        const who = identityOptions(r);
        const identity = dryRun ? undefined : await resolveCommitIdentity({ ...who, git: new Git(dir), onRunner });
        const { cwd: _c, contextFile: _f, dryRun: _d, ...prepare } = prepareOptions(r, dir, identity);
        const { runRelay, GateRejectedError } = await import('./stages/run-all.js');
        try {
          const result = await runRelay({ cwd: dir, runner, contextFile: contextFile ? resolve(contextFile) : undefined, dryRun, prepare, gate, publish }, { logger });
          if (r.boolean('json', false)) print(JSON.stringify(result.context, null, 2));
          else for (const d of result.decisions) print(`${d.stage}: ${d.decision}`);
          return 0;
        } catch (err) {
          if (err instanceof GateRejectedError) for (const l of gateEvidence(err.context)) io.err.write(`${l}\n`);
          throw err;
        }
      }
      case 'changelog': {
        if (!r.boolean('full', false)) throw new ReleaseError('BAD_INPUT', 'changelog needs --full.', 'Run `release-relay changelog --full`.');
        const { printFullChangelog } = await import('./stages/full-changelog.js');
        await printFullChangelog({ cwd: dir, tagTemplate: r.string('tag-template'), packageDir: r.string('package-dir') }, (chunk) => void io.out.write(chunk));
        return 0;
      }
      default:
        throw new ReleaseError('BAD_INPUT', `Unknown command "${command}".`, usage());
    }
  } finally {
    logger.close();
  }
}

/** The GitHub target from a token (read from the environment) and --repository or the origin URL; undefined without a token. */
async function cliGitHubTarget(dir: string, token: string | undefined, slug: string | undefined, apiUrl: string | undefined, logger: import('./core/log.js').Logger): Promise<import('./github/target.js').GitHubTarget | undefined> {
  if (!token) return undefined;
  logger.setSecret(token);
  const { repoFromRemoteUrl, repoFromSlug } = await import('./github/repository.js');
  const repo = repoFromSlug(slug) ?? repoFromRemoteUrl(await new Git(dir).remoteUrl('origin'));
  if (!repo) throw new ReleaseError('BAD_INPUT', `No GitHub repository: --repository is ${slug ? `"${slug}", not owner/name` : 'not set'} and origin is not a GitHub URL.`, 'Pass --repository OWNER/NAME.');
  const { createGitHubClient } = await import('./actions/common/github-client.js');
  return { client: createGitHubClient({ token, baseUrl: apiUrl, logger }), owner: repo.owner, repo: repo.name };
}

/** The version of this CLI (from the package.json beside the bundle, or the repository's). */
async function ownVersion(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  for (const rel of ['../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(await readFile(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'release-relay' && pkg.version) return pkg.version;
    } catch {
      /* try the next place */
    }
  }
  return 'unknown';
}

/** Prints a failure: the decisive lines behind it, then one line with the message, code and fix. */
export function printFailure(err: unknown, stream: ProgressStream = process.stderr): void {
  for (const line of errorEvidence(err)) stream.write(`${line}\n`);
  const secrets = new Set(Object.values(ACTION_INPUTS).flat().filter((i) => i.secret).map((i) => i.name));
  stream.write(`release-relay: ${asCliWording(describeError(err), allOptionNames(), secrets)}\n`);
}

/** True when this module is the program being run (not imported, e.g. by a test). */
function isEntry(): boolean {
  try {
    return process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isEntry()) {
  // A prepare is a short process: the process-wide V8 policy is the entry's to set (not main's, which tests call).
  if (process.argv[2] === 'prepare') favourShortRun();
  void main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      printFailure(err);
      process.exitCode = 1;
    },
  );
}
