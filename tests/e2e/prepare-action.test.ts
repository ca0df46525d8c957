import { beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseContext } from '../../src/core/context.js';
import { ensurePrepareBundle, inputEnvName, parseGithubOutput, PREPARE_BUNDLE, runBundledAction } from '../helpers/bundled-action.js';
import { git, type TempRepo } from '../helpers/repo.js';
import { read, releasableRepo, repoState } from '../helpers/release-repo.js';
import { cleanupAfter } from '../helpers/cleanup.js';

const cleanups = cleanupAfter();

beforeAll(async () => {
  await ensurePrepareBundle();
});

async function setup(): Promise<TempRepo & { scratch: string; fix: string }> {
  const r = await releasableRepo();
  const scratch = mkdtempSync(join(tmpdir(), 'relay-action-'));
  cleanups.push(r.cleanup, () => rmSync(scratch, { recursive: true, force: true }));
  return { ...r, scratch };
}

describe('the runner conventions this test relies on', () => {
  test('input names: INPUT_ + upper case, spaces → _, dashes kept', () => {
    expect(inputEnvName('package-dir')).toBe('INPUT_PACKAGE-DIR');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });

  test('GITHUB_OUTPUT heredoc blocks parse, multi-line values included', () => {
    expect(parseGithubOutput('a<<ghadelimiter_1\nx\ny\nghadelimiter_1\nb<<ghadelimiter_2\n\nghadelimiter_2\n')).toEqual({ a: 'x\ny', b: '' });
    expect(() => parseGithubOutput('a<<D\nx\n')).toThrow(/no closing D/);
  });
});

describe('dist/prepare-release/index.js run as the runner runs it', () => {
  test('bump=minor: outputs, summary, pushed commit, exit code 0', async () => {
    const r = await setup();
    const run = await runBundledAction(PREPARE_BUNDLE, {
      workspace: r.dir,
      scratch: r.scratch,
      inputs: { bump: 'minor', 'docs-files': 'README.md', 'commit-message': 'chore(release): {version}', 'dry-run': 'false', 'github-token': '' },
      // A fresh runner: no git identity configured anywhere, so the bot authors the commit.
      env: { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    });

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const head = await git(r.dir, 'rev-parse', 'HEAD');
    expect(await git(r.remote, 'rev-parse', 'refs/heads/main')).toBe(head);
    expect(await git(r.dir, 'log', '-1', '--format=%s|%an')).toBe('chore(release): 0.2.0|github-actions[bot]');
    expect(run.outputs).toMatchObject({ version: '0.2.0', 'previous-version': '0.1.0', released: 'true', tag: 'v0.2.0', 'commit-sha': head });
    expect(run.outputs.changelog).toMatch(/^## \[0\.2\.0\] - \d{4}-\d\d-\d\d\n/);
    const context = parseContext(run.outputs.context, 'quality-gate', 'output "context"');
    expect(context.version).toMatchObject({ previous: '0.1.0', next: '0.2.0', bump: 'minor', tag: 'v0.2.0' });
    expect(context.release_commit).toMatchObject({ sha: head, pushed: true, branch: 'main' });
    expect(context.repository).toMatchObject({ owner: 'acme', name: 'relay-example' });
    expect(run.summary).toContain('| version | `0.1.0` → `0.2.0` |');
    expect(run.summary).toContain('prepare-release');
    expect(run.stdout).toContain('release-relay prepare-release');
    expect(run.stdout).not.toContain('::error::');
    expect(read(r.dir, 'README.md')).toContain('pip install relay-example==0.2.0');
    expect(await git(r.dir, 'status', '--porcelain')).toBe('');
  });

  test('dry-run=true and auto: outputs say what would happen, repository untouched', async () => {
    const r = await setup();
    const before = await repoState(r);
    const run = await runBundledAction(PREPARE_BUNDLE, { workspace: r.dir, scratch: r.scratch, inputs: { 'dry-run': 'true' } });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ version: '0.2.0', released: 'true', 'commit-sha': r.fix });
    expect(parseContext(run.outputs.context).dry_run).toBe(true);
    expect(await repoState(r)).toEqual(before);
  });

  test('a dirty tree fails with a non-zero exit, an ::error:: naming the fix, and no change', async () => {
    const r = await setup();
    writeFileSync(join(r.dir, 'pyproject.toml'), `${read(r.dir, 'pyproject.toml')}# local edit\n`);
    const before = await repoState(r);

    const run = await runBundledAction(PREPARE_BUNDLE, { workspace: r.dir, scratch: r.scratch, inputs: { bump: 'minor' } });

    expect(run.code).not.toBe(0);
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error::'));
    expect(error).toBeDefined();
    expect(error).toContain('pyproject.toml');
    expect(error).toContain('DIRTY_TREE');
    expect(error).toContain('Commit or remove them first');
    expect(await repoState(r)).toEqual(before);
    expect(run.outputs).toEqual({});
  });

  // Regression: trimming the porcelain output once ate the first letter of the first path ("yproject.toml").
  test('a modified first path is named in full in the DIRTY_TREE error', async () => {
    const r = await setup();
    writeFileSync(join(r.dir, 'pyproject.toml'), `${read(r.dir, 'pyproject.toml')}# local edit\n`);
    const run = await runBundledAction(PREPARE_BUNDLE, { workspace: r.dir, scratch: r.scratch, inputs: { bump: 'minor' } });
    expect(run.stdout).toContain('uncommitted changes: pyproject.toml.');
  });

  test('a bad boolean input fails before anything runs, naming the input', async () => {
    const r = await setup();
    const before = await repoState(r);
    const run = await runBundledAction(PREPARE_BUNDLE, { workspace: r.dir, scratch: r.scratch, inputs: { 'dry-run': 'yes' } });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/::error::Input "dry-run" is "yes", not a boolean\..*true or false/);
    expect(await repoState(r)).toEqual(before);
  });
});
