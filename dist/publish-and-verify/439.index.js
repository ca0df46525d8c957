export const id = 439;
export const ids = [439];
export const modules = {

/***/ 4192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   Np: () => (/* binding */ fallback),
/* harmony export */   RC: () => (/* binding */ instrumented),
/* harmony export */   YC: () => (/* binding */ createStepContext),
/* harmony export */   bV: () => (/* binding */ isTransientError),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony exports sequence, backoffDelay, timeout, when */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4325);


/** Creates a StepContext with an empty timeline. */
function createStepContext(stage, logger = _log_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .q, timeline = []) {
    return { stage, logger, timeline };
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
function sequence(...steps) {
    return async (input, ctx) => {
        let value = input;
        for (const step of steps) {
            if (ctx.signal?.aborted)
                throw abortError(ctx.signal);
            value = await step(value, ctx);
        }
        return value;
    };
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('BAD_INPUT', 'fallback() needs at least one alternative', 'Pass one or more alternatives.');
    };
}
/**
 * Bounds a step's time. The step sees an AbortSignal in its context that fires at the deadline; child
 * processes started with that signal (core/exec) are killed with their whole process group.
 */
function timeout(step, ms, what = 'step') {
    return async (input, ctx) => {
        const controller = new AbortController();
        const error = new ReleaseError('TIMEOUT', `${what} did not finish within ${Math.round(ms / 1000)} s`, `Raise the ${what} timeout, or find out why it hangs.`, { transient: true });
        const onOuterAbort = () => controller.abort(ctx.signal?.reason);
        ctx.signal?.addEventListener('abort', onOuterAbort, { once: true });
        let timer;
        const deadline = new Promise((_, reject) => {
            timer = setTimeout(() => {
                controller.abort(error);
                reject(error);
            }, ms);
        });
        try {
            return await Promise.race([step(input, { ...ctx, signal: controller.signal }), deadline]);
        }
        finally {
            if (timer)
                clearTimeout(timer);
            ctx.signal?.removeEventListener('abort', onOuterAbort);
        }
    };
}
/** Chooses a branch by a condition on the input; without `otherwise`, passes the input through. */
function when(condition, then, otherwise) {
    return async (input, ctx) => {
        if (await condition(input, ctx))
            return then(input, ctx);
        return otherwise ? otherwise(input, ctx) : input;
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
            record(options.skipped?.(out) ? 'skipped' : 'success');
            return out;
        }
        catch (err) {
            record('failure');
            throw err;
        }
    };
}


/***/ }),

/***/ 4325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony export consoleLogger */
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

/***/ 4439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishAndVerify: () => (/* binding */ publishAndVerify)
});

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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/digest.ts





/** The hex SHA-256 of a file, read as a stream (distributions can be large). */
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(path))
            hash.update(chunk);
    }
    catch (err) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Cannot read ${path} to compute its digest: ${err.message}`, 'Check that the build wrote the file and that it is readable.', { cause: err });
    }
    return hash.digest('hex');
}
/** File name, SHA-256 and size of each file, in the order given: the records the release context carries. */
async function describeArtifacts(files) {
    const records = [];
    for (const file of files) {
        const sha256 = await sha256File(file);
        const { size } = await stat(file);
        records.push({ file: basename(file), sha256, size });
    }
    return records;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/core/exec.ts


/**
 * Runs `file` with `args` without a shell, in its own process group so that a timeout or abort kills the
 * whole tree it started (pytest workers, build backends), not just the direct child.
 */
const exec = (file, args, options = {}) => {
    const started = Date.now();
    const check = options.check ?? true;
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
            reject(new core_errors/* ReleaseError */.K2('TIMEOUT', `${file} was not started: the operation was aborted`, 'Raise the timeout.'));
            return;
        }
        const env = options.replaceEnv ? { ...options.env } : { ...process.env, ...options.env };
        for (const key of Object.keys(env))
            if (env[key] === undefined)
                delete env[key];
        const child = (0,external_node_child_process_.spawn)(file, [...args], {
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
            reject(new core_errors/* ReleaseError */.K2('COMMAND_FAILED', `Could not start ${file}: ${err.message}`, `Install ${file} or put it on PATH.`, {
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
                reject(new core_errors/* ReleaseError */.K2('TIMEOUT', `${file} ${args.join(' ')} was killed after ${options.timeoutMs !== undefined ? `${options.timeoutMs} ms` : 'an abort'}`, 'Raise the timeout, or find out why the command hangs.', { transient: true }));
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
class CommandFailedError extends core_errors/* ReleaseError */.K2 {
    result;
    constructor(file, args, result) {
        const tail = (result.stderr || result.stdout).trim().split('\n').slice(-15).join('\n');
        super('COMMAND_FAILED', `${file} ${args.join(' ')} exited with ${result.code}${tail ? `:\n${tail}` : ''}`, 'See the output above.');
        this.name = 'CommandFailedError';
        this.result = result;
    }
}

;// CONCATENATED MODULE: ./src/core/files.ts



/**
 * Resolves `path` inside `root` and refuses one that escapes it (`../../etc`, an absolute path elsewhere).
 * `input` names the input the path came from, for the error message.
 */
function resolveInside(root, path, input = 'path') {
    const full = (0,external_node_path_.resolve)(root, path);
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(root), full);
    if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel)) {
        throw new core_errors/* ReleaseError */.K2('PATH_ESCAPE', `Input "${input}" (${path}) points outside the repository.`, `Give a path inside the repository, relative to its root.`);
    }
    return full;
}
/** Reads a text file, or null when it does not exist. */
async function readTextOrNull(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return null;
        throw err;
    }
}
/**
 * Applies edits all-or-nothing: first checks every file still holds its `before` bytes, then writes each
 * through a temp file + rename; if any write fails, restores the files already written.
 */
async function applyEdits(root, edits) {
    const targets = edits.filter((e) => e.before !== e.after).map((e) => ({ ...e, full: resolveInside(root, e.path) }));
    for (const t of targets) {
        const now = await readTextOrNull(t.full);
        if (now !== t.before) {
            throw new ReleaseError('BAD_INPUT', `${t.path} changed while the release was being prepared.`, 'Re-run the stage on a quiet working tree.');
        }
    }
    const done = [];
    try {
        for (const t of targets) {
            const tmp = `${t.full}.release-relay.tmp`;
            await writeFile(tmp, t.after);
            await rename(tmp, t.full);
            done.push(t);
        }
    }
    catch (err) {
        for (const t of done.reverse()) {
            if (t.before === null)
                await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23)).then((fs) => fs.rm(t.full, { force: true }));
            else
                await writeFile(t.full, t.before);
        }
        throw err;
    }
}
/** A unified-style diff of one edit, small and dependency-free, for dry-run output. */
function describeEdit(edit) {
    const before = edit.before === null ? [] : edit.before.split('\n');
    const after = edit.after.split('\n');
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start])
        start++;
    let endB = before.length - 1;
    let endA = after.length - 1;
    while (endB >= start && endA >= start && before[endB] === after[endA]) {
        endB--;
        endA--;
    }
    const lines = [`--- a/${edit.path}`, `+++ b/${edit.path}`, `@@ line ${start + 1} @@`];
    for (let i = start; i <= endB; i++)
        lines.push(`-${before[i]}`);
    for (let i = start; i <= endA; i++)
        lines.push(`+${after[i]}`);
    return lines.join('\n');
}
/** Whether a file or directory exists (and is reachable). */
async function pathExists(file) {
    try {
        await (0,promises_.access)(file);
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/core/log.ts
var log = __webpack_require__(4325);
;// CONCATENATED MODULE: ./src/git/tag-list.ts

/**
 * Every tag (or every tag reachable from `merged`) in one `git for-each-ref` call, peeled to commits.
 * No walk over decorated history: git answers from the refs and the commit graph.
 */
async function tag_list_listTags(git, options = {}) {
    const args = ['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(creatordate:short)'];
    if (options.merged !== undefined) {
        if (options.merged.length === 0 || options.merged.startsWith('-')) {
            throw new ReleaseError('BAD_INPUT', `"${options.merged}" is not a revision.`, 'Give a branch, tag or commit SHA.');
        }
        args.push(`--merged=${options.merged}`);
    }
    args.push('refs/tags/');
    const out = (await git.git(args)).stdout;
    const tags = [];
    for (const line of out.split('\n')) {
        if (line.length === 0)
            continue;
        const [name, object, peeled, date] = line.split('\0');
        tags.push({ name, sha: peeled || object, date: date ?? '' });
    }
    return tags;
}

;// CONCATENATED MODULE: ./src/changelog/tags.ts


/** The tag template used when none is given. */
const DEFAULT_TAG_TEMPLATE = 'v{version}';
/** The template, or the default for an empty one; throws BAD_INPUT unless it holds `{version}` exactly once. */
function checkTagTemplate(template) {
    const t = template === undefined || template.trim() === '' ? DEFAULT_TAG_TEMPLATE : template.trim();
    const first = t.indexOf('{version}');
    if (first < 0 || t.indexOf('{version}', first + 1) >= 0) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "tag-template" is "${t}", which must contain {version} exactly once.`, 'Use e.g. v{version}, {name}-v{version} or {name}@{version}.');
    }
    return t;
}
/** The tag for a version: `{version}` and `{name}` replaced (templates `v{version}`, `{name}-v{version}`, `{name}@{version}`). */
function formatTag(template, v) {
    return checkTagTemplate(template).split('{name}').join(v.name).split('{version}').join(v.version);
}
/** The version part of `tag` under the template for package `name`, or null when the tag does not fit it. */
function parseTag(template, tag, name) {
    const t = checkTagTemplate(template);
    const at = t.indexOf('{version}');
    const prefix = t.slice(0, at).split('{name}').join(name);
    const suffix = t.slice(at + '{version}'.length).split('{name}').join(name);
    if (tag.length <= prefix.length + suffix.length || !tag.startsWith(prefix) || !tag.endsWith(suffix))
        return null;
    return tag.slice(prefix.length, tag.length - suffix.length);
}
/** The tags that fit the template and hold a valid version of the scheme (others are ignored), as ReleaseTags. */
function releaseTags(tags, opts) {
    const out = [];
    for (const t of tags) {
        const part = parseTag(opts.template, t.name, opts.name);
        if (part === null)
            continue;
        let version;
        try {
            version = opts.scheme.normalize(part);
        }
        catch {
            continue;
        }
        out.push({ tag: t.name, version, sha: t.sha, date: t.date });
    }
    return out;
}
/**
 * The highest-version tag fitting the template that is reachable from `rev` (HEAD by default), read with
 * one `git for-each-ref --merged`; null when there is none (or no commit yet). Tags on other branches are
 * ignored, and so are tags whose version part does not parse.
 */
async function findLastReleaseTag(git, opts) {
    const rev = opts.rev ?? 'HEAD';
    let tags;
    try {
        tags = await listTags(git, { merged: rev });
    }
    catch (err) {
        if (isReleaseError(err, 'GIT_FAILED') && rev === 'HEAD' && (await git.revParse('HEAD')) === null)
            return null;
        throw err;
    }
    let best = null;
    for (const t of releaseTags(tags, opts)) {
        if (best === null || opts.scheme.compare(t.version, best.version) > 0)
            best = t;
    }
    return best === null ? null : { tag: best.tag, version: best.version, sha: best.sha };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
;// CONCATENATED MODULE: ./src/versioning/scheme.ts



/** The version scheme with this name; throws BAD_INPUT naming the known names for anything else. */
function getScheme(name) {
    const scheme = SCHEMES[name];
    if (!scheme) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Unknown version scheme "${String(name)}".`, `Use one of: ${Object.keys(SCHEMES).join(', ')}.`);
    }
    return scheme;
}
/** One leading v/V and surrounding whitespace removed. */
function stripV(v) {
    const t = v.trim();
    return t.length > 1 && (t[0] === 'v' || t[0] === 'V') && t[1] >= '0' && t[1] <= '9' ? t.slice(1) : t;
}
function badVersion(v, input, scheme, fix) {
    const where = input ? ` (from ${input})` : '';
    return new core_errors/* ReleaseError */.K2('BAD_VERSION', `"${v}"${where} is not a valid ${scheme} version.`, fix);
}
// ---------------------------------------------------------------------------------------------- semver
function semverNormalize(v, input) {
    const s = stripV(String(v));
    // semver.valid also accepts a leading "=" and "v"; require the plain form after our own stripping.
    if (s.includes('+') && semver_default().valid(s) !== null) {
        throw badVersion(v, input, 'SemVer release', `Drop the build metadata "+${s.slice(s.indexOf('+') + 1)}": npm ignores it, so the published version would not match the tag.`);
    }
    if (semver_default().valid(s) !== s) {
        throw badVersion(v, input, 'SemVer', 'Write MAJOR.MINOR.PATCH with an optional -prerelease, e.g. 1.2.0 or 1.2.0-rc.1 (no leading zeros, three numbers).');
    }
    return s;
}
function semverPrereleaseId(id) {
    const p = (id ?? 'rc').trim();
    if (!/^[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*$/.test(p) || /^\d+$/.test(p)) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "prerelease-id" is "${p}", which is not a SemVer pre-release identifier.`, 'Use letters, digits and dashes, e.g. rc, beta, alpha, next.');
    }
    return p;
}
const SEMVER = {
    name: 'semver',
    normalize: semverNormalize,
    isValid: (v) => typeof v === 'string' && semver_default().valid(v) === v,
    compare: (a, b) => semver_default().compare(a, b),
    isPrerelease: (v) => semver_default().prerelease(v) !== null,
    bump(current, kind, prereleaseId) {
        const cur = semverNormalize(current, 'the current version');
        let next;
        switch (kind) {
            case 'major':
            case 'minor':
            case 'patch':
                next = semver_default().inc(cur, kind);
                break;
            case 'premajor':
            case 'preminor':
            case 'prepatch':
                next = semver_default().inc(cur, kind, semverPrereleaseId(prereleaseId), '0');
                break;
            case 'prerelease': {
                // Without an id, a pre-release keeps its own id; a final release starts an `rc` series.
                const pre = semver_default().prerelease(cur);
                const ownId = pre && typeof pre[0] === 'string' ? pre[0] : undefined;
                next = semver_default().inc(cur, 'prerelease', semverPrereleaseId(prereleaseId ?? ownId), '0');
                break;
            }
            case 'release':
                if (semver_default().prerelease(cur) === null)
                    throw notPrerelease(cur);
                next = `${semver_default().major(cur)}.${semver_default().minor(cur)}.${semver_default().patch(cur)}`;
                break;
            default:
                throw unknownKind(kind);
        }
        if (next === null)
            throw new core_errors/* ReleaseError */.K2('BAD_VERSION', `Cannot apply a ${kind} bump to ${cur}.`, 'Give the version explicitly (input "version").');
        return next;
    },
};
/** At most this many numbers in a release segment (1.2.3.4 is fine, 1.2.3.4.5 is refused). */
const PEP_MAX_RELEASE_PARTS = 4;
function pepParts(v) {
    const e = (0,pep440.explain)(v);
    if (!e)
        return null;
    return {
        epoch: e.epoch,
        release: [...e.release],
        pre: e.pre ? [String(e.pre[0]), Number(e.pre[1])] : null,
        // The typings say arrays; at run time post and dev are plain numbers (or null).
        post: e.post === null || e.post === undefined ? null : Number(e.post),
        dev: e.dev === null || e.dev === undefined ? null : Number(e.dev),
    };
}
function pepFormat(p) {
    let s = p.epoch ? `${p.epoch}!` : '';
    s += p.release.join('.');
    if (p.pre)
        s += `${p.pre[0]}${p.pre[1]}`;
    if (p.post !== null)
        s += `.post${p.post}`;
    if (p.dev !== null)
        s += `.dev${p.dev}`;
    return s;
}
const PEP_FIX = 'Write a PEP 440 version such as 1.2.0, 1.2.0rc1, 1.2.0.post1, 2.0.0.dev3 or 1!2.0 (see https://peps.python.org/pep-0440/).';
function pepNormalize(v, input) {
    const raw = String(v);
    const cleaned = (0,pep440.clean)(raw);
    if (cleaned === null || cleaned === undefined)
        throw badVersion(raw, input, 'PEP 440', PEP_FIX);
    const parts = (0,pep440.explain)(cleaned);
    if (!parts)
        throw badVersion(raw, input, 'PEP 440', PEP_FIX);
    if (parts.local !== null && parts.local !== undefined) {
        throw badVersion(raw, input, 'PEP 440', `Drop the local part "+${parts.local}": PyPI refuses local versions. ${PEP_FIX}`);
    }
    if (parts.release.length > PEP_MAX_RELEASE_PARTS) {
        throw badVersion(raw, input, 'PEP 440', `Use at most ${PEP_MAX_RELEASE_PARTS} numbers in the release segment (MAJOR.MINOR.PATCH). ${PEP_FIX}`);
    }
    return cleaned;
}
/** PEP 440 spellings of a pre-release id, by the names people type. */
const PEP_PRE_IDS = { a: 'a', alpha: 'a', b: 'b', beta: 'b', c: 'rc', rc: 'rc', pre: 'rc', preview: 'rc' };
function pepPrereleaseId(id) {
    const key = (id ?? 'rc').trim().toLowerCase();
    const letter = PEP_PRE_IDS[key];
    if (!letter) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "prerelease-id" is "${id}", which PEP 440 has no pre-release for.`, `Use one of: ${Object.keys(PEP_PRE_IDS).join(', ')} (PEP 440 knows only a, b and rc).`);
    }
    return letter;
}
const PRE_RANK = { a: 0, b: 1, rc: 2 };
/** A release segment of at least `n` numbers. */
function padded(release, n) {
    const r = [...release];
    while (r.length < n)
        r.push(0);
    return r;
}
/** Increments release[index], zeroes what follows it, keeps the segment's length (extending it if needed). */
function incAt(release, index) {
    const r = padded(release, index + 1);
    r[index] += 1;
    for (let i = index + 1; i < r.length; i++)
        r[i] = 0;
    return r;
}
function pepBump(current, kind, prereleaseId) {
    const cur = pepNormalize(current, 'the current version');
    const p = pepParts(cur);
    if (!p)
        throw badVersion(current, 'the current version', 'PEP 440', PEP_FIX);
    const isPre = p.pre !== null || p.dev !== null;
    const level = kind === 'major' || kind === 'premajor' ? 0 : kind === 'minor' || kind === 'preminor' ? 1 : 2;
    const final = (release) => ({ epoch: p.epoch, release, pre: null, post: null, dev: null });
    switch (kind) {
        case 'major':
        case 'minor':
        case 'patch': {
            // As semver does: a pre-release of X.Y.0 bumped by `minor` becomes X.Y.0 (it is already that minor).
            const tailZero = padded(p.release, 3).slice(level + 1).every((n) => n === 0);
            if (isPre && tailZero)
                return pepFormat(final(p.release));
            return pepFormat(final(incAt(p.release, level)));
        }
        case 'premajor':
        case 'preminor':
        case 'prepatch':
            return pepFormat({ ...final(incAt(p.release, level)), pre: [pepPrereleaseId(prereleaseId), 1] });
        case 'prerelease': {
            if (p.pre === null && p.dev === null) {
                return pepFormat({ ...final(incAt(p.release, 2)), pre: [pepPrereleaseId(prereleaseId), 1] });
            }
            if (p.pre === null) {
                // X.Y.Z.devN is before any pre-release of X.Y.Z: the first pre-release of the same release.
                return pepFormat({ ...final(p.release), pre: [pepPrereleaseId(prereleaseId), 1] });
            }
            const letter = prereleaseId === undefined ? p.pre[0] : pepPrereleaseId(prereleaseId);
            if (letter === p.pre[0]) {
                // 1.3.0rc1.dev2 → 1.3.0rc1 (the dev build's target); 1.3.0rc1 → 1.3.0rc2.
                return pepFormat({ ...final(p.release), pre: [letter, p.dev !== null && p.post === null ? p.pre[1] : p.pre[1] + 1] });
            }
            if (PRE_RANK[letter] < PRE_RANK[p.pre[0]]) {
                throw new core_errors/* ReleaseError */.K2('DOWNGRADE', `A "${letter}" pre-release after ${cur} would sort below it.`, `Keep the id "${p.pre[0]}" or move up (a → b → rc), or give the version explicitly with allow-downgrade.`);
            }
            return pepFormat({ ...final(p.release), pre: [letter, 1] });
        }
        case 'release':
            if (!isPre)
                throw notPrerelease(cur);
            return pepFormat(final(p.release));
        default:
            throw unknownKind(kind);
    }
}
const PEP440 = {
    name: 'pep440',
    normalize: pepNormalize,
    isValid(v) {
        try {
            return pepNormalize(v) === v;
        }
        catch {
            return false;
        }
    },
    compare: (a, b) => (0,pep440.compare)(a, b),
    isPrerelease(v) {
        const p = pepParts(v);
        return p !== null && (p.pre !== null || p.dev !== null);
    },
    bump: pepBump,
};
function notPrerelease(v) {
    return new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "bump" is "release", but ${v} is not a pre-release.`, 'Use "release" only to promote a pre-release (1.3.0rc2 → 1.3.0); use patch, minor or major for a final version.');
}
function unknownKind(kind) {
    return new core_errors/* ReleaseError */.K2('BAD_INPUT', `Unknown bump kind "${kind}".`, 'Use one of: major, minor, patch, premajor, preminor, prepatch, prerelease, release.');
}
const SCHEMES = { semver: SEMVER, pep440: PEP440 };

;// CONCATENATED MODULE: ./src/ecosystems/python/names.ts
/** PEP 503 normalized project name: runs of `-`, `_`, `.` become one `-`, lower-cased (`Relay_Example` → `relay-example`). */
function normalizeName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** The import name a project most likely uses for its top-level module (`relay-example` → `relay_example`). */
function importName(name) {
    return normalizeName(name).replace(/-/g, '_');
}

