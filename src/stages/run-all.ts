import { join } from 'node:path';
import { saveContext, type ReleaseContext } from '../core/context.js';
import { ReleaseError } from '../core/errors.js';
import type { Exec } from '../core/exec.js';
import type { Logger } from '../core/log.js';
import type { RunnerEnvironment } from '../core/runner.js';
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

/**
 * Runs prepare-release → quality-gate → publish-and-verify in order with the context in a file, the same
 * stage code the actions run. Stops after prepare when nothing is releasable, and after a rejecting gate.
 */
export async function runRelay(o: RelayOptions, deps: { exec?: Exec; logger?: Logger; sleep?: (ms: number) => Promise<void> } = {}): Promise<RelayResult> {
  const contextFile = o.contextFile ?? join(o.cwd, '..', 'release-context.json');
  const decisions: { stage: string; decision: string }[] = [];
  const prepared = await prepareRelease({ ...o.prepare, cwd: o.cwd, runner: o.runner, dryRun: o.dryRun, contextFile }, deps);
  decisions.push({ stage: 'prepare-release', decision: prepared.decision });
  if (!prepared.context.version?.released) return { context: prepared.context, decisions, released: false };
  if (o.dryRun) return { context: prepared.context, decisions, released: false };
  const gated = await qualityGate({ ...o.gate, cwd: o.cwd, runner: o.runner, context: prepared.context, github: o.github, contextFile }, deps);
  decisions.push({ stage: 'quality-gate', decision: gated.decision });
  if (!gated.approved) {
    throw new ReleaseError('GATE_REJECTED', gated.decision, gated.context.gate?.issue_url ? `See ${gated.context.gate.issue_url}.` : 'Fix what the gate reported, then re-run.');
  }
  const published = await publishAndVerify({ ...o.publish, cwd: o.cwd, runner: o.runner, context: gated.context, github: o.github, contextFile, artifactDir: gated.artifactDir }, deps);
  decisions.push({ stage: 'publish-and-verify', decision: published.decision });
  await saveContext(contextFile, published.context);
  return { context: published.context, decisions, released: true, approved: true, releaseUrl: published.releaseUrl };
}
