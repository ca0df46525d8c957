import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dependencyCacheKey, restoreDependencyCache, saveDependencyCache } from '../../../src/actions/quality-gate/cache.js';
import { silentLogger } from '../../../src/core/log.js';
import { recordingLogger } from '../../helpers/logger.js';

const PY = '/usr/bin/python3';

describe('dependency cache key', () => {
  test('changes with the dependency files and the Python version, not with other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relay-cache-'));
    try {
      writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "x"\ndependencies = ["a"]\n');
      const first = await dependencyCacheKey(dir, PY);
      writeFileSync(join(dir, 'README.md'), 'docs change');
      expect((await dependencyCacheKey(dir, PY)).key).toBe(first.key);
      writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "x"\ndependencies = ["a", "b"]\n');
      const second = await dependencyCacheKey(dir, PY);
      expect(second.key).not.toBe(first.key);
      expect(second.prefix).toBe(first.prefix);
      expect(first.prefix).toMatch(/^release-relay-deps-linux-\w+-py3\.\d+-$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('off GitHub the cache reports unavailable instead of failing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relay-cache-'));
    const saved = { r: process.env.ACTIONS_RESULTS_URL, c: process.env.ACTIONS_CACHE_URL };
    delete process.env.ACTIONS_RESULTS_URL;
    delete process.env.ACTIONS_CACHE_URL;
    try {
      writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "x"\n');
      const outcome = await restoreDependencyCache(dir, PY, silentLogger);
      expect(outcome.state).toBe('unavailable');
      expect(outcome.detail).toMatch(/not running on GitHub/);
      expect(outcome.key).toBe(''); // no Python probe for a key nobody can use
    } finally {
      if (saved.r !== undefined) process.env.ACTIONS_RESULTS_URL = saved.r;
      if (saved.c !== undefined) process.env.ACTIONS_CACHE_URL = saved.c;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Summaries that say what happened (issue 11, item 11): a cache service that fails is `unavailable`, not
// `miss`; nothing is saved when there is nothing to save.
const ENV = ['ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_SERVICE_V2'] as const;
const saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]));
afterEach(() => {
  for (const k of ENV) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  jest.restoreAllMocks();
});

/** Keeps @actions/core's workflow commands out of the test output. */
function quietStdout(): void {
  jest.spyOn(process.stdout, 'write').mockImplementation((() => true) as typeof process.stdout.write);
}

describe('11. the dependency cache summary', () => {
  test.each([
    ['connection refused', async () => ({ url: 'http://127.0.0.1:1/', close: async () => undefined })],
    [
      '500 from the service',
      async () => {
        const s = createServer((_req, res) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end('{"message":"boom"}');
        });
        await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
        return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}/`, close: () => new Promise<void>((r) => s.close(() => r())) };
      },
    ],
  ])('%s: unavailable, not miss', async (_name, start) => {
    const service = await start();
    const dir = mkdtempSync(join(tmpdir(), 'relay-cache-'));
    try {
      writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "x"\n');
      process.env.ACTIONS_CACHE_URL = service.url;
      process.env.ACTIONS_RUNTIME_TOKEN = 'runtime-token';
      delete process.env.ACTIONS_RESULTS_URL;
      delete process.env.ACTIONS_CACHE_SERVICE_V2;
      quietStdout();
      const outcome = await restoreDependencyCache(dir, PY, recordingLogger());
      expect(outcome.state).toBe('unavailable');
      expect(outcome.detail).toMatch(/restore/i);
    } finally {
      await service.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test('nothing to save (the pip cache directory does not exist): no save, no warning', async () => {
    const logger = recordingLogger();
    quietStdout();
    await saveDependencyCache({ key: 'k', state: 'miss', paths: [join(tmpdir(), 'relay-no-such-pip-cache-dir')] }, logger);
    expect(logger.lines.filter((l) => l.startsWith('warning'))).toEqual([]);
  });
});