;// CONCATENATED MODULE: ./src/ecosystems/python/docs-replacements.ts

/** A version as shields.io static badges spell it: `-` doubles to `--`, `_` to `__`, a space becomes `_`. */
function shieldsEscape(text) {
    return text.replace(/-/g, '--').replace(/_/g, '__').replace(/ /g, '_');
}
/**
 * Literal replacement pairs that move Python docs from `previous` to `next`: pinned installs and requirements
 * (`pip install name==prev`, `"name==prev"`, under the name as written and PEP 503 normalized) and static
 * shields.io badges (`/badge/version-1.2.0-blue`, `pypi-v1.2.0-`). Dynamic badges (`/pypi/v/name`) hold no
 * version and need nothing. Longest pairs come first.
 */
function pythonDocsReplacements(name, previous, next) {
    const names = [...new Set([name, normalizeName(name)])];
    const pairs = [];
    for (const n of names) {
        pairs.push({ from: `pip install "${n}==${previous}"`, to: `pip install "${n}==${next}"` });
        pairs.push({ from: `pip install '${n}==${previous}'`, to: `pip install '${n}==${next}'` });
        pairs.push({ from: `pip install ${n}==${previous}`, to: `pip install ${n}==${next}` });
        pairs.push({ from: `${n}==${previous}`, to: `${n}==${next}` });
    }
    const prev = shieldsEscape(previous);
    const nxt = shieldsEscape(next);
    for (const label of ['version', 'pypi']) {
        pairs.push({ from: `${label}-v${prev}-`, to: `${label}-v${nxt}-` });
        pairs.push({ from: `${label}-${prev}-`, to: `${label}-${nxt}-` });
    }
    return pairs;
}

;// CONCATENATED MODULE: ./src/gate/readme-examples.ts
/** The comment that opts the next code block out of the README check. */
const SKIP_MARKER = '<!-- release-relay: skip -->';
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`{]*)?/;
/**
 * Turns a `>>>` session into a script that runs it with doctest and exits non-zero when any expected output
 * differs, so the README's printed results are checked too.
 */
function doctestScript(session, file, line) {
    return [
        'import doctest, sys',
        `_text = ${JSON.stringify(session)}`,
        `_test = doctest.DocTestParser().get_doctest(_text, {"__name__": "__main__"}, ${JSON.stringify(`${file}:${line}`)}, ${JSON.stringify(file)}, ${line})`,
        '_runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)',
        '_runner.run(_test)',
        'sys.exit(1 if _runner.failures else 0)',
        '',
    ].join('\n');
}
/** A block that shows a shell session (`$ pip install …`) rather than Python code. */
function isShellSession(code) {
    const first = code.split('\n').find((l) => l.trim() !== '');
    return first !== undefined && /^\s*(\$|%|#!\s*\/bin\/(ba)?sh)\s/.test(first);
}
/**
 * Extracts the fenced code blocks whose language is one of `tags` (case-insensitive), skipping a block
 * preceded by `<!-- release-relay: skip -->` (blank lines allowed between) and blocks that show a shell
 * session. A block that starts with `>>> ` is converted into a doctest run.
 */
function extractExamples(markdown, file, opts) {
    const tags = new Set(opts.tags.map((t) => t.toLowerCase()));
    const lines = markdown.split(/\r?\n/);
    const examples = [];
    let lastContent = '';
    for (let i = 0; i < lines.length; i++) {
        const open = FENCE.exec(lines[i]);
        if (!open) {
            if (lines[i].trim() !== '')
                lastContent = lines[i].trim();
            continue;
        }
        const [, indent, fence, info = ''] = open;
        const body = [];
        let j = i + 1;
        for (; j < lines.length; j++) {
            const close = lines[j].trim();
            if (close[0] === fence[0] && close.length >= fence.length && /^(`+|~+)$/.test(close))
                break;
            // Content is indented like the fence (inside a list item): strip that much.
            body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j].trimStart());
        }
        const skipped = lastContent === SKIP_MARKER;
        const lang = info.toLowerCase();
        const code = `${body.join('\n')}\n`;
        if (!skipped && tags.has(lang) && code.trim() !== '' && !isShellSession(code)) {
            const line = i + 1;
            examples.push({ file, line, lang: info, code: /^\s*>>> /.test(code) ? doctestScript(code, file, line) : code });
        }
        lastContent = fence;
        i = j;
    }
    return examples;
}

;// CONCATENATED MODULE: ./src/ecosystems/check-output.ts

/** Lines of output kept as evidence in a failed check. */
const EXCERPT_LINES = 20;
/** The last EXCERPT_LINES lines of a command's output. */
function excerpt(text) {
    return text.trimEnd().split('\n').slice(-EXCERPT_LINES).join('\n');
}
/** The last non-empty line of a command's output. */
function lastLine(text) {
    return text.trimEnd().split('\n').pop()?.trim() ?? '';
}
/**
 * Runs `fn` and turns its TIMEOUT into the value `'timeout'`, so a hung example or smoke command becomes a
 * failed check rather than an exception; an abort of the caller's signal still throws.
 */
