export const id = 465;
export const ids = [465];
export const modules = {

/***/ 55543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ describeArtifacts)
/* harmony export */ });
/* unused harmony export sha256File */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);





/** The hex SHA-256 of a file, read as a stream (distributions can be large). */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    try {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
            hash.update(chunk);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseError */ .K2('BAD_INPUT', `Cannot read ${path} to compute its digest: ${err.message}`, 'Check that the build wrote the file and that it is readable.', { cause: err });
    }
    return hash.digest('hex');
}
/** File name, SHA-256 and size of each file, in the order given: the records the release context carries. */
async function describeArtifacts(files) {
    const records = [];
    for (const file of files) {
        const sha256 = await sha256File(file);
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file);
        records.push({ file: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(file), sha256, size });
    }
    return records;
}


/***/ }),

/***/ 34458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xQ: () => (/* binding */ getFullAdapter)
});

// UNUSED EXPORTS: ECOSYSTEMS, detectEcosystem, getAdapter, withPipeline

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/files.ts
var core_files = __webpack_require__(69928);
// EXTERNAL MODULE: ./src/versioning/scheme.ts + 5 modules
var scheme = __webpack_require__(46691);
// EXTERNAL MODULE: ./src/ecosystems/python/names.ts
var python_names = __webpack_require__(81396);
;// CONCATENATED MODULE: ./src/ecosystems/python/docs-replacements.ts

/** A version as shields.io static badges spell it: `-` doubles to `--`, `_` to `__`, a space becomes `_`. */
function shieldsEscape(text) {
    return text.replace(/-/g, '--').replace(/_/g, '__').replace(/ /g, '_');
}
/**
 * Literal replacement pairs that move Python docs from `previous` to `next`: pinned installs and requirements
 * (`pip install name==prev`, `"name==prev"`, under the name as written and PEP 503 normalized) and static
 * shields.io badges (`/badge/version-1.2.0-blue`, `pypi-v1.2.0-`). Dynamic badges (`/pypi/v/name`) hold no
 * version and need nothing. Longest pairs come first.
 */
function pythonDocsReplacements(name, previous, next) {
    // Every spelling PEP 503 treats as this project: any case, and `-`, `_` or `.` between the parts
    // (matched case-insensitively, so `Relay_Example` keeps its spelling and only the version changes).
    const normalized = (0,python_names/* normalizeName */.Pc)(name);
    const names = [...new Set([normalized, normalized.replace(/-/g, '_'), normalized.replace(/-/g, '.')])];
    const pairs = [];
    for (const n of names) {
        pairs.push({ from: `pip install "${n}==${previous}"`, to: `pip install "${n}==${next}"`, ignoreCase: true });
        pairs.push({ from: `pip install '${n}==${previous}'`, to: `pip install '${n}==${next}'`, ignoreCase: true });
        pairs.push({ from: `pip install ${n}==${previous}`, to: `pip install ${n}==${next}`, ignoreCase: true });
        pairs.push({ from: `${n}==${previous}`, to: `${n}==${next}`, ignoreCase: true });
    }
    const prev = shieldsEscape(previous);
    const nxt = shieldsEscape(next);
    for (const label of ['version', 'pypi']) {
        pairs.push({ from: `${label}-v${prev}-`, to: `${label}-v${nxt}-` });
        pairs.push({ from: `${label}-${prev}-`, to: `${label}-${nxt}-` });
    }
    return pairs;
}

;// CONCATENATED MODULE: ./src/ecosystems/version-updater.ts


/**
 * Plans the edits that set every version location to `next` (paths relative to `root`), for any
 * ecosystem: each file is read again now, so an edit's `before` is what applyEdits will check, and each
 * distinct updater of a file is applied in turn (pyproject.toml with both [project] and [tool.poetry]
 * versions). Refuses a file that was not among `info.versionFiles` (the tree changed since it was read) or
 * that has gone. Nothing is written.
 */
async function planVersionEdits(root, info, locations, next) {
    const edits = [];
    for (const path of [...new Set(locations.map((l) => l.path))]) {
        if (!info.versionFiles.includes(path)) {
            throw new errors/* ReleaseError */.K2('VERSION_CONFLICT', `${path} holds the version but was not among the files read earlier (${info.versionFiles.join(', ')}).`, 'Re-run the stage on an unchanged working tree.');
        }
        const before = await (0,core_files/* readTextOrNull */.GR)((0,core_files/* resolveInside */.LI)(root, path));
        if (before === null)
            throw new errors/* ReleaseError */.K2('NO_VERSION', `${path} disappeared while the release was being prepared.`, 'Re-run the stage on an unchanged working tree.');
        let after = before;
        for (const updater of new Set(locations.filter((l) => l.path === path).map((l) => l.updater)))
            after = updater.updateContent(after, next);
        edits.push({ path, before, after });
    }
    return edits;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/ecosystems/npm/json-edit.ts
/**
 * Byte-preserving edits of JSON text: finds where a value sits (by its key path) without re-serializing, so a
 * replacement keeps the file's indentation, key order, spacing and trailing newline exactly as they were.
 */

/**
 * The span of the value at `path` (object keys, top down) in `text`, or null when some key is absent or a
 * parent is not an object. Throws BAD_INPUT for text that is not JSON, naming `file`.
 */
function findJsonValue(text, path, file = 'JSON') {
    const p = new Scanner(text, file);
    p.ws();
    const span = p.value(path, 0);
    p.ws();
    if (p.i !== text.length)
        p.fail('unexpected text after the top-level value');
    return span;
}
/**
 * Replaces the string value at `path` with `value` (JSON-escaped), leaving every other byte alone. Returns
 * null when the path is absent; throws BAD_INPUT when the value there is not a string.
 */
function replaceJsonString(text, path, value, file = 'JSON') {
    const span = findJsonValue(text, path, file);
    if (!span)
        return null;
    if (text[span.start] !== '"') {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${file}: "${path.join('.')}" is not a string.`, `Write "${path[path.length - 1]}" as a JSON string.`);
    }
    return text.slice(0, span.start) + JSON.stringify(value) + text.slice(span.end);
}
/** A recursive-descent JSON scanner that skips values and reports the span of the one at a key path. */
class Scanner {
    s;
    file;
    i = 0;
    constructor(s, file) {
        this.s = s;
        this.file = file;
    }
    fail(what) {
        const line = this.s.slice(0, this.i).split('\n').length;
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${this.file} is not valid JSON: ${what} at line ${line}.`, `Fix ${this.file} (npm itself cannot read it either).`, { location: { file: this.file, line } });
    }
    ws() {
        while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]))
            this.i++;
    }
    /** Scans one value; returns the span found at `path[depth..]` inside it (the value itself when depth is the end). */
    value(path, depth) {
        const start = this.i;
        const c = this.s[this.i];
        let found = null;
        if (c === '{')
            found = this.object(path, depth);
        else if (c === '[')
            this.array();
        else if (c === '"')
            this.string();
        else if (c === '-' || (c >= '0' && c <= '9'))
            this.number();
        else if (this.s.startsWith('true', this.i))
            this.i += 4;
        else if (this.s.startsWith('false', this.i))
            this.i += 5;
        else if (this.s.startsWith('null', this.i))
            this.i += 4;
        else
            this.fail(c === undefined ? 'unexpected end' : `unexpected "${c}"`);
        if (depth === path.length)
            return { start, end: this.i };
        return found;
    }
    object(path, depth) {
        this.i++;
        this.ws();
        let found = null;
        if (this.s[this.i] === '}') {
            this.i++;
            return null;
        }
        for (;;) {
            this.ws();
            if (this.s[this.i] !== '"')
                this.fail('expected a key');
            const key = this.string();
            this.ws();
            if (this.s[this.i] !== ':')
                this.fail('expected ":"');
            this.i++;
            this.ws();
            // JSON.parse keeps the last of duplicate keys; so does this.
            const wanted = depth < path.length && key === path[depth];
            const span = this.value(path, wanted ? depth + 1 : path.length + 1);
            if (wanted)
                found = span;
            this.ws();
            if (this.s[this.i] === ',') {
                this.i++;
                continue;
            }
            if (this.s[this.i] === '}') {
                this.i++;
                return found;
            }
            this.fail('expected "," or "}"');
        }
    }
    array() {
        this.i++;
        this.ws();
        if (this.s[this.i] === ']') {
            this.i++;
            return;
        }
        for (;;) {
            this.ws();
            this.value([], 1);
            this.ws();
            if (this.s[this.i] === ',') {
                this.i++;
                continue;
            }
            if (this.s[this.i] === ']') {
                this.i++;
                return;
            }
            this.fail('expected "," or "]"');
        }
    }
    /** Scans a string literal; returns its decoded value. */
    string() {
        const start = this.i;
        this.i++;
        while (this.i < this.s.length) {
            const c = this.s[this.i];
            if (c === '\\')
                this.i += 2;
            else if (c === '"') {
                this.i++;
                try {
                    return JSON.parse(this.s.slice(start, this.i));
                }
                catch {
                    this.i = start;
                    this.fail('bad string');
                }
            }
            else
                this.i++;
        }
        this.i = start;
        return this.fail('unterminated string');
    }
    number() {
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.i, this.i + 64));
        if (!m)
            this.fail('bad number');
        this.i += m[0].length;
    }
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/version-files.ts
/**
 * Version file updaters for npm packages, release-please style: each is a pure `updateContent(text, version)`
 * for one file format. Only the bytes of the version strings change (indentation, key order, line endings and
 * the trailing newline stay as they were), and every result is checked with JSON.parse before it is returned.
 */



function parse(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${file} is not valid JSON: ${err.message}`, `Fix ${file}; npm cannot read it either.`, { location: { file } });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${file} does not hold a JSON object.`, `Fix ${file}.`, { location: { file } });
    }
    return value;
}
/** Sets each path that exists; the paths in `required` must exist. Verifies the result by parsing it. */
function setVersions(text, file, version, paths, required) {
    const expected = parse(text, file);
    let out = text;
    const set = [];
    for (const path of paths) {
        const next = replaceJsonString(out, path, version, file);
        if (next === null) {
            if (required.some((r) => r.join('\0') === path.join('\0'))) {
                throw new errors/* ReleaseError */.K2('NO_VERSION', `${file} has no ${describePath(path)}.`, `Add ${describePath(path)} to ${file} (npm install --package-lock-only rewrites a lockfile).`, { location: { file } });
            }
            continue;
        }
        out = next;
        set.push(path);
    }
    // The edit must change exactly the intended values and nothing else.
    const after = parse(out, file);
    for (const path of set) {
        let node = expected;
        for (const key of path.slice(0, -1))
            node = node[key];
        node[path[path.length - 1]] = version;
    }
    if (!(0,external_node_util_.isDeepStrictEqual)(after, expected)) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Setting the version in ${file} would change more than the version.`, `Check ${file} for duplicate keys.`, { location: { file } });
    }
    return out;
}
function describePath(path) {
    return path.map((k, i) => (i === 0 ? `"${k}"` : `["${k}"]`)).join('');
}
/** `package.json`: the top-level `version`. */
class PackageJson {
    file;
    constructor(file = 'package.json') {
        this.file = file;
    }
    updateContent(text, version) {
        return setVersions(text, this.file, version, [['version']], [['version']]);
    }
}
/**
 * `package-lock.json` / `npm-shrinkwrap.json`: the top-level `version` and `packages[""].version` of the
 * package's own lockfile, or, for a workspace package whose lockfile lives at the workspace root,
 * `packages["<workspace path>"].version` (with `workspacePath` set).
 */
class PackageLockJson {
    opts;
    constructor(opts = {}) {
        this.opts = opts;
    }
    updateContent(text, version) {
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
function lockVersions(text, file, workspacePath) {
    const lock = parse(text, file);
    const packages = (lock.packages ?? {});
    if (workspacePath !== undefined)
        return [{ path: `packages["${workspacePath}"].version`, version: packages[workspacePath]?.version }];
    const out = [];
    if ('version' in lock)
        out.push({ path: 'version', version: lock.version });
    if (packages[''] && 'version' in packages[''])
        out.push({ path: 'packages[""].version', version: packages[''].version });
    return out;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/ecosystems/npm/release-config.ts
/**
 * The release configuration a JavaScript repository already has, so it can switch to release-relay without
 * rewriting its history:
 * - semantic-release (`.releaserc`, `.releaserc.json|yaml|yml`, `release` in package.json): `tagFormat`
 *   (`v${version}` → the tag template `v{version}`) and `branches` (a release runs only on one of them);
 * - release-please (`release-please-config.json` + `.release-please-manifest.json`): the tag of the package's
 *   entry (`<component>-v<version>` by default, `v<version>` with include-component-in-tag: false) and the
 *   manifest's version, which is a version file release-relay keeps in step.
 * JavaScript configs (`.releaserc.js`, `release.config.js`) are never executed: the hint says to set
 * tag-template instead.
 */





/** semantic-release's default release branches (its docs), used when a config has no `branches`. */
const SEMANTIC_RELEASE_DEFAULT_BRANCHES = ['+([0-9])?(.{+([0-9]),x}).x', 'master', 'main', 'next', 'next-major', 'beta', 'alpha'];
const posix = (p) => p.split(external_node_path_.sep).join('/');
/** A semantic-release `tagFormat` (lodash template with `${version}`) as a release-relay tag template. */
function tagFormatToTemplate(tagFormat, source) {
    const template = tagFormat.replace(/\$\{\s*version\s*\}/g, '{version}');
    if (!template.includes('{version}') || /\$\{/.test(template)) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${source} sets tagFormat "${tagFormat}", which release-relay cannot turn into a tag template (only \${version} is known).`, 'Set input "tag-template" to the tag your releases use, e.g. v{version}.', { location: { file: source } });
    }
    return template;
}
/**
 * Whether `branch` is one of semantic-release's `branches`: names or globs with semantic-release's own
 * matcher rules (micromatch's, which picomatch implements: `release/*`, and extglobs like the default
 * `+([0-9])?(.{+([0-9]),x}).x` for maintenance branches).
 */
function branchMatches(branch, patterns) {
    return patterns.some((p) => {
        if (p === branch)
            return true;
        try {
            return picomatch_default().isMatch(branch, p);
        }
        catch {
            return false; // a pattern picomatch cannot read matches nothing, as semantic-release would never match it either
        }
    });
}
function branchNames(value) {
    const list = Array.isArray(value) ? value : typeof value === 'string' || (value && typeof value === 'object') ? [value] : undefined;
    if (!list)
        return undefined;
    return list.map((b) => (typeof b === 'string' ? b : b && typeof b === 'object' && typeof b.name === 'string' ? b.name : '')).filter(Boolean);
}
function fromSemanticRelease(config, source) {
    return {
        tagTemplate: typeof config.tagFormat === 'string' ? tagFormatToTemplate(config.tagFormat, source) : undefined,
        branches: branchNames(config.branches) ?? SEMANTIC_RELEASE_DEFAULT_BRANCHES,
        source,
    };
}
/** semantic-release's configuration, looked for where semantic-release looks (cosmiconfig): package dir, then repository root. */
async function semanticRelease(dirs) {
    for (const { abs, rel } of dirs) {
        const at = (f) => posix((0,external_node_path_.join)(rel, f));
        for (const file of ['.releaserc', '.releaserc.json', '.releaserc.yaml', '.releaserc.yml']) {
            const text = await (0,core_files/* readTextOrNull */.GR)((0,external_node_path_.join)(abs, file));
            if (text === null)
                continue;
            let config;
            try {
                // yaml is a large module: loaded only for a YAML config (most projects have none).
                config = file.endsWith('.json') ? JSON.parse(text) : (await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19))).parse(text);
            }
            catch (err) {
                throw new errors/* ReleaseError */.K2('BAD_INPUT', `${at(file)} cannot be read: ${err.message}`, `Fix ${at(file)} (semantic-release cannot read it either), or set input "tag-template".`, { location: { file: at(file) } });
            }
            return fromSemanticRelease((config ?? {}), at(file));
        }
        const manifest = await (0,core_files/* readTextOrNull */.GR)((0,external_node_path_.join)(abs, 'package.json'));
        if (manifest !== null) {
            const release = JSON.parse(manifest).release;
            if (release && typeof release === 'object')
                return fromSemanticRelease(release, `${at('package.json')} "release"`);
        }
        for (const file of ['.releaserc.js', '.releaserc.cjs', '.releaserc.mjs', 'release.config.js', 'release.config.cjs', 'release.config.mjs']) {
            if (await (0,core_files/* pathExists */.s0)((0,external_node_path_.join)(abs, file))) {
                return { source: at(file), note: `${at(file)} is JavaScript, which release-relay does not run: set input "tag-template" to its tagFormat (default v{version}).` };
            }
        }
    }
    return null;
}
/** The package's release-please entry, or null when the repository does not use release-please manifests. */
async function readReleasePlease(root, packageDir, packageName) {
    const configText = await (0,core_files/* readTextOrNull */.GR)((0,external_node_path_.join)(root, 'release-please-config.json'));
    const manifestText = await (0,core_files/* readTextOrNull */.GR)((0,external_node_path_.join)(root, '.release-please-manifest.json'));
    if (configText === null && manifestText === null)
        return null;
    const key = posix((0,external_node_path_.relative)(root, (0,external_node_path_.join)(root, packageDir))) || '.';
    let config = {};
    let manifest = {};
    try {
        if (configText !== null)
            config = JSON.parse(configText);
        if (manifestText !== null)
            manifest = JSON.parse(manifestText);
    }
    catch (err) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `release-please-config.json or .release-please-manifest.json is not valid JSON: ${err.message}`, 'Fix the file (release-please cannot read it either), or set input "tag-template".');
    }
    const packages = (config.packages ?? {});
    if (configText !== null && !Object.hasOwn(packages, key) && !Object.hasOwn(manifest, key))
        return null;
    const entry = { ...config, ...(packages[key] ?? {}) };
    // Node packages: the component is the package name without its scope (release-please's node strategy).
    const component = typeof entry.component === 'string' ? entry.component : String(entry['package-name'] ?? packageName).replace(/^@[^/]+\//, '');
    const withComponent = entry['include-component-in-tag'] !== false;
    const v = entry['include-v-in-tag'] === false ? '' : 'v';
    const separator = typeof entry['tag-separator'] === 'string' ? entry['tag-separator'] : '-';
    const version = manifest[key];
    return {
        manifestFile: '.release-please-manifest.json',
        key,
        version: typeof version === 'string' ? version : undefined,
        tagTemplate: `${withComponent ? `${component}${separator}` : ''}${v}{version}`,
    };
}
/** `.release-please-manifest.json`: the package's entry, every other byte kept. */
class ReleasePleaseManifest {
    key;
    file;
    constructor(key, file = '.release-please-manifest.json') {
        this.key = key;
        this.file = file;
    }
    updateContent(text, version) {
        const out = replaceJsonString(text, [this.key], version, this.file);
        if (out === null)
            throw new errors/* ReleaseError */.K2('NO_VERSION', `${this.file} has no entry "${this.key}".`, `Add "${this.key}": "<current version>" to ${this.file}.`, { location: { file: this.file } });
        return out;
    }
}
/**
 * The repository's own release configuration for the package in `packageDir`: release-please's manifest entry
 * when there is one, else semantic-release's config (package directory first, then the root). Null: none.
 */
