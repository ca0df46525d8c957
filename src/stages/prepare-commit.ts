/**
 * The last two steps of a prepared release, shared by the single-package and the workspace path: the release
 * commit (a failed commit puts the files back) and the push (a refused push undoes the local commit).
 */
import { instrumented, type StepContext } from '../core/combinators.js';
import { ReleaseError } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import { BOT_IDENTITY, type Git, type GitIdentity } from '../git/git.js';

/** Where the release commit goes and what it starts from. */
export interface ReleaseCommitTarget {
  git: Git;
  sctx: StepContext;
  logger: Logger;
  /** The commit the release was prepared on (clean tree). */
  baseSha: string;
  branch: string | null;
  remote: string;
  hasRemote: boolean;
  push: boolean;
}

/** Commits `files`; a failed commit puts them and the index back as they were at the base commit. */
export async function commitRelease(t: ReleaseCommitTarget, files: string[], message: string, identity?: GitIdentity): Promise<string> {
  return instrumented('commit', async () => {
    try {
      return await t.git.commit(files, message, identity ?? BOT_IDENTITY);
    } catch (err) {
      await t.git.git(['reset', '--quiet', t.baseSha, '--', ...files], { check: false });
      await t.git.git(['checkout', t.baseSha, '--', ...files], { check: false });
      await t.git.git(['clean', '-fq', '--', ...files], { check: false });
      throw err;
    }
  })(undefined, t.sctx);
}

/** Pushes the release commit to its branch; a refused push undoes the local commit so a re-run starts clean. */
export async function pushRelease(t: ReleaseCommitTarget): Promise<boolean> {
  const { git, branch, remote } = t;
  if (!t.push) return false;
  if (!t.hasRemote) {
    t.logger.warning(`No remote "${remote}": the release commit stays local.`);
    return false;
  }
  if (!branch) return false;
  await instrumented('push', async () => {
    try {
      await git.push(remote, [`HEAD:refs/heads/${branch}`]);
    } catch (err) {
      await git.git(['reset', '--hard', t.baseSha]);
      const moved = await git.fetchBranch(remote, branch);
      if (moved && moved !== t.baseSha) {
        throw new ReleaseError('REMOTE_MOVED', `${remote}/${branch} moved to ${moved.slice(0, 7)} while the release was being prepared; nothing was pushed and the local release commit was undone.`, 'Re-run the release: it will start from the new commits and include them in the changelog.', { cause: err });
      }
      throw err;
    }
  })(undefined, t.sctx);
  return true;
}
