/**
 * The BUNDLED publish-and-verify action (dist/publish-and-verify/index.js, INPUT_* variables, as the runner
 * runs it) through Trusted Publishing with PEP 740 attestations: the runner's ID-token endpoint is the OIDC
 * provider fixture, Sigstore is the loopback Fulcio/Rekor (named through RELEASE_RELAY_SIGSTORE_*), and the
 * loopback index mints the upload token, stores the attestations and serves them through its Integrity API.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeContext } from '../../src/core/context.js';
import { isReleaseError } from '../../src/core/errors.js';
import { readSigstoreInstance } from '../../src/actions/publish-and-verify/sigstore-instance.js';
import { ensureBundle, runBundledAction } from '../helpers/action-run.js';
import { startPackageIndex, type PackageIndexFixture, type Provenance } from '../fixtures/package-index/server.js';
import { OIDC_TEST_SECRET, startOidcProvider, type OidcProviderFixture } from '../fixtures/oidc-provider.js';
import { FULCIO_SAN_CLAIM, startSigstore, type SigstoreFixture } from '../fixtures/sigstore.js';
import { GITHUB_TOKEN, OWNER, PYTHON, REPO, prepareAndGate, sandbox, startGitHub, type Prepared } from '../e2e/setup.js';

const BUNDLE = join(process.cwd(), 'dist', 'publish-and-verify', 'index.js');
const WORKFLOW_REF = `${OWNER}/${REPO}/.github/workflows/release.yml@refs/heads/main`;
let prepared: Prepared;
let sigstore: SigstoreFixture;
let provider: OidcProviderFixture;
let trustedRootFile: string;
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  await ensureBundle('publish-and-verify');
  prepared = await prepareAndGate();
  sigstore = await startSigstore();
  provider = await startOidcProvider({ claims: { repository: `${OWNER}/${REPO}`, repository_owner: OWNER, job_workflow_ref: WORKFLOW_REF, workflow_ref: WORKFLOW_REF, environment: 'pypi', [FULCIO_SAN_CLAIM]: `https://github.com/${WORKFLOW_REF}` } });
  const dir = mkdtempSync(join(tmpdir(), 'relay-sigstore-root-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  trustedRootFile = join(dir, 'trusted_root.json');
  writeFileSync(trustedRootFile, JSON.stringify(sigstore.trustedRoot));
}, 180_000);
afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  prepared?.cleanup();
  await sigstore?.close();
  await provider?.close();
});

/** Runs the bundle with no token: Trusted Publishing, attestations on by default. */
async function runAttested(index: PackageIndexFixture) {
  const sb = await sandbox(prepared);
  const github = await startGitHub();
  const scratch = mkdtempSync(join(tmpdir(), 'relay-bundled-attested-'));
  cleanups.push(() => sb.cleanup(), () => github.close(), () => rmSync(scratch, { recursive: true, force: true }));
  const run = await runBundledAction(BUNDLE, {
    workspace: sb.work,
    scratch,
    inputs: { context: serializeContext(sb.context), 'artifact-dir': sb.artifactDir, registries: index.url, python: PYTHON, 'github-token': GITHUB_TOKEN, 'github-api-url': github.url, 'verify-timeout': '60' },
    env: {
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_WORKFLOW_REF: WORKFLOW_REF,
      GITHUB_ACTIONS: 'true',
      RUNNER_TEMP: scratch,
      ACTIONS_ID_TOKEN_REQUEST_URL: provider.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: provider.requestToken,
      RELEASE_RELAY_SIGSTORE_FULCIO_URL: sigstore.fulcioURL,
      RELEASE_RELAY_SIGSTORE_REKOR_URL: sigstore.rekorURL,
      RELEASE_RELAY_SIGSTORE_TRUSTED_ROOT: trustedRootFile,
    },
  });
  return { run, sb, github };
}

