export const id = 502;
export const ids = [502];
export const modules = {

/***/ 47701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ findLastReleaseTag),
/* harmony export */   ED: () => (/* binding */ parseTag),
/* harmony export */   Ik: () => (/* binding */ lastRelease),
/* harmony export */   _3: () => (/* binding */ formatTag),
/* harmony export */   dt: () => (/* binding */ releaseTags),
/* harmony export */   hl: () => (/* binding */ checkTagTemplate),
/* harmony export */   rp: () => (/* binding */ fittingTags),
/* harmony export */   y6: () => (/* binding */ DEFAULT_TAG_TEMPLATE)
/* harmony export */ });
/* unused harmony exports tagParser, isFloatingTag, withoutStalePrereleases */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _git_tag_list_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20489);


/** The tag template used when none is given. */
const DEFAULT_TAG_TEMPLATE = 'v{version}';
/** The template, or the default for an empty one; throws BAD_INPUT unless it holds `{version}` exactly once. */
function checkTagTemplate(template) {
    const t = template === undefined || template.trim() === '' ? DEFAULT_TAG_TEMPLATE : template.trim();
    const first = t.indexOf('{version}');
    if (first < 0 || t.indexOf('{version}', first + 1) >= 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('BAD_INPUT', `Input "tag-template" is "${t}", which must contain {version} exactly once.`, 'Use e.g. v{version}, {name}-v{version} or {name}@{version}.');
    }
    return t;
}
/** The tag for a version: `{version}` and `{name}` replaced (templates `v{version}`, `{name}-v{version}`, `{name}@{version}`). */
function formatTag(template, v) {
    return checkTagTemplate(template).split('{name}').join(v.name).split('{version}').join(v.version);
}
/** The version part of `tag` under the template for package `name`, or null when the tag does not fit it. */
function parseTag(template, tag, name) {
    return tagParser(template, name)(tag);
}
/** parseTag for one template and name, with the template read once (for going over many tags). */
function tagParser(template, name) {
    const t = checkTagTemplate(template);
    const at = t.indexOf('{version}');
    const prefix = t.slice(0, at).split('{name}').join(name);
    const suffix = t.slice(at + '{version}'.length).split('{name}').join(name);
    return (tag) => {
        if (tag.length <= prefix.length + suffix.length || !tag.startsWith(prefix) || !tag.endsWith(suffix))
            return null;
        return tag.slice(prefix.length, tag.length - suffix.length);
    };
}
/**
 * The tags that fit the template and hold a valid version of the scheme (others are ignored), as ReleaseTags.
 * The version part must start with a digit (so `{version}` does not also take `v1.2.0`), and floating
 * major/minor tags (`v10`, `v10.6`, moved with every release by projects that also ship a GitHub Action)
 * are never releases: see isFloatingTag.
 */
function releaseTags(tags, opts) {
    const out = fittingTags(tags, opts);
    return out.filter((t) => !isFloatingTag(t, out));
}
/** The tags that fit the template and hold a valid version of the scheme, floating aliases included (see releaseTags). */
function fittingTags(tags, opts) {
    const out = [];
    const parse = tagParser(opts.template, opts.name);
    for (const t of tags) {
        const part = parse(t.name);
        if (part === null || !/^[0-9]/.test(part))
            continue;
        let version;
        try {
            version = opts.scheme.normalize(part);
        }
        catch {
            continue;
        }
        out.push({ tag: t.name, version, sha: t.sha, date: t.date, part });
    }
    return out;
}
/**
 * A short tag (`10` or `10.6`, fewer than three dotted numbers) is a floating alias, not a release, when a
 * longer version under it exists and either points at the same commit (the alias was moved onto the
 * release), or the tag is a bare major (`v10` beside `v10.x.y`), or its own `.0` exists (`10.6` beside
 * `10.6.0`). Short versions of their own (pip's `23.1` beside a later `23.1.1`) stay releases.
 */
