import { describe, expect, test } from '@jest/globals';
import { isReleaseError } from '../../src/core/errors.js';
import { askEarly, CHECKOUT_STATE_ARGS, dropEarlyAnswers, Git } from '../../src/git/git.js';
import { git, trackRepos } from '../helpers/repo.js';

const repos = trackRepos();

describe('askEarly (read-only git questions started before a stage asks them)', () => {
  test('the first Git in that directory asking exactly those arguments gets the early answer, once', async () => {
    const r = await repos.make();
    const before = await git(r.dir, 'rev-parse', 'HEAD');
    await askEarly(r.dir, [['rev-parse', 'HEAD']]);
    await git(r.dir, 'commit', '--quiet', '--allow-empty', '-m', 'fix: after the early question');
    const after = await git(r.dir, 'rev-parse', 'HEAD');
    expect(after).not.toBe(before);
    const g = new Git(r.dir);
    // Other arguments, or the same ones with options, run git now.
    expect(await g.out(['rev-parse', '--verify', 'HEAD'])).toBe(after);
    expect((await g.git(['rev-parse', 'HEAD'], { env: { GIT_DIR: `${r.dir}/.git` } })).stdout.trim()).toBe(after);
    // The early answer, as git gave it when asked early; then it is gone.
    expect(await g.out(['rev-parse', 'HEAD'])).toBe(before);
    expect(await g.out(['rev-parse', 'HEAD'])).toBe(after);
  });

  test('an early answer that failed fails the asker as git would have (GIT_FAILED), or is returned with check: false', async () => {
    const r = await repos.make();
    await askEarly(r.dir, [['rev-parse', '--verify', 'no-such-branch'], ['rev-parse', '--verify', 'nor-this-one']]);
    const g = new Git(r.dir);
    const err = await g.git(['rev-parse', '--verify', 'no-such-branch']).catch((e: unknown) => e);
    expect(isReleaseError(err, 'GIT_FAILED')).toBe(true);
    expect((err as Error).message).toContain('rev-parse failed');
    const soft = await g.git(['rev-parse', '--verify', 'nor-this-one'], { check: false });
    expect(soft.code).not.toBe(0);
  });

  test('the checkout questions asked early give the same state as asked late', async () => {
    const r = await repos.make();
    const late = await new Git(r.dir).checkoutState();
    await askEarly(r.dir, [CHECKOUT_STATE_ARGS]);
    expect(await new Git(r.dir).checkoutState()).toEqual(late);
  });

  test('dropEarlyAnswers forgets what nobody took: the question runs live afterwards', async () => {
    const r = await repos.make();
    await askEarly(r.dir, [['rev-parse', 'HEAD']]);
    await git(r.dir, 'commit', '--quiet', '--allow-empty', '-m', 'fix: after the early question');
    dropEarlyAnswers(r.dir);
    expect(await new Git(r.dir).out(['rev-parse', 'HEAD'])).toBe(await git(r.dir, 'rev-parse', 'HEAD'));
  });
});
