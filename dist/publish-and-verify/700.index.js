export const id = 700;
export const ids = [700];
export const modules = {

/***/ 46700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   packageContext: () => (/* binding */ packageContext),
/* harmony export */   publishWorkspace: () => (/* binding */ publishWorkspace)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78480);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _publish_and_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18404);
/**
 * publish-and-verify for a workspace release: the released packages in dependency order, each through the
 * single-package publish (approved bytes only, its `{name}@{version}` annotated tag, its GitHub release, its
 * verification from the registry). A package the registry already holds with the approved digest is skipped,
 * so a re-run after a partial failure resumes where it stopped and publishes nothing twice. Every package's
 * pre-flight (digests, what the registry holds, tags) runs before the first upload.
 */




/** The single-package context publish-and-verify takes for one package of a workspace release. */
function packageContext(ws, p) {
    const { workspace: _w, packages: _p, publish: _pub, ...rest } = ws;
    void _w;
    void _p;
    void _pub;
    return {
        ...rest,
        package: { ecosystem: p.ecosystem, name: p.name, dir: p.dir, version_files: p.version_files },
        version: { previous: p.version.previous, next: p.version.next, scheme: 'semver', bump: p.version.bump, reason: p.version.reason ?? '', released: true, tag: p.version.tag },
        changelog: p.changelog ?? { section_markdown: '', entries: 0 },
        artifacts: p.artifacts ?? [],
        timeline: [],
    };
}
const fileSafe = (name) => name.replace(/^@/, '').replace(/\//g, '-');
/** Publishes every released package of a workspace context in order; see the file comment. */
async function publishWorkspace(options, deps = {}) {
    const context = structuredClone((0,_core_context_js__WEBPACK_IMPORTED_MODULE_1__/* .validateContext */ .Cp)(options.context, 'publish-and-verify'));
    const released = (context.packages ?? []).filter((p) => p.version.released);
    if (context.gate?.status !== 'approved') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('NOT_APPROVED', `The quality gate did not approve the workspace release (status: ${context.gate?.status ?? 'missing'}; ${context.gate?.reasons.join('; ') || 'no reasons'}).`, 'Fix what the gate reported and run the gate again; publish only takes an approved context.');
    }
    const missing = released.filter((p) => !p.artifacts?.length);
    if (missing.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_CONTEXT', `The approved context lists no artifacts for ${missing.map((p) => p.name).join(', ')}.`, 'Run quality-gate on the workspace context: it packs every released package and records its digests.');
    const artifactDir = options.artifactDir ?? context.gate?.artifact_dir;
    const one = (p, dryRun) => ({
        ...options,
        context: packageContext(context, p),
        artifactDir,
        dryRun,
        contextFile: undefined,
        otlpEndpoint: undefined,
        metricsFile: options.metricsFile ?? (artifactDir ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(artifactDir, `metrics-${fileSafe(p.name)}.prom`) : undefined),
    });
    // Pre-flight of every package first: a digest that does not match, other bytes already on the registry or a
    // stray tag stops the release before anything is uploaded.
    const plan = [];
    for (const p of released) {
        const r = await (0,_publish_and_verify_js__WEBPACK_IMPORTED_MODULE_3__.publishAndVerify)(one(p, true), deps);
        plan.push(...r.plan.map((line) => `${p.name}: ${line}`));
    }
    if (options.dryRun ?? context.dry_run) {
        return { context, decision: `Dry run: would publish ${released.map((p) => p.version.tag).join(', ')} in this order:\n${plan.join('\n')}`, plan, publishedTo: [], degraded: false, verified: false, announcement: '' };
    }
    const done = [];
    for (const p of released) {
        let r;
        try {
            r = await (0,_publish_and_verify_js__WEBPACK_IMPORTED_MODULE_3__.publishAndVerify)(one(p, false), deps);
        }
        catch (err) {
            if (options.contextFile)
                await (0,_core_context_js__WEBPACK_IMPORTED_MODULE_1__/* .saveContext */ .tn)(options.contextFile, context);
            const left = released.slice(done.length).map((x) => x.version.tag);
            const published = done.map((d) => d.p.version.tag);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('PARTIAL_PUBLISH', `Publishing ${p.version.tag} failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(err)}${published.length ? `\nAlready published and tagged: ${published.join(', ')}.` : '\nNo earlier package of this release was published.'} Not completed: ${left.join(', ')} (the registry may already hold ${p.version.tag}; a re-run checks).`, `Fix the cause above, then re-run publish-and-verify with the same context: packages the registry already holds with the approved bytes are skipped, and the rest are published in order.${isHinted(err) ? ` (${err.hint})` : ''}`, { cause: err });
        }
        const rec = r.context.publish;
        p.publish = { uploaded: Boolean(rec && rec.skipped_existing.length < (p.artifacts?.length ?? 0)), skipped_existing: Boolean(rec && rec.skipped_existing.length >= (p.artifacts?.length ?? 0)), tag_created: rec?.tag_created ?? false, release_url: r.releaseUrl, verified: r.verified };
        context.timeline.push(...r.context.timeline.map((t) => ({ ...t, step: `${p.name}: ${t.step}` })));
        done.push({ p, r });
    }
    const last = done[done.length - 1]?.r.context.publish;
    const verified = done.every((d) => d.r.verified);
    const degraded = done.some((d) => d.r.degraded);
    context.publish = {
        registry: last?.registry ?? '',
        published_to: [...new Set(done.flatMap((d) => d.r.publishedTo))],
        fallback_used: degraded,
        degraded,
        skipped_existing: done.filter((d) => d.p.publish?.skipped_existing).map((d) => d.p.version.tag),
        tag: released.map((p) => p.version.tag).join(', '),
        tag_created: done.some((d) => d.p.publish?.tag_created),
        verified,
        attempts: done.reduce((n, d) => n + (d.r.context.publish?.attempts ?? 0), 0),
        credentials: last?.credentials,
    };
    const announcement = done.map((d) => d.r.announcement).join('\n\n');
    context.publish.announcement = announcement;
    if (options.contextFile)
        await (0,_core_context_js__WEBPACK_IMPORTED_MODULE_1__/* .saveContext */ .tn)(options.contextFile, context);
    const skipped = done.filter((d) => d.p.publish?.skipped_existing).map((d) => d.p.version.tag);
    const decision = `Released ${released.map((p) => p.version.tag).join(', ')} in dependency order${skipped.length ? ` (already on the registry, skipped: ${skipped.join(', ')})` : ''}${verified ? ', each verified from the registry' : ''}.`;
    return { context, decision, plan, releaseUrl: done[0]?.r.releaseUrl, publishedTo: context.publish.published_to, degraded, verified, announcement };
}
function isHinted(err) {
    return err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2 && Boolean(err.hint);
}


/***/ })

};

//# sourceMappingURL=700.index.js.map