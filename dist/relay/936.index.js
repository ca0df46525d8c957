export const id = 936;
export const ids = [936];
export const modules = {

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const compare = __webpack_require__(78469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 54192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   Np: () => (/* binding */ fallback),
/* harmony export */   RC: () => (/* binding */ instrumented),
/* harmony export */   YC: () => (/* binding */ createStepContext),
/* harmony export */   bV: () => (/* binding */ isTransientError),
/* harmony export */   jW: () => (/* binding */ settledValue),
/* harmony export */   wR: () => (/* binding */ timeout),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44325);


/** Creates a StepContext with an empty timeline. */
function createStepContext(stage, logger = _log_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .qq, timeline = []) {
    return { stage, logger, timeline };
}
/** The value of a settled promise, or its error thrown: answers asked at once, judged one by one. */
function settledValue(r) {
    if (r.status === 'rejected')
        throw r.reason;
    return r.value;
}
/** Real sleep that rejects when the signal aborts. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(abortError(signal));
            return;
        }
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(abortError(signal));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
function abortError(signal) {
    const reason = signal?.reason;
    return reason instanceof Error ? reason : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('TIMEOUT', 'The operation was aborted', 'Raise the timeout.');
}
/** The delay before attempt `attempt + 1` (attempt counts from 1). */
function backoffDelay(attempt, options) {
    const base = options.baseDelayMs ?? 1000;
    const max = options.maxDelayMs ?? 30000;
    const raw = options.backoff === 'constant' ? base : base * 2 ** (attempt - 1);
    const capped = Math.min(raw, max);
    const jitter = options.jitter ?? 0.2;
    const r = (options.random ?? Math.random)();
    return Math.max(0, Math.round(capped * (1 - jitter + 2 * jitter * r)));
}
/** Default transient test: a ReleaseError that says so. */
function isTransientError(err) {
    return err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2 && err.transient;
}
/** Retries a step on transient errors with backoff; a permanent error or the last failure is rethrown. */
function retry(step, options) {
    const isTransient = options.isTransient ?? isTransientError;
    return async (input, ctx) => {
        const counter = ctx.attempts ?? { count: 0 };
        for (let attempt = 1;; attempt++) {
            counter.count = attempt;
            try {
                return await step(input, { ...ctx, attempts: counter });
            }
            catch (err) {
                if (attempt >= options.attempts || !isTransient(err) || ctx.signal?.aborted)
                    throw err;
                const delay = backoffDelay(attempt, options);
                options.onRetry?.(err, attempt, delay);
                ctx.logger.info(`attempt ${attempt} failed (${err instanceof Error ? err.message : String(err)}); retrying in ${delay} ms`);
                await (ctx.sleep ?? sleep)(delay, ctx.signal);
            }
        }
    };
}
/** Tries alternatives in order until one succeeds; records which one served. Throws the last error. */
function fallback(alternatives, options = {}) {
    return async (input, ctx) => {
        const failures = [];
        for (const [i, alt] of alternatives.entries()) {
            try {
                const value = await alt.step(input, ctx);
                if (ctx.servedBy)
                    ctx.servedBy.name = alt.name;
                return { value, servedBy: alt.name, failures };
            }
            catch (err) {
                failures.push({ name: alt.name, error: err });
                const last = i === alternatives.length - 1;
                if (last || (options.shouldFallback && !options.shouldFallback(err)))
                    throw err;
                ctx.logger.warning(`${alt.name} failed (${err instanceof Error ? err.message : String(err)}); falling back to ${alternatives[i + 1].name}`);
            }
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('BAD_INPUT', 'fallback() needs at least one alternative', 'Pass one or more alternatives.');
    };
}
/**
 * Bounds a step's time. The step sees an AbortSignal in its context that fires at the deadline; child
 * processes started with that signal (core/exec) are killed with their whole process group.
 */
function timeout(step, ms, what = 'step') {
    return async (input, ctx) => {
        const controller = new AbortController();
        const error = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('TIMEOUT', `${what} did not finish within ${Math.round(ms / 1000)} s`, `Raise the ${what} timeout, or find out why it hangs.`, { transient: true });
        const onOuterAbort = () => controller.abort(ctx.signal?.reason);
        ctx.signal?.addEventListener('abort', onOuterAbort, { once: true });
        let cancel;
        const start = ctx.startTimer ?? ((delay, fire) => {
            const t = setTimeout(fire, delay);
            return () => clearTimeout(t);
        });
        const deadline = new Promise((_, reject) => {
            cancel = start(ms, () => {
                controller.abort(error);
                reject(error);
            });
        });
        try {
            return await Promise.race([step(input, { ...ctx, signal: controller.signal }), deadline]);
        }
        finally {
            cancel?.();
            ctx.signal?.removeEventListener('abort', onOuterAbort);
        }
    };
}
/** Records a span (start, duration, outcome, attempts) for the step in the context timeline. */
function instrumented(name, step, options = {}) {
    return async (input, ctx) => {
        const started = new Date();
        const attempts = { count: 1 };
        const servedBy = {};
        const record = (outcome) => {
            const entry = {
                stage: ctx.stage,
                step: name,
                started_at: started.toISOString(),
                duration_ms: Date.now() - started.getTime(),
                outcome,
                attempts: Math.max(1, attempts.count),
            };
            if (servedBy.name)
                entry.served_by = servedBy.name;
            ctx.timeline.push(entry);
        };
        try {
            const out = await ctx.logger.group(name, () => step(input, { ...ctx, attempts, servedBy }));
            // A step that records a failed check without throwing (the gate's checks) is still a failed step.
            record(options.failed?.(out) ? 'failure' : options.skipped?.(out) ? 'skipped' : 'success');
            return out;
        }
        catch (err) {
            record('failure');
            throw err;
        }
    };
}


/***/ }),

/***/ 88822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ pollUntil)
/* harmony export */ });
/* harmony import */ var _combinators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54192);

/**
 * Polls until `poll` says done or the deadline would pass, waiting `intervalMs`, then growing by `factor`
 * up to `maxIntervalMs` between polls. Errors thrown by `poll` end the polling (classify transient ones
 * inside `poll` as pending). The one wait loop of the suite: registry verification and the CI wait use it.
 */
async function pollUntil(poll, options) {
    const now = options.now ?? Date.now;
    const wait = options.sleep ?? _combinators_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .yy;
    const started = now();
    let delay = options.intervalMs;
    for (let n = 1;; n++) {
        const r = await poll(n);
        const elapsedMs = now() - started;
        if (r.done)
            return { done: true, value: r.value, polls: n, elapsedMs };
        options.onPending?.(r.pending, n, elapsedMs);
        // A wait lasts until its deadline: the last wait shrinks to end exactly at it, and one last poll runs there.
        if (elapsedMs >= options.timeoutMs)
            return { done: false, pending: r.pending, polls: n, elapsedMs };
        await wait(Math.max(0, Math.min(delay, options.timeoutMs - elapsedMs)), options.signal);
        delay = Math.min(Math.round(delay * (options.factor ?? 2)), options.maxIntervalMs);
    }
}


/***/ }),

/***/ 17867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ timeoutAsValue),
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   fM: () => (/* binding */ lastLine)
/* harmony export */ });
/* unused harmony export EXCERPT_LINES */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** Lines of output kept as evidence in a failed check. */
const EXCERPT_LINES = 20;
/** The last EXCERPT_LINES lines of a command's output. */
function excerpt(text) {
    return text.trimEnd().split('\n').slice(-EXCERPT_LINES).join('\n');
}
/** The last non-empty line of a command's output. */
function lastLine(text) {
    return text.trimEnd().split('\n').pop()?.trim() ?? '';
}
/**
 * Runs `fn` and turns its TIMEOUT into the value `'timeout'`, so a hung example or smoke command becomes a
 * failed check rather than an exception; an abort of the caller's signal still throws.
 */
async function timeoutAsValue(signal, fn) {
    try {
        return await fn();
    }
    catch (err) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isReleaseError */ .q8)(err, 'TIMEOUT') && !signal?.aborted)
            return 'timeout';
        throw err;
    }
}


/***/ }),

/***/ 43270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ runExamplesAndSmoke)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _check_output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17867);



/**
 * The last two steps of every install check, against the installed package: each README example in its
 * own script and process, then the smoke command as a user would type it. The first failure is the result.
 */
async function runExamplesAndSmoke(o) {
    const { runtime } = o;
    let examplesRun = 0;
    if (o.examples) {
        for (const example of o.examples) {
            const { path, argv } = o.script(example);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, example.code);
            const where = `${example.file}:${example.line}`;
            const r = await o.run(argv[0], argv.slice(1));
            if (r === 'timeout') {
                return { ok: false, runtime, examplesRun, reason: `The README example at ${where} did not finish in time.`, failedExample: { file: example.file, line: example.line, error: 'timed out' } };
            }
            if (r.code !== 0) {
                const error = o.errorLine?.(r) || (0,_check_output_js__WEBPACK_IMPORTED_MODULE_2__/* .lastLine */ .fM)(r.stderr) || (0,_check_output_js__WEBPACK_IMPORTED_MODULE_2__/* .lastLine */ .fM)(r.stdout) || `exit code ${r.code}`;
                return { ok: false, runtime, examplesRun, reason: `The README example at ${where} failed: ${error}`, logExcerpt: (0,_check_output_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(`${r.stdout}${r.stderr}`), failedExample: { file: example.file, line: example.line, error } };
            }
            examplesRun++;
        }
        o.logger.info(`${examplesRun} README example(s) ran OK`);
    }
    if (o.smokeCommand?.length) {
        const [file, ...args] = o.smokeCommand;
        // spawn looks the program up on the child's PATH, which starts with the clean environment's bin.
        let r;
        try {
            r = await o.run(file, args);
        }
        catch (err) {
            if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isReleaseError */ .q8)(err, 'COMMAND_FAILED') && /Could not start/.test(err.message))
                return { ok: false, runtime, examplesRun, reason: `The smoke command ${file} was not found ${o.smokeLookup}.` };
            throw err;
        }
        if (r === 'timeout')
            return { ok: false, runtime, examplesRun, reason: `The smoke command (${o.smokeCommand.join(' ')}) did not finish in time.` };
        if (r.code !== 0)
            return { ok: false, runtime, examplesRun, reason: `The smoke command (${o.smokeCommand.join(' ')}) exited with ${r.code}.`, logExcerpt: (0,_check_output_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(`${r.stdout}${r.stderr}`) };
    }
    return { ok: true, runtime, examplesRun };
}


/***/ }),

/***/ 86373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I4: () => (/* binding */ npmOidcEnv),
/* harmony export */   IA: () => (/* binding */ checkNpmTrustedPublishing),
/* harmony export */   Ug: () => (/* binding */ findStrayNpmTokens)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _trusted_publishing_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47134);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4473);
/* harmony import */ var _registry_api_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29045);
/**
 * npm trusted publishing from GitHub Actions: the pre-flight that makes the OIDC path work or says why not
 * (npm CLI ≥ 11.5.1, no token that npm would silently fall back to, package.json naming this repository, the
 * package already on the registry), and the clean environment `npm publish` then runs in. The npm CLI itself
 * asks the runner for an ID token (audience `npm:<registry host>`) and exchanges it at
 * `POST <registry>/-/npm/v1/oidc/token/exchange/package/<name>`.
 */







