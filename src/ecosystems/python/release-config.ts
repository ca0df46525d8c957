import { join } from 'node:path';
import { readTextOrNull, resolveInside } from '../../core/files.js';
import type { ReleaseConventions } from '../types.js';
import { getPath, parsePyproject, type TomlDoc } from './pyproject.js';

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function strList(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]).map((x) => x.trim().toLowerCase()).filter(Boolean) : undefined;
}

/**
 * commitizen's `tag_format` (`v$version`, `${version}`, `$version`) as a tag template, or undefined when it
 * uses variables other than the version (`$major.$minor`), which a template cannot express.
 */
export function commitizenTagTemplate(format: string): string | undefined {
  const t = format.split('${version}').join('{version}').split('$version').join('{version}');
  return t.includes('$') || !t.includes('{version}') ? undefined : t;
}

/** python-semantic-release's `tag_format` (`v{version}`) as a tag template, or undefined when it uses other fields. */
function semanticReleaseTagTemplate(format: string): string | undefined {
  const t = format.split('{ version }').join('{version}');
  return /\{(?!version\})/.test(t) || !t.includes('{version}') ? undefined : t;
}

/** commitizen's bump rules: its conventional defaults (refactor and perf bump the patch), or a customized bump_map. */
function commitizenBumpRules(cz: Record<string, unknown>): { minor: string[]; patch: string[] } {
  const map = getPath(cz as TomlDoc, ['customize', 'bump_map']) ?? cz['bump_map'];
  if (map !== null && typeof map === 'object' && !Array.isArray(map)) {
    const minor: string[] = [];
    const patch: string[] = [];
    for (const [type, level] of Object.entries(map as Record<string, unknown>)) {
      const l = String(level).toUpperCase();
      if (l === 'MINOR') minor.push(type.toLowerCase());
      else if (l === 'PATCH') patch.push(type.toLowerCase());
    }
    if (minor.length + patch.length > 0) return { minor, patch };
  }
  return { minor: ['feat'], patch: ['fix', 'refactor', 'perf'] };
}

/**
 * What a Python project's release tools say about tags, bump rules and the changelog: `[tool.commitizen]`,
 * `[tool.semantic_release]` (with its `commit_parser_options` and changelog file, v7 to v9 spellings) and
 * `[tool.towncrier]` (in pyproject.toml or towncrier.toml). Reads only; unknown shapes are left out.
 */
export async function readPythonReleaseConventions(root: string, packageDir: string): Promise<ReleaseConventions> {
  const dir = resolveInside(root, packageDir, 'package-dir');
  const text = await readTextOrNull(join(dir, 'pyproject.toml'));
  const out: ReleaseConventions = {};
  const doc = text === null ? {} : parsePyproject(text, 'pyproject.toml');
  const tool = (getPath(doc, ['tool']) ?? {}) as Record<string, unknown>;

  const cz = tool['commitizen'];
  if (cz !== null && typeof cz === 'object') {
    const c = cz as Record<string, unknown>;
    const from = '[tool.commitizen]';
    const fmt = str(c['tag_format']);
    const template = fmt !== undefined ? commitizenTagTemplate(fmt) : undefined;
    if (template) out.tagTemplate = { template, from };
    const rules = commitizenBumpRules(c);
    out.bumpRules = { ...rules, from };
    const file = str(c['changelog_file']);
    if (file) out.changelogFile = { path: file, from };
  }

  const psr = tool['semantic_release'];
  if (psr !== null && typeof psr === 'object') {
    const p = psr as TomlDoc;
    const from = '[tool.semantic_release]';
    const fmt = str(p['tag_format']);
    const template = fmt !== undefined ? semanticReleaseTagTemplate(fmt) : undefined;
    if (template && !out.tagTemplate) out.tagTemplate = { template, from };
    const opts = getPath(p, ['commit_parser_options']);
    const parser = str(p['commit_parser']) ?? 'conventional';
    if (['conventional', 'angular', 'conventional-commits'].includes(parser) && !out.bumpRules) {
      const minor = strList(getPath(opts as TomlDoc, ['minor_tags'])) ?? ['feat'];
      const patch = strList(getPath(opts as TomlDoc, ['patch_tags'])) ?? ['fix', 'perf'];
      out.bumpRules = { minor, patch, from: `${from} commit_parser_options` };
    }
    const file = str(getPath(p, ['changelog', 'default_templates', 'changelog_file'])) ?? str(getPath(p, ['changelog', 'changelog_file'])) ?? str(p['changelog_file']);
    if (file && !out.changelogFile) out.changelogFile = { path: file, from };
  }

  let tc = tool['towncrier'];
  let tcFrom = '[tool.towncrier] in pyproject.toml';
  if (tc === undefined) {
    const own = await readTextOrNull(join(dir, 'towncrier.toml'));
    if (own !== null) {
      tc = getPath(parsePyproject(own, 'towncrier.toml'), ['tool', 'towncrier']) ?? {};
      tcFrom = 'towncrier.toml';
    }
  }
  if (tc !== null && typeof tc === 'object') {
    const t = tc as Record<string, unknown>;
    out.towncrier = { filename: str(t['filename']) ?? 'NEWS.rst', directory: str(t['directory']), from: tcFrom };
    const name = str(t['name']);
    if (name) out.towncrier.name = name;
  }
  return out;
}
