#!/usr/bin/env node
// Validates every workflow and action.yml against the GitHub Actions schemas with @action-validator/cli
// (the real validator from the registry, WASM, offline). Fails when any file has an error.
//
//   node scripts/validate-workflows.mjs            every file below
//   node scripts/validate-workflows.mjs FILE...    only these (an action when the name is action.yml/.yaml)
//
// One known gap in the validator: @action-validator 0.6.0 (the latest) ships a schema whose runs.using
// list ends at node20, so it rejects `using: node24`, which GitHub runs. For an action with node24 the
// script checks `using` itself and validates a copy with node20 in its place (everything else about a
// node20 and a node24 action is the same schema). Remove this when the validator knows node24.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'node_modules', '@action-validator', 'cli', 'cli.mjs');
const RUNTIMES_GITHUB_RUNS = new Set(['node20', 'node24', 'composite', 'docker']);
const UNKNOWN_TO_VALIDATOR = new Set(['node24']);

/** The yml/yaml files directly inside `dir` (relative to the root), sorted. */
function ymlIn(dir) {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f));
}

/** Every file this repository ships that GitHub reads: workflows, example workflows, actions. */
function defaultFiles() {
  const actions = existsSync(join(root, 'actions'))
    ? readdirSync(join(root, 'actions')).sort().map((d) => join('actions', d, 'action.yml')).filter((f) => existsSync(join(root, f)))
    : [];
  return [...ymlIn('.github/workflows'), ...ymlIn('examples/workflows'), 'action.yml', ...actions].filter((f) => existsSync(join(root, f)));
}

/** Runs the validator CLI on one file; returns its error report ('' when valid). */
function runValidator(file) {
  const r = spawnSync(process.execPath, [cli, file], { encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status === 0) return '';
  return (r.stderr || r.stdout || `exit ${r.status}`).trim();
}

/** Validates one file; returns a list of problems. */
function validate(file) {
  const isAction = /(^|\/)action\.ya?ml$/.test(file);
  const text = readFileSync(file, 'utf8');
  const using = isAction ? /^\s+using:\s*['"]?([\w-]+)['"]?\s*$/m.exec(text)?.[1] : undefined;
  if (isAction && using && !RUNTIMES_GITHUB_RUNS.has(using)) return [`runs.using "${using}" is not one of ${[...RUNTIMES_GITHUB_RUNS].join(', ')}`];
  if (!isAction || !using || !UNKNOWN_TO_VALIDATOR.has(using)) {
    const report = runValidator(file);
    return report ? [report] : [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'validate-action-'));
  try {
    const copy = join(dir, 'action.yml');
    writeFileSync(copy, text.replace(/^(\s+using:\s*['"]?)node24(['"]?\s*)$/m, '$1node20$2'));
    const report = runValidator(copy);
    return report ? [report] : [];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => resolve(f)) : defaultFiles().map((f) => join(root, f));
if (files.length === 0) {
  console.error('No workflow or action files found.');
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  const name = relative(root, file) || file;
  if (!existsSync(file)) {
    console.error(`✗ ${name}: not found`);
    failed++;
    continue;
  }
  const problems = validate(file);
  if (problems.length === 0) {
    console.log(`✓ ${name}`);
  } else {
    failed++;
    console.error(`✗ ${name}\n${problems.join('\n').replace(/^/gm, '    ')}`);
  }
}
console.log(`${files.length - failed}/${files.length} valid`);
if (failed) process.exit(1);
