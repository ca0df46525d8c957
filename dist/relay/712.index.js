export const id = 712;
export const ids = [712];
export const modules = {

/***/ 16663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readGitHubTarget)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _github_repository_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90651);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59120);



/**
 * The GitHub target from inputs `github-token`, `repository` and `github-api-url` (defaults: none, and the
 * runner's GITHUB_REPOSITORY and GITHUB_API_URL), or undefined without a token. Octokit is loaded only here, lazily, so stages that never talk to GitHub do
 * not pay for it at start-up.
 */
async function readGitHubTarget(logger, runner) {
    const token = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getSecret */ .r6)('github-token');
    if (!token)
        return undefined;
    const slug = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getOptionalInput */ .lI)('repository') ?? runner.repository;
    const repo = (0,_github_repository_js__WEBPACK_IMPORTED_MODULE_2__/* .repoFromSlug */ .u)(slug);
    if (!repo)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('BAD_INPUT', `Input "repository" is "${slug ?? ''}", not owner/name.`, 'Leave it empty on GitHub (GITHUB_REPOSITORY is used) or give owner/name.');
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(744)]).then(__webpack_require__.bind(__webpack_require__, 54744));
    const timeout = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getOptionalInput */ .lI)('request-timeout');
    const requestTimeoutMs = timeout === undefined ? undefined : (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getNumber */ .WZ)('request-timeout', 60, { min: 1, max: 3600 }) * 1000;
    // getSecret has masked the token already: the client need not register it a second time.
    const client = createGitHubClient({ token, baseUrl: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getOptionalInput */ .lI)('github-api-url') ?? runner.apiUrl, logger: { ...logger, setSecret: () => undefined }, requestTimeoutMs });
    return { client, owner: repo.owner, repo: repo.name };
}


/***/ }),

/***/ 59120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WZ: () => (/* binding */ getNumber),
/* harmony export */   lI: () => (/* binding */ getOptionalInput),
/* harmony export */   pW: () => (/* binding */ getBoolean),
/* harmony export */   r6: () => (/* binding */ getSecret),
/* harmony export */   vS: () => (/* binding */ getList)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


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
/** Secrets already registered with the runner: each is masked once, however often its input is read. */
const masked = new Set();
/** A secret input, masked before anything can log it. */
function getSecret(name) {
    const value = getOptionalInput(name);
    if (value !== undefined && !masked.has(value)) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
        masked.add(value);
    }
    return value;
}


/***/ }),

/***/ 4425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ actionsLogger)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _core_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44325);


/** The stages' Logger backed by the runner's workflow commands (groups, annotations, masking). */
const actionsLogger = {
    // core.warning/debug/group escape their data already; info writes raw lines, so it is escaped here.
    info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_core_log_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLogText */ .dD)(m)),
    warning: (m, loc) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m, loc ? { file: loc.file, startLine: loc.line } : undefined),
    debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
    group: (name, fn) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(name, fn),
    setSecret: (v) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(v),
};


/***/ }),

/***/ 25431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


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

/***/ 16549:
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


/***/ }),

/***/ 78480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ newContext),
/* harmony export */   Cp: () => (/* binding */ validateContext),
/* harmony export */   DO: () => (/* binding */ parseContext),
/* harmony export */   _I: () => (/* binding */ loadContext),
/* harmony export */   tn: () => (/* binding */ saveContext),
/* harmony export */   yi: () => (/* binding */ serializeContext)
/* harmony export */ });
/* unused harmony exports STAGES, CONTEXT_SCHEMA, REQUIRED_BY, migrateSchema1, withPackages, isWorkspaceContext */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);




/** The stages, in order. */
const STAGES = (/* unused pure expression or super */ null && (['prepare-release', 'quality-gate', 'publish-and-verify']));
/**
 * Current schema version of the release context. Schema 2 adds `packages` (one entry per released package;
 * a single-package repository is the list of one); a schema 1 document is migrated on load.
 */
