import type { Logger } from '../core/log.js';

/** Where progress goes: process.stderr, or a test's recorder that says whether it is a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Options of the progress logger. */
export interface ProgressOptions {
  stream: ProgressStream;
  /**
   * Draw a live line (spinner, elapsed time, the tool's last output line) that is rewritten in place.
   * Only for a terminal outside CI; otherwise every line is plain text without control characters.
   */
  live: boolean;
  /** Print the tools' output lines (debug) as well. Defaults to false. */
  debug?: boolean;
  /** Milliseconds clock. Defaults to Date.now (tests inject their own). */
  now?: () => number;
  /**
   * Starts calling `redraw` periodically while a step runs; returns a stop function. Defaults to a 200 ms
   * interval timer (unref'd). Tests pass a manual ticker.
   */
  ticker?: (redraw: () => void) => () => void;
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
// eslint-disable-next-line no-control-regex
const CONTROL = /\u001b\[[0-9;?]*[A-Za-z]|[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Seconds with one decimal. */
function elapsed(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Removes ANSI sequences and control characters a tool printed, so plain output stays plain. */
export function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}

interface OpenStep {
  name: string;
  started: number;
  last: string;
}

/**
 * A Logger for terminals: every step (a `group`, which is what `instrumented` opens) prints its start and
 * its end with the elapsed time; on a live terminal a spinner line shows the running step, its time so far
 * and the last line its tools printed. Secrets registered with setSecret are masked everywhere.
 */
export function progressLogger(options: ProgressOptions): Logger & { close(): void } {
  const now = options.now ?? Date.now;
  const stream = options.stream;
  const secrets: string[] = [];
  const stack: OpenStep[] = [];
  let frame = 0;
  let liveShown = false;
  let stopTicker: (() => void) | undefined;
  const mask = (s: string): string => secrets.reduce((acc, secret) => acc.split(secret).join('***'), s);
  const width = (): number => Math.max(40, (stream.columns ?? 80) - 1);

  const clearLive = (): void => {
    if (liveShown) stream.write('\r\u001b[2K');
    liveShown = false;
  };
  const drawLive = (): void => {
    const top = stack[stack.length - 1];
    if (!options.live || !top) return;
    const head = `${SPINNER[frame++ % SPINNER.length]} ${top.name} ${elapsed(now() - top.started)}`;
    const tail = top.last ? `  ${top.last}` : '';
    stream.write(`\r\u001b[2K${(head + tail).slice(0, width())}`);
    liveShown = true;
  };
  const line = (text: string): void => {
    clearLive();
    const indent = '  '.repeat(stack.length);
    // One write for the whole message: a dry run's diff is thousands of lines, and stderr writes are synchronous.
    stream.write(mask(stripControl(text)).split('\n').map((l) => `${indent}${l}\n`).join(''));
    drawLive();
  };
  const startTicker = (): void => {
    if (!options.live || stopTicker) return;
    const tick =
      options.ticker ??
      ((redraw: () => void) => {
        const t = setInterval(redraw, 200);
        t.unref();
        return () => clearInterval(t);
      });
    stopTicker = tick(() => drawLive());
  };

  return {
    info: (m) => line(m),
    warning: (m, loc) => line(`warning${loc ? ` ${loc.file}${loc.line ? `:${loc.line}` : ''}` : ''}: ${m}`),
    debug: (m) => {
      const top = stack[stack.length - 1];
      const clean = mask(stripControl(m)).trim();
      if (top && clean) top.last = clean;
      if (options.debug) line(`debug: ${m}`);
      else if (clean) drawLive();
    },
    group: async (name, fn) => {
      clearLive();
      const indent = '  '.repeat(stack.length);
      stream.write(`${indent}▸ ${mask(name)}\n`);
      const step: OpenStep = { name: mask(name), started: now(), last: '' };
      stack.push(step);
      startTicker();
      drawLive();
      try {
        const out = await fn();
        finish(step, '✔', indent);
        return out;
      } catch (err) {
        finish(step, '✖', indent);
        throw err;
      }
    },
    setSecret: (value) => {
      if (value && !secrets.includes(value)) secrets.push(value);
    },
    close: () => {
      clearLive();
      stopTicker?.();
      stopTicker = undefined;
    },
  };

  function finish(step: OpenStep, mark: string, indent: string): void {
    const i = stack.lastIndexOf(step);
    if (i >= 0) stack.splice(i, 1);
    clearLive();
    stream.write(`${indent}${mark} ${step.name} (${elapsed(now() - step.started)})\n`);
    if (stack.length === 0) {
      stopTicker?.();
      stopTicker = undefined;
    } else drawLive();
  }
}
