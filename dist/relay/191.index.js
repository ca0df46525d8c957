export const id = 191;
export const ids = [191];
export const modules = {

/***/ 1075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ readContextInput)
/* harmony export */ });
/* harmony import */ var _core_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8480);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9120);


/** Reads the release context from input `context` (JSON, a job output) or `context-file`; undefined when neither is set. */
async function readContextInput(stage) {
    const text = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getOptionalInput */ .lI)('context');
    if (text !== undefined)
        return (0,_core_context_js__WEBPACK_IMPORTED_MODULE_0__/* .parseContext */ .DO)(text, stage, 'input "context"');
    const file = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getOptionalInput */ .lI)('context-file');
    if (file !== undefined)
        return (0,_core_context_js__WEBPACK_IMPORTED_MODULE_0__/* .loadContext */ ._I)(file, stage);
    return undefined;
}


/***/ }),

/***/ 6663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readGitHubTarget)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _stages_repository_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6559);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9120);



/**
 * The GitHub target from inputs `github-token` and `repository` (defaults: none and GITHUB_REPOSITORY), or
 * undefined without a token. Octokit is loaded only here, lazily, so stages that never talk to GitHub do
 * not pay for it at start-up.
 */
async function readGitHubTarget(logger) {
    const token = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getSecret */ .r6)('github-token');
    if (!token)
        return undefined;
    const slug = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getOptionalInput */ .lI)('repository') ?? process.env.GITHUB_REPOSITORY;
    const repo = (0,_stages_repository_js__WEBPACK_IMPORTED_MODULE_2__/* .repoFromSlug */ .u)(slug);
    if (!repo)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('BAD_INPUT', `Input "repository" is "${slug ?? ''}", not owner/name.`, 'Leave it empty on GitHub (GITHUB_REPOSITORY is used) or give owner/name.');
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584));
    const client = createGitHubClient({ token, baseUrl: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getOptionalInput */ .lI)('github-api-url') ?? process.env.GITHUB_API_URL, logger });
    return { client, owner: repo.owner, repo: repo.name };
}


/***/ }),

/***/ 9120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WZ: () => (/* binding */ getNumber),
/* harmony export */   lI: () => (/* binding */ getOptionalInput),
/* harmony export */   pW: () => (/* binding */ getBoolean),
/* harmony export */   r6: () => (/* binding */ getSecret),
/* harmony export */   vS: () => (/* binding */ getList)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** An input's value, or undefined when it is empty (as the runner passes unset inputs). */
function getOptionalInput(name) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
    return value === '' ? undefined : value;
}
/** A boolean input (`true`/`false`, YAML 1.2 core schema spellings); `fallback` when empty. */
function getBoolean(name, fallback) {
    const value = getOptionalInput(name);
    if (value === undefined)
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('BAD_INPUT', `Input "${name}" is "${value}", not a boolean.`, `Set "${name}" to true or false.`);
}
/** A list input: one item per line or comma-separated; blanks dropped. */
function getList(name) {
    const value = getOptionalInput(name);
    if (value === undefined)
        return [];
    return value
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
/** A non-negative number input (seconds, counts); `fallback` when empty. */
function getNumber(name, fallback, range = {}) {
    const value = getOptionalInput(name);
    if (value === undefined)
        return fallback;
    const n = Number(value);
    const min = range.min ?? 0;
    const max = range.max ?? Number.MAX_SAFE_INTEGER;
    if (!Number.isFinite(n) || n < min || n > max) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('BAD_INPUT', `Input "${name}" is "${value}", not a number from ${min} to ${max}.`, `Set "${name}" to a number from ${min} to ${max}.`);
    }
    return n;
}
/** A secret input, masked before anything can log it. */
function getSecret(name) {
    const value = getOptionalInput(name);
    if (value !== undefined)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    return value;
}


/***/ }),

/***/ 4425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ actionsLogger)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);

/** The stages' Logger backed by the runner's workflow commands (groups, annotations, masking). */
const actionsLogger = {
    info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m),
    warning: (m, loc) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m, loc ? { file: loc.file, startLine: loc.line } : undefined),
    debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
    group: (name, fn) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(name, fn),
    setSecret: (v) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(v),
};


