export const id = 556;
export const ids = [556];
export const modules = {

/***/ 91075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ readContextInput),
/* harmony export */   t: () => (/* binding */ readContextInputChecked)
/* harmony export */ });
/* harmony import */ var _core_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78480);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59120);



/** Reads the release context from input `context` (JSON, a job output) or `context-file`; undefined when neither is set. */
async function readContextInput(stage) {
    return (await readContextInputChecked(stage)).context;
}
/**
 * Reads `context` and `context-file`. Both given: they must agree on every field that decides what is
 * released (CONTEXT_MISMATCH otherwise), so an edited file cannot smuggle other digests past the gate's
 * output. Only the file: accepted, with a warning that its integrity rests on the artifact store.
 */
async function readContextInputChecked(stage) {
    const text = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)('context');
    const file = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)('context-file');
    const fromInput = text !== undefined ? (0,_core_context_js__WEBPACK_IMPORTED_MODULE_0__/* .parseContext */ .DO)(text, stage, 'input "context"') : undefined;
    const fromFile = file !== undefined ? await (0,_core_context_js__WEBPACK_IMPORTED_MODULE_0__/* .loadContext */ ._I)(file, stage) : undefined;
    if (fromInput && fromFile) {
        const differs = decisiveFields(fromInput).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(decisiveFields(fromFile).find(([k]) => k === key)?.[1]));
        if (differs.length) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('CONTEXT_MISMATCH', `Input "context-file" (${file}) differs from input "context" in ${differs.map(([k]) => k).join(', ')}.`, 'Pass the same release: the gate\'s `context` output and the release-context.json of its artifact. If the file was edited, download the artifact again; or drop input `context-file`.');
        }
        return { context: fromInput };
    }
    if (fromFile) {
        return {
            context: fromFile,
            warning: `The release context comes only from input "context-file" (${file}): nothing but the artifact store vouches for its digests. Pass the gate's \`context\` output as well (the example workflows do) so the two are compared.`,
        };
    }
    return { context: fromInput };
}
/** The parts of a context that decide what is released, as [name, value] pairs. */
function decisiveFields(c) {
    return [
        ['repository', c.repository],
        ['package', c.package],
        ['version', c.version],
        ['release_commit.sha', c.release_commit?.sha],
        ['gate.status', c.gate?.status],
        ['artifacts', (c.artifacts ?? []).map((a) => [a.file, a.sha256.toLowerCase(), a.size])],
    ];
}


/***/ }),

/***/ 35556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INPUTS: () => (/* binding */ INPUTS),
  OUTPUTS: () => (/* binding */ OUTPUTS),
  readOptions: () => (/* binding */ readOptions),
  readRegistryToken: () => (/* binding */ readRegistryToken),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/core/context.ts
var context = __webpack_require__(78480);
// EXTERNAL MODULE: ./src/core/runner.ts
var core_runner = __webpack_require__(4473);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/actions/common/summary.ts
var summary = __webpack_require__(16549);
// EXTERNAL MODULE: ./src/actions/common/context-input.ts
var context_input = __webpack_require__(91075);
// EXTERNAL MODULE: ./src/actions/common/github-input.ts
var github_input = __webpack_require__(16663);
// EXTERNAL MODULE: ./src/actions/common/inputs.ts
var inputs = __webpack_require__(59120);
// EXTERNAL MODULE: ./src/actions/common/logger.ts
var logger = __webpack_require__(4425);
// EXTERNAL MODULE: ./src/actions/common/run-action.ts
var run_action = __webpack_require__(25431);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/actions/publish-and-verify/sigstore-instance.ts
/**
 * Another Sigstore instance than the public one, from the environment: a private deployment (its Fulcio,
 * its Rekor, its trusted root), or the loopback one the tests run. Without these variables attestations are
 * signed with the public Sigstore and verified against its trusted root (fetched through TUF).
 */


