/**
 * prepare-release on fixture repositories shaped like real Python projects (real git, bare remotes): tag
 * styles, floating tags, .dev versions, release-tool configuration, changelogs under other names and formats,
 * towncrier, first releases, squash merges, shallow clones. Each bad case stops before any write.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isReleaseError, type ReleaseErrorCode } from '../../src/core/errors.js';
import { exec as realExec, type Exec } from '../../src/core/exec.js';
import { type Logger } from '../../src/core/log.js';
import { prepareRelease, type PrepareOptions } from '../../src/stages/prepare-release.js';
import { commit, git, makeRepo, type TempRepo } from '../helpers/repo.js';
import { read, repoState } from '../helpers/release-repo.js';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});

const REPO = { owner: 'acme', name: 'pkg' };
const DATE = '2026-02-03';

/** A repository holding `files` (path → text) in one commit, pushed to its bare origin. */
async function project(files: Record<string, string>, message = 'chore: initial commit'): Promise<TempRepo> {
  const r = await makeRepo();
  repos.push(r);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(r.dir, path)), { recursive: true });
    writeFileSync(join(r.dir, path), text);
  }
  await git(r.dir, 'add', '-A');
  await git(r.dir, 'commit', '--quiet', '-m', message);
  await git(r.dir, 'push', '--quiet', 'origin', 'main');
  return r;
}

function pyproject(version: string, extra = ''): string {
  return `[project]\nname = "pkg"\nversion = "${version}"\n${extra}`;
}

/** A logger that keeps warnings and infos for assertions. */
function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (m: string): void => void lines.push(m);
  return { lines, debug: keep, info: keep, warning: keep, error: keep, group: async (_n, fn) => fn(), setSecret: () => undefined } as Logger & { lines: string[] };
}

function run(dir: string, options: Partial<PrepareOptions> = {}, deps: { logger?: Logger; exec?: Exec } = {}) {
  return prepareRelease({ cwd: dir, repository: REPO, date: DATE, ...options }, deps);
}

async function expectRefusal(r: TempRepo, options: Partial<PrepareOptions>, code: ReleaseErrorCode, hint: RegExp, deps: { exec?: Exec } = {}): Promise<void> {
  const before = await repoState(r);
  const err = await run(r.dir, options, deps).catch((e: unknown) => e);
  if (!isReleaseError(err, code)) throw err;
  expect(`${err.message} ${err.hint}`).toMatch(hint);
  expect(await repoState(r)).toEqual(before);
}

