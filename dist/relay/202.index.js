export const id = 202;
export const ids = [202];
export const modules = {

/***/ 88822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ pollUntil)
/* harmony export */ });
/* harmony import */ var _combinators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54192);

/**
 * Polls until `poll` says done or the deadline would pass, waiting `intervalMs`, then growing by `factor`
 * up to `maxIntervalMs` between polls. Errors thrown by `poll` end the polling (classify transient ones
 * inside `poll` as pending). The one wait loop of the suite: registry verification and the CI wait use it.
 */
async function pollUntil(poll, options) {
    const now = options.now ?? Date.now;
    const wait = options.sleep ?? _combinators_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .yy;
    const started = now();
    let delay = options.intervalMs;
    for (let n = 1;; n++) {
        const r = await poll(n);
        const elapsedMs = now() - started;
        if (r.done)
            return { done: true, value: r.value, polls: n, elapsedMs };
        options.onPending?.(r.pending, n, elapsedMs);
        // A wait lasts until its deadline: the last wait shrinks to end exactly at it, and one last poll runs there.
        if (elapsedMs >= options.timeoutMs)
            return { done: false, pending: r.pending, polls: n, elapsedMs };
        await wait(Math.max(0, Math.min(delay, options.timeoutMs - elapsedMs)), options.signal);
        delay = Math.min(Math.round(delay * (options.factor ?? 2)), options.maxIntervalMs);
    }
}


/***/ }),

/***/ 77202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WZ: () => (/* binding */ detectEcosystem),
  xQ: () => (/* binding */ getFullAdapter)
});

// UNUSED EXPORTS: ECOSYSTEMS, getAdapter

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/ecosystems/npm/index.ts + 11 modules
var npm = __webpack_require__(56643);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/files.ts + 1 modules
var files = __webpack_require__(45383);
// EXTERNAL MODULE: ./src/ecosystems/python/docs-replacements.ts
var docs_replacements = __webpack_require__(32031);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/ecosystems/python/interpreter.ts
var interpreter = __webpack_require__(40850);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/ecosystems/python/build-requirements.ts
/**
 * Lists `[build-system] requires` entries the interpreter's own packages do not satisfy (`flit_core >=4,<5`
 * with flit_core 3.8.0 installed), read by that interpreter with tomllib and packaging. Used to explain a
 * failed build without isolation; empty when everything is met or it cannot tell (no packaging module).
 */
const SCRIPT = `
import sys, json
try:
    import tomllib
except ImportError:
    import tomli as tomllib
from importlib import metadata
from packaging.requirements import Requirement
with open(sys.argv[1], "rb") as f:
    requires = tomllib.load(f).get("build-system", {}).get("requires", [])
unmet = []
for spec in requires:
    req = Requirement(spec)
    if req.marker is not None and not req.marker.evaluate():
        continue
    try:
        have = metadata.version(req.name)
    except metadata.PackageNotFoundError:
        unmet.append({"requirement": spec, "installed": None})
        continue
    if req.specifier and not req.specifier.contains(have, prereleases=True):
        unmet.append({"requirement": spec, "installed": have})
print(json.dumps(unmet))
`;
async function unmetBuildRequirements(exec, python, pyprojectPath) {
    try {
        const { stdout } = await exec(python, ['-c', SCRIPT, pyprojectPath], { timeoutMs: 60_000 });
        const parsed = JSON.parse(stdout.trim().split('\n').pop() ?? '[]');
        return Array.isArray(parsed) ? parsed : [];
    }
    catch {
        return [];
    }
}
/** `flit_core >=4,<5 (installed: 3.8.0)`, `hatch-vcs (not installed)`. */
function describeUnmet(unmet) {
    return unmet.map((u) => `${u.requirement} (${u.installed === null ? 'not installed' : `installed: ${u.installed}`})`).join(', ');
}

;// CONCATENATED MODULE: ./src/ecosystems/python/build.ts




const DIST_FILE = /\.(whl|tar\.gz|zip)$/;
function inside(parent, child) {
    const rel = (0,external_node_path_.relative)(parent, child);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * Builds a Python package's distributions once. `python -m build` builds the sdist and then the wheel FROM
 * the sdist, so a file missing from the sdist fails here rather than for users. Returns absolute paths.
 */
async function buildPython(opts) {
    const tool = opts.tool ?? 'build';
    const packageDir = (0,external_node_path_.resolve)(opts.packageDir);
    const outDir = (0,external_node_path_.resolve)(opts.outDir);
    // The out dir is wiped first: refuse one that holds the sources.
    if (inside(outDir, packageDir)) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `The build output directory ${outDir} contains the package directory ${packageDir}.`, 'Use a separate output directory such as dist/ inside the package, or a temporary directory.');
    }
    await (0,promises_.rm)(outDir, { recursive: true, force: true });
    await (0,promises_.mkdir)(outDir, { recursive: true });
    let file;
    let args;
    if (tool === 'uv') {
        try {
            await opts.exec('uv', ['--version'], { signal: opts.signal });
        }
        catch {
            throw new core_errors/* ReleaseError */.K2('BAD_INPUT', 'Input "build-tool" is uv, but uv is not on PATH.', 'Install uv first (astral-sh/setup-uv), or set build-tool to build.');
        }
        file = 'uv';
        args = ['build', '--out-dir', outDir, ...(opts.isolated ? [] : ['--no-build-isolation']), packageDir];
    }
    else if (tool === 'build') {
        file = opts.python;
        args = ['-m', 'build', '--outdir', outDir, ...(opts.isolated ? [] : ['--no-isolation', '--skip-dependency-check']), packageDir];
    }
    else {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "build-tool" (${String(tool)}) is not one of: build, uv.`, 'Set build-tool to build or uv.');
    }
    opts.logger.info(`building: ${file} ${args.join(' ')}`);
    try {
        await opts.exec(file, args, {
            cwd: packageDir,
            env: opts.env,
            signal: opts.signal,
            timeoutMs: opts.timeoutMs ?? 10 * 60_000,
            onOutput: (chunk) => {
                for (const line of chunk.trimEnd().split('\n'))
                    opts.logger.debug(line);
            },
        });
    }
    catch (err) {
        if ((0,core_errors/* isReleaseError */.q8)(err, 'COMMAND_FAILED')) {
            // Without isolation the interpreter's own packages build it: name the declared requirements they miss.
            const unmet = !opts.isolated && tool === 'build' ? await unmetBuildRequirements(opts.exec, opts.python, (0,external_node_path_.join)(packageDir, 'pyproject.toml')) : [];
            const hint = unmet.length
                ? `Without build isolation (isolated-build: false, or --offline) the interpreter's own packages build it, and they do not meet [build-system] requires: ${describeUnmet(unmet)}. Install matching versions into ${opts.python}, or build isolated (isolated-build: true) where the index is reachable.`
                : buildHint(err.message, opts.isolated);
            throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `Building ${packageDir} failed: ${err.message}`, hint, { cause: err });
        }
        throw err;
    }
    const files = (await (0,promises_.readdir)(outDir)).filter((f) => DIST_FILE.test(f)).sort().map((f) => (0,external_node_path_.join)(outDir, f));
    const wheels = files.filter((f) => f.endsWith('.whl'));
    const sdists = files.filter((f) => !f.endsWith('.whl'));
    if (!wheels.length || !sdists.length) {
        throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `Building ${packageDir} produced ${files.length ? files.map((f) => (0,external_node_path_.relative)(outDir, f)).join(', ') : 'no distributions'}, not an sdist and a wheel.`, 'Check the build backend configuration in pyproject.toml.');
    }
    opts.logger.info(`built ${files.map((f) => (0,external_node_path_.relative)(outDir, f)).join(', ')}`);
    return { files };
}
function buildHint(output, isolated) {
    if (/No module named build\b/.test(output))
        return 'Install pypa/build into that interpreter (pip install build), or set build-tool to uv.';
    if (!isolated && /ModuleNotFoundError|Backend .* is not available|BackendUnavailable/i.test(output)) {
        return 'Without build isolation the build backend (e.g. hatchling) must be installed in the interpreter; install it or enable isolated builds.';
    }
    return 'Fix the error in the build output above; `python -m build` builds the wheel from the sdist, so a file missing from the sdist fails the wheel build.';
}

// EXTERNAL MODULE: ./src/core/combinators.ts
var combinators = __webpack_require__(54192);
// EXTERNAL MODULE: ./src/core/http.ts
var http = __webpack_require__(1983);
// EXTERNAL MODULE: ./src/ecosystems/python/index-api.ts
var index_api = __webpack_require__(70441);
;// CONCATENATED MODULE: ./src/ecosystems/python/credentials.ts
/**
 * The upload credential for a Python index: an API token given as input, or one minted through PyPI's
 * Trusted Publishing (GitHub OIDC ID token exchanged at `{index}/_/oidc/mint-token`).
 */




const OIDC_HINT_PERMISSION = 'Pass input `pypi-token`, or use Trusted Publishing: configure a publisher on PyPI and grant the job `permissions: id-token: write`.';
/**
 * Returns the token to upload with, masked in logs. Throws NO_CREDENTIALS (before anything is uploaded)
 * when there is neither a token nor an OIDC environment, OIDC_REFUSED when the index refuses the exchange.
 */
