/**
 * The default test command of an npm package: the package's own `test` script, whatever runs in it, decides
 * by its exit code. Where the gate recognises the runner of a one-command script it adds reporters so that it
 * also gets counts (JUnit, or Jest's JSON) and coverage (LCOV):
 * - `node --test …` (or no script): Node's junit, spec and lcov reporters (no dependency);
 * - jest: jest-junit when installed, else Jest's own `--json` results; `--coverage` with LCOV;
 * - vitest: its junit reporter; coverage when @vitest/coverage-v8 / -istanbul is declared;
 * - mocha: its built-in xunit reporter (JUnit XML);
 * - ava and any other script (`xo && ava && tsd`): run as is; exit code only.
 * Coverage for a script that writes none: under c8 (NODE_V8_COVERAGE) when c8 is installed; otherwise the plan
 * says what to configure.
 */
import { join } from 'node:path';
import type { TestCommandPlan } from '../types.js';
import type { PackageManager } from './package-manager.js';
import { runScriptCommand } from './package-manager.js';

/** What the planner reads of package.json. */
export interface NpmManifest {
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** Options of planNpmTestCommand. */
export interface NpmTestCommandOptions {
  /** Where the reports go. */
  reportDir: string;
  /** The node binary. Defaults to `node`. */
  node?: string;
  /** Whether the node binary knows `--test-coverage-exclude` (Node 22.5+): test files then stay out of coverage. */
  coverageExclude?: boolean;
  /** Whether `node --test` expands glob patterns itself (Node 21+); without it a script's globs need the shell. Defaults to true. */
  nodeTestGlobs?: boolean;
  /** The package's manager; its `run` runs the script. Defaults to npm with a lockfile. */
  packageManager?: PackageManager;
  /** Packages installed in the package's node_modules (or a workspace root's), e.g. `jest-junit`, `c8`. Defaults to none. */
  installed?: ReadonlySet<string>;
  /** Whether coverage is wanted (a threshold is set). Defaults to true. */
  coverage?: boolean;
  /** The binary that runs a package manager, by name. Defaults to the manager's name. */
  managerBin?: string;
  /** A JUnit report the script writes itself (input junit-file, absolute), read when the gate adds none. */
  userJunitFile?: string;
  /** A coverage report the script writes itself (input coverage-report, absolute), used when the gate adds none. */
  userCoverageReport?: string;
}

/** Runners the planner recognises as the first word of a one-command test script. */
export type TestRunner = 'node' | 'jest' | 'vitest' | 'mocha' | 'ava' | 'other';

/** The script's runner and its words after leading `VAR=value` assignments, or `other` for a compound script. */
export function recogniseRunner(script: string | undefined): { runner: TestRunner; words: string[]; compound: boolean } {
  if (!script?.trim()) return { runner: 'node', words: [], compound: false };
  // Operators, substitutions, redirections or quoting: run it as written and read only the exit code.
  const compound = /&&|\|\||[;|<>`$()]|["'\\]/.test(script);
  const words = script.trim().split(/\s+/);
  let i = 0;
  while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i])) i++;
  const rest = words.slice(i);
  if (compound || !rest.length) return { runner: 'other', words: rest, compound };
  const first = rest[0].replace(/^.*\//, '');
  if (first === 'node' && rest.includes('--test') && i === 0) return { runner: 'node', words: rest, compound };
  if (['jest', 'vitest', 'mocha', 'ava'].includes(first)) return { runner: first as TestRunner, words: rest, compound };
  return { runner: 'other', words: rest, compound };
}

const COVERAGE_HINT =
  'The test script writes no coverage report the gate can read. Set input "coverage-report" to the LCOV, Cobertura or JSON file it writes (e.g. `c8 --reporter=lcov` writes coverage/lcov.info), or add c8 as a devDependency (the gate then runs the script under c8, which collects NODE_V8_COVERAGE), or drop coverage-threshold.';

/**
 * The test command for a package, with the reports the gate can add in `reportDir`. Never refuses a script:
 * one the gate cannot add reporters to runs as written, and its exit code decides (`junitOptional`).
 */
export function planNpmTestCommand(manifest: NpmManifest, opts: NpmTestCommandOptions): TestCommandPlan {
  const node = opts.node ?? 'node';
  const junitFile = join(opts.reportDir, 'junit.xml');
  const coverageDir = join(opts.reportDir, 'coverage');
  const lcov = join(coverageDir, 'lcov.info');
  const script = manifest.scripts?.test?.trim();
  const deps = { ...manifest.dependencies, ...manifest.devDependencies };
  const has = (pkg: string): boolean => opts.installed?.has(pkg) ?? false;
  const wantCoverage = opts.coverage ?? true;
  const { runner, words } = recogniseRunner(script);
  const pm = opts.packageManager ?? { name: 'npm', berry: false, source: 'default' };
  const runTest = runScriptCommand(pm, 'test');
  if (opts.managerBin) runTest[0] = opts.managerBin;
  // npm needs `--` before arguments meant for the script; pnpm and yarn pass on whatever follows the name.
  const withArgs = (args: string[]): string[] => (args.length ? [...runTest, ...(pm.name === 'npm' ? ['--'] : []), ...args] : runTest);
  // No reporter of its own: c8 collects NODE_V8_COVERAGE from every node process the script starts.
  const underC8 = (plan: TestCommandPlan): TestCommandPlan => {
    if (!wantCoverage || plan.coverageFile) return plan;
    if (opts.userCoverageReport) return { ...plan, coverageFile: opts.userCoverageReport };
    if (has('c8')) return { ...plan, argv: ['c8', '--reporter=lcovonly', `--report-dir=${coverageDir}`, ...plan.argv], coverageFile: lcov };
    return { ...plan, coverageMissingHint: COVERAGE_HINT };
  };

  // On Node 20 a glob in `node --test test/*.test.js` is the shell's to expand: run the script as written.
  const needsShell = runner === 'node' && opts.nodeTestGlobs === false && words.some((w) => /[*?[\]{}]/.test(w));
  if (runner === 'node' && !needsShell) {
    const coverageFile = join(opts.reportDir, 'lcov.info');
    const rest = words.slice(1).filter((a) => a !== '--test' && !a.startsWith('--test-reporter') && a !== '--experimental-test-coverage');
    return {
      argv: [
        node,
        '--test',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=junit',
        `--test-reporter-destination=${junitFile}`,
        '--experimental-test-coverage',
        ...(opts.coverageExclude ? ['--test-coverage-exclude=**/*.test.*', '--test-coverage-exclude=**/test/**', '--test-coverage-exclude=**/node_modules/**'] : []),
        '--test-reporter=lcov',
        `--test-reporter-destination=${coverageFile}`,
        ...rest,
      ],
      junitFile,
      coverageFile,
    };
  }
  const coverageArgs = (args: string[]): string[] => (wantCoverage ? args : []);
  if (runner === 'jest') {
    const cov = coverageArgs(['--coverage', '--coverageReporters=lcov', `--coverageDirectory=${coverageDir}`]);
    if (deps['jest-junit'] || has('jest-junit')) {
      return { argv: withArgs(['--ci', '--reporters=default', '--reporters=jest-junit', ...cov]), junitFile, junitOptional: true, coverageFile: cov.length ? lcov : undefined, env: { JEST_JUNIT_OUTPUT_DIR: opts.reportDir, JEST_JUNIT_OUTPUT_NAME: 'junit.xml' } };
    }
    const jsonFile = join(opts.reportDir, 'jest-results.json');
    return { argv: withArgs(['--ci', '--json', `--outputFile=${jsonFile}`, ...cov]), junitFile: jsonFile, junitOptional: true, reportFormat: 'jest-json', coverageFile: cov.length ? lcov : undefined };
  }
  if (runner === 'vitest') {
    const coverage = wantCoverage && (deps['@vitest/coverage-v8'] || deps['@vitest/coverage-istanbul'] || has('@vitest/coverage-v8') || has('@vitest/coverage-istanbul'));
    return underC8({
      argv: withArgs(['--reporter=default', '--reporter=junit', `--outputFile.junit=${junitFile}`, ...(coverage ? ['--coverage.enabled', '--coverage.reporter=lcov', `--coverage.reportsDirectory=${coverageDir}`] : [])]),
      junitFile,
      junitOptional: true,
      coverageFile: coverage ? lcov : undefined,
      // Without a TTY vitest runs once anyway; CI=true makes sure of it.
      env: { CI: 'true' },
    });
  }
  if (runner === 'mocha') {
    return underC8({ argv: withArgs(['--reporter=xunit', `--reporter-option=output=${junitFile}`]), junitFile, junitOptional: true });
  }
  // ava and everything else: the script as written; counts only from a report it writes itself (junit-file).
  return underC8({ argv: runTest, junitFile: opts.userJunitFile ?? junitFile, junitOptional: true });
}
