/**
 * prepare-release for a whole npm / yarn / pnpm workspace: each package is bumped by its own commits since its
 * own last `{name}@{version}` tag, a released package ripples to its dependents (their ranges on it move, and
 * they get at least a patch release), each released package gets its section in its own changelog, and one
 * release commit holds it all. Every check that can fail runs before the first write.
 */
import { join } from 'node:path';
import { instrumented, type StepContext } from '../core/combinators.js';
import { newContext, saveContext, type PackageRelease, type ReleaseContext } from '../core/context.js';
import { ReleaseError } from '../core/errors.js';
import type { Exec } from '../core/exec.js';
import { applyEdits, describeEdit, readTextOrNull, resolveInside, type FileEdit } from '../core/files.js';
import type { Logger } from '../core/log.js';
import { readReleaseHistory, type ReleaseHistory } from '../changelog/history.js';
import { locateChangelog } from '../changelog/locate.js';
import { changelogFormat, findSection } from '../changelog/styled.js';
import { formatTag } from '../changelog/tags.js';
import { writeRelease } from '../changelog/write.js';
import { collectNpmVersionFiles, readNpmPackage } from '../ecosystems/npm/index.js';
import { replaceJsonString } from '../ecosystems/npm/json-edit.js';
import { readWorkspace, RUNTIME_FIELDS, type Workspace, type WorkspacePackage } from '../ecosystems/npm/workspace.js';
import { updatedRange, updatePnpmLockSpecifier } from '../ecosystems/npm/workspace-ranges.js';
import type { PackageInfo } from '../ecosystems/types.js';
import { assertValidRefName, type Git, type GitIdentity } from '../git/git.js';
import type { RepoId } from '../github/repository.js';
import { decideNextVersion } from '../versioning/bump.js';
import { getScheme } from '../versioning/scheme.js';
import { commitRelease, pushRelease } from './prepare-commit.js';
import { bumpRules } from './prepare-history.js';

/** The tag template of a workspace release when none is given. */
export const WORKSPACE_TAG_TEMPLATE = '{name}@{version}';

/** Input `workspace`: `auto` (a root that declares workspaces releases them all), `true` or `false`. */
export const WORKSPACE_MODES = ['auto', 'true', 'false'] as const;

/**
 * The workspace to release, or null for a single-package release: with `auto`, when the package directory's
 * root declares workspaces (package.json "workspaces", pnpm-workspace.yaml); `true` demands one.
 */
export async function workspaceToRelease(root: string, packageDir: string, mode: string | undefined): Promise<Workspace | null> {
  const m = (mode ?? 'auto').trim().toLowerCase();
  if (!(WORKSPACE_MODES as readonly string[]).includes(m)) {
    throw new ReleaseError('BAD_INPUT', `Input "workspace" is "${mode}".`, 'Use auto (release every package of a workspace root), true or false (release the package in package-dir alone).');
  }
  if (m === 'false') return null;
  const ws = await readWorkspace(resolveInside(root, packageDir, 'package-dir'));
  if (!ws && m === 'true') {
    throw new ReleaseError('BAD_WORKSPACE', `${packageDir} declares no workspaces (no "workspaces" in package.json, no pnpm-workspace.yaml).`, 'Point package-dir at the workspace root, or set workspace: false to release the package there alone.');
  }
  return ws;
}

/** What prepareWorkspace needs from prepare-release. */
export interface WorkspacePrepareInput {
  git: Git;
  run: Exec;
  logger: Logger;
  sctx: StepContext;
  workspace: Workspace;
  root: string;
  packageDir: string;
  branch: string | null;
  sha: string;
  hasRemote: boolean;
  remote: string;
  push: boolean;
  dryRun: boolean;
  bump: string;
  version?: string;
  prereleaseId?: string;
  allowDowngrade?: boolean;
  tagTemplate?: string;
  commitMessage: string;
  since?: string;
  patchTypes?: string[];
  minorTypes?: string[];
  parseSquashBodies?: boolean;
  includeOther?: boolean;
  date?: string;
  identity?: GitIdentity;
  repository?: RepoId | null;
  serverUrl: string;
  contextFile?: string;
}

