// One module per function rather than the whole package: semver's index loads its ranges too (Range,
// Comparator, satisfies, …), which no release path here needs; a few ms of every start.
import compare from 'semver/functions/compare.js';
import inc from 'semver/functions/inc.js';
import major from 'semver/functions/major.js';
import minor from 'semver/functions/minor.js';
import patch from 'semver/functions/patch.js';
import prerelease from 'semver/functions/prerelease.js';
import valid from 'semver/functions/valid.js';
import { ReleaseError } from '../core/errors.js';
import { badVersion, notPrerelease, unknownKind } from './errors.js';
import { remembered, rememberedCompare, rememberedNormalize } from './remembered.js';
import type { VersionScheme } from './scheme.js';

const semver = { compare, inc, major, minor, patch, prerelease, valid };

/** One leading v/V and surrounding whitespace removed. */
function stripV(v: string): string {
  const t = v.trim();
  return t.length > 1 && (t[0] === 'v' || t[0] === 'V') && t[1] >= '0' && t[1] <= '9' ? t.slice(1) : t;
}

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

/** Strict SemVer 2.0.0, as npm writes versions; bumps as `npm version` does. */
export const SEMVER: VersionScheme = {
  name: 'semver',
  normalize: rememberedNormalize(semverNormalize),
  isValid: (v) => typeof v === 'string' && semver.valid(v) === v,
  compare: rememberedCompare((a, b) => semver.compare(a, b)),
  isPrerelease: remembered((v) => semver.prerelease(v) !== null),
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
