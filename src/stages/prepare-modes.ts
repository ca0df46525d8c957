/**
 * The hooks prepare-release calls for its release modes (`direct`, `pr`) and commit paths (`git`, `api`):
 * option checks, the early branch-rules check of direct mode, the merged-release check of PR mode, the
 * release PR itself, and the token notes for the summary. Kept apart so prepare-release stays one list of steps.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { instrumented, type StepContext } from '../core/combinators.js';
import { ReleaseError, describeError } from '../core/errors.js';
import type { Exec } from '../core/exec.js';
import type { FileEdit } from '../core/files.js';
import type { Logger } from '../core/log.js';
import type { ReleaseContext } from '../core/context.js';
import type { Git, GitIdentity } from '../git/git.js';
import { readPushBlockers } from '../github/branch-rules.js';
import type { GitHubTarget } from '../github/target.js';
import type { TowncrierRun } from '../changelog/towncrier.js';
import { commitThroughApi } from '../github/api-commit.js';
import { towncrierChanges } from '../changelog/towncrier-edits.js';
import { DEFAULT_RELEASE_BRANCH, releaseBranchName } from '../commits/release-marker.js';
import { assertValidBranchName, COMMIT_VIA, findMergedRelease, openReleasePr, planReleasePr, RELEASE_MODES, type CommitVia, type MergedRelease, type ReleaseMode, type ReleasePrResult } from './release-pr.js';

/** The mode options of prepare-release, as given. */
export interface ModeOptions {
  releaseMode?: string;
  releaseBranch?: string;
  commitVia?: string;
  push: boolean;
  dryRun: boolean;
  github?: GitHubTarget;
}

/** Checks the mode options before anything else; returns them typed. */
export async function validateModeOptions(o: ModeOptions, run: Exec): Promise<{ mode: ReleaseMode; commitVia: CommitVia; branchTemplate: string }> {
  const mode = (o.releaseMode ?? 'direct').trim() as ReleaseMode;
  if (!RELEASE_MODES.includes(mode)) {
    throw new ReleaseError('BAD_INPUT', `Input "release-mode" is "${o.releaseMode}", which is not a release mode.`, `Use one of: ${RELEASE_MODES.join(', ')} (direct pushes the release commit, pr opens a release pull request).`);
  }
  const commitVia = (o.commitVia ?? 'git').trim() as CommitVia;
  if (!COMMIT_VIA.includes(commitVia)) {
    throw new ReleaseError('BAD_INPUT', `Input "commit-via" is "${o.commitVia}".`, `Use one of: ${COMMIT_VIA.join(', ')} (api makes a commit GitHub signs).`);
  }
  if (mode === 'pr' && !o.push && !o.dryRun) {
    throw new ReleaseError('BAD_INPUT', 'release-mode: pr with push: false cannot work: a pull request needs a pushed branch.', 'Set push: true (the default), or use release-mode: direct with push: false to commit locally only.');
  }
  if ((mode === 'pr' || commitVia === 'api') && !o.github && !o.dryRun) {
    throw new ReleaseError('BAD_INPUT', `${mode === 'pr' ? 'release-mode: pr' : 'commit-via: api'} needs the GitHub API, but no token or repository was given.`, 'Pass github-token (a GitHub App token from actions/create-github-app-token lets the PR start workflows).');
  }
  const branchTemplate = o.releaseBranch?.trim() || DEFAULT_RELEASE_BRANCH;
  // Checked with a sample tag now; the real name is checked again once the tag is known.
  // The default template is valid by construction: only a given one is worth a git process.
  if (o.releaseBranch?.trim()) await assertValidBranchName(releaseBranchName(branchTemplate, 'v1.0.0', '1.0.0'), run);
  return { mode, commitVia, branchTemplate };
}

/**
 * Direct mode: reads the branch's rules and classic protection and stops before any write when the push would
 * be refused. A dry run only warns.
 */
export async function checkDirectPush(opts: { github: GitHubTarget; branch: string; commitVia: CommitVia; bypass: boolean; dryRun: boolean; logger: Logger; sctx: StepContext }): Promise<void> {
  if (opts.bypass) return;
  await instrumented('check branch rules', async () => {
    const gh = opts.github;
    const report = await readPushBlockers(gh.client, { owner: gh.owner, repo: gh.repo, branch: opts.branch, commitVia: opts.commitVia }).catch((err: unknown) => {
      // The check is early advice, the push is the final word: an unreadable API must not block a release.
      opts.logger.warning(`Could not read the rules of ${opts.branch} (${describeError(err)}); continuing without the early check.`);
      return { blockers: [], protectionReadable: false };
    });
    if (!report.protectionReadable) opts.logger.info(`Classic protection of ${opts.branch} is not readable with this token (needs admin); rulesets were checked.`);
    if (report.blockers.length === 0) return;
    const rules = report.blockers.map((b) => `${b.rule} (${b.source === 'ruleset' ? 'ruleset' : 'branch protection'})`).join(', ');
    const message = `${opts.branch} has rules that refuse a direct push of the release commit: ${rules}.`;
    if (opts.dryRun) {
      opts.logger.warning(`${message} A real run would stop here.`);
      return;
    }
    throw new ReleaseError('BRANCH_PROTECTED', `${message} Nothing was changed.`, `Use release-mode: pr (the release goes through a pull request), or pass a github-token allowed to bypass these rules and set bypass-branch-rules: true${report.blockers.some((b) => b.rule === 'required_signatures') ? '; for required signatures alone, commit-via: api makes a signed commit' : ''}.`);
  })(undefined, opts.sctx);
}

