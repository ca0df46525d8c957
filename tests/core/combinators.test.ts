import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { backoffDelay, createStepContext, fallback, instrumented, retry, timeout } from '../../src/core/combinators.js';
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
  test('kills the whole child process tree it started', async () => {
    const dir = execFileSync('mktemp', ['-d']).toString().trim();
    const pidFile = `${dir}/grandchild.pid`;
    const step = timeout(async (_: void, ctx) => {
      // A shell script that starts a grandchild `sleep` and waits: the tree, not just the child, must go.
      await exec('bash', ['-c', 'sleep 300 & echo $! > "$1"; wait', 'bash', pidFile], { signal: ctx.signal });
      return 'finished';
    }, 500, 'test');
    await expect(step(undefined, createStepContext('t'))).rejects.toMatchObject({ code: 'TIMEOUT' });
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await new Promise((r) => setTimeout(r, 200));
    expect(pid).toBeGreaterThan(0);
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
