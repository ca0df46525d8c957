/**
 * The clean-environment check of an npm tarball: a fresh project in a temp directory, `npm install <tarball>`,
 * then the package is used from there (import, installed version, README examples, smoke command), never
 * from the repository's sources.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { isReleaseError, ReleaseError } from '../../core/errors.js';
import type { Exec, ExecResult } from '../../core/exec.js';
import type { Logger } from '../../core/log.js';
import { runExamplesAndSmoke } from '../example-runner.js';
import { extractExamples, type CodeExample } from '../readme-examples.js';
import type { InstallCheckResult } from '../types.js';
import { excerpt, lastLine, timeoutAsValue } from '../check-output.js';
import { pathExists } from '../../core/files.js';
import { binNames, moduleShape } from './module-shape.js';

/** Options of the clean install check. */
export interface NpmInstallCheckOptions {
  /** The built tarball(s); the first `.tgz` is installed. */
  files: string[];
  /** Package name, e.g. `@scope/pkg`. */
  name: string;
  /** The version the gate approves. */
  expectedVersion: string;
  /** README whose js/mjs/cjs code blocks run against the installed package. */
  readmeFile?: string;
  /** Fence languages run from the README. Defaults to js, javascript, mjs, cjs. */
  exampleTags?: string[];
  /** Run last, with the project's node_modules/.bin first on PATH, e.g. `['relay-example', '--help']`. */
  smokeCommand?: string[];
  /** Extra `npm install` arguments, e.g. `['--offline']`. Defaults to none. */
  installArgs?: string[];
  /** The npm binary. Defaults to `npm`. */
  npm?: string;
  /** The node binary. Defaults to `node`. */
  node?: string;
  exec: Exec;
  logger: Logger;
  signal?: AbortSignal;
  /** Time allowed for each example, the import probe and the smoke command, in ms. Defaults to 60 s. */
  exampleTimeoutMs?: number;
  /** Time allowed for npm install, in ms. Defaults to 5 minutes. */
  installTimeoutMs?: number;
}

/** Fence languages run by default. */
export const NPM_EXAMPLE_TAGS = ['js', 'javascript', 'mjs', 'cjs'];


/**
 * The probe run inside the scratch project: loads the package the way a user would, once per way given
 * (`import`, `require`), and prints the ways that worked. Exit 3: one failed (its error on stderr).
 */
const PROBE = `import { createRequire } from 'node:module';
const [name, ...ways] = process.argv.slice(2);
for (const way of ways) {
  try {
    if (way === 'import') await import(name);
    else createRequire(process.cwd() + '/')(name);
  } catch (error) {
    console.error(way + ' failed: ' + (error && error.stack ? error.stack : String(error)));
    process.exit(3);
  }
}
console.log(JSON.stringify({ loaded: ways }));
`;

/** Writes an empty project (package.json only) into `dir`. */
export async function writeScratchProject(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: 'release-relay-scratch', version: '0.0.0', private: true, description: 'scratch project', license: 'UNLICENSED' }, null, 2)}\n`);
}

/** The manifest of the installed package (node_modules/<name>/package.json), or null when it is not there. */
export async function installedManifest(project: string, name: string): Promise<Record<string, unknown> | null> {
  try {
    return JSON.parse(await readFile(join(project, 'node_modules', ...name.split('/'), 'package.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

async function hasIndexJs(project: string, name: string): Promise<boolean> {
  return pathExists(join(project, 'node_modules', ...name.split('/'), 'index.js'));
}

/**
 * Loads the installed package in `project` as a user would (`import` for ESM, `require` for CommonJS, both for
 * a dual package; see moduleShape) and checks its version. Returns null when all is well, else the reason (and
 * log). A package without a root entry point (bin only, subpath exports only) is not loaded.
 */
export async function probeInstalled(opts: { project: string; name: string; version: string; node: string; exec: Exec; signal?: AbortSignal; timeoutMs: number; logger?: Logger }): Promise<{ reason: string; log?: string } | null> {
  const manifest = await installedManifest(opts.project, opts.name);
  if (!manifest) return { reason: `${opts.name} is not in node_modules after npm install (is "name" in the tarball's package.json ${opts.name}?).` };
  if (manifest.version !== opts.version) return { reason: `The installed ${opts.name} is version ${String(manifest.version)}, but the release is ${opts.version}.` };
  const shape = moduleShape(manifest, await hasIndexJs(opts.project, opts.name));
  if (!shape) return null;
  const ways = [...(shape.import ? ['import'] : []), ...(shape.require ? ['require'] : [])];
  const probe = join(opts.project, 'release-relay-probe.mjs');
  await writeFile(probe, PROBE);
  const r = await opts.exec(opts.node, [probe, opts.name, ...ways], { cwd: opts.project, check: false, signal: opts.signal, timeoutMs: opts.timeoutMs });
  if (r.code !== 0) {
    const way = /^(import|require) failed/m.exec(r.stderr)?.[1] ?? ways[0];
    const call = way === 'import' ? `import('${opts.name}')` : `require('${opts.name}')`;
    const error = r.stderr.split('\n').find((l) => /Error/.test(l))?.replace(/^(import|require) failed: /, '').trim() ?? lastLine(r.stderr);
    const fix = way === 'require' && shape.import ? ' Its exports map promises require: point the "require" condition at a CommonJS file that is in the tarball, or drop the condition.' : ' Check "exports" / "main" and that "files" (or .npmignore) keeps the files they point at.';
    return { reason: `The installed package cannot be loaded the way a user loads this ${shape.description} package: ${call} failed (${error}).${fix}`, log: excerpt(r.stderr || r.stdout) };
  }
  opts.logger?.info(`${opts.name} loads with ${ways.join(' and ')} (${shape.description})`);
  return null;
}