/** PR mode, on a push to the default branch: a merged, unpublished release to hand to the gate or publish. */
export async function mergedReleaseOnHead(opts: { git: Git; run: Exec; github: GitHubTarget; remote: string; branch: string; artifactDir?: string; tempDir?: string; logger: Logger; sctx: StepContext }): Promise<MergedRelease | undefined> {
  return instrumented('look for a merged release', () =>
    findMergedRelease({ git: opts.git, run: opts.run, github: opts.github, remote: opts.remote, baseBranch: opts.branch, artifactDir: opts.artifactDir ?? join(opts.tempDir || tmpdir(), 'release-relay', 'merged-release'), logger: opts.logger }),
  )(undefined, opts.sctx);
}

/**
 * towncrier's output for a release commit made away from the checkout: runs it in a temporary worktree
 * (see towncrier-edits.ts) and folds what it wrote into the edits; adds its files to `files` (as the direct
 * git path does). Without towncrier, the edits as planned.
 */
async function withTowncrier(opts: { git: Git; run: Exec; sctx: StepContext; root: string; baseSha: string; edits: FileEdit[]; files: string[]; towncrier?: TowncrierRun | null; tempDir?: string }): Promise<{ edits: FileEdit[]; deleted: string[] }> {
  const t = opts.towncrier;
  if (!t) return { edits: opts.edits, deleted: [] };
  const changes = await instrumented('build changelog with towncrier', () => towncrierChanges({ git: opts.git, run: opts.run, root: opts.root, baseSha: opts.baseSha, edits: opts.edits, towncrier: t, tempDir: opts.tempDir }))(undefined, opts.sctx);
  for (const p of [...changes.edits.map((e) => e.path), ...changes.deleted]) if (!opts.files.includes(p)) opts.files.push(p);
  return changes;
}

/** PR mode: plans the release branch (no writes), then commits, pushes and opens or updates the PR. */
export async function prepareViaPullRequest(opts: {
  git: Git; run: Exec; logger: Logger; sctx: StepContext; github: GitHubTarget; root: string; remote: string; baseBranch: string; baseSha: string;
  edits: FileEdit[]; files: string[]; message: string; identity: GitIdentity; context: ReleaseContext; commitVia: CommitVia; branchTemplate: string; version: string; tag: string;
  /** towncrier builds the changelog: its output joins the release commit (built in a temporary worktree). */
  towncrier?: TowncrierRun | null;
  tempDir?: string;
}): Promise<ReleasePrResult> {
  const branch = releaseBranchName(opts.branchTemplate, opts.tag, opts.version);
  await assertValidBranchName(branch, opts.run);
  // Before any write: towncrier can still fail (bad fragments, not installed).
  const { edits, deleted } = await withTowncrier(opts);
  const target = await instrumented('check the release branch', () => planReleasePr(opts, branch))(undefined, opts.sctx);
  return openReleasePr({ ...opts, edits, deleted }, target);
}

/** Direct mode with commit-via: api: the release commit through the Git database API onto the branch. */
export async function directCommitThroughApi(opts: { git: Git; run: Exec; github: GitHubTarget; remote: string; root: string; branch: string; baseSha: string; edits: FileEdit[]; files: string[]; message: string; sctx: StepContext; towncrier?: TowncrierRun | null; tempDir?: string }): Promise<{ sha: string; verified: boolean }> {
  const { edits, deleted } = await withTowncrier(opts);
  return instrumented('commit through the GitHub API', async () => {
    const tip = await opts.git.fetchBranch(opts.remote, opts.branch);
    if (tip !== opts.baseSha) {
      throw new ReleaseError('REMOTE_MOVED', `${opts.remote}/${opts.branch} is at ${tip?.slice(0, 7) ?? 'nothing'}, not at the checked-out ${opts.baseSha.slice(0, 7)}; nothing was changed.`, 'Re-run the release from the current tip of the branch (push your local commits first).');
    }
    return commitThroughApi({ git: opts.git, github: opts.github, remote: opts.remote, parent: opts.baseSha, branch: opts.branch, edits, deleted, message: opts.message, force: false });
  })(undefined, opts.sctx);
}

/**
 * What the job summary says about tokens: events made with the workflow's GITHUB_TOKEN start no other
 * workflow (except workflow_dispatch and repository_dispatch), so say which follow-ups will not run and how
 * to fix it.
 */
export function tokenNotes(mode: ReleaseMode, pushed: boolean): string[] {
  const fix = 'Use a GitHub App token instead: create it with actions/create-github-app-token and pass it as github-token (and to actions/checkout).';
  if (mode === 'pr') {
    return [`If github-token is the workflow's GITHUB_TOKEN, the release PR it opened or updated starts no \`pull_request\` workflows: the gate's check run and your other required checks will not run on it, and its merge must be pushed by a person or an App. ${fix}`];
  }
  if (!pushed) return [];
  return [`If github-token is the workflow's GITHUB_TOKEN, the pushed release commit (and the tag publish-and-verify creates) start no \`push\` workflows: CI on the release commit and tag-triggered publishing will not run, so gate and publish in this same run. ${fix}`];
}
