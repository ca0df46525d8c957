import { ReleaseError } from '../core/errors.js';

// Apart from coverage.ts so that reading inputs does not load the XML parser the reports need.
/** Parses input `coverage-threshold`: '' or undefined → undefined; a number 0–100 (a trailing % is allowed). */
export function parseThreshold(input: string | undefined): number | undefined {
  if (input === undefined || input.trim() === '') return undefined;
  const text = input.trim().replace(/%$/, '').trim();
  const value = /^[+]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    throw new ReleaseError('BAD_INPUT', `Input "coverage-threshold" (${input}) is not a number from 0 to 100.`, 'Set coverage-threshold to a percentage such as 80, or leave it empty to skip the coverage check.');
  }
  return value;
}
