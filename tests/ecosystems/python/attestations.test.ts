/**
 * PEP 740 end to end on loopback: Trusted Publishing (OIDC provider → index mint), attestations signed by the
 * real sigstore-js against Fulcio/Rekor built from @sigstore/mock, uploaded by twine in the `attestations`
 * field, stored by the index, served by its Integrity API, and verified on the way back.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { exec } from '../../../src/core/exec.js';
import { silentLogger } from '../../../src/core/log.js';
import { signPublishAttestation, verifyPublishAttestation } from '../../../src/ecosystems/python/attestations.js';
import { getPublishToken } from '../../../src/ecosystems/python/credentials.js';
import { pythonPipeline, pythonRegistry } from '../../../src/ecosystems/python/pipeline.js';
import { provenanceUrl, verifyIndexProvenance } from '../../../src/ecosystems/python/provenance.js';
import type { AdapterEnv, PublishCredentials } from '../../../src/ecosystems/types.js';
import { buildTinyDist, SYSTEM_PYTHON, type TinyDist } from '../../fixtures/package-index/build-dist.js';
import { startPackageIndex, type PackageIndexFixture } from '../../fixtures/package-index/server.js';
import { OIDC_TEST_SECRET, startOidcProvider, type OidcProviderFixture } from '../../fixtures/oidc-provider.js';
import { FULCIO_SAN_CLAIM, startSigstore, type SigstoreFixture } from '../../fixtures/sigstore.js';
import { rejection } from '../../helpers/errors.js';

const REPO = 'acme/widget';
const SIGNER = `https://github.com/${REPO}/.github/workflows/release.yml@refs/heads/main`;

describe('PyPI PEP 740 attestations through Trusted Publishing', () => {
  let dist: TinyDist;
  let sigstore: SigstoreFixture;
  let provider: OidcProviderFixture;
  let index: PackageIndexFixture;

  const env = (over: Partial<NonNullable<AdapterEnv['supplyChain']>> = {}): AdapterEnv => ({
    exec,
    logger: silentLogger,
    tools: { python: SYSTEM_PYTHON },
    sleep: async () => undefined,
    supplyChain: {
      attestations: true,
      expectProvenance: true,
      publisher: { repository: REPO, workflow: 'release.yml' },
      sigstore: { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, trustedRoot: sigstore.trustedRoot },
      idTokenRequest: { url: provider.requestUrl, token: provider.requestToken },
      ...over,
    },
  });
  const mint = async (): Promise<PublishCredentials> => {
    const t = await getPublishToken({ indexUrl: index.url, useOidc: true, requestUrl: provider.requestUrl, requestToken: provider.requestToken, logger: silentLogger, sleep: async () => undefined });
    return { token: t.token, source: t.source, expiresAt: t.expiresAt };
  };
  const publish = async (e: AdapterEnv, credentials: PublishCredentials): Promise<{ uploaded: string[] }> =>
    pythonPipeline.publish(e, { registry: pythonRegistry(index.url), files: [dist.wheel, dist.sdist], artifacts: dist.artifacts, name: dist.name, version: dist.version, credentials, attempts: 1 });
  const provenanceOptions = (over: Partial<Parameters<typeof verifyIndexProvenance>[0]> = {}): Parameters<typeof verifyIndexProvenance>[0] => ({
    indexUrl: index.url,
    name: dist.name,
    version: dist.version,
    artifacts: dist.artifacts,
    publisher: { repository: REPO, workflow: 'release.yml' },
    trustedRoot: sigstore.trustedRoot,
    logger: silentLogger,
    ...over,
  });

  beforeAll(async () => {
    dist = await buildTinyDist({ name: 'attested-pkg' });
    sigstore = await startSigstore();
    provider = await startOidcProvider({ secret: OIDC_TEST_SECRET, claims: { [FULCIO_SAN_CLAIM]: SIGNER, environment: 'pypi' } });
  });
  afterAll(async () => {
    await dist?.cleanup();
    await sigstore?.close();
    await provider?.close();
  });
  afterEach(async () => {
    await index?.close();
  });

  test('uploads one attestation per file with twine, the index serves it back (Integrity API, PEP 691 provenance), and verify checks it after a clean install', async () => {
    index = await startPackageIndex({ oidc: { secret: OIDC_TEST_SECRET } });
    const r = await publish(env(), await mint());
    expect(r.uploaded.sort()).toEqual(dist.artifacts.map((a) => a.file).sort());
    expect(sigstore.certificates).toBeGreaterThanOrEqual(2);

    const simple = (await (await fetch(`${index.url}/simple/attested-pkg/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } })).json()) as { files: { filename: string; provenance?: string }[] };
    for (const f of simple.files) expect(f.provenance).toBe(provenanceUrl(index.url, dist.name, dist.version, f.filename));
    const res = await fetch(provenanceUrl(index.url, dist.name, dist.version, dist.artifacts[0].file));
    expect(res.headers.get('content-type')).toContain('application/vnd.pypi.integrity.v1+json');
    const body = (await res.json()) as { attestation_bundles: { publisher: { repository: string; workflow: string; environment: string }; attestations: { envelope: { statement: string } }[] }[] };
    expect(body.attestation_bundles[0].publisher).toEqual({ kind: 'GitHub', repository: REPO, workflow: 'release.yml', environment: 'pypi' });
    const statement = JSON.parse(Buffer.from(body.attestation_bundles[0].attestations[0].envelope.statement, 'base64').toString('utf8')) as Record<string, unknown>;
    expect(statement).toMatchObject({ predicateType: 'https://docs.pypi.org/attestations/publish/v1', subject: [{ name: dist.artifacts[0].file, digest: { sha256: dist.artifacts[0].sha256 } }] });

    const verified = await pythonPipeline.verify(env(), { registry: pythonRegistry(index.url), info: { name: dist.name, version: dist.version, scheme: 'pep440', versionFiles: [] }, version: dist.version, artifacts: dist.artifacts, timeoutMs: 60_000, pollMs: 10 });
    expect(verified.verified).toBe(true);
    const signers = await verifyIndexProvenance(provenanceOptions());
    expect(Object.values(signers)).toEqual([SIGNER, SIGNER]);
    // The wrong workflow or repository is refused, from the same attestation.
    const wrongWorkflow = await rejection(verifyIndexProvenance(provenanceOptions({ publisher: { repository: REPO, workflow: 'other.yml' } })), 'PROVENANCE_MISMATCH');
    expect(wrongWorkflow.message).toContain('publisher workflow release.yml');
    const wrongRepo = await rejection(verifyIndexProvenance(provenanceOptions({ publisher: { repository: 'evil/fork' } })));
    expect(wrongRepo.message).toContain('publisher repository acme/widget');
  });

  test('an attestation for other bytes under the same file name is refused', async () => {
    index = await startPackageIndex({ oidc: { secret: OIDC_TEST_SECRET } });
    await publish(env(), await mint());
    const wheel = dist.artifacts[0];
    const jwt = ((await (await fetch(`${provider.requestUrl}&audience=sigstore`, { headers: { authorization: `bearer ${provider.requestToken}` } })).json()) as { value: string }).value;
    const otherSha = createHash('sha256').update('other bytes').digest('hex');
    const forOther = await signPublishAttestation(wheel.file, otherSha, jwt, sigstore);
    // Genuine, and valid for the other bytes: only the digest is wrong.
    await expect(verifyPublishAttestation(forOther, wheel.file, otherSha, { repository: REPO, workflow: 'release.yml' }, sigstore.trustedRoot)).resolves.toMatchObject({ signer: SIGNER });
    index.setProvenance(dist.name, dist.version, wheel.file, { version: 1, attestation_bundles: [{ publisher: { kind: 'GitHub', repository: REPO, workflow: 'release.yml', environment: null }, attestations: [forOther] }] });
    const err = await rejection(verifyIndexProvenance(provenanceOptions()), 'PROVENANCE_MISMATCH');
    expect(err.message).toContain(`not the approved ${wheel.sha256}`);
    // A tampered statement breaks the signature itself.
    const tampered = { ...forOther, envelope: { ...forOther.envelope, statement: Buffer.from(Buffer.from(forOther.envelope.statement, 'base64').toString('utf8').replace(otherSha, wheel.sha256)).toString('base64') } };
    await expect(verifyPublishAttestation(tampered, wheel.file, wheel.sha256, { repository: REPO }, sigstore.trustedRoot)).rejects.toThrow(/does not verify with Sigstore/);
  });

  test('an index that drops attestations fails verification, saying so', async () => {
    index = await startPackageIndex({ oidc: { secret: OIDC_TEST_SECRET }, dropAttestations: true });
    await publish(env(), await mint());
    const err = await rejection(verifyIndexProvenance(provenanceOptions()), 'PROVENANCE_MISMATCH');
    expect(err.message).toMatch(/serves no attestation for .*answered 404/);
    expect(err.hint).toContain('attestations: false');
  });

  test('attestations: false uploads none; a token upload never carries them (PyPI would refuse)', async () => {
    index = await startPackageIndex({ oidc: { secret: OIDC_TEST_SECRET } });
    const before = sigstore.certificates;
    await publish(env({ attestations: false }), await mint());
    expect(sigstore.certificates).toBe(before);
    expect([...(index.files.get('attested-pkg')?.get(dist.version)?.values() ?? [])].every((f) => f.provenance === undefined)).toBe(true);
    await index.close();
    index = await startPackageIndex({ oidc: { secret: OIDC_TEST_SECRET } });
    await publish(env(), { token: 'pypi-test-token', source: 'input' });
    expect(sigstore.certificates).toBe(before);
    expect(index.uploads.every((u) => u.status === 200)).toBe(true);
  });
});
