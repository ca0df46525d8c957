import { isDeepStrictEqual } from 'node:util';
import { parse, TomlError } from 'smol-toml';
import { ReleaseError } from '../../core/errors.js';

/** A parsed TOML document (smol-toml's tables are plain objects). */
export type TomlDoc = Record<string, unknown>;

/** A dotted key path from the document root, e.g. `['project', 'version']`. */
export type KeyPath = readonly string[];

/** `[project] version`. */
export const PROJECT_VERSION: KeyPath = ['project', 'version'];
/** `[tool.poetry] version`. */
export const POETRY_VERSION: KeyPath = ['tool', 'poetry', 'version'];

/** What a pyproject.toml says about where its version lives. */
export interface PyprojectVersionConfig {
  /** `[project] name`, else `[tool.poetry] name`. */
  name?: string;
  /** Static version fields with their values (`[project] version`, `[tool.poetry] version`). */
  staticVersions: { key: KeyPath; version: string }[];
  /** True when `[project] dynamic` lists "version". */
  dynamic: boolean;
  /** True when a VCS plugin derives the version from tags (setuptools-scm, hatch-vcs, pdm scm, poetry-dynamic-versioning). */
  fromVcs: boolean;
  /** Files (relative to the package directory) that the build backend reads the version from. */
  versionPaths: { path: string; via: string }[];
  /** `[tool.setuptools.dynamic] version = {attr = "pkg.__version__"}`, split into module and variable. */
  attr?: { module: string; variable: string; packageDir?: string };
  /** `[tool.setuptools.dynamic] version = {file = "VERSION"}`: a file whose whole content is the version. */
  versionFile?: string;
  /** The plugin that derives the version from tags, when `fromVcs` (hatch-vcs, setuptools-scm, …). */
  vcsTool?: string;
  /** `[build-system] build-backend`, e.g. `flit_core.buildapi`. */
  buildBackend?: string;
}

/** Parses pyproject text; broken TOML is a BAD_TOML ReleaseError naming `file` and the parser's line and column. */
export function parsePyproject(text: string, file: string): TomlDoc {
  try {
    return parse(text) as TomlDoc;
  } catch (err) {
    if (err instanceof TomlError) {
      const reason = err.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
      throw new ReleaseError(
        'BAD_TOML',
        `${file} is not valid TOML: ${reason} at line ${err.line}, column ${err.column}.`,
        `Fix the TOML syntax in ${file} (line ${err.line}); \`python3 -c "import tomllib; tomllib.load(open('${file}', 'rb'))"\` shows the same error.`,
        { location: { file, line: err.line }, cause: err },
      );
    }
    throw err;
  }
}

