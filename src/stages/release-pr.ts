/**
 * Release PR mode: the release commit goes to a branch and through a pull request instead of straight onto
 * the default branch. Three moments, one per workflow event:
 *  - push to the default branch: open or update the release PR (`openReleasePr`, after prepare's checks);
 *  - pull_request on the release branch: gate its head, report a check run, comment on rejection (`gateReleasePr`);
 *  - push after the merge: recognise the release commit by its trailer and hand publish the approved bytes
 *    when the merged tree is the gated one, or a context to gate once more (`findMergedRelease`).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { sha256Hex } from '../core/approved-copy.js';
import { instrumented, type StepContext } from '../core/combinators.js';
import { loadContext, type ReleaseContext } from '../core/context.js';
import { ReleaseError, describeError } from '../core/errors.js';
import type { Exec } from '../core/exec.js';
import { applyEdits, resolveInside, type FileEdit } from '../core/files.js';
import type { Logger } from '../core/log.js';
import { identityEnv, type Git, type GitIdentity } from '../git/git.js';
import { downloadArtifact, findArtifact } from '../github/artifacts.js';
import { completeCheckRun, startCheckRun } from '../github/check-run-report.js';
import { commitTree } from '../github/git-data.js';
import { commentOnPull, createPull, getPull, listPullsFromBranch, listRecentPulls, updatePull, type PullInfo } from '../github/pulls.js';
import type { GitHubTarget } from '../github/target.js';
import { commitThroughApi } from '../github/api-commit.js';
import type { GateDeps, GateOptions, GateResult } from './quality-gate.js';
import { contextFromPrBody, isSuiteBody, parseTrailers, releasePrTitle, renderPrBody, withTrailer } from '../commits/release-marker.js';

/** Release modes: `direct` pushes the release commit to the branch, `pr` opens a release pull request. */
export const RELEASE_MODES = ['direct', 'pr'] as const;
export type ReleaseMode = (typeof RELEASE_MODES)[number];
/** How the release commit is made: with git (and pushed) or through GitHub's Git database API (signed). */
export const COMMIT_VIA = ['git', 'api'] as const;
export type CommitVia = (typeof COMMIT_VIA)[number];

/** Name of the check run the gate reports on the release PR's head. */
export const GATE_CHECK_NAME = 'release-relay / quality-gate';

/** Validates a branch name with git's rules; throws BAD_INPUT naming `release-branch`. */
export async function assertValidBranchName(name: string, run: Exec): Promise<void> {
  const r = await run('git', ['check-ref-format', `refs/heads/${name}`], { check: false });
  if (r.code !== 0 || /\s/.test(name) || name.startsWith('-')) {
    throw new ReleaseError('BAD_INPUT', `Input "release-branch" gives "${name}", which is not a valid branch name.`, 'Use letters, digits, dots, dashes and slashes, e.g. release/{tag}; no spaces, "..", "~", "^", ":" or a trailing ".lock".');
  }
}

/** Where the release PR goes, decided before anything is written. */
export interface ReleasePrTarget {
  branch: string;
  /** The remote branch's tip before this run (null: the branch is new). */
  previousTip: string | null;
  /** The suite's open PR from the branch, to update. */
  existing: PullInfo | undefined;
  warnings: string[];
}

/** Everything the PR flow needs from prepare-release. */
export interface ReleasePrInput {
  git: Git;
  run: Exec;
  logger: Logger;
  sctx: StepContext;
  github: GitHubTarget;
  root: string;
  remote: string;
  /** The default branch the PR goes into, and its tip (HEAD). */
  baseBranch: string;
  baseSha: string;
  edits: FileEdit[];
  files: string[];
  /** Files the release commit removes (towncrier's news fragments). Defaults to none. */
  deleted?: string[];
  /** Commit message with the version filled in (the trailer is added here). */
  message: string;
  identity: GitIdentity;
  context: ReleaseContext;
  commitVia: CommitVia;
}