/** What prepareWorkspace produced (the fields of PrepareResult it fills). */
export interface WorkspacePrepareResult {
  context: ReleaseContext;
  edits: FileEdit[];
  diff: string;
  decision: string;
}

/** One package's decision. */
interface Planned {
  pkg: WorkspacePackage;
  info: PackageInfo;
  history: ReleaseHistory;
  previous: string;
  next: string | null;
  bump: string;
  reason: string;
  tag: string;
  /** Released workspace dependencies it now names (for its changelog). */
  updatedDeps: string[];
  /** The version package.json holds when it is above the last tag: prepared earlier and never tagged (a rejected gate). */
  open: string | null;
}

const joinRel = (dir: string, file: string): string => (dir === '.' || dir === '' ? file : `${dir.replace(/\/$/, '')}/${file}`);

/** Decides every package's version: its own commits first, then the ripple from its released dependencies. */
async function decideAll(i: WorkspacePrepareInput): Promise<Planned[]> {
  const scheme = getScheme('semver');
  const rules = bumpRules(i, {});
  const template = i.tagTemplate ?? WORKSPACE_TAG_TEMPLATE;
  const planned: Planned[] = [];
  for (const pkg of i.workspace.packages) {
    if (pkg.private) continue;
    const dir = joinRel(i.packageDir, pkg.dir);
    const info = await readNpmPackage(i.root, dir);
    const history = await readReleaseHistory(i.git, { tagTemplate: template, name: info.name, scheme, paths: [dir], commitMessage: i.commitMessage, fileVersion: info.version, since: i.since, parseSquashBodies: i.parseSquashBodies }, i.logger);
    // A version above the last tag was prepared and never tagged (the gate rejected it): it is still open, so
    // the decision starts from the last release and never goes below it (no version is burned).
    const open = history.last && scheme.compare(info.version, history.last.version) > 0 && !(await i.git.tagCommit(formatTag(template, { version: info.version, name: info.name }))) ? info.version : null;
    const base = open ? (history.last?.version as string) : info.version;
    // An explicit bump applies to the packages changed since their last release; the others wait for a ripple.
    const changed = history.commits.length > 0;
    const d = i.bump === 'auto' || changed ? decideNextVersion({ current: base, scheme, bump: i.bump, prereleaseId: i.prereleaseId, allowDowngrade: i.allowDowngrade, commits: history.commits, rules, lastRelease: history.last?.version }) : { next: null, bump: 'none', reason: 'no commits since its last release', released: false };
    let next = d.released ? d.next : null;
    if (open && next !== null && scheme.compare(next, open) < 0) next = open;
    const previous = open ? base : info.version;
    if (open) i.logger.info(`${info.name} ${open} was prepared and never tagged: it is prepared again from ${history.last?.tag}.`);
    planned.push({ pkg, info, history, previous, next, bump: d.bump, reason: open && next === open ? `${d.reason} (${open} was prepared and never tagged; it stays.)` : d.reason, tag: formatTag(template, { version: next ?? info.version, name: info.name }), updatedDeps: [], open });
  }
  // Ripple, dependencies first (the workspace's order): a released runtime dependency forces a patch release.
  const byName = new Map(planned.map((p) => [p.pkg.name, p]));
  for (const p of planned) {
    const released = p.pkg.internal.filter((d) => RUNTIME_FIELDS.includes(d.field) && byName.get(d.on)?.next);
    p.updatedDeps = [...new Set(released.map((d) => d.on))];
    if (p.next === null && released.length > 0) {
      const bumped = scheme.bump(p.previous, 'patch');
      p.next = p.open && scheme.compare(bumped, p.open) < 0 ? p.open : bumped;
      p.bump = 'patch';
      p.reason = `its workspace dependenc${p.updatedDeps.length > 1 ? 'ies' : 'y'} ${p.updatedDeps.map((n) => `${n} ${byName.get(n)?.next}`).join(', ')} ${p.updatedDeps.length > 1 ? 'are' : 'is'} released.`;
      p.tag = formatTag(template, { version: p.next, name: p.info.name });
    }
  }
  return planned;
}

