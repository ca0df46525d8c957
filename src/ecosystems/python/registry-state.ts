import type { ArtifactRecord } from '../../core/context.js';
import type { RemoteFileState } from '../types.js';
import { fetchJsonRelease } from './index-api.js';

/** Options for pythonRemoteState. */
export interface PythonRemoteStateOptions {
  /** Index base, e.g. `https://pypi.org` (the JSON API is read at `{base}/pypi/...`). */
  indexUrl: string;
  name: string;
  version: string;
  artifacts: ArtifactRecord[];
  /** Defaults to the global fetch. */
  fetchImpl?: typeof fetch;
  signal?: AbortSignal;
  /** Time one request may take, in ms. Defaults to 60 s. */
  timeoutMs?: number;
}

/**
 * What the index already holds of each approved file, by file name: `absent`, `same` (same sha256) or
 * `different` (same name, other bytes: never overwrite, never skip). An unknown version means all absent.
 */
export async function pythonRemoteState(opts: PythonRemoteStateOptions): Promise<Record<string, RemoteFileState>> {
  const files = await fetchJsonRelease({ indexUrl: opts.indexUrl, name: opts.name, version: opts.version, fetchImpl: opts.fetchImpl, signal: opts.signal, timeoutMs: opts.timeoutMs });
  const byName = new Map((files ?? []).map((f) => [f.filename, f]));
  const state: Record<string, RemoteFileState> = {};
  for (const artifact of opts.artifacts) {
    const remote = byName.get(artifact.file);
    state[artifact.file] = !remote ? 'absent' : remote.sha256?.toLowerCase() === artifact.sha256.toLowerCase() ? 'same' : 'different';
  }
  return state;
}
