/**
 * A repository that used semantic-release or release-please switches without rewriting its history (issue 17):
 * their tag formats name the last release and the next tag, semantic-release's branches say where a release may
 * run, and release-please's manifest is kept in step as a version file.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../../../src/core/exec.js';
import { silentLogger } from '../../../src/core/log.js';
import { branchMatches, readProjectReleaseConfig, tagFormatToTemplate } from '../../../src/ecosystems/npm/release-config.js';
import { prepareRelease } from '../../../src/stages/prepare-release.js';
import { makeNpmFixture } from '../../helpers/npm-fixtures.js';
import { commit, git, makeRepo, type TempRepo } from '../../helpers/repo.js';

const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function dir(files: Record<string, string>): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'relay-release-config-'));
  cleanups.push(() => rm(d, { recursive: true, force: true }));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(d, path, '..'), { recursive: true });
    await writeFile(join(d, path), content);
  }
  return d;
}

/** A repository holding an ESM fixture package plus `files`, released once at `tag`, with a feat commit since. */
async function releasedRepo(opts: { name: string; version: string; tag: string; files?: Record<string, string> }): Promise<TempRepo> {
  const f = await makeNpmFixture({ shape: 'esm', name: opts.name, version: opts.version, files: opts.files });
  cleanups.push(f.cleanup);
  const repo = await makeRepo(f.dir);
  cleanups.push(repo.cleanup);
  await git(repo.dir, 'tag', '-a', '-m', 'release', opts.tag);
  await commit(repo.dir, 'feat: a new greeting');
  return repo;
}

describe('reading the configs', () => {
  test('tagFormat becomes a tag template; only ${version} is known', () => {
    expect(tagFormatToTemplate('v${version}', '.releaserc')).toBe('v{version}');
    expect(tagFormatToTemplate('release-${ version }', '.releaserc')).toBe('release-{version}');
    expect(() => tagFormatToTemplate('${name}@${version}', '.releaserc')).toThrow(expect.objectContaining({ code: 'BAD_INPUT', hint: expect.stringContaining('tag-template') }));
  });

  test('branches: names, globs and the maintenance pattern', () => {
    const defaults = ['+([0-9])?(.{+([0-9]),x}).x', 'main', 'next'];
    expect(['1.x', '1.2.x', 'main', 'next'].every((b) => branchMatches(b, defaults))).toBe(true);
    expect(['feature/x', 'mainline', '1.2.3'].some((b) => branchMatches(b, defaults))).toBe(false);
    expect(branchMatches('release/2024', ['release/*'])).toBe(true);
  });

  test('semantic-release from .releaserc (YAML), .releaserc.json, package.json "release"; a JS config is not run', async () => {
    const yaml = await dir({ 'package.json': '{"name":"a","version":"1.0.0"}', '.releaserc': 'tagFormat: "a-v${version}"\nbranches:\n  - main\n  - name: beta\n    prerelease: true\n' });
    expect(await readProjectReleaseConfig(yaml, '.', 'a')).toEqual({ tagTemplate: 'a-v{version}', branches: ['main', 'beta'], source: '.releaserc' });
    const json = await dir({ 'package.json': '{"name":"a","version":"1.0.0"}', '.releaserc.json': '{"branches": "trunk"}' });
    expect(await readProjectReleaseConfig(json, '.', 'a')).toEqual({ tagTemplate: undefined, branches: ['trunk'], source: '.releaserc.json' });
    const inManifest = await dir({ 'package.json': '{"name":"a","version":"1.0.0","release":{"tagFormat":"${version}"}}' });
    expect(await readProjectReleaseConfig(inManifest, '.', 'a')).toMatchObject({ tagTemplate: '{version}', source: 'package.json "release"', branches: expect.arrayContaining(['main', 'master']) });
    const js = await dir({ 'package.json': '{"name":"a","version":"1.0.0"}', 'release.config.js': 'module.exports = {}' });
    expect(await readProjectReleaseConfig(js, '.', 'a')).toMatchObject({ source: 'release.config.js', note: expect.stringContaining('tag-template') });
    expect(await readProjectReleaseConfig(await dir({ 'package.json': '{"name":"a","version":"1.0.0"}' }), '.', 'a')).toBeNull();
  });

  test('release-please: component tags (scope dropped), include-v-in-tag, tag-separator, the root package', async () => {
    const mono = await dir({
      'release-please-config.json': JSON.stringify({ packages: { 'packages/core': {}, 'packages/cli': { 'include-v-in-tag': false, 'tag-separator': '@' } } }),
      '.release-please-manifest.json': '{"packages/core":"2.0.0","packages/cli":"0.3.0"}',
    });
    expect(await readProjectReleaseConfig(mono, 'packages/core', '@acme/core')).toMatchObject({ tagTemplate: 'core-v{version}' });
    expect(await readProjectReleaseConfig(mono, 'packages/cli', '@acme/cli')).toMatchObject({ tagTemplate: 'cli@{version}' });
    const single = await dir({ 'release-please-config.json': '{"include-component-in-tag": false, "packages": {".": {}}}', '.release-please-manifest.json': '{".":"1.0.0"}' });
    expect(await readProjectReleaseConfig(single, '.', 'x')).toMatchObject({ tagTemplate: 'v{version}' });
  });
});

