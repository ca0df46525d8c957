import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readParsedCommits, streamCommits, type RawCommit } from '../../src/commits/read.js';
import { isReleaseError } from '../../src/core/errors.js';
import { exec } from '../../src/core/exec.js';
import { Git } from '../../src/git/git.js';
import { commit, git, trackRepos, type TempRepo } from '../helpers/repo.js';

const repos = trackRepos();

const repo = (): Promise<TempRepo> => repos.make();

/** The raw commits of a range, as readParsedCommits reads them. */
async function readCommits(git: Git, range: { from: string | null; to?: string }, options?: { paths?: string[] }): Promise<RawCommit[]> {
  return (await readParsedCommits(git, range, options)).map((c) => c.raw);
}

describe('readParsedCommits', () => {
  test('reads every field, newest first, with bodies that hold separators and non-ASCII text', async () => {
    const r = await repo();
    const first = await git(r.dir, 'rev-parse', 'HEAD');
    const body = 'Line with \x1f unit and \x1e record separators.\n\nÜnïcödé ✓ 日本語\n\nRefs: #7';
    const a = await commit(r.dir, `feat(api): add thing\n\n${body}`);
    const b = await commit(r.dir, 'fix: small');
    const commits = await readCommits(new Git(r.dir), { from: null });
    expect(commits.map((c) => c.sha)).toEqual([b, a, first]);
    expect(commits[1]).toMatchObject({ sha: a, subject: 'feat(api): add thing', parents: [first], authorName: 'Test Author' });
    expect(commits[1].body.trimEnd()).toBe(body);
    expect(commits[1].date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(commits[2].parents).toEqual([]);
  });

  test('fields longer than a pipe read, full of multi-byte characters, arrive whole (split only at NULs)', async () => {
    const r = await repo();
    // 3- and 4-byte characters at every offset: ~200 kB per body spans several 64 kB reads, so some read
    // ends inside a character and inside a field.
    const bodies = [0, 1, 2].map((k) => `${'x'.repeat(k)}${'日本語✓😀'.repeat(14_000)}\n\nRefs: #${k}`);
    const shas: string[] = [];
    for (const [k, body] of bodies.entries()) {
      // Through a file: one argument may not exceed 128 kB.
      const file = join(r.dir, '.git', `message-${k}.txt`);
      writeFileSync(file, `feat: big ${k}\n\n${body}`);
      await git(r.dir, 'commit', '--quiet', '--allow-empty', '--cleanup=verbatim', '-F', file);
      shas.push(await git(r.dir, 'rev-parse', 'HEAD'));
    }
    const commits = await readCommits(new Git(r.dir), { from: null });
    expect(commits.slice(0, 3).map((c) => c.sha)).toEqual(shas.reverse());
    expect(commits.slice(0, 3).map((c) => c.body.trimEnd())).toEqual([...bodies].reverse());
  });

  test('onBoundary: the excluded parents of listed commits, by SHA and not as commits; the lower end among them when it is an ancestor', async () => {
    const r = await repo();
    const base = await git(r.dir, 'rev-parse', 'HEAD');
    await git(r.dir, 'checkout', '--quiet', '-b', 'side');
    const side = await commit(r.dir, 'feat: on side');
    await git(r.dir, 'checkout', '--quiet', 'main');
    const a = await commit(r.dir, 'fix: a');
    const b = await commit(r.dir, 'fix: b');
    const g = new Git(r.dir);
    const boundary: string[] = [];
    const listed = (await readParsedCommits(g, { from: base }, { onBoundary: (sha) => boundary.push(sha) })).map((c) => c.sha);
    expect(listed).toEqual([b, a]);
    expect(boundary).toEqual([base]);
    // A lower end on another branch is not on the boundary (their merge base is).
    const fromSide: string[] = [];
    expect((await readParsedCommits(g, { from: side }, { onBoundary: (sha) => fromSide.push(sha) })).map((c) => c.sha)).toEqual([b, a]);
    expect(fromSide).toEqual([base]);
    await expect(readParsedCommits(g, { from: base }, { onBoundary: () => undefined, paths: ['x'] })).rejects.toThrow('cannot be combined');
  });

  test('a range excludes the lower end; paths limit to a package', async () => {
    const r = await repo();
    const base = await git(r.dir, 'rev-parse', 'HEAD');
    mkdirSync(join(r.dir, 'pkg-a'));
    writeFileSync(join(r.dir, 'pkg-a', 'x.txt'), '1');
    await git(r.dir, 'add', '-A');
    const inA = await commit(r.dir, 'feat(a): touch a');
    const other = await commit(r.dir, 'chore: elsewhere');
    const g = new Git(r.dir);
    expect((await readCommits(g, { from: base })).map((c) => c.sha)).toEqual([other, inA]);
    expect((await readCommits(g, { from: base }, { paths: ['pkg-a'] })).map((c) => c.sha)).toEqual([inA]);
    expect((await readCommits(g, { from: inA, to: other })).map((c) => c.sha)).toEqual([other]);
  });

  test('merge commits carry both parents', async () => {
    const r = await repo();
    await git(r.dir, 'checkout', '--quiet', '-b', 'topic');
    const t = await commit(r.dir, 'feat: on topic');
    await git(r.dir, 'checkout', '--quiet', 'main');
    const m = await commit(r.dir, 'fix: on main');
    await git(r.dir, 'merge', '--quiet', '--no-ff', '-m', 'Merge pull request #12 from o/topic', 'topic');
    const commits = await readCommits(new Git(r.dir), { from: null });
    expect(commits[0].parents).toEqual([m, t]);
    expect(commits.map((c) => c.sha)).toEqual(expect.arrayContaining([t, m]));
  });

  test('an empty repository (unborn HEAD) has no commits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relay-empty-'));
    try {
      await exec('git', ['init', '--quiet', dir]);
      expect(await readCommits(new Git(dir), { from: null })).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an unknown revision is GIT_FAILED with git\'s message; an option-like one is refused before git runs', async () => {
    const r = await repo();
    const g = new Git(r.dir);
    await expect(readCommits(g, { from: 'no-such-tag' })).rejects.toMatchObject({ code: 'GIT_FAILED' });
    try {
      await readCommits(g, { from: '--output=/tmp/x' });
      throw new Error('no throw');
    } catch (err) {
      expect(isReleaseError(err, 'BAD_INPUT')).toBe(true);
    }
  });

  test('a callback that throws stops git and rejects with that error', async () => {
    const r = await repo();
    for (let i = 0; i < 5; i++) await commit(r.dir, `fix: ${i}`);
    let seen = 0;
    await expect(
      streamCommits(new Git(r.dir), { from: null }, () => {
        seen++;
        throw new Error('stop here');
      }),
    ).rejects.toThrow('stop here');
    expect(seen).toBe(1);
  });

  test('an abort kills git and rejects with TIMEOUT', async () => {
    const r = await repo();
    for (let i = 0; i < 3; i++) await commit(r.dir, `fix: ${i}`);
    const ac = new AbortController();
    let seen = 0;
    await expect(
      streamCommits(new Git(r.dir), { from: null }, () => {
        seen++;
        ac.abort();
      }, { signal: ac.signal }),
    ).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(seen).toBe(1);
  });
});
