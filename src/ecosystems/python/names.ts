import { ReleaseError } from '../../core/errors.js';

/** A valid distribution name (PEP 508): letters, digits, `.`, `_`, `-`, starting and ending alphanumeric. */
export const PEP508_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;

/**
 * Refuses a project name that is not a PEP 508 name (newlines, workflow commands, shell metacharacters never
 * reach a log line, a commit, a tag or a command line). `file` names where it was read.
 */
export function assertValidPythonName(name: string, file: string): void {
  if (!PEP508_NAME.test(name)) {
    throw new ReleaseError('BAD_INPUT', `${file} names the project ${JSON.stringify(name)}, which is not a valid distribution name.`, 'Use a PEP 508 name: letters, digits, ".", "_" and "-", starting and ending with a letter or digit (e.g. `name = "my-package"`).', { location: { file } });
  }
}

/** PEP 503 normalized project name: runs of `-`, `_`, `.` become one `-`, lower-cased (`Relay_Example` → `relay-example`). */
export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** The import name a project most likely uses for its top-level module (`relay-example` → `relay_example`). */
export function importName(name: string): string {
  return normalizeName(name).replace(/-/g, '_');
}
