export const id = 282;
export const ids = [282];
export const modules = {

/***/ 10282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INPUTS: () => (/* binding */ INPUTS),
/* harmony export */   OUTPUTS: () => (/* binding */ OUTPUTS),
/* harmony export */   readOptions: () => (/* binding */ readOptions),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _core_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78480);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4473);
/* harmony import */ var _stages_prepare_checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92384);
/* harmony import */ var _common_summary_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(16549);
/* harmony import */ var _common_github_input_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16663);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59120);
/* harmony import */ var _common_logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4425);
/* harmony import */ var _common_run_action_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25431);









/** Input names of prepare-release (kebab-case, as in action.yml). */
const INPUTS = {
    bump: 'bump',
    version: 'version',
    prereleaseId: 'prerelease-id',
    allowDowngrade: 'allow-downgrade',
    packageDir: 'package-dir',
    ecosystem: 'ecosystem',
    tagTemplate: 'tag-template',
    changelogFile: 'changelog-file',
    since: 'since',
    minorTypes: 'minor-types',
    patchTypes: 'patch-types',
    parseSquashBodies: 'parse-squash-bodies',
    docsFiles: 'docs-files',
    dryRun: 'dry-run',
    commitMessage: 'commit-message',
    push: 'push',
    requestTimeout: 'request-timeout',
    allowDetached: 'allow-detached',
    gitUserName: 'git-user-name',
    gitUserEmail: 'git-user-email',
    githubToken: 'github-token',
    contextFile: 'context-file',
    releaseMode: 'release-mode',
    workspace: 'workspace',
    releaseBranch: 'release-branch',
    commitVia: 'commit-via',
    bypassBranchRules: 'bypass-branch-rules',
    mergedArtifactDir: 'merged-artifact-dir',
};
/** Output names of prepare-release. */
const OUTPUTS = {
    version: 'version',
    previousVersion: 'previous-version',
    released: 'released',
    changelog: 'changelog',
    commitSha: 'commit-sha',
    tag: 'tag',
    context: 'context',
    releasePrNumber: 'release-pr-number',
    releasePrUrl: 'release-pr-url',
    releasePrBranch: 'release-pr-branch',
    mergedRelease: 'merged-release',
    needsGate: 'needs-gate',
    mergedArtifactDir: 'merged-artifact-dir',
};
/** Parses the inputs once into typed options. */
function readOptions() {
    // Masked at once, before anything can print it; the GitHub client is built later (after the early checks).
    (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getSecret */ .r6)(INPUTS.githubToken);
    return {
        cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
        runner: (0,_core_runner_js__WEBPACK_IMPORTED_MODULE_7__/* .readRunnerEnvironment */ .E)(process.env),
        bump: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(INPUTS.bump),
        version: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(INPUTS.version),
        prereleaseId: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(INPUTS.prereleaseId),
        allowDowngrade: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBoolean */ .pW)(INPUTS.allowDowngrade, false),
        packageDir: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(INPUTS.packageDir),
        ecosystem: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(INPUTS.ecosystem),
        tagTemplate: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(INPUTS.tagTemplate),
        changelogFile: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(INPUTS.changelogFile),
        since: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(INPUTS.since),
        minorTypes: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getList */ .vS)(INPUTS.minorTypes),
        patchTypes: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getList */ .vS)(INPUTS.patchTypes),
        parseSquashBodies: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBoolean */ .pW)(INPUTS.parseSquashBodies, true),
        docsFiles: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getList */ .vS)(INPUTS.docsFiles),
        dryRun: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBoolean */ .pW)(INPUTS.dryRun, false),
        commitMessage: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(INPUTS.commitMessage),
        push: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBoolean */ .pW)(INPUTS.push, true),
        allowDetached: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBoolean */ .pW)(INPUTS.allowDetached, false),
        contextFile: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(INPUTS.contextFile),
        requestTimeoutMs: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getNumber */ .WZ)(INPUTS.requestTimeout, 60, { min: 1, max: 3600 }) * 1000,
        releaseMode: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(INPUTS.releaseMode),
        releaseBranch: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(INPUTS.releaseBranch),
        commitVia: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(INPUTS.commitVia),
        bypassBranchRules: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBoolean */ .pW)(INPUTS.bypassBranchRules, false),
        mergedArtifactDir: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(INPUTS.mergedArtifactDir),
        workspace: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(INPUTS.workspace),
    };
}
/** The action: read inputs, run the stage, set outputs, write the job summary. */
async function run() {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('release-relay prepare-release');
    await (0,_common_run_action_js__WEBPACK_IMPORTED_MODULE_6__/* .runAction */ .C)(async () => {
        const options = readOptions();
        // Inputs wrong on their face fail before the stage (most of the start-up time) is loaded.
        (0,_stages_prepare_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .checkPrepareInputs */ .l)(options);
        // The repository's read-only questions run while the rest loads (see askEarly).
        const { askPrepareQuestionsEarly } = await __webpack_require__.e(/* import() */ 225).then(__webpack_require__.bind(__webpack_require__, 64606));
        await askPrepareQuestionsEarly(options.cwd ?? process.cwd(), { remote: options.remote, dryRun: options.dryRun ?? false, packageDir: options.packageDir, tempDir: options.runner?.tempDir }).logStarted;
        // The GitHub client (branch rules, release PRs, API commits) loads only after that check.
        options.github = await (0,_common_github_input_js__WEBPACK_IMPORTED_MODULE_3__/* .readGitHubTarget */ .X)(_common_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .actionsLogger */ .M, options.runner ?? {});
        // Loaded after the first log line: the stage and its parsers are most of the bundle's start-up time.
        const { prepareRelease } = await Promise.all(/* import() */[__webpack_require__.e(885), __webpack_require__.e(677), __webpack_require__.e(292), __webpack_require__.e(523), __webpack_require__.e(278), __webpack_require__.e(805), __webpack_require__.e(71), __webpack_require__.e(714), __webpack_require__.e(676), __webpack_require__.e(53), __webpack_require__.e(884)]).then(__webpack_require__.bind(__webpack_require__, 15884));
        const { Git } = await __webpack_require__.e(/* import() */ 927).then(__webpack_require__.bind(__webpack_require__, 10308));
        const { resolveCommitIdentity } = await __webpack_require__.e(/* import() */ 232).then(__webpack_require__.bind(__webpack_require__, 39232));
        // The inputs, else the repository's git identity, else github-actions[bot] (this runs on a runner).
        const who = { name: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(INPUTS.gitUserName), email: (0,_common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(INPUTS.gitUserEmail) };
        options.identity = await resolveCommitIdentity({ ...who, git: new Git(options.cwd ?? '.'), onRunner: true });
        // The findings describe the repository as the release found it, so they are taken before any change.
        const findings = await doctorFindings(options);
        const result = await prepareRelease(options, { logger: _common_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .actionsLogger */ .M });
        const { context } = result;
        const v = context.version;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.version, v?.next ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.previousVersion, v?.previous ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.released, String(v?.released ?? false));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.changelog, context.changelog?.section_markdown ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.commitSha, context.release_commit?.sha ?? context.repository.sha);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.tag, v?.released ? v.tag : '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.context, (0,_core_context_js__WEBPACK_IMPORTED_MODULE_1__/* .serializeContext */ .yi)(context).trim());
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.releasePrNumber, result.releasePr ? String(result.releasePr.pull.number) : '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.releasePrUrl, result.releasePr?.pull.url ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.releasePrBranch, result.releasePr?.branch ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.mergedRelease, String(result.mergedRelease !== undefined));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.needsGate, String(result.mergedRelease?.needsGate ?? false));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(OUTPUTS.mergedArtifactDir, result.mergedRelease?.artifactDir ?? '');
        const details = [];
        if (v?.released) {
            details.push(`| | |`, `|---|---|`, `| version | \`${v.previous}\` → \`${v.next}\` |`, `| bump | ${v.bump} |`, `| tag | \`${v.tag}\` |`, `| version source | ${context.package.version_source ?? 'version files'} |`, `| changelog | \`${context.changelog?.file ?? ''}\` |`, `| files | ${result.edits.map((e) => `\`${e.path}\``).join(', ')} |`, '');
            if (result.deciding.length)
                details.push('**Why:**', ...result.deciding.slice(0, 20).map((c) => `- ${c.raw.subject} (${c.sha.slice(0, 7)})`), '');
            details.push('<details><summary>Changelog section</summary>', '', context.changelog?.section_markdown ?? '', '', '</details>');
        }
        if (result.releasePr)
            details.push('', `Release PR: ${result.releasePr.pull.url} (branch \`${result.releasePr.branch}\`)`, ...result.releasePr.warnings.map((w) => `> ⚠️ ${w}`));
        if (result.tokenNotes?.length)
            details.push('', '**Tokens:**', ...result.tokenNotes.map((n) => `- ${n}`));
        details.push('', ...findings);
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_common_summary_js__WEBPACK_IMPORTED_MODULE_8__/* .renderStageSummary */ .VF)({ title: 'prepare-release', decision: result.decision, details, timeline: context.timeline, stage: 'prepare-release' })).write();
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(result.decision);
    });
}
/**
 * The doctor's repository and publishing findings (as `release-relay doctor` prints them) as a collapsed
 * section of the summary. The machine checks are left out: this runner is not the one that tests and builds.
 */
