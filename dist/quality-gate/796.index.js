export const id = 796;
export const ids = [796];
export const modules = {

/***/ 60796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   workspaceArtifactName: () => (/* binding */ workspaceArtifactName),
/* harmony export */   workspaceGate: () => (/* binding */ workspaceGate)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_combinators_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54192);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55543);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72642);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(69928);
/* harmony import */ var _core_log_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(44325);
/* harmony import */ var _gate_artifact_dir_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(97891);
/* harmony import */ var _ecosystems_adapters_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(34458);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(10308);
/* harmony import */ var _quality_gate_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(20465);
/**
 * quality-gate for a workspace release: one install at the workspace root with its own package manager, the
 * tests (the root's test script, else each released package's), every released package packed once into the
 * one artifact folder with its digests recorded per package, and a clean install of the released tarballs
 * together (so their dependencies on each other resolve to the approved bytes), checked package by package.
 */













/** The artifact folder's name for a workspace release: one folder, every released package's tarball. */
function workspaceArtifactName(context) {
    return `release-workspace-${(context.release_commit?.sha || context.repository.sha).slice(0, 12)}`;
}
/** The gate of a workspace release (context.workspace set by prepare-release). */
async function workspaceGate(options, deps = {}) {
    const run = deps.exec ?? _core_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .exec */ .m0;
    const logger = deps.logger ?? _core_log_js__WEBPACK_IMPORTED_MODULE_8__/* .silentLogger */ .qq;
    const context = structuredClone(options.context);
    const sctx = { ...(0,_core_combinators_js__WEBPACK_IMPORTED_MODULE_3__/* .createStepContext */ .YC)('quality-gate', logger, context.timeline) };
    const env = { exec: run, logger, tools: options.tools ?? {}, runner: options.runner };
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.cwd ?? process.cwd());
    const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_11__.Git(cwd, run);
    const released = (context.packages ?? []).filter((p) => p.version.released);
    const loaded = await (0,_core_combinators_js__WEBPACK_IMPORTED_MODULE_3__/* .instrumented */ .RC)('load context', async () => {
        const root = await git.topLevel();
        if (!released.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ReleaseError */ .K2('NOT_APPROVED', 'The release context says no workspace package was released, so there is nothing to gate.', 'Skip the gate when prepare-release outputs released=false.');
        const head = await git.head();
        if (context.release_commit?.sha && context.release_commit.sha !== head && !context.dry_run) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ReleaseError */ .K2('CONTEXT_MISMATCH', `The context's release commit is ${context.release_commit.sha.slice(0, 7)} but HEAD is ${head.slice(0, 7)}.`, 'Check out the release commit (ref: the commit-sha output of prepare-release).');
        }
        const adapter = await (0,_ecosystems_adapters_js__WEBPACK_IMPORTED_MODULE_10__/* .getFullAdapter */ .xQ)((0,_core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveInside */ .LI)(root, context.package.dir, 'package-dir'), 'npm');
        const infos = new Map();
        for (const p of released) {
            const info = await adapter.readPackage(root, p.dir);
            if (info.name !== p.name || info.version !== p.version.next) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ReleaseError */ .K2('CONTEXT_MISMATCH', `The context releases ${p.name} ${p.version.next} from ${p.dir}, but ${p.dir}/package.json holds ${info.name} ${info.version}.`, 'Check out the release commit (release_commit.sha from prepare-release) before the gate.');
            }
            infos.set(p.name, info);
        }
        return { root, adapter, infos };
    })(undefined, sctx);
    const { root, adapter, infos } = loaded;
    const workspaceDir = (0,_core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveInside */ .LI)(root, context.package.dir, 'package-dir');
    const artifactName = workspaceArtifactName(context);
    const artifactDir = (0,_gate_artifact_dir_js__WEBPACK_IMPORTED_MODULE_9__/* .artifactDirFor */ .l8)(options.artifactDir, { cwd, tempDir: options.runner?.tempDir, name: artifactName, root, keep: [root] });
    await (0,_gate_artifact_dir_js__WEBPACK_IMPORTED_MODULE_9__/* .claimArtifactDir */ .cT)(artifactDir, root, git, { defaultDir: options.artifactDir === undefined });
    const reportDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'relay-reports-'));
    const gate = { status: 'rejected', reasons: [], checks: [], artifact_dir: artifactDir, artifact_name: artifactName };
    context.gate = gate;
    const rootManifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workspaceDir, 'package.json'), 'utf8'));
    const label = released.map((p) => p.version.tag).join(', ');
    const rootInfo = { name: rootManifest.name ?? 'workspace', version: '0.0.0', scheme: 'semver', versionFiles: [] };
    const g = { options, run, sleep: deps.sleep, logger, sctx, env, context, gate, adapter, info: rootInfo, root, packageDir: workspaceDir, version: label, artifactDir, reportDir };
    const checks = [];
    try {
        // One install at the root: the workspace's manager links the packages to each other.
        await (0,_quality_gate_js__WEBPACK_IMPORTED_MODULE_12__/* .installDependencies */ .bb)(g);
        checks.push(await workspaceTests(g, released.map((p) => ({ dir: (0,_core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveInside */ .LI)(root, p.dir, 'package-dir'), info: infos.get(p.name) })), Boolean(rootManifest.scripts?.test)));
        const built = await (0,_core_combinators_js__WEBPACK_IMPORTED_MODULE_3__/* .instrumented */ .RC)('build distributions', async () => {
            await (0,_gate_artifact_dir_js__WEBPACK_IMPORTED_MODULE_9__/* .emptyArtifactDir */ .VN)(artifactDir);
            const files = new Map();
            try {
                for (const p of released)
                    files.set(p.name, await adapter.build(env, { packageDir: (0,_core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveInside */ .LI)(root, p.dir, 'package-dir'), outDir: artifactDir, isolated: true, tool: options.buildTool, info: infos.get(p.name), version: p.version.next }));
            }
            finally {
                await (0,_gate_artifact_dir_js__WEBPACK_IMPORTED_MODULE_9__/* .markArtifactDir */ .b$)(artifactDir).catch(() => undefined);
            }
            return files;
        })(undefined, sctx).catch((err) => ({ error: err }));
        if ('error' in built)
            checks.push({ name: 'build', ok: false, detail: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(built.error) });
        else {
            for (const p of released)
                p.artifacts = await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .describeArtifacts */ .P)(built.get(p.name) ?? []);
            context.artifacts = released.flatMap((p) => p.artifacts ?? []);
            checks.push({ name: 'build', ok: true, detail: released.map((p) => (p.artifacts ?? []).map((a) => `${p.name}: ${a.file} ${a.sha256}`).join('\n')).join('\n') });
            checks.push(await workspaceInstall(g, released.map((p) => ({ name: p.name, version: p.version.next, dir: (0,_core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveInside */ .LI)(root, p.dir, 'package-dir'), files: built.get(p.name) ?? [], info: infos.get(p.name) }))));
        }
        checks.push(await (0,_quality_gate_js__WEBPACK_IMPORTED_MODULE_12__/* .checkCi */ .Po)(g));
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(reportDir, { recursive: true, force: true });
    }
    const verdict = (0,_quality_gate_js__WEBPACK_IMPORTED_MODULE_12__/* .decide */ .LD)(checks);
    gate.checks = checks;
    gate.status = verdict.approved ? 'approved' : 'rejected';
    gate.reasons = verdict.reasons;
    if (!verdict.approved)
        await (0,_quality_gate_js__WEBPACK_IMPORTED_MODULE_12__/* .openRejectionIssue */ .TW)(g, verdict.failed);
    return (0,_quality_gate_js__WEBPACK_IMPORTED_MODULE_12__/* .finishGate */ .J2)(g, verdict, checks);
}
/** The tests: the root's test script (or test-command) once, else each released package's own. */
async function workspaceTests(g, packages, rootScript) {
    if (rootScript || g.options.testCommand || g.options.testEvidence)
        return (0,_quality_gate_js__WEBPACK_IMPORTED_MODULE_12__/* .checkTests */ .Yn)(g, await (0,_quality_gate_js__WEBPACK_IMPORTED_MODULE_12__/* .testPlan */ .u7)(g));
    const details = [];
    let ok = true;
    const totals = { passed: 0, failed: 0, skipped: 0, duration_s: 0, failed_names: [], attempts: 0 };
    for (const p of packages) {
        const one = { ...g, packageDir: p.dir, info: p.info };
        const check = await (0,_quality_gate_js__WEBPACK_IMPORTED_MODULE_12__/* .checkTests */ .Yn)(one, await (0,_quality_gate_js__WEBPACK_IMPORTED_MODULE_12__/* .testPlan */ .u7)(one));
        ok &&= check.ok;
        details.push(`${p.info.name}: ${check.detail ?? (check.ok ? 'passed' : 'failed')}`);
        const t = g.gate.tests;
        if (t) {
            totals.passed += t.passed;
            totals.failed += t.failed;
            totals.skipped += t.skipped;
            totals.duration_s += t.duration_s;
            totals.failed_names.push(...t.failed_names.map((n) => `${p.info.name}: ${n}`));
            totals.attempts = Math.max(totals.attempts, t.attempts);
        }
    }
    g.gate.tests = totals;
    return { name: 'tests', ok, detail: details.join('\n') };
}
/**
 * The clean install of the released set: for each package, its tarball installed into a fresh project
 * together with the other released tarballs (a dependency released with it is not on the registry yet), then
 * imported, its bins run with --help and its README examples run.
 */
