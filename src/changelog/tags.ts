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
  const t = checkTagTemplate(template);
  const at = t.indexOf('{version}');
  const prefix = t.slice(0, at).split('{name}').join(name);
  const suffix = t.slice(at + '{version}'.length).split('{name}').join(name);
  if (tag.length <= prefix.length + suffix.length || !tag.startsWith(prefix) || !tag.endsWith(suffix)) return null;
  return tag.slice(prefix.length, tag.length - suffix.length);
}

/** A release tag: its name, the normalized version it names, its commit. */
export interface ReleaseTag {
  tag: string;
  version: string;
  sha: string;
  /** YYYY-MM-DD from the tag (tagger date, or commit date for lightweight tags); '' when unknown. */
  date?: string;
}

/** The tags that fit the template and hold a valid version of the scheme (others are ignored), as ReleaseTags. */
export function releaseTags(tags: TagRef[], opts: { template: string; name: string; scheme: VersionScheme }): ReleaseTag[] {
  const out: ReleaseTag[] = [];
  for (const t of tags) {
    const part = parseTag(opts.template, t.name, opts.name);
    if (part === null) continue;
    let version: string;
    try {
      version = opts.scheme.normalize(part);
    } catch {
      continue;
    }
    out.push({ tag: t.name, version, sha: t.sha, date: t.date });
  }
  return out;
}

/**
 * The highest-version tag fitting the template that is reachable from `rev` (HEAD by default); null when
 * there is none (or no commit yet). Tags on other branches are ignored, and so are tags whose version part
 * does not parse. Reads every tag with one plain `git for-each-ref` (no history walk), then checks
 * reachability in version order, highest first, only until one is reachable: flat in the history's size.
 */
export async function findLastReleaseTag(git: Git, opts: { template: string; name: string; scheme: VersionScheme; rev?: string }): Promise<{ tag: string; version: string; sha: string } | null> {
  const rev = opts.rev ?? 'HEAD';
  const candidates = releaseTags(await listTags(git), opts);
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
