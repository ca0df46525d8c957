/**
 * Rows of docs/reliability.md, collected as data while the reliability and hardening tests run. Tests never
 * write the document: when RELIABILITY_ROWS names a file (scripts/reliability-report.mjs sets it to one in a
 * temporary directory) each row is appended to it as a JSON line; otherwise rows are dropped.
 */
import { appendFileSync } from 'node:fs';

/** One row: one fault (or hang) on one network step, what happened, and what a re-run did. */
export interface ReliabilityRow {
  /** Table the row belongs to: `faults` (retries and re-runs) or `hangs` (deadlines). */
  table: 'faults' | 'hangs';
  step: string;
  fault: string;
  attempts?: string;
  retried?: string;
  outcome: string;
  /** Wall-clock ms of the run that met the fault (data, never asserted on). */
  ms: number | string;
  rerun?: string;
  notes?: string;
}

/** Appends `row` to the file RELIABILITY_ROWS names, if any. */
export function recordRow(row: ReliabilityRow): void {
  const file = process.env.RELIABILITY_ROWS;
  if (file) appendFileSync(file, `${JSON.stringify(row)}\n`);
}
