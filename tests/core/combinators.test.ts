import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { backoffDelay, createStepContext, fallback, instrumented, retry, timeout } from '../../src/core/combinators.js';
import { pollUntil } from '../../src/core/poll.js';
import { ReleaseError } from '../../src/core/errors.js';
import { exec } from '../../src/core/exec.js';

const noSleep = { sleep: async () => undefined };

/** Running (not gone, not a zombie waiting for a reaper that may never come in a container). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) [ZX]/.test(stat);
  } catch {
    return false;
  }
}

describe('retry', () => {
  test('retries transient errors and succeeds', async () => {
    let calls = 0;
    const step = retry(async () => {
      calls++;
      if (calls < 3) throw new ReleaseError('UPLOAD_FAILED', '503', 'wait', { transient: true });
      return 'ok';
    }, { attempts: 5 });
    expect(await step(undefined, { ...createStepContext('t'), ...noSleep })).toBe('ok');
    expect(calls).toBe(3);
  });

  test('does not retry a permanent error', async () => {
    let calls = 0;
    const step = retry(async () => {
      calls++;
      throw new ReleaseError('ALREADY_PUBLISHED_DIFFERENT', '400', 'no');
    }, { attempts: 5 });
    await expect(step(undefined, { ...createStepContext('t'), ...noSleep })).rejects.toMatchObject({ code: 'ALREADY_PUBLISHED_DIFFERENT' });
    expect(calls).toBe(1);
  });

  test('gives up after the last attempt', async () => {
    let calls = 0;
    const step = retry(async () => {
      calls++;
      throw new ReleaseError('UPLOAD_FAILED', '503', 'wait', { transient: true });
    }, { attempts: 3 });
    await expect(step(undefined, { ...createStepContext('t'), ...noSleep })).rejects.toThrow('503');
    expect(calls).toBe(3);
  });

  test('exponential backoff doubles and is capped; constant stays', () => {
    const mid = { random: () => 0.5 };
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, { attempts: 5, baseDelayMs: 100, maxDelayMs: 500, ...mid }))).toEqual([100, 200, 400, 500]);
    expect([1, 2, 3].map((a) => backoffDelay(a, { attempts: 5, baseDelayMs: 100, backoff: 'constant', ...mid }))).toEqual([100, 100, 100]);
    const low = backoffDelay(1, { attempts: 2, baseDelayMs: 1000, jitter: 0.2, random: () => 0 });
    const high = backoffDelay(1, { attempts: 2, baseDelayMs: 1000, jitter: 0.2, random: () => 0.999999 });
    expect(low).toBe(800);
    expect(high).toBe(1200);
  });
});

describe('fallback', () => {
  test('records which alternative served', async () => {
    const ctx = createStepContext('t');
    const step = instrumented('publish', fallback([
      { name: 'primary', step: async () => { throw new Error('down'); } },
      { name: 'secondary', step: async () => 'done' },
    ]));
    const r = await step(undefined, ctx);
    expect(r).toMatchObject({ value: 'done', servedBy: 'secondary' });
    expect(r.failures.map((f) => f.name)).toEqual(['primary']);
    expect(ctx.timeline[0]).toMatchObject({ step: 'publish', outcome: 'success', served_by: 'secondary' });
  });

  test('throws the last error when all fail', async () => {
    const step = fallback([
      { name: 'a', step: async () => { throw new Error('a down'); } },
      { name: 'b', step: async () => { throw new Error('b down'); } },
    ]);
    await expect(step(undefined, createStepContext('t'))).rejects.toThrow('b down');
  });
});

describe('timeout', () => {
  test('the deadline rejects with TIMEOUT and aborts the step\'s signal', async () => {
    let seen: AbortSignal | undefined;
    const step = timeout(async (_: void, ctx) => {
      seen = ctx.signal;
      await new Promise(() => undefined); // never settles on its own
    }, 50, 'test');
    await expect(step(undefined, createStepContext('t'))).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(seen?.aborted).toBe(true);
  });

  // Driven by events, not by the clock (issue 11, item 9): the abort comes once the grandchild's pid file
  // exists, and the check waits for the process to be gone (jest's timeout is the only bound).
  test('an abort kills the whole child process tree it started', async () => {
    const dir = execFileSync('mktemp', ['-d']).toString().trim();
    const pidFile = `${dir}/grandchild.pid`;
    const outer = new AbortController();
    const step = timeout(async (_: void, ctx) => {
      // A shell script that starts a grandchild `sleep` and waits: the tree, not just the child, must go.
      await exec('bash', ['-c', 'sleep 300 & echo $! > "$1.tmp"; mv "$1.tmp" "$1"; wait', 'bash', pidFile], { signal: ctx.signal });
      return 'finished';
    }, 10 * 60_000, 'test');
    const running = step(undefined, { ...createStepContext('t'), signal: outer.signal });
    while (!existsSync(pidFile)) await new Promise((r) => setTimeout(r, 10));
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(pid).toBeGreaterThan(0);
    outer.abort(new ReleaseError('TIMEOUT', 'aborted by the test', 'x'));
    await expect(running).rejects.toMatchObject({ code: 'TIMEOUT' });
    while (alive(pid)) await new Promise((r) => setTimeout(r, 10));
    expect(alive(pid)).toBe(false);
  });

  test('instrumented records failures with attempts', async () => {
    const ctx = createStepContext('gate');
    const step = instrumented('tests', retry(async () => { throw new ReleaseError('TIMEOUT', 'slow', 'x', { transient: true }); }, { attempts: 2 }));
    await expect(step(undefined, { ...ctx, ...noSleep })).rejects.toThrow('slow');
    expect(ctx.timeline).toHaveLength(1);
    expect(ctx.timeline[0]).toMatchObject({ stage: 'gate', step: 'tests', outcome: 'failure', attempts: 2 });
  });
});

describe('pollUntil (virtual clock)', () => {
  const clock = (): { now: () => number; sleep: (ms: number) => Promise<void>; at: number[] } => {
    let t = 0;
    const at: number[] = [];
    return { at, now: () => t, sleep: async (ms) => void (t += ms) };
  };

  test('the last poll is at the deadline, never before it', async () => {
    const c = clock();
    const r = await pollUntil(async () => (c.at.push(c.now()), { done: false as const, pending: 'x' }), { timeoutMs: 20_000, intervalMs: 10_000, maxIntervalMs: 60_000, factor: 1.5, now: c.now, sleep: c.sleep });
    expect(c.at).toEqual([0, 10_000, 20_000]);
    expect(r).toMatchObject({ done: false, polls: 3, elapsedMs: 20_000 });
  });

  test('stops at the first poll that is done', async () => {
    const c = clock();
    const r = await pollUntil(async (n) => (n === 2 ? { done: true as const, value: n } : { done: false as const, pending: n }), { timeoutMs: 60_000, intervalMs: 1000, maxIntervalMs: 60_000, now: c.now, sleep: c.sleep });
    expect(r).toMatchObject({ value: 2, done: true, polls: 2 });
    expect(c.now()).toBe(1000);
  });
});
