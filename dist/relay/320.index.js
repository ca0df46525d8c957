export const id = 320;
export const ids = [320];
export const modules = {

/***/ 5543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ describeArtifacts),
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);





/** The hex SHA-256 of a file, read as a stream (distributions can be large). */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    try {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
            hash.update(chunk);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseError */ .K2('BAD_INPUT', `Cannot read ${path} to compute its digest: ${err.message}`, 'Check that the build wrote the file and that it is readable.', { cause: err });
    }
    return hash.digest('hex');
}
/** File name, SHA-256 and size of each file, in the order given: the records the release context carries. */
async function describeArtifacts(files) {
    const records = [];
    for (const file of files) {
        const sha256 = await sha256File(file);
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file);
        records.push({ file: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(file), sha256, size });
    }
    return records;
}


/***/ }),

/***/ 2642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ CommandFailedError),
/* harmony export */   m: () => (/* binding */ exec)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * Runs `file` with `args` without a shell, in its own process group so that a timeout or abort kills the
 * whole tree it started (pytest workers, build backends), not just the direct child.
 */
const exec = (file, args, options = {}) => {
    const started = Date.now();
    const check = options.check ?? true;
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('TIMEOUT', `${file} was not started: the operation was aborted`, 'Raise the timeout.'));
            return;
        }
        const env = options.replaceEnv ? { ...options.env } : { ...process.env, ...options.env };
        for (const key of Object.keys(env))
            if (env[key] === undefined)
                delete env[key];
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, [...args], {
            cwd: options.cwd,
            env: env,
            detached: process.platform !== 'win32',
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
            windowsHide: true,
        });
        let stdout = '';
        let stderr = '';
        let killed = false;
        const killTree = () => {
            if (child.exitCode !== null || child.signalCode !== null)
                return;
            killed = true;
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
        const timer = options.timeoutMs !== undefined ? setTimeout(killTree, options.timeoutMs) : undefined;
        const onAbort = () => killTree();
        options.signal?.addEventListener('abort', onAbort, { once: true });
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            stdout += chunk;
            options.onOutput?.(chunk, 'stdout');
        });
        child.stderr.on('data', (chunk) => {
            stderr += chunk;
            options.onOutput?.(chunk, 'stderr');
        });
        child.stdin.on('error', () => undefined);
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
        const finish = () => {
            if (timer)
                clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
        };
        child.on('error', (err) => {
            finish();
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('COMMAND_FAILED', `Could not start ${file}: ${err.message}`, `Install ${file} or put it on PATH.`, {
                cause: err,
            }));
        });
        child.on('close', (code, sig) => {
            finish();
            // The direct child is gone; make sure nothing it started outlives it after a kill.
            if (killed && child.pid !== undefined && process.platform !== 'win32') {
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    /* group already gone */
                }
            }
            const result = { code: code ?? (sig ? 128 : 1), stdout, stderr, killed, durationMs: Date.now() - started };
            if (killed) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('TIMEOUT', `${file} ${args.join(' ')} was killed after ${options.timeoutMs !== undefined ? `${options.timeoutMs} ms` : 'an abort'}`, 'Raise the timeout, or find out why the command hangs.', { transient: true }));
                return;
            }
            if (check && result.code !== 0) {
                reject(new CommandFailedError(file, args, result));
                return;
            }
            resolve(result);
        });
    });
};
/** A command that exited non-zero; carries its output for classification and evidence. */
class CommandFailedError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2 {
    result;
    constructor(file, args, result) {
        const tail = (result.stderr || result.stdout).trim().split('\n').slice(-15).join('\n');
        super('COMMAND_FAILED', `${file} ${args.join(' ')} exited with ${result.code}${tail ? `:\n${tail}` : ''}`, 'See the output above.');
        this.name = 'CommandFailedError';
        this.result = result;
    }
}


/***/ }),

/***/ 839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ getFullAdapter)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8551);


/** The adapter for `dir` (or the named ecosystem) with its gate and publish members; refuses one without them. */
async function getFullAdapter(dir, requested) {
    const adapter = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .detectEcosystem */ .WZ)(dir, requested);
    const full = adapter;
    if (typeof full.build !== 'function' || typeof full.publish !== 'function') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('UNKNOWN_ECOSYSTEM', `The ${adapter.name} adapter cannot build or publish yet.`, 'Use an ecosystem with a full adapter (python, npm).');
    }
    return adapter;
}


/***/ }),

