import { ReleaseError, isReleaseError } from '../core/errors.js';
import type { Git } from '../git/git.js';
import { findNewestReachable, listTags, type TagRef } from '../git/tag-list.js';
import type { VersionScheme } from '../versioning/scheme.js';

/** The tag template used when none is given. */
export const DEFAULT_TAG_TEMPLATE = 'v{version}';

/** The template, or the default for an empty one; throws BAD_INPUT unless it holds `{version}` exactly once. */
export function checkTagTemplate(template: string | undefined): string {
  const t = template === undefined || template.trim() === '' ? DEFAULT_TAG_TEMPLATE : template.trim();
  const first = t.indexOf('{version}');
  if (first < 0 || t.indexOf('{version}', first + 1) >= 0) {
    throw new ReleaseError('BAD_INPUT', `Input "tag-template" is "${t}", which must contain {version} exactly once.`, 'Use e.g. v{version}, {name}-v{version} or {name}@{version}.');
  }
  return t;
}

/** The tag for a version: `{version}` and `{name}` replaced (templates `v{version}`, `{name}-v{version}`, `{name}@{version}`). */
export function formatTag(template: string, v: { version: string; name: string }): string {
  return checkTagTemplate(template).split('{name}').join(v.name).split('{version}').join(v.version);
}

/** The version part of `tag` under the template for package `name`, or null when the tag does not fit it. */
export function parseTag(template: string, tag: string, name: string): string | null {
  return tagParser(template, name)(tag);
}

/** parseTag for one template and name, with the template read once (for going over many tags). */
export function tagParser(template: string, name: string): (tag: string) => string | null {
  const t = checkTagTemplate(template);
  const at = t.indexOf('{version}');
  const prefix = t.slice(0, at).split('{name}').join(name);
  const suffix = t.slice(at + '{version}'.length).split('{name}').join(name);
  return (tag) => {
    if (tag.length <= prefix.length + suffix.length || !tag.startsWith(prefix) || !tag.endsWith(suffix)) return null;
    return tag.slice(prefix.length, tag.length - suffix.length);
  };
}

/** A release tag: its name, the normalized version it names, its commit. */
export interface ReleaseTag {
  tag: string;
  version: string;
  sha: string;
  /** YYYY-MM-DD from the tag (tagger date, or commit date for lightweight tags); '' when unknown. */
  date?: string;
}

/**
 * The tags that fit the template and hold a valid version of the scheme (others are ignored), as ReleaseTags.
 * The version part must start with a digit (so `{version}` does not also take `v1.2.0`), and floating
 * major/minor tags (`v10`, `v10.6`, moved with every release by projects that also ship a GitHub Action)
 * are never releases: see isFloatingTag.
 */
export function releaseTags(tags: TagRef[], opts: { template: string; name: string; scheme: VersionScheme }): (ReleaseTag & { part: string })[] {
  const out = fittingTags(tags, opts);
  return out.filter((t) => !isFloatingTag(t, out));
}

/** The tags that fit the template and hold a valid version of the scheme, floating aliases included (see releaseTags). */
export function fittingTags(tags: TagRef[], opts: { template: string; name: string; scheme: VersionScheme }): (ReleaseTag & { part: string })[] {
  const out: (ReleaseTag & { part: string })[] = [];
  const parse = tagParser(opts.template, opts.name);
  for (const t of tags) {
    const part = parse(t.name);
    if (part === null || !/^[0-9]/.test(part)) continue;
    let version: string;
    try {
      version = opts.scheme.normalize(part);
    } catch {
      continue;
    }
    out.push({ tag: t.name, version, sha: t.sha, date: t.date, part });
  }
  return out;
}

/**
 * A short tag (`10` or `10.6`, fewer than three dotted numbers) is a floating alias, not a release, when a
 * longer version under it exists and either points at the same commit (the alias was moved onto the
 * release), or the tag is a bare major (`v10` beside `v10.x.y`), or its own `.0` exists (`10.6` beside
 * `10.6.0`). Short versions of their own (pip's `23.1` beside a later `23.1.1`) stay releases.
 */
export function isFloatingTag(t: { part: string; sha: string }, all: { part: string; sha: string }[]): boolean {
  if (!/^[0-9]+(\.[0-9]+)?$/.test(t.part)) return false;
  const longer = all.filter((o) => o.part.startsWith(`${t.part}.`) && /^[0-9]/.test(o.part.slice(t.part.length + 1)));
  if (longer.length === 0) return false;
  if (!t.part.includes('.')) return true;
  return longer.some((o) => o.sha === t.sha || o.part === `${t.part}.0`);
}

/**
 * The last release among release tags: the highest version, leaving out pre-releases older than some final
 * release (httpx's `1.0.0.beta0` of 2021 is not the last release after `0.28.1` of 2024). Null for none.
 */
export function lastRelease<T extends ReleaseTag>(tags: T[], scheme: VersionScheme): T | null {
  let best: T | null = null;
  for (const t of withoutStalePrereleases(tags, scheme)) if (best === null || scheme.compare(t.version, best.version) > 0) best = t;
  return best;
}

/** The release tags that can be the last release: all but pre-releases older than the newest final release. */
export function withoutStalePrereleases<T extends ReleaseTag>(tags: T[], scheme: VersionScheme): T[] {
  const newestFinal = tags.filter((t) => !scheme.isPrerelease(t.version) && t.date).reduce((d, t) => (t.date && t.date > d ? t.date : d), '');
  return tags.filter((t) => !(scheme.isPrerelease(t.version) && t.date && t.date < newestFinal));
}

/**
 * The highest-version tag fitting the template that is reachable from `rev` (HEAD by default); null when
 * there is none (or no commit yet). Tags on other branches are ignored, and so are tags whose version part
 * does not parse. Reads every tag with one plain `git for-each-ref` (no history walk), then checks
 * reachability in version order, highest first, only until one is reachable: flat in the history's size.
 */
export async function findLastReleaseTag(git: Git, opts: { template: string; name: string; scheme: VersionScheme; rev?: string }): Promise<{ tag: string; version: string; sha: string } | null> {
  const rev = opts.rev ?? 'HEAD';
  const candidates = withoutStalePrereleases(releaseTags(await listTags(git), opts), opts.scheme);
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => opts.scheme.compare(b.version, a.version));
  let best: ReleaseTag | null;
  try {
    best = await findNewestReachable(git, candidates, rev);
  } catch (err) {
    if (isReleaseError(err, 'GIT_FAILED') && rev === 'HEAD' && (await git.revParse('HEAD')) === null) return null;
    throw err;
  }
  return best === null ? null : { tag: best.tag, version: best.version, sha: best.sha };
}