async function timeoutAsValue(signal, fn) {
    try {
        return await fn();
    }
    catch (err) {
        if ((0,core_errors/* isReleaseError */.q8)(err, 'TIMEOUT') && !signal?.aborted)
            return 'timeout';
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/install-check.ts
/**
 * The clean-environment check of an npm tarball: a fresh project in a temp directory, `npm install <tarball>`,
 * then the package is used from there (import, installed version, README examples, smoke command), never
 * from the repository's sources.
 */






/** Fence languages run by default. */
const NPM_EXAMPLE_TAGS = ['js', 'javascript', 'mjs', 'cjs'];
/**
 * The probe run inside the scratch project: loads the package the way a user would (import, then require for
 * a CommonJS-only package) and prints what it found. Exit 3: it cannot be loaded.
 */
const PROBE = `import { createRequire } from 'node:module';
const name = process.argv[2];
let how = 'import';
try {
  await import(name);
} catch (importError) {
  try {
    createRequire(process.cwd() + '/')(name);
    how = 'require';
  } catch {
    console.error(importError && importError.stack ? importError.stack : String(importError));
    process.exit(3);
  }
}
console.log(JSON.stringify({ how }));
`;
/** Writes an empty project (package.json only) into `dir`. */
async function writeScratchProject(dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'package.json'), `${JSON.stringify({ name: 'release-relay-scratch', version: '0.0.0', private: true, description: 'scratch project', license: 'UNLICENSED' }, null, 2)}\n`);
}
/** The manifest of the installed package (node_modules/<name>/package.json), or null when it is not there. */
async function installedManifest(project, name) {
    try {
        return JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(project, 'node_modules', ...name.split('/'), 'package.json'), 'utf8'));
    }
    catch {
        return null;
    }
}
/** Whether the installed package has something to import (main, exports, module or an index.js). */
async function hasEntryPoint(project, name, manifest) {
    if (manifest.main !== undefined || manifest.exports !== undefined || manifest.module !== undefined)
        return true;
    try {
        await (0,promises_.readFile)((0,external_node_path_.join)(project, 'node_modules', ...name.split('/'), 'index.js'));
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Loads the installed package in `project` and checks its version. Returns null when all is well, else the
 * reason (and log). A package without an entry point (bin only) is not imported.
 */
async function probeInstalled(opts) {
    const manifest = await installedManifest(opts.project, opts.name);
    if (!manifest)
        return { reason: `${opts.name} is not in node_modules after npm install (is "name" in the tarball's package.json ${opts.name}?).` };
    if (manifest.version !== opts.version)
        return { reason: `The installed ${opts.name} is version ${String(manifest.version)}, but the release is ${opts.version}.` };
    if (!(await hasEntryPoint(opts.project, opts.name, manifest)))
        return null;
    const probe = (0,external_node_path_.join)(opts.project, 'release-relay-probe.mjs');
    await (0,promises_.writeFile)(probe, PROBE);
    const r = await opts.exec(opts.node, [probe, opts.name], { cwd: opts.project, check: false, signal: opts.signal, timeoutMs: opts.timeoutMs });
    if (r.code !== 0) {
        const error = r.stderr.split('\n').find((l) => /Error/.test(l))?.trim() ?? lastLine(r.stderr);
        return { reason: `The installed package cannot be loaded: import('${opts.name}') failed (${error}).`, log: excerpt(r.stderr || r.stdout) };
    }
    return null;
}
/**
 * Installs the tarball into a fresh project and uses it from there. A failing check returns `ok: false` with
 * the reason and a log excerpt; only infrastructure failures (no npm, no node) throw.
 */
async function npmInstallCheck(opts) {
    const tarball = opts.files.find((f) => f.endsWith('.tgz'));
    if (!tarball)
        return { ok: false, examplesRun: 0, reason: `No .tgz among the built files (${opts.files.map((f) => (0,external_node_path_.basename)(f)).join(', ') || 'none'}).` };
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rr-npm-install-'));
    try {
        return await check(opts, tarball, (0,external_node_path_.join)(work, 'project'));
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
async function check(opts, tarball, project) {
    const npm = opts.npm ?? 'npm';
    const node = opts.node ?? 'node';
    const stepMs = opts.exampleTimeoutMs ?? 60_000;
    await writeScratchProject(project);
    const env = { PATH: `${(0,external_node_path_.join)(project, 'node_modules', '.bin')}${external_node_path_.delimiter}${process.env.PATH ?? ''}`, NODE_PATH: undefined };
    const run = (file, args, timeoutMs) => opts.exec(file, args, { cwd: project, env, signal: opts.signal, timeoutMs, check: false });
    const version = await run(node, ['--version'], stepMs).catch(() => null);
    const runtime = version?.code === 0 ? `node ${version.stdout.trim()}` : undefined;
    // 1. npm install <tarball>: the package's own dependencies come from the configured registry.
    opts.logger.info(`npm install ${(0,external_node_path_.basename)(tarball)} into an empty project`);
    const install = await guard(opts.signal, () => run(npm, ['install', tarball, '--no-audit', '--no-fund', '--no-update-notifier', ...(opts.installArgs ?? [])], opts.installTimeoutMs ?? 300_000));
    if (install === 'timeout')
        return { ok: false, runtime, examplesRun: 0, reason: `npm install ${(0,external_node_path_.basename)(tarball)} did not finish in time.` };
    if (install.code !== 0)
        return { ok: false, runtime, examplesRun: 0, reason: `npm could not install ${(0,external_node_path_.basename)(tarball)} into an empty project.`, logExcerpt: excerpt(install.stderr || install.stdout) };
    // 2. Load it from the scratch project and compare the installed version.
    const probe = await guardValue(opts.signal, () => probeInstalled({ project, name: opts.name, version: opts.expectedVersion, node, exec: opts.exec, signal: opts.signal, timeoutMs: stepMs }));
    if (probe === 'timeout')
        return { ok: false, runtime, examplesRun: 0, reason: `Loading ${opts.name} did not finish in time.` };
    if (probe)
        return { ok: false, runtime, examplesRun: 0, reason: probe.reason, logExcerpt: probe.log };
    opts.logger.info(`${opts.name} ${opts.expectedVersion} installs and loads`);
    // 3. README examples, each in its own file and process, inside the scratch project.
    let examplesRun = 0;
    if (opts.readmeFile) {
        const markdown = await (0,promises_.readFile)(opts.readmeFile, 'utf8').catch(() => null);
        const examples = markdown === null ? [] : extractExamples(markdown, opts.readmeFile, { tags: opts.exampleTags ?? NPM_EXAMPLE_TAGS });
        for (const example of examples) {
            const commonJs = example.lang.toLowerCase() === 'cjs' || (/\brequire\(/.test(example.code) && !/^\s*(import|export)\s/m.test(example.code));
            const script = (0,external_node_path_.join)(project, `example-line-${example.line}.${commonJs ? 'cjs' : 'mjs'}`);
            await (0,promises_.writeFile)(script, example.code);
            const where = `${example.file}:${example.line}`;
            const r = await guard(opts.signal, () => run(node, [script], stepMs));
            if (r === 'timeout')
                return { ok: false, runtime, examplesRun, reason: `The README example at ${where} did not finish in time.`, failedExample: { file: example.file, line: example.line, error: 'timed out' } };
            if (r.code !== 0) {
                const error = r.stderr.split('\n').find((l) => /^\w*Error\b|Error:/.test(l.trim()))?.trim() || lastLine(r.stderr) || `exit code ${r.code}`;
                return { ok: false, runtime, examplesRun, reason: `The README example at ${where} failed: ${error}`, logExcerpt: excerpt(`${r.stdout}${r.stderr}`), failedExample: { file: example.file, line: example.line, error } };
            }
            examplesRun++;
        }
        opts.logger.info(`${examplesRun} README example(s) ran OK`);
    }
    // 4. The smoke command, as a user would type it after npm install.
    if (opts.smokeCommand?.length) {
        const [file, ...args] = opts.smokeCommand;
        let r;
        try {
            r = await guard(opts.signal, () => run(file, args, stepMs));
        }
        catch (err) {
            if ((0,core_errors/* isReleaseError */.q8)(err, 'COMMAND_FAILED') && /Could not start/.test(err.message))
                return { ok: false, runtime, examplesRun, reason: `The smoke command ${file} was not found in node_modules/.bin or on PATH.` };
            throw err;
        }
        if (r === 'timeout')
            return { ok: false, runtime, examplesRun, reason: `The smoke command (${opts.smokeCommand.join(' ')}) did not finish in time.` };
        if (r.code !== 0)
            return { ok: false, runtime, examplesRun, reason: `The smoke command (${opts.smokeCommand.join(' ')}) exited with ${r.code}.`, logExcerpt: excerpt(`${r.stdout}${r.stderr}`) };
    }
    return { ok: true, runtime, examplesRun };
}
/** Turns a timeout into a value so it becomes a failed check; the caller's abort still throws. */
async function guard(signal, fn) {
    return guardValue(signal, fn);
}
async function guardValue(signal, fn) {
    try {
        return await timeoutAsValue(signal, fn);
    }
    catch (err) {
        if ((0,core_errors/* isReleaseError */.q8)(err, 'COMMAND_FAILED') && /Could not start (npm|node)/.test(err.message)) {
            throw new core_errors/* ReleaseError */.K2('COMMAND_FAILED', err.message, 'Install Node.js and npm on the runner (actions/setup-node), or set the npm/node tool overrides.', { cause: err });
        }
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/registry-api.ts
/**
 * What release-relay reads of an npm registry: the packument (`GET {registry}/{name}`), the integrity of a
 * tarball, and where a registry's auth token goes in an .npmrc.
 */



/** The public npm registry. */
const NPMJS = 'https://registry.npmjs.org/';
/** Resolves `npm` (or `npmjs`) to the public registry, or an http(s) URL to itself with one trailing slash. */
function npmRegistry(nameOrUrl) {
    const v = nameOrUrl.trim();
    if (['npm', 'npmjs', 'registry.npmjs.org'].includes(v.toLowerCase()))
        return { name: 'npm', uploadUrl: NPMJS, indexUrl: NPMJS };
    let url;
    try {
        url = new URL(v);
    }
    catch {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "registries" has "${nameOrUrl}", which is neither "npm" nor a URL.`, 'Use npm (https://registry.npmjs.org/) or a registry URL such as https://npm.pkg.github.com/.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "registries" has "${nameOrUrl}", which is not an http(s) URL.`, 'Use an https:// registry URL.');
    }
    url.search = '';
    url.hash = '';
    const base = `${url.toString().replace(/\/+$/, '')}/`;
    return { name: base === NPMJS ? 'npm' : url.host, uploadUrl: base, indexUrl: base };
}
/** The packument URL of `name` (a scoped name's slash is encoded: `@scope%2fname`). */
function packumentUrl(registry, name) {
    const base = registry.endsWith('/') ? registry : `${registry}/`;
    return `${base}${name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)}`;
}
/** The key npm looks an auth token up by (the "nerf dart"): `//host[:port]/path/`. */
function nerfDart(registry) {
    const url = new URL(registry);
    return `//${url.host}${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}`;
}
/** SRI sha512 integrity (`sha512-<base64>`) and sha1 shasum (hex) of a file, as npm records them in `dist`. */
async function tarballIntegrity(file) {
    const bytes = await (0,promises_.readFile)(file);
    return { integrity: `sha512-${(0,external_node_crypto_.createHash)('sha512').update(bytes).digest('base64')}`, shasum: (0,external_node_crypto_.createHash)('sha1').update(bytes).digest('hex') };
}
/** Whether a published `dist` is these bytes: the sha512 integrity when both have it, else the sha1 shasum. */
function sameDist(dist, local) {
    if (!dist)
        return false;
    const sha512 = dist.integrity?.split(/\s+/).find((i) => i.startsWith('sha512-'));
    if (sha512)
        return sha512 === local.integrity;
    return !!dist.shasum && dist.shasum.toLowerCase() === local.shasum;
}
async function get(url, opts, accept) {
    try {
        return await (opts.fetchImpl ?? fetch)(url, { headers: { Accept: accept, ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}) }, signal: opts.signal });
    }
    catch (err) {
        if (opts.signal?.aborted)
            throw err;
        throw new core_errors/* ReleaseError */.K2('REGISTRY_DOWN', `Could not reach ${url}: ${err.message}`, 'Check the network and input "registries"; the request is retried.', { transient: true, cause: err });
    }
}
function httpError(url, res) {
    const transient = res.status >= 500 || res.status === 429;
    return new core_errors/* ReleaseError */.K2('REGISTRY_DOWN', `${url} answered ${res.status} ${res.statusText}.`, transient ? 'The registry is having trouble; the request is retried. Check https://status.npmjs.org for the public registry.' : 'Check input "registries" and whether reading this package needs a token.', { transient });
}
/** The packument, or null when the registry does not know the package (404). Throws REGISTRY_DOWN otherwise. */
async function fetchPackument(opts) {
    const url = packumentUrl(opts.registry, opts.name);
    const res = await get(url, opts, 'application/json');
    if (res.status === 404)
        return null;
    if (!res.ok)
        throw httpError(url, res);
    const body = (await res.json());
    return { name: body.name ?? opts.name, 'dist-tags': body['dist-tags'] ?? {}, versions: body.versions ?? {} };
}
/** The bytes of a published tarball, or null on 404. */
async function fetchTarball(url, opts) {
    const res = await get(url, opts, 'application/octet-stream');
    if (res.status === 404)
        return null;
    if (!res.ok)
        throw httpError(url, res);
    return Buffer.from(await res.arrayBuffer());
}
/**
 * What the registry holds of `version` for each artifact. A registry keeps one tarball per version, so every
 * artifact is compared with it: by sha512 integrity against the local file when `files` names it, else by
 * downloading the published tarball and comparing its sha256 with the approved one.
 */
async function npmRemoteState(opts) {
    const packument = await fetchPackument(opts);
    const entry = packument?.versions[opts.version];
    const out = {};
    let remoteSha256;
    for (const a of opts.artifacts) {
        if (!entry) {
            out[a.file] = 'absent';
            continue;
        }
        const local = opts.files?.find((f) => f === a.file || f.endsWith(`/${a.file}`) || f.endsWith(`\\${a.file}`));
        if (local) {
            out[a.file] = sameDist(entry.dist, await tarballIntegrity(local)) ? 'same' : 'different';
            continue;
        }
        if (remoteSha256 === undefined) {
            const bytes = entry.dist?.tarball ? await fetchTarball(entry.dist.tarball, opts) : null;
            remoteSha256 = bytes ? (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') : null;
        }
        out[a.file] = remoteSha256 === a.sha256 ? 'same' : 'different';
    }
    return out;
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/publish.ts
/**
 * Publishes an approved tarball with the real npm client, after comparing what the registry already holds:
 * the same bytes are skipped (a resumed release), other bytes under the same version stop the release before
 * anything is uploaded. The token goes into a temporary .npmrc (mode 600) passed with --userconfig: never on a
 * command line, never in the environment of other steps.
 */






/** Whether `npm publish` should attach provenance: on GitHub Actions with an ID token, to the public registry. */
function wantsProvenance(registry, env = process.env) {
    return env.GITHUB_ACTIONS === 'true' && !!env.ACTIONS_ID_TOKEN_REQUEST_URL && registry === NPMJS;
}
/**
 * Publishes `file` unless the registry already has the version: same integrity → skipped, other bytes →
 * ALREADY_PUBLISHED_DIFFERENT (nothing uploaded). Transient failures (5xx, connection resets, timeouts) are
 * retried with backoff; a refusal to publish over an existing version is resolved by comparing integrity again.
 */
async function publishTarball(opts) {
    opts.logger.setSecret(opts.token);
    const local = await tarballIntegrity(opts.file);
    const read = { registry: opts.registry, name: opts.name, token: opts.token, signal: opts.signal };
    const ctx = { ...(0,combinators/* createStepContext */.YC)('publish-and-verify', opts.logger), sleep: opts.sleep, signal: opts.signal };
    const existing = await (0,combinators/* retry */.L5)(async () => (await fetchPackument(read))?.versions[opts.version], { attempts: 3, baseDelayMs: opts.baseDelayMs ?? 2000 })(undefined, ctx);
    if (existing)
        return resolveExisting(opts, existing.dist, local, 0);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rr-npm-publish-'));
    const npmrc = (0,external_node_path_.join)(dir, '.npmrc');
    try {
        await (0,promises_.writeFile)(npmrc, `${nerfDart(opts.registry)}:_authToken=${opts.token}\n`, { mode: 0o600 });
        await (0,promises_.chmod)(npmrc, 0o600);
        const args = ['publish', opts.file, '--registry', opts.registry, '--userconfig', npmrc, '--tag', opts.tag, '--ignore-scripts', '--no-update-notifier', ...(opts.provenance ? ['--provenance'] : [])];
        let attempts = 0;
        const upload = (0,combinators/* retry */.L5)(async (_input, c) => {
            attempts = c.attempts?.count ?? attempts + 1;
            opts.logger.info(`npm ${args.join(' ')}`);
            const r = await opts.exec(opts.npm ?? 'npm', args, { cwd: dir, check: false, signal: opts.signal, timeoutMs: opts.timeoutMs ?? 10 * 60_000 }).catch((err) => {
                if (err instanceof core_errors/* ReleaseError */.K2 && err.code === 'TIMEOUT' && !opts.signal?.aborted)
                    throw new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `npm publish ${(0,external_node_path_.basename)(opts.file)} timed out.`, 'The registry is slow; the upload is retried.', { transient: true, cause: err });
                throw err;
            });
            if (r.code === 0)
                return 'uploaded';
            const failure = classifyNpmPublishFailure((0,external_node_path_.basename)(opts.file), opts.registry, `${r.stdout}\n${r.stderr}`);
            if (failure === 'exists')
                return 'exists';
            throw failure;
        }, { attempts: opts.attempts ?? 4, baseDelayMs: opts.baseDelayMs ?? 2000, maxDelayMs: 60_000 });
        const outcome = await upload(undefined, ctx);
        if (outcome === 'exists') {
            // Someone (or an earlier attempt whose answer got lost) published this version: compare the bytes.
            const entry = (await fetchPackument(read))?.versions[opts.version];
            return resolveExisting(opts, entry?.dist, local, attempts);
        }
        opts.logger.info(`published ${opts.name}@${opts.version} (${(0,external_node_path_.basename)(opts.file)}) to ${opts.registry} with dist-tag ${opts.tag}`);
        return { uploaded: true, attempts };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
function resolveExisting(opts, dist, local, attempts) {
    if (sameDist(dist, local)) {
        opts.logger.info(`${opts.name}@${opts.version} is already on ${opts.registry} with the same integrity; skipped`);
        return { uploaded: false, attempts };
    }
    throw new core_errors/* ReleaseError */.K2('ALREADY_PUBLISHED_DIFFERENT', `${opts.name}@${opts.version} is already on ${opts.registry} with other bytes (${dist?.integrity ?? dist?.shasum ?? 'no integrity'}; the approved ${(0,external_node_path_.basename)(opts.file)} is ${local.integrity}).`, 'A published npm version can never be replaced. Release a new version (the next patch or prerelease); do not rebuild the same one.');
}
/**
 * Turns npm's output for a failed publish into a ReleaseError, or `exists` when the registry refused because
 * the version is already there (403 "cannot publish over the previously published versions", 409, EPUBLISHCONFLICT).
 * 5xx, 429, ECONNRESET, ETIMEDOUT, EAI_AGAIN → UPLOAD_FAILED (transient); 401, ENEEDAUTH, other 403 →
 * NO_CREDENTIALS; 402 → UPLOAD_FAILED with the access hint; anything else → UPLOAD_FAILED (permanent).
 */
function classifyNpmPublishFailure(file, registry, output) {
    const text = output.replace(new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'), '');
    const code = /npm (?:error|ERR!) code (\S+)/.exec(text)?.[1] ?? '';
    const status = /^E(\d{3})$/.exec(code)?.[1] ? Number(code.slice(1)) : undefined;
    const errors = text.split('\n').filter((l) => /^npm (error|ERR!)/.test(l)).map((l) => l.replace(/^npm (error|ERR!)\s*/, '').trim()).filter((l) => l && !/^(code |A complete log|\/.*\.log$)/.test(l));
    const reason = errors.slice(0, 4).join(' / ') || text.trim().split('\n').slice(-3).join(' / ') || `npm exited without output (${code || 'no code'})`;
    if (code === 'EPUBLISHCONFLICT' || status === 409 || /cannot publish over|previously published|already present|already exists/i.test(text))
        return 'exists';
    if ((status !== undefined && status >= 500) || status === 429 || ['ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNREFUSED', 'ESOCKETTIMEDOUT', 'EPIPE'].includes(code)) {
        return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `npm publish ${file} to ${registry} failed: ${reason}`, 'The registry or the network had trouble; the upload is retried with backoff. Check https://status.npmjs.org for the public registry.', { transient: true });
    }
    if (status === 401 || code === 'ENEEDAUTH' || status === 403) {
        return new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `${registry} refused the token for ${file}: ${reason}`, 'Check the registry token: an npm automation or granular access token with publish rights on this package (and 2FA not required for it).');
    }
    if (status === 402) {
        return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `${registry} refused ${file}: ${reason}`, 'A scoped package is private by default on npm: add "publishConfig": { "access": "public" } to package.json, or use a paid plan.');
    }
    return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `npm publish ${file} to ${registry} failed: ${reason}`, 'The registry rejected the package itself; fix what it names, then release a new version.');
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/test-command.ts
/**
 * The default test command of an npm package. The gate counts tests from a JUnit report and measures
 * coverage from a report file, so the default is a command that is known to write both: Node's built-in test
 * runner (junit + lcov reporters, no dependency), or Jest / Vitest when the package declares what they need.
 * Any other `test` script cannot be made to write JUnit from outside; the gate then asks for test-command.
 */


const SHELL = /[|&;<>()$`\\"'*?[\]#~=%]/;
/** Words of a plain script (no quoting, globs or operators), or null when it needs a shell. */
function words(script) {
    if (SHELL.test(script.replace(/--[\w-]+=[\w./-]+/g, '')))
        return null;
    return script.trim().split(/\s+/).filter(Boolean);
}
/**
 * The test command for a package, with JUnit and coverage reports in `reportDir`:
 * - no `test` script, or a `node --test …` one: `node --test` with the spec, junit and lcov reporters (the
 *   script's own arguments, e.g. the test paths, are kept);
 * - a `jest` script with `jest-junit` declared: jest with the jest-junit reporter and lcov coverage;
 * - a `vitest` script: vitest's own junit reporter (coverage only when @vitest/coverage-v8 or -istanbul is declared).
 * Anything else throws BAD_INPUT asking for input test-command and junit-file.
 */
function planNpmTestCommand(manifest, opts) {
    const node = opts.node ?? 'node';
    const npx = opts.npx ?? 'npx';
    const junitFile = (0,external_node_path_.join)(opts.reportDir, 'junit.xml');
    const script = manifest.scripts?.test?.trim();
    const deps = { ...manifest.dependencies, ...manifest.devDependencies };
    const argv = script ? words(script) : [];
    if (argv !== null && (argv.length === 0 || (argv[0] === 'node' && argv.includes('--test')))) {
        const coverageFile = (0,external_node_path_.join)(opts.reportDir, 'lcov.info');
        const rest = argv.slice(1).filter((a) => a !== '--test' && !a.startsWith('--test-reporter') && a !== '--experimental-test-coverage');
        return {
            argv: [
                node,
                '--test',
                '--test-reporter=spec',
                '--test-reporter-destination=stdout',
                '--test-reporter=junit',
                `--test-reporter-destination=${junitFile}`,
                '--experimental-test-coverage',
                ...(opts.coverageExclude ? ['--test-coverage-exclude=**/*.test.*', '--test-coverage-exclude=**/test/**', '--test-coverage-exclude=**/node_modules/**'] : []),
                '--test-reporter=lcov',
                `--test-reporter-destination=${coverageFile}`,
                ...rest,
            ],
            junitFile,
            coverageFile,
        };
    }
    if (argv?.[0] === 'jest' && deps['jest-junit']) {
        const coverageDir = (0,external_node_path_.join)(opts.reportDir, 'coverage');
        return {
            argv: [npx, '--no-install', ...argv, '--ci', '--reporters=default', '--reporters=jest-junit', '--coverage', '--coverageReporters=lcov', `--coverageDirectory=${coverageDir}`],
            junitFile,
            coverageFile: (0,external_node_path_.join)(coverageDir, 'lcov.info'),
            env: { JEST_JUNIT_OUTPUT_DIR: opts.reportDir, JEST_JUNIT_OUTPUT_NAME: 'junit.xml' },
        };
    }
    if (argv?.[0] === 'vitest') {
        const coverage = deps['@vitest/coverage-v8'] || deps['@vitest/coverage-istanbul'];
        const coverageDir = (0,external_node_path_.join)(opts.reportDir, 'coverage');
        const run = argv[1] === 'run' ? argv.slice(2) : argv.slice(1);
        return {
            argv: [npx, '--no-install', 'vitest', 'run', ...run, '--reporter=default', '--reporter=junit', `--outputFile.junit=${junitFile}`, ...(coverage ? ['--coverage.enabled', '--coverage.reporter=lcov', `--coverage.reportsDirectory=${coverageDir}`] : [])],
            junitFile,
            coverageFile: coverage ? (0,external_node_path_.join)(coverageDir, 'lcov.info') : undefined,
        };
    }
    const why = argv?.[0] === 'jest' ? 'runs jest, but jest-junit (the reporter that writes JUnit XML) is not a devDependency' : 'is not one release-relay can make write a JUnit report';
    throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `package.json's test script ("${script}") ${why}.`, 'Set input "test-command" to a command that writes JUnit XML and input "junit-file" to where (e.g. jest with jest-junit, vitest --reporter=junit, mocha --reporter mocha-junit-reporter), or use node --test.');
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/verify.ts
/**
 * Verifies a release from the registry the way a user meets it: poll the packument until the version is
 * listed and its tarball is served with the approved bytes, then `npm install name@version` from that
 * registry into an empty project and load it.
 */








/** Polls with backoff until the registry serves the approved tarball, then installs it into an empty project. */
async function verifyNpmRelease(opts) {
    const started = Date.now();
    const wait = opts.sleep ?? combinators/* sleep */.yy;
    let delay = opts.pollMs ?? 5000;
    for (let poll = 1;; poll++) {
        const outcome = await pollOnce(opts);
        if (outcome.state === 'served')
            break;
        const elapsed = Date.now() - started;
        opts.logger.info(`poll ${poll} after ${Math.round(elapsed / 1000)} s: ${outcome.reason}`);
        if (elapsed + delay > opts.timeoutMs) {
            const reason = `${outcome.reason} (gave up after ${Math.round(elapsed / 1000)} s)`;
            opts.logger.warning(reason);
            return { verified: false, state: outcome.state, propagationS: elapsed / 1000, reason };
        }
        await wait(delay, opts.signal);
        delay = Math.min(delay * 2, opts.maxPollMs ?? 60_000);
    }
    const propagationS = Math.max(0.001, (Date.now() - started) / 1000);
    opts.logger.info(`${opts.registry} serves ${opts.name}@${opts.version} with the approved bytes (after ${propagationS.toFixed(1)} s)`);
    await installFromRegistry(opts);
    return { verified: true, state: 'verified', propagationS, installedVersion: opts.version };
}
async function pollOnce(opts) {
    const read = { registry: opts.registry, name: opts.name, signal: opts.signal };
    try {
        const entry = (await fetchPackument(read))?.versions[opts.version];
        if (!entry)
            return { state: 'missing', reason: `${opts.registry} does not list ${opts.name}@${opts.version} yet` };
        if (!entry.dist?.tarball)
            return { state: 'propagating', reason: `${opts.name}@${opts.version} is listed without a tarball URL yet` };
        const bytes = await fetchTarball(entry.dist.tarball, read);
        if (!bytes)
            return { state: 'propagating', reason: `${opts.name}@${opts.version} is listed but ${entry.dist.tarball} answers 404 (still propagating)` };
        const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
        if (!opts.artifacts.some((a) => a.sha256 === sha256)) {
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `${entry.dist.tarball} serves bytes with sha256 ${sha256}, not the approved ${opts.artifacts.map((a) => a.sha256).join(', ')}.`, 'The registry holds other bytes under this version; investigate before announcing, and release a new version.');
        }
        return { state: 'served' };
    }
    catch (err) {
        if (err instanceof core_errors/* ReleaseError */.K2 && err.transient)
            return { state: 'missing', reason: `the registry did not answer (${err.message}); polling again` };
        throw err;
    }
}
async function installFromRegistry(opts) {
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rr-npm-verify-'));
    try {
        const project = (0,external_node_path_.join)(work, 'project');
        await writeScratchProject(project);
        const spec = `${opts.name}@${opts.version}`;
        // --prefer-online: a packument cached before the publish must not hide the new version.
        const install = await opts.exec(opts.npm ?? 'npm', ['install', spec, '--registry', opts.registry, '--prefer-online', '--no-audit', '--no-fund', '--no-update-notifier'], {
            cwd: project,
            check: false,
            signal: opts.signal,
            timeoutMs: opts.installTimeoutMs ?? 5 * 60_000,
        });
        if (install.code !== 0) {
            const log = `${install.stdout}\n${install.stderr}`.trim().split('\n').slice(-20).join('\n');
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `npm could not install ${spec} from ${opts.registry}:\n${log}`, 'The registry lists the version but it does not install: check its dependencies (are they on this registry?).');
        }
        const problem = await probeInstalled({ project, name: opts.name, version: opts.version, node: opts.node ?? 'node', exec: opts.exec, signal: opts.signal, timeoutMs: 120_000 });
        if (problem)
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `${spec} installed from ${opts.registry}, but: ${problem.reason}${problem.log ? `\n${problem.log}` : ''}`, 'Compare the published tarball with the one the gate checked.');
        opts.logger.info(`npm install ${spec} from ${opts.registry} into an empty project works; it loads`);
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/pipeline.ts









const npmBin = (env) => env.tools.npm ?? 'npm';
const nodeBin = (env) => env.tools.node ?? 'node';
/** Whether the node binary knows `--test-coverage-exclude` (Node 22.5+). */
async function knowsCoverageExclude(env) {
    const r = await env.exec(nodeBin(env), ['-p', 'process.allowedNodeEnvironmentFlags.has("--test-coverage-exclude")'], { check: false, timeoutMs: 30_000 }).catch(() => null);
    return r?.stdout.trim() === 'true';
}
/**
 * Packs the package once with `npm pack --json` (which runs its prepack/prepare scripts, as a publish from the
 * directory would) into `outDir`; returns the tarball's absolute path.
 */
async function packNpm(env, packageDir, outDir) {
    const r = await env.exec(npmBin(env), ['pack', '--pack-destination', outDir, '--json', '--no-update-notifier'], { cwd: packageDir, check: false, signal: env.signal, timeoutMs: 10 * 60_000 });
    if (r.code !== 0) {
        throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `npm pack failed in ${packageDir}:\n${(r.stderr || r.stdout).trim().split('\n').slice(-20).join('\n')}`, 'Run npm pack in the package directory and fix what it reports (a failing prepack/prepare script, a bad "files" entry).');
    }
    // Script output may precede the JSON: read the last top-level array.
    const start = r.stdout.lastIndexOf('\n[') >= 0 ? r.stdout.lastIndexOf('\n[') + 1 : r.stdout.indexOf('[');
    let entries;
    try {
        entries = JSON.parse(r.stdout.slice(start));
    }
    catch {
        throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `npm pack did not print its JSON report:\n${r.stdout.slice(-2000)}`, 'Use npm 7 or later (npm pack --json).');
    }
    const name = entries[0]?.filename;
    if (!name)
        throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', 'npm pack reported no tarball.', 'Run npm pack in the package directory and check its output.');
    // npm < 9 reported scoped tarballs as "@scope/pkg-1.0.0.tgz" but wrote "scope-pkg-1.0.0.tgz".
    const file = (0,external_node_path_.join)(outDir, name.replace(/^@/, '').replace(/\//g, '-'));
    await (0,promises_.stat)(file).catch(() => {
        throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `npm pack reported ${name}, but ${file} does not exist.`, 'Check the npm version and the pack destination.');
    });
    return file;
}
/** npm's test command, pack, clean install, publish and verify, over the real npm client and the registry's packument. */
const npmPipeline = {
    importName: (info) => info.name,
    defaultRegistry: 'npm',
    async defaultTestCommand(env, { packageDir, reportDir }) {
        const manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(packageDir, 'package.json'), 'utf8'));
        return planNpmTestCommand(manifest, { reportDir, node: nodeBin(env), npx: env.tools.npx, coverageExclude: await knowsCoverageExclude(env) });
    },
    async build(env, { packageDir, outDir, tool }) {
        if (tool !== undefined && tool !== 'npm')
            throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "build-tool" is "${tool}".`, 'npm packages are built with npm pack; leave build-tool empty or set it to npm.');
        return [await packNpm(env, packageDir, outDir)];
    },
    installCheck: (env, { files, info, version, readmeFile, exampleTags, smokeCommand, installArgs }) => npmInstallCheck({ files, name: info.name, expectedVersion: version, readmeFile, exampleTags, smokeCommand, installArgs, npm: npmBin(env), node: nodeBin(env), exec: env.exec, logger: env.logger, signal: env.signal }),
    registry: npmRegistry,
    remoteState: (env, { registry, name, version, artifacts, files }) => npmRemoteState({ registry: registry.indexUrl, name, version, artifacts, files, signal: env.signal }),
    async credentials(env, { registry, token }) {
        if (token) {
            env.logger.setSecret(token);
            return { token, source: 'input' };
        }
        throw new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `No token for ${registry.indexUrl} was given.`, 'Pass the registry token (an npm automation or granular access token with publish rights) as the token input. npm trusted publishing (OIDC from GitHub Actions, npm 11.5+) is not exchanged by release-relay yet.');
    },
    async publish(env, { registry, files, artifacts, name, version, credentials, attempts, baseDelayMs }) {
        const tag = getScheme('semver').isPrerelease(version) ? 'next' : 'latest';
        const uploaded = [];
        const skipped = [];
        let total = 0;
        for (const file of files.filter((f) => f.endsWith('.tgz'))) {
            const record = artifacts.find((a) => a.file === (0,external_node_path_.basename)(file));
            const r = await publishTarball({ registry: registry.uploadUrl, file, name, version, token: credentials.token, tag, provenance: wantsProvenance(registry.uploadUrl), npm: npmBin(env), exec: env.exec, logger: env.logger, signal: env.signal, attempts, baseDelayMs, sleep: env.sleep });
            total += r.attempts;
            (r.uploaded ? uploaded : skipped).push(record?.file ?? (0,external_node_path_.basename)(file));
        }
        return { uploaded, skipped, attempts: total };
    },
    async verify(env, { registry, info, version, artifacts, timeoutMs, pollMs }) {
        const r = await verifyNpmRelease({ registry: registry.indexUrl, name: info.name, version, artifacts, timeoutMs, pollMs, npm: npmBin(env), node: nodeBin(env), exec: env.exec, logger: env.logger, sleep: env.sleep, signal: env.signal });
        return { verified: r.verified, state: r.state, propagationS: r.propagationS, installedVersion: r.installedVersion };
    },
};

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/ecosystems/npm/json-edit.ts
/**
 * Byte-preserving edits of JSON text: finds where a value sits (by its key path) without re-serializing, so a
 * replacement keeps the file's indentation, key order, spacing and trailing newline exactly as they were.
 */

/**
 * The span of the value at `path` (object keys, top down) in `text`, or null when some key is absent or a
 * parent is not an object. Throws BAD_INPUT for text that is not JSON, naming `file`.
 */
function findJsonValue(text, path, file = 'JSON') {
    const p = new Scanner(text, file);
    p.ws();
    const span = p.value(path, 0);
    p.ws();
    if (p.i !== text.length)
        p.fail('unexpected text after the top-level value');
    return span;
}
/**
 * Replaces the string value at `path` with `value` (JSON-escaped), leaving every other byte alone. Returns
 * null when the path is absent; throws BAD_INPUT when the value there is not a string.
 */
function replaceJsonString(text, path, value, file = 'JSON') {
    const span = findJsonValue(text, path, file);
    if (!span)
        return null;
    if (text[span.start] !== '"') {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${file}: "${path.join('.')}" is not a string.`, `Write "${path[path.length - 1]}" as a JSON string.`);
    }
    return text.slice(0, span.start) + JSON.stringify(value) + text.slice(span.end);
}
/** A recursive-descent JSON scanner that skips values and reports the span of the one at a key path. */
class Scanner {
    s;
    file;
    i = 0;
    constructor(s, file) {
        this.s = s;
        this.file = file;
    }
    fail(what) {
        const line = this.s.slice(0, this.i).split('\n').length;
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${this.file} is not valid JSON: ${what} at line ${line}.`, `Fix ${this.file} (npm itself cannot read it either).`, { location: { file: this.file, line } });
    }
    ws() {
        while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]))
            this.i++;
    }
    /** Scans one value; returns the span found at `path[depth..]` inside it (the value itself when depth is the end). */
    value(path, depth) {
        const start = this.i;
        const c = this.s[this.i];
        let found = null;
        if (c === '{')
            found = this.object(path, depth);
        else if (c === '[')
            this.array();
        else if (c === '"')
            this.string();
        else if (c === '-' || (c >= '0' && c <= '9'))
            this.number();
        else if (this.s.startsWith('true', this.i))
            this.i += 4;
        else if (this.s.startsWith('false', this.i))
            this.i += 5;
        else if (this.s.startsWith('null', this.i))
            this.i += 4;
        else
            this.fail(c === undefined ? 'unexpected end' : `unexpected "${c}"`);
        if (depth === path.length)
            return { start, end: this.i };
        return found;
    }
    object(path, depth) {
        this.i++;
        this.ws();
        let found = null;
        if (this.s[this.i] === '}') {
            this.i++;
            return null;
        }
        for (;;) {
            this.ws();
            if (this.s[this.i] !== '"')
                this.fail('expected a key');
            const key = this.string();
            this.ws();
            if (this.s[this.i] !== ':')
                this.fail('expected ":"');
            this.i++;
            this.ws();
            // JSON.parse keeps the last of duplicate keys; so does this.
            const wanted = depth < path.length && key === path[depth];
            const span = this.value(path, wanted ? depth + 1 : path.length + 1);
            if (wanted)
                found = span;
            this.ws();
            if (this.s[this.i] === ',') {
                this.i++;
                continue;
            }
            if (this.s[this.i] === '}') {
                this.i++;
                return found;
            }
            this.fail('expected "," or "}"');
        }
    }
    array() {
        this.i++;
        this.ws();
        if (this.s[this.i] === ']') {
            this.i++;
            return;
        }
        for (;;) {
            this.ws();
            this.value([], 1);
            this.ws();
            if (this.s[this.i] === ',') {
                this.i++;
                continue;
            }
            if (this.s[this.i] === ']') {
                this.i++;
                return;
            }
            this.fail('expected "," or "]"');
        }
    }
    /** Scans a string literal; returns its decoded value. */
    string() {
        const start = this.i;
        this.i++;
        while (this.i < this.s.length) {
            const c = this.s[this.i];
            if (c === '\\')
                this.i += 2;
            else if (c === '"') {
                this.i++;
                try {
                    return JSON.parse(this.s.slice(start, this.i));
                }
                catch {
                    this.i = start;
                    this.fail('bad string');
                }
            }
            else
                this.i++;
        }
        this.i = start;
        return this.fail('unterminated string');
    }
    number() {
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.i, this.i + 64));
        if (!m)
            this.fail('bad number');
        this.i += m[0].length;
    }
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/version-files.ts
/**
 * Version file updaters for npm packages, release-please style: each is a pure `updateContent(text, version)`
 * for one file format. Only the bytes of the version strings change (indentation, key order, line endings and
 * the trailing newline stay as they were), and every result is checked with JSON.parse before it is returned.
 */



function parse(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${file} is not valid JSON: ${err.message}`, `Fix ${file}; npm cannot read it either.`, { location: { file } });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${file} does not hold a JSON object.`, `Fix ${file}.`, { location: { file } });
    }
    return value;
}
/** Sets each path that exists; the paths in `required` must exist. Verifies the result by parsing it. */
function setVersions(text, file, version, paths, required) {
    const expected = parse(text, file);
    let out = text;
    const set = [];
    for (const path of paths) {
        const next = replaceJsonString(out, path, version, file);
        if (next === null) {
            if (required.some((r) => r.join('\0') === path.join('\0'))) {
                throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${file} has no ${describePath(path)}.`, `Add ${describePath(path)} to ${file} (npm install --package-lock-only rewrites a lockfile).`, { location: { file } });
            }
            continue;
        }
        out = next;
        set.push(path);
    }
    // The edit must change exactly the intended values and nothing else.
    const after = parse(out, file);
    for (const path of set) {
        let node = expected;
        for (const key of path.slice(0, -1))
            node = node[key];
        node[path[path.length - 1]] = version;
    }
    if (!(0,external_node_util_.isDeepStrictEqual)(after, expected)) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Setting the version in ${file} would change more than the version.`, `Check ${file} for duplicate keys.`, { location: { file } });
    }
    return out;
}
function describePath(path) {
    return path.map((k, i) => (i === 0 ? `"${k}"` : `["${k}"]`)).join('');
}
/** `package.json`: the top-level `version`. */
class PackageJson {
    file;
    constructor(file = 'package.json') {
        this.file = file;
    }
    updateContent(text, version) {
        return setVersions(text, this.file, version, [['version']], [['version']]);
    }
}
/**
 * `package-lock.json` / `npm-shrinkwrap.json`: the top-level `version` and `packages[""].version` of the
 * package's own lockfile, or, for a workspace package whose lockfile lives at the workspace root,
 * `packages["<workspace path>"].version` (with `workspacePath` set).
 */
class PackageLockJson {
    opts;
    constructor(opts = {}) {
        this.opts = opts;
    }
    updateContent(text, version) {
        const file = this.opts.file ?? 'package-lock.json';
        if (this.opts.workspacePath !== undefined) {
            const path = ['packages', this.opts.workspacePath, 'version'];
            return setVersions(text, file, version, [path], [path]);
        }
        // lockfileVersion 1 has only the top-level version; 2 and 3 have packages[""] too.
        return setVersions(text, file, version, [['version'], ['packages', '', 'version']], []);
    }
}
/** The versions a lockfile records for the package (root entry, or the workspace entry). */
function lockVersions(text, file, workspacePath) {
    const lock = parse(text, file);
    const packages = (lock.packages ?? {});
    if (workspacePath !== undefined)
        return [{ path: `packages["${workspacePath}"].version`, version: packages[workspacePath]?.version }];
    const out = [];
    if ('version' in lock)
        out.push({ path: 'version', version: lock.version });
    if (packages[''] && 'version' in packages[''])
        out.push({ path: 'packages[""].version', version: packages[''].version });
    return out;
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/index.ts









/** True when `dir` holds a package.json (the registry tries python first, so pyproject.toml wins in a mixed directory). */
async function detectNpm(dir) {
    return pathExists((0,external_node_path_.join)(dir, 'package.json'));
}
const posix = (p) => p.split(external_node_path_.sep).join('/');
/**
 * Finds the package's name, version and version files: `package.json`, its own `npm-shrinkwrap.json` /
 * `package-lock.json`, or (for a workspace package without its own) the workspace root's lockfile entry
 * `packages["<dir>"]`, found by walking up towards `root`.
 */
async function collectNpmVersionFiles(root, packageDir) {
    const dir = resolveInside(root, packageDir, 'package-dir');
    const manifestPath = posix((0,external_node_path_.relative)(root, (0,external_node_path_.join)(dir, 'package.json')));
    const text = await readTextOrNull((0,external_node_path_.join)(dir, 'package.json'));
    if (text === null)
        throw new core_errors/* ReleaseError */.K2('NO_VERSION', `There is no package.json in ${packageDir}.`, 'Point input "package-dir" at the directory with package.json.');
    let manifest;
    try {
        manifest = JSON.parse(text);
    }
    catch (err) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${manifestPath} is not valid JSON: ${err.message}`, `Fix ${manifestPath}.`, { location: { file: manifestPath } });
    }
    if (typeof manifest.name !== 'string' || !manifest.name) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${manifestPath} has no "name".`, 'A published npm package needs a name; add "name" to package.json.', { location: { file: manifestPath } });
    }
    if (typeof manifest.version !== 'string' || !manifest.version) {
        throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${manifestPath} has no "version".`, 'Add "version": "0.1.0" (or the current version) to package.json.', { location: { file: manifestPath } });
    }
    const version = getScheme('semver').normalize(manifest.version, manifestPath);
    const files = [{ path: manifestPath, updater: new PackageJson(manifestPath), version: manifest.version, where: '"version"' }];
    const own = [];
    for (const lock of ['npm-shrinkwrap.json', 'package-lock.json'])
        if (await pathExists((0,external_node_path_.join)(dir, lock)))
            own.push(lock);
    for (const lock of own) {
        const path = posix((0,external_node_path_.relative)(root, (0,external_node_path_.join)(dir, lock)));
        const lockText = await (0,promises_.readFile)((0,external_node_path_.join)(dir, lock), 'utf8');
        for (const v of lockVersions(lockText, path))
            files.push({ path, updater: new PackageLockJson({ file: path }), version: v.version, where: v.path });
    }
    if (!own.length) {
        // A workspace package: the lockfile is at the workspace root, with an entry keyed by the package's path.
        const top = (0,external_node_path_.resolve)(root);
        for (let up = dir; up !== top && (0,external_node_path_.dirname)(up) !== up;) {
            up = (0,external_node_path_.dirname)(up);
            const lockFile = (0,external_node_path_.join)(up, 'package-lock.json');
            if (!(await pathExists(lockFile)))
                continue;
            const path = posix((0,external_node_path_.relative)(root, lockFile));
            const workspacePath = posix((0,external_node_path_.relative)(up, dir));
            const entry = lockVersions(await (0,promises_.readFile)(lockFile, 'utf8'), path, workspacePath)[0];
            if (entry.version !== undefined)
                files.push({ path, updater: new PackageLockJson({ file: path, workspacePath }), version: entry.version, where: entry.path });
            break;
        }
    }
    for (const f of files) {
        if (f.version !== manifest.version) {
            throw new core_errors/* ReleaseError */.K2('VERSION_CONFLICT', `${f.path} ${f.where} is ${JSON.stringify(f.version)} but ${manifestPath} says ${manifest.version}.`, `Bring the lockfile in line (npm install --package-lock-only in ${(0,external_node_path_.dirname)(f.path) || '.'}), commit it, then release.`, { location: { file: f.path } });
        }
    }
    return { name: manifest.name, version, files };
}
/** Reads an npm package's name, version (SemVer) and the files that hold it. Throws NO_VERSION, VERSION_CONFLICT, BAD_VERSION, BAD_INPUT. */
async function readNpmPackage(root, packageDir) {
    const found = await collectNpmVersionFiles(root, packageDir);
    return { name: found.name, version: found.version, scheme: 'semver', versionFiles: [...new Set(found.files.map((f) => f.path))] };
}
/** Plans the edits that set package.json and the lockfile(s) to `next`; files are read again now. Nothing is written. */
async function planNpmVersionEdits(root, packageDir, info, next) {
    const found = await collectNpmVersionFiles(root, packageDir);
    const edits = [];
    for (const path of [...new Set(found.files.map((f) => f.path))]) {
        if (!info.versionFiles.includes(path)) {
            throw new core_errors/* ReleaseError */.K2('VERSION_CONFLICT', `${path} holds the version but was not among the files read earlier (${info.versionFiles.join(', ')}).`, 'Re-run the stage on an unchanged working tree.');
        }
        const before = await readTextOrNull(resolveInside(root, path));
        if (before === null)
            throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${path} disappeared while the release was being prepared.`, 'Re-run the stage on an unchanged working tree.');
        // One updater per file: a lockfile appears once per recorded version but is rewritten in one pass.
        const updater = found.files.find((f) => f.path === path)?.updater;
        edits.push({ path, before, after: updater.updateContent(before, next) });
    }
    return edits;
}
/**
 * Literal pairs that move npm docs from `previous` to `next`: pinned installs (`npm install name@prev`,
 * `npm i name@prev`, and `name@prev` as yarn/pnpm write it) and static shields.io badges (`npm-v1.2.0-`).
 * Scoped names (`@scope/pkg@1.2.0`) work as written. Longest pairs come first.
 */
function npmDocsReplacements(name, previous, next) {
    const pairs = [
        { from: `npm install ${name}@${previous}`, to: `npm install ${name}@${next}` },
        { from: `npm i ${name}@${previous}`, to: `npm i ${name}@${next}` },
        { from: `${name}@${previous}`, to: `${name}@${next}` },
    ];
    const prev = shieldsEscape(previous);
    const nxt = shieldsEscape(next);
    for (const label of ['version', 'npm']) {
        pairs.push({ from: `${label}-v${prev}-`, to: `${label}-v${nxt}-` });
        pairs.push({ from: `${label}-${prev}-`, to: `${label}-${nxt}-` });
    }
    return pairs;
}
/** The npm ecosystem: package.json + lockfiles, npm pack, a clean npm install, npm publish, the registry's packument. */
const npmAdapter = {
    ...npmPipeline,
    name: 'npm',
    detect: detectNpm,
    readPackage: readNpmPackage,
    planVersionEdits: planNpmVersionEdits,
    docsReplacements: npmDocsReplacements,
};

;// CONCATENATED MODULE: ./src/core/python.ts


/**
 * Picks the Python interpreter to run. An explicit choice (input `python`, or RELEASE_RELAY_PYTHON) wins
 * and is checked; otherwise the candidates are tried in order and the first that can import every
 * required module is used. On GitHub runners `python3` from setup-python is first and has what it needs;
 * on machines where the first `python3` on PATH lacks the modules, `/usr/bin/python3` is the next try.
 */
async function resolvePython(options = {}) {
    const run = options.exec ?? exec;
    const modules = options.modules ?? [];
    const explicit = options.explicit ?? process.env.RELEASE_RELAY_PYTHON;
    const candidates = explicit ? [explicit] : ['python3', '/usr/bin/python3', 'python'];
    const probe = modules.length ? `import ${modules.join(', ')}` : 'pass';
    const tried = [];
    for (const candidate of candidates) {
        try {
            const r = await run(candidate, ['-c', `${probe}\nimport sys; print(sys.executable)`], { check: false });
            if (r.code === 0)
                return r.stdout.trim().split('\n').pop() || candidate;
            tried.push(`${candidate}: ${r.stderr.trim().split('\n').pop() ?? `exit ${r.code}`}`);
        }
        catch (err) {
            tried.push(`${candidate}: ${err.message}`);
        }
    }
    throw new core_errors/* ReleaseError */.K2('COMMAND_FAILED', `No Python interpreter with ${modules.length ? modules.join(', ') : 'a working install'} was found (${tried.join('; ')}).`, explicit ? `Install the modules into ${explicit}, or point input "python" at an interpreter that has them.` : 'Set input "python" (or RELEASE_RELAY_PYTHON) to an interpreter that has them, e.g. /usr/bin/python3.');
}

;// CONCATENATED MODULE: ./src/ecosystems/python/build.ts



const DIST_FILE = /\.(whl|tar\.gz|zip)$/;
function inside(parent, child) {
    const rel = (0,external_node_path_.relative)(parent, child);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * Builds a Python package's distributions once. `python -m build` builds the sdist and then the wheel FROM
 * the sdist, so a file missing from the sdist fails here rather than for users. Returns absolute paths.
 */
async function buildPython(opts) {
    const tool = opts.tool ?? 'build';
    const packageDir = (0,external_node_path_.resolve)(opts.packageDir);
    const outDir = (0,external_node_path_.resolve)(opts.outDir);
    // The out dir is wiped first: refuse one that holds the sources.
    if (inside(outDir, packageDir)) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `The build output directory ${outDir} contains the package directory ${packageDir}.`, 'Use a separate output directory such as dist/ inside the package, or a temporary directory.');
    }
    await (0,promises_.rm)(outDir, { recursive: true, force: true });
    await (0,promises_.mkdir)(outDir, { recursive: true });
    let file;
    let args;
    if (tool === 'uv') {
        try {
            await opts.exec('uv', ['--version'], { signal: opts.signal });
        }
        catch {
            throw new core_errors/* ReleaseError */.K2('BAD_INPUT', 'Input "build-tool" is uv, but uv is not on PATH.', 'Install uv first (astral-sh/setup-uv), or set build-tool to build.');
        }
        file = 'uv';
        args = ['build', '--out-dir', outDir, ...(opts.isolated ? [] : ['--no-build-isolation']), packageDir];
    }
    else if (tool === 'build') {
        file = opts.python;
        args = ['-m', 'build', '--outdir', outDir, ...(opts.isolated ? [] : ['--no-isolation', '--skip-dependency-check']), packageDir];
    }
    else {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "build-tool" (${String(tool)}) is not one of: build, uv.`, 'Set build-tool to build or uv.');
    }
    opts.logger.info(`building: ${file} ${args.join(' ')}`);
    try {
        await opts.exec(file, args, {
            cwd: packageDir,
            signal: opts.signal,
            timeoutMs: opts.timeoutMs ?? 10 * 60_000,
            onOutput: (chunk) => {
                for (const line of chunk.trimEnd().split('\n'))
                    opts.logger.debug(line);
            },
        });
    }
    catch (err) {
        if ((0,core_errors/* isReleaseError */.q8)(err, 'COMMAND_FAILED')) {
            throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `Building ${packageDir} failed: ${err.message}`, buildHint(err.message, opts.isolated), { cause: err });
        }
        throw err;
    }
    const files = (await (0,promises_.readdir)(outDir)).filter((f) => DIST_FILE.test(f)).sort().map((f) => (0,external_node_path_.join)(outDir, f));
    const wheels = files.filter((f) => f.endsWith('.whl'));
    const sdists = files.filter((f) => !f.endsWith('.whl'));
    if (!wheels.length || !sdists.length) {
        throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `Building ${packageDir} produced ${files.length ? files.map((f) => (0,external_node_path_.relative)(outDir, f)).join(', ') : 'no distributions'}, not an sdist and a wheel.`, 'Check the build backend configuration in pyproject.toml.');
    }
    opts.logger.info(`built ${files.map((f) => (0,external_node_path_.relative)(outDir, f)).join(', ')}`);
    return { files };
}
function buildHint(output, isolated) {
    if (/No module named build\b/.test(output))
        return 'Install pypa/build into that interpreter (pip install build), or set build-tool to uv.';
    if (!isolated && /ModuleNotFoundError|Backend .* is not available|BackendUnavailable/i.test(output)) {
        return 'Without build isolation the build backend (e.g. hatchling) must be installed in the interpreter; install it or enable isolated builds.';
    }
    return 'Fix the error in the build output above; `python -m build` builds the wheel from the sdist, so a file missing from the sdist fails the wheel build.';
}

