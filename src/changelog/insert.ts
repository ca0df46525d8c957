import { ReleaseError } from '../core/errors.js';
import { renderSection, type RenderInput } from './render.js';

/** What insertRelease is given: a release to render, plus the title for a new file. */
export type InsertInput = Omit<RenderInput, 'extraEntries'> & {
  /** The `# ` title of a new file. Defaults to `Changelog`. */
  title?: string;
  /** Names the versioning rules in a new file's header. Defaults to `semver`. */
  scheme?: 'semver' | 'pep440';
  /** Entries carried over from a re-opened section (by heading), listed before the Unreleased ones. Defaults to none. */
  carriedEntries?: Record<string, string[]>;
};

/** Two sets of hand-written entries by heading, `a`'s first. */
export function mergeEntries(a: Record<string, string[]> | undefined, b: Record<string, string[]> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const src of [a ?? {}, b ?? {}]) for (const [k, v] of Object.entries(src)) out[k] = [...(out[k] ?? []), ...v];
  return out;
}

/** The changelog after insertion, and the release section that went in (LF line endings). */
export interface InsertResult {
  text: string;
  sectionMarkdown: string;
  entries: number;
}

interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the line ending (or the end of the text). */
  next: number;
  /** The line without its ending. */
  text: string;
  /** Inside a fenced code block (never a heading or a link reference). */
  fenced: boolean;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let fenced = false;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const next = nl < 0 ? text.length : nl + 1;
    let end = nl < 0 ? text.length : nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    const t = text.slice(start, end);
    const fence = /^ {0,3}(```|~~~)/.test(t);
    lines.push({ start, next, text: t, fenced: fenced || fence });
    if (fence) fenced = !fenced;
    start = next;
  }
  return lines;
}

/** The label of a `## ` heading: `1.2.0` for `## [1.2.0] - 2026-01-01` or `## v1.2.0`; `unreleased` lower-cased. */
function h2Label(line: Line): string | null {
  if (line.fenced || !line.text.startsWith('## ')) return null;
  const rest = line.text.slice(3).trim();
  let label: string;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    label = close < 0 ? rest.slice(1) : rest.slice(1, close);
  } else {
    const space = rest.indexOf(' ');
    label = space < 0 ? rest : rest.slice(0, space);
  }
  label = label.trim();
  if (label.toLowerCase() === 'unreleased') return 'unreleased';
  return label.length > 1 && (label[0] === 'v' || label[0] === 'V') && /^[0-9]/.test(label.slice(1)) ? label.slice(1) : label;
}

function isReleaseLabel(label: string): boolean {
  return /^[0-9]/.test(label);
}

/** `[label]: url` → { label, url }, or null. */
function linkRef(line: Line): { label: string; url: string } | null {
  if (line.fenced || !line.text.startsWith('[')) return null;
  const close = line.text.indexOf(']:');
  if (close < 2) return null;
  const url = line.text.slice(close + 2).trim();
  if (url.length === 0 || url.includes(' ')) return null;
  return { label: line.text.slice(1, close), url };
}

/** `https://github.com/o/r` from a compare or release link in the file, or undefined. */
function repoUrlFromLinks(lines: Line[]): string | undefined {
  for (const l of lines) {
    const ref = linkRef(l);
    if (!ref) continue;
    for (const marker of ['/compare/', '/releases/tag/', '/tree/', '/commits/']) {
      const at = ref.url.indexOf(marker);
      if (at > 0) return ref.url.slice(0, at);
    }
  }
  return undefined;
}

/** Hand-written entries of an Unreleased block, by `###` heading (`''` before any heading). */
export function parseUnreleasedEntries(blockLines: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let heading = '';
  let item: string[] | null = null;
  let pendingBlank = false;
  const flush = (): void => {
    if (item && item.length > 0) (out[heading] ??= []).push(item.join('\n').trimEnd());
    item = null;
    pendingBlank = false;
  };
  for (const line of blockLines) {
    if (line.startsWith('### ')) {
      flush();
      heading = line.slice(4).trim();
      out[heading] ??= [];
      continue;
    }
    if (line.trim() === '') {
      if (item) pendingBlank = true;
      continue;
    }
    const bullet = /^[-*+] /.test(line);
    const indented = line.startsWith(' ') || line.startsWith('\t');
    if (bullet) {
      flush();
      item = [line];
    } else if (item && (indented || !pendingBlank)) {
      // An indented line (or a lazy continuation) belongs to the item above; keep a blank line kept inside it.
      if (pendingBlank) item.push('');
      item.push(line);
      pendingBlank = false;
    } else {
      flush();
      item = [line];
    }
  }
  flush();
  for (const k of Object.keys(out)) if (out[k].length === 0) delete out[k];
  return out;
}

