import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ReleaseError } from '../../../src/core/errors.js';
import { applyEdits } from '../../../src/core/files.js';
import { normalizeName, pythonAdapter } from '../../../src/ecosystems/python/index.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** A temp repository root holding `files` (paths relative to it). */
async function repo(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'relay-py-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

async function snapshot(root: string, files: string[]): Promise<string[]> {
  return Promise.all(files.map((f) => readFile(join(root, f), 'utf8')));
}

async function rejection(p: Promise<unknown>): Promise<ReleaseError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ReleaseError) return err;
    throw err;
  }
  throw new Error('expected a ReleaseError');
}

describe('python adapter: read and plan', () => {
  test('static [project] version plus __version__ in a src layout: both files, one value, both edited', async () => {
    const pyproject = "[project]\nname = 'Relay_Example'\nversion = '0.1.0'  # bump me\n";
    const init = '"""Pkg."""\n__version__ = "0.1.0"\n';
    const root = await repo({ 'pyproject.toml': pyproject, 'src/relay_example/__init__.py': init });
    const info = await pythonAdapter.readPackage(root, '.');
    expect(info).toMatchObject({ name: 'Relay_Example', version: '0.1.0', scheme: 'pep440', versionFiles: ['pyproject.toml', 'src/relay_example/__init__.py'], versionSource: '[project] version in pyproject.toml; also src/relay_example/__init__.py', warnings: [] });
    const edits = await pythonAdapter.planVersionEdits(root, '.', info, '0.2.0');
    expect(edits).toEqual([
      { path: 'pyproject.toml', before: pyproject, after: "[project]\nname = 'Relay_Example'\nversion = '0.2.0'  # bump me\n" },
      { path: 'src/relay_example/__init__.py', before: init, after: '"""Pkg."""\n__version__ = "0.2.0"\n' },
    ]);
    // Planning wrote nothing.
    expect(await snapshot(root, ['pyproject.toml', 'src/relay_example/__init__.py'])).toEqual([pyproject, init]);
    await applyEdits(root, edits);
    expect((await pythonAdapter.readPackage(root, '.')).version).toBe('0.2.0');
  });

  test('flat layout in a monorepo subdirectory: paths are relative to the repository root', async () => {
    const root = await repo({
      'packages/foo/pyproject.toml': '[project]\nname = "foo-bar"\nversion = "1.0.0"\n',
      'packages/foo/foo_bar/__init__.py': "__version__ = '1.0.0'\n",
    });
    const info = await pythonAdapter.readPackage(root, 'packages/foo');
    expect(info.versionFiles).toEqual(['packages/foo/pyproject.toml', 'packages/foo/foo_bar/__init__.py']);
    const edits = await pythonAdapter.planVersionEdits(root, 'packages/foo', info, '1.1.0');
    expect(edits.map((e) => [e.path, e.after])).toEqual([
      ['packages/foo/pyproject.toml', '[project]\nname = "foo-bar"\nversion = "1.1.0"\n'],
      ['packages/foo/foo_bar/__init__.py', "__version__ = '1.1.0'\n"],
    ]);
  });

  test('poetry project', async () => {
    const root = await repo({ 'pyproject.toml': '[tool.poetry]\nname = "poet"\nversion = "0.3.0"\n\n[tool.poetry.dependencies]\npython = "^3.9"\n' });
    const info = await pythonAdapter.readPackage(root, '.');
    expect(info).toMatchObject({ name: 'poet', version: '0.3.0', versionFiles: ['pyproject.toml'] });
    const [edit] = await pythonAdapter.planVersionEdits(root, '.', info, '0.4.0');
    expect(edit.after).toBe('[tool.poetry]\nname = "poet"\nversion = "0.4.0"\n\n[tool.poetry.dependencies]\npython = "^3.9"\n');
  });

  test('hatch dynamic version path: only the __about__ file is edited', async () => {
    const pyproject = '[project]\nname = "hatched"\ndynamic = ["version"]\n\n[tool.hatch.version]\npath = "src/hatched/__about__.py"\n';
    const about = '# SPDX-License-Identifier: MIT\n__version__ = "2.4.1"\n';
    const root = await repo({ 'pyproject.toml': pyproject, 'src/hatched/__about__.py': about, 'src/hatched/__init__.py': 'from .__about__ import __version__\n' });
    const info = await pythonAdapter.readPackage(root, '.');
    expect(info).toMatchObject({ version: '2.4.1', versionFiles: ['src/hatched/__about__.py'] });
    expect(await pythonAdapter.planVersionEdits(root, '.', info, '2.5.0')).toEqual([
      { path: 'src/hatched/__about__.py', before: about, after: '# SPDX-License-Identifier: MIT\n__version__ = "2.5.0"\n' },
    ]);
  });

  test('setuptools attr: src layout package and flat pkg.about module', async () => {
    const src = await repo({
      'pyproject.toml': '[project]\nname = "st"\ndynamic = ["version"]\n[tool.setuptools.dynamic]\nversion = {attr = "st.__version__"}\n',
      'src/st/__init__.py': "__version__ = '5.0.0'\n",
    });
    expect((await pythonAdapter.readPackage(src, '.')).versionFiles).toEqual(['src/st/__init__.py']);

    const flat = await repo({
      'pyproject.toml': '[project]\nname = "st"\ndynamic = ["version"]\n[tool.setuptools.dynamic]\nversion = {attr = "st.about.__version__"}\n',
      'st/__init__.py': '',
      'st/about.py': '__version__ = "5.1.0"\n',
    });
    const info = await pythonAdapter.readPackage(flat, '.');
    expect(info).toMatchObject({ version: '5.1.0', versionFiles: ['st/about.py'] });
    const [edit] = await pythonAdapter.planVersionEdits(flat, '.', info, '5.2.0');
    expect(edit).toEqual({ path: 'st/about.py', before: '__version__ = "5.1.0"\n', after: '__version__ = "5.2.0"\n' });
  });

  test('VCS-derived version is flagged with no files, and planning edits nothing', async () => {
    const root = await repo({ 'pyproject.toml': '[project]\nname = "scm"\ndynamic = ["version"]\n[tool.setuptools_scm]\n' });
    const info = await pythonAdapter.readPackage(root, '.');
    expect(info).toMatchObject({ name: 'scm', version: '', scheme: 'pep440', versionFiles: [], versionFromVcs: true, vcsTool: 'setuptools-scm' });
    expect(await pythonAdapter.planVersionEdits(root, '.', info, '1.0.0')).toEqual([]);
  });

  test('no version anywhere: NO_VERSION with a hint to add one', async () => {
    const root = await repo({ 'pyproject.toml': '[project]\nname = "nover"\n' });
    const err = await rejection(pythonAdapter.readPackage(root, '.'));
    expect(err.code).toBe('NO_VERSION');
    expect(err.hint).toContain('version = "0.1.0"');
  });

  test('hatch path to a missing file: NO_VERSION naming it', async () => {
    const root = await repo({ 'pyproject.toml': '[project]\nname = "h"\ndynamic = ["version"]\n[tool.hatch.version]\npath = "src/h/__about__.py"\n' });
    const err = await rejection(pythonAdapter.readPackage(root, '.'));
    expect(err.code).toBe('NO_VERSION');
    expect(err.message).toContain('src/h/__about__.py');
  });

  test('two files with different values: VERSION_CONFLICT naming both, nothing written', async () => {
    const files = { 'pyproject.toml': '[project]\nname = "clash"\nversion = "1.2.0"\n', 'src/clash/__init__.py': '__version__ = "1.1.0"\n' };
    const root = await repo(files);
    const err = await rejection(pythonAdapter.readPackage(root, '.'));
    expect(err.code).toBe('VERSION_CONFLICT');
    expect(err.message).toContain('pyproject.toml ([project] version) = 1.2.0');
    expect(err.message).toContain('src/clash/__init__.py (__version__) = 1.1.0');
    expect(await snapshot(root, Object.keys(files))).toEqual(Object.values(files));
  });

  test('broken TOML: BAD_TOML naming the file', async () => {
    const root = await repo({ 'sub/pyproject.toml': '[project\nname = "x"\n' });
    const err = await rejection(pythonAdapter.readPackage(root, 'sub'));
    expect(err.code).toBe('BAD_TOML');
    expect(err.message).toContain('sub/pyproject.toml');
    expect(err.location?.line).toBe(1);
  });

  test('package dir escaping the repository is refused', async () => {
    const root = await repo({});
    expect((await rejection(pythonAdapter.readPackage(root, '../elsewhere'))).code).toBe('PATH_ESCAPE');
  });

  test('detect looks for pyproject.toml / setup.py / setup.cfg', async () => {
    expect(await pythonAdapter.detect(await repo({ 'setup.cfg': '[metadata]\n' }))).toBe(true);
    expect(await pythonAdapter.detect(await repo({ 'package.json': '{}' }))).toBe(false);
  });

  test('normalizeName follows PEP 503', () => {
    expect(normalizeName('Relay__Example.Pkg-x')).toBe('relay-example-pkg-x');
  });
});
