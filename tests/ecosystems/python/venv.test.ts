import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, type Exec } from '../../../src/core/exec.js';
import { createVenv, pipCanTarget } from '../../../src/ecosystems/python/venv.js';

const PY = '/usr/bin/python3';
let dir: string;
let wheel: string;

/** Writes a minimal pure-Python wheel (one module) with the standard library's zipfile. */
async function makeWheel(into: string): Promise<string> {
  const file = join(into, 'tiny_pkg-1.0-py3-none-any.whl');
  const script = [
    'import sys, zipfile',
    'files = {',
    '  "tiny_pkg/__init__.py": "VALUE = 42\\n",',
    '  "tiny_pkg-1.0.dist-info/METADATA": "Metadata-Version: 2.1\\nName: tiny-pkg\\nVersion: 1.0\\n",',
    '  "tiny_pkg-1.0.dist-info/WHEEL": "Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n",',
    '}',
    'with zipfile.ZipFile(sys.argv[1], "w") as z:',
    '  for name, text in files.items(): z.writestr(name, text)',
    '  z.writestr("tiny_pkg-1.0.dist-info/RECORD", "".join(f"{n},,\\n" for n in files) + "tiny_pkg-1.0.dist-info/RECORD,,\\n")',
  ].join('\n');
  await exec(PY, ['-c', script, file]);
  return file;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relay-venv-'));
  wheel = await makeWheel(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createVenv', () => {
  test("with pip ≥ 22.3 the venv has no pip of its own; the host's pip installs into it and nowhere else", async () => {
    expect(await pipCanTarget(exec, PY)).toBe(PY);
    const venv = join(dir, 'fast');
    const fresh = await createVenv(exec, PY, venv);
    expect(fresh.pip).toEqual([PY, '-m', 'pip', '--python', fresh.python]);
    expect(existsSync(join(venv, 'bin', 'pip'))).toBe(false);
    const [pip, ...args] = fresh.pip;
    await exec(pip, [...args, 'install', '--no-index', '--no-cache-dir', '--disable-pip-version-check', wheel]);
    const r = await exec(fresh.python, ['-I', '-c', 'import tiny_pkg, sys; print(tiny_pkg.VALUE, sys.prefix)'], { cwd: dir });
    expect(r.stdout.trim()).toBe(`42 ${venv}`);
    // The host interpreter did not get the package.
    expect((await exec(PY, ['-I', '-c', 'import tiny_pkg'], { cwd: dir, check: false })).code).not.toBe(0);
  }, 120_000);

  test('an interpreter whose pip predates --python (or has none) gets a venv with its own pip from ensurepip', async () => {
    // The same interpreter under another name, reporting pip 21.3 to the version probe.
    const oldPip: Exec = (file, args, options) =>
      args.some((a) => a.includes('pip.__version__')) ? Promise.resolve({ code: 0, stdout: `21.3.1\n${PY}\n`, stderr: '', signal: null, killed: false, durationMs: 1 }) : exec(file === 'old-python' ? PY : file, args, options);
    expect(await pipCanTarget(oldPip, 'old-python')).toBeNull();
    const venv = join(dir, 'classic');
    const fresh = await createVenv(oldPip, 'old-python', venv);
    expect(fresh.pip).toEqual([fresh.python, '-m', 'pip']);
    const [pip, ...args] = fresh.pip;
    await exec(pip, [...args, 'install', '--no-index', '--no-cache-dir', '--disable-pip-version-check', wheel]);
    expect((await exec(fresh.python, ['-I', '-c', 'import tiny_pkg; print(tiny_pkg.VALUE)'], { cwd: dir })).stdout.trim()).toBe('42');
  }, 180_000);
});