async function getPublishToken(opts) {
    if (opts.token) {
        opts.logger.setSecret(opts.token);
        return { token: opts.token, source: 'input' };
    }
    if (!opts.useOidc) {
        throw new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `No token for ${(0,index_api/* indexBase */.y3)(opts.indexUrl)} was given and Trusted Publishing is turned off.`, OIDC_HINT_PERMISSION);
    }
    if (!opts.requestUrl || !opts.requestToken) {
        throw new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `No token for ${(0,index_api/* indexBase */.y3)(opts.indexUrl)} was given, and the job cannot request an OIDC ID token (ACTIONS_ID_TOKEN_REQUEST_URL is not set).`, OIDC_HINT_PERMISSION);
    }
    const doFetch = opts.fetchImpl ?? fetch;
    let audience;
    const ctx = { ...(0,combinators/* createStepContext */.YC)('publish-and-verify', opts.logger), sleep: opts.sleep, signal: opts.signal };
    // Each attempt asks the runner for a FRESH ID token: PyPI accepts every JWT once, even if the mint failed.
    const mint = (0,combinators/* retry */.L5)(async () => {
        audience ??= await fetchAudience(opts, doFetch);
        const jwt = await requestIdToken(opts, audience, doFetch);
        return mintToken(opts, jwt, doFetch);
    }, { attempts: opts.mintAttempts ?? 4, baseDelayMs: opts.baseDelayMs ?? 1000, maxDelayMs: 15000 });
    const minted = await mint(undefined, ctx);
    opts.logger.info(`Minted a short-lived upload token through Trusted Publishing (expires ${new Date(minted.expiresAt ?? 0).toISOString()}).`);
    return minted;
}
async function fetchAudience(opts, doFetch) {
    const url = `${(0,index_api/* indexBase */.y3)(opts.indexUrl)}/_/oidc/audience`;
    const res = await call(doFetch, url, { signal: opts.signal }, opts.requestTimeoutMs);
    if (res.status === 403 || res.status === 404) {
        throw new core_errors/* ReleaseError */.K2('OIDC_REFUSED', `${(0,index_api/* indexBase */.y3)(opts.indexUrl)} does not offer Trusted Publishing (${url} answered ${res.status}).`, 'Pass input `pypi-token` for this index, or check input `registries`.');
    }
    if (!res.ok)
        throw httpError(url, res);
    const body = (await res.json().catch(() => ({})));
    if (typeof body.audience !== 'string' || !body.audience) {
        throw new core_errors/* ReleaseError */.K2('OIDC_REFUSED', `${url} did not name an audience.`, 'Check input `registries`: it should be the index base, e.g. https://pypi.org.');
    }
    return body.audience;
}
/** Asks the runner for a fresh OIDC ID token for `audience` (also `sigstore`, for attestations); masked. */
async function requestIdToken(opts, audience, doFetch) {
    const base = opts.requestUrl;
    const url = `${base}${base.includes('?') ? '&' : '?'}audience=${encodeURIComponent(audience)}`;
    const res = await call(doFetch, url, { headers: { Authorization: `bearer ${opts.requestToken}`, Accept: 'application/json' }, signal: opts.signal }, opts.requestTimeoutMs);
    if (res.status >= 500)
        throw httpError('the ID token endpoint', res);
    if (!res.ok) {
        throw new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `The runner refused an OIDC ID token for audience "${audience}" (${res.status} ${res.statusText}).`, 'Grant the publish job `permissions: id-token: write`, or pass input `pypi-token`.');
    }
    const body = (await res.json().catch(() => ({})));
    if (typeof body.value !== 'string' || !body.value) {
        throw new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', 'The runner answered the ID token request without a token.', 'Grant the publish job `permissions: id-token: write`, or pass input `pypi-token`.');
    }
    opts.logger.setSecret(body.value);
    return body.value;
}
async function mintToken(opts, jwt, doFetch) {
    const url = `${(0,index_api/* indexBase */.y3)(opts.indexUrl)}/_/oidc/mint-token`;
    const res = await call(doFetch, url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: jwt }), signal: opts.signal }, opts.requestTimeoutMs);
    if (res.status >= 500 || res.status === 429)
        throw httpError(url, res);
    const body = (await res.json().catch(() => ({})));
    if (res.ok && typeof body.token === 'string' && body.token) {
        opts.logger.setSecret(body.token);
        const expiresAt = typeof body.expires === 'number' ? body.expires * 1000 : Date.now() + 15 * 60 * 1000;
        return { token: body.token, source: 'oidc', expiresAt };
    }
    const errors = body.errors ?? [];
    const codes = errors.map((e) => e.code ?? 'unknown');
    const detail = errors.map((e) => `${e.code}: ${e.description ?? ''}`.trim()).join('; ') || `${res.status} ${res.statusText}`;
    throw new core_errors/* ReleaseError */.K2('OIDC_REFUSED', `${(0,index_api/* indexBase */.y3)(opts.indexUrl)} refused to mint an upload token (${detail}).`, mintHint(codes));
}
/** The likely cause of a refused exchange, by the first error code that has a known fix. */
function mintHint(codes) {
    if (codes.includes('invalid-publisher')) {
        return 'No trusted publisher matches this workflow. Configure one on PyPI (project → Publishing) for this repository and workflow file, or — if the publish job runs inside a reusable workflow — note that PyPI matches the CALLER\'s workflow file: run publish-and-verify in the caller\'s workflow, not in the reusable one.';
    }
    if (codes.includes('not-enabled'))
        return 'Trusted Publishing is turned off on this index; pass input `pypi-token` instead.';
    if (codes.includes('invalid-reuse-token'))
        return 'The ID token was already used; every exchange needs a fresh one. Re-run the job.';
    if (codes.includes('invalid-token'))
        return 'The index rejected the ID token (audience, issuer or expiry). Check input `registries` and that the job has `permissions: id-token: write`.';
    return 'Check the Trusted Publishing configuration on the index, or pass input `pypi-token`.';
}
async function call(doFetch, url, init, timeoutMs) {
    try {
        return await (0,http/* fetchWithDeadline */.rQ)(url, init, { fetchImpl: doFetch, timeoutMs, signal: init.signal ?? undefined });
    }
    catch (err) {
        if (err instanceof core_errors/* ReleaseError */.K2)
            throw err;
        throw new core_errors/* ReleaseError */.K2('REGISTRY_DOWN', `Could not reach ${url.split('?')[0]}: ${err.message}`, 'Check the network and input `registries`; the request is retried.', {
            transient: true,
            cause: err,
        });
    }
}
function httpError(what, res) {
    return new core_errors/* ReleaseError */.K2('REGISTRY_DOWN', `${what.split('?')[0]} answered ${res.status} ${res.statusText}`, 'The service is having trouble; the request is retried. Check https://status.python.org if it persists.', {
        transient: true,
    });
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(68898);
// EXTERNAL MODULE: ./src/ecosystems/example-runner.ts
var example_runner = __webpack_require__(43270);
// EXTERNAL MODULE: ./src/ecosystems/readme-examples.ts
var readme_examples = __webpack_require__(64607);
// EXTERNAL MODULE: ./src/ecosystems/check-output.ts
var check_output = __webpack_require__(17867);
;// CONCATENATED MODULE: ./src/ecosystems/python/venv.ts

/** pip ≥ 22.3 can install into another interpreter (`pip --python <venv python>`). */
const PIP_PYTHON_OPTION = [22, 3];
const hostPip = new Map();
/**
 * The absolute path of `python` when its own pip is new enough for `--python` (pip 22.3; Debian 12 ships
 * 23.0), else null. Asked once per interpreter and process, by importing pip's package (tens of ms, not
 * pip's whole CLI). The path is absolute so that a venv's bin/ first on PATH cannot stand in for it.
 */
function pipCanTarget(exec, python) {
    let known = hostPip.get(python);
    if (known === undefined) {
        known = exec(python, ['-I', '-c', 'import pip, sys; print(pip.__version__); print(sys.executable)'], { check: false, timeoutMs: 60_000 }).then((r) => {
            const [version = '', executable = ''] = r.code === 0 ? r.stdout.trim().split('\n') : [];
            const m = /^(\d+)\.(\d+)/.exec(version);
            if (!m || !executable)
                return null;
            const [major, minor] = [Number(m[1]), Number(m[2])];
            return major > PIP_PYTHON_OPTION[0] || (major === PIP_PYTHON_OPTION[0] && minor >= PIP_PYTHON_OPTION[1]) ? executable : null;
        }, () => null);
        hostPip.set(python, known);
    }
    return known;
}
/**
 * Creates a clean virtual environment at `venv`. When the creating interpreter's pip supports `--python`,
 * the venv is made `--without-pip` and pip runs from outside it (about 1 s instead of 3–8 s for ensurepip
 * to install pip into every fresh venv); otherwise the venv gets its own pip from ensurepip, as before.
 * Either way packages land only in the venv.
 */
async function createVenv(exec, python, venv, options = {}) {
    const vpython = (0,external_node_path_.join)(venv, process.platform === 'win32' ? 'Scripts' : 'bin', process.platform === 'win32' ? 'python.exe' : 'python');
    const host = await pipCanTarget(exec, python);
    if (host !== null) {
        await exec(host, ['-m', 'venv', '--without-pip', venv], options);
        return { python: vpython, pip: [host, '-m', 'pip', '--python', vpython] };
    }
    await exec(python, ['-m', 'venv', venv], options);
    return { python: vpython, pip: [vpython, '-m', 'pip'] };
}

;// CONCATENATED MODULE: ./src/ecosystems/python/install-check.ts









/** The importer run inside the venv: imports the package, prints the installed version and where it came from. */
const IMPORT_PROBE = [
    'import importlib, importlib.metadata, json, sys',
    'mods = [importlib.import_module(n) for n in sys.argv[1].split(",")]',
    'print(json.dumps({"version": importlib.metadata.version(sys.argv[2]), "file": getattr(mods[0], "__file__", None)}))',
].join('\n');
/** Whether two PEP 440 versions are the same release (falls back to string equality for non-PEP 440 text). */
function samePythonVersion(a, b) {
    if ((0,pep440.valid)(a) && (0,pep440.valid)(b))
        return (0,pep440.eq)(a, b);
    return a.trim() === b.trim();
}
/**
 * Installs the built wheel into a fresh venv and uses it from an empty directory (so the repository's sources
 * are not on sys.path): imports the package, checks the installed version, runs the README's Python examples
 * and an optional smoke command. A failing check returns `ok: false` with the reason and a log excerpt; only
 * infrastructure failures (no venv, no interpreter) throw.
 */
async function pythonInstallCheck(opts) {
    const wheel = opts.files.find((f) => f.endsWith('.whl'));
    if (!wheel)
        return { ok: false, examplesRun: 0, reason: `No wheel among the built files (${opts.files.map((f) => (0,external_node_path_.basename)(f)).join(', ') || 'none'}).` };
    const ownDir = opts.workDir === undefined;
    const work = opts.workDir ?? (await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rr-install-')));
    try {
        return await check(opts, wheel, work);
    }
    finally {
        if (ownDir)
            await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
async function check(opts, wheel, work) {
    const venv = (0,external_node_path_.join)(work, 'venv');
    const empty = (0,external_node_path_.join)(work, 'cwd');
    const scratch = (0,external_node_path_.join)(work, 'examples');
    await (0,promises_.mkdir)(empty, { recursive: true });
    await (0,promises_.mkdir)(scratch, { recursive: true });
    const bin = (0,external_node_path_.join)(venv, process.platform === 'win32' ? 'Scripts' : 'bin');
    const vpython = (0,external_node_path_.join)(bin, process.platform === 'win32' ? 'python.exe' : 'python');
    // Nothing from the caller's environment may leak packages into the check.
    const env = { PYTHONPATH: undefined, PYTHONHOME: undefined, PYTHONNOUSERSITE: '1', PIP_DISABLE_PIP_VERSION_CHECK: '1', PIP_NO_INPUT: '1', VIRTUAL_ENV: venv };
    const run = (file, args, timeoutMs) => opts.exec(file, args, { cwd: empty, env, pathPrepend: [bin], signal: opts.signal, timeoutMs, check: false });
    opts.logger.info(`creating a fresh venv with ${opts.python}`);
    let fresh;
    try {
        fresh = await createVenv(opts.exec, opts.python, venv, { cwd: empty, env: { PYTHONPATH: undefined }, signal: opts.signal, timeoutMs: 120_000 });
    }
    catch (err) {
        throw new core_errors/* ReleaseError */.K2('COMMAND_FAILED', `Could not create a virtual environment with ${opts.python}: ${err.message}`, 'Use an interpreter with the venv module and ensurepip (on Debian/Ubuntu: apt-get install python3-venv).', { cause: err });
    }
    const version = await run(vpython, ['-I', '-c', 'import platform; print(platform.python_version())'], 60_000);
    const runtime = version.code === 0 ? version.stdout.trim() : undefined;
    // 1. Install the wheel (its dependencies come from the index, or from pipArgs' --find-links offline).
    opts.logger.info(`pip install ${(0,external_node_path_.basename)(wheel)}`);
    const [pip, ...pipArgs] = fresh.pip;
    const install = await (0,check_output/* timeoutAsValue */.Bi)(opts.signal, () => run(pip, [...pipArgs, 'install', '--no-cache-dir', ...(opts.pipArgs ?? []), wheel], opts.installTimeoutMs ?? 300_000));
    if (install === 'timeout')
        return { ok: false, runtime, examplesRun: 0, reason: `pip install ${(0,external_node_path_.basename)(wheel)} did not finish in time.` };
    if (install.code !== 0) {
        return { ok: false, runtime, examplesRun: 0, reason: `pip could not install ${(0,external_node_path_.basename)(wheel)} into a fresh venv.`, logExcerpt: (0,check_output/* excerpt */.Kb)(install.stderr || install.stdout) };
    }
    // 2. Import it from an empty directory and compare the installed version.
    const names = opts.importNames?.length ? opts.importNames : [opts.importName];
    const imported = names.join(', ');
    const probe = await (0,check_output/* timeoutAsValue */.Bi)(opts.signal, () => run(vpython, ['-I', '-c', IMPORT_PROBE, names.join(','), opts.distName], opts.exampleTimeoutMs ?? 60_000));
    if (probe === 'timeout')
        return { ok: false, runtime, examplesRun: 0, reason: `import ${imported} did not finish in time.` };
    if (probe.code !== 0) {
        const err = (0,check_output/* lastLine */.fM)(probe.stderr);
        return { ok: false, runtime, examplesRun: 0, reason: `The installed wheel cannot be imported: import ${imported} failed (${err}); set input "import-names" if the package imports under other names.`, logExcerpt: (0,check_output/* excerpt */.Kb)(probe.stderr || probe.stdout) };
    }
    const info = JSON.parse((0,check_output/* lastLine */.fM)(probe.stdout));
    if (!samePythonVersion(info.version, opts.expectedVersion)) {
        return { ok: false, runtime, examplesRun: 0, reason: `The installed ${opts.distName} reports version ${info.version}, but the release is ${opts.expectedVersion}.`, logExcerpt: probe.stdout.trim() };
    }
    opts.logger.info(`import ${imported} OK (${opts.distName} ${info.version}, from ${info.file ?? 'a namespace package'})`);
    // 3. README examples, each in its own file and process, against the installed package; 4. the smoke command.
    let examples;
    if (opts.readmeFile) {
        const markdown = await (0,promises_.readFile)(opts.readmeFile, 'utf8').catch(() => {
            throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `README ${opts.readmeFile} could not be read.`, 'Make README.md in the package directory readable, or set input `readme-examples` to false to skip its examples.');
        });
        examples = (0,readme_examples/* extractExamples */.T)(markdown, opts.readmeFile, { tags: opts.exampleTags ?? ['python', 'py', 'python3', 'pycon'] });
    }
    return (0,example_runner/* runExamplesAndSmoke */.T)({
        examples,
        script: (example) => {
            const path = (0,external_node_path_.join)(scratch, `example_line_${example.line}.py`);
            return { path, argv: [vpython, '-I', path] };
        },
        smokeCommand: opts.smokeCommand,
        smokeLookup: 'in the venv or on PATH',
        run: (file, args) => (0,check_output/* timeoutAsValue */.Bi)(opts.signal, () => run(file, args, opts.exampleTimeoutMs ?? 60_000)),
        runtime,
        logger: opts.logger,
    });
}

// EXTERNAL MODULE: ./src/ecosystems/python/import-names.ts
var import_names = __webpack_require__(14442);
// EXTERNAL MODULE: ./src/ecosystems/python/names.ts
var names = __webpack_require__(81396);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/ecosystems/python/registry-state.ts

/**
 * What the index already holds of each approved file, by file name: `absent`, `same` (same sha256) or
 * `different` (same name, other bytes: never overwrite, never skip). An unknown version means all absent.
 */
async function pythonRemoteState(opts) {
    const files = await (0,index_api/* fetchJsonRelease */._7)({ indexUrl: opts.indexUrl, name: opts.name, version: opts.version, fetchImpl: opts.fetchImpl, signal: opts.signal, timeoutMs: opts.timeoutMs });
    const byName = new Map((files ?? []).map((f) => [f.filename, f]));
    const state = {};
    for (const artifact of opts.artifacts) {
        const remote = byName.get(artifact.file);
        state[artifact.file] = !remote ? 'absent' : remote.sha256?.toLowerCase() === artifact.sha256.toLowerCase() ? 'same' : 'different';
    }
    return state;
}

;// CONCATENATED MODULE: ./src/ecosystems/python/publish.ts
/**
 * Uploads approved distributions to a Python index with twine, one file per call, after comparing what
 * the index already holds: identical files are skipped (resume), different ones stop the release.
 */










/**
 * Runs twine's own CLI with the `attestations` upload field added from RELEASE_RELAY_ATTESTATIONS (a file
 * holding the JSON list): twine < 6.1 (Debian's 4.0.2 among them) cannot send attestations, and twine ≥ 6.1
 * wants them beside the file. Same metadata, same HTTP client, same error output as plain twine.
 */
const TWINE_WITH_ATTESTATIONS = [
    'import os, sys',
    'from twine import package',
    '_metadata = package.PackageFile.metadata_dictionary',
    'def _with_attestations(self):',
    '    data = _metadata(self)',
    "    path = os.environ.get('RELEASE_RELAY_ATTESTATIONS')",
    '    if path:',
    "        with open(path, encoding='utf-8') as f:",
    "            data['attestations'] = f.read()",
    '    return data',
    'package.PackageFile.metadata_dictionary = _with_attestations',
    'from twine.__main__ import main',
    "sys.argv[0] = 'twine'",
    'sys.exit(main())',
].join('\n');
/**
 * Runs twine once per file. A failure throws a ReleaseError classified from twine's output: 5xx,
 * connection resets and timeouts → UPLOAD_FAILED (transient); 400 "File already exists" →
 * ALREADY_PUBLISHED_DIFFERENT; 401/403 → NO_CREDENTIALS; any other refusal → UPLOAD_FAILED (permanent).
 */
async function twineUpload(opts) {
    const python = opts.python ?? 'python3';
    const argv = opts.twine ?? [python, '-m', 'twine'];
    opts.logger.setSecret(opts.token);
    const uploaded = [];
    for (const file of opts.files) {
        const attestation = opts.attestations?.[(0,external_node_path_.basename)(file)];
        let attestationDir;
        let runner = argv;
        const extraEnv = {};
        if (attestation) {
            if (opts.twine)
                throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `An attestation for ${(0,external_node_path_.basename)(file)} cannot be sent through the twine command ${opts.twine.join(' ')}.`, 'Leave the twine override unset (twine runs from input `python`), or set input `attestations: false`.');
            attestationDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relay-attest-'));
            extraEnv.RELEASE_RELAY_ATTESTATIONS = (0,external_node_path_.join)(attestationDir, `${(0,external_node_path_.basename)(file)}.publish.attestation`);
            await (0,promises_.writeFile)(extraEnv.RELEASE_RELAY_ATTESTATIONS, JSON.stringify([attestation]));
            runner = [python, '-c', TWINE_WITH_ATTESTATIONS];
        }
        // Never credentials on a command line (process listings): twine authenticates with TWINE_* variables.
        const args = [...runner.slice(1), 'upload', '--repository-url', (0,http/* splitCredentials */.JD)(opts.repositoryUrl).url, '--non-interactive', '--disable-progress-bar', '--verbose', file];
        const timeoutMs = opts.timeoutMs ?? 10 * 60 * 1000;
        const result = await opts
            .exec(runner[0], args, {
            // TWINE_PASSWORD, not --password: the token must not show up in a process listing.
            env: { TWINE_USERNAME: '__token__', TWINE_PASSWORD: opts.token, TWINE_REPOSITORY: undefined, TWINE_REPOSITORY_URL: undefined, NO_COLOR: '1', COLUMNS: '200', ...extraEnv },
            check: false,
            signal: opts.signal,
            timeoutMs,
        })
            .catch((err) => {
            if (!(0,core_errors/* isReleaseError */.q8)(err, 'TIMEOUT'))
                throw err;
            throw new core_errors/* ReleaseError */.K2('TIMEOUT', `Uploading ${(0,external_node_path_.basename)(file)} to ${(0,http/* redactUrl */.BO)(opts.repositoryUrl)} did not finish within ${(0,http/* formatMs */._V)(timeoutMs)} (twine was killed with its process group)`, 'Check that the upload endpoint answers, or raise input `upload-timeout` (seconds per file and attempt) for large files.', { transient: true, cause: err });
        })
            .finally(() => (attestationDir ? (0,promises_.rm)(attestationDir, { recursive: true, force: true }) : undefined));
        if (result.code !== 0)
            throw classifyTwineFailure((0,external_node_path_.basename)(file), opts.repositoryUrl, `${result.stdout}\n${result.stderr}`);
        opts.logger.info(`uploaded ${(0,external_node_path_.basename)(file)} to ${(0,http/* redactUrl */.BO)(opts.repositoryUrl)}${attestation ? ' with its PEP 740 attestation' : ''}`);
        uploaded.push(file);
    }
    return { uploaded };
}
/** Turns twine's output for a failed upload of `file` into a ReleaseError with the fix in the hint. */
function classifyTwineFailure(file, repositoryUrl, output) {
    // Strip ANSI colour codes rich may print despite NO_COLOR.
    const text = (0,http/* redactUrl */.BO)(output.replace(new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'), ''));
    repositoryUrl = (0,http/* redactUrl */.BO)(repositoryUrl);
    const status = /HTTPError:\s*(\d{3})/.exec(text)?.[1];
    const code = status ? Number(status) : undefined;
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    const errorIndex = lines.findIndex((l) => /HTTPError:/.test(l));
    // twine's last words are "HTTPError: 400 Bad Request from <url>" then the reason phrase, wrapped by rich.
    const reason = errorIndex >= 0 ? lines.slice(errorIndex, errorIndex + 5).join(' ').replace(/^ERROR\s+/, '') : lines.slice(-3).join(' / ');
    if (code !== undefined && code >= 500) {
        return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `Uploading ${file} to ${repositoryUrl} failed: ${reason}`, 'The index had a server error; the upload is retried with backoff. Check https://status.python.org if it persists.', {
            transient: true,
        });
    }
    if (code === 400 && /File already exists/i.test(text)) {
        return new core_errors/* ReleaseError */.K2('ALREADY_PUBLISHED_DIFFERENT', `${file} already exists on ${repositoryUrl} with different content: ${reason}`, 'An index never lets a file name be reused. Bump the version and release again; do not rebuild the same version.');
    }
    if (code === 401 || code === 403) {
        return new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `${repositoryUrl} refused the credentials for ${file}: ${reason}`, 'Check input `pypi-token` (an API token scoped to this project, starting with `pypi-`) or the Trusted Publishing configuration.');
    }
    if (code !== undefined) {
        return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `${repositoryUrl} refused ${file}: ${reason}`, 'The index rejected the file itself; fix the metadata or file the reason names, then build a new version.');
    }
    if (/ConnectionError|Connection aborted|RemoteDisconnected|ConnectionResetError|Connection reset|Connection refused|NewConnectionError|Max retries exceeded|timed out|Timeout|ProtocolError|BrokenPipe/i.test(text)) {
        return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `Uploading ${file} to ${repositoryUrl} failed on the network: ${lines.slice(-1)[0] ?? ''}`, 'The connection broke; the upload is retried with backoff. Check the index URL if it persists.', {
            transient: true,
        });
    }
    return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `twine could not upload ${file}: ${lines.slice(-5).join(' / ')}`, 'See twine\'s output above; check that twine is installed for input `python` (`python -m pip install twine`).');
}
/**
 * Publishes the approved bytes: checks every local file against its recorded sha256, asks the index what
 * it already has (same → skip, different → ALREADY_PUBLISHED_DIFFERENT before anything is uploaded), then
 * uploads each remaining file with retries on transient failures only.
 */
async function publishToIndex(opts) {
    const repositoryUrl = opts.repositoryUrl ?? `${(0,index_api/* indexBase */.y3)(opts.indexUrl)}/legacy/`;
    const ctx = { ...(0,combinators/* createStepContext */.YC)('publish-and-verify', opts.logger), sleep: opts.sleep, signal: opts.signal };
    const retryOptions = { attempts: opts.attempts ?? 5, baseDelayMs: opts.baseDelayMs ?? 2000, maxDelayMs: opts.maxDelayMs ?? 60000, jitter: 0.3 };
    for (const artifact of opts.artifacts)
        await checkLocalDigest(opts.dir, artifact);
    const state = await (0,combinators/* retry */.L5)(() => pythonRemoteState({ indexUrl: opts.indexUrl, name: opts.name, version: opts.version, artifacts: opts.artifacts, fetchImpl: opts.fetchImpl, signal: opts.signal, timeoutMs: opts.requestTimeoutMs }), retryOptions)(undefined, ctx);
    const different = Object.entries(state).filter(([, s]) => s === 'different').map(([f]) => f);
    if (different.length) {
        throw new core_errors/* ReleaseError */.K2('ALREADY_PUBLISHED_DIFFERENT', `${opts.name} ${opts.version} is already on ${(0,index_api/* indexBase */.y3)(opts.indexUrl)} with different content for ${different.join(', ')}; nothing was uploaded.`, 'The index will never accept other bytes under these file names. Bump the version and release again.');
    }
    const skipped = opts.artifacts.filter((a) => state[a.file] === 'same').map((a) => a.file);
    for (const file of skipped)
        opts.logger.info(`${file} is already on the index with the approved sha256; skipping it`);
    // Sign every attestation first: a Sigstore failure must leave nothing half uploaded.
    const attestations = {};
    if (opts.attest) {
        for (const artifact of opts.artifacts.filter((a) => state[a.file] === 'absent'))
            attestations[artifact.file] = await (0,combinators/* retry */.L5)(() => opts.attest(artifact), retryOptions)(undefined, ctx);
    }
    let token = opts.token;
    let expiresAt = opts.tokenExpiresAt;
    const uploaded = [];
    let attempts = 0;
    for (const artifact of opts.artifacts.filter((a) => state[a.file] === 'absent')) {
        const counter = { count: 0 };
        const upload = (0,combinators/* retry */.L5)(async () => {
            // Renew a minted token a minute before it runs out; an upload started with it may take a while.
            if (opts.renewToken && expiresAt !== undefined && (opts.now ?? Date.now)() > expiresAt - 60_000) {
                ({ token, expiresAt } = await opts.renewToken());
                opts.logger.setSecret(token);
            }
            // Checked again right before every attempt: the bytes twine reads are the approved ones.
            await checkLocalDigest(opts.dir, artifact);
            return twineUpload({ python: opts.python, twine: opts.twine, repositoryUrl, token, files: [(0,external_node_path_.join)(opts.dir, artifact.file)], exec: opts.exec, logger: opts.logger, signal: opts.signal, timeoutMs: opts.uploadTimeoutMs, attestations });
        }, retryOptions);
        try {
            await upload(undefined, { ...ctx, attempts: counter });
        }
        finally {
            attempts += counter.count;
        }
        // And what the index now reports must be those bytes too (a file swapped under the tool is caught here).
        const after = await (0,combinators/* retry */.L5)(() => pythonRemoteState({ indexUrl: opts.indexUrl, name: opts.name, version: opts.version, artifacts: [artifact], fetchImpl: opts.fetchImpl, signal: opts.signal, timeoutMs: opts.requestTimeoutMs }), retryOptions)(undefined, ctx);
        if (after[artifact.file] === 'different') {
            throw new core_errors/* ReleaseError */.K2('DIGEST_MISMATCH', `${(0,index_api/* indexBase */.y3)(opts.indexUrl)} reports other bytes for ${artifact.file} than the approved sha256 ${artifact.sha256} after the upload.`, 'The file changed while it was uploaded. Yank that file on the index, find what wrote into the runner\'s temp directory, and release a new version.');
        }
        if (after[artifact.file] === 'absent')
            opts.logger.warning(`${(0,index_api/* indexBase */.y3)(opts.indexUrl)} does not list ${artifact.file} yet after the upload; verification will check it.`);
        uploaded.push(artifact.file);
    }
    return { uploaded, skipped, attempts, attested: uploaded.filter((f) => attestations[f]) };
}
async function checkLocalDigest(dir, artifact) {
    const path = (0,external_node_path_.join)(dir, artifact.file);
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (err) {
        throw new core_errors/* ReleaseError */.K2('DIGEST_MISMATCH', `The approved file ${artifact.file} is missing from ${dir}: ${err.message}`, 'Download the release artifact the quality gate uploaded into that directory.', { cause: err });
    }
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    if (sha256 !== artifact.sha256.toLowerCase()) {
        throw new core_errors/* ReleaseError */.K2('DIGEST_MISMATCH', `${path} has sha256 ${sha256}, but the gate approved ${artifact.sha256}.`, 'Publish only the bytes the gate approved: use the release artifact, never a rebuild.', {
            location: { file: path },
        });
    }
}

