import { ReleaseError } from './errors.js';
import type { Logger } from './log.js';
import { silentLogger } from './log.js';

/** One entry of the release timeline: what ran, how long, how it ended. */
export interface TimelineEntry {
  stage: string;
  step: string;
  started_at: string;
  duration_ms: number;
  outcome: 'success' | 'failure' | 'skipped';
  attempts: number;
  /** Which alternative served, for fallback steps. */
  served_by?: string;
}

/** What every step receives besides its input. */
export interface StepContext {
  /** Stage name recorded in timeline entries. */
  stage: string;
  /** Aborted when an enclosing timeout fires. */
  signal?: AbortSignal;
  /** Timeline the `instrumented` combinator appends to. */
  timeline: TimelineEntry[];
  logger: Logger;
  /**
   * Starts the deadline timer of `timeout`: calls `fire` after `ms` and returns a cancel function. Defaults
   * to setTimeout; tests fire it on an event instead (a child has started), never on the wall clock.
   */
  startTimer?: (ms: number, fire: () => void) => () => void;
  /** Waits `ms` milliseconds (replaceable so retry tests do not sleep). Defaults to a real timer. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Attempt counter written by `retry`, read by `instrumented`. */
  attempts?: { count: number };
  /** Alternative name written by `fallback`, read by `instrumented`. */
  servedBy?: { name?: string };
}

/** A step: an async function of its input and the step context. */
export type Step<I, O> = (input: I, ctx: StepContext) => Promise<O>;

/** Creates a StepContext with an empty timeline. */
export function createStepContext(stage: string, logger: Logger = silentLogger, timeline: TimelineEntry[] = []): StepContext {
  return { stage, logger, timeline };
}

/** The value of a settled promise, or its error thrown: answers asked at once, judged one by one. */
export function settledValue<T>(r: PromiseSettledResult<T>): T {
  if (r.status === 'rejected') throw r.reason;
  return r.value;
}

/** Real sleep that rejects when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function abortError(signal?: AbortSignal): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error ? reason : new ReleaseError('TIMEOUT', 'The operation was aborted', 'Raise the timeout.');
}

/** How `retry` waits and decides. */
export interface RetryOptions {
  /** Total attempts including the first. */
  attempts: number;
  /** Delay before the second attempt, in ms. Defaults to 1000. */
  baseDelayMs?: number;
  /** Upper bound of one delay, in ms. Defaults to 30000. */
  maxDelayMs?: number;
  /** `exponential` doubles the delay each time; `constant` keeps it. Defaults to exponential. */
  backoff?: 'exponential' | 'constant';
  /** Fraction of the delay randomised (0 to 1). Defaults to 0.2. */
  jitter?: number;
  /** Which errors are worth another attempt. Defaults to ReleaseErrors marked transient. */
  isTransient?: (err: unknown) => boolean;
  /** Called before each wait (for logs). */
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void;
  /** Random source in [0, 1). Defaults to Math.random. */
  random?: () => number;
}

/** The delay before attempt `attempt + 1` (attempt counts from 1). */
export function backoffDelay(attempt: number, options: RetryOptions): number {
  const base = options.baseDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 30000;
  const raw = options.backoff === 'constant' ? base : base * 2 ** (attempt - 1);
  const capped = Math.min(raw, max);
  const jitter = options.jitter ?? 0.2;
  const r = (options.random ?? Math.random)();
  return Math.max(0, Math.round(capped * (1 - jitter + 2 * jitter * r)));
}

/** Default transient test: a ReleaseError that says so. */
export function isTransientError(err: unknown): boolean {
  return err instanceof ReleaseError && err.transient;
}

/** Retries a step on transient errors with backoff; a permanent error or the last failure is rethrown. */
export function retry<I, O>(step: Step<I, O>, options: RetryOptions): Step<I, O> {
  const isTransient = options.isTransient ?? isTransientError;
  return async (input, ctx) => {
    const counter = ctx.attempts ?? { count: 0 };
    for (let attempt = 1; ; attempt++) {
      counter.count = attempt;
      try {
        return await step(input, { ...ctx, attempts: counter });
      } catch (err) {
        if (attempt >= options.attempts || !isTransient(err) || ctx.signal?.aborted) throw err;
        const delay = backoffDelay(attempt, options);
        options.onRetry?.(err, attempt, delay);
        ctx.logger.info(`attempt ${attempt} failed (${err instanceof Error ? err.message : String(err)}); retrying in ${delay} ms`);
        await (ctx.sleep ?? sleep)(delay, ctx.signal);
      }
    }
  };
}

