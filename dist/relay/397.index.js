export const id = 397;
export const ids = [397];
export const modules = {

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

/***/ 14442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ wheelImportNames),
/* harmony export */   Nh: () => (/* binding */ parseImportNames),
/* harmony export */   VD: () => (/* binding */ sourceImportNames),
/* harmony export */   lJ: () => (/* binding */ coverageConfiguresSource)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45383);
/* harmony import */ var _ini_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38281);
/* harmony import */ var _pyproject_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87160);






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

/***/ 70441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ simpleIndexUrl),
/* harmony export */   _7: () => (/* binding */ fetchJsonRelease),
/* harmony export */   qg: () => (/* binding */ fetchSimpleFiles),
/* harmony export */   y3: () => (/* binding */ indexBase)
/* harmony export */ });
/* unused harmony export parseSimpleHtml */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1983);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81396);
/**
 * The read side of a Python package index (PyPI or any warehouse-compatible one): the JSON API and the
 * simple index (PEP 691 JSON, PEP 503 HTML as a fallback). The only module that knows their URLs and shapes.
 */



/** The index base without a trailing slash (`https://pypi.org/` → `https://pypi.org`). */
function indexBase(indexUrl) {
    return indexUrl.replace(/\/+$/, '');
}
/** The simple index URL pip takes as `--index-url`. */
function simpleIndexUrl(indexUrl) {
    return `${indexBase(indexUrl)}/simple/`;
}
/**
 * Files of one release from the JSON API (`/pypi/<name>/<version>/json`), or null when the index does not
 * know the version (404). Network errors and 5xx throw REGISTRY_DOWN, marked transient.
 */
async function fetchJsonRelease(req) {
    const url = `${indexBase(req.indexUrl)}/pypi/${encodeURIComponent((0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(req.name))}/${encodeURIComponent(req.version)}/json`;
    const res = await get(url, 'application/json', req);
    if (res.status === 404)
        return null;
    const body = (await readJson(res, url));
    return (body.urls ?? []).map((u) => ({ filename: u.filename, sha256: u.digests?.sha256, url: u.url, packagetype: u.packagetype, size: u.size, yanked: u.yanked }));
}
/**
 * Files of a project on the simple index, the page pip reads: PEP 691 JSON when the index offers it, else
 * the PEP 503 HTML links with their `#sha256=` fragments. Null when the project page does not exist (404).
 */
async function fetchSimpleFiles(req) {
    const url = `${simpleIndexUrl(req.indexUrl)}${encodeURIComponent((0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(req.name))}/`;
    const res = await get(url, 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1', req);
    if (res.status === 404)
        return null;
    const type = res.headers.get('content-type') ?? '';
    if (type.includes('application/vnd.pypi.simple.v1+json')) {
        const body = (await readJson(res, url));
        return (body.files ?? []).map((f) => ({ filename: f.filename, url: f.url, sha256: f.hashes?.sha256, yanked: Boolean(f.yanked) }));
    }
    return parseSimpleHtml(await res.text());
}
/** Links of a PEP 503 page: file name from the anchor text, sha256 from the URL fragment. */
function parseSimpleHtml(html) {
    const out = [];
    for (const m of html.matchAll(/<a\s+[^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/gi)) {
        const href = m[1].replace(/&amp;/g, '&');
        const sha = /#sha256=([0-9a-f]{64})/i.exec(href)?.[1];
        out.push({ filename: m[2].trim(), url: href.split('#')[0], sha256: sha?.toLowerCase() });
    }
    return out;
}
async function get(url, accept, req) {
    let res;
    try {
        res = await (0,_core_http_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchWithDeadline */ .rQ)(url, { headers: { Accept: accept }, redirect: 'follow' }, { timeoutMs: req.timeoutMs, signal: req.signal, fetchImpl: req.fetchImpl });
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2)
            throw err;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('REGISTRY_DOWN', `Could not reach ${(0,_core_http_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url)}: ${err.message}`, 'Check the index URL (input `registries`) and the runner\'s network; the request is retried.', {
            transient: true,
            cause: err,
        });
    }
    if (res.status === 401 || res.status === 403) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('NO_CREDENTIALS', `${(0,_core_http_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url)} answered ${res.status} ${res.statusText}: it refuses to be read with these credentials.`, 'Check the credentials in the index URL (input `registries`, e.g. https://user:token@host/), or drop them for a public index.');
    }
    if (res.status === 404)
        return res;
    if (res.status >= 500 || res.status === 429) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('REGISTRY_DOWN', `${(0,_core_http_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url)} answered ${res.status} ${res.statusText}`, 'The index is having trouble; the request is retried. Check https://status.python.org if it persists.', {
            transient: true,
        });
    }
    if (!res.ok) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('REGISTRY_DOWN', `${(0,_core_http_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url)} answered ${res.status} ${res.statusText}`, 'Check the index URL (input `registries`): it should be the index base, e.g. https://pypi.org.');
    }
    return res;
}
async function readJson(res, url) {
    try {
        return await res.json();
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('REGISTRY_DOWN', `${(0,_core_http_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url)} did not answer JSON: ${err.message}`, 'Check the index URL (input `registries`): it should be the index base, e.g. https://pypi.org.', {
            transient: true,
            cause: err,
        });
    }
}


/***/ }),

/***/ 40850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ resolvePython)
/* harmony export */ });
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72642);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/**
 * Picks the Python interpreter to run. An explicit choice (input `python`, or RELEASE_RELAY_PYTHON read by the entry) wins
 * and is checked; otherwise the candidates are tried in order and the first that can import every
 * required module is used. On GitHub runners `python3` from setup-python is first and has what it needs;
 * on machines where the first `python3` on PATH lacks the modules, `/usr/bin/python3` is the next try.
 */
async function resolvePython(options = {}) {
    const run = options.exec ?? _core_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m0;
    const modules = options.modules ?? [];
    const explicit = options.explicit;
    // `prefer`: the interpreter an earlier step of the same run chose, so one run tests, builds and installs on one Python.
    const candidates = explicit ? [explicit] : [...new Set([...(options.prefer ? [options.prefer] : []), 'python3', '/usr/bin/python3', 'python'])];
    const probe = modules.length ? `import ${modules.join(', ')}` : 'pass';
    const tried = [];
    for (const candidate of candidates) {
        try {
            const r = await run(candidate, ['-c', `${probe}\nimport sys; print(sys.executable)`], { check: false });
            if (r.code === 0)
                return r.stdout.trim().split('\n').pop() || candidate;
            tried.push(`${candidate}: ${r.stderr.trim().split('\n').pop() ?? `exit ${r.code}`}`);
        }
        catch (err) {
            tried.push(`${candidate}: ${err.message}`);
        }
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('COMMAND_FAILED', `No Python interpreter with ${modules.length ? modules.join(', ') : 'a working install'} was found (${tried.join('; ')}).`, explicit ? `Install the modules into ${explicit}, or point input "python" at an interpreter that has them.` : 'Set input "python" (or RELEASE_RELAY_PYTHON) to an interpreter that has them, e.g. /usr/bin/python3.');
}


/***/ }),

/***/ 37397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assertBuiltVersion: () => (/* binding */ assertBuiltVersion),
  distFileVersion: () => (/* binding */ distFileVersion),
  pretendVersionEnv: () => (/* binding */ pretendVersionEnv),
  pythonPipeline: () => (/* binding */ pythonPipeline),
  pythonRegistry: () => (/* binding */ pythonRegistry)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/ecosystems/python/interpreter.ts
var interpreter = __webpack_require__(40850);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/files.ts + 1 modules
var core_files = __webpack_require__(45383);
;// CONCATENATED MODULE: ./src/ecosystems/python/build-requirements.ts
/**
 * Lists `[build-system] requires` entries the interpreter's own packages do not satisfy (`flit_core >=4,<5`
 * with flit_core 3.8.0 installed), read by that interpreter with tomllib and packaging. Used to explain a
 * failed build without isolation; empty when everything is met or it cannot tell (no packaging module).
 */
