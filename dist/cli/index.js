#!/usr/bin/env node
import { createRequire as __rrSourceMapRequire } from 'module'; process.once('uncaughtExceptionMonitor', () => { try { __rrSourceMapRequire(import.meta.url)('./sourcemap-register.cjs'); } catch {} });import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 91012:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ LOG_FIELDS),
/* harmony export */   Q: () => (/* binding */ logArgs)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);

/** The `git log` pretty format matching RawCommit: NUL after every field (with -z, after the last too). */
const LOG_FORMAT = '--format=%H%x00%P%x00%an%x00%aI%x00%s%x00%b';
const LOG_FIELDS = 6;
/** LOG_FORMAT with git's mark before the SHA: `-` for a boundary commit (with --boundary), `>` for the others. */
const MARKED_LOG_FORMAT = LOG_FORMAT.replace('%H', '%m%H');
/** Refuses a revision that git could read as an option. */
function checkRev(rev, input) {
    if (rev.length === 0 || rev.startsWith('-') || rev.includes('\0')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('BAD_INPUT', `${input} is "${rev}", which is not a revision.`, 'Give a tag, branch or commit SHA.');
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


/***/ }),

/***/ 78480:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ newContext),
/* harmony export */   Cp: () => (/* binding */ validateContext),
/* harmony export */   DO: () => (/* binding */ parseContext),
/* harmony export */   _I: () => (/* binding */ loadContext),
/* harmony export */   tn: () => (/* binding */ saveContext),
/* harmony export */   yi: () => (/* binding */ serializeContext)
/* harmony export */ });
/* unused harmony exports STAGES, CONTEXT_SCHEMA, REQUIRED_BY, migrateSchema1, withPackages, isWorkspaceContext */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(74296);




/** The stages, in order. */
const STAGES = (/* unused pure expression or super */ null && (['prepare-release', 'quality-gate', 'publish-and-verify']));
/**
 * Current schema version of the release context. Schema 2 adds `packages` (one entry per released package;
 * a single-package repository is the list of one); a schema 1 document is migrated on load.
 */
const CONTEXT_SCHEMA = 2;
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
    let ctx = value;
    expect(ctx, '', 'schema', 'number');
    if (ctx.schema === 1)
        ctx = migrateSchema1(ctx);
    if (ctx.schema !== CONTEXT_SCHEMA) {
        const newer = typeof ctx.schema === 'number' && ctx.schema > CONTEXT_SCHEMA;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_CONTEXT', `Release context schema ${String(ctx.schema)} is not supported (this release-relay reads schemas 1 and ${CONTEXT_SCHEMA}).`, newer ? 'The context was written by a newer release-relay: use the same release-relay version for every stage of one release.' : 'Use the same release-relay version for every stage of one release.');
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
    if (ctx.packages !== undefined) {
        if (!Array.isArray(ctx.packages))
            fail('packages', 'should be an array', 'prepare-release');
        ctx.packages.forEach((p, i) => {
            if (typeof p !== 'object' || p === null)
                fail(`packages[${i}]`, 'is not an object', 'prepare-release');
            const rec = p;
            for (const k of ['name', 'dir', 'ecosystem'])
                expect(rec, `packages[${i}]`, k, 'string', 'prepare-release');
            expect(rec, `packages[${i}]`, 'version', 'object', 'prepare-release');
            const v = rec.version;
            for (const k of ['previous', 'next', 'tag', 'bump'])
                expect(v, `packages[${i}].version`, k, 'string', 'prepare-release');
            expect(v, `packages[${i}].version`, 'released', 'boolean', 'prepare-release');
            if (rec.artifacts !== undefined) {
                expect(rec, `packages[${i}]`, 'artifacts', 'array', 'quality-gate');
                rec.artifacts.forEach((a, j) => {
                    expect(a, `packages[${i}].artifacts[${j}]`, 'file', 'string', 'quality-gate');
                    if (typeof a.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(a.sha256))
                        fail(`packages[${i}].artifacts[${j}].sha256`, 'is not a hex SHA-256 digest', 'quality-gate');
                });
            }
        });
    }
    if (ctx.workspace !== undefined && !Array.isArray(ctx.packages))
        fail('packages', 'is missing in a workspace release', 'prepare-release');
    if (stage) {
        for (const part of REQUIRED_BY[stage]) {
            if (ctx[part] === undefined || ctx[part] === null)
                fail(part, `is missing, and ${stage} needs it`, WRITER[part]);
        }
    }
    return ctx;
}
/**
 * A schema 1 document as schema 2: the same fields, plus the `packages` list of one built from them.
 * Schema 1 had no workspace releases, so nothing else changes.
 */
function migrateSchema1(doc) {
    const out = { ...doc, schema: CONTEXT_SCHEMA };
    return out.package && typeof out.package === 'object' ? { ...out, packages: [packageOf(out)] } : out;
}
/** The top-level fields of a single-package context as its one PackageRelease. */
function packageOf(ctx) {
    const v = ctx.version;
    return {
        name: ctx.package.name,
        dir: ctx.package.dir,
        ecosystem: ctx.package.ecosystem,
        version_files: ctx.package.version_files,
        version: v ? { previous: v.previous, next: v.next, tag: v.tag, bump: v.bump, released: v.released, reason: v.reason } : { previous: '', next: '', tag: '', bump: '', released: false },
        ...(ctx.changelog ? { changelog: { ...ctx.changelog } } : {}),
        ...(ctx.artifacts ? { artifacts: ctx.artifacts.map((a) => ({ ...a })) } : {}),
    };
}
/**
 * The context with its `packages` list up to date: for a single-package release the list of one mirrors the
 * top-level fields (which the stages write); a workspace release's list is left as its stages wrote it.
 */
function withPackages(ctx) {
    if (ctx.workspace)
        return ctx;
    return { ...ctx, packages: [packageOf(ctx)] };
}
/** True for a workspace release: several packages, `packages` is the truth. */
function isWorkspaceContext(ctx) {
    return ctx.workspace !== undefined;
}
/** Parses context JSON text (from a file, an action input or a job output) and validates it. */
function parseContext(text, stage, source = 'context') {
    // U+FFFD is what a reader makes of bytes that are not UTF-8: never carry it on into a release.
    if (text.includes('\uFFFD')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_CONTEXT', `The release context from ${source} is not valid UTF-8 (it holds U+FFFD, the replacement for undecodable bytes).`, 'Pass the `context` output of the previous stage unchanged; regenerate the context if it was edited.');
    }
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
    let bytes;
    let text;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_CONTEXT', `No release context at ${file}.`, 'Run the previous stage first, or pass its context with `context` / `context-file`.');
    }
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_CONTEXT', `The release context ${file} is not valid UTF-8.`, 'Use the release-context.json the previous stage wrote, unchanged.');
    }
    return parseContext(text, stage, file);
}
/** Serialises a context (stable two-space JSON with a trailing newline). */
function serializeContext(ctx) {
    return `${JSON.stringify(withPackages(ctx), null, 2)}\n`;
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

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ ReleaseError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   q8: () => (/* binding */ isReleaseError)
/* harmony export */ });
/**
 * The one error type of the suite: a code a test can match, a message that says what is wrong, and a hint
 * that says how to fix it. The action entry turns it into `core.setFailed` plus an annotation.
 */
class ReleaseError extends Error {
    code;
    hint;
    location;
    /** Whether retrying the same operation may succeed. Defaults to false. */
    transient;
    constructor(code, message, hint, options = {}) {
        super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
        this.name = 'ReleaseError';
        this.code = code;
        this.hint = hint;
        this.location = options.location;
        this.transient = options.transient ?? false;
    }
}
/** True when `err` is a ReleaseError with the given code (or any code when omitted). */
function isReleaseError(err, code) {
    return err instanceof ReleaseError && (code === undefined || err.code === code);
}
/** One line for logs and summaries: message plus hint. */
function describeError(err) {
    if (err instanceof ReleaseError)
        return `${err.message} (${err.code}). Fix: ${err.hint}`;
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 72642:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gf: () => (/* binding */ childEnv),
/* harmony export */   ju: () => (/* binding */ CommandFailedError),
/* harmony export */   m0: () => (/* binding */ exec)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(74296);



/**
 * The environment of a child process: this process's own (the one place below the entries that reads it,
 * to hand it on) with `env` merged over it (or instead of it with `replaceEnv`), `undefined` values removed
 * and `pathPrepend` put in front of PATH.
 */
function childEnv(options = {}) {
    const env = options.replaceEnv ? { ...options.env } : { ...process.env, ...options.env };
    if (options.pathPrepend?.length)
        env.PATH = [...options.pathPrepend, env.PATH ?? ''].join(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter);
    for (const key of Object.keys(env))
        if (env[key] === undefined)
            delete env[key];
    return env;
}
/**
 * Runs `file` with `args` without a shell, in its own process group so that a timeout or abort kills the
 * whole tree it started (pytest workers, build backends), not just the direct child.
 */
const exec = (file, args, options = {}) => {
    const started = Date.now();
    const check = options.check ?? true;
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('TIMEOUT', `${file} was not started: the operation was aborted`, 'Raise the timeout.'));
            return;
        }
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, [...args], {
            cwd: options.cwd,
            env: childEnv(options),
            detached: process.platform !== 'win32',
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
            windowsHide: true,
        });
        let stdout = '';
        let stderr = '';
        let killed = false;
        const killTree = () => {
            if (child.exitCode !== null || child.signalCode !== null)
                return;
            killed = true;
            try {
                if (child.pid !== undefined && process.platform !== 'win32')
                    process.kill(-child.pid, 'SIGKILL');
                else
                    child.kill('SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
        };
        const timer = options.timeoutMs !== undefined ? setTimeout(killTree, options.timeoutMs) : undefined;
        const onAbort = () => killTree();
        options.signal?.addEventListener('abort', onAbort, { once: true });
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            stdout += chunk;
            options.onOutput?.(chunk, 'stdout');
        });
        child.stderr.on('data', (chunk) => {
            stderr += chunk;
            options.onOutput?.(chunk, 'stderr');
        });
        child.stdin.on('error', () => undefined);
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
        const finish = () => {
            if (timer)
                clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
        };
        child.on('error', (err) => {
            finish();
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('COMMAND_FAILED', `Could not start ${file}: ${err.message}`, `Install ${file} or put it on PATH.`, {
                cause: err,
            }));
        });
        child.on('close', (code, sig) => {
            finish();
            // The direct child is gone; make sure nothing it started outlives it after a kill.
            if (killed && child.pid !== undefined && process.platform !== 'win32') {
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    /* group already gone */
                }
            }
            const result = { code: code ?? (sig ? 128 : 1), stdout, stderr, killed, durationMs: Date.now() - started };
            if (killed) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('TIMEOUT', `${file} ${args.join(' ')} was killed after ${options.timeoutMs !== undefined ? `${options.timeoutMs} ms` : 'an abort'}`, 'Raise the timeout, or find out why the command hangs.', { transient: true }));
                return;
            }
            if (check && result.code !== 0) {
                reject(new CommandFailedError(file, args, result));
                return;
            }
            resolve(result);
        });
    });
};
/** A command that exited non-zero; carries its output for classification and evidence. */
class CommandFailedError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2 {
    result;
    constructor(file, args, result) {
        const tail = (result.stderr || result.stdout).trim().split('\n').slice(-15).join('\n');
        super('COMMAND_FAILED', `${file} ${args.join(' ')} exited with ${result.code}${tail ? `:\n${tail}` : ''}`, 'See the output above.');
        this.name = 'CommandFailedError';
        this.result = result;
    }
}


/***/ }),

/***/ 45383:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ct: () => (/* binding */ applyEdits),
  OA: () => (/* binding */ describeEdit),
  UO: () => (/* binding */ isWithin),
  s0: () => (/* binding */ pathExists),
  GR: () => (/* binding */ readTextOrNull),
  mi: () => (/* binding */ resolveContained),
  LI: () => (/* binding */ resolveInside)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
;// CONCATENATED MODULE: ./src/core/line-diff.ts
/**
 * The changed regions between two lists of lines, in order: a shortest edit script (Myers' O(ND) greedy
 * algorithm), so two distant edits of a long file (a section at the top of a changelog, a link at the
 * bottom) come out as two small hunks, not one that spans the file. `maxEdits` bounds the work: past it the
 * middle is reported as one replaced region.
 */
function diffLines(before, after, maxEdits = 4000) {
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start])
        start++;
    let endB = before.length;
    let endA = after.length;
    while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
        endB--;
        endA--;
    }
    const a = before.slice(start, endB);
    const b = after.slice(start, endA);
    if (a.length === 0 && b.length === 0)
        return [];
    // One side empty (a new file, a deleted block): one hunk, no search needed.
    if (a.length === 0 || b.length === 0)
        return [{ beforeStart: start, afterStart: start, removed: a, added: b }];
    const script = editScript(a, b, maxEdits);
    if (script === null)
        return [{ beforeStart: start, afterStart: start, removed: a, added: b }];
    // Group consecutive edits into hunks.
    const hunks = [];
    let i = 0;
    let j = 0;
    let current = null;
    for (const op of script) {
        if (op === '=') {
            current = null;
            i++;
            j++;
            continue;
        }
        if (!current) {
            current = { beforeStart: start + i, afterStart: start + j, removed: [], added: [] };
            hunks.push(current);
        }
        if (op === '-')
            current.removed.push(a[i++]);
        else
            current.added.push(b[j++]);
    }
    return hunks;
}
/** The edit script turning `a` into `b` as `=`, `-`, `+` steps, or null past `maxEdits` edits. */
function editScript(a, b, maxEdits) {
    const n = a.length;
    const m = b.length;
    const max = Math.min(n + m, maxEdits);
    const offset = max + 1;
    const v = new Array(2 * max + 3).fill(0);
    // trace[d] keeps only the diagonals -d..d that round d can read (v[offset-d .. offset+d]), so the
    // memory is O(D²) in the edits found, not O(D × maxEdits).
    const trace = [];
    for (let d = 0; d <= max; d++) {
        trace.push(v.slice(offset - d, offset + d + 1));
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[offset + k] = x;
            if (x >= n && y >= m)
                return backtrack(trace, n, m, a, b, d);
        }
    }
    return null;
}
function backtrack(trace, n, m, a, b, dEnd) {
    const ops = [];
    let x = n;
    let y = m;
    for (let d = dEnd; d > 0; d--) {
        // trace[d] was saved before round d wrote it, so it holds round d-1's values at index k + d.
        const v = trace[d];
        const k = x - y;
        const down = k === -d || (k !== d && v[d + k - 1] < v[d + k + 1]);
        const prevK = down ? k + 1 : k - 1;
        const prevX = v[d + prevK];
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY && a[x - 1] === b[y - 1]) {
            ops.push('=');
            x--;
            y--;
        }
        ops.push(down ? '+' : '-');
        if (down)
            y--;
        else
            x--;
    }
    while (x > 0 && y > 0) {
        ops.push('=');
        x--;
        y--;
    }
    return ops.reverse();
}

;// CONCATENATED MODULE: ./src/core/files.ts





/** Whether `path` is `dir` itself or lies below it (both absolute, or both relative to the same directory). */
function isWithin(dir, path) {
    const rel = (0,external_node_path_.relative)(dir, path);
    return !(rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel));
}
/**
 * Resolves `path` inside `root` and refuses one that escapes it (`../../etc`, an absolute path elsewhere).
 * `input` names the input the path came from, for the error message.
 */
