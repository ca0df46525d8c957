export const id = 566;
export const ids = [566];
export const modules = {

/***/ 55543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ describeArtifacts)
/* harmony export */ });
/* unused harmony export sha256File */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);





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

/***/ 97891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VN: () => (/* binding */ emptyArtifactDir),
/* harmony export */   b$: () => (/* binding */ markArtifactDir),
/* harmony export */   cT: () => (/* binding */ claimArtifactDir),
/* harmony export */   l8: () => (/* binding */ artifactDirFor)
/* harmony export */ });
/* unused harmony export ARTIFACT_DIR_MARKER */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45383);
/**
 * The gate's artifact directory: the one directory the suite empties, so it must be one the suite made.
 * New → created and marked; marked (an earlier run of the gate) → reused; empty and untracked → marked;
 * anything else (tracked paths, `.git`, a non-empty directory of someone else) → refused before any work.
 */





/** The file that marks a directory as the gate's own. */
const ARTIFACT_DIR_MARKER = '.release-relay-artifacts';
const HINT = 'Point input `artifact-dir` at a new directory (or one an earlier gate run created), e.g. one under $RUNNER_TEMP (the default).';
/**
 * Where the gate's artifacts go: input `artifact-dir` (relative to `cwd`), else
 * `<tempDir or the OS temp dir>/release-relay/<name>`. The build empties it first, so a directory that is or
 * holds one of `keep` (the working tree at `root`, the package) is refused (BAD_INPUT) before any work.
 */
function artifactDirFor(input, o) {
    const dir = input ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(o.cwd, input) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(o.tempDir || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'release-relay', o.name);
    if (o.keep.some((kept) => (0,_core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isWithin */ .UO)(dir, kept))) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_INPUT', `Input "artifact-dir" (${input}) holds the working tree (${o.root}); the gate empties it before building.`, 'Use a directory of its own, e.g. dist-release or one under $RUNNER_TEMP (the default).');
    }
    return dir;
}
/**
 * Checks that `dir` may be (re)used as the artifact directory and claims it; nothing is deleted here.
 * `root` is the repository's top level (its `.git` and tracked paths are never used). `defaultDir`: the path
 * is the suite's default, not a user's input.
 */
async function claimArtifactDir(dir, root, git, options = {}) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, dir);
    const inside = rel !== '' && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel);
    if (inside) {
        if (rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).includes('.git')) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('PATH_ESCAPE', `Input "artifact-dir" (${rel}) is inside the repository's .git directory; the gate empties its artifact directory.`, HINT);
        }
        const tracked = (await git.out(['ls-files', '--', rel])).split('\n').filter(Boolean);
        if (tracked.length) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('PATH_ESCAPE', `Input "artifact-dir" (${rel}) holds ${tracked.length} tracked file(s) (${tracked.slice(0, 3).join(', ')}); the gate empties its artifact directory.`, HINT);
        }
    }
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir).catch((err) => {
        if (err.code === 'ENOENT')
            return null;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_INPUT', `Input "artifact-dir" (${dir}) cannot be read: ${err.message}`, HINT);
    });
    if (entries === null) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    }
    else {
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir)).isDirectory())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_INPUT', `Input "artifact-dir" (${dir}) is a file, not a directory.`, HINT);
        // The default (`$RUNNER_TEMP/release-relay/release-<version>`) is the suite's own path by construction.
        if (entries.length && !entries.includes(ARTIFACT_DIR_MARKER) && !options.defaultDir) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_INPUT', `Input "artifact-dir" (${dir}) is not empty (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}) and was not created by release-relay; the gate would empty it.`, HINT);
        }
    }
    await markArtifactDir(dir);
}
/** (Re)writes the marker: after a build tool that recreates its output directory. */
async function markArtifactDir(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, ARTIFACT_DIR_MARKER), 'Created by release-relay quality-gate: emptied and refilled on every run.\n');
}
/** Empties a claimed artifact directory, keeping its marker. */
async function emptyArtifactDir(dir) {
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)) {
        if (entry !== ARTIFACT_DIR_MARKER)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, entry), { recursive: true, force: true });
    }
}


/***/ }),

/***/ 41566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dX: () => (/* binding */ FAILED_CHECK),
  Po: () => (/* binding */ checkCi),
  Yn: () => (/* binding */ checkTests),
  LD: () => (/* binding */ decide),
  J2: () => (/* binding */ finishGate),
  bb: () => (/* binding */ installDependencies),
  TW: () => (/* binding */ openRejectionIssue),
  qualityGate: () => (/* binding */ qualityGate),
  rejectionIssueBody: () => (/* binding */ rejectionIssueBody),
  u7: () => (/* binding */ testPlan)
});