/***/ }),

/***/ 5431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * Runs an action body and turns any error into `core.setFailed` with its hint, plus an error annotation on
 * the file at fault. The only place that catches to setFailed; it sets process.exitCode, never exits.
 */
async function runAction(body) {
    try {
        await body();
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2 && err.location) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`${err.message}\nFix: ${err.hint}`, { file: err.location.file, startLine: err.location.line, title: err.code });
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(err));
        process.exitCode = 1;
    }
}


/***/ }),

/***/ 5191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INPUTS: () => (/* binding */ INPUTS),
  OUTPUTS: () => (/* binding */ OUTPUTS),
  readOptions: () => (/* binding */ readOptions),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/argv.ts

/**
 * Splits a command input (`python -m pytest -k "not slow"`) into an argument vector the way a shell splits
 * words, honouring single and double quotes and backslash escapes, but with NO expansion of any kind:
 * `$(…)`, backticks, `;`, `|`, `&&`, globs and variables stay literal characters of an argument, so no
 * input ever reaches a shell. Newlines separate words like spaces do.
 */
function splitCommand(command, input = 'command') {
    const args = [];
    let current = '';
    let inWord = false;
    let quote = null;
    for (let i = 0; i < command.length; i++) {
        const ch = command[i];
        if (quote) {
            if (ch === quote)
                quote = null;
            else if (ch === '\\' && quote === '"' && (command[i + 1] === '"' || command[i + 1] === '\\'))
                current += command[++i];
            else
                current += ch;
            continue;
        }
        if (ch === '"' || ch === "'") {
            quote = ch;
            inWord = true;
        }
        else if (ch === '\\' && i + 1 < command.length) {
            current += command[++i];
            inWord = true;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                args.push(current);
            current = '';
            inWord = false;
        }
        else {
            current += ch;
            inWord = true;
        }
    }
    if (quote)
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "${input}" has an unclosed ${quote} quote.`, 'Close the quote, or drop it.');
    if (inWord)
        args.push(current);
    if (args.length === 0)
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "${input}" is empty.`, 'Give a command, e.g. python -m pytest.');
    return args;
}

// EXTERNAL MODULE: ./src/core/context.ts
var context = __webpack_require__(8480);
// EXTERNAL MODULE: ./src/stages/summary.ts
var summary = __webpack_require__(8523);
// EXTERNAL MODULE: ./src/actions/common/context-input.ts
var context_input = __webpack_require__(1075);
// EXTERNAL MODULE: ./src/actions/common/github-input.ts
var github_input = __webpack_require__(6663);
// EXTERNAL MODULE: ./src/actions/common/inputs.ts
var inputs = __webpack_require__(9120);
// EXTERNAL MODULE: ./src/actions/common/logger.ts
var logger = __webpack_require__(4425);
// EXTERNAL MODULE: ./src/actions/common/run-action.ts
var run_action = __webpack_require__(5431);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(2642);
;// CONCATENATED MODULE: ./src/actions/quality-gate/cache.ts





/** Files whose contents decide the dependency set (hashed into the cache key). */
const DEPENDENCY_FILES = /^(pyproject\.toml|setup\.cfg|setup\.py|requirements.*\.txt|.*\.lock|package-lock\.json|uv\.lock|poetry\.lock)$/;
/** The cache key: OS, Python version and a hash of the package's dependency files. */
async function dependencyCacheKey(packageDir, python) {
    const names = (await (0,promises_.readdir)(packageDir)).filter((n) => DEPENDENCY_FILES.test(n)).sort();
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const n of names)
        hash.update(n).update('\0').update(await (0,promises_.readFile)((0,external_node_path_.join)(packageDir, n))).update('\0');
    const version = (await (0,exec/* exec */.m)(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { check: false })).stdout.trim() || 'unknown';
    const prefix = `release-relay-deps-${process.platform}-${process.arch}-py${version}-`;
    return { key: `${prefix}${hash.digest('hex').slice(0, 16)}`, prefix };
}
/** Whether the runner provides the cache service (GitHub-hosted or self-hosted runners with Actions). */
function cacheAvailable() {
    return Boolean(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL);
}
/** pip's download cache directory for `python`. */
async function pipCacheDir(python) {
    const r = await (0,exec/* exec */.m)(python, ['-m', 'pip', 'cache', 'dir'], { check: false });
    return r.code === 0 && r.stdout.trim() ? r.stdout.trim().split('\n').pop() ?? null : null;
}
/**
 * Restores pip's download cache keyed by OS, Python and the dependency files, so a second release of an
 * unchanged dependency set downloads nothing. @actions/cache is loaded only here, only on GitHub.
 */
