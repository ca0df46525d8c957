import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createStepContext, fallback, instrumented, isTransientError, retry, type FallbackResult, type StepContext } from '../core/combinators.js';
import { saveContext, validateContext, type ReleaseContext } from '../core/context.js';
import { copyApproved } from '../core/approved-copy.js';
import { urlSecrets } from '../core/http.js';
import { ReleaseError, describeError, isReleaseError } from '../core/errors.js';
import { exec as realExec, type Exec } from '../core/exec.js';
import { resolveContained, resolveInside } from '../core/files.js';
import { silentLogger, type Logger } from '../core/log.js';
import type { RunnerEnvironment } from '../core/runner.js';
import { releaseTags } from '../changelog/tags.js';
import { getFullAdapter } from '../ecosystems/adapters.js';
import { workflowFile } from '../ecosystems/trusted-publishing.js';
import type { AdapterEnv, FullEcosystemAdapter, PackageInfo, PublishCredentials, RegistryTarget } from '../ecosystems/types.js';
import { assertValidRefName, Git } from '../git/git.js';
import { listTags } from '../git/tag-list.js';
import type { GitHubTarget } from '../github/target.js';
import { getScheme } from '../versioning/scheme.js';
import { renderAnnouncement } from '../changelog/announcement.js';
import { renderPrometheus, exportOtlp } from '../core/telemetry.js';

/** Typed options of publish-and-verify. */
export interface PublishOptions {
  /** Working tree (a checkout of the repository). Defaults to the current directory. */
  cwd?: string;
  /** The context the gate approved. */
  context: ReleaseContext;
  /** Folder holding the approved distribution files. Defaults to the gate's artifact_dir. */
  artifactDir?: string;
  /** Registries in order: the first is the target, later ones are fallbacks used only if it fails. Defaults to the ecosystem's public registry (pypi, npm). */
  registries?: string[];
  /** API token for the registry (masked). Without it, Trusted Publishing (OIDC) is used when available. */
  token?: string;
  /** Use OIDC Trusted Publishing when no token is given. Defaults to true. */
  useOidc?: boolean;
  /** Upload attempts per file (transient failures only). Defaults to 4. */
  uploadAttempts?: number;
  /** First retry delay, in ms. Defaults to 2000. */
  retryDelayMs?: number;
  /** Remote the tag is pushed to. Defaults to `origin`. */
  remote?: string;
  /** Push the tag. Defaults to true. */
  pushTag?: boolean;
  /** The GitHub repository for the release. No release is made without it. */
  github?: GitHubTarget;
  /** Verify from the registry. Defaults to true. */
  verify?: boolean;
  /** How long to wait for the registry to serve the release, in ms. Defaults to 15 minutes. */
  verifyTimeoutMs?: number;
  /** First poll interval while verifying, in ms. Defaults to 5000. */
  verifyPollMs?: number;
  /** Tool overrides, e.g. `{ python: '/usr/bin/python3' }`. */
  tools?: Record<string, string | undefined>;
  /** Folder for the release notes page and the announcement (e.g. docs/releases). */
  notesDir?: string;
  /** Prometheus text-format metrics file. Defaults to `<artifact dir>/metrics.prom`. */
  metricsFile?: string;
  /** OTLP/HTTP endpoint (e.g. http://collector:4318) for the timeline as spans. */
  otlpEndpoint?: string;
  /** Time one HTTP request (registry, GitHub) may take, in ms. Defaults to 60 s. */
  requestTimeoutMs?: number;
  /** Time one upload call (one file, one attempt) may take, in ms. Defaults to 10 minutes. */
  uploadTimeoutMs?: number;
  /** Plan only: run the pre-flight checks and print the plan, change nothing. Defaults to the context's dry_run. */
  dryRun?: boolean;
  /** Also write the context to this file. */
  contextFile?: string;
  /** Attach provenance attestations when publishing through Trusted Publishing (PEP 740 on PyPI), and demand them back on verify. Defaults to true. */
  attestations?: boolean;
  /** The workflow running this (GITHUB_WORKFLOW_REF, `owner/repo/.github/workflows/<file>@<ref>`): the provenance must name it. */
  workflowRef?: string;
  /** Sigstore instance and trusted root for attestations. Defaults to the public Sigstore. */
  sigstore?: { fulcioURL?: string; rekorURL?: string; trustedRoot?: unknown };
  /** ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN for the Sigstore ID token. Defaults to `runner.oidc`. */
  idTokenRequest?: { url?: string; token?: string };
  /** Where the stage runs (GITHUB_REPOSITORY, GITHUB_REF, RUNNER_TEMP, the OIDC endpoint), read by the entry. Defaults to nothing known. */
  runner?: RunnerEnvironment;
}



