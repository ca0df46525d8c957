import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { locateChangelog } from '../../src/changelog/locate.js';
import { rejection } from '../helpers/errors.js';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop() as string, { recursive: true, force: true });
});

function tree(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'relay-locate-'));
  dirs.push(root);
  for (const f of files) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), 'x\n');
  }
  return root;
}

describe('locateChangelog: the project\'s existing changelog, never a second one', () => {
  test.each([
    [['HISTORY.md', 'README.md'], 'HISTORY.md'],
    [['CHANGES.rst'], 'CHANGES.rst'],
    [['NEWS'], 'NEWS'],
    [['docs/changelog.rst', 'docs/index.rst'], 'docs/changelog.rst'],
    [['docs/versions.rst'], 'docs/versions.rst'],
    [['CHANGES.md', 'docs/changes.md'], 'CHANGES.md'],
    [['Changelog.md', 'HISTORY.rst'], 'Changelog.md'],
  ])('%j → %s', async (files, expected) => {
    expect(await locateChangelog(tree(files), '.')).toEqual({ path: expected, exists: true, from: 'found' });
  });

  test('a fragment directory named changelog/ is not a changelog; none found → a new CHANGELOG.md', async () => {
    expect(await locateChangelog(tree(['changelog/123.bugfix.rst', 'README.md']), '.')).toEqual({ path: 'CHANGELOG.md', exists: false, from: 'new' });
  });

  test('inside package-dir; an explicit path wins, and one outside the repository is refused', async () => {
    const root = tree(['packages/a/HISTORY.rst', 'CHANGELOG.md']);
    expect(await locateChangelog(root, 'packages/a')).toMatchObject({ path: 'HISTORY.rst' });
    expect(await locateChangelog(root, '.', { path: 'docs/NEWS.md', from: 'input "changelog-file"' })).toEqual({ path: 'docs/NEWS.md', exists: false, from: 'input "changelog-file"' });
    const err = await rejection(locateChangelog(root, '.', { path: '../../etc/x.md', from: 'input "changelog-file"' }), 'PATH_ESCAPE');
    expect(err.message).toContain('changelog-file');
  });
});
