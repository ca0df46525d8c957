export const id = 906;
export const ids = [906];
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

/***/ 6278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WZ: () => (/* binding */ detectEcosystem),
  xQ: () => (/* binding */ getFullAdapter),
  fG: () => (/* binding */ withPipeline)
});

// UNUSED EXPORTS: ECOSYSTEMS, getAdapter

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/ecosystems/npm/index.ts + 2 modules
var npm = __webpack_require__(75346);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/files.ts + 1 modules
var files = __webpack_require__(45383);
// EXTERNAL MODULE: ./src/ecosystems/python/docs-replacements.ts
var docs_replacements = __webpack_require__(32031);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/ecosystems/python/names.ts
var names = __webpack_require__(81396);
;// CONCATENATED MODULE: ./src/ecosystems/python/lock-files.ts



/** Lock files that carry the project's own entry (a `[[package]]` table with its name and version). */
const LOCK_FILES = ['uv.lock', 'pdm.lock'];
/**
 * The lock-file updater (uv.lock, pdm.lock): sets `version` in the `[[package]]` entry named `name` whose
 * version is `current` to `next`, changing no other byte. Returns the text unchanged when the lock has no
 * such entry (uv leaves dynamic versions out; pdm locks only list the project in some setups).
 */
function updateLockContent(text, name, current, next, file = 'uv.lock') {
    const want = (0,names/* normalizeName */.Pc)(name);
    const lines = text.split('\n');
    let inPackage = false;
    let entryName;
    let versionLine = -1;
    const hits = [];
    const close = () => {
        if (inPackage && entryName !== undefined && (0,names/* normalizeName */.Pc)(entryName) === want && versionLine >= 0)
            hits.push(versionLine);
    };
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^\s*\[/.test(line)) {
            close();
            inPackage = /^\s*\[\[package\]\]\s*$/.test(line);
            entryName = undefined;
            versionLine = -1;
            continue;
        }
        if (!inPackage)
            continue;
        const n = /^name\s*=\s*"([^"]+)"/.exec(line);
        if (n)
            entryName = n[1];
        const v = /^version\s*=\s*"([^"]+)"/.exec(line);
        if (v && v[1] === current)
            versionLine = i;
    }
    close();
    if (hits.length === 0)
        return text;
    for (const i of hits)
        lines[i] = lines[i].replace(/^(version\s*=\s*")[^"]+"/, `$1${next}"`);
    const after = lines.join('\n');
    try {
        (0,dist/* parse */.qg)(after);
    }
    catch (err) {
        throw new errors/* ReleaseError */.K2('BAD_TOML', `Updating ${file} produced invalid TOML; the edit was refused.`, `Regenerate ${file} with its tool (uv lock / pdm lock) after the release.`, { cause: err, location: { file } });
    }
    return after;
}

// EXTERNAL MODULE: ./src/ecosystems/version-updater.ts
var version_updater = __webpack_require__(53697);
// EXTERNAL MODULE: ./src/ecosystems/python/pyproject.ts
var pyproject = __webpack_require__(87160);
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
    const map = (0,pyproject/* getPath */.Yn)(cz, ['customize', 'bump_map']) ?? cz['bump_map'];
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
    const dir = (0,files/* resolveInside */.LI)(root, packageDir, 'package-dir');
    const text = await (0,files/* readTextOrNull */.GR)((0,external_node_path_.join)(dir, 'pyproject.toml'));
    const out = {};
    const doc = text === null ? {} : (0,pyproject/* parsePyproject */.OU)(text, 'pyproject.toml');
    const tool = ((0,pyproject/* getPath */.Yn)(doc, ['tool']) ?? {});
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
        const opts = (0,pyproject/* getPath */.Yn)(p, ['commit_parser_options']);
        const parser = str(p['commit_parser']) ?? 'conventional';
        if (['conventional', 'angular', 'conventional-commits'].includes(parser) && !out.bumpRules) {
            const minor = strList((0,pyproject/* getPath */.Yn)(opts, ['minor_tags'])) ?? ['feat'];
            const patch = strList((0,pyproject/* getPath */.Yn)(opts, ['patch_tags'])) ?? ['fix', 'perf'];
            out.bumpRules = { minor, patch, from: `${from} commit_parser_options` };
        }
        const file = str((0,pyproject/* getPath */.Yn)(p, ['changelog', 'default_templates', 'changelog_file'])) ?? str((0,pyproject/* getPath */.Yn)(p, ['changelog', 'changelog_file'])) ?? str(p['changelog_file']);
        if (file && !out.changelogFile)
            out.changelogFile = { path: file, from };
    }
    let tc = tool['towncrier'];
    let tcFrom = '[tool.towncrier] in pyproject.toml';
    if (tc === undefined) {
        const own = await (0,files/* readTextOrNull */.GR)((0,external_node_path_.join)(dir, 'towncrier.toml'));
        if (own !== null) {
            tc = (0,pyproject/* getPath */.Yn)((0,pyproject/* parsePyproject */.OU)(own, 'towncrier.toml'), ['tool', 'towncrier']) ?? {};
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

// EXTERNAL MODULE: ./src/ecosystems/python/version-sources.ts + 3 modules
var version_sources = __webpack_require__(72684);
;// CONCATENATED MODULE: ./src/ecosystems/python/index.ts









const MARKERS = ['pyproject.toml', 'setup.py', 'setup.cfg'];
/** True when `dir` holds pyproject.toml, setup.py or setup.cfg. */
async function detectPython(dir) {
    for (const m of MARKERS)
        if (await (0,files/* pathExists */.s0)((0,external_node_path_.join)(dir, m)))
            return true;
    return false;
}
/**
 * Reads a Python package's name, current version and the files that hold it. A VCS-derived version
 * (setuptools-scm, hatch-vcs, pdm scm, poetry-dynamic-versioning, versioningit) is not refused here: it comes
 * back as `versionFromVcs: true` with no version files and an empty `version`, and the stage decides (the
 * last release tag is the current version; no file is edited). Throws NO_VERSION, VERSION_CONFLICT, BAD_TOML.
 */
async function readPythonPackage(root, packageDir) {
    const found = await (0,version_sources/* collectVersionSources */.f)(root, packageDir);
    const base = { name: found.name, scheme: 'pep440', versionSource: found.description, warnings: found.warnings };
    if (found.fromVcs)
        return { ...base, version: '', versionFiles: [], versionFromVcs: true, vcsTool: found.vcsTool };
    const version = found.sources.find((s) => s.version !== undefined)?.version;
    const locks = await lockEdits(root, packageDir, found.name, version, `${version}.post999`);
    return { ...base, version, versionFiles: [...new Set([...found.sources.map((s) => s.path), ...locks.map((e) => e.path)])] };
}
/** Edits of the lock files (uv.lock, pdm.lock in the package directory or the repository root) that list the project at `current`. */
async function lockEdits(root, packageDir, name, current, next) {
    const edits = [];
    const dirs = [...new Set([external_node_path_.posix.normalize(packageDir.split('\\').join('/')), '.'])];
    for (const dir of dirs) {
        for (const lock of LOCK_FILES) {
            const path = dir === '.' ? lock : external_node_path_.posix.join(dir, lock);
            const before = await (0,files/* readTextOrNull */.GR)((0,files/* resolveInside */.LI)(root, path));
            if (before === null)
                continue;
            const after = updateLockContent(before, name, current, next, path);
            if (after !== before)
                edits.push({ path, before, after });
        }
    }
    return edits;
}
/**
 * Plans the edits that set every version file of the package to `next` (paths relative to `root`). Files are
 * read again now, so each edit's `before` is what applyEdits will check. Pattern rules (commitizen
 * `version_files`, bump-my-version search/replace) run before the structured updaters on the same file, as
 * they look for the current version. Nothing is written. A VCS-versioned package gets no edits.
 */
async function planPythonVersionEdits(root, packageDir, info, next) {
    if (info.versionFromVcs)
        return [];
    const found = await (0,version_sources/* collectVersionSources */.f)(root, packageDir);
    const current = found.sources.find((s) => s.version !== undefined)?.version;
    // Pattern rules (no stated version) first: they look for the current version, which the others replace.
    const ordered = [...found.sources].sort((a, b) => Number(a.version !== undefined) - Number(b.version !== undefined));
    const locations = ordered.map((s) => ({ path: s.path, updater: { updateContent: (t, next) => s.update(t, next, current) } }));
    const edits = await (0,version_updater/* planVersionEdits */.n)(root, info, locations, next);
    for (const e of await lockEdits(root, packageDir, found.name, current, next))
        if (!edits.some((x) => x.path === e.path))
            edits.push(e);
    return edits;
}
/**
 * The Python ecosystem: pyproject.toml (PEP 621, Poetry, hatch, setuptools, pdm) and `__version__` files. Its
 * build, install-check, publish and verify members live in pipeline.ts, loaded by getFullAdapter.
 */
const pythonAdapter = {
    name: 'python',
    detect: detectPython,
    readPackage: readPythonPackage,
    planVersionEdits: planPythonVersionEdits,
    docsReplacements: docs_replacements/* pythonDocsReplacements */.d,
    installCommand: (name, version) => `pip install ${name}==${version}`,
    releaseConventions: readPythonReleaseConventions,
};

;// CONCATENATED MODULE: ./src/ecosystems/adapters.ts



/**
 * Every known ecosystem by name, in detection order: python first (pyproject.toml, setup.py, setup.cfg), then
 * npm (package.json), so a directory with both is a Python package and one with only package.json is npm.
 */
const ECOSYSTEMS = {
    python: () => pythonAdapter,
    npm: () => npm/* npmAdapter */.pI,
};
/** The adapter called `name`; an unknown name throws UNKNOWN_ECOSYSTEM listing the known ones. */
function getAdapter(name) {
    const factory = Object.hasOwn(ECOSYSTEMS, name) ? ECOSYSTEMS[name] : undefined;
    if (!factory) {
        throw new errors/* ReleaseError */.K2('UNKNOWN_ECOSYSTEM', `Unknown ecosystem "${name}" (input "ecosystem").`, `Use "auto" or one of: ${Object.keys(ECOSYSTEMS).join(', ')}.`);
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
    throw new errors/* ReleaseError */.K2('UNKNOWN_ECOSYSTEM', `No package found in ${dir} (tried: ${Object.keys(ECOSYSTEMS).join(', ')}).`, 'Point input "package-dir" at the package (the directory with pyproject.toml or package.json), or set input "ecosystem".');
}
/**
 * Each ecosystem's build, install-check, publish and verify members, imported only when a stage needs them:
 * prepare-release reads and edits files and never loads the build and publish code (nor its start-up cost).
 */
const PIPELINES = {
    python: async () => (await __webpack_require__.e(/* import() */ 397).then(__webpack_require__.bind(__webpack_require__, 37397))).pythonPipeline,
    npm: async () => (await __webpack_require__.e(/* import() */ 936).then(__webpack_require__.bind(__webpack_require__, 98936))).npmPipeline,
};
/** `adapter` with its gate and publish members; refuses an ecosystem without them. */
async function withPipeline(adapter) {
    const load = Object.hasOwn(PIPELINES, adapter.name) ? PIPELINES[adapter.name] : undefined;
    if (!load)
        throw new errors/* ReleaseError */.K2('UNKNOWN_ECOSYSTEM', `The ${adapter.name} adapter cannot build or publish yet.`, 'Use an ecosystem with a full adapter (python, npm).');
    return { ...(await load()), ...adapter };
}
/** The adapter for `dir` (or the named ecosystem) with its gate and publish members; refuses one without them. */
async function getFullAdapter(dir, requested) {
    return withPipeline(await detectEcosystem(dir, requested));
}


/***/ }),

/***/ 75346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zz: () => (/* binding */ collectNpmVersionFiles),
  pI: () => (/* binding */ npmAdapter),
  OT: () => (/* binding */ readNpmPackage)
});

// UNUSED EXPORTS: detectNpm, npmDocsReplacements, planNpmVersionEdits

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/files.ts + 1 modules
var core_files = __webpack_require__(45383);
// EXTERNAL MODULE: ./src/versioning/scheme.ts + 4 modules
var scheme = __webpack_require__(95634);
// EXTERNAL MODULE: ./src/ecosystems/python/docs-replacements.ts
var docs_replacements = __webpack_require__(32031);
// EXTERNAL MODULE: ./src/ecosystems/version-updater.ts
var version_updater = __webpack_require__(53697);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/ecosystems/npm/json-edit.ts
var json_edit = __webpack_require__(99430);
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
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${file} is not valid JSON: ${err.message}`, `Fix ${file}; npm cannot read it either.`, { location: { file } });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${file} does not hold a JSON object.`, `Fix ${file}.`, { location: { file } });
    }
    return value;
}
/** Sets each path that exists; the paths in `required` must exist. Verifies the result by parsing it. */
function setVersions(text, file, version, paths, required) {
    const expected = parse(text, file);
    let out = text;
    const set = [];
    for (const path of paths) {
        const next = (0,json_edit/* replaceJsonString */.Q)(out, path, version, file);
        if (next === null) {
            if (required.some((r) => r.join('\0') === path.join('\0'))) {
                throw new errors/* ReleaseError */.K2('NO_VERSION', `${file} has no ${describePath(path)}.`, `Add ${describePath(path)} to ${file} (npm install --package-lock-only rewrites a lockfile).`, { location: { file } });
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
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Setting the version in ${file} would change more than the version.`, `Check ${file} for duplicate keys.`, { location: { file } });
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

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
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
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${source} sets tagFormat "${tagFormat}", which release-relay cannot turn into a tag template (only \${version} is known).`, 'Set input "tag-template" to the tag your releases use, e.g. v{version}.', { location: { file: source } });
    }
    return template;
}
/**
 * Whether `branch` is one of semantic-release's `branches`: names or globs with semantic-release's own
 * matcher rules (micromatch's, which picomatch implements: `release/*`, and extglobs like the default
 * `+([0-9])?(.{+([0-9]),x}).x` for maintenance branches).
 */