async function readProjectReleaseConfig(root, packageDir, packageName) {
    const rp = await readReleasePlease(root, packageDir, packageName);
    if (rp)
        return { tagTemplate: rp.tagTemplate, source: 'release-please-config.json' };
    const rel = posix((0,external_node_path_.relative)(root, (0,external_node_path_.join)(root, packageDir)));
    const dirs = [{ abs: (0,external_node_path_.join)(root, packageDir), rel }];
    if (rel && rel !== '.')
        dirs.push({ abs: root, rel: '' });
    return semanticRelease(dirs);
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/index.ts










/** True when `dir` holds a package.json (the registry tries python first, so pyproject.toml wins in a mixed directory). */
async function detectNpm(dir) {
    return (0,core_files/* pathExists */.s0)((0,external_node_path_.join)(dir, 'package.json'));
}
const npm_posix = (p) => p.split(external_node_path_.sep).join('/');
/**
 * Finds the package's name, version and version files: `package.json`, its own `npm-shrinkwrap.json` /
 * `package-lock.json`, or (for a workspace package without its own) the workspace root's lockfile entry
 * `packages["<dir>"]`, found by walking up towards `root`.
 */
async function collectNpmVersionFiles(root, packageDir) {
    const dir = (0,core_files/* resolveInside */.LI)(root, packageDir, 'package-dir');
    const manifestPath = npm_posix((0,external_node_path_.relative)(root, (0,external_node_path_.join)(dir, 'package.json')));
    const text = await (0,core_files/* readTextOrNull */.GR)((0,external_node_path_.join)(dir, 'package.json'));
    if (text === null)
        throw new errors/* ReleaseError */.K2('NO_VERSION', `There is no package.json in ${packageDir}.`, 'Point input "package-dir" at the directory with package.json.');
    let manifest;
    try {
        manifest = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${manifestPath} is not valid JSON: ${err.message}`, `Fix ${manifestPath}.`, { location: { file: manifestPath } });
    }
    if (typeof manifest.name !== 'string' || !manifest.name) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${manifestPath} has no "name".`, 'A published npm package needs a name; add "name" to package.json.', { location: { file: manifestPath } });
    }
    // npm's own rules (validate-npm-package-name): URL-safe, at most 214 characters, no leading dot or underscore.
    if (manifest.name.length > 214 || !/^(?:@[a-z0-9-*~][a-z0-9-*._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(manifest.name)) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${manifestPath} names the package ${JSON.stringify(manifest.name)}, which npm does not accept.`, 'Use a valid npm name: lower-case letters, digits, "-", ".", "_" and "~", optionally under a @scope/ (e.g. "@acme/widget").', { location: { file: manifestPath } });
    }
    if (typeof manifest.version !== 'string' || !manifest.version) {
        throw new errors/* ReleaseError */.K2('NO_VERSION', `${manifestPath} has no "version".`, 'Add "version": "0.1.0" (or the current version) to package.json.', { location: { file: manifestPath } });
    }
    // semantic-release repositories often keep a placeholder and take the version from the last tag.
    if (/^0\.0\.0-(development|semantically-released|semantic-release|dev)$/.test(manifest.version)) {
        throw new errors/* ReleaseError */.K2('NO_VERSION', `${manifestPath} holds the placeholder version "${manifest.version}" (the version lived in git tags).`, `Set "version" in ${manifestPath} to the last released version (your latest release tag, e.g. \`git describe --tags --abbrev=0\`), commit it, then release: release-relay keeps the version in package.json.`, { location: { file: manifestPath } });
    }
    const version = (0,scheme/* getScheme */.m)('semver').normalize(manifest.version, manifestPath);
    const files = [{ path: manifestPath, updater: new PackageJson(manifestPath), version: manifest.version, where: '"version"' }];
    const own = [];
    for (const lock of ['npm-shrinkwrap.json', 'package-lock.json'])
        if (await (0,core_files/* pathExists */.s0)((0,external_node_path_.join)(dir, lock)))
            own.push(lock);
    for (const lock of own) {
        const path = npm_posix((0,external_node_path_.relative)(root, (0,external_node_path_.join)(dir, lock)));
        const lockText = await (0,promises_.readFile)((0,external_node_path_.join)(dir, lock), 'utf8');
        // One updater per file: a lockfile records the version several times but is rewritten in one pass.
        const updater = new PackageLockJson({ file: path });
        for (const v of lockVersions(lockText, path))
            files.push({ path, updater, version: v.version, where: v.path });
    }
    if (!own.length) {
        // A workspace package: the lockfile is at the workspace root, with an entry keyed by the package's path.
        const top = (0,external_node_path_.resolve)(root);
        for (let up = dir; up !== top && (0,external_node_path_.dirname)(up) !== up;) {
            up = (0,external_node_path_.dirname)(up);
            const lockFile = (0,external_node_path_.join)(up, 'package-lock.json');
            if (!(await (0,core_files/* pathExists */.s0)(lockFile)))
                continue;
            const path = npm_posix((0,external_node_path_.relative)(root, lockFile));
            const workspacePath = npm_posix((0,external_node_path_.relative)(up, dir));
            const entry = lockVersions(await (0,promises_.readFile)(lockFile, 'utf8'), path, workspacePath)[0];
            if (entry.version !== undefined)
                files.push({ path, updater: new PackageLockJson({ file: path, workspacePath }), version: entry.version, where: entry.path });
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
            throw new errors/* ReleaseError */.K2('VERSION_CONFLICT', `${f.path} ${f.where} is ${JSON.stringify(f.version)} but ${manifestPath} says ${manifest.version}.`, f.updater instanceof ReleasePleaseManifest ? `Set ${f.where} in ${f.path} to "${manifest.version}" (the version package.json holds), commit it, then release.` : `Bring the lockfile in line (npm install --package-lock-only in ${(0,external_node_path_.dirname)(f.path) || '.'}), commit it, then release.`, { location: { file: f.path } });
        }
    }
    return { name: manifest.name, version, files };
}
/** Reads an npm package's name, version (SemVer) and the files that hold it. Throws NO_VERSION, VERSION_CONFLICT, BAD_VERSION, BAD_INPUT. */
async function readNpmPackage(root, packageDir) {
    const found = await collectNpmVersionFiles(root, packageDir);
    return { name: found.name, version: found.version, scheme: 'semver', versionFiles: [...new Set(found.files.map((f) => f.path))] };
}
/** Plans the edits that set package.json and the lockfile(s) to `next`; files are read again now. Nothing is written. */
async function planNpmVersionEdits(root, packageDir, info, next) {
    return planVersionEdits(root, info, (await collectNpmVersionFiles(root, packageDir)).files, next);
}
/**
 * Literal pairs that move npm docs from `previous` to `next`: pinned installs (`npm install name@prev`,
 * `npm i name@prev`, and `name@prev` as yarn/pnpm write it) and static shields.io badges (`npm-v1.2.0-`).
 * Scoped names (`@scope/pkg@1.2.0`) work as written. Longest pairs come first.
 */
function npmDocsReplacements(name, previous, next) {
    const pairs = [
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
const npmAdapter = {
    name: 'npm',
    detect: detectNpm,
    readPackage: readNpmPackage,
    planVersionEdits: planNpmVersionEdits,
    docsReplacements: npmDocsReplacements,
    installCommand: (name, version) => `npm install ${name}@${version}`,
    releaseConfig: (root, packageDir, info) => readProjectReleaseConfig(root, packageDir, info.name),
    isReleaseBranch: (branch, config) => branchMatches(branch, config.branches ?? []),
};

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/ecosystems/python/lock-files.ts



/** Lock files that carry the project's own entry (a `[[package]]` table with its name and version). */
const LOCK_FILES = ['uv.lock', 'pdm.lock'];
/**
 * The lock-file updater (uv.lock, pdm.lock): sets `version` in the `[[package]]` entry named `name` whose
 * version is `current` to `next`, changing no other byte. Returns the text unchanged when the lock has no
 * such entry (uv leaves dynamic versions out; pdm locks only list the project in some setups).
 */
function updateLockContent(text, name, current, next, file = 'uv.lock') {
    const want = (0,python_names/* normalizeName */.Pc)(name);
    const lines = text.split('\n');
    let inPackage = false;
    let entryName;
    let versionLine = -1;
    const hits = [];
    const close = () => {
        if (inPackage && entryName !== undefined && (0,python_names/* normalizeName */.Pc)(entryName) === want && versionLine >= 0)
            hits.push(versionLine);
    };
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^\s*\[/.test(line)) {
            close();
            inPackage = /^\s*\[\[package\]\]\s*$/.test(line);
            entryName = undefined;
            versionLine = -1;
            continue;
        }
        if (!inPackage)
            continue;
        const n = /^name\s*=\s*"([^"]+)"/.exec(line);
        if (n)
            entryName = n[1];
        const v = /^version\s*=\s*"([^"]+)"/.exec(line);
        if (v && v[1] === current)
            versionLine = i;
    }
    close();
    if (hits.length === 0)
        return text;
    for (const i of hits)
        lines[i] = lines[i].replace(/^(version\s*=\s*")[^"]+"/, `$1${next}"`);
    const after = lines.join('\n');
    try {
        (0,dist/* parse */.qg)(after);
    }
    catch (err) {
        throw new errors/* ReleaseError */.K2('BAD_TOML', `Updating ${file} produced invalid TOML; the edit was refused.`, `Regenerate ${file} with its tool (uv lock / pdm lock) after the release.`, { cause: err, location: { file } });
    }
    return after;
}

// EXTERNAL MODULE: ./src/ecosystems/python/pyproject.ts
var pyproject = __webpack_require__(87160);
;// CONCATENATED MODULE: ./src/ecosystems/python/release-config.ts



function str(v) {
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}
function strList(v) {
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v.map((x) => x.trim().toLowerCase()).filter(Boolean) : undefined;
}
/**
 * commitizen's `tag_format` (`v$version`, `${version}`, `$version`) as a tag template, or undefined when it
 * uses variables other than the version (`$major.$minor`), which a template cannot express.
 */
function commitizenTagTemplate(format) {
    const t = format.split('${version}').join('{version}').split('$version').join('{version}');
    return t.includes('$') || !t.includes('{version}') ? undefined : t;
}
/** python-semantic-release's `tag_format` (`v{version}`) as a tag template, or undefined when it uses other fields. */
function semanticReleaseTagTemplate(format) {
    const t = format.split('{ version }').join('{version}');
    return /\{(?!version\})/.test(t) || !t.includes('{version}') ? undefined : t;
}
/** commitizen's bump rules: its conventional defaults (refactor and perf bump the patch), or a customized bump_map. */
function commitizenBumpRules(cz) {
    const map = (0,pyproject/* getPath */.Yn)(cz, ['customize', 'bump_map']) ?? cz['bump_map'];
    if (map !== null && typeof map === 'object' && !Array.isArray(map)) {
        const minor = [];
        const patch = [];
        for (const [type, level] of Object.entries(map)) {
            const l = String(level).toUpperCase();
            if (l === 'MINOR')
                minor.push(type.toLowerCase());
            else if (l === 'PATCH')
                patch.push(type.toLowerCase());
        }
        if (minor.length + patch.length > 0)
            return { minor, patch };
    }
    return { minor: ['feat'], patch: ['fix', 'refactor', 'perf'] };
}
/**
 * What a Python project's release tools say about tags, bump rules and the changelog: `[tool.commitizen]`,
 * `[tool.semantic_release]` (with its `commit_parser_options` and changelog file, v7 to v9 spellings) and
 * `[tool.towncrier]` (in pyproject.toml or towncrier.toml). Reads only; unknown shapes are left out.
 */
async function readPythonReleaseConventions(root, packageDir) {
    const dir = (0,core_files/* resolveInside */.LI)(root, packageDir, 'package-dir');
    const text = await (0,core_files/* readTextOrNull */.GR)((0,external_node_path_.join)(dir, 'pyproject.toml'));
    const out = {};
    const doc = text === null ? {} : (0,pyproject/* parsePyproject */.OU)(text, 'pyproject.toml');
    const tool = ((0,pyproject/* getPath */.Yn)(doc, ['tool']) ?? {});
    const cz = tool['commitizen'];
    if (cz !== null && typeof cz === 'object') {
        const c = cz;
        const from = '[tool.commitizen]';
        const fmt = str(c['tag_format']);
        const template = fmt !== undefined ? commitizenTagTemplate(fmt) : undefined;
        if (template)
            out.tagTemplate = { template, from };
        const rules = commitizenBumpRules(c);
        out.bumpRules = { ...rules, from };
        const file = str(c['changelog_file']);
        if (file)
            out.changelogFile = { path: file, from };
    }
    const psr = tool['semantic_release'];
    if (psr !== null && typeof psr === 'object') {
        const p = psr;
        const from = '[tool.semantic_release]';
        const fmt = str(p['tag_format']);
        const template = fmt !== undefined ? semanticReleaseTagTemplate(fmt) : undefined;
        if (template && !out.tagTemplate)
            out.tagTemplate = { template, from };
        const opts = (0,pyproject/* getPath */.Yn)(p, ['commit_parser_options']);
        const parser = str(p['commit_parser']) ?? 'conventional';
        if (['conventional', 'angular', 'conventional-commits'].includes(parser) && !out.bumpRules) {
            const minor = strList((0,pyproject/* getPath */.Yn)(opts, ['minor_tags'])) ?? ['feat'];
            const patch = strList((0,pyproject/* getPath */.Yn)(opts, ['patch_tags'])) ?? ['fix', 'perf'];
            out.bumpRules = { minor, patch, from: `${from} commit_parser_options` };
        }
        const file = str((0,pyproject/* getPath */.Yn)(p, ['changelog', 'default_templates', 'changelog_file'])) ?? str((0,pyproject/* getPath */.Yn)(p, ['changelog', 'changelog_file'])) ?? str(p['changelog_file']);
        if (file && !out.changelogFile)
            out.changelogFile = { path: file, from };
    }
    let tc = tool['towncrier'];
    let tcFrom = '[tool.towncrier] in pyproject.toml';
    if (tc === undefined) {
        const own = await (0,core_files/* readTextOrNull */.GR)((0,external_node_path_.join)(dir, 'towncrier.toml'));
        if (own !== null) {
            tc = (0,pyproject/* getPath */.Yn)((0,pyproject/* parsePyproject */.OU)(own, 'towncrier.toml'), ['tool', 'towncrier']) ?? {};
            tcFrom = 'towncrier.toml';
        }
    }
    if (tc !== null && typeof tc === 'object') {
        const t = tc;
        out.towncrier = { filename: str(t['filename']) ?? 'NEWS.rst', directory: str(t['directory']), from: tcFrom };
        const name = str(t['name']);
        if (name)
            out.towncrier.name = name;
    }
    return out;
}

// EXTERNAL MODULE: ./src/ecosystems/python/version-sources.ts + 3 modules
var version_sources = __webpack_require__(72684);
;// CONCATENATED MODULE: ./src/ecosystems/python/index.ts









const MARKERS = ['pyproject.toml', 'setup.py', 'setup.cfg'];
/** True when `dir` holds pyproject.toml, setup.py or setup.cfg. */
async function detectPython(dir) {
    for (const m of MARKERS)
        if (await (0,core_files/* pathExists */.s0)((0,external_node_path_.join)(dir, m)))
            return true;
    return false;
}
/**
 * Reads a Python package's name, current version and the files that hold it. A VCS-derived version
 * (setuptools-scm, hatch-vcs, pdm scm, poetry-dynamic-versioning, versioningit) is not refused here: it comes
 * back as `versionFromVcs: true` with no version files and an empty `version`, and the stage decides (the
 * last release tag is the current version; no file is edited). Throws NO_VERSION, VERSION_CONFLICT, BAD_TOML.
 */
async function readPythonPackage(root, packageDir) {
    const found = await (0,version_sources/* collectVersionSources */.f)(root, packageDir);
    const base = { name: found.name, scheme: 'pep440', versionSource: found.description, warnings: found.warnings };
    if (found.fromVcs)
        return { ...base, version: '', versionFiles: [], versionFromVcs: true, vcsTool: found.vcsTool };
    const version = found.sources.find((s) => s.version !== undefined)?.version;
    const locks = await lockEdits(root, packageDir, found.name, version, `${version}.post999`);
    return { ...base, version, versionFiles: [...new Set([...found.sources.map((s) => s.path), ...locks.map((e) => e.path)])] };
}
/** Edits of the lock files (uv.lock, pdm.lock in the package directory or the repository root) that list the project at `current`. */
async function lockEdits(root, packageDir, name, current, next) {
    const edits = [];
    const dirs = [...new Set([external_node_path_.posix.normalize(packageDir.split('\\').join('/')), '.'])];
    for (const dir of dirs) {
        for (const lock of LOCK_FILES) {
            const path = dir === '.' ? lock : external_node_path_.posix.join(dir, lock);
            const before = await (0,core_files/* readTextOrNull */.GR)((0,core_files/* resolveInside */.LI)(root, path));
            if (before === null)
                continue;
            const after = updateLockContent(before, name, current, next, path);
            if (after !== before)
                edits.push({ path, before, after });
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
async function planPythonVersionEdits(root, packageDir, info, next) {
    if (info.versionFromVcs)
        return [];
    const found = await (0,version_sources/* collectVersionSources */.f)(root, packageDir);
    const current = found.sources.find((s) => s.version !== undefined)?.version;
    // Pattern rules (no stated version) first: they look for the current version, which the others replace.
    const ordered = [...found.sources].sort((a, b) => Number(a.version !== undefined) - Number(b.version !== undefined));
    const locations = ordered.map((s) => ({ path: s.path, updater: { updateContent: (t, next) => s.update(t, next, current) } }));
    const edits = await planVersionEdits(root, info, locations, next);
    for (const e of await lockEdits(root, packageDir, found.name, current, next))
        if (!edits.some((x) => x.path === e.path))
            edits.push(e);
    return edits;
}
/**
 * The Python ecosystem: pyproject.toml (PEP 621, Poetry, hatch, setuptools, pdm) and `__version__` files. Its
 * build, install-check, publish and verify members live in pipeline.ts, loaded by getFullAdapter.
 */
const pythonAdapter = {
    name: 'python',
    detect: detectPython,
    readPackage: readPythonPackage,
    planVersionEdits: planPythonVersionEdits,
    docsReplacements: pythonDocsReplacements,
    installCommand: (name, version) => `pip install ${name}==${version}`,
    releaseConventions: readPythonReleaseConventions,
};

;// CONCATENATED MODULE: ./src/ecosystems/adapters.ts



/**
 * Every known ecosystem by name, in detection order: python first (pyproject.toml, setup.py, setup.cfg), then
 * npm (package.json), so a directory with both is a Python package and one with only package.json is npm.
 */
const ECOSYSTEMS = {
    python: () => pythonAdapter,
    npm: () => npmAdapter,
};
/** The adapter called `name`; an unknown name throws UNKNOWN_ECOSYSTEM listing the known ones. */
function getAdapter(name) {
    const factory = Object.hasOwn(ECOSYSTEMS, name) ? ECOSYSTEMS[name] : undefined;
    if (!factory) {
        throw new errors/* ReleaseError */.K2('UNKNOWN_ECOSYSTEM', `Unknown ecosystem "${name}" (input "ecosystem").`, `Use "auto" or one of: ${Object.keys(ECOSYSTEMS).join(', ')}.`);
    }
    return factory();
}
/**
 * The adapter for the package in `dir`: the named one, or with `auto` the first whose detect() is true.
 * No match throws UNKNOWN_ECOSYSTEM naming the directory and the ecosystems tried.
 */
async function detectEcosystem(dir, requested) {
    if (requested !== 'auto')
        return getAdapter(requested);
    for (const name of Object.keys(ECOSYSTEMS)) {
        const adapter = ECOSYSTEMS[name]();
        if (await adapter.detect(dir))
            return adapter;
    }
    throw new errors/* ReleaseError */.K2('UNKNOWN_ECOSYSTEM', `No package found in ${dir} (tried: ${Object.keys(ECOSYSTEMS).join(', ')}).`, 'Point input "package-dir" at the package (the directory with pyproject.toml or package.json), or set input "ecosystem".');
}
/**
 * Each ecosystem's build, install-check, publish and verify members, imported only when a stage needs them:
 * prepare-release reads and edits files and never loads the build and publish code (nor its start-up cost).
 */
const PIPELINES = {
    python: async () => (await __webpack_require__.e(/* import() */ 320).then(__webpack_require__.bind(__webpack_require__, 73320))).pythonPipeline,
    npm: async () => (await __webpack_require__.e(/* import() */ 427).then(__webpack_require__.bind(__webpack_require__, 96427))).npmPipeline,
};
/** `adapter` with its gate and publish members; refuses an ecosystem without them. */
async function withPipeline(adapter) {
    const load = Object.hasOwn(PIPELINES, adapter.name) ? PIPELINES[adapter.name] : undefined;
    if (!load)
        throw new errors/* ReleaseError */.K2('UNKNOWN_ECOSYSTEM', `The ${adapter.name} adapter cannot build or publish yet.`, 'Use an ecosystem with a full adapter (python, npm).');
    return { ...(await load()), ...adapter };
}
/** The adapter for `dir` (or the named ecosystem) with its gate and publish members; refuses one without them. */
async function getFullAdapter(dir, requested) {
    return withPipeline(await detectEcosystem(dir, requested));
}


/***/ }),

/***/ 81396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ assertValidPythonName),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   bY: () => (/* binding */ importName)
/* harmony export */ });
/* unused harmony export PEP508_NAME */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** A valid distribution name (PEP 508): letters, digits, `.`, `_`, `-`, starting and ending alphanumeric. */
const PEP508_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
/**
 * Refuses a project name that is not a PEP 508 name (newlines, workflow commands, shell metacharacters never
 * reach a log line, a commit, a tag or a command line). `file` names where it was read.
 */
function assertValidPythonName(name, file) {
    if (!PEP508_NAME.test(name)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('BAD_INPUT', `${file} names the project ${JSON.stringify(name)}, which is not a valid distribution name.`, 'Use a PEP 508 name: letters, digits, ".", "_" and "-", starting and ending with a letter or digit (e.g. `name = "my-package"`).', { location: { file } });
    }
}
/** PEP 503 normalized project name: runs of `-`, `_`, `.` become one `-`, lower-cased (`Relay_Example` → `relay-example`). */
function normalizeName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** The import name a project most likely uses for its top-level module (`relay-example` → `relay_example`). */
function importName(name) {
    return normalizeName(name).replace(/-/g, '_');
}


/***/ }),

/***/ 72684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ collectVersionSources),
  m: () => (/* binding */ pretendVersionSuffix)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/files.ts
var files = __webpack_require__(69928);
// EXTERNAL MODULE: ./src/ecosystems/python/ini-file.ts
var ini_file = __webpack_require__(38281);
// EXTERNAL MODULE: ./src/ecosystems/python/names.ts
var names = __webpack_require__(81396);
// EXTERNAL MODULE: ./src/ecosystems/python/pyproject.ts
var pyproject = __webpack_require__(87160);
;// CONCATENATED MODULE: ./src/ecosystems/python/version-file.ts

const ASSIGNMENT_PREFIX = /^(\s*)([A-Za-z_][A-Za-z0-9_]*)\s*(?::\s*(?:str|typing\.Final|Final(?:\[str\])?)\s*)?=\s*(['"])/;
/**
 * Finds the module-level string assignments to `variable` (`__version__ = "1.2.3"`, `__version__: str = '1.2.3'`).
 * Lines inside triple-quoted strings (docstrings) and indented lines are ignored; values that are not a plain
 * one-line string literal (`version("pkg")`, f-strings, concatenations) are not matched.
 */
function findVersionAssignments(text, variable = '__version__') {
    const found = [];
    let offset = 0;
    let inTriple = null;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const lineStart = offset;
        offset += line.length + 1;
        if (inTriple) {
            if (line.includes(inTriple))
                inTriple = countOpen(line.slice(line.indexOf(inTriple) + 3));
            continue;
        }
        const m = ASSIGNMENT_PREFIX.exec(line);
        if (m && m[1] === '' && m[2] === variable) {
            const quote = m[3];
            const contentStart = m[0].length;
            const close = line.indexOf(quote, contentStart);
            // A plain literal: closed on this line, no escapes, nothing but a comment after it.
            const rest = close >= 0 ? line.slice(close + 1) : '';
            if (close >= 0 && !line.slice(contentStart, close).includes('\\') && /^\s*(#.*)?\r?$/.test(rest) && !line.startsWith(quote.repeat(3), contentStart - 1)) {
                found.push({ start: lineStart + contentStart, end: lineStart + close, line: i + 1, value: line.slice(contentStart, close) });
                continue;
            }
        }
        inTriple = countOpen(line);
    }
    return found;
}
/** The triple quote left open at the end of `line`, if any (a rough count that suffices for docstrings). */
function countOpen(line) {
    let open = null;
    let i = 0;
    while (i < line.length) {
        if (open === null && line[i] === '#')
            return null;
        const three = line.slice(i, i + 3);
        if (three === '"""' || three === "'''") {
            if (open === null)
                open = three;
            else if (open === three)
                open = null;
            i += 3;
        }
        else
            i++;
    }
    return open;
}
/** The version a Python file assigns to `variable`, or null when it has no plain literal assignment. */
function readVersion(text, variable = '__version__') {
    return findVersionAssignments(text, variable)[0]?.value ?? null;
}
/**
 * The Python version-file updater: rewrites the literal of every module-level `__version__` assignment to
 * `version`, keeping quotes, annotation, spacing and comments. `file` names the file in errors.
 */
function updateContent(text, version, options = {}) {
    const variable = options.variable ?? '__version__';
    const file = options.file ?? 'the version file';
    if (!/^[A-Za-z0-9.+!_-]+$/.test(version)) {
        throw new errors/* ReleaseError */.K2('BAD_VERSION', `Version "${version}" cannot be written to ${file}.`, 'Use a PEP 440 version such as 1.2.0 or 1.2.0rc1.');
    }
    const found = findVersionAssignments(text, variable);
    if (found.length === 0) {
        throw new errors/* ReleaseError */.K2('NO_VERSION', `${file} has no \`${variable} = "..."\` line to update.`, `Add \`${variable} = "x.y.z"\` at module level in ${file}.`, { location: { file } });
    }
    let after = text;
    for (const a of [...found].sort((x, y) => y.start - x.start))
        after = after.slice(0, a.start) + version + after.slice(a.end);
    return after;
}

;// CONCATENATED MODULE: ./src/ecosystems/python/version-patterns.ts

/** Escapes `text` for use inside a RegExp. */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * commitizen's `version_files` rule: on every line (or only the lines matching `lineRegex`), replace the
 * current version with the next one. Returns the text unchanged when nothing matched.
 */
function replaceOnLines(text, current, next, lineRegex) {
    const exact = new RegExp(`(?<![0-9A-Za-z.])${escapeRegExp(current)}(?![0-9A-Za-z])`, 'g');
    return text
        .split('\n')
        .map((line) => (lineRegex && !lineRegex.test(line) ? line : line.replace(exact, next)))
        .join('\n');
}
/** Whether `replaceOnLines` would change anything. */
function holdsOnLines(text, current, lineRegex) {
    return replaceOnLines(text, current, `${current}\u0000`, lineRegex) !== text;
}
/** bump-my-version / bumpversion: fills `{current_version}` / `{new_version}` and the `{now:…}`-free placeholders we know. */
function formatBumpPattern(pattern, values) {
    return pattern.replace(/\{(current_version|new_version)\}/g, (_, k) => values[k]).replace(/\\n/g, '\n');
}
/** Placeholders other than {current_version}/{new_version} (e.g. `{major}`, `{now:%Y}`), which we cannot fill. */
function unknownPlaceholders(pattern) {
    return [...pattern.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]).filter((k) => k !== 'current_version' && k !== 'new_version');
}
/**
 * bump-my-version's search/replace on one file: every occurrence of `search` (formatted with the current
 * version) becomes `replace` (formatted with both). Throws VERSION_CONFLICT when the search text is absent.
 */
function searchReplace(text, opts) {
    const values = { current_version: opts.current, new_version: opts.next };
    const search = formatBumpPattern(opts.search, values);
    if (!text.includes(search)) {
        throw new errors/* ReleaseError */.K2('VERSION_CONFLICT', `${opts.file} (named by ${opts.via}) does not contain "${search}".`, `Make ${opts.file} hold the current version ${opts.current}, or fix its search pattern in ${opts.via}.`, { location: { file: opts.file } });
    }
    return text.split(search).join(formatBumpPattern(opts.replace, values));
}
/**
 * A `NAME = "1.2.3"` / `NAME: '1.2.3'` / `"NAME": "1.2.3"` assignment in any text file (python-semantic-release's
 * `version_variables`). Returns the version of the first match, or null.
 */
function variablePattern(variable) {
    return new RegExp(`^(\\s*["']?${escapeRegExp(variable)}["']?\\s*[:=]\\s*["']?)([0-9][0-9A-Za-z.+!_-]*)`, 'm');
}
/** Reads the version assigned to `variable` in any text file, or null. */
function readVariable(text, variable) {
    return variablePattern(variable).exec(text)?.[2] ?? null;
}
/** Sets every assignment of `variable` (see variablePattern) to `next`. */
function replaceVariable(text, variable, next) {
    const re = new RegExp(variablePattern(variable).source, 'gm');
    return text.replace(re, (_m, lead) => `${lead}${next}`);
}

;// CONCATENATED MODULE: ./src/ecosystems/python/release-tools.ts






