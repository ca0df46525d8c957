/**
 * npm trusted publishing driven by the real npm CLI (11.5.1+) against the token-exchange endpoint in front of a
 * real verdaccio, with the OIDC provider fixture standing in for the runner's ID-token endpoint.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { attest } from 'sigstore';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import semver from 'semver';
import { describeArtifacts } from '../../../src/core/digest.js';
import { readRunnerEnvironment } from '../../../src/core/runner.js';
import { exec } from '../../../src/core/exec.js';
import { withPipeline } from '../../../src/ecosystems/adapters.js';
import { npmAdapter as npmDescription } from '../../../src/ecosystems/npm/index.js';
import { findStrayNpmTokens } from '../../../src/ecosystems/npm/oidc.js';
import { SLSA_PROVENANCE_V1, verifyNpmProvenance } from '../../../src/ecosystems/npm/provenance.js';
import { fetchPackument } from '../../../src/ecosystems/npm/registry-api.js';
import { trustedPublishingFindings } from '../../../src/ecosystems/trusted-publishing.js';
import type { AdapterEnv } from '../../../src/ecosystems/types.js';
import { startTokenExchange, type TokenExchangeFixture } from '../../fixtures/npm-token-exchange.js';
import { startOidcProvider, type OidcProviderFixture } from '../../fixtures/oidc-provider.js';
import { FULCIO_SAN_CLAIM, startSigstore } from '../../fixtures/sigstore.js';
import { startVerdaccio, type Verdaccio } from '../../fixtures/verdaccio.js';
import { recordingLogger } from '../../helpers/logger.js';
import { rejection } from '../../helpers/errors.js';

const npmAdapter = await withPipeline(npmDescription);

const REPO = 'acme/widget';
const WORKFLOW_REF = `${REPO}/.github/workflows/release.yml@refs/heads/main`;
let verdaccio: Verdaccio;
let exchange: TokenExchangeFixture;
let provider: OidcProviderFixture;
let root: string;
const logger = recordingLogger();

/** The entry reads the runner environment once; here a stray NODE_AUTH_TOKEN is set on the runner. */
const env = (): AdapterEnv => ({ exec, logger, tools: {}, sleep: async () => undefined, runner: readRunnerEnvironment({ ...process.env, NODE_AUTH_TOKEN: 'npm_stray_token_that_would_win' }), supplyChain: { publisher: { repository: REPO }, workflowRef: WORKFLOW_REF, idTokenRequest: { url: provider.requestUrl, token: provider.requestToken } } });

/** Packs a tiny package; `repository` goes into package.json as given. */
async function pack(name: string, version: string, repository: unknown): Promise<{ files: string[]; artifacts: Awaited<ReturnType<typeof describeArtifacts>> }> {
  const dir = await mkdtemp(join(root, 'pkg-'));
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name, version, main: 'index.js', ...(repository === undefined ? {} : { repository }) }));
  await writeFile(join(dir, 'index.js'), `exports.v = ${JSON.stringify(version)};\n`);
  const out = join(dir, 'out');
  await mkdir(out);
  const files = await npmAdapter.build({ exec, logger, tools: {} }, { packageDir: dir, outDir: out, isolated: true });
  return { files, artifacts: await describeArtifacts(files) };
}

const publish = async (name: string, version: string, repository: unknown, credentials = { token: '', source: 'oidc' as const }) => {
  const p = await pack(name, version, repository);
  return npmAdapter.publish(env(), { registry: npmAdapter.registry(exchange.url), files: p.files, artifacts: p.artifacts, name, version, credentials, attempts: 1, baseDelayMs: 1 });
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'relay-npm-oidc-'));
  verdaccio = await startVerdaccio();
  exchange = await startTokenExchange({ upstream: verdaccio.url, publishToken: verdaccio.token, publisher: { repository: REPO, workflow: 'release.yml' } });
  provider = await startOidcProvider();
  // The package exists already (trusted publishing cannot create one): its first version went out with a token.
  await publish('tp-widget', '1.0.0', `git+https://github.com/${REPO}.git`, { token: verdaccio.token, source: 'input' as never });
}, 120_000);
afterAll(async () => {
  await exchange?.close();
  await verdaccio?.close();
  await provider?.close();
  await rm(root, { recursive: true, force: true });
});