async function restoreDependencyCache(packageDir, python, logger) {
    const { key, prefix } = await dependencyCacheKey(packageDir, python);
    // Off GitHub there is no cache service: do not spawn pip just to learn a directory nobody will use.
    if (!cacheAvailable())
        return { key, state: 'unavailable', paths: [], detail: 'not running on GitHub Actions' };
    const dir = await pipCacheDir(python);
    const paths = dir ? [dir] : [];
    if (!paths.length)
        return { key, state: 'unavailable', paths, detail: 'pip has no cache dir' };
    try {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(780), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 2645));
        const matched = await cache.restoreCache(paths, key, [prefix]);
        return { key, paths, state: matched === key ? 'hit' : matched ? 'partial' : 'miss', detail: matched };
    }
    catch (err) {
        logger.warning(`Dependency cache restore failed: ${(0,errors/* describeError */.Uc)(err)}`);
        return { key, paths, state: 'unavailable', detail: (0,errors/* describeError */.Uc)(err) };
    }
}
/** Saves the cache after the gate when the key did not hit exactly. */
async function saveDependencyCache(outcome, logger) {
    if (outcome.state === 'hit' || outcome.state === 'unavailable')
        return;
    try {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(780), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 2645));
        await cache.saveCache(outcome.paths, outcome.key);
    }
    catch (err) {
        logger.warning(`Dependency cache save failed: ${(0,errors/* describeError */.Uc)(err)}`);
    }
}

;// CONCATENATED MODULE: ./src/actions/quality-gate/main.ts











