export const id = 430;
export const ids = [430];
export const modules = {

/***/ 2430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareRelease: () => (/* binding */ prepareRelease)
});

// UNUSED EXPORTS: DEFAULT_COMMIT_MESSAGE

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/log.ts
var log = __webpack_require__(4325);
;// CONCATENATED MODULE: ./src/core/combinators.ts


/** Creates a StepContext with an empty timeline. */
function createStepContext(stage, logger = log/* silentLogger */.qq, timeline = []) {
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
    return reason instanceof Error ? reason : new core_errors/* ReleaseError */.K2('TIMEOUT', 'The operation was aborted', 'Raise the timeout.');
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
    return err instanceof core_errors/* ReleaseError */.K2 && err.transient;
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
        const error = new ReleaseError('TIMEOUT', `${what} did not finish within ${Math.round(ms / 1000)} s`, `Raise the ${what} timeout, or find out why it hangs.`, { transient: true });
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

// EXTERNAL MODULE: ./src/core/context.ts
var core_context = __webpack_require__(8480);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/core/exec.ts



/**
 * The environment of a child process: this process's own (the one place below the entries that reads it,
 * to hand it on) with `env` merged over it (or instead of it with `replaceEnv`), `undefined` values removed
 * and `pathPrepend` put in front of PATH.
 */
function childEnv(options = {}) {
    const env = options.replaceEnv ? { ...options.env } : { ...process.env, ...options.env };
    if (options.pathPrepend?.length)
        env.PATH = [...options.pathPrepend, env.PATH ?? ''].join(external_node_path_.delimiter);
    for (const key of Object.keys(env))
        if (env[key] === undefined)
            delete env[key];
    return env;
}
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
        const child = (0,external_node_child_process_.spawn)(file, [...args], {
            cwd: options.cwd,
            env: childEnv(options),
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
    // Symlinks: what the path really is (its nearest existing part, resolved) must stay inside the real root.
    const realRoot = realOrSelf((0,external_node_path_.resolve)(root));
    const real = realOfNearest(full);
    const realRel = (0,external_node_path_.relative)(realRoot, real);
    if (realRel.startsWith('..') || (0,external_node_path_.isAbsolute)(realRel)) {
        throw new core_errors/* ReleaseError */.K2('PATH_ESCAPE', `Input "${input}" (${path}) is a symbolic link (or lies under one) that leads outside the repository, to ${real}.`, 'Keep the file inside the repository: commit its content instead of a symlink to it, and give a path inside the repository.');
    }
    return full;
}
function realOrSelf(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}
/** The real path of `path`, or of its nearest existing ancestor joined with the rest. */
function realOfNearest(path) {
    let head = path;
    const tail = [];
    for (;;) {
        try {
            return (0,external_node_path_.join)((0,external_node_fs_.realpathSync)(head), ...tail.reverse());
        }
        catch {
            const parent = (0,external_node_path_.dirname)(head);
            if (parent === head)
                return path;
            tail.push((0,external_node_path_.basename)(head));
            head = parent;
        }
    }
}
/**
 * Resolves a path the suite WRITES or deletes (reports, notes, metrics): relative to `base`, never through a
 * `..` segment, and inside one of `roots` (the workspace, the runner's temp directory). Throws PATH_ESCAPE.
 */
function resolveContained(base, path, input, roots) {
    if (path.split(/[\\/]+/).includes('..')) {
        throw new ReleaseError('PATH_ESCAPE', `Input "${input}" (${path}) goes through "..".`, `Give input \`${input}\` as a path inside the workspace or $RUNNER_TEMP, without "..".`);
    }
    const full = resolve(base, path);
    const inside = roots.some((root) => {
        const rel = relative(resolve(root), full);
        return !rel.startsWith('..') && !isAbsolute(rel);
    });
    if (!inside) {
        throw new ReleaseError('PATH_ESCAPE', `Input "${input}" (${path}) points outside the workspace and $RUNNER_TEMP.`, `Give input \`${input}\` as a path inside the workspace or $RUNNER_TEMP.`);
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
            throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${t.path} changed while the release was being prepared.`, 'Re-run the stage on a quiet working tree.');
        }
    }
    const done = [];
    try {
        for (const t of targets) {
            const tmp = `${t.full}.release-relay.tmp`;
            await (0,promises_.writeFile)(tmp, t.after);
            await (0,promises_.rename)(tmp, t.full);
            done.push(t);
        }
    }
    catch (err) {
        for (const t of done.reverse()) {
            if (t.before === null)
                await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23)).then((fs) => fs.rm(t.full, { force: true }));
            else
                await (0,promises_.writeFile)(t.full, t.before);
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

// EXTERNAL MODULE: ./src/git/tag-list.ts
var tag_list = __webpack_require__(489);
;// CONCATENATED MODULE: ./src/git/log-stream.ts



/**
 * Runs `git <args>` and hands its NUL-separated stdout to `onFields`, `fieldsPerRecord` fields at a time,
 * as the output arrives: nothing holds the whole output. Use with `log -z --format=` and `%x00` between
 * fields, so that every field (commit messages included, which cannot contain NUL) ends in a NUL.
 *
 * exec() in core/exec.ts collects all output into one string; a 100k-commit log is better parsed while it
 * streams, so this spawns git directly: an argument array, no shell, in its own process group, killed on
 * abort or when `onFields` throws. Throws GIT_FAILED with git's message on a non-zero exit.
 */
function streamGitFields(git, args, fieldsPerRecord, onFields, options = {}) {
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
            reject(new core_errors/* ReleaseError */.K2('TIMEOUT', `git ${args[0]} was not started: the operation was aborted`, 'Raise the timeout.'));
            return;
        }
        const child = (0,external_node_child_process_.spawn)('git', args, {
            cwd: git.cwd,
            env: childEnv({ env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }),
            detached: process.platform !== 'win32',
            stdio: ['ignore', 'pipe', 'pipe'],
            shell: false,
            windowsHide: true,
        });
        let failure = null;
        let stderr = '';
        let pending = '';
        let record = [];
        const kill = () => {
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
        };
        const onAbort = () => {
            failure ??= new core_errors/* ReleaseError */.K2('TIMEOUT', `git ${args[0]} was aborted`, 'Raise the timeout, or find out why git is slow here.', { transient: true });
            kill();
        };
        options.signal?.addEventListener('abort', onAbort, { once: true });
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            if (failure !== null)
                return;
            try {
                let start = 0;
                let nul = chunk.indexOf('\0');
                while (nul >= 0) {
                    const piece = chunk.slice(start, nul);
                    record.push(pending.length > 0 ? pending + piece : piece);
                    pending = '';
                    if (record.length === fieldsPerRecord) {
                        const done = record;
                        record = [];
                        onFields(done);
                        // An abort raised from inside onFields stops delivery at once, mid-chunk.
                        if (failure !== null)
                            return;
                    }
                    start = nul + 1;
                    nul = chunk.indexOf('\0', start);
                }
                if (start < chunk.length)
                    pending += chunk.slice(start);
            }
            catch (err) {
                failure = err;
                kill();
            }
        });
        child.stderr.on('data', (chunk) => {
            if (stderr.length < 64 * 1024)
                stderr += chunk;
        });
        child.on('error', (err) => {
            options.signal?.removeEventListener('abort', onAbort);
            reject(new core_errors/* ReleaseError */.K2('COMMAND_FAILED', `Could not start git: ${err.message}`, 'Install git or put it on PATH.', { cause: err }));
        });
        child.on('close', (code) => {
            options.signal?.removeEventListener('abort', onAbort);
            if (failure !== null) {
                reject(failure);
                return;
            }
            if (code !== 0) {
                reject(new core_errors/* ReleaseError */.K2('GIT_FAILED', `git ${args[0]} failed: ${stderr.trim() || `exit code ${code}`}`, "See git's message; check the revisions and the repository state."));
                return;
            }
            if (pending.length > 0 || record.length > 0) {
                reject(new core_errors/* ReleaseError */.K2('GIT_FAILED', `git ${args[0]} ended in the middle of a record.`, 'Run the command by hand to see what git printed.'));
                return;
            }
            resolve();
        });
    });
}

;// CONCATENATED MODULE: ./src/commits/read.ts


/** The `git log` pretty format matching RawCommit: NUL after every field (with -z, after the last too). */
const LOG_FORMAT = '--format=%H%x00%P%x00%an%x00%aI%x00%s%x00%b';
const LOG_FIELDS = 6;
/** Refuses a revision that git could read as an option. */
function checkRev(rev, input) {
    if (rev.length === 0 || rev.startsWith('-') || rev.includes('\0')) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${input} is "${rev}", which is not a revision.`, 'Give a tag, branch or commit SHA.');
    }
}
/** The argument array for `git log` over a range. */
function logArgs(range, options = {}) {
    const to = range.to ?? 'HEAD';
    checkRev(to, 'The end of the commit range');
    if (range.from !== null)
        checkRev(range.from, 'The start of the commit range');
    const args = ['-c', 'log.showSignature=false', 'log', '-z', LOG_FORMAT, '--no-color'];
    if (options.order === 'topo')
        args.push('--topo-order');
    args.push('--end-of-options', range.from !== null ? `${range.from}..${to}` : to, '--');
    if (options.paths && options.paths.length > 0)
        args.push(...options.paths);
    return args;
}
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
    const args = logArgs(range, options);
    try {
        await streamGitFields(git, args, LOG_FIELDS, (f) => onCommit(rawCommitFromFields(f)), { signal: options.signal });
    }
    catch (err) {
        // A repository without commits yet has an unborn HEAD: nothing to read rather than an error.
        if ((0,core_errors/* isReleaseError */.q8)(err, 'GIT_FAILED') && range.to === undefined && (await git.revParse('HEAD')) === null)
            return;
        throw err;
    }
}
/** The commits of a range, newest first (one streamed `git log`). */
async function readCommits(git, range, options) {
    const out = [];
    await streamCommits(git, range, (c) => out.push(c), options);
    return out;
}

// EXTERNAL MODULE: ./src/commits/conventional.ts
var conventional = __webpack_require__(4170);
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
    if (c.isMerge || c.isRevert || !c.raw.body.includes(': '))
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
            body: '',
            footers: {},
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
/** Every commit with its squashed Conventional Commits expanded (see expandSquashBody). */
function expandSquashBodies(commits) {
    return commits.flatMap(expandSquashBody);
}

// EXTERNAL MODULE: ./src/changelog/tags.ts
var changelog_tags = __webpack_require__(7701);
;// CONCATENATED MODULE: ./src/changelog/tag-style.ts

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
    for (const style of TAG_STYLES) {
        const spellings = style.includes('{name}') ? nameSpellings(name) : [name];
        for (const spelled of spellings) {
            const found = (0,changelog_tags/* releaseTags */.dt)(tags, { template: style, name: spelled, scheme });
            if (found.length === 0)
                continue;
            const highest = (0,changelog_tags/* lastRelease */.Ik)(found, scheme);
            // The style of the newest release wins (a project that moved from `1.0` to `v2.0.0` tags now uses `v`);
            // between styles whose newest release is the same version, the one with more tags.
            const order = best === null ? 1 : scheme.compare(highest.version, best.version);
            if (best === null || order > 0 || (order === 0 && found.length > best.count)) {
                const template = spelled === name ? style : style.split('{name}').join(spelled);
                best = { template, count: found.length, example: highest.tag, version: highest.version };
            }
        }
    }
    return best === null ? null : { template: best.template, count: best.count, example: best.example };
}
/** The template for one pushed tag (tag-triggered runs): the first style it fits, or the default. */
function templateOfTag(tag, name, scheme) {
    return inferTagTemplate([{ name: tag, sha: '', date: '' }], name, scheme)?.template ?? DEFAULT_TAG_TEMPLATE;
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
    return { template: changelog_tags/* DEFAULT_TAG_TEMPLATE */.y6, source: 'default', reason: 'no release tag yet: the default' };
}

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
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "since" is "${since}", which is neither a commit, a tag nor a YYYY-MM-DD date.`, 'Set since to the commit or tag after which the first release\'s changes start (e.g. the commit that started the package), or a date like 2024-01-01.');
    }
    return { sha };
}
/**
 * Reads the tags and the commits that decide the next release: the tag style (input, release-tool config,
 * the existing tags, or `v{version}`), the last release tag, the commits since it (squash bodies expanded),
 * and whether an earlier prepare for the file's version is still untagged (then it is re-opened: its release
 * commit is left out and the version prepared again, so a rejected gate burns no version).
 */
async function readReleaseHistory(git, o, logger) {
    const headExists = (await git.revParse('HEAD')) !== null;
    const tags = headExists ? await (0,tag_list/* listTags */.cB)(git, { merged: 'HEAD' }) : [];
    const tagStyle = chooseTagStyle(o.tagTemplate, o.configuredTag, tags, o.name, o.scheme);
    (0,changelog_tags/* checkTagTemplate */.hl)(tagStyle.template);
    const found = (0,changelog_tags/* lastRelease */.Ik)((0,changelog_tags/* releaseTags */.dt)(tags, { template: tagStyle.template, name: o.name, scheme: o.scheme }), o.scheme);
    const last = found === null ? null : { tag: found.tag, version: found.version, sha: found.sha, date: found.date };
    let raw;
    let start;
    if (last) {
        raw = await readCommits(git, { from: last.sha }, { paths: o.paths });
        start = `tag ${last.tag}`;
        if (o.since)
            logger?.info(`Input "since" (${o.since}) is not used: the last release is ${last.tag}.`);
    }
    else if (o.since) {
        const s = await resolveSince(git, o.since);
        if ('sha' in s) {
            raw = await readCommits(git, { from: s.sha }, { paths: o.paths });
            start = `since ${o.since}`;
        }
        else {
            raw = (await readCommits(git, { from: null }, { paths: o.paths })).filter((c) => c.date.slice(0, 10) >= s.date);
            start = `since ${s.date}`;
        }
    }
    else {
        raw = await readCommits(git, { from: null }, { paths: o.paths });
        start = 'the first commit';
    }
    let reopened = null;
    // The open version: the file's, or (VCS-derived versions) the one the newest release commit names.
    const openVersion = o.fileVersion ?? raw.map((c) => versionInReleaseSubject(o.commitMessage, c.subject.trim(), tagStyle.template, o.name, o.scheme)).find((v) => v !== null) ?? null;
    if (openVersion !== null) {
        const subject = releaseSubject(o.commitMessage, openVersion, (0,changelog_tags/* formatTag */._3)(tagStyle.template, { version: openVersion, name: o.name }));
        const prepared = raw.filter((c) => c.subject.trim() === subject);
        if (prepared.length > 0 && (last === null || o.scheme.compare(openVersion, last.version) > 0)) {
            // Newest and oldest: a release re-opened before has several release commits for the same version.
            reopened = { version: openVersion, sha: prepared[0].sha, firstSha: prepared[prepared.length - 1].sha };
            raw = raw.filter((c) => c.subject.trim() !== subject);
        }
    }
    let commits = raw.map(conventional/* parseCommit */.L5);
    if (o.parseSquashBodies ?? true)
        commits = expandSquashBodies(commits);
    return { tagStyle, last, commits, reopened, start };
}

;// CONCATENATED MODULE: ./src/changelog/towncrier.ts

const HINT = 'Install towncrier in a step before prepare-release (`pip install towncrier`), or set changelog-file to have release-relay write the changelog from commits instead.';
async function towncrier(run, t, extra) {
    const args = ['build', '--name', t.name, '--version', t.version, '--date', t.date, ...extra];
    try {
        return (await run(t.command ?? 'towncrier', args, { cwd: t.cwd, timeoutMs: 120_000 })).stdout;
    }
    catch (err) {
        if ((0,core_errors/* isReleaseError */.q8)(err, 'COMMAND_FAILED') && /Could not start/.test(err.message)) {
            throw new core_errors/* ReleaseError */.K2('BAD_CHANGELOG', `This project builds its changelog with towncrier (${t.from}), and towncrier is not installed here.`, HINT, { cause: err });
        }
        throw new core_errors/* ReleaseError */.K2('BAD_CHANGELOG', `towncrier build failed: ${err instanceof Error ? err.message : String(err)}`, `Run \`towncrier build --draft --version ${t.version}\` locally to see why; fix the news fragments or the ${t.from} configuration.`, { cause: err });
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
        const full = resolveInside(root, file, 'docs-files');
        const before = await readTextOrNull(full);
        if (before === null) {
            throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Docs file ${file} (input "docs-files") does not exist.`, 'List existing files, relative to the repository root, in input "docs-files".', { location: { file } });
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

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
// EXTERNAL MODULE: ./src/versioning/bump.ts
var bump = __webpack_require__(4402);
;// CONCATENATED MODULE: ./src/versioning/errors.ts


/** BAD_VERSION for `v` (from `input`, the input or file it came from) that is not a valid `scheme` version. */
function badVersion(v, input, scheme, fix) {
    const where = input ? ` (from ${input})` : '';
    return new core_errors/* ReleaseError */.K2('BAD_VERSION', `"${v}"${where} is not a valid ${scheme} version.`, fix);
}
/** BAD_INPUT for `release` on a version that is not a pre-release. */
function notPrerelease(v) {
    return new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "bump" is "release", but ${v} is not a pre-release.`, 'Use "release" only to promote a pre-release (1.3.0rc2 → 1.3.0); use patch, minor or major for a final version.');
}
/** BAD_INPUT for a bump kind that is not one of BUMP_KINDS. */
function unknownKind(kind) {
    return new core_errors/* ReleaseError */.K2('BAD_INPUT', `Unknown bump kind "${kind}".`, `Use one of: ${bump/* BUMP_KINDS */.Zu.join(', ')}.`);
}

;// CONCATENATED MODULE: ./src/versioning/pep440.ts



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
/** PEP 440, normalized as pip and PyPI write it; pre-release series numbered from 1. */
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

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/versioning/semver.ts



/** One leading v/V and surrounding whitespace removed. */
function stripV(v) {
    const t = v.trim();
    return t.length > 1 && (t[0] === 'v' || t[0] === 'V') && t[1] >= '0' && t[1] <= '9' ? t.slice(1) : t;
}
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
/** Strict SemVer 2.0.0, as npm writes versions; bumps as `npm version` does. */
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

;// CONCATENATED MODULE: ./src/versioning/scheme.ts



/** The version scheme with this name; throws BAD_INPUT naming the known names for anything else. */
function getScheme(name) {
    const scheme = SCHEMES[name];
    if (!scheme) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Unknown version scheme "${String(name)}".`, `Use one of: ${Object.keys(SCHEMES).join(', ')}.`);
    }
    return scheme;
}
const SCHEMES = { semver: SEMVER, pep440: PEP440 };

;// CONCATENATED MODULE: ./src/ecosystems/python/names.ts

/** A valid distribution name (PEP 508): letters, digits, `.`, `_`, `-`, starting and ending alphanumeric. */
const PEP508_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
/**
 * Refuses a project name that is not a PEP 508 name (newlines, workflow commands, shell metacharacters never
 * reach a log line, a commit, a tag or a command line). `file` names where it was read.
 */
function assertValidPythonName(name, file) {
    if (!PEP508_NAME.test(name)) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${file} names the project ${JSON.stringify(name)}, which is not a valid distribution name.`, 'Use a PEP 508 name: letters, digits, ".", "_" and "-", starting and ending with a letter or digit (e.g. `name = "my-package"`).', { location: { file } });
    }
}
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
    // Every spelling PEP 503 treats as this project: any case, and `-`, `_` or `.` between the parts
    // (matched case-insensitively, so `Relay_Example` keeps its spelling and only the version changes).
    const normalized = normalizeName(name);
    const names = [...new Set([normalized, normalized.replace(/-/g, '_'), normalized.replace(/-/g, '.')])];
    const pairs = [];
    for (const n of names) {
        pairs.push({ from: `pip install "${n}==${previous}"`, to: `pip install "${n}==${next}"`, ignoreCase: true });
        pairs.push({ from: `pip install '${n}==${previous}'`, to: `pip install '${n}==${next}'`, ignoreCase: true });
        pairs.push({ from: `pip install ${n}==${previous}`, to: `pip install ${n}==${next}`, ignoreCase: true });
        pairs.push({ from: `${n}==${previous}`, to: `${n}==${next}`, ignoreCase: true });
    }
    const prev = shieldsEscape(previous);
    const nxt = shieldsEscape(next);
    for (const label of ['version', 'pypi']) {
        pairs.push({ from: `${label}-v${prev}-`, to: `${label}-v${nxt}-` });
        pairs.push({ from: `${label}-${prev}-`, to: `${label}-${nxt}-` });
    }
    return pairs;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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

;// CONCATENATED MODULE: ./src/ecosystems/example-runner.ts



/**
 * The last two steps of every install check, against the installed package: each README example in its
 * own script and process, then the smoke command as a user would type it. The first failure is the result.
 */