/** What publish-and-verify produced. */
export interface PublishStageResult {
  context: ReleaseContext;
  decision: string;
  plan: string[];
  releaseUrl?: string;
  publishedTo: string[];
  degraded: boolean;
  verified: boolean;
  announcement: string;
  metricsFile?: string;
}

/** Collaborators of publish-and-verify. */
export interface PublishDeps {
  exec?: Exec;
  logger?: Logger;
  /** Replaces real sleeps in retries (tests). */
  sleep?: (ms: number) => Promise<void>;
  /** Clock for overall deadlines (verify-timeout); tests pass one that `sleep` advances. Defaults to Date.now. */
  now?: () => number;
}

/** Pre-flight results: everything decided before the first side effect. */
interface Preflight {
  files: string[];
  registries: RegistryTarget[];
  alreadyPublished: string[];
  tagState: 'absent' | 'same';
  credentials: PublishCredentials | null;
  plan: string[];
  adapter: FullEcosystemAdapter;
  info: PackageInfo;
}

/** One publish run: what every step reads. */
interface PublishRun {
  options: PublishOptions;
  logger: Logger;
  sctx: StepContext;
  env: AdapterEnv;
  git: Git;
  context: ReleaseContext;
  version: string;
  tag: string;
  dryRun: boolean;
  remote: string;
  releaseSha: string;
  artifactDir: string;
  /** Where the private copies of the approved files are registered for removal. */
  scratch: Scratch;
}

/** What the publish step did. */
type Published = FallbackResult<{ uploaded: string[]; skipped: string[]; attempts: number; registry: RegistryTarget }>;

/**
 * publish-and-verify: pre-flight (no side effects), publish the approved bytes (classified retries, optional
 * fallback), annotated tag, GitHub release (draft → assets → publish), verify from the registry, announce,
 * metrics. Every step is resumable: a re-run skips what is already done and never duplicates anything.
 */
export async function publishAndVerify(options: PublishOptions, deps: PublishDeps = {}): Promise<PublishStageResult> {
  const scratch: Scratch = {};
  try {
    return await runPublish(options, deps, scratch);
  } finally {
    await scratch.cleanup?.();
  }
}

/** What a run leaves to remove at its end, however it ends (the private copies of the approved files). */
interface Scratch {
  cleanup?: () => Promise<void>;
}

async function runPublish(options: PublishOptions, deps: PublishDeps, scratch: Scratch): Promise<PublishStageResult> {
  const p = startPublish(options, deps, scratch);
  const started = Date.now();
  const pre = await preflight(p);
  if (p.dryRun) {
    return { context: p.context, decision: `Dry run: would ${pre.plan.join('; ')}`, plan: pre.plan, publishedTo: [], degraded: false, verified: false, announcement: '' };
  }
  const published = await publishToRegistry(p, pre);
  const degraded = published.servedBy !== pre.registries[0].name;
  await tagReleaseCommit(p, pre);
  const releaseUrl = await githubRelease(p, pre);
  const verified = await verifyFromRegistry(p, pre, published);
  const announcement = await announce(p, { install: pre.adapter.installCommand(p.context.package.name, p.version), releaseUrl, publishedTo: [published.servedBy], degraded, verified });
  const metricsFile = await writeMetrics(p, started);
  // After the metrics step has closed, so the trace holds every step of the timeline (that one included).
  if (options.otlpEndpoint) await exportOtlp(options.otlpEndpoint, p.context).catch((err: unknown) => p.logger.warning(`OTLP export failed: ${describeError(err)}`));

  if (options.contextFile) await saveContext(options.contextFile, p.context);
  const rec = p.context.publish as NonNullable<ReleaseContext['publish']>;
  const how = rec.credentials === 'trusted-publishing' ? ' through Trusted Publishing' : ' with a token';
  const attested = rec.attested?.length ? `, ${rec.attested.length} file(s) attested` : '';
  const decision = `${degraded ? 'Degraded release' : 'Released'} ${p.context.package.name} ${p.version} to ${published.servedBy}${how}${attested}${verified ? `, verified by a clean install${rec.provenance_verified ? ' and its provenance (this repository, workflow and digests)' : ''}` : ''}${releaseUrl ? `; release ${releaseUrl}` : ''}.`;
  return { context: p.context, decision, plan: pre.plan, releaseUrl, publishedTo: [published.servedBy], degraded, verified, announcement, metricsFile };
}