function isTable(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function strings(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' ? [v] : [];
}
function tomlKeyFile(file, key, via) {
    return {
        file,
        via,
        read: (t) => {
            const v = pyproject/* getPath */.Yn(pyproject/* parsePyproject */.OU(t, file), key);
            return typeof v === 'string' ? v : null;
        },
        update: (t, next) => pyproject/* updateContent */.le(t, next, { keys: [key], file }),
    };
}
function variableFile(file, variable, via) {
    const isPy = file.endsWith('.py');
    return {
        file,
        via,
        read: (t) => (isPy ? readVersion(t, variable) : null) ?? readVariable(t, variable),
        update: (t, next) => (isPy && readVersion(t, variable) !== null ? updateContent(t, next, { variable, file }) : replaceVariable(t, variable, next)),
    };
}
/** commitizen: `[tool.commitizen]` in pyproject.toml, `.cz.toml` or `cz.toml`. */
async function commitizen(pyDoc, read, out) {
    let cz;
    let cfgFile = 'pyproject.toml';
    const fromPy = pyDoc ? pyproject/* getPath */.Yn(pyDoc, ['tool', 'commitizen']) : undefined;
    if (isTable(fromPy))
        cz = fromPy;
    for (const f of ['.cz.toml', 'cz.toml']) {
        if (cz)
            break;
        const t = await read(f);
        const found = t === null ? undefined : pyproject/* getPath */.Yn(pyproject/* parsePyproject */.OU(t, f), ['tool', 'commitizen']);
        if (isTable(found)) {
            cz = found;
            cfgFile = f;
        }
    }
    if (!cz)
        return;
    out.tools.push('commitizen');
    const provider = typeof cz.version_provider === 'string' ? cz.version_provider : 'commitizen';
    if (provider === 'scm')
        out.vcsTool = 'commitizen (version_provider = "scm")';
    // The "commitizen" provider (the default) keeps the version in [tool.commitizen] version itself.
    if (provider === 'commitizen' && typeof cz.version === 'string')
        out.files.push(tomlKeyFile(cfgFile, ['tool', 'commitizen', 'version'], `[tool.commitizen] version in ${cfgFile}`));
    for (const entry of strings(cz.version_files)) {
        const cut = entry.indexOf(':');
        const file = cut < 0 ? entry : entry.slice(0, cut);
        let lineRegex;
        if (cut >= 0) {
            try {
                lineRegex = new RegExp(entry.slice(cut + 1));
            }
            catch {
                throw new errors/* ReleaseError */.K2('BAD_INPUT', `[tool.commitizen] version_files has "${entry}", whose pattern is not a valid regular expression.`, `Fix the entry in ${cfgFile} (format: "path" or "path:regex").`, { location: { file: cfgFile } });
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
function semanticRelease(pyDoc, out) {
    const sr = pyDoc ? pyproject/* getPath */.Yn(pyDoc, ['tool', 'semantic_release']) : undefined;
    if (!isTable(sr))
        return;
    out.tools.push('python-semantic-release');
    for (const entry of strings(sr.version_toml)) {
        const [file, key] = entry.split(':');
        if (!file || !key)
            continue;
        out.files.push(tomlKeyFile(file, key.split('.'), `[tool.semantic_release] version_toml`));
    }
    for (const entry of strings(sr.version_variables)) {
        const [file, variable] = entry.split(':');
        if (!file || !variable)
            continue;
        out.files.push(variableFile(file, variable, `[tool.semantic_release] version_variables`));
    }
}
function bumpFile(file, search, replace, via, out) {
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
async function bumpversion(pyDoc, read, out) {
    const tomlSources = [['pyproject.toml', pyDoc]];
    const bvToml = await read('.bumpversion.toml');
    if (bvToml !== null)
        tomlSources.unshift(['.bumpversion.toml', pyproject/* parsePyproject */.OU(bvToml, '.bumpversion.toml')]);
    for (const [cfgFile, doc] of tomlSources) {
        const bv = doc ? pyproject/* getPath */.Yn(doc, ['tool', 'bumpversion']) : undefined;
        if (!isTable(bv))
            continue;
        out.tools.push('bump-my-version');
        const via = `[tool.bumpversion] in ${cfgFile}`;
        if (typeof bv.current_version === 'string')
            out.files.push(tomlKeyFile(cfgFile, ['tool', 'bumpversion', 'current_version'], `[tool.bumpversion] current_version in ${cfgFile}`));
        const search = typeof bv.search === 'string' ? bv.search : '{current_version}';
        const replace = typeof bv.replace === 'string' ? bv.replace : '{new_version}';
        for (const f of Array.isArray(bv.files) ? bv.files : []) {
            if (!isTable(f) || typeof f.filename !== 'string') {
                if (isTable(f) && typeof f.glob === 'string')
                    out.warnings.push(`${via}: the files entry with glob "${f.glob}" is not expanded by release-relay; list the files by filename.`);
                continue;
            }
            bumpFile(f.filename, typeof f.search === 'string' ? f.search : search, typeof f.replace === 'string' ? f.replace : replace, via, out);
        }
        return;
    }
    for (const cfgFile of ['.bumpversion.cfg', 'setup.cfg']) {
        const text = await read(cfgFile);
        if (text === null)
            continue;
        const ini = (0,ini_file/* parseIni */.Ay)(text);
        const current = (0,ini_file/* iniValue */.Ct)(ini, 'bumpversion', 'current_version');
        if (current === undefined)
            continue;
        out.tools.push('bumpversion');
        out.files.push({
            file: cfgFile,
            via: `[bumpversion] current_version in ${cfgFile}`,
            read: (t) => (0,ini_file/* iniValue */.Ct)((0,ini_file/* parseIni */.Ay)(t), 'bumpversion', 'current_version') ?? null,
            update: (t, next) => (0,ini_file/* setIniValue */.qC)(t, 'bumpversion', 'current_version', next),
        });
        const search = (0,ini_file/* iniValue */.Ct)(ini, 'bumpversion', 'search') ?? '{current_version}';
        const replace = (0,ini_file/* iniValue */.Ct)(ini, 'bumpversion', 'replace') ?? '{new_version}';
        for (const [section, entries] of ini) {
            const m = /^bumpversion:(?:file|glob)(?:\([^)]*\))?:(.+)$/.exec(section);
            if (!m)
                continue;
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
async function readReleaseToolConfig(pyDoc, read) {
    const out = { files: [], tools: [], warnings: [] };
    await commitizen(pyDoc, read, out);
    semanticRelease(pyDoc, out);
    await bumpversion(pyDoc, read, out);
    for (const f of out.files)
        f.file = external_node_path_.posix.normalize(f.file.split('\\').join('/'));
    return out;
}

;// CONCATENATED MODULE: ./src/ecosystems/python/version-sources.ts










const PYPROJECT = 'pyproject.toml';
const SKIP_DIRS = new Set(['.git', '.tox', '.nox', '.venv', 'venv', 'node_modules', 'build', 'dist', '__pycache__', 'tests', 'test', 'docs', '.eggs']);
function rel(packageDir, file) {
    return external_node_path_.posix.normalize(external_node_path_.posix.join(packageDir.split('\\').join('/'), file.split('\\').join('/')));
}
/** Candidate files for a dotted module (`pkg.about` → `src/pkg/about.py`, `pkg/about/__init__.py`, …). */
function moduleFiles(module, baseDirs) {
    const parts = module.split('.');
    const out = [];
    for (const base of baseDirs) {
        out.push(external_node_path_.posix.join(base, ...parts, '__init__.py'), external_node_path_.posix.join(base, ...parts.slice(0, -1), `${parts[parts.length - 1]}.py`));
    }
    return out;
}
/** hatch's `pattern` (a Python regex with a `version` group) as a JS RegExp. */
function hatchPattern(pattern) {
    if (!pattern)
        return undefined;
    let src = pattern.replace(/\(\?P<version>/g, '(?<version>');
    let flags = 'm';
    const inline = /^\(\?([a-z]+)\)/.exec(src);
    if (inline) {
        src = src.slice(inline[0].length);
        if (inline[1].includes('i'))
            flags += 'i';
    }
    return new RegExp(src, flags);
}
function pyVariable(file, variable, via) {
    return { file, via, read: (t) => readVersion(t, variable), update: (t, next) => updateContent(t, next, { variable, file }) };
}
/** hatch's default: `__version__ = "…"` or `VERSION = "…"`; or the configured pattern. */
function hatchFile(file, via, pattern) {
    const re = hatchPattern(pattern);
    if (!re) {
        return {
            file,
            via,
            read: (t) => readVersion(t) ?? readVersion(t, 'VERSION'),
            update: (t, next) => updateContent(t, next, { variable: readVersion(t) !== null ? '__version__' : 'VERSION', file }),
        };
    }
    return {
        file,
        via: `${via} (pattern)`,
        read: (t) => re.exec(t)?.groups?.version ?? null,
        update: (t, next) => {
            const m = re.exec(t);
            const v = m?.groups?.version;
            if (!m || v === undefined)
                throw new errors/* ReleaseError */.K2('NO_VERSION', `${file} no longer matches [tool.hatch.version] pattern.`, 'Fix the pattern or the file.', { location: { file } });
            const at = m.index + m[0].indexOf(v);
            return t.slice(0, at) + next + t.slice(at + v.length);
        },
    };
}
/** A file whose whole content is the version (setuptools `file:`). */
function plainFile(file, via) {
    return {
        file,
        via,
        read: (t) => t.trim() || null,
        update: (t, next) => t.replace(new RegExp(escapeRegExp(t.trim())), next),
    };
}
const SETUP_PY_VERSION = /\bversion\s*=\s*(["'])([0-9][A-Za-z0-9.+!_-]*)\1/g;
/** setup.py's `name="…"`, a literal `version="…"` (when there is exactly one) and `use_scm_version`, read without running it. */
function readSetupPy(text) {
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
async function collectVersionSources(root, packageDir) {
    const pkgRoot = (0,files/* resolveInside */.LI)(root, packageDir, 'package-dir');
    const read = (f) => (0,files/* readTextOrNull */.GR)((0,files/* resolveInside */.LI)(pkgRoot, f, 'a version file'));
    const pyFile = rel(packageDir, PYPROJECT);
    const text = await read(PYPROJECT);
    const cfgText = await read('setup.cfg');
    const setupPy = await read('setup.py');
    if (text === null && cfgText === null && setupPy === null) {
        throw new errors/* ReleaseError */.K2('NO_VERSION', `${pyFile} was not found.`, 'Point input "package-dir" at the directory holding pyproject.toml (or setup.cfg).', { location: { file: pyFile } });
    }
    const doc = text === null ? null : pyproject/* parsePyproject */.OU(text, pyFile);
    const config = doc ? pyproject/* readVersionConfig */.T7(doc) : undefined;
    const cfg = cfgText === null ? undefined : (0,ini_file/* parseIni */.Ay)(cfgText);
    const setupPyInfo = setupPy === null ? undefined : readSetupPy(setupPy);
    const name = config?.name ?? (cfg && (0,ini_file/* iniValue */.Ct)(cfg, 'metadata', 'name')) ?? setupPyInfo?.name;
    if (!name) {
        const where = text !== null ? pyFile : rel(packageDir, cfgText !== null ? 'setup.cfg' : 'setup.py');
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${where} has no project name.`, text !== null ? 'Add `name = "your-package"` under [project].' : 'Add `name = your-package` under [metadata] in setup.cfg.', { location: { file: where } });
    }
    (0,names/* assertValidPythonName */.CB)(name, text !== null ? pyFile : rel(packageDir, cfgText !== null ? 'setup.cfg' : 'setup.py'));
    const tools = await readReleaseToolConfig(doc, read);
    const warnings = [...tools.warnings];
    // 1. VCS: a plugin owns the version even when a placeholder (poetry-dynamic-versioning's "0.0.0") is written.
    // Without a [project] table (setup.cfg / setup.py metadata), setuptools-scm announces itself in setup.py,
    // [tool.setuptools_scm] or the build requirements.
    const requires = doc ? pyproject/* getPath */.Yn(doc, ['build-system', 'requires']) : undefined;
    const scmHinted = setupPyInfo?.scm === true ||
        (doc !== null && pyproject/* getPath */.Yn(doc, ['tool', 'setuptools_scm']) !== undefined) ||
        (Array.isArray(requires) && requires.some((r) => typeof r === 'string' && /^setuptools[-_]scm\b/i.test(r.trim())));
    const setupOnlyScm = (doc === null || pyproject/* getPath */.Yn(doc, ['project']) === undefined) && !config?.staticVersions.length && scmHinted && !(cfg && (0,ini_file/* iniValue */.Ct)(cfg, 'metadata', 'version')) && !setupPyInfo?.version;
    const vcsTool = config?.fromVcs ? config.vcsTool : tools.vcsTool ?? (setupOnlyScm ? 'setuptools-scm' : undefined);
    if (vcsTool) {
        return { name, sources: [], fromVcs: true, vcsTool, description: `from git tags (${vcsTool}); no file is edited`, warnings };
    }
    const sources = [];
    // 2. Static fields.
    for (const s of config?.staticVersions ?? []) {
        sources.push({ path: pyFile, version: s.version, kind: 'static', via: `[${s.key.slice(0, -1).join('.')}] version`, update: (t, next) => pyproject/* updateContent */.le(t, next, { keys: [s.key], file: pyFile }) });
    }
    const cfgVersion = cfg ? cfg.get('metadata')?.get('version') : undefined;
    const cfgPath = rel(packageDir, 'setup.cfg');
    let cfgDirective = {};
    if (cfgVersion) {
        const m = /^(attr|file):\s*(.+)$/.exec(cfgVersion.value);
        if (m)
            cfgDirective = { [m[1]]: m[2].split(',')[0].trim() };
        else
            sources.push({ path: cfgPath, version: cfgVersion.value, kind: 'static', via: 'setup.cfg [metadata] version', update: (t, next) => (0,ini_file/* setIniValue */.qC)(t, 'metadata', 'version', next) });
    }
    // setup.py's literal `version="…"` in a project that states its version nowhere else.
    if (setupPyInfo?.version && !config?.staticVersions.length && !cfgVersion && !config?.dynamic) {
        const setupPath = rel(packageDir, 'setup.py');
        sources.push({ path: setupPath, version: setupPyInfo.version, kind: 'static', via: 'setup.py version=', update: (t, next) => t.replace(SETUP_PY_VERSION, (_m, q) => `version=${q}${next}${q}`) });
    }
    // 3. Files the build backend reads a dynamic version from: these must hold a literal.
    const required = [];
    const hatchPatternValue = doc ? pyproject/* getPath */.Yn(doc, ['tool', 'hatch', 'version', 'pattern']) : undefined;
    for (const p of config?.versionPaths ?? []) {
        required.push(p.via.startsWith('[tool.hatch') ? hatchFile(p.path, p.via, typeof hatchPatternValue === 'string' ? hatchPatternValue : undefined) : pyVariable(p.path, '__version__', p.via));
    }
    const attrSpec = config?.attr ?? (cfgDirective.attr ? splitAttr(cfgDirective.attr, cfg ? (0,ini_file/* iniValue */.Ct)(cfg, 'options', 'package_dir') : undefined) : undefined);
    if (attrSpec) {
        const bases = attrSpec.packageDir !== undefined ? [attrSpec.packageDir] : ['src', '.'];
        const candidates = moduleFiles(attrSpec.module, bases);
        let chosen;
        for (const c of candidates)
            if ((await read(c)) !== null) {
                chosen = c;
                break;
            }
        const via = config?.attr ? '[tool.setuptools.dynamic] version.attr' : 'setup.cfg version = attr:';
        if (!chosen) {
            throw new errors/* ReleaseError */.K2('NO_VERSION', `${config?.attr ? pyFile : cfgPath} reads the version from attr "${attrSpec.module}.${attrSpec.variable}", but none of ${candidates.map((c) => rel(packageDir, c)).join(', ')} exists.`, config?.attr ? 'Fix [tool.setuptools.dynamic] version.attr, or set [tool.setuptools] package-dir.' : 'Fix `version = attr: …` under [metadata] in setup.cfg, or set package_dir under [options].', { location: { file: config?.attr ? pyFile : cfgPath } });
        }
        required.push(pyVariable(chosen, attrSpec.variable, via));
    }
    const plain = config?.versionFile ?? cfgDirective.file;
    if (plain)
        required.push(plainFile(plain, config?.versionFile ? '[tool.setuptools.dynamic] version.file' : 'setup.cfg version = file:'));
    if (config?.dynamic && config.buildBackend?.startsWith('flit_core') && required.length === 0) {
        const flitModule = doc ? pyproject/* getPath */.Yn(doc, ['tool', 'flit', 'module', 'name']) : undefined;
        const mod = typeof flitModule === 'string' ? flitModule : (0,names/* importName */.bY)(name);
        const candidates = moduleFiles(mod, ['.', 'src']);
        let chosen;
        for (const c of candidates)
            if ((await read(c)) !== null) {
                chosen = c;
                break;
            }
        if (!chosen) {
            throw new errors/* ReleaseError */.K2('NO_VERSION', `flit reads the version of ${name} from the module ${mod}, but none of ${candidates.map((c) => rel(packageDir, c)).join(', ')} exists.`, 'Set [tool.flit.module] name to the import name of your package.', { location: { file: pyFile } });
        }
        required.push(pyVariable(chosen, '__version__', 'flit (the module\'s __version__)'));
    }
    for (const r of required) {
        const path = rel(packageDir, r.file);
        const content = await read(r.file);
        const version = content === null ? null : r.read(content);
        if (version === null) {
            throw new errors/* ReleaseError */.K2('NO_VERSION', content === null ? `${path} (from ${r.via}) does not exist.` : `${path} (from ${r.via}) holds no version.`, `Add \`__version__ = "0.1.0"\` at module level in ${path} (or the version itself for a version file), or fix ${r.via}.`, { location: { file: path } });
        }
        sources.push({ path, version, via: r.via, kind: 'dynamic-file', update: (t, next) => r.update(t, next) });
    }
    // 4. The release tools' declared files.
    const followers = [];
    for (const f of tools.files) {
        const path = rel(packageDir, f.file);
        const content = await read(f.file);
        if (content === null) {
            throw new errors/* ReleaseError */.K2('NO_VERSION', `${path} (named by ${f.via}) does not exist.`, `Create it or remove it from ${f.via}.`, { location: { file: path } });
        }
        if (f.read) {
            const version = f.read(content);
            if (version === null)
                throw new errors/* ReleaseError */.K2('NO_VERSION', `${path} (named by ${f.via}) holds no version.`, `Add the version to ${path}, or fix ${f.via}.`, { location: { file: path } });
            sources.push({ path, version, via: f.via, kind: 'release-tool', update: f.update });
        }
        else {
            const holds = f.holds ?? (() => true);
            followers.push({ path, via: f.via, holds });
            sources.push({ path, via: f.via, kind: 'release-tool', update: f.update });
        }
    }
    // 5. Optional: a literal __version__ kept by hand next to the metadata (the common "two files, one value"),
    // in the package or in a single-module distribution's `<module>.py` (six: setup.py says version=six.__version__).
    const mod = (0,names/* importName */.bY)(name);
    const moduleCandidates = ['src', '.'].flatMap((base) => [...['__init__.py', '__about__.py'].map((f) => external_node_path_.posix.join(base, mod, f)), external_node_path_.posix.join(base, `${mod}.py`)]);
    for (const candidate of moduleCandidates) {
        const path = rel(packageDir, candidate);
        if (sources.some((s) => s.path === path && s.version !== undefined))
            continue;
        const content = await read(candidate);
        const version = content === null ? null : readVersion(content);
        if (version !== null)
            sources.push({ path, version, kind: 'module', via: '__version__', update: (t, next) => updateContent(t, next, { file: path }) });
    }
    const stated = sources.filter((s) => s.version !== undefined);
    if (stated.length === 0) {
        throw new errors/* ReleaseError */.K2('NO_VERSION', `No version found for ${name}: ${text !== null ? `${pyFile} has no [project] version` : cfgText !== null ? 'setup.cfg has no [metadata] version' : 'setup.py has no literal version="…"'}${config?.dynamic ? ' and its dynamic version source is not one release-relay can edit' : ''}, and no ${mod}/__init__.py or ${mod}.py sets __version__.`, 'Add `version = "0.1.0"` under [project], or configure a dynamic version ([tool.hatch.version] path, [tool.setuptools.dynamic] version.attr) or a VCS plugin (hatch-vcs, setuptools-scm).', { location: { file: text !== null ? pyFile : cfgPath } });
    }
    const distinct = [...new Set(stated.map((s) => s.version))];
    if (distinct.length > 1) {
        throw new errors/* ReleaseError */.K2('VERSION_CONFLICT', `The version of ${name} differs between files: ${stated.map((s) => `${s.path} (${s.via}) = ${s.version}`).join('; ')}.`, 'Make every file hold the same current version (the one last released), commit, and run again.', { location: { file: stated[stated.length - 1].path } });
    }
    const current = distinct[0];
    for (const f of followers) {
        const content = (await (0,files/* readTextOrNull */.GR)((0,files/* resolveInside */.LI)(root, f.path))) ?? '';
        if (!f.holds(content, current)) {
            throw new errors/* ReleaseError */.K2('VERSION_CONFLICT', `${f.path} (named by ${f.via}) does not contain the current version ${current}.`, `Put ${current} back into ${f.path} where ${f.via} expects it (it is stale), or fix the file's pattern in ${f.via}; commit, and run again.`, { location: { file: f.path } });
        }
    }
    warnings.push(...(await strayVersionLiterals(pkgRoot, packageDir, current, new Set(sources.map((s) => s.path)))));
    const first = stated[0];
    const kinds = [...new Set(sources.map((s) => s.path))];
    return { name, sources, fromVcs: false, description: `${first.via} in ${first.path}${kinds.length > 1 ? `; also ${kinds.filter((p) => p !== first.path).join(', ')}` : ''}`, warnings };
}
function splitAttr(dotted, packageDirValue) {
    const cut = dotted.lastIndexOf('.');
    if (cut <= 0)
        return undefined;
    // setup.cfg `package_dir = =src` (or on a continuation line).
    const rootDir = packageDirValue?.split('\n').map((l) => l.trim()).find((l) => l.startsWith('='))?.slice(1).trim();
    return { module: dotted.slice(0, cut), variable: dotted.slice(cut + 1), packageDir: rootDir || undefined };
}
/**
 * `__version__ = "<current>"` literals in the package's Python files that no configuration names: they would
 * stay behind at the old version. Looks under `src/` and top-level package directories, at most 400 files.
 */
async function strayVersionLiterals(pkgRoot, packageDir, current, known) {
    const found = [];
    let budget = 400;
    const walk = async (dir, relDir, depth) => {
        if (depth > 4 || budget <= 0)
            return;
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            if (budget <= 0)
                return;
            if (e.isDirectory()) {
                if (SKIP_DIRS.has(e.name) || e.name.startsWith('.') || e.name.endsWith('.egg-info'))
                    continue;
                await walk((0,external_node_path_.join)(dir, e.name), external_node_path_.posix.join(relDir, e.name), depth + 1);
            }
            else if (e.isFile() && e.name.endsWith('.py') && depth > 0) {
                budget--;
                const path = rel(packageDir, external_node_path_.posix.join(relDir, e.name));
                if (known.has(path))
                    continue;
                const t = await (0,files/* readTextOrNull */.GR)((0,external_node_path_.join)(dir, e.name));
                if (t !== null && findVersionAssignments(t).some((a) => a.value === current))
                    found.push(path);
            }
        }
    };
    await walk(pkgRoot, '.', 0);
    return found.map((p) => `${p} sets __version__ = "${current}", but no configuration names it, so it is not updated; name it in your release tool's version files or derive it with importlib.metadata.version().`);
}
/** The distribution name normalized for the setuptools-scm pretend variables (`my.pkg` → `MY_PKG`). */
function pretendVersionSuffix(name) {
    return (0,names/* normalizeName */.Pc)(name).replace(/[^A-Za-z0-9]/g, '_').toUpperCase();
}


/***/ }),

/***/ 97891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VN: () => (/* binding */ emptyArtifactDir),
/* harmony export */   b$: () => (/* binding */ markArtifactDir),
/* harmony export */   cT: () => (/* binding */ claimArtifactDir),
/* harmony export */   l8: () => (/* binding */ artifactDirFor)
/* harmony export */ });
/* unused harmony export ARTIFACT_DIR_MARKER */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69928);
/**
 * The gate's artifact directory: the one directory the suite empties, so it must be one the suite made.
 * New → created and marked; marked (an earlier run of the gate) → reused; empty and untracked → marked;
 * anything else (tracked paths, `.git`, a non-empty directory of someone else) → refused before any work.
 */





/** The file that marks a directory as the gate's own. */
const ARTIFACT_DIR_MARKER = '.release-relay-artifacts';
const HINT = 'Point input `artifact-dir` at a new directory (or one an earlier gate run created), e.g. one under $RUNNER_TEMP (the default).';
/**
 * Where the gate's artifacts go: input `artifact-dir` (relative to `cwd`), else
 * `<tempDir or the OS temp dir>/release-relay/<name>`. The build empties it first, so a directory that is or
 * holds one of `keep` (the working tree at `root`, the package) is refused (BAD_INPUT) before any work.
 */
function artifactDirFor(input, o) {
    const dir = input ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(o.cwd, input) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(o.tempDir || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'release-relay', o.name);
    if (o.keep.some((kept) => (0,_core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isWithin */ .UO)(dir, kept))) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_INPUT', `Input "artifact-dir" (${input}) holds the working tree (${o.root}); the gate empties it before building.`, 'Use a directory of its own, e.g. dist-release or one under $RUNNER_TEMP (the default).');
    }
    return dir;
}
/**
 * Checks that `dir` may be (re)used as the artifact directory and claims it; nothing is deleted here.
 * `root` is the repository's top level (its `.git` and tracked paths are never used). `defaultDir`: the path
 * is the suite's default, not a user's input.
 */
async function claimArtifactDir(dir, root, git, options = {}) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, dir);
    const inside = rel !== '' && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel);
    if (inside) {
        if (rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).includes('.git')) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('PATH_ESCAPE', `Input "artifact-dir" (${rel}) is inside the repository's .git directory; the gate empties its artifact directory.`, HINT);
        }
        const tracked = (await git.out(['ls-files', '--', rel])).split('\n').filter(Boolean);
        if (tracked.length) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('PATH_ESCAPE', `Input "artifact-dir" (${rel}) holds ${tracked.length} tracked file(s) (${tracked.slice(0, 3).join(', ')}); the gate empties its artifact directory.`, HINT);
        }
    }
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir).catch((err) => {
        if (err.code === 'ENOENT')
            return null;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_INPUT', `Input "artifact-dir" (${dir}) cannot be read: ${err.message}`, HINT);
    });
    if (entries === null) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    }
    else {
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir)).isDirectory())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_INPUT', `Input "artifact-dir" (${dir}) is a file, not a directory.`, HINT);
        // The default (`$RUNNER_TEMP/release-relay/release-<version>`) is the suite's own path by construction.
        if (entries.length && !entries.includes(ARTIFACT_DIR_MARKER) && !options.defaultDir) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_INPUT', `Input "artifact-dir" (${dir}) is not empty (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}) and was not created by release-relay; the gate would empty it.`, HINT);
        }
    }
    await markArtifactDir(dir);
}
/** (Re)writes the marker: after a build tool that recreates its output directory. */
async function markArtifactDir(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, ARTIFACT_DIR_MARKER), 'Created by release-relay quality-gate: emptied and refilled on every run.\n');
}
/** Empties a claimed artifact directory, keeping its marker. */
async function emptyArtifactDir(dir) {
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)) {
        if (entry !== ARTIFACT_DIR_MARKER)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, entry), { recursive: true, force: true });
    }
}


/***/ }),

/***/ 20465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dX: () => (/* binding */ FAILED_CHECK),
  Po: () => (/* binding */ checkCi),
  Yn: () => (/* binding */ checkTests),
  LD: () => (/* binding */ decide),
  J2: () => (/* binding */ finishGate),
  bb: () => (/* binding */ installDependencies),
  TW: () => (/* binding */ openRejectionIssue),
  qualityGate: () => (/* binding */ qualityGate),
  rejectionIssueBody: () => (/* binding */ rejectionIssueBody),
  u7: () => (/* binding */ testPlan)
});

// UNUSED EXPORTS: describeVerdict

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/combinators.ts
var combinators = __webpack_require__(54192);
// EXTERNAL MODULE: ./src/core/context.ts
var core_context = __webpack_require__(78480);
// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(55543);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(72642);
// EXTERNAL MODULE: ./src/core/files.ts
var core_files = __webpack_require__(69928);
// EXTERNAL MODULE: ./src/core/http.ts
var http = __webpack_require__(1983);
// EXTERNAL MODULE: ./src/gate/artifact-dir.ts
var artifact_dir = __webpack_require__(97891);
// EXTERNAL MODULE: ./src/core/log.ts
var log = __webpack_require__(44325);
;// CONCATENATED MODULE: ./src/git/tag-list.ts

/** listTags' command without `merged` (see askEarly). */
const ALL_TAGS_ARGS = ['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(creatordate:short)', 'refs/tags/'];
/**
 * Every tag (or every tag reachable from `merged`) in one `git for-each-ref` call, peeled to commits.
 * Without `merged` git answers from the refs alone (milliseconds); with it, git walks the history from
 * `merged` down to the oldest tag, which grows with the history: prefer findNewestReachable when only the
 * best reachable tag is wanted.
 */
async function listTags(git, options = {}) {
    const args = [...ALL_TAGS_ARGS];
    if (options.merged !== undefined) {
        checkRevision(options.merged);
        args.splice(2, 0, `--merged=${options.merged}`);
    }
    return parseTagList((await git.git(args)).stdout);
}
/** The tags in the output of ALL_TAGS_ARGS (or with --merged). */
function parseTagList(out) {
    const tags = [];
    for (const line of out.split('\n')) {
        if (line.length === 0)
            continue;
        const [name, object, peeled, date] = line.split('\0');
        tags.push({ name, sha: peeled || object, date: date ?? '' });
    }
    return tags;
}
/** Refuses a revision that git could read as an option. */
function checkRevision(rev) {
    if (rev.length === 0 || rev.startsWith('-') || rev.includes('\0')) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `"${rev}" is not a revision.`, 'Give a branch, tag or commit SHA.');
    }
}
/**
 * Whether commit `sha` is `rev` or one of its ancestors (`git merge-base --is-ancestor`). git walks from
 * `rev` only down to `sha` (by generation number with a commit-graph, by date without), so a recent tag
 * costs a few milliseconds whatever the size of the history.
 */
async function isAncestor(git, sha, rev) {
    checkRevision(sha);
    checkRevision(rev);
    const r = await git.git(['merge-base', '--is-ancestor', sha, rev], { check: false });
    if (r.code === 0)
        return true;
    if (r.code === 1)
        return false;
    throw new errors/* ReleaseError */.K2('GIT_FAILED', `git merge-base failed: ${r.stderr.trim() || `exit code ${r.code}`}`, "See git's message; check the revisions and the repository state.");
}
/** How many candidates findNewestReachable checks one by one before asking git for every reachable tag at once. */
const SINGLE_CHECKS = 8;
/**
 * The first of `candidates` (ordered best first, e.g. highest version first) whose commit is reachable
 * from `rev`, or null. Checks them one by one with isAncestor, which is cheap when the best candidate is
 * near `rev` (the usual case: the last release); after SINGLE_CHECKS misses (a maintenance branch behind
 * many newer tags) it asks `for-each-ref --merged` once, so the worst case is one walk over the history.
 */
async function findNewestReachable(git, candidates, rev) {
    const single = candidates.slice(0, SINGLE_CHECKS);
    for (const c of single)
        if (await isAncestor(git, c.sha, rev))
            return c;
    if (candidates.length <= SINGLE_CHECKS)
        return null;
    const reachable = new Set((await listTags(git, { merged: rev })).map((t) => t.sha));
    return candidates.slice(SINGLE_CHECKS).find((c) => reachable.has(c.sha)) ?? null;
}

;// CONCATENATED MODULE: ./src/changelog/tags.ts


