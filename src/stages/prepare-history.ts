import { ReleaseError, isReleaseError } from '../core/errors.js';
import type { Exec } from '../core/exec.js';
import { readTextOrNull, resolveInside, type FileEdit } from '../core/files.js';
import type { Logger } from '../core/log.js';
import type { ParsedCommit } from '../commits/conventional.js';
import type { ReleaseHistory } from '../changelog/history.js';
import type { InsertResult } from '../changelog/insert.js';
import { locateChangelog } from '../changelog/locate.js';
import { sectionOf } from '../changelog/render.js';
import { reopenSection } from '../changelog/reopen.js';
import { changelogFormat, findSection } from '../changelog/styled.js';
import { towncrierDraft, type TowncrierRun } from '../changelog/towncrier.js';
import { writeRelease } from '../changelog/write.js';
import type { ReleaseConventions } from '../ecosystems/types.js';
import type { Git } from '../git/git.js';
import { DEFAULT_BUMP_RULES, decideNextVersion, type BumpRules, type DecideInput, type Decision } from '../versioning/bump.js';

/** At most this many entries in a first release's section when no `since` says where its history starts. */
export const FIRST_RELEASE_ENTRIES = 20;

/**
 * Makes sure the whole history and every tag are here: a shallow clone (`fetch-depth: 1`) would decide the
 * version from a fraction of the commits. Deepens it from the remote (`git fetch --unshallow --tags`), or stops
 * with the fix when there is no remote or the fetch fails.
 */
export async function ensureFullHistory(git: Git, remote: string, hasRemote: boolean, logger: Logger, shallow?: boolean): Promise<void> {
  if (!(shallow ?? (await git.isShallow()))) return;
  const fix = 'Check out the full history: actions/checkout with fetch-depth: 0 (or run `git fetch --unshallow --tags` before this step).';
  if (!hasRemote) {
    throw new ReleaseError('SHALLOW_HISTORY', `This is a shallow clone and there is no remote "${remote}" to fetch the rest of the history from; a version decided from part of the history can be wrong.`, fix);
  }
  logger.info(`Shallow clone: fetching the full history and the tags from ${remote} (git fetch --unshallow --tags).`);
  try {
    await git.unshallow(remote);
  } catch (err) {
    throw new ReleaseError('SHALLOW_HISTORY', `This is a shallow clone and fetching the rest of the history from ${remote} failed: ${err instanceof Error ? err.message : String(err)}`, fix, { cause: err });
  }
  if (await git.isShallow()) throw new ReleaseError('SHALLOW_HISTORY', 'The clone is still shallow after git fetch --unshallow.', fix);
}

/** Bump rules: inputs `minor-types` / `patch-types` win, then the release tool's configuration, then the defaults. */
export function bumpRules(o: { minorTypes?: string[]; patchTypes?: string[] }, conventions: ReleaseConventions): BumpRules {
  const base = conventions.bumpRules ?? DEFAULT_BUMP_RULES;
  const clean = (l: string[] | undefined): string[] | undefined => (l && l.length > 0 ? l.map((t) => t.trim().toLowerCase()).filter(Boolean) : undefined);
  return { minor: clean(o.minorTypes) ?? base.minor, patch: clean(o.patchTypes) ?? base.patch };
}

/**
 * The version decision, for a re-opened release too: with an untagged release commit for X, the decision is
 * made from the last release over every commit since it, and never goes below X (X moves only when the new
 * commits call for more). Without a last release the re-opened X stays.
 */
export function decideWithReopen(history: ReleaseHistory, input: DecideInput): Decision {
  const reopened = history.reopened;
  if (!reopened) return decideNextVersion(input);
  const x = reopened.version;
  const { scheme } = input;
  const stays = (why: string): Decision => ({ next: x, bump: 'reopened', reason: `${x} was prepared (${reopened.sha.slice(0, 7)}) and never tagged, so it is prepared again: ${why}.`, released: true, deciding: [] });
  if (!history.last) return stays('there is no earlier release to bump from');
  let d: Decision;
  try {
    d = decideNextVersion({ ...input, current: history.last.version, lastRelease: history.last.version });
  } catch (err) {
    if (isReleaseError(err, 'BAD_VERSION') || isReleaseError(err, 'DOWNGRADE')) return stays('the input asks for nothing above it');
    throw err;
  }
  if (d.next === null || scheme.compare(d.next, x) <= 0) return { ...stays('the commits since the last release call for no higher version'), deciding: d.deciding };
  return { ...d, reason: `${d.reason} (${x} was prepared but never tagged; the new commits call for more.)` };
}

/** What planChangelog is given. */
export interface ChangelogPlanInput {
  root: string;
  /** The package's name (towncrier's title). */
  name: string;
  packageDir: string;
  explicitFile?: string;
  conventions: ReleaseConventions;
  history: ReleaseHistory;
  version: string;
  date: string;
  repoUrl?: string;
  tag: string;
  includeOther?: boolean;
  scheme: 'semver' | 'pep440';
}

/** The planned changelog change: an edit (none for towncrier, which writes its own file at write time). */
export interface ChangelogPlan {
  /** Path relative to the repository root. */
  path: string;
  edit: FileEdit | null;
  rendered: InsertResult;
  towncrier: TowncrierRun | null;
}

function joinRel(dir: string, file: string): string {
  return dir === '.' || dir === '' ? file : `${dir.replace(/\/$/, '')}/${file}`;
}

