import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ReleaseError } from '../../core/errors.js';
import { resolvePython } from './interpreter.js';
import type { AdapterEnv, EcosystemPipeline, RegistryTarget } from '../types.js';
import { buildPython } from './build.js';
import { getPublishToken, requestIdToken } from './credentials.js';
import { pythonInstallCheck } from './install-check.js';
import { coverageConfiguresSource, sourceImportNames, wheelImportNames } from './import-names.js';
import { importName } from './names.js';
import { publishToIndex } from './publish.js';
import { pythonRemoteState } from './registry-state.js';
import { defaultPythonTestCommand, PYTEST_RERUN_FAILED_ARGS, pythonTestEnv } from './test-command.js';
import { verifyPythonRelease } from './verify.js';
import { pretendVersionSuffix } from './version-sources.js';
import { samePythonVersion } from './install-check.js';

/** The setuptools-scm pretend variables (read by setuptools-scm, hatch-vcs and others built on it) for `name` at `version`. */
export function pretendVersionEnv(name: string, version: string): Record<string, string> {
  return { [`SETUPTOOLS_SCM_PRETEND_VERSION_FOR_${pretendVersionSuffix(name)}`]: version, SETUPTOOLS_SCM_PRETEND_VERSION: version };
}

/** The version in a wheel or sdist file name (`name-1.2.0-py3-none-any.whl`, `name-1.2.0.tar.gz`). */
export function distFileVersion(file: string): string | undefined {
  const base = basename(file);
  if (base.endsWith('.whl')) return base.split('-')[1];
  const m = /^(.+)-([^-]+)\.(tar\.gz|zip)$/.exec(base);
  return m?.[2];
}

/** Refuses built files whose version is not the release's (BUILD_FAILED, before anything is approved). */
export function assertBuiltVersion(files: string[], version: string, fromVcs: boolean): void {
  const wrong = files.filter((f) => {
    const v = distFileVersion(f);
    return v !== undefined && !samePythonVersion(v.replace(/_/g, '-'), version);
  });
  if (wrong.length) {
    throw new ReleaseError(
      'BUILD_FAILED',
      `The built ${wrong.map((f) => basename(f)).join(', ')} carry version ${distFileVersion(wrong[0])}, not the release's ${version}.`,
      fromVcs
        ? 'The build backend ignored SETUPTOOLS_SCM_PRETEND_VERSION: check that its VCS plugin is setuptools-scm based (hatch-vcs, setuptools-scm), or build from the tagged commit.'
        : 'Build the release commit (the one prepare-release made), whose version files carry the release version.',
    );
  }
}

/** The Sigstore trusted root verification uses: the one given (tests, private instances), else the public one via TUF. */
async function trustedRoot(env: AdapterEnv): Promise<unknown> {
  if (env.supplyChain?.sigstore?.trustedRoot) return env.supplyChain.sigstore.trustedRoot;
  const { publicTrustedRoot } = await import('./attestations.js');
  return publicTrustedRoot(join(env.runner?.tempDir || tmpdir(), 'release-relay', 'sigstore-tuf'));
}

/** Well-known Python package indexes by name. */
const INDEXES: Record<string, RegistryTarget> = {
  pypi: { name: 'pypi', uploadUrl: 'https://upload.pypi.org/legacy/', indexUrl: 'https://pypi.org' },
  testpypi: { name: 'testpypi', uploadUrl: 'https://test.pypi.org/legacy/', indexUrl: 'https://test.pypi.org' },
};

