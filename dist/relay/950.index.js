export const id = 950;
export const ids = [950,129];
export const modules = {

/***/ 5543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ describeArtifacts),
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);





/** The hex SHA-256 of a file, read as a stream (distributions can be large). */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    try {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
            hash.update(chunk);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseError */ .K2('BAD_INPUT', `Cannot read ${path} to compute its digest: ${err.message}`, 'Check that the build wrote the file and that it is readable.', { cause: err });
    }
    return hash.digest('hex');
}
/** File name, SHA-256 and size of each file, in the order given: the records the release context carries. */
async function describeArtifacts(files) {
    const records = [];
    for (const file of files) {
        const sha256 = await sha256File(file);
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file);
        records.push({ file: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(file), sha256, size });
    }
    return records;
}


/***/ }),

/***/ 839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ getFullAdapter)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8551);


/** The adapter for `dir` (or the named ecosystem) with its gate and publish members; refuses one without them. */
async function getFullAdapter(dir, requested) {
    const adapter = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .detectEcosystem */ .WZ)(dir, requested);
    const full = adapter;
    if (typeof full.build !== 'function' || typeof full.publish !== 'function') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('UNKNOWN_ECOSYSTEM', `The ${adapter.name} adapter cannot build or publish yet.`, 'Use an ecosystem with a full adapter (python, npm).');
    }
    return adapter;
}


/***/ }),

/***/ 9129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCoverage: () => (/* binding */ checkCoverage),
/* harmony export */   parseCobertura: () => (/* binding */ parseCobertura),
/* harmony export */   parseCoverageJson: () => (/* binding */ parseCoverageJson),
/* harmony export */   parseLcov: () => (/* binding */ parseLcov),
/* harmony export */   parseThreshold: () => (/* binding */ parseThreshold),
/* harmony export */   readCoverageReport: () => (/* binding */ readCoverageReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1143);
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5824);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);



function percent(covered, total) {
    // Nothing to measure counts as fully covered, as coverage.py and lcov do.
    return total > 0 ? (covered / total) * 100 : 100;
}
function bad(source, what, hint) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('BAD_INPUT', `Coverage report ${source} ${what}.`, hint);
}
const xmlParser = new fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A({ ignoreAttributes: false, attributeNamePrefix: '@', parseAttributeValue: false, parseTagValue: false });
/** Parses a Cobertura XML report (coverage.py `coverage xml`, pytest-cov `--cov-report=xml`, jest). */
function parseCobertura(xml, file = '') {
    const source = file || '(cobertura xml)';
    const valid = fast_xml_parser__WEBPACK_IMPORTED_MODULE_3__/* .XMLValidator */ .iI.validate(xml);
    if (valid !== true)
        throw bad(source, `is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`, 'Let the test run finish writing it; a killed run leaves a truncated file.');
    const doc = xmlParser.parse(xml);
    const root = doc.coverage;
    if (typeof root !== 'object' || root === null)
        throw bad(source, 'has no <coverage> root element', 'Write the report as Cobertura XML (pytest --cov-report=xml:FILE).');
    const n = (attr) => {
        const raw = root[`@${attr}`];
        const v = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
        return Number.isFinite(v) ? v : undefined;
    };
    const linesValid = n('lines-valid');
    const linesCovered = n('lines-covered');
    let linePercent;
    if (linesValid !== undefined && linesCovered !== undefined)
        linePercent = percent(linesCovered, linesValid);
    else {
        const rate = n('line-rate');
        if (rate === undefined)
            throw bad(source, 'has neither lines-valid/lines-covered nor line-rate', 'Write the report with coverage.py or another Cobertura writer.');
        linePercent = rate * 100;
    }
    const branchesValid = n('branches-valid');
    const branchesCovered = n('branches-covered');
    let branchPercent;
    // coverage.py writes branch-rate="0" branches-valid="0" when branches were not measured.
    if (branchesValid !== undefined && branchesCovered !== undefined)
        branchPercent = branchesValid > 0 ? percent(branchesCovered, branchesValid) : undefined;
    else if (n('branch-rate') !== undefined)
        branchPercent = n('branch-rate') * 100;
    return { format: 'cobertura', linePercent, branchPercent, file };
}
/** Parses coverage.py's `coverage json` report (its `totals`). */
function parseCoverageJson(json, file = '') {
    const source = file || '(coverage json)';
    let doc;
    try {
        doc = JSON.parse(json);
    }
    catch (err) {
        throw bad(source, `is not valid JSON (${err.message})`, 'Let the test run finish writing it (coverage json -o FILE).');
    }
    const totals = doc?.totals;
    if (typeof totals !== 'object' || totals === null)
        throw bad(source, 'has no "totals" object', "Write it with coverage.py's `coverage json`.");
    const num = (k) => (typeof totals[k] === 'number' ? totals[k] : undefined);
    const statements = num('num_statements');
    const covered = num('covered_lines');
    let linePercent;
    if (statements !== undefined && covered !== undefined)
        linePercent = percent(covered, statements);
    else if (num('percent_covered') !== undefined)
        linePercent = num('percent_covered');
    else
        throw bad(source, 'has no totals.num_statements/covered_lines or totals.percent_covered', "Write it with coverage.py's `coverage json`.");
    const branches = num('num_branches');
    const coveredBranches = num('covered_branches');
    const branchPercent = branches !== undefined && coveredBranches !== undefined && branches > 0 ? percent(coveredBranches, branches) : undefined;
    return { format: 'coverage-json', linePercent, branchPercent, file };
}
/** Parses an LCOV tracefile, summing LF/LH (lines) and BRF/BRH (branches) over every record. */
function parseLcov(text, file = '') {
    const sums = { LF: 0, LH: 0, BRF: 0, BRH: 0 };
    let records = 0;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line.startsWith('SF:'))
            records++;
        const m = /^(LF|LH|BRF|BRH):(\d+)$/.exec(line);
        if (m)
            sums[m[1]] += Number(m[2]);
    }
    if (!records)
        throw bad(file || '(lcov)', 'has no SF: records', 'Write the report in LCOV format (e.g. c8 --reporter=lcov, coverage lcov).');
    return { format: 'lcov', linePercent: percent(sums.LH, sums.LF), branchPercent: sums.BRF > 0 ? percent(sums.BRH, sums.BRF) : undefined, file };
}
/** Reads a coverage report and parses it by its content: Cobertura XML, coverage.py JSON, or LCOV. */
async function readCoverageReport(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('BAD_INPUT', `Coverage report ${file} was not found.`, 'Make the test command write it (pytest --cov --cov-report=xml:FILE), or point input "coverage-report" at the file it writes.');
    }
    const head = text.trimStart();
    if (head.startsWith('<'))
        return parseCobertura(text, file);
    if (head.startsWith('{'))
        return parseCoverageJson(text, file);
    if (/^(TN|SF):/m.test(head))
        return parseLcov(text, file);
    throw bad(file, 'is in no format release-relay reads', 'Write Cobertura XML (pytest --cov-report=xml:FILE), coverage.py JSON (coverage json) or LCOV.');
}
const fmt = (p) => `${p.toFixed(2)}%`;
/**
 * Compares a report to a threshold (0–100). With `branches`, branch coverage must reach it too, and a report
 * without branch data fails (the evidence is missing, so the gate does not guess).
 */
