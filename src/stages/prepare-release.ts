import { instrumented, createStepContext, type StepContext } from '../core/combinators.js';
import { newContext, saveContext, type ReleaseContext } from '../core/context.js';
import { ReleaseError } from '../core/errors.js';
import { exec as realExec, type Exec } from '../core/exec.js';
import { applyEdits, describeEdit, readTextOrNull, resolveInside, type FileEdit } from '../core/files.js';
import { silentLogger, type Logger } from '../core/log.js';
import { readCommits } from '../changelog/commits.js';
import { parseCommit, type ParsedCommit } from '../changelog/conventional.js';
import { insertRelease } from '../changelog/insert.js';
import { findLastReleaseTag, formatTag } from '../changelog/tags.js';
import { planDocsEdits } from '../ecosystems/docs.js';
import { detectEcosystem } from '../ecosystems/registry.js';
import type { PackageInfo } from '../ecosystems/types.js';
import { assertValidRefName, BOT_IDENTITY, Git, type GitIdentity } from '../git/git.js';
import { decideNextVersion } from '../versioning/bump.js';
import { getScheme } from '../versioning/scheme.js';
import { repoFromRemoteUrl, repoFromSlug, type RepoId } from './repository.js';

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
  /** Tag template. Defaults to the repository's semantic-release tagFormat or release-please tag (npm), else `v{version}`. */
  tagTemplate?: string;
  /** CHANGELOG path relative to the package directory. Defaults to `CHANGELOG.md`. */
  changelogFile?: string;
  /** Docs files (relative to the repository root) whose install snippets and badges carry the version. */
  docsFiles?: string[];
  /** Compute and report everything, write nothing. Defaults to false. */
  dryRun?: boolean;
  /** Commit message template. Defaults to `chore(release): prepare v{version}`. */
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
  /** Repository for links and the context. Defaults to GITHUB_REPOSITORY, then the remote URL. */
  repository?: RepoId;
  /** Server for links. Defaults to GITHUB_SERVER_URL or https://github.com. */
  serverUrl?: string;
  /** Release date, YYYY-MM-DD. Defaults to today (UTC). */
  date?: string;
  /** Where to write the context file. Not written when omitted. */
  contextFile?: string;
  /** Keep non-conventional commits under "Other". Defaults to true. */
  includeOther?: boolean;
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
}

/** The collaborators prepare-release needs. */
export interface PrepareDeps {
  exec?: Exec;
  logger?: Logger;
}

const BUMPS = ['auto', 'major', 'minor', 'patch', 'premajor', 'preminor', 'prepatch', 'prerelease', 'release'];