;// CONCATENATED MODULE: ./src/ecosystems/python/test-command.ts

/**
 * The default test command for a Python package: pytest with a JUnit report and a Cobertura coverage report.
 * The cache provider stays enabled (`--lf` needs it) but lives in a temporary directory rather than the
 * user's tree, so a stale `lastfailed` from a developer's machine never narrows a rerun.
 */
function defaultPythonTestCommand(python, opts) {
    const cacheDir = opts.cacheDir ?? (0,external_node_path_.join)((0,external_node_path_.dirname)(opts.junitFile), '.pytest_cache');
    return [
        python,
        '-m',
        'pytest',
        `--junitxml=${opts.junitFile}`,
        // `--cov` alone measures every file under the working directory (tests, scripts); name the package when known.
        ...covArgs(opts),
        ...(opts.branches ? ['--cov-branch'] : []),
        `--cov-report=xml:${opts.coverageXml}`,
        '--cov-report=term',
        '-o',
        `cache_dir=${cacheDir}`,
    ];
}
/**
 * Arguments for a pytest retry: rerun only the tests that failed last time, and append to the coverage data
 * instead of erasing it, so the coverage report still covers the whole suite after a partial rerun.
 */
const PYTEST_RERUN_FAILED_ARGS = ['--lf', '--cov-append'];
/**
 * Environment for the default test command: keeps coverage.py's data file (`.coverage`) out of the user's
 * tree by putting it in `tempDir`.
 */
function pythonTestEnv(tempDir) {
    return { COVERAGE_FILE: (0,external_node_path_.join)(tempDir, '.coverage') };
}
function covArgs(opts) {
    const sources = opts.covSources ?? (opts.covSource ? [opts.covSource] : []);
    return sources.length ? sources.map((s) => `--cov=${s}`) : ['--cov'];
}

// EXTERNAL MODULE: ./src/ecosystems/registry-wait.ts
var registry_wait = __webpack_require__(72282);
;// CONCATENATED MODULE: ./src/ecosystems/python/verify.ts
/**
 * Checks that users can install the release: the JSON API lists every approved file with its sha256, the
 * simple index (what pip reads) serves them too, and `pip install name==version` into a fresh venv works.
 */









/**
 * Polls the JSON API, then the simple index, with exponential backoff until every approved file name with
 * its sha256 is served, then installs the release from the index into a fresh venv and checks its version.
 * Returns `verified: false` with the state when the index did not catch up in time; throws VERIFY_FAILED
 * when the index serves other bytes or the served release does not install.
 */
async function verifyPythonRelease(opts) {
    const served = await (0,registry_wait/* waitUntilServed */.P)(() => pollOnce(opts), opts);
    if (!served.served)
        return { verified: false, propagationS: served.propagationS, state: served.state, reason: served.reason };
    const { propagationS } = served;
    opts.logger.info(`${(0,index_api/* indexBase */.y3)(opts.indexUrl)} serves ${opts.artifacts.map((a) => a.file).join(', ')} (after ${propagationS.toFixed(1)} s)`);
    const installedVersion = await installAndImport(opts);
    return { verified: true, propagationS, installedVersion, state: 'verified' };
}
async function pollOnce(opts) {
    const req = { indexUrl: opts.indexUrl, name: opts.name, fetchImpl: opts.fetchImpl, signal: opts.signal, timeoutMs: opts.requestTimeoutMs };
    let json;
    let simple;
    try {
        json = await (0,index_api/* fetchJsonRelease */._7)({ ...req, version: opts.version });
        if (!json)
            return { state: 'missing', reason: `${opts.name} ${opts.version} is not published: the JSON API answers 404` };
        const notListed = compare(opts.artifacts, json, 'the JSON API');
        if (notListed.length)
            return { state: 'missing', reason: `the JSON API lists ${opts.name} ${opts.version} but not ${notListed.join(', ')}` };
        simple = await (0,index_api/* fetchSimpleFiles */.qg)(req);
    }
    catch (err) {
        if ((0,http/* isRequestTimeout */.B2)(err))
            return { state: 'unanswered', reason: `the index did not answer: ${err.message}` };
        if (err instanceof core_errors/* ReleaseError */.K2 && err.transient)
            return { state: 'missing', reason: `the index did not answer (${err.message}); polling again` };
        throw err;
    }
    const stale = simple ? compare(opts.artifacts, simple, 'the simple index') : opts.artifacts.map((a) => a.file);
    if (stale.length) {
        return { state: 'propagating', reason: `still propagating: the JSON API has ${opts.name} ${opts.version}, the simple index (what pip reads) does not serve ${stale.join(', ')} yet` };
    }
    return { state: 'served' };
}
/** File names of `artifacts` the listing lacks; throws VERIFY_FAILED when it lists one with another sha256. */
function compare(artifacts, listed, where) {
    const byName = new Map(listed.map((f) => [f.filename, f]));
    const absent = [];
    for (const a of artifacts) {
        const f = byName.get(a.file);
        if (!f)
            absent.push(a.file);
        else if (f.sha256 && f.sha256.toLowerCase() !== a.sha256.toLowerCase()) {
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `${where} serves ${a.file} with sha256 ${f.sha256}, not the approved ${a.sha256}.`, 'The index holds other bytes under this name; investigate before announcing, and release a new version.');
        }
    }
    return absent;
}
async function installAndImport(opts) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'release-relay-verify-'));
    try {
        const venv = (0,external_node_path_.join)(dir, 'venv');
        const cwd = (0,external_node_path_.join)(dir, 'empty');
        await opts.exec(opts.python, ['-c', `import os; os.makedirs(${JSON.stringify(cwd)})`]);
        const fresh = await createVenv(opts.exec, opts.python, venv, { signal: opts.signal, timeoutMs: 5 * 60 * 1000 });
        const py = fresh.python;
        const [pip, ...pipPrefix] = fresh.pip;
        const index = (0,index_api/* simpleIndexUrl */.Cf)(opts.indexUrl);
        const host = new URL(index);
        // pip trusts plain http only on loopback; any other http index must be named as trusted.
        const trusted = host.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(host.hostname) ? ['--trusted-host', host.hostname] : [];
        const install = await opts.exec(pip, [...pipPrefix, '--isolated', 'install', '--no-cache-dir', '--disable-pip-version-check', '--timeout', String(Math.max(1, Math.ceil((opts.requestTimeoutMs ?? 60_000) / 1000))), '--index-url', index, ...trusted, ...(opts.pipArgs ?? []), `${opts.name}==${opts.version}`], { cwd, check: false, signal: opts.signal, timeoutMs: opts.installTimeoutMs ?? 5 * 60 * 1000 });
        if (install.code !== 0) {
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `pip could not install ${opts.name}==${opts.version} from ${index}:\n${excerpt(install.stdout, install.stderr)}`, 'The index lists the files but they do not install: check the requirements (Requires-Python, dependencies on this index).');
        }
        const probe = `import importlib.metadata, ${opts.importName}\nprint(importlib.metadata.version(${JSON.stringify(opts.name)}))`;
        const check = await opts.exec(py, ['-c', probe], { cwd, check: false, signal: opts.signal, timeoutMs: 2 * 60 * 1000 });
        if (check.code !== 0) {
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `${opts.name}==${opts.version} installed from ${index} but \`import ${opts.importName}\` failed:\n${excerpt(check.stdout, check.stderr)}`, 'Check input `import-names` and that the wheel contains the package.');
        }
        const installed = check.stdout.trim().split('\n').pop() ?? '';
        if (!sameVersion(installed, opts.version)) {
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `pip installed ${opts.name} ${installed} from ${index}, not ${opts.version}.`, 'The index served another version; check the version the release context recorded.');
        }
        opts.logger.info(`pip install ${opts.name}==${opts.version} from ${index} into a fresh venv works; import ${opts.importName} ok`);
        return installed;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** PEP 440 equality (`1.0.0-RC1` == `1.0.0rc1`), plain string equality for anything else. */
function sameVersion(a, b) {
    if ((0,pep440.valid)(a) && (0,pep440.valid)(b))
        return (0,pep440.eq)(a, b);
    return a === b;
}
function excerpt(stdout, stderr) {
    return `${stdout}\n${stderr}`.trim().split('\n').slice(-20).join('\n');
}

// EXTERNAL MODULE: ./src/ecosystems/python/ini-file.ts
var ini_file = __webpack_require__(38281);
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
        throw new core_errors/* ReleaseError */.K2('BAD_VERSION', `Version "${version}" cannot be written to ${file}.`, 'Use a PEP 440 version such as 1.2.0 or 1.2.0rc1.');
    }
    const found = findVersionAssignments(text, variable);
    if (found.length === 0) {
        throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${file} has no \`${variable} = "..."\` line to update.`, `Add \`${variable} = "x.y.z"\` at module level in ${file}.`, { location: { file } });
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
        throw new core_errors/* ReleaseError */.K2('VERSION_CONFLICT', `${opts.file} (named by ${opts.via}) does not contain "${search}".`, `Make ${opts.file} hold the current version ${opts.current}, or fix its search pattern in ${opts.via}.`, { location: { file: opts.file } });
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
                throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `[tool.commitizen] version_files has "${entry}", whose pattern is not a valid regular expression.`, `Fix the entry in ${cfgFile} (format: "path" or "path:regex").`, { location: { file: cfgFile } });
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
                throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${file} no longer matches [tool.hatch.version] pattern.`, 'Fix the pattern or the file.', { location: { file } });
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
        throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${pyFile} was not found.`, 'Point input "package-dir" at the directory holding pyproject.toml (or setup.cfg).', { location: { file: pyFile } });
    }
    const doc = text === null ? null : pyproject/* parsePyproject */.OU(text, pyFile);
    const config = doc ? pyproject/* readVersionConfig */.T7(doc) : undefined;
    const cfg = cfgText === null ? undefined : (0,ini_file/* parseIni */.Ay)(cfgText);
    const setupPyInfo = setupPy === null ? undefined : readSetupPy(setupPy);
    const name = config?.name ?? (cfg && (0,ini_file/* iniValue */.Ct)(cfg, 'metadata', 'name')) ?? setupPyInfo?.name;
    if (!name) {
        const where = text !== null ? pyFile : rel(packageDir, cfgText !== null ? 'setup.cfg' : 'setup.py');
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${where} has no project name.`, text !== null ? 'Add `name = "your-package"` under [project].' : 'Add `name = your-package` under [metadata] in setup.cfg.', { location: { file: where } });
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
            throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${config?.attr ? pyFile : cfgPath} reads the version from attr "${attrSpec.module}.${attrSpec.variable}", but none of ${candidates.map((c) => rel(packageDir, c)).join(', ')} exists.`, config?.attr ? 'Fix [tool.setuptools.dynamic] version.attr, or set [tool.setuptools] package-dir.' : 'Fix `version = attr: …` under [metadata] in setup.cfg, or set package_dir under [options].', { location: { file: config?.attr ? pyFile : cfgPath } });
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
            throw new core_errors/* ReleaseError */.K2('NO_VERSION', `flit reads the version of ${name} from the module ${mod}, but none of ${candidates.map((c) => rel(packageDir, c)).join(', ')} exists.`, 'Set [tool.flit.module] name to the import name of your package.', { location: { file: pyFile } });
        }
        required.push(pyVariable(chosen, '__version__', 'flit (the module\'s __version__)'));
    }
    for (const r of required) {
        const path = rel(packageDir, r.file);
        const content = await read(r.file);
        const version = content === null ? null : r.read(content);
        if (version === null) {
            throw new core_errors/* ReleaseError */.K2('NO_VERSION', content === null ? `${path} (from ${r.via}) does not exist.` : `${path} (from ${r.via}) holds no version.`, `Add \`__version__ = "0.1.0"\` at module level in ${path} (or the version itself for a version file), or fix ${r.via}.`, { location: { file: path } });
        }
        sources.push({ path, version, via: r.via, kind: 'dynamic-file', update: (t, next) => r.update(t, next) });
    }
    // 4. The release tools' declared files.
    const followers = [];
    for (const f of tools.files) {
        const path = rel(packageDir, f.file);
        const content = await read(f.file);
        if (content === null) {
            throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${path} (named by ${f.via}) does not exist.`, `Create it or remove it from ${f.via}.`, { location: { file: path } });
        }
        if (f.read) {
            const version = f.read(content);
            if (version === null)
                throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${path} (named by ${f.via}) holds no version.`, `Add the version to ${path}, or fix ${f.via}.`, { location: { file: path } });
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
        throw new core_errors/* ReleaseError */.K2('NO_VERSION', `No version found for ${name}: ${text !== null ? `${pyFile} has no [project] version` : cfgText !== null ? 'setup.cfg has no [metadata] version' : 'setup.py has no literal version="…"'}${config?.dynamic ? ' and its dynamic version source is not one release-relay can edit' : ''}, and no ${mod}/__init__.py or ${mod}.py sets __version__.`, 'Add `version = "0.1.0"` under [project], or configure a dynamic version ([tool.hatch.version] path, [tool.setuptools.dynamic] version.attr) or a VCS plugin (hatch-vcs, setuptools-scm).', { location: { file: text !== null ? pyFile : cfgPath } });
    }
    const distinct = [...new Set(stated.map((s) => s.version))];
    if (distinct.length > 1) {
        throw new core_errors/* ReleaseError */.K2('VERSION_CONFLICT', `The version of ${name} differs between files: ${stated.map((s) => `${s.path} (${s.via}) = ${s.version}`).join('; ')}.`, 'Make every file hold the same current version (the one last released), commit, and run again.', { location: { file: stated[stated.length - 1].path } });
    }
    const current = distinct[0];
    for (const f of followers) {
        const content = (await (0,files/* readTextOrNull */.GR)((0,files/* resolveInside */.LI)(root, f.path))) ?? '';
        if (!f.holds(content, current)) {
            throw new core_errors/* ReleaseError */.K2('VERSION_CONFLICT', `${f.path} (named by ${f.via}) does not contain the current version ${current}.`, `Put ${current} back into ${f.path} where ${f.via} expects it (it is stale), or fix the file's pattern in ${f.via}; commit, and run again.`, { location: { file: f.path } });
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

;// CONCATENATED MODULE: ./src/ecosystems/python/pipeline.ts















/** The setuptools-scm pretend variables (read by setuptools-scm, hatch-vcs and others built on it) for `name` at `version`. */
function pretendVersionEnv(name, version) {
    return { [`SETUPTOOLS_SCM_PRETEND_VERSION_FOR_${pretendVersionSuffix(name)}`]: version, SETUPTOOLS_SCM_PRETEND_VERSION: version };
}
/** The version in a wheel or sdist file name (`name-1.2.0-py3-none-any.whl`, `name-1.2.0.tar.gz`). */
function distFileVersion(file) {
    const base = (0,external_node_path_.basename)(file);
    if (base.endsWith('.whl'))
        return base.split('-')[1];
    const m = /^(.+)-([^-]+)\.(tar\.gz|zip)$/.exec(base);
    return m?.[2];
}
/** Refuses built files whose version is not the release's (BUILD_FAILED, before anything is approved). */
function assertBuiltVersion(files, version, fromVcs) {
    const wrong = files.filter((f) => {
        const v = distFileVersion(f);
        return v !== undefined && !samePythonVersion(v.replace(/_/g, '-'), version);
    });
    if (wrong.length) {
        throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `The built ${wrong.map((f) => (0,external_node_path_.basename)(f)).join(', ')} carry version ${distFileVersion(wrong[0])}, not the release's ${version}.`, fromVcs
            ? 'The build backend ignored SETUPTOOLS_SCM_PRETEND_VERSION: check that its VCS plugin is setuptools-scm based (hatch-vcs, setuptools-scm), or build from the tagged commit.'
            : 'Build the release commit (the one prepare-release made), whose version files carry the release version.');
    }
}
/** The Sigstore trusted root verification uses: the one given (tests, private instances), else the public one via TUF. */
async function trustedRoot(env) {
    if (env.supplyChain?.sigstore?.trustedRoot)
        return env.supplyChain.sigstore.trustedRoot;
    const { publicTrustedRoot } = await __webpack_require__.e(/* import() */ 961).then(__webpack_require__.bind(__webpack_require__, 11961));
    return publicTrustedRoot((0,external_node_path_.join)(env.runner?.tempDir || (0,external_node_os_.tmpdir)(), 'release-relay', 'sigstore-tuf'));
}
/** Well-known Python package indexes by name. */
const INDEXES = {
    pypi: { name: 'pypi', uploadUrl: 'https://upload.pypi.org/legacy/', indexUrl: 'https://pypi.org' },
    testpypi: { name: 'testpypi', uploadUrl: 'https://test.pypi.org/legacy/', indexUrl: 'https://test.pypi.org' },
};
/** Resolves `pypi`, `testpypi` or an index base URL (`https://host/…`, upload at `{base}/legacy/`). */
function pythonRegistry(nameOrUrl) {
    const known = INDEXES[nameOrUrl.trim().toLowerCase()];
    if (known)
        return known;
    let url;
    try {
        url = new URL(nameOrUrl.trim());
    }
    catch {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "registries" has "${nameOrUrl}", which is neither a known index (${Object.keys(INDEXES).join(', ')}) nor a URL.`, 'Use pypi, testpypi, or an index URL such as https://pypi.example.com.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "registries" has "${nameOrUrl}", which is not an http(s) URL.`, 'Use an https:// index URL.');
    }
    const base = url.toString().replace(/\/+$/, '').replace(/\/legacy$/, '');
    return { name: url.host, uploadUrl: `${base}/legacy/`, indexUrl: base };
}
/** The interpreter for builds, venvs and tools: input `python`, else the first `python3` that has what the step needs. */
async function python(env, modules) {
    const chosen = await (0,interpreter/* resolvePython */.L)({ explicit: env.tools.python, modules, exec: env.exec, prefer: chosenPython.get(env) });
    chosenPython.set(env, chosen);
    return chosen;
}
/**
 * The interpreter each run's earlier steps chose: later steps try it first, so a machine whose first `python3`
 * lacks pytest does not test on /usr/bin/python3 and then install-check on the other one.
 */
