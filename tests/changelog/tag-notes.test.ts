import { describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { releaseNotesForTag } from '../../src/changelog/tag-notes.js';
import { Git } from '../../src/git/git.js';
import { getScheme } from '../../src/versioning/scheme.js';
import { commit, git, trackRepos, type TempRepo } from '../helpers/repo.js';

const semver = getScheme('semver');
const repos = trackRepos();

const repo = (): Promise<TempRepo> => repos.make();

const base = { template: 'v{version}', name: 'pkg', scheme: semver, date: '2026-12-07' };

describe('release notes of a tag pushed by hand', () => {
  test("the tag's own section of the project's changelog, not the neighbouring ones", async () => {
    const r = await repo();
    writeFileSync(
      join(r.dir, 'CHANGES.md'),
      ['# Changes', '', '## 1.3.0', '', '- Add the frobnicator.', '- Fix the widget.', '', '## 1.2.0', '', '- Older entry.', ''].join('\n'),
    );
    await git(r.dir, 'add', 'CHANGES.md');
    await commit(r.dir, 'docs: notes for 1.3.0');
    await git(r.dir, 'tag', '-a', '-m', 'v1.3.0', 'v1.3.0');
    const notes = await releaseNotesForTag(new Git(r.dir), r.dir, '.', { ...base, tag: 'v1.3.0', version: '1.3.0' });
    expect(notes.file).toBe('CHANGES.md');
    expect(notes.entries).toBe(2);
    expect(notes.section_markdown).toContain('Add the frobnicator.');
    expect(notes.section_markdown).not.toContain('Older entry');
  });

  test('without a section: generated from the commits between the previous release tag and this one', async () => {
    const r = await repo();
    await commit(r.dir, 'feat: shipped in 1.0.0');
    await git(r.dir, 'tag', '-a', '-m', 'v1.0.0', 'v1.0.0');
    await commit(r.dir, 'feat: new parser');
    await commit(r.dir, 'fix: crash on empty input');
    await git(r.dir, 'tag', '-a', '-m', 'v1.1.0', 'v1.1.0');
    await commit(r.dir, 'feat: after the tag');
    const notes = await releaseNotesForTag(new Git(r.dir), r.dir, '.', { ...base, tag: 'v1.1.0', version: '1.1.0', repoUrl: 'https://github.com/o/r' });
    expect(notes.file).toBeUndefined();
    expect(notes.entries).toBe(2);
    expect(notes.section_markdown).toContain('new parser');
    expect(notes.section_markdown).toContain('crash on empty input');
    expect(notes.section_markdown).not.toContain('shipped in 1.0.0');
    expect(notes.section_markdown).not.toContain('after the tag');
  });
});