/** The tag template used when none is given. */
const tags_DEFAULT_TAG_TEMPLATE = 'v{version}';
/** The template, or the default for an empty one; throws BAD_INPUT unless it holds `{version}` exactly once. */
function checkTagTemplate(template) {
    const t = template === undefined || template.trim() === '' ? tags_DEFAULT_TAG_TEMPLATE : template.trim();
    const first = t.indexOf('{version}');
    if (first < 0 || t.indexOf('{version}', first + 1) >= 0) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "tag-template" is "${t}", which must contain {version} exactly once.`, 'Use e.g. v{version}, {name}-v{version} or {name}@{version}.');
    }
    return t;
}
/** The tag for a version: `{version}` and `{name}` replaced (templates `v{version}`, `{name}-v{version}`, `{name}@{version}`). */
function formatTag(template, v) {
    return checkTagTemplate(template).split('{name}').join(v.name).split('{version}').join(v.version);
}
/** The version part of `tag` under the template for package `name`, or null when the tag does not fit it. */
function parseTag(template, tag, name) {
    return tagParser(template, name)(tag);
}
/** parseTag for one template and name, with the template read once (for going over many tags). */
function tagParser(template, name) {
    const t = checkTagTemplate(template);
    const at = t.indexOf('{version}');
    const prefix = t.slice(0, at).split('{name}').join(name);
    const suffix = t.slice(at + '{version}'.length).split('{name}').join(name);
    return (tag) => {
        if (tag.length <= prefix.length + suffix.length || !tag.startsWith(prefix) || !tag.endsWith(suffix))
            return null;
        return tag.slice(prefix.length, tag.length - suffix.length);
    };
}
/**
 * The tags that fit the template and hold a valid version of the scheme (others are ignored), as ReleaseTags.
 * The version part must start with a digit (so `{version}` does not also take `v1.2.0`), and floating
 * major/minor tags (`v10`, `v10.6`, moved with every release by projects that also ship a GitHub Action)
 * are never releases: see isFloatingTag.
 */
function releaseTags(tags, opts) {
    const out = tags_fittingTags(tags, opts);
    return out.filter((t) => !isFloatingTag(t, out));
}
/** The tags that fit the template and hold a valid version of the scheme, floating aliases included (see releaseTags). */
function tags_fittingTags(tags, opts) {
    const out = [];
    const parse = tagParser(opts.template, opts.name);
    for (const t of tags) {
        const part = parse(t.name);
        if (part === null || !/^[0-9]/.test(part))
            continue;
        let version;
        try {
            version = opts.scheme.normalize(part);
        }
        catch {
            continue;
        }
        out.push({ tag: t.name, version, sha: t.sha, date: t.date, part });
    }
    return out;
}
/**
 * A short tag (`10` or `10.6`, fewer than three dotted numbers) is a floating alias, not a release, when a
 * longer version under it exists and either points at the same commit (the alias was moved onto the
 * release), or the tag is a bare major (`v10` beside `v10.x.y`), or its own `.0` exists (`10.6` beside
 * `10.6.0`). Short versions of their own (pip's `23.1` beside a later `23.1.1`) stay releases.
 */
function isFloatingTag(t, all) {
    if (!/^[0-9]+(\.[0-9]+)?$/.test(t.part))
        return false;
    const longer = all.filter((o) => o.part.startsWith(`${t.part}.`) && /^[0-9]/.test(o.part.slice(t.part.length + 1)));
    if (longer.length === 0)
        return false;
    if (!t.part.includes('.'))
        return true;
    return longer.some((o) => o.sha === t.sha || o.part === `${t.part}.0`);
}
/**
 * The last release among release tags: the highest version, leaving out pre-releases older than some final
 * release (httpx's `1.0.0.beta0` of 2021 is not the last release after `0.28.1` of 2024). Null for none.
 */
function lastRelease(tags, scheme) {
    let best = null;
    for (const t of withoutStalePrereleases(tags, scheme))
        if (best === null || scheme.compare(t.version, best.version) > 0)
            best = t;
    return best;
}
/** The release tags that can be the last release: all but pre-releases older than the newest final release. */
function withoutStalePrereleases(tags, scheme) {
    const newestFinal = tags.filter((t) => !scheme.isPrerelease(t.version) && t.date).reduce((d, t) => (t.date && t.date > d ? t.date : d), '');
    return tags.filter((t) => !(scheme.isPrerelease(t.version) && t.date && t.date < newestFinal));
}
/**
 * The highest-version tag fitting the template that is reachable from `rev` (HEAD by default); null when
 * there is none (or no commit yet). Tags on other branches are ignored, and so are tags whose version part
 * does not parse. Reads every tag with one plain `git for-each-ref` (no history walk), then checks
 * reachability in version order, highest first, only until one is reachable: flat in the history's size.
 */
async function findLastReleaseTag(git, opts) {
    const rev = opts.rev ?? 'HEAD';
    const candidates = withoutStalePrereleases(releaseTags(await listTags(git), opts), opts.scheme);
    if (candidates.length === 0)
        return null;
    candidates.sort((a, b) => opts.scheme.compare(b.version, a.version));
    let best;
    try {
        best = await findNewestReachable(git, candidates, rev);
    }
    catch (err) {
        if ((0,errors/* isReleaseError */.q8)(err, 'GIT_FAILED') && rev === 'HEAD' && (await git.revParse('HEAD')) === null)
            return null;
        throw err;
    }
    return best === null ? null : { tag: best.tag, version: best.version, sha: best.sha };
}

;// CONCATENATED MODULE: ./src/changelog/tag-style.ts

/** The tag styles tried on a project's existing tags, in the order a tie is broken. */
const TAG_STYLES = ['v{version}', '{version}', '{name}-v{version}', '{name}-{version}', '{name}@{version}', '{name}@v{version}'];
/** Spellings of a distribution name found in tags (`my_pkg`, `my-pkg`, `my.pkg`). */
function nameSpellings(name) {
    const lower = name.toLowerCase();
    return [...new Set([name, lower, lower.replace(/[-_.]+/g, '-'), lower.replace(/[-_.]+/g, '_')])];
}
/**
 * The tag template of the project's newest release tag (`v{version}`, `{version}`, `{name}-{version}`,
 * `{name}@{version}`, …; floating `v1`/`v1.2` aliases do not count), or null when no tag fits any style.
 * The `{name}` styles are tried with the usual spellings of the name; the chosen template spells it as the
 * tags do, with the name written out when it differs from the package name.
 */
function inferTagTemplate(tags, name, scheme) {
    let best = null;
    for (const { style, spelled, template } of styleCandidates(name)) {
        const found = releaseTags(tags, { template: style, name: spelled, scheme });
        if (found.length === 0)
            continue;
        const highest = lastRelease(found, scheme);
        // The style of the newest release wins (a project that moved from `1.0` to `v2.0.0` tags now uses `v`);
        // between styles whose newest release is the same version, the one with more tags.
        const order = best === null ? 1 : scheme.compare(highest.version, best.version);
        if (best === null || order > 0 || (order === 0 && found.length > best.count)) {
            best = { template, count: found.length, example: highest.tag, version: highest.version };
        }
    }
    return best === null ? null : { template: best.template, count: best.count, example: best.example };
}
/** Every (style, spelling of the name) inferTagTemplate tries, in its order, with the template it would choose. */
function styleCandidates(name) {
    const out = [];
    for (const style of TAG_STYLES) {
        const spellings = style.includes('{name}') ? nameSpellings(name) : [name];
        for (const spelled of spellings)
            out.push({ style, spelled, template: spelled === name ? style : style.split('{name}').join(spelled) });
    }
    return out;
}
/**
 * Whether a tag of some other style than `template` (one inferTagTemplate tries) holds a version at or above
 * `version`: then which style the newest release has depends on which tags are counted.
 */
function otherStyleReaches(tags, name, scheme, template, version) {
    for (const c of styleCandidates(name)) {
        if (c.template === template)
            continue;
        if (fittingTags(tags, { template: c.style, name: c.spelled, scheme }).some((t) => scheme.compare(t.version, version) >= 0))
            return true;
    }
    return false;
}
/** The template for one pushed tag (tag-triggered runs): the first style it fits, or the default. */
function templateOfTag(tag, name, scheme) {
    return inferTagTemplate([{ name: tag, sha: '', date: '' }], name, scheme)?.template ?? tags_DEFAULT_TAG_TEMPLATE;
}
/**
 * Picks the tag template: the input when given, else a release tool's configured tag format, else the style
 * of the existing tags, else `v{version}`.
 */
function chooseTagStyle(input, configured, tags, name, scheme) {
    if (input !== undefined && input.trim() !== '')
        return { template: input.trim(), source: 'input', reason: 'input "tag-template"' };
    if (configured)
        return { template: configured.template, source: 'config', reason: `tag format of ${configured.from}` };
    const inferred = inferTagTemplate(tags, name, scheme);
    if (inferred)
        return { template: inferred.template, source: 'tags', reason: `inferred from ${inferred.count} existing tag${inferred.count === 1 ? '' : 's'} like ${inferred.example}` };
    return { template: DEFAULT_TAG_TEMPLATE, source: 'default', reason: 'no release tag yet: the default' };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
;// CONCATENATED MODULE: ./src/core/v8-tuning.ts

/** Records read from one git stream after which a run counts as long (a whole history, not a release). */
const LONG_READ_RECORDS = 20_000;
/** The V8 flags favourMemoryOverSpeed sets (see there for why). */
const MEMORY_FLAGS = ['--optimize-for-size', '--semi-space-growth-factor=1'];
let favoured = false;
/** Whether this process has switched to favouring memory (for tests and diagnostics). */
function memoryFavoured() {
    return favoured;
}
/**
 * Tells V8 to keep the heap small for the rest of this process: once per process, from the first long read.
 *
 * A long history read allocates hundreds of MB of short-lived strings while keeping only a few MB alive. V8
 * sizes its heap from that allocation rate: the young generation doubles up to its maximum and the old space
 * grows between full collections, so peak RSS grows with the history (at 300k commits: +60 % on Node 20,
 * +150 % on Node 24) although the live data does not. `--optimize-for-size` makes the heap grow less and
 * collect sooner; `--semi-space-growth-factor=1` keeps the young generation at its start size (Node 20 needs
 * it; newer V8 raises the factor to its minimum of 2, where `--optimize-for-size` alone suffices). Both are
 * read by the collector at run time, so they take effect mid-run; bench/results.md has the measurements.
 * Short runs never get here: they keep V8's defaults, which are faster for them.
 */
function favourMemoryOverSpeed() {
    if (favoured)
        return;
    favoured = true;
    for (const flag of MEMORY_FLAGS)
        (0,external_node_v8_.setFlagsFromString)(flag);
    // A long read is where the top tier pays for itself (see favourShortRun).
    if (topTierOff) {
        topTierOff = false;
        (0,external_node_v8_.setFlagsFromString)(TOP_TIER_ON);
    }
}
/** The flag favourShortRun sets, and the one a long read sets back. (`--turbofan` is V8's name since Node 20; `--opt` is its alias.) */
const TOP_TIER_OFF = '--no-turbofan';
const TOP_TIER_ON = '--turbofan';
let topTierOff = false;
/** Whether V8's top tier is off in this process (for tests and diagnostics). */
function topTierDisabled() {
    return topTierOff;
}
/**
 * Tells V8 not to compile with its top tier (TurboFan) for the rest of this process, unless a long read
 * follows (favourMemoryOverSpeed turns it back on). For the entry points of short runs: a prepare.
 *
 * A prepare is a 0.1–0.2 s process whose one hot loop, parsing the commits since the last release, lasts
 * ~40 ms. V8 marks the parser's functions hot within it and compiles them with TurboFan on background
 * threads: on Node 20 that was ~150 ms of CPU (parseCommit alone 25 ms) for code that arrived after the loop
 * had ended, and on a 2-core runner those threads take the cores from git and from the collector's helpers,
 * whose scavenges then wait. Without it the lower tiers (Sparkplug, and Maglev on Node 22+) run the loop.
 * Measured on the bench's 100k-commit history (prepare --dry-run, interleaved medians of 25): Node 20 179 → 164 ms,
 * Node 24 161 → 153 ms.
 * Not set for in-process callers (tests, the relay): it would hold for the whole process.
 */
function favourShortRun() {
    if (topTierOff || favoured)
        return;
    topTierOff = true;
    setFlagsFromString(TOP_TIER_OFF);
}

// EXTERNAL MODULE: ./src/git/early-work.ts
var early_work = __webpack_require__(62125);
;// CONCATENATED MODULE: ./src/git/log-stream.ts









/** The environment streamed git commands run in. */
function streamEnv() {
    // GIT_FLUSH=0: git log flushes stdout after every commit when it writes to a pipe (one write, one wake-up
    // of this process per commit); without the flush it fills its buffer first, ~30 % less CPU over a long log.
    return (0,exec/* childEnv */.gf)({ env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_FLUSH: '0' } });
}
/** The git subcommand in an argument array (after any `-c name=value`), for messages. */
function subcommand(args) {
    for (let i = 0; i < args.length; i++) {
        if (args[i] === '-c')
            i++;
        else if (!args[i].startsWith('-'))
            return args[i];
    }
    return args[0] ?? '';
}
/**
 * Splits NUL-ended fields out of chunks of git's output and hands them on `fieldsPerRecord` at a time.
 *
 * Each chunk is decoded once (StringDecoder keeps a character split across two reads for the next one) and
 * split at NULs with string slices: one native call per chunk instead of one per field (5,000 commits in a
 * fresh process: 11 ms to split instead of 19). A field is a slice of its chunk's text, so it keeps that text
 * alive while it lives: callers that keep a few fields of many records (the full changelog) copy them out
 * (see detachText).
 */
class FieldSplitter {
    fieldsPerRecord;
    onFields;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    /** The start of a field that began in an earlier chunk. */
    pending = '';
    record = [];
    records = 0;
    constructor(fieldsPerRecord, onFields) {
        this.fieldsPerRecord = fieldsPerRecord;
        this.onFields = onFields;
    }
    /** Hands on every record the chunk completes; stops early (mid-chunk) once `stopped()` says so. */
    push(chunk, stopped) {
        const text = this.decoder.write(chunk);
        let start = 0;
        let nul = text.indexOf('\0');
        while (nul >= 0) {
            if (this.pending.length > 0) {
                this.record.push(this.pending + text.slice(start, nul));
                this.pending = '';
            }
            else
                this.record.push(text.slice(start, nul));
            if (this.record.length === this.fieldsPerRecord) {
                const done = this.record;
                this.record = [];
                if (++this.records === LONG_READ_RECORDS)
                    favourMemoryOverSpeed();
                this.onFields(done);
                if (stopped())
                    return;
            }
            start = nul + 1;
            nul = text.indexOf('\0', start);
        }
        if (start < text.length)
            this.pending += text.slice(start);
    }
    /** Whether the output ended after a whole record. */
    endedCleanly() {
        return this.pending.length === 0 && this.record.length === 0 && this.decoder.end().length === 0;
    }
}
function gitFailed(args, code, stderr) {
    return new errors/* ReleaseError */.K2('GIT_FAILED', `git ${subcommand(args)} failed: ${stderr.trim() || `exit code ${code}`}`, "See git's message; check the revisions and the repository state.");
}
function aborted(args) {
    return new errors/* ReleaseError */.K2('TIMEOUT', `git ${subcommand(args)} was aborted`, 'Raise the timeout, or find out why git is slow here.', { transient: true });
}
function endedMidRecord(args) {
    return new errors/* ReleaseError */.K2('GIT_FAILED', `git ${subcommand(args)} ended in the middle of a record.`, 'Run the command by hand to see what git printed.');
}
/** Kills a git started in its own process group, with its helpers. */
function killGroup(child) {
    if (child.exitCode !== null || child.signalCode !== null)
        return;
    try {
        if (child.pid !== undefined && process.platform !== 'win32')
            process.kill(-child.pid, 'SIGKILL');
        else
            child.kill('SIGKILL');
    }
    catch {
        child.kill('SIGKILL');
    }
}
/**
 * Runs `git <args>` and hands its NUL-separated stdout to `onFields`, `fieldsPerRecord` fields at a time,
 * as the output arrives: nothing holds the whole output. Use with `log -z --format=` and `%x00` between
 * fields, so that every field (commit messages included, which cannot contain NUL) ends in a NUL.
 *
 * exec() in core/exec.ts collects all output into one string; a 100k-commit log is better parsed while it
 * streams, so this spawns git directly: an argument array, no shell, in its own process group, killed on
 * abort or when `onFields` throws. Throws GIT_FAILED with git's message on a non-zero exit.
 *
 * When streamEarly started exactly this command in this directory, its output is read instead (the same
 * fields, errors and abort); any other early stream there is a guess that missed and is stopped.
 */
function streamGitFields(git, args, fieldsPerRecord, onFields, options = {}) {
    if (options.signal?.aborted) {
        return Promise.reject(new errors/* ReleaseError */.K2('TIMEOUT', `git ${subcommand(args)} was not started: the operation was aborted`, 'Raise the timeout.'));
    }
    const early = earlyStreams.take(git.cwd, args);
    if (early)
        return replayEarlyStream(early, args, new FieldSplitter(fieldsPerRecord, onFields), options);
    dropEarlyStreams(git.cwd);
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd: git.cwd, env: streamEnv(), detached: process.platform !== 'win32', stdio: ['ignore', 'pipe', 'pipe'], shell: false, windowsHide: true });
        let failure = null;
        let stderr = '';
        const splitter = new FieldSplitter(fieldsPerRecord, onFields);
        const onAbort = () => {
            failure ??= aborted(args);
            killGroup(child);
        };
        options.signal?.addEventListener('abort', onAbort, { once: true });
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            if (failure !== null)
                return;
            try {
                // An abort raised from inside onFields stops delivery at once, mid-chunk.
                splitter.push(chunk, () => failure !== null);
            }
            catch (err) {
                failure = err;
                killGroup(child);
            }
        });
        child.stderr.on('data', (chunk) => {
            if (stderr.length < 64 * 1024)
                stderr += chunk;
        });
        child.on('error', (err) => {
            options.signal?.removeEventListener('abort', onAbort);
            reject(new errors/* ReleaseError */.K2('COMMAND_FAILED', `Could not start git: ${err.message}`, 'Install git or put it on PATH.', { cause: err }));
        });
        child.on('close', (code) => {
            options.signal?.removeEventListener('abort', onAbort);
            if (failure !== null)
                reject(failure);
            else if (code !== 0)
                reject(gitFailed(args, code, stderr));
            else if (!splitter.endedCleanly())
                reject(endedMidRecord(args));
            else
                resolve();
        });
    });
}
/** Early streams not yet read. */
const earlyStreams = new early_work/* EarlyWork */.x();
let tempFiles = 0;
let dropAtExit = false;
/**
 * Starts `git <args>` in `cwd` now, for a streamGitFields with exactly these arguments later: its output goes
 * into a temp file (unlinked at once: only the open descriptors keep it), so git runs to its end on another
 * core while this process is busy (loading a stage's code) instead of stopping whenever a pipe is full.
 * A stream never asked for is killed when streamGitFields runs another command in `cwd`, or at exit. For
 * guesses that are usually right (the commits since the newest release tag) and cost one process when not.
 * Returns a promise of git's exit (for whoever wants to know), or null when it did not start (on Windows,
 * where an open file cannot be unlinked, or without a usable temp directory).
 */
function streamEarly(cwd, args, tempDir = tmpdir()) {
    if (process.platform === 'win32')
        return null;
    const running = earlyStreams.peek(cwd, args);
    if (running)
        return running.exited.then(() => undefined);
    let fd;
    try {
        const path = join(tempDir, `release-relay-${process.pid}-${++tempFiles}.log`);
        fd = openSync(path, 'wx+', 0o600);
        unlinkSync(path);
    }
    catch {
        return null; // the command runs when it is asked for
    }
    const child = spawn('git', args, { cwd, env: streamEnv(), detached: true, stdio: ['ignore', fd, 'pipe'], shell: false });
    // Not a reason to keep this process alive (until its output is asked for: replayEarlyStream).
    child.unref();
    child.stderr?.unref(); // a pipe: a socket
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk) => {
        if (stderr.length < 64 * 1024)
            stderr += chunk;
    });
    const exited = new Promise((resolve) => {
        child.on('error', (error) => resolve({ code: null, stderr, error }));
        child.on('close', (code) => resolve({ code, stderr }));
    });
    earlyStreams.put(cwd, args, { child, fd, exited });
    if (!dropAtExit) {
        dropAtExit = true;
        process.once('exit', () => dropEarlyStreams(null));
    }
    return exited.then(() => undefined);
}
/**
 * Stops the early streams of `cwd` (all of them with null) and frees their files. The stage calls it once
 * its history is read: a stream left over would be stale for a later reader.
 */
function dropEarlyStreams(cwd) {
    earlyStreams.drop(cwd, (early) => {
        killGroup(early.child);
        (0,external_node_fs_.closeSync)(early.fd);
    });
}
/** streamGitFields over the output of an early stream: waits for git's exit, then reads its file. */
async function replayEarlyStream(early, args, splitter, options) {
    try {
        early.child.ref();
        early.child.stderr?.ref();
        const onAbort = () => killGroup(early.child);
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const { code, stderr, error } = await early.exited;
        options.signal?.removeEventListener('abort', onAbort);
        if (options.signal?.aborted)
            throw aborted(args);
        if (error)
            throw new errors/* ReleaseError */.K2('COMMAND_FAILED', `Could not start git: ${error.message}`, 'Install git or put it on PATH.', { cause: error });
        if (code !== 0)
            throw gitFailed(args, code, stderr);
        const chunk = Buffer.allocUnsafe(64 * 1024);
        let position = 0;
        for (;;) {
            const n = (0,external_node_fs_.readSync)(early.fd, chunk, 0, chunk.length, position);
            if (n === 0)
                break;
            position += n;
            // The splitter decodes the chunk before it hands anything on, so the buffer can be read into again.
            splitter.push(chunk.subarray(0, n), () => options.signal?.aborted === true);
            if (options.signal?.aborted)
                throw aborted(args);
        }
        if (!splitter.endedCleanly())
            throw endedMidRecord(args);
    }
    finally {
        (0,external_node_fs_.closeSync)(early.fd);
    }
}
/**
 * A copy of `text` that shares no memory with the string it was cut from. A field from streamGitFields is a
 * slice of a whole chunk of git's output; a caller that keeps a few short fields of each of many records
 * copies them, so the chunks can go.
 */
function detachText(text) {
    // Concatenation then slice makes V8 build a new flat string of `text` alone.
    return text.length === 0 ? '' : (' ' + text).slice(1);
}

;// CONCATENATED MODULE: ./src/commits/conventional.ts
/** Parses a raw commit. Linear, hand-written scanning: no regular expression runs over untrusted text. */
function parseCommit(raw) {
    const subject = raw.subject.trim();
    const header = parseHeader(subject);
    const isMerge = raw.parents.length >= 2 || isMergeSubject(subject);
    // Only a body that says BREAKING can hold a breaking note, so only such a body is split into text and
    // footers here (a revert's Refs footer aside): splitting every body of a long range was most of the parse.
    const breakingNote = raw.body.includes('BREAKING') ? breakingNoteIn(raw.body) : null;
    let description = header ? header.description : subject;
    let pr = null;
    const trailing = trailingPr(description);
    if (trailing) {
        pr = trailing.pr;
        description = trailing.rest;
    }
    if (isMerge && pr === null)
        pr = mergePr(subject);
    const type = header ? header.type : null;
    const gitRevert = subject.startsWith('Revert "');
    const isRevert = gitRevert || type === 'revert';
    let revertedSha;
    if (isRevert)
        revertedSha = revertTarget(raw.body) ?? refsSha(splitFooters(raw.body).footers) ?? undefined;
    const parsed = {
        sha: raw.sha,
        type,
        scope: header ? header.scope : null,
        breaking: (header?.bang ?? false) || breakingNote !== null,
        breakingNote,
        description,
        pr,
        isMerge,
        isRevert,
        raw,
    };
    if (revertedSha !== undefined)
        parsed.revertedSha = revertedSha;
    return parsed;
}
/** The commits with every revert whose reverted commit is also in the list removed, together with it. */
function dropCancelledReverts(commits) {
    const reverts = commits.filter((c) => c.isRevert && c.revertedSha !== undefined && c.revertedSha.length >= 7);
    if (reverts.length === 0)
        return commits;
    // Commits by their first 7 hex digits (the shortest id a revert names), in list order, so each revert
    // looks at its few candidates instead of scanning the whole list.
    const byPrefix = new Map();
    for (const c of commits) {
        const key = c.sha.slice(0, 7);
        const list = byPrefix.get(key);
        if (list)
            list.push(c);
        else
            byPrefix.set(key, [c]);
    }
    const dropped = new Set();
    for (const r of reverts) {
        const reverted = r.revertedSha;
        const target = byPrefix.get(reverted.slice(0, 7))?.find((c) => c !== r && !dropped.has(c.sha) && c.sha.startsWith(reverted));
        if (target) {
            dropped.add(target.sha);
            dropped.add(r.sha);
        }
    }
    return dropped.size === 0 ? commits : commits.filter((c) => !dropped.has(c.sha));
}
function isAlpha(c) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
/** `type(scope)!: description`, or null when the subject does not follow the convention. */
function parseHeader(subject) {
    const n = subject.length;
    let i = 0;
    if (n === 0 || !isAlpha(subject.charCodeAt(0)))
        return null;
    while (i < n) {
        const c = subject.charCodeAt(i);
        if (isAlpha(c) || isDigit(c) || c === 45 /* - */ || c === 95 /* _ */)
            i++;
        else
            break;
    }
    const type = subject.slice(0, i).toLowerCase();
    let scope = null;
    if (subject[i] === '(') {
        const close = subject.indexOf(')', i + 1);
        if (close < 0)
            return null;
        const s = subject.slice(i + 1, close).trim();
        if (s.length === 0 || s.includes('('))
            return null;
        scope = s;
        i = close + 1;
    }
    let bang = false;
    if (subject[i] === '!') {
        bang = true;
        i++;
    }
    if (subject[i] !== ':')
        return null;
    i++;
    const description = subject.slice(i).trim();
    if (description.length === 0)
        return null;
    return { type, scope, bang, description };
}
/** `rest (#123)` → { rest, pr: 123 }, or null. */
function trailingPr(text) {
    if (!text.endsWith(')'))
        return null;
    const open = text.lastIndexOf('(#');
    if (open < 0)
        return null;
    const digits = text.slice(open + 2, text.length - 1);
    if (digits.length === 0 || digits.length > 9)
        return null;
    for (let k = 0; k < digits.length; k++)
        if (!isDigit(digits.charCodeAt(k)))
            return null;
    return { rest: text.slice(0, open).trimEnd(), pr: Number(digits) };
}
/** The PR number of GitHub's `Merge pull request #12 from owner/branch`, or null. */
function mergePr(subject) {
    const prefix = 'Merge pull request #';
    if (!subject.startsWith(prefix))
        return null;
    let j = prefix.length;
    while (j < subject.length && isDigit(subject.charCodeAt(j)))
        j++;
    return j > prefix.length && j - prefix.length <= 9 ? Number(subject.slice(prefix.length, j)) : null;
}
/** Subjects git and GitHub write for merges. */
const MERGE_SUBJECTS = ['Merge pull request #', "Merge branch '", 'Merge branches ', "Merge remote-tracking branch '", "Merge tag '"];
function isMergeSubject(subject) {
    if (!subject.startsWith('Merge '))
        return false;
    for (const p of MERGE_SUBJECTS)
        if (subject.startsWith(p))
            return true;
    return false;
}
const BREAKING_TOKENS = ['BREAKING CHANGE', 'BREAKING-CHANGE'];
/**
 * The footer token at the start of the line text[from, to) and where (in text) its value starts, or null.
 * (Offsets, not line strings: a long history parses thousands of bodies, and a string per line is garbage.)
 */
function footerTokenAt(text, from, to) {
    for (const t of BREAKING_TOKENS) {
        if (text.startsWith(t, from) && (text.startsWith(': ', from + t.length) || text.startsWith(' #', from + t.length)))
            return { token: t, valueAt: from + t.length + 2 };
    }
    if (from >= to || !isAlpha(text.charCodeAt(from)))
        return null;
    let i = from + 1;
    while (i < to) {
        const c = text.charCodeAt(i);
        if (isAlpha(c) || isDigit(c) || c === 45)
            i++;
        else
            break;
    }
    if (text.startsWith(': ', i))
        return { token: text.slice(from, i), valueAt: i + 2 };
    if (text.startsWith(' #', i))
        return { token: text.slice(from, i), valueAt: i + 1 };
    return null;
}
/** Whether c is whitespace to String.prototype.trim (WhiteSpace and LineTerminator). */
function isTrimmed(c) {
    if (c <= 32)
        return c === 32 || (c >= 9 && c <= 13);
    if (c < 0xa0)
        return false;
    return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** Whether text[from, to) is empty once trimmed. */
function isBlank(text, from, to) {
    for (let i = from; i < to; i++)
        if (!isTrimmed(text.charCodeAt(i)))
            return false;
    return true;
}
/**
 * Splits a body into text and footers: the footers are the trailing paragraphs that each start with a
 * `Token: value` or `Token #value` line; a value runs on until the next token.
 */
function splitFooters(rawBody) {
    const text = rawBody.includes('\r') ? rawBody.replace(/\r\n?/g, '\n') : rawBody;
    if (isBlank(text, 0, text.length))
        return { body: '', footers: {} };
    // Line k is text[starts[k], lineEnd(text, starts, k)); lines are split on '\n' exactly as text.split('\n') would.
    const starts = [0];
    for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1))
        starts.push(p + 1);
    let end = starts.length;
    while (end > 0 && blankLine(text, starts, end - 1))
        end--;
    // Walk paragraphs from the end while each one starts with a footer token.
    let footerStart = end;
    let i = end;
    while (i > 0) {
        let start = i;
        while (start > 0 && !blankLine(text, starts, start - 1))
            start--;
        if (footerTokenAt(text, starts[start], lineEnd(text, starts, start)) === null)
            break;
        footerStart = start;
        i = start;
        while (i > 0 && blankLine(text, starts, i - 1))
            i--;
    }
    const footers = {};
    if (footerStart < end) {
        // A value is the text from after its token to the end of the line before the next token (or of the footers).
        let token = null;
        let valueAt = 0;
        for (let k = footerStart; k <= end; k++) {
            const t = k < end ? footerTokenAt(text, starts[k], lineEnd(text, starts, k)) : null;
            if (k < end && t === null)
                continue;
            if (token !== null)
                (footers[token] ??= []).push(text.slice(valueAt, lineEnd(text, starts, k - 1)).trim());
            if (t !== null) {
                token = t.token;
                valueAt = t.valueAt;
            }
        }
    }
    let bodyEnd = footerStart;
    while (bodyEnd > 0 && blankLine(text, starts, bodyEnd - 1))
        bodyEnd--;
    let bodyStart = 0;
    while (bodyStart < bodyEnd && blankLine(text, starts, bodyStart))
        bodyStart++;
    return { body: bodyStart < bodyEnd ? text.slice(starts[bodyStart], lineEnd(text, starts, bodyEnd - 1)) : '', footers };
}
/** Where line k of text ends (its '\n', or the end of text). */
function lineEnd(text, starts, k) {
    return k + 1 < starts.length ? starts[k + 1] - 1 : text.length;
}
/** Whether line k of text is blank. */
function blankLine(text, starts, k) {
    return isBlank(text, starts[k], lineEnd(text, starts, k));
}
/**
 * The note of a `BREAKING CHANGE:` (or `BREAKING-CHANGE:`) footer, else of such a line inside the body (commonly
 * written there rather than as the last paragraph), or null.
 */
function breakingNoteIn(rawBody) {
    const { body, footers } = splitFooters(rawBody);
    return footers['BREAKING CHANGE']?.[0] ?? footers['BREAKING-CHANGE']?.[0] ?? breakingInBody(body);
}
/** A `BREAKING CHANGE:` line inside the body: its text up to the end of the paragraph, or null. */
function breakingInBody(body) {
    if (!body.includes('BREAKING'))
        return null;
    const lines = body.split('\n');
    for (let k = 0; k < lines.length; k++) {
        const t = footerTokenAt(lines[k], 0, lines[k].length);
        if (t && (t.token === 'BREAKING CHANGE' || t.token === 'BREAKING-CHANGE')) {
            const parts = [lines[k].slice(t.valueAt)];
            for (let j = k + 1; j < lines.length && lines[j].trim() !== ''; j++)
                parts.push(lines[j]);
            return parts.join('\n').trim();
        }
    }
    return null;
}
function isHex(c) {
    return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
/** The hex run starting at `from`, or null when shorter than 7. */
function hexAt(text, from) {
    let j = from;
    while (j < text.length && j - from < 64 && isHex(text.charCodeAt(j)))
        j++;
    return j - from >= 7 ? text.slice(from, j).toLowerCase() : null;
}
/** The SHA in git's `This reverts commit <sha>.` line, or null. */
function revertTarget(body) {
    const marker = 'This reverts commit ';
    const at = body.indexOf(marker);
    return at < 0 ? null : hexAt(body, at + marker.length);
}
/** The first SHA in a `Refs:` footer (the Conventional Commits revert example), or null. */
function refsSha(footers) {
    const refs = footers['Refs'] ?? footers['refs'];
    if (!refs || refs.length === 0)
        return null;
    const v = refs[0].trim();
    return hexAt(v, 0);
}

;// CONCATENATED MODULE: ./src/commits/log-args.ts

/** The `git log` pretty format matching RawCommit: NUL after every field (with -z, after the last too). */
const LOG_FORMAT = '--format=%H%x00%P%x00%an%x00%aI%x00%s%x00%b';
const LOG_FIELDS = 6;
/** LOG_FORMAT with git's mark before the SHA: `-` for a boundary commit (with --boundary), `>` for the others. */
const MARKED_LOG_FORMAT = LOG_FORMAT.replace('%H', '%m%H');
/** Refuses a revision that git could read as an option. */
function checkRev(rev, input) {
    if (rev.length === 0 || rev.startsWith('-') || rev.includes('\0')) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${input} is "${rev}", which is not a revision.`, 'Give a tag, branch or commit SHA.');
    }
}
/** The argument array for `git log` over a range. */
function logArgs(range, options = {}) {
    const to = range.to ?? 'HEAD';
    checkRev(to, 'The end of the commit range');
    if (range.from !== null)
        checkRev(range.from, 'The start of the commit range');
    const args = ['-c', 'log.showSignature=false', 'log', '-z', options.onBoundary ? MARKED_LOG_FORMAT : LOG_FORMAT, '--no-color'];
    if (options.order === 'topo')
        args.push('--topo-order');
    if (options.onBoundary) {
        if (options.paths && options.paths.length > 0)
            throw new Error('onBoundary and paths cannot be combined');
        args.push('--boundary');
    }
    args.push('--end-of-options', range.from !== null ? `${range.from}..${to}` : to, '--');
    if (options.paths && options.paths.length > 0)
        args.push(...options.paths);
    return args;
}

;// CONCATENATED MODULE: ./src/commits/read.ts




/** A RawCommit from the six fields of LOG_FORMAT. */
function rawCommitFromFields(f) {
    return {
        sha: f[0],
        parents: f[1].length > 0 ? f[1].split(' ') : [],
        authorName: f[2],
        date: f[3],
        subject: f[4],
        body: f[5],
    };
}
/**
 * Streams the commits of a range, newest first, to `onCommit` as git prints them: one `git log` process,
 * NUL-separated fields, parsed incrementally. An unborn HEAD (no commits yet) yields nothing.
 */
async function streamCommits(git, range, onCommit, options = {}) {
    const args = logArgs(range, options);
    const { onBoundary } = options;
    const onFields = onBoundary
        ? (f) => {
            const marked = f[0];
            f[0] = marked.slice(1);
            if (marked.startsWith('-'))
                onBoundary(f[0]);
            else
                onCommit(rawCommitFromFields(f));
        }
        : (f) => onCommit(rawCommitFromFields(f));
    try {
        await streamGitFields(git, args, LOG_FIELDS, onFields, { signal: options.signal });
    }
    catch (err) {
        // A repository without commits yet has an unborn HEAD: nothing to read rather than an error.
        if ((0,errors/* isReleaseError */.q8)(err, 'GIT_FAILED') && range.to === undefined && (await git.revParse('HEAD')) === null)
            return;
        throw err;
    }
}
/**
 * The commits of a range, newest first (one streamed `git log`), each parsed as it arrives: the parsing runs
 * while git is still walking the history, instead of after it. The raw commit is each one's `raw`.
 */
async function readParsedCommits(git, range, options) {
    const out = [];
    await streamCommits(git, range, (c) => out.push(parseCommit(c)), options);
    return out;
}

;// CONCATENATED MODULE: ./src/changelog/locate.ts



/** Base names of changelogs, in the order they are preferred when a directory holds several. */
const NAMES = ['changelog', 'changes', 'history', 'news', 'releases', 'release-notes', 'release_notes'];
/** Extensions, in order of preference. */
const EXTS = ['.md', '.rst', '', '.txt', '.markdown'];
/** Names only taken under docs/ (`docs/versions.rst` is a common Sphinx page). */
const DOCS_ONLY = ['versions', 'whatsnew'];
async function entries(dir) {
    try {
        return (await (0,promises_.readdir)(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
    }
    catch {
        return [];
    }
}
function rank(file, names) {
    const lower = file.toLowerCase();
    for (let n = 0; n < names.length; n++) {
        for (let e = 0; e < EXTS.length; e++)
            if (lower === names[n] + EXTS[e])
                return n * EXTS.length + e;
    }
    return -1;
}
/**
 * Finds the project's existing changelog: the explicit path when given (`changelog-file`, or the file a
 * release tool is configured to write), else the first of CHANGELOG, CHANGES, HISTORY, NEWS, RELEASES (with
 * .md, .rst, no extension, .txt; any case) in the package directory, then in docs/ (where `versions` and
 * `whatsnew` pages count too). None found: `CHANGELOG.md`, to be created. One changelog only, ever.
 */
async function locateChangelog(root, packageDir, explicit) {
    const dir = (0,core_files/* resolveInside */.LI)(root, packageDir, 'package-dir');
    if (explicit) {
        const path = external_node_path_.posix.normalize(explicit.path.split('\\').join('/'));
        (0,core_files/* resolveInside */.LI)(dir, path, 'changelog-file');
        const parent = external_node_path_.posix.dirname(path);
        const here = await entries((0,core_files/* resolveInside */.LI)(dir, parent, 'changelog-file'));
        return { path, exists: here.includes(external_node_path_.posix.basename(path)), from: explicit.from };
    }
    for (const [sub, names] of [['', NAMES], ['docs', [...NAMES, ...DOCS_ONLY]]]) {
        const files = await entries(sub ? (0,core_files/* resolveInside */.LI)(dir, sub) : dir);
        const best = files.map((f) => ({ f, r: rank(f, names) })).filter((x) => x.r >= 0).sort((a, b) => a.r - b.r)[0];
        if (best)
            return { path: sub ? `${sub}/${best.f}` : best.f, exists: true, from: 'found' };
    }
    return { path: 'CHANGELOG.md', exists: false, from: 'new' };
}

;// CONCATENATED MODULE: ./src/changelog/render.ts

/** The section headings of a release, in the order they are written (Keep a Changelog 1.1 plus three). */
const SECTION_ORDER = ['Breaking Changes', 'Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security', 'Dependencies', 'Other'];
/** Conventional types that are never user-facing: left out of the changelog (unless breaking or deps). */
const HIDDEN_TYPES = new Set(['chore', 'ci', 'test', 'tests', 'docs', 'doc', 'style', 'build', 'release', 'wip']);
/**
 * The section a commit goes to, or null when it is left out. Breaking changes first (whatever their type),
 * and only there; type `deps`, or a hidden type with scope `deps` (`chore(deps)`, `build(deps)`) →
 * Dependencies (scope `deps-dev`, dev-only updates, stays hidden); reverts → Changed; feat → Added; fix → Fixed (Security with scope `security`); perf and refactor → Changed;
 * deprecate → Deprecated; remove → Removed; security → Security; chore/ci/test/docs/style/build → left out;
 * merges → left out (the merged commits speak); non-conventional commits and unknown types → Other.
 */
function render_sectionOf(c, includeOther = true) {
    if (c.isMerge)
        return null;
    if (c.breaking)
        return 'Breaking Changes';
    const scope = c.scope?.toLowerCase() ?? null;
    if (c.type === 'deps')
        return 'Dependencies';
    // Dependency updates that would otherwise be hidden (chore(deps), build(deps)); feat(deps) and fix(deps)
    // are user-facing changes and stay under Added and Fixed, as other changelog tools list them.
    if (scope === 'deps' && c.type !== null && HIDDEN_TYPES.has(c.type))
        return 'Dependencies';
    if (c.isRevert)
        return 'Changed';
    switch (c.type) {
        case 'feat':
            return 'Added';
        case 'fix':
            return scope === 'security' ? 'Security' : 'Fixed';
        case 'perf':
        case 'refactor':
            return 'Changed';
        case 'deprecate':
        case 'deprecated':
            return 'Deprecated';
        case 'remove':
        case 'removed':
            return 'Removed';
        case 'security':
            return 'Security';
        default:
            if (c.type !== null && HIDDEN_TYPES.has(c.type))
                return null;
            return includeOther ? 'Other' : null;
    }
}
/** Lines of a breaking note kept in an entry; the commit message holds the rest. */
const MAX_NOTE_LINES = 40;
/** Characters of a description or note kept in an entry. */
const MAX_ENTRY_CHARS = 4000;
/**
 * Characters of one release section: it travels in job outputs (1 MB each), the context and the release
 * body (125 000 characters), so entries past this are summarised in one line.
 */
const MAX_SECTION_CHARS = 64_000;
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max)}…`;
}
/** `- **scope:** description ([abc1234](…/commit/sha)) ([#12](…/pull/12))`, plus an indented breaking note. */
function render_renderEntry(c, repoUrl) {
    const short = c.sha.slice(0, 7);
    let line = '- ';
    if (c.scope)
        line += `**${clip(c.scope, 100)}:** `;
    line += clip(c.description, MAX_ENTRY_CHARS);
    line += repoUrl ? ` ([${short}](${repoUrl}/commit/${c.sha}))` : ` (${short})`;
    if (c.pr !== null)
        line += repoUrl ? ` ([#${c.pr}](${repoUrl}/pull/${c.pr}))` : ` (#${c.pr})`;
    if (c.breaking && c.breakingNote && c.breakingNote !== c.description) {
        const noteLines = clip(c.breakingNote, MAX_ENTRY_CHARS).split('\n');
        for (const noteLine of noteLines.slice(0, MAX_NOTE_LINES))
            line += noteLine.trim() === '' ? '\n' : `\n  ${noteLine.trimEnd()}`;
        const more = c.breakingNote.split('\n').length - Math.min(noteLines.length, MAX_NOTE_LINES);
        if (more > 0)
            line += `\n  … (${more} more line${more === 1 ? '' : 's'} in the commit message of ${short})`;
    }
    return line;
}
/** `Added` for `added`, `### Added`, `Breaking changes`, `⚠ BREAKING CHANGES`; null for other headings. */
function standardHeading(heading) {
    const key = heading.toLowerCase().replace(/[^a-z]/g, '');
    for (const s of SECTION_ORDER)
        if (s.toLowerCase().replace(/[^a-z]/g, '') === key)
            return s;
    return null;
}
/** The link reference for a release heading, or undefined without repoUrl. */
function linkLineFor(version, tag, previousTag, repoUrl) {
    if (!repoUrl)
        return undefined;
    if (previousTag)
        return `[${version}]: ${repoUrl}/compare/${previousTag}...${tag}`;
    if (version === 'Unreleased')
        return undefined;
    return `[${version}]: ${repoUrl}/releases/tag/${tag}`;
}
/**
 * A Keep a Changelog 1.1 section for one release: `## [1.3.0] - 2026-12-05`, then Breaking Changes, Added,
 * Changed, Deprecated, Removed, Fixed, Security, Dependencies, Other (see sectionOf), each entry linked to
 * its commit and pull request. Hand-written entries come first under their heading; headings outside the
 * standard ones follow in their own order. Commits come in the order given (git log: newest first); a revert
 * and the commit it reverts, both in the list, cancel out. A release with no entries says so in one line.
 */
function render_renderSection(input) {
    const repoUrl = input.repoUrl?.replace(/\/+$/, '') || undefined;
    const { preamble, groups, entries, rendered } = render_groupSection(input, (e) => render_renderEntry(e, repoUrl));
    const heading = input.version === 'Unreleased' ? '## [Unreleased]' : `## [${input.version}] - ${input.date}`;
    const parts = [heading];
    if (preamble.length > 0)
        parts.push(preamble.join('\n'));
    for (const [name, list] of groups)
        parts.push(`### ${name}`, list.map((e) => (typeof e === 'string' ? e : (rendered.get(e) ?? render_renderEntry(e, repoUrl)))).join('\n'));
    if (parts.length === 1 && input.version !== 'Unreleased')
        parts.push('No notable changes.');
    const markdown = parts.join('\n\n') + '\n';
    const linkLine = linkLineFor(input.version, input.tag, input.previousTag, repoUrl);
    return linkLine === undefined ? { markdown, entries } : { markdown, entries, linkLine };
}
/**
 * Groups hand-written entries and commits under their headings (see renderSection for the rules). `render`
 * is how the caller writes one commit's entry: the size budget is measured on exactly that text.
 */
function render_groupSection(input, render = (c) => render_renderEntry(c)) {
    const includeOther = input.includeOther ?? true;
    const map = new Map();
    const add = (heading, entry) => {
        const list = map.get(heading);
        if (list)
            list.push(entry);
        else
            map.set(heading, [entry]);
    };
    let entries = 0;
    const preamble = [];
    const customOrder = [];
    for (const [heading, items] of Object.entries(input.extraEntries ?? {})) {
        if (items.length === 0)
            continue;
        if (heading === '') {
            preamble.push(...items);
            continue;
        }
        const name = standardHeading(heading) ?? heading;
        if (!standardHeading(heading) && !customOrder.includes(name))
            customOrder.push(name);
        for (const item of items) {
            add(name, item);
            entries++;
        }
    }
    // A commit a hand-written entry already names (its pull request or short SHA) is not listed twice.
    const written = Object.values(input.extraEntries ?? {}).flat().join('\n');
    for (const c of dropCancelledReverts(input.commits)) {
        const section = render_sectionOf(c, includeOther);
        if (section === null || (written && render_namesCommit(written, c)))
            continue;
        add(section, c);
        entries++;
    }
    const groups = [];
    for (const name of [...SECTION_ORDER, ...customOrder]) {
        const list = map.get(name);
        if (list && list.length > 0)
            groups.push([name, list]);
    }
    const rendered = capGroups(groups, render);
    return { preamble, groups, entries, rendered };
}
/**
 * Past the size budget (MAX_SECTION_CHARS, the release notes must fit job outputs and GitHub's release
 * body), each group keeps the entries that fit and says how many it left out. Sizes are measured on the
 * entries as `render` writes them (links included), each rendered once: returns those texts.
 */
function capGroups(groups, render) {
    const rendered = new Map();
    let budget = MAX_SECTION_CHARS - 400;
    for (const group of groups) {
        const list = group[1];
        // The group's heading and the blank lines around it.
        budget -= group[0].length + 8;
        let kept = 0;
        for (; kept < list.length; kept++) {
            const e = list[kept];
            let text;
            if (typeof e === 'string')
                text = e;
            else {
                text = render(e);
                rendered.set(e, text);
            }
            const size = text.length + 1;
            if (budget - size <= 0)
                break;
            budget -= size;
        }
        if (kept < list.length) {
            group[1] = [...list.slice(0, kept), `- … and ${list.length - kept} more (left out to keep the release notes under ${MAX_SECTION_CHARS / 1000} kB; see the git log)`];
            budget -= 120;
        }
    }
    return rendered;
}
/** True when text names the commit: its short SHA, or its pull request as `#12`, `{pr}`12``, `pull/12`. */
function render_namesCommit(text, c) {
    if (text.includes(c.sha.slice(0, 7)))
        return true;
    if (c.pr === null)
        return false;
    for (const mark of [`#${c.pr}`, `{pr}\`${c.pr}\``, `pull/${c.pr}`]) {
        let at = text.indexOf(mark);
        while (at >= 0) {
            const after = text.charCodeAt(at + mark.length);
            if (!(after >= 48 && after <= 57))
                return true;
            at = text.indexOf(mark, at + 1);
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./src/changelog/insert.ts


/** Two sets of hand-written entries by heading, `a`'s first. */
function insert_mergeEntries(a, b) {
    const out = {};
    for (const src of [a ?? {}, b ?? {}])
        for (const [k, v] of Object.entries(src))
            out[k] = [...(out[k] ?? []), ...v];
    return out;
}
function splitLines(text) {
    const lines = [];
    let start = 0;
    let fenced = false;
    while (start < text.length) {
        const nl = text.indexOf('\n', start);
        const next = nl < 0 ? text.length : nl + 1;
        let end = nl < 0 ? text.length : nl;
        if (end > start && text.charCodeAt(end - 1) === 13)
            end--;
        const t = text.slice(start, end);
        const fence = /^ {0,3}(```|~~~)/.test(t);
        lines.push({ start, next, text: t, fenced: fenced || fence });
        if (fence)
            fenced = !fenced;
        start = next;
    }
    return lines;
}
/** The label of a `## ` heading: `1.2.0` for `## [1.2.0] - 2026-01-01` or `## v1.2.0`; `unreleased` lower-cased. */
function h2Label(line) {
    if (line.fenced || !line.text.startsWith('## '))
        return null;
    const rest = line.text.slice(3).trim();
    let label;
    if (rest.startsWith('[')) {
        const close = rest.indexOf(']');
        label = close < 0 ? rest.slice(1) : rest.slice(1, close);
    }
    else {
        const space = rest.indexOf(' ');
        label = space < 0 ? rest : rest.slice(0, space);
    }
    label = label.trim();
    if (label.toLowerCase() === 'unreleased')
        return 'unreleased';
    return label.length > 1 && (label[0] === 'v' || label[0] === 'V') && /^[0-9]/.test(label.slice(1)) ? label.slice(1) : label;
}
function isReleaseLabel(label) {
    return /^[0-9]/.test(label);
}
/** `[label]: url` → { label, url }, or null. */
function linkRef(line) {
    if (line.fenced || !line.text.startsWith('['))
        return null;
    const close = line.text.indexOf(']:');
    if (close < 2)
        return null;
    const url = line.text.slice(close + 2).trim();
    if (url.length === 0 || url.includes(' '))
        return null;
    return { label: line.text.slice(1, close), url };
}
/** `https://github.com/o/r` from a compare or release link in the file, or undefined. */
function repoUrlFromLinks(lines) {
    for (const l of lines) {
        const ref = linkRef(l);
        if (!ref)
            continue;
        for (const marker of ['/compare/', '/releases/tag/', '/tree/', '/commits/']) {
            const at = ref.url.indexOf(marker);
            if (at > 0)
                return ref.url.slice(0, at);
        }
    }
    return undefined;
}
/** Hand-written entries of an Unreleased block, by `###` heading (`''` before any heading). */
function insert_parseUnreleasedEntries(blockLines) {
    const out = {};
    let heading = '';
    let item = null;
    let pendingBlank = false;
    const flush = () => {
        if (item && item.length > 0)
            (out[heading] ??= []).push(item.join('\n').trimEnd());
        item = null;
        pendingBlank = false;
    };
    for (const line of blockLines) {
        if (line.startsWith('### ')) {
            flush();
            heading = line.slice(4).trim();
            out[heading] ??= [];
            continue;
        }
        if (line.trim() === '') {
            if (item)
                pendingBlank = true;
            continue;
        }
        const bullet = /^[-*+] /.test(line);
        const indented = line.startsWith(' ') || line.startsWith('\t');
        if (bullet) {
            flush();
            item = [line];
        }
        else if (item && (indented || !pendingBlank)) {
            // An indented line (or a lazy continuation) belongs to the item above; keep a blank line kept inside it.
            if (pendingBlank)
                item.push('');
            item.push(line);
            pendingBlank = false;
        }
        else {
            flush();
            item = [line];
        }
    }
    flush();
    for (const k of Object.keys(out))
        if (out[k].length === 0)
            delete out[k];
    return out;
}
/** The header of a new CHANGELOG.md (Keep a Changelog 1.1). */
function changelogHeader(title = 'Changelog', scheme = 'semver') {
    const rules = scheme === 'pep440' ? '[PEP 440](https://peps.python.org/pep-0440/) versions' : '[Semantic Versioning](https://semver.org/spec/v2.0.0.html)';
    return [
        `# ${title}`,
        '',
        'All notable changes to this project will be documented in this file.',
        '',
        'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
        `and this project adheres to ${rules}.`,
        '',
    ].join('\n');
}
/**
 * Puts a release section into a changelog's text, touching nothing else.
 *
 * - With `## [Unreleased]`: its hand-written entries move into the new section (merged under the same `###`
 *   headings, before the generated ones), `## [Unreleased]` stays, empty, and the section goes right below
 *   it. Link references at the bottom follow the file's style: an `[Unreleased]` link is pointed at
 *   `<tag>...HEAD` and the release's link added below it; a file with version links but no `[Unreleased]`
 *   one gets the release's link above the newest; a file without link references gets none.
 * - Without `## [Unreleased]` but with `## ` sections: the section goes above the first release section.
 * - With only a `# ` title: `## [Unreleased]` and the section are appended.
 * - No file (null or blank): a new one with the Keep a Changelog header, `## [Unreleased]` and the section.
 * - No `# ` title and no `## ` heading: BAD_CHANGELOG (it is not a changelog this can edit safely).
 * - The version already has a `## [x]` section: the text comes back unchanged, with that section as
 *   sectionMarkdown, so a re-run after a partial failure is safe.
 *
 * Without `repoUrl`, the repository URL is taken from the file's own compare links, if any. Line endings
 * follow the file (CRLF stays CRLF).
 */
function insertRelease(existing, input) {
    const { title, scheme, carriedEntries, ...base } = input;
    const renderBase = { ...base, extraEntries: carriedEntries };
    if (existing === null || existing.trim() === '') {
        const rendered = renderSection(renderBase);
        const links = rendered.linkLine && renderBase.repoUrl ? `\n[Unreleased]: ${trimUrl(renderBase.repoUrl)}/compare/${input.tag}...HEAD\n${rendered.linkLine}\n` : '';
        const text = `${changelogHeader(title, scheme)}\n## [Unreleased]\n\n${rendered.markdown}${links}`;
        return { text, sectionMarkdown: rendered.markdown, entries: rendered.entries };
    }
    const eol = existing.includes('\r\n') ? '\r\n' : '\n';
    const lines = splitLines(existing);
    const hasTitle = lines.some((l) => !l.fenced && l.text.startsWith('# '));
    const h2 = lines.map((l, i) => ({ i, label: h2Label(l) })).filter((h) => h.label !== null);
    if (!hasTitle && h2.length === 0) {
        throw new ReleaseError('BAD_CHANGELOG', 'The changelog has no "# " title and no "## " sections, so there is no safe place to add the release.', 'Give it a "# Changelog" title line (Keep a Changelog format), or delete the file so that release-relay creates one.', {
            location: { file: 'CHANGELOG.md', line: 1 },
        });
    }
    // Safe re-run: the version is already there.
    const wanted = stripV(input.version);
    const already = h2.find((h) => h.label === wanted);
    if (already)
        return existingSection(lines, already.i, existing);
    const repoUrl = renderBase.repoUrl ? trimUrl(renderBase.repoUrl) : repoUrlFromLinks(lines);
    // The trailing run of link references (with blank lines between them) ends every section above it.
    let footerStart = lines.length;
    for (let k = lines.length - 1; k >= 0; k--) {
        if (linkRef(lines[k]))
            footerStart = k;
        else if (lines[k].text.trim() !== '')
            break;
    }
    const unreleased = h2.find((h) => h.label === 'unreleased');
    let text;
    let rendered;
    if (unreleased) {
        const nextH2 = h2.find((h) => h.i > unreleased.i);
        const blockEnd = Math.min(nextH2 ? nextH2.i : lines.length, footerStart > unreleased.i ? footerStart : lines.length);
        const block = lines.slice(unreleased.i + 1, blockEnd).map((l) => l.text);
        rendered = renderSection({ ...renderBase, repoUrl, extraEntries: insert_mergeEntries(carriedEntries, insert_parseUnreleasedEntries(block)) });
        const head = lines[unreleased.i];
        const headEnd = head.next;
        const headHasEol = headEnd > 0 && existing[headEnd - 1] === '\n';
        const restStart = blockEnd < lines.length ? lines[blockEnd].start : existing.length;
        const rest = existing.slice(restStart);
        text = existing.slice(0, headEnd) + (headHasEol ? '' : eol) + eol + withEol(rendered.markdown, eol) + (rest.length > 0 ? eol + rest : '');
    }
    else if (h2.length > 0) {
        rendered = renderSection({ ...renderBase, repoUrl });
        const first = h2.find((h) => isReleaseLabel(h.label)) ?? h2[0];
        const at = lines[first.i].start;
        text = existing.slice(0, at) + withEol(rendered.markdown, eol) + eol + existing.slice(at);
    }
    else {
        rendered = renderSection({ ...renderBase, repoUrl });
        let cut = existing.length;
        while (cut > 0 && (existing[cut - 1] === '\n' || existing[cut - 1] === '\r'))
            cut--;
        const trimmed = existing.slice(0, cut);
        const links = rendered.linkLine && repoUrl ? [`[Unreleased]: ${repoUrl}/compare/${input.tag}...HEAD`, rendered.linkLine] : [];
        text = trimmed + eol + eol + '## [Unreleased]' + eol + eol + withEol(rendered.markdown, eol) + (links.length > 0 ? eol + links.join(eol) + eol : '');
        return { text, sectionMarkdown: rendered.markdown, entries: rendered.entries };
    }
    text = insert_updateLinks(text, eol, rendered.linkLine, repoUrl, input.tag);
    return { text, sectionMarkdown: rendered.markdown, entries: rendered.entries };
}
/** Points `[Unreleased]` at `<tag>...HEAD` and adds the release's link reference, in the file's style. */
function insert_updateLinks(text, eol, linkLine, repoUrl, tag) {
    const lines = splitLines(text);
    let footerStart = lines.length;
    for (let k = lines.length - 1; k >= 0; k--) {
        if (linkRef(lines[k]))
            footerStart = k;
        else if (lines[k].text.trim() !== '')
            break;
    }
    const refs = lines.slice(footerStart).map((l, j) => ({ k: footerStart + j, ref: linkRef(l) })).filter((r) => r.ref !== null);
    if (refs.length === 0)
        return text;
    const unreleasedRef = refs.find((r) => r.ref?.label.toLowerCase() === 'unreleased');
    if (unreleasedRef && repoUrl) {
        const l = lines[unreleasedRef.k];
        const label = unreleasedRef.ref?.label ?? 'Unreleased';
        const lineEol = text.slice(l.start + l.text.length, l.next);
        const replacement = `[${label}]: ${repoUrl}/compare/${tag}...HEAD` + (lineEol || eol) + (linkLine ? linkLine + (lineEol || eol) : '');
        // A last line without an ending keeps having none.
        const fixed = lineEol ? replacement : replacement.slice(0, replacement.length - eol.length);
        return text.slice(0, l.start) + fixed + text.slice(l.next);
    }
    if (!linkLine)
        return text;
    const firstVersion = refs.find((r) => r.ref !== null && /^v?[0-9]/.test(r.ref.label));
    if (firstVersion) {
        const l = lines[firstVersion.k];
        return text.slice(0, l.start) + linkLine + eol + text.slice(l.start);
    }
    const endsWithEol = text.endsWith('\n');
    return text + (endsWithEol ? '' : eol) + linkLine + eol;
}
/** The existing section of a version, for a re-run: text unchanged. */
function existingSection(lines, at, text) {
    let end = at + 1;
    while (end < lines.length && h2Label(lines[end]) === null && linkRef(lines[end]) === null)
        end++;
    while (end > at + 1 && lines[end - 1].text.trim() === '')
        end--;
    const body = lines.slice(at, end).map((l) => l.text);
    const entries = body.filter((l) => /^[-*+] /.test(l)).length;
    return { text, sectionMarkdown: body.join('\n') + '\n', entries };
}
function stripV(v) {
    return v.length > 1 && (v[0] === 'v' || v[0] === 'V') && /^[0-9]/.test(v.slice(1)) ? v.slice(1) : v;
}
function trimUrl(url) {
    let u = url;
    while (u.endsWith('/'))
        u = u.slice(0, -1);
    return u;
}
function withEol(markdown, eol) {
    return eol === '\n' ? markdown : markdown.split('\n').join(eol);
}

;// CONCATENATED MODULE: ./src/changelog/styled.ts



/** A group label line: `Features:`, `Bug fixes:`, `**Bugfixes**`, `**Breaking changes:**`. */
const LABEL_RE = /^(\*\*)?([A-Z][A-Za-z ,/&'-]{1,38}?)(:?)(\*\*)?(:?)\s*$/;
/** The file's label lines in release sections: each stands alone after a blank line, before a blank line or a bullet. */
function findLabels(body) {
    const out = [];
    body.forEach((l, i) => {
        const m = LABEL_RE.exec(l);
        if (!m || (i > 0 && body[i - 1].trim() !== ''))
            return;
        const bold = m[1] !== undefined && m[4] !== undefined;
        const colon = m[3] || m[5];
        if (!bold && !colon)
            return;
        if ((m[1] === undefined) !== (m[4] === undefined))
            return;
        const next = body[i + 1];
        if (next === undefined || !(next.trim() === '' || /^\s*[-*+] /.test(next)))
            return;
        out.push({ before: m[1] ?? '', after: `${m[3]}${m[4] ?? ''}${m[5]}`, blankAfter: next.trim() === '', name: m[2].trim() });
    });
    return out;
}
/** The words projects use for each group, tried against the file's own labels and sub-headings. */
const GROUP_WORDS = {
    'Breaking Changes': /breaking|incompatible/i,
    Added: /^(new )?features?$|^enhancements?$|^additions?$|^new$/i,
    Changed: /^(changes|improvements?)$/i,
    Deprecated: /deprecat/i,
    Removed: /^removals?$|^removed$/i,
    Fixed: /^bug ?fix(es)?$|^fix(es)?$|^bugs?( fixed)?$/i,
    Security: /security/i,
    Dependencies: /dependenc/i,
    Other: /^other( changes)?$|^misc(ellaneous)?$|^maintenance$|^internal( changes)?$/i,
};
/** A group's name in the file's own words (`Fixed` → `Bug fixes` when the file says so), else the name. */
function groupName(name, own) {
    const words = GROUP_WORDS[name];
    return (words && own.find((o) => words.test(o))) ?? name;
}
const VERSION_RE = /(?<![\w.])v?(\d+\.\d+(?:\.\d+)*(?:(?:a|b|rc|\.?dev|\.?post|-[0-9A-Za-z][0-9A-Za-z.]*)\d*)?)(?![\w])/;
const RST_ADORN = '=-~^"\'*+#:._`';
/** A Markdown setext underline (`===` for level 1, `---` for level 2), or null. */
function setextLevel(line) {
    const m = line === undefined ? null : /^ {0,3}(=+|-+)[ \t]*$/.exec(line);
    if (!m || m[1].length < 3)
        return null;
    return m[1][0] === '=' ? 1 : 2;
}
/**
 * ATX (`## 1.2.3`) and setext headings (a one-line paragraph over `===` or `---`, as requests' and
 * Express's HISTORY.md write them). A `---` after a list item or a blank line is a rule, not an underline.
 */
function mdHeadings(lines) {
    const out = [];
    let fenced = false;
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        if (/^ {0,3}(```|~~~)/.test(l))
            fenced = !fenced;
        if (fenced)
            continue;
        const m = /^(#{1,6}) +(.*?)[ #]*$/.exec(l);
        if (m) {
            out.push({ start: i, bodyStart: i + 1, level: m[1].length, text: m[2].trim() });
            continue;
        }
        const level = setextLevel(lines[i + 1]);
        const paragraphStart = i === 0 || lines[i - 1].trim() === '' || setextLevel(lines[i - 1]) !== null;
        const plainText = l.trim() !== '' && !/^ {4}/.test(l) && !/^\s*([-*+]|\d+[.)])(\s|$)|^\s*[>|<]/.test(l) && setextLevel(l) === null;
        if (level !== null && paragraphStart && plainText) {
            out.push({ start: i, bodyStart: i + 2, level, text: l.trim(), adornment: { char: level === 1 ? '=' : '-', overline: false } });
            i++;
        }
    }
    return out;
}
function isAdornment(line, min) {
    if (line === undefined || line.length < Math.max(min, 2))
        return null;
    const c = line[0];
    if (!RST_ADORN.includes(c))
        return null;
    for (const ch of line.trimEnd())
        if (ch !== c)
            return null;
    return line.trimEnd().length >= min ? c : null;
}
function rstHeadings(lines) {
    const out = [];
    const ranks = [];
    for (let i = 0; i < lines.length - 1; i++) {
        const text = lines[i];
        if (text.trim() === '' || /^\s/.test(text) || isAdornment(text, 2) !== null)
            continue;
        const under = isAdornment(lines[i + 1], text.trimEnd().length);
        if (under === null)
            continue;
        const overline = i > 0 && isAdornment(lines[i - 1], text.trimEnd().length) === under;
        const key = under + (overline ? 'o' : '');
        if (!ranks.includes(key))
            ranks.push(key);
        out.push({ start: overline ? i - 1 : i, bodyStart: i + 2, level: ranks.indexOf(key) + 1, text: text.trim(), adornment: { char: under, overline } });
        i++;
    }
    return out;
}
function headingsOf(lines, format) {
    return format === 'rst' ? rstHeadings(lines) : mdHeadings(lines);
}
/** The version a heading names, or null (`Version 8.4.2`, `[1.2.0] - …`, `pluggy 1.6.0 (2025-05-15)`). */
function headingVersion(text) {
    const m = VERSION_RE.exec(text.replace(/\]\([^)]*\)/g, ']'));
    return m ? m[1] : null;
}
function isUnreleased(text) {
    return /\bunreleased\b/i.test(text) && headingVersion(text) === null;
}
/** `Markdown` for .md/.markdown, `rst` for .rst, else sniffed from the text (rst underlines under text). */
function changelogFormat(path, text) {
    const lower = path.toLowerCase();
    if (lower.endsWith('.rst'))
        return 'rst';
    if (lower.endsWith('.md') || lower.endsWith('.markdown'))
        return 'markdown';
    // Underlined headings read the same in both; without an extension only `#` headings make it Markdown.
    if (text !== null && rstHeadings(text.split(/\r?\n/)).some((h) => headingVersion(h.text) !== null) && !mdHeadings(text.split(/\r?\n/)).some((h) => !h.adornment && headingVersion(h.text) !== null))
        return 'rst';
    return 'markdown';
}
/** The release headings: those naming a version, at the level of the newest one. */
function releaseHeadings(hs) {
    const first = hs.find((h) => headingVersion(h.text) !== null);
    if (!first)
        return [];
    return hs.filter((h) => h.level === first.level && headingVersion(h.text) !== null);
}
/** Where a heading's section ends: the next heading at its level or above, or the end (before link references). */
function sectionEnd(hs, h, lines, footerStart) {
    const next = hs.find((x) => x.start > h.start && x.level <= h.level);
    return Math.min(next ? next.start : lines.length, footerStart > h.start ? footerStart : lines.length);
}
function footerStartOf(lines, format) {
    if (format !== 'markdown')
        return lines.length;
    let footer = lines.length;
    for (let k = lines.length - 1; k >= 0; k--) {
        if (/^\[[^\]]+\]:\s*\S+$/.test(lines[k]))
            footer = k;
        else if (lines[k].trim() !== '')
            break;
    }
    return footer;
}
/**
 * Learns the style of a changelog from its newest release heading: heading text (`## Version 1.2.3`,
 * `## 1.2.3 (6th December, 2024)`, `## [1.2.3](…/compare/…) - 2024-01-01`, rst `Version 1.2.3` over `-----`),
 * date format, a `Released <date>` line, the bullet, and whether entries sit under sub-headings.
 * Null when the file has no release heading (then the Keep a Changelog writer is used).
 */
function detectStyle(text, format) {
    const lines = text.split(/\r?\n/);
    const hs = headingsOf(lines, format);
    const releases = releaseHeadings(hs);
    if (releases.length === 0)
        return null;
    const h = releases[0];
    let template = h.text;
    let urlBase;
    const url = /\((https?:\/\/[^)\s]+)\)/.exec(template);
    if (url) {
        const at = url[1].search(/\/(compare|releases\/tag|tree)\//);
        if (at > 0)
            urlBase = url[1].slice(0, at);
        template = template.replace(url[1], '{compare}');
    }
    const version = headingVersion(template);
    template = template.replace(version, '{version}');
    const date = findDateStyle(template);
    if (date)
        template = template.replace(date.found, '{date}');
    const footer = footerStartOf(lines, format);
    const end = sectionEnd(hs, h, lines, footer);
    const body = lines.slice(h.bodyStart, end);
    let dateLine = null;
    let lineDate = null;
    const firstText = body.find((l) => l.trim() !== '');
    if (firstText !== undefined && !date) {
        lineDate = findDateStyle(firstText);
        if (lineDate && firstText.trim().length <= lineDate.found.length + 24 && !/^\s*[-*+] /.test(firstText))
            dateLine = firstText.trim().replace(lineDate.found, '{date}');
        else
            lineDate = null;
    }
    // The bullet with its indent (Express's HISTORY.md writes `  * `).
    const bulletLine = body.find((l) => /^ {0,3}[-*+]\s+\S/.test(l));
    const bullet = bulletLine ? /^ {0,3}[-*+]\s+/.exec(bulletLine)[0] : '- ';
    let sub = null;
    for (const r of releases.slice(0, 3)) {
        const e = sectionEnd(hs, r, lines, footer);
        const s = hs.find((x) => x.start > r.start && x.start < e && x.level > r.level);
        if (s) {
            sub = { level: s.level, adornment: s.adornment };
            break;
        }
    }
    // The sub-headings the file uses (`Features`, `Bug Fixes`), so new sections speak its words.
    if (sub) {
        const level = sub.level;
        const names = releases.slice(0, 5).flatMap((r) => hs.filter((x) => x.start > r.start && x.start < sectionEnd(hs, r, lines, footer) && x.level === level).map((x) => x.text));
        sub.names = [...new Set(names)];
    }
    const style = { format, template, level: h.level, date: date ?? lineDate, dateLine, bullet, sub };
    if (!sub) {
        const labels = releases.slice(0, 5).flatMap((r) => findLabels(lines.slice(r.bodyStart, sectionEnd(hs, r, lines, footer))));
        if (labels.length > 0)
            style.label = { before: labels[0].before, after: labels[0].after, blankAfter: labels[0].blankAfter, names: [...new Set(labels.map((l) => l.name))] };
    }
    if (h.adornment)
        style.adornment = h.adornment;
    if (urlBase)
        style.urlBase = urlBase;
    return style;
}
/** True for the Keep a Changelog heading (`[1.2.3] - 2024-01-01`), which insertRelease writes itself. */
function isKeepAChangelog(style) {
    return style.format === 'markdown' && style.level === 2 && style.template === '[{version}] - {date}' && style.dateLine === null;
}
function rstLink(text, url) {
    return `\`${text} <${url}>\`__`;
}
/** One entry in the file's format and bullet: description, commit and pull request links. */
function entryText(e, style, repoUrl) {
    const indent = ' '.repeat(style.bullet.length);
    if (typeof e === 'string')
        return e.replace(/^[-*+]\s+/, style.bullet).split('\n').map((l, i) => (i === 0 || l.trim() === '' ? l : indent + l.trimStart())).join('\n');
    let text;
    if (style.format === 'markdown')
        text = renderEntry(e, repoUrl).slice(2);
    else {
        const short = e.sha.slice(0, 7);
        text = (e.scope ? `**${e.scope}:** ` : '') + e.description;
        const refs = [repoUrl ? rstLink(short, `${repoUrl}/commit/${e.sha}`) : short];
        if (e.pr !== null)
            refs.push(repoUrl ? rstLink(`#${e.pr}`, `${repoUrl}/pull/${e.pr}`) : `#${e.pr}`);
        text += ` (${refs.join(', ')})`;
        if (e.breaking && e.breakingNote && e.breakingNote !== e.description)
            text += '\n\n' + e.breakingNote;
    }
    return style.bullet + text.split('\n').map((l, i) => (i === 0 || l.trim() === '' ? l.trimStart() : indent + l.trim())).join('\n');
}
function headingLines(text, level, format, adornment) {
    // Setext headings (Markdown with an underline) are underlined to the text's width, as rst ones.
    if (format === 'markdown' && !adornment)
        return [`${'#'.repeat(level)} ${text}`];
    const a = adornment ?? { char: '-', overline: false };
    const line = a.char.repeat(text.length);
    return a.overline ? [line, text, line] : [text, line];
}
/** The release heading's text in the file's style. */
function headingText(style, input, repoUrl) {
    const base = repoUrl ?? style.urlBase;
    const compare = base ? (input.previousTag ? `${base}/compare/${input.previousTag}...${input.tag}` : `${base}/releases/tag/${input.tag}`) : '';
    let t = style.template.split('{version}').join(input.version).split('{compare}').join(compare);
    t = t.split('{date}').join(style.date ? style.date.format(input.date) : input.date);
    return compare === '' ? t.replace(/\[([^\]]*)\]\(\)/, '$1') : t;
}
/** Renders a release section in the style; returns its lines and its entry count. */
function renderStyledSection(style, input) {
    const repoUrl = input.repoUrl?.replace(/\/+$/, '') || undefined;
    const out = [...headingLines(headingText(style, input, repoUrl), style.level, style.format, style.adornment), ''];
    if (style.dateLine)
        out.push(style.dateLine.split('{date}').join(style.date ? style.date.format(input.date) : input.date), '');
    const { preamble, groups: standard, entries, rendered } = groupSection(input, (e) => entryText(e, style, repoUrl));
    // Groups in the file's words; a hand-written `Features` group and the generated `Added` one become one.
    const words = style.sub?.names ?? style.label?.names ?? [];
    const groups = new Map();
    for (const [name, list] of standard) {
        const shown = groupName(name, words);
        const merged = [...(groups.get(shown) ?? []), ...list];
        // Hand-written entries (text) before the generated ones, as in every other group.
        groups.set(shown, [...merged.filter((e) => typeof e === 'string'), ...merged.filter((e) => typeof e !== 'string')]);
    }
    for (const p of preamble)
        out.push(p, '');
    for (const [name, list] of groups) {
        if (style.sub)
            out.push(...headingLines(name, style.sub.level, style.format, style.sub.adornment), '');
        else if (style.label)
            out.push(`${style.label.before}${name}${style.label.after}`, ...(style.label.blankAfter ? [''] : []));
        for (const e of list)
            out.push(typeof e === 'string' ? entryText(e, style, repoUrl) : (rendered.get(e) ?? entryText(e, style, repoUrl)));
        out.push('');
    }
    if (entries === 0)
        out.push('No notable changes.', '');
    return { lines: out, entries };
}
/**
 * Puts a release into a changelog written in its own style (see detectStyle), touching nothing else:
 *
 * - The version already has a section: one that still says `Unreleased` under its heading (a section written
 *   ahead, as click does for its `.dev` version) gets the release date in that line and the Conventional
 *   entries its text does not mention yet; any other is left as it is (a safe re-run).
 * - An `Unreleased` heading: its entries move into the new section (below it); the heading stays, empty, and a
 *   compare link in it (`…/compare/<old>...HEAD`) is pointed at the new tag.
 * - Otherwise the section goes above the newest release. Markdown link references follow the file's style.
 */
function insertStyled(existing, style, input) {
    const eol = existing.includes('\r\n') ? '\r\n' : '\n';
    const lines = existing.split(/\r?\n/);
    const hs = headingsOf(lines, style.format);
    const releases = releaseHeadings(hs);
    const footer = footerStartOf(lines, style.format);
    const join = (ls) => ls.join(eol);
    const md = renderSection(input);
    const own = releases.find((h) => headingVersion(h.text)?.replace(/^v/, '') === input.version);
    if (own) {
        const end = sectionEnd(hs, own, lines, footer);
        const body = lines.slice(own.bodyStart, end);
        const marker = body.findIndex((l) => /^\s*(\*{0,2})unreleased\1\s*$/i.test(l) || /^\s*released:?\s*(unreleased|tbd|tba)\s*$/i.test(l));
        if (marker < 0) {
            const section = lines.slice(own.start, end);
            return { text: existing, sectionMarkdown: join(section).trimEnd() + '\n', entries: section.filter((l) => /^\s*[-*+] /.test(l)).length };
        }
        const sectionText = body.join('\n');
        const fresh = input.commits.filter((c) => { const s = sectionOf(c, false); return s !== null && !namesCommit(sectionText, c); });
        const dateText = style.date ? style.date.format(input.date) : input.date;
        const newBody = [...body];
        newBody[marker] = style.dateLine ? style.dateLine.split('{date}').join(dateText) : `Released ${dateText}`;
        if (fresh.length > 0) {
            let last = newBody.length;
            while (last > 0 && newBody[last - 1].trim() === '')
                last--;
            newBody.splice(last, 0, ...fresh.map((c) => entryText(c, style, input.repoUrl?.replace(/\/+$/, '') || undefined)));
        }
        const out = [...lines.slice(0, own.bodyStart), ...newBody, ...lines.slice(end)];
        const section = [...lines.slice(own.start, own.bodyStart), ...newBody];
        return { text: join(out), sectionMarkdown: join(section).trimEnd() + '\n', entries: section.filter((l) => /^\s*[-*+] /.test(l)).length };
    }
    const firstRelease = releases[0];
    const unreleased = hs.find((h) => isUnreleased(h.text) && (!firstRelease || h.start < firstRelease.start) && h.level <= (firstRelease?.level ?? h.level));
    let out;
    let entries;
    let section;
    let extra = {};
    if (unreleased) {
        const end = sectionEnd(hs, unreleased, lines, footer);
        const block = lines.slice(unreleased.bodyStart, end);
        const subPrefix = style.format === 'markdown' ? '#'.repeat((style.sub?.level ?? unreleased.level + 1)) + ' ' : null;
        extra = subPrefix ? parseUnreleasedEntries(block.map((l) => (l.startsWith(subPrefix) ? `### ${l.slice(subPrefix.length)}` : l))) : { '': block.filter((l) => l.trim() !== '').length ? [block.join('\n').trim()] : [] };
        extra = mergeEntries(input.carriedEntries, extra);
        const rendered = renderStyledSection(style, { ...input, extraEntries: extra });
        entries = rendered.entries;
        section = rendered.lines;
        const head = lines.slice(unreleased.start, unreleased.bodyStart).map((l) => l.replace(/(\/compare\/)[^\s)]+?(\.\.\.HEAD)/, `$1${input.tag}$2`));
        out = [...lines.slice(0, unreleased.start), ...head, '', ...rendered.lines, ...lines.slice(end)];
    }
    else {
        extra = input.carriedEntries ?? {};
        const rendered = renderStyledSection(style, { ...input, extraEntries: extra });
        entries = rendered.entries;
        section = rendered.lines;
        const at = firstRelease ? firstRelease.start : lines.length;
        out = [...lines.slice(0, at), ...rendered.lines, ...lines.slice(at)];
    }
    let text = join(out);
    if (style.format === 'markdown')
        text = updateLinks(text, eol, md.linkLine, input.repoUrl?.replace(/\/+$/, '') || style.urlBase, input.tag);
    return { text, sectionMarkdown: style.format === 'markdown' ? section.join('\n').trimEnd() + '\n' : renderSection({ ...input, extraEntries: extra }).markdown, entries };
}
/** The lines of the section of `version` (heading start, body start, end), or null when the file has none. */
function findSection(text, format, version) {
    const lines = text.split(/\r?\n/);
    const hs = headingsOf(lines, format);
    const own = releaseHeadings(hs).find((h) => headingVersion(h.text)?.replace(/^v/, '') === version);
    if (!own)
        return null;
    return { start: own.start, bodyStart: own.bodyStart, end: sectionEnd(hs, own, lines, footerStartOf(lines, format)) };
}

;// CONCATENATED MODULE: ./src/changelog/tag-notes.ts







/**
 * The release notes of a tag pushed by hand (no prepare-release before the gate): the tag's own section of
 * the project's changelog when it has one, else a section generated from the commits between the previous
 * release tag and this tag. publish-and-verify needs them for the annotated tag and the GitHub release.
 */
async function releaseNotesForTag(git, root, packageDir, o) {
    const located = await locateChangelog(root, packageDir, o.changelogFile ? { path: o.changelogFile, from: 'input "changelog-file"' } : undefined);
    if (located.exists) {
        const text = await (0,promises_.readFile)((0,core_files/* resolveInside */.LI)((0,core_files/* resolveInside */.LI)(root, packageDir, 'package-dir'), located.path, 'changelog-file'), 'utf8');
        const section = findSection(text, changelogFormat(located.path, text), o.version);
        if (section) {
            const lines = text.split(/\r?\n/).slice(section.start, section.end);
            while (lines.length > 0 && lines[lines.length - 1].trim() === '')
                lines.pop();
            const entries = lines.filter((l) => /^\s*[-*+]\s+\S/.test(l)).length;
            return { section_markdown: `${lines.join('\n')}\n`, entries, file: located.path };
        }
    }
    // The previous release is the newest release tag reachable from the tagged commit's parents.
    // A tag not fetched into this checkout (a gate given `tag` by hand): the checked-out commit stands for it.
    const tagged = (await git.revParse(`${o.tag}^{commit}`)) !== null ? `${o.tag}^{commit}` : 'HEAD';
    const parent = await git.revParse(`${tagged}^`);
    const previous = parent === null ? null : await findLastReleaseTag(git, { template: o.template, name: o.name, scheme: o.scheme, rev: parent });
    const commits = await readParsedCommits(git, { from: previous?.sha ?? null, to: tagged });
    const rendered = render_renderSection({ version: o.version, date: o.date, commits, repoUrl: o.repoUrl, previousTag: previous?.tag ?? null, tag: o.tag });
    return { section_markdown: rendered.markdown, entries: rendered.entries };
}

// EXTERNAL MODULE: ./src/ecosystems/adapters.ts + 9 modules
var adapters = __webpack_require__(34458);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(10308);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
;// CONCATENATED MODULE: ./src/reports/coverage.ts



function percent(covered, total) {
    // Nothing to measure counts as fully covered, as coverage.py and lcov do.
    return total > 0 ? (covered / total) * 100 : 100;
}
function bad(source, what, hint) {
    return new errors/* ReleaseError */.K2('BAD_INPUT', `Coverage report ${source} ${what}.`, hint);
}
const xmlParser = new XMLParser/* default */.A({ ignoreAttributes: false, attributeNamePrefix: '@', parseAttributeValue: false, parseTagValue: false });
/** Parses a Cobertura XML report (coverage.py `coverage xml`, pytest-cov `--cov-report=xml`, jest). */
function parseCobertura(xml, file = '') {
    const source = file || '(cobertura xml)';
    const valid = fxp/* XMLValidator */.iI.validate(xml);
    if (valid !== true)
        throw bad(source, `is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`, 'Let the test run finish writing it; a killed run leaves a truncated file.');
    const doc = xmlParser.parse(xml);
    const root = doc.coverage;
    if (typeof root !== 'object' || root === null)
        throw bad(source, 'has no <coverage> root element', 'Write the report as Cobertura XML (pytest --cov-report=xml:FILE).');
    const n = (attr) => {
        const raw = root[`@${attr}`];
        const v = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
        return Number.isFinite(v) ? v : undefined;
    };
    const linesValid = n('lines-valid');
    const linesCovered = n('lines-covered');
    let linePercent;
    if (linesValid !== undefined && linesCovered !== undefined)
        linePercent = percent(linesCovered, linesValid);
    else {
        const rate = n('line-rate');
        if (rate === undefined)
            throw bad(source, 'has neither lines-valid/lines-covered nor line-rate', 'Write the report with coverage.py or another Cobertura writer.');
        linePercent = rate * 100;
    }
    const branchesValid = n('branches-valid');
    const branchesCovered = n('branches-covered');
    let branchPercent;
    // coverage.py writes branch-rate="0" branches-valid="0" when branches were not measured.
    if (branchesValid !== undefined && branchesCovered !== undefined)
        branchPercent = branchesValid > 0 ? percent(branchesCovered, branchesValid) : undefined;
    else if (n('branch-rate') !== undefined)
        branchPercent = n('branch-rate') * 100;
    return { format: 'cobertura', linePercent, branchPercent, file };
}
/** Parses coverage.py's `coverage json` report (its `totals`). */
function parseCoverageJson(json, file = '') {
    const source = file || '(coverage json)';
    let doc;
    try {
        doc = JSON.parse(json);
    }
    catch (err) {
        throw bad(source, `is not valid JSON (${err.message})`, 'Let the test run finish writing it (coverage json -o FILE).');
    }
    const totals = doc?.totals;
    if (typeof totals !== 'object' || totals === null)
        throw bad(source, 'has no "totals" object', "Write it with coverage.py's `coverage json`.");
    const num = (k) => (typeof totals[k] === 'number' ? totals[k] : undefined);
    const statements = num('num_statements');
    const covered = num('covered_lines');
    let linePercent;
    if (statements !== undefined && covered !== undefined)
        linePercent = percent(covered, statements);
    else if (num('percent_covered') !== undefined)
        linePercent = num('percent_covered');
    else
        throw bad(source, 'has no totals.num_statements/covered_lines or totals.percent_covered', "Write it with coverage.py's `coverage json`.");
    const branches = num('num_branches');
    const coveredBranches = num('covered_branches');
    const branchPercent = branches !== undefined && coveredBranches !== undefined && branches > 0 ? percent(coveredBranches, branches) : undefined;
    return { format: 'coverage-json', linePercent, branchPercent, file };
}
/** Parses an LCOV tracefile, summing LF/LH (lines) and BRF/BRH (branches) over every record. */
function parseLcov(text, file = '') {
    const sums = { LF: 0, LH: 0, BRF: 0, BRH: 0 };
    let records = 0;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line.startsWith('SF:'))
            records++;
        const m = /^(LF|LH|BRF|BRH):(\d+)$/.exec(line);
        if (m)
            sums[m[1]] += Number(m[2]);
    }
    if (!records)
        throw bad(file || '(lcov)', 'has no SF: records', 'Write the report in LCOV format (e.g. c8 --reporter=lcov, coverage lcov).');
    return { format: 'lcov', linePercent: percent(sums.LH, sums.LF), branchPercent: sums.BRF > 0 ? percent(sums.BRH, sums.BRF) : undefined, file };
}
/** Reads a coverage report and parses it by its content: Cobertura XML, coverage.py JSON, or LCOV. */
async function readCoverageReport(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Coverage report ${file} was not found.`, 'Make the test command write it (pytest --cov --cov-report=xml:FILE), or point input "coverage-report" at the file it writes.');
    }
    const head = text.trimStart();
    if (head.startsWith('<'))
        return parseCobertura(text, file);
    if (head.startsWith('{'))
        return parseCoverageJson(text, file);
    if (/^(TN|SF):/m.test(head))
        return parseLcov(text, file);
    throw bad(file, 'is in no format release-relay reads', 'Write Cobertura XML (pytest --cov-report=xml:FILE), coverage.py JSON (coverage json) or LCOV.');
}
const fmt = (p) => `${p.toFixed(2)}%`;
/**
 * Compares a report to a threshold (0–100). With `branches`, branch coverage must reach it too, and a report
 * without branch data fails (the evidence is missing, so the gate does not guess).
 */
function checkCoverage(report, threshold, options = {}) {
    const where = report.file ? ` (${report.file})` : '';
    const lineOk = report.linePercent >= threshold;
    const parts = [`line coverage ${fmt(report.linePercent)} ${lineOk ? '≥' : '<'} threshold ${fmt(threshold)}`];
    let ok = lineOk;
    if (options.branches) {
        if (report.branchPercent === undefined) {
            ok = false;
            parts.push('branch coverage was requested but the report has no branch data (run pytest with --cov-branch)');
        }
        else {
            const branchOk = report.branchPercent >= threshold;
            ok &&= branchOk;
            parts.push(`branch coverage ${fmt(report.branchPercent)} ${branchOk ? '≥' : '<'} threshold ${fmt(threshold)}`);
        }
    }
    return { ok, detail: `${parts.join('; ')}${where}` };
}

;// CONCATENATED MODULE: ./src/gate/evidence.ts



/** The manifest a gate run leaves next to its test evidence. */
const MANIFEST = 'evidence.json';
/**
 * Copies a test run's JUnit XML and coverage report into `dir` with a small manifest, so that a later gate
 * of the same commit (the reusable workflow's build job) judges the same run instead of running the suite
 * again. Files the run did not write are left out.
 */
async function saveTestEvidence(dir, evidence) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const manifest = { reportFormat: evidence.reportFormat, exitCode: evidence.exitCode };
    if (await exists(evidence.junitFile)) {
        await (0,promises_.copyFile)(evidence.junitFile, (0,external_node_path_.join)(dir, 'junit.xml'));
        manifest.junit = 'junit.xml';
    }
    if (evidence.coverageFile && (await exists(evidence.coverageFile))) {
        // The coverage parser tells formats apart by name as well as content: keep the name.
        const name = `coverage-${(0,external_node_path_.basename)(evidence.coverageFile)}`;
        await (0,promises_.copyFile)(evidence.coverageFile, (0,external_node_path_.join)(dir, name));
        manifest.coverage = name;
    }
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, MANIFEST), `${JSON.stringify(manifest)}\n`);
}
/**
 * A test "command" that hands the gate the evidence saved in `dir` as this run's reports: it copies them
 * (with Node, on any runner) to where the gate reads them and exits with the saved run's exit code, so the
 * tests check (JUnit, or the exit code alone where the run wrote no report), the coverage check and the
 * freshness rules work as for a run of the suite. Throws BAD_INPUT when `dir` holds no evidence.
 */
/** The evidence manifest in `dir`; BAD_INPUT naming input "test-evidence" when there is none. */
async function readTestEvidence(dir) {
    try {
        return JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, MANIFEST), 'utf8'));
    }
    catch {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "test-evidence" is ${dir}, which holds no test evidence (${MANIFEST}).`, 'Point it at the directory a gate run wrote with "evidence-dir" (the downloaded evidence artifact), or leave it empty to run the tests.');
    }
}
async function testEvidencePlan(dir, reportDir) {
    const manifest = await readTestEvidence(dir);
    const pairs = [];
    const junitFile = (0,external_node_path_.join)(reportDir, 'evidence-junit.xml');
    if (manifest.junit)
        pairs.push((0,external_node_path_.join)(dir, manifest.junit), junitFile);
    const coverageFile = manifest.coverage ? (0,external_node_path_.join)(reportDir, manifest.coverage) : undefined;
    if (manifest.coverage && coverageFile)
        pairs.push((0,external_node_path_.join)(dir, manifest.coverage), coverageFile);
    // A run that could not start at all left no exit code: fail rather than pass.
    const code = manifest.exitCode ?? 1;
    const script = `const fs=require('fs');const a=process.argv.slice(1);for(let i=0;i<a.length;i+=2)fs.copyFileSync(a[i],a[i+1]);process.exitCode=${Number(code) | 0};`;
    return { argv: [process.execPath, '-e', script, ...pairs], junitFile, reportFormat: manifest.reportFormat, junitOptional: !manifest.junit, coverageFile };
}
async function exists(file) {
    return (0,promises_.stat)(file).then((s) => s.isFile(), () => false);
}

;// CONCATENATED MODULE: ./src/reports/jest-json.ts


const OUTCOMES = { passed: 'passed', failed: 'failed', pending: 'skipped', skipped: 'skipped', todo: 'skipped', disabled: 'skipped', focused: 'passed' };
/**
 * Reads the test cases of Jest's `--json --outputFile` results, named `<file>::<full name>` like JUnit
 * `classname::name`. A test file that failed to run (a syntax error, a failing import) has no assertions: it
 * counts as one error named after the file. Throws BAD_INPUT when the file is not Jest's JSON.
 */
function parseJestJson(text, source = 'Jest JSON results', cwd) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${source} is not JSON: ${err.message}`, 'Make sure the test run finished writing the results (jest --json --outputFile=FILE).');
    }
    if (!Array.isArray(doc.testResults))
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${source} has no "testResults".`, 'Point the gate at the file jest --json --outputFile writes.');
    const cases = [];
    let durationMs = 0;
    for (const file of doc.testResults) {
        const name = file.name ? (cwd ? (0,external_node_path_.relative)(cwd, file.name) : file.name) : '(test file)';
        if (file.startTime && file.endTime)
            durationMs += file.endTime - file.startTime;
        const assertions = file.assertionResults ?? [];
        if (!assertions.length && file.status === 'failed') {
            cases.push({ name, outcome: 'error', timeS: 0 });
            continue;
        }
        for (const a of assertions) {
            cases.push({ name: `${name}::${a.fullName ?? a.title ?? '(unnamed)'}`, outcome: OUTCOMES[a.status ?? ''] ?? 'error', timeS: (a.duration ?? 0) / 1000 });
        }
    }
    return { cases, durationS: Math.round(durationMs) / 1000 };
}

;// CONCATENATED MODULE: ./src/reports/junit.ts


const parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseAttributeValue: false,
    parseTagValue: false,
    isArray: (name) => ['testsuites', 'testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
});
function children(node, tag) {
    if (typeof node !== 'object' || node === null)
        return [];
    const value = node[tag];
    if (!Array.isArray(value))
        return [];
    // `<skipped/>` parses to '' rather than an object; keep it as an (empty) element.
    return value.map((v) => (typeof v === 'object' && v !== null ? v : {}));
}
function num(node, attr) {
    const raw = node[`@${attr}`];
    if (typeof raw !== 'string' || raw.trim() === '')
        return undefined;
    const n = Number(raw.replace(/,/g, ''));
    return Number.isFinite(n) ? n : undefined;
}
function collectCases(suite, out) {
    for (const tc of children(suite, 'testcase')) {
        const classname = typeof tc['@classname'] === 'string' ? tc['@classname'] : '';
        const name = typeof tc['@name'] === 'string' ? tc['@name'] : '(unnamed)';
        let outcome = 'passed';
        if (children(tc, 'error').length)
            outcome = 'error';
        else if (children(tc, 'failure').length)
            outcome = 'failed';
        else if (children(tc, 'skipped').length)
            outcome = 'skipped';
        out.push({ name: classname ? `${classname}::${name}` : name, outcome, timeS: num(tc, 'time') ?? 0 });
    }
    // Some reporters nest suites inside suites.
    for (const nested of children(suite, 'testsuite'))
        collectCases(nested, out);
}
/**
 * Reads every test case of a JUnit XML report (pytest `--junitxml`, jest-junit, vitest, node --test's junit
 * reporter): a `<testsuites>` root (test cases in its suites or, as node writes them, straight under it) or a
 * single `<testsuite>`. Throws BAD_INPUT when the XML is malformed or holds no test suite.
 */
function parseJUnitCases(xml, source = 'JUnit report') {
    const valid = fxp/* XMLValidator */.iI.validate(xml);
    if (valid !== true) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${source} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`, 'Make sure the test run finished writing the report (a killed run leaves a truncated file), and that the test command writes JUnit XML (pytest --junitxml=FILE).');
    }
    const doc = parser.parse(xml);
    const roots = children(doc, 'testsuites');
    const suites = roots.length ? roots.flatMap((r) => children(r, 'testsuite')) : children(doc, 'testsuite');
    if (!roots.length && !suites.length) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${source} has neither <testsuites> nor <testsuite> at its root.`, 'Point the gate at a JUnit XML report (pytest --junitxml=FILE).');
    }
    const cases = [];
    // Node's junit reporter puts top-level tests straight under <testsuites>, without a <testsuite>.
    for (const node of roots.length ? roots : suites)
        collectCases(node, cases);
    const rootTime = roots.length === 1 ? num(roots[0], 'time') : undefined;
    const suiteTimes = suites.map((s) => num(s, 'time'));
    const durationS = rootTime ?? (suiteTimes.every((t) => t !== undefined) && suites.length ? suiteTimes.reduce((a, t) => a + (t ?? 0), 0) : cases.reduce((a, c) => a + c.timeS, 0));
    return { cases, durationS: Math.round(durationS * 1000) / 1000 };
}
/** Counts a list of test cases into a TestReport. */
function summarizeCases(cases, durationS) {
    const report = { passed: 0, failed: 0, skipped: 0, errors: 0, durationS, failedNames: [] };
    for (const c of cases) {
        if (c.outcome === 'passed')
            report.passed++;
        else if (c.outcome === 'skipped')
            report.skipped++;
        else {
            if (c.outcome === 'failed')
                report.failed++;
            else
                report.errors++;
            report.failedNames.push(c.name);
        }
    }
    return report;
}
/** Parses a JUnit XML report into counts and the names of the failed tests. Throws BAD_INPUT on malformed XML. */
function parseJUnit(xml, source) {
    const { cases, durationS } = parseJUnitCases(xml, source);
    return summarizeCases(cases, durationS);
}

