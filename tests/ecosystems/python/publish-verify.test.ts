import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isReleaseError, type ReleaseError } from '../../../src/core/errors.js';
import { exec } from '../../../src/core/exec.js';
import type { Logger } from '../../../src/core/log.js';
import { publishToIndex } from '../../../src/ecosystems/python/publish.js';
import { verifyPythonRelease, type VerifyPythonOptions } from '../../../src/ecosystems/python/verify.js';
import { buildTinyDist, SYSTEM_PYTHON, type TinyDist } from '../../fixtures/package-index/build-dist.js';
import { startPackageIndex, type PackageIndexFixture } from '../../fixtures/package-index/server.js';

function linesLogger(lines: string[]): Logger {
  return { info: (m) => lines.push(m), warning: (m) => lines.push(`warning: ${m}`), debug: () => undefined, group: (_n, fn) => fn(), setSecret: () => undefined };
}

describe('verifyPythonRelease against the loopback index, with the real pip', () => {
  let dist: TinyDist;
  let changed: TinyDist;
  let index: PackageIndexFixture;
  let clock = 0;
  let lines: string[];

  beforeAll(async () => {
    dist = await buildTinyDist();
    changed = await buildTinyDist({ marker: 'other bytes' });
  });
  afterAll(async () => {
    await dist?.cleanup();
    await changed?.cleanup();
  });
  beforeEach(async () => {
    // Propagation runs on the index's own clock: the simple index lags until the test moves it on.
    clock = Date.now();
    index = await startPackageIndex({ propagationDelayMs: 2000, now: () => clock });
    lines = [];
  });
  afterEach(async () => {
    await index.close();
  });

  const verifyOptions = (over: Partial<VerifyPythonOptions> = {}): VerifyPythonOptions => ({
    indexUrl: index.url,
    name: 'relay-demo-pkg',
    version: '0.1.0',
    artifacts: dist.artifacts,
    python: SYSTEM_PYTHON,
    timeoutMs: 30000,
    pollMs: 200,
    importName: 'relay_demo_pkg',
    exec,
    logger: linesLogger(lines),
    ...over,
  });

  const publish = () =>
    publishToIndex({ indexUrl: index.url, name: 'relay-demo-pkg', version: '0.1.0', dir: dist.distDir, artifacts: dist.artifacts, token: 'pypi-test-token', twine: ['/usr/bin/twine'], exec, logger: linesLogger([]) });

  test('while the simple index lags the JSON API the state is "propagating"; then pip installs the release', async () => {
    await publish();
    const first = await verifyPythonRelease(verifyOptions({ timeoutMs: 300 }));
    expect(first.verified).toBe(false);
    expect(first.state).toBe('propagating');
    expect(first.reason).toContain('still propagating');
    clock += 2000;

    const done = await verifyPythonRelease(verifyOptions());
    expect(done).toMatchObject({ verified: true, state: 'verified', installedVersion: '0.1.0' });
    expect(done.propagationS).toBeGreaterThan(0);
    expect(lines.join('\n')).toContain('pip install relay-demo-pkg==0.1.0');
  });

  test('a version that was never published is "missing", not "propagating", after the timeout', async () => {
    const result = await verifyPythonRelease(verifyOptions({ version: '0.9.0', timeoutMs: 600 }));
    expect(result.verified).toBe(false);
    expect(result.state).toBe('missing');
    expect(result.reason).toContain('not published');
    expect(result.installedVersion).toBeUndefined();
  });

  test('an index serving other bytes under an approved file name fails verification', async () => {
    index.setPropagationDelay(0);
    for (const a of changed.artifacts) index.seed('relay-demo-pkg', '0.1.0', a.file, await readFile(join(changed.distDir, a.file)));
    const err = (await verifyPythonRelease(verifyOptions()).catch((e: unknown) => e)) as ReleaseError;
    expect(isReleaseError(err, 'VERIFY_FAILED')).toBe(true);
    expect(err.message).toContain(dist.artifacts[0].sha256);
  });

  test('a wrong import name fails after install with VERIFY_FAILED naming it', async () => {
    index.setPropagationDelay(0);
    await publish();
    const err = (await verifyPythonRelease(verifyOptions({ importName: 'relay_demo_missing' })).catch((e: unknown) => e)) as ReleaseError;
    expect(isReleaseError(err, 'VERIFY_FAILED')).toBe(true);
    expect(err.message).toContain('import relay_demo_missing');
  });
});
