import { relative } from 'node:path';
import { ReleaseError } from '../core/errors.js';
import type { JUnitCases, TestCaseResult, TestOutcome } from './junit.js';

interface JestAssertion {
  fullName?: string;
  title?: string;
  status?: string;
  duration?: number | null;
}

interface JestFileResult {
  name?: string;
  status?: string;
  message?: string;
  assertionResults?: JestAssertion[];
  startTime?: number;
  endTime?: number;
}

const OUTCOMES: Record<string, TestOutcome> = { passed: 'passed', failed: 'failed', pending: 'skipped', skipped: 'skipped', todo: 'skipped', disabled: 'skipped', focused: 'passed' };

/**
 * Reads the test cases of Jest's `--json --outputFile` results, named `<file>::<full name>` like JUnit
 * `classname::name`. A test file that failed to run (a syntax error, a failing import) has no assertions: it
 * counts as one error named after the file. Throws BAD_INPUT when the file is not Jest's JSON.
 */
export function parseJestJson(text: string, source = 'Jest JSON results', cwd?: string): JUnitCases {
  let doc: { testResults?: JestFileResult[]; startTime?: number };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch (err) {
    throw new ReleaseError('BAD_INPUT', `${source} is not JSON: ${(err as Error).message}`, 'Make sure the test run finished writing the results (jest --json --outputFile=FILE).');
  }
  if (!Array.isArray(doc.testResults)) throw new ReleaseError('BAD_INPUT', `${source} has no "testResults".`, 'Point the gate at the file jest --json --outputFile writes.');
  const cases: TestCaseResult[] = [];
  let durationMs = 0;
  for (const file of doc.testResults) {
    const name = file.name ? (cwd ? relative(cwd, file.name) : file.name) : '(test file)';
    if (file.startTime && file.endTime) durationMs += file.endTime - file.startTime;
    const assertions = file.assertionResults ?? [];
    if (!assertions.length && file.status === 'failed') {
      cases.push({ name, outcome: 'error', timeS: 0 });
      continue;
    }
    for (const a of assertions) {
      cases.push({ name: `${name}::${a.fullName ?? a.title ?? '(unnamed)'}`, outcome: OUTCOMES[a.status ?? ''] ?? 'error', timeS: (a.duration ?? 0) / 1000 });
    }
  }
  return { cases, durationS: Math.round(durationMs) / 1000 };
}
