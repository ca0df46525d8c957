export const id = 680;
export const ids = [680];
export const modules = {

/***/ 2642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ CommandFailedError),
/* harmony export */   m: () => (/* binding */ exec)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * Runs `file` with `args` without a shell, in its own process group so that a timeout or abort kills the
 * whole tree it started (pytest workers, build backends), not just the direct child.
 */
const exec = (file, args, options = {}) => {
    const started = Date.now();
    const check = options.check ?? true;
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('TIMEOUT', `${file} was not started: the operation was aborted`, 'Raise the timeout.'));
            return;
        }
        const env = options.replaceEnv ? { ...options.env } : { ...process.env, ...options.env };
        for (const key of Object.keys(env))
            if (env[key] === undefined)
                delete env[key];
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, [...args], {
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
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('COMMAND_FAILED', `Could not start ${file}: ${err.message}`, `Install ${file} or put it on PATH.`, {
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
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('TIMEOUT', `${file} ${args.join(' ')} was killed after ${options.timeoutMs !== undefined ? `${options.timeoutMs} ms` : 'an abort'}`, 'Raise the timeout, or find out why the command hangs.', { transient: true }));
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
class CommandFailedError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2 {
    result;
    constructor(file, args, result) {
        const tail = (result.stderr || result.stdout).trim().split('\n').slice(-15).join('\n');
        super('COMMAND_FAILED', `${file} ${args.join(' ')} exited with ${result.code}${tail ? `:\n${tail}` : ''}`, 'See the output above.');
        this.name = 'CommandFailedError';
        this.result = result;
    }
}


/***/ }),

/***/ 9680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareRelease: () => (/* binding */ prepareRelease)
});

// EXTERNAL MODULE: ./src/core/combinators.ts
var combinators = __webpack_require__(4192);
// EXTERNAL MODULE: ./src/core/context.ts
var core_context = __webpack_require__(8480);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(2642);
// EXTERNAL MODULE: ./src/core/files.ts
var core_files = __webpack_require__(9928);
// EXTERNAL MODULE: ./src/core/log.ts
var log = __webpack_require__(4325);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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
            reject(new errors/* ReleaseError */.K2('TIMEOUT', `git ${args[0]} was not started: the operation was aborted`, 'Raise the timeout.'));
            return;
        }
        const child = (0,external_node_child_process_.spawn)('git', args, {
            cwd: git.cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
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
            failure ??= new errors/* ReleaseError */.K2('TIMEOUT', `git ${args[0]} was aborted`, 'Raise the timeout, or find out why git is slow here.', { transient: true });
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
            reject(new errors/* ReleaseError */.K2('COMMAND_FAILED', `Could not start git: ${err.message}`, 'Install git or put it on PATH.', { cause: err }));
        });
        child.on('close', (code) => {
            options.signal?.removeEventListener('abort', onAbort);
            if (failure !== null) {
                reject(failure);
                return;
            }
            if (code !== 0) {
                reject(new errors/* ReleaseError */.K2('GIT_FAILED', `git ${args[0]} failed: ${stderr.trim() || `exit code ${code}`}`, "See git's message; check the revisions and the repository state."));
                return;
            }
            if (pending.length > 0 || record.length > 0) {
                reject(new errors/* ReleaseError */.K2('GIT_FAILED', `git ${args[0]} ended in the middle of a record.`, 'Run the command by hand to see what git printed.'));
                return;
            }
            resolve();
        });
    });
}

;// CONCATENATED MODULE: ./src/changelog/commits.ts


