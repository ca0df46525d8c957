import { join, posix } from 'node:path';
import { readTextOrNull, resolveInside, type FileEdit } from '../../core/files.js';
import type { EcosystemAdapter, PackageInfo } from '../types.js';
import { pythonDocsReplacements } from './docs-replacements.js';
import { LOCK_FILES, updateLockContent } from './lock-files.js';
import { planVersionEdits } from '../version-updater.js';
import { readPythonReleaseConventions } from './release-config.js';
import { collectVersionSources } from './version-sources.js';
import { pathExists } from '../../core/files.js';

export { normalizeName, importName } from './names.js';

const MARKERS = ['pyproject.toml', 'setup.py', 'setup.cfg'];


/** True when `dir` holds pyproject.toml, setup.py or setup.cfg. */
export async function detectPython(dir: string): Promise<boolean> {
  for (const m of MARKERS) if (await pathExists(join(dir, m))) return true;
  return false;
}

/**
 * Reads a Python package's name, current version and the files that hold it. A VCS-derived version
 * (setuptools-scm, hatch-vcs, pdm scm, poetry-dynamic-versioning, versioningit) is not refused here: it comes
 * back as `versionFromVcs: true` with no version files and an empty `version`, and the stage decides (the
 * last release tag is the current version; no file is edited). Throws NO_VERSION, VERSION_CONFLICT, BAD_TOML.
 */
export async function readPythonPackage(root: string, packageDir: string): Promise<PackageInfo> {
  const found = await collectVersionSources(root, packageDir);
  const base = { name: found.name, scheme: 'pep440' as const, versionSource: found.description, warnings: found.warnings };
  if (found.fromVcs) return { ...base, version: '', versionFiles: [], versionFromVcs: true, vcsTool: found.vcsTool };
  const version = found.sources.find((s) => s.version !== undefined)?.version as string;
  const locks = await lockEdits(root, packageDir, found.name, version, `${version}.post999`);
  return { ...base, version, versionFiles: [...new Set([...found.sources.map((s) => s.path), ...locks.map((e) => e.path)])] };
}

/** Edits of the lock files (uv.lock, pdm.lock in the package directory or the repository root) that list the project at `current`. */
async function lockEdits(root: string, packageDir: string, name: string, current: string, next: string): Promise<FileEdit[]> {
  const edits: FileEdit[] = [];
  const dirs = [...new Set([posix.normalize(packageDir.split('\\').join('/')), '.'])];
  for (const dir of dirs) {
    for (const lock of LOCK_FILES) {
      const path = dir === '.' ? lock : posix.join(dir, lock);
      const before = await readTextOrNull(resolveInside(root, path));
      if (before === null) continue;
      const after = updateLockContent(before, name, current, next, path);
      if (after !== before) edits.push({ path, before, after });
    }
  }
  return edits;
}

/**
 * Plans the edits that set every version file of the package to `next` (paths relative to `root`). Files are
 * read again now, so each edit's `before` is what applyEdits will check. Pattern rules (commitizen
 * `version_files`, bump-my-version search/replace) run before the structured updaters on the same file, as
 * they look for the current version. Nothing is written. A VCS-versioned package gets no edits.
 */
export async function planPythonVersionEdits(root: string, packageDir: string, info: PackageInfo, next: string): Promise<FileEdit[]> {
  if (info.versionFromVcs) return [];
  const found = await collectVersionSources(root, packageDir);
  const current = found.sources.find((s) => s.version !== undefined)?.version as string;
  // Pattern rules (no stated version) first: they look for the current version, which the others replace.
  const ordered = [...found.sources].sort((a, b) => Number(a.version !== undefined) - Number(b.version !== undefined));
  const locations = ordered.map((s) => ({ path: s.path, updater: { updateContent: (t: string, next: string) => s.update(t, next, current) } }));
  const edits = await planVersionEdits(root, info, locations, next);
  for (const e of await lockEdits(root, packageDir, found.name, current, next)) if (!edits.some((x) => x.path === e.path)) edits.push(e);
  return edits;
}

/**
 * The Python ecosystem: pyproject.toml (PEP 621, Poetry, hatch, setuptools, pdm) and `__version__` files. Its
 * build, install-check, publish and verify members live in pipeline.ts, loaded by getFullAdapter.
 */
export const pythonAdapter: EcosystemAdapter = {
  name: 'python',
  detect: detectPython,
  readPackage: readPythonPackage,
  planVersionEdits: planPythonVersionEdits,
  docsReplacements: pythonDocsReplacements,
  installCommand: (name, version) => `pip install ${name}==${version}`,
  releaseConventions: readPythonReleaseConventions,
};