/** The validated context and everything the steps share. */
function startPublish(options: PublishOptions, deps: PublishDeps, scratch: Scratch): PublishRun {
  const run = deps.exec ?? realExec;
  const logger = deps.logger ?? silentLogger;
  const context = structuredClone(validateContext(options.context, 'publish-and-verify'));
  const sctx: StepContext = { ...createStepContext('publish-and-verify', logger, context.timeline), sleep: deps.sleep ? (ms) => (deps.sleep as (ms: number) => Promise<void>)(ms) : undefined };
  // deps.sleep reaches the adapter too: upload backoff, OIDC mint backoff and verify polling wait through it.
  // Provenance: attested only through Trusted Publishing (no token), and then demanded back on verify.
  const attestations = options.attestations ?? true;
  const supplyChain: AdapterEnv['supplyChain'] = {
    attestations,
    expectProvenance: attestations && !options.token && (options.useOidc ?? true),
    publisher: { repository: `${context.repository.owner}/${context.repository.name}`, workflow: workflowFile(options.workflowRef) },
    sigstore: options.sigstore,
    idTokenRequest: options.idTokenRequest,
    workflowRef: options.workflowRef,
  };
  const env: AdapterEnv = { exec: run, logger, tools: options.tools ?? {}, runner: options.runner, sleep: deps.sleep, now: deps.now, requestTimeoutMs: options.requestTimeoutMs, uploadTimeoutMs: options.uploadTimeoutMs, supplyChain };
  const version = context.version?.next as string;
  // Credentials written into a registry URL (https://user:pass@host/) are secrets like any token.
  for (const r of options.registries ?? []) for (const secret of urlSecrets(r)) logger.setSecret(secret);
  return {
    options,
    logger,
    sctx,
    env,
    git: new Git(resolve(options.cwd ?? process.cwd()), run, { requestTimeoutMs: options.requestTimeoutMs }),
    context,
    version,
    tag: context.version?.tag as string,
    dryRun: options.dryRun ?? context.dry_run,
    remote: options.remote ?? 'origin',
    releaseSha: context.release_commit?.sha || context.repository.sha,
    artifactDir: resolve(options.artifactDir ?? context.gate?.artifact_dir ?? join(options.runner?.tempDir || tmpdir(), 'release-relay', `release-${version}`)),
    scratch,
  };
}