/** The commits on `tip` that are not on `base`, with their messages. */
async function commitsOnBranch(git: Git, base: string, tip: string): Promise<{ sha: string; message: string }[]> {
  const out = (await git.git(['log', '--format=%H%x1f%B%x1e', `${base}..${tip}`])).stdout;
  return out.split('\x1e').map((r) => r.trim()).filter(Boolean).map((r) => {
    const [sha, message] = r.split('\x1f');
    return { sha, message: message ?? '' };
  });
}

/**
 * Decides the release branch without writing anything: refuses a branch whose open pull request someone else
 * opened; keeps a branch that holds only release-relay's own commits (it is rebuilt and force-updated); moves
 * to `<branch>-2`, `-3`, … when the branch holds someone else's commits, with a warning that says why.
 */
export async function planReleasePr(input: ReleasePrInput, branch: string): Promise<ReleasePrTarget> {
  const { git, github: gh } = input;
  const warnings: string[] = [];
  for (let n = 1; n <= 10; n++) {
    const candidate = n === 1 ? branch : `${branch}-${n}`;
    const open = await listPullsFromBranch(gh.client, { owner: gh.owner, repo: gh.repo, branch: candidate, base: input.baseBranch, state: 'open' });
    const foreign = open.find((p) => !isSuiteBody(p.body));
    if (foreign) {
      throw new ReleaseError('RELEASE_PR_CONFLICT', `Pull request #${foreign.number} (${foreign.url}) from ${candidate} was opened by ${foreign.author || 'someone else'}, not by release-relay; nothing was changed.`, 'Close that pull request or rename its branch, or set release-branch to another name (e.g. release/{tag}-relay).');
    }
    const tip = await git.fetchBranch(input.remote, candidate);
    if (tip) {
      const commits = await commitsOnBranch(git, input.baseSha, tip);
      const others = commits.filter((c) => parseTrailers(c.message).length === 0);
      if (others.length > 0) {
        warnings.push(`${candidate} holds ${others.length} commit(s) release-relay did not make (${others.map((c) => c.sha.slice(0, 7)).join(', ')}); it was left as it is and the release goes to ${branch}-${n + 1} instead.`);
        continue;
      }
    }
    return { branch: candidate, previousTip: tip, existing: open[0], warnings };
  }
  throw new ReleaseError('RELEASE_PR_CONFLICT', `${branch} and its -2 … -10 variants all hold commits release-relay did not make.`, 'Delete the stale release branches, or set release-branch to another name.');
}

/** What opening the release PR did. */
export interface ReleasePrResult {
  branch: string;
  sha: string;
  pull: PullInfo;
  created: boolean;
  /** True when the branch already held an identical release commit and was left untouched. */
  unchanged: boolean;
  verified?: boolean;
  warnings: string[];
}

/**
 * Makes the release commit on the release branch (git: committed locally and force-pushed with a lease on the
 * tip seen by the plan; api: created through the Git database API), then opens or updates the one release
 * PR and closes the suite's older release PRs for another version. The local checkout ends on the release
 * branch at the release commit.
 */