const SCRIPT = `
import sys, json
try:
    import tomllib
except ImportError:
    import tomli as tomllib
from importlib import metadata
from packaging.requirements import Requirement
with open(sys.argv[1], "rb") as f:
    requires = tomllib.load(f).get("build-system", {}).get("requires", [])
unmet = []
for spec in requires:
    req = Requirement(spec)
    if req.marker is not None and not req.marker.evaluate():
        continue
    try:
        have = metadata.version(req.name)
    except metadata.PackageNotFoundError:
        unmet.append({"requirement": spec, "installed": None})
        continue
    if req.specifier and not req.specifier.contains(have, prereleases=True):
        unmet.append({"requirement": spec, "installed": have})
print(json.dumps(unmet))
`;
async function unmetBuildRequirements(exec, python, pyprojectPath) {
    try {
        const { stdout } = await exec(python, ['-c', SCRIPT, pyprojectPath], { timeoutMs: 60_000 });
        const parsed = JSON.parse(stdout.trim().split('\n').pop() ?? '[]');
        return Array.isArray(parsed) ? parsed : [];
    }
    catch {
        return [];
    }
}
/** `flit_core >=4,<5 (installed: 3.8.0)`, `hatch-vcs (not installed)`. */
function describeUnmet(unmet) {
    return unmet.map((u) => `${u.requirement} (${u.installed === null ? 'not installed' : `installed: ${u.installed}`})`).join(', ');
}

;// CONCATENATED MODULE: ./src/ecosystems/python/build.ts





const DIST_FILE = /\.(whl|tar\.gz|zip)$/;
/**
 * Builds a Python package's distributions once. `python -m build` builds the sdist and then the wheel FROM
 * the sdist, so a file missing from the sdist fails here rather than for users. Returns absolute paths.
 */
async function buildPython(opts) {
    const tool = opts.tool ?? 'build';
    const packageDir = (0,external_node_path_.resolve)(opts.packageDir);
    const outDir = (0,external_node_path_.resolve)(opts.outDir);
    // The out dir is wiped first: refuse one that holds the sources.
    if ((0,core_files/* isWithin */.UO)(outDir, packageDir)) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `The build output directory ${outDir} contains the package directory ${packageDir}.`, 'Use a separate output directory such as dist/ inside the package, or a temporary directory.');
    }
    await (0,promises_.rm)(outDir, { recursive: true, force: true });
    await (0,promises_.mkdir)(outDir, { recursive: true });
    let file;
    let args;
    if (tool === 'uv') {
        try {
            await opts.exec('uv', ['--version'], { signal: opts.signal });
        }
        catch {
            throw new core_errors/* ReleaseError */.K2('BAD_INPUT', 'Input "build-tool" is uv, but uv is not on PATH.', 'Install uv first (astral-sh/setup-uv), or set build-tool to build.');
        }
        file = 'uv';
        args = ['build', '--out-dir', outDir, ...(opts.isolated ? [] : ['--no-build-isolation']), packageDir];
    }
    else if (tool === 'build') {
        file = opts.python;
        args = ['-m', 'build', '--outdir', outDir, ...(opts.isolated ? [] : ['--no-isolation', '--skip-dependency-check']), packageDir];
    }
    else {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "build-tool" (${String(tool)}) is not one of: build, uv.`, 'Set build-tool to build or uv.');
    }
    opts.logger.info(`building: ${file} ${args.join(' ')}`);
    try {
        await opts.exec(file, args, {
            cwd: packageDir,
            env: opts.env,
            signal: opts.signal,
            timeoutMs: opts.timeoutMs ?? 10 * 60_000,
            onOutput: (chunk) => {
                for (const line of chunk.trimEnd().split('\n'))
                    opts.logger.debug(line);
            },
        });
    }
    catch (err) {
        if ((0,core_errors/* isReleaseError */.q8)(err, 'COMMAND_FAILED')) {
            // Without isolation the interpreter's own packages build it: name the declared requirements they miss.
            const unmet = !opts.isolated && tool === 'build' ? await unmetBuildRequirements(opts.exec, opts.python, (0,external_node_path_.join)(packageDir, 'pyproject.toml')) : [];
            const hint = unmet.length
                ? `Without build isolation (isolated-build: false, or --offline) the interpreter's own packages build it, and they do not meet [build-system] requires: ${describeUnmet(unmet)}. Install matching versions into ${opts.python}, or build isolated (isolated-build: true) where the index is reachable.`
                : buildHint(err.message, opts.isolated);
            throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `Building ${packageDir} failed: ${err.message}`, hint, { cause: err });
        }
        throw err;
    }
    const files = (await (0,promises_.readdir)(outDir)).filter((f) => DIST_FILE.test(f)).sort().map((f) => (0,external_node_path_.join)(outDir, f));
    const wheels = files.filter((f) => f.endsWith('.whl'));
    const sdists = files.filter((f) => !f.endsWith('.whl'));
    if (!wheels.length || !sdists.length) {
        throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `Building ${packageDir} produced ${files.length ? files.map((f) => (0,external_node_path_.relative)(outDir, f)).join(', ') : 'no distributions'}, not an sdist and a wheel.`, 'Check the build backend configuration in pyproject.toml.');
    }
    opts.logger.info(`built ${files.map((f) => (0,external_node_path_.relative)(outDir, f)).join(', ')}`);
    return { files };
}
function buildHint(output, isolated) {
    if (/No module named build\b/.test(output))
        return 'Install pypa/build into that interpreter (pip install build), or set build-tool to uv.';
    if (!isolated && /ModuleNotFoundError|Backend .* is not available|BackendUnavailable/i.test(output)) {
        return 'Without build isolation the build backend (e.g. hatchling) must be installed in the interpreter; install it or enable isolated builds.';
    }
    return 'Fix the error in the build output above; `python -m build` builds the wheel from the sdist, so a file missing from the sdist fails the wheel build.';
}

// EXTERNAL MODULE: ./src/core/combinators.ts
var combinators = __webpack_require__(54192);
// EXTERNAL MODULE: ./src/core/http.ts
var http = __webpack_require__(1983);
// EXTERNAL MODULE: ./src/ecosystems/python/index-api.ts
var index_api = __webpack_require__(70441);
;// CONCATENATED MODULE: ./src/ecosystems/python/credentials.ts
/**
 * The upload credential for a Python index: an API token given as input, or one minted through PyPI's
 * Trusted Publishing (GitHub OIDC ID token exchanged at `{index}/_/oidc/mint-token`).
 */




const OIDC_HINT_PERMISSION = 'Pass input `pypi-token`, or use Trusted Publishing: configure a publisher on PyPI and grant the job `permissions: id-token: write`.';
/**
 * Returns the token to upload with, masked in logs. Throws NO_CREDENTIALS (before anything is uploaded)
 * when there is neither a token nor an OIDC environment, OIDC_REFUSED when the index refuses the exchange.
 */
