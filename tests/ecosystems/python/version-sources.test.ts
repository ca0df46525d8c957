/**
 * Every version source a real Python project uses, on hand-written configurations (Debian has no pdm-backend,
 * commitizen, bump-my-version or uv, so these shapes are read and edited here; the ones whose backend exists
 * are also built end to end in tests/e2e/python-layouts.test.ts).
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ReleaseError } from '../../../src/core/errors.js';
import { applyEdits } from '../../../src/core/files.js';
import { pythonAdapter } from '../../../src/ecosystems/python/index.js';
import { coverageConfiguresSource, parseImportNames, sourceImportNames } from '../../../src/ecosystems/python/import-names.js';
import { updateLockContent } from '../../../src/ecosystems/python/lock-files.js';
import { assertBuiltVersion, distFileVersion, pretendVersionEnv } from '../../../src/ecosystems/python/pipeline.js';
import { collectVersionSources } from '../../../src/ecosystems/python/version-sources.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function repo(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'relay-vs-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

async function rejection(p: Promise<unknown>): Promise<ReleaseError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ReleaseError);
  return err as ReleaseError;
}

/** Reads, plans `next`, applies, and returns the new text of every file, keyed by path. */
async function bump(root: string, next: string, dir = '.'): Promise<Record<string, string>> {
  const info = await pythonAdapter.readPackage(root, dir);
  const edits = await pythonAdapter.planVersionEdits(root, dir, info, next);
  await applyEdits(root, edits);
  const out: Record<string, string> = {};
  for (const e of edits) out[e.path] = await readFile(join(root, e.path), 'utf8');
  return out;
}

const PEP621 = (extra = '', version = 'version = "1.2.0"') => `[project]\nname = "demo-pkg"\n${version}\n${extra}`;
const DYNAMIC = (tail: string, requires = '"hatchling"', backend = 'hatchling.build') =>
  `[build-system]\nrequires = [${requires}]\nbuild-backend = "${backend}"\n\n[project]\nname = "demo-pkg"\ndynamic = ["version"]\n\n${tail}`;

describe('VCS-derived versions: named, nothing edited', () => {
  test.each([
    ['hatch-vcs', DYNAMIC('[tool.hatch.version]\nsource = "vcs"\n', '"hatchling", "hatch-vcs"')],
    ['setuptools-scm', DYNAMIC('[tool.setuptools_scm]\n', '"setuptools>=64", "setuptools-scm>=8"', 'setuptools.build_meta')],
    ['setuptools-scm', DYNAMIC('', '"setuptools", "setuptools_scm[toml]>=6.2"', 'setuptools.build_meta')],
    ['pdm-backend scm', DYNAMIC('[tool.pdm.version]\nsource = "scm"\n', '"pdm-backend"', 'pdm.backend')],
    ['poetry-dynamic-versioning', '[tool.poetry]\nname = "demo-pkg"\nversion = "0.0.0"\n[tool.poetry-dynamic-versioning]\nenable = true\n'],
    ['versioningit', DYNAMIC('[tool.versioningit]\n', '"setuptools", "versioningit"', 'setuptools.build_meta')],
  ])('%s', async (tool, pyproject) => {
    const root = await repo({ 'pyproject.toml': pyproject, 'src/demo_pkg/__init__.py': '__version__ = "9.9.9"\n' });
    const info = await pythonAdapter.readPackage(root, '.');
    expect(info).toMatchObject({ name: 'demo-pkg', version: '', versionFromVcs: true, versionFiles: [] });
    expect(info.versionSource).toBe(`from git tags (${tool}); no file is edited`);
    expect(await pythonAdapter.planVersionEdits(root, '.', info, '2.0.0')).toEqual([]);
  });

  test('commitizen with version_provider = "scm" on a static-looking project', async () => {
    const root = await repo({ 'pyproject.toml': `${DYNAMIC('')}\n[tool.commitizen]\nversion_provider = "scm"\n` });
    expect(await pythonAdapter.readPackage(root, '.')).toMatchObject({ versionFromVcs: true, vcsTool: 'commitizen (version_provider = "scm")' });
  });

  test('setup.py-only project with use_scm_version', async () => {
    const root = await repo({ 'setup.py': 'from setuptools import setup\nsetup(name="legacy-pkg", use_scm_version=True)\n' });
    expect(await pythonAdapter.readPackage(root, '.')).toMatchObject({ name: 'legacy-pkg', versionFromVcs: true, vcsTool: 'setuptools-scm' });
  });

  test('setup.cfg metadata with setuptools-scm in pyproject.toml (no [project] table)', async () => {
    const root = await repo({
      'pyproject.toml': '[build-system]\nrequires = ["setuptools>=45", "setuptools_scm[toml]>=6.2"]\nbuild-backend = "setuptools.build_meta"\n\n[tool.setuptools_scm]\nwrite_to = "src/legacy/_version.py"\n',
      'setup.cfg': '[metadata]\nname = legacy-scm\n\n[options]\npackages = find:\n',
    });
    expect(await pythonAdapter.readPackage(root, '.')).toMatchObject({ name: 'legacy-scm', versionFromVcs: true, vcsTool: 'setuptools-scm' });
  });

  test('the pretend-version variables use the normalized, upper-cased distribution name', () => {
    expect(pretendVersionEnv('My.Pkg_name', '1.2.0')).toEqual({ SETUPTOOLS_SCM_PRETEND_VERSION_FOR_MY_PKG_NAME: '1.2.0', SETUPTOOLS_SCM_PRETEND_VERSION: '1.2.0' });
  });
});

