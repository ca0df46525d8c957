/**
 * The release configuration a JavaScript repository already has, so it can switch to release-relay without
 * rewriting its history:
 * - semantic-release (`.releaserc`, `.releaserc.json|yaml|yml`, `release` in package.json): `tagFormat`
 *   (`v${version}` → the tag template `v{version}`) and `branches` (a release runs only on one of them);
 * - release-please (`release-please-config.json` + `.release-please-manifest.json`): the tag of the package's
 *   entry (`<component>-v<version>` by default, `v<version>` with include-component-in-tag: false) and the
 *   manifest's version, which is a version file release-relay keeps in step.
 * JavaScript configs (`.releaserc.js`, `release.config.js`) are never executed: the hint says to set
 * tag-template instead.
 */
import { join, relative, sep } from 'node:path';
import { ReleaseError } from '../../core/errors.js';
import { pathExists, readTextOrNull } from '../../core/files.js';
import { replaceJsonString } from './json-edit.js';
import type { ProjectReleaseConfig } from '../types.js';
import type { VersionUpdater } from '../version-updater.js';
import picomatch from 'picomatch';

/** semantic-release's default release branches (its docs), used when a config has no `branches`. */
export const SEMANTIC_RELEASE_DEFAULT_BRANCHES = ['+([0-9])?(.{+([0-9]),x}).x', 'master', 'main', 'next', 'next-major', 'beta', 'alpha'];

const posix = (p: string): string => p.split(sep).join('/');