/** Checks the options that can be checked without looking at the repository. */
async function validateOptions(o: Required<Pick<PrepareOptions, 'bump' | 'tagTemplate' | 'commitMessage'>> & PrepareOptions, run: Exec): Promise<void> {
  if (!o.version && !BUMPS.includes(o.bump)) {
    throw new ReleaseError('BAD_INPUT', `Input "bump" is "${o.bump}", which is not a known bump.`, `Use one of: ${BUMPS.join(', ')}; or set "version" to an explicit version.`);
  }
  if (!o.tagTemplate.includes('{version}')) {
    throw new ReleaseError('BAD_INPUT', `Input "tag-template" is "${o.tagTemplate}" and has no {version} placeholder.`, 'Use e.g. v{version} or {name}-v{version}.');
  }
  await assertValidRefName(o.tagTemplate.replace('{version}', '1.0.0').replace('{name}', 'name'), 'tag-template', run);
  if (o.prereleaseId !== undefined && !/^[A-Za-z][A-Za-z0-9]*$/.test(o.prereleaseId)) {
    throw new ReleaseError('BAD_INPUT', `Input "prerelease-id" is "${o.prereleaseId}".`, 'Use letters and digits only, starting with a letter: rc, beta, alpha.');
  }
  if (o.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) {
    throw new ReleaseError('BAD_INPUT', `Release date "${o.date}" is not YYYY-MM-DD.`, 'Give the date as YYYY-MM-DD.');
  }
  if (/[\0]/.test(o.commitMessage) || !o.commitMessage.trim()) {
    throw new ReleaseError('BAD_INPUT', 'Input "commit-message" is empty or holds a NUL byte.', 'Give a one-line message; {version} is replaced.');
  }
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
    tagTemplate: options.tagTemplate ?? 'v{version}',
    commitMessage: options.commitMessage ?? 'chore(release): prepare v{version}',
    packageDir: options.packageDir ?? '.',
    changelogFile: options.changelogFile ?? 'CHANGELOG.md',
    remote: options.remote ?? 'origin',
    push: options.push ?? true,
    dryRun: options.dryRun ?? false,
  };
  const sctx: StepContext = createStepContext('prepare-release', logger);

  await instrumented('validate inputs', async () => validateOptions(o, run))(undefined, sctx);

  const git = new Git(o.cwd ?? process.cwd(), run);
  const pre = await instrumented('check repository', async () => {
    const root = await git.topLevel().catch(() => {
      throw new ReleaseError('GIT_FAILED', `${o.cwd ?? process.cwd()} is not inside a git repository.`, 'Run the stage in a checkout (actions/checkout with fetch-depth: 0).');
    });
    resolveInside(root, o.packageDir, 'package-dir');
    const branch = await git.currentBranch();
    if (!branch && !o.allowDetached && !o.dryRun) {
      throw new ReleaseError('DETACHED_HEAD', 'HEAD is detached, so there is no branch to push the release commit to.', 'Check out a branch (actions/checkout with ref: main), or set allow-detached: true to commit without pushing.');
    }
    const dirty = await git.dirtyPaths();
    if (dirty.length > 0 && !o.dryRun) {
      throw new ReleaseError('DIRTY_TREE', `The working tree has uncommitted changes: ${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ', …' : ''}.`, 'Commit or remove them first; the release commit must hold only the release changes.');
    }
    const sha = await git.head();
    const hasRemote = await git.hasRemote(o.remote);
    return { root, branch, sha, hasRemote };
  })(undefined, sctx);

  const { adapter, info } = await instrumented('read package', async () => {
    const adapter = await detectEcosystem(resolveInside(pre.root, o.packageDir, 'package-dir'), o.ecosystem ?? 'auto');
    const info: PackageInfo = await adapter.readPackage(pre.root, o.packageDir);
    return { adapter, info };
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
  // A version derived from git tags (hatch-vcs, setuptools-scm, …): the last release tag is the current version.
  const vcsBase = info.versionFromVcs ? await findLastReleaseTag(git, { template: o.tagTemplate, name: info.name, scheme }) : null;
  if (info.versionFromVcs && !vcsBase) logger.warning(`${info.name} takes its version from git tags (${info.vcsTool ?? 'VCS'}), and no tag matches "${o.tagTemplate}": counting from 0.0.0.`);
  const current = info.versionFromVcs ? (vcsBase?.version ?? '0.0.0') : scheme.normalize(info.version, 'the version file');

  const history = await instrumented('read commits since the last release', async () => {
    const last = await findLastReleaseTag(git, { template: o.tagTemplate, name: info.name, scheme });
    const paths = o.packageDir === '.' ? undefined : [o.packageDir];
    let raw = await readCommits(git, { from: last?.sha ?? null }, { paths });
    // A release commit for the current version that is not tagged yet (prepared, not yet published) ends
    // the range: counting the commits before it again would bump a second time on a re-run.
    const releaseSubject = o.commitMessage.split('{version}').join(current).trim().split(/\n\s*\n/)[0].split('\n').map((l) => l.trim()).join(' ');
    const prepared = raw.find((c) => c.subject.trim() === releaseSubject);
    if (prepared) raw = await readCommits(git, { from: prepared.sha }, { paths });
    return { last, commits: raw.map(parseCommit) };
  })(undefined, sctx);

  const decision = await instrumented('decide version', async () =>
    decideNextVersion({
      current,
      scheme,
      bump: o.bump,
      version: o.version,
      prereleaseId: o.prereleaseId,
      allowDowngrade: o.allowDowngrade,
      commits: history.commits,
    }),
  )(undefined, sctx);

  const repo = o.repository ?? repoFromSlug(process.env.GITHUB_REPOSITORY) ?? repoFromRemoteUrl(pre.hasRemote ? await git.remoteUrl(o.remote) : null);
  const serverUrl = (o.serverUrl ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  const context = newContext({
    dry_run: o.dryRun,
    repository: { owner: repo?.owner ?? '', name: repo?.name ?? '', ref: pre.branch ?? 'HEAD', sha: pre.sha },
    package: { ecosystem: adapter.name, name: info.name, dir: o.packageDir, version_files: info.versionFiles, ...(info.versionSource ? { version_source: info.versionSource } : {}) },
  });
  context.timeline = sctx.timeline;

  if (!decision.released || decision.next === null) {
    context.version = { previous: current, next: current, scheme: scheme.name, bump: decision.bump, reason: decision.reason, released: false, tag: formatTag(o.tagTemplate, { version: current, name: info.name }) };
    if (o.contextFile) await saveContext(o.contextFile, context);
    return { context, edits: [], diff: '', deciding: [], docsChanged: [], decision: `No release: ${decision.reason}` };
  }
  const next = decision.next;
  const tag = formatTag(o.tagTemplate, { version: next, name: info.name });

  const plan = await instrumented('plan file changes', async () => {
    await assertValidRefName(tag, 'tag-template', run);
    if (await git.tagCommit(tag)) {
      throw new ReleaseError('TAG_EXISTS', `Tag ${tag} already exists, so version ${next} was released before.`, 'Pick a higher version (bump or version input), or delete the stale tag if that release never happened.');
    }
    if (pre.hasRemote && (await git.remoteTagCommit(o.remote, tag))) {
      throw new ReleaseError('TAG_EXISTS', `Tag ${tag} already exists on ${o.remote}, so version ${next} was released before.`, 'Fetch tags (fetch-depth: 0) and pick a higher version.');
    }
    if (history.last && scheme.compare(next, history.last.version) <= 0 && !o.allowDowngrade) {
      throw new ReleaseError('DOWNGRADE', `Version ${next} does not sort above the last release ${history.last.version} (${history.last.tag}).`, 'Pick a higher version, or set allow-downgrade: true if that is intended.');
    }
    const edits: FileEdit[] = [];
    if (!info.versionFromVcs) edits.push(...(await adapter.planVersionEdits(pre.root, o.packageDir, info, next)));
    const changelogPath = joinRel(o.packageDir, o.changelogFile);
    const changelogFull = resolveInside(pre.root, changelogPath, 'changelog-file');
    const existing = await readTextOrNull(changelogFull);
    const rendered = insertRelease(existing, {
      version: next,
      date: o.date ?? new Date().toISOString().slice(0, 10),
      commits: history.commits,
      repoUrl: repo ? `${serverUrl}/${repo.owner}/${repo.name}` : undefined,
      previousTag: history.last?.tag ?? null,
      tag,
      includeOther: o.includeOther,
      scheme: scheme.name,
    });
    edits.push({ path: changelogPath, before: existing, after: rendered.text });
    const docs = await planDocsEdits(pre.root, o.docsFiles ?? [], adapter.docsReplacements(info.name, current, next));
    for (const e of docs.edits) {
      const same = edits.find((x) => x.path === e.path);
      if (same) same.after = e.after;
      else edits.push(e);
    }
    return { edits: edits.filter((e) => e.before !== e.after), rendered, docsChanged: docs.changed };
  })(undefined, sctx);

  context.version = { previous: current, next, scheme: scheme.name, bump: decision.bump, reason: decision.reason, released: true, tag };
  context.changelog = { section_markdown: plan.rendered.sectionMarkdown, entries: plan.rendered.entries, file: joinRel(o.packageDir, o.changelogFile) };
  const diff = plan.edits.map(describeEdit).join('\n');
  const files = plan.edits.map((e) => e.path);
  const sentence = `${info.name} ${current} → ${next} (${decision.bump}): ${decision.reason}`;

  if (o.dryRun) {
    logger.info(`Dry run: would change ${files.join(', ') || 'no files'}\n${diff}`);
    context.release_commit = { sha: pre.sha, branch: pre.branch ?? '', pushed: false, files_changed: files };
    if (o.contextFile) await saveContext(o.contextFile, context);
    return { context, edits: plan.edits, diff, deciding: decision.deciding, docsChanged: plan.docsChanged, decision: `Dry run: would release ${sentence}` };
  }

  await instrumented('write files', async () => applyEdits(pre.root, plan.edits))(undefined, sctx);
  const commitSha = await instrumented('commit', async () => {
    try {
      return await git.commit(files, o.commitMessage.split('{version}').join(next), o.identity ?? BOT_IDENTITY);
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
  return { context, edits: plan.edits, diff, deciding: decision.deciding, docsChanged: plan.docsChanged, decision: `Prepared ${sentence}` };
}

/** Joins a package-relative path onto the package dir, keeping `.` out of the result. */
function joinRel(dir: string, file: string): string {
  return dir === '.' || dir === '' ? file : `${dir.replace(/\/$/, '')}/${file}`;
}

/** Puts the files and the index back as they were at `sha` after a failed commit. */
async function restore(git: Git, sha: string, files: string[]): Promise<void> {
  await git.git(['reset', '--quiet', sha, '--', ...files], { check: false });
  await git.git(['checkout', sha, '--', ...files], { check: false });
  await git.git(['clean', '-fq', '--', ...files], { check: false });
}
