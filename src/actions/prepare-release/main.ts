import * as core from '@actions/core';
import { serializeContext } from '../../core/context.js';
import { readRunnerEnvironment } from '../../core/runner.js';
import { checkPrepareInputs } from '../../stages/prepare-checks.js';
import type { PrepareOptions } from '../../stages/prepare-release.js';
import { renderStageSummary } from '../common/summary.js';
import { readGitHubTarget } from '../common/github-input.js';
import { getBoolean, getList, getNumber, getOptionalInput, getSecret } from '../common/inputs.js';
import { actionsLogger } from '../common/logger.js';
import { runAction } from '../common/run-action.js';

/** Input names of prepare-release (kebab-case, as in action.yml). */
export const INPUTS = {
  bump: 'bump',
  version: 'version',
  prereleaseId: 'prerelease-id',
  allowDowngrade: 'allow-downgrade',
  packageDir: 'package-dir',
  ecosystem: 'ecosystem',
  tagTemplate: 'tag-template',
  changelogFile: 'changelog-file',
  since: 'since',
  minorTypes: 'minor-types',
  patchTypes: 'patch-types',
  parseSquashBodies: 'parse-squash-bodies',
  docsFiles: 'docs-files',
  dryRun: 'dry-run',
  commitMessage: 'commit-message',
  push: 'push',
  requestTimeout: 'request-timeout',
  allowDetached: 'allow-detached',
  gitUserName: 'git-user-name',
  gitUserEmail: 'git-user-email',
  githubToken: 'github-token',
  contextFile: 'context-file',
  releaseMode: 'release-mode',
  workspace: 'workspace',
  releaseBranch: 'release-branch',
  commitVia: 'commit-via',
  bypassBranchRules: 'bypass-branch-rules',
  mergedArtifactDir: 'merged-artifact-dir',
} as const;

/** Output names of prepare-release. */
export const OUTPUTS = {
  version: 'version',
  previousVersion: 'previous-version',
  released: 'released',
  changelog: 'changelog',
  commitSha: 'commit-sha',
  tag: 'tag',
  context: 'context',
  releasePrNumber: 'release-pr-number',
  releasePrUrl: 'release-pr-url',
  releasePrBranch: 'release-pr-branch',
  mergedRelease: 'merged-release',
  needsGate: 'needs-gate',
  mergedArtifactDir: 'merged-artifact-dir',
} as const;

/** Parses the inputs once into typed options. */
export function readOptions(): PrepareOptions {
  // Masked at once, before anything can print it; the GitHub client is built later (after the early checks).
  getSecret(INPUTS.githubToken);
  return {
    cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
    runner: readRunnerEnvironment(process.env),
    bump: getOptionalInput(INPUTS.bump),
    version: getOptionalInput(INPUTS.version),
    prereleaseId: getOptionalInput(INPUTS.prereleaseId),
    allowDowngrade: getBoolean(INPUTS.allowDowngrade, false),
    packageDir: getOptionalInput(INPUTS.packageDir),
    ecosystem: getOptionalInput(INPUTS.ecosystem),
    tagTemplate: getOptionalInput(INPUTS.tagTemplate),
    changelogFile: getOptionalInput(INPUTS.changelogFile),
    since: getOptionalInput(INPUTS.since),
    minorTypes: getList(INPUTS.minorTypes),
    patchTypes: getList(INPUTS.patchTypes),
    parseSquashBodies: getBoolean(INPUTS.parseSquashBodies, true),
    docsFiles: getList(INPUTS.docsFiles),
    dryRun: getBoolean(INPUTS.dryRun, false),
    commitMessage: getOptionalInput(INPUTS.commitMessage),
    push: getBoolean(INPUTS.push, true),
    allowDetached: getBoolean(INPUTS.allowDetached, false),
    contextFile: getOptionalInput(INPUTS.contextFile),
    requestTimeoutMs: getNumber(INPUTS.requestTimeout, 60, { min: 1, max: 3600 }) * 1000,
    releaseMode: getOptionalInput(INPUTS.releaseMode),
    releaseBranch: getOptionalInput(INPUTS.releaseBranch),
    commitVia: getOptionalInput(INPUTS.commitVia),
    bypassBranchRules: getBoolean(INPUTS.bypassBranchRules, false),
    mergedArtifactDir: getOptionalInput(INPUTS.mergedArtifactDir),
    workspace: getOptionalInput(INPUTS.workspace),
  };
}

