import Bottleneck from 'bottleneck/light.js';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';

let yieldsPatched = false;

/**
 * Bottleneck (behind @octokit/plugin-throttling and @octokit/plugin-retry; unmaintained since 2019) yields
 * to the event loop with `setTimeout(resolve, 0)` several times per scheduled job, and Node runs a 0 ms
 * timer after 1 ms at the soonest. Every API request passes two to four limiters (plugin-retry's, the
 * throttle's retry limiter, the write group, the global group), so about 10–20 ms of each request was
 * spent waiting on those timers: 0.15 s of the demo's release against the loopback server, and the same
 * per request against GitHub. setImmediate yields to the event loop just the same, without the floor.
 * Delays (t > 0: spacing, retry-after) keep their timers. One Bottleneck module is bundled, so patching its
 * local datastore's prototype covers every limiter, the plugins' own included.
 */
export function yieldWithoutTimerFloor(): void {
  if (yieldsPatched) return;
  yieldsPatched = true;
  const store = Object.getPrototypeOf((new Bottleneck() as unknown as { _store: object })._store) as { yieldLoop(t?: number): Promise<void> };
  store.yieldLoop = function yieldLoop(this: { Promise: PromiseConstructor }, t = 0): Promise<void> {
    return new this.Promise<void>((resolve) => (t > 0 ? setTimeout(resolve, t) : setImmediate(resolve)));
  };
}

/** Whether `url` names this machine (127.0.0.0/8, ::1, localhost): a local stand-in for GitHub's API. */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Throttle settings for a client of `baseUrl`. GitHub asks integrators to space content-creating requests
 * (plugin-throttling waits 1 s between writes, 3 s between notification-triggering ones, 2 s between
 * searches); a server on loopback (the demo's and the tests' GitHub API) has no such limits, so there the
 * same groups keep one request at a time but add no spacing. Rate-limit answers (403/429 with retry-after)
 * are waited out either way. Anything else, GitHub and GitHub Enterprise included, keeps the defaults.
 */
export function throttleFor(baseUrl: string): Partial<ThrottlingOptions> {
  if (!isLoopbackUrl(baseUrl)) return {};
  const unspaced = (id: string): Bottleneck.Group => new Bottleneck.Group({ id, maxConcurrent: 1, minTime: 0 });
  return { write: unspaced('relay-loopback-write'), notifications: unspaced('relay-loopback-notifications'), search: unspaced('relay-loopback-search') };
}