function resolveInside(root, path, input = 'path') {
    const full = (0,external_node_path_.resolve)(root, path);
    if (!isWithin((0,external_node_path_.resolve)(root), full)) {
        throw new errors/* ReleaseError */.K2('PATH_ESCAPE', `Input "${input}" (${path}) points outside the repository.`, `Give a path inside the repository, relative to its root.`);
    }
    // Symlinks: what the path really is (its nearest existing part, resolved) must stay inside the real root.
    const realRoot = realOrSelf((0,external_node_path_.resolve)(root));
    const real = realOfNearest(full);
    if (!isWithin(realRoot, real)) {
        throw new errors/* ReleaseError */.K2('PATH_ESCAPE', `Input "${input}" (${path}) is a symbolic link (or lies under one) that leads outside the repository, to ${real}.`, 'Keep the file inside the repository: commit its content instead of a symlink to it, and give a path inside the repository.');
    }
    return full;
}
// realpathSync.native: one realpath(3) call; the JS realpathSync lstat()s every component of the path in
// turn (six calls for a path six levels deep), and a prepare resolves about sixty paths.
function realOrSelf(path) {
    try {
        return external_node_fs_.realpathSync.native(path);
    }
    catch {
        return path;
    }
}
/** The real path of `path`, or of its nearest existing ancestor joined with the rest. */
function realOfNearest(path) {
    let head = path;
    const tail = [];
    for (;;) {
        try {
            return (0,external_node_path_.join)(external_node_fs_.realpathSync.native(head), ...tail.reverse());
        }
        catch {
            const parent = (0,external_node_path_.dirname)(head);
            if (parent === head)
                return path;
            tail.push((0,external_node_path_.basename)(head));
            head = parent;
        }
    }
}
/**
 * Resolves a path the suite WRITES or deletes (reports, notes, metrics): relative to `base`, never through a
 * `..` segment, and inside one of `roots` (the workspace, the runner's temp directory). Throws PATH_ESCAPE.
 */
function resolveContained(base, path, input, roots) {
    if (path.split(/[\\/]+/).includes('..')) {
        throw new errors/* ReleaseError */.K2('PATH_ESCAPE', `Input "${input}" (${path}) goes through "..".`, `Give input \`${input}\` as a path inside the workspace or $RUNNER_TEMP, without "..".`);
    }
    const full = (0,external_node_path_.resolve)(base, path);
    const inside = roots.some((root) => isWithin((0,external_node_path_.resolve)(root), full));
    if (!inside) {
        throw new errors/* ReleaseError */.K2('PATH_ESCAPE', `Input "${input}" (${path}) points outside the workspace and $RUNNER_TEMP.`, `Give input \`${input}\` as a path inside the workspace or $RUNNER_TEMP.`);
    }
    return full;
}
/**
 * Reads a text file, or null when it does not exist.
 *
 * Synchronously, on purpose: these are small local files (manifests, version files, changelogs), and a
 * prepare reads about fifty of them, most missing. fs/promises' readFile is an open, a stat, reads and a
 * close, each a round trip through libuv's thread pool and the event loop; reading them one by one that
 * way cost ~10 ms of a 200 ms prepare, the sync call a few microseconds each.
 */
async function readTextOrNull(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return null;
        throw err;
    }
}
/**
 * Applies edits all-or-nothing: first checks every file still holds its `before` bytes, then writes each
 * through a temp file + rename; if any write fails, restores the files already written.
 */
async function applyEdits(root, edits) {
    const targets = edits.filter((e) => e.before !== e.after).map((e) => ({ ...e, full: resolveInside(root, e.path) }));
    for (const t of targets) {
        const now = await readTextOrNull(t.full);
        if (now !== t.before) {
            throw new errors/* ReleaseError */.K2('BAD_INPUT', `${t.path} changed while the release was being prepared.`, 'Re-run the stage on a quiet working tree.');
        }
    }
    const done = [];
    try {
        for (const t of targets) {
            const tmp = `${t.full}.release-relay.tmp`;
            await (0,promises_.writeFile)(tmp, t.after);
            await (0,promises_.rename)(tmp, t.full);
            done.push(t);
        }
    }
    catch (err) {
        for (const t of done.reverse()) {
            if (t.before === null)
                await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 51455, 23)).then((fs) => fs.rm(t.full, { force: true }));
            else
                await (0,promises_.writeFile)(t.full, t.before);
        }
        throw err;
    }
}
/** A unified-style diff of one edit for dry-run output: one `@@ line N @@` hunk per changed region. */
function describeEdit(edit) {
    const before = edit.before === null ? [] : edit.before.split('\n');
    const lines = [`--- a/${edit.path}`, `+++ b/${edit.path}`];
    for (const h of diffLines(before, edit.after.split('\n'))) {
        lines.push(`@@ line ${h.afterStart + 1} @@`, ...h.removed.map((l) => `-${l}`), ...h.added.map((l) => `+${l}`));
    }
    return lines.join('\n');
}
/** Whether a file or directory exists (and is reachable). */
async function pathExists(file) {
    try {
        (0,external_node_fs_.accessSync)(file); // sync, as readTextOrNull
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 1983:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ isRequestTimeout),
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Fn: () => (/* binding */ urlSecrets),
/* harmony export */   JD: () => (/* binding */ splitCredentials),
/* harmony export */   Zc: () => (/* binding */ DEFAULT_REQUEST_TIMEOUT_MS),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   rQ: () => (/* binding */ fetchWithDeadline)
/* harmony export */ });
/* unused harmony export RequestTimeoutError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
/**
 * HTTP with a deadline on every request: the one place that turns "the server accepted and never answered"
 * into a ReleaseError naming the endpoint and the time it was given. Also keeps credentials that a user put
 * in a URL (`https://user:pass@host/`) out of URLs, messages and logs.
 */

/** Default time one HTTP request may take, in ms (input `request-timeout`). */
const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
/** A request that got no answer in time; `transient` (a later attempt may be answered). */
class RequestTimeoutError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2 {
    url;
    elapsedMs;
    constructor(method, url, timeoutMs, elapsedMs) {
        super('TIMEOUT', `${method} ${redactUrl(url)} did not answer within ${formatMs(timeoutMs)} (gave up after ${formatMs(elapsedMs)})`, `Check that ${hostOf(url)} is reachable and healthy, or raise input \`request-timeout\` (seconds per request).`, { transient: true });
        this.name = 'RequestTimeoutError';
        this.url = redactUrl(url);
        this.elapsedMs = elapsedMs;
    }
}
/**
 * fetch with its own deadline: the request and the reading of its body are aborted after `timeoutMs`
 * (AbortSignal.timeout), and a timeout becomes a RequestTimeoutError. Userinfo in the URL is moved into an
 * Authorization: Basic header (fetch refuses URLs with credentials) and never appears in an error.
 */
async function fetchWithDeadline(url, init = {}, opts = {}) {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const { url: bare, authorization } = splitCredentials(url);
    const headers = new Headers(init.headers);
    if (authorization && !headers.has('authorization'))
        headers.set('authorization', authorization);
    const timer = AbortSignal.timeout(timeoutMs);
    const signal = opts.signal ? AbortSignal.any([timer, opts.signal]) : timer;
    const started = Date.now();
    try {
        return await (opts.fetchImpl ?? fetch)(bare, { ...init, headers, signal });
    }
    catch (err) {
        if (timer.aborted && !opts.signal?.aborted)
            throw new RequestTimeoutError(init.method ?? 'GET', bare, timeoutMs, Date.now() - started);
        throw redactError(err, url);
    }
}
/** Whether `err` (or its cause chain) is a request that timed out. */
function isRequestTimeout(err) {
    for (let e = err, depth = 0; e && depth < 5; e = e.cause, depth++) {
        if (e instanceof RequestTimeoutError || e.name === 'TimeoutError')
            return true;
    }
    return false;
}
/** The URL without userinfo, and an Authorization header carrying it (undefined when there is none). */
function splitCredentials(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return { url };
    }
    if (!parsed.username && !parsed.password)
        return { url };
    const user = decodeURIComponent(parsed.username);
    const pass = decodeURIComponent(parsed.password);
    parsed.username = '';
    parsed.password = '';
    return { url: parsed.toString(), authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}` };
}
/** The values a logger must mask for this URL: its user name, password and their encoded forms. */
function urlSecrets(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return [];
    }
    const out = new Set();
    for (const v of [parsed.password, parsed.username]) {
        if (!v)
            continue;
        out.add(v);
        out.add(decodeURIComponent(v));
    }
    return [...out];
}
/** Replaces the userinfo of every URL in `text` with `***` (`https://***@host/`). */
function redactUrl(text) {
    return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}
/** The error with any credentials of `url` removed from its message. */
function redactError(err, url) {
    if (!(err instanceof Error))
        return err;
    const secrets = urlSecrets(url);
    let message = redactUrl(err.message);
    for (const s of secrets)
        message = message.split(s).join('***');
    if (message === err.message)
        return err;
    const copy = new Error(message);
    copy.name = err.name;
    return copy;
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return 'the server';
    }
}
/** `250 ms`, `1.5 s`, `90 s`. */
function formatMs(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}


/***/ }),

/***/ 4473:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readRunnerEnvironment),
/* harmony export */   U: () => (/* binding */ NPM_TOKEN_VARIABLES)
/* harmony export */ });
/** Variables through which an npm token reaches `npm publish` (setup-node writes NODE_AUTH_TOKEN into .npmrc). */
const NPM_TOKEN_VARIABLES = ['NODE_AUTH_TOKEN', 'NPM_TOKEN', 'NPM_AUTH_TOKEN', 'npm_config__authToken', 'NPM_CONFIG__AUTHTOKEN'];
/** The RunnerEnvironment from an environment map (the entries pass `process.env`); empty values count as unset. */
function readRunnerEnvironment(env) {
    const get = (name) => (env[name] ? env[name] : undefined);
    const requestUrl = get('ACTIONS_ID_TOKEN_REQUEST_URL');
    const requestToken = get('ACTIONS_ID_TOKEN_REQUEST_TOKEN');
    return {
        repository: get('GITHUB_REPOSITORY'),
        workflowRef: get('GITHUB_WORKFLOW_REF'),
        ref: get('GITHUB_REF'),
        serverUrl: get('GITHUB_SERVER_URL'),
        apiUrl: get('GITHUB_API_URL'),
        tempDir: get('RUNNER_TEMP'),
        onGitHubActions: env.GITHUB_ACTIONS === 'true',
        oidc: requestUrl || requestToken ? { requestUrl, requestToken } : undefined,
        python: get('RELEASE_RELAY_PYTHON'),
        npmTokenVariables: NPM_TOKEN_VARIABLES.filter((v) => get(v)),
    };
}


/***/ }),

/***/ 12384:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  XX: () => (/* binding */ LONG_READ_RECORDS),
  wJ: () => (/* binding */ favourMemoryOverSpeed),
  hv: () => (/* binding */ favourShortRun)
});

// UNUSED EXPORTS: MEMORY_FLAGS, TOP_TIER_OFF, TOP_TIER_ON, memoryFavoured, topTierDisabled

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
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
        (0,external_node_v8_namespaceObject.setFlagsFromString)(flag);
    // A long read is where the top tier pays for itself (see favourShortRun).
    if (topTierOff) {
        topTierOff = false;
        (0,external_node_v8_namespaceObject.setFlagsFromString)(TOP_TIER_ON);
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
    (0,external_node_v8_namespaceObject.setFlagsFromString)(TOP_TIER_OFF);
}


/***/ }),

/***/ 14442:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ wheelImportNames),
/* harmony export */   Nh: () => (/* binding */ parseImportNames),
/* harmony export */   VD: () => (/* binding */ sourceImportNames),
/* harmony export */   lJ: () => (/* binding */ coverageConfiguresSource)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(74296);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(45383);
/* harmony import */ var _ini_file_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(38281);
/* harmony import */ var _pyproject_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(87160);






/** Top-level names that are test suites, not the package, when a wheel ships them. */
const NOT_THE_PACKAGE = new Set(['tests', 'test', 'testing', 'docs', 'examples', 'benchmarks']);
/**
 * Reads a wheel's top-level import names with the interpreter's zipfile: `top_level.txt` when the backend
 * wrote one (setuptools), else the first path segments of its files (hatchling, flit, poetry-core write
 * none), leaving out `*.dist-info`, `*.data`, `.pth` files and test folders.
 */
const WHEEL_NAMES = `
import json, sys, zipfile
skip = set(sys.argv[2].split(','))
with zipfile.ZipFile(sys.argv[1]) as z:
    names = z.namelist()
    top = [n for n in names if n.count('/') == 1 and n.endswith('.dist-info/top_level.txt')]
    out = []
    if top:
        out = [l.strip().split('/')[0] for l in z.read(top[0]).decode('utf-8').splitlines() if l.strip()]
    else:
        for n in names:
            first = n.split('/')[0]
            if first.endswith('.dist-info') or first.endswith('.data'):
                continue
            if '/' in n:
                if n.endswith(('.py', '.so', '.pyd', '.pyi')):
                    out.append(first)
            elif n.endswith('.py'):
                out.append(n[:-3])
            elif n.endswith(('.so', '.pyd')):
                out.append(n.split('.')[0])
seen = []
for n in out:
    if n.isidentifier() and n not in seen and n not in skip:
        seen.append(n)
print(json.dumps(seen))
`;
/** The top-level import names a built wheel provides (its packages and modules). */
async function wheelImportNames(python, wheel, exec) {
    const r = await exec(python, ['-I', '-c', WHEEL_NAMES, wheel, [...NOT_THE_PACKAGE].join(',')], { check: false, timeoutMs: 60_000 });
    if (r.code !== 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BUILD_FAILED', `Could not read the top-level names of ${wheel}: ${r.stderr.trim().split('\n').pop() ?? `exit ${r.code}`}`, 'Set input "import-names" to the package\'s import names, e.g. sample.');
    const names = JSON.parse(r.stdout.trim().split('\n').pop() ?? '[]');
    return names;
}
/** Parses input `import-names` (comma- or newline-separated); refuses names that are not dotted identifiers. */
function parseImportNames(value) {
    if (value === undefined)
        return undefined;
    const names = value.split(/[\s,]+/).map((n) => n.trim()).filter(Boolean);
    for (const n of names) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(n)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_INPUT', `Input "import-names" has "${n}", which is not a Python import name.`, 'List the top-level modules to import, comma-separated, e.g. import-names: sample.');
        }
    }
    return names.length ? names : undefined;
}
/** Whether coverage.py is configured with its own `source` / `source_pkgs` (pyproject, .coveragerc, setup.cfg, tox.ini). */
async function coverageConfiguresSource(packageDir) {
    const py = await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextOrNull */ .GR)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(packageDir, 'pyproject.toml'));
    if (py !== null) {
        try {
            const run = (0,_pyproject_js__WEBPACK_IMPORTED_MODULE_4__/* .getPath */ .Yn)((0,_pyproject_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePyproject */ .OU)(py, 'pyproject.toml'), ['tool', 'coverage', 'run']);
            if (run && (run.source !== undefined || run.source_pkgs !== undefined))
                return true;
        }
        catch {
            // A broken pyproject.toml fails elsewhere with a clear error.
        }
    }
    for (const [file, section] of [['.coveragerc', 'run'], ['setup.cfg', 'coverage:run'], ['tox.ini', 'coverage:run']]) {
        const t = await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextOrNull */ .GR)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(packageDir, file));
        const s = t === null ? undefined : (0,_ini_file_js__WEBPACK_IMPORTED_MODULE_5__/* .parseIni */ .Ay)(t).get(section);
        if (s && (s.has('source') || s.has('source_pkgs')))
            return true;
    }
    return false;
}
/**
 * The package's top-level import names as the source tree shows them before anything is built: packages
 * (directories with `__init__.py`) and modules under `src/`, else package directories at the top. Used for
 * coverage before the wheel exists; the wheel's own names are checked after the build.
 */
async function sourceImportNames(packageDir) {
    const list = async (dir, modules) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch(() => []);
        const out = [];
        for (const e of entries) {
            if (NOT_THE_PACKAGE.has(e.name) || !/^[A-Za-z_][A-Za-z0-9_]*(\.py)?$/.test(e.name))
                continue;
            if (e.isDirectory() && (await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextOrNull */ .GR)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name, '__init__.py'))) !== null)
                out.push(e.name);
            else if (modules && e.isFile() && e.name.endsWith('.py') && e.name !== 'setup.py' && e.name !== 'conftest.py')
                out.push(e.name.slice(0, -3));
        }
        return out.sort();
    };
    const src = await list((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(packageDir, 'src'), true);
    return src.length ? src : list(packageDir, false);
}