describe('npm trusted publishing (OIDC)', () => {
  test('this machine\'s npm speaks trusted publishing', async () => {
    const v = (await exec('npm', ['--version'])).stdout.trim();
    expect(semver.gte(v, '11.5.1')).toBe(true);
  });

  test('publishes through the token exchange with no token given, a stray NODE_AUTH_TOKEN notwithstanding, and reports what npm matches', async () => {
    const saved = process.env.NODE_AUTH_TOKEN;
    process.env.NODE_AUTH_TOKEN = 'npm_stray_token_that_would_win';
    try {
      const before = exchange.exchanges.length;
      const r = await publish('tp-widget', '1.1.0', { type: 'git', url: `git+https://github.com/${REPO}.git` });
      expect(r.uploaded).toHaveLength(1);
      expect(exchange.exchanges.slice(before)).toEqual([{ name: 'tp-widget', outcome: 'ok' }]);
      expect((await fetchPackument({ registry: verdaccio.url, name: 'tp-widget', token: verdaccio.token }))?.versions['1.1.0']).toBeDefined();
      expect(logger.lines.join('\n')).toMatch(/npm trusted publishing will match repository acme\/widget, workflow release\.yml/);
      expect(logger.lines.join('\n')).toMatch(/warning: A token is configured in \$NODE_AUTH_TOKEN/);
      expect(provider.issued.some((i) => i.audience === 'npm:127.0.0.1')).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.NODE_AUTH_TOKEN;
      else process.env.NODE_AUTH_TOKEN = saved;
    }
  }, 120_000);

  test('a package.json repository naming another repository stops before the upload', async () => {
    const before = exchange.exchanges.length;
    const err = await rejection(publish('tp-widget', '1.2.0', 'https://github.com/someone/else'), 'NO_CREDENTIALS');
    expect(err.message).toContain('does not name acme/widget');
    expect(err.hint).toContain('git+https://github.com/acme/widget.git');
    expect(exchange.exchanges.length).toBe(before);
    expect((await fetchPackument({ registry: verdaccio.url, name: 'tp-widget', token: verdaccio.token }))?.versions['1.2.0']).toBeUndefined();
  }, 120_000);

  test('a first publish (package not on the registry) says it needs a token before trying', async () => {
    const before = exchange.exchanges.length;
    const err = await rejection(publish('tp-brand-new', '0.1.0', `https://github.com/${REPO}`));
    expect(err.message).toContain('does not exist on the registry yet');
    expect(err.hint).toContain('registry-token');
    expect(exchange.exchanges.length).toBe(before);
  }, 120_000);

  test('an exchange the registry refuses (other workflow) fails as a credentials problem naming the trusted publisher', async () => {
    provider.setClaims({ workflow_ref: `${REPO}/.github/workflows/other.yml@refs/heads/main` });
    try {
      const err = await rejection(publish('tp-widget', '1.3.0', `https://github.com/${REPO}`), 'NO_CREDENTIALS');
      expect(err.hint).toMatch(/trusted publisher on npmjs\.com/);
      expect(exchange.exchanges.at(-1)?.outcome).toMatch(/no trusted publisher/);
    } finally {
      provider.setClaims({ workflow_ref: WORKFLOW_REF });
    }
  }, 120_000);

  test('the token path still works and says so; stray tokens are found by name, never by value', async () => {
    expect(trustedPublishingFindings({ registry: 'npm', idTokenAvailable: true, tokenGiven: true })).toEqual([expect.objectContaining({ id: 'token-path' })]);
    const npmrc = join(root, 'stray.npmrc');
    await writeFile(npmrc, '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n');
    expect(await findStrayNpmTokens(readRunnerEnvironment({ NPM_TOKEN: 'npm_x', NODE_AUTH_TOKEN: '' }).npmTokenVariables ?? [], [npmrc, join(root, 'missing.npmrc')])).toEqual(['$NPM_TOKEN', npmrc]);
    const old = trustedPublishingFindings({ registry: 'npm', idTokenAvailable: true, tokenGiven: false, npmVersion: '10.9.2', repository: REPO, packageRepository: `github:${REPO}`, packageExists: true });
    expect(old.find((f) => f.level === 'error')).toMatchObject({ id: 'npm-cli-too-old', hint: expect.stringContaining('npm install -g npm@^11.5.1') });
    const pypi = trustedPublishingFindings({ registry: 'pypi', idTokenAvailable: true, tokenGiven: false, repository: REPO, workflowRef: `${REPO}/.github/workflows/ci.yml@refs/heads/main`, jobWorkflowRef: `${REPO}/.github/workflows/release.yml@refs/heads/main` });
    expect(pypi.find((f) => f.level === 'error')?.id).toBe('pypi-reusable-workflow');
    expect(trustedPublishingFindings({ registry: 'pypi', idTokenAvailable: false, tokenGiven: false })[0]).toMatchObject({ id: 'no-id-token', hint: expect.stringContaining('id-token: write') });
  });
});