function branchMatches(branch, patterns) {
    return patterns.some((p) => {
        if (p === branch)
            return true;
        try {
            return picomatch_default().isMatch(branch, p);
        }
        catch {
            return false; // a pattern picomatch cannot read matches nothing, as semantic-release would never match it either
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
            const text = await (0,core_files/* readTextOrNull */.GR)((0,external_node_path_.join)(abs, file));
            if (text === null)
                continue;
            let config;
            try {
                // yaml is a large module: loaded only for a YAML config (most projects have none).
                config = file.endsWith('.json') ? JSON.parse(text) : (await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19))).parse(text);
            }
            catch (err) {
                throw new errors/* ReleaseError */.K2('BAD_INPUT', `${at(file)} cannot be read: ${err.message}`, `Fix ${at(file)} (semantic-release cannot read it either), or set input "tag-template".`, { location: { file: at(file) } });
            }
            return fromSemanticRelease((config ?? {}), at(file));
        }
        const manifest = await (0,core_files/* readTextOrNull */.GR)((0,external_node_path_.join)(abs, 'package.json'));
        if (manifest !== null) {
            const release = JSON.parse(manifest).release;
            if (release && typeof release === 'object')
                return fromSemanticRelease(release, `${at('package.json')} "release"`);
        }
        for (const file of ['.releaserc.js', '.releaserc.cjs', '.releaserc.mjs', 'release.config.js', 'release.config.cjs', 'release.config.mjs']) {
            if (await (0,core_files/* pathExists */.s0)((0,external_node_path_.join)(abs, file))) {
                return { source: at(file), note: `${at(file)} is JavaScript, which release-relay does not run: set input "tag-template" to its tagFormat (default v{version}).` };
            }
        }
    }
    return null;
}
/** The package's release-please entry, or null when the repository does not use release-please manifests. */
async function readReleasePlease(root, packageDir, packageName) {
    const configText = await (0,core_files/* readTextOrNull */.GR)((0,external_node_path_.join)(root, 'release-please-config.json'));
    const manifestText = await (0,core_files/* readTextOrNull */.GR)((0,external_node_path_.join)(root, '.release-please-manifest.json'));
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
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `release-please-config.json or .release-please-manifest.json is not valid JSON: ${err.message}`, 'Fix the file (release-please cannot read it either), or set input "tag-template".');
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
        const out = (0,json_edit/* replaceJsonString */.Q)(text, [this.key], version, this.file);
        if (out === null)
            throw new errors/* ReleaseError */.K2('NO_VERSION', `${this.file} has no entry "${this.key}".`, `Add "${this.key}": "<current version>" to ${this.file}.`, { location: { file: this.file } });
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
    return (0,core_files/* pathExists */.s0)((0,external_node_path_.join)(dir, 'package.json'));
}
const npm_posix = (p) => p.split(external_node_path_.sep).join('/');
/**
 * Finds the package's name, version and version files: `package.json`, its own `npm-shrinkwrap.json` /
 * `package-lock.json`, or (for a workspace package without its own) the workspace root's lockfile entry
 * `packages["<dir>"]`, found by walking up towards `root`.
 */
