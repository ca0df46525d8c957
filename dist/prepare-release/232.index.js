export const id = 232;
export const ids = [232];
export const modules = {

/***/ 39232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveCommitIdentity: () => (/* binding */ resolveCommitIdentity)
/* harmony export */ });
/* unused harmony export configuredIdentity */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10308);


/** The identity git itself would commit with in this repository (`user.name`/`user.email`), or null. */
async function configuredIdentity(git) {
    const read = async (key) => (await git.git(['config', '--get', key], { check: false })).stdout.trim();
    const [name, email] = await Promise.all([read('user.name'), read('user.email')]);
    return name && email ? { name, email } : null;
}
/**
 * Who authors the release commit: the explicit `git-user-name`/`git-user-email` (a missing half filled from
 * git's configuration, then the bot's), else the repository's git identity, else, on a GitHub runner only,
 * github-actions[bot]. Locally with no identity at all it is a BAD_INPUT error naming the fix, raised before
 * anything is written.
 */
async function resolveCommitIdentity(input) {
    const configured = await configuredIdentity(input.git);
    if (input.name || input.email) {
        return { name: input.name ?? configured?.name ?? _git_js__WEBPACK_IMPORTED_MODULE_1__/* .BOT_IDENTITY */ .br.name, email: input.email ?? configured?.email ?? _git_js__WEBPACK_IMPORTED_MODULE_1__/* .BOT_IDENTITY */ .br.email };
    }
    if (configured)
        return configured;
    if (input.onRunner)
        return _git_js__WEBPACK_IMPORTED_MODULE_1__/* .BOT_IDENTITY */ .br;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('BAD_INPUT', 'No git identity is configured for this repository, so the release commit would have no author.', 'Run `git config user.name "Your Name"` and `git config user.email you@example.com`, or pass --git-user-name and --git-user-email.');
}


/***/ })

};

//# sourceMappingURL=232.index.js.map