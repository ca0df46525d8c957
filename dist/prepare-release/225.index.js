export const id = 225;
export const ids = [225];
export const modules = {

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

/***/ 64606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   askPrepareQuestionsEarly: () => (/* binding */ askPrepareQuestionsEarly)
/* harmony export */ });
/* unused harmony export newestPlainReleaseTag */
/* harmony import */ var _commits_log_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91012);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10308);
/* harmony import */ var _git_log_stream_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74967);
/* harmony import */ var _git_tag_list_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20489);




/**
 * Starts the git commands prepareRelease will run first, before the stage's code is loaded: check repository's
 * questions (the checkout, the remote's URL, every tag and, unless a dry run, the uncommitted changes; see
 * askEarly), and, once the tags are listed, the log of the commits since the newest plain release tag
 * (newestPlainReleaseTag), which is the last release the stage finds in most repositories (see streamEarly).
 * Call it from an entry point just before importing the stage, with the options the stage will get. Where
 * the stage asks otherwise (another remote, another last release), it runs its own commands and nothing is
 * lost but a process.
 */
function askPrepareQuestionsEarly(cwd, o) {
    void (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .askEarly */ .Ji)(cwd, [_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECKOUT_STATE_ARGS */ .vp, (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .remoteUrlArgs */ .BO)(o.remote ?? _git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_REMOTE */ .dS), _git_tag_list_js__WEBPACK_IMPORTED_MODULE_3__/* .ALL_TAGS_ARGS */ .Ss, ...(o.dryRun ? [] : [_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .DIRTY_PATHS_ARGS */ .wT])]);
    const tags = (o.packageDir ?? '.') === '.' ? (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .peekEarlyAnswer */ .Fv)(cwd, _git_tag_list_js__WEBPACK_IMPORTED_MODULE_3__/* .ALL_TAGS_ARGS */ .Ss) : undefined;
    // Once the log is started: its exit, boxed (a promise returned bare would be waited for), or null.
    const log = (tags ?? Promise.resolve(null)).then((r) => {
        const newest = r?.code === 0 ? newestPlainReleaseTag((0,_git_tag_list_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTagList */ .cl)(r.stdout)) : null;
        // The arguments the stage's history step uses for the commits since its last release (history.ts).
        return newest ? { exited: (0,_git_log_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .streamEarly */ .Q3)(cwd, (0,_commits_log_args_js__WEBPACK_IMPORTED_MODULE_0__/* .logArgs */ .Q)({ from: newest.sha }, { onBoundary: () => undefined }), o.tempDir) } : null;
    }, () => null);
    // Entry points wait for the log to start (the tag listing, a few ms) before loading the stage: while the
    // stage loads, the main thread would not get to start it. Tests wait for its end.
    return { logStarted: log.then(() => undefined), logEnded: log.then((started) => started?.exited ?? undefined) };
}
const PLAIN_RELEASE = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/;
/**
 * The tag of the highest `1.2.3` / `v1.2.3` / `1.2` version (a final release, no prefix or suffix), or null.
 * A guess at the last release made before the stage has read the package and chosen its tag template: right
 * for most repositories, and checked there (only the stage's own choice decides).
 */
function newestPlainReleaseTag(tags) {
    let best = null;
    for (const tag of tags) {
        const m = PLAIN_RELEASE.exec(tag.name);
        if (!m)
            continue;
        const v = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
        if (best === null || compareParts(v, best.v) > 0)
            best = { tag, v };
    }
    return best?.tag ?? null;
}
function compareParts(a, b) {
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return 0;
}


/***/ })

};

//# sourceMappingURL=225.index.js.map