/**
 * Hardening of prepare-release (issue 11): a git remote that never answers is cut at request-timeout; paths
 * that are symlinks out of the repository and package names that carry workflow commands are refused before
 * any write; a huge commit footer cannot blow up the changelog or the outputs.
 */
import { describe, expect, test } from '@jest/globals';
import { serializeContext } from '../../src/core/context.js';
import { ReleaseError } from '../../src/core/errors.js';
import { prepareRelease } from '../../src/stages/prepare-release.js';
import { startHangServer } from '../fixtures/hang-server.js';
import { recordRow } from '../helpers/reliability-rows.js';
import { git } from '../helpers/repo.js';
import { releasableRepo, repoState } from '../helpers/release-repo.js';
import { cleanupAfter } from '../helpers/cleanup.js';

const cleanups = cleanupAfter();

describe('2. a git remote over HTTP that accepts and never answers', () => {
  test('prepare stops at request-timeout with TIMEOUT naming the remote, and changes nothing', async () => {
    const r = await releasableRepo();
    const h = await startHangServer();
    cleanups.push(() => r.cleanup(), () => h.close());
    await git(r.dir, 'remote', 'set-url', 'origin', `${h.url}/acme/relay-example.git`);
    const before = await repoState(r);
    const started = Date.now();
    const err = await prepareRelease({ cwd: r.dir, repository: { owner: 'acme', name: 'relay-example' }, requestTimeoutMs: 500 }).catch((e: unknown) => e);
    recordRow({ table: 'hangs', step: 'prepare: git remote over HTTP', fault: 'request-timeout 500 ms (git: 1 s without progress)', outcome: err instanceof ReleaseError ? `${err.code}: ${err.message}` : 'no error', ms: Date.now() - started, notes: 'was: hung in "plan file changes"' });
    expect(err).toBeInstanceOf(ReleaseError);
    expect((err as ReleaseError).code).toBe('TIMEOUT');
    expect((err as ReleaseError).message).toMatch(/git ls-remote with remote "origin" did not answer within 1 s/);
    expect((err as ReleaseError).hint).toContain('request-timeout');
    expect(h.requests.length).toBeGreaterThan(0);
    expect(await repoState(r)).toEqual(before);
  }, 60_000);
});

describe('8. a huge commit footer cannot blow up the changelog or the outputs', () => {
  test('a 100k-line BREAKING CHANGE footer and 1000 long commits: bounded section, context under 1 MB', async () => {
    const r = await releasableRepo();
    cleanups.push(() => r.cleanup());
    const footer = Array.from({ length: 100_000 }, (_, i) => `line ${i} of an enormous footer`).join('\n');
    const { exec } = await import('../../src/core/exec.js');
    const identity = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' };
    await exec('git', ['commit', '--quiet', '--allow-empty', '-F', '-'], { cwd: r.dir, env: identity, input: `feat!: new API\n\nBREAKING CHANGE: ${footer}\n` });
    // Many commits cheaply: one tree, a chain of commit-tree calls.
    const tree = await git(r.dir, 'rev-parse', 'HEAD^{tree}');
    let parent = await git(r.dir, 'rev-parse', 'HEAD');
    for (let i = 0; i < 1000; i++) {
      parent = (await exec('git', ['commit-tree', tree, '-p', parent, '-m', `fix: repair number ${i} in the module that handles the very long names of things`], { cwd: r.dir, env: identity })).stdout.trim();
    }
    await git(r.dir, 'reset', '--quiet', '--hard', parent);
    await git(r.dir, 'push', '--quiet', 'origin', 'main');
    const result = await prepareRelease({ cwd: r.dir, repository: { owner: 'acme', name: 'relay-example' } });
    const section = result.context.changelog?.section_markdown ?? '';
    expect(section.length).toBeLessThan(100_000);
    expect(section.split('\n').length).toBeLessThan(2500);
    expect(section).toMatch(/more lines? in the commit message/);
    expect(section).toMatch(/and \d+ more/);
    expect(serializeContext(result.context).length).toBeLessThan(1_000_000);
  }, 120_000);
});