describe('the bundled publish-and-verify with attestations', () => {
  test('signs one attestation per file, the index stores and serves them (Integrity API), and verify checks them', async () => {
    const index = await startPackageIndex({ tokens: [], oidc: { secret: OIDC_TEST_SECRET, publisher: { repository: `${OWNER}/${REPO}`, workflow: 'release.yml' } } });
    cleanups.push(() => index.close());
    const certificatesBefore = sigstore.certificates;
    const { run, sb } = await runAttested(index);
    expect({ code: run.code, tail: run.code === 0 ? '' : `${run.stdout}\n${run.stderr}`.slice(-3000) }).toEqual({ code: 0, tail: '' });
    expect(run.outputs.verified).toBe('true');
    const version = sb.context.version?.next ?? '';
    const files = (sb.context.artifacts ?? []).map((a) => a.file);
    expect(files).toHaveLength(2);
    expect(sigstore.certificates - certificatesBefore).toBe(2);
    // What the index received, and what it serves back to anyone who asks.
    for (const file of files) {
      expect(index.files.get('relay-example')?.get(version)?.get(file)?.provenance?.attestation_bundles[0].publisher).toEqual({ kind: 'GitHub', repository: `${OWNER}/${REPO}`, workflow: 'release.yml', environment: 'pypi' });
      const res = await fetch(`${index.url}/integrity/relay-example/${version}/${encodeURIComponent(file)}/provenance`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/vnd.pypi.integrity.v1+json');
      const served = (await res.json()) as Provenance;
      expect(served.attestation_bundles[0].attestations).toHaveLength(1);
      const statement = JSON.parse(Buffer.from((served.attestation_bundles[0].attestations[0] as { envelope: { statement: string } }).envelope.statement, 'base64').toString('utf8')) as { subject: { name: string; digest: { sha256: string } }[]; predicateType: string };
      expect(statement.subject).toEqual([{ name: file, digest: { sha256: sb.context.artifacts?.find((a) => a.file === file)?.sha256 } }]);
      expect(statement.predicateType).toBe('https://docs.pypi.org/attestations/publish/v1');
    }
    expect(run.summary).toMatch(/through Trusted Publishing, 2 file\(s\) attested, verified by a clean install and its provenance/);
    expect(run.stdout).not.toContain('::error');
    // The minted upload token is masked before anything could print it.
    expect(run.stdout).toMatch(/^::add-mask::pypi-/m);
  }, 240_000);

  test('an index that drops the attestations: the bundle fails with PROVENANCE_MISMATCH, after publishing', async () => {
    const index = await startPackageIndex({ tokens: [], dropAttestations: true, oidc: { secret: OIDC_TEST_SECRET, publisher: { repository: `${OWNER}/${REPO}`, workflow: 'release.yml' } } });
    cleanups.push(() => index.close());
    const { run } = await runAttested(index);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error[^\n]*serves no attestation/);
    expect(index.uploads.filter((u) => u.status === 200)).toHaveLength(2);
    expect(run.outputs.verified ?? 'false').not.toBe('true');
  }, 240_000);

  test('the Sigstore instance variables are all or none: a partial set is refused before anything runs', async () => {
    expect(await readSigstoreInstance({})).toBeUndefined();
    expect(await readSigstoreInstance({ RELEASE_RELAY_SIGSTORE_FULCIO_URL: sigstore.fulcioURL, RELEASE_RELAY_SIGSTORE_REKOR_URL: sigstore.rekorURL, RELEASE_RELAY_SIGSTORE_TRUSTED_ROOT: trustedRootFile })).toEqual({ fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, trustedRoot: sigstore.trustedRoot });
    const partial = await readSigstoreInstance({ RELEASE_RELAY_SIGSTORE_FULCIO_URL: sigstore.fulcioURL }).catch((e: unknown) => e);
    expect(isReleaseError(partial, 'BAD_INPUT')).toBe(true);
    const unreadable = await readSigstoreInstance({ RELEASE_RELAY_SIGSTORE_FULCIO_URL: 'x', RELEASE_RELAY_SIGSTORE_REKOR_URL: 'y', RELEASE_RELAY_SIGSTORE_TRUSTED_ROOT: join(tmpdir(), 'no-such-root.json') }).catch((e: unknown) => e);
    expect(isReleaseError(unreadable, 'BAD_INPUT')).toBe(true);
  });
});
