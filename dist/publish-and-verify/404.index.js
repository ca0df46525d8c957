export const id = 404;
export const ids = [404];
export const modules = {

/***/ 54192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   Np: () => (/* binding */ fallback),
/* harmony export */   RC: () => (/* binding */ instrumented),
/* harmony export */   YC: () => (/* binding */ createStepContext),
/* harmony export */   bV: () => (/* binding */ isTransientError),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony exports settledValue, backoffDelay, timeout */
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
        const error = new ReleaseError('TIMEOUT', `${what} did not finish within ${Math.round(ms / 1000)} s`, `Raise the ${what} timeout, or find out why it hangs.`, { transient: true });
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

/***/ 72642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ju: () => (/* binding */ CommandFailedError),
/* harmony export */   m0: () => (/* binding */ exec)
/* harmony export */ });
/* unused harmony export childEnv */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);



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

/***/ 69928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GR: () => (/* binding */ readTextOrNull),
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   mi: () => (/* binding */ resolveContained),
/* harmony export */   s0: () => (/* binding */ pathExists)
/* harmony export */ });
/* unused harmony exports applyEdits, describeEdit */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);





/** Whether `path` is `dir` itself or lies below it (both absolute, or both relative to the same directory). */
function isWithin(dir, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(dir, path);
    return !(rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel));
}
/**
 * Resolves `path` inside `root` and refuses one that escapes it (`../../etc`, an absolute path elsewhere).
 * `input` names the input the path came from, for the error message.
 */
function resolveInside(root, path, input = 'path') {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, path);
    if (!isWithin((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root), full)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('PATH_ESCAPE', `Input "${input}" (${path}) points outside the repository.`, `Give a path inside the repository, relative to its root.`);
    }
    // Symlinks: what the path really is (its nearest existing part, resolved) must stay inside the real root.
    const realRoot = realOrSelf((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root));
    const real = realOfNearest(full);
    if (!isWithin(realRoot, real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('PATH_ESCAPE', `Input "${input}" (${path}) is a symbolic link (or lies under one) that leads outside the repository, to ${real}.`, 'Keep the file inside the repository: commit its content instead of a symlink to it, and give a path inside the repository.');
    }
    return full;
}
// realpathSync.native: one realpath(3) call; the JS realpathSync lstat()s every component of the path in
// turn (six calls for a path six levels deep), and a prepare resolves about sixty paths.
function realOrSelf(path) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(path);
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
            return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(head), ...tail.reverse());
        }
        catch {
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(head);
            if (parent === head)
                return path;
            tail.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(head));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('PATH_ESCAPE', `Input "${input}" (${path}) goes through "..".`, `Give input \`${input}\` as a path inside the workspace or $RUNNER_TEMP, without "..".`);
    }
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(base, path);
    const inside = roots.some((root) => isWithin((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root), full));
    if (!inside) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('PATH_ESCAPE', `Input "${input}" (${path}) points outside the workspace and $RUNNER_TEMP.`, `Give input \`${input}\` as a path inside the workspace or $RUNNER_TEMP.`);
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
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
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
            throw new ReleaseError('BAD_INPUT', `${t.path} changed while the release was being prepared.`, 'Re-run the stage on a quiet working tree.');
        }
    }
    const done = [];
    try {
        for (const t of targets) {
            const tmp = `${t.full}.release-relay.tmp`;
            await writeFile(tmp, t.after);
            await rename(tmp, t.full);
            done.push(t);
        }
    }
    catch (err) {
        for (const t of done.reverse()) {
            if (t.before === null)
                await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23)).then((fs) => fs.rm(t.full, { force: true }));
            else
                await writeFile(t.full, t.before);
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(file); // sync, as readTextOrNull
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 1983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ isRequestTimeout),
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Fn: () => (/* binding */ urlSecrets),
/* harmony export */   JD: () => (/* binding */ splitCredentials),
/* harmony export */   Zc: () => (/* binding */ DEFAULT_REQUEST_TIMEOUT_MS),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   rQ: () => (/* binding */ fetchWithDeadline)
/* harmony export */ });
/* unused harmony export RequestTimeoutError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
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

/***/ 38281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 87160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OU: () => (/* binding */ parsePyproject),
/* harmony export */   T7: () => (/* binding */ readVersionConfig),
/* harmony export */   Yn: () => (/* binding */ getPath),
/* harmony export */   le: () => (/* binding */ updateContent)
/* harmony export */ });
/* unused harmony exports PROJECT_VERSION, POETRY_VERSION, findStringValues */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);



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

/***/ 47134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ workflowFile),
/* harmony export */   pd: () => (/* binding */ trustedPublishingFindings)
/* harmony export */ });
/* unused harmony exports NPM_TRUSTED_PUBLISHING_MIN, repositorySlug */
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


/***/ }),

