import { setFlagsFromString } from 'node:v8';

/** Records read from one git stream after which a run counts as long (a whole history, not a release). */
export const LONG_READ_RECORDS = 20_000;

/** The V8 flags favourMemoryOverSpeed sets (see there for why). */
export const MEMORY_FLAGS = ['--optimize-for-size', '--semi-space-growth-factor=1'] as const;

let favoured = false;

/** Whether this process has switched to favouring memory (for tests and diagnostics). */
export function memoryFavoured(): boolean {
  return favoured;
}

/**
 * Tells V8 to keep the heap small for the rest of this process: once per process, from the first long read.
 *
 * A long history read allocates hundreds of MB of short-lived strings while keeping only a few MB alive. V8
 * sizes its heap from that allocation rate: the young generation doubles up to its maximum and the old space
 * grows between full collections, so peak RSS grows with the history (at 300k commits: +60 % on Node 20,
 * +150 % on Node 24) although the live data does not. `--optimize-for-size` makes the heap grow less and
 * collect sooner; `--semi-space-growth-factor=1` keeps the young generation at its start size (Node 20 needs
 * it; newer V8 raises the factor to its minimum of 2, where `--optimize-for-size` alone suffices). Both are
 * read by the collector at run time, so they take effect mid-run; bench/results.md has the measurements.
 * Short runs never get here: they keep V8's defaults, which are faster for them.
 */
export function favourMemoryOverSpeed(): void {
  if (favoured) return;
  favoured = true;
  for (const flag of MEMORY_FLAGS) setFlagsFromString(flag);
}