/** Resolves `pypi`, `testpypi` or an index base URL (`https://host/…`, upload at `{base}/legacy/`). */
export function pythonRegistry(nameOrUrl: string): RegistryTarget {
  const known = INDEXES[nameOrUrl.trim().toLowerCase()];
  if (known) return known;
  let url: URL;
  try {
    url = new URL(nameOrUrl.trim());
  } catch {
    throw new ReleaseError('BAD_INPUT', `Input "registries" has "${nameOrUrl}", which is neither a known index (${Object.keys(INDEXES).join(', ')}) nor a URL.`, 'Use pypi, testpypi, or an index URL such as https://pypi.example.com.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ReleaseError('BAD_INPUT', `Input "registries" has "${nameOrUrl}", which is not an http(s) URL.`, 'Use an https:// index URL.');
  }
  const base = url.toString().replace(/\/+$/, '').replace(/\/legacy$/, '');
  return { name: url.host, uploadUrl: `${base}/legacy/`, indexUrl: base };
}

/** The interpreter for builds, venvs and tools: input `python`, else the first `python3` that has what the step needs. */
async function python(env: AdapterEnv, modules: string[]): Promise<string> {
  const chosen = await resolvePython({ explicit: env.tools.python, modules, exec: env.exec, prefer: chosenPython.get(env) });
  chosenPython.set(env, chosen);
  return chosen;
}

/**
 * The interpreter each run's earlier steps chose: later steps try it first, so a machine whose first `python3`
 * lacks pytest does not test on /usr/bin/python3 and then install-check on the other one.
 */
const chosenPython = new WeakMap<AdapterEnv, string>();

/** Python's build, install check, publish and verify, over pypa/build, venv + pip, twine and the index APIs. */
export const pythonPipeline: EcosystemPipeline = {
  importName: (info) => importName(info.name),
  // tox, nox, `hatch test`, `make test`: the exit code decides; a JUnit report adds counts when present.
  testsByExitCode: true,

  async defaultTestCommand(env, { packageDir, reportDir, info }) {
    const py = await python(env, ['pytest', 'pytest_cov']);
    const junitFile = join(reportDir, 'junit.xml');
    const coverageFile = join(reportDir, 'coverage.xml');
    // Coverage sources: coverage.py's own `source` setting (bare --cov honours it), else input
    // `import-names`, else the packages the source tree shows (the wheel does not exist yet).
    const covSources = (await coverageConfiguresSource(packageDir)) ? [] : (info.importNames ?? (await sourceImportNames(packageDir)));
    return {
      argv: defaultPythonTestCommand(py, { junitFile, coverageXml: coverageFile, covSources, cacheDir: join(reportDir, 'pytest-cache') }),
      rerunFailedArgs: [...PYTEST_RERUN_FAILED_ARGS],
      junitFile,
      coverageFile,
      env: pythonTestEnv(reportDir),
    };
  },

  async build(env, { packageDir, outDir, isolated, tool, info, version }) {
    if (tool !== undefined && tool !== 'build' && tool !== 'uv') {
      throw new ReleaseError('BAD_INPUT', `Input "build-tool" is "${tool}".`, 'Use build (pypa/build) or uv.');
    }
    const py = tool === 'uv' ? (env.tools.python ?? 'python3') : await python(env, ['build']);
    // A version from git tags: the release commit is not tagged yet, so tell the plugin the version.
    const buildEnv = info?.versionFromVcs && version ? pretendVersionEnv(info.name, version) : undefined;
    if (buildEnv) env.logger.info(`building with ${Object.keys(buildEnv).join(' and ')}=${version} (${info?.vcsTool ?? 'version from git tags'})`);
    const { files } = await buildPython({ python: py, packageDir, outDir, isolated, tool, exec: env.exec, logger: env.logger, signal: env.signal, env: buildEnv });
    if (version) assertBuiltVersion(files, version, info?.versionFromVcs === true);
    return files;
  },

  async installCheck(env, { files, info, version, readmeFile, exampleTags, smokeCommand, installArgs }) {
    const py = await python(env, ['venv', 'ensurepip']);
    const wheel = files.find((f) => f.endsWith('.whl'));
    // Import names: input `import-names`, else the built wheel's top-level packages and modules.
    let importNames = info.importNames;
    if (!importNames?.length && wheel) importNames = await wheelImportNames(py, wheel, env.exec);
    if (!importNames?.length) importNames = [importName(info.name)];
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
      dir: files.length ? dirname(files[0]) : '.',
      artifacts,
      token: credentials.token,
      tokenExpiresAt: credentials.expiresAt,
      renewToken:
        credentials.source === 'oidc'
          ? async () => {
              const t = await pythonPipeline.credentials(env, { registry, useOidc: true });
              return { token: t.token, expiresAt: t.expiresAt };
            }
          : undefined,
      python: py,
      twine: env.tools.twine ? [env.tools.twine] : undefined,
      // PEP 740: PyPI takes attestations only from Trusted Publishing, so they go with OIDC credentials only.
      attest:
        credentials.source === 'oidc' && env.supplyChain?.attestations !== false
          ? async (artifact) => {
              const { signPublishAttestation } = await import('./attestations.js');
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
    if (r.attested.length) env.logger.info(`PEP 740 attestations uploaded for ${r.attested.join(', ')}`);
    return { uploaded: r.uploaded, skipped: r.skipped, attempts: r.attempts, attested: r.attested };
  },

  async verify(env, { registry, info, version, artifacts, timeoutMs, pollMs }) {
    const py = await python(env, ['venv', 'ensurepip']);
    const r = await verifyPythonRelease({ indexUrl: registry.indexUrl, name: info.name, version, artifacts, python: py, timeoutMs, pollMs, importName: (info.importNames?.length ? info.importNames : [importName(info.name)]).join(', '), exec: env.exec, logger: env.logger, sleep: env.sleep, now: env.now, signal: env.signal, requestTimeoutMs: env.requestTimeoutMs });
    // Verified on the way back: the provenance the index serves must vouch for these bytes and this workflow.
    const sc = env.supplyChain;
    if (r.verified && sc?.expectProvenance && sc.publisher) {
      const { verifyIndexProvenance } = await import('./provenance.js');
      await verifyIndexProvenance({ indexUrl: registry.indexUrl, name: info.name, version, artifacts, publisher: sc.publisher, trustedRoot: await trustedRoot(env), logger: env.logger, signal: env.signal });
    }
    return { verified: r.verified, state: r.state, propagationS: r.propagationS, installedVersion: r.installedVersion, reason: r.reason, provenanceVerified: Boolean(r.verified && sc?.expectProvenance && sc.publisher) };
  },
};
