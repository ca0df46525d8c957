import * as core from '@actions/core';
import { ReleaseError } from '../../core/errors.js';

/** An input's value, or undefined when it is empty (as the runner passes unset inputs). */
export function getOptionalInput(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

/** A boolean input (`true`/`false`, YAML 1.2 core schema spellings); `fallback` when empty. */
export function getBoolean(name: string, fallback: boolean): boolean {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ReleaseError('BAD_INPUT', `Input "${name}" is "${value}", not a boolean.`, `Set "${name}" to true or false.`);
}

/** A list input: one item per line or comma-separated; blanks dropped. */
export function getList(name: string): string[] {
  const value = getOptionalInput(name);
  if (value === undefined) return [];
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A non-negative number input (seconds, counts); `fallback` when empty. */
export function getNumber(name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  const n = Number(value);
  const min = range.min ?? 0;
  const max = range.max ?? Number.MAX_SAFE_INTEGER;
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new ReleaseError('BAD_INPUT', `Input "${name}" is "${value}", not a number from ${min} to ${max}.`, `Set "${name}" to a number from ${min} to ${max}.`);
  }
  return n;
}

/** Secrets already registered with the runner: each is masked once, however often its input is read. */
const masked = new Set<string>();

/** A secret input, masked before anything can log it. */
export function getSecret(name: string): string | undefined {
  const value = getOptionalInput(name);
  if (value !== undefined && !masked.has(value)) {
    core.setSecret(value);
    masked.add(value);
  }
  return value;
}
