import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dependencyCacheKey, restoreDependencyCache } from '../../src/actions/quality-gate/cache.js';
import { silentLogger } from '../../src/core/log.js';

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