async function collectNpmVersionFiles(root, packageDir) {
    const dir = (0,core_files/* resolveInside */.LI)(root, packageDir, 'package-dir');
    const manifestPath = npm_posix((0,external_node_path_.relative)(root, (0,external_node_path_.join)(dir, 'package.json')));
    const text = await (0,core_files/* readTextOrNull */.GR)((0,external_node_path_.join)(dir, 'package.json'));
    if (text === null)
        throw new errors/* ReleaseError */.K2('NO_VERSION', `There is no package.json in ${packageDir}.`, 'Point input "package-dir" at the directory with package.json.');
    let manifest;
    try {
        manifest = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${manifestPath} is not valid JSON: ${err.message}`, `Fix ${manifestPath}.`, { location: { file: manifestPath } });
    }
    if (typeof manifest.name !== 'string' || !manifest.name) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${manifestPath} has no "name".`, 'A published npm package needs a name; add "name" to package.json.', { location: { file: manifestPath } });
    }
    // npm's own rules (validate-npm-package-name): URL-safe, at most 214 characters, no leading dot or underscore.
    if (manifest.name.length > 214 || !/^(?:@[a-z0-9-*~][a-z0-9-*._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(manifest.name)) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${manifestPath} names the package ${JSON.stringify(manifest.name)}, which npm does not accept.`, 'Use a valid npm name: lower-case letters, digits, "-", ".", "_" and "~", optionally under a @scope/ (e.g. "@acme/widget").', { location: { file: manifestPath } });
    }
    if (typeof manifest.version !== 'string' || !manifest.version) {
        throw new errors/* ReleaseError */.K2('NO_VERSION', `${manifestPath} has no "version".`, 'Add "version": "0.1.0" (or the current version) to package.json.', { location: { file: manifestPath } });
    }
    // semantic-release repositories often keep a placeholder and take the version from the last tag.
    if (/^0\.0\.0-(development|semantically-released|semantic-release|dev)$/.test(manifest.version)) {
        throw new errors/* ReleaseError */.K2('NO_VERSION', `${manifestPath} holds the placeholder version "${manifest.version}" (the version lived in git tags).`, `Set "version" in ${manifestPath} to the last released version (your latest release tag, e.g. \`git describe --tags --abbrev=0\`), commit it, then release: release-relay keeps the version in package.json.`, { location: { file: manifestPath } });
    }
    const version = (0,scheme/* getScheme */.m)('semver').normalize(manifest.version, manifestPath);
    const files = [{ path: manifestPath, updater: new PackageJson(manifestPath), version: manifest.version, where: '"version"' }];
    const own = [];
    for (const lock of ['npm-shrinkwrap.json', 'package-lock.json'])
        if (await (0,core_files/* pathExists */.s0)((0,external_node_path_.join)(dir, lock)))
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
            if (!(await (0,core_files/* pathExists */.s0)(lockFile)))
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
            throw new errors/* ReleaseError */.K2('VERSION_CONFLICT', `${f.path} ${f.where} is ${JSON.stringify(f.version)} but ${manifestPath} says ${manifest.version}.`, f.updater instanceof ReleasePleaseManifest ? `Set ${f.where} in ${f.path} to "${manifest.version}" (the version package.json holds), commit it, then release.` : `Bring the lockfile in line (npm install --package-lock-only in ${(0,external_node_path_.dirname)(f.path) || '.'}), commit it, then release.`, { location: { file: f.path } });
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
    return (0,version_updater/* planVersionEdits */.n)(root, info, (await collectNpmVersionFiles(root, packageDir)).files, next);
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
    const prev = (0,docs_replacements/* shieldsEscape */.E)(previous);
    const nxt = (0,docs_replacements/* shieldsEscape */.E)(next);
    for (const label of ['version', 'npm']) {
        pairs.push({ from: `${label}-v${prev}-`, to: `${label}-v${nxt}-` });
        pairs.push({ from: `${label}-${prev}-`, to: `${label}-${nxt}-` });
    }
    return pairs;
}
/**
 * The npm ecosystem: package.json + lockfiles. Its npm pack, clean install, npm publish and packument members
 * live in pipeline.ts, loaded by getFullAdapter.
 */
const npmAdapter = {
    name: 'npm',
    detect: detectNpm,
    readPackage: readNpmPackage,
    planVersionEdits: planNpmVersionEdits,
    docsReplacements: npmDocsReplacements,
    installCommand: (name, version) => `npm install ${name}@${version}`,
    releaseConfig: (root, packageDir, info) => readProjectReleaseConfig(root, packageDir, info.name),
    isReleaseBranch: (branch, config) => branchMatches(branch, config.branches ?? []),
};


/***/ }),

/***/ 99430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ replaceJsonString)
/* harmony export */ });
/* unused harmony export findJsonValue */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('BAD_INPUT', `${file}: "${path.join('.')}" is not a string.`, `Write "${path[path.length - 1]}" as a JSON string.`);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('BAD_INPUT', `${this.file} is not valid JSON: ${what} at line ${line}.`, `Fix ${this.file} (npm itself cannot read it either).`, { location: { file: this.file, line } });
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


/***/ }),

/***/ 32031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ shieldsEscape),
/* harmony export */   d: () => (/* binding */ pythonDocsReplacements)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81396);

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
    const normalized = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeName */ .Pc)(name);
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


/***/ }),

/***/ 81396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ assertValidPythonName),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   bY: () => (/* binding */ importName)
/* harmony export */ });
/* unused harmony export PEP508_NAME */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** A valid distribution name (PEP 508): letters, digits, `.`, `_`, `-`, starting and ending alphanumeric. */
const PEP508_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
/**
 * Refuses a project name that is not a PEP 508 name (newlines, workflow commands, shell metacharacters never
 * reach a log line, a commit, a tag or a command line). `file` names where it was read.
 */
function assertValidPythonName(name, file) {
    if (!PEP508_NAME.test(name)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('BAD_INPUT', `${file} names the project ${JSON.stringify(name)}, which is not a valid distribution name.`, 'Use a PEP 508 name: letters, digits, ".", "_" and "-", starting and ending with a letter or digit (e.g. `name = "my-package"`).', { location: { file } });
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


/***/ }),

/***/ 72684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ collectVersionSources),
  m: () => (/* binding */ pretendVersionSuffix)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/files.ts + 1 modules
var files = __webpack_require__(45383);
// EXTERNAL MODULE: ./src/ecosystems/python/ini-file.ts
var ini_file = __webpack_require__(38281);
// EXTERNAL MODULE: ./src/ecosystems/python/names.ts
var names = __webpack_require__(81396);
// EXTERNAL MODULE: ./src/ecosystems/python/pyproject.ts
var pyproject = __webpack_require__(87160);
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
function updateContent(text, version, options = {}) {
    const variable = options.variable ?? '__version__';
    const file = options.file ?? 'the version file';
    if (!/^[A-Za-z0-9.+!_-]+$/.test(version)) {
        throw new errors/* ReleaseError */.K2('BAD_VERSION', `Version "${version}" cannot be written to ${file}.`, 'Use a PEP 440 version such as 1.2.0 or 1.2.0rc1.');
    }
    const found = findVersionAssignments(text, variable);
    if (found.length === 0) {
        throw new errors/* ReleaseError */.K2('NO_VERSION', `${file} has no \`${variable} = "..."\` line to update.`, `Add \`${variable} = "x.y.z"\` at module level in ${file}.`, { location: { file } });
    }
    let after = text;
    for (const a of [...found].sort((x, y) => y.start - x.start))
        after = after.slice(0, a.start) + version + after.slice(a.end);
    return after;
}