async function getPublishToken(opts) {
    if (opts.token) {
        opts.logger.setSecret(opts.token);
        return { token: opts.token, source: 'input' };
    }
    if (!opts.useOidc) {
        throw new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `No token for ${(0,index_api/* indexBase */.y3)(opts.indexUrl)} was given and Trusted Publishing is turned off.`, OIDC_HINT_PERMISSION);
    }
    if (!opts.requestUrl || !opts.requestToken) {
        throw new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `No token for ${(0,index_api/* indexBase */.y3)(opts.indexUrl)} was given, and the job cannot request an OIDC ID token (ACTIONS_ID_TOKEN_REQUEST_URL is not set).`, OIDC_HINT_PERMISSION);
    }
    const doFetch = opts.fetchImpl ?? fetch;
    let audience;
    const ctx = { ...(0,combinators/* createStepContext */.YC)('publish-and-verify', opts.logger), sleep: opts.sleep, signal: opts.signal };
    // Each attempt asks the runner for a FRESH ID token: PyPI accepts every JWT once, even if the mint failed.
    const mint = (0,combinators/* retry */.L5)(async () => {
        audience ??= await fetchAudience(opts, doFetch);
        const jwt = await requestIdToken(opts, audience, doFetch);
        return mintToken(opts, jwt, doFetch);
    }, { attempts: opts.mintAttempts ?? 4, baseDelayMs: opts.baseDelayMs ?? 1000, maxDelayMs: 15000 });
    const minted = await mint(undefined, ctx);
    opts.logger.info(`Minted a short-lived upload token through Trusted Publishing (expires ${new Date(minted.expiresAt ?? 0).toISOString()}).`);
    return minted;
}
async function fetchAudience(opts, doFetch) {
    const url = `${(0,index_api/* indexBase */.y3)(opts.indexUrl)}/_/oidc/audience`;
    const res = await call(doFetch, url, { signal: opts.signal }, opts.requestTimeoutMs);
    if (res.status === 403 || res.status === 404) {
        throw new core_errors/* ReleaseError */.K2('OIDC_REFUSED', `${(0,index_api/* indexBase */.y3)(opts.indexUrl)} does not offer Trusted Publishing (${url} answered ${res.status}).`, 'Pass input `pypi-token` for this index, or check input `registries`.');
    }
    if (!res.ok)
        throw httpError(url, res);
    const body = (await res.json().catch(() => ({})));
    if (typeof body.audience !== 'string' || !body.audience) {
        throw new core_errors/* ReleaseError */.K2('OIDC_REFUSED', `${url} did not name an audience.`, 'Check input `registries`: it should be the index base, e.g. https://pypi.org.');
    }
    return body.audience;
}
/** Asks the runner for a fresh OIDC ID token for `audience` (also `sigstore`, for attestations); masked. */
async function requestIdToken(opts, audience, doFetch) {
    const base = opts.requestUrl;
    const url = `${base}${base.includes('?') ? '&' : '?'}audience=${encodeURIComponent(audience)}`;
    const res = await call(doFetch, url, { headers: { Authorization: `bearer ${opts.requestToken}`, Accept: 'application/json' }, signal: opts.signal }, opts.requestTimeoutMs);
    if (res.status >= 500)
        throw httpError('the ID token endpoint', res);
    if (!res.ok) {
        throw new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `The runner refused an OIDC ID token for audience "${audience}" (${res.status} ${res.statusText}).`, 'Grant the publish job `permissions: id-token: write`, or pass input `pypi-token`.');
    }
    const body = (await res.json().catch(() => ({})));
    if (typeof body.value !== 'string' || !body.value) {
        throw new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', 'The runner answered the ID token request without a token.', 'Grant the publish job `permissions: id-token: write`, or pass input `pypi-token`.');
    }
    opts.logger.setSecret(body.value);
    return body.value;
}
async function mintToken(opts, jwt, doFetch) {
    const url = `${(0,index_api/* indexBase */.y3)(opts.indexUrl)}/_/oidc/mint-token`;
    const res = await call(doFetch, url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: jwt }), signal: opts.signal }, opts.requestTimeoutMs);
    if (res.status >= 500 || res.status === 429)
        throw httpError(url, res);
    const body = (await res.json().catch(() => ({})));
    if (res.ok && typeof body.token === 'string' && body.token) {
        opts.logger.setSecret(body.token);
        const expiresAt = typeof body.expires === 'number' ? body.expires * 1000 : Date.now() + 15 * 60 * 1000;
        return { token: body.token, source: 'oidc', expiresAt };
    }
    const errors = body.errors ?? [];
    const codes = errors.map((e) => e.code ?? 'unknown');
    const detail = errors.map((e) => `${e.code}: ${e.description ?? ''}`.trim()).join('; ') || `${res.status} ${res.statusText}`;
    throw new core_errors/* ReleaseError */.K2('OIDC_REFUSED', `${(0,index_api/* indexBase */.y3)(opts.indexUrl)} refused to mint an upload token (${detail}).`, mintHint(codes));
}
/** The likely cause of a refused exchange, by the first error code that has a known fix. */
function mintHint(codes) {
    if (codes.includes('invalid-publisher')) {
        return 'No trusted publisher matches this workflow. Configure one on PyPI (project → Publishing) for this repository and workflow file, or — if the publish job runs inside a reusable workflow — note that PyPI matches the CALLER\'s workflow file: run publish-and-verify in the caller\'s workflow, not in the reusable one.';
    }
    if (codes.includes('not-enabled'))
        return 'Trusted Publishing is turned off on this index; pass input `pypi-token` instead.';
    if (codes.includes('invalid-reuse-token'))
        return 'The ID token was already used; every exchange needs a fresh one. Re-run the job.';
    if (codes.includes('invalid-token'))
        return 'The index rejected the ID token (audience, issuer or expiry). Check input `registries` and that the job has `permissions: id-token: write`.';
    return 'Check the Trusted Publishing configuration on the index, or pass input `pypi-token`.';
}
async function call(doFetch, url, init, timeoutMs) {
    try {
        return await (0,http/* fetchWithDeadline */.rQ)(url, init, { fetchImpl: doFetch, timeoutMs, signal: init.signal ?? undefined });
    }
    catch (err) {
        if (err instanceof core_errors/* ReleaseError */.K2)
            throw err;
        throw new core_errors/* ReleaseError */.K2('REGISTRY_DOWN', `Could not reach ${url.split('?')[0]}: ${err.message}`, 'Check the network and input `registries`; the request is retried.', {
            transient: true,
            cause: err,
        });
    }
}
function httpError(what, res) {
    return new core_errors/* ReleaseError */.K2('REGISTRY_DOWN', `${what.split('?')[0]} answered ${res.status} ${res.statusText}`, 'The service is having trouble; the request is retried. Check https://status.python.org if it persists.', {
        transient: true,
    });
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(68898);
// EXTERNAL MODULE: ./src/ecosystems/example-runner.ts
var example_runner = __webpack_require__(43270);
// EXTERNAL MODULE: ./src/ecosystems/readme-examples.ts
var readme_examples = __webpack_require__(64607);
// EXTERNAL MODULE: ./src/ecosystems/check-output.ts
var check_output = __webpack_require__(17867);
;// CONCATENATED MODULE: ./src/ecosystems/python/venv.ts

/** pip ≥ 22.3 can install into another interpreter (`pip --python <venv python>`). */
const PIP_PYTHON_OPTION = [22, 3];
const hostPip = new Map();
/**
 * The absolute path of `python` when its own pip is new enough for `--python` (pip 22.3; Debian 12 ships
 * 23.0), else null. Asked once per interpreter and process, by importing pip's package (tens of ms, not
 * pip's whole CLI). The path is absolute so that a venv's bin/ first on PATH cannot stand in for it.
 */
function pipCanTarget(exec, python) {
    let known = hostPip.get(python);
    if (known === undefined) {
        known = exec(python, ['-I', '-c', 'import pip, sys; print(pip.__version__); print(sys.executable)'], { check: false, timeoutMs: 60_000 }).then((r) => {
            const [version = '', executable = ''] = r.code === 0 ? r.stdout.trim().split('\n') : [];
            const m = /^(\d+)\.(\d+)/.exec(version);
            if (!m || !executable)
                return null;
            const [major, minor] = [Number(m[1]), Number(m[2])];
            return major > PIP_PYTHON_OPTION[0] || (major === PIP_PYTHON_OPTION[0] && minor >= PIP_PYTHON_OPTION[1]) ? executable : null;
        }, () => null);
        hostPip.set(python, known);
    }
    return known;
}
/**
 * Creates a clean virtual environment at `venv`. When the creating interpreter's pip supports `--python`,
 * the venv is made `--without-pip` and pip runs from outside it (about 1 s instead of 3–8 s for ensurepip
 * to install pip into every fresh venv); otherwise the venv gets its own pip from ensurepip, as before.
 * Either way packages land only in the venv.
 */
async function createVenv(exec, python, venv, options = {}) {
    const vpython = (0,external_node_path_.join)(venv, process.platform === 'win32' ? 'Scripts' : 'bin', process.platform === 'win32' ? 'python.exe' : 'python');
    const host = await pipCanTarget(exec, python);
    if (host !== null) {
        await exec(host, ['-m', 'venv', '--without-pip', venv], options);
        return { python: vpython, pip: [host, '-m', 'pip', '--python', vpython] };
    }
    await exec(python, ['-m', 'venv', venv], options);
    return { python: vpython, pip: [vpython, '-m', 'pip'] };
}

;// CONCATENATED MODULE: ./src/ecosystems/python/install-check.ts









/** The importer run inside the venv: imports the package, prints the installed version and where it came from. */
const IMPORT_PROBE = [
    'import importlib, importlib.metadata, json, sys',
    'mods = [importlib.import_module(n) for n in sys.argv[1].split(",")]',
    'print(json.dumps({"version": importlib.metadata.version(sys.argv[2]), "file": getattr(mods[0], "__file__", None)}))',
].join('\n');
/** Whether two PEP 440 versions are the same release (falls back to string equality for non-PEP 440 text). */
function samePythonVersion(a, b) {
    if ((0,pep440.valid)(a) && (0,pep440.valid)(b))
        return (0,pep440.eq)(a, b);
    return a.trim() === b.trim();
}
/**
 * Installs the built wheel into a fresh venv and uses it from an empty directory (so the repository's sources
 * are not on sys.path): imports the package, checks the installed version, runs the README's Python examples
 * and an optional smoke command. A failing check returns `ok: false` with the reason and a log excerpt; only
 * infrastructure failures (no venv, no interpreter) throw.
 */
async function pythonInstallCheck(opts) {
    const wheel = opts.files.find((f) => f.endsWith('.whl'));
    if (!wheel)
        return { ok: false, examplesRun: 0, reason: `No wheel among the built files (${opts.files.map((f) => (0,external_node_path_.basename)(f)).join(', ') || 'none'}).` };
    const ownDir = opts.workDir === undefined;
    const work = opts.workDir ?? (await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rr-install-')));
    try {
        return await check(opts, wheel, work);
    }
    finally {
        if (ownDir)
            await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
async function check(opts, wheel, work) {
    const venv = (0,external_node_path_.join)(work, 'venv');
    const empty = (0,external_node_path_.join)(work, 'cwd');
    const scratch = (0,external_node_path_.join)(work, 'examples');
    await (0,promises_.mkdir)(empty, { recursive: true });
    await (0,promises_.mkdir)(scratch, { recursive: true });
    const bin = (0,external_node_path_.join)(venv, process.platform === 'win32' ? 'Scripts' : 'bin');
    const vpython = (0,external_node_path_.join)(bin, process.platform === 'win32' ? 'python.exe' : 'python');
    // Nothing from the caller's environment may leak packages into the check.
    const env = { PYTHONPATH: undefined, PYTHONHOME: undefined, PYTHONNOUSERSITE: '1', PIP_DISABLE_PIP_VERSION_CHECK: '1', PIP_NO_INPUT: '1', VIRTUAL_ENV: venv };
    const run = (file, args, timeoutMs) => opts.exec(file, args, { cwd: empty, env, pathPrepend: [bin], signal: opts.signal, timeoutMs, check: false });
    opts.logger.info(`creating a fresh venv with ${opts.python}`);
    let fresh;
    try {
        fresh = await createVenv(opts.exec, opts.python, venv, { cwd: empty, env: { PYTHONPATH: undefined }, signal: opts.signal, timeoutMs: 120_000 });
    }
    catch (err) {
        throw new core_errors/* ReleaseError */.K2('COMMAND_FAILED', `Could not create a virtual environment with ${opts.python}: ${err.message}`, 'Use an interpreter with the venv module and ensurepip (on Debian/Ubuntu: apt-get install python3-venv).', { cause: err });
    }
    const version = await run(vpython, ['-I', '-c', 'import platform; print(platform.python_version())'], 60_000);
    const runtime = version.code === 0 ? version.stdout.trim() : undefined;
    // 1. Install the wheel (its dependencies come from the index, or from pipArgs' --find-links offline).
    opts.logger.info(`pip install ${(0,external_node_path_.basename)(wheel)}`);
    const [pip, ...pipArgs] = fresh.pip;
    const install = await (0,check_output/* timeoutAsValue */.Bi)(opts.signal, () => run(pip, [...pipArgs, 'install', '--no-cache-dir', ...(opts.pipArgs ?? []), wheel], opts.installTimeoutMs ?? 300_000));
    if (install === 'timeout')
        return { ok: false, runtime, examplesRun: 0, reason: `pip install ${(0,external_node_path_.basename)(wheel)} did not finish in time.` };
    if (install.code !== 0) {
        return { ok: false, runtime, examplesRun: 0, reason: `pip could not install ${(0,external_node_path_.basename)(wheel)} into a fresh venv.`, logExcerpt: (0,check_output/* excerpt */.Kb)(install.stderr || install.stdout) };
    }
    // 2. Import it from an empty directory and compare the installed version.
    const names = opts.importNames?.length ? opts.importNames : [opts.importName];
    const imported = names.join(', ');
    const probe = await (0,check_output/* timeoutAsValue */.Bi)(opts.signal, () => run(vpython, ['-I', '-c', IMPORT_PROBE, names.join(','), opts.distName], opts.exampleTimeoutMs ?? 60_000));
    if (probe === 'timeout')
        return { ok: false, runtime, examplesRun: 0, reason: `import ${imported} did not finish in time.` };
    if (probe.code !== 0) {
        const err = (0,check_output/* lastLine */.fM)(probe.stderr);
        return { ok: false, runtime, examplesRun: 0, reason: `The installed wheel cannot be imported: import ${imported} failed (${err}); set input "import-names" if the package imports under other names.`, logExcerpt: (0,check_output/* excerpt */.Kb)(probe.stderr || probe.stdout) };
    }
    const info = JSON.parse((0,check_output/* lastLine */.fM)(probe.stdout));
    if (!samePythonVersion(info.version, opts.expectedVersion)) {
        return { ok: false, runtime, examplesRun: 0, reason: `The installed ${opts.distName} reports version ${info.version}, but the release is ${opts.expectedVersion}.`, logExcerpt: probe.stdout.trim() };
    }
    opts.logger.info(`import ${imported} OK (${opts.distName} ${info.version}, from ${info.file ?? 'a namespace package'})`);
    // 3. README examples, each in its own file and process, against the installed package; 4. the smoke command.
    let examples;
    if (opts.readmeFile) {
        const markdown = await (0,promises_.readFile)(opts.readmeFile, 'utf8').catch(() => {
            throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `README ${opts.readmeFile} could not be read.`, 'Make README.md in the package directory readable, or set input `readme-examples` to false to skip its examples.');
        });
        examples = (0,readme_examples/* extractExamples */.T)(markdown, opts.readmeFile, { tags: opts.exampleTags ?? ['python', 'py', 'python3', 'pycon'] });
    }
    return (0,example_runner/* runExamplesAndSmoke */.T)({
        examples,
        script: (example) => {
            const path = (0,external_node_path_.join)(scratch, `example_line_${example.line}.py`);
            return { path, argv: [vpython, '-I', path] };
        },
        smokeCommand: opts.smokeCommand,
        smokeLookup: 'in the venv or on PATH',
        run: (file, args) => (0,check_output/* timeoutAsValue */.Bi)(opts.signal, () => run(file, args, opts.exampleTimeoutMs ?? 60_000)),
        runtime,
        logger: opts.logger,
    });
}

// EXTERNAL MODULE: ./src/ecosystems/python/import-names.ts
var import_names = __webpack_require__(14442);
// EXTERNAL MODULE: ./src/ecosystems/python/names.ts
var names = __webpack_require__(81396);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/ecosystems/python/registry-state.ts

/**
 * What the index already holds of each approved file, by file name: `absent`, `same` (same sha256) or
 * `different` (same name, other bytes: never overwrite, never skip). An unknown version means all absent.
 */
async function pythonRemoteState(opts) {
    const files = await (0,index_api/* fetchJsonRelease */._7)({ indexUrl: opts.indexUrl, name: opts.name, version: opts.version, fetchImpl: opts.fetchImpl, signal: opts.signal, timeoutMs: opts.timeoutMs });
    const byName = new Map((files ?? []).map((f) => [f.filename, f]));
    const state = {};
    for (const artifact of opts.artifacts) {
        const remote = byName.get(artifact.file);
        state[artifact.file] = !remote ? 'absent' : remote.sha256?.toLowerCase() === artifact.sha256.toLowerCase() ? 'same' : 'different';
    }
    return state;
}

;// CONCATENATED MODULE: ./src/ecosystems/python/publish.ts
/**
 * Uploads approved distributions to a Python index with twine, one file per call, after comparing what
 * the index already holds: identical files are skipped (resume), different ones stop the release.
 */










/**
 * Runs twine's own CLI with the `attestations` upload field added from RELEASE_RELAY_ATTESTATIONS (a file
 * holding the JSON list): twine < 6.1 (Debian's 4.0.2 among them) cannot send attestations, and twine ≥ 6.1
 * wants them beside the file. Same metadata, same HTTP client, same error output as plain twine.
 */
const TWINE_WITH_ATTESTATIONS = [
    'import os, sys',
    'from twine import package',
    '_metadata = package.PackageFile.metadata_dictionary',
    'def _with_attestations(self):',
    '    data = _metadata(self)',
    "    path = os.environ.get('RELEASE_RELAY_ATTESTATIONS')",
    '    if path:',
    "        with open(path, encoding='utf-8') as f:",
    "            data['attestations'] = f.read()",
    '    return data',
    'package.PackageFile.metadata_dictionary = _with_attestations',
    'from twine.__main__ import main',
    "sys.argv[0] = 'twine'",
    'sys.exit(main())',
].join('\n');
/**
 * Runs twine once per file. A failure throws a ReleaseError classified from twine's output: 5xx,
 * connection resets and timeouts → UPLOAD_FAILED (transient); 400 "File already exists" →
 * ALREADY_PUBLISHED_DIFFERENT; 401/403 → NO_CREDENTIALS; any other refusal → UPLOAD_FAILED (permanent).
 */
async function twineUpload(opts) {
    const python = opts.python ?? 'python3';
    const argv = opts.twine ?? [python, '-m', 'twine'];
    opts.logger.setSecret(opts.token);
    const uploaded = [];
    for (const file of opts.files) {
        const attestation = opts.attestations?.[(0,external_node_path_.basename)(file)];
        let attestationDir;
        let runner = argv;
        const extraEnv = {};
        if (attestation) {
            if (opts.twine)
                throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `An attestation for ${(0,external_node_path_.basename)(file)} cannot be sent through the twine command ${opts.twine.join(' ')}.`, 'Leave the twine override unset (twine runs from input `python`), or set input `attestations: false`.');
            attestationDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relay-attest-'));
            extraEnv.RELEASE_RELAY_ATTESTATIONS = (0,external_node_path_.join)(attestationDir, `${(0,external_node_path_.basename)(file)}.publish.attestation`);
            await (0,promises_.writeFile)(extraEnv.RELEASE_RELAY_ATTESTATIONS, JSON.stringify([attestation]));
            runner = [python, '-c', TWINE_WITH_ATTESTATIONS];
        }
        // Never credentials on a command line (process listings): twine authenticates with TWINE_* variables.
        const args = [...runner.slice(1), 'upload', '--repository-url', (0,http/* splitCredentials */.JD)(opts.repositoryUrl).url, '--non-interactive', '--disable-progress-bar', '--verbose', file];
        const timeoutMs = opts.timeoutMs ?? 10 * 60 * 1000;
        const result = await opts
            .exec(runner[0], args, {
            // TWINE_PASSWORD, not --password: the token must not show up in a process listing.
            env: { TWINE_USERNAME: '__token__', TWINE_PASSWORD: opts.token, TWINE_REPOSITORY: undefined, TWINE_REPOSITORY_URL: undefined, NO_COLOR: '1', COLUMNS: '200', ...extraEnv },
            check: false,
            signal: opts.signal,
            timeoutMs,
        })
            .catch((err) => {
            if (!(0,core_errors/* isReleaseError */.q8)(err, 'TIMEOUT'))
                throw err;
            throw new core_errors/* ReleaseError */.K2('TIMEOUT', `Uploading ${(0,external_node_path_.basename)(file)} to ${(0,http/* redactUrl */.BO)(opts.repositoryUrl)} did not finish within ${(0,http/* formatMs */._V)(timeoutMs)} (twine was killed with its process group)`, 'Check that the upload endpoint answers, or raise input `upload-timeout` (seconds per file and attempt) for large files.', { transient: true, cause: err });
        })
            .finally(() => (attestationDir ? (0,promises_.rm)(attestationDir, { recursive: true, force: true }) : undefined));
        if (result.code !== 0)
            throw classifyTwineFailure((0,external_node_path_.basename)(file), opts.repositoryUrl, `${result.stdout}\n${result.stderr}`);
        opts.logger.info(`uploaded ${(0,external_node_path_.basename)(file)} to ${(0,http/* redactUrl */.BO)(opts.repositoryUrl)}${attestation ? ' with its PEP 740 attestation' : ''}`);
        uploaded.push(file);
    }
    return { uploaded };
}
/** Turns twine's output for a failed upload of `file` into a ReleaseError with the fix in the hint. */
function classifyTwineFailure(file, repositoryUrl, output) {
    // Strip ANSI colour codes rich may print despite NO_COLOR.
    const text = (0,http/* redactUrl */.BO)(output.replace(new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'), ''));
    repositoryUrl = (0,http/* redactUrl */.BO)(repositoryUrl);
    const status = /HTTPError:\s*(\d{3})/.exec(text)?.[1];
    const code = status ? Number(status) : undefined;
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    const errorIndex = lines.findIndex((l) => /HTTPError:/.test(l));
    // twine's last words are "HTTPError: 400 Bad Request from <url>" then the reason phrase, wrapped by rich.
    const reason = errorIndex >= 0 ? lines.slice(errorIndex, errorIndex + 5).join(' ').replace(/^ERROR\s+/, '') : lines.slice(-3).join(' / ');
    if (code !== undefined && code >= 500) {
        return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `Uploading ${file} to ${repositoryUrl} failed: ${reason}`, 'The index had a server error; the upload is retried with backoff. Check https://status.python.org if it persists.', {
            transient: true,
        });
    }
    if (code === 400 && /File already exists/i.test(text)) {
        return new core_errors/* ReleaseError */.K2('ALREADY_PUBLISHED_DIFFERENT', `${file} already exists on ${repositoryUrl} with different content: ${reason}`, 'An index never lets a file name be reused. Bump the version and release again; do not rebuild the same version.');
    }
    if (code === 401 || code === 403) {
        return new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `${repositoryUrl} refused the credentials for ${file}: ${reason}`, 'Check input `pypi-token` (an API token scoped to this project, starting with `pypi-`) or the Trusted Publishing configuration.');
    }
    if (code !== undefined) {
        return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `${repositoryUrl} refused ${file}: ${reason}`, 'The index rejected the file itself; fix the metadata or file the reason names, then build a new version.');
    }
    if (/ConnectionError|Connection aborted|RemoteDisconnected|ConnectionResetError|Connection reset|Connection refused|NewConnectionError|Max retries exceeded|timed out|Timeout|ProtocolError|BrokenPipe/i.test(text)) {
        return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `Uploading ${file} to ${repositoryUrl} failed on the network: ${lines.slice(-1)[0] ?? ''}`, 'The connection broke; the upload is retried with backoff. Check the index URL if it persists.', {
            transient: true,
        });
    }
    return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `twine could not upload ${file}: ${lines.slice(-5).join(' / ')}`, 'See twine\'s output above; check that twine is installed for input `python` (`python -m pip install twine`).');
}
/**
 * Publishes the approved bytes: checks every local file against its recorded sha256, asks the index what
 * it already has (same → skip, different → ALREADY_PUBLISHED_DIFFERENT before anything is uploaded), then
 * uploads each remaining file with retries on transient failures only.
 */
