/** The one way the suite runs a bundled action (dist/<entry>/index.js) the way the runner starts it. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec, type ExecResult } from '../../src/core/exec.js';

/** What scripts/bundle.mjs builds: one folder under dist/ each. */
export type BundleEntry = 'prepare-release' | 'quality-gate' | 'publish-and-verify' | 'cli' | 'demo';

/** dist/<entry>/index.js of this checkout. */
export function bundlePath(entry: BundleEntry): string {
  return join(process.cwd(), 'dist', entry, 'index.js');
}

/** The bundled prepare-release action, as the runner starts it. */
export const PREPARE_BUNDLE = bundlePath('prepare-release');

/** The bundled CLI (`release-relay`). */
export const CLI_BUNDLE = bundlePath('cli');

/** Builds dist/<entry> with scripts/bundle.mjs when its index.js is missing (one ncc call, ~10 s). */
export async function ensureBundle(entry: BundleEntry): Promise<void> {
  if (existsSync(bundlePath(entry))) return;
  await exec(process.execPath, [join(process.cwd(), 'scripts', 'bundle.mjs'), entry], { cwd: process.cwd() });
}

/** Builds dist/prepare-release when it is missing. */
export async function ensurePrepareBundle(): Promise<void> {
  await ensureBundle('prepare-release');
}

/** The runner's environment variable for an input: `INPUT_` + the name upper-cased, spaces → `_`, dashes kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** What one run of a bundled action left behind. */
export interface ActionRun extends ExecResult {
  outputs: Record<string, string>;
  summary: string;
}

/** How to start one run. */
export interface BundledActionOptions {
  /** GITHUB_WORKSPACE and the working directory. */
  workspace: string;
  /** Where GITHUB_OUTPUT and GITHUB_STEP_SUMMARY (and RUNNER_TEMP, with `runnerTemp`) are made. */
  scratch: string;
  /** Input name → value, passed as INPUT_* variables. */
  inputs: Record<string, string>;
  /** More variables, over the runner's defaults (GITHUB_REPOSITORY, GITHUB_SERVER_URL). */
  env?: Record<string, string>;
  /** Give the action RUNNER_TEMP = <scratch>/temp. */
  runnerTemp?: boolean;
  /** Pass none of this process's environment (not even PATH): only the runner's variables and `env`. */
  bare?: boolean;
  /** Arguments for node before the bundle (e.g. `--import` a hook). */
  nodeArgs?: string[];
  /** Kill the action's process group (SIGKILL, as cancelling a job does) once its stdout matches. */
  killWhen?: RegExp;
}

/**
 * Runs a bundled action with `node` the way the runner does: inputs as INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files in `scratch`, GITHUB_WORKSPACE = `workspace`. The parent's GITHUB_*, RUNNER_*,
 * INPUT_* and ACTIONS_* variables are not passed on.
 */
export async function runBundledAction(bundle: string, opts: BundledActionOptions): Promise<ActionRun> {
  mkdirSync(opts.scratch, { recursive: true });
  const outputFile = join(opts.scratch, 'github-output');
  const summaryFile = join(opts.scratch, 'step-summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {};
  if (!opts.bare) {
    for (const [k, v] of Object.entries(process.env)) {
      if (v !== undefined && !/^(GITHUB_|RUNNER_|INPUT_|ACTIONS_)/.test(k)) env[k] = v;
    }
  }
  for (const [name, value] of Object.entries(opts.inputs)) env[inputEnvName(name)] = value;
  Object.assign(env, {
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'acme/relay-example',
    GITHUB_SERVER_URL: 'https://github.com',
  });
  if (opts.runnerTemp) {
    env.RUNNER_TEMP = join(opts.scratch, 'temp');
    mkdirSync(env.RUNNER_TEMP, { recursive: true });
  }
  Object.assign(env, opts.env);
  // exec rejects a killed process; the output seen until the kill is kept here for the run's result.
  const kill = new AbortController();
  const seen = { stdout: '', stderr: '' };
  const started = Date.now();
  const onOutput = (chunk: string, stream: 'stdout' | 'stderr'): void => {
    seen[stream] += chunk;
    if (opts.killWhen?.test(seen.stdout)) kill.abort();
  };
  const result = await exec(process.execPath, [...(opts.nodeArgs ?? []), bundle], { cwd: opts.workspace, env, replaceEnv: true, check: false, signal: kill.signal, onOutput }).catch((err: unknown) => {
    if (!kill.signal.aborted) throw err;
    return { code: 137, ...seen, killed: true, durationMs: Date.now() - started };
  });
  return { ...result, outputs: parseGithubOutput(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

/** Parses a GITHUB_OUTPUT file: `name<<DELIM\nvalue\nDELIM\n` blocks (and plain `name=value` lines). */
export function parseGithubOutput(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++]);
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: no closing ${delim} for ${name}`);
      out[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`GITHUB_OUTPUT: cannot read line ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}
