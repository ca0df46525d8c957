import { describe, expect, test } from '@jest/globals';
import { isReleaseError } from '../../../src/core/errors.js';
import { findStringValues, parsePyproject, POETRY_VERSION, PROJECT_VERSION, readVersionConfig, updateContent } from '../../../src/ecosystems/python/pyproject.js';
import { thrown } from '../../helpers/errors.js';

describe('pyproject updater', () => {
  test('[project] static version: only the version bytes change (comments, single quotes, odd spacing, trailing comment)', () => {
    const before = [
      '# build config',
      "[build-system]",
      "requires = ['hatchling']",
      "version = '9.9.9'   # not the project's version",
      '',
      '[ project ]   # the metadata',
      "name='demo'",
      "version   =    '1.2.0'   # bumped by release-relay",
      'description = """',
      "version = '0.0.1' inside a multi-line string",
      '"""',
      'dependencies = [',
      "  'requests>=2',  # version = '3'",
      ']',
      '',
      '[tool.other]',
      'version = "1.2.0"',
      '',
    ].join('\n');
    const after = updateContent(before, '1.3.0', { file: 'pyproject.toml' });
    expect(after).toBe(before.replace("version   =    '1.2.0'", "version   =    '1.3.0'"));
    expect((parsePyproject(after, 'x') as { project: { version: string } }).project.version).toBe('1.3.0');
  });

  test('double quotes and CRLF line endings are kept', () => {
    const before = '[project]\r\nname = "demo"\r\nversion = "0.1.0"\r\n';
    expect(updateContent(before, '0.2.0rc1')).toBe('[project]\r\nname = "demo"\r\nversion = "0.2.0rc1"\r\n');
  });

  test('poetry: [tool.poetry] version, including a quoted header segment', () => {
    const before = ['[tool."poetry"]', 'name = "demo"', 'version = "2.0.0" # poetry', 'authors = ["A <a@b.c>"]', '', '[tool.poetry.dependencies]', 'python = "^3.9"', ''].join('\n');
    const after = updateContent(before, '2.1.0');
    expect(after).toBe(before.replace('version = "2.0.0"', 'version = "2.1.0"'));
  });

  test('poetry 2 with both [project] and [tool.poetry] versions updates both', () => {
    const before = '[project]\nname = "demo"\nversion = "1.0.0"\n\n[tool.poetry]\nversion = "1.0.0"\n';
    expect(updateContent(before, '1.0.1')).toBe('[project]\nname = "demo"\nversion = "1.0.1"\n\n[tool.poetry]\nversion = "1.0.1"\n');
  });

  test('dotted keys under a parent table are found', () => {
    const before = '[tool]\npoetry.name = "demo"\npoetry.version = "3.0.0"\n';
    expect(findStringValues(before, POETRY_VERSION)).toHaveLength(1);
    expect(updateContent(before, '3.0.1')).toBe('[tool]\npoetry.name = "demo"\npoetry.version = "3.0.1"\n');
  });

  test('a version inside an array of tables or an inline table is not the project version', () => {
    const text = '[[project.version]]\nx = 1\n[tool.x]\ny = { version = "1" }\n';
    expect(findStringValues(text, PROJECT_VERSION)).toEqual([]);
  });

  test('an inline-table [project] cannot be edited line-wise: refused, not mangled', () => {
    const err = thrown(() => updateContent('project = { name = "demo", version = "1.0.0" }\n', '1.1.0'));
    expect(err.code).toBe('BAD_TOML');
    expect(err.message).toContain('project.version');
  });

  test('broken TOML is BAD_TOML naming the file and the line', () => {
    const err = thrown(() => updateContent('[project]\nname = "demo"\nversion = \n', '1.0.0', { file: 'packages/foo/pyproject.toml' }));
    expect(err.code).toBe('BAD_TOML');
    expect(err.message).toContain('packages/foo/pyproject.toml');
    expect(err.message).toMatch(/line 3, column \d+/);
    expect(err.location).toEqual({ file: 'packages/foo/pyproject.toml', line: 3 });
  });

  test('a version that cannot sit in a TOML string is refused', () => {
    expect(isReleaseError(thrown(() => updateContent('[project]\nversion = "1"\n', '1"; x = "2')), 'BAD_VERSION')).toBe(true);
  });

  test('no static version field: NO_VERSION', () => {
    expect(thrown(() => updateContent('[project]\nname = "demo"\ndynamic = ["version"]\n', '1.0.0')).code).toBe('NO_VERSION');
  });
});

describe('readVersionConfig', () => {
  test('static [project] version', () => {
    const c = readVersionConfig(parsePyproject('[project]\nname = "Demo_Pkg"\nversion = "1.0"\n', 'p'));
    expect(c).toMatchObject({ name: 'Demo_Pkg', staticVersions: [{ key: PROJECT_VERSION, version: '1.0' }], dynamic: false, fromVcs: false });
  });

  test('hatch dynamic path', () => {
    const c = readVersionConfig(parsePyproject('[project]\nname = "d"\ndynamic = ["version"]\n[tool.hatch.version]\npath = "src/d/__about__.py"\n', 'p'));
    expect(c.staticVersions).toEqual([]);
    expect(c.versionPaths).toEqual([{ path: 'src/d/__about__.py', via: '[tool.hatch.version] path' }]);
  });

  test('setuptools attr is split into module and variable, with package-dir', () => {
    const c = readVersionConfig(parsePyproject('[project]\nname = "d"\ndynamic = ["version"]\n[tool.setuptools.dynamic]\nversion = {attr = "d.about.__version__"}\n[tool.setuptools.package-dir]\n"" = "lib"\n', 'p'));
    expect(c.attr).toEqual({ module: 'd.about', variable: '__version__', packageDir: 'lib' });
  });

  test.each([
    ['[tool.setuptools_scm]\n'],
    ['[tool.hatch.version]\nsource = "vcs"\n'],
    ['[tool.pdm.version]\nsource = "scm"\n'],
  ])('VCS-derived version: %j', (tail) => {
    expect(readVersionConfig(parsePyproject(`[project]\nname = "d"\ndynamic = ["version"]\n${tail}`, 'p')).fromVcs).toBe(true);
  });
});
