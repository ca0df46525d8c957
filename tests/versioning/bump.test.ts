import { describe, expect, test } from '@jest/globals';
import { isReleaseError, type ReleaseErrorCode } from '../../src/core/errors.js';
import { parseCommit } from '../../src/commits/conventional.js';
import { decideNextVersion, type BumpKind } from '../../src/versioning/bump.js';
import { getScheme } from '../../src/versioning/scheme.js';

const semver = getScheme('semver');
const pep440 = getScheme('pep440');

function codeOf(fn: () => unknown): ReleaseErrorCode | 'none' | 'other' {
  try {
    fn();
    return 'none';
  } catch (err) {
    return isReleaseError(err) ? err.code : 'other';
  }
}

let n = 0;
/** A parsed commit from a message (subject, blank line, body), with a unique fake SHA. */
function c(message: string, parents = 1) {
  n++;
  const [subject, ...rest] = message.split('\n');
  return parseCommit({
    sha: n.toString(16).padStart(40, 'a'),
    subject,
    body: rest.join('\n').replace(/^\n/, ''),
    parents: Array.from({ length: parents }, (_, i) => `${i}`.padStart(40, 'f')),
    authorName: 'T',
    date: '2026-12-05T10:00:00+00:00',
  });
}

describe('bump matrix: semver', () => {
  test.each<[string, BumpKind, string | undefined, string]>([
    ['1.2.3', 'patch', undefined, '1.2.4'],
    ['1.2.3', 'minor', undefined, '1.3.0'],
    ['1.2.3', 'major', undefined, '2.0.0'],
    ['0.4.1', 'major', undefined, '1.0.0'],
    ['1.2.3', 'premajor', 'rc', '2.0.0-rc.0'],
    ['1.2.3', 'preminor', 'beta', '1.3.0-beta.0'],
    ['1.2.3', 'prepatch', 'alpha', '1.2.4-alpha.0'],
    ['1.2.0', 'prerelease', 'rc', '1.2.1-rc.0'],
    ['1.2.0', 'prerelease', undefined, '1.2.1-rc.0'],
    ['1.3.0-rc.0', 'prerelease', undefined, '1.3.0-rc.1'],
    ['1.3.0-rc.1', 'prerelease', 'rc', '1.3.0-rc.2'],
    ['1.3.0-beta.3', 'prerelease', 'rc', '1.3.0-rc.0'],
    ['1.3.0-rc.2', 'release', undefined, '1.3.0'],
    ['1.3.0-rc.2', 'minor', undefined, '1.3.0'],
    ['1.3.0-rc.2', 'patch', undefined, '1.3.0'],
    ['1.3.0-rc.2', 'major', undefined, '2.0.0'],
  ])('%s %s (%s) → %s', (current, kind, id, next) => {
    expect(semver.bump(current, kind, id)).toBe(next);
    const d = decideNextVersion({ current, scheme: semver, bump: kind, prereleaseId: id });
    expect(d).toMatchObject({ next, bump: kind, released: true, deciding: [] });
  });
});

describe('bump matrix: pep440', () => {
  test.each<[string, BumpKind, string | undefined, string]>([
    ['1.2.3', 'patch', undefined, '1.2.4'],
    ['1.2.3', 'minor', undefined, '1.3.0'],
    ['1.2.3', 'major', undefined, '2.0.0'],
    ['1.2', 'patch', undefined, '1.2.1'],
    ['1.2', 'minor', undefined, '1.3'],
    ['1.2.3', 'premajor', 'rc', '2.0.0rc1'],
    ['1.2.3', 'preminor', 'beta', '1.3.0b1'],
    ['1.2.3', 'prepatch', 'alpha', '1.2.4a1'],
    ['1.2.0', 'prerelease', 'rc', '1.2.1rc1'],
    ['1.2.0', 'prerelease', undefined, '1.2.1rc1'],
    ['1.2.1rc1', 'prerelease', undefined, '1.2.1rc2'],
    ['1.2.1rc1', 'prerelease', 'rc', '1.2.1rc2'],
    ['1.3.0b2', 'prerelease', 'rc', '1.3.0rc1'],
    ['1.3.0a1', 'prerelease', 'beta', '1.3.0b1'],
    ['1.3.0rc2', 'release', undefined, '1.3.0'],
    ['1.3.0rc2', 'minor', undefined, '1.3.0'],
    ['1.3.0rc2', 'major', undefined, '2.0.0'],
    ['2.0.0.dev3', 'release', undefined, '2.0.0'],
    ['2.0.0.dev3', 'major', undefined, '2.0.0'],
    ['2.0.0.dev3', 'prerelease', 'rc', '2.0.0rc1'],
    ['1.3.0rc1.dev2', 'prerelease', undefined, '1.3.0rc1'],
    ['1.2.0.post1', 'patch', undefined, '1.2.1'],
    ['1.2.0.post1', 'minor', undefined, '1.3.0'],
    ['1!2.0', 'patch', undefined, '1!2.0.1'],
    ['1!2.0', 'major', undefined, '1!3.0'],
    ['1.0.0-RC1', 'prerelease', undefined, '1.0.0rc2'],
  ])('%s %s (%s) → %s', (current, kind, id, next) => {
    expect(pep440.bump(current, kind, id)).toBe(next);
    const d = decideNextVersion({ current, scheme: pep440, bump: kind, prereleaseId: id });
    expect(d).toMatchObject({ next, bump: kind, released: true });
  });

  test('a PEP 440 pre-release id must be one PEP 440 knows', () => {
    expect(codeOf(() => pep440.bump('1.2.0', 'prerelease', 'next'))).toBe('BAD_INPUT');
  });

  test('moving down the a → b → rc ladder is a downgrade', () => {
    expect(codeOf(() => pep440.bump('1.3.0rc1', 'prerelease', 'alpha'))).toBe('DOWNGRADE');
    expect(codeOf(() => decideNextVersion({ current: '1.3.0-rc.1', scheme: semver, bump: 'prerelease', prereleaseId: 'alpha' }))).toBe('DOWNGRADE');
  });

  test('release refuses a final version', () => {
    expect(codeOf(() => pep440.bump('1.3.0', 'release'))).toBe('BAD_INPUT');
    expect(codeOf(() => semver.bump('1.3.0', 'release'))).toBe('BAD_INPUT');
  });
});

