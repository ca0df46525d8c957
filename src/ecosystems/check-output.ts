import { isReleaseError } from '../core/errors.js';

/** Lines of output kept as evidence in a failed check. */
export const EXCERPT_LINES = 20;

/** The last EXCERPT_LINES lines of a command's output. */
export function excerpt(text: string): string {
  return text.trimEnd().split('\n').slice(-EXCERPT_LINES).join('\n');
}

/** The last non-empty line of a command's output. */
export function lastLine(text: string): string {
  return text.trimEnd().split('\n').pop()?.trim() ?? '';
}

/**
 * Runs `fn` and turns its TIMEOUT into the value `'timeout'`, so a hung example or smoke command becomes a
 * failed check rather than an exception; an abort of the caller's signal still throws.
 */
export async function timeoutAsValue<T>(signal: AbortSignal | undefined, fn: () => Promise<T>): Promise<T | 'timeout'> {
  try {
    return await fn();
  } catch (err) {
    if (isReleaseError(err, 'TIMEOUT') && !signal?.aborted) return 'timeout';
    throw err;
  }
}
