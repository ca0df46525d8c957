import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ReleaseError } from '../../core/errors.js';
import { getScheme } from '../../versioning/scheme.js';
import type { AdapterEnv, EcosystemPipeline } from '../types.js';
import { npmInstallCheck } from './install-check.js';
import { publishTarball, wantsProvenance } from './publish.js';
import { npmRegistry, npmRemoteState } from './registry-api.js';
import { planNpmTestCommand, type NpmManifest } from './test-command.js';
import { verifyNpmRelease } from './verify.js';

const npmBin = (env: AdapterEnv): string => env.tools.npm ?? 'npm';
const nodeBin = (env: AdapterEnv): string => env.tools.node ?? 'node';

/** Whether the node binary knows `--test-coverage-exclude` (Node 22.5+). */
async function knowsCoverageExclude(env: AdapterEnv): Promise<boolean> {
  const r = await env.exec(nodeBin(env), ['-p', 'process.allowedNodeEnvironmentFlags.has("--test-coverage-exclude")'], { check: false, timeoutMs: 30_000 }).catch(() => null);
  return r?.stdout.trim() === 'true';
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

  async defaultTestCommand(env, { packageDir, reportDir }) {
    const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as NpmManifest;
    return planNpmTestCommand(manifest, { reportDir, node: nodeBin(env), npx: env.tools.npx, coverageExclude: await knowsCoverageExclude(env) });
  },

  async build(env, { packageDir, outDir, tool }) {
    if (tool !== undefined && tool !== 'npm') throw new ReleaseError('BAD_INPUT', `Input "build-tool" is "${tool}".`, 'npm packages are built with npm pack; leave build-tool empty or set it to npm.');
    return [await packNpm(env, packageDir, outDir)];
  },

  installCheck: (env, { files, info, version, readmeFile, exampleTags, smokeCommand, installArgs }) =>
    npmInstallCheck({ files, name: info.name, expectedVersion: version, readmeFile, exampleTags, smokeCommand, installArgs, npm: npmBin(env), node: nodeBin(env), exec: env.exec, logger: env.logger, signal: env.signal }),

  registry: npmRegistry,

  remoteState: (env, { registry, name, version, artifacts, files }) => npmRemoteState({ registry: registry.indexUrl, name, version, artifacts, files, signal: env.signal }),

  async credentials(env, { registry, token }) {
    if (token) {
      env.logger.setSecret(token);
      return { token, source: 'input' };
    }
    throw new ReleaseError(
      'NO_CREDENTIALS',
      `No token for ${registry.indexUrl} was given.`,
      'Pass the registry token (an npm automation or granular access token with publish rights) as the token input. npm trusted publishing (OIDC from GitHub Actions, npm 11.5+) is not exchanged by release-relay yet.',
    );
  },

  async publish(env, { registry, files, artifacts, name, version, credentials, attempts, baseDelayMs }) {
    const tag = getScheme('semver').isPrerelease(version) ? 'next' : 'latest';
    const uploaded: string[] = [];
    const skipped: string[] = [];
    let total = 0;
    for (const file of files.filter((f) => f.endsWith('.tgz'))) {
      const record = artifacts.find((a) => a.file === basename(file));
      const r = await publishTarball({ registry: registry.uploadUrl, file, name, version, token: credentials.token, tag, provenance: wantsProvenance(registry.uploadUrl, env.runner), npm: npmBin(env), exec: env.exec, logger: env.logger, signal: env.signal, attempts, baseDelayMs, sleep: env.sleep });
      total += r.attempts;
      (r.uploaded ? uploaded : skipped).push(record?.file ?? basename(file));
    }
    return { uploaded, skipped, attempts: total };
  },

  async verify(env, { registry, info, version, artifacts, timeoutMs, pollMs }) {
    const r = await verifyNpmRelease({ registry: registry.indexUrl, name: info.name, version, artifacts, timeoutMs, pollMs, npm: npmBin(env), node: nodeBin(env), exec: env.exec, logger: env.logger, sleep: env.sleep, signal: env.signal });
    return { verified: r.verified, state: r.state, propagationS: r.propagationS, installedVersion: r.installedVersion };
  },
};