function isFloatingTag(t, all) {
    if (!/^[0-9]+(\.[0-9]+)?$/.test(t.part))
        return false;
    const longer = all.filter((o) => o.part.startsWith(`${t.part}.`) && /^[0-9]/.test(o.part.slice(t.part.length + 1)));
    if (longer.length === 0)
        return false;
    if (!t.part.includes('.'))
        return true;
    return longer.some((o) => o.sha === t.sha || o.part === `${t.part}.0`);
}
/**
 * The last release among release tags: the highest version, leaving out pre-releases older than some final
 * release (httpx's `1.0.0.beta0` of 2021 is not the last release after `0.28.1` of 2024). Null for none.
 */
function lastRelease(tags, scheme) {
    let best = null;
    for (const t of withoutStalePrereleases(tags, scheme))
        if (best === null || scheme.compare(t.version, best.version) > 0)
            best = t;
    return best;
}
/** The release tags that can be the last release: all but pre-releases older than the newest final release. */
function withoutStalePrereleases(tags, scheme) {
    const newestFinal = tags.filter((t) => !scheme.isPrerelease(t.version) && t.date).reduce((d, t) => (t.date && t.date > d ? t.date : d), '');
    return tags.filter((t) => !(scheme.isPrerelease(t.version) && t.date && t.date < newestFinal));
}
/**
 * The highest-version tag fitting the template that is reachable from `rev` (HEAD by default); null when
 * there is none (or no commit yet). Tags on other branches are ignored, and so are tags whose version part
 * does not parse. Reads every tag with one plain `git for-each-ref` (no history walk), then checks
 * reachability in version order, highest first, only until one is reachable: flat in the history's size.
 */
async function findLastReleaseTag(git, opts) {
    const rev = opts.rev ?? 'HEAD';
    const candidates = withoutStalePrereleases(releaseTags(await (0,_git_tag_list_js__WEBPACK_IMPORTED_MODULE_1__/* .listTags */ .cB)(git), opts), opts.scheme);
    if (candidates.length === 0)
        return null;
    candidates.sort((a, b) => opts.scheme.compare(b.version, a.version));
    let best;
    try {
        best = await (0,_git_tag_list_js__WEBPACK_IMPORTED_MODULE_1__/* .findNewestReachable */ .Bv)(git, candidates, rev);
    }
    catch (err) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isReleaseError */ .q8)(err, 'GIT_FAILED') && rev === 'HEAD' && (await git.revParse('HEAD')) === null)
            return null;
        throw err;
    }
    return best === null ? null : { tag: best.tag, version: best.version, sha: best.sha };
}


/***/ }),

