import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { describeFailingChecks, readCiChecks, waitForCi } from '../../src/github/checks.js';
import { sha, startTestbed, type GitHubTestbed } from '../helpers/github.js';

let tb: GitHubTestbed;
beforeEach(async () => {
  tb = await startTestbed();
});
afterEach(async () => {
  expect(tb.server.violations).toEqual([]);
  await tb.server.close();
});

const SHA = sha('a');

/** A virtual clock: `sleep` advances it and runs a hook per poll, so no test really waits. */
function virtualTime(onSleep: (n: number) => void = () => undefined): { sleep: (ms: number) => Promise<void>; now: () => number; sleeps: number[] } {
  let clock = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => clock,
    sleep: async (ms) => {
      clock += ms;
      sleeps.push(ms);
      onSleep(sleeps.length);
    },
  };
}

const checkRunPolls = (tb: GitHubTestbed): number => tb.server.requests.filter((r) => r.path.endsWith('/check-runs')).length;

describe('waitForCi', () => {
  test('waits for checks that finish after a few polls', async () => {
    tb.server.setCheckRuns(SHA, [{ name: 'test (3.12)', status: 'in_progress' }, { name: 'lint', status: 'queued' }]);
    const time = virtualTime((n) => {
      if (n === 1) tb.server.completeCheckRun(SHA, 'lint', 'success');
      if (n === 3) tb.server.completeCheckRun(SHA, 'test (3.12)', 'success');
    });
    const result = await waitForCi(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA, timeoutMs: 600_000, pollMs: 1000, ...time });
    expect(result.state).toBe('success');
    expect(result.checks.map((c) => [c.name, c.state])).toEqual([['lint', 'success'], ['test (3.12)', 'success']]);
    // Three pending observations, then two identical complete ones (the stable window).
    expect(checkRunPolls(tb)).toBe(5);
    expect(time.sleeps).toEqual([1000, 1500, 2250, 3375]);
  });

  test('a failing check answers failure at once, listed with its URL', async () => {
    tb.server.setCheckRuns(SHA, [
      { name: 'build', conclusion: 'success' },
      { name: 'test', conclusion: 'failure', html_url: 'https://github.com/octo-org/octo-pkg/actions/runs/9/job/10' },
      { name: 'docs', status: 'in_progress' },
    ]);
    const result = await waitForCi(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA, timeoutMs: 60_000, ...virtualTime() });
    expect(result.state).toBe('failure');
    expect(result.checks).toContainEqual({ name: 'test', kind: 'check_run', state: 'failure', url: 'https://github.com/octo-org/octo-pkg/actions/runs/9/job/10' });
    expect(describeFailingChecks(result.checks)).toEqual(['test (check: failure) https://github.com/octo-org/octo-pkg/actions/runs/9/job/10']);
    expect(checkRunPolls(tb)).toBe(1);
  });

  test('neutral and skipped count as success', async () => {
    tb.server.setCheckRuns(SHA, [{ name: 'a', conclusion: 'neutral' }, { name: 'b', conclusion: 'skipped' }, { name: 'c', conclusion: 'success' }]);
    const result = await waitForCi(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA, timeoutMs: 60_000, ...virtualTime() });
    expect(result.state).toBe('success');
  });

  test("the gate's own check run is excluded by id (else it would wait for itself)", async () => {
    tb.server.setCheckRuns(SHA, [{ name: 'build', conclusion: 'success' }, { name: 'quality-gate', id: 4242, status: 'in_progress' }]);
    const own = await waitForCi(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA, timeoutMs: 60_000, excludeCheckRunIds: [4242], ...virtualTime() });
    expect(own.state).toBe('success');
    expect(own.checks.map((c) => c.name)).toEqual(['build']);
    const byName = await waitForCi(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA, timeoutMs: 60_000, excludeNames: ['quality-gate'], ...virtualTime() });
    expect(byName.state).toBe('success');
    const notExcluded = await waitForCi(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA, timeoutMs: 20_000, ...virtualTime() });
    expect(notExcluded.state).toBe('timeout');
  });

  test('a check run that appears late is caught by the stable window', async () => {
    tb.server.setCheckRuns(SHA, [{ name: 'build', conclusion: 'success' }]);
    const time = virtualTime((n) => {
      if (n === 1) tb.server.addCheckRun(SHA, { name: 'integration', status: 'queued' });
      if (n === 2) tb.server.completeCheckRun(SHA, 'integration', 'failure');
    });
    const result = await waitForCi(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA, timeoutMs: 600_000, pollMs: 1000, ...time });
    expect(result.state).toBe('failure');
    expect(result.checks.find((c) => c.name === 'integration')?.state).toBe('failure');
  });

  test('without a stable window the same late check would be missed', async () => {
    tb.server.setCheckRuns(SHA, [{ name: 'build', conclusion: 'success' }]);
    const time = virtualTime((n) => {
      if (n === 1) tb.server.addCheckRun(SHA, { name: 'integration', status: 'queued' });
    });
    const result = await waitForCi(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA, timeoutMs: 600_000, stablePolls: 1, ...time });
    expect(result.state).toBe('success');
    expect(result.checks.map((c) => c.name)).toEqual(['build']);
  });

  test('no checks at all answers none after the stable window', async () => {
    const time = virtualTime();
    const result = await waitForCi(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA, timeoutMs: 600_000, stablePolls: 3, ...time });
    expect(result).toEqual({ state: 'none', checks: [] });
    expect(checkRunPolls(tb)).toBe(3);
  });

  test('times out while a check stays pending, reporting what it saw', async () => {
    tb.server.setCheckRuns(SHA, [{ name: 'slow', status: 'in_progress' }]);
    const time = virtualTime();
    const result = await waitForCi(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA, timeoutMs: 30_000, pollMs: 5000, ...time });
    expect(result.state).toBe('timeout');
    expect(result.checks).toEqual([expect.objectContaining({ name: 'slow', state: 'in_progress' })]);
    expect(time.now()).toBeLessThanOrEqual(30_000);
  });

  test('reads every page of check runs (100 a page)', async () => {
    tb.server.setCheckRuns(SHA, Array.from({ length: 250 }, (_, i) => ({ name: `job-${i}`, conclusion: 'success' as const })));
    const checks = await readCiChecks(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA });
    expect(checks).toHaveLength(250);
    expect(checkRunPolls(tb)).toBe(3);
  });
});