async function doctorFindings(options) {
    try {
        const { runDoctor, renderDoctorMarkdown } = await Promise.all(/* import() */[__webpack_require__.e(885), __webpack_require__.e(677), __webpack_require__.e(292), __webpack_require__.e(523), __webpack_require__.e(815), __webpack_require__.e(278), __webpack_require__.e(805), __webpack_require__.e(71), __webpack_require__.e(714), __webpack_require__.e(676), __webpack_require__.e(53), __webpack_require__.e(884), __webpack_require__.e(327), __webpack_require__.e(112)]).then(__webpack_require__.bind(__webpack_require__, 59112));
        const { DOCTOR_CHECKS } = await Promise.all(/* import() */[__webpack_require__.e(885), __webpack_require__.e(677), __webpack_require__.e(292), __webpack_require__.e(815), __webpack_require__.e(278), __webpack_require__.e(805), __webpack_require__.e(71), __webpack_require__.e(327), __webpack_require__.e(113)]).then(__webpack_require__.bind(__webpack_require__, 51327));
        // The test command is the gate's to find (it needs the gate's Python); its summary shows the one it ran.
        const checks = DOCTOR_CHECKS.filter((c) => c.id !== 'repository.test-command');
        const report = await runDoctor({ dir: options.cwd ?? '.', packageDir: options.packageDir ?? '.', ecosystem: options.ecosystem ?? 'auto', tagTemplate: options.tagTemplate, changelogFile: options.changelogFile, plan: false, areas: ['repository', 'publishing'] }, checks);
        return ['<details><summary>Doctor: the repository and publishing</summary>', '', renderDoctorMarkdown(report), '', '</details>'];
    }
    catch (err) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The doctor's findings are missing from the summary: ${err.message}`);
        return [];
    }
}


