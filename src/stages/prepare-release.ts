import { instrumented, createStepContext, settledValue, type StepContext } from '../core/combinators.js';
import { newContext, saveContext, type ReleaseContext } from '../core/context.js';
import { ReleaseError } from '../core/errors.js';
import { exec as realExec, type Exec } from '../core/exec.js';
import { applyEdits, describeEdit, resolveInside, type FileEdit } from '../core/files.js';
import { silentLogger, type Logger } from '../core/log.js';
import type { RunnerEnvironment } from '../core/runner.js';
import type { ParsedCommit } from '../commits/conventional.js';
import { readReleaseHistory, type ReleaseHistory } from '../changelog/history.js';
import { dropEarlyStreams } from '../git/log-stream.js';
import { formatTag } from '../changelog/tags.js';
import { towncrierBuild } from '../changelog/towncrier.js';
import { planDocsEdits } from '../ecosystems/docs.js';
import { detectEcosystem } from '../ecosystems/adapters.js';
import type { EcosystemAdapter, PackageInfo, ReleaseConventions } from '../ecosystems/types.js';
import { assertValidRefName, BOT_IDENTITY, DEFAULT_REMOTE, dropEarlyAnswers, Git, type CheckoutState, type GitIdentity } from '../git/git.js';
import { listTags, type TagRef } from '../git/tag-list.js';
import type { Decision } from '../versioning/bump.js';
import { getScheme, type VersionScheme } from '../versioning/scheme.js';
import { repoFromRemoteUrl, repoFromSlug, type RepoId } from '../github/repository.js';
import type { GitHubTarget } from '../github/target.js';
import { checkPrepareInputs } from './prepare-checks.js';
import { commitRelease, pushRelease, type ReleaseCommitTarget } from './prepare-commit.js';
import { bumpRules, decideWithReopen, ensureFullHistory, planChangelog, type ChangelogPlan } from './prepare-history.js';
import { checkDirectPush, directCommitThroughApi, mergedReleaseOnHead, prepareViaPullRequest, tokenNotes, validateModeOptions } from './prepare-modes.js';
import type { MergedRelease, ReleasePrResult } from './release-pr.js';
import { prepareWorkspace, workspaceToRelease } from './prepare-workspace.js';

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
  /** `auto` (a package-dir whose package.json or pnpm-workspace.yaml declares workspaces releases every package in them), `true` or `false`. Defaults to `auto`. */
  workspace?: string;
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

/** The options with their defaults applied. */
type NormalizedOptions = PrepareOptions & Required<Pick<PrepareOptions, 'bump' | 'commitMessage' | 'packageDir' | 'remote' | 'push' | 'dryRun' | 'serverUrl'>>;

/** What the repository looked like before anything was written. */
interface RepositoryState {
  root: string;
  branch: string | null;
  sha: string;
  hasRemote: boolean;
  /** The GitHub repository for links and the context: the input, the runner's, else the remote URL's. */
  id: RepoId | null;
  /** Every local tag, read while the checkout was checked (absent when fetching the history changed them). */
  tags?: Promise<TagRef[]>;
}

/** One prepare-release run: what every step reads, filled in step by step. */
interface PrepareRun {
  o: NormalizedOptions;
  run: Exec;
  logger: Logger;
  sctx: StepContext;
  git: Git;
  modes: ModeChoice;
}

type ModeChoice = Awaited<ReturnType<typeof validateModeOptions>>;

/** The package as read: its adapter, its metadata and the release conventions of its tooling. */
interface PackageState {
  adapter: EcosystemAdapter;
  info: PackageInfo;
  conventions: ReleaseConventions;
}

/** The version decision with what it was decided from. */
interface VersionState {
  scheme: VersionScheme;
  history: ReleaseHistory;
  current: string;
  previous: string;
  decision: Decision;
  /** The remote's tags, being listed while the history was read (absent without a remote). */
  remoteTags?: Promise<Map<string, string> | null>;
}

/** The planned file changes. */
interface FilePlan {
  edits: FileEdit[];
  rendered: ChangelogPlan['rendered'];
  docsChanged: { file: string; count: number }[];
  changelog: ChangelogPlan;
}

