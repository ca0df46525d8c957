import { ReleaseError } from '../core/errors.js';
import { detectEcosystem } from './adapters.js';
import type { FullEcosystemAdapter } from './types.js';

/** The adapter for `dir` (or the named ecosystem) with its gate and publish members; refuses one without them. */
export async function getFullAdapter(dir: string, requested: string): Promise<FullEcosystemAdapter> {
  const adapter = await detectEcosystem(dir, requested);
  const full = adapter as Partial<FullEcosystemAdapter>;
  if (typeof full.build !== 'function' || typeof full.publish !== 'function') {
    throw new ReleaseError('UNKNOWN_ECOSYSTEM', `The ${adapter.name} adapter cannot build or publish yet.`, 'Use an ecosystem with a full adapter (python, npm).');
  }
  return adapter as FullEcosystemAdapter;
}
