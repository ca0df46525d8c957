/**
 * Packs a package with its own manager, so the tarball follows that manager's rules: `files`, `.npmignore`,
 * the prepack/prepare build of a TypeScript package, and (pnpm, yarn) `workspace:` ranges and `publishConfig`
 * overrides rewritten the way `pnpm publish` / `yarn npm publish` would. npm goes through packNpm (its JSON
 * report); pnpm and yarn write into an empty directory, and the one tarball there is the result.
 */
import { mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ReleaseError } from '../../core/errors.js';
import type { AdapterEnv } from '../types.js';
import { missingManagerHint, type PackageManager } from './package-manager.js';

/** npm's tarball name for a package: `@scope/name` → `scope-name-1.0.0.tgz`. */
export function tarballName(name: string, version: string): string {
  return `${name.replace(/^@/, '').replace(/\//g, '-')}-${version}.tgz`;
}

/** The argv that packs with pnpm or yarn into `dir` (yarn 1 and berry name the output file themselves). */
export function packArgs(pm: PackageManager, dir: string, file: string): string[] {
  if (pm.name === 'pnpm') return ['pack', '--pack-destination', dir];
  if (pm.berry) return ['pack', '--out', join(dir, file)];
  return ['pack', '--filename', join(dir, file)];
}

/** Packs with pnpm or yarn into `outDir`; returns the tarball's absolute path (named as npm names it). */
export async function packWithManager(env: AdapterEnv, pm: PackageManager, packageDir: string, outDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { name?: string; version?: string };
  const file = tarballName(String(manifest.name), String(manifest.version));
  const scratch = await mkdtemp(join(outDir, '.pack-'));
  try {
    const bin = env.tools[pm.name] ?? pm.name;
    const r = await env.exec(bin, packArgs(pm, scratch, file), { cwd: packageDir, check: false, signal: env.signal, timeoutMs: 10 * 60_000 }).catch((err: unknown) => {
      if (err instanceof ReleaseError && /Could not start/.test(err.message)) throw new ReleaseError('BUILD_FAILED', `${pm.name} is not installed, but the package uses it (${pm.source}).`, missingManagerHint(pm), { cause: err });
      throw err;
    });
    if (r.code !== 0) {
      throw new ReleaseError('BUILD_FAILED', `${pm.name} pack failed in ${packageDir}:\n${(r.stderr || r.stdout).trim().split('\n').slice(-20).join('\n')}`, `Run ${pm.name} pack in the package directory and fix what it reports (a failing prepack/prepare script, a bad "files" entry).`);
    }
    const made = (await readdir(scratch)).filter((f) => f.endsWith('.tgz'));
    if (made.length !== 1) throw new ReleaseError('BUILD_FAILED', `${pm.name} pack left ${made.length} tarballs (${made.join(', ') || 'none'}) instead of one.`, `Run ${pm.name} pack in the package directory and check its output.`);
    await rename(join(scratch, made[0]), join(outDir, file));
    return join(outDir, file);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