async function workspaceInstall(g, packages) {
    const o = g.options;
    return (0,_core_combinators_js__WEBPACK_IMPORTED_MODULE_3__/* .instrumented */ .RC)('clean install check', async () => {
        const tarballs = packages.flatMap((p) => p.files.filter((f) => f.endsWith('.tgz')));
        const lines = [];
        let ok = true;
        let examples = 0;
        for (const p of packages) {
            const others = tarballs.filter((t) => !p.files.includes(t));
            const readmeMd = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(p.dir, 'README.md');
            const readme = o.readmeExamples === false || !(await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_7__/* .pathExists */ .s0)(readmeMd)) ? undefined : readmeMd;
            const r = await g.adapter.installCheck(g.env, { files: p.files, info: p.info, version: p.version, readmeFile: readme, exampleTags: o.exampleTags, installArgs: [...others, ...(o.installArgs ?? [])] });
            ok &&= r.ok;
            examples += r.examplesRun;
            lines.push(r.ok ? `${p.name} ${p.version}: installed and imported; ${r.examplesRun} README example(s) ran` : `${p.name} ${p.version}: ${r.reason ?? 'failed'}\n${r.logExcerpt ?? ''}`);
            if (!r.ok)
                g.gate.install_check = { ok: false, log_excerpt: r.logExcerpt, examples_run: examples };
        }
        if (ok)
            g.gate.install_check = { ok: true, examples_run: examples };
        return { name: 'clean install', ok, detail: lines.join('\n') };
    }, _quality_gate_js__WEBPACK_IMPORTED_MODULE_12__/* .FAILED_CHECK */ .dX)(undefined, g.sctx);
}


/***/ })

};

//# sourceMappingURL=796.index.js.map