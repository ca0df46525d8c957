export const id = 797;
export const ids = [797];
export const modules = {

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eQ: () => (/* binding */ githubFailure),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* unused harmony export isAlreadyExists */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1983);


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
    if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2)
        return err;
    // A request that timed out reaches us as Octokit's "500" wrapper: it never had an HTTP status.
    const status = (0,_core_http_js__WEBPACK_IMPORTED_MODULE_1__/* .isRequestTimeout */ .B2)(err) || (0,_core_http_js__WEBPACK_IMPORTED_MODULE_1__/* .isRequestTimeout */ .B2)(err?.cause) ? undefined : httpStatus(err);
    const detail = err instanceof Error ? err.message : String(err);
    const hint = /rate limit/i.test(detail)
        ? 'GitHub rate-limited the token beyond the retries: wait for the limit to reset, or use a GitHub App token (higher limits).'
        : status === 401 || status === 403
            ? 'Check the token and the workflow `permissions:` (contents: write, issues: write, checks: read, statuses: read).'
            : status === 404
                ? 'Check the repository name and that the token can see it.'
                : 'GitHub may be degraded (https://www.githubstatus.com); re-run the job.';
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('GITHUB_FAILED', `GitHub: ${what} failed${status ? ` (HTTP ${status})` : ''}: ${detail}`, hint, {
        transient: status === undefined || status >= 500 || status === 429,
        cause: err,
    });
}


/***/ }),

/***/ 66797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  upsertBlockingIssue: () => (/* binding */ upsertBlockingIssue)
});

// UNUSED EXPORTS: blockingIssueTitle, findOpenIssue

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/core/combinators.ts
var combinators = __webpack_require__(54192);
;// CONCATENATED MODULE: ./src/github/create-or-find.ts


/**
 * Creates an object whose create request is not idempotent on GitHub (an issue, a release), or finds the
 * one a lost response created: after each failure that a retry could fix, `find` runs before the next
 * attempt, so a timeout or a 5xx never leads to a duplicate. Throws GITHUB_FAILED naming `what` with the last
 * error when the failure is permanent or the attempts run out.
 */
async function createOrFind(o) {
    const attempts = Math.max(1, o.attempts ?? 3);
    const wait = o.sleep ?? ((ms) => (0,combinators/* sleep */.yy)(ms));
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
    throw (0,client/* githubFailure */.eQ)(o.what, lastError);
}

;// CONCATENATED MODULE: ./src/github/issues.ts


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
        throw (0,client/* githubFailure */.eQ)(`updating the rejection issue "${title}"`, err);
    }
    return createOrFind({
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
            const status = (0,client/* httpStatus */.nG)(err);
            return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 422 && status !== 429;
        },
        what: `opening the rejection issue "${title}"`,
        attempts: opts.createAttempts,
        retryDelayMs: opts.retryDelayMs,
    });
}


/***/ })

};

//# sourceMappingURL=797.index.js.map