/** Step 1: every check that can fail before the first side effect, and the plan. */
async function preflight(p: PublishRun): Promise<Preflight> {
  const { options, logger, sctx, env, git, context, version, tag, dryRun, remote, releaseSha, artifactDir } = p;
  return instrumented('pre-flight checks', async () => {
    if (context.gate?.status !== 'approved') {
      throw new ReleaseError('NOT_APPROVED', `The quality gate did not approve ${version} (status: ${context.gate?.status ?? 'missing'}; ${context.gate?.reasons.join('; ') || 'no reasons'}).`, 'Fix what the gate reported and run the gate again; publish only takes an approved context.');
    }
    if (!context.artifacts?.length) throw new ReleaseError('BAD_CONTEXT', 'The approved context lists no artifacts.', 'Run quality-gate: it builds the distributions and records their digests.');
    // The tag is created only after the upload: a name git refuses must stop the release now, not then.
    await assertValidRefName(tag, 'tag', env.exec).catch(() => {
      throw new ReleaseError('BAD_CONTEXT', `The context's tag "${tag}" is not a valid git tag name.`, 'Pass the context prepare-release and the gate wrote, unchanged; fix input `tag-template` of prepare-release if it produced this tag.');
    });
    const root = await git.topLevel();
    // Paths this stage writes: inside the workspace or the runner's temp directory, never through "..".
    const cwd = resolve(options.cwd ?? process.cwd());
    const writable = [root, cwd, options.runner?.tempDir || tmpdir()];
    if (options.notesDir !== undefined) resolveContained(cwd, options.notesDir, 'notes-dir', writable);
    if (options.metricsFile !== undefined) resolveContained(cwd, options.metricsFile, 'metrics-file', writable);
    const adapter = await getFullAdapter(resolveInside(root, context.package.dir, 'package-dir'), context.package.ecosystem);
    const info: PackageInfo = { name: context.package.name, version, scheme: context.version?.scheme ?? 'pep440', versionFiles: context.package.version_files, ...(context.package.import_names?.length ? { importNames: context.package.import_names } : {}) };
    // The approved bytes: every file checked against the digest the gate recorded and copied, from the very
    // bytes checked, into a private directory. Everything after this reads only the copies.
    const sources = (context.artifacts ?? []).map((a) => ({ path: resolveInside(artifactDir, a.file, 'artifact-dir'), sha256: a.sha256 }));
    const copies = await copyApproved(sources, options.runner?.tempDir || tmpdir());
    p.scratch.cleanup = copies.cleanup;
    const files = copies.files;
    const registries = (options.registries?.length ? options.registries : [adapter.defaultRegistry ?? 'pypi']).map((r) => (adapter as FullEcosystemAdapter).registry(r));
    // What the target registry already holds: same bytes → skip, other bytes → stop.
    // Read with the upload's retry policy: one 503 from the index must not stop the release before it starts.
    // A target that stays unreadable is left to the publish step when there are fallbacks to turn to.
    const readState = retry(() => (adapter as FullEcosystemAdapter).remoteState(env, { registry: registries[0], name: context.package.name, version, artifacts: context.artifacts ?? [] }), {
      attempts: options.uploadAttempts ?? 4,
      baseDelayMs: options.retryDelayMs ?? 2000,
      maxDelayMs: 60_000,
      jitter: 0.3,
    });
    let unreadable = false;
    const state = await readState(undefined, { ...sctx, attempts: { count: 0 } }).catch((err: unknown) => {
      if (registries.length < 2 || !isTransientError(err)) throw err;
      unreadable = true;
      logger.warning(`Could not read what ${registries[0].name} holds (${describeError(err)}); the publish step will try it and then fall back.`);
      return {} as Record<string, 'absent' | 'same' | 'different'>;
    });
    const different = Object.entries(state).filter(([, s]) => s === 'different').map(([f]) => f);
    if (different.length) {
      throw new ReleaseError('ALREADY_PUBLISHED_DIFFERENT', `${registries[0].name} already has ${different.join(', ')} for ${version} with different contents.`, 'A published version can never change: release a new version (e.g. a .post1 or the next patch).');
    }
    const alreadyPublished = Object.entries(state).filter(([, s]) => s === 'same').map(([f]) => f);
    // The tag: absent, or already on the release commit (a re-run).
    const local = await git.tagCommit(tag);
    const onRemote = (options.pushTag ?? true) && (await git.hasRemote(remote)) ? await git.remoteTagCommit(remote, tag) : null;
    for (const [where, sha] of [['locally', local], [`on ${remote}`, onRemote]] as const) {
      if (sha && sha !== releaseSha) {
        throw new ReleaseError('TAG_EXISTS', `Tag ${tag} exists ${where} on ${sha.slice(0, 7)}, not on the release commit ${releaseSha.slice(0, 7)}.`, 'Delete the stray tag if that release never happened, or release a new version.');
      }
    }
    const tagState: Preflight['tagState'] = local || onRemote ? 'same' : 'absent';
    // Credentials, before anything is uploaded (not needed when everything is there already).
    const needUpload = alreadyPublished.length < (context.artifacts?.length ?? 0);
    const credentials =
      needUpload && !dryRun
        ? await adapter.credentials(env, { registry: registries[0], token: options.token, useOidc: options.useOidc ?? true }).catch((err: unknown) => {
            // An unreachable target (fallbacks follow): the publish step asks each registry for its own.
            if (unreadable && isTransientError(err)) return null;
            throw err;
          })
        : null;
    const plan = [
      `publish ${files.length - alreadyPublished.length} file(s) of ${context.package.name} ${version} to ${registries[0].name}${registries.length > 1 ? ` (fallback: ${registries.slice(1).map((r) => r.name).join(', ')})` : ''}${alreadyPublished.length ? `; already there: ${alreadyPublished.join(', ')}` : ''}`,
      tagState === 'same' ? `tag ${tag} already on ${releaseSha.slice(0, 7)}` : `create annotated tag ${tag} on ${releaseSha.slice(0, 7)} and push it`,
      options.github ? `GitHub release ${tag} with ${files.length} asset(s)` : 'no GitHub release (no token/repository)',
      options.verify === false ? 'no verification' : `verify from ${registries[0].name} (up to ${Math.round((options.verifyTimeoutMs ?? 900_000) / 60000)} min)`,
    ];
    logger.info(`Plan:\n${plan.map((p) => `  - ${p}`).join('\n')}`);
    return { files, registries, alreadyPublished, tagState, credentials, plan, adapter, info };
  })(undefined, sctx);
}

