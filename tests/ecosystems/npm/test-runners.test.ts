/**
 * Any test script decides by its exit code (issue 17): jest from node_modules gives counts through its JSON
 * results and coverage through LCOV; a plain script with no reporter passes or fails by exit code alone and
 * a failing one is retried whole; a coverage threshold without any report names what to configure.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../../../src/core/exec.js';
import { silentLogger } from '../../../src/core/log.js';
import { withPipeline } from '../../../src/ecosystems/adapters.js';
import { npmAdapter as npmDescription } from '../../../src/ecosystems/npm/index.js';
import type { AdapterEnv } from '../../../src/ecosystems/types.js';
import { runTests } from '../../../src/gate/run-tests.js';
import { readCoverageReport } from '../../../src/reports/coverage.js';
import { qualityGate } from '../../../src/stages/quality-gate.js';
import { makeNpmFixture, type NpmFixture } from '../../helpers/npm-fixtures.js';
import { git, makeRepo } from '../../helpers/repo.js';

const npmAdapter = await withPipeline(npmDescription);

const env: AdapterEnv = { exec, logger: silentLogger, tools: {} };
const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

async function fixture(opts: Parameters<typeof makeNpmFixture>[0]): Promise<NpmFixture> {
  const f = await makeNpmFixture(opts);
  cleanups.push(f.cleanup);
  return f;
}

async function reportDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'relay-npm-reports-'));
  cleanups.push(() => rm(d, { recursive: true, force: true }));
  return d;
}

const JEST_TESTS = `const { greet } = require('../index.js');
test('greets', () => expect(greet('a')).toBe('hello a'));
test('greets twice', () => expect(greet('b')).toBe('hello b'));
test.skip('later', () => {});
`;

describe('jest without jest-junit: counts from its JSON results, coverage from LCOV', () => {
  test('a passing suite is counted and its coverage read', async () => {
    const f = await fixture({ shape: 'cjs', name: 'fixture-jest', testScript: 'jest', linkNodeModules: true, files: { 'test/greet.test.js': JEST_TESTS } });
    const dir = await reportDir();
    const plan = await npmAdapter.defaultTestCommand(env, { packageDir: f.dir, reportDir: dir, info: await npmAdapter.readPackage(f.dir, '.'), coverage: true });
    expect(plan.reportFormat).toBe('jest-json');
    const r = await runTests({ command: plan.argv, cwd: f.dir, junitFile: plan.junitFile, reportFormat: plan.reportFormat, junitOptional: plan.junitOptional, env: plan.env, timeoutMs: 120_000, retries: 0, exec, logger: silentLogger });
    expect(r).toMatchObject({ exitCode: 0, counted: true });
    expect(r.report).toMatchObject({ passed: 2, failed: 0, skipped: 1 });
    const coverage = await readCoverageReport(plan.coverageFile as string);
    expect(coverage.linePercent).toBe(100);
  });

  test('a failing jest test is counted by file and name', async () => {
    const f = await fixture({ shape: 'cjs', name: 'fixture-jest-fails', testScript: 'jest', linkNodeModules: true, files: { 'test/greet.test.js': `${JEST_TESTS}test('is broken', () => expect(1).toBe(2));\n` } });
    const dir = await reportDir();
    const plan = await npmAdapter.defaultTestCommand(env, { packageDir: f.dir, reportDir: dir, info: await npmAdapter.readPackage(f.dir, '.'), coverage: false });
    const r = await runTests({ command: plan.argv, cwd: f.dir, junitFile: plan.junitFile, reportFormat: plan.reportFormat, junitOptional: plan.junitOptional, timeoutMs: 120_000, retries: 0, exec, logger: silentLogger });
    expect(r.exitCode).not.toBe(0);
    expect(r.report).toMatchObject({ passed: 2, failed: 1, failedNames: ['test/greet.test.js::is broken'] });
  });
});

describe('a script with no reporter at all: the exit code decides', () => {
  test('exit 0 passes without counts; exit 1 fails after a whole rerun', async () => {
    const ok = await fixture({ shape: 'esm', name: 'fixture-plain', testScript: 'node test/check.js', files: { 'test/check.js': "import { greet } from '../index.js';\nif (greet('x') !== 'hello x') process.exit(1);\nconsole.log('fine');\n" } });
    const dir = await reportDir();
    const plan = await npmAdapter.defaultTestCommand(env, { packageDir: ok.dir, reportDir: dir, info: await npmAdapter.readPackage(ok.dir, '.'), coverage: false });
    expect(plan.argv).toEqual(['npm', 'run', 'test']);
    const passed = await runTests({ command: plan.argv, cwd: ok.dir, junitFile: plan.junitFile, junitOptional: plan.junitOptional, timeoutMs: 60_000, retries: 1, retryDelayMs: 0, exec, logger: silentLogger });
    expect(passed).toMatchObject({ exitCode: 0, counted: false, attempts: 1 });
    expect(passed.outputTail).toContain('fine');

    const bad = await fixture({ shape: 'esm', name: 'fixture-plain-fails', testScript: 'node test/check.js', files: { 'test/check.js': "console.error('greet is wrong');\nprocess.exit(1);\n" } });
    const failed = await runTests({ command: ['npm', 'run', 'test'], cwd: bad.dir, junitFile: join(dir, 'none.xml'), junitOptional: true, timeoutMs: 60_000, retries: 1, retryDelayMs: 0, exec, logger: silentLogger });
    expect(failed).toMatchObject({ exitCode: 1, counted: false, attempts: 2 });
    expect(failed.outputTail).toContain('greet is wrong');
  });

  test('the gate approves a compound script by exit code and rejects a coverage threshold it cannot measure, naming the fix', async () => {
    const f = await fixture({ shape: 'esm', name: 'fixture-compound', testScript: 'node test/check.js && node test/check.js', files: { 'test/check.js': "import { greet } from '../index.js';\nprocess.exit(greet('x') === 'hello x' ? 0 : 1);\n" } });
    const repo = await makeRepo(f.dir);
    cleanups.push(repo.cleanup);
    await git(repo.dir, 'tag', 'v1.0.0');
    const artifactDir = join(repo.root, 'artifacts');
    const approved = await qualityGate({ cwd: repo.dir, tag: 'v1.0.0', requireCi: false, readmeExamples: false, artifactDir }, { exec, logger: silentLogger });
    expect(approved.approved).toBe(true);
    expect(approved.context.gate?.tests).toMatchObject({ counted: false, passed: 0, failed: 0 });
    expect(approved.context.gate?.checks.find((c) => c.name === 'tests')?.detail).toMatch(/exited 0.*junit-file/);

    const withThreshold = await qualityGate({ cwd: repo.dir, tag: 'v1.0.0', requireCi: false, readmeExamples: false, artifactDir, coverageThreshold: 80 }, { exec, logger: silentLogger });
    expect(withThreshold.approved).toBe(false);
    const coverage = withThreshold.context.gate?.checks.find((c) => c.name === 'coverage');
    expect(coverage?.detail).toMatch(/coverage-report/);
    expect(coverage?.detail).toMatch(/c8/);
  });
});