/** Exit codes and output that mean a command is broken rather than merely unhappy with `--help`. */
const CRASH = /^\s*(\w*Error\b|Error:)|\bERR_[A-Z_]+\b|Cannot find (module|package)|command not found|Permission denied|No such file or directory/m;

/**
 * Runs each installed `bin` command with `--help` from the scratch project. A command that exits 0 passes; one
 * that exits otherwise passes too unless it crashed (a Node error, a missing module, not executable: 126/127),
 * since not every CLI knows --help. Returns null, or the reason and log of the first broken one.
 */
export async function checkBins(opts: { project: string; name: string; exec: Exec; env: Record<string, string | undefined>; signal?: AbortSignal; timeoutMs: number; logger?: Logger }): Promise<{ reason: string; log?: string } | null> {
  const manifest = await installedManifest(opts.project, opts.name);
  for (const bin of manifest ? binNames(manifest) : []) {
    const file = join(opts.project, 'node_modules', '.bin', bin);
    if (!(await pathExists(file))) return { reason: `The bin "${bin}" of ${opts.name} was not linked into node_modules/.bin: check that "bin" in package.json points at a file the tarball holds ("files", .npmignore).` };
    const r = await timeoutAsValue(opts.signal, () => opts.exec(file, ['--help'], { cwd: opts.project, env: opts.env, signal: opts.signal, timeoutMs: opts.timeoutMs, check: false, input: '' }));
    if (r === 'timeout') return { reason: `The bin "${bin}" did not finish "${bin} --help" in time (does it wait for input?). Make --help print usage and exit, or set smoke-command to a command that exercises it and exits.` };
    const out = `${r.stdout}${r.stderr}`;
    if (r.code !== 0 && (r.code === 126 || r.code === 127 || CRASH.test(r.stderr))) {
      return { reason: `The bin "${bin}" crashed on "${bin} --help" (exit ${r.code}): ${r.stderr.split('\n').find((l) => CRASH.test(l))?.trim() ?? lastLine(r.stderr)}. Fix the command (its shebang, its file, its dependencies) so it starts from an installed copy.`, log: excerpt(out) };
    }
    opts.logger?.info(`${bin} --help: exit ${r.code}${r.code === 0 ? '' : ' (no crash: accepted; not every CLI knows --help)'}`);
  }
  return null;
}

/**
 * Installs the tarball into a fresh project and uses it from there. A failing check returns `ok: false` with
 * the reason and a log excerpt; only infrastructure failures (no npm, no node) throw.
 */
