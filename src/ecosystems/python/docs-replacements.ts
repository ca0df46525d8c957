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
  const names = [...new Set([name, normalizeName(name)])];
  const pairs: DocsReplacement[] = [];
  for (const n of names) {
    pairs.push({ from: `pip install "${n}==${previous}"`, to: `pip install "${n}==${next}"` });
    pairs.push({ from: `pip install '${n}==${previous}'`, to: `pip install '${n}==${next}'` });
    pairs.push({ from: `pip install ${n}==${previous}`, to: `pip install ${n}==${next}` });
    pairs.push({ from: `${n}==${previous}`, to: `${n}==${next}` });
  }
  const prev = shieldsEscape(previous);
  const nxt = shieldsEscape(next);
  for (const label of ['version', 'pypi']) {
    pairs.push({ from: `${label}-v${prev}-`, to: `${label}-v${nxt}-` });
    pairs.push({ from: `${label}-${prev}-`, to: `${label}-${nxt}-` });
  }
  return pairs;
}