const chosenPython = new WeakMap();
/** Python's build, install check, publish and verify, over pypa/build, venv + pip, twine and the index APIs. */
const pythonPipeline = {
    importName: (info) => (0,names/* importName */.bY)(info.name),
    // tox, nox, `hatch test`, `make test`: the exit code decides; a JUnit report adds counts when present.
    testsByExitCode: true,
    async defaultTestCommand(env, { packageDir, reportDir, info }) {
        const py = await python(env, ['pytest', 'pytest_cov']);
        const junitFile = (0,external_node_path_.join)(reportDir, 'junit.xml');
        const coverageFile = (0,external_node_path_.join)(reportDir, 'coverage.xml');
        // Coverage sources: coverage.py's own `source` setting (bare --cov honours it), else input
        // `import-names`, else the packages the source tree shows (the wheel does not exist yet).
        const covSources = (await (0,import_names/* coverageConfiguresSource */.lJ)(packageDir)) ? [] : (info.importNames ?? (await (0,import_names/* sourceImportNames */.VD)(packageDir)));
        return {
            argv: defaultPythonTestCommand(py, { junitFile, coverageXml: coverageFile, covSources, cacheDir: (0,external_node_path_.join)(reportDir, 'pytest-cache') }),
            rerunFailedArgs: [...PYTEST_RERUN_FAILED_ARGS],
            junitFile,
            coverageFile,
            env: pythonTestEnv(reportDir),
        };
    },
    async build(env, { packageDir, outDir, isolated, tool, info, version }) {
        if (tool !== undefined && tool !== 'build' && tool !== 'uv') {
            throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "build-tool" is "${tool}".`, 'Use build (pypa/build) or uv.');
        }
        const py = tool === 'uv' ? (env.tools.python ?? 'python3') : await python(env, ['build']);
        // A version from git tags: the release commit is not tagged yet, so tell the plugin the version.
        const buildEnv = info?.versionFromVcs && version ? pretendVersionEnv(info.name, version) : undefined;
        if (buildEnv)
            env.logger.info(`building with ${Object.keys(buildEnv).join(' and ')}=${version} (${info?.vcsTool ?? 'version from git tags'})`);
        const { files } = await buildPython({ python: py, packageDir, outDir, isolated, tool, exec: env.exec, logger: env.logger, signal: env.signal, env: buildEnv });
        if (version)
            assertBuiltVersion(files, version, info?.versionFromVcs === true);
        return files;
    },
    async installCheck(env, { files, info, version, readmeFile, exampleTags, smokeCommand, installArgs }) {
        const py = await python(env, ['venv', 'ensurepip']);
        const wheel = files.find((f) => f.endsWith('.whl'));
        // Import names: input `import-names`, else the built wheel's top-level packages and modules.
        let importNames = info.importNames;
        if (!importNames?.length && wheel)
            importNames = await (0,import_names/* wheelImportNames */.DU)(py, wheel, env.exec);
        if (!importNames?.length)
            importNames = [(0,names/* importName */.bY)(info.name)];
        const result = await pythonInstallCheck({
            python: py,
            files,
            importName: importNames[0],
            importNames,
            distName: info.name,
            expectedVersion: version,
            readmeFile,
            exampleTags,
            smokeCommand,
            exec: env.exec,
            logger: env.logger,
            // The wheel's own dependencies come from the index the runner uses; offline runs pass --no-index.
            pipArgs: installArgs ?? [],
            signal: env.signal,
        });
        return { ...result, importNames };
    },
    registry: pythonRegistry,
    remoteState: (env, { registry, name, version, artifacts }) => pythonRemoteState({ indexUrl: registry.indexUrl, name, version, artifacts, timeoutMs: env.requestTimeoutMs, signal: env.signal }),
    async credentials(env, { registry, token, useOidc }) {
        const t = await getPublishToken({
            token,
            indexUrl: registry.indexUrl,
            useOidc,
            requestUrl: env.supplyChain?.idTokenRequest?.url ?? env.runner?.oidc?.requestUrl,
            requestToken: env.supplyChain?.idTokenRequest?.token ?? env.runner?.oidc?.requestToken,
            logger: env.logger,
            sleep: env.sleep,
            signal: env.signal,
            requestTimeoutMs: env.requestTimeoutMs,
        });
        return { token: t.token, source: t.source, expiresAt: t.expiresAt };
    },
    async publish(env, { registry, files, artifacts, name, version, credentials, attempts, baseDelayMs }) {
        const py = env.tools.twine ? undefined : await python(env, ['twine']);
        const r = await publishToIndex({
            indexUrl: registry.indexUrl,
            repositoryUrl: registry.uploadUrl,
            name,
            version,
            dir: files.length ? (0,external_node_path_.dirname)(files[0]) : '.',
            artifacts,
            token: credentials.token,
            tokenExpiresAt: credentials.expiresAt,
            renewToken: credentials.source === 'oidc'
                ? async () => {
                    const t = await pythonPipeline.credentials(env, { registry, useOidc: true });
                    return { token: t.token, expiresAt: t.expiresAt };
                }
                : undefined,
            python: py,
            twine: env.tools.twine ? [env.tools.twine] : undefined,
            // PEP 740: PyPI takes attestations only from Trusted Publishing, so they go with OIDC credentials only.
            attest: credentials.source === 'oidc' && env.supplyChain?.attestations !== false
                ? async (artifact) => {
                    const { signPublishAttestation } = await __webpack_require__.e(/* import() */ 961).then(__webpack_require__.bind(__webpack_require__, 11961));
                    const req = env.supplyChain?.idTokenRequest;
                    const jwt = await requestIdToken({ requestUrl: req?.url ?? env.runner?.oidc?.requestUrl, requestToken: req?.token ?? env.runner?.oidc?.requestToken, logger: env.logger, signal: env.signal, requestTimeoutMs: env.requestTimeoutMs }, 'sigstore', fetch);
                    return signPublishAttestation(artifact.file, artifact.sha256, jwt, env.supplyChain?.sigstore);
                }
                : undefined,
            exec: env.exec,
            logger: env.logger,
            signal: env.signal,
            attempts,
            baseDelayMs,
            sleep: env.sleep,
            requestTimeoutMs: env.requestTimeoutMs,
            uploadTimeoutMs: env.uploadTimeoutMs,
        });
        if (r.attested.length)
            env.logger.info(`PEP 740 attestations uploaded for ${r.attested.join(', ')}`);
        return { uploaded: r.uploaded, skipped: r.skipped, attempts: r.attempts, attested: r.attested };
    },
    async verify(env, { registry, info, version, artifacts, timeoutMs, pollMs }) {
        const py = await python(env, ['venv', 'ensurepip']);
        const r = await verifyPythonRelease({ indexUrl: registry.indexUrl, name: info.name, version, artifacts, python: py, timeoutMs, pollMs, importName: (info.importNames?.length ? info.importNames : [(0,names/* importName */.bY)(info.name)]).join(', '), exec: env.exec, logger: env.logger, sleep: env.sleep, now: env.now, signal: env.signal, requestTimeoutMs: env.requestTimeoutMs });
        // Verified on the way back: the provenance the index serves must vouch for these bytes and this workflow.
        const sc = env.supplyChain;
        if (r.verified && sc?.expectProvenance && sc.publisher) {
            const { verifyIndexProvenance } = await __webpack_require__.e(/* import() */ 77).then(__webpack_require__.bind(__webpack_require__, 44077));
            await verifyIndexProvenance({ indexUrl: registry.indexUrl, name: info.name, version, artifacts, publisher: sc.publisher, trustedRoot: await trustedRoot(env), logger: env.logger, signal: env.signal });
        }
        return { verified: r.verified, state: r.state, propagationS: r.propagationS, installedVersion: r.installedVersion, reason: r.reason, provenanceVerified: Boolean(r.verified && sc?.expectProvenance && sc.publisher) };
    },
};

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
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
        throw new core_errors/* ReleaseError */.K2('BAD_TOML', `Updating ${file} produced invalid TOML; the edit was refused.`, `Regenerate ${file} with its tool (uv lock / pdm lock) after the release.`, { cause: err, location: { file } });
    }
    return after;
}

// EXTERNAL MODULE: ./src/ecosystems/version-updater.ts
var version_updater = __webpack_require__(53697);
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
    const found = await collectVersionSources(root, packageDir);
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
    const found = await collectVersionSources(root, packageDir);
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
/** The Python ecosystem: pyproject.toml (PEP 621, Poetry, hatch, setuptools, pdm) and `__version__` files. */
const pythonAdapter = {
    ...pythonPipeline,
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
        throw new core_errors/* ReleaseError */.K2('UNKNOWN_ECOSYSTEM', `Unknown ecosystem "${name}" (input "ecosystem").`, `Use "auto" or one of: ${Object.keys(ECOSYSTEMS).join(', ')}.`);
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
    throw new core_errors/* ReleaseError */.K2('UNKNOWN_ECOSYSTEM', `No package found in ${dir} (tried: ${Object.keys(ECOSYSTEMS).join(', ')}).`, 'Point input "package-dir" at the package (the directory with pyproject.toml or package.json), or set input "ecosystem".');
}
/** The adapter for `dir` (or the named ecosystem) with its gate and publish members; refuses one without them. */
async function getFullAdapter(dir, requested) {
    const adapter = await detectEcosystem(dir, requested);
    const full = adapter;
    if (typeof full.build !== 'function' || typeof full.publish !== 'function') {
        throw new core_errors/* ReleaseError */.K2('UNKNOWN_ECOSYSTEM', `The ${adapter.name} adapter cannot build or publish yet.`, 'Use an ecosystem with a full adapter (python, npm).');
    }
    return adapter;
}


/***/ }),

/***/ 17867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ timeoutAsValue),
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   fM: () => (/* binding */ lastLine)
/* harmony export */ });
/* unused harmony export EXCERPT_LINES */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** Lines of output kept as evidence in a failed check. */
const EXCERPT_LINES = 20;
/** The last EXCERPT_LINES lines of a command's output. */
function excerpt(text) {
    return text.trimEnd().split('\n').slice(-EXCERPT_LINES).join('\n');
}
/** The last non-empty line of a command's output. */
function lastLine(text) {
    return text.trimEnd().split('\n').pop()?.trim() ?? '';
}
/**
 * Runs `fn` and turns its TIMEOUT into the value `'timeout'`, so a hung example or smoke command becomes a
 * failed check rather than an exception; an abort of the caller's signal still throws.
 */
async function timeoutAsValue(signal, fn) {
    try {
        return await fn();
    }
    catch (err) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isReleaseError */ .q8)(err, 'TIMEOUT') && !signal?.aborted)
            return 'timeout';
        throw err;
    }
}


/***/ }),

/***/ 43270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ runExamplesAndSmoke)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _check_output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17867);



/**
 * The last two steps of every install check, against the installed package: each README example in its
 * own script and process, then the smoke command as a user would type it. The first failure is the result.
 */
async function runExamplesAndSmoke(o) {
    const { runtime } = o;
    let examplesRun = 0;
    if (o.examples) {
        for (const example of o.examples) {
            const { path, argv } = o.script(example);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, example.code);
            const where = `${example.file}:${example.line}`;
            const r = await o.run(argv[0], argv.slice(1));
            if (r === 'timeout') {
                return { ok: false, runtime, examplesRun, reason: `The README example at ${where} did not finish in time.`, failedExample: { file: example.file, line: example.line, error: 'timed out' } };
            }
            if (r.code !== 0) {
                const error = o.errorLine?.(r) || (0,_check_output_js__WEBPACK_IMPORTED_MODULE_2__/* .lastLine */ .fM)(r.stderr) || (0,_check_output_js__WEBPACK_IMPORTED_MODULE_2__/* .lastLine */ .fM)(r.stdout) || `exit code ${r.code}`;
                return { ok: false, runtime, examplesRun, reason: `The README example at ${where} failed: ${error}`, logExcerpt: (0,_check_output_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(`${r.stdout}${r.stderr}`), failedExample: { file: example.file, line: example.line, error } };
            }
            examplesRun++;
        }
        o.logger.info(`${examplesRun} README example(s) ran OK`);
    }
    if (o.smokeCommand?.length) {
        const [file, ...args] = o.smokeCommand;
        // spawn looks the program up on the child's PATH, which starts with the clean environment's bin.
        let r;
        try {
            r = await o.run(file, args);
        }
        catch (err) {
            if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isReleaseError */ .q8)(err, 'COMMAND_FAILED') && /Could not start/.test(err.message))
                return { ok: false, runtime, examplesRun, reason: `The smoke command ${file} was not found ${o.smokeLookup}.` };
            throw err;
        }
        if (r === 'timeout')
            return { ok: false, runtime, examplesRun, reason: `The smoke command (${o.smokeCommand.join(' ')}) did not finish in time.` };
        if (r.code !== 0)
            return { ok: false, runtime, examplesRun, reason: `The smoke command (${o.smokeCommand.join(' ')}) exited with ${r.code}.`, logExcerpt: (0,_check_output_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(`${r.stdout}${r.stderr}`) };
    }
    return { ok: true, runtime, examplesRun };
}


/***/ }),

/***/ 56643:
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
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/files.ts + 1 modules
var core_files = __webpack_require__(45383);
// EXTERNAL MODULE: ./src/versioning/scheme.ts + 3 modules
var scheme = __webpack_require__(4418);
// EXTERNAL MODULE: ./src/ecosystems/python/docs-replacements.ts
var docs_replacements = __webpack_require__(32031);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/ecosystems/example-runner.ts
var example_runner = __webpack_require__(43270);
// EXTERNAL MODULE: ./src/ecosystems/readme-examples.ts
var readme_examples = __webpack_require__(64607);
// EXTERNAL MODULE: ./src/ecosystems/check-output.ts
var check_output = __webpack_require__(17867);
;// CONCATENATED MODULE: ./src/ecosystems/npm/module-shape.ts
/**
 * How a user loads an installed package, read from its package.json the way Node resolves it: `import` for an
 * ES module package, `require` for a CommonJS one, both for a dual package (an exports map with `import` and
 * `require` conditions), nothing for a package without a root entry point (a bin-only tool, or an exports map
 * with subpaths only). Also the names of its `bin` commands.
 */
/** The target of the root subpath `.` of an exports field, or undefined when there is none. */
function rootExport(exportsField) {
    if (typeof exportsField === 'string' || Array.isArray(exportsField))
        return exportsField;
    if (!exportsField || typeof exportsField !== 'object')
        return undefined;
    const keys = Object.keys(exportsField);
    // An object of conditions (no subpaths) is the root export itself.
    if (keys.length && keys.every((k) => !k.startsWith('.')))
        return exportsField;
    return exportsField['.'];
}
/** Resolves an exports target for a set of conditions as Node does: keys in order, `default` always matches. */
function resolveExportTarget(target, conditions) {
    if (typeof target === 'string')
        return target;
    if (Array.isArray(target))
        return target.map((t) => resolveExportTarget(t, conditions)).find((t) => t !== undefined);
    if (target && typeof target === 'object') {
        for (const [key, value] of Object.entries(target)) {
            if (key === 'default' || conditions.has(key)) {
                const found = resolveExportTarget(value, conditions);
                if (found !== undefined)
                    return found;
            }
        }
    }
    return undefined;
}
/** Module kind of a file path by its extension, with `type` deciding `.js`. */
function kindOfFile(path, typeModule) {
    if (path.endsWith('.mjs'))
        return 'esm';
    if (path.endsWith('.cjs'))
        return 'cjs';
    return typeModule ? 'esm' : 'cjs';
}
const IMPORT = new Set(['node', 'import']);
const REQUIRE = new Set(['node', 'require']);
/** How the package's root entry point is loaded; `null` when it has none (a bin-only package). */
function moduleShape(manifest, hasIndexJs = false) {
    const typeModule = manifest.type === 'module';
    const typeNote = typeModule ? ', type: module' : '';
    if (manifest.exports !== undefined) {
        const root = rootExport(manifest.exports);
        if (root === undefined || root === null)
            return null;
        const forImport = resolveExportTarget(root, IMPORT);
        const forRequire = resolveExportTarget(root, REQUIRE);
        // Two different files, the require one CommonJS: a dual package, and users load it both ways.
        if (forImport && forRequire && forImport !== forRequire && kindOfFile(forRequire, typeModule) === 'cjs') {
            return { import: true, require: true, description: 'dual (exports resolve import and require to different files)' };
        }
        const only = forImport ?? forRequire;
        if (!only)
            return null;
        if (!forImport)
            return { import: false, require: true, description: 'CommonJS (exports with a require condition only)' };
        return kindOfFile(only, typeModule) === 'esm' ? { import: true, require: false, description: `ESM (exports${typeNote})` } : { import: false, require: true, description: `CommonJS (exports${typeNote})` };
    }
    const main = typeof manifest.main === 'string' ? manifest.main : hasIndexJs ? 'index.js' : undefined;
    if (!main)
        return null;
    return kindOfFile(main, typeModule) === 'esm' ? { import: true, require: false, description: `ESM (main${typeNote})` } : { import: false, require: true, description: 'CommonJS (main)' };
}
/** The commands a package installs: `bin` as a string is named after the package (without its scope). */
function binNames(manifest) {
    const bin = manifest.bin;
    if (typeof bin === 'string' && typeof manifest.name === 'string')
        return [manifest.name.replace(/^@[^/]+\//, '')];
    if (bin && typeof bin === 'object')
        return Object.keys(bin);
    return [];
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/install-check.ts
/**
 * The clean-environment check of an npm tarball: a fresh project in a temp directory, `npm install <tarball>`,
 * then the package is used from there (import, installed version, README examples, smoke command), never
 * from the repository's sources.
 */









/** Fence languages run by default. */
const NPM_EXAMPLE_TAGS = ['js', 'javascript', 'mjs', 'cjs'];
/**
 * The probe run inside the scratch project: loads the package the way a user would, once per way given
 * (`import`, `require`), and prints the ways that worked. Exit 3: one failed (its error on stderr).
 */
const PROBE = `import { createRequire } from 'node:module';
const [name, ...ways] = process.argv.slice(2);
for (const way of ways) {
  try {
    if (way === 'import') await import(name);
    else createRequire(process.cwd() + '/')(name);
  } catch (error) {
    console.error(way + ' failed: ' + (error && error.stack ? error.stack : String(error)));
    process.exit(3);
  }
}
console.log(JSON.stringify({ loaded: ways }));
`;
/** Writes an empty project (package.json only) into `dir`. */
async function writeScratchProject(dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'package.json'), `${JSON.stringify({ name: 'release-relay-scratch', version: '0.0.0', private: true, description: 'scratch project', license: 'UNLICENSED' }, null, 2)}\n`);
}
/** The manifest of the installed package (node_modules/<name>/package.json), or null when it is not there. */
async function installedManifest(project, name) {
    try {
        return JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(project, 'node_modules', ...name.split('/'), 'package.json'), 'utf8'));
    }
    catch {
        return null;
    }
}
async function hasIndexJs(project, name) {
    return (0,core_files/* pathExists */.s0)((0,external_node_path_.join)(project, 'node_modules', ...name.split('/'), 'index.js'));
}
/**
 * Loads the installed package in `project` as a user would (`import` for ESM, `require` for CommonJS, both for
 * a dual package; see moduleShape) and checks its version. Returns null when all is well, else the reason (and
 * log). A package without a root entry point (bin only, subpath exports only) is not loaded.
 */
async function probeInstalled(opts) {
    const manifest = await installedManifest(opts.project, opts.name);
    if (!manifest)
        return { reason: `${opts.name} is not in node_modules after npm install (is "name" in the tarball's package.json ${opts.name}?).` };
    if (manifest.version !== opts.version)
        return { reason: `The installed ${opts.name} is version ${String(manifest.version)}, but the release is ${opts.version}.` };
    const shape = moduleShape(manifest, await hasIndexJs(opts.project, opts.name));
    if (!shape)
        return null;
    const ways = [...(shape.import ? ['import'] : []), ...(shape.require ? ['require'] : [])];
    const probe = (0,external_node_path_.join)(opts.project, 'release-relay-probe.mjs');
    await (0,promises_.writeFile)(probe, PROBE);
    const r = await opts.exec(opts.node, [probe, opts.name, ...ways], { cwd: opts.project, check: false, signal: opts.signal, timeoutMs: opts.timeoutMs });
    if (r.code !== 0) {
        const way = /^(import|require) failed/m.exec(r.stderr)?.[1] ?? ways[0];
        const call = way === 'import' ? `import('${opts.name}')` : `require('${opts.name}')`;
        const error = r.stderr.split('\n').find((l) => /Error/.test(l))?.replace(/^(import|require) failed: /, '').trim() ?? (0,check_output/* lastLine */.fM)(r.stderr);
        const fix = way === 'require' && shape.import ? ' Its exports map promises require: point the "require" condition at a CommonJS file that is in the tarball, or drop the condition.' : ' Check "exports" / "main" and that "files" (or .npmignore) keeps the files they point at.';
        return { reason: `The installed package cannot be loaded the way a user loads this ${shape.description} package: ${call} failed (${error}).${fix}`, log: (0,check_output/* excerpt */.Kb)(r.stderr || r.stdout) };
    }
    opts.logger?.info(`${opts.name} loads with ${ways.join(' and ')} (${shape.description})`);
    return null;
}
/** Exit codes and output that mean a command is broken rather than merely unhappy with `--help`. */
const CRASH = /^\s*(\w*Error\b|Error:)|\bERR_[A-Z_]+\b|Cannot find (module|package)|command not found|Permission denied|No such file or directory/m;
/**
 * Runs each installed `bin` command with `--help` from the scratch project. A command that exits 0 passes; one
 * that exits otherwise passes too unless it crashed (a Node error, a missing module, not executable: 126/127),
 * since not every CLI knows --help. Returns null, or the reason and log of the first broken one.
 */
async function checkBins(opts) {
    const manifest = await installedManifest(opts.project, opts.name);
    for (const bin of manifest ? binNames(manifest) : []) {
        const file = (0,external_node_path_.join)(opts.project, 'node_modules', '.bin', bin);
        if (!(await (0,core_files/* pathExists */.s0)(file)))
            return { reason: `The bin "${bin}" of ${opts.name} was not linked into node_modules/.bin: check that "bin" in package.json points at a file the tarball holds ("files", .npmignore).` };
        const r = await (0,check_output/* timeoutAsValue */.Bi)(opts.signal, () => opts.exec(file, ['--help'], { cwd: opts.project, env: opts.env, signal: opts.signal, timeoutMs: opts.timeoutMs, check: false, input: '' }));
        if (r === 'timeout')
            return { reason: `The bin "${bin}" did not finish "${bin} --help" in time (does it wait for input?). Make --help print usage and exit, or set smoke-command to a command that exercises it and exits.` };
        const out = `${r.stdout}${r.stderr}`;
        if (r.code !== 0 && (r.code === 126 || r.code === 127 || CRASH.test(r.stderr))) {
            return { reason: `The bin "${bin}" crashed on "${bin} --help" (exit ${r.code}): ${r.stderr.split('\n').find((l) => CRASH.test(l))?.trim() ?? (0,check_output/* lastLine */.fM)(r.stderr)}. Fix the command (its shebang, its file, its dependencies) so it starts from an installed copy.`, log: (0,check_output/* excerpt */.Kb)(out) };
        }
        opts.logger?.info(`${bin} --help: exit ${r.code}${r.code === 0 ? '' : ' (no crash: accepted; not every CLI knows --help)'}`);
    }
    return null;
}
/**
 * Installs the tarball into a fresh project and uses it from there. A failing check returns `ok: false` with
 * the reason and a log excerpt; only infrastructure failures (no npm, no node) throw.
 */
async function npmInstallCheck(opts) {
    const tarball = opts.files.find((f) => f.endsWith('.tgz'));
    if (!tarball)
        return { ok: false, examplesRun: 0, reason: `No .tgz among the built files (${opts.files.map((f) => (0,external_node_path_.basename)(f)).join(', ') || 'none'}).` };
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rr-npm-install-'));
    try {
        return await check(opts, tarball, (0,external_node_path_.join)(work, 'project'));
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
async function check(opts, tarball, project) {
    const npm = opts.npm ?? 'npm';
    const node = opts.node ?? 'node';
    const stepMs = opts.exampleTimeoutMs ?? 60_000;
    await writeScratchProject(project);
    const env = { NODE_PATH: undefined };
    const pathPrepend = [(0,external_node_path_.join)(project, 'node_modules', '.bin')];
    const run = (file, args, timeoutMs) => opts.exec(file, args, { cwd: project, env, pathPrepend, signal: opts.signal, timeoutMs, check: false });
    const version = await run(node, ['--version'], stepMs).catch(() => null);
    const runtime = version?.code === 0 ? `node ${version.stdout.trim()}` : undefined;
    // 1. npm install <tarball>: the package's own dependencies come from the configured registry.
    opts.logger.info(`npm install ${(0,external_node_path_.basename)(tarball)} into an empty project`);
    const install = await guard(opts.signal, () => run(npm, ['install', tarball, '--no-audit', '--no-fund', '--no-update-notifier', ...(opts.installArgs ?? [])], opts.installTimeoutMs ?? 300_000));
    if (install === 'timeout')
        return { ok: false, runtime, examplesRun: 0, reason: `npm install ${(0,external_node_path_.basename)(tarball)} did not finish in time.` };
    if (install.code !== 0)
        return { ok: false, runtime, examplesRun: 0, reason: `npm could not install ${(0,external_node_path_.basename)(tarball)} into an empty project.`, logExcerpt: (0,check_output/* excerpt */.Kb)(install.stderr || install.stdout) };
    // 2. Load it from the scratch project and compare the installed version.
    const probe = await guardValue(opts.signal, () => probeInstalled({ project, name: opts.name, version: opts.expectedVersion, node, exec: opts.exec, signal: opts.signal, timeoutMs: stepMs, logger: opts.logger }));
    if (probe === 'timeout')
        return { ok: false, runtime, examplesRun: 0, reason: `Loading ${opts.name} did not finish in time.` };
    if (probe)
        return { ok: false, runtime, examplesRun: 0, reason: probe.reason, logExcerpt: probe.log };
    opts.logger.info(`${opts.name} ${opts.expectedVersion} installs and loads`);
    // 2b. Its bin commands start from the installed copy.
    const bins = await guardValue(opts.signal, () => checkBins({ project, name: opts.name, exec: opts.exec, env, signal: opts.signal, timeoutMs: stepMs, logger: opts.logger }));
    if (bins === 'timeout')
        return { ok: false, runtime, examplesRun: 0, reason: `Running the bin commands of ${opts.name} did not finish in time.` };
    if (bins)
        return { ok: false, runtime, examplesRun: 0, reason: bins.reason, logExcerpt: bins.log };
    // 3. README examples, each in its own file and process, inside the scratch project; 4. the smoke command.
    let examples;
    if (opts.readmeFile) {
        const markdown = await (0,promises_.readFile)(opts.readmeFile, 'utf8').catch(() => null);
        examples = markdown === null ? [] : (0,readme_examples/* extractExamples */.T)(markdown, opts.readmeFile, { tags: opts.exampleTags ?? NPM_EXAMPLE_TAGS });
    }
    return (0,example_runner/* runExamplesAndSmoke */.T)({
        examples,
        script: (example) => {
            const commonJs = example.lang.toLowerCase() === 'cjs' || (/\brequire\(/.test(example.code) && !/^\s*(import|export)\s/m.test(example.code));
            const path = (0,external_node_path_.join)(project, `example-line-${example.line}.${commonJs ? 'cjs' : 'mjs'}`);
            return { path, argv: [node, path] };
        },
        errorLine: (r) => r.stderr.split('\n').find((l) => /^\w*Error\b|Error:/.test(l.trim()))?.trim() || (0,check_output/* lastLine */.fM)(r.stderr) || `exit code ${r.code}`,
        smokeCommand: opts.smokeCommand,
        smokeLookup: 'in node_modules/.bin or on PATH',
        run: (file, args) => guard(opts.signal, () => run(file, args, stepMs)),
        runtime,
        logger: opts.logger,
    });
}
/** Turns a timeout into a value so it becomes a failed check; the caller's abort still throws. */
async function guard(signal, fn) {
    return guardValue(signal, fn);
}
async function guardValue(signal, fn) {
    try {
        return await (0,check_output/* timeoutAsValue */.Bi)(signal, fn);
    }
    catch (err) {
        if ((0,core_errors/* isReleaseError */.q8)(err, 'COMMAND_FAILED') && /Could not start (npm|node)/.test(err.message)) {
            throw new core_errors/* ReleaseError */.K2('COMMAND_FAILED', err.message, 'Install Node.js and npm on the runner (actions/setup-node), or set the npm/node tool overrides.', { cause: err });
        }
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/package-manager.ts
/**
 * Which package manager a JavaScript package uses (npm, pnpm, yarn 1, yarn ≥ 2), read the way corepack and the
 * managers themselves read it: the `packageManager` field of the nearest package.json that has one, else the
 * lockfile found nearest the package (its own directory, then up to the repository root, for workspaces).
 * The commands a release needs (install, run a script, pack) follow that manager's rules.
 */




/** Lockfiles in the order they are looked for in one directory. */
const LOCKFILES = [
    { file: 'pnpm-lock.yaml', name: 'pnpm' },
    { file: 'yarn.lock', name: 'yarn' },
    { file: 'npm-shrinkwrap.json', name: 'npm' },
    { file: 'package-lock.json', name: 'npm' },
];
async function packageManagerField(dir) {
    try {
        const manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'package.json'), 'utf8'));
        return typeof manifest.packageManager === 'string' ? manifest.packageManager : undefined;
    }
    catch {
        return undefined;
    }
}
/** Parses `pnpm@9.1.0+sha512.…` into name and version; an unknown manager throws BAD_INPUT naming the field. */
function parsePackageManagerField(value, where) {
    const m = /^(npm|pnpm|yarn|bun)(?:@([^+\s]+))?/.exec(value.trim());
    if (!m || m[1] === 'bun') {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${where} names the package manager "${value}", which release-relay does not drive.`, 'Use npm, pnpm or yarn in "packageManager" (e.g. "pnpm@9.15.9"), or remove the field to fall back to the lockfile.', { location: { file: where } });
    }
    return { name: m[1], version: m[2] };
}
/** Directories from `packageDir` up to `root`, both included (packageDir first). */
function upTo(root, packageDir) {
    const top = (0,external_node_path_.resolve)(root);
    const dirs = [];
    for (let dir = (0,external_node_path_.resolve)(packageDir);; dir = (0,external_node_path_.dirname)(dir)) {
        dirs.push(dir);
        if (dir === top || (0,external_node_path_.dirname)(dir) === dir || (0,external_node_path_.relative)(top, dir).startsWith('..'))
            break;
    }
    return dirs;
}
/**
 * Detects the package manager of the package in `packageDir` (a directory inside `root`). The nearest
 * `packageManager` field wins; otherwise the nearest lockfile; otherwise npm. Yarn ≥ 2 is told from the field's
 * version or a `.yarnrc.yml` beside the yarn.lock.
 */
async function detectPackageManager(root, packageDir) {
    const dirs = upTo(root, packageDir);
    let field;
    for (const dir of dirs) {
        const value = await packageManagerField(dir);
        if (value) {
            field = { ...parsePackageManagerField(value, (0,external_node_path_.relative)(root, (0,external_node_path_.join)(dir, 'package.json')) || 'package.json'), dir };
            break;
        }
    }
    let lock;
    for (const dir of dirs) {
        for (const l of LOCKFILES) {
            if (!field || field.name === l.name) {
                if (await (0,core_files/* pathExists */.s0)((0,external_node_path_.join)(dir, l.file))) {
                    lock = { file: (0,external_node_path_.join)(dir, l.file), name: l.name };
                    break;
                }
            }
        }
        if (lock)
            break;
    }
    const name = field?.name ?? lock?.name ?? 'npm';
    const berry = name === 'yarn' && (field?.version ? !field.version.startsWith('1.') : lock ? await (0,core_files/* pathExists */.s0)((0,external_node_path_.join)((0,external_node_path_.dirname)(lock.file), '.yarnrc.yml')) : false);
    return {
        name,
        version: field?.version,
        berry,
        lockfile: lock?.name === name ? lock.file : undefined,
        source: field ? `packageManager field in ${(0,external_node_path_.relative)(root, (0,external_node_path_.join)(field.dir, 'package.json')) || 'package.json'}` : lock ? (0,external_node_path_.relative)(root, lock.file) || lock.file : 'default (no lockfile, no packageManager field)',
    };
}
/**
 * The install command a CI setup step runs: a frozen install with a lockfile (`npm ci`, `pnpm install
 * --frozen-lockfile`, `yarn install --frozen-lockfile` / `--immutable`), a plain install without one.
 */
function installCommand(pm) {
    if (pm.name === 'npm')
        return pm.lockfile ? ['npm', 'ci'] : ['npm', 'install'];
    if (pm.name === 'pnpm')
        return pm.lockfile ? ['pnpm', 'install', '--frozen-lockfile'] : ['pnpm', 'install'];
    if (pm.berry)
        return pm.lockfile ? ['yarn', 'install', '--immutable'] : ['yarn', 'install'];
    return pm.lockfile ? ['yarn', 'install', '--frozen-lockfile'] : ['yarn', 'install'];
}
/** Runs a package.json script with the package's own manager (`npm run test`, `pnpm run test`, `yarn run test`). */
function runScriptCommand(pm, script) {
    return [pm.name, 'run', script];
}
/** The hint for a manager binary that is not on PATH. */
function missingManagerHint(pm) {
    if (pm.name === 'npm')
        return 'Install Node.js and npm on the runner (actions/setup-node).';
    const spec = `${pm.name}${pm.version ? `@${pm.version}` : pm.name === 'yarn' && !pm.berry ? '@1' : ''}`;
    return `The package uses ${pm.name} (${pm.source}): put it on PATH before the gate (npm install -g ${spec}, or corepack enable), or set the "${pm.name}" tool override.`;
}
/** Which of `names` resolve from `packageDir` the way Node finds them (node_modules here or in any parent). */
async function installedPackages(packageDir, names) {
    const found = new Set();
    for (const name of names) {
        for (let dir = (0,external_node_path_.resolve)(packageDir);; dir = (0,external_node_path_.dirname)(dir)) {
            if (await (0,core_files/* pathExists */.s0)((0,external_node_path_.join)(dir, 'node_modules', ...name.split('/'), 'package.json'))) {
                found.add(name);
                break;
            }
            if ((0,external_node_path_.dirname)(dir) === dir)
                break;
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/install-dependencies.ts
/**
 * Installs a package's dependencies before the gate runs its tests, with the package's own manager and
 * lockfile: a frozen install when there is a lockfile (`npm ci`, `pnpm install --frozen-lockfile`, `yarn
 * install --frozen-lockfile` / `--immutable`), a plain install without one (`npm install`: `npm ci` refuses a
 * project without package-lock.json). A workspace installs at the directory that holds its lockfile.
 */




/** Runs the install for the package in `packageDir` (inside `root`); a failure throws SETUP_FAILED with npm's error and the fix. */
async function installNpmDependencies(env, opts) {
    const pm = await detectPackageManager(opts.root, opts.packageDir);
    const command = installCommand(pm);
    const cwd = pm.lockfile ? (0,external_node_path_.dirname)(pm.lockfile) : opts.packageDir;
    const bin = env.tools[pm.name] ?? pm.name;
    env.logger.info(`${command.join(' ')} in ${cwd} (${pm.name} from ${pm.source})`);
    const r = await env.exec(bin, [...command.slice(1), ...(pm.name === 'npm' ? ['--no-audit', '--no-fund'] : [])], { cwd, check: false, signal: env.signal, timeoutMs: opts.timeoutMs ?? 20 * 60_000 }).catch((err) => {
        if (err instanceof core_errors/* ReleaseError */.K2 && /Could not start/.test(err.message))
            throw new core_errors/* ReleaseError */.K2('COMMAND_FAILED', `${pm.name} is not installed, but the package uses it (${pm.source}).`, missingManagerHint(pm), { cause: err });
        throw err;
    });
    if (r.code !== 0) {
        const frozen = pm.lockfile ? ` The lockfile ${pm.lockfile} may be out of date: run ${pm.name} install locally and commit it.` : '';
        throw new core_errors/* ReleaseError */.K2('COMMAND_FAILED', `${command.join(' ')} failed in ${cwd}:\n${(0,check_output/* excerpt */.Kb)(r.stderr || r.stdout)}`, `Fix what ${pm.name} reports.${frozen} Or set install-dependencies: false and install them in a step of your own before the gate.`);
    }
    return { packageManager: pm, command, cwd };
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/pack.ts
/**
 * Packs a package with its own manager, so the tarball follows that manager's rules: `files`, `.npmignore`,
 * the prepack/prepare build of a TypeScript package, and (pnpm, yarn) `workspace:` ranges and `publishConfig`
 * overrides rewritten the way `pnpm publish` / `yarn npm publish` would. npm goes through packNpm (its JSON
 * report); pnpm and yarn write into an empty directory, and the one tarball there is the result.
 */




/** npm's tarball name for a package: `@scope/name` → `scope-name-1.0.0.tgz`. */
function tarballName(name, version) {
    return `${name.replace(/^@/, '').replace(/\//g, '-')}-${version}.tgz`;
}
/** The argv that packs with pnpm or yarn into `dir` (yarn 1 and berry name the output file themselves). */
function packArgs(pm, dir, file) {
    if (pm.name === 'pnpm')
        return ['pack', '--pack-destination', dir];
    if (pm.berry)
        return ['pack', '--out', (0,external_node_path_.join)(dir, file)];
    return ['pack', '--filename', (0,external_node_path_.join)(dir, file)];
}
/** Packs with pnpm or yarn into `outDir`; returns the tarball's absolute path (named as npm names it). */
async function packWithManager(env, pm, packageDir, outDir) {
    const manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(packageDir, 'package.json'), 'utf8'));
    const file = tarballName(String(manifest.name), String(manifest.version));
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)(outDir, '.pack-'));
    try {
        const bin = env.tools[pm.name] ?? pm.name;
        const r = await env.exec(bin, packArgs(pm, scratch, file), { cwd: packageDir, check: false, signal: env.signal, timeoutMs: 10 * 60_000 }).catch((err) => {
            if (err instanceof core_errors/* ReleaseError */.K2 && /Could not start/.test(err.message))
                throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `${pm.name} is not installed, but the package uses it (${pm.source}).`, missingManagerHint(pm), { cause: err });
            throw err;
        });
        if (r.code !== 0) {
            throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `${pm.name} pack failed in ${packageDir}:\n${(r.stderr || r.stdout).trim().split('\n').slice(-20).join('\n')}`, `Run ${pm.name} pack in the package directory and fix what it reports (a failing prepack/prepare script, a bad "files" entry).`);
        }
        const made = (await (0,promises_.readdir)(scratch)).filter((f) => f.endsWith('.tgz'));
        if (made.length !== 1)
            throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `${pm.name} pack left ${made.length} tarballs (${made.join(', ') || 'none'}) instead of one.`, `Run ${pm.name} pack in the package directory and check its output.`);
        await (0,promises_.rename)((0,external_node_path_.join)(scratch, made[0]), (0,external_node_path_.join)(outDir, file));
        return (0,external_node_path_.join)(outDir, file);
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/ecosystems/npm/oidc.ts
var npm_oidc = __webpack_require__(86373);
// EXTERNAL MODULE: ./src/core/combinators.ts
var combinators = __webpack_require__(54192);
// EXTERNAL MODULE: ./src/ecosystems/npm/registry-api.ts
var registry_api = __webpack_require__(29045);
;// CONCATENATED MODULE: ./src/ecosystems/npm/publish.ts
/**
 * Publishes an approved tarball with the real npm client, after comparing what the registry already holds:
 * the same bytes are skipped (a resumed release), other bytes under the same version stop the release before
 * anything is uploaded. The token goes into a temporary .npmrc (mode 600) passed with --userconfig: never on a
 * command line, never in the environment of other steps.
 */







/** Whether `npm publish` should attach provenance: on GitHub Actions with an ID token, to the public registry. */
function wantsProvenance(registry, runner = {}) {
    return !!runner.onGitHubActions && !!runner.oidc?.requestUrl && registry === registry_api/* NPMJS */.Ng;
}
/**
 * Publishes `file` unless the registry already has the version: same integrity → skipped, other bytes →
 * ALREADY_PUBLISHED_DIFFERENT (nothing uploaded). Transient failures (5xx, connection resets, timeouts) are
 * retried with backoff; a refusal to publish over an existing version is resolved by comparing integrity again.
 */
async function publishTarball(opts) {
    if (opts.token)
        opts.logger.setSecret(opts.token);
    const local = await (0,registry_api/* tarballIntegrity */.SQ)(opts.file);
    const read = { registry: opts.registry, name: opts.name, token: opts.token, signal: opts.signal };
    const ctx = { ...(0,combinators/* createStepContext */.YC)('publish-and-verify', opts.logger), sleep: opts.sleep, signal: opts.signal };
    const existing = await (0,combinators/* retry */.L5)(async () => (await (0,registry_api/* fetchPackument */.XN)(read))?.versions[opts.version], { attempts: 3, baseDelayMs: opts.baseDelayMs ?? 2000 })(undefined, ctx);
    if (existing)
        return resolveExisting(opts, existing.dist, local, 0);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rr-npm-publish-'));
    const npmrc = (0,external_node_path_.join)(dir, '.npmrc');
    try {
        // Trusted publishing: no token anywhere npm looks (user and global config, environment), so OIDC is the only way in.
        await (0,promises_.writeFile)(npmrc, opts.oidc ? '' : `${(0,registry_api/* nerfDart */.vN)(opts.registry)}:_authToken=${opts.token}\n`, { mode: 0o600 });
        await (0,promises_.chmod)(npmrc, 0o600);
        const globalConfig = opts.oidc ? ['--globalconfig', (0,external_node_path_.join)(dir, 'global.npmrc')] : [];
        if (opts.oidc)
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'global.npmrc'), '', { mode: 0o600 });
        const args = ['publish', opts.file, '--registry', opts.registry, '--userconfig', npmrc, ...globalConfig, '--tag', opts.tag, '--ignore-scripts', '--no-update-notifier', ...(opts.provenance ? ['--provenance'] : [])];
        let attempts = 0;
        const upload = (0,combinators/* retry */.L5)(async (_input, c) => {
            attempts = c.attempts?.count ?? attempts + 1;
            opts.logger.info(`npm ${args.join(' ')}`);
            const r = await opts.exec(opts.npm ?? 'npm', args, { cwd: dir, check: false, signal: opts.signal, timeoutMs: opts.timeoutMs ?? 10 * 60_000, env: opts.oidc ? (0,npm_oidc/* npmOidcEnv */.I4)(opts.oidc) : undefined }).catch((err) => {
                if (err instanceof core_errors/* ReleaseError */.K2 && err.code === 'TIMEOUT' && !opts.signal?.aborted)
                    throw new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `npm publish ${(0,external_node_path_.basename)(opts.file)} timed out.`, 'The registry is slow; the upload is retried.', { transient: true, cause: err });
                throw err;
            });
            if (r.code === 0)
                return 'uploaded';
            const failure = classifyNpmPublishFailure((0,external_node_path_.basename)(opts.file), opts.registry, `${r.stdout}\n${r.stderr}`, Boolean(opts.oidc));
            if (failure === 'exists')
                return 'exists';
            throw failure;
        }, { attempts: opts.attempts ?? 4, baseDelayMs: opts.baseDelayMs ?? 2000, maxDelayMs: 60_000 });
        const outcome = await upload(undefined, ctx);
        if (outcome === 'exists') {
            // Someone (or an earlier attempt whose answer got lost) published this version: compare the bytes.
            const entry = (await (0,registry_api/* fetchPackument */.XN)(read))?.versions[opts.version];
            return resolveExisting(opts, entry?.dist, local, attempts);
        }
        opts.logger.info(`published ${opts.name}@${opts.version} (${(0,external_node_path_.basename)(opts.file)}) to ${opts.registry} with dist-tag ${opts.tag}${opts.oidc ? ' through npm trusted publishing' : ''}${opts.provenance ? ', with provenance' : ''}`);
        return { uploaded: true, attempts };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
function resolveExisting(opts, dist, local, attempts) {
    if ((0,registry_api/* sameDist */.NF)(dist, local)) {
        opts.logger.info(`${opts.name}@${opts.version} is already on ${opts.registry} with the same integrity; skipped`);
        return { uploaded: false, attempts };
    }
    throw new core_errors/* ReleaseError */.K2('ALREADY_PUBLISHED_DIFFERENT', `${opts.name}@${opts.version} is already on ${opts.registry} with other bytes (${dist?.integrity ?? dist?.shasum ?? 'no integrity'}; the approved ${(0,external_node_path_.basename)(opts.file)} is ${local.integrity}).`, 'A published npm version can never be replaced. Release a new version (the next patch or prerelease); do not rebuild the same one.');
}
/**
 * Turns npm's output for a failed publish into a ReleaseError, or `exists` when the registry refused because
 * the version is already there (403 "cannot publish over the previously published versions", 409, EPUBLISHCONFLICT).
 * 5xx, 429, ECONNRESET, ETIMEDOUT, EAI_AGAIN → UPLOAD_FAILED (transient); 401, ENEEDAUTH, other 403 →
 * NO_CREDENTIALS; 402 → UPLOAD_FAILED with the access hint; anything else → UPLOAD_FAILED (permanent).
 */
function classifyNpmPublishFailure(file, registry, output, oidc = false) {
    const text = output.replace(new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'), '');
    const code = /npm (?:error|ERR!) code (\S+)/.exec(text)?.[1] ?? '';
    const status = /^E(\d{3})$/.exec(code)?.[1] ? Number(code.slice(1)) : undefined;
    const errors = text.split('\n').filter((l) => /^npm (error|ERR!)/.test(l)).map((l) => l.replace(/^npm (error|ERR!)\s*/, '').trim()).filter((l) => l && !/^(code |A complete log|\/.*\.log$)/.test(l));
    const reason = errors.slice(0, 4).join(' / ') || text.trim().split('\n').slice(-3).join(' / ') || `npm exited without output (${code || 'no code'})`;
    if (code === 'EPUBLISHCONFLICT' || status === 409 || /cannot publish over|previously published|already present|already exists/i.test(text))
        return 'exists';
    if ((status !== undefined && status >= 500) || status === 429 || ['ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNREFUSED', 'ESOCKETTIMEDOUT', 'EPIPE'].includes(code)) {
        return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `npm publish ${file} to ${registry} failed: ${reason}`, 'The registry or the network had trouble; the upload is retried with backoff. Check https://status.npmjs.org for the public registry.', { transient: true });
    }
    if (oidc && (status === 401 || code === 'ENEEDAUTH' || status === 403 || status === 404)) {
        return new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `${registry} did not let ${file} in through npm trusted publishing: ${reason}`, 'The OIDC exchange was refused: the trusted publisher on npmjs.com (package → Settings → Trusted publishing) must name this repository, workflow file and environment exactly; or pass input "registry-token".');
    }
    if (status === 401 || code === 'ENEEDAUTH' || status === 403) {
        return new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `${registry} refused the token for ${file}: ${reason}`, 'Check input "registry-token": an npm automation or granular access token with publish rights on this package (and 2FA not required for it).');
    }
    if (status === 402) {
        return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `${registry} refused ${file}: ${reason}`, 'A scoped package is private by default on npm: add "publishConfig": { "access": "public" } to package.json, or use a paid plan.');
    }
    return new core_errors/* ReleaseError */.K2('UPLOAD_FAILED', `npm publish ${file} to ${registry} failed: ${reason}`, 'The registry rejected the package itself; fix what it names, then release a new version.');
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/test-command.ts
/**
 * The default test command of an npm package: the package's own `test` script, whatever runs in it, decides
 * by its exit code. Where the gate recognises the runner of a one-command script it adds reporters so that it
 * also gets counts (JUnit, or Jest's JSON) and coverage (LCOV):
 * - `node --test …` (or no script): Node's junit, spec and lcov reporters (no dependency);
 * - jest: jest-junit when installed, else Jest's own `--json` results; `--coverage` with LCOV;
 * - vitest: its junit reporter; coverage when @vitest/coverage-v8 / -istanbul is declared;
 * - mocha: its built-in xunit reporter (JUnit XML);
 * - ava and any other script (`xo && ava && tsd`): run as is; exit code only.
 * Coverage for a script that writes none: under c8 (NODE_V8_COVERAGE) when c8 is installed; otherwise the plan
 * says what to configure.
 */


