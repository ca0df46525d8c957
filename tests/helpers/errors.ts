/** The one way the suite catches an expected ReleaseError and checks its code. */
import { expect } from '@jest/globals';
import { ReleaseError, type ReleaseErrorCode } from '../../src/core/errors.js';

function checked(err: unknown, code: ReleaseErrorCode | undefined, what: string): ReleaseError {
  if (!(err instanceof ReleaseError)) {
    if (err === undefined) throw new Error(`${what}: expected a ReleaseError, nothing was thrown`);
    throw err;
  }
  if (code !== undefined) expect(err.code).toBe(code);
  return err;
}

/** The ReleaseError `p` rejects with (with `code`: asserts it); any other outcome fails the test. */
export async function rejection(p: Promise<unknown>, code?: ReleaseErrorCode): Promise<ReleaseError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e ?? new Error('rejected with nothing'),
  );
  return checked(err, code, 'the promise resolved');
}

/** The ReleaseError `fn` throws (with `code`: asserts it); any other outcome fails the test. */
export function thrown(fn: () => unknown, code?: ReleaseErrorCode): ReleaseError {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e ?? new Error('threw nothing');
  }
  return checked(err, code, 'the call returned');
}
