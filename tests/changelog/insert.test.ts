import { describe, expect, test } from '@jest/globals';
import { parseCommit, type ParsedCommit } from '../../src/commits/conventional.js';
import { insertRelease, type InsertInput } from '../../src/changelog/insert.js';
import { isReleaseError } from '../../src/core/errors.js';

const REPO = 'https://github.com/o/r';
const SHA = 'abcdef0123456789abcdef0123456789abcdef01';
const commits: ParsedCommit[] = [
  parseCommit({ sha: SHA, subject: 'feat(cli): add --dry-run (#44)', body: '', parents: ['1'.repeat(40)], authorName: 'T', date: '2026-12-05T00:00:00Z' }),
];
const GEN = `- **cli:** add --dry-run ([abcdef0](${REPO}/commit/${SHA})) ([#44](${REPO}/pull/44))`;

function input(over: Partial<InsertInput> = {}): InsertInput {
  return { version: '1.3.0', date: '2026-12-05', commits, repoUrl: REPO, previousTag: 'v1.2.0', tag: 'v1.3.0', ...over };
}

const HEAD = `# Changelog

All notable changes to this project will be documented in this file.

Some *hand-made* prose  with odd  spacing.   

`;
const OLDER = `## [1.2.0] - 2026-11-01

### Fixed

- Something old.    
* A star bullet kept as is.

## [1.1.0] - 2026-10-01

\`\`\`
## [Unreleased] inside a code fence is not a heading
\`\`\`

`;

