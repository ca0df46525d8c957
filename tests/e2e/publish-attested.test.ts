/**
 * publish-and-verify through Trusted Publishing with attestations, end to end on loopback: the prepared and gated
 * examples/python-package, OIDC mint, PEP 740 attestations signed by sigstore-js (loopback Fulcio/Rekor), twine
 * upload, tag, GitHub release, clean install from the index, then the provenance checked on the way back.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { publishAndVerify, type PublishOptions } from '../../src/stages/publish-and-verify.js';
import { startPackageIndex, type PackageIndexFixture } from '../fixtures/package-index/server.js';
import { OIDC_TEST_SECRET, startOidcProvider, type OidcProviderFixture } from '../fixtures/oidc-provider.js';
import { FULCIO_SAN_CLAIM, startSigstore, type SigstoreFixture } from '../fixtures/sigstore.js';
import { OWNER, REPO, githubClient, prepareAndGate, publishOptions, sandbox, startGitHub, type Prepared } from './setup.js';
import { recordingLogger } from '../helpers/logger.js';
import { rejection } from '../helpers/errors.js';
import { cleanupAfter } from '../helpers/cleanup.js';

const WORKFLOW_REF = `${OWNER}/${REPO}/.github/workflows/release.yml@refs/heads/main`;
let prepared: Prepared;
let sigstore: SigstoreFixture;
let provider: OidcProviderFixture;
const cleanups = cleanupAfter();

beforeAll(async () => {
  prepared = await prepareAndGate();
  sigstore = await startSigstore();
  provider = await startOidcProvider({ claims: { repository: `${OWNER}/${REPO}`, repository_owner: OWNER, job_workflow_ref: WORKFLOW_REF, workflow_ref: WORKFLOW_REF, [FULCIO_SAN_CLAIM]: `https://github.com/${WORKFLOW_REF}` } });
}, 120_000);
afterAll(async () => {
  prepared?.cleanup();
  await sigstore?.close();
  await provider?.close();
});

async function world(indexOptions: { dropAttestations?: boolean } = {}): Promise<{ index: PackageIndexFixture; options: (extra?: Partial<PublishOptions>) => PublishOptions }> {
  const sb = await sandbox(prepared);
  const index = await startPackageIndex({ tokens: [], oidc: { secret: OIDC_TEST_SECRET, publisher: { repository: `${OWNER}/${REPO}`, workflow: 'release.yml' } }, ...indexOptions });
  const github = await startGitHub();
  cleanups.push(() => sb.cleanup(), () => index.close(), () => github.close());
  const client = githubClient(github, recordingLogger());
  return {
    index,
    options: (extra = {}) => ({
      ...publishOptions(sb, index.url, client, { token: undefined, useOidc: true, verify: true, verifyTimeoutMs: 60_000, verifyPollMs: 100 }),
      workflowRef: WORKFLOW_REF,
      sigstore: { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, trustedRoot: sigstore.trustedRoot },
      idTokenRequest: { url: provider.requestUrl, token: provider.requestToken },
      ...extra,
    }),
  };
}

describe('publish-and-verify with Trusted Publishing and PEP 740 attestations', () => {
  test('attests every file, and the summary says which path was used and that the provenance was verified', async () => {
    const w = await world();
    const logger = recordingLogger();
    const r = await publishAndVerify(w.options(), { logger, sleep: async () => undefined });
    expect(r.verified).toBe(true);
    expect(r.context.publish).toMatchObject({ credentials: 'trusted-publishing', provenance_verified: true });
    expect(r.context.publish?.attested?.sort()).toEqual((r.context.artifacts ?? []).map((a) => a.file).sort());
    expect(r.decision).toMatch(/through Trusted Publishing, 2 file\(s\) attested, verified by a clean install and its provenance/);
    for (const f of w.index.files.get('relay-example')?.values().next().value?.values() ?? []) expect(f.provenance?.attestation_bundles[0].publisher.workflow).toBe('release.yml');
  }, 120_000);

  test('an index that drops the attestations: the release is published but verification fails, saying why', async () => {
    const w = await world({ dropAttestations: true });
    const err = await rejection(publishAndVerify(w.options(), { logger: recordingLogger(), sleep: async () => undefined }), 'PROVENANCE_MISMATCH');
    expect(err.message).toContain('serves no attestation');
    expect(w.index.uploads.filter((u) => u.status === 200)).toHaveLength(2);
  }, 120_000);
});
