import Bottleneck from 'bottleneck/light.js';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';

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
