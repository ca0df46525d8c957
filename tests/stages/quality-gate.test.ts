import { describe, expect, test } from '@jest/globals';
import type { GateCheck } from '../../src/core/context.js';
import { decide, describeVerdict } from '../../src/stages/quality-gate.js';

const pass = (name: string, detail = 'ok'): GateCheck => ({ name, ok: true, detail });
const fail = (name: string, detail?: string): GateCheck => ({ name, ok: false, detail });
const release = { name: 'pkg', version: '1.2.0', files: 2 };

describe('decide (the gate decision, pure)', () => {
  test('every check passed, skipped ones included: approved, no reasons', () => {
    const checks = [pass('tests'), pass('build'), { name: 'ci', ok: true, skipped: true, detail: 'require-ci: false' }];
    expect(decide(checks)).toEqual({ approved: true, failed: [], reasons: [] });
    expect(describeVerdict(decide(checks), checks, release)).toBe('Approved pkg 1.2.0: tests, build passed; 2 file(s) built.');
  });

  test('one failure rejects; its reason is the first line of its detail', () => {
    const checks = [pass('tests'), fail('coverage', 'line coverage 71.0% < 90%\nmissing: a.py'), pass('build')];
    const v = decide(checks);
    expect(v.approved).toBe(false);
    expect(v.failed.map((c) => c.name)).toEqual(['coverage']);
    expect(v.reasons).toEqual(['coverage: line coverage 71.0% < 90%']);
    expect(describeVerdict(v, checks, release)).toBe('Rejected pkg 1.2.0: coverage: line coverage 71.0% < 90%');
  });

  test('several failures keep their order; a failure without detail says "failed"', () => {
    const v = decide([fail('tests', '2 failed: a, b'), pass('build'), fail('ci')]);
    expect(v.reasons).toEqual(['tests: 2 failed: a, b', 'ci: failed']);
  });

  test('no checks at all is an approval of nothing (the stage always runs tests, build and ci)', () => {
    expect(decide([]).approved).toBe(true);
  });
});
