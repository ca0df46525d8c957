import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ReleaseError } from '../../core/errors.js';
import type { FileEdit } from '../../core/files.js';
import { readTextOrNull, resolveInside } from '../../core/files.js';
import { getScheme } from '../../versioning/scheme.js';
import type { DocsReplacement } from '../docs.js';
import { shieldsEscape } from '../python/docs-replacements.js';
import type { EcosystemAdapter, PackageInfo } from '../types.js';
import { planVersionEdits, type VersionUpdater } from '../version-updater.js';
import { lockVersions, PackageJson, PackageLockJson } from './version-files.js';
import { pathExists } from '../../core/files.js';
import { branchMatches, readProjectReleaseConfig, readReleasePlease, ReleasePleaseManifest } from './release-config.js';


/** True when `dir` holds a package.json (the registry tries python first, so pyproject.toml wins in a mixed directory). */
export async function detectNpm(dir: string): Promise<boolean> {
  return pathExists(join(dir, 'package.json'));
}

/** One file that holds the version, with the updater that rewrites it. */
export interface NpmVersionFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  updater: VersionUpdater;
  /** The version the file records now (unknown for a lockfile entry without one). */
  version: unknown;
  /** Where in the file, for messages. */
  where: string;
}

const posix = (p: string): string => p.split(sep).join('/');

/**
 * Finds the package's name, version and version files: `package.json`, its own `npm-shrinkwrap.json` /
 * `package-lock.json`, or (for a workspace package without its own) the workspace root's lockfile entry
 * `packages["<dir>"]`, found by walking up towards `root`.
 */
