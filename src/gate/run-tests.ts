import { readFile, rm } from 'node:fs/promises';
import { createStepContext, retry, timeout, type StepContext } from '../core/combinators.js';
import type { Step } from '../core/combinators.js';
import { isReleaseError, ReleaseError } from '../core/errors.js';
import type { Exec } from '../core/exec.js';
import type { Logger } from '../core/log.js';
import { parseJestJson } from '../reports/jest-json.js';
import { parseJUnitCases, summarizeCases } from '../reports/junit.js';
import type { TestCaseResult, TestReport } from '../reports/junit.js';

/** Options of one test run with retries. */
export interface RunTestsOptions {
  /** The test command as an argument vector, e.g. `[python, '-m', 'pytest', '--junitxml=…']`. */
  command: string[];
  cwd: string;
  /** Where the command writes its JUnit XML report; deleted before each attempt so a stale one is never read. */
  junitFile: string;
  /** Format of the report. Defaults to `junit`. */
  reportFormat?: 'junit' | 'jest-json';
  /**
   * The command may write no report: the exit code then decides, a failing run is retried whole, and the
   * counts are unknown (`counted: false`). Defaults to false (no report is an error).
   */
  junitOptional?: boolean;
  /** Time allowed for one attempt; at the deadline the whole process tree is killed. */
  timeoutMs: number;
  /** Extra attempts after a run with failing tests (0 = run once). */
  retries: number;
  /**
   * Appended on a retry that follows a run with failing tests, so only those rerun (pytest: `['--lf']`, plus
   * `--cov-append` so the coverage report still covers the whole suite). Without it the whole command reruns.
   */
  rerunFailedArgs?: string[];
  /**
   * How many of the `retries` a timed-out attempt may use. Defaults to 0: a suite that hung once usually hangs
   * again, and each retry costs a whole timeout. A timed-out attempt's retry reruns the whole command.
   */
  timeoutRetries?: number;
  /** Pause between attempts, in ms. Defaults to 1000. */
  retryDelayMs?: number;
  exec: Exec;
  logger: Logger;
  signal?: AbortSignal;
  /** Starts each attempt's deadline timer (see StepContext.startTimer). Defaults to setTimeout. */
  startTimer?: StepContext['startTimer'];
  /** Extra environment variables for the test command. */
  env?: Record<string, string>;
}

/** The merged outcome of all attempts of a test run. */
export interface RunTestsResult {
  /**
   * Counts from the JUnit reports, merged over the attempts: a test that failed and then passed on a retry
   * counts as passed (and is listed in `flaky`). When the last attempt timed out, the counts cover only the
   * attempts that finished: treat `timedOut` as a failure whatever the counts say (see `testRunPassed`).
   */
  report: TestReport;
  attempts: number;
  /** True when the last attempt was killed at the deadline. */
  timedOut: boolean;
  /** Exit code of the last attempt; 124 when it timed out. */
  exitCode: number;
  /** The last lines of the last attempt's output (stdout and stderr, interleaved as they came). */
  outputTail: string;
  /** Tests that failed on an attempt and passed on a later one. */
  flaky: string[];
  /** False when the last attempt wrote no report (only with `junitOptional`): the exit code decided. */
  counted: boolean;
}

/** Exit code reported for an attempt killed at its deadline (as coreutils `timeout` does). */
export const TIMEOUT_EXIT_CODE = 124;

interface Attempt {
  /** Undefined when the attempt was killed before writing a report. */
  cases?: TestCaseResult[];
  durationS: number;
  exitCode: number;
  timedOut: boolean;
  output: string;
  rerunOnlyFailed: boolean;
  /** The attempt finished but wrote no report (allowed by `junitOptional`). */
  noReport?: boolean;
}

/** Thrown inside the retry loop for an attempt with failing tests, so `retry` runs another one. */
class TestsFailedSignal extends Error {
  constructor(readonly names: string[]) {
    super(`${names.length} test(s) failed: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`);
  }
}

const TAIL_LINES = 40;
const MAX_BUFFER = 256 * 1024;

function tail(text: string, lines = TAIL_LINES): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** True when the tests ran to the end, nothing failed (after retries) and the command exited 0. */
export function testRunPassed(result: RunTestsResult): boolean {
  return !result.timedOut && result.exitCode === 0 && result.report.failed === 0 && result.report.errors === 0;
}

/**
 * Runs a test command with a per-attempt timeout (which kills the whole process tree) and retries after
 * failing tests, rerunning only the failed ones when `rerunFailedArgs` is given. Counts always come from the
 * JUnit XML report, never from console text. Throws only when the command could not give evidence at all
 * (it did not start, or exited without writing a report).
 */