;// CONCATENATED MODULE: ./src/ecosystems/python/version-patterns.ts

/** Escapes `text` for use inside a RegExp. */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * commitizen's `version_files` rule: on every line (or only the lines matching `lineRegex`), replace the
 * current version with the next one. Returns the text unchanged when nothing matched.
 */
function replaceOnLines(text, current, next, lineRegex) {
    const exact = new RegExp(`(?<![0-9A-Za-z.])${escapeRegExp(current)}(?![0-9A-Za-z])`, 'g');
    return text
        .split('\n')
        .map((line) => (lineRegex && !lineRegex.test(line) ? line : line.replace(exact, next)))
        .join('\n');
}
/** Whether `replaceOnLines` would change anything. */
function holdsOnLines(text, current, lineRegex) {
    return replaceOnLines(text, current, `${current}\u0000`, lineRegex) !== text;
}
/** bump-my-version / bumpversion: fills `{current_version}` / `{new_version}` and the `{now:…}`-free placeholders we know. */
function formatBumpPattern(pattern, values) {
    return pattern.replace(/\{(current_version|new_version)\}/g, (_, k) => values[k]).replace(/\\n/g, '\n');
}
/** Placeholders other than {current_version}/{new_version} (e.g. `{major}`, `{now:%Y}`), which we cannot fill. */
function unknownPlaceholders(pattern) {
    return [...pattern.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]).filter((k) => k !== 'current_version' && k !== 'new_version');
}
/**
 * bump-my-version's search/replace on one file: every occurrence of `search` (formatted with the current
 * version) becomes `replace` (formatted with both). Throws VERSION_CONFLICT when the search text is absent.
 */
function searchReplace(text, opts) {
    const values = { current_version: opts.current, new_version: opts.next };
    const search = formatBumpPattern(opts.search, values);
    if (!text.includes(search)) {
        throw new errors/* ReleaseError */.K2('VERSION_CONFLICT', `${opts.file} (named by ${opts.via}) does not contain "${search}".`, `Make ${opts.file} hold the current version ${opts.current}, or fix its search pattern in ${opts.via}.`, { location: { file: opts.file } });
    }
    return text.split(search).join(formatBumpPattern(opts.replace, values));
}
/**
 * A `NAME = "1.2.3"` / `NAME: '1.2.3'` / `"NAME": "1.2.3"` assignment in any text file (python-semantic-release's
 * `version_variables`). Returns the version of the first match, or null.
 */
function variablePattern(variable) {
    return new RegExp(`^(\\s*["']?${escapeRegExp(variable)}["']?\\s*[:=]\\s*["']?)([0-9][0-9A-Za-z.+!_-]*)`, 'm');
}
/** Reads the version assigned to `variable` in any text file, or null. */
function readVariable(text, variable) {
    return variablePattern(variable).exec(text)?.[2] ?? null;
}
/** Sets every assignment of `variable` (see variablePattern) to `next`. */
function replaceVariable(text, variable, next) {
    const re = new RegExp(variablePattern(variable).source, 'gm');
    return text.replace(re, (_m, lead) => `${lead}${next}`);
}

;// CONCATENATED MODULE: ./src/ecosystems/python/release-tools.ts






function isTable(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function strings(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' ? [v] : [];
}
function tomlKeyFile(file, key, via) {
    return {
        file,
        via,
        read: (t) => {
            const v = pyproject/* getPath */.Yn(pyproject/* parsePyproject */.OU(t, file), key);
            return typeof v === 'string' ? v : null;
        },
        update: (t, next) => pyproject/* updateContent */.le(t, next, { keys: [key], file }),
    };
}
function variableFile(file, variable, via) {
    const isPy = file.endsWith('.py');
    return {
        file,
        via,
        read: (t) => (isPy ? readVersion(t, variable) : null) ?? readVariable(t, variable),
        update: (t, next) => (isPy && readVersion(t, variable) !== null ? updateContent(t, next, { variable, file }) : replaceVariable(t, variable, next)),
    };
}
/** commitizen: `[tool.commitizen]` in pyproject.toml, `.cz.toml` or `cz.toml`. */
async function commitizen(pyDoc, read, out) {
    let cz;
    let cfgFile = 'pyproject.toml';
    const fromPy = pyDoc ? pyproject/* getPath */.Yn(pyDoc, ['tool', 'commitizen']) : undefined;
    if (isTable(fromPy))
        cz = fromPy;
    for (const f of ['.cz.toml', 'cz.toml']) {
        if (cz)
            break;
        const t = await read(f);
        const found = t === null ? undefined : pyproject/* getPath */.Yn(pyproject/* parsePyproject */.OU(t, f), ['tool', 'commitizen']);
        if (isTable(found)) {
            cz = found;
            cfgFile = f;
        }
    }
    if (!cz)
        return;
    out.tools.push('commitizen');
    const provider = typeof cz.version_provider === 'string' ? cz.version_provider : 'commitizen';
    if (provider === 'scm')
        out.vcsTool = 'commitizen (version_provider = "scm")';
    // The "commitizen" provider (the default) keeps the version in [tool.commitizen] version itself.
    if (provider === 'commitizen' && typeof cz.version === 'string')
        out.files.push(tomlKeyFile(cfgFile, ['tool', 'commitizen', 'version'], `[tool.commitizen] version in ${cfgFile}`));
    for (const entry of strings(cz.version_files)) {
        const cut = entry.indexOf(':');
        const file = cut < 0 ? entry : entry.slice(0, cut);
        let lineRegex;
        if (cut >= 0) {
            try {
                lineRegex = new RegExp(entry.slice(cut + 1));
            }
            catch {
                throw new errors/* ReleaseError */.K2('BAD_INPUT', `[tool.commitizen] version_files has "${entry}", whose pattern is not a valid regular expression.`, `Fix the entry in ${cfgFile} (format: "path" or "path:regex").`, { location: { file: cfgFile } });
            }
        }
        out.files.push({
            file,
            via: `[tool.commitizen] version_files in ${cfgFile}`,
            holds: (t, current) => holdsOnLines(t, current, lineRegex),
            update: (t, next, current) => replaceOnLines(t, current, next, lineRegex),
        });
    }
}
/** python-semantic-release: `[tool.semantic_release] version_toml` and `version_variables`. */
function semanticRelease(pyDoc, out) {
    const sr = pyDoc ? pyproject/* getPath */.Yn(pyDoc, ['tool', 'semantic_release']) : undefined;
    if (!isTable(sr))
        return;
    out.tools.push('python-semantic-release');
    for (const entry of strings(sr.version_toml)) {
        const [file, key] = entry.split(':');
        if (!file || !key)
            continue;
        out.files.push(tomlKeyFile(file, key.split('.'), `[tool.semantic_release] version_toml`));
    }
    for (const entry of strings(sr.version_variables)) {
        const [file, variable] = entry.split(':');
        if (!file || !variable)
            continue;
        out.files.push(variableFile(file, variable, `[tool.semantic_release] version_variables`));
    }
}
function bumpFile(file, search, replace, via, out) {
    const unknown = [...unknownPlaceholders(search), ...unknownPlaceholders(replace)];
    if (unknown.length) {
        out.warnings.push(`${file} (${via}) uses {${unknown.join('}, {')}} in its search/replace patterns, which release-relay does not fill; it is left unchanged.`);
        return;
    }
    out.files.push({
        file,
        via,
        holds: (t, current) => t.includes(search.split('{current_version}').join(current).replace(/\\n/g, '\n')),
        update: (t, next, current) => searchReplace(t, { search, replace, current, next, file, via }),
    });
}
/** bump-my-version / bumpversion: `[tool.bumpversion]` (pyproject.toml, .bumpversion.toml) or `[bumpversion]` (.bumpversion.cfg, setup.cfg). */
async function bumpversion(pyDoc, read, out) {
    const tomlSources = [['pyproject.toml', pyDoc]];
    const bvToml = await read('.bumpversion.toml');
    if (bvToml !== null)
        tomlSources.unshift(['.bumpversion.toml', pyproject/* parsePyproject */.OU(bvToml, '.bumpversion.toml')]);
    for (const [cfgFile, doc] of tomlSources) {
        const bv = doc ? pyproject/* getPath */.Yn(doc, ['tool', 'bumpversion']) : undefined;
        if (!isTable(bv))
            continue;
        out.tools.push('bump-my-version');
        const via = `[tool.bumpversion] in ${cfgFile}`;
        if (typeof bv.current_version === 'string')
            out.files.push(tomlKeyFile(cfgFile, ['tool', 'bumpversion', 'current_version'], `[tool.bumpversion] current_version in ${cfgFile}`));
        const search = typeof bv.search === 'string' ? bv.search : '{current_version}';
        const replace = typeof bv.replace === 'string' ? bv.replace : '{new_version}';
        for (const f of Array.isArray(bv.files) ? bv.files : []) {
            if (!isTable(f) || typeof f.filename !== 'string') {
                if (isTable(f) && typeof f.glob === 'string')
                    out.warnings.push(`${via}: the files entry with glob "${f.glob}" is not expanded by release-relay; list the files by filename.`);
                continue;
            }
            bumpFile(f.filename, typeof f.search === 'string' ? f.search : search, typeof f.replace === 'string' ? f.replace : replace, via, out);
        }
        return;
    }
    for (const cfgFile of ['.bumpversion.cfg', 'setup.cfg']) {
        const text = await read(cfgFile);
        if (text === null)
            continue;
        const ini = (0,ini_file/* parseIni */.Ay)(text);
        const current = (0,ini_file/* iniValue */.Ct)(ini, 'bumpversion', 'current_version');
        if (current === undefined)
            continue;
        out.tools.push('bumpversion');
        out.files.push({
            file: cfgFile,
            via: `[bumpversion] current_version in ${cfgFile}`,
            read: (t) => (0,ini_file/* iniValue */.Ct)((0,ini_file/* parseIni */.Ay)(t), 'bumpversion', 'current_version') ?? null,
            update: (t, next) => (0,ini_file/* setIniValue */.qC)(t, 'bumpversion', 'current_version', next),
        });
        const search = (0,ini_file/* iniValue */.Ct)(ini, 'bumpversion', 'search') ?? '{current_version}';
        const replace = (0,ini_file/* iniValue */.Ct)(ini, 'bumpversion', 'replace') ?? '{new_version}';
        for (const [section, entries] of ini) {
            const m = /^bumpversion:(?:file|glob)(?:\([^)]*\))?:(.+)$/.exec(section);
            if (!m)
                continue;
            if (section.startsWith('bumpversion:glob')) {
                out.warnings.push(`[${section}] in ${cfgFile} is a glob, which release-relay does not expand; list the files as [bumpversion:file:…].`);
                continue;
            }
            bumpFile(m[1].trim(), entries.get('search')?.value ?? search, entries.get('replace')?.value ?? replace, `[${section}] in ${cfgFile}`, out);
        }
        return;
    }
}
/**
 * Reads the release tools' own declarations of where the version lives (commitizen, python-semantic-release,
 * bump-my-version / bumpversion). Paths are relative to the package directory.
 */
