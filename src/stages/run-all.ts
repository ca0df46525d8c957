import { join } from 'node:path';
import { saveContext, type ReleaseContext } from '../core/context.js';
import { ReleaseError } from '../core/errors.js';
import type { Exec } from '../core/exec.js';
import type { Logger } from '../core/log.js';
import type { RunnerEnvironment } from '../core/runner.js';
import { Git } from '../git/git.js';
import type { GitHubTarget } from '../github/target.js';
import { prepareRelease, type PrepareOptions } from './prepare-release.js';
import { publishAndVerify, type PublishOptions } from './publish-and-verify.js';
import { qualityGate, type GateOptions } from './quality-gate.js';

/** Options for a whole local release: each stage's options minus what the relay hands on. */
export interface RelayOptions {
  cwd: string;
  /** Where the context file lives between stages. Defaults to `<cwd>/../release-context.json`. */
  contextFile?: string;
  dryRun?: boolean;
  prepare?: Omit<PrepareOptions, 'cwd' | 'dryRun' | 'contextFile'>;
  gate?: Omit<GateOptions, 'cwd' | 'context' | 'github' | 'contextFile'>;
  publish?: Omit<PublishOptions, 'cwd' | 'context' | 'github' | 'contextFile' | 'dryRun'>;
  github?: GitHubTarget;
  /** Where the stages run (read by the entry). Defaults to nothing known. */
  runner?: RunnerEnvironment;
}

/** What a whole release produced, stage by stage. */
export interface RelayResult {
  context: ReleaseContext;
  decisions: { stage: string; decision: string }[];
  released: boolean;
  approved?: boolean;
  releaseUrl?: string;
}

/** The gate rejected the release in a whole run; `context` holds the failed checks and their evidence. */
export class GateRejectedError extends ReleaseError {
  constructor(readonly context: ReleaseContext, decision: string) {
    super('GATE_REJECTED', decision, context.gate?.issue_url ? `See ${context.gate.issue_url}.` : 'Fix what the gate reported, then re-run: nothing was pushed, and the local release commit was undone.');
    this.name = 'GateRejectedError';
  }
}

/**
 * Runs prepare-release → quality-gate → publish-and-verify in order with the context in a file, the same
 * stage code the actions run. Stops after prepare when nothing is releasable, and after a rejecting gate.
 * The release commit is pushed only once the gate approved; when the gate rejects (or the push fails) the
 * local release commit is undone too, so a re-run starts from the same branch and no version is burned.
 */
export async function runRelay(o: RelayOptions, deps: { exec?: Exec; logger?: Logger; sleep?: (ms: number) => Promise<void> } = {}): Promise<RelayResult> {
  const contextFile = o.contextFile ?? join(o.cwd, '..', 'release-context.json');
  const decisions: { stage: string; decision: string }[] = [];
  const wantPush = o.prepare?.push ?? true;
  const prepared = await prepareRelease({ ...o.prepare, push: false, cwd: o.cwd, runner: o.runner, dryRun: o.dryRun, contextFile }, deps);
  decisions.push({ stage: 'prepare-release', decision: prepared.decision });
  if (!prepared.context.version?.released) return { context: prepared.context, decisions, released: false };
  if (o.dryRun) return { context: prepared.context, decisions, released: false };
  const gated = await qualityGate({ ...o.gate, cwd: o.cwd, runner: o.runner, context: prepared.context, github: o.github, contextFile }, deps);
  decisions.push({ stage: 'quality-gate', decision: gated.decision });
  if (!gated.approved) {
    await undoReleaseCommit(o.cwd, prepared.context, deps);
    throw new GateRejectedError(gated.context, gated.decision);
  }
  const approved = wantPush
    ? await pushReleaseCommit(o.cwd, gated.context, o.prepare?.remote ?? 'origin', deps).catch(async (err: unknown) => {
        await undoReleaseCommit(o.cwd, prepared.context, deps);
        throw err;
      })
    : gated.context;
  const published = await publishAndVerify({ ...o.publish, cwd: o.cwd, runner: o.runner, context: approved, github: o.github, contextFile, artifactDir: gated.artifactDir }, deps);
  decisions.push({ stage: 'publish-and-verify', decision: published.decision });
  await saveContext(contextFile, published.context);
  return { context: published.context, decisions, released: true, approved: true, releaseUrl: published.releaseUrl };
}

/** Pushes the approved release commit to its branch (when there is a branch and a remote); records it. */
async function pushReleaseCommit(cwd: string, context: ReleaseContext, remote: string, deps: { exec?: Exec; logger?: Logger }): Promise<ReleaseContext> {
  const commit = context.release_commit;
  if (!commit?.branch || commit.pushed) return context;
  const git = new Git(cwd, deps.exec);
  if (!(await git.hasRemote(remote))) {
    deps.logger?.warning(`No remote "${remote}": the release commit stays local.`);
    return context;
  }
  const push = async (): Promise<void> => {
    try {
      await git.push(remote, [`${commit.sha}:refs/heads/${commit.branch}`]);
    } catch (err) {
      throw new ReleaseError('GIT_FAILED', `The gate approved, but pushing the release commit ${commit.sha.slice(0, 7)} to ${remote}/${commit.branch} failed: ${(err as Error).message}`, 'Nothing was published and the local release commit was undone: pull, and re-run.', { cause: err });
    }
  };
  if (deps.logger) await deps.logger.group('push release commit', push);
  else await push();
  return { ...context, release_commit: { ...commit, pushed: true } };
}

/** Puts the branch back where prepare found it, when HEAD is still the (unpushed) release commit. */
async function undoReleaseCommit(cwd: string, prepared: ReleaseContext, deps: { exec?: Exec; logger?: Logger }): Promise<void> {
  const commit = prepared.release_commit;
  if (!commit || commit.pushed || commit.sha === prepared.repository.sha) return;
  const git = new Git(cwd, deps.exec);
  if ((await git.head()) !== commit.sha) return;
  await git.git(['reset', '--quiet', '--hard', prepared.repository.sha]);
  deps.logger?.info(`Undid the local release commit ${commit.sha.slice(0, 7)}: the branch is back at ${prepared.repository.sha.slice(0, 7)}.`);
}
