import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import type { StepContext } from '../../src/core/combinators.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../../src/core/exec.js';
import { silentLogger } from '../../src/core/log.js';
import { defaultPythonTestCommand, PYTEST_RERUN_FAILED_ARGS, pythonTestEnv } from '../../src/ecosystems/python/test-command.js';
import { runTests, testRunPassed } from '../../src/gate/run-tests.js';
import type { RunTestsResult } from '../../src/gate/run-tests.js';
import { checkCoverage, readCoverageReport } from '../../src/reports/coverage.js';
import { CHILD_PID_ENV, FLAKY_MARKER_ENV, makePythonPackage, SAMPLE_IMPORT_NAME } from '../fixtures/python-packages.js';
import type { PythonPackageVariant } from '../fixtures/python-packages.js';

const PYTHON = '/usr/bin/python3';
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rr-runtests-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Running (not gone, not a zombie waiting for a reaper). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) [ZX]/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * Resolves once `pid` is gone: SIGKILL to the process group is sent when the runner returns, but a loaded
 * machine may schedule the grandchild's exit a moment later. No deadline of its own (jest's is the bound):
 * a process that survives the kill fails the test by its timeout, never by the machine being slow.
 */
async function gone(pid: number): Promise<boolean> {
  while (alive(pid)) await new Promise((r) => setTimeout(r, 20));
  return true;
}

/**
 * The deadline of each attempt, fired by an event instead of the wall clock (issue 11, item 9): once the
 * hanging test has started its child (a new pid in the pid file), the attempt "runs out of time".
 */
