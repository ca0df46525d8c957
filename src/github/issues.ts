import { githubFailure, httpStatus, type GitHubClient } from './client.js';
import { createOrFind } from './create-or-find.js';

/** What the rejection issue says and where it goes. */
export interface BlockingIssueOptions {
  owner: string;
  repo: string;
  version: string;
  /** Exact issue title, the key that finds the issue again. Defaults to `Release ${version} blocked by the quality gate`. */
  title?: string;
  /** Markdown body: the gate's reasons with evidence. */
  body: string;
  /** Label the issue carries and is listed by. Defaults to `release-blocked`. */
  label?: string;
  /** Attempts at creating the issue (each followed by a re-list on failure). Defaults to 3. */
  createAttempts?: number;
  /** Time allowed for one create request before it counts as failed. Defaults to 30000. */
  createTimeoutMs?: number;
  /** Pause before another create attempt, in ms. Defaults to 2000. */
  retryDelayMs?: number;
}

/** The issue that now holds the rejection. */
export interface BlockingIssue {
  url: string;
  number: number;
  /** True when this call opened the issue, false when it updated an open one. */
  created: boolean;
}

/** The default title of the rejection issue for `version`. */
export function blockingIssueTitle(version: string): string {
  return `Release ${version} blocked by the quality gate`;
}

/** Finds the open issue with exactly `title` and `label` (pull requests excluded), or undefined. */
export async function findOpenIssue(gh: GitHubClient, opts: { owner: string; repo: string; title: string; label: string }): Promise<{ number: number; html_url: string } | undefined> {
  const issues = await gh.paginate(gh.rest.issues.listForRepo, { owner: opts.owner, repo: opts.repo, state: 'open', labels: opts.label, per_page: 100 });
  return issues.find((i) => !i.pull_request && i.title === opts.title);
}

/**
 * Opens the rejection issue for a version, or updates the open one: its body is replaced and a comment records
 * the new rejection. Never opens a duplicate: issue creation is not idempotent on GitHub, so the create request
 * is sent without plugin retries and, when it fails or times out, the issues are listed again before another
 * attempt (the lost request may have created it).
 *
 * A closed issue with the same title is left closed and a new one is opened: closing it meant the previous
 * problem was handled, and a new rejection deserves fresh attention.
 */
export async function upsertBlockingIssue(gh: GitHubClient, opts: BlockingIssueOptions): Promise<BlockingIssue> {
  const title = opts.title ?? blockingIssueTitle(opts.version);
  const label = opts.label ?? 'release-blocked';
  const key = { owner: opts.owner, repo: opts.repo, title, label };
  try {
    const existing = await findOpenIssue(gh, key);
    if (existing) {
      await gh.rest.issues.update({ owner: opts.owner, repo: opts.repo, issue_number: existing.number, body: opts.body });
      await gh.rest.issues.createComment({
        owner: opts.owner,
        repo: opts.repo,
        issue_number: existing.number,
        body: `The quality gate rejected ${opts.version} again.\n\n${opts.body}`,
      });
      return { url: existing.html_url, number: existing.number, created: false };
    }
  } catch (err) {
    throw githubFailure(`updating the rejection issue "${title}"`, err);
  }

  return createOrFind<BlockingIssue>({
    create: async () => {
      const { data } = await gh.rest.issues.create({
        owner: opts.owner,
        repo: opts.repo,
        title,
        body: opts.body,
        labels: [label],
        // No plugin retries: a retried create after a lost response would open a second issue.
        request: { retries: 0, signal: AbortSignal.timeout(opts.createTimeoutMs ?? 30000) } as { signal: AbortSignal },
      });
      return { url: data.html_url, number: data.number, created: true };
    },
    find: async () => {
      const found = await findOpenIssue(gh, key);
      return found ? { url: found.html_url, number: found.number, created: true } : undefined;
    },
    // A client error other than timeouts/limits will not go away by retrying.
    permanent: (err) => {
      const status = httpStatus(err);
      return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 422 && status !== 429;
    },
    what: `opening the rejection issue "${title}"`,
    attempts: opts.createAttempts,
    retryDelayMs: opts.retryDelayMs,
  });
}