// UNUSED EXPORTS: describeVerdict

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/combinators.ts
var combinators = __webpack_require__(54192);
// EXTERNAL MODULE: ./src/core/context.ts
var core_context = __webpack_require__(78480);
// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(55543);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(72642);
// EXTERNAL MODULE: ./src/core/files.ts + 1 modules
var core_files = __webpack_require__(45383);
// EXTERNAL MODULE: ./src/core/http.ts
var http = __webpack_require__(1983);
// EXTERNAL MODULE: ./src/gate/artifact-dir.ts
var artifact_dir = __webpack_require__(97891);
// EXTERNAL MODULE: ./src/core/log.ts
var log = __webpack_require__(44325);
// EXTERNAL MODULE: ./src/changelog/tag-style.ts
var tag_style = __webpack_require__(38338);
// EXTERNAL MODULE: ./src/changelog/tags.ts
var tags = __webpack_require__(47701);
// EXTERNAL MODULE: ./src/commits/read.ts
var read = __webpack_require__(32056);
// EXTERNAL MODULE: ./src/changelog/locate.ts
var locate = __webpack_require__(95610);
// EXTERNAL MODULE: ./src/changelog/render.ts
var render = __webpack_require__(54552);
// EXTERNAL MODULE: ./src/changelog/styled.ts + 1 modules
var styled = __webpack_require__(805);
;// CONCATENATED MODULE: ./src/changelog/tag-notes.ts







/**
 * The release notes of a tag pushed by hand (no prepare-release before the gate): the tag's own section of
 * the project's changelog when it has one, else a section generated from the commits between the previous
 * release tag and this tag. publish-and-verify needs them for the annotated tag and the GitHub release.
 */
async function releaseNotesForTag(git, root, packageDir, o) {
    const located = await (0,locate/* locateChangelog */.v)(root, packageDir, o.changelogFile ? { path: o.changelogFile, from: 'input "changelog-file"' } : undefined);
    if (located.exists) {
        const text = await (0,promises_.readFile)((0,core_files/* resolveInside */.LI)((0,core_files/* resolveInside */.LI)(root, packageDir, 'package-dir'), located.path, 'changelog-file'), 'utf8');
        const section = (0,styled/* findSection */.rv)(text, (0,styled/* changelogFormat */.qZ)(located.path, text), o.version);
        if (section) {
            const lines = text.split(/\r?\n/).slice(section.start, section.end);
            while (lines.length > 0 && lines[lines.length - 1].trim() === '')
                lines.pop();
            const entries = lines.filter((l) => /^\s*[-*+]\s+\S/.test(l)).length;
            return { section_markdown: `${lines.join('\n')}\n`, entries, file: located.path };
        }
    }
    // The previous release is the newest release tag reachable from the tagged commit's parents.
    // A tag not fetched into this checkout (a gate given `tag` by hand): the checked-out commit stands for it.
    const tagged = (await git.revParse(`${o.tag}^{commit}`)) !== null ? `${o.tag}^{commit}` : 'HEAD';
    const parent = await git.revParse(`${tagged}^`);
    const previous = parent === null ? null : await (0,tags/* findLastReleaseTag */.$l)(git, { template: o.template, name: o.name, scheme: o.scheme, rev: parent });
    const commits = await (0,read/* readParsedCommits */.gW)(git, { from: previous?.sha ?? null, to: tagged });
    const rendered = (0,render/* renderSection */.YN)({ version: o.version, date: o.date, commits, repoUrl: o.repoUrl, previousTag: previous?.tag ?? null, tag: o.tag });
    return { section_markdown: rendered.markdown, entries: rendered.entries };
}

// EXTERNAL MODULE: ./src/ecosystems/adapters.ts + 3 modules
var adapters = __webpack_require__(6278);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(10308);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
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

;// CONCATENATED MODULE: ./src/gate/evidence.ts



/** The manifest a gate run leaves next to its test evidence. */
const MANIFEST = 'evidence.json';
/**
 * Copies a test run's JUnit XML and coverage report into `dir` with a small manifest, so that a later gate
 * of the same commit (the reusable workflow's build job) judges the same run instead of running the suite
 * again. Files the run did not write are left out.
 */
