import { ReleaseError } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import type { Git } from '../git/git.js';
import { isAncestor, listTags, type TagRef } from '../git/tag-list.js';
import type { VersionScheme } from '../versioning/scheme.js';
import { readParsedCommits } from '../commits/read.js';
import type { ParsedCommit } from '../commits/conventional.js';
import { expandSquashBodies } from './squash.js';
import { chooseTagStyle, otherStyleReaches, type TagStyle } from './tag-style.js';
import { checkTagTemplate, fittingTags, formatTag, lastRelease, parseTag, releaseTags, type ReleaseTag } from './tags.js';

/** What readReleaseHistory is given. */
export interface HistoryOptions {
  /** Input `tag-template`; inferred when undefined. */
  tagTemplate?: string;
  /** A release tool's configured tag format. */
  configuredTag?: { template: string; from: string };
  name: string;
  scheme: VersionScheme;
  /** Only commits touching these paths. Defaults to all. */
  paths?: string[];
  /** The release commit message template (`{version}`, `{tag}`), to recognize an earlier prepare. */
  commitMessage: string;
  /** The version the package files hold (normalized), or null when the VCS tag is the version. */
  fileVersion: string | null;
  /** Input `since`: where a first release's history starts (a commit, tag or YYYY-MM-DD date). */
  since?: string;
  /** Read `* feat: …` lines of squash merges as commits of their own. Defaults to true. */
  parseSquashBodies?: boolean;
  /** HEAD's commit when the caller has read it already (one git process fewer); read here otherwise. */
  head?: string;
  /** Every tag, when the caller started reading them already (while it checked the checkout); read here otherwise. */
  tags?: Promise<TagRef[]>;
}

/** The history that decides a release. */
export interface ReleaseHistory {
  tagStyle: TagStyle;
  /** The newest release tag reachable from HEAD (floating aliases ignored), or null. */
  last: ReleaseTag | null;
  /** Commits since the last release (or since `since`), newest first; earlier release commits left out. */
  commits: ParsedCommit[];
  /** Untagged release commits for the file's version (newest, oldest): that version is still open and is prepared again. */
  reopened: { version: string; sha: string; firstSha: string } | null;
  /** Where the range starts, for the summary: `tag 1.2.0`, `since 2024-01-01`, `the first commit`. */
  start: string;
}

/** The subject line a release commit for `version` has under the message template. */
export function releaseSubject(template: string, version: string, tag: string): string {
  const message = template.split('{version}').join(version).split('{tag}').join(tag).trim();
  return message.split(/\n\s*\n/)[0].split('\n').map((l) => l.trim()).join(' ');
}

/** The version a release commit's subject names under the message template (`prepare v1.2.0` → 1.2.0), or null. */
export function versionInReleaseSubject(template: string, subject: string, tagTemplate: string, name: string, scheme: VersionScheme): string | null {
  const marker = '\u0000';
  const t = releaseSubject(template, marker, marker);
  const at = t.indexOf(marker);
  if (at < 0 || t.indexOf(marker, at + 1) >= 0) return null;
  const prefix = t.slice(0, at);
  const suffix = t.slice(at + 1);
  if (subject.length <= prefix.length + suffix.length || !subject.startsWith(prefix) || !subject.endsWith(suffix)) return null;
  const middle = subject.slice(prefix.length, subject.length - suffix.length);
  const usesTag = template.indexOf('{tag}') >= 0;
  const part = usesTag ? parseTag(tagTemplate, middle, name) : middle;
  if (part === null) return null;
  try {
    return scheme.normalize(part);
  } catch {
    return null;
  }
}

/** Resolves input `since` to a commit (exclusive lower end) or a date (commits on or after it). */
async function resolveSince(git: Git, since: string): Promise<{ sha: string } | { date: string }> {
  if (/^\d{4}-\d{2}-\d{2}$/.test(since)) return { date: since };
  const sha = since.startsWith('-') ? null : await git.revParse(since);
  if (sha === null) {
    throw new ReleaseError('BAD_INPUT', `Input "since" is "${since}", which is neither a commit, a tag nor a YYYY-MM-DD date.`, 'Set since to the commit or tag after which the first release\'s changes start (e.g. the commit that started the package), or a date like 2024-01-01.');
  }
  return { sha };
}

/** The tag style and the last release among the tags reachable from HEAD (the rules of chooseTagStyle and lastRelease). */
function lastReleaseFromReachableTags(tags: TagRef[], o: HistoryOptions): { tagStyle: TagStyle; last: ReleaseTag | null } {
  const tagStyle = chooseTagStyle(o.tagTemplate, o.configuredTag, tags, o.name, o.scheme);
  checkTagTemplate(tagStyle.template);
  const found = lastRelease(releaseTags(tags, { template: tagStyle.template, name: o.name, scheme: o.scheme }), o.scheme);
  return { tagStyle, last: found === null ? null : { tag: found.tag, version: found.version, sha: found.sha, date: found.date } };
}

/**
 * The same answer as lastReleaseFromReachableTags without `for-each-ref --merged HEAD` (a walk over the whole
 * history): every tag from a plain `for-each-ref`, and one ancestry check for the highest. When
 * that tag is a final release, reachable from HEAD, and strictly above every other tag of its style (and, for
 * an inferred style, of every other style), it is the highest reachable tag of every style, so the reachable
 * tags give the same style and the same last release. Otherwise (a release on another branch, a pre-release
 * on top, a tie between styles) null: the caller asks git for the reachable tags. The ancestry check is the
 * boundary of the log of the commits since that tag (HEAD known, no paths); else `merge-base --is-ancestor`
 * runs beside that log, which is stopped and dropped when the tag is not reachable.
 */
