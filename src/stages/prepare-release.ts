import { instrumented, createStepContext, type StepContext } from '../core/combinators.js';
import { newContext, saveContext, type ReleaseContext } from '../core/context.js';
import { ReleaseError } from '../core/errors.js';
import { exec as realExec, type Exec } from '../core/exec.js';
import { applyEdits, describeEdit, resolveInside, type FileEdit } from '../core/files.js';
import { silentLogger, type Logger } from '../core/log.js';
import type { RunnerEnvironment } from '../core/runner.js';
import type { ParsedCommit } from '../commits/conventional.js';
import { readReleaseHistory } from '../changelog/history.js';
import { formatTag } from '../changelog/tags.js';
import { towncrierBuild, type TowncrierRun } from '../changelog/towncrier.js';
import { planDocsEdits } from '../ecosystems/docs.js';
import { detectEcosystem } from '../ecosystems/adapters.js';
import type { PackageInfo, ReleaseConventions } from '../ecosystems/types.js';
import { assertValidRefName, BOT_IDENTITY, Git, type GitIdentity } from '../git/git.js';
import { getScheme } from '../versioning/scheme.js';
import { repoFromRemoteUrl, repoFromSlug, type RepoId } from '../github/repository.js';
import type { GitHubTarget } from '../github/target.js';
import { checkPrepareInputs } from './prepare-checks.js';
import { bumpRules, decideWithReopen, ensureFullHistory, planChangelog } from './prepare-history.js';
import { checkDirectPush, directCommitThroughApi, mergedReleaseOnHead, prepareViaPullRequest, tokenNotes, validateModeOptions } from './prepare-modes.js';
import type { MergedRelease, ReleasePrResult } from './release-pr.js';

/** The release commit message when none is given: the tag as it will be written (`prepare v1.2.0`, `prepare 26.1.0`). */
export const DEFAULT_COMMIT_MESSAGE = 'chore(release): prepare {tag}';

/** Typed options of prepare-release; the action and the CLI parse their inputs into this once. */
export interface PrepareOptions {
  /** Working tree of the repository. Defaults to the current directory. */
  cwd?: string;
  /** Package directory relative to the repository root. Defaults to `.`. */
  packageDir?: string;
  /** `auto`, `patch`, `minor`, `major`, `prepatch`, `preminor`, `premajor`, `prerelease` or `release`. Defaults to `auto`. */
  bump?: string;
  /** An explicit next version (wins over bump). */
  version?: string;
  /** Prerelease identifier for pre* bumps (`rc`, `beta`, `alpha`). */
  prereleaseId?: string;
  /** Allow an explicit version that does not sort above the current one. Defaults to false. */
  allowDowngrade?: boolean;
  /** Tag template. Defaults to the release tooling's tag format (semantic-release / release-please for npm; commitizen / python-semantic-release for Python), else the style of the existing release tags, else `v{version}`. */
  tagTemplate?: string;
  /** Changelog path relative to the package directory. Defaults to the existing one (CHANGELOG/CHANGES/HISTORY/NEWS…), else `CHANGELOG.md`. */
  changelogFile?: string;
  /** Where a first release's history starts (commit, tag or YYYY-MM-DD) when there is no release tag yet. */
  since?: string;
  /** Conventional types that bump the patch level. Defaults to the release tool's rules, else `fix, perf`. */
  patchTypes?: string[];
  /** Conventional types that bump the minor level. Defaults to the release tool's rules, else `feat`. */
  minorTypes?: string[];
  /** Read the `* feat: …` lines of squash merges as commits of their own. Defaults to true. */
  parseSquashBodies?: boolean;
  /** Docs files (relative to the repository root) whose install snippets and badges carry the version. */
  docsFiles?: string[];
  /** Compute and report everything, write nothing. Defaults to false. */
  dryRun?: boolean;
  /** Commit message template; `{tag}` and `{version}` are replaced. Defaults to `chore(release): prepare {tag}`. */
  commitMessage?: string;
  /** Push the release commit. Defaults to true. */
  push?: boolean;
  /** Remote to push to and check tags on. Defaults to `origin`. */
  remote?: string;
  /** Allow running on a detached HEAD (no commit is pushed then). Defaults to false. */
  allowDetached?: boolean;
  /** Commit identity. Defaults to github-actions[bot]. */
  identity?: GitIdentity;
  /** `auto`, `python` or `npm`. Defaults to `auto`. */
  ecosystem?: string;
  /** Repository for links and the context. Defaults to the runner's repository, then the remote URL. */
  repository?: RepoId;
  /** Server for links. Defaults to the runner's server URL, else https://github.com. */
  serverUrl?: string;
  /** Where the stage runs (GITHUB_REPOSITORY, GITHUB_REF, RUNNER_TEMP, the OIDC endpoint), read by the entry. Defaults to nothing known. */
  runner?: RunnerEnvironment;
  /** Release date, YYYY-MM-DD. Defaults to today (UTC). */
  date?: string;
  /** Where to write the context file. Not written when omitted. */
  contextFile?: string;
  /** Keep non-conventional commits under "Other". Defaults to true. */
  includeOther?: boolean;
  /** A git transfer with the remote that makes no progress for this long is cut, in ms. Defaults to 60 s. */
  requestTimeoutMs?: number;
  /** `direct` (push the release commit to the branch) or `pr` (open a release pull request). Defaults to `direct`. */
  releaseMode?: string;
  /** Release branch template in pr mode; `{tag}` and `{version}` are replaced. Defaults to `release/{tag}`. */
  releaseBranch?: string;
  /** `git` (commit and push) or `api` (Git database API: GitHub signs the commit). Defaults to `git`. */
  commitVia?: string;
  /** Push even when the branch's rules say a push would be refused (a token allowed to bypass). Defaults to false. */
  bypassBranchRules?: boolean;
  /** The GitHub repository and client: branch rules, the release PR, API commits. */
  github?: GitHubTarget;
  /** pr mode: where the approved files of a merged release are downloaded. Defaults to `$RUNNER_TEMP/release-relay/merged-release`. */
  mergedArtifactDir?: string;
}

