import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exec } from '../../../src/core/exec.js';
import { pythonAdapter } from '../../../src/ecosystems/python/index.js';

const PYTHON = '/usr/bin/python3';
const EXAMPLE = fileURLToPath(new URL('../../../examples/python-package', import.meta.url));

describe('examples/python-package', () => {
  let work: string;
  let pkg: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'relay-example-'));
    pkg = join(work, 'pkg');
    // Never write into examples/: build and test a copy.
    await cp(EXAMPLE, pkg, { recursive: true, filter: (src) => !/(__pycache__|\.pytest_cache|[/\\]dist$|\.coverage)/.test(src) });
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  test('its version lives in two files with one value', async () => {
    const info = await pythonAdapter.readPackage(pkg, '.');
    expect(info).toMatchObject({ name: 'relay-example', version: '0.1.0', scheme: 'pep440', versionFiles: ['pyproject.toml', 'src/relay_example/__init__.py'] });
  });

  test('builds a wheel and an sdist with the real build frontend', async () => {
    const out = join(work, 'dist');
    await exec(PYTHON, ['-m', 'build', '--no-isolation', '--skip-dependency-check', '--outdir', out, pkg], { cwd: pkg, timeoutMs: 180_000 });
    expect((await readdir(out)).sort()).toEqual(['relay_example-0.1.0-py3-none-any.whl', 'relay_example-0.1.0.tar.gz']);
  });

  test('its pytest suite passes with 100% coverage', async () => {
    const r = await exec(PYTHON, ['-m', 'pytest', '-p', 'no:cacheprovider', '--cov', '--cov-report=term', '-q'], {
      cwd: pkg,
      env: { PYTHONDONTWRITEBYTECODE: '1', COVERAGE_FILE: join(work, '.coverage') },
      check: false,
      timeoutMs: 120_000,
    });
    expect(r.stdout).toMatch(/\b6 passed\b/);
    expect(r.stdout).toMatch(/TOTAL\s+.*\s100%/);
    expect(r.code).toBe(0);
  });
});
