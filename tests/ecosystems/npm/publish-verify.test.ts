import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArtifactRecord } from '../../../src/core/context.js';
import { describeArtifacts } from '../../../src/core/digest.js';
import { exec } from '../../../src/core/exec.js';
import { consoleLogger } from '../../../src/core/log.js';
import { withPipeline } from '../../../src/ecosystems/adapters.js';
import { npmAdapter as npmDescription } from '../../../src/ecosystems/npm/index.js';
import { classifyNpmPublishFailure, wantsProvenance } from '../../../src/ecosystems/npm/publish.js';
import { fetchPackument, nerfDart, packumentUrl, tarballIntegrity } from '../../../src/ecosystems/npm/registry-api.js';
import type { AdapterEnv, PackageInfo, PublishCredentials, RegistryTarget } from '../../../src/ecosystems/types.js';
import { startVerdaccio, type Verdaccio } from '../../fixtures/verdaccio.js';
import { recordingExec as recordingExecOf } from '../../helpers/exec.js';

const npmAdapter = await withPipeline(npmDescription);

const EXAMPLE = join(process.cwd(), 'examples', 'npm-package');
const temps: string[] = [];
let registry: Verdaccio;
let target: RegistryTarget;
let credentials: PublishCredentials;
/** Every npm command the adapter ran, to tell what was uploaded without asking the adapter. */
/** Mode and content of the --userconfig file as each command found it. */
const userconfigs: { mode: number; text: string }[] = [];
const { exec: recordingExec, commands } = recordingExecOf(async (argv) => {
  const i = argv.indexOf('--userconfig');
  if (i >= 0) userconfigs.push({ mode: (await stat(argv[i + 1])).mode & 0o777, text: await readFile(argv[i + 1], 'utf8') });
});
const logLines: string[] = [];
const env: AdapterEnv = { exec: recordingExec, logger: consoleLogger({ write: (l) => logLines.push(l) }), tools: {}, sleep: async () => undefined };

beforeAll(async () => {
  registry = await startVerdaccio();
  target = npmAdapter.registry(registry.url);
  credentials = await npmAdapter.credentials(env, { registry: target, token: registry.token, useOidc: false });
});
afterAll(async () => {
  await registry?.close();
  for (const d of temps) await rm(d, { recursive: true, force: true });
});

async function temp(prefix: string): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), prefix));
  temps.push(d);
  return d;
}

/** A copy of the example with another name/version (and optionally other bytes), packed; returns the tarball and its record. */
async function packed(name: string, version: string, extra = ''): Promise<{ files: string[]; artifacts: ArtifactRecord[]; info: PackageInfo }> {
  const dir = join(await temp('relay-npm-pub-'), 'pkg');
  await cp(EXAMPLE, dir, { recursive: true, filter: (p) => !/node_modules|\.tgz$/.test(p) });
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  Object.assign(manifest, { name, version });
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await rm(join(dir, 'package-lock.json'));
  if (extra) await writeFile(join(dir, 'src', 'index.js'), `${await readFile(join(dir, 'src', 'index.js'), 'utf8')}\n// ${extra}\n`);
  const readme = await readFile(join(dir, 'README.md'), 'utf8');
  await writeFile(join(dir, 'README.md'), readme.split("'relay-npm-example'").join(`'${name}'`));
  const files = await npmAdapter.build(env, { packageDir: dir, outDir: await temp('relay-npm-dist-'), isolated: true });
  return { files, artifacts: await describeArtifacts(files), info: await npmAdapter.readPackage(dir, '.') };
}

const publishes = (): number => commands.filter((c) => c[1] === 'publish').length;