;// CONCATENATED MODULE: ./src/ecosystems/python/index-api.ts
/**
 * The read side of a Python package index (PyPI or any warehouse-compatible one): the JSON API and the
 * simple index (PEP 691 JSON, PEP 503 HTML as a fallback). The only module that knows their URLs and shapes.
 */


/** The index base without a trailing slash (`https://pypi.org/` → `https://pypi.org`). */
function indexBase(indexUrl) {
    return indexUrl.replace(/\/+$/, '');
}
/** The simple index URL pip takes as `--index-url`. */
function simpleIndexUrl(indexUrl) {
    return `${indexBase(indexUrl)}/simple/`;
}
/**
 * Files of one release from the JSON API (`/pypi/<name>/<version>/json`), or null when the index does not
 * know the version (404). Network errors and 5xx throw REGISTRY_DOWN, marked transient.
 */
async function fetchJsonRelease(req) {
    const url = `${indexBase(req.indexUrl)}/pypi/${encodeURIComponent(normalizeName(req.name))}/${encodeURIComponent(req.version)}/json`;
    const res = await index_api_get(url, 'application/json', req);
    if (res.status === 404)
        return null;
    const body = (await readJson(res, url));
    return (body.urls ?? []).map((u) => ({ filename: u.filename, sha256: u.digests?.sha256, url: u.url, packagetype: u.packagetype, size: u.size, yanked: u.yanked }));
}
/**
 * Files of a project on the simple index, the page pip reads: PEP 691 JSON when the index offers it, else
 * the PEP 503 HTML links with their `#sha256=` fragments. Null when the project page does not exist (404).
 */
