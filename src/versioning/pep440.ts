import { explain as pepExplain, compare as pepCompare, clean as pepClean } from '@renovatebot/pep440';
import { ReleaseError } from '../core/errors.js';
import type { BumpKind } from './bump.js';
import { badVersion, notPrerelease, unknownKind } from './errors.js';
import { remembered, rememberedCompare, rememberedNormalize } from './remembered.js';
import type { VersionScheme } from './scheme.js';

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

const comparePep = rememberedCompare((a, b) => pepCompare(a, b));
const isPepPrerelease = remembered((v) => {
  const p = pepParts(v);
  return p !== null && (p.pre !== null || p.dev !== null);
});

/** PEP 440, normalized as pip and PyPI write it; pre-release series numbered from 1. */
export const PEP440: VersionScheme = {
  name: 'pep440',
  normalize: rememberedNormalize(pepNormalize),
  isValid(v) {
    try {
      return pepNormalize(v) === v;
    } catch {
      return false;
    }
  },
  compare: comparePep,
  isPrerelease: isPepPrerelease,
  bump: pepBump,
};
