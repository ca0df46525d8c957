import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../../src/core/exec.js';
import { saveTestEvidence, testEvidencePlan } from '../../src/gate/evidence.js';

const dir = mkdtempSync(join(tmpdir(), 'relay-evidence-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('test evidence', () => {
  test('a run judged by its exit code alone (no report) hands on that exit code, not a pass', async () => {
    const ev = join(dir, 'exit-only');
    await saveTestEvidence(ev, { junitFile: join(dir, 'never-written.xml'), exitCode: 3 });
    const reports = mkdtempSync(join(dir, 'reports-'));
    const plan = await testEvidencePlan(ev, reports);
    expect(plan.junitOptional).toBe(true);
    const r = await exec(plan.argv[0], plan.argv.slice(1), { check: false });
    expect(r.code).toBe(3);
  });

  test('a JUnit run: the report and the coverage report are copied fresh, with the format and the exit code', async () => {
    const junit = join(dir, 'report.json');
    const cov = join(dir, 'lcov.info');
    writeFileSync(junit, '{"numTotalTests":1}');
    writeFileSync(cov, 'TN:\nend_of_record\n');
    const ev = join(dir, 'full');
    await saveTestEvidence(ev, { junitFile: junit, reportFormat: 'jest-json', coverageFile: cov, exitCode: 0 });
    const reports = mkdtempSync(join(dir, 'reports-'));
    const plan = await testEvidencePlan(ev, reports);
    expect(plan).toEqual(expect.objectContaining({ reportFormat: 'jest-json', junitOptional: false }));
    expect(plan.coverageFile?.endsWith('lcov.info')).toBe(true);
    expect((await exec(plan.argv[0], plan.argv.slice(1), { check: false })).code).toBe(0);
    expect(readFileSync(plan.junitFile, 'utf8')).toBe('{"numTotalTests":1}');
    expect(readFileSync(plan.coverageFile as string, 'utf8')).toContain('end_of_record');
  });
});
