import { describe, expect, test } from '@jest/globals';
import { parseCommit, type ParsedCommit } from '../../src/commits/conventional.js';
import { findDateStyle } from '../../src/changelog/dates.js';
import { reopenSection } from '../../src/changelog/reopen.js';
import { changelogFormat, detectStyle } from '../../src/changelog/styled.js';
import { writeRelease } from '../../src/changelog/write.js';

let n = 0;
function c(message: string): ParsedCommit {
  const [subject, ...rest] = message.split('\n');
  n++;
  const sha = `${n.toString(16).padStart(2, '0')}`.repeat(20);
  return parseCommit({ sha, subject, body: rest.join('\n').replace(/^\n/, ''), parents: ['p'], authorName: 'A', date: '2026-01-01T00:00:00Z' });
}

const URL = 'https://github.com/acme/pkg';
const base = { date: '2026-03-04', repoUrl: URL, includeOther: true };

describe('dates in the file\'s own format', () => {
  test.each([
    ['## 0.28.1 (6th December, 2024)', '2026-03-01', '1st March, 2026'],
    ['Released 2024-06-24', '2026-03-04', '2026-03-04'],
    ['2024/06/24', '2026-03-04', '2026/03/04'],
    ['1.0 (December 6, 2024)', '2026-11-22', 'November 22, 2026'],
    ['1.0 — 6 Dec 2024', '2026-09-13', '13 Sep 2026'],
  ])('%s: %s → %s', (text, iso, out) => {
    expect(findDateStyle(text)?.format(iso)).toBe(out);
  });
});