/** Input names of quality-gate. */
const INPUTS = {
    context: 'context',
    contextFile: 'context-file',
    tag: 'tag',
    packageDir: 'package-dir',
    tagTemplate: 'tag-template',
    ecosystem: 'ecosystem',
    python: 'python',
    testCommand: 'test-command',
    junitFile: 'junit-file',
    testTimeout: 'test-timeout',
    testRetries: 'test-retries',
    coverageThreshold: 'coverage-threshold',
    coverageBranches: 'coverage-branches',
    coverageReport: 'coverage-report',
    integrationCommand: 'integration-command',
    integrationTimeout: 'integration-timeout',
    buildTool: 'build-tool',
    isolatedBuild: 'isolated-build',
    artifactDir: 'artifact-dir',
    smokeCommand: 'smoke-command',
    readmeExamples: 'readme-examples',
    exampleTags: 'example-tags',
    installArgs: 'install-args',
    requireCi: 'require-ci',
    ciTimeout: 'ci-timeout',
    checkRunId: 'check-run-id',
    excludeChecks: 'exclude-checks',
    openIssue: 'open-issue',
    githubToken: 'github-token',
};
/** Output names of quality-gate. */
const OUTPUTS = {
    approved: 'approved',
    coverage: 'coverage',
    testsPassed: 'tests-passed',
    testsFailed: 'tests-failed',
    artifactName: 'artifact-name',
    artifactDir: 'artifact-dir',
    issueUrl: 'issue-url',
    context: 'context',
};
/** An optional command input parsed into argv (quotes honoured, nothing expanded). */
function commandInput(name) {
    const value = (0,inputs/* getOptionalInput */.lI)(name);
    return value === undefined ? undefined : splitCommand(value, name);
}
/** Parses the inputs once into typed options. */
async function readOptions() {
    const context = await (0,context_input/* readContextInput */.e)('quality-gate');
    const github = await (0,github_input/* readGitHubTarget */.X)(logger/* actionsLogger */.M);
    const checkRunId = (0,inputs/* getOptionalInput */.lI)(INPUTS.checkRunId);
    return {
        cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
        context,
        tag: (0,inputs/* getOptionalInput */.lI)(INPUTS.tag),
        packageDir: (0,inputs/* getOptionalInput */.lI)(INPUTS.packageDir),
        tagTemplate: (0,inputs/* getOptionalInput */.lI)(INPUTS.tagTemplate),
        ecosystem: (0,inputs/* getOptionalInput */.lI)(INPUTS.ecosystem),
        tools: { python: (0,inputs/* getOptionalInput */.lI)(INPUTS.python) },
        testCommand: commandInput(INPUTS.testCommand),
        junitFile: (0,inputs/* getOptionalInput */.lI)(INPUTS.junitFile),
        testTimeoutMs: (0,inputs/* getNumber */.WZ)(INPUTS.testTimeout, 1200, { min: 1, max: 6 * 3600 }) * 1000,
        testRetries: (0,inputs/* getNumber */.WZ)(INPUTS.testRetries, 1, { min: 0, max: 10 }),
        coverageThreshold: (await Promise.all(/* import() */[__webpack_require__.e(780), __webpack_require__.e(129)]).then(__webpack_require__.bind(__webpack_require__, 9129))).parseThreshold((0,inputs/* getOptionalInput */.lI)(INPUTS.coverageThreshold)),
        coverageBranches: (0,inputs/* getBoolean */.pW)(INPUTS.coverageBranches, false),
        coverageReport: (0,inputs/* getOptionalInput */.lI)(INPUTS.coverageReport),
        integrationCommand: commandInput(INPUTS.integrationCommand),
        integrationTimeoutMs: (0,inputs/* getNumber */.WZ)(INPUTS.integrationTimeout, 1800, { min: 1, max: 6 * 3600 }) * 1000,
        buildTool: (0,inputs/* getOptionalInput */.lI)(INPUTS.buildTool),
        isolatedBuild: (0,inputs/* getBoolean */.pW)(INPUTS.isolatedBuild, true),
        artifactDir: (0,inputs/* getOptionalInput */.lI)(INPUTS.artifactDir),
        smokeCommand: commandInput(INPUTS.smokeCommand),
        readmeExamples: (0,inputs/* getBoolean */.pW)(INPUTS.readmeExamples, true),
        exampleTags: (0,inputs/* getList */.vS)(INPUTS.exampleTags).length ? (0,inputs/* getList */.vS)(INPUTS.exampleTags) : undefined,
        installArgs: (0,inputs/* getOptionalInput */.lI)(INPUTS.installArgs) ? splitCommand((0,inputs/* getOptionalInput */.lI)(INPUTS.installArgs), INPUTS.installArgs) : undefined,
        requireCi: (0,inputs/* getBoolean */.pW)(INPUTS.requireCi, true),
        ciTimeoutMs: (0,inputs/* getNumber */.WZ)(INPUTS.ciTimeout, 1800, { min: 0, max: 6 * 3600 }) * 1000,
        checkRunId: checkRunId ? (0,inputs/* getNumber */.WZ)(INPUTS.checkRunId, 0, { min: 1 }) : undefined,
        excludeChecks: (0,inputs/* getList */.vS)(INPUTS.excludeChecks),
        github,
        openIssue: (0,inputs/* getBoolean */.pW)(INPUTS.openIssue, true),
    };
}
/** The action: read inputs, run the gate, set outputs, write the summary; a rejection fails the job last. */
async function run() {
    core/* info */.pq('release-relay quality-gate');
    await (0,run_action/* runAction */.C)(async () => {
        const options = await readOptions();
        // Loaded after the first log line: the stage and its report parsers dominate start-up time.
        const { qualityGate } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(780), __webpack_require__.e(583), __webpack_require__.e(401), __webpack_require__.e(950)]).then(__webpack_require__.bind(__webpack_require__, 3950));
        const cache = await restoreDependencyCache((0,external_node_path_.join)(options.cwd ?? '.', options.packageDir ?? options.context?.package.dir ?? '.'), options.tools?.python ?? 'python3', logger/* actionsLogger */.M).catch(() => undefined);
        const result = await qualityGate(options, { logger: logger/* actionsLogger */.M });
        if (cache)
            await saveDependencyCache(cache, logger/* actionsLogger */.M);
        const g = result.context.gate;
        core/* setOutput */.uH(OUTPUTS.approved, String(result.approved));
        core/* setOutput */.uH(OUTPUTS.coverage, g?.coverage ? String(g.coverage.percent) : '');
        core/* setOutput */.uH(OUTPUTS.testsPassed, String(g?.tests?.passed ?? 0));
        core/* setOutput */.uH(OUTPUTS.testsFailed, String(g?.tests?.failed ?? 0));
        core/* setOutput */.uH(OUTPUTS.artifactName, result.artifactName);
        core/* setOutput */.uH(OUTPUTS.artifactDir, result.artifactDir);
        core/* setOutput */.uH(OUTPUTS.issueUrl, g?.issue_url ?? '');
        core/* setOutput */.uH(OUTPUTS.context, (0,context/* serializeContext */.yi)(result.context).trim());
        const details = ['| check | result | evidence |', '|---|---|---|', ...(g?.checks ?? []).map((c) => `| ${c.name} | ${c.skipped ? '⏭️ skipped' : c.ok ? '✅ passed' : '❌ failed'} | ${(c.detail ?? '').split('\n')[0].replace(/\|/g, '\\|').slice(0, 200)} |`)];
        if (g?.issue_url)
            details.push('', `Rejection issue: ${g.issue_url}`);
        if (cache)
            details.push('', `Dependency cache: **${cache.state}** (\`${cache.key}\`${cache.state === 'unavailable' && cache.detail ? `; ${cache.detail}` : ''})`);
        await core/* summary */.z.addRaw((0,summary/* renderStageSummary */.VF)({ title: 'quality-gate', decision: result.decision, details, timeline: result.context.timeline, stage: 'quality-gate' })).write();
        if (!result.approved)
            core/* setFailed */.C1(result.decision);
        else
            core/* info */.pq(result.decision);
    });
}


