import * as core from '@actions/core';
import { serializeContext } from '../../core/context.js';
import { readRunnerEnvironment } from '../../core/runner.js';
import { ReleaseError } from '../../core/errors.js';
import type { PublishOptions } from '../../stages/publish-and-verify.js';
import { renderStageSummary } from '../common/summary.js';
import { readContextInputChecked } from '../common/context-input.js';

/** Set by readOptions when only a context file vouches for the release (shown in the summary). */
let contextWarning: string | undefined;
import { readGitHubTarget } from '../common/github-input.js';
import { getBoolean, getList, getNumber, getOptionalInput, getSecret } from '../common/inputs.js';
import { actionsLogger } from '../common/logger.js';
import { runAction } from '../common/run-action.js';
import { readSigstoreInstance } from './sigstore-instance.js';

/** Input names of publish-and-verify. */
export const INPUTS = {
  context: 'context',
  contextFile: 'context-file',
  artifactDir: 'artifact-dir',
  registries: 'registries',
  token: 'registry-token',
  /** Deprecated alias of registry-token, accepted for one major version with a notice. */
  legacyToken: 'pypi-token',
  useOidc: 'trusted-publishing',
  attestations: 'attestations',
  uploadAttempts: 'upload-attempts',
  pushTag: 'push-tag',
  verify: 'verify',
  verifyTimeout: 'verify-timeout',
  requestTimeout: 'request-timeout',
  uploadTimeout: 'upload-timeout',
  python: 'python',
  notesDir: 'notes-dir',
  metricsFile: 'metrics-file',
  otlpEndpoint: 'otlp-endpoint',
  dryRun: 'dry-run',
  githubToken: 'github-token',
} as const;

/** Output names of publish-and-verify. */
export const OUTPUTS = {
  releaseUrl: 'release-url',
  publishedTo: 'published-to',
  degraded: 'degraded',
  verified: 'verified',
  announcement: 'announcement',
  tag: 'tag',
  context: 'context',
} as const;

/**
 * The registry token: input registry-token, or the deprecated pypi-token (with a notice saying what to rename).
 * Both are masked; when both are set they must agree.
 */
export function readRegistryToken(): string | undefined {
  const token = getSecret(INPUTS.token);
  const legacy = getSecret(INPUTS.legacyToken);
  if (legacy === undefined) return token;
  if (token !== undefined && token !== legacy) {
    throw new ReleaseError('BAD_INPUT', `Inputs "${INPUTS.token}" and "${INPUTS.legacyToken}" are both set, to different tokens.`, `Pass the token as "${INPUTS.token}" only; "${INPUTS.legacyToken}" is its deprecated old name.`);
  }
  if (token === undefined) core.notice(`Input "${INPUTS.legacyToken}" is deprecated and will be removed in the next major version: rename it to "${INPUTS.token}" (same value; it holds the PyPI or npm token).`);
  return legacy;
}

/** Parses the inputs once into typed options. */
export async function readOptions(): Promise<PublishOptions> {
  const { context, warning } = await readContextInputChecked('publish-and-verify');
  if (warning) core.warning(warning);
  contextWarning = warning;
  if (!context) throw new ReleaseError('BAD_CONTEXT', 'publish-and-verify needs the release context approved by quality-gate.', 'Pass `context: ${{ needs.<gate job>.outputs.context }}` (or context-file from the downloaded artifact).');
  const dryRun = getOptionalInput(INPUTS.dryRun);
  const runner = readRunnerEnvironment(process.env);
  return {
    cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
    runner,
    context,
    artifactDir: getOptionalInput(INPUTS.artifactDir),
    registries: getList(INPUTS.registries),
    token: readRegistryToken(),
    useOidc: getBoolean(INPUTS.useOidc, true),
    attestations: getBoolean(INPUTS.attestations, true),
    // The provenance must name the workflow that runs this (the caller's, as PyPI's publisher does).
    workflowRef: process.env.GITHUB_WORKFLOW_REF,
    sigstore: await readSigstoreInstance(process.env),
    uploadAttempts: getNumber(INPUTS.uploadAttempts, 4, { min: 1, max: 20 }),
    pushTag: getBoolean(INPUTS.pushTag, true),
    github: await readGitHubTarget(actionsLogger, runner),
    verify: getBoolean(INPUTS.verify, true),
    verifyTimeoutMs: getNumber(INPUTS.verifyTimeout, 900, { min: 0, max: 3 * 3600 }) * 1000,
    requestTimeoutMs: getNumber(INPUTS.requestTimeout, 60, { min: 1, max: 3600 }) * 1000,
    uploadTimeoutMs: getNumber(INPUTS.uploadTimeout, 600, { min: 1, max: 6 * 3600 }) * 1000,
    tools: { python: getOptionalInput(INPUTS.python) ?? runner.python },
    notesDir: getOptionalInput(INPUTS.notesDir),
    metricsFile: getOptionalInput(INPUTS.metricsFile),
    otlpEndpoint: getOptionalInput(INPUTS.otlpEndpoint),
    dryRun: dryRun === undefined ? undefined : getBoolean(INPUTS.dryRun, false),
  };
}

/** The action: read inputs, publish, tag, release, verify, announce; set outputs and the summary. */
export async function run(): Promise<void> {
  core.info('release-relay publish-and-verify');
  await runAction(async () => {
    const options = await readOptions();
    // Loaded after the first log line: the stage and its ecosystem code dominate start-up time.
    const { publishAndVerify } = await import('../../stages/publish-and-verify.js');
    const result = await publishAndVerify(options, { logger: actionsLogger });
    core.setOutput(OUTPUTS.releaseUrl, result.releaseUrl ?? '');
    core.setOutput(OUTPUTS.publishedTo, result.publishedTo.join(','));
    core.setOutput(OUTPUTS.degraded, String(result.degraded));
    core.setOutput(OUTPUTS.verified, String(result.verified));
    core.setOutput(OUTPUTS.announcement, result.announcement);
    core.setOutput(OUTPUTS.tag, result.context.version?.tag ?? '');
    core.setOutput(OUTPUTS.context, serializeContext(result.context).trim());
    if (result.degraded) core.warning(result.decision);
    const details = ['**Plan**', '', ...result.plan.map((p) => `- ${p}`)];
    if (contextWarning) details.unshift(`> [!WARNING]\n> ${contextWarning}`, '');
    if (result.metricsFile) details.push('', `Metrics: \`${result.metricsFile}\``);
    if (result.context.publish?.tag_created) {
      details.push('', `**Tokens:** if the tag \`${result.context.publish.tag}\` and the release were created with the workflow's GITHUB_TOKEN, they start no \`push: tags\` or \`release\` workflows (tag-triggered publishing, docs builds). To start them, pass a GitHub App token from actions/create-github-app-token as github-token and to actions/checkout.`);
    }
    await core.summary.addRaw(renderStageSummary({ title: 'publish-and-verify', decision: result.decision, details, timeline: result.context.timeline, stage: 'publish-and-verify' })).write();
    core.info(result.decision);
  });
}