describe('Markdown changelogs in their own heading style', () => {
  test('click: "## Version X" written ahead with "Unreleased": the date goes in, Conventional entries not yet named are added once', () => {
    const text = ['## Version 8.5.0', '', 'Unreleased', '', '- Add PowerShell completion. {issue}`2672` {pr}`3637`', '', '## Version 8.4.2', '', 'Released 2026-06-24', '', '- Fix Fish completion.', ''].join('\n');
    const named = c('feat: powershell completion (#3637)');
    const fresh = c('fix(shell): quote paths (#3700)');
    const chore = c('chore: bump deps');
    const out = writeRelease('CHANGES.md', text, { ...base, version: '8.5.0', commits: [named, fresh, chore], previousTag: '8.4.2', tag: '8.5.0' });
    expect(out.text).toBe(
      ['## Version 8.5.0', '', 'Released 2026-03-04', '', '- Add PowerShell completion. {issue}`2672` {pr}`3637`', `- **shell:** quote paths ([${fresh.sha.slice(0, 7)}](${URL}/commit/${fresh.sha})) ([#3700](${URL}/pull/3700))`, '', '## Version 8.4.2', '', 'Released 2026-06-24', '', '- Fix Fish completion.', ''].join('\n'),
    );
    // Safe re-run: the section is released now and stays as it is.
    expect(writeRelease('CHANGES.md', out.text, { ...base, version: '8.5.0', commits: [named, fresh, chore], previousTag: '8.4.2', tag: '8.5.0' }).text).toBe(out.text);
  });

  test('httpx: "## [UNRELEASED]" keeps its place, its entries move under "## 0.29.0 (4th March, 2026)" with * bullets', () => {
    const text = ['# Changelog', '', '## [UNRELEASED]', '', '### Removed', '', '* Drop support for Python 3.8', '', '### Added', '', '* Expose `FunctionAuth`. (#3699)', '', '## 0.28.1 (6th December, 2024)', '', '* Fix SSL case.', '', '## 0.28.0 (28th November, 2024)', '', '### Fixed', '', '* Something.', ''].join('\n');
    const dup = c('Expose `FunctionAuth` in `__all__` (#3699)');
    const feat = c('feat: add retries');
    const out = writeRelease('CHANGELOG.md', text, { ...base, version: '0.29.0', commits: [dup, feat], previousTag: '0.28.1', tag: '0.29.0' });
    expect(out.style).toBe('Markdown "## {version} ({date})"');
    expect(out.text).toBe(
      ['# Changelog', '', '## [UNRELEASED]', '', '## 0.29.0 (4th March, 2026)', '', '### Added', '', '* Expose `FunctionAuth`. (#3699)', `* add retries ([${feat.sha.slice(0, 7)}](${URL}/commit/${feat.sha}))`, '', '### Removed', '', '* Drop support for Python 3.8', '', '## 0.28.1 (6th December, 2024)', '', '* Fix SSL case.', '', '## 0.28.0 (28th November, 2024)', '', '### Fixed', '', '* Something.', ''].join('\n'),
    );
  });

  test('structlog: links inside the headings; the Unreleased compare link moves to the new tag and the new heading gets its own', () => {
    const text = ['# Changelog', '', '<!-- changelog follows -->', '', '', '## [Unreleased](https://github.com/hynek/structlog/compare/26.1.0...HEAD)', '', '', '## [26.1.0](https://github.com/hynek/structlog/compare/25.5.0...26.1.0) - 2026-06-06', '', '### Removed', '', '- Python 3.8.', ''].join('\n');
    const feat = c('feat: json renderer');
    const out = writeRelease('CHANGELOG.md', text, { ...base, repoUrl: undefined, version: '26.2.0', commits: [feat], previousTag: '26.1.0', tag: '26.2.0' });
    expect(out.text).toContain('## [Unreleased](https://github.com/hynek/structlog/compare/26.2.0...HEAD)\n\n## [26.2.0](https://github.com/hynek/structlog/compare/26.1.0...26.2.0) - 2026-03-04\n\n### Added\n\n- json renderer');
    expect(out.text).toContain('## [26.1.0](https://github.com/hynek/structlog/compare/25.5.0...26.1.0) - 2026-06-06');
  });

  test('Keep a Changelog with link references: [Unreleased] points at the new tag, the new version gets a link above the old ones', () => {
    const text = ['# Changelog', '', '## [Unreleased]', '', '## [1.2.0] - 2026-01-01', '', '### Added', '', '- x', '', `[Unreleased]: ${URL}/compare/v1.2.0...HEAD`, `[1.2.0]: ${URL}/compare/v1.1.0...v1.2.0`, ''].join('\n');
    const out = writeRelease('CHANGELOG.md', text, { ...base, version: '1.3.0', commits: [c('feat: y')], previousTag: 'v1.2.0', tag: 'v1.3.0' });
    expect(out.style).toBe('Keep a Changelog');
    expect(out.text).toContain(`[Unreleased]: ${URL}/compare/v1.3.0...HEAD\n[1.3.0]: ${URL}/compare/v1.2.0...v1.3.0\n[1.2.0]: ${URL}/compare/v1.1.0...v1.2.0\n`);
    expect(out.text.indexOf('## [1.3.0] - 2026-03-04')).toBeGreaterThan(out.text.indexOf('## [Unreleased]'));
  });
});

