import type { Git } from '../git/git.js';
import { favourMemoryOverSpeed } from '../core/v8-tuning.js';
import { detachText } from '../git/log-stream.js';
import { listTags, type TagRef } from '../git/tag-list.js';
import type { VersionScheme } from '../versioning/scheme.js';
import { streamCommits } from '../commits/read.js';
import { parseCommit, type ParsedCommit } from '../commits/conventional.js';
import { changelogHeader } from './insert.js';
import { linkLineFor, renderSection } from './render.js';
import { releaseTags, type ReleaseTag } from './tags.js';

/**
 * A map of parent SHA → rank that keeps one entry outside its Map. In a linear stretch of a topo-ordered walk
 * the next commit is the one parent just added, so each commit is one set and one delete: on a Map that churn
 * reallocates its table every few commits (45 MB of garbage over 300,000 commits); the slot makes it none.
 */
class ParentRanks {
  private key: string | null = null;
  private value = 0;
  private readonly rest = new Map<string, number>();

  get(key: string): number | undefined {
    if (key === this.key) return this.value;
    return this.rest.size > 0 ? this.rest.get(key) : undefined;
  }

  set(key: string, value: number): void {
    if (key === this.key) this.value = value;
    else if (this.key === null && !this.rest.has(key)) {
      this.key = key;
      this.value = value;
    } else this.rest.set(this.rest.has(key) ? key : detachText(key), value); // kept for a while: see detachText
  }

  delete(key: string): void {
    if (key === this.key) this.key = null;
    else this.rest.delete(key);
  }
}

/** What renderFullChangelog is given. */
export interface FullChangelogOptions {
  template: string;
  name: string;
  scheme: VersionScheme;
  /** For links. Defaults to none. */
  repoUrl?: string;
  /** List non-conventional commits. Defaults to true. */
  includeOther?: boolean;
  /** The `# ` title. Defaults to `Changelog`. */
  title?: string;
  /** Every tag, when the caller has listed them already (one `for-each-ref` fewer). */
  tags?: TagRef[];
}

/**
 * A whole CHANGELOG.md from history: one section per release tag reachable from HEAD (newest first), with
 * `## [Unreleased]` on top, handed to `write` piece by piece as it is made (see writeFullChangelog).
 * Returns the whole text; use writeFullChangelog to send it to a file or stdout without holding it.
 */
export async function renderFullChangelog(git: Git, opts: FullChangelogOptions): Promise<string> {
  const parts: string[] = [];
  await writeFullChangelog(git, opts, (chunk) => parts.push(chunk));
  return parts.join('');
}

/**
 * Streams a whole CHANGELOG.md to `write`: the header, then each release section as soon as it is complete
 * and every newer section has gone out, then the reference links. Reads every tag with one plain
 * `git for-each-ref` (no history walk) and the history with one topo-ordered `git log` stream; a tag is
 * reachable from HEAD exactly when that walk meets its commit. Only the commits of releases still open and
 * sections waiting for a newer one are held (one release at a time in a linear history).
 *
 * A commit belongs to the lowest release whose tag reaches it (the release it first shipped in), which is
 * exact for merged branches too: a commit's release is the lowest over its children's, carried down to its
 * parents. A release is complete when no commit still to come can carry it. A newer tag that the walk has
 * not met yet may sit on another branch; only then (a section is complete but a newer one has not started)
 * is `for-each-ref --merged HEAD` asked, once, which tags are reachable.
 */
