import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findLastReleaseTag, formatTag, parseTag } from '../../src/changelog/tags.js';
import { isReleaseError } from '../../src/core/errors.js';
import { exec, type Exec } from '../../src/core/exec.js';
import { Git } from '../../src/git/git.js';
import { getScheme } from '../../src/versioning/scheme.js';
import { commit, git, trackRepos, type TempRepo } from '../helpers/repo.js';

const semver = getScheme('semver');
const pep440 = getScheme('pep440');
const repos = trackRepos();

const repo = (): Promise<TempRepo> => repos.make();

describe('formatTag / parseTag', () => {
  test.each([
    ['v{version}', 'pkg', '1.2.0', 'v1.2.0'],
    ['', 'pkg', '1.2.0', 'v1.2.0'],
    ['{version}', 'pkg', '1.2.0rc1', '1.2.0rc1'],
    ['{name}-v{version}', 'pkg-a', '1.0.0', 'pkg-a-v1.0.0'],
    ['{name}@{version}', '@scope/lib', '2.0.0', '@scope/lib@2.0.0'],
    ['release/{name}/{version}', 'core', '3.1.4', 'release/core/3.1.4'],
  ])('%j for %s %s ↔ %s', (template, name, version, tag) => {
    expect(formatTag(template, { version, name })).toBe(tag);
    expect(parseTag(template, tag, name)).toBe(version);
  });

  test('tags of another package or another shape do not parse', () => {
    expect(parseTag('{name}-v{version}', 'b-v1.0.0', 'a')).toBeNull();
    expect(parseTag('{name}-v{version}', 'a-b-v1.0.0', 'a')).toBeNull();
    expect(parseTag('v{version}', 'release-1.0', 'x')).toBeNull();
    expect(parseTag('v{version}', 'v', 'x')).toBeNull();
  });

  test('a template without {version} (or with two) is BAD_INPUT naming tag-template', () => {
    for (const t of ['v', '{version}-{version}']) {
      try {
        formatTag(t, { version: '1.0.0', name: 'x' });
        throw new Error('no throw');
      } catch (err) {
        if (!isReleaseError(err, 'BAD_INPUT')) throw err;
        expect(err.message).toContain('tag-template');
      }
    }
  });
});

