import { afterEach, describe, expect, test } from '@jest/globals';
import Bottleneck from 'bottleneck/light.js';
import { createGitHubClient } from '../../src/actions/common/github-client.js';
import { isLoopbackUrl, throttleFor, yieldWithoutTimerFloor } from '../../src/github/throttle.js';
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
  /** Runs `work` and returns the delays of the timers set meanwhile, each with whether Bottleneck's yieldLoop set it. */
  async function timersDuring(work: () => Promise<unknown>): Promise<{ ms: number; fromYieldLoop: boolean }[]> {
    const original = globalThis.setTimeout;
    const timers: { ms: number; fromYieldLoop: boolean }[] = [];
    globalThis.setTimeout = ((fn: () => void, ms?: number) => {
      timers.push({ ms: ms ?? 0, fromYieldLoop: new Error().stack?.includes('yieldLoop') ?? false });
      return original(fn, ms);
    }) as typeof setTimeout;
    try {
      await work();
    } finally {
      globalThis.setTimeout = original;
    }
    return timers;
  }
  const zeroFromYieldLoop = (timers: { ms: number; fromYieldLoop: boolean }[]): number => timers.filter((t) => t.fromYieldLoop && t.ms === 0).length;

  test("requests through the suite's client wait on no 0 ms timer between limiters", async () => {
    server = await startGitHubApi({ owner: 'octo-org', repo: 'octo-pkg' });
    const gh = createGitHubClient({ token: 'ghs_testtoken123', baseUrl: server.url, retryAfterBaseMs: 5 });
    // A write passes plugin-retry's limiter, the throttle's retry limiter, the write group and the global group.
    expect(zeroFromYieldLoop(await timersDuring(() => gh.rest.issues.create({ owner: 'octo-org', repo: 'octo-pkg', title: 'one' })))).toBe(0);
    expect(zeroFromYieldLoop(await timersDuring(() => gh.rest.issues.listForRepo({ owner: 'octo-org', repo: 'octo-pkg' })))).toBe(0);
  });

  test('delays keep their timers: a yield of t > 0 ms, and the spacing of minTime', async () => {
    yieldWithoutTimerFloor();
    const store = (new Bottleneck() as unknown as { _store: { yieldLoop(t?: number): Promise<void> } })._store;
    expect((await timersDuring(() => store.yieldLoop(5))).map((t) => t.ms)).toEqual([5]);
    expect(await timersDuring(() => store.yieldLoop())).toEqual([]);
    // The second job waits out minTime on a timer (asked for, not timed: the job is dropped before it runs).
    const limiter = new Bottleneck({ maxConcurrent: 1, minTime: 60_000 });
    let second: Promise<unknown> | undefined;
    const timers: { ms: number; fromYieldLoop: boolean }[] = [];
    await timersDuring(async () => {
      await limiter.schedule(async () => undefined);
      second = limiter.schedule(async () => undefined);
      second.catch(() => undefined);
      // Bottleneck registers the job over a few event-loop turns (no I/O: the count of turns is fixed).
      for (let turn = 0; turn < 50 && limiter.counts().RUNNING === 0; turn++) await new Promise((resolve) => setImmediate(resolve));
    }).then((t) => timers.push(...t));
    expect(timers.some((t) => t.ms > 50_000)).toBe(true);
    await limiter.stop({ dropWaitingJobs: true });
    await expect(second).rejects.toThrow();
  });
});
