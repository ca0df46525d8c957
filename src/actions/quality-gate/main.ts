import * as core from '@actions/core';
import { parseImportNames } from '../../ecosystems/python/import-names.js';
import { splitCommand } from '../../core/argv.js';
import { serializeContext } from '../../core/context.js';
import { ReleaseError } from '../../core/errors.js';
import { readRunnerEnvironment } from '../../core/runner.js';
import { parseThreshold } from '../../reports/threshold.js';
import type { GateOptions } from '../../stages/quality-gate.js';
import { renderStageSummary } from '../common/summary.js';
import { readContextInput } from '../common/context-input.js';
import { readGitHubTarget } from '../common/github-input.js';
import { getBoolean, getList, getNumber, getOptionalInput } from '../common/inputs.js';
import { actionsLogger } from '../common/logger.js';
import { runAction } from '../common/run-action.js';
import { restoreDependencyCache, saveDependencyCache } from './cache.js';
import { join } from 'node:path';

/** Input names of quality-gate. */
export const INPUTS = {
  context: 'context',
  contextFile: 'context-file',
  tag: 'tag',
  packageDir: 'package-dir',
  tagTemplate: 'tag-template',
  ecosystem: 'ecosystem',
  python: 'python',
  installDependencies: 'install-dependencies',
  testCommand: 'test-command',
  junitFile: 'junit-file',
  testTimeout: 'test-timeout',
  testRetries: 'test-retries',
  coverageThreshold: 'coverage-threshold',
  coverageBranches: 'coverage-branches',
  coverageReport: 'coverage-report',
  evidenceDir: 'evidence-dir',
  testEvidence: 'test-evidence',
  integrationCommand: 'integration-command',
  integrationTimeout: 'integration-timeout',
  buildTool: 'build-tool',
  isolatedBuild: 'isolated-build',
  artifactDir: 'artifact-dir',
  smokeCommand: 'smoke-command',
  readmeExamples: 'readme-examples',
  exampleTags: 'example-tags',
  installArgs: 'install-args',
  importNames: 'import-names',
  requireCi: 'require-ci',
  ciTimeout: 'ci-timeout',
  requestTimeout: 'request-timeout',
  checkRunId: 'check-run-id',
  excludeChecks: 'exclude-checks',
  openIssue: 'open-issue',
  githubToken: 'github-token',
  pullRequest: 'pull-request',
} as const;

/** Output names of quality-gate. */
export const OUTPUTS = {
  approved: 'approved',
  coverage: 'coverage',
  testsPassed: 'tests-passed',
  testsFailed: 'tests-failed',
  artifactName: 'artifact-name',
  artifactDir: 'artifact-dir',
  issueUrl: 'issue-url',
  context: 'context',
} as const;

/** An optional command input parsed into argv (quotes honoured, nothing expanded). */
function commandInput(name: string): string[] | undefined {
  const value = getOptionalInput(name);
  return value === undefined ? undefined : splitCommand(value, name);
}

