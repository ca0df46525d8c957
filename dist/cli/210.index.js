export const id = 210;
export const ids = [210];
export const modules = {

/***/ 47134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ workflowFile),
/* harmony export */   Sv: () => (/* binding */ repositorySlug),
/* harmony export */   pd: () => (/* binding */ trustedPublishingFindings),
/* harmony export */   vn: () => (/* binding */ NPM_TRUSTED_PUBLISHING_MIN)
/* harmony export */ });
/* harmony import */ var semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3872);
/* harmony import */ var semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58780);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Trusted-publisher prerequisites as findings (pure functions over what the caller read): npm CLI version,
 * tokens that would take over from OIDC, package.json's repository, the workflow file and environment the
 * registry will match, PyPI's reusable-workflow limit. publish-and-verify runs them in its pre-flight; a
 * `doctor` check can call them with the same inputs.
 */
// Single functions, not semver's index (which loads every range helper): see versioning/semver.ts.


/** The lowest npm CLI that publishes through npm trusted publishing (OIDC token exchange). */
const NPM_TRUSTED_PUBLISHING_MIN = '11.5.1';
/** `owner/repo` named by a repository URL or shorthand (`git+https://github.com/o/r.git`, `github:o/r`, `o/r`). */
function repositorySlug(value) {
    const raw = typeof value === 'string' ? value : typeof value === 'object' && value && typeof value.url === 'string' ? value.url : undefined;
    if (!raw)
        return undefined;
    const m = /^(?:github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(raw.trim()) ?? /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(raw.trim());
    return m ? `${m[1]}/${m[2]}` : undefined;
}
/** The workflow file of a workflow ref (`o/r/.github/workflows/release.yml@refs/heads/main` → `release.yml`). */
function workflowFile(ref) {
    return ref ? /\.github\/workflows\/([^@/]+)@/.exec(ref)?.[1] : undefined;
}
/** Runs every check that applies to `facts`. */
function trustedPublishingFindings(facts) {
    const out = [];
    const name = facts.registry === 'npm' ? 'npm trusted publishing' : 'PyPI Trusted Publishing';
    if (facts.tokenGiven) {
        out.push({ level: 'info', id: 'token-path', message: `Publishing with the token from input registry-token; ${name} is not used.`, hint: facts.registry === 'npm' ? 'Configure a trusted publisher on npmjs.com (package → Settings) and drop the token to publish through OIDC with provenance.' : undefined });
        return out;
    }
    if (!facts.idTokenAvailable) {
        out.push({ level: 'error', id: 'no-id-token', message: `No registry token was given and the job cannot request an OIDC ID token, which ${name} needs.`, hint: 'Grant the publish job `permissions: id-token: write`, or pass input `registry-token`.' });
        return out;
    }
    const file = workflowFile(facts.workflowRef);
    const jobFile = workflowFile(facts.jobWorkflowRef);
    if (file) {
        out.push({ level: 'info', id: 'publisher-match', message: `${name} will match repository ${facts.repository ?? '(unknown)'}, workflow ${file}${facts.environment ? `, environment ${facts.environment}` : ' (no environment)'}.`, hint: 'The trusted publisher configured on the registry must name exactly these.' });
    }
    // Compared by path, not file name: a reusable workflow of another repository may have the caller's file name.
    const jobPath = facts.jobWorkflowRef?.split('@')[0];
    if (facts.registry === 'pypi' && jobFile && file && jobPath !== facts.workflowRef?.split('@')[0]) {
        const reusable = jobPath?.startsWith(`${facts.repository ?? ''}/.github/`) ? jobFile : jobPath;
        out.push({ level: 'error', id: 'pypi-reusable-workflow', message: `This job runs in the reusable workflow ${reusable}, called from ${file}; PyPI matches the publisher on the job's workflow and refuses tokens minted inside a reusable workflow from another file (invalid-publisher).`, hint: 'Run publish-and-verify in a job of the caller\'s workflow (the reusable workflow with `publish: false`), or pass input `registry-token`.' });
    }
    if (facts.registry === 'npm') {
        if (facts.npmVersion && semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default()(facts.npmVersion) && semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_0___default()(facts.npmVersion, NPM_TRUSTED_PUBLISHING_MIN)) {
            out.push({ level: 'error', id: 'npm-cli-too-old', message: `npm ${facts.npmVersion} cannot publish through trusted publishing (it needs npm ≥ ${NPM_TRUSTED_PUBLISHING_MIN}).`, hint: 'Add a step `npm install -g npm@^11.5.1` before publish-and-verify (or actions/setup-node with node-version 24, whose npm is 11), or pass input `registry-token`.' });
        }
        for (const where of facts.strayTokens ?? []) {
            out.push({ level: 'warning', id: 'npm-stray-token', message: `A token is configured in ${where}: npm would fall back to it silently if the OIDC exchange failed, publishing without trusted publishing.`, hint: 'release-relay publishes with a clean npm config (that token is not used); remove it from the workflow, or pass it as input `registry-token` to publish with a token on purpose.' });
        }
        const slug = repositorySlug(facts.packageRepository);
        if (facts.repository && facts.packageRepository !== undefined && slug?.toLowerCase() !== facts.repository.toLowerCase()) {
            out.push({ level: 'error', id: 'npm-repository-mismatch', message: `package.json repository ${JSON.stringify(facts.packageRepository)} does not name ${facts.repository}; npm refuses provenance and trusted publishing from another repository.`, hint: `Set "repository": { "type": "git", "url": "git+https://github.com/${facts.repository}.git" } in package.json.` });
        }
        else if (facts.repository && facts.packageRepository === undefined) {
            out.push({ level: 'error', id: 'npm-repository-missing', message: `package.json has no repository; npm trusted publishing and provenance need it to name ${facts.repository}.`, hint: `Add "repository": { "type": "git", "url": "git+https://github.com/${facts.repository}.git" } to package.json.` });
        }
        if (facts.packageExists === false) {
            out.push({ level: 'error', id: 'npm-first-publish', message: `${facts.packageName ?? 'The package'} does not exist on the registry yet; npm trusted publishing can only publish new versions of an existing package.`, hint: 'Publish the first version with a token (input `registry-token`), then configure the trusted publisher on npmjs.com and drop the token.' });
        }
    }
    return out;
}


/***/ }),

