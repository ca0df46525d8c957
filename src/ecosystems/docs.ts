import { ReleaseError } from '../core/errors.js';
import type { FileEdit } from '../core/files.js';
import { readTextOrNull, resolveInside } from '../core/files.js';

/** One literal replacement in documentation: every bounded occurrence of `from` becomes `to`. */
export interface DocsReplacement {
  from: string;
  to: string;
  /**
   * Match `from` ignoring case; the matched text keeps its own spelling up to where `from` and `to` start to
   * differ (a project name as the docs write it), and only the rest becomes `to`'s. Defaults to false.
   */
  ignoreCase?: boolean;
}

const WORD = /[A-Za-z0-9]/;

/**
 * Whether the match of `from` at `index` stands alone: when `from` starts with a name character, the character
 * before must not extend the name (`other-relay==1.0` is not `relay==1.0`); when it ends with one, the text after
 * must not extend the version (`1.0.post1`, `1.0rc1`, `1.0+local`), while a sentence's full stop is fine.
 */
function isBounded(text: string, index: number, from: string): boolean {
  if (WORD.test(from[0])) {
    const before = text[index - 1] ?? '';
    if (WORD.test(before) || ((before === '-' || before === '_' || before === '.') && WORD.test(text[index - 2] ?? ''))) return false;
  }
  if (WORD.test(from[from.length - 1])) {
    const after = text[index + from.length] ?? '';
    const next = text[index + from.length + 1] ?? '';
    if (WORD.test(after) || after === '+' || after === '!') return false;
    if ((after === '.' || after === '-' || after === '_') && WORD.test(next)) return false;
  }
  // In a shields.io badge `--` is an escaped dash: `version-1.2.0-` must not match inside `version-1.2.0--rc1-`.
  if (from.endsWith('-') && text[index + from.length] === '-') return false;
  return true;
}

/** Replaces every bounded occurrence of the literal `from` with `to` (no regular expression is built). */
export function replaceLiteral(text: string, from: string, to: string, options: { ignoreCase?: boolean } = {}): { text: string; count: number } {
  if (from === '' || from === to) return { text, count: 0 };
  // Lower-casing keeps lengths for the ASCII of names and versions; anything else is matched exactly.
  const fold = options.ignoreCase && text.toLowerCase().length === text.length;
  const haystack = fold ? text.toLowerCase() : text;
  const needle = fold ? from.toLowerCase() : from;
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  let out = '';
  let count = 0;
  let pos = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    if (i < pos || !isBounded(text, i, from)) continue;
    out += text.slice(pos, i) + (fold ? text.slice(i, i + common) + to.slice(common) : to);
    pos = i + from.length;
    count++;
  }
  return { text: out + text.slice(pos), count };
}

/**
 * Plans literal replacements (install snippets, badges) in documentation files given relative to `root`.
 * Paths escaping `root` are refused (PATH_ESCAPE); a missing file is a BAD_INPUT error. Replacements apply in
 * order. Returns the edits (only for files that change) and how many replacements each file got. Nothing is written.
 */
export async function planDocsEdits(
  root: string,
  files: string[],
  replacements: DocsReplacement[],
): Promise<{ edits: FileEdit[]; changed: { file: string; count: number }[] }> {
  const edits: FileEdit[] = [];
  const changed: { file: string; count: number }[] = [];
  for (const file of [...new Set(files)]) {
    const full = resolveInside(root, file, 'docs-files');
    const before = await readTextOrNull(full);
    if (before === null) {
      throw new ReleaseError('BAD_INPUT', `Docs file ${file} (input "docs-files") does not exist.`, 'List existing files, relative to the repository root, in input "docs-files".', { location: { file } });
    }
    let after = before;
    let count = 0;
    for (const r of replacements) {
      const res = replaceLiteral(after, r.from, r.to, { ignoreCase: r.ignoreCase });
      after = res.text;
      count += res.count;
    }
    if (count > 0 && after !== before) {
      edits.push({ path: file, before, after });
      changed.push({ file, count });
    }
  }
  return { edits, changed };
}
