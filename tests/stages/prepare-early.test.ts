import { describe, expect, test } from '@jest/globals';
import { readReleaseHistory } from '../../src/changelog/history.js';
import { askEarly, Git } from '../../src/git/git.js';
import { prepareRelease } from '../../src/stages/prepare-release.js';
import { releasableRepo } from '../helpers/release-repo.js';
import type { TagRef } from '../../src/git/tag-list.js';
import { askPrepareQuestionsEarly, newestPlainReleaseTag } from '../../src/stages/prepare-early.js';
import { exec } from '../../src/core/exec.js';
import { join } from 'node:path';
import { getScheme } from '../../src/versioning/scheme.js';
import { commit, git, trackRepos } from '../helpers/repo.js';

const repos = trackRepos();
const options = { name: 'x', scheme: getScheme('semver'), commitMessage: 'chore(release): {version}', fileVersion: null };
const tag = (name: string): TagRef => ({ name, sha: name, date: '' });

describe('newestPlainReleaseTag (the guess at the last release, before the tag template is known)', () => {
  test('the highest plain final version, compared as numbers; prefixes, suffixes and pre-releases are not guessed', () => {
    expect(newestPlainReleaseTag(['v1.9.0', 'v1.10.0', 'v1.2.12'].map(tag))?.name).toBe('v1.10.0');
    expect(newestPlainReleaseTag(['1.99.99', '2.0', 'v2.0.0-rc.1', '3.0.0rc1', 'pkg-v9.0.0', 'v10', 'latest'].map(tag))?.name).toBe('2.0');
    expect(newestPlainReleaseTag(['nightly', 'pkg-1.0.0'].map(tag))).toBeNull();
  });
});

describe('askPrepareQuestionsEarly: the history step reads the log started early when it picks the guessed tag', () => {
  async function tagged(): Promise<{ dir: string; head: string }> {
    const r = await repos.make();
    await commit(r.dir, 'feat: one');
    await git(r.dir, 'tag', 'v1.0.0');
    await commit(r.dir, 'feat: two');
    await git(r.dir, 'tag', 'v1.1.0');
    await commit(r.dir, 'fix: after');
    return { dir: r.dir, head: await git(r.dir, 'rev-parse', 'HEAD') };
  }

  test('the guess is the last release: its commits come from the early log (a commit made since is not in it)', async () => {
    const { dir, head } = await tagged();
    await askPrepareQuestionsEarly(dir, { dryRun: true }).logEnded;
    await commit(dir, 'fix: made after the early log');
    const h = await readReleaseHistory(new Git(dir), { ...options, head });
    expect(h.last?.tag).toBe('v1.1.0');
    expect(h.commits.map((c) => c.description)).toEqual(['after']);
  });

  test('the guessed tag is on another branch: the history step reads its own log, as without the guess', async () => {
    const { dir } = await tagged();
    await git(dir, 'checkout', '-q', '-b', 'next');
    await commit(dir, 'feat!: nine');
    await git(dir, 'tag', 'v9.0.0');
    await git(dir, 'checkout', '-q', 'main');
    await askPrepareQuestionsEarly(dir, { dryRun: true }).logEnded;
    await commit(dir, 'fix: made after the early log');
    const head = await git(dir, 'rev-parse', 'HEAD');
    const h = await readReleaseHistory(new Git(dir), { ...options, head });
    expect(h.last?.tag).toBe('v1.1.0');
    expect(h.commits.map((c) => c.description)).toEqual(['made after the early log', 'after']);
  });

  test('a package below the root (its history is path-limited) gets no early log', async () => {
    const { dir } = await tagged();
    await askPrepareQuestionsEarly(dir, { dryRun: true, packageDir: 'pkg' }).logEnded;
    await commit(dir, 'fix: made after');
    const h = await readReleaseHistory(new Git(dir), { ...options, head: await git(dir, 'rev-parse', 'HEAD') });
    expect(h.commits.map((c) => c.description)).toEqual(['made after', 'after']);
  });
});

describe('prepareRelease forgets the early work it did not take', () => {
  test('an early answer nobody asked for is dropped after the first step: later, the same question runs live', async () => {
    const r = repos.track(await releasableRepo());
    const unasked = ['rev-parse', '--verify', 'HEAD'];
    await askEarly(r.dir, [unasked]);
    await prepareRelease({ cwd: r.dir, dryRun: true, repository: { owner: 'acme', name: 'relay-example' } });
    await commit(r.dir, 'fix: after the release was prepared');
    expect(await new Git(r.dir).out(unasked)).toBe(await git(r.dir, 'rev-parse', 'HEAD'));
  });
});

describe('a shallow clone: what was started early is dropped once prepare has fetched the full history', () => {
  test('the early log saw the shallow history (a side branch cut short); prepare reads the whole range after its fetch', async () => {
    // main: v0.1.0 → feat → fix → merge of a side branch that forked below v0.1.0 (s0 → s1 → s2 → s3).
    const r = repos.track(await releasableRepo());
    await git(r.dir, 'checkout', '-q', '-b', 'side', `${r.base}~0`);
    for (const s of ['s0', 's1', 's2', 's3']) await commit(r.dir, `fix: side ${s}`);
    await git(r.dir, 'checkout', '-q', 'main');
    await git(r.dir, 'merge', '-q', '--no-ff', '-m', 'Merge branch side', 'side');
    await git(r.dir, 'push', '--quiet', 'origin', 'main');
    // Depth 4 from the merge reaches v0.1.0's commit on main but cuts the side branch at s1: s0 is missing.
    const clone = join(r.root, 'shallow');
    await exec('git', ['clone', '--quiet', '--depth', '4', `file://${r.remote}`, clone]);
    expect(await git(clone, 'tag', '--list')).toBe('v0.1.0');
    expect(await git(clone, 'log', '--format=%s', 'v0.1.0..HEAD')).not.toContain('side s0');
    expect(await git(clone, 'rev-parse', '--is-shallow-repository')).toBe('true');
    await askPrepareQuestionsEarly(clone, { dryRun: true }).logEnded;
    const result = await prepareRelease({ cwd: clone, dryRun: true, repository: { owner: 'acme', name: 'relay-example' } });
    const notes = result.context.changelog?.section_markdown ?? '';
    for (const s of ['s0', 's1', 's2', 's3']) expect(notes).toContain(`side ${s}`);
  });
});
