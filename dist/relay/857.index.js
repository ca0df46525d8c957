export const id = 857;
export const ids = [857,129];
export const modules = {

/***/ 44453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ updateLinks),
/* harmony export */   Q5: () => (/* binding */ parseUnreleasedEntries),
/* harmony export */   nZ: () => (/* binding */ insertRelease),
/* harmony export */   xq: () => (/* binding */ mergeEntries)
/* harmony export */ });
/* unused harmony export changelogHeader */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54552);


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
        const rendered = (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSection */ .YN)(renderBase);
        const links = rendered.linkLine && renderBase.repoUrl ? `\n[Unreleased]: ${trimUrl(renderBase.repoUrl)}/compare/${input.tag}...HEAD\n${rendered.linkLine}\n` : '';
        const text = `${changelogHeader(title, scheme)}\n## [Unreleased]\n\n${rendered.markdown}${links}`;
        return { text, sectionMarkdown: rendered.markdown, entries: rendered.entries };
    }
    const eol = existing.includes('\r\n') ? '\r\n' : '\n';
    const lines = splitLines(existing);
    const hasTitle = lines.some((l) => !l.fenced && l.text.startsWith('# '));
    const h2 = lines.map((l, i) => ({ i, label: h2Label(l) })).filter((h) => h.label !== null);
    if (!hasTitle && h2.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('BAD_CHANGELOG', 'The changelog has no "# " title and no "## " sections, so there is no safe place to add the release.', 'Give it a "# Changelog" title line (Keep a Changelog format), or delete the file so that release-relay creates one.', {
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
        rendered = (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSection */ .YN)({ ...renderBase, repoUrl, extraEntries: mergeEntries(carriedEntries, parseUnreleasedEntries(block)) });
        const head = lines[unreleased.i];
        const headEnd = head.next;
        const headHasEol = headEnd > 0 && existing[headEnd - 1] === '\n';
        const restStart = blockEnd < lines.length ? lines[blockEnd].start : existing.length;
        const rest = existing.slice(restStart);
        text = existing.slice(0, headEnd) + (headHasEol ? '' : eol) + eol + withEol(rendered.markdown, eol) + (rest.length > 0 ? eol + rest : '');
    }
    else if (h2.length > 0) {
        rendered = (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSection */ .YN)({ ...renderBase, repoUrl });
        const first = h2.find((h) => isReleaseLabel(h.label)) ?? h2[0];
        const at = lines[first.i].start;
        text = existing.slice(0, at) + withEol(rendered.markdown, eol) + eol + existing.slice(at);
    }
    else {
        rendered = (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSection */ .YN)({ ...renderBase, repoUrl });
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


/***/ }),

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

/***/ 54552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ renderEntry),
/* harmony export */   YN: () => (/* binding */ renderSection),
/* harmony export */   ZE: () => (/* binding */ sectionOf),
/* harmony export */   hN: () => (/* binding */ groupSection),
/* harmony export */   yF: () => (/* binding */ namesCommit)
/* harmony export */ });
/* unused harmony exports SECTION_ORDER, HIDDEN_TYPES, MAX_NOTE_LINES, MAX_ENTRY_CHARS, MAX_SECTION_CHARS, standardHeading, linkLineFor */
/* harmony import */ var _commits_conventional_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54170);

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
    for (const c of (0,_commits_conventional_js__WEBPACK_IMPORTED_MODULE_0__/* .dropCancelledReverts */ .kS)(input.commits)) {
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


/***/ }),

/***/ 805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qZ: () => (/* binding */ changelogFormat),
  bg: () => (/* binding */ detectStyle),
  rv: () => (/* binding */ findSection),
  lz: () => (/* binding */ insertStyled),
  d$: () => (/* binding */ isKeepAChangelog)
});

// UNUSED EXPORTS: renderStyledSection

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

// EXTERNAL MODULE: ./src/changelog/insert.ts
var insert = __webpack_require__(44453);
// EXTERNAL MODULE: ./src/changelog/render.ts
var render = __webpack_require__(54552);
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
        text = (0,render/* renderEntry */.Ft)(e, repoUrl).slice(2);
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
    const { preamble, groups, entries } = (0,render/* groupSection */.hN)(input);
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
    const md = (0,render/* renderSection */.YN)(input);
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
        const fresh = input.commits.filter((c) => { const s = (0,render/* sectionOf */.ZE)(c, false); return s !== null && !(0,render/* namesCommit */.yF)(sectionText, c); });
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
        extra = subPrefix ? (0,insert/* parseUnreleasedEntries */.Q5)(block.map((l) => (l.startsWith(subPrefix) ? `### ${l.slice(subPrefix.length)}` : l))) : { '': block.filter((l) => l.trim() !== '').length ? [block.join('\n').trim()] : [] };
        extra = (0,insert/* mergeEntries */.xq)(input.carriedEntries, extra);
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
        text = (0,insert/* updateLinks */.$$)(text, eol, md.linkLine, input.repoUrl?.replace(/\/+$/, '') || style.urlBase, input.tag);
    return { text, sectionMarkdown: style.format === 'markdown' ? section.join('\n').trimEnd() + '\n' : (0,render/* renderSection */.YN)({ ...input, extraEntries: extra }).markdown, entries };
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


