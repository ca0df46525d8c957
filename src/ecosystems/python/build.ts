import { mkdir, readdir, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { isReleaseError, ReleaseError } from '../../core/errors.js';
import type { Exec } from '../../core/exec.js';
import { isWithin } from '../../core/files.js';
import type { Logger } from '../../core/log.js';
import { describeUnmet, unmetBuildRequirements } from './build-requirements.js';

/** Options of one Python build. */
export interface BuildPythonOptions {
  /** Interpreter that has `build` installed (ignored for uv). */
  python: string;
  packageDir: string;
  /** Emptied first, then receives the sdist and the wheel. */
  outDir: string;
  /**
   * Build in an isolated environment with the declared build requirements (the default on runners). False
   * builds with the interpreter's own packages (`--no-isolation --skip-dependency-check`), for offline use.
   */
  isolated: boolean;
  /** `build` (pypa/build, the default) or `uv` (`uv build`, which must be on PATH). */
  tool?: 'build' | 'uv';
  exec: Exec;
  logger: Logger;
  signal?: AbortSignal;
  /** Time allowed for the build, in ms. Defaults to 10 minutes. */
  timeoutMs?: number;
  /** Extra environment for the build (e.g. the setuptools-scm pretend version). */
  env?: Record<string, string>;
}

const DIST_FILE = /\.(whl|tar\.gz|zip)$/;

/**
 * Builds a Python package's distributions once. `python -m build` builds the sdist and then the wheel FROM
 * the sdist, so a file missing from the sdist fails here rather than for users. Returns absolute paths.
 */
export async function buildPython(opts: BuildPythonOptions): Promise<{ files: string[] }> {
  const tool = opts.tool ?? 'build';
  const packageDir = resolve(opts.packageDir);
  const outDir = resolve(opts.outDir);
  // The out dir is wiped first: refuse one that holds the sources.
  if (isWithin(outDir, packageDir)) {
    throw new ReleaseError('BAD_INPUT', `The build output directory ${outDir} contains the package directory ${packageDir}.`, 'Use a separate output directory such as dist/ inside the package, or a temporary directory.');
  }
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });

  let file: string;
  let args: string[];
  if (tool === 'uv') {
    try {
      await opts.exec('uv', ['--version'], { signal: opts.signal });
    } catch {
      throw new ReleaseError('BAD_INPUT', 'Input "build-tool" is uv, but uv is not on PATH.', 'Install uv first (astral-sh/setup-uv), or set build-tool to build.');
    }
    file = 'uv';
    args = ['build', '--out-dir', outDir, ...(opts.isolated ? [] : ['--no-build-isolation']), packageDir];
  } else if (tool === 'build') {
    file = opts.python;
    args = ['-m', 'build', '--outdir', outDir, ...(opts.isolated ? [] : ['--no-isolation', '--skip-dependency-check']), packageDir];
  } else {
    throw new ReleaseError('BAD_INPUT', `Input "build-tool" (${String(tool)}) is not one of: build, uv.`, 'Set build-tool to build or uv.');
  }

  opts.logger.info(`building: ${file} ${args.join(' ')}`);
  try {
    await opts.exec(file, args, {
      cwd: packageDir,
      env: opts.env,
      signal: opts.signal,
      timeoutMs: opts.timeoutMs ?? 10 * 60_000,
      onOutput: (chunk) => {
        for (const line of chunk.trimEnd().split('\n')) opts.logger.debug(line);
      },
    });
  } catch (err) {
    if (isReleaseError(err, 'COMMAND_FAILED')) {
      // Without isolation the interpreter's own packages build it: name the declared requirements they miss.
      const unmet = !opts.isolated && tool === 'build' ? await unmetBuildRequirements(opts.exec, opts.python, join(packageDir, 'pyproject.toml')) : [];
      const hint = unmet.length
        ? `Without build isolation (isolated-build: false, or --offline) the interpreter's own packages build it, and they do not meet [build-system] requires: ${describeUnmet(unmet)}. Install matching versions into ${opts.python}, or build isolated (isolated-build: true) where the index is reachable.`
        : buildHint(err.message, opts.isolated);
      throw new ReleaseError('BUILD_FAILED', `Building ${packageDir} failed: ${err.message}`, hint, { cause: err });
    }
    throw err;
  }

  const files = (await readdir(outDir)).filter((f) => DIST_FILE.test(f)).sort().map((f) => join(outDir, f));
  const wheels = files.filter((f) => f.endsWith('.whl'));
  const sdists = files.filter((f) => !f.endsWith('.whl'));
  if (!wheels.length || !sdists.length) {
    throw new ReleaseError('BUILD_FAILED', `Building ${packageDir} produced ${files.length ? files.map((f) => relative(outDir, f)).join(', ') : 'no distributions'}, not an sdist and a wheel.`, 'Check the build backend configuration in pyproject.toml.');
  }
  opts.logger.info(`built ${files.map((f) => relative(outDir, f)).join(', ')}`);
  return { files };
}

function buildHint(output: string, isolated: boolean): string {
  if (/No module named build\b/.test(output)) return 'Install pypa/build into that interpreter (pip install build), or set build-tool to uv.';
  if (!isolated && /ModuleNotFoundError|Backend .* is not available|BackendUnavailable/i.test(output)) {
    return 'Without build isolation the build backend (e.g. hatchling) must be installed in the interpreter; install it or enable isolated builds.';
  }
  return 'Fix the error in the build output above; `python -m build` builds the wheel from the sdist, so a file missing from the sdist fails the wheel build.';
}
