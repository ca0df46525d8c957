import type { Git } from '../git/git.js';
import { listTags } from '../git/tag-list.js';
import type { VersionScheme } from '../versioning/scheme.js';
import { streamCommits } from '../commits/read.js';
import { parseCommit, type ParsedCommit } from '../commits/conventional.js';
import { changelogHeader } from './insert.js';
import { renderSection } from './render.js';
import { releaseTags, type ReleaseTag } from './tags.js';

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
}

/**
 * A whole CHANGELOG.md from history: one section per release tag reachable from HEAD (newest first), with
 * `## [Unreleased]` on top. Reads the tags with one `git for-each-ref --merged HEAD` and the history with one
 * topo-ordered `git log` stream, and renders each release as soon as its last commit has gone by, so only
 * the commits of releases still open are held (one release at a time in a linear history).
 *
 * A commit belongs to the lowest release whose tag reaches it (the release it first shipped in), which is
 * exact for merged branches too: a commit's release is the lowest over its children's, carried down to its
 * parents. A release is complete when no commit still to come can carry it.
 */
export async function renderFullChangelog(git: Git, opts: FullChangelogOptions): Promise<string> {
  const repoUrl = opts.repoUrl?.replace(/\/+$/, '') || undefined;
  const tags = await reachableReleaseTags(git, opts);
  if (tags === null) return `${changelogHeader(opts.title, opts.scheme.name)}\n## [Unreleased]\n`;
  const unreleased = tags.length; // Rank of commits no tag reaches; releases rank 0.. in version order.

  const rankAt = new Map<string, number>();
  tags.forEach((t, rank) => {
    const had = rankAt.get(t.sha);
    if (had === undefined || rank < had) rankAt.set(t.sha, rank);
  });
  const pending = new Map<string, number>(); // parent SHA → lowest rank among its children seen so far
  const carriers = new Array<number>(tags.length + 1).fill(0); // pending entries per rank
  const started = new Array<boolean>(tags.length + 1).fill(false);
  const buffers = new Map<number, ParsedCommit[]>();
  const done = new Map<number, string>(); // rank → rendered markdown
  const links = new Map<number, string>();

  const render = (rank: number): void => {
    const commits = buffers.get(rank) ?? [];
    buffers.delete(rank);
    const tag = tags[rank];
    const previous = rank > 0 ? tags[rank - 1].tag : null;
    const section =
      rank === unreleased
        ? renderSection({ version: 'Unreleased', date: '', commits, repoUrl, previousTag: tags.length > 0 ? tags[tags.length - 1].tag : null, tag: 'HEAD', includeOther: opts.includeOther })
        : renderSection({ version: tag.version, date: tag.date || commits[0]?.raw.date.slice(0, 10) || '', commits, repoUrl, previousTag: previous, tag: tag.tag, includeOther: opts.includeOther });
    done.set(rank, section.markdown);
    if (section.linkLine) links.set(rank, section.linkLine);
  };
  const checkDone = (rank: number): void => {
    if (carriers[rank] === 0 && started[rank] && !done.has(rank)) render(rank);
  };

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
      if (own !== undefined && own < rank) rank = own;
      started[rank] = true;
      const parsed = parseCommit(raw);
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
  for (let rank = 0; rank <= unreleased; rank++) if (!done.has(rank)) render(rank);

  const out: string[] = [changelogHeader(opts.title, opts.scheme.name)];
  for (let rank = unreleased; rank >= 0; rank--) out.push(done.get(rank) as string);
  const refs: string[] = [];
  for (let rank = unreleased; rank >= 0; rank--) {
    const l = links.get(rank);
    if (l) refs.push(l);
  }
  return out.join('\n') + (refs.length > 0 ? `\n${refs.join('\n')}\n` : '');
}

/** Release tags reachable from HEAD, lowest version first; null when the repository has no commit yet. */
async function reachableReleaseTags(git: Git, opts: FullChangelogOptions): Promise<ReleaseTag[] | null> {
  if ((await git.revParse('HEAD')) === null) return null;
  const tags = releaseTags(await listTags(git, { merged: 'HEAD' }), opts);
  tags.sort((a, b) => opts.scheme.compare(a.version, b.version));
  // Two tags naming the same version (v1.0 and v1.0.0): keep the first.
  return tags.filter((t, i) => i === 0 || opts.scheme.compare(t.version, tags[i - 1].version) !== 0);
}
