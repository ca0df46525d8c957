import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describeArtifacts, sha256File } from '../../../src/core/digest.js';
import { exec } from '../../../src/core/exec.js';
import type { Exec } from '../../../src/core/exec.js';
import { silentLogger } from '../../../src/core/log.js';
import { buildPython } from '../../../src/ecosystems/python/build.js';
import { pythonInstallCheck, samePythonVersion } from '../../../src/ecosystems/python/install-check.js';
import type { PythonInstallCheckOptions } from '../../../src/ecosystems/python/install-check.js';
import { defaultPythonTestCommand } from '../../../src/ecosystems/python/test-command.js';
import { runTests, testRunPassed } from '../../../src/gate/run-tests.js';
import { makePythonPackage, SAMPLE_DIST_NAME, SAMPLE_IMPORT_NAME, SAMPLE_VERSION } from '../../fixtures/python-packages.js';
import type { PythonPackageVariant } from '../../fixtures/python-packages.js';

const PYTHON = '/usr/bin/python3';
let root: string;
/** One offline build per variant, shared by the tests below. */
const builds = new Map<PythonPackageVariant, { dir: string; files: string[] }>();

async function build(variant: PythonPackageVariant): Promise<{ dir: string; files: string[] }> {
  const existing = builds.get(variant);
  if (existing) return existing;
  const dir = join(root, variant);
  await makePythonPackage(dir, variant);
  // Offline here: no isolated build env (it would fetch hatchling from PyPI).
  const { files } = await buildPython({ python: PYTHON, packageDir: dir, outDir: join(dir, 'dist'), isolated: false, exec, logger: silentLogger });
  const entry = { dir, files };
  builds.set(variant, entry);
  return entry;
}