/***/ 18404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishAndVerify: () => (/* binding */ publishAndVerify)
});

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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/approved-copy.ts
/**
 * The approved bytes, held where nobody else can swap them: each approved file is read once, checked against
 * the digest the gate recorded, and written from that same buffer into a private directory (mode 0700, files
 * 0400). Uploads read only these copies.
 */





/** sha256 of a buffer, hex. */
function sha256Hex(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
/**
 * Copies each source into a new private directory under `parent` (defaults to the OS temp dir) after checking
 * its digest on the very bytes that are written. Throws DIGEST_MISMATCH (and removes the directory) otherwise.
 */
async function copyApproved(sources, parent = (0,external_node_os_.tmpdir)()) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, 'release-relay-approved-'));
    await (0,promises_.chmod)(dir, 0o700);
    const cleanup = () => (0,promises_.rm)(dir, { recursive: true, force: true });
    try {
        const files = [];
        for (const s of sources) {
            const bytes = await (0,promises_.readFile)(s.path).catch((err) => {
                throw new errors/* ReleaseError */.K2('DIGEST_MISMATCH', `Approved file ${(0,external_node_path_.basename)(s.path)} is missing: ${err.message}`, 'Download the release artifact the gate uploaded into input `artifact-dir`.');
            });
            const digest = sha256Hex(bytes);
            if (digest !== s.sha256.toLowerCase()) {
                throw new errors/* ReleaseError */.K2('DIGEST_MISMATCH', `${(0,external_node_path_.basename)(s.path)} has sha256 ${digest}, but the gate approved ${s.sha256}.`, 'Publish only the artifact the gate built; re-run the gate if the files were rebuilt.', { location: { file: s.path } });
            }
            const copy = (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(s.path));
            await (0,promises_.writeFile)(copy, bytes, { flag: 'wx', mode: 0o400 });
            files.push(copy);
        }
        return { dir, files, cleanup };
    }
    catch (err) {
        await cleanup();
        throw err;
    }
}

// EXTERNAL MODULE: ./src/core/http.ts
var http = __webpack_require__(1983);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(72642);
// EXTERNAL MODULE: ./src/core/files.ts
var core_files = __webpack_require__(69928);
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
async function tag_list_listTags(git, options = {}) {
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
    throw new ReleaseError('GIT_FAILED', `git merge-base failed: ${r.stderr.trim() || `exit code ${r.code}`}`, "See git's message; check the revisions and the repository state.");
}
/** How many candidates findNewestReachable checks one by one before asking git for every reachable tag at once. */
const SINGLE_CHECKS = 8;
/**
 * The first of `candidates` (ordered best first, e.g. highest version first) whose commit is reachable
 * from `rev`, or null. Checks them one by one with isAncestor, which is cheap when the best candidate is
 * near `rev` (the usual case: the last release); after SINGLE_CHECKS misses (a maintenance branch behind
 * many newer tags) it asks `for-each-ref --merged` once, so the worst case is one walk over the history.
 */
async function tag_list_findNewestReachable(git, candidates, rev) {
    const single = candidates.slice(0, SINGLE_CHECKS);
    for (const c of single)
        if (await isAncestor(git, c.sha, rev))
            return c;
    if (candidates.length <= SINGLE_CHECKS)
        return null;
    const reachable = new Set((await tag_list_listTags(git, { merged: rev })).map((t) => t.sha));
    return candidates.slice(SINGLE_CHECKS).find((c) => reachable.has(c.sha)) ?? null;
}

;// CONCATENATED MODULE: ./src/changelog/tags.ts


/** The tag template used when none is given. */
const DEFAULT_TAG_TEMPLATE = 'v{version}';
/** The template, or the default for an empty one; throws BAD_INPUT unless it holds `{version}` exactly once. */
function checkTagTemplate(template) {
    const t = template === undefined || template.trim() === '' ? DEFAULT_TAG_TEMPLATE : template.trim();
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
    const out = fittingTags(tags, opts);
    return out.filter((t) => !isFloatingTag(t, out));
}
/** The tags that fit the template and hold a valid version of the scheme, floating aliases included (see releaseTags). */
function fittingTags(tags, opts) {
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
        if (isReleaseError(err, 'GIT_FAILED') && rev === 'HEAD' && (await git.revParse('HEAD')) === null)
            return null;
        throw err;
    }
    return best === null ? null : { tag: best.tag, version: best.version, sha: best.sha };
}

// EXTERNAL MODULE: ./src/versioning/scheme.ts + 5 modules
var versioning_scheme = __webpack_require__(46691);
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
    const version = (0,versioning_scheme/* getScheme */.m)('semver').normalize(manifest.version, manifestPath);
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
    python: async () => (await __webpack_require__.e(/* import() */ 32).then(__webpack_require__.bind(__webpack_require__, 34032))).pythonPipeline,
    npm: async () => (await __webpack_require__.e(/* import() */ 416).then(__webpack_require__.bind(__webpack_require__, 99416))).npmPipeline,
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

