import { join } from 'node:path';
import type { FileEdit } from '../../core/files.js';
import type { FullEcosystemAdapter, PackageInfo } from '../types.js';
import { pythonDocsReplacements } from './docs-replacements.js';
import { pythonPipeline } from './pipeline.js';
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
 * (setuptools-scm, hatch-vcs, pdm scm, poetry-dynamic-versioning) is not refused here: it comes back as
 * `versionFromVcs: true` with no version files and an empty `version`, and the stage decides (the tag is
 * the version; no file is edited). Throws NO_VERSION, VERSION_CONFLICT, BAD_TOML.
 */
export async function readPythonPackage(root: string, packageDir: string): Promise<PackageInfo> {
  const found = await collectVersionSources(root, packageDir);
  if (found.fromVcs) return { name: found.name, version: '', scheme: 'pep440', versionFiles: [], versionFromVcs: true };
  return {
    name: found.name,
    version: found.sources[0].version,
    scheme: 'pep440',
    versionFiles: [...new Set(found.sources.map((s) => s.path))],
  };
}

/**
 * Plans the edits that set every version file of the package to `next` (paths relative to `root`). Files are
 * read again now, so each edit's `before` is what applyEdits will check. Nothing is written. A VCS-versioned
 * package gets no edits.
 */
export async function planPythonVersionEdits(root: string, packageDir: string, info: PackageInfo, next: string): Promise<FileEdit[]> {
  if (info.versionFromVcs) return [];
  return planVersionEdits(root, info, (await collectVersionSources(root, packageDir)).sources, next);
}

/** The Python ecosystem: pyproject.toml (PEP 621, Poetry, hatch, setuptools, pdm) and `__version__` files. */
export const pythonAdapter: FullEcosystemAdapter = {
  ...pythonPipeline,
  name: 'python',
  detect: detectPython,
  readPackage: readPythonPackage,
  planVersionEdits: planPythonVersionEdits,
  docsReplacements: pythonDocsReplacements,
  releaseConventions: readPythonReleaseConventions,
};
