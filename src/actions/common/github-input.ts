import { ReleaseError } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import type { GitHubTarget } from '../../github/target.js';
import { repoFromSlug } from '../../stages/repository.js';
import { getOptionalInput, getSecret } from './inputs.js';

/**
 * The GitHub target from inputs `github-token` and `repository` (defaults: none and GITHUB_REPOSITORY), or
 * undefined without a token. Octokit is loaded only here, lazily, so stages that never talk to GitHub do
 * not pay for it at start-up.
 */
export async function readGitHubTarget(logger: Logger): Promise<GitHubTarget | undefined> {
  const token = getSecret('github-token');
  if (!token) return undefined;
  const slug = getOptionalInput('repository') ?? process.env.GITHUB_REPOSITORY;
  const repo = repoFromSlug(slug);
  if (!repo) throw new ReleaseError('BAD_INPUT', `Input "repository" is "${slug ?? ''}", not owner/name.`, 'Leave it empty on GitHub (GITHUB_REPOSITORY is used) or give owner/name.');
  const { createGitHubClient } = await import('../../github/client.js');
  // getSecret has masked the token already: the client need not register it a second time.
  const client = createGitHubClient({ token, baseUrl: getOptionalInput('github-api-url') ?? process.env.GITHUB_API_URL, logger: { ...logger, setSecret: () => undefined } });
  return { client, owner: repo.owner, repo: repo.name };
}
