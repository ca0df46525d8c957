import type { RawCommit } from './read.js';

/**
 * One commit read as a Conventional Commit (https://www.conventionalcommits.org/en/v1.0.0/).
 * Non-conventional commits keep `type: null` and their subject as `description`.
 */
export interface ParsedCommit {
  sha: string;
  /** Lower-cased type (`feat`, `fix`, …), or null for a commit that does not follow the convention. */
  type: string | null;
  scope: string | null;
  /** `!` after the type/scope, or a `BREAKING CHANGE:` / `BREAKING-CHANGE:` footer. */
  breaking: boolean;
  /** The text of the BREAKING CHANGE footer, or null (with `!` alone the description says it). */
  breakingNote: string | null;
  /** The subject after `type(scope)!: `, without a trailing `(#123)`. (The body and its footers: splitFooters(raw.body).) */
  description: string;
  /** The pull request number from a trailing `(#123)` or a GitHub `Merge pull request #123` subject. */
  pr: number | null;
  /**
   * Two or more parents, or a subject in git's or GitHub's merge wording (`Merge pull request #…`,
   * `Merge branch '…'`, left behind by rebases). Merges are never changes of their own: the merged commits are.
   */
  isMerge: boolean;
  /** `Revert "…"` (git's own message) or a `revert:` commit. */
  isRevert: boolean;
  /** The commit a revert undoes, from `This reverts commit <sha>.` or a `Refs:` footer. */
  revertedSha?: string;
  raw: RawCommit;
}

/** Parses a raw commit. Linear, hand-written scanning: no regular expression runs over untrusted text. */
export function parseCommit(raw: RawCommit): ParsedCommit {
  const subject = raw.subject.trim();
  const header = parseHeader(subject);
  const isMerge = raw.parents.length >= 2 || isMergeSubject(subject);
  // Only a body that says BREAKING can hold a breaking note, so only such a body is split into text and
  // footers here (a revert's Refs footer aside): splitting every body of a long range was most of the parse.
  const breakingNote = raw.body.includes('BREAKING') ? breakingNoteIn(raw.body) : null;

  let description = header ? header.description : subject;
  let pr: number | null = null;
  const trailing = trailingPr(description);
  if (trailing) {
    pr = trailing.pr;
    description = trailing.rest;
  }
  if (isMerge && pr === null) pr = mergePr(subject);

  const type = header ? header.type : null;
  const gitRevert = subject.startsWith('Revert "');
  const isRevert = gitRevert || type === 'revert';
  let revertedSha: string | undefined;
  if (isRevert) revertedSha = revertTarget(raw.body) ?? refsSha(splitFooters(raw.body).footers) ?? undefined;

  const parsed: ParsedCommit = {
    sha: raw.sha,
    type,
    scope: header ? header.scope : null,
    breaking: (header?.bang ?? false) || breakingNote !== null,
    breakingNote,
    description,
    pr,
    isMerge,
    isRevert,
    raw,
  };
  if (revertedSha !== undefined) parsed.revertedSha = revertedSha;
  return parsed;
}

/** The commits with every revert whose reverted commit is also in the list removed, together with it. */
export function dropCancelledReverts(commits: ParsedCommit[]): ParsedCommit[] {
  const reverts = commits.filter((c) => c.isRevert && c.revertedSha !== undefined && c.revertedSha.length >= 7);
  if (reverts.length === 0) return commits;
  // Commits by their first 7 hex digits (the shortest id a revert names), in list order, so each revert
  // looks at its few candidates instead of scanning the whole list.
  const byPrefix = new Map<string, ParsedCommit[]>();
  for (const c of commits) {
    const key = c.sha.slice(0, 7);
    const list = byPrefix.get(key);
    if (list) list.push(c);
    else byPrefix.set(key, [c]);
  }
  const dropped = new Set<string>();
  for (const r of reverts) {
    const reverted = r.revertedSha as string;
    const target = byPrefix.get(reverted.slice(0, 7))?.find((c) => c !== r && !dropped.has(c.sha) && c.sha.startsWith(reverted));
    if (target) {
      dropped.add(target.sha);
      dropped.add(r.sha);
    }
  }
  return dropped.size === 0 ? commits : commits.filter((c) => !dropped.has(c.sha));
}