function checkCoverage(report, threshold, options = {}) {
    const where = report.file ? ` (${report.file})` : '';
    const lineOk = report.linePercent >= threshold;
    const parts = [`line coverage ${fmt(report.linePercent)} ${lineOk ? '≥' : '<'} threshold ${fmt(threshold)}`];
    let ok = lineOk;
    if (options.branches) {
        if (report.branchPercent === undefined) {
            ok = false;
            parts.push('branch coverage was requested but the report has no branch data (run pytest with --cov-branch)');
        }
        else {
            const branchOk = report.branchPercent >= threshold;
            ok &&= branchOk;
            parts.push(`branch coverage ${fmt(report.branchPercent)} ${branchOk ? '≥' : '<'} threshold ${fmt(threshold)}`);
        }
    }
    return { ok, detail: `${parts.join('; ')}${where}` };
}
/** Parses input `coverage-threshold`: '' or undefined → undefined; a number 0–100 (a trailing % is allowed). */
function parseThreshold(input) {
    if (input === undefined || input.trim() === '')
        return undefined;
    const text = input.trim().replace(/%$/, '').trim();
    const value = /^[+]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : NaN;
    if (!Number.isFinite(value) || value < 0 || value > 100) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('BAD_INPUT', `Input "coverage-threshold" (${input}) is not a number from 0 to 100.`, 'Set coverage-threshold to a percentage such as 80, or leave it empty to skip the coverage check.');
    }
    return value;
}


/***/ }),

/***/ 3950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qualityGate: () => (/* binding */ qualityGate)
});

// UNUSED EXPORTS: rejectionIssueBody

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/combinators.ts
var combinators = __webpack_require__(4192);
// EXTERNAL MODULE: ./src/core/context.ts
var core_context = __webpack_require__(8480);
// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(2642);
// EXTERNAL MODULE: ./src/core/files.ts
var files = __webpack_require__(9928);
// EXTERNAL MODULE: ./src/core/log.ts
var log = __webpack_require__(4325);
// EXTERNAL MODULE: ./src/changelog/tags.ts + 1 modules
var tags = __webpack_require__(2711);
// EXTERNAL MODULE: ./src/ecosystems/pipeline.ts
var pipeline = __webpack_require__(839);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/reports/coverage.ts
var coverage = __webpack_require__(9129);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(1143);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(5824);
;// CONCATENATED MODULE: ./src/reports/junit.ts


const parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseAttributeValue: false,
    parseTagValue: false,
    isArray: (name) => ['testsuites', 'testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
});
function children(node, tag) {
    if (typeof node !== 'object' || node === null)
        return [];
    const value = node[tag];
    if (!Array.isArray(value))
        return [];
    // `<skipped/>` parses to '' rather than an object; keep it as an (empty) element.
    return value.map((v) => (typeof v === 'object' && v !== null ? v : {}));
}
function num(node, attr) {
    const raw = node[`@${attr}`];
    if (typeof raw !== 'string' || raw.trim() === '')
        return undefined;
    const n = Number(raw.replace(/,/g, ''));
    return Number.isFinite(n) ? n : undefined;
}
function collectCases(suite, out) {
    for (const tc of children(suite, 'testcase')) {
        const classname = typeof tc['@classname'] === 'string' ? tc['@classname'] : '';
        const name = typeof tc['@name'] === 'string' ? tc['@name'] : '(unnamed)';
        let outcome = 'passed';
        if (children(tc, 'error').length)
            outcome = 'error';
        else if (children(tc, 'failure').length)
            outcome = 'failed';
        else if (children(tc, 'skipped').length)
            outcome = 'skipped';
        out.push({ name: classname ? `${classname}::${name}` : name, outcome, timeS: num(tc, 'time') ?? 0 });
    }
    // Some reporters nest suites inside suites.
    for (const nested of children(suite, 'testsuite'))
        collectCases(nested, out);
}
/**
 * Reads every test case of a JUnit XML report (pytest `--junitxml`, jest-junit, vitest, node --test's junit
 * reporter): a `<testsuites>` root (test cases in its suites or, as node writes them, straight under it) or a
 * single `<testsuite>`. Throws BAD_INPUT when the XML is malformed or holds no test suite.
 */
function parseJUnitCases(xml, source = 'JUnit report') {
    const valid = fxp/* XMLValidator */.iI.validate(xml);
    if (valid !== true) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${source} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`, 'Make sure the test run finished writing the report (a killed run leaves a truncated file), and that the test command writes JUnit XML (pytest --junitxml=FILE).');
    }
    const doc = parser.parse(xml);
    const roots = children(doc, 'testsuites');
    const suites = roots.length ? roots.flatMap((r) => children(r, 'testsuite')) : children(doc, 'testsuite');
    if (!roots.length && !suites.length) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${source} has neither <testsuites> nor <testsuite> at its root.`, 'Point the gate at a JUnit XML report (pytest --junitxml=FILE).');
    }
    const cases = [];
    // Node's junit reporter puts top-level tests straight under <testsuites>, without a <testsuite>.
    for (const node of roots.length ? roots : suites)
        collectCases(node, cases);
    const rootTime = roots.length === 1 ? num(roots[0], 'time') : undefined;
    const suiteTimes = suites.map((s) => num(s, 'time'));
    const durationS = rootTime ?? (suiteTimes.every((t) => t !== undefined) && suites.length ? suiteTimes.reduce((a, t) => a + (t ?? 0), 0) : cases.reduce((a, c) => a + c.timeS, 0));
    return { cases, durationS: Math.round(durationS * 1000) / 1000 };
}
/** Counts a list of test cases into a TestReport. */
function summarizeCases(cases, durationS) {
    const report = { passed: 0, failed: 0, skipped: 0, errors: 0, durationS, failedNames: [] };
    for (const c of cases) {
        if (c.outcome === 'passed')
            report.passed++;
        else if (c.outcome === 'skipped')
            report.skipped++;
        else {
            if (c.outcome === 'failed')
                report.failed++;
            else
                report.errors++;
            report.failedNames.push(c.name);
        }
    }
    return report;
}
/** Parses a JUnit XML report into counts and the names of the failed tests. Throws BAD_INPUT on malformed XML. */
function parseJUnit(xml, source) {
    const { cases, durationS } = parseJUnitCases(xml, source);
    return summarizeCases(cases, durationS);
}

;// CONCATENATED MODULE: ./src/gate/run-tests.ts




