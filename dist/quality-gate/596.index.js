export const id = 596;
export const ids = [596];
export const modules = {

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

/***/ 40596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateReleasePr: () => (/* binding */ gateReleasePr)
});

// UNUSED EXPORTS: COMMIT_VIA, GATE_CHECK_NAME, RELEASE_MODES, assertValidBranchName, closeSupersededPulls, findMergedRelease, firstDigestMismatch, openReleasePr, planReleasePr

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/approved-copy.ts
/**
 * The approved bytes, held where nobody else can swap them: each approved file is read once, checked against
 * the digest the gate recorded, and written from that same buffer into a private directory (mode 0700, files
 * 0400). Uploads read only these copies.
 */





/** sha256 of a buffer, hex. */
function approved_copy_sha256Hex(bytes) {
    return createHash('sha256').update(bytes).digest('hex');
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
            const digest = approved_copy_sha256Hex(bytes);
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

// EXTERNAL MODULE: ./src/core/combinators.ts
var combinators = __webpack_require__(54192);
// EXTERNAL MODULE: ./src/core/context.ts
var context = __webpack_require__(78480);
// EXTERNAL MODULE: ./src/core/files.ts
var files = __webpack_require__(69928);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(10308);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
;// CONCATENATED MODULE: ./src/github/artifacts.ts





/**
 * Finds the newest unexpired artifact called `name` uploaded by a workflow run on `headSha`
 * (`GET /actions/artifacts?name=`), or undefined.
 */
async function artifacts_findArtifact(gh, opts) {
    try {
        const { data } = await gh.rest.actions.listArtifactsForRepo({ owner: opts.owner, repo: opts.repo, name: opts.name, per_page: 100 });
        const hit = data.artifacts
            .filter((a) => !a.expired && a.workflow_run?.head_sha === opts.headSha)
            .sort((a, b) => b.id - a.id)[0];
        return hit ? { id: hit.id, name: hit.name, runId: hit.workflow_run?.id, headSha: hit.workflow_run?.head_sha } : undefined;
    }
    catch (err) {
        throw githubFailure(`listing artifacts named ${opts.name}`, err);
    }
}
/**
 * Downloads an artifact's zip (`GET /actions/artifacts/{id}/zip`, which redirects to the archive) and unpacks
 * it into `dir` with the `unzip` binary (present on GitHub's Linux and macOS runners).
 */
async function artifacts_downloadArtifact(gh, run, opts) {
    let zip;
    try {
        const { data } = await gh.rest.actions.downloadArtifact({ owner: opts.owner, repo: opts.repo, artifact_id: opts.id, archive_format: 'zip' });
        zip = Buffer.from(data);
    }
    catch (err) {
        throw githubFailure(`downloading artifact ${opts.id}`, err);
    }
    const tmp = await mkdtemp(join(tmpdir(), 'relay-artifact-'));
    try {
        const file = join(tmp, 'artifact.zip');
        await writeFile(file, zip);
        await mkdir(opts.dir, { recursive: true });
        const r = await run('unzip', ['-q', '-o', file, '-d', opts.dir], { check: false });
        if (r.code !== 0) {
            throw new ReleaseError('GITHUB_FAILED', `Could not unpack artifact ${opts.id}: ${r.stderr.trim() || `unzip exited ${r.code}`}.`, 'Install unzip on the runner (GitHub-hosted Linux and macOS runners have it), or download the artifact with actions/download-artifact and pass artifact-dir.');
        }
    }
    finally {
        await rm(tmp, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/github/check-run-report.ts

/** Starts an in-progress check run named `name` on `sha`. */
async function startCheckRun(gh, opts) {
    try {
        const { data } = await gh.rest.checks.create({
            owner: opts.owner, repo: opts.repo, head_sha: opts.sha, name: opts.name, status: 'in_progress',
            ...(opts.detailsUrl ? { details_url: opts.detailsUrl } : {}),
            output: { title: opts.title, summary: 'The release-relay quality gate is running.' },
        });
        return { id: data.id, url: data.html_url ?? '' };
    }
    catch (err) {
        throw (0,client/* githubFailure */.eQ)(`creating check run "${opts.name}"`, err);
    }
}
/** Completes a check run with the gate's verdict. */
async function completeCheckRun(gh, opts) {
    try {
        await gh.rest.checks.update({
            owner: opts.owner, repo: opts.repo, check_run_id: opts.id, status: 'completed', conclusion: opts.success ? 'success' : 'failure',
            output: { title: opts.title, summary: opts.summary.slice(0, 65_000) },
        });
    }
    catch (err) {
        throw (0,client/* githubFailure */.eQ)('completing the gate check run', err);
    }
}

;// CONCATENATED MODULE: ./src/github/git-data.ts

/**
 * Creates a commit through GitHub's Git database API (blobs → tree on top of the parent's tree → commit),
 * which GitHub signs when the token is a GitHub App's or GITHUB_TOKEN (no author given: GitHub commits as the
 * token's identity). Does not move any ref.
 */
async function git_data_createApiCommit(gh, opts) {
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
        throw githubFailure('creating the release commit through the Git database API', err);
    }
}
/** The commit a branch points at on GitHub, or null when the branch does not exist. */
async function branchHead(gh, opts) {
    try {
        const { data } = await gh.rest.git.getRef({ owner: opts.owner, repo: opts.repo, ref: `heads/${opts.branch}` });
        return data.object.sha;
    }
    catch (err) {
        if (httpStatus(err) === 404)
            return null;
        throw githubFailure(`reading branch ${opts.branch}`, err);
    }
}
/** Points a branch at `sha`: creates it, fast-forwards it, or (force) moves it anywhere. */
async function git_data_setBranch(gh, opts) {
    const { owner, repo } = opts;
    try {
        if ((await branchHead(gh, opts)) === null) {
            await gh.rest.git.createRef({ owner, repo, ref: `refs/heads/${opts.branch}`, sha: opts.sha });
            return;
        }
        await gh.rest.git.updateRef({ owner, repo, ref: `heads/${opts.branch}`, sha: opts.sha, force: opts.force ?? false });
    }
    catch (err) {
        throw githubFailure(`moving branch ${opts.branch} to ${opts.sha.slice(0, 7)}`, err);
    }
}
/** The tree sha of a commit on GitHub. */
async function git_data_commitTree(gh, opts) {
    try {
        const { data } = await gh.rest.git.getCommit({ owner: opts.owner, repo: opts.repo, commit_sha: opts.sha });
        return data.tree.sha;
    }
    catch (err) {
        throw githubFailure(`reading commit ${opts.sha.slice(0, 7)}`, err);
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
async function pulls_listPullsFromBranch(gh, opts) {
    try {
        const list = await gh.paginate(gh.rest.pulls.list, { owner: opts.owner, repo: opts.repo, head: `${opts.owner}:${opts.branch}`, state: opts.state, per_page: 100, ...(opts.base ? { base: opts.base } : {}) });
        return list.map((p) => toInfo(p));
    }
    catch (err) {
        throw githubFailure(`listing pull requests from ${opts.branch}`, err);
    }
}
/** Recent pull requests into `base` in a state (one page of 100, newest first). */
async function pulls_listRecentPulls(gh, opts) {
    try {
        const { data } = await gh.rest.pulls.list({ owner: opts.owner, repo: opts.repo, base: opts.base, state: opts.state, sort: 'updated', direction: 'desc', per_page: 100 });
        return data.map((p) => toInfo(p));
    }
    catch (err) {
        throw githubFailure(`listing ${opts.state} pull requests into ${opts.base}`, err);
    }
}
/** One pull request by number. */
async function getPull(gh, opts) {
    try {
        const { data } = await gh.rest.pulls.get({ owner: opts.owner, repo: opts.repo, pull_number: opts.number });
        return toInfo(data);
    }
    catch (err) {
        throw (0,client/* githubFailure */.eQ)(`reading pull request #${opts.number}`, err);
    }
}
/** Opens a pull request from `head` into `base`. */
async function pulls_createPull(gh, opts) {
    try {
        const { data } = await gh.rest.pulls.create({ owner: opts.owner, repo: opts.repo, head: opts.head, base: opts.base, title: opts.title, body: opts.body });
        return toInfo(data);
    }
    catch (err) {
        throw githubFailure(`opening the pull request from ${opts.head}`, err);
    }
}
/** Updates a pull request's title, body or state. */
async function pulls_updatePull(gh, opts) {
    try {
        const { data } = await gh.rest.pulls.update({
            owner: opts.owner, repo: opts.repo, pull_number: opts.number,
            ...(opts.title !== undefined ? { title: opts.title } : {}), ...(opts.body !== undefined ? { body: opts.body } : {}), ...(opts.state ? { state: opts.state } : {}),
        });
        return toInfo(data);
    }
    catch (err) {
        throw githubFailure(`updating pull request #${opts.number}`, err);
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
async function api_commit_commitThroughApi(opts) {
    const { git, github: gh } = opts;
    const files = await treeFilesFromEdits(git, opts.edits, opts.deleted);
    const commit = await createApiCommit(gh.client, { owner: gh.owner, repo: gh.repo, parent: opts.parent, files, message: opts.message });
    await setBranch(gh.client, { owner: gh.owner, repo: gh.repo, branch: opts.branch, sha: commit.sha, force: opts.force });
    const fetched = await git.fetchBranch(opts.remote, opts.branch);
    if (fetched !== commit.sha) {
        throw new ReleaseError('REMOTE_MOVED', `${opts.remote}/${opts.branch} is at ${fetched?.slice(0, 7) ?? 'nothing'} after the API commit ${commit.sha.slice(0, 7)}.`, 'Check that the remote is the GitHub repository the token writes to, then re-run.');
    }
    await git.git(['checkout', '--quiet', '-B', opts.branch, commit.sha]);
    return commit;
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
function release_marker_withTrailer(message, tag, contextId) {
    return `${message.replace(/\s+$/, '')}\n\n${formatTrailer(tag, contextId)}`;
}
/** Every `Release-Relay: <tag> <id>` trailer in a commit message or PR body (a squash may hold several). */
function release_marker_parseTrailers(text) {
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
function release_marker_releasePrTitle(context) {
    return `Release ${context.package.name} ${context.version?.next ?? ''}`.trim();
}
/**
 * The release PR's body: the changelog section, the plan, how merging publishes, the embedded context (an
 * HTML comment GitHub does not render) and the trailer as the last paragraph (kept by squash merges).
 */
function release_marker_renderPrBody(input) {
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
    return body.includes(CONTEXT_OPEN) && release_marker_parseTrailers(body).length > 0;
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
    return (0,context/* validateContext */.Cp)(JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')));
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
const RELEASE_MODES = (/* unused pure expression or super */ null && (['direct', 'pr']));
/** How the release commit is made: with git (and pushed) or through GitHub's Git database API (signed). */
const COMMIT_VIA = (/* unused pure expression or super */ null && (['git', 'api']));
/** Name of the check run the gate reports on the release PR's head. */
const GATE_CHECK_NAME = 'release-relay / quality-gate';
/** Validates a branch name with git's rules; throws BAD_INPUT naming `release-branch`. */
async function assertValidBranchName(name, run) {
    const r = await run('git', ['check-ref-format', `refs/heads/${name}`], { check: false });
    if (r.code !== 0 || /\s/.test(name) || name.startsWith('-')) {
        throw new ReleaseError('BAD_INPUT', `Input "release-branch" gives "${name}", which is not a valid branch name.`, 'Use letters, digits, dots, dashes and slashes, e.g. release/{tag}; no spaces, "..", "~", "^", ":" or a trailing ".lock".');
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
        const foreign = open.find((p) => !isSuiteBody(p.body));
        if (foreign) {
            throw new ReleaseError('RELEASE_PR_CONFLICT', `Pull request #${foreign.number} (${foreign.url}) from ${candidate} was opened by ${foreign.author || 'someone else'}, not by release-relay; nothing was changed.`, 'Close that pull request or rename its branch, or set release-branch to another name (e.g. release/{tag}-relay).');
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
    throw new ReleaseError('RELEASE_PR_CONFLICT', `${branch} and its -2 … -10 variants all hold commits release-relay did not make.`, 'Delete the stale release branches, or set release-branch to another name.');
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
        const made = await instrumented('commit through the GitHub API', () => commitThroughApi({ git, github: gh, remote: input.remote, parent: input.baseSha, branch: target.branch, edits: input.edits, deleted: input.deleted, message, force: target.previousTip !== null }))(undefined, input.sctx);
        sha = made.sha;
        verified = made.verified;
    }
    else {
        sha = await instrumented('commit on the release branch', async () => {
            await git.git(['checkout', '--quiet', '-B', target.branch, input.baseSha]);
            try {
                await applyEdits(input.root, input.edits);
                const deleted = input.deleted ?? [];
                if (deleted.length)
                    await git.git(['rm', '--quiet', '--', ...deleted]);
                const written = input.files.filter((f) => !deleted.includes(f));
                await git.git(['add', '--', ...written]);
                await git.git(['commit', '--quiet', '--no-verify', '-m', message, '--', ...written, ...deleted], { env: identityEnv(input.identity) });
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
            await instrumented('push the release branch', async () => {
                const lease = `--force-with-lease=refs/heads/${target.branch}:${target.previousTip ?? ''}`;
                await git.git(['push', '--porcelain', lease, input.remote, `HEAD:refs/heads/${target.branch}`]);
            })(undefined, input.sctx);
        }
    }
    const body = renderPrBody({ context, files: input.files, baseBranch: input.baseBranch });
    const title = releasePrTitle(context);
    const pr = await instrumented('open or update the release pull request', async () => {
        if (target.existing)
            return { pull: await updatePull(gh.client, { owner: gh.owner, repo: gh.repo, number: target.existing.number, title, body }), created: false };
        return { pull: await createPull(gh.client, { owner: gh.owner, repo: gh.repo, head: target.branch, base: input.baseBranch, title, body }), created: true };
    })(undefined, input.sctx);
    await instrumented('close superseded release pull requests', () => closeSupersededPulls(input, pr.pull, tag))(undefined, input.sctx).catch((err) => logger.warning(`Could not close superseded release pull requests: ${describeError(err)}`));
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
        if (p.number === current.number || !isSuiteBody(p.body))
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
        await commentOnPull(gh.client, { owner: gh.owner, repo: gh.repo, number: p.number, body: `Superseded by #${current.number} (${current.url}): the release is now ${tag}. Closed by release-relay; the branch ${p.headRef} is no longer updated.` });
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
    const embedded = release_marker_contextFromPrBody(pull.body);
    if (!embedded || !release_marker_isSuiteBody(pull.body)) {
        throw new errors/* ReleaseError */.K2('BAD_CONTEXT', `Pull request #${pull.number} is not a release-relay release PR (its body holds no release context).`, 'Run the gate with pull-request only on release PRs (e.g. `if: startsWith(github.head_ref, \'release/\')`).');
    }
    if (pull.state !== 'open')
        throw new errors/* ReleaseError */.K2('BAD_CONTEXT', `Pull request #${pull.number} is ${pull.merged ? 'merged' : 'closed'}; there is nothing to gate.`, 'Gate open release PRs only; a merged release is published from the push to the default branch.');
    const head = await deps.git.head();
    if (head !== pull.headSha) {
        throw new errors/* ReleaseError */.K2('CONTEXT_MISMATCH', `The checkout is at ${head.slice(0, 7)} but pull request #${pull.number}'s head is ${pull.headSha.slice(0, 7)}.`, 'Check out the PR head: actions/checkout with ref: ${{ github.event.pull_request.head.sha }}.');
    }
    const context = { ...embedded, release_commit: { sha: pull.headSha, branch: pull.headRef, pushed: true, files_changed: embedded.release_commit?.files_changed ?? [] }, timeline: [] };
    const name = options.checkName ?? GATE_CHECK_NAME;
    const check = await startCheckRun(gh.client, { owner: gh.owner, repo: gh.repo, sha: pull.headSha, name, title: `Gating ${context.package.name} ${context.version?.next}`, detailsUrl: options.detailsUrl });
    // The gate (and the report parsers it loads) only when a release PR is gated: prepare imports this module too.
    const { qualityGate, rejectionIssueBody } = await Promise.all(/* import() */[__webpack_require__.e(904), __webpack_require__.e(677), __webpack_require__.e(465)]).then(__webpack_require__.bind(__webpack_require__, 20465));
    let result;
    try {
        result = await qualityGate({ ...options, context, github: gh, openIssue: false, excludeChecks: [...(options.excludeChecks ?? []), name] }, deps);
    }
    catch (err) {
        await completeCheckRun(gh.client, { owner: gh.owner, repo: gh.repo, id: check.id, success: false, title: 'The quality gate failed to run', summary: (0,errors/* describeError */.Uc)(err) }).catch(() => undefined);
        throw err;
    }
    const failed = (result.context.gate?.checks ?? []).filter((c) => !c.ok);
    await completeCheckRun(gh.client, { owner: gh.owner, repo: gh.repo, id: check.id, success: result.approved, title: result.approved ? `Approved ${context.version?.next}` : `Rejected ${context.version?.next}`, summary: result.approved ? result.decision : rejectionIssueBody(result.context, failed) });
    let commentUrl;
    if (!result.approved) {
        commentUrl = await pulls_commentOnPull(gh.client, { owner: gh.owner, repo: gh.repo, number: pull.number, body: rejectionIssueBody(result.context, failed) });
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
        const bytes = await readFile(resolveInside(dir, a.file, 'merged-artifact-dir')).catch(() => null);
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
        throw new ReleaseError('BAD_CONTEXT', `${target.slice(0, 7)} carries release ${found.tag} (${found.contextId}) but no merged pull request into ${opts.baseBranch} has that release's trailer.`, 'Merge the release PR that prepare-release opened (its body carries the context), or release with release-mode: direct.');
    }
    const embedded = contextFromPrBody(pull.body);
    if (!embedded)
        throw new ReleaseError('BAD_CONTEXT', `Pull request #${pull.number} lost its embedded release context (the body was edited).`, 'Restore the PR body, or re-run prepare-release to open a new release PR.');
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
        opts.logger.warning(`Could not look up the release PR gate's artifact (${describeError(err)}); the merge commit is gated again. Give the token actions: read to publish the approved files instead.`);
        return null;
    });
    if (artifact === null)
        return regate(`the Actions artifacts API could not be read (the token needs actions: read)`);
    if (!artifact)
        return regate(`no artifact ${name} from a gate run on ${pull.headSha.slice(0, 7)} was found (expired, or the gate did not approve)`);
    const dir = resolve(opts.artifactDir);
    await downloadArtifact(gh.client, opts.run, { owner: gh.owner, repo: gh.repo, id: artifact.id, dir });
    const approved = await loadContext(join(dir, 'release-context.json'));
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


/***/ })

};

//# sourceMappingURL=596.index.js.map