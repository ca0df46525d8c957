import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { blockingIssueTitle, upsertBlockingIssue } from '../../src/github/issues.js';
import { startTestbed, type GitHubTestbed } from '../helpers/github.js';

let tb: GitHubTestbed;
beforeEach(async () => {
  tb = await startTestbed();
});
afterEach(async () => {
  expect(tb.server.violations).toEqual([]);
  await tb.server.close();
});

const base = (): { owner: string; repo: string; version: string } => ({ owner: tb.owner, repo: tb.repo, version: '1.4.0' });

describe('upsertBlockingIssue', () => {
  test('the first rejection opens the issue, the second updates it and comments (one issue in total)', async () => {
    const first = await upsertBlockingIssue(tb.gh, { ...base(), body: 'coverage 71% < 80%' });
    expect(first.created).toBe(true);
    expect(first.url).toBe(`${tb.server.url}/octo-org/octo-pkg/issues/1`);
    const issue = tb.server.state.issues[0];
    expect(issue.title).toBe('Release 1.4.0 blocked by the quality gate');
    expect(issue.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['release-blocked']);

    const second = await upsertBlockingIssue(tb.gh, { ...base(), body: 'tests failed: test_parse' });
    expect(second).toEqual({ url: first.url, number: first.number, created: false });
    expect(tb.server.state.issues).toHaveLength(1);
    expect(tb.server.state.issues[0].body).toBe('tests failed: test_parse');
    expect(tb.server.state.comments).toHaveLength(1);
    expect(tb.server.state.comments[0].body).toContain('tests failed: test_parse');
  });

  test('an issue for another version, or with the title but not the label, is not reused', async () => {
    await upsertBlockingIssue(tb.gh, { ...base(), version: '1.3.0', body: 'old' });
    await tb.gh.rest.issues.create({ owner: tb.owner, repo: tb.repo, title: blockingIssueTitle('1.4.0'), body: 'hand-made, unlabelled' });
    const result = await upsertBlockingIssue(tb.gh, { ...base(), body: 'new' });
    expect(result.created).toBe(true);
    expect(result.number).toBe(3);
  });

  test('a closed issue with the same title stays closed and a new one is opened', async () => {
    const first = await upsertBlockingIssue(tb.gh, { ...base(), body: 'first' });
    await tb.gh.rest.issues.update({ owner: tb.owner, repo: tb.repo, issue_number: first.number, state: 'closed' });
    const second = await upsertBlockingIssue(tb.gh, { ...base(), body: 'second' });
    expect(second.created).toBe(true);
    expect(second.number).not.toBe(first.number);
    expect(tb.server.state.issues.map((i) => i.state)).toEqual(['closed', 'open']);
  });

  test('a create whose response was lost (502 after the issue was made) does not open a duplicate', async () => {
    tb.server.failNext({ method: 'POST', match: /\/issues$/, status: 502, times: 1, afterHandling: true });
    const result = await upsertBlockingIssue(tb.gh, { ...base(), body: 'x', retryDelayMs: 1 });
    expect(result.created).toBe(true);
    expect(tb.server.state.issues).toHaveLength(1);
    expect(tb.server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues')).map((r) => r.status)).toEqual([502]);
  });

  test('a create that times out is re-listed before another attempt', async () => {
    tb.server.delayNext({ method: 'POST', match: /\/issues$/, ms: 1500, times: 1 });
    const result = await upsertBlockingIssue(tb.gh, { ...base(), body: 'x', createTimeoutMs: 200, retryDelayMs: 1 });
    expect(result.created).toBe(true);
    expect(tb.server.state.issues).toHaveLength(1);
  });

  test('a create that really failed is retried and then succeeds', async () => {
    tb.server.failNext({ method: 'POST', match: /\/issues$/, status: 503, times: 1 });
    const result = await upsertBlockingIssue(tb.gh, { ...base(), body: 'x', retryDelayMs: 1 });
    expect(result.created).toBe(true);
    expect(tb.server.state.issues).toHaveLength(1);
    expect(tb.server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues')).map((r) => r.status)).toEqual([503, 201]);
  });

  test('a rate limit that outlasts the retries fails with GITHUB_FAILED and says so', async () => {
    tb.server.failNext({ method: 'GET', match: /\/issues$/, status: 403, times: 10, retryAfter: 0 });
    await expect(upsertBlockingIssue(tb.gh, { ...base(), body: 'x' })).rejects.toMatchObject({
      code: 'GITHUB_FAILED',
      hint: expect.stringContaining('rate-limited'),
    });
    // One request and three retries (retries: 3), then the handler gives up.
    expect(tb.server.requests.filter((r) => r.path.endsWith('/issues')).map((r) => r.status)).toEqual([403, 403, 403, 403]);
    expect(tb.logger.lines.filter((l) => l.includes('giving up'))).toHaveLength(1);
    expect(tb.server.state.issues).toHaveLength(0);
  });
});