/***/ }),

/***/ 8480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ newContext),
/* harmony export */   Cp: () => (/* binding */ validateContext),
/* harmony export */   DO: () => (/* binding */ parseContext),
/* harmony export */   _I: () => (/* binding */ loadContext),
/* harmony export */   tn: () => (/* binding */ saveContext),
/* harmony export */   yi: () => (/* binding */ serializeContext)
/* harmony export */ });
/* unused harmony exports STAGES, CONTEXT_SCHEMA, REQUIRED_BY */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);




/** The stages, in order. */
const STAGES = (/* unused pure expression or super */ null && (['prepare-release', 'quality-gate', 'publish-and-verify']));
/** Current schema version of the release context. */
const CONTEXT_SCHEMA = 1;
/** Which stage writes each optional part (for error messages). */
const WRITER = {
    version: 'prepare-release',
    changelog: 'prepare-release',
    release_commit: 'prepare-release',
    gate: 'quality-gate',
    artifacts: 'quality-gate',
    publish: 'publish-and-verify',
};
/** The parts each stage needs from the stages before it. */
const REQUIRED_BY = {
    'prepare-release': [],
    'quality-gate': ['version'],
    'publish-and-verify': ['version', 'changelog', 'gate', 'artifacts'],
};
/** Creates an empty context for a new release. */
function newContext(init) {
    return {
        schema: CONTEXT_SCHEMA,
        id: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
        created_at: new Date().toISOString(),
        dry_run: init.dry_run ?? false,
        repository: init.repository,
        package: init.package,
        timeline: [],
    };
}
function fail(field, problem, writer) {
    const who = writer ? ` It is written by ${writer}; run that stage first, or pass the context it produced.` : '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_CONTEXT', `Release context field "${field}" ${problem}.`, `Pass the context written by the previous stage unchanged.${who}`);
}
function expect(obj, path, key, shape, writer) {
    const value = obj[key];
    const full = path ? `${path}.${key}` : key;
    if (value === undefined || value === null)
        fail(full, 'is missing', writer);
    const actual = Array.isArray(value) ? 'array' : typeof value;
    if (actual !== shape)
        fail(full, `should be ${shape === 'array' ? 'an array' : `a ${shape}`} but is ${actual}`, writer);
}
/**
 * Checks a parsed JSON value is a release context this code understands and that it holds what `stage`
 * needs. Throws a BAD_CONTEXT ReleaseError naming the field and the stage that should have written it.
 */
