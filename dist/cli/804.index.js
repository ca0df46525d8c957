export const id = 804;
export const ids = [804];
export const modules = {

/***/ 29804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GateRejectedError: () => (/* binding */ GateRejectedError),
/* harmony export */   runRelay: () => (/* binding */ runRelay)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78480);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10308);
/* harmony import */ var _prepare_release_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87652);
/* harmony import */ var _publish_and_verify_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51210);
/* harmony import */ var _quality_gate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41566);







/** The gate rejected the release in a whole run; `context` holds the failed checks and their evidence. */
class GateRejectedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2 {
    context;
    constructor(context, decision) {
        super('GATE_REJECTED', decision, context.gate?.issue_url ? `See ${context.gate.issue_url}.` : 'Fix what the gate reported, then re-run: nothing was pushed, and the local release commit was undone.');
        this.context = context;
        this.name = 'GateRejectedError';
    }
}
/**
 * Runs prepare-release → quality-gate → publish-and-verify in order with the context in a file, the same
 * stage code the actions run. Stops after prepare when nothing is releasable, and after a rejecting gate.
 * The release commit is pushed only once the gate approved; when the gate rejects (or the push fails) the
 * local release commit is undone too, so a re-run starts from the same branch and no version is burned.
 */
async function runRelay(o, deps = {}) {
    const contextFile = o.contextFile ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(o.cwd, '..', 'release-context.json');
    const decisions = [];
    const wantPush = o.prepare?.push ?? true;
    const prepared = await (0,_prepare_release_js__WEBPACK_IMPORTED_MODULE_4__.prepareRelease)({ ...o.prepare, push: false, cwd: o.cwd, runner: o.runner, dryRun: o.dryRun, contextFile }, deps);
    decisions.push({ stage: 'prepare-release', decision: prepared.decision });
    if (!prepared.context.version?.released)
        return { context: prepared.context, decisions, released: false };
    if (o.dryRun)
        return { context: prepared.context, decisions, released: false };
    const gated = await (0,_quality_gate_js__WEBPACK_IMPORTED_MODULE_6__.qualityGate)({ ...o.gate, cwd: o.cwd, runner: o.runner, context: prepared.context, github: o.github, contextFile }, deps);
    decisions.push({ stage: 'quality-gate', decision: gated.decision });
    if (!gated.approved) {
        await undoReleaseCommit(o.cwd, prepared.context, deps);
        throw new GateRejectedError(gated.context, gated.decision);
    }
    const approved = wantPush
        ? await pushReleaseCommit(o.cwd, gated.context, o.prepare?.remote ?? 'origin', deps).catch(async (err) => {
            await undoReleaseCommit(o.cwd, prepared.context, deps);
            throw err;
        })
        : gated.context;
    const published = await (0,_publish_and_verify_js__WEBPACK_IMPORTED_MODULE_5__.publishAndVerify)({ ...o.publish, cwd: o.cwd, runner: o.runner, context: approved, github: o.github, contextFile, artifactDir: gated.artifactDir }, deps);
    decisions.push({ stage: 'publish-and-verify', decision: published.decision });
    await (0,_core_context_js__WEBPACK_IMPORTED_MODULE_1__/* .saveContext */ .tn)(contextFile, published.context);
    return { context: published.context, decisions, released: true, approved: true, releaseUrl: published.releaseUrl };
}
/** Pushes the approved release commit to its branch (when there is a branch and a remote); records it. */
async function pushReleaseCommit(cwd, context, remote, deps) {
    const commit = context.release_commit;
    if (!commit?.branch || commit.pushed)
        return context;
    const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .TU(cwd, deps.exec);
    if (!(await git.hasRemote(remote))) {
        deps.logger?.warning(`No remote "${remote}": the release commit stays local.`);
        return context;
    }
    const push = async () => {
        try {
            await git.push(remote, [`${commit.sha}:refs/heads/${commit.branch}`]);
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('GIT_FAILED', `The gate approved, but pushing the release commit ${commit.sha.slice(0, 7)} to ${remote}/${commit.branch} failed: ${err.message}`, 'Nothing was published and the local release commit was undone: pull, and re-run.', { cause: err });
        }
    };
    if (deps.logger)
        await deps.logger.group('push release commit', push);
    else
        await push();
    return { ...context, release_commit: { ...commit, pushed: true } };
}
/** Puts the branch back where prepare found it, when HEAD is still the (unpushed) release commit. */
async function undoReleaseCommit(cwd, prepared, deps) {
    const commit = prepared.release_commit;
    if (!commit || commit.pushed || commit.sha === prepared.repository.sha)
        return;
    const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .TU(cwd, deps.exec);
    if ((await git.head()) !== commit.sha)
        return;
    await git.git(['reset', '--quiet', '--hard', prepared.repository.sha]);
    deps.logger?.info(`Undid the local release commit ${commit.sha.slice(0, 7)}: the branch is back at ${prepared.repository.sha.slice(0, 7)}.`);
}


/***/ })

};

//# sourceMappingURL=804.index.js.map