/** The script's runner and its words after leading `VAR=value` assignments, or `other` for a compound script. */
function recogniseRunner(script) {
    if (!script?.trim())
        return { runner: 'node', words: [], compound: false };
    // Operators, substitutions, redirections or quoting: run it as written and read only the exit code.
    const compound = /&&|\|\||[;|<>`$()]|["'\\]/.test(script);
    const words = script.trim().split(/\s+/);
    let i = 0;
    while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]))
        i++;
    const rest = words.slice(i);
    if (compound || !rest.length)
        return { runner: 'other', words: rest, compound };
    const first = rest[0].replace(/^.*\//, '');
    if (first === 'node' && rest.includes('--test') && i === 0)
        return { runner: 'node', words: rest, compound };
    if (['jest', 'vitest', 'mocha', 'ava'].includes(first))
        return { runner: first, words: rest, compound };
    return { runner: 'other', words: rest, compound };
}
const COVERAGE_HINT = 'The test script writes no coverage report the gate can read. Set input "coverage-report" to the LCOV, Cobertura or JSON file it writes (e.g. `c8 --reporter=lcov` writes coverage/lcov.info), or add c8 as a devDependency (the gate then runs the script under c8, which collects NODE_V8_COVERAGE), or drop coverage-threshold.';
/**
 * The test command for a package, with the reports the gate can add in `reportDir`. Never refuses a script:
 * one the gate cannot add reporters to runs as written, and its exit code decides (`junitOptional`).
 */
function planNpmTestCommand(manifest, opts) {
    const node = opts.node ?? 'node';
    const junitFile = (0,external_node_path_.join)(opts.reportDir, 'junit.xml');
    const coverageDir = (0,external_node_path_.join)(opts.reportDir, 'coverage');
    const lcov = (0,external_node_path_.join)(coverageDir, 'lcov.info');
    const script = manifest.scripts?.test?.trim();
    const deps = { ...manifest.dependencies, ...manifest.devDependencies };
    const has = (pkg) => opts.installed?.has(pkg) ?? false;
    const wantCoverage = opts.coverage ?? true;
    const { runner, words } = recogniseRunner(script);
    const pm = opts.packageManager ?? { name: 'npm', berry: false, source: 'default' };
    const runTest = runScriptCommand(pm, 'test');
    if (opts.managerBin)
        runTest[0] = opts.managerBin;
    // npm needs `--` before arguments meant for the script; pnpm and yarn pass on whatever follows the name.
    const withArgs = (args) => (args.length ? [...runTest, ...(pm.name === 'npm' ? ['--'] : []), ...args] : runTest);
    // No reporter of its own: c8 collects NODE_V8_COVERAGE from every node process the script starts.
    const underC8 = (plan) => {
        if (!wantCoverage || plan.coverageFile)
            return plan;
        if (opts.userCoverageReport)
            return { ...plan, coverageFile: opts.userCoverageReport };
        if (has('c8'))
            return { ...plan, argv: ['c8', '--reporter=lcovonly', `--report-dir=${coverageDir}`, ...plan.argv], coverageFile: lcov };
        return { ...plan, coverageMissingHint: COVERAGE_HINT };
    };
    // On Node 20 a glob in `node --test test/*.test.js` is the shell's to expand: run the script as written.
    const needsShell = runner === 'node' && opts.nodeTestGlobs === false && words.some((w) => /[*?[\]{}]/.test(w));
    if (runner === 'node' && !needsShell) {
        const coverageFile = (0,external_node_path_.join)(opts.reportDir, 'lcov.info');
        const rest = words.slice(1).filter((a) => a !== '--test' && !a.startsWith('--test-reporter') && a !== '--experimental-test-coverage');
        return {
            argv: [
                node,
                '--test',
                '--test-reporter=spec',
                '--test-reporter-destination=stdout',
                '--test-reporter=junit',
                `--test-reporter-destination=${junitFile}`,
                '--experimental-test-coverage',
                ...(opts.coverageExclude ? ['--test-coverage-exclude=**/*.test.*', '--test-coverage-exclude=**/test/**', '--test-coverage-exclude=**/node_modules/**'] : []),
                '--test-reporter=lcov',
                `--test-reporter-destination=${coverageFile}`,
                ...rest,
            ],
            junitFile,
            coverageFile,
        };
    }
    const coverageArgs = (args) => (wantCoverage ? args : []);
    if (runner === 'jest') {
        const cov = coverageArgs(['--coverage', '--coverageReporters=lcov', `--coverageDirectory=${coverageDir}`]);
        if (deps['jest-junit'] || has('jest-junit')) {
            return { argv: withArgs(['--ci', '--reporters=default', '--reporters=jest-junit', ...cov]), junitFile, junitOptional: true, coverageFile: cov.length ? lcov : undefined, env: { JEST_JUNIT_OUTPUT_DIR: opts.reportDir, JEST_JUNIT_OUTPUT_NAME: 'junit.xml' } };
        }
        const jsonFile = (0,external_node_path_.join)(opts.reportDir, 'jest-results.json');
        return { argv: withArgs(['--ci', '--json', `--outputFile=${jsonFile}`, ...cov]), junitFile: jsonFile, junitOptional: true, reportFormat: 'jest-json', coverageFile: cov.length ? lcov : undefined };
    }
    if (runner === 'vitest') {
        const coverage = wantCoverage && (deps['@vitest/coverage-v8'] || deps['@vitest/coverage-istanbul'] || has('@vitest/coverage-v8') || has('@vitest/coverage-istanbul'));
        return underC8({
            argv: withArgs(['--reporter=default', '--reporter=junit', `--outputFile.junit=${junitFile}`, ...(coverage ? ['--coverage.enabled', '--coverage.reporter=lcov', `--coverage.reportsDirectory=${coverageDir}`] : [])]),
            junitFile,
            junitOptional: true,
            coverageFile: coverage ? lcov : undefined,
            // Without a TTY vitest runs once anyway; CI=true makes sure of it.
            env: { CI: 'true' },
        });
    }
    if (runner === 'mocha') {
        return underC8({ argv: withArgs(['--reporter=xunit', `--reporter-option=output=${junitFile}`]), junitFile, junitOptional: true });
    }
    // ava and everything else: the script as written; counts only from a report it writes itself (junit-file).
    return underC8({ argv: runTest, junitFile: opts.userJunitFile ?? junitFile, junitOptional: true });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/ecosystems/registry-wait.ts
var registry_wait = __webpack_require__(72282);
;// CONCATENATED MODULE: ./src/ecosystems/npm/verify.ts
/**
 * Verifies a release from the registry the way a user meets it: poll the packument until the version is
 * listed and its tarball is served with the approved bytes, then `npm install name@version` from that
 * registry into an empty project and load it.
 */








/** Polls with backoff until the registry serves the approved tarball, then installs it into an empty project. */
async function verifyNpmRelease(opts) {
    const served = await (0,registry_wait/* waitUntilServed */.P)(() => pollOnce(opts), opts);
    if (!served.served)
        return { verified: false, state: served.state, propagationS: served.propagationS, reason: served.reason };
    const { propagationS } = served;
    opts.logger.info(`${opts.registry} serves ${opts.name}@${opts.version} with the approved bytes (after ${propagationS.toFixed(1)} s)`);
    await installFromRegistry(opts);
    return { verified: true, state: 'verified', propagationS, installedVersion: opts.version };
}
async function pollOnce(opts) {
    const read = { registry: opts.registry, name: opts.name, signal: opts.signal };
    try {
        const entry = (await (0,registry_api/* fetchPackument */.XN)(read))?.versions[opts.version];
        if (!entry)
            return { state: 'missing', reason: `${opts.registry} does not list ${opts.name}@${opts.version} yet` };
        if (!entry.dist?.tarball)
            return { state: 'propagating', reason: `${opts.name}@${opts.version} is listed without a tarball URL yet` };
        const bytes = await (0,registry_api/* fetchTarball */.fc)(entry.dist.tarball, read);
        if (!bytes)
            return { state: 'propagating', reason: `${opts.name}@${opts.version} is listed but ${entry.dist.tarball} answers 404 (still propagating)` };
        const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
        if (!opts.artifacts.some((a) => a.sha256 === sha256)) {
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `${entry.dist.tarball} serves bytes with sha256 ${sha256}, not the approved ${opts.artifacts.map((a) => a.sha256).join(', ')}.`, 'The registry holds other bytes under this version; investigate before announcing, and release a new version.');
        }
        return { state: 'served' };
    }
    catch (err) {
        if (err instanceof core_errors/* ReleaseError */.K2 && err.transient)
            return { state: 'missing', reason: `the registry did not answer (${err.message}); polling again` };
        throw err;
    }
}
async function installFromRegistry(opts) {
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rr-npm-verify-'));
    try {
        const project = (0,external_node_path_.join)(work, 'project');
        await writeScratchProject(project);
        const spec = `${opts.name}@${opts.version}`;
        // --prefer-online: a packument cached before the publish must not hide the new version.
        const install = await opts.exec(opts.npm ?? 'npm', ['install', spec, '--registry', opts.registry, '--prefer-online', '--no-audit', '--no-fund', '--no-update-notifier'], {
            cwd: project,
            check: false,
            signal: opts.signal,
            timeoutMs: opts.installTimeoutMs ?? 5 * 60_000,
        });
        if (install.code !== 0) {
            const log = `${install.stdout}\n${install.stderr}`.trim().split('\n').slice(-20).join('\n');
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `npm could not install ${spec} from ${opts.registry}:\n${log}`, 'The registry lists the version but it does not install: check its dependencies (are they on this registry?).');
        }
        const problem = await probeInstalled({ project, name: opts.name, version: opts.version, node: opts.node ?? 'node', exec: opts.exec, signal: opts.signal, timeoutMs: 120_000 });
        if (problem)
            throw new core_errors/* ReleaseError */.K2('VERIFY_FAILED', `${spec} installed from ${opts.registry}, but: ${problem.reason}${problem.log ? `\n${problem.log}` : ''}`, 'Compare the published tarball with the one the gate checked.');
        opts.logger.info(`npm install ${spec} from ${opts.registry} into an empty project works; it loads`);
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/ecosystems/npm/pipeline.ts














const npmBin = (env) => env.tools.npm ?? 'npm';
/** The runner's ID-token endpoint (id-token: write), from the options or the environment; undefined without one. */
function idTokenRequest(env) {
    const url = env.supplyChain?.idTokenRequest?.url ?? env.runner?.oidc?.requestUrl;
    const token = env.supplyChain?.idTokenRequest?.token ?? env.runner?.oidc?.requestToken;
    return url && token ? { url, token } : undefined;
}
/** package.json inside an approved tarball (what the registry and npm's checks see). */
async function tarballManifest(env, file) {
    const r = await env.exec('tar', ['-xzOf', file, 'package/package.json'], { check: false, signal: env.signal, timeoutMs: 60_000 });
    try {
        return JSON.parse(r.stdout);
    }
    catch {
        return {};
    }
}
const nodeBin = (env) => env.tools.node ?? 'node';
/** Packages whose presence lets the gate add a reporter or measure coverage. */
const REPORTER_PACKAGES = ['jest-junit', 'c8', '@vitest/coverage-v8', '@vitest/coverage-istanbul'];
/** Refuses early, with the fix, when the package's manager (pnpm, yarn) is not installed. */
async function requireManager(env, pm) {
    if (pm.name === 'npm')
        return;
    const r = await env.exec(env.tools[pm.name] ?? pm.name, ['--version'], { cwd: (0,external_node_os_.tmpdir)(), check: false, timeoutMs: 60_000 }).catch(() => null);
    if (r?.code !== 0)
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${pm.name} is not installed, but the package uses it (${pm.source}).`, missingManagerHint(pm));
}
/** The git work tree holding `dir` (where lockfiles and workspaces are looked for), or `dir` outside git. */
async function repositoryRoot(env, dir) {
    const r = await env.exec('git', ['rev-parse', '--show-toplevel'], { cwd: dir, check: false, timeoutMs: 30_000 }).catch(() => null);
    return r?.code === 0 && r.stdout.trim() ? r.stdout.trim() : dir;
}
/** What the node binary's test runner can do: `--test-coverage-exclude` (22.5+), glob patterns in `--test` arguments (21+). */
async function nodeTestFeatures(env) {
    const r = await env.exec(nodeBin(env), ['-p', 'JSON.stringify([process.versions.node, process.allowedNodeEnvironmentFlags.has("--test-coverage-exclude")])'], { check: false, timeoutMs: 30_000 }).catch(() => null);
    try {
        const [version, exclude] = JSON.parse(r?.stdout ?? '');
        return { coverageExclude: exclude === true, globs: Number(version.split('.')[0]) >= 21 };
    }
    catch {
        return { coverageExclude: false, globs: false };
    }
}
/**
 * Packs the package once with `npm pack --json` (which runs its prepack/prepare scripts, as a publish from the
 * directory would) into `outDir`; returns the tarball's absolute path.
 */
async function packNpm(env, packageDir, outDir) {
    const r = await env.exec(npmBin(env), ['pack', '--pack-destination', outDir, '--json', '--no-update-notifier'], { cwd: packageDir, check: false, signal: env.signal, timeoutMs: 10 * 60_000 });
    if (r.code !== 0) {
        throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `npm pack failed in ${packageDir}:\n${(r.stderr || r.stdout).trim().split('\n').slice(-20).join('\n')}`, 'Run npm pack in the package directory and fix what it reports (a failing prepack/prepare script, a bad "files" entry).');
    }
    // Script output may precede the JSON: read the last top-level array.
    const start = r.stdout.lastIndexOf('\n[') >= 0 ? r.stdout.lastIndexOf('\n[') + 1 : r.stdout.indexOf('[');
    let entries;
    try {
        entries = JSON.parse(r.stdout.slice(start));
    }
    catch {
        throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `npm pack did not print its JSON report:\n${r.stdout.slice(-2000)}`, 'Use npm 7 or later (npm pack --json).');
    }
    const name = entries[0]?.filename;
    if (!name)
        throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', 'npm pack reported no tarball.', 'Run npm pack in the package directory and check its output.');
    // npm < 9 reported scoped tarballs as "@scope/pkg-1.0.0.tgz" but wrote "scope-pkg-1.0.0.tgz".
    const file = (0,external_node_path_.join)(outDir, name.replace(/^@/, '').replace(/\//g, '-'));
    await (0,promises_.stat)(file).catch(() => {
        throw new core_errors/* ReleaseError */.K2('BUILD_FAILED', `npm pack reported ${name}, but ${file} does not exist.`, 'Check the npm version and the pack destination.');
    });
    return file;
}
/** npm's test command, pack, clean install, publish and verify, over the real npm client and the registry's packument. */
const npmPipeline = {
    importName: (info) => info.name,
    defaultRegistry: 'npm',
    testsByExitCode: true,
    async installDependencies(env, { root, packageDir }) {
        const r = await installNpmDependencies(env, { root, packageDir });
        return `${r.command.join(' ')} (${r.packageManager.name} from ${r.packageManager.source})`;
    },
    async defaultTestCommand(env, { packageDir, reportDir, coverage, junitFile, coverageReport }) {
        const manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(packageDir, 'package.json'), 'utf8'));
        const packageManager = await detectPackageManager(await repositoryRoot(env, packageDir), packageDir);
        await requireManager(env, packageManager);
        const plan = planNpmTestCommand(manifest, {
            reportDir,
            node: nodeBin(env),
            ...(await nodeTestFeatures(env).then((f) => ({ coverageExclude: f.coverageExclude, nodeTestGlobs: f.globs }))),
            packageManager,
            managerBin: env.tools[packageManager.name],
            installed: await installedPackages(packageDir, REPORTER_PACKAGES),
            coverage,
            userJunitFile: junitFile ? (0,external_node_path_.resolve)(packageDir, junitFile) : undefined,
            userCoverageReport: coverageReport ? (0,external_node_path_.resolve)(packageDir, coverageReport) : undefined,
        });
        env.logger.info(`test command: ${plan.argv.join(' ')} (package manager ${packageManager.name}, from ${packageManager.source})`);
        return plan;
    },
    async build(env, { packageDir, outDir, tool }) {
        // The action's build-tool default is Python's "build": it means "the ecosystem's own" here.
        if (tool !== undefined && !['npm', 'pnpm', 'yarn', 'build'].includes(tool))
            throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Input "build-tool" is "${tool}".`, 'npm packages are packed by their package manager: leave build-tool empty (detected from packageManager / the lockfile) or set it to npm, pnpm or yarn.');
        const detected = await detectPackageManager(await repositoryRoot(env, packageDir), packageDir);
        const pm = tool === undefined || tool === 'build' || tool === detected.name ? detected : { name: tool, berry: false, source: 'input build-tool' };
        if (pm.name === 'npm')
            return [await packNpm(env, packageDir, outDir)];
        env.logger.info(`packing with ${pm.name}${pm.berry ? ' (berry)' : ''} (${pm.source})`);
        return [await packWithManager(env, pm, packageDir, outDir)];
    },
    installCheck: (env, { files, info, version, readmeFile, exampleTags, smokeCommand, installArgs }) => npmInstallCheck({ files, name: info.name, expectedVersion: version, readmeFile, exampleTags, smokeCommand, installArgs, npm: npmBin(env), node: nodeBin(env), exec: env.exec, logger: env.logger, signal: env.signal }),
    registry: registry_api/* npmRegistry */.f1,
    remoteState: (env, { registry, name, version, artifacts, files }) => (0,registry_api/* npmRemoteState */.H1)({ registry: registry.indexUrl, name, version, artifacts, files, signal: env.signal }),
    async credentials(env, { registry, token, useOidc }) {
        if (token) {
            env.logger.setSecret(token);
            return { token, source: 'input' };
        }
        // npm trusted publishing: the npm CLI exchanges the ID token itself; its prerequisites are checked before the upload.
        if (useOidc && idTokenRequest(env))
            return { token: '', source: 'oidc' };
        throw new core_errors/* ReleaseError */.K2('NO_CREDENTIALS', `No token for ${registry.indexUrl} was given, and the job cannot request an OIDC ID token for npm trusted publishing.`, 'For npm trusted publishing grant the publish job `permissions: id-token: write` and configure a trusted publisher for the package on npmjs.com (npm CLI ≥ 11.5.1), or pass an npm granular access token with publish rights as input "registry-token" (in the reusable workflow: the registry-token secret).');
    },
    async publish(env, { registry, files, artifacts, name, version, credentials, attempts, baseDelayMs }) {
        const tag = (0,scheme/* getScheme */.m)('semver').isPrerelease(version) ? 'next' : 'latest';
        const uploaded = [];
        const skipped = [];
        let total = 0;
        for (const file of files.filter((f) => f.endsWith('.tgz'))) {
            const record = artifacts.find((a) => a.file === (0,external_node_path_.basename)(file));
            const oidc = credentials.source === 'oidc' ? idTokenRequest(env) : undefined;
            if (oidc) {
                await (0,npm_oidc/* checkNpmTrustedPublishing */.IA)({ registry: registry.uploadUrl, name, manifest: await tarballManifest(env, file), repository: env.supplyChain?.publisher?.repository, workflowRef: env.supplyChain?.workflowRef, idToken: oidc, tokenVariables: env.runner?.npmTokenVariables, npm: npmBin(env), exec: env.exec, logger: env.logger, signal: env.signal });
            }
            const provenance = wantsProvenance(registry.uploadUrl, oidc ? { onGitHubActions: true, oidc: { requestUrl: oidc.url } } : env.runner);
            const r = await publishTarball({ registry: registry.uploadUrl, file, name, version, token: credentials.token, oidc, tag, provenance, npm: npmBin(env), exec: env.exec, logger: env.logger, signal: env.signal, attempts, baseDelayMs, sleep: env.sleep });
            total += r.attempts;
            (r.uploaded ? uploaded : skipped).push(record?.file ?? (0,external_node_path_.basename)(file));
        }
        return { uploaded, skipped, attempts: total };
    },
    async verify(env, { registry, info, version, artifacts, timeoutMs, pollMs }) {
        const r = await verifyNpmRelease({ registry: registry.indexUrl, name: info.name, version, artifacts, timeoutMs, pollMs, npm: npmBin(env), node: nodeBin(env), exec: env.exec, logger: env.logger, sleep: env.sleep, signal: env.signal });
        // Verified on the way back: where npm attached provenance (the public registry, through trusted publishing), demand it.
        const sc = env.supplyChain;
        const provenanceVerified = Boolean(r.verified && sc?.expectProvenance && sc.publisher && registry.uploadUrl === registry_api/* NPMJS */.Ng);
        if (provenanceVerified && sc?.publisher) {
            const integrity = (await (0,registry_api/* fetchPackument */.XN)({ registry: registry.indexUrl, name: info.name, signal: env.signal }))?.versions[version]?.dist?.integrity ?? '';
            const { verifyNpmProvenance } = await __webpack_require__.e(/* import() */ 724).then(__webpack_require__.bind(__webpack_require__, 75724));
            const { publicTrustedRoot } = await __webpack_require__.e(/* import() */ 961).then(__webpack_require__.bind(__webpack_require__, 11961));
            const trustedRoot = sc.sigstore?.trustedRoot ?? (await publicTrustedRoot((0,external_node_path_.join)(env.runner?.tempDir || (0,external_node_os_.tmpdir)(), 'release-relay', 'sigstore-tuf')));
            await verifyNpmProvenance({ registry: registry.indexUrl, name: info.name, version, integrity, publisher: sc.publisher, trustedRoot, logger: env.logger, signal: env.signal });
        }
        return { verified: r.verified, state: r.state, propagationS: r.propagationS, installedVersion: r.installedVersion, provenanceVerified };
    },
};

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
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${file} is not valid JSON: ${err.message}`, `Fix ${file}; npm cannot read it either.`, { location: { file } });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${file} does not hold a JSON object.`, `Fix ${file}.`, { location: { file } });
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
                throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${file} has no ${describePath(path)}.`, `Add ${describePath(path)} to ${file} (npm install --package-lock-only rewrites a lockfile).`, { location: { file } });
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
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `Setting the version in ${file} would change more than the version.`, `Check ${file} for duplicate keys.`, { location: { file } });
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
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${source} sets tagFormat "${tagFormat}", which release-relay cannot turn into a tag template (only \${version} is known).`, 'Set input "tag-template" to the tag your releases use, e.g. v{version}.', { location: { file: source } });
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
                throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${at(file)} cannot be read: ${err.message}`, `Fix ${at(file)} (semantic-release cannot read it either), or set input "tag-template".`, { location: { file: at(file) } });
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
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `release-please-config.json or .release-please-manifest.json is not valid JSON: ${err.message}`, 'Fix the file (release-please cannot read it either), or set input "tag-template".');
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
            throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${this.file} has no entry "${this.key}".`, `Add "${this.key}": "<current version>" to ${this.file}.`, { location: { file: this.file } });
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
        throw new core_errors/* ReleaseError */.K2('NO_VERSION', `There is no package.json in ${packageDir}.`, 'Point input "package-dir" at the directory with package.json.');
    let manifest;
    try {
        manifest = JSON.parse(text);
    }
    catch (err) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${manifestPath} is not valid JSON: ${err.message}`, `Fix ${manifestPath}.`, { location: { file: manifestPath } });
    }
    if (typeof manifest.name !== 'string' || !manifest.name) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${manifestPath} has no "name".`, 'A published npm package needs a name; add "name" to package.json.', { location: { file: manifestPath } });
    }
    // npm's own rules (validate-npm-package-name): URL-safe, at most 214 characters, no leading dot or underscore.
    if (manifest.name.length > 214 || !/^(?:@[a-z0-9-*~][a-z0-9-*._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(manifest.name)) {
        throw new core_errors/* ReleaseError */.K2('BAD_INPUT', `${manifestPath} names the package ${JSON.stringify(manifest.name)}, which npm does not accept.`, 'Use a valid npm name: lower-case letters, digits, "-", ".", "_" and "~", optionally under a @scope/ (e.g. "@acme/widget").', { location: { file: manifestPath } });
    }
    if (typeof manifest.version !== 'string' || !manifest.version) {
        throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${manifestPath} has no "version".`, 'Add "version": "0.1.0" (or the current version) to package.json.', { location: { file: manifestPath } });
    }
    // semantic-release repositories often keep a placeholder and take the version from the last tag.
    if (/^0\.0\.0-(development|semantically-released|semantic-release|dev)$/.test(manifest.version)) {
        throw new core_errors/* ReleaseError */.K2('NO_VERSION', `${manifestPath} holds the placeholder version "${manifest.version}" (the version lived in git tags).`, `Set "version" in ${manifestPath} to the last released version (your latest release tag, e.g. \`git describe --tags --abbrev=0\`), commit it, then release: release-relay keeps the version in package.json.`, { location: { file: manifestPath } });
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
            throw new core_errors/* ReleaseError */.K2('VERSION_CONFLICT', `${f.path} ${f.where} is ${JSON.stringify(f.version)} but ${manifestPath} says ${manifest.version}.`, f.updater instanceof ReleasePleaseManifest ? `Set ${f.where} in ${f.path} to "${manifest.version}" (the version package.json holds), commit it, then release.` : `Bring the lockfile in line (npm install --package-lock-only in ${(0,external_node_path_.dirname)(f.path) || '.'}), commit it, then release.`, { location: { file: f.path } });
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
/** The npm ecosystem: package.json + lockfiles, npm pack, a clean npm install, npm publish, the registry's packument. */
const npmAdapter = {
    ...npmPipeline,
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

/***/ 86373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I4: () => (/* binding */ npmOidcEnv),
/* harmony export */   IA: () => (/* binding */ checkNpmTrustedPublishing),
/* harmony export */   Ug: () => (/* binding */ findStrayNpmTokens)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _trusted_publishing_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47134);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4473);
/* harmony import */ var _registry_api_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29045);
/**
 * npm trusted publishing from GitHub Actions: the pre-flight that makes the OIDC path work or says why not
 * (npm CLI ≥ 11.5.1, no token that npm would silently fall back to, package.json naming this repository, the
 * package already on the registry), and the clean environment `npm publish` then runs in. The npm CLI itself
 * asks the runner for an ID token (audience `npm:<registry host>`) and exchanges it at
 * `POST <registry>/-/npm/v1/oidc/token/exchange/package/<name>`.
 */







/** Names (never values) of the places a token is configured: the set token variables and `_authToken` lines of .npmrc files. */
async function findStrayNpmTokens(setVariables, npmrcFiles) {
    const found = setVariables.map((v) => `$${v}`);
    for (const file of npmrcFiles) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => '');
        if (/^\s*[^#;\s].*_auth(Token)?\s*=\s*\S/m.test(text))
            found.push(file);
    }
    return found;
}
/** Claims of a JWT, unverified (only to report what the registry will see). */
function jwtClaims(jwt) {
    try {
        return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
    }
    catch {
        return {};
    }
}
/**
 * Runs the prerequisites before `npm publish` through OIDC; logs warnings and what npm will match, and throws
 * NO_CREDENTIALS (nothing published) on the first finding that would make the publish fail.
 */
async function checkNpmTrustedPublishing(opts) {
    const version = (await opts.exec(opts.npm, ['--version'], { check: false, signal: opts.signal, timeoutMs: 60_000 })).stdout.trim();
    // The ID token npm will get carries the environment and job workflow the registry matches; read them to report.
    const audience = `npm:${new URL(opts.registry).hostname}`;
    const url = `${opts.idToken.url}${opts.idToken.url.includes('?') ? '&' : '?'}audience=${encodeURIComponent(audience)}`;
    const res = await fetch(url, { headers: { Authorization: `bearer ${opts.idToken.token}`, Accept: 'application/json' }, signal: opts.signal ?? AbortSignal.timeout(30_000) });
    const jwt = res.ok ? (await res.json().catch(() => ({}))).value : undefined;
    if (jwt)
        opts.logger.setSecret(jwt);
    const claims = jwt ? jwtClaims(jwt) : {};
    const packageExists = (await (0,_registry_api_js__WEBPACK_IMPORTED_MODULE_5__/* .fetchPackument */ .XN)({ registry: opts.registry, name: opts.name, signal: opts.signal })) !== null;
    const findings = (0,_trusted_publishing_js__WEBPACK_IMPORTED_MODULE_4__/* .trustedPublishingFindings */ .pd)({
        registry: 'npm',
        idTokenAvailable: Boolean(jwt),
        tokenGiven: false,
        repository: opts.repository ?? (typeof claims.repository === 'string' ? claims.repository : undefined),
        workflowRef: opts.workflowRef ?? (typeof claims.workflow_ref === 'string' ? claims.workflow_ref : undefined),
        jobWorkflowRef: typeof claims.job_workflow_ref === 'string' ? claims.job_workflow_ref : undefined,
        environment: typeof claims.environment === 'string' ? claims.environment : undefined,
        npmVersion: version,
        strayTokens: await findStrayNpmTokens(opts.tokenVariables ?? [], opts.npmrcFiles ?? [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.npmrc'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.cwd(), '.npmrc')]),
        packageRepository: opts.manifest.repository,
        packageExists,
        packageName: opts.name,
    });
    for (const f of findings) {
        if (f.level === 'warning')
            opts.logger.warning(`${f.message} ${f.hint ?? ''}`.trim());
        else if (f.level === 'info')
            opts.logger.info(f.message);
    }
    const error = findings.find((f) => f.level === 'error');
    if (error)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('NO_CREDENTIALS', error.message, error.hint ?? 'Pass input `registry-token`.');
    return findings;
}
/** The environment `npm publish` runs in for OIDC: the runner's ID-token variables, and no token npm could fall back to. */
function npmOidcEnv(idToken) {
    return {
        GITHUB_ACTIONS: 'true',
        ACTIONS_ID_TOKEN_REQUEST_URL: idToken.url,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: idToken.token,
        NPM_ID_TOKEN: undefined,
        ...Object.fromEntries(_core_runner_js__WEBPACK_IMPORTED_MODULE_6__/* .NPM_TOKEN_VARIABLES */ .U.map((v) => [v, undefined])),
    };
}


/***/ }),

/***/ 29045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H1: () => (/* binding */ npmRemoteState),
/* harmony export */   NF: () => (/* binding */ sameDist),
/* harmony export */   Ng: () => (/* binding */ NPMJS),
/* harmony export */   SQ: () => (/* binding */ tarballIntegrity),
/* harmony export */   XN: () => (/* binding */ fetchPackument),
/* harmony export */   f1: () => (/* binding */ npmRegistry),
/* harmony export */   fc: () => (/* binding */ fetchTarball),
/* harmony export */   vN: () => (/* binding */ nerfDart)
/* harmony export */ });
/* unused harmony export packumentUrl */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1983);
/**
 * What release-relay reads of an npm registry: the packument (`GET {registry}/{name}`), the integrity of a
 * tarball, and where a registry's auth token goes in an .npmrc.
 */




