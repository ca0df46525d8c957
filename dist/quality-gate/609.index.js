export const id = 609;
export const ids = [609,308];
export const modules = {

/***/ 54192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   RC: () => (/* binding */ instrumented),
/* harmony export */   YC: () => (/* binding */ createStepContext),
/* harmony export */   wR: () => (/* binding */ timeout),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony exports settledValue, backoffDelay, isTransientError, fallback */
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
        throw new ReleaseError('BAD_INPUT', 'fallback() needs at least one alternative', 'Pass one or more alternatives.');
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

/***/ 1983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ isRequestTimeout),
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   JD: () => (/* binding */ splitCredentials),
/* harmony export */   Zc: () => (/* binding */ DEFAULT_REQUEST_TIMEOUT_MS),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   rQ: () => (/* binding */ fetchWithDeadline)
/* harmony export */ });
/* unused harmony exports RequestTimeoutError, urlSecrets */
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

/***/ 62125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Git: () => (/* binding */ Git)
/* harmony export */ });
/* unused harmony exports BOT_IDENTITY, DEFAULT_REMOTE, CHECKOUT_STATE_ARGS, DIRTY_PATHS_ARGS, remoteUrlArgs, askEarly, dropEarlyAnswers, peekEarlyAnswer, identityEnv, assertValidRefName, plainlyValidRefName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72642);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1983);
/* harmony import */ var _early_work_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62125);






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
async function assertValidRefName(name, input, run = realExec) {
    if (plainlyValidRefName(name))
        return;
    const r = await run('git', ['check-ref-format', `refs/tags/${name}`], { check: false });
    if (r.code !== 0 || /[\s\n\r]/.test(name)) {
        throw new ReleaseError('BAD_INPUT', `Input "${input}" gives "${name}", which is not a valid git ref name.`, 'Use letters, digits, dots, dashes and slashes; no spaces, "..", "~", "^", ":" or control characters.');
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


/***/ })

};

//# sourceMappingURL=609.index.js.map