async function readReleaseToolConfig(pyDoc, read) {
    const out = { files: [], tools: [], warnings: [] };
    await commitizen(pyDoc, read, out);
    semanticRelease(pyDoc, out);
    await bumpversion(pyDoc, read, out);
    for (const f of out.files)
        f.file = external_node_path_.posix.normalize(f.file.split('\\').join('/'));
    return out;
}

;// CONCATENATED MODULE: ./src/ecosystems/python/version-sources.ts










const PYPROJECT = 'pyproject.toml';
const SKIP_DIRS = new Set(['.git', '.tox', '.nox', '.venv', 'venv', 'node_modules', 'build', 'dist', '__pycache__', 'tests', 'test', 'docs', '.eggs']);
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
/** hatch's `pattern` (a Python regex with a `version` group) as a JS RegExp. */
function hatchPattern(pattern) {
    if (!pattern)
        return undefined;
    let src = pattern.replace(/\(\?P<version>/g, '(?<version>');
    let flags = 'm';
    const inline = /^\(\?([a-z]+)\)/.exec(src);
    if (inline) {
        src = src.slice(inline[0].length);
        if (inline[1].includes('i'))
            flags += 'i';
    }
    return new RegExp(src, flags);
}
function pyVariable(file, variable, via) {
    return { file, via, read: (t) => readVersion(t, variable), update: (t, next) => updateContent(t, next, { variable, file }) };
}
/** hatch's default: `__version__ = "…"` or `VERSION = "…"`; or the configured pattern. */
function hatchFile(file, via, pattern) {
    const re = hatchPattern(pattern);
    if (!re) {
        return {
            file,
            via,
            read: (t) => readVersion(t) ?? readVersion(t, 'VERSION'),
            update: (t, next) => updateContent(t, next, { variable: readVersion(t) !== null ? '__version__' : 'VERSION', file }),
        };
    }
    return {
        file,
        via: `${via} (pattern)`,
        read: (t) => re.exec(t)?.groups?.version ?? null,
        update: (t, next) => {
            const m = re.exec(t);
            const v = m?.groups?.version;
            if (!m || v === undefined)
                throw new errors/* ReleaseError */.K2('NO_VERSION', `${file} no longer matches [tool.hatch.version] pattern.`, 'Fix the pattern or the file.', { location: { file } });
            const at = m.index + m[0].indexOf(v);
            return t.slice(0, at) + next + t.slice(at + v.length);
        },
    };
}
/** A file whose whole content is the version (setuptools `file:`). */
function plainFile(file, via) {
    return {
        file,
        via,
        read: (t) => t.trim() || null,
        update: (t, next) => t.replace(new RegExp(escapeRegExp(t.trim())), next),
    };
}
const SETUP_PY_VERSION = /\bversion\s*=\s*(["'])([0-9][A-Za-z0-9.+!_-]*)\1/g;
/** setup.py's `name="…"`, a literal `version="…"` (when there is exactly one) and `use_scm_version`, read without running it. */
function readSetupPy(text) {
    const name = /\bname\s*=\s*["']([A-Za-z0-9][A-Za-z0-9._-]*)["']/.exec(text)?.[1];
    const versions = [...text.matchAll(SETUP_PY_VERSION)];
    return { name, version: versions.length === 1 ? versions[0][2] : undefined, scm: /\buse_scm_version\s*=/.test(text) || /setuptools[-_]scm/.test(text) };
}
/**
 * Gathers every place the version of the Python package in `packageDir` (relative to `root`) lives, in this
 * order: a VCS plugin (hatch-vcs, setuptools-scm, pdm-backend scm, poetry-dynamic-versioning, versioningit,
 * commitizen's scm provider), which wins and means no file is edited; then the static fields
 * (`[project] version`, `[tool.poetry] version`, setup.cfg `[metadata] version`); the file a dynamic version
 * is read from (hatch `path`, setuptools `attr:`/`file:`, pdm `file`, flit's module `__version__`); the
 * release tools' declared files (commitizen, python-semantic-release, bump-my-version / bumpversion); and a
 * literal `__version__` in the package's `__init__.py` / `__about__.py`. Nothing is written.
 */
async function collectVersionSources(root, packageDir) {
    const pkgRoot = (0,files/* resolveInside */.LI)(root, packageDir, 'package-dir');
    const read = (f) => (0,files/* readTextOrNull */.GR)((0,files/* resolveInside */.LI)(pkgRoot, f, 'a version file'));
    const pyFile = rel(packageDir, PYPROJECT);
    const text = await read(PYPROJECT);
    const cfgText = await read('setup.cfg');
    const setupPy = await read('setup.py');
    if (text === null && cfgText === null && setupPy === null) {
        throw new errors/* ReleaseError */.K2('NO_VERSION', `${pyFile} was not found.`, 'Point input "package-dir" at the directory holding pyproject.toml (or setup.cfg).', { location: { file: pyFile } });
    }
    const doc = text === null ? null : pyproject/* parsePyproject */.OU(text, pyFile);
    const config = doc ? pyproject/* readVersionConfig */.T7(doc) : undefined;
    const cfg = cfgText === null ? undefined : (0,ini_file/* parseIni */.Ay)(cfgText);
    const setupPyInfo = setupPy === null ? undefined : readSetupPy(setupPy);
    const name = config?.name ?? (cfg && (0,ini_file/* iniValue */.Ct)(cfg, 'metadata', 'name')) ?? setupPyInfo?.name;
    if (!name) {
        const where = text !== null ? pyFile : rel(packageDir, cfgText !== null ? 'setup.cfg' : 'setup.py');
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${where} has no project name.`, text !== null ? 'Add `name = "your-package"` under [project].' : 'Add `name = your-package` under [metadata] in setup.cfg.', { location: { file: where } });
    }
    (0,names/* assertValidPythonName */.CB)(name, text !== null ? pyFile : rel(packageDir, cfgText !== null ? 'setup.cfg' : 'setup.py'));
    const tools = await readReleaseToolConfig(doc, read);
    const warnings = [...tools.warnings];
    // 1. VCS: a plugin owns the version even when a placeholder (poetry-dynamic-versioning's "0.0.0") is written.
    // Without a [project] table (setup.cfg / setup.py metadata), setuptools-scm announces itself in setup.py,
    // [tool.setuptools_scm] or the build requirements.
    const requires = doc ? pyproject/* getPath */.Yn(doc, ['build-system', 'requires']) : undefined;
    const scmHinted = setupPyInfo?.scm === true ||
        (doc !== null && pyproject/* getPath */.Yn(doc, ['tool', 'setuptools_scm']) !== undefined) ||
        (Array.isArray(requires) && requires.some((r) => typeof r === 'string' && /^setuptools[-_]scm\b/i.test(r.trim())));
    const setupOnlyScm = (doc === null || pyproject/* getPath */.Yn(doc, ['project']) === undefined) && !config?.staticVersions.length && scmHinted && !(cfg && (0,ini_file/* iniValue */.Ct)(cfg, 'metadata', 'version')) && !setupPyInfo?.version;
    const vcsTool = config?.fromVcs ? config.vcsTool : tools.vcsTool ?? (setupOnlyScm ? 'setuptools-scm' : undefined);
    if (vcsTool) {
        return { name, sources: [], fromVcs: true, vcsTool, description: `from git tags (${vcsTool}); no file is edited`, warnings };
    }
    const sources = [];
    // 2. Static fields.
    for (const s of config?.staticVersions ?? []) {
        sources.push({ path: pyFile, version: s.version, kind: 'static', via: `[${s.key.slice(0, -1).join('.')}] version`, update: (t, next) => pyproject/* updateContent */.le(t, next, { keys: [s.key], file: pyFile }) });
    }
    const cfgVersion = cfg ? cfg.get('metadata')?.get('version') : undefined;
    const cfgPath = rel(packageDir, 'setup.cfg');
    let cfgDirective = {};
    if (cfgVersion) {
        const m = /^(attr|file):\s*(.+)$/.exec(cfgVersion.value);
        if (m)
            cfgDirective = { [m[1]]: m[2].split(',')[0].trim() };
        else
            sources.push({ path: cfgPath, version: cfgVersion.value, kind: 'static', via: 'setup.cfg [metadata] version', update: (t, next) => (0,ini_file/* setIniValue */.qC)(t, 'metadata', 'version', next) });
    }
    // setup.py's literal `version="…"` in a project that states its version nowhere else.
    if (setupPyInfo?.version && !config?.staticVersions.length && !cfgVersion && !config?.dynamic) {
        const setupPath = rel(packageDir, 'setup.py');
        sources.push({ path: setupPath, version: setupPyInfo.version, kind: 'static', via: 'setup.py version=', update: (t, next) => t.replace(SETUP_PY_VERSION, (_m, q) => `version=${q}${next}${q}`) });
    }
    // 3. Files the build backend reads a dynamic version from: these must hold a literal.
    const required = [];
    const hatchPatternValue = doc ? pyproject/* getPath */.Yn(doc, ['tool', 'hatch', 'version', 'pattern']) : undefined;
    for (const p of config?.versionPaths ?? []) {
        required.push(p.via.startsWith('[tool.hatch') ? hatchFile(p.path, p.via, typeof hatchPatternValue === 'string' ? hatchPatternValue : undefined) : pyVariable(p.path, '__version__', p.via));
    }
    const attrSpec = config?.attr ?? (cfgDirective.attr ? splitAttr(cfgDirective.attr, cfg ? (0,ini_file/* iniValue */.Ct)(cfg, 'options', 'package_dir') : undefined) : undefined);
    if (attrSpec) {
        const bases = attrSpec.packageDir !== undefined ? [attrSpec.packageDir] : ['src', '.'];
        const candidates = moduleFiles(attrSpec.module, bases);
        let chosen;
        for (const c of candidates)
            if ((await read(c)) !== null) {
                chosen = c;
                break;
            }
        const via = config?.attr ? '[tool.setuptools.dynamic] version.attr' : 'setup.cfg version = attr:';
        if (!chosen) {
            throw new errors/* ReleaseError */.K2('NO_VERSION', `${config?.attr ? pyFile : cfgPath} reads the version from attr "${attrSpec.module}.${attrSpec.variable}", but none of ${candidates.map((c) => rel(packageDir, c)).join(', ')} exists.`, config?.attr ? 'Fix [tool.setuptools.dynamic] version.attr, or set [tool.setuptools] package-dir.' : 'Fix `version = attr: …` under [metadata] in setup.cfg, or set package_dir under [options].', { location: { file: config?.attr ? pyFile : cfgPath } });
        }
        required.push(pyVariable(chosen, attrSpec.variable, via));
    }
    const plain = config?.versionFile ?? cfgDirective.file;
    if (plain)
        required.push(plainFile(plain, config?.versionFile ? '[tool.setuptools.dynamic] version.file' : 'setup.cfg version = file:'));
    if (config?.dynamic && config.buildBackend?.startsWith('flit_core') && required.length === 0) {
        const flitModule = doc ? pyproject/* getPath */.Yn(doc, ['tool', 'flit', 'module', 'name']) : undefined;
        const mod = typeof flitModule === 'string' ? flitModule : (0,names/* importName */.bY)(name);
        const candidates = moduleFiles(mod, ['.', 'src']);
        let chosen;
        for (const c of candidates)
            if ((await read(c)) !== null) {
                chosen = c;
                break;
            }
        if (!chosen) {
            throw new errors/* ReleaseError */.K2('NO_VERSION', `flit reads the version of ${name} from the module ${mod}, but none of ${candidates.map((c) => rel(packageDir, c)).join(', ')} exists.`, 'Set [tool.flit.module] name to the import name of your package.', { location: { file: pyFile } });
        }
        required.push(pyVariable(chosen, '__version__', 'flit (the module\'s __version__)'));
    }
    for (const r of required) {
        const path = rel(packageDir, r.file);
        const content = await read(r.file);
        const version = content === null ? null : r.read(content);
        if (version === null) {
            throw new errors/* ReleaseError */.K2('NO_VERSION', content === null ? `${path} (from ${r.via}) does not exist.` : `${path} (from ${r.via}) holds no version.`, `Add \`__version__ = "0.1.0"\` at module level in ${path} (or the version itself for a version file), or fix ${r.via}.`, { location: { file: path } });
        }
        sources.push({ path, version, via: r.via, kind: 'dynamic-file', update: (t, next) => r.update(t, next) });
    }
    // 4. The release tools' declared files.
    const followers = [];
    for (const f of tools.files) {
        const path = rel(packageDir, f.file);
        const content = await read(f.file);
        if (content === null) {
            throw new errors/* ReleaseError */.K2('NO_VERSION', `${path} (named by ${f.via}) does not exist.`, `Create it or remove it from ${f.via}.`, { location: { file: path } });
        }
        if (f.read) {
            const version = f.read(content);
            if (version === null)
                throw new errors/* ReleaseError */.K2('NO_VERSION', `${path} (named by ${f.via}) holds no version.`, `Add the version to ${path}, or fix ${f.via}.`, { location: { file: path } });
            sources.push({ path, version, via: f.via, kind: 'release-tool', update: f.update });
        }
        else {
            const holds = f.holds ?? (() => true);
            followers.push({ path, via: f.via, holds });
            sources.push({ path, via: f.via, kind: 'release-tool', update: f.update });
        }
    }
    // 5. Optional: a literal __version__ kept by hand next to the metadata (the common "two files, one value"),
    // in the package or in a single-module distribution's `<module>.py` (six: setup.py says version=six.__version__).
    const mod = (0,names/* importName */.bY)(name);
    const moduleCandidates = ['src', '.'].flatMap((base) => [...['__init__.py', '__about__.py'].map((f) => external_node_path_.posix.join(base, mod, f)), external_node_path_.posix.join(base, `${mod}.py`)]);
    for (const candidate of moduleCandidates) {
        const path = rel(packageDir, candidate);
        if (sources.some((s) => s.path === path && s.version !== undefined))
            continue;
        const content = await read(candidate);
        const version = content === null ? null : readVersion(content);
        if (version !== null)
            sources.push({ path, version, kind: 'module', via: '__version__', update: (t, next) => updateContent(t, next, { file: path }) });
    }
    const stated = sources.filter((s) => s.version !== undefined);
    if (stated.length === 0) {
        throw new errors/* ReleaseError */.K2('NO_VERSION', `No version found for ${name}: ${text !== null ? `${pyFile} has no [project] version` : cfgText !== null ? 'setup.cfg has no [metadata] version' : 'setup.py has no literal version="…"'}${config?.dynamic ? ' and its dynamic version source is not one release-relay can edit' : ''}, and no ${mod}/__init__.py or ${mod}.py sets __version__.`, 'Add `version = "0.1.0"` under [project], or configure a dynamic version ([tool.hatch.version] path, [tool.setuptools.dynamic] version.attr) or a VCS plugin (hatch-vcs, setuptools-scm).', { location: { file: text !== null ? pyFile : cfgPath } });
    }
    const distinct = [...new Set(stated.map((s) => s.version))];
    if (distinct.length > 1) {
        throw new errors/* ReleaseError */.K2('VERSION_CONFLICT', `The version of ${name} differs between files: ${stated.map((s) => `${s.path} (${s.via}) = ${s.version}`).join('; ')}.`, 'Make every file hold the same current version (the one last released), commit, and run again.', { location: { file: stated[stated.length - 1].path } });
    }
    const current = distinct[0];
    for (const f of followers) {
        const content = (await (0,files/* readTextOrNull */.GR)((0,files/* resolveInside */.LI)(root, f.path))) ?? '';
        if (!f.holds(content, current)) {
            throw new errors/* ReleaseError */.K2('VERSION_CONFLICT', `${f.path} (named by ${f.via}) does not contain the current version ${current}.`, `Put ${current} back into ${f.path} where ${f.via} expects it (it is stale), or fix the file's pattern in ${f.via}; commit, and run again.`, { location: { file: f.path } });
        }
    }
    warnings.push(...(await strayVersionLiterals(pkgRoot, packageDir, current, new Set(sources.map((s) => s.path)))));
    const first = stated[0];
    const kinds = [...new Set(sources.map((s) => s.path))];
    return { name, sources, fromVcs: false, description: `${first.via} in ${first.path}${kinds.length > 1 ? `; also ${kinds.filter((p) => p !== first.path).join(', ')}` : ''}`, warnings };
}
function splitAttr(dotted, packageDirValue) {
    const cut = dotted.lastIndexOf('.');
    if (cut <= 0)
        return undefined;
    // setup.cfg `package_dir = =src` (or on a continuation line).
    const rootDir = packageDirValue?.split('\n').map((l) => l.trim()).find((l) => l.startsWith('='))?.slice(1).trim();
    return { module: dotted.slice(0, cut), variable: dotted.slice(cut + 1), packageDir: rootDir || undefined };
}
/**
 * `__version__ = "<current>"` literals in the package's Python files that no configuration names: they would
 * stay behind at the old version. Looks under `src/` and top-level package directories, at most 400 files.
 */
async function strayVersionLiterals(pkgRoot, packageDir, current, known) {
    const found = [];
    let budget = 400;
    const walk = async (dir, relDir, depth) => {
        if (depth > 4 || budget <= 0)
            return;
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            if (budget <= 0)
                return;
            if (e.isDirectory()) {
                if (SKIP_DIRS.has(e.name) || e.name.startsWith('.') || e.name.endsWith('.egg-info'))
                    continue;
                await walk((0,external_node_path_.join)(dir, e.name), external_node_path_.posix.join(relDir, e.name), depth + 1);
            }
            else if (e.isFile() && e.name.endsWith('.py') && depth > 0) {
                budget--;
                const path = rel(packageDir, external_node_path_.posix.join(relDir, e.name));
                if (known.has(path))
                    continue;
                const t = await (0,files/* readTextOrNull */.GR)((0,external_node_path_.join)(dir, e.name));
                if (t !== null && findVersionAssignments(t).some((a) => a.value === current))
                    found.push(path);
            }
        }
    };
    await walk(pkgRoot, '.', 0);
    return found.map((p) => `${p} sets __version__ = "${current}", but no configuration names it, so it is not updated; name it in your release tool's version files or derive it with importlib.metadata.version().`);
}
/** The distribution name normalized for the setuptools-scm pretend variables (`my.pkg` → `MY_PKG`). */
function pretendVersionSuffix(name) {
    return (0,names/* normalizeName */.Pc)(name).replace(/[^A-Za-z0-9]/g, '_').toUpperCase();
}


/***/ }),