describe('registry resolution and credentials', () => {
  test('npm → the public registry; URLs keep one trailing slash; other names are refused', () => {
    expect(npmAdapter.registry('npm')).toEqual({ name: 'npm', uploadUrl: 'https://registry.npmjs.org/', indexUrl: 'https://registry.npmjs.org/' });
    expect(npmAdapter.registry('https://npm.example.com/api//')).toMatchObject({ name: 'npm.example.com', indexUrl: 'https://npm.example.com/api/' });
    expect(() => npmAdapter.registry('pypi')).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    expect(npmAdapter.defaultRegistry).toBe('npm');
    expect(packumentUrl('http://r/', '@scope/pkg')).toBe('http://r/@scope%2Fpkg');
    expect(nerfDart('http://127.0.0.1:4873/')).toBe('//127.0.0.1:4873/');
    expect(nerfDart('https://npm.example.com/api')).toBe('//npm.example.com/api/');
  });

  test('no token is NO_CREDENTIALS before anything runs; provenance only on GitHub Actions with an ID token, to npmjs', async () => {
    await expect(npmAdapter.credentials(env, { registry: target, useOidc: true })).rejects.toMatchObject({ code: 'NO_CREDENTIALS', hint: expect.stringContaining('trusted publishing') });
    expect(wantsProvenance('https://registry.npmjs.org/', { onGitHubActions: true, oidc: { requestUrl: 'https://x' } })).toBe(true);
    expect(wantsProvenance('https://registry.npmjs.org/', { onGitHubActions: true })).toBe(false);
    expect(wantsProvenance('https://registry.npmjs.org/', { oidc: { requestUrl: 'https://x' } })).toBe(false);
    expect(wantsProvenance(registry.url, { onGitHubActions: true, oidc: { requestUrl: 'https://x' } })).toBe(false);
  });

  test("npm's failure output is classified", () => {
    const out = (code: string, line: string): string => `npm error code ${code}\nnpm error ${line}\nnpm error A complete log of this run can be found in: /x.log\n`;
    expect(classifyNpmPublishFailure('a.tgz', 'r', out('E403', '403 403 Forbidden - PUT https://registry.npmjs.org/a - You cannot publish over the previously published versions: 1.0.0.'))).toBe('exists');
    expect(classifyNpmPublishFailure('a.tgz', 'r', out('E409', '409 Conflict - PUT http://r/a - this package is already present'))).toBe('exists');
    expect(classifyNpmPublishFailure('a.tgz', 'r', out('E503', '503 Service Unavailable - PUT http://r/a'))).toMatchObject({ code: 'UPLOAD_FAILED', transient: true });
    expect(classifyNpmPublishFailure('a.tgz', 'r', out('ECONNRESET', 'network aborted'))).toMatchObject({ code: 'UPLOAD_FAILED', transient: true });
    expect(classifyNpmPublishFailure('a.tgz', 'r', out('ETIMEDOUT', 'network timeout'))).toMatchObject({ transient: true });
    expect(classifyNpmPublishFailure('a.tgz', 'r', out('E401', '401 Unauthorized'))).toMatchObject({ code: 'NO_CREDENTIALS', transient: false });
    expect(classifyNpmPublishFailure('a.tgz', 'r', out('ENEEDAUTH', 'need auth'))).toMatchObject({ code: 'NO_CREDENTIALS' });
    expect(classifyNpmPublishFailure('a.tgz', 'r', out('E402', '402 Payment Required'))).toMatchObject({ code: 'UPLOAD_FAILED', hint: expect.stringContaining('publishConfig') });
    expect(classifyNpmPublishFailure('a.tgz', 'r', out('E400', '400 Bad Request - bad name'))).toMatchObject({ code: 'UPLOAD_FAILED', transient: false });
  });
});

