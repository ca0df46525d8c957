import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { createStepContext, instrumented, type StepContext } from '../core/combinators.js';
import { newContext, saveContext, serializeContext, type GateCheck, type ReleaseContext } from '../core/context.js';
import { describeArtifacts } from '../core/digest.js';
import { ReleaseError, describeError, isReleaseError } from '../core/errors.js';
import { exec as realExec, type Exec } from '../core/exec.js';
import { pathExists, resolveContained, resolveInside } from '../core/files.js';
import { formatMs } from '../core/http.js';
import { artifactDirFor, claimArtifactDir, emptyArtifactDir, markArtifactDir } from '../gate/artifact-dir.js';
import { silentLogger, type Logger } from '../core/log.js';
import type { RunnerEnvironment } from '../core/runner.js';
import { templateOfTag } from '../changelog/tag-style.js';
import { formatTag, parseTag } from '../changelog/tags.js';
import { releaseNotesForTag } from '../changelog/tag-notes.js';
import { getFullAdapter } from '../ecosystems/adapters.js';
import type { AdapterEnv, FullEcosystemAdapter, PackageInfo, TestCommandPlan } from '../ecosystems/types.js';
import { Git } from '../git/git.js';
import type { GitHubTarget } from '../github/target.js';
import { checkCoverage, readCoverageReport } from '../reports/coverage.js';
import { readTestEvidence, saveTestEvidence, testEvidencePlan } from '../gate/evidence.js';
import { runTests } from '../gate/run-tests.js';
import { getScheme } from '../versioning/scheme.js';
import { repoFromRemoteUrl, repoFromSlug } from '../github/repository.js';

/** Typed options of quality-gate. */
export interface GateOptions {
  /** Working tree. Defaults to the current directory. */
  cwd?: string;
  /** The context from prepare-release. Without it (tag-triggered run) it is derived from `tag`. */
  context?: ReleaseContext;
  /** Tag that triggered the run (`v1.4.0` or `refs/tags/v1.4.0`), used when there is no context. Defaults to the runner's ref. */
  tag?: string;
  /** Package directory when there is no context. Defaults to `.`. */
  packageDir?: string;
  /** Tag template when there is no context. Defaults to the repository's semantic-release / release-please tag format (npm), else `v{version}`. */
  tagTemplate?: string;
  /** `auto`, `python` or `npm` when there is no context. Defaults to `auto`. */
  ecosystem?: string;
  /** Tool overrides, e.g. `{ python: '/usr/bin/python3' }`. Defaults to the runner's `python3`. */
  tools?: Record<string, string | undefined>;
  /** Install the package's dependencies with its own package manager before the tests (npm: npm ci / npm install, pnpm, yarn). Defaults to false. */
  installDependencies?: boolean;
  /** The test command (argv). Defaults to the ecosystem's (pytest with JUnit + coverage for Python). */
  testCommand?: string[];
  /** JUnit XML the custom test command writes (relative to the package dir). */
  junitFile?: string;
  /** Test timeout in ms. Defaults to 20 minutes. */
  testTimeoutMs?: number;
  /** Retries of failing tests (only the failed ones are rerun where the runner can). Defaults to 1. */
  testRetries?: number;
  /** Minimum line coverage in percent. No check when undefined. */
  coverageThreshold?: number;
  /** Also enforce branch coverage when the report has it. Defaults to false. */
  coverageBranches?: boolean;
  /** Coverage report path (relative to the package dir) for a custom test command. */
  coverageReport?: string;
  /** Save this run's test report and coverage report here (see gate/evidence.ts). Defaults to not saving. */
  evidenceDir?: string;
  /** Judge the evidence an earlier gate of this commit saved here instead of running the tests again. */
  testEvidence?: string;
  /** Integration test command (argv), run after the unit tests. */
  integrationCommand?: string[];
  /** Integration test timeout in ms. Defaults to 30 minutes. */
  integrationTimeoutMs?: number;
  /** Build in an isolated environment (PEP 517 default). Defaults to true; false needs the backend installed. */
  isolatedBuild?: boolean;
  /** Build tool (`build` or `uv` for Python). Defaults to the ecosystem's standard one. */
  buildTool?: string;
  /** Where the approved distributions and the context are written (the artifact folder). Defaults to `$RUNNER_TEMP/release-relay/release-<version>` (outside the working tree). */
  artifactDir?: string;
  /** Smoke command run in the clean environment (argv). */
  smokeCommand?: string[];
  /** Run the README's examples in the clean environment. Defaults to true. */
  readmeExamples?: boolean;
  /** Fence tags that mark README examples. Defaults to the ecosystem's (python, py). */
  exampleTags?: string[];
  /** Extra install arguments for the clean environment (e.g. `--no-index --find-links DIR` offline). */
  installArgs?: string[];
  /** Top-level names the package imports as (Python). Defaults to the built wheel's top-level packages and modules. */
  importNames?: string[];
  /** Wait for the commit's other CI checks. Defaults to true when a GitHub target is given. */
  requireCi?: boolean;
  /** How long to wait for CI, in ms. Defaults to 30 minutes. */
  ciTimeoutMs?: number;
  /** Poll interval for CI, in ms. Defaults to 10 s. */
  ciPollMs?: number;
  /** This job's own check run id (`job.check_run_id`), excluded from the wait. */
  checkRunId?: number;
  /** Check names to exclude from the wait. */
  excludeChecks?: string[];
  /** The GitHub repository and client for CI state and the rejection issue. */
  github?: GitHubTarget;
  /** Open or update an issue on rejection. Defaults to true when a GitHub target is given. */
  openIssue?: boolean;
  /** Also write the context to this file. */
  contextFile?: string;
  /** Where the stage runs (GITHUB_REPOSITORY, GITHUB_REF, RUNNER_TEMP, the OIDC endpoint), read by the entry. Defaults to nothing known. */
  runner?: RunnerEnvironment;
}

