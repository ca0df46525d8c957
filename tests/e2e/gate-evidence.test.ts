/**
 * Test evidence handed from one gate to another (the reusable workflow's first matrix leg to its build job):
 * the first run saves its JUnit XML and coverage report; the second judges them instead of running the
 * suite again, and still builds and installs for real.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { exec, type Exec } from '../../src/core/exec.js';
import { qualityGate } from '../../src/stages/quality-gate.js';
import { gateRepo, PYTHON, type GateRepo } from './gate-setup.js';
import { recordingLogger } from '../helpers/logger.js';
import { rejection } from '../helpers/errors.js';

const repos: GateRepo[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'relay-evidence-'));
afterAll(() => {
  for (const r of repos) r.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

describe('quality-gate test evidence', () => {
  test('a leg saves its evidence; the build gate judges it without running pytest, and still builds and installs', async () => {
    const repo = await gateRepo('good');
    repos.push(repo);
    const base = { cwd: repo.dir, context: repo.context, tools: { python: PYTHON }, isolatedBuild: false, installArgs: ['--no-index'], requireCi: false, coverageThreshold: 50 };
    const evidence = join(scratch, 'evidence');
    const leg = await qualityGate({ ...base, artifactDir: join(repo.root, 'leg'), evidenceDir: evidence }, { logger: recordingLogger() });
    expect(leg.approved).toBe(true);
    expect(readdirSync(evidence).sort()).toEqual(['coverage-coverage.xml', 'evidence.json', 'junit.xml']);

    const spawned: string[][] = [];
    const recording: Exec = (file, args, options) => {
      spawned.push([file, ...args]);
      return exec(file, args, options);
    };
    const build = await qualityGate({ ...base, artifactDir: join(repo.root, 'build'), testEvidence: evidence }, { logger: recordingLogger(), exec: recording });
    expect(build.approved).toBe(true);
    expect(build.context.gate?.tests?.passed).toBe(leg.context.gate?.tests?.passed);
    expect(build.context.gate?.coverage?.percent).toBe(leg.context.gate?.coverage?.percent);
    expect(spawned.some((argv) => argv.includes('pytest'))).toBe(false);
    // The distributions are built and installed by this run.
    expect(spawned.some((argv) => argv.includes('build'))).toBe(true);
    expect(readdirSync(join(repo.root, 'build')).some((f) => f.endsWith('.whl'))).toBe(true);
  }, 300_000);

  test('a test-evidence directory without evidence is BAD_INPUT naming the input, before anything is built', async () => {
    const repo = await gateRepo('good');
    repos.push(repo);
    const empty = mkdtempSync(join(scratch, 'none-'));
    const artifactDir = join(repo.root, 'out');
    const err = await rejection(qualityGate({ cwd: repo.dir, context: repo.context, tools: { python: PYTHON }, requireCi: false, artifactDir, testEvidence: empty }, { logger: recordingLogger() }), 'BAD_INPUT');
    expect(err.message).toContain('test-evidence');
    expect(existsSync(artifactDir) ? readdirSync(artifactDir) : []).toEqual([]);
  }, 120_000);
});
