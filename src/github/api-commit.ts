import type { FileEdit } from '../core/files.js';
import { ReleaseError } from '../core/errors.js';
import type { Git } from '../git/git.js';
import { createApiCommit, setBranch, type TreeFile } from './git-data.js';
import type { GitHubTarget } from './target.js';

/** The mode git records for `path` at HEAD (100755 for executables), 100644 for a new file. */
async function fileMode(git: Git, path: string): Promise<'100644' | '100755'> {
  const line = (await git.git(['ls-files', '--stage', '--', path])).stdout.trim();
  return line.startsWith('100755') ? '100755' : '100644';
}

/** The release commit's files for the Git database API, from the planned edits and removals (nothing is written locally). */
export async function treeFilesFromEdits(git: Git, edits: FileEdit[], deleted: string[] = []): Promise<TreeFile[]> {
  const files: TreeFile[] = [];
  for (const e of edits) files.push({ path: e.path, mode: await fileMode(git, e.path), content: e.after === null ? null : Buffer.from(e.after, 'utf8') });
  for (const path of deleted) files.push({ path, mode: await fileMode(git, path), content: null });
  return files;
}

/**
 * Makes the release commit through GitHub's Git database API on top of `parent` (which GitHub must have: it
 * is the remote branch's tip), points `branch` at it (`force` for a release branch the suite owns), then
 * fetches it and checks it out locally on `branch`, so the working tree equals what GitHub holds.
 */
export async function commitThroughApi(opts: { git: Git; github: GitHubTarget; remote: string; parent: string; branch: string; edits: FileEdit[]; deleted?: string[]; message: string; force: boolean }): Promise<{ sha: string; verified: boolean }> {
  const { git, github: gh } = opts;
  const files = await treeFilesFromEdits(git, opts.edits, opts.deleted);
  const commit = await createApiCommit(gh.client, { owner: gh.owner, repo: gh.repo, parent: opts.parent, files, message: opts.message });
  await setBranch(gh.client, { owner: gh.owner, repo: gh.repo, branch: opts.branch, sha: commit.sha, force: opts.force });
  const fetched = await git.fetchBranch(opts.remote, opts.branch);
  if (fetched !== commit.sha) {
    throw new ReleaseError('REMOTE_MOVED', `${opts.remote}/${opts.branch} is at ${fetched?.slice(0, 7) ?? 'nothing'} after the API commit ${commit.sha.slice(0, 7)}.`, 'Check that the remote is the GitHub repository the token writes to, then re-run.');
  }
  await git.git(['checkout', '--quiet', '-B', opts.branch, commit.sha]);
  return commit;
}