describe('static and file-based dynamic versions', () => {
  test('setup.cfg [metadata] version, with setup.py only as a shim', async () => {
    const cfg = '[metadata]\nname = legacy-pkg\nversion = 3.1.0\ndescription = x\n\n[options]\npackages = find:\n';
    const root = await repo({ 'setup.cfg': cfg, 'setup.py': 'from setuptools import setup\nsetup()\n' });
    expect(await pythonAdapter.readPackage(root, '.')).toMatchObject({ name: 'legacy-pkg', version: '3.1.0', versionFiles: ['setup.cfg'], versionSource: 'setup.cfg [metadata] version in setup.cfg' });
    expect(await bump(root, '3.2.0')).toEqual({ 'setup.cfg': cfg.replace('3.1.0', '3.2.0') });
  });

  test('setup.py-only project with a literal version=', async () => {
    const setupPy = 'from setuptools import setup\n\nsetup(\n    name="old-style",\n    version="2.3.4",\n    packages=["old_style"],\n)\n';
    const root = await repo({ 'setup.py': setupPy, 'pyproject.toml': '[tool.black]\nline-length = 100\n' });
    expect(await pythonAdapter.readPackage(root, '.')).toMatchObject({ name: 'old-style', version: '2.3.4', versionFiles: ['setup.py'] });
    expect(await bump(root, '2.4.0')).toEqual({ 'setup.py': setupPy.replace('2.3.4', '2.4.0') });
  });

  test('setup.cfg version = attr: with package_dir = =src', async () => {
    const cfg = '[metadata]\nname = legacy-pkg\nversion = attr: legacy_pkg.__version__\n\n[options]\npackage_dir =\n    =src\n';
    const root = await repo({ 'setup.cfg': cfg, 'src/legacy_pkg/__init__.py': '__version__ = "0.4.0"\n' });
    expect(await pythonAdapter.readPackage(root, '.')).toMatchObject({ version: '0.4.0', versionFiles: ['src/legacy_pkg/__init__.py'] });
    expect(await bump(root, '0.5.0')).toEqual({ 'src/legacy_pkg/__init__.py': '__version__ = "0.5.0"\n' });
  });

  test('setuptools file: (pyproject and setup.cfg) edits the VERSION file only', async () => {
    const root = await repo({ 'pyproject.toml': DYNAMIC('[tool.setuptools.dynamic]\nversion = {file = "VERSION"}\n', '"setuptools"', 'setuptools.build_meta'), VERSION: '2.0.1\n' });
    expect(await pythonAdapter.readPackage(root, '.')).toMatchObject({ version: '2.0.1', versionFiles: ['VERSION'] });
    expect(await bump(root, '2.1.0')).toEqual({ VERSION: '2.1.0\n' });
    const root2 = await repo({ 'setup.cfg': '[metadata]\nname = x\nversion = file: src/x/VERSION.txt\n', 'src/x/VERSION.txt': '7.0' });
    expect(await bump(root2, '7.1')).toEqual({ 'src/x/VERSION.txt': '7.1' });
  });

  test("flit reads the module's __version__ (flat module file and [tool.flit.module] name)", async () => {
    const flit = (extra: string) => DYNAMIC(extra, '"flit_core >=3.4,<4"', 'flit_core.buildapi');
    const root = await repo({ 'pyproject.toml': flit(''), 'demo_pkg.py': '"""Demo."""\n__version__ = "0.9.0"\n' });
    expect(await pythonAdapter.readPackage(root, '.')).toMatchObject({ version: '0.9.0', versionFiles: ['demo_pkg.py'], versionSource: "flit (the module's __version__) in demo_pkg.py" });
    const root2 = await repo({ 'pyproject.toml': flit('[tool.flit.module]\nname = "demo"\n'), 'src/demo/__init__.py': "__version__ = '1.0'\n" });
    expect(await bump(root2, '1.1')).toEqual({ 'src/demo/__init__.py': "__version__ = '1.1'\n" });
    const missing = await repo({ 'pyproject.toml': flit('') });
    expect((await rejection(pythonAdapter.readPackage(missing, '.'))).hint).toMatch(/\[tool\.flit\.module\] name/);
  });

  test('hatch path with VERSION = and with a custom pattern', async () => {
    const root = await repo({ 'pyproject.toml': DYNAMIC('[tool.hatch.version]\npath = "src/demo_pkg/version.py"\n'), 'src/demo_pkg/version.py': 'VERSION = "1.0.0"\n' });
    expect(await bump(root, '1.0.1')).toEqual({ 'src/demo_pkg/version.py': 'VERSION = "1.0.1"\n' });
    const pattern = "[tool.hatch.version]\npath = \"src/demo_pkg/meta.py\"\npattern = \"release = '(?P<version>[^']+)'\"\n";
    const root2 = await repo({ 'pyproject.toml': DYNAMIC(pattern), 'src/demo_pkg/meta.py': "release = '4.4.0'  # keep\n" });
    expect(await bump(root2, '4.5.0')).toEqual({ 'src/demo_pkg/meta.py': "release = '4.5.0'  # keep\n" });
  });

  test('pdm source = "file"', async () => {
    const root = await repo({ 'pyproject.toml': DYNAMIC('[tool.pdm.version]\nsource = "file"\npath = "src/demo_pkg/__init__.py"\n', '"pdm-backend"', 'pdm.backend'), 'src/demo_pkg/__init__.py': '__version__ = "0.3.0"\n' });
    expect(await bump(root, '0.4.0')).toEqual({ 'src/demo_pkg/__init__.py': '__version__ = "0.4.0"\n' });
  });
});

