import { readdir } from 'node:fs/promises';
import { posix } from 'node:path';
import { resolveInside } from '../core/files.js';

/** Base names of changelogs, in the order they are preferred when a directory holds several. */
const NAMES = ['changelog', 'changes', 'history', 'news', 'releases', 'release-notes', 'release_notes'];
/** Extensions, in order of preference. */
const EXTS = ['.md', '.rst', '', '.txt', '.markdown'];
/** Names only taken under docs/ (`docs/versions.rst` is a common Sphinx page). */
const DOCS_ONLY = ['versions', 'whatsnew'];

/** Where the changelog is, and how it was chosen. */
export interface ChangelogLocation {
  /** Path relative to the package directory, POSIX separators. */
  path: string;
  /** Whether the file exists now. */
  exists: boolean;
  /** `input "changelog-file"`, `[tool.semantic_release]`, `found`, or `new`. */
  from: string;
}

async function entries(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    return [];
  }
}

function rank(file: string, names: readonly string[]): number {
  const lower = file.toLowerCase();
  for (let n = 0; n < names.length; n++) {
    for (let e = 0; e < EXTS.length; e++) if (lower === names[n] + EXTS[e]) return n * EXTS.length + e;
  }
  return -1;
}

/**
 * Finds the project's existing changelog: the explicit path when given (`changelog-file`, or the file a
 * release tool is configured to write), else the first of CHANGELOG, CHANGES, HISTORY, NEWS, RELEASES (with
 * .md, .rst, no extension, .txt; any case) in the package directory, then in docs/ (where `versions` and
 * `whatsnew` pages count too). None found: `CHANGELOG.md`, to be created. One changelog only, ever.
 */
export async function locateChangelog(root: string, packageDir: string, explicit?: { path: string; from: string }): Promise<ChangelogLocation> {
  const dir = resolveInside(root, packageDir, 'package-dir');
  if (explicit) {
    const path = posix.normalize(explicit.path.split('\\').join('/'));
    resolveInside(dir, path, 'changelog-file');
    const parent = posix.dirname(path);
    const here = await entries(resolveInside(dir, parent, 'changelog-file'));
    return { path, exists: here.includes(posix.basename(path)), from: explicit.from };
  }
  for (const [sub, names] of [['', NAMES], ['docs', [...NAMES, ...DOCS_ONLY]]] as const) {
    const files = await entries(sub ? resolveInside(dir, sub) : dir);
    const best = files.map((f) => ({ f, r: rank(f, names) })).filter((x) => x.r >= 0).sort((a, b) => a.r - b.r)[0];
    if (best) return { path: sub ? `${sub}/${best.f}` : best.f, exists: true, from: 'found' };
  }
  return { path: 'CHANGELOG.md', exists: false, from: 'new' };
}