/***/ }),

/***/ 38281:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ parseIni),
/* harmony export */   Ct: () => (/* binding */ iniValue),
/* harmony export */   qC: () => (/* binding */ setIniValue)
/* harmony export */ });
/**
 * A minimal reader for the INI files Python tools use (setup.cfg, .bumpversion.cfg), with the exact span of
 * each value so an edit can change one value and leave every other byte alone. It follows configparser's
 * rules where they matter here: `key = value` or `key: value`, `#`/`;` comment lines, and indented
 * continuation lines that belong to the value above.
 */
/** Parses INI text into sections and entries with their offsets. Lines that are neither are ignored. */
function parseIni(text) {
    const doc = new Map();
    let section;
    let last;
    let offset = 0;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const lineStart = offset;
        offset += raw.length + 1;
        const line = raw.replace(/\r$/, '');
        if (/^\s*$/.test(line) || /^\s*[#;]/.test(line)) {
            // A blank line inside a multi-line value belongs to it in configparser only when more indented text follows; keep it simple.
            if (/^\s*$/.test(line))
                last = undefined;
            continue;
        }
        if (/^\s/.test(line) && last) {
            last.value = `${last.value}\n${line.trim()}`;
            last.end = lineStart + line.length;
            continue;
        }
        const header = /^\[([^\]]+)\]\s*$/.exec(line);
        if (header) {
            section = doc.get(header[1]) ?? new Map();
            doc.set(header[1], section);
            last = undefined;
            continue;
        }
        const kv = /^([^=:\s][^=:]*?)\s*[=:]\s?/.exec(line);
        if (kv && section) {
            const valueStart = lineStart + kv[0].length;
            const value = line.slice(kv[0].length);
            last = { key: kv[1].trim().toLowerCase(), value: value.trim(), start: valueStart, end: lineStart + line.length, line: i + 1 };
            section.set(last.key, last);
        }
    }
    return doc;
}
/** The value of `key` in `section`, or undefined. */
function iniValue(doc, section, key) {
    return doc.get(section)?.get(key.toLowerCase())?.value;
}
/** Replaces the one-line value of `key` in `section` (which must exist) with `value`, keeping everything else. */
function setIniValue(text, section, key, value) {
    const entry = parseIni(text).get(section)?.get(key.toLowerCase());
    if (!entry)
        throw new Error(`[${section}] ${key} not found`);
    const current = text.slice(entry.start, entry.end);
    const lead = current.length - current.trimStart().length;
    const trail = current.length - current.trimEnd().length;
    return text.slice(0, entry.start + lead) + value + text.slice(entry.end - trail);
}


/***/ }),

/***/ 87160:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OU: () => (/* binding */ parsePyproject),
/* harmony export */   T7: () => (/* binding */ readVersionConfig),
/* harmony export */   Yn: () => (/* binding */ getPath),
/* harmony export */   le: () => (/* binding */ updateContent)
/* harmony export */ });
/* unused harmony exports PROJECT_VERSION, POETRY_VERSION, findStringValues */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3292);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(74296);



/** `[project] version`. */
const PROJECT_VERSION = ['project', 'version'];
/** `[tool.poetry] version`. */
const POETRY_VERSION = ['tool', 'poetry', 'version'];
/** Parses pyproject text; broken TOML is a BAD_TOML ReleaseError naming `file` and the parser's line and column. */
function parsePyproject(text, file) {
    try {
        return (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (err) {
        if (err instanceof smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .TomlError */ .zx) {
            const reason = err.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_TOML', `${file} is not valid TOML: ${reason} at line ${err.line}, column ${err.column}.`, `Fix the TOML syntax in ${file} (line ${err.line}); \`python3 -c "import tomllib; tomllib.load(open('${file}', 'rb'))"\` shows the same error.`, { location: { file, line: err.line }, cause: err });
        }
        throw err;
    }
}
/** The value at `path` in a parsed document, or undefined. */
function getPath(doc, path) {
    let node = doc;
    for (const key of path) {
        if (node === null || typeof node !== 'object' || Array.isArray(node))
            return undefined;
        node = node[key];
    }
    return node;
}
function table(doc, path) {
    const t = getPath(doc, path);
    return t !== null && typeof t === 'object' && !Array.isArray(t) ? t : undefined;
}
/** Reads where the version lives from a parsed pyproject.toml (no file access). */
function readVersionConfig(doc) {
    const project = table(doc, ['project']);
    const poetry = table(doc, ['tool', 'poetry']);
    const dynamicList = project?.dynamic;
    const dynamic = Array.isArray(dynamicList) && dynamicList.includes('version');
    const name = typeof project?.name === 'string' ? project.name : typeof poetry?.name === 'string' ? poetry.name : undefined;
    const staticVersions = [];
    if (!dynamic && typeof project?.version === 'string')
        staticVersions.push({ key: PROJECT_VERSION, version: project.version });
    if (typeof poetry?.version === 'string')
        staticVersions.push({ key: POETRY_VERSION, version: poetry.version });
    const hatchVersion = table(doc, ['tool', 'hatch', 'version']);
    const pdmVersion = table(doc, ['tool', 'pdm', 'version']);
    const setuptoolsDynamic = table(doc, ['tool', 'setuptools', 'dynamic']);
    const poetryDynamic = table(doc, ['tool', 'poetry-dynamic-versioning']);
    const versionPaths = [];
    let fromVcs = false;
    let attr;
    let vcsTool;
    if (hatchVersion?.source === 'vcs')
        vcsTool = 'hatch-vcs';
    else if (typeof hatchVersion?.path === 'string')
        versionPaths.push({ path: hatchVersion.path, via: '[tool.hatch.version] path' });
    if (pdmVersion?.source === 'scm')
        vcsTool = 'pdm-backend scm';
    else if (pdmVersion?.source === 'file' && typeof pdmVersion.path === 'string')
        versionPaths.push({ path: pdmVersion.path, via: '[tool.pdm.version] path' });
    if (poetryDynamic?.enable === true)
        vcsTool = 'poetry-dynamic-versioning';
    if (dynamic && table(doc, ['tool', 'versioningit']) !== undefined)
        vcsTool = 'versioningit';
    if (vcsTool)
        fromVcs = true;
    const buildSystem = table(doc, ['build-system']);
    const buildBackend = typeof buildSystem?.['build-backend'] === 'string' ? buildSystem['build-backend'] : undefined;
    const requires = Array.isArray(buildSystem?.requires) ? buildSystem.requires.filter((r) => typeof r === 'string') : [];
    let versionFile;
    const stVersion = setuptoolsDynamic?.version;
    if (stVersion !== null && typeof stVersion === 'object' && typeof stVersion.attr === 'string') {
        const dotted = stVersion.attr;
        const cut = dotted.lastIndexOf('.');
        const packageDirs = table(doc, ['tool', 'setuptools', 'package-dir']);
        const rootDir = typeof packageDirs?.[''] === 'string' ? packageDirs[''] : undefined;
        if (cut > 0)
            attr = { module: dotted.slice(0, cut), variable: dotted.slice(cut + 1), packageDir: rootDir };
    }
    if (stVersion !== null && typeof stVersion === 'object') {
        const f = stVersion.file;
        const first = Array.isArray(f) ? f[0] : f;
        if (typeof first === 'string')
            versionFile = first;
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
const BARE = /[A-Za-z0-9_-]/;
class Scanner {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    get done() {
        return this.pos >= this.text.length;
    }
    peek(offset = 0) {
        return this.text[this.pos + offset] ?? '';
    }
    startsWith(s) {
        return this.text.startsWith(s, this.pos);
    }
    skipSpaces() {
        while (this.peek() === ' ' || this.peek() === '\t')
            this.pos++;
    }
    skipToLineEnd() {
        while (!this.done && this.peek() !== '\n')
            this.pos++;
    }
    lineAt(offset) {
        let line = 1;
        for (let i = 0; i < offset; i++)
            if (this.text[i] === '\n')
                line++;
        return line;
    }
    /** Skips any string starting at pos; returns the span of its content. */
    skipString() {
        for (const delim of ['"""', "'''"]) {
            if (this.startsWith(delim)) {
                this.pos += 3;
                const start = this.pos;
                while (!this.done && !this.startsWith(delim))
                    this.pos += delim === '"""' && this.peek() === '\\' ? 2 : 1;
                const end = this.pos;
                this.pos += 3;
                // TOML allows up to two extra quotes right before the closing delimiter.
                while (this.peek() === delim[0])
                    this.pos++;
                return { start, end, multiline: true };
            }
        }
        const quote = this.peek();
        this.pos++;
        const start = this.pos;
        while (!this.done && this.peek() !== quote && this.peek() !== '\n')
            this.pos += quote === '"' && this.peek() === '\\' ? 2 : 1;
        const end = this.pos;
        this.pos++;
        return { start, end, multiline: false };
    }
    /** Reads a dotted key (`a."b.c".d`) and returns its segments, or null if pos is not at a key. */
    readKey() {
        const parts = [];
        for (;;) {
            this.skipSpaces();
            const c = this.peek();
            if (c === '"' || c === "'") {
                const { start, end } = this.skipString();
                const raw = this.text.slice(start, end);
                parts.push(c === '"' ? raw.replace(/\\(["\\])/g, '$1') : raw);
            }
            else if (BARE.test(c)) {
                const start = this.pos;
                while (BARE.test(this.peek()))
                    this.pos++;
                parts.push(this.text.slice(start, this.pos));
            }
            else {
                return null;
            }
            this.skipSpaces();
            if (this.peek() !== '.')
                return parts;
            this.pos++;
        }
    }
    /** Skips a value of any shape (arrays and inline tables over several lines included) up to its line end. */
    skipValue() {
        let depth = 0;
        while (!this.done) {
            const c = this.peek();
            if (c === '"' || c === "'")
                this.skipString();
            else if (c === '#')
                this.skipToLineEnd();
            else if (c === '[' || c === '{') {
                depth++;
                this.pos++;
            }
            else if (c === ']' || c === '}') {
                depth--;
                this.pos++;
            }
            else if (c === '\n' && depth <= 0)
                return;
            else
                this.pos++;
        }
    }
}
/**
 * Finds the single-line string values assigned to `path` (at most one in valid TOML). Values that are not
 * single-line strings are not returned.
 */
function findStringValues(text, path) {
    const s = new Scanner(text);
    const found = [];
    let current = [];
    while (!s.done) {
        s.skipSpaces();
        const c = s.peek();
        if (c === '\n' || c === '\r') {
            s.pos++;
        }
        else if (c === '#') {
            s.skipToLineEnd();
        }
        else if (c === '[') {
            const arrayTable = s.peek(1) === '[';
            s.pos += arrayTable ? 2 : 1;
            const key = s.readKey() ?? [];
            // An array-of-tables entry never holds the version fields we edit: make it unmatchable.
            current = arrayTable ? [...key, '[]'] : key;
            s.skipToLineEnd();
        }
        else {
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
function withoutKey(doc, path) {
    const copy = structuredClone(doc);
    const parent = getPath(copy, path.slice(0, -1));
    if (parent && typeof parent === 'object')
        delete parent[path[path.length - 1]];
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
function updateContent(text, version, options = {}) {
    const file = options.file ?? 'pyproject.toml';
    if (!SAFE_VERSION.test(version)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_VERSION', `Version "${version}" cannot be written to ${file}.`, 'Use a PEP 440 version such as 1.2.0, 1.2.0rc1 or 1.2.0.post1.');
    }
    const before = parsePyproject(text, file);
    const keys = options.keys ?? readVersionConfig(before).staticVersions.map((s) => s.key);
    if (keys.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('NO_VERSION', `${file} has no static version field to update.`, 'Add `version = "0.1.0"` under [project], or configure a dynamic version file.', { location: { file } });
    }
    const spans = [];
    for (const key of keys) {
        const found = findStringValues(text, key);
        if (found.length !== 1) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_TOML', `Could not locate \`${key.join('.')}\` as a one-line string in ${file} (found ${found.length}).`, `Write it as \`${key[key.length - 1]} = "x.y.z"\` on its own line under [${key.slice(0, -1).join('.')}].`, { location: { file } });
        }
        spans.push(found[0]);
    }
    let after = text;
    for (const span of [...spans].sort((a, b) => b.start - a.start))
        after = after.slice(0, span.start) + version + after.slice(span.end);
    // Confirm with the real parser: the new value is there, and nothing else moved.
    const parsed = parsePyproject(after, file);
    let expectedRest = before;
    let actualRest = parsed;
    for (const key of keys) {
        if (getPath(parsed, key) !== version) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_TOML', `Updating ${file} did not set \`${key.join('.')}\` to ${version}.`, 'Report this with the file attached; edit the version by hand meanwhile.', { location: { file } });
        }
        expectedRest = withoutKey(expectedRest, key);
        actualRest = withoutKey(actualRest, key);
    }
    if (!(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(expectedRest, actualRest)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_TOML', `Updating the version in ${file} changed other values; the edit was refused.`, 'Report this with the file attached; edit the version by hand meanwhile.', { location: { file } });
    }
    return after;
}


/***/ }),

/***/ 62125:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ EarlyWork)
/* harmony export */ });
/**
 * Work started for a working tree and a git command line before anyone asked for it (askEarly's answers,
 * streamEarly's logs), handed out once to the first asker of exactly that command in that tree.
 */
class EarlyWork {
    byKey = new Map();
    static key(cwd, args) {
        return [cwd, ...args].join('\0');
    }
    put(cwd, args, work) {
        this.byKey.set(EarlyWork.key(cwd, args), work);
    }
    /** The work for this command, left in place. */
    peek(cwd, args) {
        return this.byKey.get(EarlyWork.key(cwd, args));
    }
    /** The work for this command, taken out: the next asker runs the command itself. */
    take(cwd, args) {
        const key = EarlyWork.key(cwd, args);
        const work = this.byKey.get(key);
        if (work !== undefined)
            this.byKey.delete(key);
        return work;
    }
    /** Takes out the work of `cwd` (of every tree with null), handing each to `dropped`. */
    drop(cwd, dropped) {
        for (const [key, work] of this.byKey) {
            if (cwd !== null && !key.startsWith(`${cwd}\0`))
                continue;
            this.byKey.delete(key);
            dropped?.(work);
        }
    }
}


/***/ }),

/***/ 10308:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ remoteUrlArgs),
/* harmony export */   Fv: () => (/* binding */ peekEarlyAnswer),
/* harmony export */   Ji: () => (/* binding */ askEarly),
/* harmony export */   Pu: () => (/* binding */ assertValidRefName),
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   Wx: () => (/* binding */ identityEnv),
/* harmony export */   br: () => (/* binding */ BOT_IDENTITY),
/* harmony export */   dS: () => (/* binding */ DEFAULT_REMOTE),
/* harmony export */   gG: () => (/* binding */ dropEarlyAnswers),
/* harmony export */   vp: () => (/* binding */ CHECKOUT_STATE_ARGS),
/* harmony export */   wT: () => (/* binding */ DIRTY_PATHS_ARGS)
/* harmony export */ });
/* unused harmony export plainlyValidRefName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(72642);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(74296);
/* harmony import */ var _core_http_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1983);
/* harmony import */ var _early_work_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(62125);