/** Names (never values) of the places a token is configured: the set token variables and `_authToken` lines of .npmrc files. */
async function findStrayNpmTokens(setVariables, npmrcFiles) {
    const found = setVariables.map((v) => `$${v}`);
    for (const file of npmrcFiles) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => '');
        if (/^\s*[^#;\s].*_auth(Token)?\s*=\s*\S/m.test(text))
            found.push(file);
    }
    return found;
}
/** Claims of a JWT, unverified (only to report what the registry will see). */
function jwtClaims(jwt) {
    try {
        return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
    }
    catch {
        return {};
    }
}
/**
 * Runs the prerequisites before `npm publish` through OIDC; logs warnings and what npm will match, and throws
 * NO_CREDENTIALS (nothing published) on the first finding that would make the publish fail.
 */
async function checkNpmTrustedPublishing(opts) {
    const version = (await opts.exec(opts.npm, ['--version'], { check: false, signal: opts.signal, timeoutMs: 60_000 })).stdout.trim();
    // The ID token npm will get carries the environment and job workflow the registry matches; read them to report.
    const audience = `npm:${new URL(opts.registry).hostname}`;
    const url = `${opts.idToken.url}${opts.idToken.url.includes('?') ? '&' : '?'}audience=${encodeURIComponent(audience)}`;
    const res = await fetch(url, { headers: { Authorization: `bearer ${opts.idToken.token}`, Accept: 'application/json' }, signal: opts.signal ?? AbortSignal.timeout(30_000) });
    const jwt = res.ok ? (await res.json().catch(() => ({}))).value : undefined;
    if (jwt)
        opts.logger.setSecret(jwt);
    const claims = jwt ? jwtClaims(jwt) : {};
    const packageExists = (await (0,_registry_api_js__WEBPACK_IMPORTED_MODULE_5__/* .fetchPackument */ .XN)({ registry: opts.registry, name: opts.name, signal: opts.signal })) !== null;
    const findings = (0,_trusted_publishing_js__WEBPACK_IMPORTED_MODULE_4__/* .trustedPublishingFindings */ .pd)({
        registry: 'npm',
        idTokenAvailable: Boolean(jwt),
        tokenGiven: false,
        repository: opts.repository ?? (typeof claims.repository === 'string' ? claims.repository : undefined),
        workflowRef: opts.workflowRef ?? (typeof claims.workflow_ref === 'string' ? claims.workflow_ref : undefined),
        jobWorkflowRef: typeof claims.job_workflow_ref === 'string' ? claims.job_workflow_ref : undefined,
        environment: typeof claims.environment === 'string' ? claims.environment : undefined,
        npmVersion: version,
        strayTokens: await findStrayNpmTokens(opts.tokenVariables ?? [], opts.npmrcFiles ?? [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.npmrc'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.cwd(), '.npmrc')]),
        packageRepository: opts.manifest.repository,
        packageExists,
        packageName: opts.name,
    });
    for (const f of findings) {
        if (f.level === 'warning')
            opts.logger.warning(`${f.message} ${f.hint ?? ''}`.trim());
        else if (f.level === 'info')
            opts.logger.info(f.message);
    }
    const error = findings.find((f) => f.level === 'error');
    if (error)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('NO_CREDENTIALS', error.message, error.hint ?? 'Pass input `registry-token`.');
    return findings;
}
/** The environment `npm publish` runs in for OIDC: the runner's ID-token variables, and no token npm could fall back to. */
function npmOidcEnv(idToken) {
    return {
        GITHUB_ACTIONS: 'true',
        ACTIONS_ID_TOKEN_REQUEST_URL: idToken.url,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: idToken.token,
        NPM_ID_TOKEN: undefined,
        ...Object.fromEntries(_core_runner_js__WEBPACK_IMPORTED_MODULE_6__/* .NPM_TOKEN_VARIABLES */ .U.map((v) => [v, undefined])),
    };
}


/***/ }),

/***/ 98936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  npmPipeline: () => (/* binding */ npmPipeline),
  packNpm: () => (/* binding */ packNpm)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/versioning/scheme.ts + 4 modules
var scheme = __webpack_require__(95634);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/ecosystems/example-runner.ts
var example_runner = __webpack_require__(43270);
// EXTERNAL MODULE: ./src/ecosystems/readme-examples.ts
var readme_examples = __webpack_require__(64607);
// EXTERNAL MODULE: ./src/ecosystems/check-output.ts
var check_output = __webpack_require__(17867);
// EXTERNAL MODULE: ./src/core/files.ts + 1 modules
var files = __webpack_require__(45383);
;// CONCATENATED MODULE: ./src/ecosystems/npm/module-shape.ts
/**
 * How a user loads an installed package, read from its package.json the way Node resolves it: `import` for an
 * ES module package, `require` for a CommonJS one, both for a dual package (an exports map with `import` and
 * `require` conditions), nothing for a package without a root entry point (a bin-only tool, or an exports map
 * with subpaths only). Also the names of its `bin` commands.
 */
/** The target of the root subpath `.` of an exports field, or undefined when there is none. */
function rootExport(exportsField) {
    if (typeof exportsField === 'string' || Array.isArray(exportsField))
        return exportsField;
    if (!exportsField || typeof exportsField !== 'object')
        return undefined;
    const keys = Object.keys(exportsField);
    // An object of conditions (no subpaths) is the root export itself.
    if (keys.length && keys.every((k) => !k.startsWith('.')))
        return exportsField;
    return exportsField['.'];
}
/** Resolves an exports target for a set of conditions as Node does: keys in order, `default` always matches. */
function resolveExportTarget(target, conditions) {
    if (typeof target === 'string')
        return target;
    if (Array.isArray(target))
        return target.map((t) => resolveExportTarget(t, conditions)).find((t) => t !== undefined);
    if (target && typeof target === 'object') {
        for (const [key, value] of Object.entries(target)) {
            if (key === 'default' || conditions.has(key)) {
                const found = resolveExportTarget(value, conditions);
                if (found !== undefined)
                    return found;
            }
        }
    }
    return undefined;
}
/** Module kind of a file path by its extension, with `type` deciding `.js`. */
function kindOfFile(path, typeModule) {
    if (path.endsWith('.mjs'))
        return 'esm';
    if (path.endsWith('.cjs'))
        return 'cjs';
    return typeModule ? 'esm' : 'cjs';
}
const IMPORT = new Set(['node', 'import']);
const REQUIRE = new Set(['node', 'require']);
/** How the package's root entry point is loaded; `null` when it has none (a bin-only package). */
function moduleShape(manifest, hasIndexJs = false) {
    const typeModule = manifest.type === 'module';
    const typeNote = typeModule ? ', type: module' : '';
    if (manifest.exports !== undefined) {
        const root = rootExport(manifest.exports);
        if (root === undefined || root === null)
            return null;
        const forImport = resolveExportTarget(root, IMPORT);
        const forRequire = resolveExportTarget(root, REQUIRE);
        // Two different files, the require one CommonJS: a dual package, and users load it both ways.
        if (forImport && forRequire && forImport !== forRequire && kindOfFile(forRequire, typeModule) === 'cjs') {
            return { import: true, require: true, description: 'dual (exports resolve import and require to different files)' };
        }
        const only = forImport ?? forRequire;
        if (!only)
            return null;
        if (!forImport)
            return { import: false, require: true, description: 'CommonJS (exports with a require condition only)' };
        return kindOfFile(only, typeModule) === 'esm' ? { import: true, require: false, description: `ESM (exports${typeNote})` } : { import: false, require: true, description: `CommonJS (exports${typeNote})` };
    }
    const main = typeof manifest.main === 'string' ? manifest.main : hasIndexJs ? 'index.js' : undefined;
    if (!main)
        return null;
    return kindOfFile(main, typeModule) === 'esm' ? { import: true, require: false, description: `ESM (main${typeNote})` } : { import: false, require: true, description: 'CommonJS (main)' };
}
/** The commands a package installs: `bin` as a string is named after the package (without its scope). */
function binNames(manifest) {
    const bin = manifest.bin;
    if (typeof bin === 'string' && typeof manifest.name === 'string')
        return [manifest.name.replace(/^@[^/]+\//, '')];
    if (bin && typeof bin === 'object')
        return Object.keys(bin);
    return [];
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/install-check.ts
/**
 * The clean-environment check of an npm tarball: a fresh project in a temp directory, `npm install <tarball>`,
 * then the package is used from there (import, installed version, README examples, smoke command), never
 * from the repository's sources.
 */









/** Fence languages run by default. */
const NPM_EXAMPLE_TAGS = ['js', 'javascript', 'mjs', 'cjs'];
/**
 * The probe run inside the scratch project: loads the package the way a user would, once per way given
 * (`import`, `require`), and prints the ways that worked. Exit 3: one failed (its error on stderr).
 */
const PROBE = `import { createRequire } from 'node:module';
const [name, ...ways] = process.argv.slice(2);
for (const way of ways) {
  try {
    if (way === 'import') await import(name);
    else createRequire(process.cwd() + '/')(name);
  } catch (error) {
    console.error(way + ' failed: ' + (error && error.stack ? error.stack : String(error)));
    process.exit(3);
  }
}
console.log(JSON.stringify({ loaded: ways }));
`;
/** Writes an empty project (package.json only) into `dir`. */
async function writeScratchProject(dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'package.json'), `${JSON.stringify({ name: 'release-relay-scratch', version: '0.0.0', private: true, description: 'scratch project', license: 'UNLICENSED' }, null, 2)}\n`);
}
/** The manifest of the installed package (node_modules/<name>/package.json), or null when it is not there. */
async function installedManifest(project, name) {
    try {
        return JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(project, 'node_modules', ...name.split('/'), 'package.json'), 'utf8'));
    }
    catch {
        return null;
    }
}
async function hasIndexJs(project, name) {
    return (0,files/* pathExists */.s0)((0,external_node_path_.join)(project, 'node_modules', ...name.split('/'), 'index.js'));
}
/**
 * Loads the installed package in `project` as a user would (`import` for ESM, `require` for CommonJS, both for
 * a dual package; see moduleShape) and checks its version. Returns null when all is well, else the reason (and
 * log). A package without a root entry point (bin only, subpath exports only) is not loaded.
 */