async function runExamplesAndSmoke(o) {
    const { runtime } = o;
    let examplesRun = 0;
    if (o.examples) {
        for (const example of o.examples) {
            const { path, argv } = o.script(example);
            await (0,promises_.writeFile)(path, example.code);
            const where = `${example.file}:${example.line}`;
            const r = await o.run(argv[0], argv.slice(1));
            if (r === 'timeout') {
                return { ok: false, runtime, examplesRun, reason: `The README example at ${where} did not finish in time.`, failedExample: { file: example.file, line: example.line, error: 'timed out' } };
            }
            if (r.code !== 0) {
                const error = o.errorLine?.(r) || lastLine(r.stderr) || lastLine(r.stdout) || `exit code ${r.code}`;
                return { ok: false, runtime, examplesRun, reason: `The README example at ${where} failed: ${error}`, logExcerpt: excerpt(`${r.stdout}${r.stderr}`), failedExample: { file: example.file, line: example.line, error } };
            }
            examplesRun++;
        }
        o.logger.info(`${examplesRun} README example(s) ran OK`);
    }
    if (o.smokeCommand?.length) {
        const [file, ...args] = o.smokeCommand;
        // spawn looks the program up on the child's PATH, which starts with the clean environment's bin.
        let r;
        try {
            r = await o.run(file, args);
        }
        catch (err) {
            if ((0,core_errors/* isReleaseError */.q8)(err, 'COMMAND_FAILED') && /Could not start/.test(err.message))
                return { ok: false, runtime, examplesRun, reason: `The smoke command ${file} was not found ${o.smokeLookup}.` };
            throw err;
        }
        if (r === 'timeout')
            return { ok: false, runtime, examplesRun, reason: `The smoke command (${o.smokeCommand.join(' ')}) did not finish in time.` };
        if (r.code !== 0)
            return { ok: false, runtime, examplesRun, reason: `The smoke command (${o.smokeCommand.join(' ')}) exited with ${r.code}.`, logExcerpt: excerpt(`${r.stdout}${r.stderr}`) };
    }
    return { ok: true, runtime, examplesRun };
}

;// CONCATENATED MODULE: ./src/ecosystems/readme-examples.ts
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

;// CONCATENATED MODULE: ./src/ecosystems/npm/module-shape.ts
/**
 * How a user loads an installed package, read from its package.json the way Node resolves it: `import` for an
 * ES module package, `require` for a CommonJS one, both for a dual package (an exports map with `import` and
 * `require` conditions), nothing for a package without a root entry point (a bin-only tool, or an exports map
 * with subpaths only). Also the names of its `bin` commands.
 */
