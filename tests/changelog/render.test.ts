import { describe, expect, test } from '@jest/globals';
import { parseCommit } from '../../src/commits/conventional.js';
import { groupSection, MAX_SECTION_CHARS, renderEntry, renderSection, sectionOf } from '../../src/changelog/render.js';

let n = 0;
function c(message: string, parents = 1) {
  n++;
  const [subject, ...rest] = message.split('\n');
  return parseCommit({
    sha: `${n}`.padStart(7, '0') + 'f'.repeat(33),
    subject,
    body: rest.join('\n').replace(/^\n/, ''),
    parents: Array.from({ length: parents }, (_, i) => `${i}`.repeat(40)),
    authorName: 'T',
    date: '2026-12-05T10:00:00+00:00',
  });
}

const REPO = 'https://github.com/o/r';

describe('sectionOf', () => {
  test.each([
    ['feat: x', 'Added'],
    ['fix: x', 'Fixed'],
    ['fix(security): x', 'Security'],
    ['perf: x', 'Changed'],
    ['refactor: x', 'Changed'],
    ['deprecate: x', 'Deprecated'],
    ['remove: x', 'Removed'],
    ['security: x', 'Security'],
    ['build(deps): bump a', 'Dependencies'],
    ['chore(deps): bump a', 'Dependencies'],
    ['deps: bump a', 'Dependencies'],
    ['fix(deps): bump a', 'Fixed'],
    ['feat(deps): support lib 2', 'Added'],
    ['chore(deps-dev): bump b', null],
    ['chore: x', null],
    ['docs: x', null],
    ['ci: x', null],
    ['test: x', null],
    ['style: x', null],
    ['chore(release): 1.2.0', null],
    ['docs!: removed the old guide', 'Breaking Changes'],
    ['just words', 'Other'],
    ['experiment: x', 'Other'],
    ['Revert "feat: x"', 'Changed'],
  ])('%j → %s', (msg, section) => {
    expect(sectionOf(c(msg))).toBe(section);
  });

  test('merges are never entries; includeOther:false drops non-conventional ones', () => {
    expect(sectionOf(c('Merge pull request #1 from a/b', 2))).toBeNull();
    expect(sectionOf(c('just words'), false)).toBeNull();
  });
});

