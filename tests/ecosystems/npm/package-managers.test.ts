/**
 * Package managers (issue 17): detection from the packageManager field and the lockfiles, and the whole gate
 * path (install, test script, pack, clean install) with real pnpm and yarn 1. They are taken from PATH, or
 * installed from the npm registry into a temp prefix (`npm install pnpm yarn@1`), as .ci/run allows.
 * yarn ≥ 2 (berry) is covered by detection only.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../../../src/core/exec.js';
import { consoleLogger } from '../../../src/core/log.js';
import { withPipeline } from '../../../src/ecosystems/adapters.js';
import { npmAdapter as npmDescription } from '../../../src/ecosystems/npm/index.js';
import { installNpmDependencies } from '../../../src/ecosystems/npm/install-dependencies.js';
import { detectPackageManager, installCommand } from '../../../src/ecosystems/npm/package-manager.js';
import type { AdapterEnv } from '../../../src/ecosystems/types.js';
import { runTests } from '../../../src/gate/run-tests.js';
import { makeNpmFixture, type FixtureOptions, type NpmFixture } from '../../helpers/npm-fixtures.js';

const npmAdapter = await withPipeline(npmDescription);

const PNPM = '9.15.9';
const YARN = '1.22.22';
const cleanups: (() => unknown)[] = [];
const savedEnv: Record<string, string | undefined> = {};
const tools: Record<string, string> = {};
const lines: string[] = [];
const env = (): AdapterEnv => ({ exec, logger: consoleLogger({ write: (l) => lines.push(l) }), tools });

async function temp(prefix = 'relay-pm-'): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), prefix));
  cleanups.push(() => rm(d, { recursive: true, force: true }));
  return d;
}

async function onPath(bin: string, version: string): Promise<string | undefined> {
  const r = await exec(bin, ['--version'], { check: false }).catch(() => null);
  return r?.code === 0 && r.stdout.trim() === version ? bin : undefined;
}

beforeAll(async () => {
  // Stores and caches of the managers go to a temp dir, never the user's home.
  const home = await temp('relay-pm-home-');
  for (const [k, v] of Object.entries({ XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache'), YARN_CACHE_FOLDER: join(home, 'yarn-cache'), npm_config_store_dir: join(home, 'pnpm-store') })) {
    savedEnv[k] = process.env[k];
    process.env[k] = v;
  }
  tools.pnpm = (await onPath('pnpm', PNPM)) ?? '';
  tools.yarn = (await onPath('yarn', YARN)) ?? '';
  if (!tools.pnpm || !tools.yarn) {
    const prefix = await temp('relay-pm-prefix-');
    await exec('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', `pnpm@${PNPM}`, `yarn@${YARN}`], { timeoutMs: 300_000 });
    tools.pnpm ||= join(prefix, 'node_modules', '.bin', 'pnpm');
    tools.yarn ||= join(prefix, 'node_modules', '.bin', 'yarn');
  }
}, 300_000);

afterAll(async () => {
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  for (const c of cleanups.reverse()) await c();
});

async function fixture(opts: FixtureOptions): Promise<NpmFixture> {
  const f = await makeNpmFixture(opts);
  cleanups.push(f.cleanup);
  return f;
}

describe('detection', () => {
  test('the packageManager field wins; else the nearest lockfile (a workspace root one too); else npm', async () => {
    const root = await temp();
    const pkg = join(root, 'packages', 'a');
    await mkdir(pkg, { recursive: true });
    await writeFile(join(pkg, 'package.json'), '{"name":"a","version":"1.0.0"}');
    await writeFile(join(root, 'package.json'), '{"name":"root","private":true}');
    expect(await detectPackageManager(root, pkg)).toMatchObject({ name: 'npm', lockfile: undefined, source: expect.stringContaining('default') });
    expect(installCommand(await detectPackageManager(root, pkg))).toEqual(['npm', 'install']);

    await writeFile(join(root, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n");
    expect(await detectPackageManager(root, pkg)).toMatchObject({ name: 'pnpm', lockfile: join(root, 'pnpm-lock.yaml'), source: 'pnpm-lock.yaml' });

    await writeFile(join(root, 'package.json'), '{"name":"root","private":true,"packageManager":"yarn@4.5.0+sha512.abc"}');
    await writeFile(join(root, 'yarn.lock'), '');
    const yarn = await detectPackageManager(root, pkg);
    expect(yarn).toMatchObject({ name: 'yarn', version: '4.5.0', berry: true, lockfile: join(root, 'yarn.lock') });
    expect(installCommand(yarn)).toEqual(['yarn', 'install', '--immutable']);

    await writeFile(join(root, 'package.json'), '{"name":"root","packageManager":"yarn@1.22.22"}');
    expect(installCommand(await detectPackageManager(root, pkg))).toEqual(['yarn', 'install', '--frozen-lockfile']);

    await writeFile(join(root, 'package.json'), '{"name":"root","packageManager":"bun@1.1.0"}');
    await expect(detectPackageManager(root, pkg)).rejects.toMatchObject({ code: 'BAD_INPUT', hint: expect.stringContaining('"packageManager"') });
  });

  test('a yarn.lock beside .yarnrc.yml is yarn berry', async () => {
    const root = await temp();
    await writeFile(join(root, 'package.json'), '{"name":"x","version":"1.0.0"}');
    await writeFile(join(root, 'yarn.lock'), '');
    expect((await detectPackageManager(root, root)).berry).toBe(false);
    await writeFile(join(root, '.yarnrc.yml'), 'nodeLinker: node-modules\n');
    expect((await detectPackageManager(root, root)).berry).toBe(true);
  });
});

/** The gate's npm-side steps with the fixture's manager: install, test script, pack, clean install. */
async function gatePath(f: NpmFixture, manager: 'pnpm' | 'yarn', lockfile: string): Promise<void> {
  const first = await installNpmDependencies(env(), { root: f.dir, packageDir: f.dir });
  expect(first.command).toEqual([manager, 'install']);
  await expect(readFile(join(f.dir, lockfile), 'utf8')).resolves.toBeDefined();
  const frozen = await installNpmDependencies(env(), { root: f.dir, packageDir: f.dir });
  expect(frozen.command).toEqual([manager, 'install', '--frozen-lockfile']);

  const reports = await temp();
  const plan = await npmAdapter.defaultTestCommand(env(), { packageDir: f.dir, reportDir: reports, info: await npmAdapter.readPackage(f.dir, '.'), coverage: false });
  expect(plan.argv.slice(0, 3)).toEqual([tools[manager], 'run', 'test']);
  const tests = await runTests({ command: plan.argv, cwd: f.dir, junitFile: plan.junitFile, junitOptional: plan.junitOptional, timeoutMs: 120_000, retries: 0, exec, logger: env().logger });
  expect(tests).toMatchObject({ exitCode: 0, counted: false });
  expect(tests.outputTail).toContain('checked');

  const out = await temp();
  const files = await npmAdapter.build(env(), { packageDir: f.dir, outDir: out, isolated: true });
  expect(files.map((p) => p.slice(out.length + 1))).toEqual([`${JSON.parse(await readFile(join(f.dir, 'package.json'), 'utf8')).name}-1.0.0.tgz`]);
  // yarn 1 also lists the directory itself.
  const listing = (await exec('tar', ['-tzf', files[0]])).stdout.split('\n').filter((p) => p.startsWith('package/') && !p.endsWith('/')).sort();
  expect(listing).toEqual(['package/README.md', 'package/index.js', 'package/package.json']);
  const check = await npmAdapter.installCheck(env(), { files, info: await npmAdapter.readPackage(f.dir, '.'), version: '1.0.0' });
  expect(check).toMatchObject({ ok: true });
}

