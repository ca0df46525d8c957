import { githubFailure, type GitHubClient } from './client.js';

/** What the suite needs to know about a pull request. */
export interface PullInfo {
  number: number;
  url: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  merged: boolean;
  headRef: string;
  headSha: string;
  /** `owner/name` of the repository the head branch lives in (a fork's for a PR from a fork); '' when unknown. */
  headRepo: string;
  baseRef: string;
  author: string;
  mergeCommitSha: string | null;
}

interface RawPull {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  state: string;
  merged_at: string | null;
  head: { ref: string; sha: string; repo?: { full_name: string } | null };
  base: { ref: string };
  user: { login: string } | null;
  merge_commit_sha: string | null;
}

function toInfo(p: RawPull): PullInfo {
  return {
    number: p.number, url: p.html_url, title: p.title, body: p.body ?? '', state: p.state === 'open' ? 'open' : 'closed', merged: p.merged_at !== null,
    headRef: p.head.ref, headSha: p.head.sha, headRepo: p.head.repo?.full_name ?? '', baseRef: p.base.ref, author: p.user?.login ?? '', mergeCommitSha: p.merge_commit_sha,
  };
}

/** Pull requests from `branch` (of the same repository) into `base`, in the given state, newest first. */
export async function listPullsFromBranch(gh: GitHubClient, opts: { owner: string; repo: string; branch: string; base?: string; state: 'open' | 'closed' | 'all' }): Promise<PullInfo[]> {
  try {
    const list = await gh.paginate(gh.rest.pulls.list, { owner: opts.owner, repo: opts.repo, head: `${opts.owner}:${opts.branch}`, state: opts.state, per_page: 100, ...(opts.base ? { base: opts.base } : {}) });
    return list.map((p) => toInfo(p as RawPull));
  } catch (err) {
    throw githubFailure(`listing pull requests from ${opts.branch}`, err);
  }
}

/** Recent pull requests into `base` in a state (one page of 100, newest first). */
export async function listRecentPulls(gh: GitHubClient, opts: { owner: string; repo: string; base: string; state: 'open' | 'closed' }): Promise<PullInfo[]> {
  try {
    const { data } = await gh.rest.pulls.list({ owner: opts.owner, repo: opts.repo, base: opts.base, state: opts.state, sort: 'updated', direction: 'desc', per_page: 100 });
    return data.map((p) => toInfo(p as RawPull));
  } catch (err) {
    throw githubFailure(`listing ${opts.state} pull requests into ${opts.base}`, err);
  }
}

/** One pull request by number. */
export async function getPull(gh: GitHubClient, opts: { owner: string; repo: string; number: number }): Promise<PullInfo> {
  try {
    const { data } = await gh.rest.pulls.get({ owner: opts.owner, repo: opts.repo, pull_number: opts.number });
    return toInfo(data as RawPull);
  } catch (err) {
    throw githubFailure(`reading pull request #${opts.number}`, err);
  }
}

/** Opens a pull request from `head` into `base`. */
export async function createPull(gh: GitHubClient, opts: { owner: string; repo: string; head: string; base: string; title: string; body: string }): Promise<PullInfo> {
  try {
    const { data } = await gh.rest.pulls.create({ owner: opts.owner, repo: opts.repo, head: opts.head, base: opts.base, title: opts.title, body: opts.body });
    return toInfo(data as RawPull);
  } catch (err) {
    throw githubFailure(`opening the pull request from ${opts.head}`, err);
  }
}

/** Updates a pull request's title, body or state. */
export async function updatePull(gh: GitHubClient, opts: { owner: string; repo: string; number: number; title?: string; body?: string; state?: 'open' | 'closed' }): Promise<PullInfo> {
  try {
    const { data } = await gh.rest.pulls.update({
      owner: opts.owner, repo: opts.repo, pull_number: opts.number,
      ...(opts.title !== undefined ? { title: opts.title } : {}), ...(opts.body !== undefined ? { body: opts.body } : {}), ...(opts.state ? { state: opts.state } : {}),
    });
    return toInfo(data as RawPull);
  } catch (err) {
    throw githubFailure(`updating pull request #${opts.number}`, err);
  }
}

/** Comments on a pull request (pull requests are issues for comments). */
export async function commentOnPull(gh: GitHubClient, opts: { owner: string; repo: string; number: number; body: string }): Promise<string> {
  try {
    const { data } = await gh.rest.issues.createComment({ owner: opts.owner, repo: opts.repo, issue_number: opts.number, body: opts.body });
    return data.html_url;
  } catch (err) {
    throw githubFailure(`commenting on pull request #${opts.number}`, err);
  }
}
