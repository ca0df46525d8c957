import { ReleaseError, isReleaseError } from '../core/errors.js';
import type { Exec } from '../core/exec.js';

/** Where towncrier runs and what it renders. */
export interface TowncrierRun {
  /** The package directory (where pyproject.toml / towncrier.toml is). */
  cwd: string;
  version: string;
  /** Project name for towncrier's title (so it need not import the package to find it). */
  name: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The towncrier executable. Defaults to `towncrier` on PATH. */
  command?: string;
  /** The table that configures it, for messages. */
  from: string;
}

const HINT = 'Install towncrier in a step before prepare-release (`pip install towncrier`), or set changelog-file to have release-relay write the changelog from commits instead.';

async function towncrier(run: Exec, t: TowncrierRun, extra: string[]): Promise<string> {
  const args = ['build', '--name', t.name, '--version', t.version, '--date', t.date, ...extra];
  try {
    return (await run(t.command ?? 'towncrier', args, { cwd: t.cwd, timeoutMs: 120_000 })).stdout;
  } catch (err) {
    if (isReleaseError(err, 'COMMAND_FAILED') && /Could not start/.test(err.message)) {
      throw new ReleaseError('BAD_CHANGELOG', `This project builds its changelog with towncrier (${t.from}), and towncrier is not installed here.`, HINT, { cause: err });
    }
    throw new ReleaseError('BAD_CHANGELOG', `towncrier build failed: ${err instanceof Error ? err.message : String(err)}`, `Run \`towncrier build --draft --version ${t.version}\` locally to see why; fix the news fragments or the ${t.from} configuration.`, { cause: err });
  }
}

/** The release notes towncrier would write (`towncrier build --draft`): nothing is written or removed. */
export function towncrierDraft(run: Exec, t: TowncrierRun): Promise<string> {
  return towncrier(run, t, ['--draft']);
}

/** Writes the release notes into the news file and removes the fragments (`git rm`), as towncrier does. */
export async function towncrierBuild(run: Exec, t: TowncrierRun): Promise<void> {
  await towncrier(run, t, ['--yes']);
}