/***/ 53697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ planVersionEdits)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45383);


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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('VERSION_CONFLICT', `${path} holds the version but was not among the files read earlier (${info.versionFiles.join(', ')}).`, 'Re-run the stage on an unchanged working tree.');
        }
        const before = await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextOrNull */ .GR)((0,_core_files_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInside */ .LI)(root, path));
        if (before === null)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('NO_VERSION', `${path} disappeared while the release was being prepared.`, 'Re-run the stage on an unchanged working tree.');
        let after = before;
        for (const updater of new Set(locations.filter((l) => l.path === path).map((l) => l.updater)))
            after = updater.updateContent(after, next);
        edits.push({ path, before, after });
    }
    return edits;
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


/***/ }),

/***/ 95634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ getScheme)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(68898);
// EXTERNAL MODULE: ./src/versioning/bump.ts
var bump = __webpack_require__(94402);
;// CONCATENATED MODULE: ./src/versioning/errors.ts


/** BAD_VERSION for `v` (from `input`, the input or file it came from) that is not a valid `scheme` version. */
function badVersion(v, input, scheme, fix) {
    const where = input ? ` (from ${input})` : '';
    return new errors/* ReleaseError */.K2('BAD_VERSION', `"${v}"${where} is not a valid ${scheme} version.`, fix);
}
/** BAD_INPUT for `release` on a version that is not a pre-release. */
function notPrerelease(v) {
    return new errors/* ReleaseError */.K2('BAD_INPUT', `Input "bump" is "release", but ${v} is not a pre-release.`, 'Use "release" only to promote a pre-release (1.3.0rc2 → 1.3.0); use patch, minor or major for a final version.');
}
/** BAD_INPUT for a bump kind that is not one of BUMP_KINDS. */
function unknownKind(kind) {
    return new errors/* ReleaseError */.K2('BAD_INPUT', `Unknown bump kind "${kind}".`, `Use one of: ${bump/* BUMP_KINDS */.Zu.join(', ')}.`);
}