/** The `git log` pretty format matching RawCommit: NUL after every field (with -z, after the last too). */
const LOG_FORMAT = '--format=%H%x00%P%x00%an%x00%aI%x00%s%x00%b';
const LOG_FIELDS = 6;
/** Refuses a revision that git could read as an option. */
function checkRev(rev, input) {
    if (rev.length === 0 || rev.startsWith('-') || rev.includes('\0')) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${input} is "${rev}", which is not a revision.`, 'Give a tag, branch or commit SHA.');
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
        if ((0,errors/* isReleaseError */.q8)(err, 'GIT_FAILED') && range.to === undefined && (await git.revParse('HEAD')) === null)
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

;// CONCATENATED MODULE: ./src/changelog/conventional.ts
/** Parses a raw commit. Linear, hand-written scanning: no regular expression runs over untrusted text. */
function parseCommit(raw) {
    const subject = raw.subject.trim();
    const header = parseHeader(subject);
    const { body, footers } = splitFooters(raw.body);
    const isMerge = raw.parents.length >= 2 || isMergeSubject(subject);
    let breakingNote = null;
    const footerNote = footers['BREAKING CHANGE']?.[0] ?? footers['BREAKING-CHANGE']?.[0];
    if (footerNote !== undefined)
        breakingNote = footerNote;
    else {
        // Commonly written in the body rather than as the last paragraph; accept it there too.
        const inBody = breakingInBody(body);
        if (inBody !== null)
            breakingNote = inBody;
    }
    let description = header ? header.description : subject;
    let pr = null;
    const trailing = trailingPr(description);
    if (trailing) {
        pr = trailing.pr;
        description = trailing.rest;
    }
    if (isMerge && pr === null)
        pr = mergePr(subject);
    const type = header ? header.type : null;
    const gitRevert = subject.startsWith('Revert "');
    const isRevert = gitRevert || type === 'revert';
    let revertedSha;
    if (isRevert)
        revertedSha = revertTarget(raw.body) ?? refsSha(footers) ?? undefined;
    const parsed = {
        sha: raw.sha,
        type,
        scope: header ? header.scope : null,
        breaking: (header?.bang ?? false) || breakingNote !== null,
        breakingNote,
        description,
        body,
        footers,
        pr,
        isMerge,
        isRevert,
        raw,
    };
    if (revertedSha !== undefined)
        parsed.revertedSha = revertedSha;
    return parsed;
}
/** The commits with every revert whose reverted commit is also in the list removed, together with it. */
function dropCancelledReverts(commits) {
    const reverts = commits.filter((c) => c.isRevert && c.revertedSha !== undefined && c.revertedSha.length >= 7);
    if (reverts.length === 0)
        return commits;
    const dropped = new Set();
    for (const r of reverts) {
        const target = commits.find((c) => c !== r && !dropped.has(c.sha) && c.sha.startsWith(r.revertedSha));
        if (target) {
            dropped.add(target.sha);
            dropped.add(r.sha);
        }
    }
    return dropped.size === 0 ? commits : commits.filter((c) => !dropped.has(c.sha));
}
function isAlpha(c) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
/** `type(scope)!: description`, or null when the subject does not follow the convention. */
function parseHeader(subject) {
    const n = subject.length;
    let i = 0;
    if (n === 0 || !isAlpha(subject.charCodeAt(0)))
        return null;
    while (i < n) {
        const c = subject.charCodeAt(i);
        if (isAlpha(c) || isDigit(c) || c === 45 /* - */ || c === 95 /* _ */)
            i++;
        else
            break;
    }
    const type = subject.slice(0, i).toLowerCase();
    let scope = null;
    if (subject[i] === '(') {
        const close = subject.indexOf(')', i + 1);
        if (close < 0)
            return null;
        const s = subject.slice(i + 1, close).trim();
        if (s.length === 0 || s.includes('('))
            return null;
        scope = s;
        i = close + 1;
    }
    let bang = false;
    if (subject[i] === '!') {
        bang = true;
        i++;
    }
    if (subject[i] !== ':')
        return null;
    i++;
    const description = subject.slice(i).trim();
    if (description.length === 0)
        return null;
    return { type, scope, bang, description };
}
/** `rest (#123)` → { rest, pr: 123 }, or null. */
function trailingPr(text) {
    if (!text.endsWith(')'))
        return null;
    const open = text.lastIndexOf('(#');
    if (open < 0)
        return null;
    const digits = text.slice(open + 2, text.length - 1);
    if (digits.length === 0 || digits.length > 9)
        return null;
    for (let k = 0; k < digits.length; k++)
        if (!isDigit(digits.charCodeAt(k)))
            return null;
    return { rest: text.slice(0, open).trimEnd(), pr: Number(digits) };
}
/** The PR number of GitHub's `Merge pull request #12 from owner/branch`, or null. */
function mergePr(subject) {
    const prefix = 'Merge pull request #';
    if (!subject.startsWith(prefix))
        return null;
    let j = prefix.length;
    while (j < subject.length && isDigit(subject.charCodeAt(j)))
        j++;
    return j > prefix.length && j - prefix.length <= 9 ? Number(subject.slice(prefix.length, j)) : null;
}
/** Subjects git and GitHub write for merges. */
const MERGE_SUBJECTS = ['Merge pull request #', "Merge branch '", 'Merge branches ', "Merge remote-tracking branch '", "Merge tag '"];
function isMergeSubject(subject) {
    return MERGE_SUBJECTS.some((p) => subject.startsWith(p));
}
/** The footer token at the start of a line and where its value starts, or null. */
function footerToken(line) {
    for (const t of ['BREAKING CHANGE', 'BREAKING-CHANGE']) {
        if (line.startsWith(t) && (line.startsWith(': ', t.length) || line.startsWith(' #', t.length)))
            return { token: t, valueAt: t.length + 2 };
    }
    if (line.length === 0 || !isAlpha(line.charCodeAt(0)))
        return null;
    let i = 1;
    while (i < line.length) {
        const c = line.charCodeAt(i);
        if (isAlpha(c) || isDigit(c) || c === 45)
            i++;
        else
            break;
    }
    if (line.startsWith(': ', i))
        return { token: line.slice(0, i), valueAt: i + 2 };
    if (line.startsWith(' #', i))
        return { token: line.slice(0, i), valueAt: i + 1 };
    return null;
}
/**
 * Splits a body into text and footers: the footers are the trailing paragraphs that each start with a
 * `Token: value` or `Token #value` line; a value runs on until the next token.
 */
function splitFooters(rawBody) {
    const text = rawBody.includes('\r') ? rawBody.replace(/\r\n?/g, '\n') : rawBody;
    const lines = text.split('\n');
    let end = lines.length;
    while (end > 0 && lines[end - 1].trim() === '')
        end--;
    // Walk paragraphs from the end while each one starts with a footer token.
    let footerStart = end;
    let i = end;
    while (i > 0) {
        let start = i;
        while (start > 0 && lines[start - 1].trim() !== '')
            start--;
        if (footerToken(lines[start]) === null)
            break;
        footerStart = start;
        i = start;
        while (i > 0 && lines[i - 1].trim() === '')
            i--;
    }
    const footers = {};
    if (footerStart < end) {
        let token = null;
        let value = [];
        const flush = () => {
            if (token === null)
                return;
            (footers[token] ??= []).push(value.join('\n').trim());
        };
        for (let k = footerStart; k < end; k++) {
            const t = footerToken(lines[k]);
            if (t) {
                flush();
                token = t.token;
                value = [lines[k].slice(t.valueAt)];
            }
            else
                value.push(lines[k]);
        }
        flush();
    }
    let bodyEnd = footerStart;
    while (bodyEnd > 0 && lines[bodyEnd - 1].trim() === '')
        bodyEnd--;
    let bodyStart = 0;
    while (bodyStart < bodyEnd && lines[bodyStart].trim() === '')
        bodyStart++;
    return { body: lines.slice(bodyStart, bodyEnd).join('\n'), footers };
}
/** A `BREAKING CHANGE:` line inside the body: its text up to the end of the paragraph, or null. */
function breakingInBody(body) {
    if (!body.includes('BREAKING'))
        return null;
    const lines = body.split('\n');
    for (let k = 0; k < lines.length; k++) {
        const t = footerToken(lines[k]);
        if (t && (t.token === 'BREAKING CHANGE' || t.token === 'BREAKING-CHANGE')) {
            const parts = [lines[k].slice(t.valueAt)];
            for (let j = k + 1; j < lines.length && lines[j].trim() !== ''; j++)
                parts.push(lines[j]);
            return parts.join('\n').trim();
        }
    }
    return null;
}
function isHex(c) {
    return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
/** The hex run starting at `from`, or null when shorter than 7. */
function hexAt(text, from) {
    let j = from;
    while (j < text.length && j - from < 64 && isHex(text.charCodeAt(j)))
        j++;
    return j - from >= 7 ? text.slice(from, j).toLowerCase() : null;
}
/** The SHA in git's `This reverts commit <sha>.` line, or null. */
function revertTarget(body) {
    const marker = 'This reverts commit ';
    const at = body.indexOf(marker);
    return at < 0 ? null : hexAt(body, at + marker.length);
}
/** The first SHA in a `Refs:` footer (the Conventional Commits revert example), or null. */
function refsSha(footers) {
    const refs = footers['Refs'] ?? footers['refs'];
    if (!refs || refs.length === 0)
        return null;
    const v = refs[0].trim();
    return hexAt(v, 0);
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
/** `- **scope:** description ([abc1234](…/commit/sha)) ([#12](…/pull/12))`, plus an indented breaking note. */
function renderEntry(c, repoUrl) {
    const short = c.sha.slice(0, 7);
    let line = '- ';
    if (c.scope)
        line += `**${c.scope}:** `;
    line += c.description;
    line += repoUrl ? ` ([${short}](${repoUrl}/commit/${c.sha}))` : ` (${short})`;
    if (c.pr !== null)
        line += repoUrl ? ` ([#${c.pr}](${repoUrl}/pull/${c.pr}))` : ` (#${c.pr})`;
    if (c.breaking && c.breakingNote && c.breakingNote !== c.description) {
        for (const noteLine of c.breakingNote.split('\n'))
            line += noteLine.trim() === '' ? '\n' : `\n  ${noteLine.trimEnd()}`;
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
    const includeOther = input.includeOther ?? true;
    const repoUrl = input.repoUrl?.replace(/\/+$/, '') || undefined;
    const groups = new Map();
    const add = (heading, entry) => {
        const list = groups.get(heading);
        if (list)
            list.push(entry);
        else
            groups.set(heading, [entry]);
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
    for (const c of dropCancelledReverts(input.commits)) {
        const section = sectionOf(c, includeOther);
        if (section === null)
            continue;
        add(section, renderEntry(c, repoUrl));
        entries++;
    }
    const heading = input.version === 'Unreleased' ? '## [Unreleased]' : `## [${input.version}] - ${input.date}`;
    const parts = [heading];
    if (preamble.length > 0)
        parts.push(preamble.join('\n'));
    for (const name of [...SECTION_ORDER, ...customOrder]) {
        const list = groups.get(name);
        if (!list || list.length === 0)
            continue;
        parts.push(`### ${name}`, list.join('\n'));
    }
    if (parts.length === 1 && input.version !== 'Unreleased')
        parts.push('No notable changes.');
    const markdown = parts.join('\n\n') + '\n';
    const linkLine = linkLineFor(input.version, input.tag, input.previousTag, repoUrl);
    return linkLine === undefined ? { markdown, entries } : { markdown, entries, linkLine };
}

;// CONCATENATED MODULE: ./src/changelog/insert.ts


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
    const { title, scheme, ...renderBase } = input;
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
        throw new errors/* ReleaseError */.K2('BAD_CHANGELOG', 'The changelog has no "# " title and no "## " sections, so there is no safe place to add the release.', 'Give it a "# Changelog" title line (Keep a Changelog format), or delete the file so that release-relay creates one.', {
            location: { file: 'CHANGELOG.md', line: 1 },
        });
    }
    // Safe re-run: the version is already there.
    const wanted = stripV(input.version);
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
        rendered = renderSection({ ...renderBase, repoUrl, extraEntries: parseUnreleasedEntries(block) });
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
function stripV(v) {
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

// EXTERNAL MODULE: ./src/changelog/tags.ts + 1 modules
var tags = __webpack_require__(2711);
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
function replaceLiteral(text, from, to) {
    if (from === '' || from === to)
        return { text, count: 0 };
    let out = '';
    let count = 0;
    let pos = 0;
    for (let i = text.indexOf(from); i !== -1; i = text.indexOf(from, i + 1)) {
        if (i < pos || !isBounded(text, i, from))
            continue;
        out += text.slice(pos, i) + to;
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
            const res = replaceLiteral(after, r.from, r.to);
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

// EXTERNAL MODULE: ./src/ecosystems/registry.ts + 27 modules
var registry = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
;// CONCATENATED MODULE: ./src/versioning/bump.ts


/** Every bump kind, in the order error messages list them. */
const BUMP_KINDS = ['major', 'minor', 'patch', 'premajor', 'preminor', 'prepatch', 'prerelease', 'release'];
/** The change level of one commit under Conventional Commits, or null when it does not call for a release. */
function commitLevel(c) {
    if (c.isMerge)
        return null;
    if (c.breaking)
        return 'major';
    if (c.type === 'feat')
        return 'minor';
    // A revert changes shipped behaviour back, so it is released like a fix.
    if (c.type === 'fix' || c.type === 'perf' || c.isRevert)
        return 'patch';
    return null;
}
/**
 * Decides the next version from an explicit version, a bump kind, or (`auto`) the Conventional Commits
 * since the last release: a breaking change → major (minor while the major version is 0), feat → minor,
 * fix/perf/revert → patch, anything else (chore, docs, ci, test, style, build, refactor, merges,
 * non-conventional commits) → no release. A revert of a commit in the same range cancels both.
 *
 * `auto` on a pre-release stays in its series when the commits fit it (1.3.0rc1 + fix or feat → 1.3.0rc2;
 * 1.3.0-rc.0 → 1.3.0-rc.1) and starts a higher series when they do not (1.3.0rc1 + breaking → 2.0.0rc1).
 * `auto` with a pre-release id on a final version releases a pre-release of the decided level
 * (1.2.0 + feat, id rc → 1.3.0rc1). Leave a series with `release`, or an explicit bump or version.
 *
 * Throws BAD_INPUT for an unknown bump or a bump together with an explicit version, BAD_VERSION for a
 * malformed or already current version, DOWNGRADE for a next version below the current one (unless
 * allowDowngrade).
 */
function decideNextVersion(input) {
    const { scheme } = input;
    const current = scheme.normalize(input.current, 'the current version');
    const bumpRaw = (input.bump ?? '').trim().toLowerCase();
    const bump = bumpRaw === '' ? 'auto' : bumpRaw;
    if (bump !== 'auto' && !BUMP_KINDS.includes(bump)) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "bump" is "${input.bump}", which is not a bump kind.`, `Use one of: auto, ${BUMP_KINDS.join(', ')}.`);
    }
    const prereleaseId = input.prereleaseId?.trim() ? input.prereleaseId.trim() : undefined;
    const explicit = input.version?.trim();
    if (explicit) {
        if (bump !== 'auto') {
            throw new errors/* ReleaseError */.K2('BAD_INPUT', `Inputs "version" (${explicit}) and "bump" (${bump}) are both set.`, 'Set only one of them: an explicit version, or a bump kind.');
        }
        const next = scheme.normalize(explicit, 'input "version"');
        checkOrder(scheme, current, next, input.allowDowngrade ?? false, 'input "version"');
        const normalizedNote = next !== explicit ? ` (normalized from ${explicit})` : '';
        return { next, bump: 'explicit', reason: `Version ${next}${normalizedNote} was given explicitly with input "version".`, released: true, deciding: [] };
    }
    if (bump !== 'auto') {
        const kind = bump;
        if (prereleaseId !== undefined && !['premajor', 'preminor', 'prepatch', 'prerelease'].includes(kind)) {
            throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "prerelease-id" (${prereleaseId}) does not go with bump "${kind}".`, 'Use it with premajor, preminor, prepatch, prerelease or auto, or leave it empty.');
        }
        const next = scheme.bump(current, kind, prereleaseId);
        checkOrder(scheme, current, next, input.allowDowngrade ?? false, 'input "bump"');
        return { next, bump: kind, reason: `A ${kind} bump was requested with input "bump" (${current} → ${next}).`, released: true, deciding: [] };
    }
    return decideAuto(scheme, current, dropCancelledReverts(input.commits ?? []), prereleaseId, input.allowDowngrade ?? false);
}
/** Throws DOWNGRADE (or BAD_VERSION when equal) unless `next` sorts above `current`. */
function checkOrder(scheme, current, next, allowDowngrade, source) {
    const order = scheme.compare(next, current);
    if (order === 0) {
        throw new errors/* ReleaseError */.K2('BAD_VERSION', `Version ${next} (${source}) is already current.`, 'Give a higher version, or a bump kind; re-releasing the current version is not a release.');
    }
    if (order < 0 && !allowDowngrade) {
        throw new errors/* ReleaseError */.K2('DOWNGRADE', `Version ${next} (${source}) sorts below the current version ${current}.`, 'Give a version above the current one, or set allow-downgrade: true if this is intended.');
    }
}
const LEVEL_WORDS = {
    major: 'breaking change',
    minor: 'new feature',
    patch: 'fix',
};
/** Major version 0 (semver `0.x`, PEP 440 `0.x` in any epoch). */
function isZeroMajor(v) {
    const at = v.indexOf('!');
    const rest = at >= 0 ? v.slice(at + 1) : v;
    return rest === '0' || rest.startsWith('0.');
}
function decideAuto(scheme, current, commits, prereleaseId, allowDowngrade) {
    const byLevel = { major: [], minor: [], patch: [] };
    for (const c of commits) {
        const level = commitLevel(c);
        if (level)
            byLevel[level].push(c);
    }
    const found = ['major', 'minor', 'patch'].find((l) => byLevel[l].length > 0);
    if (!found) {
        const n = commits.length;
        const what = n === 0 ? 'No commits since the last release' : `None of the ${n} commit${n === 1 ? '' : 's'} since the last release is a feat, fix, perf, revert or breaking change`;
        return { next: null, bump: 'none', reason: `${what}, so there is nothing to release.`, released: false, deciding: [] };
    }
    const deciding = byLevel[found];
    let level = found;
    let zeroNote = '';
    if (found === 'major' && isZeroMajor(current)) {
        level = 'minor';
        zeroNote = ' (below 1.0.0 a breaking change bumps the minor version)';
    }
    let kind;
    let next;
    if (scheme.isPrerelease(current)) {
        // Stay in the series when the level fits it (the plain bump would just promote), else start a higher one.
        const promoted = scheme.bump(current, 'release');
        const plain = scheme.bump(current, level);
        const sameSeries = scheme.compare(plain, promoted) === 0;
        kind = sameSeries ? 'prerelease' : `pre${level}`;
        next = sameSeries ? scheme.bump(current, 'prerelease', prereleaseId) : scheme.bump(current, kind, prereleaseId ?? prereleaseIdOf(current));
    }
    else if (prereleaseId !== undefined) {
        kind = `pre${level}`;
        next = scheme.bump(current, kind, prereleaseId);
    }
    else {
        kind = level;
        next = scheme.bump(current, kind);
    }
    checkOrder(scheme, current, next, allowDowngrade, 'input "bump" (auto)');
    const words = LEVEL_WORDS[found];
    const count = `${deciding.length} ${words}${deciding.length === 1 ? '' : words.endsWith('h') ? 'es' : 's'}`;
    return {
        next,
        bump: kind,
        reason: `${capitalize(kind)} bump (${current} → ${next}) because of ${count}${zeroNote}: ${listCommits(deciding)}.`,
        released: true,
        deciding,
    };
}
/** The pre-release id a version carries (`rc` of 1.3.0rc1 or 1.3.0-rc.1), or undefined. */
function prereleaseIdOf(v) {
    const dash = v.indexOf('-');
    if (dash >= 0) {
        const id = v.slice(dash + 1).split('.')[0];
        return /^\d+$/.test(id) ? undefined : id;
    }
    for (const id of ['rc', 'a', 'b']) {
        const at = v.lastIndexOf(id);
        if (at > 0 && /^\d/.test(v.slice(at + id.length)))
            return id;
    }
    return undefined;
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
/** `abc1234 feat(api): add x; def5678 fix: y` — the first five, then how many more. */
function listCommits(commits) {
    const shown = commits.slice(0, 5).map((c) => `${c.sha.slice(0, 7)} ${c.raw.subject.trim()}`);
    const more = commits.length > 5 ? `; and ${commits.length - 5} more` : '';
    return shown.join('; ') + more;
}

// EXTERNAL MODULE: ./src/versioning/scheme.ts
var versioning_scheme = __webpack_require__(2053);
// EXTERNAL MODULE: ./src/stages/repository.ts
var repository = __webpack_require__(6559);
;// CONCATENATED MODULE: ./src/stages/prepare-release.ts
















const BUMPS = ['auto', 'major', 'minor', 'patch', 'premajor', 'preminor', 'prepatch', 'prerelease', 'release'];
/** Checks the options that can be checked without looking at the repository. */
async function validateOptions(o, run) {
    if (!o.version && !BUMPS.includes(o.bump)) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "bump" is "${o.bump}", which is not a known bump.`, `Use one of: ${BUMPS.join(', ')}; or set "version" to an explicit version.`);
    }
    if (!o.tagTemplate.includes('{version}')) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "tag-template" is "${o.tagTemplate}" and has no {version} placeholder.`, 'Use e.g. v{version} or {name}-v{version}.');
    }
    await (0,git_git/* assertValidRefName */.Pu)(o.tagTemplate.replace('{version}', '1.0.0').replace('{name}', 'name'), 'tag-template', run);
    if (o.prereleaseId !== undefined && !/^[A-Za-z][A-Za-z0-9]*$/.test(o.prereleaseId)) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "prerelease-id" is "${o.prereleaseId}".`, 'Use letters and digits only, starting with a letter: rc, beta, alpha.');
    }
    if (o.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Release date "${o.date}" is not YYYY-MM-DD.`, 'Give the date as YYYY-MM-DD.');
    }
    if (/[\0]/.test(o.commitMessage) || !o.commitMessage.trim()) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', 'Input "commit-message" is empty or holds a NUL byte.', 'Give a one-line message; {version} is replaced.');
    }
}
/**
 * prepare-release: decides the next version, writes it into the version files, the CHANGELOG and the docs,
 * commits and pushes. Every check that can fail runs before the first write; a dry run writes nothing.
 */
async function prepareRelease(options, deps = {}) {
    const run = deps.exec ?? exec/* exec */.m;
    const logger = deps.logger ?? log/* silentLogger */.q;
    const o = {
        ...options,
        bump: (options.bump ?? 'auto').trim(),
        tagTemplate: options.tagTemplate ?? 'v{version}',
        commitMessage: options.commitMessage ?? 'chore(release): prepare v{version}',
        packageDir: options.packageDir ?? '.',
        changelogFile: options.changelogFile ?? 'CHANGELOG.md',
        remote: options.remote ?? 'origin',
        push: options.push ?? true,
        dryRun: options.dryRun ?? false,
    };
    const sctx = (0,combinators/* createStepContext */.YC)('prepare-release', logger);
    await (0,combinators/* instrumented */.RC)('validate inputs', async () => validateOptions(o, run))(undefined, sctx);
    const git = new git_git/* Git */.TU(o.cwd ?? process.cwd(), run);
    const pre = await (0,combinators/* instrumented */.RC)('check repository', async () => {
        const root = await git.topLevel().catch(() => {
            throw new errors/* ReleaseError */.K2('GIT_FAILED', `${o.cwd ?? process.cwd()} is not inside a git repository.`, 'Run the stage in a checkout (actions/checkout with fetch-depth: 0).');
        });
        (0,core_files/* resolveInside */.LI)(root, o.packageDir, 'package-dir');
        const branch = await git.currentBranch();
        if (!branch && !o.allowDetached && !o.dryRun) {
            throw new errors/* ReleaseError */.K2('DETACHED_HEAD', 'HEAD is detached, so there is no branch to push the release commit to.', 'Check out a branch (actions/checkout with ref: main), or set allow-detached: true to commit without pushing.');
        }
        const dirty = await git.dirtyPaths();
        if (dirty.length > 0 && !o.dryRun) {
            throw new errors/* ReleaseError */.K2('DIRTY_TREE', `The working tree has uncommitted changes: ${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ', …' : ''}.`, 'Commit or remove them first; the release commit must hold only the release changes.');
        }
        const sha = await git.head();
        const hasRemote = await git.hasRemote(o.remote);
        return { root, branch, sha, hasRemote };
    })(undefined, sctx);
    const { adapter, info } = await (0,combinators/* instrumented */.RC)('read package', async () => {
        const adapter = await (0,registry/* detectEcosystem */.WZ)((0,core_files/* resolveInside */.LI)(pre.root, o.packageDir, 'package-dir'), o.ecosystem ?? 'auto');
        const info = await adapter.readPackage(pre.root, o.packageDir);
        return { adapter, info };
    })(undefined, sctx);
    const scheme = (0,versioning_scheme/* getScheme */.m)(info.scheme);
    const current = scheme.normalize(info.version, 'the version file');
    const history = await (0,combinators/* instrumented */.RC)('read commits since the last release', async () => {
        const last = await (0,tags/* findLastReleaseTag */.$l)(git, { template: o.tagTemplate, name: info.name, scheme });
        const paths = o.packageDir === '.' ? undefined : [o.packageDir];
        let raw = await readCommits(git, { from: last?.sha ?? null }, { paths });
        // A release commit for the current version that is not tagged yet (prepared, not yet published) ends
        // the range: counting the commits before it again would bump a second time on a re-run.
        const releaseSubject = o.commitMessage.split('{version}').join(current).trim().split(/\n\s*\n/)[0].split('\n').map((l) => l.trim()).join(' ');
        const prepared = raw.find((c) => c.subject.trim() === releaseSubject);
        if (prepared)
            raw = await readCommits(git, { from: prepared.sha }, { paths });
        return { last, commits: raw.map(parseCommit) };
    })(undefined, sctx);
    const decision = await (0,combinators/* instrumented */.RC)('decide version', async () => decideNextVersion({
        current,
        scheme,
        bump: o.bump,
        version: o.version,
        prereleaseId: o.prereleaseId,
        allowDowngrade: o.allowDowngrade,
        commits: history.commits,
    }))(undefined, sctx);
    const repo = o.repository ?? (0,repository/* repoFromSlug */.u)(process.env.GITHUB_REPOSITORY) ?? (0,repository/* repoFromRemoteUrl */.A)(pre.hasRemote ? await git.remoteUrl(o.remote) : null);
    const serverUrl = (o.serverUrl ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
    const context = (0,core_context/* newContext */.CA)({
        dry_run: o.dryRun,
        repository: { owner: repo?.owner ?? '', name: repo?.name ?? '', ref: pre.branch ?? 'HEAD', sha: pre.sha },
        package: { ecosystem: adapter.name, name: info.name, dir: o.packageDir, version_files: info.versionFiles },
    });
    context.timeline = sctx.timeline;
    if (!decision.released || decision.next === null) {
        context.version = { previous: current, next: current, scheme: scheme.name, bump: decision.bump, reason: decision.reason, released: false, tag: (0,tags/* formatTag */._3)(o.tagTemplate, { version: current, name: info.name }) };
        if (o.contextFile)
            await (0,core_context/* saveContext */.tn)(o.contextFile, context);
        return { context, edits: [], diff: '', deciding: [], docsChanged: [], decision: `No release: ${decision.reason}` };
    }
    const next = decision.next;
    const tag = (0,tags/* formatTag */._3)(o.tagTemplate, { version: next, name: info.name });
    const plan = await (0,combinators/* instrumented */.RC)('plan file changes', async () => {
        await (0,git_git/* assertValidRefName */.Pu)(tag, 'tag-template', run);
        if (await git.tagCommit(tag)) {
            throw new errors/* ReleaseError */.K2('TAG_EXISTS', `Tag ${tag} already exists, so version ${next} was released before.`, 'Pick a higher version (bump or version input), or delete the stale tag if that release never happened.');
        }
        if (pre.hasRemote && (await git.remoteTagCommit(o.remote, tag))) {
            throw new errors/* ReleaseError */.K2('TAG_EXISTS', `Tag ${tag} already exists on ${o.remote}, so version ${next} was released before.`, 'Fetch tags (fetch-depth: 0) and pick a higher version.');
        }
        if (history.last && scheme.compare(next, history.last.version) <= 0 && !o.allowDowngrade) {
            throw new errors/* ReleaseError */.K2('DOWNGRADE', `Version ${next} does not sort above the last release ${history.last.version} (${history.last.tag}).`, 'Pick a higher version, or set allow-downgrade: true if that is intended.');
        }
        const edits = [];
        if (!info.versionFromVcs)
            edits.push(...(await adapter.planVersionEdits(pre.root, o.packageDir, info, next)));
        const changelogPath = joinRel(o.packageDir, o.changelogFile);
        const changelogFull = (0,core_files/* resolveInside */.LI)(pre.root, changelogPath, 'changelog-file');
        const existing = await (0,core_files/* readTextOrNull */.GR)(changelogFull);
        const rendered = insertRelease(existing, {
            version: next,
            date: o.date ?? new Date().toISOString().slice(0, 10),
            commits: history.commits,
            repoUrl: repo ? `${serverUrl}/${repo.owner}/${repo.name}` : undefined,
            previousTag: history.last?.tag ?? null,
            tag,
            includeOther: o.includeOther,
            scheme: scheme.name,
        });
        edits.push({ path: changelogPath, before: existing, after: rendered.text });
        const docs = await planDocsEdits(pre.root, o.docsFiles ?? [], adapter.docsReplacements(info.name, current, next));
        for (const e of docs.edits) {
            const same = edits.find((x) => x.path === e.path);
            if (same)
                same.after = e.after;
            else
                edits.push(e);
        }
        return { edits: edits.filter((e) => e.before !== e.after), rendered, docsChanged: docs.changed };
    })(undefined, sctx);
    context.version = { previous: current, next, scheme: scheme.name, bump: decision.bump, reason: decision.reason, released: true, tag };
    context.changelog = { section_markdown: plan.rendered.sectionMarkdown, entries: plan.rendered.entries, file: joinRel(o.packageDir, o.changelogFile) };
    const diff = plan.edits.map(core_files/* describeEdit */.OA).join('\n');
    const files = plan.edits.map((e) => e.path);
    const sentence = `${info.name} ${current} → ${next} (${decision.bump}): ${decision.reason}`;
    if (o.dryRun) {
        logger.info(`Dry run: would change ${files.join(', ') || 'no files'}\n${diff}`);
        context.release_commit = { sha: pre.sha, branch: pre.branch ?? '', pushed: false, files_changed: files };
        if (o.contextFile)
            await (0,core_context/* saveContext */.tn)(o.contextFile, context);
        return { context, edits: plan.edits, diff, deciding: decision.deciding, docsChanged: plan.docsChanged, decision: `Dry run: would release ${sentence}` };
    }
    await (0,combinators/* instrumented */.RC)('write files', async () => (0,core_files/* applyEdits */.ct)(pre.root, plan.edits))(undefined, sctx);
    const commitSha = await (0,combinators/* instrumented */.RC)('commit', async () => {
        try {
            return await git.commit(files, o.commitMessage.split('{version}').join(next), o.identity ?? git_git/* BOT_IDENTITY */.br);
        }
        catch (err) {
            await restore(git, pre.sha, files);
            throw err;
        }
    })(undefined, sctx);
    let pushed = false;
    if (o.push && pre.branch && pre.hasRemote) {
        await (0,combinators/* instrumented */.RC)('push', async () => {
            try {
                await git.push(o.remote, [`HEAD:refs/heads/${pre.branch}`]);
            }
            catch (err) {
                // Undo the local release commit so a re-run starts from a clean, unchanged branch.
                await git.git(['reset', '--hard', pre.sha]);
                const moved = await git.fetchBranch(o.remote, pre.branch);
                if (moved && moved !== pre.sha) {
                    throw new errors/* ReleaseError */.K2('REMOTE_MOVED', `${o.remote}/${pre.branch} moved to ${moved.slice(0, 7)} while the release was being prepared; nothing was pushed and the local release commit was undone.`, 'Re-run the release: it will start from the new commits and include them in the changelog.', { cause: err });
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
/** Joins a package-relative path onto the package dir, keeping `.` out of the result. */
function joinRel(dir, file) {
    return dir === '.' || dir === '' ? file : `${dir.replace(/\/$/, '')}/${file}`;
}
/** Puts the files and the index back as they were at `sha` after a failed commit. */
async function restore(git, sha, files) {
    await git.git(['reset', '--quiet', sha, '--', ...files], { check: false });
    await git.git(['checkout', sha, '--', ...files], { check: false });
    await git.git(['clean', '-fq', '--', ...files], { check: false });
}


/***/ }),

/***/ 6559:
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

//# sourceMappingURL=680.index.js.map