/***/ 6320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishAndVerify: () => (/* binding */ publishAndVerify)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/combinators.ts
var combinators = __webpack_require__(4192);
// EXTERNAL MODULE: ./src/core/context.ts
var core_context = __webpack_require__(8480);
// EXTERNAL MODULE: ./src/core/digest.ts
var core_digest = __webpack_require__(5543);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(2642);
// EXTERNAL MODULE: ./src/core/files.ts
var core_files = __webpack_require__(9928);
// EXTERNAL MODULE: ./src/core/log.ts
var log = __webpack_require__(4325);
// EXTERNAL MODULE: ./src/changelog/tags.ts + 1 modules
var changelog_tags = __webpack_require__(2711);
// EXTERNAL MODULE: ./src/ecosystems/pipeline.ts
var pipeline = __webpack_require__(839);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/versioning/scheme.ts
var versioning_scheme = __webpack_require__(2053);
;// CONCATENATED MODULE: ./src/stages/announce.ts
/** The release announcement (markdown): what was released, where, how to install, and the notes. */
function renderAnnouncement(input) {
    const { context } = input;
    const name = context.package.name;
    const version = context.version?.next ?? '';
    const install = context.package.ecosystem === 'npm' ? `npm install ${name}@${version}` : `pip install ${name}==${version}`;
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
var external_node_crypto_ = __webpack_require__(7598);
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
    const run = deps.exec ?? exec/* exec */.m;
    const logger = deps.logger ?? log/* silentLogger */.q;
    const context = structuredClone((0,core_context/* validateContext */.Cp)(options.context, 'publish-and-verify'));
    const sctx = { ...(0,combinators/* createStepContext */.YC)('publish-and-verify', logger, context.timeline), sleep: deps.sleep ? (ms) => deps.sleep(ms) : undefined };
    // deps.sleep reaches the adapter too: upload backoff, OIDC mint backoff and verify polling wait through it.
    const env = { exec: run, logger, tools: options.tools ?? {}, sleep: deps.sleep };
    const git = new git_git/* Git */.TU((0,external_node_path_.resolve)(options.cwd ?? process.cwd()), run);
    const version = context.version?.next;
    const tag = context.version?.tag;
    const dryRun = options.dryRun ?? context.dry_run;
    const remote = options.remote ?? 'origin';
    const releaseSha = context.release_commit?.sha || context.repository.sha;
    const artifactDir = (0,external_node_path_.resolve)(options.artifactDir ?? context.gate?.artifact_dir ?? (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'release-relay', `release-${version}`));
    const started = Date.now();
    let info;
    let adapter;
    const pre = await (0,combinators/* instrumented */.RC)('pre-flight checks', async () => {
        if (context.gate?.status !== 'approved') {
            throw new errors/* ReleaseError */.K2('NOT_APPROVED', `The quality gate did not approve ${version} (status: ${context.gate?.status ?? 'missing'}; ${context.gate?.reasons.join('; ') || 'no reasons'}).`, 'Fix what the gate reported and run the gate again; publish only takes an approved context.');
        }
        if (!context.artifacts?.length)
            throw new errors/* ReleaseError */.K2('BAD_CONTEXT', 'The approved context lists no artifacts.', 'Run quality-gate: it builds the distributions and records their digests.');
        const root = await git.topLevel();
        adapter = await (0,pipeline/* getFullAdapter */.x)((0,core_files/* resolveInside */.LI)(root, context.package.dir, 'package-dir'), context.package.ecosystem);
        info = { name: context.package.name, version, scheme: context.version?.scheme ?? 'pep440', versionFiles: context.package.version_files };
        // The approved bytes: every file present with the digest the gate recorded.
        const files = [];
        for (const a of context.artifacts ?? []) {
            const file = (0,core_files/* resolveInside */.LI)(artifactDir, a.file, 'artifacts');
            const digest = await (0,core_digest/* sha256File */.Q)(file).catch(() => {
                throw new errors/* ReleaseError */.K2('DIGEST_MISMATCH', `Approved file ${a.file} is missing from ${artifactDir}.`, `Download the release-${version} artifact the gate uploaded into artifact-dir.`);
            });
            if (digest !== a.sha256) {
                throw new errors/* ReleaseError */.K2('DIGEST_MISMATCH', `${a.file} has sha256 ${digest}, but the gate approved ${a.sha256}.`, 'Publish only the artifact the gate built; re-run the gate if the files were rebuilt.');
            }
            files.push(file);
        }
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
        return { files, registries, alreadyPublished, tagState, credentials, plan };
    })(undefined, sctx);
    if (dryRun) {
        return { context, decision: `Dry run: would ${pre.plan.join('; ')}`, plan: pre.plan, publishedTo: [], degraded: false, verified: false, announcement: '' };
    }
    const a = adapter;
    const pkg = info;
    // 2. Publish (target first, fallbacks only when it fails for good).
    const published = await (0,combinators/* instrumented */.RC)('publish to registry', (0,combinators/* fallback */.Np)(pre.registries.map((registry, i) => ({
        name: registry.name,
        step: async () => {
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
    };
    // 3. Tag, only now that the upload is done.
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
    // 4. GitHub release: draft, assets, publish (works with immutable releases).
    let releaseUrl;
    if (options.github) {
        const gh = options.github;
        releaseUrl = await (0,combinators/* instrumented */.RC)('GitHub release', async () => {
            const { ensureDraftRelease, uploadAssetIfMissing, publishRelease } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(425)]).then(__webpack_require__.bind(__webpack_require__, 3425));
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
    // 5. Verify from the registry the release went to.
    let verified = false;
    if (options.verify !== false) {
        const v = await (0,combinators/* instrumented */.RC)('verify from registry', async () => a.verify(env, { registry: published.value.registry, info: pkg, version, artifacts: context.artifacts ?? [], timeoutMs: options.verifyTimeoutMs ?? 900_000, pollMs: options.verifyPollMs }))(undefined, sctx);
        verified = v.verified;
        Object.assign(context.publish, { verified, verify_s: v.propagationS });
        if (!verified) {
            throw new errors/* ReleaseError */.K2('VERIFY_FAILED', v.state === 'propagating' ? `${version} is published but ${published.servedBy} is still propagating it after ${Math.round(v.propagationS)} s.` : `${version} is not served by ${published.servedBy}.`, v.state === 'propagating' ? 'Wait and re-run publish-and-verify: everything done is skipped, only the check runs again.' : 'Check the upload log above; re-run to retry.');
        }
    }
    // 6. Announce.
    const announcement = renderAnnouncement({ context, releaseUrl, publishedTo: [published.servedBy], degraded, verified });
    await (0,combinators/* instrumented */.RC)('announce', async () => {
        if (options.notesDir) {
            const dir = (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), options.notesDir);
            await (0,promises_.mkdir)(dir, { recursive: true });
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, `${context.package.name}-${version}.md`), announcement);
        }
    })(undefined, sctx);
    context.publish.announcement = announcement;
    // 7. Metrics.
    const metricsFile = options.metricsFile ?? (0,external_node_path_.join)(artifactDir, 'metrics.prom');
    await (0,combinators/* instrumented */.RC)('metrics', async () => {
        await (0,promises_.mkdir)((0,external_node_path_.resolve)(metricsFile, '..'), { recursive: true });
        await (0,promises_.writeFile)(metricsFile, renderPrometheus(context, { publishSeconds: (Date.now() - started) / 1000 }));
    })(undefined, sctx);
    // After the metrics step has closed, so the trace holds every step of the timeline (that one included).
    if (options.otlpEndpoint)
        await exportOtlp(options.otlpEndpoint, context).catch((err) => logger.warning(`OTLP export failed: ${(0,errors/* describeError */.Uc)(err)}`));
    if (options.contextFile)
        await (0,core_context/* saveContext */.tn)(options.contextFile, context);
    const decision = `${degraded ? 'Degraded release' : 'Released'} ${context.package.name} ${version} to ${published.servedBy}${verified ? ', verified by a clean install' : ''}${releaseUrl ? `; release ${releaseUrl}` : ''}.`;
    return { context, decision, plan: pre.plan, releaseUrl, publishedTo: [published.servedBy], degraded, verified, announcement, metricsFile };
}
/** Whether this version is a final release at least as high as every released version with the same tag template. */
async function isHighestFinal(git, context, scheme) {
    const version = context.version?.next;
    if (scheme.isPrerelease(version))
        return false;
    const template = templateOf(context);
    const tags = (await git.out(['tag', '--list'])).split('\n').filter(Boolean);
    for (const t of tags) {
        const v = (0,changelog_tags/* parseTag */.ED)(template, t, context.package.name);
        if (v && scheme.isValid(v) && !scheme.isPrerelease(v) && scheme.compare(v, version) > 0)
            return false;
    }
    return true;
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

//# sourceMappingURL=320.index.js.map