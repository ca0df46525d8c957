/** The one recording Logger of the suite: stages and clients log into it, tests read what they were told. */
import type { Logger } from '../../src/core/log.js';

/** One call on the logger, in order (`secret` for setSecret, `group` for a group's start). */
export interface LogEvent {
  kind: 'info' | 'warning' | 'debug' | 'group' | 'secret';
  text: string;
}

/** A Logger that keeps every call. */
export interface RecordingLogger extends Logger {
  /** Every line as `info: …`, `warning: …`, `debug: …` or `group: <name>` (secrets are not lines). */
  lines: string[];
  /** Every value passed to setSecret, in order, repeats included. */
  secrets: string[];
  /** Every call in order, secrets included (to check a secret was registered before it was logged). */
  events: LogEvent[];
}

/** Creates a RecordingLogger; groups run their function right away. */
export function recordingLogger(): RecordingLogger {
  const lines: string[] = [];
  const secrets: string[] = [];
  const events: LogEvent[] = [];
  const line = (kind: Exclude<LogEvent['kind'], 'secret'>, text: string): void => {
    events.push({ kind, text });
    lines.push(`${kind}: ${text}`);
  };
  return {
    lines,
    secrets,
    events,
    info: (m) => line('info', m),
    warning: (m) => line('warning', m),
    debug: (m) => line('debug', m),
    group: (name, fn) => {
      line('group', name);
      return fn();
    },
    setSecret: (s) => {
      events.push({ kind: 'secret', text: s });
      secrets.push(s);
    },
  };
}
