/**
 * prepare-release on fixture repositories shaped like real open-source projects it was tried on (real git,
 * bare remotes): the shapes that failed or surprised there, each made small.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { prepareRelease, type PrepareOptions } from '../../src/stages/prepare-release.js';
import { commit, git, makeRepo, type TempRepo } from '../helpers/repo.js';
import { read } from '../helpers/release-repo.js';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});

const REPO = { owner: 'acme', name: 'pkg' };
const URL = 'https://github.com/acme/pkg';
const DATE = '2026-02-03';

/** A repository holding `files` (path → text) in one commit tagged `tag`, pushed to its bare origin. */
async function project(files: Record<string, string>, tag: string): Promise<TempRepo> {
  const r = await makeRepo();
  repos.push(r);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(r.dir, path)), { recursive: true });
    writeFileSync(join(r.dir, path), text);
  }
  await git(r.dir, 'add', '-A');
  await git(r.dir, 'commit', '--quiet', '-m', 'chore: initial commit');
  await git(r.dir, 'tag', tag);
  await git(r.dir, 'push', '--quiet', '--tags', 'origin', 'main');
  return r;
}

function run(dir: string, options: Partial<PrepareOptions> = {}) {
  return prepareRelease({ cwd: dir, repository: REPO, date: DATE, ...options });
}

describe('Markdown changelogs with setext (underlined) headings', () => {
  test('requests: HISTORY.md with "Release History" over ===, a "dev" section and "2.34.2 (2026-05-14)" over ---: the release goes below dev, underlined', async () => {
    const history = [
      'Release History',
      '===============',
      '',
      'dev',
      '---',
      '',
      '- \\[Short description of non-trivial change.\\]',
      '',
      '',
      '2.34.2 (2026-05-14)',
      '-------------------',
      '- Moved `headers` input type back to `Mapping`. (#7441)',
      '',
      '',
      '2.34.1 (2026-05-13)',
      '-------------------',
      '',
      '**Bugfixes**',
      '- Widened `json` input type. (#7436)',
      '',
    ].join('\n');
    const r = await project({ 'pyproject.toml': '[project]\nname = "pkg"\nversion = "2.34.2"\n', 'HISTORY.md': history }, 'v2.34.2');
    const fix = await commit(r.dir, 'fix: keep the proxy headers (#7600)');

    await run(r.dir, { bump: 'minor' });

    const short = fix.slice(0, 7);
    expect(read(r.dir, 'HISTORY.md')).toBe(
      history.replace(
        '2.34.2 (2026-05-14)\n',
        `2.35.0 (2026-02-03)\n-------------------\n\n**Bugfixes**\n- keep the proxy headers ([${short}](${URL}/commit/${fix})) ([#7600](${URL}/pull/7600))\n\n2.34.2 (2026-05-14)\n`,
      ),
    );
    expect(await git(r.dir, 'log', '-1', '--format=%s')).toBe('chore(release): prepare v2.35.0');
  });

  test('expressjs/cors: HISTORY.md with "2.8.6 / 2026-01-22" over === and "  * " bullets: same heading, date, underline and bullets', async () => {
    const history = ['2.8.6 / 2026-01-22', '==================', '', '  * Improve documentation', '  * Remove additional markdown files from tarball', '', '2.8.5 / 2018-11-04', '==================', '', '  * Fix setting `maxAge` option to `0`', ''].join('\n');
    const r = await project({ 'package.json': JSON.stringify({ name: 'cors', version: '2.8.6', main: 'lib/index.js' }, null, 2) + '\n', 'lib/index.js': 'module.exports = 1;\n', 'HISTORY.md': history }, 'v2.8.6');
    const fix = await commit(r.dir, 'fix: vary on origin');

    const result = await run(r.dir, { dryRun: true });

    expect(result.context.version).toMatchObject({ previous: '2.8.6', next: '2.8.7', tag: 'v2.8.7' });
    expect(result.edits.find((e) => e.path === 'HISTORY.md')?.after).toBe(`2.8.7 / 2026-02-03\n==================\n\n  * vary on origin ([${fix.slice(0, 7)}](${URL}/commit/${fix}))\n\n` + history);
  });
});

