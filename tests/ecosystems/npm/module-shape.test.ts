/** How a user loads a package, read from package.json as Node resolves it (import, require, both, none). */
import { describe, expect, test } from '@jest/globals';
import { binNames, moduleShape, resolveExportTarget } from '../../../src/ecosystems/npm/module-shape.js';

const ways = (m: Record<string, unknown>, index = false): string => {
  const s = moduleShape(m, index);
  return s ? [s.import && 'import', s.require && 'require'].filter(Boolean).join('+') : 'none';
};

describe('moduleShape', () => {
  test.each([
    [{ type: 'module', exports: './index.js' }, 'import'],
    [{ exports: { '.': { import: './esm/index.mjs', require: './cjs/index.cjs' } } }, 'import+require'],
    [{ exports: { '.': { types: './d.ts', node: { import: './a.mjs', require: './a.cjs' }, default: './a.mjs' } } }, 'import+require'],
    // import + default pointing at CommonJS is dual too.
    [{ exports: { import: './x.mjs', default: './x.cjs' } }, 'import+require'],
    [{ exports: { '.': { import: './x.mjs' } } }, 'import'],
    [{ exports: { '.': { require: './x.js' } } }, 'require'],
    [{ type: 'module', exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } } }, 'import'],
    [{ exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } } }, 'require'],
    [{ exports: { './feature': './feature.js' } }, 'none'],
    [{ main: 'lib/index.js' }, 'require'],
    [{ type: 'module', main: 'lib/index.js' }, 'import'],
    [{ main: 'lib/index.mjs' }, 'import'],
    [{ bin: { x: './cli.js' } }, 'none'],
  ])('%j → %s', (manifest, expected) => {
    expect(ways(manifest)).toBe(expected);
  });

  test('no main and no exports: index.js when the package has one', () => {
    expect(ways({}, true)).toBe('require');
    expect(ways({}, false)).toBe('none');
  });

  test('resolveExportTarget follows key order and default', () => {
    const target = { browser: './b.js', import: './i.mjs', default: './d.cjs' };
    expect(resolveExportTarget(target, new Set(['node', 'import']))).toBe('./i.mjs');
    expect(resolveExportTarget(target, new Set(['node', 'require']))).toBe('./d.cjs');
  });

  test('binNames: a string bin is named after the package without its scope', () => {
    expect(binNames({ name: '@acme/tool', bin: './cli.js' })).toEqual(['tool']);
    expect(binNames({ name: 'x', bin: { a: './a.js', b: './b.js' } })).toEqual(['a', 'b']);
    expect(binNames({ name: 'x' })).toEqual([]);
  });
});