async function probeInstalled(opts) {
    const manifest = await installedManifest(opts.project, opts.name);
    if (!manifest)
        return { reason: `${opts.name} is not in node_modules after npm install (is "name" in the tarball's package.json ${opts.name}?).` };
    if (manifest.version !== opts.version)
        return { reason: `The installed ${opts.name} is version ${String(manifest.version)}, but the release is ${opts.version}.` };
    const shape = moduleShape(manifest, await hasIndexJs(opts.project, opts.name));
    if (!shape)
        return null;
    const ways = [...(shape.import ? ['import'] : []), ...(shape.require ? ['require'] : [])];
    const probe = (0,external_node_path_.join)(opts.project, 'release-relay-probe.mjs');
    await (0,promises_.writeFile)(probe, PROBE);
    const r = await opts.exec(opts.node, [probe, opts.name, ...ways], { cwd: opts.project, check: false, signal: opts.signal, timeoutMs: opts.timeoutMs });
    if (r.code !== 0) {
        const way = /^(import|require) failed/m.exec(r.stderr)?.[1] ?? ways[0];
        const call = way === 'import' ? `import('${opts.name}')` : `require('${opts.name}')`;
        const error = r.stderr.split('\n').find((l) => /Error/.test(l))?.replace(/^(import|require) failed: /, '').trim() ?? (0,check_output/* lastLine */.fM)(r.stderr);
        const fix = way === 'require' && shape.import ? ' Its exports map promises require: point the "require" condition at a CommonJS file that is in the tarball, or drop the condition.' : ' Check "exports" / "main" and that "files" (or .npmignore) keeps the files they point at.';
        return { reason: `The installed package cannot be loaded the way a user loads this ${shape.description} package: ${call} failed (${error}).${fix}`, log: (0,check_output/* excerpt */.Kb)(r.stderr || r.stdout) };
    }
    opts.logger?.info(`${opts.name} loads with ${ways.join(' and ')} (${shape.description})`);
    return null;
}
/** Exit codes and output that mean a command is broken rather than merely unhappy with `--help`. */
const CRASH = /^\s*(\w*Error\b|Error:)|\bERR_[A-Z_]+\b|Cannot find (module|package)|command not found|Permission denied|No such file or directory/m;
/**
 * Runs each installed `bin` command with `--help` from the scratch project. A command that exits 0 passes; one
 * that exits otherwise passes too unless it crashed (a Node error, a missing module, not executable: 126/127),
 * since not every CLI knows --help. Returns null, or the reason and log of the first broken one.
 */
async function checkBins(opts) {
    const manifest = await installedManifest(opts.project, opts.name);
    for (const bin of manifest ? binNames(manifest) : []) {
        const file = (0,external_node_path_.join)(opts.project, 'node_modules', '.bin', bin);
        if (!(await (0,files/* pathExists */.s0)(file)))
            return { reason: `The bin "${bin}" of ${opts.name} was not linked into node_modules/.bin: check that "bin" in package.json points at a file the tarball holds ("files", .npmignore).` };
        const r = await (0,check_output/* timeoutAsValue */.Bi)(opts.signal, () => opts.exec(file, ['--help'], { cwd: opts.project, env: opts.env, signal: opts.signal, timeoutMs: opts.timeoutMs, check: false, input: '' }));
        if (r === 'timeout')
            return { reason: `The bin "${bin}" did not finish "${bin} --help" in time (does it wait for input?). Make --help print usage and exit, or set smoke-command to a command that exercises it and exits.` };
        const out = `${r.stdout}${r.stderr}`;
        if (r.code !== 0 && (r.code === 126 || r.code === 127 || CRASH.test(r.stderr))) {
            return { reason: `The bin "${bin}" crashed on "${bin} --help" (exit ${r.code}): ${r.stderr.split('\n').find((l) => CRASH.test(l))?.trim() ?? (0,check_output/* lastLine */.fM)(r.stderr)}. Fix the command (its shebang, its file, its dependencies) so it starts from an installed copy.`, log: (0,check_output/* excerpt */.Kb)(out) };
        }
        opts.logger?.info(`${bin} --help: exit ${r.code}${r.code === 0 ? '' : ' (no crash: accepted; not every CLI knows --help)'}`);
    }
    return null;
}
/**
 * Installs the tarball into a fresh project and uses it from there. A failing check returns `ok: false` with
 * the reason and a log excerpt; only infrastructure failures (no npm, no node) throw.
 */
