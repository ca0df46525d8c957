import { expect, test } from '@jest/globals';
import { renderFullChangelog } from '../../src/changelog/full.js';
import { Git } from '../../src/git/git.js';
import { getScheme } from '../../src/versioning/scheme.js';
import { commit, git, trackRepos } from '../helpers/repo.js';

const repos = trackRepos();

test('floating v10 / v10.6 tags moved onto each release do not become sections: every release keeps its own commits', async () => {
  const r = await repos.make();
  await commit(r.dir, 'feat: a');
  await git(r.dir, 'tag', 'v10.6.0');
  await commit(r.dir, 'fix: b');
  await git(r.dir, 'tag', 'v10.6.1');
  // The action project's habit: the major and minor aliases follow the newest release.
  await git(r.dir, 'tag', 'v10.6');
  await git(r.dir, 'tag', 'v10');
  const md = await renderFullChangelog(new Git(r.dir), { template: 'v{version}', name: 'x', scheme: getScheme('pep440') });
  const headings = md.split('\n').filter((l) => l.startsWith('## '));
  expect(headings.map((h) => h.replace(/ - .*/, ''))).toEqual(['## [Unreleased]', '## [10.6.1]', '## [10.6.0]']);
  expect(md.slice(md.indexOf('## [10.6.1]'), md.indexOf('## [10.6.0]'))).toContain('- b (');
});