function firesWhenChildStarts(pidFile: string): NonNullable<StepContext['startTimer']> {
  return (_ms, fire) => {
    let stopped = false;
    const before = existsSync(pidFile) ? readFileSync(pidFile, 'utf8') : '';
    void (async () => {
      while (!stopped) {
        const now = existsSync(pidFile) ? readFileSync(pidFile, 'utf8') : '';
        if (now.trim() && now !== before) return fire();
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    return () => {
      stopped = true;
    };
  };
}

interface Run {
  result: RunTestsResult;
  dir: string;
  out: string;
  coverageXml: string;
}

async function runVariant(variant: PythonPackageVariant, opts: { retries?: number; timeoutMs?: number; timeoutRetries?: number; env?: Record<string, string>; startTimer?: StepContext['startTimer'] } = {}): Promise<Run> {
  const dir = join(root, `${variant}-pkg`);
  const out = join(root, `${variant}-out`);
  await makePythonPackage(dir, variant);
  await mkdir(out, { recursive: true });
  const junitFile = join(out, 'junit.xml');
  const coverageXml = join(out, 'coverage.xml');
  const result = await runTests({
    command: defaultPythonTestCommand(PYTHON, { junitFile, coverageXml, covSource: SAMPLE_IMPORT_NAME }),
    cwd: dir,
    junitFile,
    timeoutMs: opts.timeoutMs ?? 60_000,
    retries: opts.retries ?? 0,
    timeoutRetries: opts.timeoutRetries,
    rerunFailedArgs: [...PYTEST_RERUN_FAILED_ARGS],
    retryDelayMs: 0,
    exec,
    logger: silentLogger,
    env: { ...pythonTestEnv(out), ...opts.env },
    startTimer: opts.startTimer,
  });
  return { result, dir, out, coverageXml };
}

describe('runTests with real pytest', () => {
  test('a good suite passes on the first attempt, counts from JUnit, coverage written outside the tree', async () => {
    const { result, dir, coverageXml } = await runVariant('good', { retries: 2 });
    expect(result).toMatchObject({ attempts: 1, timedOut: false, exitCode: 0, flaky: [] });
    expect(result.report).toMatchObject({ passed: 3, failed: 0, errors: 0, skipped: 0 });
    expect(testRunPassed(result)).toBe(true);
    expect(result.outputTail).toMatch(/3 passed/);
    expect((await readCoverageReport(coverageXml)).linePercent).toBe(100);
    // The pytest cache and coverage data went to the output dir, not into the package.
    await expect(readFile(join(dir, '.coverage'))).rejects.toThrow();
    await expect(readFile(join(dir, '.pytest_cache', 'v', 'cache', 'lastfailed'))).rejects.toThrow();
  });

  test('a failing suite reports the failed names; retries rerun only the failures and give up', async () => {
    const { result } = await runVariant('failing', { retries: 1 });
    expect(result.attempts).toBe(2);
    expect(result.exitCode).toBe(1);
    expect(testRunPassed(result)).toBe(false);
    expect(result.report).toMatchObject({ passed: 3, failed: 1, errors: 1, skipped: 1 });
    expect(result.report.failedNames.sort()).toEqual(['tests.test_failing::test_add_is_wrong', 'tests.test_failing::test_uses_broken_fixture']);
    expect(result.flaky).toEqual([]);
    // The second attempt ran only the two failures (pytest --lf), not the whole suite.
    expect(result.outputTail).toMatch(/1 failed, 1 error|1 failed.*1 error/);
    expect(result.outputTail).not.toMatch(/3 passed/);
  });

  test('a flaky test passes on the --lf retry, is listed as flaky, and the merged picture counts every test', async () => {
    const marker = join(root, 'flaky-marker');
    const { result, coverageXml } = await runVariant('flaky', { retries: 1, env: { [FLAKY_MARKER_ENV]: marker } });
    expect(result.attempts).toBe(2);
    expect(result.exitCode).toBe(0);
    expect(testRunPassed(result)).toBe(true);
    expect(result.flaky).toEqual(['tests.test_flaky::test_sometimes']);
    expect(result.report).toMatchObject({ passed: 4, failed: 0, errors: 0, failedNames: [] });
    // Only the flaky test ran the second time...
    expect(result.outputTail).toMatch(/1 passed/);
    // ...yet --cov-append kept the first attempt's coverage, so the report still covers the whole package.
    expect((await readCoverageReport(coverageXml)).linePercent).toBe(100);
  });

  test('without retries the flaky test is a plain failure', async () => {
    const marker = join(root, 'flaky-marker-2');
    const { result } = await runVariant('flaky', { retries: 0, env: { [FLAKY_MARKER_ENV]: marker } });
    expect(result.attempts).toBe(1);
    expect(result.report.failedNames).toEqual(['tests.test_flaky::test_sometimes']);
    expect(result.flaky).toEqual([]);
  });

  test('a hanging suite is killed at the deadline with its child process, and not retried by default', async () => {
    const pidFile = join(root, 'child.pid');
    const { result } = await runVariant('hanging', { retries: 2, timeoutMs: 5_000, env: { [CHILD_PID_ENV]: pidFile }, startTimer: firesWhenChildStarts(pidFile) });
    expect(result.timedOut).toBe(true);
    expect(result.attempts).toBe(1);
    expect(result.exitCode).toBe(124);
    expect(testRunPassed(result)).toBe(false);
    const pid = Number(await readFile(pidFile, 'utf8'));
    expect(pid).toBeGreaterThan(0);
    expect(await gone(pid)).toBe(true);
  });

  test('timeoutRetries lets a timed-out run be retried, at most that many times', async () => {
    const pidFile = join(root, 'child2.pid');
    const { result } = await runVariant('hanging', { retries: 3, timeoutMs: 4_000, timeoutRetries: 1, env: { [CHILD_PID_ENV]: pidFile }, startTimer: firesWhenChildStarts(pidFile) });
    expect(result.timedOut).toBe(true);
    expect(result.attempts).toBe(2);
    expect(await gone(Number(await readFile(pidFile, 'utf8')))).toBe(true);
  });

  test("the caller's abort signal kills the run and rejects (no retry, no result)", async () => {
    const dir = join(root, 'abort-pkg');
    const out = join(root, 'abort-out');
    await makePythonPackage(dir, 'hanging');
    await mkdir(out, { recursive: true });
    const pidFile = join(root, 'child3.pid');
    const junitFile = join(out, 'junit.xml');
    const controller = new AbortController();
    const running = runTests({
      command: defaultPythonTestCommand(PYTHON, { junitFile, coverageXml: join(out, 'c.xml') }),
      cwd: dir,
      junitFile,
      timeoutMs: 60_000,
      retries: 2,
      timeoutRetries: 2,
      retryDelayMs: 0,
      exec,
      logger: silentLogger,
      signal: controller.signal,
      env: { ...pythonTestEnv(out), [CHILD_PID_ENV]: pidFile },
    });
    // Abort once the test has started its child (an event: no cap on how long that may take).
    while ((await readFile(pidFile, 'utf8').catch(() => '')) === '') await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    await expect(running).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(await gone(Number(await readFile(pidFile, 'utf8')))).toBe(true);
  });

  test('low coverage: the tests pass but the coverage check fails', async () => {
    const { result, coverageXml } = await runVariant('low-coverage');
    expect(testRunPassed(result)).toBe(true);
    const check = checkCoverage(await readCoverageReport(coverageXml), 80);
    expect(check.ok).toBe(false);
    expect(check.detail).toContain(coverageXml);
  });

  test('a command that writes no JUnit report throws with the output, instead of guessing counts', async () => {
    const dir = join(root, 'empty');
    await mkdir(dir, { recursive: true });
    await expect(
      runTests({ command: [PYTHON, '-c', 'import sys; print("no report here"); sys.exit(3)'], cwd: dir, junitFile: join(dir, 'j.xml'), timeoutMs: 30_000, retries: 2, exec, logger: silentLogger }),
    ).rejects.toMatchObject({ code: 'COMMAND_FAILED', message: expect.stringMatching(/exited with 3 and wrote no JUnit report[\s\S]*no report here/) });
  });

  test('with junitOptional, a command without a JUnit report is judged by its exit code: 0 passes, non-zero fails', async () => {
    const dir = join(root, 'no-junit');
    await mkdir(dir, { recursive: true });
    const ok = await runTests({ command: [PYTHON, '-c', 'print("tox: all envs passed")'], cwd: dir, junitFile: join(dir, 'j.xml'), junitOptional: true, timeoutMs: 30_000, retries: 1, retryDelayMs: 0, exec, logger: silentLogger });
    expect(ok).toMatchObject({ exitCode: 0, counted: false, attempts: 1, timedOut: false });
    expect(testRunPassed(ok)).toBe(true);
    const counter = join(dir, 'runs');
    const bad = await runTests({ command: [PYTHON, '-c', `open(${JSON.stringify(counter)}, "a").write("x"); raise SystemExit(2)`], cwd: dir, junitFile: join(dir, 'j.xml'), junitOptional: true, timeoutMs: 30_000, retries: 1, retryDelayMs: 0, exec, logger: silentLogger });
    expect(bad).toMatchObject({ exitCode: 2, counted: false });
    expect(testRunPassed(bad)).toBe(false);
    expect(readFileSync(counter, 'utf8')).toMatch(/^x+$/);
  });

  test('an empty command is a BAD_INPUT naming test-command', async () => {
    await expect(runTests({ command: [], cwd: root, junitFile: join(root, 'x.xml'), timeoutMs: 1000, retries: 0, exec, logger: silentLogger })).rejects.toThrow(/test-command/);
  });
});
