import { posix } from 'node:path';
import { ReleaseError } from '../../core/errors.js';
import { iniValue, parseIni, setIniValue } from './ini-file.js';
import * as pyproject from './pyproject.js';
import type { TomlDoc } from './pyproject.js';
import * as versionFile from './version-file.js';
import { holdsOnLines, readVariable, replaceOnLines, replaceVariable, searchReplace, unknownPlaceholders } from './version-patterns.js';

/**
 * A file a release tool (commitizen, python-semantic-release, bump-my-version / bumpversion) keeps the version
 * in. `version` is set when the file states the version on its own (a key or a variable); pattern rules
 * (`version_files`, search/replace) only follow the current version and leave it undefined.
 */
export interface DeclaredVersionFile {
  /** Path relative to the package directory, POSIX separators. */
  file: string;
  via: string;
  /** Reads the version this file states (undefined for pattern rules), or null when it states none. */
  read?(text: string): string | null;
  /** For pattern rules: whether the text holds `current` where the rule would replace it. */
  holds?(text: string, current: string): boolean;
  update(text: string, next: string, current: string): string;
}

/** What the release tools' configuration says: their files, and whether one of them takes the version from tags. */
export interface ReleaseToolConfig {
  files: DeclaredVersionFile[];
  /** Set when a tool's configuration takes the version from VCS tags (commitizen `version_provider = "scm"`). */
  vcsTool?: string;
  /** Tools whose configuration was found, for messages. */
  tools: string[];
  warnings: string[];
}

/** Reads a file relative to the package directory; null when absent. */
export type ReadFile = (path: string) => Promise<string | null>;

function isTable(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
}

function tomlKeyFile(file: string, key: readonly string[], via: string): DeclaredVersionFile {
  return {
    file,
    via,
    read: (t) => {
      const v = pyproject.getPath(pyproject.parsePyproject(t, file), key);
      return typeof v === 'string' ? v : null;
    },
    update: (t, next) => pyproject.updateContent(t, next, { keys: [key], file }),
  };
}

function variableFile(file: string, variable: string, via: string): DeclaredVersionFile {
  const isPy = file.endsWith('.py');
  return {
    file,
    via,
    read: (t) => (isPy ? versionFile.readVersion(t, variable) : null) ?? readVariable(t, variable),
    update: (t, next) => (isPy && versionFile.readVersion(t, variable) !== null ? versionFile.updateContent(t, next, { variable, file }) : replaceVariable(t, variable, next)),
  };
}

/** commitizen: `[tool.commitizen]` in pyproject.toml, `.cz.toml` or `cz.toml`. */
async function commitizen(pyDoc: TomlDoc | null, read: ReadFile, out: ReleaseToolConfig): Promise<void> {
  let cz: Record<string, unknown> | undefined;
  let cfgFile = 'pyproject.toml';
  const fromPy = pyDoc ? pyproject.getPath(pyDoc, ['tool', 'commitizen']) : undefined;
  if (isTable(fromPy)) cz = fromPy;
  for (const f of ['.cz.toml', 'cz.toml']) {
    if (cz) break;
    const t = await read(f);
    const found = t === null ? undefined : pyproject.getPath(pyproject.parsePyproject(t, f), ['tool', 'commitizen']);
    if (isTable(found)) {
      cz = found;
      cfgFile = f;
    }
  }
  if (!cz) return;
  out.tools.push('commitizen');
  const provider = typeof cz.version_provider === 'string' ? cz.version_provider : 'commitizen';
  if (provider === 'scm') out.vcsTool = 'commitizen (version_provider = "scm")';
  // The "commitizen" provider (the default) keeps the version in [tool.commitizen] version itself.
  if (provider === 'commitizen' && typeof cz.version === 'string') out.files.push(tomlKeyFile(cfgFile, ['tool', 'commitizen', 'version'], `[tool.commitizen] version in ${cfgFile}`));
  for (const entry of strings(cz.version_files)) {
    const cut = entry.indexOf(':');
    const file = cut < 0 ? entry : entry.slice(0, cut);
    let lineRegex: RegExp | undefined;
    if (cut >= 0) {
      try {
        lineRegex = new RegExp(entry.slice(cut + 1));
      } catch {
        throw new ReleaseError('BAD_INPUT', `[tool.commitizen] version_files has "${entry}", whose pattern is not a valid regular expression.`, `Fix the entry in ${cfgFile} (format: "path" or "path:regex").`, { location: { file: cfgFile } });
      }
    }
    out.files.push({
      file,
      via: `[tool.commitizen] version_files in ${cfgFile}`,
      holds: (t, current) => holdsOnLines(t, current, lineRegex),
      update: (t, next, current) => replaceOnLines(t, current, next, lineRegex),
    });
  }
}

