/**
 * towncrier projects whose release commit is not made in the checkout (issue 15): in release-mode pr (git
 * and commit-via api) and in direct mode with commit-via api, the release commit holds towncrier's build
 * output (the news file with the new section, the fragments removed), built in a temporary worktree. Real
 * git with a bare remote, Debian's towncrier, the loopback GitHub API on that remote.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from '@jest/globals';
import { isReleaseError } from '../../src/core/errors.js';
import { exec as realExec, type Exec } from '../../src/core/exec.js';
import { prepareRelease, type PrepareOptions, type PrepareResult } from '../../src/stages/prepare-release.js';
import { startGitHubApi, type GitHubApiFixture } from '../fixtures/github-api/server.js';
import { refState } from '../helpers/release-repo.js';
import { commit, git, makeRepo, type TempRepo } from '../helpers/repo.js';
import { githubClient, memoryLogger, OWNER, REPO } from './setup.js';

const DATE = '2026-02-03';
const FILES: Record<string, string> = {
  'pyproject.toml': '[project]\nname = "pkg"\nversion = "1.0.0"\n\n[tool.towncrier]\npackage = "pkg"\nfilename = "NEWS.rst"\ndirectory = "news"\n',
  'NEWS.rst': 'Release notes\n=============\n\n.. towncrier release notes start\n',
  'news/12.feature': 'Pagination for list endpoints.\n',
  'news/13.bugfix': 'Retries no longer double-count.\n',
};
/** What towncrier's build leaves in the release commit, as `git show --name-status`. */
const RELEASE_COMMIT_FILES = ['D\tnews/12.feature', 'D\tnews/13.bugfix', 'M\tNEWS.rst', 'M\tpyproject.toml'];

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A towncrier project at v1.0.0 plus a feat, pushed; the GitHub API on its bare remote. */
async function towncrierProject(): Promise<{ r: TempRepo; github: GitHubApiFixture; run: (o: Partial<PrepareOptions>, exec?: Exec) => Promise<PrepareResult> }> {
  const r = await makeRepo();
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(r.dir, path)), { recursive: true });
    writeFileSync(join(r.dir, path), text);
  }
  await git(r.dir, 'add', '-A');
  await git(r.dir, 'commit', '--quiet', '-m', 'chore: the project');
  await git(r.dir, 'tag', '-a', 'v1.0.0', '-m', '1.0.0');
  await commit(r.dir, 'feat: pagination');
  await git(r.dir, 'push', '--quiet', '--follow-tags', 'origin', 'main');
  const github = await startGitHubApi({ owner: OWNER, repo: REPO, gitDir: r.remote });
  cleanups.push(() => github.close(), () => r.cleanup());
  const logger = memoryLogger();
  const client = githubClient(github, logger);
  const run = (o: Partial<PrepareOptions>, exec?: Exec) => prepareRelease({ cwd: r.dir, repository: { owner: OWNER, name: REPO }, date: DATE, github: { client, owner: OWNER, repo: REPO }, ...o }, { logger, exec });
  return { r, github, run };
}

/** The release commit holds towncrier's output; the checkout carries no leftovers (no worktree, clean tree). */
async function expectTowncrierCommit(r: TempRepo, sha: string): Promise<string> {
  expect((await git(r.remote, 'show', '--name-status', '--format=', sha)).split('\n').sort()).toEqual(RELEASE_COMMIT_FILES);
  const news = await git(r.remote, 'show', `${sha}:NEWS.rst`);
  expect(news).toContain('Pagination for list endpoints.');
  expect(news).toContain('Retries no longer double-count.');
  expect(news).toMatch(/1\.1\.0 \(2026-02-03\)/);
  expect(await git(r.remote, 'show', `${sha}:pyproject.toml`)).toContain('version = "1.1.0"');
  expect((await git(r.dir, 'worktree', 'list')).split('\n')).toHaveLength(1);
  expect(await git(r.dir, 'status', '--porcelain')).toBe('');
  return git(r.remote, 'rev-parse', `${sha}^{tree}`);
}

describe('towncrier: the release commit holds its build output when made away from the checkout', () => {
  test('release-mode pr, git and commit-via api: the release branch commit (same tree both ways); main untouched', async () => {
    const trees: string[] = [];
    for (const commitVia of ['git', 'api'] as const) {
      const { r, github, run } = await towncrierProject();
      const mainBefore = await git(r.remote, 'rev-parse', 'main');
      const result = await run({ releaseMode: 'pr', commitVia });
      expect(result.releasePr?.branch).toBe('release/v1.1.0');
      const sha = await git(r.remote, 'rev-parse', 'refs/heads/release/v1.1.0');
      expect(result.context.release_commit?.sha).toBe(sha);
      trees.push(await expectTowncrierCommit(r, sha));
      // The default branch is only ever changed by the merge.
      expect(await git(r.remote, 'rev-parse', 'main')).toBe(mainBefore);
      expect(await git(r.dir, 'rev-parse', 'refs/heads/main')).toBe(mainBefore);
      expect(result.context.release_commit?.files_changed.sort()).toEqual(['NEWS.rst', 'news/12.feature', 'news/13.bugfix', 'pyproject.toml']);
      // The PR body shows the section towncrier wrote.
      expect(github.git?.pulls.map((p) => p.body ?? '').join('')).toContain('Pagination for list endpoints.');
      expect(github.violations).toEqual([]);
    }
    expect(trees[0]).toBe(trees[1]);
  }, 60_000);

  test('direct mode with commit-via api: the API commit on main holds towncrier\'s output', async () => {
    const { r, github, run } = await towncrierProject();
    const result = await run({ commitVia: 'api' });
    const main = await git(r.remote, 'rev-parse', 'main');
    expect(result.context.release_commit?.sha).toBe(main);
    await expectTowncrierCommit(r, main);
    expect(github.violations).toEqual([]);
  });

  test('towncrier build fails in pr mode: BAD_CHANGELOG, and nothing was written anywhere', async () => {
    const { r, github, run } = await towncrierProject();
    const before = { local: await refState(r.dir), remote: await refState(r.remote) };
    // The draft (planning) works; the build (--yes) finds no towncrier.
    const brokenBuild: Exec = (file, args, options) => realExec(file, args, file === 'towncrier' && args.includes('--yes') ? { ...options, env: { ...options?.env, PATH: '/nonexistent' } } : options);
    const err = await run({ releaseMode: 'pr' }, brokenBuild).then(() => undefined, (e: unknown) => e);
    expect(isReleaseError(err, 'BAD_CHANGELOG')).toBe(true);
    expect({ local: await refState(r.dir), remote: await refState(r.remote) }).toEqual(before);
    expect(await git(r.dir, 'status', '--porcelain')).toBe('');
    expect((await git(r.dir, 'worktree', 'list')).split('\n')).toHaveLength(1);
    expect(github.git?.pulls).toEqual([]);
  });
});