/***/ 51210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishAndVerify: () => (/* binding */ publishAndVerify)
});

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
// EXTERNAL MODULE: ./src/core/approved-copy.ts
var approved_copy = __webpack_require__(56344);
// EXTERNAL MODULE: ./src/core/http.ts
var http = __webpack_require__(1983);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(72642);
// EXTERNAL MODULE: ./src/core/files.ts + 1 modules
var core_files = __webpack_require__(45383);
// EXTERNAL MODULE: ./src/core/log.ts
var log = __webpack_require__(44325);
// EXTERNAL MODULE: ./src/changelog/tags.ts
var tags = __webpack_require__(47701);
// EXTERNAL MODULE: ./src/ecosystems/adapters.ts + 3 modules
var adapters = __webpack_require__(6278);
// EXTERNAL MODULE: ./src/ecosystems/trusted-publishing.ts
var trusted_publishing = __webpack_require__(47134);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(10308);
// EXTERNAL MODULE: ./src/git/tag-list.ts
var tag_list = __webpack_require__(20489);
// EXTERNAL MODULE: ./src/versioning/scheme.ts + 4 modules
var versioning_scheme = __webpack_require__(95634);
;// CONCATENATED MODULE: ./src/changelog/announcement.ts
/** The release announcement (markdown): what was released, where, how to install, and the notes. */
function renderAnnouncement(input) {
    const { context, install } = input;
    const name = context.package.name;
    const version = context.version?.next ?? '';
    const lines = [
        `# ${name} ${version}`,
        '',
        `Released ${new Date().toISOString().slice(0, 10)} to ${input.publishedTo.join(', ')}${input.degraded ? ' (**degraded**: the primary registry failed, a fallback served)' : ''}.${input.verified ? ' Verified by a clean install from the registry.' : ''}`,
        '',
        '```sh',
        install,
        '```',
        '',
    ];
    if (input.releaseUrl)
        lines.push(`Release page: ${input.releaseUrl}`, '');
    if (context.changelog?.section_markdown)
        lines.push('## What changed', '', context.changelog.section_markdown.replace(/^## .*\n+/, ''), '');
    return `${lines.join('\n').trimEnd()}\n`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/core/telemetry.ts

/** Escapes a Prometheus label value. */
function label(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
/**
 * The release's metrics in Prometheus text exposition format: total and per-stage durations, the gate
 * decision, publish attempts and verification time.
 */
function renderPrometheus(ctx, extra = {}) {
    const pkg = `package="${label(ctx.package.name)}",version="${label(ctx.version?.next ?? '')}"`;
    const byStage = new Map();
    for (const t of ctx.timeline)
        byStage.set(t.stage, (byStage.get(t.stage) ?? 0) + t.duration_ms / 1000);
    const total = [...byStage.values()].reduce((a, b) => a + b, 0);
    const lines = [
        '# HELP release_duration_seconds Time spent in all release stages so far.',
        '# TYPE release_duration_seconds gauge',
        `release_duration_seconds{${pkg}} ${total.toFixed(3)}`,
        '# HELP release_stage_duration_seconds Time spent in one release stage.',
        '# TYPE release_stage_duration_seconds gauge',
        ...[...byStage].map(([stage, s]) => `release_stage_duration_seconds{${pkg},stage="${label(stage)}"} ${s.toFixed(3)}`),
        '# HELP release_gate_approved 1 when the quality gate approved the release.',
        '# TYPE release_gate_approved gauge',
        `release_gate_approved{${pkg}} ${ctx.gate?.status === 'approved' ? 1 : 0}`,
        '# HELP release_publish_attempts_total Upload attempts made while publishing.',
        '# TYPE release_publish_attempts_total counter',
        `release_publish_attempts_total{${pkg}} ${ctx.publish?.attempts ?? 0}`,
        '# HELP release_verify_seconds Time until the registry served the release.',
        '# TYPE release_verify_seconds gauge',
        `release_verify_seconds{${pkg}} ${(ctx.publish?.verify_s ?? 0).toFixed(3)}`,
        '# HELP release_degraded 1 when the release went to a fallback registry.',
        '# TYPE release_degraded gauge',
        `release_degraded{${pkg}} ${ctx.publish?.degraded ? 1 : 0}`,
    ];
    if (extra.publishSeconds !== undefined) {
        lines.push('# HELP release_publish_stage_seconds Wall time of the publish stage.', '# TYPE release_publish_stage_seconds gauge', `release_publish_stage_seconds{${pkg}} ${extra.publishSeconds.toFixed(3)}`);
    }
    return `${lines.join('\n')}\n`;
}
/** A deterministic hex id of `bytes` bytes derived from text (trace and span ids). */
function hexId(text, bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, bytes * 2);
}
/** The timeline as an OTLP/HTTP JSON trace request: one trace per release, one span per step. */
function toOtlpJson(ctx) {
    const traceId = hexId(ctx.id, 16);
    const spans = ctx.timeline.map((t, i) => {
        const start = BigInt(Date.parse(t.started_at)) * 1000000n;
        const end = start + BigInt(Math.round(t.duration_ms)) * 1000000n;
        return {
            traceId,
            spanId: hexId(`${ctx.id}/${i}`, 8),
            name: `${t.stage}/${t.step}`,
            kind: 1,
            startTimeUnixNano: start.toString(),
            endTimeUnixNano: end.toString(),
            attributes: [
                { key: 'release.stage', value: { stringValue: t.stage } },
                { key: 'release.attempts', value: { intValue: String(t.attempts) } },
                ...(t.served_by ? [{ key: 'release.served_by', value: { stringValue: t.served_by } }] : []),
            ],
            status: { code: t.outcome === 'failure' ? 2 : 1 },
        };
    });
    return {
        resourceSpans: [
            {
                resource: { attributes: [{ key: 'service.name', value: { stringValue: 'release-relay' } }, { key: 'release.package', value: { stringValue: ctx.package.name } }, { key: 'release.version', value: { stringValue: ctx.version?.next ?? '' } }] },
                scopeSpans: [{ scope: { name: 'release-relay' }, spans }],
            },
        ],
    };
}
/** Sends the timeline to an OTLP/HTTP collector (`{endpoint}/v1/traces`, JSON encoding). */
async function exportOtlp(endpoint, ctx, fetchImpl = fetch) {
    const url = `${endpoint.replace(/\/$/, '')}/v1/traces`;
    const res = await fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(toOtlpJson(ctx)), signal: AbortSignal.timeout(10_000) });
    if (!res.ok)
        throw new Error(`OTLP collector answered ${res.status} ${res.statusText}`);
}

;// CONCATENATED MODULE: ./src/stages/publish-and-verify.ts



















/**
 * publish-and-verify: pre-flight (no side effects), publish the approved bytes (classified retries, optional
 * fallback), annotated tag, GitHub release (draft → assets → publish), verify from the registry, announce,
 * metrics. Every step is resumable: a re-run skips what is already done and never duplicates anything.
 */
async function publishAndVerify(options, deps = {}) {
    // A workspace release publishes each released package in dependency order (see publish-workspace.ts).
    if (options.context.workspace)
        return (await __webpack_require__.e(/* import() */ 700).then(__webpack_require__.bind(__webpack_require__, 46700))).publishWorkspace(options, deps);
    const scratch = {};
    try {
        return await runPublish(options, deps, scratch);
    }
    finally {
        await scratch.cleanup?.();
    }
}
async function runPublish(options, deps, scratch) {
    const p = startPublish(options, deps, scratch);
    const started = Date.now();
    const pre = await preflight(p);
    if (p.dryRun) {
        return { context: p.context, decision: `Dry run: would ${pre.plan.join('; ')}`, plan: pre.plan, publishedTo: [], degraded: false, verified: false, announcement: '' };
    }
    const published = await publishToRegistry(p, pre);
    const degraded = published.servedBy !== pre.registries[0].name;
    await tagReleaseCommit(p, pre);
    const releaseUrl = await githubRelease(p, pre);
    const verified = await verifyFromRegistry(p, pre, published);
    const announcement = await announce(p, { install: pre.adapter.installCommand(p.context.package.name, p.version), releaseUrl, publishedTo: [published.servedBy], degraded, verified });
    const metricsFile = await writeMetrics(p, started);
    // After the metrics step has closed, so the trace holds every step of the timeline (that one included).
    if (options.otlpEndpoint)
        await exportOtlp(options.otlpEndpoint, p.context).catch((err) => p.logger.warning(`OTLP export failed: ${(0,errors/* describeError */.Uc)(err)}`));
    if (options.contextFile)
        await (0,core_context/* saveContext */.tn)(options.contextFile, p.context);
    const rec = p.context.publish;
    const how = rec.credentials === 'trusted-publishing' ? ' through Trusted Publishing' : ' with a token';
    const attested = rec.attested?.length ? `, ${rec.attested.length} file(s) attested` : '';
    const decision = `${degraded ? 'Degraded release' : 'Released'} ${p.context.package.name} ${p.version} to ${published.servedBy}${how}${attested}${verified ? `, verified by a clean install${rec.provenance_verified ? ' and its provenance (this repository, workflow and digests)' : ''}` : ''}${releaseUrl ? `; release ${releaseUrl}` : ''}.`;
    return { context: p.context, decision, plan: pre.plan, releaseUrl, publishedTo: [published.servedBy], degraded, verified, announcement, metricsFile };
}
/** The validated context and everything the steps share. */
function startPublish(options, deps, scratch) {
    const run = deps.exec ?? exec/* exec */.m0;
    const logger = deps.logger ?? log/* silentLogger */.qq;
    const context = structuredClone((0,core_context/* validateContext */.Cp)(options.context, 'publish-and-verify'));
    const sctx = { ...(0,combinators/* createStepContext */.YC)('publish-and-verify', logger, context.timeline), sleep: deps.sleep ? (ms) => deps.sleep(ms) : undefined };
    // deps.sleep reaches the adapter too: upload backoff, OIDC mint backoff and verify polling wait through it.
    // Provenance: attested only through Trusted Publishing (no token), and then demanded back on verify.
    const attestations = options.attestations ?? true;
    const supplyChain = {
        attestations,
        expectProvenance: attestations && !options.token && (options.useOidc ?? true),
        publisher: { repository: `${context.repository.owner}/${context.repository.name}`, workflow: (0,trusted_publishing/* workflowFile */.EY)(options.workflowRef) },
        sigstore: options.sigstore,
        idTokenRequest: options.idTokenRequest,
        workflowRef: options.workflowRef,
    };
    const env = { exec: run, logger, tools: options.tools ?? {}, runner: options.runner, sleep: deps.sleep, now: deps.now, requestTimeoutMs: options.requestTimeoutMs, uploadTimeoutMs: options.uploadTimeoutMs, supplyChain };
    const version = context.version?.next;
    // Credentials written into a registry URL (https://user:pass@host/) are secrets like any token.
    for (const r of options.registries ?? [])
        for (const secret of (0,http/* urlSecrets */.Fn)(r))
            logger.setSecret(secret);
    return {
        options,
        logger,
        sctx,
        env,
        git: new git_git/* Git */.TU((0,external_node_path_.resolve)(options.cwd ?? process.cwd()), run, { requestTimeoutMs: options.requestTimeoutMs }),
        context,
        version,
        tag: context.version?.tag,
        dryRun: options.dryRun ?? context.dry_run,
        remote: options.remote ?? 'origin',
        releaseSha: context.release_commit?.sha || context.repository.sha,
        artifactDir: (0,external_node_path_.resolve)(options.artifactDir ?? context.gate?.artifact_dir ?? (0,external_node_path_.join)(options.runner?.tempDir || (0,external_node_os_.tmpdir)(), 'release-relay', `release-${version}`)),
        scratch,
    };
}
/** Step 1: every check that can fail before the first side effect, and the plan. */
async function preflight(p) {
    const { options, logger, sctx, env, git, context, version, tag, dryRun, remote, releaseSha, artifactDir } = p;
    return (0,combinators/* instrumented */.RC)('pre-flight checks', async () => {
        if (context.gate?.status !== 'approved') {
            throw new errors/* ReleaseError */.K2('NOT_APPROVED', `The quality gate did not approve ${version} (status: ${context.gate?.status ?? 'missing'}; ${context.gate?.reasons.join('; ') || 'no reasons'}).`, 'Fix what the gate reported and run the gate again; publish only takes an approved context.');
        }
        if (!context.artifacts?.length)
            throw new errors/* ReleaseError */.K2('BAD_CONTEXT', 'The approved context lists no artifacts.', 'Run quality-gate: it builds the distributions and records their digests.');
        // The tag is created only after the upload: a name git refuses must stop the release now, not then.
        await (0,git_git/* assertValidRefName */.Pu)(tag, 'tag', env.exec).catch(() => {
            throw new errors/* ReleaseError */.K2('BAD_CONTEXT', `The context's tag "${tag}" is not a valid git tag name.`, 'Pass the context prepare-release and the gate wrote, unchanged; fix input `tag-template` of prepare-release if it produced this tag.');
        });
        const root = await git.topLevel();
        // Paths this stage writes: inside the workspace or the runner's temp directory, never through "..".
        const cwd = (0,external_node_path_.resolve)(options.cwd ?? process.cwd());
        const writable = [root, cwd, options.runner?.tempDir || (0,external_node_os_.tmpdir)()];
        if (options.notesDir !== undefined)
            (0,core_files/* resolveContained */.mi)(cwd, options.notesDir, 'notes-dir', writable);
        if (options.metricsFile !== undefined)
            (0,core_files/* resolveContained */.mi)(cwd, options.metricsFile, 'metrics-file', writable);
        const adapter = await (0,adapters/* getFullAdapter */.xQ)((0,core_files/* resolveInside */.LI)(root, context.package.dir, 'package-dir'), context.package.ecosystem);
        const info = { name: context.package.name, version, scheme: context.version?.scheme ?? 'pep440', versionFiles: context.package.version_files, ...(context.package.import_names?.length ? { importNames: context.package.import_names } : {}) };
        // The approved bytes: every file checked against the digest the gate recorded and copied, from the very
        // bytes checked, into a private directory. Everything after this reads only the copies.
        const sources = (context.artifacts ?? []).map((a) => ({ path: (0,core_files/* resolveInside */.LI)(artifactDir, a.file, 'artifact-dir'), sha256: a.sha256 }));
        const copies = await (0,approved_copy/* copyApproved */.T)(sources, options.runner?.tempDir || (0,external_node_os_.tmpdir)());
        p.scratch.cleanup = copies.cleanup;
        const files = copies.files;
        const registries = (options.registries?.length ? options.registries : [adapter.defaultRegistry ?? 'pypi']).map((r) => adapter.registry(r));
        // What the target registry already holds: same bytes → skip, other bytes → stop.
        // Read with the upload's retry policy: one 503 from the index must not stop the release before it starts.
        // A target that stays unreadable is left to the publish step when there are fallbacks to turn to.
        const readState = (0,combinators/* retry */.L5)(() => adapter.remoteState(env, { registry: registries[0], name: context.package.name, version, artifacts: context.artifacts ?? [] }), {
            attempts: options.uploadAttempts ?? 4,
            baseDelayMs: options.retryDelayMs ?? 2000,
            maxDelayMs: 60_000,
            jitter: 0.3,
        });
        let unreadable = false;
        const state = await readState(undefined, { ...sctx, attempts: { count: 0 } }).catch((err) => {
            if (registries.length < 2 || !(0,combinators/* isTransientError */.bV)(err))
                throw err;
            unreadable = true;
            logger.warning(`Could not read what ${registries[0].name} holds (${(0,errors/* describeError */.Uc)(err)}); the publish step will try it and then fall back.`);
            return {};
        });
        const different = Object.entries(state).filter(([, s]) => s === 'different').map(([f]) => f);
        if (different.length) {
            throw new errors/* ReleaseError */.K2('ALREADY_PUBLISHED_DIFFERENT', `${registries[0].name} already has ${different.join(', ')} for ${version} with different contents.`, 'A published version can never change: release a new version (e.g. a .post1 or the next patch).');
        }
        const alreadyPublished = Object.entries(state).filter(([, s]) => s === 'same').map(([f]) => f);
        // The tag: absent, or already on the release commit (a re-run).
        const local = await git.tagCommit(tag);
        const onRemote = (options.pushTag ?? true) && (await git.hasRemote(remote)) ? await git.remoteTagCommit(remote, tag) : null;
        for (const [where, sha] of [['locally', local], [`on ${remote}`, onRemote]]) {
            if (sha && sha !== releaseSha) {
                throw new errors/* ReleaseError */.K2('TAG_EXISTS', `Tag ${tag} exists ${where} on ${sha.slice(0, 7)}, not on the release commit ${releaseSha.slice(0, 7)}.`, 'Delete the stray tag if that release never happened, or release a new version.');
            }
        }
        const tagState = local || onRemote ? 'same' : 'absent';
        // Credentials, before anything is uploaded (not needed when everything is there already).
        const needUpload = alreadyPublished.length < (context.artifacts?.length ?? 0);
        const credentials = needUpload && !dryRun
            ? await adapter.credentials(env, { registry: registries[0], token: options.token, useOidc: options.useOidc ?? true }).catch((err) => {
                // An unreachable target (fallbacks follow): the publish step asks each registry for its own.
                if (unreadable && (0,combinators/* isTransientError */.bV)(err))
                    return null;
                throw err;
            })
            : null;
        const plan = [
            `publish ${files.length - alreadyPublished.length} file(s) of ${context.package.name} ${version} to ${registries[0].name}${registries.length > 1 ? ` (fallback: ${registries.slice(1).map((r) => r.name).join(', ')})` : ''}${alreadyPublished.length ? `; already there: ${alreadyPublished.join(', ')}` : ''}`,
            tagState === 'same' ? `tag ${tag} already on ${releaseSha.slice(0, 7)}` : `create annotated tag ${tag} on ${releaseSha.slice(0, 7)} and push it`,
            options.github ? `GitHub release ${tag} with ${files.length} asset(s)` : 'no GitHub release (no token/repository)',
            options.verify === false ? 'no verification' : `verify from ${registries[0].name} (up to ${Math.round((options.verifyTimeoutMs ?? 900_000) / 60000)} min)`,
        ];
        logger.info(`Plan:\n${plan.map((p) => `  - ${p}`).join('\n')}`);
        return { files, registries, alreadyPublished, tagState, credentials, plan, adapter, info };
    })(undefined, sctx);
}
/** Step 2: publish to the target registry, falling back to the others only when it fails for good. */
async function publishToRegistry(p, pre) {
    const { options, logger, sctx, env, context, version, tag } = p;
    const a = pre.adapter;
    const published = await (0,combinators/* instrumented */.RC)('publish to registry', (0,combinators/* fallback */.Np)(pre.registries.map((registry, i) => ({
        name: registry.name,
        step: async () => {
            // Everything already on the target (a re-run): nothing to upload, so no credential is minted or used.
            if (i === 0 && pre.alreadyPublished.length === pre.files.length) {
                logger.info(`Every approved file is already on ${registry.name}; nothing to upload.`);
                return { uploaded: [], skipped: [...pre.alreadyPublished], attempts: 0, registry };
            }
            const credentials = i === 0 && pre.credentials ? pre.credentials : await a.credentials(env, { registry, token: options.token, useOidc: options.useOidc ?? true });
            const r = await a.publish(env, { registry, files: pre.files, artifacts: context.artifacts ?? [], name: context.package.name, version, credentials, attempts: options.uploadAttempts ?? 4, baseDelayMs: options.retryDelayMs });
            return { ...r, registry };
        },
    })), 
    // A real conflict (other bytes already there) must stop, not fall back.
    { shouldFallback: (err) => !(0,errors/* isReleaseError */.q8)(err, 'ALREADY_PUBLISHED_DIFFERENT') }))(undefined, sctx);
    const degraded = published.servedBy !== pre.registries[0].name;
    if (degraded)
        logger.warning(`Degraded release: ${pre.registries[0].name} failed (${(0,errors/* describeError */.Uc)(published.failures[0]?.error)}); published to ${published.servedBy} instead.`);
    context.publish = {
        registry: published.value.registry.indexUrl,
        published_to: [published.servedBy],
        fallback_used: degraded,
        degraded,
        skipped_existing: published.value.skipped,
        tag,
        tag_created: false,
        verified: false,
        attempts: published.value.attempts,
        credentials: pre.credentials?.source === 'oidc' || (!pre.credentials && p.env.supplyChain?.expectProvenance) ? 'trusted-publishing' : 'token',
        attested: published.value.attested ?? [],
    };
    return published;
}
/** Step 3: the annotated tag on the release commit, only now that the upload is done. */
async function tagReleaseCommit(p, pre) {
    const { options, sctx, git, context, version, tag, remote, releaseSha } = p;
    await (0,combinators/* instrumented */.RC)('tag release commit', async () => {
        if (pre.tagState === 'same' && (await git.tagCommit(tag))) {
            if ((options.pushTag ?? true) && (await git.hasRemote(remote)) && !(await git.remoteTagCommit(remote, tag)))
                await git.push(remote, [`refs/tags/${tag}`]);
            return;
        }
        if (!(await git.tagCommit(tag)))
            await git.tag(tag, releaseSha, `${context.package.name} ${version}\n\n${context.changelog?.section_markdown ?? ''}`);
        if ((options.pushTag ?? true) && (await git.hasRemote(remote)))
            await git.push(remote, [`refs/tags/${tag}`]);
        context.publish.tag_created = true;
    })(undefined, sctx);
}
/** Step 4: the GitHub release: draft, assets, publish (works with immutable releases). */
async function githubRelease(p, pre) {
    const { options, sctx, git, context, version, tag } = p;
    const pkg = pre.info;
    let releaseUrl;
    if (options.github) {
        const gh = options.github;
        releaseUrl = await (0,combinators/* instrumented */.RC)('GitHub release', async () => {
            const { ensureDraftRelease, uploadAssetIfMissing, publishRelease } = await __webpack_require__.e(/* import() */ 425).then(__webpack_require__.bind(__webpack_require__, 23425));
            const scheme = (0,versioning_scheme/* getScheme */.m)(pkg.scheme);
            const prerelease = scheme.isPrerelease(version);
            const release = await ensureDraftRelease(gh.client, { owner: gh.owner, repo: gh.repo, tag, name: `${context.package.name} ${version}`, body: context.changelog?.section_markdown ?? '', prerelease, retryDelayMs: options.retryDelayMs });
            for (const file of pre.files) {
                const record = context.artifacts?.find((r) => file.endsWith(`/${r.file}`));
                await uploadAssetIfMissing(gh.client, { owner: gh.owner, repo: gh.repo, release, filePath: file, name: record?.file, contentType: 'application/octet-stream' });
            }
            const latest = await isHighestFinal(git, context, scheme);
            const published = await publishRelease(gh.client, { owner: gh.owner, repo: gh.repo, release, body: context.changelog?.section_markdown ?? '', makeLatest: latest ? 'true' : 'false', prerelease });
            return published.url;
        })(undefined, sctx);
        context.publish.release_url = releaseUrl;
    }
    return releaseUrl;
}
/** Step 5: verify from the registry the release went to; not served in time is VERIFY_FAILED. */
async function verifyFromRegistry(p, pre, published) {
    const { options, sctx, env, context, version } = p;
    const a = pre.adapter;
    const pkg = pre.info;
    let verified = false;
    if (options.verify !== false) {
        const v = await (0,combinators/* instrumented */.RC)('verify from registry', async () => a.verify(env, { registry: published.value.registry, info: pkg, version, artifacts: context.artifacts ?? [], timeoutMs: options.verifyTimeoutMs ?? 900_000, pollMs: options.verifyPollMs }))(undefined, sctx);
        verified = v.verified;
        Object.assign(context.publish, { verified, verify_s: v.propagationS, provenance_verified: v.provenanceVerified ?? false });
        if (!verified) {
            throw new errors/* ReleaseError */.K2('VERIFY_FAILED', v.state === 'propagating' ? `${version} is published but ${published.servedBy} is still propagating it after ${Math.round(v.propagationS)} s.` : v.state === 'unanswered' ? `${published.servedBy} did not answer while ${version} was being verified: ${v.reason ?? ''}` : `${version} is not served by ${published.servedBy}.`, v.state === 'propagating' ? 'Wait and re-run publish-and-verify: everything done is skipped, only the check runs again.' : 'Check the upload log above; re-run to retry.');
        }
    }
    return verified;
}
/** Step 6: the announcement (written to notes-dir when set) and into the context. */
async function announce(p, outcome) {
    const { options, sctx, context, version } = p;
    const { releaseUrl, degraded, verified } = outcome;
    const announcement = renderAnnouncement({ context, install: outcome.install, releaseUrl, publishedTo: outcome.publishedTo, degraded, verified });
    await (0,combinators/* instrumented */.RC)('announce', async () => {
        if (options.notesDir) {
            const dir = (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), options.notesDir);
            await (0,promises_.mkdir)(dir, { recursive: true });
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, `${context.package.name}-${version}.md`), announcement);
        }
    })(undefined, sctx);
    context.publish.announcement = announcement;
    return announcement;
}
/** Step 7: the Prometheus metrics file. */
async function writeMetrics(p, started) {
    const { options, sctx, context, artifactDir } = p;
    const metricsFile = options.metricsFile ?? (0,external_node_path_.join)(artifactDir, 'metrics.prom');
    await (0,combinators/* instrumented */.RC)('metrics', async () => {
        await (0,promises_.mkdir)((0,external_node_path_.resolve)(metricsFile, '..'), { recursive: true });
        await (0,promises_.writeFile)(metricsFile, renderPrometheus(context, { publishSeconds: (Date.now() - started) / 1000 }));
    })(undefined, sctx);
    return metricsFile;
}
/** Whether this version is a final release at least as high as every released version with the same tag template. */
async function isHighestFinal(git, context, scheme) {
    const version = context.version?.next;
    if (scheme.isPrerelease(version))
        return false;
    const released = (0,tags/* releaseTags */.dt)(await (0,tag_list/* listTags */.cB)(git), { template: templateOf(context), name: context.package.name, scheme });
    return !released.some((t) => !scheme.isPrerelease(t.version) && scheme.compare(t.version, version) > 0);
}
/** Recovers the tag template from the context's tag and version. */
function templateOf(context) {
    const tag = context.version?.tag;
    const version = context.version?.next;
    const i = tag.lastIndexOf(version);
    if (i < 0)
        return 'v{version}';
    const head = tag.slice(0, i).split(context.package.name).join('{name}');
    return `${head}{version}${tag.slice(i + version.length)}`;
}


/***/ })

};

//# sourceMappingURL=210.index.js.map