import { afterAll, describe, expect, test } from '@jest/globals';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { sha256File } from '../../../src/core/digest.js';
import { exec } from '../../../src/core/exec.js';
import { silentLogger } from '../../../src/core/log.js';
import { withPipeline } from '../../../src/ecosystems/adapters.js';
import { npmAdapter as npmDescription } from '../../../src/ecosystems/npm/index.js';
import { planNpmTestCommand } from '../../../src/ecosystems/npm/test-command.js';
import type { AdapterEnv } from '../../../src/ecosystems/types.js';
import { runTests } from '../../../src/gate/run-tests.js';
import { readCoverageReport } from '../../../src/reports/coverage.js';

const npmAdapter = await withPipeline(npmDescription);

const EXAMPLE = join(process.cwd(), 'examples', 'npm-package');
const env: AdapterEnv = { exec, logger: silentLogger, tools: {} };
const temps: string[] = [];
afterAll(async () => {
  for (const d of temps) await rm(d, { recursive: true, force: true });
});

async function temp(prefix: string): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), prefix));
  temps.push(d);
  return d;
}

/** A copy of the example package to change freely. */
async function exampleCopy(): Promise<string> {
  const dir = join(await temp('relay-npm-pkg-'), 'pkg');
  await cp(EXAMPLE, dir, { recursive: true, filter: (p) => !/node_modules|\.tgz$/.test(p) });
  return dir;
}

describe('default test command', () => {
  test('node --test on the example writes JUnit counts and LCOV coverage the gate reads', async () => {
    const reportDir = await temp('relay-npm-reports-');
    const info = await npmAdapter.readPackage(EXAMPLE, '.');
    const plan = await npmAdapter.defaultTestCommand(env, { packageDir: EXAMPLE, reportDir, info });
    expect(plan.argv.slice(0, 2)).toEqual(['node', '--test']);
    const r = await runTests({ command: plan.argv, cwd: EXAMPLE, junitFile: plan.junitFile, timeoutMs: 60_000, retries: 0, exec, logger: silentLogger });
    expect(r.exitCode).toBe(0);
    expect(r.report).toMatchObject({ passed: 3, failed: 0, errors: 0, skipped: 0 });
    const coverage = await readCoverageReport(plan.coverageFile as string);
    expect(coverage.format).toBe('lcov');
    expect(coverage.linePercent).toBeGreaterThan(90);
  });

  test('a failing test is counted by name', async () => {
    const dir = await exampleCopy();
    await writeFile(join(dir, 'test', 'broken.test.js'), "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\ntest('is broken', () => assert.equal(1, 2));\n");
    const reportDir = await temp('relay-npm-reports-');
    const plan = await npmAdapter.defaultTestCommand(env, { packageDir: dir, reportDir, info: await npmAdapter.readPackage(dir, '.') });
    const r = await runTests({ command: plan.argv, cwd: dir, junitFile: plan.junitFile, timeoutMs: 60_000, retries: 0, exec, logger: silentLogger });
    expect(r.exitCode).not.toBe(0);
    expect(r.report.passed).toBe(3);
    expect(r.report.failed + r.report.errors).toBe(1);
    expect(r.report.failedNames.join(' ')).toContain('is broken');
  });

  test('reporters the gate adds per runner; any other script runs as written and its exit code decides', () => {
    const jest = planNpmTestCommand({ scripts: { test: 'jest' }, devDependencies: { jest: '^29', 'jest-junit': '^16' } }, { reportDir: '/r' });
    expect(jest.argv).toEqual(['npm', 'run', 'test', '--', '--ci', '--reporters=default', '--reporters=jest-junit', '--coverage', '--coverageReporters=lcov', '--coverageDirectory=/r/coverage']);
    expect(jest.env).toEqual({ JEST_JUNIT_OUTPUT_DIR: '/r', JEST_JUNIT_OUTPUT_NAME: 'junit.xml' });
    // Without jest-junit: Jest's own JSON results give the counts.
    const jestJson = planNpmTestCommand({ scripts: { test: 'NODE_OPTIONS=--experimental-vm-modules jest' } }, { reportDir: '/r', coverage: false });
    expect(jestJson).toMatchObject({ argv: ['npm', 'run', 'test', '--', '--ci', '--json', '--outputFile=/r/jest-results.json'], reportFormat: 'jest-json', coverageFile: undefined });
    const vitest = planNpmTestCommand({ scripts: { test: 'vitest run' }, devDependencies: { vitest: '^2' } }, { reportDir: '/r', packageManager: { name: 'pnpm', berry: false, source: 'pnpm-lock.yaml' } });
    expect(vitest.argv.slice(0, 3)).toEqual(['pnpm', 'run', 'test']);
    expect(vitest.argv).toContain('--outputFile.junit=/r/junit.xml');
    expect(vitest.coverageFile).toBeUndefined();
    expect(vitest.coverageMissingHint).toContain('c8');
    const mocha = planNpmTestCommand({ scripts: { test: 'mocha test/' } }, { reportDir: '/r', installed: new Set(['c8']) });
    expect(mocha.argv).toEqual(['c8', '--reporter=lcovonly', '--report-dir=/r/coverage', 'npm', 'run', 'test', '--', '--reporter=xunit', '--reporter-option=output=/r/junit.xml']);
    expect(mocha.coverageFile).toBe('/r/coverage/lcov.info');
    const nodeTest = planNpmTestCommand({ scripts: { test: 'node --test test/' } }, { reportDir: '/r', coverageExclude: true });
    expect(nodeTest.argv[nodeTest.argv.length - 1]).toBe('test/');
    expect(nodeTest.argv).toContain('--test-coverage-exclude=**/*.test.*');
    // A glob on a Node without glob support in --test goes through the shell; with it, node expands it.
    expect(planNpmTestCommand({ scripts: { test: 'node --test test/*.test.js' } }, { reportDir: '/r', nodeTestGlobs: false })).toMatchObject({ argv: ['npm', 'run', 'test'], junitOptional: true });
    expect(planNpmTestCommand({ scripts: { test: 'node --test test/*.test.js' } }, { reportDir: '/r', nodeTestGlobs: true }).argv.slice(0, 2)).toEqual(['node', '--test']);
    for (const script of ['xo && ava && tsd', 'ava', 'tap test/*.js', 'mocha && eslint .']) {
      const plan = planNpmTestCommand({ scripts: { test: script } }, { reportDir: '/r', userJunitFile: '/pkg/junit.xml' });
      expect(plan).toMatchObject({ argv: ['npm', 'run', 'test'], junitFile: '/pkg/junit.xml', junitOptional: true });
    }
    expect(planNpmTestCommand({ scripts: { test: 'ava' } }, { reportDir: '/r', userCoverageReport: '/pkg/coverage/lcov.info' }).coverageFile).toBe('/pkg/coverage/lcov.info');
  });
});