/**
 * prepare-release: decides the next version, writes it into the version files, the CHANGELOG and the docs,
 * commits and pushes (or opens a release pull request). Every check that can fail runs before the first
 * write; a dry run writes nothing. The steps, in order:
 */
export async function prepareRelease(options: PrepareOptions, deps: PrepareDeps = {}): Promise<PrepareResult> {
  const r = await validateInputs(options, deps);
  const repo = await checkRepository(r);
  const merged = await findMergedReleasePr(r, repo);
  if (merged) return merged;
  const workspace = await releaseWorkspace(r, repo);
  if (workspace) return workspace;
  const pkg = await readPackage(r, repo);
  await applyReleaseConfig(r, repo, pkg);
  const version = await decideVersion(r, repo, pkg);
  const context = releaseContext(r, repo, pkg);
  if (!version.decision.released || version.decision.next === null) return noRelease(r, context, pkg, version);
  const next = version.decision.next;
  const tag = formatTag(version.history.tagStyle.template, { version: next, name: pkg.info.name });
  const plan = await planFileChanges(r, repo, pkg, version, { next, tag });
  context.version = { previous: version.previous, next, scheme: version.scheme.name, bump: version.decision.bump, reason: version.decision.reason, released: true, tag };
  context.changelog = { section_markdown: plan.rendered.sectionMarkdown, entries: plan.rendered.entries, file: plan.changelog.path };
  await checkBranchRules(r, repo);
  const release: PlannedRelease = { context, plan, next, tag, sentence: `${pkg.info.name} ${version.previous} → ${next} (${version.decision.bump}): ${version.decision.reason}`, deciding: version.decision.deciding, message: r.o.commitMessage.split('{version}').join(next).split('{tag}').join(tag) };
  if (r.o.dryRun) return dryRunResult(r, repo, release);
  if (release.plan.edits.length === 0 && !plan.changelog.towncrier) return alreadyPrepared(r, repo, release);
  if (r.modes.mode === 'pr') return openReleasePullRequest(r, repo, release);
  if (r.modes.commitVia === 'api' && repo.branch && repo.hasRemote && r.o.push) return commitThroughGitHubApi(r, repo, release);
  const files = await writeFiles(r, repo, release);
  const target = commitTarget(r, repo);
  const sha = await commitRelease(target, files, release.message, r.o.identity);
  const pushed = await pushRelease(target);
  context.release_commit = { sha, branch: repo.branch ?? '', pushed, files_changed: files };
  return finish(r, release, { tokenNotes: tokenNotes('direct', pushed), decision: `Prepared ${release.sentence}` });
}

/** A release that has been decided and planned, before anything is written. */
interface PlannedRelease {
  context: ReleaseContext;
  plan: FilePlan;
  next: string;
  tag: string;
  /** `name 1.2.0 → 1.3.0 (minor): reason`. */
  sentence: string;
  deciding: ParsedCommit[];
  /** The release commit message. */
  message: string;
}

/** Step 1: the options that can be checked without looking at the repository, the release mode. */
async function validateInputs(options: PrepareOptions, deps: PrepareDeps): Promise<PrepareRun> {
  const run = deps.exec ?? realExec;
  const logger = deps.logger ?? silentLogger;
  const o: NormalizedOptions = {
    ...options,
    bump: (options.bump ?? 'auto').trim(),
    tagTemplate: options.tagTemplate?.trim() || undefined,
    commitMessage: options.commitMessage ?? DEFAULT_COMMIT_MESSAGE,
    packageDir: options.packageDir ?? '.',
    remote: options.remote ?? DEFAULT_REMOTE,
    push: options.push ?? true,
    dryRun: options.dryRun ?? false,
    serverUrl: (options.serverUrl ?? options.runner?.serverUrl ?? 'https://github.com').replace(/\/$/, ''),
  };
  const sctx: StepContext = createStepContext('prepare-release', logger);
  const modes = await instrumented('validate inputs', async () => {
    await checkInputText(o, run);
    return validateModeOptions(o, run);
  })(undefined, sctx);
  const git = new Git(o.cwd ?? process.cwd(), run, { requestTimeoutMs: o.requestTimeoutMs });
  return { o, run, logger, sctx, git, modes };
}

