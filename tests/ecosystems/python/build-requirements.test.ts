/**
 * An offline build (no isolation) with the interpreter's own packages: when it fails, the hint names the
 * [build-system] requires the interpreter does not meet (more-itertools: flit_core >=4,<5 and a PEP 639
 * license string, built with an older flit_core), rather than leaving the maintainer with a backend traceback.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../../../src/core/exec.js';
import { isReleaseError } from '../../../src/core/errors.js';
import { silentLogger } from '../../../src/core/log.js';
import { buildPython } from '../../../src/ecosystems/python/build.js';
import { unmetBuildRequirements } from '../../../src/ecosystems/python/build-requirements.js';

const PYTHON = '/usr/bin/python3';
let root: string;
let flitCore: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'relay-build-req-'));
  flitCore = (await exec(PYTHON, ['-c', 'import importlib.metadata as m; print(m.version("flit_core"))'])).stdout.trim();
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A flit project shaped like more-itertools that asks for a flit_core newer than the one installed. */
async function flitProject(dir: string, requires: string[]): Promise<void> {
  await mkdir(join(dir, 'more_things'), { recursive: true });
  await writeFile(join(dir, 'more_things', '__init__.py'), '"""More things."""\n\n__version__ = \'11.2.0\'\n');
  await writeFile(join(dir, 'README.rst'), 'more-things\n===========\n');
  const major = Number(flitCore.split('.')[0]) + 1;
  const req = JSON.stringify(requires.map((r) => r.replace('{next}', String(major))));
  await writeFile(
    join(dir, 'pyproject.toml'),
    `[build-system]\nrequires = ${req}\nbuild-backend = "flit_core.buildapi"\n\n[project]\nname = "more-things"\nauthors = [{name = "A", email = "a@example.test"}]\nreadme = "README.rst"\nlicense = {not_a = "valid license table"}\nrequires-python = ">=3.10"\ndynamic = ["version", "description"]\n\n[tool.flit.module]\nname = "more_things"\n`,
  );
}

describe('offline build with unmet build requirements', () => {
  test('the failure names the requirement and the installed version, and the way out', async () => {
    const dir = join(root, 'too-old-backend');
    await flitProject(dir, ['flit_core >={next},<99']);
    const err = await buildPython({ python: PYTHON, packageDir: dir, outDir: join(root, 'out1'), isolated: false, exec, logger: silentLogger }).catch((e: unknown) => e);
    if (!isReleaseError(err, 'BUILD_FAILED')) throw err;
    expect(err.hint).toContain(`flit_core >=${Number(flitCore.split('.')[0]) + 1},<99 (installed: ${flitCore})`);
    expect(err.hint).toMatch(/isolated-build: true/);
  });

  test('requirements that are met, or whose marker does not apply, are not reported; a missing one is', async () => {
    const dir = join(root, 'req-check');
    await flitProject(dir, ['flit_core >=2', 'no-such-backend-plugin; python_version < "3.0"', 'another-missing-plugin>=1']);
    expect(await unmetBuildRequirements(exec, PYTHON, join(dir, 'pyproject.toml'))).toEqual([{ requirement: 'another-missing-plugin>=1', installed: null }]);
  });
});