;// CONCATENATED MODULE: ./src/versioning/remembered.ts
/**
 * Version functions that remember their answers. The version libraries parse their arguments on every call,
 * and choosing the tag style and the last release asks about the same few hundred tags thousands of times.
 * Each map is cleared when it grows past `limit` entries, so memory stays bounded on any history.
 */
const LIMIT = 20_000;
/** `f` remembering its answers by key. */
function remembered(f, limit = LIMIT) {
    const seen = new Map();
    return (key) => {
        let r = seen.get(key);
        if (r === undefined && !seen.has(key)) {
            if (seen.size >= limit)
                seen.clear();
            r = f(key);
            seen.set(key, r);
        }
        return r;
    };
}
/** A comparison remembering its answers; `a\nb` names a pair (a string with a newline is no version: asked directly). */
function rememberedCompare(compare, limit = LIMIT) {
    const byPair = remembered((pair) => {
        const at = pair.indexOf('\n');
        return compare(pair.slice(0, at), pair.slice(at + 1));
    }, limit);
    return (a, b) => (a.includes('\n') || b.includes('\n') ? compare(a, b) : byPair(`${a}\n${b}`));
}
/**
 * A normalizer remembering the versions it accepted (an answer does not depend on `input`, which only names
 * the input in the error); a refused version is asked again, so its error names the input it came from.
 */
