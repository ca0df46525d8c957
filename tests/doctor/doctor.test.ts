/**
 * `release-relay doctor`: real machine checks (git, a real Python with and without the modules, npm) and
 * real repository checks on temporary git repositories, through runDoctor and through the bundled CLI
 * (exit codes). Plus the registry: another issue's check shows up in the report.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDoctorMarkdown, renderDoctorText, runDoctor } from '../../src/doctor/doctor.js';
import { DOCTOR_CHECKS, registerCheck } from '../../src/doctor/registry.js';
import type { Finding } from '../../src/doctor/types.js';
import { exec } from '../../src/core/exec.js';
import { CLI_BUNDLE, ensureBundle } from '../helpers/bundled-action.js';
import { releasableRepo, repoState, type ReleasableRepo } from '../helpers/release-repo.js';
import { git } from '../helpers/repo.js';
import { cleanupAfter } from '../helpers/cleanup.js';

const PYTHON = '/usr/bin/python3';
const cleanups = cleanupAfter('all');
let bare: string;

beforeAll(async () => {
  await ensureBundle('cli');
  // A real interpreter without build, pytest and twine: a venv made without pip.
  const root = mkdtempSync(join(tmpdir(), 'relay-doctor-venv-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  await exec(PYTHON, ['-m', 'venv', '--without-pip', join(root, 'venv')]);
  bare = join(root, 'venv', 'bin', 'python');
});

async function repo(): Promise<ReleasableRepo> {
  const r = await releasableRepo();
  cleanups.push(r.cleanup);
  return r;
}

function byLabel(findings: Finding[], label: string): Finding {
  const f = findings.find((x) => x.label === label);
  if (!f) throw new Error(`no finding "${label}" in ${findings.map((x) => x.label).join(', ')}`);
  return f;
}

describe('on a releasable Python repository', () => {
  test('machine and repository findings, the plan, no blocker; nothing is written', async () => {
    const r = await repo();
    mkdirSync(join(r.dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(r.dir, '.github', 'workflows', 'release.yml'), 'on: workflow_dispatch\npermissions:\n  contents: write\n  id-token: write\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: release-relay/release-relay/actions/prepare-release@v1\n');
    await git(r.dir, 'add', '-A');
    await git(r.dir, 'commit', '--quiet', '-m', 'ci: release workflow');
    const before = await repoState(r);
    const report = await runDoctor({ dir: r.dir, python: PYTHON, registries: ['testpypi'], tokenEnv: { name: 'PYPI_TOKEN', set: false } });
    expect(await repoState(r)).toEqual(before);

    expect(report.blocked).toBe(false);
    expect(byLabel(report.findings, 'git')).toMatchObject({ status: 'ok', summary: expect.stringMatching(/^git version \d/) });
    expect(byLabel(report.findings, 'python')).toMatchObject({ status: 'ok', summary: expect.stringContaining('with build, venv, pytest, twine') });
    expect(byLabel(report.findings, 'version source')).toMatchObject({ status: 'ok', summary: 'python package relay-example 0.1.0 in pyproject.toml, src/relay_example/__init__.py' });
    expect(byLabel(report.findings, 'tags')).toMatchObject({ status: 'ok', summary: 'last release v0.1.0 (template v{version} from 1 existing tag like v0.1.0)' });
    expect(byLabel(report.findings, 'changelog')).toMatchObject({ status: 'ok', summary: 'CHANGELOG.md: Keep a Changelog (Markdown)' });
    expect(byLabel(report.findings, 'tests').summary).toMatch(/-m pytest .*\(default; change with --test-command\)$/);
    expect(byLabel(report.findings, 'CI')).toMatchObject({ status: 'ok', summary: '1 workflow(s); release-relay in .github/workflows/release.yml' });
    expect(byLabel(report.findings, 'Trusted Publishing')).toMatchObject({ status: 'ok', summary: expect.stringContaining('.github/workflows/release.yml') });
    expect(byLabel(report.findings, 'registries').summary).toContain('testpypi');
    expect(report.plan[0]).toMatch(/^would release relay-example 0\.1\.0 → 0\.2\.0 \(minor\)/);
    expect(report.plan[1]).toBe('would edit pyproject.toml, src/relay_example/__init__.py, CHANGELOG.md, commit, and tag v0.2.0');

    const text = renderDoctorText(report);
    expect(text.split('\n').length).toBeLessThanOrEqual(25);
    expect(text).toContain('✔ ready to release');
    expect(renderDoctorMarkdown(report)).toContain('| ✔ | version source | python package relay-example 0.1.0 in pyproject.toml, src/relay_example/__init__.py |');
  });

  test('tags in another style are a warning that names --tag-template; a missing changelog is only a note', async () => {
    const r = await repo();
    await git(r.dir, 'tag', '-d', 'v0.1.0');
    await git(r.dir, 'tag', 'release-0.1.0', r.base);
    rmSync(join(r.dir, 'CHANGELOG.md'));
    await git(r.dir, 'commit', '--quiet', '-am', 'docs: drop the changelog');
    const report = await runDoctor({ dir: r.dir, python: PYTHON, tokenEnv: { name: 'PYPI_TOKEN', set: false } });
    expect(byLabel(report.findings, 'tags')).toMatchObject({ status: 'warning', fix: expect.stringContaining('--tag-template') });
    expect(byLabel(report.findings, 'changelog')).toMatchObject({ status: 'info', summary: expect.stringContaining('will be created') });
    expect(byLabel(report.findings, 'credentials')).toMatchObject({ status: 'warning', fix: expect.stringContaining('--token-env') });
  });

  test('tags without v and a CHANGES.rst: the doctor names what prepare-release would use, not the defaults', async () => {
    const r = await repo();
    await git(r.dir, 'tag', '-d', 'v0.1.0');
    await git(r.dir, 'tag', '-a', '-m', '0.1.0', '0.1.0', r.base);
    await git(r.dir, 'mv', 'CHANGELOG.md', 'CHANGES.rst');
    await git(r.dir, 'commit', '--quiet', '-m', 'docs: the changelog is CHANGES.rst');
    const report = await runDoctor({ dir: r.dir, python: PYTHON, tokenEnv: { name: 'PYPI_TOKEN', set: false } });
    expect(byLabel(report.findings, 'tags')).toMatchObject({ status: 'ok', summary: expect.stringMatching(/last release 0\.1\.0 \(template \{version\} from 1 existing tag like 0\.1\.0/) });
    expect(byLabel(report.findings, 'changelog')).toMatchObject({ summary: expect.stringMatching(/^CHANGES\.rst: reStructuredText/) });
  });
});

describe('blockers and exit codes (bundled CLI)', () => {
  test('a ready repository exits 0; a Python without build/pytest/twine is a blocker that names the fix, exit 1', async () => {
    const r = await repo();
    const ok = await exec(process.execPath, [CLI_BUNDLE, 'doctor', '--dir', r.dir, '--python', PYTHON], { check: false });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('What a release would do');
    const bad = await exec(process.execPath, [CLI_BUNDLE, 'doctor', '--dir', r.dir, '--python', bare], { check: false });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/✖ python +\S+ 3\.\d+\.\d+ lacks build, pytest, twine/);
    expect(bad.stdout).toContain('-m pip install build pytest twine');
    expect(bad.stdout).toContain('✖ 1 blocker(s)');
  });

  test('a directory outside any git repository is a blocker; --json gives the findings to scripts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relay-not-a-repo-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const run = await exec(process.execPath, [CLI_BUNDLE, 'doctor', '--dir', dir, '--python', PYTHON, '--json'], { check: false, cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { blocked: boolean; findings: Finding[] };
    expect(report.blocked).toBe(true);
    expect(byLabel(report.findings, 'repository')).toMatchObject({ status: 'blocker', fix: expect.stringContaining('--dir') });
  });
});

describe('the registry of checks', () => {
  test('a check registered by another module runs and reports, and a crashing check is a warning, not a crash', async () => {
    const r = await repo();
    const count = DOCTOR_CHECKS.length;
    registerCheck({ id: 'publishing.example-extension', area: 'publishing', run: async (_input, facts) => [{ check: 'publishing.example-extension', status: 'blocker', label: 'extension', summary: `saw ${facts.info?.name}`, fix: 'Pass --registries testpypi.' }] });
    registerCheck({ id: 'repository.crashes', area: 'repository', run: async () => { throw new Error('boom'); } });
    try {
      const report = await runDoctor({ dir: r.dir, python: PYTHON, plan: false });
      expect(byLabel(report.findings, 'extension')).toMatchObject({ status: 'blocker', summary: 'saw relay-example' });
      expect(report.findings.find((f) => f.check === 'repository.crashes')).toMatchObject({ status: 'warning', summary: 'check failed: boom' });
      expect(report.blocked).toBe(true);
      expect(report.plan).toEqual([]);
      expect(renderDoctorText(report)).toContain('✖ extension');
    } finally {
      DOCTOR_CHECKS.splice(count);
    }
  });
});
