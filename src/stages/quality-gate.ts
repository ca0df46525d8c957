import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { createStepContext, instrumented, type StepContext } from '../core/combinators.js';
import { newContext, saveContext, serializeContext, type GateCheck, type ReleaseContext } from '../core/context.js';
import { describeArtifacts } from '../core/digest.js';
import { ReleaseError, describeError } from '../core/errors.js';
import { exec as realExec, type Exec } from '../core/exec.js';
import { pathExists, resolveInside } from '../core/files.js';
import { silentLogger, type Logger } from '../core/log.js';
import { formatTag, parseTag } from '../changelog/tags.js';
import { getFullAdapter } from '../ecosystems/pipeline.js';
import type { AdapterEnv, FullEcosystemAdapter, PackageInfo, TestCommandPlan } from '../ecosystems/types.js';
import { Git } from '../git/git.js';
import type { GitHubTarget } from '../github/target.js';
import { checkCoverage, readCoverageReport } from '../reports/coverage.js';
import { runTests } from '../gate/run-tests.js';
import { getScheme } from '../versioning/scheme.js';
import { repoFromRemoteUrl, repoFromSlug } from './repository.js';

/** Typed options of quality-gate. */
export interface GateOptions {
  /** Working tree. Defaults to the current directory. */
  cwd?: string;
  /** The context from prepare-release. Without it (tag-triggered run) it is derived from `tag`. */
  context?: ReleaseContext;
  /** Tag that triggered the run (`v1.4.0` or `refs/tags/v1.4.0`), used when there is no context. */
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
}

