export const id = 703;
export const ids = [703];
export const modules = {

/***/ 8703:
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
// EXTERNAL MODULE: ./src/changelog/commits.ts + 1 modules
var commits = __webpack_require__(4209);
// EXTERNAL MODULE: ./src/changelog/conventional.ts
var conventional = __webpack_require__(1602);
// EXTERNAL MODULE: ./src/changelog/insert.ts
var insert = __webpack_require__(4453);
// EXTERNAL MODULE: ./src/changelog/tags.ts
var tags = __webpack_require__(7701);
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
    return decideAuto(scheme, current, (0,conventional/* dropCancelledReverts */.kS)(input.commits ?? []), prereleaseId, input.allowDowngrade ?? false);
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
        let raw = await (0,commits/* readCommits */.Fe)(git, { from: last?.sha ?? null }, { paths });
        // A release commit for the current version that is not tagged yet (prepared, not yet published) ends
        // the range: counting the commits before it again would bump a second time on a re-run.
        const releaseSubject = o.commitMessage.split('{version}').join(current).trim().split(/\n\s*\n/)[0].split('\n').map((l) => l.trim()).join(' ');
        const prepared = raw.find((c) => c.subject.trim() === releaseSubject);
        if (prepared)
            raw = await (0,commits/* readCommits */.Fe)(git, { from: prepared.sha }, { paths });
        return { last, commits: raw.map(conventional/* parseCommit */.L5) };
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
        const rendered = (0,insert/* insertRelease */.nZ)(existing, {
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


/***/ })

};

//# sourceMappingURL=703.index.js.map