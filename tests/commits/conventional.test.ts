import { describe, expect, test } from '@jest/globals';
import type { RawCommit } from '../../src/commits/read.js';
import { dropCancelledReverts, parseCommit, splitFooters } from '../../src/commits/conventional.js';

function raw(subject: string, body = '', parents = ['p'.repeat(40)], sha = 'a'.repeat(40)): RawCommit {
  return { sha, subject, body, parents, authorName: 'T', date: '2026-12-05T00:00:00Z' };
}

describe('parseCommit: headers', () => {
  test.each([
    ['feat: add x', { type: 'feat', scope: null, breaking: false, description: 'add x' }],
    ['fix(parser): handle y', { type: 'fix', scope: 'parser', breaking: false, description: 'handle y' }],
    ['feat(api)!: drop v1', { type: 'feat', scope: 'api', breaking: true, description: 'drop v1' }],
    ['refactor!: rename', { type: 'refactor', scope: null, breaking: true, description: 'rename' }],
    ['Feat(UI): Capital type', { type: 'feat', scope: 'UI', description: 'Capital type' }],
    ['build(deps): bump lib from 1 to 2', { type: 'build', scope: 'deps' }],
    ['feat(scope with space): ok', { type: 'feat', scope: 'scope with space' }],
  ])('%j', (subject, expected) => {
    expect(parseCommit(raw(subject))).toMatchObject(expected);
  });

  test.each(['update readme', 'feat add x', 'feat(: x', 'feat(): x', 'feat:', 'feat:   ', '(scope): x', 'WIP', '', 'feat(a(b)): x', '1feat: x'])('non-conventional %j keeps its subject', (subject) => {
    const p = parseCommit(raw(subject));
    expect(p.type).toBeNull();
    expect(p.scope).toBeNull();
    expect(p.breaking).toBe(false);
    expect(p.description).toBe(subject.trim());
  });

  test('a trailing (#123) becomes the PR number and leaves the description', () => {
    expect(parseCommit(raw('feat(cli): add flag (#123)'))).toMatchObject({ description: 'add flag', pr: 123 });
    expect(parseCommit(raw('fix: keep (#12a)'))).toMatchObject({ description: 'keep (#12a)', pr: null });
    expect(parseCommit(raw('plain subject (#9)'))).toMatchObject({ type: null, description: 'plain subject', pr: 9 });
  });
});

describe('parseCommit: bodies and footers', () => {
  test('BREAKING CHANGE and BREAKING-CHANGE footers (multi-line) mark breaking with a note', () => {
    const p = parseCommit(raw('refactor: move config', 'Some context.\n\nBREAKING CHANGE: config lives in pyproject now\n  and the old file is ignored\nRefs: #42\n'));
    expect(p.breaking).toBe(true);
    expect(p.breakingNote).toBe('config lives in pyproject now\n  and the old file is ignored');
    // The body and its footers, where the note came from.
    expect(splitFooters(p.raw.body).footers['Refs']).toEqual(['#42']);
    expect(splitFooters(p.raw.body).body).toBe('Some context.');
    expect(parseCommit(raw('fix: x', 'BREAKING-CHANGE: gone')).breakingNote).toBe('gone');
  });

  test('lower-case "breaking change:" is not a breaking footer', () => {
    expect(parseCommit(raw('fix: x', 'breaking change: maybe')).breaking).toBe(false);
  });

  test('BREAKING CHANGE written inside the body (not last) still counts', () => {
    const p = parseCommit(raw('feat: x', 'BREAKING CHANGE: drops py38\n\nMore words here.'));
    expect(p.breaking).toBe(true);
    expect(p.breakingNote).toBe('drops py38');
  });

  test('footers: repeated tokens, "Token #value", trailers; body stays without them', () => {
    const { body, footers } = splitFooters('Why this.\n\nSecond para.\n\nReviewed-by: Z\nRefs #133\nCo-authored-by: A <a@x>\nCo-authored-by: B <b@x>\n');
    expect(body).toBe('Why this.\n\nSecond para.');
    expect(footers).toEqual({ 'Reviewed-by': ['Z'], Refs: ['#133'], 'Co-authored-by': ['A <a@x>', 'B <b@x>'] });
  });

  test('a last paragraph that is prose is body, not footers', () => {
    expect(splitFooters('Just prose: with a colon later.\nAnd more.\n')).toEqual({ body: 'Just prose: with a colon later.\nAnd more.', footers: {} });
  });

  test('CRLF bodies parse the same', () => {
    const p = parseCommit(raw('feat: x', 'Text.\r\n\r\nBREAKING CHANGE: y\r\n'));
    expect(p.breakingNote).toBe('y');
    expect(splitFooters(p.raw.body).body).toBe('Text.');
  });
});

describe('parseCommit: reverts and merges', () => {
  test('git revert: subject and "This reverts commit <sha>."', () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    const p = parseCommit(raw('Revert "feat: add x"', `This reverts commit ${sha}.\n`));
    expect(p).toMatchObject({ isRevert: true, revertedSha: sha, type: null, description: 'Revert "feat: add x"' });
  });

  test('revert: type with a Refs footer', () => {
    const p = parseCommit(raw('revert: let us never again speak of the noodle incident', 'Refs: 676104e, a215868\n'));
    expect(p).toMatchObject({ isRevert: true, type: 'revert', revertedSha: '676104e' });
  });

  test('merge commits: two parents, GitHub PR number, never a change', () => {
    const p = parseCommit(raw('Merge pull request #12 from octo/topic', 'feat: the PR title\n', ['1'.repeat(40), '2'.repeat(40)]));
    expect(p).toMatchObject({ isMerge: true, pr: 12, type: null });
    expect(parseCommit(raw("Merge branch 'main' into topic", '', ['1'.repeat(40), '2'.repeat(40)]))).toMatchObject({ isMerge: true, pr: null });
    // Rebased or imported histories keep merge subjects on single-parent commits: still not a change.
    expect(parseCommit(raw('Merge pull request #12 from octo/topic')).isMerge).toBe(true);
    expect(parseCommit(raw('Merge the two parsers')).isMerge).toBe(false);
  });

  test('dropCancelledReverts removes a revert and its target (abbreviated SHA too), keeps lone reverts', () => {
    const feat = parseCommit(raw('feat: x', '', undefined, 'b'.repeat(40)));
    const rev = parseCommit(raw('Revert "feat: x"', `This reverts commit ${'b'.repeat(10)}.`, undefined, 'c'.repeat(40)));
    const lone = parseCommit(raw('Revert "fix: old"', `This reverts commit ${'d'.repeat(40)}.`, undefined, 'e'.repeat(40)));
    expect(dropCancelledReverts([lone, rev, feat]).map((x) => x.sha)).toEqual(['e'.repeat(40)]);
  });

  test('pathological input (deep parentheses, 300k-char body, 50k footers) parses', () => {
    const subject = 'feat(' + '('.repeat(200_000) + ': x';
    const p = parseCommit(raw(subject, `${'a'.repeat(300_000)}\n\n${'X-Y: z\n'.repeat(50_000)}`));
    expect(p.type).toBeNull();
    const { body, footers } = splitFooters(p.raw.body);
    expect(footers['X-Y']).toHaveLength(50_000);
    expect(body).toHaveLength(300_000);
    // The same body saying BREAKING CHANGE in its footers: parsed for the note.
    const breaking = parseCommit(raw('feat: x', `${'a'.repeat(300_000)}\n\n${'X-Y: z\n'.repeat(50_000)}BREAKING CHANGE: all of it\n`));
    expect(breaking.breakingNote).toBe('all of it');
  });
});