const CHECK = { 'test/check.js': "import { greet } from '../index.js';\nif (greet('x') !== 'hello x') process.exit(1);\nconsole.log('checked');\n" };

describe('real package managers through the gate', () => {
  test(`pnpm ${PNPM}: install, test script, pnpm pack, clean install`, async () => {
    const f = await fixture({ shape: 'esm', name: 'pm-pnpm', testScript: 'node test/check.js', files: CHECK, manifest: { packageManager: `pnpm@${PNPM}` } });
    await gatePath(f, 'pnpm', 'pnpm-lock.yaml');
    expect(lines.join('\n')).toContain('packing with pnpm');
  });

  test(`yarn ${YARN}: install, test script, yarn pack, clean install`, async () => {
    const f = await fixture({ shape: 'esm', name: 'pm-yarn', testScript: 'node test/check.js', files: CHECK, manifest: { packageManager: `yarn@${YARN}` } });
    await gatePath(f, 'yarn', 'yarn.lock');
    expect(lines.join('\n')).toContain('packing with yarn');
  });

  test('a package whose manager is not installed is refused with the fix', async () => {
    const f = await fixture({ shape: 'esm', name: 'pm-missing', manifest: { packageManager: 'pnpm@9.15.9' } });
    const reports = await temp();
    const noPnpm: AdapterEnv = { ...env(), tools: { pnpm: join(reports, 'no-such-pnpm') } };
    await expect(npmAdapter.defaultTestCommand(noPnpm, { packageDir: f.dir, reportDir: reports, info: await npmAdapter.readPackage(f.dir, '.') })).rejects.toMatchObject({ code: 'BAD_INPUT', hint: expect.stringContaining('npm install -g pnpm@9.15.9') });
  });
});
