import { ReleaseError } from '../core/errors.js';
import type { ParsedCommit } from '../commits/conventional.js';
import { dropCancelledReverts } from '../commits/conventional.js';
import type { VersionScheme } from './scheme.js';

/**
 * How to move from the current version to the next one. `release` promotes a pre-release to its final
 * version (1.3.0rc2 → 1.3.0, 1.3.0-rc.2 → 1.3.0).
 *
 * Pre-release numbering follows each ecosystem's habit: semver series start at `.0` (`npm version
 * prerelease --preid rc`: 1.2.0 → 1.2.1-rc.0 → 1.2.1-rc.1), PEP 440 series start at 1 (1.2.0 → 1.2.1rc1 →
 * 1.2.1rc2, as CPython, Django and pip number theirs). `prerelease` on a final version starts a series on the
 * next patch; without a pre-release id a series keeps its own id, and a final version starts an `rc` one.
 * Each scheme applies a kind in its own file: versioning/semver.ts and versioning/pep440.ts.
 */
export type BumpKind = 'major' | 'minor' | 'patch' | 'premajor' | 'preminor' | 'prepatch' | 'prerelease' | 'release';

/** Every bump kind, in the order error messages list them. */
export const BUMP_KINDS: readonly BumpKind[] = ['major', 'minor', 'patch', 'premajor', 'preminor', 'prepatch', 'prerelease', 'release'];

/** What decideNextVersion is given. */
export interface DecideInput {
  /** The version the package has now (normalized or not). */
  current: string;
  scheme: VersionScheme;
  /** The raw `bump` input: `auto`, a BumpKind, or `''` (= `auto`). Case and surrounding spaces are ignored. */
  bump: string;
  /** An explicit next version; wins over `bump` (which must then be `auto` or empty). */
  version?: string;
  /** Pre-release id (`rc`, `beta`, `alpha`, …) for pre* bumps, and for `auto` to release a pre-release. */
  prereleaseId?: string;
  /** Allow a next version that sorts below the current one. Defaults to false. */
  allowDowngrade?: boolean;
  /** The commits since the last release (for `auto`). Defaults to none. */
  commits?: ParsedCommit[];
  /** Which Conventional types bump the minor and the patch level. Defaults to DEFAULT_BUMP_RULES. */
  rules?: BumpRules;
  /** The last released version (the newest release tag), for `auto` on a `.dev` version. Defaults to none. */
  lastRelease?: string;
}

/** Conventional types that call for a minor or a patch release; breaking changes always call for a major one. */
export interface BumpRules {
  minor: readonly string[];
  patch: readonly string[];
}

/** The Conventional Commits defaults: feat → minor; fix and perf → patch (as semantic-release and release-please). */
export const DEFAULT_BUMP_RULES: BumpRules = { minor: ['feat'], patch: ['fix', 'perf'] };

/** `feat, fix, perf`: the types of a rule set, for messages. */
function ruleTypes(rules: BumpRules): string {
  return [...rules.minor, ...rules.patch].join(', ');
}

/** What decideNextVersion decided, in words a maintainer reads in five seconds. */
export interface Decision {
  /** The next version (normalized), or null when nothing releasable happened. */
  next: string | null;
  /** The bump applied: a BumpKind, `explicit` for a given version, or `none`. */
  bump: string;
  /** One sentence that says why, naming the deciding commits. */
  reason: string;
  released: boolean;
  /** The commits that decided an `auto` bump (all of the deciding level). */
  deciding: ParsedCommit[];
}

/** The change level of one commit under Conventional Commits, or null when it does not call for a release. */
export function commitLevel(c: ParsedCommit, rules: BumpRules = DEFAULT_BUMP_RULES): 'major' | 'minor' | 'patch' | null {
  if (c.isMerge) return null;
  if (c.breaking) return 'major';
  if (c.type !== null && rules.minor.includes(c.type)) return 'minor';
  // A revert changes shipped behaviour back, so it is released like a fix.
  if ((c.type !== null && rules.patch.includes(c.type)) || c.isRevert) return 'patch';
  return null;
}

/**
 * Decides the next version from an explicit version, a bump kind, or (`auto`) the Conventional Commits
 * since the last release: a breaking change → major (minor while the major version is 0), feat → minor,
 * fix/perf/revert → patch, anything else (chore, docs, ci, test, style, build, refactor, merges,
 * non-conventional commits) → no release. A revert of a commit in the same range cancels both.
 *
 * `auto` on a pre-release stays in its series when the commits fit it (1.3.0rc1 + fix or feat → 1.3.0rc2;
 * 1.3.0-rc.0 → 1.3.0-rc.1) and starts a higher series when they do not (1.3.0rc1 + breaking → 2.0.0rc1).
 * `auto` with a pre-release id on a final version releases a pre-release of the decided level
 * (1.2.0 + feat, id rc → 1.3.0rc1). Leave a series with `release`, or an explicit bump or version.
 *
 * Throws BAD_INPUT for an unknown bump or a bump together with an explicit version, BAD_VERSION for a
 * malformed or already current version, DOWNGRADE for a next version below the current one (unless
 * allowDowngrade).
 */