export async function npmInstallCheck(opts: NpmInstallCheckOptions): Promise<InstallCheckResult> {
  const tarball = opts.files.find((f) => f.endsWith('.tgz'));
  if (!tarball) return { ok: false, examplesRun: 0, reason: `No .tgz among the built files (${opts.files.map((f) => basename(f)).join(', ') || 'none'}).` };
  const work = await mkdtemp(join(tmpdir(), 'rr-npm-install-'));
  try {
    return await check(opts, tarball, join(work, 'project'));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function check(opts: NpmInstallCheckOptions, tarball: string, project: string): Promise<InstallCheckResult> {
  const npm = opts.npm ?? 'npm';
  const node = opts.node ?? 'node';
  const stepMs = opts.exampleTimeoutMs ?? 60_000;
  await writeScratchProject(project);
  const env = { NODE_PATH: undefined };
  const pathPrepend = [join(project, 'node_modules', '.bin')];
  const run = (file: string, args: string[], timeoutMs: number): Promise<ExecResult> => opts.exec(file, args, { cwd: project, env, pathPrepend, signal: opts.signal, timeoutMs, check: false });

  const version = await run(node, ['--version'], stepMs).catch(() => null);
  const runtime = version?.code === 0 ? `node ${version.stdout.trim()}` : undefined;

  // 1. npm install <tarball>: the package's own dependencies come from the configured registry.
  opts.logger.info(`npm install ${basename(tarball)} into an empty project`);
  const install = await guard(opts.signal, () => run(npm, ['install', tarball, '--no-audit', '--no-fund', '--no-update-notifier', ...(opts.installArgs ?? [])], opts.installTimeoutMs ?? 300_000));
  if (install === 'timeout') return { ok: false, runtime, examplesRun: 0, reason: `npm install ${basename(tarball)} did not finish in time.` };
  if (install.code !== 0) return { ok: false, runtime, examplesRun: 0, reason: `npm could not install ${basename(tarball)} into an empty project.`, logExcerpt: excerpt(install.stderr || install.stdout) };

  // 2. Load it from the scratch project and compare the installed version.
  const probe = await guardValue(opts.signal, () => probeInstalled({ project, name: opts.name, version: opts.expectedVersion, node, exec: opts.exec, signal: opts.signal, timeoutMs: stepMs, logger: opts.logger }));
  if (probe === 'timeout') return { ok: false, runtime, examplesRun: 0, reason: `Loading ${opts.name} did not finish in time.` };
  if (probe) return { ok: false, runtime, examplesRun: 0, reason: probe.reason, logExcerpt: probe.log };
  opts.logger.info(`${opts.name} ${opts.expectedVersion} installs and loads`);

  // 2b. Its bin commands start from the installed copy.
  const bins = await guardValue(opts.signal, () => checkBins({ project, name: opts.name, exec: opts.exec, env, signal: opts.signal, timeoutMs: stepMs, logger: opts.logger }));
  if (bins === 'timeout') return { ok: false, runtime, examplesRun: 0, reason: `Running the bin commands of ${opts.name} did not finish in time.` };
  if (bins) return { ok: false, runtime, examplesRun: 0, reason: bins.reason, logExcerpt: bins.log };

  // 3. README examples, each in its own file and process, inside the scratch project; 4. the smoke command.
  let examples: CodeExample[] | undefined;
  if (opts.readmeFile) {
    const markdown = await readFile(opts.readmeFile, 'utf8').catch(() => null);
    examples = markdown === null ? [] : extractExamples(markdown, opts.readmeFile, { tags: opts.exampleTags ?? NPM_EXAMPLE_TAGS });
  }
  return runExamplesAndSmoke({
    examples,
    script: (example) => {
      const commonJs = example.lang.toLowerCase() === 'cjs' || (/\brequire\(/.test(example.code) && !/^\s*(import|export)\s/m.test(example.code));
      const path = join(project, `example-line-${example.line}.${commonJs ? 'cjs' : 'mjs'}`);
      return { path, argv: [node, path] };
    },
    errorLine: (r) => r.stderr.split('\n').find((l) => /^\w*Error\b|Error:/.test(l.trim()))?.trim() || lastLine(r.stderr) || `exit code ${r.code}`,
    smokeCommand: opts.smokeCommand,
    smokeLookup: 'in node_modules/.bin or on PATH',
    run: (file, args) => guard(opts.signal, () => run(file, args, stepMs)),
    runtime,
    logger: opts.logger,
  });
}

/** Turns a timeout into a value so it becomes a failed check; the caller's abort still throws. */
async function guard(signal: AbortSignal | undefined, fn: () => Promise<ExecResult>): Promise<ExecResult | 'timeout'> {
  return guardValue(signal, fn);
}

async function guardValue<T>(signal: AbortSignal | undefined, fn: () => Promise<T>): Promise<T | 'timeout'> {
  try {
    return await timeoutAsValue(signal, fn);
  } catch (err) {
    if (isReleaseError(err, 'COMMAND_FAILED') && /Could not start (npm|node)/.test(err.message)) {
      throw new ReleaseError('COMMAND_FAILED', err.message, 'Install Node.js and npm on the runner (actions/setup-node), or set the npm/node tool overrides.', { cause: err });
    }
    throw err;
  }
}
