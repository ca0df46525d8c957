export const id = 39;
export const ids = [39];
export const modules = {

/***/ 85269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ createOrFind)
/* harmony export */ });
/* harmony import */ var _core_combinators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54192);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96584);


/**
 * Creates an object whose create request is not idempotent on GitHub (an issue, a release), or finds the
 * one a lost response created: after each failure that a retry could fix, `find` runs before the next
 * attempt, so a timeout or a 5xx never leads to a duplicate. Throws GITHUB_FAILED naming `what` with the last
 * error when the failure is permanent or the attempts run out.
 */
async function createOrFind(o) {
    const attempts = Math.max(1, o.attempts ?? 3);
    const wait = o.sleep ?? ((ms) => (0,_core_combinators_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .yy)(ms));
    let lastError;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
            return await o.create();
        }
        catch (err) {
            lastError = err;
            if (o.permanent(err))
                break;
            const found = await o.find().catch(() => undefined);
            if (found)
                return found;
            if (attempt < attempts)
                await wait(o.retryDelayMs ?? 2000);
        }
    }
    throw (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .githubFailure */ .eQ)(o.what, lastError);
}


/***/ }),

/***/ 65039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertBlockingIssue: () => (/* binding */ upsertBlockingIssue)
/* harmony export */ });
/* unused harmony exports blockingIssueTitle, findOpenIssue */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96584);
/* harmony import */ var _create_or_find_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85269);


/** The default title of the rejection issue for `version`. */
function blockingIssueTitle(version) {
    return `Release ${version} blocked by the quality gate`;
}
/** Finds the open issue with exactly `title` and `label` (pull requests excluded), or undefined. */
async function findOpenIssue(gh, opts) {
    const issues = await gh.paginate(gh.rest.issues.listForRepo, { owner: opts.owner, repo: opts.repo, state: 'open', labels: opts.label, per_page: 100 });
    return issues.find((i) => !i.pull_request && i.title === opts.title);
}
/**
 * Opens the rejection issue for a version, or updates the open one: its body is replaced and a comment records
 * the new rejection. Never opens a duplicate: issue creation is not idempotent on GitHub, so the create request
 * is sent without plugin retries and, when it fails or times out, the issues are listed again before another
 * attempt (the lost request may have created it).
 *
 * A closed issue with the same title is left closed and a new one is opened: closing it meant the previous
 * problem was handled, and a new rejection deserves fresh attention.
 */
async function upsertBlockingIssue(gh, opts) {
    const title = opts.title ?? blockingIssueTitle(opts.version);
    const label = opts.label ?? 'release-blocked';
    const key = { owner: opts.owner, repo: opts.repo, title, label };
    try {
        const existing = await findOpenIssue(gh, key);
        if (existing) {
            await gh.rest.issues.update({ owner: opts.owner, repo: opts.repo, issue_number: existing.number, body: opts.body });
            await gh.rest.issues.createComment({
                owner: opts.owner,
                repo: opts.repo,
                issue_number: existing.number,
                body: `The quality gate rejected ${opts.version} again.\n\n${opts.body}`,
            });
            return { url: existing.html_url, number: existing.number, created: false };
        }
    }
    catch (err) {
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .githubFailure */ .eQ)(`updating the rejection issue "${title}"`, err);
    }
    return (0,_create_or_find_js__WEBPACK_IMPORTED_MODULE_1__/* .createOrFind */ .x)({
        create: async () => {
            const { data } = await gh.rest.issues.create({
                owner: opts.owner,
                repo: opts.repo,
                title,
                body: opts.body,
                labels: [label],
                // No plugin retries: a retried create after a lost response would open a second issue.
                request: { retries: 0, signal: AbortSignal.timeout(opts.createTimeoutMs ?? 30000) },
            });
            return { url: data.html_url, number: data.number, created: true };
        },
        find: async () => {
            const found = await findOpenIssue(gh, key);
            return found ? { url: found.html_url, number: found.number, created: true } : undefined;
        },
        // A client error other than timeouts/limits will not go away by retrying.
        permanent: (err) => {
            const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(err);
            return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 422 && status !== 429;
        },
        what: `opening the rejection issue "${title}"`,
        attempts: opts.createAttempts,
        retryDelayMs: opts.retryDelayMs,
    });
}


/***/ })

};

//# sourceMappingURL=39.index.js.map