export const id = 453;
export const ids = [453];
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
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69928);



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
/* harmony export */   fp: () => (/* binding */ chooseTagStyle)
/* harmony export */ });
/* unused harmony exports TAG_STYLES, inferTagTemplate, templateOfTag */
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
    for (const style of TAG_STYLES) {
        const spellings = style.includes('{name}') ? nameSpellings(name) : [name];
        for (const spelled of spellings) {
            const found = (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .releaseTags */ .dt)(tags, { template: style, name: spelled, scheme });
            if (found.length === 0)
                continue;
            const highest = (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .lastRelease */ .Ik)(found, scheme);
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
    return { template: _tags_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TAG_TEMPLATE */ .y6, source: 'default', reason: 'no release tag yet: the default' };
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

/***/ 41453:
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
// EXTERNAL MODULE: ./src/core/files.ts
var core_files = __webpack_require__(69928);
// EXTERNAL MODULE: ./src/core/log.ts
var log = __webpack_require__(44325);
// EXTERNAL MODULE: ./src/git/tag-list.ts
var tag_list = __webpack_require__(20489);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
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
            env: (0,exec/* childEnv */.gf)({ env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }),
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

;// CONCATENATED MODULE: ./src/commits/read.ts


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
async function read_readCommits(git, range, options) {
    const out = [];
    await streamCommits(git, range, (c) => out.push(c), options);
    return out;
}

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
/**
 * Reads the tags and the commits that decide the next release: the tag style (input, release-tool config,
 * the existing tags, or `v{version}`), the last release tag, the commits since it (squash bodies expanded),
 * and whether an earlier prepare for the file's version is still untagged (then it is re-opened: its release
 * commit is left out and the version prepared again, so a rejected gate burns no version).
 */
async function readReleaseHistory(git, o, logger) {
    const headExists = (await git.revParse('HEAD')) !== null;
    const tags = headExists ? await (0,tag_list/* listTags */.cB)(git, { merged: 'HEAD' }) : [];
    const tagStyle = (0,tag_style/* chooseTagStyle */.fp)(o.tagTemplate, o.configuredTag, tags, o.name, o.scheme);
    (0,changelog_tags/* checkTagTemplate */.hl)(tagStyle.template);
    const found = (0,changelog_tags/* lastRelease */.Ik)((0,changelog_tags/* releaseTags */.dt)(tags, { template: tagStyle.template, name: o.name, scheme: o.scheme }), o.scheme);
    const last = found === null ? null : { tag: found.tag, version: found.version, sha: found.sha, date: found.date };
    let raw;
    let start;
    if (last) {
        raw = await read_readCommits(git, { from: last.sha }, { paths: o.paths });
        start = `tag ${last.tag}`;
        if (o.since)
            logger?.info(`Input "since" (${o.since}) is not used: the last release is ${last.tag}.`);
    }
    else if (o.since) {
        const s = await resolveSince(git, o.since);
        if ('sha' in s) {
            raw = await read_readCommits(git, { from: s.sha }, { paths: o.paths });
            start = `since ${o.since}`;
        }
        else {
            raw = (await read_readCommits(git, { from: null }, { paths: o.paths })).filter((c) => c.date.slice(0, 10) >= s.date);
            start = `since ${s.date}`;
        }
    }
    else {
        raw = await read_readCommits(git, { from: null }, { paths: o.paths });
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

// EXTERNAL MODULE: ./src/ecosystems/adapters.ts + 41 modules
var adapters = __webpack_require__(14741);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(10308);
// EXTERNAL MODULE: ./src/versioning/scheme.ts + 3 modules
var versioning_scheme = __webpack_require__(4418);
// EXTERNAL MODULE: ./src/github/repository.ts
var repository = __webpack_require__(90651);
// EXTERNAL MODULE: ./src/stages/prepare-checks.ts
var prepare_checks = __webpack_require__(92384);
// EXTERNAL MODULE: ./src/changelog/locate.ts
var locate = __webpack_require__(95610);
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
function render_renderSection(input) {
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
        const rendered = render_renderSection(renderBase);
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
        rendered = render_renderSection({ ...renderBase, repoUrl, extraEntries: mergeEntries(carriedEntries, parseUnreleasedEntries(block)) });
        const head = lines[unreleased.i];
        const headEnd = head.next;
        const headHasEol = headEnd > 0 && existing[headEnd - 1] === '\n';
        const restStart = blockEnd < lines.length ? lines[blockEnd].start : existing.length;
        const rest = existing.slice(restStart);
        text = existing.slice(0, headEnd) + (headHasEol ? '' : eol) + eol + withEol(rendered.markdown, eol) + (rest.length > 0 ? eol + rest : '');
    }
    else if (h2.length > 0) {
        rendered = render_renderSection({ ...renderBase, repoUrl });
        const first = h2.find((h) => isReleaseLabel(h.label)) ?? h2[0];
        const at = lines[first.i].start;
        text = existing.slice(0, at) + withEol(rendered.markdown, eol) + eol + existing.slice(at);
    }
    else {
        rendered = render_renderSection({ ...renderBase, repoUrl });
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
function styled_changelogFormat(path, text) {
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
    const md = render_renderSection(input);
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
    return { text, sectionMarkdown: style.format === 'markdown' ? section.join('\n').trimEnd() + '\n' : render_renderSection({ ...input, extraEntries: extra }).markdown, entries };
}
/** The lines of the section of `version` (heading start, body start, end), or null when the file has none. */
function styled_findSection(text, format, version) {
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
    const format = styled_changelogFormat(path, text);
    const found = styled_findSection(text, format, version);
    if (found === null)
        return { text, carried: {} };
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = text.split(/\r?\n/);
    const prior = before === null ? null : styled_findSection(before, format, version);
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
    const format = styled_changelogFormat(path, existing);
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
async function ensureFullHistory(git, remote, hasRemote, logger) {
    if (!(await git.isShallow()))
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
                const at = styled_findSection(text, styled_changelogFormat(path, text), p.history.reopened.version);
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

;// CONCATENATED MODULE: ./src/stages/api-commit.ts


/** The mode git records for `path` at HEAD (100755 for executables), 100644 for a new file. */
async function fileMode(git, path) {
    const line = (await git.git(['ls-files', '--stage', '--', path])).stdout.trim();
    return line.startsWith('100755') ? '100755' : '100644';
}
/** The release commit's files for the Git database API, from the planned edits (nothing is written locally). */
async function treeFilesFromEdits(git, edits) {
    const files = [];
    for (const e of edits)
        files.push({ path: e.path, mode: await fileMode(git, e.path), content: e.after === null ? null : Buffer.from(e.after, 'utf8') });
    return files;
}
/**
 * Makes the release commit through GitHub's Git database API on top of `parent` (which GitHub must have: it
 * is the remote branch's tip), points `branch` at it (`force` for a release branch the suite owns), then
 * fetches it and checks it out locally on `branch`, so the working tree equals what GitHub holds.
 */
async function commitThroughApi(opts) {
    const { git, github: gh } = opts;
    const files = await treeFilesFromEdits(git, opts.edits);
    const commit = await createApiCommit(gh.client, { owner: gh.owner, repo: gh.repo, parent: opts.parent, files, message: opts.message });
    await setBranch(gh.client, { owner: gh.owner, repo: gh.repo, branch: opts.branch, sha: commit.sha, force: opts.force });
    const fetched = await git.fetchBranch(opts.remote, opts.branch);
    if (fetched !== commit.sha) {
        throw new errors/* ReleaseError */.K2('REMOTE_MOVED', `${opts.remote}/${opts.branch} is at ${fetched?.slice(0, 7) ?? 'nothing'} after the API commit ${commit.sha.slice(0, 7)}.`, 'Check that the remote is the GitHub repository the token writes to, then re-run.');
    }
    await git.git(['checkout', '--quiet', '-B', opts.branch, commit.sha]);
    return commit;
}

;// CONCATENATED MODULE: ./src/stages/release-marker.ts
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
        headRef: p.head.ref, headSha: p.head.sha, baseRef: p.base.ref, author: p.user?.login ?? '', mergeCommitSha: p.merge_commit_sha,
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/core/digest.ts





/** The hex SHA-256 of a file, read as a stream (distributions can be large). */
async function sha256File(path) {
    const hash = createHash('sha256');
    try {
        for await (const chunk of createReadStream(path))
            hash.update(chunk);
    }
    catch (err) {
        throw new ReleaseError('BAD_INPUT', `Cannot read ${path} to compute its digest: ${err.message}`, 'Check that the build wrote the file and that it is readable.', { cause: err });
    }
    return hash.digest('hex');
}
/** File name, SHA-256 and size of each file, in the order given: the records the release context carries. */
async function digest_describeArtifacts(files) {
    const records = [];
    for (const file of files) {
        const sha256 = await sha256File(file);
        const { size } = await stat(file);
        records.push({ file: basename(file), sha256, size });
    }
    return records;
}

// EXTERNAL MODULE: ./src/core/http.ts
var http = __webpack_require__(1983);
;// CONCATENATED MODULE: ./src/gate/artifact-dir.ts
/**
 * The gate's artifact directory: the one directory the suite empties, so it must be one the suite made.
 * New → created and marked; marked (an earlier run of the gate) → reused; empty and untracked → marked;
 * anything else (tracked paths, `.git`, a non-empty directory of someone else) → refused before any work.
 */



/** The file that marks a directory as the gate's own. */
const ARTIFACT_DIR_MARKER = '.release-relay-artifacts';
const artifact_dir_HINT = 'Point input `artifact-dir` at a new directory (or one an earlier gate run created), e.g. one under $RUNNER_TEMP (the default).';
/**
 * Checks that `dir` may be (re)used as the artifact directory and claims it; nothing is deleted here.
 * `root` is the repository's top level (its `.git` and tracked paths are never used). `defaultDir`: the path
 * is the suite's default, not a user's input.
 */
async function artifact_dir_claimArtifactDir(dir, root, git, options = {}) {
    const rel = relative(root, dir);
    const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    if (inside) {
        if (rel.split(sep).includes('.git')) {
            throw new ReleaseError('PATH_ESCAPE', `Input "artifact-dir" (${rel}) is inside the repository's .git directory; the gate empties its artifact directory.`, artifact_dir_HINT);
        }
        const tracked = (await git.out(['ls-files', '--', rel])).split('\n').filter(Boolean);
        if (tracked.length) {
            throw new ReleaseError('PATH_ESCAPE', `Input "artifact-dir" (${rel}) holds ${tracked.length} tracked file(s) (${tracked.slice(0, 3).join(', ')}); the gate empties its artifact directory.`, artifact_dir_HINT);
        }
    }
    const entries = await readdir(dir).catch((err) => {
        if (err.code === 'ENOENT')
            return null;
        throw new ReleaseError('BAD_INPUT', `Input "artifact-dir" (${dir}) cannot be read: ${err.message}`, artifact_dir_HINT);
    });
    if (entries === null) {
        await mkdir(dir, { recursive: true });
    }
    else {
        if (!(await stat(dir)).isDirectory())
            throw new ReleaseError('BAD_INPUT', `Input "artifact-dir" (${dir}) is a file, not a directory.`, artifact_dir_HINT);
        // The default (`$RUNNER_TEMP/release-relay/release-<version>`) is the suite's own path by construction.
        if (entries.length && !entries.includes(ARTIFACT_DIR_MARKER) && !options.defaultDir) {
            throw new ReleaseError('BAD_INPUT', `Input "artifact-dir" (${dir}) is not empty (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}) and was not created by release-relay; the gate would empty it.`, artifact_dir_HINT);
        }
    }
    await artifact_dir_markArtifactDir(dir);
}
/** (Re)writes the marker: after a build tool that recreates its output directory. */
async function artifact_dir_markArtifactDir(dir) {
    await writeFile(join(dir, ARTIFACT_DIR_MARKER), 'Created by release-relay quality-gate: emptied and refilled on every run.\n');
}
/** Empties a claimed artifact directory, keeping its marker. */
async function artifact_dir_emptyArtifactDir(dir) {
    for (const entry of await readdir(dir)) {
        if (entry !== ARTIFACT_DIR_MARKER)
            await rm(join(dir, entry), { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/changelog/tag-notes.ts








/**
 * The release notes of a tag pushed by hand (no prepare-release before the gate): the tag's own section of
 * the project's changelog when it has one, else a section generated from the commits between the previous
 * release tag and this tag. publish-and-verify needs them for the annotated tag and the GitHub release.
 */
async function tag_notes_releaseNotesForTag(git, root, packageDir, o) {
    const located = await locateChangelog(root, packageDir, o.changelogFile ? { path: o.changelogFile, from: 'input "changelog-file"' } : undefined);
    if (located.exists) {
        const text = await readFile(resolveInside(resolveInside(root, packageDir, 'package-dir'), located.path, 'changelog-file'), 'utf8');
        const section = findSection(text, changelogFormat(located.path, text), o.version);
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
    const previous = parent === null ? null : await findLastReleaseTag(git, { template: o.template, name: o.name, scheme: o.scheme, rev: parent });
    const commits = (await readCommits(git, { from: previous?.sha ?? null, to: tagged })).map(parseCommit);
    const rendered = renderSection({ version: o.version, date: o.date, commits, repoUrl: o.repoUrl, previousTag: previous?.tag ?? null, tag: o.tag });
    return { section_markdown: rendered.markdown, entries: rendered.entries };
}

// EXTERNAL MODULE: ./src/ecosystems/pipeline.ts
var pipeline = __webpack_require__(80839);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 28 modules
var XMLParser = __webpack_require__(88879);
;// CONCATENATED MODULE: ./src/reports/coverage.ts



function percent(covered, total) {
    // Nothing to measure counts as fully covered, as coverage.py and lcov do.
    return total > 0 ? (covered / total) * 100 : 100;
}
function bad(source, what, hint) {
    return new ReleaseError('BAD_INPUT', `Coverage report ${source} ${what}.`, hint);
}
const xmlParser = new XMLParser/* default */.A({ ignoreAttributes: false, attributeNamePrefix: '@', parseAttributeValue: false, parseTagValue: false });
/** Parses a Cobertura XML report (coverage.py `coverage xml`, pytest-cov `--cov-report=xml`, jest). */
function parseCobertura(xml, file = '') {
    const source = file || '(cobertura xml)';
    const valid = XMLValidator.validate(xml);
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
async function coverage_readCoverageReport(file) {
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch {
        throw new ReleaseError('BAD_INPUT', `Coverage report ${file} was not found.`, 'Make the test command write it (pytest --cov --cov-report=xml:FILE), or point input "coverage-report" at the file it writes.');
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
function coverage_checkCoverage(report, threshold, options = {}) {
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
        throw new ReleaseError('BAD_INPUT', `Input "coverage-threshold" (${input}) is not a number from 0 to 100.`, 'Set coverage-threshold to a percentage such as 80, or leave it empty to skip the coverage check.');
    }
    return value;
}

;// CONCATENATED MODULE: ./src/gate/evidence.ts



/** The manifest a gate run leaves next to its test evidence. */
const MANIFEST = 'evidence.json';
/**
 * Copies a test run's JUnit XML and coverage report into `dir` with a small manifest, so that a later gate
 * of the same commit (the reusable workflow's build job) judges the same run instead of running the suite
 * again. Files the run did not write are left out.
 */
async function evidence_saveTestEvidence(dir, evidence) {
    await mkdir(dir, { recursive: true });
    const manifest = { reportFormat: evidence.reportFormat, exitCode: evidence.exitCode };
    if (await exists(evidence.junitFile)) {
        await copyFile(evidence.junitFile, join(dir, 'junit.xml'));
        manifest.junit = 'junit.xml';
    }
    if (evidence.coverageFile && (await exists(evidence.coverageFile))) {
        // The coverage parser tells formats apart by name as well as content: keep the name.
        const name = `coverage-${basename(evidence.coverageFile)}`;
        await copyFile(evidence.coverageFile, join(dir, name));
        manifest.coverage = name;
    }
    await writeFile(join(dir, MANIFEST), `${JSON.stringify(manifest)}\n`);
}
/**
 * A test "command" that hands the gate the evidence saved in `dir` as this run's reports: it copies them
 * (with Node, on any runner) to where the gate reads them and exits with the saved run's exit code, so the
 * tests check (JUnit, or the exit code alone where the run wrote no report), the coverage check and the
 * freshness rules work as for a run of the suite. Throws BAD_INPUT when `dir` holds no evidence.
 */
/** The evidence manifest in `dir`; BAD_INPUT naming input "test-evidence" when there is none. */
async function evidence_readTestEvidence(dir) {
    try {
        return JSON.parse(await readFile(join(dir, MANIFEST), 'utf8'));
    }
    catch {
        throw new ReleaseError('BAD_INPUT', `Input "test-evidence" is ${dir}, which holds no test evidence (${MANIFEST}).`, 'Point it at the directory a gate run wrote with "evidence-dir" (the downloaded evidence artifact), or leave it empty to run the tests.');
    }
}
async function evidence_testEvidencePlan(dir, reportDir) {
    const manifest = await evidence_readTestEvidence(dir);
    const pairs = [];
    const junitFile = join(reportDir, 'evidence-junit.xml');
    if (manifest.junit)
        pairs.push(join(dir, manifest.junit), junitFile);
    const coverageFile = manifest.coverage ? join(reportDir, manifest.coverage) : undefined;
    if (manifest.coverage && coverageFile)
        pairs.push(join(dir, manifest.coverage), coverageFile);
    // A run that could not start at all left no exit code: fail rather than pass.
    const code = manifest.exitCode ?? 1;
    const script = `const fs=require('fs');const a=process.argv.slice(1);for(let i=0;i<a.length;i+=2)fs.copyFileSync(a[i],a[i+1]);process.exitCode=${Number(code) | 0};`;
    return { argv: [process.execPath, '-e', script, ...pairs], junitFile, reportFormat: manifest.reportFormat, junitOptional: !manifest.junit, coverageFile };
}
async function exists(file) {
    return stat(file).then((s) => s.isFile(), () => false);
}

;// CONCATENATED MODULE: ./src/reports/jest-json.ts


const OUTCOMES = { passed: 'passed', failed: 'failed', pending: 'skipped', skipped: 'skipped', todo: 'skipped', disabled: 'skipped', focused: 'passed' };
/**
 * Reads the test cases of Jest's `--json --outputFile` results, named `<file>::<full name>` like JUnit
 * `classname::name`. A test file that failed to run (a syntax error, a failing import) has no assertions: it
 * counts as one error named after the file. Throws BAD_INPUT when the file is not Jest's JSON.
 */
function jest_json_parseJestJson(text, source = 'Jest JSON results', cwd) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new ReleaseError('BAD_INPUT', `${source} is not JSON: ${err.message}`, 'Make sure the test run finished writing the results (jest --json --outputFile=FILE).');
    }
    if (!Array.isArray(doc.testResults))
        throw new ReleaseError('BAD_INPUT', `${source} has no "testResults".`, 'Point the gate at the file jest --json --outputFile writes.');
    const cases = [];
    let durationMs = 0;
    for (const file of doc.testResults) {
        const name = file.name ? (cwd ? relative(cwd, file.name) : file.name) : '(test file)';
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
function junit_parseJUnitCases(xml, source = 'JUnit report') {
    const valid = XMLValidator.validate(xml);
    if (valid !== true) {
        throw new ReleaseError('BAD_INPUT', `${source} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`, 'Make sure the test run finished writing the report (a killed run leaves a truncated file), and that the test command writes JUnit XML (pytest --junitxml=FILE).');
    }
    const doc = parser.parse(xml);
    const roots = children(doc, 'testsuites');
    const suites = roots.length ? roots.flatMap((r) => children(r, 'testsuite')) : children(doc, 'testsuite');
    if (!roots.length && !suites.length) {
        throw new ReleaseError('BAD_INPUT', `${source} has neither <testsuites> nor <testsuite> at its root.`, 'Point the gate at a JUnit XML report (pytest --junitxml=FILE).');
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
function junit_summarizeCases(cases, durationS) {
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
    const { cases, durationS } = junit_parseJUnitCases(xml, source);
    return junit_summarizeCases(cases, durationS);
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
const MAX_BUFFER = (/* unused pure expression or super */ null && (256 * 1024));
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
async function run_tests_runTests(opts) {
    const [file, ...baseArgs] = opts.command;
    if (!file)
        throw new ReleaseError('BAD_INPUT', 'Input "test-command" is empty.', 'Give the test command, e.g. "python -m pytest".');
    const timeoutBudget = Math.min(opts.timeoutRetries ?? 0, opts.retries);
    const log = [];
    let timeoutsRetried = 0;
    const runAttempt = async (signal) => {
        const previous = log[log.length - 1];
        // Only a finished attempt tells which tests failed; after a timeout the whole suite reruns.
        const rerunOnlyFailed = !!opts.rerunFailedArgs?.length && previous !== undefined && previous.cases !== undefined;
        const args = rerunOnlyFailed ? [...baseArgs, ...(opts.rerunFailedArgs ?? [])] : baseArgs;
        await rm(opts.junitFile, { force: true });
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
            if (isReleaseError(err, 'TIMEOUT')) {
                attempt.timedOut = true;
                return attempt;
            }
            throw err;
        }
        attempt.output = output;
        let xml;
        try {
            xml = await readFile(opts.junitFile, 'utf8');
        }
        catch {
            if (opts.junitOptional) {
                attempt.noReport = true;
                attempt.durationS = (Date.now() - started) / 1000;
                return attempt;
            }
            throw new ReleaseError('COMMAND_FAILED', `The test command (${file} ${args.join(' ')}) exited with ${attempt.exitCode} and wrote no JUnit report at ${opts.junitFile}:\n${tail(output, 15)}`, `Make the test command write JUnit XML to that file (pytest --junitxml=${opts.junitFile}), and fix the error above.`);
        }
        const parsed = opts.reportFormat === 'jest-json' ? parseJestJson(xml, `Jest results ${opts.junitFile}`, opts.cwd) : parseJUnitCases(xml, `JUnit report ${opts.junitFile}`);
        attempt.cases = parsed.cases;
        attempt.durationS = parsed.durationS;
        return attempt;
    };
    const oneAttempt = async (_input, ctx) => {
        let running;
        const bounded = timeout(async (_i, inner) => {
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
            throw new ReleaseError('TIMEOUT', 'The test run was aborted', 'Raise the timeout of the step that runs the gate.');
        }
        const failed = attempt.cases?.filter((c) => c.outcome === 'failed' || c.outcome === 'error').map((c) => c.name) ?? [];
        if (failed.length)
            throw new TestsFailedSignal(failed);
        // No report: the exit code is the only evidence, and a failing run is retried whole.
        if (attempt.noReport && attempt.exitCode !== 0)
            throw new TestsFailedSignal([]);
        return attempt;
    };
    const ctx = createStepContext('quality-gate', opts.logger);
    ctx.signal = opts.signal;
    ctx.startTimer = opts.startTimer;
    const withRetries = retry(oneAttempt, {
        attempts: opts.retries + 1,
        baseDelayMs: opts.retryDelayMs ?? 1000,
        backoff: 'constant',
        jitter: 0,
        isTransient: (err) => {
            if (err instanceof TestsFailedSignal)
                return true;
            if (isReleaseError(err, 'TIMEOUT') && !opts.signal?.aborted && timeoutsRetried < timeoutBudget) {
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
        const expected = err instanceof TestsFailedSignal || (isReleaseError(err, 'TIMEOUT') && !opts.signal?.aborted);
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

;// CONCATENATED MODULE: ./src/stages/quality-gate.ts






















/** Derives a context for a tag-triggered run from the tag and the version file; refuses if they disagree. */
async function contextFromTag(o, root, git) {
    const packageDir = o.packageDir ?? '.';
    const adapter = await getFullAdapter(resolveInside(root, packageDir, 'package-dir'), o.ecosystem ?? 'auto');
    const info = await adapter.readPackage(root, packageDir);
    const scheme = getScheme(info.scheme);
    const config = o.tagTemplate === undefined && adapter.releaseConfig ? await adapter.releaseConfig(root, packageDir, info) : null;
    const rawTag = (o.tag ?? o.runner?.ref ?? '').replace(/^refs\/tags\//, '');
    if (!rawTag)
        throw new ReleaseError('BAD_CONTEXT', 'There is no release context and no tag to derive one from.', 'Pass `context` from prepare-release, or run on a tag push (refs/tags/v1.2.3) or set `tag`.');
    // Without a template: the release tooling's tag format, else the pushed tag's own style (v1.2.3, 1.2.3, name-1.2.3, name@1.2.3).
    const template = o.tagTemplate ?? config?.tagTemplate ?? templateOfTag(rawTag, info.name, scheme);
    const tagVersion = parseTag(template, rawTag, info.name);
    if (tagVersion === null)
        throw new ReleaseError('BAD_INPUT', `Tag "${rawTag}" does not match tag-template "${template}".`, 'Push a tag that matches the template, or set tag-template.');
    const version = scheme.normalize(tagVersion, 'tag');
    // A version derived from git tags has no file to compare with: the tag is the version.
    const fileVersion = info.versionFromVcs ? version : scheme.normalize(info.version, 'version file');
    if (scheme.compare(version, fileVersion) !== 0) {
        throw new ReleaseError('CONTEXT_MISMATCH', `Tag ${rawTag} says ${version} but ${info.versionFiles.join(', ')} says ${fileVersion}.`, 'Tag the commit whose version files carry that version (run prepare-release first), or fix the tag.');
    }
    const sha = await git.head();
    const slug = repoFromSlug(o.runner?.repository) ?? repoFromRemoteUrl(await git.remoteUrl('origin'));
    const context = newContext({
        repository: { owner: slug?.owner ?? '', name: slug?.name ?? '', ref: `refs/tags/${rawTag}`, sha },
        package: { ecosystem: adapter.name, name: info.name, dir: packageDir, version_files: info.versionFiles, ...(info.versionSource ? { version_source: info.versionSource } : {}) },
    });
    context.version = { previous: '', next: version, scheme: scheme.name, bump: 'tag', reason: `tag ${rawTag} was pushed`, released: true, tag: formatTag(template, { version, name: info.name }) };
    // publish-and-verify writes these notes into the annotated tag and the GitHub release.
    const repoUrl = slug ? `${(o.runner?.serverUrl ?? 'https://github.com').replace(/\/+$/, '')}/${slug.owner}/${slug.name}` : undefined;
    context.changelog = await releaseNotesForTag(git, root, packageDir, { tag: rawTag, version, template, name: info.name, scheme, repoUrl, date: new Date().toISOString().slice(0, 10) });
    return { context, adapter, info };
}
/** Renders the rejection issue's body: each failed check with its evidence. */
function quality_gate_rejectionIssueBody(ctx, failed) {
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
async function quality_gate_qualityGate(options, deps = {}) {
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
        await rm(g.reportDir, { recursive: true, force: true });
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
    const run = deps.exec ?? realExec;
    const logger = deps.logger ?? silentLogger;
    const sctx = createStepContext('quality-gate', logger);
    const env = { exec: run, logger, tools: options.tools ?? {}, runner: options.runner };
    const cwd = resolve(options.cwd ?? process.cwd());
    const git = new Git(cwd, run);
    const loaded = await instrumented('load context', async () => {
        const root = await git.topLevel();
        if (options.context) {
            const context = structuredClone(options.context);
            const adapter = await getFullAdapter(resolveInside(root, context.package.dir, 'package-dir'), context.package.ecosystem);
            const info = await adapter.readPackage(root, context.package.dir);
            const scheme = getScheme(info.scheme);
            const next = context.version?.next ?? '';
            if (!context.version?.released)
                throw new ReleaseError('NOT_APPROVED', 'The release context says nothing was released, so there is nothing to gate.', 'Skip the gate when prepare-release outputs released=false.');
            if (!info.versionFromVcs && scheme.compare(scheme.normalize(info.version, 'version file'), next) !== 0) {
                throw new ReleaseError('CONTEXT_MISMATCH', `The context is for version ${next} but ${info.versionFiles.join(', ')} says ${info.version}.`, 'Check out the release commit (release_commit.sha from prepare-release) before the gate.');
            }
            const head = await git.head();
            if (context.release_commit?.sha && context.release_commit.sha !== head && !context.dry_run) {
                throw new ReleaseError('CONTEXT_MISMATCH', `The context's release commit is ${context.release_commit.sha.slice(0, 7)} but HEAD is ${head.slice(0, 7)}.`, 'Check out the release commit (ref: the commit-sha output of prepare-release).');
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
    const packageDir = resolveInside(root, context.package.dir, 'package-dir');
    const artifactName = `release-${version}`;
    const artifactDir = options.artifactDir ? resolve(cwd, options.artifactDir) : join(options.runner?.tempDir || tmpdir(), 'release-relay', artifactName);
    // The build empties the artifact dir first: one that is (or contains) the repository would delete it.
    const holds = (dir) => {
        const rel = relative(artifactDir, dir);
        return rel === '' || !(rel.startsWith('..') || isAbsolute(rel));
    };
    if (holds(root) || holds(packageDir)) {
        throw new ReleaseError('BAD_INPUT', `Input "artifact-dir" (${options.artifactDir}) holds the working tree (${root}); the gate empties it before building.`, 'Use a directory of its own, e.g. dist-release or one under $RUNNER_TEMP (the default).');
    }
    // Before any work: the artifact dir must be one the gate may empty, report paths must stay contained.
    // Evidence that is not there fails before the artifact dir is claimed (nothing written).
    if (options.testEvidence)
        await readTestEvidence(options.testEvidence);
    await claimArtifactDir(artifactDir, root, git, { defaultDir: options.artifactDir === undefined });
    const writable = [root, cwd, options.runner?.tempDir || tmpdir()];
    if (options.junitFile !== undefined)
        resolveContained(packageDir, options.junitFile, 'junit-file', writable);
    if (options.coverageReport !== undefined)
        resolveContained(packageDir, options.coverageReport, 'coverage-report', writable);
    const reportDir = await mkdtemp(join(tmpdir(), 'relay-reports-'));
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
        ? { argv: o.testCommand, junitFile: resolve(g.packageDir, o.junitFile ?? 'junit.xml'), junitOptional: g.adapter.testsByExitCode === true, coverageFile: o.coverageReport ? resolve(g.packageDir, o.coverageReport) : undefined, rerunFailedArgs: undefined, env: undefined }
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
    await instrumented('install dependencies', async () => g.logger.info(`installed dependencies: ${await install(g.env, { root: g.root, packageDir: g.packageDir })}`))(undefined, g.sctx);
}
/** Step 2: the tests, with timeout and retries of the failed ones; counts from the JUnit report. */
async function checkTests(g, plan) {
    const o = g.options;
    const tests = await instrumented('run tests', async (_, c) => runTests({ command: plan.argv, cwd: g.packageDir, junitFile: plan.junitFile, reportFormat: plan.reportFormat, junitOptional: plan.junitOptional, timeoutMs: o.testTimeoutMs ?? 20 * 60_000, retries: o.testRetries ?? 1, rerunFailedArgs: plan.rerunFailedArgs, env: plan.env, exec: g.run, logger: g.logger, signal: c.signal }), { failed: (t) => t.timedOut || t.exitCode !== 0 || t.report.failed + t.report.errors > 0 })(undefined, g.sctx).catch((err) => ({ error: err }));
    if ('error' in tests)
        return { name: 'tests', ok: false, detail: describeError(tests.error) };
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
    return instrumented('check coverage', async () => {
        if (!file)
            return { name: 'coverage', ok: false, detail: `A coverage threshold of ${threshold}% is set but the test command writes no coverage report. ${plan.coverageMissingHint ?? 'With a custom test-command the gate does not know where the report is: set input "coverage-report" to the Cobertura XML, coverage.py JSON or LCOV file the command writes (e.g. coverage-report: coverage.xml with pytest --cov-report=xml).'}` };
        try {
            const written = await stat(file).then((st) => st.mtimeMs, () => undefined);
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
            return { name: 'coverage', ok: false, detail: `No usable coverage report at ${file}: ${describeError(err)}` };
        }
    }, FAILED_CHECK)(undefined, g.sctx);
}
/** A step that returns a failed check is a failed step in the timeline (the summary's step table). */
const FAILED_CHECK = { failed: (c) => !c.ok };
/** Step 4: the optional integration test command. */
async function checkIntegrationTests(g, argv) {
    const limit = g.options.integrationTimeoutMs ?? 30 * 60_000;
    return instrumented('run integration tests', async (_, c) => {
        const r = await g.run(argv[0], argv.slice(1), { cwd: g.packageDir, check: false, timeoutMs: limit, signal: c.signal }).catch((err) => ({ code: -1, stdout: '', stderr: describeError(err), timedOut: isReleaseError(err, 'TIMEOUT') }));
        const why = 'timedOut' in r && r.timedOut ? `timed out after ${formatMs(limit)} (killed with its process group; input integration-timeout)` : `exit ${r.code}`;
        return { name: 'integration tests', ok: r.code === 0, detail: r.code === 0 ? 'passed' : `${why}\n${(r.stderr || r.stdout).split('\n').slice(-20).join('\n')}` };
    }, FAILED_CHECK)(undefined, g.sctx);
}
/** Step 5: build once into the artifact dir and record the digests. */
async function buildDistributions(g) {
    const built = await instrumented('build distributions', async () => {
        await emptyArtifactDir(g.artifactDir);
        // A build tool may recreate its output directory: the marker goes back in either way.
        return g.adapter.build(g.env, { packageDir: g.packageDir, outDir: g.artifactDir, isolated: g.options.isolatedBuild ?? true, tool: g.options.buildTool, info: g.info, version: g.version }).finally(() => markArtifactDir(g.artifactDir).catch(() => undefined));
    })(undefined, g.sctx).catch((err) => ({ error: err }));
    if ('error' in built)
        return { check: { name: 'build', ok: false, detail: describeError(built.error) } };
    g.context.artifacts = await describeArtifacts(built);
    return { check: { name: 'build', ok: true, detail: g.context.artifacts.map((a) => `${a.file} ${a.sha256}`).join('\n') }, files: built };
}
/** Step 6: install the built files into a clean environment, import, run the README examples and smoke command. */
async function checkCleanInstall(g, files) {
    const o = g.options;
    return instrumented('clean install check', async () => {
        // README.md's examples run; a project without one (README.rst, none) has no Markdown examples to run.
        const readmeMd = join(g.packageDir, 'README.md');
        const readme = o.readmeExamples === false || !(await pathExists(readmeMd)) ? undefined : readmeMd;
        const result = await g.adapter.installCheck(g.env, { files, info: g.info, version: g.version, readmeFile: readme, exampleTags: o.exampleTags, smokeCommand: o.smokeCommand, installArgs: o.installArgs });
        g.gate.install_check = { ok: result.ok, python: result.runtime, log_excerpt: result.logExcerpt, examples_run: result.examplesRun };
        if (result.importNames?.length)
            g.context.package.import_names = result.importNames;
        // Annotations want repository-relative paths.
        if (result.failedExample)
            g.logger.warning(`README example failed: ${result.failedExample.error}`, { file: relative(g.root, resolve(g.packageDir, result.failedExample.file)), line: result.failedExample.line });
        return { name: 'clean install', ok: result.ok, detail: result.ok ? `installed and imported; ${result.examplesRun} README example(s) ran` : `${result.reason ?? 'failed'}\n${result.logExcerpt ?? ''}` };
    }, FAILED_CHECK)(undefined, g.sctx);
}
/** Step 7: the commit's other CI checks (skipped with require-ci: false). */
async function checkCi(g) {
    const o = g.options;
    if (!(o.requireCi ?? o.github !== undefined))
        return { name: 'ci', ok: true, skipped: true, detail: 'require-ci: false' };
    return instrumented('wait for CI checks', async () => {
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
        return { name: 'ci', ok, detail: ok ? `${ci.checks.length} check(s) passed` : ci.state === 'timeout' ? `CI did not finish within ci-timeout (${formatMs(o.ciTimeoutMs ?? 30 * 60_000)}); ${ci.error ? `GitHub did not answer: ${ci.error}` : failing.length ? `pending: ${failing.map((c) => c.name).join(', ')}` : 'no check reported complete'}` : failing.map((c) => `${c.name}: ${c.state}${c.url ? ` ${c.url}` : ''}`).join('\n') };
    }, FAILED_CHECK)(undefined, g.sctx);
}
/** Step 8 (on rejection): open or update the one blocking issue; a failure to do so only warns. */
async function openRejectionIssue(g, failed) {
    const gh = g.options.github;
    if (!gh || !(g.options.openIssue ?? true))
        return;
    await instrumented('open rejection issue', async () => {
        const { upsertBlockingIssue } = await __webpack_require__.e(/* import() */ 797).then(__webpack_require__.bind(__webpack_require__, 66797));
        const issue = await upsertBlockingIssue(gh.client, { owner: gh.owner, repo: gh.repo, version: g.version, title: `Release ${g.version} blocked by the quality gate`, body: quality_gate_rejectionIssueBody(g.context, failed) });
        g.gate.issue_url = issue.url;
    })(undefined, g.sctx).catch((err) => g.logger.warning(`Could not open the rejection issue: ${describeError(err)}`));
}
/** Step 9: the approved context beside the distributions, the context file, and the result. */
async function finishGate(g, verdict, checks) {
    if (verdict.approved) {
        await mkdir(g.artifactDir, { recursive: true });
        await writeFile(join(g.artifactDir, 'release-context.json'), serializeContext(g.context));
    }
    if (g.options.contextFile)
        await saveContext(g.options.contextFile, g.context);
    const decision = describeVerdict(verdict, checks, { name: g.context.package.name, version: g.version, files: g.context.artifacts?.length ?? 0 });
    return { context: g.context, approved: verdict.approved, decision, artifactDir: g.artifactDir, artifactName: g.gate.artifact_name };
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
        const made = await (0,combinators/* instrumented */.RC)('commit through the GitHub API', () => commitThroughApi({ git, github: gh, remote: input.remote, parent: input.baseSha, branch: target.branch, edits: input.edits, message, force: target.previousTip !== null }))(undefined, input.sctx);
        sha = made.sha;
        verified = made.verified;
    }
    else {
        sha = await (0,combinators/* instrumented */.RC)('commit on the release branch', async () => {
            await git.git(['checkout', '--quiet', '-B', target.branch, input.baseSha]);
            try {
                await (0,core_files/* applyEdits */.ct)(input.root, input.edits);
                await git.git(['add', '--', ...input.files]);
                await git.git(['commit', '--quiet', '--no-verify', '-m', message, '--', ...input.files], { env: (0,git_git/* identityEnv */.Wx)(input.identity) });
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
    // Older release PRs of the suite for another version (the bump changed since) are superseded by this one.
    await (0,combinators/* instrumented */.RC)('close superseded release pull requests', async () => {
        const open = await listRecentPulls(gh.client, { owner: gh.owner, repo: gh.repo, base: input.baseBranch, state: 'open' });
        for (const p of open) {
            if (p.number === pr.pull.number || !release_marker_isSuiteBody(p.body))
                continue;
            if (parseTrailers(p.body).some((t) => t.tag === tag))
                continue;
            await pulls_commentOnPull(gh.client, { owner: gh.owner, repo: gh.repo, number: p.number, body: `Superseded by #${pr.pull.number} (${tag}).` });
            await updatePull(gh.client, { owner: gh.owner, repo: gh.repo, number: p.number, state: 'closed' });
            logger.info(`Closed #${p.number}: superseded by #${pr.pull.number}.`);
        }
    })(undefined, input.sctx).catch((err) => logger.warning(`Could not close superseded release pull requests: ${(0,errors/* describeError */.Uc)(err)}`));
    for (const w of target.warnings)
        logger.warning(w);
    return { branch: target.branch, sha, pull: pr.pull, created: pr.created, unchanged, verified, warnings: target.warnings };
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
    for (const record of log.split('\x1e').map((r) => r.trim()).filter(Boolean)) {
        const [sha, message] = record.split('\x1f');
        for (const t of parseTrailers(message ?? '')) {
            if (await git.tagCommit(t.tag))
                continue;
            if ((await git.hasRemote(opts.remote)) && (await git.remoteTagCommit(opts.remote, t.tag)))
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
    const artifact = await findArtifact(gh.client, { owner: gh.owner, repo: gh.repo, name, headSha: pull.headSha });
    if (!artifact)
        return regate(`no artifact ${name} from a gate run on ${pull.headSha.slice(0, 7)} was found (expired, or the gate did not approve)`);
    const dir = (0,external_node_path_.resolve)(opts.artifactDir);
    await downloadArtifact(gh.client, opts.run, { owner: gh.owner, repo: gh.repo, id: artifact.id, dir });
    const approved = await (0,core_context/* loadContext */._I)((0,external_node_path_.join)(dir, 'release-context.json'));
    if (approved.gate?.status !== 'approved' || approved.version?.tag !== found.tag) {
        return regate(`artifact ${artifact.id} does not hold an approved context for ${found.tag}`);
    }
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
/** PR mode: plans the release branch (no writes), then commits, pushes and opens or updates the PR. */
async function prepareViaPullRequest(opts) {
    const branch = releaseBranchName(opts.branchTemplate, opts.tag, opts.version);
    await assertValidBranchName(branch, opts.run);
    const target = await (0,combinators/* instrumented */.RC)('check the release branch', () => planReleasePr(opts, branch))(undefined, opts.sctx);
    return openReleasePr(opts, target);
}
/** Direct mode with commit-via: api: the release commit through the Git database API onto the branch. */
async function directCommitThroughApi(opts) {
    return (0,combinators/* instrumented */.RC)('commit through the GitHub API', async () => {
        const tip = await opts.git.fetchBranch(opts.remote, opts.branch);
        if (tip !== opts.baseSha) {
            throw new errors/* ReleaseError */.K2('REMOTE_MOVED', `${opts.remote}/${opts.branch} is at ${tip?.slice(0, 7) ?? 'nothing'}, not at the checked-out ${opts.baseSha.slice(0, 7)}; nothing was changed.`, 'Re-run the release from the current tip of the branch (push your local commits first).');
        }
        return commitThroughApi({ git: opts.git, github: opts.github, remote: opts.remote, parent: opts.baseSha, branch: opts.branch, edits: opts.edits, message: opts.message, force: false });
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

;// CONCATENATED MODULE: ./src/stages/prepare-release.ts

















/** The release commit message when none is given: the tag as it will be written (`prepare v1.2.0`, `prepare 26.1.0`). */
const DEFAULT_COMMIT_MESSAGE = 'chore(release): prepare {tag}';
/** Checks the options that can be checked without looking at the repository. */
async function validateOptions(o, run) {
    (0,prepare_checks/* checkPrepareInputs */.l)(o);
    if (o.tagTemplate !== undefined)
        await (0,git_git/* assertValidRefName */.Pu)(o.tagTemplate.replace('{version}', '1.0.0').replace('{name}', 'name'), 'tag-template', run);
}
/**
 * prepare-release: decides the next version, writes it into the version files, the CHANGELOG and the docs,
 * commits and pushes. Every check that can fail runs before the first write; a dry run writes nothing.
 */
async function prepareRelease(options, deps = {}) {
    const run = deps.exec ?? exec/* exec */.m0;
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
    const sctx = (0,combinators/* createStepContext */.YC)('prepare-release', logger);
    const modes = await (0,combinators/* instrumented */.RC)('validate inputs', async () => {
        await validateOptions(o, run);
        return validateModeOptions(o, run);
    })(undefined, sctx);
    const git = new git_git.Git(o.cwd ?? process.cwd(), run, { requestTimeoutMs: o.requestTimeoutMs });
    const pre = await (0,combinators/* instrumented */.RC)('check repository', async () => {
        const root = await git.topLevel().catch(() => {
            throw new errors/* ReleaseError */.K2('GIT_FAILED', `${o.cwd ?? process.cwd()} is not inside a git repository.`, 'Run the stage in a checkout (actions/checkout with fetch-depth: 0).');
        });
        (0,core_files/* resolveInside */.LI)(root, o.packageDir, 'package-dir');
        const branch = await git.currentBranch();
        if (!branch && !o.allowDetached && !o.dryRun) {
            throw new errors/* ReleaseError */.K2('DETACHED_HEAD', 'HEAD is detached, so there is no branch to push the release commit to.', 'Check out a branch (actions/checkout with ref: main), or set allow-detached: true to commit without pushing.');
        }
        const hasRemoteEarly = await git.hasRemote(o.remote);
        await ensureFullHistory(git, o.remote, hasRemoteEarly, logger);
        const dirty = await git.dirtyPaths();
        if (dirty.length > 0 && !o.dryRun) {
            throw new errors/* ReleaseError */.K2('DIRTY_TREE', `The working tree has uncommitted changes: ${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ', …' : ''}.`, 'Commit or remove them first; the release commit must hold only the release changes.');
        }
        const sha = await git.head();
        return { root, branch, sha, hasRemote: hasRemoteEarly };
    })(undefined, sctx);
    if (modes.mode === 'pr' && o.github && pre.branch && !o.dryRun) {
        const merged = await mergedReleaseOnHead({ git, run, github: o.github, remote: o.remote, branch: pre.branch, artifactDir: o.mergedArtifactDir, tempDir: o.runner?.tempDir, logger, sctx });
        if (merged) {
            merged.context.timeline = [...sctx.timeline];
            if (o.contextFile)
                await (0,core_context/* saveContext */.tn)(o.contextFile, merged.context);
            return { context: merged.context, edits: [], diff: '', deciding: [], docsChanged: [], mergedRelease: merged, decision: `Release PR #${merged.pull.number} was merged: ${merged.needsGate ? 'gate' : 'publish'} ${merged.tag} on ${merged.sha.slice(0, 7)} (${merged.reason}).` };
        }
    }
    const { adapter, info, conventions } = await (0,combinators/* instrumented */.RC)('read package', async () => {
        const adapter = await (0,adapters/* detectEcosystem */.WZ)((0,core_files/* resolveInside */.LI)(pre.root, o.packageDir, 'package-dir'), o.ecosystem ?? 'auto');
        const info = await adapter.readPackage(pre.root, o.packageDir);
        const conventions = (await adapter.releaseConventions?.(pre.root, o.packageDir)) ?? {};
        return { adapter, info, conventions };
    })(undefined, sctx);
    // The repository's own release tooling config (semantic-release, release-please): its tag format when no
    // tag-template is given, and its release branches.
    await (0,combinators/* instrumented */.RC)('read release config', async () => {
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
            throw new errors/* ReleaseError */.K2('BAD_INPUT', `Branch "${pre.branch}" is not a release branch in ${config.source} (branches: ${config.branches.join(', ')}).`, `Run the release on one of those branches, or add "${pre.branch}" to "branches" in ${config.source}.`, { location: { file: config.source.split(' ')[0] } });
        }
    })(undefined, sctx);
    const scheme = (0,versioning_scheme/* getScheme */.m)(info.scheme);
    for (const w of info.warnings ?? [])
        logger.warning(w);
    const fileVersion = info.versionFromVcs && !info.version ? null : scheme.normalize(info.version, 'the version file');
    // Commits since the last release decide the version; an untagged release commit for the file's version
    // re-opens that version (see readReleaseHistory).
    const history = await (0,combinators/* instrumented */.RC)('read commits since the last release', async () => readReleaseHistory(git, {
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
    const decision = await (0,combinators/* instrumented */.RC)('decide version', async () => decideWithReopen(history, { current, scheme, bump: o.bump, version: o.version, prereleaseId: o.prereleaseId, allowDowngrade: o.allowDowngrade, commits: history.commits, rules, lastRelease: history.last?.version }))(undefined, sctx);
    const previous = history.reopened && history.last ? history.last.version : current;
    const repo = o.repository ?? (0,repository/* repoFromSlug */.u)(o.runner?.repository) ?? (0,repository/* repoFromRemoteUrl */.A)(pre.hasRemote ? await git.remoteUrl(o.remote) : null);
    const serverUrl = (o.serverUrl ?? o.runner?.serverUrl ?? 'https://github.com').replace(/\/$/, '');
    const context = (0,core_context/* newContext */.CA)({
        dry_run: o.dryRun,
        repository: { owner: repo?.owner ?? '', name: repo?.name ?? '', ref: pre.branch ?? 'HEAD', sha: pre.sha },
        package: { ecosystem: adapter.name, name: info.name, dir: o.packageDir, version_files: info.versionFiles, ...(info.versionSource ? { version_source: info.versionSource } : {}) },
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
    const diff = plan.edits.map(core_files/* describeEdit */.OA).join('\n') + (plan.changelog.towncrier ? `${plan.edits.length ? '\n' : ''}towncrier build --version ${next}: ${plan.changelog.path} gains the section below; the news fragments are removed.` : '');
    const files = plan.edits.map((e) => e.path);
    const sentence = `${info.name} ${previous} → ${next} (${decision.bump}): ${decision.reason}`;
    if (modes.mode === 'direct' && o.github && o.push && pre.branch && pre.hasRemote) {
        await checkDirectPush({ github: o.github, branch: pre.branch, commitVia: modes.commitVia, bypass: o.bypassBranchRules ?? false, dryRun: o.dryRun, logger, sctx });
    }
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
    if (modes.mode === 'pr') {
        if (!pre.branch)
            throw new errors/* ReleaseError */.K2('DETACHED_HEAD', 'release-mode: pr needs a checked-out default branch to base the release branch on.', 'Check out the default branch (actions/checkout with ref: main).');
        const pr = await prepareViaPullRequest({ git, run, logger, sctx, github: o.github, root: pre.root, remote: o.remote, baseBranch: pre.branch, baseSha: pre.sha, edits: plan.edits, files, message: o.commitMessage.split('{version}').join(next).split('{tag}').join(tag), identity: o.identity ?? git_git/* BOT_IDENTITY */.br, context, commitVia: modes.commitVia, branchTemplate: modes.branchTemplate, version: next, tag });
        context.release_commit = { sha: pr.sha, branch: pr.branch, pushed: true, files_changed: files };
        if (o.contextFile)
            await (0,core_context/* saveContext */.tn)(o.contextFile, context);
        return { context, edits: plan.edits, diff, deciding: decision.deciding, docsChanged: plan.docsChanged, releasePr: pr, tokenNotes: tokenNotes('pr', true), decision: `Release PR #${pr.pull.number} ${pr.created ? 'opened' : pr.unchanged ? 'unchanged' : 'updated'} for ${sentence} (${pr.pull.url})` };
    }
    if (modes.commitVia === 'api' && pre.branch && pre.hasRemote && o.push) {
        const made = await directCommitThroughApi({ git, github: o.github, remote: o.remote, branch: pre.branch, baseSha: pre.sha, edits: plan.edits, message: o.commitMessage.split('{version}').join(next).split('{tag}').join(tag), sctx });
        context.release_commit = { sha: made.sha, branch: pre.branch, pushed: true, files_changed: files };
        if (o.contextFile)
            await (0,core_context/* saveContext */.tn)(o.contextFile, context);
        return { context, edits: plan.edits, diff, deciding: decision.deciding, docsChanged: plan.docsChanged, tokenNotes: tokenNotes('direct', true), decision: `Prepared ${sentence} (commit ${made.sha.slice(0, 7)} made through the GitHub API${made.verified ? ', verified' : ''})` };
    }
    await (0,combinators/* instrumented */.RC)('write files', async () => (0,core_files/* applyEdits */.ct)(pre.root, plan.edits))(undefined, sctx);
    if (plan.changelog.towncrier) {
        // towncrier writes its file and removes the news fragments itself; they join the release commit.
        await (0,combinators/* instrumented */.RC)('build changelog with towncrier', async () => {
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
    const commitSha = await (0,combinators/* instrumented */.RC)('commit', async () => {
        try {
            return await git.commit(files, o.commitMessage.split('{version}').join(next).split('{tag}').join(tag), o.identity ?? git_git/* BOT_IDENTITY */.br);
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
    return { context, edits: plan.edits, diff, deciding: decision.deciding, docsChanged: plan.docsChanged, tokenNotes: tokenNotes('direct', pushed), decision: `Prepared ${sentence}` };
}
/** Puts the files and the index back as they were at `sha` after a failed commit. */
async function restore(git, sha, files) {
    await git.git(['reset', '--quiet', sha, '--', ...files], { check: false });
    await git.git(['checkout', sha, '--', ...files], { check: false });
    await git.git(['clean', '-fq', '--', ...files], { check: false });
}


/***/ })

};

//# sourceMappingURL=453.index.js.map