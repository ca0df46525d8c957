/** The suite's GitHub client: a real Octokit (createGitHubClient, as the entries build it) for the loopback API. */
import Bottleneck from 'bottleneck';
import { createGitHubClient } from '../../src/actions/common/github-client.js';
import type { Logger } from '../../src/core/log.js';
import type { GitHubClient } from '../../src/github/client.js';
import { startGitHubApi, type GitHubApiFixture } from '../fixtures/github-api/server.js';
import { recordingLogger, type RecordingLogger } from './logger.js';

/**
 * The entries' GitHub client pointed at `baseUrl` (a fixture), with millisecond retry delays and no write
 * spacing: plugin-throttling spaces content-creating requests 1-3 s apart (right on GitHub); tests need none.
 */
export function testGitHubClient(opts: { baseUrl: string; token: string; logger: Logger; retries?: number }): GitHubClient {
  const unspaced = (): Bottleneck.Group => new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });
  return createGitHubClient({
    token: opts.token,
    baseUrl: opts.baseUrl,
    logger: opts.logger,
    retries: opts.retries ?? 3,
    retryAfterBaseMs: 5,
    throttle: { write: unspaced(), notifications: unspaced(), search: unspaced() },
  });
}

/** A running fixture, a client for it and the logger the client reports to. */
export interface GitHubTestbed {
  server: GitHubApiFixture;
  gh: GitHubClient;
  logger: RecordingLogger;
  owner: string;
  repo: string;
}

/** Starts the fixture for octo-org/octo-pkg and a client for it. */
export async function startTestbed(opts: { retries?: number } = {}): Promise<GitHubTestbed> {
  const server = await startGitHubApi({ owner: 'octo-org', repo: 'octo-pkg' });
  const logger = recordingLogger();
  const gh = testGitHubClient({ baseUrl: server.url, token: 'ghs_testtoken123', logger, retries: opts.retries });
  return { server, gh, logger, owner: server.state.owner, repo: server.state.repo };
}

/** A 40-hex commit sha made of one repeated character. */
export const sha = (c: string): string => c.repeat(40);
