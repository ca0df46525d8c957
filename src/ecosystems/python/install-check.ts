import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { eq as pep440Eq, valid as pep440Valid } from '@renovatebot/pep440';
import { ReleaseError } from '../../core/errors.js';
import type { Exec, ExecResult } from '../../core/exec.js';
import type { Logger } from '../../core/log.js';
import { runExamplesAndSmoke } from '../example-runner.js';
import { extractExamples, type CodeExample } from '../readme-examples.js';
import type { InstallCheckResult } from '../types.js';
import { excerpt, lastLine, timeoutAsValue } from '../check-output.js';
import { createVenv, type FreshVenv } from './venv.js';

/** Options of the clean-environment install check. */
export interface PythonInstallCheckOptions {
  /** Interpreter that creates the fresh venv. */
  python: string;
  /** The built distributions; the wheel among them is installed. */
  files: string[];
  /** Module to import, e.g. `gate_sample`. */
  importName: string;
  /** Every top-level name to import (from the wheel or input `import-names`); wins over importName. */
  importNames?: string[];
  /** Distribution name whose installed version is checked, e.g. `gate-sample`. */
  distName: string;
  /** The version the gate approves; compared PEP 440-normalized (1.0.0 == 1.0.0.0 but != 1.0.1). */
  expectedVersion: string;
  /** README whose code blocks are run against the installed package. */
  readmeFile?: string;
  /** Fence languages run from the README. Defaults to python, py, python3, pycon. */
  exampleTags?: string[];
  /** Run last, with the venv's bin first on PATH, e.g. `['gate-sample', '--help']`. */
  smokeCommand?: string[];
  exec: Exec;
  logger: Logger;
  /** Directory for the venv and scratch files. Defaults to a new temp dir, removed afterwards. */
  workDir?: string;
  /** Extra pip install arguments, e.g. `['--no-index', '--find-links', dir]` offline. Defaults to []. */
  pipArgs?: string[];
  signal?: AbortSignal;
  /** Time allowed for each README example and the smoke command, in ms. Defaults to 60 s. */
  exampleTimeoutMs?: number;
  /** Time allowed for pip install, in ms. Defaults to 5 minutes. */
  installTimeoutMs?: number;
}


/** The importer run inside the venv: imports the package, prints the installed version and where it came from. */
const IMPORT_PROBE = [
  'import importlib, importlib.metadata, json, sys',
  'mods = [importlib.import_module(n) for n in sys.argv[1].split(",")]',
  'print(json.dumps({"version": importlib.metadata.version(sys.argv[2]), "file": getattr(mods[0], "__file__", None)}))',
].join('\n');

/** Whether two PEP 440 versions are the same release (falls back to string equality for non-PEP 440 text). */
export function samePythonVersion(a: string, b: string): boolean {
  if (pep440Valid(a) && pep440Valid(b)) return pep440Eq(a, b);
  return a.trim() === b.trim();
}

/**
 * Installs the built wheel into a fresh venv and uses it from an empty directory (so the repository's sources
 * are not on sys.path): imports the package, checks the installed version, runs the README's Python examples
 * and an optional smoke command. A failing check returns `ok: false` with the reason and a log excerpt; only
 * infrastructure failures (no venv, no interpreter) throw.
 */
export async function pythonInstallCheck(opts: PythonInstallCheckOptions): Promise<InstallCheckResult> {
  const wheel = opts.files.find((f) => f.endsWith('.whl'));
  if (!wheel) return { ok: false, examplesRun: 0, reason: `No wheel among the built files (${opts.files.map((f) => basename(f)).join(', ') || 'none'}).` };
  const ownDir = opts.workDir === undefined;
  const work = opts.workDir ?? (await mkdtemp(join(tmpdir(), 'rr-install-')));
  try {
    return await check(opts, wheel, work);
  } finally {
    if (ownDir) await rm(work, { recursive: true, force: true });
  }
}

