import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ReleaseError } from '../../core/errors.js';
import { resolvePython } from './interpreter.js';
import type { AdapterEnv, EcosystemPipeline, RegistryTarget } from '../types.js';
import { buildPython } from './build.js';
import { getPublishToken, requestIdToken } from './credentials.js';
import { pythonInstallCheck } from './install-check.js';
import { importName } from './names.js';
import { publishToIndex } from './publish.js';
import { pythonRemoteState } from './registry-state.js';
import { defaultPythonTestCommand, PYTEST_RERUN_FAILED_ARGS, pythonTestEnv } from './test-command.js';
import { verifyPythonRelease } from './verify.js';

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
  return resolvePython({ explicit: env.tools.python, modules, exec: env.exec });
}

/** Python's build, install check, publish and verify, over pypa/build, venv + pip, twine and the index APIs. */
export const pythonPipeline: EcosystemPipeline = {
  importName: (info) => importName(info.name),

  async defaultTestCommand(env, { reportDir, info }) {
    const py = await python(env, ['pytest', 'pytest_cov']);
    const junitFile = join(reportDir, 'junit.xml');
    const coverageFile = join(reportDir, 'coverage.xml');
    return {
      argv: defaultPythonTestCommand(py, { junitFile, coverageXml: coverageFile, covSource: importName(info.name), cacheDir: join(reportDir, 'pytest-cache') }),
      rerunFailedArgs: [...PYTEST_RERUN_FAILED_ARGS],
      junitFile,
      coverageFile,
      env: pythonTestEnv(reportDir),
    };
  },

  async build(env, { packageDir, outDir, isolated, tool }) {
    if (tool !== undefined && tool !== 'build' && tool !== 'uv') {
      throw new ReleaseError('BAD_INPUT', `Input "build-tool" is "${tool}".`, 'Use build (pypa/build) or uv.');
    }
    const py = tool === 'uv' ? (env.tools.python ?? 'python3') : await python(env, ['build']);
    const { files } = await buildPython({ python: py, packageDir, outDir, isolated, tool, exec: env.exec, logger: env.logger, signal: env.signal });
    return files;
  },

  async installCheck(env, { files, info, version, readmeFile, exampleTags, smokeCommand, installArgs }) {
    const py = await python(env, ['venv', 'ensurepip']);
    return pythonInstallCheck({
      python: py,
      files,
      importName: importName(info.name),
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
    const r = await verifyPythonRelease({ indexUrl: registry.indexUrl, name: info.name, version, artifacts, python: py, timeoutMs, pollMs, importName: importName(info.name), exec: env.exec, logger: env.logger, sleep: env.sleep, now: env.now, signal: env.signal, requestTimeoutMs: env.requestTimeoutMs });
    // Verified on the way back: the provenance the index serves must vouch for these bytes and this workflow.
    const sc = env.supplyChain;
    if (r.verified && sc?.expectProvenance && sc.publisher) {
      const { verifyIndexProvenance } = await import('./provenance.js');
      await verifyIndexProvenance({ indexUrl: registry.indexUrl, name: info.name, version, artifacts, publisher: sc.publisher, trustedRoot: await trustedRoot(env), logger: env.logger, signal: env.signal });
    }
    return { verified: r.verified, state: r.state, propagationS: r.propagationS, installedVersion: r.installedVersion, reason: r.reason, provenanceVerified: Boolean(r.verified && sc?.expectProvenance && sc.publisher) };
  },
};
