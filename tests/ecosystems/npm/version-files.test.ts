import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatTag, parseTag } from '../../../src/changelog/tags.js';
import { exec } from '../../../src/core/exec.js';
import { applyEdits } from '../../../src/core/files.js';
import { replaceLiteral } from '../../../src/ecosystems/docs.js';
import { findJsonValue, replaceJsonString } from '../../../src/ecosystems/npm/json-edit.js';
import { npmAdapter } from '../../../src/ecosystems/npm/index.js';
import { PackageJson, PackageLockJson } from '../../../src/ecosystems/npm/version-files.js';
import { detectEcosystem } from '../../../src/ecosystems/adapters.js';
import { assertValidRefName } from '../../../src/git/git.js';

const temps: string[] = [];
afterAll(async () => {
  for (const d of temps) await rm(d, { recursive: true, force: true });
});

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'relay-npm-files-'));
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

describe('PackageJson updater', () => {
  test('changes only the version bytes: 2 spaces, key order, trailing newline', () => {
    const before = '{\n  "name": "a",\n  "version": "1.2.3",\n  "description": "version 1.2.3",\n  "dependencies": {\n    "x": "1.2.3"\n  }\n}\n';
    const after = new PackageJson().updateContent(before, '1.3.0');
    expect(after).toBe(before.replace('"version": "1.2.3"', '"version": "1.3.0"'));
  });

  test('tabs, CRLF, no trailing newline, odd spacing and a nested "version" are kept exactly', () => {
    const before = '{\r\n\t"scripts" : { "version" : "echo 1.0.0" },\r\n\t"version" :"1.0.0" ,\r\n\t"name": "b"\r\n}';
    const after = new PackageJson().updateContent(before, '2.0.0-rc.1');
    expect(after).toBe('{\r\n\t"scripts" : { "version" : "echo 1.0.0" },\r\n\t"version" :"2.0.0-rc.1" ,\r\n\t"name": "b"\r\n}');
    expect(JSON.parse(after)).toEqual({ scripts: { version: 'echo 1.0.0' }, version: '2.0.0-rc.1', name: 'b' });
  });

  test('4-space indentation and unicode escapes elsewhere stay byte-identical', () => {
    const before = '{\n    "name": "c",\n    "description": "caf\\u00e9 \\"quoted\\"",\n    "version": "0.0.1"\n}\n';
    expect(new PackageJson().updateContent(before, '0.0.2')).toBe(before.replace('0.0.1', '0.0.2'));
  });

  test('no version is NO_VERSION; a non-string version and bad JSON are BAD_INPUT', () => {
    expect(() => new PackageJson().updateContent('{"name":"x"}', '1.0.0')).toThrow(expect.objectContaining({ code: 'NO_VERSION' }));
    expect(() => new PackageJson().updateContent('{"version": 1}', '1.0.0')).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    expect(() => new PackageJson().updateContent('{"version": "1.0.0",}', '1.0.0')).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
  });
});

describe('PackageLockJson updater', () => {
  const lock = (v: string, indent = '  '): string =>
    [
      '{',
      `${indent}"name": "a",`,
      `${indent}"version": "${v}",`,
      `${indent}"lockfileVersion": 3,`,
      `${indent}"requires": true,`,
      `${indent}"packages": {`,
      `${indent}${indent}"": {`,
      `${indent}${indent}${indent}"name": "a",`,
      `${indent}${indent}${indent}"version": "${v}",`,
      `${indent}${indent}${indent}"dependencies": { "dep": "^1.0.0" }`,
      `${indent}${indent}},`,
      `${indent}${indent}"node_modules/dep": {`,
      `${indent}${indent}${indent}"version": "${v}",`,
      `${indent}${indent}${indent}"resolved": "https://registry.npmjs.org/dep/-/dep-${v}.tgz"`,
      `${indent}${indent}}`,
      `${indent}}`,
      '}',
      '',
    ].join('\n');

  test('sets version and packages[""].version, not a dependency that happens to have the same version', () => {
    const after = new PackageLockJson().updateContent(lock('1.0.0'), '1.1.0');
    const parsed = JSON.parse(after);
    expect(parsed.version).toBe('1.1.0');
    expect(parsed.packages[''].version).toBe('1.1.0');
    expect(parsed.packages['node_modules/dep'].version).toBe('1.0.0');
    // Exact bytes: only the two version strings differ.
    expect(after).toBe(lock('1.0.0').replace('"version": "1.0.0",\n  "lockfileVersion"', '"version": "1.1.0",\n  "lockfileVersion"').replace('"name": "a",\n      "version": "1.0.0"', '"name": "a",\n      "version": "1.1.0"'));
  });

  test('lockfileVersion 1 (top-level version only) and tab indentation', () => {
    const v1 = '{\n\t"name": "a",\n\t"version": "1.0.0",\n\t"lockfileVersion": 1,\n\t"dependencies": {}\n}\n';
    expect(new PackageLockJson().updateContent(v1, '1.0.1')).toBe(v1.replace('1.0.0', '1.0.1'));
  });

  test('a workspace entry packages["packages/foo"] only', () => {
    const root = '{\n  "name": "mono",\n  "version": "0.0.0",\n  "packages": {\n    "": { "name": "mono", "version": "0.0.0", "workspaces": ["packages/*"] },\n    "node_modules/foo": { "resolved": "packages/foo", "link": true },\n    "packages/foo": { "name": "foo", "version": "2.0.0" }\n  }\n}\n';
    const after = new PackageLockJson({ workspacePath: 'packages/foo' }).updateContent(root, '2.1.0');
    expect(after).toBe(root.replace('"version": "2.0.0"', '"version": "2.1.0"'));
    expect(() => new PackageLockJson({ workspacePath: 'packages/bar' }).updateContent(root, '1.0.0')).toThrow(expect.objectContaining({ code: 'NO_VERSION' }));
  });

  test('duplicate keys: the one JSON.parse (and npm) reads, the last, is the one edited', () => {
    const dup = '{"version": "0.9.0", "version": "1.0.0"}';
    expect(new PackageJson().updateContent(dup, '2.0.0')).toBe('{"version": "0.9.0", "version": "2.0.0"}');
  });
});

