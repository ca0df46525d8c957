export const id = 279;
export const ids = [279];
export const modules = {

/***/ 95610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ locateChangelog)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45383);



/** Base names of changelogs, in the order they are preferred when a directory holds several. */
const NAMES = ['changelog', 'changes', 'history', 'news', 'releases', 'release-notes', 'release_notes'];
/** Extensions, in order of preference. */
const EXTS = ['.md', '.rst', '', '.txt', '.markdown'];
/** Names only taken under docs/ (`docs/versions.rst` is a common Sphinx page). */
const DOCS_ONLY = ['versions', 'whatsnew'];
async function entries(dir) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
    }
    catch {
        return [];
    }
}
function rank(file, names) {
    const lower = file.toLowerCase();
    for (let n = 0; n < names.length; n++) {
        for (let e = 0; e < EXTS.length; e++)
            if (lower === names[n] + EXTS[e])
                return n * EXTS.length + e;
    }
    return -1;
}
/**
 * Finds the project's existing changelog: the explicit path when given (`changelog-file`, or the file a
 * release tool is configured to write), else the first of CHANGELOG, CHANGES, HISTORY, NEWS, RELEASES (with
 * .md, .rst, no extension, .txt; any case) in the package directory, then in docs/ (where `versions` and
 * `whatsnew` pages count too). None found: `CHANGELOG.md`, to be created. One changelog only, ever.
 */
async function locateChangelog(root, packageDir, explicit) {
    const dir = (0,_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveInside */ .LI)(root, packageDir, 'package-dir');
    if (explicit) {
        const path = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(explicit.path.split('\\').join('/'));
        (0,_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveInside */ .LI)(dir, path, 'changelog-file');
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(path);
        const here = await entries((0,_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveInside */ .LI)(dir, parent, 'changelog-file'));
        return { path, exists: here.includes(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(path)), from: explicit.from };
    }
    for (const [sub, names] of [['', NAMES], ['docs', [...NAMES, ...DOCS_ONLY]]]) {
        const files = await entries(sub ? (0,_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveInside */ .LI)(dir, sub) : dir);
        const best = files.map((f) => ({ f, r: rank(f, names) })).filter((x) => x.r >= 0).sort((a, b) => a.r - b.r)[0];
        if (best)
            return { path: sub ? `${sub}/${best.f}` : best.f, exists: true, from: 'found' };
    }
    return { path: 'CHANGELOG.md', exists: false, from: 'new' };
}


/***/ }),

/***/ 38338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ templateOfTag),
/* harmony export */   fp: () => (/* binding */ chooseTagStyle),
/* harmony export */   nP: () => (/* binding */ otherStyleReaches)
/* harmony export */ });
/* unused harmony exports TAG_STYLES, inferTagTemplate */
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47701);

/** The tag styles tried on a project's existing tags, in the order a tie is broken. */
const TAG_STYLES = ['v{version}', '{version}', '{name}-v{version}', '{name}-{version}', '{name}@{version}', '{name}@v{version}'];
/** Spellings of a distribution name found in tags (`my_pkg`, `my-pkg`, `my.pkg`). */
function nameSpellings(name) {
    const lower = name.toLowerCase();
    return [...new Set([name, lower, lower.replace(/[-_.]+/g, '-'), lower.replace(/[-_.]+/g, '_')])];
}
/**
 * The tag template of the project's newest release tag (`v{version}`, `{version}`, `{name}-{version}`,
 * `{name}@{version}`, …; floating `v1`/`v1.2` aliases do not count), or null when no tag fits any style.
 * The `{name}` styles are tried with the usual spellings of the name; the chosen template spells it as the
 * tags do, with the name written out when it differs from the package name.
 */
function inferTagTemplate(tags, name, scheme) {
    let best = null;
    for (const { style, spelled, template } of styleCandidates(name)) {
        const found = (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .releaseTags */ .dt)(tags, { template: style, name: spelled, scheme });
        if (found.length === 0)
            continue;
        const highest = (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .lastRelease */ .Ik)(found, scheme);
        // The style of the newest release wins (a project that moved from `1.0` to `v2.0.0` tags now uses `v`);
        // between styles whose newest release is the same version, the one with more tags.
        const order = best === null ? 1 : scheme.compare(highest.version, best.version);
        if (best === null || order > 0 || (order === 0 && found.length > best.count)) {
            best = { template, count: found.length, example: highest.tag, version: highest.version };
        }
    }
    return best === null ? null : { template: best.template, count: best.count, example: best.example };
}
/** Every (style, spelling of the name) inferTagTemplate tries, in its order, with the template it would choose. */
function styleCandidates(name) {
    const out = [];
    for (const style of TAG_STYLES) {
        const spellings = style.includes('{name}') ? nameSpellings(name) : [name];
        for (const spelled of spellings)
            out.push({ style, spelled, template: spelled === name ? style : style.split('{name}').join(spelled) });
    }
    return out;
}
/**
 * Whether a tag of some other style than `template` (one inferTagTemplate tries) holds a version at or above
 * `version`: then which style the newest release has depends on which tags are counted.
 */
function otherStyleReaches(tags, name, scheme, template, version) {
    for (const c of styleCandidates(name)) {
        if (c.template === template)
            continue;
        if ((0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .fittingTags */ .rp)(tags, { template: c.style, name: c.spelled, scheme }).some((t) => scheme.compare(t.version, version) >= 0))
            return true;
    }
    return false;
}
/** The template for one pushed tag (tag-triggered runs): the first style it fits, or the default. */
function templateOfTag(tag, name, scheme) {
    return inferTagTemplate([{ name: tag, sha: '', date: '' }], name, scheme)?.template ?? _tags_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TAG_TEMPLATE */ .y6;
}
/**
 * Picks the tag template: the input when given, else a release tool's configured tag format, else the style
 * of the existing tags, else `v{version}`.
 */
function chooseTagStyle(input, configured, tags, name, scheme) {
    if (input !== undefined && input.trim() !== '')
        return { template: input.trim(), source: 'input', reason: 'input "tag-template"' };
    if (configured)
        return { template: configured.template, source: 'config', reason: `tag format of ${configured.from}` };
    const inferred = inferTagTemplate(tags, name, scheme);
    if (inferred)
        return { template: inferred.template, source: 'tags', reason: `inferred from ${inferred.count} existing tag${inferred.count === 1 ? '' : 's'} like ${inferred.example}` };
    return { template: _tags_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TAG_TEMPLATE */ .y6, source: 'default', reason: 'no release tag yet: the default' };
}


/***/ }),

/***/ 91012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ LOG_FIELDS),
/* harmony export */   Q: () => (/* binding */ logArgs)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** The `git log` pretty format matching RawCommit: NUL after every field (with -z, after the last too). */
const LOG_FORMAT = '--format=%H%x00%P%x00%an%x00%aI%x00%s%x00%b';
const LOG_FIELDS = 6;
/** LOG_FORMAT with git's mark before the SHA: `-` for a boundary commit (with --boundary), `>` for the others. */
const MARKED_LOG_FORMAT = LOG_FORMAT.replace('%H', '%m%H');
/** Refuses a revision that git could read as an option. */
function checkRev(rev, input) {
    if (rev.length === 0 || rev.startsWith('-') || rev.includes('\0')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('BAD_INPUT', `${input} is "${rev}", which is not a revision.`, 'Give a tag, branch or commit SHA.');
    }
}
/** The argument array for `git log` over a range. */
function logArgs(range, options = {}) {
    const to = range.to ?? 'HEAD';
    checkRev(to, 'The end of the commit range');
    if (range.from !== null)
        checkRev(range.from, 'The start of the commit range');
    const args = ['-c', 'log.showSignature=false', 'log', '-z', options.onBoundary ? MARKED_LOG_FORMAT : LOG_FORMAT, '--no-color'];
    if (options.order === 'topo')
        args.push('--topo-order');
    if (options.onBoundary) {
        if (options.paths && options.paths.length > 0)
            throw new Error('onBoundary and paths cannot be combined');
        args.push('--boundary');
    }
    args.push('--end-of-options', range.from !== null ? `${range.from}..${to}` : to, '--');
    if (options.paths && options.paths.length > 0)
        args.push(...options.paths);
    return args;
}


/***/ }),

/***/ 32056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gW: () => (/* binding */ readParsedCommits)
/* harmony export */ });
/* unused harmony exports rawCommitFromFields, streamCommits */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _git_log_stream_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74967);
/* harmony import */ var _conventional_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54170);
/* harmony import */ var _log_args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91012);




/** A RawCommit from the six fields of LOG_FORMAT. */
function rawCommitFromFields(f) {
    return {
        sha: f[0],
        parents: f[1].length > 0 ? f[1].split(' ') : [],
        authorName: f[2],
        date: f[3],
        subject: f[4],
        body: f[5],
    };
}
/**
 * Streams the commits of a range, newest first, to `onCommit` as git prints them: one `git log` process,
 * NUL-separated fields, parsed incrementally. An unborn HEAD (no commits yet) yields nothing.
 */
async function streamCommits(git, range, onCommit, options = {}) {
    const args = (0,_log_args_js__WEBPACK_IMPORTED_MODULE_2__/* .logArgs */ .Q)(range, options);
    const { onBoundary } = options;
    const onFields = onBoundary
        ? (f) => {
            const marked = f[0];
            f[0] = marked.slice(1);
            if (marked.startsWith('-'))
                onBoundary(f[0]);
            else
                onCommit(rawCommitFromFields(f));
        }
        : (f) => onCommit(rawCommitFromFields(f));
    try {
        await (0,_git_log_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .streamGitFields */ .mN)(git, args, _log_args_js__WEBPACK_IMPORTED_MODULE_2__/* .LOG_FIELDS */ .H, onFields, { signal: options.signal });
    }
    catch (err) {
        // A repository without commits yet has an unborn HEAD: nothing to read rather than an error.
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isReleaseError */ .q8)(err, 'GIT_FAILED') && range.to === undefined && (await git.revParse('HEAD')) === null)
            return;
        throw err;
    }
}
/**
 * The commits of a range, newest first (one streamed `git log`), each parsed as it arrives: the parsing runs
 * while git is still walking the history, instead of after it. The raw commit is each one's `raw`.
 */
async function readParsedCommits(git, range, options) {
    const out = [];
    await streamCommits(git, range, (c) => out.push((0,_conventional_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommit */ .L5)(c)), options);
    return out;
}


/***/ }),

/***/ 54192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   RC: () => (/* binding */ instrumented),
/* harmony export */   YC: () => (/* binding */ createStepContext),
/* harmony export */   jW: () => (/* binding */ settledValue),
/* harmony export */   wR: () => (/* binding */ timeout),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony exports backoffDelay, isTransientError, fallback */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44325);


/** Creates a StepContext with an empty timeline. */
function createStepContext(stage, logger = _log_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .qq, timeline = []) {
    return { stage, logger, timeline };
}
/** The value of a settled promise, or its error thrown: answers asked at once, judged one by one. */
function settledValue(r) {
    if (r.status === 'rejected')
        throw r.reason;
    return r.value;
}
/** Real sleep that rejects when the signal aborts. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(abortError(signal));
            return;
        }
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(abortError(signal));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
function abortError(signal) {
    const reason = signal?.reason;
    return reason instanceof Error ? reason : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('TIMEOUT', 'The operation was aborted', 'Raise the timeout.');
}
/** The delay before attempt `attempt + 1` (attempt counts from 1). */
function backoffDelay(attempt, options) {
    const base = options.baseDelayMs ?? 1000;
    const max = options.maxDelayMs ?? 30000;
    const raw = options.backoff === 'constant' ? base : base * 2 ** (attempt - 1);
    const capped = Math.min(raw, max);
    const jitter = options.jitter ?? 0.2;
    const r = (options.random ?? Math.random)();
    return Math.max(0, Math.round(capped * (1 - jitter + 2 * jitter * r)));
}
/** Default transient test: a ReleaseError that says so. */
function isTransientError(err) {
    return err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2 && err.transient;
}
/** Retries a step on transient errors with backoff; a permanent error or the last failure is rethrown. */
function retry(step, options) {
    const isTransient = options.isTransient ?? isTransientError;
    return async (input, ctx) => {
        const counter = ctx.attempts ?? { count: 0 };
        for (let attempt = 1;; attempt++) {
            counter.count = attempt;
            try {
                return await step(input, { ...ctx, attempts: counter });
            }
            catch (err) {
                if (attempt >= options.attempts || !isTransient(err) || ctx.signal?.aborted)
                    throw err;
                const delay = backoffDelay(attempt, options);
                options.onRetry?.(err, attempt, delay);
                ctx.logger.info(`attempt ${attempt} failed (${err instanceof Error ? err.message : String(err)}); retrying in ${delay} ms`);
                await (ctx.sleep ?? sleep)(delay, ctx.signal);
            }
        }
    };
}
/** Tries alternatives in order until one succeeds; records which one served. Throws the last error. */
function fallback(alternatives, options = {}) {
    return async (input, ctx) => {
        const failures = [];
        for (const [i, alt] of alternatives.entries()) {
            try {
                const value = await alt.step(input, ctx);
                if (ctx.servedBy)
                    ctx.servedBy.name = alt.name;
                return { value, servedBy: alt.name, failures };
            }
            catch (err) {
                failures.push({ name: alt.name, error: err });
                const last = i === alternatives.length - 1;
                if (last || (options.shouldFallback && !options.shouldFallback(err)))
                    throw err;
                ctx.logger.warning(`${alt.name} failed (${err instanceof Error ? err.message : String(err)}); falling back to ${alternatives[i + 1].name}`);
            }
        }
        throw new ReleaseError('BAD_INPUT', 'fallback() needs at least one alternative', 'Pass one or more alternatives.');
    };
}
/**
 * Bounds a step's time. The step sees an AbortSignal in its context that fires at the deadline; child
 * processes started with that signal (core/exec) are killed with their whole process group.
 */
function timeout(step, ms, what = 'step') {
    return async (input, ctx) => {
        const controller = new AbortController();
        const error = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('TIMEOUT', `${what} did not finish within ${Math.round(ms / 1000)} s`, `Raise the ${what} timeout, or find out why it hangs.`, { transient: true });
        const onOuterAbort = () => controller.abort(ctx.signal?.reason);
        ctx.signal?.addEventListener('abort', onOuterAbort, { once: true });
        let cancel;
        const start = ctx.startTimer ?? ((delay, fire) => {
            const t = setTimeout(fire, delay);
            return () => clearTimeout(t);
        });
        const deadline = new Promise((_, reject) => {
            cancel = start(ms, () => {
                controller.abort(error);
                reject(error);
            });
        });
        try {
            return await Promise.race([step(input, { ...ctx, signal: controller.signal }), deadline]);
        }
        finally {
            cancel?.();
            ctx.signal?.removeEventListener('abort', onOuterAbort);
        }
    };
}
/** Records a span (start, duration, outcome, attempts) for the step in the context timeline. */
function instrumented(name, step, options = {}) {
    return async (input, ctx) => {
        const started = new Date();
        const attempts = { count: 1 };
        const servedBy = {};
        const record = (outcome) => {
            const entry = {
                stage: ctx.stage,
                step: name,
                started_at: started.toISOString(),
                duration_ms: Date.now() - started.getTime(),
                outcome,
                attempts: Math.max(1, attempts.count),
            };
            if (servedBy.name)
                entry.served_by = servedBy.name;
            ctx.timeline.push(entry);
        };
        try {
            const out = await ctx.logger.group(name, () => step(input, { ...ctx, attempts, servedBy }));
            // A step that records a failed check without throwing (the gate's checks) is still a failed step.
            record(options.failed?.(out) ? 'failure' : options.skipped?.(out) ? 'skipped' : 'success');
            return out;
        }
        catch (err) {
            record('failure');
            throw err;
        }
    };
}


/***/ }),

/***/ 74967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ streamEarly),
/* harmony export */   mN: () => (/* binding */ streamGitFields),
/* harmony export */   uw: () => (/* binding */ dropEarlyStreams)
/* harmony export */ });
/* unused harmony export detachText */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72642);
/* harmony import */ var _core_v8_tuning_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(12384);
/* harmony import */ var _early_work_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(62125);









/** The environment streamed git commands run in. */
function streamEnv() {
    // GIT_FLUSH=0: git log flushes stdout after every commit when it writes to a pipe (one write, one wake-up
    // of this process per commit); without the flush it fills its buffer first, ~30 % less CPU over a long log.
    return (0,_core_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .childEnv */ .gf)({ env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_FLUSH: '0' } });
}
/** The git subcommand in an argument array (after any `-c name=value`), for messages. */
function subcommand(args) {
    for (let i = 0; i < args.length; i++) {
        if (args[i] === '-c')
            i++;
        else if (!args[i].startsWith('-'))
            return args[i];
    }
    return args[0] ?? '';
}
/**
 * Splits NUL-ended fields out of chunks of git's output and hands them on `fieldsPerRecord` at a time.
 *
 * Each chunk is decoded once (StringDecoder keeps a character split across two reads for the next one) and
 * split at NULs with string slices: one native call per chunk instead of one per field (5,000 commits in a
 * fresh process: 11 ms to split instead of 19). A field is a slice of its chunk's text, so it keeps that text
 * alive while it lives: callers that keep a few fields of many records (the full changelog) copy them out
 * (see detachText).
 */
class FieldSplitter {
    fieldsPerRecord;
    onFields;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_4__.StringDecoder('utf8');
    /** The start of a field that began in an earlier chunk. */
    pending = '';
    record = [];
    records = 0;
    constructor(fieldsPerRecord, onFields) {
        this.fieldsPerRecord = fieldsPerRecord;
        this.onFields = onFields;
    }
    /** Hands on every record the chunk completes; stops early (mid-chunk) once `stopped()` says so. */
    push(chunk, stopped) {
        const text = this.decoder.write(chunk);
        let start = 0;
        let nul = text.indexOf('\0');
        while (nul >= 0) {
            if (this.pending.length > 0) {
                this.record.push(this.pending + text.slice(start, nul));
                this.pending = '';
            }
            else
                this.record.push(text.slice(start, nul));
            if (this.record.length === this.fieldsPerRecord) {
                const done = this.record;
                this.record = [];
                if (++this.records === _core_v8_tuning_js__WEBPACK_IMPORTED_MODULE_7__/* .LONG_READ_RECORDS */ .XX)
                    (0,_core_v8_tuning_js__WEBPACK_IMPORTED_MODULE_7__/* .favourMemoryOverSpeed */ .wJ)();
                this.onFields(done);
                if (stopped())
                    return;
            }
            start = nul + 1;
            nul = text.indexOf('\0', start);
        }
        if (start < text.length)
            this.pending += text.slice(start);
    }
    /** Whether the output ended after a whole record. */
    endedCleanly() {
        return this.pending.length === 0 && this.record.length === 0 && this.decoder.end().length === 0;
    }
}
function gitFailed(args, code, stderr) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ReleaseError */ .K2('GIT_FAILED', `git ${subcommand(args)} failed: ${stderr.trim() || `exit code ${code}`}`, "See git's message; check the revisions and the repository state.");
}
function aborted(args) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ReleaseError */ .K2('TIMEOUT', `git ${subcommand(args)} was aborted`, 'Raise the timeout, or find out why git is slow here.', { transient: true });
}
function endedMidRecord(args) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ReleaseError */ .K2('GIT_FAILED', `git ${subcommand(args)} ended in the middle of a record.`, 'Run the command by hand to see what git printed.');
}
/** Kills a git started in its own process group, with its helpers. */
function killGroup(child) {
    if (child.exitCode !== null || child.signalCode !== null)
        return;
    try {
        if (child.pid !== undefined && process.platform !== 'win32')
            process.kill(-child.pid, 'SIGKILL');
        else
            child.kill('SIGKILL');
    }
    catch {
        child.kill('SIGKILL');
    }
}
/**
 * Runs `git <args>` and hands its NUL-separated stdout to `onFields`, `fieldsPerRecord` fields at a time,
 * as the output arrives: nothing holds the whole output. Use with `log -z --format=` and `%x00` between
 * fields, so that every field (commit messages included, which cannot contain NUL) ends in a NUL.
 *
 * exec() in core/exec.ts collects all output into one string; a 100k-commit log is better parsed while it
 * streams, so this spawns git directly: an argument array, no shell, in its own process group, killed on
 * abort or when `onFields` throws. Throws GIT_FAILED with git's message on a non-zero exit.
 *
 * When streamEarly started exactly this command in this directory, its output is read instead (the same
 * fields, errors and abort); any other early stream there is a guess that missed and is stopped.
 */