async function npmInstallCheck(opts) {
    const tarball = opts.files.find((f) => f.endsWith('.tgz'));
    if (!tarball)
        return { ok: false, examplesRun: 0, reason: `No .tgz among the built files (${opts.files.map((f) => (0,external_node_path_.basename)(f)).join(', ') || 'none'}).` };
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rr-npm-install-'));
    try {
        return await check(opts, tarball, (0,external_node_path_.join)(work, 'project'));
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
async function check(opts, tarball, project) {
    const npm = opts.npm ?? 'npm';
    const node = opts.node ?? 'node';
    const stepMs = opts.exampleTimeoutMs ?? 60_000;
    await writeScratchProject(project);
    const env = { NODE_PATH: undefined };
    const pathPrepend = [(0,external_node_path_.join)(project, 'node_modules', '.bin')];
    const run = (file, args, timeoutMs) => opts.exec(file, args, { cwd: project, env, pathPrepend, signal: opts.signal, timeoutMs, check: false });
    const version = await run(node, ['--version'], stepMs).catch(() => null);
    const runtime = version?.code === 0 ? `node ${version.stdout.trim()}` : undefined;
    // 1. npm install <tarball>: the package's own dependencies come from the configured registry.
    opts.logger.info(`npm install ${(0,external_node_path_.basename)(tarball)} into an empty project`);
    const install = await guard(opts.signal, () => run(npm, ['install', tarball, '--no-audit', '--no-fund', '--no-update-notifier', ...(opts.installArgs ?? [])], opts.installTimeoutMs ?? 300_000));
    if (install === 'timeout')
        return { ok: false, runtime, examplesRun: 0, reason: `npm install ${(0,external_node_path_.basename)(tarball)} did not finish in time.` };
    if (install.code !== 0)
        return { ok: false, runtime, examplesRun: 0, reason: `npm could not install ${(0,external_node_path_.basename)(tarball)} into an empty project.`, logExcerpt: (0,check_output/* excerpt */.Kb)(install.stderr || install.stdout) };
    // 2. Load it from the scratch project and compare the installed version.
    const probe = await guardValue(opts.signal, () => probeInstalled({ project, name: opts.name, version: opts.expectedVersion, node, exec: opts.exec, signal: opts.signal, timeoutMs: stepMs, logger: opts.logger }));
    if (probe === 'timeout')
        return { ok: false, runtime, examplesRun: 0, reason: `Loading ${opts.name} did not finish in time.` };
    if (probe)
        return { ok: false, runtime, examplesRun: 0, reason: probe.reason, logExcerpt: probe.log };
    opts.logger.info(`${opts.name} ${opts.expectedVersion} installs and loads`);
    // 2b. Its bin commands start from the installed copy.
    const bins = await guardValue(opts.signal, () => checkBins({ project, name: opts.name, exec: opts.exec, env, signal: opts.signal, timeoutMs: stepMs, logger: opts.logger }));
    if (bins === 'timeout')
        return { ok: false, runtime, examplesRun: 0, reason: `Running the bin commands of ${opts.name} did not finish in time.` };
    if (bins)
        return { ok: false, runtime, examplesRun: 0, reason: bins.reason, logExcerpt: bins.log };
    // 3. README examples, each in its own file and process, inside the scratch project; 4. the smoke command.
    let examples;
    if (opts.readmeFile) {
        const markdown = await (0,promises_.readFile)(opts.readmeFile, 'utf8').catch(() => null);
        examples = markdown === null ? [] : (0,readme_examples/* extractExamples */.T)(markdown, opts.readmeFile, { tags: opts.exampleTags ?? NPM_EXAMPLE_TAGS });
    }
    return (0,example_runner/* runExamplesAndSmoke */.T)({
        examples,
        script: (example) => {
            const commonJs = example.lang.toLowerCase() === 'cjs' || (/\brequire\(/.test(example.code) && !/^\s*(import|export)\s/m.test(example.code));
            const path = (0,external_node_path_.join)(project, `example-line-${example.line}.${commonJs ? 'cjs' : 'mjs'}`);
            return { path, argv: [node, path] };
        },
        errorLine: (r) => r.stderr.split('\n').find((l) => /^\w*Error\b|Error:/.test(l.trim()))?.trim() || (0,check_output/* lastLine */.fM)(r.stderr) || `exit code ${r.code}`,
        smokeCommand: opts.smokeCommand,
        smokeLookup: 'in node_modules/.bin or on PATH',
        run: (file, args) => guard(opts.signal, () => run(file, args, stepMs)),
        runtime,
        logger: opts.logger,
    });
}
/** Turns a timeout into a value so it becomes a failed check; the caller's abort still throws. */
async function guard(signal, fn) {
    return guardValue(signal, fn);
}
async function guardValue(signal, fn) {
    try {
        return await (0,check_output/* timeoutAsValue */.Bi)(signal, fn);
    }
    catch (err) {
        if ((0,core_errors/* isReleaseError */.q8)(err, 'COMMAND_FAILED') && /Could not start (npm|node)/.test(err.message)) {
            throw new core_errors/* ReleaseError */.K2('COMMAND_FAILED', err.message, 'Install Node.js and npm on the runner (actions/setup-node), or set the npm/node tool overrides.', { cause: err });
        }
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/package-manager.ts
/**
 * Which package manager a JavaScript package uses (npm, pnpm, yarn 1, yarn ≥ 2), read the way corepack and the
 * managers themselves read it: the `packageManager` field of the nearest package.json that has one, else the
 * lockfile found nearest the package (its own directory, then up to the repository root, for workspaces).
 * The commands a release needs (install, run a script, pack) follow that manager's rules.
 */




/** Lockfiles in the order they are looked for in one directory. */
const LOCKFILES = [
    { file: 'pnpm-lock.yaml', name: 'pnpm' },
    { file: 'yarn.lock', name: 'yarn' },
    { file: 'npm-shrinkwrap.json', name: 'npm' },
    { file: 'package-lock.json', name: 'npm' },
];
async function packageManagerField(dir) {
    try {
        const manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'package.json'), 'utf8'));
        return typeof manifest.packageManager === 'string' ? manifest.packageManager : undefined;
    }
    catch {
        return undefined;
    }
}
/** Parses `pnpm@9.1.0+sha512.…` into name and version; an unknown manager throws BAD_INPUT naming the field. */
function parsePackageManagerField(value, where) {
    const m = /^(npm|pnpm|yarn|bun)(?:@([^+\s]+))?/.exec(value.trim());
    if (!m || m[1] === 'bun') {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${where} names the package manager "${value}", which release-relay does not drive.`, 'Use npm, pnpm or yarn in "packageManager" (e.g. "pnpm@9.15.9"), or remove the field to fall back to the lockfile.', { location: { file: where } });
    }
    return { name: m[1], version: m[2] };
}
/** Directories from `packageDir` up to `root`, both included (packageDir first). */
function upTo(root, packageDir) {
    const top = (0,external_node_path_.resolve)(root);
    const dirs = [];
    for (let dir = (0,external_node_path_.resolve)(packageDir);; dir = (0,external_node_path_.dirname)(dir)) {
        dirs.push(dir);
        if (dir === top || (0,external_node_path_.dirname)(dir) === dir || (0,external_node_path_.relative)(top, dir).startsWith('..'))
            break;
    }
    return dirs;
}
/**
 * Detects the package manager of the package in `packageDir` (a directory inside `root`). The nearest
 * `packageManager` field wins; otherwise the nearest lockfile; otherwise npm. Yarn ≥ 2 is told from the field's
 * version or a `.yarnrc.yml` beside the yarn.lock.
 */
async function detectPackageManager(root, packageDir) {
    const dirs = upTo(root, packageDir);
    let field;
    for (const dir of dirs) {
        const value = await packageManagerField(dir);
        if (value) {
            field = { ...parsePackageManagerField(value, (0,external_node_path_.relative)(root, (0,external_node_path_.join)(dir, 'package.json')) || 'package.json'), dir };
            break;
        }
    }
    let lock;
    for (const dir of dirs) {
        for (const l of LOCKFILES) {
            if (!field || field.name === l.name) {
                if (await (0,files/* pathExists */.s0)((0,external_node_path_.join)(dir, l.file))) {
                    lock = { file: (0,external_node_path_.join)(dir, l.file), name: l.name };
                    break;
                }
            }
        }
        if (lock)
            break;
    }
    const name = field?.name ?? lock?.name ?? 'npm';
    const berry = name === 'yarn' && (field?.version ? !field.version.startsWith('1.') : lock ? await (0,files/* pathExists */.s0)((0,external_node_path_.join)((0,external_node_path_.dirname)(lock.file), '.yarnrc.yml')) : false);
    return {
        name,
        version: field?.version,
        berry,
        lockfile: lock?.name === name ? lock.file : undefined,
        source: field ? `packageManager field in ${(0,external_node_path_.relative)(root, (0,external_node_path_.join)(field.dir, 'package.json')) || 'package.json'}` : lock ? (0,external_node_path_.relative)(root, lock.file) || lock.file : 'default (no lockfile, no packageManager field)',
    };
}
/**
 * The install command a CI setup step runs: a frozen install with a lockfile (`npm ci`, `pnpm install
 * --frozen-lockfile`, `yarn install --frozen-lockfile` / `--immutable`), a plain install without one.
 */
function installCommand(pm) {
    if (pm.name === 'npm')
        return pm.lockfile ? ['npm', 'ci'] : ['npm', 'install'];
    if (pm.name === 'pnpm')
        return pm.lockfile ? ['pnpm', 'install', '--frozen-lockfile'] : ['pnpm', 'install'];
    if (pm.berry)
        return pm.lockfile ? ['yarn', 'install', '--immutable'] : ['yarn', 'install'];
    return pm.lockfile ? ['yarn', 'install', '--frozen-lockfile'] : ['yarn', 'install'];
}
/** Runs a package.json script with the package's own manager (`npm run test`, `pnpm run test`, `yarn run test`). */
function runScriptCommand(pm, script) {
    return [pm.name, 'run', script];
}
/** The hint for a manager binary that is not on PATH. */
function missingManagerHint(pm) {
    if (pm.name === 'npm')
        return 'Install Node.js and npm on the runner (actions/setup-node).';
    const spec = `${pm.name}${pm.version ? `@${pm.version}` : pm.name === 'yarn' && !pm.berry ? '@1' : ''}`;
    return `The package uses ${pm.name} (${pm.source}): put it on PATH before the gate (npm install -g ${spec}, or corepack enable), or set the "${pm.name}" tool override.`;
}
/** Which of `names` resolve from `packageDir` the way Node finds them (node_modules here or in any parent). */
async function installedPackages(packageDir, names) {
    const found = new Set();
    for (const name of names) {
        for (let dir = (0,external_node_path_.resolve)(packageDir);; dir = (0,external_node_path_.dirname)(dir)) {
            if (await (0,files/* pathExists */.s0)((0,external_node_path_.join)(dir, 'node_modules', ...name.split('/'), 'package.json'))) {
                found.add(name);
                break;
            }
            if ((0,external_node_path_.dirname)(dir) === dir)
                break;
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/install-dependencies.ts
/**
 * Installs a package's dependencies before the gate runs its tests, with the package's own manager and
 * lockfile: a frozen install when there is a lockfile (`npm ci`, `pnpm install --frozen-lockfile`, `yarn
 * install --frozen-lockfile` / `--immutable`), a plain install without one (`npm install`: `npm ci` refuses a
 * project without package-lock.json). A workspace installs at the directory that holds its lockfile.
 */




/** Runs the install for the package in `packageDir` (inside `root`); a failure throws SETUP_FAILED with npm's error and the fix. */
async function installNpmDependencies(env, opts) {
    const pm = await detectPackageManager(opts.root, opts.packageDir);
    const command = installCommand(pm);
    const cwd = pm.lockfile ? (0,external_node_path_.dirname)(pm.lockfile) : opts.packageDir;
    const bin = env.tools[pm.name] ?? pm.name;
    env.logger.info(`${command.join(' ')} in ${cwd} (${pm.name} from ${pm.source})`);
    const r = await env.exec(bin, [...command.slice(1), ...(pm.name === 'npm' ? ['--no-audit', '--no-fund'] : [])], { cwd, check: false, signal: env.signal, timeoutMs: opts.timeoutMs ?? 20 * 60_000 }).catch((err) => {
        if (err instanceof core_errors/* ReleaseError */.K2 && /Could not start/.test(err.message))
            throw new core_errors/* ReleaseError */.K2('COMMAND_FAILED', `${pm.name} is not installed, but the package uses it (${pm.source}).`, missingManagerHint(pm), { cause: err });
        throw err;
    });
    if (r.code !== 0) {
        const frozen = pm.lockfile ? ` The lockfile ${pm.lockfile} may be out of date: run ${pm.name} install locally and commit it.` : '';
        throw new core_errors/* ReleaseError */.K2('COMMAND_FAILED', `${command.join(' ')} failed in ${cwd}:\n${(0,check_output/* excerpt */.Kb)(r.stderr || r.stdout)}`, `Fix what ${pm.name} reports.${frozen} Or set install-dependencies: false and install them in a step of your own before the gate.`);
    }
    return { packageManager: pm, command, cwd };
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/pack.ts
/**
 * Packs a package with its own manager, so the tarball follows that manager's rules: `files`, `.npmignore`,
 * the prepack/prepare build of a TypeScript package, and (pnpm, yarn) `workspace:` ranges and `publishConfig`
 * overrides rewritten the way `pnpm publish` / `yarn npm publish` would. npm goes through packNpm (its JSON
 * report); pnpm and yarn write into an empty directory, and the one tarball there is the result.
 */




/** npm's tarball name for a package: `@scope/name` → `scope-name-1.0.0.tgz`. */
function tarballName(name, version) {
    return `${name.replace(/^@/, '').replace(/\//g, '-')}-${version}.tgz`;
}
/** The argv that packs with pnpm or yarn into `dir` (yarn 1 and berry name the output file themselves). */
function packArgs(pm, dir, file) {
    if (pm.name === 'pnpm')
        return ['pack', '--pack-destination', dir];
    if (pm.berry)
        return ['pack', '--out', (0,external_node_path_.join)(dir, file)];
    return ['pack', '--filename', (0,external_node_path_.join)(dir, file)];
}
/** Packs with pnpm or yarn into `outDir`; returns the tarball's absolute path (named as npm names it). */
async function packWithManager(env, pm, packageDir, outDir) {
    const manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(packageDir, 'package.json'), 'utf8'));
    const file = tarballName(String(manifest.name), String(manifest.version));
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)(outDir, '.pack-'));
    try {
        const bin = env.tools[pm.name] ?? pm.name;
        const r = await env.exec(bin, packArgs(pm, scratch, file), { cwd: packageDir, check: false, signal: env.signal, timeoutMs: 10 * 60_000 }).catch((err) => {
            if (err instanceof core_errors/* ReleaseError */.K2 && /Could not start/.test(err.message))
                throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `${pm.name} is not installed, but the package uses it (${pm.source}).`, missingManagerHint(pm), { cause: err });
            throw err;
        });
        if (r.code !== 0) {
            throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `${pm.name} pack failed in ${packageDir}:\n${(r.stderr || r.stdout).trim().split('\n').slice(-20).join('\n')}`, `Run ${pm.name} pack in the package directory and fix what it reports (a failing prepack/prepare script, a bad "files" entry).`);
        }
        const made = (await (0,promises_.readdir)(scratch)).filter((f) => f.endsWith('.tgz'));
        if (made.length !== 1)
            throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `${pm.name} pack left ${made.length} tarballs (${made.join(', ') || 'none'}) instead of one.`, `Run ${pm.name} pack in the package directory and check its output.`);
        await (0,promises_.rename)((0,external_node_path_.join)(scratch, made[0]), (0,external_node_path_.join)(outDir, file));
        return (0,external_node_path_.join)(outDir, file);
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/ecosystems/npm/oidc.ts
var npm_oidc = __webpack_require__(86373);
// EXTERNAL MODULE: ./src/core/combinators.ts
var combinators = __webpack_require__(54192);
// EXTERNAL MODULE: ./src/ecosystems/npm/registry-api.ts
var registry_api = __webpack_require__(29045);
;// CONCATENATED MODULE: ./src/ecosystems/npm/publish.ts
/**
 * Publishes an approved tarball with the real npm client, after comparing what the registry already holds:
 * the same bytes are skipped (a resumed release), other bytes under the same version stop the release before
 * anything is uploaded. The token goes into a temporary .npmrc (mode 600) passed with --userconfig: never on a
 * command line, never in the environment of other steps.
 */







/** Whether `npm publish` should attach provenance: on GitHub Actions with an ID token, to the public registry. */
function wantsProvenance(registry, runner = {}) {
    return !!runner.onGitHubActions && !!runner.oidc?.requestUrl && registry === registry_api/* NPMJS */.Ng;
}
/**
 * Publishes `file` unless the registry already has the version: same integrity → skipped, other bytes →
 * ALREADY_PUBLISHED_DIFFERENT (nothing uploaded). Transient failures (5xx, connection resets, timeouts) are
 * retried with backoff; a refusal to publish over an existing version is resolved by comparing integrity again.
 */