function validateContext(value, stage) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        fail('(root)', 'is not a JSON object');
    const ctx = value;
    expect(ctx, '', 'schema', 'number');
    if (ctx.schema !== CONTEXT_SCHEMA) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_CONTEXT', `Release context schema ${String(ctx.schema)} is not supported (this release-relay reads schema ${CONTEXT_SCHEMA}).`, 'Use the same release-relay version for every stage of one release.');
    }
    expect(ctx, '', 'id', 'string');
    expect(ctx, '', 'dry_run', 'boolean');
    expect(ctx, '', 'repository', 'object');
    expect(ctx, '', 'package', 'object');
    expect(ctx, '', 'timeline', 'array');
    const pkg = ctx.package;
    expect(pkg, 'package', 'ecosystem', 'string');
    expect(pkg, 'package', 'name', 'string');
    expect(pkg, 'package', 'dir', 'string');
    expect(pkg, 'package', 'version_files', 'array');
    const repo = ctx.repository;
    for (const k of ['owner', 'name', 'ref', 'sha'])
        expect(repo, 'repository', k, 'string');
    for (const part of Object.keys(WRITER)) {
        if (ctx[part] !== undefined && ctx[part] !== null) {
            expect(ctx, '', part, part === 'artifacts' ? 'array' : 'object', WRITER[part]);
        }
    }
    if (ctx.version) {
        const v = ctx.version;
        for (const k of ['previous', 'next', 'scheme', 'bump', 'tag'])
            expect(v, 'version', k, 'string', WRITER.version);
        expect(v, 'version', 'released', 'boolean', WRITER.version);
    }
    if (ctx.gate) {
        const g = ctx.gate;
        expect(g, 'gate', 'status', 'string', WRITER.gate);
        expect(g, 'gate', 'reasons', 'array', WRITER.gate);
    }
    if (Array.isArray(ctx.artifacts)) {
        ctx.artifacts.forEach((a, i) => {
            if (typeof a !== 'object' || a === null)
                fail(`artifacts[${i}]`, 'is not an object', WRITER.artifacts);
            const rec = a;
            expect(rec, `artifacts[${i}]`, 'file', 'string', WRITER.artifacts);
            expect(rec, `artifacts[${i}]`, 'sha256', 'string', WRITER.artifacts);
            expect(rec, `artifacts[${i}]`, 'size', 'number', WRITER.artifacts);
            if (!/^[0-9a-f]{64}$/.test(rec.sha256))
                fail(`artifacts[${i}].sha256`, 'is not a hex SHA-256 digest', WRITER.artifacts);
        });
    }
    if (stage) {
        for (const part of REQUIRED_BY[stage]) {
            if (ctx[part] === undefined || ctx[part] === null)
                fail(part, `is missing, and ${stage} needs it`, WRITER[part]);
        }
    }
    return ctx;
}
/** Parses context JSON text (from a file, an action input or a job output) and validates it. */
function parseContext(text, stage, source = 'context') {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_CONTEXT', `The release context from ${source} is not valid JSON: ${err.message}`, 'Pass the `context` output of the previous stage unchanged.');
    }
    return validateContext(value, stage);
}
/** Reads and validates a context file. */
async function loadContext(file, stage) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_CONTEXT', `No release context at ${file}.`, 'Run the previous stage first, or pass its context with `context` / `context-file`.');
    }
    return parseContext(text, stage, file);
}
/** Serialises a context (stable two-space JSON with a trailing newline). */
function serializeContext(ctx) {
    return `${JSON.stringify(ctx, null, 2)}\n`;
}
/** Writes a context file atomically (temp file + rename), so a killed stage never leaves half a file. */
async function saveContext(file, ctx) {
    validateContext(ctx);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, serializeContext(ctx));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ ReleaseError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   q8: () => (/* binding */ isReleaseError)
