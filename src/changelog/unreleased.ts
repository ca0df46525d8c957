import { ReleaseError } from '../core/errors.js';
import type { Git } from '../git/git.js';
import { decideNextVersion, type Decision } from '../versioning/bump.js';
import type { VersionScheme } from '../versioning/scheme.js';
import { readParsedCommits } from '../commits/read.js';
import type { ParsedCommit } from '../commits/conventional.js';
import { renderSection, type RenderedSection } from './render.js';
import { findLastReleaseTag, formatTag } from './tags.js';

/** What computeUnreleased is given. */
export interface UnreleasedOptions {
  /** Tag template, e.g. `v{version}` or `{name}-v{version}`. */
  template: string;
  /** Package name (for `{name}` in the template). */
  name: string;
  scheme: VersionScheme;
  /** The raw bump input. Defaults to `auto`. */
  bump?: string;
  /** The current version (from the package's files). Defaults to the last release tag's version. */
  current?: string;
  /** Explicit next version. */
  version?: string;
  prereleaseId?: string;
  allowDowngrade?: boolean;
  /** Only commits touching these paths (monorepo package). Defaults to all. */
  paths?: string[];
  /** For links in the rendered section. Defaults to none. */
  repoUrl?: string;
  /** The section's date, YYYY-MM-DD. Defaults to today (UTC). */
  date?: string;
  /** List non-conventional commits. Defaults to true. */
  includeOther?: boolean;
}

/** The unreleased changes, the version decision, and the section they make. */
export interface Unreleased {
  /** The last release tag reachable from HEAD, or null for a first release. */
  lastTag: { tag: string; version: string; sha: string } | null;
  /** Commits since that tag, newest first. */
  commits: ParsedCommit[];
  decision: Decision;
  /** The section for the next version (`Unreleased` when nothing is released). */
  section: RenderedSection;
}

/**
 * The last release tag, the commits since it (one streamed `git log`), the next version and its changelog
 * section. prepare-release and the benchmark both call this; there is no other path.
 * Throws NO_VERSION when there is neither a `current` version nor a release tag.
 */
export async function computeUnreleased(git: Git, opts: UnreleasedOptions): Promise<Unreleased> {
  const lastTag = await findLastReleaseTag(git, { template: opts.template, name: opts.name, scheme: opts.scheme });
  const commits = await readParsedCommits(git, { from: lastTag?.sha ?? null }, { paths: opts.paths });
  const current = opts.current ?? lastTag?.version;
  if (current === undefined) {
    throw new ReleaseError('NO_VERSION', `No current version: no tag matches "${opts.template}" for ${opts.name} and none was given.`, 'Give the current version (the package files hold it), or tag the last release.');
  }
  const decision = decideNextVersion({
    current,
    scheme: opts.scheme,
    bump: opts.bump ?? 'auto',
    version: opts.version,
    prereleaseId: opts.prereleaseId,
    allowDowngrade: opts.allowDowngrade,
    commits,
  });
  const released = decision.next !== null;
  const section = renderSection({
    version: released ? (decision.next as string) : 'Unreleased',
    date: opts.date ?? new Date().toISOString().slice(0, 10),
    commits,
    repoUrl: opts.repoUrl,
    previousTag: lastTag?.tag ?? null,
    tag: released ? formatTag(opts.template, { version: decision.next as string, name: opts.name }) : 'HEAD',
    includeOther: opts.includeOther,
  });
  return { lastTag, commits, decision, section };
}
