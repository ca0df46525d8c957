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

//# sourceMappingURL=744.index.js.map