/** github-actions[bot], the identity GitHub's own actions commit as. */
const BOT_IDENTITY = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
/** The remote a stage talks to unless told otherwise. */
const DEFAULT_REMOTE = 'origin';
/** Checkout questions of Git, by their arguments: what askEarly can start before a stage asks them. */
// rev-parse answers its arguments in order; --symbolic-full-name applies to the second HEAD only.
const CHECKOUT_STATE_ARGS = ['rev-parse', 'HEAD', '--show-toplevel', '--is-shallow-repository', '--symbolic-full-name', 'HEAD'];
const DIRTY_PATHS_ARGS = ['status', '--porcelain=v1', '--untracked-files=normal'];
function remoteUrlArgs(remote) {
    return ['remote', 'get-url', remote];
}
/** Answers of commands started by askEarly and not yet asked for. */
const earlyAnswers = new _early_work_js__WEBPACK_IMPORTED_MODULE_5__/* .EarlyWork */ .x();
/**
 * Starts read-only git commands now that a stage will run once its code has loaded: loading the prepare stage
 * keeps the main thread busy for ~25 ms, in which git answers on another core instead of afterwards. The
 * first Git in `cwd` that runs exactly these arguments (plainly: no input, env, remote or signal) gets the
 * answer as if it had run the command then; the answer is handed out once. A question never asked costs one
 * process and changes nothing, so a list that drifts from what the stage asks only loses the head start.
 * Only for commands that read: nothing runs in between that could change their answer.
 */
function askEarly(cwd, questions) {
    const git = new Git(cwd);
    const answers = questions.map((args) => {
        const answer = git.git([...args], { check: false });
        earlyAnswers.put(cwd, args, answer);
        return answer.then(() => undefined, () => undefined);
    });
    // Resolves once every answer is in (whoever wants to know; the entry points do not wait).
    return Promise.all(answers).then(() => undefined);
}
/**
 * Forgets the early answers of `cwd` nobody took. The stage calls it once its first step has asked its
 * questions: an answer left over would be stale for a later asker (`git status` after the release edits).
 */
function dropEarlyAnswers(cwd) {
    earlyAnswers.drop(cwd);
}
/** The answer askEarly started for these arguments in `cwd`, without taking it (it stays for the stage). */
function peekEarlyAnswer(cwd, args) {
    return earlyAnswers.peek(cwd, args);
}
/**
 * The few git operations the stages need, over the real git binary in one working tree. Every call passes
 * an argument array (no shell); user-supplied refs are passed after validation or behind `--`.
 */
class Git {
    cwd;
    run;
    limits;
    constructor(cwd, run = _core_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0, limits = {}) {
        this.cwd = cwd;
        this.run = run;
        this.limits = limits;
    }
    /**
     * Runs git with the given arguments; throws GIT_FAILED with git's message on a non-zero exit. `network`
     * commands (talking to a remote) get deadlines: a stalled transfer is cut after `requestTimeoutMs`, the whole
     * command (with its helpers, as a process group) after `networkTimeoutMs`, as TIMEOUT naming the remote.
     * Aborting `signal` kills the command (an answer no longer wanted).
     */
    async git(args, options = {}) {
        const stallS = Math.max(1, Math.ceil((this.limits.requestTimeoutMs ?? _core_http_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_REQUEST_TIMEOUT_MS */ .Zc) / 1000));
        const killMs = this.limits.networkTimeoutMs ?? Math.max(10 * 60_000, stallS * 5000);
        const argv = options.network ? ['-c', 'http.lowSpeedLimit=1', '-c', `http.lowSpeedTime=${stallS}`, ...args] : args;
        const started = Date.now();
        const timedOut = (detail) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('TIMEOUT', `git ${args[0]} with remote "${options.network}" did not answer within ${detail} (gave up after ${(0,_core_http_js__WEBPACK_IMPORTED_MODULE_4__/* .formatMs */ ._V)(Date.now() - started)})`, 'Check that the remote is reachable (its URL in `git remote -v`), or raise input `request-timeout` (seconds without progress).', { transient: true });
        let result;
        const early = options.input === undefined && options.env === undefined && options.network === undefined && options.signal === undefined && this.run === _core_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0 ? earlyAnswers.take(this.cwd, argv) : undefined;
        try {
            if (early) {
                result = await early;
                if ((options.check ?? true) && result.code !== 0)
                    throw new _core_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandFailedError */ .ju('git', argv, result);
            }
            else {
                result = await this.run('git', argv, {
                    cwd: this.cwd,
                    check: options.check ?? true,
                    input: options.input,
                    env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env },
                    timeoutMs: options.network ? killMs : undefined,
                    signal: options.signal,
                });
            }
        }
        catch (err) {
            if (options.network && err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2 && err.code === 'TIMEOUT')
                throw timedOut((0,_core_http_js__WEBPACK_IMPORTED_MODULE_4__/* .formatMs */ ._V)(killMs));
            if (options.network && err instanceof _core_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandFailedError */ .ju && /Operation too slow/.test(err.result.stderr))
                throw timedOut(`${stallS} s`);
            if (err instanceof _core_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandFailedError */ .ju) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('GIT_FAILED', `git ${args[0]} failed: ${err.result.stderr.trim() || err.result.stdout.trim()}`, 'See git\'s message; check the repository state and the remote.', { cause: err });
            }
            throw err;
        }
        if (options.network && result.code !== 0 && /Operation too slow/.test(result.stderr))
            throw timedOut(`${stallS} s`);
        return result;
    }
    /** Trimmed stdout of a git command. */
    async out(args) {
        return (await this.git(args)).stdout.trim();
    }
    /** The repository's top-level directory. */
    async topLevel() {
        return this.out(['rev-parse', '--show-toplevel']);
    }
    /**
     * The checkout in one git process: HEAD's commit, the top level, whether the history is shallow, and the
     * branch (null when HEAD is detached). Null when there is no commit yet or no repository: ask one question at
     * a time then (head(), topLevel(), …), which say which it is.
     */
    async checkoutState() {
        const r = await this.git(CHECKOUT_STATE_ARGS, { check: false });
        const lines = r.stdout.trimEnd().split('\n');
        if (r.code !== 0 || lines.length !== 4)
            return null;
        const [head, topLevel, shallow, ref] = lines;
        return { head, topLevel, shallow: shallow === 'true', branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null };
    }
    /** Full SHA of a revision, or null when it does not resolve. */
    async revParse(rev) {
        const r = await this.git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { check: false });
        return r.code === 0 ? r.stdout.trim() : null;
    }
    /** SHA of HEAD. */
    async head() {
        return this.out(['rev-parse', 'HEAD']);
    }
    /** The current branch, or null on a detached HEAD. */
    async currentBranch() {
        const r = await this.git(['symbolic-ref', '--quiet', '--short', 'HEAD'], { check: false });
        return r.code === 0 ? r.stdout.trim() : null;
    }
    /** Paths with uncommitted changes (tracked or untracked, ignoring ignored files). */
    async dirtyPaths() {
        // Not trimmed: the first line's leading status column (" M") is part of the format.
        const r = (await this.git(DIRTY_PATHS_ARGS)).stdout;
        return r.split('\n').filter((l) => l.length > 3).map((l) => l.slice(3));
    }
    /** The commit a tag points at (peeled), or null when the tag does not exist locally. */
    async tagCommit(tag) {
        const r = await this.git(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], { check: false });
        return r.code === 0 ? r.stdout.trim() : null;
    }
    /** The commit a tag points at on a remote (peeled), or null when absent there or the remote cannot be read. */
    async remoteTagCommit(remote, tag) {
        return (await this.remoteTags(remote))?.get(tag) ?? null;
    }
    /**
     * Every tag on a remote with the commit it names (peeled through annotated tags), from one
     * `git ls-remote --tags`; null when the remote cannot be read. The server sends every tag either way (a
     * pattern only filters on this side), so one listing answers any number of tag questions.
     */
    async remoteTags(remote, signal) {
        const r = await this.git(['ls-remote', '--tags', remote], { check: false, network: remote, signal });
        if (r.code !== 0)
            return null;
        const tags = new Map();
        for (const line of r.stdout.split('\n')) {
            const tab = line.indexOf('\t');
            const ref = line.slice(tab + 1);
            if (tab < 0 || !ref.startsWith('refs/tags/'))
                continue;
            const name = ref.slice('refs/tags/'.length);
            // `tag^{}` (the peeled commit of an annotated tag) follows `tag` and wins over it.
            if (name.endsWith('^{}'))
                tags.set(name.slice(0, -3), line.slice(0, tab));
            else if (!tags.has(name))
                tags.set(name, line.slice(0, tab));
        }
        return tags;
    }
    /** Whether `remote` is configured. */
    async hasRemote(remote) {
        const r = await this.git(['remote'], { check: false });
        return r.stdout.split('\n').includes(remote);
    }
    /** URL of a remote, or null. */
    async remoteUrl(remote) {
        const r = await this.git(remoteUrlArgs(remote), { check: false });
        return r.code === 0 ? r.stdout.trim() : null;
    }
    /** Stages the given paths and commits them with the identity; returns the new commit's SHA. */
    async commit(paths, message, identity = BOT_IDENTITY) {
        // Paths removed from the tree (towncrier's consumed news fragments) are committed as deletions by
        // `git commit -- paths`; `git add` would refuse them.
        const present = paths.filter((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.cwd, p)));
        if (present.length > 0)
            await this.git(['add', '--', ...present]);
        await this.git(['commit', '--no-verify', '-m', message, '--', ...paths], { env: identityEnv(identity) });
        return this.head();
    }
    /** Creates an annotated tag on `sha` with `message`. */
    async tag(tag, sha, message, identity = BOT_IDENTITY) {
        await this.git(['tag', '--annotate', '--file=-', '--', tag, sha], { input: message, env: identityEnv(identity) });
    }
    /** Pushes refspecs to a remote (never forced). */
    async push(remote, refspecs) {
        await this.git(['push', '--porcelain', remote, ...refspecs], { network: remote });
    }
    /** True in a shallow clone (`fetch-depth: 1`), where history and tags are partial. */
    async isShallow() {
        const r = await this.git(['rev-parse', '--is-shallow-repository'], { check: false });
        return r.stdout.trim() === 'true';
    }
    /** Fetches the rest of the history and every tag from `remote` (`git fetch --unshallow --tags`). */
    async unshallow(remote) {
        await this.git(['fetch', '--quiet', '--unshallow', '--tags', remote]);
    }
    /** Fetches a branch from the remote; returns the remote branch's SHA or null. */
    async fetchBranch(remote, branch) {
        const r = await this.git(['fetch', '--quiet', remote, `refs/heads/${branch}`], { check: false, network: remote });
        if (r.code !== 0)
            return null;
        return this.revParse('FETCH_HEAD');
    }
}
/** Environment variables that set author and committer. */
function identityEnv(identity) {
    return {
        GIT_AUTHOR_NAME: identity.name,
        GIT_AUTHOR_EMAIL: identity.email,
        GIT_COMMITTER_NAME: identity.name,
        GIT_COMMITTER_EMAIL: identity.email,
    };
}
/** Validates a ref name with git's own rules (`git check-ref-format`); throws BAD_INPUT naming the input. */
async function assertValidRefName(name, input, run = _core_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0) {
    if (plainlyValidRefName(name))
        return;
    const r = await run('git', ['check-ref-format', `refs/tags/${name}`], { check: false });
    if (r.code !== 0 || /[\s\n\r]/.test(name)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_INPUT', `Input "${input}" gives "${name}", which is not a valid git ref name.`, 'Use letters, digits, dots, dashes and slashes; no spaces, "..", "~", "^", ":" or control characters.');
    }
}
/**
 * True for a name git's check-ref-format rules accept for certain (the usual `v1.2.3`, `name-v1.2.3`,
 * `release/v1.2.3`): letters, digits and `.-_+/`, no empty, dot-led or `.lock` component, no `..`, not ending
 * in `.`. Anything else is left to git itself (one process fewer on the common path).
 */
function plainlyValidRefName(name) {
    if (!/^[A-Za-z0-9._+/-]+$/.test(name) || name.includes('..') || name.endsWith('.'))
        return false;
    return name.split('/').every((part) => part.length > 0 && !part.startsWith('.') && !part.endsWith('.lock'));
}


/***/ }),

/***/ 74967:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ streamEarly),
/* harmony export */   hM: () => (/* binding */ detachText),
/* harmony export */   mN: () => (/* binding */ streamGitFields),
/* harmony export */   uw: () => (/* binding */ dropEarlyStreams)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(74296);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(72642);
/* harmony import */ var _core_v8_tuning_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(12384);
/* harmony import */ var _early_work_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(62125);









/** The environment streamed git commands run in. */
function streamEnv() {
    // GIT_FLUSH=0: git log flushes stdout after every commit when it writes to a pipe (one write, one wake-up
    // of this process per commit); without the flush it fills its buffer first, ~30 % less CPU over a long log.
    return (0,_core_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .childEnv */ .gf)({ env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_FLUSH: '0' } });
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
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_4__.StringDecoder('utf8');
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
                if (++this.records === _core_v8_tuning_js__WEBPACK_IMPORTED_MODULE_7__/* .LONG_READ_RECORDS */ .XX)
                    (0,_core_v8_tuning_js__WEBPACK_IMPORTED_MODULE_7__/* .favourMemoryOverSpeed */ .wJ)();
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
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ReleaseError */ .K2('GIT_FAILED', `git ${subcommand(args)} failed: ${stderr.trim() || `exit code ${code}`}`, "See git's message; check the revisions and the repository state.");
}
function aborted(args) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ReleaseError */ .K2('TIMEOUT', `git ${subcommand(args)} was aborted`, 'Raise the timeout, or find out why git is slow here.', { transient: true });
}
function endedMidRecord(args) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ReleaseError */ .K2('GIT_FAILED', `git ${subcommand(args)} ended in the middle of a record.`, 'Run the command by hand to see what git printed.');
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
        return Promise.reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ReleaseError */ .K2('TIMEOUT', `git ${subcommand(args)} was not started: the operation was aborted`, 'Raise the timeout.'));
    }
    const early = earlyStreams.take(git.cwd, args);
    if (early)
        return replayEarlyStream(early, args, new FieldSplitter(fieldsPerRecord, onFields), options);
    dropEarlyStreams(git.cwd);
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { cwd: git.cwd, env: streamEnv(), detached: process.platform !== 'win32', stdio: ['ignore', 'pipe', 'pipe'], shell: false, windowsHide: true });
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
            reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ReleaseError */ .K2('COMMAND_FAILED', `Could not start git: ${err.message}`, 'Install git or put it on PATH.', { cause: err }));
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
const earlyStreams = new _early_work_js__WEBPACK_IMPORTED_MODULE_8__/* .EarlyWork */ .x();
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
function streamEarly(cwd, args, tempDir = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)()) {
    if (process.platform === 'win32')
        return null;
    const running = earlyStreams.peek(cwd, args);
    if (running)
        return running.exited.then(() => undefined);
    let fd;
    try {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tempDir, `release-relay-${process.pid}-${++tempFiles}.log`);
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'wx+', 0o600);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(path);
    }
    catch {
        return null; // the command runs when it is asked for
    }
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { cwd, env: streamEnv(), detached: true, stdio: ['ignore', fd, 'pipe'], shell: false });
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(early.fd);
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ReleaseError */ .K2('COMMAND_FAILED', `Could not start git: ${error.message}`, 'Install git or put it on PATH.', { cause: error });
        if (code !== 0)
            throw gitFailed(args, code, stderr);
        const chunk = Buffer.allocUnsafe(64 * 1024);
        let position = 0;
        for (;;) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(early.fd, chunk, 0, chunk.length, position);
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(early.fd);
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


/***/ }),

/***/ 20489:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ findNewestReachable),
/* harmony export */   QX: () => (/* binding */ isAncestor),
/* harmony export */   Ss: () => (/* binding */ ALL_TAGS_ARGS),
/* harmony export */   cB: () => (/* binding */ listTags),
/* harmony export */   cl: () => (/* binding */ parseTagList)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);

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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('BAD_INPUT', `"${rev}" is not a revision.`, 'Give a branch, tag or commit SHA.');
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
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('GIT_FAILED', `git merge-base failed: ${r.stderr.trim() || `exit code ${r.code}`}`, "See git's message; check the revisions and the repository state.");
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


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 3292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zx: () => (/* reexport */ TomlError),
  qg: () => (/* reexport */ parse)
});

