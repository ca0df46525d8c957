export const id = 225;
export const ids = [225,927,308];
export const modules = {

/***/ 91012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ LOG_FIELDS),
/* harmony export */   Q: () => (/* binding */ logArgs)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

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

/***/ 72642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gf: () => (/* binding */ childEnv),
/* harmony export */   ju: () => (/* binding */ CommandFailedError),
/* harmony export */   m0: () => (/* binding */ exec)
/* harmony export */ });
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
/* harmony export */   BO: () => (/* binding */ remoteUrlArgs),
/* harmony export */   Fv: () => (/* binding */ peekEarlyAnswer),
/* harmony export */   Git: () => (/* binding */ Git),
/* harmony export */   Ji: () => (/* binding */ askEarly),
/* harmony export */   Pu: () => (/* binding */ assertValidRefName),
/* harmony export */   Wx: () => (/* binding */ identityEnv),
/* harmony export */   br: () => (/* binding */ BOT_IDENTITY),
/* harmony export */   dS: () => (/* binding */ DEFAULT_REMOTE),
/* harmony export */   gG: () => (/* binding */ dropEarlyAnswers),
/* harmony export */   vp: () => (/* binding */ CHECKOUT_STATE_ARGS),
/* harmony export */   wT: () => (/* binding */ DIRTY_PATHS_ARGS)
/* harmony export */ });
/* unused harmony export plainlyValidRefName */
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

/***/ 8178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uw: () => (/* binding */ dropEarlyStreams),
  Q3: () => (/* binding */ streamEarly),
  mN: () => (/* binding */ streamGitFields)
});

// UNUSED EXPORTS: detachText

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(72642);
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
function streamEarly(cwd, args, tempDir = (0,external_node_os_.tmpdir)()) {
    if (process.platform === 'win32')
        return null;
    const running = earlyStreams.peek(cwd, args);
    if (running)
        return running.exited.then(() => undefined);
    let fd;
    try {
        const path = (0,external_node_path_.join)(tempDir, `release-relay-${process.pid}-${++tempFiles}.log`);
        fd = (0,external_node_fs_.openSync)(path, 'wx+', 0o600);
        (0,external_node_fs_.unlinkSync)(path);
    }
    catch {
        return null; // the command runs when it is asked for
    }
    const child = (0,external_node_child_process_.spawn)('git', args, { cwd, env: streamEnv(), detached: true, stdio: ['ignore', fd, 'pipe'], shell: false });
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


/***/ }),

/***/ 64606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   askPrepareQuestionsEarly: () => (/* binding */ askPrepareQuestionsEarly)
/* harmony export */ });
/* unused harmony export newestPlainReleaseTag */
/* harmony import */ var _commits_log_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91012);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10308);
/* harmony import */ var _git_log_stream_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8178);
/* harmony import */ var _git_tag_list_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20489);




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
    void (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .askEarly */ .Ji)(cwd, [_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECKOUT_STATE_ARGS */ .vp, (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .remoteUrlArgs */ .BO)(o.remote ?? _git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_REMOTE */ .dS), _git_tag_list_js__WEBPACK_IMPORTED_MODULE_3__/* .ALL_TAGS_ARGS */ .Ss, ...(o.dryRun ? [] : [_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .DIRTY_PATHS_ARGS */ .wT])]);
    const tags = (o.packageDir ?? '.') === '.' ? (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .peekEarlyAnswer */ .Fv)(cwd, _git_tag_list_js__WEBPACK_IMPORTED_MODULE_3__/* .ALL_TAGS_ARGS */ .Ss) : undefined;
    // Once the log is started: its exit, boxed (a promise returned bare would be waited for), or null.
    const log = (tags ?? Promise.resolve(null)).then((r) => {
        const newest = r?.code === 0 ? newestPlainReleaseTag((0,_git_tag_list_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTagList */ .cl)(r.stdout)) : null;
        // The arguments the stage's history step uses for the commits since its last release (history.ts).
        return newest ? { exited: (0,_git_log_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .streamEarly */ .Q3)(cwd, (0,_commits_log_args_js__WEBPACK_IMPORTED_MODULE_0__/* .logArgs */ .Q)({ from: newest.sha }, { onBoundary: () => undefined }), o.tempDir) } : null;
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


/***/ })

};

//# sourceMappingURL=225.index.js.map