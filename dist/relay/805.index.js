export const id = 805;
export const ids = [805];
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


/***/ })

};

//# sourceMappingURL=805.index.js.map