export async function openReleasePr(input: ReleasePrInput, target: ReleasePrTarget): Promise<ReleasePrResult> {
  const { git, github: gh, context, logger } = input;
  const tag = context.version?.tag as string;
  // The same release keeps its context id across re-runs; with nothing new, the existing commit is kept too.
  const previous = target.previousTip ? await commitsOnBranch(git, input.baseSha, target.previousTip) : [];
  const reuse = previous.length === 1 ? parseTrailers(previous[0].message)[0] : undefined;
  if (reuse?.tag === tag) context.id = reuse.contextId;
  const message = withTrailer(input.message, tag, context.id);
  let sha: string;
  let verified: boolean | undefined;
  let unchanged = false;

  if (input.commitVia === 'api') {
    const made = await instrumented('commit through the GitHub API', () =>
      commitThroughApi({ git, github: gh, remote: input.remote, parent: input.baseSha, branch: target.branch, edits: input.edits, deleted: input.deleted, message, force: target.previousTip !== null }),
    )(undefined, input.sctx);
    sha = made.sha;
    verified = made.verified;
  } else {
    sha = await instrumented('commit on the release branch', async () => {
      await git.git(['checkout', '--quiet', '-B', target.branch, input.baseSha]);
      try {
        await applyEdits(input.root, input.edits);
        const deleted = input.deleted ?? [];
        if (deleted.length) await git.git(['rm', '--quiet', '--', ...deleted]);
        const written = input.files.filter((f) => !deleted.includes(f));
        await git.git(['add', '--', ...written]);
        await git.git(['commit', '--quiet', '--no-verify', '-m', message, '--', ...written, ...deleted], { env: identityEnv(input.identity) });
      } catch (err) {
        await git.git(['checkout', '--quiet', '--force', input.baseBranch], { check: false });
        await git.git(['branch', '-D', target.branch], { check: false });
        throw err;
      }
      return git.head();
    })(undefined, input.sctx);
    if (reuse?.tag === tag && target.previousTip && previous.length === 1) {
      const [mine, theirs] = await Promise.all([git.out(['rev-parse', `${sha}^{tree}`]), git.out(['rev-parse', `${target.previousTip}^{tree}`])]);
      const parent = await git.out(['rev-parse', `${target.previousTip}^`]);
      if (mine === theirs && parent === input.baseSha) {
        await git.git(['checkout', '--quiet', '-B', target.branch, target.previousTip]);
        sha = target.previousTip;
        unchanged = true;
      }
    }
    if (!unchanged) {
      await instrumented('push the release branch', async () => {
        const lease = `--force-with-lease=refs/heads/${target.branch}:${target.previousTip ?? ''}`;
        await git.git(['push', '--porcelain', lease, input.remote, `HEAD:refs/heads/${target.branch}`]);
      })(undefined, input.sctx);
    }
  }

  const body = renderPrBody({ context, files: input.files, baseBranch: input.baseBranch });
  const title = releasePrTitle(context);
  const pr = await instrumented('open or update the release pull request', async () => {
    if (target.existing) return { pull: await updatePull(gh.client, { owner: gh.owner, repo: gh.repo, number: target.existing.number, title, body }), created: false };
    return { pull: await createPull(gh.client, { owner: gh.owner, repo: gh.repo, head: target.branch, base: input.baseBranch, title, body }), created: true };
  })(undefined, input.sctx);

  await instrumented('close superseded release pull requests', () => closeSupersededPulls(input, pr.pull, tag))(undefined, input.sctx).catch((err: unknown) => logger.warning(`Could not close superseded release pull requests: ${describeError(err)}`));

  for (const w of target.warnings) logger.warning(w);
  return { branch: target.branch, sha, pull: pr.pull, created: pr.created, unchanged, verified, warnings: target.warnings };
}

/**
 * Closes the suite's older release PRs into the same base that `current` supersedes (another version: the
 * bump changed, so the branch name did too), each with a comment linking `current`. Only a PR that is
 * release-relay's on both counts is touched: its body carries the suite's marker (embedded context and
 * trailer), and its branch (in this repository) holds only release commits the suite made. Anything else
 * is left open with a note in the log. Returns the numbers closed.
 */
export async function closeSupersededPulls(input: Pick<ReleasePrInput, 'git' | 'github' | 'remote' | 'baseBranch' | 'baseSha' | 'logger'>, current: PullInfo, tag: string): Promise<number[]> {
  const { git, github: gh, logger } = input;
  const repo = `${gh.owner}/${gh.repo}`.toLowerCase();
  const open = await listRecentPulls(gh.client, { owner: gh.owner, repo: gh.repo, base: input.baseBranch, state: 'open' });
  const closed: number[] = [];
  for (const p of open) {
    if (p.number === current.number || !isSuiteBody(p.body)) continue;
    if (parseTrailers(p.body).some((t) => t.tag === tag)) continue;
    if (p.headRepo && p.headRepo.toLowerCase() !== repo) {
      logger.info(`#${p.number} looks like an older release PR but comes from ${p.headRepo}; left open.`);
      continue;
    }
    const tip = await git.fetchBranch(input.remote, p.headRef).catch(() => null);
    const commits = tip ? await commitsOnBranch(git, input.baseSha, tip) : [];
    const others = commits.filter((c) => parseTrailers(c.message).length === 0);
    if (!tip || others.length > 0) {
      logger.warning(`#${p.number} (${p.headRef}) looks like an older release PR, but ${tip ? `its branch holds ${others.length} commit(s) release-relay did not make (${others.map((c) => c.sha.slice(0, 7)).join(', ')})` : 'its branch could not be fetched'}; left open. Close it by hand if #${current.number} replaces it.`);
      continue;
    }
    await commentOnPull(gh.client, { owner: gh.owner, repo: gh.repo, number: p.number, body: `Superseded by #${current.number} (${current.url}): the release is now ${tag}. Closed by release-relay; the branch ${p.headRef} is no longer updated.` });
    await updatePull(gh.client, { owner: gh.owner, repo: gh.repo, number: p.number, state: 'closed' });
    logger.info(`Closed #${p.number}: superseded by #${current.number}.`);
    closed.push(p.number);
  }
  return closed;
}

