import { ReleaseError } from '../../core/errors.js';

/** One module-level `__version__ = "..."` assignment: the content span between its quotes and its line. */
export interface VersionAssignment {
  start: number;
  end: number;
  line: number;
  value: string;
}

const ASSIGNMENT_PREFIX = /^(\s*)([A-Za-z_][A-Za-z0-9_]*)\s*(?::\s*(?:str|typing\.Final|Final(?:\[str\])?)\s*)?=\s*(['"])/;

/**
 * Finds the module-level string assignments to `variable` (`__version__ = "1.2.3"`, `__version__: str = '1.2.3'`).
 * Lines inside triple-quoted strings (docstrings) and indented lines are ignored; values that are not a plain
 * one-line string literal (`version("pkg")`, f-strings, concatenations) are not matched.
 */
export function findVersionAssignments(text: string, variable = '__version__'): VersionAssignment[] {
  const found: VersionAssignment[] = [];
  let offset = 0;
  let inTriple: string | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineStart = offset;
    offset += line.length + 1;
    if (inTriple) {
      if (line.includes(inTriple)) inTriple = countOpen(line.slice(line.indexOf(inTriple) + 3));
      continue;
    }
    const m = ASSIGNMENT_PREFIX.exec(line);
    if (m && m[1] === '' && m[2] === variable) {
      const quote = m[3];
      const contentStart = m[0].length;
      const close = line.indexOf(quote, contentStart);
      // A plain literal: closed on this line, no escapes, nothing but a comment after it.
      const rest = close >= 0 ? line.slice(close + 1) : '';
      if (close >= 0 && !line.slice(contentStart, close).includes('\\') && /^\s*(#.*)?\r?$/.test(rest) && !line.startsWith(quote.repeat(3), contentStart - 1)) {
        found.push({ start: lineStart + contentStart, end: lineStart + close, line: i + 1, value: line.slice(contentStart, close) });
        continue;
      }
    }
    inTriple = countOpen(line);
  }
  return found;
}

/** The triple quote left open at the end of `line`, if any (a rough count that suffices for docstrings). */
function countOpen(line: string): string | null {
  let open: string | null = null;
  let i = 0;
  while (i < line.length) {
    if (open === null && line[i] === '#') return null;
    const three = line.slice(i, i + 3);
    if (three === '"""' || three === "'''") {
      if (open === null) open = three;
      else if (open === three) open = null;
      i += 3;
    } else i++;
  }
  return open;
}

/** The version a Python file assigns to `variable`, or null when it has no plain literal assignment. */
export function readVersion(text: string, variable = '__version__'): string | null {
  return findVersionAssignments(text, variable)[0]?.value ?? null;
}

/**
 * The Python version-file updater: rewrites the literal of every module-level `__version__` assignment to
 * `version`, keeping quotes, annotation, spacing and comments. `file` names the file in errors.
 */
export function updateContent(text: string, version: string, options: { variable?: string; file?: string } = {}): string {
  const variable = options.variable ?? '__version__';
  const file = options.file ?? 'the version file';
  if (!/^[A-Za-z0-9.+!_-]+$/.test(version)) {
    throw new ReleaseError('BAD_VERSION', `Version "${version}" cannot be written to ${file}.`, 'Use a PEP 440 version such as 1.2.0 or 1.2.0rc1.');
  }
  const found = findVersionAssignments(text, variable);
  if (found.length === 0) {
    throw new ReleaseError('NO_VERSION', `${file} has no \`${variable} = "..."\` line to update.`, `Add \`${variable} = "x.y.z"\` at module level in ${file}.`, { location: { file } });
  }
  let after = text;
  for (const a of [...found].sort((x, y) => y.start - x.start)) after = after.slice(0, a.start) + version + after.slice(a.end);
  return after;
}