// UNUSED EXPORTS: TomlDate, default, stringify

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main),
  e: () => (/* binding */ printFailure)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(73136);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
;// CONCATENATED MODULE: ./src/command-line/args.ts

/** Levenshtein distance, for "did you mean" on mistyped options. */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}
/** The known option closest to `name`, when it is close enough to be a typo. */
function closestOption(name, known) {
    let best;
    let bestD = Infinity;
    for (const k of known) {
        const d = distance(name, k);
        if (d < bestD)
            [best, bestD] = [k, d];
    }
    return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
/**
 * Parses `args` against `specs` (no positionals). Unknown options are a BAD_INPUT error whose hint names
 * the closest real option and the help command, so a mistyped option never silently does nothing.
 */
function parseOptions(command, args, specs) {
    const values = {};
    const known = Object.keys(specs);
    const unknown = (name) => {
        const near = closestOption(name, known);
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Unknown option --${name} for \`release-relay ${command}\`.`, `${near ? `Did you mean --${near}? ` : ''}Run \`release-relay help ${command}\` for its options.`);
    };
    const store = (name, value) => {
        const spec = specs[name];
        const key = spec.aliasOf ?? name;
        const target = specs[key] ?? spec;
        if (target.multiple) {
            const list = values[key] ?? [];
            list.push(String(value));
            values[key] = list;
        }
        else
            values[key] = value;
    };
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (!arg.startsWith('--') || arg === '--') {
            throw new errors/* ReleaseError */.K2('BAD_INPUT', `Unexpected argument "${arg}" for \`release-relay ${command}\`.`, `Options are given as --<option> <value>; run \`release-relay help ${command}\` for them.`);
        }
        const eq = arg.indexOf('=');
        let name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
        let inline = eq < 0 ? undefined : arg.slice(eq + 1);
        let spec = specs[name];
        if (!spec && name.startsWith('no-') && specs[name.slice(3)]?.kind === 'boolean' && inline === undefined) {
            name = name.slice(3);
            spec = specs[name];
            inline = 'false';
        }
        if (!spec)
            unknown(name);
        if (spec.kind === 'boolean') {
            let text = inline;
            if (text === undefined && /^(true|false)$/i.test(args[i + 1] ?? ''))
                text = args[++i];
            if (text === undefined)
                store(name, true);
            else if (/^true$/i.test(text))
                store(name, true);
            else if (/^false$/i.test(text))
                store(name, false);
            else
                throw new errors/* ReleaseError */.K2('BAD_INPUT', `Option --${name} is "${text}", not a boolean.`, `Give --${name} (true), --${name}=false or --no-${name}.`);
            continue;
        }
        const value = inline ?? args[++i];
        if (value === undefined)
            throw new errors/* ReleaseError */.K2('BAD_INPUT', `Option --${name} needs a value.`, `Give it as --${name} VALUE or --${name}=VALUE.`);
        store(name, value);
    }
    return values;
}

;// CONCATENATED MODULE: ./src/command-line/inputs.generated.ts
// Generated by scripts/action-docs.mjs from actions/*/action.yml; do not edit by hand.
/** Every input of every stage, in action.yml order. */
const ACTION_INPUTS = {
    "prepare-release": [
        {
            "name": "bump",
            "kind": "string",
            "default": "auto",
            "secret": false,
            "description": "How to bump: auto (from Conventional Commits since the last tag), patch, minor, major, prepatch, preminor, premajor, prerelease, or release (promote a prerelease)."
        },
        {
            "name": "version",
            "kind": "string",
            "secret": false,
            "description": "An explicit next version (wins over bump). Must sort above the current one unless allow-downgrade."
        },
        {
            "name": "prerelease-id",
            "kind": "string",
            "secret": false,
            "description": "Prerelease identifier for pre* bumps: rc, beta, alpha."
        },
        {
            "name": "allow-downgrade",
            "kind": "boolean",
            "default": "false",
            "secret": false,
            "description": "Allow an explicit version that does not sort above the current one."
        },
        {
            "name": "package-dir",
            "kind": "string",
            "default": ".",
            "secret": false,
            "description": "Package directory, relative to the repository root."
        },
        {
            "name": "workspace",
            "kind": "string",
            "default": "auto",
            "secret": false,
            "description": "auto releases every package of a workspace when package-dir is its root (package.json \"workspaces\" or pnpm-workspace.yaml; npm, yarn, pnpm): each bumped by its own commits since its {name}@{version} tag, dependents rippled by patch; true demands a workspace root; false releases the package in package-dir alone."
        },
        {
            "name": "ecosystem",
            "kind": "string",
            "default": "auto",
            "secret": false,
            "description": "auto, python or npm."
        },
        {
            "name": "tag-template",
            "kind": "string",
            "secret": false,
            "description": "Tag name template; {version} and {name} are replaced (v{version}, {version}, {name}-{version}, {name}@{version}; {name}@{version} or {name}-v{version} for monorepo packages). Empty: the release tooling's tag format (semantic-release tagFormat or release-please tag for npm; [tool.commitizen] / [tool.semantic_release] for Python), else the style of the existing release tags, else v{version}."
        },
        {
            "name": "changelog-file",
            "kind": "string",
            "secret": false,
            "description": "Changelog path, relative to package-dir. Empty: the existing one (CHANGELOG, CHANGES, HISTORY, NEWS with .md, .rst or no extension, in package-dir or docs/; the file python-semantic-release or commitizen write; towncrier when configured), else a new CHANGELOG.md. Written in the file's own format and heading style."
        },
        {
            "name": "since",
            "kind": "string",
            "secret": false,
            "description": "First release only (no release tag yet): where its changes start, as a commit, a tag or a YYYY-MM-DD date. Empty: the section lists the 20 newest changes of the whole history and a warning says so."
        },
        {
            "name": "minor-types",
            "kind": "string",
            "secret": false,
            "description": "Conventional Commit types that bump the minor version (comma-separated). Empty: the [tool.commitizen] / [tool.semantic_release] rules, else feat."
        },
        {
            "name": "patch-types",
            "kind": "string",
            "secret": false,
            "description": "Conventional Commit types that bump the patch version (comma-separated). Empty: the [tool.commitizen] rules (fix, refactor, perf) / [tool.semantic_release] patch_tags, else fix, perf."
        },
        {
            "name": "parse-squash-bodies",
            "kind": "boolean",
            "default": "true",
            "secret": false,
            "description": "Read the \"* feat(x): ...\" lines in the body of a squash merge (GitHub's default squash message) as changes of their own, for the changelog and the bump."
        },
        {
            "name": "docs-files",
            "kind": "string",
            "secret": false,
            "description": "Files (one per line or comma-separated, relative to the repository root) whose install snippets and badges carry the version."
        },
        {
            "name": "dry-run",
            "kind": "boolean",
            "default": "false",
            "secret": false,
            "description": "Compute everything and print the diff; write, commit and push nothing."
        },
        {
            "name": "commit-message",
            "kind": "string",
            "default": "chore(release): prepare {tag}",
            "secret": false,
            "description": "Release commit message; {tag} and {version} are replaced."
        },
        {
            "name": "push",
            "kind": "boolean",
            "default": "true",
            "secret": false,
            "description": "Push the release commit to the branch."
        },
        {
            "name": "allow-detached",
            "kind": "boolean",
            "default": "false",
            "secret": false,
            "description": "Allow a detached HEAD (the commit is then made but not pushed)."
        },
        {
            "name": "git-user-name",
            "kind": "string",
            "secret": false,
            "description": "Commit author name. Defaults to the repository's git identity (git config user.name), else github-actions[bot]."
        },
        {
            "name": "git-user-email",
            "kind": "string",
            "secret": false,
            "description": "Commit author email. Defaults to the repository's git identity (git config user.email), else the github-actions[bot] noreply address."
        },
        {
            "name": "github-token",
            "kind": "string",
            "default": "${{ github.token }}",
            "secret": true,
            "description": "Token for the GitHub API (branch rules, the release PR, API commits); masked. GITHUB_TOKEN's pull requests and pushes start no other workflows: use a GitHub App token (actions/create-github-app-token) here and in actions/checkout."
        },
        {
            "name": "context-file",
            "kind": "string",
            "secret": false,
            "description": "Also write the release context to this file."
        },
        {
            "name": "request-timeout",
            "kind": "string",
            "default": "60",
            "secret": false,
            "description": "Seconds one network request may take (a registry, the GitHub API; for git, a transfer without progress) before it is cut and counted as failed."
        },
        {
            "name": "release-mode",
            "kind": "string",
            "default": "direct",
            "secret": false,
            "description": "direct pushes the release commit to the checked-out branch (after checking its rules); pr pushes it to release-branch and opens or updates a release pull request, and on the push of its merge outputs merged-release for the gate and publish. pr needs push: true."
        },
        {
            "name": "release-branch",
            "kind": "string",
            "default": "release/{tag}",
            "secret": false,
            "description": "Release branch in pr mode; {tag} and {version} are replaced."
        },
        {
            "name": "commit-via",
            "kind": "string",
            "default": "git",
            "secret": false,
            "description": "git commits and pushes; api creates the release commit through the Git database API, so GitHub signs it (Verified, satisfies required signatures)."
        },
        {
            "name": "bypass-branch-rules",
            "kind": "boolean",
            "default": "false",
            "secret": false,
            "description": "In direct mode, push even when the branch rules say a push would be refused (github-token and the checkout token may bypass them)."
        },
        {
            "name": "merged-artifact-dir",
            "kind": "string",
            "secret": false,
            "description": "pr mode: where the approved files of a merged release PR are downloaded. Defaults to $RUNNER_TEMP/release-relay/merged-release."
        }
    ],
    "quality-gate": [
        {
            "name": "context",
            "kind": "string",
            "secret": false,
            "description": "The release context (JSON) from prepare-release. Without it (tag-triggered run) the context is derived from the tag and the version file."
        },
        {
            "name": "context-file",
            "kind": "string",
            "secret": false,
            "description": "Read the release context from this file instead of the context input."
        },
        {
            "name": "tag",
            "kind": "string",
            "secret": false,
            "description": "The tag to derive the context from when there is none. Defaults to GITHUB_REF on a tag push."
        },
        {
            "name": "package-dir",
            "kind": "string",
            "default": ".",
            "secret": false,
            "description": "Package directory, relative to the repository root (when there is no context)."
        },
        {
            "name": "tag-template",
            "kind": "string",
            "secret": false,
            "description": "Tag name template (when there is no context). Empty: the repository's own semantic-release tagFormat or release-please tag (npm), else the style of the pushed tag (v1.2.3, 1.2.3, name-1.2.3, name@1.2.3)."
        },
        {
            "name": "ecosystem",
            "kind": "string",
            "default": "auto",
            "secret": false,
            "description": "auto, python or npm (when there is no context)."
        },
        {
            "name": "python",
            "kind": "string",
            "secret": false,
            "description": "Python interpreter for tests, build and the clean install. Defaults to the first python3 on PATH that has the needed modules."
        },
        {
            "name": "install-dependencies",
            "kind": "boolean",
            "default": "false",
            "secret": false,
            "description": "Install the package's dependencies before the tests with its own package manager (npm: npm ci with a lockfile, npm install without; pnpm install --frozen-lockfile; yarn install --frozen-lockfile or --immutable), at the workspace root when the lockfile is there. Python: leave false and install in a step of your own."
        },
        {
            "name": "test-command",
            "kind": "string",
            "secret": false,
            "description": "Test command (split like shell words, never run through a shell). Defaults to pytest with JUnit XML and coverage (Python) or the package's own test script (npm: its exit code decides; reporters are added for node --test, jest, vitest and mocha)."
        },
        {
            "name": "junit-file",
            "kind": "string",
            "default": "junit.xml",
            "secret": false,
            "description": "JUnit XML the custom test-command (or an npm test script the gate adds no reporter to) writes, relative to package-dir. For npm it is read when present; without it the exit code decides."
        },
        {
            "name": "test-timeout",
            "kind": "string",
            "default": "1200",
            "secret": false,
            "description": "Seconds one test run may take; the whole process tree is killed after."
        },
        {
            "name": "test-retries",
            "kind": "string",
            "default": "1",
            "secret": false,
            "description": "Reruns of failing tests (only the failed ones, with pytest --lf)."
        },
        {
            "name": "coverage-threshold",
            "kind": "string",
            "secret": false,
            "description": "Minimum line coverage in percent (0-100). No check when empty; a missing report is a rejection."
        },
        {
            "name": "coverage-branches",
            "kind": "boolean",
            "default": "false",
            "secret": false,
            "description": "Also enforce the threshold on branch coverage when the report has it."
        },
        {
            "name": "coverage-report",
            "kind": "string",
            "secret": false,
            "description": "Coverage report (Cobertura XML, coverage.py JSON or LCOV) the custom test-command or npm test script writes, relative to package-dir. npm without it: the gate's own reporter, or c8 when installed."
        },
        {
            "name": "evidence-dir",
            "kind": "string",
            "secret": false,
            "description": "Directory to save this run's JUnit XML and coverage report into (with evidence.json), for test-evidence of a later gate of the same commit. Empty: not saved."
        },
        {
            "name": "test-evidence",
            "kind": "string",
            "secret": false,
            "description": "Directory holding the test evidence an earlier gate of this commit saved with evidence-dir (a downloaded artifact): judged as this run's tests and coverage instead of running the suite again. Empty: run the tests."
        },
        {
            "name": "integration-command",
            "kind": "string",
            "secret": false,
            "description": "Integration test command, run after the unit tests."
        },
        {
            "name": "integration-timeout",
            "kind": "string",
            "default": "1800",
            "secret": false,
            "description": "Seconds the integration tests may take."
        },
        {
            "name": "build-tool",
            "kind": "string",
            "default": "build",
            "secret": false,
            "description": "Python: build (pypa/build) or uv. npm: the package's own manager packs it (detected from packageManager or the lockfile); npm, pnpm or yarn forces one."
        },
        {
            "name": "isolated-build",
            "kind": "boolean",
            "default": "true",
            "secret": false,
            "description": "Build in an isolated environment (PEP 517). false builds with the interpreter's own packages (offline)."
        },
        {
            "name": "artifact-dir",
            "kind": "string",
            "secret": false,
            "description": "Folder for the approved distributions and the context (upload it as the release-<version> artifact). Defaults to $RUNNER_TEMP/release-relay/release-<version>."
        },
        {
            "name": "smoke-command",
            "kind": "string",
            "secret": false,
            "description": "Command run in the clean environment after install (its bin first on PATH)."
        },
        {
            "name": "readme-examples",
            "kind": "boolean",
            "default": "true",
            "secret": false,
            "description": "Run the README's code examples against the installed package. Opt a block out with <!-- release-relay: skip -->."
        },
        {
            "name": "example-tags",
            "kind": "string",
            "secret": false,
            "description": "Fence languages that mark README examples (comma-separated). Defaults to python, py, python3, pycon."
        },
        {
            "name": "install-args",
            "kind": "string",
            "secret": false,
            "description": "Extra pip install arguments for the clean environment (e.g. --no-index --find-links DIR)."
        },
        {
            "name": "import-names",
            "kind": "string",
            "secret": false,
            "description": "Top-level names the package imports as (comma-separated), for the install check, coverage and verify. Defaults to the built wheel's top-level packages and modules."
        },
        {
            "name": "require-ci",
            "kind": "boolean",
            "default": "true",
            "secret": false,
            "description": "Wait for the release commit's other check runs and commit statuses to succeed."
        },
        {
            "name": "ci-timeout",
            "kind": "string",
            "default": "1800",
            "secret": false,
            "description": "Seconds to wait for the other CI checks."
        },
        {
            "name": "request-timeout",
            "kind": "string",
            "default": "60",
            "secret": false,
            "description": "Seconds one network request may take (a registry, the GitHub API; for git, a transfer without progress) before it is cut and counted as failed."
        },
        {
            "name": "check-run-id",
            "kind": "string",
            "secret": false,
            "description": "This job's own check run id (job.check_run_id), excluded from the wait."
        },
        {
            "name": "exclude-checks",
            "kind": "string",
            "secret": false,
            "description": "Check names to exclude from the wait (comma-separated)."
        },
        {
            "name": "open-issue",
            "kind": "boolean",
            "default": "true",
            "secret": false,
            "description": "On rejection, open (or update) the issue \"Release <version> blocked by the quality gate\"."
        },
        {
            "name": "github-token",
            "kind": "string",
            "default": "${{ github.token }}",
            "secret": true,
            "description": "Token for CI state and the rejection issue (checks: read, statuses: read, issues: write); masked."
        },
        {
            "name": "pull-request",
            "kind": "string",
            "secret": false,
            "description": "Number of a release PR opened by prepare-release (release-mode: pr) to gate: the context is read from its body, the checkout must be its head; the verdict is reported as the check run \"release-relay / quality-gate\" and a rejection is commented on the PR (needs checks: write, pull-requests: write)."
        }
    ],
    "publish-and-verify": [
        {
            "name": "context",
            "kind": "string",
            "secret": false,
            "description": "The release context (JSON) approved by quality-gate."
        },
        {
            "name": "context-file",
            "kind": "string",
            "secret": false,
            "description": "Read the release context from this file (e.g. release-context.json in the downloaded artifact)."
        },
        {
            "name": "artifact-dir",
            "kind": "string",
            "secret": false,
            "description": "Folder holding the approved distributions (the downloaded release-<version> artifact)."
        },
        {
            "name": "registries",
            "kind": "string",
            "secret": false,
            "description": "Registries in order: the first is the target, later ones are fallbacks used only when it fails (a degraded release). pypi, testpypi, npm or a registry URL. Empty: the ecosystem's public registry (pypi or npm)."
        },
        {
            "name": "registry-token",
            "kind": "string",
            "secret": true,
            "description": "API token for the registry: a PyPI token (pypi-…), or an npm automation/granular access token with publish rights; masked. Without it Trusted Publishing (OIDC, id-token: write) is used: PyPI's with attestations, or npm's (npm CLI >= 11.5.1, package already on the registry)."
        },
        {
            "name": "pypi-token",
            "kind": "string",
            "secret": true,
            "description": "Deprecated: the old name of registry-token, accepted until the next major version (a notice asks to rename it)."
        },
        {
            "name": "trusted-publishing",
            "kind": "boolean",
            "default": "true",
            "secret": false,
            "description": "Use Trusted Publishing (PyPI, npm) when no token is given."
        },
        {
            "name": "attestations",
            "kind": "boolean",
            "default": "true",
            "secret": false,
            "description": "With Trusted Publishing (no token): sign one PEP 740 publish attestation per distribution through Sigstore, upload it with the file, and fail verification unless the index serves it back for these bytes, this repository and workflow. Off with a token (PyPI takes attestations only from Trusted Publishing). false turns both off."
        },
        {
            "name": "upload-attempts",
            "kind": "string",
            "default": "4",
            "secret": false,
            "description": "Attempts per file for transient upload failures (5xx, resets, timeouts)."
        },
        {
            "name": "push-tag",
            "kind": "boolean",
            "default": "true",
            "secret": false,
            "description": "Push the annotated tag to origin."
        },
        {
            "name": "verify",
            "kind": "boolean",
            "default": "true",
            "secret": false,
            "description": "Verify by installing the published version from the registry."
        },
        {
            "name": "verify-timeout",
            "kind": "string",
            "default": "900",
            "secret": false,
            "description": "Seconds to wait for the registry to serve the release."
        },
        {
            "name": "request-timeout",
            "kind": "string",
            "default": "60",
            "secret": false,
            "description": "Seconds one network request may take (a registry, the GitHub API; for git, a transfer without progress) before it is cut and counted as failed."
        },
        {
            "name": "upload-timeout",
            "kind": "string",
            "default": "600",
            "secret": false,
            "description": "Seconds one upload of one file may take (per attempt); the upload tool is then killed with its process group."
        },
        {
            "name": "python",
            "kind": "string",
            "secret": false,
            "description": "Python interpreter for twine and the verification venv."
        },
        {
            "name": "notes-dir",
            "kind": "string",
            "secret": false,
            "description": "Folder to write the release notes page and announcement into (e.g. docs/releases)."
        },
        {
            "name": "metrics-file",
            "kind": "string",
            "secret": false,
            "description": "Prometheus text-format metrics file. Defaults to metrics.prom in artifact-dir."
        },
        {
            "name": "otlp-endpoint",
            "kind": "string",
            "secret": false,
            "description": "OTLP/HTTP endpoint to export the release timeline to as spans."
        },
        {
            "name": "dry-run",
            "kind": "boolean",
            "secret": false,
            "description": "Run the pre-flight checks and print the plan; change nothing. Defaults to the context's dry_run."
        },
        {
            "name": "github-token",
            "kind": "string",
            "default": "${{ github.token }}",
            "secret": true,
            "description": "Token for the GitHub release (contents: write); masked."
        }
    ]
};

