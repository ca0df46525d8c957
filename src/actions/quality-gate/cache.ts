import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { exec } from '../../core/exec.js';
import type { Logger } from '../../core/log.js';
import { describeError } from '../../core/errors.js';

/** Files whose contents decide the dependency set (hashed into the cache key). */
const DEPENDENCY_FILES = /^(pyproject\.toml|setup\.cfg|setup\.py|requirements.*\.txt|.*\.lock|package-lock\.json|uv\.lock|poetry\.lock)$/;

/** What happened with the dependency cache, for the job summary. */
export interface CacheOutcome {
  /** The cache key; empty when the cache service is unavailable (no key is computed then). */
  key: string;
  /** `hit`, `partial` (a restore key matched), `miss`, or `unavailable` (not on GitHub, or the service failed). */
  state: 'hit' | 'partial' | 'miss' | 'unavailable';
  paths: string[];
  detail?: string;
}

/** The cache key: OS, Python version and a hash of the package's dependency files. */
export async function dependencyCacheKey(packageDir: string, python: string): Promise<{ key: string; prefix: string }> {
  const names = (await readdir(packageDir)).filter((n) => DEPENDENCY_FILES.test(n)).sort();
  const hash = createHash('sha256');
  for (const n of names) hash.update(n).update('\0').update(await readFile(join(packageDir, n))).update('\0');
  const version = (await exec(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { check: false })).stdout.trim() || 'unknown';
  const prefix = `release-relay-deps-${process.platform}-${process.arch}-py${version}-`;
  return { key: `${prefix}${hash.digest('hex').slice(0, 16)}`, prefix };
}

/** Runs `fn` while watching stdout for a workflow-command line matching `pattern`; returns its first group. */
async function watchFailure<T>(pattern: RegExp, fn: () => Promise<T>): Promise<{ value: T; failure?: string }> {
  const write = process.stdout.write.bind(process.stdout);
  let failure: string | undefined;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    failure ??= pattern.exec(String(chunk))?.[1];
    return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
  try {
    return { value: await fn(), failure };
  } finally {
    process.stdout.write = write;
  }
}

/** Whether the runner provides the cache service (GitHub-hosted or self-hosted runners with Actions). */
export function cacheAvailable(): boolean {
  return Boolean(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL);
}

/** pip's download cache directory for `python`. */
async function pipCacheDir(python: string): Promise<string | null> {
  const r = await exec(python, ['-m', 'pip', 'cache', 'dir'], { check: false });
  return r.code === 0 && r.stdout.trim() ? r.stdout.trim().split('\n').pop() ?? null : null;
}

/**
 * Restores pip's download cache keyed by OS, Python and the dependency files, so a second release of an
 * unchanged dependency set downloads nothing. @actions/cache is loaded only here, only on GitHub.
 */
export async function restoreDependencyCache(packageDir: string, python: string, logger: Logger): Promise<CacheOutcome> {
  // Off GitHub there is no cache service: spawn neither Python for the key nor pip for its directory.
  if (!cacheAvailable()) return { key: '', state: 'unavailable', paths: [], detail: 'not running on GitHub Actions' };
  const { key, prefix } = await dependencyCacheKey(packageDir, python);
  const dir = await pipCacheDir(python);
  const paths = dir ? [dir] : [];
  if (!paths.length) return { key, state: 'unavailable', paths, detail: 'pip has no cache dir' };
  try {
    const cache = await import('@actions/cache');
    // @actions/cache answers a failed service (refused, 5xx) like a miss and only says so in a warning it
    // writes itself: watch for that line, so the summary says `unavailable`, as it is.
    const { value: matched, failure } = await watchFailure(/^::(?:warning|error)::Failed to restore: (.*)$/m, () => cache.restoreCache(paths, key, [prefix]));
    if (failure) return { key, paths, state: 'unavailable', detail: `restore failed: ${failure}` };
    return { key, paths, state: matched === key ? 'hit' : matched ? 'partial' : 'miss', detail: matched };
  } catch (err) {
    logger.warning(`Dependency cache restore failed: ${describeError(err)}`);
    return { key, paths, state: 'unavailable', detail: describeError(err) };
  }
}

/** Saves the cache after the gate when the key did not hit exactly. */
export async function saveDependencyCache(outcome: CacheOutcome, logger: Logger): Promise<void> {
  if (outcome.state === 'hit' || outcome.state === 'unavailable') return;
  // Nothing to save (pip never created its cache directory): saving would only warn "Path Validation Error".
  const present = [];
  for (const p of outcome.paths) if ((await readdir(p).catch(() => [])).length) present.push(p);
  if (!present.length) {
    logger.debug(`Dependency cache: nothing to save (${outcome.paths.join(', ') || 'no paths'} empty or missing).`);
    return;
  }
  try {
    const cache = await import('@actions/cache');
    await cache.saveCache(present, outcome.key);
  } catch (err) {
    logger.warning(`Dependency cache save failed: ${describeError(err)}`);
  }
}
