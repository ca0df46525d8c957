import { posix } from 'node:path';
import { ReleaseError } from '../../core/errors.js';
import { readTextOrNull, resolveInside } from '../../core/files.js';
import type { VersionUpdater } from '../version-updater.js';
import { assertValidPythonName, importName } from './names.js';
import * as pyproject from './pyproject.js';
import * as versionFile from './version-file.js';

/** One place a Python package's version lives, with the updater for its file format (release-please style). */
export interface VersionSource {
  /** Path relative to the repository root, POSIX separators. */
  path: string;
  /** The version this file holds now. */
  version: string;
  /** How the file was found, for messages ("[project] version", "__version__"). */
  via: string;
  /** Pure updater for this file's text. */
  updater: VersionUpdater;
}

/** Everything a pyproject.toml and the files it points at say about a package's version. */
export interface PythonVersionSources {
  name: string;
  /** Empty when the version comes from VCS tags. */
  sources: VersionSource[];
  fromVcs: boolean;
}

const PYPROJECT = 'pyproject.toml';

function rel(packageDir: string, file: string): string {
  return posix.normalize(posix.join(packageDir.split('\\').join('/'), file.split('\\').join('/')));
}

/** Candidate files for a dotted module (`pkg.about` → `src/pkg/about.py`, `pkg/about/__init__.py`, …). */
function moduleFiles(module: string, baseDirs: string[]): string[] {
  const parts = module.split('.');
  const out: string[] = [];
  for (const base of baseDirs) {
    out.push(posix.join(base, ...parts, '__init__.py'), posix.join(base, ...parts.slice(0, -1), `${parts[parts.length - 1]}.py`));
  }
  return out;
}

/**
 * Gathers every place the version of the Python package in `packageDir` (relative to `root`) lives:
 * the static fields of pyproject.toml, the file a dynamic version points at (hatch `path`, setuptools
 * `attr`, pdm `file`), and a literal `__version__` in the package's `__init__.py` / `__about__.py`
 * (src or flat layout). Nothing is written.
 */
export async function collectVersionSources(root: string, packageDir: string): Promise<PythonVersionSources> {
  const pkgRoot = resolveInside(root, packageDir, 'package-dir');
  const pyFile = rel(packageDir, PYPROJECT);
  const text = await readTextOrNull(resolveInside(pkgRoot, PYPROJECT, 'pyproject.toml'));
  if (text === null) {
    throw new ReleaseError('NO_VERSION', `${pyFile} was not found.`, 'Point input "package-dir" at the directory holding pyproject.toml (setup.py-only projects are not supported).', { location: { file: pyFile } });
  }
  const doc = pyproject.parsePyproject(text, pyFile);
  const config = pyproject.readVersionConfig(doc);
  if (!config.name) {
    throw new ReleaseError('BAD_INPUT', `${pyFile} has no [project] name.`, 'Add `name = "your-package"` under [project].', { location: { file: pyFile } });
  }
  const name = config.name;
  assertValidPythonName(name, pyFile);
  // A VCS plugin owns the version even when a placeholder (poetry-dynamic-versioning's "0.0.0") is written.
  if (config.fromVcs) return { name, sources: [], fromVcs: true };

  const sources: VersionSource[] = [];
  for (const s of config.staticVersions) {
    sources.push({
      path: pyFile,
      version: s.version,
      via: `[${s.key.slice(0, -1).join('.')}] version`,
      updater: { updateContent: (t, next) => pyproject.updateContent(t, next, { keys: [s.key], file: pyFile }) },
    });
  }

  // Files the build backend reads a dynamic version from: these must hold a literal.
  const required: { file: string; variable: string; via: string }[] = [];
  for (const p of config.versionPaths) required.push({ file: p.path, variable: '__version__', via: p.via });
  if (config.attr) {
    const bases = config.attr.packageDir !== undefined ? [config.attr.packageDir] : ['src', '.'];
    const candidates = moduleFiles(config.attr.module, bases);
    let chosen: string | undefined;
    for (const c of candidates) if ((await readTextOrNull(resolveInside(pkgRoot, c))) !== null) {
      chosen = c;
      break;
    }
    if (!chosen) {
      throw new ReleaseError(
        'NO_VERSION',
        `${pyFile} reads the version from attr "${config.attr.module}.${config.attr.variable}", but none of ${candidates.map((c) => rel(packageDir, c)).join(', ')} exists.`,
        'Fix [tool.setuptools.dynamic] version.attr, or set [tool.setuptools] package-dir.',
        { location: { file: pyFile } },
      );
    }
    required.push({ file: chosen, variable: config.attr.variable, via: '[tool.setuptools.dynamic] version.attr' });
  }
  for (const r of required) {
    const path = rel(packageDir, r.file);
    const content = await readTextOrNull(resolveInside(pkgRoot, r.file, r.via));
    const version = content === null ? null : versionFile.readVersion(content, r.variable);
    if (version === null) {
      throw new ReleaseError(
        'NO_VERSION',
        content === null ? `${path} (from ${r.via} in ${pyFile}) does not exist.` : `${path} (from ${r.via} in ${pyFile}) has no \`${r.variable} = "..."\` line.`,
        `Add \`${r.variable} = "0.1.0"\` at module level in ${path}, or fix ${r.via}.`,
        { location: { file: path } },
      );
    }
    sources.push({ path, version, via: r.via, updater: { updateContent: (t, next) => versionFile.updateContent(t, next, { variable: r.variable, file: path }) } });
  }

  // Optional: a literal __version__ kept by hand next to the metadata (the common "two files, one value").
  const mod = importName(name);
  for (const candidate of ['src', '.'].flatMap((base) => ['__init__.py', '__about__.py'].map((f) => posix.join(base, mod, f)))) {
    const path = rel(packageDir, candidate);
    if (sources.some((s) => s.path === path)) continue;
    const content = await readTextOrNull(resolveInside(pkgRoot, candidate));
    const version = content === null ? null : versionFile.readVersion(content);
    if (version !== null) sources.push({ path, version, via: '__version__', updater: { updateContent: (t, next) => versionFile.updateContent(t, next, { file: path }) } });
  }

  if (sources.length === 0) {
    throw new ReleaseError(
      'NO_VERSION',
      `No version found for ${name}: ${pyFile} has no [project] version${config.dynamic ? ' and its dynamic version source is not one release-relay can edit' : ''}.`,
      'Add `version = "0.1.0"` under [project], or configure a dynamic version ([tool.hatch.version] path, [tool.setuptools.dynamic] version.attr) or a VCS plugin (hatch-vcs, setuptools-scm).',
      { location: { file: pyFile } },
    );
  }
  const distinct = [...new Set(sources.map((s) => s.version))];
  if (distinct.length > 1) {
    throw new ReleaseError(
      'VERSION_CONFLICT',
      `The version of ${name} differs between files: ${sources.map((s) => `${s.path} (${s.via}) = ${s.version}`).join('; ')}.`,
      'Make every file hold the same current version (the one last released), commit, and run again.',
      { location: { file: sources[sources.length - 1].path } },
    );
  }
  return { name, sources, fromVcs: false };
}