describe('tag styles', () => {
  test('digit-first tags without tag-template: the new tag is 0.29.0, the commit says "prepare 0.29.0", HISTORY.md gets the section', async () => {
    const r = await project({ 'pyproject.toml': pyproject('0.28.1'), 'HISTORY.md': '# History\n\n## 0.28.1 (2025-12-06)\n\n- Old fix.\n' });
    await git(r.dir, 'tag', '0.28.1');
    const feat = await commit(r.dir, 'feat: retries');
    await git(r.dir, 'push', '--quiet', '--tags', 'origin', 'main');

    const result = await run(r.dir);

    expect(result.context.version).toMatchObject({ previous: '0.28.1', next: '0.29.0', tag: '0.29.0' });
    expect(await git(r.dir, 'log', '-1', '--format=%s')).toBe('chore(release): prepare 0.29.0');
    expect((await git(r.dir, 'show', '--name-only', '--format=', 'HEAD')).split('\n').sort()).toEqual(['HISTORY.md', 'pyproject.toml']);
    expect(read(r.dir, 'HISTORY.md')).toBe(`# History\n\n## 0.29.0 (2026-02-03)\n\n- retries ([${feat.slice(0, 7)}](https://github.com/acme/pkg/commit/${feat}))\n\n## 0.28.1 (2025-12-06)\n\n- Old fix.\n`);
    expect(await git(r.dir, 'ls-files', 'CHANGELOG.md')).toBe('');
  });

  test('floating v1 / v1.2 tags moved onto v1.2.3 are not releases: the last release is v1.2.3', async () => {
    const r = await project({ 'pyproject.toml': pyproject('1.2.3'), 'CHANGELOG.md': '# Changelog\n\n## [1.2.3] - 2025-01-01\n\n- x\n' });
    await git(r.dir, 'tag', 'v1.2.2');
    await commit(r.dir, 'fix: y');
    for (const t of ['v1.2.3', 'v1.2', 'v1']) await git(r.dir, 'tag', t);
    await commit(r.dir, 'fix: z');
    const result = await run(r.dir, { dryRun: true });
    expect(result.context.version).toMatchObject({ previous: '1.2.3', next: '1.2.4', tag: 'v1.2.4' });
    expect(result.deciding.map((c) => c.raw.subject)).toEqual(['fix: z']);
  });

  test('[tool.commitizen] tag_format and bump rules: refactor releases a patch, tagged pkg-1.0.1', async () => {
    const r = await project({ 'pyproject.toml': pyproject('1.0.0', '\n[tool.commitizen]\ntag_format = "pkg-$version"\n') });
    await git(r.dir, 'tag', 'pkg-1.0.0');
    await commit(r.dir, 'refactor: split the parser');
    const result = await run(r.dir, { dryRun: true });
    expect(result.context.version).toMatchObject({ next: '1.0.1', tag: 'pkg-1.0.1', bump: 'patch' });
    // Inputs win over the tool's rules.
    const none = await run(r.dir, { dryRun: true, patchTypes: ['fix'] });
    expect(none.context.version?.released).toBe(false);
  });
});

describe('.dev versions', () => {
  test('8.5.0.dev on main with fixes since 8.4.2 → 8.5.0; a breaking change → 9.0.0', async () => {
    const r = await project({ 'pyproject.toml': pyproject('8.5.0.dev'), 'CHANGES.md': '## Version 8.5.0\n\nUnreleased\n\n- Hand-written. {pr}`12`\n\n## Version 8.4.2\n\nReleased 2025-06-24\n\n- Old.\n' });
    await git(r.dir, 'tag', '8.4.2', 'HEAD');
    await commit(r.dir, 'fix: a (#12)');
    const result = await run(r.dir, { dryRun: true });
    expect(result.context.version).toMatchObject({ previous: '8.5.0.dev0', next: '8.5.0', bump: 'release' });
    expect(result.edits.find((e) => e.path === 'CHANGES.md')?.after).toBe('## Version 8.5.0\n\nReleased 2026-02-03\n\n- Hand-written. {pr}`12`\n\n## Version 8.4.2\n\nReleased 2025-06-24\n\n- Old.\n');
    expect(result.edits.find((e) => e.path === 'pyproject.toml')?.after).toContain('version = "8.5.0"\n');

    await commit(r.dir, 'feat!: new parser');
    expect((await run(r.dir, { dryRun: true })).context.version?.next).toBe('9.0.0');
  });
});