// EXTERNAL MODULE: ./src/ecosystems/trusted-publishing.ts
var trusted_publishing = __webpack_require__(47134);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/git/early-work.ts
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

;// CONCATENATED MODULE: ./src/git/git.ts






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
const earlyAnswers = new EarlyWork();
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
    constructor(cwd, run = exec/* exec */.m0, limits = {}) {
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
        const stallS = Math.max(1, Math.ceil((this.limits.requestTimeoutMs ?? http/* DEFAULT_REQUEST_TIMEOUT_MS */.Zc) / 1000));
        const killMs = this.limits.networkTimeoutMs ?? Math.max(10 * 60_000, stallS * 5000);
        const argv = options.network ? ['-c', 'http.lowSpeedLimit=1', '-c', `http.lowSpeedTime=${stallS}`, ...args] : args;
        const started = Date.now();
        const timedOut = (detail) => new errors/* ReleaseError */.K2('TIMEOUT', `git ${args[0]} with remote "${options.network}" did not answer within ${detail} (gave up after ${(0,http/* formatMs */._V)(Date.now() - started)})`, 'Check that the remote is reachable (its URL in `git remote -v`), or raise input `request-timeout` (seconds without progress).', { transient: true });
        let result;
        const early = options.input === undefined && options.env === undefined && options.network === undefined && options.signal === undefined && this.run === exec/* exec */.m0 ? earlyAnswers.take(this.cwd, argv) : undefined;
        try {
            if (early) {
                result = await early;
                if ((options.check ?? true) && result.code !== 0)
                    throw new exec/* CommandFailedError */.ju('git', argv, result);
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
            if (options.network && err instanceof errors/* ReleaseError */.K2 && err.code === 'TIMEOUT')
                throw timedOut((0,http/* formatMs */._V)(killMs));
            if (options.network && err instanceof exec/* CommandFailedError */.ju && /Operation too slow/.test(err.result.stderr))
                throw timedOut(`${stallS} s`);
            if (err instanceof exec/* CommandFailedError */.ju) {
                throw new errors/* ReleaseError */.K2('GIT_FAILED', `git ${args[0]} failed: ${err.result.stderr.trim() || err.result.stdout.trim()}`, 'See git\'s message; check the repository state and the remote.', { cause: err });
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
        const present = paths.filter((p) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.cwd, p)));
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
async function assertValidRefName(name, input, run = exec/* exec */.m0) {
    if (plainlyValidRefName(name))
        return;
    const r = await run('git', ['check-ref-format', `refs/tags/${name}`], { check: false });
    if (r.code !== 0 || /[\s\n\r]/.test(name)) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "${input}" gives "${name}", which is not a valid git ref name.`, 'Use letters, digits, dots, dashes and slashes; no spaces, "..", "~", "^", ":" or control characters.');
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

;// CONCATENATED MODULE: ./src/changelog/announcement.ts
/** The release announcement (markdown): what was released, where, how to install, and the notes. */
function renderAnnouncement(input) {
    const { context, install } = input;
    const name = context.package.name;
    const version = context.version?.next ?? '';
    const lines = [
        `# ${name} ${version}`,
        '',
        `Released ${new Date().toISOString().slice(0, 10)} to ${input.publishedTo.join(', ')}${input.degraded ? ' (**degraded**: the primary registry failed, a fallback served)' : ''}.${input.verified ? ' Verified by a clean install from the registry.' : ''}`,
        '',
        '```sh',
        install,
        '```',
        '',
    ];
    if (input.releaseUrl)
        lines.push(`Release page: ${input.releaseUrl}`, '');
    if (context.changelog?.section_markdown)
        lines.push('## What changed', '', context.changelog.section_markdown.replace(/^## .*\n+/, ''), '');
    return `${lines.join('\n').trimEnd()}\n`;
}

;// CONCATENATED MODULE: ./src/core/telemetry.ts

/** Escapes a Prometheus label value. */
function label(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
/**
 * The release's metrics in Prometheus text exposition format: total and per-stage durations, the gate
 * decision, publish attempts and verification time.
 */
function renderPrometheus(ctx, extra = {}) {
    const pkg = `package="${label(ctx.package.name)}",version="${label(ctx.version?.next ?? '')}"`;
    const byStage = new Map();
    for (const t of ctx.timeline)
        byStage.set(t.stage, (byStage.get(t.stage) ?? 0) + t.duration_ms / 1000);
    const total = [...byStage.values()].reduce((a, b) => a + b, 0);
    const lines = [
        '# HELP release_duration_seconds Time spent in all release stages so far.',
        '# TYPE release_duration_seconds gauge',
        `release_duration_seconds{${pkg}} ${total.toFixed(3)}`,
        '# HELP release_stage_duration_seconds Time spent in one release stage.',
        '# TYPE release_stage_duration_seconds gauge',
        ...[...byStage].map(([stage, s]) => `release_stage_duration_seconds{${pkg},stage="${label(stage)}"} ${s.toFixed(3)}`),
        '# HELP release_gate_approved 1 when the quality gate approved the release.',
        '# TYPE release_gate_approved gauge',
        `release_gate_approved{${pkg}} ${ctx.gate?.status === 'approved' ? 1 : 0}`,
        '# HELP release_publish_attempts_total Upload attempts made while publishing.',
        '# TYPE release_publish_attempts_total counter',
        `release_publish_attempts_total{${pkg}} ${ctx.publish?.attempts ?? 0}`,
        '# HELP release_verify_seconds Time until the registry served the release.',
        '# TYPE release_verify_seconds gauge',
        `release_verify_seconds{${pkg}} ${(ctx.publish?.verify_s ?? 0).toFixed(3)}`,
        '# HELP release_degraded 1 when the release went to a fallback registry.',
        '# TYPE release_degraded gauge',
        `release_degraded{${pkg}} ${ctx.publish?.degraded ? 1 : 0}`,
    ];
    if (extra.publishSeconds !== undefined) {
        lines.push('# HELP release_publish_stage_seconds Wall time of the publish stage.', '# TYPE release_publish_stage_seconds gauge', `release_publish_stage_seconds{${pkg}} ${extra.publishSeconds.toFixed(3)}`);
    }
    return `${lines.join('\n')}\n`;
}
/** A deterministic hex id of `bytes` bytes derived from text (trace and span ids). */
function hexId(text, bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, bytes * 2);
}
/** The timeline as an OTLP/HTTP JSON trace request: one trace per release, one span per step. */
function toOtlpJson(ctx) {
    const traceId = hexId(ctx.id, 16);
    const spans = ctx.timeline.map((t, i) => {
        const start = BigInt(Date.parse(t.started_at)) * 1000000n;
        const end = start + BigInt(Math.round(t.duration_ms)) * 1000000n;
        return {
            traceId,
            spanId: hexId(`${ctx.id}/${i}`, 8),
            name: `${t.stage}/${t.step}`,
            kind: 1,
            startTimeUnixNano: start.toString(),
            endTimeUnixNano: end.toString(),
            attributes: [
                { key: 'release.stage', value: { stringValue: t.stage } },
                { key: 'release.attempts', value: { intValue: String(t.attempts) } },
                ...(t.served_by ? [{ key: 'release.served_by', value: { stringValue: t.served_by } }] : []),
            ],
            status: { code: t.outcome === 'failure' ? 2 : 1 },
        };
    });
    return {
        resourceSpans: [
            {
                resource: { attributes: [{ key: 'service.name', value: { stringValue: 'release-relay' } }, { key: 'release.package', value: { stringValue: ctx.package.name } }, { key: 'release.version', value: { stringValue: ctx.version?.next ?? '' } }] },
                scopeSpans: [{ scope: { name: 'release-relay' }, spans }],
            },
        ],
    };
}
/** Sends the timeline to an OTLP/HTTP collector (`{endpoint}/v1/traces`, JSON encoding). */
async function exportOtlp(endpoint, ctx, fetchImpl = fetch) {
    const url = `${endpoint.replace(/\/$/, '')}/v1/traces`;
    const res = await fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(toOtlpJson(ctx)), signal: AbortSignal.timeout(10_000) });
    if (!res.ok)
        throw new Error(`OTLP collector answered ${res.status} ${res.statusText}`);
}

;// CONCATENATED MODULE: ./src/stages/publish-and-verify.ts



















/**
 * publish-and-verify: pre-flight (no side effects), publish the approved bytes (classified retries, optional
 * fallback), annotated tag, GitHub release (draft → assets → publish), verify from the registry, announce,
 * metrics. Every step is resumable: a re-run skips what is already done and never duplicates anything.
 */
async function publishAndVerify(options, deps = {}) {
    // A workspace release publishes each released package in dependency order (see publish-workspace.ts).
    if (options.context.workspace)
        return (await __webpack_require__.e(/* import() */ 700).then(__webpack_require__.bind(__webpack_require__, 46700))).publishWorkspace(options, deps);
    const scratch = {};
    try {
        return await runPublish(options, deps, scratch);
    }
    finally {
        await scratch.cleanup?.();
    }
}
async function runPublish(options, deps, scratch) {
    const p = startPublish(options, deps, scratch);
    const started = Date.now();
    const pre = await preflight(p);
    if (p.dryRun) {
        return { context: p.context, decision: `Dry run: would ${pre.plan.join('; ')}`, plan: pre.plan, publishedTo: [], degraded: false, verified: false, announcement: '' };
    }
    const published = await publishToRegistry(p, pre);
    const degraded = published.servedBy !== pre.registries[0].name;
    await tagReleaseCommit(p, pre);
    const releaseUrl = await githubRelease(p, pre);
    const verified = await verifyFromRegistry(p, pre, published);
    const announcement = await announce(p, { install: pre.adapter.installCommand(p.context.package.name, p.version), releaseUrl, publishedTo: [published.servedBy], degraded, verified });
    const metricsFile = await writeMetrics(p, started);
    // After the metrics step has closed, so the trace holds every step of the timeline (that one included).
    if (options.otlpEndpoint)
        await exportOtlp(options.otlpEndpoint, p.context).catch((err) => p.logger.warning(`OTLP export failed: ${(0,errors/* describeError */.Uc)(err)}`));
    if (options.contextFile)
        await (0,core_context/* saveContext */.tn)(options.contextFile, p.context);
    const rec = p.context.publish;
    const how = rec.credentials === 'trusted-publishing' ? ' through Trusted Publishing' : ' with a token';
    const attested = rec.attested?.length ? `, ${rec.attested.length} file(s) attested` : '';
    const decision = `${degraded ? 'Degraded release' : 'Released'} ${p.context.package.name} ${p.version} to ${published.servedBy}${how}${attested}${verified ? `, verified by a clean install${rec.provenance_verified ? ' and its provenance (this repository, workflow and digests)' : ''}` : ''}${releaseUrl ? `; release ${releaseUrl}` : ''}.`;
    return { context: p.context, decision, plan: pre.plan, releaseUrl, publishedTo: [published.servedBy], degraded, verified, announcement, metricsFile };
}
/** The validated context and everything the steps share. */
function startPublish(options, deps, scratch) {
    const run = deps.exec ?? exec/* exec */.m0;
    const logger = deps.logger ?? log/* silentLogger */.qq;
    const context = structuredClone((0,core_context/* validateContext */.Cp)(options.context, 'publish-and-verify'));
    const sctx = { ...(0,combinators/* createStepContext */.YC)('publish-and-verify', logger, context.timeline), sleep: deps.sleep ? (ms) => deps.sleep(ms) : undefined };
    // deps.sleep reaches the adapter too: upload backoff, OIDC mint backoff and verify polling wait through it.
    // Provenance: attested only through Trusted Publishing (no token), and then demanded back on verify.
    const attestations = options.attestations ?? true;
    const supplyChain = {
        attestations,
        expectProvenance: attestations && !options.token && (options.useOidc ?? true),
        publisher: { repository: `${context.repository.owner}/${context.repository.name}`, workflow: (0,trusted_publishing/* workflowFile */.EY)(options.workflowRef) },
        sigstore: options.sigstore,
        idTokenRequest: options.idTokenRequest,
        workflowRef: options.workflowRef,
    };
    const env = { exec: run, logger, tools: options.tools ?? {}, runner: options.runner, sleep: deps.sleep, now: deps.now, requestTimeoutMs: options.requestTimeoutMs, uploadTimeoutMs: options.uploadTimeoutMs, supplyChain };
    const version = context.version?.next;
    // Credentials written into a registry URL (https://user:pass@host/) are secrets like any token.
    for (const r of options.registries ?? [])
        for (const secret of (0,http/* urlSecrets */.Fn)(r))
            logger.setSecret(secret);
    return {
        options,
        logger,
        sctx,
        env,
        git: new Git((0,external_node_path_.resolve)(options.cwd ?? process.cwd()), run, { requestTimeoutMs: options.requestTimeoutMs }),
        context,
        version,
        tag: context.version?.tag,
        dryRun: options.dryRun ?? context.dry_run,
        remote: options.remote ?? 'origin',
        releaseSha: context.release_commit?.sha || context.repository.sha,
        artifactDir: (0,external_node_path_.resolve)(options.artifactDir ?? context.gate?.artifact_dir ?? (0,external_node_path_.join)(options.runner?.tempDir || (0,external_node_os_.tmpdir)(), 'release-relay', `release-${version}`)),
        scratch,
    };
}
/** Step 1: every check that can fail before the first side effect, and the plan. */
async function preflight(p) {
    const { options, logger, sctx, env, git, context, version, tag, dryRun, remote, releaseSha, artifactDir } = p;
    return (0,combinators/* instrumented */.RC)('pre-flight checks', async () => {
        if (context.gate?.status !== 'approved') {
            throw new errors/* ReleaseError */.K2('NOT_APPROVED', `The quality gate did not approve ${version} (status: ${context.gate?.status ?? 'missing'}; ${context.gate?.reasons.join('; ') || 'no reasons'}).`, 'Fix what the gate reported and run the gate again; publish only takes an approved context.');
        }
        if (!context.artifacts?.length)
            throw new errors/* ReleaseError */.K2('BAD_CONTEXT', 'The approved context lists no artifacts.', 'Run quality-gate: it builds the distributions and records their digests.');
        // The tag is created only after the upload: a name git refuses must stop the release now, not then.
        await assertValidRefName(tag, 'tag', env.exec).catch(() => {
            throw new errors/* ReleaseError */.K2('BAD_CONTEXT', `The context's tag "${tag}" is not a valid git tag name.`, 'Pass the context prepare-release and the gate wrote, unchanged; fix input `tag-template` of prepare-release if it produced this tag.');
        });
        const root = await git.topLevel();
        // Paths this stage writes: inside the workspace or the runner's temp directory, never through "..".
        const cwd = (0,external_node_path_.resolve)(options.cwd ?? process.cwd());
        const writable = [root, cwd, options.runner?.tempDir || (0,external_node_os_.tmpdir)()];
        if (options.notesDir !== undefined)
            (0,core_files/* resolveContained */.mi)(cwd, options.notesDir, 'notes-dir', writable);
        if (options.metricsFile !== undefined)
            (0,core_files/* resolveContained */.mi)(cwd, options.metricsFile, 'metrics-file', writable);
        const adapter = await getFullAdapter((0,core_files/* resolveInside */.LI)(root, context.package.dir, 'package-dir'), context.package.ecosystem);
        const info = { name: context.package.name, version, scheme: context.version?.scheme ?? 'pep440', versionFiles: context.package.version_files, ...(context.package.import_names?.length ? { importNames: context.package.import_names } : {}) };
        // The approved bytes: every file checked against the digest the gate recorded and copied, from the very
        // bytes checked, into a private directory. Everything after this reads only the copies.
        const sources = (context.artifacts ?? []).map((a) => ({ path: (0,core_files/* resolveInside */.LI)(artifactDir, a.file, 'artifact-dir'), sha256: a.sha256 }));
        const copies = await copyApproved(sources, options.runner?.tempDir || (0,external_node_os_.tmpdir)());
        p.scratch.cleanup = copies.cleanup;
        const files = copies.files;
        const registries = (options.registries?.length ? options.registries : [adapter.defaultRegistry ?? 'pypi']).map((r) => adapter.registry(r));
        // What the target registry already holds: same bytes → skip, other bytes → stop.
        // Read with the upload's retry policy: one 503 from the index must not stop the release before it starts.
        // A target that stays unreadable is left to the publish step when there are fallbacks to turn to.
        const readState = (0,combinators/* retry */.L5)(() => adapter.remoteState(env, { registry: registries[0], name: context.package.name, version, artifacts: context.artifacts ?? [] }), {
            attempts: options.uploadAttempts ?? 4,
            baseDelayMs: options.retryDelayMs ?? 2000,
            maxDelayMs: 60_000,
            jitter: 0.3,
        });
        let unreadable = false;
        const state = await readState(undefined, { ...sctx, attempts: { count: 0 } }).catch((err) => {
            if (registries.length < 2 || !(0,combinators/* isTransientError */.bV)(err))
                throw err;
            unreadable = true;
            logger.warning(`Could not read what ${registries[0].name} holds (${(0,errors/* describeError */.Uc)(err)}); the publish step will try it and then fall back.`);
            return {};
        });
        const different = Object.entries(state).filter(([, s]) => s === 'different').map(([f]) => f);
        if (different.length) {
            throw new errors/* ReleaseError */.K2('ALREADY_PUBLISHED_DIFFERENT', `${registries[0].name} already has ${different.join(', ')} for ${version} with different contents.`, 'A published version can never change: release a new version (e.g. a .post1 or the next patch).');
        }
        const alreadyPublished = Object.entries(state).filter(([, s]) => s === 'same').map(([f]) => f);
        // The tag: absent, or already on the release commit (a re-run).
        const local = await git.tagCommit(tag);
        const onRemote = (options.pushTag ?? true) && (await git.hasRemote(remote)) ? await git.remoteTagCommit(remote, tag) : null;
        for (const [where, sha] of [['locally', local], [`on ${remote}`, onRemote]]) {
            if (sha && sha !== releaseSha) {
                throw new errors/* ReleaseError */.K2('TAG_EXISTS', `Tag ${tag} exists ${where} on ${sha.slice(0, 7)}, not on the release commit ${releaseSha.slice(0, 7)}.`, 'Delete the stray tag if that release never happened, or release a new version.');
            }
        }
        const tagState = local || onRemote ? 'same' : 'absent';
        // Credentials, before anything is uploaded (not needed when everything is there already).
        const needUpload = alreadyPublished.length < (context.artifacts?.length ?? 0);
        const credentials = needUpload && !dryRun
            ? await adapter.credentials(env, { registry: registries[0], token: options.token, useOidc: options.useOidc ?? true }).catch((err) => {
                // An unreachable target (fallbacks follow): the publish step asks each registry for its own.
                if (unreadable && (0,combinators/* isTransientError */.bV)(err))
                    return null;
                throw err;
            })
            : null;
        const plan = [
            `publish ${files.length - alreadyPublished.length} file(s) of ${context.package.name} ${version} to ${registries[0].name}${registries.length > 1 ? ` (fallback: ${registries.slice(1).map((r) => r.name).join(', ')})` : ''}${alreadyPublished.length ? `; already there: ${alreadyPublished.join(', ')}` : ''}`,
            tagState === 'same' ? `tag ${tag} already on ${releaseSha.slice(0, 7)}` : `create annotated tag ${tag} on ${releaseSha.slice(0, 7)} and push it`,
            options.github ? `GitHub release ${tag} with ${files.length} asset(s)` : 'no GitHub release (no token/repository)',
            options.verify === false ? 'no verification' : `verify from ${registries[0].name} (up to ${Math.round((options.verifyTimeoutMs ?? 900_000) / 60000)} min)`,
        ];
        logger.info(`Plan:\n${plan.map((p) => `  - ${p}`).join('\n')}`);
        return { files, registries, alreadyPublished, tagState, credentials, plan, adapter, info };
    })(undefined, sctx);
}
/** Step 2: publish to the target registry, falling back to the others only when it fails for good. */
async function publishToRegistry(p, pre) {
    const { options, logger, sctx, env, context, version, tag } = p;
    const a = pre.adapter;
    const published = await (0,combinators/* instrumented */.RC)('publish to registry', (0,combinators/* fallback */.Np)(pre.registries.map((registry, i) => ({
        name: registry.name,
        step: async () => {
            // Everything already on the target (a re-run): nothing to upload, so no credential is minted or used.
            if (i === 0 && pre.alreadyPublished.length === pre.files.length) {
                logger.info(`Every approved file is already on ${registry.name}; nothing to upload.`);
                return { uploaded: [], skipped: [...pre.alreadyPublished], attempts: 0, registry };
            }
            const credentials = i === 0 && pre.credentials ? pre.credentials : await a.credentials(env, { registry, token: options.token, useOidc: options.useOidc ?? true });
            const r = await a.publish(env, { registry, files: pre.files, artifacts: context.artifacts ?? [], name: context.package.name, version, credentials, attempts: options.uploadAttempts ?? 4, baseDelayMs: options.retryDelayMs });
            return { ...r, registry };
        },
    })), 
    // A real conflict (other bytes already there) must stop, not fall back.
    { shouldFallback: (err) => !(0,errors/* isReleaseError */.q8)(err, 'ALREADY_PUBLISHED_DIFFERENT') }))(undefined, sctx);
    const degraded = published.servedBy !== pre.registries[0].name;
    if (degraded)
        logger.warning(`Degraded release: ${pre.registries[0].name} failed (${(0,errors/* describeError */.Uc)(published.failures[0]?.error)}); published to ${published.servedBy} instead.`);
    context.publish = {
        registry: published.value.registry.indexUrl,
        published_to: [published.servedBy],
        fallback_used: degraded,
        degraded,
        skipped_existing: published.value.skipped,
        tag,
        tag_created: false,
        verified: false,
        attempts: published.value.attempts,
        credentials: pre.credentials?.source === 'oidc' || (!pre.credentials && p.env.supplyChain?.expectProvenance) ? 'trusted-publishing' : 'token',
        attested: published.value.attested ?? [],
    };
    return published;
}
/** Step 3: the annotated tag on the release commit, only now that the upload is done. */
async function tagReleaseCommit(p, pre) {
    const { options, sctx, git, context, version, tag, remote, releaseSha } = p;
    await (0,combinators/* instrumented */.RC)('tag release commit', async () => {
        if (pre.tagState === 'same' && (await git.tagCommit(tag))) {
            if ((options.pushTag ?? true) && (await git.hasRemote(remote)) && !(await git.remoteTagCommit(remote, tag)))
                await git.push(remote, [`refs/tags/${tag}`]);
            return;
        }
        if (!(await git.tagCommit(tag)))
            await git.tag(tag, releaseSha, `${context.package.name} ${version}\n\n${context.changelog?.section_markdown ?? ''}`);
        if ((options.pushTag ?? true) && (await git.hasRemote(remote)))
            await git.push(remote, [`refs/tags/${tag}`]);
        context.publish.tag_created = true;
    })(undefined, sctx);
}
/** Step 4: the GitHub release: draft, assets, publish (works with immutable releases). */
async function githubRelease(p, pre) {
    const { options, sctx, git, context, version, tag } = p;
    const pkg = pre.info;
    let releaseUrl;
    if (options.github) {
        const gh = options.github;
        releaseUrl = await (0,combinators/* instrumented */.RC)('GitHub release', async () => {
            const { ensureDraftRelease, uploadAssetIfMissing, publishRelease } = await __webpack_require__.e(/* import() */ 471).then(__webpack_require__.bind(__webpack_require__, 16471));
            const scheme = (0,versioning_scheme/* getScheme */.m)(pkg.scheme);
            const prerelease = scheme.isPrerelease(version);
            const release = await ensureDraftRelease(gh.client, { owner: gh.owner, repo: gh.repo, tag, name: `${context.package.name} ${version}`, body: context.changelog?.section_markdown ?? '', prerelease, retryDelayMs: options.retryDelayMs });
            for (const file of pre.files) {
                const record = context.artifacts?.find((r) => file.endsWith(`/${r.file}`));
                await uploadAssetIfMissing(gh.client, { owner: gh.owner, repo: gh.repo, release, filePath: file, name: record?.file, contentType: 'application/octet-stream' });
            }
            const latest = await isHighestFinal(git, context, scheme);
            const published = await publishRelease(gh.client, { owner: gh.owner, repo: gh.repo, release, body: context.changelog?.section_markdown ?? '', makeLatest: latest ? 'true' : 'false', prerelease });
            return published.url;
        })(undefined, sctx);
        context.publish.release_url = releaseUrl;
    }
    return releaseUrl;
}
/** Step 5: verify from the registry the release went to; not served in time is VERIFY_FAILED. */
async function verifyFromRegistry(p, pre, published) {
    const { options, sctx, env, context, version } = p;
    const a = pre.adapter;
    const pkg = pre.info;
    let verified = false;
    if (options.verify !== false) {
        const v = await (0,combinators/* instrumented */.RC)('verify from registry', async () => a.verify(env, { registry: published.value.registry, info: pkg, version, artifacts: context.artifacts ?? [], timeoutMs: options.verifyTimeoutMs ?? 900_000, pollMs: options.verifyPollMs }))(undefined, sctx);
        verified = v.verified;
        Object.assign(context.publish, { verified, verify_s: v.propagationS, provenance_verified: v.provenanceVerified ?? false });
        if (!verified) {
            throw new errors/* ReleaseError */.K2('VERIFY_FAILED', v.state === 'propagating' ? `${version} is published but ${published.servedBy} is still propagating it after ${Math.round(v.propagationS)} s.` : v.state === 'unanswered' ? `${published.servedBy} did not answer while ${version} was being verified: ${v.reason ?? ''}` : `${version} is not served by ${published.servedBy}.`, v.state === 'propagating' ? 'Wait and re-run publish-and-verify: everything done is skipped, only the check runs again.' : 'Check the upload log above; re-run to retry.');
        }
    }
    return verified;
}
/** Step 6: the announcement (written to notes-dir when set) and into the context. */
async function announce(p, outcome) {
    const { options, sctx, context, version } = p;
    const { releaseUrl, degraded, verified } = outcome;
    const announcement = renderAnnouncement({ context, install: outcome.install, releaseUrl, publishedTo: outcome.publishedTo, degraded, verified });
    await (0,combinators/* instrumented */.RC)('announce', async () => {
        if (options.notesDir) {
            const dir = (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), options.notesDir);
            await (0,promises_.mkdir)(dir, { recursive: true });
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, `${context.package.name}-${version}.md`), announcement);
        }
    })(undefined, sctx);
    context.publish.announcement = announcement;
    return announcement;
}
/** Step 7: the Prometheus metrics file. */
async function writeMetrics(p, started) {
    const { options, sctx, context, artifactDir } = p;
    const metricsFile = options.metricsFile ?? (0,external_node_path_.join)(artifactDir, 'metrics.prom');
    await (0,combinators/* instrumented */.RC)('metrics', async () => {
        await (0,promises_.mkdir)((0,external_node_path_.resolve)(metricsFile, '..'), { recursive: true });
        await (0,promises_.writeFile)(metricsFile, renderPrometheus(context, { publishSeconds: (Date.now() - started) / 1000 }));
    })(undefined, sctx);
    return metricsFile;
}
/** Whether this version is a final release at least as high as every released version with the same tag template. */
async function isHighestFinal(git, context, scheme) {
    const version = context.version?.next;
    if (scheme.isPrerelease(version))
        return false;
    const released = releaseTags(await tag_list_listTags(git), { template: templateOf(context), name: context.package.name, scheme });
    return !released.some((t) => !scheme.isPrerelease(t.version) && scheme.compare(t.version, version) > 0);
}
/** Recovers the tag template from the context's tag and version. */
function templateOf(context) {
    const tag = context.version?.tag;
    const version = context.version?.next;
    const i = tag.lastIndexOf(version);
    if (i < 0)
        return 'v{version}';
    const head = tag.slice(0, i).split(context.package.name).join('{name}');
    return `${head}{version}${tag.slice(i + version.length)}`;
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

//# sourceMappingURL=404.index.js.map