/***/ }),

/***/ 38338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ templateOfTag),
/* harmony export */   fp: () => (/* binding */ chooseTagStyle)
/* harmony export */ });
/* unused harmony exports TAG_STYLES, inferTagTemplate */
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
    return inferTagTemplate([{ name: tag, sha: '', date: '' }], name, scheme)?.template ?? _tags_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TAG_TEMPLATE */ .y6;
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

/***/ 30696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fe: () => (/* binding */ readCommits)
});

// UNUSED EXPORTS: logArgs, rawCommitFromFields, streamCommits

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(72642);
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
async function readCommits(git, range, options) {
    const out = [];
    await streamCommits(git, range, (c) => out.push(c), options);
    return out;
}


/***/ }),

/***/ 29129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCoverage: () => (/* binding */ checkCoverage),
/* harmony export */   parseCobertura: () => (/* binding */ parseCobertura),
/* harmony export */   parseCoverageJson: () => (/* binding */ parseCoverageJson),
/* harmony export */   parseLcov: () => (/* binding */ parseLcov),
/* harmony export */   parseThreshold: () => (/* binding */ parseThreshold),
/* harmony export */   readCoverageReport: () => (/* binding */ readCoverageReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41143);
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75824);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);



function percent(covered, total) {
    // Nothing to measure counts as fully covered, as coverage.py and lcov do.
    return total > 0 ? (covered / total) * 100 : 100;
}
function bad(source, what, hint) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('BAD_INPUT', `Coverage report ${source} ${what}.`, hint);
}
const xmlParser = new fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A({ ignoreAttributes: false, attributeNamePrefix: '@', parseAttributeValue: false, parseTagValue: false });
/** Parses a Cobertura XML report (coverage.py `coverage xml`, pytest-cov `--cov-report=xml`, jest). */
function parseCobertura(xml, file = '') {
    const source = file || '(cobertura xml)';
    const valid = fast_xml_parser__WEBPACK_IMPORTED_MODULE_3__/* .XMLValidator */ .iI.validate(xml);
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
async function readCoverageReport(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('BAD_INPUT', `Coverage report ${file} was not found.`, 'Make the test command write it (pytest --cov --cov-report=xml:FILE), or point input "coverage-report" at the file it writes.');
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
function checkCoverage(report, threshold, options = {}) {
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('BAD_INPUT', `Input "coverage-threshold" (${input}) is not a number from 0 to 100.`, 'Set coverage-threshold to a percentage such as 80, or leave it empty to skip the coverage check.');
    }
    return value;
}


/***/ }),

/***/ 73857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qualityGate: () => (/* binding */ qualityGate),
  dT: () => (/* binding */ rejectionIssueBody)
});

// UNUSED EXPORTS: decide, describeVerdict

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/combinators.ts
var combinators = __webpack_require__(54192);
// EXTERNAL MODULE: ./src/core/context.ts
var core_context = __webpack_require__(78480);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/digest.ts





