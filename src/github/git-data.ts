import { githubFailure, httpStatus, type GitHubClient } from './client.js';

/** One file of the release commit: its new bytes, or null when the file is deleted. */
export interface TreeFile {
  path: string;
  /** Git file mode: 100644 or 100755. */
  mode: '100644' | '100755';
  content: Buffer | null;
}

/** A commit created through the Git database API. */
export interface ApiCommit {
  sha: string;
  tree: string;
  verified: boolean;
}

/**
 * Creates a commit through GitHub's Git database API (blobs → tree on top of the parent's tree → commit),
 * which GitHub signs when the token is a GitHub App's or GITHUB_TOKEN (no author given: GitHub commits as the
 * token's identity). Does not move any ref.
 */
export async function createApiCommit(gh: GitHubClient, opts: { owner: string; repo: string; parent: string; files: TreeFile[]; message: string }): Promise<ApiCommit> {
  const { owner, repo } = opts;
  try {
    const { data: parent } = await gh.rest.git.getCommit({ owner, repo, commit_sha: opts.parent });
    const entries = [];
    for (const f of opts.files) {
      if (f.content === null) {
        entries.push({ path: f.path, mode: f.mode, type: 'blob' as const, sha: null });
        continue;
      }
      const { data: blob } = await gh.rest.git.createBlob({ owner, repo, content: f.content.toString('base64'), encoding: 'base64' });
      entries.push({ path: f.path, mode: f.mode, type: 'blob' as const, sha: blob.sha });
    }
    const { data: tree } = await gh.rest.git.createTree({ owner, repo, base_tree: parent.tree.sha, tree: entries });
    const { data: commit } = await gh.rest.git.createCommit({ owner, repo, message: opts.message, tree: tree.sha, parents: [opts.parent] });
    return { sha: commit.sha, tree: tree.sha, verified: commit.verification?.verified ?? false };
  } catch (err) {
    throw githubFailure('creating the release commit through the Git database API', err);
  }
}

/** The commit a branch points at on GitHub, or null when the branch does not exist. */
export async function branchHead(gh: GitHubClient, opts: { owner: string; repo: string; branch: string }): Promise<string | null> {
  try {
    const { data } = await gh.rest.git.getRef({ owner: opts.owner, repo: opts.repo, ref: `heads/${opts.branch}` });
    return data.object.sha;
  } catch (err) {
    if (httpStatus(err) === 404) return null;
    throw githubFailure(`reading branch ${opts.branch}`, err);
  }
}

/** Points a branch at `sha`: creates it, fast-forwards it, or (force) moves it anywhere. */
export async function setBranch(gh: GitHubClient, opts: { owner: string; repo: string; branch: string; sha: string; force?: boolean }): Promise<void> {
  const { owner, repo } = opts;
  try {
    if ((await branchHead(gh, opts)) === null) {
      await gh.rest.git.createRef({ owner, repo, ref: `refs/heads/${opts.branch}`, sha: opts.sha });
      return;
    }
    await gh.rest.git.updateRef({ owner, repo, ref: `heads/${opts.branch}`, sha: opts.sha, force: opts.force ?? false });
  } catch (err) {
    throw githubFailure(`moving branch ${opts.branch} to ${opts.sha.slice(0, 7)}`, err);
  }
}

/** The tree sha of a commit on GitHub. */
export async function commitTree(gh: GitHubClient, opts: { owner: string; repo: string; sha: string }): Promise<string> {
  try {
    const { data } = await gh.rest.git.getCommit({ owner: opts.owner, repo: opts.repo, commit_sha: opts.sha });
    return data.tree.sha;
  } catch (err) {
    throw githubFailure(`reading commit ${opts.sha.slice(0, 7)}`, err);
  }
}
