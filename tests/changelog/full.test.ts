import { describe, expect, test } from '@jest/globals';
import { renderFullChangelog, writeFullChangelog } from '../../src/changelog/full.js';
import { Git } from '../../src/git/git.js';
import { getScheme } from '../../src/versioning/scheme.js';
import { commit, git, trackRepos, type TempRepo } from '../helpers/repo.js';

const semver = getScheme('semver');
const repos = trackRepos();

const repo = (): Promise<TempRepo> => repos.make();

/** The `## ` headings of a changelog, in order. */
function headings(md: string): string[] {
  return md.split('\n').filter((l) => l.startsWith('## '));
}

/** The text of the section under a `## [label]` heading. */
function section(md: string, label: string): string {
  const start = md.indexOf(`## [${label}]`);
  const next = md.indexOf('\n## ', start + 1);
  return md.slice(start, next < 0 ? undefined : next);
}

describe('renderFullChangelog', () => {
  test('one section per release, newest first, each with its own commits, Unreleased on top', async () => {
    const r = await repo();
    await commit(r.dir, 'feat: first feature');
    await git(r.dir, 'tag', 'v0.1.0');
    await commit(r.dir, 'fix: first fix');
    await commit(r.dir, 'chore: hidden');
    await git(r.dir, 'tag', '-a', '-m', 'v0.2.0', 'v0.2.0');
    await commit(r.dir, 'feat!: big change\n\nBREAKING CHANGE: everything moved');
    await git(r.dir, 'tag', 'v1.0.0');
    await commit(r.dir, 'fix: after the release');
    await git(r.dir, 'tag', 'not-a-version');

    const md = await renderFullChangelog(new Git(r.dir), { template: 'v{version}', name: 'x', scheme: semver, repoUrl: 'https://github.com/o/r' });
    expect(md.startsWith('# Changelog\n')).toBe(true);
    expect(headings(md).map((h) => h.replace(/ - \d{4}-\d\d-\d\d$/, ''))).toEqual(['## [Unreleased]', '## [1.0.0]', '## [0.2.0]', '## [0.1.0]']);
    expect(section(md, 'Unreleased')).toContain('after the release');
    expect(section(md, '1.0.0')).toContain('### Breaking Changes');
    expect(section(md, '1.0.0')).toContain('  everything moved');
    expect(section(md, '0.2.0')).toContain('first fix');
    expect(section(md, '0.2.0')).not.toContain('hidden');
    expect(section(md, '0.1.0')).toContain('first feature');
    expect(section(md, '0.1.0')).not.toContain('first fix');
    expect(md.endsWith(
      [
        '[Unreleased]: https://github.com/o/r/compare/v1.0.0...HEAD',
        '[1.0.0]: https://github.com/o/r/compare/v0.2.0...v1.0.0',
        '[0.2.0]: https://github.com/o/r/compare/v0.1.0...v0.2.0',
        '[0.1.0]: https://github.com/o/r/releases/tag/v0.1.0',
        '',
      ].join('\n'),
    )).toBe(true);
  });

  test('commits of a merged branch go to the first release that contains them', async () => {
    const r = await repo();
    await git(r.dir, 'checkout', '--quiet', '-b', 'topic');
    await commit(r.dir, 'feat: from the topic branch');
    await git(r.dir, 'checkout', '--quiet', 'main');
    await commit(r.dir, 'fix: on main before 1.0');
    await git(r.dir, 'tag', 'v1.0.0');
    await git(r.dir, 'merge', '--quiet', '--no-ff', '-m', 'Merge pull request #7 from o/topic', 'topic');
    await commit(r.dir, 'fix: on main after the merge');
    await git(r.dir, 'tag', 'v1.1.0');

    const md = await renderFullChangelog(new Git(r.dir), { template: 'v{version}', name: 'x', scheme: semver });
    expect(section(md, '1.1.0')).toContain('from the topic branch');
    expect(section(md, '1.1.0')).toContain('on main after the merge');
    expect(section(md, '1.1.0')).not.toContain('Merge pull request');
    expect(section(md, '1.0.0')).toContain('on main before 1.0');
    expect(section(md, '1.0.0')).not.toContain('topic');
    expect(md).not.toContain('compare/'); // no repoUrl, no links
  });

  test('streamed: header first, then sections newest first, one write each; the pieces make the whole text', async () => {
    const r = await repo();
    for (let i = 1; i <= 4; i++) {
      await commit(r.dir, `feat: feature ${i}`);
      await git(r.dir, 'tag', `v0.${i}.0`);
    }
    await commit(r.dir, 'fix: unreleased fix');
    const chunks: string[] = [];
    const opts = { template: 'v{version}', name: 'x', scheme: semver, repoUrl: 'https://github.com/o/r' };
    await writeFullChangelog(new Git(r.dir), opts, (c) => chunks.push(c));
    expect(chunks[0].startsWith('# Changelog\n')).toBe(true);
    const sections = chunks.filter((c) => c.startsWith('\n## ['));
    expect(sections.map((c) => c.split('\n')[1].replace(/ - .*$/, ''))).toEqual(['## [Unreleased]', '## [0.4.0]', '## [0.3.0]', '## [0.2.0]', '## [0.1.0]']);
    expect(chunks.join('')).toBe(await renderFullChangelog(new Git(r.dir), opts));
  });

  test('tags on another branch are left out (sections and links); a tagged HEAD has an empty Unreleased', async () => {
    const r = await repo();
    await commit(r.dir, 'feat: first');
    await git(r.dir, 'tag', 'v1.0.0');
    await git(r.dir, 'checkout', '--quiet', '-b', 'next');
    await commit(r.dir, 'feat: on the next branch');
    await git(r.dir, 'tag', 'v3.0.0');
    await git(r.dir, 'checkout', '--quiet', 'main');
    await commit(r.dir, 'fix: second');
    await git(r.dir, 'tag', 'v1.1.0');
    await git(r.dir, 'tag', 'v1.1'); // same version, same commit: one release

    const md = await renderFullChangelog(new Git(r.dir), { template: 'v{version}', name: 'x', scheme: semver, repoUrl: 'https://github.com/o/r' });
    expect(headings(md).map((h) => h.replace(/ - \d{4}-\d\d-\d\d$/, ''))).toEqual(['## [Unreleased]', '## [1.1.0]', '## [1.0.0]']);
    expect(md).not.toContain('on the next branch');
    expect(md).not.toContain('v3.0.0');
    expect(section(md, 'Unreleased')).not.toContain('second');
    expect(section(md, '1.1.0')).toContain('second');
    expect(md).toContain('[Unreleased]: https://github.com/o/r/compare/v1.1.0...HEAD');
    expect(md).toContain('[1.1.0]: https://github.com/o/r/compare/v1.0.0...v1.1.0');
  });
});
