import type { TagRef } from '../git/tag-list.js';
import type { VersionScheme } from '../versioning/scheme.js';
import { DEFAULT_TAG_TEMPLATE, fittingTags, lastRelease, releaseTags } from './tags.js';

/** The tag styles tried on a project's existing tags, in the order a tie is broken. */
export const TAG_STYLES = ['v{version}', '{version}', '{name}-v{version}', '{name}-{version}', '{name}@{version}', '{name}@v{version}'] as const;

/** The tag template a project uses, and how it was found, for the summary. */
export interface TagStyle {
  template: string;
  /** `input`, `config` (a release tool's tag_format), `tags` (inferred from N existing tags) or `default`. */
  source: 'input' | 'config' | 'tags' | 'default';
  /** One phrase for logs: `inferred from 42 existing tags like 8.4.2`. */
  reason: string;
}

/** Spellings of a distribution name found in tags (`my_pkg`, `my-pkg`, `my.pkg`). */
function nameSpellings(name: string): string[] {
  const lower = name.toLowerCase();
  return [...new Set([name, lower, lower.replace(/[-_.]+/g, '-'), lower.replace(/[-_.]+/g, '_')])];
}

/**
 * The tag template of the project's newest release tag (`v{version}`, `{version}`, `{name}-{version}`,
 * `{name}@{version}`, …; floating `v1`/`v1.2` aliases do not count), or null when no tag fits any style.
 * The `{name}` styles are tried with the usual spellings of the name; the chosen template spells it as the
 * tags do, with the name written out when it differs from the package name.
 */
export function inferTagTemplate(tags: TagRef[], name: string, scheme: VersionScheme): { template: string; count: number; example: string } | null {
  let best: { template: string; count: number; example: string; version: string } | null = null;
  for (const { style, spelled, template } of styleCandidates(name)) {
    const found = releaseTags(tags, { template: style, name: spelled, scheme });
    if (found.length === 0) continue;
    const highest = lastRelease(found, scheme) as (typeof found)[number];
    // The style of the newest release wins (a project that moved from `1.0` to `v2.0.0` tags now uses `v`);
    // between styles whose newest release is the same version, the one with more tags.
    const order = best === null ? 1 : scheme.compare(highest.version, best.version);
    if (best === null || order > 0 || (order === 0 && found.length > best.count)) {
      best = { template, count: found.length, example: highest.tag, version: highest.version };
    }
  }
  return best === null ? null : { template: best.template, count: best.count, example: best.example };
}

/** Every (style, spelling of the name) inferTagTemplate tries, in its order, with the template it would choose. */
function styleCandidates(name: string): { style: string; spelled: string; template: string }[] {
  const out: { style: string; spelled: string; template: string }[] = [];
  for (const style of TAG_STYLES) {
    const spellings = style.includes('{name}') ? nameSpellings(name) : [name];
    for (const spelled of spellings) out.push({ style, spelled, template: spelled === name ? style : style.split('{name}').join(spelled) });
  }
  return out;
}

/**
 * Whether a tag of some other style than `template` (one inferTagTemplate tries) holds a version at or above
 * `version`: then which style the newest release has depends on which tags are counted.
 */
export function otherStyleReaches(tags: TagRef[], name: string, scheme: VersionScheme, template: string, version: string): boolean {
  for (const c of styleCandidates(name)) {
    if (c.template === template) continue;
    if (fittingTags(tags, { template: c.style, name: c.spelled, scheme }).some((t) => scheme.compare(t.version, version) >= 0)) return true;
  }
  return false;
}

/** The template for one pushed tag (tag-triggered runs): the first style it fits, or the default. */
export function templateOfTag(tag: string, name: string, scheme: VersionScheme): string {
  return inferTagTemplate([{ name: tag, sha: '', date: '' }], name, scheme)?.template ?? DEFAULT_TAG_TEMPLATE;
}

/**
 * Picks the tag template: the input when given, else a release tool's configured tag format, else the style
 * of the existing tags, else `v{version}`.
 */
export function chooseTagStyle(input: string | undefined, configured: { template: string; from: string } | undefined, tags: TagRef[], name: string, scheme: VersionScheme): TagStyle {
  if (input !== undefined && input.trim() !== '') return { template: input.trim(), source: 'input', reason: 'input "tag-template"' };
  if (configured) return { template: configured.template, source: 'config', reason: `tag format of ${configured.from}` };
  const inferred = inferTagTemplate(tags, name, scheme);
  if (inferred) return { template: inferred.template, source: 'tags', reason: `inferred from ${inferred.count} existing tag${inferred.count === 1 ? '' : 's'} like ${inferred.example}` };
  return { template: DEFAULT_TAG_TEMPLATE, source: 'default', reason: 'no release tag yet: the default' };
}