const CONTEXT_SCHEMA = 2;
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
    let ctx = value;
    expect(ctx, '', 'schema', 'number');
    if (ctx.schema === 1)
        ctx = migrateSchema1(ctx);
    if (ctx.schema !== CONTEXT_SCHEMA) {
        const newer = typeof ctx.schema === 'number' && ctx.schema > CONTEXT_SCHEMA;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_CONTEXT', `Release context schema ${String(ctx.schema)} is not supported (this release-relay reads schemas 1 and ${CONTEXT_SCHEMA}).`, newer ? 'The context was written by a newer release-relay: use the same release-relay version for every stage of one release.' : 'Use the same release-relay version for every stage of one release.');
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
    if (ctx.packages !== undefined) {
        if (!Array.isArray(ctx.packages))
            fail('packages', 'should be an array', 'prepare-release');
        ctx.packages.forEach((p, i) => {
            if (typeof p !== 'object' || p === null)
                fail(`packages[${i}]`, 'is not an object', 'prepare-release');
            const rec = p;
            for (const k of ['name', 'dir', 'ecosystem'])
                expect(rec, `packages[${i}]`, k, 'string', 'prepare-release');
            expect(rec, `packages[${i}]`, 'version', 'object', 'prepare-release');
            const v = rec.version;
            for (const k of ['previous', 'next', 'tag', 'bump'])
                expect(v, `packages[${i}].version`, k, 'string', 'prepare-release');
            expect(v, `packages[${i}].version`, 'released', 'boolean', 'prepare-release');
            if (rec.artifacts !== undefined) {
                expect(rec, `packages[${i}]`, 'artifacts', 'array', 'quality-gate');
                rec.artifacts.forEach((a, j) => {
                    expect(a, `packages[${i}].artifacts[${j}]`, 'file', 'string', 'quality-gate');
                    if (typeof a.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(a.sha256))
                        fail(`packages[${i}].artifacts[${j}].sha256`, 'is not a hex SHA-256 digest', 'quality-gate');
                });
            }
        });
    }
    if (ctx.workspace !== undefined && !Array.isArray(ctx.packages))
        fail('packages', 'is missing in a workspace release', 'prepare-release');
    if (stage) {
        for (const part of REQUIRED_BY[stage]) {
            if (ctx[part] === undefined || ctx[part] === null)
                fail(part, `is missing, and ${stage} needs it`, WRITER[part]);
        }
    }
    return ctx;
}
/**
 * A schema 1 document as schema 2: the same fields, plus the `packages` list of one built from them.
 * Schema 1 had no workspace releases, so nothing else changes.
 */
function migrateSchema1(doc) {
    const out = { ...doc, schema: CONTEXT_SCHEMA };
    return out.package && typeof out.package === 'object' ? { ...out, packages: [packageOf(out)] } : out;
}
/** The top-level fields of a single-package context as its one PackageRelease. */
function packageOf(ctx) {
    const v = ctx.version;
    return {
        name: ctx.package.name,
        dir: ctx.package.dir,
        ecosystem: ctx.package.ecosystem,
        version_files: ctx.package.version_files,
        version: v ? { previous: v.previous, next: v.next, tag: v.tag, bump: v.bump, released: v.released, reason: v.reason } : { previous: '', next: '', tag: '', bump: '', released: false },
        ...(ctx.changelog ? { changelog: { ...ctx.changelog } } : {}),
        ...(ctx.artifacts ? { artifacts: ctx.artifacts.map((a) => ({ ...a })) } : {}),
    };
}
/**
 * The context with its `packages` list up to date: for a single-package release the list of one mirrors the
 * top-level fields (which the stages write); a workspace release's list is left as its stages wrote it.
 */