export async function collectNpmVersionFiles(root: string, packageDir: string): Promise<{ name: string; version: string; files: NpmVersionFile[] }> {
  const dir = resolveInside(root, packageDir, 'package-dir');
  const manifestPath = posix(relative(root, join(dir, 'package.json')));
  const text = await readTextOrNull(join(dir, 'package.json'));
  if (text === null) throw new ReleaseError('NO_VERSION', `There is no package.json in ${packageDir}.`, 'Point input "package-dir" at the directory with package.json.');
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw new ReleaseError('BAD_INPUT', `${manifestPath} is not valid JSON: ${(err as Error).message}`, `Fix ${manifestPath}.`, { location: { file: manifestPath } });
  }
  if (typeof manifest.name !== 'string' || !manifest.name) {
    throw new ReleaseError('BAD_INPUT', `${manifestPath} has no "name".`, 'A published npm package needs a name; add "name" to package.json.', { location: { file: manifestPath } });
  }
  // npm's own rules (validate-npm-package-name): URL-safe, at most 214 characters, no leading dot or underscore.
  if (manifest.name.length > 214 || !/^(?:@[a-z0-9-*~][a-z0-9-*._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(manifest.name)) {
    throw new ReleaseError('BAD_INPUT', `${manifestPath} names the package ${JSON.stringify(manifest.name)}, which npm does not accept.`, 'Use a valid npm name: lower-case letters, digits, "-", ".", "_" and "~", optionally under a @scope/ (e.g. "@acme/widget").', { location: { file: manifestPath } });
  }
  if (typeof manifest.version !== 'string' || !manifest.version) {
    throw new ReleaseError('NO_VERSION', `${manifestPath} has no "version".`, 'Add "version": "0.1.0" (or the current version) to package.json.', { location: { file: manifestPath } });
  }
  // semantic-release repositories often keep a placeholder and take the version from the last tag.
  if (/^0\.0\.0-(development|semantically-released|semantic-release|dev)$/.test(manifest.version)) {
    throw new ReleaseError('NO_VERSION', `${manifestPath} holds the placeholder version "${manifest.version}" (the version lived in git tags).`, `Set "version" in ${manifestPath} to the last released version (your latest release tag, e.g. \`git describe --tags --abbrev=0\`), commit it, then release: release-relay keeps the version in package.json.`, { location: { file: manifestPath } });
  }
  const version = getScheme('semver').normalize(manifest.version, manifestPath);
  const files: NpmVersionFile[] = [{ path: manifestPath, updater: new PackageJson(manifestPath), version: manifest.version, where: '"version"' }];

  const own: string[] = [];
  for (const lock of ['npm-shrinkwrap.json', 'package-lock.json']) if (await pathExists(join(dir, lock))) own.push(lock);
  for (const lock of own) {
    const path = posix(relative(root, join(dir, lock)));
    const lockText = await readFile(join(dir, lock), 'utf8');
    // One updater per file: a lockfile records the version several times but is rewritten in one pass.
    const updater = new PackageLockJson({ file: path });
    for (const v of lockVersions(lockText, path)) files.push({ path, updater, version: v.version, where: v.path });
  }
  if (!own.length) {
    // A workspace package: the lockfile is at the workspace root, with an entry keyed by the package's path.
    const top = resolve(root);
    for (let up = dir; up !== top && dirname(up) !== up; ) {
      up = dirname(up);
      const lockFile = join(up, 'package-lock.json');
      if (!(await pathExists(lockFile))) continue;
      const path = posix(relative(root, lockFile));
      const workspacePath = posix(relative(up, dir));
      const entry = lockVersions(await readFile(lockFile, 'utf8'), path, workspacePath)[0];
      if (entry.version !== undefined) files.push({ path, updater: new PackageLockJson({ file: path, workspacePath }), version: entry.version, where: entry.path });
      break;
    }
  }
  // release-please keeps the version in its manifest too: it is a version file like the lockfile.
  const releasePlease = await readReleasePlease(root, packageDir, manifest.name);
  if (releasePlease?.version !== undefined) {
    files.push({ path: releasePlease.manifestFile, updater: new ReleasePleaseManifest(releasePlease.key, releasePlease.manifestFile), version: releasePlease.version, where: `"${releasePlease.key}"` });
  }
  for (const f of files) {
    if (f.version !== manifest.version) {
      throw new ReleaseError(
        'VERSION_CONFLICT',
        `${f.path} ${f.where} is ${JSON.stringify(f.version)} but ${manifestPath} says ${manifest.version}.`,
        f.updater instanceof ReleasePleaseManifest ? `Set ${f.where} in ${f.path} to "${manifest.version}" (the version package.json holds), commit it, then release.` : `Bring the lockfile in line (npm install --package-lock-only in ${dirname(f.path) || '.'}), commit it, then release.`,
        { location: { file: f.path } },
      );
    }
  }
  return { name: manifest.name, version, files };
}

/** Reads an npm package's name, version (SemVer) and the files that hold it. Throws NO_VERSION, VERSION_CONFLICT, BAD_VERSION, BAD_INPUT. */
export async function readNpmPackage(root: string, packageDir: string): Promise<PackageInfo> {
  const found = await collectNpmVersionFiles(root, packageDir);
  return { name: found.name, version: found.version, scheme: 'semver', versionFiles: [...new Set(found.files.map((f) => f.path))] };
}

/** Plans the edits that set package.json and the lockfile(s) to `next`; files are read again now. Nothing is written. */
export async function planNpmVersionEdits(root: string, packageDir: string, info: PackageInfo, next: string): Promise<FileEdit[]> {
  return planVersionEdits(root, info, (await collectNpmVersionFiles(root, packageDir)).files, next);
}

/**
 * Literal pairs that move npm docs from `previous` to `next`: pinned installs (`npm install name@prev`,
 * `npm i name@prev`, and `name@prev` as yarn/pnpm write it) and static shields.io badges (`npm-v1.2.0-`).
 * Scoped names (`@scope/pkg@1.2.0`) work as written. Longest pairs come first.
 */
export function npmDocsReplacements(name: string, previous: string, next: string): DocsReplacement[] {
  const pairs: DocsReplacement[] = [
    { from: `npm install ${name}@${previous}`, to: `npm install ${name}@${next}` },
    { from: `npm i ${name}@${previous}`, to: `npm i ${name}@${next}` },
    { from: `${name}@${previous}`, to: `${name}@${next}` },
  ];
  const prev = shieldsEscape(previous);
  const nxt = shieldsEscape(next);
  for (const label of ['version', 'npm']) {
    pairs.push({ from: `${label}-v${prev}-`, to: `${label}-v${nxt}-` });
    pairs.push({ from: `${label}-${prev}-`, to: `${label}-${nxt}-` });
  }
  return pairs;
}

/**
 * The npm ecosystem: package.json + lockfiles. Its npm pack, clean install, npm publish and packument members
 * live in pipeline.ts, loaded by getFullAdapter.
 */
export const npmAdapter: EcosystemAdapter = {
  name: 'npm',
  detect: detectNpm,
  readPackage: readNpmPackage,
  planVersionEdits: planNpmVersionEdits,
  docsReplacements: npmDocsReplacements,
  installCommand: (name, version) => `npm install ${name}@${version}`,
  releaseConfig: (root, packageDir, info) => readProjectReleaseConfig(root, packageDir, info.name),
  isReleaseBranch: (branch, config) => branchMatches(branch, config.branches ?? []),
};