async function publishToIndex(opts) {
    const repositoryUrl = opts.repositoryUrl ?? `${(0,index_api/* indexBase */.y3)(opts.indexUrl)}/legacy/`;
    const ctx = { ...(0,combinators/* createStepContext */.YC)('publish-and-verify', opts.logger), sleep: opts.sleep, signal: opts.signal };
    const retryOptions = { attempts: opts.attempts ?? 5, baseDelayMs: opts.baseDelayMs ?? 2000, maxDelayMs: opts.maxDelayMs ?? 60000, jitter: 0.3 };
    for (const artifact of opts.artifacts)
        await checkLocalDigest(opts.dir, artifact);
    const state = await (0,combinators/* retry */.L5)(() => pythonRemoteState({ indexUrl: opts.indexUrl, name: opts.name, version: opts.version, artifacts: opts.artifacts, fetchImpl: opts.fetchImpl, signal: opts.signal, timeoutMs: opts.requestTimeoutMs }), retryOptions)(undefined, ctx);
    const different = Object.entries(state).filter(([, s]) => s === 'different').map(([f]) => f);
    if (different.length) {
        throw new core_errors/* ReleaseError */.K2('ALREADY_PUBLISHED_DIFFERENT', `${opts.name} ${opts.version} is already on ${(0,index_api/* indexBase */.y3)(opts.indexUrl)} with different content for ${different.join(', ')}; nothing was uploaded.`, 'The index will never accept other bytes under these file names. Bump the version and release again.');
    }
    const skipped = opts.artifacts.filter((a) => state[a.file] === 'same').map((a) => a.file);
    for (const file of skipped)
        opts.logger.info(`${file} is already on the index with the approved sha256; skipping it`);
    // Sign every attestation first: a Sigstore failure must leave nothing half uploaded.
    const attestations = {};
    if (opts.attest) {
        for (const artifact of opts.artifacts.filter((a) => state[a.file] === 'absent'))
            attestations[artifact.file] = await (0,combinators/* retry */.L5)(() => opts.attest(artifact), retryOptions)(undefined, ctx);
    }
    let token = opts.token;
    let expiresAt = opts.tokenExpiresAt;
    const uploaded = [];
    let attempts = 0;
    for (const artifact of opts.artifacts.filter((a) => state[a.file] === 'absent')) {
        const counter = { count: 0 };
        const upload = (0,combinators/* retry */.L5)(async () => {
            // Renew a minted token a minute before it runs out; an upload started with it may take a while.
            if (opts.renewToken && expiresAt !== undefined && (opts.now ?? Date.now)() > expiresAt - 60_000) {
                ({ token, expiresAt } = await opts.renewToken());
                opts.logger.setSecret(token);
            }
            // Checked again right before every attempt: the bytes twine reads are the approved ones.
            await checkLocalDigest(opts.dir, artifact);
            return twineUpload({ python: opts.python, twine: opts.twine, repositoryUrl, token, files: [(0,external_node_path_.join)(opts.dir, artifact.file)], exec: opts.exec, logger: opts.logger, signal: opts.signal, timeoutMs: opts.uploadTimeoutMs, attestations });
        }, retryOptions);
        try {
            await upload(undefined, { ...ctx, attempts: counter });
        }
        finally {
            attempts += counter.count;
        }
        // And what the index now reports must be those bytes too (a file swapped under the tool is caught here).
        const after = await (0,combinators/* retry */.L5)(() => pythonRemoteState({ indexUrl: opts.indexUrl, name: opts.name, version: opts.version, artifacts: [artifact], fetchImpl: opts.fetchImpl, signal: opts.signal, timeoutMs: opts.requestTimeoutMs }), retryOptions)(undefined, ctx);
        if (after[artifact.file] === 'different') {
            throw new core_errors/* ReleaseError */.K2('DIGEST_MISMATCH', `${(0,index_api/* indexBase */.y3)(opts.indexUrl)} reports other bytes for ${artifact.file} than the approved sha256 ${artifact.sha256} after the upload.`, 'The file changed while it was uploaded. Yank that file on the index, find what wrote into the runner\'s temp directory, and release a new version.');
        }
        if (after[artifact.file] === 'absent')
            opts.logger.warning(`${(0,index_api/* indexBase */.y3)(opts.indexUrl)} does not list ${artifact.file} yet after the upload; verification will check it.`);
        uploaded.push(artifact.file);
    }
    return { uploaded, skipped, attempts, attested: uploaded.filter((f) => attestations[f]) };
}
async function checkLocalDigest(dir, artifact) {
    const path = (0,external_node_path_.join)(dir, artifact.file);
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (err) {
        throw new core_errors/* ReleaseError */.K2('DIGEST_MISMATCH', `The approved file ${artifact.file} is missing from ${dir}: ${err.message}`, 'Download the release artifact the quality gate uploaded into that directory.', { cause: err });
    }
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    if (sha256 !== artifact.sha256.toLowerCase()) {
        throw new core_errors/* ReleaseError */.K2('DIGEST_MISMATCH', `${path} has sha256 ${sha256}, but the gate approved ${artifact.sha256}.`, 'Publish only the bytes the gate approved: use the release artifact, never a rebuild.', {
            location: { file: path },
        });
    }
}