describe('prepare-release honours them', () => {
  test('semantic-release tagFormat: the last release is found by it and the next tag follows it', async () => {
    const repo = await releasedRepo({ name: 'sr-tags', version: '1.0.0', tag: 'release-1.0.0', files: { '.releaserc.json': '{"tagFormat":"release-${version}","branches":["main"]}' } });
    const r = await prepareRelease({ cwd: repo.dir, date: '2025-01-15' }, { exec, logger: silentLogger });
    expect(r.context.version).toMatchObject({ previous: '1.0.0', next: '1.1.0', tag: 'release-1.1.0', released: true });
    expect(r.deciding.map((c) => c.description)).toEqual(['a new greeting']);
  });

  test('a branch that is not a release branch is refused before anything is written', async () => {
    const repo = await releasedRepo({ name: 'sr-branch', version: '1.0.0', tag: 'v1.0.0', files: { '.releaserc.json': '{"branches":["main"]}' } });
    await git(repo.dir, 'checkout', '-q', '-b', 'feature/x');
    const head = await git(repo.dir, 'rev-parse', 'HEAD');
    await expect(prepareRelease({ cwd: repo.dir }, { exec, logger: silentLogger })).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('"feature/x" is not a release branch in .releaserc.json'), hint: expect.stringContaining('add "feature/x" to "branches"') });
    expect(await git(repo.dir, 'rev-parse', 'HEAD')).toBe(head);
    expect(await git(repo.dir, 'status', '--porcelain')).toBe('');
  });

  test('release-please manifest: its tag format, and the manifest moves with package.json', async () => {
    const repo = await releasedRepo({
      name: 'rp-single',
      version: '1.0.0',
      tag: 'v1.0.0',
      files: { 'release-please-config.json': '{\n  "include-component-in-tag": false,\n  "packages": { ".": {} }\n}\n', '.release-please-manifest.json': '{\n  ".": "1.0.0"\n}\n' },
    });
    const r = await prepareRelease({ cwd: repo.dir, date: '2025-01-15' }, { exec, logger: silentLogger });
    expect(r.context.version).toMatchObject({ previous: '1.0.0', next: '1.1.0', tag: 'v1.1.0' });
    expect(r.context.package.version_files).toEqual(['package.json', '.release-please-manifest.json']);
    expect(await readFile(join(repo.dir, '.release-please-manifest.json'), 'utf8')).toBe('{\n  ".": "1.1.0"\n}\n');
    expect(JSON.parse(await readFile(join(repo.dir, 'package.json'), 'utf8')).version).toBe('1.1.0');
  });

  test('a semantic-release placeholder version is refused with the fix, before anything is written', async () => {
    const repo = await releasedRepo({ name: 'sr-placeholder', version: '0.0.0-development', tag: 'v1.4.0', files: { '.releaserc.json': '{"branches":["main"]}' } });
    await expect(prepareRelease({ cwd: repo.dir }, { exec, logger: silentLogger })).rejects.toMatchObject({ code: 'NO_VERSION', message: expect.stringContaining('placeholder'), hint: expect.stringContaining('last released version') });
    expect(await git(repo.dir, 'status', '--porcelain')).toBe('');
  });

  test('a manifest out of step with package.json is refused with the fix', async () => {
    const repo = await releasedRepo({ name: 'rp-stale', version: '1.0.0', tag: 'v1.0.0', files: { 'release-please-config.json': '{"packages": {".": {}}}', '.release-please-manifest.json': '{".": "0.9.0"}' } });
    await expect(prepareRelease({ cwd: repo.dir }, { exec, logger: silentLogger })).rejects.toMatchObject({ code: 'VERSION_CONFLICT', hint: expect.stringContaining('Set "." in .release-please-manifest.json to "1.0.0"') });
  });
});
