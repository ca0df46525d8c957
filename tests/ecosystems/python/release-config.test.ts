import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitizenTagTemplate, readPythonReleaseConventions } from '../../../src/ecosystems/python/release-config.js';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop() as string, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'relay-conv-'));
  dirs.push(root);
  for (const [f, text] of Object.entries(files)) writeFileSync(join(root, f), text);
  return root;
}

const PROJECT = '[project]\nname = "pkg"\nversion = "1.0.0"\n';

describe('release-tool configuration a project already has', () => {
  test('[tool.commitizen]: tag_format as a template, its bump rules (refactor and perf bump the patch), its changelog file', async () => {
    const root = project({ 'pyproject.toml': `${PROJECT}\n[tool.commitizen]\nname = "cz_conventional_commits"\ntag_format = "v$version"\nchangelog_file = "HISTORY.md"\nversion_provider = "pep621"\n` });
    expect(await readPythonReleaseConventions(root, '.')).toEqual({
      tagTemplate: { template: 'v{version}', from: '[tool.commitizen]' },
      bumpRules: { minor: ['feat'], patch: ['fix', 'refactor', 'perf'], from: '[tool.commitizen]' },
      changelogFile: { path: 'HISTORY.md', from: '[tool.commitizen]' },
    });
  });

  test('commitizen tag formats: ${version} and $version; $major.$minor cannot be a template', () => {
    expect(commitizenTagTemplate('${version}')).toBe('{version}');
    expect(commitizenTagTemplate('pkg-$version')).toBe('pkg-{version}');
    expect(commitizenTagTemplate('$major.$minor.$patch')).toBeUndefined();
  });

  test('a customized commitizen bump_map', async () => {
    const root = project({ 'pyproject.toml': `${PROJECT}\n[tool.commitizen.customize]\nbump_map = { feature = "MINOR", bugfix = "PATCH", breaking = "MAJOR" }\n` });
    expect((await readPythonReleaseConventions(root, '.')).bumpRules).toEqual({ minor: ['feature'], patch: ['bugfix'], from: '[tool.commitizen]' });
  });

  test('[tool.semantic_release]: tag_format, commit_parser_options patch/minor tags, the v9 changelog file', async () => {
    const root = project({
      'pyproject.toml': `${PROJECT}\n[tool.semantic_release]\ntag_format = "{version}"\nversion_toml = ["pyproject.toml:project.version"]\n\n[tool.semantic_release.commit_parser_options]\nminor_tags = ["feat"]\npatch_tags = ["fix", "perf", "build"]\n\n[tool.semantic_release.changelog.default_templates]\nchangelog_file = "docs/CHANGES.md"\n`,
    });
    expect(await readPythonReleaseConventions(root, '.')).toEqual({
      tagTemplate: { template: '{version}', from: '[tool.semantic_release]' },
      bumpRules: { minor: ['feat'], patch: ['fix', 'perf', 'build'], from: '[tool.semantic_release] commit_parser_options' },
      changelogFile: { path: 'docs/CHANGES.md', from: '[tool.semantic_release]' },
    });
  });

  test('[tool.towncrier] in pyproject.toml or towncrier.toml; nothing configured → nothing', async () => {
    expect((await readPythonReleaseConventions(project({ 'pyproject.toml': `${PROJECT}\n[tool.towncrier]\nfilename = "CHANGELOG.rst"\ndirectory = "changelog/"\n` }), '.')).towncrier).toEqual({ filename: 'CHANGELOG.rst', directory: 'changelog/', from: '[tool.towncrier] in pyproject.toml' });
    expect((await readPythonReleaseConventions(project({ 'pyproject.toml': PROJECT, 'towncrier.toml': '[tool.towncrier]\n' }), '.')).towncrier).toEqual({ filename: 'NEWS.rst', directory: undefined, from: 'towncrier.toml' });
    expect(await readPythonReleaseConventions(project({ 'pyproject.toml': PROJECT }), '.')).toEqual({});
  });
});