/** One named alternative for `fallback`. */
export interface Alternative<I, O> {
  name: string;
  step: Step<I, O>;
}

/** The output of a fallback: the value and which alternative produced it. */
export interface FallbackResult<O> {
  value: O;
  servedBy: string;
  /** Errors of the alternatives that failed before, by name. */
  failures: { name: string; error: unknown }[];
}

/** Tries alternatives in order until one succeeds; records which one served. Throws the last error. */
export function fallback<I, O>(alternatives: Alternative<I, O>[], options: { shouldFallback?: (err: unknown) => boolean } = {}): Step<I, FallbackResult<O>> {
  return async (input, ctx) => {
    const failures: { name: string; error: unknown }[] = [];
    for (const [i, alt] of alternatives.entries()) {
      try {
        const value = await alt.step(input, ctx);
        if (ctx.servedBy) ctx.servedBy.name = alt.name;
        return { value, servedBy: alt.name, failures };
      } catch (err) {
        failures.push({ name: alt.name, error: err });
        const last = i === alternatives.length - 1;
        if (last || (options.shouldFallback && !options.shouldFallback(err))) throw err;
        ctx.logger.warning(`${alt.name} failed (${err instanceof Error ? err.message : String(err)}); falling back to ${alternatives[i + 1].name}`);
      }
    }
    throw new ReleaseError('BAD_INPUT', 'fallback() needs at least one alternative', 'Pass one or more alternatives.');
  };
}

/**
 * Bounds a step's time. The step sees an AbortSignal in its context that fires at the deadline; child
 * processes started with that signal (core/exec) are killed with their whole process group.
 */
export function timeout<I, O>(step: Step<I, O>, ms: number, what = 'step'): Step<I, O> {
  return async (input, ctx) => {
    const controller = new AbortController();
    const error = new ReleaseError('TIMEOUT', `${what} did not finish within ${Math.round(ms / 1000)} s`, `Raise the ${what} timeout, or find out why it hangs.`, { transient: true });
    const onOuterAbort = (): void => controller.abort(ctx.signal?.reason);
    ctx.signal?.addEventListener('abort', onOuterAbort, { once: true });
    let cancel: (() => void) | undefined;
    const start = ctx.startTimer ?? ((delay: number, fire: () => void) => {
      const t = setTimeout(fire, delay);
      return () => clearTimeout(t);
    });
    const deadline = new Promise<never>((_, reject) => {
      cancel = start(ms, () => {
        controller.abort(error);
        reject(error);
      });
    });
    try {
      return await Promise.race([step(input, { ...ctx, signal: controller.signal }), deadline]);
    } finally {
      cancel?.();
      ctx.signal?.removeEventListener('abort', onOuterAbort);
    }
  };
}

/** Records a span (start, duration, outcome, attempts) for the step in the context timeline. */
export function instrumented<I, O>(name: string, step: Step<I, O>, options: { skipped?: (output: O) => boolean; failed?: (output: O) => boolean } = {}): Step<I, O> {
  return async (input, ctx) => {
    const started = new Date();
    const attempts = { count: 1 };
    const servedBy: { name?: string } = {};
    const record = (outcome: TimelineEntry['outcome']): void => {
      const entry: TimelineEntry = {
        stage: ctx.stage,
        step: name,
        started_at: started.toISOString(),
        duration_ms: Date.now() - started.getTime(),
        outcome,
        attempts: Math.max(1, attempts.count),
      };
      if (servedBy.name) entry.served_by = servedBy.name;
      ctx.timeline.push(entry);
    };
    try {
      const out = await ctx.logger.group(name, () => step(input, { ...ctx, attempts, servedBy }));
      // A step that records a failed check without throwing (the gate's checks) is still a failed step.
      record(options.failed?.(out) ? 'failure' : options.skipped?.(out) ? 'skipped' : 'success');
      return out;
    } catch (err) {
      record('failure');
      throw err;
    }
  };
}
