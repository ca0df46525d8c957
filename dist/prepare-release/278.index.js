export const id = 278;
export const ids = [278];
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
    const { preamble, groups, entries, rendered } = groupSection(input, (e) => renderEntry(e, repoUrl));
    const heading = input.version === 'Unreleased' ? '## [Unreleased]' : `## [${input.version}] - ${input.date}`;
    const parts = [heading];
    if (preamble.length > 0)
        parts.push(preamble.join('\n'));
    for (const [name, list] of groups)
        parts.push(`### ${name}`, list.map((e) => (typeof e === 'string' ? e : (rendered.get(e) ?? renderEntry(e, repoUrl)))).join('\n'));
    if (parts.length === 1 && input.version !== 'Unreleased')
        parts.push('No notable changes.');
    const markdown = parts.join('\n\n') + '\n';
    const linkLine = linkLineFor(input.version, input.tag, input.previousTag, repoUrl);
    return linkLine === undefined ? { markdown, entries } : { markdown, entries, linkLine };
}
/**
 * Groups hand-written entries and commits under their headings (see renderSection for the rules). `render`
 * is how the caller writes one commit's entry: the size budget is measured on exactly that text.
 */
function groupSection(input, render = (c) => renderEntry(c)) {
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
    const rendered = capGroups(groups, render);
    return { preamble, groups, entries, rendered };
}
/**
 * Past the size budget (MAX_SECTION_CHARS, the release notes must fit job outputs and GitHub's release
 * body), each group keeps the entries that fit and says how many it left out. Sizes are measured on the
 * entries as `render` writes them (links included), each rendered once: returns those texts.
 */