/** python-semantic-release: `[tool.semantic_release] version_toml` and `version_variables`. */
function semanticRelease(pyDoc: TomlDoc | null, out: ReleaseToolConfig): void {
  const sr = pyDoc ? pyproject.getPath(pyDoc, ['tool', 'semantic_release']) : undefined;
  if (!isTable(sr)) return;
  out.tools.push('python-semantic-release');
  for (const entry of strings(sr.version_toml)) {
    const [file, key] = entry.split(':');
    if (!file || !key) continue;
    out.files.push(tomlKeyFile(file, key.split('.'), `[tool.semantic_release] version_toml`));
  }
  for (const entry of strings(sr.version_variables)) {
    const [file, variable] = entry.split(':');
    if (!file || !variable) continue;
    out.files.push(variableFile(file, variable, `[tool.semantic_release] version_variables`));
  }
}

function bumpFile(file: string, search: string, replace: string, via: string, out: ReleaseToolConfig): void {
  const unknown = [...unknownPlaceholders(search), ...unknownPlaceholders(replace)];
  if (unknown.length) {
    out.warnings.push(`${file} (${via}) uses {${unknown.join('}, {')}} in its search/replace patterns, which release-relay does not fill; it is left unchanged.`);
    return;
  }
  out.files.push({
    file,
    via,
    holds: (t, current) => t.includes(search.split('{current_version}').join(current).replace(/\\n/g, '\n')),
    update: (t, next, current) => searchReplace(t, { search, replace, current, next, file, via }),
  });
}

/** bump-my-version / bumpversion: `[tool.bumpversion]` (pyproject.toml, .bumpversion.toml) or `[bumpversion]` (.bumpversion.cfg, setup.cfg). */
async function bumpversion(pyDoc: TomlDoc | null, read: ReadFile, out: ReleaseToolConfig): Promise<void> {
  const tomlSources: [string, TomlDoc | null][] = [['pyproject.toml', pyDoc]];
  const bvToml = await read('.bumpversion.toml');
  if (bvToml !== null) tomlSources.unshift(['.bumpversion.toml', pyproject.parsePyproject(bvToml, '.bumpversion.toml')]);
  for (const [cfgFile, doc] of tomlSources) {
    const bv = doc ? pyproject.getPath(doc, ['tool', 'bumpversion']) : undefined;
    if (!isTable(bv)) continue;
    out.tools.push('bump-my-version');
    const via = `[tool.bumpversion] in ${cfgFile}`;
    if (typeof bv.current_version === 'string') out.files.push(tomlKeyFile(cfgFile, ['tool', 'bumpversion', 'current_version'], `[tool.bumpversion] current_version in ${cfgFile}`));
    const search = typeof bv.search === 'string' ? bv.search : '{current_version}';
    const replace = typeof bv.replace === 'string' ? bv.replace : '{new_version}';
    for (const f of Array.isArray(bv.files) ? bv.files : []) {
      if (!isTable(f) || typeof f.filename !== 'string') {
        if (isTable(f) && typeof f.glob === 'string') out.warnings.push(`${via}: the files entry with glob "${f.glob}" is not expanded by release-relay; list the files by filename.`);
        continue;
      }
      bumpFile(f.filename, typeof f.search === 'string' ? f.search : search, typeof f.replace === 'string' ? f.replace : replace, via, out);
    }
    return;
  }
  for (const cfgFile of ['.bumpversion.cfg', 'setup.cfg']) {
    const text = await read(cfgFile);
    if (text === null) continue;
    const ini = parseIni(text);
    const current = iniValue(ini, 'bumpversion', 'current_version');
    if (current === undefined) continue;
    out.tools.push('bumpversion');
    out.files.push({
      file: cfgFile,
      via: `[bumpversion] current_version in ${cfgFile}`,
      read: (t) => iniValue(parseIni(t), 'bumpversion', 'current_version') ?? null,
      update: (t, next) => setIniValue(t, 'bumpversion', 'current_version', next),
    });
    const search = iniValue(ini, 'bumpversion', 'search') ?? '{current_version}';
    const replace = iniValue(ini, 'bumpversion', 'replace') ?? '{new_version}';
    for (const [section, entries] of ini) {
      const m = /^bumpversion:(?:file|glob)(?:\([^)]*\))?:(.+)$/.exec(section);
      if (!m) continue;
      if (section.startsWith('bumpversion:glob')) {
        out.warnings.push(`[${section}] in ${cfgFile} is a glob, which release-relay does not expand; list the files as [bumpversion:file:…].`);
        continue;
      }
      bumpFile(m[1].trim(), entries.get('search')?.value ?? search, entries.get('replace')?.value ?? replace, `[${section}] in ${cfgFile}`, out);
    }
    return;
  }
}

/**
 * Reads the release tools' own declarations of where the version lives (commitizen, python-semantic-release,
 * bump-my-version / bumpversion). Paths are relative to the package directory.
 */
export async function readReleaseToolConfig(pyDoc: TomlDoc | null, read: ReadFile): Promise<ReleaseToolConfig> {
  const out: ReleaseToolConfig = { files: [], tools: [], warnings: [] };
  await commitizen(pyDoc, read, out);
  semanticRelease(pyDoc, out);
  await bumpversion(pyDoc, read, out);
  for (const f of out.files) f.file = posix.normalize(f.file.split('\\').join('/'));
  return out;
}