/** The input values themselves (bump, version, templates) and the tag template as a ref name. */
async function checkInputText(o: NormalizedOptions, run: Exec): Promise<void> {
  checkPrepareInputs(o);
  if (o.tagTemplate !== undefined) await assertValidRefName(o.tagTemplate.replace('{version}', '1.0.0').replace('{name}', 'name'), 'tag-template', run);
}

/** Step 2: a checkout on a branch, with its full history and a clean tree. */
async function checkRepository(r: PrepareRun): Promise<RepositoryState> {
  const { o, git } = r;
  return instrumented('check repository', async () => {
    // Read-only questions, asked of git at once (each is a process start); judged in this order below.
    // The tags are read now too, for the history step. (A dry run writes nothing, so it does not ask about
    // uncommitted changes.)
    const tags = listTags(git);
    tags.catch(() => undefined); // judged where it is used; not an unhandled rejection meanwhile
    const [stateR, urlR, dirtyR] = await Promise.allSettled([checkoutState(git), git.remoteUrl(o.remote), o.dryRun ? Promise.resolve([]) : git.dirtyPaths()] as const);
    dropEarlyAnswers(git.cwd); // asked: any answer started early (askEarly) and not taken would go stale
    const { topLevel: root, branch, shallow, head: sha } = settledValue(stateR);
    resolveInside(root, o.packageDir, 'package-dir');
    if (!branch && !o.allowDetached && !o.dryRun) {
      throw new ReleaseError('DETACHED_HEAD', 'HEAD is detached, so there is no branch to push the release commit to.', 'Check out a branch (actions/checkout with ref: main), or set allow-detached: true to commit without pushing.');
    }
    const url = settledValue(urlR);
    const hasRemote = url !== null;
    await ensureFullHistory(git, o.remote, hasRemote, r.logger, shallow);
    // The fetch changed the history: a log started early (streamEarly) saw the shallow one, cut short.
    if (shallow) dropEarlyStreams(git.cwd);
    const dirty = settledValue(dirtyR);
    if (dirty.length > 0 && !o.dryRun) {
      throw new ReleaseError('DIRTY_TREE', `The working tree has uncommitted changes: ${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ', …' : ''}.`, 'Commit or remove them first; the release commit must hold only the release changes.');
    }
    const id = o.repository ?? repoFromSlug(o.runner?.repository) ?? repoFromRemoteUrl(url);
    // A shallow clone was just fetched in full, tags included: the list read before is stale.
    return { root, branch, sha, hasRemote, id, ...(shallow ? {} : { tags }) };
  })(undefined, r.sctx);
}

/**
 * The checkout's top level, branch, HEAD and shallowness: one git process, else (no commit yet, no repository)
 * the questions one by one, whose errors say which it is.
 */
async function checkoutState(git: Git): Promise<CheckoutState> {
  const state = await git.checkoutState();
  if (state) return state;
  const topLevel = await git.topLevel().catch(() => {
    throw new ReleaseError('GIT_FAILED', `${git.cwd} is not inside a git repository.`, 'Run the stage in a checkout (actions/checkout with fetch-depth: 0).');
  });
  const [branch, shallow, head] = await Promise.all([git.currentBranch(), git.isShallow(), git.head()]);
  return { topLevel, branch, shallow, head };
}

/** Step 3 (pr mode): HEAD is a merged release PR, so this run hands its release on instead of preparing one. */
async function findMergedReleasePr(r: PrepareRun, repo: RepositoryState): Promise<PrepareResult | null> {
  const { o } = r;
  if (r.modes.mode !== 'pr' || !o.github || !repo.branch || o.dryRun) return null;
  const merged = await mergedReleaseOnHead({ git: r.git, run: r.run, github: o.github, remote: o.remote, branch: repo.branch, artifactDir: o.mergedArtifactDir, tempDir: o.runner?.tempDir, logger: r.logger, sctx: r.sctx });
  if (!merged) return null;
  merged.context.timeline = [...r.sctx.timeline];
  if (o.contextFile) await saveContext(o.contextFile, merged.context);
  return { context: merged.context, edits: [], diff: '', deciding: [], docsChanged: [], mergedRelease: merged, decision: `Release PR #${merged.pull.number} was merged: ${merged.needsGate ? 'gate' : 'publish'} ${merged.tag} on ${merged.sha.slice(0, 7)} (${merged.reason}).` };
}