/** Stops before any write when a tag exists, a tag name is invalid or a version would go down. */
async function checkAll(i: WorkspacePrepareInput, planned: Planned[]): Promise<void> {
  const scheme = getScheme('semver');
  // The remote's tags: one listing (a network round trip) for every package, asked when first needed.
  let remoteTags: Promise<Map<string, string> | null> | undefined;
  for (const p of planned.filter((x) => x.next)) {
    await assertValidRefName(p.tag, 'tag-template', i.run);
    if (await i.git.tagCommit(p.tag)) throw new ReleaseError('TAG_EXISTS', `Tag ${p.tag} already exists, so ${p.info.name} ${p.next} was released before.`, `Bring ${p.pkg.dir}/package.json's "version" up to the last release of ${p.info.name}, or delete the stale tag if that release never happened.`);
    if (i.hasRemote && (await (remoteTags ??= i.git.remoteTags(i.remote)))?.has(p.tag)) throw new ReleaseError('TAG_EXISTS', `Tag ${p.tag} already exists on ${i.remote}, so ${p.info.name} ${p.next} was released before.`, 'Fetch tags (actions/checkout with fetch-depth: 0) and bring the version in package.json up to date.');
    const last = p.history.last;
    if (last && scheme.compare(p.next as string, last.version) <= 0 && !i.allowDowngrade) {
      throw new ReleaseError('DOWNGRADE', `${p.info.name} ${p.next} does not sort above its last release ${last.version} (${last.tag}).`, `Set "version" in ${p.pkg.dir}/package.json to ${last.version} (the last release), or set allow-downgrade: true if that is intended.`);
    }
  }
}

