import { describe, expect, test } from '@jest/globals';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { detachText } from '../../src/git/log-stream.js';

/** The collector, for this worker: a new context gets `gc` once the flag is set. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe('detachText', () => {
  test('a field cut from a chunk of output keeps the chunk alive; its detached copy does not', () => {
    const gc = collector();
    // 200 distinct 64 kB chunks (as streamGitFields decodes them), a 40-character field kept from each.
    const heapGrowth = (keep: (field: string) => string): { grown: number; kept: string[] } => {
      gc();
      const before = process.memoryUsage().heapUsed;
      const kept: string[] = [];
      for (let i = 0; i < 200; i++) {
        const chunk = `${i}:`.padEnd(64 * 1024, 'x');
        kept.push(keep(chunk.slice(0, 40)));
      }
      gc();
      return { grown: process.memoryUsage().heapUsed - before, kept };
    };
    const sliced = heapGrowth((f) => f);
    const detached = heapGrowth(detachText);
    expect(detached.kept).toEqual(sliced.kept);
    expect(detached.kept[7]).toBe(`7:${'x'.repeat(38)}`);
    expect(sliced.grown).toBeGreaterThan(10 * 1024 * 1024); // 200 × 64 kB
    expect(detached.grown).toBeLessThan(1024 * 1024);
  });

  test('short and empty strings come back equal', () => {
    for (const s of ['', 'a', 'feat', 'é日😀', 'x'.repeat(13)]) expect(detachText(s)).toBe(s);
  });
});