/** Step 3b: a workspace root releases its packages, each at its own version (see prepare-workspace.ts). */
async function releaseWorkspace(r: PrepareRun, repo: RepositoryState): Promise<PrepareResult | null> {
  const { o } = r;
  const workspace = await instrumented('read workspace', async () => workspaceToRelease(repo.root, o.packageDir, o.workspace))(undefined, r.sctx);
  if (!workspace) return null;
  if (r.modes.mode !== 'direct' || r.modes.commitVia !== 'git') throw new ReleaseError('BAD_INPUT', 'A workspace release supports release-mode: direct with commit-via: git only.', 'Set release-mode: direct and commit-via: git, or workspace: false to release package-dir alone.');
  const result = await prepareWorkspace({ ...o, git: r.git, run: r.run, logger: r.logger, sctx: r.sctx, workspace, root: repo.root, branch: repo.branch, sha: repo.sha, hasRemote: repo.hasRemote, repository: repo.id });
  return { ...result, deciding: [], docsChanged: [] };
}

/** Step 4: the package's ecosystem, metadata and release conventions. */
async function readPackage(r: PrepareRun, repo: RepositoryState): Promise<PackageState> {
  const { o } = r;
  const pkg = await instrumented('read package', async () => {
    const adapter = await detectEcosystem(resolveInside(repo.root, o.packageDir, 'package-dir'), o.ecosystem ?? 'auto');
    const info: PackageInfo = await adapter.readPackage(repo.root, o.packageDir);
    const conventions: ReleaseConventions = (await adapter.releaseConventions?.(repo.root, o.packageDir)) ?? {};
    return { adapter, info, conventions };
  })(undefined, r.sctx);
  for (const w of pkg.info.warnings ?? []) r.logger.warning(w);
  return pkg;
}

/**
 * Step 5: the repository's own release tooling config (semantic-release, release-please): its tag format
 * when no tag-template is given, and its release branches.
 */
async function applyReleaseConfig(r: PrepareRun, repo: RepositoryState, { adapter, info }: PackageState): Promise<void> {
  const { o } = r;
  await instrumented('read release config', async () => {
    const config = adapter.releaseConfig ? await adapter.releaseConfig(repo.root, o.packageDir, info) : null;
    if (!config) return;
    if (config.note) r.logger.warning(config.note);
    if (o.tagTemplate === undefined && config.tagTemplate) {
      o.tagTemplate = config.tagTemplate;
      await checkInputText(o, r.run);
      r.logger.info(`tag template ${config.tagTemplate} (from ${config.source})`);
    }
    if (config.branches?.length && repo.branch && !(adapter.isReleaseBranch?.(repo.branch, config) ?? config.branches.includes(repo.branch))) {
      throw new ReleaseError('BAD_INPUT', `Branch "${repo.branch}" is not a release branch in ${config.source} (branches: ${config.branches.join(', ')}).`, `Run the release on one of those branches, or add "${repo.branch}" to "branches" in ${config.source}.`, { location: { file: config.source.split(' ')[0] } });
    }
  })(undefined, r.sctx);
}

/**
 * Step 6: the commits since the last release decide the version. An untagged release commit for the file's
 * version re-opens that version (see readReleaseHistory).
 */
async function decideVersion(r: PrepareRun, repo: RepositoryState, pkg: PackageState): Promise<VersionState> {
  const { o } = r;
  const { info } = pkg;
  const scheme = getScheme(info.scheme);
  const fileVersion = info.versionFromVcs && !info.version ? null : scheme.normalize(info.version, 'the version file');
  // The remote's tags (a network round trip) are listed while the history is read; step 7 checks the new tag.
  // Without a release to check, the listing is stopped (it would only hold the process open).
  const listing = new AbortController();
  const remoteTags = repo.hasRemote ? r.git.remoteTags(o.remote, listing.signal) : undefined;
  remoteTags?.catch(() => undefined); // judged in step 7; not an unhandled rejection meanwhile
  try {
    const version = await decideFromHistory(r, repo, pkg, scheme, fileVersion);
    if (!version.decision.released) listing.abort();
    return { ...version, remoteTags };
  } catch (err) {
    listing.abort();
    throw err;
  }
}