;// CONCATENATED MODULE: ./src/gate/run-tests.ts





/** Exit code reported for an attempt killed at its deadline (as coreutils `timeout` does). */
const TIMEOUT_EXIT_CODE = 124;
/** Thrown inside the retry loop for an attempt with failing tests, so `retry` runs another one. */
class TestsFailedSignal extends Error {
    names;
    constructor(names) {
        super(`${names.length} test(s) failed: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`);
        this.names = names;
    }
}
const TAIL_LINES = 40;
const MAX_BUFFER = 256 * 1024;
function tail(text, lines = TAIL_LINES) {
    return text.trimEnd().split('\n').slice(-lines).join('\n');
}
/** True when the tests ran to the end, nothing failed (after retries) and the command exited 0. */
function testRunPassed(result) {
    return !result.timedOut && result.exitCode === 0 && result.report.failed === 0 && result.report.errors === 0;
}
/**
 * Runs a test command with a per-attempt timeout (which kills the whole process tree) and retries after
 * failing tests, rerunning only the failed ones when `rerunFailedArgs` is given. Counts always come from the
 * JUnit XML report, never from console text. Throws only when the command could not give evidence at all
 * (it did not start, or exited without writing a report).
 */
async function runTests(opts) {
    const [file, ...baseArgs] = opts.command;
    if (!file)
        throw new errors/* ReleaseError */.K2('BAD_INPUT', 'Input "test-command" is empty.', 'Give the test command, e.g. "python -m pytest".');
    const timeoutBudget = Math.min(opts.timeoutRetries ?? 0, opts.retries);
    const log = [];
    let timeoutsRetried = 0;
    const runAttempt = async (signal) => {
        const previous = log[log.length - 1];
        // Only a finished attempt tells which tests failed; after a timeout the whole suite reruns.
        const rerunOnlyFailed = !!opts.rerunFailedArgs?.length && previous !== undefined && previous.cases !== undefined;
        const args = rerunOnlyFailed ? [...baseArgs, ...(opts.rerunFailedArgs ?? [])] : baseArgs;
        await (0,promises_.rm)(opts.junitFile, { force: true });
        let output = '';
        const started = Date.now();
        const attempt = { durationS: 0, exitCode: TIMEOUT_EXIT_CODE, timedOut: false, output: '', rerunOnlyFailed };
        log.push(attempt);
        opts.logger.info(`test attempt ${log.length}: ${file} ${args.join(' ')}`);
        try {
            const result = await opts.exec(file, args, {
                cwd: opts.cwd,
                env: opts.env,
                signal,
                check: false,
                onOutput: (chunk) => {
                    output += chunk;
                    if (output.length > MAX_BUFFER)
                        output = output.slice(-MAX_BUFFER / 2);
                    for (const line of chunk.trimEnd().split('\n'))
                        opts.logger.debug(line);
                },
            });
            attempt.exitCode = result.code;
        }
        catch (err) {
            attempt.output = output;
            attempt.durationS = (Date.now() - started) / 1000;
            if ((0,errors/* isReleaseError */.q8)(err, 'TIMEOUT')) {
                attempt.timedOut = true;
                return attempt;
            }
            throw err;
        }
        attempt.output = output;
        let xml;
        try {
            xml = await (0,promises_.readFile)(opts.junitFile, 'utf8');
        }
        catch {
            if (opts.junitOptional) {
                attempt.noReport = true;
                attempt.durationS = (Date.now() - started) / 1000;
                return attempt;
            }
            throw new errors/* ReleaseError */.K2('COMMAND_FAILED', `The test command (${file} ${args.join(' ')}) exited with ${attempt.exitCode} and wrote no JUnit report at ${opts.junitFile}:\n${tail(output, 15)}`, `Make the test command write JUnit XML to that file (pytest --junitxml=${opts.junitFile}), and fix the error above.`);
        }
        const parsed = opts.reportFormat === 'jest-json' ? parseJestJson(xml, `Jest results ${opts.junitFile}`, opts.cwd) : parseJUnitCases(xml, `JUnit report ${opts.junitFile}`);
        attempt.cases = parsed.cases;
        attempt.durationS = parsed.durationS;
        return attempt;
    };
    const oneAttempt = async (_input, ctx) => {
        let running;
        const bounded = (0,combinators/* timeout */.wR)(async (_i, inner) => {
            running = runAttempt(inner.signal);
            return running;
        }, opts.timeoutMs, 'test run');
        let attempt;
        try {
            attempt = await bounded(undefined, ctx);
        }
        catch (err) {
            // The deadline fired: wait until the killed process tree has actually exited before going on.
            if (running)
                await running.catch(() => undefined);
            throw err;
        }
        if (attempt.timedOut) {
            // Killed through the caller's signal rather than our deadline.
            throw new errors/* ReleaseError */.K2('TIMEOUT', 'The test run was aborted', 'Raise the timeout of the step that runs the gate.');
        }
        const failed = attempt.cases?.filter((c) => c.outcome === 'failed' || c.outcome === 'error').map((c) => c.name) ?? [];
        if (failed.length)
            throw new TestsFailedSignal(failed);
        // No report: the exit code is the only evidence, and a failing run is retried whole.
        if (attempt.noReport && attempt.exitCode !== 0)
            throw new TestsFailedSignal([]);
        return attempt;
    };
    const ctx = (0,combinators/* createStepContext */.YC)('quality-gate', opts.logger);
    ctx.signal = opts.signal;
    ctx.startTimer = opts.startTimer;
    const withRetries = (0,combinators/* retry */.L5)(oneAttempt, {
        attempts: opts.retries + 1,
        baseDelayMs: opts.retryDelayMs ?? 1000,
        backoff: 'constant',
        jitter: 0,
        isTransient: (err) => {
            if (err instanceof TestsFailedSignal)
                return true;
            if ((0,errors/* isReleaseError */.q8)(err, 'TIMEOUT') && !opts.signal?.aborted && timeoutsRetried < timeoutBudget) {
                timeoutsRetried++;
                return true;
            }
            return false;
        },
    });
    try {
        await withRetries(undefined, ctx);
    }
    catch (err) {
        const expected = err instanceof TestsFailedSignal || ((0,errors/* isReleaseError */.q8)(err, 'TIMEOUT') && !opts.signal?.aborted);
        if (!expected)
            throw err;
    }
    return mergeAttempts(log);
}
/** Folds the attempts into one picture: each test's last outcome wins; failed-then-passed tests are flaky. */
function mergeAttempts(log) {
    const outcome = new Map();
    const everFailed = new Set();
    for (const attempt of log) {
        for (const c of attempt.cases ?? []) {
            outcome.set(c.name, c);
            if (c.outcome === 'failed' || c.outcome === 'error')
                everFailed.add(c.name);
        }
    }
    const finalCases = [...outcome.values()];
    const durationS = Math.round(log.reduce((a, t) => a + t.durationS, 0) * 1000) / 1000;
    const report = summarizeCases(finalCases, durationS);
    const flaky = finalCases.filter((c) => c.outcome === 'passed' && everFailed.has(c.name)).map((c) => c.name);
    const last = log[log.length - 1];
    return {
        report,
        attempts: log.length,
        timedOut: last.timedOut,
        exitCode: last.timedOut ? TIMEOUT_EXIT_CODE : last.exitCode,
        outputTail: tail(last.output),
        flaky,
        counted: !last.noReport,
    };
}

