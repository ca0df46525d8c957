/** One changed region: lines `removed` at `beforeStart` (0-based) became `added` at `afterStart`. */
export interface Hunk {
  beforeStart: number;
  afterStart: number;
  removed: string[];
  added: string[];
}

/**
 * The changed regions between two lists of lines, in order: a shortest edit script (Myers' O(ND) greedy
 * algorithm), so two distant edits of a long file (a section at the top of a changelog, a link at the
 * bottom) come out as two small hunks, not one that spans the file. `maxEdits` bounds the work: past it the
 * middle is reported as one replaced region.
 */
export function diffLines(before: string[], after: string[], maxEdits = 4000): Hunk[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  const a = before.slice(start, endB);
  const b = after.slice(start, endA);
  if (a.length === 0 && b.length === 0) return [];
  // One side empty (a new file, a deleted block): one hunk, no search needed.
  if (a.length === 0 || b.length === 0) return [{ beforeStart: start, afterStart: start, removed: a, added: b }];
  const script = editScript(a, b, maxEdits);
  if (script === null) return [{ beforeStart: start, afterStart: start, removed: a, added: b }];
  // Group consecutive edits into hunks.
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let current: Hunk | null = null;
  for (const op of script) {
    if (op === '=') {
      current = null;
      i++;
      j++;
      continue;
    }
    if (!current) {
      current = { beforeStart: start + i, afterStart: start + j, removed: [], added: [] };
      hunks.push(current);
    }
    if (op === '-') current.removed.push(a[i++]);
    else current.added.push(b[j++]);
  }
  return hunks;
}

/** The edit script turning `a` into `b` as `=`, `-`, `+` steps, or null past `maxEdits` edits. */
function editScript(a: string[], b: string[], maxEdits: number): ('=' | '-' | '+')[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Array<number>(2 * max + 3).fill(0);
  // trace[d] keeps only the diagonals -d..d that round d can read (v[offset-d .. offset+d]), so the
  // memory is O(D²) in the edits found, not O(D × maxEdits).
  const trace: number[][] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m, a, b, d);
    }
  }
  return null;
}

function backtrack(trace: number[][], n: number, m: number, a: string[], b: string[], dEnd: number): ('=' | '-' | '+')[] {
  const ops: ('=' | '-' | '+')[] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    // trace[d] was saved before round d wrote it, so it holds round d-1's values at index k + d.
    const v = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && v[d + k - 1] < v[d + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[d + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY && a[x - 1] === b[y - 1]) {
      ops.push('=');
      x--;
      y--;
    }
    ops.push(down ? '+' : '-');
    if (down) y--;
    else x--;
  }
  while (x > 0 && y > 0) {
    ops.push('=');
    x--;
    y--;
  }
  return ops.reverse();
}