/** Step 6, the reading and deciding: the history since the last release and the version it calls for. */
async function decideFromHistory(r: PrepareRun, repo: RepositoryState, { info, conventions }: Pick<PackageState, 'info' | 'conventions'>, scheme: VersionScheme, fileVersion: string | null): Promise<VersionState> {
  const { o } = r;
  const history = await instrumented('read commits since the last release', async () =>
    readReleaseHistory(
      r.git,
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
        head: repo.sha,
        tags: repo.tags,
      },
      r.logger,
    ).finally(() => dropEarlyStreams(r.git.cwd)), // read: a log started early (streamEarly) and not taken would go stale
  )(undefined, r.sctx);
  if (history.tagStyle.source !== 'input') r.logger.info(`Tag template ${history.tagStyle.template} (${history.tagStyle.reason}).`);
  // A VCS-derived version has no file: the last release tag is the current version.
  const current = fileVersion ?? history.last?.version ?? scheme.normalize('0.0.0');
  if (history.reopened) r.logger.info(`Release commit ${history.reopened.sha.slice(0, 7)} for ${history.reopened.version} is not tagged: ${history.reopened.version} is still open and is prepared again with the commits since.`);
  const decision = await instrumented('decide version', async () =>
    decideWithReopen(history, { current, scheme, bump: o.bump, version: o.version, prereleaseId: o.prereleaseId, allowDowngrade: o.allowDowngrade, commits: history.commits, rules: bumpRules(o, conventions), lastRelease: history.last?.version }),
  )(undefined, r.sctx);
  const previous = history.reopened && history.last ? history.last.version : current;
  return { scheme, history, current, previous, decision };
}

/** The context this run hands on: repository, package, and the steps so far. */
function releaseContext(r: PrepareRun, repo: RepositoryState, { adapter, info }: PackageState): ReleaseContext {
  const context = newContext({
    dry_run: r.o.dryRun,
    repository: { owner: repo.id?.owner ?? '', name: repo.id?.name ?? '', ref: repo.branch ?? 'HEAD', sha: repo.sha },
    package: { ecosystem: adapter.name, name: info.name, dir: r.o.packageDir, version_files: info.versionFiles, ...(info.versionSource ? { version_source: info.versionSource } : {}) },
  });
  context.timeline = r.sctx.timeline;
  return context;
}

/** Nothing to release: the context says so, and nothing is written. */
async function noRelease(r: PrepareRun, context: ReleaseContext, { info }: PackageState, v: VersionState): Promise<PrepareResult> {
  context.version = { previous: v.current, next: v.current, scheme: v.scheme.name, bump: v.decision.bump, reason: v.decision.reason, released: false, tag: formatTag(v.history.tagStyle.template, { version: v.current, name: info.name }) };
  if (r.o.contextFile) await saveContext(r.o.contextFile, context);
  return { context, edits: [], diff: '', deciding: [], docsChanged: [], decision: `No release: ${v.decision.reason}` };
}

