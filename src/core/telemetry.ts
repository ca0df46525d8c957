import { createHash } from 'node:crypto';
import type { ReleaseContext } from './context.js';

/** Escapes a Prometheus label value. */
function label(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/**
 * The release's metrics in Prometheus text exposition format: total and per-stage durations, the gate
 * decision, publish attempts and verification time.
 */
export function renderPrometheus(ctx: ReleaseContext, extra: { publishSeconds?: number } = {}): string {
  const pkg = `package="${label(ctx.package.name)}",version="${label(ctx.version?.next ?? '')}"`;
  const byStage = new Map<string, number>();
  for (const t of ctx.timeline) byStage.set(t.stage, (byStage.get(t.stage) ?? 0) + t.duration_ms / 1000);
  const total = [...byStage.values()].reduce((a, b) => a + b, 0);
  const lines = [
    '# HELP release_duration_seconds Time spent in all release stages so far.',
    '# TYPE release_duration_seconds gauge',
    `release_duration_seconds{${pkg}} ${total.toFixed(3)}`,
    '# HELP release_stage_duration_seconds Time spent in one release stage.',
    '# TYPE release_stage_duration_seconds gauge',
    ...[...byStage].map(([stage, s]) => `release_stage_duration_seconds{${pkg},stage="${label(stage)}"} ${s.toFixed(3)}`),
    '# HELP release_gate_approved 1 when the quality gate approved the release.',
    '# TYPE release_gate_approved gauge',
    `release_gate_approved{${pkg}} ${ctx.gate?.status === 'approved' ? 1 : 0}`,
    '# HELP release_publish_attempts_total Upload attempts made while publishing.',
    '# TYPE release_publish_attempts_total counter',
    `release_publish_attempts_total{${pkg}} ${ctx.publish?.attempts ?? 0}`,
    '# HELP release_verify_seconds Time until the registry served the release.',
    '# TYPE release_verify_seconds gauge',
    `release_verify_seconds{${pkg}} ${(ctx.publish?.verify_s ?? 0).toFixed(3)}`,
    '# HELP release_degraded 1 when the release went to a fallback registry.',
    '# TYPE release_degraded gauge',
    `release_degraded{${pkg}} ${ctx.publish?.degraded ? 1 : 0}`,
  ];
  if (extra.publishSeconds !== undefined) {
    lines.push('# HELP release_publish_stage_seconds Wall time of the publish stage.', '# TYPE release_publish_stage_seconds gauge', `release_publish_stage_seconds{${pkg}} ${extra.publishSeconds.toFixed(3)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A deterministic hex id of `bytes` bytes derived from text (trace and span ids). */
function hexId(text: string, bytes: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, bytes * 2);
}

/** The timeline as an OTLP/HTTP JSON trace request: one trace per release, one span per step. */
export function toOtlpJson(ctx: ReleaseContext): unknown {
  const traceId = hexId(ctx.id, 16);
  const spans = ctx.timeline.map((t, i) => {
    const start = BigInt(Date.parse(t.started_at)) * 1_000_000n;
    const end = start + BigInt(Math.round(t.duration_ms)) * 1_000_000n;
    return {
      traceId,
      spanId: hexId(`${ctx.id}/${i}`, 8),
      name: `${t.stage}/${t.step}`,
      kind: 1,
      startTimeUnixNano: start.toString(),
      endTimeUnixNano: end.toString(),
      attributes: [
        { key: 'release.stage', value: { stringValue: t.stage } },
        { key: 'release.attempts', value: { intValue: String(t.attempts) } },
        ...(t.served_by ? [{ key: 'release.served_by', value: { stringValue: t.served_by } }] : []),
      ],
      status: { code: t.outcome === 'failure' ? 2 : 1 },
    };
  });
  return {
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'release-relay' } }, { key: 'release.package', value: { stringValue: ctx.package.name } }, { key: 'release.version', value: { stringValue: ctx.version?.next ?? '' } }] },
        scopeSpans: [{ scope: { name: 'release-relay' }, spans }],
      },
    ],
  };
}

/** Sends the timeline to an OTLP/HTTP collector (`{endpoint}/v1/traces`, JSON encoding). */
export async function exportOtlp(endpoint: string, ctx: ReleaseContext, fetchImpl: typeof fetch = fetch): Promise<void> {
  const url = `${endpoint.replace(/\/$/, '')}/v1/traces`;
  const res = await fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(toOtlpJson(ctx)), signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`OTLP collector answered ${res.status} ${res.statusText}`);
}