function capGroups(groups, render) {
    const rendered = new Map();
    let budget = MAX_SECTION_CHARS - 400;
    for (const group of groups) {
        const list = group[1];
        // The group's heading and the blank lines around it.
        budget -= group[0].length + 8;
        let kept = 0;
        for (; kept < list.length; kept++) {
            const e = list[kept];
            let text;
            if (typeof e === 'string')
                text = e;
            else {
                text = render(e);
                rendered.set(e, text);
            }
            const size = text.length + 1;
            if (budget - size <= 0)
                break;
            budget -= size;
        }
        if (kept < list.length) {
            group[1] = [...list.slice(0, kept), `- … and ${list.length - kept} more (left out to keep the release notes under ${MAX_SECTION_CHARS / 1000} kB; see the git log)`];
            budget -= 120;
        }
    }
    return rendered;
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



/** A group label line: `Features:`, `Bug fixes:`, `**Bugfixes**`, `**Breaking changes:**`. */
const LABEL_RE = /^(\*\*)?([A-Z][A-Za-z ,/&'-]{1,38}?)(:?)(\*\*)?(:?)\s*$/;
/** The file's label lines in release sections: each stands alone after a blank line, before a blank line or a bullet. */
function findLabels(body) {
    const out = [];
    body.forEach((l, i) => {
        const m = LABEL_RE.exec(l);
        if (!m || (i > 0 && body[i - 1].trim() !== ''))
            return;
        const bold = m[1] !== undefined && m[4] !== undefined;
        const colon = m[3] || m[5];
        if (!bold && !colon)
            return;
        if ((m[1] === undefined) !== (m[4] === undefined))
            return;
        const next = body[i + 1];
        if (next === undefined || !(next.trim() === '' || /^\s*[-*+] /.test(next)))
            return;
        out.push({ before: m[1] ?? '', after: `${m[3]}${m[4] ?? ''}${m[5]}`, blankAfter: next.trim() === '', name: m[2].trim() });
    });
    return out;
}
/** The words projects use for each group, tried against the file's own labels and sub-headings. */
const GROUP_WORDS = {
    'Breaking Changes': /breaking|incompatible/i,
    Added: /^(new )?features?$|^enhancements?$|^additions?$|^new$/i,
    Changed: /^(changes|improvements?)$/i,
    Deprecated: /deprecat/i,
    Removed: /^removals?$|^removed$/i,
    Fixed: /^bug ?fix(es)?$|^fix(es)?$|^bugs?( fixed)?$/i,
    Security: /security/i,
    Dependencies: /dependenc/i,
    Other: /^other( changes)?$|^misc(ellaneous)?$|^maintenance$|^internal( changes)?$/i,
};
/** A group's name in the file's own words (`Fixed` → `Bug fixes` when the file says so), else the name. */
function groupName(name, own) {
    const words = GROUP_WORDS[name];
    return (words && own.find((o) => words.test(o))) ?? name;
}
const VERSION_RE = /(?<![\w.])v?(\d+\.\d+(?:\.\d+)*(?:(?:a|b|rc|\.?dev|\.?post|-[0-9A-Za-z][0-9A-Za-z.]*)\d*)?)(?![\w])/;
const RST_ADORN = '=-~^"\'*+#:._`';
/** A Markdown setext underline (`===` for level 1, `---` for level 2), or null. */
function setextLevel(line) {
    const m = line === undefined ? null : /^ {0,3}(=+|-+)[ \t]*$/.exec(line);
    if (!m || m[1].length < 3)
        return null;
    return m[1][0] === '=' ? 1 : 2;
}
/**
 * ATX (`## 1.2.3`) and setext headings (a one-line paragraph over `===` or `---`, as requests' and
 * Express's HISTORY.md write them). A `---` after a list item or a blank line is a rule, not an underline.
 */
function mdHeadings(lines) {
    const out = [];
    let fenced = false;
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        if (/^ {0,3}(```|~~~)/.test(l))
            fenced = !fenced;
        if (fenced)
            continue;
        const m = /^(#{1,6}) +(.*?)[ #]*$/.exec(l);
        if (m) {
            out.push({ start: i, bodyStart: i + 1, level: m[1].length, text: m[2].trim() });
            continue;
        }
        const level = setextLevel(lines[i + 1]);
        const paragraphStart = i === 0 || lines[i - 1].trim() === '' || setextLevel(lines[i - 1]) !== null;
        const plainText = l.trim() !== '' && !/^ {4}/.test(l) && !/^\s*([-*+]|\d+[.)])(\s|$)|^\s*[>|<]/.test(l) && setextLevel(l) === null;
        if (level !== null && paragraphStart && plainText) {
            out.push({ start: i, bodyStart: i + 2, level, text: l.trim(), adornment: { char: level === 1 ? '=' : '-', overline: false } });
            i++;
        }
    }
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
    // Underlined headings read the same in both; without an extension only `#` headings make it Markdown.
    if (text !== null && rstHeadings(text.split(/\r?\n/)).some((h) => headingVersion(h.text) !== null) && !mdHeadings(text.split(/\r?\n/)).some((h) => !h.adornment && headingVersion(h.text) !== null))
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
        if (lineDate && firstText.trim().length <= lineDate.found.length + 24 && !/^\s*[-*+] /.test(firstText))
            dateLine = firstText.trim().replace(lineDate.found, '{date}');
        else
            lineDate = null;
    }
    // The bullet with its indent (Express's HISTORY.md writes `  * `).
    const bulletLine = body.find((l) => /^ {0,3}[-*+]\s+\S/.test(l));
    const bullet = bulletLine ? /^ {0,3}[-*+]\s+/.exec(bulletLine)[0] : '- ';
    let sub = null;
    for (const r of releases.slice(0, 3)) {
        const e = sectionEnd(hs, r, lines, footer);
        const s = hs.find((x) => x.start > r.start && x.start < e && x.level > r.level);
        if (s) {
            sub = { level: s.level, adornment: s.adornment };
            break;
        }
    }
    // The sub-headings the file uses (`Features`, `Bug Fixes`), so new sections speak its words.
    if (sub) {
        const level = sub.level;
        const names = releases.slice(0, 5).flatMap((r) => hs.filter((x) => x.start > r.start && x.start < sectionEnd(hs, r, lines, footer) && x.level === level).map((x) => x.text));
        sub.names = [...new Set(names)];
    }
    const style = { format, template, level: h.level, date: date ?? lineDate, dateLine, bullet, sub };
    if (!sub) {
        const labels = releases.slice(0, 5).flatMap((r) => findLabels(lines.slice(r.bodyStart, sectionEnd(hs, r, lines, footer))));
        if (labels.length > 0)
            style.label = { before: labels[0].before, after: labels[0].after, blankAfter: labels[0].blankAfter, names: [...new Set(labels.map((l) => l.name))] };
    }
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
    // Setext headings (Markdown with an underline) are underlined to the text's width, as rst ones.
    if (format === 'markdown' && !adornment)
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
    const { preamble, groups: standard, entries, rendered } = (0,render/* groupSection */.hN)(input, (e) => entryText(e, style, repoUrl));
    // Groups in the file's words; a hand-written `Features` group and the generated `Added` one become one.
    const words = style.sub?.names ?? style.label?.names ?? [];
    const groups = new Map();
    for (const [name, list] of standard) {
        const shown = groupName(name, words);
        const merged = [...(groups.get(shown) ?? []), ...list];
        // Hand-written entries (text) before the generated ones, as in every other group.
        groups.set(shown, [...merged.filter((e) => typeof e === 'string'), ...merged.filter((e) => typeof e !== 'string')]);
    }
    for (const p of preamble)
        out.push(p, '');
    for (const [name, list] of groups) {
        if (style.sub)
            out.push(...headingLines(name, style.sub.level, style.format, style.sub.adornment), '');
        else if (style.label)
            out.push(`${style.label.before}${name}${style.label.after}`, ...(style.label.blankAfter ? [''] : []));
        for (const e of list)
            out.push(typeof e === 'string' ? entryText(e, style, repoUrl) : (rendered.get(e) ?? entryText(e, style, repoUrl)));
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

/***/ 38193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ writeRelease)
/* harmony export */ });
/* harmony import */ var _styled_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(805);
/* harmony import */ var _insert_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44453);


/** The style of a new or heading-less reStructuredText changelog: `1.2.3 (2024-01-01)` over dashes. */
const RST_DEFAULT = { format: 'rst', template: '{version} ({date})', level: 2, adornment: { char: '-', overline: false }, date: null, dateLine: null, bullet: '- ', sub: null };
/**
 * Puts a release into the changelog at `path` (its text, or null when there is none yet) in the file's own
 * format and style: Keep a Changelog files and new Markdown files through insertRelease, other Markdown
 * heading styles and reStructuredText through insertStyled. A new .rst file gets a `Changelog` title.
 */
function writeRelease(path, existing, input) {
    const format = (0,_styled_js__WEBPACK_IMPORTED_MODULE_0__/* .changelogFormat */ .qZ)(path, existing);
    if (format === 'markdown') {
        const style = existing === null ? null : (0,_styled_js__WEBPACK_IMPORTED_MODULE_0__/* .detectStyle */ .bg)(existing, format);
        if (existing === null || style === null || (0,_styled_js__WEBPACK_IMPORTED_MODULE_0__/* .isKeepAChangelog */ .d$)(style))
            return { ...(0,_insert_js__WEBPACK_IMPORTED_MODULE_1__/* .insertRelease */ .nZ)(existing, input), style: 'Keep a Changelog' };
        const heading = style.adornment ? `"${style.template}" underlined with ${style.adornment.char}` : `"${'#'.repeat(style.level)} ${style.template}"`;
        return { ...(0,_styled_js__WEBPACK_IMPORTED_MODULE_0__/* .insertStyled */ .lz)(existing, style, input), style: `Markdown ${heading}` };
    }
    const text = existing === null || existing.trim() === '' ? 'Changelog\n=========\n' : existing;
    const style = (0,_styled_js__WEBPACK_IMPORTED_MODULE_0__/* .detectStyle */ .bg)(text, 'rst') ?? RST_DEFAULT;
    return { ...(0,_styled_js__WEBPACK_IMPORTED_MODULE_0__/* .insertStyled */ .lz)(text, style, input), style: `reStructuredText "${style.template}" underlined with ${style.adornment?.char ?? '-'}` };
}


/***/ }),

