export const id = 250;
export const ids = [250];
export const modules = {

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

/***/ 36250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   waitForCi: () => (/* binding */ waitForCi)
/* harmony export */ });
/* unused harmony exports readCiChecks, describeFailingChecks */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_poll_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88822);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96584);



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
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .githubFailure */ .eQ)(`reading CI checks of ${opts.sha}`, err);
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
 * none). The wait lasts until `timeoutMs` with a last poll at the deadline; an all-green observation there
 * is accepted even if not yet confirmed (the confirmation would have to pass the deadline). Otherwise
 * `timeout`, with what was seen last and, when GitHub did not answer, why (`error`). A poll GitHub does not
 * answer (timeout, 5xx after retries) is an observation like any other: the wait goes on.
 */
async function waitForCi(gh, opts) {
    const stablePolls = Math.max(1, opts.stablePolls ?? 2);
    let lastFingerprint;
    let stableCount = 0;
    let seen = [];
    // A poll GitHub does not answer (timeout, 5xx after retries) is pending like any other: the wait goes on.
    const polled = await (0,_core_poll_js__WEBPACK_IMPORTED_MODULE_1__/* .pollUntil */ .g)(async () => {
        let checks;
        try {
            checks = await readCiChecks(gh, opts);
        }
        catch (err) {
            if (!(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2) || !err.transient)
                throw err;
            stableCount = 0;
            return { done: false, pending: { checks: seen, green: false, error: err.message } };
        }
        seen = checks;
        const verdicts = checks.map(verdictOf);
        if (verdicts.includes('failure'))
            return { done: true, value: { state: 'failure', checks } };
        if (verdicts.includes('pending')) {
            stableCount = 0;
            lastFingerprint = undefined;
            return { done: false, pending: { checks, green: false } };
        }
        const fingerprint = JSON.stringify(checks.map((c) => [c.kind, c.name, c.state]));
        stableCount = fingerprint === lastFingerprint ? stableCount + 1 : 1;
        lastFingerprint = fingerprint;
        if (stableCount >= stablePolls)
            return { done: true, value: { state: checks.length === 0 ? 'none' : 'success', checks } };
        return { done: false, pending: { checks, green: true } };
    }, { intervalMs: opts.pollMs ?? 5000, factor: 1.5, maxIntervalMs: opts.maxPollMs ?? 30000, timeoutMs: opts.timeoutMs, sleep: opts.sleep ? (ms) => opts.sleep(ms) : undefined, now: opts.now });
    if (polled.done)
        return polled.value;
    // At the deadline: an all-green last poll is accepted (its confirmation would have to pass the deadline).
    const last = polled.pending;
    if (last.green)
        return { state: last.checks.length === 0 ? 'none' : 'success', checks: last.checks };
    return last.error ? { state: 'timeout', checks: last.checks, error: last.error } : { state: 'timeout', checks: last.checks };
}
/** The failing checks of a result, one line each with their URL (for the rejection issue and summary). */
function describeFailingChecks(checks) {
    return checks.filter((c) => verdictOf(c) === 'failure').map((c) => `${c.name} (${c.kind === 'status' ? 'status' : 'check'}: ${c.state})${c.url ? ` ${c.url}` : ''}`);
}


/***/ })

};

//# sourceMappingURL=250.index.js.map