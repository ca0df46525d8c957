import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isReleaseError } from '../../src/core/errors.js';
import { exec } from '../../src/core/exec.js';
import { parseJUnit, parseJUnitCases } from '../../src/reports/junit.js';
import { makePythonPackage } from '../fixtures/python-packages.js';

const PYTHON = '/usr/bin/python3';
let root: string;

/** Runs the real pytest on a fixture package and returns its JUnit XML. */
async function pytestJUnit(variant: 'good' | 'failing'): Promise<string> {
  const dir = join(root, variant);
  await makePythonPackage(dir, variant);
  const junit = join(root, `${variant}.xml`);
  await exec(PYTHON, ['-m', 'pytest', `--junitxml=${junit}`, '-p', 'no:cacheprovider', '-q'], { cwd: dir, check: false });
  return readFile(junit, 'utf8');
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rr-junit-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('parseJUnit on real pytest reports', () => {
  test('a passing suite: counts and no failed names', async () => {
    const report = parseJUnit(await pytestJUnit('good'));
    expect(report).toMatchObject({ passed: 3, failed: 0, skipped: 0, errors: 0, failedNames: [] });
    expect(report.durationS).toBeGreaterThanOrEqual(0);
  });

  test('failures, setup errors and skips are told apart and named classname::name', async () => {
    const xml = await pytestJUnit('failing');
    const report = parseJUnit(xml);
    expect(report).toMatchObject({ passed: 3, failed: 1, skipped: 1, errors: 1 });
    expect(report.failedNames.sort()).toEqual(['tests.test_failing::test_add_is_wrong', 'tests.test_failing::test_uses_broken_fixture']);
    const cases = parseJUnitCases(xml).cases;
    expect(cases.find((c) => c.name.endsWith('::test_skipped'))?.outcome).toBe('skipped');
    expect(cases.find((c) => c.name.endsWith('::test_uses_broken_fixture'))?.outcome).toBe('error');
  });
});

describe('parseJUnit on other reporters', () => {
  test('a single <testsuite> root (jest-junit / vitest style) with self-closing <skipped/>', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="vitest tests" tests="3" failures="1" errors="0" skipped="1" time="1.5">
  <testcase classname="src/a.test.ts" name="adds" time="0.01"></testcase>
  <testcase classname="src/a.test.ts" name="subtracts" time="0.02"><failure message="expected 1 to be 2" type="AssertionError">stack</failure></testcase>
  <testcase classname="src/b.test.ts" name="later" time="0"><skipped/></testcase>
</testsuite>`;
    expect(parseJUnit(xml)).toEqual({ passed: 1, failed: 1, skipped: 1, errors: 0, durationS: 1.5, failedNames: ['src/a.test.ts::subtracts'] });
  });

  test('several suites without a root time: durations add up; a case without classname keeps its name', () => {
    const xml = `<testsuites>
  <testsuite name="a" time="1.25"><testcase name="one" time="1"/></testsuite>
  <testsuite name="b" time="2"><testcase name="two" time="2"><error message="boom"/></testcase></testsuite>
</testsuites>`;
    expect(parseJUnit(xml)).toEqual({ passed: 1, failed: 0, skipped: 0, errors: 1, durationS: 3.25, failedNames: ['two'] });
  });

  test('malformed XML (a truncated report) is a BAD_INPUT ReleaseError with a hint', () => {
    let caught: unknown;
    try {
      parseJUnit('<testsuites><testsuite name="pytest"><testcase name="a">', 'JUnit report out.xml');
    } catch (err) {
      caught = err;
    }
    expect(isReleaseError(caught, 'BAD_INPUT')).toBe(true);
    expect((caught as Error).message).toContain('out.xml');
    expect((caught as { hint: string }).hint).toMatch(/junitxml/);
  });

  test('well-formed XML that is not a JUnit report is refused', () => {
    expect(() => parseJUnit('<coverage line-rate="1"/>')).toThrow(/testsuite/);
  });
});