/** Options of the gate on a release PR. */
export interface ReleasePrGateOptions extends Omit<GateOptions, 'context' | 'github' | 'openIssue'> {
  /** The pull request number (github.event.pull_request.number). */
  pullNumber: number;
  github: GitHubTarget;
  /** Name of the check run. Defaults to `release-relay / quality-gate`. */
  checkName?: string;
  /** Link of the check run (the workflow run). */
  detailsUrl?: string;
}

/** What the gate on a release PR produced. */
export interface ReleasePrGateResult extends GateResult {
  pull: PullInfo;
  checkRunId: number;
  commentUrl?: string;
}

/**
 * Gates the release PR's head: reads the release context from the PR body, checks the checkout is the PR's
 * head, reports a check run (make it a required check), runs the quality gate, and comments on the PR when
 * it rejects. The approved context and files are written to the artifact folder like any gate run.
 */
export async function gateReleasePr(options: ReleasePrGateOptions, deps: GateDeps & { git: Git }): Promise<ReleasePrGateResult> {
  const gh = options.github;
  const pull = await getPull(gh.client, { owner: gh.owner, repo: gh.repo, number: options.pullNumber });
  const embedded = contextFromPrBody(pull.body);
  if (!embedded || !isSuiteBody(pull.body)) {
    throw new ReleaseError('BAD_CONTEXT', `Pull request #${pull.number} is not a release-relay release PR (its body holds no release context).`, 'Run the gate with pull-request only on release PRs (e.g. `if: startsWith(github.head_ref, \'release/\')`).');
  }
  if (pull.state !== 'open') throw new ReleaseError('BAD_CONTEXT', `Pull request #${pull.number} is ${pull.merged ? 'merged' : 'closed'}; there is nothing to gate.`, 'Gate open release PRs only; a merged release is published from the push to the default branch.');
  const head = await deps.git.head();
  if (head !== pull.headSha) {
    throw new ReleaseError('CONTEXT_MISMATCH', `The checkout is at ${head.slice(0, 7)} but pull request #${pull.number}'s head is ${pull.headSha.slice(0, 7)}.`, 'Check out the PR head: actions/checkout with ref: ${{ github.event.pull_request.head.sha }}.');
  }
  const context: ReleaseContext = { ...embedded, release_commit: { sha: pull.headSha, branch: pull.headRef, pushed: true, files_changed: embedded.release_commit?.files_changed ?? [] }, timeline: [] };
  const name = options.checkName ?? GATE_CHECK_NAME;
  const check = await startCheckRun(gh.client, { owner: gh.owner, repo: gh.repo, sha: pull.headSha, name, title: `Gating ${context.package.name} ${context.version?.next}`, detailsUrl: options.detailsUrl });
  // The gate (and the report parsers it loads) only when a release PR is gated: prepare imports this module too.
  const { qualityGate, rejectionIssueBody } = await import('./quality-gate.js');
  let result: GateResult;
  try {
    result = await qualityGate({ ...options, context, github: gh, openIssue: false, excludeChecks: [...(options.excludeChecks ?? []), name] }, deps);
  } catch (err) {
    await completeCheckRun(gh.client, { owner: gh.owner, repo: gh.repo, id: check.id, success: false, title: 'The quality gate failed to run', summary: describeError(err) }).catch(() => undefined);
    throw err;
  }
  const failed = (result.context.gate?.checks ?? []).filter((c) => !c.ok);
  await completeCheckRun(gh.client, { owner: gh.owner, repo: gh.repo, id: check.id, success: result.approved, title: result.approved ? `Approved ${context.version?.next}` : `Rejected ${context.version?.next}`, summary: result.approved ? result.decision : rejectionIssueBody(result.context, failed) });
  let commentUrl: string | undefined;
  if (!result.approved) {
    commentUrl = await commentOnPull(gh.client, { owner: gh.owner, repo: gh.repo, number: pull.number, body: rejectionIssueBody(result.context, failed) });
    if (result.context.gate) result.context.gate.issue_url = commentUrl;
  }
  return { ...result, pull, checkRunId: check.id, commentUrl };
}