describe('publish to verdaccio with the real npm client', () => {
  test('absent → published (token in a 600 .npmrc, never on the command line) → re-publish of the same tarball is skipped', async () => {
    const { files, artifacts } = await packed('relay-pub-one', '1.0.0');
    expect(await npmAdapter.remoteState(env, { registry: target, name: 'relay-pub-one', version: '1.0.0', artifacts })).toEqual({ [artifacts[0].file]: 'absent' });

    const before = publishes();
    const first = await npmAdapter.publish(env, { registry: target, files, artifacts, name: 'relay-pub-one', version: '1.0.0', credentials, attempts: 2 });
    expect(first).toEqual({ uploaded: [artifacts[0].file], skipped: [], attempts: 1 });
    expect(publishes()).toBe(before + 1);
    const publishCmd = commands.filter((c) => c[1] === 'publish').pop() as string[];
    expect(publishCmd.join(' ')).not.toContain(registry.token);
    expect(publishCmd).toEqual(expect.arrayContaining(['--tag', 'latest', '--userconfig']));
    expect(logLines.join('\n')).not.toContain(registry.token);
    expect(userconfigs.pop()).toEqual({ mode: 0o600, text: `${nerfDart(registry.url)}:_authToken=${registry.token}\n` });

    const packument = await fetchPackument({ registry: registry.url, name: 'relay-pub-one' });
    expect(packument?.['dist-tags'].latest).toBe('1.0.0');
    expect(packument?.versions['1.0.0'].dist?.integrity).toBe((await tarballIntegrity(files[0])).integrity);

    // remoteState: same bytes by integrity (local file known) and by download (only the record).
    expect(await npmAdapter.remoteState(env, { registry: target, name: 'relay-pub-one', version: '1.0.0', artifacts, files })).toEqual({ [artifacts[0].file]: 'same' });
    expect(await npmAdapter.remoteState(env, { registry: target, name: 'relay-pub-one', version: '1.0.0', artifacts })).toEqual({ [artifacts[0].file]: 'same' });

    const again = await npmAdapter.publish(env, { registry: target, files, artifacts, name: 'relay-pub-one', version: '1.0.0', credentials, attempts: 2 });
    expect(again).toEqual({ uploaded: [], skipped: [artifacts[0].file], attempts: 0 });
    expect(publishes()).toBe(before + 1);
  });

  test('other bytes under a published version: remoteState says different, publish refuses with ALREADY_PUBLISHED_DIFFERENT and uploads nothing', async () => {
    const original = await packed('relay-pub-two', '2.0.0');
    await npmAdapter.publish(env, { registry: target, files: original.files, artifacts: original.artifacts, name: 'relay-pub-two', version: '2.0.0', credentials, attempts: 2 });
    const other = await packed('relay-pub-two', '2.0.0', 'rebuilt with a change');
    expect(other.artifacts[0].sha256).not.toBe(original.artifacts[0].sha256);
    expect(await npmAdapter.remoteState(env, { registry: target, name: 'relay-pub-two', version: '2.0.0', artifacts: other.artifacts })).toEqual({ [other.artifacts[0].file]: 'different' });
    expect(await npmAdapter.remoteState(env, { registry: target, name: 'relay-pub-two', version: '2.0.0', artifacts: other.artifacts, files: other.files })).toEqual({ [other.artifacts[0].file]: 'different' });

    const before = publishes();
    await expect(npmAdapter.publish(env, { registry: target, files: other.files, artifacts: other.artifacts, name: 'relay-pub-two', version: '2.0.0', credentials, attempts: 2 })).rejects.toMatchObject({ code: 'ALREADY_PUBLISHED_DIFFERENT' });
    expect(publishes()).toBe(before);
    const packument = await fetchPackument({ registry: registry.url, name: 'relay-pub-two' });
    expect(packument?.versions['2.0.0'].dist?.integrity).toBe((await tarballIntegrity(original.files[0])).integrity);
  });

  test('when the registry refuses a publish over an existing version, npm\'s answer is resolved by integrity', async () => {
    const { files, artifacts } = await packed('relay-pub-race', '1.0.0');
    await npmAdapter.publish(env, { registry: target, files, artifacts, name: 'relay-pub-race', version: '1.0.0', credentials, attempts: 1 });
    // npm itself against verdaccio, as if another job had published in between the check and the upload.
    const dir = await temp('relay-npmrc-');
    await writeFile(join(dir, '.npmrc'), `${nerfDart(registry.url)}:_authToken=${registry.token}\n`);
    const r = await exec('npm', ['publish', files[0], '--registry', registry.url, '--userconfig', join(dir, '.npmrc')], { cwd: dir, check: false });
    expect(r.code).not.toBe(0);
    // npm reads the packument itself first and refuses before uploading.
    expect(r.stderr).toMatch(/cannot publish over the previously published versions/);
    expect(classifyNpmPublishFailure(artifacts[0].file, registry.url, `${r.stdout}\n${r.stderr}`)).toBe('exists');
  });

  test('a prerelease gets dist-tag next and leaves latest alone; a scoped package works', async () => {
    const final = await packed('@relay/scoped', '1.0.0');
    await npmAdapter.publish(env, { registry: target, files: final.files, artifacts: final.artifacts, name: '@relay/scoped', version: '1.0.0', credentials, attempts: 2 });
    const rc = await packed('@relay/scoped', '1.1.0-rc.0');
    const r = await npmAdapter.publish(env, { registry: target, files: rc.files, artifacts: rc.artifacts, name: '@relay/scoped', version: '1.1.0-rc.0', credentials, attempts: 2 });
    expect(r.uploaded).toEqual([rc.artifacts[0].file]);
    expect(commands.filter((c) => c[1] === 'publish').pop()).toEqual(expect.arrayContaining(['--tag', 'next']));
    const packument = await fetchPackument({ registry: registry.url, name: '@relay/scoped' });
    expect(packument?.['dist-tags']).toEqual({ latest: '1.0.0', next: '1.1.0-rc.0' });
    expect(await npmAdapter.remoteState(env, { registry: target, name: '@relay/scoped', version: '1.1.0-rc.0', artifacts: rc.artifacts })).toEqual({ [rc.artifacts[0].file]: 'same' });

    // And verify installs the scoped prerelease from verdaccio.
    const v = await npmAdapter.verify(env, { registry: target, info: rc.info, version: '1.1.0-rc.0', artifacts: rc.artifacts, timeoutMs: 60_000, pollMs: 10 });
    expect(v).toMatchObject({ verified: true, state: 'verified', installedVersion: '1.1.0-rc.0' });
  });

  test('verify installs from verdaccio into an empty project; an unpublished version is missing after the timeout', async () => {
    const { files, artifacts, info } = await packed('relay-pub-verify', '3.0.0');
    await npmAdapter.publish(env, { registry: target, files, artifacts, name: 'relay-pub-verify', version: '3.0.0', credentials, attempts: 2 });
    const v = await npmAdapter.verify(env, { registry: target, info, version: '3.0.0', artifacts, timeoutMs: 60_000, pollMs: 10 });
    expect(v).toMatchObject({ verified: true, state: 'verified', installedVersion: '3.0.0' });
    expect(commands.some((c) => c[1] === 'install' && c.includes('relay-pub-verify@3.0.0') && c.includes(registry.url))).toBe(true);

    const missing = await npmAdapter.verify(env, { registry: target, info, version: '3.0.1', artifacts, timeoutMs: 30, pollMs: 10 });
    expect(missing).toMatchObject({ verified: false, state: 'missing' });
  });

  test('verify refuses a registry that serves other bytes than the approved ones', async () => {
    const { files, artifacts, info } = await packed('relay-pub-bytes', '1.0.0');
    await npmAdapter.publish(env, { registry: target, files, artifacts, name: 'relay-pub-bytes', version: '1.0.0', credentials, attempts: 2 });
    const approvedElsewhere = [{ ...artifacts[0], sha256: '0'.repeat(64) }];
    await expect(npmAdapter.verify(env, { registry: target, info, version: '1.0.0', artifacts: approvedElsewhere, timeoutMs: 10_000, pollMs: 10 })).rejects.toMatchObject({ code: 'VERIFY_FAILED' });
  });

  test('the temporary .npmrc is gone after publishing', async () => {
    const { files, artifacts } = await packed('relay-pub-npmrc', '1.0.0');
    await npmAdapter.publish(env, { registry: target, files, artifacts, name: 'relay-pub-npmrc', version: '1.0.0', credentials, attempts: 1 });
    const cmd = commands.filter((c) => c[1] === 'publish').pop() as string[];
    const npmrc = cmd[cmd.indexOf('--userconfig') + 1];
    await expect(stat(npmrc)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
