import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { TimelineEntry } from './combinators.js';
import { ReleaseError } from './errors.js';

/** The stages, in order. */
export const STAGES = ['prepare-release', 'quality-gate', 'publish-and-verify'] as const;
export type StageName = (typeof STAGES)[number];

/**
 * Current schema version of the release context. Schema 2 adds `packages` (one entry per released package;
 * a single-package repository is the list of one); a schema 1 document is migrated on load.
 */
export const CONTEXT_SCHEMA = 2;

/** Ecosystems an adapter exists for. */
export type EcosystemName = 'python' | 'npm';

/** One built distribution file, identified by its digest. */
export interface ArtifactRecord {
  /** File name (no directory). */
  file: string;
  sha256: string;
  size: number;
}

/** The status of one check the gate ran. */
export interface GateCheck {
  name: string;
  ok: boolean;
  /** Why it failed, in words, with evidence. */
  detail?: string;
  skipped?: boolean;
}

/** A CI check run or commit status seen on the release commit. */
export interface CiCheck {
  name: string;
  kind: 'check_run' | 'status';
  state: string;
  url?: string;
}

/** One package of a release: what prepare decided for it, what the gate approved, what publish did. */
export interface PackageRelease {
  name: string;
  /** Directory relative to the repository root. */
  dir: string;
  ecosystem: EcosystemName;
  version_files: string[];
  /** prepare-release */
  version: { previous: string; next: string; tag: string; bump: string; released: boolean; reason?: string };
  /** prepare-release (released packages) */
  changelog?: { section_markdown: string; entries: number; file?: string };
  /** quality-gate: the approved files of this package. */
  artifacts?: ArtifactRecord[];
  /** publish-and-verify (workspace releases): what happened to this package. */
  publish?: { uploaded: boolean; skipped_existing: boolean; tag_created: boolean; release_url?: string; verified: boolean };
}

/**
 * The release context: one versioned JSON document that each stage reads, checks, extends and hands on.
 * Fields are written by the stage named beside them and never re-derived by a later one.
 */
export interface ReleaseContext {
  schema: number;
  id: string;
  created_at: string;
  dry_run: boolean;
  repository: { owner: string; name: string; ref: string; sha: string };
  package: {
    ecosystem: EcosystemName;
    name: string;
    dir: string;
    version_files: string[];
    /** Where the version comes from, in words (`[project] version in pyproject.toml`, `from git tags (hatch-vcs)`). */
    version_source?: string;
    /** Top-level import names (Python): input `import-names`, or read from the built wheel by quality-gate. */
    import_names?: string[];
  };
  /** prepare-release */
  version?: { previous: string; next: string; scheme: 'semver' | 'pep440'; bump: string; reason: string; released: boolean; tag: string };
  /** prepare-release */
  changelog?: { section_markdown: string; entries: number; file?: string };
  /** prepare-release */
  release_commit?: { sha: string; branch: string; pushed: boolean; files_changed: string[] };
  /** quality-gate */
  gate?: {
    status: 'approved' | 'rejected';
    reasons: string[];
    checks: GateCheck[];
    /** `counted: false`: the test command wrote no report and its exit code decided (the counts are zeros). */
    tests?: { passed: number; failed: number; skipped: number; duration_s: number; failed_names: string[]; attempts: number; counted?: boolean };
    coverage?: { percent: number; threshold?: number; branch_percent?: number; report: string; format: string };
    ci?: { state: string; checks: CiCheck[] };
    install_check?: { ok: boolean; python?: string; log_excerpt?: string; examples_run?: number };
    issue_url?: string;
    artifact_dir?: string;
    artifact_name?: string;
  };
  /** quality-gate */
  artifacts?: ArtifactRecord[];
  /** publish-and-verify */
  publish?: {
    registry: string;
    published_to: string[];
    fallback_used: boolean;
    degraded: boolean;
    skipped_existing: string[];
    tag: string;
    tag_created: boolean;
    release_url?: string;
    verified: boolean;
    verify_s?: number;
    attempts: number;
    announcement?: string;
    /** How the upload authenticated: `token` (registry-token) or `trusted-publishing` (OIDC). */
    credentials?: 'token' | 'trusted-publishing';
    /** Files uploaded with a provenance attestation (PEP 740 on PyPI). */
    attested?: string[];
    /** True when verify checked the provenance the registry serves (these bytes, this repository and workflow). */
    provenance_verified?: boolean;
  };
  /**
   * The packages of the release. For a workspace release (`workspace` set) this list is the truth and the
   * top-level `version` / `changelog` / `artifacts` only summarise it; otherwise it mirrors the top-level fields.
   */
  packages?: PackageRelease[];
  /** prepare-release, workspace releases: where the package directories were declared. */
  workspace?: { root: string; source: string; patterns: string[] };
  timeline: TimelineEntry[];
}

/** Which stage writes each optional part (for error messages). */
const WRITER: Record<string, StageName> = {
  version: 'prepare-release',
  changelog: 'prepare-release',
  release_commit: 'prepare-release',
  gate: 'quality-gate',
  artifacts: 'quality-gate',
  publish: 'publish-and-verify',
};