async function check(opts: PythonInstallCheckOptions, wheel: string, work: string): Promise<InstallCheckResult> {
  const venv = join(work, 'venv');
  const empty = join(work, 'cwd');
  const scratch = join(work, 'examples');
  await mkdir(empty, { recursive: true });
  await mkdir(scratch, { recursive: true });
  const bin = join(venv, process.platform === 'win32' ? 'Scripts' : 'bin');
  const vpython = join(bin, process.platform === 'win32' ? 'python.exe' : 'python');
  // Nothing from the caller's environment may leak packages into the check.
  const env: Record<string, string | undefined> = { PYTHONPATH: undefined, PYTHONHOME: undefined, PYTHONNOUSERSITE: '1', PIP_DISABLE_PIP_VERSION_CHECK: '1', PIP_NO_INPUT: '1', VIRTUAL_ENV: venv };
  const run = (file: string, args: string[], timeoutMs: number): Promise<ExecResult> =>
    opts.exec(file, args, { cwd: empty, env, pathPrepend: [bin], signal: opts.signal, timeoutMs, check: false });

  opts.logger.info(`creating a fresh venv with ${opts.python}`);
  let fresh: FreshVenv;
  try {
    fresh = await createVenv(opts.exec, opts.python, venv, { cwd: empty, env: { PYTHONPATH: undefined }, signal: opts.signal, timeoutMs: 120_000 });
  } catch (err) {
    throw new ReleaseError('COMMAND_FAILED', `Could not create a virtual environment with ${opts.python}: ${(err as Error).message}`, 'Use an interpreter with the venv module and ensurepip (on Debian/Ubuntu: apt-get install python3-venv).', { cause: err });
  }

  const version = await run(vpython, ['-I', '-c', 'import platform; print(platform.python_version())'], 60_000);
  const runtime = version.code === 0 ? version.stdout.trim() : undefined;

  // 1. Install the wheel (its dependencies come from the index, or from pipArgs' --find-links offline).
  opts.logger.info(`pip install ${basename(wheel)}`);
  const [pip, ...pipArgs] = fresh.pip;
  const install = await timeoutAsValue(opts.signal, () => run(pip, [...pipArgs, 'install', '--no-cache-dir', ...(opts.pipArgs ?? []), wheel], opts.installTimeoutMs ?? 300_000));
  if (install === 'timeout') return { ok: false, runtime, examplesRun: 0, reason: `pip install ${basename(wheel)} did not finish in time.` };
  if (install.code !== 0) {
    return { ok: false, runtime, examplesRun: 0, reason: `pip could not install ${basename(wheel)} into a fresh venv.`, logExcerpt: excerpt(install.stderr || install.stdout) };
  }

  // 2. Import it from an empty directory and compare the installed version.
  const names = opts.importNames?.length ? opts.importNames : [opts.importName];
  const imported = names.join(', ');
  const probe = await timeoutAsValue(opts.signal, () => run(vpython, ['-I', '-c', IMPORT_PROBE, names.join(','), opts.distName], opts.exampleTimeoutMs ?? 60_000));
  if (probe === 'timeout') return { ok: false, runtime, examplesRun: 0, reason: `import ${imported} did not finish in time.` };
  if (probe.code !== 0) {
    const err = lastLine(probe.stderr);
    return { ok: false, runtime, examplesRun: 0, reason: `The installed wheel cannot be imported: import ${imported} failed (${err}); set input "import-names" if the package imports under other names.`, logExcerpt: excerpt(probe.stderr || probe.stdout) };
  }
  const info = JSON.parse(lastLine(probe.stdout)) as { version: string; file: string | null };
  if (!samePythonVersion(info.version, opts.expectedVersion)) {
    return { ok: false, runtime, examplesRun: 0, reason: `The installed ${opts.distName} reports version ${info.version}, but the release is ${opts.expectedVersion}.`, logExcerpt: probe.stdout.trim() };
  }
  opts.logger.info(`import ${imported} OK (${opts.distName} ${info.version}, from ${info.file ?? 'a namespace package'})`);

  // 3. README examples, each in its own file and process, against the installed package; 4. the smoke command.
  let examples: CodeExample[] | undefined;
  if (opts.readmeFile) {
    const markdown = await readFile(opts.readmeFile, 'utf8').catch(() => {
      throw new ReleaseError('BAD_INPUT', `README ${opts.readmeFile} could not be read.`, 'Make README.md in the package directory readable, or set input `readme-examples` to false to skip its examples.');
    });
    examples = extractExamples(markdown, opts.readmeFile, { tags: opts.exampleTags ?? ['python', 'py', 'python3', 'pycon'] });
  }
  return runExamplesAndSmoke({
    examples,
    script: (example) => {
      const path = join(scratch, `example_line_${example.line}.py`);
      return { path, argv: [vpython, '-I', path] };
    },
    smokeCommand: opts.smokeCommand,
    smokeLookup: 'in the venv or on PATH',
    run: (file, args) => timeoutAsValue(opts.signal, () => run(file, args, opts.exampleTimeoutMs ?? 60_000)),
    runtime,
    logger: opts.logger,
  });
}