/** Step 2: publish to the target registry, falling back to the others only when it fails for good. */
async function publishToRegistry(p: PublishRun, pre: Preflight): Promise<Published> {
  const { options, logger, sctx, env, context, version, tag } = p;
  const a = pre.adapter;
  const published = await instrumented('publish to registry', fallback(
    pre.registries.map((registry, i) => ({
      name: registry.name,
      step: async () => {
        // Everything already on the target (a re-run): nothing to upload, so no credential is minted or used.
        if (i === 0 && pre.alreadyPublished.length === pre.files.length) {
          logger.info(`Every approved file is already on ${registry.name}; nothing to upload.`);
          return { uploaded: [], skipped: [...pre.alreadyPublished], attempts: 0, registry };
        }
        const credentials = i === 0 && pre.credentials ? pre.credentials : await a.credentials(env, { registry, token: options.token, useOidc: options.useOidc ?? true });
        const r = await a.publish(env, { registry, files: pre.files, artifacts: context.artifacts ?? [], name: context.package.name, version, credentials, attempts: options.uploadAttempts ?? 4, baseDelayMs: options.retryDelayMs });
        return { ...r, registry };
      },
    })),
    // A real conflict (other bytes already there) must stop, not fall back.
    { shouldFallback: (err) => !isReleaseError(err, 'ALREADY_PUBLISHED_DIFFERENT') },
  ))(undefined, sctx);
  const degraded = published.servedBy !== pre.registries[0].name;
  if (degraded) logger.warning(`Degraded release: ${pre.registries[0].name} failed (${describeError(published.failures[0]?.error)}); published to ${published.servedBy} instead.`);
  context.publish = {
    registry: published.value.registry.indexUrl,
    published_to: [published.servedBy],
    fallback_used: degraded,
    degraded,
    skipped_existing: published.value.skipped,
    tag,
    tag_created: false,
    verified: false,
    attempts: published.value.attempts,
    credentials: pre.credentials?.source === 'oidc' || (!pre.credentials && p.env.supplyChain?.expectProvenance) ? 'trusted-publishing' : 'token',
    attested: published.value.attested ?? [],
  };
  return published;
}

/** Step 3: the annotated tag on the release commit, only now that the upload is done. */
async function tagReleaseCommit(p: PublishRun, pre: Preflight): Promise<void> {
  const { options, sctx, git, context, version, tag, remote, releaseSha } = p;
  await instrumented('tag release commit', async () => {
    if (pre.tagState === 'same' && (await git.tagCommit(tag))) {
      if ((options.pushTag ?? true) && (await git.hasRemote(remote)) && !(await git.remoteTagCommit(remote, tag))) await git.push(remote, [`refs/tags/${tag}`]);
      return;
    }
    if (!(await git.tagCommit(tag))) await git.tag(tag, releaseSha, `${context.package.name} ${version}\n\n${context.changelog?.section_markdown ?? ''}`);
    if ((options.pushTag ?? true) && (await git.hasRemote(remote))) await git.push(remote, [`refs/tags/${tag}`]);
    (context.publish as NonNullable<ReleaseContext['publish']>).tag_created = true;
  })(undefined, sctx);
}

/** Step 4: the GitHub release: draft, assets, publish (works with immutable releases). */
async function githubRelease(p: PublishRun, pre: Preflight): Promise<string | undefined> {
  const { options, sctx, git, context, version, tag } = p;
  const pkg = pre.info;
  let releaseUrl: string | undefined;
  if (options.github) {
    const gh = options.github;
    releaseUrl = await instrumented('GitHub release', async () => {
      const { ensureDraftRelease, uploadAssetIfMissing, publishRelease } = await import('../github/releases.js');
      const scheme = getScheme(pkg.scheme);
      const prerelease = scheme.isPrerelease(version);
      const release = await ensureDraftRelease(gh.client, { owner: gh.owner, repo: gh.repo, tag, name: `${context.package.name} ${version}`, body: context.changelog?.section_markdown ?? '', prerelease, retryDelayMs: options.retryDelayMs });
      for (const file of pre.files) {
        const record = context.artifacts?.find((r) => file.endsWith(`/${r.file}`));
        await uploadAssetIfMissing(gh.client, { owner: gh.owner, repo: gh.repo, release, filePath: file, name: record?.file, contentType: 'application/octet-stream' });
      }
      const latest = await isHighestFinal(git, context, scheme);
      const published = await publishRelease(gh.client, { owner: gh.owner, repo: gh.repo, release, body: context.changelog?.section_markdown ?? '', makeLatest: latest ? 'true' : 'false', prerelease });
      return published.url;
    })(undefined, sctx);
    (context.publish as NonNullable<ReleaseContext['publish']>).release_url = releaseUrl;
  }
  return releaseUrl;
}

