/**
 * quality-gate end to end (issue 3): waiting for the release commit's other CI checks against the loopback
 * GitHub API fixture, driven from the test while the gate polls. Each test gates the good fixture package
 * (its own repository and release commit) for real, so only CI decides.
 *
 * Sequential on purpose: the gate imports its GitHub modules lazily, and Jest refuses an import() made while
 * no test is running (which test.concurrent or runs started in beforeAll would do).
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import type { GateResult } from '../../src/stages/quality-gate.js';
import type { GitHubApiFixture } from '../fixtures/github-api/server.js';
import { gitHubGateWorld, OWNER, REPO } from './gate-setup.js';

const w = gitHubGateWorld();

afterAll(() => w.cleanup());

const checkRunReads = (s: GitHubApiFixture): number => s.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/check-runs')).length;

function ciCheck(result: GateResult): { ok: boolean; detail?: string } {
  const c = result.context.gate?.checks.find((x) => x.name === 'ci');
  if (!c) throw new Error('no ci check');
  return c;
}

describe('quality-gate waits for the commit\'s other CI checks', () => {
  test('checks that complete while the gate polls: approved after a few polls', async () => {
    const [repo, s] = await Promise.all([w.newRepo(), w.server()]);
    s.addCheckRun(repo.head, { name: 'build (3.12)', status: 'in_progress' });
    s.setStatuses(repo.head, [{ context: 'ci/docs', state: 'success', target_url: 'https://ci.example.test/docs/1' }]);
    // Complete the check run once the gate has seen it pending on 3 polls: driven by the gate's reads (an
    // event), not by the wall clock, so a slow machine cannot make it finish before the gate looked.
    let completedAfterReads = -1;
    const watcher = setInterval(() => {
      if (completedAfterReads >= 0 || checkRunReads(s) < 3) return;
      completedAfterReads = checkRunReads(s);
      s.completeCheckRun(repo.head, 'build (3.12)', 'success');
    }, 5);
    let result: GateResult;
    try {
      result = await w.gate(repo, s, { openIssue: false });
    } finally {
      clearInterval(watcher);
    }
    expect(result.decision).toMatch(/^Approved gate-sample 1\.0\.0: tests, build, clean install, ci passed/);
    expect(result.approved).toBe(true);
    // It saw the run pending on several polls, then completed on at least two identical ones.
    expect(completedAfterReads).toBeGreaterThanOrEqual(2);
    expect(checkRunReads(s)).toBeGreaterThanOrEqual(completedAfterReads + 2);
    expect(result.context.gate?.ci?.state).toBe('success');
    expect(result.context.gate?.ci?.checks.map((c) => [c.name, c.kind, c.state])).toEqual([
      ['build (3.12)', 'check_run', 'success'],
      ['ci/docs', 'status', 'success'],
    ]);
    expect(ciCheck(result)).toMatchObject({ ok: true, detail: '2 check(s) passed' });
    expect(s.state.issues).toEqual([]);
    expect(s.violations).toEqual([]);
  });

  test('a failing check rejects the release, listed with its URL, and opens the issue', async () => {
    const [repo, s] = await Promise.all([w.newRepo(), w.server()]);
    const url = `https://github.com/${OWNER}/${REPO}/actions/runs/77/job/78`;
    s.setCheckRuns(repo.head, [
      { name: 'lint', status: 'completed', conclusion: 'failure', html_url: url },
      { name: 'unit', status: 'completed', conclusion: 'success' },
    ]);
    const result = await w.gate(repo, s);
    expect(result.approved).toBe(false);
    expect(result.context.gate?.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(['ci']);
    expect(ciCheck(result).detail).toBe(`lint: failure ${url}`);
    expect(result.context.gate?.reasons).toEqual([`ci: lint: failure ${url}`]);
    expect(result.context.gate?.ci?.state).toBe('failure');
    // A failing check answers at once: no waiting for a stable picture.
    expect(checkRunReads(s)).toBe(1);
    expect(s.state.issues).toHaveLength(1);
    expect(s.state.issues[0].title).toBe('Release 1.0.0 blocked by the quality gate');
    expect(s.state.issues[0].body).toContain(url);
    expect(result.context.gate?.issue_url).toBe(s.state.issues[0].html_url);
    expect(s.violations).toEqual([]);
  });

  test("the gate's own check run (checkRunId) is not waited for", async () => {
    const [repo, s] = await Promise.all([w.newRepo(), w.server()]);
    s.setCheckRuns(repo.head, [
      { id: 424242, name: 'release / quality-gate', status: 'in_progress' },
      { name: 'unit', status: 'completed', conclusion: 'success' },
    ]);
    // Without the exclusion the in-progress run would hold the gate until the 20 s CI timeout.
    const result = await w.gate(repo, s, { checkRunId: 424242, openIssue: false });
    expect(result.approved).toBe(true);
    expect(result.context.gate?.ci?.checks.map((c) => c.name)).toEqual(['unit']);
    expect(s.violations).toEqual([]);
  });

  test('CI that never finishes times out and rejects, naming the pending check', async () => {
    const [repo, s] = await Promise.all([w.newRepo(), w.server()]);
    s.setCheckRuns(repo.head, [
      { name: 'integration', status: 'queued' },
      { name: 'unit', status: 'completed', conclusion: 'success' },
    ]);
    const result = await w.gate(repo, s, { ciTimeoutMs: 1500, openIssue: false });
    expect(result.approved).toBe(false);
    expect(result.context.gate?.ci?.state).toBe('timeout');
    expect(ciCheck(result)).toMatchObject({ ok: false, detail: 'CI did not finish within ci-timeout (1.5 s); pending: integration' });
    expect(checkRunReads(s)).toBeGreaterThanOrEqual(2);
    expect(s.state.issues).toEqual([]);
    expect(s.violations).toEqual([]);
  });
});