function withPackages(ctx) {
    if (ctx.workspace)
        return ctx;
    return { ...ctx, packages: [packageOf(ctx)] };
}
/** True for a workspace release: several packages, `packages` is the truth. */
function isWorkspaceContext(ctx) {
    return ctx.workspace !== undefined;
}
/** Parses context JSON text (from a file, an action input or a job output) and validates it. */
function parseContext(text, stage, source = 'context') {
    // U+FFFD is what a reader makes of bytes that are not UTF-8: never carry it on into a release.
    if (text.includes('\uFFFD')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_CONTEXT', `The release context from ${source} is not valid UTF-8 (it holds U+FFFD, the replacement for undecodable bytes).`, 'Pass the `context` output of the previous stage unchanged; regenerate the context if it was edited.');
    }
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
    let bytes;
    let text;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_CONTEXT', `No release context at ${file}.`, 'Run the previous stage first, or pass its context with `context` / `context-file`.');
    }
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_CONTEXT', `The release context ${file} is not valid UTF-8.`, 'Use the release-context.json the previous stage wrote, unchanged.');
    }
    return parseContext(text, stage, file);
}
/** Serialises a context (stable two-space JSON with a trailing newline). */
function serializeContext(ctx) {
    return `${JSON.stringify(withPackages(ctx), null, 2)}\n`;
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

/***/ 74296:
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

/***/ 44325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dD: () => (/* binding */ escapeLogText),
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony export consoleLogger */
/**
 * Text made safe for one or more log lines on a GitHub runner: a line that starts with `::` (after blanks)
 * would be executed as a workflow command, so its colons are split with a zero-width space. Values from
 * user files (names, versions, commit subjects) and tool output all pass through here.
 */
function escapeLogText(text) {
    return text.replace(/(^|[\r\n])([ \t]*):(?=:)/g, '$1$2:\u200b');
}
/** A Logger that prints to the console and masks registered secrets itself. */
function consoleLogger(options = {}) {
    const secrets = [];
    const write = options.write ?? ((line) => process.stdout.write(`${line}\n`));
    const mask = (s) => secrets.reduce((acc, secret) => acc.split(secret).join('***'), s);
    return {
        info: (m) => write(mask(m)),
        warning: (m, loc) => write(mask(`warning${loc ? ` ${loc.file}${loc.line ? `:${loc.line}` : ''}` : ''}: ${m}`)),
        debug: (m) => {
            if (options.debug)
                write(mask(`debug: ${m}`));
        },
        group: async (name, fn) => {
            write(mask(`▸ ${name}`));
            return fn();
        },
        setSecret: (value) => {
            if (value && !secrets.includes(value))
                secrets.push(value);
        },
    };
}
/** A Logger that drops everything (for library calls where the caller does not care). */
const silentLogger = {
    info: () => undefined,
    warning: () => undefined,
    debug: () => undefined,
    group: (_name, fn) => fn(),
    setSecret: () => undefined,
};


/***/ }),

/***/ 4473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readRunnerEnvironment),
/* harmony export */   U: () => (/* binding */ NPM_TOKEN_VARIABLES)
/* harmony export */ });
/** Variables through which an npm token reaches `npm publish` (setup-node writes NODE_AUTH_TOKEN into .npmrc). */
const NPM_TOKEN_VARIABLES = ['NODE_AUTH_TOKEN', 'NPM_TOKEN', 'NPM_AUTH_TOKEN', 'npm_config__authToken', 'NPM_CONFIG__AUTHTOKEN'];
/** The RunnerEnvironment from an environment map (the entries pass `process.env`); empty values count as unset. */
function readRunnerEnvironment(env) {
    const get = (name) => (env[name] ? env[name] : undefined);
    const requestUrl = get('ACTIONS_ID_TOKEN_REQUEST_URL');
    const requestToken = get('ACTIONS_ID_TOKEN_REQUEST_TOKEN');
    return {
        repository: get('GITHUB_REPOSITORY'),
        workflowRef: get('GITHUB_WORKFLOW_REF'),
        ref: get('GITHUB_REF'),
        serverUrl: get('GITHUB_SERVER_URL'),
        apiUrl: get('GITHUB_API_URL'),
        tempDir: get('RUNNER_TEMP'),
        onGitHubActions: env.GITHUB_ACTIONS === 'true',
        oidc: requestUrl || requestToken ? { requestUrl, requestToken } : undefined,
        python: get('RELEASE_RELAY_PYTHON'),
        npmTokenVariables: NPM_TOKEN_VARIABLES.filter((v) => get(v)),
    };
}


/***/ }),

/***/ 90651:
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


/***/ })

};

//# sourceMappingURL=712.index.js.map