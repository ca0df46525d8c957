export const id = 987;
export const ids = [987];
export const modules = {

/***/ 54987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  printFullChangelog: () => (/* binding */ printFullChangelog)
});

// EXTERNAL MODULE: ./src/core/v8-tuning.ts + 1 modules
var v8_tuning = __webpack_require__(12384);
// EXTERNAL MODULE: ./src/git/log-stream.ts
var log_stream = __webpack_require__(74967);
// EXTERNAL MODULE: ./src/git/tag-list.ts
var tag_list = __webpack_require__(20489);
// EXTERNAL MODULE: ./src/commits/read.ts
var read = __webpack_require__(32056);
// EXTERNAL MODULE: ./src/commits/conventional.ts
var conventional = __webpack_require__(54170);
// EXTERNAL MODULE: ./src/changelog/insert.ts
var insert = __webpack_require__(44453);
// EXTERNAL MODULE: ./src/changelog/render.ts
var changelog_render = __webpack_require__(54552);
// EXTERNAL MODULE: ./src/changelog/tags.ts
var tags = __webpack_require__(47701);
;// CONCATENATED MODULE: ./src/changelog/full.ts








/**
 * A map of parent SHA → rank that keeps one entry outside its Map. In a linear stretch of a topo-ordered walk
 * the next commit is the one parent just added, so each commit is one set and one delete: on a Map that churn
 * reallocates its table every few commits (45 MB of garbage over 300,000 commits); the slot makes it none.
 */
class ParentRanks {
    key = null;
    value = 0;
    rest = new Map();
    get(key) {
        if (key === this.key)
            return this.value;
        return this.rest.size > 0 ? this.rest.get(key) : undefined;
    }
    set(key, value) {
        if (key === this.key)
            this.value = value;
        else if (this.key === null && !this.rest.has(key)) {
            this.key = key;
            this.value = value;
        }
        else
            this.rest.set(this.rest.has(key) ? key : (0,log_stream/* detachText */.hM)(key), value); // kept for a while: see detachText
    }
    delete(key) {
        if (key === this.key)
            this.key = null;
        else
            this.rest.delete(key);
    }
}
/**
 * A whole CHANGELOG.md from history: one section per release tag reachable from HEAD (newest first), with
 * `## [Unreleased]` on top, handed to `write` piece by piece as it is made (see writeFullChangelog).
 * Returns the whole text; use writeFullChangelog to send it to a file or stdout without holding it.
 */
async function renderFullChangelog(git, opts) {
    const parts = [];
    await writeFullChangelog(git, opts, (chunk) => parts.push(chunk));
    return parts.join('');
}
/**
 * Streams a whole CHANGELOG.md to `write`: the header, then each release section as soon as it is complete
 * and every newer section has gone out, then the reference links. Reads every tag with one plain
 * `git for-each-ref` (no history walk) and the history with one topo-ordered `git log` stream; a tag is
 * reachable from HEAD exactly when that walk meets its commit. Only the commits of releases still open and
 * sections waiting for a newer one are held (one release at a time in a linear history).
 *
 * A commit belongs to the lowest release whose tag reaches it (the release it first shipped in), which is
 * exact for merged branches too: a commit's release is the lowest over its children's, carried down to its
 * parents. A release is complete when no commit still to come can carry it. A newer tag that the walk has
 * not met yet may sit on another branch; only then (a section is complete but a newer one has not started)
 * is `for-each-ref --merged HEAD` asked, once, which tags are reachable.
 */
