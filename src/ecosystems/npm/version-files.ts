/**
 * Version file updaters for npm packages, release-please style: each is a pure `updateContent(text, version)`
 * for one file format. Only the bytes of the version strings change (indentation, key order, line endings and
 * the trailing newline stay as they were), and every result is checked with JSON.parse before it is returned.
 */
import { isDeepStrictEqual } from 'node:util';
import { ReleaseError } from '../../core/errors.js';
import type { VersionUpdater } from '../version-updater.js';
import { replaceJsonString } from './json-edit.js';

type Json = Record<string, unknown>;

function parse(text: string, file: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ReleaseError('BAD_INPUT', `${file} is not valid JSON: ${(err as Error).message}`, `Fix ${file}; npm cannot read it either.`, { location: { file } });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ReleaseError('BAD_INPUT', `${file} does not hold a JSON object.`, `Fix ${file}.`, { location: { file } });
  }
  return value as Json;
}

/** Sets each path that exists; the paths in `required` must exist. Verifies the result by parsing it. */
function setVersions(text: string, file: string, version: string, paths: string[][], required: string[][]): string {
  const expected = parse(text, file);
  let out = text;
  const set: string[][] = [];
  for (const path of paths) {
    const next = replaceJsonString(out, path, version, file);
    if (next === null) {
      if (required.some((r) => r.join('\0') === path.join('\0'))) {
        throw new ReleaseError('NO_VERSION', `${file} has no ${describePath(path)}.`, `Add ${describePath(path)} to ${file} (npm install --package-lock-only rewrites a lockfile).`, { location: { file } });
      }
      continue;
    }
    out = next;
    set.push(path);
  }
  // The edit must change exactly the intended values and nothing else.
  const after = parse(out, file);
  for (const path of set) {
    let node: Json = expected;
    for (const key of path.slice(0, -1)) node = node[key] as Json;
    node[path[path.length - 1]] = version;
  }
  if (!isDeepStrictEqual(after, expected)) {
    throw new ReleaseError('BAD_INPUT', `Setting the version in ${file} would change more than the version.`, `Check ${file} for duplicate keys.`, { location: { file } });
  }
  return out;
}

function describePath(path: string[]): string {
  return path.map((k, i) => (i === 0 ? `"${k}"` : `["${k}"]`)).join('');
}

/** `package.json`: the top-level `version`. */
export class PackageJson implements VersionUpdater {
  constructor(private readonly file = 'package.json') {}
  updateContent(text: string, version: string): string {
    return setVersions(text, this.file, version, [['version']], [['version']]);
  }
}

/**
 * `package-lock.json` / `npm-shrinkwrap.json`: the top-level `version` and `packages[""].version` of the
 * package's own lockfile, or, for a workspace package whose lockfile lives at the workspace root,
 * `packages["<workspace path>"].version` (with `workspacePath` set).
 */
export class PackageLockJson implements VersionUpdater {
  constructor(private readonly opts: { file?: string; workspacePath?: string } = {}) {}
  updateContent(text: string, version: string): string {
    const file = this.opts.file ?? 'package-lock.json';
    if (this.opts.workspacePath !== undefined) {
      const path = ['packages', this.opts.workspacePath, 'version'];
      return setVersions(text, file, version, [path], [path]);
    }
    // lockfileVersion 1 has only the top-level version; 2 and 3 have packages[""] too.
    return setVersions(text, file, version, [['version'], ['packages', '', 'version']], []);
  }
}

/** The versions a lockfile records for the package (root entry, or the workspace entry). */
export function lockVersions(text: string, file: string, workspacePath?: string): { path: string; version: unknown }[] {
  const lock = parse(text, file);
  const packages = (lock.packages ?? {}) as Record<string, Json | undefined>;
  if (workspacePath !== undefined) return [{ path: `packages["${workspacePath}"].version`, version: packages[workspacePath]?.version }];
  const out: { path: string; version: unknown }[] = [];
  if ('version' in lock) out.push({ path: 'version', version: lock.version });
  if (packages[''] && 'version' in packages['']) out.push({ path: 'packages[""].version', version: packages[''].version });
  return out;
}
