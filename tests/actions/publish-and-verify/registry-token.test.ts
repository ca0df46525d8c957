/**
 * publish-and-verify's token input: `registry-token`, with `pypi-token` accepted as a deprecated alias for one
 * major version. Both are masked; the alias prints a notice naming the new input; two different tokens refuse.
 */
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { readRegistryToken } from '../../../src/actions/publish-and-verify/main.js';

const KEYS = ['INPUT_REGISTRY-TOKEN', 'INPUT_PYPI-TOKEN'];

/** Runs `fn` with stdout (where @actions/core writes its commands) captured. */
function capture(fn: () => unknown): { out: string; value?: unknown; error?: unknown } {
  let out = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  let result: { value?: unknown; error?: unknown };
  try {
    result = { value: fn() };
  } catch (error) {
    result = { error };
  } finally {
    spy.mockRestore();
  }
  return { out, ...result };
}

afterEach(() => {
  for (const k of KEYS) delete process.env[k];
});

describe('registry-token and its deprecated alias pypi-token', () => {
  test('registry-token is read and masked, with no notice', () => {
    process.env['INPUT_REGISTRY-TOKEN'] = 'npm_newStyleToken123';
    const r = capture(() => readRegistryToken());
    expect(r.value).toBe('npm_newStyleToken123');
    expect(r.out).toContain('::add-mask::npm_newStyleToken123');
    expect(r.out).not.toContain('::notice');
  });

  test('pypi-token alone still works, masked, with a notice that names registry-token', () => {
    process.env['INPUT_PYPI-TOKEN'] = 'pypi-oldStyleToken456';
    const r = capture(() => readRegistryToken());
    expect(r.value).toBe('pypi-oldStyleToken456');
    expect(r.out).toContain('::add-mask::pypi-oldStyleToken456');
    expect(r.out).toMatch(/::notice::Input "pypi-token" is deprecated.*rename it to "registry-token"/);
  });

  test('the same token in both is fine; different tokens refuse with the fix', () => {
    process.env['INPUT_REGISTRY-TOKEN'] = 'tok-same';
    process.env['INPUT_PYPI-TOKEN'] = 'tok-same';
    expect(capture(() => readRegistryToken()).value).toBe('tok-same');
    process.env['INPUT_PYPI-TOKEN'] = 'tok-other';
    const r = capture(() => readRegistryToken());
    expect(r.error).toMatchObject({ code: 'BAD_INPUT', hint: expect.stringContaining('"registry-token" only') });
  });

  test('neither: no token (Trusted Publishing, or a NO_CREDENTIALS refusal before any upload)', () => {
    expect(capture(() => readRegistryToken()).value).toBeUndefined();
  });
});
