import { splitCommand } from '../core/argv.js';
import { loadContext, parseContext, type ReleaseContext } from '../core/context.js';
import type { RunnerEnvironment } from '../core/runner.js';
import { ReleaseError } from '../core/errors.js';
import type { GitIdentity } from '../git/git.js';
import { parseThreshold } from '../reports/threshold.js';
import { parseImportNames } from '../ecosystems/python/import-names.js';
import type { GateOptions } from '../stages/quality-gate.js';
import type { PrepareOptions } from '../stages/prepare-release.js';
import type { PublishOptions } from '../stages/publish-and-verify.js';
import type { OptionValues } from './args.js';

/**
 * Reads parsed option values by their input names, with the same rules the actions apply to inputs, and
 * records every name it was asked for (so a test can prove each action input reaches a stage option).
 */
export class OptionReader {
  /** Every name read so far. */
  readonly used = new Set<string>();

  constructor(private readonly values: OptionValues) {}

  /** A string option, or undefined when not given (or given empty). */
  string(name: string): string | undefined {
    this.used.add(name);
    const v = this.values[name];
    if (Array.isArray(v)) return v.join(',');
    if (typeof v === 'boolean') return String(v);
    return v === '' ? undefined : v;
  }

  /** A boolean option; `fallback` when not given. */
  boolean(name: string, fallback: boolean): boolean {
    this.used.add(name);
    const v = this.values[name];
    if (v === undefined) return fallback;
    if (typeof v === 'boolean') return v;
    throw new ReleaseError('BAD_INPUT', `Option --${name} is "${String(v)}", not a boolean.`, `Give --${name} or --no-${name}.`);
  }

  /** A boolean option that stays undefined when not given. */
  optionalBoolean(name: string): boolean | undefined {
    return this.values[name] === undefined ? (this.used.add(name), undefined) : this.boolean(name, false);
  }

  /** A number option within a range; `fallback` when not given. */
  number(name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
    const text = this.string(name);
    if (text === undefined) return fallback;
    const n = Number(text);
    const min = range.min ?? 0;
    const max = range.max ?? Number.MAX_SAFE_INTEGER;
    if (!Number.isFinite(n) || n < min || n > max) throw new ReleaseError('BAD_INPUT', `Option --${name} is "${text}", not a number from ${min} to ${max}.`, `Set --${name} to a number from ${min} to ${max}.`);
    return n;
  }

  /** A list option: comma- or newline-separated (and repeatable where the option allows it). */
  list(name: string): string[] {
    return (this.string(name) ?? '')
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean);
  }

  /** A command option split into argv like shell words, never run through a shell. */
  command(name: string): string[] | undefined {
    const text = this.string(name);
    return text === undefined ? undefined : splitCommand(text, name);
  }
}

/** The options of prepare-release from the command line (identity resolved by the caller). */
export function prepareOptions(r: OptionReader, cwd: string, identity?: GitIdentity): PrepareOptions {
  return {
    cwd,
    bump: r.string('bump'),
    version: r.string('version'),
    prereleaseId: r.string('prerelease-id'),
    allowDowngrade: r.boolean('allow-downgrade', false),
    packageDir: r.string('package-dir'),
    ecosystem: r.string('ecosystem'),
    tagTemplate: r.string('tag-template'),
    changelogFile: r.string('changelog-file'),
    docsFiles: r.list('docs-files'),
    dryRun: r.boolean('dry-run', false),
    commitMessage: r.string('commit-message'),
    push: r.boolean('push', true),
    allowDetached: r.boolean('allow-detached', false),
    identity,
    since: r.string('since'),
    minorTypes: r.list('minor-types'),
    patchTypes: r.list('patch-types'),
    parseSquashBodies: r.boolean('parse-squash-bodies', true),
    requestTimeoutMs: r.number('request-timeout', 60, { min: 1, max: 3600 }) * 1000,
    contextFile: r.string('context-file'),
    releaseMode: r.string('release-mode'),
    releaseBranch: r.string('release-branch'),
    commitVia: r.string('commit-via'),
    bypassBranchRules: r.boolean('bypass-branch-rules', false),
    mergedArtifactDir: r.string('merged-artifact-dir'),
    workspace: r.string('workspace'),
  };
}

/** The git identity options as given (`git-user-name`, `git-user-email`). */
export function identityOptions(r: OptionReader): { name?: string; email?: string } {
  return { name: r.string('git-user-name'), email: r.string('git-user-email') };
}

/**
 * The release context from `--context` (JSON text, or a file holding it) or `--context-file`; undefined when
 * neither is given.
 */
export async function readContextOption(r: OptionReader, stage: 'quality-gate' | 'publish-and-verify'): Promise<{ context?: ReleaseContext; file?: string }> {
  const inline = r.string('context');
  const file = r.string('context-file');
  if (inline !== undefined && inline.trimStart().startsWith('{')) return { context: parseContext(inline, stage, 'option --context'), file };
  const path = file ?? inline;
  return path === undefined ? {} : { context: await loadContext(path, stage), file: path };
}

