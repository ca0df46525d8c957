import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, type Exec } from '../../../src/core/exec.js';
import { resolvePython } from '../../../src/ecosystems/python/interpreter.js';

const SYSTEM_PYTHON = '/usr/bin/python3';
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** An exec whose PATH starts with a directory holding `python3`, a link to the system Python under another path. */
async function execWithOtherPython3(): Promise<{ run: Exec; other: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'relay-python-'));
  dirs.push(dir);
  const other = join(dir, 'python3');
  await symlink(SYSTEM_PYTHON, other);
  return { run: (file, args, options) => exec(file, args, { ...options, pathPrepend: [dir, ...(options?.pathPrepend ?? [])] }), other };
}

describe('resolvePython', () => {
  test('the first python3 on PATH that has the modules wins', async () => {
    const { run, other } = await execWithOtherPython3();
    await expect(resolvePython({ modules: ['venv'], exec: run })).resolves.toBe(other);
  });

  test('an interpreter an earlier step chose is tried first, so one run stays on one Python', async () => {
    const { run } = await execWithOtherPython3();
    await expect(resolvePython({ modules: ['venv'], exec: run, prefer: SYSTEM_PYTHON })).resolves.toBe(SYSTEM_PYTHON);
  });

  test('a preferred interpreter without the modules is passed over', async () => {
    const { run, other } = await execWithOtherPython3();
    await expect(resolvePython({ modules: ['venv'], exec: run, prefer: '/nonexistent/python3' })).resolves.toBe(other);
  });

  test('an explicit interpreter without the modules is refused with the module named', async () => {
    await expect(resolvePython({ explicit: SYSTEM_PYTHON, modules: ['no_such_module_xyz'] })).rejects.toThrow(/no_such_module_xyz/);
  });
});
