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
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8373);


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


/***/ })

};

//# sourceMappingURL=250.index.js.map