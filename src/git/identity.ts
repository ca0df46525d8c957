import { ReleaseError } from '../core/errors.js';
import { BOT_IDENTITY, type Git, type GitIdentity } from './git.js';

/** The identity git itself would commit with in this repository (`user.name`/`user.email`), or null. */
export async function configuredIdentity(git: Git): Promise<GitIdentity | null> {
  const read = async (key: string): Promise<string> => (await git.git(['config', '--get', key], { check: false })).stdout.trim();
  const [name, email] = await Promise.all([read('user.name'), read('user.email')]);
  return name && email ? { name, email } : null;
}

/**
 * Who authors the release commit: the explicit `git-user-name`/`git-user-email` (a missing half filled from
 * git's configuration, then the bot's), else the repository's git identity, else, on a GitHub runner only,
 * github-actions[bot]. Locally with no identity at all it is a BAD_INPUT error naming the fix, raised before
 * anything is written.
 */
export async function resolveCommitIdentity(input: { name?: string; email?: string; git: Git; onRunner: boolean }): Promise<GitIdentity> {
  const configured = await configuredIdentity(input.git);
  if (input.name || input.email) {
    return { name: input.name ?? configured?.name ?? BOT_IDENTITY.name, email: input.email ?? configured?.email ?? BOT_IDENTITY.email };
  }
  if (configured) return configured;
  if (input.onRunner) return BOT_IDENTITY;
  throw new ReleaseError(
    'BAD_INPUT',
    'No git identity is configured for this repository, so the release commit would have no author.',
    'Run `git config user.name "Your Name"` and `git config user.email you@example.com`, or pass --git-user-name and --git-user-email.',
  );
}
