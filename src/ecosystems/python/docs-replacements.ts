import type { DocsReplacement } from '../docs.js';
import { normalizeName } from './names.js';

/** A version as shields.io static badges spell it: `-` doubles to `--`, `_` to `__`, a space becomes `_`. */
export function shieldsEscape(text: string): string {
  return text.replace(/-/g, '--').replace(/_/g, '__').replace(/ /g, '_');
}

/**
 * Literal replacement pairs that move Python docs from `previous` to `next`: pinned installs and requirements
 * (`pip install name==prev`, `"name==prev"`, under the name as written and PEP 503 normalized) and static
 * shields.io badges (`/badge/version-1.2.0-blue`, `pypi-v1.2.0-`). Dynamic badges (`/pypi/v/name`) hold no
 * version and need nothing. Longest pairs come first.
 */
export function pythonDocsReplacements(name: string, previous: string, next: string): DocsReplacement[] {
  // Every spelling PEP 503 treats as this project: any case, and `-`, `_` or `.` between the parts
  // (matched case-insensitively, so `Relay_Example` keeps its spelling and only the version changes).
  const normalized = normalizeName(name);
  const names = [...new Set([normalized, normalized.replace(/-/g, '_'), normalized.replace(/-/g, '.')])];
  const pairs: DocsReplacement[] = [];
  for (const n of names) {
    pairs.push({ from: `pip install "${n}==${previous}"`, to: `pip install "${n}==${next}"`, ignoreCase: true });
    pairs.push({ from: `pip install '${n}==${previous}'`, to: `pip install '${n}==${next}'`, ignoreCase: true });
    pairs.push({ from: `pip install ${n}==${previous}`, to: `pip install ${n}==${next}`, ignoreCase: true });
    pairs.push({ from: `${n}==${previous}`, to: `${n}==${next}`, ignoreCase: true });
  }
  const prev = shieldsEscape(previous);
  const nxt = shieldsEscape(next);
  for (const label of ['version', 'pypi']) {
    pairs.push({ from: `${label}-v${prev}-`, to: `${label}-v${nxt}-` });
    pairs.push({ from: `${label}-${prev}-`, to: `${label}-${nxt}-` });
  }
  return pairs;
}