/***/ }),

/***/ 92384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ checkPrepareInputs)
/* harmony export */ });
/* unused harmony export BUMPS */
/* harmony import */ var _changelog_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47701);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _versioning_bump_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94402);



/** The bumps prepare-release knows. */
const BUMPS = ['auto', ..._versioning_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .BUMP_KINDS */ .Zu];
/**
 * Checks the inputs that need neither the repository nor a child process, with the defaults the stage
 * applies. Kept free of heavy imports (third-party parsers, the stage's steps): the action entry runs it before it loads the stage, so a mistyped
 * input fails as fast as a bare action starts.
 */
function checkPrepareInputs(o) {
    const bump = (o.bump ?? 'auto').trim();
    const commitMessage = o.commitMessage ?? 'chore(release): prepare {tag}';
    if (!o.version && !BUMPS.includes(bump)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('BAD_INPUT', `Input "bump" is "${bump}", which is not a known bump.`, `Use one of: ${BUMPS.join(', ')}; or set "version" to an explicit version.`);
    }
    // Without a template the stage infers the project's own tag style.
    if (o.tagTemplate !== undefined)
        (0,_changelog_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .checkTagTemplate */ .hl)(o.tagTemplate);
    for (const [input, types] of [['patch-types', o.patchTypes], ['minor-types', o.minorTypes]]) {
        const bad = (types ?? []).find((t) => !/^[a-z][a-z0-9_-]*$/i.test(t));
        if (bad !== undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('BAD_INPUT', `Input "${input}" holds "${bad}", which is not a Conventional Commit type.`, `List types such as fix, perf, refactor (comma-separated) in ${input}.`);
    }
    if (o.since !== undefined && (o.since.startsWith('-') || /\s/.test(o.since))) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('BAD_INPUT', `Input "since" is "${o.since}".`, 'Give a commit SHA, a tag, or a date as YYYY-MM-DD.');
    }
    if (o.prereleaseId !== undefined && !/^[A-Za-z][A-Za-z0-9]*$/.test(o.prereleaseId)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('BAD_INPUT', `Input "prerelease-id" is "${o.prereleaseId}".`, 'Use letters and digits only, starting with a letter: rc, beta, alpha.');
    }
    if (o.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('BAD_INPUT', `Release date "${o.date}" is not YYYY-MM-DD.`, 'Give the date as YYYY-MM-DD.');
    }
    if (/[\0]/.test(commitMessage) || !commitMessage.trim()) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('BAD_INPUT', 'Input "commit-message" is empty or holds a NUL byte.', 'Give a one-line message; {version} is replaced.');
    }
}


/***/ })

};

//# sourceMappingURL=282.index.js.map