/***/ 45383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ct: () => (/* binding */ applyEdits),
  OA: () => (/* binding */ describeEdit),
  UO: () => (/* binding */ isWithin),
  s0: () => (/* binding */ pathExists),
  GR: () => (/* binding */ readTextOrNull),
  mi: () => (/* binding */ resolveContained),
  LI: () => (/* binding */ resolveInside)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/line-diff.ts
/**
 * The changed regions between two lists of lines, in order: a shortest edit script (Myers' O(ND) greedy
 * algorithm), so two distant edits of a long file (a section at the top of a changelog, a link at the
 * bottom) come out as two small hunks, not one that spans the file. `maxEdits` bounds the work: past it the
 * middle is reported as one replaced region.
 */
function diffLines(before, after, maxEdits = 4000) {
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start])
        start++;
    let endB = before.length;
    let endA = after.length;
    while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
        endB--;
        endA--;
    }
    const a = before.slice(start, endB);
    const b = after.slice(start, endA);
    if (a.length === 0 && b.length === 0)
        return [];
    // One side empty (a new file, a deleted block): one hunk, no search needed.
    if (a.length === 0 || b.length === 0)
        return [{ beforeStart: start, afterStart: start, removed: a, added: b }];
    const script = editScript(a, b, maxEdits);
    if (script === null)
        return [{ beforeStart: start, afterStart: start, removed: a, added: b }];
    // Group consecutive edits into hunks.
    const hunks = [];
    let i = 0;
    let j = 0;
    let current = null;
    for (const op of script) {
        if (op === '=') {
            current = null;
            i++;
            j++;
            continue;
        }
        if (!current) {
            current = { beforeStart: start + i, afterStart: start + j, removed: [], added: [] };
            hunks.push(current);
        }
        if (op === '-')
            current.removed.push(a[i++]);
        else
            current.added.push(b[j++]);
    }
    return hunks;
}
/** The edit script turning `a` into `b` as `=`, `-`, `+` steps, or null past `maxEdits` edits. */
function editScript(a, b, maxEdits) {
    const n = a.length;
    const m = b.length;
    const max = Math.min(n + m, maxEdits);
    const offset = max + 1;
    const v = new Array(2 * max + 3).fill(0);
    // trace[d] keeps only the diagonals -d..d that round d can read (v[offset-d .. offset+d]), so the
    // memory is O(D²) in the edits found, not O(D × maxEdits).
    const trace = [];
    for (let d = 0; d <= max; d++) {
        trace.push(v.slice(offset - d, offset + d + 1));
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[offset + k] = x;
            if (x >= n && y >= m)
                return backtrack(trace, n, m, a, b, d);
        }
    }
    return null;
}
function backtrack(trace, n, m, a, b, dEnd) {
    const ops = [];
    let x = n;
    let y = m;
    for (let d = dEnd; d > 0; d--) {
        // trace[d] was saved before round d wrote it, so it holds round d-1's values at index k + d.
        const v = trace[d];
        const k = x - y;
        const down = k === -d || (k !== d && v[d + k - 1] < v[d + k + 1]);
        const prevK = down ? k + 1 : k - 1;
        const prevX = v[d + prevK];
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY && a[x - 1] === b[y - 1]) {
            ops.push('=');
            x--;
            y--;
        }
        ops.push(down ? '+' : '-');
        if (down)
            y--;
        else
            x--;
    }
    while (x > 0 && y > 0) {
        ops.push('=');
        x--;
        y--;
    }
    return ops.reverse();
}