function rememberedNormalize(normalize, limit = LIMIT) {
    const accepted = new Map();
    return (v, input) => {
        const hit = typeof v === 'string' ? accepted.get(v) : undefined;
        if (hit !== undefined)
            return hit;
        const r = normalize(v, input);
        if (typeof v === 'string') {
            if (accepted.size >= limit)
                accepted.clear();
            accepted.set(v, r);
        }
        return r;
    };
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
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "prerelease-id" is "${id}", which PEP 440 has no pre-release for.`, `Use one of: ${Object.keys(PEP_PRE_IDS).join(', ')} (PEP 440 knows only a, b and rc).`);
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
                throw new errors/* ReleaseError */.K2('DOWNGRADE', `A "${letter}" pre-release after ${cur} would sort below it.`, `Keep the id "${p.pre[0]}" or move up (a → b → rc), or give the version explicitly with allow-downgrade.`);
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
const comparePep = rememberedCompare((a, b) => (0,pep440.compare)(a, b));
const isPepPrerelease = remembered((v) => {
    const p = pepParts(v);
    return p !== null && (p.pre !== null || p.dev !== null);
});
/** PEP 440, normalized as pip and PyPI write it; pre-release series numbered from 1. */
const PEP440 = {
    name: 'pep440',
    normalize: rememberedNormalize(pepNormalize),
    isValid(v) {
        try {
            return pepNormalize(v) === v;
        }
        catch {
            return false;
        }
    },
    compare: comparePep,
    isPrerelease: isPepPrerelease,
    bump: pepBump,
};

// EXTERNAL MODULE: ./node_modules/semver/functions/compare.js
var compare = __webpack_require__(78469);
var compare_default = /*#__PURE__*/__webpack_require__.n(compare);
// EXTERNAL MODULE: ./node_modules/semver/functions/inc.js
var inc = __webpack_require__(62338);
var inc_default = /*#__PURE__*/__webpack_require__.n(inc);
// EXTERNAL MODULE: ./node_modules/semver/functions/major.js
var major = __webpack_require__(68511);
var major_default = /*#__PURE__*/__webpack_require__.n(major);
// EXTERNAL MODULE: ./node_modules/semver/functions/minor.js
var minor = __webpack_require__(32603);
var minor_default = /*#__PURE__*/__webpack_require__.n(minor);
// EXTERNAL MODULE: ./node_modules/semver/functions/patch.js
var patch = __webpack_require__(48756);
var patch_default = /*#__PURE__*/__webpack_require__.n(patch);
// EXTERNAL MODULE: ./node_modules/semver/functions/prerelease.js
var prerelease = __webpack_require__(15714);
var prerelease_default = /*#__PURE__*/__webpack_require__.n(prerelease);
// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var valid = __webpack_require__(58780);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
;// CONCATENATED MODULE: ./src/versioning/semver.ts
// One module per function rather than the whole package: semver's index loads its ranges too (Range,
// Comparator, satisfies, …), which no release path here needs; a few ms of every start.










const semver = { compare: (compare_default()), inc: (inc_default()), major: (major_default()), minor: (minor_default()), patch: (patch_default()), prerelease: (prerelease_default()), valid: (valid_default()) };
/** One leading v/V and surrounding whitespace removed. */
function stripV(v) {
    const t = v.trim();
    return t.length > 1 && (t[0] === 'v' || t[0] === 'V') && t[1] >= '0' && t[1] <= '9' ? t.slice(1) : t;
}
function semverNormalize(v, input) {
    const s = stripV(String(v));
    // semver.valid also accepts a leading "=" and "v"; require the plain form after our own stripping.
    if (s.includes('+') && semver.valid(s) !== null) {
        throw badVersion(v, input, 'SemVer release', `Drop the build metadata "+${s.slice(s.indexOf('+') + 1)}": npm ignores it, so the published version would not match the tag.`);
    }
    if (semver.valid(s) !== s) {
        throw badVersion(v, input, 'SemVer', 'Write MAJOR.MINOR.PATCH with an optional -prerelease, e.g. 1.2.0 or 1.2.0-rc.1 (no leading zeros, three numbers).');
    }
    return s;
}
function semverPrereleaseId(id) {
    const p = (id ?? 'rc').trim();
    if (!/^[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*$/.test(p) || /^\d+$/.test(p)) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "prerelease-id" is "${p}", which is not a SemVer pre-release identifier.`, 'Use letters, digits and dashes, e.g. rc, beta, alpha, next.');
    }
    return p;
}
/** Strict SemVer 2.0.0, as npm writes versions; bumps as `npm version` does. */
const SEMVER = {
    name: 'semver',
    normalize: rememberedNormalize(semverNormalize),
    isValid: (v) => typeof v === 'string' && semver.valid(v) === v,
    compare: rememberedCompare((a, b) => semver.compare(a, b)),
    isPrerelease: remembered((v) => semver.prerelease(v) !== null),
    bump(current, kind, prereleaseId) {
        const cur = semverNormalize(current, 'the current version');
        let next;
        switch (kind) {
            case 'major':
            case 'minor':
            case 'patch':
                next = semver.inc(cur, kind);
                break;
            case 'premajor':
            case 'preminor':
            case 'prepatch':
                next = semver.inc(cur, kind, semverPrereleaseId(prereleaseId), '0');
                break;
            case 'prerelease': {
                // Without an id, a pre-release keeps its own id; a final release starts an `rc` series.
                const pre = semver.prerelease(cur);
                const ownId = pre && typeof pre[0] === 'string' ? pre[0] : undefined;
                next = semver.inc(cur, 'prerelease', semverPrereleaseId(prereleaseId ?? ownId), '0');
                break;
            }
            case 'release':
                if (semver.prerelease(cur) === null)
                    throw notPrerelease(cur);
                next = `${semver.major(cur)}.${semver.minor(cur)}.${semver.patch(cur)}`;
                break;
            default:
                throw unknownKind(kind);
        }
        if (next === null)
            throw new errors/* ReleaseError */.K2('BAD_VERSION', `Cannot apply a ${kind} bump to ${cur}.`, 'Give the version explicitly (input "version").');
        return next;
    },
};

;// CONCATENATED MODULE: ./src/versioning/scheme.ts



/** The version scheme with this name; throws BAD_INPUT naming the known names for anything else. */
function getScheme(name) {
    const scheme = SCHEMES[name];
    if (!scheme) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Unknown version scheme "${String(name)}".`, `Use one of: ${Object.keys(SCHEMES).join(', ')}.`);
    }
    return scheme;
}
const SCHEMES = { semver: SEMVER, pep440: PEP440 };


/***/ })

};

//# sourceMappingURL=906.index.js.map