describe('build and clean install check', () => {
  test('npm pack builds one tarball; its sha256 is stable across packs of the same tree', async () => {
    const out1 = await temp('relay-npm-out-');
    const out2 = await temp('relay-npm-out-');
    const [a] = await npmAdapter.build(env, { packageDir: EXAMPLE, outDir: out1, isolated: true });
    const [b] = await npmAdapter.build(env, { packageDir: EXAMPLE, outDir: out2, isolated: true });
    expect(basename(a)).toBe('relay-npm-example-0.1.0.tgz');
    expect(await sha256File(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(await sha256File(a)).toBe(await sha256File(b));
    const listing = (await exec('tar', ['-tzf', a])).stdout.split('\n').filter(Boolean).sort();
    expect(listing).toEqual(['package/LICENSE', 'package/README.md', 'package/package.json', 'package/src/index.js']);
    await expect(npmAdapter.build(env, { packageDir: EXAMPLE, outDir: out1, isolated: true, tool: 'gradle' })).rejects.toMatchObject({ code: 'BAD_INPUT', hint: expect.stringContaining('npm, pnpm or yarn') });
  });

  test('the example installs into an empty project, loads, reports 0.1.0 and its README example runs', async () => {
    const out = await temp('relay-npm-out-');
    const files = await npmAdapter.build(env, { packageDir: EXAMPLE, outDir: out, isolated: true });
    const info = await npmAdapter.readPackage(EXAMPLE, '.');
    const r = await npmAdapter.installCheck(env, { files, info, version: '0.1.0', readmeFile: join(EXAMPLE, 'README.md'), smokeCommand: ['node', '-e', "import('relay-npm-example').then((m) => process.exit(m.slugify('A B') === 'a-b' ? 0 : 1))"] });
    expect(r).toMatchObject({ ok: true, examplesRun: 1 });
    expect(r.runtime).toMatch(/^node v\d+/);
    // Asking for another version fails with the version in the reason.
    const wrong = await npmAdapter.installCheck(env, { files, info, version: '0.2.0' });
    expect(wrong.ok).toBe(false);
    expect(wrong.reason).toContain('0.1.0');
  });

  test('a "files" field that leaves a module out: the tarball installs but importing it fails', async () => {
    const dir = await exampleCopy();
    await writeFile(join(dir, 'src', 'words.js'), 'export const SEP = "-";\n');
    const index = await readFile(join(dir, 'src', 'index.js'), 'utf8');
    await writeFile(join(dir, 'src', 'index.js'), `import { SEP } from './words.js';\n${index.replace("'-')", 'SEP)')}`);
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    manifest.files = ['src/index.js'];
    await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const out = await temp('relay-npm-out-');
    const files = await npmAdapter.build(env, { packageDir: dir, outDir: out, isolated: true });
    const r = await npmAdapter.installCheck(env, { files, info: await npmAdapter.readPackage(dir, '.'), version: '0.1.0' });
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/cannot be loaded/);
    expect(`${r.reason}\n${r.logExcerpt}`).toContain('words.js');
  });

  test('a README example that throws fails the check with its line', async () => {
    const dir = await exampleCopy();
    const readme = await readFile(join(dir, 'README.md'), 'utf8');
    await writeFile(join(dir, 'README.md'), readme.replace("'hello-world'", "'hello world'"));
    const out = await temp('relay-npm-out-');
    const files = await npmAdapter.build(env, { packageDir: dir, outDir: out, isolated: true });
    const r = await npmAdapter.installCheck(env, { files, info: await npmAdapter.readPackage(dir, '.'), version: '0.1.0', readmeFile: join(dir, 'README.md') });
    expect(r.ok).toBe(false);
    expect(r.failedExample?.line).toBe(readme.split('\n').indexOf('```js') + 1);
    expect(r.failedExample?.error).toMatch(/AssertionError/);
  });
});
