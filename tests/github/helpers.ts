/** Shared setup for the GitHub tests: the loopback API and a real Octokit pointed at it. */
import Bottleneck from 'bottleneck';
import { createGitHubClient } from '../../src/actions/common/github-client.js';
import type { GitHubClient } from '../../src/github/client.js';
import { startGitHubApi, type GitHubApiFixture } from '../fixtures/github-api/server.js';
import { recordingLogger, type RecordingLogger } from '../helpers/logger.js';

/** A running fixture, a client for it and the logger the client reports to. */
export interface GitHubTestbed {
  server: GitHubApiFixture;
  gh: GitHubClient;
  logger: RecordingLogger;
  owner: string;
  repo: string;
}

/** Starts the fixture and a client with millisecond retry delays and no write spacing. */
export async function startTestbed(opts: { retries?: number } = {}): Promise<GitHubTestbed> {
  const server = await startGitHubApi({ owner: 'octo-org', repo: 'octo-pkg' });
  const logger = recordingLogger();
  // plugin-throttling spaces content-creating requests 1-3 s apart (right on GitHub); tests need no spacing.
  const unspaced = (): Bottleneck.Group => new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });
  const gh = createGitHubClient({
    token: 'ghs_testtoken123',
    baseUrl: server.url,
    logger,
    retries: opts.retries ?? 3,
    retryAfterBaseMs: 5,
    throttle: { write: unspaced(), notifications: unspaced(), search: unspaced() },
  });
  return { server, gh, logger, owner: server.state.owner, repo: server.state.repo };
}

/** A 40-hex commit sha made of one repeated character. */
export const sha = (c: string): string => c.repeat(40);