/** Step 7: the tag is new everywhere, the version sorts above the last release; the version, changelog and docs edits. */
async function planFileChanges(r: PrepareRun, repo: RepositoryState, { adapter, info, conventions }: PackageState, v: VersionState, target: { next: string; tag: string }): Promise<FilePlan> {
  const { o, git } = r;
  const { next, tag } = target;
  return instrumented('plan file changes', async () => {
    // Three read-only checks at once, judged in this order; the local and remote tags were listed before.
    const localTag = async (): Promise<string | null> => (repo.tags ? ((await repo.tags).find((t) => t.name === tag)?.sha ?? null) : git.tagCommit(tag));
    const remoteTag = async (): Promise<string | null> => (v.remoteTags ? ((await v.remoteTags)?.get(tag) ?? null) : null);
    const [validR, localR, remoteR] = await Promise.allSettled([assertValidRefName(tag, 'tag-template', r.run), localTag(), remoteTag()]);
    settledValue(validR);
    if (settledValue(localR)) {
      throw new ReleaseError('TAG_EXISTS', `Tag ${tag} already exists, so version ${next} was released before.`, 'Pick a higher version (bump or version input), or delete the stale tag if that release never happened.');
    }
    if (settledValue(remoteR)) {
      throw new ReleaseError('TAG_EXISTS', `Tag ${tag} already exists on ${o.remote}, so version ${next} was released before.`, 'Fetch tags (fetch-depth: 0) and pick a higher version.');
    }
    const last = v.history.last;
    if (last && v.scheme.compare(next, last.version) <= 0 && !o.allowDowngrade) {
      throw new ReleaseError('DOWNGRADE', `Version ${next} does not sort above the last release ${last.version} (${last.tag}).`, 'Pick a higher version, or set allow-downgrade: true if that is intended.');
    }
    const edits: FileEdit[] = [];
    if (!info.versionFromVcs) edits.push(...(await adapter.planVersionEdits(repo.root, o.packageDir, info, next)));
    const changelog = await planChangelog(git, r.run, r.logger, {
      root: repo.root,
      name: info.name,
      packageDir: o.packageDir,
      explicitFile: o.changelogFile,
      conventions,
      history: v.history,
      version: next,
      date: o.date ?? new Date().toISOString().slice(0, 10),
      repoUrl: repo.id ? `${o.serverUrl}/${repo.id.owner}/${repo.id.name}` : undefined,
      tag,
      includeOther: o.includeOther,
      scheme: v.scheme.name,
    });
    if (changelog.edit) edits.push(changelog.edit);
    const docs = await planDocsEdits(repo.root, o.docsFiles ?? [], adapter.docsReplacements(info.name, v.current, next));
    for (const e of docs.edits) {
      const same = edits.find((x) => x.path === e.path);
      if (same) same.after = e.after;
      else edits.push(e);
    }
    return { edits: edits.filter((e) => e.before !== e.after), rendered: changelog.rendered, docsChanged: docs.changed, changelog };
  })(undefined, r.sctx);
}

/** Step 8 (direct mode): stop before any write when the branch's rules would refuse the push. */
async function checkBranchRules(r: PrepareRun, repo: RepositoryState): Promise<void> {
  const { o } = r;
  if (r.modes.mode !== 'direct' || !o.github || !o.push || !repo.branch || !repo.hasRemote) return;
  await checkDirectPush({ github: o.github, branch: repo.branch, commitVia: r.modes.commitVia, bypass: o.bypassBranchRules ?? false, dryRun: o.dryRun, logger: r.logger, sctx: r.sctx });
}

/** The files the release commit changes, and the edits as a readable diff. */
function describePlan(rel: PlannedRelease): { files: string[]; diff: string } {
  const { plan, next } = rel;
  const files = plan.edits.map((e) => e.path);
  const towncrier = plan.changelog.towncrier ? `${plan.edits.length ? '\n' : ''}towncrier build --version ${next}: ${plan.changelog.path} gains the section below; the news fragments are removed.` : '';
  return { files, diff: plan.edits.map(describeEdit).join('\n') + towncrier };
}

/** A dry run ends here: it reports what it would change and writes nothing. */
async function dryRunResult(r: PrepareRun, repo: RepositoryState, rel: PlannedRelease): Promise<PrepareResult> {
  const { files, diff } = describePlan(rel);
  r.logger.info(`Dry run: would change ${[...files, ...(rel.plan.changelog.towncrier ? [rel.plan.changelog.path] : [])].join(', ') || 'no files'}\n${diff}`);
  rel.context.release_commit = { sha: repo.sha, branch: repo.branch ?? '', pushed: false, files_changed: files };
  return finish(r, rel, { decision: `Dry run: would release ${rel.sentence}` });
}

/** Re-opened with nothing new: the earlier release commit is still the release; nothing to write or push. */
async function alreadyPrepared(r: PrepareRun, repo: RepositoryState, rel: PlannedRelease): Promise<PrepareResult> {
  rel.context.release_commit = { sha: repo.sha, branch: repo.branch ?? '', pushed: false, files_changed: [] };
  return finish(r, { ...rel, plan: { ...rel.plan, edits: [], docsChanged: [] } }, { decision: `Already prepared ${rel.sentence}`, diff: '' });
}