/**
 * A first release without `since`: at most FIRST_RELEASE_ENTRIES entries (the newest), the rest counted, under
 * a "First release" line; a warning says how to choose the starting point.
 */
function boundFirstRelease(commits: ParsedCommit[], includeOther: boolean | undefined, logger: Logger, start: string): { commits: ParsedCommit[]; preamble: string[] } {
  const listed = commits.filter((c) => sectionOf(c, includeOther ?? true) !== null);
  if (start !== 'the first commit') return { commits, preamble: [] };
  if (listed.length <= FIRST_RELEASE_ENTRIES) return { commits, preamble: ['First release.'] };
  const kept = new Set(listed.slice(0, FIRST_RELEASE_ENTRIES));
  const rest = listed.length - FIRST_RELEASE_ENTRIES;
  logger.warning(`No release tag yet: the first release's section lists the ${FIRST_RELEASE_ENTRIES} newest of ${listed.length} changes in the whole history. Set input "since" (a commit, tag or date) to say where the first release's changes start.`);
  return { commits: commits.filter((c) => kept.has(c) || sectionOf(c, includeOther ?? true) === null), preamble: [`First release. The ${FIRST_RELEASE_ENTRIES} most recent changes are listed; ${rest} earlier change${rest === 1 ? ' is' : 's are'} not.`] };
}

/**
 * Plans the changelog change in the project's own file and format: towncrier when it is configured (a draft
 * now, the build at write time), else the existing changelog (or the one named by `changelog-file` or the
 * release tool), re-opening a section prepared earlier and never tagged. Nothing is written.
 */
export async function planChangelog(git: Git, run: Exec, logger: Logger, p: ChangelogPlanInput): Promise<ChangelogPlan> {
  const pkgAbs = resolveInside(p.root, p.packageDir, 'package-dir');
  if (p.conventions.towncrier && p.explicitFile === undefined) {
    const t: TowncrierRun = { cwd: pkgAbs, name: p.conventions.towncrier.name ?? p.name, version: p.version, date: p.date, from: p.conventions.towncrier.from };
    const path = joinRel(p.packageDir, p.conventions.towncrier.filename);
    const draft = await towncrierDraft(run, t);
    const entries = draft.split('\n').filter((l) => /^\s*[-*] /.test(l)).length;
    if (p.history.reopened) {
      // towncrier consumed the fragments in the earlier release commit: nothing new is nothing to do; new
      // fragments would make a second section for the same version, which towncrier cannot merge.
      if (entries === 0) {
        const text = (await readTextOrNull(resolveInside(p.root, path, 'changelog-file'))) ?? '';
        const at = findSection(text, changelogFormat(path, text), p.history.reopened.version);
        const section = at ? text.split(/\r?\n/).slice(at.start, at.end).join('\n').trimEnd() + '\n' : '';
        return { path, edit: null, rendered: { text, sectionMarkdown: section, entries: section.split('\n').filter((l) => /^\s*[-*] /.test(l)).length }, towncrier: null };
      }
      throw new ReleaseError('BAD_CHANGELOG', `${p.history.reopened.version} was prepared (${p.history.reopened.sha.slice(0, 7)}) and never tagged, and new news fragments arrived since; towncrier cannot add them to the section it already wrote.`, `Revert the release commit (git revert ${p.history.reopened.sha.slice(0, 7)}) and push, then prepare again: towncrier then builds one section from all the fragments.`);
    }
    return { path, edit: null, rendered: { text: '', sectionMarkdown: draft.trim() + '\n', entries }, towncrier: t };
  }
  const explicit = p.explicitFile !== undefined ? { path: p.explicitFile, from: 'input "changelog-file"' } : p.conventions.changelogFile ? { path: p.conventions.changelogFile.path, from: p.conventions.changelogFile.from } : undefined;
  const where = await locateChangelog(p.root, p.packageDir, explicit);
  const path = joinRel(p.packageDir, where.path);
  const full = resolveInside(p.root, path, 'changelog-file');
  const existing = await readTextOrNull(full);
  let text = existing;
  let carried: Record<string, string[]> = {};
  if (existing !== null && p.history.reopened) {
    const before = await git.git(['show', `${p.history.reopened.firstSha}^:${path}`], { check: false });
    const shas = p.history.commits.map((c) => c.sha);
    const r = reopenSection(path, existing, before.code === 0 ? before.stdout : null, p.history.reopened.version, shas);
    text = r.text;
    carried = r.carried;
  }
  let commits = p.history.commits;
  if (!p.history.last) {
    const bounded = boundFirstRelease(commits, p.includeOther, logger, p.history.start);
    commits = bounded.commits;
    if (bounded.preamble.length > 0 && !Object.values(carried).flat().some((e) => e.startsWith('First release'))) carried = { '': bounded.preamble, ...carried };
  }
  logger.info(`Changelog: ${path} (${where.from === 'found' ? 'found' : where.from === 'new' ? 'none found: a new file' : where.from}).`);
  const rendered = writeRelease(where.path, text, {
    version: p.version,
    date: p.date,
    commits,
    repoUrl: p.repoUrl,
    previousTag: p.history.last?.tag ?? null,
    tag: p.tag,
    includeOther: p.includeOther,
    scheme: p.scheme,
    carriedEntries: carried,
  });
  return { path, edit: { path, before: existing, after: rendered.text }, rendered, towncrier: null };
}
