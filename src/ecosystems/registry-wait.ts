import type { Logger } from '../core/log.js';
import { pollUntil } from '../core/poll.js';

/** One look at the registry: it serves the approved files, or not yet (and why, in words). */
export type ServedPoll<S extends string> = { state: 'served' } | { state: S; reason: string };

/** How long and how often waitUntilServed looks. */
export interface ServedWaitOptions {
  /** Give up after this long, in ms. */
  timeoutMs: number;
  /** First poll interval in ms (doubles up to maxPollMs). Defaults to 5000. */
  pollMs?: number;
  /** Longest poll interval in ms. Defaults to 60000. */
  maxPollMs?: number;
  logger: Logger;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Clock for the deadline (tests inject one that `sleep` advances). Defaults to Date.now. */
  now?: () => number;
  signal?: AbortSignal;
}

/**
 * Polls a registry with backoff until it serves the release (logging each miss), for both ecosystems'
 * verification. Served: the propagation time; not in time: where polling stopped and why (also warned).
 */
export async function waitUntilServed<S extends string>(look: () => Promise<ServedPoll<S>>, o: ServedWaitOptions): Promise<{ served: true; propagationS: number } | { served: false; state: S; propagationS: number; reason: string }> {
  const polled = await pollUntil<undefined, { state: S; reason: string }>(
    async () => {
      const outcome = await look();
      return outcome.state === 'served' ? { done: true, value: undefined } : { done: false, pending: outcome as { state: S; reason: string } };
    },
    {
      intervalMs: o.pollMs ?? 5000,
      maxIntervalMs: o.maxPollMs ?? 60_000,
      timeoutMs: o.timeoutMs,
      onPending: (p, poll, elapsed) => o.logger.info(`poll ${poll} after ${Math.round(elapsed / 1000)} s: ${p.reason}`),
      sleep: o.sleep,
      now: o.now,
      signal: o.signal,
    },
  );
  if (polled.done) return { served: true, propagationS: Math.max(0.001, polled.elapsedMs / 1000) };
  const reason = `${polled.pending.reason} (gave up after ${Math.round(polled.elapsedMs / 1000)} s and ${polled.polls} poll(s); timeout ${Math.round(o.timeoutMs / 1000)} s)`;
  o.logger.warning(reason);
  return { served: false, state: polled.pending.state, propagationS: polled.elapsedMs / 1000, reason };
}