/** The variables, all three or none. */
const SIGSTORE_VARIABLES = ['RELEASE_RELAY_SIGSTORE_FULCIO_URL', 'RELEASE_RELAY_SIGSTORE_REKOR_URL', 'RELEASE_RELAY_SIGSTORE_TRUSTED_ROOT'];
/** The instance the variables name, or undefined for the public Sigstore. */
async function readSigstoreInstance(env) {
    const [fulcio, rekor, root] = SIGSTORE_VARIABLES.map((v) => env[v] || undefined);
    if (!fulcio && !rekor && !root)
        return undefined;
    if (!fulcio || !rekor || !root) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `A private Sigstore instance needs all of ${SIGSTORE_VARIABLES.join(', ')}; only some are set.`, 'Set the Fulcio URL, the Rekor URL and the path of the instance\'s trusted_root.json, or none of them to use the public Sigstore.');
    }
    const text = await (0,promises_.readFile)(root, 'utf8').catch((err) => {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Cannot read the Sigstore trusted root ${root}: ${err.message}.`, 'Point RELEASE_RELAY_SIGSTORE_TRUSTED_ROOT at the instance\'s trusted_root.json.');
    });
    try {
        return { fulcioURL: fulcio, rekorURL: rekor, trustedRoot: JSON.parse(text) };
    }
    catch {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `The Sigstore trusted root ${root} is not JSON.`, 'Point RELEASE_RELAY_SIGSTORE_TRUSTED_ROOT at the instance\'s trusted_root.json (protobuf JSON).');
    }
}

;// CONCATENATED MODULE: ./src/actions/publish-and-verify/main.ts






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
    const token = (0,inputs/* getSecret */.r6)(INPUTS.token);
    const legacy = (0,inputs/* getSecret */.r6)(INPUTS.legacyToken);
    if (legacy === undefined)
        return token;
    if (token !== undefined && token !== legacy) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Inputs "${INPUTS.token}" and "${INPUTS.legacyToken}" are both set, to different tokens.`, `Pass the token as "${INPUTS.token}" only; "${INPUTS.legacyToken}" is its deprecated old name.`);
    }
    if (token === undefined)
        core/* notice */.lm(`Input "${INPUTS.legacyToken}" is deprecated and will be removed in the next major version: rename it to "${INPUTS.token}" (same value; it holds the PyPI or npm token).`);
    return legacy;
}
/** Parses the inputs once into typed options. */
async function readOptions() {
    const { context, warning } = await (0,context_input/* readContextInputChecked */.t)('publish-and-verify');
    if (warning)
        core/* warning */.$e(warning);
    contextWarning = warning;
    if (!context)
        throw new errors/* ReleaseError */.K2('BAD_CONTEXT', 'publish-and-verify needs the release context approved by quality-gate.', 'Pass `context: ${{ needs.<gate job>.outputs.context }}` (or context-file from the downloaded artifact).');
    const dryRun = (0,inputs/* getOptionalInput */.lI)(INPUTS.dryRun);
    const runner = (0,core_runner/* readRunnerEnvironment */.E)(process.env);
    return {
        cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
        runner,
        context,
        artifactDir: (0,inputs/* getOptionalInput */.lI)(INPUTS.artifactDir),
        registries: (0,inputs/* getList */.vS)(INPUTS.registries),
        token: readRegistryToken(),
        useOidc: (0,inputs/* getBoolean */.pW)(INPUTS.useOidc, true),
        attestations: (0,inputs/* getBoolean */.pW)(INPUTS.attestations, true),
        // The provenance must name the workflow that runs this (the caller's, as PyPI's publisher does).
        workflowRef: process.env.GITHUB_WORKFLOW_REF,
        sigstore: await readSigstoreInstance(process.env),
        uploadAttempts: (0,inputs/* getNumber */.WZ)(INPUTS.uploadAttempts, 4, { min: 1, max: 20 }),
        pushTag: (0,inputs/* getBoolean */.pW)(INPUTS.pushTag, true),
        github: await (0,github_input/* readGitHubTarget */.X)(logger/* actionsLogger */.M, runner),
        verify: (0,inputs/* getBoolean */.pW)(INPUTS.verify, true),
        verifyTimeoutMs: (0,inputs/* getNumber */.WZ)(INPUTS.verifyTimeout, 900, { min: 0, max: 3 * 3600 }) * 1000,
        requestTimeoutMs: (0,inputs/* getNumber */.WZ)(INPUTS.requestTimeout, 60, { min: 1, max: 3600 }) * 1000,
        uploadTimeoutMs: (0,inputs/* getNumber */.WZ)(INPUTS.uploadTimeout, 600, { min: 1, max: 6 * 3600 }) * 1000,
        tools: { python: (0,inputs/* getOptionalInput */.lI)(INPUTS.python) ?? runner.python },
        notesDir: (0,inputs/* getOptionalInput */.lI)(INPUTS.notesDir),
        metricsFile: (0,inputs/* getOptionalInput */.lI)(INPUTS.metricsFile),
        otlpEndpoint: (0,inputs/* getOptionalInput */.lI)(INPUTS.otlpEndpoint),
        dryRun: dryRun === undefined ? undefined : (0,inputs/* getBoolean */.pW)(INPUTS.dryRun, false),
    };
}
/** The action: read inputs, publish, tag, release, verify, announce; set outputs and the summary. */
async function run() {
    core/* info */.pq('release-relay publish-and-verify');
    await (0,run_action/* runAction */.C)(async () => {
        const options = await readOptions();
        // Loaded after the first log line: the stage and its ecosystem code dominate start-up time.
        const { publishAndVerify } = await Promise.all(/* import() */[__webpack_require__.e(885), __webpack_require__.e(677), __webpack_require__.e(292), __webpack_require__.e(278), __webpack_require__.e(71), __webpack_require__.e(502), __webpack_require__.e(714), __webpack_require__.e(210)]).then(__webpack_require__.bind(__webpack_require__, 51210));
        const result = await publishAndVerify(options, { logger: logger/* actionsLogger */.M });
        core/* setOutput */.uH(OUTPUTS.releaseUrl, result.releaseUrl ?? '');
        core/* setOutput */.uH(OUTPUTS.publishedTo, result.publishedTo.join(','));
        core/* setOutput */.uH(OUTPUTS.degraded, String(result.degraded));
        core/* setOutput */.uH(OUTPUTS.verified, String(result.verified));
        core/* setOutput */.uH(OUTPUTS.announcement, result.announcement);
        core/* setOutput */.uH(OUTPUTS.tag, result.context.version?.tag ?? '');
        core/* setOutput */.uH(OUTPUTS.context, (0,context/* serializeContext */.yi)(result.context).trim());
        if (result.degraded)
            core/* warning */.$e(result.decision);
        const details = ['**Plan**', '', ...result.plan.map((p) => `- ${p}`)];
        if (contextWarning)
            details.unshift(`> [!WARNING]\n> ${contextWarning}`, '');
        if (result.metricsFile)
            details.push('', `Metrics: \`${result.metricsFile}\``);
        if (result.context.publish?.tag_created) {
            details.push('', `**Tokens:** if the tag \`${result.context.publish.tag}\` and the release were created with the workflow's GITHUB_TOKEN, they start no \`push: tags\` or \`release\` workflows (tag-triggered publishing, docs builds). To start them, pass a GitHub App token from actions/create-github-app-token as github-token and to actions/checkout.`);
        }
        await core/* summary */.z.addRaw((0,summary/* renderStageSummary */.VF)({ title: 'publish-and-verify', decision: result.decision, details, timeline: result.context.timeline, stage: 'publish-and-verify' })).write();
        core/* info */.pq(result.decision);
    });
}


/***/ })

};

//# sourceMappingURL=556.index.js.map