/** Plans every file change (versions, lockfile entries, dependents' ranges, changelogs), all in memory. */
async function planEdits(i: WorkspacePrepareInput, planned: Planned[]): Promise<{ edits: FileEdit[]; sections: Map<string, { markdown: string; entries: number; file: string }> }> {
  const files = new Map<string, FileEdit>();
  const edit = async (path: string, change: (text: string) => string | null | Promise<string | null>): Promise<void> => {
    let e = files.get(path);
    if (!e) {
      const before = await readTextOrNull(resolveInside(i.root, path));
      if (before === null) return;
      e = { path, before, after: before };
      files.set(path, e);
    }
    const after = await change(e.after);
    if (after !== null) e.after = after;
  };
  const nextOf = new Map(planned.filter((p) => p.next).map((p) => [p.pkg.name, p.next as string]));
  // Versions: package.json and the lockfile entries of each released package.
  for (const p of planned.filter((x) => x.next)) {
    const dir = joinRel(i.packageDir, p.pkg.dir);
    for (const f of (await collectNpmVersionFiles(i.root, dir)).files) await edit(f.path, (t) => f.updater.updateContent(t, p.next as string));
  }
  // Ranges: every workspace package (private ones too) that names a released package.
  const lockPath = joinRel(i.packageDir, 'package-lock.json');
  const pnpmLockPath = joinRel(i.packageDir, 'pnpm-lock.yaml');
  for (const pkg of i.workspace.packages) {
    const manifest = joinRel(i.packageDir, `${pkg.dir}/package.json`);
    for (const dep of pkg.internal) {
      const version = nextOf.get(dep.on);
      if (!version) continue;
      const range = updatedRange(dep.range, version, { dependent: pkg.name, dependency: dep.on, file: manifest });
      if (range === null) continue;
      await edit(manifest, (t) => replaceJsonString(t, [dep.field, dep.on], range, manifest));
      // npm ci refuses a lockfile whose workspace entry records another range than package.json.
      await edit(lockPath, (t) => replaceJsonString(t, ['packages', pkg.dir, dep.field, dep.on], range, lockPath));
      await edit(pnpmLockPath, (t) => updatePnpmLockSpecifier(t, pkg.dir, dep.field, dep.on, range, pnpmLockPath));
    }
  }
  // Changelogs: one section per released package, in its own file.
  const sections = new Map<string, { markdown: string; entries: number; file: string }>();
  const repoUrl = i.repository?.owner ? `${i.serverUrl}/${i.repository.owner}/${i.repository.name}` : undefined;
  const date = i.date ?? new Date().toISOString().slice(0, 10);
  for (const p of planned.filter((x) => x.next)) {
    const dir = joinRel(i.packageDir, p.pkg.dir);
    const where = await locateChangelog(i.root, dir);
    const path = joinRel(dir, where.path);
    const existing = files.get(path)?.after ?? (await readTextOrNull(resolveInside(i.root, path)));
    // Prepared before and never tagged: that section is written again from every commit since the last tag
    // (same date when the version stays), so a re-run with nothing new changes nothing.
    const prepared = p.open && existing !== null ? findSection(existing, changelogFormat(path, existing), p.open) : null;
    const lines = existing?.split('\n') ?? [];
    const linkLine = `[${p.open}]: `;
    const base = prepared ? [...lines.slice(0, prepared.start), ...lines.slice(prepared.end)].filter((l) => !l.startsWith(linkLine)).join('\n') : existing;
    const sectionDate = prepared && p.next === p.open ? /\d{4}-\d{2}-\d{2}/.exec(lines[prepared.start] ?? '')?.[0] : undefined;
    const carried = p.updatedDeps.length ? { Dependencies: p.updatedDeps.map((n) => `${n} is updated to ${nextOf.get(n)}.`) } : undefined;
    const rendered = writeRelease(where.path, base, { version: p.next as string, date: sectionDate ?? date, commits: p.history.commits, repoUrl, previousTag: p.history.last?.tag ?? null, tag: p.tag, includeOther: i.includeOther, scheme: 'semver', carriedEntries: carried, title: 'Changelog' });
    const e = files.get(path);
    if (e) e.after = rendered.text;
    else files.set(path, { path, before: existing, after: rendered.text });
    sections.set(p.pkg.name, { markdown: rendered.sectionMarkdown, entries: rendered.entries, file: path });
  }
  return { edits: [...files.values()].filter((e) => e.before !== e.after), sections };
}

/**
 * Prepares the release of every package of the workspace that has something to release. Writes the context
 * (schema 2, `packages` in release order) and, unless a dry run, one release commit, pushed like a
 * single-package release.
 */
