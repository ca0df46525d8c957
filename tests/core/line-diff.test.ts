import { describe, expect, test } from '@jest/globals';
import { diffLines, type Hunk } from '../../src/core/line-diff.js';

/** Applies the hunks to `before`; a correct diff gives back `after`. */
function apply(before: string[], hunks: Hunk[]): string[] {
  const out: string[] = [];
  let i = 0;
  for (const h of hunks) {
    out.push(...before.slice(i, h.beforeStart), ...h.added);
    expect(before.slice(h.beforeStart, h.beforeStart + h.removed.length)).toEqual(h.removed);
    i = h.beforeStart + h.removed.length;
  }
  return [...out, ...before.slice(i)];
}

describe('diffLines', () => {
  test('two distant insertions are two hunks of their own lines only', () => {
    const before = ['# Changelog', '', '## [1.0.0]', ...Array.from({ length: 500 }, (_, k) => `- entry ${k}`), '', '[1.0.0]: https://x/compare/v0.9.0...v1.0.0'];
    const after = [...before.slice(0, 2), '## [1.1.0]', '', '- new', '', ...before.slice(2, -1), '[1.1.0]: https://x/compare/v1.0.0...v1.1.0', before[before.length - 1]];
    const hunks = diffLines(before, after);
    expect(hunks).toEqual([
      { beforeStart: 2, afterStart: 2, removed: [], added: ['## [1.1.0]', '', '- new', ''] },
      { beforeStart: 504, afterStart: 508, removed: [], added: ['[1.1.0]: https://x/compare/v1.0.0...v1.1.0'] },
    ]);
  });

  test('replacements, deletions and insertions in many places reproduce the new text (seeded)', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 50; round++) {
      const before = Array.from({ length: 40 + rand(60) }, () => `l${rand(8)}`);
      const after = [...before];
      for (let e = 0; e < 1 + rand(6); e++) {
        const at = rand(after.length + 1);
        const kind = rand(3);
        if (kind === 0) after.splice(at, 0, `new${round}.${e}`);
        else if (kind === 1) after.splice(at, 1);
        else after.splice(at, 1, `changed${round}.${e}`);
      }
      expect(apply(before, diffLines(before, after))).toEqual(after);
    }
  });

  test('past the edit budget the middle is one replaced region, still correct', () => {
    const before = Array.from({ length: 30 }, (_, k) => `a${k}`);
    const after = Array.from({ length: 30 }, (_, k) => `b${k}`);
    const hunks = diffLines(before, after, 5);
    expect(hunks).toHaveLength(1);
    expect(apply(before, hunks)).toEqual(after);
  });

  test('a new file or an emptied one is one hunk of all its lines', () => {
    const lines = Array.from({ length: 6000 }, (_, k) => `- entry ${k}`);
    expect(diffLines([], lines)).toEqual([{ beforeStart: 0, afterStart: 0, removed: [], added: lines }]);
    expect(diffLines(lines, [])).toEqual([{ beforeStart: 0, afterStart: 0, removed: lines, added: [] }]);
  });

  test('edits near the budget in a long file still come out as one hunk each', () => {
    const before = Array.from({ length: 20000 }, (_, k) => `line ${k}`);
    const after = before.filter((_, k) => k % 10 !== 5); // 2,000 deletions spread over the file
    const hunks = diffLines(before, after);
    expect(hunks).toHaveLength(2000);
    expect(apply(before, hunks)).toEqual(after);
  });
});