/** The parts each stage needs from the stages before it. */
export const REQUIRED_BY: Record<StageName, (keyof ReleaseContext)[]> = {
  'prepare-release': [],
  'quality-gate': ['version'],
  'publish-and-verify': ['version', 'changelog', 'gate', 'artifacts'],
};

/** Creates an empty context for a new release. */
export function newContext(init: Pick<ReleaseContext, 'repository' | 'package'> & { dry_run?: boolean }): ReleaseContext {
  return {
    schema: CONTEXT_SCHEMA,
    id: randomUUID(),
    created_at: new Date().toISOString(),
    dry_run: init.dry_run ?? false,
    repository: init.repository,
    package: init.package,
    timeline: [],
  };
}

function fail(field: string, problem: string, writer?: string): never {
  const who = writer ? ` It is written by ${writer}; run that stage first, or pass the context it produced.` : '';
  throw new ReleaseError('BAD_CONTEXT', `Release context field "${field}" ${problem}.`, `Pass the context written by the previous stage unchanged.${who}`);
}

type Shape = 'string' | 'number' | 'boolean' | 'object' | 'array';
function expect(obj: Record<string, unknown>, path: string, key: string, shape: Shape, writer?: string): void {
  const value = obj[key];
  const full = path ? `${path}.${key}` : key;
  if (value === undefined || value === null) fail(full, 'is missing', writer);
  const actual = Array.isArray(value) ? 'array' : typeof value;
  if (actual !== shape) fail(full, `should be ${shape === 'array' ? 'an array' : `a ${shape}`} but is ${actual}`, writer);
}

/**
 * Checks a parsed JSON value is a release context this code understands and that it holds what `stage`
 * needs. Throws a BAD_CONTEXT ReleaseError naming the field and the stage that should have written it.
 */
export function validateContext(value: unknown, stage?: StageName): ReleaseContext {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('(root)', 'is not a JSON object');
  let ctx = value as Record<string, unknown>;
  expect(ctx, '', 'schema', 'number');
  if (ctx.schema === 1) ctx = migrateSchema1(ctx);
  if (ctx.schema !== CONTEXT_SCHEMA) {
    const newer = typeof ctx.schema === 'number' && ctx.schema > CONTEXT_SCHEMA;
    throw new ReleaseError('BAD_CONTEXT', `Release context schema ${String(ctx.schema)} is not supported (this release-relay reads schemas 1 and ${CONTEXT_SCHEMA}).`, newer ? 'The context was written by a newer release-relay: use the same release-relay version for every stage of one release.' : 'Use the same release-relay version for every stage of one release.');
  }
  expect(ctx, '', 'id', 'string');
  expect(ctx, '', 'dry_run', 'boolean');
  expect(ctx, '', 'repository', 'object');
  expect(ctx, '', 'package', 'object');
  expect(ctx, '', 'timeline', 'array');
  const pkg = ctx.package as Record<string, unknown>;
  expect(pkg, 'package', 'ecosystem', 'string');
  expect(pkg, 'package', 'name', 'string');
  expect(pkg, 'package', 'dir', 'string');
  expect(pkg, 'package', 'version_files', 'array');
  const repo = ctx.repository as Record<string, unknown>;
  for (const k of ['owner', 'name', 'ref', 'sha']) expect(repo, 'repository', k, 'string');
  for (const part of Object.keys(WRITER)) {
    if (ctx[part] !== undefined && ctx[part] !== null) {
      expect(ctx, '', part, part === 'artifacts' ? 'array' : 'object', WRITER[part]);
    }
  }
  if (ctx.version) {
    const v = ctx.version as Record<string, unknown>;
    for (const k of ['previous', 'next', 'scheme', 'bump', 'tag']) expect(v, 'version', k, 'string', WRITER.version);
    expect(v, 'version', 'released', 'boolean', WRITER.version);
  }
  if (ctx.gate) {
    const g = ctx.gate as Record<string, unknown>;
    expect(g, 'gate', 'status', 'string', WRITER.gate);
    expect(g, 'gate', 'reasons', 'array', WRITER.gate);
  }
  if (Array.isArray(ctx.artifacts)) {
    ctx.artifacts.forEach((a: unknown, i: number) => {
      if (typeof a !== 'object' || a === null) fail(`artifacts[${i}]`, 'is not an object', WRITER.artifacts);
      const rec = a as Record<string, unknown>;
      expect(rec, `artifacts[${i}]`, 'file', 'string', WRITER.artifacts);
      expect(rec, `artifacts[${i}]`, 'sha256', 'string', WRITER.artifacts);
      expect(rec, `artifacts[${i}]`, 'size', 'number', WRITER.artifacts);
      if (!/^[0-9a-f]{64}$/.test(rec.sha256 as string)) fail(`artifacts[${i}].sha256`, 'is not a hex SHA-256 digest', WRITER.artifacts);
    });
  }
  if (ctx.packages !== undefined) {
    if (!Array.isArray(ctx.packages)) fail('packages', 'should be an array', 'prepare-release');
    (ctx.packages as unknown[]).forEach((p: unknown, i: number) => {
      if (typeof p !== 'object' || p === null) fail(`packages[${i}]`, 'is not an object', 'prepare-release');
      const rec = p as Record<string, unknown>;
      for (const k of ['name', 'dir', 'ecosystem']) expect(rec, `packages[${i}]`, k, 'string', 'prepare-release');
      expect(rec, `packages[${i}]`, 'version', 'object', 'prepare-release');
      const v = rec.version as Record<string, unknown>;
      for (const k of ['previous', 'next', 'tag', 'bump']) expect(v, `packages[${i}].version`, k, 'string', 'prepare-release');
      expect(v, `packages[${i}].version`, 'released', 'boolean', 'prepare-release');
      if (rec.artifacts !== undefined) {
        expect(rec, `packages[${i}]`, 'artifacts', 'array', 'quality-gate');
        (rec.artifacts as Record<string, unknown>[]).forEach((a, j) => {
          expect(a, `packages[${i}].artifacts[${j}]`, 'file', 'string', 'quality-gate');
          if (typeof a.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(a.sha256)) fail(`packages[${i}].artifacts[${j}].sha256`, 'is not a hex SHA-256 digest', 'quality-gate');
        });
      }
    });
  }
  if (ctx.workspace !== undefined && !Array.isArray(ctx.packages)) fail('packages', 'is missing in a workspace release', 'prepare-release');
  if (stage) {
    for (const part of REQUIRED_BY[stage]) {
      if (ctx[part] === undefined || ctx[part] === null) fail(part, `is missing, and ${stage} needs it`, WRITER[part]);
    }
  }
  return ctx as unknown as ReleaseContext;
}

