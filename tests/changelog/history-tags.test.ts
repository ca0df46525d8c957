import { afterEach, describe, expect, test } from '@jest/globals';
import { readReleaseHistory } from '../../src/changelog/history.js';
import { exec, type Exec } from '../../src/core/exec.js';
import { Git } from '../../src/git/git.js';
import { getScheme } from '../../src/versioning/scheme.js';
import { commit, git, makeRepo, type TempRepo } from '../helpers/repo.js';

const semver = getScheme('semver');
const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});

/** A Git whose git calls are recorded, and whether one of them walked the history with --merged. */
function recorded(dir: string): { git: Git; walked: () => boolean; asked: (command: string) => boolean } {
  const calls: string[][] = [];
  const recording: Exec = (cmd, args, options) => {
    if (cmd === 'git') calls.push([...args]);
    return exec(cmd, args, options);
  };
  return { git: new Git(dir, recording), walked: () => calls.some((a) => a.some((x) => x.startsWith('--merged'))), asked: (command) => calls.some((a) => a[0] === command) };
}

const options = { name: 'x', scheme: semver, commitMessage: 'chore(release): {version}', fileVersion: null };

describe('readReleaseHistory: the last release without walking the history', () => {
  test('the usual case (newest tag a final release on HEAD): no --merged walk; style inferred from the tags', async () => {
    const r = await makeRepo();
    repos.push(r);
    for (let i = 1; i <= 3; i++) {
      await commit(r.dir, `feat: ${i}`);
      await git(r.dir, 'tag', `v1.${i}.0`);
    }
    await commit(r.dir, 'fix: after');
    const g = recorded(r.dir);
    const h = await readReleaseHistory(g.git, options);
    expect(h.last?.tag).toBe('v1.3.0');
    expect(h.tagStyle).toMatchObject({ template: 'v{version}', source: 'tags' });
    expect(h.commits.map((c) => c.description)).toEqual(['after']);
    expect(g.walked()).toBe(false);
  });

  test('the newest tag on another branch: the reachable tags decide, as before', async () => {
    const r = await makeRepo();
    repos.push(r);
    await commit(r.dir, 'feat: one');
    await git(r.dir, 'tag', 'v1.0.0');
    await git(r.dir, 'checkout', '-q', '-b', 'next');
    await commit(r.dir, 'feat!: two');
    await git(r.dir, 'tag', 'v2.0.0');
    await git(r.dir, 'checkout', '-q', '-');
    await commit(r.dir, 'fix: on main');
    const g = recorded(r.dir);
    const h = await readReleaseHistory(g.git, options);
    expect(h.last?.tag).toBe('v1.0.0');
    expect(h.commits.map((c) => c.description)).toEqual(['on main']);
    expect(g.walked()).toBe(true);
    // HEAD known (as prepare calls it): the log's boundary (not v2.0.0) says the same, without merge-base.
    const known = recorded(r.dir);
    const k = await readReleaseHistory(known.git, { ...options, head: await git(r.dir, 'rev-parse', 'HEAD') });
    expect(k.last?.tag).toBe('v1.0.0');
    expect(k.commits.map((c) => c.description)).toEqual(['on main']);
    expect(known.walked()).toBe(true);
    expect(known.asked('merge-base')).toBe(false);
  });

  test('a pre-release on top, or two styles naming the same version: the reachable tags decide', async () => {
    const r = await makeRepo();
    repos.push(r);
    await commit(r.dir, 'feat: one');
    await git(r.dir, 'tag', 'v1.0.0');
    await commit(r.dir, 'feat: two');
    await git(r.dir, 'tag', 'v1.1.0-rc.1');
    const pre = recorded(r.dir);
    expect((await readReleaseHistory(pre.git, options)).last?.tag).toBe('v1.1.0-rc.1');
    expect(pre.walked()).toBe(true);

    await git(r.dir, 'tag', 'v1.1.0');
    await git(r.dir, 'tag', '1.1.0');
    const tie = recorded(r.dir);
    const h = await readReleaseHistory(tie.git, options);
    expect(h.last?.version).toBe('1.1.0');
    expect(tie.walked()).toBe(true);
  });
});

describe('readReleaseHistory with HEAD known (as prepare calls it): the boundary of the log is the ancestry check', () => {
  test('the newest tag reachable: its commits, and no merge-base process', async () => {
    const r = await makeRepo();
    repos.push(r);
    await commit(r.dir, 'feat: one');
    await git(r.dir, 'tag', 'v1.0.0');
    await git(r.dir, 'checkout', '-q', '-b', 'topic');
    await commit(r.dir, 'feat: on topic');
    await git(r.dir, 'checkout', '-q', '-');
    await commit(r.dir, 'fix: on main');
    await git(r.dir, 'merge', '-q', '--no-ff', '-m', 'Merge branch topic', 'topic');
    const g = recorded(r.dir);
    const h = await readReleaseHistory(g.git, { ...options, head: await git(r.dir, 'rev-parse', 'HEAD') });
    expect(h.last?.tag).toBe('v1.0.0');
    expect(h.commits.map((c) => c.description).sort()).toEqual(['Merge branch topic', 'on main', 'on topic']);
    expect(g.asked('merge-base')).toBe(false);
    expect(g.walked()).toBe(false);
  });

  test('HEAD is the tagged commit (an empty log, no boundary): that release, no commits', async () => {
    const r = await makeRepo();
    repos.push(r);
    await commit(r.dir, 'feat: one');
    await git(r.dir, 'tag', 'v1.0.0');
    const g = recorded(r.dir);
    const h = await readReleaseHistory(g.git, { ...options, head: await git(r.dir, 'rev-parse', 'HEAD') });
    expect(h.last?.tag).toBe('v1.0.0');
    expect(h.commits).toEqual([]);
    expect(g.walked()).toBe(false);
  });
});
