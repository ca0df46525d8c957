import { describe, expect, test } from '@jest/globals';
import { exec } from '../../src/core/exec.js';
import { OverheadMeter, renderOverhead, toolLabel, unionMs } from '../../scripts/overhead.js';

describe('overhead accounting of a local release', () => {
  test('overlapping processes count once; gaps are not tool time', () => {
    expect(unionMs([])).toBe(0);
    expect(unionMs([{ start: 0, end: 10, label: 'a' }, { start: 5, end: 15, label: 'b' }, { start: 20, end: 25, label: 'c' }])).toBe(20);
    expect(unionMs([{ start: 20, end: 25, label: 'c' }, { start: 0, end: 30, label: 'a' }])).toBe(30);
  });

  test('tools are named by what they run', () => {
    expect(toolLabel('/usr/bin/python3', ['-m', 'pytest', '-q'])).toBe('pytest');
    expect(toolLabel('/tmp/v/bin/python', ['-m', 'pip', '--python', 'x', 'install'])).toBe('pip');
    expect(toolLabel('python3', ['-I', '-c', 'import x'])).toBe('python -c');
    expect(toolLabel('git', ['log'])).toBe('git');
  });

  test('the meter records real child processes and waits; our code is the rest of the window', async () => {
    const meter = new OverheadMeter();
    const run = meter.wrapExec(exec);
    const start = performance.now();
    await run('git', ['--version']);
    await run('git', ['--version']);
    await meter.sleep(5);
    const r = meter.report(start, performance.now());
    expect(r.processes).toBe(2);
    expect(r.by_tool.git.count).toBe(2);
    expect(r.waits_s).toBeGreaterThan(0);
    expect(r.tools_s + r.waits_s + r.ours_s).toBeCloseTo(r.total_s, 2);
    const text = renderOverhead(r);
    expect(text).toMatch(/raw tools .* 2 processes: git/);
    expect(JSON.parse(text.split('\n').find((l) => l.startsWith('BENCH '))?.slice(6) ?? '{}')).toEqual(r);
  });
});