export async function runTests(opts: RunTestsOptions): Promise<RunTestsResult> {
  const [file, ...baseArgs] = opts.command;
  if (!file) throw new ReleaseError('BAD_INPUT', 'Input "test-command" is empty.', 'Give the test command, e.g. "python -m pytest".');
  const timeoutBudget = Math.min(opts.timeoutRetries ?? 0, opts.retries);
  const log: Attempt[] = [];
  let timeoutsRetried = 0;

  const runAttempt = async (signal: AbortSignal | undefined): Promise<Attempt> => {
    const previous = log[log.length - 1];
    // Only a finished attempt tells which tests failed; after a timeout the whole suite reruns.
    const rerunOnlyFailed = !!opts.rerunFailedArgs?.length && previous !== undefined && previous.cases !== undefined;
    const args = rerunOnlyFailed ? [...baseArgs, ...(opts.rerunFailedArgs ?? [])] : baseArgs;
    await rm(opts.junitFile, { force: true });
    let output = '';
    const started = Date.now();
    const attempt: Attempt = { durationS: 0, exitCode: TIMEOUT_EXIT_CODE, timedOut: false, output: '', rerunOnlyFailed };
    log.push(attempt);
    opts.logger.info(`test attempt ${log.length}: ${file} ${args.join(' ')}`);
    try {
      const result = await opts.exec(file, args, {
        cwd: opts.cwd,
        env: opts.env,
        signal,
        check: false,
        onOutput: (chunk) => {
          output += chunk;
          if (output.length > MAX_BUFFER) output = output.slice(-MAX_BUFFER / 2);
          for (const line of chunk.trimEnd().split('\n')) opts.logger.debug(line);
        },
      });
      attempt.exitCode = result.code;
    } catch (err) {
      attempt.output = output;
      attempt.durationS = (Date.now() - started) / 1000;
      if (isReleaseError(err, 'TIMEOUT')) {
        attempt.timedOut = true;
        return attempt;
      }
      throw err;
    }
    attempt.output = output;
    let xml: string;
    try {
      xml = await readFile(opts.junitFile, 'utf8');
    } catch {
      if (opts.junitOptional) {
        attempt.noReport = true;
        attempt.durationS = (Date.now() - started) / 1000;
        return attempt;
      }
      throw new ReleaseError(
        'COMMAND_FAILED',
        `The test command (${file} ${args.join(' ')}) exited with ${attempt.exitCode} and wrote no JUnit report at ${opts.junitFile}:\n${tail(output, 15)}`,
        `Make the test command write JUnit XML to that file (pytest --junitxml=${opts.junitFile}), and fix the error above.`,
      );
    }
    const parsed = opts.reportFormat === 'jest-json' ? parseJestJson(xml, `Jest results ${opts.junitFile}`, opts.cwd) : parseJUnitCases(xml, `JUnit report ${opts.junitFile}`);
    attempt.cases = parsed.cases;
    attempt.durationS = parsed.durationS;
    return attempt;
  };

  const oneAttempt: Step<void, Attempt> = async (_input, ctx) => {
    let running: Promise<Attempt> | undefined;
    const bounded = timeout<void, Attempt>(
      async (_i, inner) => {
        running = runAttempt(inner.signal);
        return running;
      },
      opts.timeoutMs,
      'test run',
    );
    let attempt: Attempt;
    try {
      attempt = await bounded(undefined, ctx);
    } catch (err) {
      // The deadline fired: wait until the killed process tree has actually exited before going on.
      if (running) await running.catch(() => undefined);
      throw err;
    }
    if (attempt.timedOut) {
      // Killed through the caller's signal rather than our deadline.
      throw new ReleaseError('TIMEOUT', 'The test run was aborted', 'Raise the timeout of the step that runs the gate.');
    }
    const failed = attempt.cases?.filter((c) => c.outcome === 'failed' || c.outcome === 'error').map((c) => c.name) ?? [];
    if (failed.length) throw new TestsFailedSignal(failed);
    // No report: the exit code is the only evidence, and a failing run is retried whole.
    if (attempt.noReport && attempt.exitCode !== 0) throw new TestsFailedSignal([]);
    return attempt;
  };

  const ctx = createStepContext('quality-gate', opts.logger);
  ctx.signal = opts.signal;
  ctx.startTimer = opts.startTimer;
  const withRetries = retry(oneAttempt, {
    attempts: opts.retries + 1,
    baseDelayMs: opts.retryDelayMs ?? 1000,
    backoff: 'constant',
    jitter: 0,
    isTransient: (err) => {
      if (err instanceof TestsFailedSignal) return true;
      if (isReleaseError(err, 'TIMEOUT') && !opts.signal?.aborted && timeoutsRetried < timeoutBudget) {
        timeoutsRetried++;
        return true;
      }
      return false;
    },
  });
  try {
    await withRetries(undefined, ctx);
  } catch (err) {
    const expected = err instanceof TestsFailedSignal || (isReleaseError(err, 'TIMEOUT') && !opts.signal?.aborted);
    if (!expected) throw err;
  }
  return mergeAttempts(log);
}

/** Folds the attempts into one picture: each test's last outcome wins; failed-then-passed tests are flaky. */
function mergeAttempts(log: Attempt[]): RunTestsResult {
  const outcome = new Map<string, TestCaseResult>();
  const everFailed = new Set<string>();
  for (const attempt of log) {
    for (const c of attempt.cases ?? []) {
      outcome.set(c.name, c);
      if (c.outcome === 'failed' || c.outcome === 'error') everFailed.add(c.name);
    }
  }
  const finalCases = [...outcome.values()];
  const durationS = Math.round(log.reduce((a, t) => a + t.durationS, 0) * 1000) / 1000;
  const report = summarizeCases(finalCases, durationS);
  const flaky = finalCases.filter((c) => c.outcome === 'passed' && everFailed.has(c.name)).map((c) => c.name);
  const last = log[log.length - 1];
  return {
    report,
    attempts: log.length,
    timedOut: last.timedOut,
    exitCode: last.timedOut ? TIMEOUT_EXIT_CODE : last.exitCode,
    outputTail: tail(last.output),
    flaky,
    counted: !last.noReport,
  };
}