describe('npm provenance, verified on the way back', () => {
  let sigstore: Awaited<ReturnType<typeof startSigstore>>;
  let served: { status: number; body: unknown };
  let server: Server;
  let base: string;
  const tarball = Buffer.from('the published tarball');
  const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
  const SIGNER = `https://github.com/${WORKFLOW_REF}`;

  /** An npm provenance bundle as `npm publish --provenance` makes one: SLSA v1 over pkg:npm/<name>@<version> and the tarball's sha512. */
  const provenanceBundle = async (sha512: string): Promise<unknown> => {
    const jwt = ((await (await fetch(`${provider.requestUrl}&audience=sigstore`, { headers: { authorization: `bearer ${provider.requestToken}` } })).json()) as { value: string }).value;
    const statement = { _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'pkg:npm/%40acme/tp-widget@2.0.0', digest: { sha512 } }], predicateType: SLSA_PROVENANCE_V1, predicate: { buildDefinition: { externalParameters: { workflow: { repository: `https://github.com/${REPO}`, path: '.github/workflows/release.yml' } } } } };
    return attest(Buffer.from(JSON.stringify(statement)), 'application/vnd.in-toto+json', { identityToken: jwt, fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL });
  };
  const verifyServed = () => verifyNpmProvenance({ registry: base, name: '@acme/tp-widget', version: '2.0.0', integrity, publisher: { repository: REPO, workflow: 'release.yml' }, trustedRoot: sigstore.trustedRoot, logger });

  beforeAll(async () => {
    sigstore = await startSigstore();
    provider.setClaims({ [FULCIO_SAN_CLAIM]: SIGNER });
    // The registry's attestations endpoint (verdaccio has none): serves whatever the test puts there.
    server = createServer((req, res) => {
      if (req.url !== '/-/npm/v1/attestations/@acme%2ftp-widget@2.0.0') return void res.writeHead(404).end();
      res.writeHead(served.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(served.body));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await sigstore?.close();
    await new Promise((r) => server?.close(r));
  });

  test('provenance for the served tarball from this workflow is verified; for other bytes it is refused; none at all fails', async () => {
    const sha512 = createHash('sha512').update(tarball).digest('hex');
    served = { status: 200, body: { attestations: [{ predicateType: SLSA_PROVENANCE_V1, bundle: await provenanceBundle(sha512) }] } };
    await expect(verifyServed()).resolves.toBe(SIGNER);

    served = { status: 200, body: { attestations: [{ predicateType: SLSA_PROVENANCE_V1, bundle: await provenanceBundle(createHash('sha512').update('other').digest('hex')) }] } };
    await expect(verifyServed()).rejects.toMatchObject({ code: 'PROVENANCE_MISMATCH', message: expect.stringContaining("not the served tarball's") });

    served = { status: 404, body: {} };
    await expect(verifyServed()).rejects.toMatchObject({ code: 'PROVENANCE_MISMATCH', message: expect.stringContaining('serves no provenance') });
  }, 60_000);
});