/** The public npm registry. */
const NPMJS = 'https://registry.npmjs.org/';
/** Resolves `npm` (or `npmjs`) to the public registry, or an http(s) URL to itself with one trailing slash. */
function npmRegistry(nameOrUrl) {
    const v = nameOrUrl.trim();
    if (['npm', 'npmjs', 'registry.npmjs.org'].includes(v.toLowerCase()))
        return { name: 'npm', uploadUrl: NPMJS, indexUrl: NPMJS };
    let url;
    try {
        url = new URL(v);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_INPUT', `Input "registries" has "${nameOrUrl}", which is neither "npm" nor a URL.`, 'Use npm (https://registry.npmjs.org/) or a registry URL such as https://npm.pkg.github.com/.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_INPUT', `Input "registries" has "${nameOrUrl}", which is not an http(s) URL.`, 'Use an https:// registry URL.');
    }
    url.search = '';
    url.hash = '';
    const base = `${url.toString().replace(/\/+$/, '')}/`;
    return { name: base === NPMJS ? 'npm' : url.host, uploadUrl: base, indexUrl: base };
}
/** The packument URL of `name` (a scoped name's slash is encoded: `@scope%2fname`). */
function packumentUrl(registry, name) {
    const base = registry.endsWith('/') ? registry : `${registry}/`;
    return `${base}${name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)}`;
}
/** The key npm looks an auth token up by (the "nerf dart"): `//host[:port]/path/`. */
function nerfDart(registry) {
    const url = new URL(registry);
    return `//${url.host}${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}`;
}
/** SRI sha512 integrity (`sha512-<base64>`) and sha1 shasum (hex) of a file, as npm records them in `dist`. */
async function tarballIntegrity(file) {
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
    return { integrity: `sha512-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512').update(bytes).digest('base64')}`, shasum: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(bytes).digest('hex') };
}
/** Whether a published `dist` is these bytes: the sha512 integrity when both have it, else the sha1 shasum. */
function sameDist(dist, local) {
    if (!dist)
        return false;
    const sha512 = dist.integrity?.split(/\s+/).find((i) => i.startsWith('sha512-'));
    if (sha512)
        return sha512 === local.integrity;
    return !!dist.shasum && dist.shasum.toLowerCase() === local.shasum;
}
async function get(url, opts, accept) {
    try {
        return await (0,_core_http_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchWithDeadline */ .rQ)(url, { headers: { Accept: accept, ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}) } }, { signal: opts.signal, fetchImpl: opts.fetchImpl, timeoutMs: opts.timeoutMs });
    }
    catch (err) {
        if (opts.signal?.aborted || err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2)
            throw err;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('REGISTRY_DOWN', `Could not reach ${url}: ${err.message}`, 'Check the network and input "registries"; the request is retried.', { transient: true, cause: err });
    }
}
function httpError(url, res) {
    const transient = res.status >= 500 || res.status === 429;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('REGISTRY_DOWN', `${url} answered ${res.status} ${res.statusText}.`, transient ? 'The registry is having trouble; the request is retried. Check https://status.npmjs.org for the public registry.' : 'Check input "registries" and whether reading this package needs a token.', { transient });
}
/** The packument, or null when the registry does not know the package (404). Throws REGISTRY_DOWN otherwise. */
async function fetchPackument(opts) {
    const url = packumentUrl(opts.registry, opts.name);
    const res = await get(url, opts, 'application/json');
    if (res.status === 404)
        return null;
    if (!res.ok)
        throw httpError(url, res);
    const body = (await res.json());
    return { name: body.name ?? opts.name, 'dist-tags': body['dist-tags'] ?? {}, versions: body.versions ?? {} };
}
/** The bytes of a published tarball, or null on 404. */
async function fetchTarball(url, opts) {
    const res = await get(url, opts, 'application/octet-stream');
    if (res.status === 404)
        return null;
    if (!res.ok)
        throw httpError(url, res);
    return Buffer.from(await res.arrayBuffer());
}
/**
 * What the registry holds of `version` for each artifact. A registry keeps one tarball per version, so every
 * artifact is compared with it: by sha512 integrity against the local file when `files` names it, else by
 * downloading the published tarball and comparing its sha256 with the approved one.
 */