/***/ 54170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ parseCommit),
/* harmony export */   RW: () => (/* binding */ parseHeader),
/* harmony export */   kS: () => (/* binding */ dropCancelledReverts)
/* harmony export */ });
/* unused harmony export splitFooters */
/** Parses a raw commit. Linear, hand-written scanning: no regular expression runs over untrusted text. */
function parseCommit(raw) {
    const subject = raw.subject.trim();
    const header = parseHeader(subject);
    const isMerge = raw.parents.length >= 2 || isMergeSubject(subject);
    // Only a body that says BREAKING can hold a breaking note, so only such a body is split into text and
    // footers here (a revert's Refs footer aside): splitting every body of a long range was most of the parse.
    const breakingNote = raw.body.includes('BREAKING') ? breakingNoteIn(raw.body) : null;
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
        revertedSha = revertTarget(raw.body) ?? refsSha(splitFooters(raw.body).footers) ?? undefined;
    const parsed = {
        sha: raw.sha,
        type,
        scope: header ? header.scope : null,
        breaking: (header?.bang ?? false) || breakingNote !== null,
        breakingNote,
        description,
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
    // Commits by their first 7 hex digits (the shortest id a revert names), in list order, so each revert
    // looks at its few candidates instead of scanning the whole list.
    const byPrefix = new Map();
    for (const c of commits) {
        const key = c.sha.slice(0, 7);
        const list = byPrefix.get(key);
        if (list)
            list.push(c);
        else
            byPrefix.set(key, [c]);
    }
    const dropped = new Set();
    for (const r of reverts) {
        const reverted = r.revertedSha;
        const target = byPrefix.get(reverted.slice(0, 7))?.find((c) => c !== r && !dropped.has(c.sha) && c.sha.startsWith(reverted));
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
    if (!subject.startsWith('Merge '))
        return false;
    for (const p of MERGE_SUBJECTS)
        if (subject.startsWith(p))
            return true;
    return false;
}
const BREAKING_TOKENS = ['BREAKING CHANGE', 'BREAKING-CHANGE'];
/**
 * The footer token at the start of the line text[from, to) and where (in text) its value starts, or null.
 * (Offsets, not line strings: a long history parses thousands of bodies, and a string per line is garbage.)
 */
function footerTokenAt(text, from, to) {
    for (const t of BREAKING_TOKENS) {
        if (text.startsWith(t, from) && (text.startsWith(': ', from + t.length) || text.startsWith(' #', from + t.length)))
            return { token: t, valueAt: from + t.length + 2 };
    }
    if (from >= to || !isAlpha(text.charCodeAt(from)))
        return null;
    let i = from + 1;
    while (i < to) {
        const c = text.charCodeAt(i);
        if (isAlpha(c) || isDigit(c) || c === 45)
            i++;
        else
            break;
    }
    if (text.startsWith(': ', i))
        return { token: text.slice(from, i), valueAt: i + 2 };
    if (text.startsWith(' #', i))
        return { token: text.slice(from, i), valueAt: i + 1 };
    return null;
}
/** Whether c is whitespace to String.prototype.trim (WhiteSpace and LineTerminator). */
function isTrimmed(c) {
    if (c <= 32)
        return c === 32 || (c >= 9 && c <= 13);
    if (c < 0xa0)
        return false;
    return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** Whether text[from, to) is empty once trimmed. */
function isBlank(text, from, to) {
    for (let i = from; i < to; i++)
        if (!isTrimmed(text.charCodeAt(i)))
            return false;
    return true;
}
/**
 * Splits a body into text and footers: the footers are the trailing paragraphs that each start with a
 * `Token: value` or `Token #value` line; a value runs on until the next token.
 */
function splitFooters(rawBody) {
    const text = rawBody.includes('\r') ? rawBody.replace(/\r\n?/g, '\n') : rawBody;
    if (isBlank(text, 0, text.length))
        return { body: '', footers: {} };
    // Line k is text[starts[k], lineEnd(text, starts, k)); lines are split on '\n' exactly as text.split('\n') would.
    const starts = [0];
    for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1))
        starts.push(p + 1);
    let end = starts.length;
    while (end > 0 && blankLine(text, starts, end - 1))
        end--;
    // Walk paragraphs from the end while each one starts with a footer token.
    let footerStart = end;
    let i = end;
    while (i > 0) {
        let start = i;
        while (start > 0 && !blankLine(text, starts, start - 1))
            start--;
        if (footerTokenAt(text, starts[start], lineEnd(text, starts, start)) === null)
            break;
        footerStart = start;
        i = start;
        while (i > 0 && blankLine(text, starts, i - 1))
            i--;
    }
    const footers = {};
    if (footerStart < end) {
        // A value is the text from after its token to the end of the line before the next token (or of the footers).
        let token = null;
        let valueAt = 0;
        for (let k = footerStart; k <= end; k++) {
            const t = k < end ? footerTokenAt(text, starts[k], lineEnd(text, starts, k)) : null;
            if (k < end && t === null)
                continue;
            if (token !== null)
                (footers[token] ??= []).push(text.slice(valueAt, lineEnd(text, starts, k - 1)).trim());
            if (t !== null) {
                token = t.token;
                valueAt = t.valueAt;
            }
        }
    }
    let bodyEnd = footerStart;
    while (bodyEnd > 0 && blankLine(text, starts, bodyEnd - 1))
        bodyEnd--;
    let bodyStart = 0;
    while (bodyStart < bodyEnd && blankLine(text, starts, bodyStart))
        bodyStart++;
    return { body: bodyStart < bodyEnd ? text.slice(starts[bodyStart], lineEnd(text, starts, bodyEnd - 1)) : '', footers };
}
/** Where line k of text ends (its '\n', or the end of text). */
function lineEnd(text, starts, k) {
    return k + 1 < starts.length ? starts[k + 1] - 1 : text.length;
}
/** Whether line k of text is blank. */
function blankLine(text, starts, k) {
    return isBlank(text, starts[k], lineEnd(text, starts, k));
}
/**
 * The note of a `BREAKING CHANGE:` (or `BREAKING-CHANGE:`) footer, else of such a line inside the body (commonly
 * written there rather than as the last paragraph), or null.
 */
function breakingNoteIn(rawBody) {
    const { body, footers } = splitFooters(rawBody);
    return footers['BREAKING CHANGE']?.[0] ?? footers['BREAKING-CHANGE']?.[0] ?? breakingInBody(body);
}
/** A `BREAKING CHANGE:` line inside the body: its text up to the end of the paragraph, or null. */
function breakingInBody(body) {
    if (!body.includes('BREAKING'))
        return null;
    const lines = body.split('\n');
    for (let k = 0; k < lines.length; k++) {
        const t = footerTokenAt(lines[k], 0, lines[k].length);
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


/***/ }),

/***/ 20489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ findNewestReachable),
/* harmony export */   QX: () => (/* binding */ isAncestor),
/* harmony export */   Ss: () => (/* binding */ ALL_TAGS_ARGS),
/* harmony export */   cB: () => (/* binding */ listTags),
/* harmony export */   cl: () => (/* binding */ parseTagList)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** listTags' command without `merged` (see askEarly). */
const ALL_TAGS_ARGS = ['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(creatordate:short)', 'refs/tags/'];
/**
 * Every tag (or every tag reachable from `merged`) in one `git for-each-ref` call, peeled to commits.
 * Without `merged` git answers from the refs alone (milliseconds); with it, git walks the history from
 * `merged` down to the oldest tag, which grows with the history: prefer findNewestReachable when only the
 * best reachable tag is wanted.
 */
