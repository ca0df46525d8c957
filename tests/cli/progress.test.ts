/**
 * The progress renderer, driven with an injected stream (that says whether it is a terminal), an injected
 * clock and a manual ticker: no real time passes, nothing depends on speed.
 */
import { describe, expect, test } from '@jest/globals';
import { progressLogger } from '../../src/command-line/progress.js';

/** A stream that records everything written to it. */
function recorder(isTTY: boolean): { write(s: string): boolean; isTTY: boolean; columns: number; text: string } {
  return {
    isTTY,
    columns: 60,
    text: '',
    write(s: string) {
      this.text += s;
      return true;
    },
  };
}

/** A manual clock and ticker. */
function controls() {
  let now = 1_000;
  let redraw: (() => void) | undefined;
  let stopped = 0;
  return {
    now: () => now,
    advance: (ms: number) => (now += ms),
    ticker: (fn: () => void) => {
      redraw = fn;
      return () => void (stopped += 1);
    },
    tick: () => redraw?.(),
    get stopped() {
      return stopped;
    },
  };
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

describe('on a terminal (live)', () => {
  test('a step prints its start, a live line with elapsed time and the tool\'s last line, and its end with the time', async () => {
    const out = recorder(true);
    const c = controls();
    const log = progressLogger({ stream: out, live: true, now: c.now, ticker: c.ticker });
    await log.group('run tests', async () => {
      c.advance(1_500);
      log.debug('tests/test_text.py::test_wrap PASSED');
      c.advance(2_000);
      c.tick();
      expect(out.text.endsWith('\r\u001b[2K⠹ run tests 3.5 s  tests/test_text.py::test_wrap PASSED'.slice(0, '\r\u001b[2K'.length + 59))).toBe(true);
      log.info('test attempt 1: pytest');
    });
    log.close();
    const visible = out.text.split('\n').map((l) => l.split('\r').pop()?.split('\u001b[2K').join('') ?? '');
    expect(visible[0]).toBe('▸ run tests');
    expect(visible).toContain('  test attempt 1: pytest');
    expect(visible).toContain('✔ run tests (3.5 s)');
    // The live line is wiped before each permanent line, and the ticker stops with the last step.
    expect(out.text).toContain('\r\u001b[2K  test attempt 1: pytest\n');
    expect(c.stopped).toBe(1);
    // Truncated to the terminal's width.
    for (const frame of out.text.split('\r\u001b[2K')) expect(frame.split('\n')[0].length).toBeLessThanOrEqual(59);
  });

  test('a failing step ends with ✖ and its time, and the error goes on', async () => {
    const out = recorder(true);
    const c = controls();
    const log = progressLogger({ stream: out, live: true, now: c.now, ticker: c.ticker });
    await expect(
      log.group('upload', async () => {
        c.advance(250);
        throw new Error('403');
      }),
    ).rejects.toThrow('403');
    expect(out.text).toContain('✖ upload (0.3 s)\n');
  });
});

describe('not a terminal, or CI (plain)', () => {
  test('plain lines only: start and end of every step, nested steps indented, no control characters at all', async () => {
    const out = recorder(false);
    const c = controls();
    const log = progressLogger({ stream: out, live: false, now: c.now, ticker: c.ticker });
    await log.group('quality gate', async () => {
      await log.group('build', async () => {
        log.debug('\u001b[32mSuccessfully built\u001b[0m relay_example-0.2.0.tar.gz');
        c.advance(1_000);
      });
      log.warning('No other CI checks ran on the release commit.');
    });
    expect(out.text).toBe(['▸ quality gate', '  ▸ build', '  ✔ build (1.0 s)', '  warning: No other CI checks ran on the release commit.', '✔ quality gate (1.0 s)', ''].join('\n'));
    expect(CONTROL.test(out.text.replace(/\n/g, ''))).toBe(false);
  });

  test('--debug prints the tools\' lines with their colour codes stripped; secrets are masked everywhere', async () => {
    const out = recorder(false);
    const log = progressLogger({ stream: out, live: false, debug: true });
    log.setSecret('pypi-SECRET');
    await log.group('publish with pypi-SECRET', async () => {
      log.debug('\u001b[31mHTTPError: 403\u001b[0m token pypi-SECRET');
      log.info('Authorization: pypi-SECRET');
    });
    expect(out.text).not.toContain('pypi-SECRET');
    expect(out.text).toContain('  debug: HTTPError: 403 token ***\n');
    expect(out.text).toContain('▸ publish with ***\n');
    expect(CONTROL.test(out.text.replace(/\n/g, ''))).toBe(false);
  });
});
