import { checkTagTemplate } from '../changelog/tags.js';
import { ReleaseError } from '../core/errors.js';
import { BUMP_KINDS } from '../versioning/bump.js';

/** The bumps prepare-release knows. */
export const BUMPS: readonly string[] = ['auto', ...BUMP_KINDS];

/** The inputs of prepare-release that can be checked from their text alone. */
export interface PrepareInputText {
  bump?: string;
  version?: string;
  tagTemplate?: string;
  prereleaseId?: string;
  date?: string;
  commitMessage?: string;
  patchTypes?: string[];
  minorTypes?: string[];
  since?: string;
}

/**
 * Checks the inputs that need neither the repository nor a child process, with the defaults the stage
 * applies. Kept free of heavy imports (third-party parsers, the stage's steps): the action entry runs it before it loads the stage, so a mistyped
 * input fails as fast as a bare action starts.
 */
export function checkPrepareInputs(o: PrepareInputText): void {
  const bump = (o.bump ?? 'auto').trim();
  const commitMessage = o.commitMessage ?? 'chore(release): prepare {tag}';
  if (!o.version && !BUMPS.includes(bump)) {
    throw new ReleaseError('BAD_INPUT', `Input "bump" is "${bump}", which is not a known bump.`, `Use one of: ${BUMPS.join(', ')}; or set "version" to an explicit version.`);
  }
  // Without a template the stage infers the project's own tag style.
  if (o.tagTemplate !== undefined) checkTagTemplate(o.tagTemplate);
  for (const [input, types] of [['patch-types', o.patchTypes], ['minor-types', o.minorTypes]] as const) {
    const bad = (types ?? []).find((t) => !/^[a-z][a-z0-9_-]*$/i.test(t));
    if (bad !== undefined) throw new ReleaseError('BAD_INPUT', `Input "${input}" holds "${bad}", which is not a Conventional Commit type.`, `List types such as fix, perf, refactor (comma-separated) in ${input}.`);
  }
  if (o.since !== undefined && (o.since.startsWith('-') || /\s/.test(o.since))) {
    throw new ReleaseError('BAD_INPUT', `Input "since" is "${o.since}".`, 'Give a commit SHA, a tag, or a date as YYYY-MM-DD.');
  }
  if (o.prereleaseId !== undefined && !/^[A-Za-z][A-Za-z0-9]*$/.test(o.prereleaseId)) {
    throw new ReleaseError('BAD_INPUT', `Input "prerelease-id" is "${o.prereleaseId}".`, 'Use letters and digits only, starting with a letter: rc, beta, alpha.');
  }
  if (o.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) {
    throw new ReleaseError('BAD_INPUT', `Release date "${o.date}" is not YYYY-MM-DD.`, 'Give the date as YYYY-MM-DD.');
  }
  if (/[\0]/.test(commitMessage) || !commitMessage.trim()) {
    throw new ReleaseError('BAD_INPUT', 'Input "commit-message" is empty or holds a NUL byte.', 'Give a one-line message; {version} is replaced.');
  }
}
