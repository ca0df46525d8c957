import { describe, expect, test } from '@jest/globals';
import { renderFullChangelog, writeFullChangelog } from '../../src/changelog/full.js';
import { memoryFavoured } from '../../src/core/v8-tuning.js';
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

    expect(memoryFavoured()).toBe(false);
    const md = await renderFullChangelog(new Git(r.dir), { template: 'v{version}', name: 'x', scheme: semver, repoUrl: 'https://github.com/o/r' });
    expect(memoryFavoured()).toBe(true); // a whole-history read keeps V8's heap small from its start
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

  // The rule, asked of git itself: a commit is listed under the lowest release whose tag contains it
  // (`git tag --contains`), or under Unreleased. Random histories with branches, merges both ways (criss-cross)
  // and octopus merges check the walk's bookkeeping where a linear history cannot.
  test.each([1, 2, 3])('random merge histories (seed %i): every commit sits under the lowest release that contains it', async (seed) => {
    const r = await repo();
    let state = seed * 2654435761;
    const rand = (n: number): number => {
      state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
      return state % n;
    };
    const branches = ['main'];
    let current = 'main';
    let minor = 0;
    const made: string[] = [];
    const checkout = async (b: string): Promise<void> => {
      if (b !== current) await git(r.dir, 'checkout', '--quiet', b);
      current = b;
    };
    for (let step = 0; step < 48; step++) {
      const roll = rand(10);
      if (roll < 5 || branches.length === 1) {
        await checkout(branches[rand(branches.length)]);
        const label = `change-${String(made.length).padStart(3, '0')}-end`;
        made.push(label);
        await commit(r.dir, `feat: ${label}`);
        if (branches.length === 1 && roll >= 5) {
          branches.push(`topic${step}`);
          await git(r.dir, 'branch', `topic${step}`);
        }
      } else if (roll < 6) {
        branches.push(`topic${step}`);
        await git(r.dir, 'branch', `topic${step}`, branches[rand(branches.length - 1)]);
      } else if (roll < 8) {
        const other = branches[1 + rand(branches.length - 1)];
        // Into main, or main into the topic branch (the criss-cross case).
        const [into, from] = rand(3) === 0 ? [other, 'main'] : ['main', other];
        await checkout(into);
        await git(r.dir, 'merge', '--quiet', '--no-ff', '-m', `Merge branch '${from}'`, from);
      } else if (roll < 9 && branches.length >= 3) {
        await checkout('main');
        await git(r.dir, 'merge', '--quiet', '--no-ff', '-m', 'Merge branches', branches[1], branches[2]).catch(() => git(r.dir, 'merge', '--abort'));
      } else {
        await checkout('main');
        minor++;
        await git(r.dir, 'tag', `v1.${minor}.0`);
      }
    }
    await checkout('main');
    const md = await renderFullChangelog(new Git(r.dir), { template: 'v{version}', name: 'x', scheme: semver });
    const reachable = (await git(r.dir, 'log', '--format=%s', 'HEAD')).split('\n');
    for (const label of made) {
      if (!reachable.includes(`feat: ${label}`)) {
        expect(md).not.toContain(label);
        continue;
      }
      const sha = await git(r.dir, 'log', '--format=%H', '--fixed-strings', `--grep=${label}`, 'HEAD');
      const containing = (await git(r.dir, 'tag', '--contains', sha)).split('\n').filter((t) => t.length > 0);
      containing.sort((a, b) => semver.compare(a.slice(1), b.slice(1)));
      const expected = containing.length > 0 ? containing[0].slice(1) : 'Unreleased';
      const where = headings(md).map((h) => h.slice(4, h.indexOf(']'))).filter((v) => section(md, v).includes(label));
      expect({ label, where }).toEqual({ label, where: [expected] });
    }
  });
});