async function fetchSimpleFiles(req) {
    const url = `${simpleIndexUrl(req.indexUrl)}${encodeURIComponent(normalizeName(req.name))}/`;
    const res = await index_api_get(url, 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1', req);
    if (res.status === 404)
        return null;
    const type = res.headers.get('content-type') ?? '';
    if (type.includes('application/vnd.pypi.simple.v1+json')) {
        const body = (await readJson(res, url));
        return (body.files ?? []).map((f) => ({ filename: f.filename, url: f.url, sha256: f.hashes?.sha256, yanked: Boolean(f.yanked) }));
    }
    return parseSimpleHtml(await res.text());
}
/** Links of a PEP 503 page: file name from the anchor text, sha256 from the URL fragment. */
function parseSimpleHtml(html) {
    const out = [];
    for (const m of html.matchAll(/<a\s+[^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/gi)) {
        const href = m[1].replace(/&amp;/g, '&');
        const sha = /#sha256=([0-9a-f]{64})/i.exec(href)?.[1];
        out.push({ filename: m[2].trim(), url: href.split('#')[0], sha256: sha?.toLowerCase() });
    }
    return out;
}
async function index_api_get(url, accept, req) {
    const doFetch = req.fetchImpl ?? fetch;
    let res;
    try {
        res = await doFetch(url, { headers: { Accept: accept }, redirect: 'follow', signal: req.signal });
    }
    catch (err) {
        throw new core_errors/* ReleaseError */.K2('REGISTRY_DOWN', `Could not reach ${url}: ${err.message}`, 'Check the index URL (input `index-url`) and the runner\'s network; the request is retried.', {
            transient: true,
            cause: err,
        });
    }
    if (res.status === 404)
        return res;
    if (res.status >= 500 || res.status === 429) {
        throw new core_errors/* ReleaseError */.K2('REGISTRY_DOWN', `${url} answered ${res.status} ${res.statusText}`, 'The index is having trouble; the request is retried. Check https://status.python.org if it persists.', {
            transient: true,
        });
    }
    if (!res.ok) {
        throw new core_errors/* ReleaseError */.K2('REGISTRY_DOWN', `${url} answered ${res.status} ${res.statusText}`, 'Check the index URL (input `index-url`): it should be the index base, e.g. https://pypi.org.');
    }
    return res;
}
async function readJson(res, url) {
    try {
        return await res.json();
    }
    catch (err) {
        throw new core_errors/* ReleaseError */.K2('REGISTRY_DOWN', `${url} did not answer JSON: ${err.message}`, 'Check the index URL (input `index-url`): it should be the index base, e.g. https://pypi.org.', {
            transient: true,
            cause: err,
        });
    }
}

;// CONCATENATED MODULE: ./src/ecosystems/python/credentials.ts
/**
 * The upload credential for a Python index: an API token given as input, or one minted through PyPI's
 * Trusted Publishing (GitHub OIDC ID token exchanged at `{index}/_/oidc/mint-token`).
 */



const OIDC_HINT_PERMISSION = 'Pass input `pypi-token`, or use Trusted Publishing: configure a publisher on PyPI and grant the job `permissions: id-token: write`.';
/**
 * Returns the token to upload with, masked in logs. Throws NO_CREDENTIALS (before anything is uploaded)
 * when there is neither a token nor an OIDC environment, OIDC_REFUSED when the index refuses the exchange.
 */
async function getPublishToken(opts) {
    if (opts.token) {
        opts.logger.setSecret(opts.token);
        return { token: opts.token, source: 'input' };
    }
    if (!opts.useOidc) {
        throw new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `No token for ${indexBase(opts.indexUrl)} was given and Trusted Publishing is turned off.`, OIDC_HINT_PERMISSION);
    }
    if (!opts.requestUrl || !opts.requestToken) {
        throw new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `No token for ${indexBase(opts.indexUrl)} was given, and the job cannot request an OIDC ID token (ACTIONS_ID_TOKEN_REQUEST_URL is not set).`, OIDC_HINT_PERMISSION);
    }
    const doFetch = opts.fetchImpl ?? fetch;
    let audience;
    const ctx = { ...(0,combinators/* createStepContext */.YC)('publish-and-verify', opts.logger), sleep: opts.sleep, signal: opts.signal };
    // Each attempt asks the runner for a FRESH ID token: PyPI accepts every JWT once, even if the mint failed.
    const mint = (0,combinators/* retry */.L5)(async () => {
        audience ??= await fetchAudience(opts, doFetch);
        const jwt = await requestIdToken(opts, audience, doFetch);
        return mintToken(opts, jwt, doFetch);
    }, { attempts: opts.mintAttempts ?? 4, baseDelayMs: opts.baseDelayMs ?? 1000, maxDelayMs: 15000 });
    const minted = await mint(undefined, ctx);
    opts.logger.info(`Minted a short-lived upload token through Trusted Publishing (expires ${new Date(minted.expiresAt ?? 0).toISOString()}).`);
    return minted;
}
async function fetchAudience(opts, doFetch) {
    const url = `${indexBase(opts.indexUrl)}/_/oidc/audience`;
    const res = await call(doFetch, url, { signal: opts.signal });
    if (res.status === 403 || res.status === 404) {
        throw new core_errors/* ReleaseError */.K2('OIDC_REFUSED', `${indexBase(opts.indexUrl)} does not offer Trusted Publishing (${url} answered ${res.status}).`, 'Pass input `pypi-token` for this index, or check input `index-url`.');
    }
    if (!res.ok)
        throw credentials_httpError(url, res);
    const body = (await res.json().catch(() => ({})));
    if (typeof body.audience !== 'string' || !body.audience) {
        throw new core_errors/* ReleaseError */.K2('OIDC_REFUSED', `${url} did not name an audience.`, 'Check input `index-url`: it should be the index base, e.g. https://pypi.org.');
    }
    return body.audience;
}
async function requestIdToken(opts, audience, doFetch) {
    const base = opts.requestUrl;
    const url = `${base}${base.includes('?') ? '&' : '?'}audience=${encodeURIComponent(audience)}`;
    const res = await call(doFetch, url, { headers: { Authorization: `bearer ${opts.requestToken}`, Accept: 'application/json' }, signal: opts.signal });
    if (res.status >= 500)
        throw credentials_httpError('the ID token endpoint', res);
    if (!res.ok) {
        throw new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `The runner refused an OIDC ID token for audience "${audience}" (${res.status} ${res.statusText}).`, 'Grant the publish job `permissions: id-token: write`, or pass input `pypi-token`.');
    }
    const body = (await res.json().catch(() => ({})));
    if (typeof body.value !== 'string' || !body.value) {
        throw new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', 'The runner answered the ID token request without a token.', 'Grant the publish job `permissions: id-token: write`, or pass input `pypi-token`.');
    }
    opts.logger.setSecret(body.value);
    return body.value;
}
async function mintToken(opts, jwt, doFetch) {
    const url = `${indexBase(opts.indexUrl)}/_/oidc/mint-token`;
    const res = await call(doFetch, url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: jwt }), signal: opts.signal });
    if (res.status >= 500 || res.status === 429)
        throw credentials_httpError(url, res);
    const body = (await res.json().catch(() => ({})));
    if (res.ok && typeof body.token === 'string' && body.token) {
        opts.logger.setSecret(body.token);
        const expiresAt = typeof body.expires === 'number' ? body.expires * 1000 : Date.now() + 15 * 60 * 1000;
        return { token: body.token, source: 'oidc', expiresAt };
    }
    const errors = body.errors ?? [];
    const codes = errors.map((e) => e.code ?? 'unknown');
    const detail = errors.map((e) => `${e.code}: ${e.description ?? ''}`.trim()).join('; ') || `${res.status} ${res.statusText}`;
    throw new core_errors/* ReleaseError */.K2('OIDC_REFUSED', `${indexBase(opts.indexUrl)} refused to mint an upload token (${detail}).`, mintHint(codes));
}
/** The likely cause of a refused exchange, by the first error code that has a known fix. */
function mintHint(codes) {
    if (codes.includes('invalid-publisher')) {
        return 'No trusted publisher matches this workflow. Configure one on PyPI (project → Publishing) for this repository and workflow file, or — if the publish job runs inside a reusable workflow — note that PyPI matches the CALLER\'s workflow file: run publish-and-verify in the caller\'s workflow, not in the reusable one.';
    }
    if (codes.includes('not-enabled'))
        return 'Trusted Publishing is turned off on this index; pass input `pypi-token` instead.';
    if (codes.includes('invalid-reuse-token'))
        return 'The ID token was already used; every exchange needs a fresh one. Re-run the job.';
    if (codes.includes('invalid-token'))
        return 'The index rejected the ID token (audience, issuer or expiry). Check input `index-url` and that the job has `permissions: id-token: write`.';
    return 'Check the Trusted Publishing configuration on the index, or pass input `pypi-token`.';
}
async function call(doFetch, url, init) {
    try {
        return await doFetch(url, init);
    }
    catch (err) {
        throw new core_errors/* ReleaseError */.K2('REGISTRY_DOWN', `Could not reach ${url.split('?')[0]}: ${err.message}`, 'Check the network and input `index-url`; the request is retried.', {
            transient: true,
            cause: err,
        });
    }
}
function credentials_httpError(what, res) {
    return new core_errors/* ReleaseError */.K2('REGISTRY_DOWN', `${what.split('?')[0]} answered ${res.status} ${res.statusText}`, 'The service is having trouble; the request is retried. Check https://status.python.org if it persists.', {
        transient: true,
    });
}

;// CONCATENATED MODULE: ./src/ecosystems/python/install-check.ts







/** The importer run inside the venv: imports the package, prints the installed version and where it came from. */
const IMPORT_PROBE = [
    'import importlib, importlib.metadata, json, sys',
    'mod = importlib.import_module(sys.argv[1])',
    'print(json.dumps({"version": importlib.metadata.version(sys.argv[2]), "file": getattr(mod, "__file__", None)}))',
].join('\n');
/** Whether two PEP 440 versions are the same release (falls back to string equality for non-PEP 440 text). */
function samePythonVersion(a, b) {
    if ((0,pep440.valid)(a) && (0,pep440.valid)(b))
        return (0,pep440.eq)(a, b);
    return a.trim() === b.trim();
}
/**
 * Installs the built wheel into a fresh venv and uses it from an empty directory (so the repository's sources
 * are not on sys.path): imports the package, checks the installed version, runs the README's Python examples
 * and an optional smoke command. A failing check returns `ok: false` with the reason and a log excerpt; only
 * infrastructure failures (no venv, no interpreter) throw.
 */
async function pythonInstallCheck(opts) {
    const wheel = opts.files.find((f) => f.endsWith('.whl'));
    if (!wheel)
        return { ok: false, examplesRun: 0, reason: `No wheel among the built files (${opts.files.map((f) => (0,external_node_path_.basename)(f)).join(', ') || 'none'}).` };
    const ownDir = opts.workDir === undefined;
    const work = opts.workDir ?? (await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rr-install-')));
    try {
        return await install_check_check(opts, wheel, work);
    }
    finally {
        if (ownDir)
            await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
async function install_check_check(opts, wheel, work) {
    const venv = (0,external_node_path_.join)(work, 'venv');
    const empty = (0,external_node_path_.join)(work, 'cwd');
    const scratch = (0,external_node_path_.join)(work, 'examples');
    await (0,promises_.mkdir)(empty, { recursive: true });
    await (0,promises_.mkdir)(scratch, { recursive: true });
    const bin = (0,external_node_path_.join)(venv, process.platform === 'win32' ? 'Scripts' : 'bin');
    const vpython = (0,external_node_path_.join)(bin, process.platform === 'win32' ? 'python.exe' : 'python');
    // Nothing from the caller's environment may leak packages into the check.
    const env = { PYTHONPATH: undefined, PYTHONHOME: undefined, PYTHONNOUSERSITE: '1', PIP_DISABLE_PIP_VERSION_CHECK: '1', PIP_NO_INPUT: '1', VIRTUAL_ENV: venv, PATH: `${bin}${external_node_path_.delimiter}${process.env.PATH ?? ''}` };
    const run = (file, args, timeoutMs) => opts.exec(file, args, { cwd: empty, env, signal: opts.signal, timeoutMs, check: false });
    opts.logger.info(`creating a fresh venv with ${opts.python}`);
    try {
        await opts.exec(opts.python, ['-m', 'venv', venv], { cwd: empty, env: { PYTHONPATH: undefined }, signal: opts.signal, timeoutMs: 120_000 });
    }
    catch (err) {
        throw new core_errors/* ReleaseError */.K2('COMMAND_FAILED', `Could not create a virtual environment with ${opts.python}: ${err.message}`, 'Use an interpreter with the venv module and ensurepip (on Debian/Ubuntu: apt-get install python3-venv).', { cause: err });
    }
    const version = await run(vpython, ['-I', '-c', 'import platform; print(platform.python_version())'], 60_000);
    const runtime = version.code === 0 ? version.stdout.trim() : undefined;
    // 1. Install the wheel (its dependencies come from the index, or from pipArgs' --find-links offline).
    opts.logger.info(`pip install ${(0,external_node_path_.basename)(wheel)}`);
    const install = await timeoutAsValue(opts.signal, () => run(vpython, ['-m', 'pip', 'install', '--no-cache-dir', ...(opts.pipArgs ?? []), wheel], opts.installTimeoutMs ?? 300_000));
    if (install === 'timeout')
        return { ok: false, runtime, examplesRun: 0, reason: `pip install ${(0,external_node_path_.basename)(wheel)} did not finish in time.` };
    if (install.code !== 0) {
        return { ok: false, runtime, examplesRun: 0, reason: `pip could not install ${(0,external_node_path_.basename)(wheel)} into a fresh venv.`, logExcerpt: excerpt(install.stderr || install.stdout) };
    }
    // 2. Import it from an empty directory and compare the installed version.
    const probe = await timeoutAsValue(opts.signal, () => run(vpython, ['-I', '-c', IMPORT_PROBE, opts.importName, opts.distName], opts.exampleTimeoutMs ?? 60_000));
    if (probe === 'timeout')
        return { ok: false, runtime, examplesRun: 0, reason: `import ${opts.importName} did not finish in time.` };
    if (probe.code !== 0) {
        const err = lastLine(probe.stderr);
        return { ok: false, runtime, examplesRun: 0, reason: `The installed wheel cannot be imported: import ${opts.importName} failed (${err}).`, logExcerpt: excerpt(probe.stderr || probe.stdout) };
    }
    const info = JSON.parse(lastLine(probe.stdout));
    if (!samePythonVersion(info.version, opts.expectedVersion)) {
        return { ok: false, runtime, examplesRun: 0, reason: `The installed ${opts.distName} reports version ${info.version}, but the release is ${opts.expectedVersion}.`, logExcerpt: probe.stdout.trim() };
    }
    opts.logger.info(`import ${opts.importName} OK (${opts.distName} ${info.version}, from ${info.file ?? 'a namespace package'})`);
    // 3. README examples, each in its own file and process, against the installed package.
    let examplesRun = 0;
    if (opts.readmeFile) {
        const markdown = await (0,promises_.readFile)(opts.readmeFile, 'utf8').catch(() => {
            throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `README ${opts.readmeFile} could not be read.`, 'Point input "readme" at the README whose examples the gate runs, or leave it empty.');
        });
        const examples = extractExamples(markdown, opts.readmeFile, { tags: opts.exampleTags ?? ['python', 'py', 'python3', 'pycon'] });
        for (const example of examples) {
            const script = (0,external_node_path_.join)(scratch, `example_line_${example.line}.py`);
            await (0,promises_.writeFile)(script, example.code);
            const where = `${example.file}:${example.line}`;
            const r = await timeoutAsValue(opts.signal, () => run(vpython, ['-I', script], opts.exampleTimeoutMs ?? 60_000));
            if (r === 'timeout') {
                return { ok: false, runtime, examplesRun, reason: `The README example at ${where} did not finish in time.`, failedExample: { file: example.file, line: example.line, error: 'timed out' } };
            }
            if (r.code !== 0) {
                const error = lastLine(r.stderr) || lastLine(r.stdout) || `exit code ${r.code}`;
                return { ok: false, runtime, examplesRun, reason: `The README example at ${where} failed: ${error}`, logExcerpt: excerpt(`${r.stdout}${r.stderr}`), failedExample: { file: example.file, line: example.line, error } };
            }
            examplesRun++;
        }
        opts.logger.info(`${examplesRun} README example(s) ran OK`);
    }
    // 4. The smoke command, as a user would type it after pip install.
    if (opts.smokeCommand?.length) {
        const [file, ...args] = opts.smokeCommand;
        // spawn looks the program up on the child's PATH, which starts with the venv's bin.
        let r;
        try {
            r = await timeoutAsValue(opts.signal, () => run(file, args, opts.exampleTimeoutMs ?? 60_000));
        }
        catch (err) {
            if ((0,core_errors/* isReleaseError */.q8)(err, 'COMMAND_FAILED') && /Could not start/.test(err.message)) {
                return { ok: false, runtime, examplesRun, reason: `The smoke command ${file} was not found in the venv or on PATH.` };
            }
            throw err;
        }
        if (r === 'timeout')
            return { ok: false, runtime, examplesRun, reason: `The smoke command (${opts.smokeCommand.join(' ')}) did not finish in time.` };
        if (r.code !== 0)
            return { ok: false, runtime, examplesRun, reason: `The smoke command (${opts.smokeCommand.join(' ')}) exited with ${r.code}.`, logExcerpt: excerpt(`${r.stdout}${r.stderr}`) };
    }
    return { ok: true, runtime, examplesRun };
}

;// CONCATENATED MODULE: ./src/ecosystems/python/registry-state.ts

/**
 * What the index already holds of each approved file, by file name: `absent`, `same` (same sha256) or
 * `different` (same name, other bytes: never overwrite, never skip). An unknown version means all absent.
 */
async function pythonRemoteState(opts) {
    const files = await fetchJsonRelease({ indexUrl: opts.indexUrl, name: opts.name, version: opts.version, fetchImpl: opts.fetchImpl, signal: opts.signal });
    const byName = new Map((files ?? []).map((f) => [f.filename, f]));
    const state = {};
    for (const artifact of opts.artifacts) {
        const remote = byName.get(artifact.file);
        state[artifact.file] = !remote ? 'absent' : remote.sha256?.toLowerCase() === artifact.sha256.toLowerCase() ? 'same' : 'different';
    }
    return state;
}

;// CONCATENATED MODULE: ./src/ecosystems/python/publish.ts
/**
 * Uploads approved distributions to a Python index with twine, one file per call, after comparing what
 * the index already holds: identical files are skipped (resume), different ones stop the release.
 */







/**
 * Runs twine once per file. A failure throws a ReleaseError classified from twine's output: 5xx,
 * connection resets and timeouts → UPLOAD_FAILED (transient); 400 "File already exists" →
 * ALREADY_PUBLISHED_DIFFERENT; 401/403 → NO_CREDENTIALS; any other refusal → UPLOAD_FAILED (permanent).
 */
async function twineUpload(opts) {
    const python = opts.python ?? 'python3';
    const argv = opts.twine ?? [python, '-m', 'twine'];
    opts.logger.setSecret(opts.token);
    const uploaded = [];
    for (const file of opts.files) {
        const args = [...argv.slice(1), 'upload', '--repository-url', opts.repositoryUrl, '--non-interactive', '--disable-progress-bar', '--verbose', file];
        const result = await opts.exec(argv[0], args, {
            // TWINE_PASSWORD, not --password: the token must not show up in a process listing.
            env: { TWINE_USERNAME: '__token__', TWINE_PASSWORD: opts.token, TWINE_REPOSITORY: undefined, TWINE_REPOSITORY_URL: undefined, NO_COLOR: '1', COLUMNS: '200' },
            check: false,
            signal: opts.signal,
            timeoutMs: opts.timeoutMs ?? 10 * 60 * 1000,
        });
        if (result.code !== 0)
            throw classifyTwineFailure((0,external_node_path_.basename)(file), opts.repositoryUrl, `${result.stdout}\n${result.stderr}`);
        opts.logger.info(`uploaded ${(0,external_node_path_.basename)(file)} to ${opts.repositoryUrl}`);
        uploaded.push(file);
    }
    return { uploaded };
}
/** Turns twine's output for a failed upload of `file` into a ReleaseError with the fix in the hint. */
function classifyTwineFailure(file, repositoryUrl, output) {
    // Strip ANSI colour codes rich may print despite NO_COLOR.
    const text = output.replace(new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'), '');
    const status = /HTTPError:\s*(\d{3})/.exec(text)?.[1];
    const code = status ? Number(status) : undefined;
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    const errorIndex = lines.findIndex((l) => /HTTPError:/.test(l));
    // twine's last words are "HTTPError: 400 Bad Request from <url>" then the reason phrase, wrapped by rich.
    const reason = errorIndex >= 0 ? lines.slice(errorIndex, errorIndex + 5).join(' ').replace(/^ERROR\s+/, '') : lines.slice(-3).join(' / ');
    if (code !== undefined && code >= 500) {
        return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `Uploading ${file} to ${repositoryUrl} failed: ${reason}`, 'The index had a server error; the upload is retried with backoff. Check https://status.python.org if it persists.', {
            transient: true,
        });
    }
    if (code === 400 && /File already exists/i.test(text)) {
        return new core_errors/* ReleaseError */.K2('ALREADY_PUBLISHED_DIFFERENT', `${file} already exists on ${repositoryUrl} with different content: ${reason}`, 'An index never lets a file name be reused. Bump the version and release again; do not rebuild the same version.');
    }
    if (code === 401 || code === 403) {
        return new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `${repositoryUrl} refused the credentials for ${file}: ${reason}`, 'Check input `pypi-token` (an API token scoped to this project, starting with `pypi-`) or the Trusted Publishing configuration.');
    }
    if (code !== undefined) {
        return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `${repositoryUrl} refused ${file}: ${reason}`, 'The index rejected the file itself; fix the metadata or file the reason names, then build a new version.');
    }
    if (/ConnectionError|Connection aborted|RemoteDisconnected|ConnectionResetError|Connection reset|Connection refused|NewConnectionError|Max retries exceeded|timed out|Timeout|ProtocolError|BrokenPipe/i.test(text)) {
        return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `Uploading ${file} to ${repositoryUrl} failed on the network: ${lines.slice(-1)[0] ?? ''}`, 'The connection broke; the upload is retried with backoff. Check the index URL if it persists.', {
            transient: true,
        });
    }
    return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `twine could not upload ${file}: ${lines.slice(-5).join(' / ')}`, 'See twine\'s output above; check that twine is installed for input `python` (`python -m pip install twine`).');
}
/**
 * Publishes the approved bytes: checks every local file against its recorded sha256, asks the index what
 * it already has (same → skip, different → ALREADY_PUBLISHED_DIFFERENT before anything is uploaded), then
 * uploads each remaining file with retries on transient failures only.
 */
async function publishToIndex(opts) {
    const repositoryUrl = opts.repositoryUrl ?? `${indexBase(opts.indexUrl)}/legacy/`;
    const ctx = { ...(0,combinators/* createStepContext */.YC)('publish-and-verify', opts.logger), sleep: opts.sleep, signal: opts.signal };
    const retryOptions = { attempts: opts.attempts ?? 5, baseDelayMs: opts.baseDelayMs ?? 2000, maxDelayMs: opts.maxDelayMs ?? 60000, jitter: 0.3 };
    for (const artifact of opts.artifacts)
        await checkLocalDigest(opts.dir, artifact);
    const state = await (0,combinators/* retry */.L5)(() => pythonRemoteState({ indexUrl: opts.indexUrl, name: opts.name, version: opts.version, artifacts: opts.artifacts, fetchImpl: opts.fetchImpl, signal: opts.signal }), retryOptions)(undefined, ctx);
    const different = Object.entries(state).filter(([, s]) => s === 'different').map(([f]) => f);
    if (different.length) {
        throw new core_errors/* ReleaseError */.K2('ALREADY_PUBLISHED_DIFFERENT', `${opts.name} ${opts.version} is already on ${indexBase(opts.indexUrl)} with different content for ${different.join(', ')}; nothing was uploaded.`, 'The index will never accept other bytes under these file names. Bump the version and release again.');
    }
    const skipped = opts.artifacts.filter((a) => state[a.file] === 'same').map((a) => a.file);
    for (const file of skipped)
        opts.logger.info(`${file} is already on the index with the approved sha256; skipping it`);
    let token = opts.token;
    let expiresAt = opts.tokenExpiresAt;
    const uploaded = [];
    let attempts = 0;
    for (const artifact of opts.artifacts.filter((a) => state[a.file] === 'absent')) {
        const counter = { count: 0 };
        const upload = (0,combinators/* retry */.L5)(async () => {
            // Renew a minted token a minute before it runs out; an upload started with it may take a while.
            if (opts.renewToken && expiresAt !== undefined && Date.now() > expiresAt - 60_000) {
                ({ token, expiresAt } = await opts.renewToken());
                opts.logger.setSecret(token);
            }
            return twineUpload({ python: opts.python, twine: opts.twine, repositoryUrl, token, files: [(0,external_node_path_.join)(opts.dir, artifact.file)], exec: opts.exec, logger: opts.logger, signal: opts.signal });
        }, retryOptions);
        try {
            await upload(undefined, { ...ctx, attempts: counter });
        }
        finally {
            attempts += counter.count;
        }
        uploaded.push(artifact.file);
    }
    return { uploaded, skipped, attempts };
}
async function checkLocalDigest(dir, artifact) {
    const path = (0,external_node_path_.join)(dir, artifact.file);
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (err) {
        throw new core_errors/* ReleaseError */.K2('DIGEST_MISMATCH', `The approved file ${artifact.file} is missing from ${dir}: ${err.message}`, 'Download the release artifact the quality gate uploaded into that directory.', { cause: err });
    }
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    if (sha256 !== artifact.sha256.toLowerCase()) {
        throw new core_errors/* ReleaseError */.K2('DIGEST_MISMATCH', `${path} has sha256 ${sha256}, but the gate approved ${artifact.sha256}.`, 'Publish only the bytes the gate approved: use the release artifact, never a rebuild.', {
            location: { file: path },
        });
    }
}