describe("release tools' declared files", () => {
  test('commitizen: [tool.commitizen] version and version_files with and without a line pattern', async () => {
    const pyproject = `${PEP621()}\n[tool.commitizen]\nname = "cz_conventional_commits"\nversion = "1.2.0"\nversion_files = [\n  "src/demo_pkg/__version__.py",\n  "docs/conf.py:^release",\n]\n`;
    const conf = 'release = "1.2.0"\nneeds_sphinx = "1.2.0"\n';
    const root = await repo({ 'pyproject.toml': pyproject, 'src/demo_pkg/__version__.py': 'VERSION = (1, 2, 0)\n__version__ = "1.2.0"\n', 'docs/conf.py': conf });
    const info = await pythonAdapter.readPackage(root, '.');
    expect(info.versionFiles).toEqual(['pyproject.toml', 'src/demo_pkg/__version__.py', 'docs/conf.py']);
    const out = await bump(root, '1.3.0');
    expect(out['pyproject.toml']).toBe(pyproject.split('"1.2.0"').join('"1.3.0"'));
    expect(out['src/demo_pkg/__version__.py']).toBe('VERSION = (1, 2, 0)\n__version__ = "1.3.0"\n');
    // Only the lines the pattern selects change.
    expect(out['docs/conf.py']).toBe('release = "1.3.0"\nneeds_sphinx = "1.2.0"\n');
  });

  test('commitizen in .cz.toml with the pep621 provider', async () => {
    const root = await repo({ 'pyproject.toml': PEP621(), '.cz.toml': '[tool.commitizen]\nversion_provider = "pep621"\nversion_files = ["README.md:^Version"]\n', 'README.md': '# Demo\nVersion 1.2.0\npip install demo-pkg==1.2.0\n' });
    expect(await bump(root, '1.2.1')).toEqual({ 'pyproject.toml': PEP621('', 'version = "1.2.1"'), 'README.md': '# Demo\nVersion 1.2.1\npip install demo-pkg==1.2.0\n' });
  });

  test('a stale declared file stops before any write, naming the file and the configuration', async () => {
    const pyproject = `${PEP621()}\n[tool.commitizen]\nversion_files = ["src/demo_pkg/__version__.py"]\n`;
    const root = await repo({ 'pyproject.toml': pyproject, 'src/demo_pkg/__version__.py': '__version__ = "1.1.0"\n' });
    const err = await rejection(pythonAdapter.readPackage(root, '.'));
    expect(err.code).toBe('VERSION_CONFLICT');
    expect(err.message).toMatch(/src\/demo_pkg\/__version__\.py \(named by \[tool\.commitizen\] version_files in pyproject\.toml\) does not contain the current version 1\.2\.0/);
    expect(await readFile(join(root, 'pyproject.toml'), 'utf8')).toBe(pyproject);
  });

  test('python-semantic-release: version_toml and version_variables (py and non-py files)', async () => {
    const pyproject = `${PEP621()}\n[tool.semantic_release]\nversion_toml = ["pyproject.toml:project.version"]\nversion_variables = ["src/demo_pkg/__init__.py:__version__", "docs/conf.py:version"]\n`;
    const root = await repo({ 'pyproject.toml': pyproject, 'src/demo_pkg/__init__.py': '__version__: str = "1.2.0"\n', 'docs/conf.py': "version = '1.2.0'\n" });
    const out = await bump(root, '2.0.0');
    expect(out['pyproject.toml']).toBe(pyproject.replace('version = "1.2.0"', 'version = "2.0.0"'));
    expect(out['src/demo_pkg/__init__.py']).toBe('__version__: str = "2.0.0"\n');
    expect(out['docs/conf.py']).toBe("version = '2.0.0'\n");
  });

  test('bump-my-version: [tool.bumpversion] current_version and files with search/replace', async () => {
    const pyproject = `${PEP621()}\n[tool.bumpversion]\ncurrent_version = "1.2.0"\n\n[[tool.bumpversion.files]]\nfilename = "src/demo_pkg/__init__.py"\n\n[[tool.bumpversion.files]]\nfilename = "CITATION.cff"\nsearch = "version: {current_version}"\nreplace = "version: {new_version}"\n`;
    const cff = 'message: cite 1.2.0 as below\nversion: 1.2.0\n';
    const root = await repo({ 'pyproject.toml': pyproject, 'src/demo_pkg/__init__.py': '__version__ = "1.2.0"\n', 'CITATION.cff': cff });
    const out = await bump(root, '1.3.0');
    expect(out['pyproject.toml']).toBe(pyproject.split('"1.2.0"').join('"1.3.0"'));
    expect(out['src/demo_pkg/__init__.py']).toBe('__version__ = "1.3.0"\n');
    expect(out['CITATION.cff']).toBe('message: cite 1.2.0 as below\nversion: 1.3.0\n');
  });

  test('bumpversion: .bumpversion.cfg with file sections and its own current_version', async () => {
    const cfg = '[bumpversion]\ncurrent_version = 0.7.2\ncommit = True\n\n[bumpversion:file:setup.py]\nsearch = version="{current_version}"\nreplace = version="{new_version}"\n\n[bumpversion:file:src/legacy/__init__.py]\n';
    const setupPy = 'from setuptools import setup\nsetup(name="legacy", version="0.7.2")\n';
    const root = await repo({ 'setup.cfg': '[metadata]\nname = legacy\nversion = 0.7.2\n', '.bumpversion.cfg': cfg, 'setup.py': setupPy, 'src/legacy/__init__.py': '__version__ = "0.7.2"\n' });
    const out = await bump(root, '0.8.0');
    expect(out['.bumpversion.cfg']).toBe(cfg.replace('current_version = 0.7.2', 'current_version = 0.8.0'));
    expect(out['setup.py']).toBe(setupPy.replace('0.7.2', '0.8.0'));
    expect(out['src/legacy/__init__.py']).toBe('__version__ = "0.8.0"\n');
    expect(out['setup.cfg']).toBe('[metadata]\nname = legacy\nversion = 0.8.0\n');
  });

  test('bump-my-version search text absent: VERSION_CONFLICT naming the pattern, nothing written', async () => {
    const pyproject = `${PEP621()}\n[tool.bumpversion]\ncurrent_version = "1.2.0"\n[[tool.bumpversion.files]]\nfilename = "CITATION.cff"\nsearch = "version: {current_version}"\n`;
    const root = await repo({ 'pyproject.toml': pyproject, 'CITATION.cff': 'version: 1.1.0\n' });
    expect((await rejection(pythonAdapter.readPackage(root, '.'))).code).toBe('VERSION_CONFLICT');
  });
});

