import { ReleaseError } from '../core/errors.js';
import { npmAdapter } from './npm/index.js';
import { pythonAdapter } from './python/index.js';
import type { EcosystemAdapter, EcosystemPipeline, FullEcosystemAdapter } from './types.js';

/**
 * Every known ecosystem by name, in detection order: python first (pyproject.toml, setup.py, setup.cfg), then
 * npm (package.json), so a directory with both is a Python package and one with only package.json is npm.
 */
export const ECOSYSTEMS: Record<string, () => EcosystemAdapter> = {
  python: () => pythonAdapter,
  npm: () => npmAdapter,
};

/** The adapter called `name`; an unknown name throws UNKNOWN_ECOSYSTEM listing the known ones. */
export function getAdapter(name: string): EcosystemAdapter {
  const factory = Object.hasOwn(ECOSYSTEMS, name) ? ECOSYSTEMS[name] : undefined;
  if (!factory) {
    throw new ReleaseError('UNKNOWN_ECOSYSTEM', `Unknown ecosystem "${name}" (input "ecosystem").`, `Use "auto" or one of: ${Object.keys(ECOSYSTEMS).join(', ')}.`);
  }
  return factory();
}

/**
 * The adapter for the package in `dir`: the named one, or with `auto` the first whose detect() is true.
 * No match throws UNKNOWN_ECOSYSTEM naming the directory and the ecosystems tried.
 */
export async function detectEcosystem(dir: string, requested: 'auto' | string): Promise<EcosystemAdapter> {
  if (requested !== 'auto') return getAdapter(requested);
  for (const name of Object.keys(ECOSYSTEMS)) {
    const adapter = ECOSYSTEMS[name]();
    if (await adapter.detect(dir)) return adapter;
  }
  throw new ReleaseError(
    'UNKNOWN_ECOSYSTEM',
    `No package found in ${dir} (tried: ${Object.keys(ECOSYSTEMS).join(', ')}).`,
    'Point input "package-dir" at the package (the directory with pyproject.toml or package.json), or set input "ecosystem".',
  );
}

/**
 * Each ecosystem's build, install-check, publish and verify members, imported only when a stage needs them:
 * prepare-release reads and edits files and never loads the build and publish code (nor its start-up cost).
 */
const PIPELINES: Record<string, () => Promise<EcosystemPipeline>> = {
  python: async () => (await import('./python/pipeline.js')).pythonPipeline,
  npm: async () => (await import('./npm/pipeline.js')).npmPipeline,
};

/** `adapter` with its gate and publish members; refuses an ecosystem without them. */
export async function withPipeline(adapter: EcosystemAdapter): Promise<FullEcosystemAdapter> {
  const load = Object.hasOwn(PIPELINES, adapter.name) ? PIPELINES[adapter.name] : undefined;
  if (!load) throw new ReleaseError('UNKNOWN_ECOSYSTEM', `The ${adapter.name} adapter cannot build or publish yet.`, 'Use an ecosystem with a full adapter (python, npm).');
  return { ...(await load()), ...adapter };
}

/** The adapter for `dir` (or the named ecosystem) with its gate and publish members; refuses one without them. */
export async function getFullAdapter(dir: string, requested: string): Promise<FullEcosystemAdapter> {
  return withPipeline(await detectEcosystem(dir, requested));
}