/** Derives a context for a tag-triggered run from the tag and the version file; refuses if they disagree. */
async function contextFromTag(o: GateOptions, root: string, git: Git): Promise<{ context: ReleaseContext; adapter: FullEcosystemAdapter; info: PackageInfo }> {
  const packageDir = o.packageDir ?? '.';
  const adapter = await getFullAdapter(resolveInside(root, packageDir, 'package-dir'), o.ecosystem ?? 'auto');
  const info = await adapter.readPackage(root, packageDir);
  const scheme = getScheme(info.scheme);
  const config = o.tagTemplate === undefined && adapter.releaseConfig ? await adapter.releaseConfig(root, packageDir, info) : null;
  const template = o.tagTemplate ?? config?.tagTemplate ?? 'v{version}';
  const rawTag = (o.tag ?? process.env.GITHUB_REF ?? '').replace(/^refs\/tags\//, '');
  if (!rawTag) throw new ReleaseError('BAD_CONTEXT', 'There is no release context and no tag to derive one from.', 'Pass `context` from prepare-release, or run on a tag push (refs/tags/v1.2.3) or set `tag`.');
  const tagVersion = parseTag(template, rawTag, info.name);
  if (tagVersion === null) throw new ReleaseError('BAD_INPUT', `Tag "${rawTag}" does not match tag-template "${template}".`, 'Push a tag that matches the template, or set tag-template.');
  const version = scheme.normalize(tagVersion, 'tag');
  // A version derived from git tags has no file to compare with: the tag is the version.
  const fileVersion = info.versionFromVcs ? version : scheme.normalize(info.version, 'version file');
  if (scheme.compare(version, fileVersion) !== 0) {
    throw new ReleaseError('CONTEXT_MISMATCH', `Tag ${rawTag} says ${version} but ${info.versionFiles.join(', ')} says ${fileVersion}.`, 'Tag the commit whose version files carry that version (run prepare-release first), or fix the tag.');
  }
  const sha = await git.head();
  const slug = repoFromSlug(process.env.GITHUB_REPOSITORY) ?? repoFromRemoteUrl(await git.remoteUrl('origin'));
  const context = newContext({
    repository: { owner: slug?.owner ?? '', name: slug?.name ?? '', ref: `refs/tags/${rawTag}`, sha },
    package: { ecosystem: adapter.name, name: info.name, dir: packageDir, version_files: info.versionFiles, ...(info.versionSource ? { version_source: info.versionSource } : {}) },
  });
  context.version = { previous: '', next: version, scheme: scheme.name, bump: 'tag', reason: `tag ${rawTag} was pushed`, released: true, tag: formatTag(template, { version, name: info.name }) };
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

/**
 * quality-gate: runs the tests (timeout + retry of failures), checks coverage from the real report, builds
 * the distributions once, installs them in a clean environment, waits for the commit's other CI checks,
 * and approves or rejects. A rejection writes the context, opens or updates one issue, and then fails.
 */
export async function qualityGate(options: GateOptions, deps: GateDeps = {}): Promise<GateResult> {
  const run = deps.exec ?? realExec;
  const logger = deps.logger ?? silentLogger;
  const sctx: StepContext = createStepContext('quality-gate', logger);
  const env: AdapterEnv = { exec: run, logger, tools: options.tools ?? {} };
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
  const artifactDir = options.artifactDir ? resolve(cwd, options.artifactDir) : join(process.env.RUNNER_TEMP || tmpdir(), 'release-relay', artifactName);
  // The build empties the artifact dir first: one that is (or contains) the repository would delete it.
  const holds = (dir: string): boolean => {
    const rel = relative(artifactDir, dir);
    return rel === '' || !(rel.startsWith('..') || isAbsolute(rel));
  };
  if (holds(root) || holds(packageDir)) {
    throw new ReleaseError('BAD_INPUT', `Input "artifact-dir" (${options.artifactDir}) holds the working tree (${root}); the gate empties it before building.`, 'Use a directory of its own, e.g. dist-release or one under $RUNNER_TEMP (the default).');
  }
  const reportDir = await mkdtemp(join(tmpdir(), 'relay-reports-'));
  const checks: GateCheck[] = [];
  const gate: NonNullable<ReleaseContext['gate']> = { status: 'rejected', reasons: [], checks, artifact_dir: artifactDir, artifact_name: artifactName };
  context.gate = gate;

  try {
    // 1b. Dependencies, with the package's own manager (optional; the workflow may have installed them).
    if (options.installDependencies && adapter.installDependencies) {
      const install = adapter.installDependencies.bind(adapter);
      await instrumented('install dependencies', async () => logger.info(`installed dependencies: ${await install(env, { root, packageDir })}`))(undefined, sctx);
    } else if (options.installDependencies) {
      logger.warning(`install-dependencies is on, but the ${adapter.name} adapter leaves installing to the workflow; install them in a step before the gate.`);
    }
    // 2. Tests, with timeout and retries of the failed ones; counts from the JUnit report.
    const plan: TestCommandPlan = options.testCommand
      ? { argv: options.testCommand, junitFile: resolve(packageDir, options.junitFile ?? 'junit.xml'), junitOptional: adapter.testsByExitCode === true, coverageFile: options.coverageReport ? resolve(packageDir, options.coverageReport) : undefined, rerunFailedArgs: undefined, env: undefined }
      : await adapter.defaultTestCommand(env, { packageDir, reportDir, info, coverage: options.coverageThreshold !== undefined, junitFile: options.junitFile, coverageReport: options.coverageReport });
    // A coverage report older than this run (left in the tree by an earlier run) is not evidence.
    const testsStartedMs = Date.now();
    const tests = await instrumented('run tests', async (_: void, c) =>
      runTests({ command: plan.argv, cwd: packageDir, junitFile: plan.junitFile, reportFormat: plan.reportFormat, junitOptional: plan.junitOptional, timeoutMs: options.testTimeoutMs ?? 20 * 60_000, retries: options.testRetries ?? 1, rerunFailedArgs: plan.rerunFailedArgs, env: plan.env, exec: run, logger, signal: c.signal }),
    )(undefined, sctx).catch((err: unknown) => ({ error: err }));
    if ('error' in tests) {
      checks.push({ name: 'tests', ok: false, detail: describeError(tests.error) });
    } else {
      const r = tests.report;
      gate.tests = { passed: r.passed, failed: r.failed + r.errors, skipped: r.skipped, duration_s: r.durationS, failed_names: r.failedNames, attempts: tests.attempts };
      const ok = !tests.timedOut && r.failed + r.errors === 0 && tests.exitCode === 0;
      const why = tests.timedOut ? `timed out after ${Math.round((options.testTimeoutMs ?? 1_200_000) / 1000)} s` : !tests.counted || r.failed + r.errors === 0 ? `the test command exited with ${tests.exitCode}` : `${r.failed + r.errors} failed: ${r.failedNames.join(', ')}`;
      if (!tests.counted) gate.tests.counted = false;
      const passed = tests.counted
        ? `${r.passed} passed, ${r.skipped} skipped${tests.flaky.length ? `; flaky (passed on retry): ${tests.flaky.join(', ')}` : ''}`
        : `the test command exited 0${tests.attempts > 1 ? ` on attempt ${tests.attempts}` : ''} (it wrote no test report, so there are no counts; set junit-file to the JUnit XML it writes to get them)`;
      checks.push({ name: 'tests', ok, detail: ok ? passed : `${why}\n${tests.outputTail}` });
    }

    // 3. Coverage from the real report.
    if (options.coverageThreshold !== undefined) {
      await instrumented('check coverage', async () => {
        const file = plan.coverageFile;
        if (!file) {
          checks.push({ name: 'coverage', ok: false, detail: `A coverage threshold of ${options.coverageThreshold}% is set but the test command writes no coverage report. ${plan.coverageMissingHint ?? 'With a custom test-command the gate does not know where the report is: set input "coverage-report" to the Cobertura XML, coverage.py JSON or LCOV file the command writes (e.g. coverage-report: coverage.xml with pytest --cov-report=xml).'}` });
          return;
        }
        try {
          const written = await stat(file).then((st) => st.mtimeMs, () => undefined);
          // 2 s of slack for filesystems with coarse timestamps.
          if (written !== undefined && written < testsStartedMs - 2000) {
            checks.push({ name: 'coverage', ok: false, detail: `The coverage report ${file} was not written by this test run (last modified ${new Date(written).toISOString()}, before the tests started); make the test command write it.` });
            return;
          }
          const report = await readCoverageReport(file);
          const verdict = checkCoverage(report, options.coverageThreshold as number, { branches: options.coverageBranches });
          gate.coverage = { percent: report.linePercent, threshold: options.coverageThreshold, branch_percent: report.branchPercent, report: file, format: report.format };
          checks.push({ name: 'coverage', ok: verdict.ok, detail: verdict.detail });
        } catch (err) {
          checks.push({ name: 'coverage', ok: false, detail: `No usable coverage report at ${file}: ${describeError(err)}` });
        }
      })(undefined, sctx);
    }

    // 4. Optional integration tests.
    if (options.integrationCommand) {
      await instrumented('run integration tests', async (_: void, c) => {
        const argv = options.integrationCommand as string[];
        const r = await run(argv[0], argv.slice(1), { cwd: packageDir, check: false, timeoutMs: options.integrationTimeoutMs ?? 30 * 60_000, signal: c.signal }).catch((err: unknown) => ({ code: -1, stdout: '', stderr: describeError(err) }));
        checks.push({ name: 'integration tests', ok: r.code === 0, detail: r.code === 0 ? 'passed' : `exit ${r.code}\n${(r.stderr || r.stdout).split('\n').slice(-20).join('\n')}` });
      })(undefined, sctx);
    }

    // 5. Build once; record digests.
    const built = await instrumented('build distributions', async () => {
      await rm(artifactDir, { recursive: true, force: true });
      await mkdir(artifactDir, { recursive: true });
      const files = await adapter.build(env, { packageDir, outDir: artifactDir, isolated: options.isolatedBuild ?? true, tool: options.buildTool, info, version });
      return files;
    })(undefined, sctx).catch((err: unknown) => ({ error: err }));
    if ('error' in built) {
      checks.push({ name: 'build', ok: false, detail: describeError(built.error) });
    } else {
      context.artifacts = await describeArtifacts(built);
      checks.push({ name: 'build', ok: true, detail: context.artifacts.map((a) => `${a.file} ${a.sha256}`).join('\n') });

      // 6. Clean-environment install check.
      await instrumented('clean install check', async () => {
        // README.md's examples run; a project without one (README.rst, none) has no Markdown examples to run.
        const readmeMd = join(packageDir, 'README.md');
        const readme = options.readmeExamples === false || !(await pathExists(readmeMd)) ? undefined : readmeMd;
        const result = await adapter.installCheck(env, { files: built, info, version, readmeFile: readme, exampleTags: options.exampleTags, smokeCommand: options.smokeCommand, installArgs: options.installArgs });
        gate.install_check = { ok: result.ok, python: result.runtime, log_excerpt: result.logExcerpt, examples_run: result.examplesRun };
        if (result.importNames?.length) context.package.import_names = result.importNames;
        checks.push({ name: 'clean install', ok: result.ok, detail: result.ok ? `installed and imported; ${result.examplesRun} README example(s) ran` : `${result.reason ?? 'failed'}\n${result.logExcerpt ?? ''}` });
        // Annotations want repository-relative paths.
        if (result.failedExample) logger.warning(`README example failed: ${result.failedExample.error}`, { file: relative(root, resolve(packageDir, result.failedExample.file)), line: result.failedExample.line });
      })(undefined, sctx);
    }

    // 7. The commit's other CI checks.
    const requireCi = options.requireCi ?? options.github !== undefined;
    if (requireCi) {
      await instrumented('wait for CI checks', async () => {
        if (!options.github) {
          checks.push({ name: 'ci', ok: false, detail: 'require-ci is on but no GitHub token/repository was given.' });
          return;
        }
        const { waitForCi } = await import('../github/checks.js');
        const ci = await waitForCi(options.github.client, {
          owner: options.github.owner,
          repo: options.github.repo,
          sha: context.release_commit?.sha || context.repository.sha,
          excludeCheckRunIds: options.checkRunId ? [options.checkRunId] : [],
          excludeNames: options.excludeChecks,
          timeoutMs: options.ciTimeoutMs ?? 30 * 60_000,
          pollMs: options.ciPollMs ?? 10_000,
        });
        gate.ci = { state: ci.state, checks: ci.checks };
        const failing = ci.checks.filter((c) => !['success', 'neutral', 'skipped'].includes(c.state));
        const ok = ci.state === 'success' || ci.state === 'none';
        if (ci.state === 'none') logger.warning('No other CI checks ran on the release commit.');
        checks.push({ name: 'ci', ok, detail: ok ? `${ci.checks.length} check(s) passed` : ci.state === 'timeout' ? `CI did not finish in time; pending: ${failing.map((c) => c.name).join(', ')}` : failing.map((c) => `${c.name}: ${c.state}${c.url ? ` ${c.url}` : ''}`).join('\n') });
      })(undefined, sctx);
    } else {
      checks.push({ name: 'ci', ok: true, skipped: true, detail: 'require-ci: false' });
    }
  } finally {
    await rm(reportDir, { recursive: true, force: true });
  }

  // 8. Decision.
  const failed = checks.filter((c) => !c.ok);
  const approved = failed.length === 0;
  gate.status = approved ? 'approved' : 'rejected';
  gate.reasons = failed.map((c) => `${c.name}: ${(c.detail ?? 'failed').split('\n')[0]}`);
  if (!approved && (options.openIssue ?? options.github !== undefined) && options.github) {
    await instrumented('open rejection issue', async () => {
      const { upsertBlockingIssue } = await import('../github/issues.js');
      const gh = options.github as GitHubTarget;
      const issue = await upsertBlockingIssue(gh.client, { owner: gh.owner, repo: gh.repo, version, title: `Release ${version} blocked by the quality gate`, body: rejectionIssueBody(context, failed) });
      gate.issue_url = issue.url;
    })(undefined, sctx).catch((err: unknown) => logger.warning(`Could not open the rejection issue: ${describeError(err)}`));
  }
  if (approved) {
    await mkdir(artifactDir, { recursive: true });
    await writeFile(join(artifactDir, 'release-context.json'), serializeContext(context));
  }
  if (options.contextFile) await saveContext(options.contextFile, context);
  const decision = approved
    ? `Approved ${context.package.name} ${version}: ${checks.filter((c) => !c.skipped).map((c) => c.name).join(', ')} passed; ${context.artifacts?.length ?? 0} file(s) built.`
    : `Rejected ${context.package.name} ${version}: ${gate.reasons.join('; ')}`;
  return { context, approved, decision, artifactDir, artifactName };
}
