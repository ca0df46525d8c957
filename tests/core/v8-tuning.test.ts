import { describe, expect, test } from '@jest/globals';
import { exec } from '../../src/core/exec.js';
import { LONG_READ_RECORDS, MEMORY_FLAGS, TOP_TIER_OFF, TOP_TIER_ON, memoryFavoured } from '../../src/core/v8-tuning.js';
import { Git } from '../../src/git/git.js';
import { streamGitFields } from '../../src/git/log-stream.js';
import { git, makeRepo } from '../helpers/repo.js';

/**
 * A Node process that churns through short-lived strings while keeping a slowly growing set alive (the shape
 * of a long history read), with the given flags set at run time, and prints its young generation's capacity.
 */
const CHURN = `
const v8 = require('node:v8');
for (const f of JSON.parse(process.argv[1])) v8.setFlagsFromString(f);
const kept = [];
for (let i = 0; i < 400000; i++) {
  const s = ('commit ' + i + ' ').repeat(8);
  if (i % 4 === 0) kept.push(s.slice(0, 40) + i);
  if (kept.length > 20000) kept.splice(0, 10000);
}
const ns = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
console.log(ns.space_size);
`;

async function youngGenerationAfterChurn(flags: readonly string[]): Promise<number> {
  const r = await exec(process.execPath, ['-e', CHURN, JSON.stringify(flags)]);
  return Number(r.stdout.trim());
}

describe('favourMemoryOverSpeed', () => {
  test('its flags, set at run time, keep the young generation from growing on this Node', async () => {
    const grown = await youngGenerationAfterChurn([]);
    const kept = await youngGenerationAfterChurn(MEMORY_FLAGS);
    // Without the flags V8 doubles the young generation under this churn; with them it stays at its start size.
    expect(kept).toBeGreaterThan(0);
    expect(kept * 2).toBeLessThanOrEqual(grown);
  });

  test('a stream switches to it only once it has read LONG_READ_RECORDS records', async () => {
    const r = await makeRepo();
    await git(r.dir, 'commit', '--allow-empty', '-m', 'one commit');
    const g = new Git(r.dir);
    // One commit printed as `count` empty NUL-ended fields (-z ends the last), one field per record.
    const fields = (count: number): string[] => ['log', '-1', '-z', `--format=${'%x00'.repeat(count - 1)}`];
    let n = 0;
    await streamGitFields(g, fields(LONG_READ_RECORDS - 1), 1, () => n++);
    expect(n).toBe(LONG_READ_RECORDS - 1);
    expect(memoryFavoured()).toBe(false);
    await streamGitFields(g, fields(LONG_READ_RECORDS), 1, () => n++);
    expect(n).toBe(2 * LONG_READ_RECORDS - 1);
    expect(memoryFavoured()).toBe(true);
  });
});

/** A child Node that sets `flags` at run time, then asks V8 to optimize a hot function: whether TurboFan compiled it. */
const TIERS = `
const v8 = require('node:v8');
for (const f of JSON.parse(process.argv[1])) v8.setFlagsFromString(f);
function hot(n) { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; }
%PrepareFunctionForOptimization(hot);
hot(10); hot(10);
%OptimizeFunctionOnNextCall(hot);
hot(10);
// V8's OptimizationStatus: bit 6 is "TurboFanned" (the same on Node 20, 22 and 24).
console.log((%GetOptimizationStatus(hot) & (1 << 6)) !== 0);
`;

async function turboFannedWith(flags: readonly string[]): Promise<boolean> {
  const r = await exec(process.execPath, ['--allow-natives-syntax', '-e', TIERS, JSON.stringify(flags)]);
  return r.stdout.trim() === 'true';
}

describe('favourShortRun', () => {
  test('its flag, set at run time, keeps V8 from compiling with TurboFan; set back on, TurboFan compiles again', async () => {
    expect(await turboFannedWith([])).toBe(true);
    expect(await turboFannedWith([TOP_TIER_OFF])).toBe(false);
    expect(await turboFannedWith([TOP_TIER_OFF, TOP_TIER_ON])).toBe(true);
  });
});
