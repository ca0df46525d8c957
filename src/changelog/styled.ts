import type { ParsedCommit } from '../commits/conventional.js';
import { findDateStyle, type DateStyle } from './dates.js';
import { mergeEntries, parseUnreleasedEntries, updateLinks, type InsertInput, type InsertResult } from './insert.js';
import { groupSection, namesCommit, renderEntry, renderSection, sectionOf } from './render.js';

/** Markdown or reStructuredText. */
export type ChangelogFormat = 'markdown' | 'rst';

/** One heading of a changelog (Markdown ATX, or reStructuredText text with an underline and maybe an overline). */
interface Heading {
  /** First line (the overline for rst headings that have one). */
  start: number;
  /** First line after the heading. */
  bodyStart: number;
  /** 1 for `#`; for rst, the rank of its adornment in order of first appearance. */
  level: number;
  text: string;
  /** rst: the adornment character and whether there is an overline. */
  adornment?: { char: string; overline: boolean };
}

/** How a project writes its release headings, learned from its newest one. */
export interface ChangelogStyle {
  format: ChangelogFormat;
  /** Heading text with `{version}`, `{date}`, `{compare}` placeholders (`Version {version}`, `{version} ({date})`). */
  template: string;
  level: number;
  adornment?: { char: string; overline: boolean };
  date: DateStyle | null;
  /** A line under the heading that carries the date (`Released {date}`), when the file has one. */
  dateLine: string | null;
  /** `- `, `* `, `-   `. */
  bullet: string;
  /** Entries grouped under sub-headings (Added, Fixed, …): the sub-heading's level/adornment; null for flat lists. */
  sub: { level: number; adornment?: { char: string; overline: boolean }; names?: string[] } | null;
  /** Base of the compare links inside headings (`https://github.com/o/r`), when headings carry them. */
  urlBase?: string;
  /**
   * Entries grouped under label lines instead of sub-headings (`Features:`, `**Bugfixes**`): how a label is
   * written, whether a blank line follows it, and the labels the file uses (for its own words).
   */
  label?: { before: string; after: string; blankAfter: boolean; names: string[] };
}