describe('renderSection', () => {
  test('Keep a Changelog section: order of headings, scopes, commit and PR links, compare link', () => {
    const commits = [
      c('fix(parser): handle empty input (#45)'),
      c('feat(cli): add --dry-run (#44)'),
      c('chore: tidy'),
      c('feat!: drop Python 3.8\n\nBREAKING CHANGE: Python 3.9 or newer is required.'),
      c('Merge pull request #43 from o/topic', 2),
      c('perf: cache the index'),
      c('build(deps): bump smol-toml to 1.9'),
      c('Update the thing'),
    ];
    const out = renderSection({ version: '1.3.0', date: '2026-12-05', commits, repoUrl: `${REPO}/`, previousTag: 'v1.2.0', tag: 'v1.3.0' });
    const sha = (i: number) => commits[i].sha;
    const link = (i: number) => `([${sha(i).slice(0, 7)}](${REPO}/commit/${sha(i)}))`;
    expect(out.markdown).toBe(
      [
        '## [1.3.0] - 2026-12-05',
        '',
        '### Breaking Changes',
        '',
        `- drop Python 3.8 ${link(3)}`,
        '  Python 3.9 or newer is required.',
        '',
        '### Added',
        '',
        `- **cli:** add --dry-run ${link(1)} ([#44](${REPO}/pull/44))`,
        '',
        '### Changed',
        '',
        `- cache the index ${link(5)}`,
        '',
        '### Fixed',
        '',
        `- **parser:** handle empty input ${link(0)} ([#45](${REPO}/pull/45))`,
        '',
        '### Dependencies',
        '',
        `- **deps:** bump smol-toml to 1.9 ${link(6)}`,
        '',
        '### Other',
        '',
        `- Update the thing ${link(7)}`,
        '',
      ].join('\n'),
    );
    expect(out.entries).toBe(6);
    expect(out.linkLine).toBe(`[1.3.0]: ${REPO}/compare/v1.2.0...v1.3.0`);
  });

  test('first release links to the release tag; no repoUrl means plain SHAs and no link line', () => {
    const commits = [c('feat: first (#1)')];
    expect(renderSection({ version: '0.1.0', date: '2026-01-01', commits, repoUrl: REPO, previousTag: null, tag: 'pkg@0.1.0' }).linkLine).toBe(`[0.1.0]: ${REPO}/releases/tag/pkg@0.1.0`);
    const plain = renderSection({ version: '0.1.0', date: '2026-01-01', commits, previousTag: null, tag: 'v0.1.0' });
    expect(plain.markdown).toContain(`- first (${commits[0].sha.slice(0, 7)}) (#1)`);
    expect(plain.linkLine).toBeUndefined();
  });

  test('hand-written entries come first under their heading; custom headings follow; preamble text first', () => {
    const out = renderSection({
      version: '2.0.0',
      date: '2026-02-02',
      commits: [c('feat: generated')],
      previousTag: 'v1.0.0',
      tag: 'v2.0.0',
      extraEntries: { added: ['- Hand-written feature.\n  With a second line.'], Notes: ['- Read the migration guide.'], '': ['This release is big.'] },
    });
    expect(out.markdown).toBe(
      ['## [2.0.0] - 2026-02-02', '', 'This release is big.', '', '### Added', '', '- Hand-written feature.\n  With a second line.', `- generated (${out.markdown.match(/\((\w{7})\)/)?.[1]})`, '', '### Notes', '', '- Read the migration guide.', ''].join('\n'),
    );
    expect(out.entries).toBe(3);
  });

  test('includeOther:false leaves non-conventional commits out; nothing left says so', () => {
    const out = renderSection({ version: '1.0.1', date: '2026-03-03', commits: [c('tweak'), c('chore: x')], previousTag: 'v1.0.0', tag: 'v1.0.1', includeOther: false });
    expect(out.markdown).toBe('## [1.0.1] - 2026-03-03\n\nNo notable changes.\n');
    expect(out.entries).toBe(0);
  });

  test('a revert and its target in the same release cancel out', () => {
    const feat = c('feat: shiny');
    const revert = c(`Revert "feat: shiny"\n\nThis reverts commit ${feat.sha}.`);
    const out = renderSection({ version: '1.0.1', date: '2026-03-03', commits: [revert, feat, c('fix: real')], previousTag: null, tag: 'v1.0.1' });
    expect(out.markdown).not.toContain('shiny');
    expect(out.entries).toBe(1);
  });
});

describe('section size budget', () => {
  const many = (count: number, type: string) => Array.from({ length: count }, (_, i) => c(`${type}(scope${i % 7}): change number ${i} with a description of some length (#${1000 + i})`));

  test('each commit is rendered once; the budget is measured on the entries as written, links included', () => {
    const commits = [...many(2000, 'feat'), ...many(2000, 'fix')];
    const calls = new Map<string, number>();
    const g = groupSection({ commits }, (e) => {
      calls.set(e.sha, (calls.get(e.sha) ?? 0) + 1);
      return renderEntry(e, REPO);
    });
    expect(Math.max(...calls.values())).toBe(1);
    const s = renderSection({ version: '2.0.0', date: '2026-12-05', commits, repoUrl: REPO, previousTag: 'v1.0.0', tag: 'v2.0.0' });
    expect(s.markdown.length).toBeLessThanOrEqual(MAX_SECTION_CHARS);
    // Close to the budget, not a quarter of it: sizes are exact.
    expect(s.markdown.length).toBeGreaterThan(MAX_SECTION_CHARS * 0.9);
    const listed = s.markdown.split('\n').filter((l) => /^- \*\*scope/.test(l)).length;
    const more = [...s.markdown.matchAll(/^- … and (\d+) more/gm)].reduce((a, m) => a + Number(m[1]), 0);
    // Every commit is either listed or counted in a "… and N more" line.
    expect(listed + more).toBe(4000);
    expect(g.groups.map(([name]) => name)).toEqual(['Added', 'Fixed']);
  });

  test('a section under the budget lists every commit, with no summary line', () => {
    const commits = many(50, 'feat');
    const s = renderSection({ version: '2.0.0', date: '2026-12-05', commits, repoUrl: REPO, previousTag: 'v1.0.0', tag: 'v2.0.0' });
    expect(s.markdown.split('\n').filter((l) => l.startsWith('- ')).length).toBe(50);
    expect(s.markdown).not.toContain('more (left out');
  });
});
