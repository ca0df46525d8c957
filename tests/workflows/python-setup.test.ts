/**
 * The reusable workflow's default Python setup step, run for real with pip in dry-run mode against the
 * interpreter's installed packages (no index): it installs the project with its test extra, or names the
 * PEP 735 group it would use, and writes what it installed into the job summary.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { exec } from '../../src/core/exec.js';
import { readYaml, type Workflow } from './wiring.js';

const PYTHON = '/usr/bin/python3';
const workflow = readYaml<Workflow>(join('.github', 'workflows', 'release.yml'));
const STEP = 'Install the project and its test dependencies';
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function script(job: string): string {
  const step = workflow.jobs[job].steps?.find((s) => s.name === STEP);
  if (!step || typeof step.run !== 'string') throw new Error(`no "${STEP}" step in ${job}`);
  return step.run;
}

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'relay-setup-'));
  roots.push(root);
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), t);
  }
  return root;
}

/** Runs the step's script as the runner would (shell: python), with pip resolving offline in dry-run mode. */
async function runStep(cwd: string) {
  const summary = join(cwd, 'summary.md');
  writeFileSync(summary, '');
  const r = await exec(PYTHON, ['-c', script('gate')], {
    cwd,
    check: false,
    env: { GITHUB_STEP_SUMMARY: summary, PIP_DRY_RUN: '1', PIP_NO_INDEX: '1', PIP_NO_BUILD_ISOLATION: '0', PIP_BREAK_SYSTEM_PACKAGES: '1', PIP_DISABLE_PIP_VERSION_CHECK: '1' },
    timeoutMs: 120_000,
  });
  return { ...r, summary: readFileSync(summary, 'utf8') };
}

describe('reusable workflow: default Python test setup', () => {
  test('the gate legs run it; the build job judges their test evidence and runs no tests', () => {
    expect(script('gate')).toContain('pytest-cov');
    expect(workflow.jobs.build.steps?.some((s) => s.name === STEP)).toBe(false);
  });

  test('a project with a test extra is installed editable with it, plus pytest, pytest-cov and build; the summary says so', async () => {
    const root = project({
      'pyproject.toml': '[build-system]\nrequires = ["flit_core"]\nbuild-backend = "flit_core.buildapi"\n\n[project]\nname = "setup_demo"\nversion = "1.0.0"\ndescription = "d"\n\n[project.optional-dependencies]\ndocs = ["sphinx"]\ntests = ["pytest"]\n',
      'setup_demo/__init__.py': '',
    });
    const r = await runStep(root);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Would install .*setup[-_]demo-1\.0\.0/);
    expect(r.summary).toBe('Test setup: `pip install -e .[tests] pytest pytest-cov build` (extra `tests`)\n\n');
  }, 120_000);

  test('a PEP 735 dependency group is named and installed with --group (pip is upgraded to 25.1 first)', async () => {
    const root = project({ 'pyproject.toml': '[project]\nname = "grp"\nversion = "1"\n\n[dependency-groups]\ndev = ["pytest"]\ntest = ["pytest", "coverage"]\n' });
    const r = await runStep(root);
    // Offline, the pip upgrade cannot be resolved: the plan line was printed before it.
    expect(r.stdout).toContain('Test setup: `pip install -e . --group test pytest pytest-cov build` (dependency group `test`)');
  }, 120_000);
});