/** A semantic-release `tagFormat` (lodash template with `${version}`) as a release-relay tag template. */
export function tagFormatToTemplate(tagFormat: string, source: string): string {
  const template = tagFormat.replace(/\$\{\s*version\s*\}/g, '{version}');
  if (!template.includes('{version}') || /\$\{/.test(template)) {
    throw new ReleaseError('BAD_INPUT', `${source} sets tagFormat "${tagFormat}", which release-relay cannot turn into a tag template (only \${version} is known).`, 'Set input "tag-template" to the tag your releases use, e.g. v{version}.', { location: { file: source } });
  }
  return template;
}

/**
 * Whether `branch` is one of semantic-release's `branches`: names or globs with semantic-release's own
 * matcher rules (micromatch's, which picomatch implements: `release/*`, and extglobs like the default
 * `+([0-9])?(.{+([0-9]),x}).x` for maintenance branches).
 */
export function branchMatches(branch: string, patterns: string[]): boolean {
  return patterns.some((p) => {
    if (p === branch) return true;
    try {
      return picomatch.isMatch(branch, p);
    } catch {
      return false; // a pattern picomatch cannot read matches nothing, as semantic-release would never match it either
    }
  });
}

function branchNames(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value : typeof value === 'string' || (value && typeof value === 'object') ? [value] : undefined;
  if (!list) return undefined;
  return list.map((b) => (typeof b === 'string' ? b : b && typeof b === 'object' && typeof (b as { name?: unknown }).name === 'string' ? (b as { name: string }).name : '')).filter(Boolean);
}

function fromSemanticRelease(config: Record<string, unknown>, source: string): ProjectReleaseConfig {
  return {
    tagTemplate: typeof config.tagFormat === 'string' ? tagFormatToTemplate(config.tagFormat, source) : undefined,
    branches: branchNames(config.branches) ?? SEMANTIC_RELEASE_DEFAULT_BRANCHES,
    source,
  };
}

/** semantic-release's configuration, looked for where semantic-release looks (cosmiconfig): package dir, then repository root. */
async function semanticRelease(dirs: { abs: string; rel: string }[]): Promise<ProjectReleaseConfig | null> {
  for (const { abs, rel } of dirs) {
    const at = (f: string): string => posix(join(rel, f));
    for (const file of ['.releaserc', '.releaserc.json', '.releaserc.yaml', '.releaserc.yml']) {
      const text = await readTextOrNull(join(abs, file));
      if (text === null) continue;
      let config: unknown;
      try {
        // yaml is a large module: loaded only for a YAML config (most projects have none).
        config = file.endsWith('.json') ? JSON.parse(text) : (await import('yaml')).parse(text);
      } catch (err) {
        throw new ReleaseError('BAD_INPUT', `${at(file)} cannot be read: ${(err as Error).message}`, `Fix ${at(file)} (semantic-release cannot read it either), or set input "tag-template".`, { location: { file: at(file) } });
      }
      return fromSemanticRelease((config ?? {}) as Record<string, unknown>, at(file));
    }
    const manifest = await readTextOrNull(join(abs, 'package.json'));
    if (manifest !== null) {
      const release = (JSON.parse(manifest) as { release?: unknown }).release;
      if (release && typeof release === 'object') return fromSemanticRelease(release as Record<string, unknown>, `${at('package.json')} "release"`);
    }
    for (const file of ['.releaserc.js', '.releaserc.cjs', '.releaserc.mjs', 'release.config.js', 'release.config.cjs', 'release.config.mjs']) {
      if (await pathExists(join(abs, file))) {
        return { source: at(file), note: `${at(file)} is JavaScript, which release-relay does not run: set input "tag-template" to its tagFormat (default v{version}).` };
      }
    }
  }
  return null;
}

/** release-please's entry for the package: its config (merged over the top-level defaults) and its manifest version. */
export interface ReleasePleaseEntry {
  /** The manifest file, relative to the repository root. */
  manifestFile: string;
  /** The package's key in the manifest (its path from the root, `.` for the root package). */
  key: string;
  /** The version the manifest records. */
  version?: string;
  tagTemplate: string;
}

/** The package's release-please entry, or null when the repository does not use release-please manifests. */
export async function readReleasePlease(root: string, packageDir: string, packageName: string): Promise<ReleasePleaseEntry | null> {
  const configText = await readTextOrNull(join(root, 'release-please-config.json'));
  const manifestText = await readTextOrNull(join(root, '.release-please-manifest.json'));
  if (configText === null && manifestText === null) return null;
  const key = posix(relative(root, join(root, packageDir))) || '.';
  let config: Record<string, unknown> = {};
  let manifest: Record<string, unknown> = {};
  try {
    if (configText !== null) config = JSON.parse(configText) as Record<string, unknown>;
    if (manifestText !== null) manifest = JSON.parse(manifestText) as Record<string, unknown>;
  } catch (err) {
    throw new ReleaseError('BAD_INPUT', `release-please-config.json or .release-please-manifest.json is not valid JSON: ${(err as Error).message}`, 'Fix the file (release-please cannot read it either), or set input "tag-template".');
  }
  const packages = (config.packages ?? {}) as Record<string, Record<string, unknown>>;
  if (configText !== null && !Object.hasOwn(packages, key) && !Object.hasOwn(manifest, key)) return null;
  const entry = { ...config, ...(packages[key] ?? {}) };
  // Node packages: the component is the package name without its scope (release-please's node strategy).
  const component = typeof entry.component === 'string' ? entry.component : String(entry['package-name'] ?? packageName).replace(/^@[^/]+\//, '');
  const withComponent = entry['include-component-in-tag'] !== false;
  const v = entry['include-v-in-tag'] === false ? '' : 'v';
  const separator = typeof entry['tag-separator'] === 'string' ? entry['tag-separator'] : '-';
  const version = manifest[key];
  return {
    manifestFile: '.release-please-manifest.json',
    key,
    version: typeof version === 'string' ? version : undefined,
    tagTemplate: `${withComponent ? `${component}${separator}` : ''}${v}{version}`,
  };
}

/** `.release-please-manifest.json`: the package's entry, every other byte kept. */
export class ReleasePleaseManifest implements VersionUpdater {
  constructor(
    private readonly key: string,
    private readonly file = '.release-please-manifest.json',
  ) {}
  updateContent(text: string, version: string): string {
    const out = replaceJsonString(text, [this.key], version, this.file);
    if (out === null) throw new ReleaseError('NO_VERSION', `${this.file} has no entry "${this.key}".`, `Add "${this.key}": "<current version>" to ${this.file}.`, { location: { file: this.file } });
    return out;
  }
}

/**
 * The repository's own release configuration for the package in `packageDir`: release-please's manifest entry
 * when there is one, else semantic-release's config (package directory first, then the root). Null: none.
 */
export async function readProjectReleaseConfig(root: string, packageDir: string, packageName: string): Promise<ProjectReleaseConfig | null> {
  const rp = await readReleasePlease(root, packageDir, packageName);
  if (rp) return { tagTemplate: rp.tagTemplate, source: 'release-please-config.json' };
  const rel = posix(relative(root, join(root, packageDir)));
  const dirs = [{ abs: join(root, packageDir), rel }];
  if (rel && rel !== '.') dirs.push({ abs: root, rel: '' });
  return semanticRelease(dirs);
}