export function decideNextVersion(input: DecideInput): Decision {
  const { scheme } = input;
  const current = scheme.normalize(input.current, 'the current version');
  const bumpRaw = (input.bump ?? '').trim().toLowerCase();
  const bump = bumpRaw === '' ? 'auto' : bumpRaw;
  if (bump !== 'auto' && !(BUMP_KINDS as readonly string[]).includes(bump)) {
    throw new ReleaseError('BAD_INPUT', `Input "bump" is "${input.bump}", which is not a bump kind.`, `Use one of: auto, ${BUMP_KINDS.join(', ')}.`);
  }
  const prereleaseId = input.prereleaseId?.trim() ? input.prereleaseId.trim() : undefined;

  const explicit = input.version?.trim();
  if (explicit) {
    if (bump !== 'auto') {
      throw new ReleaseError('BAD_INPUT', `Inputs "version" (${explicit}) and "bump" (${bump}) are both set.`, 'Set only one of them: an explicit version, or a bump kind.');
    }
    const next = scheme.normalize(explicit, 'input "version"');
    checkOrder(scheme, current, next, input.allowDowngrade ?? false, 'input "version"');
    const normalizedNote = next !== explicit ? ` (normalized from ${explicit})` : '';
    return { next, bump: 'explicit', reason: `Version ${next}${normalizedNote} was given explicitly with input "version".`, released: true, deciding: [] };
  }

  if (bump !== 'auto') {
    const kind = bump as BumpKind;
    if (prereleaseId !== undefined && !['premajor', 'preminor', 'prepatch', 'prerelease'].includes(kind)) {
      throw new ReleaseError('BAD_INPUT', `Input "prerelease-id" (${prereleaseId}) does not go with bump "${kind}".`, 'Use it with premajor, preminor, prepatch, prerelease or auto, or leave it empty.');
    }
    const next = scheme.bump(current, kind, prereleaseId);
    checkOrder(scheme, current, next, input.allowDowngrade ?? false, 'input "bump"');
    return { next, bump: kind, reason: `A ${kind} bump was requested with input "bump" (${current} → ${next}).`, released: true, deciding: [] };
  }

  const commits = dropCancelledReverts(input.commits ?? []);
  const rules = input.rules ?? DEFAULT_BUMP_RULES;
  if (prereleaseId === undefined && isDevOfFinal(current)) return decideDev(scheme, current, commits, rules, input.lastRelease);
  return decideAuto(scheme, current, commits, prereleaseId, input.allowDowngrade ?? false, rules);
}

/** Throws DOWNGRADE (or BAD_VERSION when equal) unless `next` sorts above `current`. */
function checkOrder(scheme: VersionScheme, current: string, next: string, allowDowngrade: boolean, source: string): void {
  const order = scheme.compare(next, current);
  if (order === 0) {
    throw new ReleaseError('BAD_VERSION', `Version ${next} (${source}) is already current.`, 'Give a higher version, or a bump kind; re-releasing the current version is not a release.');
  }
  if (order < 0 && !allowDowngrade) {
    throw new ReleaseError('DOWNGRADE', `Version ${next} (${source}) sorts below the current version ${current}.`, 'Give a version above the current one, or set allow-downgrade: true if this is intended.');
  }
}

const LEVEL_WORDS: Record<'major' | 'minor' | 'patch', string> = {
  major: 'breaking change',
  minor: 'new feature',
  patch: 'fix',
};

/** Major version 0 (semver `0.x`, PEP 440 `0.x` in any epoch). */
function isZeroMajor(v: string): boolean {
  const at = v.indexOf('!');
  const rest = at >= 0 ? v.slice(at + 1) : v;
  return rest === '0' || rest.startsWith('0.');
}

/** A PEP 440 development release of a final version (`8.5.0.dev0`, not `8.5.0rc1.dev0` or `8.5.0.post1.dev0`). */
export function isDevOfFinal(v: string): boolean {
  return /^([0-9]+!)?[0-9]+(\.[0-9]+)*\.dev[0-9]+$/.test(v);
}

/** The commits grouped by the level they call for, and the highest level found. */
function levels(commits: ParsedCommit[], rules: BumpRules): { byLevel: Record<'major' | 'minor' | 'patch', ParsedCommit[]>; found: 'major' | 'minor' | 'patch' | undefined } {
  const byLevel: Record<'major' | 'minor' | 'patch', ParsedCommit[]> = { major: [], minor: [], patch: [] };
  for (const c of commits) {
    const level = commitLevel(c, rules);
    if (level) byLevel[level].push(c);
  }
  return { byLevel, found: (['major', 'minor', 'patch'] as const).find((l) => byLevel[l].length > 0) };
}

