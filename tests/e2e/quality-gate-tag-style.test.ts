/**
 * Tag-triggered quality-gate runs without tag-template read the style of the pushed tag: a digit-first tag
 * (26.2.0, as many Python projects tag) is parsed, not refused as "does not match v{version}".
 */
import { afterAll, expect, test } from '@jest/globals';
import { exec as realExec, type Exec } from '../../src/core/exec.js';
import { isReleaseError } from '../../src/core/errors.js';
import { qualityGate } from '../../src/stages/quality-gate.js';
import { gitHubGateWorld, PYTHON } from './gate-setup.js';
import { recordingLogger } from '../helpers/logger.js';

const w = gitHubGateWorld();
afterAll(() => w.cleanup());

test('a pushed 9.9.9 tag is read as version 9.9.9 and checked against the version file, before anything runs', async () => {
  const repo = await w.newRepo();
  const commands: string[] = [];
  const recording: Exec = (file, args, opts) => {
    commands.push(`${file} ${args.join(' ')}`);
    return realExec(file, args, opts);
  };
  const err = await qualityGate({ cwd: repo.dir, tag: 'refs/tags/9.9.9', tools: { python: PYTHON }, isolatedBuild: false, installArgs: ['--no-index'], requireCi: false }, { exec: recording, logger: recordingLogger() }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isReleaseError(err, 'CONTEXT_MISMATCH')).toBe(true);
  expect((err as Error).message).toBe('Tag 9.9.9 says 9.9.9 but pyproject.toml says 1.0.0.');
  expect(commands.filter((c) => !c.startsWith('git '))).toEqual([]);
});