/** What prepare-release produced. */
export interface PrepareResult {
  context: ReleaseContext;
  /** The file edits (applied unless dry run). */
  edits: FileEdit[];
  /** A readable diff of the edits. */
  diff: string;
  /** Commits that decided the bump. */
  deciding: ParsedCommit[];
  /** Docs files changed, with the number of replacements. */
  docsChanged: { file: string; count: number }[];
  /** A one-sentence decision for summaries. */
  decision: string;
  /** pr mode: the release pull request opened or updated. */
  releasePr?: ReleasePrResult;
  /** pr mode on the default branch: a merged release to publish (gate first when needsGate). */
  mergedRelease?: MergedRelease;
  /** What the summary says about tokens and the workflows they do not start. */
  tokenNotes?: string[];
}

/** The collaborators prepare-release needs. */
export interface PrepareDeps {
  exec?: Exec;
  logger?: Logger;
}

/** Checks the options that can be checked without looking at the repository. */
async function validateOptions(o: Required<Pick<PrepareOptions, 'bump' | 'commitMessage'>> & PrepareOptions, run: Exec): Promise<void> {
  checkPrepareInputs(o);
  if (o.tagTemplate !== undefined) await assertValidRefName(o.tagTemplate.replace('{version}', '1.0.0').replace('{name}', 'name'), 'tag-template', run);
}

/**
 * prepare-release: decides the next version, writes it into the version files, the CHANGELOG and the docs,
 * commits and pushes. Every check that can fail runs before the first write; a dry run writes nothing.
 */
