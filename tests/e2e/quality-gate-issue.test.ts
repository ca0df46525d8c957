/**
 * quality-gate end to end (issue 3): the one rejection issue per version (opened, then updated by a second
 * rejection) against the loopback GitHub API fixture, and tag-triggered runs that derive the context from the
 * tag or refuse a tag that disagrees with the version file before running anything.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { exec as realExec, type Exec } from '../../src/core/exec.js';
import { isReleaseError } from '../../src/core/errors.js';
import { qualityGate } from '../../src/stages/quality-gate.js';
import { git } from '../helpers/repo.js';
import { gitHubGateWorld, OWNER, PYTHON, REPO } from './gate-setup.js';
import { recordingLogger } from '../helpers/logger.js';

const w = gitHubGateWorld();

afterAll(() => w.cleanup());

describe('the rejection issue', () => {
  test('a second rejection of the same version updates the one open issue', async () => {
    const [repo, s] = await Promise.all([w.newRepo(), w.server()]);
    s.setCheckRuns(repo.head, [{ name: 'lint', status: 'completed', conclusion: 'failure', html_url: 'https://ci.example.test/lint/1' }]);
    const first = await w.gate(repo, s);
    expect(first.approved).toBe(false);
    expect(s.state.issues).toHaveLength(1);
    const issue = s.state.issues[0];
    expect(issue.title).toBe('Release 1.0.0 blocked by the quality gate');
    expect(issue.state).toBe('open');
    expect(issue.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['release-blocked']);
    // Evidence: the check table and each failed check's detail.
    expect(issue.body).toContain('The quality gate rejected release **1.0.0** of `gate-sample`');
    expect(issue.body).toContain(repo.head);
    expect(issue.body).toMatch(/\| ci \| \*\*failed\*\* \|/);
    expect(issue.body).toContain('lint: failure https://ci.example.test/lint/1');
    expect(s.state.comments).toEqual([]);

    // Same version rejected again, for another reason.
    s.setCheckRuns(repo.head, [{ name: 'typecheck', status: 'completed', conclusion: 'timed_out', html_url: 'https://ci.example.test/typecheck/2' }]);
    const second = await w.gate(repo, s);
    expect(second.approved).toBe(false);
    expect(s.state.issues).toHaveLength(1);
    expect(s.state.issues.filter((i) => i.state === 'open')).toHaveLength(1);
    expect(s.state.issues[0].body).toContain('typecheck: timed_out https://ci.example.test/typecheck/2');
    expect(s.state.issues[0].body).not.toContain('lint: failure');
    expect(s.state.comments).toHaveLength(1);
    expect(s.state.comments[0].body).toContain('rejected 1.0.0 again');
    expect(s.state.comments[0].body).toContain('typecheck: timed_out');
    expect(second.context.gate?.issue_url).toBe(first.context.gate?.issue_url);
    expect(s.violations).toEqual([]);
  });
});

describe('tag-triggered runs (no context)', () => {
  test('a tag that matches the version file: the context is derived from it and the release approved', async () => {
    const repo = await w.newRepo();
    await git(repo.dir, 'remote', 'add', 'origin', `https://github.com/${OWNER}/${REPO}.git`);
    const artifactDir = join(repo.root, 'artifact-tag');
    const result = await qualityGate(
      { cwd: repo.dir, tag: 'refs/tags/v1.0.0', tools: { python: PYTHON }, isolatedBuild: false, installArgs: ['--no-index'], requireCi: false, readmeExamples: false, artifactDir },
      { logger: recordingLogger() },
    );
    expect(result.approved).toBe(true);
    const ctx = result.context;
    expect(ctx.version).toMatchObject({ next: '1.0.0', tag: 'v1.0.0', scheme: 'pep440', released: true, bump: 'tag' });
    expect(ctx.package).toMatchObject({ ecosystem: 'python', name: 'gate-sample', dir: '.', version_files: ['pyproject.toml'] });
    const slug = process.env.GITHUB_REPOSITORY ?? `${OWNER}/${REPO}`;
    expect(ctx.repository).toMatchObject({ owner: slug.split('/')[0], name: slug.split('/')[1], ref: 'refs/tags/v1.0.0', sha: repo.head });
    expect((ctx.artifacts ?? []).map((a) => a.file).sort()).toEqual(['gate_sample-1.0.0-py3-none-any.whl', 'gate_sample-1.0.0.tar.gz']);
    expect(existsSync(join(artifactDir, 'release-context.json'))).toBe(true);
  });

  test('a tag that disagrees with the version file: CONTEXT_MISMATCH before anything runs', async () => {
    const repo = await w.newRepo();
    const commands: string[] = [];
    const recording: Exec = (file, args, opts) => {
      commands.push(`${file} ${args.join(' ')}`);
      return realExec(file, args, opts);
    };
    const artifactDir = join(repo.root, 'artifact-bad-tag');
    const err = await qualityGate(
      { cwd: repo.dir, tag: 'v9.9.9', tools: { python: PYTHON }, isolatedBuild: false, installArgs: ['--no-index'], requireCi: false, artifactDir },
      { exec: recording, logger: recordingLogger() },
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isReleaseError(err, 'CONTEXT_MISMATCH')).toBe(true);
    expect((err as Error).message).toBe('Tag v9.9.9 says 9.9.9 but pyproject.toml says 1.0.0.');
    // Only git was asked anything: no tests, no build, no artifact directory.
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((c) => !c.startsWith('git '))).toEqual([]);
    expect(existsSync(artifactDir)).toBe(false);
  });
});
