import { isReleaseError } from '../core/errors.js';
import type { Git } from '../git/git.js';
import { streamGitFields } from '../git/log-stream.js';
import { parseCommit, type ParsedCommit } from './conventional.js';
import { LOG_FIELDS, logArgs, type CommitRange, type ReadCommitsOptions } from './log-args.js';

/** One commit as git stores it. */
export interface RawCommit {
  sha: string;
  /** The subject line (git's %s: the first paragraph joined into one line). */
  subject: string;
  /** Everything after the subject (git's %b), with a trailing newline. */
  body: string;
  parents: string[];
  authorName: string;
  /** Author date, strict ISO 8601 (`2026-12-05T10:00:00+01:00`). */
  date: string;
}

/** A RawCommit from the six fields of LOG_FORMAT. */
export function rawCommitFromFields(f: string[]): RawCommit {
  return {
    sha: f[0],
    parents: f[1].length > 0 ? f[1].split(' ') : [],
    authorName: f[2],
    date: f[3],
    subject: f[4],
    body: f[5],
  };
}

/**
 * Streams the commits of a range, newest first, to `onCommit` as git prints them: one `git log` process,
 * NUL-separated fields, parsed incrementally. An unborn HEAD (no commits yet) yields nothing.
 */
export async function streamCommits(git: Git, range: CommitRange, onCommit: (c: RawCommit) => void, options: ReadCommitsOptions = {}): Promise<void> {
  const args = logArgs(range, options);
  const { onBoundary } = options;
  const onFields = onBoundary
    ? (f: string[]): void => {
        const marked = f[0];
        f[0] = marked.slice(1);
        if (marked.startsWith('-')) onBoundary(f[0]);
        else onCommit(rawCommitFromFields(f));
      }
    : (f: string[]): void => onCommit(rawCommitFromFields(f));
  try {
    await streamGitFields(git, args, LOG_FIELDS, onFields, { signal: options.signal });
  } catch (err) {
    // A repository without commits yet has an unborn HEAD: nothing to read rather than an error.
    if (isReleaseError(err, 'GIT_FAILED') && range.to === undefined && (await git.revParse('HEAD')) === null) return;
    throw err;
  }
}

/**
 * The commits of a range, newest first (one streamed `git log`), each parsed as it arrives: the parsing runs
 * while git is still walking the history, instead of after it. The raw commit is each one's `raw`.
 */
export async function readParsedCommits(git: Git, range: { from: string | null; to?: string }, options?: Pick<ReadCommitsOptions, 'paths' | 'signal' | 'onBoundary'>): Promise<ParsedCommit[]> {
  const out: ParsedCommit[] = [];
  await streamCommits(git, range, (c) => out.push(parseCommit(c)), options);
  return out;
}