export async function writeFullChangelog(git: Git, opts: FullChangelogOptions, write: (chunk: string) => void): Promise<void> {
  const repoUrl = opts.repoUrl?.replace(/\/+$/, '') || undefined;
  write(changelogHeader(opts.title, opts.scheme.name));
  if ((await git.revParse('HEAD')) === null) {
    write('\n## [Unreleased]\n');
    return;
  }
  favourMemoryOverSpeed(); // reads the whole history: keep the heap from growing with it
  const groups = versionGroups(releaseTags(opts.tags ?? (await listTags(git)), opts), opts.scheme);
  const unreleased = groups.length; // Rank of commits no tag reaches; releases rank 0.. in version order.

  const rankAt = new Map<string, number>(); // tagged commit → lowest rank among its tags
  const tagsAt = new Map<string, ReleaseTag[]>();
  const rankOf = new Map<ReleaseTag, number>();
  groups.forEach((g, rank) => {
    for (const t of g) {
      rankOf.set(t, rank);
      const had = rankAt.get(t.sha);
      if (had === undefined || rank < had) rankAt.set(t.sha, rank);
      const list = tagsAt.get(t.sha);
      if (list) list.push(t);
      else tagsAt.set(t.sha, [t]);
    }
  });
  const reached = new Set<ReleaseTag>(); // tags whose commit the walk has met
  /** The tag that names a rank: the first of its group the walk has met (a group shares one version). */
  const tagOf = (rank: number): ReleaseTag | undefined => groups[rank]?.find((t) => reached.has(t));
  let merged: Set<string> | null = null; // tag names reachable from HEAD, once asked
  let asking: Promise<void> | null = null;
  let failure: unknown = null;

  const pending = new ParentRanks(); // parent SHA → lowest rank among its children seen so far
  const carriers = new Array<number>(unreleased + 1).fill(0); // pending entries per rank
  const started = new Array<boolean>(unreleased + 1).fill(false);
  const buffers = new Map<number, ParsedCommit[]>();
  const done = new Map<number, string>(); // rank → rendered markdown not yet written
  const finished = new Array<boolean>(unreleased + 1).fill(false);
  let next = unreleased; // the next rank to write (newest first)
  let walkEnded = false;

  const render = (rank: number): void => {
    const commits = buffers.get(rank) ?? [];
    buffers.delete(rank);
    const tag = tagOf(rank);
    const section =
      rank === unreleased || tag === undefined
        ? renderSection({ version: 'Unreleased', date: '', commits, repoUrl, previousTag: null, tag: 'HEAD', includeOther: opts.includeOther })
        : renderSection({ version: tag.version, date: tag.date || commits[0]?.raw.date.slice(0, 10) || '', commits, repoUrl, previousTag: null, tag: tag.tag, includeOther: opts.includeOther });
    done.set(rank, section.markdown);
    finished[rank] = true;
  };
  /** Whether the rank will never get a section: none of its tags is reachable. */
  const skipped = (rank: number): boolean => {
    if (rank === unreleased || tagOf(rank) !== undefined) return false;
    if (walkEnded) return true;
    return merged !== null && !groups[rank].some((t) => merged?.has(t.tag));
  };
  const flush = (): void => {
    while (next >= 0) {
      if (finished[next]) {
        write(`\n${done.get(next) as string}`);
        done.delete(next);
      } else if (!skipped(next)) {
        // A newer rank the walk has not met may be on another branch: ask git once, then carry on.
        if (!started[next] && done.size > 0 && asking === null && merged === null) {
          asking = listTags(git, { merged: 'HEAD' }).then(
            (tags) => {
              merged = new Set(tags.map((t) => t.name));
              if (failure === null) flush();
            },
            (err: unknown) => {
              failure ??= err;
            },
          );
        }
        return;
      }
      next--;
    }
  };
  const checkDone = (rank: number): void => {
    if (carriers[rank] === 0 && started[rank] && !finished[rank]) {
      render(rank);
      flush();
    }
  };
  /** A rank that no commit can start any more gets its (empty) section now rather than at the end. */
  const settle = (rank: number): void => {
    if (!started[rank] && !finished[rank]) {
      render(rank);
      flush();
    }
  };
  let first = true;

  await streamCommits(
    git,
    { from: null },
    (raw) => {
      const carried = pending.get(raw.sha);
      if (carried !== undefined) {
        pending.delete(raw.sha);
        carriers[carried]--;
      }
      let rank = carried ?? unreleased; // no child seen: the tip (HEAD)
      const own = rankAt.get(raw.sha);
      const here = own === undefined ? undefined : tagsAt.get(raw.sha);
      if (own !== undefined && own < rank) rank = own;
      started[rank] = true;
      if (here !== undefined) {
        for (const t of here) reached.add(t);
        // Another release on this very commit (or on one an older release reaches) can have no commits of
        // its own, unless a tag of the same version elsewhere is still to come.
        for (const t of here) {
          const r = rankOf.get(t) as number;
          if (r !== rank && groups[r].every((x) => reached.has(x))) settle(r);
        }
      }
      // Only HEAD starts Unreleased: when HEAD is a release, Unreleased is empty.
      if (first) {
        first = false;
        settle(unreleased);
      }
      const parsed = slim(parseCommit(raw));
      const list = buffers.get(rank);
      if (list) list.push(parsed);
      else buffers.set(rank, [parsed]);
      for (const p of raw.parents) {
        const old = pending.get(p);
        if (old === undefined || rank < old) {
          pending.set(p, rank);
          carriers[rank]++;
          if (old !== undefined) {
            carriers[old]--;
            checkDone(old);
          }
        }
      }
      if (carried !== undefined) checkDone(carried);
      checkDone(rank);
    },
    { order: 'topo' },
  );
  walkEnded = true;
  if (asking !== null) await asking;
  if (failure !== null) throw failure;
  // Reachable tags whose commit carries a lower tag too (two releases on one commit) get an empty section.
  for (let rank = unreleased; rank >= 0; rank--) if (!finished[rank] && !skipped(rank)) render(rank);
  flush();

  // Reference links last: each release compares with the next older reachable one.
  const refs: string[] = [];
  const named = groups.map((_, rank) => tagOf(rank)).filter((t): t is ReleaseTag => t !== undefined);
  const top = named[named.length - 1];
  const unreleasedLink = linkLineFor('Unreleased', 'HEAD', top?.tag ?? null, repoUrl);
  if (unreleasedLink) refs.push(unreleasedLink);
  for (let i = named.length - 1; i >= 0; i--) {
    const l = linkLineFor(named[i].version, named[i].tag, i > 0 ? named[i - 1].tag : null, repoUrl);
    if (l) refs.push(l);
  }
  if (refs.length > 0) write(`\n${refs.join('\n')}\n`);
}

