import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isReleaseError } from '../../src/core/errors.js';
import { exec } from '../../src/core/exec.js';
import { checkCoverage, parseCobertura, parseCoverageJson, parseLcov, readCoverageReport } from '../../src/reports/coverage.js';
import { parseThreshold } from '../../src/reports/threshold.js';
import { makePythonPackage } from '../fixtures/python-packages.js';

const PYTHON = '/usr/bin/python3';
let root: string;
let xmlFile: string;
let jsonFile: string;
/** coverage.py's own totals for the same data (from its JSON), to check the parsers against. */
let pyTotals: { statements: number; covered: number; branches: number; coveredBranches: number };

const LCOV = `TN:
SF:src/a.ts
FN:1,add
FNF:1
FNH:1
DA:1,1
DA:2,0
LF:10
LH:8
BRDA:2,0,0,1
BRF:4
BRH:3
end_of_record
SF:src/b.ts
LF:10
LH:5
BRF:0
BRH:0
end_of_record
`;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rr-cov-'));
  const dir = join(root, 'pkg');
  await makePythonPackage(dir, 'low-coverage');
  xmlFile = join(root, 'coverage.xml');
  jsonFile = join(root, 'coverage.json');
  const env = { COVERAGE_FILE: join(root, '.coverage') };
  await exec(PYTHON, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', '--cov=gate_sample', '--cov-branch', `--cov-report=xml:${xmlFile}`], { cwd: dir, env });
  await exec(PYTHON, ['-m', 'coverage', 'json', '-o', jsonFile], { cwd: dir, env });
  const totals = (JSON.parse(await readFile(jsonFile, 'utf8')) as { totals: Record<string, number> }).totals;
  pyTotals = { statements: totals.num_statements, covered: totals.covered_lines, branches: totals.num_branches, coveredBranches: totals.covered_branches };
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('coverage reports written by coverage.py', () => {
  test('Cobertura XML: line and branch percent match coverage.py totals', async () => {
    const report = parseCobertura(await readFile(xmlFile, 'utf8'), xmlFile);
    expect(report.format).toBe('cobertura');
    expect(report.linePercent).toBeCloseTo((pyTotals.covered / pyTotals.statements) * 100, 6);
    expect(report.linePercent).toBeLessThan(60);
    expect(report.branchPercent).toBeCloseTo((pyTotals.coveredBranches / pyTotals.branches) * 100, 6);
  });

  test('coverage JSON gives the same numbers as the XML', async () => {
    const xml = parseCobertura(await readFile(xmlFile, 'utf8'));
    const json = parseCoverageJson(await readFile(jsonFile, 'utf8'), jsonFile);
    expect(json.format).toBe('coverage-json');
    expect(json.linePercent).toBeCloseTo(xml.linePercent, 6);
    expect(json.branchPercent).toBeCloseTo(xml.branchPercent as number, 6);
  });

  test('readCoverageReport detects the format by content, not by name', async () => {
    const disguised = join(root, 'report.txt');
    await writeFile(disguised, await readFile(jsonFile, 'utf8'));
    expect((await readCoverageReport(xmlFile)).format).toBe('cobertura');
    expect((await readCoverageReport(disguised)).format).toBe('coverage-json');
    const lcov = join(root, 'lcov.info');
    await writeFile(lcov, LCOV);
    expect(await readCoverageReport(lcov)).toMatchObject({ format: 'lcov', file: lcov });
  });

  test('a missing or unreadable report is a BAD_INPUT naming the file', async () => {
    await expect(readCoverageReport(join(root, 'nope.xml'))).rejects.toThrow(/nope\.xml was not found/);
    const junk = join(root, 'junk.txt');
    await writeFile(junk, 'hello');
    await expect(readCoverageReport(junk)).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });

  test('without --cov-branch the XML has no branch data, so branchPercent is undefined', () => {
    const xml = '<?xml version="1.0" ?><coverage lines-valid="8" lines-covered="6" line-rate="0.75" branches-covered="0" branches-valid="0" branch-rate="0"></coverage>';
    expect(parseCobertura(xml)).toEqual({ format: 'cobertura', linePercent: 75, branchPercent: undefined, file: '' });
  });
});

describe('parseLcov', () => {
  test('sums LF/LH and BRF/BRH across records', () => {
    const report = parseLcov(LCOV);
    expect(report.linePercent).toBeCloseTo(65, 6);
    expect(report.branchPercent).toBeCloseTo(75, 6);
  });

  test('text without records is refused', () => {
    expect(() => parseLcov('nothing here')).toThrow(/SF:/);
  });
});

describe('checkCoverage', () => {
  test('line coverage below the threshold fails with both numbers in the detail', async () => {
    const report = await readCoverageReport(xmlFile);
    const result = checkCoverage(report, 80);
    expect(result.ok).toBe(false);
    expect(result.detail).toMatch(/line coverage \d+\.\d\d% < threshold 80\.00%/);
    expect(checkCoverage(report, 10).ok).toBe(true);
  });

  test('branches: true also needs branch coverage, and fails when the report has none', () => {
    expect(checkCoverage({ format: 'lcov', linePercent: 90, branchPercent: 50, file: '' }, 80, { branches: true })).toMatchObject({ ok: false });
    expect(checkCoverage({ format: 'lcov', linePercent: 90, branchPercent: 85, file: '' }, 80, { branches: true })).toMatchObject({ ok: true });
    const none = checkCoverage({ format: 'cobertura', linePercent: 90, file: 'c.xml' }, 80, { branches: true });
    expect(none.ok).toBe(false);
    expect(none.detail).toMatch(/--cov-branch/);
  });
});

describe('parseThreshold', () => {
  test('accepts numbers 0-100 (and a trailing %), empty means no check', () => {
    expect(parseThreshold(undefined)).toBeUndefined();
    expect(parseThreshold('  ')).toBeUndefined();
    expect(parseThreshold('80')).toBe(80);
    expect(parseThreshold('92.5%')).toBe(92.5);
    expect(parseThreshold('0')).toBe(0);
    expect(parseThreshold('100')).toBe(100);
  });

  test.each(['abc', '101', '-5', '80x', 'NaN', '1e2'])('refuses %p naming coverage-threshold', (input) => {
    let caught: unknown;
    try {
      parseThreshold(input);
    } catch (err) {
      caught = err;
    }
    expect(isReleaseError(caught, 'BAD_INPUT')).toBe(true);
    expect((caught as Error).message).toContain('coverage-threshold');
  });
});
