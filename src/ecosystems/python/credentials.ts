/**
 * The upload credential for a Python index: an API token given as input, or one minted through PyPI's
 * Trusted Publishing (GitHub OIDC ID token exchanged at `{index}/_/oidc/mint-token`).
 */
import { createStepContext, retry, type StepContext } from '../../core/combinators.js';
import { ReleaseError } from '../../core/errors.js';
import { fetchWithDeadline } from '../../core/http.js';
import type { Logger } from '../../core/log.js';
import { indexBase } from './index-api.js';

/** Options for getPublishToken. */
export interface PublishTokenOptions {
  /** API token (input `pypi-token`). Wins over OIDC when set. */
  token?: string;
  /** Index base, e.g. `https://pypi.org`; the OIDC endpoints live at `{base}/_/oidc/...`. */
  indexUrl: string;
  /** Whether to try Trusted Publishing when no token is given. */
  useOidc: boolean;
  /** ACTIONS_ID_TOKEN_REQUEST_URL (set by the runner when the job has `id-token: write`). */
  requestUrl?: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  requestToken?: string;
  logger: Logger;
  /** Defaults to the global fetch. */
  fetchImpl?: typeof fetch;
  /** Mint attempts (each with a fresh ID token). Defaults to 4. */
  mintAttempts?: number;
  /** First delay between mint attempts in ms. Defaults to 1000. */
  baseDelayMs?: number;
  /** Replaceable wait (tests). Defaults to a real timer. */
  sleep?: StepContext['sleep'];
  signal?: AbortSignal;
  /** Time one request may take, in ms. Defaults to 60 s. */
  requestTimeoutMs?: number;
}

/** A credential ready for twine: user `__token__`, this password. */
export interface PublishToken {
  token: string;
  source: 'input' | 'oidc';
  /** Epoch ms after which a minted token is refused (PyPI: 15 minutes). */
  expiresAt?: number;
}

const OIDC_HINT_PERMISSION = 'Pass input `pypi-token`, or use Trusted Publishing: configure a publisher on PyPI and grant the job `permissions: id-token: write`.';

/**
 * Returns the token to upload with, masked in logs. Throws NO_CREDENTIALS (before anything is uploaded)
 * when there is neither a token nor an OIDC environment, OIDC_REFUSED when the index refuses the exchange.
 */
export async function getPublishToken(opts: PublishTokenOptions): Promise<PublishToken> {
  if (opts.token) {
    opts.logger.setSecret(opts.token);
    return { token: opts.token, source: 'input' };
  }
  if (!opts.useOidc) {
    throw new ReleaseError('NO_CREDENTIALS', `No token for ${indexBase(opts.indexUrl)} was given and Trusted Publishing is turned off.`, OIDC_HINT_PERMISSION);
  }
  if (!opts.requestUrl || !opts.requestToken) {
    throw new ReleaseError(
      'NO_CREDENTIALS',
      `No token for ${indexBase(opts.indexUrl)} was given, and the job cannot request an OIDC ID token (ACTIONS_ID_TOKEN_REQUEST_URL is not set).`,
      OIDC_HINT_PERMISSION,
    );
  }
  const doFetch = opts.fetchImpl ?? fetch;
  let audience: string | undefined;
  const ctx: StepContext = { ...createStepContext('publish-and-verify', opts.logger), sleep: opts.sleep, signal: opts.signal };
  // Each attempt asks the runner for a FRESH ID token: PyPI accepts every JWT once, even if the mint failed.
  const mint = retry<void, PublishToken>(
    async () => {
      audience ??= await fetchAudience(opts, doFetch);
      const jwt = await requestIdToken(opts, audience, doFetch);
      return mintToken(opts, jwt, doFetch);
    },
    { attempts: opts.mintAttempts ?? 4, baseDelayMs: opts.baseDelayMs ?? 1000, maxDelayMs: 15000 },
  );
  const minted = await mint(undefined, ctx);
  opts.logger.info(`Minted a short-lived upload token through Trusted Publishing (expires ${new Date(minted.expiresAt ?? 0).toISOString()}).`);
  return minted;
}

async function fetchAudience(opts: PublishTokenOptions, doFetch: typeof fetch): Promise<string> {
  const url = `${indexBase(opts.indexUrl)}/_/oidc/audience`;
  const res = await call(doFetch, url, { signal: opts.signal }, opts.requestTimeoutMs);
  if (res.status === 403 || res.status === 404) {
    throw new ReleaseError('OIDC_REFUSED', `${indexBase(opts.indexUrl)} does not offer Trusted Publishing (${url} answered ${res.status}).`, 'Pass input `pypi-token` for this index, or check input `registries`.');
  }
  if (!res.ok) throw httpError(url, res);
  const body = (await res.json().catch(() => ({}))) as { audience?: unknown };
  if (typeof body.audience !== 'string' || !body.audience) {
    throw new ReleaseError('OIDC_REFUSED', `${url} did not name an audience.`, 'Check input `registries`: it should be the index base, e.g. https://pypi.org.');
  }
  return body.audience;
}

