import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { signPublishAttestation, verifyPublishAttestation } from '../../src/ecosystems/python/attestations.js';
import { FULCIO_SAN_CLAIM, startSigstore, type SigstoreFixture } from '../fixtures/sigstore.js';
import { OIDC_TEST_SECRET, startOidcProvider, type OidcProviderFixture } from '../fixtures/oidc-provider.js';

let sigstore: SigstoreFixture;
let provider: OidcProviderFixture;
beforeAll(async () => {
  sigstore = await startSigstore();
  provider = await startOidcProvider({ secret: OIDC_TEST_SECRET, claims: { [FULCIO_SAN_CLAIM]: 'https://github.com/acme/widget/.github/workflows/release.yml@refs/heads/main' } });
});
afterAll(async () => {
  await sigstore?.close();
  await provider?.close();
});

test('smoke: sign and verify', async () => {
  const res = await fetch(`${provider.requestUrl}&audience=sigstore`, { headers: { authorization: `bearer ${provider.requestToken}` } });
  const jwt = ((await res.json()) as { value: string }).value;
  const sha = createHash('sha256').update('x').digest('hex');
  const a = await signPublishAttestation('w-1.0-py3-none-any.whl', sha, jwt, sigstore);
  const v = await verifyPublishAttestation(a, 'w-1.0-py3-none-any.whl', sha, { repository: 'acme/widget', workflow: 'release.yml' }, sigstore.trustedRoot);
  expect(v.signer).toContain('release.yml');
});