;// CONCATENATED MODULE: ./src/core/files.ts





/** Whether `path` is `dir` itself or lies below it (both absolute, or both relative to the same directory). */
function isWithin(dir, path) {
    const rel = (0,external_node_path_.relative)(dir, path);
    return !(rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel));
}
/**
 * Resolves `path` inside `root` and refuses one that escapes it (`../../etc`, an absolute path elsewhere).
 * `input` names the input the path came from, for the error message.
 */
function resolveInside(root, path, input = 'path') {
    const full = (0,external_node_path_.resolve)(root, path);
    if (!isWithin((0,external_node_path_.resolve)(root), full)) {
        throw new errors/* ReleaseError */.K2('PATH_ESCAPE', `Input "${input}" (${path}) points outside the repository.`, `Give a path inside the repository, relative to its root.`);
    }
    // Symlinks: what the path really is (its nearest existing part, resolved) must stay inside the real root.
    const realRoot = realOrSelf((0,external_node_path_.resolve)(root));
    const real = realOfNearest(full);
    if (!isWithin(realRoot, real)) {
        throw new errors/* ReleaseError */.K2('PATH_ESCAPE', `Input "${input}" (${path}) is a symbolic link (or lies under one) that leads outside the repository, to ${real}.`, 'Keep the file inside the repository: commit its content instead of a symlink to it, and give a path inside the repository.');
    }
    return full;
}
// realpathSync.native: one realpath(3) call; the JS realpathSync lstat()s every component of the path in
// turn (six calls for a path six levels deep), and a prepare resolves about sixty paths.
function realOrSelf(path) {
    try {
        return external_node_fs_.realpathSync.native(path);
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
            return (0,external_node_path_.join)(external_node_fs_.realpathSync.native(head), ...tail.reverse());
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
        throw new errors/* ReleaseError */.K2('PATH_ESCAPE', `Input "${input}" (${path}) goes through "..".`, `Give input \`${input}\` as a path inside the workspace or $RUNNER_TEMP, without "..".`);
    }
    const full = (0,external_node_path_.resolve)(base, path);
    const inside = roots.some((root) => isWithin((0,external_node_path_.resolve)(root), full));
    if (!inside) {
        throw new errors/* ReleaseError */.K2('PATH_ESCAPE', `Input "${input}" (${path}) points outside the workspace and $RUNNER_TEMP.`, `Give input \`${input}\` as a path inside the workspace or $RUNNER_TEMP.`);
    }
    return full;
}
/**
 * Reads a text file, or null when it does not exist.
 *
 * Synchronously, on purpose: these are small local files (manifests, version files, changelogs), and a
 * prepare reads about fifty of them, most missing. fs/promises' readFile is an open, a stat, reads and a
 * close, each a round trip through libuv's thread pool and the event loop; reading them one by one that
 * way cost ~10 ms of a 200 ms prepare, the sync call a few microseconds each.
 */