async function publishTarball(opts) {
    if (opts.token)
        opts.logger.setSecret(opts.token);
    const local = await (0,registry_api/* tarballIntegrity */.SQ)(opts.file);
    const read = { registry: opts.registry, name: opts.name, token: opts.token, signal: opts.signal };
    const ctx = { ...(0,combinators/* createStepContext */.YC)('publish-and-verify', opts.logger), sleep: opts.sleep, signal: opts.signal };
    const existing = await (0,combinators/* retry */.L5)(async () => (await (0,registry_api/* fetchPackument */.XN)(read))?.versions[opts.version], { attempts: 3, baseDelayMs: opts.baseDelayMs ?? 2000 })(undefined, ctx);
    if (existing)
        return resolveExisting(opts, existing.dist, local, 0);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rr-npm-publish-'));
    const npmrc = (0,external_node_path_.join)(dir, '.npmrc');
    try {
        // Trusted publishing: no token anywhere npm looks (user and global config, environment), so OIDC is the only way in.
        await (0,promises_.writeFile)(npmrc, opts.oidc ? '' : `${(0,registry_api/* nerfDart */.vN)(opts.registry)}:_authToken=${opts.token}\n`, { mode: 0o600 });
        await (0,promises_.chmod)(npmrc, 0o600);
        const globalConfig = opts.oidc ? ['--globalconfig', (0,external_node_path_.join)(dir, 'global.npmrc')] : [];
        if (opts.oidc)
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'global.npmrc'), '', { mode: 0o600 });
        const args = ['publish', opts.file, '--registry', opts.registry, '--userconfig', npmrc, ...globalConfig, '--tag', opts.tag, '--ignore-scripts', '--no-update-notifier', ...(opts.provenance ? ['--provenance'] : [])];
        let attempts = 0;
        const upload = (0,combinators/* retry */.L5)(async (_input, c) => {
            attempts = c.attempts?.count ?? attempts + 1;
            opts.logger.info(`npm ${args.join(' ')}`);
            const r = await opts.exec(opts.npm ?? 'npm', args, { cwd: dir, check: false, signal: opts.signal, timeoutMs: opts.timeoutMs ?? 10 * 60_000, env: opts.oidc ? (0,npm_oidc/* npmOidcEnv */.I4)(opts.oidc) : undefined }).catch((err) => {
                if (err instanceof core_errors/* ReleaseError */.K2 && err.code === 'TIMEOUT' && !opts.signal?.aborted)
                    throw new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `npm publish ${(0,external_node_path_.basename)(opts.file)} timed out.`, 'The registry is slow; the upload is retried.', { transient: true, cause: err });
                throw err;
            });
            if (r.code === 0)
                return 'uploaded';
            const failure = classifyNpmPublishFailure((0,external_node_path_.basename)(opts.file), opts.registry, `${r.stdout}\n${r.stderr}`, Boolean(opts.oidc));
            if (failure === 'exists')
                return 'exists';
            throw failure;
        }, { attempts: opts.attempts ?? 4, baseDelayMs: opts.baseDelayMs ?? 2000, maxDelayMs: 60_000 });
        const outcome = await upload(undefined, ctx);
        if (outcome === 'exists') {
            // Someone (or an earlier attempt whose answer got lost) published this version: compare the bytes.
            const entry = (await (0,registry_api/* fetchPackument */.XN)(read))?.versions[opts.version];
            return resolveExisting(opts, entry?.dist, local, attempts);
        }
        opts.logger.info(`published ${opts.name}@${opts.version} (${(0,external_node_path_.basename)(opts.file)}) to ${opts.registry} with dist-tag ${opts.tag}${opts.oidc ? ' through npm trusted publishing' : ''}${opts.provenance ? ', with provenance' : ''}`);
        return { uploaded: true, attempts };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
function resolveExisting(opts, dist, local, attempts) {
    if ((0,registry_api/* sameDist */.NF)(dist, local)) {
        opts.logger.info(`${opts.name}@${opts.version} is already on ${opts.registry} with the same integrity; skipped`);
        return { uploaded: false, attempts };
    }
    throw new core_errors/* ReleaseError */.K2('ALREADY_PUBLISHED_DIFFERENT', `${opts.name}@${opts.version} is already on ${opts.registry} with other bytes (${dist?.integrity ?? dist?.shasum ?? 'no integrity'}; the approved ${(0,external_node_path_.basename)(opts.file)} is ${local.integrity}).`, 'A published npm version can never be replaced. Release a new version (the next patch or prerelease); do not rebuild the same one.');
}
/**
 * Turns npm's output for a failed publish into a ReleaseError, or `exists` when the registry refused because
 * the version is already there (403 "cannot publish over the previously published versions", 409, EPUBLISHCONFLICT).
 * 5xx, 429, ECONNRESET, ETIMEDOUT, EAI_AGAIN → UPLOAD_FAILED (transient); 401, ENEEDAUTH, other 403 →
 * NO_CREDENTIALS; 402 → UPLOAD_FAILED with the access hint; anything else → UPLOAD_FAILED (permanent).
 */
function classifyNpmPublishFailure(file, registry, output, oidc = false) {
    const text = output.replace(new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'), '');
    const code = /npm (?:error|ERR!) code (\S+)/.exec(text)?.[1] ?? '';
    const status = /^E(\d{3})$/.exec(code)?.[1] ? Number(code.slice(1)) : undefined;
    const errors = text.split('\n').filter((l) => /^npm (error|ERR!)/.test(l)).map((l) => l.replace(/^npm (error|ERR!)\s*/, '').trim()).filter((l) => l && !/^(code |A complete log|\/.*\.log$)/.test(l));
    const reason = errors.slice(0, 4).join(' / ') || text.trim().split('\n').slice(-3).join(' / ') || `npm exited without output (${code || 'no code'})`;
    if (code === 'EPUBLISHCONFLICT' || status === 409 || /cannot publish over|previously published|already present|already exists/i.test(text))
        return 'exists';
    if ((status !== undefined && status >= 500) || status === 429 || ['ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNREFUSED', 'ESOCKETTIMEDOUT', 'EPIPE'].includes(code)) {
        return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `npm publish ${file} to ${registry} failed: ${reason}`, 'The registry or the network had trouble; the upload is retried with backoff. Check https://status.npmjs.org for the public registry.', { transient: true });
    }
    if (oidc && (status === 401 || code === 'ENEEDAUTH' || status === 403 || status === 404)) {
        return new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `${registry} did not let ${file} in through npm trusted publishing: ${reason}`, 'The OIDC exchange was refused: the trusted publisher on npmjs.com (package → Settings → Trusted publishing) must name this repository, workflow file and environment exactly; or pass input "registry-token".');
    }
    if (status === 401 || code === 'ENEEDAUTH' || status === 403) {
        return new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `${registry} refused the token for ${file}: ${reason}`, 'Check input "registry-token": an npm automation or granular access token with publish rights on this package (and 2FA not required for it).');
    }
    if (status === 402) {
        return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `${registry} refused ${file}: ${reason}`, 'A scoped package is private by default on npm: add "publishConfig": { "access": "public" } to package.json, or use a paid plan.');
    }
    return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `npm publish ${file} to ${registry} failed: ${reason}`, 'The registry rejected the package itself; fix what it names, then release a new version.');
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/test-command.ts
/**
 * The default test command of an npm package: the package's own `test` script, whatever runs in it, decides
 * by its exit code. Where the gate recognises the runner of a one-command script it adds reporters so that it
 * also gets counts (JUnit, or Jest's JSON) and coverage (LCOV):
 * - `node --test …` (or no script): Node's junit, spec and lcov reporters (no dependency);
 * - jest: jest-junit when installed, else Jest's own `--json` results; `--coverage` with LCOV;
 * - vitest: its junit reporter; coverage when @vitest/coverage-v8 / -istanbul is declared;
 * - mocha: its built-in xunit reporter (JUnit XML);
 * - ava and any other script (`xo && ava && tsd`): run as is; exit code only.
 * Coverage for a script that writes none: under c8 (NODE_V8_COVERAGE) when c8 is installed; otherwise the plan
 * says what to configure.
 */