function checkOptions(dir: string, files: string[], extra: Partial<PythonInstallCheckOptions> = {}): PythonInstallCheckOptions {
  return {
    python: PYTHON,
    files,
    importName: SAMPLE_IMPORT_NAME,
    distName: SAMPLE_DIST_NAME,
    expectedVersion: SAMPLE_VERSION,
    readmeFile: join(dir, 'README.md'),
    exec,
    logger: silentLogger,
    pipArgs: ['--no-index', '--find-links', dirname(files[0])],
    ...extra,
  };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rr-pybuild-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('buildPython', () => {
  test('builds an sdist and a wheel (isolated: false) into a cleaned out dir; digests match sha256sum', async () => {
    const dir = join(root, 'fresh');
    await makePythonPackage(dir, 'good');
    const outDir = join(dir, 'dist');
    await mkdir(outDir, { recursive: true });
    await writeFile(join(outDir, 'gate_sample-0.9.0-py3-none-any.whl'), 'old build');
    const { files } = await buildPython({ python: PYTHON, packageDir: dir, outDir, isolated: false, exec, logger: silentLogger });
    expect(files.map((f) => basename(f))).toEqual(['gate_sample-1.0.0-py3-none-any.whl', 'gate_sample-1.0.0.tar.gz']);
    expect(files.every((f) => f.startsWith(outDir))).toBe(true);
    expect(await readdir(outDir)).toHaveLength(2);

    const records = await describeArtifacts(files);
    for (const [i, rec] of records.entries()) {
      const sum = (await exec('sha256sum', [files[i]])).stdout.split(/\s+/)[0];
      const size = Number((await exec('stat', ['-c', '%s', files[i]])).stdout.trim());
      expect(rec).toEqual({ file: basename(files[i]), sha256: sum, size });
    }
    expect(await sha256File(files[0])).toBe(records[0].sha256);
  });

  test('a build failure is BUILD_FAILED with the backend error', async () => {
    const dir = join(root, 'broken');
    await makePythonPackage(dir, 'good');
    await writeFile(join(dir, 'pyproject.toml'), '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n[project]\nname = "gate-sample"\n');
    await expect(buildPython({ python: PYTHON, packageDir: dir, outDir: join(dir, 'dist'), isolated: false, exec, logger: silentLogger })).rejects.toMatchObject({
      code: 'BUILD_FAILED',
      message: expect.stringMatching(/version/i),
    });
  });

  test('build-tool uv without uv on PATH is a BAD_INPUT naming build-tool', async () => {
    const noPath: Exec = (file, args, options = {}) => exec(file, args, { ...options, env: { ...options.env, PATH: join(root, 'no-such-bin') } });
    await expect(buildPython({ python: PYTHON, packageDir: join(root, 'fresh'), outDir: join(root, 'uv-dist'), isolated: false, tool: 'uv', exec: noPath, logger: silentLogger })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('build-tool'),
    });
  });

  test('refuses an out dir that contains the sources (it would be wiped)', async () => {
    await expect(buildPython({ python: PYTHON, packageDir: join(root, 'fresh'), outDir: root, isolated: false, exec, logger: silentLogger })).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});

describe('pythonInstallCheck in a fresh venv', () => {
  test('good: installs, imports from an empty dir, checks the version, runs both README examples', async () => {
    const { dir, files } = await build('good');
    const result = await pythonInstallCheck(checkOptions(dir, files, { smokeCommand: ['python', '-c', 'import gate_sample, sys; sys.exit(0 if gate_sample.add(2, 2) == 4 else 1)'] }));
    expect(result).toMatchObject({ ok: true, examplesRun: 2 });
    expect(result.runtime).toMatch(/^3\.\d+\.\d+/);
  });

  test('wheel-misses-module: the tests pass from the source tree, but the installed wheel fails to import', async () => {
    const { dir, files } = await build('wheel-misses-module');
    const junitFile = join(root, 'wmm-junit.xml');
    const tests = await runTests({
      command: defaultPythonTestCommand(PYTHON, { junitFile, coverageXml: join(root, 'wmm-cov.xml'), covSource: SAMPLE_IMPORT_NAME, cacheDir: join(root, 'wmm-cache') }),
      cwd: dir,
      junitFile,
      timeoutMs: 60_000,
      retries: 0,
      exec,
      logger: silentLogger,
      env: { COVERAGE_FILE: join(root, 'wmm.coverage') },
    });
    expect(testRunPassed(tests)).toBe(true);

    const result = await pythonInstallCheck(checkOptions(dir, files));
    expect(result.ok).toBe(false);
    expect(result.examplesRun).toBe(0);
    expect(result.reason).toMatch(/import gate_sample failed.*ModuleNotFoundError: No module named 'gate_sample\._helpers'/);
    expect(result.logExcerpt).toMatch(/Traceback/);
    expect(result.logExcerpt?.split('\n').length).toBeLessThanOrEqual(20);
  });

  test('bad-readme-example: fails naming the README line of the second block', async () => {
    const { dir, files } = await build('bad-readme-example');
    const readme = join(dir, 'README.md');
    const result = await pythonInstallCheck(checkOptions(dir, files));
    expect(result.ok).toBe(false);
    expect(result.examplesRun).toBe(1);
    expect(result.failedExample).toEqual({ file: readme, line: 20, error: 'AssertionError: the README promised a different greeting' });
    expect(result.reason).toContain(`${readme}:20`);
  });

  test('a version other than the release, and a failing smoke command, are failures, not throws', async () => {
    const { dir, files } = await build('good');
    const wrong = await pythonInstallCheck(checkOptions(dir, files, { expectedVersion: '1.0.1', readmeFile: undefined }));
    expect(wrong).toMatchObject({ ok: false, reason: expect.stringMatching(/reports version 1\.0\.0, but the release is 1\.0\.1/) });
    const smoke = await pythonInstallCheck(checkOptions(dir, files, { readmeFile: undefined, smokeCommand: ['gate-sample-cli', '--help'] }));
    expect(smoke).toMatchObject({ ok: false, reason: expect.stringMatching(/gate-sample-cli was not found/) });
  });

  test('no wheel among the files is a failure', async () => {
    const result = await pythonInstallCheck(checkOptions(root, [join(root, 'x-1.0.0.tar.gz')]));
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('No wheel') });
  });
});

describe('samePythonVersion', () => {
  test('compares PEP 440-normalized versions', () => {
    expect(samePythonVersion('1.0.0', '1.0')).toBe(true);
    expect(samePythonVersion('1.0.0rc1', '1.0.0-rc.1')).toBe(true);
    expect(samePythonVersion('1.0.0', '1.0.1')).toBe(false);
    expect(samePythonVersion('1.0.0.post1', '1.0.0')).toBe(false);
  });
});