async function npmRemoteState(opts) {
    const packument = await fetchPackument(opts);
    const entry = packument?.versions[opts.version];
    const out = {};
    let remoteSha256;
    for (const a of opts.artifacts) {
        if (!entry) {
            out[a.file] = 'absent';
            continue;
        }
        const local = opts.files?.find((f) => f === a.file || f.endsWith(`/${a.file}`) || f.endsWith(`\\${a.file}`));
        if (local) {
            out[a.file] = sameDist(entry.dist, await tarballIntegrity(local)) ? 'same' : 'different';
            continue;
        }
        if (remoteSha256 === undefined) {
            const bytes = entry.dist?.tarball ? await fetchTarball(entry.dist.tarball, opts) : null;
            remoteSha256 = bytes ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex') : null;
        }
        out[a.file] = remoteSha256 === a.sha256 ? 'same' : 'different';
    }
    return out;
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

/***/ 70441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ simpleIndexUrl),
/* harmony export */   _7: () => (/* binding */ fetchJsonRelease),
/* harmony export */   qg: () => (/* binding */ fetchSimpleFiles),
/* harmony export */   y3: () => (/* binding */ indexBase)
/* harmony export */ });
/* unused harmony export parseSimpleHtml */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1983);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81396);
/**
 * The read side of a Python package index (PyPI or any warehouse-compatible one): the JSON API and the
 * simple index (PEP 691 JSON, PEP 503 HTML as a fallback). The only module that knows their URLs and shapes.
 */



