/**
 * Installable: `npm pack` of this repository gives a small package whose runtime is the ncc bundle, so it
 * installs OFFLINE, with an empty npm cache, into an empty directory, and runs there with nothing else from
 * this repository: `npx release-relay --help`, `doctor` and `run --dry-run` on a real project.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, type ExecResult } from '../../src/core/exec.js';
import { ensureBundle } from '../helpers/bundled-action.js';
import { releasableRepo, repoState, type ReleasableRepo } from '../helpers/release-repo.js';

const root = mkdtempSync(join(tmpdir(), 'relay-pack-'));
const project = join(root, 'empty-project');
const cache = join(root, 'npm-cache');
let tarball: string;
let packed: { files: { path: string }[]; size: number; unpackedSize: number };
let r: ReleasableRepo;

/** npm with its own empty cache and user config, offline, outside this repository. */
function npm(args: string[], cwd: string): Promise<ExecResult> {
  // npm's own options go first: after `--` everything belongs to the program npm exec runs.
  return exec('npm', ['--offline', '--cache', cache, '--userconfig', join(root, 'npmrc'), '--no-audit', '--no-fund', '--no-update-notifier', ...args], { cwd, check: false });
}

beforeAll(async () => {
  await ensureBundle('cli');
  const out = await exec('npm', ['pack', '--json', '--pack-destination', root, '--cache', cache, '--no-update-notifier'], { cwd: process.cwd() });
  [packed] = JSON.parse(out.stdout) as (typeof packed & { filename: string })[];
  tarball = join(root, (packed as unknown as { filename: string }).filename);
  mkdirSync(project);
  r = await releasableRepo();
}, 180_000);
afterAll(() => {
  r?.cleanup();
  rmSync(root, { recursive: true, force: true });
});

describe('npm pack', () => {
  test('the package holds the CLI bundle, package.json and the README, nothing else; it is small and declares no dependencies', () => {
    const paths = packed.files.map((f) => f.path).sort();
    expect(paths).toContain('dist/cli/index.js');
    expect(paths).toContain('package.json');
    expect(paths).toContain('README.md');
    expect(paths.filter((p) => !/^dist\/cli\/[^/]+\.(js|cjs|json|txt)$/.test(p) && !['package.json', 'README.md'].includes(p))).toEqual([]);
    expect(paths.some((p) => p.endsWith('.map'))).toBe(false);
    expect(statSync(tarball).size).toBeLessThan(1_500_000);
    const manifest = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.bin).toEqual({ 'release-relay': 'dist/cli/index.js' });
  });
});

describe('installed offline into an empty directory', () => {
  beforeAll(async () => {
    const install = await npm(['install', tarball], project);
    if (install.code !== 0) throw new Error(`npm install failed:\n${install.stdout}\n${install.stderr}`);
  }, 180_000);

  test('npx release-relay --help runs the installed copy', async () => {
    const help = await npm(['exec', '--no', '--', 'release-relay', '--help'], project);
    expect(help.stderr).not.toMatch(/Error|Cannot find/);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: release-relay <command> [options]');
    // Only the package itself was installed: no dependencies came along.
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    expect(Object.keys(lock.packages).sort()).toEqual(['', 'node_modules/release-relay']);
  });

  test('doctor and run --dry-run work on a real project from the installed copy, and write nothing', async () => {
    const before = await repoState(r);
    const doctor = await npm(['exec', '--no', '--', 'release-relay', 'doctor', '--dir', r.dir, '--python', '/usr/bin/python3'], project);
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toContain('version source');
    expect(doctor.stdout).toMatch(/would release relay-example 0\.1\.0 → 0\.2\.0/);
    const run = await npm(['exec', '--no', '--', 'release-relay', 'run', '--dir', r.dir, '--registries', 'http://127.0.0.1:9/', '--dry-run', '--context-file', join(root, 'ctx.json')], project);
    expect(run.stderr).not.toContain('release-relay:');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^prepare-release: Dry run: would release relay-example 0\.1\.0 → 0\.2\.0/m);
    expect(await repoState(r)).toEqual(before);
    expect((await exec(process.execPath, [join(project, 'node_modules', 'release-relay', 'dist', 'cli', 'index.js'), '--version'])).stdout.trim()).toBe('0.1.0');
  });
});