/** Asks the runner for a fresh OIDC ID token for `audience` (also `sigstore`, for attestations); masked. */
export async function requestIdToken(opts: Pick<PublishTokenOptions, 'requestUrl' | 'requestToken' | 'logger' | 'signal' | 'requestTimeoutMs'>, audience: string, doFetch: typeof fetch): Promise<string> {
  const base = opts.requestUrl as string;
  const url = `${base}${base.includes('?') ? '&' : '?'}audience=${encodeURIComponent(audience)}`;
  const res = await call(doFetch, url, { headers: { Authorization: `bearer ${opts.requestToken}`, Accept: 'application/json' }, signal: opts.signal }, opts.requestTimeoutMs);
  if (res.status >= 500) throw httpError('the ID token endpoint', res);
  if (!res.ok) {
    throw new ReleaseError('NO_CREDENTIALS', `The runner refused an OIDC ID token for audience "${audience}" (${res.status} ${res.statusText}).`, 'Grant the publish job `permissions: id-token: write`, or pass input `pypi-token`.');
  }
  const body = (await res.json().catch(() => ({}))) as { value?: unknown };
  if (typeof body.value !== 'string' || !body.value) {
    throw new ReleaseError('NO_CREDENTIALS', 'The runner answered the ID token request without a token.', 'Grant the publish job `permissions: id-token: write`, or pass input `pypi-token`.');
  }
  opts.logger.setSecret(body.value);
  return body.value;
}

async function mintToken(opts: PublishTokenOptions, jwt: string, doFetch: typeof fetch): Promise<PublishToken> {
  const url = `${indexBase(opts.indexUrl)}/_/oidc/mint-token`;
  const res = await call(doFetch, url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: jwt }), signal: opts.signal }, opts.requestTimeoutMs);
  if (res.status >= 500 || res.status === 429) throw httpError(url, res);
  const body = (await res.json().catch(() => ({}))) as { success?: boolean; token?: unknown; expires?: unknown; errors?: { code?: string; description?: string }[] };
  if (res.ok && typeof body.token === 'string' && body.token) {
    opts.logger.setSecret(body.token);
    const expiresAt = typeof body.expires === 'number' ? body.expires * 1000 : Date.now() + 15 * 60 * 1000;
    return { token: body.token, source: 'oidc', expiresAt };
  }
  const errors = body.errors ?? [];
  const codes = errors.map((e) => e.code ?? 'unknown');
  const detail = errors.map((e) => `${e.code}: ${e.description ?? ''}`.trim()).join('; ') || `${res.status} ${res.statusText}`;
  throw new ReleaseError('OIDC_REFUSED', `${indexBase(opts.indexUrl)} refused to mint an upload token (${detail}).`, mintHint(codes));
}

/** The likely cause of a refused exchange, by the first error code that has a known fix. */
function mintHint(codes: string[]): string {
  if (codes.includes('invalid-publisher')) {
    return 'No trusted publisher matches this workflow. Configure one on PyPI (project → Publishing) for this repository and workflow file, or — if the publish job runs inside a reusable workflow — note that PyPI matches the CALLER\'s workflow file: run publish-and-verify in the caller\'s workflow, not in the reusable one.';
  }
  if (codes.includes('not-enabled')) return 'Trusted Publishing is turned off on this index; pass input `pypi-token` instead.';
  if (codes.includes('invalid-reuse-token')) return 'The ID token was already used; every exchange needs a fresh one. Re-run the job.';
  if (codes.includes('invalid-token')) return 'The index rejected the ID token (audience, issuer or expiry). Check input `registries` and that the job has `permissions: id-token: write`.';
  return 'Check the Trusted Publishing configuration on the index, or pass input `pypi-token`.';
}

async function call(doFetch: typeof fetch, url: string, init: RequestInit, timeoutMs?: number): Promise<Response> {
  try {
    return await fetchWithDeadline(url, init, { fetchImpl: doFetch, timeoutMs, signal: init.signal ?? undefined });
  } catch (err) {
    if (err instanceof ReleaseError) throw err;
    throw new ReleaseError('REGISTRY_DOWN', `Could not reach ${url.split('?')[0]}: ${(err as Error).message}`, 'Check the network and input `registries`; the request is retried.', {
      transient: true,
      cause: err,
    });
  }
}

function httpError(what: string, res: Response): ReleaseError {
  return new ReleaseError('REGISTRY_DOWN', `${what.split('?')[0]} answered ${res.status} ${res.statusText}`, 'The service is having trouble; the request is retried. Check https://status.python.org if it persists.', {
    transient: true,
  });
}