/** The quality-gate options from the command line (no GitHub target: require-ci defaults to false). */
export function gateOptions(r: OptionReader, cwd: string, runner: RunnerEnvironment = {}): Omit<GateOptions, 'context'> {
  const offline = r.boolean('offline', false);
  const installArgs = r.string('install-args');
  // Checked as the action checks it; the gate's own requests go only to GitHub, which the CLI does not call.
  r.number('request-timeout', 60, { min: 1, max: 3600 });
  return {
    cwd,
    tag: r.string('tag'),
    packageDir: r.string('package-dir'),
    tagTemplate: r.string('tag-template'),
    ecosystem: r.string('ecosystem'),
    tools: { python: r.string('python') ?? runner.python },
    installDependencies: r.boolean('install-dependencies', false),
    importNames: parseImportNames(r.string('import-names')),
    testCommand: r.command('test-command'),
    junitFile: r.string('junit-file'),
    evidenceDir: r.string('evidence-dir'),
    testEvidence: r.string('test-evidence'),
    testTimeoutMs: r.number('test-timeout', 1200, { min: 1, max: 6 * 3600 }) * 1000,
    testRetries: r.number('test-retries', 1, { min: 0, max: 10 }),
    coverageThreshold: parseThreshold(r.string('coverage-threshold')),
    coverageBranches: r.boolean('coverage-branches', false),
    coverageReport: r.string('coverage-report'),
    integrationCommand: r.command('integration-command'),
    integrationTimeoutMs: r.number('integration-timeout', 1800, { min: 1, max: 6 * 3600 }) * 1000,
    buildTool: r.string('build-tool'),
    // Offline: build with the interpreter's own backend and install without an index.
    isolatedBuild: r.boolean('isolated-build', !offline),
    artifactDir: r.string('artifact-dir'),
    smokeCommand: r.command('smoke-command'),
    readmeExamples: r.boolean('readme-examples', true),
    exampleTags: r.list('example-tags').length ? r.list('example-tags') : undefined,
    installArgs: installArgs !== undefined ? splitCommand(installArgs, 'install-args') : offline ? ['--no-index'] : undefined,
    requireCi: requireCiLocally(r),
    ...noPullRequestLocally(r),
    ciTimeoutMs: r.number('ci-timeout', 1800, { min: 0, max: 6 * 3600 }) * 1000,
    checkRunId: r.string('check-run-id') !== undefined ? r.number('check-run-id', 0, { min: 1 }) : undefined,
    excludeChecks: r.list('exclude-checks'),
    openIssue: r.boolean('open-issue', true),
  };
}

/** Gating a release pull request reports a check run and comments: the quality-gate action does that on GitHub. */
function noPullRequestLocally(r: OptionReader): Record<string, never> {
  if (r.string('pull-request') !== undefined) throw new ReleaseError('BAD_INPUT', 'Option --pull-request reports a check run and comments on the pull request, which the CLI does not do.', 'Drop --pull-request and gate the checked-out release branch; the quality-gate action gates pull requests on GitHub.');
  return {};
}

/** The CLI has no GitHub client: waiting for CI cannot work, so asking for it is an error, not a silent skip. */
function requireCiLocally(r: OptionReader): boolean {
  const wanted = r.boolean('require-ci', false);
  if (wanted) throw new ReleaseError('BAD_INPUT', 'Option --require-ci needs the GitHub API, which the CLI does not use.', 'Drop --require-ci (the CLI defaults it to false); the quality-gate action waits for CI on GitHub.');
  return false;
}

/** What a publish needs from the command line: registries are required (never publish by surprise). */
export function publishOptions(r: OptionReader, cwd: string, command: string, token: string | undefined, runner: RunnerEnvironment = {}): Omit<PublishOptions, 'context'> {
  const registries = r.list('registries');
  const dryRun = r.optionalBoolean('dry-run');
  if (registries.length === 0 && !dryRun) {
    throw new ReleaseError('BAD_INPUT', `\`release-relay ${command}\` needs --registries: the CLI never picks a public registry for you.`, `Give --registries pypi, testpypi, npm or a registry URL (e.g. --registries http://127.0.0.1:8080), or add --dry-run.`);
  }
  return {
    cwd,
    artifactDir: r.string('artifact-dir'),
    registries: registries.length ? registries : undefined,
    token,
    useOidc: r.boolean('trusted-publishing', true),
    attestations: r.boolean('attestations', true),
    uploadAttempts: r.number('upload-attempts', 4, { min: 1, max: 20 }),
    pushTag: r.boolean('push-tag', true),
    verify: r.boolean('verify', true),
    verifyTimeoutMs: r.number('verify-timeout', 900, { min: 0, max: 3 * 3600 }) * 1000,
    tools: { python: r.string('python') ?? runner.python },
    notesDir: r.string('notes-dir'),
    metricsFile: r.string('metrics-file'),
    otlpEndpoint: r.string('otlp-endpoint'),
    requestTimeoutMs: r.number('request-timeout', 60, { min: 1, max: 3600 }) * 1000,
    uploadTimeoutMs: r.number('upload-timeout', 600, { min: 1, max: 6 * 3600 }) * 1000,
    dryRun,
  };
}