/** The header of a new CHANGELOG.md (Keep a Changelog 1.1). */
export function changelogHeader(title = 'Changelog', scheme: 'semver' | 'pep440' = 'semver'): string {
  const rules = scheme === 'pep440' ? '[PEP 440](https://peps.python.org/pep-0440/) versions' : '[Semantic Versioning](https://semver.org/spec/v2.0.0.html)';
  return [
    `# ${title}`,
    '',
    'All notable changes to this project will be documented in this file.',
    '',
    'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
    `and this project adheres to ${rules}.`,
    '',
  ].join('\n');
}

/**
 * Puts a release section into a changelog's text, touching nothing else.
 *
 * - With `## [Unreleased]`: its hand-written entries move into the new section (merged under the same `###`
 *   headings, before the generated ones), `## [Unreleased]` stays, empty, and the section goes right below
 *   it. Link references at the bottom follow the file's style: an `[Unreleased]` link is pointed at
 *   `<tag>...HEAD` and the release's link added below it; a file with version links but no `[Unreleased]`
 *   one gets the release's link above the newest; a file without link references gets none.
 * - Without `## [Unreleased]` but with `## ` sections: the section goes above the first release section.
 * - With only a `# ` title: `## [Unreleased]` and the section are appended.
 * - No file (null or blank): a new one with the Keep a Changelog header, `## [Unreleased]` and the section.
 * - No `# ` title and no `## ` heading: BAD_CHANGELOG (it is not a changelog this can edit safely).
 * - The version already has a `## [x]` section: the text comes back unchanged, with that section as
 *   sectionMarkdown, so a re-run after a partial failure is safe.
 *
 * Without `repoUrl`, the repository URL is taken from the file's own compare links, if any. Line endings
 * follow the file (CRLF stays CRLF).
 */
export function insertRelease(existing: string | null, input: InsertInput): InsertResult {
  const { title, scheme, carriedEntries, ...base } = input;
  const renderBase = { ...base, extraEntries: carriedEntries };
  if (existing === null || existing.trim() === '') {
    const rendered = renderSection(renderBase);
    const links = rendered.linkLine && renderBase.repoUrl ? `\n[Unreleased]: ${trimUrl(renderBase.repoUrl)}/compare/${input.tag}...HEAD\n${rendered.linkLine}\n` : '';
    const text = `${changelogHeader(title, scheme)}\n## [Unreleased]\n\n${rendered.markdown}${links}`;
    return { text, sectionMarkdown: rendered.markdown, entries: rendered.entries };
  }

  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const lines = splitLines(existing);
  const hasTitle = lines.some((l) => !l.fenced && l.text.startsWith('# '));
  const h2 = lines.map((l, i) => ({ i, label: h2Label(l) })).filter((h): h is { i: number; label: string } => h.label !== null);
  if (!hasTitle && h2.length === 0) {
    throw new ReleaseError('BAD_CHANGELOG', 'The changelog has no "# " title and no "## " sections, so there is no safe place to add the release.', 'Give it a "# Changelog" title line (Keep a Changelog format), or delete the file so that release-relay creates one.', {
      location: { file: 'CHANGELOG.md', line: 1 },
    });
  }

  // Safe re-run: the version is already there.
  const wanted = stripV(input.version);
  const already = h2.find((h) => h.label === wanted);
  if (already) return existingSection(lines, already.i, existing);

  const repoUrl = renderBase.repoUrl ? trimUrl(renderBase.repoUrl) : repoUrlFromLinks(lines);
  // The trailing run of link references (with blank lines between them) ends every section above it.
  let footerStart = lines.length;
  for (let k = lines.length - 1; k >= 0; k--) {
    if (linkRef(lines[k])) footerStart = k;
    else if (lines[k].text.trim() !== '') break;
  }

  const unreleased = h2.find((h) => h.label === 'unreleased');
  let text: string;
  let rendered: ReturnType<typeof renderSection>;
  if (unreleased) {
    const nextH2 = h2.find((h) => h.i > unreleased.i);
    const blockEnd = Math.min(nextH2 ? nextH2.i : lines.length, footerStart > unreleased.i ? footerStart : lines.length);
    const block = lines.slice(unreleased.i + 1, blockEnd).map((l) => l.text);
    rendered = renderSection({ ...renderBase, repoUrl, extraEntries: mergeEntries(carriedEntries, parseUnreleasedEntries(block)) });
    const head = lines[unreleased.i];
    const headEnd = head.next;
    const headHasEol = headEnd > 0 && existing[headEnd - 1] === '\n';
    const restStart = blockEnd < lines.length ? lines[blockEnd].start : existing.length;
    const rest = existing.slice(restStart);
    text = existing.slice(0, headEnd) + (headHasEol ? '' : eol) + eol + withEol(rendered.markdown, eol) + (rest.length > 0 ? eol + rest : '');
  } else if (h2.length > 0) {
    rendered = renderSection({ ...renderBase, repoUrl });
    const first = h2.find((h) => isReleaseLabel(h.label)) ?? h2[0];
    const at = lines[first.i].start;
    text = existing.slice(0, at) + withEol(rendered.markdown, eol) + eol + existing.slice(at);
  } else {
    rendered = renderSection({ ...renderBase, repoUrl });
    let cut = existing.length;
    while (cut > 0 && (existing[cut - 1] === '\n' || existing[cut - 1] === '\r')) cut--;
    const trimmed = existing.slice(0, cut);
    const links = rendered.linkLine && repoUrl ? [`[Unreleased]: ${repoUrl}/compare/${input.tag}...HEAD`, rendered.linkLine] : [];
    text = trimmed + eol + eol + '## [Unreleased]' + eol + eol + withEol(rendered.markdown, eol) + (links.length > 0 ? eol + links.join(eol) + eol : '');
    return { text, sectionMarkdown: rendered.markdown, entries: rendered.entries };
  }
  text = updateLinks(text, eol, rendered.linkLine, repoUrl, input.tag);
  return { text, sectionMarkdown: rendered.markdown, entries: rendered.entries };
}