;// CONCATENATED MODULE: ./src/ecosystems/python/test-command.ts

/**
 * The default test command for a Python package: pytest with a JUnit report and a Cobertura coverage report.
 * The cache provider stays enabled (`--lf` needs it) but lives in a temporary directory rather than the
 * user's tree, so a stale `lastfailed` from a developer's machine never narrows a rerun.
 */
function defaultPythonTestCommand(python, opts) {
    const cacheDir = opts.cacheDir ?? (0,external_node_path_.join)((0,external_node_path_.dirname)(opts.junitFile), '.pytest_cache');
    return [
        python,
        '-m',
        'pytest',
        `--junitxml=${opts.junitFile}`,
        // `--cov` alone measures every file under the working directory (tests, scripts); name the package when known.
        opts.covSource ? `--cov=${opts.covSource}` : '--cov',
        ...(opts.branches ? ['--cov-branch'] : []),
        `--cov-report=xml:${opts.coverageXml}`,
        '--cov-report=term',
        '-o',
        `cache_dir=${cacheDir}`,
    ];
}
/**
 * Arguments for a pytest retry: rerun only the tests that failed last time, and append to the coverage data
 * instead of erasing it, so the coverage report still covers the whole suite after a partial rerun.
 */
const PYTEST_RERUN_FAILED_ARGS = ['--lf', '--cov-append'];
/**
 * Environment for the default test command: keeps coverage.py's data file (`.coverage`) out of the user's
 * tree by putting it in `tempDir`.
 */
function pythonTestEnv(tempDir) {
    return { COVERAGE_FILE: (0,external_node_path_.join)(tempDir, '.coverage') };
}

;// CONCATENATED MODULE: ./src/ecosystems/python/verify.ts
/**
 * Checks that users can install the release: the JSON API lists every approved file with its sha256, the
 * simple index (what pip reads) serves them too, and `pip install name==version` into a fresh venv works.
 */







/**
 * Polls the JSON API, then the simple index, with exponential backoff until every approved file name with
 * its sha256 is served, then installs the release from the index into a fresh venv and checks its version.
 * Returns `verified: false` with the state when the index did not catch up in time; throws VERIFY_FAILED
 * when the index serves other bytes or the served release does not install.
 */
async function verifyPythonRelease(opts) {
    const started = Date.now();
    const wait = opts.sleep ?? combinators/* sleep */.yy;
    let delay = opts.pollMs ?? 5000;
    let outcome;
    for (let poll = 1;; poll++) {
        outcome = await verify_pollOnce(opts);
        if (outcome.state === 'served')
            break;
        const elapsed = Date.now() - started;
        opts.logger.info(`poll ${poll} after ${Math.round(elapsed / 1000)} s: ${outcome.reason}`);
        if (elapsed + delay > opts.timeoutMs) {
            const reason = `${outcome.reason} (gave up after ${Math.round(elapsed / 1000)} s)`;
            opts.logger.warning(reason);
            return { verified: false, propagationS: elapsed / 1000, state: outcome.state, reason };
        }
        await wait(delay, opts.signal);
        delay = Math.min(delay * 2, opts.maxPollMs ?? 60000);
    }
    const propagationS = Math.max(0.001, (Date.now() - started) / 1000);
    opts.logger.info(`${indexBase(opts.indexUrl)} serves ${opts.artifacts.map((a) => a.file).join(', ')} (after ${propagationS.toFixed(1)} s)`);
    const installedVersion = await installAndImport(opts);
    return { verified: true, propagationS, installedVersion, state: 'verified' };
}
async function verify_pollOnce(opts) {
    const req = { indexUrl: opts.indexUrl, name: opts.name, fetchImpl: opts.fetchImpl, signal: opts.signal };
    let json;
    let simple;
    try {
        json = await fetchJsonRelease({ ...req, version: opts.version });
        if (!json)
            return { state: 'missing', reason: `${opts.name} ${opts.version} is not published: the JSON API answers 404` };
        const notListed = compare(opts.artifacts, json, 'the JSON API');
        if (notListed.length)
            return { state: 'missing', reason: `the JSON API lists ${opts.name} ${opts.version} but not ${notListed.join(', ')}` };
        simple = await fetchSimpleFiles(req);
    }
    catch (err) {
        if (err instanceof core_errors/* ReleaseError */.K2 && err.transient)
            return { state: 'missing', reason: `the index did not answer (${err.message}); polling again` };
        throw err;
    }
    const stale = simple ? compare(opts.artifacts, simple, 'the simple index') : opts.artifacts.map((a) => a.file);
    if (stale.length) {
        return { state: 'propagating', reason: `still propagating: the JSON API has ${opts.name} ${opts.version}, the simple index (what pip reads) does not serve ${stale.join(', ')} yet` };
    }
    return { state: 'served' };
}
/** File names of `artifacts` the listing lacks; throws VERIFY_FAILED when it lists one with another sha256. */
function compare(artifacts, listed, where) {
    const byName = new Map(listed.map((f) => [f.filename, f]));
    const absent = [];
    for (const a of artifacts) {
        const f = byName.get(a.file);
        if (!f)
            absent.push(a.file);
        else if (f.sha256 && f.sha256.toLowerCase() !== a.sha256.toLowerCase()) {
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `${where} serves ${a.file} with sha256 ${f.sha256}, not the approved ${a.sha256}.`, 'The index holds other bytes under this name; investigate before announcing, and release a new version.');
        }
    }
    return absent;
}
async function installAndImport(opts) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'release-relay-verify-'));
    try {
        const venv = (0,external_node_path_.join)(dir, 'venv');
        const cwd = (0,external_node_path_.join)(dir, 'empty');
        await opts.exec(opts.python, ['-c', `import os; os.makedirs(${JSON.stringify(cwd)})`]);
        await opts.exec(opts.python, ['-m', 'venv', venv], { signal: opts.signal, timeoutMs: 5 * 60 * 1000 });
        const py = process.platform === 'win32' ? (0,external_node_path_.join)(venv, 'Scripts', 'python.exe') : (0,external_node_path_.join)(venv, 'bin', 'python');
        const index = simpleIndexUrl(opts.indexUrl);
        const host = new URL(index);
        // pip trusts plain http only on loopback; any other http index must be named as trusted.
        const trusted = host.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(host.hostname) ? ['--trusted-host', host.hostname] : [];
        const install = await opts.exec(py, ['-m', 'pip', '--isolated', 'install', '--no-cache-dir', '--disable-pip-version-check', '--index-url', index, ...trusted, ...(opts.pipArgs ?? []), `${opts.name}==${opts.version}`], { cwd, check: false, signal: opts.signal, timeoutMs: opts.installTimeoutMs ?? 5 * 60 * 1000 });
        if (install.code !== 0) {
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `pip could not install ${opts.name}==${opts.version} from ${index}:\n${verify_excerpt(install.stdout, install.stderr)}`, 'The index lists the files but they do not install: check the requirements (Requires-Python, dependencies on this index).');
        }
        const probe = `import importlib.metadata, ${opts.importName}\nprint(importlib.metadata.version(${JSON.stringify(opts.name)}))`;
        const check = await opts.exec(py, ['-c', probe], { cwd, check: false, signal: opts.signal, timeoutMs: 2 * 60 * 1000 });
        if (check.code !== 0) {
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `${opts.name}==${opts.version} installed from ${index} but \`import ${opts.importName}\` failed:\n${verify_excerpt(check.stdout, check.stderr)}`, 'Check input `import-name` and that the wheel contains the package.');
        }
        const installed = check.stdout.trim().split('\n').pop() ?? '';
        if (!sameVersion(installed, opts.version)) {
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `pip installed ${opts.name} ${installed} from ${index}, not ${opts.version}.`, 'The index served another version; check the version the release context recorded.');
        }
        opts.logger.info(`pip install ${opts.name}==${opts.version} from ${index} into a fresh venv works; import ${opts.importName} ok`);
        return installed;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** PEP 440 equality (`1.0.0-RC1` == `1.0.0rc1`), plain string equality for anything else. */
function sameVersion(a, b) {
    if ((0,pep440.valid)(a) && (0,pep440.valid)(b))
        return (0,pep440.eq)(a, b);
    return a === b;
}
function verify_excerpt(stdout, stderr) {
    return `${stdout}\n${stderr}`.trim().split('\n').slice(-20).join('\n');
}

;// CONCATENATED MODULE: ./src/ecosystems/python/pipeline.ts











