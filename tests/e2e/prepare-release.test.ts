import { describe, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContext } from '../../src/core/context.js';
import { prepareRelease, type PrepareOptions } from '../../src/stages/prepare-release.js';
import { commit, git, trackRepos, PYTHON_EXAMPLE } from '../helpers/repo.js';
import { hashTree, read, releasableRepo, repoState } from '../helpers/release-repo.js';
import { rejection } from '../helpers/errors.js';

const repos = trackRepos();

const REPO = { owner: 'acme', name: 'relay-example' };
const DATE = '2026-01-15';
const BOT = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>';

async function releasable() {
  return repos.track(await releasableRepo());
}

function run(dir: string, options: Partial<PrepareOptions> = {}) {
  return prepareRelease({ cwd: dir, repository: REPO, date: DATE, ...options });
}

async function porcelain(dir: string): Promise<string> {
  return git(dir, 'status', '--porcelain', '--untracked-files=all');
}

describe('prepare-release on a real repository with a bare remote', () => {
  test('feat + fix since v0.1.0 → 0.2.0: version files, CHANGELOG, README, one bot commit, pushed, context', async () => {
    const r = await releasable();
    const before = { pyproject: read(r.dir, 'pyproject.toml'), changelog: read(r.dir, 'CHANGELOG.md'), readme: read(r.dir, 'README.md') };
    const contextFile = join(r.root, 'release-context.json');

    const result = await run(r.dir, { docsFiles: ['README.md'], contextFile, commitMessage: 'chore(release): prepare v{version}' });

    // pyproject.toml: only the version value changes; the comment after it stays.
    const pyVersionLine = 'version = "0.1.0"  # kept equal to __version__ in src/relay_example/__init__.py; release-relay bumps both';
    expect(before.pyproject).toContain(pyVersionLine);
    expect(read(r.dir, 'pyproject.toml')).toBe(before.pyproject.replace(pyVersionLine, pyVersionLine.replace('0.1.0', '0.2.0')));
    expect(read(r.dir, 'src/relay_example/__init__.py')).toBe(
      '"""relay-example: two small text helpers, released by release-relay\'s demo."""\n\nfrom relay_example.text import slugify, wrap\n\n__all__ = ["slugify", "wrap", "__version__"]\n\n__version__ = "0.2.0"\n',
    );

    // CHANGELOG: an empty Unreleased, then the new section holding the hand-written entry and the commits.
    const link = (sha: string) => `([${sha.slice(0, 7)}](https://github.com/acme/relay-example/commit/${sha}))`;
    const section = [
      `## [0.2.0] - ${DATE}`,
      '',
      '### Added',
      '',
      '- `wrap()` keeps a word longer than the width on a line of its own instead of splitting it.',
      `- add shout() ${link(r.feat)}`,
      '',
      '### Fixed',
      '',
      `- wrap() keeps a trailing space out ${link(r.fix)}`,
    ].join('\n');
    expect(read(r.dir, 'CHANGELOG.md')).toBe(
      [
        '# Changelog',
        '',
        'All notable changes to this project are documented in this file.',
        '',
        'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
        'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
        '',
        '## [Unreleased]',
        '',
        section,
        '',
        '## [0.1.0] - 2024-05-01',
        '',
        '### Added',
        '',
        '- `slugify()` and `wrap()`.',
        '',
        '[Unreleased]: https://github.com/acme/relay-example/compare/v0.2.0...HEAD',
        '[0.2.0]: https://github.com/acme/relay-example/compare/v0.1.0...v0.2.0',
        '[0.1.0]: https://github.com/release-relay/release-relay/releases/tag/v0.1.0',
        '',
      ].join('\n'),
    );
    expect(before.changelog).toContain('## [Unreleased]\n\n### Added\n\n- `wrap()` keeps');

    // README: the install snippet and the badge.
    expect(read(r.dir, 'README.md')).toBe(before.readme.replace('pip install relay-example==0.1.0', 'pip install relay-example==0.2.0').replace('version-0.1.0-blue', 'version-0.2.0-blue'));
    expect(read(r.dir, 'README.md')).toContain('pip install relay-example==0.2.0\n');

    // One commit on top of the fix, by the bot, with the configured message, touching exactly the four files.
    const head = await git(r.dir, 'rev-parse', 'HEAD');
    expect(await git(r.dir, 'rev-parse', 'HEAD~1')).toBe(r.fix);
    expect(await git(r.dir, 'log', '-1', '--format=%an <%ae>|%cn <%ce>|%B')).toBe(`${BOT}|${BOT}|chore(release): prepare v0.2.0`);
    expect((await git(r.dir, 'show', '--name-only', '--format=', 'HEAD')).split('\n').sort()).toEqual(['CHANGELOG.md', 'README.md', 'pyproject.toml', 'src/relay_example/__init__.py']);
    expect(await git(r.remote, 'rev-parse', 'refs/heads/main')).toBe(head);
    expect(await porcelain(r.dir)).toBe('');
    // No tag: tagging is publish-and-verify's job.
    expect(await git(r.dir, 'tag', '--list')).toBe('v0.1.0');

    // Context.
    const c = result.context;
    expect(c.version).toMatchObject({ previous: '0.1.0', next: '0.2.0', bump: 'minor', tag: 'v0.2.0', released: true, scheme: 'pep440' });
    expect(c.release_commit).toMatchObject({ sha: head, branch: 'main', pushed: true });
    expect(c.release_commit?.files_changed?.slice().sort()).toEqual(['CHANGELOG.md', 'README.md', 'pyproject.toml', 'src/relay_example/__init__.py']);
    expect(c.changelog?.section_markdown.trim()).toBe(section);
    expect(c.repository).toMatchObject({ owner: 'acme', name: 'relay-example', ref: 'main', sha: r.fix });
    expect(c.package).toMatchObject({ ecosystem: 'python', name: 'relay-example', dir: '.' });
    expect(result.deciding.map((d) => d.sha)).toEqual([r.feat]);
    const loaded = await loadContext(contextFile, 'quality-gate');
    expect(loaded.version).toEqual(c.version);
    expect(loaded.release_commit).toEqual(c.release_commit);
    expect(loaded.changelog?.section_markdown).toBe(c.changelog?.section_markdown);
  });

  test('auto with only chore/docs commits → released=false, no commit, no file changed', async () => {
    const r = await repos.make(PYTHON_EXAMPLE);
    await git(r.dir, 'tag', 'v0.1.0');
    await commit(r.dir, 'chore: bump CI image');
    await commit(r.dir, 'docs: explain wrap()');
    await git(r.dir, 'push', '--quiet', '--tags', 'origin', 'main');
    const state = await repoState(r);
    const contextFile = join(r.root, 'ctx.json');

    const result = await run(r.dir, { docsFiles: ['README.md'], contextFile });

    expect(result.context.version).toMatchObject({ previous: '0.1.0', next: '0.1.0', released: false });
    expect(result.edits).toEqual([]);
    expect(result.decision).toMatch(/^No release/);
    expect(result.context.release_commit).toBeUndefined();
    const after = await repoState(r);
    delete after.files['ctx.json'];
    expect(after).toEqual(state);
    expect((await loadContext(contextFile)).version?.released).toBe(false);
  });

  test('explicit version 1.0.0 wins over the commits', async () => {
    const r = await releasable();
    const result = await run(r.dir, { version: '1.0.0' });
    expect(result.context.version).toMatchObject({ previous: '0.1.0', next: '1.0.0', bump: 'explicit', tag: 'v1.0.0' });
    expect(read(r.dir, 'src/relay_example/__init__.py')).toContain('__version__ = "1.0.0"\n');
    expect(read(r.dir, 'pyproject.toml')).toContain('\nversion = "1.0.0"  # kept');
    expect(read(r.dir, 'CHANGELOG.md')).toContain(`## [1.0.0] - ${DATE}\n`);
    expect(await git(r.remote, 'rev-parse', 'main')).toBe(result.context.release_commit?.sha);
  });

  test('explicit version with a leading v and PEP 440 spelling is normalized (v1.0.0-RC1 → 1.0.0rc1)', async () => {
    const r = await releasable();
    const result = await run(r.dir, { version: 'v1.0.0-RC1' });
    expect(result.context.version).toMatchObject({ next: '1.0.0rc1', tag: 'v1.0.0rc1' });
    expect(read(r.dir, 'src/relay_example/__init__.py')).toContain('__version__ = "1.0.0rc1"\n');
  });

  test('preminor with rc, then prerelease, then release promotion', async () => {
    const r = await releasable();
    const rc1 = await run(r.dir, { bump: 'preminor', prereleaseId: 'rc' });
    expect(rc1.context.version).toMatchObject({ previous: '0.1.0', next: '0.2.0rc1', bump: 'preminor', tag: 'v0.2.0rc1' });
    expect(read(r.dir, 'pyproject.toml')).toContain('version = "0.2.0rc1"');
    await git(r.dir, 'tag', '-a', '-m', 'v0.2.0rc1', 'v0.2.0rc1');
    await commit(r.dir, 'fix: one more');
    await git(r.dir, 'push', '--quiet', '--follow-tags', 'origin', 'main');

    const rc2 = await run(r.dir, { bump: 'prerelease' });
    expect(rc2.context.version).toMatchObject({ previous: '0.2.0rc1', next: '0.2.0rc2', tag: 'v0.2.0rc2' });
    await git(r.dir, 'tag', '-a', '-m', 'v0.2.0rc2', 'v0.2.0rc2');
    await git(r.dir, 'push', '--quiet', '--follow-tags', 'origin', 'main');

    const final = await run(r.dir, { bump: 'release' });
    expect(final.context.version).toMatchObject({ previous: '0.2.0rc2', next: '0.2.0', bump: 'release', tag: 'v0.2.0' });
    expect(read(r.dir, 'src/relay_example/__init__.py')).toContain('__version__ = "0.2.0"\n');
    const changelog = read(r.dir, 'CHANGELOG.md');
    expect(changelog.indexOf('## [0.2.0] - ')).toBeLessThan(changelog.indexOf('## [0.2.0rc2] - '));
    expect(changelog.indexOf('## [0.2.0rc2] - ')).toBeLessThan(changelog.indexOf('## [0.2.0rc1] - '));
    expect(await git(r.remote, 'rev-parse', 'main')).toBe(final.context.release_commit?.sha);
    expect(await git(r.dir, 'rev-list', '--count', `${r.fix}..HEAD`)).toBe('4');
  });

  test('auto with an rc prerelease-id on a final version → 0.2.0rc1', async () => {
    const r = await releasable();
    const result = await run(r.dir, { prereleaseId: 'rc' });
    expect(result.context.version).toMatchObject({ previous: '0.1.0', next: '0.2.0rc1' });
  });

  test('monorepo: packages/foo with {name}-v{version} tags counts only commits touching packages/foo', async () => {
    const r = await repos.make();
    const write = (file: string, text: string) => {
      mkdirSync(join(r.dir, file, '..'), { recursive: true });
      writeFileSync(join(r.dir, file), text);
    };
    write('packages/foo/pyproject.toml', '[project]\nname = "foo"\nversion = "1.4.0"\n');
    write('packages/foo/CHANGELOG.md', '# Changelog\n\n## [1.4.0] - 2025-01-01\n\n- First.\n');
    write('packages/bar/pyproject.toml', '[project]\nname = "bar"\nversion = "3.0.0"\n');
    await git(r.dir, 'add', '-A');
    await git(r.dir, 'commit', '--quiet', '-m', 'chore: two packages');
    await git(r.dir, 'tag', 'foo-v1.4.0');
    await git(r.dir, 'tag', 'v9.9.9'); // another template's tag: ignored

    write('packages/bar/bar.py', 'x = 1\n');
    await git(r.dir, 'add', '-A');
    const barFeat = await (async () => {
      await git(r.dir, 'commit', '--quiet', '-m', 'feat: bar grows a feature');
      return git(r.dir, 'rev-parse', 'HEAD');
    })();
    write('packages/foo/foo.py', 'y = 2\n');
    await git(r.dir, 'add', '-A');
    await git(r.dir, 'commit', '--quiet', '-m', 'fix(foo): handle empty input');
    const fooFix = await git(r.dir, 'rev-parse', 'HEAD');
    await commit(r.dir, 'feat!: an empty commit touches no package');
    await git(r.dir, 'push', '--quiet', '--tags', 'origin', 'main');

    const result = await run(r.dir, { packageDir: 'packages/foo', tagTemplate: '{name}-v{version}' });
    expect(result.context.version).toMatchObject({ previous: '1.4.0', next: '1.4.1', bump: 'patch', tag: 'foo-v1.4.1' });
    expect(result.deciding.map((c) => c.sha)).toEqual([fooFix]);
    expect(result.context.package).toMatchObject({ name: 'foo', dir: 'packages/foo', version_files: ['packages/foo/pyproject.toml'] });
    expect(read(r.dir, 'packages/foo/pyproject.toml')).toBe('[project]\nname = "foo"\nversion = "1.4.1"\n');
    expect(read(r.dir, 'packages/bar/pyproject.toml')).toBe('[project]\nname = "bar"\nversion = "3.0.0"\n');
    const changelog = read(r.dir, 'packages/foo/CHANGELOG.md');
    expect(changelog).toContain('## [1.4.1] - ');
    expect(changelog).toContain('handle empty input');
    expect(changelog).not.toContain('bar grows');
    expect(changelog).not.toContain(barFeat.slice(0, 7));
    expect((await git(r.dir, 'show', '--name-only', '--format=', 'HEAD')).split('\n').sort()).toEqual(['packages/foo/CHANGELOG.md', 'packages/foo/pyproject.toml']);
    expect(await git(r.remote, 'rev-parse', 'main')).toBe(result.context.release_commit?.sha);
  });

  test('dry run: context written, nothing else changed', async () => {
    const r = await releasable();
    const state = await repoState(r);
    const contextFile = join(r.root, 'dry.json');

    const result = await run(r.dir, { dryRun: true, docsFiles: ['README.md'], contextFile });

    expect(result.context.dry_run).toBe(true);
    expect(result.context.version).toMatchObject({ previous: '0.1.0', next: '0.2.0', released: true });
    expect(result.context.release_commit).toMatchObject({ sha: r.fix, pushed: false });
    expect(result.edits.map((e) => e.path).sort()).toEqual(['CHANGELOG.md', 'README.md', 'pyproject.toml', 'src/relay_example/__init__.py']);
    expect(result.diff).toContain('+__version__ = "0.2.0"');
    expect(result.decision).toMatch(/^Dry run: would release relay-example 0\.1\.0 → 0\.2\.0/);
    const after = await repoState(r);
    expect(Object.keys(after.files).filter((f) => !(f in state.files))).toEqual(['dry.json']);
    delete after.files['dry.json'];
    expect(after).toEqual(state);
    expect(await porcelain(r.dir)).toBe('');
    expect((await loadContext(contextFile, 'quality-gate')).dry_run).toBe(true);
  });

  test('remote moved meanwhile → REMOTE_MOVED, everything put back; after git pull a re-run succeeds', async () => {
    const r = await releasable();
    const other = join(r.root, 'other');
    await git(r.root, 'clone', '--quiet', r.remote, other);
    writeFileSync(join(other, 'NOTES.md'), 'notes\n');
    await git(other, 'add', 'NOTES.md');
    await git(other, 'commit', '--quiet', '-m', 'fix: landed meanwhile');
    await git(other, 'push', '--quiet', 'origin', 'main');
    const movedTo = await git(other, 'rev-parse', 'HEAD');
    const files = hashTree(r.dir);
    const remoteBefore = await git(r.remote, 'for-each-ref', '--format=%(refname) %(objectname)');

    const err = await rejection(run(r.dir), 'REMOTE_MOVED');
    expect(err.message).toContain(movedTo.slice(0, 7));
    expect(await git(r.dir, 'rev-parse', 'HEAD')).toBe(r.fix);
    expect(await git(r.dir, 'symbolic-ref', '--short', 'HEAD')).toBe('main');
    expect(hashTree(r.dir)).toEqual(files);
    expect(await porcelain(r.dir)).toBe('');
    expect(await git(r.remote, 'for-each-ref', '--format=%(refname) %(objectname)')).toBe(remoteBefore);
    expect(await git(r.remote, 'rev-parse', 'main')).toBe(movedTo);

    await git(r.dir, 'pull', '--quiet', '--ff-only', 'origin', 'main');
    const result = await run(r.dir);
    expect(result.context.version).toMatchObject({ previous: '0.1.0', next: '0.2.0' });
    expect(result.context.changelog?.section_markdown).toContain('landed meanwhile');
    expect(await git(r.dir, 'rev-parse', 'HEAD~1')).toBe(movedTo);
    expect(await git(r.remote, 'rev-parse', 'main')).toBe(result.context.release_commit?.sha);
  });

  test('re-run after success: the untagged release is re-opened, not bumped again; new commits join its section', async () => {
    const r = await releasable();
    const first = await run(r.dir, { docsFiles: ['README.md'] });
    expect(first.context.version?.next).toBe('0.2.0');
    const state = await repoState(r);

    const again = await run(r.dir, { docsFiles: ['README.md'] });

    expect(again.context.version).toMatchObject({ previous: '0.1.0', next: '0.2.0', released: true, bump: 'reopened' });
    expect(again.edits).toEqual([]);
    expect(again.decision).toMatch(/^Already prepared/);
    expect(await repoState(r)).toEqual(state);
    expect(await git(r.dir, 'rev-list', '--count', `${r.fix}..HEAD`)).toBe('1');

    // A gate rejected 0.2.0 and a fix landed: 0.2.0 is still open (no burned version); its one section gains the fix.
    const fix2 = await commit(r.dir, 'fix: after the release commit');
    const third = await run(r.dir);
    expect(third.context.version).toMatchObject({ previous: '0.1.0', next: '0.2.0', released: true });
    const section = third.context.changelog?.section_markdown ?? '';
    expect(section).toContain('add shout()');
    expect(section).toContain(`after the release commit ([${fix2.slice(0, 7)}]`);
    const changelog = read(r.dir, 'CHANGELOG.md');
    expect(changelog.match(/^## \[0\.2\.0\]/gm)).toHaveLength(1);
    expect(changelog.match(/^\[0\.2\.0\]: /gm)).toHaveLength(1);
    expect(changelog).toContain('[Unreleased]: https://github.com/acme/relay-example/compare/v0.2.0...HEAD');
    // The hand-written entry moved out of Unreleased by the first prepare is carried, once.
    expect(changelog.split('keeps a word longer than the width').length).toBe(2);
    expect(read(r.dir, 'pyproject.toml')).toContain('version = "0.2.0"');
    expect(await git(r.dir, 'log', '-1', '--format=%s')).toBe('chore(release): prepare v0.2.0');
    expect(await git(r.remote, 'rev-parse', 'main')).toBe(third.context.release_commit?.sha);

    // A breaking change after that calls for more than 0.2.0 (0.x: a minor bump from the last release 0.1.0 is
    // still 0.2.0), so the version stays; a feat! on 1.x would move it.
    const brk = await commit(r.dir, 'feat!: drop wrap()');
    const fourth = await run(r.dir);
    expect(fourth.context.version?.next).toBe('0.2.0');
    expect(fourth.context.changelog?.section_markdown).toContain(`drop wrap() ([${brk.slice(0, 7)}]`);
  });
});
