/**
 * npm packages in the shapes they come in (issue 17), each made by the test, gated and published to a real
 * verdaccio: ESM-only, CommonJS, dual, TypeScript built by prepack, a bin, no lockfile. The clean install
 * check loads each as a user would (import, require, both) and runs the bins with --help; broken shapes are
 * caught with the fix named.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { exec } from '../../../src/core/exec.js';
import { consoleLogger } from '../../../src/core/log.js';
import { fetchPackument } from '../../../src/ecosystems/npm/registry-api.js';
import { withPipeline } from '../../../src/ecosystems/adapters.js';
import { npmAdapter as npmDescription } from '../../../src/ecosystems/npm/index.js';
import { installNpmDependencies } from '../../../src/ecosystems/npm/install-dependencies.js';
import type { AdapterEnv } from '../../../src/ecosystems/types.js';
import { publishAndVerify } from '../../../src/stages/publish-and-verify.js';
import { qualityGate } from '../../../src/stages/quality-gate.js';
import { startVerdaccio, type Verdaccio } from '../../fixtures/verdaccio.js';
import { makeNpmFixture, type FixtureOptions, type NpmFixture } from '../../helpers/npm-fixtures.js';
import { git, makeRepo } from '../../helpers/repo.js';

const npmAdapter = await withPipeline(npmDescription);

let registry: Verdaccio;
const cleanups: (() => unknown)[] = [];
const lines: string[] = [];
const logger = consoleLogger({ write: (l) => lines.push(l) });
const env: AdapterEnv = { exec, logger, tools: {} };

beforeAll(async () => {
  registry = await startVerdaccio();
});
afterAll(async () => {
  await registry?.close();
  for (const c of cleanups.reverse()) await c();
});

async function fixture(opts: FixtureOptions): Promise<NpmFixture> {
  const f = await makeNpmFixture(opts);
  cleanups.push(f.cleanup);
  return f;
}

async function temp(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'relay-npm-shapes-'));
  cleanups.push(() => rm(d, { recursive: true, force: true }));
  return d;
}

/** Gates the fixture from a v1.0.0 tag in its own repository, publishes it to verdaccio, verifies the install. */
async function release(f: NpmFixture): Promise<{ approved: boolean; decision: string; files: string[]; verified?: boolean }> {
  const repo = await makeRepo(f.dir);
  cleanups.push(repo.cleanup);
  await git(repo.dir, 'tag', 'v1.0.0');
  const artifactDir = join(repo.root, 'artifacts');
  lines.length = 0;
  const gated = await qualityGate({ cwd: repo.dir, tag: 'v1.0.0', requireCi: false, artifactDir, installDependencies: false }, { exec, logger });
  if (!gated.approved) return { approved: false, decision: gated.decision, files: [] };
  const listing = (await exec('tar', ['-tzf', join(artifactDir, gated.context.artifacts?.[0]?.file ?? '')])).stdout.split('\n').filter(Boolean).sort();
  // A tag-triggered gate writes the release notes itself (the tag's changelog section, or its commits).
  expect(gated.context.changelog?.section_markdown).toMatch(/^## \[1\.0\.0\]/);
  const published = await publishAndVerify(
    { cwd: repo.dir, context: gated.context, artifactDir, registries: [registry.url], token: registry.token, useOidc: false, pushTag: false, verifyTimeoutMs: 60_000, verifyPollMs: 50, retryDelayMs: 10 },
    { exec, logger },
  );
  return { approved: true, decision: gated.decision, files: listing, verified: published.verified };
}

describe('each shape is gated, published to verdaccio and installed as a user would', () => {
  test('ESM only: loaded with import', async () => {
    const r = await release(await fixture({ shape: 'esm', name: 'shape-esm' }));
    expect(r).toMatchObject({ approved: true, verified: true });
    expect(lines.join('\n')).toMatch(/shape-esm loads with import \(ESM/);
  });

  test('CommonJS: loaded with require', async () => {
    const r = await release(await fixture({ shape: 'cjs', name: 'shape-cjs' }));
    expect(r).toMatchObject({ approved: true, verified: true });
    expect(lines.join('\n')).toMatch(/shape-cjs loads with require \(CommonJS/);
  });

  test('dual: loaded with import and with require', async () => {
    const r = await release(await fixture({ shape: 'dual', name: 'shape-dual' }));
    expect(r).toMatchObject({ approved: true, verified: true });
    expect(lines.join('\n')).toMatch(/shape-dual loads with import and require \(dual/);
  });

  test('TypeScript: the checkout has no dist/; pack runs prepack (tsc) and the tarball holds the build', async () => {
    const f = await fixture({ shape: 'typescript', name: '@relay-fixtures/shape-ts', linkNodeModules: true, manifest: { publishConfig: { access: 'public' } } });
    const r = await release(f);
    expect(r).toMatchObject({ approved: true, verified: true });
    expect(r.files).toEqual(expect.arrayContaining(['package/dist/index.js', 'package/dist/index.d.ts']));
    expect(r.files.some((p) => p.startsWith('package/src/'))).toBe(false);
    const packument = await fetchPackument({ registry: registry.url, name: '@relay-fixtures/shape-ts' });
    expect(Object.keys(packument?.versions ?? {})).toEqual(['1.0.0']);
  });

  test('a bin: linked, and "<bin> --help" runs from the installed copy', async () => {
    const r = await release(await fixture({ shape: 'bin', name: 'shape-bin' }));
    expect(r).toMatchObject({ approved: true, verified: true });
    expect(lines.join('\n')).toContain('fixture-greet --help: exit 0');
  });
});

describe('broken shapes are caught before anything is published, with the fix named', () => {
  test('a dual package whose require target is not in the tarball', async () => {
    const f = await fixture({ shape: 'dual', name: 'shape-dual-broken', manifest: { files: ['esm'] } });
    const r = await release(f);
    expect(r.approved).toBe(false);
    expect(r.decision).toMatch(/require\('shape-dual-broken'\) failed/);
    expect(await fetchPackument({ registry: registry.url, name: 'shape-dual-broken' })).toBeNull();
  });

  test('a bin that crashes on start (a module it needs is missing)', async () => {
    const f = await fixture({ shape: 'bin', name: 'shape-bin-broken', files: { 'cli.js': "#!/usr/bin/env node\nimport './helpers.js';\n" } });
    const r = await release(f);
    expect(r.approved).toBe(false);
    expect(r.decision).toMatch(/bin "fixture-greet" crashed on "fixture-greet --help"/);
  });

  test('a CLI that does not know --help but exits non-zero without crashing is accepted', async () => {
    const f = await fixture({ shape: 'bin', name: 'shape-bin-nohelp', files: { 'cli.js': "#!/usr/bin/env node\nconsole.error('unknown option --help');\nprocess.exit(2);\n" } });
    const out = await temp();
    const files = await npmAdapter.build(env, { packageDir: f.dir, outDir: out, isolated: true });
    const result = await npmAdapter.installCheck(env, { files, info: await npmAdapter.readPackage(f.dir, '.'), version: '1.0.0' });
    expect(result.ok).toBe(true);
  });
});

describe('dependencies are installed the way the lockfile allows', () => {
  test('no lockfile: npm install (npm ci would refuse); with a lockfile: npm ci', async () => {
    const none = await fixture({ shape: 'esm', name: 'shape-nolock' });
    const first = await installNpmDependencies(env, { root: none.dir, packageDir: none.dir });
    expect(first.command).toEqual(['npm', 'install']);
    // npm install wrote the lockfile: the next install is a frozen one.
    const again = await installNpmDependencies(env, { root: none.dir, packageDir: none.dir });
    expect(again.command).toEqual(['npm', 'ci']);
    expect(basename(again.packageManager.lockfile ?? '')).toBe('package-lock.json');
  });

  test('a lockfile out of step with package.json fails with the fix named', async () => {
    const f = await fixture({ shape: 'esm', name: 'shape-stale-lock', lockfile: true });
    const manifest = JSON.parse(await readFile(join(f.dir, 'package.json'), 'utf8'));
    manifest.dependencies = { 'shape-esm': '^1.0.0' };
    await writeFile(join(f.dir, 'package.json'), JSON.stringify(manifest));
    await expect(installNpmDependencies(env, { root: f.dir, packageDir: f.dir })).rejects.toMatchObject({ code: 'COMMAND_FAILED', hint: expect.stringContaining('commit it') });
  });
});