/** The hex SHA-256 of a file, read as a stream (distributions can be large). */
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(path))
            hash.update(chunk);
    }
    catch (err) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Cannot read ${path} to compute its digest: ${err.message}`, 'Check that the build wrote the file and that it is readable.', { cause: err });
    }
    return hash.digest('hex');
}
/** File name, SHA-256 and size of each file, in the order given: the records the release context carries. */
async function describeArtifacts(files) {
    const records = [];
    for (const file of files) {
        const sha256 = await sha256File(file);
        const { size } = await (0,promises_.stat)(file);
        records.push({ file: (0,external_node_path_.basename)(file), sha256, size });
    }
    return records;
}

// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(72642);
// EXTERNAL MODULE: ./src/core/files.ts
var core_files = __webpack_require__(69928);
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
const HINT = 'Point input `artifact-dir` at a new directory (or one an earlier gate run created), e.g. one under $RUNNER_TEMP (the default).';
/**
 * Checks that `dir` may be (re)used as the artifact directory and claims it; nothing is deleted here.
 * `root` is the repository's top level (its `.git` and tracked paths are never used). `defaultDir`: the path
 * is the suite's default, not a user's input.
 */
async function claimArtifactDir(dir, root, git, options = {}) {
    const rel = (0,external_node_path_.relative)(root, dir);
    const inside = rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel);
    if (inside) {
        if (rel.split(external_node_path_.sep).includes('.git')) {
            throw new errors/* ReleaseError */.K2('PATH_ESCAPE', `Input "artifact-dir" (${rel}) is inside the repository's .git directory; the gate empties its artifact directory.`, HINT);
        }
        const tracked = (await git.out(['ls-files', '--', rel])).split('\n').filter(Boolean);
        if (tracked.length) {
            throw new errors/* ReleaseError */.K2('PATH_ESCAPE', `Input "artifact-dir" (${rel}) holds ${tracked.length} tracked file(s) (${tracked.slice(0, 3).join(', ')}); the gate empties its artifact directory.`, HINT);
        }
    }
    const entries = await (0,promises_.readdir)(dir).catch((err) => {
        if (err.code === 'ENOENT')
            return null;
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "artifact-dir" (${dir}) cannot be read: ${err.message}`, HINT);
    });
    if (entries === null) {
        await (0,promises_.mkdir)(dir, { recursive: true });
    }
    else {
        if (!(await (0,promises_.stat)(dir)).isDirectory())
            throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "artifact-dir" (${dir}) is a file, not a directory.`, HINT);
        // The default (`$RUNNER_TEMP/release-relay/release-<version>`) is the suite's own path by construction.
        if (entries.length && !entries.includes(ARTIFACT_DIR_MARKER) && !options.defaultDir) {
            throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "artifact-dir" (${dir}) is not empty (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}) and was not created by release-relay; the gate would empty it.`, HINT);
        }
    }
    await markArtifactDir(dir);
}
/** (Re)writes the marker: after a build tool that recreates its output directory. */
async function markArtifactDir(dir) {
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, ARTIFACT_DIR_MARKER), 'Created by release-relay quality-gate: emptied and refilled on every run.\n');
}
/** Empties a claimed artifact directory, keeping its marker. */
async function emptyArtifactDir(dir) {
    for (const entry of await (0,promises_.readdir)(dir)) {
        if (entry !== ARTIFACT_DIR_MARKER)
            await (0,promises_.rm)((0,external_node_path_.join)(dir, entry), { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/core/log.ts
var log = __webpack_require__(44325);
// EXTERNAL MODULE: ./src/changelog/tag-style.ts
var tag_style = __webpack_require__(38338);
// EXTERNAL MODULE: ./src/changelog/tags.ts
var tags = __webpack_require__(47701);
// EXTERNAL MODULE: ./src/commits/read.ts + 1 modules
var read = __webpack_require__(30696);
// EXTERNAL MODULE: ./src/commits/conventional.ts
var conventional = __webpack_require__(54170);
// EXTERNAL MODULE: ./src/changelog/locate.ts
var locate = __webpack_require__(95610);
// EXTERNAL MODULE: ./src/changelog/render.ts
var render = __webpack_require__(54552);
// EXTERNAL MODULE: ./src/changelog/styled.ts + 1 modules
var styled = __webpack_require__(805);
;// CONCATENATED MODULE: ./src/changelog/tag-notes.ts








/**
 * The release notes of a tag pushed by hand (no prepare-release before the gate): the tag's own section of
 * the project's changelog when it has one, else a section generated from the commits between the previous
 * release tag and this tag. publish-and-verify needs them for the annotated tag and the GitHub release.
 */
async function releaseNotesForTag(git, root, packageDir, o) {
    const located = await (0,locate/* locateChangelog */.v)(root, packageDir, o.changelogFile ? { path: o.changelogFile, from: 'input "changelog-file"' } : undefined);
    if (located.exists) {
        const text = await (0,promises_.readFile)((0,core_files/* resolveInside */.LI)((0,core_files/* resolveInside */.LI)(root, packageDir, 'package-dir'), located.path, 'changelog-file'), 'utf8');
        const section = (0,styled/* findSection */.rv)(text, (0,styled/* changelogFormat */.qZ)(located.path, text), o.version);
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
    const previous = parent === null ? null : await (0,tags/* findLastReleaseTag */.$l)(git, { template: o.template, name: o.name, scheme: o.scheme, rev: parent });
    const commits = (await (0,read/* readCommits */.Fe)(git, { from: previous?.sha ?? null, to: tagged })).map(conventional/* parseCommit */.L5);
    const rendered = (0,render/* renderSection */.YN)({ version: o.version, date: o.date, commits, repoUrl: o.repoUrl, previousTag: previous?.tag ?? null, tag: o.tag });
    return { section_markdown: rendered.markdown, entries: rendered.entries };
}

// EXTERNAL MODULE: ./src/ecosystems/pipeline.ts
var pipeline = __webpack_require__(80839);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(10308);
// EXTERNAL MODULE: ./src/reports/coverage.ts
var coverage = __webpack_require__(29129);
;// CONCATENATED MODULE: ./src/gate/evidence.ts



/** The manifest a gate run leaves next to its test evidence. */
const MANIFEST = 'evidence.json';
/**
 * Copies a test run's JUnit XML and coverage report into `dir` with a small manifest, so that a later gate
 * of the same commit (the reusable workflow's build job) judges the same run instead of running the suite
 * again. Files the run did not write are left out.
 */
async function saveTestEvidence(dir, evidence) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const manifest = { reportFormat: evidence.reportFormat, exitCode: evidence.exitCode };
    if (await exists(evidence.junitFile)) {
        await (0,promises_.copyFile)(evidence.junitFile, (0,external_node_path_.join)(dir, 'junit.xml'));
        manifest.junit = 'junit.xml';
    }
    if (evidence.coverageFile && (await exists(evidence.coverageFile))) {
        // The coverage parser tells formats apart by name as well as content: keep the name.
        const name = `coverage-${(0,external_node_path_.basename)(evidence.coverageFile)}`;
        await (0,promises_.copyFile)(evidence.coverageFile, (0,external_node_path_.join)(dir, name));
        manifest.coverage = name;
    }
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, MANIFEST), `${JSON.stringify(manifest)}\n`);
}
/**
 * A test "command" that hands the gate the evidence saved in `dir` as this run's reports: it copies them
 * (with Node, on any runner) to where the gate reads them and exits with the saved run's exit code, so the
 * tests check (JUnit, or the exit code alone where the run wrote no report), the coverage check and the
 * freshness rules work as for a run of the suite. Throws BAD_INPUT when `dir` holds no evidence.
 */
/** The evidence manifest in `dir`; BAD_INPUT naming input "test-evidence" when there is none. */
async function readTestEvidence(dir) {
    try {
        return JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, MANIFEST), 'utf8'));
    }
    catch {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "test-evidence" is ${dir}, which holds no test evidence (${MANIFEST}).`, 'Point it at the directory a gate run wrote with "evidence-dir" (the downloaded evidence artifact), or leave it empty to run the tests.');
    }
}
async function testEvidencePlan(dir, reportDir) {
    const manifest = await readTestEvidence(dir);
    const pairs = [];
    const junitFile = (0,external_node_path_.join)(reportDir, 'evidence-junit.xml');
    if (manifest.junit)
        pairs.push((0,external_node_path_.join)(dir, manifest.junit), junitFile);
    const coverageFile = manifest.coverage ? (0,external_node_path_.join)(reportDir, manifest.coverage) : undefined;
    if (manifest.coverage && coverageFile)
        pairs.push((0,external_node_path_.join)(dir, manifest.coverage), coverageFile);
    // A run that could not start at all left no exit code: fail rather than pass.
    const code = manifest.exitCode ?? 1;
    const script = `const fs=require('fs');const a=process.argv.slice(1);for(let i=0;i<a.length;i+=2)fs.copyFileSync(a[i],a[i+1]);process.exitCode=${Number(code) | 0};`;
    return { argv: [process.execPath, '-e', script, ...pairs], junitFile, reportFormat: manifest.reportFormat, junitOptional: !manifest.junit, coverageFile };
}
async function exists(file) {
    return (0,promises_.stat)(file).then((s) => s.isFile(), () => false);
}

