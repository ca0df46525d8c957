import { ReleaseError } from '../core/errors.js';
import type { Git } from './git.js';

/** One tag with the commit it names. */
export interface TagRef {
  /** The tag name without `refs/tags/`. */
  name: string;
  /** The commit the tag points at, peeled through annotated tag objects. */
  sha: string;
  /** The tag's date (tagger date; committer date for a lightweight tag), YYYY-MM-DD, or '' when unknown. */
  date: string;
}

/** listTags' command without `merged` (see askEarly). */
export const ALL_TAGS_ARGS = ['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(creatordate:short)', 'refs/tags/'];

/**
 * Every tag (or every tag reachable from `merged`) in one `git for-each-ref` call, peeled to commits.
 * Without `merged` git answers from the refs alone (milliseconds); with it, git walks the history from
 * `merged` down to the oldest tag, which grows with the history: prefer findNewestReachable when only the
 * best reachable tag is wanted.
 */
export async function listTags(git: Git, options: { merged?: string } = {}): Promise<TagRef[]> {
  const args = [...ALL_TAGS_ARGS];
  if (options.merged !== undefined) {
    checkRevision(options.merged);
    args.splice(2, 0, `--merged=${options.merged}`);
  }
  return parseTagList((await git.git(args)).stdout);
}

/** The tags in the output of ALL_TAGS_ARGS (or with --merged). */
export function parseTagList(out: string): TagRef[] {
  const tags: TagRef[] = [];
  for (const line of out.split('\n')) {
    if (line.length === 0) continue;
    const [name, object, peeled, date] = line.split('\0');
    tags.push({ name, sha: peeled || object, date: date ?? '' });
  }
  return tags;
}

/** Refuses a revision that git could read as an option. */
function checkRevision(rev: string): void {
  if (rev.length === 0 || rev.startsWith('-') || rev.includes('\0')) {
    throw new ReleaseError('BAD_INPUT', `"${rev}" is not a revision.`, 'Give a branch, tag or commit SHA.');
  }
}

/**
 * Whether commit `sha` is `rev` or one of its ancestors (`git merge-base --is-ancestor`). git walks from
 * `rev` only down to `sha` (by generation number with a commit-graph, by date without), so a recent tag
 * costs a few milliseconds whatever the size of the history.
 */
export async function isAncestor(git: Git, sha: string, rev: string): Promise<boolean> {
  checkRevision(sha);
  checkRevision(rev);
  const r = await git.git(['merge-base', '--is-ancestor', sha, rev], { check: false });
  if (r.code === 0) return true;
  if (r.code === 1) return false;
  throw new ReleaseError('GIT_FAILED', `git merge-base failed: ${r.stderr.trim() || `exit code ${r.code}`}`, "See git's message; check the revisions and the repository state.");
}

/** How many candidates findNewestReachable checks one by one before asking git for every reachable tag at once. */
const SINGLE_CHECKS = 8;

/**
 * The first of `candidates` (ordered best first, e.g. highest version first) whose commit is reachable
 * from `rev`, or null. Checks them one by one with isAncestor, which is cheap when the best candidate is
 * near `rev` (the usual case: the last release); after SINGLE_CHECKS misses (a maintenance branch behind
 * many newer tags) it asks `for-each-ref --merged` once, so the worst case is one walk over the history.
 */
export async function findNewestReachable<T extends { sha: string }>(git: Git, candidates: T[], rev: string): Promise<T | null> {
  const single = candidates.slice(0, SINGLE_CHECKS);
  for (const c of single) if (await isAncestor(git, c.sha, rev)) return c;
  if (candidates.length <= SINGLE_CHECKS) return null;
  const reachable = new Set((await listTags(git, { merged: rev })).map((t) => t.sha));
  return candidates.slice(SINGLE_CHECKS).find((c) => reachable.has(c.sha)) ?? null;
}
