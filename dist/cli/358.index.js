export const id = 358;
export const ids = [358];
export const modules = {

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const compare = __webpack_require__(78469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 56344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ copyApproved),
/* harmony export */   f: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/**
 * The approved bytes, held where nobody else can swap them: each approved file is read once, checked against
 * the digest the gate recorded, and written from that same buffer into a private directory (mode 0700, files
 * 0400). Uploads read only these copies.
 */





/** sha256 of a buffer, hex. */
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/**
 * Copies each source into a new private directory under `parent` (defaults to the OS temp dir) after checking
 * its digest on the very bytes that are written. Throws DIGEST_MISMATCH (and removes the directory) otherwise.
 */
async function copyApproved(sources, parent = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)()) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(parent, 'release-relay-approved-'));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(dir, 0o700);
    const cleanup = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    try {
        const files = [];
        for (const s of sources) {
            const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(s.path).catch((err) => {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseError */ .K2('DIGEST_MISMATCH', `Approved file ${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(s.path)} is missing: ${err.message}`, 'Download the release artifact the gate uploaded into input `artifact-dir`.');
            });
            const digest = sha256Hex(bytes);
            if (digest !== s.sha256.toLowerCase()) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseError */ .K2('DIGEST_MISMATCH', `${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(s.path)} has sha256 ${digest}, but the gate approved ${s.sha256}.`, 'Publish only the artifact the gate built; re-run the gate if the files were rebuilt.', { location: { file: s.path } });
            }
            const copy = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(s.path));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(copy, bytes, { flag: 'wx', mode: 0o400 });
            files.push(copy);
        }
        return { dir, files, cleanup };
    }
    catch (err) {
        await cleanup();
        throw err;
    }
}


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

/***/ 44325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony exports escapeLogText, consoleLogger */
/**
 * Text made safe for one or more log lines on a GitHub runner: a line that starts with `::` (after blanks)
 * would be executed as a workflow command, so its colons are split with a zero-width space. Values from
 * user files (names, versions, commit subjects) and tool output all pass through here.
 */
function escapeLogText(text) {
    return text.replace(/(^|[\r\n])([ \t]*):(?=:)/g, '$1$2:\u200b');
}
/** A Logger that prints to the console and masks registered secrets itself. */
function consoleLogger(options = {}) {
    const secrets = [];
    const write = options.write ?? ((line) => process.stdout.write(`${line}\n`));
    const mask = (s) => secrets.reduce((acc, secret) => acc.split(secret).join('***'), s);
    return {
        info: (m) => write(mask(m)),
        warning: (m, loc) => write(mask(`warning${loc ? ` ${loc.file}${loc.line ? `:${loc.line}` : ''}` : ''}: ${m}`)),
        debug: (m) => {
            if (options.debug)
                write(mask(`debug: ${m}`));
        },
        group: async (name, fn) => {
            write(mask(`▸ ${name}`));
            return fn();
        },
        setSecret: (value) => {
            if (value && !secrets.includes(value))
                secrets.push(value);
        },
    };
}
/** A Logger that drops everything (for library calls where the caller does not care). */
const silentLogger = {
    info: () => undefined,
    warning: () => undefined,
    debug: () => undefined,
    group: (_name, fn) => fn(),
    setSecret: () => undefined,
};


/***/ })

};

//# sourceMappingURL=358.index.js.map