;// CONCATENATED MODULE: ./src/ecosystems/python/test-command.ts

/**
 * The default test command for a Python package: pytest with a JUnit report and a Cobertura coverage report.
 * The cache provider stays enabled (`--lf` needs it) but lives in a temporary directory rather than the
 * user's tree, so a stale `lastfailed` from a developer's machine never narrows a rerun.
 */
function defaultPythonTestCommand(python, opts) {
    const cacheDir = opts.cacheDir ?? (0,external_node_path_.join)((0,external_node_path_.dirname)(opts.junitFile), '.pytest_cache');
    return [
        python,
        '-m',
        'pytest',
        `--junitxml=${opts.junitFile}`,
        // `--cov` alone measures every file under the working directory (tests, scripts); name the package when known.
        ...covArgs(opts),
        ...(opts.branches ? ['--cov-branch'] : []),
        `--cov-report=xml:${opts.coverageXml}`,
        '--cov-report=term',
        '-o',
        `cache_dir=${cacheDir}`,
    ];
}
/**
 * Arguments for a pytest retry: rerun only the tests that failed last time, and append to the coverage data
 * instead of erasing it, so the coverage report still covers the whole suite after a partial rerun.
 */
const PYTEST_RERUN_FAILED_ARGS = ['--lf', '--cov-append'];
/**
 * Environment for the default test command: keeps coverage.py's data file (`.coverage`) out of the user's
 * tree by putting it in `tempDir`.
 */
