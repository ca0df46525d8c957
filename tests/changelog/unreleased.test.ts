import { describe, expect, test } from '@jest/globals';
import { computeUnreleased } from '../../src/changelog/unreleased.js';
import { isReleaseError } from '../../src/core/errors.js';
import { Git } from '../../src/git/git.js';
import { getScheme } from '../../src/versioning/scheme.js';
import { commit, git, trackRepos, type TempRepo } from '../helpers/repo.js';

const pep440 = getScheme('pep440');
const semver = getScheme('semver');
const repos = trackRepos();

/** A repository whose last release is tagged `tag`, then the given commit messages on top. */
async function history(tag: string | null, messages: string[]): Promise<{ r: TempRepo; shas: string[] }> {
  const r = await repos.make();
  await commit(r.dir, 'feat: released before');
  if (tag) await git(r.dir, 'tag', '-a', '-m', tag, tag);
  const shas: string[] = [];
  for (const m of messages) shas.push(await commit(r.dir, m));
  return { r, shas };
}

const base = { template: 'v{version}', name: 'pkg' };

describe('auto bump on real repositories', () => {
  test('breaking with ! → major; the reason names the commit', async () => {
    const { r, shas } = await history('v1.4.0', ['fix: a', 'feat(api)!: remove old endpoint', 'docs: b']);
    const u = await computeUnreleased(new Git(r.dir), { ...base, scheme: pep440 });
    expect(u.lastTag?.tag).toBe('v1.4.0');
    expect(u.commits).toHaveLength(3);
    expect(u.decision).toMatchObject({ next: '2.0.0', bump: 'major', released: true });
    expect(u.decision.deciding.map((c) => c.sha)).toEqual([shas[1]]);
    expect(u.decision.reason).toContain(shas[1].slice(0, 7));
    expect(u.section.markdown).toMatch(/^## \[2\.0\.0\] - \d{4}-\d\d-\d\d\n\n### Breaking Changes\n\n- \*\*api:\*\* remove old endpoint/);
  });

  test('breaking with a BREAKING CHANGE footer → major', async () => {
    const { r } = await history('v1.4.0', ['refactor(config): move it\n\nBREAKING CHANGE: the config file moved']);
    const u = await computeUnreleased(new Git(r.dir), { ...base, scheme: semver });
    expect(u.decision.next).toBe('2.0.0');
  });

  test('below 1.0.0 a breaking change bumps minor', async () => {
    const { r } = await history('v0.4.2', ['feat!: rework']);
    const u = await computeUnreleased(new Git(r.dir), { ...base, scheme: pep440 });
    expect(u.decision).toMatchObject({ next: '0.5.0', bump: 'minor' });
  });

  test('feat → minor, fix → patch', async () => {
    const feat = await history('v1.4.0', ['fix: a', 'feat: b']);
    expect((await computeUnreleased(new Git(feat.r.dir), { ...base, scheme: pep440 })).decision.next).toBe('1.5.0');
    const fix = await history('v1.4.0', ['fix: a', 'chore: c']);
    expect((await computeUnreleased(new Git(fix.r.dir), { ...base, scheme: pep440 })).decision.next).toBe('1.4.1');
  });

  test('only chore/docs → not released', async () => {
    const { r } = await history('v1.4.0', ['chore: a', 'docs: b']);
    const u = await computeUnreleased(new Git(r.dir), { ...base, scheme: pep440 });
    expect(u.decision).toMatchObject({ next: null, released: false, bump: 'none' });
    expect(u.section.markdown.startsWith('## [Unreleased]')).toBe(true);
  });

  test('the version from the package files is the base when given', async () => {
    const { r } = await history('v1.4.0', ['feat: b']);
    const u = await computeUnreleased(new Git(r.dir), { ...base, scheme: pep440, current: '1.5.0rc1' });
    expect(u.decision.next).toBe('1.5.0rc2');
  });

  test('first release: all history, and NO_VERSION without a current version', async () => {
    const { r } = await history(null, ['fix: a']);
    const u = await computeUnreleased(new Git(r.dir), { ...base, scheme: semver, current: '0.1.0' });
    expect(u.lastTag).toBeNull();
    expect(u.commits).toHaveLength(3);
    expect(u.decision.next).toBe('0.2.0');
    try {
      await computeUnreleased(new Git(r.dir), { ...base, scheme: semver });
      throw new Error('no throw');
    } catch (err) {
      if (!isReleaseError(err, 'NO_VERSION')) throw err;
    }
  });
});