describe('explicit versions and inputs', () => {
  test('an explicit version is normalized and wins', () => {
    const d = decideNextVersion({ current: '1.2.0', scheme: pep440, bump: 'auto', version: '1.3.0-RC1' });
    expect(d).toMatchObject({ next: '1.3.0rc1', bump: 'explicit', released: true });
    expect(d.reason).toContain('normalized from 1.3.0-RC1');
    expect(decideNextVersion({ current: '1.2.0', scheme: semver, bump: '', version: 'v2.0.0' }).next).toBe('2.0.0');
  });

  test('a lower explicit version is DOWNGRADE unless allowed', () => {
    expect(codeOf(() => decideNextVersion({ current: '1.2.0', scheme: semver, bump: 'auto', version: '1.1.9' }))).toBe('DOWNGRADE');
    expect(decideNextVersion({ current: '1.2.0', scheme: semver, bump: 'auto', version: '1.1.9', allowDowngrade: true }).next).toBe('1.1.9');
    expect(codeOf(() => decideNextVersion({ current: '1.3.0', scheme: pep440, bump: 'auto', version: '1.3.0rc9' }))).toBe('DOWNGRADE');
  });

  test('the current version again is BAD_VERSION "already current", even with allowDowngrade', () => {
    for (const allowDowngrade of [false, true]) {
      try {
        decideNextVersion({ current: '1.2.0', scheme: pep440, bump: 'auto', version: '1.2', allowDowngrade });
        throw new Error('no throw');
      } catch (err) {
        if (!isReleaseError(err, 'BAD_VERSION')) throw err;
        expect(err.message).toContain('already current');
      }
    }
  });

  test.each(['1.2', 'v1.2.3.4.5', '1.0.0-', '01.2.3'])('malformed explicit semver %j is BAD_VERSION naming input "version"', (version) => {
    try {
      decideNextVersion({ current: '1.0.0', scheme: semver, bump: 'auto', version });
      throw new Error('no throw');
    } catch (err) {
      if (!isReleaseError(err, 'BAD_VERSION')) throw err;
      expect(err.message).toContain('input "version"');
    }
  });

  test.each(['v1.2.3.4.5', '1.0.0-', 'one.two'])('malformed explicit PEP 440 %j is BAD_VERSION', (version) => {
    expect(codeOf(() => decideNextVersion({ current: '1.0.0', scheme: pep440, bump: 'auto', version }))).toBe('BAD_VERSION');
  });

  test('a malformed current version is BAD_VERSION naming it', () => {
    try {
      decideNextVersion({ current: '1.2', scheme: semver, bump: 'patch' });
      throw new Error('no throw');
    } catch (err) {
      if (!isReleaseError(err, 'BAD_VERSION')) throw err;
      expect(err.message).toContain('the current version');
    }
  });

  test('an unknown bump is BAD_INPUT naming "bump" and the allowed values', () => {
    try {
      decideNextVersion({ current: '1.0.0', scheme: semver, bump: 'huge' });
      throw new Error('no throw');
    } catch (err) {
      if (!isReleaseError(err, 'BAD_INPUT')) throw err;
      expect(err.message).toContain('"bump"');
      expect(err.hint).toContain('auto, major, minor, patch, premajor, preminor, prepatch, prerelease, release');
    }
  });

  test('bump is read case-insensitively; empty means auto', () => {
    expect(decideNextVersion({ current: '1.0.0', scheme: semver, bump: ' Minor ' }).next).toBe('1.1.0');
    expect(decideNextVersion({ current: '1.0.0', scheme: semver, bump: '', commits: [c('fix: x')] }).next).toBe('1.0.1');
  });

  test('a bump kind together with a version is BAD_INPUT', () => {
    expect(codeOf(() => decideNextVersion({ current: '1.0.0', scheme: semver, bump: 'minor', version: '1.1.0' }))).toBe('BAD_INPUT');
  });

  test('a pre-release id with a plain bump is BAD_INPUT', () => {
    expect(codeOf(() => decideNextVersion({ current: '1.0.0', scheme: semver, bump: 'major', prereleaseId: 'rc' }))).toBe('BAD_INPUT');
  });
});