describe('lock files and stray literals', () => {
  const uvLock = (v: string) =>
    `version = 1\nrequires-python = ">=3.9"\n\n[[package]]\nname = "click"\nversion = "1.2.0"\nsource = { registry = "https://pypi.org/simple" }\n\n[[package]]\nname = "demo-pkg"\nversion = "${v}"\nsource = { editable = "." }\ndependencies = [\n    { name = "click" },\n]\n`;

  test("uv.lock: the project's own entry moves, a dependency at the same version does not", async () => {
    const root = await repo({ 'pyproject.toml': PEP621(), 'uv.lock': uvLock('1.2.0') });
    expect((await pythonAdapter.readPackage(root, '.')).versionFiles).toEqual(['pyproject.toml', 'uv.lock']);
    const out = await bump(root, '1.3.0');
    expect(out['uv.lock']).toBe(uvLock('1.3.0'));
  });

  test('pdm.lock in the repository root for a package in a subdirectory', async () => {
    const lock = '[metadata]\ngroups = ["default"]\n\n[[package]]\nname = "demo_pkg"\nversion = "1.2.0"\nrequires_python = ">=3.9"\n';
    const root = await repo({ 'pkg/pyproject.toml': PEP621(), 'pdm.lock': lock });
    const out = await bump(root, '1.2.1', 'pkg');
    expect(out['pdm.lock']).toBe(lock.replace('"1.2.0"', '"1.2.1"'));
    expect(updateLockContent(lock, 'other', '1.2.0', '9')).toBe(lock);
  });

  test('a __version__ literal no configuration names is reported, not edited', async () => {
    const root = await repo({ 'pyproject.toml': PEP621(), 'src/demo_pkg/__init__.py': 'from ._version import __version__\n', 'src/demo_pkg/_version.py': '__version__ = "1.2.0"\n', 'tests/test_x.py': '__version__ = "1.2.0"\n' });
    const found = await collectVersionSources(root, '.');
    expect(found.warnings).toEqual([expect.stringMatching(/^src\/demo_pkg\/_version\.py sets __version__ = "1\.2\.0", but no configuration names it/)]);
    expect(Object.keys(await bump(root, '1.3.0'))).toEqual(['pyproject.toml']);
  });
});

