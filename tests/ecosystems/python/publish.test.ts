import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exec } from '../../../src/core/exec.js';
import { silentLogger } from '../../../src/core/log.js';
import { publishToIndex, type PublishToIndexOptions } from '../../../src/ecosystems/python/publish.js';
import { pythonRemoteState } from '../../../src/ecosystems/python/registry-state.js';
import { buildTinyDist, type TinyDist } from '../../fixtures/package-index/build-dist.js';
import { startPackageIndex, type PackageIndexFixture } from '../../fixtures/package-index/server.js';
import { rejection } from '../../helpers/errors.js';

describe('publishToIndex with the real twine against the loopback index', () => {
  let dist: TinyDist;
  let changed: TinyDist;
  let index: PackageIndexFixture;
  let delays: number[];

  beforeAll(async () => {
    dist = await buildTinyDist();
    changed = await buildTinyDist({ marker: 'rebuilt' });
  });
  afterAll(async () => {
    await dist?.cleanup();
    await changed?.cleanup();
  });
  beforeEach(async () => {
    index = await startPackageIndex();
    delays = [];
  });
  afterEach(async () => {
    await index.close();
  });

  const options = (over: Partial<PublishToIndexOptions> = {}): PublishToIndexOptions => ({
    indexUrl: index.url,
    name: 'relay-demo-pkg',
    version: '0.1.0',
    dir: dist.distDir,
    artifacts: dist.artifacts,
    token: 'pypi-test-token',
    twine: ['/usr/bin/twine'],
    exec,
    logger: silentLogger,
    // Record the backoff instead of waiting it out.
    sleep: async (ms) => {
      delays.push(ms);
    },
    ...over,
  });

  test('uploads every approved file once and the index then reports them as the same bytes', async () => {
    const result = await publishToIndex(options());
    expect(result).toEqual({ uploaded: dist.artifacts.map((a) => a.file), skipped: [], attempts: 2, attested: [] });
    const state = await pythonRemoteState({ indexUrl: index.url, name: 'Relay_Demo_Pkg', version: '0.1.0', artifacts: dist.artifacts });
    expect(Object.values(state)).toEqual(['same', 'same']);
    expect(await pythonRemoteState({ indexUrl: index.url, name: 'relay-demo-pkg', version: '0.1.0', artifacts: changed.artifacts })).toEqual({ [changed.artifacts[0].file]: 'different', [changed.artifacts[1].file]: 'different' });
    expect(await pythonRemoteState({ indexUrl: index.url, name: 'relay-demo-pkg', version: '9.0.0', artifacts: dist.artifacts })).toEqual({ [dist.artifacts[0].file]: 'absent', [dist.artifacts[1].file]: 'absent' });
  });

  test('two 503s are absorbed by twine\'s own retry loop (one twine call per file)', async () => {
    index.failNext({ path: /^\/legacy\/$/, status: 503, times: 2 });
    const result = await publishToIndex(options());
    expect(result.attempts).toBe(2);
    expect(index.uploads.map((u) => u.status)).toEqual([503, 503, 200, 200]);
  });

  test('503s that outlast twine\'s retries are retried by the suite with growing backoff, and counted', async () => {
    // twine tries 5 times per call: 10 failures sink two calls, the third call succeeds.
    index.failNext({ path: /^\/legacy\/$/, status: 503, times: 10 });
    const result = await publishToIndex(options());
    expect(result.uploaded).toEqual(dist.artifacts.map((a) => a.file));
    expect(result.attempts).toBe(4);
    expect(delays).toHaveLength(2);
    expect(delays[1]).toBeGreaterThan(delays[0]);
    expect(index.uploads.filter((u) => u.status === 503)).toHaveLength(10);
    expect(index.files.get('relay-demo-pkg')?.get('0.1.0')?.size).toBe(2);
  });

  test('a dropped connection is transient: the file is uploaded on the next attempt', async () => {
    index.failNext({ path: /^\/legacy\/$/, dropConnection: true, times: 1 });
    const result = await publishToIndex(options());
    expect(result.attempts).toBe(3);
    expect(index.uploads.map((u) => u.status)).toEqual([0, 200, 200]);
  });

  test('an index whose upload endpoint stays down fails after the bounded attempts with UPLOAD_FAILED, transient', async () => {
    index.down(true, /^\/legacy\/$/);
    const err = await rejection(publishToIndex(options({ attempts: 3 })), 'UPLOAD_FAILED');
    expect(err.transient).toBe(true);
    expect(err.message).toContain('503');
    expect(delays).toHaveLength(2);
    expect(index.uploads.length).toBe(15);
    expect(index.files.size).toBe(0);
  });

  test('an index that is down altogether stops before any upload with REGISTRY_DOWN', async () => {
    index.down(true);
    await rejection(publishToIndex(options({ attempts: 2 })), 'REGISTRY_DOWN');
    expect(index.uploads).toEqual([]);
  });

  test('resume: a file the index already has with the approved sha256 is skipped, the other uploaded', async () => {
    const wheel = dist.artifacts.find((a) => a.file.endsWith('.whl'))!;
    index.seed('relay-demo-pkg', '0.1.0', wheel.file, await readFile(join(dist.distDir, wheel.file)));
    const result = await publishToIndex(options());
    expect(result.skipped).toEqual([wheel.file]);
    expect(result.uploaded).toEqual(dist.artifacts.filter((a) => a !== wheel).map((a) => a.file));
    expect(result.attempts).toBe(1);
    expect(index.uploads.map((u) => u.filename)).toEqual([dist.artifacts.find((a) => a !== wheel)!.file]);
  });

  test('a file on the index with other bytes stops the release before anything is uploaded', async () => {
    const wheel = changed.artifacts.find((a) => a.file.endsWith('.whl'))!;
    index.seed('relay-demo-pkg', '0.1.0', wheel.file, await readFile(join(changed.distDir, wheel.file)));
    const err = await rejection(publishToIndex(options()), 'ALREADY_PUBLISHED_DIFFERENT');
    expect(err.message).toContain(wheel.file);
    expect(err.message).toContain('nothing was uploaded');
    expect(index.uploads).toEqual([]);
  });

  test('a local file that is not the approved bytes is refused with DIGEST_MISMATCH before the index is asked', async () => {
    const tampered = dist.artifacts.map((a, i) => (i === 0 ? { ...a, sha256: changed.artifacts[0].sha256 } : a));
    const err = await rejection(publishToIndex(options({ artifacts: tampered })), 'DIGEST_MISMATCH');
    expect(err.message).toContain(dist.artifacts[0].file);
    expect(index.uploads).toEqual([]);
  });

  test('a refused token is NO_CREDENTIALS and is not retried', async () => {
    const err = await rejection(publishToIndex(options({ token: 'pypi-revoked' })), 'NO_CREDENTIALS');
    expect(err.transient).toBe(false);
    expect(index.uploads).toHaveLength(1);
    expect(delays).toEqual([]);
  });
});