/** The first approved file in `dir` that is missing or whose sha256 differs from the context's, as a sentence; undefined when all match. */
export async function firstDigestMismatch(dir: string, context: ReleaseContext): Promise<string | undefined> {
  const files = context.artifacts ?? [];
  if (files.length === 0) return 'the approved context lists no files';
  for (const a of files) {
    const bytes = await readFile(resolveInside(dir, a.file, 'merged-artifact-dir')).catch(() => null);
    if (!bytes) return `${a.file} is missing`;
    const digest = sha256Hex(bytes);
    if (digest !== a.sha256.toLowerCase()) return `${a.file} has sha256 ${digest}, not the approved ${a.sha256}`;
  }
  return undefined;
}

/** A merged release waiting to be published, found on the default branch. */
export interface MergedRelease {
  /** The commit on the default branch that brought the release in (merge, squash or rebased commit): the tag goes here. */
  sha: string;
  tag: string;
  pull: PullInfo;
  /** The context to publish (approved, with the gated files in artifactDir) or to gate first. */
  context: ReleaseContext;
  /** True when the merged tree differs from the gated head, or no approved artifact was found: gate `sha` once. */
  needsGate: boolean;
  /** Where the approved files were downloaded (when needsGate is false). */
  artifactDir?: string;
  reason: string;
}

/**
 * On a push to the default branch: finds the newest release commit (by its trailer) whose tag does not exist
 * yet, the merged release PR that carried it, and decides what to publish. When the merged commit's tree is
 * the gated PR head's tree, the approved artifact of that head is downloaded (Actions artifacts API) and its
 * context returned as is; otherwise the context asks for one gate run on the merged commit. Returns undefined
 * when HEAD holds no unpublished release (an ordinary push, or a release PR closed without merging).
 */