// EXTERNAL MODULE: ./src/versioning/scheme.ts + 5 modules
var versioning_scheme = __webpack_require__(46691);
// EXTERNAL MODULE: ./src/github/repository.ts
var repository = __webpack_require__(90651);
;// CONCATENATED MODULE: ./src/stages/quality-gate.ts






















/** Derives a context for a tag-triggered run from the tag and the version file; refuses if they disagree. */
async function contextFromTag(o, root, git) {
    const packageDir = o.packageDir ?? '.';
    const adapter = await (0,adapters/* getFullAdapter */.xQ)((0,core_files/* resolveInside */.LI)(root, packageDir, 'package-dir'), o.ecosystem ?? 'auto');
    const info = await adapter.readPackage(root, packageDir);
    const scheme = (0,versioning_scheme/* getScheme */.m)(info.scheme);
    const config = o.tagTemplate === undefined && adapter.releaseConfig ? await adapter.releaseConfig(root, packageDir, info) : null;
    const rawTag = (o.tag ?? o.runner?.ref ?? '').replace(/^refs\/tags\//, '');
    if (!rawTag)
        throw new errors/* ReleaseError */.K2('BAD_CONTEXT', 'There is no release context and no tag to derive one from.', 'Pass `context` from prepare-release, or run on a tag push (refs/tags/v1.2.3) or set `tag`.');
    // Without a template: the release tooling's tag format, else the pushed tag's own style (v1.2.3, 1.2.3, name-1.2.3, name@1.2.3).
    const template = o.tagTemplate ?? config?.tagTemplate ?? templateOfTag(rawTag, info.name, scheme);
    const tagVersion = parseTag(template, rawTag, info.name);
    if (tagVersion === null)
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Tag "${rawTag}" does not match tag-template "${template}".`, 'Push a tag that matches the template, or set tag-template.');
    const version = scheme.normalize(tagVersion, 'tag');
    // A version derived from git tags has no file to compare with: the tag is the version.
    const fileVersion = info.versionFromVcs ? version : scheme.normalize(info.version, 'version file');
    if (scheme.compare(version, fileVersion) !== 0) {
        throw new errors/* ReleaseError */.K2('CONTEXT_MISMATCH', `Tag ${rawTag} says ${version} but ${info.versionFiles.join(', ')} says ${fileVersion}.`, 'Tag the commit whose version files carry that version (run prepare-release first), or fix the tag.');
    }
    const sha = await git.head();
    const slug = (0,repository/* repoFromSlug */.u)(o.runner?.repository) ?? (0,repository/* repoFromRemoteUrl */.A)(await git.remoteUrl('origin'));
    const context = (0,core_context/* newContext */.CA)({
        repository: { owner: slug?.owner ?? '', name: slug?.name ?? '', ref: `refs/tags/${rawTag}`, sha },
        package: { ecosystem: adapter.name, name: info.name, dir: packageDir, version_files: info.versionFiles, ...(info.versionSource ? { version_source: info.versionSource } : {}) },
    });
    context.version = { previous: '', next: version, scheme: scheme.name, bump: 'tag', reason: `tag ${rawTag} was pushed`, released: true, tag: formatTag(template, { version, name: info.name }) };
    // publish-and-verify writes these notes into the annotated tag and the GitHub release.
    const repoUrl = slug ? `${(o.runner?.serverUrl ?? 'https://github.com').replace(/\/+$/, '')}/${slug.owner}/${slug.name}` : undefined;
    context.changelog = await releaseNotesForTag(git, root, packageDir, { tag: rawTag, version, template, name: info.name, scheme, repoUrl, date: new Date().toISOString().slice(0, 10) });
    return { context, adapter, info };
}
/** Renders the rejection issue's body: each failed check with its evidence. */
function rejectionIssueBody(ctx, failed) {
    const v = ctx.version?.next ?? '?';
    const lines = [
        `The quality gate rejected release **${v}** of \`${ctx.package.name}\` at commit ${ctx.repository.sha}.`,
        '',
        '| check | result |',
        '|---|---|',
        ...(ctx.gate?.checks ?? []).map((c) => `| ${c.name} | ${c.skipped ? 'skipped' : c.ok ? 'passed' : '**failed**'} |`),
        '',
        '## Why',
        '',
    ];
    for (const c of failed)
        lines.push(`### ${c.name}`, '', '```', (c.detail ?? 'failed').slice(0, 3000), '```', '');
    lines.push(`_Updated by release-relay quality-gate, run ${ctx.id}._`);
    return lines.join('\n');
}
/** The gate's decision, a pure function of its checks. */
function decide(checks) {
    const failed = checks.filter((c) => !c.ok);
    return { approved: failed.length === 0, failed, reasons: failed.map((c) => `${c.name}: ${(c.detail ?? 'failed').split('\n')[0]}`) };
}
/** The decision in one sentence: what passed and what was built, or why it was rejected. */
function describeVerdict(verdict, checks, release) {
    return verdict.approved
        ? `Approved ${release.name} ${release.version}: ${checks.filter((c) => !c.skipped).map((c) => c.name).join(', ')} passed; ${release.files} file(s) built.`
        : `Rejected ${release.name} ${release.version}: ${verdict.reasons.join('; ')}`;
}
/**
 * quality-gate: runs the tests (timeout + retry of failures), checks coverage from the real report, builds
 * the distributions once, installs them in a clean environment, waits for the commit's other CI checks,
 * and approves or rejects. A rejection writes the context, opens or updates one issue, and then fails.
 */
