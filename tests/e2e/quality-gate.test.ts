/**
 * quality-gate end to end (issue 3), package verdicts: each fixture package from tests/fixtures/python-packages.ts
 * committed in its own temp repository and gated for real (pytest with JUnit + coverage, hatchling build,
 * clean venv install with pip --no-index, README examples). A good package is approved with evidence; each
 * bad one is rejected by the right check, which says why. CI waiting, the rejection issue and tag-triggered
 * runs are in quality-gate-ci.test.ts; the bundled action in quality-gate-action.test.ts.
 */
import { existsSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { GateCheck } from '../../src/core/context.js';
import { isReleaseError } from '../../src/core/errors.js';
import { exec } from '../../src/core/exec.js';
import { qualityGate, type GateOptions, type GateResult } from '../../src/stages/quality-gate.js';
import { SAMPLE_VERSION, type PythonPackageVariant } from '../fixtures/python-packages.js';
import { gateRepo, PYTHON, type GateRepo } from './gate-setup.js';
import { recordingLogger } from '../helpers/logger.js';

const repos: GateRepo[] = [];

afterAll(async () => {
  // Runs a -t filter skipped are still going: let them finish before their directories go.
  await Promise.allSettled(runs.values());
  for (const r of repos) r.cleanup();
});

interface Run {
  repo: GateRepo;
  result: GateResult;
  artifactDir: string;
}

/** Gates `variant` offline (no GitHub: CI not required, no issue), with `extra` options. */
async function gate(variant: PythonPackageVariant, extra: Partial<GateOptions> = {}, prepare?: (repo: GateRepo) => void): Promise<Run> {
  const repo = await gateRepo(variant);
  repos.push(repo);
  prepare?.(repo);
  const artifactDir = join(repo.root, 'artifact');
  const result = await qualityGate(
    { cwd: repo.dir, context: repo.context, tools: { python: PYTHON }, isolatedBuild: false, installArgs: ['--no-index'], requireCi: false, artifactDir, ...extra },
    { logger: recordingLogger() },
  );
  return { repo, result, artifactDir };
}

/**
 * Every gate run of this file, started up front two at a time (each is mostly a venv and pip), the hanging
 * one outside the pool (it mostly sleeps until its timeout). Each test awaits its own run and asserts on it.
 */
const customTestsNoCoverage: Partial<GateOptions> = { testCommand: [PYTHON, '-m', 'pytest', '-q', '-p', 'no:cacheprovider', '--junitxml=junit.xml'], junitFile: 'junit.xml' };
const plans: Record<string, () => Promise<Run>> = {
  good: () => gate('good', { coverageThreshold: 50 }),
  failing: () => gate('failing'),
  flaky: () => gate('flaky'),
  lowCoverage: () => gate('low-coverage', { coverageThreshold: 90 }),
  noCoverageReport: () => gate('good', { ...customTestsNoCoverage, coverageThreshold: 50, coverageReport: 'coverage.xml' }),
  // The same, with a coverage.xml left in the tree by an earlier run (an hour old) that claims 100%.
  staleCoverageReport: () =>
    gate('good', { ...customTestsNoCoverage, coverageThreshold: 50, coverageReport: 'coverage.xml' }, (repo) => {
      const file = join(repo.dir, 'coverage.xml');
      writeFileSync(file, '<?xml version="1.0" ?>\n<coverage version="7.0" line-rate="1" branch-rate="0" lines-valid="5" lines-covered="5" timestamp="0">\n<packages/>\n</coverage>\n');
      const anHourAgo = new Date(Date.now() - 3600_000);
      utimesSync(file, anHourAgo, anHourAgo);
    }),
  wheelMissesModule: () => gate('wheel-misses-module'),
  badReadme: () => gate('bad-readme-example'),
};
const runs = new Map<string, Promise<Run>>();

beforeAll(() => {
  runs.set('hanging', gate('hanging', { testTimeoutMs: 8000 }));
  const queue = Object.entries(plans);
  const slots: (() => void)[] = [];
  let free = 2;
  const take = (): Promise<void> => (free > 0 ? (free--, Promise.resolve()) : new Promise<void>((r) => slots.push(r)));
  const give = (): void => {
    const next = slots.shift();
    if (next) next();
    else free++;
  };
  for (const [name, plan] of queue) {
    runs.set(name, take().then(plan).finally(give));
  }
  // Failures surface in the test that awaits the run, not as unhandled rejections.
  for (const p of runs.values()) p.catch(() => undefined);
});

function run(name: string): Promise<Run> {
  const p = runs.get(name);
  if (!p) throw new Error(`no run ${name}`);
  return p;
}

function check(result: GateResult, name: string): GateCheck {
  const found = result.context.gate?.checks.find((c) => c.name === name);
  if (!found) throw new Error(`no "${name}" check in ${JSON.stringify(result.context.gate?.checks.map((c) => c.name))}`);
  return found;
}

/** Asserts a rejection by exactly the `failing` checks, with the first one's reason in the decision. */
function expectRejectedBy(result: GateResult, failing: string[]): void {
  expect(result.approved).toBe(false);
  expect(result.context.gate?.status).toBe('rejected');
  expect(result.context.gate?.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(failing);
  for (const name of failing) expect(result.context.gate?.reasons.some((r) => r.startsWith(`${name}: `))).toBe(true);
  expect(result.decision).toMatch(new RegExp(`^Rejected gate-sample ${SAMPLE_VERSION}: ${failing[0]}: `));
  // A rejected release leaves no approved context behind for publish.
  expect(existsSync(join(result.artifactDir, 'release-context.json'))).toBe(false);
}

describe('quality-gate on real packages', () => {
  test('a good package is approved: artifacts with real digests, context in the artifact dir, JUnit counts, coverage', async () => {
    const { repo, result, artifactDir } = await run('good');
    expect(result.decision).toMatch(/^Approved gate-sample 1\.0\.0: tests, coverage, build, clean install passed; 2 file\(s\) built\.$/);
    expect(result.approved).toBe(true);
    expect(result.artifactDir).toBe(artifactDir);
    expect(result.artifactName).toBe('release-1.0.0');
    const ctx = result.context;
    expect(ctx.gate?.status).toBe('approved');
    expect(ctx.gate?.reasons).toEqual([]);
    expect(ctx.gate?.checks.map((c) => [c.name, c.ok, !!c.skipped])).toEqual([
      ['tests', true, false],
      ['coverage', true, false],
      ['build', true, false],
      ['clean install', true, false],
      ['ci', true, true],
    ]);

    // One wheel and one sdist, each recorded with the sha256 that sha256sum computes of the file on disk.
    const files = (ctx.artifacts ?? []).map((a) => a.file).sort();
    expect(files).toEqual(['gate_sample-1.0.0-py3-none-any.whl', 'gate_sample-1.0.0.tar.gz']);
    const sums = (await exec('sha256sum', files, { cwd: artifactDir })).stdout;
    const expected = new Map(sums.trim().split('\n').map((l) => { const [hash, name] = l.split(/\s+\*?/); return [name, hash] as [string, string]; }));
    for (const a of ctx.artifacts ?? []) {
      expect(a.sha256).toBe(expected.get(a.file));
      expect(a.size).toBe(readFileSync(join(artifactDir, a.file)).length);
    }
    // The marker says the gate made this directory (a re-run may empty it; nothing else ever is).
    expect(readdirSync(artifactDir).sort()).toEqual([...files, 'release-context.json', '.release-relay-artifacts'].sort());

    // The context publish-and-verify will read, written next to the files.
    const saved = JSON.parse(readFileSync(join(artifactDir, 'release-context.json'), 'utf8'));
    expect(saved.gate.status).toBe('approved');
    expect(saved.artifacts).toEqual(ctx.artifacts);
    expect(saved.release_commit.sha).toBe(repo.head);
    expect(saved.timeline.map((s: { step: string }) => s.step)).toEqual(expect.arrayContaining(['run tests', 'build distributions', 'clean install check']));

    // Test counts come from the JUnit report: tests/test_core.py has three tests.
    expect(ctx.gate?.tests).toMatchObject({ passed: 3, failed: 0, skipped: 0, failed_names: [], attempts: 1 });
    expect(check(result, 'tests').detail).toBe('3 passed, 0 skipped');
    expect(ctx.gate?.coverage?.threshold).toBe(50);
    expect(ctx.gate?.coverage?.percent).toBeGreaterThan(50);
    expect(ctx.gate?.coverage?.percent).toBeLessThanOrEqual(100);
    expect(check(result, 'coverage').detail).toMatch(/^line coverage [\d.]+% ≥ threshold 50(\.0+)?%/);
    expect(ctx.gate?.install_check).toMatchObject({ ok: true, examples_run: 2 });
  });

  test('failing tests reject the release, naming the failed and the erroring test', async () => {
    const { result } = await run('failing');
    expectRejectedBy(result, ['tests']);
    const tests = check(result, 'tests');
    expect(tests.detail).toMatch(/^2 failed: /);
    expect(tests.detail).toContain('test_add_is_wrong');
    expect(tests.detail).toContain('test_uses_broken_fixture');
    expect(result.context.gate?.tests).toMatchObject({ passed: 3, failed: 2, skipped: 1, attempts: 2 });
    expect(result.context.gate?.tests?.failed_names.map((n) => n.replace(/^.*[.:]/, '')).sort()).toEqual(['test_add_is_wrong', 'test_uses_broken_fixture']);
  });

  test('a flaky test that passes on retry is approved, and listed as flaky', async () => {
    const { result } = await run('flaky');
    expect(result.decision).toMatch(/^Approved /);
    expect(result.approved).toBe(true);
    const tests = check(result, 'tests');
    expect(tests.ok).toBe(true);
    expect(tests.detail).toMatch(/flaky \(passed on retry\): .*test_sometimes/);
    expect(result.context.gate?.tests).toMatchObject({ failed: 0, attempts: 2 });
  });

  test('a hanging test suite is killed at the test timeout (with its child process) and the release rejected', async () => {
    const { repo, result } = await run('hanging');
    expectRejectedBy(result, ['tests']);
    expect(check(result, 'tests').detail).toMatch(/timed out after 8 s/);
    expect(result.context.gate?.reasons[0]).toMatch(/^tests: .*timed out/);
    // The `sleep 300` the test started was killed with the tree.
    const pid = Number(readFileSync(join(repo.dir, 'tests', '.child-pid'), 'utf8'));
    expect(pid).toBeGreaterThan(0);
    const alive = (): boolean => {
      try {
        return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        return false;
      }
    };
    expect(alive()).toBe(false);
  });

  test('coverage below the threshold rejects, saying the percent and the threshold', async () => {
    const { result } = await run('lowCoverage');
    expectRejectedBy(result, ['coverage']);
    const detail = check(result, 'coverage').detail as string;
    expect(detail).toMatch(/^line coverage [\d.]+% < threshold 90(\.0+)?%/);
    const percent = result.context.gate?.coverage?.percent as number;
    expect(percent).toBeLessThan(90);
    expect(detail).toContain(`${percent.toFixed(2)}%`);
    expect(result.context.gate?.coverage?.threshold).toBe(90);
    expect(check(result, 'tests').ok).toBe(true);
  });

  test('a threshold with a custom test command that writes no coverage report rejects', async () => {
    const { result } = await run('noCoverageReport');
    expectRejectedBy(result, ['coverage']);
    expect(check(result, 'coverage').detail).toMatch(/^No usable coverage report at .*coverage\.xml/);
    expect(result.context.gate?.tests?.passed).toBe(3);
    expect(result.context.gate?.coverage).toBeUndefined();
  });

  test('a stale coverage report the test command did not write is not evidence: rejected', async () => {
    const { result } = await run('staleCoverageReport');
    expectRejectedBy(result, ['coverage']);
    expect(check(result, 'coverage').detail).toMatch(/^The coverage report .*coverage\.xml was not written by this test run/);
    expect(result.context.gate?.coverage).toBeUndefined();
  });

  test('an artifact dir that holds the working tree is refused before anything is deleted', async () => {
    const repo = await gateRepo('good');
    repos.push(repo);
    // The gate empties the artifact dir before building: "." (or a parent) would delete the repository.
    for (const artifactDir of [repo.dir, '.', repo.root]) {
      const err = await qualityGate(
        { cwd: repo.dir, context: repo.context, tools: { python: PYTHON }, isolatedBuild: false, installArgs: ['--no-index'], requireCi: false, artifactDir },
        { logger: recordingLogger() },
      ).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isReleaseError(err, 'BAD_INPUT')).toBe(true);
      expect((err as Error).message).toMatch(/^Input "artifact-dir" .* holds the working tree/);
      expect(existsSync(join(repo.dir, 'pyproject.toml'))).toBe(true);
      expect(existsSync(join(repo.dir, '.git'))).toBe(true);
    }
  });

  test('a wheel that misses a module fails the clean install with the import error', async () => {
    const { result } = await run('wheelMissesModule');
    // The tests run from the source tree and pass; only the installed wheel shows the problem.
    expectRejectedBy(result, ['clean install']);
    expect(check(result, 'tests').ok).toBe(true);
    const detail = check(result, 'clean install').detail as string;
    expect(detail).toMatch(/ModuleNotFoundError|No module named/);
    expect(detail).toContain('_helpers');
    expect(result.context.gate?.install_check?.ok).toBe(false);
  });

  test('a README example that fails rejects the release, naming the README line', async () => {
    const { result } = await run('badReadme');
    expectRejectedBy(result, ['clean install']);
    const detail = check(result, 'clean install').detail as string;
    expect(detail).toMatch(/README\.md/);
    expect(detail).toMatch(/line 20\b|README\.md:20\b/);
    expect(detail).toContain('the README promised a different greeting');
  });
});