/** Exit code reported for an attempt killed at its deadline (as coreutils `timeout` does). */
const TIMEOUT_EXIT_CODE = 124;
/** Thrown inside the retry loop for an attempt with failing tests, so `retry` runs another one. */
class TestsFailedSignal extends Error {
    names;
    constructor(names) {
        super(`${names.length} test(s) failed: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`);
        this.names = names;
    }
}
const TAIL_LINES = 40;
const MAX_BUFFER = 256 * 1024;
function tail(text, lines = TAIL_LINES) {
    return text.trimEnd().split('\n').slice(-lines).join('\n');
}
/** True when the tests ran to the end, nothing failed (after retries) and the command exited 0. */
function testRunPassed(result) {
    return !result.timedOut && result.exitCode === 0 && result.report.failed === 0 && result.report.errors === 0;
}
/**
 * Runs a test command with a per-attempt timeout (which kills the whole process tree) and retries after
 * failing tests, rerunning only the failed ones when `rerunFailedArgs` is given. Counts always come from the
 * JUnit XML report, never from console text. Throws only when the command could not give evidence at all
 * (it did not start, or exited without writing a report).
 */
async function runTests(opts) {
    const [file, ...baseArgs] = opts.command;
    if (!file)
        throw new errors/* ReleaseError */.K2('BAD_INPUT', 'Input "test-command" is empty.', 'Give the test command, e.g. "python -m pytest".');
    const timeoutBudget = Math.min(opts.timeoutRetries ?? 0, opts.retries);
    const log = [];
    let timeoutsRetried = 0;
    const runAttempt = async (signal) => {
        const previous = log[log.length - 1];
        // Only a finished attempt tells which tests failed; after a timeout the whole suite reruns.
        const rerunOnlyFailed = !!opts.rerunFailedArgs?.length && previous !== undefined && previous.cases !== undefined;
        const args = rerunOnlyFailed ? [...baseArgs, ...(opts.rerunFailedArgs ?? [])] : baseArgs;
        await (0,promises_.rm)(opts.junitFile, { force: true });
        let output = '';
        const started = Date.now();
        const attempt = { durationS: 0, exitCode: TIMEOUT_EXIT_CODE, timedOut: false, output: '', rerunOnlyFailed };
        log.push(attempt);
        opts.logger.info(`test attempt ${log.length}: ${file} ${args.join(' ')}`);
        try {
            const result = await opts.exec(file, args, {
                cwd: opts.cwd,
                env: opts.env,
                signal,
                check: false,
                onOutput: (chunk) => {
                    output += chunk;
                    if (output.length > MAX_BUFFER)
                        output = output.slice(-MAX_BUFFER / 2);
                    for (const line of chunk.trimEnd().split('\n'))
                        opts.logger.debug(line);
                },
            });
            attempt.exitCode = result.code;
        }
        catch (err) {
            attempt.output = output;
            attempt.durationS = (Date.now() - started) / 1000;
            if ((0,errors/* isReleaseError */.q8)(err, 'TIMEOUT')) {
                attempt.timedOut = true;
                return attempt;
            }
            throw err;
        }
        attempt.output = output;
        let xml;
        try {
            xml = await (0,promises_.readFile)(opts.junitFile, 'utf8');
        }
        catch {
            throw new errors/* ReleaseError */.K2('COMMAND_FAILED', `The test command (${file} ${args.join(' ')}) exited with ${attempt.exitCode} and wrote no JUnit report at ${opts.junitFile}:\n${tail(output, 15)}`, `Make the test command write JUnit XML to that file (pytest --junitxml=${opts.junitFile}), and fix the error above.`);
        }
        const parsed = parseJUnitCases(xml, `JUnit report ${opts.junitFile}`);
        attempt.cases = parsed.cases;
        attempt.durationS = parsed.durationS;
        return attempt;
    };
    const oneAttempt = async (_input, ctx) => {
        let running;
        const bounded = (0,combinators/* timeout */.wR)(async (_i, inner) => {
            running = runAttempt(inner.signal);
            return running;
        }, opts.timeoutMs, 'test run');
        let attempt;
        try {
            attempt = await bounded(undefined, ctx);
        }
        catch (err) {
            // The deadline fired: wait until the killed process tree has actually exited before going on.
            if (running)
                await running.catch(() => undefined);
            throw err;
        }
        if (attempt.timedOut) {
            // Killed through the caller's signal rather than our deadline.
            throw new errors/* ReleaseError */.K2('TIMEOUT', 'The test run was aborted', 'Raise the timeout of the step that runs the gate.');
        }
        const failed = attempt.cases?.filter((c) => c.outcome === 'failed' || c.outcome === 'error').map((c) => c.name) ?? [];
        if (failed.length)
            throw new TestsFailedSignal(failed);
        return attempt;
    };
    const ctx = (0,combinators/* createStepContext */.YC)('quality-gate', opts.logger);
    ctx.signal = opts.signal;
    const withRetries = (0,combinators/* retry */.L5)(oneAttempt, {
        attempts: opts.retries + 1,
        baseDelayMs: opts.retryDelayMs ?? 1000,
        backoff: 'constant',
        jitter: 0,
        isTransient: (err) => {
            if (err instanceof TestsFailedSignal)
                return true;
            if ((0,errors/* isReleaseError */.q8)(err, 'TIMEOUT') && !opts.signal?.aborted && timeoutsRetried < timeoutBudget) {
                timeoutsRetried++;
                return true;
            }
            return false;
        },
    });
    try {
        await withRetries(undefined, ctx);
    }
    catch (err) {
        const expected = err instanceof TestsFailedSignal || ((0,errors/* isReleaseError */.q8)(err, 'TIMEOUT') && !opts.signal?.aborted);
        if (!expected)
            throw err;
    }
    return mergeAttempts(log);
}
/** Folds the attempts into one picture: each test's last outcome wins; failed-then-passed tests are flaky. */
function mergeAttempts(log) {
    const outcome = new Map();
    const everFailed = new Set();
    for (const attempt of log) {
        for (const c of attempt.cases ?? []) {
            outcome.set(c.name, c);
            if (c.outcome === 'failed' || c.outcome === 'error')
                everFailed.add(c.name);
        }
    }
    const finalCases = [...outcome.values()];
    const durationS = Math.round(log.reduce((a, t) => a + t.durationS, 0) * 1000) / 1000;
    const report = summarizeCases(finalCases, durationS);
    const flaky = finalCases.filter((c) => c.outcome === 'passed' && everFailed.has(c.name)).map((c) => c.name);
    const last = log[log.length - 1];
    return {
        report,
        attempts: log.length,
        timedOut: last.timedOut,
        exitCode: last.timedOut ? TIMEOUT_EXIT_CODE : last.exitCode,
        outputTail: tail(last.output),
        flaky,
    };
}