/** A group label line: `Features:`, `Bug fixes:`, `**Bugfixes**`, `**Breaking changes:**`. */
const LABEL_RE = /^(\*\*)?([A-Z][A-Za-z ,/&'-]{1,38}?)(:?)(\*\*)?(:?)\s*$/;

/** The file's label lines in release sections: each stands alone after a blank line, before a blank line or a bullet. */
function findLabels(body: string[]): { before: string; after: string; blankAfter: boolean; name: string }[] {
  const out: { before: string; after: string; blankAfter: boolean; name: string }[] = [];
  body.forEach((l, i) => {
    const m = LABEL_RE.exec(l);
    if (!m || (i > 0 && body[i - 1].trim() !== '')) return;
    const bold = m[1] !== undefined && m[4] !== undefined;
    const colon = m[3] || m[5];
    if (!bold && !colon) return;
    if ((m[1] === undefined) !== (m[4] === undefined)) return;
    const next = body[i + 1];
    if (next === undefined || !(next.trim() === '' || /^\s*[-*+] /.test(next))) return;
    out.push({ before: m[1] ?? '', after: `${m[3]}${m[4] ?? ''}${m[5]}`, blankAfter: next.trim() === '', name: m[2].trim() });
  });
  return out;
}

/** The words projects use for each group, tried against the file's own labels and sub-headings. */
const GROUP_WORDS: Record<string, RegExp> = {
  'Breaking Changes': /breaking|incompatible/i,
  Added: /^(new )?features?$|^enhancements?$|^additions?$|^new$/i,
  Changed: /^(changes|improvements?)$/i,
  Deprecated: /deprecat/i,
  Removed: /^removals?$|^removed$/i,
  Fixed: /^bug ?fix(es)?$|^fix(es)?$|^bugs?( fixed)?$/i,
  Security: /security/i,
  Dependencies: /dependenc/i,
  Other: /^other( changes)?$|^misc(ellaneous)?$|^maintenance$|^internal( changes)?$/i,
};

/** A group's name in the file's own words (`Fixed` → `Bug fixes` when the file says so), else the name. */
function groupName(name: string, own: string[]): string {
  const words = GROUP_WORDS[name];
  return (words && own.find((o) => words.test(o))) ?? name;
}

const VERSION_RE = /(?<![\w.])v?(\d+\.\d+(?:\.\d+)*(?:(?:a|b|rc|\.?dev|\.?post|-[0-9A-Za-z][0-9A-Za-z.]*)\d*)?)(?![\w])/;
const RST_ADORN = '=-~^"\'*+#:._`';

/** A Markdown setext underline (`===` for level 1, `---` for level 2), or null. */
function setextLevel(line: string | undefined): 1 | 2 | null {
  const m = line === undefined ? null : /^ {0,3}(=+|-+)[ \t]*$/.exec(line);
  if (!m || m[1].length < 3) return null;
  return m[1][0] === '=' ? 1 : 2;
}

/**
 * ATX (`## 1.2.3`) and setext headings (a one-line paragraph over `===` or `---`, as requests' and
 * Express's HISTORY.md write them). A `---` after a list item or a blank line is a rule, not an underline.
 */
function mdHeadings(lines: string[]): Heading[] {
  const out: Heading[] = [];
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^ {0,3}(```|~~~)/.test(l)) fenced = !fenced;
    if (fenced) continue;
    const m = /^(#{1,6}) +(.*?)[ #]*$/.exec(l);
    if (m) {
      out.push({ start: i, bodyStart: i + 1, level: m[1].length, text: m[2].trim() });
      continue;
    }
    const level = setextLevel(lines[i + 1]);
    const paragraphStart = i === 0 || lines[i - 1].trim() === '' || setextLevel(lines[i - 1]) !== null;
    const plainText = l.trim() !== '' && !/^ {4}/.test(l) && !/^\s*([-*+]|\d+[.)])(\s|$)|^\s*[>|<]/.test(l) && setextLevel(l) === null;
    if (level !== null && paragraphStart && plainText) {
      out.push({ start: i, bodyStart: i + 2, level, text: l.trim(), adornment: { char: level === 1 ? '=' : '-', overline: false } });
      i++;
    }
  }
  return out;
}

function isAdornment(line: string | undefined, min: number): string | null {
  if (line === undefined || line.length < Math.max(min, 2)) return null;
  const c = line[0];
  if (!RST_ADORN.includes(c)) return null;
  for (const ch of line.trimEnd()) if (ch !== c) return null;
  return line.trimEnd().length >= min ? c : null;
}

function rstHeadings(lines: string[]): Heading[] {
  const out: Heading[] = [];
  const ranks: string[] = [];
  for (let i = 0; i < lines.length - 1; i++) {
    const text = lines[i];
    if (text.trim() === '' || /^\s/.test(text) || isAdornment(text, 2) !== null) continue;
    const under = isAdornment(lines[i + 1], text.trimEnd().length);
    if (under === null) continue;
    const overline = i > 0 && isAdornment(lines[i - 1], text.trimEnd().length) === under;
    const key = under + (overline ? 'o' : '');
    if (!ranks.includes(key)) ranks.push(key);
    out.push({ start: overline ? i - 1 : i, bodyStart: i + 2, level: ranks.indexOf(key) + 1, text: text.trim(), adornment: { char: under, overline } });
    i++;
  }
  return out;
}

function headingsOf(lines: string[], format: ChangelogFormat): Heading[] {
  return format === 'rst' ? rstHeadings(lines) : mdHeadings(lines);
}

/** The version a heading names, or null (`Version 8.4.2`, `[1.2.0] - …`, `pluggy 1.6.0 (2025-05-15)`). */
function headingVersion(text: string): string | null {
  const m = VERSION_RE.exec(text.replace(/\]\([^)]*\)/g, ']'));
  return m ? m[1] : null;
}

function isUnreleased(text: string): boolean {
  return /\bunreleased\b/i.test(text) && headingVersion(text) === null;
}

/** `Markdown` for .md/.markdown, `rst` for .rst, else sniffed from the text (rst underlines under text). */
export function changelogFormat(path: string, text: string | null): ChangelogFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.rst')) return 'rst';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  // Underlined headings read the same in both; without an extension only `#` headings make it Markdown.
  if (text !== null && rstHeadings(text.split(/\r?\n/)).some((h) => headingVersion(h.text) !== null) && !mdHeadings(text.split(/\r?\n/)).some((h) => !h.adornment && headingVersion(h.text) !== null)) return 'rst';
  return 'markdown';
}

/** The release headings: those naming a version, at the level of the newest one. */
function releaseHeadings(hs: Heading[]): Heading[] {
  const first = hs.find((h) => headingVersion(h.text) !== null);
  if (!first) return [];
  return hs.filter((h) => h.level === first.level && headingVersion(h.text) !== null);
}

/** Where a heading's section ends: the next heading at its level or above, or the end (before link references). */
function sectionEnd(hs: Heading[], h: Heading, lines: string[], footerStart: number): number {
  const next = hs.find((x) => x.start > h.start && x.level <= h.level);
  return Math.min(next ? next.start : lines.length, footerStart > h.start ? footerStart : lines.length);
}

function footerStartOf(lines: string[], format: ChangelogFormat): number {
  if (format !== 'markdown') return lines.length;
  let footer = lines.length;
  for (let k = lines.length - 1; k >= 0; k--) {
    if (/^\[[^\]]+\]:\s*\S+$/.test(lines[k])) footer = k;
    else if (lines[k].trim() !== '') break;
  }
  return footer;
}

/**
 * Learns the style of a changelog from its newest release heading: heading text (`## Version 1.2.3`,
 * `## 1.2.3 (6th December, 2024)`, `## [1.2.3](…/compare/…) - 2024-01-01`, rst `Version 1.2.3` over `-----`),
 * date format, a `Released <date>` line, the bullet, and whether entries sit under sub-headings.
 * Null when the file has no release heading (then the Keep a Changelog writer is used).
 */
export function detectStyle(text: string, format: ChangelogFormat): ChangelogStyle | null {
  const lines = text.split(/\r?\n/);
  const hs = headingsOf(lines, format);
  const releases = releaseHeadings(hs);
  if (releases.length === 0) return null;
  const h = releases[0];
  let template = h.text;
  let urlBase: string | undefined;
  const url = /\((https?:\/\/[^)\s]+)\)/.exec(template);
  if (url) {
    const at = url[1].search(/\/(compare|releases\/tag|tree)\//);
    if (at > 0) urlBase = url[1].slice(0, at);
    template = template.replace(url[1], '{compare}');
  }
  const version = headingVersion(template) as string;
  template = template.replace(version, '{version}');
  const date = findDateStyle(template);
  if (date) template = template.replace(date.found, '{date}');
  const footer = footerStartOf(lines, format);
  const end = sectionEnd(hs, h, lines, footer);
  const body = lines.slice(h.bodyStart, end);
  let dateLine: string | null = null;
  let lineDate: DateStyle | null = null;
  const firstText = body.find((l) => l.trim() !== '');
  if (firstText !== undefined && !date) {
    lineDate = findDateStyle(firstText);
    if (lineDate && firstText.trim().length <= lineDate.found.length + 24 && !/^\s*[-*+] /.test(firstText)) dateLine = firstText.trim().replace(lineDate.found, '{date}');
    else lineDate = null;
  }
  // The bullet with its indent (Express's HISTORY.md writes `  * `).
  const bulletLine = body.find((l) => /^ {0,3}[-*+]\s+\S/.test(l));
  const bullet = bulletLine ? (/^ {0,3}[-*+]\s+/.exec(bulletLine) as RegExpExecArray)[0] : '- ';
  let sub: ChangelogStyle['sub'] = null;
  for (const r of releases.slice(0, 3)) {
    const e = sectionEnd(hs, r, lines, footer);
    const s = hs.find((x) => x.start > r.start && x.start < e && x.level > r.level);
    if (s) {
      sub = { level: s.level, adornment: s.adornment };
      break;
    }
  }
  // The sub-headings the file uses (`Features`, `Bug Fixes`), so new sections speak its words.
  if (sub) {
    const level = sub.level;
    const names = releases.slice(0, 5).flatMap((r) => hs.filter((x) => x.start > r.start && x.start < sectionEnd(hs, r, lines, footer) && x.level === level).map((x) => x.text));
    sub.names = [...new Set(names)];
  }
  const style: ChangelogStyle = { format, template, level: h.level, date: date ?? lineDate, dateLine, bullet, sub };
  if (!sub) {
    const labels = releases.slice(0, 5).flatMap((r) => findLabels(lines.slice(r.bodyStart, sectionEnd(hs, r, lines, footer))));
    if (labels.length > 0) style.label = { before: labels[0].before, after: labels[0].after, blankAfter: labels[0].blankAfter, names: [...new Set(labels.map((l) => l.name))] };
  }
  if (h.adornment) style.adornment = h.adornment;
  if (urlBase) style.urlBase = urlBase;
  return style;
}

/** True for the Keep a Changelog heading (`[1.2.3] - 2024-01-01`), which insertRelease writes itself. */
export function isKeepAChangelog(style: ChangelogStyle): boolean {
  return style.format === 'markdown' && style.level === 2 && style.template === '[{version}] - {date}' && style.dateLine === null;
}

function rstLink(text: string, url: string): string {
  return `\`${text} <${url}>\`__`;
}

/** One entry in the file's format and bullet: description, commit and pull request links. */
function entryText(e: string | ParsedCommit, style: ChangelogStyle, repoUrl: string | undefined): string {
  const indent = ' '.repeat(style.bullet.length);
  if (typeof e === 'string') return e.replace(/^[-*+]\s+/, style.bullet).split('\n').map((l, i) => (i === 0 || l.trim() === '' ? l : indent + l.trimStart())).join('\n');
  let text: string;
  if (style.format === 'markdown') text = renderEntry(e, repoUrl).slice(2);
  else {
    const short = e.sha.slice(0, 7);
    text = (e.scope ? `**${e.scope}:** ` : '') + e.description;
    const refs = [repoUrl ? rstLink(short, `${repoUrl}/commit/${e.sha}`) : short];
    if (e.pr !== null) refs.push(repoUrl ? rstLink(`#${e.pr}`, `${repoUrl}/pull/${e.pr}`) : `#${e.pr}`);
    text += ` (${refs.join(', ')})`;
    if (e.breaking && e.breakingNote && e.breakingNote !== e.description) text += '\n\n' + e.breakingNote;
  }
  return style.bullet + text.split('\n').map((l, i) => (i === 0 || l.trim() === '' ? l.trimStart() : indent + l.trim())).join('\n');
}

function headingLines(text: string, level: number, format: ChangelogFormat, adornment?: { char: string; overline: boolean }): string[] {
  // Setext headings (Markdown with an underline) are underlined to the text's width, as rst ones.
  if (format === 'markdown' && !adornment) return [`${'#'.repeat(level)} ${text}`];
  const a = adornment ?? { char: '-', overline: false };
  const line = a.char.repeat(text.length);
  return a.overline ? [line, text, line] : [text, line];
}

/** The release heading's text in the file's style. */
function headingText(style: ChangelogStyle, input: InsertInput, repoUrl: string | undefined): string {
  const base = repoUrl ?? style.urlBase;
  const compare = base ? (input.previousTag ? `${base}/compare/${input.previousTag}...${input.tag}` : `${base}/releases/tag/${input.tag}`) : '';
  let t = style.template.split('{version}').join(input.version).split('{compare}').join(compare);
  t = t.split('{date}').join(style.date ? style.date.format(input.date) : input.date);
  return compare === '' ? t.replace(/\[([^\]]*)\]\(\)/, '$1') : t;
}

/** Renders a release section in the style; returns its lines and its entry count. */
export function renderStyledSection(style: ChangelogStyle, input: InsertInput & { extraEntries?: Record<string, string[]> }): { lines: string[]; entries: number } {
  const repoUrl = input.repoUrl?.replace(/\/+$/, '') || undefined;
  const out: string[] = [...headingLines(headingText(style, input, repoUrl), style.level, style.format, style.adornment), ''];
  if (style.dateLine) out.push(style.dateLine.split('{date}').join(style.date ? style.date.format(input.date) : input.date), '');
  const { preamble, groups: standard, entries, rendered } = groupSection(input, (e) => entryText(e, style, repoUrl));
  // Groups in the file's words; a hand-written `Features` group and the generated `Added` one become one.
  const words = style.sub?.names ?? style.label?.names ?? [];
  const groups = new Map<string, (string | ParsedCommit)[]>();
  for (const [name, list] of standard) {
    const shown = groupName(name, words);
    const merged = [...(groups.get(shown) ?? []), ...list];
    // Hand-written entries (text) before the generated ones, as in every other group.
    groups.set(shown, [...merged.filter((e) => typeof e === 'string'), ...merged.filter((e) => typeof e !== 'string')]);
  }
  for (const p of preamble) out.push(p, '');
  for (const [name, list] of groups) {
    if (style.sub) out.push(...headingLines(name, style.sub.level, style.format, style.sub.adornment), '');
    else if (style.label) out.push(`${style.label.before}${name}${style.label.after}`, ...(style.label.blankAfter ? [''] : []));
    for (const e of list) out.push(typeof e === 'string' ? entryText(e, style, repoUrl) : (rendered.get(e) ?? entryText(e, style, repoUrl)));
    out.push('');
  }
  if (entries === 0) out.push('No notable changes.', '');
  return { lines: out, entries };
}

/**
 * Puts a release into a changelog written in its own style (see detectStyle), touching nothing else:
 *
 * - The version already has a section: one that still says `Unreleased` under its heading (a section written
 *   ahead, as click does for its `.dev` version) gets the release date in that line and the Conventional
 *   entries its text does not mention yet; any other is left as it is (a safe re-run).
 * - An `Unreleased` heading: its entries move into the new section (below it); the heading stays, empty, and a
 *   compare link in it (`…/compare/<old>...HEAD`) is pointed at the new tag.
 * - Otherwise the section goes above the newest release. Markdown link references follow the file's style.
 */
export function insertStyled(existing: string, style: ChangelogStyle, input: InsertInput): InsertResult {
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const lines = existing.split(/\r?\n/);
  const hs = headingsOf(lines, style.format);
  const releases = releaseHeadings(hs);
  const footer = footerStartOf(lines, style.format);
  const join = (ls: string[]): string => ls.join(eol);
  const md = renderSection(input);

  const own = releases.find((h) => headingVersion(h.text)?.replace(/^v/, '') === input.version);
  if (own) {
    const end = sectionEnd(hs, own, lines, footer);
    const body = lines.slice(own.bodyStart, end);
    const marker = body.findIndex((l) => /^\s*(\*{0,2})unreleased\1\s*$/i.test(l) || /^\s*released:?\s*(unreleased|tbd|tba)\s*$/i.test(l));
    if (marker < 0) {
      const section = lines.slice(own.start, end);
      return { text: existing, sectionMarkdown: join(section).trimEnd() + '\n', entries: section.filter((l) => /^\s*[-*+] /.test(l)).length };
    }
    const sectionText = body.join('\n');
    const fresh = input.commits.filter((c) => { const s = sectionOf(c, false); return s !== null && !namesCommit(sectionText, c); });
    const dateText = style.date ? style.date.format(input.date) : input.date;
    const newBody = [...body];
    newBody[marker] = style.dateLine ? style.dateLine.split('{date}').join(dateText) : `Released ${dateText}`;
    if (fresh.length > 0) {
      let last = newBody.length;
      while (last > 0 && newBody[last - 1].trim() === '') last--;
      newBody.splice(last, 0, ...fresh.map((c) => entryText(c, style, input.repoUrl?.replace(/\/+$/, '') || undefined)));
    }
    const out = [...lines.slice(0, own.bodyStart), ...newBody, ...lines.slice(end)];
    const section = [...lines.slice(own.start, own.bodyStart), ...newBody];
    return { text: join(out), sectionMarkdown: join(section).trimEnd() + '\n', entries: section.filter((l) => /^\s*[-*+] /.test(l)).length };
  }

  const firstRelease = releases[0];
  const unreleased = hs.find((h) => isUnreleased(h.text) && (!firstRelease || h.start < firstRelease.start) && h.level <= (firstRelease?.level ?? h.level));
  let out: string[];
  let entries: number;
  let section: string[];
  let extra: Record<string, string[]> = {};
  if (unreleased) {
    const end = sectionEnd(hs, unreleased, lines, footer);
    const block = lines.slice(unreleased.bodyStart, end);
    const subPrefix = style.format === 'markdown' ? '#'.repeat((style.sub?.level ?? unreleased.level + 1)) + ' ' : null;
    extra = subPrefix ? parseUnreleasedEntries(block.map((l) => (l.startsWith(subPrefix) ? `### ${l.slice(subPrefix.length)}` : l))) : { '': block.filter((l) => l.trim() !== '').length ? [block.join('\n').trim()] : [] };
    extra = mergeEntries(input.carriedEntries, extra);
    const rendered = renderStyledSection(style, { ...input, extraEntries: extra });
    entries = rendered.entries;
    section = rendered.lines;
    const head = lines.slice(unreleased.start, unreleased.bodyStart).map((l) => l.replace(/(\/compare\/)[^\s)]+?(\.\.\.HEAD)/, `$1${input.tag}$2`));
    out = [...lines.slice(0, unreleased.start), ...head, '', ...rendered.lines, ...lines.slice(end)];
  } else {
    extra = input.carriedEntries ?? {};
    const rendered = renderStyledSection(style, { ...input, extraEntries: extra });
    entries = rendered.entries;
    section = rendered.lines;
    const at = firstRelease ? firstRelease.start : lines.length;
    out = [...lines.slice(0, at), ...rendered.lines, ...lines.slice(at)];
  }
  let text = join(out);
  if (style.format === 'markdown') text = updateLinks(text, eol, md.linkLine, input.repoUrl?.replace(/\/+$/, '') || style.urlBase, input.tag);
  return { text, sectionMarkdown: style.format === 'markdown' ? section.join('\n').trimEnd() + '\n' : renderSection({ ...input, extraEntries: extra }).markdown, entries };
}

/** The lines of the section of `version` (heading start, body start, end), or null when the file has none. */
export function findSection(text: string, format: ChangelogFormat, version: string): { start: number; bodyStart: number; end: number } | null {
  const lines = text.split(/\r?\n/);
  const hs = headingsOf(lines, format);
  const own = releaseHeadings(hs).find((h) => headingVersion(h.text)?.replace(/^v/, '') === version);
  if (!own) return null;
  return { start: own.start, bodyStart: own.bodyStart, end: sectionEnd(hs, own, lines, footerStartOf(lines, format)) };
}