/** The action: read inputs, run the stage, set outputs, write the job summary. */
export async function run(): Promise<void> {
  core.info('release-relay prepare-release');
  await runAction(async () => {
    const options = readOptions();
    // Inputs wrong on their face fail before the stage (most of the start-up time) is loaded.
    checkPrepareInputs(options);
    // The repository's read-only questions run while the rest loads (see askEarly).
    const { askPrepareQuestionsEarly } = await import('../../stages/prepare-early.js');
    await askPrepareQuestionsEarly(options.cwd ?? process.cwd(), { remote: options.remote, dryRun: options.dryRun ?? false, packageDir: options.packageDir, tempDir: options.runner?.tempDir }).logStarted;
    // The GitHub client (branch rules, release PRs, API commits) loads only after that check.
    options.github = await readGitHubTarget(actionsLogger, options.runner ?? {});
    // Loaded after the first log line: the stage and its parsers are most of the bundle's start-up time.
    const { prepareRelease } = await import('../../stages/prepare-release.js');
    const { Git } = await import('../../git/git.js');
    const { resolveCommitIdentity } = await import('../../git/identity.js');
    // The inputs, else the repository's git identity, else github-actions[bot] (this runs on a runner).
    const who = { name: getOptionalInput(INPUTS.gitUserName), email: getOptionalInput(INPUTS.gitUserEmail) };
    options.identity = await resolveCommitIdentity({ ...who, git: new Git(options.cwd ?? '.'), onRunner: true });
    // The findings describe the repository as the release found it, so they are taken before any change.
    const findings = await doctorFindings(options);
    const result = await prepareRelease(options, { logger: actionsLogger });
    const { context } = result;
    const v = context.version;
    core.setOutput(OUTPUTS.version, v?.next ?? '');
    core.setOutput(OUTPUTS.previousVersion, v?.previous ?? '');
    core.setOutput(OUTPUTS.released, String(v?.released ?? false));
    core.setOutput(OUTPUTS.changelog, context.changelog?.section_markdown ?? '');
    core.setOutput(OUTPUTS.commitSha, context.release_commit?.sha ?? context.repository.sha);
    core.setOutput(OUTPUTS.tag, v?.released ? v.tag : '');
    core.setOutput(OUTPUTS.context, serializeContext(context).trim());
    core.setOutput(OUTPUTS.releasePrNumber, result.releasePr ? String(result.releasePr.pull.number) : '');
    core.setOutput(OUTPUTS.releasePrUrl, result.releasePr?.pull.url ?? '');
    core.setOutput(OUTPUTS.releasePrBranch, result.releasePr?.branch ?? '');
    core.setOutput(OUTPUTS.mergedRelease, String(result.mergedRelease !== undefined));
    core.setOutput(OUTPUTS.needsGate, String(result.mergedRelease?.needsGate ?? false));
    core.setOutput(OUTPUTS.mergedArtifactDir, result.mergedRelease?.artifactDir ?? '');
    const details: string[] = [];
    if (v?.released) {
      details.push(`| | |`, `|---|---|`, `| version | \`${v.previous}\` → \`${v.next}\` |`, `| bump | ${v.bump} |`, `| tag | \`${v.tag}\` |`, `| version source | ${context.package.version_source ?? 'version files'} |`, `| changelog | \`${context.changelog?.file ?? ''}\` |`, `| files | ${result.edits.map((e) => `\`${e.path}\``).join(', ')} |`, '');
      if (result.deciding.length) details.push('**Why:**', ...result.deciding.slice(0, 20).map((c) => `- ${c.raw.subject} (${c.sha.slice(0, 7)})`), '');
      details.push('<details><summary>Changelog section</summary>', '', context.changelog?.section_markdown ?? '', '', '</details>');
    }
    if (result.releasePr) details.push('', `Release PR: ${result.releasePr.pull.url} (branch \`${result.releasePr.branch}\`)`, ...result.releasePr.warnings.map((w) => `> ⚠️ ${w}`));
    if (result.tokenNotes?.length) details.push('', '**Tokens:**', ...result.tokenNotes.map((n) => `- ${n}`));
    details.push('', ...findings);
    await core.summary.addRaw(renderStageSummary({ title: 'prepare-release', decision: result.decision, details, timeline: context.timeline, stage: 'prepare-release' })).write();
    core.info(result.decision);
  });
}

/**
 * The doctor's repository and publishing findings (as `release-relay doctor` prints them) as a collapsed
 * section of the summary. The machine checks are left out: this runner is not the one that tests and builds.
 */
async function doctorFindings(options: PrepareOptions): Promise<string[]> {
  try {
    const { runDoctor, renderDoctorMarkdown } = await import('../../doctor/doctor.js');
    const { DOCTOR_CHECKS } = await import('../../doctor/registry.js');
    // The test command is the gate's to find (it needs the gate's Python); its summary shows the one it ran.
    const checks = DOCTOR_CHECKS.filter((c) => c.id !== 'repository.test-command');
    const report = await runDoctor({ dir: options.cwd ?? '.', packageDir: options.packageDir ?? '.', ecosystem: options.ecosystem ?? 'auto', tagTemplate: options.tagTemplate, changelogFile: options.changelogFile, plan: false, areas: ['repository', 'publishing'] }, checks);
    return ['<details><summary>Doctor: the repository and publishing</summary>', '', renderDoctorMarkdown(report), '', '</details>'];
  } catch (err) {
    core.warning(`The doctor's findings are missing from the summary: ${(err as Error).message}`);
    return [];
  }
}