describe('import names and coverage sources', () => {
  test('source tree: src layout packages and modules, else top-level packages; tests and docs left out', async () => {
    const src = await repo({ 'src/sample/__init__.py': '', 'src/helper.py': '', 'tests/__init__.py': '', 'pyproject.toml': '' });
    expect(await sourceImportNames(src)).toEqual(['helper', 'sample']);
    const flat = await repo({ 'sample/__init__.py': '', 'docs/__init__.py': '', 'setup.py': '', 'noxfile.py': '' });
    expect(await sourceImportNames(flat)).toEqual(['sample']);
  });

  test('coverage.py source settings are found in pyproject.toml, .coveragerc and setup.cfg', async () => {
    expect(await coverageConfiguresSource(await repo({ 'pyproject.toml': '[tool.coverage.run]\nsource = ["sample"]\n' }))).toBe(true);
    expect(await coverageConfiguresSource(await repo({ '.coveragerc': '[run]\nsource_pkgs = sample\n' }))).toBe(true);
    expect(await coverageConfiguresSource(await repo({ 'setup.cfg': '[coverage:run]\nsource = sample\n' }))).toBe(true);
    expect(await coverageConfiguresSource(await repo({ 'pyproject.toml': '[tool.coverage.run]\nbranch = true\n' }))).toBe(false);
  });

  test('input import-names: comma or newline separated, dotted names allowed, anything else refused', () => {
    expect(parseImportNames('sample, sample_ext\nother.pkg')).toEqual(['sample', 'sample_ext', 'other.pkg']);
    expect(parseImportNames(undefined)).toBeUndefined();
    expect(() => parseImportNames('sample-project')).toThrow(/import-names/);
  });

  test('built file versions are compared PEP 440-normalized', () => {
    expect(distFileVersion('/x/demo_pkg-1.2.0rc1-py3-none-any.whl')).toBe('1.2.0rc1');
    expect(distFileVersion('demo-pkg-1.2.0.tar.gz')).toBe('1.2.0');
    expect(() => assertBuiltVersion(['a/demo_pkg-1.2.0-py3-none-any.whl', 'a/demo_pkg-1.2.tar.gz'], '1.2.0.0', false)).not.toThrow();
    expect(() => assertBuiltVersion(['a/demo_pkg-0.1.dev3+g1234-py3-none-any.whl'], '1.2.0', true)).toThrow(/carry version 0\.1\.dev3\+g1234, not the release's 1\.2\.0/);
  });
});