/** Step 9 (pr mode): the release commit goes to the release branch, and its pull request is opened or updated. */
async function openReleasePullRequest(r: PrepareRun, repo: RepositoryState, rel: PlannedRelease): Promise<PrepareResult> {
  const { o } = r;
  if (!repo.branch) throw new ReleaseError('DETACHED_HEAD', 'release-mode: pr needs a checked-out default branch to base the release branch on.', 'Check out the default branch (actions/checkout with ref: main).');
  const { files } = describePlan(rel);
  const pr = await prepareViaPullRequest({ git: r.git, run: r.run, logger: r.logger, sctx: r.sctx, github: o.github as GitHubTarget, root: repo.root, remote: o.remote, baseBranch: repo.branch, baseSha: repo.sha, edits: rel.plan.edits, files, message: rel.message, identity: o.identity ?? BOT_IDENTITY, context: rel.context, commitVia: r.modes.commitVia, branchTemplate: r.modes.branchTemplate, version: rel.next, tag: rel.tag, towncrier: rel.plan.changelog.towncrier, tempDir: o.runner?.tempDir });
  rel.context.release_commit = { sha: pr.sha, branch: pr.branch, pushed: true, files_changed: files };
  return finish(r, rel, { releasePr: pr, tokenNotes: tokenNotes('pr', true), decision: `Release PR #${pr.pull.number} ${pr.created ? 'opened' : pr.unchanged ? 'unchanged' : 'updated'} for ${rel.sentence} (${pr.pull.url})` });
}

/** Step 9 (commit-via: api): GitHub makes (and signs) the release commit; the checkout moves to it. */
async function commitThroughGitHubApi(r: PrepareRun, repo: RepositoryState, rel: PlannedRelease): Promise<PrepareResult> {
  const { files } = describePlan(rel);
  const made = await directCommitThroughApi({ git: r.git, run: r.run, github: r.o.github as GitHubTarget, remote: r.o.remote, root: repo.root, branch: repo.branch as string, baseSha: repo.sha, edits: rel.plan.edits, files, towncrier: rel.plan.changelog.towncrier, tempDir: r.o.runner?.tempDir, message: rel.message, sctx: r.sctx });
  rel.context.release_commit = { sha: made.sha, branch: repo.branch as string, pushed: true, files_changed: files };
  return finish(r, rel, { tokenNotes: tokenNotes('direct', true), decision: `Prepared ${rel.sentence} (commit ${made.sha.slice(0, 7)} made through the GitHub API${made.verified ? ', verified' : ''})` });
}

/** Step 9: the edits on disk; towncrier writes its own file and removes the news fragments. Returns the files to commit. */
async function writeFiles(r: PrepareRun, repo: RepositoryState, rel: PlannedRelease): Promise<string[]> {
  const { files } = describePlan(rel);
  await instrumented('write files', async () => applyEdits(repo.root, rel.plan.edits))(undefined, r.sctx);
  const towncrier = rel.plan.changelog.towncrier;
  if (!towncrier) return files;
  await instrumented('build changelog with towncrier', async () => {
    try {
      await towncrierBuild(r.run, towncrier);
    } catch (err) {
      // The tree was clean before the write step: put everything back, fragments included.
      await r.git.git(['reset', '--hard', '--quiet', repo.sha], { check: false });
      throw err;
    }
  })(undefined, r.sctx);
  for (const p of await r.git.dirtyPaths()) if (!files.includes(p)) files.push(p);
  return files;
}

/** Where this run's release commit goes (steps 10 and 11, shared with the workspace path). */
function commitTarget(r: PrepareRun, repo: RepositoryState): ReleaseCommitTarget {
  return { git: r.git, sctx: r.sctx, logger: r.logger, baseSha: repo.sha, branch: repo.branch, remote: r.o.remote, hasRemote: repo.hasRemote, push: r.o.push };
}

/** The last step of every path that prepared a release: the context file and the result. */
async function finish(r: PrepareRun, rel: PlannedRelease, extra: Partial<PrepareResult> & { decision: string }): Promise<PrepareResult> {
  if (r.o.contextFile) await saveContext(r.o.contextFile, rel.context);
  return { context: rel.context, edits: rel.plan.edits, diff: describePlan(rel).diff, deciding: rel.deciding, docsChanged: rel.plan.docsChanged, ...extra };
}
