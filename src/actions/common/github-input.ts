import { ReleaseError } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import type { RunnerEnvironment } from '../../core/runner.js';
import type { GitHubTarget } from '../../github/target.js';
import { repoFromSlug } from '../../github/repository.js';
import { getNumber, getOptionalInput, getSecret } from './inputs.js';

/**
 * The GitHub target from inputs `github-token`, `repository` and `github-api-url` (defaults: none, and the
 * runner's GITHUB_REPOSITORY and GITHUB_API_URL), or undefined without a token. Octokit is loaded only here, lazily, so stages that never talk to GitHub do
 * not pay for it at start-up.
 */
export async function readGitHubTarget(logger: Logger, runner: RunnerEnvironment): Promise<GitHubTarget | undefined> {
  const token = getSecret('github-token');
  if (!token) return undefined;
  const slug = getOptionalInput('repository') ?? runner.repository;
  const repo = repoFromSlug(slug);
  if (!repo) throw new ReleaseError('BAD_INPUT', `Input "repository" is "${slug ?? ''}", not owner/name.`, 'Leave it empty on GitHub (GITHUB_REPOSITORY is used) or give owner/name.');
  const { createGitHubClient } = await import('./github-client.js');
  const timeout = getOptionalInput('request-timeout');
  const requestTimeoutMs = timeout === undefined ? undefined : getNumber('request-timeout', 60, { min: 1, max: 3600 }) * 1000;
  // getSecret has masked the token already: the client need not register it a second time.
  const client = createGitHubClient({ token, baseUrl: getOptionalInput('github-api-url') ?? runner.apiUrl, logger: { ...logger, setSecret: () => undefined }, requestTimeoutMs });
  return { client, owner: repo.owner, repo: repo.name };
}
