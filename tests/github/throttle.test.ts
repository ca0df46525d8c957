import { afterEach, describe, expect, test } from '@jest/globals';
import Bottleneck from 'bottleneck/light.js';
import { createGitHubClient } from '../../src/actions/common/github-client.js';
import { isLoopbackUrl, throttleFor } from '../../src/github/throttle.js';
import { startGitHubApi, type GitHubApiFixture } from '../fixtures/github-api/server.js';
import { recordingLogger } from '../helpers/logger.js';


let server: GitHubApiFixture | undefined;
afterEach(async () => {
  if (!server) return;
  expect(server.violations).toEqual([]);
  await server.close();
  server = undefined;
});

describe('throttleFor', () => {
  test.each([
    ['http://127.0.0.1:40123', true],
    ['http://127.8.9.10/api', true],
    ['http://localhost:3000', true],
    ['http://[::1]:8080/', true],
    ['https://api.github.com', false],
    ['https://ghe.example.com/api/v3', false],
    ['http://127.0.0.1.example.com', false],
    ['not a url', false],
  ])('%s is loopback: %s', (url, loopback) => {
    expect(isLoopbackUrl(url)).toBe(loopback);
  });

  test("GitHub (and GitHub Enterprise) keep plugin-throttling's own spaced groups; loopback gets unspaced ones", () => {
    expect(throttleFor('https://api.github.com')).toEqual({});
    expect(throttleFor('https://ghe.example.com/api/v3')).toEqual({});
    const local = throttleFor('http://127.0.0.1:40123');
    expect(Object.keys(local).sort()).toEqual(['notifications', 'search', 'write']);
    for (const g of Object.values(local)) expect(g).toBeInstanceOf(Bottleneck.Group);
  });

  test('a client of a loopback API, with no throttle option, still waits out a secondary rate limit on a write', async () => {
    server = await startGitHubApi({ owner: 'octo-org', repo: 'octo-pkg' });
    const logger = recordingLogger();
    const gh = createGitHubClient({ token: 'ghs_testtoken123', baseUrl: server.url, logger, retryAfterBaseMs: 5 });
    server.failNext({ method: 'POST', match: '/issues', status: 403, secondaryRateLimit: true, retryAfter: 1, times: 1 });
    const first = await gh.rest.issues.create({ owner: 'octo-org', repo: 'octo-pkg', title: 'one' });
    const second = await gh.rest.issues.create({ owner: 'octo-org', repo: 'octo-pkg', title: 'two' });
    expect([first.data.title, second.data.title]).toEqual(['one', 'two']);
    expect(server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues')).map((r) => r.status)).toEqual([403, 201, 201]);
    expect(logger.lines.some((l) => l.startsWith('warning: GitHub secondary rate limit'))).toBe(true);
  });
});

describe('yieldWithoutTimerFloor', () => {
  /** Runs `work` and returns the 0 ms timers that Bottleneck's datastore scheduled meanwhile (each costs ≥ 1 ms). */
  async function zeroTimersFromYieldLoop(work: () => Promise<unknown>): Promise<number> {
    const original = globalThis.setTimeout;
    let count = 0;
    globalThis.setTimeout = ((fn: () => void, ms?: number) => {
      if (!ms && new Error().stack?.includes('yieldLoop')) count++;
      return original(fn, ms);
    }) as typeof setTimeout;
    try {
      await work();
    } finally {
      globalThis.setTimeout = original;
    }
    return count;
  }

  test('requests through the suite\'s client wait on no 0 ms timer between limiters; delays still wait', async () => {
    server = await startGitHubApi({ owner: 'octo-org', repo: 'octo-pkg' });
    const gh = createGitHubClient({ token: 'ghs_testtoken123', baseUrl: server.url, retryAfterBaseMs: 5 });
    // A write passes plugin-retry's limiter, the throttle's retry limiter, the write group and the global group.
    expect(await zeroTimersFromYieldLoop(() => gh.rest.issues.create({ owner: 'octo-org', repo: 'octo-pkg', title: 'one' }))).toBe(0);
    expect(await zeroTimersFromYieldLoop(() => gh.rest.issues.listForRepo({ owner: 'octo-org', repo: 'octo-pkg' }))).toBe(0);
    // A limiter of its own (the library, patched once per process) still yields, and still spaces jobs by minTime.
    const limiter = new Bottleneck({ maxConcurrent: 1, minTime: 30 });
    const at: number[] = [];
    await Promise.all([1, 2].map(() => limiter.schedule(async () => at.push(performance.now()))));
    expect(at[1] - at[0]).toBeGreaterThanOrEqual(25);
  });
});
