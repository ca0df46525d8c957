/**
 * The bundled quality-gate action (dist/quality-gate/index.js) run the way the runner runs it: `node` with
 * INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, GITHUB_WORKSPACE and RUNNER_TEMP, against
 * the loopback GitHub API fixture. An approving run sets its outputs and exits 0; a rejecting one sets its
 * outputs, opens the rejection issue and then exits non-zero.
 *
 * Build the bundle after changing src: `node scripts/bundle.mjs quality-gate`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { parseContext, serializeContext } from '../../src/core/context.js';
import { startGitHubApi, type GitHubApiFixture } from '../fixtures/github-api/server.js';
import { bundlePath, ensureBundle, runBundledAction, type ActionRun } from '../helpers/bundled-action.js';
import { gateRepo, GITHUB_TOKEN, OWNER, PYTHON, REPO, type GateRepo } from './gate-setup.js';

/** Runs the bundle in `repo` with `inputs` (input name → value), RUNNER_TEMP under the repo's temp root. */
function runAction(repo: GateRepo, name: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runBundledAction(bundlePath('quality-gate'), { workspace: repo.dir, scratch: join(repo.root, `runner-${name}`), inputs, runnerTemp: true, env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}` } });
}

let server: GitHubApiFixture;
let good: GateRepo;
let bad: GateRepo;
let approved: ActionRun;
let rejected: ActionRun;

beforeAll(async () => {
  await ensureBundle('quality-gate');
  server = await startGitHubApi({ owner: OWNER, repo: REPO });
  [good, bad] = await Promise.all([gateRepo('good'), gateRepo('good')]);
  // The rejected run's commit has a failed lint check, and the gate's own (still running) check run.
  server.setCheckRuns(bad.head, [
    { id: 31337, name: 'release / quality-gate', status: 'in_progress' },
    { name: 'lint', status: 'completed', conclusion: 'failure', html_url: `https://github.com/${OWNER}/${REPO}/actions/runs/9/job/10` },
  ]);
  const common = {
    python: PYTHON,
    'isolated-build': 'false',
    'install-args': '--no-index',
    'coverage-threshold': '50',
    'github-token': GITHUB_TOKEN,
    'github-api-url': server.url,
  };
  // Both runs are child processes: run them side by side.
  [approved, rejected] = await Promise.all([
    runAction(good, 'approve', { ...common, context: serializeContext(good.context), 'require-ci': 'false' }),
    runAction(bad, 'reject', { ...common, context: serializeContext(bad.context), 'require-ci': 'true', 'check-run-id': '31337', 'ci-timeout': '60' }),
  ]);
}, 150_000);

afterAll(async () => {
  await server?.close();
  good?.cleanup();
  bad?.cleanup();
});

describe('bundled quality-gate action', () => {
  test('an approving run sets approved, tests-passed, artifact-name and the context, and exits 0', () => {
    expect({ code: approved.code, stderr: approved.stderr }).toEqual({ code: 0, stderr: '' });
    const o = approved.outputs;
    expect(o.approved).toBe('true');
    expect(o['tests-passed']).toBe('3');
    expect(o['tests-failed']).toBe('0');
    expect(o['artifact-name']).toBe('release-1.0.0');
    expect(Number(o.coverage)).toBeGreaterThanOrEqual(50);
    expect(o['issue-url']).toBe('');
    // Default artifact dir: under RUNNER_TEMP, outside the working tree.
    expect(o['artifact-dir']).toBe(join(good.root, 'runner-approve', 'temp', 'release-relay', 'release-1.0.0'));
    const ctx = parseContext(o.context, 'publish-and-verify', 'output context');
    expect(ctx.id).toBe(good.context.id);
    expect(ctx.gate?.status).toBe('approved');
    expect((ctx.artifacts ?? []).map((a) => a.file).sort()).toEqual(['gate_sample-1.0.0-py3-none-any.whl', 'gate_sample-1.0.0.tar.gz']);
    expect(existsSync(join(o['artifact-dir'], 'release-context.json'))).toBe(true);
    for (const a of ctx.artifacts ?? []) expect(existsSync(join(o['artifact-dir'], a.file))).toBe(true);
    expect(approved.stdout).toContain('Approved gate-sample 1.0.0');
    expect(approved.summary).toContain('quality-gate');
    expect(approved.summary).toContain('Approved gate-sample 1.0.0');
  });

  test('a rejecting run writes its outputs, opens the issue, then exits non-zero', () => {
    expect(rejected.code).not.toBe(0);
    expect(rejected.stdout).toMatch(/::error.*Rejected gate-sample 1\.0\.0: ci: lint: failure/);
    const o = rejected.outputs;
    expect(o.approved).toBe('false');
    expect(o['tests-passed']).toBe('3');
    expect(o['artifact-name']).toBe('release-1.0.0');
    const ctx = parseContext(o.context, undefined, 'output context');
    expect(ctx.gate?.status).toBe('rejected');
    expect(ctx.gate?.reasons).toEqual([`ci: lint: failure https://github.com/${OWNER}/${REPO}/actions/runs/9/job/10`]);
    // The gate's own check run was excluded through check-run-id, or the run would have waited for it.
    expect(ctx.gate?.ci?.checks.map((c) => c.name)).toEqual(['lint']);
    expect(server.state.issues).toHaveLength(1);
    expect(server.state.issues[0].title).toBe('Release 1.0.0 blocked by the quality gate');
    expect(server.state.issues[0].body).toContain('lint: failure');
    expect(o['issue-url']).toBe(server.state.issues[0].html_url);
    expect(rejected.summary).toContain(`Rejection issue: ${server.state.issues[0].html_url}`);
    expect(existsSync(join(o['artifact-dir'], 'release-context.json'))).toBe(false);
    expect(server.violations).toEqual([]);
  });
});
