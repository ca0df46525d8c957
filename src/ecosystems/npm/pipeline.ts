import { readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { ReleaseError } from '../../core/errors.js';
import { getScheme } from '../../versioning/scheme.js';
import type { AdapterEnv, EcosystemPipeline } from '../types.js';
import { npmInstallCheck } from './install-check.js';
import { installNpmDependencies } from './install-dependencies.js';
import { packWithManager } from './pack.js';
import { checkNpmTrustedPublishing, type IdTokenRequest } from './oidc.js';
import { publishTarball, wantsProvenance } from './publish.js';
import { fetchPackument, NPMJS, npmRegistry, npmRemoteState } from './registry-api.js';
import { planNpmTestCommand, type NpmManifest } from './test-command.js';
import { detectPackageManager, installedPackages, missingManagerHint, type PackageManager } from './package-manager.js';
import { tmpdir } from 'node:os';
import { verifyNpmRelease } from './verify.js';

const npmBin = (env: AdapterEnv): string => env.tools.npm ?? 'npm';

/** The runner's ID-token endpoint (id-token: write), from the options or the environment; undefined without one. */
function idTokenRequest(env: AdapterEnv): IdTokenRequest | undefined {
  const url = env.supplyChain?.idTokenRequest?.url ?? env.runner?.oidc?.requestUrl;
  const token = env.supplyChain?.idTokenRequest?.token ?? env.runner?.oidc?.requestToken;
  return url && token ? { url, token } : undefined;
}

/** package.json inside an approved tarball (what the registry and npm's checks see). */
async function tarballManifest(env: AdapterEnv, file: string): Promise<{ repository?: unknown }> {
  const r = await env.exec('tar', ['-xzOf', file, 'package/package.json'], { check: false, signal: env.signal, timeoutMs: 60_000 });
  try {
    return JSON.parse(r.stdout) as { repository?: unknown };
  } catch {
    return {};
  }
}
const nodeBin = (env: AdapterEnv): string => env.tools.node ?? 'node';

/** Packages whose presence lets the gate add a reporter or measure coverage. */
const REPORTER_PACKAGES = ['jest-junit', 'c8', '@vitest/coverage-v8', '@vitest/coverage-istanbul'];

/** Refuses early, with the fix, when the package's manager (pnpm, yarn) is not installed. */
async function requireManager(env: AdapterEnv, pm: PackageManager): Promise<void> {
  if (pm.name === 'npm') return;
  const r = await env.exec(env.tools[pm.name] ?? pm.name, ['--version'], { cwd: tmpdir(), check: false, timeoutMs: 60_000 }).catch(() => null);
  if (r?.code !== 0) throw new ReleaseError('BAD_INPUT', `${pm.name} is not installed, but the package uses it (${pm.source}).`, missingManagerHint(pm));
}

/** The git work tree holding `dir` (where lockfiles and workspaces are looked for), or `dir` outside git. */
async function repositoryRoot(env: AdapterEnv, dir: string): Promise<string> {
  const r = await env.exec('git', ['rev-parse', '--show-toplevel'], { cwd: dir, check: false, timeoutMs: 30_000 }).catch(() => null);
  return r?.code === 0 && r.stdout.trim() ? r.stdout.trim() : dir;
}

/** What the node binary's test runner can do: `--test-coverage-exclude` (22.5+), glob patterns in `--test` arguments (21+). */
async function nodeTestFeatures(env: AdapterEnv): Promise<{ coverageExclude: boolean; globs: boolean }> {
  const r = await env.exec(nodeBin(env), ['-p', 'JSON.stringify([process.versions.node, process.allowedNodeEnvironmentFlags.has("--test-coverage-exclude")])'], { check: false, timeoutMs: 30_000 }).catch(() => null);
  try {
    const [version, exclude] = JSON.parse(r?.stdout ?? '') as [string, boolean];
    return { coverageExclude: exclude === true, globs: Number(version.split('.')[0]) >= 21 };
  } catch {
    return { coverageExclude: false, globs: false };
  }
}

/**
 * Packs the package once with `npm pack --json` (which runs its prepack/prepare scripts, as a publish from the
 * directory would) into `outDir`; returns the tarball's absolute path.
 */
export async function packNpm(env: AdapterEnv, packageDir: string, outDir: string): Promise<string> {
  const r = await env.exec(npmBin(env), ['pack', '--pack-destination', outDir, '--json', '--no-update-notifier'], { cwd: packageDir, check: false, signal: env.signal, timeoutMs: 10 * 60_000 });
  if (r.code !== 0) {
    throw new ReleaseError('BUILD_FAILED', `npm pack failed in ${packageDir}:\n${(r.stderr || r.stdout).trim().split('\n').slice(-20).join('\n')}`, 'Run npm pack in the package directory and fix what it reports (a failing prepack/prepare script, a bad "files" entry).');
  }
  // Script output may precede the JSON: read the last top-level array.
  const start = r.stdout.lastIndexOf('\n[') >= 0 ? r.stdout.lastIndexOf('\n[') + 1 : r.stdout.indexOf('[');
  let entries: { filename?: string }[];
  try {
    entries = JSON.parse(r.stdout.slice(start)) as { filename?: string }[];
  } catch {
    throw new ReleaseError('BUILD_FAILED', `npm pack did not print its JSON report:\n${r.stdout.slice(-2000)}`, 'Use npm 7 or later (npm pack --json).');
  }
  const name = entries[0]?.filename;
  if (!name) throw new ReleaseError('BUILD_FAILED', 'npm pack reported no tarball.', 'Run npm pack in the package directory and check its output.');
  // npm < 9 reported scoped tarballs as "@scope/pkg-1.0.0.tgz" but wrote "scope-pkg-1.0.0.tgz".
  const file = join(outDir, name.replace(/^@/, '').replace(/\//g, '-'));
  await stat(file).catch(() => {
    throw new ReleaseError('BUILD_FAILED', `npm pack reported ${name}, but ${file} does not exist.`, 'Check the npm version and the pack destination.');
  });
  return file;
}

/** npm's test command, pack, clean install, publish and verify, over the real npm client and the registry's packument. */
export const npmPipeline: EcosystemPipeline = {
  importName: (info) => info.name,

  defaultRegistry: 'npm',

  testsByExitCode: true,

  async installDependencies(env, { root, packageDir }) {
    const r = await installNpmDependencies(env, { root, packageDir });
    return `${r.command.join(' ')} (${r.packageManager.name} from ${r.packageManager.source})`;
  },

  async defaultTestCommand(env, { packageDir, reportDir, coverage, junitFile, coverageReport }) {
    const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as NpmManifest;
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
      userJunitFile: junitFile ? resolve(packageDir, junitFile) : undefined,
      userCoverageReport: coverageReport ? resolve(packageDir, coverageReport) : undefined,
    });
    env.logger.info(`test command: ${plan.argv.join(' ')} (package manager ${packageManager.name}, from ${packageManager.source})`);
    return plan;
  },

  async build(env, { packageDir, outDir, tool }) {
    // The action's build-tool default is Python's "build": it means "the ecosystem's own" here.
    if (tool !== undefined && !['npm', 'pnpm', 'yarn', 'build'].includes(tool)) throw new ReleaseError('BAD_INPUT', `Input "build-tool" is "${tool}".`, 'npm packages are packed by their package manager: leave build-tool empty (detected from packageManager / the lockfile) or set it to npm, pnpm or yarn.');
    const detected = await detectPackageManager(await repositoryRoot(env, packageDir), packageDir);
    const pm: PackageManager = tool === undefined || tool === 'build' || tool === detected.name ? detected : { name: tool as PackageManager['name'], berry: false, source: 'input build-tool' };
    if (pm.name === 'npm') return [await packNpm(env, packageDir, outDir)];
    env.logger.info(`packing with ${pm.name}${pm.berry ? ' (berry)' : ''} (${pm.source})`);
    return [await packWithManager(env, pm, packageDir, outDir)];
  },

  installCheck: (env, { files, info, version, readmeFile, exampleTags, smokeCommand, installArgs }) =>
    npmInstallCheck({ files, name: info.name, expectedVersion: version, readmeFile, exampleTags, smokeCommand, installArgs, npm: npmBin(env), node: nodeBin(env), exec: env.exec, logger: env.logger, signal: env.signal }),

  registry: npmRegistry,

  remoteState: (env, { registry, name, version, artifacts, files }) => npmRemoteState({ registry: registry.indexUrl, name, version, artifacts, files, signal: env.signal }),

  async credentials(env, { registry, token, useOidc }) {
    if (token) {
      env.logger.setSecret(token);
      return { token, source: 'input' };
    }
    // npm trusted publishing: the npm CLI exchanges the ID token itself; its prerequisites are checked before the upload.
    if (useOidc && idTokenRequest(env)) return { token: '', source: 'oidc' };
    throw new ReleaseError(
      'NO_CREDENTIALS',
      `No token for ${registry.indexUrl} was given, and the job cannot request an OIDC ID token for npm trusted publishing.`,
      'For npm trusted publishing grant the publish job `permissions: id-token: write` and configure a trusted publisher for the package on npmjs.com (npm CLI ≥ 11.5.1), or pass an npm granular access token with publish rights as input "registry-token" (in the reusable workflow: the registry-token secret).',
    );
  },

  async publish(env, { registry, files, artifacts, name, version, credentials, attempts, baseDelayMs }) {
    const tag = getScheme('semver').isPrerelease(version) ? 'next' : 'latest';
    const uploaded: string[] = [];
    const skipped: string[] = [];
    let total = 0;
    for (const file of files.filter((f) => f.endsWith('.tgz'))) {
      const record = artifacts.find((a) => a.file === basename(file));
      const oidc = credentials.source === 'oidc' ? idTokenRequest(env) : undefined;
      if (oidc) {
        await checkNpmTrustedPublishing({ registry: registry.uploadUrl, name, manifest: await tarballManifest(env, file), repository: env.supplyChain?.publisher?.repository, workflowRef: env.supplyChain?.workflowRef, idToken: oidc, tokenVariables: env.runner?.npmTokenVariables, npm: npmBin(env), exec: env.exec, logger: env.logger, signal: env.signal });
      }
      const provenance = wantsProvenance(registry.uploadUrl, oidc ? { onGitHubActions: true, oidc: { requestUrl: oidc.url } } : env.runner);
      const r = await publishTarball({ registry: registry.uploadUrl, file, name, version, token: credentials.token, oidc, tag, provenance, npm: npmBin(env), exec: env.exec, logger: env.logger, signal: env.signal, attempts, baseDelayMs, sleep: env.sleep });
      total += r.attempts;
      (r.uploaded ? uploaded : skipped).push(record?.file ?? basename(file));
    }
    return { uploaded, skipped, attempts: total };
  },

  async verify(env, { registry, info, version, artifacts, timeoutMs, pollMs }) {
    const r = await verifyNpmRelease({ registry: registry.indexUrl, name: info.name, version, artifacts, timeoutMs, pollMs, npm: npmBin(env), node: nodeBin(env), exec: env.exec, logger: env.logger, sleep: env.sleep, signal: env.signal });
    // Verified on the way back: where npm attached provenance (the public registry, through trusted publishing), demand it.
    const sc = env.supplyChain;
    const provenanceVerified = Boolean(r.verified && sc?.expectProvenance && sc.publisher && registry.uploadUrl === NPMJS);
    if (provenanceVerified && sc?.publisher) {
      const integrity = (await fetchPackument({ registry: registry.indexUrl, name: info.name, signal: env.signal }))?.versions[version]?.dist?.integrity ?? '';
      const { verifyNpmProvenance } = await import('./provenance.js');
      const { publicTrustedRoot } = await import('../python/attestations.js');
      const trustedRoot = sc.sigstore?.trustedRoot ?? (await publicTrustedRoot(join(env.runner?.tempDir || tmpdir(), 'release-relay', 'sigstore-tuf')));
      await verifyNpmProvenance({ registry: registry.indexUrl, name: info.name, version, integrity, publisher: sc.publisher, trustedRoot, logger: env.logger, signal: env.signal });
    }
    return { verified: r.verified, state: r.state, propagationS: r.propagationS, installedVersion: r.installedVersion, provenanceVerified };
  },
};