function pythonTestEnv(tempDir) {
    return { COVERAGE_FILE: (0,external_node_path_.join)(tempDir, '.coverage') };
}
function covArgs(opts) {
    const sources = opts.covSources ?? (opts.covSource ? [opts.covSource] : []);
    return sources.length ? sources.map((s) => `--cov=${s}`) : ['--cov'];
}

// EXTERNAL MODULE: ./src/ecosystems/registry-wait.ts
var registry_wait = __webpack_require__(72282);
;// CONCATENATED MODULE: ./src/ecosystems/python/verify.ts
/**
 * Checks that users can install the release: the JSON API lists every approved file with its sha256, the
 * simple index (what pip reads) serves them too, and `pip install name==version` into a fresh venv works.
 */









/**
 * Polls the JSON API, then the simple index, with exponential backoff until every approved file name with
 * its sha256 is served, then installs the release from the index into a fresh venv and checks its version.
 * Returns `verified: false` with the state when the index did not catch up in time; throws VERIFY_FAILED
 * when the index serves other bytes or the served release does not install.
 */
async function verifyPythonRelease(opts) {
    const served = await (0,registry_wait/* waitUntilServed */.P)(() => pollOnce(opts), opts);
    if (!served.served)
        return { verified: false, propagationS: served.propagationS, state: served.state, reason: served.reason };
    const { propagationS } = served;
    opts.logger.info(`${(0,index_api/* indexBase */.y3)(opts.indexUrl)} serves ${opts.artifacts.map((a) => a.file).join(', ')} (after ${propagationS.toFixed(1)} s)`);
    const installedVersion = await installAndImport(opts);
    return { verified: true, propagationS, installedVersion, state: 'verified' };
}
async function pollOnce(opts) {
    const req = { indexUrl: opts.indexUrl, name: opts.name, fetchImpl: opts.fetchImpl, signal: opts.signal, timeoutMs: opts.requestTimeoutMs };
    let json;
    let simple;
    try {
        json = await (0,index_api/* fetchJsonRelease */._7)({ ...req, version: opts.version });
        if (!json)
            return { state: 'missing', reason: `${opts.name} ${opts.version} is not published: the JSON API answers 404` };
        const notListed = compare(opts.artifacts, json, 'the JSON API');
        if (notListed.length)
            return { state: 'missing', reason: `the JSON API lists ${opts.name} ${opts.version} but not ${notListed.join(', ')}` };
        simple = await (0,index_api/* fetchSimpleFiles */.qg)(req);
    }
    catch (err) {
        if ((0,http/* isRequestTimeout */.B2)(err))
            return { state: 'unanswered', reason: `the index did not answer: ${err.message}` };
        if (err instanceof core_errors/* ReleaseError */.K2 && err.transient)
            return { state: 'missing', reason: `the index did not answer (${err.message}); polling again` };
        throw err;
    }
    const stale = simple ? compare(opts.artifacts, simple, 'the simple index') : opts.artifacts.map((a) => a.file);
    if (stale.length) {
        return { state: 'propagating', reason: `still propagating: the JSON API has ${opts.name} ${opts.version}, the simple index (what pip reads) does not serve ${stale.join(', ')} yet` };
    }
    return { state: 'served' };
}
/** File names of `artifacts` the listing lacks; throws VERIFY_FAILED when it lists one with another sha256. */
function compare(artifacts, listed, where) {
    const byName = new Map(listed.map((f) => [f.filename, f]));
    const absent = [];
    for (const a of artifacts) {
        const f = byName.get(a.file);
        if (!f)
            absent.push(a.file);
        else if (f.sha256 && f.sha256.toLowerCase() !== a.sha256.toLowerCase()) {
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `${where} serves ${a.file} with sha256 ${f.sha256}, not the approved ${a.sha256}.`, 'The index holds other bytes under this name; investigate before announcing, and release a new version.');
        }
    }
    return absent;
}
async function installAndImport(opts) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'release-relay-verify-'));
    try {
        const venv = (0,external_node_path_.join)(dir, 'venv');
        const cwd = (0,external_node_path_.join)(dir, 'empty');
        // An empty working directory, so nothing beside the install can shadow the package on import.
        await (0,promises_.mkdir)(cwd);
        const fresh = await createVenv(opts.exec, opts.python, venv, { signal: opts.signal, timeoutMs: 5 * 60 * 1000 });
        const py = fresh.python;
        const [pip, ...pipPrefix] = fresh.pip;
        const index = (0,index_api/* simpleIndexUrl */.Cf)(opts.indexUrl);
        const host = new URL(index);
        // pip trusts plain http only on loopback; any other http index must be named as trusted.
        const trusted = host.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(host.hostname) ? ['--trusted-host', host.hostname] : [];
        const install = await opts.exec(pip, [...pipPrefix, '--isolated', 'install', '--no-cache-dir', '--disable-pip-version-check', '--timeout', String(Math.max(1, Math.ceil((opts.requestTimeoutMs ?? 60_000) / 1000))), '--index-url', index, ...trusted, ...(opts.pipArgs ?? []), `${opts.name}==${opts.version}`], { cwd, check: false, signal: opts.signal, timeoutMs: opts.installTimeoutMs ?? 5 * 60 * 1000 });
        if (install.code !== 0) {
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `pip could not install ${opts.name}==${opts.version} from ${index}:\n${excerpt(install.stdout, install.stderr)}`, 'The index lists the files but they do not install: check the requirements (Requires-Python, dependencies on this index).');
        }
        const probe = `import importlib.metadata, ${opts.importName}\nprint(importlib.metadata.version(${JSON.stringify(opts.name)}))`;
        const check = await opts.exec(py, ['-c', probe], { cwd, check: false, signal: opts.signal, timeoutMs: 2 * 60 * 1000 });
        if (check.code !== 0) {
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `${opts.name}==${opts.version} installed from ${index} but \`import ${opts.importName}\` failed:\n${excerpt(check.stdout, check.stderr)}`, 'Check input `import-names` and that the wheel contains the package.');
        }
        const installed = check.stdout.trim().split('\n').pop() ?? '';
        if (!sameVersion(installed, opts.version)) {
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `pip installed ${opts.name} ${installed} from ${index}, not ${opts.version}.`, 'The index served another version; check the version the release context recorded.');
        }
        opts.logger.info(`pip install ${opts.name}==${opts.version} from ${index} into a fresh venv works; import ${opts.importName} ok`);
        return installed;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** PEP 440 equality (`1.0.0-RC1` == `1.0.0rc1`), plain string equality for anything else. */
