import type { ParsedCommit } from '../commits/conventional.js';
import { dropCancelledReverts } from '../commits/conventional.js';

/** The section headings of a release, in the order they are written (Keep a Changelog 1.1 plus three). */
export const SECTION_ORDER = ['Breaking Changes', 'Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security', 'Dependencies', 'Other'] as const;

/** One of SECTION_ORDER. */
export type SectionName = (typeof SECTION_ORDER)[number];

/** Conventional types that are never user-facing: left out of the changelog (unless breaking or deps). */
export const HIDDEN_TYPES: ReadonlySet<string> = new Set(['chore', 'ci', 'test', 'tests', 'docs', 'doc', 'style', 'build', 'release', 'wip']);

/** What renderSection is given. */
export interface RenderInput {
  /** The version, or `Unreleased` for the section of commits not yet released. */
  version: string;
  /** YYYY-MM-DD (ignored for `Unreleased`). */
  date: string;
  commits: ParsedCommit[];
  /** `https://github.com/o/r`: links to commits, pull requests and the compare view. Defaults to no links. */
  repoUrl?: string;
  /** The previous release's tag (for the compare link), or null for the first release. */
  previousTag: string | null;
  /** This release's tag (`HEAD` for Unreleased). */
  tag: string;
  /** Hand-written entries by heading (`Added`, `Fixed`, …; `''` for text before any heading). */
  extraEntries?: Record<string, string[]>;
  /** List non-conventional commits under Other. Defaults to true. */
  includeOther?: boolean;
}

/** A rendered release section. */
export interface RenderedSection {
  /** `## [1.3.0] - 2026-12-05` and its `###` sections, ending in one newline. */
  markdown: string;
  /** Number of entries (generated and hand-written). */
  entries: number;
  /** The link reference for the heading (`[1.3.0]: …/compare/v1.2.0...v1.3.0`), when repoUrl is given. */
  linkLine?: string;
}

/**
 * The section a commit goes to, or null when it is left out. Breaking changes first (whatever their type),
 * and only there; type `deps`, or a hidden type with scope `deps` (`chore(deps)`, `build(deps)`) →
 * Dependencies (scope `deps-dev`, dev-only updates, stays hidden); reverts → Changed; feat → Added; fix → Fixed (Security with scope `security`); perf and refactor → Changed;
 * deprecate → Deprecated; remove → Removed; security → Security; chore/ci/test/docs/style/build → left out;
 * merges → left out (the merged commits speak); non-conventional commits and unknown types → Other.
 */
export function sectionOf(c: ParsedCommit, includeOther = true): SectionName | null {
  if (c.isMerge) return null;
  if (c.breaking) return 'Breaking Changes';
  const scope = c.scope?.toLowerCase() ?? null;
  if (c.type === 'deps') return 'Dependencies';
  // Dependency updates that would otherwise be hidden (chore(deps), build(deps)); feat(deps) and fix(deps)
  // are user-facing changes and stay under Added and Fixed, as other changelog tools list them.
  if (scope === 'deps' && c.type !== null && HIDDEN_TYPES.has(c.type)) return 'Dependencies';
  if (c.isRevert) return 'Changed';
  switch (c.type) {
    case 'feat':
      return 'Added';
    case 'fix':
      return scope === 'security' ? 'Security' : 'Fixed';
    case 'perf':
    case 'refactor':
      return 'Changed';
    case 'deprecate':
    case 'deprecated':
      return 'Deprecated';
    case 'remove':
    case 'removed':
      return 'Removed';
    case 'security':
      return 'Security';
    default:
      if (c.type !== null && HIDDEN_TYPES.has(c.type)) return null;
      return includeOther ? 'Other' : null;
  }
}

/** Lines of a breaking note kept in an entry; the commit message holds the rest. */
export const MAX_NOTE_LINES = 40;
/** Characters of a description or note kept in an entry. */
export const MAX_ENTRY_CHARS = 4000;
/**
 * Characters of one release section: it travels in job outputs (1 MB each), the context and the release
 * body (125 000 characters), so entries past this are summarised in one line.
 */
