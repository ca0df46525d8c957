import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec, type ExecResult } from '../../src/core/exec.js';

/** The bundled prepare-release action, as the runner starts it. */
export const PREPARE_BUNDLE = join(process.cwd(), 'dist', 'prepare-release', 'index.js');

/** The bundled CLI (`release-relay`). */
export const CLI_BUNDLE = join(process.cwd(), 'dist', 'cli', 'index.js');

/** Builds dist/<entry> with scripts/bundle.mjs when its index.js is missing (one ncc call, ~10 s). */
export async function ensureBundle(entry: 'prepare-release' | 'quality-gate' | 'publish-and-verify' | 'cli' | 'demo'): Promise<void> {
  if (existsSync(join(process.cwd(), 'dist', entry, 'index.js'))) return;
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

/**
 * Runs a bundled action with `node` the way the runner does: inputs as INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files in `scratch`, GITHUB_WORKSPACE = `workspace`. The parent's GITHUB_*, RUNNER_*
 * and INPUT_* variables are not passed on.
 */
export async function runBundledAction(bundle: string, opts: { workspace: string; scratch: string; inputs: Record<string, string>; env?: Record<string, string> }): Promise<ActionRun> {
  const outputFile = join(opts.scratch, 'github-output');
  const summaryFile = join(opts.scratch, 'step-summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(GITHUB_|RUNNER_|INPUT_|ACTIONS_)/.test(k)) env[k] = v;
  }
  for (const [name, value] of Object.entries(opts.inputs)) env[inputEnvName(name)] = value;
  Object.assign(env, {
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'acme/relay-example',
    GITHUB_SERVER_URL: 'https://github.com',
    ...opts.env,
  });
  const result = await exec(process.execPath, [bundle], { cwd: opts.workspace, env, replaceEnv: true, check: false });
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
