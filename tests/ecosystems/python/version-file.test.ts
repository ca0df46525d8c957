import { describe, expect, test } from '@jest/globals';
import { ReleaseError } from '../../../src/core/errors.js';
import { findVersionAssignments, readVersion, updateContent } from '../../../src/ecosystems/python/version-file.js';

describe('__version__ updater', () => {
  test('double quotes, comments and everything else kept', () => {
    const before = '"""Docs.\n\n__version__ = "0.0.0" in a docstring\n"""\nimport os\n\n__version__ = "1.2.0"  # keep in sync\nVERSION = "1.2.0"\n';
    const after = updateContent(before, '1.3.0');
    expect(after).toBe('"""Docs.\n\n__version__ = "0.0.0" in a docstring\n"""\nimport os\n\n__version__ = "1.3.0"  # keep in sync\nVERSION = "1.2.0"\n');
  });

  test('single quotes and a type annotation', () => {
    expect(updateContent("__version__: str = '0.1.0'\n", '0.2.0')).toBe("__version__: str = '0.2.0'\n");
    expect(updateContent("__version__ : Final = '0.1.0'\n", '0.2.0')).toBe("__version__ : Final = '0.2.0'\n");
  });

  test('non-literal and indented assignments are not version literals', () => {
    const text = 'from importlib.metadata import version\n__version__ = version("demo")\ndef f():\n    __version__ = "9"\n__version__ = "1" + "2"\n';
    expect(findVersionAssignments(text)).toEqual([]);
    expect(readVersion(text)).toBeNull();
  });

  test('no __version__ line: NO_VERSION naming the file', () => {
    let err: unknown;
    try {
      updateContent('x = 1\n', '1.0.0', { file: 'src/demo/__init__.py' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ReleaseError);
    expect((err as ReleaseError).code).toBe('NO_VERSION');
    expect((err as ReleaseError).message).toContain('src/demo/__init__.py');
  });
});