/** The script's runner and its words after leading `VAR=value` assignments, or `other` for a compound script. */
function recogniseRunner(script) {
    if (!script?.trim())
        return { runner: 'node', words: [], compound: false };
    // Operators, substitutions, redirections or quoting: run it as written and read only the exit code.
    const compound = /&&|\|\||[;|<>`$()]|["'\\]/.test(script);
    const words = script.trim().split(/\s+/);
    let i = 0;
    while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]))
        i++;
    const rest = words.slice(i);
    if (compound || !rest.length)
        return { runner: 'other', words: rest, compound };
    const first = rest[0].replace(/^.*\//, '');
    if (first === 'node' && rest.includes('--test') && i === 0)
        return { runner: 'node', words: rest, compound };
    if (['jest', 'vitest', 'mocha', 'ava'].includes(first))
        return { runner: first, words: rest, compound };
    return { runner: 'other', words: rest, compound };
}
const COVERAGE_HINT = 'The test script writes no coverage report the gate can read. Set input "coverage-report" to the LCOV, Cobertura or JSON file it writes (e.g. `c8 --reporter=lcov` writes coverage/lcov.info), or add c8 as a devDependency (the gate then runs the script under c8, which collects NODE_V8_COVERAGE), or drop coverage-threshold.';
/**
 * The test command for a package, with the reports the gate can add in `reportDir`. Never refuses a script:
 * one the gate cannot add reporters to runs as written, and its exit code decides (`junitOptional`).
 */
function planNpmTestCommand(manifest, opts) {
    const node = opts.node ?? 'node';
    const junitFile = (0,external_node_path_.join)(opts.reportDir, 'junit.xml');
    const coverageDir = (0,external_node_path_.join)(opts.reportDir, 'coverage');
    const lcov = (0,external_node_path_.join)(coverageDir, 'lcov.info');
    const script = manifest.scripts?.test?.trim();
    const deps = { ...manifest.dependencies, ...manifest.devDependencies };
    const has = (pkg) => opts.installed?.has(pkg) ?? false;
    const wantCoverage = opts.coverage ?? true;
    const { runner, words } = recogniseRunner(script);
    const pm = opts.packageManager ?? { name: 'npm', berry: false, source: 'default' };
    const runTest = runScriptCommand(pm, 'test');
    if (opts.managerBin)
        runTest[0] = opts.managerBin;
    // npm needs `--` before arguments meant for the script; pnpm and yarn pass on whatever follows the name.
    const withArgs = (args) => (args.length ? [...runTest, ...(pm.name === 'npm' ? ['--'] : []), ...args] : runTest);
    // No reporter of its own: c8 collects NODE_V8_COVERAGE from every node process the script starts.
    const underC8 = (plan) => {
        if (!wantCoverage || plan.coverageFile)
            return plan;
        if (opts.userCoverageReport)
            return { ...plan, coverageFile: opts.userCoverageReport };
        if (has('c8'))
            return { ...plan, argv: ['c8', '--reporter=lcovonly', `--report-dir=${coverageDir}`, ...plan.argv], coverageFile: lcov };
        return { ...plan, coverageMissingHint: COVERAGE_HINT };
    };
    // On Node 20 a glob in `node --test test/*.test.js` is the shell's to expand: run the script as written.
    const needsShell = runner === 'node' && opts.nodeTestGlobs === false && words.some((w) => /[*?[\]{}]/.test(w));
    if (runner === 'node' && !needsShell) {
        const coverageFile = (0,external_node_path_.join)(opts.reportDir, 'lcov.info');
        const rest = words.slice(1).filter((a) => a !== '--test' && !a.startsWith('--test-reporter') && a !== '--experimental-test-coverage');
        return {
            argv: [
                node,
                '--test',
                '--test-reporter=spec',
                '--test-reporter-destination=stdout',
                '--test-reporter=junit',
                `--test-reporter-destination=${junitFile}`,
                '--experimental-test-coverage',
                ...(opts.coverageExclude ? ['--test-coverage-exclude=**/*.test.*', '--test-coverage-exclude=**/test/**', '--test-coverage-exclude=**/node_modules/**'] : []),
                '--test-reporter=lcov',
                `--test-reporter-destination=${coverageFile}`,
                ...rest,
            ],
            junitFile,
            coverageFile,
        };
    }
    const coverageArgs = (args) => (wantCoverage ? args : []);
    if (runner === 'jest') {
        const cov = coverageArgs(['--coverage', '--coverageReporters=lcov', `--coverageDirectory=${coverageDir}`]);
        if (deps['jest-junit'] || has('jest-junit')) {
            return { argv: withArgs(['--ci', '--reporters=default', '--reporters=jest-junit', ...cov]), junitFile, junitOptional: true, coverageFile: cov.length ? lcov : undefined, env: { JEST_JUNIT_OUTPUT_DIR: opts.reportDir, JEST_JUNIT_OUTPUT_NAME: 'junit.xml' } };
        }
        const jsonFile = (0,external_node_path_.join)(opts.reportDir, 'jest-results.json');
        return { argv: withArgs(['--ci', '--json', `--outputFile=${jsonFile}`, ...cov]), junitFile: jsonFile, junitOptional: true, reportFormat: 'jest-json', coverageFile: cov.length ? lcov : undefined };
    }
    if (runner === 'vitest') {
        const coverage = wantCoverage && (deps['@vitest/coverage-v8'] || deps['@vitest/coverage-istanbul'] || has('@vitest/coverage-v8') || has('@vitest/coverage-istanbul'));
        return underC8({
            argv: withArgs(['--reporter=default', '--reporter=junit', `--outputFile.junit=${junitFile}`, ...(coverage ? ['--coverage.enabled', '--coverage.reporter=lcov', `--coverage.reportsDirectory=${coverageDir}`] : [])]),
            junitFile,
            junitOptional: true,
            coverageFile: coverage ? lcov : undefined,
            // Without a TTY vitest runs once anyway; CI=true makes sure of it.
            env: { CI: 'true' },
        });
    }
    if (runner === 'mocha') {
        return underC8({ argv: withArgs(['--reporter=xunit', `--reporter-option=output=${junitFile}`]), junitFile, junitOptional: true });
    }
    // ava and everything else: the script as written; counts only from a report it writes itself (junit-file).
    return underC8({ argv: runTest, junitFile: opts.userJunitFile ?? junitFile, junitOptional: true });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/ecosystems/registry-wait.ts
var registry_wait = __webpack_require__(72282);
;// CONCATENATED MODULE: ./src/ecosystems/npm/verify.ts
/**
 * Verifies a release from the registry the way a user meets it: poll the packument until the version is
 * listed and its tarball is served with the approved bytes, then `npm install name@version` from that
 * registry into an empty project and load it.
 */








/** Polls with backoff until the registry serves the approved tarball, then installs it into an empty project. */
async function verifyNpmRelease(opts) {
    const served = await (0,registry_wait/* waitUntilServed */.P)(() => pollOnce(opts), opts);
    if (!served.served)
        return { verified: false, state: served.state, propagationS: served.propagationS, reason: served.reason };
    const { propagationS } = served;
    opts.logger.info(`${opts.registry} serves ${opts.name}@${opts.version} with the approved bytes (after ${propagationS.toFixed(1)} s)`);
    await installFromRegistry(opts);
    return { verified: true, state: 'verified', propagationS, installedVersion: opts.version };
}
async function pollOnce(opts) {
    const read = { registry: opts.registry, name: opts.name, signal: opts.signal };
    try {
        const entry = (await (0,registry_api/* fetchPackument */.XN)(read))?.versions[opts.version];
        if (!entry)
            return { state: 'missing', reason: `${opts.registry} does not list ${opts.name}@${opts.version} yet` };
        if (!entry.dist?.tarball)
            return { state: 'propagating', reason: `${opts.name}@${opts.version} is listed without a tarball URL yet` };
        const bytes = await (0,registry_api/* fetchTarball */.fc)(entry.dist.tarball, read);
        if (!bytes)
            return { state: 'propagating', reason: `${opts.name}@${opts.version} is listed but ${entry.dist.tarball} answers 404 (still propagating)` };
        const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
        if (!opts.artifacts.some((a) => a.sha256 === sha256)) {
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `${entry.dist.tarball} serves bytes with sha256 ${sha256}, not the approved ${opts.artifacts.map((a) => a.sha256).join(', ')}.`, 'The registry holds other bytes under this version; investigate before announcing, and release a new version.');
        }
        return { state: 'served' };
    }
    catch (err) {
        if (err instanceof core_errors/* ReleaseError */.K2 && err.transient)
            return { state: 'missing', reason: `the registry did not answer (${err.message}); polling again` };
        throw err;
    }
}
async function installFromRegistry(opts) {
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rr-npm-verify-'));
    try {
        const project = (0,external_node_path_.join)(work, 'project');
        await writeScratchProject(project);
        const spec = `${opts.name}@${opts.version}`;
        // --prefer-online: a packument cached before the publish must not hide the new version.
        const install = await opts.exec(opts.npm ?? 'npm', ['install', spec, '--registry', opts.registry, '--prefer-online', '--no-audit', '--no-fund', '--no-update-notifier'], {
            cwd: project,
            check: false,
            signal: opts.signal,
            timeoutMs: opts.installTimeoutMs ?? 5 * 60_000,
        });
        if (install.code !== 0) {
            const log = `${install.stdout}\n${install.stderr}`.trim().split('\n').slice(-20).join('\n');
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `npm could not install ${spec} from ${opts.registry}:\n${log}`, 'The registry lists the version but it does not install: check its dependencies (are they on this registry?).');
        }
        const problem = await probeInstalled({ project, name: opts.name, version: opts.version, node: opts.node ?? 'node', exec: opts.exec, signal: opts.signal, timeoutMs: 120_000 });
        if (problem)
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `${spec} installed from ${opts.registry}, but: ${problem.reason}${problem.log ? `\n${problem.log}` : ''}`, 'Compare the published tarball with the one the gate checked.');
        opts.logger.info(`npm install ${spec} from ${opts.registry} into an empty project works; it loads`);
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/pipeline.ts














const npmBin = (env) => env.tools.npm ?? 'npm';
/** The runner's ID-token endpoint (id-token: write), from the options or the environment; undefined without one. */
function idTokenRequest(env) {
    const url = env.supplyChain?.idTokenRequest?.url ?? env.runner?.oidc?.requestUrl;
    const token = env.supplyChain?.idTokenRequest?.token ?? env.runner?.oidc?.requestToken;
    return url && token ? { url, token } : undefined;
}
/** package.json inside an approved tarball (what the registry and npm's checks see). */
async function tarballManifest(env, file) {
    const r = await env.exec('tar', ['-xzOf', file, 'package/package.json'], { check: false, signal: env.signal, timeoutMs: 60_000 });
    try {
        return JSON.parse(r.stdout);
    }
    catch {
        return {};
    }
}
const nodeBin = (env) => env.tools.node ?? 'node';
/** Packages whose presence lets the gate add a reporter or measure coverage. */
const REPORTER_PACKAGES = ['jest-junit', 'c8', '@vitest/coverage-v8', '@vitest/coverage-istanbul'];
/** Refuses early, with the fix, when the package's manager (pnpm, yarn) is not installed. */
async function requireManager(env, pm) {
    if (pm.name === 'npm')
        return;
    const r = await env.exec(env.tools[pm.name] ?? pm.name, ['--version'], { cwd: (0,external_node_os_.tmpdir)(), check: false, timeoutMs: 60_000 }).catch(() => null);
    if (r?.code !== 0)
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${pm.name} is not installed, but the package uses it (${pm.source}).`, missingManagerHint(pm));
}
/** The git work tree holding `dir` (where lockfiles and workspaces are looked for), or `dir` outside git. */
async function repositoryRoot(env, dir) {
    const r = await env.exec('git', ['rev-parse', '--show-toplevel'], { cwd: dir, check: false, timeoutMs: 30_000 }).catch(() => null);
    return r?.code === 0 && r.stdout.trim() ? r.stdout.trim() : dir;
}
/** What the node binary's test runner can do: `--test-coverage-exclude` (22.5+), glob patterns in `--test` arguments (21+). */
async function nodeTestFeatures(env) {
    const r = await env.exec(nodeBin(env), ['-p', 'JSON.stringify([process.versions.node, process.allowedNodeEnvironmentFlags.has("--test-coverage-exclude")])'], { check: false, timeoutMs: 30_000 }).catch(() => null);
    try {
        const [version, exclude] = JSON.parse(r?.stdout ?? '');
        return { coverageExclude: exclude === true, globs: Number(version.split('.')[0]) >= 21 };
    }
    catch {
        return { coverageExclude: false, globs: false };
    }
}
/**
 * Packs the package once with `npm pack --json` (which runs its prepack/prepare scripts, as a publish from the
 * directory would) into `outDir`; returns the tarball's absolute path.
 */
async function packNpm(env, packageDir, outDir) {
    const r = await env.exec(npmBin(env), ['pack', '--pack-destination', outDir, '--json', '--no-update-notifier'], { cwd: packageDir, check: false, signal: env.signal, timeoutMs: 10 * 60_000 });
    if (r.code !== 0) {
        throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `npm pack failed in ${packageDir}:\n${(r.stderr || r.stdout).trim().split('\n').slice(-20).join('\n')}`, 'Run npm pack in the package directory and fix what it reports (a failing prepack/prepare script, a bad "files" entry).');
    }
    // Script output may precede the JSON: read the last top-level array.
    const start = r.stdout.lastIndexOf('\n[') >= 0 ? r.stdout.lastIndexOf('\n[') + 1 : r.stdout.indexOf('[');
    let entries;
    try {
        entries = JSON.parse(r.stdout.slice(start));
    }
    catch {
        throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `npm pack did not print its JSON report:\n${r.stdout.slice(-2000)}`, 'Use npm 7 or later (npm pack --json).');
    }
    const name = entries[0]?.filename;
    if (!name)
        throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', 'npm pack reported no tarball.', 'Run npm pack in the package directory and check its output.');
    // npm < 9 reported scoped tarballs as "@scope/pkg-1.0.0.tgz" but wrote "scope-pkg-1.0.0.tgz".
    const file = (0,external_node_path_.join)(outDir, name.replace(/^@/, '').replace(/\//g, '-'));
    await (0,promises_.stat)(file).catch(() => {
        throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `npm pack reported ${name}, but ${file} does not exist.`, 'Check the npm version and the pack destination.');
    });
    return file;
}
/** npm's test command, pack, clean install, publish and verify, over the real npm client and the registry's packument. */
const npmPipeline = {
    importName: (info) => info.name,
    defaultRegistry: 'npm',
    testsByExitCode: true,
    async installDependencies(env, { root, packageDir }) {
        const r = await installNpmDependencies(env, { root, packageDir });
        return `${r.command.join(' ')} (${r.packageManager.name} from ${r.packageManager.source})`;
    },
    async defaultTestCommand(env, { packageDir, reportDir, coverage, junitFile, coverageReport }) {
        const manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(packageDir, 'package.json'), 'utf8'));
        const packageManager = await detectPackageManager(await repositoryRoot(env, packageDir), packageDir);
        await requireManager(env, packageManager);
        const plan = planNpmTestCommand(manifest, {
            reportDir,
            node: nodeBin(env),
            ...(await nodeTestFeatures(env).then((f) => ({ coverageExclude: f.coverageExclude, nodeTestGlobs: f.globs }))),
            packageManager,
            managerBin: env.tools[packageManager.name],
            installed: await installedPackages(packageDir, REPORTER_PACKAGES),
            coverage,
            userJunitFile: junitFile ? (0,external_node_path_.resolve)(packageDir, junitFile) : undefined,
            userCoverageReport: coverageReport ? (0,external_node_path_.resolve)(packageDir, coverageReport) : undefined,
        });
        env.logger.info(`test command: ${plan.argv.join(' ')} (package manager ${packageManager.name}, from ${packageManager.source})`);
        return plan;
    },
    async build(env, { packageDir, outDir, tool }) {
        // The action's build-tool default is Python's "build": it means "the ecosystem's own" here.
        if (tool !== undefined && !['npm', 'pnpm', 'yarn', 'build'].includes(tool))
            throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "build-tool" is "${tool}".`, 'npm packages are packed by their package manager: leave build-tool empty (detected from packageManager / the lockfile) or set it to npm, pnpm or yarn.');
        const detected = await detectPackageManager(await repositoryRoot(env, packageDir), packageDir);
        const pm = tool === undefined || tool === 'build' || tool === detected.name ? detected : { name: tool, berry: false, source: 'input build-tool' };
        if (pm.name === 'npm')
            return [await packNpm(env, packageDir, outDir)];
        env.logger.info(`packing with ${pm.name}${pm.berry ? ' (berry)' : ''} (${pm.source})`);
        return [await packWithManager(env, pm, packageDir, outDir)];
    },
    installCheck: (env, { files, info, version, readmeFile, exampleTags, smokeCommand, installArgs }) => npmInstallCheck({ files, name: info.name, expectedVersion: version, readmeFile, exampleTags, smokeCommand, installArgs, npm: npmBin(env), node: nodeBin(env), exec: env.exec, logger: env.logger, signal: env.signal }),
    registry: registry_api/* npmRegistry */.f1,
    remoteState: (env, { registry, name, version, artifacts, files }) => (0,registry_api/* npmRemoteState */.H1)({ registry: registry.indexUrl, name, version, artifacts, files, signal: env.signal }),
    async credentials(env, { registry, token, useOidc }) {
        if (token) {
            env.logger.setSecret(token);
            return { token, source: 'input' };
        }
        // npm trusted publishing: the npm CLI exchanges the ID token itself; its prerequisites are checked before the upload.
        if (useOidc && idTokenRequest(env))
            return { token: '', source: 'oidc' };
        throw new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `No token for ${registry.indexUrl} was given, and the job cannot request an OIDC ID token for npm trusted publishing.`, 'For npm trusted publishing grant the publish job `permissions: id-token: write` and configure a trusted publisher for the package on npmjs.com (npm CLI ≥ 11.5.1), or pass an npm granular access token with publish rights as input "registry-token" (in the reusable workflow: the registry-token secret).');
    },
    async publish(env, { registry, files, artifacts, name, version, credentials, attempts, baseDelayMs }) {
        const tag = (0,scheme/* getScheme */.m)('semver').isPrerelease(version) ? 'next' : 'latest';
        const uploaded = [];
        const skipped = [];
        let total = 0;
        for (const file of files.filter((f) => f.endsWith('.tgz'))) {
            const record = artifacts.find((a) => a.file === (0,external_node_path_.basename)(file));
            const oidc = credentials.source === 'oidc' ? idTokenRequest(env) : undefined;
            if (oidc) {
                await (0,npm_oidc/* checkNpmTrustedPublishing */.IA)({ registry: registry.uploadUrl, name, manifest: await tarballManifest(env, file), repository: env.supplyChain?.publisher?.repository, workflowRef: env.supplyChain?.workflowRef, idToken: oidc, tokenVariables: env.runner?.npmTokenVariables, npm: npmBin(env), exec: env.exec, logger: env.logger, signal: env.signal });
            }
            const provenance = wantsProvenance(registry.uploadUrl, oidc ? { onGitHubActions: true, oidc: { requestUrl: oidc.url } } : env.runner);
            const r = await publishTarball({ registry: registry.uploadUrl, file, name, version, token: credentials.token, oidc, tag, provenance, npm: npmBin(env), exec: env.exec, logger: env.logger, signal: env.signal, attempts, baseDelayMs, sleep: env.sleep });
            total += r.attempts;
            (r.uploaded ? uploaded : skipped).push(record?.file ?? (0,external_node_path_.basename)(file));
        }
        return { uploaded, skipped, attempts: total };
    },
    async verify(env, { registry, info, version, artifacts, timeoutMs, pollMs }) {
        const r = await verifyNpmRelease({ registry: registry.indexUrl, name: info.name, version, artifacts, timeoutMs, pollMs, npm: npmBin(env), node: nodeBin(env), exec: env.exec, logger: env.logger, sleep: env.sleep, signal: env.signal });
        // Verified on the way back: where npm attached provenance (the public registry, through trusted publishing), demand it.
        const sc = env.supplyChain;
        const provenanceVerified = Boolean(r.verified && sc?.expectProvenance && sc.publisher && registry.uploadUrl === registry_api/* NPMJS */.Ng);
        if (provenanceVerified && sc?.publisher) {
            const integrity = (await (0,registry_api/* fetchPackument */.XN)({ registry: registry.indexUrl, name: info.name, signal: env.signal }))?.versions[version]?.dist?.integrity ?? '';
            const { verifyNpmProvenance } = await __webpack_require__.e(/* import() */ 724).then(__webpack_require__.bind(__webpack_require__, 75724));
            const { publicTrustedRoot } = await __webpack_require__.e(/* import() */ 961).then(__webpack_require__.bind(__webpack_require__, 11961));
            const trustedRoot = sc.sigstore?.trustedRoot ?? (await publicTrustedRoot((0,external_node_path_.join)(env.runner?.tempDir || (0,external_node_os_.tmpdir)(), 'release-relay', 'sigstore-tuf')));
            await verifyNpmProvenance({ registry: registry.indexUrl, name: info.name, version, integrity, publisher: sc.publisher, trustedRoot, logger: env.logger, signal: env.signal });
        }
        return { verified: r.verified, state: r.state, propagationS: r.propagationS, installedVersion: r.installedVersion, provenanceVerified };
    },
};


