/**
 * Which package manager a JavaScript package uses (npm, pnpm, yarn 1, yarn ≥ 2), read the way corepack and the
 * managers themselves read it: the `packageManager` field of the nearest package.json that has one, else the
 * lockfile found nearest the package (its own directory, then up to the repository root, for workspaces).
 * The commands a release needs (install, run a script, pack) follow that manager's rules.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { ReleaseError } from '../../core/errors.js';
import { pathExists } from '../../core/files.js';

/** A package manager family. `yarn` covers 1.x (classic) and ≥ 2 (berry); see `PackageManager.berry`. */
export type PackageManagerName = 'npm' | 'pnpm' | 'yarn';

/** The package manager of one package. */
export interface PackageManager {
  name: PackageManagerName;
  /** Version from the `packageManager` field (`pnpm@9.1.0` → `9.1.0`), when there is one. */
  version?: string;
  /** Yarn ≥ 2 (berry): `--immutable` installs, `yarn pack --out`. */
  berry: boolean;
  /** The lockfile that decided it (absolute), when there is one. */
  lockfile?: string;
  /** What decided it, for logs: `packageManager field in package.json`, `pnpm-lock.yaml`, `default`. */
  source: string;
}

/** Lockfiles in the order they are looked for in one directory. */
const LOCKFILES: { file: string; name: PackageManagerName }[] = [
  { file: 'pnpm-lock.yaml', name: 'pnpm' },
  { file: 'yarn.lock', name: 'yarn' },
  { file: 'npm-shrinkwrap.json', name: 'npm' },
  { file: 'package-lock.json', name: 'npm' },
];

async function packageManagerField(dir: string): Promise<string | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { packageManager?: unknown };
    return typeof manifest.packageManager === 'string' ? manifest.packageManager : undefined;
  } catch {
    return undefined;
  }
}

/** Parses `pnpm@9.1.0+sha512.…` into name and version; an unknown manager throws BAD_INPUT naming the field. */
export function parsePackageManagerField(value: string, where: string): { name: PackageManagerName; version?: string } {
  const m = /^(npm|pnpm|yarn|bun)(?:@([^+\s]+))?/.exec(value.trim());
  if (!m || m[1] === 'bun') {
    throw new ReleaseError('BAD_INPUT', `${where} names the package manager "${value}", which release-relay does not drive.`, 'Use npm, pnpm or yarn in "packageManager" (e.g. "pnpm@9.15.9"), or remove the field to fall back to the lockfile.', { location: { file: where } });
  }
  return { name: m[1] as PackageManagerName, version: m[2] };
}

/** Directories from `packageDir` up to `root`, both included (packageDir first). */
function upTo(root: string, packageDir: string): string[] {
  const top = resolve(root);
  const dirs: string[] = [];
  for (let dir = resolve(packageDir); ; dir = dirname(dir)) {
    dirs.push(dir);
    if (dir === top || dirname(dir) === dir || relative(top, dir).startsWith('..')) break;
  }
  return dirs;
}

/**
 * Detects the package manager of the package in `packageDir` (a directory inside `root`). The nearest
 * `packageManager` field wins; otherwise the nearest lockfile; otherwise npm. Yarn ≥ 2 is told from the field's
 * version or a `.yarnrc.yml` beside the yarn.lock.
 */
export async function detectPackageManager(root: string, packageDir: string): Promise<PackageManager> {
  const dirs = upTo(root, packageDir);
  let field: { name: PackageManagerName; version?: string; dir: string } | undefined;
  for (const dir of dirs) {
    const value = await packageManagerField(dir);
    if (value) {
      field = { ...parsePackageManagerField(value, relative(root, join(dir, 'package.json')) || 'package.json'), dir };
      break;
    }
  }
  let lock: { file: string; name: PackageManagerName } | undefined;
  for (const dir of dirs) {
    for (const l of LOCKFILES) {
      if (!field || field.name === l.name) {
        if (await pathExists(join(dir, l.file))) {
          lock = { file: join(dir, l.file), name: l.name };
          break;
        }
      }
    }
    if (lock) break;
  }
  const name = field?.name ?? lock?.name ?? 'npm';
  const berry = name === 'yarn' && (field?.version ? !field.version.startsWith('1.') : lock ? await pathExists(join(dirname(lock.file), '.yarnrc.yml')) : false);
  return {
    name,
    version: field?.version,
    berry,
    lockfile: lock?.name === name ? lock.file : undefined,
    source: field ? `packageManager field in ${relative(root, join(field.dir, 'package.json')) || 'package.json'}` : lock ? relative(root, lock.file) || lock.file : 'default (no lockfile, no packageManager field)',
  };
}

/**
 * The install command a CI setup step runs: a frozen install with a lockfile (`npm ci`, `pnpm install
 * --frozen-lockfile`, `yarn install --frozen-lockfile` / `--immutable`), a plain install without one.
 */
export function installCommand(pm: PackageManager): string[] {
  if (pm.name === 'npm') return pm.lockfile ? ['npm', 'ci'] : ['npm', 'install'];
  if (pm.name === 'pnpm') return pm.lockfile ? ['pnpm', 'install', '--frozen-lockfile'] : ['pnpm', 'install'];
  if (pm.berry) return pm.lockfile ? ['yarn', 'install', '--immutable'] : ['yarn', 'install'];
  return pm.lockfile ? ['yarn', 'install', '--frozen-lockfile'] : ['yarn', 'install'];
}

/** Runs a package.json script with the package's own manager (`npm run test`, `pnpm run test`, `yarn run test`). */
export function runScriptCommand(pm: PackageManager, script: string): string[] {
  return [pm.name, 'run', script];
}

/** The hint for a manager binary that is not on PATH. */
export function missingManagerHint(pm: PackageManager): string {
  if (pm.name === 'npm') return 'Install Node.js and npm on the runner (actions/setup-node).';
  const spec = `${pm.name}${pm.version ? `@${pm.version}` : pm.name === 'yarn' && !pm.berry ? '@1' : ''}`;
  return `The package uses ${pm.name} (${pm.source}): put it on PATH before the gate (npm install -g ${spec}, or corepack enable), or set the "${pm.name}" tool override.`;
}

/** Which of `names` resolve from `packageDir` the way Node finds them (node_modules here or in any parent). */
export async function installedPackages(packageDir: string, names: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const name of names) {
    for (let dir = resolve(packageDir); ; dir = dirname(dir)) {
      if (await pathExists(join(dir, 'node_modules', ...name.split('/'), 'package.json'))) {
        found.add(name);
        break;
      }
      if (dirname(dir) === dir) break;
    }
  }
  return found;
}