describe('insertRelease into an existing file', () => {
  test('moves hand-written Unreleased entries into the release, leaves every other byte unchanged', () => {
    const existing =
      HEAD +
      `## [Unreleased]

### Added

- Hand-written: a new option.
  Continued on a second line.

### Security

- Pinned the TLS version.

` +
      OLDER +
      `[Unreleased]: ${REPO}/compare/v1.2.0...HEAD
[1.2.0]: ${REPO}/compare/v1.1.0...v1.2.0
[1.1.0]: ${REPO}/releases/tag/v1.1.0
`;
    const out = insertRelease(existing, input());
    const section = `## [1.3.0] - 2026-12-05

### Added

- Hand-written: a new option.
  Continued on a second line.
${GEN}

### Security

- Pinned the TLS version.
`;
    expect(out.sectionMarkdown).toBe(section);
    expect(out.entries).toBe(3);
    expect(out.text).toBe(
      HEAD +
        '## [Unreleased]\n\n' +
        section +
        '\n' +
        OLDER +
        `[Unreleased]: ${REPO}/compare/v1.3.0...HEAD
[1.3.0]: ${REPO}/compare/v1.2.0...v1.3.0
[1.2.0]: ${REPO}/compare/v1.1.0...v1.2.0
[1.1.0]: ${REPO}/releases/tag/v1.1.0
`,
    );
    // The untouched parts, byte for byte.
    expect(out.text.startsWith(HEAD + '## [Unreleased]\n')).toBe(true);
    expect(out.text).toContain(OLDER);

    // Re-run: unchanged text, the same section back.
    const again = insertRelease(out.text, input());
    expect(again.text).toBe(out.text);
    expect(again.sectionMarkdown).toBe(section);
    expect(again.entries).toBe(3);
  });

  test('without repoUrl, the repository URL comes from the file\'s own links', () => {
    const existing = `${HEAD}## [Unreleased]\n\n${OLDER}[Unreleased]: ${REPO}/compare/v1.2.0...HEAD\n[1.2.0]: ${REPO}/compare/v1.1.0...v1.2.0\n`;
    const out = insertRelease(existing, input({ repoUrl: undefined }));
    expect(out.sectionMarkdown).toContain(GEN);
    expect(out.text.endsWith(`[Unreleased]: ${REPO}/compare/v1.3.0...HEAD\n[1.3.0]: ${REPO}/compare/v1.2.0...v1.3.0\n[1.2.0]: ${REPO}/compare/v1.1.0...v1.2.0\n`)).toBe(true);
  });

  test('CRLF files stay CRLF and keep their other bytes', () => {
    const lf = `${HEAD}## [Unreleased]\n\n- Loose hand-written entry.\n\n${OLDER}`;
    const crlf = lf.split('\n').join('\r\n');
    const out = insertRelease(crlf, input());
    expect(out.text.includes('\n') && !/[^\r]\n/.test(out.text)).toBe(true);
    expect(out.text.startsWith(HEAD.split('\n').join('\r\n') + '## [Unreleased]\r\n\r\n## [1.3.0] - 2026-12-05\r\n')).toBe(true);
    expect(out.text.endsWith(OLDER.split('\n').join('\r\n'))).toBe(true);
    expect(out.sectionMarkdown).toBe(`## [1.3.0] - 2026-12-05\n\n- Loose hand-written entry.\n\n### Added\n\n${GEN}\n`);
  });

  test('an Unreleased section at the end of the file, without link references', () => {
    const existing = `${HEAD}## [Unreleased]\n### Fixed\n- Hand fix.`;
    const out = insertRelease(existing, input());
    expect(out.text).toBe(`${HEAD}## [Unreleased]\n\n## [1.3.0] - 2026-12-05\n\n### Added\n\n${GEN}\n\n### Fixed\n\n- Hand fix.\n`);
  });

  test('without ## [Unreleased]: the section goes above the first release, links in the file\'s style', () => {
    const existing = `${HEAD}${OLDER}[1.2.0]: ${REPO}/compare/v1.1.0...v1.2.0\n`;
    const out = insertRelease(existing, input());
    expect(out.text).toBe(`${HEAD}## [1.3.0] - 2026-12-05\n\n### Added\n\n${GEN}\n\n${OLDER}[1.3.0]: ${REPO}/compare/v1.2.0...v1.3.0\n[1.2.0]: ${REPO}/compare/v1.1.0...v1.2.0\n`);
    const noLinks = insertRelease(`${HEAD}${OLDER}`, input());
    expect(noLinks.text).toBe(`${HEAD}## [1.3.0] - 2026-12-05\n\n### Added\n\n${GEN}\n\n${OLDER}`);
  });

  test('a title-only file gets Unreleased and the section appended', () => {
    const out = insertRelease('# Changes\n\nIntro.\n\n\n', input({ previousTag: null }));
    expect(out.text).toBe(`# Changes\n\nIntro.\n\n## [Unreleased]\n\n## [1.3.0] - 2026-12-05\n\n### Added\n\n${GEN}\n\n[Unreleased]: ${REPO}/compare/v1.3.0...HEAD\n[1.3.0]: ${REPO}/releases/tag/v1.3.0\n`);
  });

  test('an unstructured file is BAD_CHANGELOG with a hint', () => {
    try {
      insertRelease('Version 1.2.0: fixed things.\nVersion 1.1.0: initial.\n', input());
      throw new Error('no throw');
    } catch (err) {
      if (!isReleaseError(err, 'BAD_CHANGELOG')) throw err;
      expect(err.hint).toContain('# Changelog');
    }
  });
});

describe('insertRelease without a file', () => {
  test('creates the Keep a Changelog header, Unreleased, the section and links', () => {
    const out = insertRelease(null, input({ previousTag: null, scheme: 'pep440' }));
    expect(out.text).toBe(`# Changelog

All notable changes to this project will be documented in this file.

The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
and this project adheres to [PEP 440](https://peps.python.org/pep-0440/) versions.

## [Unreleased]

## [1.3.0] - 2026-12-05

### Added

${GEN}

[Unreleased]: ${REPO}/compare/v1.3.0...HEAD
[1.3.0]: ${REPO}/releases/tag/v1.3.0
`);
    expect(out.entries).toBe(1);
    // A blank existing file is treated as no file.
    expect(insertRelease('\n', input({ previousTag: null, scheme: 'pep440' })).text).toBe(out.text);
    // Re-running on the created file changes nothing.
    expect(insertRelease(out.text, input({ previousTag: null })).text).toBe(out.text);
  });
});