async function lastReleaseFromAllTags(git: Git, o: HistoryOptions): Promise<{ tagStyle: TagStyle; last: ReleaseTag; commits: ParsedCommit[] } | null> {
  const tags = await (o.tags ?? listTags(git));
  const tagStyle = chooseTagStyle(o.tagTemplate, o.configuredTag, tags, o.name, o.scheme);
  checkTagTemplate(tagStyle.template);
  const fitting = fittingTags(tags, { template: tagStyle.template, name: o.name, scheme: o.scheme });
  let top: (typeof fitting)[number] | null = null;
  let tied = false;
  for (const t of fitting) {
    const order = top === null ? 1 : o.scheme.compare(t.version, top.version);
    if (order > 0) {
      top = t;
      tied = false;
    } else if (order === 0) tied = true;
  }
  if (top === null || tied || o.scheme.isPrerelease(top.version)) return null;
  if (tagStyle.source === 'tags' && otherStyleReaches(tags, o.name, o.scheme, tagStyle.template, top.version)) return null;
  const last = { tag: top.tag, version: top.version, sha: top.sha, date: top.date };
  if (o.head !== undefined && (o.paths === undefined || o.paths.length === 0)) {
    // One process: the log's boundary says whether the tag is an ancestor of HEAD (see ReadCommitsOptions);
    // merge-base beside it cost ~5 ms of CPU at 100k commits for the same answer.
    let reachable = top.sha === o.head;
    const commits = await readParsedCommits(git, { from: top.sha }, { onBoundary: (sha) => (reachable ||= sha === top.sha) });
    return reachable ? { tagStyle, last, commits } : null;
  }
  const stop = new AbortController();
  const commits = readParsedCommits(git, { from: top.sha }, { paths: o.paths, signal: stop.signal });
  commits.catch(() => undefined); // awaited below when it is wanted
  const reachable = await isAncestor(git, top.sha, 'HEAD').catch((err: unknown) => {
    stop.abort();
    throw err;
  });
  if (!reachable) {
    stop.abort();
    return null;
  }
  return { tagStyle, last, commits: await commits };
}

/**
 * Reads the tags and the commits that decide the next release: the tag style (input, release-tool config,
 * the existing tags, or `v{version}`), the last release tag, the commits since it (squash bodies expanded),
 * and whether an earlier prepare for the file's version is still untagged (then it is re-opened: its release
 * commit is left out and the version prepared again, so a rejected gate burns no version).
 */
export async function readReleaseHistory(git: Git, o: HistoryOptions, logger?: Logger): Promise<ReleaseHistory> {
  const headExists = o.head !== undefined || (await git.revParse('HEAD')) !== null;
  const found: { tagStyle: TagStyle; last: ReleaseTag | null; commits?: ParsedCommit[] } = headExists
    ? ((await lastReleaseFromAllTags(git, o)) ?? lastReleaseFromReachableTags(await listTags(git, { merged: 'HEAD' }), o))
    : lastReleaseFromReachableTags([], o);
  const { tagStyle, last } = found;

  // Parsed as git prints them (see readParsedCommits); the release commits left out below are parsed too.
  let commits: ParsedCommit[];
  let start: string;
  if (last) {
    commits = found.commits ?? (await readParsedCommits(git, { from: last.sha }, { paths: o.paths }));
    start = `tag ${last.tag}`;
    if (o.since) logger?.info(`Input "since" (${o.since}) is not used: the last release is ${last.tag}.`);
  } else if (o.since) {
    const s = await resolveSince(git, o.since);
    if ('sha' in s) {
      commits = await readParsedCommits(git, { from: s.sha }, { paths: o.paths });
      start = `since ${o.since}`;
    } else {
      commits = (await readParsedCommits(git, { from: null }, { paths: o.paths })).filter((c) => c.raw.date.slice(0, 10) >= s.date);
      start = `since ${s.date}`;
    }
  } else {
    commits = await readParsedCommits(git, { from: null }, { paths: o.paths });
    start = 'the first commit';
  }

  let reopened: ReleaseHistory['reopened'] = null;
  // The open version: the file's, or (VCS-derived versions) the one the newest release commit names.
  const openVersion = o.fileVersion ?? commits.map((c) => versionInReleaseSubject(o.commitMessage, c.raw.subject.trim(), tagStyle.template, o.name, o.scheme)).find((v) => v !== null) ?? null;
  if (openVersion !== null) {
    const subject = releaseSubject(o.commitMessage, openVersion, formatTag(tagStyle.template, { version: openVersion, name: o.name }));
    const prepared = commits.filter((c) => c.raw.subject.trim() === subject);
    if (prepared.length > 0 && (last === null || o.scheme.compare(openVersion, last.version) > 0)) {
      // Newest and oldest: a release re-opened before has several release commits for the same version.
      reopened = { version: openVersion, sha: prepared[0].sha, firstSha: prepared[prepared.length - 1].sha };
      commits = commits.filter((c) => c.raw.subject.trim() !== subject);
    }
  }
  if (o.parseSquashBodies ?? true) commits = expandSquashBodies(commits);
  return { tagStyle, last, commits, reopened, start };
}