async function readTextOrNull(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
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
            throw new errors/* ReleaseError */.K2('BAD_INPUT', `${t.path} changed while the release was being prepared.`, 'Re-run the stage on a quiet working tree.');
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
                await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23)).then((fs) => fs.rm(t.full, { force: true }));
            else
                await (0,promises_.writeFile)(t.full, t.before);
        }
        throw err;
    }
}
/** A unified-style diff of one edit for dry-run output: one `@@ line N @@` hunk per changed region. */
function describeEdit(edit) {
    const before = edit.before === null ? [] : edit.before.split('\n');
    const lines = [`--- a/${edit.path}`, `+++ b/${edit.path}`];
    for (const h of diffLines(before, edit.after.split('\n'))) {
        lines.push(`@@ line ${h.afterStart + 1} @@`, ...h.removed.map((l) => `-${l}`), ...h.added.map((l) => `+${l}`));
    }
    return lines.join('\n');
}
/** Whether a file or directory exists (and is reachable). */
async function pathExists(file) {
    try {
        (0,external_node_fs_.accessSync)(file); // sync, as readTextOrNull
        return true;
    }
    catch {
        return false;
    }
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
    python: async () => (await __webpack_require__.e(/* import() */ 799).then(__webpack_require__.bind(__webpack_require__, 50799))).pythonPipeline,
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

/***/ 38281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ parseIni),
/* harmony export */   Ct: () => (/* binding */ iniValue),
/* harmony export */   qC: () => (/* binding */ setIniValue)
/* harmony export */ });
/**
 * A minimal reader for the INI files Python tools use (setup.cfg, .bumpversion.cfg), with the exact span of
 * each value so an edit can change one value and leave every other byte alone. It follows configparser's
 * rules where they matter here: `key = value` or `key: value`, `#`/`;` comment lines, and indented
 * continuation lines that belong to the value above.
 */