/**
 * A schema 1 document as schema 2: the same fields, plus the `packages` list of one built from them.
 * Schema 1 had no workspace releases, so nothing else changes.
 */
export function migrateSchema1(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...doc, schema: CONTEXT_SCHEMA };
  return out.package && typeof out.package === 'object' ? { ...out, packages: [packageOf(out as unknown as ReleaseContext)] } : out;
}

/** The top-level fields of a single-package context as its one PackageRelease. */
function packageOf(ctx: ReleaseContext): PackageRelease {
  const v = ctx.version;
  return {
    name: ctx.package.name,
    dir: ctx.package.dir,
    ecosystem: ctx.package.ecosystem,
    version_files: ctx.package.version_files,
    version: v ? { previous: v.previous, next: v.next, tag: v.tag, bump: v.bump, released: v.released, reason: v.reason } : { previous: '', next: '', tag: '', bump: '', released: false },
    ...(ctx.changelog ? { changelog: { ...ctx.changelog } } : {}),
    ...(ctx.artifacts ? { artifacts: ctx.artifacts.map((a) => ({ ...a })) } : {}),
  };
}

/**
 * The context with its `packages` list up to date: for a single-package release the list of one mirrors the
 * top-level fields (which the stages write); a workspace release's list is left as its stages wrote it.
 */
export function withPackages(ctx: ReleaseContext): ReleaseContext {
  if (ctx.workspace) return ctx;
  return { ...ctx, packages: [packageOf(ctx)] };
}

/** True for a workspace release: several packages, `packages` is the truth. */
export function isWorkspaceContext(ctx: ReleaseContext): boolean {
  return ctx.workspace !== undefined;
}

/** Parses context JSON text (from a file, an action input or a job output) and validates it. */
export function parseContext(text: string, stage?: StageName, source = 'context'): ReleaseContext {
  // U+FFFD is what a reader makes of bytes that are not UTF-8: never carry it on into a release.
  if (text.includes('\uFFFD')) {
    throw new ReleaseError('BAD_CONTEXT', `The release context from ${source} is not valid UTF-8 (it holds U+FFFD, the replacement for undecodable bytes).`, 'Pass the `context` output of the previous stage unchanged; regenerate the context if it was edited.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ReleaseError('BAD_CONTEXT', `The release context from ${source} is not valid JSON: ${(err as Error).message}`, 'Pass the `context` output of the previous stage unchanged.');
  }
  return validateContext(value, stage);
}

/** Reads and validates a context file. */
export async function loadContext(file: string, stage?: StageName): Promise<ReleaseContext> {
  let bytes: Buffer;
  let text: string;
  try {
    bytes = await readFile(file);
  } catch {
    throw new ReleaseError('BAD_CONTEXT', `No release context at ${file}.`, 'Run the previous stage first, or pass its context with `context` / `context-file`.');
  }
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ReleaseError('BAD_CONTEXT', `The release context ${file} is not valid UTF-8.`, 'Use the release-context.json the previous stage wrote, unchanged.');
  }
  return parseContext(text, stage, file);
}

/** Serialises a context (stable two-space JSON with a trailing newline). */
export function serializeContext(ctx: ReleaseContext): string {
  return `${JSON.stringify(withPackages(ctx), null, 2)}\n`;
}

/** Writes a context file atomically (temp file + rename), so a killed stage never leaves half a file. */
export async function saveContext(file: string, ctx: ReleaseContext): Promise<void> {
  validateContext(ctx);
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, serializeContext(ctx));
  await rename(tmp, file);
}