/** Well-known Python package indexes by name. */
const INDEXES = {
    pypi: { name: 'pypi', uploadUrl: 'https://upload.pypi.org/legacy/', indexUrl: 'https://pypi.org' },
    testpypi: { name: 'testpypi', uploadUrl: 'https://test.pypi.org/legacy/', indexUrl: 'https://test.pypi.org' },
};
/** Resolves `pypi`, `testpypi` or an index base URL (`https://host/…`, upload at `{base}/legacy/`). */
function pythonRegistry(nameOrUrl) {
    const known = INDEXES[nameOrUrl.trim().toLowerCase()];
    if (known)
        return known;
    let url;
    try {
        url = new URL(nameOrUrl.trim());
    }
    catch {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "registries" has "${nameOrUrl}", which is neither a known index (${Object.keys(INDEXES).join(', ')}) nor a URL.`, 'Use pypi, testpypi, or an index URL such as https://pypi.example.com.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "registries" has "${nameOrUrl}", which is not an http(s) URL.`, 'Use an https:// index URL.');
    }
    const base = url.toString().replace(/\/+$/, '').replace(/\/legacy$/, '');
    return { name: url.host, uploadUrl: `${base}/legacy/`, indexUrl: base };
}
/** The interpreter for builds, venvs and tools: input `python`, else the first `python3` that has what the step needs. */
async function python(env, modules) {
    return resolvePython({ explicit: env.tools.python, modules, exec: env.exec });
}
/** Python's build, install check, publish and verify, over pypa/build, venv + pip, twine and the index APIs. */
const pythonPipeline = {
    importName: (info) => importName(info.name),
    async defaultTestCommand(env, { reportDir, info }) {
        const py = await python(env, ['pytest', 'pytest_cov']);
        const junitFile = (0,external_node_path_.join)(reportDir, 'junit.xml');
        const coverageFile = (0,external_node_path_.join)(reportDir, 'coverage.xml');
        return {
            argv: defaultPythonTestCommand(py, { junitFile, coverageXml: coverageFile, covSource: importName(info.name), cacheDir: (0,external_node_path_.join)(reportDir, 'pytest-cache') }),
            rerunFailedArgs: [...PYTEST_RERUN_FAILED_ARGS],
            junitFile,
            coverageFile,
            env: pythonTestEnv(reportDir),
        };
    },
    async build(env, { packageDir, outDir, isolated, tool }) {
        if (tool !== undefined && tool !== 'build' && tool !== 'uv') {
            throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "build-tool" is "${tool}".`, 'Use build (pypa/build) or uv.');
        }
        const py = tool === 'uv' ? (env.tools.python ?? 'python3') : await python(env, ['build']);
        const { files } = await buildPython({ python: py, packageDir, outDir, isolated, tool, exec: env.exec, logger: env.logger, signal: env.signal });
        return files;
    },
    async installCheck(env, { files, info, version, readmeFile, exampleTags, smokeCommand, installArgs }) {
        const py = await python(env, ['venv', 'ensurepip']);
        return pythonInstallCheck({
            python: py,
            files,
            importName: importName(info.name),
            distName: info.name,
            expectedVersion: version,
            readmeFile,
            exampleTags,
            smokeCommand,
            exec: env.exec,
            logger: env.logger,
            // The wheel's own dependencies come from the index the runner uses; offline runs pass --no-index.
            pipArgs: installArgs ?? [],
            signal: env.signal,
        });
    },
    registry: pythonRegistry,
    remoteState: (_env, { registry, name, version, artifacts }) => pythonRemoteState({ indexUrl: registry.indexUrl, name, version, artifacts }),
    async credentials(env, { registry, token, useOidc }) {
        const t = await getPublishToken({
            token,
            indexUrl: registry.indexUrl,
            useOidc,
            requestUrl: process.env.ACTIONS_ID_TOKEN_REQUEST_URL,
            requestToken: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
            logger: env.logger,
            sleep: env.sleep,
            signal: env.signal,
        });
        return { token: t.token, source: t.source, expiresAt: t.expiresAt };
    },
    async publish(env, { registry, files, artifacts, name, version, credentials, attempts, baseDelayMs }) {
        const py = env.tools.twine ? undefined : await python(env, ['twine']);
        const r = await publishToIndex({
            indexUrl: registry.indexUrl,
            repositoryUrl: registry.uploadUrl,
            name,
            version,
            dir: files.length ? (0,external_node_path_.dirname)(files[0]) : '.',
            artifacts,
            token: credentials.token,
            tokenExpiresAt: credentials.expiresAt,
            renewToken: credentials.source === 'oidc'
                ? async () => {
                    const t = await pythonPipeline.credentials(env, { registry, useOidc: true });
                    return { token: t.token, expiresAt: t.expiresAt };
                }
                : undefined,
            python: py,
            twine: env.tools.twine ? [env.tools.twine] : undefined,
            exec: env.exec,
            logger: env.logger,
            signal: env.signal,
            attempts,
            baseDelayMs,
            sleep: env.sleep,
        });
        return { uploaded: r.uploaded, skipped: r.skipped, attempts: r.attempts };
    },
    async verify(env, { registry, info, version, artifacts, timeoutMs, pollMs }) {
        const py = await python(env, ['venv', 'ensurepip']);
        const r = await verifyPythonRelease({ indexUrl: registry.indexUrl, name: info.name, version, artifacts, python: py, timeoutMs, pollMs, importName: importName(info.name), exec: env.exec, logger: env.logger, sleep: env.sleep, signal: env.signal });
        return { verified: r.verified, state: r.state, propagationS: r.propagationS, installedVersion: r.installedVersion };
    },
};

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/ecosystems/python/pyproject.ts



/** `[project] version`. */
const PROJECT_VERSION = ['project', 'version'];
/** `[tool.poetry] version`. */
const POETRY_VERSION = ['tool', 'poetry', 'version'];
/** Parses pyproject text; broken TOML is a BAD_TOML ReleaseError naming `file` and the parser's line and column. */
function parsePyproject(text, file) {
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        if (err instanceof dist/* TomlError */.zx) {
            const reason = err.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
            throw new core_errors/* ReleaseError */.K2('BAD_TOML', `${file} is not valid TOML: ${reason} at line ${err.line}, column ${err.column}.`, `Fix the TOML syntax in ${file} (line ${err.line}); \`python3 -c "import tomllib; tomllib.load(open('${file}', 'rb'))"\` shows the same error.`, { location: { file, line: err.line }, cause: err });
        }
        throw err;
    }
}
/** The value at `path` in a parsed document, or undefined. */
function getPath(doc, path) {
    let node = doc;
    for (const key of path) {
        if (node === null || typeof node !== 'object' || Array.isArray(node))
            return undefined;
        node = node[key];
    }
    return node;
}
function table(doc, path) {
    const t = getPath(doc, path);
    return t !== null && typeof t === 'object' && !Array.isArray(t) ? t : undefined;
}
/** Reads where the version lives from a parsed pyproject.toml (no file access). */
function readVersionConfig(doc) {
    const project = table(doc, ['project']);
    const poetry = table(doc, ['tool', 'poetry']);
    const dynamicList = project?.dynamic;
    const dynamic = Array.isArray(dynamicList) && dynamicList.includes('version');
    const name = typeof project?.name === 'string' ? project.name : typeof poetry?.name === 'string' ? poetry.name : undefined;
    const staticVersions = [];
    if (!dynamic && typeof project?.version === 'string')
        staticVersions.push({ key: PROJECT_VERSION, version: project.version });
    if (typeof poetry?.version === 'string')
        staticVersions.push({ key: POETRY_VERSION, version: poetry.version });
    const hatchVersion = table(doc, ['tool', 'hatch', 'version']);
    const pdmVersion = table(doc, ['tool', 'pdm', 'version']);
    const setuptoolsDynamic = table(doc, ['tool', 'setuptools', 'dynamic']);
    const poetryDynamic = table(doc, ['tool', 'poetry-dynamic-versioning']);
    const versionPaths = [];
    let fromVcs = false;
    let attr;
    if (hatchVersion?.source === 'vcs')
        fromVcs = true;
    else if (typeof hatchVersion?.path === 'string')
        versionPaths.push({ path: hatchVersion.path, via: '[tool.hatch.version] path' });
    if (pdmVersion?.source === 'scm')
        fromVcs = true;
    else if (pdmVersion?.source === 'file' && typeof pdmVersion.path === 'string')
        versionPaths.push({ path: pdmVersion.path, via: '[tool.pdm.version] path' });
    if (poetryDynamic?.enable === true)
        fromVcs = true;
    const stVersion = setuptoolsDynamic?.version;
    if (stVersion !== null && typeof stVersion === 'object' && typeof stVersion.attr === 'string') {
        const dotted = stVersion.attr;
        const cut = dotted.lastIndexOf('.');
        const packageDirs = table(doc, ['tool', 'setuptools', 'package-dir']);
        const rootDir = typeof packageDirs?.[''] === 'string' ? packageDirs[''] : undefined;
        if (cut > 0)
            attr = { module: dotted.slice(0, cut), variable: dotted.slice(cut + 1), packageDir: rootDir };
    }
    // setuptools-scm only owns the version when nothing else (attr, file) was configured for it.
    if (dynamic && table(doc, ['tool', 'setuptools_scm']) !== undefined && !attr && versionPaths.length === 0)
        fromVcs = true;
    return { name, staticVersions, dynamic, fromVcs, versionPaths, attr };
}
const BARE = /[A-Za-z0-9_-]/;
class pyproject_Scanner {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    get done() {
        return this.pos >= this.text.length;
    }
    peek(offset = 0) {
        return this.text[this.pos + offset] ?? '';
    }
    startsWith(s) {
        return this.text.startsWith(s, this.pos);
    }
    skipSpaces() {
        while (this.peek() === ' ' || this.peek() === '\t')
            this.pos++;
    }
    skipToLineEnd() {
        while (!this.done && this.peek() !== '\n')
            this.pos++;
    }
    lineAt(offset) {
        let line = 1;
        for (let i = 0; i < offset; i++)
            if (this.text[i] === '\n')
                line++;
        return line;
    }
    /** Skips any string starting at pos; returns the span of its content. */
    skipString() {
        for (const delim of ['"""', "'''"]) {
            if (this.startsWith(delim)) {
                this.pos += 3;
                const start = this.pos;
                while (!this.done && !this.startsWith(delim))
                    this.pos += delim === '"""' && this.peek() === '\\' ? 2 : 1;
                const end = this.pos;
                this.pos += 3;
                // TOML allows up to two extra quotes right before the closing delimiter.
                while (this.peek() === delim[0])
                    this.pos++;
                return { start, end, multiline: true };
            }
        }
        const quote = this.peek();
        this.pos++;
        const start = this.pos;
        while (!this.done && this.peek() !== quote && this.peek() !== '\n')
            this.pos += quote === '"' && this.peek() === '\\' ? 2 : 1;
        const end = this.pos;
        this.pos++;
        return { start, end, multiline: false };
    }
    /** Reads a dotted key (`a."b.c".d`) and returns its segments, or null if pos is not at a key. */
    readKey() {
        const parts = [];
        for (;;) {
            this.skipSpaces();
            const c = this.peek();
            if (c === '"' || c === "'") {
                const { start, end } = this.skipString();
                const raw = this.text.slice(start, end);
                parts.push(c === '"' ? raw.replace(/\\(["\\])/g, '$1') : raw);
            }
            else if (BARE.test(c)) {
                const start = this.pos;
                while (BARE.test(this.peek()))
                    this.pos++;
                parts.push(this.text.slice(start, this.pos));
            }
            else {
                return null;
            }
            this.skipSpaces();
            if (this.peek() !== '.')
                return parts;
            this.pos++;
        }
    }
    /** Skips a value of any shape (arrays and inline tables over several lines included) up to its line end. */
    skipValue() {
        let depth = 0;
        while (!this.done) {
            const c = this.peek();
            if (c === '"' || c === "'")
                this.skipString();
            else if (c === '#')
                this.skipToLineEnd();
            else if (c === '[' || c === '{') {
                depth++;
                this.pos++;
            }
            else if (c === ']' || c === '}') {
                depth--;
                this.pos++;
            }
            else if (c === '\n' && depth <= 0)
                return;
            else
                this.pos++;
        }
    }
}
/**
 * Finds the single-line string values assigned to `path` (at most one in valid TOML). Values that are not
 * single-line strings are not returned.
 */
function findStringValues(text, path) {
    const s = new pyproject_Scanner(text);
    const found = [];
    let current = [];
    while (!s.done) {
        s.skipSpaces();
        const c = s.peek();
        if (c === '\n' || c === '\r') {
            s.pos++;
        }
        else if (c === '#') {
            s.skipToLineEnd();
        }
        else if (c === '[') {
            const arrayTable = s.peek(1) === '[';
            s.pos += arrayTable ? 2 : 1;
            const key = s.readKey() ?? [];
            // An array-of-tables entry never holds the version fields we edit: make it unmatchable.
            current = arrayTable ? [...key, '[]'] : key;
            s.skipToLineEnd();
        }
        else {
            const key = s.readKey();
            s.skipSpaces();
            if (key === null || s.peek() !== '=') {
                s.skipToLineEnd();
                continue;
            }
            s.pos++;
            s.skipSpaces();
            const full = [...current, ...key];
            const q = s.peek();
            const isTarget = full.length === path.length && full.every((k, i) => k === path[i]);
            if (isTarget && (q === '"' || q === "'") && !s.startsWith(q.repeat(3))) {
                const at = s.pos;
                const { start, end } = s.skipString();
                found.push({ start, end, quote: q, line: s.lineAt(at) });
            }
            s.skipValue();
        }
    }
    return found;
}
function withoutKey(doc, path) {
    const copy = structuredClone(doc);
    const parent = getPath(copy, path.slice(0, -1));
    if (parent && typeof parent === 'object')
        delete parent[path[path.length - 1]];
    return copy;
}
/** Characters a version may hold so that it can sit inside either TOML quote style unescaped. */
const SAFE_VERSION = /^[A-Za-z0-9.+!_-]+$/;
/**
 * The pyproject.toml updater: sets the static version field(s) to `version`, changing nothing else byte for
 * byte (comments, quoting style, spacing, trailing comments, key order). `keys` defaults to every static
 * version field the file has (`[project] version`, `[tool.poetry] version`). The result is parsed again
 * and must differ from the input only in those fields, or a BAD_TOML error says what went wrong.
 */
function updateContent(text, version, options = {}) {
    const file = options.file ?? 'pyproject.toml';
    if (!SAFE_VERSION.test(version)) {
        throw new core_errors/* ReleaseError */.K2('BAD_VERSION', `Version "${version}" cannot be written to ${file}.`, 'Use a PEP 440 version such as 1.2.0, 1.2.0rc1 or 1.2.0.post1.');
    }
    const before = parsePyproject(text, file);
    const keys = options.keys ?? readVersionConfig(before).staticVersions.map((s) => s.key);
    if (keys.length === 0) {
        throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${file} has no static version field to update.`, 'Add `version = "0.1.0"` under [project], or configure a dynamic version file.', { location: { file } });
    }
    const spans = [];
    for (const key of keys) {
        const found = findStringValues(text, key);
        if (found.length !== 1) {
            throw new core_errors/* ReleaseError */.K2('BAD_TOML', `Could not locate \`${key.join('.')}\` as a one-line string in ${file} (found ${found.length}).`, `Write it as \`${key[key.length - 1]} = "x.y.z"\` on its own line under [${key.slice(0, -1).join('.')}].`, { location: { file } });
        }
        spans.push(found[0]);
    }
    let after = text;
    for (const span of [...spans].sort((a, b) => b.start - a.start))
        after = after.slice(0, span.start) + version + after.slice(span.end);
    // Confirm with the real parser: the new value is there, and nothing else moved.
    const parsed = parsePyproject(after, file);
    let expectedRest = before;
    let actualRest = parsed;
    for (const key of keys) {
        if (getPath(parsed, key) !== version) {
            throw new core_errors/* ReleaseError */.K2('BAD_TOML', `Updating ${file} did not set \`${key.join('.')}\` to ${version}.`, 'Report this with the file attached; edit the version by hand meanwhile.', { location: { file } });
        }
        expectedRest = withoutKey(expectedRest, key);
        actualRest = withoutKey(actualRest, key);
    }
    if (!(0,external_node_util_.isDeepStrictEqual)(expectedRest, actualRest)) {
        throw new core_errors/* ReleaseError */.K2('BAD_TOML', `Updating the version in ${file} changed other values; the edit was refused.`, 'Report this with the file attached; edit the version by hand meanwhile.', { location: { file } });
    }
    return after;
}

;// CONCATENATED MODULE: ./src/ecosystems/python/version-file.ts

const ASSIGNMENT_PREFIX = /^(\s*)([A-Za-z_][A-Za-z0-9_]*)\s*(?::\s*(?:str|typing\.Final|Final(?:\[str\])?)\s*)?=\s*(['"])/;
/**
 * Finds the module-level string assignments to `variable` (`__version__ = "1.2.3"`, `__version__: str = '1.2.3'`).
 * Lines inside triple-quoted strings (docstrings) and indented lines are ignored; values that are not a plain
 * one-line string literal (`version("pkg")`, f-strings, concatenations) are not matched.
 */
function findVersionAssignments(text, variable = '__version__') {
    const found = [];
    let offset = 0;
    let inTriple = null;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const lineStart = offset;
        offset += line.length + 1;
        if (inTriple) {
            if (line.includes(inTriple))
                inTriple = countOpen(line.slice(line.indexOf(inTriple) + 3));
            continue;
        }
        const m = ASSIGNMENT_PREFIX.exec(line);
        if (m && m[1] === '' && m[2] === variable) {
            const quote = m[3];
            const contentStart = m[0].length;
            const close = line.indexOf(quote, contentStart);
            // A plain literal: closed on this line, no escapes, nothing but a comment after it.
            const rest = close >= 0 ? line.slice(close + 1) : '';
            if (close >= 0 && !line.slice(contentStart, close).includes('\\') && /^\s*(#.*)?\r?$/.test(rest) && !line.startsWith(quote.repeat(3), contentStart - 1)) {
                found.push({ start: lineStart + contentStart, end: lineStart + close, line: i + 1, value: line.slice(contentStart, close) });
                continue;
            }
        }
        inTriple = countOpen(line);
    }
    return found;
}
/** The triple quote left open at the end of `line`, if any (a rough count that suffices for docstrings). */
function countOpen(line) {
    let open = null;
    let i = 0;
    while (i < line.length) {
        if (open === null && line[i] === '#')
            return null;
        const three = line.slice(i, i + 3);
        if (three === '"""' || three === "'''") {
            if (open === null)
                open = three;
            else if (open === three)
                open = null;
            i += 3;
        }
        else
            i++;
    }
    return open;
}
/** The version a Python file assigns to `variable`, or null when it has no plain literal assignment. */
function readVersion(text, variable = '__version__') {
    return findVersionAssignments(text, variable)[0]?.value ?? null;
}
/**
 * The Python version-file updater: rewrites the literal of every module-level `__version__` assignment to
 * `version`, keeping quotes, annotation, spacing and comments. `file` names the file in errors.
 */
function version_file_updateContent(text, version, options = {}) {
    const variable = options.variable ?? '__version__';
    const file = options.file ?? 'the version file';
    if (!/^[A-Za-z0-9.+!_-]+$/.test(version)) {
        throw new core_errors/* ReleaseError */.K2('BAD_VERSION', `Version "${version}" cannot be written to ${file}.`, 'Use a PEP 440 version such as 1.2.0 or 1.2.0rc1.');
    }
    const found = findVersionAssignments(text, variable);
    if (found.length === 0) {
        throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${file} has no \`${variable} = "..."\` line to update.`, `Add \`${variable} = "x.y.z"\` at module level in ${file}.`, { location: { file } });
    }
    let after = text;
    for (const a of [...found].sort((x, y) => y.start - x.start))
        after = after.slice(0, a.start) + version + after.slice(a.end);
    return after;
}

;// CONCATENATED MODULE: ./src/ecosystems/python/version-sources.ts






const PYPROJECT = 'pyproject.toml';
function rel(packageDir, file) {
    return external_node_path_.posix.normalize(external_node_path_.posix.join(packageDir.split('\\').join('/'), file.split('\\').join('/')));
}
/** Candidate files for a dotted module (`pkg.about` → `src/pkg/about.py`, `pkg/about/__init__.py`, …). */
function moduleFiles(module, baseDirs) {
    const parts = module.split('.');
    const out = [];
    for (const base of baseDirs) {
        out.push(external_node_path_.posix.join(base, ...parts, '__init__.py'), external_node_path_.posix.join(base, ...parts.slice(0, -1), `${parts[parts.length - 1]}.py`));
    }
    return out;
}
/**
 * Gathers every place the version of the Python package in `packageDir` (relative to `root`) lives:
 * the static fields of pyproject.toml, the file a dynamic version points at (hatch `path`, setuptools
 * `attr`, pdm `file`), and a literal `__version__` in the package's `__init__.py` / `__about__.py`
 * (src or flat layout). Nothing is written.
 */
async function collectVersionSources(root, packageDir) {
    const pkgRoot = resolveInside(root, packageDir, 'package-dir');
    const pyFile = rel(packageDir, PYPROJECT);
    const text = await readTextOrNull((0,external_node_path_.join)(pkgRoot, PYPROJECT));
    if (text === null) {
        throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${pyFile} was not found.`, 'Point input "package-dir" at the directory holding pyproject.toml (setup.py-only projects are not supported).', { location: { file: pyFile } });
    }
    const doc = parsePyproject(text, pyFile);
    const config = readVersionConfig(doc);
    if (!config.name) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${pyFile} has no [project] name.`, 'Add `name = "your-package"` under [project].', { location: { file: pyFile } });
    }
    const name = config.name;
    // A VCS plugin owns the version even when a placeholder (poetry-dynamic-versioning's "0.0.0") is written.
    if (config.fromVcs)
        return { name, sources: [], fromVcs: true };
    const sources = [];
    for (const s of config.staticVersions) {
        sources.push({
            path: pyFile,
            version: s.version,
            via: `[${s.key.slice(0, -1).join('.')}] version`,
            update: (t, next) => updateContent(t, next, { keys: [s.key], file: pyFile }),
        });
    }
    // Files the build backend reads a dynamic version from: these must hold a literal.
    const required = [];
    for (const p of config.versionPaths)
        required.push({ file: p.path, variable: '__version__', via: p.via });
    if (config.attr) {
        const bases = config.attr.packageDir !== undefined ? [config.attr.packageDir] : ['src', '.'];
        const candidates = moduleFiles(config.attr.module, bases);
        let chosen;
        for (const c of candidates)
            if ((await readTextOrNull(resolveInside(pkgRoot, c))) !== null) {
                chosen = c;
                break;
            }
        if (!chosen) {
            throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${pyFile} reads the version from attr "${config.attr.module}.${config.attr.variable}", but none of ${candidates.map((c) => rel(packageDir, c)).join(', ')} exists.`, 'Fix [tool.setuptools.dynamic] version.attr, or set [tool.setuptools] package-dir.', { location: { file: pyFile } });
        }
        required.push({ file: chosen, variable: config.attr.variable, via: '[tool.setuptools.dynamic] version.attr' });
    }
    for (const r of required) {
        const path = rel(packageDir, r.file);
        const content = await readTextOrNull(resolveInside(pkgRoot, r.file, r.via));
        const version = content === null ? null : readVersion(content, r.variable);
        if (version === null) {
            throw new core_errors/* ReleaseError */.K2('NO_VERSION', content === null ? `${path} (from ${r.via} in ${pyFile}) does not exist.` : `${path} (from ${r.via} in ${pyFile}) has no \`${r.variable} = "..."\` line.`, `Add \`${r.variable} = "0.1.0"\` at module level in ${path}, or fix ${r.via}.`, { location: { file: path } });
        }
        sources.push({ path, version, via: r.via, update: (t, next) => version_file_updateContent(t, next, { variable: r.variable, file: path }) });
    }
    // Optional: a literal __version__ kept by hand next to the metadata (the common "two files, one value").
    const mod = importName(name);
    for (const candidate of ['src', '.'].flatMap((base) => ['__init__.py', '__about__.py'].map((f) => external_node_path_.posix.join(base, mod, f)))) {
        const path = rel(packageDir, candidate);
        if (sources.some((s) => s.path === path))
            continue;
        const content = await readTextOrNull(resolveInside(pkgRoot, candidate));
        const version = content === null ? null : readVersion(content);
        if (version !== null)
            sources.push({ path, version, via: '__version__', update: (t, next) => version_file_updateContent(t, next, { file: path }) });
    }
    if (sources.length === 0) {
        throw new core_errors/* ReleaseError */.K2('NO_VERSION', `No version found for ${name}: ${pyFile} has no [project] version${config.dynamic ? ' and its dynamic version source is not one release-relay can edit' : ''}.`, 'Add `version = "0.1.0"` under [project], or configure a dynamic version ([tool.hatch.version] path, [tool.setuptools.dynamic] version.attr) or a VCS plugin (hatch-vcs, setuptools-scm).', { location: { file: pyFile } });
    }
    const distinct = [...new Set(sources.map((s) => s.version))];
    if (distinct.length > 1) {
        throw new core_errors/* ReleaseError */.K2('VERSION_CONFLICT', `The version of ${name} differs between files: ${sources.map((s) => `${s.path} (${s.via}) = ${s.version}`).join('; ')}.`, 'Make every file hold the same current version (the one last released), commit, and run again.', { location: { file: sources[sources.length - 1].path } });
    }
    return { name, sources, fromVcs: false };
}

;// CONCATENATED MODULE: ./src/ecosystems/python/index.ts








const MARKERS = ['pyproject.toml', 'setup.py', 'setup.cfg'];
/** True when `dir` holds pyproject.toml, setup.py or setup.cfg. */
async function detectPython(dir) {
    for (const m of MARKERS)
        if (await pathExists((0,external_node_path_.join)(dir, m)))
            return true;
    return false;
}
/**
 * Reads a Python package's name, current version and the files that hold it. A VCS-derived version
 * (setuptools-scm, hatch-vcs, pdm scm, poetry-dynamic-versioning) is not refused here: it comes back as
 * `versionFromVcs: true` with no version files and an empty `version`, and the stage decides (the tag is
 * the version; no file is edited). Throws NO_VERSION, VERSION_CONFLICT, BAD_TOML.
 */
async function readPythonPackage(root, packageDir) {
    const found = await collectVersionSources(root, packageDir);
    if (found.fromVcs)
        return { name: found.name, version: '', scheme: 'pep440', versionFiles: [], versionFromVcs: true };
    return {
        name: found.name,
        version: found.sources[0].version,
        scheme: 'pep440',
        versionFiles: [...new Set(found.sources.map((s) => s.path))],
    };
}
/**
 * Plans the edits that set every version file of the package to `next` (paths relative to `root`). Files are
 * read again now, so each edit's `before` is what applyEdits will check. Nothing is written. A VCS-versioned
 * package gets no edits.
 */
async function planPythonVersionEdits(root, packageDir, info, next) {
    if (info.versionFromVcs)
        return [];
    const found = await collectVersionSources(root, packageDir);
    const edits = [];
    for (const path of [...new Set(found.sources.map((s) => s.path))]) {
        if (!info.versionFiles.includes(path)) {
            throw new core_errors/* ReleaseError */.K2('VERSION_CONFLICT', `${path} holds the version but was not among the files read earlier (${info.versionFiles.join(', ')}).`, 'Re-run the stage on an unchanged working tree.');
        }
        const before = await readTextOrNull(resolveInside(root, path));
        if (before === null)
            throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${path} disappeared while the release was being prepared.`, 'Re-run the stage on an unchanged working tree.');
        let after = before;
        for (const s of found.sources.filter((x) => x.path === path))
            after = s.update(after, next);
        edits.push({ path, before, after });
    }
    return edits;
}
/** The Python ecosystem: pyproject.toml (PEP 621, Poetry, hatch, setuptools, pdm) and `__version__` files. */
const pythonAdapter = {
    ...pythonPipeline,
    name: 'python',
    detect: detectPython,
    readPackage: readPythonPackage,
    planVersionEdits: planPythonVersionEdits,
    docsReplacements: pythonDocsReplacements,
};

;// CONCATENATED MODULE: ./src/ecosystems/registry.ts



/**
 * Every known ecosystem by name, in detection order: python first (pyproject.toml, setup.py, setup.cfg), then
 * npm (package.json), so a directory with both is a Python package and one with only package.json is npm.
 */
const ECOSYSTEMS = {
    python: () => pythonAdapter,
    npm: () => npmAdapter,
};
/** The adapter called `name`; an unknown name throws UNKNOWN_ECOSYSTEM listing the known ones. */
function getAdapter(name) {
    const factory = Object.hasOwn(ECOSYSTEMS, name) ? ECOSYSTEMS[name] : undefined;
    if (!factory) {
        throw new core_errors/* ReleaseError */.K2('UNKNOWN_ECOSYSTEM', `Unknown ecosystem "${name}" (input "ecosystem").`, `Use "auto" or one of: ${Object.keys(ECOSYSTEMS).join(', ')}.`);
    }
    return factory();
}
/**
 * The adapter for the package in `dir`: the named one, or with `auto` the first whose detect() is true.
 * No match throws UNKNOWN_ECOSYSTEM naming the directory and the ecosystems tried.
 */
async function detectEcosystem(dir, requested) {
    if (requested !== 'auto')
        return getAdapter(requested);
    for (const name of Object.keys(ECOSYSTEMS)) {
        const adapter = ECOSYSTEMS[name]();
        if (await adapter.detect(dir))
            return adapter;
    }
    throw new core_errors/* ReleaseError */.K2('UNKNOWN_ECOSYSTEM', `No package found in ${dir} (tried: ${Object.keys(ECOSYSTEMS).join(', ')}).`, 'Point input "package-dir" at the package (the directory with pyproject.toml or package.json), or set input "ecosystem".');
}

;// CONCATENATED MODULE: ./src/ecosystems/pipeline.ts


/** The adapter for `dir` (or the named ecosystem) with its gate and publish members; refuses one without them. */
async function getFullAdapter(dir, requested) {
    const adapter = await detectEcosystem(dir, requested);
    const full = adapter;
    if (typeof full.build !== 'function' || typeof full.publish !== 'function') {
        throw new core_errors/* ReleaseError */.K2('UNKNOWN_ECOSYSTEM', `The ${adapter.name} adapter cannot build or publish yet.`, 'Use an ecosystem with a full adapter (python, npm).');
    }
    return adapter;
}

;// CONCATENATED MODULE: ./src/git/git.ts


/** github-actions[bot], the identity GitHub's own actions commit as. */
const BOT_IDENTITY = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
/**
 * The few git operations the stages need, over the real git binary in one working tree. Every call passes
 * an argument array (no shell); user-supplied refs are passed after validation or behind `--`.
 */
class Git {
    cwd;
    run;
    constructor(cwd, run = exec) {
        this.cwd = cwd;
        this.run = run;
    }
    /** Runs git with the given arguments; throws GIT_FAILED with git's message on a non-zero exit. */
    async git(args, options = {}) {
        try {
            return await this.run('git', args, {
                cwd: this.cwd,
                check: options.check ?? true,
                input: options.input,
                env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env },
            });
        }
        catch (err) {
            if (err instanceof CommandFailedError) {
                throw new core_errors/* ReleaseError */.K2('GIT_FAILED', `git ${args[0]} failed: ${err.result.stderr.trim() || err.result.stdout.trim()}`, 'See git\'s message; check the repository state and the remote.', { cause: err });
            }
            throw err;
        }
    }
    /** Trimmed stdout of a git command. */
    async out(args) {
        return (await this.git(args)).stdout.trim();
    }
    /** The repository's top-level directory. */
    async topLevel() {
        return this.out(['rev-parse', '--show-toplevel']);
    }
    /** Full SHA of a revision, or null when it does not resolve. */
    async revParse(rev) {
        const r = await this.git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { check: false });
        return r.code === 0 ? r.stdout.trim() : null;
    }
    /** SHA of HEAD. */
    async head() {
        return this.out(['rev-parse', 'HEAD']);
    }
    /** The current branch, or null on a detached HEAD. */
    async currentBranch() {
        const r = await this.git(['symbolic-ref', '--quiet', '--short', 'HEAD'], { check: false });
        return r.code === 0 ? r.stdout.trim() : null;
    }
    /** Paths with uncommitted changes (tracked or untracked, ignoring ignored files). */
    async dirtyPaths() {
        // Not trimmed: the first line's leading status column (" M") is part of the format.
        const r = (await this.git(['status', '--porcelain=v1', '--untracked-files=normal'])).stdout;
        return r.split('\n').filter((l) => l.length > 3).map((l) => l.slice(3));
    }
    /** The commit a tag points at (peeled), or null when the tag does not exist locally. */
    async tagCommit(tag) {
        const r = await this.git(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], { check: false });
        return r.code === 0 ? r.stdout.trim() : null;
    }
    /** The commit a tag points at on a remote (peeled), or null when absent there. */
    async remoteTagCommit(remote, tag) {
        const r = await this.git(['ls-remote', '--tags', remote, `refs/tags/${tag}`, `refs/tags/${tag}^{}`], { check: false });
        if (r.code !== 0)
            return null;
        const lines = r.stdout.trim().split('\n').filter(Boolean);
        const peeled = lines.find((l) => l.endsWith('^{}'));
        const plain = lines.find((l) => !l.endsWith('^{}'));
        return (peeled ?? plain)?.split('\t')[0] ?? null;
    }
    /** Tags reachable from `rev`, newest first by creation order of their commits. */
    async mergedTags(rev = 'HEAD') {
        const r = await this.out(['tag', '--merged', rev, '--sort=-creatordate']);
        return r ? r.split('\n') : [];
    }
    /** Whether `remote` is configured. */
    async hasRemote(remote) {
        const r = await this.git(['remote'], { check: false });
        return r.stdout.split('\n').includes(remote);
    }
    /** URL of a remote, or null. */
    async remoteUrl(remote) {
        const r = await this.git(['remote', 'get-url', remote], { check: false });
        return r.code === 0 ? r.stdout.trim() : null;
    }
    /** Stages the given paths and commits them with the identity; returns the new commit's SHA. */
    async commit(paths, message, identity = BOT_IDENTITY) {
        await this.git(['add', '--', ...paths]);
        await this.git(['commit', '--no-verify', '-m', message, '--', ...paths], { env: identityEnv(identity) });
        return this.head();
    }
    /** Creates an annotated tag on `sha` with `message`. */
    async tag(tag, sha, message, identity = BOT_IDENTITY) {
        await this.git(['tag', '--annotate', '--file=-', '--', tag, sha], { input: message, env: identityEnv(identity) });
    }
    /** Pushes refspecs to a remote (never forced). */
    async push(remote, refspecs) {
        await this.git(['push', '--porcelain', remote, ...refspecs]);
    }
    /** Fetches a branch from the remote; returns the remote branch's SHA or null. */
    async fetchBranch(remote, branch) {
        const r = await this.git(['fetch', '--quiet', remote, `refs/heads/${branch}`], { check: false });
        if (r.code !== 0)
            return null;
        return this.revParse('FETCH_HEAD');
    }
}
/** Environment variables that set author and committer. */
function identityEnv(identity) {
    return {
        GIT_AUTHOR_NAME: identity.name,
        GIT_AUTHOR_EMAIL: identity.email,
        GIT_COMMITTER_NAME: identity.name,
        GIT_COMMITTER_EMAIL: identity.email,
    };
}
/** Validates a ref name with git's own rules (`git check-ref-format`); throws BAD_INPUT naming the input. */
async function assertValidRefName(name, input, run = realExec) {
    const r = await run('git', ['check-ref-format', `refs/tags/${name}`], { check: false });
    if (r.code !== 0 || /[\s\n\r]/.test(name)) {
        throw new ReleaseError('BAD_INPUT', `Input "${input}" gives "${name}", which is not a valid git ref name.`, 'Use letters, digits, dots, dashes and slashes; no spaces, "..", "~", "^", ":" or control characters.');
    }
}

;// CONCATENATED MODULE: ./src/stages/announce.ts
/** The release announcement (markdown): what was released, where, how to install, and the notes. */
function renderAnnouncement(input) {
    const { context } = input;
    const name = context.package.name;
    const version = context.version?.next ?? '';
    const install = context.package.ecosystem === 'npm' ? `npm install ${name}@${version}` : `pip install ${name}==${version}`;
    const lines = [
        `# ${name} ${version}`,
        '',
        `Released ${new Date().toISOString().slice(0, 10)} to ${input.publishedTo.join(', ')}${input.degraded ? ' (**degraded**: the primary registry failed, a fallback served)' : ''}.${input.verified ? ' Verified by a clean install from the registry.' : ''}`,
        '',
        '```sh',
        install,
        '```',
        '',
    ];
    if (input.releaseUrl)
        lines.push(`Release page: ${input.releaseUrl}`, '');
    if (context.changelog?.section_markdown)
        lines.push('## What changed', '', context.changelog.section_markdown.replace(/^## .*\n+/, ''), '');
    return `${lines.join('\n').trimEnd()}\n`;
}

;// CONCATENATED MODULE: ./src/core/telemetry.ts

/** Escapes a Prometheus label value. */
function label(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
/**
 * The release's metrics in Prometheus text exposition format: total and per-stage durations, the gate
 * decision, publish attempts and verification time.
 */
function renderPrometheus(ctx, extra = {}) {
    const pkg = `package="${label(ctx.package.name)}",version="${label(ctx.version?.next ?? '')}"`;
    const byStage = new Map();
    for (const t of ctx.timeline)
        byStage.set(t.stage, (byStage.get(t.stage) ?? 0) + t.duration_ms / 1000);
    const total = [...byStage.values()].reduce((a, b) => a + b, 0);
    const lines = [
        '# HELP release_duration_seconds Time spent in all release stages so far.',
        '# TYPE release_duration_seconds gauge',
        `release_duration_seconds{${pkg}} ${total.toFixed(3)}`,
        '# HELP release_stage_duration_seconds Time spent in one release stage.',
        '# TYPE release_stage_duration_seconds gauge',
        ...[...byStage].map(([stage, s]) => `release_stage_duration_seconds{${pkg},stage="${label(stage)}"} ${s.toFixed(3)}`),
        '# HELP release_gate_approved 1 when the quality gate approved the release.',
        '# TYPE release_gate_approved gauge',
        `release_gate_approved{${pkg}} ${ctx.gate?.status === 'approved' ? 1 : 0}`,
        '# HELP release_publish_attempts_total Upload attempts made while publishing.',
        '# TYPE release_publish_attempts_total counter',
        `release_publish_attempts_total{${pkg}} ${ctx.publish?.attempts ?? 0}`,
        '# HELP release_verify_seconds Time until the registry served the release.',
        '# TYPE release_verify_seconds gauge',
        `release_verify_seconds{${pkg}} ${(ctx.publish?.verify_s ?? 0).toFixed(3)}`,
        '# HELP release_degraded 1 when the release went to a fallback registry.',
        '# TYPE release_degraded gauge',
        `release_degraded{${pkg}} ${ctx.publish?.degraded ? 1 : 0}`,
    ];
    if (extra.publishSeconds !== undefined) {
        lines.push('# HELP release_publish_stage_seconds Wall time of the publish stage.', '# TYPE release_publish_stage_seconds gauge', `release_publish_stage_seconds{${pkg}} ${extra.publishSeconds.toFixed(3)}`);
    }
    return `${lines.join('\n')}\n`;
}
/** A deterministic hex id of `bytes` bytes derived from text (trace and span ids). */
function hexId(text, bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, bytes * 2);
}
/** The timeline as an OTLP/HTTP JSON trace request: one trace per release, one span per step. */
function toOtlpJson(ctx) {
    const traceId = hexId(ctx.id, 16);
    const spans = ctx.timeline.map((t, i) => {
        const start = BigInt(Date.parse(t.started_at)) * 1000000n;
        const end = start + BigInt(Math.round(t.duration_ms)) * 1000000n;
        return {
            traceId,
            spanId: hexId(`${ctx.id}/${i}`, 8),
            name: `${t.stage}/${t.step}`,
            kind: 1,
            startTimeUnixNano: start.toString(),
            endTimeUnixNano: end.toString(),
            attributes: [
                { key: 'release.stage', value: { stringValue: t.stage } },
                { key: 'release.attempts', value: { intValue: String(t.attempts) } },
                ...(t.served_by ? [{ key: 'release.served_by', value: { stringValue: t.served_by } }] : []),
            ],
            status: { code: t.outcome === 'failure' ? 2 : 1 },
        };
    });
    return {
        resourceSpans: [
            {
                resource: { attributes: [{ key: 'service.name', value: { stringValue: 'release-relay' } }, { key: 'release.package', value: { stringValue: ctx.package.name } }, { key: 'release.version', value: { stringValue: ctx.version?.next ?? '' } }] },
                scopeSpans: [{ scope: { name: 'release-relay' }, spans }],
            },
        ],
    };
}
/** Sends the timeline to an OTLP/HTTP collector (`{endpoint}/v1/traces`, JSON encoding). */
async function exportOtlp(endpoint, ctx, fetchImpl = fetch) {
    const url = `${endpoint.replace(/\/$/, '')}/v1/traces`;
    const res = await fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(toOtlpJson(ctx)), signal: AbortSignal.timeout(10_000) });
    if (!res.ok)
        throw new Error(`OTLP collector answered ${res.status} ${res.statusText}`);
}

;// CONCATENATED MODULE: ./src/stages/publish-and-verify.ts
















/**
 * publish-and-verify: pre-flight (no side effects), publish the approved bytes (classified retries, optional
 * fallback), annotated tag, GitHub release (draft → assets → publish), verify from the registry, announce,
 * metrics. Every step is resumable: a re-run skips what is already done and never duplicates anything.
 */
async function publishAndVerify(options, deps = {}) {
    const run = deps.exec ?? exec;
    const logger = deps.logger ?? log/* silentLogger */.q;
    const context = structuredClone((0,core_context/* validateContext */.Cp)(options.context, 'publish-and-verify'));
    const sctx = { ...(0,combinators/* createStepContext */.YC)('publish-and-verify', logger, context.timeline), sleep: deps.sleep ? (ms) => deps.sleep(ms) : undefined };
    // deps.sleep reaches the adapter too: upload backoff, OIDC mint backoff and verify polling wait through it.
    const env = { exec: run, logger, tools: options.tools ?? {}, sleep: deps.sleep };
    const git = new Git((0,external_node_path_.resolve)(options.cwd ?? process.cwd()), run);
    const version = context.version?.next;
    const tag = context.version?.tag;
    const dryRun = options.dryRun ?? context.dry_run;
    const remote = options.remote ?? 'origin';
    const releaseSha = context.release_commit?.sha || context.repository.sha;
    const artifactDir = (0,external_node_path_.resolve)(options.artifactDir ?? context.gate?.artifact_dir ?? (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'release-relay', `release-${version}`));
    const started = Date.now();
    let info;
    let adapter;
    const pre = await (0,combinators/* instrumented */.RC)('pre-flight checks', async () => {
        if (context.gate?.status !== 'approved') {
            throw new core_errors/* ReleaseError */.K2('NOT_APPROVED', `The quality gate did not approve ${version} (status: ${context.gate?.status ?? 'missing'}; ${context.gate?.reasons.join('; ') || 'no reasons'}).`, 'Fix what the gate reported and run the gate again; publish only takes an approved context.');
        }
        if (!context.artifacts?.length)
            throw new core_errors/* ReleaseError */.K2('BAD_CONTEXT', 'The approved context lists no artifacts.', 'Run quality-gate: it builds the distributions and records their digests.');
        const root = await git.topLevel();
        adapter = await getFullAdapter(resolveInside(root, context.package.dir, 'package-dir'), context.package.ecosystem);
        info = { name: context.package.name, version, scheme: context.version?.scheme ?? 'pep440', versionFiles: context.package.version_files };
        // The approved bytes: every file present with the digest the gate recorded.
        const files = [];
        for (const a of context.artifacts ?? []) {
            const file = resolveInside(artifactDir, a.file, 'artifacts');
            const digest = await sha256File(file).catch(() => {
                throw new core_errors/* ReleaseError */.K2('DIGEST_MISMATCH', `Approved file ${a.file} is missing from ${artifactDir}.`, `Download the release-${version} artifact the gate uploaded into artifact-dir.`);
            });
            if (digest !== a.sha256) {
                throw new core_errors/* ReleaseError */.K2('DIGEST_MISMATCH', `${a.file} has sha256 ${digest}, but the gate approved ${a.sha256}.`, 'Publish only the artifact the gate built; re-run the gate if the files were rebuilt.');
            }
            files.push(file);
        }
        const registries = (options.registries?.length ? options.registries : [adapter.defaultRegistry ?? 'pypi']).map((r) => adapter.registry(r));
        // What the target registry already holds: same bytes → skip, other bytes → stop.
        // Read with the upload's retry policy: one 503 from the index must not stop the release before it starts.
        // A target that stays unreadable is left to the publish step when there are fallbacks to turn to.
        const readState = (0,combinators/* retry */.L5)(() => adapter.remoteState(env, { registry: registries[0], name: context.package.name, version, artifacts: context.artifacts ?? [] }), {
            attempts: options.uploadAttempts ?? 4,
            baseDelayMs: options.retryDelayMs ?? 2000,
            maxDelayMs: 60_000,
            jitter: 0.3,
        });
        let unreadable = false;
        const state = await readState(undefined, { ...sctx, attempts: { count: 0 } }).catch((err) => {
            if (registries.length < 2 || !(0,combinators/* isTransientError */.bV)(err))
                throw err;
            unreadable = true;
            logger.warning(`Could not read what ${registries[0].name} holds (${(0,core_errors/* describeError */.Uc)(err)}); the publish step will try it and then fall back.`);
            return {};
        });
        const different = Object.entries(state).filter(([, s]) => s === 'different').map(([f]) => f);
        if (different.length) {
            throw new core_errors/* ReleaseError */.K2('ALREADY_PUBLISHED_DIFFERENT', `${registries[0].name} already has ${different.join(', ')} for ${version} with different contents.`, 'A published version can never change: release a new version (e.g. a .post1 or the next patch).');
        }
        const alreadyPublished = Object.entries(state).filter(([, s]) => s === 'same').map(([f]) => f);
        // The tag: absent, or already on the release commit (a re-run).
        const local = await git.tagCommit(tag);
        const onRemote = (options.pushTag ?? true) && (await git.hasRemote(remote)) ? await git.remoteTagCommit(remote, tag) : null;
        for (const [where, sha] of [['locally', local], [`on ${remote}`, onRemote]]) {
            if (sha && sha !== releaseSha) {
                throw new core_errors/* ReleaseError */.K2('TAG_EXISTS', `Tag ${tag} exists ${where} on ${sha.slice(0, 7)}, not on the release commit ${releaseSha.slice(0, 7)}.`, 'Delete the stray tag if that release never happened, or release a new version.');
            }
        }
        const tagState = local || onRemote ? 'same' : 'absent';
        // Credentials, before anything is uploaded (not needed when everything is there already).
        const needUpload = alreadyPublished.length < (context.artifacts?.length ?? 0);
        const credentials = needUpload && !dryRun
            ? await adapter.credentials(env, { registry: registries[0], token: options.token, useOidc: options.useOidc ?? true }).catch((err) => {
                // An unreachable target (fallbacks follow): the publish step asks each registry for its own.
                if (unreadable && (0,combinators/* isTransientError */.bV)(err))
                    return null;
                throw err;
            })
            : null;
        const plan = [
            `publish ${files.length - alreadyPublished.length} file(s) of ${context.package.name} ${version} to ${registries[0].name}${registries.length > 1 ? ` (fallback: ${registries.slice(1).map((r) => r.name).join(', ')})` : ''}${alreadyPublished.length ? `; already there: ${alreadyPublished.join(', ')}` : ''}`,
            tagState === 'same' ? `tag ${tag} already on ${releaseSha.slice(0, 7)}` : `create annotated tag ${tag} on ${releaseSha.slice(0, 7)} and push it`,
            options.github ? `GitHub release ${tag} with ${files.length} asset(s)` : 'no GitHub release (no token/repository)',
            options.verify === false ? 'no verification' : `verify from ${registries[0].name} (up to ${Math.round((options.verifyTimeoutMs ?? 900_000) / 60000)} min)`,
        ];
        logger.info(`Plan:\n${plan.map((p) => `  - ${p}`).join('\n')}`);
        return { files, registries, alreadyPublished, tagState, credentials, plan };
    })(undefined, sctx);
    if (dryRun) {
        return { context, decision: `Dry run: would ${pre.plan.join('; ')}`, plan: pre.plan, publishedTo: [], degraded: false, verified: false, announcement: '' };
    }
    const a = adapter;
    const pkg = info;
    // 2. Publish (target first, fallbacks only when it fails for good).
    const published = await (0,combinators/* instrumented */.RC)('publish to registry', (0,combinators/* fallback */.Np)(pre.registries.map((registry, i) => ({
        name: registry.name,
        step: async () => {
            const credentials = i === 0 && pre.credentials ? pre.credentials : await a.credentials(env, { registry, token: options.token, useOidc: options.useOidc ?? true });
            const r = await a.publish(env, { registry, files: pre.files, artifacts: context.artifacts ?? [], name: context.package.name, version, credentials, attempts: options.uploadAttempts ?? 4, baseDelayMs: options.retryDelayMs });
            return { ...r, registry };
        },
    })), 
    // A real conflict (other bytes already there) must stop, not fall back.
    { shouldFallback: (err) => !(0,core_errors/* isReleaseError */.q8)(err, 'ALREADY_PUBLISHED_DIFFERENT') }))(undefined, sctx);
    const degraded = published.servedBy !== pre.registries[0].name;
    if (degraded)
        logger.warning(`Degraded release: ${pre.registries[0].name} failed (${(0,core_errors/* describeError */.Uc)(published.failures[0]?.error)}); published to ${published.servedBy} instead.`);
    context.publish = {
        registry: published.value.registry.indexUrl,
        published_to: [published.servedBy],
        fallback_used: degraded,
        degraded,
        skipped_existing: published.value.skipped,
        tag,
        tag_created: false,
        verified: false,
        attempts: published.value.attempts,
    };
    // 3. Tag, only now that the upload is done.
    await (0,combinators/* instrumented */.RC)('tag release commit', async () => {
        if (pre.tagState === 'same' && (await git.tagCommit(tag))) {
            if ((options.pushTag ?? true) && (await git.hasRemote(remote)) && !(await git.remoteTagCommit(remote, tag)))
                await git.push(remote, [`refs/tags/${tag}`]);
            return;
        }
        if (!(await git.tagCommit(tag)))
            await git.tag(tag, releaseSha, `${context.package.name} ${version}\n\n${context.changelog?.section_markdown ?? ''}`);
        if ((options.pushTag ?? true) && (await git.hasRemote(remote)))
            await git.push(remote, [`refs/tags/${tag}`]);
        context.publish.tag_created = true;
    })(undefined, sctx);
    // 4. GitHub release: draft, assets, publish (works with immutable releases).
    let releaseUrl;
    if (options.github) {
        const gh = options.github;
        releaseUrl = await (0,combinators/* instrumented */.RC)('GitHub release', async () => {
            const { ensureDraftRelease, uploadAssetIfMissing, publishRelease } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(425)]).then(__webpack_require__.bind(__webpack_require__, 3425));
            const scheme = getScheme(pkg.scheme);
            const prerelease = scheme.isPrerelease(version);
            const release = await ensureDraftRelease(gh.client, { owner: gh.owner, repo: gh.repo, tag, name: `${context.package.name} ${version}`, body: context.changelog?.section_markdown ?? '', prerelease, retryDelayMs: options.retryDelayMs });
            for (const file of pre.files) {
                const record = context.artifacts?.find((r) => file.endsWith(`/${r.file}`));
                await uploadAssetIfMissing(gh.client, { owner: gh.owner, repo: gh.repo, release, filePath: file, name: record?.file, contentType: 'application/octet-stream' });
            }
            const latest = await isHighestFinal(git, context, scheme);
            const published = await publishRelease(gh.client, { owner: gh.owner, repo: gh.repo, release, body: context.changelog?.section_markdown ?? '', makeLatest: latest ? 'true' : 'false', prerelease });
            return published.url;
        })(undefined, sctx);
        context.publish.release_url = releaseUrl;
    }
    // 5. Verify from the registry the release went to.
    let verified = false;
    if (options.verify !== false) {
        const v = await (0,combinators/* instrumented */.RC)('verify from registry', async () => a.verify(env, { registry: published.value.registry, info: pkg, version, artifacts: context.artifacts ?? [], timeoutMs: options.verifyTimeoutMs ?? 900_000, pollMs: options.verifyPollMs }))(undefined, sctx);
        verified = v.verified;
        Object.assign(context.publish, { verified, verify_s: v.propagationS });
        if (!verified) {
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', v.state === 'propagating' ? `${version} is published but ${published.servedBy} is still propagating it after ${Math.round(v.propagationS)} s.` : `${version} is not served by ${published.servedBy}.`, v.state === 'propagating' ? 'Wait and re-run publish-and-verify: everything done is skipped, only the check runs again.' : 'Check the upload log above; re-run to retry.');
        }
    }
    // 6. Announce.
    const announcement = renderAnnouncement({ context, releaseUrl, publishedTo: [published.servedBy], degraded, verified });
    await (0,combinators/* instrumented */.RC)('announce', async () => {
        if (options.notesDir) {
            const dir = (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), options.notesDir);
            await (0,promises_.mkdir)(dir, { recursive: true });
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, `${context.package.name}-${version}.md`), announcement);
        }
    })(undefined, sctx);
    context.publish.announcement = announcement;
    // 7. Metrics.
    const metricsFile = options.metricsFile ?? (0,external_node_path_.join)(artifactDir, 'metrics.prom');
    await (0,combinators/* instrumented */.RC)('metrics', async () => {
        await (0,promises_.mkdir)((0,external_node_path_.resolve)(metricsFile, '..'), { recursive: true });
        await (0,promises_.writeFile)(metricsFile, renderPrometheus(context, { publishSeconds: (Date.now() - started) / 1000 }));
    })(undefined, sctx);
    // After the metrics step has closed, so the trace holds every step of the timeline (that one included).
    if (options.otlpEndpoint)
        await exportOtlp(options.otlpEndpoint, context).catch((err) => logger.warning(`OTLP export failed: ${(0,core_errors/* describeError */.Uc)(err)}`));
    if (options.contextFile)
        await (0,core_context/* saveContext */.tn)(options.contextFile, context);
    const decision = `${degraded ? 'Degraded release' : 'Released'} ${context.package.name} ${version} to ${published.servedBy}${verified ? ', verified by a clean install' : ''}${releaseUrl ? `; release ${releaseUrl}` : ''}.`;
    return { context, decision, plan: pre.plan, releaseUrl, publishedTo: [published.servedBy], degraded, verified, announcement, metricsFile };
}
/** Whether this version is a final release at least as high as every released version with the same tag template. */
async function isHighestFinal(git, context, scheme) {
    const version = context.version?.next;
    if (scheme.isPrerelease(version))
        return false;
    const template = templateOf(context);
    const tags = (await git.out(['tag', '--list'])).split('\n').filter(Boolean);
    for (const t of tags) {
        const v = parseTag(template, t, context.package.name);
        if (v && scheme.isValid(v) && !scheme.isPrerelease(v) && scheme.compare(v, version) > 0)
            return false;
    }
    return true;
}
/** Recovers the tag template from the context's tag and version. */
function templateOf(context) {
    const tag = context.version?.tag;
    const version = context.version?.next;
    const i = tag.lastIndexOf(version);
    if (i < 0)
        return 'v{version}';
    const head = tag.slice(0, i).split(context.package.name).join('{name}');
    return `${head}{version}${tag.slice(i + version.length)}`;
}


/***/ })

};

//# sourceMappingURL=439.index.js.map