/** Parses INI text into sections and entries with their offsets. Lines that are neither are ignored. */
function parseIni(text) {
    const doc = new Map();
    let section;
    let last;
    let offset = 0;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const lineStart = offset;
        offset += raw.length + 1;
        const line = raw.replace(/\r$/, '');
        if (/^\s*$/.test(line) || /^\s*[#;]/.test(line)) {
            // A blank line inside a multi-line value belongs to it in configparser only when more indented text follows; keep it simple.
            if (/^\s*$/.test(line))
                last = undefined;
            continue;
        }
        if (/^\s/.test(line) && last) {
            last.value = `${last.value}\n${line.trim()}`;
            last.end = lineStart + line.length;
            continue;
        }
        const header = /^\[([^\]]+)\]\s*$/.exec(line);
        if (header) {
            section = doc.get(header[1]) ?? new Map();
            doc.set(header[1], section);
            last = undefined;
            continue;
        }
        const kv = /^([^=:\s][^=:]*?)\s*[=:]\s?/.exec(line);
        if (kv && section) {
            const valueStart = lineStart + kv[0].length;
            const value = line.slice(kv[0].length);
            last = { key: kv[1].trim().toLowerCase(), value: value.trim(), start: valueStart, end: lineStart + line.length, line: i + 1 };
            section.set(last.key, last);
        }
    }
    return doc;
}
/** The value of `key` in `section`, or undefined. */
function iniValue(doc, section, key) {
    return doc.get(section)?.get(key.toLowerCase())?.value;
}
/** Replaces the one-line value of `key` in `section` (which must exist) with `value`, keeping everything else. */
function setIniValue(text, section, key, value) {
    const entry = parseIni(text).get(section)?.get(key.toLowerCase());
    if (!entry)
        throw new Error(`[${section}] ${key} not found`);
    const current = text.slice(entry.start, entry.end);
    const lead = current.length - current.trimStart().length;
    const trail = current.length - current.trimEnd().length;
    return text.slice(0, entry.start + lead) + value + text.slice(entry.end - trail);
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

/***/ 87160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OU: () => (/* binding */ parsePyproject),
/* harmony export */   T7: () => (/* binding */ readVersionConfig),
/* harmony export */   Yn: () => (/* binding */ getPath),
/* harmony export */   le: () => (/* binding */ updateContent)
/* harmony export */ });
/* unused harmony exports PROJECT_VERSION, POETRY_VERSION, findStringValues */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);