interface Header {
  type: string;
  scope: string | null;
  bang: boolean;
  description: string;
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `type(scope)!: description`, or null when the subject does not follow the convention. */
export function parseHeader(subject: string): Header | null {
  const n = subject.length;
  let i = 0;
  if (n === 0 || !isAlpha(subject.charCodeAt(0))) return null;
  while (i < n) {
    const c = subject.charCodeAt(i);
    if (isAlpha(c) || isDigit(c) || c === 45 /* - */ || c === 95 /* _ */) i++;
    else break;
  }
  const type = subject.slice(0, i).toLowerCase();
  let scope: string | null = null;
  if (subject[i] === '(') {
    const close = subject.indexOf(')', i + 1);
    if (close < 0) return null;
    const s = subject.slice(i + 1, close).trim();
    if (s.length === 0 || s.includes('(')) return null;
    scope = s;
    i = close + 1;
  }
  let bang = false;
  if (subject[i] === '!') {
    bang = true;
    i++;
  }
  if (subject[i] !== ':') return null;
  i++;
  const description = subject.slice(i).trim();
  if (description.length === 0) return null;
  return { type, scope, bang, description };
}

/** `rest (#123)` → { rest, pr: 123 }, or null. */
function trailingPr(text: string): { rest: string; pr: number } | null {
  if (!text.endsWith(')')) return null;
  const open = text.lastIndexOf('(#');
  if (open < 0) return null;
  const digits = text.slice(open + 2, text.length - 1);
  if (digits.length === 0 || digits.length > 9) return null;
  for (let k = 0; k < digits.length; k++) if (!isDigit(digits.charCodeAt(k))) return null;
  return { rest: text.slice(0, open).trimEnd(), pr: Number(digits) };
}

/** The PR number of GitHub's `Merge pull request #12 from owner/branch`, or null. */
function mergePr(subject: string): number | null {
  const prefix = 'Merge pull request #';
  if (!subject.startsWith(prefix)) return null;
  let j = prefix.length;
  while (j < subject.length && isDigit(subject.charCodeAt(j))) j++;
  return j > prefix.length && j - prefix.length <= 9 ? Number(subject.slice(prefix.length, j)) : null;
}

/** Subjects git and GitHub write for merges. */
const MERGE_SUBJECTS = ['Merge pull request #', "Merge branch '", 'Merge branches ', "Merge remote-tracking branch '", "Merge tag '"];

function isMergeSubject(subject: string): boolean {
  if (!subject.startsWith('Merge ')) return false;
  for (const p of MERGE_SUBJECTS) if (subject.startsWith(p)) return true;
  return false;
}

const BREAKING_TOKENS = ['BREAKING CHANGE', 'BREAKING-CHANGE'];

/**
 * The footer token at the start of the line text[from, to) and where (in text) its value starts, or null.
 * (Offsets, not line strings: a long history parses thousands of bodies, and a string per line is garbage.)
 */
function footerTokenAt(text: string, from: number, to: number): { token: string; valueAt: number } | null {
  for (const t of BREAKING_TOKENS) {
    if (text.startsWith(t, from) && (text.startsWith(': ', from + t.length) || text.startsWith(' #', from + t.length))) return { token: t, valueAt: from + t.length + 2 };
  }
  if (from >= to || !isAlpha(text.charCodeAt(from))) return null;
  let i = from + 1;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isAlpha(c) || isDigit(c) || c === 45) i++;
    else break;
  }
  if (text.startsWith(': ', i)) return { token: text.slice(from, i), valueAt: i + 2 };
  if (text.startsWith(' #', i)) return { token: text.slice(from, i), valueAt: i + 1 };
  return null;
}

