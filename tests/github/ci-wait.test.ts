/**
 * The gate's CI wait (issue 11, items 2 and 11): it lasts until ci-timeout with a last poll at the deadline,
 * keeps its guard against late checks inside the deadline, and a GitHub API that never answers is cut per
 * request and reported by endpoint. Time is virtual (sleep advances the clock) except for the hang case,
 * which uses a 300 ms request timeout and asserts on the error, not on durations.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { createGitHubClient } from '../../src/actions/common/github-client.js';
import { waitForCi } from '../../src/github/checks.js';
import { startHangServer } from '../fixtures/hang-server.js';
import { recordRow } from '../helpers/reliability-rows.js';
import { sha, startTestbed, type GitHubTestbed } from '../helpers/github.js';

let tb: GitHubTestbed;
beforeEach(async () => {
  tb = await startTestbed();
});
afterEach(async () => {
  await tb.server.close();
});

const SHA = sha('c');

/** Virtual time: `sleep` advances the clock; `at(ms, fn)` runs fn once the clock has passed ms. */
function virtualTime(): { sleep: (ms: number) => Promise<void>; now: () => number; at: (ms: number, fn: () => void) => void } {
  let clock = 0;
  const events: { ms: number; fn: () => void; done?: boolean }[] = [];
  const fire = (): void => {
    for (const e of events) {
      if (e.done || clock < e.ms) continue;
      e.done = true;
      e.fn();
    }
  };
  return {
    now: () => clock,
    sleep: async (ms) => {
      clock += ms;
      fire();
    },
    at: (ms, fn) => void events.push({ ms, fn }),
  };
}

describe('11. the CI wait lasts until its deadline', () => {
  test('ci-timeout 30 s, every check green 12 s in: approved (it used to reject after 25 s with "pending:" and no names)', async () => {
    tb.server.setCheckRuns(SHA, [{ name: 'test', status: 'in_progress' }, { name: 'lint', status: 'queued' }]);
    const time = virtualTime();
    time.at(12_000, () => {
      tb.server.completeCheckRun(SHA, 'test', 'success');
      tb.server.completeCheckRun(SHA, 'lint', 'success');
    });
    const result = await waitForCi(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA, timeoutMs: 30_000, pollMs: 10_000, ...time });
    expect(result.state).toBe('success');
    expect(result.checks.map((c) => c.state)).toEqual(['success', 'success']);
    expect(time.now()).toBeLessThanOrEqual(30_000);
  });

  test('ci-timeout 20 s with checks that never finish: the last poll is at 20 s, not at 10 s', async () => {
    tb.server.setCheckRuns(SHA, [{ name: 'slow', status: 'in_progress' }]);
    const time = virtualTime();
    const result = await waitForCi(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA, timeoutMs: 20_000, pollMs: 10_000, ...time });
    expect(result.state).toBe('timeout');
    expect(time.now()).toBe(20_000);
    expect(result.checks.map((c) => [c.name, c.state])).toEqual([['slow', 'in_progress']]);
  });

  test('a check that registers late is still caught by the settle poll inside the deadline', async () => {
    tb.server.setCheckRuns(SHA, [{ name: 'build', conclusion: 'success' }]);
    const time = virtualTime();
    time.at(1, () => tb.server.setCheckRuns(SHA, [{ name: 'build', conclusion: 'success' }, { name: 'late', conclusion: 'failure' }]));
    const result = await waitForCi(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA, timeoutMs: 30_000, pollMs: 10_000, ...time });
    expect(result.state).toBe('failure');
  });
});

describe('2. a GitHub API that accepts and never answers', () => {
  test('each CI poll is cut at request-timeout; the wait ends at ci-timeout naming the endpoint', async () => {
    const h = await startHangServer();
    try {
      const gh = createGitHubClient({ token: 'ghs_x', baseUrl: h.url, retries: 0, requestTimeoutMs: 300 });
      const time = virtualTime();
      const started = Date.now();
      const result = await waitForCi(gh, { owner: 'o', repo: 'r', sha: SHA, timeoutMs: 20_000, pollMs: 10_000, ...time });
      recordRow({ table: 'hangs', step: 'gate: CI wait (GitHub API)', fault: 'request-timeout 300 ms, no client retry, ci-timeout 20 s (virtual clock)', outcome: `${result.state}: ${result.error ?? ''}`, ms: Date.now() - started, notes: 'was: ci-timeout 20 still waiting at 700 s; here 3 polls (0, 10, 20 s virtual), each cut at 300 ms' });
      expect(result.state).toBe('timeout');
      expect(result.error).toMatch(new RegExp(`GET ${h.url}/repos/o/r/commits/${SHA}/check-runs\\S* did not answer within 300 ms`));
      expect(h.requests.length).toBe(3); // polls at 0, 10 and 20 s (virtual)
    } finally {
      await h.close();
    }
  }, 30_000);
});
