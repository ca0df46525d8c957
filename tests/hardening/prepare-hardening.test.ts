/**
 * Hardening of prepare-release (issue 11): a git remote that never answers is cut at request-timeout; paths
 * that are symlinks out of the repository and package names that carry workflow commands are refused before
 * any write; a huge commit footer cannot blow up the changelog or the outputs.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { ReleaseError } from '../../src/core/errors.js';
import { prepareRelease } from '../../src/stages/prepare-release.js';
import { startHangServer } from '../fixtures/hang-server.js';
import { git } from '../helpers/repo.js';
import { releasableRepo, repoState } from '../helpers/release-repo.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('2. a git remote over HTTP that accepts and never answers', () => {
  test('prepare stops at request-timeout with TIMEOUT naming the remote, and changes nothing', async () => {
    const r = await releasableRepo();
    const h = await startHangServer();
    cleanups.push(() => r.cleanup(), () => h.close());
    await git(r.dir, 'remote', 'set-url', 'origin', `${h.url}/acme/relay-example.git`);
    const before = await repoState(r);
    const err = await prepareRelease({ cwd: r.dir, repository: { owner: 'acme', name: 'relay-example' }, requestTimeoutMs: 500 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReleaseError);
    expect((err as ReleaseError).code).toBe('TIMEOUT');
    expect((err as ReleaseError).message).toMatch(/git ls-remote with remote "origin" did not answer within 1 s/);
    expect((err as ReleaseError).hint).toContain('request-timeout');
    expect(h.requests.length).toBeGreaterThan(0);
    expect(await repoState(r)).toEqual(before);
  }, 60_000);
});