;// CONCATENATED MODULE: ./src/reports/jest-json.ts


const OUTCOMES = { passed: 'passed', failed: 'failed', pending: 'skipped', skipped: 'skipped', todo: 'skipped', disabled: 'skipped', focused: 'passed' };
/**
 * Reads the test cases of Jest's `--json --outputFile` results, named `<file>::<full name>` like JUnit
 * `classname::name`. A test file that failed to run (a syntax error, a failing import) has no assertions: it
 * counts as one error named after the file. Throws BAD_INPUT when the file is not Jest's JSON.
 */
function parseJestJson(text, source = 'Jest JSON results', cwd) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${source} is not JSON: ${err.message}`, 'Make sure the test run finished writing the results (jest --json --outputFile=FILE).');
    }
    if (!Array.isArray(doc.testResults))
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${source} has no "testResults".`, 'Point the gate at the file jest --json --outputFile writes.');
    const cases = [];
    let durationMs = 0;
    for (const file of doc.testResults) {
        const name = file.name ? (cwd ? (0,external_node_path_.relative)(cwd, file.name) : file.name) : '(test file)';
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

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
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
function parseJUnitCases(xml, source = 'JUnit report') {
    const valid = fxp/* XMLValidator */.iI.validate(xml);
    if (valid !== true) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${source} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`, 'Make sure the test run finished writing the report (a killed run leaves a truncated file), and that the test command writes JUnit XML (pytest --junitxml=FILE).');
    }
    const doc = parser.parse(xml);
    const roots = children(doc, 'testsuites');
    const suites = roots.length ? roots.flatMap((r) => children(r, 'testsuite')) : children(doc, 'testsuite');
    if (!roots.length && !suites.length) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `${source} has neither <testsuites> nor <testsuite> at its root.`, 'Point the gate at a JUnit XML report (pytest --junitxml=FILE).');
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
function summarizeCases(cases, durationS) {
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
    const { cases, durationS } = parseJUnitCases(xml, source);
    return summarizeCases(cases, durationS);
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
const MAX_BUFFER = 256 * 1024;
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
async function runTests(opts) {
    const [file, ...baseArgs] = opts.command;
    if (!file)
        throw new errors/* ReleaseError */.K2('BAD_INPUT', 'Input "test-command" is empty.', 'Give the test command, e.g. "python -m pytest".');
    const timeoutBudget = Math.min(opts.timeoutRetries ?? 0, opts.retries);
    const log = [];
    let timeoutsRetried = 0;
    const runAttempt = async (signal) => {
        const previous = log[log.length - 1];
        // Only a finished attempt tells which tests failed; after a timeout the whole suite reruns.
        const rerunOnlyFailed = !!opts.rerunFailedArgs?.length && previous !== undefined && previous.cases !== undefined;
        const args = rerunOnlyFailed ? [...baseArgs, ...(opts.rerunFailedArgs ?? [])] : baseArgs;
        await (0,promises_.rm)(opts.junitFile, { force: true });
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
            if ((0,errors/* isReleaseError */.q8)(err, 'TIMEOUT')) {
                attempt.timedOut = true;
                return attempt;
            }
            throw err;
        }
        attempt.output = output;
        let xml;
        try {
            xml = await (0,promises_.readFile)(opts.junitFile, 'utf8');
        }
        catch {
            if (opts.junitOptional) {
                attempt.noReport = true;
                attempt.durationS = (Date.now() - started) / 1000;
                return attempt;
            }
            throw new errors/* ReleaseError */.K2('COMMAND_FAILED', `The test command (${file} ${args.join(' ')}) exited with ${attempt.exitCode} and wrote no JUnit report at ${opts.junitFile}:\n${tail(output, 15)}`, `Make the test command write JUnit XML to that file (pytest --junitxml=${opts.junitFile}), and fix the error above.`);
        }
        const parsed = opts.reportFormat === 'jest-json' ? parseJestJson(xml, `Jest results ${opts.junitFile}`, opts.cwd) : parseJUnitCases(xml, `JUnit report ${opts.junitFile}`);
        attempt.cases = parsed.cases;
        attempt.durationS = parsed.durationS;
        return attempt;
    };
    const oneAttempt = async (_input, ctx) => {
        let running;
        const bounded = (0,combinators/* timeout */.wR)(async (_i, inner) => {
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
            throw new errors/* ReleaseError */.K2('TIMEOUT', 'The test run was aborted', 'Raise the timeout of the step that runs the gate.');
        }
        const failed = attempt.cases?.filter((c) => c.outcome === 'failed' || c.outcome === 'error').map((c) => c.name) ?? [];
        if (failed.length)
            throw new TestsFailedSignal(failed);
        // No report: the exit code is the only evidence, and a failing run is retried whole.
        if (attempt.noReport && attempt.exitCode !== 0)
            throw new TestsFailedSignal([]);
        return attempt;
    };
    const ctx = (0,combinators/* createStepContext */.YC)('quality-gate', opts.logger);
    ctx.signal = opts.signal;
    ctx.startTimer = opts.startTimer;
    const withRetries = (0,combinators/* retry */.L5)(oneAttempt, {
        attempts: opts.retries + 1,
        baseDelayMs: opts.retryDelayMs ?? 1000,
        backoff: 'constant',
        jitter: 0,
        isTransient: (err) => {
            if (err instanceof TestsFailedSignal)
                return true;
            if ((0,errors/* isReleaseError */.q8)(err, 'TIMEOUT') && !opts.signal?.aborted && timeoutsRetried < timeoutBudget) {
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
        const expected = err instanceof TestsFailedSignal || ((0,errors/* isReleaseError */.q8)(err, 'TIMEOUT') && !opts.signal?.aborted);
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

// EXTERNAL MODULE: ./src/versioning/scheme.ts + 3 modules
var versioning_scheme = __webpack_require__(4418);
// EXTERNAL MODULE: ./src/github/repository.ts
var repository = __webpack_require__(90651);
;// CONCATENATED MODULE: ./src/stages/quality-gate.ts






















/** Derives a context for a tag-triggered run from the tag and the version file; refuses if they disagree. */
async function contextFromTag(o, root, git) {
    const packageDir = o.packageDir ?? '.';
    const adapter = await (0,pipeline/* getFullAdapter */.x)((0,core_files/* resolveInside */.LI)(root, packageDir, 'package-dir'), o.ecosystem ?? 'auto');
    const info = await adapter.readPackage(root, packageDir);
    const scheme = (0,versioning_scheme/* getScheme */.m)(info.scheme);
    const config = o.tagTemplate === undefined && adapter.releaseConfig ? await adapter.releaseConfig(root, packageDir, info) : null;
    const rawTag = (o.tag ?? o.runner?.ref ?? '').replace(/^refs\/tags\//, '');
    if (!rawTag)
        throw new errors/* ReleaseError */.K2('BAD_CONTEXT', 'There is no release context and no tag to derive one from.', 'Pass `context` from prepare-release, or run on a tag push (refs/tags/v1.2.3) or set `tag`.');
    // Without a template: the release tooling's tag format, else the pushed tag's own style (v1.2.3, 1.2.3, name-1.2.3, name@1.2.3).
    const template = o.tagTemplate ?? config?.tagTemplate ?? (0,tag_style/* templateOfTag */.GF)(rawTag, info.name, scheme);
    const tagVersion = (0,tags/* parseTag */.ED)(template, rawTag, info.name);
    if (tagVersion === null)
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Tag "${rawTag}" does not match tag-template "${template}".`, 'Push a tag that matches the template, or set tag-template.');
    const version = scheme.normalize(tagVersion, 'tag');
    // A version derived from git tags has no file to compare with: the tag is the version.
    const fileVersion = info.versionFromVcs ? version : scheme.normalize(info.version, 'version file');
    if (scheme.compare(version, fileVersion) !== 0) {
        throw new errors/* ReleaseError */.K2('CONTEXT_MISMATCH', `Tag ${rawTag} says ${version} but ${info.versionFiles.join(', ')} says ${fileVersion}.`, 'Tag the commit whose version files carry that version (run prepare-release first), or fix the tag.');
    }
    const sha = await git.head();
    const slug = (0,repository/* repoFromSlug */.u)(o.runner?.repository) ?? (0,repository/* repoFromRemoteUrl */.A)(await git.remoteUrl('origin'));
    const context = (0,core_context/* newContext */.CA)({
        repository: { owner: slug?.owner ?? '', name: slug?.name ?? '', ref: `refs/tags/${rawTag}`, sha },
        package: { ecosystem: adapter.name, name: info.name, dir: packageDir, version_files: info.versionFiles, ...(info.versionSource ? { version_source: info.versionSource } : {}) },
    });
    context.version = { previous: '', next: version, scheme: scheme.name, bump: 'tag', reason: `tag ${rawTag} was pushed`, released: true, tag: (0,tags/* formatTag */._3)(template, { version, name: info.name }) };
    // publish-and-verify writes these notes into the annotated tag and the GitHub release.
    const repoUrl = slug ? `${(o.runner?.serverUrl ?? 'https://github.com').replace(/\/+$/, '')}/${slug.owner}/${slug.name}` : undefined;
    context.changelog = await releaseNotesForTag(git, root, packageDir, { tag: rawTag, version, template, name: info.name, scheme, repoUrl, date: new Date().toISOString().slice(0, 10) });
    return { context, adapter, info };
}
/** Renders the rejection issue's body: each failed check with its evidence. */
function rejectionIssueBody(ctx, failed) {
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
async function qualityGate(options, deps = {}) {
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
        await (0,promises_.rm)(g.reportDir, { recursive: true, force: true });
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
    const run = deps.exec ?? exec/* exec */.m0;
    const logger = deps.logger ?? log/* silentLogger */.qq;
    const sctx = (0,combinators/* createStepContext */.YC)('quality-gate', logger);
    const env = { exec: run, logger, tools: options.tools ?? {}, runner: options.runner };
    const cwd = (0,external_node_path_.resolve)(options.cwd ?? process.cwd());
    const git = new git_git.Git(cwd, run);
    const loaded = await (0,combinators/* instrumented */.RC)('load context', async () => {
        const root = await git.topLevel();
        if (options.context) {
            const context = structuredClone(options.context);
            const adapter = await (0,pipeline/* getFullAdapter */.x)((0,core_files/* resolveInside */.LI)(root, context.package.dir, 'package-dir'), context.package.ecosystem);
            const info = await adapter.readPackage(root, context.package.dir);
            const scheme = (0,versioning_scheme/* getScheme */.m)(info.scheme);
            const next = context.version?.next ?? '';
            if (!context.version?.released)
                throw new errors/* ReleaseError */.K2('NOT_APPROVED', 'The release context says nothing was released, so there is nothing to gate.', 'Skip the gate when prepare-release outputs released=false.');
            if (!info.versionFromVcs && scheme.compare(scheme.normalize(info.version, 'version file'), next) !== 0) {
                throw new errors/* ReleaseError */.K2('CONTEXT_MISMATCH', `The context is for version ${next} but ${info.versionFiles.join(', ')} says ${info.version}.`, 'Check out the release commit (release_commit.sha from prepare-release) before the gate.');
            }
            const head = await git.head();
            if (context.release_commit?.sha && context.release_commit.sha !== head && !context.dry_run) {
                throw new errors/* ReleaseError */.K2('CONTEXT_MISMATCH', `The context's release commit is ${context.release_commit.sha.slice(0, 7)} but HEAD is ${head.slice(0, 7)}.`, 'Check out the release commit (ref: the commit-sha output of prepare-release).');
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
    const packageDir = (0,core_files/* resolveInside */.LI)(root, context.package.dir, 'package-dir');
    const artifactName = `release-${version}`;
    const artifactDir = options.artifactDir ? (0,external_node_path_.resolve)(cwd, options.artifactDir) : (0,external_node_path_.join)(options.runner?.tempDir || (0,external_node_os_.tmpdir)(), 'release-relay', artifactName);
    // The build empties the artifact dir first: one that is (or contains) the repository would delete it.
    const holds = (dir) => {
        const rel = (0,external_node_path_.relative)(artifactDir, dir);
        return rel === '' || !(rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel));
    };
    if (holds(root) || holds(packageDir)) {
        throw new errors/* ReleaseError */.K2('BAD_INPUT', `Input "artifact-dir" (${options.artifactDir}) holds the working tree (${root}); the gate empties it before building.`, 'Use a directory of its own, e.g. dist-release or one under $RUNNER_TEMP (the default).');
    }
    // Before any work: the artifact dir must be one the gate may empty, report paths must stay contained.
    // Evidence that is not there fails before the artifact dir is claimed (nothing written).
    if (options.testEvidence)
        await readTestEvidence(options.testEvidence);
    await claimArtifactDir(artifactDir, root, git, { defaultDir: options.artifactDir === undefined });
    const writable = [root, cwd, options.runner?.tempDir || (0,external_node_os_.tmpdir)()];
    if (options.junitFile !== undefined)
        (0,core_files/* resolveContained */.mi)(packageDir, options.junitFile, 'junit-file', writable);
    if (options.coverageReport !== undefined)
        (0,core_files/* resolveContained */.mi)(packageDir, options.coverageReport, 'coverage-report', writable);
    const reportDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relay-reports-'));
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
        ? { argv: o.testCommand, junitFile: (0,external_node_path_.resolve)(g.packageDir, o.junitFile ?? 'junit.xml'), junitOptional: g.adapter.testsByExitCode === true, coverageFile: o.coverageReport ? (0,external_node_path_.resolve)(g.packageDir, o.coverageReport) : undefined, rerunFailedArgs: undefined, env: undefined }
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
    await (0,combinators/* instrumented */.RC)('install dependencies', async () => g.logger.info(`installed dependencies: ${await install(g.env, { root: g.root, packageDir: g.packageDir })}`))(undefined, g.sctx);
}
/** Step 2: the tests, with timeout and retries of the failed ones; counts from the JUnit report. */
async function checkTests(g, plan) {
    const o = g.options;
    const tests = await (0,combinators/* instrumented */.RC)('run tests', async (_, c) => runTests({ command: plan.argv, cwd: g.packageDir, junitFile: plan.junitFile, reportFormat: plan.reportFormat, junitOptional: plan.junitOptional, timeoutMs: o.testTimeoutMs ?? 20 * 60_000, retries: o.testRetries ?? 1, rerunFailedArgs: plan.rerunFailedArgs, env: plan.env, exec: g.run, logger: g.logger, signal: c.signal }), { failed: (t) => t.timedOut || t.exitCode !== 0 || t.report.failed + t.report.errors > 0 })(undefined, g.sctx).catch((err) => ({ error: err }));
    if ('error' in tests)
        return { name: 'tests', ok: false, detail: (0,errors/* describeError */.Uc)(tests.error) };
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
    return (0,combinators/* instrumented */.RC)('check coverage', async () => {
        if (!file)
            return { name: 'coverage', ok: false, detail: `A coverage threshold of ${threshold}% is set but the test command writes no coverage report. ${plan.coverageMissingHint ?? 'With a custom test-command the gate does not know where the report is: set input "coverage-report" to the Cobertura XML, coverage.py JSON or LCOV file the command writes (e.g. coverage-report: coverage.xml with pytest --cov-report=xml).'}` };
        try {
            const written = await (0,promises_.stat)(file).then((st) => st.mtimeMs, () => undefined);
            // 2 s of slack for filesystems with coarse timestamps.
            if (written !== undefined && written < testsStartedMs - 2000) {
                return { name: 'coverage', ok: false, detail: `The coverage report ${file} was not written by this test run (last modified ${new Date(written).toISOString()}, before the tests started); make the test command write it.` };
            }
            const report = await (0,coverage.readCoverageReport)(file);
            const verdict = (0,coverage.checkCoverage)(report, threshold, { branches: g.options.coverageBranches });
            g.gate.coverage = { percent: report.linePercent, threshold, branch_percent: report.branchPercent, report: file, format: report.format };
            return { name: 'coverage', ok: verdict.ok, detail: verdict.detail };
        }
        catch (err) {
            return { name: 'coverage', ok: false, detail: `No usable coverage report at ${file}: ${(0,errors/* describeError */.Uc)(err)}` };
        }
    }, FAILED_CHECK)(undefined, g.sctx);
}
/** A step that returns a failed check is a failed step in the timeline (the summary's step table). */
const FAILED_CHECK = { failed: (c) => !c.ok };
/** Step 4: the optional integration test command. */
async function checkIntegrationTests(g, argv) {
    const limit = g.options.integrationTimeoutMs ?? 30 * 60_000;
    return (0,combinators/* instrumented */.RC)('run integration tests', async (_, c) => {
        const r = await g.run(argv[0], argv.slice(1), { cwd: g.packageDir, check: false, timeoutMs: limit, signal: c.signal }).catch((err) => ({ code: -1, stdout: '', stderr: (0,errors/* describeError */.Uc)(err), timedOut: (0,errors/* isReleaseError */.q8)(err, 'TIMEOUT') }));
        const why = 'timedOut' in r && r.timedOut ? `timed out after ${(0,http/* formatMs */._V)(limit)} (killed with its process group; input integration-timeout)` : `exit ${r.code}`;
        return { name: 'integration tests', ok: r.code === 0, detail: r.code === 0 ? 'passed' : `${why}\n${(r.stderr || r.stdout).split('\n').slice(-20).join('\n')}` };
    }, FAILED_CHECK)(undefined, g.sctx);
}
/** Step 5: build once into the artifact dir and record the digests. */
async function buildDistributions(g) {
    const built = await (0,combinators/* instrumented */.RC)('build distributions', async () => {
        await emptyArtifactDir(g.artifactDir);
        // A build tool may recreate its output directory: the marker goes back in either way.
        return g.adapter.build(g.env, { packageDir: g.packageDir, outDir: g.artifactDir, isolated: g.options.isolatedBuild ?? true, tool: g.options.buildTool, info: g.info, version: g.version }).finally(() => markArtifactDir(g.artifactDir).catch(() => undefined));
    })(undefined, g.sctx).catch((err) => ({ error: err }));
    if ('error' in built)
        return { check: { name: 'build', ok: false, detail: (0,errors/* describeError */.Uc)(built.error) } };
    g.context.artifacts = await describeArtifacts(built);
    return { check: { name: 'build', ok: true, detail: g.context.artifacts.map((a) => `${a.file} ${a.sha256}`).join('\n') }, files: built };
}
/** Step 6: install the built files into a clean environment, import, run the README examples and smoke command. */
async function checkCleanInstall(g, files) {
    const o = g.options;
    return (0,combinators/* instrumented */.RC)('clean install check', async () => {
        // README.md's examples run; a project without one (README.rst, none) has no Markdown examples to run.
        const readmeMd = (0,external_node_path_.join)(g.packageDir, 'README.md');
        const readme = o.readmeExamples === false || !(await (0,core_files/* pathExists */.s0)(readmeMd)) ? undefined : readmeMd;
        const result = await g.adapter.installCheck(g.env, { files, info: g.info, version: g.version, readmeFile: readme, exampleTags: o.exampleTags, smokeCommand: o.smokeCommand, installArgs: o.installArgs });
        g.gate.install_check = { ok: result.ok, python: result.runtime, log_excerpt: result.logExcerpt, examples_run: result.examplesRun };
        if (result.importNames?.length)
            g.context.package.import_names = result.importNames;
        // Annotations want repository-relative paths.
        if (result.failedExample)
            g.logger.warning(`README example failed: ${result.failedExample.error}`, { file: (0,external_node_path_.relative)(g.root, (0,external_node_path_.resolve)(g.packageDir, result.failedExample.file)), line: result.failedExample.line });
        return { name: 'clean install', ok: result.ok, detail: result.ok ? `installed and imported; ${result.examplesRun} README example(s) ran` : `${result.reason ?? 'failed'}\n${result.logExcerpt ?? ''}` };
    }, FAILED_CHECK)(undefined, g.sctx);
}
/** Step 7: the commit's other CI checks (skipped with require-ci: false). */
async function checkCi(g) {
    const o = g.options;
    if (!(o.requireCi ?? o.github !== undefined))
        return { name: 'ci', ok: true, skipped: true, detail: 'require-ci: false' };
    return (0,combinators/* instrumented */.RC)('wait for CI checks', async () => {
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
        return { name: 'ci', ok, detail: ok ? `${ci.checks.length} check(s) passed` : ci.state === 'timeout' ? `CI did not finish within ci-timeout (${(0,http/* formatMs */._V)(o.ciTimeoutMs ?? 30 * 60_000)}); ${ci.error ? `GitHub did not answer: ${ci.error}` : failing.length ? `pending: ${failing.map((c) => c.name).join(', ')}` : 'no check reported complete'}` : failing.map((c) => `${c.name}: ${c.state}${c.url ? ` ${c.url}` : ''}`).join('\n') };
    }, FAILED_CHECK)(undefined, g.sctx);
}
/** Step 8 (on rejection): open or update the one blocking issue; a failure to do so only warns. */
async function openRejectionIssue(g, failed) {
    const gh = g.options.github;
    if (!gh || !(g.options.openIssue ?? true))
        return;
    await (0,combinators/* instrumented */.RC)('open rejection issue', async () => {
        const { upsertBlockingIssue } = await __webpack_require__.e(/* import() */ 39).then(__webpack_require__.bind(__webpack_require__, 65039));
        const issue = await upsertBlockingIssue(gh.client, { owner: gh.owner, repo: gh.repo, version: g.version, title: `Release ${g.version} blocked by the quality gate`, body: rejectionIssueBody(g.context, failed) });
        g.gate.issue_url = issue.url;
    })(undefined, g.sctx).catch((err) => g.logger.warning(`Could not open the rejection issue: ${(0,errors/* describeError */.Uc)(err)}`));
}
/** Step 9: the approved context beside the distributions, the context file, and the result. */
async function finishGate(g, verdict, checks) {
    if (verdict.approved) {
        await (0,promises_.mkdir)(g.artifactDir, { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(g.artifactDir, 'release-context.json'), (0,core_context/* serializeContext */.yi)(g.context));
    }
    if (g.options.contextFile)
        await (0,core_context/* saveContext */.tn)(g.options.contextFile, g.context);
    const decision = describeVerdict(verdict, checks, { name: g.context.package.name, version: g.version, files: g.context.artifacts?.length ?? 0 });
    return { context: g.context, approved: verdict.approved, decision, artifactDir: g.artifactDir, artifactName: g.gate.artifact_name };
}


/***/ })

};

//# sourceMappingURL=857.index.js.map