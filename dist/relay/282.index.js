export const id = 282;
export const ids = [282];
export const modules = {

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

/***/ 282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INPUTS: () => (/* binding */ INPUTS),
/* harmony export */   OUTPUTS: () => (/* binding */ OUTPUTS),
/* harmony export */   readOptions: () => (/* binding */ readOptions),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _core_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8480);
/* harmony import */ var _stages_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8523);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9120);
/* harmony import */ var _common_logger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4425);
/* harmony import */ var _common_run_action_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5431);






/** Input names of prepare-release (kebab-case, as in action.yml). */
const INPUTS = {
    bump: 'bump',
    version: 'version',
    prereleaseId: 'prerelease-id',
    allowDowngrade: 'allow-downgrade',
    packageDir: 'package-dir',
    ecosystem: 'ecosystem',
    tagTemplate: 'tag-template',
    changelogFile: 'changelog-file',
    docsFiles: 'docs-files',
    dryRun: 'dry-run',
    commitMessage: 'commit-message',
    push: 'push',
    allowDetached: 'allow-detached',
    gitUserName: 'git-user-name',
    gitUserEmail: 'git-user-email',
    githubToken: 'github-token',
    contextFile: 'context-file',
};
/** Output names of prepare-release. */
const OUTPUTS = {
    version: 'version',
    previousVersion: 'previous-version',
    released: 'released',
    changelog: 'changelog',
    commitSha: 'commit-sha',
    tag: 'tag',
    context: 'context',
};
/** Parses the inputs once into typed options. */
function readOptions() {
    (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getSecret */ .r6)(INPUTS.githubToken);
    const name = (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(INPUTS.gitUserName);
    const email = (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(INPUTS.gitUserEmail);
    return {
        cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
        bump: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(INPUTS.bump),
        version: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(INPUTS.version),
        prereleaseId: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(INPUTS.prereleaseId),
        allowDowngrade: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getBoolean */ .pW)(INPUTS.allowDowngrade, false),
        packageDir: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(INPUTS.packageDir),
        ecosystem: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(INPUTS.ecosystem),
        tagTemplate: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(INPUTS.tagTemplate),
        changelogFile: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(INPUTS.changelogFile),
        docsFiles: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getList */ .vS)(INPUTS.docsFiles),
        dryRun: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getBoolean */ .pW)(INPUTS.dryRun, false),
        commitMessage: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(INPUTS.commitMessage),
        push: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getBoolean */ .pW)(INPUTS.push, true),
        allowDetached: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getBoolean */ .pW)(INPUTS.allowDetached, false),
        identity: name || email ? { name: name ?? 'github-actions[bot]', email: email ?? '41898282+github-actions[bot]@users.noreply.github.com' } : undefined,
        contextFile: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(INPUTS.contextFile),
    };
}
/** The action: read inputs, run the stage, set outputs, write the job summary. */
async function run() {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('release-relay prepare-release');
    await (0,_common_run_action_js__WEBPACK_IMPORTED_MODULE_4__/* .runAction */ .C)(async () => {
        const options = readOptions();
        // Loaded after the first log line: the stage and its parsers are most of the bundle's start-up time.
        const { prepareRelease } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(583), __webpack_require__.e(401), __webpack_require__.e(680)]).then(__webpack_require__.bind(__webpack_require__, 9680));
        const result = await prepareRelease(options, { logger: _common_logger_js__WEBPACK_IMPORTED_MODULE_3__/* .actionsLogger */ .M });
        const { context } = result;
        const v = context.version;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.version, v?.next ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.previousVersion, v?.previous ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.released, String(v?.released ?? false));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.changelog, context.changelog?.section_markdown ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.commitSha, context.release_commit?.sha ?? context.repository.sha);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.tag, v?.released ? v.tag : '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.context, (0,_core_context_js__WEBPACK_IMPORTED_MODULE_1__/* .serializeContext */ .yi)(context).trim());
        const details = [];
        if (v?.released) {
            details.push(`| | |`, `|---|---|`, `| version | \`${v.previous}\` → \`${v.next}\` |`, `| bump | ${v.bump} |`, `| tag | \`${v.tag}\` |`, `| files | ${result.edits.map((e) => `\`${e.path}\``).join(', ')} |`, '');
            if (result.deciding.length)
                details.push('**Why:**', ...result.deciding.slice(0, 20).map((c) => `- ${c.raw.subject} (${c.sha.slice(0, 7)})`), '');
            details.push('<details><summary>Changelog section</summary>', '', context.changelog?.section_markdown ?? '', '', '</details>');
        }
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_stages_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderStageSummary */ .VF)({ title: 'prepare-release', decision: result.decision, details, timeline: context.timeline, stage: 'prepare-release' })).write();
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(result.decision);
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

//# sourceMappingURL=282.index.js.map