import { describe, expect, test } from '@jest/globals';
import { parseCommit } from '../../src/commits/conventional.js';
import { expandSquashBody, expandSquashBodies } from '../../src/changelog/squash.js';
import { renderSection } from '../../src/changelog/render.js';
import { decideNextVersion } from '../../src/versioning/bump.js';
import { getScheme } from '../../src/versioning/scheme.js';

function c(subject: string, body = '') {
  return parseCommit({ sha: 'a'.repeat(40), subject, body, parents: ['p'], authorName: 'T', date: '2026-12-05T10:00:00+00:00' });
}

describe('squash merges with several Conventional Commits in the body', () => {
  const squash = c('feat(api): pagination (#42)', ['* feat(api): pagination', '', 'Adds cursors.', '', '* fix(client): retry on 503', '', '* docs: explain cursors', '* fix(client): retry on 503', '', 'Co-authored-by: X <x@example.test>'].join('\n'));

  test("GitHub's default squash message: the subject and each body item once, the subject's twin de-duplicated, the PR kept", () => {
    const out = expandSquashBody(squash);
    expect(out.map((x) => `${x.type}(${x.scope}) ${x.description} #${x.pr}`)).toEqual(['feat(api) pagination #42', 'fix(client) retry on 503 #42', 'docs(null) explain cursors #42']);
  });

  test('the items count for the bump and appear in the changelog', () => {
    const commits = expandSquashBodies([c('Release batch (#7)', '* fix: a\n* feat!: b')]);
    expect(decideNextVersion({ current: '1.2.0', scheme: getScheme('pep440'), bump: 'auto', commits }).next).toBe('2.0.0');
    const md = renderSection({ version: '2.0.0', date: '2026-01-01', commits, previousTag: null, tag: 'v2.0.0' }).markdown;
    expect(md).toContain('### Breaking Changes\n\n- b (aaaaaaa) (#7)');
    expect(md).toContain('### Fixed\n\n- a (aaaaaaa) (#7)');
    expect(md).not.toContain('Release batch');
  });

  test('bodies without such lines, merges and prose bullets are left as they are', () => {
    const plain = c('fix: a', 'Some text.\n* not a header\n- also: no');
    expect(expandSquashBody(plain)).toEqual([plain]);
    const merge = parseCommit({ sha: 'b'.repeat(40), subject: 'Merge pull request #3 from x/y', body: '* feat: z', parents: ['p', 'q'], authorName: 'T', date: '2026-12-05T10:00:00+00:00' });
    expect(expandSquashBody(merge)).toEqual([merge]);
  });
});