describe('combined commit status', () => {
  test('a pending status is waited for, then success', async () => {
    tb.server.setStatuses(SHA, [{ context: 'ci/jenkins', state: 'pending' }]);
    const time = virtualTime((n) => {
      if (n === 2) tb.server.setStatuses(SHA, [{ context: 'ci/jenkins', state: 'success', target_url: 'https://ci.example.com/1' }]);
    });
    const result = await waitForCi(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA, timeoutMs: 600_000, ...time });
    expect(result.state).toBe('success');
    expect(result.checks).toEqual([{ name: 'ci/jenkins', kind: 'status', state: 'success', url: 'https://ci.example.com/1' }]);
  });

  test('a failing status fails, with its target URL', async () => {
    tb.server.setCheckRuns(SHA, [{ name: 'build', conclusion: 'success' }]);
    tb.server.setStatuses(SHA, [{ context: 'ci/circleci', state: 'error', target_url: 'https://ci.example.com/2' }]);
    const result = await waitForCi(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA, timeoutMs: 600_000, ...virtualTime() });
    expect(result.state).toBe('failure');
    expect(describeFailingChecks(result.checks)).toEqual(['ci/circleci (status: error) https://ci.example.com/2']);
  });

  test("combined state 'pending' with no statuses at all does not hold the gate", async () => {
    tb.server.setCheckRuns(SHA, [{ name: 'build', conclusion: 'success' }]);
    const combined = await tb.gh.rest.repos.getCombinedStatusForRef({ owner: tb.owner, repo: tb.repo, ref: SHA });
    expect(combined.data.state).toBe('pending');
    expect(combined.data.total_count).toBe(0);
    const result = await waitForCi(tb.gh, { owner: tb.owner, repo: tb.repo, sha: SHA, timeoutMs: 600_000, ...virtualTime() });
    expect(result.state).toBe('success');
  });
});