/***/ }),

/***/ 29045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H1: () => (/* binding */ npmRemoteState),
/* harmony export */   NF: () => (/* binding */ sameDist),
/* harmony export */   Ng: () => (/* binding */ NPMJS),
/* harmony export */   SQ: () => (/* binding */ tarballIntegrity),
/* harmony export */   XN: () => (/* binding */ fetchPackument),
/* harmony export */   f1: () => (/* binding */ npmRegistry),
/* harmony export */   fc: () => (/* binding */ fetchTarball),
/* harmony export */   vN: () => (/* binding */ nerfDart)
/* harmony export */ });
/* unused harmony export packumentUrl */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1983);
/**
 * What release-relay reads of an npm registry: the packument (`GET {registry}/{name}`), the integrity of a
 * tarball, and where a registry's auth token goes in an .npmrc.
 */




/** The public npm registry. */
const NPMJS = 'https://registry.npmjs.org/';
/** Resolves `npm` (or `npmjs`) to the public registry, or an http(s) URL to itself with one trailing slash. */
function npmRegistry(nameOrUrl) {
    const v = nameOrUrl.trim();
    if (['npm', 'npmjs', 'registry.npmjs.org'].includes(v.toLowerCase()))
        return { name: 'npm', uploadUrl: NPMJS, indexUrl: NPMJS };
    let url;
    try {
        url = new URL(v);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_INPUT', `Input "registries" has "${nameOrUrl}", which is neither "npm" nor a URL.`, 'Use npm (https://registry.npmjs.org/) or a registry URL such as https://npm.pkg.github.com/.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_INPUT', `Input "registries" has "${nameOrUrl}", which is not an http(s) URL.`, 'Use an https:// registry URL.');
    }
    url.search = '';
    url.hash = '';
    const base = `${url.toString().replace(/\/+$/, '')}/`;
    return { name: base === NPMJS ? 'npm' : url.host, uploadUrl: base, indexUrl: base };
}
/** The packument URL of `name` (a scoped name's slash is encoded: `@scope%2fname`). */
function packumentUrl(registry, name) {
    const base = registry.endsWith('/') ? registry : `${registry}/`;
    return `${base}${name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)}`;
}
/** The key npm looks an auth token up by (the "nerf dart"): `//host[:port]/path/`. */
function nerfDart(registry) {
    const url = new URL(registry);
    return `//${url.host}${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}`;
}
/** SRI sha512 integrity (`sha512-<base64>`) and sha1 shasum (hex) of a file, as npm records them in `dist`. */
async function tarballIntegrity(file) {
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
    return { integrity: `sha512-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512').update(bytes).digest('base64')}`, shasum: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(bytes).digest('hex') };
}
/** Whether a published `dist` is these bytes: the sha512 integrity when both have it, else the sha1 shasum. */
function sameDist(dist, local) {
    if (!dist)
        return false;
    const sha512 = dist.integrity?.split(/\s+/).find((i) => i.startsWith('sha512-'));
    if (sha512)
        return sha512 === local.integrity;
    return !!dist.shasum && dist.shasum.toLowerCase() === local.shasum;
}
async function get(url, opts, accept) {
    try {
        return await (0,_core_http_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchWithDeadline */ .rQ)(url, { headers: { Accept: accept, ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}) } }, { signal: opts.signal, fetchImpl: opts.fetchImpl, timeoutMs: opts.timeoutMs });
    }
    catch (err) {
        if (opts.signal?.aborted || err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2)
            throw err;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('REGISTRY_DOWN', `Could not reach ${url}: ${err.message}`, 'Check the network and input "registries"; the request is retried.', { transient: true, cause: err });
    }
}
function httpError(url, res) {
    const transient = res.status >= 500 || res.status === 429;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('REGISTRY_DOWN', `${url} answered ${res.status} ${res.statusText}.`, transient ? 'The registry is having trouble; the request is retried. Check https://status.npmjs.org for the public registry.' : 'Check input "registries" and whether reading this package needs a token.', { transient });
}
/** The packument, or null when the registry does not know the package (404). Throws REGISTRY_DOWN otherwise. */
async function fetchPackument(opts) {
    const url = packumentUrl(opts.registry, opts.name);
    const res = await get(url, opts, 'application/json');
    if (res.status === 404)
        return null;
    if (!res.ok)
        throw httpError(url, res);
    const body = (await res.json());
    return { name: body.name ?? opts.name, 'dist-tags': body['dist-tags'] ?? {}, versions: body.versions ?? {} };
}
/** The bytes of a published tarball, or null on 404. */
async function fetchTarball(url, opts) {
    const res = await get(url, opts, 'application/octet-stream');
    if (res.status === 404)
        return null;
    if (!res.ok)
        throw httpError(url, res);
    return Buffer.from(await res.arrayBuffer());
}
/**
 * What the registry holds of `version` for each artifact. A registry keeps one tarball per version, so every
 * artifact is compared with it: by sha512 integrity against the local file when `files` names it, else by
 * downloading the published tarball and comparing its sha256 with the approved one.
 */
