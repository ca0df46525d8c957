/**
 * npm / yarn / pnpm workspaces: the package directories a workspace root declares (`workspaces` in
 * package.json, as an array or `{ packages }`, or `packages` in pnpm-workspace.yaml), the packages in them,
 * the dependency graph between them and the order to release them in (dependencies first).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { ReleaseError } from '../../core/errors.js';
import { pathExists, readTextOrNull } from '../../core/files.js';

/** The dependency fields that can name another workspace package. */
export const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;
export type DependencyField = (typeof DEPENDENCY_FIELDS)[number];

/** Fields whose dependencies reach the package's users: a new release of the dependency ripples to them. */
export const RUNTIME_FIELDS: readonly DependencyField[] = ['dependencies', 'peerDependencies', 'optionalDependencies'];

/** One edge of the workspace graph: `from` depends on the workspace package `on` with `range`. */
export interface WorkspaceDependency {
  field: DependencyField;
  /** The workspace package depended on. */
  on: string;
  range: string;
}

/** One package of the workspace. */
export interface WorkspacePackage {
  name: string;
  /** Directory relative to the workspace root, POSIX separators (`packages/core`). */
  dir: string;
  version: string;
  /** `"private": true`: never released. */
  private: boolean;
  /** Its dependencies on other workspace packages. */
  internal: WorkspaceDependency[];
}

/** A workspace: where its globs came from, its packages in release order. */
export interface Workspace {
  /** `package.json "workspaces"` or `pnpm-workspace.yaml`. */
  source: string;
  patterns: string[];
  /** Every package, dependencies before dependents (ties by directory). */
  packages: WorkspacePackage[];
}

/** The workspace globs the root at `rootAbs` declares, or null when it declares none. */
export async function readWorkspaceGlobs(rootAbs: string): Promise<{ patterns: string[]; source: string } | null> {
  const pnpm = await readTextOrNull(join(rootAbs, 'pnpm-workspace.yaml'));
  if (pnpm !== null) {
    // yaml is loaded only when there is YAML to read: most releases never need it.
    const { parse: parseYaml } = await import('yaml');
    let doc: unknown;
    try {
      doc = parseYaml(pnpm);
    } catch (err) {
      throw new ReleaseError('BAD_WORKSPACE', `pnpm-workspace.yaml is not valid YAML: ${(err as Error).message}`, 'Fix pnpm-workspace.yaml (pnpm cannot read it either).', { location: { file: 'pnpm-workspace.yaml' } });
    }
    const packages = (doc as { packages?: unknown } | null)?.packages;
    if (packages !== undefined) return { patterns: stringList(packages, 'pnpm-workspace.yaml', '"packages"'), source: 'pnpm-workspace.yaml' };
  }
  const text = await readTextOrNull(join(rootAbs, 'package.json'));
  if (text === null) return null;
  let manifest: { workspaces?: unknown };
  try {
    manifest = JSON.parse(text) as { workspaces?: unknown };
  } catch {
    return null; // readNpmPackage reports a broken package.json with its own error.
  }
  const w = manifest.workspaces;
  if (w === undefined) return null;
  const list = Array.isArray(w) ? w : typeof w === 'object' && w !== null ? (w as { packages?: unknown }).packages : undefined;
  return { patterns: stringList(list, 'package.json', '"workspaces"'), source: 'package.json "workspaces"' };
}

function stringList(value: unknown, file: string, what: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new ReleaseError('BAD_WORKSPACE', `${what} in ${file} is not a list of directory globs.`, `Write ${what} as a list of globs, e.g. ["packages/*"].`, { location: { file } });
  }
  return value as string[];
}

/**
 * A workspace glob as a regular expression over POSIX relative paths, with the glob rules npm, yarn and pnpm
 * use (picomatch: `*`, `**`, `?`, `{a,b}`, extglobs).
 */
export function globToRegExp(pattern: string): RegExp {
  return picomatch.makeRe(pattern);
}