/* harmony export */ });
/**
 * The one error type of the suite: a code a test can match, a message that says what is wrong, and a hint
 * that says how to fix it. The action entry turns it into `core.setFailed` plus an annotation.
 */
class ReleaseError extends Error {
    code;
    hint;
    location;
    /** Whether retrying the same operation may succeed. Defaults to false. */
    transient;
    constructor(code, message, hint, options = {}) {
        super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
        this.name = 'ReleaseError';
        this.code = code;
        this.hint = hint;
        this.location = options.location;
        this.transient = options.transient ?? false;
    }
}
/** True when `err` is a ReleaseError with the given code (or any code when omitted). */
function isReleaseError(err, code) {
    return err instanceof ReleaseError && (code === undefined || err.code === code);
}
/** One line for logs and summaries: message plus hint. */
function describeError(err) {
    if (err instanceof ReleaseError)
        return `${err.message} (${err.code}). Fix: ${err.hint}`;
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 2642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ CommandFailedError),
/* harmony export */   m: () => (/* binding */ exec)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * Runs `file` with `args` without a shell, in its own process group so that a timeout or abort kills the
 * whole tree it started (pytest workers, build backends), not just the direct child.
 */
const exec = (file, args, options = {}) => {
    const started = Date.now();
    const check = options.check ?? true;
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('TIMEOUT', `${file} was not started: the operation was aborted`, 'Raise the timeout.'));
            return;
        }
        const env = options.replaceEnv ? { ...options.env } : { ...process.env, ...options.env };
        for (const key of Object.keys(env))
            if (env[key] === undefined)
                delete env[key];
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, [...args], {
            cwd: options.cwd,
            env: env,
            detached: process.platform !== 'win32',
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
            windowsHide: true,
        });
        let stdout = '';
        let stderr = '';
        let killed = false;
        const killTree = () => {
            if (child.exitCode !== null || child.signalCode !== null)
                return;
            killed = true;
            try {
                if (child.pid !== undefined && process.platform !== 'win32')
                    process.kill(-child.pid, 'SIGKILL');
                else
                    child.kill('SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
        };
        const timer = options.timeoutMs !== undefined ? setTimeout(killTree, options.timeoutMs) : undefined;
        const onAbort = () => killTree();
        options.signal?.addEventListener('abort', onAbort, { once: true });
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            stdout += chunk;
            options.onOutput?.(chunk, 'stdout');
        });
        child.stderr.on('data', (chunk) => {
            stderr += chunk;
            options.onOutput?.(chunk, 'stderr');
        });
        child.stdin.on('error', () => undefined);
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
        const finish = () => {
            if (timer)
                clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
        };
        child.on('error', (err) => {
            finish();
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('COMMAND_FAILED', `Could not start ${file}: ${err.message}`, `Install ${file} or put it on PATH.`, {
                cause: err,
            }));
        });
        child.on('close', (code, sig) => {
            finish();
            // The direct child is gone; make sure nothing it started outlives it after a kill.
            if (killed && child.pid !== undefined && process.platform !== 'win32') {
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    /* group already gone */
                }
            }
            const result = { code: code ?? (sig ? 128 : 1), stdout, stderr, killed, durationMs: Date.now() - started };
            if (killed) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('TIMEOUT', `${file} ${args.join(' ')} was killed after ${options.timeoutMs !== undefined ? `${options.timeoutMs} ms` : 'an abort'}`, 'Raise the timeout, or find out why the command hangs.', { transient: true }));
                return;
            }
            if (check && result.code !== 0) {
                reject(new CommandFailedError(file, args, result));
                return;
            }
            resolve(result);
        });
    });
};
/** A command that exited non-zero; carries its output for classification and evidence. */
class CommandFailedError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2 {
    result;
    constructor(file, args, result) {
        const tail = (result.stderr || result.stdout).trim().split('\n').slice(-15).join('\n');
        super('COMMAND_FAILED', `${file} ${args.join(' ')} exited with ${result.code}${tail ? `:\n${tail}` : ''}`, 'See the output above.');
        this.name = 'CommandFailedError';
        this.result = result;
    }
}