/** The index base without a trailing slash (`https://pypi.org/` → `https://pypi.org`). */
function indexBase(indexUrl) {
    return indexUrl.replace(/\/+$/, '');
}
/** The simple index URL pip takes as `--index-url`. */
function simpleIndexUrl(indexUrl) {
    return `${indexBase(indexUrl)}/simple/`;
}
/**
 * Files of one release from the JSON API (`/pypi/<name>/<version>/json`), or null when the index does not
 * know the version (404). Network errors and 5xx throw REGISTRY_DOWN, marked transient.
 */
async function fetchJsonRelease(req) {
    const url = `${indexBase(req.indexUrl)}/pypi/${encodeURIComponent((0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(req.name))}/${encodeURIComponent(req.version)}/json`;
    const res = await get(url, 'application/json', req);
    if (res.status === 404)
        return null;
    const body = (await readJson(res, url));
    return (body.urls ?? []).map((u) => ({ filename: u.filename, sha256: u.digests?.sha256, url: u.url, packagetype: u.packagetype, size: u.size, yanked: u.yanked }));
}
/**
 * Files of a project on the simple index, the page pip reads: PEP 691 JSON when the index offers it, else
 * the PEP 503 HTML links with their `#sha256=` fragments. Null when the project page does not exist (404).
 */
async function fetchSimpleFiles(req) {
    const url = `${simpleIndexUrl(req.indexUrl)}${encodeURIComponent((0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(req.name))}/`;
    const res = await get(url, 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1', req);
    if (res.status === 404)
        return null;
    const type = res.headers.get('content-type') ?? '';
    if (type.includes('application/vnd.pypi.simple.v1+json')) {
        const body = (await readJson(res, url));
        return (body.files ?? []).map((f) => ({ filename: f.filename, url: f.url, sha256: f.hashes?.sha256, yanked: Boolean(f.yanked) }));
    }
    return parseSimpleHtml(await res.text());
}
/** Links of a PEP 503 page: file name from the anchor text, sha256 from the URL fragment. */
function parseSimpleHtml(html) {
    const out = [];
    for (const m of html.matchAll(/<a\s+[^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/gi)) {
        const href = m[1].replace(/&amp;/g, '&');
        const sha = /#sha256=([0-9a-f]{64})/i.exec(href)?.[1];
        out.push({ filename: m[2].trim(), url: href.split('#')[0], sha256: sha?.toLowerCase() });
    }
    return out;
}
async function get(url, accept, req) {
    let res;
    try {
        res = await (0,_core_http_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchWithDeadline */ .rQ)(url, { headers: { Accept: accept }, redirect: 'follow' }, { timeoutMs: req.timeoutMs, signal: req.signal, fetchImpl: req.fetchImpl });
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2)
            throw err;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('REGISTRY_DOWN', `Could not reach ${(0,_core_http_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url)}: ${err.message}`, 'Check the index URL (input `registries`) and the runner\'s network; the request is retried.', {
            transient: true,
            cause: err,
        });
    }
    if (res.status === 401 || res.status === 403) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('NO_CREDENTIALS', `${(0,_core_http_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url)} answered ${res.status} ${res.statusText}: it refuses to be read with these credentials.`, 'Check the credentials in the index URL (input `registries`, e.g. https://user:token@host/), or drop them for a public index.');
    }
    if (res.status === 404)
        return res;
    if (res.status >= 500 || res.status === 429) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('REGISTRY_DOWN', `${(0,_core_http_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url)} answered ${res.status} ${res.statusText}`, 'The index is having trouble; the request is retried. Check https://status.python.org if it persists.', {
            transient: true,
        });
    }
    if (!res.ok) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('REGISTRY_DOWN', `${(0,_core_http_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url)} answered ${res.status} ${res.statusText}`, 'Check the index URL (input `registries`): it should be the index base, e.g. https://pypi.org.');
    }
    return res;
}
async function readJson(res, url) {
    try {
        return await res.json();
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('REGISTRY_DOWN', `${(0,_core_http_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url)} did not answer JSON: ${err.message}`, 'Check the index URL (input `registries`): it should be the index base, e.g. https://pypi.org.', {
            transient: true,
            cause: err,
        });
    }
}


/***/ }),

/***/ 40850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ resolvePython)
/* harmony export */ });
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72642);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/**
 * Picks the Python interpreter to run. An explicit choice (input `python`, or RELEASE_RELAY_PYTHON read by the entry) wins
 * and is checked; otherwise the candidates are tried in order and the first that can import every
 * required module is used. On GitHub runners `python3` from setup-python is first and has what it needs;
 * on machines where the first `python3` on PATH lacks the modules, `/usr/bin/python3` is the next try.
 */
async function resolvePython(options = {}) {
    const run = options.exec ?? _core_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m0;
    const modules = options.modules ?? [];
    const explicit = options.explicit;
    // `prefer`: the interpreter an earlier step of the same run chose, so one run tests, builds and installs on one Python.
    const candidates = explicit ? [explicit] : [...new Set([...(options.prefer ? [options.prefer] : []), 'python3', '/usr/bin/python3', 'python'])];
    const probe = modules.length ? `import ${modules.join(', ')}` : 'pass';
    const tried = [];
    for (const candidate of candidates) {
        try {
            const r = await run(candidate, ['-c', `${probe}\nimport sys; print(sys.executable)`], { check: false });
            if (r.code === 0)
                return r.stdout.trim().split('\n').pop() || candidate;
            tried.push(`${candidate}: ${r.stderr.trim().split('\n').pop() ?? `exit ${r.code}`}`);
        }
        catch (err) {
            tried.push(`${candidate}: ${err.message}`);
        }
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('COMMAND_FAILED', `No Python interpreter with ${modules.length ? modules.join(', ') : 'a working install'} was found (${tried.join('; ')}).`, explicit ? `Install the modules into ${explicit}, or point input "python" at an interpreter that has them.` : 'Set input "python" (or RELEASE_RELAY_PYTHON) to an interpreter that has them, e.g. /usr/bin/python3.');
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

/***/ 64607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ extractExamples)
/* harmony export */ });
/* unused harmony export SKIP_MARKER */
/** The comment that opts the next code block out of the README check. */
const SKIP_MARKER = '<!-- release-relay: skip -->';
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`{]*)?/;
/**
 * Turns a `>>>` session into a script that runs it with doctest and exits non-zero when any expected output
 * differs, so the README's printed results are checked too.
 */
function doctestScript(session, file, line) {
    return [
        'import doctest, sys',
        `_text = ${JSON.stringify(session)}`,
        `_test = doctest.DocTestParser().get_doctest(_text, {"__name__": "__main__"}, ${JSON.stringify(`${file}:${line}`)}, ${JSON.stringify(file)}, ${line})`,
        '_runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)',
        '_runner.run(_test)',
        'sys.exit(1 if _runner.failures else 0)',
        '',
    ].join('\n');
}
/** A block that shows a shell session (`$ pip install …`) rather than Python code. */
function isShellSession(code) {
    const first = code.split('\n').find((l) => l.trim() !== '');
    return first !== undefined && /^\s*(\$|%|#!\s*\/bin\/(ba)?sh)\s/.test(first);
}
/**
 * Extracts the fenced code blocks whose language is one of `tags` (case-insensitive), skipping a block
 * preceded by `<!-- release-relay: skip -->` (blank lines allowed between) and blocks that show a shell
 * session. A block that starts with `>>> ` is converted into a doctest run.
 */
function extractExamples(markdown, file, opts) {
    const tags = new Set(opts.tags.map((t) => t.toLowerCase()));
    const lines = markdown.split(/\r?\n/);
    const examples = [];
    let lastContent = '';
    for (let i = 0; i < lines.length; i++) {
        const open = FENCE.exec(lines[i]);
        if (!open) {
            if (lines[i].trim() !== '')
                lastContent = lines[i].trim();
            continue;
        }
        const [, indent, fence, info = ''] = open;
        const body = [];
        let j = i + 1;
        for (; j < lines.length; j++) {
            const close = lines[j].trim();
            if (close[0] === fence[0] && close.length >= fence.length && /^(`+|~+)$/.test(close))
                break;
            // Content is indented like the fence (inside a list item): strip that much.
            body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j].trimStart());
        }
        const skipped = lastContent === SKIP_MARKER;
        const lang = info.toLowerCase();
        const code = `${body.join('\n')}\n`;
        if (!skipped && tags.has(lang) && code.trim() !== '' && !isShellSession(code)) {
            const line = i + 1;
            examples.push({ file, line, lang: info, code: /^\s*>>> /.test(code) ? doctestScript(code, file, line) : code });
        }
        lastContent = fence;
        i = j;
    }
    return examples;
}


/***/ }),

/***/ 72282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ waitUntilServed)
/* harmony export */ });
/* harmony import */ var _core_poll_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88822);

/**
 * Polls a registry with backoff until it serves the release (logging each miss), for both ecosystems'
 * verification. Served: the propagation time; not in time: where polling stopped and why (also warned).
 */
async function waitUntilServed(look, o) {
    const polled = await (0,_core_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .pollUntil */ .g)(async () => {
        const outcome = await look();
        return outcome.state === 'served' ? { done: true, value: undefined } : { done: false, pending: outcome };
    }, {
        intervalMs: o.pollMs ?? 5000,
        maxIntervalMs: o.maxPollMs ?? 60_000,
        timeoutMs: o.timeoutMs,
        onPending: (p, poll, elapsed) => o.logger.info(`poll ${poll} after ${Math.round(elapsed / 1000)} s: ${p.reason}`),
        sleep: o.sleep,
        now: o.now,
        signal: o.signal,
    });
    if (polled.done)
        return { served: true, propagationS: Math.max(0.001, polled.elapsedMs / 1000) };
    const reason = `${polled.pending.reason} (gave up after ${Math.round(polled.elapsedMs / 1000)} s and ${polled.polls} poll(s); timeout ${Math.round(o.timeoutMs / 1000)} s)`;
    o.logger.warning(reason);
    return { served: false, state: polled.pending.state, propagationS: polled.elapsedMs / 1000, reason };
}


/***/ }),

/***/ 47134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ workflowFile),
/* harmony export */   Sv: () => (/* binding */ repositorySlug),
/* harmony export */   pd: () => (/* binding */ trustedPublishingFindings),
/* harmony export */   vn: () => (/* binding */ NPM_TRUSTED_PUBLISHING_MIN)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Trusted-publisher prerequisites as findings (pure functions over what the caller read): npm CLI version,
 * tokens that would take over from OIDC, package.json's repository, the workflow file and environment the
 * registry will match, PyPI's reusable-workflow limit. publish-and-verify runs them in its pre-flight; a
 * `doctor` check can call them with the same inputs.
 */

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
        if (facts.npmVersion && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(facts.npmVersion) && semver__WEBPACK_IMPORTED_MODULE_0___default().lt(facts.npmVersion, NPM_TRUSTED_PUBLISHING_MIN)) {
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

/***/ 4418:
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
/** PEP 440, normalized as pip and PyPI write it; pre-release series numbered from 1. */
const PEP440 = {
    name: 'pep440',
    normalize: pepNormalize,
    isValid(v) {
        try {
            return pepNormalize(v) === v;
        }
        catch {
            return false;
        }
    },
    compare: (a, b) => (0,pep440.compare)(a, b),
    isPrerelease(v) {
        const p = pepParts(v);
        return p !== null && (p.pre !== null || p.dev !== null);
    },
    bump: pepBump,
};

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/versioning/semver.ts



/** One leading v/V and surrounding whitespace removed. */
function stripV(v) {
    const t = v.trim();
    return t.length > 1 && (t[0] === 'v' || t[0] === 'V') && t[1] >= '0' && t[1] <= '9' ? t.slice(1) : t;
}
function semverNormalize(v, input) {
    const s = stripV(String(v));
    // semver.valid also accepts a leading "=" and "v"; require the plain form after our own stripping.
    if (s.includes('+') && semver_default().valid(s) !== null) {
        throw badVersion(v, input, 'SemVer release', `Drop the build metadata "+${s.slice(s.indexOf('+') + 1)}": npm ignores it, so the published version would not match the tag.`);
    }
    if (semver_default().valid(s) !== s) {
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
    normalize: semverNormalize,
    isValid: (v) => typeof v === 'string' && semver_default().valid(v) === v,
    compare: (a, b) => semver_default().compare(a, b),
    isPrerelease: (v) => semver_default().prerelease(v) !== null,
    bump(current, kind, prereleaseId) {
        const cur = semverNormalize(current, 'the current version');
        let next;
        switch (kind) {
            case 'major':
            case 'minor':
            case 'patch':
                next = semver_default().inc(cur, kind);
                break;
            case 'premajor':
            case 'preminor':
            case 'prepatch':
                next = semver_default().inc(cur, kind, semverPrereleaseId(prereleaseId), '0');
                break;
            case 'prerelease': {
                // Without an id, a pre-release keeps its own id; a final release starts an `rc` series.
                const pre = semver_default().prerelease(cur);
                const ownId = pre && typeof pre[0] === 'string' ? pre[0] : undefined;
                next = semver_default().inc(cur, 'prerelease', semverPrereleaseId(prereleaseId ?? ownId), '0');
                break;
            }
            case 'release':
                if (semver_default().prerelease(cur) === null)
                    throw notPrerelease(cur);
                next = `${semver_default().major(cur)}.${semver_default().minor(cur)}.${semver_default().patch(cur)}`;
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

//# sourceMappingURL=202.index.js.map