/**
 * The doctor's changelog finding on repositories shaped like real projects: it says what prepare-release's
 * writer will do with the file (the same detection), also when the package itself cannot be read.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runDoctor } from '../../src/doctor/doctor.js';
import type { Finding } from '../../src/doctor/types.js';
import { git, makeRepo, type TempRepo } from '../helpers/repo.js';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});

async function project(files: Record<string, string>): Promise<TempRepo> {
  const r = await makeRepo();
  repos.push(r);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(r.dir, path)), { recursive: true });
    writeFileSync(join(r.dir, path), text);
  }
  await git(r.dir, 'add', '-A');
  await git(r.dir, 'commit', '--quiet', '-m', 'chore: initial commit');
  return r;
}

async function changelogFinding(dir: string): Promise<Finding | undefined> {
  const report = await runDoctor({ dir, areas: ['repository'], plan: false });
  return report.findings.find((f) => f.label === 'changelog');
}

const PYPROJECT = '[project]\nname = "pkg"\nversion = "2.34.2"\n';

describe('doctor: the changelog as the writer sees it', () => {
  test('requests: HISTORY.md with underlined headings is a Markdown changelog with "{version} ({date})" headings, not "no version headings"', async () => {
    const r = await project({ 'pyproject.toml': PYPROJECT, 'HISTORY.md': 'Release History\n===============\n\n2.34.2 (2026-05-14)\n-------------------\n- Fix.\n' });
    expect(await changelogFinding(r.dir)).toMatchObject({ status: 'ok', summary: 'HISTORY.md: Markdown "{version} ({date})" underlined with -' });
  });

  test('a Markdown file the writer refuses is a warning that says why and how to fix it', async () => {
    const r = await project({ 'pyproject.toml': PYPROJECT, 'CHANGES.md': 'Some notes about the project.\n' });
    const f = await changelogFinding(r.dir);
    expect(f).toMatchObject({ status: 'warning', summary: expect.stringMatching(/^CHANGES\.md: .*no safe place to add the release/) });
    expect(f?.fix).toContain('--changelog-file');
  });

  test('towncrier writes the changelog: the finding says so', async () => {
    const r = await project({ 'pyproject.toml': PYPROJECT + '\n[tool.towncrier]\nfilename = "docs/changelog.rst"\ndirectory = "changelog.d"\n', 'docs/changelog.rst': 'Changelog\n=========\n' });
    expect(await changelogFinding(r.dir)).toMatchObject({ status: 'ok', summary: 'docs/changelog.rst: written by towncrier, [tool.towncrier] in pyproject.toml' });
  });

  test('the package cannot be read (no version anywhere): the existing CHANGES file is still found, not "CHANGELOG.md does not exist"', async () => {
    const r = await project({ 'setup.py': 'from setuptools import setup\nsetup(name="pkg")\n', CHANGES: 'Changelog\n=========\n\n1.0.0\n-----\n\n- First.\n' });
    const report = await runDoctor({ dir: r.dir, areas: ['repository'], plan: false });
    expect(report.findings.find((f) => f.label === 'version source')).toMatchObject({ status: 'blocker' });
    expect(report.findings.find((f) => f.label === 'changelog')).toMatchObject({ status: 'ok', summary: 'CHANGES: reStructuredText "{version}" underlined with -' });
  });
});