/** `[project] version`. */
const PROJECT_VERSION = ['project', 'version'];
/** `[tool.poetry] version`. */
const POETRY_VERSION = ['tool', 'poetry', 'version'];
/** Parses pyproject text; broken TOML is a BAD_TOML ReleaseError naming `file` and the parser's line and column. */
function parsePyproject(text, file) {
    try {
        return (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (err) {
        if (err instanceof smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .TomlError */ .zx) {
            const reason = err.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_TOML', `${file} is not valid TOML: ${reason} at line ${err.line}, column ${err.column}.`, `Fix the TOML syntax in ${file} (line ${err.line}); \`python3 -c "import tomllib; tomllib.load(open('${file}', 'rb'))"\` shows the same error.`, { location: { file, line: err.line }, cause: err });
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
    let vcsTool;
    if (hatchVersion?.source === 'vcs')
        vcsTool = 'hatch-vcs';
    else if (typeof hatchVersion?.path === 'string')
        versionPaths.push({ path: hatchVersion.path, via: '[tool.hatch.version] path' });
    if (pdmVersion?.source === 'scm')
        vcsTool = 'pdm-backend scm';
    else if (pdmVersion?.source === 'file' && typeof pdmVersion.path === 'string')
        versionPaths.push({ path: pdmVersion.path, via: '[tool.pdm.version] path' });
    if (poetryDynamic?.enable === true)
        vcsTool = 'poetry-dynamic-versioning';
    if (dynamic && table(doc, ['tool', 'versioningit']) !== undefined)
        vcsTool = 'versioningit';
    if (vcsTool)
        fromVcs = true;
    const buildSystem = table(doc, ['build-system']);
    const buildBackend = typeof buildSystem?.['build-backend'] === 'string' ? buildSystem['build-backend'] : undefined;
    const requires = Array.isArray(buildSystem?.requires) ? buildSystem.requires.filter((r) => typeof r === 'string') : [];
    let versionFile;
    const stVersion = setuptoolsDynamic?.version;
    if (stVersion !== null && typeof stVersion === 'object' && typeof stVersion.attr === 'string') {
        const dotted = stVersion.attr;
        const cut = dotted.lastIndexOf('.');
        const packageDirs = table(doc, ['tool', 'setuptools', 'package-dir']);
        const rootDir = typeof packageDirs?.[''] === 'string' ? packageDirs[''] : undefined;
        if (cut > 0)
            attr = { module: dotted.slice(0, cut), variable: dotted.slice(cut + 1), packageDir: rootDir };
    }
    if (stVersion !== null && typeof stVersion === 'object') {
        const f = stVersion.file;
        const first = Array.isArray(f) ? f[0] : f;
        if (typeof first === 'string')
            versionFile = first;
    }
    // setuptools-scm only owns the version when nothing else (attr, file) was configured for it; it announces
    // itself with [tool.setuptools_scm] or in the build requirements.
    const scmRequired = requires.some((r) => /^setuptools[-_]scm\b/i.test(r.trim()));
    if (!fromVcs && dynamic && (table(doc, ['tool', 'setuptools_scm']) !== undefined || scmRequired) && !attr && !versionFile && versionPaths.length === 0) {
        fromVcs = true;
        vcsTool = 'setuptools-scm';
    }
    return { name, staticVersions, dynamic, fromVcs, versionPaths, attr, versionFile, vcsTool, buildBackend };
}
const BARE = /[A-Za-z0-9_-]/;
class Scanner {
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
    const s = new Scanner(text);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_VERSION', `Version "${version}" cannot be written to ${file}.`, 'Use a PEP 440 version such as 1.2.0, 1.2.0rc1 or 1.2.0.post1.');
    }
    const before = parsePyproject(text, file);
    const keys = options.keys ?? readVersionConfig(before).staticVersions.map((s) => s.key);
    if (keys.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('NO_VERSION', `${file} has no static version field to update.`, 'Add `version = "0.1.0"` under [project], or configure a dynamic version file.', { location: { file } });
    }
    const spans = [];
    for (const key of keys) {
        const found = findStringValues(text, key);
        if (found.length !== 1) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_TOML', `Could not locate \`${key.join('.')}\` as a one-line string in ${file} (found ${found.length}).`, `Write it as \`${key[key.length - 1]} = "x.y.z"\` on its own line under [${key.slice(0, -1).join('.')}].`, { location: { file } });
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_TOML', `Updating ${file} did not set \`${key.join('.')}\` to ${version}.`, 'Report this with the file attached; edit the version by hand meanwhile.', { location: { file } });
        }
        expectedRest = withoutKey(expectedRest, key);
        actualRest = withoutKey(actualRest, key);
    }
    if (!(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(expectedRest, actualRest)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_TOML', `Updating the version in ${file} changed other values; the edit was refused.`, 'Report this with the file attached; edit the version by hand meanwhile.', { location: { file } });
    }
    return after;
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

//# sourceMappingURL=278.index.js.map