/** Points `[Unreleased]` at `<tag>...HEAD` and adds the release's link reference, in the file's style. */
export function updateLinks(text: string, eol: string, linkLine: string | undefined, repoUrl: string | undefined, tag: string): string {
  const lines = splitLines(text);
  let footerStart = lines.length;
  for (let k = lines.length - 1; k >= 0; k--) {
    if (linkRef(lines[k])) footerStart = k;
    else if (lines[k].text.trim() !== '') break;
  }
  const refs = lines.slice(footerStart).map((l, j) => ({ k: footerStart + j, ref: linkRef(l) })).filter((r) => r.ref !== null);
  if (refs.length === 0) return text;
  const unreleasedRef = refs.find((r) => r.ref?.label.toLowerCase() === 'unreleased');
  if (unreleasedRef && repoUrl) {
    const l = lines[unreleasedRef.k];
    const label = unreleasedRef.ref?.label ?? 'Unreleased';
    const lineEol = text.slice(l.start + l.text.length, l.next);
    const replacement = `[${label}]: ${repoUrl}/compare/${tag}...HEAD` + (lineEol || eol) + (linkLine ? linkLine + (lineEol || eol) : '');
    // A last line without an ending keeps having none.
    const fixed = lineEol ? replacement : replacement.slice(0, replacement.length - eol.length);
    return text.slice(0, l.start) + fixed + text.slice(l.next);
  }
  if (!linkLine) return text;
  const firstVersion = refs.find((r) => r.ref !== null && /^v?[0-9]/.test(r.ref.label));
  if (firstVersion) {
    const l = lines[firstVersion.k];
    return text.slice(0, l.start) + linkLine + eol + text.slice(l.start);
  }
  const endsWithEol = text.endsWith('\n');
  return text + (endsWithEol ? '' : eol) + linkLine + eol;
}

/** The existing section of a version, for a re-run: text unchanged. */
function existingSection(lines: Line[], at: number, text: string): InsertResult {
  let end = at + 1;
  while (end < lines.length && h2Label(lines[end]) === null && linkRef(lines[end]) === null) end++;
  while (end > at + 1 && lines[end - 1].text.trim() === '') end--;
  const body = lines.slice(at, end).map((l) => l.text);
  const entries = body.filter((l) => /^[-*+] /.test(l)).length;
  return { text, sectionMarkdown: body.join('\n') + '\n', entries };
}

function stripV(v: string): string {
  return v.length > 1 && (v[0] === 'v' || v[0] === 'V') && /^[0-9]/.test(v.slice(1)) ? v.slice(1) : v;
}

function trimUrl(url: string): string {
  let u = url;
  while (u.endsWith('/')) u = u.slice(0, -1);
  return u;
}

function withEol(markdown: string, eol: string): string {
  return eol === '\n' ? markdown : markdown.split('\n').join(eol);
}