async function listTags(git, options = {}) {
    const args = [...ALL_TAGS_ARGS];
    if (options.merged !== undefined) {
        checkRevision(options.merged);
        args.splice(2, 0, `--merged=${options.merged}`);
    }
    return parseTagList((await git.git(args)).stdout);
}
/** The tags in the output of ALL_TAGS_ARGS (or with --merged). */
function parseTagList(out) {
    const tags = [];
    for (const line of out.split('\n')) {
        if (line.length === 0)
            continue;
        const [name, object, peeled, date] = line.split('\0');
        tags.push({ name, sha: peeled || object, date: date ?? '' });
    }
    return tags;
}
/** Refuses a revision that git could read as an option. */
function checkRevision(rev) {
    if (rev.length === 0 || rev.startsWith('-') || rev.includes('\0')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('BAD_INPUT', `"${rev}" is not a revision.`, 'Give a branch, tag or commit SHA.');
    }
}
/**
 * Whether commit `sha` is `rev` or one of its ancestors (`git merge-base --is-ancestor`). git walks from
 * `rev` only down to `sha` (by generation number with a commit-graph, by date without), so a recent tag
 * costs a few milliseconds whatever the size of the history.
 */
async function isAncestor(git, sha, rev) {
    checkRevision(sha);
    checkRevision(rev);
    const r = await git.git(['merge-base', '--is-ancestor', sha, rev], { check: false });
    if (r.code === 0)
        return true;
    if (r.code === 1)
        return false;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('GIT_FAILED', `git merge-base failed: ${r.stderr.trim() || `exit code ${r.code}`}`, "See git's message; check the revisions and the repository state.");
}
/** How many candidates findNewestReachable checks one by one before asking git for every reachable tag at once. */
const SINGLE_CHECKS = 8;
/**
 * The first of `candidates` (ordered best first, e.g. highest version first) whose commit is reachable
 * from `rev`, or null. Checks them one by one with isAncestor, which is cheap when the best candidate is
 * near `rev` (the usual case: the last release); after SINGLE_CHECKS misses (a maintenance branch behind
 * many newer tags) it asks `for-each-ref --merged` once, so the worst case is one walk over the history.
 */