/** The literal directory a glob starts from (`packages/*` → `packages`), to walk no more than needed. */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const lit: string[] = [];
  for (const p of parts) {
    if (/[*?{]/.test(p)) break;
    lit.push(p);
  }
  return lit.join('/');
}

/** Directories under `rootAbs/base` (relative to rootAbs), down to `depth` levels (Infinity for `**`); node_modules and dot-dirs skipped. */
async function walkDirs(rootAbs: string, base: string, depth: number): Promise<string[]> {
  const out: string[] = [];
  const visit = async (rel: string, left: number): Promise<void> => {
    if (left <= 0) return;
    const entries = await readdir(join(rootAbs, rel), { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (!e.isDirectory() || e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const child = rel ? `${rel}/${e.name}` : e.name;
      out.push(child);
      await visit(child, left - 1);
    }
  };
  await visit(base, depth);
  return out;
}

/**
 * The package directories the globs select (relative, POSIX, sorted): directories holding a package.json
 * that match a pattern and no `!` pattern. A pattern that leaves the root, or a literal directory without a
 * package.json, is refused; so is a set of globs that selects nothing.
 */
export async function expandWorkspaceGlobs(rootAbs: string, patterns: string[], source: string): Promise<string[]> {
  const fileOf = source.startsWith('pnpm') ? 'pnpm-workspace.yaml' : 'package.json';
  const include: string[] = [];
  const exclude: RegExp[] = [];
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const p = (negated ? raw.slice(1) : raw).trim().replace(/^\.\//, '').replace(/\/+$/, '');
    if (!p || p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').includes('..')) {
      throw new ReleaseError('BAD_WORKSPACE', `Workspace glob ${JSON.stringify(raw)} in ${source} does not name directories inside the workspace root.`, `Use globs relative to the root without ".." (e.g. "packages/*") in ${fileOf}.`, { location: { file: fileOf } });
    }
    if (negated) exclude.push(globToRegExp(p));
    else include.push(p);
  }
  const found = new Set<string>();
  for (const p of include) {
    if (!/[*?{]/.test(p)) {
      if (!(await pathExists(join(rootAbs, p, 'package.json')))) {
        throw new ReleaseError('BAD_WORKSPACE', `Workspace ${JSON.stringify(p)} in ${source} has no package.json.`, `Remove "${p}" from the workspaces in ${fileOf}, or add its package.json.`, { location: { file: fileOf } });
      }
      found.add(p);
      continue;
    }
    const re = globToRegExp(p);
    const base = globBase(p);
    const depth = p.includes('**') ? Infinity : p.split('/').length - (base ? base.split('/').length : 0);
    for (const d of await walkDirs(rootAbs, base, depth)) if (re.test(d) && (await pathExists(join(rootAbs, d, 'package.json')))) found.add(d);
  }
  const dirs = [...found].filter((d) => !exclude.some((re) => re.test(d))).sort();
  if (dirs.length === 0) {
    throw new ReleaseError('BAD_WORKSPACE', `The workspace globs in ${source} (${patterns.join(', ')}) select no directory with a package.json.`, `Fix the globs in ${fileOf} so they name the package directories (e.g. "packages/*").`, { location: { file: fileOf } });
  }
  return dirs;
}

/**
 * Reads the workspace at `rootAbs`: its packages, their dependencies on each other (any dependency field,
 * `workspace:` ranges included) and the release order. Null when the root declares no workspaces.
 * A dependency cycle among released packages is refused: no order publishes each after its dependencies.
 */
export async function readWorkspace(rootAbs: string): Promise<Workspace | null> {
  const globs = await readWorkspaceGlobs(rootAbs);
  if (!globs) return null;
  const dirs = await expandWorkspaceGlobs(rootAbs, globs.patterns, globs.source);
  const manifests: { dir: string; m: Record<string, unknown> }[] = [];
  for (const dir of dirs) {
    const file = `${dir}/package.json`;
    let m: Record<string, unknown>;
    try {
      m = JSON.parse(await readFile(join(rootAbs, file), 'utf8')) as Record<string, unknown>;
    } catch (err) {
      throw new ReleaseError('BAD_INPUT', `${file} is not valid JSON: ${(err as Error).message}`, `Fix ${file}.`, { location: { file } });
    }
    if (typeof m.name !== 'string' || !m.name) {
      if (m.private === true) continue; // an unnamed private helper directory: never released, never depended on by name
      throw new ReleaseError('BAD_INPUT', `${file} has no "name".`, `Add "name" to ${file}, or mark it "private": true.`, { location: { file } });
    }
    manifests.push({ dir, m });
  }
  const byName = new Map<string, string>();
  for (const { dir, m } of manifests) {
    const name = m.name as string;
    if (byName.has(name)) throw new ReleaseError('BAD_WORKSPACE', `Two workspace packages are named ${name}: ${byName.get(name)} and ${dir}.`, 'Give every workspace package its own "name".', { location: { file: `${dir}/package.json` } });
    byName.set(name, dir);
  }
  const packages: WorkspacePackage[] = manifests.map(({ dir, m }) => {
    const internal: WorkspaceDependency[] = [];
    for (const field of DEPENDENCY_FIELDS) {
      const deps = m[field];
      if (typeof deps !== 'object' || deps === null) continue;
      for (const [dep, range] of Object.entries(deps as Record<string, unknown>)) {
        if (typeof range !== 'string' || !byName.has(dep) || dep === m.name) continue;
        // npm aliases (`npm:other@1`) and paths name something else.
        if (/^(npm:|file:|link:|git|https?:)/.test(range)) continue;
        internal.push({ field, on: dep, range });
      }
    }
    return { name: m.name as string, dir, version: typeof m.version === 'string' ? m.version : '', private: m.private === true, internal };
  });
  return { source: globs.source, patterns: globs.patterns, packages: releaseOrder(packages) };
}

/**
 * Dependencies before dependents (Kahn's algorithm, ties by directory). Dev-only edges between packages are
 * ordered too when they allow it; a cycle is refused naming its packages, unless it passes through a dev
 * dependency (which the published packages do not need), which is then ignored for ordering.
 */
export function releaseOrder(packages: WorkspacePackage[]): WorkspacePackage[] {
  const attempt = (edges: (d: WorkspaceDependency) => boolean): WorkspacePackage[] | string[] => {
    const names = new Set(packages.map((p) => p.name));
    const pending = new Map(packages.map((p) => [p.name, new Set(p.internal.filter((d) => edges(d) && names.has(d.on)).map((d) => d.on))]));
    const order: WorkspacePackage[] = [];
    const left = [...packages].sort((a, b) => a.dir.localeCompare(b.dir));
    while (left.length) {
      const i = left.findIndex((p) => (pending.get(p.name) as Set<string>).size === 0);
      if (i < 0) return cycleOf(left, pending);
      const [p] = left.splice(i, 1);
      order.push(p);
      for (const set of pending.values()) set.delete(p.name);
    }
    return order;
  };
  const all = attempt(() => true);
  if (!isCycle(all)) return all;
  const runtime = attempt((d) => d.field !== 'devDependencies');
  if (!isCycle(runtime)) return runtime;
  throw new ReleaseError('WORKSPACE_CYCLE', `The workspace packages depend on each other in a cycle: ${runtime.join(' → ')} (A → B: A depends on B). No order publishes each package after the packages it needs.`, 'Break the cycle: move the shared code into a package both depend on, or make one of the dependencies a devDependency.');
}

function isCycle(x: WorkspacePackage[] | string[]): x is string[] {
  return x.length > 0 && typeof x[0] === 'string';
}

/** One cycle among the packages left, as names (first repeated at the end). */
function cycleOf(left: WorkspacePackage[], pending: Map<string, Set<string>>): string[] {
  let at = left[0].name;
  const seen: string[] = [];
  while (!seen.includes(at)) {
    seen.push(at);
    at = [...(pending.get(at) as Set<string>)][0];
  }
  return [...seen.slice(seen.indexOf(at)), at];
}
