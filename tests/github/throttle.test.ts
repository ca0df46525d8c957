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
