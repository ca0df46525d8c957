export const id = 282;
export const ids = [282];
export const modules = {

/***/ 43282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCoverage: () => (/* binding */ checkCoverage),
  parseCobertura: () => (/* binding */ parseCobertura),
  parseCoverageJson: () => (/* binding */ parseCoverageJson),
  parseLcov: () => (/* binding */ parseLcov),
  parseThreshold: () => (/* reexport */ parseThreshold),
  readCoverageReport: () => (/* binding */ readCoverageReport)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
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

;// CONCATENATED MODULE: ./src/reports/coverage.ts



function percent(covered, total) {
    // Nothing to measure counts as fully covered, as coverage.py and lcov do.
    return total > 0 ? (covered / total) * 100 : 100;
}
function bad(source, what, hint) {
    return new errors/* ReleaseError */.K2('BAD_INPUT', `Coverage report ${source} ${what}.`, hint);
}
const xmlParser = new XMLParser/* default */.A({ ignoreAttributes: false, attributeNamePrefix: '@', parseAttributeValue: false, parseTagValue: false });
/** Parses a Cobertura XML report (coverage.py `coverage xml`, pytest-cov `--cov-report=xml`, jest). */
function parseCobertura(xml, file = '') {
    const source = file || '(cobertura xml)';
    const valid = fxp/* XMLValidator */.iI.validate(xml);
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
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Coverage report ${file} was not found.`, 'Make the test command write it (pytest --cov --cov-report=xml:FILE), or point input "coverage-report" at the file it writes.');
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



/***/ })

};

//# sourceMappingURL=282.index.js.map