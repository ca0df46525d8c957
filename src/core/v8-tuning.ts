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
  // A long read is where the top tier pays for itself (see favourShortRun).
  if (topTierOff) {
    topTierOff = false;
    setFlagsFromString(TOP_TIER_ON);
  }
}

/** The flag favourShortRun sets, and the one a long read sets back. (`--turbofan` is V8's name since Node 20; `--opt` is its alias.) */
export const TOP_TIER_OFF = '--no-turbofan';
export const TOP_TIER_ON = '--turbofan';

let topTierOff = false;

/** Whether V8's top tier is off in this process (for tests and diagnostics). */
export function topTierDisabled(): boolean {
  return topTierOff;
}

/**
 * Tells V8 not to compile with its top tier (TurboFan) for the rest of this process, unless a long read
 * follows (favourMemoryOverSpeed turns it back on). For the entry points of short runs: a prepare.
 *
 * A prepare is a 0.1–0.2 s process whose one hot loop, parsing the commits since the last release, lasts
 * ~40 ms. V8 marks the parser's functions hot within it and compiles them with TurboFan on background
 * threads: on Node 20 that was ~150 ms of CPU (parseCommit alone 25 ms) for code that arrived after the loop
 * had ended, and on a 2-core runner those threads take the cores from git and from the collector's helpers,
 * whose scavenges then wait. Without it the lower tiers (Sparkplug, and Maglev on Node 22+) run the loop.
 * Measured on the bench's 100k-commit history (prepare --dry-run, interleaved medians of 25): Node 20 179 → 164 ms,
 * Node 24 161 → 153 ms.
 * Not set for in-process callers (tests, the relay): it would hold for the whole process.
 */
export function favourShortRun(): void {
  if (topTierOff || favoured) return;
  topTierOff = true;
  setFlagsFromString(TOP_TIER_OFF);
}
