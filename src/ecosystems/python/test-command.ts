import { dirname, join } from 'node:path';

/** What the default pytest command writes, and where. */
export interface PythonTestCommandOptions {
  /** JUnit XML report path (`--junitxml`). */
  junitFile: string;
  /** Cobertura XML coverage report path (`--cov-report=xml:`). */
  coverageXml: string;
  /** Import package to measure (`--cov=<name>`). Defaults to everything under the working directory. */
  covSource?: string;
  /** Import packages to measure (`--cov=<a> --cov=<b>`); wins over covSource. Empty: bare `--cov` (coverage's own `source` setting). */
  covSources?: string[];
  /** Measure branch coverage too (`--cov-branch`). Defaults to false. */
  branches?: boolean;
  /** pytest's cache directory (where `--lf` finds the failed tests). Defaults to `.pytest_cache` beside junitFile. */
  cacheDir?: string;
}

/**
 * The default test command for a Python package: pytest with a JUnit report and a Cobertura coverage report.
 * The cache provider stays enabled (`--lf` needs it) but lives in a temporary directory rather than the
 * user's tree, so a stale `lastfailed` from a developer's machine never narrows a rerun.
 */
export function defaultPythonTestCommand(python: string, opts: PythonTestCommandOptions): string[] {
  const cacheDir = opts.cacheDir ?? join(dirname(opts.junitFile), '.pytest_cache');
  return [
    python,
    '-m',
    'pytest',
    `--junitxml=${opts.junitFile}`,
    // `--cov` alone measures every file under the working directory (tests, scripts); name the package when known.
    ...covArgs(opts),
    ...(opts.branches ? ['--cov-branch'] : []),
    `--cov-report=xml:${opts.coverageXml}`,
    '--cov-report=term',
    '-o',
    `cache_dir=${cacheDir}`,
  ];
}

/**
 * Arguments for a pytest retry: rerun only the tests that failed last time, and append to the coverage data
 * instead of erasing it, so the coverage report still covers the whole suite after a partial rerun.
 */
export const PYTEST_RERUN_FAILED_ARGS: readonly string[] = ['--lf', '--cov-append'];

/**
 * Environment for the default test command: keeps coverage.py's data file (`.coverage`) out of the user's
 * tree by putting it in `tempDir`.
 */
export function pythonTestEnv(tempDir: string): Record<string, string> {
  return { COVERAGE_FILE: join(tempDir, '.coverage') };
}

function covArgs(opts: PythonTestCommandOptions): string[] {
  const sources = opts.covSources ?? (opts.covSource ? [opts.covSource] : []);
  return sources.length ? sources.map((s) => `--cov=${s}`) : ['--cov'];
}