async function qualityGate(options, deps = {}) {
    // A workspace release gates every released package (see quality-gate-workspace.ts).
    if (options.context?.workspace)
        return (await __webpack_require__.e(/* import() */ 796).then(__webpack_require__.bind(__webpack_require__, 60796))).workspaceGate(options, deps);
    const g = await loadGate(options, deps);
    const checks = [];
    try {
        await installDependencies(g);
        const plan = await testPlan(g);
        // A coverage report older than this run (left in the tree by an earlier run) is not evidence.
        const testsStartedMs = Date.now();
        const tested = await checkTests(g, plan);
        checks.push(tested);
        // Pass or fail travels with the reports: an exit-code-judged run has no report to tell.
        if (options.evidenceDir)
            await saveTestEvidence(options.evidenceDir, { junitFile: plan.junitFile, reportFormat: plan.reportFormat, coverageFile: plan.coverageFile, exitCode: tested.ok ? 0 : 1 });
        if (options.coverageThreshold !== undefined)
            checks.push(await checkCoverageReport(g, plan, options.coverageThreshold, testsStartedMs));
        if (options.integrationCommand)
            checks.push(await checkIntegrationTests(g, options.integrationCommand));
        const built = await buildDistributions(g);
        checks.push(built.check);
        if (built.files)
            checks.push(await checkCleanInstall(g, built.files));
        checks.push(await checkCi(g));
    }
    finally {
        await (0,promises_.rm)(g.reportDir, { recursive: true, force: true });
    }
    const verdict = decide(checks);
    g.gate.checks = checks;
    g.gate.status = verdict.approved ? 'approved' : 'rejected';
    g.gate.reasons = verdict.reasons;
    if (!verdict.approved)
        await openRejectionIssue(g, verdict.failed);
    return finishGate(g, verdict, checks);
}
/** Step 1: the context (from prepare-release, or derived from the tag), the adapter and where things go. */
async function loadGate(options, deps) {
    const run = deps.exec ?? exec/* exec */.m0;
    const logger = deps.logger ?? log/* silentLogger */.qq;
    const sctx = (0,combinators/* createStepContext */.YC)('quality-gate', logger);
    const env = { exec: run, logger, tools: options.tools ?? {}, runner: options.runner };
    const cwd = (0,external_node_path_.resolve)(options.cwd ?? process.cwd());
    const git = new git_git.Git(cwd, run);
    const loaded = await (0,combinators/* instrumented */.RC)('load context', async () => {
        const root = await git.topLevel();
        if (options.context) {
            const context = structuredClone(options.context);
            const adapter = await (0,adapters/* getFullAdapter */.xQ)((0,core_files/* resolveInside */.LI)(root, context.package.dir, 'package-dir'), context.package.ecosystem);
            const info = await adapter.readPackage(root, context.package.dir);
            const scheme = (0,versioning_scheme/* getScheme */.m)(info.scheme);
            const next = context.version?.next ?? '';
            if (!context.version?.released)
                throw new errors/* ReleaseError */.K2('NOT_APPROVED', 'The release context says nothing was released, so there is nothing to gate.', 'Skip the gate when prepare-release outputs released=false.');
            if (!info.versionFromVcs && scheme.compare(scheme.normalize(info.version, 'version file'), next) !== 0) {
                throw new errors/* ReleaseError */.K2('CONTEXT_MISMATCH', `The context is for version ${next} but ${info.versionFiles.join(', ')} says ${info.version}.`, 'Check out the release commit (release_commit.sha from prepare-release) before the gate.');
            }
            const head = await git.head();
            if (context.release_commit?.sha && context.release_commit.sha !== head && !context.dry_run) {
                throw new errors/* ReleaseError */.K2('CONTEXT_MISMATCH', `The context's release commit is ${context.release_commit.sha.slice(0, 7)} but HEAD is ${head.slice(0, 7)}.`, 'Check out the release commit (ref: the commit-sha output of prepare-release).');
            }
            return { root, context, adapter, info };
        }
        return { root, ...(await contextFromTag(options, root, git)) };
    })(undefined, sctx);
    const { root, adapter } = loaded;
    const info = { ...loaded.info, ...(options.importNames?.length ? { importNames: options.importNames } : {}) };
    for (const w of info.warnings ?? [])
        logger.warning(w);
    const context = loaded.context;
    context.timeline.push(...sctx.timeline);
    sctx.timeline = context.timeline;
    const version = context.version?.next;
    const packageDir = (0,core_files/* resolveInside */.LI)(root, context.package.dir, 'package-dir');
    const artifactName = `release-${version}`;
    const artifactDir = (0,artifact_dir/* artifactDirFor */.l8)(options.artifactDir, { cwd, tempDir: options.runner?.tempDir, name: artifactName, root, keep: [root, packageDir] });
    // Before any work: the artifact dir must be one the gate may empty, report paths must stay contained.
    // Evidence that is not there fails before the artifact dir is claimed (nothing written).
    if (options.testEvidence)
        await readTestEvidence(options.testEvidence);
    await (0,artifact_dir/* claimArtifactDir */.cT)(artifactDir, root, git, { defaultDir: options.artifactDir === undefined });
    const writable = [root, cwd, options.runner?.tempDir || (0,external_node_os_.tmpdir)()];
    if (options.junitFile !== undefined)
        (0,core_files/* resolveContained */.mi)(packageDir, options.junitFile, 'junit-file', writable);
    if (options.coverageReport !== undefined)
        (0,core_files/* resolveContained */.mi)(packageDir, options.coverageReport, 'coverage-report', writable);
    const reportDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relay-reports-'));
    const gate = { status: 'rejected', reasons: [], checks: [], artifact_dir: artifactDir, artifact_name: artifactName };
    context.gate = gate;
    return { options, run, sleep: deps.sleep, logger, sctx, env, context, gate, adapter, info, root, packageDir, version, artifactDir, reportDir };
}
/** The test command: the evidence of an earlier run, the given one (with its JUnit and coverage paths), or the ecosystem's default. */
async function testPlan(g) {
    const o = g.options;
    if (o.testEvidence)
        return { ...(await testEvidencePlan(o.testEvidence, g.reportDir)), rerunFailedArgs: undefined, env: undefined };
    return o.testCommand
        ? { argv: o.testCommand, junitFile: (0,external_node_path_.resolve)(g.packageDir, o.junitFile ?? 'junit.xml'), junitOptional: g.adapter.testsByExitCode === true, coverageFile: o.coverageReport ? (0,external_node_path_.resolve)(g.packageDir, o.coverageReport) : undefined, rerunFailedArgs: undefined, env: undefined }
        : g.adapter.defaultTestCommand(g.env, { packageDir: g.packageDir, reportDir: g.reportDir, info: g.info, coverage: o.coverageThreshold !== undefined, junitFile: o.junitFile, coverageReport: o.coverageReport });
}
/** Step 1b: the dependencies, with the package's own manager (optional; the workflow may have installed them). */
async function installDependencies(g) {
    if (!g.options.installDependencies)
        return;
    if (!g.adapter.installDependencies) {
        g.logger.warning(`install-dependencies is on, but the ${g.adapter.name} adapter leaves installing to the workflow; install them in a step before the gate.`);
        return;
    }
    const install = g.adapter.installDependencies.bind(g.adapter);
    await (0,combinators/* instrumented */.RC)('install dependencies', async () => g.logger.info(`installed dependencies: ${await install(g.env, { root: g.root, packageDir: g.packageDir })}`))(undefined, g.sctx);
}
/** Step 2: the tests, with timeout and retries of the failed ones; counts from the JUnit report. */
async function checkTests(g, plan) {
    const o = g.options;
    const tests = await (0,combinators/* instrumented */.RC)('run tests', async (_, c) => runTests({ command: plan.argv, cwd: g.packageDir, junitFile: plan.junitFile, reportFormat: plan.reportFormat, junitOptional: plan.junitOptional, timeoutMs: o.testTimeoutMs ?? 20 * 60_000, retries: o.testRetries ?? 1, rerunFailedArgs: plan.rerunFailedArgs, env: plan.env, exec: g.run, logger: g.logger, signal: c.signal }), { failed: (t) => t.timedOut || t.exitCode !== 0 || t.report.failed + t.report.errors > 0 })(undefined, g.sctx).catch((err) => ({ error: err }));
    if ('error' in tests)
        return { name: 'tests', ok: false, detail: (0,errors/* describeError */.Uc)(tests.error) };
    const r = tests.report;
    g.gate.tests = { passed: r.passed, failed: r.failed + r.errors, skipped: r.skipped, duration_s: r.durationS, failed_names: r.failedNames, attempts: tests.attempts };
    const ok = !tests.timedOut && r.failed + r.errors === 0 && tests.exitCode === 0;
    const why = tests.timedOut ? `timed out after ${Math.round((o.testTimeoutMs ?? 1_200_000) / 1000)} s` : !tests.counted || r.failed + r.errors === 0 ? `the test command exited with ${tests.exitCode}` : `${r.failed + r.errors} failed: ${r.failedNames.join(', ')}`;
    if (!tests.counted)
        g.gate.tests.counted = false;
    const passed = tests.counted
        ? `${r.passed} passed, ${r.skipped} skipped${tests.flaky.length ? `; flaky (passed on retry): ${tests.flaky.join(', ')}` : ''}`
        : `the test command exited 0${tests.attempts > 1 ? ` on attempt ${tests.attempts}` : ''} (it wrote no test report, so there are no counts; set junit-file to the JUnit XML it writes to get them)`;
    return { name: 'tests', ok, detail: ok ? passed : `${why}\n${tests.outputTail}` };
}
/** Step 3: coverage from the real report this test run wrote. */
async function checkCoverageReport(g, plan, threshold, testsStartedMs) {
    const file = plan.coverageFile;
    return (0,combinators/* instrumented */.RC)('check coverage', async () => {
        if (!file)
            return { name: 'coverage', ok: false, detail: `A coverage threshold of ${threshold}% is set but the test command writes no coverage report. ${plan.coverageMissingHint ?? 'With a custom test-command the gate does not know where the report is: set input "coverage-report" to the Cobertura XML, coverage.py JSON or LCOV file the command writes (e.g. coverage-report: coverage.xml with pytest --cov-report=xml).'}` };
        try {
            const written = await (0,promises_.stat)(file).then((st) => st.mtimeMs, () => undefined);
            // 2 s of slack for filesystems with coarse timestamps.
            if (written !== undefined && written < testsStartedMs - 2000) {
                return { name: 'coverage', ok: false, detail: `The coverage report ${file} was not written by this test run (last modified ${new Date(written).toISOString()}, before the tests started); make the test command write it.` };
            }
            const report = await readCoverageReport(file);
            const verdict = checkCoverage(report, threshold, { branches: g.options.coverageBranches });
            g.gate.coverage = { percent: report.linePercent, threshold, branch_percent: report.branchPercent, report: file, format: report.format };
            return { name: 'coverage', ok: verdict.ok, detail: verdict.detail };
        }
        catch (err) {
            return { name: 'coverage', ok: false, detail: `No usable coverage report at ${file}: ${(0,errors/* describeError */.Uc)(err)}` };
        }
    }, FAILED_CHECK)(undefined, g.sctx);
}
/** A step that returns a failed check is a failed step in the timeline (the summary's step table). */
const FAILED_CHECK = { failed: (c) => !c.ok };
/** Step 4: the optional integration test command. */
async function checkIntegrationTests(g, argv) {
    const limit = g.options.integrationTimeoutMs ?? 30 * 60_000;
    return (0,combinators/* instrumented */.RC)('run integration tests', async (_, c) => {
        const r = await g.run(argv[0], argv.slice(1), { cwd: g.packageDir, check: false, timeoutMs: limit, signal: c.signal }).catch((err) => ({ code: -1, stdout: '', stderr: (0,errors/* describeError */.Uc)(err), timedOut: (0,errors/* isReleaseError */.q8)(err, 'TIMEOUT') }));
        const why = 'timedOut' in r && r.timedOut ? `timed out after ${(0,http/* formatMs */._V)(limit)} (killed with its process group; input integration-timeout)` : `exit ${r.code}`;
        return { name: 'integration tests', ok: r.code === 0, detail: r.code === 0 ? 'passed' : `${why}\n${(r.stderr || r.stdout).split('\n').slice(-20).join('\n')}` };
    }, FAILED_CHECK)(undefined, g.sctx);
}
/** Step 5: build once into the artifact dir and record the digests. */
async function buildDistributions(g) {
    const built = await (0,combinators/* instrumented */.RC)('build distributions', async () => {
        await (0,artifact_dir/* emptyArtifactDir */.VN)(g.artifactDir);
        // A build tool may recreate its output directory: the marker goes back in either way.
        return g.adapter.build(g.env, { packageDir: g.packageDir, outDir: g.artifactDir, isolated: g.options.isolatedBuild ?? true, tool: g.options.buildTool, info: g.info, version: g.version }).finally(() => (0,artifact_dir/* markArtifactDir */.b$)(g.artifactDir).catch(() => undefined));
    })(undefined, g.sctx).catch((err) => ({ error: err }));
    if ('error' in built)
        return { check: { name: 'build', ok: false, detail: (0,errors/* describeError */.Uc)(built.error) } };
    g.context.artifacts = await (0,digest/* describeArtifacts */.P)(built);
    return { check: { name: 'build', ok: true, detail: g.context.artifacts.map((a) => `${a.file} ${a.sha256}`).join('\n') }, files: built };
}
/** Step 6: install the built files into a clean environment, import, run the README examples and smoke command. */
async function checkCleanInstall(g, files) {
    const o = g.options;
    return (0,combinators/* instrumented */.RC)('clean install check', async () => {
        // README.md's examples run; a project without one (README.rst, none) has no Markdown examples to run.
        const readmeMd = (0,external_node_path_.join)(g.packageDir, 'README.md');
        const readme = o.readmeExamples === false || !(await (0,core_files/* pathExists */.s0)(readmeMd)) ? undefined : readmeMd;
        const result = await g.adapter.installCheck(g.env, { files, info: g.info, version: g.version, readmeFile: readme, exampleTags: o.exampleTags, smokeCommand: o.smokeCommand, installArgs: o.installArgs });
        g.gate.install_check = { ok: result.ok, python: result.runtime, log_excerpt: result.logExcerpt, examples_run: result.examplesRun };
        if (result.importNames?.length)
            g.context.package.import_names = result.importNames;
        // Annotations want repository-relative paths.
        if (result.failedExample)
            g.logger.warning(`README example failed: ${result.failedExample.error}`, { file: (0,external_node_path_.relative)(g.root, (0,external_node_path_.resolve)(g.packageDir, result.failedExample.file)), line: result.failedExample.line });
        return { name: 'clean install', ok: result.ok, detail: result.ok ? `installed and imported; ${result.examplesRun} README example(s) ran` : `${result.reason ?? 'failed'}\n${result.logExcerpt ?? ''}` };
    }, FAILED_CHECK)(undefined, g.sctx);
}
/** Step 7: the commit's other CI checks (skipped with require-ci: false). */
async function checkCi(g) {
    const o = g.options;
    if (!(o.requireCi ?? o.github !== undefined))
        return { name: 'ci', ok: true, skipped: true, detail: 'require-ci: false' };
    return (0,combinators/* instrumented */.RC)('wait for CI checks', async () => {
        if (!o.github)
            return { name: 'ci', ok: false, detail: 'require-ci is on but no GitHub token/repository was given.' };
        const { waitForCi } = await __webpack_require__.e(/* import() */ 250).then(__webpack_require__.bind(__webpack_require__, 36250));
        const ci = await waitForCi(o.github.client, {
            owner: o.github.owner,
            repo: o.github.repo,
            sha: g.context.release_commit?.sha || g.context.repository.sha,
            excludeCheckRunIds: o.checkRunId ? [o.checkRunId] : [],
            excludeNames: o.excludeChecks,
            timeoutMs: o.ciTimeoutMs ?? 30 * 60_000,
            pollMs: o.ciPollMs ?? 10_000,
            sleep: g.sleep,
        });
        g.gate.ci = { state: ci.state, checks: ci.checks };
        const failing = ci.checks.filter((c) => !['success', 'neutral', 'skipped'].includes(c.state));
        const ok = ci.state === 'success' || ci.state === 'none';
        if (ci.state === 'none')
            g.logger.warning('No other CI checks ran on the release commit.');
        return { name: 'ci', ok, detail: ok ? `${ci.checks.length} check(s) passed` : ci.state === 'timeout' ? `CI did not finish within ci-timeout (${(0,http/* formatMs */._V)(o.ciTimeoutMs ?? 30 * 60_000)}); ${ci.error ? `GitHub did not answer: ${ci.error}` : failing.length ? `pending: ${failing.map((c) => c.name).join(', ')}` : 'no check reported complete'}` : failing.map((c) => `${c.name}: ${c.state}${c.url ? ` ${c.url}` : ''}`).join('\n') };
    }, FAILED_CHECK)(undefined, g.sctx);
}
/** Step 8 (on rejection): open or update the one blocking issue; a failure to do so only warns. */
async function openRejectionIssue(g, failed) {
    const gh = g.options.github;
    if (!gh || !(g.options.openIssue ?? true))
        return;
    await (0,combinators/* instrumented */.RC)('open rejection issue', async () => {
        const { upsertBlockingIssue } = await __webpack_require__.e(/* import() */ 797).then(__webpack_require__.bind(__webpack_require__, 66797));
        const issue = await upsertBlockingIssue(gh.client, { owner: gh.owner, repo: gh.repo, version: g.version, title: `Release ${g.version} blocked by the quality gate`, body: rejectionIssueBody(g.context, failed) });
        g.gate.issue_url = issue.url;
    })(undefined, g.sctx).catch((err) => g.logger.warning(`Could not open the rejection issue: ${(0,errors/* describeError */.Uc)(err)}`));
}
/** Step 9: the approved context beside the distributions, the context file, and the result. */
async function finishGate(g, verdict, checks) {
    if (verdict.approved) {
        await (0,promises_.mkdir)(g.artifactDir, { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(g.artifactDir, 'release-context.json'), (0,core_context/* serializeContext */.yi)(g.context));
    }
    if (g.options.contextFile)
        await (0,core_context/* saveContext */.tn)(g.options.contextFile, g.context);
    const decision = describeVerdict(verdict, checks, { name: g.context.package.name, version: g.version, files: g.context.artifacts?.length ?? 0 });
    return { context: g.context, approved: verdict.approved, decision, artifactDir: g.artifactDir, artifactName: g.gate.artifact_name };
}


/***/ }),

