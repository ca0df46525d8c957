import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { isReleaseError, type ReleaseError } from '../../../src/core/errors.js';
import { exec } from '../../../src/core/exec.js';
import type { Logger } from '../../../src/core/log.js';
import { getPublishToken, type PublishTokenOptions } from '../../../src/ecosystems/python/credentials.js';
import { publishToIndex } from '../../../src/ecosystems/python/publish.js';
import { buildTinyDist, type TinyDist } from '../../fixtures/package-index/build-dist.js';
import { startPackageIndex, type OidcOptions, type PackageIndexFixture, type PackageIndexOptions } from '../../fixtures/package-index/server.js';
import { OIDC_TEST_SECRET, startOidcProvider, type OidcProviderFixture } from '../../fixtures/oidc-provider.js';

/** A Logger that keeps what it was told, secrets included, so tests can check masking. */
function recordingLogger(): Logger & { secrets: string[]; lines: string[] } {
  const secrets: string[] = [];
  const lines: string[] = [];
  return {
    secrets,
    lines,
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    debug: () => undefined,
    group: (_n, fn) => fn(),
    setSecret: (v) => secrets.push(v),
  };
}

describe('Trusted Publishing: OIDC ID token → PyPI upload token', () => {
  let dist: TinyDist;
  let index: PackageIndexFixture;
  let provider: OidcProviderFixture;
  let logger: ReturnType<typeof recordingLogger>;

  const start = async (oidc: OidcOptions = {}, options: Pick<PackageIndexOptions, 'now'> = {}): Promise<void> => {
    await index?.close();
    index = await startPackageIndex({ oidc: { secret: OIDC_TEST_SECRET, ...oidc }, ...options });
  };
  const tokenOptions = (over: Partial<PublishTokenOptions> = {}): PublishTokenOptions => ({
    indexUrl: index.url,
    useOidc: true,
    requestUrl: provider.requestUrl,
    requestToken: provider.requestToken,
    logger,
    sleep: async () => undefined,
    ...over,
  });

  beforeAll(async () => {
    dist = await buildTinyDist();
  });
  afterAll(async () => {
    await dist?.cleanup();
  });
  beforeEach(async () => {
    await start();
    provider = await startOidcProvider();
    logger = recordingLogger();
  });
  afterEach(async () => {
    await index.close();
    await provider.close();
  });

  test('the index names its audience, and has no OIDC endpoints when Trusted Publishing is not configured', async () => {
    expect(await (await fetch(`${index.url}/_/oidc/audience`)).json()).toEqual({ audience: 'pypi' });
    const plain = await startPackageIndex();
    try {
      expect((await fetch(`${plain.url}/_/oidc/audience`)).status).toBe(404);
      const err = (await getPublishToken(tokenOptions({ indexUrl: plain.url })).catch((e: unknown) => e)) as ReleaseError;
      expect(isReleaseError(err, 'OIDC_REFUSED')).toBe(true);
      expect(err.hint).toContain('pypi-token');
    } finally {
      await plain.close();
    }
  });

  test('mints a token for the audience, masks it (and the ID token), and twine uploads with it', async () => {
    const minted = await getPublishToken(tokenOptions());
    expect(minted.source).toBe('oidc');
    expect(minted.token).toMatch(/^pypi-/);
    expect(minted.expiresAt).toBeGreaterThan(Date.now());
    expect(provider.issued).toHaveLength(1);
    expect(provider.issued[0].audience).toBe('pypi');
    expect(logger.secrets).toContain(minted.token);
    expect(logger.secrets).toHaveLength(2);
    expect(logger.lines.join('\n')).not.toContain(minted.token);
    const result = await publishToIndex({ indexUrl: index.url, name: 'relay-demo-pkg', version: '0.1.0', dir: dist.distDir, artifacts: dist.artifacts, token: minted.token, twine: ['/usr/bin/twine'], exec, logger });
    expect(result.uploaded).toHaveLength(2);
    expect(index.uploads.map((u) => u.status)).toEqual([200, 200]);
  });

  test('the audience comes from the index (a TestPyPI-like index asks for "testpypi")', async () => {
    await start({ audience: 'testpypi' });
    await getPublishToken(tokenOptions());
    expect(provider.issued.map((i) => i.audience)).toEqual(['testpypi']);
  });

  test('each JWT is single-use: presenting it again is refused with invalid-reuse-token', async () => {
    const res = await fetch(`${provider.requestUrl}&audience=pypi`, { headers: { Authorization: `bearer ${provider.requestToken}` } });
    const { value } = (await res.json()) as { value: string };
    const mint = () => fetch(`${index.url}/_/oidc/mint-token`, { method: 'POST', body: JSON.stringify({ token: value }), headers: { 'Content-Type': 'application/json' } });
    const first = await mint();
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ success: true, token: expect.stringMatching(/^pypi-/), expires: expect.any(Number) });
    const again = await mint();
    expect(again.status).toBe(422);
    expect(await again.json()).toMatchObject({ message: 'Token request failed', errors: [{ code: 'invalid-reuse-token' }] });
    const forged = await fetch(`${index.url}/_/oidc/mint-token`, { method: 'POST', body: JSON.stringify({ token: `${value.slice(0, -4)}AAAA` }) });
    expect(((await forged.json()) as { errors: { code: string }[] }).errors[0].code).toBe('invalid-token');
  });

  test('a token minted inside a reusable workflow is refused: OIDC_REFUSED with the caller-workflow hint', async () => {
    provider.setClaims({ job_workflow_ref: 'acme/shared-workflows/.github/workflows/pypi-publish.yml@refs/heads/main' });
    const err = (await getPublishToken(tokenOptions()).catch((e: unknown) => e)) as ReleaseError;
    expect(isReleaseError(err, 'OIDC_REFUSED')).toBe(true);
    expect(err.message).toContain('invalid-publisher');
    expect(err.hint).toContain('reusable workflow');
    expect(err.hint).toContain("run publish-and-verify in the caller's workflow");
    // A permanent refusal is not retried.
    expect(provider.issued).toHaveLength(1);
  });

  test('a mint that fails with 503 is retried with a FRESH ID token', async () => {
    index.failNext({ path: /\/_\/oidc\/mint-token$/, status: 503, times: 1 });
    const minted = await getPublishToken(tokenOptions());
    expect(minted.token).toMatch(/^pypi-/);
    expect(provider.issued).toHaveLength(2);
    expect(provider.issued[0].jti).not.toBe(provider.issued[1].jti);
    expect(index.mints).toEqual([{ jti: provider.issued[1].jti, outcome: 'ok' }]);
  });

  test('Trusted Publishing turned off on the index: OIDC_REFUSED saying to pass a token', async () => {
    await start({ enabled: false });
    const err = (await getPublishToken(tokenOptions()).catch((e: unknown) => e)) as ReleaseError;
    expect(isReleaseError(err, 'OIDC_REFUSED')).toBe(true);
    expect(err.message).toContain('not-enabled');
    expect(err.hint).toContain('pypi-token');
  });

  test('no token and no OIDC environment: NO_CREDENTIALS before anything reaches the index', async () => {
    for (const over of [{ requestUrl: undefined, requestToken: undefined }, { useOidc: false }]) {
      const err = (await getPublishToken(tokenOptions(over)).catch((e: unknown) => e)) as ReleaseError;
      expect(isReleaseError(err, 'NO_CREDENTIALS')).toBe(true);
      expect(err.hint).toContain('pypi-token');
      expect(err.hint).toContain('id-token: write');
    }
    expect(provider.issued).toEqual([]);
    expect(index.mints).toEqual([]);
  });

  test('a wrong runner request token is NO_CREDENTIALS naming the id-token permission', async () => {
    const err = (await getPublishToken(tokenOptions({ requestToken: 'stale' })).catch((e: unknown) => e)) as ReleaseError;
    expect(isReleaseError(err, 'NO_CREDENTIALS')).toBe(true);
    expect(err.hint).toContain('id-token: write');
  });

  test('a token given as input wins over OIDC and is masked', async () => {
    const got = await getPublishToken(tokenOptions({ token: 'pypi-from-input' }));
    expect(got).toEqual({ token: 'pypi-from-input', source: 'input' });
    expect(logger.secrets).toEqual(['pypi-from-input']);
    expect(provider.issued).toEqual([]);
  });

  test('minted tokens expire: an expired one is refused, and publishToIndex renews it before uploading', async () => {
    // The index and publishToIndex share one injected clock: PyPI's 15-minute lifetime passes without waiting.
    let clock = Date.now();
    const now = (): number => clock;
    await start({}, { now });
    const minted = await getPublishToken(tokenOptions());
    expect(minted.expiresAt).toBeGreaterThan(clock + 14 * 60_000);
    const base = { indexUrl: index.url, name: 'relay-demo-pkg', version: '0.1.0', dir: dist.distDir, artifacts: dist.artifacts, twine: ['/usr/bin/twine'], exec, logger, sleep: async () => undefined, now };
    clock = (minted.expiresAt ?? 0) + 1000;
    const expired = (await publishToIndex({ ...base, token: minted.token }).catch((e: unknown) => e)) as ReleaseError;
    expect(isReleaseError(expired, 'NO_CREDENTIALS')).toBe(true);
    const renewed = await publishToIndex({ ...base, token: minted.token, tokenExpiresAt: minted.expiresAt, renewToken: () => getPublishToken(tokenOptions()) });
    expect(renewed.uploaded).toHaveLength(2);
    expect(provider.issued).toHaveLength(2);
  });

  test('a minted token with time left is used as it is, not renewed', async () => {
    let clock = Date.now();
    await start({}, { now: () => clock });
    const minted = await getPublishToken(tokenOptions());
    clock += 10 * 60_000;
    const renewals: number[] = [];
    const r = await publishToIndex({ indexUrl: index.url, name: 'relay-demo-pkg', version: '0.1.0', dir: dist.distDir, artifacts: dist.artifacts, twine: ['/usr/bin/twine'], exec, logger, sleep: async () => undefined, now: () => clock, token: minted.token, tokenExpiresAt: minted.expiresAt, renewToken: async () => (renewals.push(clock), getPublishToken(tokenOptions())) });
    expect(r.uploaded).toHaveLength(2);
    expect(renewals).toEqual([]);
  });
});