describe('findLastReleaseTag (real repositories)', () => {
  test('the highest version reachable from HEAD, annotated tags peeled, junk and unmerged tags ignored', async () => {
    const r = await repo();
    const g = new Git(r.dir);
    await commit(r.dir, 'feat: one');
    await git(r.dir, 'tag', 'v1.2.0');
    const c2 = await commit(r.dir, 'feat: two');
    await git(r.dir, 'tag', '-a', '-m', 'release 1.10.0', 'v1.10.0');
    await git(r.dir, 'tag', 'v1.9.0'); // lower version, same commit
    await git(r.dir, 'tag', 'vnext'); // does not parse
    await git(r.dir, 'tag', 'v9.9'); // not semver
    await commit(r.dir, 'fix: after');
    // A higher tag on a branch that is not merged into HEAD.
    await git(r.dir, 'checkout', '--quiet', '-b', 'side');
    await commit(r.dir, 'feat: side');
    await git(r.dir, 'tag', 'v2.0.0');
    await git(r.dir, 'checkout', '--quiet', 'main');

    expect(await findLastReleaseTag(g, { template: 'v{version}', name: 'x', scheme: semver })).toEqual({ tag: 'v1.10.0', version: '1.10.0', sha: c2 });
    // From the side branch, v2.0.0 is reachable.
    expect((await findLastReleaseTag(g, { template: 'v{version}', name: 'x', scheme: semver, rev: 'side' }))?.tag).toBe('v2.0.0');
  });

  test('does not walk the history: plain for-each-ref, then one is-ancestor check for the newest tag', async () => {
    const r = await repo();
    for (let i = 1; i <= 5; i++) {
      await commit(r.dir, `feat: ${i}`);
      await git(r.dir, 'tag', `v1.${i}.0`);
    }
    await commit(r.dir, 'fix: unreleased');
    const calls: string[][] = [];
    const recording: Exec = (cmd, args, options) => {
      if (cmd === 'git') calls.push([...args]);
      return exec(cmd, args, options);
    };
    const found = await findLastReleaseTag(new Git(r.dir, recording), { template: 'v{version}', name: 'x', scheme: semver });
    expect(found?.tag).toBe('v1.5.0');
    expect(calls.some((a) => a.some((x) => x.startsWith('--merged')))).toBe(false);
    expect(calls.filter((a) => a[0] === 'merge-base')).toHaveLength(1);
  });

  test('a maintenance branch behind many newer tags: one --merged query after a few misses finds its own', async () => {
    const r = await repo();
    const g = new Git(r.dir);
    await commit(r.dir, 'feat: base');
    await git(r.dir, 'tag', 'v1.0.0');
    const fix = await commit(r.dir, 'fix: for 1.0');
    await git(r.dir, 'tag', 'v1.0.1');
    await git(r.dir, 'branch', 'maint-1.0');
    for (let i = 1; i <= 10; i++) {
      await commit(r.dir, `feat: newer ${i}`);
      await git(r.dir, 'tag', `v1.${i}.0`);
    }
    await git(r.dir, 'checkout', '--quiet', 'maint-1.0');
    await commit(r.dir, 'fix: backport');
    expect(await findLastReleaseTag(g, { template: 'v{version}', name: 'x', scheme: semver })).toEqual({ tag: 'v1.0.1', version: '1.0.1', sha: fix });
    // Fewer newer tags than the one-by-one budget: found without the fallback, same answer.
    for (let i = 3; i <= 10; i++) await git(r.dir, 'tag', '-d', `v1.${i}.0`);
    expect((await findLastReleaseTag(g, { template: 'v{version}', name: 'x', scheme: semver }))?.tag).toBe('v1.0.1');
  });

  test('monorepo: two packages tagged in one repository each find their own', async () => {
    const r = await repo();
    const g = new Git(r.dir);
    const a1 = await commit(r.dir, 'feat(a): a');
    await git(r.dir, 'tag', 'a-v1.0.0');
    const b2 = await commit(r.dir, 'feat(b): b');
    await git(r.dir, 'tag', 'b-v2.0.0');
    await commit(r.dir, 'fix(a): later');
    const t = '{name}-v{version}';
    expect(await findLastReleaseTag(g, { template: t, name: 'a', scheme: semver })).toEqual({ tag: 'a-v1.0.0', version: '1.0.0', sha: a1 });
    expect(await findLastReleaseTag(g, { template: t, name: 'b', scheme: semver })).toEqual({ tag: 'b-v2.0.0', version: '2.0.0', sha: b2 });
    expect(await findLastReleaseTag(g, { template: t, name: 'c', scheme: semver })).toBeNull();
  });

  test('PEP 440 tags compare as PEP 440 (rc below final) and are normalized', async () => {
    const r = await repo();
    await commit(r.dir, 'feat: x');
    await git(r.dir, 'tag', 'v1.0.0');
    await commit(r.dir, 'feat: y');
    await git(r.dir, 'tag', 'v1.1.0-RC1');
    const found = await findLastReleaseTag(new Git(r.dir), { template: 'v{version}', name: 'x', scheme: pep440 });
    expect(found).toMatchObject({ tag: 'v1.1.0-RC1', version: '1.1.0rc1' });
  });

  test('no tags, and a repository without commits, give null', async () => {
    const r = await repo();
    expect(await findLastReleaseTag(new Git(r.dir), { template: 'v{version}', name: 'x', scheme: semver })).toBeNull();
    const dir = mkdtempSync(join(tmpdir(), 'relay-empty-'));
    try {
      await exec('git', ['init', '--quiet', dir]);
      expect(await findLastReleaseTag(new Git(dir), { template: 'v{version}', name: 'x', scheme: semver })).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