export const MAX_SECTION_CHARS = 64_000;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** `- **scope:** description ([abc1234](…/commit/sha)) ([#12](…/pull/12))`, plus an indented breaking note. */
export function renderEntry(c: ParsedCommit, repoUrl?: string): string {
  const short = c.sha.slice(0, 7);
  let line = '- ';
  if (c.scope) line += `**${clip(c.scope, 100)}:** `;
  line += clip(c.description, MAX_ENTRY_CHARS);
  line += repoUrl ? ` ([${short}](${repoUrl}/commit/${c.sha}))` : ` (${short})`;
  if (c.pr !== null) line += repoUrl ? ` ([#${c.pr}](${repoUrl}/pull/${c.pr}))` : ` (#${c.pr})`;
  if (c.breaking && c.breakingNote && c.breakingNote !== c.description) {
    const noteLines = clip(c.breakingNote, MAX_ENTRY_CHARS).split('\n');
    for (const noteLine of noteLines.slice(0, MAX_NOTE_LINES)) line += noteLine.trim() === '' ? '\n' : `\n  ${noteLine.trimEnd()}`;
    const more = c.breakingNote.split('\n').length - Math.min(noteLines.length, MAX_NOTE_LINES);
    if (more > 0) line += `\n  … (${more} more line${more === 1 ? '' : 's'} in the commit message of ${short})`;
  }
  return line;
}

/** `Added` for `added`, `### Added`, `Breaking changes`, `⚠ BREAKING CHANGES`; null for other headings. */
export function standardHeading(heading: string): SectionName | null {
  const key = heading.toLowerCase().replace(/[^a-z]/g, '');
  for (const s of SECTION_ORDER) if (s.toLowerCase().replace(/[^a-z]/g, '') === key) return s;
  return null;
}

/** The link reference for a release heading, or undefined without repoUrl. */
export function linkLineFor(version: string, tag: string, previousTag: string | null, repoUrl?: string): string | undefined {
  if (!repoUrl) return undefined;
  if (previousTag) return `[${version}]: ${repoUrl}/compare/${previousTag}...${tag}`;
  if (version === 'Unreleased') return undefined;
  return `[${version}]: ${repoUrl}/releases/tag/${tag}`;
}

/**
 * A Keep a Changelog 1.1 section for one release: `## [1.3.0] - 2026-12-05`, then Breaking Changes, Added,
 * Changed, Deprecated, Removed, Fixed, Security, Dependencies, Other (see sectionOf), each entry linked to
 * its commit and pull request. Hand-written entries come first under their heading; headings outside the
 * standard ones follow in their own order. Commits come in the order given (git log: newest first); a revert
 * and the commit it reverts, both in the list, cancel out. A release with no entries says so in one line.
 */
export function renderSection(input: RenderInput): RenderedSection {
  const repoUrl = input.repoUrl?.replace(/\/+$/, '') || undefined;
  const { preamble, groups, entries, rendered } = groupSection(input, (e) => renderEntry(e, repoUrl));
  const heading = input.version === 'Unreleased' ? '## [Unreleased]' : `## [${input.version}] - ${input.date}`;
  const parts: string[] = [heading];
  if (preamble.length > 0) parts.push(preamble.join('\n'));
  for (const [name, list] of groups) parts.push(`### ${name}`, list.map((e) => (typeof e === 'string' ? e : (rendered.get(e) ?? renderEntry(e, repoUrl)))).join('\n'));
  if (parts.length === 1 && input.version !== 'Unreleased') parts.push('No notable changes.');
  const markdown = parts.join('\n\n') + '\n';
  const linkLine = linkLineFor(input.version, input.tag, input.previousTag, repoUrl);
  return linkLine === undefined ? { markdown, entries } : { markdown, entries, linkLine };
}

