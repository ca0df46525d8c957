import type { ReleaseContext } from '../core/context.js';
import { CommandFailedError } from '../core/exec.js';
import { stripControl } from './progress.js';

/** The last `n` non-blank lines of a text. */
function tail(text: string, n: number): string[] {
  return stripControl(text).split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '').slice(-n);
}

/**
 * The decisive lines behind a failure that its own message does not show, for the terminal: the causes
 * (with their last lines), a failed command's last output lines, an HTTP status and body excerpt.
 */
export function errorEvidence(err: unknown): string[] {
  const lines: string[] = [];
  const shown = [err instanceof Error ? err.message : String(err)];
  let current: unknown = err;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as Error & { status?: number; response?: { data?: unknown } };
    const message = e instanceof Error ? e.message : String(current);
    if (depth > 0 && !shown.some((m) => m.includes(message.split('\n')[0]))) {
      shown.push(message);
      const [first, ...rest] = stripControl(message).split('\n');
      lines.push(`caused by: ${first}`, ...tail(rest.join('\n'), 12).map((l) => `  │ ${l}`));
    }
    if (current instanceof CommandFailedError) {
      const out = tail(current.result.stderr || current.result.stdout, 12).filter((l) => !shown.some((m) => m.includes(l)));
      lines.push(...out.map((l) => `  │ ${l}`));
    }
    if (typeof e.status === 'number' && !shown.some((m) => m.includes(String(e.status)))) lines.push(`  │ HTTP ${e.status}`);
    if (e.response?.data !== undefined) lines.push(`  │ ${JSON.stringify(e.response.data).slice(0, 300)}`);
    current = e instanceof Error ? e.cause : undefined;
  }
  return lines;
}

/** The failed gate checks with the lines that decide them (failing test ids, pip's last error lines, …). */
export function gateEvidence(context: ReleaseContext | undefined): string[] {
  const lines: string[] = [];
  for (const c of context?.gate?.checks ?? []) {
    if (c.ok || c.skipped) continue;
    const [first, ...rest] = (c.detail ?? 'failed').split('\n');
    lines.push(`✖ ${c.name}: ${stripControl(first)}`, ...tail(rest.join('\n'), 12).map((l) => `  │ ${l}`));
  }
  return lines;
}

/**
 * A stage's error text in the CLI's words: `input "x"`, `` input `x` `` and `set x: true` become `--x` when
 * x is an option, and the token inputs become `--token-env` (secrets never go on the command line).
 */
export function asCliWording(text: string, options: Set<string>, secrets: Set<string>): string {
  const name = (n: string): string | undefined => (secrets.has(n) ? '--token-env (the variable holding the token)' : options.has(n) ? `--${n}` : undefined);
  return text
    .replace(/\b[Ii]nputs? ["`]([a-z][a-z0-9-]*)["`]/g, (all, n: string) => name(n) ?? all)
    .replace(/\b([Ss]et) "?([a-z][a-z0-9-]*)"?: (true|false)\b/g, (all, verb: string, n: string, v: string) => (options.has(n) ? `${verb === 'Set' ? 'Pass' : 'pass'} --${n}${v === 'true' ? '' : '=false'}` : all));
}
