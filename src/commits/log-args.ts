import { ReleaseError } from '../core/errors.js';
import type { StreamOptions } from '../git/log-stream.js';

/** The `git log` pretty format matching RawCommit: NUL after every field (with -z, after the last too). */
const LOG_FORMAT = '--format=%H%x00%P%x00%an%x00%aI%x00%s%x00%b';
export const LOG_FIELDS = 6;
/** LOG_FORMAT with git's mark before the SHA: `-` for a boundary commit (with --boundary), `>` for the others. */
const MARKED_LOG_FORMAT = LOG_FORMAT.replace('%H', '%m%H');

/** A revision range for streamCommits and readParsedCommits. */
export interface CommitRange {
  /** Exclusive lower end (a tag or SHA), or null for the whole history. */
  from: string | null;
  /** Inclusive upper end. Defaults to HEAD. */
  to?: string;
}

/** Options for reading commits. */
export interface ReadCommitsOptions {
  /** Only commits that touch these paths (monorepo packages). Defaults to all. */
  paths?: string[];
  /** Walk order: `topo` puts every commit before its parents. Defaults to git's (date) order. */
  order?: 'date' | 'topo';
  signal?: StreamOptions['signal'];
  /**
   * Also hands over the range's boundary (git's `--boundary`): the excluded commits that are parents of
   * listed ones, by SHA, not as commits. With `from` a commit, it is among them exactly when it is an ancestor
   * of `to` (and `to` is not `from` itself): the question `merge-base --is-ancestor` answers, in the same
   * process. Not with `paths` (git rewrites parents to the commits that touch them).
   */
  onBoundary?: (sha: string) => void;
}

/** Refuses a revision that git could read as an option. */
function checkRev(rev: string, input: string): void {
  if (rev.length === 0 || rev.startsWith('-') || rev.includes('\0')) {
    throw new ReleaseError('BAD_INPUT', `${input} is "${rev}", which is not a revision.`, 'Give a tag, branch or commit SHA.');
  }
}

/** The argument array for `git log` over a range. */
export function logArgs(range: CommitRange, options: ReadCommitsOptions = {}): string[] {
  const to = range.to ?? 'HEAD';
  checkRev(to, 'The end of the commit range');
  if (range.from !== null) checkRev(range.from, 'The start of the commit range');
  const args = ['-c', 'log.showSignature=false', 'log', '-z', options.onBoundary ? MARKED_LOG_FORMAT : LOG_FORMAT, '--no-color'];
  if (options.order === 'topo') args.push('--topo-order');
  if (options.onBoundary) {
    if (options.paths && options.paths.length > 0) throw new Error('onBoundary and paths cannot be combined');
    args.push('--boundary');
  }
  args.push('--end-of-options', range.from !== null ? `${range.from}..${to}` : to, '--');
  if (options.paths && options.paths.length > 0) args.push(...options.paths);
  return args;
}
