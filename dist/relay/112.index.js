export const id = 112;
export const ids = [112];
export const modules = {

/***/ 59112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderDoctorMarkdown: () => (/* binding */ renderDoctorMarkdown),
/* harmony export */   runDoctor: () => (/* binding */ runDoctor)
/* harmony export */ });
/* unused harmony export renderDoctorText */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72642);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45383);
/* harmony import */ var _core_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44325);
/* harmony import */ var _changelog_locate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95610);
/* harmony import */ var _changelog_tag_style_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38338);
/* harmony import */ var _changelog_tags_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47701);
/* harmony import */ var _git_tag_list_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(20489);
/* harmony import */ var _versioning_scheme_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(95634);
/* harmony import */ var _ecosystems_adapters_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6278);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(10308);
/* harmony import */ var _stages_prepare_release_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(15884);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(51327);














/** Reads the facts the checks share: the repository root and the package (the ecosystems' own detection). */
async function gatherFacts(input) {
    const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_11__.Git((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(input.dir), input.exec);
    const root = await git.topLevel().catch(() => null);
    const given = input.tagTemplate ? { tagTemplate: input.tagTemplate, tagTemplateSource: '--tag-template' } : { tagTemplate: _changelog_tags_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_TAG_TEMPLATE */ .y6, tagTemplateSource: 'the default' };
    if (!root)
        return { root: null, ...given };
    try {
        const adapter = await (0,_ecosystems_adapters_js__WEBPACK_IMPORTED_MODULE_10__/* .detectEcosystem */ .WZ)((0,_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .LI)(root, input.packageDir, 'package-dir'), input.ecosystem);
        const info = await adapter.readPackage(root, input.packageDir);
        // The same rule prepare-release applies: an explicit template wins, then the repository's release config
        // (semantic-release / release-please, commitizen / python-semantic-release), then the existing tags' style.
        const config = input.tagTemplate === undefined && adapter.releaseConfig ? await adapter.releaseConfig(root, input.packageDir, info).catch(() => null) : null;
        const conventions = (await adapter.releaseConventions?.(root, input.packageDir).catch(() => undefined)) ?? {};
        const configured = config?.tagTemplate ? { template: config.tagTemplate, from: config.source } : conventions.tagTemplate;
        const style = (0,_changelog_tag_style_js__WEBPACK_IMPORTED_MODULE_6__/* .chooseTagStyle */ .fp)(input.tagTemplate, configured, await (0,_git_tag_list_js__WEBPACK_IMPORTED_MODULE_8__/* .listTags */ .cB)(git).catch(() => []), info.name, (0,_versioning_scheme_js__WEBPACK_IMPORTED_MODULE_9__/* .getScheme */ .m)(info.scheme));
        const tag = style.source === 'input' ? given : { tagTemplate: style.template, tagTemplateSource: style.source === 'default' ? 'the default' : style.reason.replace(/^inferred from /, '') };
        // The changelog prepare-release would write: the one named, the tool's, else the project's existing one.
        const named = input.changelogFile ? { path: input.changelogFile, from: '--changelog-file' } : conventions.changelogFile;
        const changelog = await (0,_changelog_locate_js__WEBPACK_IMPORTED_MODULE_5__/* .locateChangelog */ .v)(root, input.packageDir, named).catch(() => undefined);
        const changelogTool = conventions.towncrier && !input.changelogFile ? `towncrier, ${conventions.towncrier.from}` : undefined;
        return { root, adapter, info, ...tag, changelog, changelogTool };
    }
    catch (err) {
        // The changelog is still worth reporting when the package cannot be read (a blocker of its own).
        const named = input.changelogFile ? { path: input.changelogFile, from: '--changelog-file' } : undefined;
        const changelog = await (0,_changelog_locate_js__WEBPACK_IMPORTED_MODULE_5__/* .locateChangelog */ .v)(root, input.packageDir, named).catch(() => undefined);
        return { root, packageError: err, ...given, changelog };
    }
}
/** What a release would do: the dry run of prepare-release (writes nothing). */
async function planRelease(input, facts) {
    if (!facts.root || !facts.info)
        return ['No release can be planned until the blockers above are fixed.'];
    try {
        const r = await (0,_stages_prepare_release_js__WEBPACK_IMPORTED_MODULE_12__.prepareRelease)({ cwd: facts.root, packageDir: input.packageDir, ecosystem: input.ecosystem, tagTemplate: input.tagTemplate, changelogFile: input.changelogFile, dryRun: true }, { exec: input.exec, logger: _core_log_js__WEBPACK_IMPORTED_MODULE_4__/* .silentLogger */ .qq });
        const lines = [r.decision.replace(/^Dry run: would /, 'would ')];
        if (r.edits.length)
            lines.push(`would edit ${r.edits.map((e) => e.path).join(', ')}, commit, and tag ${r.context.version?.tag}`);
        if (r.context.version?.released)
            lines.push(`then test, build once, install cleanly, and publish to ${input.registries.length ? input.registries.join(' → ') : '(the registry given with --registries)'}`);
        return lines;
    }
    catch (err) {
        return [`prepare would stop: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(err)}`];
    }
}
/**
 * Runs every registered check (or those of the given areas; each one's failure becomes a warning finding,
 * never a crash) and the release plan (unless `plan: false`). Nothing is written anywhere.
 */
async function runDoctor(partial, registered = _registry_js__WEBPACK_IMPORTED_MODULE_13__.DOCTOR_CHECKS) {
    const checks = partial.areas ? registered.filter((c) => partial.areas?.includes(c.area)) : registered;
    const input = { packageDir: '.', ecosystem: 'auto', registries: [], exec: _core_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0, ...partial };
    const facts = await gatherFacts(input);
    // The checks are independent reads: they run together, and report in registry order.
    const results = await Promise.all(checks.map(async (check) => {
        try {
            return await check.run(input, facts);
        }
        catch (err) {
            return [{ check: check.id, status: 'warning', label: check.id, summary: `check failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(err)}` }];
        }
    }));
    const findings = results.flat();
    const blocked = findings.some((f) => f.status === 'blocker');
    return { findings, plan: partial.plan === false ? [] : await planRelease(input, facts), blocked };
}
const MARK = { ok: '✔', info: 'ℹ', warning: '⚠', blocker: '✖' };
const AREA_TITLES = { machine: 'This machine', repository: 'The repository', publishing: 'Publishing' };
/** The report as plain text for a terminal: one line a finding, fixes under the ones that need them. */
function renderDoctorText(report, checks = DOCTOR_CHECKS) {
    const lines = [];
    for (const area of ['machine', 'repository', 'publishing']) {
        const ids = new Set(checks.filter((c) => c.area === area).map((c) => c.id));
        const rows = report.findings.filter((f) => ids.has(f.check));
        if (!rows.length)
            continue;
        lines.push(AREA_TITLES[area]);
        for (const f of rows) {
            lines.push(`  ${MARK[f.status]} ${f.label.padEnd(14)} ${f.summary}`);
            if (f.fix && f.status !== 'ok')
                lines.push(`    ${' '.repeat(14)} → ${f.fix}`);
        }
    }
    if (report.plan.length)
        lines.push('What a release would do', ...report.plan.map((p) => `  ${p}`));
    const blockers = report.findings.filter((f) => f.status === 'blocker').length;
    const warnings = report.findings.filter((f) => f.status === 'warning').length;
    lines.push('', blockers ? `✖ ${blockers} blocker(s): fix them before releasing.` : `✔ ready to release${warnings ? ` (${warnings} warning(s))` : ''}.`);
    return lines.join('\n');
}
/** The report as a Markdown table for a job summary (the same findings the CLI prints). */
function renderDoctorMarkdown(report) {
    const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const lines = ['| | check | finding | fix |', '|---|---|---|---|'];
    for (const f of report.findings)
        lines.push(`| ${MARK[f.status]} | ${cell(f.label)} | ${cell(f.summary)} | ${f.status === 'ok' ? '' : cell(f.fix ?? '')} |`);
    return lines.join('\n');
}


/***/ })

};

//# sourceMappingURL=112.index.js.map