describe('a single-module distribution', () => {
  test('six: setup.py says version=six.__version__, six.py holds it; CHANGES (no extension) gets an underlined section', async () => {
    const setupPy = ['from setuptools import setup', '', 'import six', '', 'setup(name="six",', '      version=six.__version__,', '      py_modules=["six"])', ''].join('\n');
    const changes = ['Changelog for six', '=================', '', 'This file lists the changes in each six version.', '', '1.17.0', '------', '', '- Pull request #388: Remove `URLopener`.', ''].join('\n');
    const r = await project({ 'setup.py': setupPy, 'setup.cfg': '[bdist_wheel]\nuniversal = 1\n', 'six.py': '"""Utilities."""\n\n__author__ = "B"\n__version__ = "1.17.0"\n', 'test_six.py': 'import six\n', CHANGES: changes }, '1.17.0');
    await commit(r.dir, 'fix: ensure_str on bytes');

    const result = await run(r.dir, { dryRun: true });

    expect(result.context.version).toMatchObject({ previous: '1.17.0', next: '1.17.1', tag: '1.17.1' });
    expect(result.edits.map((e) => e.path).sort()).toEqual(['CHANGES', 'six.py']);
    expect(result.edits.find((e) => e.path === 'six.py')?.after).toBe('"""Utilities."""\n\n__author__ = "B"\n__version__ = "1.17.1"\n');
    expect(result.edits.find((e) => e.path === 'CHANGES')?.after).toMatch(/^Changelog for six\n=================\n\nThis file lists the changes in each six version.\n\n1\.17\.1\n------\n\n- ensure_str on bytes \(`[0-9a-f]{7} <https:\/\/github\.com\/acme\/pkg\/commit\/[0-9a-f]{40}>`__\)\n\n1\.17\.0\n------\n/);
  });
});

describe('the dry run\'s diff', () => {
  test('rich: a long Keep a Changelog with link references at the bottom: the diff shows the new section and the new link, not the whole file', async () => {
    const old = Array.from({ length: 60 }, (_, k) => `## [14.${60 - k}.0] - 2026-01-01\n\n### Fixed\n\n- Fixed thing ${k}\n`).join('\n');
    const links = Array.from({ length: 60 }, (_, k) => `[14.${60 - k}.0]: https://github.com/acme/pkg/compare/v14.${59 - k}.0...v14.${60 - k}.0`).join('\n');
    const changelog = `# Changelog\n\nAll notable changes to this project will be documented in this file.\n\n${old}\n${links}\n`;
    const r = await project({ 'pyproject.toml': '[project]\nname = "pkg"\nversion = "14.60.0"\n', 'CHANGELOG.md': changelog }, 'v14.60.0');
    await commit(r.dir, 'fix: typo');

    const result = await run(r.dir, { dryRun: true });

    const changelogDiff = result.diff.slice(result.diff.indexOf('--- a/CHANGELOG.md'));
    const changed = changelogDiff.split('\n').filter((l) => /^[-+](?![-+]{2} [ab]\/)/.test(l));
    expect(changed.every((l) => l.startsWith('+'))).toBe(true);
    expect(changed).toContain('+## [14.60.1] - 2026-02-03');
    expect(changed).toContain('+[14.60.1]: https://github.com/acme/pkg/compare/v14.60.0...v14.60.1');
    expect(changed.length).toBeLessThan(12);
    expect(changelogDiff.match(/^@@ line \d+ @@$/gm)).toHaveLength(2);
  });
});

