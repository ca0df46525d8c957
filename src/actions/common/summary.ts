import type { TimelineEntry } from '../../core/combinators.js';

/** Escapes a value for a markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Seconds with one decimal, for tables. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A markdown table of the steps of one stage (or all): step, duration, attempts, outcome. */
export function stepsTable(timeline: TimelineEntry[], stage?: string): string {
  const rows = timeline.filter((t) => !stage || t.stage === stage);
  const icon: Record<TimelineEntry['outcome'], string> = { success: '✅', failure: '❌', skipped: '⏭️' };
  const lines = ['| step | duration | attempts | outcome |', '|---|---:|---:|---|'];
  for (const r of rows) {
    const served = r.served_by ? ` (served by ${r.served_by})` : '';
    lines.push(`| ${cell(`${stage ? '' : `${r.stage} › `}${r.step}`)} | ${seconds(r.duration_ms)} | ${r.attempts} | ${icon[r.outcome]} ${r.outcome}${cell(served)} |`);
  }
  return lines.join('\n');
}

/** A Mermaid gantt chart of the release timeline so far (one section per stage). */
export function timelineGantt(timeline: TimelineEntry[]): string {
  if (timeline.length === 0) return '';
  const t0 = Math.min(...timeline.map((t) => Date.parse(t.started_at)));
  const lines = ['```mermaid', 'gantt', '  title Release timeline', '  dateFormat x', '  axisFormat %M:%S'];
  let stage = '';
  timeline.forEach((t, i) => {
    if (t.stage !== stage) {
      stage = t.stage;
      lines.push(`  section ${stage}`);
    }
    const start = Date.parse(t.started_at) - t0;
    const tag = t.outcome === 'failure' ? 'crit, ' : '';
    lines.push(`  ${t.step.replace(/[:#]/g, ' ')} :${tag}s${i}, ${start}, ${Math.max(1, t.duration_ms)}ms`);
  });
  lines.push('```');
  return lines.join('\n');
}

/** The job summary of a stage: a one-sentence decision, details, the steps table and the gantt. */
export function renderStageSummary(input: { title: string; decision: string; details?: string[]; timeline: TimelineEntry[]; stage: string }): string {
  const parts = [`## ${input.title}`, '', `**${input.decision}**`, ''];
  if (input.details?.length) parts.push(...input.details, '');
  parts.push('### Steps', '', stepsTable(input.timeline, input.stage), '');
  const gantt = timelineGantt(input.timeline);
  if (gantt) parts.push('<details><summary>Release timeline</summary>', '', gantt, '', '</details>', '');
  return parts.join('\n');
}