/***/ 46691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ getScheme)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(68898);
;// CONCATENATED MODULE: ./src/versioning/bump.ts


/** Every bump kind, in the order error messages list them. */
const BUMP_KINDS = ['major', 'minor', 'patch', 'premajor', 'preminor', 'prepatch', 'prerelease', 'release'];
/** The Conventional Commits defaults: feat → minor; fix and perf → patch (as semantic-release and release-please). */
const DEFAULT_BUMP_RULES = { minor: ['feat'], patch: ['fix', 'perf'] };
/** `feat, fix, perf`: the types of a rule set, for messages. */
function ruleTypes(rules) {
    return [...rules.minor, ...rules.patch].join(', ');
}
/** The change level of one commit under Conventional Commits, or null when it does not call for a release. */
function commitLevel(c, rules = DEFAULT_BUMP_RULES) {
    if (c.isMerge)
        return null;
    if (c.breaking)
        return 'major';
    if (c.type !== null && rules.minor.includes(c.type))
        return 'minor';
    // A revert changes shipped behaviour back, so it is released like a fix.
    if ((c.type !== null && rules.patch.includes(c.type)) || c.isRevert)
        return 'patch';
    return null;
}
/**
 * Decides the next version from an explicit version, a bump kind, or (`auto`) the Conventional Commits
 * since the last release: a breaking change → major (minor while the major version is 0), feat → minor,
 * fix/perf/revert → patch, anything else (chore, docs, ci, test, style, build, refactor, merges,
 * non-conventional commits) → no release. A revert of a commit in the same range cancels both.
 *
 * `auto` on a pre-release stays in its series when the commits fit it (1.3.0rc1 + fix or feat → 1.3.0rc2;
 * 1.3.0-rc.0 → 1.3.0-rc.1) and starts a higher series when they do not (1.3.0rc1 + breaking → 2.0.0rc1).
 * `auto` with a pre-release id on a final version releases a pre-release of the decided level
 * (1.2.0 + feat, id rc → 1.3.0rc1). Leave a series with `release`, or an explicit bump or version.
 *
 * Throws BAD_INPUT for an unknown bump or a bump together with an explicit version, BAD_VERSION for a
 * malformed or already current version, DOWNGRADE for a next version below the current one (unless
 * allowDowngrade).
 */
function decideNextVersion(input) {
    const { scheme } = input;
    const current = scheme.normalize(input.current, 'the current version');
    const bumpRaw = (input.bump ?? '').trim().toLowerCase();
    const bump = bumpRaw === '' ? 'auto' : bumpRaw;
    if (bump !== 'auto' && !BUMP_KINDS.includes(bump)) {
        throw new ReleaseError('BAD_INPUT', `Input "bump" is "${input.bump}", which is not a bump kind.`, `Use one of: auto, ${BUMP_KINDS.join(', ')}.`);
    }
    const prereleaseId = input.prereleaseId?.trim() ? input.prereleaseId.trim() : undefined;
    const explicit = input.version?.trim();
    if (explicit) {
        if (bump !== 'auto') {
            throw new ReleaseError('BAD_INPUT', `Inputs "version" (${explicit}) and "bump" (${bump}) are both set.`, 'Set only one of them: an explicit version, or a bump kind.');
        }
        const next = scheme.normalize(explicit, 'input "version"');
        checkOrder(scheme, current, next, input.allowDowngrade ?? false, 'input "version"');
        const normalizedNote = next !== explicit ? ` (normalized from ${explicit})` : '';
        return { next, bump: 'explicit', reason: `Version ${next}${normalizedNote} was given explicitly with input "version".`, released: true, deciding: [] };
    }
    if (bump !== 'auto') {
        const kind = bump;
        if (prereleaseId !== undefined && !['premajor', 'preminor', 'prepatch', 'prerelease'].includes(kind)) {
            throw new ReleaseError('BAD_INPUT', `Input "prerelease-id" (${prereleaseId}) does not go with bump "${kind}".`, 'Use it with premajor, preminor, prepatch, prerelease or auto, or leave it empty.');
        }
        const next = scheme.bump(current, kind, prereleaseId);
        checkOrder(scheme, current, next, input.allowDowngrade ?? false, 'input "bump"');
        return { next, bump: kind, reason: `A ${kind} bump was requested with input "bump" (${current} → ${next}).`, released: true, deciding: [] };
    }
    const commits = dropCancelledReverts(input.commits ?? []);
    const rules = input.rules ?? DEFAULT_BUMP_RULES;
    if (prereleaseId === undefined && isDevOfFinal(current))
        return decideDev(scheme, current, commits, rules, input.lastRelease);
    return decideAuto(scheme, current, commits, prereleaseId, input.allowDowngrade ?? false, rules);
}
/** Throws DOWNGRADE (or BAD_VERSION when equal) unless `next` sorts above `current`. */
function checkOrder(scheme, current, next, allowDowngrade, source) {
    const order = scheme.compare(next, current);
    if (order === 0) {
        throw new ReleaseError('BAD_VERSION', `Version ${next} (${source}) is already current.`, 'Give a higher version, or a bump kind; re-releasing the current version is not a release.');
    }
    if (order < 0 && !allowDowngrade) {
        throw new ReleaseError('DOWNGRADE', `Version ${next} (${source}) sorts below the current version ${current}.`, 'Give a version above the current one, or set allow-downgrade: true if this is intended.');
    }
}
const LEVEL_WORDS = {
    major: 'breaking change',
    minor: 'new feature',
    patch: 'fix',
};
/** Major version 0 (semver `0.x`, PEP 440 `0.x` in any epoch). */
function isZeroMajor(v) {
    const at = v.indexOf('!');
    const rest = at >= 0 ? v.slice(at + 1) : v;
    return rest === '0' || rest.startsWith('0.');
}
/** A PEP 440 development release of a final version (`8.5.0.dev0`, not `8.5.0rc1.dev0` or `8.5.0.post1.dev0`). */
function isDevOfFinal(v) {
    return /^([0-9]+!)?[0-9]+(\.[0-9]+)*\.dev[0-9]+$/.test(v);
}
/** The commits grouped by the level they call for, and the highest level found. */
function levels(commits, rules) {
    const byLevel = { major: [], minor: [], patch: [] };
    for (const c of commits) {
        const level = commitLevel(c, rules);
        if (level)
            byLevel[level].push(c);
    }
    return { byLevel, found: ['major', 'minor', 'patch'].find((l) => byLevel[l].length > 0) };
}
/**
 * `auto` on a development version (`8.5.0.dev0` on the default branch, as click and others keep it): the
 * version under development is the release (8.5.0), unless the commits since the last release call for more
 * (a breaking change after 8.4.2 → 9.0.0). Any commit since the last release makes it releasable, since the
 * maintainer named the next version already; no commit at all is nothing to release.
 */
function decideDev(scheme, current, commits, rules, lastRelease) {
    if (commits.length === 0) {
        return { next: null, bump: 'none', reason: 'No commits since the last release, so there is nothing to release.', released: false, deciding: [] };
    }
    const final = scheme.bump(current, 'release');
    const { byLevel, found } = levels(commits, rules);
    if (found && lastRelease !== undefined) {
        const level = found === 'major' && isZeroMajor(lastRelease) ? 'minor' : found;
        const demanded = scheme.bump(scheme.normalize(lastRelease, 'the last release tag'), level);
        if (scheme.compare(demanded, final) > 0) {
            const deciding = byLevel[found];
            return { next: demanded, bump: level, reason: `${capitalize(level)} bump (${lastRelease} → ${demanded}), above the development version ${current}, because of ${deciding.length} ${LEVEL_WORDS[found]}${deciding.length === 1 ? '' : /(x|h)$/.test(LEVEL_WORDS[found]) ? 'es' : 's'}: ${listCommits(deciding)}.`, released: true, deciding };
        }
    }
    const n = commits.length;
    return { next: final, bump: 'release', reason: `The development version ${current} is released as ${final} (${n} commit${n === 1 ? '' : 's'} since the last release${found ? '; none calls for more' : ''}).`, released: true, deciding: found ? byLevel[found] : [] };
}
function decideAuto(scheme, current, commits, prereleaseId, allowDowngrade, rules) {
    const { byLevel, found } = levels(commits, rules);
    if (!found) {
        const n = commits.length;
        const what = n === 0 ? 'No commits since the last release' : `None of the ${n} commit${n === 1 ? '' : 's'} since the last release is a ${ruleTypes(rules)}, revert or breaking change`;
        return { next: null, bump: 'none', reason: `${what}, so there is nothing to release.`, released: false, deciding: [] };
    }
    const deciding = byLevel[found];
    let level = found;
    let zeroNote = '';
    if (found === 'major' && isZeroMajor(current)) {
        level = 'minor';
        zeroNote = ' (below 1.0.0 a breaking change bumps the minor version)';
    }
    let kind;
    let next;
    if (scheme.isPrerelease(current)) {
        // Stay in the series when the level fits it (the plain bump would just promote), else start a higher one.
        const promoted = scheme.bump(current, 'release');
        const plain = scheme.bump(current, level);
        const sameSeries = scheme.compare(plain, promoted) === 0;
        kind = sameSeries ? 'prerelease' : `pre${level}`;
        next = sameSeries ? scheme.bump(current, 'prerelease', prereleaseId) : scheme.bump(current, kind, prereleaseId ?? prereleaseIdOf(current));
    }
    else if (prereleaseId !== undefined) {
        kind = `pre${level}`;
        next = scheme.bump(current, kind, prereleaseId);
    }
    else {
        kind = level;
        next = scheme.bump(current, kind);
    }
    checkOrder(scheme, current, next, allowDowngrade, 'input "bump" (auto)');
    const words = LEVEL_WORDS[found];
    const count = `${deciding.length} ${words}${deciding.length === 1 ? '' : /(x|h)$/.test(words) ? 'es' : 's'}`;
    return {
        next,
        bump: kind,
        reason: `${capitalize(kind)} bump (${current} → ${next}) because of ${count}${zeroNote}: ${listCommits(deciding)}.`,
        released: true,
        deciding,
    };
}
/** The pre-release id a version carries (`rc` of 1.3.0rc1 or 1.3.0-rc.1), or undefined. */
function prereleaseIdOf(v) {
    const dash = v.indexOf('-');
    if (dash >= 0) {
        const id = v.slice(dash + 1).split('.')[0];
        return /^\d+$/.test(id) ? undefined : id;
    }
    for (const id of ['rc', 'a', 'b']) {
        const at = v.lastIndexOf(id);
        if (at > 0 && /^\d/.test(v.slice(at + id.length)))
            return id;
    }
    return undefined;
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
/** `abc1234 feat(api): add x; def5678 fix: y` — the first five, then how many more. */
function listCommits(commits) {
    const shown = commits.slice(0, 5).map((c) => `${c.sha.slice(0, 7)} ${c.raw.subject.trim()}`);
    const more = commits.length > 5 ? `; and ${commits.length - 5} more` : '';
    return shown.join('; ') + more;
}

;// CONCATENATED MODULE: ./src/versioning/errors.ts


/** BAD_VERSION for `v` (from `input`, the input or file it came from) that is not a valid `scheme` version. */
function badVersion(v, input, scheme, fix) {
    const where = input ? ` (from ${input})` : '';
    return new errors/* ReleaseError */.K2('BAD_VERSION', `"${v}"${where} is not a valid ${scheme} version.`, fix);
}
/** BAD_INPUT for `release` on a version that is not a pre-release. */
function notPrerelease(v) {
    return new errors/* ReleaseError */.K2('BAD_INPUT', `Input "bump" is "release", but ${v} is not a pre-release.`, 'Use "release" only to promote a pre-release (1.3.0rc2 → 1.3.0); use patch, minor or major for a final version.');
}
/** BAD_INPUT for a bump kind that is not one of BUMP_KINDS. */
function unknownKind(kind) {
    return new errors/* ReleaseError */.K2('BAD_INPUT', `Unknown bump kind "${kind}".`, `Use one of: ${BUMP_KINDS.join(', ')}.`);
}

;// CONCATENATED MODULE: ./src/versioning/remembered.ts
/**
 * Version functions that remember their answers. The version libraries parse their arguments on every call,
 * and choosing the tag style and the last release asks about the same few hundred tags thousands of times.
 * Each map is cleared when it grows past `limit` entries, so memory stays bounded on any history.
 */
const LIMIT = 20_000;
/** `f` remembering its answers by key. */
function remembered(f, limit = LIMIT) {
    const seen = new Map();
    return (key) => {
        let r = seen.get(key);
        if (r === undefined && !seen.has(key)) {
            if (seen.size >= limit)
                seen.clear();
            r = f(key);
            seen.set(key, r);
        }
        return r;
    };
}
/** A comparison remembering its answers; `a\nb` names a pair (a string with a newline is no version: asked directly). */
function rememberedCompare(compare, limit = LIMIT) {
    const byPair = remembered((pair) => {
        const at = pair.indexOf('\n');
        return compare(pair.slice(0, at), pair.slice(at + 1));
    }, limit);
    return (a, b) => (a.includes('\n') || b.includes('\n') ? compare(a, b) : byPair(`${a}\n${b}`));
}
/**
 * A normalizer remembering the versions it accepted (an answer does not depend on `input`, which only names
 * the input in the error); a refused version is asked again, so its error names the input it came from.
 */
function rememberedNormalize(normalize, limit = LIMIT) {
    const accepted = new Map();
    return (v, input) => {
        const hit = typeof v === 'string' ? accepted.get(v) : undefined;
        if (hit !== undefined)
            return hit;
        const r = normalize(v, input);
        if (typeof v === 'string') {
            if (accepted.size >= limit)
                accepted.clear();
            accepted.set(v, r);
        }
        return r;
    };
}

;// CONCATENATED MODULE: ./src/versioning/pep440.ts




/** At most this many numbers in a release segment (1.2.3.4 is fine, 1.2.3.4.5 is refused). */
const PEP_MAX_RELEASE_PARTS = 4;
function pepParts(v) {
    const e = (0,pep440.explain)(v);
    if (!e)
        return null;
    return {
        epoch: e.epoch,
        release: [...e.release],
        pre: e.pre ? [String(e.pre[0]), Number(e.pre[1])] : null,
        // The typings say arrays; at run time post and dev are plain numbers (or null).
        post: e.post === null || e.post === undefined ? null : Number(e.post),
        dev: e.dev === null || e.dev === undefined ? null : Number(e.dev),
    };
}
function pepFormat(p) {
    let s = p.epoch ? `${p.epoch}!` : '';
    s += p.release.join('.');
    if (p.pre)
        s += `${p.pre[0]}${p.pre[1]}`;
    if (p.post !== null)
        s += `.post${p.post}`;
    if (p.dev !== null)
        s += `.dev${p.dev}`;
    return s;
}
const PEP_FIX = 'Write a PEP 440 version such as 1.2.0, 1.2.0rc1, 1.2.0.post1, 2.0.0.dev3 or 1!2.0 (see https://peps.python.org/pep-0440/).';
function pepNormalize(v, input) {
    const raw = String(v);
    const cleaned = (0,pep440.clean)(raw);
    if (cleaned === null || cleaned === undefined)
        throw badVersion(raw, input, 'PEP 440', PEP_FIX);
    const parts = (0,pep440.explain)(cleaned);
    if (!parts)
        throw badVersion(raw, input, 'PEP 440', PEP_FIX);
    if (parts.local !== null && parts.local !== undefined) {
        throw badVersion(raw, input, 'PEP 440', `Drop the local part "+${parts.local}": PyPI refuses local versions. ${PEP_FIX}`);
    }
    if (parts.release.length > PEP_MAX_RELEASE_PARTS) {
        throw badVersion(raw, input, 'PEP 440', `Use at most ${PEP_MAX_RELEASE_PARTS} numbers in the release segment (MAJOR.MINOR.PATCH). ${PEP_FIX}`);
    }
    return cleaned;
}
/** PEP 440 spellings of a pre-release id, by the names people type. */
const PEP_PRE_IDS = { a: 'a', alpha: 'a', b: 'b', beta: 'b', c: 'rc', rc: 'rc', pre: 'rc', preview: 'rc' };
function pepPrereleaseId(id) {
    const key = (id ?? 'rc').trim().toLowerCase();
    const letter = PEP_PRE_IDS[key];
    if (!letter) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "prerelease-id" is "${id}", which PEP 440 has no pre-release for.`, `Use one of: ${Object.keys(PEP_PRE_IDS).join(', ')} (PEP 440 knows only a, b and rc).`);
    }
    return letter;
}
const PRE_RANK = { a: 0, b: 1, rc: 2 };
/** A release segment of at least `n` numbers. */
function padded(release, n) {
    const r = [...release];
    while (r.length < n)
        r.push(0);
    return r;
}
/** Increments release[index], zeroes what follows it, keeps the segment's length (extending it if needed). */
function incAt(release, index) {
    const r = padded(release, index + 1);
    r[index] += 1;
    for (let i = index + 1; i < r.length; i++)
        r[i] = 0;
    return r;
}
function pepBump(current, kind, prereleaseId) {
    const cur = pepNormalize(current, 'the current version');
    const p = pepParts(cur);
    if (!p)
        throw badVersion(current, 'the current version', 'PEP 440', PEP_FIX);
    const isPre = p.pre !== null || p.dev !== null;
    const level = kind === 'major' || kind === 'premajor' ? 0 : kind === 'minor' || kind === 'preminor' ? 1 : 2;
    const final = (release) => ({ epoch: p.epoch, release, pre: null, post: null, dev: null });
    switch (kind) {
        case 'major':
        case 'minor':
        case 'patch': {
            // As semver does: a pre-release of X.Y.0 bumped by `minor` becomes X.Y.0 (it is already that minor).
            const tailZero = padded(p.release, 3).slice(level + 1).every((n) => n === 0);
            if (isPre && tailZero)
                return pepFormat(final(p.release));
            return pepFormat(final(incAt(p.release, level)));
        }
        case 'premajor':
        case 'preminor':
        case 'prepatch':
            return pepFormat({ ...final(incAt(p.release, level)), pre: [pepPrereleaseId(prereleaseId), 1] });
        case 'prerelease': {
            if (p.pre === null && p.dev === null) {
                return pepFormat({ ...final(incAt(p.release, 2)), pre: [pepPrereleaseId(prereleaseId), 1] });
            }
            if (p.pre === null) {
                // X.Y.Z.devN is before any pre-release of X.Y.Z: the first pre-release of the same release.
                return pepFormat({ ...final(p.release), pre: [pepPrereleaseId(prereleaseId), 1] });
            }
            const letter = prereleaseId === undefined ? p.pre[0] : pepPrereleaseId(prereleaseId);
            if (letter === p.pre[0]) {
                // 1.3.0rc1.dev2 → 1.3.0rc1 (the dev build's target); 1.3.0rc1 → 1.3.0rc2.
                return pepFormat({ ...final(p.release), pre: [letter, p.dev !== null && p.post === null ? p.pre[1] : p.pre[1] + 1] });
            }
            if (PRE_RANK[letter] < PRE_RANK[p.pre[0]]) {
                throw new errors/* ReleaseError */.K2('DOWNGRADE', `A "${letter}" pre-release after ${cur} would sort below it.`, `Keep the id "${p.pre[0]}" or move up (a → b → rc), or give the version explicitly with allow-downgrade.`);
            }
            return pepFormat({ ...final(p.release), pre: [letter, 1] });
        }
        case 'release':
            if (!isPre)
                throw notPrerelease(cur);
            return pepFormat(final(p.release));
        default:
            throw unknownKind(kind);
    }
}
const comparePep = rememberedCompare((a, b) => (0,pep440.compare)(a, b));
const isPepPrerelease = remembered((v) => {
    const p = pepParts(v);
    return p !== null && (p.pre !== null || p.dev !== null);
});
/** PEP 440, normalized as pip and PyPI write it; pre-release series numbered from 1. */
const PEP440 = {
    name: 'pep440',
    normalize: rememberedNormalize(pepNormalize),
    isValid(v) {
        try {
            return pepNormalize(v) === v;
        }
        catch {
            return false;
        }
    },
    compare: comparePep,
    isPrerelease: isPepPrerelease,
    bump: pepBump,
};

// EXTERNAL MODULE: ./node_modules/semver/functions/compare.js
var compare = __webpack_require__(78469);
var compare_default = /*#__PURE__*/__webpack_require__.n(compare);
// EXTERNAL MODULE: ./node_modules/semver/functions/inc.js
var inc = __webpack_require__(62338);
var inc_default = /*#__PURE__*/__webpack_require__.n(inc);
// EXTERNAL MODULE: ./node_modules/semver/functions/major.js
var major = __webpack_require__(68511);
var major_default = /*#__PURE__*/__webpack_require__.n(major);
// EXTERNAL MODULE: ./node_modules/semver/functions/minor.js
var minor = __webpack_require__(32603);
var minor_default = /*#__PURE__*/__webpack_require__.n(minor);
// EXTERNAL MODULE: ./node_modules/semver/functions/patch.js
var patch = __webpack_require__(48756);
var patch_default = /*#__PURE__*/__webpack_require__.n(patch);
// EXTERNAL MODULE: ./node_modules/semver/functions/prerelease.js
var prerelease = __webpack_require__(15714);
var prerelease_default = /*#__PURE__*/__webpack_require__.n(prerelease);
// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var valid = __webpack_require__(58780);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
;// CONCATENATED MODULE: ./src/versioning/semver.ts
// One module per function rather than the whole package: semver's index loads its ranges too (Range,
// Comparator, satisfies, …), which no release path here needs; a few ms of every start.










const semver = { compare: (compare_default()), inc: (inc_default()), major: (major_default()), minor: (minor_default()), patch: (patch_default()), prerelease: (prerelease_default()), valid: (valid_default()) };
/** One leading v/V and surrounding whitespace removed. */
function stripV(v) {
    const t = v.trim();
    return t.length > 1 && (t[0] === 'v' || t[0] === 'V') && t[1] >= '0' && t[1] <= '9' ? t.slice(1) : t;
}
function semverNormalize(v, input) {
    const s = stripV(String(v));
    // semver.valid also accepts a leading "=" and "v"; require the plain form after our own stripping.
    if (s.includes('+') && semver.valid(s) !== null) {
        throw badVersion(v, input, 'SemVer release', `Drop the build metadata "+${s.slice(s.indexOf('+') + 1)}": npm ignores it, so the published version would not match the tag.`);
    }
    if (semver.valid(s) !== s) {
        throw badVersion(v, input, 'SemVer', 'Write MAJOR.MINOR.PATCH with an optional -prerelease, e.g. 1.2.0 or 1.2.0-rc.1 (no leading zeros, three numbers).');
    }
    return s;
}
function semverPrereleaseId(id) {
    const p = (id ?? 'rc').trim();
    if (!/^[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*$/.test(p) || /^\d+$/.test(p)) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "prerelease-id" is "${p}", which is not a SemVer pre-release identifier.`, 'Use letters, digits and dashes, e.g. rc, beta, alpha, next.');
    }
    return p;
}
/** Strict SemVer 2.0.0, as npm writes versions; bumps as `npm version` does. */
const SEMVER = {
    name: 'semver',
    normalize: rememberedNormalize(semverNormalize),
    isValid: (v) => typeof v === 'string' && semver.valid(v) === v,
    compare: rememberedCompare((a, b) => semver.compare(a, b)),
    isPrerelease: remembered((v) => semver.prerelease(v) !== null),
    bump(current, kind, prereleaseId) {
        const cur = semverNormalize(current, 'the current version');
        let next;
        switch (kind) {
            case 'major':
            case 'minor':
            case 'patch':
                next = semver.inc(cur, kind);
                break;
            case 'premajor':
            case 'preminor':
            case 'prepatch':
                next = semver.inc(cur, kind, semverPrereleaseId(prereleaseId), '0');
                break;
            case 'prerelease': {
                // Without an id, a pre-release keeps its own id; a final release starts an `rc` series.
                const pre = semver.prerelease(cur);
                const ownId = pre && typeof pre[0] === 'string' ? pre[0] : undefined;
                next = semver.inc(cur, 'prerelease', semverPrereleaseId(prereleaseId ?? ownId), '0');
                break;
            }
            case 'release':
                if (semver.prerelease(cur) === null)
                    throw notPrerelease(cur);
                next = `${semver.major(cur)}.${semver.minor(cur)}.${semver.patch(cur)}`;
                break;
            default:
                throw unknownKind(kind);
        }
        if (next === null)
            throw new errors/* ReleaseError */.K2('BAD_VERSION', `Cannot apply a ${kind} bump to ${cur}.`, 'Give the version explicitly (input "version").');
        return next;
    },
};

;// CONCATENATED MODULE: ./src/versioning/scheme.ts



/** The version scheme with this name; throws BAD_INPUT naming the known names for anything else. */
function getScheme(name) {
    const scheme = SCHEMES[name];
    if (!scheme) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Unknown version scheme "${String(name)}".`, `Use one of: ${Object.keys(SCHEMES).join(', ')}.`);
    }
    return scheme;
}
const SCHEMES = { semver: SEMVER, pep440: PEP440 };


/***/ })

};

//# sourceMappingURL=465.index.js.map