import { sleep as realSleep } from '../core/combinators.js';
import { githubFailure } from './client.js';

/** How createOrFind creates, finds and gives up. */
export interface CreateOrFindOptions<T> {
  /** The create request, sent without plugin retries (a retried create after a lost response duplicates). */
  create(): Promise<T>;
  /** Finds what an earlier create made (its response may have been lost); undefined when there is none. */
  find(): Promise<T | undefined>;
  /** True for a failure that no retry can fix: stop at once. */
  permanent(err: unknown): boolean;
  /** What is being created, for the GITHUB_FAILED message ("opening the rejection issue …"). */
  what: string;
  /** Create attempts. Defaults to 3. */
  attempts?: number;
  /** Pause before another attempt, in ms. Defaults to 2000. */
  retryDelayMs?: number;
  /** Replaceable wait (tests). Defaults to a real timer. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Creates an object whose create request is not idempotent on GitHub (an issue, a release), or finds the
 * one a lost response created: after each failure that a retry could fix, `find` runs before the next
 * attempt, so a timeout or a 5xx never leads to a duplicate. Throws GITHUB_FAILED naming `what` with the last
 * error when the failure is permanent or the attempts run out.
 */
export async function createOrFind<T>(o: CreateOrFindOptions<T>): Promise<T> {
  const attempts = Math.max(1, o.attempts ?? 3);
  const wait = o.sleep ?? ((ms: number) => realSleep(ms));
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await o.create();
    } catch (err) {
      lastError = err;
      if (o.permanent(err)) break;
      const found = await o.find().catch(() => undefined);
      if (found) return found;
      if (attempt < attempts) await wait(o.retryDelayMs ?? 2000);
    }
  }
  throw githubFailure(o.what, lastError);
}