/** Parses the inputs once into typed options. */
export async function readOptions(): Promise<GateOptions> {
  const context = await readContextInput('quality-gate');
  const runner = readRunnerEnvironment(process.env);
  // Without a context the gate derives one from the pushed tag; with neither there is nothing to gate.
  // Checked here, before the stage, the cache or any Python probe is loaded or run.
  if (!context && !(getOptionalInput(INPUTS.tag) ?? runner.ref ?? '').replace(/^refs\/tags\//, '')) {
    throw new ReleaseError('BAD_CONTEXT', 'There is no release context and no tag to derive one from.', 'Pass `context` from prepare-release, or run on a tag push (refs/tags/v1.2.3) or set `tag`.');
  }
  const github = await readGitHubTarget(actionsLogger, runner);
  const checkRunId = getOptionalInput(INPUTS.checkRunId);
  return {
    cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
    runner,
    context,
    tag: getOptionalInput(INPUTS.tag),
    packageDir: getOptionalInput(INPUTS.packageDir),
    tagTemplate: getOptionalInput(INPUTS.tagTemplate),
    ecosystem: getOptionalInput(INPUTS.ecosystem),
    tools: { python: getOptionalInput(INPUTS.python) ?? runner.python },
    installDependencies: getBoolean(INPUTS.installDependencies, false),
    testCommand: commandInput(INPUTS.testCommand),
    junitFile: getOptionalInput(INPUTS.junitFile),
    testTimeoutMs: getNumber(INPUTS.testTimeout, 1200, { min: 1, max: 6 * 3600 }) * 1000,
    testRetries: getNumber(INPUTS.testRetries, 1, { min: 0, max: 10 }),
    coverageThreshold: parseThreshold(getOptionalInput(INPUTS.coverageThreshold)),
    coverageBranches: getBoolean(INPUTS.coverageBranches, false),
    coverageReport: getOptionalInput(INPUTS.coverageReport),
    evidenceDir: getOptionalInput(INPUTS.evidenceDir),
    testEvidence: getOptionalInput(INPUTS.testEvidence),
    integrationCommand: commandInput(INPUTS.integrationCommand),
    integrationTimeoutMs: getNumber(INPUTS.integrationTimeout, 1800, { min: 1, max: 6 * 3600 }) * 1000,
    buildTool: getOptionalInput(INPUTS.buildTool),
    isolatedBuild: getBoolean(INPUTS.isolatedBuild, true),
    artifactDir: getOptionalInput(INPUTS.artifactDir),
    smokeCommand: commandInput(INPUTS.smokeCommand),
    readmeExamples: getBoolean(INPUTS.readmeExamples, true),
    exampleTags: getList(INPUTS.exampleTags).length ? getList(INPUTS.exampleTags) : undefined,
    installArgs: getOptionalInput(INPUTS.installArgs) ? splitCommand(getOptionalInput(INPUTS.installArgs) as string, INPUTS.installArgs) : undefined,
    importNames: parseImportNames(getOptionalInput(INPUTS.importNames)),
    requireCi: getBoolean(INPUTS.requireCi, true),
    ciTimeoutMs: getNumber(INPUTS.ciTimeout, 1800, { min: 0, max: 6 * 3600 }) * 1000,
    checkRunId: checkRunId ? getNumber(INPUTS.checkRunId, 0, { min: 1 }) : undefined,
    excludeChecks: getList(INPUTS.excludeChecks),
    github,
    openIssue: getBoolean(INPUTS.openIssue, true),
  };
}

/** The action: read inputs, run the gate, set outputs, write the summary; a rejection fails the job last. */
export async function run(): Promise<void> {
  core.info('release-relay quality-gate');
  await runAction(async () => {
    const options = await readOptions();
    // Loaded after the first log line: the stage and its report parsers dominate start-up time.
    const { qualityGate } = await import('../../stages/quality-gate.js');
    const cache = await restoreDependencyCache(join(options.cwd ?? '.', options.packageDir ?? options.context?.package.dir ?? '.'), options.tools?.python ?? 'python3', actionsLogger).catch(() => undefined);
    const pullRequest = getOptionalInput(INPUTS.pullRequest);
    let result: Awaited<ReturnType<typeof qualityGate>>;
    if (pullRequest) {
      // A release PR: the context comes from the PR body, the verdict goes to a check run and a PR comment.
      if (!options.github) throw new ReleaseError('BAD_INPUT', 'Input "pull-request" needs the GitHub API, but github-token is empty.', 'Pass github-token with checks: write and pull-requests: write.');
      const { gateReleasePr } = await import('../../stages/release-pr.js');
      const { Git } = await import('../../git/git.js');
      const serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
      const runUrl = process.env.GITHUB_RUN_ID ? `${serverUrl}/${options.github.owner}/${options.github.repo}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined;
      result = await gateReleasePr({ ...options, pullNumber: getNumber(INPUTS.pullRequest, 0, { min: 1 }), github: options.github, detailsUrl: runUrl }, { logger: actionsLogger, git: new Git(options.cwd ?? process.cwd()) });
    } else {
      result = await qualityGate(options, { logger: actionsLogger });
    }
    if (cache) await saveDependencyCache(cache, actionsLogger);
    const g = result.context.gate;
    core.setOutput(OUTPUTS.approved, String(result.approved));
    core.setOutput(OUTPUTS.coverage, g?.coverage ? String(g.coverage.percent) : '');
    core.setOutput(OUTPUTS.testsPassed, String(g?.tests?.passed ?? 0));
    core.setOutput(OUTPUTS.testsFailed, String(g?.tests?.failed ?? 0));
    core.setOutput(OUTPUTS.artifactName, result.artifactName);
    core.setOutput(OUTPUTS.artifactDir, result.artifactDir);
    core.setOutput(OUTPUTS.issueUrl, g?.issue_url ?? '');
    core.setOutput(OUTPUTS.context, serializeContext(result.context).trim());
    const details = ['| check | result | evidence |', '|---|---|---|', ...(g?.checks ?? []).map((c) => `| ${c.name} | ${c.skipped ? '⏭️ skipped' : c.ok ? '✅ passed' : '❌ failed'} | ${(c.detail ?? '').split('\n')[0].replace(/\|/g, '\\|').slice(0, 200)} |`)];
    const pkg = result.context.package;
    if (pkg.version_source) details.push('', `Version source: ${pkg.version_source}`);
    if (pkg.import_names?.length) details.push('', `Import names: ${pkg.import_names.map((n) => `\`${n}\``).join(', ')}`);
    if (g?.issue_url) details.push('', `Rejection issue: ${g.issue_url}`);
    if (cache) details.push('', `Dependency cache: **${cache.state}** (${[cache.key && `\`${cache.key}\``, cache.state === 'unavailable' ? cache.detail : ''].filter(Boolean).join('; ')})`);
    await core.summary.addRaw(renderStageSummary({ title: 'quality-gate', decision: result.decision, details, timeline: result.context.timeline, stage: 'quality-gate' })).write();
    if (!result.approved) core.setFailed(result.decision);
    else core.info(result.decision);
  });
}