/**
 * `auto` on a development version (`8.5.0.dev0` on the default branch, as click and others keep it): the
 * version under development is the release (8.5.0), unless the commits since the last release call for more
 * (a breaking change after 8.4.2 → 9.0.0). Any commit since the last release makes it releasable, since the
 * maintainer named the next version already; no commit at all is nothing to release.
 */
function decideDev(scheme: VersionScheme, current: string, commits: ParsedCommit[], rules: BumpRules, lastRelease: string | undefined): Decision {
  if (commits.length === 0) {
    return { next: null, bump: 'none', reason: 'No commits since the last release, so there is nothing to release.', released: false, deciding: [] };
  }
  const final = scheme.bump(current, 'release');
  const { byLevel, found } = levels(commits, rules);
  if (found && lastRelease !== undefined) {
    const level = found === 'major' && isZeroMajor(lastRelease) ? 'minor' : found;
    const demanded = scheme.bump(scheme.normalize(lastRelease, 'the last release tag'), level);
    if (scheme.compare(demanded, final) > 0) {
      const deciding = byLevel[found];
      return { next: demanded, bump: level, reason: `${capitalize(level)} bump (${lastRelease} → ${demanded}), above the development version ${current}, because of ${deciding.length} ${LEVEL_WORDS[found]}${deciding.length === 1 ? '' : /(x|h)$/.test(LEVEL_WORDS[found]) ? 'es' : 's'}: ${listCommits(deciding)}.`, released: true, deciding };
    }
  }
  const n = commits.length;
  return { next: final, bump: 'release', reason: `The development version ${current} is released as ${final} (${n} commit${n === 1 ? '' : 's'} since the last release${found ? '; none calls for more' : ''}).`, released: true, deciding: found ? byLevel[found] : [] };
}

function decideAuto(scheme: VersionScheme, current: string, commits: ParsedCommit[], prereleaseId: string | undefined, allowDowngrade: boolean, rules: BumpRules): Decision {
  const { byLevel, found } = levels(commits, rules);
  if (!found) {
    const n = commits.length;
    const what = n === 0 ? 'No commits since the last release' : `None of the ${n} commit${n === 1 ? '' : 's'} since the last release is a ${ruleTypes(rules)}, revert or breaking change`;
    return { next: null, bump: 'none', reason: `${what}, so there is nothing to release.`, released: false, deciding: [] };
  }
  const deciding = byLevel[found];
  let level: 'major' | 'minor' | 'patch' = found;
  let zeroNote = '';
  if (found === 'major' && isZeroMajor(current)) {
    level = 'minor';
    zeroNote = ' (below 1.0.0 a breaking change bumps the minor version)';
  }

  let kind: BumpKind;
  let next: string;
  if (scheme.isPrerelease(current)) {
    // Stay in the series when the level fits it (the plain bump would just promote), else start a higher one.
    const promoted = scheme.bump(current, 'release');
    const plain = scheme.bump(current, level);
    const sameSeries = scheme.compare(plain, promoted) === 0;
    kind = sameSeries ? 'prerelease' : (`pre${level}` as BumpKind);
    next = sameSeries ? scheme.bump(current, 'prerelease', prereleaseId) : scheme.bump(current, kind, prereleaseId ?? prereleaseIdOf(current));
  } else if (prereleaseId !== undefined) {
    kind = `pre${level}` as BumpKind;
    next = scheme.bump(current, kind, prereleaseId);
  } else {
    kind = level;
    next = scheme.bump(current, kind);
  }
  checkOrder(scheme, current, next, allowDowngrade, 'input "bump" (auto)');
  const words = LEVEL_WORDS[found];
  const count = `${deciding.length} ${words}${deciding.length === 1 ? '' : /(x|h)$/.test(words) ? 'es' : 's'}`;
  return {
    next,
    bump: kind,
    reason: `${capitalize(kind)} bump (${current} → ${next}) because of ${count}${zeroNote}: ${listCommits(deciding)}.`,
    released: true,
    deciding,
  };
}

/** The pre-release id a version carries (`rc` of 1.3.0rc1 or 1.3.0-rc.1), or undefined. */
function prereleaseIdOf(v: string): string | undefined {
  const dash = v.indexOf('-');
  if (dash >= 0) {
    const id = v.slice(dash + 1).split('.')[0];
    return /^\d+$/.test(id) ? undefined : id;
  }
  for (const id of ['rc', 'a', 'b']) {
    const at = v.lastIndexOf(id);
    if (at > 0 && /^\d/.test(v.slice(at + id.length))) return id;
  }
  return undefined;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `abc1234 feat(api): add x; def5678 fix: y` — the first five, then how many more. */
function listCommits(commits: ParsedCommit[]): string {
  const shown = commits.slice(0, 5).map((c) => `${c.sha.slice(0, 7)} ${c.raw.subject.trim()}`);
  const more = commits.length > 5 ? `; and ${commits.length - 5} more` : '';
  return shown.join('; ') + more;
}