// EXTERNAL MODULE: ./src/versioning/scheme.ts
var versioning_scheme = __webpack_require__(2053);
// EXTERNAL MODULE: ./src/stages/repository.ts
var repository = __webpack_require__(6559);
;// CONCATENATED MODULE: ./src/stages/quality-gate.ts

















/** Derives a context for a tag-triggered run from the tag and the version file; refuses if they disagree. */
async function contextFromTag(o, root, git) {
    const packageDir = o.packageDir ?? '.';
    const adapter = await (0,pipeline/* getFullAdapter */.x)((0,files/* resolveInside */.LI)(root, packageDir, 'package-dir'), o.ecosystem ?? 'auto');
    const info = await adapter.readPackage(root, packageDir);
    const scheme = (0,versioning_scheme/* getScheme */.m)(info.scheme);
    const template = o.tagTemplate ?? 'v{version}';
    const rawTag = (o.tag ?? process.env.GITHUB_REF ?? '').replace(/^refs\/tags\//, '');
    if (!rawTag)
        throw new errors/* ReleaseError */.K2('BAD_CONTEXT', 'There is no release context and no tag to derive one from.', 'Pass `context` from prepare-release, or run on a tag push (refs/tags/v1.2.3) or set `tag`.');
    const tagVersion = (0,tags/* parseTag */.ED)(template, rawTag, info.name);
    if (tagVersion === null)
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Tag "${rawTag}" does not match tag-template "${template}".`, 'Push a tag that matches the template, or set tag-template.');
    const version = scheme.normalize(tagVersion, 'tag');
    const fileVersion = scheme.normalize(info.version, 'version file');
    if (!info.versionFromVcs && scheme.compare(version, fileVersion) !== 0) {
        throw new errors/* ReleaseError */.K2('CONTEXT_MISMATCH', `Tag ${rawTag} says ${version} but ${info.versionFiles.join(', ')} says ${fileVersion}.`, 'Tag the commit whose version files carry that version (run prepare-release first), or fix the tag.');
    }
    const sha = await git.head();
    const slug = (0,repository/* repoFromSlug */.u)(process.env.GITHUB_REPOSITORY) ?? (0,repository/* repoFromRemoteUrl */.A)(await git.remoteUrl('origin'));
    const context = (0,core_context/* newContext */.CA)({
        repository: { owner: slug?.owner ?? '', name: slug?.name ?? '', ref: `refs/tags/${rawTag}`, sha },
        package: { ecosystem: adapter.name, name: info.name, dir: packageDir, version_files: info.versionFiles },
    });
    context.version = { previous: '', next: version, scheme: scheme.name, bump: 'tag', reason: `tag ${rawTag} was pushed`, released: true, tag: (0,tags/* formatTag */._3)(template, { version, name: info.name }) };
    return { context, adapter, info };
}
/** Renders the rejection issue's body: each failed check with its evidence. */
function rejectionIssueBody(ctx, failed) {
    const v = ctx.version?.next ?? '?';
    const lines = [
        `The quality gate rejected release **${v}** of \`${ctx.package.name}\` at commit ${ctx.repository.sha}.`,
        '',
        '| check | result |',
        '|---|---|',
        ...(ctx.gate?.checks ?? []).map((c) => `| ${c.name} | ${c.skipped ? 'skipped' : c.ok ? 'passed' : '**failed**'} |`),
        '',
        '## Why',
        '',
    ];
    for (const c of failed)
        lines.push(`### ${c.name}`, '', '```', (c.detail ?? 'failed').slice(0, 3000), '```', '');
    lines.push(`_Updated by release-relay quality-gate, run ${ctx.id}._`);
    return lines.join('\n');
}
/**
 * quality-gate: runs the tests (timeout + retry of failures), checks coverage from the real report, builds
 * the distributions once, installs them in a clean environment, waits for the commit's other CI checks,
 * and approves or rejects. A rejection writes the context, opens or updates one issue, and then fails.
 */