describe('json-edit scanner', () => {
  test('finds nested values and reports absent paths as null', () => {
    const text = '{"a": {"b": [1, {"c": "x"}], "c": "y"}, "e": null}';
    expect(findJsonValue(text, ['a', 'c'])).toEqual({ start: text.indexOf('"y"'), end: text.indexOf('"y"') + 3 });
    expect(findJsonValue(text, ['a', 'x'])).toBeNull();
    expect(findJsonValue(text, ['e', 'x'])).toBeNull();
    expect(replaceJsonString(text, ['nope'], 'z')).toBeNull();
  });
});

describe('readPackage / planVersionEdits', () => {
  test('a single package: package.json and package-lock.json, detected as npm', async () => {
    const root = await tree({
      'package.json': '{\n  "name": "solo",\n  "version": "1.0.0"\n}\n',
      'package-lock.json': '{\n  "name": "solo",\n  "version": "1.0.0",\n  "lockfileVersion": 3,\n  "packages": {\n    "": {\n      "name": "solo",\n      "version": "1.0.0"\n    }\n  }\n}\n',
    });
    expect((await detectEcosystem(root, 'auto')).name).toBe('npm');
    const info = await npmAdapter.readPackage(root, '.');
    expect(info).toEqual({ name: 'solo', version: '1.0.0', scheme: 'semver', versionFiles: ['package.json', 'package-lock.json'] });
    const edits = await npmAdapter.planVersionEdits(root, '.', info, '1.1.0');
    expect(edits.map((e) => e.path)).toEqual(['package.json', 'package-lock.json']);
    await applyEdits(root, edits);
    expect(JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8')).packages[''].version).toBe('1.1.0');
    expect((await npmAdapter.readPackage(root, '.')).version).toBe('1.1.0');
  });

  test('a workspace package: its package.json and the root lockfile entry packages["packages/foo"]', async () => {
    const rootLock = '{\n  "name": "mono",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n    "": {\n      "name": "mono",\n      "workspaces": [\n        "packages/*"\n      ]\n    },\n    "node_modules/@acme/foo": {\n      "resolved": "packages/foo",\n      "link": true\n    },\n    "packages/bar": {\n      "name": "@acme/bar",\n      "version": "0.3.0"\n    },\n    "packages/foo": {\n      "name": "@acme/foo",\n      "version": "0.3.0"\n    }\n  }\n}\n';
    const root = await tree({
      'package.json': '{\n  "name": "mono",\n  "private": true,\n  "workspaces": ["packages/*"]\n}\n',
      'package-lock.json': rootLock,
      'packages/foo/package.json': '{\n  "name": "@acme/foo",\n  "version": "0.3.0"\n}\n',
      'packages/bar/package.json': '{\n  "name": "@acme/bar",\n  "version": "0.3.0"\n}\n',
    });
    const info = await npmAdapter.readPackage(root, 'packages/foo');
    expect(info).toEqual({ name: '@acme/foo', version: '0.3.0', scheme: 'semver', versionFiles: ['packages/foo/package.json', 'package-lock.json'] });
    const edits = await npmAdapter.planVersionEdits(root, 'packages/foo', info, '0.4.0');
    const lockEdit = edits.find((e) => e.path === 'package-lock.json');
    // Only foo's entry changes; bar keeps 0.3.0, bytes elsewhere identical.
    expect(lockEdit?.after).toBe(rootLock.replace('"name": "@acme/foo",\n      "version": "0.3.0"', '"name": "@acme/foo",\n      "version": "0.4.0"'));
    expect(edits.find((e) => e.path === 'packages/foo/package.json')?.after).toBe('{\n  "name": "@acme/foo",\n  "version": "0.4.0"\n}\n');
  });

  test('a lockfile that disagrees with package.json is VERSION_CONFLICT; no version is NO_VERSION; a bad one BAD_VERSION', async () => {
    const conflict = await tree({ 'package.json': '{"name":"x","version":"1.0.0"}', 'package-lock.json': '{"name":"x","version":"0.9.0","lockfileVersion":3,"packages":{"":{"version":"0.9.0"}}}' });
    await expect(npmAdapter.readPackage(conflict, '.')).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    const none = await tree({ 'package.json': '{"name":"x"}' });
    await expect(npmAdapter.readPackage(none, '.')).rejects.toMatchObject({ code: 'NO_VERSION' });
    const bad = await tree({ 'package.json': '{"name":"x","version":"1.0"}' });
    await expect(npmAdapter.readPackage(bad, '.')).rejects.toMatchObject({ code: 'BAD_VERSION' });
  });

  test('pyproject.toml beside package.json is a Python package; package.json alone is npm', async () => {
    const both = await tree({ 'package.json': '{"name":"x","version":"1.0.0"}', 'pyproject.toml': '[project]\nname = "x"\nversion = "1.0.0"\n' });
    expect((await detectEcosystem(both, 'auto')).name).toBe('python');
    expect(await npmAdapter.detect(both)).toBe(true);
    expect(await npmAdapter.detect(await tree({ 'README.md': '' }))).toBe(false);
  });
});

describe('docsReplacements', () => {
  const apply = (text: string, name: string, prev: string, next: string): string => npmAdapter.docsReplacements(name, prev, next).reduce((t, r) => replaceLiteral(t, r.from, r.to).text, text);

  test('npm install / npm i / yarn add / pnpm add pins and static badges move; other versions stay', () => {
    const doc = ['npm install relay-npm-example@0.1.0', 'npm i relay-npm-example@0.1.0', 'yarn add relay-npm-example@0.1.0.', 'not other-relay-npm-example@0.1.0 nor relay-npm-example@0.1.01', '![v](https://img.shields.io/badge/npm-v0.1.0-blue)'].join('\n');
    expect(apply(doc, 'relay-npm-example', '0.1.0', '0.2.0')).toBe(
      ['npm install relay-npm-example@0.2.0', 'npm i relay-npm-example@0.2.0', 'yarn add relay-npm-example@0.2.0.', 'not other-relay-npm-example@0.1.0 nor relay-npm-example@0.1.01', '![v](https://img.shields.io/badge/npm-v0.2.0-blue)'].join('\n'),
    );
  });

  test('scoped names', () => {
    expect(apply('npm i @acme/foo@1.2.0 and pnpm add @acme/foo@1.2.0', '@acme/foo', '1.2.0', '1.3.0-rc.0')).toBe('npm i @acme/foo@1.3.0-rc.0 and pnpm add @acme/foo@1.3.0-rc.0');
  });
});

describe('tags for npm names', () => {
  test('{name}@{version} and {name}-v{version} round-trip scoped names, and git accepts the tags', async () => {
    for (const template of ['{name}@{version}', '{name}-v{version}']) {
      const tag = formatTag(template, { name: '@scope/pkg', version: '1.2.0' });
      expect(parseTag(template, tag, '@scope/pkg')).toBe('1.2.0');
      expect(parseTag(template, formatTag(template, { name: '@scope/other', version: '1.2.0' }), '@scope/pkg')).toBeNull();
      await expect(assertValidRefName(tag, 'tag-template')).resolves.toBeUndefined();
    }
    expect(formatTag('{name}@{version}', { name: '@scope/pkg', version: '1.2.0' })).toBe('@scope/pkg@1.2.0');
    // A real repository takes the tag and lists it back under the same name.
    const repo = await tree({});
    const env = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.test', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.test' };
    await exec('git', ['init', '--quiet', repo]);
    await exec('git', ['commit', '--quiet', '--allow-empty', '-m', 'x'], { cwd: repo, env });
    await exec('git', ['tag', '-a', '-m', 'x', '@scope/pkg@1.2.0'], { cwd: repo, env });
    expect((await exec('git', ['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags/'], { cwd: repo })).stdout.trim()).toBe('@scope/pkg@1.2.0');
  });
});
