import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { exec } from '../../src/core/exec.js';
import { Git } from '../../src/git/git.js';
import { git, trackRepos } from '../helpers/repo.js';

const repos = trackRepos();

describe('Git.checkoutState (one process for the checkout questions)', () => {
  test('on a branch: HEAD, top level, branch and shallowness, from a subdirectory too', async () => {
    const r = await repos.make();
    await git(r.dir, 'checkout', '--quiet', '-b', 'feature/x');
    mkdirSync(join(r.dir, 'sub'));
    const state = await new Git(join(r.dir, 'sub')).checkoutState();
    expect(state).toEqual({ head: await git(r.dir, 'rev-parse', 'HEAD'), topLevel: await git(r.dir, 'rev-parse', '--show-toplevel'), shallow: false, branch: 'feature/x' });
  });

  test('detached HEAD has no branch; a shallow clone says so', async () => {
    const r = await repos.make();
    await git(r.dir, 'commit', '--quiet', '--allow-empty', '-m', 'feat: two');
    await git(r.dir, 'push', '--quiet', 'origin', 'main');
    await git(r.dir, 'checkout', '--quiet', '--detach');
    expect((await new Git(r.dir).checkoutState())?.branch).toBeNull();
    const shallow = join(r.root, 'shallow');
    await exec('git', ['clone', '--quiet', '--depth', '1', `file://${r.remote}`, shallow]);
    expect(await new Git(shallow).checkoutState()).toMatchObject({ shallow: true, branch: 'main' });
  });

  test('no commit yet, or no repository: null (the one-by-one questions say which)', async () => {
    const r = await repos.make();
    const empty = join(r.root, 'empty');
    await exec('git', ['init', '--quiet', empty]);
    expect(await new Git(empty).checkoutState()).toBeNull();
    const plain = join(r.root, 'plain');
    mkdirSync(plain);
    expect(await new Git(plain).checkoutState()).toBeNull();
  });
});

describe('Git.remoteTags (one ls-remote for every tag question)', () => {
  test('lightweight and annotated tags map to the commit they name; a missing tag is absent', async () => {
    const r = await repos.make();
    const first = await git(r.dir, 'rev-parse', 'HEAD');
    await git(r.dir, 'commit', '--quiet', '--allow-empty', '-m', 'feat: two');
    const second = await git(r.dir, 'rev-parse', 'HEAD');
    await git(r.dir, 'tag', 'v1.0.0', first);
    await git(r.dir, 'tag', '-a', '-m', 'release 1.1.0', 'v1.1.0', second);
    await git(r.dir, 'push', '--quiet', 'origin', 'main', '--tags');
    await git(r.dir, 'tag', 'local-only');
    const tags = await new Git(r.dir).remoteTags('origin');
    expect(tags).toEqual(new Map([['v1.0.0', first], ['v1.1.0', second]]));
  });

  test('an unreadable remote gives null, not an error', async () => {
    const r = await repos.make();
    await git(r.dir, 'remote', 'add', 'gone', join(r.root, 'no-such-remote.git'));
    expect(await new Git(r.dir).remoteTags('gone')).toBeNull();
  });

  test('aborting stops the listing', async () => {
    const r = await repos.make();
    const stop = new AbortController();
    stop.abort();
    await expect(new Git(r.dir).remoteTags('origin', stop.signal)).rejects.toThrow();
  });
});