async function qualityGate(options, deps = {}) {
    const run = deps.exec ?? exec/* exec */.m;
    const logger = deps.logger ?? log/* silentLogger */.q;
    const sctx = (0,combinators/* createStepContext */.YC)('quality-gate', logger);
    const env = { exec: run, logger, tools: options.tools ?? {} };
    const cwd = (0,external_node_path_.resolve)(options.cwd ?? process.cwd());
    const git = new git_git/* Git */.TU(cwd, run);
    const loaded = await (0,combinators/* instrumented */.RC)('load context', async () => {
        const root = await git.topLevel();
        if (options.context) {
            const context = structuredClone(options.context);
            const adapter = await (0,pipeline/* getFullAdapter */.x)((0,files/* resolveInside */.LI)(root, context.package.dir, 'package-dir'), context.package.ecosystem);
            const info = await adapter.readPackage(root, context.package.dir);
            const scheme = (0,versioning_scheme/* getScheme */.m)(info.scheme);
            const next = context.version?.next ?? '';
            if (!context.version?.released)
                throw new errors/* ReleaseError */.K2('NOT_APPROVED', 'The release context says nothing was released, so there is nothing to gate.', 'Skip the gate when prepare-release outputs released=false.');
            if (!info.versionFromVcs && scheme.compare(scheme.normalize(info.version, 'version file'), next) !== 0) {
                throw new errors/* ReleaseError */.K2('CONTEXT_MISMATCH', `The context is for version ${next} but ${info.versionFiles.join(', ')} says ${info.version}.`, 'Check out the release commit (release_commit.sha from prepare-release) before the gate.');
            }
            const head = await git.head();
            if (context.release_commit?.sha && context.release_commit.sha !== head && !context.dry_run) {
                throw new errors/* ReleaseError */.K2('CONTEXT_MISMATCH', `The context's release commit is ${context.release_commit.sha.slice(0, 7)} but HEAD is ${head.slice(0, 7)}.`, 'Check out the release commit (ref: the commit-sha output of prepare-release).');
            }
            return { root, context, adapter, info };
        }
        return { root, ...(await contextFromTag(options, root, git)) };
    })(undefined, sctx);
    const { root, adapter, info } = loaded;
    const context = loaded.context;
    context.timeline.push(...sctx.timeline);
    sctx.timeline = context.timeline;
    const version = context.version?.next;
    const packageDir = (0,files/* resolveInside */.LI)(root, context.package.dir, 'package-dir');
    const artifactName = `release-${version}`;
    const artifactDir = options.artifactDir ? (0,external_node_path_.resolve)(cwd, options.artifactDir) : (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'release-relay', artifactName);
    // The build empties the artifact dir first: one that is (or contains) the repository would delete it.
    const holds = (dir) => {
        const rel = (0,external_node_path_.relative)(artifactDir, dir);
        return rel === '' || !(rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel));
    };
    if (holds(root) || holds(packageDir)) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "artifact-dir" (${options.artifactDir}) holds the working tree (${root}); the gate empties it before building.`, 'Use a directory of its own, e.g. dist-release or one under $RUNNER_TEMP (the default).');
    }
    const reportDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relay-reports-'));
    const checks = [];
    const gate = { status: 'rejected', reasons: [], checks, artifact_dir: artifactDir, artifact_name: artifactName };
    context.gate = gate;
    try {
        // 2. Tests, with timeout and retries of the failed ones; counts from the JUnit report.
        const plan = options.testCommand
            ? { argv: options.testCommand, junitFile: (0,external_node_path_.resolve)(packageDir, options.junitFile ?? 'junit.xml'), coverageFile: options.coverageReport ? (0,external_node_path_.resolve)(packageDir, options.coverageReport) : undefined, rerunFailedArgs: undefined, env: undefined }
            : await adapter.defaultTestCommand(env, { packageDir, reportDir, info });
        // A coverage report older than this run (left in the tree by an earlier run) is not evidence.
        const testsStartedMs = Date.now();
        const tests = await (0,combinators/* instrumented */.RC)('run tests', async (_, c) => runTests({ command: plan.argv, cwd: packageDir, junitFile: plan.junitFile, timeoutMs: options.testTimeoutMs ?? 20 * 60_000, retries: options.testRetries ?? 1, rerunFailedArgs: plan.rerunFailedArgs, env: plan.env, exec: run, logger, signal: c.signal }))(undefined, sctx).catch((err) => ({ error: err }));
        if ('error' in tests) {
            checks.push({ name: 'tests', ok: false, detail: (0,errors/* describeError */.Uc)(tests.error) });
        }
        else {
            const r = tests.report;
            gate.tests = { passed: r.passed, failed: r.failed + r.errors, skipped: r.skipped, duration_s: r.durationS, failed_names: r.failedNames, attempts: tests.attempts };
            const ok = !tests.timedOut && r.failed + r.errors === 0 && tests.exitCode === 0;
            const why = tests.timedOut ? `timed out after ${Math.round((options.testTimeoutMs ?? 1_200_000) / 1000)} s` : `${r.failed + r.errors} failed: ${r.failedNames.join(', ')}`;
            checks.push({ name: 'tests', ok, detail: ok ? `${r.passed} passed, ${r.skipped} skipped${tests.flaky.length ? `; flaky (passed on retry): ${tests.flaky.join(', ')}` : ''}` : `${why}\n${tests.outputTail}` });
        }
        // 3. Coverage from the real report.
        if (options.coverageThreshold !== undefined) {
            await (0,combinators/* instrumented */.RC)('check coverage', async () => {
                const file = plan.coverageFile;
                if (!file) {
                    checks.push({ name: 'coverage', ok: false, detail: `A coverage threshold of ${options.coverageThreshold}% is set but the test command writes no coverage report; set coverage-report.` });
                    return;
                }
                try {
                    const written = await (0,promises_.stat)(file).then((st) => st.mtimeMs, () => undefined);
                    // 2 s of slack for filesystems with coarse timestamps.
                    if (written !== undefined && written < testsStartedMs - 2000) {
                        checks.push({ name: 'coverage', ok: false, detail: `The coverage report ${file} was not written by this test run (last modified ${new Date(written).toISOString()}, before the tests started); make the test command write it.` });
                        return;
                    }
                    const report = await (0,coverage.readCoverageReport)(file);
                    const verdict = (0,coverage.checkCoverage)(report, options.coverageThreshold, { branches: options.coverageBranches });
                    gate.coverage = { percent: report.linePercent, threshold: options.coverageThreshold, branch_percent: report.branchPercent, report: file, format: report.format };
                    checks.push({ name: 'coverage', ok: verdict.ok, detail: verdict.detail });
                }
                catch (err) {
                    checks.push({ name: 'coverage', ok: false, detail: `No usable coverage report at ${file}: ${(0,errors/* describeError */.Uc)(err)}` });
                }
            })(undefined, sctx);
        }
        // 4. Optional integration tests.
        if (options.integrationCommand) {
            await (0,combinators/* instrumented */.RC)('run integration tests', async (_, c) => {
                const argv = options.integrationCommand;
                const r = await run(argv[0], argv.slice(1), { cwd: packageDir, check: false, timeoutMs: options.integrationTimeoutMs ?? 30 * 60_000, signal: c.signal }).catch((err) => ({ code: -1, stdout: '', stderr: (0,errors/* describeError */.Uc)(err) }));
                checks.push({ name: 'integration tests', ok: r.code === 0, detail: r.code === 0 ? 'passed' : `exit ${r.code}\n${(r.stderr || r.stdout).split('\n').slice(-20).join('\n')}` });
            })(undefined, sctx);
        }
        // 5. Build once; record digests.
        const built = await (0,combinators/* instrumented */.RC)('build distributions', async () => {
            await (0,promises_.rm)(artifactDir, { recursive: true, force: true });
            await (0,promises_.mkdir)(artifactDir, { recursive: true });
            const files = await adapter.build(env, { packageDir, outDir: artifactDir, isolated: options.isolatedBuild ?? true, tool: options.buildTool });
            return files;
        })(undefined, sctx).catch((err) => ({ error: err }));
        if ('error' in built) {
            checks.push({ name: 'build', ok: false, detail: (0,errors/* describeError */.Uc)(built.error) });
        }
        else {
            context.artifacts = await (0,digest/* describeArtifacts */.P)(built);
            checks.push({ name: 'build', ok: true, detail: context.artifacts.map((a) => `${a.file} ${a.sha256}`).join('\n') });
            // 6. Clean-environment install check.
            await (0,combinators/* instrumented */.RC)('clean install check', async () => {
                const readme = options.readmeExamples === false ? undefined : (0,external_node_path_.join)(packageDir, 'README.md');
                const result = await adapter.installCheck(env, { files: built, info, version, readmeFile: readme, exampleTags: options.exampleTags, smokeCommand: options.smokeCommand, installArgs: options.installArgs });
                gate.install_check = { ok: result.ok, python: result.runtime, log_excerpt: result.logExcerpt, examples_run: result.examplesRun };
                checks.push({ name: 'clean install', ok: result.ok, detail: result.ok ? `installed and imported; ${result.examplesRun} README example(s) ran` : `${result.reason ?? 'failed'}\n${result.logExcerpt ?? ''}` });
                // Annotations want repository-relative paths.
                if (result.failedExample)
                    logger.warning(`README example failed: ${result.failedExample.error}`, { file: (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(packageDir, result.failedExample.file)), line: result.failedExample.line });
            })(undefined, sctx);
        }
        // 7. The commit's other CI checks.
        const requireCi = options.requireCi ?? options.github !== undefined;
        if (requireCi) {
            await (0,combinators/* instrumented */.RC)('wait for CI checks', async () => {
                if (!options.github) {
                    checks.push({ name: 'ci', ok: false, detail: 'require-ci is on but no GitHub token/repository was given.' });
                    return;
                }
                const { waitForCi } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(250)]).then(__webpack_require__.bind(__webpack_require__, 6250));
                const ci = await waitForCi(options.github.client, {
                    owner: options.github.owner,
                    repo: options.github.repo,
                    sha: context.release_commit?.sha || context.repository.sha,
                    excludeCheckRunIds: options.checkRunId ? [options.checkRunId] : [],
                    excludeNames: options.excludeChecks,
                    timeoutMs: options.ciTimeoutMs ?? 30 * 60_000,
                    pollMs: options.ciPollMs ?? 10_000,
                });
                gate.ci = { state: ci.state, checks: ci.checks };
                const failing = ci.checks.filter((c) => !['success', 'neutral', 'skipped'].includes(c.state));
                const ok = ci.state === 'success' || ci.state === 'none';
                if (ci.state === 'none')
                    logger.warning('No other CI checks ran on the release commit.');
                checks.push({ name: 'ci', ok, detail: ok ? `${ci.checks.length} check(s) passed` : ci.state === 'timeout' ? `CI did not finish in time; pending: ${failing.map((c) => c.name).join(', ')}` : failing.map((c) => `${c.name}: ${c.state}${c.url ? ` ${c.url}` : ''}`).join('\n') });
            })(undefined, sctx);
        }
        else {
            checks.push({ name: 'ci', ok: true, skipped: true, detail: 'require-ci: false' });
        }
    }
    finally {
        await (0,promises_.rm)(reportDir, { recursive: true, force: true });
    }
    // 8. Decision.
    const failed = checks.filter((c) => !c.ok);
    const approved = failed.length === 0;
    gate.status = approved ? 'approved' : 'rejected';
    gate.reasons = failed.map((c) => `${c.name}: ${(c.detail ?? 'failed').split('\n')[0]}`);
    if (!approved && (options.openIssue ?? options.github !== undefined) && options.github) {
        await (0,combinators/* instrumented */.RC)('open rejection issue', async () => {
            const { upsertBlockingIssue } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(39)]).then(__webpack_require__.bind(__webpack_require__, 5039));
            const gh = options.github;
            const issue = await upsertBlockingIssue(gh.client, { owner: gh.owner, repo: gh.repo, version, title: `Release ${version} blocked by the quality gate`, body: rejectionIssueBody(context, failed) });
            gate.issue_url = issue.url;
        })(undefined, sctx).catch((err) => logger.warning(`Could not open the rejection issue: ${(0,errors/* describeError */.Uc)(err)}`));
    }
    if (approved) {
        await (0,promises_.mkdir)(artifactDir, { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(artifactDir, 'release-context.json'), (0,core_context/* serializeContext */.yi)(context));
    }
    if (options.contextFile)
        await (0,core_context/* saveContext */.tn)(options.contextFile, context);
    const decision = approved
        ? `Approved ${context.package.name} ${version}: ${checks.filter((c) => !c.skipped).map((c) => c.name).join(', ')} passed; ${context.artifacts?.length ?? 0} file(s) built.`
        : `Rejected ${context.package.name} ${version}: ${gate.reasons.join('; ')}`;
    return { context, approved, decision, artifactDir, artifactName };
}


/***/ })

};

//# sourceMappingURL=950.index.js.map