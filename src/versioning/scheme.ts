import semver from 'semver';
import { explain as pepExplain, compare as pepCompare, clean as pepClean } from '@renovatebot/pep440';
import { ReleaseError } from '../core/errors.js';
import type { BumpKind } from './bump.js';

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
  /** The next version after `current` for a bump kind; see bump.ts for the rules. */
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

/** One leading v/V and surrounding whitespace removed. */
function stripV(v: string): string {
  const t = v.trim();
  return t.length > 1 && (t[0] === 'v' || t[0] === 'V') && t[1] >= '0' && t[1] <= '9' ? t.slice(1) : t;
}

function badVersion(v: string, input: string | undefined, scheme: string, fix: string): ReleaseError {
  const where = input ? ` (from ${input})` : '';
  return new ReleaseError('BAD_VERSION', `"${v}"${where} is not a valid ${scheme} version.`, fix);
}

// ---------------------------------------------------------------------------------------------- semver

function semverNormalize(v: string, input?: string): string {
  const s = stripV(String(v));
  // semver.valid also accepts a leading "=" and "v"; require the plain form after our own stripping.
  if (s.includes('+') && semver.valid(s) !== null) {
    throw badVersion(v, input, 'SemVer release', `Drop the build metadata "+${s.slice(s.indexOf('+') + 1)}": npm ignores it, so the published version would not match the tag.`);
  }
  if (semver.valid(s) !== s) {
    throw badVersion(v, input, 'SemVer', 'Write MAJOR.MINOR.PATCH with an optional -prerelease, e.g. 1.2.0 or 1.2.0-rc.1 (no leading zeros, three numbers).');
  }
  return s;
}

