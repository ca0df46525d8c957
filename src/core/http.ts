/**
 * HTTP with a deadline on every request: the one place that turns "the server accepted and never answered"
 * into a ReleaseError naming the endpoint and the time it was given. Also keeps credentials that a user put
 * in a URL (`https://user:pass@host/`) out of URLs, messages and logs.
 */
import { ReleaseError } from './errors.js';

/** Default time one HTTP request may take, in ms (input `request-timeout`). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;

/** Options for fetchWithDeadline. */
export interface DeadlineFetchOptions {
  /** Abort the request (and its body) after this many ms. Defaults to DEFAULT_REQUEST_TIMEOUT_MS. */
  timeoutMs?: number;
  /** An outer signal (a stage deadline); aborting it aborts the request too. */
  signal?: AbortSignal;
  /** Defaults to the global fetch. */
  fetchImpl?: typeof fetch;
}

/** A request that got no answer in time; `transient` (a later attempt may be answered). */
export class RequestTimeoutError extends ReleaseError {
  readonly url: string;
  readonly elapsedMs: number;
  constructor(method: string, url: string, timeoutMs: number, elapsedMs: number) {
    super(
      'TIMEOUT',
      `${method} ${redactUrl(url)} did not answer within ${formatMs(timeoutMs)} (gave up after ${formatMs(elapsedMs)})`,
      `Check that ${hostOf(url)} is reachable and healthy, or raise input \`request-timeout\` (seconds per request).`,
      { transient: true },
    );
    this.name = 'RequestTimeoutError';
    this.url = redactUrl(url);
    this.elapsedMs = elapsedMs;
  }
}

/**
 * fetch with its own deadline: the request and the reading of its body are aborted after `timeoutMs`
 * (AbortSignal.timeout), and a timeout becomes a RequestTimeoutError. Userinfo in the URL is moved into an
 * Authorization: Basic header (fetch refuses URLs with credentials) and never appears in an error.
 */
export async function fetchWithDeadline(url: string, init: RequestInit = {}, opts: DeadlineFetchOptions = {}): Promise<Response> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const { url: bare, authorization } = splitCredentials(url);
  const headers = new Headers(init.headers);
  if (authorization && !headers.has('authorization')) headers.set('authorization', authorization);
  const timer = AbortSignal.timeout(timeoutMs);
  const signal = opts.signal ? AbortSignal.any([timer, opts.signal]) : timer;
  const started = Date.now();
  try {
    return await (opts.fetchImpl ?? fetch)(bare, { ...init, headers, signal });
  } catch (err) {
    if (timer.aborted && !opts.signal?.aborted) throw new RequestTimeoutError(init.method ?? 'GET', bare, timeoutMs, Date.now() - started);
    throw redactError(err, url);
  }
}

/** Whether `err` (or its cause chain) is a request that timed out. */
export function isRequestTimeout(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof RequestTimeoutError || (e as { name?: string }).name === 'TimeoutError') return true;
  }
  return false;
}

/** The URL without userinfo, and an Authorization header carrying it (undefined when there is none). */
export function splitCredentials(url: string): { url: string; authorization?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url };
  }
  if (!parsed.username && !parsed.password) return { url };
  const user = decodeURIComponent(parsed.username);
  const pass = decodeURIComponent(parsed.password);
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.toString(), authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}` };
}

/** The values a logger must mask for this URL: its user name, password and their encoded forms. */
export function urlSecrets(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const out = new Set<string>();
  for (const v of [parsed.password, parsed.username]) {
    if (!v) continue;
    out.add(v);
    out.add(decodeURIComponent(v));
  }
  return [...out];
}

/** Replaces the userinfo of every URL in `text` with `***` (`https://***@host/`). */
export function redactUrl(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}

/** The error with any credentials of `url` removed from its message. */
function redactError(err: unknown, url: string): unknown {
  if (!(err instanceof Error)) return err;
  const secrets = urlSecrets(url);
  let message = redactUrl(err.message);
  for (const s of secrets) message = message.split(s).join('***');
  if (message === err.message) return err;
  const copy = new Error(message);
  copy.name = err.name;
  return copy;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the server';
  }
}

/** `250 ms`, `1.5 s`, `90 s`. */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