/** The target of the root subpath `.` of an exports field, or undefined when there is none. */
function rootExport(exportsField) {
    if (typeof exportsField === 'string' || Array.isArray(exportsField))
        return exportsField;
    if (!exportsField || typeof exportsField !== 'object')
        return undefined;
    const keys = Object.keys(exportsField);
    // An object of conditions (no subpaths) is the root export itself.
    if (keys.length && keys.every((k) => !k.startsWith('.')))
        return exportsField;
    return exportsField['.'];
}
/** Resolves an exports target for a set of conditions as Node does: keys in order, `default` always matches. */
function resolveExportTarget(target, conditions) {
    if (typeof target === 'string')
        return target;
    if (Array.isArray(target))
        return target.map((t) => resolveExportTarget(t, conditions)).find((t) => t !== undefined);
    if (target && typeof target === 'object') {
        for (const [key, value] of Object.entries(target)) {
            if (key === 'default' || conditions.has(key)) {
                const found = resolveExportTarget(value, conditions);
                if (found !== undefined)
                    return found;
            }
        }
    }
    return undefined;
}
/** Module kind of a file path by its extension, with `type` deciding `.js`. */
function kindOfFile(path, typeModule) {
    if (path.endsWith('.mjs'))
        return 'esm';
    if (path.endsWith('.cjs'))
        return 'cjs';
    return typeModule ? 'esm' : 'cjs';
}
const IMPORT = new Set(['node', 'import']);
const REQUIRE = new Set(['node', 'require']);
/** How the package's root entry point is loaded; `null` when it has none (a bin-only package). */
function moduleShape(manifest, hasIndexJs = false) {
    const typeModule = manifest.type === 'module';
    const typeNote = typeModule ? ', type: module' : '';
    if (manifest.exports !== undefined) {
        const root = rootExport(manifest.exports);
        if (root === undefined || root === null)
            return null;
        const forImport = resolveExportTarget(root, IMPORT);
        const forRequire = resolveExportTarget(root, REQUIRE);
        // Two different files, the require one CommonJS: a dual package, and users load it both ways.
        if (forImport && forRequire && forImport !== forRequire && kindOfFile(forRequire, typeModule) === 'cjs') {
            return { import: true, require: true, description: 'dual (exports resolve import and require to different files)' };
        }
        const only = forImport ?? forRequire;
        if (!only)
            return null;
        if (!forImport)
            return { import: false, require: true, description: 'CommonJS (exports with a require condition only)' };
        return kindOfFile(only, typeModule) === 'esm' ? { import: true, require: false, description: `ESM (exports${typeNote})` } : { import: false, require: true, description: `CommonJS (exports${typeNote})` };
    }
    const main = typeof manifest.main === 'string' ? manifest.main : hasIndexJs ? 'index.js' : undefined;
    if (!main)
        return null;
    return kindOfFile(main, typeModule) === 'esm' ? { import: true, require: false, description: `ESM (main${typeNote})` } : { import: false, require: true, description: 'CommonJS (main)' };
}
/** The commands a package installs: `bin` as a string is named after the package (without its scope). */
function binNames(manifest) {
    const bin = manifest.bin;
    if (typeof bin === 'string' && typeof manifest.name === 'string')
        return [manifest.name.replace(/^@[^/]+\//, '')];
    if (bin && typeof bin === 'object')
        return Object.keys(bin);
    return [];
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
 * The probe run inside the scratch project: loads the package the way a user would, once per way given
 * (`import`, `require`), and prints the ways that worked. Exit 3: one failed (its error on stderr).
 */
const PROBE = `import { createRequire } from 'node:module';
const [name, ...ways] = process.argv.slice(2);
for (const way of ways) {
  try {
    if (way === 'import') await import(name);
    else createRequire(process.cwd() + '/')(name);
  } catch (error) {
    console.error(way + ' failed: ' + (error && error.stack ? error.stack : String(error)));
    process.exit(3);
  }
}
console.log(JSON.stringify({ loaded: ways }));
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
async function hasIndexJs(project, name) {
    return pathExists((0,external_node_path_.join)(project, 'node_modules', ...name.split('/'), 'index.js'));
}
/**
 * Loads the installed package in `project` as a user would (`import` for ESM, `require` for CommonJS, both for
 * a dual package; see moduleShape) and checks its version. Returns null when all is well, else the reason (and
 * log). A package without a root entry point (bin only, subpath exports only) is not loaded.
 */
async function probeInstalled(opts) {
    const manifest = await installedManifest(opts.project, opts.name);
    if (!manifest)
        return { reason: `${opts.name} is not in node_modules after npm install (is "name" in the tarball's package.json ${opts.name}?).` };
    if (manifest.version !== opts.version)
        return { reason: `The installed ${opts.name} is version ${String(manifest.version)}, but the release is ${opts.version}.` };
    const shape = moduleShape(manifest, await hasIndexJs(opts.project, opts.name));
    if (!shape)
        return null;
    const ways = [...(shape.import ? ['import'] : []), ...(shape.require ? ['require'] : [])];
    const probe = (0,external_node_path_.join)(opts.project, 'release-relay-probe.mjs');
    await (0,promises_.writeFile)(probe, PROBE);
    const r = await opts.exec(opts.node, [probe, opts.name, ...ways], { cwd: opts.project, check: false, signal: opts.signal, timeoutMs: opts.timeoutMs });
    if (r.code !== 0) {
        const way = /^(import|require) failed/m.exec(r.stderr)?.[1] ?? ways[0];
        const call = way === 'import' ? `import('${opts.name}')` : `require('${opts.name}')`;
        const error = r.stderr.split('\n').find((l) => /Error/.test(l))?.replace(/^(import|require) failed: /, '').trim() ?? lastLine(r.stderr);
        const fix = way === 'require' && shape.import ? ' Its exports map promises require: point the "require" condition at a CommonJS file that is in the tarball, or drop the condition.' : ' Check "exports" / "main" and that "files" (or .npmignore) keeps the files they point at.';
        return { reason: `The installed package cannot be loaded the way a user loads this ${shape.description} package: ${call} failed (${error}).${fix}`, log: excerpt(r.stderr || r.stdout) };
    }
    opts.logger?.info(`${opts.name} loads with ${ways.join(' and ')} (${shape.description})`);
    return null;
}
/** Exit codes and output that mean a command is broken rather than merely unhappy with `--help`. */
const CRASH = /^\s*(\w*Error\b|Error:)|\bERR_[A-Z_]+\b|Cannot find (module|package)|command not found|Permission denied|No such file or directory/m;
/**
 * Runs each installed `bin` command with `--help` from the scratch project. A command that exits 0 passes; one
 * that exits otherwise passes too unless it crashed (a Node error, a missing module, not executable: 126/127),
 * since not every CLI knows --help. Returns null, or the reason and log of the first broken one.
 */
async function checkBins(opts) {
    const manifest = await installedManifest(opts.project, opts.name);
    for (const bin of manifest ? binNames(manifest) : []) {
        const file = (0,external_node_path_.join)(opts.project, 'node_modules', '.bin', bin);
        if (!(await pathExists(file)))
            return { reason: `The bin "${bin}" of ${opts.name} was not linked into node_modules/.bin: check that "bin" in package.json points at a file the tarball holds ("files", .npmignore).` };
        const r = await timeoutAsValue(opts.signal, () => opts.exec(file, ['--help'], { cwd: opts.project, env: opts.env, signal: opts.signal, timeoutMs: opts.timeoutMs, check: false, input: '' }));
        if (r === 'timeout')
            return { reason: `The bin "${bin}" did not finish "${bin} --help" in time (does it wait for input?). Make --help print usage and exit, or set smoke-command to a command that exercises it and exits.` };
        const out = `${r.stdout}${r.stderr}`;
        if (r.code !== 0 && (r.code === 126 || r.code === 127 || CRASH.test(r.stderr))) {
            return { reason: `The bin "${bin}" crashed on "${bin} --help" (exit ${r.code}): ${r.stderr.split('\n').find((l) => CRASH.test(l))?.trim() ?? lastLine(r.stderr)}. Fix the command (its shebang, its file, its dependencies) so it starts from an installed copy.`, log: excerpt(out) };
        }
        opts.logger?.info(`${bin} --help: exit ${r.code}${r.code === 0 ? '' : ' (no crash: accepted; not every CLI knows --help)'}`);
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
    const env = { NODE_PATH: undefined };
    const pathPrepend = [(0,external_node_path_.join)(project, 'node_modules', '.bin')];
    const run = (file, args, timeoutMs) => opts.exec(file, args, { cwd: project, env, pathPrepend, signal: opts.signal, timeoutMs, check: false });
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
    const probe = await guardValue(opts.signal, () => probeInstalled({ project, name: opts.name, version: opts.expectedVersion, node, exec: opts.exec, signal: opts.signal, timeoutMs: stepMs, logger: opts.logger }));
    if (probe === 'timeout')
        return { ok: false, runtime, examplesRun: 0, reason: `Loading ${opts.name} did not finish in time.` };
    if (probe)
        return { ok: false, runtime, examplesRun: 0, reason: probe.reason, logExcerpt: probe.log };
    opts.logger.info(`${opts.name} ${opts.expectedVersion} installs and loads`);
    // 2b. Its bin commands start from the installed copy.
    const bins = await guardValue(opts.signal, () => checkBins({ project, name: opts.name, exec: opts.exec, env, signal: opts.signal, timeoutMs: stepMs, logger: opts.logger }));
    if (bins === 'timeout')
        return { ok: false, runtime, examplesRun: 0, reason: `Running the bin commands of ${opts.name} did not finish in time.` };
    if (bins)
        return { ok: false, runtime, examplesRun: 0, reason: bins.reason, logExcerpt: bins.log };
    // 3. README examples, each in its own file and process, inside the scratch project; 4. the smoke command.
    let examples;
    if (opts.readmeFile) {
        const markdown = await (0,promises_.readFile)(opts.readmeFile, 'utf8').catch(() => null);
        examples = markdown === null ? [] : extractExamples(markdown, opts.readmeFile, { tags: opts.exampleTags ?? NPM_EXAMPLE_TAGS });
    }
    return runExamplesAndSmoke({
        examples,
        script: (example) => {
            const commonJs = example.lang.toLowerCase() === 'cjs' || (/\brequire\(/.test(example.code) && !/^\s*(import|export)\s/m.test(example.code));
            const path = (0,external_node_path_.join)(project, `example-line-${example.line}.${commonJs ? 'cjs' : 'mjs'}`);
            return { path, argv: [node, path] };
        },
        errorLine: (r) => r.stderr.split('\n').find((l) => /^\w*Error\b|Error:/.test(l.trim()))?.trim() || lastLine(r.stderr) || `exit code ${r.code}`,
        smokeCommand: opts.smokeCommand,
        smokeLookup: 'in node_modules/.bin or on PATH',
        run: (file, args) => guard(opts.signal, () => run(file, args, stepMs)),
        runtime,
        logger: opts.logger,
    });
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

;// CONCATENATED MODULE: ./src/ecosystems/npm/package-manager.ts
/**
 * Which package manager a JavaScript package uses (npm, pnpm, yarn 1, yarn ≥ 2), read the way corepack and the
 * managers themselves read it: the `packageManager` field of the nearest package.json that has one, else the
 * lockfile found nearest the package (its own directory, then up to the repository root, for workspaces).
 * The commands a release needs (install, run a script, pack) follow that manager's rules.
 */




/** Lockfiles in the order they are looked for in one directory. */
const LOCKFILES = [
    { file: 'pnpm-lock.yaml', name: 'pnpm' },
    { file: 'yarn.lock', name: 'yarn' },
    { file: 'npm-shrinkwrap.json', name: 'npm' },
    { file: 'package-lock.json', name: 'npm' },
];
async function packageManagerField(dir) {
    try {
        const manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'package.json'), 'utf8'));
        return typeof manifest.packageManager === 'string' ? manifest.packageManager : undefined;
    }
    catch {
        return undefined;
    }
}
/** Parses `pnpm@9.1.0+sha512.…` into name and version; an unknown manager throws BAD_INPUT naming the field. */
function parsePackageManagerField(value, where) {
    const m = /^(npm|pnpm|yarn|bun)(?:@([^+\s]+))?/.exec(value.trim());
    if (!m || m[1] === 'bun') {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${where} names the package manager "${value}", which release-relay does not drive.`, 'Use npm, pnpm or yarn in "packageManager" (e.g. "pnpm@9.15.9"), or remove the field to fall back to the lockfile.', { location: { file: where } });
    }
    return { name: m[1], version: m[2] };
}
/** Directories from `packageDir` up to `root`, both included (packageDir first). */
function upTo(root, packageDir) {
    const top = (0,external_node_path_.resolve)(root);
    const dirs = [];
    for (let dir = (0,external_node_path_.resolve)(packageDir);; dir = (0,external_node_path_.dirname)(dir)) {
        dirs.push(dir);
        if (dir === top || (0,external_node_path_.dirname)(dir) === dir || (0,external_node_path_.relative)(top, dir).startsWith('..'))
            break;
    }
    return dirs;
}
/**
 * Detects the package manager of the package in `packageDir` (a directory inside `root`). The nearest
 * `packageManager` field wins; otherwise the nearest lockfile; otherwise npm. Yarn ≥ 2 is told from the field's
 * version or a `.yarnrc.yml` beside the yarn.lock.
 */
async function detectPackageManager(root, packageDir) {
    const dirs = upTo(root, packageDir);
    let field;
    for (const dir of dirs) {
        const value = await packageManagerField(dir);
        if (value) {
            field = { ...parsePackageManagerField(value, (0,external_node_path_.relative)(root, (0,external_node_path_.join)(dir, 'package.json')) || 'package.json'), dir };
            break;
        }
    }
    let lock;
    for (const dir of dirs) {
        for (const l of LOCKFILES) {
            if (!field || field.name === l.name) {
                if (await pathExists((0,external_node_path_.join)(dir, l.file))) {
                    lock = { file: (0,external_node_path_.join)(dir, l.file), name: l.name };
                    break;
                }
            }
        }
        if (lock)
            break;
    }
    const name = field?.name ?? lock?.name ?? 'npm';
    const berry = name === 'yarn' && (field?.version ? !field.version.startsWith('1.') : lock ? await pathExists((0,external_node_path_.join)((0,external_node_path_.dirname)(lock.file), '.yarnrc.yml')) : false);
    return {
        name,
        version: field?.version,
        berry,
        lockfile: lock?.name === name ? lock.file : undefined,
        source: field ? `packageManager field in ${(0,external_node_path_.relative)(root, (0,external_node_path_.join)(field.dir, 'package.json')) || 'package.json'}` : lock ? (0,external_node_path_.relative)(root, lock.file) || lock.file : 'default (no lockfile, no packageManager field)',
    };
}
/**
 * The install command a CI setup step runs: a frozen install with a lockfile (`npm ci`, `pnpm install
 * --frozen-lockfile`, `yarn install --frozen-lockfile` / `--immutable`), a plain install without one.
 */
function installCommand(pm) {
    if (pm.name === 'npm')
        return pm.lockfile ? ['npm', 'ci'] : ['npm', 'install'];
    if (pm.name === 'pnpm')
        return pm.lockfile ? ['pnpm', 'install', '--frozen-lockfile'] : ['pnpm', 'install'];
    if (pm.berry)
        return pm.lockfile ? ['yarn', 'install', '--immutable'] : ['yarn', 'install'];
    return pm.lockfile ? ['yarn', 'install', '--frozen-lockfile'] : ['yarn', 'install'];
}
/** Runs a package.json script with the package's own manager (`npm run test`, `pnpm run test`, `yarn run test`). */
function runScriptCommand(pm, script) {
    return [pm.name, 'run', script];
}
/** The hint for a manager binary that is not on PATH. */
function missingManagerHint(pm) {
    if (pm.name === 'npm')
        return 'Install Node.js and npm on the runner (actions/setup-node).';
    const spec = `${pm.name}${pm.version ? `@${pm.version}` : pm.name === 'yarn' && !pm.berry ? '@1' : ''}`;
    return `The package uses ${pm.name} (${pm.source}): put it on PATH before the gate (npm install -g ${spec}, or corepack enable), or set the "${pm.name}" tool override.`;
}
/** Which of `names` resolve from `packageDir` the way Node finds them (node_modules here or in any parent). */
async function installedPackages(packageDir, names) {
    const found = new Set();
    for (const name of names) {
        for (let dir = (0,external_node_path_.resolve)(packageDir);; dir = (0,external_node_path_.dirname)(dir)) {
            if (await pathExists((0,external_node_path_.join)(dir, 'node_modules', ...name.split('/'), 'package.json'))) {
                found.add(name);
                break;
            }
            if ((0,external_node_path_.dirname)(dir) === dir)
                break;
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/install-dependencies.ts
/**
 * Installs a package's dependencies before the gate runs its tests, with the package's own manager and
 * lockfile: a frozen install when there is a lockfile (`npm ci`, `pnpm install --frozen-lockfile`, `yarn
 * install --frozen-lockfile` / `--immutable`), a plain install without one (`npm install`: `npm ci` refuses a
 * project without package-lock.json). A workspace installs at the directory that holds its lockfile.
 */




/** Runs the install for the package in `packageDir` (inside `root`); a failure throws SETUP_FAILED with npm's error and the fix. */
async function installNpmDependencies(env, opts) {
    const pm = await detectPackageManager(opts.root, opts.packageDir);
    const command = installCommand(pm);
    const cwd = pm.lockfile ? (0,external_node_path_.dirname)(pm.lockfile) : opts.packageDir;
    const bin = env.tools[pm.name] ?? pm.name;
    env.logger.info(`${command.join(' ')} in ${cwd} (${pm.name} from ${pm.source})`);
    const r = await env.exec(bin, [...command.slice(1), ...(pm.name === 'npm' ? ['--no-audit', '--no-fund'] : [])], { cwd, check: false, signal: env.signal, timeoutMs: opts.timeoutMs ?? 20 * 60_000 }).catch((err) => {
        if (err instanceof core_errors/* ReleaseError */.K2 && /Could not start/.test(err.message))
            throw new core_errors/* ReleaseError */.K2('COMMAND_FAILED', `${pm.name} is not installed, but the package uses it (${pm.source}).`, missingManagerHint(pm), { cause: err });
        throw err;
    });
    if (r.code !== 0) {
        const frozen = pm.lockfile ? ` The lockfile ${pm.lockfile} may be out of date: run ${pm.name} install locally and commit it.` : '';
        throw new core_errors/* ReleaseError */.K2('COMMAND_FAILED', `${command.join(' ')} failed in ${cwd}:\n${excerpt(r.stderr || r.stdout)}`, `Fix what ${pm.name} reports.${frozen} Or set install-dependencies: false and install them in a step of your own before the gate.`);
    }
    return { packageManager: pm, command, cwd };
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/pack.ts
/**
 * Packs a package with its own manager, so the tarball follows that manager's rules: `files`, `.npmignore`,
 * the prepack/prepare build of a TypeScript package, and (pnpm, yarn) `workspace:` ranges and `publishConfig`
 * overrides rewritten the way `pnpm publish` / `yarn npm publish` would. npm goes through packNpm (its JSON
 * report); pnpm and yarn write into an empty directory, and the one tarball there is the result.
 */




/** npm's tarball name for a package: `@scope/name` → `scope-name-1.0.0.tgz`. */
function tarballName(name, version) {
    return `${name.replace(/^@/, '').replace(/\//g, '-')}-${version}.tgz`;
}
/** The argv that packs with pnpm or yarn into `dir` (yarn 1 and berry name the output file themselves). */
function packArgs(pm, dir, file) {
    if (pm.name === 'pnpm')
        return ['pack', '--pack-destination', dir];
    if (pm.berry)
        return ['pack', '--out', (0,external_node_path_.join)(dir, file)];
    return ['pack', '--filename', (0,external_node_path_.join)(dir, file)];
}
/** Packs with pnpm or yarn into `outDir`; returns the tarball's absolute path (named as npm names it). */
async function packWithManager(env, pm, packageDir, outDir) {
    const manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(packageDir, 'package.json'), 'utf8'));
    const file = tarballName(String(manifest.name), String(manifest.version));
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)(outDir, '.pack-'));
    try {
        const bin = env.tools[pm.name] ?? pm.name;
        const r = await env.exec(bin, packArgs(pm, scratch, file), { cwd: packageDir, check: false, signal: env.signal, timeoutMs: 10 * 60_000 }).catch((err) => {
            if (err instanceof core_errors/* ReleaseError */.K2 && /Could not start/.test(err.message))
                throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `${pm.name} is not installed, but the package uses it (${pm.source}).`, missingManagerHint(pm), { cause: err });
            throw err;
        });
        if (r.code !== 0) {
            throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `${pm.name} pack failed in ${packageDir}:\n${(r.stderr || r.stdout).trim().split('\n').slice(-20).join('\n')}`, `Run ${pm.name} pack in the package directory and fix what it reports (a failing prepack/prepare script, a bad "files" entry).`);
        }
        const made = (await (0,promises_.readdir)(scratch)).filter((f) => f.endsWith('.tgz'));
        if (made.length !== 1)
            throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `${pm.name} pack left ${made.length} tarballs (${made.join(', ') || 'none'}) instead of one.`, `Run ${pm.name} pack in the package directory and check its output.`);
        await (0,promises_.rename)((0,external_node_path_.join)(scratch, made[0]), (0,external_node_path_.join)(outDir, file));
        return (0,external_node_path_.join)(outDir, file);
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/http.ts
/**
 * HTTP with a deadline on every request: the one place that turns "the server accepted and never answered"
 * into a ReleaseError naming the endpoint and the time it was given. Also keeps credentials that a user put
 * in a URL (`https://user:pass@host/`) out of URLs, messages and logs.
 */

/** Default time one HTTP request may take, in ms (input `request-timeout`). */
const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
/** A request that got no answer in time; `transient` (a later attempt may be answered). */
class RequestTimeoutError extends core_errors/* ReleaseError */.K2 {
    url;
    elapsedMs;
    constructor(method, url, timeoutMs, elapsedMs) {
        super('TIMEOUT', `${method} ${redactUrl(url)} did not answer within ${formatMs(timeoutMs)} (gave up after ${formatMs(elapsedMs)})`, `Check that ${hostOf(url)} is reachable and healthy, or raise input \`request-timeout\` (seconds per request).`, { transient: true });
        this.name = 'RequestTimeoutError';
        this.url = redactUrl(url);
        this.elapsedMs = elapsedMs;
    }
}
/**
 * fetch with its own deadline: the request and the reading of its body are aborted after `timeoutMs`
 * (AbortSignal.timeout), and a timeout becomes a RequestTimeoutError. Userinfo in the URL is moved into an
 * Authorization: Basic header (fetch refuses URLs with credentials) and never appears in an error.
 */
async function fetchWithDeadline(url, init = {}, opts = {}) {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const { url: bare, authorization } = splitCredentials(url);
    const headers = new Headers(init.headers);
    if (authorization && !headers.has('authorization'))
        headers.set('authorization', authorization);
    const timer = AbortSignal.timeout(timeoutMs);
    const signal = opts.signal ? AbortSignal.any([timer, opts.signal]) : timer;
    const started = Date.now();
    try {
        return await (opts.fetchImpl ?? fetch)(bare, { ...init, headers, signal });
    }
    catch (err) {
        if (timer.aborted && !opts.signal?.aborted)
            throw new RequestTimeoutError(init.method ?? 'GET', bare, timeoutMs, Date.now() - started);
        throw redactError(err, url);
    }
}
/** Whether `err` (or its cause chain) is a request that timed out. */
function isRequestTimeout(err) {
    for (let e = err, depth = 0; e && depth < 5; e = e.cause, depth++) {
        if (e instanceof RequestTimeoutError || e.name === 'TimeoutError')
            return true;
    }
    return false;
}
/** The URL without userinfo, and an Authorization header carrying it (undefined when there is none). */
function splitCredentials(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return { url };
    }
    if (!parsed.username && !parsed.password)
        return { url };
    const user = decodeURIComponent(parsed.username);
    const pass = decodeURIComponent(parsed.password);
    parsed.username = '';
    parsed.password = '';
    return { url: parsed.toString(), authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}` };
}
/** The values a logger must mask for this URL: its user name, password and their encoded forms. */
function urlSecrets(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return [];
    }
    const out = new Set();
    for (const v of [parsed.password, parsed.username]) {
        if (!v)
            continue;
        out.add(v);
        out.add(decodeURIComponent(v));
    }
    return [...out];
}
/** Replaces the userinfo of every URL in `text` with `***` (`https://***@host/`). */
function redactUrl(text) {
    return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}
/** The error with any credentials of `url` removed from its message. */
function redactError(err, url) {
    if (!(err instanceof Error))
        return err;
    const secrets = urlSecrets(url);
    let message = redactUrl(err.message);
    for (const s of secrets)
        message = message.split(s).join('***');
    if (message === err.message)
        return err;
    const copy = new Error(message);
    copy.name = err.name;
    return copy;
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return 'the server';
    }
}
/** `250 ms`, `1.5 s`, `90 s`. */
function formatMs(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
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
        return await fetchWithDeadline(url, { headers: { Accept: accept, ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}) } }, { signal: opts.signal, fetchImpl: opts.fetchImpl, timeoutMs: opts.timeoutMs });
    }
    catch (err) {
        if (opts.signal?.aborted || err instanceof core_errors/* ReleaseError */.K2)
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
function wantsProvenance(registry, runner = {}) {
    return !!runner.onGitHubActions && !!runner.oidc?.requestUrl && registry === NPMJS;
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
    const ctx = { ...createStepContext('publish-and-verify', opts.logger), sleep: opts.sleep, signal: opts.signal };
    const existing = await retry(async () => (await fetchPackument(read))?.versions[opts.version], { attempts: 3, baseDelayMs: opts.baseDelayMs ?? 2000 })(undefined, ctx);
    if (existing)
        return resolveExisting(opts, existing.dist, local, 0);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rr-npm-publish-'));
    const npmrc = (0,external_node_path_.join)(dir, '.npmrc');
    try {
        await (0,promises_.writeFile)(npmrc, `${nerfDart(opts.registry)}:_authToken=${opts.token}\n`, { mode: 0o600 });
        await (0,promises_.chmod)(npmrc, 0o600);
        const args = ['publish', opts.file, '--registry', opts.registry, '--userconfig', npmrc, '--tag', opts.tag, '--ignore-scripts', '--no-update-notifier', ...(opts.provenance ? ['--provenance'] : [])];
        let attempts = 0;
        const upload = retry(async (_input, c) => {
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
        return new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `${registry} refused the token for ${file}: ${reason}`, 'Check input "registry-token": an npm automation or granular access token with publish rights on this package (and 2FA not required for it).');
    }
    if (status === 402) {
        return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `${registry} refused ${file}: ${reason}`, 'A scoped package is private by default on npm: add "publishConfig": { "access": "public" } to package.json, or use a paid plan.');
    }
    return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `npm publish ${file} to ${registry} failed: ${reason}`, 'The registry rejected the package itself; fix what it names, then release a new version.');
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/test-command.ts
/**
 * The default test command of an npm package: the package's own `test` script, whatever runs in it, decides
 * by its exit code. Where the gate recognises the runner of a one-command script it adds reporters so that it
 * also gets counts (JUnit, or Jest's JSON) and coverage (LCOV):
 * - `node --test …` (or no script): Node's junit, spec and lcov reporters (no dependency);
 * - jest: jest-junit when installed, else Jest's own `--json` results; `--coverage` with LCOV;
 * - vitest: its junit reporter; coverage when @vitest/coverage-v8 / -istanbul is declared;
 * - mocha: its built-in xunit reporter (JUnit XML);
 * - ava and any other script (`xo && ava && tsd`): run as is; exit code only.
 * Coverage for a script that writes none: under c8 (NODE_V8_COVERAGE) when c8 is installed; otherwise the plan
 * says what to configure.
 */


/** The script's runner and its words after leading `VAR=value` assignments, or `other` for a compound script. */
function recogniseRunner(script) {
    if (!script?.trim())
        return { runner: 'node', words: [], compound: false };
    // Operators, substitutions, redirections or quoting: run it as written and read only the exit code.
    const compound = /&&|\|\||[;|<>`$()]|["'\\]/.test(script);
    const words = script.trim().split(/\s+/);
    let i = 0;
    while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]))
        i++;
    const rest = words.slice(i);
    if (compound || !rest.length)
        return { runner: 'other', words: rest, compound };
    const first = rest[0].replace(/^.*\//, '');
    if (first === 'node' && rest.includes('--test') && i === 0)
        return { runner: 'node', words: rest, compound };
    if (['jest', 'vitest', 'mocha', 'ava'].includes(first))
        return { runner: first, words: rest, compound };
    return { runner: 'other', words: rest, compound };
}
const COVERAGE_HINT = 'The test script writes no coverage report the gate can read. Set input "coverage-report" to the LCOV, Cobertura or JSON file it writes (e.g. `c8 --reporter=lcov` writes coverage/lcov.info), or add c8 as a devDependency (the gate then runs the script under c8, which collects NODE_V8_COVERAGE), or drop coverage-threshold.';
/**
 * The test command for a package, with the reports the gate can add in `reportDir`. Never refuses a script:
 * one the gate cannot add reporters to runs as written, and its exit code decides (`junitOptional`).
 */
function planNpmTestCommand(manifest, opts) {
    const node = opts.node ?? 'node';
    const junitFile = (0,external_node_path_.join)(opts.reportDir, 'junit.xml');
    const coverageDir = (0,external_node_path_.join)(opts.reportDir, 'coverage');
    const lcov = (0,external_node_path_.join)(coverageDir, 'lcov.info');
    const script = manifest.scripts?.test?.trim();
    const deps = { ...manifest.dependencies, ...manifest.devDependencies };
    const has = (pkg) => opts.installed?.has(pkg) ?? false;
    const wantCoverage = opts.coverage ?? true;
    const { runner, words } = recogniseRunner(script);
    const pm = opts.packageManager ?? { name: 'npm', berry: false, source: 'default' };
    const runTest = runScriptCommand(pm, 'test');
    if (opts.managerBin)
        runTest[0] = opts.managerBin;
    // npm needs `--` before arguments meant for the script; pnpm and yarn pass on whatever follows the name.
    const withArgs = (args) => (args.length ? [...runTest, ...(pm.name === 'npm' ? ['--'] : []), ...args] : runTest);
    // No reporter of its own: c8 collects NODE_V8_COVERAGE from every node process the script starts.
    const underC8 = (plan) => {
        if (!wantCoverage || plan.coverageFile)
            return plan;
        if (opts.userCoverageReport)
            return { ...plan, coverageFile: opts.userCoverageReport };
        if (has('c8'))
            return { ...plan, argv: ['c8', '--reporter=lcovonly', `--report-dir=${coverageDir}`, ...plan.argv], coverageFile: lcov };
        return { ...plan, coverageMissingHint: COVERAGE_HINT };
    };
    // On Node 20 a glob in `node --test test/*.test.js` is the shell's to expand: run the script as written.
    const needsShell = runner === 'node' && opts.nodeTestGlobs === false && words.some((w) => /[*?[\]{}]/.test(w));
    if (runner === 'node' && !needsShell) {
        const coverageFile = (0,external_node_path_.join)(opts.reportDir, 'lcov.info');
        const rest = words.slice(1).filter((a) => a !== '--test' && !a.startsWith('--test-reporter') && a !== '--experimental-test-coverage');
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
    const coverageArgs = (args) => (wantCoverage ? args : []);
    if (runner === 'jest') {
        const cov = coverageArgs(['--coverage', '--coverageReporters=lcov', `--coverageDirectory=${coverageDir}`]);
        if (deps['jest-junit'] || has('jest-junit')) {
            return { argv: withArgs(['--ci', '--reporters=default', '--reporters=jest-junit', ...cov]), junitFile, junitOptional: true, coverageFile: cov.length ? lcov : undefined, env: { JEST_JUNIT_OUTPUT_DIR: opts.reportDir, JEST_JUNIT_OUTPUT_NAME: 'junit.xml' } };
        }
        const jsonFile = (0,external_node_path_.join)(opts.reportDir, 'jest-results.json');
        return { argv: withArgs(['--ci', '--json', `--outputFile=${jsonFile}`, ...cov]), junitFile: jsonFile, junitOptional: true, reportFormat: 'jest-json', coverageFile: cov.length ? lcov : undefined };
    }
    if (runner === 'vitest') {
        const coverage = wantCoverage && (deps['@vitest/coverage-v8'] || deps['@vitest/coverage-istanbul'] || has('@vitest/coverage-v8') || has('@vitest/coverage-istanbul'));
        return underC8({
            argv: withArgs(['--reporter=default', '--reporter=junit', `--outputFile.junit=${junitFile}`, ...(coverage ? ['--coverage.enabled', '--coverage.reporter=lcov', `--coverage.reportsDirectory=${coverageDir}`] : [])]),
            junitFile,
            junitOptional: true,
            coverageFile: coverage ? lcov : undefined,
            // Without a TTY vitest runs once anyway; CI=true makes sure of it.
            env: { CI: 'true' },
        });
    }
    if (runner === 'mocha') {
        return underC8({ argv: withArgs(['--reporter=xunit', `--reporter-option=output=${junitFile}`]), junitFile, junitOptional: true });
    }
    // ava and everything else: the script as written; counts only from a report it writes itself (junit-file).
    return underC8({ argv: runTest, junitFile: opts.userJunitFile ?? junitFile, junitOptional: true });
}

;// CONCATENATED MODULE: ./src/core/poll.ts

/**
 * Polls until `poll` says done or the deadline would pass, waiting `intervalMs`, then growing by `factor`
 * up to `maxIntervalMs` between polls. Errors thrown by `poll` end the polling (classify transient ones
 * inside `poll` as pending). The one wait loop of the suite: registry verification and the CI wait use it.
 */
async function pollUntil(poll, options) {
    const now = options.now ?? Date.now;
    const wait = options.sleep ?? sleep;
    const started = now();
    let delay = options.intervalMs;
    for (let n = 1;; n++) {
        const r = await poll(n);
        const elapsedMs = now() - started;
        if (r.done)
            return { done: true, value: r.value, polls: n, elapsedMs };
        options.onPending?.(r.pending, n, elapsedMs);
        // A wait lasts until its deadline: the last wait shrinks to end exactly at it, and one last poll runs there.
        if (elapsedMs >= options.timeoutMs)
            return { done: false, pending: r.pending, polls: n, elapsedMs };
        await wait(Math.max(0, Math.min(delay, options.timeoutMs - elapsedMs)), options.signal);
        delay = Math.min(Math.round(delay * (options.factor ?? 2)), options.maxIntervalMs);
    }
}

;// CONCATENATED MODULE: ./src/ecosystems/registry-wait.ts

/**
 * Polls a registry with backoff until it serves the release (logging each miss), for both ecosystems'
 * verification. Served: the propagation time; not in time: where polling stopped and why (also warned).
 */
async function waitUntilServed(look, o) {
    const polled = await pollUntil(async () => {
        const outcome = await look();
        return outcome.state === 'served' ? { done: true, value: undefined } : { done: false, pending: outcome };
    }, {
        intervalMs: o.pollMs ?? 5000,
        maxIntervalMs: o.maxPollMs ?? 60_000,
        timeoutMs: o.timeoutMs,
        onPending: (p, poll, elapsed) => o.logger.info(`poll ${poll} after ${Math.round(elapsed / 1000)} s: ${p.reason}`),
        sleep: o.sleep,
        now: o.now,
        signal: o.signal,
    });
    if (polled.done)
        return { served: true, propagationS: Math.max(0.001, polled.elapsedMs / 1000) };
    const reason = `${polled.pending.reason} (gave up after ${Math.round(polled.elapsedMs / 1000)} s and ${polled.polls} poll(s); timeout ${Math.round(o.timeoutMs / 1000)} s)`;
    o.logger.warning(reason);
    return { served: false, state: polled.pending.state, propagationS: polled.elapsedMs / 1000, reason };
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/verify.ts
/**
 * Verifies a release from the registry the way a user meets it: poll the packument until the version is
 * listed and its tarball is served with the approved bytes, then `npm install name@version` from that
 * registry into an empty project and load it.
 */








/** Polls with backoff until the registry serves the approved tarball, then installs it into an empty project. */
async function verifyNpmRelease(opts) {
    const served = await waitUntilServed(() => pollOnce(opts), opts);
    if (!served.served)
        return { verified: false, state: served.state, propagationS: served.propagationS, reason: served.reason };
    const { propagationS } = served;
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
/** Packages whose presence lets the gate add a reporter or measure coverage. */
const REPORTER_PACKAGES = ['jest-junit', 'c8', '@vitest/coverage-v8', '@vitest/coverage-istanbul'];
/** Refuses early, with the fix, when the package's manager (pnpm, yarn) is not installed. */
async function requireManager(env, pm) {
    if (pm.name === 'npm')
        return;
    const r = await env.exec(env.tools[pm.name] ?? pm.name, ['--version'], { cwd: (0,external_node_os_.tmpdir)(), check: false, timeoutMs: 60_000 }).catch(() => null);
    if (r?.code !== 0)
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${pm.name} is not installed, but the package uses it (${pm.source}).`, missingManagerHint(pm));
}
/** The git work tree holding `dir` (where lockfiles and workspaces are looked for), or `dir` outside git. */
async function repositoryRoot(env, dir) {
    const r = await env.exec('git', ['rev-parse', '--show-toplevel'], { cwd: dir, check: false, timeoutMs: 30_000 }).catch(() => null);
    return r?.code === 0 && r.stdout.trim() ? r.stdout.trim() : dir;
}
/** What the node binary's test runner can do: `--test-coverage-exclude` (22.5+), glob patterns in `--test` arguments (21+). */
async function nodeTestFeatures(env) {
    const r = await env.exec(nodeBin(env), ['-p', 'JSON.stringify([process.versions.node, process.allowedNodeEnvironmentFlags.has("--test-coverage-exclude")])'], { check: false, timeoutMs: 30_000 }).catch(() => null);
    try {
        const [version, exclude] = JSON.parse(r?.stdout ?? '');
        return { coverageExclude: exclude === true, globs: Number(version.split('.')[0]) >= 21 };
    }
    catch {
        return { coverageExclude: false, globs: false };
    }
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
    testsByExitCode: true,
    async installDependencies(env, { root, packageDir }) {
        const r = await installNpmDependencies(env, { root, packageDir });
        return `${r.command.join(' ')} (${r.packageManager.name} from ${r.packageManager.source})`;
    },
    async defaultTestCommand(env, { packageDir, reportDir, coverage, junitFile, coverageReport }) {
        const manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(packageDir, 'package.json'), 'utf8'));
        const packageManager = await detectPackageManager(await repositoryRoot(env, packageDir), packageDir);
        await requireManager(env, packageManager);
        const plan = planNpmTestCommand(manifest, {
            reportDir,
            node: nodeBin(env),
            ...(await nodeTestFeatures(env).then((f) => ({ coverageExclude: f.coverageExclude, nodeTestGlobs: f.globs }))),
            packageManager,
            managerBin: env.tools[packageManager.name],
            installed: await installedPackages(packageDir, REPORTER_PACKAGES),
            coverage,
            userJunitFile: junitFile ? (0,external_node_path_.resolve)(packageDir, junitFile) : undefined,
            userCoverageReport: coverageReport ? (0,external_node_path_.resolve)(packageDir, coverageReport) : undefined,
        });
        env.logger.info(`test command: ${plan.argv.join(' ')} (package manager ${packageManager.name}, from ${packageManager.source})`);
        return plan;
    },
    async build(env, { packageDir, outDir, tool }) {
        // The action's build-tool default is Python's "build": it means "the ecosystem's own" here.
        if (tool !== undefined && !['npm', 'pnpm', 'yarn', 'build'].includes(tool))
            throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "build-tool" is "${tool}".`, 'npm packages are packed by their package manager: leave build-tool empty (detected from packageManager / the lockfile) or set it to npm, pnpm or yarn.');
        const detected = await detectPackageManager(await repositoryRoot(env, packageDir), packageDir);
        const pm = tool === undefined || tool === 'build' || tool === detected.name ? detected : { name: tool, berry: false, source: 'input build-tool' };
        if (pm.name === 'npm')
            return [await packNpm(env, packageDir, outDir)];
        env.logger.info(`packing with ${pm.name}${pm.berry ? ' (berry)' : ''} (${pm.source})`);
        return [await packWithManager(env, pm, packageDir, outDir)];
    },
    installCheck: (env, { files, info, version, readmeFile, exampleTags, smokeCommand, installArgs }) => npmInstallCheck({ files, name: info.name, expectedVersion: version, readmeFile, exampleTags, smokeCommand, installArgs, npm: npmBin(env), node: nodeBin(env), exec: env.exec, logger: env.logger, signal: env.signal }),
    registry: npmRegistry,
    remoteState: (env, { registry, name, version, artifacts, files }) => npmRemoteState({ registry: registry.indexUrl, name, version, artifacts, files, signal: env.signal }),
    async credentials(env, { registry, token }) {
        if (token) {
            env.logger.setSecret(token);
            return { token, source: 'input' };
        }
        throw new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `No token for ${registry.indexUrl} was given.`, 'Pass an npm automation or granular access token with publish rights as input "registry-token" (in the reusable workflow: the registry-token secret). npm trusted publishing (OIDC from GitHub Actions, npm 11.5+) is not exchanged by release-relay yet.');
    },
    async publish(env, { registry, files, artifacts, name, version, credentials, attempts, baseDelayMs }) {
        const tag = getScheme('semver').isPrerelease(version) ? 'next' : 'latest';
        const uploaded = [];
        const skipped = [];
        let total = 0;
        for (const file of files.filter((f) => f.endsWith('.tgz'))) {
            const record = artifacts.find((a) => a.file === (0,external_node_path_.basename)(file));
            const r = await publishTarball({ registry: registry.uploadUrl, file, name, version, token: credentials.token, tag, provenance: wantsProvenance(registry.uploadUrl, env.runner), npm: npmBin(env), exec: env.exec, logger: env.logger, signal: env.signal, attempts, baseDelayMs, sleep: env.sleep });
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

;// CONCATENATED MODULE: ./src/ecosystems/version-updater.ts


/**
 * Plans the edits that set every version location to `next` (paths relative to `root`), for any
 * ecosystem: each file is read again now, so an edit's `before` is what applyEdits will check, and each
 * distinct updater of a file is applied in turn (pyproject.toml with both [project] and [tool.poetry]
 * versions). Refuses a file that was not among `info.versionFiles` (the tree changed since it was read) or
 * that has gone. Nothing is written.
 */
async function planVersionEdits(root, info, locations, next) {
    const edits = [];
    for (const path of [...new Set(locations.map((l) => l.path))]) {
        if (!info.versionFiles.includes(path)) {
            throw new core_errors/* ReleaseError */.K2('VERSION_CONFLICT', `${path} holds the version but was not among the files read earlier (${info.versionFiles.join(', ')}).`, 'Re-run the stage on an unchanged working tree.');
        }
        const before = await readTextOrNull(resolveInside(root, path));
        if (before === null)
            throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${path} disappeared while the release was being prepared.`, 'Re-run the stage on an unchanged working tree.');
        let after = before;
        for (const updater of new Set(locations.filter((l) => l.path === path).map((l) => l.updater)))
            after = updater.updateContent(after, next);
        edits.push({ path, before, after });
    }
    return edits;
}

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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/ecosystems/npm/release-config.ts
/**
 * The release configuration a JavaScript repository already has, so it can switch to release-relay without
 * rewriting its history:
 * - semantic-release (`.releaserc`, `.releaserc.json|yaml|yml`, `release` in package.json): `tagFormat`
 *   (`v${version}` → the tag template `v{version}`) and `branches` (a release runs only on one of them);
 * - release-please (`release-please-config.json` + `.release-please-manifest.json`): the tag of the package's
 *   entry (`<component>-v<version>` by default, `v<version>` with include-component-in-tag: false) and the
 *   manifest's version, which is a version file release-relay keeps in step.
 * JavaScript configs (`.releaserc.js`, `release.config.js`) are never executed: the hint says to set
 * tag-template instead.
 */





/** semantic-release's default release branches (its docs), used when a config has no `branches`. */
const SEMANTIC_RELEASE_DEFAULT_BRANCHES = ['+([0-9])?(.{+([0-9]),x}).x', 'master', 'main', 'next', 'next-major', 'beta', 'alpha'];
const posix = (p) => p.split(external_node_path_.sep).join('/');
/** A semantic-release `tagFormat` (lodash template with `${version}`) as a release-relay tag template. */
function tagFormatToTemplate(tagFormat, source) {
    const template = tagFormat.replace(/\$\{\s*version\s*\}/g, '{version}');
    if (!template.includes('{version}') || /\$\{/.test(template)) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${source} sets tagFormat "${tagFormat}", which release-relay cannot turn into a tag template (only \${version} is known).`, 'Set input "tag-template" to the tag your releases use, e.g. v{version}.', { location: { file: source } });
    }
    return template;
}
/** Whether `branch` is one of semantic-release's `branches` (names or globs, e.g. `+([0-9]).x`, `release/*`). */
function branchMatches(branch, patterns) {
    return patterns.some((p) => {
        if (p === branch)
            return true;
        if (p === '+([0-9])?(.{+([0-9]),x}).x')
            return /^\d+(\.(\d+|x))?\.x$/.test(branch);
        if (!/[*?+@!()[\]{}]/.test(p))
            return false;
        const re = p.replace(/[.^$|\\]/g, '\\$&').replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*').replace(/\?/g, '.');
        try {
            return new RegExp(`^${re}$`).test(branch);
        }
        catch {
            return false;
        }
    });
}
function branchNames(value) {
    const list = Array.isArray(value) ? value : typeof value === 'string' || (value && typeof value === 'object') ? [value] : undefined;
    if (!list)
        return undefined;
    return list.map((b) => (typeof b === 'string' ? b : b && typeof b === 'object' && typeof b.name === 'string' ? b.name : '')).filter(Boolean);
}
function fromSemanticRelease(config, source) {
    return {
        tagTemplate: typeof config.tagFormat === 'string' ? tagFormatToTemplate(config.tagFormat, source) : undefined,
        branches: branchNames(config.branches) ?? SEMANTIC_RELEASE_DEFAULT_BRANCHES,
        source,
    };
}
/** semantic-release's configuration, looked for where semantic-release looks (cosmiconfig): package dir, then repository root. */
async function semanticRelease(dirs) {
    for (const { abs, rel } of dirs) {
        const at = (f) => posix((0,external_node_path_.join)(rel, f));
        for (const file of ['.releaserc', '.releaserc.json', '.releaserc.yaml', '.releaserc.yml']) {
            const text = await readTextOrNull((0,external_node_path_.join)(abs, file));
            if (text === null)
                continue;
            let config;
            try {
                config = file.endsWith('.json') ? JSON.parse(text) : (0,dist/* parse */.qg)(text);
            }
            catch (err) {
                throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${at(file)} cannot be read: ${err.message}`, `Fix ${at(file)} (semantic-release cannot read it either), or set input "tag-template".`, { location: { file: at(file) } });
            }
            return fromSemanticRelease((config ?? {}), at(file));
        }
        const manifest = await readTextOrNull((0,external_node_path_.join)(abs, 'package.json'));
        if (manifest !== null) {
            const release = JSON.parse(manifest).release;
            if (release && typeof release === 'object')
                return fromSemanticRelease(release, `${at('package.json')} "release"`);
        }
        for (const file of ['.releaserc.js', '.releaserc.cjs', '.releaserc.mjs', 'release.config.js', 'release.config.cjs', 'release.config.mjs']) {
            if (await pathExists((0,external_node_path_.join)(abs, file))) {
                return { source: at(file), note: `${at(file)} is JavaScript, which release-relay does not run: set input "tag-template" to its tagFormat (default v{version}).` };
            }
        }
    }
    return null;
}
/** The package's release-please entry, or null when the repository does not use release-please manifests. */
async function readReleasePlease(root, packageDir, packageName) {
    const configText = await readTextOrNull((0,external_node_path_.join)(root, 'release-please-config.json'));
    const manifestText = await readTextOrNull((0,external_node_path_.join)(root, '.release-please-manifest.json'));
    if (configText === null && manifestText === null)
        return null;
    const key = posix((0,external_node_path_.relative)(root, (0,external_node_path_.join)(root, packageDir))) || '.';
    let config = {};
    let manifest = {};
    try {
        if (configText !== null)
            config = JSON.parse(configText);
        if (manifestText !== null)
            manifest = JSON.parse(manifestText);
    }
    catch (err) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `release-please-config.json or .release-please-manifest.json is not valid JSON: ${err.message}`, 'Fix the file (release-please cannot read it either), or set input "tag-template".');
    }
    const packages = (config.packages ?? {});
    if (configText !== null && !Object.hasOwn(packages, key) && !Object.hasOwn(manifest, key))
        return null;
    const entry = { ...config, ...(packages[key] ?? {}) };
    // Node packages: the component is the package name without its scope (release-please's node strategy).
    const component = typeof entry.component === 'string' ? entry.component : String(entry['package-name'] ?? packageName).replace(/^@[^/]+\//, '');
    const withComponent = entry['include-component-in-tag'] !== false;
    const v = entry['include-v-in-tag'] === false ? '' : 'v';
    const separator = typeof entry['tag-separator'] === 'string' ? entry['tag-separator'] : '-';
    const version = manifest[key];
    return {
        manifestFile: '.release-please-manifest.json',
        key,
        version: typeof version === 'string' ? version : undefined,
        tagTemplate: `${withComponent ? `${component}${separator}` : ''}${v}{version}`,
    };
}
/** `.release-please-manifest.json`: the package's entry, every other byte kept. */
class ReleasePleaseManifest {
    key;
    file;
    constructor(key, file = '.release-please-manifest.json') {
        this.key = key;
        this.file = file;
    }
    updateContent(text, version) {
        const out = replaceJsonString(text, [this.key], version, this.file);
        if (out === null)
            throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${this.file} has no entry "${this.key}".`, `Add "${this.key}": "<current version>" to ${this.file}.`, { location: { file: this.file } });
        return out;
    }
}
/**
 * The repository's own release configuration for the package in `packageDir`: release-please's manifest entry
 * when there is one, else semantic-release's config (package directory first, then the root). Null: none.
 */
async function readProjectReleaseConfig(root, packageDir, packageName) {
    const rp = await readReleasePlease(root, packageDir, packageName);
    if (rp)
        return { tagTemplate: rp.tagTemplate, source: 'release-please-config.json' };
    const rel = posix((0,external_node_path_.relative)(root, (0,external_node_path_.join)(root, packageDir)));
    const dirs = [{ abs: (0,external_node_path_.join)(root, packageDir), rel }];
    if (rel && rel !== '.')
        dirs.push({ abs: root, rel: '' });
    return semanticRelease(dirs);
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/index.ts











/** True when `dir` holds a package.json (the registry tries python first, so pyproject.toml wins in a mixed directory). */
async function detectNpm(dir) {
    return pathExists((0,external_node_path_.join)(dir, 'package.json'));
}
const npm_posix = (p) => p.split(external_node_path_.sep).join('/');
/**
 * Finds the package's name, version and version files: `package.json`, its own `npm-shrinkwrap.json` /
 * `package-lock.json`, or (for a workspace package without its own) the workspace root's lockfile entry
 * `packages["<dir>"]`, found by walking up towards `root`.
 */
async function collectNpmVersionFiles(root, packageDir) {
    const dir = resolveInside(root, packageDir, 'package-dir');
    const manifestPath = npm_posix((0,external_node_path_.relative)(root, (0,external_node_path_.join)(dir, 'package.json')));
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
    // npm's own rules (validate-npm-package-name): URL-safe, at most 214 characters, no leading dot or underscore.
    if (manifest.name.length > 214 || !/^(?:@[a-z0-9-*~][a-z0-9-*._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(manifest.name)) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${manifestPath} names the package ${JSON.stringify(manifest.name)}, which npm does not accept.`, 'Use a valid npm name: lower-case letters, digits, "-", ".", "_" and "~", optionally under a @scope/ (e.g. "@acme/widget").', { location: { file: manifestPath } });
    }
    if (typeof manifest.version !== 'string' || !manifest.version) {
        throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${manifestPath} has no "version".`, 'Add "version": "0.1.0" (or the current version) to package.json.', { location: { file: manifestPath } });
    }
    // semantic-release repositories often keep a placeholder and take the version from the last tag.
    if (/^0\.0\.0-(development|semantically-released|semantic-release|dev)$/.test(manifest.version)) {
        throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${manifestPath} holds the placeholder version "${manifest.version}" (the version lived in git tags).`, `Set "version" in ${manifestPath} to the last released version (your latest release tag, e.g. \`git describe --tags --abbrev=0\`), commit it, then release: release-relay keeps the version in package.json.`, { location: { file: manifestPath } });
    }
    const version = getScheme('semver').normalize(manifest.version, manifestPath);
    const files = [{ path: manifestPath, updater: new PackageJson(manifestPath), version: manifest.version, where: '"version"' }];
    const own = [];
    for (const lock of ['npm-shrinkwrap.json', 'package-lock.json'])
        if (await pathExists((0,external_node_path_.join)(dir, lock)))
            own.push(lock);
    for (const lock of own) {
        const path = npm_posix((0,external_node_path_.relative)(root, (0,external_node_path_.join)(dir, lock)));
        const lockText = await (0,promises_.readFile)((0,external_node_path_.join)(dir, lock), 'utf8');
        // One updater per file: a lockfile records the version several times but is rewritten in one pass.
        const updater = new PackageLockJson({ file: path });
        for (const v of lockVersions(lockText, path))
            files.push({ path, updater, version: v.version, where: v.path });
    }
    if (!own.length) {
        // A workspace package: the lockfile is at the workspace root, with an entry keyed by the package's path.
        const top = (0,external_node_path_.resolve)(root);
        for (let up = dir; up !== top && (0,external_node_path_.dirname)(up) !== up;) {
            up = (0,external_node_path_.dirname)(up);
            const lockFile = (0,external_node_path_.join)(up, 'package-lock.json');
            if (!(await pathExists(lockFile)))
                continue;
            const path = npm_posix((0,external_node_path_.relative)(root, lockFile));
            const workspacePath = npm_posix((0,external_node_path_.relative)(up, dir));
            const entry = lockVersions(await (0,promises_.readFile)(lockFile, 'utf8'), path, workspacePath)[0];
            if (entry.version !== undefined)
                files.push({ path, updater: new PackageLockJson({ file: path, workspacePath }), version: entry.version, where: entry.path });
            break;
        }
    }
    // release-please keeps the version in its manifest too: it is a version file like the lockfile.
    const releasePlease = await readReleasePlease(root, packageDir, manifest.name);
    if (releasePlease?.version !== undefined) {
        files.push({ path: releasePlease.manifestFile, updater: new ReleasePleaseManifest(releasePlease.key, releasePlease.manifestFile), version: releasePlease.version, where: `"${releasePlease.key}"` });
    }
    for (const f of files) {
        if (f.version !== manifest.version) {
            throw new core_errors/* ReleaseError */.K2('VERSION_CONFLICT', `${f.path} ${f.where} is ${JSON.stringify(f.version)} but ${manifestPath} says ${manifest.version}.`, f.updater instanceof ReleasePleaseManifest ? `Set ${f.where} in ${f.path} to "${manifest.version}" (the version package.json holds), commit it, then release.` : `Bring the lockfile in line (npm install --package-lock-only in ${(0,external_node_path_.dirname)(f.path) || '.'}), commit it, then release.`, { location: { file: f.path } });
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
    return planVersionEdits(root, info, (await collectNpmVersionFiles(root, packageDir)).files, next);
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
    releaseConfig: (root, packageDir, info) => readProjectReleaseConfig(root, packageDir, info.name),
    isReleaseBranch: (branch, config) => branchMatches(branch, config.branches ?? []),
};

;// CONCATENATED MODULE: ./src/ecosystems/python/interpreter.ts


/**
 * Picks the Python interpreter to run. An explicit choice (input `python`, or RELEASE_RELAY_PYTHON read by the entry) wins
 * and is checked; otherwise the candidates are tried in order and the first that can import every
 * required module is used. On GitHub runners `python3` from setup-python is first and has what it needs;
 * on machines where the first `python3` on PATH lacks the modules, `/usr/bin/python3` is the next try.
 */
async function resolvePython(options = {}) {
    const run = options.exec ?? exec;
    const modules = options.modules ?? [];
    const explicit = options.explicit;
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
    let res;
    try {
        res = await fetchWithDeadline(url, { headers: { Accept: accept }, redirect: 'follow' }, { timeoutMs: req.timeoutMs, signal: req.signal, fetchImpl: req.fetchImpl });
    }
    catch (err) {
        if (err instanceof core_errors/* ReleaseError */.K2)
            throw err;
        throw new core_errors/* ReleaseError */.K2('REGISTRY_DOWN', `Could not reach ${redactUrl(url)}: ${err.message}`, 'Check the index URL (input `registries`) and the runner\'s network; the request is retried.', {
            transient: true,
            cause: err,
        });
    }
    if (res.status === 401 || res.status === 403) {
        throw new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `${redactUrl(url)} answered ${res.status} ${res.statusText}: it refuses to be read with these credentials.`, 'Check the credentials in the index URL (input `registries`, e.g. https://user:token@host/), or drop them for a public index.');
    }
    if (res.status === 404)
        return res;
    if (res.status >= 500 || res.status === 429) {
        throw new core_errors/* ReleaseError */.K2('REGISTRY_DOWN', `${redactUrl(url)} answered ${res.status} ${res.statusText}`, 'The index is having trouble; the request is retried. Check https://status.python.org if it persists.', {
            transient: true,
        });
    }
    if (!res.ok) {
        throw new core_errors/* ReleaseError */.K2('REGISTRY_DOWN', `${redactUrl(url)} answered ${res.status} ${res.statusText}`, 'Check the index URL (input `registries`): it should be the index base, e.g. https://pypi.org.');
    }
    return res;
}
async function readJson(res, url) {
    try {
        return await res.json();
    }
    catch (err) {
        throw new core_errors/* ReleaseError */.K2('REGISTRY_DOWN', `${redactUrl(url)} did not answer JSON: ${err.message}`, 'Check the index URL (input `registries`): it should be the index base, e.g. https://pypi.org.', {
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
    const ctx = { ...createStepContext('publish-and-verify', opts.logger), sleep: opts.sleep, signal: opts.signal };
    // Each attempt asks the runner for a FRESH ID token: PyPI accepts every JWT once, even if the mint failed.
    const mint = retry(async () => {
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
    const res = await call(doFetch, url, { signal: opts.signal }, opts.requestTimeoutMs);
    if (res.status === 403 || res.status === 404) {
        throw new core_errors/* ReleaseError */.K2('OIDC_REFUSED', `${indexBase(opts.indexUrl)} does not offer Trusted Publishing (${url} answered ${res.status}).`, 'Pass input `pypi-token` for this index, or check input `registries`.');
    }
    if (!res.ok)
        throw credentials_httpError(url, res);
    const body = (await res.json().catch(() => ({})));
    if (typeof body.audience !== 'string' || !body.audience) {
        throw new core_errors/* ReleaseError */.K2('OIDC_REFUSED', `${url} did not name an audience.`, 'Check input `registries`: it should be the index base, e.g. https://pypi.org.');
    }
    return body.audience;
}
async function requestIdToken(opts, audience, doFetch) {
    const base = opts.requestUrl;
    const url = `${base}${base.includes('?') ? '&' : '?'}audience=${encodeURIComponent(audience)}`;
    const res = await call(doFetch, url, { headers: { Authorization: `bearer ${opts.requestToken}`, Accept: 'application/json' }, signal: opts.signal }, opts.requestTimeoutMs);
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
    const res = await call(doFetch, url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: jwt }), signal: opts.signal }, opts.requestTimeoutMs);
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
        return 'The index rejected the ID token (audience, issuer or expiry). Check input `registries` and that the job has `permissions: id-token: write`.';
    return 'Check the Trusted Publishing configuration on the index, or pass input `pypi-token`.';
}
async function call(doFetch, url, init, timeoutMs) {
    try {
        return await fetchWithDeadline(url, init, { fetchImpl: doFetch, timeoutMs, signal: init.signal ?? undefined });
    }
    catch (err) {
        if (err instanceof core_errors/* ReleaseError */.K2)
            throw err;
        throw new core_errors/* ReleaseError */.K2('REGISTRY_DOWN', `Could not reach ${url.split('?')[0]}: ${err.message}`, 'Check the network and input `registries`; the request is retried.', {
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

;// CONCATENATED MODULE: ./src/ecosystems/python/venv.ts

/** pip ≥ 22.3 can install into another interpreter (`pip --python <venv python>`). */
const PIP_PYTHON_OPTION = [22, 3];
const hostPip = new Map();
/**
 * The absolute path of `python` when its own pip is new enough for `--python` (pip 22.3; Debian 12 ships
 * 23.0), else null. Asked once per interpreter and process, by importing pip's package (tens of ms, not
 * pip's whole CLI). The path is absolute so that a venv's bin/ first on PATH cannot stand in for it.
 */
function pipCanTarget(exec, python) {
    let known = hostPip.get(python);
    if (known === undefined) {
        known = exec(python, ['-I', '-c', 'import pip, sys; print(pip.__version__); print(sys.executable)'], { check: false, timeoutMs: 60_000 }).then((r) => {
            const [version = '', executable = ''] = r.code === 0 ? r.stdout.trim().split('\n') : [];
            const m = /^(\d+)\.(\d+)/.exec(version);
            if (!m || !executable)
                return null;
            const [major, minor] = [Number(m[1]), Number(m[2])];
            return major > PIP_PYTHON_OPTION[0] || (major === PIP_PYTHON_OPTION[0] && minor >= PIP_PYTHON_OPTION[1]) ? executable : null;
        }, () => null);
        hostPip.set(python, known);
    }
    return known;
}
/**
 * Creates a clean virtual environment at `venv`. When the creating interpreter's pip supports `--python`,
 * the venv is made `--without-pip` and pip runs from outside it (about 1 s instead of 3–8 s for ensurepip
 * to install pip into every fresh venv); otherwise the venv gets its own pip from ensurepip, as before.
 * Either way packages land only in the venv.
 */
async function createVenv(exec, python, venv, options = {}) {
    const vpython = (0,external_node_path_.join)(venv, process.platform === 'win32' ? 'Scripts' : 'bin', process.platform === 'win32' ? 'python.exe' : 'python');
    const host = await pipCanTarget(exec, python);
    if (host !== null) {
        await exec(host, ['-m', 'venv', '--without-pip', venv], options);
        return { python: vpython, pip: [host, '-m', 'pip', '--python', vpython] };
    }
    await exec(python, ['-m', 'venv', venv], options);
    return { python: vpython, pip: [vpython, '-m', 'pip'] };
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
    const env = { PYTHONPATH: undefined, PYTHONHOME: undefined, PYTHONNOUSERSITE: '1', PIP_DISABLE_PIP_VERSION_CHECK: '1', PIP_NO_INPUT: '1', VIRTUAL_ENV: venv };
    const run = (file, args, timeoutMs) => opts.exec(file, args, { cwd: empty, env, pathPrepend: [bin], signal: opts.signal, timeoutMs, check: false });
    opts.logger.info(`creating a fresh venv with ${opts.python}`);
    let fresh;
    try {
        fresh = await createVenv(opts.exec, opts.python, venv, { cwd: empty, env: { PYTHONPATH: undefined }, signal: opts.signal, timeoutMs: 120_000 });
    }
    catch (err) {
        throw new core_errors/* ReleaseError */.K2('COMMAND_FAILED', `Could not create a virtual environment with ${opts.python}: ${err.message}`, 'Use an interpreter with the venv module and ensurepip (on Debian/Ubuntu: apt-get install python3-venv).', { cause: err });
    }
    const version = await run(vpython, ['-I', '-c', 'import platform; print(platform.python_version())'], 60_000);
    const runtime = version.code === 0 ? version.stdout.trim() : undefined;
    // 1. Install the wheel (its dependencies come from the index, or from pipArgs' --find-links offline).
    opts.logger.info(`pip install ${(0,external_node_path_.basename)(wheel)}`);
    const [pip, ...pipArgs] = fresh.pip;
    const install = await timeoutAsValue(opts.signal, () => run(pip, [...pipArgs, 'install', '--no-cache-dir', ...(opts.pipArgs ?? []), wheel], opts.installTimeoutMs ?? 300_000));
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
    // 3. README examples, each in its own file and process, against the installed package; 4. the smoke command.
    let examples;
    if (opts.readmeFile) {
        const markdown = await (0,promises_.readFile)(opts.readmeFile, 'utf8').catch(() => {
            throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `README ${opts.readmeFile} could not be read.`, 'Make README.md in the package directory readable, or set input `readme-examples` to false to skip its examples.');
        });
        examples = extractExamples(markdown, opts.readmeFile, { tags: opts.exampleTags ?? ['python', 'py', 'python3', 'pycon'] });
    }
    return runExamplesAndSmoke({
        examples,
        script: (example) => {
            const path = (0,external_node_path_.join)(scratch, `example_line_${example.line}.py`);
            return { path, argv: [vpython, '-I', path] };
        },
        smokeCommand: opts.smokeCommand,
        smokeLookup: 'in the venv or on PATH',
        run: (file, args) => timeoutAsValue(opts.signal, () => run(file, args, opts.exampleTimeoutMs ?? 60_000)),
        runtime,
        logger: opts.logger,
    });
}

;// CONCATENATED MODULE: ./src/ecosystems/python/registry-state.ts

/**
 * What the index already holds of each approved file, by file name: `absent`, `same` (same sha256) or
 * `different` (same name, other bytes: never overwrite, never skip). An unknown version means all absent.
 */
async function pythonRemoteState(opts) {
    const files = await fetchJsonRelease({ indexUrl: opts.indexUrl, name: opts.name, version: opts.version, fetchImpl: opts.fetchImpl, signal: opts.signal, timeoutMs: opts.timeoutMs });
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
        // Never credentials on a command line (process listings): twine authenticates with TWINE_* variables.
        const args = [...argv.slice(1), 'upload', '--repository-url', splitCredentials(opts.repositoryUrl).url, '--non-interactive', '--disable-progress-bar', '--verbose', file];
        const timeoutMs = opts.timeoutMs ?? 10 * 60 * 1000;
        const result = await opts.exec(argv[0], args, {
            // TWINE_PASSWORD, not --password: the token must not show up in a process listing.
            env: { TWINE_USERNAME: '__token__', TWINE_PASSWORD: opts.token, TWINE_REPOSITORY: undefined, TWINE_REPOSITORY_URL: undefined, NO_COLOR: '1', COLUMNS: '200' },
            check: false,
            signal: opts.signal,
            timeoutMs,
        }).catch((err) => {
            if (!(0,core_errors/* isReleaseError */.q8)(err, 'TIMEOUT'))
                throw err;
            throw new core_errors/* ReleaseError */.K2('TIMEOUT', `Uploading ${(0,external_node_path_.basename)(file)} to ${redactUrl(opts.repositoryUrl)} did not finish within ${formatMs(timeoutMs)} (twine was killed with its process group)`, 'Check that the upload endpoint answers, or raise input `upload-timeout` (seconds per file and attempt) for large files.', { transient: true, cause: err });
        });
        if (result.code !== 0)
            throw classifyTwineFailure((0,external_node_path_.basename)(file), opts.repositoryUrl, `${result.stdout}\n${result.stderr}`);
        opts.logger.info(`uploaded ${(0,external_node_path_.basename)(file)} to ${redactUrl(opts.repositoryUrl)}`);
        uploaded.push(file);
    }
    return { uploaded };
}
/** Turns twine's output for a failed upload of `file` into a ReleaseError with the fix in the hint. */
function classifyTwineFailure(file, repositoryUrl, output) {
    // Strip ANSI colour codes rich may print despite NO_COLOR.
    const text = redactUrl(output.replace(new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'), ''));
    repositoryUrl = redactUrl(repositoryUrl);
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
    const ctx = { ...createStepContext('publish-and-verify', opts.logger), sleep: opts.sleep, signal: opts.signal };
    const retryOptions = { attempts: opts.attempts ?? 5, baseDelayMs: opts.baseDelayMs ?? 2000, maxDelayMs: opts.maxDelayMs ?? 60000, jitter: 0.3 };
    for (const artifact of opts.artifacts)
        await checkLocalDigest(opts.dir, artifact);
    const state = await retry(() => pythonRemoteState({ indexUrl: opts.indexUrl, name: opts.name, version: opts.version, artifacts: opts.artifacts, fetchImpl: opts.fetchImpl, signal: opts.signal, timeoutMs: opts.requestTimeoutMs }), retryOptions)(undefined, ctx);
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
        const upload = retry(async () => {
            // Renew a minted token a minute before it runs out; an upload started with it may take a while.
            if (opts.renewToken && expiresAt !== undefined && Date.now() > expiresAt - 60_000) {
                ({ token, expiresAt } = await opts.renewToken());
                opts.logger.setSecret(token);
            }
            // Checked again right before every attempt: the bytes twine reads are the approved ones.
            await checkLocalDigest(opts.dir, artifact);
            return twineUpload({ python: opts.python, twine: opts.twine, repositoryUrl, token, files: [(0,external_node_path_.join)(opts.dir, artifact.file)], exec: opts.exec, logger: opts.logger, signal: opts.signal, timeoutMs: opts.uploadTimeoutMs });
        }, retryOptions);
        try {
            await upload(undefined, { ...ctx, attempts: counter });
        }
        finally {
            attempts += counter.count;
        }
        // And what the index now reports must be those bytes too (a file swapped under the tool is caught here).
        const after = await retry(() => pythonRemoteState({ indexUrl: opts.indexUrl, name: opts.name, version: opts.version, artifacts: [artifact], fetchImpl: opts.fetchImpl, signal: opts.signal, timeoutMs: opts.requestTimeoutMs }), retryOptions)(undefined, ctx);
        if (after[artifact.file] === 'different') {
            throw new core_errors/* ReleaseError */.K2('DIGEST_MISMATCH', `${indexBase(opts.indexUrl)} reports other bytes for ${artifact.file} than the approved sha256 ${artifact.sha256} after the upload.`, 'The file changed while it was uploaded. Yank that file on the index, find what wrote into the runner\'s temp directory, and release a new version.');
        }
        if (after[artifact.file] === 'absent')
            opts.logger.warning(`${indexBase(opts.indexUrl)} does not list ${artifact.file} yet after the upload; verification will check it.`);
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
    const served = await waitUntilServed(() => verify_pollOnce(opts), opts);
    if (!served.served)
        return { verified: false, propagationS: served.propagationS, state: served.state, reason: served.reason };
    const { propagationS } = served;
    opts.logger.info(`${indexBase(opts.indexUrl)} serves ${opts.artifacts.map((a) => a.file).join(', ')} (after ${propagationS.toFixed(1)} s)`);
    const installedVersion = await installAndImport(opts);
    return { verified: true, propagationS, installedVersion, state: 'verified' };
}
async function verify_pollOnce(opts) {
    const req = { indexUrl: opts.indexUrl, name: opts.name, fetchImpl: opts.fetchImpl, signal: opts.signal, timeoutMs: opts.requestTimeoutMs };
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
        if (isRequestTimeout(err))
            return { state: 'unanswered', reason: `the index did not answer: ${err.message}` };
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
        const fresh = await createVenv(opts.exec, opts.python, venv, { signal: opts.signal, timeoutMs: 5 * 60 * 1000 });
        const py = fresh.python;
        const [pip, ...pipPrefix] = fresh.pip;
        const index = simpleIndexUrl(opts.indexUrl);
        const host = new URL(index);
        // pip trusts plain http only on loopback; any other http index must be named as trusted.
        const trusted = host.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(host.hostname) ? ['--trusted-host', host.hostname] : [];
        const install = await opts.exec(pip, [...pipPrefix, '--isolated', 'install', '--no-cache-dir', '--disable-pip-version-check', '--timeout', String(Math.max(1, Math.ceil((opts.requestTimeoutMs ?? 60_000) / 1000))), '--index-url', index, ...trusted, ...(opts.pipArgs ?? []), `${opts.name}==${opts.version}`], { cwd, check: false, signal: opts.signal, timeoutMs: opts.installTimeoutMs ?? 5 * 60 * 1000 });
        if (install.code !== 0) {
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `pip could not install ${opts.name}==${opts.version} from ${index}:\n${verify_excerpt(install.stdout, install.stderr)}`, 'The index lists the files but they do not install: check the requirements (Requires-Python, dependencies on this index).');
        }
        const probe = `import importlib.metadata, ${opts.importName}\nprint(importlib.metadata.version(${JSON.stringify(opts.name)}))`;
        const check = await opts.exec(py, ['-c', probe], { cwd, check: false, signal: opts.signal, timeoutMs: 2 * 60 * 1000 });
        if (check.code !== 0) {
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `${opts.name}==${opts.version} installed from ${index} but \`import ${opts.importName}\` failed:\n${verify_excerpt(check.stdout, check.stderr)}`, 'Check that the wheel contains the package under the import name derived from the project name (dashes become underscores).');
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
    remoteState: (env, { registry, name, version, artifacts }) => pythonRemoteState({ indexUrl: registry.indexUrl, name, version, artifacts, timeoutMs: env.requestTimeoutMs, signal: env.signal }),
    async credentials(env, { registry, token, useOidc }) {
        const t = await getPublishToken({
            token,
            indexUrl: registry.indexUrl,
            useOidc,
            requestUrl: env.runner?.oidc?.requestUrl,
            requestToken: env.runner?.oidc?.requestToken,
            logger: env.logger,
            sleep: env.sleep,
            signal: env.signal,
            requestTimeoutMs: env.requestTimeoutMs,
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
            requestTimeoutMs: env.requestTimeoutMs,
            uploadTimeoutMs: env.uploadTimeoutMs,
        });
        return { uploaded: r.uploaded, skipped: r.skipped, attempts: r.attempts };
    },
    async verify(env, { registry, info, version, artifacts, timeoutMs, pollMs }) {
        const py = await python(env, ['venv', 'ensurepip']);
        const r = await verifyPythonRelease({ indexUrl: registry.indexUrl, name: info.name, version, artifacts, python: py, timeoutMs, pollMs, importName: importName(info.name), exec: env.exec, logger: env.logger, sleep: env.sleep, now: env.now, signal: env.signal, requestTimeoutMs: env.requestTimeoutMs });
        return { verified: r.verified, state: r.state, propagationS: r.propagationS, installedVersion: r.installedVersion, reason: r.reason };
    },
};

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/ecosystems/python/pyproject.ts



/** `[project] version`. */
const PROJECT_VERSION = ['project', 'version'];
/** `[tool.poetry] version`. */
const POETRY_VERSION = ['tool', 'poetry', 'version'];
/** Parses pyproject text; broken TOML is a BAD_TOML ReleaseError naming `file` and the parser's line and column. */
function parsePyproject(text, file) {
    try {
        return (0,smol_toml_dist/* parse */.qg)(text);
    }
    catch (err) {
        if (err instanceof smol_toml_dist/* TomlError */.zx) {
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

;// CONCATENATED MODULE: ./src/ecosystems/python/release-config.ts



function str(v) {
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}
function strList(v) {
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v.map((x) => x.trim().toLowerCase()).filter(Boolean) : undefined;
}
/**
 * commitizen's `tag_format` (`v$version`, `${version}`, `$version`) as a tag template, or undefined when it
 * uses variables other than the version (`$major.$minor`), which a template cannot express.
 */
function commitizenTagTemplate(format) {
    const t = format.split('${version}').join('{version}').split('$version').join('{version}');
    return t.includes('$') || !t.includes('{version}') ? undefined : t;
}
/** python-semantic-release's `tag_format` (`v{version}`) as a tag template, or undefined when it uses other fields. */
function semanticReleaseTagTemplate(format) {
    const t = format.split('{ version }').join('{version}');
    return /\{(?!version\})/.test(t) || !t.includes('{version}') ? undefined : t;
}
/** commitizen's bump rules: its conventional defaults (refactor and perf bump the patch), or a customized bump_map. */
function commitizenBumpRules(cz) {
    const map = getPath(cz, ['customize', 'bump_map']) ?? cz['bump_map'];
    if (map !== null && typeof map === 'object' && !Array.isArray(map)) {
        const minor = [];
        const patch = [];
        for (const [type, level] of Object.entries(map)) {
            const l = String(level).toUpperCase();
            if (l === 'MINOR')
                minor.push(type.toLowerCase());
            else if (l === 'PATCH')
                patch.push(type.toLowerCase());
        }
        if (minor.length + patch.length > 0)
            return { minor, patch };
    }
    return { minor: ['feat'], patch: ['fix', 'refactor', 'perf'] };
}
/**
 * What a Python project's release tools say about tags, bump rules and the changelog: `[tool.commitizen]`,
 * `[tool.semantic_release]` (with its `commit_parser_options` and changelog file, v7 to v9 spellings) and
 * `[tool.towncrier]` (in pyproject.toml or towncrier.toml). Reads only; unknown shapes are left out.
 */
async function readPythonReleaseConventions(root, packageDir) {
    const dir = resolveInside(root, packageDir, 'package-dir');
    const text = await readTextOrNull((0,external_node_path_.join)(dir, 'pyproject.toml'));
    const out = {};
    const doc = text === null ? {} : parsePyproject(text, 'pyproject.toml');
    const tool = (getPath(doc, ['tool']) ?? {});
    const cz = tool['commitizen'];
    if (cz !== null && typeof cz === 'object') {
        const c = cz;
        const from = '[tool.commitizen]';
        const fmt = str(c['tag_format']);
        const template = fmt !== undefined ? commitizenTagTemplate(fmt) : undefined;
        if (template)
            out.tagTemplate = { template, from };
        const rules = commitizenBumpRules(c);
        out.bumpRules = { ...rules, from };
        const file = str(c['changelog_file']);
        if (file)
            out.changelogFile = { path: file, from };
    }
    const psr = tool['semantic_release'];
    if (psr !== null && typeof psr === 'object') {
        const p = psr;
        const from = '[tool.semantic_release]';
        const fmt = str(p['tag_format']);
        const template = fmt !== undefined ? semanticReleaseTagTemplate(fmt) : undefined;
        if (template && !out.tagTemplate)
            out.tagTemplate = { template, from };
        const opts = getPath(p, ['commit_parser_options']);
        const parser = str(p['commit_parser']) ?? 'conventional';
        if (['conventional', 'angular', 'conventional-commits'].includes(parser) && !out.bumpRules) {
            const minor = strList(getPath(opts, ['minor_tags'])) ?? ['feat'];
            const patch = strList(getPath(opts, ['patch_tags'])) ?? ['fix', 'perf'];
            out.bumpRules = { minor, patch, from: `${from} commit_parser_options` };
        }
        const file = str(getPath(p, ['changelog', 'default_templates', 'changelog_file'])) ?? str(getPath(p, ['changelog', 'changelog_file'])) ?? str(p['changelog_file']);
        if (file && !out.changelogFile)
            out.changelogFile = { path: file, from };
    }
    let tc = tool['towncrier'];
    let tcFrom = '[tool.towncrier] in pyproject.toml';
    if (tc === undefined) {
        const own = await readTextOrNull((0,external_node_path_.join)(dir, 'towncrier.toml'));
        if (own !== null) {
            tc = getPath(parsePyproject(own, 'towncrier.toml'), ['tool', 'towncrier']) ?? {};
            tcFrom = 'towncrier.toml';
        }
    }
    if (tc !== null && typeof tc === 'object') {
        const t = tc;
        out.towncrier = { filename: str(t['filename']) ?? 'NEWS.rst', directory: str(t['directory']), from: tcFrom };
        const name = str(t['name']);
        if (name)
            out.towncrier.name = name;
    }
    return out;
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
    const text = await readTextOrNull(resolveInside(pkgRoot, PYPROJECT, 'pyproject.toml'));
    if (text === null) {
        throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${pyFile} was not found.`, 'Point input "package-dir" at the directory holding pyproject.toml (setup.py-only projects are not supported).', { location: { file: pyFile } });
    }
    const doc = parsePyproject(text, pyFile);
    const config = readVersionConfig(doc);
    if (!config.name) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${pyFile} has no [project] name.`, 'Add `name = "your-package"` under [project].', { location: { file: pyFile } });
    }
    const name = config.name;
    assertValidPythonName(name, pyFile);
    // A VCS plugin owns the version even when a placeholder (poetry-dynamic-versioning's "0.0.0") is written.
    if (config.fromVcs)
        return { name, sources: [], fromVcs: true };
    const sources = [];
    for (const s of config.staticVersions) {
        sources.push({
            path: pyFile,
            version: s.version,
            via: `[${s.key.slice(0, -1).join('.')}] version`,
            updater: { updateContent: (t, next) => updateContent(t, next, { keys: [s.key], file: pyFile }) },
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
        sources.push({ path, version, via: r.via, updater: { updateContent: (t, next) => version_file_updateContent(t, next, { variable: r.variable, file: path }) } });
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
            sources.push({ path, version, via: '__version__', updater: { updateContent: (t, next) => version_file_updateContent(t, next, { file: path }) } });
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
    return planVersionEdits(root, info, (await collectVersionSources(root, packageDir)).sources, next);
}
/** The Python ecosystem: pyproject.toml (PEP 621, Poetry, hatch, setuptools, pdm) and `__version__` files. */
const pythonAdapter = {
    ...pythonPipeline,
    name: 'python',
    detect: detectPython,
    readPackage: readPythonPackage,
    planVersionEdits: planPythonVersionEdits,
    docsReplacements: pythonDocsReplacements,
    releaseConventions: readPythonReleaseConventions,
};

;// CONCATENATED MODULE: ./src/ecosystems/adapters.ts



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
    limits;
    constructor(cwd, run = exec, limits = {}) {
        this.cwd = cwd;
        this.run = run;
        this.limits = limits;
    }
    /**
     * Runs git with the given arguments; throws GIT_FAILED with git's message on a non-zero exit. `network`
     * commands (talking to a remote) get deadlines: a stalled transfer is cut after `requestTimeoutMs`, the whole
     * command (with its helpers, as a process group) after `networkTimeoutMs`, as TIMEOUT naming the remote.
     */
    async git(args, options = {}) {
        const stallS = Math.max(1, Math.ceil((this.limits.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS) / 1000));
        const killMs = this.limits.networkTimeoutMs ?? Math.max(10 * 60_000, stallS * 5000);
        const argv = options.network ? ['-c', 'http.lowSpeedLimit=1', '-c', `http.lowSpeedTime=${stallS}`, ...args] : args;
        const started = Date.now();
        const timedOut = (detail) => new core_errors/* ReleaseError */.K2('TIMEOUT', `git ${args[0]} with remote "${options.network}" did not answer within ${detail} (gave up after ${formatMs(Date.now() - started)})`, 'Check that the remote is reachable (its URL in `git remote -v`), or raise input `request-timeout` (seconds without progress).', { transient: true });
        let result;
        try {
            result = await this.run('git', argv, {
                cwd: this.cwd,
                check: options.check ?? true,
                input: options.input,
                env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env },
                timeoutMs: options.network ? killMs : undefined,
            });
        }
        catch (err) {
            if (options.network && err instanceof core_errors/* ReleaseError */.K2 && err.code === 'TIMEOUT')
                throw timedOut(formatMs(killMs));
            if (options.network && err instanceof CommandFailedError && /Operation too slow/.test(err.result.stderr))
                throw timedOut(`${stallS} s`);
            if (err instanceof CommandFailedError) {
                throw new core_errors/* ReleaseError */.K2('GIT_FAILED', `git ${args[0]} failed: ${err.result.stderr.trim() || err.result.stdout.trim()}`, 'See git\'s message; check the repository state and the remote.', { cause: err });
            }
            throw err;
        }
        if (options.network && result.code !== 0 && /Operation too slow/.test(result.stderr))
            throw timedOut(`${stallS} s`);
        return result;
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
        const r = await this.git(['ls-remote', '--tags', remote, `refs/tags/${tag}`, `refs/tags/${tag}^{}`], { check: false, network: remote });
        if (r.code !== 0)
            return null;
        const lines = r.stdout.trim().split('\n').filter(Boolean);
        const peeled = lines.find((l) => l.endsWith('^{}'));
        const plain = lines.find((l) => !l.endsWith('^{}'));
        return (peeled ?? plain)?.split('\t')[0] ?? null;
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
        // Paths removed from the tree (towncrier's consumed news fragments) are committed as deletions by
        // `git commit -- paths`; `git add` would refuse them.
        const present = paths.filter((p) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.cwd, p)));
        if (present.length > 0)
            await this.git(['add', '--', ...present]);
        await this.git(['commit', '--no-verify', '-m', message, '--', ...paths], { env: identityEnv(identity) });
        return this.head();
    }
    /** Creates an annotated tag on `sha` with `message`. */
    async tag(tag, sha, message, identity = BOT_IDENTITY) {
        await this.git(['tag', '--annotate', '--file=-', '--', tag, sha], { input: message, env: identityEnv(identity) });
    }
    /** Pushes refspecs to a remote (never forced). */
    async push(remote, refspecs) {
        await this.git(['push', '--porcelain', remote, ...refspecs], { network: remote });
    }
    /** True in a shallow clone (`fetch-depth: 1`), where history and tags are partial. */
    async isShallow() {
        const r = await this.git(['rev-parse', '--is-shallow-repository'], { check: false });
        return r.stdout.trim() === 'true';
    }
    /** Fetches the rest of the history and every tag from `remote` (`git fetch --unshallow --tags`). */
    async unshallow(remote) {
        await this.git(['fetch', '--quiet', '--unshallow', '--tags', remote]);
    }
    /** Fetches a branch from the remote; returns the remote branch's SHA or null. */
    async fetchBranch(remote, branch) {
        const r = await this.git(['fetch', '--quiet', remote, `refs/heads/${branch}`], { check: false, network: remote });
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
async function assertValidRefName(name, input, run = exec) {
    const r = await run('git', ['check-ref-format', `refs/tags/${name}`], { check: false });
    if (r.code !== 0 || /[\s\n\r]/.test(name)) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "${input}" gives "${name}", which is not a valid git ref name.`, 'Use letters, digits, dots, dashes and slashes; no spaces, "..", "~", "^", ":" or control characters.');
    }
}

;// CONCATENATED MODULE: ./src/github/repository.ts
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

// EXTERNAL MODULE: ./src/stages/prepare-checks.ts
var prepare_checks = __webpack_require__(2384);
;// CONCATENATED MODULE: ./src/changelog/locate.ts



/** Base names of changelogs, in the order they are preferred when a directory holds several. */
const NAMES = ['changelog', 'changes', 'history', 'news', 'releases', 'release-notes', 'release_notes'];
/** Extensions, in order of preference. */
const EXTS = ['.md', '.rst', '', '.txt', '.markdown'];
/** Names only taken under docs/ (`docs/versions.rst` is a common Sphinx page). */
const DOCS_ONLY = ['versions', 'whatsnew'];
async function entries(dir) {
    try {
        return (await (0,promises_.readdir)(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
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
    const dir = resolveInside(root, packageDir, 'package-dir');
    if (explicit) {
        const path = external_node_path_.posix.normalize(explicit.path.split('\\').join('/'));
        resolveInside(dir, path, 'changelog-file');
        const parent = external_node_path_.posix.dirname(path);
        const here = await entries(resolveInside(dir, parent, 'changelog-file'));
        return { path, exists: here.includes(external_node_path_.posix.basename(path)), from: explicit.from };
    }
    for (const [sub, names] of [['', NAMES], ['docs', [...NAMES, ...DOCS_ONLY]]]) {
        const files = await entries(sub ? resolveInside(dir, sub) : dir);
        const best = files.map((f) => ({ f, r: rank(f, names) })).filter((x) => x.r >= 0).sort((a, b) => a.r - b.r)[0];
        if (best)
            return { path: sub ? `${sub}/${best.f}` : best.f, exists: true, from: 'found' };
    }
    return { path: 'CHANGELOG.md', exists: false, from: 'new' };
}

;// CONCATENATED MODULE: ./src/changelog/render.ts

/** The section headings of a release, in the order they are written (Keep a Changelog 1.1 plus three). */
const SECTION_ORDER = ['Breaking Changes', 'Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security', 'Dependencies', 'Other'];
/** Conventional types that are never user-facing: left out of the changelog (unless breaking or deps). */
const HIDDEN_TYPES = new Set(['chore', 'ci', 'test', 'tests', 'docs', 'doc', 'style', 'build', 'release', 'wip']);
/**
 * The section a commit goes to, or null when it is left out. Breaking changes first (whatever their type),
 * and only there; type `deps`, or a hidden type with scope `deps` (`chore(deps)`, `build(deps)`) →
 * Dependencies (scope `deps-dev`, dev-only updates, stays hidden); reverts → Changed; feat → Added; fix → Fixed (Security with scope `security`); perf and refactor → Changed;
 * deprecate → Deprecated; remove → Removed; security → Security; chore/ci/test/docs/style/build → left out;
 * merges → left out (the merged commits speak); non-conventional commits and unknown types → Other.
 */
function sectionOf(c, includeOther = true) {
    if (c.isMerge)
        return null;
    if (c.breaking)
        return 'Breaking Changes';
    const scope = c.scope?.toLowerCase() ?? null;
    if (c.type === 'deps')
        return 'Dependencies';
    // Dependency updates that would otherwise be hidden (chore(deps), build(deps)); feat(deps) and fix(deps)
    // are user-facing changes and stay under Added and Fixed, as other changelog tools list them.
    if (scope === 'deps' && c.type !== null && HIDDEN_TYPES.has(c.type))
        return 'Dependencies';
    if (c.isRevert)
        return 'Changed';
    switch (c.type) {
        case 'feat':
            return 'Added';
        case 'fix':
            return scope === 'security' ? 'Security' : 'Fixed';
        case 'perf':
        case 'refactor':
            return 'Changed';
        case 'deprecate':
        case 'deprecated':
            return 'Deprecated';
        case 'remove':
        case 'removed':
            return 'Removed';
        case 'security':
            return 'Security';
        default:
            if (c.type !== null && HIDDEN_TYPES.has(c.type))
                return null;
            return includeOther ? 'Other' : null;
    }
}
/** Lines of a breaking note kept in an entry; the commit message holds the rest. */
const MAX_NOTE_LINES = 40;
/** Characters of a description or note kept in an entry. */
const MAX_ENTRY_CHARS = 4000;
/**
 * Characters of one release section: it travels in job outputs (1 MB each), the context and the release
 * body (125 000 characters), so entries past this are summarised in one line.
 */
const MAX_SECTION_CHARS = 64_000;
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max)}…`;
}
/** `- **scope:** description ([abc1234](…/commit/sha)) ([#12](…/pull/12))`, plus an indented breaking note. */
function renderEntry(c, repoUrl) {
    const short = c.sha.slice(0, 7);
    let line = '- ';
    if (c.scope)
        line += `**${clip(c.scope, 100)}:** `;
    line += clip(c.description, MAX_ENTRY_CHARS);
    line += repoUrl ? ` ([${short}](${repoUrl}/commit/${c.sha}))` : ` (${short})`;
    if (c.pr !== null)
        line += repoUrl ? ` ([#${c.pr}](${repoUrl}/pull/${c.pr}))` : ` (#${c.pr})`;
    if (c.breaking && c.breakingNote && c.breakingNote !== c.description) {
        const noteLines = clip(c.breakingNote, MAX_ENTRY_CHARS).split('\n');
        for (const noteLine of noteLines.slice(0, MAX_NOTE_LINES))
            line += noteLine.trim() === '' ? '\n' : `\n  ${noteLine.trimEnd()}`;
        const more = c.breakingNote.split('\n').length - Math.min(noteLines.length, MAX_NOTE_LINES);
        if (more > 0)
            line += `\n  … (${more} more line${more === 1 ? '' : 's'} in the commit message of ${short})`;
    }
    return line;
}
/** `Added` for `added`, `### Added`, `Breaking changes`, `⚠ BREAKING CHANGES`; null for other headings. */
function standardHeading(heading) {
    const key = heading.toLowerCase().replace(/[^a-z]/g, '');
    for (const s of SECTION_ORDER)
        if (s.toLowerCase().replace(/[^a-z]/g, '') === key)
            return s;
    return null;
}
/** The link reference for a release heading, or undefined without repoUrl. */
function linkLineFor(version, tag, previousTag, repoUrl) {
    if (!repoUrl)
        return undefined;
    if (previousTag)
        return `[${version}]: ${repoUrl}/compare/${previousTag}...${tag}`;
    if (version === 'Unreleased')
        return undefined;
    return `[${version}]: ${repoUrl}/releases/tag/${tag}`;
}
/**
 * A Keep a Changelog 1.1 section for one release: `## [1.3.0] - 2026-12-05`, then Breaking Changes, Added,
 * Changed, Deprecated, Removed, Fixed, Security, Dependencies, Other (see sectionOf), each entry linked to
 * its commit and pull request. Hand-written entries come first under their heading; headings outside the
 * standard ones follow in their own order. Commits come in the order given (git log: newest first); a revert
 * and the commit it reverts, both in the list, cancel out. A release with no entries says so in one line.
 */
function renderSection(input) {
    const repoUrl = input.repoUrl?.replace(/\/+$/, '') || undefined;
    const { preamble, groups, entries } = groupSection(input);
    const heading = input.version === 'Unreleased' ? '## [Unreleased]' : `## [${input.version}] - ${input.date}`;
    const parts = [heading];
    if (preamble.length > 0)
        parts.push(preamble.join('\n'));
    for (const [name, list] of groups)
        parts.push(`### ${name}`, list.map((e) => (typeof e === 'string' ? e : renderEntry(e, repoUrl))).join('\n'));
    if (parts.length === 1 && input.version !== 'Unreleased')
        parts.push('No notable changes.');
    const markdown = parts.join('\n\n') + '\n';
    const linkLine = linkLineFor(input.version, input.tag, input.previousTag, repoUrl);
    return linkLine === undefined ? { markdown, entries } : { markdown, entries, linkLine };
}
/** Groups hand-written entries and commits under their headings (see renderSection for the rules). */
function groupSection(input) {
    const includeOther = input.includeOther ?? true;
    const map = new Map();
    const add = (heading, entry) => {
        const list = map.get(heading);
        if (list)
            list.push(entry);
        else
            map.set(heading, [entry]);
    };
    let entries = 0;
    const preamble = [];
    const customOrder = [];
    for (const [heading, items] of Object.entries(input.extraEntries ?? {})) {
        if (items.length === 0)
            continue;
        if (heading === '') {
            preamble.push(...items);
            continue;
        }
        const name = standardHeading(heading) ?? heading;
        if (!standardHeading(heading) && !customOrder.includes(name))
            customOrder.push(name);
        for (const item of items) {
            add(name, item);
            entries++;
        }
    }
    // A commit a hand-written entry already names (its pull request or short SHA) is not listed twice.
    const written = Object.values(input.extraEntries ?? {}).flat().join('\n');
    for (const c of (0,conventional/* dropCancelledReverts */.kS)(input.commits)) {
        const section = sectionOf(c, includeOther);
        if (section === null || (written && namesCommit(written, c)))
            continue;
        add(section, c);
        entries++;
    }
    const groups = [];
    for (const name of [...SECTION_ORDER, ...customOrder]) {
        const list = map.get(name);
        if (list && list.length > 0)
            groups.push([name, list]);
    }
    capGroups(groups);
    return { preamble, groups, entries };
}
/**
 * Past the size budget (MAX_SECTION_CHARS, the release notes must fit job outputs and GitHub's release
 * body), each group keeps the entries that fit and says how many it left out. Sizes are measured on the
 * entries as rendered without links, plus room for them.
 */
function capGroups(groups) {
    let budget = MAX_SECTION_CHARS - 400;
    for (const group of groups) {
        const list = group[1];
        let kept = 0;
        for (; kept < list.length; kept++) {
            const e = list[kept];
            const size = (typeof e === 'string' ? e.length : renderEntry(e).length + 160) + 1;
            if (budget - size <= 0)
                break;
            budget -= size;
        }
        if (kept < list.length) {
            group[1] = [...list.slice(0, kept), `- … and ${list.length - kept} more (left out to keep the release notes under ${MAX_SECTION_CHARS / 1000} kB; see the git log)`];
            budget -= 120;
        }
    }
}
/** True when text names the commit: its short SHA, or its pull request as `#12`, `{pr}`12``, `pull/12`. */
function namesCommit(text, c) {
    if (text.includes(c.sha.slice(0, 7)))
        return true;
    if (c.pr === null)
        return false;
    for (const mark of [`#${c.pr}`, `{pr}\`${c.pr}\``, `pull/${c.pr}`]) {
        let at = text.indexOf(mark);
        while (at >= 0) {
            const after = text.charCodeAt(at + mark.length);
            if (!(after >= 48 && after <= 57))
                return true;
            at = text.indexOf(mark, at + 1);
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./src/changelog/insert.ts


/** Two sets of hand-written entries by heading, `a`'s first. */
function mergeEntries(a, b) {
    const out = {};
    for (const src of [a ?? {}, b ?? {}])
        for (const [k, v] of Object.entries(src))
            out[k] = [...(out[k] ?? []), ...v];
    return out;
}
function splitLines(text) {
    const lines = [];
    let start = 0;
    let fenced = false;
    while (start < text.length) {
        const nl = text.indexOf('\n', start);
        const next = nl < 0 ? text.length : nl + 1;
        let end = nl < 0 ? text.length : nl;
        if (end > start && text.charCodeAt(end - 1) === 13)
            end--;
        const t = text.slice(start, end);
        const fence = /^ {0,3}(```|~~~)/.test(t);
        lines.push({ start, next, text: t, fenced: fenced || fence });
        if (fence)
            fenced = !fenced;
        start = next;
    }
    return lines;
}
/** The label of a `## ` heading: `1.2.0` for `## [1.2.0] - 2026-01-01` or `## v1.2.0`; `unreleased` lower-cased. */
function h2Label(line) {
    if (line.fenced || !line.text.startsWith('## '))
        return null;
    const rest = line.text.slice(3).trim();
    let label;
    if (rest.startsWith('[')) {
        const close = rest.indexOf(']');
        label = close < 0 ? rest.slice(1) : rest.slice(1, close);
    }
    else {
        const space = rest.indexOf(' ');
        label = space < 0 ? rest : rest.slice(0, space);
    }
    label = label.trim();
    if (label.toLowerCase() === 'unreleased')
        return 'unreleased';
    return label.length > 1 && (label[0] === 'v' || label[0] === 'V') && /^[0-9]/.test(label.slice(1)) ? label.slice(1) : label;
}
function isReleaseLabel(label) {
    return /^[0-9]/.test(label);
}
/** `[label]: url` → { label, url }, or null. */
function linkRef(line) {
    if (line.fenced || !line.text.startsWith('['))
        return null;
    const close = line.text.indexOf(']:');
    if (close < 2)
        return null;
    const url = line.text.slice(close + 2).trim();
    if (url.length === 0 || url.includes(' '))
        return null;
    return { label: line.text.slice(1, close), url };
}
/** `https://github.com/o/r` from a compare or release link in the file, or undefined. */
function repoUrlFromLinks(lines) {
    for (const l of lines) {
        const ref = linkRef(l);
        if (!ref)
            continue;
        for (const marker of ['/compare/', '/releases/tag/', '/tree/', '/commits/']) {
            const at = ref.url.indexOf(marker);
            if (at > 0)
                return ref.url.slice(0, at);
        }
    }
    return undefined;
}
/** Hand-written entries of an Unreleased block, by `###` heading (`''` before any heading). */
function parseUnreleasedEntries(blockLines) {
    const out = {};
    let heading = '';
    let item = null;
    let pendingBlank = false;
    const flush = () => {
        if (item && item.length > 0)
            (out[heading] ??= []).push(item.join('\n').trimEnd());
        item = null;
        pendingBlank = false;
    };
    for (const line of blockLines) {
        if (line.startsWith('### ')) {
            flush();
            heading = line.slice(4).trim();
            out[heading] ??= [];
            continue;
        }
        if (line.trim() === '') {
            if (item)
                pendingBlank = true;
            continue;
        }
        const bullet = /^[-*+] /.test(line);
        const indented = line.startsWith(' ') || line.startsWith('\t');
        if (bullet) {
            flush();
            item = [line];
        }
        else if (item && (indented || !pendingBlank)) {
            // An indented line (or a lazy continuation) belongs to the item above; keep a blank line kept inside it.
            if (pendingBlank)
                item.push('');
            item.push(line);
            pendingBlank = false;
        }
        else {
            flush();
            item = [line];
        }
    }
    flush();
    for (const k of Object.keys(out))
        if (out[k].length === 0)
            delete out[k];
    return out;
}
/** The header of a new CHANGELOG.md (Keep a Changelog 1.1). */
function changelogHeader(title = 'Changelog', scheme = 'semver') {
    const rules = scheme === 'pep440' ? '[PEP 440](https://peps.python.org/pep-0440/) versions' : '[Semantic Versioning](https://semver.org/spec/v2.0.0.html)';
    return [
        `# ${title}`,
        '',
        'All notable changes to this project will be documented in this file.',
        '',
        'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
        `and this project adheres to ${rules}.`,
        '',
    ].join('\n');
}
/**
 * Puts a release section into a changelog's text, touching nothing else.
 *
 * - With `## [Unreleased]`: its hand-written entries move into the new section (merged under the same `###`
 *   headings, before the generated ones), `## [Unreleased]` stays, empty, and the section goes right below
 *   it. Link references at the bottom follow the file's style: an `[Unreleased]` link is pointed at
 *   `<tag>...HEAD` and the release's link added below it; a file with version links but no `[Unreleased]`
 *   one gets the release's link above the newest; a file without link references gets none.
 * - Without `## [Unreleased]` but with `## ` sections: the section goes above the first release section.
 * - With only a `# ` title: `## [Unreleased]` and the section are appended.
 * - No file (null or blank): a new one with the Keep a Changelog header, `## [Unreleased]` and the section.
 * - No `# ` title and no `## ` heading: BAD_CHANGELOG (it is not a changelog this can edit safely).
 * - The version already has a `## [x]` section: the text comes back unchanged, with that section as
 *   sectionMarkdown, so a re-run after a partial failure is safe.
 *
 * Without `repoUrl`, the repository URL is taken from the file's own compare links, if any. Line endings
 * follow the file (CRLF stays CRLF).
 */
function insertRelease(existing, input) {
    const { title, scheme, carriedEntries, ...base } = input;
    const renderBase = { ...base, extraEntries: carriedEntries };
    if (existing === null || existing.trim() === '') {
        const rendered = renderSection(renderBase);
        const links = rendered.linkLine && renderBase.repoUrl ? `\n[Unreleased]: ${trimUrl(renderBase.repoUrl)}/compare/${input.tag}...HEAD\n${rendered.linkLine}\n` : '';
        const text = `${changelogHeader(title, scheme)}\n## [Unreleased]\n\n${rendered.markdown}${links}`;
        return { text, sectionMarkdown: rendered.markdown, entries: rendered.entries };
    }
    const eol = existing.includes('\r\n') ? '\r\n' : '\n';
    const lines = splitLines(existing);
    const hasTitle = lines.some((l) => !l.fenced && l.text.startsWith('# '));
    const h2 = lines.map((l, i) => ({ i, label: h2Label(l) })).filter((h) => h.label !== null);
    if (!hasTitle && h2.length === 0) {
        throw new core_errors/* ReleaseError */.K2('BAD_CHANGELOG', 'The changelog has no "# " title and no "## " sections, so there is no safe place to add the release.', 'Give it a "# Changelog" title line (Keep a Changelog format), or delete the file so that release-relay creates one.', {
            location: { file: 'CHANGELOG.md', line: 1 },
        });
    }
    // Safe re-run: the version is already there.
    const wanted = insert_stripV(input.version);
    const already = h2.find((h) => h.label === wanted);
    if (already)
        return existingSection(lines, already.i, existing);
    const repoUrl = renderBase.repoUrl ? trimUrl(renderBase.repoUrl) : repoUrlFromLinks(lines);
    // The trailing run of link references (with blank lines between them) ends every section above it.
    let footerStart = lines.length;
    for (let k = lines.length - 1; k >= 0; k--) {
        if (linkRef(lines[k]))
            footerStart = k;
        else if (lines[k].text.trim() !== '')
            break;
    }
    const unreleased = h2.find((h) => h.label === 'unreleased');
    let text;
    let rendered;
    if (unreleased) {
        const nextH2 = h2.find((h) => h.i > unreleased.i);
        const blockEnd = Math.min(nextH2 ? nextH2.i : lines.length, footerStart > unreleased.i ? footerStart : lines.length);
        const block = lines.slice(unreleased.i + 1, blockEnd).map((l) => l.text);
        rendered = renderSection({ ...renderBase, repoUrl, extraEntries: mergeEntries(carriedEntries, parseUnreleasedEntries(block)) });
        const head = lines[unreleased.i];
        const headEnd = head.next;
        const headHasEol = headEnd > 0 && existing[headEnd - 1] === '\n';
        const restStart = blockEnd < lines.length ? lines[blockEnd].start : existing.length;
        const rest = existing.slice(restStart);
        text = existing.slice(0, headEnd) + (headHasEol ? '' : eol) + eol + withEol(rendered.markdown, eol) + (rest.length > 0 ? eol + rest : '');
    }
    else if (h2.length > 0) {
        rendered = renderSection({ ...renderBase, repoUrl });
        const first = h2.find((h) => isReleaseLabel(h.label)) ?? h2[0];
        const at = lines[first.i].start;
        text = existing.slice(0, at) + withEol(rendered.markdown, eol) + eol + existing.slice(at);
    }
    else {
        rendered = renderSection({ ...renderBase, repoUrl });
        let cut = existing.length;
        while (cut > 0 && (existing[cut - 1] === '\n' || existing[cut - 1] === '\r'))
            cut--;
        const trimmed = existing.slice(0, cut);
        const links = rendered.linkLine && repoUrl ? [`[Unreleased]: ${repoUrl}/compare/${input.tag}...HEAD`, rendered.linkLine] : [];
        text = trimmed + eol + eol + '## [Unreleased]' + eol + eol + withEol(rendered.markdown, eol) + (links.length > 0 ? eol + links.join(eol) + eol : '');
        return { text, sectionMarkdown: rendered.markdown, entries: rendered.entries };
    }
    text = updateLinks(text, eol, rendered.linkLine, repoUrl, input.tag);
    return { text, sectionMarkdown: rendered.markdown, entries: rendered.entries };
}
/** Points `[Unreleased]` at `<tag>...HEAD` and adds the release's link reference, in the file's style. */
function updateLinks(text, eol, linkLine, repoUrl, tag) {
    const lines = splitLines(text);
    let footerStart = lines.length;
    for (let k = lines.length - 1; k >= 0; k--) {
        if (linkRef(lines[k]))
            footerStart = k;
        else if (lines[k].text.trim() !== '')
            break;
    }
    const refs = lines.slice(footerStart).map((l, j) => ({ k: footerStart + j, ref: linkRef(l) })).filter((r) => r.ref !== null);
    if (refs.length === 0)
        return text;
    const unreleasedRef = refs.find((r) => r.ref?.label.toLowerCase() === 'unreleased');
    if (unreleasedRef && repoUrl) {
        const l = lines[unreleasedRef.k];
        const label = unreleasedRef.ref?.label ?? 'Unreleased';
        const lineEol = text.slice(l.start + l.text.length, l.next);
        const replacement = `[${label}]: ${repoUrl}/compare/${tag}...HEAD` + (lineEol || eol) + (linkLine ? linkLine + (lineEol || eol) : '');
        // A last line without an ending keeps having none.
        const fixed = lineEol ? replacement : replacement.slice(0, replacement.length - eol.length);
        return text.slice(0, l.start) + fixed + text.slice(l.next);
    }
    if (!linkLine)
        return text;
    const firstVersion = refs.find((r) => r.ref !== null && /^v?[0-9]/.test(r.ref.label));
    if (firstVersion) {
        const l = lines[firstVersion.k];
        return text.slice(0, l.start) + linkLine + eol + text.slice(l.start);
    }
    const endsWithEol = text.endsWith('\n');
    return text + (endsWithEol ? '' : eol) + linkLine + eol;
}
/** The existing section of a version, for a re-run: text unchanged. */
function existingSection(lines, at, text) {
    let end = at + 1;
    while (end < lines.length && h2Label(lines[end]) === null && linkRef(lines[end]) === null)
        end++;
    while (end > at + 1 && lines[end - 1].text.trim() === '')
        end--;
    const body = lines.slice(at, end).map((l) => l.text);
    const entries = body.filter((l) => /^[-*+] /.test(l)).length;
    return { text, sectionMarkdown: body.join('\n') + '\n', entries };
}
function insert_stripV(v) {
    return v.length > 1 && (v[0] === 'v' || v[0] === 'V') && /^[0-9]/.test(v.slice(1)) ? v.slice(1) : v;
}
function trimUrl(url) {
    let u = url;
    while (u.endsWith('/'))
        u = u.slice(0, -1);
    return u;
}
function withEol(markdown, eol) {
    return eol === '\n' ? markdown : markdown.split('\n').join(eol);
}

;// CONCATENATED MODULE: ./src/changelog/dates.ts
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function ordinal(d) {
    if (d % 100 >= 11 && d % 100 <= 13)
        return `${d}th`;
    const suffix = { 1: 'st', 2: 'nd', 3: 'rd' };
    return `${d}${suffix[d % 10] ?? 'th'}`;
}
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/**
 * The first date in `text` and its style: ISO `2024-12-06`, `2024/12/06`, `6th December, 2024`,
 * `6 Dec 2024`, `December 6, 2024`; month names full or abbreviated as found. Null when none.
 */
function findDateStyle(text) {
    const parts = (iso) => iso.split('-').map(Number);
    let m = /\b(\d{4})([-/])(\d{2})\2(\d{2})\b/.exec(text);
    if (m) {
        const sep = m[2];
        return { found: m[0], format: (iso) => iso.split('-').join(sep) };
    }
    const month = (name, abbreviated) => (abbreviated ? name.slice(0, 3) : name);
    m = new RegExp(`\\b(\\d{1,2})(st|nd|rd|th)? ${MONTH}(,)? (\\d{4})\\b`).exec(text);
    if (m) {
        const [, , suffix, mon, comma] = m;
        const abbreviated = mon.length <= 4 && mon !== 'June' && mon !== 'July';
        return {
            found: m[0],
            format: (iso) => {
                const [y, mo, d] = parts(iso);
                return `${suffix ? ordinal(d) : d} ${month(MONTHS[mo - 1], abbreviated)}${comma ?? ''} ${y}`;
            },
        };
    }
    m = new RegExp(`\\b${MONTH} (\\d{1,2})(st|nd|rd|th)?, (\\d{4})\\b`).exec(text);
    if (m) {
        const [, mon, , suffix] = m;
        const abbreviated = mon.length <= 4 && mon !== 'June' && mon !== 'July';
        return {
            found: m[0],
            format: (iso) => {
                const [y, mo, d] = parts(iso);
                return `${month(MONTHS[mo - 1], abbreviated)} ${suffix ? ordinal(d) : d}, ${y}`;
            },
        };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/changelog/styled.ts



const VERSION_RE = /(?<![\w.])v?(\d+\.\d+(?:\.\d+)*(?:(?:a|b|rc|\.?dev|\.?post|-[0-9A-Za-z][0-9A-Za-z.]*)\d*)?)(?![\w])/;
const RST_ADORN = '=-~^"\'*+#:._`';
function mdHeadings(lines) {
    const out = [];
    let fenced = false;
    lines.forEach((l, i) => {
        if (/^ {0,3}(```|~~~)/.test(l))
            fenced = !fenced;
        if (fenced)
            return;
        const m = /^(#{1,6}) +(.*?)[ #]*$/.exec(l);
        if (m)
            out.push({ start: i, bodyStart: i + 1, level: m[1].length, text: m[2].trim() });
    });
    return out;
}
function isAdornment(line, min) {
    if (line === undefined || line.length < Math.max(min, 2))
        return null;
    const c = line[0];
    if (!RST_ADORN.includes(c))
        return null;
    for (const ch of line.trimEnd())
        if (ch !== c)
            return null;
    return line.trimEnd().length >= min ? c : null;
}
function rstHeadings(lines) {
    const out = [];
    const ranks = [];
    for (let i = 0; i < lines.length - 1; i++) {
        const text = lines[i];
        if (text.trim() === '' || /^\s/.test(text) || isAdornment(text, 2) !== null)
            continue;
        const under = isAdornment(lines[i + 1], text.trimEnd().length);
        if (under === null)
            continue;
        const overline = i > 0 && isAdornment(lines[i - 1], text.trimEnd().length) === under;
        const key = under + (overline ? 'o' : '');
        if (!ranks.includes(key))
            ranks.push(key);
        out.push({ start: overline ? i - 1 : i, bodyStart: i + 2, level: ranks.indexOf(key) + 1, text: text.trim(), adornment: { char: under, overline } });
        i++;
    }
    return out;
}
function headingsOf(lines, format) {
    return format === 'rst' ? rstHeadings(lines) : mdHeadings(lines);
}
/** The version a heading names, or null (`Version 8.4.2`, `[1.2.0] - …`, `pluggy 1.6.0 (2025-05-15)`). */
function headingVersion(text) {
    const m = VERSION_RE.exec(text.replace(/\]\([^)]*\)/g, ']'));
    return m ? m[1] : null;
}
function isUnreleased(text) {
    return /\bunreleased\b/i.test(text) && headingVersion(text) === null;
}
/** `Markdown` for .md/.markdown, `rst` for .rst, else sniffed from the text (rst underlines under text). */
function changelogFormat(path, text) {
    const lower = path.toLowerCase();
    if (lower.endsWith('.rst'))
        return 'rst';
    if (lower.endsWith('.md') || lower.endsWith('.markdown'))
        return 'markdown';
    if (text !== null && rstHeadings(text.split(/\r?\n/)).some((h) => headingVersion(h.text) !== null) && !mdHeadings(text.split(/\r?\n/)).some((h) => headingVersion(h.text) !== null))
        return 'rst';
    return 'markdown';
}
/** The release headings: those naming a version, at the level of the newest one. */
function releaseHeadings(hs) {
    const first = hs.find((h) => headingVersion(h.text) !== null);
    if (!first)
        return [];
    return hs.filter((h) => h.level === first.level && headingVersion(h.text) !== null);
}
/** Where a heading's section ends: the next heading at its level or above, or the end (before link references). */
function sectionEnd(hs, h, lines, footerStart) {
    const next = hs.find((x) => x.start > h.start && x.level <= h.level);
    return Math.min(next ? next.start : lines.length, footerStart > h.start ? footerStart : lines.length);
}
function footerStartOf(lines, format) {
    if (format !== 'markdown')
        return lines.length;
    let footer = lines.length;
    for (let k = lines.length - 1; k >= 0; k--) {
        if (/^\[[^\]]+\]:\s*\S+$/.test(lines[k]))
            footer = k;
        else if (lines[k].trim() !== '')
            break;
    }
    return footer;
}
/**
 * Learns the style of a changelog from its newest release heading: heading text (`## Version 1.2.3`,
 * `## 1.2.3 (6th December, 2024)`, `## [1.2.3](…/compare/…) - 2024-01-01`, rst `Version 1.2.3` over `-----`),
 * date format, a `Released <date>` line, the bullet, and whether entries sit under sub-headings.
 * Null when the file has no release heading (then the Keep a Changelog writer is used).
 */
function detectStyle(text, format) {
    const lines = text.split(/\r?\n/);
    const hs = headingsOf(lines, format);
    const releases = releaseHeadings(hs);
    if (releases.length === 0)
        return null;
    const h = releases[0];
    let template = h.text;
    let urlBase;
    const url = /\((https?:\/\/[^)\s]+)\)/.exec(template);
    if (url) {
        const at = url[1].search(/\/(compare|releases\/tag|tree)\//);
        if (at > 0)
            urlBase = url[1].slice(0, at);
        template = template.replace(url[1], '{compare}');
    }
    const version = headingVersion(template);
    template = template.replace(version, '{version}');
    const date = findDateStyle(template);
    if (date)
        template = template.replace(date.found, '{date}');
    const footer = footerStartOf(lines, format);
    const end = sectionEnd(hs, h, lines, footer);
    const body = lines.slice(h.bodyStart, end);
    let dateLine = null;
    let lineDate = null;
    const firstText = body.find((l) => l.trim() !== '');
    if (firstText !== undefined && !date) {
        lineDate = findDateStyle(firstText);
        if (lineDate && firstText.trim().length <= lineDate.found.length + 24 && !/^[-*+] /.test(firstText))
            dateLine = firstText.trim().replace(lineDate.found, '{date}');
        else
            lineDate = null;
    }
    const bulletLine = body.find((l) => /^[-*+]\s+\S/.test(l));
    const bullet = bulletLine ? /^[-*+]\s+/.exec(bulletLine)[0] : '- ';
    let sub = null;
    for (const r of releases.slice(0, 3)) {
        const e = sectionEnd(hs, r, lines, footer);
        const s = hs.find((x) => x.start > r.start && x.start < e && x.level > r.level);
        if (s) {
            sub = { level: s.level, adornment: s.adornment };
            break;
        }
    }
    const style = { format, template, level: h.level, date: date ?? lineDate, dateLine, bullet, sub };
    if (h.adornment)
        style.adornment = h.adornment;
    if (urlBase)
        style.urlBase = urlBase;
    return style;
}
/** True for the Keep a Changelog heading (`[1.2.3] - 2024-01-01`), which insertRelease writes itself. */
function isKeepAChangelog(style) {
    return style.format === 'markdown' && style.level === 2 && style.template === '[{version}] - {date}' && style.dateLine === null;
}
function rstLink(text, url) {
    return `\`${text} <${url}>\`__`;
}
/** One entry in the file's format and bullet: description, commit and pull request links. */
function entryText(e, style, repoUrl) {
    const indent = ' '.repeat(style.bullet.length);
    if (typeof e === 'string')
        return e.replace(/^[-*+]\s+/, style.bullet).split('\n').map((l, i) => (i === 0 || l.trim() === '' ? l : indent + l.trimStart())).join('\n');
    let text;
    if (style.format === 'markdown')
        text = renderEntry(e, repoUrl).slice(2);
    else {
        const short = e.sha.slice(0, 7);
        text = (e.scope ? `**${e.scope}:** ` : '') + e.description;
        const refs = [repoUrl ? rstLink(short, `${repoUrl}/commit/${e.sha}`) : short];
        if (e.pr !== null)
            refs.push(repoUrl ? rstLink(`#${e.pr}`, `${repoUrl}/pull/${e.pr}`) : `#${e.pr}`);
        text += ` (${refs.join(', ')})`;
        if (e.breaking && e.breakingNote && e.breakingNote !== e.description)
            text += '\n\n' + e.breakingNote;
    }
    return style.bullet + text.split('\n').map((l, i) => (i === 0 || l.trim() === '' ? l.trimStart() : indent + l.trim())).join('\n');
}
function headingLines(text, level, format, adornment) {
    if (format === 'markdown')
        return [`${'#'.repeat(level)} ${text}`];
    const a = adornment ?? { char: '-', overline: false };
    const line = a.char.repeat(text.length);
    return a.overline ? [line, text, line] : [text, line];
}
/** The release heading's text in the file's style. */
function headingText(style, input, repoUrl) {
    const base = repoUrl ?? style.urlBase;
    const compare = base ? (input.previousTag ? `${base}/compare/${input.previousTag}...${input.tag}` : `${base}/releases/tag/${input.tag}`) : '';
    let t = style.template.split('{version}').join(input.version).split('{compare}').join(compare);
    t = t.split('{date}').join(style.date ? style.date.format(input.date) : input.date);
    return compare === '' ? t.replace(/\[([^\]]*)\]\(\)/, '$1') : t;
}
/** Renders a release section in the style; returns its lines and its entry count. */
function renderStyledSection(style, input) {
    const repoUrl = input.repoUrl?.replace(/\/+$/, '') || undefined;
    const out = [...headingLines(headingText(style, input, repoUrl), style.level, style.format, style.adornment), ''];
    if (style.dateLine)
        out.push(style.dateLine.split('{date}').join(style.date ? style.date.format(input.date) : input.date), '');
    const { preamble, groups, entries } = groupSection(input);
    for (const p of preamble)
        out.push(p, '');
    for (const [name, list] of groups) {
        if (style.sub)
            out.push(...headingLines(name, style.sub.level, style.format, style.sub.adornment), '');
        for (const e of list)
            out.push(entryText(e, style, repoUrl));
        out.push('');
    }
    if (entries === 0)
        out.push('No notable changes.', '');
    return { lines: out, entries };
}
/**
 * Puts a release into a changelog written in its own style (see detectStyle), touching nothing else:
 *
 * - The version already has a section: one that still says `Unreleased` under its heading (a section written
 *   ahead, as click does for its `.dev` version) gets the release date in that line and the Conventional
 *   entries its text does not mention yet; any other is left as it is (a safe re-run).
 * - An `Unreleased` heading: its entries move into the new section (below it); the heading stays, empty, and a
 *   compare link in it (`…/compare/<old>...HEAD`) is pointed at the new tag.
 * - Otherwise the section goes above the newest release. Markdown link references follow the file's style.
 */
function insertStyled(existing, style, input) {
    const eol = existing.includes('\r\n') ? '\r\n' : '\n';
    const lines = existing.split(/\r?\n/);
    const hs = headingsOf(lines, style.format);
    const releases = releaseHeadings(hs);
    const footer = footerStartOf(lines, style.format);
    const join = (ls) => ls.join(eol);
    const md = renderSection(input);
    const own = releases.find((h) => headingVersion(h.text)?.replace(/^v/, '') === input.version);
    if (own) {
        const end = sectionEnd(hs, own, lines, footer);
        const body = lines.slice(own.bodyStart, end);
        const marker = body.findIndex((l) => /^\s*(\*{0,2})unreleased\1\s*$/i.test(l) || /^\s*released:?\s*(unreleased|tbd|tba)\s*$/i.test(l));
        if (marker < 0) {
            const section = lines.slice(own.start, end);
            return { text: existing, sectionMarkdown: join(section).trimEnd() + '\n', entries: section.filter((l) => /^\s*[-*+] /.test(l)).length };
        }
        const sectionText = body.join('\n');
        const fresh = input.commits.filter((c) => { const s = sectionOf(c, false); return s !== null && !namesCommit(sectionText, c); });
        const dateText = style.date ? style.date.format(input.date) : input.date;
        const newBody = [...body];
        newBody[marker] = style.dateLine ? style.dateLine.split('{date}').join(dateText) : `Released ${dateText}`;
        if (fresh.length > 0) {
            let last = newBody.length;
            while (last > 0 && newBody[last - 1].trim() === '')
                last--;
            newBody.splice(last, 0, ...fresh.map((c) => entryText(c, style, input.repoUrl?.replace(/\/+$/, '') || undefined)));
        }
        const out = [...lines.slice(0, own.bodyStart), ...newBody, ...lines.slice(end)];
        const section = [...lines.slice(own.start, own.bodyStart), ...newBody];
        return { text: join(out), sectionMarkdown: join(section).trimEnd() + '\n', entries: section.filter((l) => /^\s*[-*+] /.test(l)).length };
    }
    const firstRelease = releases[0];
    const unreleased = hs.find((h) => isUnreleased(h.text) && (!firstRelease || h.start < firstRelease.start) && h.level <= (firstRelease?.level ?? h.level));
    let out;
    let entries;
    let section;
    let extra = {};
    if (unreleased) {
        const end = sectionEnd(hs, unreleased, lines, footer);
        const block = lines.slice(unreleased.bodyStart, end);
        const subPrefix = style.format === 'markdown' ? '#'.repeat((style.sub?.level ?? unreleased.level + 1)) + ' ' : null;
        extra = subPrefix ? parseUnreleasedEntries(block.map((l) => (l.startsWith(subPrefix) ? `### ${l.slice(subPrefix.length)}` : l))) : { '': block.filter((l) => l.trim() !== '').length ? [block.join('\n').trim()] : [] };
        extra = mergeEntries(input.carriedEntries, extra);
        const rendered = renderStyledSection(style, { ...input, extraEntries: extra });
        entries = rendered.entries;
        section = rendered.lines;
        const head = lines.slice(unreleased.start, unreleased.bodyStart).map((l) => l.replace(/(\/compare\/)[^\s)]+?(\.\.\.HEAD)/, `$1${input.tag}$2`));
        out = [...lines.slice(0, unreleased.start), ...head, '', ...rendered.lines, ...lines.slice(end)];
    }
    else {
        extra = input.carriedEntries ?? {};
        const rendered = renderStyledSection(style, { ...input, extraEntries: extra });
        entries = rendered.entries;
        section = rendered.lines;
        const at = firstRelease ? firstRelease.start : lines.length;
        out = [...lines.slice(0, at), ...rendered.lines, ...lines.slice(at)];
    }
    let text = join(out);
    if (style.format === 'markdown')
        text = updateLinks(text, eol, md.linkLine, input.repoUrl?.replace(/\/+$/, '') || style.urlBase, input.tag);
    return { text, sectionMarkdown: style.format === 'markdown' ? section.join('\n').trimEnd() + '\n' : renderSection({ ...input, extraEntries: extra }).markdown, entries };
}
/** The lines of the section of `version` (heading start, body start, end), or null when the file has none. */
function findSection(text, format, version) {
    const lines = text.split(/\r?\n/);
    const hs = headingsOf(lines, format);
    const own = releaseHeadings(hs).find((h) => headingVersion(h.text)?.replace(/^v/, '') === version);
    if (!own)
        return null;
    return { start: own.start, bodyStart: own.bodyStart, end: sectionEnd(hs, own, lines, footerStartOf(lines, format)) };
}

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
    const format = changelogFormat(path, text);
    const found = findSection(text, format, version);
    if (found === null)
        return { text, carried: {} };
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = text.split(/\r?\n/);
    const prior = before === null ? null : findSection(before, format, version);
    if (prior !== null) {
        // Put the lines under the heading back as they were before the release commit touched them (the
        // `Unreleased` marker); entries added since stay.
        const old = before === null ? [] : before.split(/\r?\n/).slice(prior.bodyStart, prior.end);
        const now = lines.slice(found.bodyStart, found.end);
        const marker = old.findIndex((l) => /unreleased|tbd|tba/i.test(l));
        if (marker >= 0) {
            const firstText = now.findIndex((l) => l.trim() !== '');
            if (firstText >= 0 && detectStyle(text, format) !== null)
                now[firstText] = old[marker];
        }
        return { text: [...lines.slice(0, found.bodyStart), ...now, ...lines.slice(found.end)].join(eol), carried: {} };
    }
    const shorts = shas.map((s) => s.slice(0, 7));
    const body = lines.slice(found.bodyStart, found.end);
    const entries = parseUnreleasedEntries(format === 'markdown' ? body.map((l) => l.replace(/^#{3,6} /, '### ')) : body);
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

;// CONCATENATED MODULE: ./src/changelog/write.ts


/** The style of a new or heading-less reStructuredText changelog: `1.2.3 (2024-01-01)` over dashes. */
const RST_DEFAULT = { format: 'rst', template: '{version} ({date})', level: 2, adornment: { char: '-', overline: false }, date: null, dateLine: null, bullet: '- ', sub: null };
/**
 * Puts a release into the changelog at `path` (its text, or null when there is none yet) in the file's own
 * format and style: Keep a Changelog files and new Markdown files through insertRelease, other Markdown
 * heading styles and reStructuredText through insertStyled. A new .rst file gets a `Changelog` title.
 */
function writeRelease(path, existing, input) {
    const format = changelogFormat(path, existing);
    if (format === 'markdown') {
        const style = existing === null ? null : detectStyle(existing, format);
        if (existing === null || style === null || isKeepAChangelog(style))
            return { ...insertRelease(existing, input), style: 'Keep a Changelog' };
        return { ...insertStyled(existing, style, input), style: `Markdown "${'#'.repeat(style.level)} ${style.template}"` };
    }
    const text = existing === null || existing.trim() === '' ? 'Changelog\n=========\n' : existing;
    const style = detectStyle(text, 'rst') ?? RST_DEFAULT;
    return { ...insertStyled(text, style, input), style: `reStructuredText "${style.template}" underlined with ${style.adornment?.char ?? '-'}` };
}

;// CONCATENATED MODULE: ./src/stages/prepare-history.ts









/** At most this many entries in a first release's section when no `since` says where its history starts. */
const FIRST_RELEASE_ENTRIES = 20;
/**
 * Makes sure the whole history and every tag are here: a shallow clone (`fetch-depth: 1`) would decide the
 * version from a fraction of the commits. Deepens it from the remote (`git fetch --unshallow --tags`), or stops
 * with the fix when there is no remote or the fetch fails.
 */
async function ensureFullHistory(git, remote, hasRemote, logger) {
    if (!(await git.isShallow()))
        return;
    const fix = 'Check out the full history: actions/checkout with fetch-depth: 0 (or run `git fetch --unshallow --tags` before this step).';
    if (!hasRemote) {
        throw new core_errors/* ReleaseError */.K2('SHALLOW_HISTORY', `This is a shallow clone and there is no remote "${remote}" to fetch the rest of the history from; a version decided from part of the history can be wrong.`, fix);
    }
    logger.info(`Shallow clone: fetching the full history and the tags from ${remote} (git fetch --unshallow --tags).`);
    try {
        await git.unshallow(remote);
    }
    catch (err) {
        throw new core_errors/* ReleaseError */.K2('SHALLOW_HISTORY', `This is a shallow clone and fetching the rest of the history from ${remote} failed: ${err instanceof Error ? err.message : String(err)}`, fix, { cause: err });
    }
    if (await git.isShallow())
        throw new core_errors/* ReleaseError */.K2('SHALLOW_HISTORY', 'The clone is still shallow after git fetch --unshallow.', fix);
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
        if ((0,core_errors/* isReleaseError */.q8)(err, 'BAD_VERSION') || (0,core_errors/* isReleaseError */.q8)(err, 'DOWNGRADE'))
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
    const listed = commits.filter((c) => sectionOf(c, includeOther ?? true) !== null);
    if (start !== 'the first commit')
        return { commits, preamble: [] };
    if (listed.length <= FIRST_RELEASE_ENTRIES)
        return { commits, preamble: ['First release.'] };
    const kept = new Set(listed.slice(0, FIRST_RELEASE_ENTRIES));
    const rest = listed.length - FIRST_RELEASE_ENTRIES;
    logger.warning(`No release tag yet: the first release's section lists the ${FIRST_RELEASE_ENTRIES} newest of ${listed.length} changes in the whole history. Set input "since" (a commit, tag or date) to say where the first release's changes start.`);
    return { commits: commits.filter((c) => kept.has(c) || sectionOf(c, includeOther ?? true) === null), preamble: [`First release. The ${FIRST_RELEASE_ENTRIES} most recent changes are listed; ${rest} earlier change${rest === 1 ? ' is' : 's are'} not.`] };
}
/**
 * Plans the changelog change in the project's own file and format: towncrier when it is configured (a draft
 * now, the build at write time), else the existing changelog (or the one named by `changelog-file` or the
 * release tool), re-opening a section prepared earlier and never tagged. Nothing is written.
 */
async function planChangelog(git, run, logger, p) {
    const pkgAbs = resolveInside(p.root, p.packageDir, 'package-dir');
    if (p.conventions.towncrier && p.explicitFile === undefined) {
        const t = { cwd: pkgAbs, name: p.conventions.towncrier.name ?? p.name, version: p.version, date: p.date, from: p.conventions.towncrier.from };
        const path = joinRel(p.packageDir, p.conventions.towncrier.filename);
        const draft = await towncrierDraft(run, t);
        const entries = draft.split('\n').filter((l) => /^\s*[-*] /.test(l)).length;
        if (p.history.reopened) {
            // towncrier consumed the fragments in the earlier release commit: nothing new is nothing to do; new
            // fragments would make a second section for the same version, which towncrier cannot merge.
            if (entries === 0) {
                const text = (await readTextOrNull(resolveInside(p.root, path, 'changelog-file'))) ?? '';
                const at = findSection(text, changelogFormat(path, text), p.history.reopened.version);
                const section = at ? text.split(/\r?\n/).slice(at.start, at.end).join('\n').trimEnd() + '\n' : '';
                return { path, edit: null, rendered: { text, sectionMarkdown: section, entries: section.split('\n').filter((l) => /^\s*[-*] /.test(l)).length }, towncrier: null };
            }
            throw new core_errors/* ReleaseError */.K2('BAD_CHANGELOG', `${p.history.reopened.version} was prepared (${p.history.reopened.sha.slice(0, 7)}) and never tagged, and new news fragments arrived since; towncrier cannot add them to the section it already wrote.`, `Revert the release commit (git revert ${p.history.reopened.sha.slice(0, 7)}) and push, then prepare again: towncrier then builds one section from all the fragments.`);
        }
        return { path, edit: null, rendered: { text: '', sectionMarkdown: draft.trim() + '\n', entries }, towncrier: t };
    }
    const explicit = p.explicitFile !== undefined ? { path: p.explicitFile, from: 'input "changelog-file"' } : p.conventions.changelogFile ? { path: p.conventions.changelogFile.path, from: p.conventions.changelogFile.from } : undefined;
    const where = await locateChangelog(p.root, p.packageDir, explicit);
    const path = joinRel(p.packageDir, where.path);
    const full = resolveInside(p.root, path, 'changelog-file');
    const existing = await readTextOrNull(full);
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
    const rendered = writeRelease(where.path, text, {
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

;// CONCATENATED MODULE: ./src/stages/prepare-release.ts
















/** The release commit message when none is given: the tag as it will be written (`prepare v1.2.0`, `prepare 26.1.0`). */
const DEFAULT_COMMIT_MESSAGE = 'chore(release): prepare {tag}';
/** Checks the options that can be checked without looking at the repository. */
async function validateOptions(o, run) {
    (0,prepare_checks/* checkPrepareInputs */.l)(o);
    if (o.tagTemplate !== undefined)
        await assertValidRefName(o.tagTemplate.replace('{version}', '1.0.0').replace('{name}', 'name'), 'tag-template', run);
}
/**
 * prepare-release: decides the next version, writes it into the version files, the CHANGELOG and the docs,
 * commits and pushes. Every check that can fail runs before the first write; a dry run writes nothing.
 */
async function prepareRelease(options, deps = {}) {
    const run = deps.exec ?? exec;
    const logger = deps.logger ?? log/* silentLogger */.qq;
    const o = {
        ...options,
        bump: (options.bump ?? 'auto').trim(),
        tagTemplate: options.tagTemplate?.trim() || undefined,
        commitMessage: options.commitMessage ?? DEFAULT_COMMIT_MESSAGE,
        packageDir: options.packageDir ?? '.',
        remote: options.remote ?? 'origin',
        push: options.push ?? true,
        dryRun: options.dryRun ?? false,
    };
    const sctx = createStepContext('prepare-release', logger);
    await instrumented('validate inputs', async () => validateOptions(o, run))(undefined, sctx);
    const git = new Git(o.cwd ?? process.cwd(), run, { requestTimeoutMs: o.requestTimeoutMs });
    const pre = await instrumented('check repository', async () => {
        const root = await git.topLevel().catch(() => {
            throw new core_errors/* ReleaseError */.K2('GIT_FAILED', `${o.cwd ?? process.cwd()} is not inside a git repository.`, 'Run the stage in a checkout (actions/checkout with fetch-depth: 0).');
        });
        resolveInside(root, o.packageDir, 'package-dir');
        const branch = await git.currentBranch();
        if (!branch && !o.allowDetached && !o.dryRun) {
            throw new core_errors/* ReleaseError */.K2('DETACHED_HEAD', 'HEAD is detached, so there is no branch to push the release commit to.', 'Check out a branch (actions/checkout with ref: main), or set allow-detached: true to commit without pushing.');
        }
        const hasRemoteEarly = await git.hasRemote(o.remote);
        await ensureFullHistory(git, o.remote, hasRemoteEarly, logger);
        const dirty = await git.dirtyPaths();
        if (dirty.length > 0 && !o.dryRun) {
            throw new core_errors/* ReleaseError */.K2('DIRTY_TREE', `The working tree has uncommitted changes: ${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ', …' : ''}.`, 'Commit or remove them first; the release commit must hold only the release changes.');
        }
        const sha = await git.head();
        return { root, branch, sha, hasRemote: hasRemoteEarly };
    })(undefined, sctx);
    const { adapter, info, conventions } = await instrumented('read package', async () => {
        const adapter = await detectEcosystem(resolveInside(pre.root, o.packageDir, 'package-dir'), o.ecosystem ?? 'auto');
        const info = await adapter.readPackage(pre.root, o.packageDir);
        const conventions = (await adapter.releaseConventions?.(pre.root, o.packageDir)) ?? {};
        return { adapter, info, conventions };
    })(undefined, sctx);
    // The repository's own release tooling config (semantic-release, release-please): its tag format when no
    // tag-template is given, and its release branches.
    await instrumented('read release config', async () => {
        const config = adapter.releaseConfig ? await adapter.releaseConfig(pre.root, o.packageDir, info) : null;
        if (!config)
            return;
        if (config.note)
            logger.warning(config.note);
        if (options.tagTemplate === undefined && config.tagTemplate) {
            o.tagTemplate = config.tagTemplate;
            await validateOptions(o, run);
            logger.info(`tag template ${config.tagTemplate} (from ${config.source})`);
        }
        if (config.branches?.length && pre.branch && !(adapter.isReleaseBranch?.(pre.branch, config) ?? config.branches.includes(pre.branch))) {
            throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Branch "${pre.branch}" is not a release branch in ${config.source} (branches: ${config.branches.join(', ')}).`, `Run the release on one of those branches, or add "${pre.branch}" to "branches" in ${config.source}.`, { location: { file: config.source.split(' ')[0] } });
        }
    })(undefined, sctx);
    const scheme = getScheme(info.scheme);
    const fileVersion = info.versionFromVcs && !info.version ? null : scheme.normalize(info.version, 'the version file');
    // Commits since the last release decide the version; an untagged release commit for the file's version
    // re-opens that version (see readReleaseHistory).
    const history = await instrumented('read commits since the last release', async () => readReleaseHistory(git, {
        tagTemplate: o.tagTemplate,
        configuredTag: conventions.tagTemplate,
        name: info.name,
        scheme,
        paths: o.packageDir === '.' ? undefined : [o.packageDir],
        commitMessage: o.commitMessage,
        fileVersion,
        since: o.since,
        parseSquashBodies: o.parseSquashBodies,
    }, logger))(undefined, sctx);
    const tagTemplate = history.tagStyle.template;
    if (history.tagStyle.source !== 'input')
        logger.info(`Tag template ${tagTemplate} (${history.tagStyle.reason}).`);
    // A VCS-derived version has no file: the last release tag is the current version.
    const current = fileVersion ?? history.last?.version ?? scheme.normalize('0.0.0');
    const rules = bumpRules(o, conventions);
    if (history.reopened)
        logger.info(`Release commit ${history.reopened.sha.slice(0, 7)} for ${history.reopened.version} is not tagged: ${history.reopened.version} is still open and is prepared again with the commits since.`);
    const decision = await instrumented('decide version', async () => decideWithReopen(history, { current, scheme, bump: o.bump, version: o.version, prereleaseId: o.prereleaseId, allowDowngrade: o.allowDowngrade, commits: history.commits, rules, lastRelease: history.last?.version }))(undefined, sctx);
    const previous = history.reopened && history.last ? history.last.version : current;
    const repo = o.repository ?? repoFromSlug(o.runner?.repository) ?? repoFromRemoteUrl(pre.hasRemote ? await git.remoteUrl(o.remote) : null);
    const serverUrl = (o.serverUrl ?? o.runner?.serverUrl ?? 'https://github.com').replace(/\/$/, '');
    const context = (0,core_context/* newContext */.CA)({
        dry_run: o.dryRun,
        repository: { owner: repo?.owner ?? '', name: repo?.name ?? '', ref: pre.branch ?? 'HEAD', sha: pre.sha },
        package: { ecosystem: adapter.name, name: info.name, dir: o.packageDir, version_files: info.versionFiles },
    });
    context.timeline = sctx.timeline;
    if (!decision.released || decision.next === null) {
        context.version = { previous: current, next: current, scheme: scheme.name, bump: decision.bump, reason: decision.reason, released: false, tag: (0,changelog_tags/* formatTag */._3)(tagTemplate, { version: current, name: info.name }) };
        if (o.contextFile)
            await (0,core_context/* saveContext */.tn)(o.contextFile, context);
        return { context, edits: [], diff: '', deciding: [], docsChanged: [], decision: `No release: ${decision.reason}` };
    }
    const next = decision.next;
    const tag = (0,changelog_tags/* formatTag */._3)(tagTemplate, { version: next, name: info.name });
    const plan = await instrumented('plan file changes', async () => {
        await assertValidRefName(tag, 'tag-template', run);
        if (await git.tagCommit(tag)) {
            throw new core_errors/* ReleaseError */.K2('TAG_EXISTS', `Tag ${tag} already exists, so version ${next} was released before.`, 'Pick a higher version (bump or version input), or delete the stale tag if that release never happened.');
        }
        if (pre.hasRemote && (await git.remoteTagCommit(o.remote, tag))) {
            throw new core_errors/* ReleaseError */.K2('TAG_EXISTS', `Tag ${tag} already exists on ${o.remote}, so version ${next} was released before.`, 'Fetch tags (fetch-depth: 0) and pick a higher version.');
        }
        if (history.last && scheme.compare(next, history.last.version) <= 0 && !o.allowDowngrade) {
            throw new core_errors/* ReleaseError */.K2('DOWNGRADE', `Version ${next} does not sort above the last release ${history.last.version} (${history.last.tag}).`, 'Pick a higher version, or set allow-downgrade: true if that is intended.');
        }
        const edits = [];
        if (!info.versionFromVcs)
            edits.push(...(await adapter.planVersionEdits(pre.root, o.packageDir, info, next)));
        const changelog = await planChangelog(git, run, logger, {
            root: pre.root,
            name: info.name,
            packageDir: o.packageDir,
            explicitFile: o.changelogFile,
            conventions,
            history,
            version: next,
            date: o.date ?? new Date().toISOString().slice(0, 10),
            repoUrl: repo ? `${serverUrl}/${repo.owner}/${repo.name}` : undefined,
            tag,
            includeOther: o.includeOther,
            scheme: scheme.name,
        });
        const rendered = changelog.rendered;
        if (changelog.edit)
            edits.push(changelog.edit);
        const docs = await planDocsEdits(pre.root, o.docsFiles ?? [], adapter.docsReplacements(info.name, current, next));
        for (const e of docs.edits) {
            const same = edits.find((x) => x.path === e.path);
            if (same)
                same.after = e.after;
            else
                edits.push(e);
        }
        return { edits: edits.filter((e) => e.before !== e.after), rendered, docsChanged: docs.changed, changelog };
    })(undefined, sctx);
    context.version = { previous, next, scheme: scheme.name, bump: decision.bump, reason: decision.reason, released: true, tag };
    context.changelog = { section_markdown: plan.rendered.sectionMarkdown, entries: plan.rendered.entries, file: plan.changelog.path };
    const diff = plan.edits.map(describeEdit).join('\n') + (plan.changelog.towncrier ? `${plan.edits.length ? '\n' : ''}towncrier build --version ${next}: ${plan.changelog.path} gains the section below; the news fragments are removed.` : '');
    const files = plan.edits.map((e) => e.path);
    const sentence = `${info.name} ${previous} → ${next} (${decision.bump}): ${decision.reason}`;
    if (o.dryRun) {
        logger.info(`Dry run: would change ${[...files, ...(plan.changelog.towncrier ? [plan.changelog.path] : [])].join(', ') || 'no files'}\n${diff}`);
        context.release_commit = { sha: pre.sha, branch: pre.branch ?? '', pushed: false, files_changed: files };
        if (o.contextFile)
            await (0,core_context/* saveContext */.tn)(o.contextFile, context);
        return { context, edits: plan.edits, diff, deciding: decision.deciding, docsChanged: plan.docsChanged, decision: `Dry run: would release ${sentence}` };
    }
    if (files.length === 0 && !plan.changelog.towncrier) {
        // Re-opened with nothing new: the earlier release commit is still the release; nothing to write or push.
        context.release_commit = { sha: pre.sha, branch: pre.branch ?? '', pushed: false, files_changed: [] };
        if (o.contextFile)
            await (0,core_context/* saveContext */.tn)(o.contextFile, context);
        return { context, edits: [], diff: '', deciding: decision.deciding, docsChanged: [], decision: `Already prepared ${sentence}` };
    }
    await instrumented('write files', async () => applyEdits(pre.root, plan.edits))(undefined, sctx);
    if (plan.changelog.towncrier) {
        // towncrier writes its file and removes the news fragments itself; they join the release commit.
        await instrumented('build changelog with towncrier', async () => {
            try {
                await towncrierBuild(run, plan.changelog.towncrier);
            }
            catch (err) {
                // The tree was clean before the write step: put everything back, fragments included.
                await git.git(['reset', '--hard', '--quiet', pre.sha], { check: false });
                throw err;
            }
        })(undefined, sctx);
        for (const p of await git.dirtyPaths())
            if (!files.includes(p))
                files.push(p);
    }
    const commitSha = await instrumented('commit', async () => {
        try {
            return await git.commit(files, o.commitMessage.split('{version}').join(next).split('{tag}').join(tag), o.identity ?? BOT_IDENTITY);
        }
        catch (err) {
            await restore(git, pre.sha, files);
            throw err;
        }
    })(undefined, sctx);
    let pushed = false;
    if (o.push && pre.branch && pre.hasRemote) {
        await instrumented('push', async () => {
            try {
                await git.push(o.remote, [`HEAD:refs/heads/${pre.branch}`]);
            }
            catch (err) {
                // Undo the local release commit so a re-run starts from a clean, unchanged branch.
                await git.git(['reset', '--hard', pre.sha]);
                const moved = await git.fetchBranch(o.remote, pre.branch);
                if (moved && moved !== pre.sha) {
                    throw new core_errors/* ReleaseError */.K2('REMOTE_MOVED', `${o.remote}/${pre.branch} moved to ${moved.slice(0, 7)} while the release was being prepared; nothing was pushed and the local release commit was undone.`, 'Re-run the release: it will start from the new commits and include them in the changelog.', { cause: err });
                }
                throw err;
            }
        })(undefined, sctx);
        pushed = true;
    }
    else if (o.push && !pre.hasRemote) {
        logger.warning(`No remote "${o.remote}": the release commit stays local.`);
    }
    context.release_commit = { sha: commitSha, branch: pre.branch ?? '', pushed, files_changed: files };
    if (o.contextFile)
        await (0,core_context/* saveContext */.tn)(o.contextFile, context);
    return { context, edits: plan.edits, diff, deciding: decision.deciding, docsChanged: plan.docsChanged, decision: `Prepared ${sentence}` };
}
/** Puts the files and the index back as they were at `sha` after a failed commit. */
async function restore(git, sha, files) {
    await git.git(['reset', '--quiet', sha, '--', ...files], { check: false });
    await git.git(['checkout', sha, '--', ...files], { check: false });
    await git.git(['clean', '-fq', '--', ...files], { check: false });
}


/***/ })

};

//# sourceMappingURL=430.index.js.map