async function findNewestReachable(git, candidates, rev) {
    const single = candidates.slice(0, SINGLE_CHECKS);
    for (const c of single)
        if (await isAncestor(git, c.sha, rev))
            return c;
    if (candidates.length <= SINGLE_CHECKS)
        return null;
    const reachable = new Set((await listTags(git, { merged: rev })).map((t) => t.sha));
    return candidates.slice(SINGLE_CHECKS).find((c) => reachable.has(c.sha)) ?? null;
}


/***/ }),

/***/ 94402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zu: () => (/* binding */ BUMP_KINDS),
/* harmony export */   a4: () => (/* binding */ decideNextVersion),
/* harmony export */   rk: () => (/* binding */ DEFAULT_BUMP_RULES)
/* harmony export */ });
/* unused harmony exports commitLevel, isDevOfFinal */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _commits_conventional_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54170);


/** Every bump kind, in the order error messages list them. */
const BUMP_KINDS = ['major', 'minor', 'patch', 'premajor', 'preminor', 'prepatch', 'prerelease', 'release'];
/** The Conventional Commits defaults: feat → minor; fix and perf → patch (as semantic-release and release-please). */
const DEFAULT_BUMP_RULES = { minor: ['feat'], patch: ['fix', 'perf'] };
/** `feat, fix, perf`: the types of a rule set, for messages. */
function ruleTypes(rules) {
    return [...rules.minor, ...rules.patch].join(', ');
}
/** The change level of one commit under Conventional Commits, or null when it does not call for a release. */
function commitLevel(c, rules = DEFAULT_BUMP_RULES) {
    if (c.isMerge)
        return null;
    if (c.breaking)
        return 'major';
    if (c.type !== null && rules.minor.includes(c.type))
        return 'minor';
    // A revert changes shipped behaviour back, so it is released like a fix.
    if ((c.type !== null && rules.patch.includes(c.type)) || c.isRevert)
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('BAD_INPUT', `Input "bump" is "${input.bump}", which is not a bump kind.`, `Use one of: auto, ${BUMP_KINDS.join(', ')}.`);
    }
    const prereleaseId = input.prereleaseId?.trim() ? input.prereleaseId.trim() : undefined;
    const explicit = input.version?.trim();
    if (explicit) {
        if (bump !== 'auto') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('BAD_INPUT', `Inputs "version" (${explicit}) and "bump" (${bump}) are both set.`, 'Set only one of them: an explicit version, or a bump kind.');
        }
        const next = scheme.normalize(explicit, 'input "version"');
        checkOrder(scheme, current, next, input.allowDowngrade ?? false, 'input "version"');
        const normalizedNote = next !== explicit ? ` (normalized from ${explicit})` : '';
        return { next, bump: 'explicit', reason: `Version ${next}${normalizedNote} was given explicitly with input "version".`, released: true, deciding: [] };
    }
    if (bump !== 'auto') {
        const kind = bump;
        if (prereleaseId !== undefined && !['premajor', 'preminor', 'prepatch', 'prerelease'].includes(kind)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('BAD_INPUT', `Input "prerelease-id" (${prereleaseId}) does not go with bump "${kind}".`, 'Use it with premajor, preminor, prepatch, prerelease or auto, or leave it empty.');
        }
        const next = scheme.bump(current, kind, prereleaseId);
        checkOrder(scheme, current, next, input.allowDowngrade ?? false, 'input "bump"');
        return { next, bump: kind, reason: `A ${kind} bump was requested with input "bump" (${current} → ${next}).`, released: true, deciding: [] };
    }
    const commits = (0,_commits_conventional_js__WEBPACK_IMPORTED_MODULE_1__/* .dropCancelledReverts */ .kS)(input.commits ?? []);
    const rules = input.rules ?? DEFAULT_BUMP_RULES;
    if (prereleaseId === undefined && isDevOfFinal(current))
        return decideDev(scheme, current, commits, rules, input.lastRelease);
    return decideAuto(scheme, current, commits, prereleaseId, input.allowDowngrade ?? false, rules);
}
/** Throws DOWNGRADE (or BAD_VERSION when equal) unless `next` sorts above `current`. */
function checkOrder(scheme, current, next, allowDowngrade, source) {
    const order = scheme.compare(next, current);
    if (order === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('BAD_VERSION', `Version ${next} (${source}) is already current.`, 'Give a higher version, or a bump kind; re-releasing the current version is not a release.');
    }
    if (order < 0 && !allowDowngrade) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('DOWNGRADE', `Version ${next} (${source}) sorts below the current version ${current}.`, 'Give a version above the current one, or set allow-downgrade: true if this is intended.');
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
/** A PEP 440 development release of a final version (`8.5.0.dev0`, not `8.5.0rc1.dev0` or `8.5.0.post1.dev0`). */
function isDevOfFinal(v) {
    return /^([0-9]+!)?[0-9]+(\.[0-9]+)*\.dev[0-9]+$/.test(v);
}
/** The commits grouped by the level they call for, and the highest level found. */
function levels(commits, rules) {
    const byLevel = { major: [], minor: [], patch: [] };
    for (const c of commits) {
        const level = commitLevel(c, rules);
        if (level)
            byLevel[level].push(c);
    }
    return { byLevel, found: ['major', 'minor', 'patch'].find((l) => byLevel[l].length > 0) };
}
/**
 * `auto` on a development version (`8.5.0.dev0` on the default branch, as click and others keep it): the
 * version under development is the release (8.5.0), unless the commits since the last release call for more
 * (a breaking change after 8.4.2 → 9.0.0). Any commit since the last release makes it releasable, since the
 * maintainer named the next version already; no commit at all is nothing to release.
 */
function decideDev(scheme, current, commits, rules, lastRelease) {
    if (commits.length === 0) {
        return { next: null, bump: 'none', reason: 'No commits since the last release, so there is nothing to release.', released: false, deciding: [] };
    }
    const final = scheme.bump(current, 'release');
    const { byLevel, found } = levels(commits, rules);
    if (found && lastRelease !== undefined) {
        const level = found === 'major' && isZeroMajor(lastRelease) ? 'minor' : found;
        const demanded = scheme.bump(scheme.normalize(lastRelease, 'the last release tag'), level);
        if (scheme.compare(demanded, final) > 0) {
            const deciding = byLevel[found];
            return { next: demanded, bump: level, reason: `${capitalize(level)} bump (${lastRelease} → ${demanded}), above the development version ${current}, because of ${deciding.length} ${LEVEL_WORDS[found]}${deciding.length === 1 ? '' : /(x|h)$/.test(LEVEL_WORDS[found]) ? 'es' : 's'}: ${listCommits(deciding)}.`, released: true, deciding };
        }
    }
    const n = commits.length;
    return { next: final, bump: 'release', reason: `The development version ${current} is released as ${final} (${n} commit${n === 1 ? '' : 's'} since the last release${found ? '; none calls for more' : ''}).`, released: true, deciding: found ? byLevel[found] : [] };
}
function decideAuto(scheme, current, commits, prereleaseId, allowDowngrade, rules) {
    const { byLevel, found } = levels(commits, rules);
    if (!found) {
        const n = commits.length;
        const what = n === 0 ? 'No commits since the last release' : `None of the ${n} commit${n === 1 ? '' : 's'} since the last release is a ${ruleTypes(rules)}, revert or breaking change`;
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
    const count = `${deciding.length} ${words}${deciding.length === 1 ? '' : /(x|h)$/.test(words) ? 'es' : 's'}`;
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


/***/ })

};

//# sourceMappingURL=502.index.js.map