/** Step 5: verify from the registry the release went to; not served in time is VERIFY_FAILED. */
async function verifyFromRegistry(p: PublishRun, pre: Preflight, published: Published): Promise<boolean> {
  const { options, sctx, env, context, version } = p;
  const a = pre.adapter;
  const pkg = pre.info;
  let verified = false;
  if (options.verify !== false) {
    const v = await instrumented('verify from registry', async () =>
      a.verify(env, { registry: published.value.registry, info: pkg, version, artifacts: context.artifacts ?? [], timeoutMs: options.verifyTimeoutMs ?? 900_000, pollMs: options.verifyPollMs }),
    )(undefined, sctx);
    verified = v.verified;
    Object.assign(context.publish as object, { verified, verify_s: v.propagationS, provenance_verified: v.provenanceVerified ?? false });
    if (!verified) {
      throw new ReleaseError('VERIFY_FAILED', v.state === 'propagating' ? `${version} is published but ${published.servedBy} is still propagating it after ${Math.round(v.propagationS)} s.` : v.state === 'unanswered' ? `${published.servedBy} did not answer while ${version} was being verified: ${v.reason ?? ''}` : `${version} is not served by ${published.servedBy}.`, v.state === 'propagating' ? 'Wait and re-run publish-and-verify: everything done is skipped, only the check runs again.' : 'Check the upload log above; re-run to retry.');
    }
  }
  return verified;
}

/** Step 6: the announcement (written to notes-dir when set) and into the context. */
async function announce(p: PublishRun, outcome: { install: string; releaseUrl?: string; publishedTo: string[]; degraded: boolean; verified: boolean }): Promise<string> {
  const { options, sctx, context, version } = p;
  const { releaseUrl, degraded, verified } = outcome;
  const announcement = renderAnnouncement({ context, install: outcome.install, releaseUrl, publishedTo: outcome.publishedTo, degraded, verified });
  await instrumented('announce', async () => {
    if (options.notesDir) {
      const dir = resolve(options.cwd ?? process.cwd(), options.notesDir);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, `${context.package.name}-${version}.md`), announcement);
    }
  })(undefined, sctx);
  (context.publish as NonNullable<ReleaseContext['publish']>).announcement = announcement;
  return announcement;
}

/** Step 7: the Prometheus metrics file. */
async function writeMetrics(p: PublishRun, started: number): Promise<string> {
  const { options, sctx, context, artifactDir } = p;
  const metricsFile = options.metricsFile ?? join(artifactDir, 'metrics.prom');
  await instrumented('metrics', async () => {
    await mkdir(resolve(metricsFile, '..'), { recursive: true });
    await writeFile(metricsFile, renderPrometheus(context, { publishSeconds: (Date.now() - started) / 1000 }));
  })(undefined, sctx);
  return metricsFile;
}

/** Whether this version is a final release at least as high as every released version with the same tag template. */
async function isHighestFinal(git: Git, context: ReleaseContext, scheme: ReturnType<typeof getScheme>): Promise<boolean> {
  const version = context.version?.next as string;
  if (scheme.isPrerelease(version)) return false;
  const released = releaseTags(await listTags(git), { template: templateOf(context), name: context.package.name, scheme });
  return !released.some((t) => !scheme.isPrerelease(t.version) && scheme.compare(t.version, version) > 0);
}

/** Recovers the tag template from the context's tag and version. */
function templateOf(context: ReleaseContext): string {
  const tag = context.version?.tag as string;
  const version = context.version?.next as string;
  const i = tag.lastIndexOf(version);
  if (i < 0) return 'v{version}';
  const head = tag.slice(0, i).split(context.package.name).join('{name}');
  return `${head}{version}${tag.slice(i + version.length)}`;
}
