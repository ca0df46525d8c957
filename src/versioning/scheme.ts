import { ReleaseError } from '../core/errors.js';
import type { BumpKind } from './bump.js';
import { PEP440 } from './pep440.js';
import { SEMVER } from './semver.js';

/**
 * A version scheme: how versions are written, compared and bumped.
 *
 * Accepted input, for both schemes: surrounding whitespace and one leading `v`/`V` are stripped by
 * `normalize` (workflow_dispatch inputs and tags are often written `v1.2.3`); `isValid` accepts only the
 * normalized form. semver is strict SemVer 2.0.0 (`1.2`, `01.2.3`, `1.0.0-` and `1.2.3.4` are refused,
 * and so is build metadata `+x`, which npm drops on publish). PEP 440 is normalized the way pip and PyPI
 * write it (`1.0.0-RC1` → `1.0.0rc1`, `1.0-1` → `1.0.post1`); local versions (`+cu118`) are refused because
 * PyPI refuses them, and so are release segments of more than four numbers (`1.2.3.4.5`: almost always a
 * typo).
 */
export interface VersionScheme {
  name: 'semver' | 'pep440';
  /** The canonical form of `v`; throws BAD_VERSION naming `input` (the input or file it came from) and a fix. */
  normalize(v: string, input?: string): string;
  /** True when `v` is already a valid, canonical version of this scheme. */
  isValid(v: string): boolean;
  /** Negative, zero or positive as `a` sorts below, equal to or above `b`. */
  compare(a: string, b: string): number;
  /** True for pre-releases (semver `-rc.1`; PEP 440 `rc1`, `a1`, `b1`, `.dev1`). Post-releases are final. */
  isPrerelease(v: string): boolean;
  /** The next version after `current` for a bump kind; see bump.ts for the rules, semver.ts and pep440.ts for each scheme's. */
  bump(current: string, kind: BumpKind, prereleaseId?: string): string;
}

/** The version scheme with this name; throws BAD_INPUT naming the known names for anything else. */
export function getScheme(name: 'semver' | 'pep440'): VersionScheme {
  const scheme = SCHEMES[name];
  if (!scheme) {
    throw new ReleaseError('BAD_INPUT', `Unknown version scheme "${String(name)}".`, `Use one of: ${Object.keys(SCHEMES).join(', ')}.`);
  }
  return scheme;
}

const SCHEMES: Record<string, VersionScheme> = { semver: SEMVER, pep440: PEP440 };
