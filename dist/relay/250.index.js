export const id = 250;
export const ids = [250];
export const modules = {

/***/ 6250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   waitForCi: () => (/* binding */ waitForCi)
/* harmony export */ });
/* unused harmony exports readCiChecks, describeFailingChecks */
/* harmony import */ var _core_combinators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4192);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);


/** Conclusions that count as passing. */
const PASSING = new Set(['success', 'neutral', 'skipped']);
/** Check-run statuses before completion (the `state` of a CiCheck for an unfinished run). */
const PENDING_RUN_STATES = new Set(['queued', 'in_progress', 'waiting', 'requested', 'pending']);
/** Classifies one check: pending until complete; passing conclusions/states are success; all else failure. */
function verdictOf(check) {
    if (check.kind === 'status')
        return check.state === 'pending' ? 'pending' : check.state === 'success' ? 'success' : 'failure';
    return PASSING.has(check.state) ? 'success' : PENDING_RUN_STATES.has(check.state) ? 'pending' : 'failure';
}
/** Reads every check run (paginated) and the combined status of `sha` once. */
async function readCiChecks(gh, opts) {
    const excludedIds = new Set(opts.excludeCheckRunIds ?? []);
    const excludedNames = new Set(opts.excludeNames ?? []);
    let runs;
    let combined;
    try {
        runs = await gh.paginate(gh.rest.checks.listForRef, { owner: opts.owner, repo: opts.repo, ref: opts.sha, per_page: 100 });
        combined = await gh.rest.repos.getCombinedStatusForRef({ owner: opts.owner, repo: opts.repo, ref: opts.sha, per_page: 100 });
    }
    catch (err) {
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .githubFailure */ .eQ)(`reading CI checks of ${opts.sha}`, err);
    }
    const checks = [];
    for (const run of runs) {
        if (excludedIds.has(run.id) || excludedNames.has(run.name))
            continue;
        const state = run.status === 'completed' ? (run.conclusion ?? 'completed') : run.status;
        checks.push({ name: run.name, kind: 'check_run', state, url: run.html_url ?? run.details_url ?? undefined });
    }
    // The combined status says `pending` when there are no statuses at all: only the statuses themselves count.
    for (const status of combined.data.statuses) {
        if (excludedNames.has(status.context))
            continue;
        checks.push({ name: status.context, kind: 'status', state: status.state, url: status.target_url ?? undefined });
    }
    return checks.sort((a, b) => `${a.kind}:${a.name}`.localeCompare(`${b.kind}:${b.name}`));
}
/**
 * Waits until the CI of `sha` is settled: a failing check answers `failure` at once (listed with its URL);
 * all checks passing for `stablePolls` identical observations answers `success` (or `none` when there are
 * none); otherwise `timeout` after `timeoutMs`, with what was seen last.
 */
async function waitForCi(gh, opts) {
    const sleep = opts.sleep ?? ((ms) => (0,_core_combinators_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .yy)(ms));
    const now = opts.now ?? Date.now;
    const stablePolls = Math.max(1, opts.stablePolls ?? 2);
    const maxPollMs = opts.maxPollMs ?? 30000;
    const started = now();
    let delay = opts.pollMs ?? 5000;
    let lastFingerprint;
    let stableCount = 0;
    for (;;) {
        const checks = await readCiChecks(gh, opts);
        const verdicts = checks.map(verdictOf);
        if (verdicts.includes('failure'))
            return { state: 'failure', checks };
        if (verdicts.includes('pending')) {
            stableCount = 0;
            lastFingerprint = undefined;
        }
        else {
            const fingerprint = JSON.stringify(checks.map((c) => [c.kind, c.name, c.state]));
            stableCount = fingerprint === lastFingerprint ? stableCount + 1 : 1;
            lastFingerprint = fingerprint;
            if (stableCount >= stablePolls)
                return { state: checks.length === 0 ? 'none' : 'success', checks };
        }
        if (now() - started + delay > opts.timeoutMs)
            return { state: 'timeout', checks };
        await sleep(delay);
        delay = Math.min(Math.round(delay * 1.5), maxPollMs);
    }
}
/** The failing checks of a result, one line each with their URL (for the rejection issue and summary). */
function describeFailingChecks(checks) {
    return checks.filter((c) => verdictOf(c) === 'failure').map((c) => `${c.name} (${c.kind === 'status' ? 'status' : 'check'}: ${c.state})${c.url ? ` ${c.url}` : ''}`);
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   eQ: () => (/* binding */ githubFailure),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   x9: () => (/* binding */ isAlreadyExists)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4325);





/** Creates the suite's Octokit: @actions/github's client plus plugin-retry and plugin-throttling. */
function createGitHubClient(opts) {
    if (!opts.token) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('NO_CREDENTIALS', 'No GitHub token was given.', 'Pass `github-token` (usually `${{ github.token }}`) with the permissions the stage needs.');
    }
    const logger = opts.logger ?? _core_log_js__WEBPACK_IMPORTED_MODULE_2__/* .silentLogger */ .q;
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
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(opts.token, {
        baseUrl: opts.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
        log: { debug: (m) => logger.debug(m), info: (m) => logger.debug(m), warn: (m) => logger.warning(m), error: (m) => logger.warning(m) },
        retry: { retries, retryAfterBaseValue: base },
        throttle: {
            retryAfterBaseValue: base,
            ...opts.throttle,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
}
/** The HTTP status of an Octokit RequestError, or undefined for other errors. */
function httpStatus(err) {
    const status = err?.status;
    return typeof status === 'number' ? status : undefined;
}
/** True when a 422 answer carries `code: already_exists` (or GitHub's "already exists" message). */
function isAlreadyExists(err) {
    if (httpStatus(err) !== 422)
        return false;
    const data = err.response?.data;
    return (data?.errors ?? []).some((e) => e.code === 'already_exists') || /already exists/i.test(data?.message ?? '');
}
/** Wraps any failure of a GitHub call in a ReleaseError(GITHUB_FAILED) naming what was attempted. */
function githubFailure(what, err) {
    if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2)
        return err;
    const status = httpStatus(err);
    const detail = err instanceof Error ? err.message : String(err);
    const hint = /rate limit/i.test(detail)
        ? 'GitHub rate-limited the token beyond the retries: wait for the limit to reset, or use a GitHub App token (higher limits).'
        : status === 401 || status === 403
            ? 'Check the token and the workflow `permissions:` (contents: write, issues: write, checks: read, statuses: read).'
            : status === 404
                ? 'Check the repository name and that the token can see it.'
                : 'GitHub may be degraded (https://www.githubstatus.com); re-run the job.';
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('GITHUB_FAILED', `GitHub: ${what} failed${status ? ` (HTTP ${status})` : ''}: ${detail}`, hint, {
        transient: status === undefined || status >= 500 || status === 429,
        cause: err,
    });
}


/***/ })

};

//# sourceMappingURL=250.index.js.map