function streamGitFields(git, args, fieldsPerRecord, onFields, options = {}) {
    if (options.signal?.aborted) {
        return Promise.reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ReleaseError */ .K2('TIMEOUT', `git ${subcommand(args)} was not started: the operation was aborted`, 'Raise the timeout.'));
    }
    const early = earlyStreams.take(git.cwd, args);
    if (early)
        return replayEarlyStream(early, args, new FieldSplitter(fieldsPerRecord, onFields), options);
    dropEarlyStreams(git.cwd);
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { cwd: git.cwd, env: streamEnv(), detached: process.platform !== 'win32', stdio: ['ignore', 'pipe', 'pipe'], shell: false, windowsHide: true });
        let failure = null;
        let stderr = '';
        const splitter = new FieldSplitter(fieldsPerRecord, onFields);
        const onAbort = () => {
            failure ??= aborted(args);
            killGroup(child);
        };
        options.signal?.addEventListener('abort', onAbort, { once: true });
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            if (failure !== null)
                return;
            try {
                // An abort raised from inside onFields stops delivery at once, mid-chunk.
                splitter.push(chunk, () => failure !== null);
            }
            catch (err) {
                failure = err;
                killGroup(child);
            }
        });
        child.stderr.on('data', (chunk) => {
            if (stderr.length < 64 * 1024)
                stderr += chunk;
        });
        child.on('error', (err) => {
            options.signal?.removeEventListener('abort', onAbort);
            reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ReleaseError */ .K2('COMMAND_FAILED', `Could not start git: ${err.message}`, 'Install git or put it on PATH.', { cause: err }));
        });
        child.on('close', (code) => {
            options.signal?.removeEventListener('abort', onAbort);
            if (failure !== null)
                reject(failure);
            else if (code !== 0)
                reject(gitFailed(args, code, stderr));
            else if (!splitter.endedCleanly())
                reject(endedMidRecord(args));
            else
                resolve();
        });
    });
}
/** Early streams not yet read. */
const earlyStreams = new _early_work_js__WEBPACK_IMPORTED_MODULE_8__/* .EarlyWork */ .x();
let tempFiles = 0;
let dropAtExit = false;
/**
 * Starts `git <args>` in `cwd` now, for a streamGitFields with exactly these arguments later: its output goes
 * into a temp file (unlinked at once: only the open descriptors keep it), so git runs to its end on another
 * core while this process is busy (loading a stage's code) instead of stopping whenever a pipe is full.
 * A stream never asked for is killed when streamGitFields runs another command in `cwd`, or at exit. For
 * guesses that are usually right (the commits since the newest release tag) and cost one process when not.
 * Returns a promise of git's exit (for whoever wants to know), or null when it did not start (on Windows,
 * where an open file cannot be unlinked, or without a usable temp directory).
 */
function streamEarly(cwd, args, tempDir = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)()) {
    if (process.platform === 'win32')
        return null;
    const running = earlyStreams.peek(cwd, args);
    if (running)
        return running.exited.then(() => undefined);
    let fd;
    try {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tempDir, `release-relay-${process.pid}-${++tempFiles}.log`);
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'wx+', 0o600);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(path);
    }
    catch {
        return null; // the command runs when it is asked for
    }
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { cwd, env: streamEnv(), detached: true, stdio: ['ignore', fd, 'pipe'], shell: false });
    // Not a reason to keep this process alive (until its output is asked for: replayEarlyStream).
    child.unref();
    child.stderr?.unref(); // a pipe: a socket
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk) => {
        if (stderr.length < 64 * 1024)
            stderr += chunk;
    });
    const exited = new Promise((resolve) => {
        child.on('error', (error) => resolve({ code: null, stderr, error }));
        child.on('close', (code) => resolve({ code, stderr }));
    });
    earlyStreams.put(cwd, args, { child, fd, exited });
    if (!dropAtExit) {
        dropAtExit = true;
        process.once('exit', () => dropEarlyStreams(null));
    }
    return exited.then(() => undefined);
}
/**
 * Stops the early streams of `cwd` (all of them with null) and frees their files. The stage calls it once
 * its history is read: a stream left over would be stale for a later reader.
 */
function dropEarlyStreams(cwd) {
    earlyStreams.drop(cwd, (early) => {
        killGroup(early.child);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(early.fd);
    });
}
/** streamGitFields over the output of an early stream: waits for git's exit, then reads its file. */
async function replayEarlyStream(early, args, splitter, options) {
    try {
        early.child.ref();
        early.child.stderr?.ref();
        const onAbort = () => killGroup(early.child);
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const { code, stderr, error } = await early.exited;
        options.signal?.removeEventListener('abort', onAbort);
        if (options.signal?.aborted)
            throw aborted(args);
        if (error)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ReleaseError */ .K2('COMMAND_FAILED', `Could not start git: ${error.message}`, 'Install git or put it on PATH.', { cause: error });
        if (code !== 0)
            throw gitFailed(args, code, stderr);
        const chunk = Buffer.allocUnsafe(64 * 1024);
        let position = 0;
        for (;;) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(early.fd, chunk, 0, chunk.length, position);
            if (n === 0)
                break;
            position += n;
            // The splitter decodes the chunk before it hands anything on, so the buffer can be read into again.
            splitter.push(chunk.subarray(0, n), () => options.signal?.aborted === true);
            if (options.signal?.aborted)
                throw aborted(args);
        }
        if (!splitter.endedCleanly())
            throw endedMidRecord(args);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(early.fd);
    }
}
/**
 * A copy of `text` that shares no memory with the string it was cut from. A field from streamGitFields is a
 * slice of a whole chunk of git's output; a caller that keeps a few short fields of each of many records
 * copies them, so the chunks can go.
 */
function detachText(text) {
    // Concatenation then slice makes V8 build a new flat string of `text` alone.
    return text.length === 0 ? '' : (' ' + text).slice(1);
}


/***/ }),

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eQ: () => (/* binding */ githubFailure),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* unused harmony export isAlreadyExists */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1983);


/** The HTTP status of an Octokit RequestError, or undefined for other errors. */
function httpStatus(err) {
    const status = err?.status;
    return typeof status === 'number' ? status : undefined;
}
/** True when a 422 answer carries `code: already_exists` (or GitHub's "already exists" message). */
function isAlreadyExists(err) {
    if (httpStatus(err) !== 422)
        return false;
    const data = err.response?.data;
    return (data?.errors ?? []).some((e) => e.code === 'already_exists') || /already exists/i.test(data?.message ?? '');
}
/** Wraps any failure of a GitHub call in a ReleaseError(GITHUB_FAILED) naming what was attempted. */
function githubFailure(what, err) {
    if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2)
        return err;
    // A request that timed out reaches us as Octokit's "500" wrapper: it never had an HTTP status.
    const status = (0,_core_http_js__WEBPACK_IMPORTED_MODULE_1__/* .isRequestTimeout */ .B2)(err) || (0,_core_http_js__WEBPACK_IMPORTED_MODULE_1__/* .isRequestTimeout */ .B2)(err?.cause) ? undefined : httpStatus(err);
    const detail = err instanceof Error ? err.message : String(err);
    const hint = /rate limit/i.test(detail)
        ? 'GitHub rate-limited the token beyond the retries: wait for the limit to reset, or use a GitHub App token (higher limits).'
        : status === 401 || status === 403
            ? 'Check the token and the workflow `permissions:` (contents: write, issues: write, checks: read, statuses: read).'
            : status === 404
                ? 'Check the repository name and that the token can see it.'
                : 'GitHub may be degraded (https://www.githubstatus.com); re-run the job.';
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('GITHUB_FAILED', `GitHub: ${what} failed${status ? ` (HTTP ${status})` : ''}: ${detail}`, hint, {
        transient: status === undefined || status >= 500 || status === 429,
        cause: err,
    });
}


/***/ }),

/***/ 1279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareRelease: () => (/* binding */ prepareRelease)
});

// UNUSED EXPORTS: DEFAULT_COMMIT_MESSAGE

// EXTERNAL MODULE: ./src/core/combinators.ts
var combinators = __webpack_require__(54192);
// EXTERNAL MODULE: ./src/core/context.ts
var core_context = __webpack_require__(78480);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(72642);
// EXTERNAL MODULE: ./src/core/files.ts + 1 modules
var core_files = __webpack_require__(45383);
// EXTERNAL MODULE: ./src/core/log.ts
var log = __webpack_require__(44325);
// EXTERNAL MODULE: ./src/git/tag-list.ts
var tag_list = __webpack_require__(20489);
// EXTERNAL MODULE: ./src/commits/read.ts
var read = __webpack_require__(32056);
// EXTERNAL MODULE: ./src/commits/conventional.ts
var conventional = __webpack_require__(54170);
;// CONCATENATED MODULE: ./src/changelog/squash.ts

/** Types taken from squash bodies: the Conventional Commits set (@commitlint/config-conventional) and a few more. */
const SQUASH_TYPES = new Set(['feat', 'fix', 'perf', 'refactor', 'revert', 'docs', 'style', 'chore', 'test', 'tests', 'build', 'ci', 'deps', 'security', 'deprecate', 'remove']);
/**
 * The Conventional Commits listed in a squash merge's body (GitHub's default squash message: the PR's title,
 * then `* feat(x): …`, `* fix(y): …`, one per squashed commit), as entries of their own, as release-please and
 * python-semantic-release read them. Only `* ` or `- ` lines at the start of a line that parse as a
 * Conventional header with a usual type (SQUASH_TYPES) count. Each keeps the squash commit's SHA and pull request.
 *
 * The subject stays an entry when it is a Conventional Commit that none of the body lines repeats; a
 * non-conventional subject (`Add X (#12)`) is replaced by the body's entries, which say more. A body
 * without such lines leaves the commit as it is. Merges (whose bodies list nothing of the kind) are left alone.
 */
function expandSquashBody(c) {
    if (c.isMerge || c.isRevert || !c.raw.body.includes(': ') || !hasBullet(c.raw.body))
        return [c];
    const items = [];
    const seen = new Set();
    const key = (type, scope, description) => `${type}\0${scope ?? ''}\0${description.trim().toLowerCase()}`;
    for (const line of c.raw.body.split('\n')) {
        if (!(line.startsWith('* ') || line.startsWith('- ')))
            continue;
        const h = (0,conventional/* parseHeader */.RW)(line.slice(2).trim());
        // A prose bullet (`- note: …`) is no commit: only the usual types count.
        if (h === null || !SQUASH_TYPES.has(h.type))
            continue;
        let description = h.description;
        // A trailing `(#123)` on an item is the item's own PR (a stacked PR); keep the squash's otherwise.
        let pr = c.pr;
        const m = /\s*\(#(\d{1,9})\)$/.exec(description);
        if (m) {
            pr = Number(m[1]);
            description = description.slice(0, m.index);
        }
        const k = key(h.type, h.scope, description);
        if (seen.has(k))
            continue;
        seen.add(k);
        items.push({
            ...c,
            type: h.type,
            scope: h.scope,
            breaking: h.bang,
            breakingNote: null,
            description,
            pr,
            isRevert: h.type === 'revert',
            revertedSha: undefined,
            raw: { ...c.raw, subject: line.slice(2).trim(), body: '' },
        });
    }
    if (items.length === 0)
        return [c];
    if (c.type === null) {
        // The subject says nothing Conventional; a BREAKING CHANGE footer of the squash still counts once.
        if (c.breaking)
            items[0] = { ...items[0], breaking: true, breakingNote: c.breakingNote };
        return items;
    }
    const own = key(c.type, c.scope, c.description);
    const rest = items.filter((i) => key(i.type, i.scope, i.description) !== own);
    return [c, ...rest];
}
/** Whether a body has a line starting with `* ` or `- ` (the cheap test that rules out most commits). */
function hasBullet(body) {
    return body.startsWith('* ') || body.startsWith('- ') || body.includes('\n* ') || body.includes('\n- ');
}
/** Every commit with its squashed Conventional Commits expanded (see expandSquashBody). */
function expandSquashBodies(commits) {
    const out = [];
    for (const c of commits) {
        const expanded = expandSquashBody(c);
        if (expanded.length === 1)
            out.push(expanded[0]);
        else
            for (const e of expanded)
                out.push(e);
    }
    return out;
}

// EXTERNAL MODULE: ./src/changelog/tag-style.ts
var tag_style = __webpack_require__(38338);
// EXTERNAL MODULE: ./src/changelog/tags.ts
var changelog_tags = __webpack_require__(47701);
;// CONCATENATED MODULE: ./src/changelog/history.ts






/** The subject line a release commit for `version` has under the message template. */
function releaseSubject(template, version, tag) {
    const message = template.split('{version}').join(version).split('{tag}').join(tag).trim();
    return message.split(/\n\s*\n/)[0].split('\n').map((l) => l.trim()).join(' ');
}
/** The version a release commit's subject names under the message template (`prepare v1.2.0` → 1.2.0), or null. */
function versionInReleaseSubject(template, subject, tagTemplate, name, scheme) {
    const marker = '\u0000';
    const t = releaseSubject(template, marker, marker);
    const at = t.indexOf(marker);
    if (at < 0 || t.indexOf(marker, at + 1) >= 0)
        return null;
    const prefix = t.slice(0, at);
    const suffix = t.slice(at + 1);
    if (subject.length <= prefix.length + suffix.length || !subject.startsWith(prefix) || !subject.endsWith(suffix))
        return null;
    const middle = subject.slice(prefix.length, subject.length - suffix.length);
    const usesTag = template.indexOf('{tag}') >= 0;
    const part = usesTag ? (0,changelog_tags/* parseTag */.ED)(tagTemplate, middle, name) : middle;
    if (part === null)
        return null;
    try {
        return scheme.normalize(part);
    }
    catch {
        return null;
    }
}
/** Resolves input `since` to a commit (exclusive lower end) or a date (commits on or after it). */
async function resolveSince(git, since) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(since))
        return { date: since };
    const sha = since.startsWith('-') ? null : await git.revParse(since);
    if (sha === null) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "since" is "${since}", which is neither a commit, a tag nor a YYYY-MM-DD date.`, 'Set since to the commit or tag after which the first release\'s changes start (e.g. the commit that started the package), or a date like 2024-01-01.');
    }
    return { sha };
}
/** The tag style and the last release among the tags reachable from HEAD (the rules of chooseTagStyle and lastRelease). */
function lastReleaseFromReachableTags(tags, o) {
    const tagStyle = (0,tag_style/* chooseTagStyle */.fp)(o.tagTemplate, o.configuredTag, tags, o.name, o.scheme);
    (0,changelog_tags/* checkTagTemplate */.hl)(tagStyle.template);
    const found = (0,changelog_tags/* lastRelease */.Ik)((0,changelog_tags/* releaseTags */.dt)(tags, { template: tagStyle.template, name: o.name, scheme: o.scheme }), o.scheme);
    return { tagStyle, last: found === null ? null : { tag: found.tag, version: found.version, sha: found.sha, date: found.date } };
}
/**
 * The same answer as lastReleaseFromReachableTags without `for-each-ref --merged HEAD` (a walk over the whole
 * history): every tag from a plain `for-each-ref`, and one ancestry check for the highest. When
 * that tag is a final release, reachable from HEAD, and strictly above every other tag of its style (and, for
 * an inferred style, of every other style), it is the highest reachable tag of every style, so the reachable
 * tags give the same style and the same last release. Otherwise (a release on another branch, a pre-release
 * on top, a tie between styles) null: the caller asks git for the reachable tags. The ancestry check is the
 * boundary of the log of the commits since that tag (HEAD known, no paths); else `merge-base --is-ancestor`
 * runs beside that log, which is stopped and dropped when the tag is not reachable.
 */
async function lastReleaseFromAllTags(git, o) {
    const tags = await (o.tags ?? (0,tag_list/* listTags */.cB)(git));
    const tagStyle = (0,tag_style/* chooseTagStyle */.fp)(o.tagTemplate, o.configuredTag, tags, o.name, o.scheme);
    (0,changelog_tags/* checkTagTemplate */.hl)(tagStyle.template);
    const fitting = (0,changelog_tags/* fittingTags */.rp)(tags, { template: tagStyle.template, name: o.name, scheme: o.scheme });
    let top = null;
    let tied = false;
    for (const t of fitting) {
        const order = top === null ? 1 : o.scheme.compare(t.version, top.version);
        if (order > 0) {
            top = t;
            tied = false;
        }
        else if (order === 0)
            tied = true;
    }
    if (top === null || tied || o.scheme.isPrerelease(top.version))
        return null;
    if (tagStyle.source === 'tags' && (0,tag_style/* otherStyleReaches */.nP)(tags, o.name, o.scheme, tagStyle.template, top.version))
        return null;
    const last = { tag: top.tag, version: top.version, sha: top.sha, date: top.date };
    if (o.head !== undefined && (o.paths === undefined || o.paths.length === 0)) {
        // One process: the log's boundary says whether the tag is an ancestor of HEAD (see ReadCommitsOptions);
        // merge-base beside it cost ~5 ms of CPU at 100k commits for the same answer.
        let reachable = top.sha === o.head;
        const commits = await (0,read/* readParsedCommits */.gW)(git, { from: top.sha }, { onBoundary: (sha) => (reachable ||= sha === top.sha) });
        return reachable ? { tagStyle, last, commits } : null;
    }
    const stop = new AbortController();
    const commits = (0,read/* readParsedCommits */.gW)(git, { from: top.sha }, { paths: o.paths, signal: stop.signal });
    commits.catch(() => undefined); // awaited below when it is wanted
    const reachable = await (0,tag_list/* isAncestor */.QX)(git, top.sha, 'HEAD').catch((err) => {
        stop.abort();
        throw err;
    });
    if (!reachable) {
        stop.abort();
        return null;
    }
    return { tagStyle, last, commits: await commits };
}
/**
 * Reads the tags and the commits that decide the next release: the tag style (input, release-tool config,
 * the existing tags, or `v{version}`), the last release tag, the commits since it (squash bodies expanded),
 * and whether an earlier prepare for the file's version is still untagged (then it is re-opened: its release
 * commit is left out and the version prepared again, so a rejected gate burns no version).
 */
async function readReleaseHistory(git, o, logger) {
    const headExists = o.head !== undefined || (await git.revParse('HEAD')) !== null;
    const found = headExists
        ? ((await lastReleaseFromAllTags(git, o)) ?? lastReleaseFromReachableTags(await (0,tag_list/* listTags */.cB)(git, { merged: 'HEAD' }), o))
        : lastReleaseFromReachableTags([], o);
    const { tagStyle, last } = found;
    // Parsed as git prints them (see readParsedCommits); the release commits left out below are parsed too.
    let commits;
    let start;
    if (last) {
        commits = found.commits ?? (await (0,read/* readParsedCommits */.gW)(git, { from: last.sha }, { paths: o.paths }));
        start = `tag ${last.tag}`;
        if (o.since)
            logger?.info(`Input "since" (${o.since}) is not used: the last release is ${last.tag}.`);
    }
    else if (o.since) {
        const s = await resolveSince(git, o.since);
        if ('sha' in s) {
            commits = await (0,read/* readParsedCommits */.gW)(git, { from: s.sha }, { paths: o.paths });
            start = `since ${o.since}`;
        }
        else {
            commits = (await (0,read/* readParsedCommits */.gW)(git, { from: null }, { paths: o.paths })).filter((c) => c.raw.date.slice(0, 10) >= s.date);
            start = `since ${s.date}`;
        }
    }
    else {
        commits = await (0,read/* readParsedCommits */.gW)(git, { from: null }, { paths: o.paths });
        start = 'the first commit';
    }
    let reopened = null;
    // The open version: the file's, or (VCS-derived versions) the one the newest release commit names.
    const openVersion = o.fileVersion ?? commits.map((c) => versionInReleaseSubject(o.commitMessage, c.raw.subject.trim(), tagStyle.template, o.name, o.scheme)).find((v) => v !== null) ?? null;
    if (openVersion !== null) {
        const subject = releaseSubject(o.commitMessage, openVersion, (0,changelog_tags/* formatTag */._3)(tagStyle.template, { version: openVersion, name: o.name }));
        const prepared = commits.filter((c) => c.raw.subject.trim() === subject);
        if (prepared.length > 0 && (last === null || o.scheme.compare(openVersion, last.version) > 0)) {
            // Newest and oldest: a release re-opened before has several release commits for the same version.
            reopened = { version: openVersion, sha: prepared[0].sha, firstSha: prepared[prepared.length - 1].sha };
            commits = commits.filter((c) => c.raw.subject.trim() !== subject);
        }
    }
    if (o.parseSquashBodies ?? true)
        commits = expandSquashBodies(commits);
    return { tagStyle, last, commits, reopened, start };
}

// EXTERNAL MODULE: ./src/git/log-stream.ts
var log_stream = __webpack_require__(74967);
;// CONCATENATED MODULE: ./src/changelog/towncrier.ts

const HINT = 'Install towncrier in a step before prepare-release (`pip install towncrier`), or set changelog-file to have release-relay write the changelog from commits instead.';
async function towncrier(run, t, extra) {
    const args = ['build', '--name', t.name, '--version', t.version, '--date', t.date, ...extra];
    try {
        return (await run(t.command ?? 'towncrier', args, { cwd: t.cwd, timeoutMs: 120_000 })).stdout;
    }
    catch (err) {
        if ((0,errors/* isReleaseError */.q8)(err, 'COMMAND_FAILED') && /Could not start/.test(err.message)) {
            throw new errors/* ReleaseError */.K2('BAD_CHANGELOG', `This project builds its changelog with towncrier (${t.from}), and towncrier is not installed here.`, HINT, { cause: err });
        }
        throw new errors/* ReleaseError */.K2('BAD_CHANGELOG', `towncrier build failed: ${err instanceof Error ? err.message : String(err)}`, `Run \`towncrier build --draft --version ${t.version}\` locally to see why; fix the news fragments or the ${t.from} configuration.`, { cause: err });
    }
}
/** The release notes towncrier would write (`towncrier build --draft`): nothing is written or removed. */
function towncrierDraft(run, t) {
    return towncrier(run, t, ['--draft']);
}
/** Writes the release notes into the news file and removes the fragments (`git rm`), as towncrier does. */
async function towncrierBuild(run, t) {
    await towncrier(run, t, ['--yes']);
}

