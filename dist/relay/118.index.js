export const id = 118;
export const ids = [118];
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

/***/ 99118:
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
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/ecosystems/python/import-names.ts
var import_names = __webpack_require__(14442);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
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
var context = __webpack_require__(78480);
// EXTERNAL MODULE: ./src/core/runner.ts
var core_runner = __webpack_require__(4473);
;// CONCATENATED MODULE: ./src/reports/threshold.ts

// Apart from coverage.ts so that reading inputs does not load the XML parser the reports need.
/** Parses input `coverage-threshold`: '' or undefined → undefined; a number 0–100 (a trailing % is allowed). */
function parseThreshold(input) {
    if (input === undefined || input.trim() === '')
        return undefined;
    const text = input.trim().replace(/%$/, '').trim();
    const value = /^[+]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : NaN;
    if (!Number.isFinite(value) || value < 0 || value > 100) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "coverage-threshold" (${input}) is not a number from 0 to 100.`, 'Set coverage-threshold to a percentage such as 80, or leave it empty to skip the coverage check.');
    }
    return value;
}

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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(72642);
;// CONCATENATED MODULE: ./src/actions/quality-gate/cache.ts





/** Files whose contents decide the dependency set (hashed into the cache key). */
const DEPENDENCY_FILES = /^(pyproject\.toml|setup\.cfg|setup\.py|requirements.*\.txt|.*\.lock|package-lock\.json|uv\.lock|poetry\.lock)$/;
/** The cache key: OS, Python version and a hash of the package's dependency files. */
async function dependencyCacheKey(packageDir, python) {
    const names = (await (0,promises_.readdir)(packageDir)).filter((n) => DEPENDENCY_FILES.test(n)).sort();
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const n of names)
        hash.update(n).update('\0').update(await (0,promises_.readFile)((0,external_node_path_.join)(packageDir, n))).update('\0');
    const version = (await (0,exec/* exec */.m0)(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { check: false })).stdout.trim() || 'unknown';
    const prefix = `release-relay-deps-${process.platform}-${process.arch}-py${version}-`;
    return { key: `${prefix}${hash.digest('hex').slice(0, 16)}`, prefix };
}
/** Runs `fn` while watching stdout for a workflow-command line matching `pattern`; returns its first group. */
async function watchFailure(pattern, fn) {
    const write = process.stdout.write.bind(process.stdout);
    let failure;
    process.stdout.write = ((chunk, ...rest) => {
        failure ??= pattern.exec(String(chunk))?.[1];
        return write(chunk, ...rest);
    });
    try {
        return { value: await fn(), failure };
    }
    finally {
        process.stdout.write = write;
    }
}
/** Whether the runner provides the cache service (GitHub-hosted or self-hosted runners with Actions). */
function cacheAvailable() {
    return Boolean(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL);
}
/** pip's download cache directory for `python`. */
async function pipCacheDir(python) {
    const r = await (0,exec/* exec */.m0)(python, ['-m', 'pip', 'cache', 'dir'], { check: false });
    return r.code === 0 && r.stdout.trim() ? r.stdout.trim().split('\n').pop() ?? null : null;
}
/**
 * Restores pip's download cache keyed by OS, Python and the dependency files, so a second release of an
 * unchanged dependency set downloads nothing. @actions/cache is loaded only here, only on GitHub.
 */
async function restoreDependencyCache(packageDir, python, logger) {
    // Off GitHub there is no cache service: spawn neither Python for the key nor pip for its directory.
    if (!cacheAvailable())
        return { key: '', state: 'unavailable', paths: [], detail: 'not running on GitHub Actions' };
    const { key, prefix } = await dependencyCacheKey(packageDir, python);
    const dir = await pipCacheDir(python);
    const paths = dir ? [dir] : [];
    if (!paths.length)
        return { key, state: 'unavailable', paths, detail: 'pip has no cache dir' };
    try {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(885), __webpack_require__.e(523), __webpack_require__.e(780), __webpack_require__.e(759), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 22645));
        // @actions/cache answers a failed service (refused, 5xx) like a miss and only says so in a warning it
        // writes itself: watch for that line, so the summary says `unavailable`, as it is.
        const { value: matched, failure } = await watchFailure(/^::(?:warning|error)::Failed to restore: (.*)$/m, () => cache.restoreCache(paths, key, [prefix]));
        if (failure)
            return { key, paths, state: 'unavailable', detail: `restore failed: ${failure}` };
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
    // Nothing to save (pip never created its cache directory): saving would only warn "Path Validation Error".
    const present = [];
    for (const p of outcome.paths)
        if ((await (0,promises_.readdir)(p).catch(() => [])).length)
            present.push(p);
    if (!present.length) {
        logger.debug(`Dependency cache: nothing to save (${outcome.paths.join(', ') || 'no paths'} empty or missing).`);
        return;
    }
    try {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(885), __webpack_require__.e(523), __webpack_require__.e(780), __webpack_require__.e(759), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 22645));
        await cache.saveCache(present, outcome.key);
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
    installDependencies: 'install-dependencies',
    testCommand: 'test-command',
    junitFile: 'junit-file',
    testTimeout: 'test-timeout',
    testRetries: 'test-retries',
    coverageThreshold: 'coverage-threshold',
    coverageBranches: 'coverage-branches',
    coverageReport: 'coverage-report',
    evidenceDir: 'evidence-dir',
    testEvidence: 'test-evidence',
    integrationCommand: 'integration-command',
    integrationTimeout: 'integration-timeout',
    buildTool: 'build-tool',
    isolatedBuild: 'isolated-build',
    artifactDir: 'artifact-dir',
    smokeCommand: 'smoke-command',
    readmeExamples: 'readme-examples',
    exampleTags: 'example-tags',
    installArgs: 'install-args',
    importNames: 'import-names',
    requireCi: 'require-ci',
    ciTimeout: 'ci-timeout',
    requestTimeout: 'request-timeout',
    checkRunId: 'check-run-id',
    excludeChecks: 'exclude-checks',
    openIssue: 'open-issue',
    githubToken: 'github-token',
    pullRequest: 'pull-request',
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
    const runner = (0,core_runner/* readRunnerEnvironment */.E)(process.env);
    // Without a context the gate derives one from the pushed tag; with neither there is nothing to gate.
    // Checked here, before the stage, the cache or any Python probe is loaded or run.
    if (!context && !((0,inputs/* getOptionalInput */.lI)(INPUTS.tag) ?? runner.ref ?? '').replace(/^refs\/tags\//, '')) {
        throw new errors/* ReleaseError */.K2('BAD_CONTEXT', 'There is no release context and no tag to derive one from.', 'Pass `context` from prepare-release, or run on a tag push (refs/tags/v1.2.3) or set `tag`.');
    }
    const github = await (0,github_input/* readGitHubTarget */.X)(logger/* actionsLogger */.M, runner);
    const checkRunId = (0,inputs/* getOptionalInput */.lI)(INPUTS.checkRunId);
    return {
        cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
        runner,
        context,
        tag: (0,inputs/* getOptionalInput */.lI)(INPUTS.tag),
        packageDir: (0,inputs/* getOptionalInput */.lI)(INPUTS.packageDir),
        tagTemplate: (0,inputs/* getOptionalInput */.lI)(INPUTS.tagTemplate),
        ecosystem: (0,inputs/* getOptionalInput */.lI)(INPUTS.ecosystem),
        tools: { python: (0,inputs/* getOptionalInput */.lI)(INPUTS.python) ?? runner.python },
        installDependencies: (0,inputs/* getBoolean */.pW)(INPUTS.installDependencies, false),
        testCommand: commandInput(INPUTS.testCommand),
        junitFile: (0,inputs/* getOptionalInput */.lI)(INPUTS.junitFile),
        testTimeoutMs: (0,inputs/* getNumber */.WZ)(INPUTS.testTimeout, 1200, { min: 1, max: 6 * 3600 }) * 1000,
        testRetries: (0,inputs/* getNumber */.WZ)(INPUTS.testRetries, 1, { min: 0, max: 10 }),
        coverageThreshold: parseThreshold((0,inputs/* getOptionalInput */.lI)(INPUTS.coverageThreshold)),
        coverageBranches: (0,inputs/* getBoolean */.pW)(INPUTS.coverageBranches, false),
        coverageReport: (0,inputs/* getOptionalInput */.lI)(INPUTS.coverageReport),
        evidenceDir: (0,inputs/* getOptionalInput */.lI)(INPUTS.evidenceDir),
        testEvidence: (0,inputs/* getOptionalInput */.lI)(INPUTS.testEvidence),
        integrationCommand: commandInput(INPUTS.integrationCommand),
        integrationTimeoutMs: (0,inputs/* getNumber */.WZ)(INPUTS.integrationTimeout, 1800, { min: 1, max: 6 * 3600 }) * 1000,
        buildTool: (0,inputs/* getOptionalInput */.lI)(INPUTS.buildTool),
        isolatedBuild: (0,inputs/* getBoolean */.pW)(INPUTS.isolatedBuild, true),
        artifactDir: (0,inputs/* getOptionalInput */.lI)(INPUTS.artifactDir),
        smokeCommand: commandInput(INPUTS.smokeCommand),
        readmeExamples: (0,inputs/* getBoolean */.pW)(INPUTS.readmeExamples, true),
        exampleTags: (0,inputs/* getList */.vS)(INPUTS.exampleTags).length ? (0,inputs/* getList */.vS)(INPUTS.exampleTags) : undefined,
        installArgs: (0,inputs/* getOptionalInput */.lI)(INPUTS.installArgs) ? splitCommand((0,inputs/* getOptionalInput */.lI)(INPUTS.installArgs), INPUTS.installArgs) : undefined,
        importNames: (0,import_names/* parseImportNames */.Nh)((0,inputs/* getOptionalInput */.lI)(INPUTS.importNames)),
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
        const { qualityGate } = await Promise.all(/* import() */[__webpack_require__.e(885), __webpack_require__.e(677), __webpack_require__.e(780), __webpack_require__.e(278), __webpack_require__.e(805), __webpack_require__.e(502), __webpack_require__.e(676), __webpack_require__.e(566), __webpack_require__.e(609)]).then(__webpack_require__.bind(__webpack_require__, 41566));
        const cache = await restoreDependencyCache((0,external_node_path_.join)(options.cwd ?? '.', options.packageDir ?? options.context?.package.dir ?? '.'), options.tools?.python ?? 'python3', logger/* actionsLogger */.M).catch(() => undefined);
        const pullRequest = (0,inputs/* getOptionalInput */.lI)(INPUTS.pullRequest);
        let result;
        if (pullRequest) {
            // A release PR: the context comes from the PR body, the verdict goes to a check run and a PR comment.
            if (!options.github)
                throw new errors/* ReleaseError */.K2('BAD_INPUT', 'Input "pull-request" needs the GitHub API, but github-token is empty.', 'Pass github-token with checks: write and pull-requests: write.');
            const { gateReleasePr } = await Promise.all(/* import() */[__webpack_require__.e(714), __webpack_require__.e(53)]).then(__webpack_require__.bind(__webpack_require__, 35053));
            const { Git } = await __webpack_require__.e(/* import() */ 308).then(__webpack_require__.bind(__webpack_require__, 10308));
            const serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
            const runUrl = process.env.GITHUB_RUN_ID ? `${serverUrl}/${options.github.owner}/${options.github.repo}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined;
            result = await gateReleasePr({ ...options, pullNumber: (0,inputs/* getNumber */.WZ)(INPUTS.pullRequest, 0, { min: 1 }), github: options.github, detailsUrl: runUrl }, { logger: logger/* actionsLogger */.M, git: new Git(options.cwd ?? process.cwd()) });
        }
        else {
            result = await qualityGate(options, { logger: logger/* actionsLogger */.M });
        }
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
        const pkg = result.context.package;
        if (pkg.version_source)
            details.push('', `Version source: ${pkg.version_source}`);
        if (pkg.import_names?.length)
            details.push('', `Import names: ${pkg.import_names.map((n) => `\`${n}\``).join(', ')}`);
        if (g?.issue_url)
            details.push('', `Rejection issue: ${g.issue_url}`);
        if (cache)
            details.push('', `Dependency cache: **${cache.state}** (${[cache.key && `\`${cache.key}\``, cache.state === 'unavailable' ? cache.detail : ''].filter(Boolean).join('; ')})`);
        await core/* summary */.z.addRaw((0,summary/* renderStageSummary */.VF)({ title: 'quality-gate', decision: result.decision, details, timeline: result.context.timeline, stage: 'quality-gate' })).write();
        if (!result.approved)
            core/* setFailed */.C1(result.decision);
        else
            core/* info */.pq(result.decision);
    });
}


/***/ }),

/***/ 14442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ wheelImportNames),
/* harmony export */   Nh: () => (/* binding */ parseImportNames),
/* harmony export */   VD: () => (/* binding */ sourceImportNames),
/* harmony export */   lJ: () => (/* binding */ coverageConfiguresSource)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45383);
/* harmony import */ var _ini_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38281);
/* harmony import */ var _pyproject_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87160);






/** Top-level names that are test suites, not the package, when a wheel ships them. */
const NOT_THE_PACKAGE = new Set(['tests', 'test', 'testing', 'docs', 'examples', 'benchmarks']);
/**
 * Reads a wheel's top-level import names with the interpreter's zipfile: `top_level.txt` when the backend
 * wrote one (setuptools), else the first path segments of its files (hatchling, flit, poetry-core write
 * none), leaving out `*.dist-info`, `*.data`, `.pth` files and test folders.
 */
const WHEEL_NAMES = `
import json, sys, zipfile
skip = set(sys.argv[2].split(','))
with zipfile.ZipFile(sys.argv[1]) as z:
    names = z.namelist()
    top = [n for n in names if n.count('/') == 1 and n.endswith('.dist-info/top_level.txt')]
    out = []
    if top:
        out = [l.strip().split('/')[0] for l in z.read(top[0]).decode('utf-8').splitlines() if l.strip()]
    else:
        for n in names:
            first = n.split('/')[0]
            if first.endswith('.dist-info') or first.endswith('.data'):
                continue
            if '/' in n:
                if n.endswith(('.py', '.so', '.pyd', '.pyi')):
                    out.append(first)
            elif n.endswith('.py'):
                out.append(n[:-3])
            elif n.endswith(('.so', '.pyd')):
                out.append(n.split('.')[0])