export async function prepareWorkspace(i: WorkspacePrepareInput): Promise<WorkspacePrepareResult> {
  const { sctx, logger } = i;
  if (i.version) throw new ReleaseError('BAD_INPUT', `Input "version" (${i.version}) names one version, but a workspace releases each package at its own version.`, 'Leave version empty and use bump (auto, or a bump kind for every changed package), or set workspace: false to release package-dir alone.');
  if (i.tagTemplate !== undefined && !i.tagTemplate.includes('{name}')) {
    throw new ReleaseError('BAD_INPUT', `Input "tag-template" is "${i.tagTemplate}", which gives every package of the workspace the same tag.`, `Keep {name} in tag-template (e.g. "${WORKSPACE_TAG_TEMPLATE}", the default for a workspace), or set workspace: false to release package-dir alone.`);
  }
  logger.info(`Workspace (${i.workspace.source}: ${i.workspace.patterns.join(', ')}): ${i.workspace.packages.map((p) => `${p.name}${p.private ? ' (private)' : ''}`).join(', ')}.`);
  const planned = await instrumented('decide versions', async () => decideAll(i))(undefined, sctx);
  const released = planned.filter((p) => p.next);
  const plan = await instrumented('plan file changes', async () => {
    await checkAll(i, planned);
    return planEdits(i, planned);
  })(undefined, sctx);

  const rootInfo = JSON.parse((await readTextOrNull(join(resolveInside(i.root, i.packageDir, 'package-dir'), 'package.json'))) ?? '{}') as { name?: string };
  const context = newContext({
    dry_run: i.dryRun,
    repository: { owner: i.repository?.owner ?? '', name: i.repository?.name ?? '', ref: i.branch ?? 'HEAD', sha: i.sha },
    package: { ecosystem: 'npm', name: rootInfo.name ?? 'workspace', dir: i.packageDir, version_files: [...new Set(released.flatMap((p) => p.info.versionFiles))] },
  });
  context.timeline = sctx.timeline;
  context.workspace = { root: i.packageDir, source: i.workspace.source, patterns: i.workspace.patterns };
  context.packages = planned.map((p): PackageRelease => {
    const s = plan.sections.get(p.pkg.name);
    return {
      name: p.info.name,
      dir: joinRel(i.packageDir, p.pkg.dir),
      ecosystem: 'npm',
      version_files: p.info.versionFiles,
      version: { previous: p.previous, next: p.next ?? p.previous, tag: p.tag, bump: p.bump, released: p.next !== null, reason: p.reason },
      ...(s ? { changelog: { section_markdown: s.markdown, entries: s.entries, file: s.file } } : {}),
    };
  });
  const tags = released.map((p) => p.tag);
  const summary = released.map((p) => `${p.info.name} ${p.previous} → ${p.next} (${p.bump})`).join(', ');
  // The top-level fields summarise the workspace release (tag: the tags, space-separated); `packages` is the truth.
  context.version = { previous: '', next: '', scheme: 'semver', bump: 'workspace', reason: released.length ? `Workspace release: ${summary}.` : 'No workspace package has commits to release.', released: released.length > 0, tag: tags.join(' ') };
  context.changelog = { section_markdown: released.map((p) => `# ${p.info.name} ${p.next}\n\n${plan.sections.get(p.pkg.name)?.markdown ?? ''}`).join('\n'), entries: released.reduce((n, p) => n + (plan.sections.get(p.pkg.name)?.entries ?? 0), 0) };

  const files = plan.edits.map((e) => e.path);
  const diff = plan.edits.map(describeEdit).join('\n');
  if (!released.length) {
    if (i.contextFile) await saveContext(i.contextFile, context);
    return { context, edits: [], diff: '', decision: 'No release: no workspace package has commits to release since its last tag.' };
  }
  if (i.dryRun) {
    logger.info(`Dry run: would change ${files.join(', ') || 'no files'}\n${diff}`);
    context.release_commit = { sha: i.sha, branch: i.branch ?? '', pushed: false, files_changed: files };
    if (i.contextFile) await saveContext(i.contextFile, context);
    return { context, edits: plan.edits, diff, decision: `Dry run: would release ${summary}` };
  }

  if (!files.length) {
    // Prepared before and nothing new: the earlier release commit is still the release.
    context.release_commit = { sha: i.sha, branch: i.branch ?? '', pushed: false, files_changed: [] };
    if (i.contextFile) await saveContext(i.contextFile, context);
    return { context, edits: [], diff: '', decision: `Already prepared ${summary}` };
  }
  await instrumented('write files', async () => applyEdits(i.root, plan.edits))(undefined, sctx);
  const message = i.commitMessage.split('{tag}').join(tags.join(', ')).split('{version}').join(tags.join(', '));
  const target = { git: i.git, sctx, logger, baseSha: i.sha, branch: i.branch, remote: i.remote, hasRemote: i.hasRemote, push: i.push };
  const commitSha = await commitRelease(target, files, message, i.identity);
  const pushed = await pushRelease(target);
  context.release_commit = { sha: commitSha, branch: i.branch ?? '', pushed, files_changed: files };
  if (i.contextFile) await saveContext(i.contextFile, context);
  return { context, edits: plan.edits, diff, decision: `Prepared ${summary}` };
}