function sameVersion(a, b) {
    if ((0,pep440.valid)(a) && (0,pep440.valid)(b))
        return (0,pep440.eq)(a, b);
    return a === b;
}
function excerpt(stdout, stderr) {
    return `${stdout}\n${stderr}`.trim().split('\n').slice(-20).join('\n');
}

// EXTERNAL MODULE: ./src/ecosystems/python/version-sources.ts + 3 modules
var version_sources = __webpack_require__(72684);
;// CONCATENATED MODULE: ./src/ecosystems/python/pipeline.ts















/** The setuptools-scm pretend variables (read by setuptools-scm, hatch-vcs and others built on it) for `name` at `version`. */
function pretendVersionEnv(name, version) {
    return { [`SETUPTOOLS_SCM_PRETEND_VERSION_FOR_${(0,version_sources/* pretendVersionSuffix */.m)(name)}`]: version, SETUPTOOLS_SCM_PRETEND_VERSION: version };
}
/** The version in a wheel or sdist file name (`name-1.2.0-py3-none-any.whl`, `name-1.2.0.tar.gz`). */
function distFileVersion(file) {
    const base = (0,external_node_path_.basename)(file);
    if (base.endsWith('.whl'))
        return base.split('-')[1];
    const m = /^(.+)-([^-]+)\.(tar\.gz|zip)$/.exec(base);
    return m?.[2];
}
/** Refuses built files whose version is not the release's (BUILD_FAILED, before anything is approved). */
function assertBuiltVersion(files, version, fromVcs) {
    const wrong = files.filter((f) => {
        const v = distFileVersion(f);
        return v !== undefined && !samePythonVersion(v.replace(/_/g, '-'), version);
    });
    if (wrong.length) {
        throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `The built ${wrong.map((f) => (0,external_node_path_.basename)(f)).join(', ')} carry version ${distFileVersion(wrong[0])}, not the release's ${version}.`, fromVcs
            ? 'The build backend ignored SETUPTOOLS_SCM_PRETEND_VERSION: check that its VCS plugin is setuptools-scm based (hatch-vcs, setuptools-scm), or build from the tagged commit.'
            : 'Build the release commit (the one prepare-release made), whose version files carry the release version.');
    }
}
/** The Sigstore trusted root verification uses: the one given (tests, private instances), else the public one via TUF. */
async function trustedRoot(env) {
    if (env.supplyChain?.sigstore?.trustedRoot)
        return env.supplyChain.sigstore.trustedRoot;
    const { publicTrustedRoot } = await __webpack_require__.e(/* import() */ 961).then(__webpack_require__.bind(__webpack_require__, 11961));
    return publicTrustedRoot((0,external_node_path_.join)(env.runner?.tempDir || (0,external_node_os_.tmpdir)(), 'release-relay', 'sigstore-tuf'));
}
/** Well-known Python package indexes by name. */
const INDEXES = {
    pypi: { name: 'pypi', uploadUrl: 'https://upload.pypi.org/legacy/', indexUrl: 'https://pypi.org' },
    testpypi: { name: 'testpypi', uploadUrl: 'https://test.pypi.org/legacy/', indexUrl: 'https://test.pypi.org' },
};
/** Resolves `pypi`, `testpypi` or an index base URL (`https://host/…`, upload at `{base}/legacy/`). */
function pythonRegistry(nameOrUrl) {
    const known = INDEXES[nameOrUrl.trim().toLowerCase()];
    if (known)
        return known;
    let url;
    try {
        url = new URL(nameOrUrl.trim());
    }
    catch {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "registries" has "${nameOrUrl}", which is neither a known index (${Object.keys(INDEXES).join(', ')}) nor a URL.`, 'Use pypi, testpypi, or an index URL such as https://pypi.example.com.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "registries" has "${nameOrUrl}", which is not an http(s) URL.`, 'Use an https:// index URL.');
    }
    const base = url.toString().replace(/\/+$/, '').replace(/\/legacy$/, '');
    return { name: url.host, uploadUrl: `${base}/legacy/`, indexUrl: base };
}
/** The interpreter for builds, venvs and tools: input `python`, else the first `python3` that has what the step needs. */
async function python(env, modules) {
    const chosen = await (0,interpreter/* resolvePython */.L)({ explicit: env.tools.python, modules, exec: env.exec, prefer: chosenPython.get(env) });
    chosenPython.set(env, chosen);
    return chosen;
}
/**
 * The interpreter each run's earlier steps chose: later steps try it first, so a machine whose first `python3`
 * lacks pytest does not test on /usr/bin/python3 and then install-check on the other one.
 */
