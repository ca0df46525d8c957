import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReleaseError } from '../../src/core/errors.js';
import { detectEcosystem, ECOSYSTEMS, getAdapter } from '../../src/ecosystems/adapters.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function dir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'relay-reg-'));
  dirs.push(d);
  return d;
}

describe('ecosystem registry', () => {
  test('python is registered and returned by name', () => {
    expect(Object.keys(ECOSYSTEMS)).toContain('python');
    expect(getAdapter('python').name).toBe('python');
  });

  test('an unknown name lists the known ones', () => {
    let err: unknown;
    try {
      getAdapter('cargo');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ReleaseError);
    expect((err as ReleaseError).code).toBe('UNKNOWN_ECOSYSTEM');
    expect((err as ReleaseError).hint).toContain('python');
    expect(() => getAdapter('toString')).toThrow(ReleaseError);
  });

  test('auto detects python from pyproject.toml and refuses an empty directory', async () => {
    const py = await dir();
    await writeFile(join(py, 'pyproject.toml'), '[project]\nname = "x"\n');
    expect((await detectEcosystem(py, 'auto')).name).toBe('python');
    const empty = await dir();
    await expect(detectEcosystem(empty, 'auto')).rejects.toMatchObject({ code: 'UNKNOWN_ECOSYSTEM' });
    expect((await detectEcosystem(empty, 'python')).name).toBe('python');
  });
});