/** What quality-gate produced. */
export interface GateResult {
  context: ReleaseContext;
  approved: boolean;
  decision: string;
  artifactDir: string;
  artifactName: string;
}

/** Collaborators of quality-gate. */
export interface GateDeps {
  exec?: Exec;
  logger?: Logger;
  /** Waits between CI polls. Defaults to a real timer. */
  sleep?: (ms: number) => Promise<void>;
}

/** Derives a context for a tag-triggered run from the tag and the version file; refuses if they disagree. */
async function contextFromTag(o: GateOptions, root: string, git: Git): Promise<{ context: ReleaseContext; adapter: FullEcosystemAdapter; info: PackageInfo }> {
  const packageDir = o.packageDir ?? '.';
  const adapter = await getFullAdapter(resolveInside(root, packageDir, 'package-dir'), o.ecosystem ?? 'auto');
  const info = await adapter.readPackage(root, packageDir);
  const scheme = getScheme(info.scheme);
  const config = o.tagTemplate === undefined && adapter.releaseConfig ? await adapter.releaseConfig(root, packageDir, info) : null;
  const rawTag = (o.tag ?? o.runner?.ref ?? '').replace(/^refs\/tags\//, '');
  if (!rawTag) throw new ReleaseError('BAD_CONTEXT', 'There is no release context and no tag to derive one from.', 'Pass `context` from prepare-release, or run on a tag push (refs/tags/v1.2.3) or set `tag`.');
  // Without a template: the release tooling's tag format, else the pushed tag's own style (v1.2.3, 1.2.3, name-1.2.3, name@1.2.3).
  const template = o.tagTemplate ?? config?.tagTemplate ?? templateOfTag(rawTag, info.name, scheme);
  const tagVersion = parseTag(template, rawTag, info.name);
  if (tagVersion === null) throw new ReleaseError('BAD_INPUT', `Tag "${rawTag}" does not match tag-template "${template}".`, 'Push a tag that matches the template, or set tag-template.');
  const version = scheme.normalize(tagVersion, 'tag');
  // A version derived from git tags has no file to compare with: the tag is the version.
  const fileVersion = info.versionFromVcs ? version : scheme.normalize(info.version, 'version file');
  if (scheme.compare(version, fileVersion) !== 0) {
    throw new ReleaseError('CONTEXT_MISMATCH', `Tag ${rawTag} says ${version} but ${info.versionFiles.join(', ')} says ${fileVersion}.`, 'Tag the commit whose version files carry that version (run prepare-release first), or fix the tag.');
  }
  const sha = await git.head();
  const slug = repoFromSlug(o.runner?.repository) ?? repoFromRemoteUrl(await git.remoteUrl('origin'));
  const context = newContext({
    repository: { owner: slug?.owner ?? '', name: slug?.name ?? '', ref: `refs/tags/${rawTag}`, sha },
    package: { ecosystem: adapter.name, name: info.name, dir: packageDir, version_files: info.versionFiles, ...(info.versionSource ? { version_source: info.versionSource } : {}) },
  });
  context.version = { previous: '', next: version, scheme: scheme.name, bump: 'tag', reason: `tag ${rawTag} was pushed`, released: true, tag: formatTag(template, { version, name: info.name }) };
  // publish-and-verify writes these notes into the annotated tag and the GitHub release.
  const repoUrl = slug ? `${(o.runner?.serverUrl ?? 'https://github.com').replace(/\/+$/, '')}/${slug.owner}/${slug.name}` : undefined;
  context.changelog = await releaseNotesForTag(git, root, packageDir, { tag: rawTag, version, template, name: info.name, scheme, repoUrl, date: new Date().toISOString().slice(0, 10) });
  return { context, adapter, info };
}

/** Renders the rejection issue's body: each failed check with its evidence. */
export function rejectionIssueBody(ctx: ReleaseContext, failed: GateCheck[]): string {
  const v = ctx.version?.next ?? '?';
  const lines = [
    `The quality gate rejected release **${v}** of \`${ctx.package.name}\` at commit ${ctx.repository.sha}.`,
    '',
    '| check | result |',
    '|---|---|',
    ...(ctx.gate?.checks ?? []).map((c) => `| ${c.name} | ${c.skipped ? 'skipped' : c.ok ? 'passed' : '**failed**'} |`),
    '',
    '## Why',
    '',
  ];
  for (const c of failed) lines.push(`### ${c.name}`, '', '```', (c.detail ?? 'failed').slice(0, 3000), '```', '');
  lines.push(`_Updated by release-relay quality-gate, run ${ctx.id}._`);
  return lines.join('\n');
}

/** What the gate decided from its checks: approved only when every check passed (skipped ones pass). */
export interface GateVerdict {
  approved: boolean;
  /** The failed checks, in the order they ran. */
  failed: GateCheck[];
  /** One line per failed check: `name: first line of its detail`. */
  reasons: string[];
}

/** The gate's decision, a pure function of its checks. */
export function decide(checks: GateCheck[]): GateVerdict {
  const failed = checks.filter((c) => !c.ok);
  return { approved: failed.length === 0, failed, reasons: failed.map((c) => `${c.name}: ${(c.detail ?? 'failed').split('\n')[0]}`) };
}

/** The decision in one sentence: what passed and what was built, or why it was rejected. */
export function describeVerdict(verdict: GateVerdict, checks: GateCheck[], release: { name: string; version: string; files: number }): string {
  return verdict.approved
    ? `Approved ${release.name} ${release.version}: ${checks.filter((c) => !c.skipped).map((c) => c.name).join(', ')} passed; ${release.files} file(s) built.`
    : `Rejected ${release.name} ${release.version}: ${verdict.reasons.join('; ')}`;
}

/** One gate run: what every check reads, and the context's gate section the checks fill in. */
export interface GateRun {
  options: GateOptions;
  run: Exec;
  sleep?: (ms: number) => Promise<void>;
  logger: Logger;
  sctx: StepContext;
  env: AdapterEnv;
  context: ReleaseContext;
  gate: NonNullable<ReleaseContext['gate']>;
  adapter: FullEcosystemAdapter;
  info: PackageInfo;
  root: string;
  packageDir: string;
  version: string;
  artifactDir: string;
  reportDir: string;
}

/**
 * quality-gate: runs the tests (timeout + retry of failures), checks coverage from the real report, builds
 * the distributions once, installs them in a clean environment, waits for the commit's other CI checks,
 * and approves or rejects. A rejection writes the context, opens or updates one issue, and then fails.
 */
export async function qualityGate(options: GateOptions, deps: GateDeps = {}): Promise<GateResult> {
  // A workspace release gates every released package (see quality-gate-workspace.ts).
  if (options.context?.workspace) return (await import('./quality-gate-workspace.js')).workspaceGate(options, deps);
  const g = await loadGate(options, deps);
  const checks: GateCheck[] = [];
  try {
    await installDependencies(g);
    const plan = await testPlan(g);
    // A coverage report older than this run (left in the tree by an earlier run) is not evidence.
    const testsStartedMs = Date.now();
    const tested = await checkTests(g, plan);
    checks.push(tested);
    // Pass or fail travels with the reports: an exit-code-judged run has no report to tell.
    if (options.evidenceDir) await saveTestEvidence(options.evidenceDir, { junitFile: plan.junitFile, reportFormat: plan.reportFormat, coverageFile: plan.coverageFile, exitCode: tested.ok ? 0 : 1 });
    if (options.coverageThreshold !== undefined) checks.push(await checkCoverageReport(g, plan, options.coverageThreshold, testsStartedMs));
    if (options.integrationCommand) checks.push(await checkIntegrationTests(g, options.integrationCommand));
    const built = await buildDistributions(g);
    checks.push(built.check);
    if (built.files) checks.push(await checkCleanInstall(g, built.files));
    checks.push(await checkCi(g));
  } finally {
    await rm(g.reportDir, { recursive: true, force: true });
  }
  const verdict = decide(checks);
  g.gate.checks = checks;
  g.gate.status = verdict.approved ? 'approved' : 'rejected';
  g.gate.reasons = verdict.reasons;
  if (!verdict.approved) await openRejectionIssue(g, verdict.failed);
  return finishGate(g, verdict, checks);
}

/** Step 1: the context (from prepare-release, or derived from the tag), the adapter and where things go. */
async function loadGate(options: GateOptions, deps: GateDeps): Promise<GateRun> {
  const run = deps.exec ?? realExec;
  const logger = deps.logger ?? silentLogger;
  const sctx: StepContext = createStepContext('quality-gate', logger);
  const env: AdapterEnv = { exec: run, logger, tools: options.tools ?? {}, runner: options.runner };
  const cwd = resolve(options.cwd ?? process.cwd());
  const git = new Git(cwd, run);

  const loaded = await instrumented('load context', async () => {
    const root = await git.topLevel();
    if (options.context) {
      const context = structuredClone(options.context);
      const adapter = await getFullAdapter(resolveInside(root, context.package.dir, 'package-dir'), context.package.ecosystem);
      const info = await adapter.readPackage(root, context.package.dir);
      const scheme = getScheme(info.scheme);
      const next = context.version?.next ?? '';
      if (!context.version?.released) throw new ReleaseError('NOT_APPROVED', 'The release context says nothing was released, so there is nothing to gate.', 'Skip the gate when prepare-release outputs released=false.');
      if (!info.versionFromVcs && scheme.compare(scheme.normalize(info.version, 'version file'), next) !== 0) {
        throw new ReleaseError('CONTEXT_MISMATCH', `The context is for version ${next} but ${info.versionFiles.join(', ')} says ${info.version}.`, 'Check out the release commit (release_commit.sha from prepare-release) before the gate.');
      }
      const head = await git.head();
      if (context.release_commit?.sha && context.release_commit.sha !== head && !context.dry_run) {
        throw new ReleaseError('CONTEXT_MISMATCH', `The context's release commit is ${context.release_commit.sha.slice(0, 7)} but HEAD is ${head.slice(0, 7)}.`, 'Check out the release commit (ref: the commit-sha output of prepare-release).');
      }
      return { root, context, adapter, info };
    }
    return { root, ...(await contextFromTag(options, root, git)) };
  })(undefined, sctx);
  const { root, adapter } = loaded;
  const info: PackageInfo = { ...loaded.info, ...(options.importNames?.length ? { importNames: options.importNames } : {}) };
  for (const w of info.warnings ?? []) logger.warning(w);
  const context = loaded.context;
  context.timeline.push(...sctx.timeline);
  sctx.timeline = context.timeline;
  const version = context.version?.next as string;
  const packageDir = resolveInside(root, context.package.dir, 'package-dir');
  const artifactName = `release-${version}`;
  const artifactDir = artifactDirFor(options.artifactDir, { cwd, tempDir: options.runner?.tempDir, name: artifactName, root, keep: [root, packageDir] });
  // Before any work: the artifact dir must be one the gate may empty, report paths must stay contained.
  // Evidence that is not there fails before the artifact dir is claimed (nothing written).
  if (options.testEvidence) await readTestEvidence(options.testEvidence);
  await claimArtifactDir(artifactDir, root, git, { defaultDir: options.artifactDir === undefined });
  const writable = [root, cwd, options.runner?.tempDir || tmpdir()];
  if (options.junitFile !== undefined) resolveContained(packageDir, options.junitFile, 'junit-file', writable);
  if (options.coverageReport !== undefined) resolveContained(packageDir, options.coverageReport, 'coverage-report', writable);
  const reportDir = await mkdtemp(join(tmpdir(), 'relay-reports-'));
  const gate: NonNullable<ReleaseContext['gate']> = { status: 'rejected', reasons: [], checks: [], artifact_dir: artifactDir, artifact_name: artifactName };
  context.gate = gate;
  return { options, run, sleep: deps.sleep, logger, sctx, env, context, gate, adapter, info, root, packageDir, version, artifactDir, reportDir };
}

/** The test command: the evidence of an earlier run, the given one (with its JUnit and coverage paths), or the ecosystem's default. */
export async function testPlan(g: GateRun): Promise<TestCommandPlan> {
  const o = g.options;
  if (o.testEvidence) return { ...(await testEvidencePlan(o.testEvidence, g.reportDir)), rerunFailedArgs: undefined, env: undefined };
  return o.testCommand
    ? { argv: o.testCommand, junitFile: resolve(g.packageDir, o.junitFile ?? 'junit.xml'), junitOptional: g.adapter.testsByExitCode === true, coverageFile: o.coverageReport ? resolve(g.packageDir, o.coverageReport) : undefined, rerunFailedArgs: undefined, env: undefined }
    : g.adapter.defaultTestCommand(g.env, { packageDir: g.packageDir, reportDir: g.reportDir, info: g.info, coverage: o.coverageThreshold !== undefined, junitFile: o.junitFile, coverageReport: o.coverageReport });
}

/** Step 1b: the dependencies, with the package's own manager (optional; the workflow may have installed them). */
export async function installDependencies(g: GateRun): Promise<void> {
  if (!g.options.installDependencies) return;
  if (!g.adapter.installDependencies) {
    g.logger.warning(`install-dependencies is on, but the ${g.adapter.name} adapter leaves installing to the workflow; install them in a step before the gate.`);
    return;
  }
  const install = g.adapter.installDependencies.bind(g.adapter);
  await instrumented('install dependencies', async () => g.logger.info(`installed dependencies: ${await install(g.env, { root: g.root, packageDir: g.packageDir })}`))(undefined, g.sctx);
}

/** Step 2: the tests, with timeout and retries of the failed ones; counts from the JUnit report. */
export async function checkTests(g: GateRun, plan: TestCommandPlan): Promise<GateCheck> {
  const o = g.options;
  const tests = await instrumented('run tests', async (_: void, c) =>
    runTests({ command: plan.argv, cwd: g.packageDir, junitFile: plan.junitFile, reportFormat: plan.reportFormat, junitOptional: plan.junitOptional, timeoutMs: o.testTimeoutMs ?? 20 * 60_000, retries: o.testRetries ?? 1, rerunFailedArgs: plan.rerunFailedArgs, env: plan.env, exec: g.run, logger: g.logger, signal: c.signal }),
    { failed: (t) => t.timedOut || t.exitCode !== 0 || t.report.failed + t.report.errors > 0 },
  )(undefined, g.sctx).catch((err: unknown) => ({ error: err }));
  if ('error' in tests) return { name: 'tests', ok: false, detail: describeError(tests.error) };
  const r = tests.report;
  g.gate.tests = { passed: r.passed, failed: r.failed + r.errors, skipped: r.skipped, duration_s: r.durationS, failed_names: r.failedNames, attempts: tests.attempts };
  const ok = !tests.timedOut && r.failed + r.errors === 0 && tests.exitCode === 0;
  const why = tests.timedOut ? `timed out after ${Math.round((o.testTimeoutMs ?? 1_200_000) / 1000)} s` : !tests.counted || r.failed + r.errors === 0 ? `the test command exited with ${tests.exitCode}` : `${r.failed + r.errors} failed: ${r.failedNames.join(', ')}`;
  if (!tests.counted) g.gate.tests.counted = false;
  const passed = tests.counted
    ? `${r.passed} passed, ${r.skipped} skipped${tests.flaky.length ? `; flaky (passed on retry): ${tests.flaky.join(', ')}` : ''}`
    : `the test command exited 0${tests.attempts > 1 ? ` on attempt ${tests.attempts}` : ''} (it wrote no test report, so there are no counts; set junit-file to the JUnit XML it writes to get them)`;
  return { name: 'tests', ok, detail: ok ? passed : `${why}\n${tests.outputTail}` };
}

/** Step 3: coverage from the real report this test run wrote. */
async function checkCoverageReport(g: GateRun, plan: TestCommandPlan, threshold: number, testsStartedMs: number): Promise<GateCheck> {
  const file = plan.coverageFile;
  return instrumented('check coverage', async (): Promise<GateCheck> => {
    if (!file) return { name: 'coverage', ok: false, detail: `A coverage threshold of ${threshold}% is set but the test command writes no coverage report. ${plan.coverageMissingHint ?? 'With a custom test-command the gate does not know where the report is: set input "coverage-report" to the Cobertura XML, coverage.py JSON or LCOV file the command writes (e.g. coverage-report: coverage.xml with pytest --cov-report=xml).'}` };
    try {
      const written = await stat(file).then((st) => st.mtimeMs, () => undefined);
      // 2 s of slack for filesystems with coarse timestamps.
      if (written !== undefined && written < testsStartedMs - 2000) {
        return { name: 'coverage', ok: false, detail: `The coverage report ${file} was not written by this test run (last modified ${new Date(written).toISOString()}, before the tests started); make the test command write it.` };
      }
      const report = await readCoverageReport(file);
      const verdict = checkCoverage(report, threshold, { branches: g.options.coverageBranches });
      g.gate.coverage = { percent: report.linePercent, threshold, branch_percent: report.branchPercent, report: file, format: report.format };
      return { name: 'coverage', ok: verdict.ok, detail: verdict.detail };
    } catch (err) {
      return { name: 'coverage', ok: false, detail: `No usable coverage report at ${file}: ${describeError(err)}` };
    }
  }, FAILED_CHECK)(undefined, g.sctx);
}

/** A step that returns a failed check is a failed step in the timeline (the summary's step table). */
export const FAILED_CHECK = { failed: (c: GateCheck) => !c.ok };

/** Step 4: the optional integration test command. */
async function checkIntegrationTests(g: GateRun, argv: string[]): Promise<GateCheck> {
  const limit = g.options.integrationTimeoutMs ?? 30 * 60_000;
  return instrumented('run integration tests', async (_: void, c): Promise<GateCheck> => {
    const r = await g.run(argv[0], argv.slice(1), { cwd: g.packageDir, check: false, timeoutMs: limit, signal: c.signal }).catch((err: unknown) => ({ code: -1, stdout: '', stderr: describeError(err), timedOut: isReleaseError(err, 'TIMEOUT') }));
    const why = 'timedOut' in r && r.timedOut ? `timed out after ${formatMs(limit)} (killed with its process group; input integration-timeout)` : `exit ${r.code}`;
    return { name: 'integration tests', ok: r.code === 0, detail: r.code === 0 ? 'passed' : `${why}\n${(r.stderr || r.stdout).split('\n').slice(-20).join('\n')}` };
  }, FAILED_CHECK)(undefined, g.sctx);
}

/** Step 5: build once into the artifact dir and record the digests. */
async function buildDistributions(g: GateRun): Promise<{ check: GateCheck; files?: string[] }> {
  const built = await instrumented('build distributions', async () => {
    await emptyArtifactDir(g.artifactDir);
    // A build tool may recreate its output directory: the marker goes back in either way.
    return g.adapter.build(g.env, { packageDir: g.packageDir, outDir: g.artifactDir, isolated: g.options.isolatedBuild ?? true, tool: g.options.buildTool, info: g.info, version: g.version }).finally(() => markArtifactDir(g.artifactDir).catch(() => undefined));
  })(undefined, g.sctx).catch((err: unknown) => ({ error: err }));
  if ('error' in built) return { check: { name: 'build', ok: false, detail: describeError(built.error) } };
  g.context.artifacts = await describeArtifacts(built);
  return { check: { name: 'build', ok: true, detail: g.context.artifacts.map((a) => `${a.file} ${a.sha256}`).join('\n') }, files: built };
}

/** Step 6: install the built files into a clean environment, import, run the README examples and smoke command. */
async function checkCleanInstall(g: GateRun, files: string[]): Promise<GateCheck> {
  const o = g.options;
  return instrumented('clean install check', async (): Promise<GateCheck> => {
    // README.md's examples run; a project without one (README.rst, none) has no Markdown examples to run.
    const readmeMd = join(g.packageDir, 'README.md');
    const readme = o.readmeExamples === false || !(await pathExists(readmeMd)) ? undefined : readmeMd;
    const result = await g.adapter.installCheck(g.env, { files, info: g.info, version: g.version, readmeFile: readme, exampleTags: o.exampleTags, smokeCommand: o.smokeCommand, installArgs: o.installArgs });
    g.gate.install_check = { ok: result.ok, python: result.runtime, log_excerpt: result.logExcerpt, examples_run: result.examplesRun };
    if (result.importNames?.length) g.context.package.import_names = result.importNames;
    // Annotations want repository-relative paths.
    if (result.failedExample) g.logger.warning(`README example failed: ${result.failedExample.error}`, { file: relative(g.root, resolve(g.packageDir, result.failedExample.file)), line: result.failedExample.line });
    return { name: 'clean install', ok: result.ok, detail: result.ok ? `installed and imported; ${result.examplesRun} README example(s) ran` : `${result.reason ?? 'failed'}\n${result.logExcerpt ?? ''}` };
  }, FAILED_CHECK)(undefined, g.sctx);
}

/** Step 7: the commit's other CI checks (skipped with require-ci: false). */
export async function checkCi(g: GateRun): Promise<GateCheck> {
  const o = g.options;
  if (!(o.requireCi ?? o.github !== undefined)) return { name: 'ci', ok: true, skipped: true, detail: 'require-ci: false' };
  return instrumented('wait for CI checks', async (): Promise<GateCheck> => {
    if (!o.github) return { name: 'ci', ok: false, detail: 'require-ci is on but no GitHub token/repository was given.' };
    const { waitForCi } = await import('../github/checks.js');
    const ci = await waitForCi(o.github.client, {
      owner: o.github.owner,
      repo: o.github.repo,
      sha: g.context.release_commit?.sha || g.context.repository.sha,
      excludeCheckRunIds: o.checkRunId ? [o.checkRunId] : [],
      excludeNames: o.excludeChecks,
      timeoutMs: o.ciTimeoutMs ?? 30 * 60_000,
      pollMs: o.ciPollMs ?? 10_000,
      sleep: g.sleep,
    });
    g.gate.ci = { state: ci.state, checks: ci.checks };
    const failing = ci.checks.filter((c) => !['success', 'neutral', 'skipped'].includes(c.state));
    const ok = ci.state === 'success' || ci.state === 'none';
    if (ci.state === 'none') g.logger.warning('No other CI checks ran on the release commit.');
    return { name: 'ci', ok, detail: ok ? `${ci.checks.length} check(s) passed` : ci.state === 'timeout' ? `CI did not finish within ci-timeout (${formatMs(o.ciTimeoutMs ?? 30 * 60_000)}); ${ci.error ? `GitHub did not answer: ${ci.error}` : failing.length ? `pending: ${failing.map((c) => c.name).join(', ')}` : 'no check reported complete'}` : failing.map((c) => `${c.name}: ${c.state}${c.url ? ` ${c.url}` : ''}`).join('\n') };
  }, FAILED_CHECK)(undefined, g.sctx);
}

/** Step 8 (on rejection): open or update the one blocking issue; a failure to do so only warns. */
export async function openRejectionIssue(g: GateRun, failed: GateCheck[]): Promise<void> {
  const gh = g.options.github;
  if (!gh || !(g.options.openIssue ?? true)) return;
  await instrumented('open rejection issue', async () => {
    const { upsertBlockingIssue } = await import('../github/issues.js');
    const issue = await upsertBlockingIssue(gh.client, { owner: gh.owner, repo: gh.repo, version: g.version, title: `Release ${g.version} blocked by the quality gate`, body: rejectionIssueBody(g.context, failed) });
    g.gate.issue_url = issue.url;
  })(undefined, g.sctx).catch((err: unknown) => g.logger.warning(`Could not open the rejection issue: ${describeError(err)}`));
}

/** Step 9: the approved context beside the distributions, the context file, and the result. */
export async function finishGate(g: GateRun, verdict: GateVerdict, checks: GateCheck[]): Promise<GateResult> {
  if (verdict.approved) {
    await mkdir(g.artifactDir, { recursive: true });
    await writeFile(join(g.artifactDir, 'release-context.json'), serializeContext(g.context));
  }
  if (g.options.contextFile) await saveContext(g.options.contextFile, g.context);
  const decision = describeVerdict(verdict, checks, { name: g.context.package.name, version: g.version, files: g.context.artifacts?.length ?? 0 });
  return { context: g.context, approved: verdict.approved, decision, artifactDir: g.artifactDir, artifactName: g.gate.artifact_name as string };
}