describe('changelogs in the project\'s own file and format', () => {
  test('CHANGES.rst with = and ~ underlines; python-semantic-release names docs/changelog.md (written there in its flat style, nothing else created)', async () => {
    const rst = 'Changes\n*******\n\n1.0.0 (2025-05-01)\n==================\n\nFixes\n~~~~~\n\n- Old.\n';
    const r = await project({ 'pyproject.toml': pyproject('1.0.0'), 'CHANGES.rst': rst });
    await git(r.dir, 'tag', 'v1.0.0');
    await commit(r.dir, 'fix: a bug');
    const result = await run(r.dir, { dryRun: true });
    expect(result.context.changelog?.file).toBe('CHANGES.rst');
    const after = result.edits.find((e) => e.path === 'CHANGES.rst')?.after ?? '';
    expect(after).toMatch(/^Changes\n\*\*\*\*\*\*\*\n\n1\.0\.1 \(2026-02-03\)\n==================\n\nFixes\n~~~~~\n\n- a bug \(`[0-9a-f]{7} <https:\/\/github\.com\/acme\/pkg\/commit\/[0-9a-f]{40}>`__\)\n\n1\.0\.0 \(2025-05-01\)/);

    const psr = await project({ 'pyproject.toml': pyproject('1.0.0', '\n[tool.semantic_release.changelog]\nchangelog_file = "docs/changelog.md"\n'), 'docs/changelog.md': '# Changelog\n\n## v1.0.0 (2025-01-01)\n\n- Old.\n' });
    await git(psr.dir, 'tag', 'v1.0.0');
    await commit(psr.dir, 'feat: x');
    await run(psr.dir);
    expect(read(psr.dir, 'docs/changelog.md')).toMatch(/^# Changelog\n\n## v1\.1\.0 \(2026-02-03\)\n\n- x \(\[[0-9a-f]{7}\]\(https:\/\/github\.com\/acme\/pkg\/commit\/[0-9a-f]{40}\)\)\n\n## v1\.0\.0 \(2025-01-01\)\n\n- Old\.\n$/);
    expect(await git(psr.dir, 'ls-files', 'CHANGELOG.md')).toBe('');
  });

  test('towncrier (Debian\'s): the news fragments become the section and leave in the release commit', async () => {
    const r = await project({
      'pyproject.toml': pyproject('1.0.0', '\n[tool.towncrier]\npackage = "pkg"\nfilename = "NEWS.rst"\ndirectory = "news"\n'),
      'NEWS.rst': 'Release notes\n=============\n\n.. towncrier release notes start\n',
      'news/12.feature': 'Pagination for list endpoints.\n',
      'news/13.bugfix': 'Retries no longer double-count.\n',
    });
    await git(r.dir, 'tag', 'v1.0.0', 'HEAD~1');
    await commit(r.dir, 'feat: pagination');
    const result = await run(r.dir);
    expect(result.context.version?.next).toBe('1.1.0');
    expect(result.context.changelog?.file).toBe('NEWS.rst');
    expect(result.context.changelog?.section_markdown).toContain('Pagination for list endpoints.');
    expect((await git(r.dir, 'show', '--name-status', '--format=', 'HEAD')).split('\n').sort()).toEqual(['D\tnews/12.feature', 'D\tnews/13.bugfix', 'M\tNEWS.rst', 'M\tpyproject.toml']);
    expect(read(r.dir, 'NEWS.rst')).toContain('Pagination for list endpoints.');
    expect(await git(r.remote, 'rev-parse', 'main')).toBe(result.context.release_commit?.sha);
  });

  test('towncrier configured but not installed: BAD_CHANGELOG naming the fix, nothing written', async () => {
    const r = await project({ 'pyproject.toml': pyproject('1.0.0', '\n[tool.towncrier]\ndirectory = "news"\n'), 'news/1.feature': 'x\n' });
    await git(r.dir, 'tag', 'v1.0.0');
    await commit(r.dir, 'feat: x');
    // The real exec, with a PATH on which there is no towncrier.
    const noTowncrier: Exec = (file, args, options) => realExec(file, args, file === 'towncrier' ? { ...options, env: { ...options?.env, PATH: '/nonexistent' } } : options);
    await expectRefusal(r, {}, 'BAD_CHANGELOG', /towncrier is not installed.*pip install towncrier.*changelog-file/s, { exec: noTowncrier });
  });
});

describe('first release (no release tag)', () => {
  test('without since: the 20 newest changes, the rest counted, a warning; with since: only the commits after it', async () => {
    const r = await project({ 'pyproject.toml': pyproject('0.1.0') });
    for (let i = 1; i <= 30; i++) await commit(r.dir, `feat: feature ${i}`);
    const logger = recordingLogger();
    const result = await run(r.dir, { dryRun: true }, { logger });
    const section = result.context.changelog?.section_markdown ?? '';
    expect(section).toContain('First release. The 20 most recent changes are listed; 10 earlier changes are not.');
    expect(section).toContain('feature 30');
    expect(section).toContain('feature 11');
    expect(section).not.toContain('feature 10 ');
    expect(logger.lines.some((l) => l.includes('Set input "since"'))).toBe(true);

    const start = await git(r.dir, 'rev-parse', 'HEAD~3');
    const since = await run(r.dir, { dryRun: true, since: start });
    expect((since.context.changelog?.section_markdown ?? '').match(/^- /gm)).toHaveLength(3);
  });

  test('a since that is neither a commit, a tag nor a date: BAD_INPUT before any write', async () => {
    const r = await project({ 'pyproject.toml': pyproject('0.1.0') });
    await commit(r.dir, 'feat: x');
    await expectRefusal(r, { since: 'no-such-ref' }, 'BAD_INPUT', /since.*commit, a tag nor a YYYY-MM-DD date/);
    await expectRefusal(r, { patchTypes: ['fix', 'not a type'] }, 'BAD_INPUT', /patch-types/);
  });
});

describe('squash merges', () => {
  test("GitHub's default squash message: each * feat/fix line is an entry and counts for the bump", async () => {
    const r = await project({ 'pyproject.toml': pyproject('1.0.0') });
    await git(r.dir, 'tag', 'v1.0.0');
    await commit(r.dir, 'Add export (#31)\n\n* feat(export): csv export\n\n* fix(export): quote commas\n\n* chore: lint');
    const result = await run(r.dir, { dryRun: true });
    expect(result.context.version).toMatchObject({ next: '1.1.0', bump: 'minor' });
    const section = result.context.changelog?.section_markdown ?? '';
    expect(section).toContain('### Added\n\n- **export:** csv export');
    expect(section).toContain('### Fixed\n\n- **export:** quote commas');
    expect(section).not.toContain('Add export');
    const off = await run(r.dir, { dryRun: true, parseSquashBodies: false });
    expect(off.context.version?.released).toBe(false);
  });
});

describe('shallow checkouts', () => {
  test('a depth-1 clone is deepened from its remote (git fetch --unshallow --tags) before deciding: the feat is seen', async () => {
    const r = await project({ 'pyproject.toml': pyproject('1.0.0') });
    await git(r.dir, 'tag', 'v1.0.0');
    await commit(r.dir, 'feat: deep feature');
    await commit(r.dir, 'fix: shallow fix');
    await git(r.dir, 'push', '--quiet', '--tags', 'origin', 'main');
    const shallow = join(r.root, 'shallow');
    await git(r.root, 'clone', '--quiet', '--depth', '1', `file://${r.remote}`, shallow);
    expect(await git(shallow, 'rev-parse', '--is-shallow-repository')).toBe('true');

    const result = await run(shallow, { dryRun: true });

    expect(result.context.version).toMatchObject({ previous: '1.0.0', next: '1.1.0' });
    expect(await git(shallow, 'rev-parse', '--is-shallow-repository')).toBe('false');
  });

  test('a shallow clone without a remote: SHALLOW_HISTORY naming fetch-depth: 0, nothing written', async () => {
    const r = await project({ 'pyproject.toml': pyproject('1.0.0') });
    await commit(r.dir, 'feat: x');
    await commit(r.dir, 'fix: y');
    const shallow = join(r.root, 'shallow');
    await git(r.root, 'clone', '--quiet', '--depth', '1', `file://${r.remote}`, shallow);
    await git(r.dir, 'push', '--quiet', 'origin', 'main');
    await git(shallow, 'remote', 'remove', 'origin');
    const shallowRepo = { dir: shallow, remote: r.remote, root: r.root, cleanup: () => undefined };
    await expectRefusal(shallowRepo, {}, 'SHALLOW_HISTORY', /fetch-depth: 0/);
  });
});