/**
 * What a buffered commit keeps until its release's section is written: the fields renderSection reads (and
 * the date), not its body, footers and raw message. The kept strings are copied (see detachText): a field is
 * a slice of a whole chunk of git's output, and a release with many commits would keep all its chunks.
 */
function slim(c: ParsedCommit): ParsedCommit {
  const out: ParsedCommit = {
    sha: detachText(c.sha),
    type: c.type === null ? null : detachText(c.type),
    scope: c.scope === null ? null : detachText(c.scope),
    breaking: c.breaking,
    breakingNote: c.breakingNote === null ? null : detachText(c.breakingNote),
    description: detachText(c.description),
    pr: c.pr,
    isMerge: c.isMerge,
    isRevert: c.isRevert,
    raw: { sha: '', subject: '', body: '', parents: [], authorName: '', date: detachText(c.raw.date) },
  };
  if (c.revertedSha !== undefined) out.revertedSha = detachText(c.revertedSha);
  return out;
}

/** Release tags grouped by version, lowest version first (v1.0 and v1.0.0 name one release). */
function versionGroups(tags: ReleaseTag[], scheme: VersionScheme): ReleaseTag[][] {
  tags.sort((a, b) => scheme.compare(a.version, b.version));
  const groups: ReleaseTag[][] = [];
  for (const t of tags) {
    const last = groups[groups.length - 1];
    if (last && scheme.compare(last[0].version, t.version) === 0) last.push(t);
    else groups.push([t]);
  }
  return groups;
}