/** A section's entries before rendering: hand-written text (strings) and commits, by heading, in output order. */
export interface GroupedSection {
  /** Hand-written text before any heading. */
  preamble: string[];
  /** Headings in output order (SECTION_ORDER, then custom ones), each with its entries. */
  groups: [string, (string | ParsedCommit)[]][];
  /** Number of entries (generated and hand-written). */
  entries: number;
  /** Each listed commit's entry as `render` made it while the section's size was measured: render no entry twice. */
  rendered: Map<ParsedCommit, string>;
}

/**
 * Groups hand-written entries and commits under their headings (see renderSection for the rules). `render`
 * is how the caller writes one commit's entry: the size budget is measured on exactly that text.
 */
export function groupSection(input: Pick<RenderInput, 'commits' | 'extraEntries' | 'includeOther'>, render: (c: ParsedCommit) => string = (c) => renderEntry(c)): GroupedSection {
  const includeOther = input.includeOther ?? true;
  const map = new Map<string, (string | ParsedCommit)[]>();
  const add = (heading: string, entry: string | ParsedCommit): void => {
    const list = map.get(heading);
    if (list) list.push(entry);
    else map.set(heading, [entry]);
  };
  let entries = 0;
  const preamble: string[] = [];
  const customOrder: string[] = [];
  for (const [heading, items] of Object.entries(input.extraEntries ?? {})) {
    if (items.length === 0) continue;
    if (heading === '') {
      preamble.push(...items);
      continue;
    }
    const name = standardHeading(heading) ?? heading;
    if (!standardHeading(heading) && !customOrder.includes(name)) customOrder.push(name);
    for (const item of items) {
      add(name, item);
      entries++;
    }
  }
  // A commit a hand-written entry already names (its pull request or short SHA) is not listed twice.
  const written = Object.values(input.extraEntries ?? {}).flat().join('\n');
  for (const c of dropCancelledReverts(input.commits)) {
    const section = sectionOf(c, includeOther);
    if (section === null || (written && namesCommit(written, c))) continue;
    add(section, c);
    entries++;
  }
  const groups: [string, (string | ParsedCommit)[]][] = [];
  for (const name of [...SECTION_ORDER, ...customOrder]) {
    const list = map.get(name);
    if (list && list.length > 0) groups.push([name, list]);
  }
  const rendered = capGroups(groups, render);
  return { preamble, groups, entries, rendered };
}

/**
 * Past the size budget (MAX_SECTION_CHARS, the release notes must fit job outputs and GitHub's release
 * body), each group keeps the entries that fit and says how many it left out. Sizes are measured on the
 * entries as `render` writes them (links included), each rendered once: returns those texts.
 */
function capGroups(groups: [string, (string | ParsedCommit)[]][], render: (c: ParsedCommit) => string): Map<ParsedCommit, string> {
  const rendered = new Map<ParsedCommit, string>();
  let budget = MAX_SECTION_CHARS - 400;
  for (const group of groups) {
    const list = group[1];
    // The group's heading and the blank lines around it.
    budget -= group[0].length + 8;
    let kept = 0;
    for (; kept < list.length; kept++) {
      const e = list[kept];
      let text: string;
      if (typeof e === 'string') text = e;
      else {
        text = render(e);
        rendered.set(e, text);
      }
      const size = text.length + 1;
      if (budget - size <= 0) break;
      budget -= size;
    }
    if (kept < list.length) {
      group[1] = [...list.slice(0, kept), `- … and ${list.length - kept} more (left out to keep the release notes under ${MAX_SECTION_CHARS / 1000} kB; see the git log)`];
      budget -= 120;
    }
  }
  return rendered;
}

/** True when text names the commit: its short SHA, or its pull request as `#12`, `{pr}`12``, `pull/12`. */
export function namesCommit(text: string, c: ParsedCommit): boolean {
  if (text.includes(c.sha.slice(0, 7))) return true;
  if (c.pr === null) return false;
  for (const mark of [`#${c.pr}`, `{pr}\`${c.pr}\``, `pull/${c.pr}`]) {
    let at = text.indexOf(mark);
    while (at >= 0) {
      const after = text.charCodeAt(at + mark.length);
      if (!(after >= 48 && after <= 57)) return true;
      at = text.indexOf(mark, at + 1);
    }
  }
  return false;
}