describe('reStructuredText changelogs with their own underlines', () => {
  test('"Version X" over dashes, sub-sections over ~, date line "Released on <date>"; the sub-section is named as the file names it (Features, not Added)', () => {
    const text = ['Changes', '=======', '', 'Version 2.1.0', '-------------', '', 'Released on 2025-05-01', '', 'Features', '~~~~~~~~', '', '-   Old feature.', ''].join('\n');
    expect(changelogFormat('CHANGES.rst', text)).toBe('rst');
    expect(detectStyle(text, 'rst')).toMatchObject({ template: 'Version {version}', dateLine: 'Released on {date}', bullet: '-   ', sub: { level: 3, adornment: { char: '~', overline: false } } });
    const feat = c('feat: new thing (#5)');
    const out = writeRelease('CHANGES.rst', text, { ...base, version: '2.2.0', commits: [feat], previousTag: '2.1.0', tag: '2.2.0' });
    expect(out.text).toBe(
      ['Changes', '=======', '', 'Version 2.2.0', '-------------', '', 'Released on 2026-03-04', '', 'Features', '~~~~~~~~', '', `-   new thing (\`${feat.sha.slice(0, 7)} <${URL}/commit/${feat.sha}>\`__, \`#5 <${URL}/pull/5>\`__)`, '', 'Version 2.1.0', '-------------', '', 'Released on 2025-05-01', '', 'Features', '~~~~~~~~', '', '-   Old feature.', ''].join('\n'),
    );
  });

  test('overlined headings keep their overline; a NEWS file without extension is sniffed as rst', () => {
    const text = ['=========', 'Changelog', '=========', '', '1.0.0 (2025-01-01)', '==================', '', '- First.', ''].join('\n');
    expect(changelogFormat('NEWS', text)).toBe('rst');
    const out = writeRelease('NEWS', text, { ...base, version: '1.1.0', commits: [c('fix: a bug')], previousTag: '1.0.0', tag: '1.1.0' });
    expect(out.text.startsWith(['=========', 'Changelog', '=========', '', '1.1.0 (2026-03-04)', '==================', '', '- a bug ('].join('\n'))).toBe(true);
  });

  test('a new .rst changelog gets a title and a dashed section', () => {
    const out = writeRelease('docs/changelog.rst', null, { ...base, version: '0.1.0', commits: [c('feat: start')], previousTag: null, tag: 'v0.1.0' });
    expect(out.text).toMatch(/^Changelog\n=========\n\n0\.1\.0 \(2026-03-04\)\n------------------\n\n- start \(/);
  });
});

describe('reopenSection: an untagged release is prepared again', () => {
  test('a section the release commit added is removed with its link; hand-written entries are carried', () => {
    const gen = c('feat: generated');
    const text = ['# Changelog', '', '## [Unreleased]', '', '## [1.3.0] - 2026-03-01', '', '### Added', '', '- Written by hand.', `- generated ([${gen.sha.slice(0, 7)}](${URL}/commit/${gen.sha}))`, '', '## [1.2.0] - 2026-01-01', '', '- x', '', `[Unreleased]: ${URL}/compare/v1.3.0...HEAD`, `[1.3.0]: ${URL}/compare/v1.2.0...v1.3.0`, `[1.2.0]: ${URL}/releases/tag/v1.2.0`, ''].join('\n');
    const r = reopenSection('CHANGELOG.md', text, null, '1.3.0', [gen.sha]);
    expect(r.carried).toEqual({ Added: ['- Written by hand.'] });
    expect(r.text).not.toContain('1.3.0]');
    const again = writeRelease('CHANGELOG.md', r.text, { ...base, version: '1.3.0', commits: [c('fix: later'), gen], previousTag: 'v1.2.0', tag: 'v1.3.0', carriedEntries: r.carried });
    expect(again.text.match(/## \[1\.3\.0\]/g)).toHaveLength(1);
    expect(again.text).toContain('### Added\n\n- Written by hand.\n- generated');
    expect(again.text).toContain('### Fixed\n\n- later');
    expect(again.text).toContain(`[Unreleased]: ${URL}/compare/v1.3.0...HEAD\n[1.3.0]: ${URL}/compare/v1.2.0...v1.3.0\n[1.2.0]`);
  });

  test('a section written ahead by hand (click) gets its "Unreleased" line back, so the date and new entries go in again', () => {
    const before = ['## Version 8.5.0', '', 'Unreleased', '', '- Hand.', ''].join('\n');
    const after = ['## Version 8.5.0', '', 'Released 2026-03-01', '', '- Hand.', ''].join('\n');
    expect(reopenSection('CHANGES.md', after, before, '8.5.0', []).text).toBe(before);
  });
});
