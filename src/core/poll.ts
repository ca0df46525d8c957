import { sleep as realSleep } from './combinators.js';

/** What one poll saw: done (with the value to hand back), or not yet (with what is still pending). */
export type Poll<T, P> = { done: true; value: T } | { done: false; pending: P };

/** How pollUntil paces and bounds its polls. */
export interface PollOptions<P> {
  /** First wait between polls, in ms. */
  intervalMs: number;
  /** Each wait is the previous one times this (rounded), up to maxIntervalMs. Defaults to 2. */
  factor?: number;
  /** Longest wait between polls, in ms. */
  maxIntervalMs: number;
  /** Overall deadline in ms from the first poll: the last poll runs at it (never earlier, never a wait past it). */
  timeoutMs: number;
  /** Called after each poll that is not done: its number (from 1), the ms since the start, what is pending. */
  onPending?: (pending: P, poll: number, elapsedMs: number) => void;
  /** Replaceable wait (tests). Defaults to a real timer that rejects when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Clock for the deadline. Defaults to Date.now. */
  now?: () => number;
  signal?: AbortSignal;
}

/** How polling ended: done with the value, or out of time with what was pending last. */
export type PollOutcome<T, P> = ({ done: true; value: T } | { done: false; pending: P }) & { polls: number; elapsedMs: number };

/**
 * Polls until `poll` says done or the deadline would pass, waiting `intervalMs`, then growing by `factor`
 * up to `maxIntervalMs` between polls. Errors thrown by `poll` end the polling (classify transient ones
 * inside `poll` as pending). The one wait loop of the suite: registry verification and the CI wait use it.
 */
export async function pollUntil<T, P>(poll: (n: number) => Promise<Poll<T, P>>, options: PollOptions<P>): Promise<PollOutcome<T, P>> {
  const now = options.now ?? Date.now;
  const wait = options.sleep ?? realSleep;
  const started = now();
  let delay = options.intervalMs;
  for (let n = 1; ; n++) {
    const r = await poll(n);
    const elapsedMs = now() - started;
    if (r.done) return { done: true, value: r.value, polls: n, elapsedMs };
    options.onPending?.(r.pending, n, elapsedMs);
    // A wait lasts until its deadline: the last wait shrinks to end exactly at it, and one last poll runs there.
    if (elapsedMs >= options.timeoutMs) return { done: false, pending: r.pending, polls: n, elapsedMs };
    await wait(Math.max(0, Math.min(delay, options.timeoutMs - elapsedMs)), options.signal);
    delay = Math.min(Math.round(delay * (options.factor ?? 2)), options.maxIntervalMs);
  }
}
