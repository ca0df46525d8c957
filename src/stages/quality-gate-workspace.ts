/**
 * quality-gate for a workspace release: one install at the workspace root with its own package manager, the
 * tests (the root's test script, else each released package's), every released package packed once into the
 * one artifact folder with its digests recorded per package, and a clean install of the released tarballs
 * together (so their dependencies on each other resolve to the approved bytes), checked package by package.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createStepContext, instrumented, type StepContext } from '../core/combinators.js';
import type { GateCheck, ReleaseContext } from '../core/context.js';
import { describeArtifacts } from '../core/digest.js';
import { ReleaseError, describeError } from '../core/errors.js';
import { exec as realExec } from '../core/exec.js';
import { pathExists, resolveInside } from '../core/files.js';
import { silentLogger } from '../core/log.js';
import { artifactDirFor, claimArtifactDir, emptyArtifactDir, markArtifactDir } from '../gate/artifact-dir.js';
import { getFullAdapter } from '../ecosystems/adapters.js';
import type { AdapterEnv, PackageInfo } from '../ecosystems/types.js';
import { Git } from '../git/git.js';
import { checkCi, checkTests, decide, FAILED_CHECK, finishGate, installDependencies, openRejectionIssue, testPlan, type GateDeps, type GateOptions, type GateResult, type GateRun } from './quality-gate.js';

/** The artifact folder's name for a workspace release: one folder, every released package's tarball. */
export function workspaceArtifactName(context: ReleaseContext): string {
  return `release-workspace-${(context.release_commit?.sha || context.repository.sha).slice(0, 12)}`;
}

/** The gate of a workspace release (context.workspace set by prepare-release). */
export async function workspaceGate(options: GateOptions, deps: GateDeps = {}): Promise<GateResult> {
  const run = deps.exec ?? realExec;
  const logger = deps.logger ?? silentLogger;
  const context = structuredClone(options.context as ReleaseContext);
  const sctx: StepContext = { ...createStepContext('quality-gate', logger, context.timeline) };
  const env: AdapterEnv = { exec: run, logger, tools: options.tools ?? {}, runner: options.runner };
  const cwd = resolve(options.cwd ?? process.cwd());
  const git = new Git(cwd, run);
  const released = (context.packages ?? []).filter((p) => p.version.released);

  const loaded = await instrumented('load context', async () => {
    const root = await git.topLevel();
    if (!released.length) throw new ReleaseError('NOT_APPROVED', 'The release context says no workspace package was released, so there is nothing to gate.', 'Skip the gate when prepare-release outputs released=false.');
    const head = await git.head();
    if (context.release_commit?.sha && context.release_commit.sha !== head && !context.dry_run) {
      throw new ReleaseError('CONTEXT_MISMATCH', `The context's release commit is ${context.release_commit.sha.slice(0, 7)} but HEAD is ${head.slice(0, 7)}.`, 'Check out the release commit (ref: the commit-sha output of prepare-release).');
    }
    const adapter = await getFullAdapter(resolveInside(root, context.package.dir, 'package-dir'), 'npm');
    const infos = new Map<string, PackageInfo>();
    for (const p of released) {
      const info = await adapter.readPackage(root, p.dir);
      if (info.name !== p.name || info.version !== p.version.next) {
        throw new ReleaseError('CONTEXT_MISMATCH', `The context releases ${p.name} ${p.version.next} from ${p.dir}, but ${p.dir}/package.json holds ${info.name} ${info.version}.`, 'Check out the release commit (release_commit.sha from prepare-release) before the gate.');
      }
      infos.set(p.name, info);
    }
    return { root, adapter, infos };
  })(undefined, sctx);
  const { root, adapter, infos } = loaded;
  const workspaceDir = resolveInside(root, context.package.dir, 'package-dir');
  const artifactName = workspaceArtifactName(context);
  const artifactDir = artifactDirFor(options.artifactDir, { cwd, tempDir: options.runner?.tempDir, name: artifactName, root, keep: [root] });
  await claimArtifactDir(artifactDir, root, git, { defaultDir: options.artifactDir === undefined });
  const reportDir = await mkdtemp(join(tmpdir(), 'relay-reports-'));
  const gate: NonNullable<ReleaseContext['gate']> = { status: 'rejected', reasons: [], checks: [], artifact_dir: artifactDir, artifact_name: artifactName };
  context.gate = gate;
  const rootManifest = JSON.parse(await readFile(join(workspaceDir, 'package.json'), 'utf8')) as { name?: string; scripts?: Record<string, string> };
  const label = released.map((p) => p.version.tag).join(', ');
  const rootInfo: PackageInfo = { name: rootManifest.name ?? 'workspace', version: '0.0.0', scheme: 'semver', versionFiles: [] };
  const g: GateRun = { options, run, sleep: deps.sleep, logger, sctx, env, context, gate, adapter, info: rootInfo, root, packageDir: workspaceDir, version: label, artifactDir, reportDir };

  const checks: GateCheck[] = [];
  try {
    // One install at the root: the workspace's manager links the packages to each other.
    await installDependencies(g);
    checks.push(await workspaceTests(g, released.map((p) => ({ dir: resolveInside(root, p.dir, 'package-dir'), info: infos.get(p.name) as PackageInfo })), Boolean(rootManifest.scripts?.test)));
    const built = await instrumented('build distributions', async () => {
      await emptyArtifactDir(artifactDir);
      const files = new Map<string, string[]>();
      try {
        for (const p of released) files.set(p.name, await adapter.build(env, { packageDir: resolveInside(root, p.dir, 'package-dir'), outDir: artifactDir, isolated: true, tool: options.buildTool, info: infos.get(p.name) as PackageInfo, version: p.version.next }));
      } finally {
        await markArtifactDir(artifactDir).catch(() => undefined);
      }
      return files;
    })(undefined, sctx).catch((err: unknown) => ({ error: err }));
    if ('error' in built) checks.push({ name: 'build', ok: false, detail: describeError(built.error) });
    else {
      for (const p of released) p.artifacts = await describeArtifacts(built.get(p.name) ?? []);
      context.artifacts = released.flatMap((p) => p.artifacts ?? []);
      checks.push({ name: 'build', ok: true, detail: released.map((p) => (p.artifacts ?? []).map((a) => `${p.name}: ${a.file} ${a.sha256}`).join('\n')).join('\n') });
      checks.push(await workspaceInstall(g, released.map((p) => ({ name: p.name, version: p.version.next, dir: resolveInside(root, p.dir, 'package-dir'), files: built.get(p.name) ?? [], info: infos.get(p.name) as PackageInfo }))));
    }
    checks.push(await checkCi(g));
  } finally {
    await rm(reportDir, { recursive: true, force: true });
  }
  const verdict = decide(checks);
  gate.checks = checks;
  gate.status = verdict.approved ? 'approved' : 'rejected';
  gate.reasons = verdict.reasons;
  if (!verdict.approved) await openRejectionIssue(g, verdict.failed);
  return finishGate(g, verdict, checks);
}