seen = []
for n in out:
    if n.isidentifier() and n not in seen and n not in skip:
        seen.append(n)
print(json.dumps(seen))
`;
/** The top-level import names a built wheel provides (its packages and modules). */
async function wheelImportNames(python, wheel, exec) {
    const r = await exec(python, ['-I', '-c', WHEEL_NAMES, wheel, [...NOT_THE_PACKAGE].join(',')], { check: false, timeoutMs: 60_000 });
    if (r.code !== 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BUILD_FAILED', `Could not read the top-level names of ${wheel}: ${r.stderr.trim().split('\n').pop() ?? `exit ${r.code}`}`, 'Set input "import-names" to the package\'s import names, e.g. sample.');
    const names = JSON.parse(r.stdout.trim().split('\n').pop() ?? '[]');
    return names;
}
/** Parses input `import-names` (comma- or newline-separated); refuses names that are not dotted identifiers. */
function parseImportNames(value) {
    if (value === undefined)
        return undefined;
    const names = value.split(/[\s,]+/).map((n) => n.trim()).filter(Boolean);
    for (const n of names) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(n)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_INPUT', `Input "import-names" has "${n}", which is not a Python import name.`, 'List the top-level modules to import, comma-separated, e.g. import-names: sample.');
        }
    }
    return names.length ? names : undefined;
}
/** Whether coverage.py is configured with its own `source` / `source_pkgs` (pyproject, .coveragerc, setup.cfg, tox.ini). */
async function coverageConfiguresSource(packageDir) {
    const py = await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextOrNull */ .GR)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(packageDir, 'pyproject.toml'));
    if (py !== null) {
        try {
            const run = (0,_pyproject_js__WEBPACK_IMPORTED_MODULE_4__/* .getPath */ .Yn)((0,_pyproject_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePyproject */ .OU)(py, 'pyproject.toml'), ['tool', 'coverage', 'run']);
            if (run && (run.source !== undefined || run.source_pkgs !== undefined))
                return true;
        }
        catch {
            // A broken pyproject.toml fails elsewhere with a clear error.
        }
    }
    for (const [file, section] of [['.coveragerc', 'run'], ['setup.cfg', 'coverage:run'], ['tox.ini', 'coverage:run']]) {
        const t = await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextOrNull */ .GR)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(packageDir, file));
        const s = t === null ? undefined : (0,_ini_file_js__WEBPACK_IMPORTED_MODULE_5__/* .parseIni */ .Ay)(t).get(section);
        if (s && (s.has('source') || s.has('source_pkgs')))
            return true;
    }
    return false;
}
/**
 * The package's top-level import names as the source tree shows them before anything is built: packages
 * (directories with `__init__.py`) and modules under `src/`, else package directories at the top. Used for
 * coverage before the wheel exists; the wheel's own names are checked after the build.
 */
async function sourceImportNames(packageDir) {
    const list = async (dir, modules) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch(() => []);
        const out = [];
        for (const e of entries) {
            if (NOT_THE_PACKAGE.has(e.name) || !/^[A-Za-z_][A-Za-z0-9_]*(\.py)?$/.test(e.name))
                continue;
            if (e.isDirectory() && (await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextOrNull */ .GR)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name, '__init__.py'))) !== null)
                out.push(e.name);
            else if (modules && e.isFile() && e.name.endsWith('.py') && e.name !== 'setup.py' && e.name !== 'conftest.py')
                out.push(e.name.slice(0, -3));
        }
        return out.sort();
    };
    const src = await list((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(packageDir, 'src'), true);
    return src.length ? src : list(packageDir, false);
}


/***/ })

};

//# sourceMappingURL=118.index.js.map