import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { ReleaseError } from '../../core/errors.js';
import { DEFAULT_REQUEST_TIMEOUT_MS, fetchWithDeadline } from '../../core/http.js';
import type { Logger } from '../../core/log.js';
import { silentLogger } from '../../core/log.js';
import type { GitHubClient } from '../../github/client.js';
import { throttleFor, yieldWithoutTimerFloor } from '../../github/throttle.js';

/** How to build a GitHubClient. */
export interface GitHubClientOptions {
  /** GITHUB_TOKEN, an App token or a PAT. Masked through the logger. */
  token: string;
  /** REST API root (input `github-api-url`, else GITHUB_API_URL). Defaults to https://api.github.com. */
  baseUrl?: string;
  /** Where retries and rate-limit waits are reported. Defaults to a silent logger. */
  logger?: Logger;
  /** Retries per request for 5xx answers and for rate limits. Defaults to 3. */
  retries?: number;
  /**
   * Milliseconds per unit of delay: GitHub's `retry-after` is in seconds and plugin-retry waits retryCount²
   * units. Defaults to 1000; tests pass a few ms.
   */
  retryAfterBaseMs?: number;
  /**
   * Extra @octokit/plugin-throttling options (e.g. Bottleneck groups without the 1 s/3 s spacing of
   * content-creating requests, for tests). Defaults to GitHub's spacing, none for a loopback baseUrl
   * (see throttleFor).
   */
  throttle?: Partial<ThrottlingOptions>;
  /** Time one request (and its body) may take, in ms (input `request-timeout`). Defaults to 60 s. */
  requestTimeoutMs?: number;
}

/** Creates the suite's Octokit: @actions/github's client plus plugin-retry and plugin-throttling. */
export function createGitHubClient(opts: GitHubClientOptions): GitHubClient {
  if (!opts.token) {
    throw new ReleaseError('NO_CREDENTIALS', 'No GitHub token was given.', 'Pass `github-token` (usually `${{ github.token }}`) with the permissions the stage needs.');
  }
  const logger = opts.logger ?? silentLogger;
  logger.setSecret(opts.token);
  const retries = opts.retries ?? 3;
  const base = opts.retryAfterBaseMs ?? 1000;
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
    if (retryCount < retries) {
      logger.warning(`GitHub ${kind} on ${options.method} ${options.url}; retrying after ${retryAfter}s (retry ${retryCount + 1} of ${retries}).`);
      return true;
    }
    logger.warning(`GitHub ${kind} on ${options.method} ${options.url}; giving up after ${retries} retries.`);
    return false;
  };
  const baseUrl = opts.baseUrl ?? 'https://api.github.com';
  yieldWithoutTimerFloor();
  return getOctokit(
    opts.token,
    {
      baseUrl,
      log: { debug: (m: string) => logger.debug(m), info: (m: string) => logger.debug(m), warn: (m: string) => logger.warning(m), error: (m: string) => logger.warning(m) },
      retry: { retries, retryAfterBaseValue: base },
      // Every request gets its own deadline; a timed-out one is retried by plugin-retry like a 5xx.
      // A request with a body (a release asset) also gets the time to send it at 64 kB/s or better.
      request: { fetch: (url: string, init: RequestInit) => fetchWithDeadline(url, init, { timeoutMs: (opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS) + bodyAllowanceMs(init.body), signal: init.signal ?? undefined }) },
      throttle: {
        retryAfterBaseValue: base,
        ...throttleFor(baseUrl),
        ...opts.throttle,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    },
    retry,
    throttling,
  );
}

/** Extra ms a request body of this size may take to send (at 64 kB/s). */
function bodyAllowanceMs(body: unknown): number {
  const bytes = typeof body === 'string' ? Buffer.byteLength(body) : body instanceof Uint8Array ? body.byteLength : body instanceof ArrayBuffer ? body.byteLength : 0;
  return Math.ceil(bytes / 64);
}
