/**
 * Summaries that say what happened (issue 11, item 11): a cache service that fails is `unavailable`, not
 * `miss`; nothing is saved when there is nothing to save; docs-files match every PEP 503 spelling of the name.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { restoreDependencyCache, saveDependencyCache } from '../../src/actions/quality-gate/cache.js';
import { replaceLiteral } from '../../src/ecosystems/docs.js';
import { pythonDocsReplacements } from '../../src/ecosystems/python/docs-replacements.js';
import { recordingLogger } from '../helpers/logger.js';


const PY = '/usr/bin/python3';
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

describe('11. docs-files match every spelling PEP 503 normalizes to the name', () => {
  test.each(['relay_example', 'relay-example', 'relay.example', 'Relay_Example', 'RELAY-EXAMPLE'])('pip install %s==0.1.0', (spelling) => {
    let text = `Install it:\n\n    pip install ${spelling}==0.1.0\n`;
    for (const r of pythonDocsReplacements('relay-example', '0.1.0', '0.2.0')) text = replaceLiteral(text, r.from, r.to, { ignoreCase: r.ignoreCase }).text;
    expect(text).toContain(`pip install ${spelling}==0.2.0`);
  });

  test('another project whose name merely contains it is left alone', () => {
    let text = 'pip install other_relay_example==0.1.0\n';
    for (const r of pythonDocsReplacements('relay-example', '0.1.0', '0.2.0')) text = replaceLiteral(text, r.from, r.to, { ignoreCase: r.ignoreCase }).text;
    expect(text).toBe('pip install other_relay_example==0.1.0\n');
  });
});