/***/ }),

/***/ 6559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ repoFromRemoteUrl),
/* harmony export */   u: () => (/* binding */ repoFromSlug)
/* harmony export */ });
/**
 * Parses `owner/name` out of a GitHub remote URL (https, ssh or scp-like). Returns null for anything else
 * (a bare repository on disk, say), in which case changelog links are left out.
 */
function repoFromRemoteUrl(url) {
    if (!url)
        return null;
    const m = /^(?:https?:\/\/[^/]+\/|ssh:\/\/git@[^/]+\/|git@[^:]+:)([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
    return m ? { owner: m[1], name: m[2] } : null;
}
/** Parses an `owner/name` string (GITHUB_REPOSITORY); null when it is not one. */
function repoFromSlug(slug) {
    if (!slug)
        return null;
    const parts = slug.split('/');
    return parts.length === 2 && parts[0] && parts[1] ? { owner: parts[0], name: parts[1] } : null;
}


/***/ }),

/***/ 8523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VF: () => (/* binding */ renderStageSummary)
/* harmony export */ });
/* unused harmony exports seconds, stepsTable, timelineGantt */
/** Escapes a value for a markdown table cell. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
/** Seconds with one decimal, for tables. */
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
/** A markdown table of the steps of one stage (or all): step, duration, attempts, outcome. */
function stepsTable(timeline, stage) {
    const rows = timeline.filter((t) => !stage || t.stage === stage);
    const icon = { success: '✅', failure: '❌', skipped: '⏭️' };
    const lines = ['| step | duration | attempts | outcome |', '|---|---:|---:|---|'];
    for (const r of rows) {
        const served = r.served_by ? ` (served by ${r.served_by})` : '';
        lines.push(`| ${cell(`${stage ? '' : `${r.stage} › `}${r.step}`)} | ${seconds(r.duration_ms)} | ${r.attempts} | ${icon[r.outcome]} ${r.outcome}${cell(served)} |`);
    }
    return lines.join('\n');
}
/** A Mermaid gantt chart of the release timeline so far (one section per stage). */
function timelineGantt(timeline) {
    if (timeline.length === 0)
        return '';
    const t0 = Math.min(...timeline.map((t) => Date.parse(t.started_at)));
    const lines = ['```mermaid', 'gantt', '  title Release timeline', '  dateFormat x', '  axisFormat %M:%S'];
    let stage = '';
    timeline.forEach((t, i) => {
        if (t.stage !== stage) {
            stage = t.stage;
            lines.push(`  section ${stage}`);
        }
        const start = Date.parse(t.started_at) - t0;
        const tag = t.outcome === 'failure' ? 'crit, ' : '';
        lines.push(`  ${t.step.replace(/[:#]/g, ' ')} :${tag}s${i}, ${start}, ${Math.max(1, t.duration_ms)}ms`);
    });
    lines.push('```');
    return lines.join('\n');
}
/** The job summary of a stage: a one-sentence decision, details, the steps table and the gantt. */
function renderStageSummary(input) {
    const parts = [`## ${input.title}`, '', `**${input.decision}**`, ''];
    if (input.details?.length)
        parts.push(...input.details, '');
    parts.push('### Steps', '', stepsTable(input.timeline, input.stage), '');
    const gantt = timelineGantt(input.timeline);
    if (gantt)
        parts.push('<details><summary>Release timeline</summary>', '', gantt, '', '</details>', '');
    return parts.join('\n');
}


/***/ })

};

//# sourceMappingURL=191.index.js.map