export const id = 987;
export const ids = [987];
export const modules = {

/***/ 4987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  printFullChangelog: () => (/* binding */ printFullChangelog)
});

// EXTERNAL MODULE: ./src/git/tag-list.ts
var tag_list = __webpack_require__(489);
// EXTERNAL MODULE: ./src/changelog/commits.ts + 1 modules
var commits = __webpack_require__(4209);
// EXTERNAL MODULE: ./src/changelog/conventional.ts
var conventional = __webpack_require__(1602);
// EXTERNAL MODULE: ./src/changelog/insert.ts
var insert = __webpack_require__(4453);
// EXTERNAL MODULE: ./src/changelog/render.ts
var changelog_render = __webpack_require__(4552);
// EXTERNAL MODULE: ./src/changelog/tags.ts
var changelog_tags = __webpack_require__(7701);
;// CONCATENATED MODULE: ./src/changelog/full.ts






/**
 * A whole CHANGELOG.md from history: one section per release tag reachable from HEAD (newest first), with
 * `## [Unreleased]` on top. Reads the tags with one `git for-each-ref --merged HEAD` and the history with one
 * topo-ordered `git log` stream, and renders each release as soon as its last commit has gone by, so only
 * the commits of releases still open are held (one release at a time in a linear history).
 *
 * A commit belongs to the lowest release whose tag reaches it (the release it first shipped in), which is
 * exact for merged branches too: a commit's release is the lowest over its children's, carried down to its
 * parents. A release is complete when no commit still to come can carry it.
 */
async function renderFullChangelog(git, opts) {
    const repoUrl = opts.repoUrl?.replace(/\/+$/, '') || undefined;
    const tags = await reachableReleaseTags(git, opts);
    if (tags === null)
        return `${(0,insert/* changelogHeader */.Q$)(opts.title, opts.scheme.name)}\n## [Unreleased]\n`;
    const unreleased = tags.length; // Rank of commits no tag reaches; releases rank 0.. in version order.
    const rankAt = new Map();
    tags.forEach((t, rank) => {
        const had = rankAt.get(t.sha);
        if (had === undefined || rank < had)
            rankAt.set(t.sha, rank);
    });
    const pending = new Map(); // parent SHA → lowest rank among its children seen so far
    const carriers = new Array(tags.length + 1).fill(0); // pending entries per rank
    const started = new Array(tags.length + 1).fill(false);
    const buffers = new Map();
    const done = new Map(); // rank → rendered markdown
    const links = new Map();
    const render = (rank) => {
        const commits = buffers.get(rank) ?? [];
        buffers.delete(rank);
        const tag = tags[rank];
        const previous = rank > 0 ? tags[rank - 1].tag : null;
        const section = rank === unreleased
            ? (0,changelog_render/* renderSection */.YN)({ version: 'Unreleased', date: '', commits, repoUrl, previousTag: tags.length > 0 ? tags[tags.length - 1].tag : null, tag: 'HEAD', includeOther: opts.includeOther })
            : (0,changelog_render/* renderSection */.YN)({ version: tag.version, date: tag.date || commits[0]?.raw.date.slice(0, 10) || '', commits, repoUrl, previousTag: previous, tag: tag.tag, includeOther: opts.includeOther });
        done.set(rank, section.markdown);
        if (section.linkLine)
            links.set(rank, section.linkLine);
    };
    const checkDone = (rank) => {
        if (carriers[rank] === 0 && started[rank] && !done.has(rank))
            render(rank);
    };
    await (0,commits/* streamCommits */.Tp)(git, { from: null }, (raw) => {
        const carried = pending.get(raw.sha);
        if (carried !== undefined) {
            pending.delete(raw.sha);
            carriers[carried]--;
        }
        let rank = carried ?? unreleased; // no child seen: the tip (HEAD)
        const own = rankAt.get(raw.sha);
        if (own !== undefined && own < rank)
            rank = own;
        started[rank] = true;
        const parsed = (0,conventional/* parseCommit */.L5)(raw);
        const list = buffers.get(rank);
        if (list)
            list.push(parsed);
        else
            buffers.set(rank, [parsed]);
        for (const p of raw.parents) {
            const old = pending.get(p);
            if (old === undefined || rank < old) {
                pending.set(p, rank);
                carriers[rank]++;
                if (old !== undefined) {
                    carriers[old]--;
                    checkDone(old);
                }
            }
        }
        if (carried !== undefined)
            checkDone(carried);
        checkDone(rank);
    }, { order: 'topo' });
    for (let rank = 0; rank <= unreleased; rank++)
        if (!done.has(rank))
            render(rank);
    const out = [(0,insert/* changelogHeader */.Q$)(opts.title, opts.scheme.name)];
    for (let rank = unreleased; rank >= 0; rank--)
        out.push(done.get(rank));
    const refs = [];
    for (let rank = unreleased; rank >= 0; rank--) {
        const l = links.get(rank);
        if (l)
            refs.push(l);
    }
    return out.join('\n') + (refs.length > 0 ? `\n${refs.join('\n')}\n` : '');
}
/** Release tags reachable from HEAD, lowest version first; null when the repository has no commit yet. */
async function reachableReleaseTags(git, opts) {
    if ((await git.revParse('HEAD')) === null)
        return null;
    const tags = (0,changelog_tags/* releaseTags */.dt)(await (0,tag_list/* listTags */.c)(git, { merged: 'HEAD' }), opts);
    tags.sort((a, b) => opts.scheme.compare(a.version, b.version));
    // Two tags naming the same version (v1.0 and v1.0.0): keep the first.
    return tags.filter((t, i) => i === 0 || opts.scheme.compare(t.version, tags[i - 1].version) !== 0);
}

// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(2642);
// EXTERNAL MODULE: ./src/ecosystems/registry.ts + 27 modules
var registry = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/versioning/scheme.ts
var versioning_scheme = __webpack_require__(2053);
;// CONCATENATED MODULE: ./src/stages/full-changelog.ts





/** Writes the whole history's changelog (every release section) for `release-relay changelog --full`. */
async function printFullChangelog(options, write) {
    const git = new git_git/* Git */.TU(options.cwd ?? process.cwd(), options.exec ?? exec/* exec */.m);
    const root = await git.topLevel();
    const packageDir = options.packageDir ?? '.';
    // A repository without a package (the benchmark's histories) is treated as a semver project.
    let name = '';
    let scheme = (0,versioning_scheme/* getScheme */.m)('semver');
    try {
        const adapter = await (0,registry/* detectEcosystem */.WZ)(`${root}/${packageDir}`, 'auto');
        const info = await adapter.readPackage(root, packageDir);
        name = info.name;
        scheme = (0,versioning_scheme/* getScheme */.m)(info.scheme);
    }
    catch {
        /* no package: defaults above */
    }
    write(await renderFullChangelog(git, { template: options.tagTemplate ?? 'v{version}', name, scheme }));
}


/***/ })

};

//# sourceMappingURL=987.index.js.map