import { ReleaseError } from '../core/errors.js';
import { readTextOrNull, resolveInside, type FileEdit } from '../core/files.js';
import type { PackageInfo } from './types.js';

/**
 * One file format's version updater, as in release-please: a pure function of the file's text that sets
 * the version, keeping everything else byte for byte; it throws when the file does not hold what it should.
 * npm's PackageJson / PackageLockJson and Python's pyproject.toml and `__version__` updaters implement it.
 */
export interface VersionUpdater {
  /** The text with the version set to `version`. */
  updateContent(text: string, version: string): string;
}

/** One place a package's version lives: the file and the updater for what it holds there. */
export interface VersionLocation {
  /** Path relative to the repository root, POSIX separators. */
  path: string;
  updater: VersionUpdater;
}

/**
 * Plans the edits that set every version location to `next` (paths relative to `root`), for any
 * ecosystem: each file is read again now, so an edit's `before` is what applyEdits will check, and each
 * distinct updater of a file is applied in turn (pyproject.toml with both [project] and [tool.poetry]
 * versions). Refuses a file that was not among `info.versionFiles` (the tree changed since it was read) or
 * that has gone. Nothing is written.
 */
export async function planVersionEdits(root: string, info: PackageInfo, locations: VersionLocation[], next: string): Promise<FileEdit[]> {
  const edits: FileEdit[] = [];
  for (const path of [...new Set(locations.map((l) => l.path))]) {
    if (!info.versionFiles.includes(path)) {
      throw new ReleaseError('VERSION_CONFLICT', `${path} holds the version but was not among the files read earlier (${info.versionFiles.join(', ')}).`, 'Re-run the stage on an unchanged working tree.');
    }
    const before = await readTextOrNull(resolveInside(root, path));
    if (before === null) throw new ReleaseError('NO_VERSION', `${path} disappeared while the release was being prepared.`, 'Re-run the stage on an unchanged working tree.');
    let after = before;
    for (const updater of new Set(locations.filter((l) => l.path === path).map((l) => l.updater))) after = updater.updateContent(after, next);
    edits.push({ path, before, after });
  }
  return edits;
}
