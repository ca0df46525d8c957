import { describe, expect, test } from '@jest/globals';
import { parseCommit } from '../../src/commits/conventional.js';
import { commitLevel, decideNextVersion, isDevOfFinal } from '../../src/versioning/bump.js';
import { getScheme } from '../../src/versioning/scheme.js';

const pep440 = getScheme('pep440');
let n = 0;
function c(message: string) {
  n++;
  const [subject, ...rest] = message.split('\n');
  return parseCommit({ sha: n.toString(16).padStart(40, 'b'), subject, body: rest.join('\n'), parents: ['p'], authorName: 'T', date: '2026-12-05T10:00:00+00:00' });
}

describe('bump rules: defaults, overridable', () => {
  test('defaults: feat → minor, fix/perf → patch, refactor → nothing', () => {
    expect(commitLevel(c('feat: a'))).toBe('minor');
    expect(commitLevel(c('perf: a'))).toBe('patch');
    expect(commitLevel(c('refactor: a'))).toBeNull();
  });

  test("commitizen's rules (refactor and perf bump the patch): refactor alone releases 1.0.1", () => {
    const rules = { minor: ['feat'], patch: ['fix', 'refactor', 'perf'] };
    expect(decideNextVersion({ current: '1.0.0', scheme: pep440, bump: 'auto', commits: [c('refactor: tidy')], rules })).toMatchObject({ next: '1.0.1', bump: 'patch' });
    expect(decideNextVersion({ current: '1.0.0', scheme: pep440, bump: 'auto', commits: [c('refactor: tidy')] })).toMatchObject({ next: null, released: false });
  });

  test('custom minor types; breaking changes bump major whatever the rules say; the no-release reason names the rule types', () => {
    const rules = { minor: ['feat', 'feature'], patch: ['fix'] };
    expect(decideNextVersion({ current: '1.0.0', scheme: pep440, bump: 'auto', commits: [c('feature: x')], rules }).next).toBe('1.1.0');
    expect(decideNextVersion({ current: '1.0.0', scheme: pep440, bump: 'auto', commits: [c('chore!: drop py3.8')], rules }).next).toBe('2.0.0');
    expect(decideNextVersion({ current: '1.0.0', scheme: pep440, bump: 'auto', commits: [c('perf: x')], rules }).reason).toContain('feat, feature, fix, revert or breaking change');
  });
});

describe('.dev versions on the default branch', () => {
  test('isDevOfFinal', () => {
    expect(isDevOfFinal('8.5.0.dev0')).toBe(true);
    expect(isDevOfFinal('1!2.0.dev3')).toBe(true);
    expect(isDevOfFinal('8.5.0rc1.dev0')).toBe(false);
    expect(isDevOfFinal('8.5.0')).toBe(false);
  });

  test('8.5.0.dev + fixes or features since 8.4.2 → 8.5.0 (the version under development), not 8.5.0rc1', () => {
    for (const msg of ['fix: a', 'feat: b', 'Update docs']) {
      expect(decideNextVersion({ current: '8.5.0.dev', scheme: pep440, bump: 'auto', commits: [c(msg)], lastRelease: '8.4.2' })).toMatchObject({ next: '8.5.0', bump: 'release', released: true });
    }
  });

  test('a breaking change since 8.4.2 calls for more: 9.0.0', () => {
    const d = decideNextVersion({ current: '8.5.0.dev0', scheme: pep440, bump: 'auto', commits: [c('feat!: new parser'), c('fix: x')], lastRelease: '8.4.2' });
    expect(d).toMatchObject({ next: '9.0.0', bump: 'major' });
    expect(d.reason).toContain('above the development version 8.5.0.dev0');
  });

  test('no commit since the last release: nothing to release; a prerelease id keeps the pre-release path (8.5.0rc1)', () => {
    expect(decideNextVersion({ current: '8.5.0.dev0', scheme: pep440, bump: 'auto', commits: [], lastRelease: '8.4.2' }).released).toBe(false);
    expect(decideNextVersion({ current: '8.5.0.dev0', scheme: pep440, bump: 'auto', prereleaseId: 'rc', commits: [c('feat: x')] }).next).toBe('8.5.0rc1');
  });
});