async function saveTestEvidence(dir, evidence) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const manifest = { reportFormat: evidence.reportFormat, exitCode: evidence.exitCode };
    if (await exists(evidence.junitFile)) {
        await (0,promises_.copyFile)(evidence.junitFile, (0,external_node_path_.join)(dir, 'junit.xml'));
        manifest.junit = 'junit.xml';
    }
    if (evidence.coverageFile && (await exists(evidence.coverageFile))) {
        // The coverage parser tells formats apart by name as well as content: keep the name.
        const name = `coverage-${(0,external_node_path_.basename)(evidence.coverageFile)}`;
        await (0,promises_.copyFile)(evidence.coverageFile, (0,external_node_path_.join)(dir, name));
        manifest.coverage = name;
    }
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, MANIFEST), `${JSON.stringify(manifest)}\n`);
}
/**
 * A test "command" that hands the gate the evidence saved in `dir` as this run's reports: it copies them
 * (with Node, on any runner) to where the gate reads them and exits with the saved run's exit code, so the
 * tests check (JUnit, or the exit code alone where the run wrote no report), the coverage check and the
 * freshness rules work as for a run of the suite. Throws BAD_INPUT when `dir` holds no evidence.
 */
/** The evidence manifest in `dir`; BAD_INPUT naming input "test-evidence" when there is none. */
async function readTestEvidence(dir) {
    try {
        return JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, MANIFEST), 'utf8'));
    }
    catch {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "test-evidence" is ${dir}, which holds no test evidence (${MANIFEST}).`, 'Point it at the directory a gate run wrote with "evidence-dir" (the downloaded evidence artifact), or leave it empty to run the tests.');
    }
}
async function testEvidencePlan(dir, reportDir) {
    const manifest = await readTestEvidence(dir);
    const pairs = [];
    const junitFile = (0,external_node_path_.join)(reportDir, 'evidence-junit.xml');
    if (manifest.junit)
        pairs.push((0,external_node_path_.join)(dir, manifest.junit), junitFile);
    const coverageFile = manifest.coverage ? (0,external_node_path_.join)(reportDir, manifest.coverage) : undefined;
    if (manifest.coverage && coverageFile)
        pairs.push((0,external_node_path_.join)(dir, manifest.coverage), coverageFile);
    // A run that could not start at all left no exit code: fail rather than pass.
    const code = manifest.exitCode ?? 1;
    const script = `const fs=require('fs');const a=process.argv.slice(1);for(let i=0;i<a.length;i+=2)fs.copyFileSync(a[i],a[i+1]);process.exitCode=${Number(code) | 0};`;
    return { argv: [process.execPath, '-e', script, ...pairs], junitFile, reportFormat: manifest.reportFormat, junitOptional: !manifest.junit, coverageFile };
}
async function exists(file) {
    return (0,promises_.stat)(file).then((s) => s.isFile(), () => false);
}

;// CONCATENATED MODULE: ./src/reports/jest-json.ts


const OUTCOMES = { passed: 'passed', failed: 'failed', pending: 'skipped', skipped: 'skipped', todo: 'skipped', disabled: 'skipped', focused: 'passed' };
/**
 * Reads the test cases of Jest's `--json --outputFile` results, named `<file>::<full name>` like JUnit
 * `classname::name`. A test file that failed to run (a syntax error, a failing import) has no assertions: it
 * counts as one error named after the file. Throws BAD_INPUT when the file is not Jest's JSON.
 */
function parseJestJson(text, source = 'Jest JSON results', cwd) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${source} is not JSON: ${err.message}`, 'Make sure the test run finished writing the results (jest --json --outputFile=FILE).');
    }
    if (!Array.isArray(doc.testResults))
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${source} has no "testResults".`, 'Point the gate at the file jest --json --outputFile writes.');
    const cases = [];
    let durationMs = 0;
    for (const file of doc.testResults) {
        const name = file.name ? (cwd ? (0,external_node_path_.relative)(cwd, file.name) : file.name) : '(test file)';
        if (file.startTime && file.endTime)
            durationMs += file.endTime - file.startTime;
        const assertions = file.assertionResults ?? [];
        if (!assertions.length && file.status === 'failed') {
            cases.push({ name, outcome: 'error', timeS: 0 });
            continue;
        }
        for (const a of assertions) {
            cases.push({ name: `${name}::${a.fullName ?? a.title ?? '(unnamed)'}`, outcome: OUTCOMES[a.status ?? ''] ?? 'error', timeS: (a.duration ?? 0) / 1000 });
        }
    }
    return { cases, durationS: Math.round(durationMs) / 1000 };
}

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
            if (opts.junitOptional) {
                attempt.noReport = true;
                attempt.durationS = (Date.now() - started) / 1000;
                return attempt;
            }
            throw new errors/* ReleaseError */.K2('COMMAND_FAILED', `The test command (${file} ${args.join(' ')}) exited with ${attempt.exitCode} and wrote no JUnit report at ${opts.junitFile}:\n${tail(output, 15)}`, `Make the test command write JUnit XML to that file (pytest --junitxml=${opts.junitFile}), and fix the error above.`);
        }
        const parsed = opts.reportFormat === 'jest-json' ? parseJestJson(xml, `Jest results ${opts.junitFile}`, opts.cwd) : parseJUnitCases(xml, `JUnit report ${opts.junitFile}`);
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
        // No report: the exit code is the only evidence, and a failing run is retried whole.
        if (attempt.noReport && attempt.exitCode !== 0)
            throw new TestsFailedSignal([]);
        return attempt;
    };
    const ctx = (0,combinators/* createStepContext */.YC)('quality-gate', opts.logger);
    ctx.signal = opts.signal;
    ctx.startTimer = opts.startTimer;
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
        counted: !last.noReport,
    };
}

// EXTERNAL MODULE: ./src/versioning/scheme.ts + 4 modules
var versioning_scheme = __webpack_require__(95634);
// EXTERNAL MODULE: ./src/github/repository.ts
var repository = __webpack_require__(90651);
;// CONCATENATED MODULE: ./src/stages/quality-gate.ts






















/** Derives a context for a tag-triggered run from the tag and the version file; refuses if they disagree. */
async function contextFromTag(o, root, git) {
    const packageDir = o.packageDir ?? '.';
    const adapter = await (0,adapters/* getFullAdapter */.xQ)((0,core_files/* resolveInside */.LI)(root, packageDir, 'package-dir'), o.ecosystem ?? 'auto');
    const info = await adapter.readPackage(root, packageDir);
    const scheme = (0,versioning_scheme/* getScheme */.m)(info.scheme);
    const config = o.tagTemplate === undefined && adapter.releaseConfig ? await adapter.releaseConfig(root, packageDir, info) : null;
    const rawTag = (o.tag ?? o.runner?.ref ?? '').replace(/^refs\/tags\//, '');
    if (!rawTag)
        throw new errors/* ReleaseError */.K2('BAD_CONTEXT', 'There is no release context and no tag to derive one from.', 'Pass `context` from prepare-release, or run on a tag push (refs/tags/v1.2.3) or set `tag`.');
    // Without a template: the release tooling's tag format, else the pushed tag's own style (v1.2.3, 1.2.3, name-1.2.3, name@1.2.3).
    const template = o.tagTemplate ?? config?.tagTemplate ?? (0,tag_style/* templateOfTag */.GF)(rawTag, info.name, scheme);
    const tagVersion = (0,tags/* parseTag */.ED)(template, rawTag, info.name);
    if (tagVersion === null)
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Tag "${rawTag}" does not match tag-template "${template}".`, 'Push a tag that matches the template, or set tag-template.');
    const version = scheme.normalize(tagVersion, 'tag');
    // A version derived from git tags has no file to compare with: the tag is the version.
    const fileVersion = info.versionFromVcs ? version : scheme.normalize(info.version, 'version file');
    if (scheme.compare(version, fileVersion) !== 0) {
        throw new errors/* ReleaseError */.K2('CONTEXT_MISMATCH', `Tag ${rawTag} says ${version} but ${info.versionFiles.join(', ')} says ${fileVersion}.`, 'Tag the commit whose version files carry that version (run prepare-release first), or fix the tag.');
    }
    const sha = await git.head();
    const slug = (0,repository/* repoFromSlug */.u)(o.runner?.repository) ?? (0,repository/* repoFromRemoteUrl */.A)(await git.remoteUrl('origin'));
    const context = (0,core_context/* newContext */.CA)({
        repository: { owner: slug?.owner ?? '', name: slug?.name ?? '', ref: `refs/tags/${rawTag}`, sha },
        package: { ecosystem: adapter.name, name: info.name, dir: packageDir, version_files: info.versionFiles, ...(info.versionSource ? { version_source: info.versionSource } : {}) },
    });
    context.version = { previous: '', next: version, scheme: scheme.name, bump: 'tag', reason: `tag ${rawTag} was pushed`, released: true, tag: (0,tags/* formatTag */._3)(template, { version, name: info.name }) };
    // publish-and-verify writes these notes into the annotated tag and the GitHub release.
    const repoUrl = slug ? `${(o.runner?.serverUrl ?? 'https://github.com').replace(/\/+$/, '')}/${slug.owner}/${slug.name}` : undefined;
    context.changelog = await releaseNotesForTag(git, root, packageDir, { tag: rawTag, version, template, name: info.name, scheme, repoUrl, date: new Date().toISOString().slice(0, 10) });
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
/** The gate's decision, a pure function of its checks. */
function decide(checks) {
    const failed = checks.filter((c) => !c.ok);
    return { approved: failed.length === 0, failed, reasons: failed.map((c) => `${c.name}: ${(c.detail ?? 'failed').split('\n')[0]}`) };
}
/** The decision in one sentence: what passed and what was built, or why it was rejected. */
function describeVerdict(verdict, checks, release) {
    return verdict.approved
        ? `Approved ${release.name} ${release.version}: ${checks.filter((c) => !c.skipped).map((c) => c.name).join(', ')} passed; ${release.files} file(s) built.`
        : `Rejected ${release.name} ${release.version}: ${verdict.reasons.join('; ')}`;
}
/**
 * quality-gate: runs the tests (timeout + retry of failures), checks coverage from the real report, builds
 * the distributions once, installs them in a clean environment, waits for the commit's other CI checks,
 * and approves or rejects. A rejection writes the context, opens or updates one issue, and then fails.
 */