;// CONCATENATED MODULE: ./src/ecosystems/docs.ts


const WORD = /[A-Za-z0-9]/;
/**
 * Whether the match of `from` at `index` stands alone: when `from` starts with a name character, the character
 * before must not extend the name (`other-relay==1.0` is not `relay==1.0`); when it ends with one, the text after
 * must not extend the version (`1.0.post1`, `1.0rc1`, `1.0+local`), while a sentence's full stop is fine.
 */
function isBounded(text, index, from) {
    if (WORD.test(from[0])) {
        const before = text[index - 1] ?? '';
        if (WORD.test(before) || ((before === '-' || before === '_' || before === '.') && WORD.test(text[index - 2] ?? '')))
            return false;
    }
    if (WORD.test(from[from.length - 1])) {
        const after = text[index + from.length] ?? '';
        const next = text[index + from.length + 1] ?? '';
        if (WORD.test(after) || after === '+' || after === '!')
            return false;
        if ((after === '.' || after === '-' || after === '_') && WORD.test(next))
            return false;
    }
    // In a shields.io badge `--` is an escaped dash: `version-1.2.0-` must not match inside `version-1.2.0--rc1-`.
    if (from.endsWith('-') && text[index + from.length] === '-')
        return false;
    return true;
}
/** Replaces every bounded occurrence of the literal `from` with `to` (no regular expression is built). */
function replaceLiteral(text, from, to, options = {}) {
    if (from === '' || from === to)
        return { text, count: 0 };
    // Lower-casing keeps lengths for the ASCII of names and versions; anything else is matched exactly.
    const fold = options.ignoreCase && text.toLowerCase().length === text.length;
    const haystack = fold ? text.toLowerCase() : text;
    const needle = fold ? from.toLowerCase() : from;
    let common = 0;
    while (common < from.length && common < to.length && from[common] === to[common])
        common++;
    let out = '';
    let count = 0;
    let pos = 0;
    for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
        if (i < pos || !isBounded(text, i, from))
            continue;
        out += text.slice(pos, i) + (fold ? text.slice(i, i + common) + to.slice(common) : to);
        pos = i + from.length;
        count++;
    }
    return { text: out + text.slice(pos), count };
}
/**
 * Plans literal replacements (install snippets, badges) in documentation files given relative to `root`.
 * Paths escaping `root` are refused (PATH_ESCAPE); a missing file is a BAD_INPUT error. Replacements apply in
 * order. Returns the edits (only for files that change) and how many replacements each file got. Nothing is written.
 */
async function planDocsEdits(root, files, replacements) {
    const edits = [];
    const changed = [];
    for (const file of [...new Set(files)]) {
        const full = (0,core_files/* resolveInside */.LI)(root, file, 'docs-files');
        const before = await (0,core_files/* readTextOrNull */.GR)(full);
        if (before === null) {
            throw new errors/* ReleaseError */.K2('BAD_INPUT', `Docs file ${file} (input "docs-files") does not exist.`, 'List existing files, relative to the repository root, in input "docs-files".', { location: { file } });
        }
        let after = before;
        let count = 0;
        for (const r of replacements) {
            const res = replaceLiteral(after, r.from, r.to, { ignoreCase: r.ignoreCase });
            after = res.text;
            count += res.count;
        }
        if (count > 0 && after !== before) {
            edits.push({ path: file, before, after });
            changed.push({ file, count });
        }
    }
    return { edits, changed };
}

// EXTERNAL MODULE: ./src/ecosystems/adapters.ts + 3 modules
var adapters = __webpack_require__(6278);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(10308);
// EXTERNAL MODULE: ./src/versioning/scheme.ts + 4 modules
var versioning_scheme = __webpack_require__(95634);
// EXTERNAL MODULE: ./src/github/repository.ts
var repository = __webpack_require__(90651);
// EXTERNAL MODULE: ./src/stages/prepare-checks.ts
var prepare_checks = __webpack_require__(92384);
;// CONCATENATED MODULE: ./src/stages/prepare-commit.ts
/**
 * The last two steps of a prepared release, shared by the single-package and the workspace path: the release
 * commit (a failed commit puts the files back) and the push (a refused push undoes the local commit).
 */



/** Commits `files`; a failed commit puts them and the index back as they were at the base commit. */
async function commitRelease(t, files, message, identity) {
    return (0,combinators/* instrumented */.RC)('commit', async () => {
        try {
            return await t.git.commit(files, message, identity ?? git_git/* BOT_IDENTITY */.br);
        }
        catch (err) {
            await t.git.git(['reset', '--quiet', t.baseSha, '--', ...files], { check: false });
            await t.git.git(['checkout', t.baseSha, '--', ...files], { check: false });
            await t.git.git(['clean', '-fq', '--', ...files], { check: false });
            throw err;
        }
    })(undefined, t.sctx);
}
/** Pushes the release commit to its branch; a refused push undoes the local commit so a re-run starts clean. */
async function pushRelease(t) {
    const { git, branch, remote } = t;
    if (!t.push)
        return false;
    if (!t.hasRemote) {
        t.logger.warning(`No remote "${remote}": the release commit stays local.`);
        return false;
    }
    if (!branch)
        return false;
    await (0,combinators/* instrumented */.RC)('push', async () => {
        try {
            await git.push(remote, [`HEAD:refs/heads/${branch}`]);
        }
        catch (err) {
            await git.git(['reset', '--hard', t.baseSha]);
            const moved = await git.fetchBranch(remote, branch);
            if (moved && moved !== t.baseSha) {
                throw new errors/* ReleaseError */.K2('REMOTE_MOVED', `${remote}/${branch} moved to ${moved.slice(0, 7)} while the release was being prepared; nothing was pushed and the local release commit was undone.`, 'Re-run the release: it will start from the new commits and include them in the changelog.', { cause: err });
            }
            throw err;
        }
    })(undefined, t.sctx);
    return true;
}

// EXTERNAL MODULE: ./src/changelog/locate.ts
var locate = __webpack_require__(95610);
// EXTERNAL MODULE: ./src/changelog/render.ts
var render = __webpack_require__(54552);
// EXTERNAL MODULE: ./src/changelog/insert.ts
var insert = __webpack_require__(44453);
// EXTERNAL MODULE: ./src/changelog/styled.ts + 1 modules
var styled = __webpack_require__(805);
;// CONCATENATED MODULE: ./src/changelog/reopen.ts


/**
 * Re-opens the section of `version`, prepared by an earlier run whose release was never tagged, so that the
 * next insertion writes it afresh with every commit since the last release (no burned versions):
 *
 * - a section that existed before the release commit (`before` holds it: written ahead by hand, as click
 *   does) gets its date line back from `before`, so the insertion fills it in again;
 * - a section the release commit added is removed with its link reference; its entries that name none of
 *   `shas` (moved there from `Unreleased` by hand) are carried into the new section.
 *
 * The text comes back unchanged when it has no section for the version.
 */