describe('entries grouped under label lines, in the file\'s own words', () => {
  test('marshmallow: CHANGELOG.rst groups under "Features:" / "Bug fixes:" / "Other changes:" paragraphs; the release uses those labels', async () => {
    const changelog = [
      'Changelog',
      '---------',
      '',
      '3.23.0 (2024-10-17)',
      '*******************',
      '',
      'Features:',
      '',
      '- Typing: replace "type" with specific metaclass (:pr:`2300`).',
      '',
      'Other changes:',
      '',
      '- Officially support Python 3.13 (:pr:`2319`).',
      '',
      '3.22.0 (2024-08-20)',
      '*******************',
      '',
      'Bug fixes:',
      '',
      '- Fix hooks (:pr:`2279`).',
      '',
    ].join('\n');
    const r = await project({ 'pyproject.toml': '[project]\nname = "pkg"\nversion = "3.23.0"\n', 'CHANGELOG.rst': changelog }, '3.23.0');
    const feat = await commit(r.dir, 'feat: many Meta option');
    const fix = await commit(r.dir, 'fix: load_default with None');
    const chore = await commit(r.dir, 'Update sponsor link');

    const result = await run(r.dir, { dryRun: true });

    const ref = (sha: string): string => `\`${sha.slice(0, 7)} <${URL}/commit/${sha}>\`__`;
    expect(result.edits.find((e) => e.path === 'CHANGELOG.rst')?.after).toBe(
      changelog.replace(
        '3.23.0 (2024-10-17)\n',
        ['3.24.0 (2026-02-03)', '*******************', '', 'Features:', '', `- many Meta option (${ref(feat)})`, '', 'Bug fixes:', '', `- load_default with None (${ref(fix)})`, '', 'Other changes:', '', `- Update sponsor link (${ref(chore)})`, '', '3.23.0 (2024-10-17)', ''].join('\n'),
      ),
    );
  });

  test('requests: "**Bugfixes**" bold labels with the entries right under them', async () => {
    const history = ['Release History', '===============', '', '2.34.1 (2026-05-13)', '-------------------', '', '**Bugfixes**', '- Widened `json` input type. (#7436)', '', '**Improvements**', '- Faster.', ''].join('\n');
    const r = await project({ 'pyproject.toml': '[project]\nname = "pkg"\nversion = "2.34.1"\n', 'HISTORY.md': history }, 'v2.34.1');
    const fix = await commit(r.dir, 'fix: headers typing (#7441)');

    const result = await run(r.dir, { dryRun: true });

    expect(result.edits.find((e) => e.path === 'HISTORY.md')?.after).toContain(`2.34.2 (2026-02-03)\n-------------------\n\n**Bugfixes**\n- headers typing ([${fix.slice(0, 7)}](${URL}/commit/${fix})) ([#7441](${URL}/pull/7441))\n\n2.34.1 (2026-05-13)\n`);
  });
});

describe('sub-headings in the file\'s own words', () => {
  test('a conventional-changelog CHANGELOG.md ("### Features", "### Bug Fixes") gets those headings, with a hand-written Unreleased "### Features" entry merged, not "### Added" beside "### Features"', async () => {
    const changelog = [
      '# Changelog',
      '',
      '## Unreleased',
      '',
      '### Features',
      '',
      '* hand-written note about the new API',
      '',
      '## [1.2.0](https://github.com/acme/pkg/compare/v1.1.0...v1.2.0) (2024-01-01)',
      '',
      '### Features',
      '',
      '* **core:** old feature ([abc1234](https://github.com/acme/pkg/commit/abc1234))',
      '',
      '### Bug Fixes',
      '',
      '* old fix ([def5678](https://github.com/acme/pkg/commit/def5678))',
      '',
    ].join('\n');
    const r = await project({ 'package.json': JSON.stringify({ name: 'pkg', version: '1.2.0' }, null, 2) + '\n', 'CHANGELOG.md': changelog }, 'v1.2.0');
    const feat = await commit(r.dir, 'feat: streaming');
    const fix = await commit(r.dir, 'fix: retry on 503');

    const result = await run(r.dir, { dryRun: true });

    const link = (sha: string): string => `([${sha.slice(0, 7)}](${URL}/commit/${sha}))`;
    const after = result.edits.find((e) => e.path === 'CHANGELOG.md')?.after ?? '';
    expect(after).toContain(
      ['## [1.3.0](https://github.com/acme/pkg/compare/v1.2.0...v1.3.0) (2026-02-03)', '', '### Features', '', '* hand-written note about the new API', `* streaming ${link(feat)}`, '', '### Bug Fixes', '', `* retry on 503 ${link(fix)}`, '', '## [1.2.0]'].join('\n'),
    );
    expect(after).not.toContain('### Added');
    expect(after).not.toContain('### Fixed');
  });
});