describe('auto from Conventional Commits (parsed commits)', () => {
  test('breaking (!) → major, and the reason names the deciding commit', () => {
    const breaking = c('feat(api)!: drop the v1 endpoints');
    const d = decideNextVersion({ current: '1.4.2', scheme: semver, bump: 'auto', commits: [c('fix: a'), breaking, c('feat: b')] });
    expect(d).toMatchObject({ next: '2.0.0', bump: 'major', released: true });
    expect(d.deciding).toEqual([breaking]);
    expect(d.reason).toContain(breaking.sha.slice(0, 7));
    expect(d.reason).toContain('feat(api)!: drop the v1 endpoints');
    expect(d.reason).toContain('1 breaking change');
  });

  test('BREAKING CHANGE footer → major; below 1.0.0 → minor, and the reason says why', () => {
    const commits = [c('refactor: x\n\nBREAKING CHANGE: config moved')];
    expect(decideNextVersion({ current: '1.4.2', scheme: pep440, bump: 'auto', commits }).next).toBe('2.0.0');
    const d = decideNextVersion({ current: '0.4.2', scheme: pep440, bump: 'auto', commits });
    expect(d.next).toBe('0.5.0');
    expect(d.bump).toBe('minor');
    expect(d.reason).toContain('below 1.0.0');
  });

  test('feat → minor with every feat as deciding; fix/perf/revert → patch', () => {
    const f1 = c('feat: one');
    const f2 = c('feat(cli): two');
    const d = decideNextVersion({ current: '1.0.0', scheme: semver, bump: 'auto', commits: [f1, c('fix: z'), f2] });
    expect(d).toMatchObject({ next: '1.1.0', bump: 'minor' });
    expect(d.deciding).toEqual([f1, f2]);
    expect(d.reason).toContain('2 new features');
    expect(decideNextVersion({ current: '1.0.0', scheme: semver, bump: 'auto', commits: [c('perf: faster')] }).next).toBe('1.0.1');
    expect(decideNextVersion({ current: '1.0.0', scheme: semver, bump: 'auto', commits: [c('Revert "feat: x"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.')] }).next).toBe('1.0.1');
  });

  test('only chore/docs/ci/test/merges/non-conventional → not released', () => {
    const commits = [c('chore: tidy'), c('docs: readme'), c('ci: cache'), c('Merge pull request #3 from a/b', 2), c('update stuff')];
    const d = decideNextVersion({ current: '1.0.0', scheme: semver, bump: 'auto', commits });
    expect(d).toMatchObject({ next: null, released: false, bump: 'none', deciding: [] });
    expect(d.reason).toContain('5 commits');
    expect(decideNextVersion({ current: '1.0.0', scheme: semver, bump: 'auto', commits: [] }).released).toBe(false);
  });

  test('a feat reverted in the same range is not released', () => {
    const feat = c('feat: risky');
    const revert = c(`Revert "feat: risky"\n\nThis reverts commit ${feat.sha}.`);
    const d = decideNextVersion({ current: '1.0.0', scheme: semver, bump: 'auto', commits: [revert, feat] });
    expect(d.released).toBe(false);
  });

  test('auto on a pre-release stays in the series, or starts a higher one for a bigger change', () => {
    expect(decideNextVersion({ current: '1.3.0rc1', scheme: pep440, bump: 'auto', commits: [c('fix: x')] })).toMatchObject({ next: '1.3.0rc2', bump: 'prerelease' });
    expect(decideNextVersion({ current: '1.3.0rc1', scheme: pep440, bump: 'auto', commits: [c('feat: x')] }).next).toBe('1.3.0rc2');
    expect(decideNextVersion({ current: '1.3.0-rc.0', scheme: semver, bump: 'auto', commits: [c('feat: x')] }).next).toBe('1.3.0-rc.1');
    expect(decideNextVersion({ current: '1.3.0rc1', scheme: pep440, bump: 'auto', commits: [c('feat!: x')] })).toMatchObject({ next: '2.0.0rc1', bump: 'premajor' });
    expect(decideNextVersion({ current: '1.2.1-rc.0', scheme: semver, bump: 'auto', commits: [c('feat: x')] })).toMatchObject({ next: '1.3.0-rc.0', bump: 'preminor' });
  });

  test('auto with a pre-release id on a final version releases a pre-release of the decided level', () => {
    expect(decideNextVersion({ current: '1.2.0', scheme: pep440, bump: 'auto', prereleaseId: 'rc', commits: [c('feat: x')] })).toMatchObject({ next: '1.3.0rc1', bump: 'preminor' });
    expect(decideNextVersion({ current: '1.2.0', scheme: semver, bump: 'auto', prereleaseId: 'beta', commits: [c('fix: x')] }).next).toBe('1.2.1-beta.0');
  });
});
