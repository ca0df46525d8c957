/**
 * prepare-release as the runner runs it (dist/prepare-release/index.js): the job summary carries the
 * doctor's findings (the same checks `release-relay doctor` prints), and the release commit is authored
 * by the repository's git identity when one is configured, by github-actions[bot] only when none is, and
 * by the git-user-name/-email inputs when they are given.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePrepareBundle, PREPARE_BUNDLE, runBundledAction } from '../helpers/bundled-action.js';
import { git } from '../helpers/repo.js';
import { releasableRepo } from '../helpers/release-repo.js';
import { cleanupAfter } from '../helpers/cleanup.js';

const FRESH_RUNNER = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const cleanups = cleanupAfter();
beforeAll(async () => {
  await ensurePrepareBundle();
});

async function setup() {
  const r = await releasableRepo();
  const scratch = mkdtempSync(join(tmpdir(), 'relay-action-'));
  cleanups.push(r.cleanup, () => rmSync(scratch, { recursive: true, force: true }));
  return { ...r, scratch };
}

describe('prepare-release on a runner', () => {
  test('the job summary shows the doctor\'s findings; a configured git identity authors the commit', async () => {
    const r = await setup();
    await git(r.dir, 'config', 'user.name', 'Runner Configured');
    await git(r.dir, 'config', 'user.email', 'configured@example.test');
    const run = await runBundledAction(PREPARE_BUNDLE, { workspace: r.dir, scratch: r.scratch, inputs: { bump: 'minor' }, env: FRESH_RUNNER });
    expect(run.code).toBe(0);
    expect(await git(r.dir, 'log', '-1', '--format=%an <%ae>')).toBe('Runner Configured <configured@example.test>');
    expect(run.summary).toContain('<summary>Doctor: the repository and publishing</summary>');
    expect(run.summary).toContain('| ✔ | version source | python package relay-example 0.1.0 in pyproject.toml, src/relay_example/__init__.py |');
    expect(run.summary).toContain('| ✔ | tags | last release v0.1.0 (template v{version} from 1 existing tag like v0.1.0) |');
    expect(run.summary).toContain('| ✔ | changelog | CHANGELOG.md: Keep a Changelog (Markdown) |');
    // The machine checks describe the runner that tests and builds, not this one.
    expect(run.summary).not.toMatch(/\| git \| git version/);
  });

  test('git-user-name/-email inputs win over the configured identity; a missing half comes from git config', async () => {
    const r = await setup();
    await git(r.dir, 'config', 'user.name', 'Runner Configured');
    await git(r.dir, 'config', 'user.email', 'configured@example.test');
    const run = await runBundledAction(PREPARE_BUNDLE, { workspace: r.dir, scratch: r.scratch, inputs: { bump: 'minor', 'git-user-name': 'Release Bot' }, env: FRESH_RUNNER });
    expect(run.code).toBe(0);
    expect(await git(r.dir, 'log', '-1', '--format=%an <%ae>')).toBe('Release Bot <configured@example.test>');
  });
});
