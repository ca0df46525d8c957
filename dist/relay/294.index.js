export const id = 294;
export const ids = [294];
export const modules = {

/***/ 34294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INPUTS: () => (/* binding */ INPUTS),
/* harmony export */   OUTPUTS: () => (/* binding */ OUTPUTS),
/* harmony export */   readOptions: () => (/* binding */ readOptions),
/* harmony export */   readRegistryToken: () => (/* binding */ readRegistryToken),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _core_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78480);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4473);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _common_summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(16549);
/* harmony import */ var _common_context_input_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91075);
/* harmony import */ var _common_github_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16663);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59120);
/* harmony import */ var _common_logger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4425);
/* harmony import */ var _common_run_action_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(25431);






/** Set by readOptions when only a context file vouches for the release (shown in the summary). */
let contextWarning;




/** Input names of publish-and-verify. */
const INPUTS = {
    context: 'context',
    contextFile: 'context-file',
    artifactDir: 'artifact-dir',
    registries: 'registries',
    token: 'registry-token',
    /** Deprecated alias of registry-token, accepted for one major version with a notice. */
    legacyToken: 'pypi-token',
    useOidc: 'trusted-publishing',
    attestations: 'attestations',
    uploadAttempts: 'upload-attempts',
    pushTag: 'push-tag',
    verify: 'verify',
    verifyTimeout: 'verify-timeout',
    requestTimeout: 'request-timeout',
    uploadTimeout: 'upload-timeout',
    python: 'python',
    notesDir: 'notes-dir',
    metricsFile: 'metrics-file',
    otlpEndpoint: 'otlp-endpoint',
    dryRun: 'dry-run',
    githubToken: 'github-token',
};
/** Output names of publish-and-verify. */
const OUTPUTS = {
    releaseUrl: 'release-url',
    publishedTo: 'published-to',
    degraded: 'degraded',
    verified: 'verified',
    announcement: 'announcement',
    tag: 'tag',
    context: 'context',
};
/**
 * The registry token: input registry-token, or the deprecated pypi-token (with a notice saying what to rename).
 * Both are masked; when both are set they must agree.
 */
function readRegistryToken() {
    const token = (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getSecret */ .r6)(INPUTS.token);
    const legacy = (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getSecret */ .r6)(INPUTS.legacyToken);
    if (legacy === undefined)
        return token;
    if (token !== undefined && token !== legacy) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_INPUT', `Inputs "${INPUTS.token}" and "${INPUTS.legacyToken}" are both set, to different tokens.`, `Pass the token as "${INPUTS.token}" only; "${INPUTS.legacyToken}" is its deprecated old name.`);
    }
    if (token === undefined)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`Input "${INPUTS.legacyToken}" is deprecated and will be removed in the next major version: rename it to "${INPUTS.token}" (same value; it holds the PyPI or npm token).`);
    return legacy;
}
/** Parses the inputs once into typed options. */
async function readOptions() {
    const { context, warning } = await (0,_common_context_input_js__WEBPACK_IMPORTED_MODULE_3__/* .readContextInputChecked */ .t)('publish-and-verify');
    if (warning)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(warning);
    contextWarning = warning;
    if (!context)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_CONTEXT', 'publish-and-verify needs the release context approved by quality-gate.', 'Pass `context: ${{ needs.<gate job>.outputs.context }}` (or context-file from the downloaded artifact).');
    const dryRun = (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(INPUTS.dryRun);
    const runner = (0,_core_runner_js__WEBPACK_IMPORTED_MODULE_8__/* .readRunnerEnvironment */ .E)(process.env);
    return {
        cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
        runner,
        context,
        artifactDir: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(INPUTS.artifactDir),
        registries: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getList */ .vS)(INPUTS.registries),
        token: readRegistryToken(),
        useOidc: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getBoolean */ .pW)(INPUTS.useOidc, true),
        attestations: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getBoolean */ .pW)(INPUTS.attestations, true),
        // The provenance must name the workflow that runs this (the caller's, as PyPI's publisher does).
        workflowRef: process.env.GITHUB_WORKFLOW_REF,
        uploadAttempts: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getNumber */ .WZ)(INPUTS.uploadAttempts, 4, { min: 1, max: 20 }),
        pushTag: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getBoolean */ .pW)(INPUTS.pushTag, true),
        github: await (0,_common_github_input_js__WEBPACK_IMPORTED_MODULE_4__/* .readGitHubTarget */ .X)(_common_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .actionsLogger */ .M, runner),
        verify: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getBoolean */ .pW)(INPUTS.verify, true),
        verifyTimeoutMs: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getNumber */ .WZ)(INPUTS.verifyTimeout, 900, { min: 0, max: 3 * 3600 }) * 1000,
        requestTimeoutMs: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getNumber */ .WZ)(INPUTS.requestTimeout, 60, { min: 1, max: 3600 }) * 1000,
        uploadTimeoutMs: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getNumber */ .WZ)(INPUTS.uploadTimeout, 600, { min: 1, max: 6 * 3600 }) * 1000,
        tools: { python: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(INPUTS.python) ?? runner.python },
        notesDir: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(INPUTS.notesDir),
        metricsFile: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(INPUTS.metricsFile),
        otlpEndpoint: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(INPUTS.otlpEndpoint),
        dryRun: dryRun === undefined ? undefined : (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getBoolean */ .pW)(INPUTS.dryRun, false),
    };
}
/** The action: read inputs, publish, tag, release, verify, announce; set outputs and the summary. */
async function run() {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('release-relay publish-and-verify');
    await (0,_common_run_action_js__WEBPACK_IMPORTED_MODULE_7__/* .runAction */ .C)(async () => {
        const options = await readOptions();
        // Loaded after the first log line: the stage and its ecosystem code dominate start-up time.
        const { publishAndVerify } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(340), __webpack_require__.e(292), __webpack_require__.e(678), __webpack_require__.e(839), __webpack_require__.e(502), __webpack_require__.e(649)]).then(__webpack_require__.bind(__webpack_require__, 53649));
        const result = await publishAndVerify(options, { logger: _common_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .actionsLogger */ .M });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.releaseUrl, result.releaseUrl ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.publishedTo, result.publishedTo.join(','));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.degraded, String(result.degraded));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.verified, String(result.verified));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.announcement, result.announcement);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.tag, result.context.version?.tag ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.context, (0,_core_context_js__WEBPACK_IMPORTED_MODULE_1__/* .serializeContext */ .yi)(result.context).trim());
        if (result.degraded)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(result.decision);
        const details = ['**Plan**', '', ...result.plan.map((p) => `- ${p}`)];
        if (contextWarning)
            details.unshift(`> [!WARNING]\n> ${contextWarning}`, '');
        if (result.metricsFile)
            details.push('', `Metrics: \`${result.metricsFile}\``);
        if (result.context.publish?.tag_created) {
            details.push('', `**Tokens:** if the tag \`${result.context.publish.tag}\` and the release were created with the workflow's GITHUB_TOKEN, they start no \`push: tags\` or \`release\` workflows (tag-triggered publishing, docs builds). To start them, pass a GitHub App token from actions/create-github-app-token as github-token and to actions/checkout.`);
        }
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_common_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .renderStageSummary */ .VF)({ title: 'publish-and-verify', decision: result.decision, details, timeline: result.context.timeline, stage: 'publish-and-verify' })).write();
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(result.decision);
    });
}


/***/ })

};

//# sourceMappingURL=294.index.js.map