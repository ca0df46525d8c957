import { describe, expect, test } from '@jest/globals';
import { pollUntil, type Poll } from '../../src/core/poll.js';

/** A fake clock that only moves when pollUntil sleeps: the waits are recorded, nothing really waits. */
function fakeTime(): { now: () => number; sleep: (ms: number) => Promise<void>; waits: number[] } {
  let t = 0;
  const waits: number[] = [];
  return {
    now: () => t,
    sleep: async (ms) => {
      waits.push(ms);
      t += ms;
    },
    waits,
  };
}

/** A poll that is pending `pendingFor` times, then done with 'ok'. */
function doneAfter(pendingFor: number): (n: number) => Promise<Poll<string, string>> {
  return async (n) => (n > pendingFor ? { done: true, value: 'ok' } : { done: false, pending: `pending ${n}` });
}

describe('pollUntil', () => {
  test('returns the value of the first done poll, with exponential waits capped at maxIntervalMs', async () => {
    const time = fakeTime();
    const seen: string[] = [];
    const r = await pollUntil(doneAfter(4), { intervalMs: 100, maxIntervalMs: 300, timeoutMs: 10_000, ...time, onPending: (p, n, ms) => seen.push(`${n}:${p}@${ms}`) });
    expect(r).toEqual({ done: true, value: 'ok', polls: 5, elapsedMs: 100 + 200 + 300 + 300 });
    expect(time.waits).toEqual([100, 200, 300, 300]);
    expect(seen).toEqual(['1:pending 1@0', '2:pending 2@100', '3:pending 3@300', '4:pending 4@600']);
  });

  test('a factor of 1.5 grows the wait by half (rounded)', async () => {
    const time = fakeTime();
    await pollUntil(doneAfter(3), { intervalMs: 5, factor: 1.5, maxIntervalMs: 1000, timeoutMs: 10_000, ...time });
    expect(time.waits).toEqual([5, 8, 12]);
  });

  test('waits until the deadline: the last wait shrinks to end at it and one last poll runs there (issue 11)', async () => {
    const time = fakeTime();
    const r = await pollUntil(doneAfter(100), { intervalMs: 100, maxIntervalMs: 1000, timeoutMs: 650, ...time });
    // waits 100, 200 (t=300); the next wait (400) would end at 700 > 650, so it is cut to 350: a poll at 650.
    expect(r).toEqual({ done: false, pending: 'pending 4', polls: 4, elapsedMs: 650 });
    expect(time.waits).toEqual([100, 200, 350]);
  });

  test('done on the first poll never waits; an error from the poll ends the polling', async () => {
    const time = fakeTime();
    expect(await pollUntil(doneAfter(0), { intervalMs: 100, maxIntervalMs: 100, timeoutMs: 0, ...time })).toMatchObject({ done: true, polls: 1 });
    await expect(pollUntil(async () => Promise.reject(new Error('boom')), { intervalMs: 1, maxIntervalMs: 1, timeoutMs: 100, ...time })).rejects.toThrow('boom');
    expect(time.waits).toEqual([]);
  });

  test('the default wait stops on abort', async () => {
    const controller = new AbortController();
    const polling = pollUntil(doneAfter(100), { intervalMs: 60_000, maxIntervalMs: 60_000, timeoutMs: 600_000, signal: controller.signal, onPending: () => controller.abort() });
    await expect(polling).rejects.toMatchObject({ code: 'TIMEOUT' });
  });
});
