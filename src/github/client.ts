import type { Octokit } from '@octokit/core';
import type { PaginateInterface } from '@octokit/plugin-paginate-rest';
import type { Api } from '@octokit/plugin-rest-endpoint-methods';
import { ReleaseError } from '../core/errors.js';
import { isRequestTimeout } from '../core/http.js';

/**
 * An Octokit with REST methods and pagination (what every src/github function takes). The entries build it
 * (src/actions/common/github-client.ts, with retry and throttling); this folder only uses it.
 */
export type GitHubClient = Octokit & Api & { paginate: PaginateInterface };

/** The HTTP status of an Octokit RequestError, or undefined for other errors. */
export function httpStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** True when a 422 answer carries `code: already_exists` (or GitHub's "already exists" message). */
export function isAlreadyExists(err: unknown): boolean {
  if (httpStatus(err) !== 422) return false;
  const data = (err as { response?: { data?: { message?: string; errors?: { code?: string }[] } } }).response?.data;
  return (data?.errors ?? []).some((e) => e.code === 'already_exists') || /already exists/i.test(data?.message ?? '');
}

/** Wraps any failure of a GitHub call in a ReleaseError(GITHUB_FAILED) naming what was attempted. */
export function githubFailure(what: string, err: unknown): ReleaseError {
  if (err instanceof ReleaseError) return err;
  // A request that timed out reaches us as Octokit's "500" wrapper: it never had an HTTP status.
  const status = isRequestTimeout(err) || isRequestTimeout((err as { cause?: unknown })?.cause) ? undefined : httpStatus(err);
  const detail = err instanceof Error ? err.message : String(err);
  const hint = /rate limit/i.test(detail)
    ? 'GitHub rate-limited the token beyond the retries: wait for the limit to reset, or use a GitHub App token (higher limits).'
    : status === 401 || status === 403
      ? 'Check the token and the workflow `permissions:` (contents: write, issues: write, checks: read, statuses: read).'
      : status === 404
        ? 'Check the repository name and that the token can see it.'
        : 'GitHub may be degraded (https://www.githubstatus.com); re-run the job.';
  return new ReleaseError('GITHUB_FAILED', `GitHub: ${what} failed${status ? ` (HTTP ${status})` : ''}: ${detail}`, hint, {
    transient: status === undefined || status >= 500 || status === 429,
    cause: err,
  });
}