function reopenSection(path, text, before, version, shas) {
    const format = (0,styled/* changelogFormat */.qZ)(path, text);
    const found = (0,styled/* findSection */.rv)(text, format, version);
    if (found === null)
        return { text, carried: {} };
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = text.split(/\r?\n/);
    const prior = before === null ? null : (0,styled/* findSection */.rv)(before, format, version);
    if (prior !== null) {
        // Put the lines under the heading back as they were before the release commit touched them (the
        // `Unreleased` marker); entries added since stay.
        const old = before === null ? [] : before.split(/\r?\n/).slice(prior.bodyStart, prior.end);
        const now = lines.slice(found.bodyStart, found.end);
        const marker = old.findIndex((l) => /unreleased|tbd|tba/i.test(l));
        if (marker >= 0) {
            const firstText = now.findIndex((l) => l.trim() !== '');
            if (firstText >= 0 && (0,styled/* detectStyle */.bg)(text, format) !== null)
                now[firstText] = old[marker];
        }
        return { text: [...lines.slice(0, found.bodyStart), ...now, ...lines.slice(found.end)].join(eol), carried: {} };
    }
    const shorts = shas.map((s) => s.slice(0, 7));
    const body = lines.slice(found.bodyStart, found.end);
    const entries = (0,insert/* parseUnreleasedEntries */.Q5)(format === 'markdown' ? body.map((l) => l.replace(/^#{3,6} /, '### ')) : body);
    const carried = {};
    for (const [heading, items] of Object.entries(entries)) {
        const kept = items.filter((i) => !shorts.some((s) => i.includes(s)) && i.trim() !== 'No notable changes.' && !/^(Released|First release)\b/.test(i.trim()));
        if (kept.length > 0)
            carried[heading] = kept;
    }
    const label = `[${version}]:`;
    const out = [...lines.slice(0, found.start), ...lines.slice(found.end)].filter((l) => !l.startsWith(label));
    return { text: out.join(eol), carried };
}

// EXTERNAL MODULE: ./src/changelog/write.ts
var write = __webpack_require__(38193);
// EXTERNAL MODULE: ./src/versioning/bump.ts
var bump = __webpack_require__(94402);
;// CONCATENATED MODULE: ./src/stages/prepare-history.ts









/** At most this many entries in a first release's section when no `since` says where its history starts. */
const FIRST_RELEASE_ENTRIES = 20;
/**
 * Makes sure the whole history and every tag are here: a shallow clone (`fetch-depth: 1`) would decide the
 * version from a fraction of the commits. Deepens it from the remote (`git fetch --unshallow --tags`), or stops
 * with the fix when there is no remote or the fetch fails.
 */
async function ensureFullHistory(git, remote, hasRemote, logger, shallow) {
    if (!(shallow ?? (await git.isShallow())))
        return;
    const fix = 'Check out the full history: actions/checkout with fetch-depth: 0 (or run `git fetch --unshallow --tags` before this step).';
    if (!hasRemote) {
        throw new errors/* ReleaseError */.K2('SHALLOW_HISTORY', `This is a shallow clone and there is no remote "${remote}" to fetch the rest of the history from; a version decided from part of the history can be wrong.`, fix);
    }
    logger.info(`Shallow clone: fetching the full history and the tags from ${remote} (git fetch --unshallow --tags).`);
    try {
        await git.unshallow(remote);
    }
    catch (err) {
        throw new errors/* ReleaseError */.K2('SHALLOW_HISTORY', `This is a shallow clone and fetching the rest of the history from ${remote} failed: ${err instanceof Error ? err.message : String(err)}`, fix, { cause: err });
    }
    if (await git.isShallow())
        throw new errors/* ReleaseError */.K2('SHALLOW_HISTORY', 'The clone is still shallow after git fetch --unshallow.', fix);
}
/** Bump rules: inputs `minor-types` / `patch-types` win, then the release tool's configuration, then the defaults. */
function bumpRules(o, conventions) {
    const base = conventions.bumpRules ?? bump/* DEFAULT_BUMP_RULES */.rk;
    const clean = (l) => (l && l.length > 0 ? l.map((t) => t.trim().toLowerCase()).filter(Boolean) : undefined);
    return { minor: clean(o.minorTypes) ?? base.minor, patch: clean(o.patchTypes) ?? base.patch };
}
/**
 * The version decision, for a re-opened release too: with an untagged release commit for X, the decision is
 * made from the last release over every commit since it, and never goes below X (X moves only when the new
 * commits call for more). Without a last release the re-opened X stays.
 */
function decideWithReopen(history, input) {
    const reopened = history.reopened;
    if (!reopened)
        return (0,bump/* decideNextVersion */.a4)(input);
    const x = reopened.version;
    const { scheme } = input;
    const stays = (why) => ({ next: x, bump: 'reopened', reason: `${x} was prepared (${reopened.sha.slice(0, 7)}) and never tagged, so it is prepared again: ${why}.`, released: true, deciding: [] });
    if (!history.last)
        return stays('there is no earlier release to bump from');
    let d;
    try {
        d = (0,bump/* decideNextVersion */.a4)({ ...input, current: history.last.version, lastRelease: history.last.version });
    }
    catch (err) {
        if ((0,errors/* isReleaseError */.q8)(err, 'BAD_VERSION') || (0,errors/* isReleaseError */.q8)(err, 'DOWNGRADE'))
            return stays('the input asks for nothing above it');
        throw err;
    }
    if (d.next === null || scheme.compare(d.next, x) <= 0)
        return { ...stays('the commits since the last release call for no higher version'), deciding: d.deciding };
    return { ...d, reason: `${d.reason} (${x} was prepared but never tagged; the new commits call for more.)` };
}
function joinRel(dir, file) {
    return dir === '.' || dir === '' ? file : `${dir.replace(/\/$/, '')}/${file}`;
}
/**
 * A first release without `since`: at most FIRST_RELEASE_ENTRIES entries (the newest), the rest counted, under
 * a "First release" line; a warning says how to choose the starting point.
 */
function boundFirstRelease(commits, includeOther, logger, start) {
    const listed = commits.filter((c) => (0,render/* sectionOf */.ZE)(c, includeOther ?? true) !== null);
    if (start !== 'the first commit')
        return { commits, preamble: [] };
    if (listed.length <= FIRST_RELEASE_ENTRIES)
        return { commits, preamble: ['First release.'] };
    const kept = new Set(listed.slice(0, FIRST_RELEASE_ENTRIES));
    const rest = listed.length - FIRST_RELEASE_ENTRIES;
    logger.warning(`No release tag yet: the first release's section lists the ${FIRST_RELEASE_ENTRIES} newest of ${listed.length} changes in the whole history. Set input "since" (a commit, tag or date) to say where the first release's changes start.`);
    return { commits: commits.filter((c) => kept.has(c) || (0,render/* sectionOf */.ZE)(c, includeOther ?? true) === null), preamble: [`First release. The ${FIRST_RELEASE_ENTRIES} most recent changes are listed; ${rest} earlier change${rest === 1 ? ' is' : 's are'} not.`] };
}
/**
 * Plans the changelog change in the project's own file and format: towncrier when it is configured (a draft
 * now, the build at write time), else the existing changelog (or the one named by `changelog-file` or the
 * release tool), re-opening a section prepared earlier and never tagged. Nothing is written.
 */
async function planChangelog(git, run, logger, p) {
    const pkgAbs = (0,core_files/* resolveInside */.LI)(p.root, p.packageDir, 'package-dir');
    if (p.conventions.towncrier && p.explicitFile === undefined) {
        const t = { cwd: pkgAbs, name: p.conventions.towncrier.name ?? p.name, version: p.version, date: p.date, from: p.conventions.towncrier.from };
        const path = joinRel(p.packageDir, p.conventions.towncrier.filename);
        const draft = await towncrierDraft(run, t);
        const entries = draft.split('\n').filter((l) => /^\s*[-*] /.test(l)).length;
        if (p.history.reopened) {
            // towncrier consumed the fragments in the earlier release commit: nothing new is nothing to do; new
            // fragments would make a second section for the same version, which towncrier cannot merge.
            if (entries === 0) {
                const text = (await (0,core_files/* readTextOrNull */.GR)((0,core_files/* resolveInside */.LI)(p.root, path, 'changelog-file'))) ?? '';
                const at = (0,styled/* findSection */.rv)(text, (0,styled/* changelogFormat */.qZ)(path, text), p.history.reopened.version);
                const section = at ? text.split(/\r?\n/).slice(at.start, at.end).join('\n').trimEnd() + '\n' : '';
                return { path, edit: null, rendered: { text, sectionMarkdown: section, entries: section.split('\n').filter((l) => /^\s*[-*] /.test(l)).length }, towncrier: null };
            }
            throw new errors/* ReleaseError */.K2('BAD_CHANGELOG', `${p.history.reopened.version} was prepared (${p.history.reopened.sha.slice(0, 7)}) and never tagged, and new news fragments arrived since; towncrier cannot add them to the section it already wrote.`, `Revert the release commit (git revert ${p.history.reopened.sha.slice(0, 7)}) and push, then prepare again: towncrier then builds one section from all the fragments.`);
        }
        return { path, edit: null, rendered: { text: '', sectionMarkdown: draft.trim() + '\n', entries }, towncrier: t };
    }
    const explicit = p.explicitFile !== undefined ? { path: p.explicitFile, from: 'input "changelog-file"' } : p.conventions.changelogFile ? { path: p.conventions.changelogFile.path, from: p.conventions.changelogFile.from } : undefined;
    const where = await (0,locate/* locateChangelog */.v)(p.root, p.packageDir, explicit);
    const path = joinRel(p.packageDir, where.path);
    const full = (0,core_files/* resolveInside */.LI)(p.root, path, 'changelog-file');
    const existing = await (0,core_files/* readTextOrNull */.GR)(full);
    let text = existing;
    let carried = {};
    if (existing !== null && p.history.reopened) {
        const before = await git.git(['show', `${p.history.reopened.firstSha}^:${path}`], { check: false });
        const shas = p.history.commits.map((c) => c.sha);
        const r = reopenSection(path, existing, before.code === 0 ? before.stdout : null, p.history.reopened.version, shas);
        text = r.text;
        carried = r.carried;
    }
    let commits = p.history.commits;
    if (!p.history.last) {
        const bounded = boundFirstRelease(commits, p.includeOther, logger, p.history.start);
        commits = bounded.commits;
        if (bounded.preamble.length > 0 && !Object.values(carried).flat().some((e) => e.startsWith('First release')))
            carried = { '': bounded.preamble, ...carried };
    }
    logger.info(`Changelog: ${path} (${where.from === 'found' ? 'found' : where.from === 'new' ? 'none found: a new file' : where.from}).`);
    const rendered = (0,write/* writeRelease */.d)(where.path, text, {
        version: p.version,
        date: p.date,
        commits,
        repoUrl: p.repoUrl,
        previousTag: p.history.last?.tag ?? null,
        tag: p.tag,
        includeOther: p.includeOther,
        scheme: p.scheme,
        carriedEntries: carried,
    });
    return { path, edit: { path, before: existing, after: rendered.text }, rendered, towncrier: null };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
;// CONCATENATED MODULE: ./src/github/branch-rules.ts

/**
 * Ruleset rules that refuse a plain push to the branch. `required_signatures` only blocks commits made with
 * git (a commit created through the API is signed by GitHub). `non_fast_forward` and `required_linear_history`
 * never stop a fast-forward release commit.
 */
const BLOCKING_RULES = ['pull_request', 'required_status_checks', 'update', 'required_deployments', 'merge_queue', 'workflows', 'code_scanning'];
/**
 * Reads the rules that apply to `branch` (`GET /rules/branches/{branch}`) and its classic protection
 * (`GET /branches/{branch}/protection`, 404 = none, 403 = not readable with this token) and lists what would
 * refuse a push of the release commit. Rulesets the token may bypass are still listed: GitHub does not say.
 */
async function readPushBlockers(gh, opts) {
    const blockers = [];
    const signedOk = opts.commitVia === 'api';
    try {
        // Advisory reads: no retries (the push itself is the final word), so an unreachable API costs one request.
        const rules = await gh.paginate(gh.rest.repos.getBranchRules, { owner: opts.owner, repo: opts.repo, branch: opts.branch, per_page: 100, request: { retries: 0 } });
        for (const r of rules) {
            if (BLOCKING_RULES.includes(r.type) || (r.type === 'required_signatures' && !signedOk)) {
                if (!blockers.some((b) => b.rule === r.type))
                    blockers.push({ source: 'ruleset', rule: r.type });
            }
        }
    }
    catch (err) {
        if ((0,client/* httpStatus */.nG)(err) !== 404)
            throw (0,client/* githubFailure */.eQ)(`reading the rules of branch ${opts.branch}`, err);
    }
    let protectionReadable = true;
    try {
        const { data: p } = await gh.rest.repos.getBranchProtection({ owner: opts.owner, repo: opts.repo, branch: opts.branch, request: { retries: 0 } });
        if (p.required_pull_request_reviews)
            blockers.push({ source: 'protection', rule: 'required_pull_request_reviews' });
        if (p.required_status_checks && ((p.required_status_checks.contexts ?? []).length > 0 || (p.required_status_checks.checks ?? []).length > 0)) {
            blockers.push({ source: 'protection', rule: 'required_status_checks' });
        }
        if (p.restrictions)
            blockers.push({ source: 'protection', rule: 'restrictions' });
        if (p.lock_branch?.enabled)
            blockers.push({ source: 'protection', rule: 'lock_branch' });
        if (p.required_signatures?.enabled && !signedOk)
            blockers.push({ source: 'protection', rule: 'required_signatures' });
    }
    catch (err) {
        const status = (0,client/* httpStatus */.nG)(err);
        if (status === 403)
            protectionReadable = false;
        else if (status !== 404)
            throw (0,client/* githubFailure */.eQ)(`reading the protection of branch ${opts.branch}`, err);
    }
    return { blockers, protectionReadable };
}

;// CONCATENATED MODULE: ./src/github/git-data.ts

/**
 * Creates a commit through GitHub's Git database API (blobs → tree on top of the parent's tree → commit),
 * which GitHub signs when the token is a GitHub App's or GITHUB_TOKEN (no author given: GitHub commits as the
 * token's identity). Does not move any ref.
 */
async function createApiCommit(gh, opts) {
    const { owner, repo } = opts;
    try {
        const { data: parent } = await gh.rest.git.getCommit({ owner, repo, commit_sha: opts.parent });
        const entries = [];
        for (const f of opts.files) {
            if (f.content === null) {
                entries.push({ path: f.path, mode: f.mode, type: 'blob', sha: null });
                continue;
            }
            const { data: blob } = await gh.rest.git.createBlob({ owner, repo, content: f.content.toString('base64'), encoding: 'base64' });
            entries.push({ path: f.path, mode: f.mode, type: 'blob', sha: blob.sha });
        }
        const { data: tree } = await gh.rest.git.createTree({ owner, repo, base_tree: parent.tree.sha, tree: entries });
        const { data: commit } = await gh.rest.git.createCommit({ owner, repo, message: opts.message, tree: tree.sha, parents: [opts.parent] });
        return { sha: commit.sha, tree: tree.sha, verified: commit.verification?.verified ?? false };
    }
    catch (err) {
        throw (0,client/* githubFailure */.eQ)('creating the release commit through the Git database API', err);
    }
}
/** The commit a branch points at on GitHub, or null when the branch does not exist. */
async function branchHead(gh, opts) {
    try {
        const { data } = await gh.rest.git.getRef({ owner: opts.owner, repo: opts.repo, ref: `heads/${opts.branch}` });
        return data.object.sha;
    }
    catch (err) {
        if ((0,client/* httpStatus */.nG)(err) === 404)
            return null;
        throw (0,client/* githubFailure */.eQ)(`reading branch ${opts.branch}`, err);
    }
}
/** Points a branch at `sha`: creates it, fast-forwards it, or (force) moves it anywhere. */
async function setBranch(gh, opts) {
    const { owner, repo } = opts;
    try {
        if ((await branchHead(gh, opts)) === null) {
            await gh.rest.git.createRef({ owner, repo, ref: `refs/heads/${opts.branch}`, sha: opts.sha });
            return;
        }
        await gh.rest.git.updateRef({ owner, repo, ref: `heads/${opts.branch}`, sha: opts.sha, force: opts.force ?? false });
    }
    catch (err) {
        throw (0,client/* githubFailure */.eQ)(`moving branch ${opts.branch} to ${opts.sha.slice(0, 7)}`, err);
    }
}
/** The tree sha of a commit on GitHub. */
async function commitTree(gh, opts) {
    try {
        const { data } = await gh.rest.git.getCommit({ owner: opts.owner, repo: opts.repo, commit_sha: opts.sha });
        return data.tree.sha;
    }
    catch (err) {
        throw (0,client/* githubFailure */.eQ)(`reading commit ${opts.sha.slice(0, 7)}`, err);
    }
}

;// CONCATENATED MODULE: ./src/github/api-commit.ts


/** The mode git records for `path` at HEAD (100755 for executables), 100644 for a new file. */
async function fileMode(git, path) {
    const line = (await git.git(['ls-files', '--stage', '--', path])).stdout.trim();
    return line.startsWith('100755') ? '100755' : '100644';
}
/** The release commit's files for the Git database API, from the planned edits and removals (nothing is written locally). */
async function treeFilesFromEdits(git, edits, deleted = []) {
    const files = [];
    for (const e of edits)
        files.push({ path: e.path, mode: await fileMode(git, e.path), content: e.after === null ? null : Buffer.from(e.after, 'utf8') });
    for (const path of deleted)
        files.push({ path, mode: await fileMode(git, path), content: null });
    return files;
}
/**
 * Makes the release commit through GitHub's Git database API on top of `parent` (which GitHub must have: it
 * is the remote branch's tip), points `branch` at it (`force` for a release branch the suite owns), then
 * fetches it and checks it out locally on `branch`, so the working tree equals what GitHub holds.
 */
async function commitThroughApi(opts) {
    const { git, github: gh } = opts;
    const files = await treeFilesFromEdits(git, opts.edits, opts.deleted);
    const commit = await createApiCommit(gh.client, { owner: gh.owner, repo: gh.repo, parent: opts.parent, files, message: opts.message });
    await setBranch(gh.client, { owner: gh.owner, repo: gh.repo, branch: opts.branch, sha: commit.sha, force: opts.force });
    const fetched = await git.fetchBranch(opts.remote, opts.branch);
    if (fetched !== commit.sha) {
        throw new errors/* ReleaseError */.K2('REMOTE_MOVED', `${opts.remote}/${opts.branch} is at ${fetched?.slice(0, 7) ?? 'nothing'} after the API commit ${commit.sha.slice(0, 7)}.`, 'Check that the remote is the GitHub repository the token writes to, then re-run.');
    }
    await git.git(['checkout', '--quiet', '-B', opts.branch, commit.sha]);
    return commit;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/changelog/towncrier-edits.ts
/**
 * towncrier for a release commit that is not made in the checkout itself (release-mode: pr, commit-via:
 * api): `towncrier build` writes its news file and removes the fragments, so its output is not known as
 * planned edits. It runs here in a temporary git worktree of the base commit with the planned edits
 * applied, and what it changed comes back as edits plus deleted paths; the checkout is never touched.
 */





/**
 * Applies `edits` to a temporary worktree of `baseSha`, runs `towncrier build` there (in the package
 * directory `t.cwd` maps to), and returns what the release commit must hold. The worktree is removed
 * whatever happens.
 */
async function towncrierChanges(opts) {
    const { git } = opts;
    const parent = await (0,promises_.mkdtemp)((0,external_node_path_.join)(opts.tempDir ?? (0,external_node_os_.tmpdir)(), 'relay-towncrier-'));
    const tree = (0,external_node_path_.join)(parent, 'tree');
    try {
        await git.git(['worktree', 'add', '--quiet', '--detach', tree, opts.baseSha]);
        await (0,core_files/* applyEdits */.ct)(tree, opts.edits);
        await towncrierBuild(opts.run, { ...opts.towncrier, cwd: (0,external_node_path_.join)(tree, (0,external_node_path_.relative)(opts.root, opts.towncrier.cwd)) });
        // Everything that differs from the base now: the planned edits and towncrier's writes and removals.
        await opts.run('git', ['add', '-A'], { cwd: tree });
        const changed = (await opts.run('git', ['diff', '--cached', '--name-status', '--no-renames', '-z', opts.baseSha], { cwd: tree })).stdout.split('\0').filter(Boolean);
        const edits = [];
        const deleted = [];
        for (let i = 0; i + 1 < changed.length; i += 2) {
            const [status, path] = [changed[i], changed[i + 1]];
            if (status === 'D') {
                deleted.push(path);
                continue;
            }
            const planned = opts.edits.find((e) => e.path === path);
            const before = planned ? planned.before : status === 'A' ? null : await (0,promises_.readFile)((0,core_files/* resolveInside */.LI)(opts.root, path), 'utf8');
            edits.push({ path, before, after: await (0,promises_.readFile)((0,external_node_path_.join)(tree, path), 'utf8') });
        }
        return { edits, deleted };
    }
    finally {
        await git.git(['worktree', 'remove', '--force', tree], { check: false });
        await (0,promises_.rm)(parent, { recursive: true, force: true });
        await git.git(['worktree', 'prune'], { check: false });
    }
}

;// CONCATENATED MODULE: ./src/commits/release-marker.ts
/**
 * The machine-readable marks of a release made through a pull request: the `Release-Relay: <tag> <id>`
 * trailer (in the release commit and the PR body, so merge, squash and rebase all carry it to the default
 * branch) and the release context embedded in the PR body. Pure functions.
 */

/** The trailer key. */
const TRAILER_KEY = 'Release-Relay';
const CONTEXT_OPEN = '<!-- release-relay:context ';
const CONTEXT_CLOSE = ' -->';
/** The trailer line for a release. */
function formatTrailer(tag, contextId) {
    return `${TRAILER_KEY}: ${tag} ${contextId}`;
}
/** The release commit message: the configured message, a blank line, the trailer. */
function withTrailer(message, tag, contextId) {
    return `${message.replace(/\s+$/, '')}\n\n${formatTrailer(tag, contextId)}`;
}
/** Every `Release-Relay: <tag> <id>` trailer in a commit message or PR body (a squash may hold several). */
function parseTrailers(text) {
    const out = [];
    for (const m of text.matchAll(/^(?:\*\s+)?Release-Relay: (\S+) ([0-9a-f-]{36})\s*$/gm))
        out.push({ tag: m[1], contextId: m[2] });
    return out;
}
/** Default release branch template. */
const DEFAULT_RELEASE_BRANCH = 'release/{tag}';
/** The release branch name from its template (`{tag}`, `{version}`). */
function releaseBranchName(template, tag, version) {
    return template.split('{tag}').join(tag).split('{version}').join(version);
}
/** The release PR's title. */
function releasePrTitle(context) {
    return `Release ${context.package.name} ${context.version?.next ?? ''}`.trim();
}
/**
 * The release PR's body: the changelog section, the plan, how merging publishes, the embedded context (an
 * HTML comment GitHub does not render) and the trailer as the last paragraph (kept by squash merges).
 */
function renderPrBody(input) {
    const c = input.context;
    const v = c.version;
    const embedded = { ...c, timeline: [] };
    const encoded = Buffer.from(JSON.stringify(embedded), 'utf8').toString('base64');
    return [
        `This pull request releases **${c.package.name} ${v?.next}** (${v?.previous} → ${v?.next}, ${v?.bump}: ${v?.reason}).`,
        '',
        c.changelog?.section_markdown ?? '',
        '',
        '### Plan',
        '',
        `- files: ${input.files.map((f) => `\`${f}\``).join(', ') || 'none'}`,
        `- tag: \`${v?.tag}\`, created on ${input.baseBranch} when this pull request is merged (merge, squash or rebase)`,
        `- publish: the ${c.package.ecosystem} package \`${c.package.name}\` to the registries publish-and-verify is configured with`,
        '- gate: the release-relay quality gate runs on this pull request and reports a check run; when the merged tree equals the gated head, the approved files are published unchanged, otherwise the merge commit is gated once more',
        '',
        'Close this pull request without merging to abandon the release. Do not edit the version files here: re-run prepare-release instead.',
        '',
        `${CONTEXT_OPEN}${encoded}${CONTEXT_CLOSE}`,
        '',
        formatTrailer(v?.tag ?? '', c.id),
    ].join('\n');
}
/** True when a PR body was written by release-relay. */
function release_marker_isSuiteBody(body) {
    return body.includes(CONTEXT_OPEN) && parseTrailers(body).length > 0;
}
/** The release context embedded in a PR body, or null when there is none (a PR someone else wrote). */
function release_marker_contextFromPrBody(body) {
    const start = body.indexOf(CONTEXT_OPEN);
    if (start < 0)
        return null;
    const end = body.indexOf(CONTEXT_CLOSE, start + CONTEXT_OPEN.length);
    if (end < 0)
        return null;
    const encoded = body.slice(start + CONTEXT_OPEN.length, end).trim();
    return (0,core_context/* validateContext */.Cp)(JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/core/approved-copy.ts
/**
 * The approved bytes, held where nobody else can swap them: each approved file is read once, checked against
 * the digest the gate recorded, and written from that same buffer into a private directory (mode 0700, files
 * 0400). Uploads read only these copies.
 */





/** sha256 of a buffer, hex. */
function sha256Hex(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
/**
 * Copies each source into a new private directory under `parent` (defaults to the OS temp dir) after checking
 * its digest on the very bytes that are written. Throws DIGEST_MISMATCH (and removes the directory) otherwise.
 */
async function copyApproved(sources, parent = tmpdir()) {
    const dir = await mkdtemp(join(parent, 'release-relay-approved-'));
    await chmod(dir, 0o700);
    const cleanup = () => rm(dir, { recursive: true, force: true });
    try {
        const files = [];
        for (const s of sources) {
            const bytes = await readFile(s.path).catch((err) => {
                throw new ReleaseError('DIGEST_MISMATCH', `Approved file ${basename(s.path)} is missing: ${err.message}`, 'Download the release artifact the gate uploaded into input `artifact-dir`.');
            });
            const digest = sha256Hex(bytes);
            if (digest !== s.sha256.toLowerCase()) {
                throw new ReleaseError('DIGEST_MISMATCH', `${basename(s.path)} has sha256 ${digest}, but the gate approved ${s.sha256}.`, 'Publish only the artifact the gate built; re-run the gate if the files were rebuilt.', { location: { file: s.path } });
            }
            const copy = join(dir, basename(s.path));
            await writeFile(copy, bytes, { flag: 'wx', mode: 0o400 });
            files.push(copy);
        }
        return { dir, files, cleanup };
    }
    catch (err) {
        await cleanup();
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/github/artifacts.ts





/**
 * Finds the newest unexpired artifact called `name` uploaded by a workflow run on `headSha`
 * (`GET /actions/artifacts?name=`), or undefined.
 */
async function findArtifact(gh, opts) {
    try {
        const { data } = await gh.rest.actions.listArtifactsForRepo({ owner: opts.owner, repo: opts.repo, name: opts.name, per_page: 100 });
        const hit = data.artifacts
            .filter((a) => !a.expired && a.workflow_run?.head_sha === opts.headSha)
            .sort((a, b) => b.id - a.id)[0];
        return hit ? { id: hit.id, name: hit.name, runId: hit.workflow_run?.id, headSha: hit.workflow_run?.head_sha } : undefined;
    }
    catch (err) {
        throw (0,client/* githubFailure */.eQ)(`listing artifacts named ${opts.name}`, err);
    }
}
/**
 * Downloads an artifact's zip (`GET /actions/artifacts/{id}/zip`, which redirects to the archive) and unpacks
 * it into `dir` with the `unzip` binary (present on GitHub's Linux and macOS runners).
 */
async function downloadArtifact(gh, run, opts) {
    let zip;
    try {
        const { data } = await gh.rest.actions.downloadArtifact({ owner: opts.owner, repo: opts.repo, artifact_id: opts.id, archive_format: 'zip' });
        zip = Buffer.from(data);
    }
    catch (err) {
        throw (0,client/* githubFailure */.eQ)(`downloading artifact ${opts.id}`, err);
    }
    const tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relay-artifact-'));
    try {
        const file = (0,external_node_path_.join)(tmp, 'artifact.zip');
        await (0,promises_.writeFile)(file, zip);
        await (0,promises_.mkdir)(opts.dir, { recursive: true });
        const r = await run('unzip', ['-q', '-o', file, '-d', opts.dir], { check: false });
        if (r.code !== 0) {
            throw new errors/* ReleaseError */.K2('GITHUB_FAILED', `Could not unpack artifact ${opts.id}: ${r.stderr.trim() || `unzip exited ${r.code}`}.`, 'Install unzip on the runner (GitHub-hosted Linux and macOS runners have it), or download the artifact with actions/download-artifact and pass artifact-dir.');
        }
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/github/check-run-report.ts

/** Starts an in-progress check run named `name` on `sha`. */
async function check_run_report_startCheckRun(gh, opts) {
    try {
        const { data } = await gh.rest.checks.create({
            owner: opts.owner, repo: opts.repo, head_sha: opts.sha, name: opts.name, status: 'in_progress',
            ...(opts.detailsUrl ? { details_url: opts.detailsUrl } : {}),
            output: { title: opts.title, summary: 'The release-relay quality gate is running.' },
        });
        return { id: data.id, url: data.html_url ?? '' };
    }
    catch (err) {
        throw githubFailure(`creating check run "${opts.name}"`, err);
    }
}
/** Completes a check run with the gate's verdict. */
async function check_run_report_completeCheckRun(gh, opts) {
    try {
        await gh.rest.checks.update({
            owner: opts.owner, repo: opts.repo, check_run_id: opts.id, status: 'completed', conclusion: opts.success ? 'success' : 'failure',
            output: { title: opts.title, summary: opts.summary.slice(0, 65_000) },
        });
    }
    catch (err) {
        throw githubFailure('completing the gate check run', err);
    }
}

;// CONCATENATED MODULE: ./src/github/pulls.ts

function toInfo(p) {
    return {
        number: p.number, url: p.html_url, title: p.title, body: p.body ?? '', state: p.state === 'open' ? 'open' : 'closed', merged: p.merged_at !== null,
        headRef: p.head.ref, headSha: p.head.sha, headRepo: p.head.repo?.full_name ?? '', baseRef: p.base.ref, author: p.user?.login ?? '', mergeCommitSha: p.merge_commit_sha,
    };
}
/** Pull requests from `branch` (of the same repository) into `base`, in the given state, newest first. */
async function listPullsFromBranch(gh, opts) {
    try {
        const list = await gh.paginate(gh.rest.pulls.list, { owner: opts.owner, repo: opts.repo, head: `${opts.owner}:${opts.branch}`, state: opts.state, per_page: 100, ...(opts.base ? { base: opts.base } : {}) });
        return list.map((p) => toInfo(p));
    }
    catch (err) {
        throw (0,client/* githubFailure */.eQ)(`listing pull requests from ${opts.branch}`, err);
    }
}
/** Recent pull requests into `base` in a state (one page of 100, newest first). */
async function listRecentPulls(gh, opts) {
    try {
        const { data } = await gh.rest.pulls.list({ owner: opts.owner, repo: opts.repo, base: opts.base, state: opts.state, sort: 'updated', direction: 'desc', per_page: 100 });
        return data.map((p) => toInfo(p));
    }
    catch (err) {
        throw (0,client/* githubFailure */.eQ)(`listing ${opts.state} pull requests into ${opts.base}`, err);
    }
}
/** One pull request by number. */
async function pulls_getPull(gh, opts) {
    try {
        const { data } = await gh.rest.pulls.get({ owner: opts.owner, repo: opts.repo, pull_number: opts.number });
        return toInfo(data);
    }
    catch (err) {
        throw githubFailure(`reading pull request #${opts.number}`, err);
    }
}
/** Opens a pull request from `head` into `base`. */
async function createPull(gh, opts) {
    try {
        const { data } = await gh.rest.pulls.create({ owner: opts.owner, repo: opts.repo, head: opts.head, base: opts.base, title: opts.title, body: opts.body });
        return toInfo(data);
    }
    catch (err) {
        throw (0,client/* githubFailure */.eQ)(`opening the pull request from ${opts.head}`, err);
    }
}
/** Updates a pull request's title, body or state. */
async function updatePull(gh, opts) {
    try {
        const { data } = await gh.rest.pulls.update({
            owner: opts.owner, repo: opts.repo, pull_number: opts.number,
            ...(opts.title !== undefined ? { title: opts.title } : {}), ...(opts.body !== undefined ? { body: opts.body } : {}), ...(opts.state ? { state: opts.state } : {}),
        });
        return toInfo(data);
    }
    catch (err) {
        throw (0,client/* githubFailure */.eQ)(`updating pull request #${opts.number}`, err);
    }
}
/** Comments on a pull request (pull requests are issues for comments). */
async function pulls_commentOnPull(gh, opts) {
    try {
        const { data } = await gh.rest.issues.createComment({ owner: opts.owner, repo: opts.repo, issue_number: opts.number, body: opts.body });
        return data.html_url;
    }
    catch (err) {
        throw (0,client/* githubFailure */.eQ)(`commenting on pull request #${opts.number}`, err);
    }
}

;// CONCATENATED MODULE: ./src/stages/release-pr.ts
/**
 * Release PR mode: the release commit goes to a branch and through a pull request instead of straight onto
 * the default branch. Three moments, one per workflow event:
 *  - push to the default branch: open or update the release PR (`openReleasePr`, after prepare's checks);
 *  - pull_request on the release branch: gate its head, report a check run, comment on rejection (`gateReleasePr`);
 *  - push after the merge: recognise the release commit by its trailer and hand publish the approved bytes
 *    when the merged tree is the gated one, or a context to gate once more (`findMergedRelease`).
 */














/** Release modes: `direct` pushes the release commit to the branch, `pr` opens a release pull request. */
const RELEASE_MODES = ['direct', 'pr'];
/** How the release commit is made: with git (and pushed) or through GitHub's Git database API (signed). */
const COMMIT_VIA = ['git', 'api'];
/** Name of the check run the gate reports on the release PR's head. */
const GATE_CHECK_NAME = 'release-relay / quality-gate';
/** Validates a branch name with git's rules; throws BAD_INPUT naming `release-branch`. */
async function assertValidBranchName(name, run) {
    const r = await run('git', ['check-ref-format', `refs/heads/${name}`], { check: false });
    if (r.code !== 0 || /\s/.test(name) || name.startsWith('-')) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "release-branch" gives "${name}", which is not a valid branch name.`, 'Use letters, digits, dots, dashes and slashes, e.g. release/{tag}; no spaces, "..", "~", "^", ":" or a trailing ".lock".');
    }
}
/** The commits on `tip` that are not on `base`, with their messages. */
async function commitsOnBranch(git, base, tip) {
    const out = (await git.git(['log', '--format=%H%x1f%B%x1e', `${base}..${tip}`])).stdout;
    return out.split('\x1e').map((r) => r.trim()).filter(Boolean).map((r) => {
        const [sha, message] = r.split('\x1f');
        return { sha, message: message ?? '' };
    });
}
/**
 * Decides the release branch without writing anything: refuses a branch whose open pull request someone else
 * opened; keeps a branch that holds only release-relay's own commits (it is rebuilt and force-updated); moves
 * to `<branch>-2`, `-3`, … when the branch holds someone else's commits, with a warning that says why.
 */
async function planReleasePr(input, branch) {
    const { git, github: gh } = input;
    const warnings = [];
    for (let n = 1; n <= 10; n++) {
        const candidate = n === 1 ? branch : `${branch}-${n}`;
        const open = await listPullsFromBranch(gh.client, { owner: gh.owner, repo: gh.repo, branch: candidate, base: input.baseBranch, state: 'open' });
        const foreign = open.find((p) => !release_marker_isSuiteBody(p.body));
        if (foreign) {
            throw new errors/* ReleaseError */.K2('RELEASE_PR_CONFLICT', `Pull request #${foreign.number} (${foreign.url}) from ${candidate} was opened by ${foreign.author || 'someone else'}, not by release-relay; nothing was changed.`, 'Close that pull request or rename its branch, or set release-branch to another name (e.g. release/{tag}-relay).');
        }
        const tip = await git.fetchBranch(input.remote, candidate);
        if (tip) {
            const commits = await commitsOnBranch(git, input.baseSha, tip);
            const others = commits.filter((c) => parseTrailers(c.message).length === 0);
            if (others.length > 0) {
                warnings.push(`${candidate} holds ${others.length} commit(s) release-relay did not make (${others.map((c) => c.sha.slice(0, 7)).join(', ')}); it was left as it is and the release goes to ${branch}-${n + 1} instead.`);
                continue;
            }
        }
        return { branch: candidate, previousTip: tip, existing: open[0], warnings };
    }
    throw new errors/* ReleaseError */.K2('RELEASE_PR_CONFLICT', `${branch} and its -2 … -10 variants all hold commits release-relay did not make.`, 'Delete the stale release branches, or set release-branch to another name.');
}
/**
 * Makes the release commit on the release branch (git: committed locally and force-pushed with a lease on the
 * tip seen by the plan; api: created through the Git database API), then opens or updates the one release
 * PR and closes the suite's older release PRs for another version. The local checkout ends on the release
 * branch at the release commit.
 */
async function openReleasePr(input, target) {
    const { git, github: gh, context, logger } = input;
    const tag = context.version?.tag;
    // The same release keeps its context id across re-runs; with nothing new, the existing commit is kept too.
    const previous = target.previousTip ? await commitsOnBranch(git, input.baseSha, target.previousTip) : [];
    const reuse = previous.length === 1 ? parseTrailers(previous[0].message)[0] : undefined;
    if (reuse?.tag === tag)
        context.id = reuse.contextId;
    const message = withTrailer(input.message, tag, context.id);
    let sha;
    let verified;
    let unchanged = false;
    if (input.commitVia === 'api') {
        const made = await (0,combinators/* instrumented */.RC)('commit through the GitHub API', () => commitThroughApi({ git, github: gh, remote: input.remote, parent: input.baseSha, branch: target.branch, edits: input.edits, deleted: input.deleted, message, force: target.previousTip !== null }))(undefined, input.sctx);
        sha = made.sha;
        verified = made.verified;
    }
    else {
        sha = await (0,combinators/* instrumented */.RC)('commit on the release branch', async () => {
            await git.git(['checkout', '--quiet', '-B', target.branch, input.baseSha]);
            try {
                await (0,core_files/* applyEdits */.ct)(input.root, input.edits);
                const deleted = input.deleted ?? [];
                if (deleted.length)
                    await git.git(['rm', '--quiet', '--', ...deleted]);
                const written = input.files.filter((f) => !deleted.includes(f));
                await git.git(['add', '--', ...written]);
                await git.git(['commit', '--quiet', '--no-verify', '-m', message, '--', ...written, ...deleted], { env: (0,git_git/* identityEnv */.Wx)(input.identity) });
            }
            catch (err) {
                await git.git(['checkout', '--quiet', '--force', input.baseBranch], { check: false });
                await git.git(['branch', '-D', target.branch], { check: false });
                throw err;
            }
            return git.head();
        })(undefined, input.sctx);
        if (reuse?.tag === tag && target.previousTip && previous.length === 1) {
            const [mine, theirs] = await Promise.all([git.out(['rev-parse', `${sha}^{tree}`]), git.out(['rev-parse', `${target.previousTip}^{tree}`])]);
            const parent = await git.out(['rev-parse', `${target.previousTip}^`]);
            if (mine === theirs && parent === input.baseSha) {
                await git.git(['checkout', '--quiet', '-B', target.branch, target.previousTip]);
                sha = target.previousTip;
                unchanged = true;
            }
        }
        if (!unchanged) {
            await (0,combinators/* instrumented */.RC)('push the release branch', async () => {
                const lease = `--force-with-lease=refs/heads/${target.branch}:${target.previousTip ?? ''}`;
                await git.git(['push', '--porcelain', lease, input.remote, `HEAD:refs/heads/${target.branch}`]);
            })(undefined, input.sctx);
        }
    }
    const body = renderPrBody({ context, files: input.files, baseBranch: input.baseBranch });
    const title = releasePrTitle(context);
    const pr = await (0,combinators/* instrumented */.RC)('open or update the release pull request', async () => {
        if (target.existing)
            return { pull: await updatePull(gh.client, { owner: gh.owner, repo: gh.repo, number: target.existing.number, title, body }), created: false };
        return { pull: await createPull(gh.client, { owner: gh.owner, repo: gh.repo, head: target.branch, base: input.baseBranch, title, body }), created: true };
    })(undefined, input.sctx);
    await (0,combinators/* instrumented */.RC)('close superseded release pull requests', () => closeSupersededPulls(input, pr.pull, tag))(undefined, input.sctx).catch((err) => logger.warning(`Could not close superseded release pull requests: ${(0,errors/* describeError */.Uc)(err)}`));
    for (const w of target.warnings)
        logger.warning(w);
    return { branch: target.branch, sha, pull: pr.pull, created: pr.created, unchanged, verified, warnings: target.warnings };
}
/**
 * Closes the suite's older release PRs into the same base that `current` supersedes (another version: the
 * bump changed, so the branch name did too), each with a comment linking `current`. Only a PR that is
 * release-relay's on both counts is touched: its body carries the suite's marker (embedded context and
 * trailer), and its branch (in this repository) holds only release commits the suite made. Anything else
 * is left open with a note in the log. Returns the numbers closed.
 */
async function closeSupersededPulls(input, current, tag) {
    const { git, github: gh, logger } = input;
    const repo = `${gh.owner}/${gh.repo}`.toLowerCase();
    const open = await listRecentPulls(gh.client, { owner: gh.owner, repo: gh.repo, base: input.baseBranch, state: 'open' });
    const closed = [];
    for (const p of open) {
        if (p.number === current.number || !release_marker_isSuiteBody(p.body))
            continue;
        if (parseTrailers(p.body).some((t) => t.tag === tag))
            continue;
        if (p.headRepo && p.headRepo.toLowerCase() !== repo) {
            logger.info(`#${p.number} looks like an older release PR but comes from ${p.headRepo}; left open.`);
            continue;
        }
        const tip = await git.fetchBranch(input.remote, p.headRef).catch(() => null);
        const commits = tip ? await commitsOnBranch(git, input.baseSha, tip) : [];
        const others = commits.filter((c) => parseTrailers(c.message).length === 0);
        if (!tip || others.length > 0) {
            logger.warning(`#${p.number} (${p.headRef}) looks like an older release PR, but ${tip ? `its branch holds ${others.length} commit(s) release-relay did not make (${others.map((c) => c.sha.slice(0, 7)).join(', ')})` : 'its branch could not be fetched'}; left open. Close it by hand if #${current.number} replaces it.`);
            continue;
        }
        await pulls_commentOnPull(gh.client, { owner: gh.owner, repo: gh.repo, number: p.number, body: `Superseded by #${current.number} (${current.url}): the release is now ${tag}. Closed by release-relay; the branch ${p.headRef} is no longer updated.` });
        await updatePull(gh.client, { owner: gh.owner, repo: gh.repo, number: p.number, state: 'closed' });
        logger.info(`Closed #${p.number}: superseded by #${current.number}.`);
        closed.push(p.number);
    }
    return closed;
}
/**
 * Gates the release PR's head: reads the release context from the PR body, checks the checkout is the PR's
 * head, reports a check run (make it a required check), runs the quality gate, and comments on the PR when
 * it rejects. The approved context and files are written to the artifact folder like any gate run.
 */
async function gateReleasePr(options, deps) {
    const gh = options.github;
    const pull = await getPull(gh.client, { owner: gh.owner, repo: gh.repo, number: options.pullNumber });
    const embedded = contextFromPrBody(pull.body);
    if (!embedded || !isSuiteBody(pull.body)) {
        throw new ReleaseError('BAD_CONTEXT', `Pull request #${pull.number} is not a release-relay release PR (its body holds no release context).`, 'Run the gate with pull-request only on release PRs (e.g. `if: startsWith(github.head_ref, \'release/\')`).');
    }
    if (pull.state !== 'open')
        throw new ReleaseError('BAD_CONTEXT', `Pull request #${pull.number} is ${pull.merged ? 'merged' : 'closed'}; there is nothing to gate.`, 'Gate open release PRs only; a merged release is published from the push to the default branch.');
    const head = await deps.git.head();
    if (head !== pull.headSha) {
        throw new ReleaseError('CONTEXT_MISMATCH', `The checkout is at ${head.slice(0, 7)} but pull request #${pull.number}'s head is ${pull.headSha.slice(0, 7)}.`, 'Check out the PR head: actions/checkout with ref: ${{ github.event.pull_request.head.sha }}.');
    }
    const context = { ...embedded, release_commit: { sha: pull.headSha, branch: pull.headRef, pushed: true, files_changed: embedded.release_commit?.files_changed ?? [] }, timeline: [] };
    const name = options.checkName ?? GATE_CHECK_NAME;
    const check = await startCheckRun(gh.client, { owner: gh.owner, repo: gh.repo, sha: pull.headSha, name, title: `Gating ${context.package.name} ${context.version?.next}`, detailsUrl: options.detailsUrl });
    // The gate (and the report parsers it loads) only when a release PR is gated: prepare imports this module too.
    const { qualityGate, rejectionIssueBody } = await Promise.all(/* import() */[__webpack_require__.e(893), __webpack_require__.e(566)]).then(__webpack_require__.bind(__webpack_require__, 41566));
    let result;
    try {
        result = await qualityGate({ ...options, context, github: gh, openIssue: false, excludeChecks: [...(options.excludeChecks ?? []), name] }, deps);
    }
    catch (err) {
        await completeCheckRun(gh.client, { owner: gh.owner, repo: gh.repo, id: check.id, success: false, title: 'The quality gate failed to run', summary: describeError(err) }).catch(() => undefined);
        throw err;
    }
    const failed = (result.context.gate?.checks ?? []).filter((c) => !c.ok);
    await completeCheckRun(gh.client, { owner: gh.owner, repo: gh.repo, id: check.id, success: result.approved, title: result.approved ? `Approved ${context.version?.next}` : `Rejected ${context.version?.next}`, summary: result.approved ? result.decision : rejectionIssueBody(result.context, failed) });
    let commentUrl;
    if (!result.approved) {
        commentUrl = await commentOnPull(gh.client, { owner: gh.owner, repo: gh.repo, number: pull.number, body: rejectionIssueBody(result.context, failed) });
        if (result.context.gate)
            result.context.gate.issue_url = commentUrl;
    }
    return { ...result, pull, checkRunId: check.id, commentUrl };
}
/** The first approved file in `dir` that is missing or whose sha256 differs from the context's, as a sentence; undefined when all match. */
async function firstDigestMismatch(dir, context) {
    const files = context.artifacts ?? [];
    if (files.length === 0)
        return 'the approved context lists no files';
    for (const a of files) {
        const bytes = await (0,promises_.readFile)((0,core_files/* resolveInside */.LI)(dir, a.file, 'merged-artifact-dir')).catch(() => null);
        if (!bytes)
            return `${a.file} is missing`;
        const digest = sha256Hex(bytes);
        if (digest !== a.sha256.toLowerCase())
            return `${a.file} has sha256 ${digest}, not the approved ${a.sha256}`;
    }
    return undefined;
}
/**
 * On a push to the default branch: finds the newest release commit (by its trailer) whose tag does not exist
 * yet, the merged release PR that carried it, and decides what to publish. When the merged commit's tree is
 * the gated PR head's tree, the approved artifact of that head is downloaded (Actions artifacts API) and its
 * context returned as is; otherwise the context asks for one gate run on the merged commit. Returns undefined
 * when HEAD holds no unpublished release (an ordinary push, or a release PR closed without merging).
 */
async function findMergedRelease(opts) {
    const { git, github: gh } = opts;
    const depth = String(opts.depth ?? 200);
    const log = (await git.git(['log', '-n', depth, '--format=%H%x1f%B%x1e', 'HEAD'])).stdout;
    let found;
    // The remote's tags: one listing (a network round trip) for every trailer, asked when first needed.
    let remoteTags;
    const onRemote = async (tag) => {
        remoteTags ??= git.hasRemote(opts.remote).then((has) => (has ? git.remoteTags(opts.remote) : null));
        return (await remoteTags)?.has(tag) ?? false;
    };
    for (const record of log.split('\x1e').map((r) => r.trim()).filter(Boolean)) {
        const [sha, message] = record.split('\x1f');
        for (const t of parseTrailers(message ?? '')) {
            if (await git.tagCommit(t.tag))
                continue;
            if (await onRemote(t.tag))
                continue;
            found = { sha, ...t };
            break;
        }
        if (found)
            break;
    }
    if (!found)
        return undefined;
    // The first commit on the default branch's first-parent line that contains the release commit.
    const line = (await git.out(['rev-list', '--first-parent', '-n', depth, 'HEAD'])).split('\n').filter(Boolean);
    const descendants = new Set((await git.out(['rev-list', '--ancestry-path', `${found.sha}..HEAD`])).split('\n').filter(Boolean));
    const target = [...line].reverse().find((c) => c === found?.sha || descendants.has(c)) ?? found.sha;
    const closed = await listRecentPulls(gh.client, { owner: gh.owner, repo: gh.repo, base: opts.baseBranch, state: 'closed' });
    const pull = closed.find((p) => p.merged && parseTrailers(p.body).some((t) => t.tag === found?.tag && t.contextId === found?.contextId));
    if (!pull) {
        throw new errors/* ReleaseError */.K2('BAD_CONTEXT', `${target.slice(0, 7)} carries release ${found.tag} (${found.contextId}) but no merged pull request into ${opts.baseBranch} has that release's trailer.`, 'Merge the release PR that prepare-release opened (its body carries the context), or release with release-mode: direct.');
    }
    const embedded = release_marker_contextFromPrBody(pull.body);
    if (!embedded)
        throw new errors/* ReleaseError */.K2('BAD_CONTEXT', `Pull request #${pull.number} lost its embedded release context (the body was edited).`, 'Restore the PR body, or re-run prepare-release to open a new release PR.');
    const release_commit = { sha: target, branch: opts.baseBranch, pushed: true, files_changed: embedded.release_commit?.files_changed ?? [] };
    const repository = { ...embedded.repository, ref: opts.baseBranch, sha: target };
    const base = { sha: target, tag: found.tag, pull };
    const [mergedTree, gatedTree] = await Promise.all([git.out(['rev-parse', `${target}^{tree}`]), commitTree(gh.client, { owner: gh.owner, repo: gh.repo, sha: pull.headSha })]);
    const regate = (reason) => {
        const context = { ...embedded, repository, release_commit, timeline: [] };
        delete context.gate;
        delete context.artifacts;
        return { ...base, context, needsGate: true, reason };
    };
    if (mergedTree !== gatedTree)
        return regate(`the merged tree of ${target.slice(0, 7)} differs from the gated head ${pull.headSha.slice(0, 7)} of #${pull.number} (${opts.baseBranch} moved meanwhile)`);
    const name = `release-${embedded.version?.next}`;
    const artifact = await findArtifact(gh.client, { owner: gh.owner, repo: gh.repo, name, headSha: pull.headSha }).catch((err) => {
        // A token without actions: read cannot see the artifacts: gating once more is safe, failing the release is not needed.
        opts.logger.warning(`Could not look up the release PR gate's artifact (${(0,errors/* describeError */.Uc)(err)}); the merge commit is gated again. Give the token actions: read to publish the approved files instead.`);
        return null;
    });
    if (artifact === null)
        return regate(`the Actions artifacts API could not be read (the token needs actions: read)`);
    if (!artifact)
        return regate(`no artifact ${name} from a gate run on ${pull.headSha.slice(0, 7)} was found (expired, or the gate did not approve)`);
    const dir = (0,external_node_path_.resolve)(opts.artifactDir);
    await downloadArtifact(gh.client, opts.run, { owner: gh.owner, repo: gh.repo, id: artifact.id, dir });
    const approved = await (0,core_context/* loadContext */._I)((0,external_node_path_.join)(dir, 'release-context.json'));
    if (approved.gate?.status !== 'approved' || approved.version?.tag !== found.tag) {
        return regate(`artifact ${artifact.id} does not hold an approved context for ${found.tag}`);
    }
    // The bytes handed on must be the ones the PR's gate approved: every file against its approved sha256.
    const mismatch = await firstDigestMismatch(dir, approved);
    if (mismatch)
        return regate(`artifact ${artifact.id}: ${mismatch}`);
    const context = { ...approved, repository, release_commit, gate: { ...approved.gate, artifact_dir: dir } };
    return { ...base, context, needsGate: false, artifactDir: dir, reason: `the merged tree equals the gated head ${pull.headSha.slice(0, 7)} of #${pull.number}: publishing the files its gate approved (artifact ${artifact.id})` };
}

;// CONCATENATED MODULE: ./src/stages/prepare-modes.ts
/**
 * The hooks prepare-release calls for its release modes (`direct`, `pr`) and commit paths (`git`, `api`):
 * option checks, the early branch-rules check of direct mode, the merged-release check of PR mode, the
 * release PR itself, and the token notes for the summary. Kept apart so prepare-release stays one list of steps.
 */









/** Checks the mode options before anything else; returns them typed. */
async function validateModeOptions(o, run) {
    const mode = (o.releaseMode ?? 'direct').trim();
    if (!RELEASE_MODES.includes(mode)) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "release-mode" is "${o.releaseMode}", which is not a release mode.`, `Use one of: ${RELEASE_MODES.join(', ')} (direct pushes the release commit, pr opens a release pull request).`);
    }
    const commitVia = (o.commitVia ?? 'git').trim();
    if (!COMMIT_VIA.includes(commitVia)) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "commit-via" is "${o.commitVia}".`, `Use one of: ${COMMIT_VIA.join(', ')} (api makes a commit GitHub signs).`);
    }
    if (mode === 'pr' && !o.push && !o.dryRun) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', 'release-mode: pr with push: false cannot work: a pull request needs a pushed branch.', 'Set push: true (the default), or use release-mode: direct with push: false to commit locally only.');
    }
    if ((mode === 'pr' || commitVia === 'api') && !o.github && !o.dryRun) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${mode === 'pr' ? 'release-mode: pr' : 'commit-via: api'} needs the GitHub API, but no token or repository was given.`, 'Pass github-token (a GitHub App token from actions/create-github-app-token lets the PR start workflows).');
    }
    const branchTemplate = o.releaseBranch?.trim() || DEFAULT_RELEASE_BRANCH;
    // Checked with a sample tag now; the real name is checked again once the tag is known.
    // The default template is valid by construction: only a given one is worth a git process.
    if (o.releaseBranch?.trim())
        await assertValidBranchName(releaseBranchName(branchTemplate, 'v1.0.0', '1.0.0'), run);
    return { mode, commitVia, branchTemplate };
}
/**
 * Direct mode: reads the branch's rules and classic protection and stops before any write when the push would
 * be refused. A dry run only warns.
 */
async function checkDirectPush(opts) {
    if (opts.bypass)
        return;
    await (0,combinators/* instrumented */.RC)('check branch rules', async () => {
        const gh = opts.github;
        const report = await readPushBlockers(gh.client, { owner: gh.owner, repo: gh.repo, branch: opts.branch, commitVia: opts.commitVia }).catch((err) => {
            // The check is early advice, the push is the final word: an unreadable API must not block a release.
            opts.logger.warning(`Could not read the rules of ${opts.branch} (${(0,errors/* describeError */.Uc)(err)}); continuing without the early check.`);
            return { blockers: [], protectionReadable: false };
        });
        if (!report.protectionReadable)
            opts.logger.info(`Classic protection of ${opts.branch} is not readable with this token (needs admin); rulesets were checked.`);
        if (report.blockers.length === 0)
            return;
        const rules = report.blockers.map((b) => `${b.rule} (${b.source === 'ruleset' ? 'ruleset' : 'branch protection'})`).join(', ');
        const message = `${opts.branch} has rules that refuse a direct push of the release commit: ${rules}.`;
        if (opts.dryRun) {
            opts.logger.warning(`${message} A real run would stop here.`);
            return;
        }
        throw new errors/* ReleaseError */.K2('BRANCH_PROTECTED', `${message} Nothing was changed.`, `Use release-mode: pr (the release goes through a pull request), or pass a github-token allowed to bypass these rules and set bypass-branch-rules: true${report.blockers.some((b) => b.rule === 'required_signatures') ? '; for required signatures alone, commit-via: api makes a signed commit' : ''}.`);
    })(undefined, opts.sctx);
}
/** PR mode, on a push to the default branch: a merged, unpublished release to hand to the gate or publish. */
async function mergedReleaseOnHead(opts) {
    return (0,combinators/* instrumented */.RC)('look for a merged release', () => findMergedRelease({ git: opts.git, run: opts.run, github: opts.github, remote: opts.remote, baseBranch: opts.branch, artifactDir: opts.artifactDir ?? (0,external_node_path_.join)(opts.tempDir || (0,external_node_os_.tmpdir)(), 'release-relay', 'merged-release'), logger: opts.logger }))(undefined, opts.sctx);
}
/**
 * towncrier's output for a release commit made away from the checkout: runs it in a temporary worktree
 * (see towncrier-edits.ts) and folds what it wrote into the edits; adds its files to `files` (as the direct
 * git path does). Without towncrier, the edits as planned.
 */
async function withTowncrier(opts) {
    const t = opts.towncrier;
    if (!t)
        return { edits: opts.edits, deleted: [] };
    const changes = await (0,combinators/* instrumented */.RC)('build changelog with towncrier', () => towncrierChanges({ git: opts.git, run: opts.run, root: opts.root, baseSha: opts.baseSha, edits: opts.edits, towncrier: t, tempDir: opts.tempDir }))(undefined, opts.sctx);
    for (const p of [...changes.edits.map((e) => e.path), ...changes.deleted])
        if (!opts.files.includes(p))
            opts.files.push(p);
    return changes;
}
/** PR mode: plans the release branch (no writes), then commits, pushes and opens or updates the PR. */
async function prepareViaPullRequest(opts) {
    const branch = releaseBranchName(opts.branchTemplate, opts.tag, opts.version);
    await assertValidBranchName(branch, opts.run);
    // Before any write: towncrier can still fail (bad fragments, not installed).
    const { edits, deleted } = await withTowncrier(opts);
    const target = await (0,combinators/* instrumented */.RC)('check the release branch', () => planReleasePr(opts, branch))(undefined, opts.sctx);
    return openReleasePr({ ...opts, edits, deleted }, target);
}
/** Direct mode with commit-via: api: the release commit through the Git database API onto the branch. */
async function directCommitThroughApi(opts) {
    const { edits, deleted } = await withTowncrier(opts);
    return (0,combinators/* instrumented */.RC)('commit through the GitHub API', async () => {
        const tip = await opts.git.fetchBranch(opts.remote, opts.branch);
        if (tip !== opts.baseSha) {
            throw new errors/* ReleaseError */.K2('REMOTE_MOVED', `${opts.remote}/${opts.branch} is at ${tip?.slice(0, 7) ?? 'nothing'}, not at the checked-out ${opts.baseSha.slice(0, 7)}; nothing was changed.`, 'Re-run the release from the current tip of the branch (push your local commits first).');
        }
        return commitThroughApi({ git: opts.git, github: opts.github, remote: opts.remote, parent: opts.baseSha, branch: opts.branch, edits, deleted, message: opts.message, force: false });
    })(undefined, opts.sctx);
}
/**
 * What the job summary says about tokens: events made with the workflow's GITHUB_TOKEN start no other
 * workflow (except workflow_dispatch and repository_dispatch), so say which follow-ups will not run and how
 * to fix it.
 */
function tokenNotes(mode, pushed) {
    const fix = 'Use a GitHub App token instead: create it with actions/create-github-app-token and pass it as github-token (and to actions/checkout).';
    if (mode === 'pr') {
        return [`If github-token is the workflow's GITHUB_TOKEN, the release PR it opened or updated starts no \`pull_request\` workflows: the gate's check run and your other required checks will not run on it, and its merge must be pushed by a person or an App. ${fix}`];
    }
    if (!pushed)
        return [];
    return [`If github-token is the workflow's GITHUB_TOKEN, the pushed release commit (and the tag publish-and-verify creates) start no \`push\` workflows: CI on the release commit and tag-triggered publishing will not run, so gate and publish in this same run. ${fix}`];
}

// EXTERNAL MODULE: ./src/ecosystems/npm/index.ts + 2 modules
var npm = __webpack_require__(75346);
// EXTERNAL MODULE: ./src/ecosystems/npm/json-edit.ts
var json_edit = __webpack_require__(99430);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/ecosystems/npm/workspace.ts
/**
 * npm / yarn / pnpm workspaces: the package directories a workspace root declares (`workspaces` in
 * package.json, as an array or `{ packages }`, or `packages` in pnpm-workspace.yaml), the packages in them,
 * the dependency graph between them and the order to release them in (dependencies first).
 */





/** The dependency fields that can name another workspace package. */
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];
/** Fields whose dependencies reach the package's users: a new release of the dependency ripples to them. */
const RUNTIME_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies'];
/** The workspace globs the root at `rootAbs` declares, or null when it declares none. */
async function readWorkspaceGlobs(rootAbs) {
    const pnpm = await (0,core_files/* readTextOrNull */.GR)((0,external_node_path_.join)(rootAbs, 'pnpm-workspace.yaml'));
    if (pnpm !== null) {
        // yaml is loaded only when there is YAML to read: most releases never need it.
        const { parse: parseYaml } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
        let doc;
        try {
            doc = parseYaml(pnpm);
        }
        catch (err) {
            throw new errors/* ReleaseError */.K2('BAD_WORKSPACE', `pnpm-workspace.yaml is not valid YAML: ${err.message}`, 'Fix pnpm-workspace.yaml (pnpm cannot read it either).', { location: { file: 'pnpm-workspace.yaml' } });
        }
        const packages = doc?.packages;
        if (packages !== undefined)
            return { patterns: stringList(packages, 'pnpm-workspace.yaml', '"packages"'), source: 'pnpm-workspace.yaml' };
    }
    const text = await (0,core_files/* readTextOrNull */.GR)((0,external_node_path_.join)(rootAbs, 'package.json'));
    if (text === null)
        return null;
    let manifest;
    try {
        manifest = JSON.parse(text);
    }
    catch {
        return null; // readNpmPackage reports a broken package.json with its own error.
    }
    const w = manifest.workspaces;
    if (w === undefined)
        return null;
    const list = Array.isArray(w) ? w : typeof w === 'object' && w !== null ? w.packages : undefined;
    return { patterns: stringList(list, 'package.json', '"workspaces"'), source: 'package.json "workspaces"' };
}
function stringList(value, file, what) {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        throw new errors/* ReleaseError */.K2('BAD_WORKSPACE', `${what} in ${file} is not a list of directory globs.`, `Write ${what} as a list of globs, e.g. ["packages/*"].`, { location: { file } });
    }
    return value;
}
/**
 * A workspace glob as a regular expression over POSIX relative paths, with the glob rules npm, yarn and pnpm
 * use (picomatch: `*`, `**`, `?`, `{a,b}`, extglobs).
 */
function globToRegExp(pattern) {
    return picomatch_default().makeRe(pattern);
}
/** The literal directory a glob starts from (`packages/*` → `packages`), to walk no more than needed. */
function globBase(pattern) {
    const parts = pattern.split('/');
    const lit = [];
    for (const p of parts) {
        if (/[*?{]/.test(p))
            break;
        lit.push(p);
    }
    return lit.join('/');
}
/** Directories under `rootAbs/base` (relative to rootAbs), down to `depth` levels (Infinity for `**`); node_modules and dot-dirs skipped. */
async function walkDirs(rootAbs, base, depth) {
    const out = [];
    const visit = async (rel, left) => {
        if (left <= 0)
            return;
        const entries = await (0,promises_.readdir)((0,external_node_path_.join)(rootAbs, rel), { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            if (!e.isDirectory() || e.name === 'node_modules' || e.name.startsWith('.'))
                continue;
            const child = rel ? `${rel}/${e.name}` : e.name;
            out.push(child);
            await visit(child, left - 1);
        }
    };
    await visit(base, depth);
    return out;
}
/**
 * The package directories the globs select (relative, POSIX, sorted): directories holding a package.json
 * that match a pattern and no `!` pattern. A pattern that leaves the root, or a literal directory without a
 * package.json, is refused; so is a set of globs that selects nothing.
 */
async function expandWorkspaceGlobs(rootAbs, patterns, source) {
    const fileOf = source.startsWith('pnpm') ? 'pnpm-workspace.yaml' : 'package.json';
    const include = [];
    const exclude = [];
    for (const raw of patterns) {
        const negated = raw.startsWith('!');
        const p = (negated ? raw.slice(1) : raw).trim().replace(/^\.\//, '').replace(/\/+$/, '');
        if (!p || p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').includes('..')) {
            throw new errors/* ReleaseError */.K2('BAD_WORKSPACE', `Workspace glob ${JSON.stringify(raw)} in ${source} does not name directories inside the workspace root.`, `Use globs relative to the root without ".." (e.g. "packages/*") in ${fileOf}.`, { location: { file: fileOf } });
        }
        if (negated)
            exclude.push(globToRegExp(p));
        else
            include.push(p);
    }
    const found = new Set();
    for (const p of include) {
        if (!/[*?{]/.test(p)) {
            if (!(await (0,core_files/* pathExists */.s0)((0,external_node_path_.join)(rootAbs, p, 'package.json')))) {
                throw new errors/* ReleaseError */.K2('BAD_WORKSPACE', `Workspace ${JSON.stringify(p)} in ${source} has no package.json.`, `Remove "${p}" from the workspaces in ${fileOf}, or add its package.json.`, { location: { file: fileOf } });
            }
            found.add(p);
            continue;
        }
        const re = globToRegExp(p);
        const base = globBase(p);
        const depth = p.includes('**') ? Infinity : p.split('/').length - (base ? base.split('/').length : 0);
        for (const d of await walkDirs(rootAbs, base, depth))
            if (re.test(d) && (await (0,core_files/* pathExists */.s0)((0,external_node_path_.join)(rootAbs, d, 'package.json'))))
                found.add(d);
    }
    const dirs = [...found].filter((d) => !exclude.some((re) => re.test(d))).sort();
    if (dirs.length === 0) {
        throw new errors/* ReleaseError */.K2('BAD_WORKSPACE', `The workspace globs in ${source} (${patterns.join(', ')}) select no directory with a package.json.`, `Fix the globs in ${fileOf} so they name the package directories (e.g. "packages/*").`, { location: { file: fileOf } });
    }
    return dirs;
}
/**
 * Reads the workspace at `rootAbs`: its packages, their dependencies on each other (any dependency field,
 * `workspace:` ranges included) and the release order. Null when the root declares no workspaces.
 * A dependency cycle among released packages is refused: no order publishes each after its dependencies.
 */
async function readWorkspace(rootAbs) {
    const globs = await readWorkspaceGlobs(rootAbs);
    if (!globs)
        return null;
    const dirs = await expandWorkspaceGlobs(rootAbs, globs.patterns, globs.source);
    const manifests = [];
    for (const dir of dirs) {
        const file = `${dir}/package.json`;
        let m;
        try {
            m = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(rootAbs, file), 'utf8'));
        }
        catch (err) {
            throw new errors/* ReleaseError */.K2('BAD_INPUT', `${file} is not valid JSON: ${err.message}`, `Fix ${file}.`, { location: { file } });
        }
        if (typeof m.name !== 'string' || !m.name) {
            if (m.private === true)
                continue; // an unnamed private helper directory: never released, never depended on by name
            throw new errors/* ReleaseError */.K2('BAD_INPUT', `${file} has no "name".`, `Add "name" to ${file}, or mark it "private": true.`, { location: { file } });
        }
        manifests.push({ dir, m });
    }
    const byName = new Map();
    for (const { dir, m } of manifests) {
        const name = m.name;
        if (byName.has(name))
            throw new errors/* ReleaseError */.K2('BAD_WORKSPACE', `Two workspace packages are named ${name}: ${byName.get(name)} and ${dir}.`, 'Give every workspace package its own "name".', { location: { file: `${dir}/package.json` } });
        byName.set(name, dir);
    }
    const packages = manifests.map(({ dir, m }) => {
        const internal = [];
        for (const field of DEPENDENCY_FIELDS) {
            const deps = m[field];
            if (typeof deps !== 'object' || deps === null)
                continue;
            for (const [dep, range] of Object.entries(deps)) {
                if (typeof range !== 'string' || !byName.has(dep) || dep === m.name)
                    continue;
                // npm aliases (`npm:other@1`) and paths name something else.
                if (/^(npm:|file:|link:|git|https?:)/.test(range))
                    continue;
                internal.push({ field, on: dep, range });
            }
        }
        return { name: m.name, dir, version: typeof m.version === 'string' ? m.version : '', private: m.private === true, internal };
    });
    return { source: globs.source, patterns: globs.patterns, packages: releaseOrder(packages) };
}
/**
 * Dependencies before dependents (Kahn's algorithm, ties by directory). Dev-only edges between packages are
 * ordered too when they allow it; a cycle is refused naming its packages, unless it passes through a dev
 * dependency (which the published packages do not need), which is then ignored for ordering.
 */
function releaseOrder(packages) {
    const attempt = (edges) => {
        const names = new Set(packages.map((p) => p.name));
        const pending = new Map(packages.map((p) => [p.name, new Set(p.internal.filter((d) => edges(d) && names.has(d.on)).map((d) => d.on))]));
        const order = [];
        const left = [...packages].sort((a, b) => a.dir.localeCompare(b.dir));
        while (left.length) {
            const i = left.findIndex((p) => pending.get(p.name).size === 0);
            if (i < 0)
                return cycleOf(left, pending);
            const [p] = left.splice(i, 1);
            order.push(p);
            for (const set of pending.values())
                set.delete(p.name);
        }
        return order;
    };
    const all = attempt(() => true);
    if (!isCycle(all))
        return all;
    const runtime = attempt((d) => d.field !== 'devDependencies');
    if (!isCycle(runtime))
        return runtime;
    throw new errors/* ReleaseError */.K2('WORKSPACE_CYCLE', `The workspace packages depend on each other in a cycle: ${runtime.join(' → ')} (A → B: A depends on B). No order publishes each package after the packages it needs.`, 'Break the cycle: move the shared code into a package both depend on, or make one of the dependencies a devDependency.');
}
function isCycle(x) {
    return x.length > 0 && typeof x[0] === 'string';
}
/** One cycle among the packages left, as names (first repeated at the end). */
function cycleOf(left, pending) {
    let at = left[0].name;
    const seen = [];
    while (!seen.includes(at)) {
        seen.push(at);
        at = [...pending.get(at)][0];
    }
    return [...seen.slice(seen.indexOf(at)), at];
}

// EXTERNAL MODULE: ./node_modules/semver/functions/satisfies.js
var satisfies = __webpack_require__(68011);
var satisfies_default = /*#__PURE__*/__webpack_require__.n(satisfies);
// EXTERNAL MODULE: ./node_modules/semver/ranges/valid.js
var valid = __webpack_require__(64737);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
;// CONCATENATED MODULE: ./src/ecosystems/npm/workspace-ranges.ts
/**
 * Moving a dependent's range on a workspace package to the version being released, keeping its style:
 * `^1.2.0` → `^1.3.0`, `~1.2.0` → `~1.3.0`, `1.2.0` → `1.3.0`, `workspace:^1.2.0` → `workspace:^1.3.0`.
 * `workspace:*`, `workspace:^` and `workspace:~` are left alone (the package manager fills them in at pack time).
 */
// Single functions, not semver's index (which loads every range helper): see versioning/semver.ts.



const SIMPLE = /^(\^|~|=|>=|v)?(\s*)(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;
/**
 * The range to write for `version`, or null to leave `range` as it is. Complex ranges (`>=1 <3`, `1.x`, `*`)
 * stay when they accept `version`; one that does not is refused, since the dependent would no longer install
 * the version released with it.
 */
function updatedRange(range, version, where) {
    const trimmed = range.trim();
    if (trimmed.startsWith('workspace:')) {
        const rest = trimmed.slice('workspace:'.length);
        if (rest === '*' || rest === '^' || rest === '~' || rest === '')
            return null;
        const inner = updatedRange(rest, version, where);
        return inner === null ? null : `workspace:${inner}`;
    }
    const m = SIMPLE.exec(trimmed);
    if (m) {
        const next = `${m[1] ?? ''}${m[2]}${version}`;
        return next === trimmed ? null : next;
    }
    if (valid_default()(trimmed) && satisfies_default()(version, trimmed, { includePrerelease: true }))
        return null;
    throw new errors/* ReleaseError */.K2('BAD_WORKSPACE', `${where.dependent} depends on ${where.dependency} with range "${range}" (${where.file}), which does not accept ${version}, the version released now.`, `Write the range in ${where.file} as "^<version>", "~<version>", an exact version or "workspace:*", so release-relay can move it with each release.`, { location: { file: where.file } });
}
/**
 * pnpm-lock.yaml with the specifier of `importers[dir]` on `dep` set to `range` (lockfile 6/9:
 * `<field>.<dep>.specifier`; 5: `specifiers.<dep>`), changing only those bytes and keeping the quoting; null
 * when the lockfile does not record it. `pnpm install --frozen-lockfile` refuses specifiers that differ from
 * package.json.
 */
async function updatePnpmLockSpecifier(text, dir, field, dep, range, file = 'pnpm-lock.yaml') {
    const { isScalar, parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    let doc;
    try {
        doc = parseDocument(text);
    }
    catch {
        return null;
    }
    if (doc.errors.length) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${file} is not valid YAML: ${doc.errors[0].message}`, `Fix ${file} (run pnpm install to rewrite it).`, { location: { file } });
    }
    const node = doc.getIn(['importers', dir, field, dep, 'specifier'], true) ?? doc.getIn(['importers', dir, 'specifiers', dep], true);
    if (!isScalar(node) || !node.range)
        return null;
    const [start, end] = node.range;
    const quote = text[start];
    const value = quote === "'" ? `'${range.replace(/'/g, "''")}'` : quote === '"' ? JSON.stringify(range) : /^[\w^~.:@/*<>=| -]+$/.test(range) && !/^[*&!|>%@`]/.test(range) ? range : `'${range.replace(/'/g, "''")}'`;
    return text.slice(0, start) + value + text.slice(end);
}

;// CONCATENATED MODULE: ./src/stages/prepare-workspace.ts
/**
 * prepare-release for a whole npm / yarn / pnpm workspace: each package is bumped by its own commits since its
 * own last `{name}@{version}` tag, a released package ripples to its dependents (their ranges on it move, and
 * they get at least a patch release), each released package gets its section in its own changelog, and one
 * release commit holds it all. Every check that can fail runs before the first write.
 */



















/** The tag template of a workspace release when none is given. */
const WORKSPACE_TAG_TEMPLATE = '{name}@{version}';
/** Input `workspace`: `auto` (a root that declares workspaces releases them all), `true` or `false`. */
const WORKSPACE_MODES = ['auto', 'true', 'false'];
/**
 * The workspace to release, or null for a single-package release: with `auto`, when the package directory's
 * root declares workspaces (package.json "workspaces", pnpm-workspace.yaml); `true` demands one.
 */
async function workspaceToRelease(root, packageDir, mode) {
    const m = (mode ?? 'auto').trim().toLowerCase();
    if (!WORKSPACE_MODES.includes(m)) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "workspace" is "${mode}".`, 'Use auto (release every package of a workspace root), true or false (release the package in package-dir alone).');
    }
    if (m === 'false')
        return null;
    const ws = await readWorkspace((0,core_files/* resolveInside */.LI)(root, packageDir, 'package-dir'));
    if (!ws && m === 'true') {
        throw new errors/* ReleaseError */.K2('BAD_WORKSPACE', `${packageDir} declares no workspaces (no "workspaces" in package.json, no pnpm-workspace.yaml).`, 'Point package-dir at the workspace root, or set workspace: false to release the package there alone.');
    }
    return ws;
}
const prepare_workspace_joinRel = (dir, file) => (dir === '.' || dir === '' ? file : `${dir.replace(/\/$/, '')}/${file}`);
/** Decides every package's version: its own commits first, then the ripple from its released dependencies. */
async function decideAll(i) {
    const scheme = (0,versioning_scheme/* getScheme */.m)('semver');
    const rules = bumpRules(i, {});
    const template = i.tagTemplate ?? WORKSPACE_TAG_TEMPLATE;
    const planned = [];
    for (const pkg of i.workspace.packages) {
        if (pkg.private)
            continue;
        const dir = prepare_workspace_joinRel(i.packageDir, pkg.dir);
        const info = await (0,npm/* readNpmPackage */.OT)(i.root, dir);
        const history = await readReleaseHistory(i.git, { tagTemplate: template, name: info.name, scheme, paths: [dir], commitMessage: i.commitMessage, fileVersion: info.version, since: i.since, parseSquashBodies: i.parseSquashBodies }, i.logger);
        // A version above the last tag was prepared and never tagged (the gate rejected it): it is still open, so
        // the decision starts from the last release and never goes below it (no version is burned).
        const open = history.last && scheme.compare(info.version, history.last.version) > 0 && !(await i.git.tagCommit((0,changelog_tags/* formatTag */._3)(template, { version: info.version, name: info.name }))) ? info.version : null;
        const base = open ? history.last?.version : info.version;
        // An explicit bump applies to the packages changed since their last release; the others wait for a ripple.
        const changed = history.commits.length > 0;
        const d = i.bump === 'auto' || changed ? (0,bump/* decideNextVersion */.a4)({ current: base, scheme, bump: i.bump, prereleaseId: i.prereleaseId, allowDowngrade: i.allowDowngrade, commits: history.commits, rules, lastRelease: history.last?.version }) : { next: null, bump: 'none', reason: 'no commits since its last release', released: false };
        let next = d.released ? d.next : null;
        if (open && next !== null && scheme.compare(next, open) < 0)
            next = open;
        const previous = open ? base : info.version;
        if (open)
            i.logger.info(`${info.name} ${open} was prepared and never tagged: it is prepared again from ${history.last?.tag}.`);
        planned.push({ pkg, info, history, previous, next, bump: d.bump, reason: open && next === open ? `${d.reason} (${open} was prepared and never tagged; it stays.)` : d.reason, tag: (0,changelog_tags/* formatTag */._3)(template, { version: next ?? info.version, name: info.name }), updatedDeps: [], open });
    }
    // Ripple, dependencies first (the workspace's order): a released runtime dependency forces a patch release.
    const byName = new Map(planned.map((p) => [p.pkg.name, p]));
    for (const p of planned) {
        const released = p.pkg.internal.filter((d) => RUNTIME_FIELDS.includes(d.field) && byName.get(d.on)?.next);
        p.updatedDeps = [...new Set(released.map((d) => d.on))];
        if (p.next === null && released.length > 0) {
            const bumped = scheme.bump(p.previous, 'patch');
            p.next = p.open && scheme.compare(bumped, p.open) < 0 ? p.open : bumped;
            p.bump = 'patch';
            p.reason = `its workspace dependenc${p.updatedDeps.length > 1 ? 'ies' : 'y'} ${p.updatedDeps.map((n) => `${n} ${byName.get(n)?.next}`).join(', ')} ${p.updatedDeps.length > 1 ? 'are' : 'is'} released.`;
            p.tag = (0,changelog_tags/* formatTag */._3)(template, { version: p.next, name: p.info.name });
        }
    }
    return planned;
}
/** Stops before any write when a tag exists, a tag name is invalid or a version would go down. */
async function checkAll(i, planned) {
    const scheme = (0,versioning_scheme/* getScheme */.m)('semver');
    // The remote's tags: one listing (a network round trip) for every package, asked when first needed.
    let remoteTags;
    for (const p of planned.filter((x) => x.next)) {
        await (0,git_git/* assertValidRefName */.Pu)(p.tag, 'tag-template', i.run);
        if (await i.git.tagCommit(p.tag))
            throw new errors/* ReleaseError */.K2('TAG_EXISTS', `Tag ${p.tag} already exists, so ${p.info.name} ${p.next} was released before.`, `Bring ${p.pkg.dir}/package.json's "version" up to the last release of ${p.info.name}, or delete the stale tag if that release never happened.`);
        if (i.hasRemote && (await (remoteTags ??= i.git.remoteTags(i.remote)))?.has(p.tag))
            throw new errors/* ReleaseError */.K2('TAG_EXISTS', `Tag ${p.tag} already exists on ${i.remote}, so ${p.info.name} ${p.next} was released before.`, 'Fetch tags (actions/checkout with fetch-depth: 0) and bring the version in package.json up to date.');
        const last = p.history.last;
        if (last && scheme.compare(p.next, last.version) <= 0 && !i.allowDowngrade) {
            throw new errors/* ReleaseError */.K2('DOWNGRADE', `${p.info.name} ${p.next} does not sort above its last release ${last.version} (${last.tag}).`, `Set "version" in ${p.pkg.dir}/package.json to ${last.version} (the last release), or set allow-downgrade: true if that is intended.`);
        }
    }
}
/** Plans every file change (versions, lockfile entries, dependents' ranges, changelogs), all in memory. */
async function planEdits(i, planned) {
    const files = new Map();
    const edit = async (path, change) => {
        let e = files.get(path);
        if (!e) {
            const before = await (0,core_files/* readTextOrNull */.GR)((0,core_files/* resolveInside */.LI)(i.root, path));
            if (before === null)
                return;
            e = { path, before, after: before };
            files.set(path, e);
        }
        const after = await change(e.after);
        if (after !== null)
            e.after = after;
    };
    const nextOf = new Map(planned.filter((p) => p.next).map((p) => [p.pkg.name, p.next]));
    // Versions: package.json and the lockfile entries of each released package.
    for (const p of planned.filter((x) => x.next)) {
        const dir = prepare_workspace_joinRel(i.packageDir, p.pkg.dir);
        for (const f of (await (0,npm/* collectNpmVersionFiles */.zz)(i.root, dir)).files)
            await edit(f.path, (t) => f.updater.updateContent(t, p.next));
    }
    // Ranges: every workspace package (private ones too) that names a released package.
    const lockPath = prepare_workspace_joinRel(i.packageDir, 'package-lock.json');
    const pnpmLockPath = prepare_workspace_joinRel(i.packageDir, 'pnpm-lock.yaml');
    for (const pkg of i.workspace.packages) {
        const manifest = prepare_workspace_joinRel(i.packageDir, `${pkg.dir}/package.json`);
        for (const dep of pkg.internal) {
            const version = nextOf.get(dep.on);
            if (!version)
                continue;
            const range = updatedRange(dep.range, version, { dependent: pkg.name, dependency: dep.on, file: manifest });
            if (range === null)
                continue;
            await edit(manifest, (t) => (0,json_edit/* replaceJsonString */.Q)(t, [dep.field, dep.on], range, manifest));
            // npm ci refuses a lockfile whose workspace entry records another range than package.json.
            await edit(lockPath, (t) => (0,json_edit/* replaceJsonString */.Q)(t, ['packages', pkg.dir, dep.field, dep.on], range, lockPath));
            await edit(pnpmLockPath, (t) => updatePnpmLockSpecifier(t, pkg.dir, dep.field, dep.on, range, pnpmLockPath));
        }
    }
    // Changelogs: one section per released package, in its own file.
    const sections = new Map();
    const repoUrl = i.repository?.owner ? `${i.serverUrl}/${i.repository.owner}/${i.repository.name}` : undefined;
    const date = i.date ?? new Date().toISOString().slice(0, 10);
    for (const p of planned.filter((x) => x.next)) {
        const dir = prepare_workspace_joinRel(i.packageDir, p.pkg.dir);
        const where = await (0,locate/* locateChangelog */.v)(i.root, dir);
        const path = prepare_workspace_joinRel(dir, where.path);
        const existing = files.get(path)?.after ?? (await (0,core_files/* readTextOrNull */.GR)((0,core_files/* resolveInside */.LI)(i.root, path)));
        // Prepared before and never tagged: that section is written again from every commit since the last tag
        // (same date when the version stays), so a re-run with nothing new changes nothing.
        const prepared = p.open && existing !== null ? (0,styled/* findSection */.rv)(existing, (0,styled/* changelogFormat */.qZ)(path, existing), p.open) : null;
        const lines = existing?.split('\n') ?? [];
        const linkLine = `[${p.open}]: `;
        const base = prepared ? [...lines.slice(0, prepared.start), ...lines.slice(prepared.end)].filter((l) => !l.startsWith(linkLine)).join('\n') : existing;
        const sectionDate = prepared && p.next === p.open ? /\d{4}-\d{2}-\d{2}/.exec(lines[prepared.start] ?? '')?.[0] : undefined;
        const carried = p.updatedDeps.length ? { Dependencies: p.updatedDeps.map((n) => `${n} is updated to ${nextOf.get(n)}.`) } : undefined;
        const rendered = (0,write/* writeRelease */.d)(where.path, base, { version: p.next, date: sectionDate ?? date, commits: p.history.commits, repoUrl, previousTag: p.history.last?.tag ?? null, tag: p.tag, includeOther: i.includeOther, scheme: 'semver', carriedEntries: carried, title: 'Changelog' });
        const e = files.get(path);
        if (e)
            e.after = rendered.text;
        else
            files.set(path, { path, before: existing, after: rendered.text });
        sections.set(p.pkg.name, { markdown: rendered.sectionMarkdown, entries: rendered.entries, file: path });
    }
    return { edits: [...files.values()].filter((e) => e.before !== e.after), sections };
}
/**
 * Prepares the release of every package of the workspace that has something to release. Writes the context
 * (schema 2, `packages` in release order) and, unless a dry run, one release commit, pushed like a
 * single-package release.
 */
async function prepareWorkspace(i) {
    const { sctx, logger } = i;
    if (i.version)
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "version" (${i.version}) names one version, but a workspace releases each package at its own version.`, 'Leave version empty and use bump (auto, or a bump kind for every changed package), or set workspace: false to release package-dir alone.');
    if (i.tagTemplate !== undefined && !i.tagTemplate.includes('{name}')) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "tag-template" is "${i.tagTemplate}", which gives every package of the workspace the same tag.`, `Keep {name} in tag-template (e.g. "${WORKSPACE_TAG_TEMPLATE}", the default for a workspace), or set workspace: false to release package-dir alone.`);
    }
    logger.info(`Workspace (${i.workspace.source}: ${i.workspace.patterns.join(', ')}): ${i.workspace.packages.map((p) => `${p.name}${p.private ? ' (private)' : ''}`).join(', ')}.`);
    const planned = await (0,combinators/* instrumented */.RC)('decide versions', async () => decideAll(i))(undefined, sctx);
    const released = planned.filter((p) => p.next);
    const plan = await (0,combinators/* instrumented */.RC)('plan file changes', async () => {
        await checkAll(i, planned);
        return planEdits(i, planned);
    })(undefined, sctx);
    const rootInfo = JSON.parse((await (0,core_files/* readTextOrNull */.GR)((0,external_node_path_.join)((0,core_files/* resolveInside */.LI)(i.root, i.packageDir, 'package-dir'), 'package.json'))) ?? '{}');
    const context = (0,core_context/* newContext */.CA)({
        dry_run: i.dryRun,
        repository: { owner: i.repository?.owner ?? '', name: i.repository?.name ?? '', ref: i.branch ?? 'HEAD', sha: i.sha },
        package: { ecosystem: 'npm', name: rootInfo.name ?? 'workspace', dir: i.packageDir, version_files: [...new Set(released.flatMap((p) => p.info.versionFiles))] },
    });
    context.timeline = sctx.timeline;
    context.workspace = { root: i.packageDir, source: i.workspace.source, patterns: i.workspace.patterns };
    context.packages = planned.map((p) => {
        const s = plan.sections.get(p.pkg.name);
        return {
            name: p.info.name,
            dir: prepare_workspace_joinRel(i.packageDir, p.pkg.dir),
            ecosystem: 'npm',
            version_files: p.info.versionFiles,
            version: { previous: p.previous, next: p.next ?? p.previous, tag: p.tag, bump: p.bump, released: p.next !== null, reason: p.reason },
            ...(s ? { changelog: { section_markdown: s.markdown, entries: s.entries, file: s.file } } : {}),
        };
    });
    const tags = released.map((p) => p.tag);
    const summary = released.map((p) => `${p.info.name} ${p.previous} → ${p.next} (${p.bump})`).join(', ');
    // The top-level fields summarise the workspace release (tag: the tags, space-separated); `packages` is the truth.
    context.version = { previous: '', next: '', scheme: 'semver', bump: 'workspace', reason: released.length ? `Workspace release: ${summary}.` : 'No workspace package has commits to release.', released: released.length > 0, tag: tags.join(' ') };
    context.changelog = { section_markdown: released.map((p) => `# ${p.info.name} ${p.next}\n\n${plan.sections.get(p.pkg.name)?.markdown ?? ''}`).join('\n'), entries: released.reduce((n, p) => n + (plan.sections.get(p.pkg.name)?.entries ?? 0), 0) };
    const files = plan.edits.map((e) => e.path);
    const diff = plan.edits.map(core_files/* describeEdit */.OA).join('\n');
    if (!released.length) {
        if (i.contextFile)
            await (0,core_context/* saveContext */.tn)(i.contextFile, context);
        return { context, edits: [], diff: '', decision: 'No release: no workspace package has commits to release since its last tag.' };
    }
    if (i.dryRun) {
        logger.info(`Dry run: would change ${files.join(', ') || 'no files'}\n${diff}`);
        context.release_commit = { sha: i.sha, branch: i.branch ?? '', pushed: false, files_changed: files };
        if (i.contextFile)
            await (0,core_context/* saveContext */.tn)(i.contextFile, context);
        return { context, edits: plan.edits, diff, decision: `Dry run: would release ${summary}` };
    }
    if (!files.length) {
        // Prepared before and nothing new: the earlier release commit is still the release.
        context.release_commit = { sha: i.sha, branch: i.branch ?? '', pushed: false, files_changed: [] };
        if (i.contextFile)
            await (0,core_context/* saveContext */.tn)(i.contextFile, context);
        return { context, edits: [], diff: '', decision: `Already prepared ${summary}` };
    }
    await (0,combinators/* instrumented */.RC)('write files', async () => (0,core_files/* applyEdits */.ct)(i.root, plan.edits))(undefined, sctx);
    const message = i.commitMessage.split('{tag}').join(tags.join(', ')).split('{version}').join(tags.join(', '));
    const target = { git: i.git, sctx, logger, baseSha: i.sha, branch: i.branch, remote: i.remote, hasRemote: i.hasRemote, push: i.push };
    const commitSha = await commitRelease(target, files, message, i.identity);
    const pushed = await pushRelease(target);
    context.release_commit = { sha: commitSha, branch: i.branch ?? '', pushed, files_changed: files };
    if (i.contextFile)
        await (0,core_context/* saveContext */.tn)(i.contextFile, context);
    return { context, edits: plan.edits, diff, decision: `Prepared ${summary}` };
}

;// CONCATENATED MODULE: ./src/stages/prepare-release.ts





















/** The release commit message when none is given: the tag as it will be written (`prepare v1.2.0`, `prepare 26.1.0`). */
const DEFAULT_COMMIT_MESSAGE = 'chore(release): prepare {tag}';
/**
 * prepare-release: decides the next version, writes it into the version files, the CHANGELOG and the docs,
 * commits and pushes (or opens a release pull request). Every check that can fail runs before the first
 * write; a dry run writes nothing. The steps, in order:
 */
async function prepareRelease(options, deps = {}) {
    const r = await validateInputs(options, deps);
    const repo = await checkRepository(r);
    const merged = await findMergedReleasePr(r, repo);
    if (merged)
        return merged;
    const workspace = await releaseWorkspace(r, repo);
    if (workspace)
        return workspace;
    const pkg = await readPackage(r, repo);
    await applyReleaseConfig(r, repo, pkg);
    const version = await decideVersion(r, repo, pkg);
    const context = releaseContext(r, repo, pkg);
    if (!version.decision.released || version.decision.next === null)
        return noRelease(r, context, pkg, version);
    const next = version.decision.next;
    const tag = (0,changelog_tags/* formatTag */._3)(version.history.tagStyle.template, { version: next, name: pkg.info.name });
    const plan = await planFileChanges(r, repo, pkg, version, { next, tag });
    context.version = { previous: version.previous, next, scheme: version.scheme.name, bump: version.decision.bump, reason: version.decision.reason, released: true, tag };
    context.changelog = { section_markdown: plan.rendered.sectionMarkdown, entries: plan.rendered.entries, file: plan.changelog.path };
    await checkBranchRules(r, repo);
    const release = { context, plan, next, tag, sentence: `${pkg.info.name} ${version.previous} → ${next} (${version.decision.bump}): ${version.decision.reason}`, deciding: version.decision.deciding, message: r.o.commitMessage.split('{version}').join(next).split('{tag}').join(tag) };
    if (r.o.dryRun)
        return dryRunResult(r, repo, release);
    if (release.plan.edits.length === 0 && !plan.changelog.towncrier)
        return alreadyPrepared(r, repo, release);
    if (r.modes.mode === 'pr')
        return openReleasePullRequest(r, repo, release);
    if (r.modes.commitVia === 'api' && repo.branch && repo.hasRemote && r.o.push)
        return commitThroughGitHubApi(r, repo, release);
    const files = await writeFiles(r, repo, release);
    const target = commitTarget(r, repo);
    const sha = await commitRelease(target, files, release.message, r.o.identity);
    const pushed = await pushRelease(target);
    context.release_commit = { sha, branch: repo.branch ?? '', pushed, files_changed: files };
    return finish(r, release, { tokenNotes: tokenNotes('direct', pushed), decision: `Prepared ${release.sentence}` });
}
/** Step 1: the options that can be checked without looking at the repository, the release mode. */
async function validateInputs(options, deps) {
    const run = deps.exec ?? exec/* exec */.m0;
    const logger = deps.logger ?? log/* silentLogger */.qq;
    const o = {
        ...options,
        bump: (options.bump ?? 'auto').trim(),
        tagTemplate: options.tagTemplate?.trim() || undefined,
        commitMessage: options.commitMessage ?? DEFAULT_COMMIT_MESSAGE,
        packageDir: options.packageDir ?? '.',
        remote: options.remote ?? git_git/* DEFAULT_REMOTE */.dS,
        push: options.push ?? true,
        dryRun: options.dryRun ?? false,
        serverUrl: (options.serverUrl ?? options.runner?.serverUrl ?? 'https://github.com').replace(/\/$/, ''),
    };
    const sctx = (0,combinators/* createStepContext */.YC)('prepare-release', logger);
    const modes = await (0,combinators/* instrumented */.RC)('validate inputs', async () => {
        await checkInputText(o, run);
        return validateModeOptions(o, run);
    })(undefined, sctx);
    const git = new git_git.Git(o.cwd ?? process.cwd(), run, { requestTimeoutMs: o.requestTimeoutMs });
    return { o, run, logger, sctx, git, modes };
}
/** The input values themselves (bump, version, templates) and the tag template as a ref name. */
async function checkInputText(o, run) {
    (0,prepare_checks/* checkPrepareInputs */.l)(o);
    if (o.tagTemplate !== undefined)
        await (0,git_git/* assertValidRefName */.Pu)(o.tagTemplate.replace('{version}', '1.0.0').replace('{name}', 'name'), 'tag-template', run);
}
/** Step 2: a checkout on a branch, with its full history and a clean tree. */
async function checkRepository(r) {
    const { o, git } = r;
    return (0,combinators/* instrumented */.RC)('check repository', async () => {
        // Read-only questions, asked of git at once (each is a process start); judged in this order below.
        // The tags are read now too, for the history step. (A dry run writes nothing, so it does not ask about
        // uncommitted changes.)
        const tags = (0,tag_list/* listTags */.cB)(git);
        tags.catch(() => undefined); // judged where it is used; not an unhandled rejection meanwhile
        const [stateR, urlR, dirtyR] = await Promise.allSettled([checkoutState(git), git.remoteUrl(o.remote), o.dryRun ? Promise.resolve([]) : git.dirtyPaths()]);
        (0,git_git/* dropEarlyAnswers */.gG)(git.cwd); // asked: any answer started early (askEarly) and not taken would go stale
        const { topLevel: root, branch, shallow, head: sha } = (0,combinators/* settledValue */.jW)(stateR);
        (0,core_files/* resolveInside */.LI)(root, o.packageDir, 'package-dir');
        if (!branch && !o.allowDetached && !o.dryRun) {
            throw new errors/* ReleaseError */.K2('DETACHED_HEAD', 'HEAD is detached, so there is no branch to push the release commit to.', 'Check out a branch (actions/checkout with ref: main), or set allow-detached: true to commit without pushing.');
        }
        const url = (0,combinators/* settledValue */.jW)(urlR);
        const hasRemote = url !== null;
        await ensureFullHistory(git, o.remote, hasRemote, r.logger, shallow);
        // The fetch changed the history: a log started early (streamEarly) saw the shallow one, cut short.
        if (shallow)
            (0,log_stream/* dropEarlyStreams */.uw)(git.cwd);
        const dirty = (0,combinators/* settledValue */.jW)(dirtyR);
        if (dirty.length > 0 && !o.dryRun) {
            throw new errors/* ReleaseError */.K2('DIRTY_TREE', `The working tree has uncommitted changes: ${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ', …' : ''}.`, 'Commit or remove them first; the release commit must hold only the release changes.');
        }
        const id = o.repository ?? (0,repository/* repoFromSlug */.u)(o.runner?.repository) ?? (0,repository/* repoFromRemoteUrl */.A)(url);
        // A shallow clone was just fetched in full, tags included: the list read before is stale.
        return { root, branch, sha, hasRemote, id, ...(shallow ? {} : { tags }) };
    })(undefined, r.sctx);
}
/**
 * The checkout's top level, branch, HEAD and shallowness: one git process, else (no commit yet, no repository)
 * the questions one by one, whose errors say which it is.
 */
async function checkoutState(git) {
    const state = await git.checkoutState();
    if (state)
        return state;
    const topLevel = await git.topLevel().catch(() => {
        throw new errors/* ReleaseError */.K2('GIT_FAILED', `${git.cwd} is not inside a git repository.`, 'Run the stage in a checkout (actions/checkout with fetch-depth: 0).');
    });
    const [branch, shallow, head] = await Promise.all([git.currentBranch(), git.isShallow(), git.head()]);
    return { topLevel, branch, shallow, head };
}
/** Step 3 (pr mode): HEAD is a merged release PR, so this run hands its release on instead of preparing one. */
async function findMergedReleasePr(r, repo) {
    const { o } = r;
    if (r.modes.mode !== 'pr' || !o.github || !repo.branch || o.dryRun)
        return null;
    const merged = await mergedReleaseOnHead({ git: r.git, run: r.run, github: o.github, remote: o.remote, branch: repo.branch, artifactDir: o.mergedArtifactDir, tempDir: o.runner?.tempDir, logger: r.logger, sctx: r.sctx });
    if (!merged)
        return null;
    merged.context.timeline = [...r.sctx.timeline];
    if (o.contextFile)
        await (0,core_context/* saveContext */.tn)(o.contextFile, merged.context);
    return { context: merged.context, edits: [], diff: '', deciding: [], docsChanged: [], mergedRelease: merged, decision: `Release PR #${merged.pull.number} was merged: ${merged.needsGate ? 'gate' : 'publish'} ${merged.tag} on ${merged.sha.slice(0, 7)} (${merged.reason}).` };
}
/** Step 3b: a workspace root releases its packages, each at its own version (see prepare-workspace.ts). */
async function releaseWorkspace(r, repo) {
    const { o } = r;
    const workspace = await (0,combinators/* instrumented */.RC)('read workspace', async () => workspaceToRelease(repo.root, o.packageDir, o.workspace))(undefined, r.sctx);
    if (!workspace)
        return null;
    if (r.modes.mode !== 'direct' || r.modes.commitVia !== 'git')
        throw new errors/* ReleaseError */.K2('BAD_INPUT', 'A workspace release supports release-mode: direct with commit-via: git only.', 'Set release-mode: direct and commit-via: git, or workspace: false to release package-dir alone.');
    const result = await prepareWorkspace({ ...o, git: r.git, run: r.run, logger: r.logger, sctx: r.sctx, workspace, root: repo.root, branch: repo.branch, sha: repo.sha, hasRemote: repo.hasRemote, repository: repo.id });
    return { ...result, deciding: [], docsChanged: [] };
}
/** Step 4: the package's ecosystem, metadata and release conventions. */
async function readPackage(r, repo) {
    const { o } = r;
    const pkg = await (0,combinators/* instrumented */.RC)('read package', async () => {
        const adapter = await (0,adapters/* detectEcosystem */.WZ)((0,core_files/* resolveInside */.LI)(repo.root, o.packageDir, 'package-dir'), o.ecosystem ?? 'auto');
        const info = await adapter.readPackage(repo.root, o.packageDir);
        const conventions = (await adapter.releaseConventions?.(repo.root, o.packageDir)) ?? {};
        return { adapter, info, conventions };
    })(undefined, r.sctx);
    for (const w of pkg.info.warnings ?? [])
        r.logger.warning(w);
    return pkg;
}
/**
 * Step 5: the repository's own release tooling config (semantic-release, release-please): its tag format
 * when no tag-template is given, and its release branches.
 */
async function applyReleaseConfig(r, repo, { adapter, info }) {
    const { o } = r;
    await (0,combinators/* instrumented */.RC)('read release config', async () => {
        const config = adapter.releaseConfig ? await adapter.releaseConfig(repo.root, o.packageDir, info) : null;
        if (!config)
            return;
        if (config.note)
            r.logger.warning(config.note);
        if (o.tagTemplate === undefined && config.tagTemplate) {
            o.tagTemplate = config.tagTemplate;
            await checkInputText(o, r.run);
            r.logger.info(`tag template ${config.tagTemplate} (from ${config.source})`);
        }
        if (config.branches?.length && repo.branch && !(adapter.isReleaseBranch?.(repo.branch, config) ?? config.branches.includes(repo.branch))) {
            throw new errors/* ReleaseError */.K2('BAD_INPUT', `Branch "${repo.branch}" is not a release branch in ${config.source} (branches: ${config.branches.join(', ')}).`, `Run the release on one of those branches, or add "${repo.branch}" to "branches" in ${config.source}.`, { location: { file: config.source.split(' ')[0] } });
        }
    })(undefined, r.sctx);
}
/**
 * Step 6: the commits since the last release decide the version. An untagged release commit for the file's
 * version re-opens that version (see readReleaseHistory).
 */
async function decideVersion(r, repo, pkg) {
    const { o } = r;
    const { info } = pkg;
    const scheme = (0,versioning_scheme/* getScheme */.m)(info.scheme);
    const fileVersion = info.versionFromVcs && !info.version ? null : scheme.normalize(info.version, 'the version file');
    // The remote's tags (a network round trip) are listed while the history is read; step 7 checks the new tag.
    // Without a release to check, the listing is stopped (it would only hold the process open).
    const listing = new AbortController();
    const remoteTags = repo.hasRemote ? r.git.remoteTags(o.remote, listing.signal) : undefined;
    remoteTags?.catch(() => undefined); // judged in step 7; not an unhandled rejection meanwhile
    try {
        const version = await decideFromHistory(r, repo, pkg, scheme, fileVersion);
        if (!version.decision.released)
            listing.abort();
        return { ...version, remoteTags };
    }
    catch (err) {
        listing.abort();
        throw err;
    }
}
/** Step 6, the reading and deciding: the history since the last release and the version it calls for. */
async function decideFromHistory(r, repo, { info, conventions }, scheme, fileVersion) {
    const { o } = r;
    const history = await (0,combinators/* instrumented */.RC)('read commits since the last release', async () => readReleaseHistory(r.git, {
        tagTemplate: o.tagTemplate,
        configuredTag: conventions.tagTemplate,
        name: info.name,
        scheme,
        paths: o.packageDir === '.' ? undefined : [o.packageDir],
        commitMessage: o.commitMessage,
        fileVersion,
        since: o.since,
        parseSquashBodies: o.parseSquashBodies,
        head: repo.sha,
        tags: repo.tags,
    }, r.logger).finally(() => (0,log_stream/* dropEarlyStreams */.uw)(r.git.cwd)))(undefined, r.sctx);
    if (history.tagStyle.source !== 'input')
        r.logger.info(`Tag template ${history.tagStyle.template} (${history.tagStyle.reason}).`);
    // A VCS-derived version has no file: the last release tag is the current version.
    const current = fileVersion ?? history.last?.version ?? scheme.normalize('0.0.0');
    if (history.reopened)
        r.logger.info(`Release commit ${history.reopened.sha.slice(0, 7)} for ${history.reopened.version} is not tagged: ${history.reopened.version} is still open and is prepared again with the commits since.`);
    const decision = await (0,combinators/* instrumented */.RC)('decide version', async () => decideWithReopen(history, { current, scheme, bump: o.bump, version: o.version, prereleaseId: o.prereleaseId, allowDowngrade: o.allowDowngrade, commits: history.commits, rules: bumpRules(o, conventions), lastRelease: history.last?.version }))(undefined, r.sctx);
    const previous = history.reopened && history.last ? history.last.version : current;
    return { scheme, history, current, previous, decision };
}
/** The context this run hands on: repository, package, and the steps so far. */
function releaseContext(r, repo, { adapter, info }) {
    const context = (0,core_context/* newContext */.CA)({
        dry_run: r.o.dryRun,
        repository: { owner: repo.id?.owner ?? '', name: repo.id?.name ?? '', ref: repo.branch ?? 'HEAD', sha: repo.sha },
        package: { ecosystem: adapter.name, name: info.name, dir: r.o.packageDir, version_files: info.versionFiles, ...(info.versionSource ? { version_source: info.versionSource } : {}) },
    });
    context.timeline = r.sctx.timeline;
    return context;
}
/** Nothing to release: the context says so, and nothing is written. */
async function noRelease(r, context, { info }, v) {
    context.version = { previous: v.current, next: v.current, scheme: v.scheme.name, bump: v.decision.bump, reason: v.decision.reason, released: false, tag: (0,changelog_tags/* formatTag */._3)(v.history.tagStyle.template, { version: v.current, name: info.name }) };
    if (r.o.contextFile)
        await (0,core_context/* saveContext */.tn)(r.o.contextFile, context);
    return { context, edits: [], diff: '', deciding: [], docsChanged: [], decision: `No release: ${v.decision.reason}` };
}
/** Step 7: the tag is new everywhere, the version sorts above the last release; the version, changelog and docs edits. */
async function planFileChanges(r, repo, { adapter, info, conventions }, v, target) {
    const { o, git } = r;
    const { next, tag } = target;
    return (0,combinators/* instrumented */.RC)('plan file changes', async () => {
        // Three read-only checks at once, judged in this order; the local and remote tags were listed before.
        const localTag = async () => (repo.tags ? ((await repo.tags).find((t) => t.name === tag)?.sha ?? null) : git.tagCommit(tag));
        const remoteTag = async () => (v.remoteTags ? ((await v.remoteTags)?.get(tag) ?? null) : null);
        const [validR, localR, remoteR] = await Promise.allSettled([(0,git_git/* assertValidRefName */.Pu)(tag, 'tag-template', r.run), localTag(), remoteTag()]);
        (0,combinators/* settledValue */.jW)(validR);
        if ((0,combinators/* settledValue */.jW)(localR)) {
            throw new errors/* ReleaseError */.K2('TAG_EXISTS', `Tag ${tag} already exists, so version ${next} was released before.`, 'Pick a higher version (bump or version input), or delete the stale tag if that release never happened.');
        }
        if ((0,combinators/* settledValue */.jW)(remoteR)) {
            throw new errors/* ReleaseError */.K2('TAG_EXISTS', `Tag ${tag} already exists on ${o.remote}, so version ${next} was released before.`, 'Fetch tags (fetch-depth: 0) and pick a higher version.');
        }
        const last = v.history.last;
        if (last && v.scheme.compare(next, last.version) <= 0 && !o.allowDowngrade) {
            throw new errors/* ReleaseError */.K2('DOWNGRADE', `Version ${next} does not sort above the last release ${last.version} (${last.tag}).`, 'Pick a higher version, or set allow-downgrade: true if that is intended.');
        }
        const edits = [];
        if (!info.versionFromVcs)
            edits.push(...(await adapter.planVersionEdits(repo.root, o.packageDir, info, next)));
        const changelog = await planChangelog(git, r.run, r.logger, {
            root: repo.root,
            name: info.name,
            packageDir: o.packageDir,
            explicitFile: o.changelogFile,
            conventions,
            history: v.history,
            version: next,
            date: o.date ?? new Date().toISOString().slice(0, 10),
            repoUrl: repo.id ? `${o.serverUrl}/${repo.id.owner}/${repo.id.name}` : undefined,
            tag,
            includeOther: o.includeOther,
            scheme: v.scheme.name,
        });
        if (changelog.edit)
            edits.push(changelog.edit);
        const docs = await planDocsEdits(repo.root, o.docsFiles ?? [], adapter.docsReplacements(info.name, v.current, next));
        for (const e of docs.edits) {
            const same = edits.find((x) => x.path === e.path);
            if (same)
                same.after = e.after;
            else
                edits.push(e);
        }
        return { edits: edits.filter((e) => e.before !== e.after), rendered: changelog.rendered, docsChanged: docs.changed, changelog };
    })(undefined, r.sctx);
}
/** Step 8 (direct mode): stop before any write when the branch's rules would refuse the push. */
async function checkBranchRules(r, repo) {
    const { o } = r;
    if (r.modes.mode !== 'direct' || !o.github || !o.push || !repo.branch || !repo.hasRemote)
        return;
    await checkDirectPush({ github: o.github, branch: repo.branch, commitVia: r.modes.commitVia, bypass: o.bypassBranchRules ?? false, dryRun: o.dryRun, logger: r.logger, sctx: r.sctx });
}
/** The files the release commit changes, and the edits as a readable diff. */
function describePlan(rel) {
    const { plan, next } = rel;
    const files = plan.edits.map((e) => e.path);
    const towncrier = plan.changelog.towncrier ? `${plan.edits.length ? '\n' : ''}towncrier build --version ${next}: ${plan.changelog.path} gains the section below; the news fragments are removed.` : '';
    return { files, diff: plan.edits.map(core_files/* describeEdit */.OA).join('\n') + towncrier };
}
/** A dry run ends here: it reports what it would change and writes nothing. */
async function dryRunResult(r, repo, rel) {
    const { files, diff } = describePlan(rel);
    r.logger.info(`Dry run: would change ${[...files, ...(rel.plan.changelog.towncrier ? [rel.plan.changelog.path] : [])].join(', ') || 'no files'}\n${diff}`);
    rel.context.release_commit = { sha: repo.sha, branch: repo.branch ?? '', pushed: false, files_changed: files };
    return finish(r, rel, { decision: `Dry run: would release ${rel.sentence}` });
}
/** Re-opened with nothing new: the earlier release commit is still the release; nothing to write or push. */
async function alreadyPrepared(r, repo, rel) {
    rel.context.release_commit = { sha: repo.sha, branch: repo.branch ?? '', pushed: false, files_changed: [] };
    return finish(r, { ...rel, plan: { ...rel.plan, edits: [], docsChanged: [] } }, { decision: `Already prepared ${rel.sentence}`, diff: '' });
}
/** Step 9 (pr mode): the release commit goes to the release branch, and its pull request is opened or updated. */
async function openReleasePullRequest(r, repo, rel) {
    const { o } = r;
    if (!repo.branch)
        throw new errors/* ReleaseError */.K2('DETACHED_HEAD', 'release-mode: pr needs a checked-out default branch to base the release branch on.', 'Check out the default branch (actions/checkout with ref: main).');
    const { files } = describePlan(rel);
    const pr = await prepareViaPullRequest({ git: r.git, run: r.run, logger: r.logger, sctx: r.sctx, github: o.github, root: repo.root, remote: o.remote, baseBranch: repo.branch, baseSha: repo.sha, edits: rel.plan.edits, files, message: rel.message, identity: o.identity ?? git_git/* BOT_IDENTITY */.br, context: rel.context, commitVia: r.modes.commitVia, branchTemplate: r.modes.branchTemplate, version: rel.next, tag: rel.tag, towncrier: rel.plan.changelog.towncrier, tempDir: o.runner?.tempDir });
    rel.context.release_commit = { sha: pr.sha, branch: pr.branch, pushed: true, files_changed: files };
    return finish(r, rel, { releasePr: pr, tokenNotes: tokenNotes('pr', true), decision: `Release PR #${pr.pull.number} ${pr.created ? 'opened' : pr.unchanged ? 'unchanged' : 'updated'} for ${rel.sentence} (${pr.pull.url})` });
}
/** Step 9 (commit-via: api): GitHub makes (and signs) the release commit; the checkout moves to it. */
async function commitThroughGitHubApi(r, repo, rel) {
    const { files } = describePlan(rel);
    const made = await directCommitThroughApi({ git: r.git, run: r.run, github: r.o.github, remote: r.o.remote, root: repo.root, branch: repo.branch, baseSha: repo.sha, edits: rel.plan.edits, files, towncrier: rel.plan.changelog.towncrier, tempDir: r.o.runner?.tempDir, message: rel.message, sctx: r.sctx });
    rel.context.release_commit = { sha: made.sha, branch: repo.branch, pushed: true, files_changed: files };
    return finish(r, rel, { tokenNotes: tokenNotes('direct', true), decision: `Prepared ${rel.sentence} (commit ${made.sha.slice(0, 7)} made through the GitHub API${made.verified ? ', verified' : ''})` });
}
/** Step 9: the edits on disk; towncrier writes its own file and removes the news fragments. Returns the files to commit. */
async function writeFiles(r, repo, rel) {
    const { files } = describePlan(rel);
    await (0,combinators/* instrumented */.RC)('write files', async () => (0,core_files/* applyEdits */.ct)(repo.root, rel.plan.edits))(undefined, r.sctx);
    const towncrier = rel.plan.changelog.towncrier;
    if (!towncrier)
        return files;
    await (0,combinators/* instrumented */.RC)('build changelog with towncrier', async () => {
        try {
            await towncrierBuild(r.run, towncrier);
        }
        catch (err) {
            // The tree was clean before the write step: put everything back, fragments included.
            await r.git.git(['reset', '--hard', '--quiet', repo.sha], { check: false });
            throw err;
        }
    })(undefined, r.sctx);
    for (const p of await r.git.dirtyPaths())
        if (!files.includes(p))
            files.push(p);
    return files;
}
/** Where this run's release commit goes (steps 10 and 11, shared with the workspace path). */
function commitTarget(r, repo) {
    return { git: r.git, sctx: r.sctx, logger: r.logger, baseSha: repo.sha, branch: repo.branch, remote: r.o.remote, hasRemote: repo.hasRemote, push: r.o.push };
}
/** The last step of every path that prepared a release: the context file and the result. */
async function finish(r, rel, extra) {
    if (r.o.contextFile)
        await (0,core_context/* saveContext */.tn)(r.o.contextFile, rel.context);
    return { context: rel.context, edits: rel.plan.edits, diff: describePlan(rel).diff, deciding: rel.deciding, docsChanged: rel.plan.docsChanged, ...extra };
}


/***/ })

};

//# sourceMappingURL=279.index.js.map