function semverPrereleaseId(id: string | undefined): string {
  const p = (id ?? 'rc').trim();
  if (!/^[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*$/.test(p) || /^\d+$/.test(p)) {
    throw new ReleaseError('BAD_INPUT', `Input "prerelease-id" is "${p}", which is not a SemVer pre-release identifier.`, 'Use letters, digits and dashes, e.g. rc, beta, alpha, next.');
  }
  return p;
}

const SEMVER: VersionScheme = {
  name: 'semver',
  normalize: semverNormalize,
  isValid: (v) => typeof v === 'string' && semver.valid(v) === v,
  compare: (a, b) => semver.compare(a, b),
  isPrerelease: (v) => semver.prerelease(v) !== null,
  bump(current, kind, prereleaseId) {
    const cur = semverNormalize(current, 'the current version');
    let next: string | null;
    switch (kind) {
      case 'major':
      case 'minor':
      case 'patch':
        next = semver.inc(cur, kind);
        break;
      case 'premajor':
      case 'preminor':
      case 'prepatch':
        next = semver.inc(cur, kind, semverPrereleaseId(prereleaseId), '0');
        break;
      case 'prerelease': {
        // Without an id, a pre-release keeps its own id; a final release starts an `rc` series.
        const pre = semver.prerelease(cur);
        const ownId = pre && typeof pre[0] === 'string' ? pre[0] : undefined;
        next = semver.inc(cur, 'prerelease', semverPrereleaseId(prereleaseId ?? ownId), '0');
        break;
      }
      case 'release':
        if (semver.prerelease(cur) === null) throw notPrerelease(cur);
        next = `${semver.major(cur)}.${semver.minor(cur)}.${semver.patch(cur)}`;
        break;
      default:
        throw unknownKind(kind);
    }
    if (next === null) throw new ReleaseError('BAD_VERSION', `Cannot apply a ${kind} bump to ${cur}.`, 'Give the version explicitly (input "version").');
    return next;
  },
};

// ---------------------------------------------------------------------------------------------- PEP 440

/** The parts of a PEP 440 version we bump; `pre` is [letter, number]. */
interface PepParts {
  epoch: number;
  release: number[];
  pre: [string, number] | null;
  post: number | null;
  dev: number | null;
}

/** At most this many numbers in a release segment (1.2.3.4 is fine, 1.2.3.4.5 is refused). */
const PEP_MAX_RELEASE_PARTS = 4;

function pepParts(v: string): PepParts | null {
  const e = pepExplain(v);
  if (!e) return null;
  return {
    epoch: e.epoch,
    release: [...e.release],
    pre: e.pre ? [String(e.pre[0]), Number(e.pre[1])] : null,
    // The typings say arrays; at run time post and dev are plain numbers (or null).
    post: e.post === null || e.post === undefined ? null : Number(e.post),
    dev: e.dev === null || e.dev === undefined ? null : Number(e.dev),
  };
}

function pepFormat(p: PepParts): string {
  let s = p.epoch ? `${p.epoch}!` : '';
  s += p.release.join('.');
  if (p.pre) s += `${p.pre[0]}${p.pre[1]}`;
  if (p.post !== null) s += `.post${p.post}`;
  if (p.dev !== null) s += `.dev${p.dev}`;
  return s;
}

const PEP_FIX = 'Write a PEP 440 version such as 1.2.0, 1.2.0rc1, 1.2.0.post1, 2.0.0.dev3 or 1!2.0 (see https://peps.python.org/pep-0440/).';

function pepNormalize(v: string, input?: string): string {
  const raw = String(v);
  const cleaned = pepClean(raw);
  if (cleaned === null || cleaned === undefined) throw badVersion(raw, input, 'PEP 440', PEP_FIX);
  const parts = pepExplain(cleaned);
  if (!parts) throw badVersion(raw, input, 'PEP 440', PEP_FIX);
  if (parts.local !== null && parts.local !== undefined) {
    throw badVersion(raw, input, 'PEP 440', `Drop the local part "+${parts.local}": PyPI refuses local versions. ${PEP_FIX}`);
  }
  if (parts.release.length > PEP_MAX_RELEASE_PARTS) {
    throw badVersion(raw, input, 'PEP 440', `Use at most ${PEP_MAX_RELEASE_PARTS} numbers in the release segment (MAJOR.MINOR.PATCH). ${PEP_FIX}`);
  }
  return cleaned;
}

/** PEP 440 spellings of a pre-release id, by the names people type. */
const PEP_PRE_IDS: Record<string, string> = { a: 'a', alpha: 'a', b: 'b', beta: 'b', c: 'rc', rc: 'rc', pre: 'rc', preview: 'rc' };

function pepPrereleaseId(id: string | undefined): string {
  const key = (id ?? 'rc').trim().toLowerCase();
  const letter = PEP_PRE_IDS[key];
  if (!letter) {
    throw new ReleaseError('BAD_INPUT', `Input "prerelease-id" is "${id}", which PEP 440 has no pre-release for.`, `Use one of: ${Object.keys(PEP_PRE_IDS).join(', ')} (PEP 440 knows only a, b and rc).`);
  }
  return letter;
}

const PRE_RANK: Record<string, number> = { a: 0, b: 1, rc: 2 };

/** A release segment of at least `n` numbers. */
function padded(release: number[], n: number): number[] {
  const r = [...release];
  while (r.length < n) r.push(0);
  return r;
}

/** Increments release[index], zeroes what follows it, keeps the segment's length (extending it if needed). */
function incAt(release: number[], index: number): number[] {
  const r = padded(release, index + 1);
  r[index] += 1;
  for (let i = index + 1; i < r.length; i++) r[i] = 0;
  return r;
}

function pepBump(current: string, kind: BumpKind, prereleaseId?: string): string {
  const cur = pepNormalize(current, 'the current version');
  const p = pepParts(cur);
  if (!p) throw badVersion(current, 'the current version', 'PEP 440', PEP_FIX);
  const isPre = p.pre !== null || p.dev !== null;
  const level = kind === 'major' || kind === 'premajor' ? 0 : kind === 'minor' || kind === 'preminor' ? 1 : 2;
  const final = (release: number[]): PepParts => ({ epoch: p.epoch, release, pre: null, post: null, dev: null });
  switch (kind) {
    case 'major':
    case 'minor':
    case 'patch': {
      // As semver does: a pre-release of X.Y.0 bumped by `minor` becomes X.Y.0 (it is already that minor).
      const tailZero = padded(p.release, 3).slice(level + 1).every((n) => n === 0);
      if (isPre && tailZero) return pepFormat(final(p.release));
      return pepFormat(final(incAt(p.release, level)));
    }
    case 'premajor':
    case 'preminor':
    case 'prepatch':
      return pepFormat({ ...final(incAt(p.release, level)), pre: [pepPrereleaseId(prereleaseId), 1] });
    case 'prerelease': {
      if (p.pre === null && p.dev === null) {
        return pepFormat({ ...final(incAt(p.release, 2)), pre: [pepPrereleaseId(prereleaseId), 1] });
      }
      if (p.pre === null) {
        // X.Y.Z.devN is before any pre-release of X.Y.Z: the first pre-release of the same release.
        return pepFormat({ ...final(p.release), pre: [pepPrereleaseId(prereleaseId), 1] });
      }
      const letter = prereleaseId === undefined ? p.pre[0] : pepPrereleaseId(prereleaseId);
      if (letter === p.pre[0]) {
        // 1.3.0rc1.dev2 → 1.3.0rc1 (the dev build's target); 1.3.0rc1 → 1.3.0rc2.
        return pepFormat({ ...final(p.release), pre: [letter, p.dev !== null && p.post === null ? p.pre[1] : p.pre[1] + 1] });
      }
      if (PRE_RANK[letter] < PRE_RANK[p.pre[0]]) {
        throw new ReleaseError('DOWNGRADE', `A "${letter}" pre-release after ${cur} would sort below it.`, `Keep the id "${p.pre[0]}" or move up (a → b → rc), or give the version explicitly with allow-downgrade.`);
      }
      return pepFormat({ ...final(p.release), pre: [letter, 1] });
    }
    case 'release':
      if (!isPre) throw notPrerelease(cur);
      return pepFormat(final(p.release));
    default:
      throw unknownKind(kind);
  }
}

const PEP440: VersionScheme = {
  name: 'pep440',
  normalize: pepNormalize,
  isValid(v) {
    try {
      return pepNormalize(v) === v;
    } catch {
      return false;
    }
  },
  compare: (a, b) => pepCompare(a, b),
  isPrerelease(v) {
    const p = pepParts(v);
    return p !== null && (p.pre !== null || p.dev !== null);
  },
  bump: pepBump,
};

function notPrerelease(v: string): ReleaseError {
  return new ReleaseError('BAD_INPUT', `Input "bump" is "release", but ${v} is not a pre-release.`, 'Use "release" only to promote a pre-release (1.3.0rc2 → 1.3.0); use patch, minor or major for a final version.');
}

function unknownKind(kind: string): ReleaseError {
  return new ReleaseError('BAD_INPUT', `Unknown bump kind "${kind}".`, 'Use one of: major, minor, patch, premajor, preminor, prepatch, prerelease, release.');
}

const SCHEMES: Record<string, VersionScheme> = { semver: SEMVER, pep440: PEP440 };
