export const id = 39;
export const ids = [39];
export const modules = {

/***/ 5039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertBlockingIssue: () => (/* binding */ upsertBlockingIssue)
/* harmony export */ });
/* unused harmony exports blockingIssueTitle, findOpenIssue */
/* harmony import */ var _core_combinators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4192);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8373);


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
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .githubFailure */ .eQ)(`updating the rejection issue "${title}"`, err);
    }
    const attempts = Math.max(1, opts.createAttempts ?? 3);
    let lastError;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
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
        }
        catch (err) {
            lastError = err;
            const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(err);
            // A client error other than timeouts/limits will not go away by retrying.
            if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 422 && status !== 429)
                break;
            const found = await findOpenIssue(gh, key).catch(() => undefined);
            if (found)
                return { url: found.html_url, number: found.number, created: true };
            if (attempt < attempts)
                await (0,_core_combinators_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .yy)(opts.retryDelayMs ?? 2000);
        }
    }
    throw (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .githubFailure */ .eQ)(`opening the rejection issue "${title}"`, lastError);
}


/***/ })

};

//# sourceMappingURL=39.index.js.map