;// CONCATENATED MODULE: ./src/command-line/commands.ts

const DIR = {
    dir: { kind: 'string', description: 'The repository (working tree) to release from.', default: '.' },
    debug: { kind: 'boolean', description: 'Print debug lines (the tools\' full output).' },
};
const TOKEN_ENV = { kind: 'string', description: 'Environment variable holding the registry token (never give a secret on the command line).', default: 'PYPI_TOKEN' };
const REGISTRY = { kind: 'string', multiple: true, aliasOf: 'registries', description: 'Same as --registries (may be repeated).' };
const OFFLINE = { kind: 'boolean', description: 'Build with the interpreter\'s own backend and install without an index (isolated-build false, install-args --no-index).' };
/** Every command the CLI has. */
const COMMANDS = {
    prepare: {
        name: 'prepare',
        summary: 'Decide the next version, write version files and CHANGELOG, commit and push (prepare-release).',
        notes: ['The commit is authored with the repository\'s git identity (git config user.name/user.email) unless --git-user-name/--git-user-email are given.'],
        stages: ['prepare-release'],
        extra: {
            ...DIR,
            json: { kind: 'boolean', description: 'Print the release context (JSON) instead of the decision.' },
            context: { kind: 'string', aliasOf: 'context-file', description: 'Same as --context-file.' },
            'github-token-env': { kind: 'string', description: 'Environment variable holding a GitHub token, for branch rules, the release PR (--release-mode pr) and API commits (--commit-via api).', default: 'GITHUB_TOKEN' },
            repository: { kind: 'string', description: 'owner/name on GitHub. Default: from the origin remote.' },
            'github-api-url': { kind: 'string', description: 'GitHub API root. Default: https://api.github.com.' },
        },
    },
    gate: {
        name: 'gate',
        summary: 'Run the quality gate on the prepared release: tests, coverage, build once, clean install (quality-gate).',
        notes: ['--context takes the context JSON or a file holding it; require-ci defaults to false here (no GitHub).'],
        stages: ['quality-gate'],
        extra: { ...DIR, offline: OFFLINE },
    },
    publish: {
        name: 'publish',
        summary: 'Publish the approved distributions, tag, release, verify (publish-and-verify).',
        notes: ['--registries is required: pypi, testpypi, npm or a registry URL (comma-separated, fallbacks after the first).', 'The token is read from the variable named by --token-env.'],
        stages: ['publish-and-verify'],
        extra: { ...DIR, 'token-env': TOKEN_ENV, registry: REGISTRY },
    },
    run: {
        name: 'run',
        summary: 'prepare → gate → publish with the context in a file; the release commit is pushed only after the gate approved.',
        notes: ['--registries is required (pypi, testpypi, npm or a URL); with --dry-run nothing is written anywhere.', 'Every option of prepare, gate and publish applies; --context-file (or --context) names the file the context is kept in between the stages.', 'A rejected gate undoes the local release commit; nothing is pushed before the gate approved.'],
        stages: ['prepare-release', 'quality-gate', 'publish-and-verify'],
        extra: { ...DIR, 'token-env': TOKEN_ENV, registry: REGISTRY, offline: OFFLINE, json: { kind: 'boolean', description: 'Print the final release context (JSON).' } },
    },
    doctor: {
        name: 'doctor',
        summary: 'Check this machine and the repository, and say what a release would do; exit 1 on a blocker.',
        stages: [],
        extra: {
            ...DIR,
            'package-dir': { kind: 'string', description: 'Package directory, relative to the repository root.', default: '.' },
            ecosystem: { kind: 'string', description: 'auto, python or npm.', default: 'auto' },
            'tag-template': { kind: 'string', description: 'Tag name template. Default: the repository\'s semantic-release tagFormat or release-please tag, else v{version}.' },
            'changelog-file': { kind: 'string', description: 'Changelog path, relative to package-dir. Default: the one prepare would find (CHANGELOG, CHANGES, HISTORY, NEWS; .md, .rst; root or docs/), else a new CHANGELOG.md.' },
            'test-command': { kind: 'string', description: 'The test command the gate would run.' },
            python: { kind: 'string', description: 'Python interpreter to check.' },
            registries: { kind: 'string', description: 'Where a release would publish (pypi, testpypi, npm or a URL).' },
            'token-env': TOKEN_ENV,
            json: { kind: 'boolean', description: 'Print the findings as JSON.' },
        },
    },
    changelog: {
        name: 'changelog',
        summary: 'Print the whole changelog from the git history.',
        stages: [],
        extra: {
            ...DIR,
            full: { kind: 'boolean', description: 'Required: every release, newest first.' },
            'tag-template': { kind: 'string', description: 'Tag name template.', default: 'v{version}' },
            'package-dir': { kind: 'string', description: 'Package directory, relative to the repository root.', default: '.' },
        },
    },
};
/** The action inputs a command offers as options (secrets never: they come from --token-env). */
function commandInputs(spec) {
    const seen = new Map();
    for (const stage of spec.stages)
        for (const input of ACTION_INPUTS[stage])
            if (!input.secret && !seen.has(input.name))
                seen.set(input.name, input);
    return [...seen.values()];
}
/** All options of a command: its stages' inputs, then its extras (an extra wins on a name clash). */
function commandOptions(spec) {
    const options = {};
    for (const input of commandInputs(spec))
        options[input.name] = { kind: input.kind, description: input.description, default: input.default, multiple: input.name === 'registries' || undefined };
    for (const [name, extra] of Object.entries(spec.extra)) {
        // An alias never hides a real input of the same name.
        if (options[name] && extra.aliasOf)
            continue;
        options[name] = extra;
    }
    return options;
}
/** Every option name any command accepts (for checking hints). */
function allOptionNames() {
    const names = new Set();
    for (const spec of Object.values(COMMANDS))
        for (const name of Object.keys(commandOptions(spec)))
            names.add(name);
    return names;
}
/** The short usage of every command. */
function usage() {
    const lines = ['Usage: release-relay <command> [options]', '', 'Commands:'];
    for (const spec of Object.values(COMMANDS))
        lines.push(`  ${spec.name.padEnd(10)} ${spec.summary}`);
    lines.push('  help       `release-relay help <command>` lists every option of a command.', '', 'Examples:', '  release-relay doctor --dir path/to/repo', '  release-relay prepare --dir path/to/repo --bump auto --dry-run', '  release-relay run --dir path/to/repo --bump minor --registries testpypi --token-env TEST_PYPI_TOKEN', '', 'Options are the actions\' inputs under the same names (--test-command, --coverage-threshold, --registries, …).', 'Secrets never go on the command line: the registry token is read from the environment variable named by', '--token-env (default PYPI_TOKEN).');
    return lines.join('\n');
}
/** The full help of one command: its summary, notes and every option with its default. */
function commandHelp(spec) {
    const lines = [`Usage: release-relay ${spec.name} [options]`, '', spec.summary, ...(spec.notes ?? []).map((n) => `  ${n}`), '', 'Options:'];
    const options = commandOptions(spec);
    const width = Math.min(26, Math.max(...Object.keys(options).map((n) => n.length + 4)));
    for (const [name, o] of Object.entries(options)) {
        const flag = `--${name}${o.kind === 'string' ? ' V' : ''}`;
        const def = o.default !== undefined ? ` (default: ${o.default})` : '';
        lines.push(`  ${flag.padEnd(width)} ${o.description}${def}`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __nccwpck_require__(72642);
;// CONCATENATED MODULE: ./src/command-line/progress.ts
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
// eslint-disable-next-line no-control-regex
const CONTROL = /\u001b\[[0-9;?]*[A-Za-z]|[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** Seconds with one decimal. */
function elapsed(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
/** Removes ANSI sequences and control characters a tool printed, so plain output stays plain. */
function stripControl(text) {
    return text.replace(CONTROL, '');
}
/**
 * A Logger for terminals: every step (a `group`, which is what `instrumented` opens) prints its start and
 * its end with the elapsed time; on a live terminal a spinner line shows the running step, its time so far
 * and the last line its tools printed. Secrets registered with setSecret are masked everywhere.
 */
function progressLogger(options) {
    const now = options.now ?? Date.now;
    const stream = options.stream;
    const secrets = [];
    const stack = [];
    let frame = 0;
    let liveShown = false;
    let stopTicker;
    const mask = (s) => secrets.reduce((acc, secret) => acc.split(secret).join('***'), s);
    const width = () => Math.max(40, (stream.columns ?? 80) - 1);
    const clearLive = () => {
        if (liveShown)
            stream.write('\r\u001b[2K');
        liveShown = false;
    };
    const drawLive = () => {
        const top = stack[stack.length - 1];
        if (!options.live || !top)
            return;
        const head = `${SPINNER[frame++ % SPINNER.length]} ${top.name} ${elapsed(now() - top.started)}`;
        const tail = top.last ? `  ${top.last}` : '';
        stream.write(`\r\u001b[2K${(head + tail).slice(0, width())}`);
        liveShown = true;
    };
    const line = (text) => {
        clearLive();
        const indent = '  '.repeat(stack.length);
        // One write for the whole message: a dry run's diff is thousands of lines, and stderr writes are synchronous.
        stream.write(mask(stripControl(text)).split('\n').map((l) => `${indent}${l}\n`).join(''));
        drawLive();
    };
    const startTicker = () => {
        if (!options.live || stopTicker)
            return;
        const tick = options.ticker ??
            ((redraw) => {
                const t = setInterval(redraw, 200);
                t.unref();
                return () => clearInterval(t);
            });
        stopTicker = tick(() => drawLive());
    };
    return {
        info: (m) => line(m),
        warning: (m, loc) => line(`warning${loc ? ` ${loc.file}${loc.line ? `:${loc.line}` : ''}` : ''}: ${m}`),
        debug: (m) => {
            const top = stack[stack.length - 1];
            const clean = mask(stripControl(m)).trim();
            if (top && clean)
                top.last = clean;
            if (options.debug)
                line(`debug: ${m}`);
            else if (clean)
                drawLive();
        },
        group: async (name, fn) => {
            clearLive();
            const indent = '  '.repeat(stack.length);
            stream.write(`${indent}▸ ${mask(name)}\n`);
            const step = { name: mask(name), started: now(), last: '' };
            stack.push(step);
            startTicker();
            drawLive();
            try {
                const out = await fn();
                finish(step, '✔', indent);
                return out;
            }
            catch (err) {
                finish(step, '✖', indent);
                throw err;
            }
        },
        setSecret: (value) => {
            if (value && !secrets.includes(value))
                secrets.push(value);
        },
        close: () => {
            clearLive();
            stopTicker?.();
            stopTicker = undefined;
        },
    };
    function finish(step, mark, indent) {
        const i = stack.lastIndexOf(step);
        if (i >= 0)
            stack.splice(i, 1);
        clearLive();
        stream.write(`${indent}${mark} ${step.name} (${elapsed(now() - step.started)})\n`);
        if (stack.length === 0) {
            stopTicker?.();
            stopTicker = undefined;
        }
        else
            drawLive();
    }
}

;// CONCATENATED MODULE: ./src/command-line/evidence.ts


/** The last `n` non-blank lines of a text. */
function tail(text, n) {
    return stripControl(text).split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '').slice(-n);
}
/**
 * The decisive lines behind a failure that its own message does not show, for the terminal: the causes
 * (with their last lines), a failed command's last output lines, an HTTP status and body excerpt.
 */
function errorEvidence(err) {
    const lines = [];
    const shown = [err instanceof Error ? err.message : String(err)];
    let current = err;
    for (let depth = 0; current && depth < 5; depth++) {
        const e = current;
        const message = e instanceof Error ? e.message : String(current);
        if (depth > 0 && !shown.some((m) => m.includes(message.split('\n')[0]))) {
            shown.push(message);
            const [first, ...rest] = stripControl(message).split('\n');
            lines.push(`caused by: ${first}`, ...tail(rest.join('\n'), 12).map((l) => `  │ ${l}`));
        }
        if (current instanceof exec/* CommandFailedError */.ju) {
            const out = tail(current.result.stderr || current.result.stdout, 12).filter((l) => !shown.some((m) => m.includes(l)));
            lines.push(...out.map((l) => `  │ ${l}`));
        }
        if (typeof e.status === 'number' && !shown.some((m) => m.includes(String(e.status))))
            lines.push(`  │ HTTP ${e.status}`);
        if (e.response?.data !== undefined)
            lines.push(`  │ ${JSON.stringify(e.response.data).slice(0, 300)}`);
        current = e instanceof Error ? e.cause : undefined;
    }
    return lines;
}
/** The failed gate checks with the lines that decide them (failing test ids, pip's last error lines, …). */
function gateEvidence(context) {
    const lines = [];
    for (const c of context?.gate?.checks ?? []) {
        if (c.ok || c.skipped)
            continue;
        const [first, ...rest] = (c.detail ?? 'failed').split('\n');
        lines.push(`✖ ${c.name}: ${stripControl(first)}`, ...tail(rest.join('\n'), 12).map((l) => `  │ ${l}`));
    }
    return lines;
}
/**
 * A stage's error text in the CLI's words: `input "x"`, `` input `x` `` and `set x: true` become `--x` when
 * x is an option, and the token inputs become `--token-env` (secrets never go on the command line).
 */
function asCliWording(text, options, secrets) {
    const name = (n) => (secrets.has(n) ? '--token-env (the variable holding the token)' : options.has(n) ? `--${n}` : undefined);
    return text
        .replace(/\b[Ii]nputs? ["`]([a-z][a-z0-9-]*)["`]/g, (all, n) => name(n) ?? all)
        .replace(/\b([Ss]et) "?([a-z][a-z0-9-]*)"?: (true|false)\b/g, (all, verb, n, v) => (options.has(n) ? `${verb === 'Set' ? 'Pass' : 'pass'} --${n}${v === 'true' ? '' : '=false'}` : all));
}

;// CONCATENATED MODULE: ./src/core/argv.ts

/**
 * Splits a command input (`python -m pytest -k "not slow"`) into an argument vector the way a shell splits
 * words, honouring single and double quotes and backslash escapes, but with NO expansion of any kind:
 * `$(…)`, backticks, `;`, `|`, `&&`, globs and variables stay literal characters of an argument, so no
 * input ever reaches a shell. Newlines separate words like spaces do.
 */
function splitCommand(command, input = 'command') {
    const args = [];
    let current = '';
    let inWord = false;
    let quote = null;
    for (let i = 0; i < command.length; i++) {
        const ch = command[i];
        if (quote) {
            if (ch === quote)
                quote = null;
            else if (ch === '\\' && quote === '"' && (command[i + 1] === '"' || command[i + 1] === '\\'))
                current += command[++i];
            else
                current += ch;
            continue;
        }
        if (ch === '"' || ch === "'") {
            quote = ch;
            inWord = true;
        }
        else if (ch === '\\' && i + 1 < command.length) {
            current += command[++i];
            inWord = true;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                args.push(current);
            current = '';
            inWord = false;
        }
        else {
            current += ch;
            inWord = true;
        }
    }
    if (quote)
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "${input}" has an unclosed ${quote} quote.`, 'Close the quote, or drop it.');
    if (inWord)
        args.push(current);
    if (args.length === 0)
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "${input}" is empty.`, 'Give a command, e.g. python -m pytest.');
    return args;
}

// EXTERNAL MODULE: ./src/core/context.ts
var context = __nccwpck_require__(78480);
;// CONCATENATED MODULE: ./src/reports/threshold.ts

// Apart from coverage.ts so that reading inputs does not load the XML parser the reports need.
/** Parses input `coverage-threshold`: '' or undefined → undefined; a number 0–100 (a trailing % is allowed). */
function parseThreshold(input) {
    if (input === undefined || input.trim() === '')
        return undefined;
    const text = input.trim().replace(/%$/, '').trim();
    const value = /^[+]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : NaN;
    if (!Number.isFinite(value) || value < 0 || value > 100) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "coverage-threshold" (${input}) is not a number from 0 to 100.`, 'Set coverage-threshold to a percentage such as 80, or leave it empty to skip the coverage check.');
    }
    return value;
}

// EXTERNAL MODULE: ./src/ecosystems/python/import-names.ts
var import_names = __nccwpck_require__(14442);
;// CONCATENATED MODULE: ./src/command-line/stage-options.ts





/**
 * Reads parsed option values by their input names, with the same rules the actions apply to inputs, and
 * records every name it was asked for (so a test can prove each action input reaches a stage option).
 */
class OptionReader {
    values;
    /** Every name read so far. */
    used = new Set();
    constructor(values) {
        this.values = values;
    }
    /** A string option, or undefined when not given (or given empty). */
    string(name) {
        this.used.add(name);
        const v = this.values[name];
        if (Array.isArray(v))
            return v.join(',');
        if (typeof v === 'boolean')
            return String(v);
        return v === '' ? undefined : v;
    }
    /** A boolean option; `fallback` when not given. */
    boolean(name, fallback) {
        this.used.add(name);
        const v = this.values[name];
        if (v === undefined)
            return fallback;
        if (typeof v === 'boolean')
            return v;
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Option --${name} is "${String(v)}", not a boolean.`, `Give --${name} or --no-${name}.`);
    }
    /** A boolean option that stays undefined when not given. */
    optionalBoolean(name) {
        return this.values[name] === undefined ? (this.used.add(name), undefined) : this.boolean(name, false);
    }
    /** A number option within a range; `fallback` when not given. */
    number(name, fallback, range = {}) {
        const text = this.string(name);
        if (text === undefined)
            return fallback;
        const n = Number(text);
        const min = range.min ?? 0;
        const max = range.max ?? Number.MAX_SAFE_INTEGER;
        if (!Number.isFinite(n) || n < min || n > max)
            throw new errors/* ReleaseError */.K2('BAD_INPUT', `Option --${name} is "${text}", not a number from ${min} to ${max}.`, `Set --${name} to a number from ${min} to ${max}.`);
        return n;
    }
    /** A list option: comma- or newline-separated (and repeatable where the option allows it). */
    list(name) {
        return (this.string(name) ?? '')
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter(Boolean);
    }
    /** A command option split into argv like shell words, never run through a shell. */
    command(name) {
        const text = this.string(name);
        return text === undefined ? undefined : splitCommand(text, name);
    }
}
/** The options of prepare-release from the command line (identity resolved by the caller). */
function prepareOptions(r, cwd, identity) {
    return {
        cwd,
        bump: r.string('bump'),
        version: r.string('version'),
        prereleaseId: r.string('prerelease-id'),
        allowDowngrade: r.boolean('allow-downgrade', false),
        packageDir: r.string('package-dir'),
        ecosystem: r.string('ecosystem'),
        tagTemplate: r.string('tag-template'),
        changelogFile: r.string('changelog-file'),
        docsFiles: r.list('docs-files'),
        dryRun: r.boolean('dry-run', false),
        commitMessage: r.string('commit-message'),
        push: r.boolean('push', true),
        allowDetached: r.boolean('allow-detached', false),
        identity,
        since: r.string('since'),
        minorTypes: r.list('minor-types'),
        patchTypes: r.list('patch-types'),
        parseSquashBodies: r.boolean('parse-squash-bodies', true),
        requestTimeoutMs: r.number('request-timeout', 60, { min: 1, max: 3600 }) * 1000,
        contextFile: r.string('context-file'),
        releaseMode: r.string('release-mode'),
        releaseBranch: r.string('release-branch'),
        commitVia: r.string('commit-via'),
        bypassBranchRules: r.boolean('bypass-branch-rules', false),
        mergedArtifactDir: r.string('merged-artifact-dir'),
        workspace: r.string('workspace'),
    };
}
/** The git identity options as given (`git-user-name`, `git-user-email`). */
function identityOptions(r) {
    return { name: r.string('git-user-name'), email: r.string('git-user-email') };
}
/**
 * The release context from `--context` (JSON text, or a file holding it) or `--context-file`; undefined when
 * neither is given.
 */
async function readContextOption(r, stage) {
    const inline = r.string('context');
    const file = r.string('context-file');
    if (inline !== undefined && inline.trimStart().startsWith('{'))
        return { context: (0,context/* parseContext */.DO)(inline, stage, 'option --context'), file };
    const path = file ?? inline;
    return path === undefined ? {} : { context: await (0,context/* loadContext */._I)(path, stage), file: path };
}
/** The quality-gate options from the command line (no GitHub target: require-ci defaults to false). */
function gateOptions(r, cwd, runner = {}) {
    const offline = r.boolean('offline', false);
    const installArgs = r.string('install-args');
    // Checked as the action checks it; the gate's own requests go only to GitHub, which the CLI does not call.
    r.number('request-timeout', 60, { min: 1, max: 3600 });
    return {
        cwd,
        tag: r.string('tag'),
        packageDir: r.string('package-dir'),
        tagTemplate: r.string('tag-template'),
        ecosystem: r.string('ecosystem'),
        tools: { python: r.string('python') ?? runner.python },
        installDependencies: r.boolean('install-dependencies', false),
        importNames: (0,import_names/* parseImportNames */.Nh)(r.string('import-names')),
        testCommand: r.command('test-command'),
        junitFile: r.string('junit-file'),
        evidenceDir: r.string('evidence-dir'),
        testEvidence: r.string('test-evidence'),
        testTimeoutMs: r.number('test-timeout', 1200, { min: 1, max: 6 * 3600 }) * 1000,
        testRetries: r.number('test-retries', 1, { min: 0, max: 10 }),
        coverageThreshold: parseThreshold(r.string('coverage-threshold')),
        coverageBranches: r.boolean('coverage-branches', false),
        coverageReport: r.string('coverage-report'),
        integrationCommand: r.command('integration-command'),
        integrationTimeoutMs: r.number('integration-timeout', 1800, { min: 1, max: 6 * 3600 }) * 1000,
        buildTool: r.string('build-tool'),
        // Offline: build with the interpreter's own backend and install without an index.
        isolatedBuild: r.boolean('isolated-build', !offline),
        artifactDir: r.string('artifact-dir'),
        smokeCommand: r.command('smoke-command'),
        readmeExamples: r.boolean('readme-examples', true),
        exampleTags: r.list('example-tags').length ? r.list('example-tags') : undefined,
        installArgs: installArgs !== undefined ? splitCommand(installArgs, 'install-args') : offline ? ['--no-index'] : undefined,
        requireCi: requireCiLocally(r),
        ...noPullRequestLocally(r),
        ciTimeoutMs: r.number('ci-timeout', 1800, { min: 0, max: 6 * 3600 }) * 1000,
        checkRunId: r.string('check-run-id') !== undefined ? r.number('check-run-id', 0, { min: 1 }) : undefined,
        excludeChecks: r.list('exclude-checks'),
        openIssue: r.boolean('open-issue', true),
    };
}
/** Gating a release pull request reports a check run and comments: the quality-gate action does that on GitHub. */
function noPullRequestLocally(r) {
    if (r.string('pull-request') !== undefined)
        throw new errors/* ReleaseError */.K2('BAD_INPUT', 'Option --pull-request reports a check run and comments on the pull request, which the CLI does not do.', 'Drop --pull-request and gate the checked-out release branch; the quality-gate action gates pull requests on GitHub.');
    return {};
}
/** The CLI has no GitHub client: waiting for CI cannot work, so asking for it is an error, not a silent skip. */
function requireCiLocally(r) {
    const wanted = r.boolean('require-ci', false);
    if (wanted)
        throw new errors/* ReleaseError */.K2('BAD_INPUT', 'Option --require-ci needs the GitHub API, which the CLI does not use.', 'Drop --require-ci (the CLI defaults it to false); the quality-gate action waits for CI on GitHub.');
    return false;
}
/** What a publish needs from the command line: registries are required (never publish by surprise). */
function publishOptions(r, cwd, command, token, runner = {}) {
    const registries = r.list('registries');
    const dryRun = r.optionalBoolean('dry-run');
    if (registries.length === 0 && !dryRun) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `\`release-relay ${command}\` needs --registries: the CLI never picks a public registry for you.`, `Give --registries pypi, testpypi, npm or a registry URL (e.g. --registries http://127.0.0.1:8080), or add --dry-run.`);
    }
    return {
        cwd,
        artifactDir: r.string('artifact-dir'),
        registries: registries.length ? registries : undefined,
        token,
        useOidc: r.boolean('trusted-publishing', true),
        attestations: r.boolean('attestations', true),
        uploadAttempts: r.number('upload-attempts', 4, { min: 1, max: 20 }),
        pushTag: r.boolean('push-tag', true),
        verify: r.boolean('verify', true),
        verifyTimeoutMs: r.number('verify-timeout', 900, { min: 0, max: 3 * 3600 }) * 1000,
        tools: { python: r.string('python') ?? runner.python },
        notesDir: r.string('notes-dir'),
        metricsFile: r.string('metrics-file'),
        otlpEndpoint: r.string('otlp-endpoint'),
        requestTimeoutMs: r.number('request-timeout', 60, { min: 1, max: 3600 }) * 1000,
        uploadTimeoutMs: r.number('upload-timeout', 600, { min: 1, max: 6 * 3600 }) * 1000,
        dryRun,
    };
}

// EXTERNAL MODULE: ./src/core/runner.ts
var core_runner = __nccwpck_require__(4473);
// EXTERNAL MODULE: ./src/core/v8-tuning.ts + 1 modules
var v8_tuning = __nccwpck_require__(12384);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __nccwpck_require__(10308);
;// CONCATENATED MODULE: ./src/git/identity.ts


/** The identity git itself would commit with in this repository (`user.name`/`user.email`), or null. */
async function configuredIdentity(git) {
    const read = async (key) => (await git.git(['config', '--get', key], { check: false })).stdout.trim();
    const [name, email] = await Promise.all([read('user.name'), read('user.email')]);
    return name && email ? { name, email } : null;
}
/**
 * Who authors the release commit: the explicit `git-user-name`/`git-user-email` (a missing half filled from
 * git's configuration, then the bot's), else the repository's git identity, else, on a GitHub runner only,
 * github-actions[bot]. Locally with no identity at all it is a BAD_INPUT error naming the fix, raised before
 * anything is written.
 */
async function resolveCommitIdentity(input) {
    const configured = await configuredIdentity(input.git);
    if (input.name || input.email) {
        return { name: input.name ?? configured?.name ?? git/* BOT_IDENTITY */.br.name, email: input.email ?? configured?.email ?? git/* BOT_IDENTITY */.br.email };
    }
    if (configured)
        return configured;
    if (input.onRunner)
        return git/* BOT_IDENTITY */.br;
    throw new errors/* ReleaseError */.K2('BAD_INPUT', 'No git identity is configured for this repository, so the release commit would have no author.', 'Run `git config user.name "Your Name"` and `git config user.email you@example.com`, or pass --git-user-name and --git-user-email.');
}

// EXTERNAL MODULE: ./src/commits/log-args.ts
var log_args = __nccwpck_require__(91012);
// EXTERNAL MODULE: ./src/git/log-stream.ts
var log_stream = __nccwpck_require__(74967);
// EXTERNAL MODULE: ./src/git/tag-list.ts
var tag_list = __nccwpck_require__(20489);
;// CONCATENATED MODULE: ./src/stages/prepare-early.ts




/**
 * Starts the git commands prepareRelease will run first, before the stage's code is loaded: check repository's
 * questions (the checkout, the remote's URL, every tag and, unless a dry run, the uncommitted changes; see
 * askEarly), and, once the tags are listed, the log of the commits since the newest plain release tag
 * (newestPlainReleaseTag), which is the last release the stage finds in most repositories (see streamEarly).
 * Call it from an entry point just before importing the stage, with the options the stage will get. Where
 * the stage asks otherwise (another remote, another last release), it runs its own commands and nothing is
 * lost but a process.
 */
function askPrepareQuestionsEarly(cwd, o) {
    void (0,git/* askEarly */.Ji)(cwd, [git/* CHECKOUT_STATE_ARGS */.vp, (0,git/* remoteUrlArgs */.BO)(o.remote ?? git/* DEFAULT_REMOTE */.dS), tag_list/* ALL_TAGS_ARGS */.Ss, ...(o.dryRun ? [] : [git/* DIRTY_PATHS_ARGS */.wT])]);
    const tags = (o.packageDir ?? '.') === '.' ? (0,git/* peekEarlyAnswer */.Fv)(cwd, tag_list/* ALL_TAGS_ARGS */.Ss) : undefined;
    // Once the log is started: its exit, boxed (a promise returned bare would be waited for), or null.
    const log = (tags ?? Promise.resolve(null)).then((r) => {
        const newest = r?.code === 0 ? newestPlainReleaseTag((0,tag_list/* parseTagList */.cl)(r.stdout)) : null;
        // The arguments the stage's history step uses for the commits since its last release (history.ts).
        return newest ? { exited: (0,log_stream/* streamEarly */.Q3)(cwd, (0,log_args/* logArgs */.Q)({ from: newest.sha }, { onBoundary: () => undefined }), o.tempDir) } : null;
    }, () => null);
    // Entry points wait for the log to start (the tag listing, a few ms) before loading the stage: while the
    // stage loads, the main thread would not get to start it. Tests wait for its end.
    return { logStarted: log.then(() => undefined), logEnded: log.then((started) => started?.exited ?? undefined) };
}
const PLAIN_RELEASE = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/;
/**
 * The tag of the highest `1.2.3` / `v1.2.3` / `1.2` version (a final release, no prefix or suffix), or null.
 * A guess at the last release made before the stage has read the package and chosen its tag template: right
 * for most repositories, and checked there (only the stage's own choice decides).
 */
function newestPlainReleaseTag(tags) {
    let best = null;
    for (const tag of tags) {
        const m = PLAIN_RELEASE.exec(tag.name);
        if (!m)
            continue;
        const v = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
        if (best === null || compareParts(v, best.v) > 0)
            best = { tag, v };
    }
    return best?.tag ?? null;
}
function compareParts(a, b) {
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return 0;
}

;// CONCATENATED MODULE: ./src/cli.ts
/**
 * release-relay from a terminal: the same stages the actions run, with the release context in a file, and
 * the actions' inputs as options under the same names (the table is generated from actions/*\/action.yml).
 *   release-relay doctor [--dir D]
 *   release-relay prepare [--dir D] [--bump B] [--dry-run] …
 *   release-relay run --registries pypi|testpypi|npm|URL [--dir D] [--bump B] [--token-env NAME] …
 *   release-relay help [command]
 * This file and src/actions/* are the only places that read the process environment.
 */















/** True on a terminal outside CI: only then is the live progress line drawn. */
function isLiveTerminal(io) {
    return Boolean(io.err.isTTY) && !io.env.CI && io.env.GITHUB_ACTIONS !== 'true' && io.env.TERM !== 'dumb';
}
/** Parses argv and runs one command; returns the exit code. Errors are thrown (see `printFailure`). */
async function main(argv, io = { out: process.stdout, err: process.stderr, env: process.env }) {
    const [command, ...rest] = argv;
    const print = (text) => void io.out.write(`${text}\n`);
    if (command === undefined) {
        print(usage());
        return 2;
    }
    if (command === 'help' || command === '--help' || command === '-h') {
        const spec = rest[0] ? COMMANDS[rest[0]] : undefined;
        if (rest[0] && !spec)
            throw new errors/* ReleaseError */.K2('BAD_INPUT', `Unknown command "${rest[0]}".`, usage());
        print(spec ? commandHelp(spec) : usage());
        return 0;
    }
    if (command === '--version') {
        print(await ownVersion());
        return 0;
    }
    const spec = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!spec)
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Unknown command "${command}".`, usage());
    if (rest.includes('--help') || rest.includes('-h')) {
        print(commandHelp(spec));
        return 0;
    }
    const r = new OptionReader(parseOptions(command, rest, commandOptions(spec)));
    const dir = (0,external_node_path_.resolve)(r.string('dir') ?? '.');
    const logger = progressLogger({ stream: io.err, live: isLiveTerminal(io), debug: r.boolean('debug', false) });
    // The runner's variables, when the CLI runs in a workflow step (repository for links, RUNNER_TEMP, OIDC).
    const runner = (0,core_runner/* readRunnerEnvironment */.E)(io.env);
    const onRunner = runner.onGitHubActions === true;
    const tokenEnv = r.string('token-env') ?? 'PYPI_TOKEN';
    const readToken = () => {
        const token = io.env[tokenEnv] || undefined;
        if (token)
            logger.setSecret(token);
        return token;
    };
    try {
        switch (command) {
            case 'doctor': {
                const { runDoctor, renderDoctorText } = await Promise.all(/* import() */[__nccwpck_require__.e(599), __nccwpck_require__.e(523), __nccwpck_require__.e(815), __nccwpck_require__.e(906), __nccwpck_require__.e(353), __nccwpck_require__.e(783), __nccwpck_require__.e(652), __nccwpck_require__.e(419)]).then(__nccwpck_require__.bind(__nccwpck_require__, 23419));
                const report = await runDoctor({
                    dir,
                    packageDir: r.string('package-dir') ?? '.',
                    ecosystem: r.string('ecosystem') ?? 'auto',
                    tagTemplate: r.string('tag-template'),
                    changelogFile: r.string('changelog-file'),
                    testCommand: r.string('test-command'),
                    python: r.string('python') ?? runner.python,
                    registries: r.list('registries'),
                    tokenEnv: { name: tokenEnv, set: Boolean(io.env[tokenEnv]) },
                    runner,
                });
                print(r.boolean('json', false) ? JSON.stringify(report, null, 2) : renderDoctorText(report));
                return report.blocked ? 1 : 0;
            }
            case 'prepare': {
                const who = identityOptions(r);
                const dryRun = r.boolean('dry-run', false);
                await askPrepareQuestionsEarly(dir, { dryRun, packageDir: r.string('package-dir'), tempDir: runner.tempDir }).logStarted;
                const { prepareRelease } = await Promise.all(/* import() */[__nccwpck_require__.e(599), __nccwpck_require__.e(523), __nccwpck_require__.e(906), __nccwpck_require__.e(353), __nccwpck_require__.e(783), __nccwpck_require__.e(652)]).then(__nccwpck_require__.bind(__nccwpck_require__, 87652));
                const identity = dryRun ? undefined : await resolveCommitIdentity({ ...who, git: new git/* Git */.TU(dir), onRunner });
                const github = await cliGitHubTarget(dir, io.env[r.string('github-token-env') ?? 'GITHUB_TOKEN'], r.string('repository'), r.string('github-api-url'), logger);
                const result = await prepareRelease({ ...prepareOptions(r, dir, identity), runner, github }, { logger });
                if (r.boolean('json', false))
                    print(JSON.stringify(result.context, null, 2));
                else {
                    print(result.decision);
                    if (result.context.changelog)
                        print(`\n${result.context.changelog.section_markdown}`);
                }
                return 0;
            }
            case 'gate': {
                const { context, file } = await readContextOption(r, 'quality-gate');
                const options = gateOptions(r, dir, runner);
                if (!context && !options.tag)
                    throw new errors/* ReleaseError */.K2('BAD_INPUT', 'gate needs the release context (written by prepare) or a tag.', 'Pass --context release-context.json (or --context-file FILE), or --tag v1.2.3 to gate a tagged version.');
                const { qualityGate } = await Promise.all(/* import() */[__nccwpck_require__.e(599), __nccwpck_require__.e(893), __nccwpck_require__.e(906), __nccwpck_require__.e(353), __nccwpck_require__.e(783), __nccwpck_require__.e(566)]).then(__nccwpck_require__.bind(__nccwpck_require__, 41566));
                const result = await qualityGate({ ...options, runner, context, contextFile: file }, { logger });
                print(result.decision);
                if (!result.approved)
                    for (const l of gateEvidence(result.context))
                        io.err.write(`${l}\n`);
                return result.approved ? 0 : 1;
            }
            case 'publish': {
                // --registries first: without it nothing else is worth reading.
                const options = publishOptions(r, dir, command, readToken(), runner);
                const { context, file } = await readContextOption(r, 'publish-and-verify');
                if (!context)
                    throw new errors/* ReleaseError */.K2('BAD_CONTEXT', 'publish needs the release context the gate approved.', 'Pass --context release-context.json (or --context-file FILE) as written by `release-relay gate`.');
                const { publishAndVerify } = await Promise.all(/* import() */[__nccwpck_require__.e(599), __nccwpck_require__.e(906), __nccwpck_require__.e(210), __nccwpck_require__.e(358)]).then(__nccwpck_require__.bind(__nccwpck_require__, 51210));
                const result = await publishAndVerify({ ...options, runner, context, contextFile: file }, { logger });
                print(result.decision);
                return 0;
            }
            case 'run': {
                const inline = r.string('context');
                const contextFile = r.string('context-file') ?? inline;
                if (inline?.trimStart().startsWith('{'))
                    throw new errors/* ReleaseError */.K2('BAD_INPUT', '`release-relay run` makes its own release context; --context names the file it is kept in.', 'Pass --context-file FILE (or drop --context).');
                const dryRun = r.boolean('dry-run', false);
                const publish = publishOptions(r, dir, command, readToken(), runner);
                const gate = gateOptions(r, dir, runner);
                const who = identityOptions(r);
                const identity = dryRun ? undefined : await resolveCommitIdentity({ ...who, git: new git/* Git */.TU(dir), onRunner });
                const { cwd: _c, contextFile: _f, dryRun: _d, ...prepare } = prepareOptions(r, dir, identity);
                const { runRelay, GateRejectedError } = await Promise.all(/* import() */[__nccwpck_require__.e(599), __nccwpck_require__.e(523), __nccwpck_require__.e(893), __nccwpck_require__.e(906), __nccwpck_require__.e(353), __nccwpck_require__.e(783), __nccwpck_require__.e(652), __nccwpck_require__.e(566), __nccwpck_require__.e(210), __nccwpck_require__.e(804)]).then(__nccwpck_require__.bind(__nccwpck_require__, 29804));
                try {
                    const result = await runRelay({ cwd: dir, runner, contextFile: contextFile ? (0,external_node_path_.resolve)(contextFile) : undefined, dryRun, prepare, gate, publish }, { logger });
                    if (r.boolean('json', false))
                        print(JSON.stringify(result.context, null, 2));
                    else
                        for (const d of result.decisions)
                            print(`${d.stage}: ${d.decision}`);
                    return 0;
                }
                catch (err) {
                    if (err instanceof GateRejectedError)
                        for (const l of gateEvidence(err.context))
                            io.err.write(`${l}\n`);
                    throw err;
                }
            }
            case 'changelog': {
                if (!r.boolean('full', false))
                    throw new errors/* ReleaseError */.K2('BAD_INPUT', 'changelog needs --full.', 'Run `release-relay changelog --full`.');
                const { printFullChangelog } = await Promise.all(/* import() */[__nccwpck_require__.e(599), __nccwpck_require__.e(906), __nccwpck_require__.e(353), __nccwpck_require__.e(987)]).then(__nccwpck_require__.bind(__nccwpck_require__, 54987));
                await printFullChangelog({ cwd: dir, tagTemplate: r.string('tag-template'), packageDir: r.string('package-dir') }, (chunk) => void io.out.write(chunk));
                return 0;
            }
            default:
                throw new errors/* ReleaseError */.K2('BAD_INPUT', `Unknown command "${command}".`, usage());
        }
    }
    finally {
        logger.close();
    }
}
/** The GitHub target from a token (read from the environment) and --repository or the origin URL; undefined without a token. */
async function cliGitHubTarget(dir, token, slug, apiUrl, logger) {
    if (!token)
        return undefined;
    logger.setSecret(token);
    const { repoFromRemoteUrl, repoFromSlug } = await __nccwpck_require__.e(/* import() */ 651).then(__nccwpck_require__.bind(__nccwpck_require__, 90651));
    const repo = repoFromSlug(slug) ?? repoFromRemoteUrl(await new git/* Git */.TU(dir).remoteUrl('origin'));
    if (!repo)
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `No GitHub repository: --repository is ${slug ? `"${slug}", not owner/name` : 'not set'} and origin is not a GitHub URL.`, 'Pass --repository OWNER/NAME.');
    const { createGitHubClient } = await Promise.all(/* import() */[__nccwpck_require__.e(239), __nccwpck_require__.e(744)]).then(__nccwpck_require__.bind(__nccwpck_require__, 54744));
    return { client: createGitHubClient({ token, baseUrl: apiUrl, logger }), owner: repo.owner, repo: repo.name };
}
/** The version of this CLI (from the package.json beside the bundle, or the repository's). */
async function ownVersion() {
    const { readFile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 51455, 23));
    for (const rel of ['../../package.json', '../package.json']) {
        try {
            const pkg = JSON.parse(await readFile(new URL(rel, import.meta.url), 'utf8'));
            if (pkg.name === 'release-relay' && pkg.version)
                return pkg.version;
        }
        catch {
            /* try the next place */
        }
    }
    return 'unknown';
}
/** Prints a failure: the decisive lines behind it, then one line with the message, code and fix. */
function printFailure(err, stream = process.stderr) {
    for (const line of errorEvidence(err))
        stream.write(`${line}\n`);
    const secrets = new Set(Object.values(ACTION_INPUTS).flat().filter((i) => i.secret).map((i) => i.name));
    stream.write(`release-relay: ${asCliWording((0,errors/* describeError */.Uc)(err), allOptionNames(), secrets)}\n`);
}
/** True when this module is the program being run (not imported, e.g. by a test). */
function isEntry() {
    try {
        return process.argv[1] !== undefined && import.meta.url === (0,external_node_url_.pathToFileURL)((0,external_node_fs_.realpathSync)(process.argv[1])).href;
    }
    catch {
        return false;
    }
}
if (isEntry()) {
    // A prepare is a short process: the process-wide V8 policy is the entry's to set (not main's, which tests call).
    if (process.argv[2] === 'prepare')
        (0,v8_tuning/* favourShortRun */.hv)();
    void main(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    }, (err) => {
        printFailure(err);
        process.exitCode = 1;
    });
}

var __webpack_exports__main = __webpack_exports__.i;
var __webpack_exports__printFailure = __webpack_exports__.e;
export { __webpack_exports__main as main, __webpack_exports__printFailure as printFailure };

//# sourceMappingURL=index.js.map