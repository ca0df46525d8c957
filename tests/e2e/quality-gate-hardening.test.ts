/**
 * Hardening of quality-gate (issue 11): artifact-dir never empties a directory the suite did not create,
 * report paths stay inside the workspace or the runner's temp directory, and a failed integration check is
 * a failed step in the timeline (so the summary's step table says so).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { ReleaseError } from '../../src/core/errors.js';
import { qualityGate, type GateOptions } from '../../src/stages/quality-gate.js';
import { gateRepo, PYTHON, type GateRepo } from './gate-setup.js';
import { git } from '../helpers/repo.js';
import { recordingLogger } from '../helpers/logger.js';
import { rejection } from '../helpers/errors.js';
import { cleanupAfter } from '../helpers/cleanup.js';

const cleanups = cleanupAfter();

async function repo(): Promise<GateRepo> {
  const r = await gateRepo('good');
  cleanups.push(() => r.cleanup());
  return r;
}

const base = (r: GateRepo, extra: Partial<GateOptions>): GateOptions => ({
  cwd: r.dir,
  context: r.context,
  tools: { python: PYTHON },
  isolatedBuild: false,
  installArgs: ['--no-index'],
  requireCi: false,
  openIssue: false,
  ...extra,
});

async function refused(r: GateRepo, extra: Partial<GateOptions>): Promise<ReleaseError> {
  return rejection(qualityGate(base(r, extra), { logger: recordingLogger() }));
}

describe('3. artifact-dir only ever empties a directory the gate created', () => {
  test('artifact-dir .git is refused and the git directory survives', async () => {
    const r = await repo();
    const err = await refused(r, { artifactDir: '.git' });
    expect(err.code).toBe('PATH_ESCAPE');
    expect(err.hint).toContain('artifact-dir');
    expect(await git(r.dir, 'rev-parse', 'HEAD')).toBe(r.head);
    expect(existsSync(join(r.dir, '.git', 'HEAD'))).toBe(true);
  });

  test('artifact-dir src (tracked sources) is refused and the sources survive', async () => {
    const r = await repo();
    const before = readdirSync(join(r.dir, 'src'), { recursive: true }).sort();
    const err = await refused(r, { artifactDir: 'src' });
    expect(err.code).toBe('PATH_ESCAPE');
    expect(err.message).toContain('tracked');
    expect(readdirSync(join(r.dir, 'src'), { recursive: true }).sort()).toEqual(before);
  });

  test('a non-empty directory outside the workspace that the gate did not create is refused, its files kept', async () => {
    const r = await repo();
    const other = mkdtempSync(join(tmpdir(), 'relay-someone-elses-'));
    cleanups.push(() => rmSync(other, { recursive: true, force: true }));
    writeFileSync(join(other, 'precious.txt'), 'keep me\n');
    const err = await refused(r, { artifactDir: other });
    expect(err.code).toBe('BAD_INPUT');
    expect(err.hint).toContain('artifact-dir');
    expect(readdirSync(other)).toEqual(['precious.txt']);
  });

  test('junit-file and coverage-report through .. are refused before anything runs', async () => {
    const r = await repo();
    const artifactDir = mkdtempSync(join(tmpdir(), 'relay-artifacts-'));
    cleanups.push(() => rmSync(artifactDir, { recursive: true, force: true }));
    const junit = await refused(r, { artifactDir, testCommand: [PYTHON, '-c', 'pass'], junitFile: '../../victim.xml' });
    expect(junit.code).toBe('PATH_ESCAPE');
    expect(junit.hint).toContain('junit-file');
    const coverage = await refused(r, { artifactDir, testCommand: [PYTHON, '-c', 'pass'], coverageReport: '/etc/passwd', coverageThreshold: 10 });
    expect(coverage.code).toBe('PATH_ESCAPE');
    expect(coverage.hint).toContain('coverage-report');
  });
});

describe('3 and 11. a gate run in a directory it created before; a failed integration check is a failed step', () => {
  test('re-run reuses its own artifact-dir; integration timeout shows as failure in the timeline', async () => {
    const r = await repo();
    const parent = mkdtempSync(join(tmpdir(), 'relay-artifacts-'));
    cleanups.push(() => rmSync(parent, { recursive: true, force: true }));
    const artifactDir = join(parent, 'release');
    const options = base(r, {
      artifactDir,
      testCommand: [PYTHON, '-c', 'pass'],
      integrationCommand: [PYTHON, '-c', 'import time; time.sleep(120)'],
      integrationTimeoutMs: 500,
    });
    const first = await qualityGate(options, { logger: recordingLogger() });
    const second = await qualityGate(options, { logger: recordingLogger() });
    expect(readdirSync(artifactDir).filter((f) => f.endsWith('.whl'))).toHaveLength(1);
    const step = second.context.timeline.find((t) => t.step === 'run integration tests');
    expect(step?.outcome).toBe('failure');
    const check = second.context.gate?.checks.find((c) => c.name === 'integration tests');
    expect(check?.ok).toBe(false);
    expect(check?.detail?.split('\n')[0]).toMatch(/^timed out after 500 ms/);
    expect(first.approved).toBe(false);
  }, 120_000);
});
