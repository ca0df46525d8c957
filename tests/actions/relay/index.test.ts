/**
 * The top-level action's entry (src/actions/relay/index.ts) against a stubbed @actions/core: input `stage`
 * picks the stage's entry, which then reads its own inputs; an unknown stage fails naming the input.
 */
import { describe, expect, jest, test } from '@jest/globals';
import { actionsCoreStub, onRunner } from '../../helpers/actions-core.js';

const stub = actionsCoreStub();
jest.unstable_mockModule('@actions/core', () => stub.core);

/** Runs the entry once (a fresh copy of the module, as each runner step starts one) and waits for its setFailed. */
async function relayFails(): Promise<string> {
  const failed = new Promise<string>((resolve) => stub.core.setFailed.mockImplementationOnce((m) => resolve(String(m))));
  jest.resetModules();
  await import('../../../src/actions/relay/index.js');
  return failed;
}

onRunner(stub, { GITHUB_WORKSPACE: '/runner/work/pkg', GITHUB_REPOSITORY: 'acme/pkg' });

describe('relay: input stage', () => {
  test('an unknown stage fails naming input "stage" and the stages there are', async () => {
    stub.inputs.stage = 'deploy';
    const message = await relayFails();
    expect(message).toMatch(/Input "stage" is "deploy".*prepare-release, quality-gate, publish-and-verify/);
    expect(process.exitCode).toBe(1);
  });

  test.each([
    ['prepare-release', { bump: 'sideways' }, /Input "bump" is "sideways"/],
    ['quality-gate', { 'coverage-threshold': 'most', tag: 'v1.0.0' }, /Input "coverage-threshold" \(most\)/],
    ['publish-and-verify', {}, /publish-and-verify needs the release context/],
  ])('stage %s runs that entry, which reads its own inputs', async (stage, inputs, message) => {
    Object.assign(stub.inputs, { stage, ...inputs });
    expect(await relayFails()).toMatch(message);
    expect(stub.core.getInput.mock.calls.map(([name]) => name)).toContain('stage');
  });
});
