import { describe, expect, test } from '@jest/globals';
import { exec } from '../../src/core/exec.js';
import { plainlyValidRefName } from '../../src/git/git.js';

describe('plainlyValidRefName (skips git check-ref-format only where git agrees)', () => {
  const names = ['v1.2.3', 'name-v1.2.3', 'release/v1.0.0', 'v1.0.0+build.1', '-x', 'a./b', 'a_b', '@scope/pkg@1.0.0', 'a.lock/b', 'x.lock', 'a/.b', '.a', 'a..b', 'a/', '/a', 'a//b', 'a.', 'a b', 'a~1', 'a^', 'a:b', 'a?', 'a*', 'a[', 'a\\b', 'a@{1}', '@', 'ünï'];
  test.each(names)('%j', async (name) => {
    const git = await exec('git', ['check-ref-format', `refs/tags/${name}`], { check: false });
    // Only a name git accepts may be taken without asking git; the rest go to git as before.
    if (plainlyValidRefName(name)) expect(git.code).toBe(0);
  });

  test('the usual tag and branch names need no process', () => {
    for (const n of ['v1.2.3', 'pkg-v0.1.0rc1', 'release/v2.0.0', 'my_pkg-1.0.0']) expect(plainlyValidRefName(n)).toBe(true);
    for (const n of ['a..b', 'x.lock', '.hidden', 'a b', 'a/']) expect(plainlyValidRefName(n)).toBe(false);
  });
});