/** The value at `path` in a parsed document, or undefined. */
export function getPath(doc: TomlDoc, path: KeyPath): unknown {
  let node: unknown = doc;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function table(doc: TomlDoc, path: KeyPath): Record<string, unknown> | undefined {
  const t = getPath(doc, path);
  return t !== null && typeof t === 'object' && !Array.isArray(t) ? (t as Record<string, unknown>) : undefined;
}

/** Reads where the version lives from a parsed pyproject.toml (no file access). */
export function readVersionConfig(doc: TomlDoc): PyprojectVersionConfig {
  const project = table(doc, ['project']);
  const poetry = table(doc, ['tool', 'poetry']);
  const dynamicList = project?.dynamic;
  const dynamic = Array.isArray(dynamicList) && dynamicList.includes('version');
  const name = typeof project?.name === 'string' ? project.name : typeof poetry?.name === 'string' ? poetry.name : undefined;

  const staticVersions: { key: KeyPath; version: string }[] = [];
  if (!dynamic && typeof project?.version === 'string') staticVersions.push({ key: PROJECT_VERSION, version: project.version });
  if (typeof poetry?.version === 'string') staticVersions.push({ key: POETRY_VERSION, version: poetry.version });

  const hatchVersion = table(doc, ['tool', 'hatch', 'version']);
  const pdmVersion = table(doc, ['tool', 'pdm', 'version']);
  const setuptoolsDynamic = table(doc, ['tool', 'setuptools', 'dynamic']);
  const poetryDynamic = table(doc, ['tool', 'poetry-dynamic-versioning']);

  const versionPaths: { path: string; via: string }[] = [];
  let fromVcs = false;
  let attr: PyprojectVersionConfig['attr'];

  let vcsTool: string | undefined;
  if (hatchVersion?.source === 'vcs') vcsTool = 'hatch-vcs';
  else if (typeof hatchVersion?.path === 'string') versionPaths.push({ path: hatchVersion.path, via: '[tool.hatch.version] path' });
  if (pdmVersion?.source === 'scm') vcsTool = 'pdm-backend scm';
  else if (pdmVersion?.source === 'file' && typeof pdmVersion.path === 'string') versionPaths.push({ path: pdmVersion.path, via: '[tool.pdm.version] path' });
  if (poetryDynamic?.enable === true) vcsTool = 'poetry-dynamic-versioning';
  if (dynamic && table(doc, ['tool', 'versioningit']) !== undefined) vcsTool = 'versioningit';
  if (vcsTool) fromVcs = true;
  const buildSystem = table(doc, ['build-system']);
  const buildBackend = typeof buildSystem?.['build-backend'] === 'string' ? (buildSystem['build-backend'] as string) : undefined;
  const requires = Array.isArray(buildSystem?.requires) ? (buildSystem.requires as unknown[]).filter((r): r is string => typeof r === 'string') : [];
  let versionFile: string | undefined;

  const stVersion = setuptoolsDynamic?.version;
  if (stVersion !== null && typeof stVersion === 'object' && typeof (stVersion as Record<string, unknown>).attr === 'string') {
    const dotted = (stVersion as Record<string, string>).attr;
    const cut = dotted.lastIndexOf('.');
    const packageDirs = table(doc, ['tool', 'setuptools', 'package-dir']);
    const rootDir = typeof packageDirs?.[''] === 'string' ? (packageDirs[''] as string) : undefined;
    if (cut > 0) attr = { module: dotted.slice(0, cut), variable: dotted.slice(cut + 1), packageDir: rootDir };
  }
  if (stVersion !== null && typeof stVersion === 'object') {
    const f = (stVersion as Record<string, unknown>).file;
    const first = Array.isArray(f) ? f[0] : f;
    if (typeof first === 'string') versionFile = first;
  }
  // setuptools-scm only owns the version when nothing else (attr, file) was configured for it; it announces
  // itself with [tool.setuptools_scm] or in the build requirements.
  const scmRequired = requires.some((r) => /^setuptools[-_]scm\b/i.test(r.trim()));
  if (!fromVcs && dynamic && (table(doc, ['tool', 'setuptools_scm']) !== undefined || scmRequired) && !attr && !versionFile && versionPaths.length === 0) {
    fromVcs = true;
    vcsTool = 'setuptools-scm';
  }

  return { name, staticVersions, dynamic, fromVcs, versionPaths, attr, versionFile, vcsTool, buildBackend };
}

// ---------------------------------------------------------------------------------------------------------
// The line scanner: finds the exact bytes of a string value for a key path, aware of [table] headers,
// dotted keys, quoted keys, comments, multi-line strings and multi-line arrays. It reads just enough TOML
// to know where a top-level assignment's value starts and ends; the real parser checks the result.

/** Where one string value sits in the text: its content (between the quotes) and its line. */
export interface StringSpan {
  start: number;
  end: number;
  quote: '"' | "'";
  line: number;
}

const BARE = /[A-Za-z0-9_-]/;

class Scanner {
  pos = 0;
  constructor(readonly text: string) {}

  get done(): boolean {
    return this.pos >= this.text.length;
  }
  peek(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }
  startsWith(s: string): boolean {
    return this.text.startsWith(s, this.pos);
  }
  skipSpaces(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }
  skipToLineEnd(): void {
    while (!this.done && this.peek() !== '\n') this.pos++;
  }
  lineAt(offset: number): number {
    let line = 1;
    for (let i = 0; i < offset; i++) if (this.text[i] === '\n') line++;
    return line;
  }

  /** Skips any string starting at pos; returns the span of its content. */
  skipString(): { start: number; end: number; multiline: boolean } {
    for (const delim of ['"""', "'''"]) {
      if (this.startsWith(delim)) {
        this.pos += 3;
        const start = this.pos;
        while (!this.done && !this.startsWith(delim)) this.pos += delim === '"""' && this.peek() === '\\' ? 2 : 1;
        const end = this.pos;
        this.pos += 3;
        // TOML allows up to two extra quotes right before the closing delimiter.
        while (this.peek() === delim[0]) this.pos++;
        return { start, end, multiline: true };
      }
    }
    const quote = this.peek();
    this.pos++;
    const start = this.pos;
    while (!this.done && this.peek() !== quote && this.peek() !== '\n') this.pos += quote === '"' && this.peek() === '\\' ? 2 : 1;
    const end = this.pos;
    this.pos++;
    return { start, end, multiline: false };
  }

  /** Reads a dotted key (`a."b.c".d`) and returns its segments, or null if pos is not at a key. */
  readKey(): string[] | null {
    const parts: string[] = [];
    for (;;) {
      this.skipSpaces();
      const c = this.peek();
      if (c === '"' || c === "'") {
        const { start, end } = this.skipString();
        const raw = this.text.slice(start, end);
        parts.push(c === '"' ? raw.replace(/\\(["\\])/g, '$1') : raw);
      } else if (BARE.test(c)) {
        const start = this.pos;
        while (BARE.test(this.peek())) this.pos++;
        parts.push(this.text.slice(start, this.pos));
      } else {
        return null;
      }
      this.skipSpaces();
      if (this.peek() !== '.') return parts;
      this.pos++;
    }
  }

  /** Skips a value of any shape (arrays and inline tables over several lines included) up to its line end. */
  skipValue(): void {
    let depth = 0;
    while (!this.done) {
      const c = this.peek();
      if (c === '"' || c === "'") this.skipString();
      else if (c === '#') this.skipToLineEnd();
      else if (c === '[' || c === '{') {
        depth++;
        this.pos++;
      } else if (c === ']' || c === '}') {
        depth--;
        this.pos++;
      } else if (c === '\n' && depth <= 0) return;
      else this.pos++;
    }
  }
}

/**
 * Finds the single-line string values assigned to `path` (at most one in valid TOML). Values that are not
 * single-line strings are not returned.
 */
export function findStringValues(text: string, path: KeyPath): StringSpan[] {
  const s = new Scanner(text);
  const found: StringSpan[] = [];
  let current: string[] = [];
  while (!s.done) {
    s.skipSpaces();
    const c = s.peek();
    if (c === '\n' || c === '\r') {
      s.pos++;
    } else if (c === '#') {
      s.skipToLineEnd();
    } else if (c === '[') {
      const arrayTable = s.peek(1) === '[';
      s.pos += arrayTable ? 2 : 1;
      const key = s.readKey() ?? [];
      // An array-of-tables entry never holds the version fields we edit: make it unmatchable.
      current = arrayTable ? [...key, '[]'] : key;
      s.skipToLineEnd();
    } else {
      const key = s.readKey();
      s.skipSpaces();
      if (key === null || s.peek() !== '=') {
        s.skipToLineEnd();
        continue;
      }
      s.pos++;
      s.skipSpaces();
      const full = [...current, ...key];
      const q = s.peek();
      const isTarget = full.length === path.length && full.every((k, i) => k === path[i]);
      if (isTarget && (q === '"' || q === "'") && !s.startsWith(q.repeat(3))) {
        const at = s.pos;
        const { start, end } = s.skipString();
        found.push({ start, end, quote: q, line: s.lineAt(at) });
      }
      s.skipValue();
    }
  }
  return found;
}

function withoutKey(doc: TomlDoc, path: KeyPath): TomlDoc {
  const copy = structuredClone(doc);
  const parent = getPath(copy, path.slice(0, -1));
  if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[path[path.length - 1]];
  return copy;
}

/** Characters a version may hold so that it can sit inside either TOML quote style unescaped. */
const SAFE_VERSION = /^[A-Za-z0-9.+!_-]+$/;

/**
 * The pyproject.toml updater: sets the static version field(s) to `version`, changing nothing else byte for
 * byte (comments, quoting style, spacing, trailing comments, key order). `keys` defaults to every static
 * version field the file has (`[project] version`, `[tool.poetry] version`). The result is parsed again
 * and must differ from the input only in those fields, or a BAD_TOML error says what went wrong.
 */
export function updateContent(text: string, version: string, options: { keys?: KeyPath[]; file?: string } = {}): string {
  const file = options.file ?? 'pyproject.toml';
  if (!SAFE_VERSION.test(version)) {
    throw new ReleaseError('BAD_VERSION', `Version "${version}" cannot be written to ${file}.`, 'Use a PEP 440 version such as 1.2.0, 1.2.0rc1 or 1.2.0.post1.');
  }
  const before = parsePyproject(text, file);
  const keys = options.keys ?? readVersionConfig(before).staticVersions.map((s) => s.key);
  if (keys.length === 0) {
    throw new ReleaseError('NO_VERSION', `${file} has no static version field to update.`, 'Add `version = "0.1.0"` under [project], or configure a dynamic version file.', { location: { file } });
  }
  const spans: StringSpan[] = [];
  for (const key of keys) {
    const found = findStringValues(text, key);
    if (found.length !== 1) {
      throw new ReleaseError(
        'BAD_TOML',
        `Could not locate \`${key.join('.')}\` as a one-line string in ${file} (found ${found.length}).`,
        `Write it as \`${key[key.length - 1]} = "x.y.z"\` on its own line under [${key.slice(0, -1).join('.')}].`,
        { location: { file } },
      );
    }
    spans.push(found[0]);
  }
  let after = text;
  for (const span of [...spans].sort((a, b) => b.start - a.start)) after = after.slice(0, span.start) + version + after.slice(span.end);

  // Confirm with the real parser: the new value is there, and nothing else moved.
  const parsed = parsePyproject(after, file);
  let expectedRest: TomlDoc = before;
  let actualRest: TomlDoc = parsed;
  for (const key of keys) {
    if (getPath(parsed, key) !== version) {
      throw new ReleaseError('BAD_TOML', `Updating ${file} did not set \`${key.join('.')}\` to ${version}.`, 'Report this with the file attached; edit the version by hand meanwhile.', { location: { file } });
    }
    expectedRest = withoutKey(expectedRest, key);
    actualRest = withoutKey(actualRest, key);
  }
  if (!isDeepStrictEqual(expectedRest, actualRest)) {
    throw new ReleaseError('BAD_TOML', `Updating the version in ${file} changed other values; the edit was refused.`, 'Report this with the file attached; edit the version by hand meanwhile.', { location: { file } });
  }
  return after;
}
