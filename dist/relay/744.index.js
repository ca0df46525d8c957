export const id = 744;
export const ids = [744];
export const modules = {

/***/ 54744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(11758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/http.ts
var http = __webpack_require__(1983);
// EXTERNAL MODULE: ./src/core/log.ts
var log = __webpack_require__(44325);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./src/github/throttle.ts

let yieldsPatched = false;
/**
 * Bottleneck (behind @octokit/plugin-throttling and @octokit/plugin-retry; unmaintained since 2019) yields
 * to the event loop with `setTimeout(resolve, 0)` several times per scheduled job, and Node runs a 0 ms
 * timer after 1 ms at the soonest. Every API request passes two to four limiters (plugin-retry's, the
 * throttle's retry limiter, the write group, the global group), so about 10–20 ms of each request was
 * spent waiting on those timers: 0.15 s of the demo's release against the loopback server, and the same
 * per request against GitHub. setImmediate yields to the event loop just the same, without the floor.
 * Delays (t > 0: spacing, retry-after) keep their timers. One Bottleneck module is bundled, so patching its
 * local datastore's prototype covers every limiter, the plugins' own included.
 */
function yieldWithoutTimerFloor() {
    if (yieldsPatched)
        return;
    yieldsPatched = true;
    const store = Object.getPrototypeOf(new (light_default())()._store);
    store.yieldLoop = function yieldLoop(t = 0) {
        return new this.Promise((resolve) => (t > 0 ? setTimeout(resolve, t) : setImmediate(resolve)));
    };
}
/** Whether `url` names this machine (127.0.0.0/8, ::1, localhost): a local stand-in for GitHub's API. */
function isLoopbackUrl(url) {
    let host;
    try {
        host = new URL(url).hostname.toLowerCase();
    }
    catch {
        return false;
    }
    return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}
/**
 * Throttle settings for a client of `baseUrl`. GitHub asks integrators to space content-creating requests
 * (plugin-throttling waits 1 s between writes, 3 s between notification-triggering ones, 2 s between
 * searches); a server on loopback (the demo's and the tests' GitHub API) has no such limits, so there the
 * same groups keep one request at a time but add no spacing. Rate-limit answers (403/429 with retry-after)
 * are waited out either way. Anything else, GitHub and GitHub Enterprise included, keeps the defaults.
 */
function throttleFor(baseUrl) {
    if (!isLoopbackUrl(baseUrl))
        return {};
    const unspaced = (id) => new (light_default()).Group({ id, maxConcurrent: 1, minTime: 0 });
    return { write: unspaced('relay-loopback-write'), notifications: unspaced('relay-loopback-notifications'), search: unspaced('relay-loopback-search') };
}

;// CONCATENATED MODULE: ./src/actions/common/github-client.ts







/** Creates the suite's Octokit: @actions/github's client plus plugin-retry and plugin-throttling. */
function createGitHubClient(opts) {
    if (!opts.token) {
        throw new errors/* ReleaseError */.K2('NO_CREDENTIALS', 'No GitHub token was given.', 'Pass `github-token` (usually `${{ github.token }}`) with the permissions the stage needs.');
    }
    const logger = opts.logger ?? log/* silentLogger */.qq;
    logger.setSecret(opts.token);
    const retries = opts.retries ?? 3;
    const base = opts.retryAfterBaseMs ?? 1000;
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        if (retryCount < retries) {
            logger.warning(`GitHub ${kind} on ${options.method} ${options.url}; retrying after ${retryAfter}s (retry ${retryCount + 1} of ${retries}).`);
            return true;
        }
        logger.warning(`GitHub ${kind} on ${options.method} ${options.url}; giving up after ${retries} retries.`);
        return false;
    };
    const baseUrl = opts.baseUrl ?? 'https://api.github.com';
    yieldWithoutTimerFloor();
    return (0,github/* getOctokit */.Q)(opts.token, {
        baseUrl,
        log: { debug: (m) => logger.debug(m), info: (m) => logger.debug(m), warn: (m) => logger.warning(m), error: (m) => logger.warning(m) },
        retry: { retries, retryAfterBaseValue: base },
        // Every request gets its own deadline; a timed-out one is retried by plugin-retry like a 5xx.
        // A request with a body (a release asset) also gets the time to send it at 64 kB/s or better.
        request: { fetch: (url, init) => (0,http/* fetchWithDeadline */.rQ)(url, init, { timeoutMs: (opts.requestTimeoutMs ?? http/* DEFAULT_REQUEST_TIMEOUT_MS */.Zc) + bodyAllowanceMs(init.body), signal: init.signal ?? undefined }) },
        throttle: {
            retryAfterBaseValue: base,
            ...throttleFor(baseUrl),
            ...opts.throttle,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** Extra ms a request body of this size may take to send (at 64 kB/s). */
function bodyAllowanceMs(body) {
    const bytes = typeof body === 'string' ? Buffer.byteLength(body) : body instanceof Uint8Array ? body.byteLength : body instanceof ArrayBuffer ? body.byteLength : 0;
    return Math.ceil(bytes / 64);
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


/***/ })

};

//# sourceMappingURL=744.index.js.map