import { readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { ReleaseError } from '../../core/errors.js';
import { readTextOrNull, resolveInside } from '../../core/files.js';
import { iniValue, parseIni, setIniValue } from './ini-file.js';
import { assertValidPythonName, importName, normalizeName } from './names.js';
import * as pyproject from './pyproject.js';
import { readReleaseToolConfig } from './release-tools.js';
import * as versionFile from './version-file.js';
import { escapeRegExp } from './version-patterns.js';

/**
 * The kinds of version source, in the order they are looked for (documented in the README's "Supported
 * project layouts"). A VCS plugin wins outright (no file is edited); otherwise every source found is
 * edited and all must agree on the current version.
 */
export type VersionSourceKind = 'vcs' | 'static' | 'dynamic-file' | 'release-tool' | 'module';

/** One place a Python package's version lives, with the updater for its file format (release-please style). */
export interface VersionSource {
  /** Path relative to the repository root, POSIX separators. */
  path: string;
  /** The version this file states; undefined for pattern rules that only follow the current version. */
  version?: string;
  /** How the file was found, for messages ("[project] version", "__version__"). */
  via: string;
  kind: VersionSourceKind;
  /** Pure updater for this file's text; `current` is the version being replaced. */
  update(text: string, next: string, current: string): string;
}

/** Everything a project's configuration says about its version. */
export interface PythonVersionSources {
  name: string;
  /** Empty when the version comes from VCS tags. */
  sources: VersionSource[];
  fromVcs: boolean;
  /** The tag-versioning plugin when fromVcs (hatch-vcs, setuptools-scm, …). */
  vcsTool?: string;
  /** One line naming where the version comes from, for the job summary and the context. */
  description: string;
  /** Things the maintainer should know (stale `__version__` literals no configuration names, …). */
  warnings: string[];
}

const PYPROJECT = 'pyproject.toml';
const SKIP_DIRS = new Set(['.git', '.tox', '.nox', '.venv', 'venv', 'node_modules', 'build', 'dist', '__pycache__', 'tests', 'test', 'docs', '.eggs']);

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

/** hatch's `pattern` (a Python regex with a `version` group) as a JS RegExp. */
function hatchPattern(pattern: string | undefined): RegExp | undefined {
  if (!pattern) return undefined;
  let src = pattern.replace(/\(\?P<version>/g, '(?<version>');
  let flags = 'm';
  const inline = /^\(\?([a-z]+)\)/.exec(src);
  if (inline) {
    src = src.slice(inline[0].length);
    if (inline[1].includes('i')) flags += 'i';
  }
  return new RegExp(src, flags);
}

interface Required {
  file: string;
  via: string;
  read(text: string): string | null;
  update(text: string, next: string): string;
}

function pyVariable(file: string, variable: string, via: string): Required {
  return { file, via, read: (t) => versionFile.readVersion(t, variable), update: (t, next) => versionFile.updateContent(t, next, { variable, file }) };
}

/** hatch's default: `__version__ = "…"` or `VERSION = "…"`; or the configured pattern. */
function hatchFile(file: string, via: string, pattern?: string): Required {
  const re = hatchPattern(pattern);
  if (!re) {
    return {
      file,
      via,
      read: (t) => versionFile.readVersion(t) ?? versionFile.readVersion(t, 'VERSION'),
      update: (t, next) => versionFile.updateContent(t, next, { variable: versionFile.readVersion(t) !== null ? '__version__' : 'VERSION', file }),
    };
  }
  return {
    file,
    via: `${via} (pattern)`,
    read: (t) => re.exec(t)?.groups?.version ?? null,
    update: (t, next) => {
      const m = re.exec(t);
      const v = m?.groups?.version;
      if (!m || v === undefined) throw new ReleaseError('NO_VERSION', `${file} no longer matches [tool.hatch.version] pattern.`, 'Fix the pattern or the file.', { location: { file } });
      const at = m.index + m[0].indexOf(v);
      return t.slice(0, at) + next + t.slice(at + v.length);
    },
  };
}

/** A file whose whole content is the version (setuptools `file:`). */
function plainFile(file: string, via: string): Required {
  return {
    file,
    via,
    read: (t) => t.trim() || null,
    update: (t, next) => t.replace(new RegExp(escapeRegExp(t.trim())), next),
  };
}

const SETUP_PY_VERSION = /\bversion\s*=\s*(["'])([0-9][A-Za-z0-9.+!_-]*)\1/g;

/** setup.py's `name="…"`, a literal `version="…"` (when there is exactly one) and `use_scm_version`, read without running it. */
function readSetupPy(text: string): { name?: string; version?: string; scm: boolean } {
  const name = /\bname\s*=\s*["']([A-Za-z0-9][A-Za-z0-9._-]*)["']/.exec(text)?.[1];
  const versions = [...text.matchAll(SETUP_PY_VERSION)];
  return { name, version: versions.length === 1 ? versions[0][2] : undefined, scm: /\buse_scm_version\s*=/.test(text) || /setuptools[-_]scm/.test(text) };
}

/**
 * Gathers every place the version of the Python package in `packageDir` (relative to `root`) lives, in this
 * order: a VCS plugin (hatch-vcs, setuptools-scm, pdm-backend scm, poetry-dynamic-versioning, versioningit,
 * commitizen's scm provider), which wins and means no file is edited; then the static fields
 * (`[project] version`, `[tool.poetry] version`, setup.cfg `[metadata] version`); the file a dynamic version
 * is read from (hatch `path`, setuptools `attr:`/`file:`, pdm `file`, flit's module `__version__`); the
 * release tools' declared files (commitizen, python-semantic-release, bump-my-version / bumpversion); and a
 * literal `__version__` in the package's `__init__.py` / `__about__.py`. Nothing is written.
 */
export async function collectVersionSources(root: string, packageDir: string): Promise<PythonVersionSources> {
  const pkgRoot = resolveInside(root, packageDir, 'package-dir');
  const read = (f: string): Promise<string | null> => readTextOrNull(resolveInside(pkgRoot, f, 'a version file'));
  const pyFile = rel(packageDir, PYPROJECT);
  const text = await read(PYPROJECT);
  const cfgText = await read('setup.cfg');
  const setupPy = await read('setup.py');
  if (text === null && cfgText === null && setupPy === null) {
    throw new ReleaseError('NO_VERSION', `${pyFile} was not found.`, 'Point input "package-dir" at the directory holding pyproject.toml (or setup.cfg).', { location: { file: pyFile } });
  }
  const doc = text === null ? null : pyproject.parsePyproject(text, pyFile);
  const config = doc ? pyproject.readVersionConfig(doc) : undefined;
  const cfg = cfgText === null ? undefined : parseIni(cfgText);
  const setupPyInfo = setupPy === null ? undefined : readSetupPy(setupPy);
  const name = config?.name ?? (cfg && iniValue(cfg, 'metadata', 'name')) ?? setupPyInfo?.name;
  if (!name) {
    const where = text !== null ? pyFile : rel(packageDir, cfgText !== null ? 'setup.cfg' : 'setup.py');
    throw new ReleaseError('BAD_INPUT', `${where} has no project name.`, text !== null ? 'Add `name = "your-package"` under [project].' : 'Add `name = your-package` under [metadata] in setup.cfg.', { location: { file: where } });
  }
  assertValidPythonName(name, text !== null ? pyFile : rel(packageDir, cfgText !== null ? 'setup.cfg' : 'setup.py'));
  const tools = await readReleaseToolConfig(doc, read);
  const warnings = [...tools.warnings];

  // 1. VCS: a plugin owns the version even when a placeholder (poetry-dynamic-versioning's "0.0.0") is written.
  // Without a [project] table (setup.cfg / setup.py metadata), setuptools-scm announces itself in setup.py,
  // [tool.setuptools_scm] or the build requirements.
  const requires = doc ? pyproject.getPath(doc, ['build-system', 'requires']) : undefined;
  const scmHinted =
    setupPyInfo?.scm === true ||
    (doc !== null && pyproject.getPath(doc, ['tool', 'setuptools_scm']) !== undefined) ||
    (Array.isArray(requires) && requires.some((r) => typeof r === 'string' && /^setuptools[-_]scm\b/i.test(r.trim())));
  const setupOnlyScm = (doc === null || pyproject.getPath(doc, ['project']) === undefined) && !config?.staticVersions.length && scmHinted && !(cfg && iniValue(cfg, 'metadata', 'version')) && !setupPyInfo?.version;
  const vcsTool = config?.fromVcs ? config.vcsTool : tools.vcsTool ?? (setupOnlyScm ? 'setuptools-scm' : undefined);
  if (vcsTool) {
    return { name, sources: [], fromVcs: true, vcsTool, description: `from git tags (${vcsTool}); no file is edited`, warnings };
  }

  const sources: VersionSource[] = [];
  // 2. Static fields.
  for (const s of config?.staticVersions ?? []) {
    sources.push({ path: pyFile, version: s.version, kind: 'static', via: `[${s.key.slice(0, -1).join('.')}] version`, update: (t, next) => pyproject.updateContent(t, next, { keys: [s.key], file: pyFile }) });
  }
  const cfgVersion = cfg ? cfg.get('metadata')?.get('version') : undefined;
  const cfgPath = rel(packageDir, 'setup.cfg');
  let cfgDirective: { attr?: string; file?: string } = {};
  if (cfgVersion) {
    const m = /^(attr|file):\s*(.+)$/.exec(cfgVersion.value);
    if (m) cfgDirective = { [m[1]]: m[2].split(',')[0].trim() };
    else sources.push({ path: cfgPath, version: cfgVersion.value, kind: 'static', via: 'setup.cfg [metadata] version', update: (t, next) => setIniValue(t, 'metadata', 'version', next) });
  }

  // setup.py's literal `version="…"` in a project that states its version nowhere else.
  if (setupPyInfo?.version && !config?.staticVersions.length && !cfgVersion && !config?.dynamic) {
    const setupPath = rel(packageDir, 'setup.py');
    sources.push({ path: setupPath, version: setupPyInfo.version, kind: 'static', via: 'setup.py version=', update: (t, next) => t.replace(SETUP_PY_VERSION, (_m, q: string) => `version=${q}${next}${q}`) });
  }

  // 3. Files the build backend reads a dynamic version from: these must hold a literal.
  const required: Required[] = [];
  const hatchPatternValue = doc ? pyproject.getPath(doc, ['tool', 'hatch', 'version', 'pattern']) : undefined;
  for (const p of config?.versionPaths ?? []) {
    required.push(p.via.startsWith('[tool.hatch') ? hatchFile(p.path, p.via, typeof hatchPatternValue === 'string' ? hatchPatternValue : undefined) : pyVariable(p.path, '__version__', p.via));
  }
  const attrSpec = config?.attr ?? (cfgDirective.attr ? splitAttr(cfgDirective.attr, cfg ? iniValue(cfg, 'options', 'package_dir') : undefined) : undefined);
  if (attrSpec) {
    const bases = attrSpec.packageDir !== undefined ? [attrSpec.packageDir] : ['src', '.'];
    const candidates = moduleFiles(attrSpec.module, bases);
    let chosen: string | undefined;
    for (const c of candidates) if ((await read(c)) !== null) {
      chosen = c;
      break;
    }
    const via = config?.attr ? '[tool.setuptools.dynamic] version.attr' : 'setup.cfg version = attr:';
    if (!chosen) {
      throw new ReleaseError(
        'NO_VERSION',
        `${config?.attr ? pyFile : cfgPath} reads the version from attr "${attrSpec.module}.${attrSpec.variable}", but none of ${candidates.map((c) => rel(packageDir, c)).join(', ')} exists.`,
        config?.attr ? 'Fix [tool.setuptools.dynamic] version.attr, or set [tool.setuptools] package-dir.' : 'Fix `version = attr: …` under [metadata] in setup.cfg, or set package_dir under [options].',
        { location: { file: config?.attr ? pyFile : cfgPath } },
      );
    }
    required.push(pyVariable(chosen, attrSpec.variable, via));
  }
  const plain = config?.versionFile ?? cfgDirective.file;
  if (plain) required.push(plainFile(plain, config?.versionFile ? '[tool.setuptools.dynamic] version.file' : 'setup.cfg version = file:'));
  if (config?.dynamic && config.buildBackend?.startsWith('flit_core') && required.length === 0) {
    const flitModule = doc ? pyproject.getPath(doc, ['tool', 'flit', 'module', 'name']) : undefined;
    const mod = typeof flitModule === 'string' ? flitModule : importName(name);
    const candidates = moduleFiles(mod, ['.', 'src']);
    let chosen: string | undefined;
    for (const c of candidates) if ((await read(c)) !== null) {
      chosen = c;
      break;
    }
    if (!chosen) {
      throw new ReleaseError('NO_VERSION', `flit reads the version of ${name} from the module ${mod}, but none of ${candidates.map((c) => rel(packageDir, c)).join(', ')} exists.`, 'Set [tool.flit.module] name to the import name of your package.', { location: { file: pyFile } });
    }
    required.push(pyVariable(chosen, '__version__', 'flit (the module\'s __version__)'));
  }
  for (const r of required) {
    const path = rel(packageDir, r.file);
    const content = await read(r.file);
    const version = content === null ? null : r.read(content);
    if (version === null) {
      throw new ReleaseError(
        'NO_VERSION',
        content === null ? `${path} (from ${r.via}) does not exist.` : `${path} (from ${r.via}) holds no version.`,
        `Add \`__version__ = "0.1.0"\` at module level in ${path} (or the version itself for a version file), or fix ${r.via}.`,
        { location: { file: path } },
      );
    }
    sources.push({ path, version, via: r.via, kind: 'dynamic-file', update: (t, next) => r.update(t, next) });
  }

  // 4. The release tools' declared files.
  const followers: { path: string; via: string; holds(t: string, c: string): boolean }[] = [];
  for (const f of tools.files) {
    const path = rel(packageDir, f.file);
    const content = await read(f.file);
    if (content === null) {
      throw new ReleaseError('NO_VERSION', `${path} (named by ${f.via}) does not exist.`, `Create it or remove it from ${f.via}.`, { location: { file: path } });
    }
    if (f.read) {
      const version = f.read(content);
      if (version === null) throw new ReleaseError('NO_VERSION', `${path} (named by ${f.via}) holds no version.`, `Add the version to ${path}, or fix ${f.via}.`, { location: { file: path } });
      sources.push({ path, version, via: f.via, kind: 'release-tool', update: f.update });
    } else {
      const holds = f.holds ?? (() => true);
      followers.push({ path, via: f.via, holds });
      sources.push({ path, via: f.via, kind: 'release-tool', update: f.update });
    }
  }

  // 5. Optional: a literal __version__ kept by hand next to the metadata (the common "two files, one value"),
  // in the package or in a single-module distribution's `<module>.py` (six: setup.py says version=six.__version__).
  const mod = importName(name);
  const moduleCandidates = ['src', '.'].flatMap((base) => [...['__init__.py', '__about__.py'].map((f) => posix.join(base, mod, f)), posix.join(base, `${mod}.py`)]);
  for (const candidate of moduleCandidates) {
    const path = rel(packageDir, candidate);
    if (sources.some((s) => s.path === path && s.version !== undefined)) continue;
    const content = await read(candidate);
    const version = content === null ? null : versionFile.readVersion(content);
    if (version !== null) sources.push({ path, version, kind: 'module', via: '__version__', update: (t, next) => versionFile.updateContent(t, next, { file: path }) });
  }

  const stated = sources.filter((s) => s.version !== undefined);
  if (stated.length === 0) {
    throw new ReleaseError(
      'NO_VERSION',
      `No version found for ${name}: ${text !== null ? `${pyFile} has no [project] version` : cfgText !== null ? 'setup.cfg has no [metadata] version' : 'setup.py has no literal version="…"'}${config?.dynamic ? ' and its dynamic version source is not one release-relay can edit' : ''}, and no ${mod}/__init__.py or ${mod}.py sets __version__.`,
      'Add `version = "0.1.0"` under [project], or configure a dynamic version ([tool.hatch.version] path, [tool.setuptools.dynamic] version.attr) or a VCS plugin (hatch-vcs, setuptools-scm).',
      { location: { file: text !== null ? pyFile : cfgPath } },
    );
  }
  const distinct = [...new Set(stated.map((s) => s.version))];
  if (distinct.length > 1) {
    throw new ReleaseError(
      'VERSION_CONFLICT',
      `The version of ${name} differs between files: ${stated.map((s) => `${s.path} (${s.via}) = ${s.version}`).join('; ')}.`,
      'Make every file hold the same current version (the one last released), commit, and run again.',
      { location: { file: stated[stated.length - 1].path } },
    );
  }
  const current = distinct[0] as string;
  for (const f of followers) {
    const content = (await readTextOrNull(resolveInside(root, f.path))) ?? '';
    if (!f.holds(content, current)) {
      throw new ReleaseError('VERSION_CONFLICT', `${f.path} (named by ${f.via}) does not contain the current version ${current}.`, `Put ${current} back into ${f.path} where ${f.via} expects it (it is stale), or fix the file's pattern in ${f.via}; commit, and run again.`, { location: { file: f.path } });
    }
  }
  warnings.push(...(await strayVersionLiterals(pkgRoot, packageDir, current, new Set(sources.map((s) => s.path)))));
  const first = stated[0];
  const kinds = [...new Set(sources.map((s) => s.path))];
  return { name, sources, fromVcs: false, description: `${first.via} in ${first.path}${kinds.length > 1 ? `; also ${kinds.filter((p) => p !== first.path).join(', ')}` : ''}`, warnings };
}

function splitAttr(dotted: string, packageDirValue: string | undefined): { module: string; variable: string; packageDir?: string } | undefined {
  const cut = dotted.lastIndexOf('.');
  if (cut <= 0) return undefined;
  // setup.cfg `package_dir = =src` (or on a continuation line).
  const rootDir = packageDirValue?.split('\n').map((l) => l.trim()).find((l) => l.startsWith('='))?.slice(1).trim();
  return { module: dotted.slice(0, cut), variable: dotted.slice(cut + 1), packageDir: rootDir || undefined };
}

/**
 * `__version__ = "<current>"` literals in the package's Python files that no configuration names: they would
 * stay behind at the old version. Looks under `src/` and top-level package directories, at most 400 files.
 */
async function strayVersionLiterals(pkgRoot: string, packageDir: string, current: string, known: Set<string>): Promise<string[]> {
  const found: string[] = [];
  let budget = 400;
  const walk = async (dir: string, relDir: string, depth: number): Promise<void> => {
    if (depth > 4 || budget <= 0) return;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (budget <= 0) return;
      if (e.isDirectory()) {
        if (SKIP_DIRS.has(e.name) || e.name.startsWith('.') || e.name.endsWith('.egg-info')) continue;
        await walk(join(dir, e.name), posix.join(relDir, e.name), depth + 1);
      } else if (e.isFile() && e.name.endsWith('.py') && depth > 0) {
        budget--;
        const path = rel(packageDir, posix.join(relDir, e.name));
        if (known.has(path)) continue;
        const t = await readTextOrNull(join(dir, e.name));
        if (t !== null && versionFile.findVersionAssignments(t).some((a) => a.value === current)) found.push(path);
      }
    }
  };
  await walk(pkgRoot, '.', 0);
  return found.map((p) => `${p} sets __version__ = "${current}", but no configuration names it, so it is not updated; name it in your release tool's version files or derive it with importlib.metadata.version().`);
}

/** The distribution name normalized for the setuptools-scm pretend variables (`my.pkg` → `MY_PKG`). */
export function pretendVersionSuffix(name: string): string {
  return normalizeName(name).replace(/[^A-Za-z0-9]/g, '_').toUpperCase();
}
