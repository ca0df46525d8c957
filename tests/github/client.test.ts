import { afterEach, describe, expect, test } from '@jest/globals';
import { readCiChecks } from '../../src/github/checks.js';
import { createGitHubClient } from '../../src/actions/common/github-client.js';
import { sha, startTestbed, type GitHubTestbed } from '../helpers/github.js';
import { recordingLogger } from '../helpers/logger.js';
import { rejection } from '../helpers/errors.js';

let tb: GitHubTestbed | undefined;
afterEach(async () => {
  if (!tb) return;
  expect(tb.server.violations).toEqual([]);
  await tb.server.close();
  tb = undefined;
});

const SHA = sha('d');
const statusesOf = (t: GitHubTestbed, suffix: string): number[] => t.server.requests.filter((r) => r.path.endsWith(suffix)).map((r) => r.status);

describe('createGitHubClient', () => {
  test('retries 502 twice, then succeeds', async () => {
    tb = await startTestbed();
    tb.server.setCheckRuns(SHA, [{ name: 'build', conclusion: 'success' }]);
    tb.server.failNext({ method: 'GET', match: '/check-runs', status: 502, times: 2 });
    const checks = await readCiChecks(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA });
    expect(checks.map((c) => c.name)).toEqual(['build']);
    expect(statusesOf(tb, '/check-runs')).toEqual([502, 502, 200]);
  });

  test('waits out a secondary rate limit (403 with retry-after) and succeeds', async () => {
    tb = await startTestbed();
    tb.server.failNext({ method: 'GET', match: '/status', status: 403, secondaryRateLimit: true, retryAfter: 1, times: 1 });
    const checks = await readCiChecks(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA });
    expect(checks).toEqual([]);
    expect(statusesOf(tb, '/status')).toEqual([403, 200]);
    expect(tb.logger.lines.some((l) => l.startsWith('warning: GitHub secondary rate limit') && l.includes('retrying after 1s'))).toBe(true);
  });

  test('waits out a primary rate limit (403, x-ratelimit-remaining 0) and succeeds', async () => {
    tb = await startTestbed();
    tb.server.failNext({ method: 'GET', match: '/check-runs', status: 403, retryAfter: 0, times: 1 });
    await readCiChecks(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA });
    expect(statusesOf(tb, '/check-runs')).toEqual([403, 200]);
    expect(tb.logger.lines.some((l) => l.startsWith('warning: GitHub rate limit'))).toBe(true);
  });

  test('retries a 429 and succeeds', async () => {
    tb = await startTestbed();
    tb.server.failNext({ method: 'GET', match: '/check-runs', status: 429, retryAfter: 0, times: 1 });
    await readCiChecks(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA });
    expect(statusesOf(tb, '/check-runs')).toEqual([429, 200]);
  });

  test('gives up after the configured retries with a transient GITHUB_FAILED', async () => {
    tb = await startTestbed({ retries: 2 });
    tb.server.failNext({ method: 'GET', match: '/check-runs', status: 503, times: 10 });
    const err = await rejection(readCiChecks(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA }), 'GITHUB_FAILED');
    expect(err.transient).toBe(true);
    expect(err.message).toContain('HTTP 503');
    expect(statusesOf(tb, '/check-runs')).toEqual([503, 503, 503]);
  });

  test('registers the token as a secret and sends it', async () => {
    tb = await startTestbed();
    expect(tb.logger.secrets).toEqual(['ghs_testtoken123']);
    const { headers } = await tb.gh.request('GET /repos/{owner}/{repo}/commits/{ref}/status', { owner: tb.owner, repo: tb.repo, ref: SHA });
    expect(headers['content-type']).toContain('application/json');
  });

  test('defaults baseUrl to api.github.com, takes another (GHES); refuses an empty token', () => {
    expect(createGitHubClient({ token: 't', baseUrl: 'https://ghe.example.com/api/v3' }).request.endpoint.DEFAULTS.baseUrl).toBe('https://ghe.example.com/api/v3');
    expect(createGitHubClient({ token: 't', logger: recordingLogger() }).request.endpoint.DEFAULTS.baseUrl).toBe('https://api.github.com');
    expect(() => createGitHubClient({ token: '' })).toThrow(expect.objectContaining({ code: 'NO_CREDENTIALS' }));
  });
});

describe('fixture server extras', () => {
  test('serves commits and comparisons', async () => {
    tb = await startTestbed();
    tb.server.addCommit(sha('1'), { message: 'feat: one' });
    tb.server.addCommit(sha('2'), { message: 'fix: two', parents: [sha('1')] });
    tb.server.addCommit(sha('3'), { message: 'feat: three', parents: [sha('2')] });
    const commit = await tb.gh.rest.repos.getCommit({ owner: tb.owner, repo: tb.repo, ref: sha('3') });
    expect(commit.data.commit.message).toBe('feat: three');
    const cmp = await tb.gh.rest.repos.compareCommitsWithBasehead({ owner: tb.owner, repo: tb.repo, basehead: `${sha('1')}...${sha('3')}` });
    expect(cmp.data).toMatchObject({ status: 'ahead', ahead_by: 2, behind_by: 0 });
    expect(cmp.data.commits.map((c) => c.commit.message)).toEqual(['fix: two', 'feat: three']);
    await expect(tb.gh.rest.repos.getCommit({ owner: tb.owner, repo: tb.repo, ref: sha('9') })).rejects.toMatchObject({ status: 422 });
  });
});