async function writeFullChangelog(git, opts, write) {
    const repoUrl = opts.repoUrl?.replace(/\/+$/, '') || undefined;
    write((0,insert/* changelogHeader */.Q$)(opts.title, opts.scheme.name));
    if ((await git.revParse('HEAD')) === null) {
        write('\n## [Unreleased]\n');
        return;
    }
    (0,v8_tuning/* favourMemoryOverSpeed */.wJ)(); // reads the whole history: keep the heap from growing with it
    const groups = versionGroups((0,tags/* releaseTags */.dt)(opts.tags ?? (await (0,tag_list/* listTags */.cB)(git)), opts), opts.scheme);
    const unreleased = groups.length; // Rank of commits no tag reaches; releases rank 0.. in version order.
    const rankAt = new Map(); // tagged commit → lowest rank among its tags
    const tagsAt = new Map();
    const rankOf = new Map();
    groups.forEach((g, rank) => {
        for (const t of g) {
            rankOf.set(t, rank);
            const had = rankAt.get(t.sha);
            if (had === undefined || rank < had)
                rankAt.set(t.sha, rank);
            const list = tagsAt.get(t.sha);
            if (list)
                list.push(t);
            else
                tagsAt.set(t.sha, [t]);
        }
    });
    const reached = new Set(); // tags whose commit the walk has met
    /** The tag that names a rank: the first of its group the walk has met (a group shares one version). */
    const tagOf = (rank) => groups[rank]?.find((t) => reached.has(t));
    let merged = null; // tag names reachable from HEAD, once asked
    let asking = null;
    let failure = null;
    const pending = new ParentRanks(); // parent SHA → lowest rank among its children seen so far
    const carriers = new Array(unreleased + 1).fill(0); // pending entries per rank
    const started = new Array(unreleased + 1).fill(false);
    const buffers = new Map();
    const done = new Map(); // rank → rendered markdown not yet written
    const finished = new Array(unreleased + 1).fill(false);
    let next = unreleased; // the next rank to write (newest first)
    let walkEnded = false;
    const render = (rank) => {
        const commits = buffers.get(rank) ?? [];
        buffers.delete(rank);
        const tag = tagOf(rank);
        const section = rank === unreleased || tag === undefined
            ? (0,changelog_render/* renderSection */.YN)({ version: 'Unreleased', date: '', commits, repoUrl, previousTag: null, tag: 'HEAD', includeOther: opts.includeOther })
            : (0,changelog_render/* renderSection */.YN)({ version: tag.version, date: tag.date || commits[0]?.raw.date.slice(0, 10) || '', commits, repoUrl, previousTag: null, tag: tag.tag, includeOther: opts.includeOther });
        done.set(rank, section.markdown);
        finished[rank] = true;
    };
    /** Whether the rank will never get a section: none of its tags is reachable. */
    const skipped = (rank) => {
        if (rank === unreleased || tagOf(rank) !== undefined)
            return false;
        if (walkEnded)
            return true;
        return merged !== null && !groups[rank].some((t) => merged?.has(t.tag));
    };
    const flush = () => {
        while (next >= 0) {
            if (finished[next]) {
                write(`\n${done.get(next)}`);
                done.delete(next);
            }
            else if (!skipped(next)) {
                // A newer rank the walk has not met may be on another branch: ask git once, then carry on.
                if (!started[next] && done.size > 0 && asking === null && merged === null) {
                    asking = (0,tag_list/* listTags */.cB)(git, { merged: 'HEAD' }).then((tags) => {
                        merged = new Set(tags.map((t) => t.name));
                        if (failure === null)
                            flush();
                    }, (err) => {
                        failure ??= err;
                    });
                }
                return;
            }
            next--;
        }
    };
    const checkDone = (rank) => {
        if (carriers[rank] === 0 && started[rank] && !finished[rank]) {
            render(rank);
            flush();
        }
    };
    /** A rank that no commit can start any more gets its (empty) section now rather than at the end. */
    const settle = (rank) => {
        if (!started[rank] && !finished[rank]) {
            render(rank);
            flush();
        }
    };
    let first = true;
    await (0,read/* streamCommits */.Tp)(git, { from: null }, (raw) => {
        const carried = pending.get(raw.sha);
        if (carried !== undefined) {
            pending.delete(raw.sha);
            carriers[carried]--;
        }
        let rank = carried ?? unreleased; // no child seen: the tip (HEAD)
        const own = rankAt.get(raw.sha);
        const here = own === undefined ? undefined : tagsAt.get(raw.sha);
        if (own !== undefined && own < rank)
            rank = own;
        started[rank] = true;
        if (here !== undefined) {
            for (const t of here)
                reached.add(t);
            // Another release on this very commit (or on one an older release reaches) can have no commits of
            // its own, unless a tag of the same version elsewhere is still to come.
            for (const t of here) {
                const r = rankOf.get(t);
                if (r !== rank && groups[r].every((x) => reached.has(x)))
                    settle(r);
            }
        }
        // Only HEAD starts Unreleased: when HEAD is a release, Unreleased is empty.
        if (first) {
            first = false;
            settle(unreleased);
        }
        const parsed = slim((0,conventional/* parseCommit */.L5)(raw));
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
    walkEnded = true;
    if (asking !== null)
        await asking;
    if (failure !== null)
        throw failure;
    // Reachable tags whose commit carries a lower tag too (two releases on one commit) get an empty section.
    for (let rank = unreleased; rank >= 0; rank--)
        if (!finished[rank] && !skipped(rank))
            render(rank);
    flush();
    // Reference links last: each release compares with the next older reachable one.
    const refs = [];
    const named = groups.map((_, rank) => tagOf(rank)).filter((t) => t !== undefined);
    const top = named[named.length - 1];
    const unreleasedLink = (0,changelog_render/* linkLineFor */.Eo)('Unreleased', 'HEAD', top?.tag ?? null, repoUrl);
    if (unreleasedLink)
        refs.push(unreleasedLink);
    for (let i = named.length - 1; i >= 0; i--) {
        const l = (0,changelog_render/* linkLineFor */.Eo)(named[i].version, named[i].tag, i > 0 ? named[i - 1].tag : null, repoUrl);
        if (l)
            refs.push(l);
    }
    if (refs.length > 0)
        write(`\n${refs.join('\n')}\n`);
}
/**
 * What a buffered commit keeps until its release's section is written: the fields renderSection reads (and
 * the date), not its body, footers and raw message. The kept strings are copied (see detachText): a field is
 * a slice of a whole chunk of git's output, and a release with many commits would keep all its chunks.
 */
function slim(c) {
    const out = {
        sha: (0,log_stream/* detachText */.hM)(c.sha),
        type: c.type === null ? null : (0,log_stream/* detachText */.hM)(c.type),
        scope: c.scope === null ? null : (0,log_stream/* detachText */.hM)(c.scope),
        breaking: c.breaking,
        breakingNote: c.breakingNote === null ? null : (0,log_stream/* detachText */.hM)(c.breakingNote),
        description: (0,log_stream/* detachText */.hM)(c.description),
        pr: c.pr,
        isMerge: c.isMerge,
        isRevert: c.isRevert,
        raw: { sha: '', subject: '', body: '', parents: [], authorName: '', date: (0,log_stream/* detachText */.hM)(c.raw.date) },
    };
    if (c.revertedSha !== undefined)
        out.revertedSha = (0,log_stream/* detachText */.hM)(c.revertedSha);
    return out;
}
/** Release tags grouped by version, lowest version first (v1.0 and v1.0.0 name one release). */
function versionGroups(tags, scheme) {
    tags.sort((a, b) => scheme.compare(a.version, b.version));
    const groups = [];
    for (const t of tags) {
        const last = groups[groups.length - 1];
        if (last && scheme.compare(last[0].version, t.version) === 0)
            last.push(t);
        else
            groups.push([t]);
    }
    return groups;
}

// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(72642);
// EXTERNAL MODULE: ./src/ecosystems/adapters.ts + 3 modules
var adapters = __webpack_require__(6278);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(10308);
// EXTERNAL MODULE: ./src/changelog/tag-style.ts
var tag_style = __webpack_require__(38338);
// EXTERNAL MODULE: ./src/versioning/scheme.ts + 4 modules
var versioning_scheme = __webpack_require__(95634);
;// CONCATENATED MODULE: ./src/stages/full-changelog.ts







/** Writes the whole history's changelog (every release section) for `release-relay changelog --full`, piece by piece. */
async function printFullChangelog(options, write) {
    const git = new git_git/* Git */.TU(options.cwd ?? process.cwd(), options.exec ?? exec/* exec */.m0);
    const root = await git.topLevel();
    const packageDir = options.packageDir ?? '.';
    // A repository without a package (the benchmark's histories) is treated as a semver project.
    let name = '';
    let scheme = (0,versioning_scheme/* getScheme */.m)('semver');
    try {
        const adapter = await (0,adapters/* detectEcosystem */.WZ)(`${root}/${packageDir}`, 'auto');
        const info = await adapter.readPackage(root, packageDir);
        name = info.name;
        scheme = (0,versioning_scheme/* getScheme */.m)(info.scheme);
    }
    catch {
        /* no package: defaults above */
    }
    // Without a template, the style of the existing release tags (v1.2.3, 1.2.3, name-1.2.3, …); a plain
    // for-each-ref, no history walk. Streamed: each section goes out as soon as it is complete.
    // The tag list is read once, for the style and the releases.
    const tags = await (0,tag_list/* listTags */.cB)(git).catch(() => undefined);
    const template = options.tagTemplate ?? (0,tag_style/* inferTagTemplate */.hp)(tags ?? [], name, scheme)?.template ?? 'v{version}';
    await writeFullChangelog(git, { template, name, scheme, tags }, write);
}


/***/ })

};

//# sourceMappingURL=987.index.js.map