/** The tests: the root's test script (or test-command) once, else each released package's own. */
async function workspaceTests(g: GateRun, packages: { dir: string; info: PackageInfo }[], rootScript: boolean): Promise<GateCheck> {
  if (rootScript || g.options.testCommand || g.options.testEvidence) return checkTests(g, await testPlan(g));
  const details: string[] = [];
  let ok = true;
  const totals = { passed: 0, failed: 0, skipped: 0, duration_s: 0, failed_names: [] as string[], attempts: 0 };
  for (const p of packages) {
    const one: GateRun = { ...g, packageDir: p.dir, info: p.info };
    const check = await checkTests(one, await testPlan(one));
    ok &&= check.ok;
    details.push(`${p.info.name}: ${check.detail ?? (check.ok ? 'passed' : 'failed')}`);
    const t = g.gate.tests;
    if (t) {
      totals.passed += t.passed;
      totals.failed += t.failed;
      totals.skipped += t.skipped;
      totals.duration_s += t.duration_s;
      totals.failed_names.push(...t.failed_names.map((n) => `${p.info.name}: ${n}`));
      totals.attempts = Math.max(totals.attempts, t.attempts);
    }
  }
  g.gate.tests = totals;
  return { name: 'tests', ok, detail: details.join('\n') };
}

/**
 * The clean install of the released set: for each package, its tarball installed into a fresh project
 * together with the other released tarballs (a dependency released with it is not on the registry yet), then
 * imported, its bins run with --help and its README examples run.
 */
async function workspaceInstall(g: GateRun, packages: { name: string; version: string; dir: string; files: string[]; info: PackageInfo }[]): Promise<GateCheck> {
  const o = g.options;
  return instrumented('clean install check', async (): Promise<GateCheck> => {
    const tarballs = packages.flatMap((p) => p.files.filter((f) => f.endsWith('.tgz')));
    const lines: string[] = [];
    let ok = true;
    let examples = 0;
    for (const p of packages) {
      const others = tarballs.filter((t) => !p.files.includes(t));
      const readmeMd = join(p.dir, 'README.md');
      const readme = o.readmeExamples === false || !(await pathExists(readmeMd)) ? undefined : readmeMd;
      const r = await g.adapter.installCheck(g.env, { files: p.files, info: p.info, version: p.version, readmeFile: readme, exampleTags: o.exampleTags, installArgs: [...others, ...(o.installArgs ?? [])] });
      ok &&= r.ok;
      examples += r.examplesRun;
      lines.push(r.ok ? `${p.name} ${p.version}: installed and imported; ${r.examplesRun} README example(s) ran` : `${p.name} ${p.version}: ${r.reason ?? 'failed'}\n${r.logExcerpt ?? ''}`);
      if (!r.ok) g.gate.install_check = { ok: false, log_excerpt: r.logExcerpt, examples_run: examples };
    }
    if (ok) g.gate.install_check = { ok: true, examples_run: examples };
    return { name: 'clean install', ok, detail: lines.join('\n') };
  }, FAILED_CHECK)(undefined, g.sctx);
}
