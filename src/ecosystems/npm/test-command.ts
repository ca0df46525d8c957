/**
 * The default test command of an npm package. The gate counts tests from a JUnit report and measures
 * coverage from a report file, so the default is a command that is known to write both: Node's built-in test
 * runner (junit + lcov reporters, no dependency), or Jest / Vitest when the package declares what they need.
 * Any other `test` script cannot be made to write JUnit from outside; the gate then asks for test-command.
 */
import { join } from 'node:path';
import { ReleaseError } from '../../core/errors.js';
import type { TestCommandPlan } from '../types.js';

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
  /** The npx binary. Defaults to `npx`. */
  npx?: string;
  /** Whether the node binary knows `--test-coverage-exclude` (Node 22.5+): test files then stay out of coverage. */
  coverageExclude?: boolean;
}

const SHELL = /[|&;<>()$`\\"'*?[\]#~=%]/;

/** Words of a plain script (no quoting, globs or operators), or null when it needs a shell. */
function words(script: string): string[] | null {
  if (SHELL.test(script.replace(/--[\w-]+=[\w./-]+/g, ''))) return null;
  return script.trim().split(/\s+/).filter(Boolean);
}

/**
 * The test command for a package, with JUnit and coverage reports in `reportDir`:
 * - no `test` script, or a `node --test …` one: `node --test` with the spec, junit and lcov reporters (the
 *   script's own arguments, e.g. the test paths, are kept);
 * - a `jest` script with `jest-junit` declared: jest with the jest-junit reporter and lcov coverage;
 * - a `vitest` script: vitest's own junit reporter (coverage only when @vitest/coverage-v8 or -istanbul is declared).
 * Anything else throws BAD_INPUT asking for input test-command and junit-file.
 */
export function planNpmTestCommand(manifest: NpmManifest, opts: NpmTestCommandOptions): TestCommandPlan {
  const node = opts.node ?? 'node';
  const npx = opts.npx ?? 'npx';
  const junitFile = join(opts.reportDir, 'junit.xml');
  const script = manifest.scripts?.test?.trim();
  const deps = { ...manifest.dependencies, ...manifest.devDependencies };
  const argv = script ? words(script) : [];

  if (argv !== null && (argv.length === 0 || (argv[0] === 'node' && argv.includes('--test')))) {
    const coverageFile = join(opts.reportDir, 'lcov.info');
    const rest = argv.slice(1).filter((a) => a !== '--test' && !a.startsWith('--test-reporter') && a !== '--experimental-test-coverage');
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
  if (argv?.[0] === 'jest' && deps['jest-junit']) {
    const coverageDir = join(opts.reportDir, 'coverage');
    return {
      argv: [npx, '--no-install', ...argv, '--ci', '--reporters=default', '--reporters=jest-junit', '--coverage', '--coverageReporters=lcov', `--coverageDirectory=${coverageDir}`],
      junitFile,
      coverageFile: join(coverageDir, 'lcov.info'),
      env: { JEST_JUNIT_OUTPUT_DIR: opts.reportDir, JEST_JUNIT_OUTPUT_NAME: 'junit.xml' },
    };
  }
  if (argv?.[0] === 'vitest') {
    const coverage = deps['@vitest/coverage-v8'] || deps['@vitest/coverage-istanbul'];
    const coverageDir = join(opts.reportDir, 'coverage');
    const run = argv[1] === 'run' ? argv.slice(2) : argv.slice(1);
    return {
      argv: [npx, '--no-install', 'vitest', 'run', ...run, '--reporter=default', '--reporter=junit', `--outputFile.junit=${junitFile}`, ...(coverage ? ['--coverage.enabled', '--coverage.reporter=lcov', `--coverage.reportsDirectory=${coverageDir}`] : [])],
      junitFile,
      coverageFile: coverage ? join(coverageDir, 'lcov.info') : undefined,
    };
  }
  const why = argv?.[0] === 'jest' ? 'runs jest, but jest-junit (the reporter that writes JUnit XML) is not a devDependency' : 'is not one release-relay can make write a JUnit report';
  throw new ReleaseError(
    'BAD_INPUT',
    `package.json's test script ("${script}") ${why}.`,
    'Set input "test-command" to a command that writes JUnit XML and input "junit-file" to where (e.g. jest with jest-junit, vitest --reporter=junit, mocha --reporter mocha-junit-reporter), or use node --test.',
  );
}