export async function findMergedRelease(opts: { git: Git; run: Exec; github: GitHubTarget; remote: string; baseBranch: string; artifactDir: string; logger: Logger; depth?: number }): Promise<MergedRelease | undefined> {
  const { git, github: gh } = opts;
  const depth = String(opts.depth ?? 200);
  const log = (await git.git(['log', '-n', depth, '--format=%H%x1f%B%x1e', 'HEAD'])).stdout;
  let found: { sha: string; tag: string; contextId: string } | undefined;
  // The remote's tags: one listing (a network round trip) for every trailer, asked when first needed.
  let remoteTags: Promise<Map<string, string> | null> | undefined;
  const onRemote = async (tag: string): Promise<boolean> => {
    remoteTags ??= git.hasRemote(opts.remote).then((has) => (has ? git.remoteTags(opts.remote) : null));
    return (await remoteTags)?.has(tag) ?? false;
  };
  for (const record of log.split('\x1e').map((r) => r.trim()).filter(Boolean)) {
    const [sha, message] = record.split('\x1f');
    for (const t of parseTrailers(message ?? '')) {
      if (await git.tagCommit(t.tag)) continue;
      if (await onRemote(t.tag)) continue;
      found = { sha, ...t };
      break;
    }
    if (found) break;
  }
  if (!found) return undefined;
  // The first commit on the default branch's first-parent line that contains the release commit.
  const line = (await git.out(['rev-list', '--first-parent', '-n', depth, 'HEAD'])).split('\n').filter(Boolean);
  const descendants = new Set((await git.out(['rev-list', '--ancestry-path', `${found.sha}..HEAD`])).split('\n').filter(Boolean));
  const target = [...line].reverse().find((c) => c === found?.sha || descendants.has(c)) ?? found.sha;

  const closed = await listRecentPulls(gh.client, { owner: gh.owner, repo: gh.repo, base: opts.baseBranch, state: 'closed' });
  const pull = closed.find((p) => p.merged && parseTrailers(p.body).some((t) => t.tag === found?.tag && t.contextId === found?.contextId));
  if (!pull) {
    throw new ReleaseError('BAD_CONTEXT', `${target.slice(0, 7)} carries release ${found.tag} (${found.contextId}) but no merged pull request into ${opts.baseBranch} has that release's trailer.`, 'Merge the release PR that prepare-release opened (its body carries the context), or release with release-mode: direct.');
  }
  const embedded = contextFromPrBody(pull.body);
  if (!embedded) throw new ReleaseError('BAD_CONTEXT', `Pull request #${pull.number} lost its embedded release context (the body was edited).`, 'Restore the PR body, or re-run prepare-release to open a new release PR.');
  const release_commit = { sha: target, branch: opts.baseBranch, pushed: true, files_changed: embedded.release_commit?.files_changed ?? [] };
  const repository = { ...embedded.repository, ref: opts.baseBranch, sha: target };
  const base: Omit<MergedRelease, 'context' | 'needsGate' | 'reason'> = { sha: target, tag: found.tag, pull };

  const [mergedTree, gatedTree] = await Promise.all([git.out(['rev-parse', `${target}^{tree}`]), commitTree(gh.client, { owner: gh.owner, repo: gh.repo, sha: pull.headSha })]);
  const regate = (reason: string): MergedRelease => {
    const context: ReleaseContext = { ...embedded, repository, release_commit, timeline: [] };
    delete context.gate;
    delete context.artifacts;
    return { ...base, context, needsGate: true, reason };
  };
  if (mergedTree !== gatedTree) return regate(`the merged tree of ${target.slice(0, 7)} differs from the gated head ${pull.headSha.slice(0, 7)} of #${pull.number} (${opts.baseBranch} moved meanwhile)`);
  const name = `release-${embedded.version?.next}`;
  const artifact = await findArtifact(gh.client, { owner: gh.owner, repo: gh.repo, name, headSha: pull.headSha }).catch((err: unknown) => {
    // A token without actions: read cannot see the artifacts: gating once more is safe, failing the release is not needed.
    opts.logger.warning(`Could not look up the release PR gate's artifact (${describeError(err)}); the merge commit is gated again. Give the token actions: read to publish the approved files instead.`);
    return null;
  });
  if (artifact === null) return regate(`the Actions artifacts API could not be read (the token needs actions: read)`);
  if (!artifact) return regate(`no artifact ${name} from a gate run on ${pull.headSha.slice(0, 7)} was found (expired, or the gate did not approve)`);
  const dir = resolve(opts.artifactDir);
  await downloadArtifact(gh.client, opts.run, { owner: gh.owner, repo: gh.repo, id: artifact.id, dir });
  const approved = await loadContext(join(dir, 'release-context.json'));
  if (approved.gate?.status !== 'approved' || approved.version?.tag !== found.tag) {
    return regate(`artifact ${artifact.id} does not hold an approved context for ${found.tag}`);
  }
  // The bytes handed on must be the ones the PR's gate approved: every file against its approved sha256.
  const mismatch = await firstDigestMismatch(dir, approved);
  if (mismatch) return regate(`artifact ${artifact.id}: ${mismatch}`);
  const context: ReleaseContext = { ...approved, repository, release_commit, gate: { ...approved.gate, artifact_dir: dir } };
  return { ...base, context, needsGate: false, artifactDir: dir, reason: `the merged tree equals the gated head ${pull.headSha.slice(0, 7)} of #${pull.number}: publishing the files its gate approved (artifact ${artifact.id})` };
}