async function npmRemoteState(opts) {
    const packument = await fetchPackument(opts);
    const entry = packument?.versions[opts.version];
    const out = {};
    let remoteSha256;
    for (const a of opts.artifacts) {
        if (!entry) {
            out[a.file] = 'absent';
            continue;
        }
        const local = opts.files?.find((f) => f === a.file || f.endsWith(`/${a.file}`) || f.endsWith(`\\${a.file}`));
        if (local) {
            out[a.file] = sameDist(entry.dist, await tarballIntegrity(local)) ? 'same' : 'different';
            continue;
        }
        if (remoteSha256 === undefined) {
            const bytes = entry.dist?.tarball ? await fetchTarball(entry.dist.tarball, opts) : null;
            remoteSha256 = bytes ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex') : null;
        }
        out[a.file] = remoteSha256 === a.sha256 ? 'same' : 'different';
    }
    return out;
}


/***/ }),

/***/ 64607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ extractExamples)
/* harmony export */ });
/* unused harmony export SKIP_MARKER */
/** The comment that opts the next code block out of the README check. */
const SKIP_MARKER = '<!-- release-relay: skip -->';
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`{]*)?/;
/**
 * Turns a `>>>` session into a script that runs it with doctest and exits non-zero when any expected output
 * differs, so the README's printed results are checked too.
 */
function doctestScript(session, file, line) {
    return [
        'import doctest, sys',
        `_text = ${JSON.stringify(session)}`,
        `_test = doctest.DocTestParser().get_doctest(_text, {"__name__": "__main__"}, ${JSON.stringify(`${file}:${line}`)}, ${JSON.stringify(file)}, ${line})`,
        '_runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)',
        '_runner.run(_test)',
        'sys.exit(1 if _runner.failures else 0)',
        '',
    ].join('\n');
}
/** A block that shows a shell session (`$ pip install …`) rather than Python code. */
function isShellSession(code) {
    const first = code.split('\n').find((l) => l.trim() !== '');
    return first !== undefined && /^\s*(\$|%|#!\s*\/bin\/(ba)?sh)\s/.test(first);
}
/**
 * Extracts the fenced code blocks whose language is one of `tags` (case-insensitive), skipping a block
 * preceded by `<!-- release-relay: skip -->` (blank lines allowed between) and blocks that show a shell
 * session. A block that starts with `>>> ` is converted into a doctest run.
 */
function extractExamples(markdown, file, opts) {
    const tags = new Set(opts.tags.map((t) => t.toLowerCase()));
    const lines = markdown.split(/\r?\n/);
    const examples = [];
    let lastContent = '';
    for (let i = 0; i < lines.length; i++) {
        const open = FENCE.exec(lines[i]);
        if (!open) {
            if (lines[i].trim() !== '')
                lastContent = lines[i].trim();
            continue;
        }
        const [, indent, fence, info = ''] = open;
        const body = [];
        let j = i + 1;
        for (; j < lines.length; j++) {
            const close = lines[j].trim();
            if (close[0] === fence[0] && close.length >= fence.length && /^(`+|~+)$/.test(close))
                break;
            // Content is indented like the fence (inside a list item): strip that much.
            body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j].trimStart());
        }
        const skipped = lastContent === SKIP_MARKER;
        const lang = info.toLowerCase();
        const code = `${body.join('\n')}\n`;
        if (!skipped && tags.has(lang) && code.trim() !== '' && !isShellSession(code)) {
            const line = i + 1;
            examples.push({ file, line, lang: info, code: /^\s*>>> /.test(code) ? doctestScript(code, file, line) : code });
        }
        lastContent = fence;
        i = j;
    }
    return examples;
}


/***/ }),

/***/ 72282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ waitUntilServed)
/* harmony export */ });
/* harmony import */ var _core_poll_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88822);

/**
 * Polls a registry with backoff until it serves the release (logging each miss), for both ecosystems'
 * verification. Served: the propagation time; not in time: where polling stopped and why (also warned).
 */
async function waitUntilServed(look, o) {
    const polled = await (0,_core_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .pollUntil */ .g)(async () => {
        const outcome = await look();
        return outcome.state === 'served' ? { done: true, value: undefined } : { done: false, pending: outcome };
    }, {
        intervalMs: o.pollMs ?? 5000,
        maxIntervalMs: o.maxPollMs ?? 60_000,
        timeoutMs: o.timeoutMs,
        onPending: (p, poll, elapsed) => o.logger.info(`poll ${poll} after ${Math.round(elapsed / 1000)} s: ${p.reason}`),
        sleep: o.sleep,
        now: o.now,
        signal: o.signal,
    });
    if (polled.done)
        return { served: true, propagationS: Math.max(0.001, polled.elapsedMs / 1000) };
    const reason = `${polled.pending.reason} (gave up after ${Math.round(polled.elapsedMs / 1000)} s and ${polled.polls} poll(s); timeout ${Math.round(o.timeoutMs / 1000)} s)`;
    o.logger.warning(reason);
    return { served: false, state: polled.pending.state, propagationS: polled.elapsedMs / 1000, reason };
}


/***/ }),

/***/ 47134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ workflowFile),
/* harmony export */   Sv: () => (/* binding */ repositorySlug),
/* harmony export */   pd: () => (/* binding */ trustedPublishingFindings),
/* harmony export */   vn: () => (/* binding */ NPM_TRUSTED_PUBLISHING_MIN)
/* harmony export */ });
/* harmony import */ var semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3872);
/* harmony import */ var semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58780);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Trusted-publisher prerequisites as findings (pure functions over what the caller read): npm CLI version,
 * tokens that would take over from OIDC, package.json's repository, the workflow file and environment the
 * registry will match, PyPI's reusable-workflow limit. publish-and-verify runs them in its pre-flight; a
 * `doctor` check can call them with the same inputs.
 */
// Single functions, not semver's index (which loads every range helper): see versioning/semver.ts.


/** The lowest npm CLI that publishes through npm trusted publishing (OIDC token exchange). */
const NPM_TRUSTED_PUBLISHING_MIN = '11.5.1';
/** `owner/repo` named by a repository URL or shorthand (`git+https://github.com/o/r.git`, `github:o/r`, `o/r`). */
function repositorySlug(value) {
    const raw = typeof value === 'string' ? value : typeof value === 'object' && value && typeof value.url === 'string' ? value.url : undefined;
    if (!raw)
        return undefined;
    const m = /^(?:github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(raw.trim()) ?? /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(raw.trim());
    return m ? `${m[1]}/${m[2]}` : undefined;
}
/** The workflow file of a workflow ref (`o/r/.github/workflows/release.yml@refs/heads/main` → `release.yml`). */
function workflowFile(ref) {
    return ref ? /\.github\/workflows\/([^@/]+)@/.exec(ref)?.[1] : undefined;
}
/** Runs every check that applies to `facts`. */
function trustedPublishingFindings(facts) {
    const out = [];
    const name = facts.registry === 'npm' ? 'npm trusted publishing' : 'PyPI Trusted Publishing';
    if (facts.tokenGiven) {
        out.push({ level: 'info', id: 'token-path', message: `Publishing with the token from input registry-token; ${name} is not used.`, hint: facts.registry === 'npm' ? 'Configure a trusted publisher on npmjs.com (package → Settings) and drop the token to publish through OIDC with provenance.' : undefined });
        return out;
    }
    if (!facts.idTokenAvailable) {
        out.push({ level: 'error', id: 'no-id-token', message: `No registry token was given and the job cannot request an OIDC ID token, which ${name} needs.`, hint: 'Grant the publish job `permissions: id-token: write`, or pass input `registry-token`.' });
        return out;
    }
    const file = workflowFile(facts.workflowRef);
    const jobFile = workflowFile(facts.jobWorkflowRef);
    if (file) {
        out.push({ level: 'info', id: 'publisher-match', message: `${name} will match repository ${facts.repository ?? '(unknown)'}, workflow ${file}${facts.environment ? `, environment ${facts.environment}` : ' (no environment)'}.`, hint: 'The trusted publisher configured on the registry must name exactly these.' });
    }
    // Compared by path, not file name: a reusable workflow of another repository may have the caller's file name.
    const jobPath = facts.jobWorkflowRef?.split('@')[0];
    if (facts.registry === 'pypi' && jobFile && file && jobPath !== facts.workflowRef?.split('@')[0]) {
        const reusable = jobPath?.startsWith(`${facts.repository ?? ''}/.github/`) ? jobFile : jobPath;
        out.push({ level: 'error', id: 'pypi-reusable-workflow', message: `This job runs in the reusable workflow ${reusable}, called from ${file}; PyPI matches the publisher on the job's workflow and refuses tokens minted inside a reusable workflow from another file (invalid-publisher).`, hint: 'Run publish-and-verify in a job of the caller\'s workflow (the reusable workflow with `publish: false`), or pass input `registry-token`.' });
    }
    if (facts.registry === 'npm') {
        if (facts.npmVersion && semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default()(facts.npmVersion) && semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_0___default()(facts.npmVersion, NPM_TRUSTED_PUBLISHING_MIN)) {
            out.push({ level: 'error', id: 'npm-cli-too-old', message: `npm ${facts.npmVersion} cannot publish through trusted publishing (it needs npm ≥ ${NPM_TRUSTED_PUBLISHING_MIN}).`, hint: 'Add a step `npm install -g npm@^11.5.1` before publish-and-verify (or actions/setup-node with node-version 24, whose npm is 11), or pass input `registry-token`.' });
        }
        for (const where of facts.strayTokens ?? []) {
            out.push({ level: 'warning', id: 'npm-stray-token', message: `A token is configured in ${where}: npm would fall back to it silently if the OIDC exchange failed, publishing without trusted publishing.`, hint: 'release-relay publishes with a clean npm config (that token is not used); remove it from the workflow, or pass it as input `registry-token` to publish with a token on purpose.' });
        }
        const slug = repositorySlug(facts.packageRepository);
        if (facts.repository && facts.packageRepository !== undefined && slug?.toLowerCase() !== facts.repository.toLowerCase()) {
            out.push({ level: 'error', id: 'npm-repository-mismatch', message: `package.json repository ${JSON.stringify(facts.packageRepository)} does not name ${facts.repository}; npm refuses provenance and trusted publishing from another repository.`, hint: `Set "repository": { "type": "git", "url": "git+https://github.com/${facts.repository}.git" } in package.json.` });
        }
        else if (facts.repository && facts.packageRepository === undefined) {
            out.push({ level: 'error', id: 'npm-repository-missing', message: `package.json has no repository; npm trusted publishing and provenance need it to name ${facts.repository}.`, hint: `Add "repository": { "type": "git", "url": "git+https://github.com/${facts.repository}.git" } to package.json.` });
        }
        if (facts.packageExists === false) {
            out.push({ level: 'error', id: 'npm-first-publish', message: `${facts.packageName ?? 'The package'} does not exist on the registry yet; npm trusted publishing can only publish new versions of an existing package.`, hint: 'Publish the first version with a token (input `registry-token`), then configure the trusted publisher on npmjs.com and drop the token.' });
        }
    }
    return out;
}


/***/ })

};

//# sourceMappingURL=936.index.js.map