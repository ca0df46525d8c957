/**
 * Installs a package's dependencies before the gate runs its tests, with the package's own manager and
 * lockfile: a frozen install when there is a lockfile (`npm ci`, `pnpm install --frozen-lockfile`, `yarn
 * install --frozen-lockfile` / `--immutable`), a plain install without one (`npm install`: `npm ci` refuses a
 * project without package-lock.json). A workspace installs at the directory that holds its lockfile.
 */
import { dirname } from 'node:path';
import { ReleaseError } from '../../core/errors.js';
import type { AdapterEnv } from '../types.js';
import { excerpt } from '../check-output.js';
import { detectPackageManager, installCommand, missingManagerHint, type PackageManager } from './package-manager.js';

/** What installNpmDependencies ran. */
export interface InstallDependenciesResult {
  packageManager: PackageManager;
  /** The command, as argv. */
  command: string[];
  /** Where it ran. */
  cwd: string;
}

/** Runs the install for the package in `packageDir` (inside `root`); a failure throws SETUP_FAILED with npm's error and the fix. */
export async function installNpmDependencies(env: AdapterEnv, opts: { root: string; packageDir: string; timeoutMs?: number }): Promise<InstallDependenciesResult> {
  const pm = await detectPackageManager(opts.root, opts.packageDir);
  const command = installCommand(pm);
  const cwd = pm.lockfile ? dirname(pm.lockfile) : opts.packageDir;
  const bin = env.tools[pm.name] ?? pm.name;
  env.logger.info(`${command.join(' ')} in ${cwd} (${pm.name} from ${pm.source})`);
  const r = await env.exec(bin, [...command.slice(1), ...(pm.name === 'npm' ? ['--no-audit', '--no-fund'] : [])], { cwd, check: false, signal: env.signal, timeoutMs: opts.timeoutMs ?? 20 * 60_000 }).catch((err: unknown) => {
    if (err instanceof ReleaseError && /Could not start/.test(err.message)) throw new ReleaseError('COMMAND_FAILED', `${pm.name} is not installed, but the package uses it (${pm.source}).`, missingManagerHint(pm), { cause: err });
    throw err;
  });
  if (r.code !== 0) {
    const frozen = pm.lockfile ? ` The lockfile ${pm.lockfile} may be out of date: run ${pm.name} install locally and commit it.` : '';
    throw new ReleaseError('COMMAND_FAILED', `${command.join(' ')} failed in ${cwd}:\n${excerpt(r.stderr || r.stdout)}`, `Fix what ${pm.name} reports.${frozen} Or set install-dependencies: false and install them in a step of your own before the gate.`);
  }
  return { packageManager: pm, command, cwd };
}
