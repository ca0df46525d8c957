/**
 * Where the time of a local release goes, for `npm run demo -- --bench-overhead` (and the benchmark that
 * runs it): the raw tools the release drives (every child process: git, pytest, build, venv, pip, …), the
 * deliberate waits (registry propagation polls, backoff), and the rest, which is our code.
 */
import { basename } from 'node:path';
import type { Exec } from '../src/core/exec.js';

/** One interval on the performance.now() clock. */
export interface Span {
  start: number;
  end: number;
  label: string;
}

/** Total length of the union of the spans (overlapping child processes count once). */
export function unionMs(spans: readonly Span[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let total = 0;
  let from = -Infinity;
  let to = -Infinity;
  for (const s of sorted) {
    if (s.start > to) {
      if (to > from) total += to - from;
      from = s.start;
      to = s.end;
    } else if (s.end > to) to = s.end;
  }
  if (to > from) total += to - from;
  return total;
}

/** A short name for a tool invocation: `git`, `pytest`, `build`, `venv`, `pip`, `python -c`, `npm`, … */
export function toolLabel(file: string, args: readonly string[]): string {
  const name = basename(file).replace(/\.exe$/, '');
  if (/^python/.test(name)) {
    const m = args.indexOf('-m');
    if (m >= 0 && args[m + 1]) return args[m + 1].replace(/^pytest$/, 'pytest');
    if (args.includes('-c')) return 'python -c';
    return 'python';
  }
  return name;
}

/** The breakdown of one measured window. */
export interface OverheadReport {
  total_s: number;
  tools_s: number;
  waits_s: number;
  ours_s: number;
  /** Our code as a share of the whole release, in %. */
  ours_pct_of_total: number;
  /** Our code over the raw tools' time, in % (the benchmark's target). */
  overhead_pct: number;
  processes: number;
  by_tool: Record<string, { count: number; s: number }>;
}

/** Records child processes and waits through wrapped Exec and sleep functions. */
export class OverheadMeter {
  readonly tools: Span[] = [];
  readonly waits: Span[] = [];

  /** An Exec that records how long each child process ran. */
  wrapExec(inner: Exec): Exec {
    return async (file, args, options) => {
      const start = performance.now();
      try {
        return await inner(file, args, options);
      } finally {
        this.tools.push({ start, end: performance.now(), label: toolLabel(file, args) });
      }
    };
  }

  /** A sleep that records the wait. */
  sleep = async (ms: number): Promise<void> => {
    const start = performance.now();
    await new Promise((resolve) => setTimeout(resolve, ms));
    this.waits.push({ start, end: performance.now(), label: 'wait' });
  };

  /** The breakdown of [start, end]: waits count only where no tool ran at the same time. */
  report(start: number, end: number): OverheadReport {
    const tools = unionMs(this.tools);
    const waits = unionMs([...this.tools, ...this.waits]) - tools;
    const total = end - start;
    const ours = Math.max(0, total - tools - waits);
    const byTool: Record<string, { count: number; s: number }> = {};
    for (const t of this.tools) {
      const e = (byTool[t.label] ??= { count: 0, s: 0 });
      e.count++;
      e.s += (t.end - t.start) / 1000;
    }
    const r3 = (x: number): number => Math.round(x * 1000) / 1000;
    for (const e of Object.values(byTool)) e.s = r3(e.s);
    return {
      total_s: r3(total / 1000),
      tools_s: r3(tools / 1000),
      waits_s: r3(waits / 1000),
      ours_s: r3(ours / 1000),
      ours_pct_of_total: Math.round((ours / total) * 1000) / 10,
      overhead_pct: tools > 0 ? Math.round((ours / tools) * 1000) / 10 : 0,
      processes: this.tools.length,
      by_tool: byTool,
    };
  }
}

/** The human-readable breakdown plus one `BENCH {json}` line for the benchmark. */
export function renderOverhead(r: OverheadReport): string {
  const tools = Object.entries(r.by_tool)
    .sort((a, b) => b[1].s - a[1].s)
    .map(([k, v]) => `${k} ${v.s.toFixed(2)} s${v.count > 1 ? ` (${v.count}×)` : ''}`)
    .join(', ');
  return [
    `  whole release   ${r.total_s.toFixed(2)} s`,
    `  raw tools       ${r.tools_s.toFixed(2)} s  ${r.processes} processes: ${tools}`,
    `  waits           ${r.waits_s.toFixed(2)} s  registry propagation polls and backoff, no process running`,
    `  our code        ${r.ours_s.toFixed(2)} s  ${r.ours_pct_of_total}% of the release, ${r.overhead_pct}% over the raw tools (includes the loopback GitHub and index servers, which run in this process)`,
    `BENCH ${JSON.stringify(r)}`,
  ].join('\n');
}