export async function prepareRelease(options: PrepareOptions, deps: PrepareDeps = {}): Promise<PrepareResult> {
  const run = deps.exec ?? realExec;
  const logger = deps.logger ?? silentLogger;
  const o = {
    ...options,
    bump: (options.bump ?? 'auto').trim(),
    tagTemplate: options.tagTemplate?.trim() || undefined,
    commitMessage: options.commitMessage ?? DEFAULT_COMMIT_MESSAGE,
    packageDir: options.packageDir ?? '.',
    remote: options.remote ?? 'origin',
    push: options.push ?? true,
    dryRun: options.dryRun ?? false,
  };
  const sctx: StepContext = createStepContext('prepare-release', logger);

  const modes = await instrumented('validate inputs', async () => {
    await validateOptions(o, run);
    return validateModeOptions(o, run);
  })(undefined, sctx);

  const git = new Git(o.cwd ?? process.cwd(), run, { requestTimeoutMs: o.requestTimeoutMs });
  const pre = await instrumented('check repository', async () => {
    // Read-only questions, asked of git at once (each is a process start); answered in this order below.
    // (A dry run writes nothing, so it does not ask about uncommitted changes.)
    const asked = Promise.allSettled([git.topLevel(), git.currentBranch(), git.hasRemote(o.remote), git.isShallow(), o.dryRun ? Promise.resolve([]) : git.dirtyPaths(), git.head(), git.remoteUrl(o.remote)] as const);
    const [rootR, branchR, remoteR, shallowR, dirtyR, headR, urlR] = await asked;
    const value = <T>(r: PromiseSettledResult<T>): T => {
      if (r.status === 'rejected') throw r.reason;
      return r.value;
    };
    if (rootR.status === 'rejected') {
      throw new ReleaseError('GIT_FAILED', `${o.cwd ?? process.cwd()} is not inside a git repository.`, 'Run the stage in a checkout (actions/checkout with fetch-depth: 0).');
    }
    const root = rootR.value;
    resolveInside(root, o.packageDir, 'package-dir');
    const branch = value(branchR);
    if (!branch && !o.allowDetached && !o.dryRun) {
      throw new ReleaseError('DETACHED_HEAD', 'HEAD is detached, so there is no branch to push the release commit to.', 'Check out a branch (actions/checkout with ref: main), or set allow-detached: true to commit without pushing.');
    }
    const hasRemoteEarly = value(remoteR);
    await ensureFullHistory(git, o.remote, hasRemoteEarly, logger, value(shallowR));
    const dirty = value(dirtyR);
    if (dirty.length > 0 && !o.dryRun) {
      throw new ReleaseError('DIRTY_TREE', `The working tree has uncommitted changes: ${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ', …' : ''}.`, 'Commit or remove them first; the release commit must hold only the release changes.');
    }
    const sha = value(headR);
    return { root, branch, sha, hasRemote: hasRemoteEarly, remoteUrl: hasRemoteEarly ? value(urlR) : null };
  })(undefined, sctx);

  if (modes.mode === 'pr' && o.github && pre.branch && !o.dryRun) {
    const merged = await mergedReleaseOnHead({ git, run, github: o.github, remote: o.remote, branch: pre.branch, artifactDir: o.mergedArtifactDir, tempDir: o.runner?.tempDir, logger, sctx });
    if (merged) {
      merged.context.timeline = [...sctx.timeline];
      if (o.contextFile) await saveContext(o.contextFile, merged.context);
      return { context: merged.context, edits: [], diff: '', deciding: [], docsChanged: [], mergedRelease: merged, decision: `Release PR #${merged.pull.number} was merged: ${merged.needsGate ? 'gate' : 'publish'} ${merged.tag} on ${merged.sha.slice(0, 7)} (${merged.reason}).` };
    }
  }

  const { adapter, info, conventions } = await instrumented('read package', async () => {
    const adapter = await detectEcosystem(resolveInside(pre.root, o.packageDir, 'package-dir'), o.ecosystem ?? 'auto');
    const info: PackageInfo = await adapter.readPackage(pre.root, o.packageDir);
    const conventions: ReleaseConventions = (await adapter.releaseConventions?.(pre.root, o.packageDir)) ?? {};
    return { adapter, info, conventions };
  })(undefined, sctx);

  // The repository's own release tooling config (semantic-release, release-please): its tag format when no
  // tag-template is given, and its release branches.
  await instrumented('read release config', async () => {
    const config = adapter.releaseConfig ? await adapter.releaseConfig(pre.root, o.packageDir, info) : null;
    if (!config) return;
    if (config.note) logger.warning(config.note);
    if (options.tagTemplate === undefined && config.tagTemplate) {
      o.tagTemplate = config.tagTemplate;
      await validateOptions(o, run);
      logger.info(`tag template ${config.tagTemplate} (from ${config.source})`);
    }
    if (config.branches?.length && pre.branch && !(adapter.isReleaseBranch?.(pre.branch, config) ?? config.branches.includes(pre.branch))) {
      throw new ReleaseError('BAD_INPUT', `Branch "${pre.branch}" is not a release branch in ${config.source} (branches: ${config.branches.join(', ')}).`, `Run the release on one of those branches, or add "${pre.branch}" to "branches" in ${config.source}.`, { location: { file: config.source.split(' ')[0] } });
    }
  })(undefined, sctx);

  const scheme = getScheme(info.scheme);
  for (const w of info.warnings ?? []) logger.warning(w);
  const fileVersion = info.versionFromVcs && !info.version ? null : scheme.normalize(info.version, 'the version file');

  // Commits since the last release decide the version; an untagged release commit for the file's version
  // re-opens that version (see readReleaseHistory).
  const history = await instrumented('read commits since the last release', async () =>
    readReleaseHistory(
      git,
      {
        tagTemplate: o.tagTemplate,
        configuredTag: conventions.tagTemplate,
        name: info.name,
        scheme,
        paths: o.packageDir === '.' ? undefined : [o.packageDir],
        commitMessage: o.commitMessage,
        fileVersion,
        since: o.since,
        parseSquashBodies: o.parseSquashBodies,
        head: pre.sha,
      },
      logger,
    ),
  )(undefined, sctx);
  const tagTemplate = history.tagStyle.template;
  if (history.tagStyle.source !== 'input') logger.info(`Tag template ${tagTemplate} (${history.tagStyle.reason}).`);
  // A VCS-derived version has no file: the last release tag is the current version.
  const current = fileVersion ?? history.last?.version ?? scheme.normalize('0.0.0');
  const rules = bumpRules(o, conventions);
  if (history.reopened) logger.info(`Release commit ${history.reopened.sha.slice(0, 7)} for ${history.reopened.version} is not tagged: ${history.reopened.version} is still open and is prepared again with the commits since.`);

  const decision = await instrumented('decide version', async () => decideWithReopen(history, { current, scheme, bump: o.bump, version: o.version, prereleaseId: o.prereleaseId, allowDowngrade: o.allowDowngrade, commits: history.commits, rules, lastRelease: history.last?.version }))(undefined, sctx);
  const previous = history.reopened && history.last ? history.last.version : current;

  const repo = o.repository ?? repoFromSlug(o.runner?.repository) ?? repoFromRemoteUrl(pre.remoteUrl);
  const serverUrl = (o.serverUrl ?? o.runner?.serverUrl ?? 'https://github.com').replace(/\/$/, '');
  const context = newContext({
    dry_run: o.dryRun,
    repository: { owner: repo?.owner ?? '', name: repo?.name ?? '', ref: pre.branch ?? 'HEAD', sha: pre.sha },
    package: { ecosystem: adapter.name, name: info.name, dir: o.packageDir, version_files: info.versionFiles, ...(info.versionSource ? { version_source: info.versionSource } : {}) },
  });
  context.timeline = sctx.timeline;

  if (!decision.released || decision.next === null) {
    context.version = { previous: current, next: current, scheme: scheme.name, bump: decision.bump, reason: decision.reason, released: false, tag: formatTag(tagTemplate, { version: current, name: info.name }) };
    if (o.contextFile) await saveContext(o.contextFile, context);
    return { context, edits: [], diff: '', deciding: [], docsChanged: [], decision: `No release: ${decision.reason}` };
  }
  const next = decision.next;
  const tag = formatTag(tagTemplate, { version: next, name: info.name });

  const plan = await instrumented('plan file changes', async () => {
    // Three read-only checks at once (each a git process), judged in this order.
    const [validR, localR, remoteR] = await Promise.allSettled([assertValidRefName(tag, 'tag-template', run), git.tagCommit(tag), pre.hasRemote ? git.remoteTagCommit(o.remote, tag) : Promise.resolve(null)]);
    const value = <T>(r: PromiseSettledResult<T>): T => {
      if (r.status === 'rejected') throw r.reason;
      return r.value;
    };
    value(validR);
    if (value(localR)) {
      throw new ReleaseError('TAG_EXISTS', `Tag ${tag} already exists, so version ${next} was released before.`, 'Pick a higher version (bump or version input), or delete the stale tag if that release never happened.');
    }
    if (value(remoteR)) {
      throw new ReleaseError('TAG_EXISTS', `Tag ${tag} already exists on ${o.remote}, so version ${next} was released before.`, 'Fetch tags (fetch-depth: 0) and pick a higher version.');
    }
    if (history.last && scheme.compare(next, history.last.version) <= 0 && !o.allowDowngrade) {
      throw new ReleaseError('DOWNGRADE', `Version ${next} does not sort above the last release ${history.last.version} (${history.last.tag}).`, 'Pick a higher version, or set allow-downgrade: true if that is intended.');
    }
    const edits: FileEdit[] = [];
    if (!info.versionFromVcs) edits.push(...(await adapter.planVersionEdits(pre.root, o.packageDir, info, next)));
    const changelog = await planChangelog(git, run, logger, {
      root: pre.root,
      name: info.name,
      packageDir: o.packageDir,
      explicitFile: o.changelogFile,
      conventions,
      history,
      version: next,
      date: o.date ?? new Date().toISOString().slice(0, 10),
      repoUrl: repo ? `${serverUrl}/${repo.owner}/${repo.name}` : undefined,
      tag,
      includeOther: o.includeOther,
      scheme: scheme.name,
    });
    const rendered = changelog.rendered;
    if (changelog.edit) edits.push(changelog.edit);
    const docs = await planDocsEdits(pre.root, o.docsFiles ?? [], adapter.docsReplacements(info.name, current, next));
    for (const e of docs.edits) {
      const same = edits.find((x) => x.path === e.path);
      if (same) same.after = e.after;
      else edits.push(e);
    }
    return { edits: edits.filter((e) => e.before !== e.after), rendered, docsChanged: docs.changed, changelog };
  })(undefined, sctx);

  context.version = { previous, next, scheme: scheme.name, bump: decision.bump, reason: decision.reason, released: true, tag };
  context.changelog = { section_markdown: plan.rendered.sectionMarkdown, entries: plan.rendered.entries, file: plan.changelog.path };
  const diff = plan.edits.map(describeEdit).join('\n') + (plan.changelog.towncrier ? `${plan.edits.length ? '\n' : ''}towncrier build --version ${next}: ${plan.changelog.path} gains the section below; the news fragments are removed.` : '');
  const files = plan.edits.map((e) => e.path);
  const sentence = `${info.name} ${previous} → ${next} (${decision.bump}): ${decision.reason}`;

  if (modes.mode === 'direct' && o.github && o.push && pre.branch && pre.hasRemote) {
    await checkDirectPush({ github: o.github, branch: pre.branch, commitVia: modes.commitVia, bypass: o.bypassBranchRules ?? false, dryRun: o.dryRun, logger, sctx });
  }

  if (o.dryRun) {
    logger.info(`Dry run: would change ${[...files, ...(plan.changelog.towncrier ? [plan.changelog.path] : [])].join(', ') || 'no files'}\n${diff}`);
    context.release_commit = { sha: pre.sha, branch: pre.branch ?? '', pushed: false, files_changed: files };
    if (o.contextFile) await saveContext(o.contextFile, context);
    return { context, edits: plan.edits, diff, deciding: decision.deciding, docsChanged: plan.docsChanged, decision: `Dry run: would release ${sentence}` };
  }

  if (files.length === 0 && !plan.changelog.towncrier) {
    // Re-opened with nothing new: the earlier release commit is still the release; nothing to write or push.
    context.release_commit = { sha: pre.sha, branch: pre.branch ?? '', pushed: false, files_changed: [] };
    if (o.contextFile) await saveContext(o.contextFile, context);
    return { context, edits: [], diff: '', deciding: decision.deciding, docsChanged: [], decision: `Already prepared ${sentence}` };
  }
  if (modes.mode === 'pr') {
    if (!pre.branch) throw new ReleaseError('DETACHED_HEAD', 'release-mode: pr needs a checked-out default branch to base the release branch on.', 'Check out the default branch (actions/checkout with ref: main).');
    const pr = await prepareViaPullRequest({ git, run, logger, sctx, github: o.github as GitHubTarget, root: pre.root, remote: o.remote, baseBranch: pre.branch, baseSha: pre.sha, edits: plan.edits, files, message: o.commitMessage.split('{version}').join(next).split('{tag}').join(tag), identity: o.identity ?? BOT_IDENTITY, context, commitVia: modes.commitVia, branchTemplate: modes.branchTemplate, version: next, tag });
    context.release_commit = { sha: pr.sha, branch: pr.branch, pushed: true, files_changed: files };
    if (o.contextFile) await saveContext(o.contextFile, context);
    return { context, edits: plan.edits, diff, deciding: decision.deciding, docsChanged: plan.docsChanged, releasePr: pr, tokenNotes: tokenNotes('pr', true), decision: `Release PR #${pr.pull.number} ${pr.created ? 'opened' : pr.unchanged ? 'unchanged' : 'updated'} for ${sentence} (${pr.pull.url})` };
  }
  if (modes.commitVia === 'api' && pre.branch && pre.hasRemote && o.push) {
    const made = await directCommitThroughApi({ git, github: o.github as GitHubTarget, remote: o.remote, branch: pre.branch, baseSha: pre.sha, edits: plan.edits, message: o.commitMessage.split('{version}').join(next).split('{tag}').join(tag), sctx });
    context.release_commit = { sha: made.sha, branch: pre.branch, pushed: true, files_changed: files };
    if (o.contextFile) await saveContext(o.contextFile, context);
    return { context, edits: plan.edits, diff, deciding: decision.deciding, docsChanged: plan.docsChanged, tokenNotes: tokenNotes('direct', true), decision: `Prepared ${sentence} (commit ${made.sha.slice(0, 7)} made through the GitHub API${made.verified ? ', verified' : ''})` };
  }

  await instrumented('write files', async () => applyEdits(pre.root, plan.edits))(undefined, sctx);
  if (plan.changelog.towncrier) {
    // towncrier writes its file and removes the news fragments itself; they join the release commit.
    await instrumented('build changelog with towncrier', async () => {
      try {
        await towncrierBuild(run, plan.changelog.towncrier as TowncrierRun);
      } catch (err) {
        // The tree was clean before the write step: put everything back, fragments included.
        await git.git(['reset', '--hard', '--quiet', pre.sha], { check: false });
        throw err;
      }
    })(undefined, sctx);
    for (const p of await git.dirtyPaths()) if (!files.includes(p)) files.push(p);
  }
  const commitSha = await instrumented('commit', async () => {
    try {
      return await git.commit(files, o.commitMessage.split('{version}').join(next).split('{tag}').join(tag), o.identity ?? BOT_IDENTITY);
    } catch (err) {
      await restore(git, pre.sha, files);
      throw err;
    }
  })(undefined, sctx);

  let pushed = false;
  if (o.push && pre.branch && pre.hasRemote) {
    await instrumented('push', async () => {
      try {
        await git.push(o.remote, [`HEAD:refs/heads/${pre.branch}`]);
      } catch (err) {
        // Undo the local release commit so a re-run starts from a clean, unchanged branch.
        await git.git(['reset', '--hard', pre.sha]);
        const moved = await git.fetchBranch(o.remote, pre.branch as string);
        if (moved && moved !== pre.sha) {
          throw new ReleaseError('REMOTE_MOVED', `${o.remote}/${pre.branch} moved to ${moved.slice(0, 7)} while the release was being prepared; nothing was pushed and the local release commit was undone.`, 'Re-run the release: it will start from the new commits and include them in the changelog.', { cause: err });
        }
        throw err;
      }
    })(undefined, sctx);
    pushed = true;
  } else if (o.push && !pre.hasRemote) {
    logger.warning(`No remote "${o.remote}": the release commit stays local.`);
  }
  context.release_commit = { sha: commitSha, branch: pre.branch ?? '', pushed, files_changed: files };
  if (o.contextFile) await saveContext(o.contextFile, context);
  return { context, edits: plan.edits, diff, deciding: decision.deciding, docsChanged: plan.docsChanged, tokenNotes: tokenNotes('direct', pushed), decision: `Prepared ${sentence}` };
}

/** Puts the files and the index back as they were at `sha` after a failed commit. */
async function restore(git: Git, sha: string, files: string[]): Promise<void> {
  await git.git(['reset', '--quiet', sha, '--', ...files], { check: false });
  await git.git(['checkout', sha, '--', ...files], { check: false });
  await git.git(['clean', '-fq', '--', ...files], { check: false });
}
