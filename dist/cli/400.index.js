export const id = 400;
export const ids = [400,480];
export const modules = {

/***/ 8480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ newContext),
/* harmony export */   Cp: () => (/* binding */ validateContext),
/* harmony export */   loadContext: () => (/* binding */ loadContext),
/* harmony export */   tn: () => (/* binding */ saveContext),
/* harmony export */   yi: () => (/* binding */ serializeContext)
/* harmony export */ });
/* unused harmony exports STAGES, CONTEXT_SCHEMA, REQUIRED_BY, parseContext */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);




/** The stages, in order. */
const STAGES = (/* unused pure expression or super */ null && (['prepare-release', 'quality-gate', 'publish-and-verify']));
/** Current schema version of the release context. */
const CONTEXT_SCHEMA = 1;
/** Which stage writes each optional part (for error messages). */
const WRITER = {
    version: 'prepare-release',
    changelog: 'prepare-release',
    release_commit: 'prepare-release',
    gate: 'quality-gate',
    artifacts: 'quality-gate',
    publish: 'publish-and-verify',
};
/** The parts each stage needs from the stages before it. */
const REQUIRED_BY = {
    'prepare-release': [],
    'quality-gate': ['version'],
    'publish-and-verify': ['version', 'changelog', 'gate', 'artifacts'],
};
/** Creates an empty context for a new release. */
function newContext(init) {
    return {
        schema: CONTEXT_SCHEMA,
        id: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
        created_at: new Date().toISOString(),
        dry_run: init.dry_run ?? false,
        repository: init.repository,
        package: init.package,
        timeline: [],
    };
}
function fail(field, problem, writer) {
    const who = writer ? ` It is written by ${writer}; run that stage first, or pass the context it produced.` : '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_CONTEXT', `Release context field "${field}" ${problem}.`, `Pass the context written by the previous stage unchanged.${who}`);
}
function expect(obj, path, key, shape, writer) {
    const value = obj[key];
    const full = path ? `${path}.${key}` : key;
    if (value === undefined || value === null)
        fail(full, 'is missing', writer);
    const actual = Array.isArray(value) ? 'array' : typeof value;
    if (actual !== shape)
        fail(full, `should be ${shape === 'array' ? 'an array' : `a ${shape}`} but is ${actual}`, writer);
}
/**
 * Checks a parsed JSON value is a release context this code understands and that it holds what `stage`
 * needs. Throws a BAD_CONTEXT ReleaseError naming the field and the stage that should have written it.
 */
function validateContext(value, stage) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        fail('(root)', 'is not a JSON object');
    const ctx = value;
    expect(ctx, '', 'schema', 'number');
    if (ctx.schema !== CONTEXT_SCHEMA) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_CONTEXT', `Release context schema ${String(ctx.schema)} is not supported (this release-relay reads schema ${CONTEXT_SCHEMA}).`, 'Use the same release-relay version for every stage of one release.');
    }
    expect(ctx, '', 'id', 'string');
    expect(ctx, '', 'dry_run', 'boolean');
    expect(ctx, '', 'repository', 'object');
    expect(ctx, '', 'package', 'object');
    expect(ctx, '', 'timeline', 'array');
    const pkg = ctx.package;
    expect(pkg, 'package', 'ecosystem', 'string');
    expect(pkg, 'package', 'name', 'string');
    expect(pkg, 'package', 'dir', 'string');
    expect(pkg, 'package', 'version_files', 'array');
    const repo = ctx.repository;
    for (const k of ['owner', 'name', 'ref', 'sha'])
        expect(repo, 'repository', k, 'string');
    for (const part of Object.keys(WRITER)) {
        if (ctx[part] !== undefined && ctx[part] !== null) {
            expect(ctx, '', part, part === 'artifacts' ? 'array' : 'object', WRITER[part]);
        }
    }
    if (ctx.version) {
        const v = ctx.version;
        for (const k of ['previous', 'next', 'scheme', 'bump', 'tag'])
            expect(v, 'version', k, 'string', WRITER.version);
        expect(v, 'version', 'released', 'boolean', WRITER.version);
    }
    if (ctx.gate) {
        const g = ctx.gate;
        expect(g, 'gate', 'status', 'string', WRITER.gate);
        expect(g, 'gate', 'reasons', 'array', WRITER.gate);
    }
    if (Array.isArray(ctx.artifacts)) {
        ctx.artifacts.forEach((a, i) => {
            if (typeof a !== 'object' || a === null)
                fail(`artifacts[${i}]`, 'is not an object', WRITER.artifacts);
            const rec = a;
            expect(rec, `artifacts[${i}]`, 'file', 'string', WRITER.artifacts);
            expect(rec, `artifacts[${i}]`, 'sha256', 'string', WRITER.artifacts);
            expect(rec, `artifacts[${i}]`, 'size', 'number', WRITER.artifacts);
            if (!/^[0-9a-f]{64}$/.test(rec.sha256))
                fail(`artifacts[${i}].sha256`, 'is not a hex SHA-256 digest', WRITER.artifacts);
        });
    }
    if (stage) {
        for (const part of REQUIRED_BY[stage]) {
            if (ctx[part] === undefined || ctx[part] === null)
                fail(part, `is missing, and ${stage} needs it`, WRITER[part]);
        }
    }
    return ctx;
}
/** Parses context JSON text (from a file, an action input or a job output) and validates it. */
function parseContext(text, stage, source = 'context') {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_CONTEXT', `The release context from ${source} is not valid JSON: ${err.message}`, 'Pass the `context` output of the previous stage unchanged.');
    }
    return validateContext(value, stage);
}
/** Reads and validates a context file. */
async function loadContext(file, stage) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_CONTEXT', `No release context at ${file}.`, 'Run the previous stage first, or pass its context with `context` / `context-file`.');
    }
    return parseContext(text, stage, file);
}
/** Serialises a context (stable two-space JSON with a trailing newline). */
function serializeContext(ctx) {
    return `${JSON.stringify(ctx, null, 2)}\n`;
}
/** Writes a context file atomically (temp file + rename), so a killed stage never leaves half a file. */
async function saveContext(file, ctx) {
    validateContext(ctx);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, serializeContext(ctx));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
}


/***/ }),

/***/ 5543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ describeArtifacts),
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);





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

/***/ 839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ getFullAdapter)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8551);


/** The adapter for `dir` (or the named ecosystem) with its gate and publish members; refuses one without them. */
async function getFullAdapter(dir, requested) {
    const adapter = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .detectEcosystem */ .WZ)(dir, requested);
    const full = adapter;
    if (typeof full.build !== 'function' || typeof full.publish !== 'function') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('UNKNOWN_ECOSYSTEM', `The ${adapter.name} adapter cannot build or publish yet.`, 'Use an ecosystem with a full adapter (python, npm).');
    }
    return adapter;
}


/***/ })

};

//# sourceMappingURL=400.index.js.map