async function qualityGate(options, deps = {}) {
    // A workspace release gates every released package (see quality-gate-workspace.ts).
    if (options.context?.workspace)
        return (await __webpack_require__.e(/* import() */ 796).then(__webpack_require__.bind(__webpack_require__, 60796))).workspaceGate(options, deps);
    const g = await loadGate(options, deps);
    const checks = [];
    try {
        await installDependencies(g);
        const plan = await testPlan(g);
        // A coverage report older than this run (left in the tree by an earlier run) is not evidence.
        const testsStartedMs = Date.now();
        const tested = await checkTests(g, plan);
        checks.push(tested);
        // Pass or fail travels with the reports: an exit-code-judged run has no report to tell.
        if (options.evidenceDir)
            await saveTestEvidence(options.evidenceDir, { junitFile: plan.junitFile, reportFormat: plan.reportFormat, coverageFile: plan.coverageFile, exitCode: tested.ok ? 0 : 1 });
        if (options.coverageThreshold !== undefined)
            checks.push(await checkCoverageReport(g, plan, options.coverageThreshold, testsStartedMs));
        if (options.integrationCommand)
            checks.push(await checkIntegrationTests(g, options.integrationCommand));
        const built = await buildDistributions(g);
        checks.push(built.check);
        if (built.files)
            checks.push(await checkCleanInstall(g, built.files));
        checks.push(await checkCi(g));
    }
    finally {
        await (0,promises_.rm)(g.reportDir, { recursive: true, force: true });
    }
    const verdict = decide(checks);
    g.gate.checks = checks;
    g.gate.status = verdict.approved ? 'approved' : 'rejected';
    g.gate.reasons = verdict.reasons;
    if (!verdict.approved)
        await openRejectionIssue(g, verdict.failed);
    return finishGate(g, verdict, checks);
}
/** Step 1: the context (from prepare-release, or derived from the tag), the adapter and where things go. */
async function loadGate(options, deps) {
    const run = deps.exec ?? exec/* exec */.m0;
    const logger = deps.logger ?? log/* silentLogger */.qq;
    const sctx = (0,combinators/* createStepContext */.YC)('quality-gate', logger);
    const env = { exec: run, logger, tools: options.tools ?? {}, runner: options.runner };
    const cwd = (0,external_node_path_.resolve)(options.cwd ?? process.cwd());
    const git = new git_git.Git(cwd, run);
    const loaded = await (0,combinators/* instrumented */.RC)('load context', async () => {
        const root = await git.topLevel();
        if (options.context) {
            const context = structuredClone(options.context);
            const adapter = await (0,adapters/* getFullAdapter */.xQ)((0,core_files/* resolveInside */.LI)(root, context.package.dir, 'package-dir'), context.package.ecosystem);
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
    const { root, adapter } = loaded;
    const info = { ...loaded.info, ...(options.importNames?.length ? { importNames: options.importNames } : {}) };
    for (const w of info.warnings ?? [])
        logger.warning(w);
    const context = loaded.context;
    context.timeline.push(...sctx.timeline);
    sctx.timeline = context.timeline;
    const version = context.version?.next;
    const packageDir = (0,core_files/* resolveInside */.LI)(root, context.package.dir, 'package-dir');
    const artifactName = `release-${version}`;
    const artifactDir = (0,artifact_dir/* artifactDirFor */.l8)(options.artifactDir, { cwd, tempDir: options.runner?.tempDir, name: artifactName, root, keep: [root, packageDir] });
    // Before any work: the artifact dir must be one the gate may empty, report paths must stay contained.
    // Evidence that is not there fails before the artifact dir is claimed (nothing written).
    if (options.testEvidence)
        await readTestEvidence(options.testEvidence);
    await (0,artifact_dir/* claimArtifactDir */.cT)(artifactDir, root, git, { defaultDir: options.artifactDir === undefined });
    const writable = [root, cwd, options.runner?.tempDir || (0,external_node_os_.tmpdir)()];
    if (options.junitFile !== undefined)
        (0,core_files/* resolveContained */.mi)(packageDir, options.junitFile, 'junit-file', writable);
    if (options.coverageReport !== undefined)
        (0,core_files/* resolveContained */.mi)(packageDir, options.coverageReport, 'coverage-report', writable);
    const reportDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relay-reports-'));
    const gate = { status: 'rejected', reasons: [], checks: [], artifact_dir: artifactDir, artifact_name: artifactName };
    context.gate = gate;
    return { options, run, sleep: deps.sleep, logger, sctx, env, context, gate, adapter, info, root, packageDir, version, artifactDir, reportDir };
}
/** The test command: the evidence of an earlier run, the given one (with its JUnit and coverage paths), or the ecosystem's default. */
async function testPlan(g) {
    const o = g.options;
    if (o.testEvidence)
        return { ...(await testEvidencePlan(o.testEvidence, g.reportDir)), rerunFailedArgs: undefined, env: undefined };
    return o.testCommand
        ? { argv: o.testCommand, junitFile: (0,external_node_path_.resolve)(g.packageDir, o.junitFile ?? 'junit.xml'), junitOptional: g.adapter.testsByExitCode === true, coverageFile: o.coverageReport ? (0,external_node_path_.resolve)(g.packageDir, o.coverageReport) : undefined, rerunFailedArgs: undefined, env: undefined }
        : g.adapter.defaultTestCommand(g.env, { packageDir: g.packageDir, reportDir: g.reportDir, info: g.info, coverage: o.coverageThreshold !== undefined, junitFile: o.junitFile, coverageReport: o.coverageReport });
}
/** Step 1b: the dependencies, with the package's own manager (optional; the workflow may have installed them). */
async function installDependencies(g) {
    if (!g.options.installDependencies)
        return;
    if (!g.adapter.installDependencies) {
        g.logger.warning(`install-dependencies is on, but the ${g.adapter.name} adapter leaves installing to the workflow; install them in a step before the gate.`);
        return;
    }
    const install = g.adapter.installDependencies.bind(g.adapter);
    await (0,combinators/* instrumented */.RC)('install dependencies', async () => g.logger.info(`installed dependencies: ${await install(g.env, { root: g.root, packageDir: g.packageDir })}`))(undefined, g.sctx);
}
/** Step 2: the tests, with timeout and retries of the failed ones; counts from the JUnit report. */
async function checkTests(g, plan) {
    const o = g.options;
    const tests = await (0,combinators/* instrumented */.RC)('run tests', async (_, c) => runTests({ command: plan.argv, cwd: g.packageDir, junitFile: plan.junitFile, reportFormat: plan.reportFormat, junitOptional: plan.junitOptional, timeoutMs: o.testTimeoutMs ?? 20 * 60_000, retries: o.testRetries ?? 1, rerunFailedArgs: plan.rerunFailedArgs, env: plan.env, exec: g.run, logger: g.logger, signal: c.signal }), { failed: (t) => t.timedOut || t.exitCode !== 0 || t.report.failed + t.report.errors > 0 })(undefined, g.sctx).catch((err) => ({ error: err }));
    if ('error' in tests)
        return { name: 'tests', ok: false, detail: (0,errors/* describeError */.Uc)(tests.error) };
    const r = tests.report;
    g.gate.tests = { passed: r.passed, failed: r.failed + r.errors, skipped: r.skipped, duration_s: r.durationS, failed_names: r.failedNames, attempts: tests.attempts };
    const ok = !tests.timedOut && r.failed + r.errors === 0 && tests.exitCode === 0;
    const why = tests.timedOut ? `timed out after ${Math.round((o.testTimeoutMs ?? 1_200_000) / 1000)} s` : !tests.counted || r.failed + r.errors === 0 ? `the test command exited with ${tests.exitCode}` : `${r.failed + r.errors} failed: ${r.failedNames.join(', ')}`;
    if (!tests.counted)
        g.gate.tests.counted = false;
    const passed = tests.counted
        ? `${r.passed} passed, ${r.skipped} skipped${tests.flaky.length ? `; flaky (passed on retry): ${tests.flaky.join(', ')}` : ''}`
        : `the test command exited 0${tests.attempts > 1 ? ` on attempt ${tests.attempts}` : ''} (it wrote no test report, so there are no counts; set junit-file to the JUnit XML it writes to get them)`;
    return { name: 'tests', ok, detail: ok ? passed : `${why}\n${tests.outputTail}` };
}
/** Step 3: coverage from the real report this test run wrote. */
async function checkCoverageReport(g, plan, threshold, testsStartedMs) {
    const file = plan.coverageFile;
    return (0,combinators/* instrumented */.RC)('check coverage', async () => {
        if (!file)
            return { name: 'coverage', ok: false, detail: `A coverage threshold of ${threshold}% is set but the test command writes no coverage report. ${plan.coverageMissingHint ?? 'With a custom test-command the gate does not know where the report is: set input "coverage-report" to the Cobertura XML, coverage.py JSON or LCOV file the command writes (e.g. coverage-report: coverage.xml with pytest --cov-report=xml).'}` };
        try {
            const written = await (0,promises_.stat)(file).then((st) => st.mtimeMs, () => undefined);
            // 2 s of slack for filesystems with coarse timestamps.
            if (written !== undefined && written < testsStartedMs - 2000) {
                return { name: 'coverage', ok: false, detail: `The coverage report ${file} was not written by this test run (last modified ${new Date(written).toISOString()}, before the tests started); make the test command write it.` };
            }
            const report = await readCoverageReport(file);
            const verdict = checkCoverage(report, threshold, { branches: g.options.coverageBranches });
            g.gate.coverage = { percent: report.linePercent, threshold, branch_percent: report.branchPercent, report: file, format: report.format };
            return { name: 'coverage', ok: verdict.ok, detail: verdict.detail };
        }
        catch (err) {
            return { name: 'coverage', ok: false, detail: `No usable coverage report at ${file}: ${(0,errors/* describeError */.Uc)(err)}` };
        }
    }, FAILED_CHECK)(undefined, g.sctx);
}
/** A step that returns a failed check is a failed step in the timeline (the summary's step table). */
const FAILED_CHECK = { failed: (c) => !c.ok };
/** Step 4: the optional integration test command. */
async function checkIntegrationTests(g, argv) {
    const limit = g.options.integrationTimeoutMs ?? 30 * 60_000;
    return (0,combinators/* instrumented */.RC)('run integration tests', async (_, c) => {
        const r = await g.run(argv[0], argv.slice(1), { cwd: g.packageDir, check: false, timeoutMs: limit, signal: c.signal }).catch((err) => ({ code: -1, stdout: '', stderr: (0,errors/* describeError */.Uc)(err), timedOut: (0,errors/* isReleaseError */.q8)(err, 'TIMEOUT') }));
        const why = 'timedOut' in r && r.timedOut ? `timed out after ${(0,http/* formatMs */._V)(limit)} (killed with its process group; input integration-timeout)` : `exit ${r.code}`;
        return { name: 'integration tests', ok: r.code === 0, detail: r.code === 0 ? 'passed' : `${why}\n${(r.stderr || r.stdout).split('\n').slice(-20).join('\n')}` };
    }, FAILED_CHECK)(undefined, g.sctx);
}
/** Step 5: build once into the artifact dir and record the digests. */
async function buildDistributions(g) {
    const built = await (0,combinators/* instrumented */.RC)('build distributions', async () => {
        await (0,artifact_dir/* emptyArtifactDir */.VN)(g.artifactDir);
        // A build tool may recreate its output directory: the marker goes back in either way.
        return g.adapter.build(g.env, { packageDir: g.packageDir, outDir: g.artifactDir, isolated: g.options.isolatedBuild ?? true, tool: g.options.buildTool, info: g.info, version: g.version }).finally(() => (0,artifact_dir/* markArtifactDir */.b$)(g.artifactDir).catch(() => undefined));
    })(undefined, g.sctx).catch((err) => ({ error: err }));
    if ('error' in built)
        return { check: { name: 'build', ok: false, detail: (0,errors/* describeError */.Uc)(built.error) } };
    g.context.artifacts = await (0,digest/* describeArtifacts */.P)(built);
    return { check: { name: 'build', ok: true, detail: g.context.artifacts.map((a) => `${a.file} ${a.sha256}`).join('\n') }, files: built };
}
/** Step 6: install the built files into a clean environment, import, run the README examples and smoke command. */
async function checkCleanInstall(g, files) {
    const o = g.options;
    return (0,combinators/* instrumented */.RC)('clean install check', async () => {
        // README.md's examples run; a project without one (README.rst, none) has no Markdown examples to run.
        const readmeMd = (0,external_node_path_.join)(g.packageDir, 'README.md');
        const readme = o.readmeExamples === false || !(await (0,core_files/* pathExists */.s0)(readmeMd)) ? undefined : readmeMd;
        const result = await g.adapter.installCheck(g.env, { files, info: g.info, version: g.version, readmeFile: readme, exampleTags: o.exampleTags, smokeCommand: o.smokeCommand, installArgs: o.installArgs });
        g.gate.install_check = { ok: result.ok, python: result.runtime, log_excerpt: result.logExcerpt, examples_run: result.examplesRun };
        if (result.importNames?.length)
            g.context.package.import_names = result.importNames;
        // Annotations want repository-relative paths.
        if (result.failedExample)
            g.logger.warning(`README example failed: ${result.failedExample.error}`, { file: (0,external_node_path_.relative)(g.root, (0,external_node_path_.resolve)(g.packageDir, result.failedExample.file)), line: result.failedExample.line });
        return { name: 'clean install', ok: result.ok, detail: result.ok ? `installed and imported; ${result.examplesRun} README example(s) ran` : `${result.reason ?? 'failed'}\n${result.logExcerpt ?? ''}` };
    }, FAILED_CHECK)(undefined, g.sctx);
}
/** Step 7: the commit's other CI checks (skipped with require-ci: false). */
async function checkCi(g) {
    const o = g.options;
    if (!(o.requireCi ?? o.github !== undefined))
        return { name: 'ci', ok: true, skipped: true, detail: 'require-ci: false' };
    return (0,combinators/* instrumented */.RC)('wait for CI checks', async () => {
        if (!o.github)
            return { name: 'ci', ok: false, detail: 'require-ci is on but no GitHub token/repository was given.' };
        const { waitForCi } = await __webpack_require__.e(/* import() */ 250).then(__webpack_require__.bind(__webpack_require__, 36250));
        const ci = await waitForCi(o.github.client, {
            owner: o.github.owner,
            repo: o.github.repo,
            sha: g.context.release_commit?.sha || g.context.repository.sha,
            excludeCheckRunIds: o.checkRunId ? [o.checkRunId] : [],
            excludeNames: o.excludeChecks,
            timeoutMs: o.ciTimeoutMs ?? 30 * 60_000,
            pollMs: o.ciPollMs ?? 10_000,
            sleep: g.sleep,
        });
        g.gate.ci = { state: ci.state, checks: ci.checks };
        const failing = ci.checks.filter((c) => !['success', 'neutral', 'skipped'].includes(c.state));
        const ok = ci.state === 'success' || ci.state === 'none';
        if (ci.state === 'none')
            g.logger.warning('No other CI checks ran on the release commit.');
        return { name: 'ci', ok, detail: ok ? `${ci.checks.length} check(s) passed` : ci.state === 'timeout' ? `CI did not finish within ci-timeout (${(0,http/* formatMs */._V)(o.ciTimeoutMs ?? 30 * 60_000)}); ${ci.error ? `GitHub did not answer: ${ci.error}` : failing.length ? `pending: ${failing.map((c) => c.name).join(', ')}` : 'no check reported complete'}` : failing.map((c) => `${c.name}: ${c.state}${c.url ? ` ${c.url}` : ''}`).join('\n') };
    }, FAILED_CHECK)(undefined, g.sctx);
}
/** Step 8 (on rejection): open or update the one blocking issue; a failure to do so only warns. */
async function openRejectionIssue(g, failed) {
    const gh = g.options.github;
    if (!gh || !(g.options.openIssue ?? true))
        return;
    await (0,combinators/* instrumented */.RC)('open rejection issue', async () => {
        const { upsertBlockingIssue } = await __webpack_require__.e(/* import() */ 39).then(__webpack_require__.bind(__webpack_require__, 65039));
        const issue = await upsertBlockingIssue(gh.client, { owner: gh.owner, repo: gh.repo, version: g.version, title: `Release ${g.version} blocked by the quality gate`, body: rejectionIssueBody(g.context, failed) });
        g.gate.issue_url = issue.url;
    })(undefined, g.sctx).catch((err) => g.logger.warning(`Could not open the rejection issue: ${(0,errors/* describeError */.Uc)(err)}`));
}
/** Step 9: the approved context beside the distributions, the context file, and the result. */
async function finishGate(g, verdict, checks) {
    if (verdict.approved) {
        await (0,promises_.mkdir)(g.artifactDir, { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(g.artifactDir, 'release-context.json'), (0,core_context/* serializeContext */.yi)(g.context));
    }
    if (g.options.contextFile)
        await (0,core_context/* saveContext */.tn)(g.options.contextFile, g.context);
    const decision = describeVerdict(verdict, checks, { name: g.context.package.name, version: g.version, files: g.context.artifacts?.length ?? 0 });
    return { context: g.context, approved: verdict.approved, decision, artifactDir: g.artifactDir, artifactName: g.gate.artifact_name };
}


/***/ })

};

//# sourceMappingURL=566.index.js.map