/** Whether c is whitespace to String.prototype.trim (WhiteSpace and LineTerminator). */
function isTrimmed(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether text[from, to) is empty once trimmed. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isTrimmed(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Splits a body into text and footers: the footers are the trailing paragraphs that each start with a
 * `Token: value` or `Token #value` line; a value runs on until the next token.
 */
export function splitFooters(rawBody: string): { body: string; footers: Record<string, string[]> } {
  const text = rawBody.includes('\r') ? rawBody.replace(/\r\n?/g, '\n') : rawBody;
  if (isBlank(text, 0, text.length)) return { body: '', footers: {} };
  // Line k is text[starts[k], lineEnd(text, starts, k)); lines are split on '\n' exactly as text.split('\n') would.
  const starts: number[] = [0];
  for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) starts.push(p + 1);
  let end = starts.length;
  while (end > 0 && blankLine(text, starts, end - 1)) end--;
  // Walk paragraphs from the end while each one starts with a footer token.
  let footerStart = end;
  let i = end;
  while (i > 0) {
    let start = i;
    while (start > 0 && !blankLine(text, starts, start - 1)) start--;
    if (footerTokenAt(text, starts[start], lineEnd(text, starts, start)) === null) break;
    footerStart = start;
    i = start;
    while (i > 0 && blankLine(text, starts, i - 1)) i--;
  }
  const footers: Record<string, string[]> = {};
  if (footerStart < end) {
    // A value is the text from after its token to the end of the line before the next token (or of the footers).
    let token: string | null = null;
    let valueAt = 0;
    for (let k = footerStart; k <= end; k++) {
      const t = k < end ? footerTokenAt(text, starts[k], lineEnd(text, starts, k)) : null;
      if (k < end && t === null) continue;
      if (token !== null) (footers[token] ??= []).push(text.slice(valueAt, lineEnd(text, starts, k - 1)).trim());
      if (t !== null) {
        token = t.token;
        valueAt = t.valueAt;
      }
    }
  }
  let bodyEnd = footerStart;
  while (bodyEnd > 0 && blankLine(text, starts, bodyEnd - 1)) bodyEnd--;
  let bodyStart = 0;
  while (bodyStart < bodyEnd && blankLine(text, starts, bodyStart)) bodyStart++;
  return { body: bodyStart < bodyEnd ? text.slice(starts[bodyStart], lineEnd(text, starts, bodyEnd - 1)) : '', footers };
}

/** Where line k of text ends (its '\n', or the end of text). */
function lineEnd(text: string, starts: number[], k: number): number {
  return k + 1 < starts.length ? starts[k + 1] - 1 : text.length;
}

/** Whether line k of text is blank. */
function blankLine(text: string, starts: number[], k: number): boolean {
  return isBlank(text, starts[k], lineEnd(text, starts, k));
}

/**
 * The note of a `BREAKING CHANGE:` (or `BREAKING-CHANGE:`) footer, else of such a line inside the body (commonly
 * written there rather than as the last paragraph), or null.
 */
function breakingNoteIn(rawBody: string): string | null {
  const { body, footers } = splitFooters(rawBody);
  return footers['BREAKING CHANGE']?.[0] ?? footers['BREAKING-CHANGE']?.[0] ?? breakingInBody(body);
}

/** A `BREAKING CHANGE:` line inside the body: its text up to the end of the paragraph, or null. */
function breakingInBody(body: string): string | null {
  if (!body.includes('BREAKING')) return null;
  const lines = body.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const t = footerTokenAt(lines[k], 0, lines[k].length);
    if (t && (t.token === 'BREAKING CHANGE' || t.token === 'BREAKING-CHANGE')) {
      const parts = [lines[k].slice(t.valueAt)];
      for (let j = k + 1; j < lines.length && lines[j].trim() !== ''; j++) parts.push(lines[j]);
      return parts.join('\n').trim();
    }
  }
  return null;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** The hex run starting at `from`, or null when shorter than 7. */
function hexAt(text: string, from: number): string | null {
  let j = from;
  while (j < text.length && j - from < 64 && isHex(text.charCodeAt(j))) j++;
  return j - from >= 7 ? text.slice(from, j).toLowerCase() : null;
}

/** The SHA in git's `This reverts commit <sha>.` line, or null. */
function revertTarget(body: string): string | null {
  const marker = 'This reverts commit ';
  const at = body.indexOf(marker);
  return at < 0 ? null : hexAt(body, at + marker.length);
}

/** The first SHA in a `Refs:` footer (the Conventional Commits revert example), or null. */
function refsSha(footers: Record<string, string[]>): string | null {
  const refs = footers['Refs'] ?? footers['refs'];
  if (!refs || refs.length === 0) return null;
  const v = refs[0].trim();
  return hexAt(v, 0);
}