const chosenPython = new WeakMap();
/** Python's build, install check, publish and verify, over pypa/build, venv + pip, twine and the index APIs. */
const pythonPipeline = {
    importName: (info) => (0,names/* importName */.bY)(info.name),
    // tox, nox, `hatch test`, `make test`: the exit code decides; a JUnit report adds counts when present.
    testsByExitCode: true,
    async defaultTestCommand(env, { packageDir, reportDir, info }) {
        const py = await python(env, ['pytest', 'pytest_cov']);
        const junitFile = (0,external_node_path_.join)(reportDir, 'junit.xml');
        const coverageFile = (0,external_node_path_.join)(reportDir, 'coverage.xml');
        // Coverage sources: coverage.py's own `source` setting (bare --cov honours it), else input
        // `import-names`, else the packages the source tree shows (the wheel does not exist yet).
        const covSources = (await (0,import_names/* coverageConfiguresSource */.lJ)(packageDir)) ? [] : (info.importNames ?? (await (0,import_names/* sourceImportNames */.VD)(packageDir)));
        return {
            argv: defaultPythonTestCommand(py, { junitFile, coverageXml: coverageFile, covSources, cacheDir: (0,external_node_path_.join)(reportDir, 'pytest-cache') }),
            rerunFailedArgs: [...PYTEST_RERUN_FAILED_ARGS],
            junitFile,
            coverageFile,
            env: pythonTestEnv(reportDir),
        };
    },
    async build(env, { packageDir, outDir, isolated, tool, info, version }) {
        if (tool !== undefined && tool !== 'build' && tool !== 'uv') {
            throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "build-tool" is "${tool}".`, 'Use build (pypa/build) or uv.');
        }
        const py = tool === 'uv' ? (env.tools.python ?? 'python3') : await python(env, ['build']);
        // A version from git tags: the release commit is not tagged yet, so tell the plugin the version.
        const buildEnv = info?.versionFromVcs && version ? pretendVersionEnv(info.name, version) : undefined;
        if (buildEnv)
            env.logger.info(`building with ${Object.keys(buildEnv).join(' and ')}=${version} (${info?.vcsTool ?? 'version from git tags'})`);
        const { files } = await buildPython({ python: py, packageDir, outDir, isolated, tool, exec: env.exec, logger: env.logger, signal: env.signal, env: buildEnv });
        if (version)
            assertBuiltVersion(files, version, info?.versionFromVcs === true);
        return files;
    },
    async installCheck(env, { files, info, version, readmeFile, exampleTags, smokeCommand, installArgs }) {
        const py = await python(env, ['venv', 'ensurepip']);
        const wheel = files.find((f) => f.endsWith('.whl'));
        // Import names: input `import-names`, else the built wheel's top-level packages and modules.
        let importNames = info.importNames;
        if (!importNames?.length && wheel)
            importNames = await (0,import_names/* wheelImportNames */.DU)(py, wheel, env.exec);
        if (!importNames?.length)
            importNames = [(0,names/* importName */.bY)(info.name)];
        const result = await pythonInstallCheck({
            python: py,
            files,
            importName: importNames[0],
            importNames,
            distName: info.name,
            expectedVersion: version,
            readmeFile,
            exampleTags,
            smokeCommand,
            exec: env.exec,
            logger: env.logger,
            // The wheel's own dependencies come from the index the runner uses; offline runs pass --no-index.
            pipArgs: installArgs ?? [],
            signal: env.signal,
        });
        return { ...result, importNames };
    },
    registry: pythonRegistry,
    remoteState: (env, { registry, name, version, artifacts }) => pythonRemoteState({ indexUrl: registry.indexUrl, name, version, artifacts, timeoutMs: env.requestTimeoutMs, signal: env.signal }),
    async credentials(env, { registry, token, useOidc }) {
        const t = await getPublishToken({
            token,
            indexUrl: registry.indexUrl,
            useOidc,
            requestUrl: env.supplyChain?.idTokenRequest?.url ?? env.runner?.oidc?.requestUrl,
            requestToken: env.supplyChain?.idTokenRequest?.token ?? env.runner?.oidc?.requestToken,
            logger: env.logger,
            sleep: env.sleep,
            signal: env.signal,
            requestTimeoutMs: env.requestTimeoutMs,
        });
        return { token: t.token, source: t.source, expiresAt: t.expiresAt };
    },
    async publish(env, { registry, files, artifacts, name, version, credentials, attempts, baseDelayMs }) {
        const py = env.tools.twine ? undefined : await python(env, ['twine']);
        const r = await publishToIndex({
            indexUrl: registry.indexUrl,
            repositoryUrl: registry.uploadUrl,
            name,
            version,
            dir: files.length ? (0,external_node_path_.dirname)(files[0]) : '.',
            artifacts,
            token: credentials.token,
            tokenExpiresAt: credentials.expiresAt,
            renewToken: credentials.source === 'oidc'
                ? async () => {
                    const t = await pythonPipeline.credentials(env, { registry, useOidc: true });
                    return { token: t.token, expiresAt: t.expiresAt };
                }
                : undefined,
            python: py,
            twine: env.tools.twine ? [env.tools.twine] : undefined,
            // PEP 740: PyPI takes attestations only from Trusted Publishing, so they go with OIDC credentials only.
            attest: credentials.source === 'oidc' && env.supplyChain?.attestations !== false
                ? async (artifact) => {
                    const { signPublishAttestation } = await __webpack_require__.e(/* import() */ 961).then(__webpack_require__.bind(__webpack_require__, 11961));
                    const req = env.supplyChain?.idTokenRequest;
                    const jwt = await requestIdToken({ requestUrl: req?.url ?? env.runner?.oidc?.requestUrl, requestToken: req?.token ?? env.runner?.oidc?.requestToken, logger: env.logger, signal: env.signal, requestTimeoutMs: env.requestTimeoutMs }, 'sigstore', fetch);
                    return signPublishAttestation(artifact.file, artifact.sha256, jwt, env.supplyChain?.sigstore);
                }
                : undefined,
            exec: env.exec,
            logger: env.logger,
            signal: env.signal,
            attempts,
            baseDelayMs,
            sleep: env.sleep,
            requestTimeoutMs: env.requestTimeoutMs,
            uploadTimeoutMs: env.uploadTimeoutMs,
        });
        if (r.attested.length)
            env.logger.info(`PEP 740 attestations uploaded for ${r.attested.join(', ')}`);
        return { uploaded: r.uploaded, skipped: r.skipped, attempts: r.attempts, attested: r.attested };
    },
    async verify(env, { registry, info, version, artifacts, timeoutMs, pollMs }) {
        const py = await python(env, ['venv', 'ensurepip']);
        const r = await verifyPythonRelease({ indexUrl: registry.indexUrl, name: info.name, version, artifacts, python: py, timeoutMs, pollMs, importName: (info.importNames?.length ? info.importNames : [(0,names/* importName */.bY)(info.name)]).join(', '), exec: env.exec, logger: env.logger, sleep: env.sleep, now: env.now, signal: env.signal, requestTimeoutMs: env.requestTimeoutMs });
        // Verified on the way back: the provenance the index serves must vouch for these bytes and this workflow.
        const sc = env.supplyChain;
        if (r.verified && sc?.expectProvenance && sc.publisher) {
            const { verifyIndexProvenance } = await __webpack_require__.e(/* import() */ 77).then(__webpack_require__.bind(__webpack_require__, 44077));
            await verifyIndexProvenance({ indexUrl: registry.indexUrl, name: info.name, version, artifacts, publisher: sc.publisher, trustedRoot: await trustedRoot(env), logger: env.logger, signal: env.signal });
        }
        return { verified: r.verified, state: r.state, propagationS: r.propagationS, installedVersion: r.installedVersion, reason: r.reason, provenanceVerified: Boolean(r.verified && sc?.expectProvenance && sc.publisher) };
    },
};


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


/***/ })

};

//# sourceMappingURL=397.index.js.map