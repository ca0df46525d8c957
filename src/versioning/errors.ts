import { ReleaseError } from '../core/errors.js';
import { BUMP_KINDS } from './bump.js';

/** BAD_VERSION for `v` (from `input`, the input or file it came from) that is not a valid `scheme` version. */
export function badVersion(v: string, input: string | undefined, scheme: string, fix: string): ReleaseError {
  const where = input ? ` (from ${input})` : '';
  return new ReleaseError('BAD_VERSION', `"${v}"${where} is not a valid ${scheme} version.`, fix);
}

/** BAD_INPUT for `release` on a version that is not a pre-release. */
export function notPrerelease(v: string): ReleaseError {
  return new ReleaseError('BAD_INPUT', `Input "bump" is "release", but ${v} is not a pre-release.`, 'Use "release" only to promote a pre-release (1.3.0rc2 → 1.3.0); use patch, minor or major for a final version.');
}

/** BAD_INPUT for a bump kind that is not one of BUMP_KINDS. */
export function unknownKind(kind: string): ReleaseError {
  return new ReleaseError('BAD_INPUT', `Unknown bump kind "${kind}".`, `Use one of: ${BUMP_KINDS.join(', ')}.`);
}
