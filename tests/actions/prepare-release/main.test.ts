/**
 * The prepare-release entry (src/actions/prepare-release/main.ts) against a stubbed @actions/core: the inputs
 * as the runner passes them become the typed options the stage gets, secrets are masked, and a bad input
 * fails the step with a message naming it, before the stage is loaded.
 */
import { describe, expect, jest, test } from '@jest/globals';
import { actionsCoreStub, onRunner } from '../../helpers/actions-core.js';

const stub = actionsCoreStub();
jest.unstable_mockModule('@actions/core', () => stub.core);
const { readOptions, run } = await import('../../../src/actions/prepare-release/main.js');

onRunner(stub, { GITHUB_WORKSPACE: '/runner/work/pkg', GITHUB_REPOSITORY: 'acme/pkg', GITHUB_REF: 'refs/heads/main', RUNNER_TEMP: '/runner/temp' });

describe('prepare-release inputs → PrepareOptions', () => {
  test('every kind of input is parsed: strings, booleans, lists (commas and lines), seconds → ms', () => {
    Object.assign(stub.inputs, {
      bump: 'minor',
      'prerelease-id': 'rc',
      'allow-downgrade': 'true',
      'package-dir': 'packages/core',
      ecosystem: 'python',
      'tag-template': '{name}-v{version}',
      'changelog-file': 'HISTORY.md',
      since: 'v1.0.0',
      'minor-types': 'feat, perf',
      'patch-types': 'fix\nrefactor\n',
      'parse-squash-bodies': 'False',
      'docs-files': 'README.md,docs/index.md',
      'dry-run': 'TRUE',
      'commit-message': 'chore(release): {version}',
      push: 'false',
      'request-timeout': '30',
      'release-mode': 'pull-request',
      'release-branch': 'release/{tag}',
      'commit-via': 'api',
      'bypass-branch-rules': 'true',
      'context-file': 'out/context.json',
    });
    expect(readOptions()).toMatchObject({
      cwd: '/runner/work/pkg',
      runner: { repository: 'acme/pkg', ref: 'refs/heads/main', tempDir: '/runner/temp' },
      bump: 'minor',
      prereleaseId: 'rc',
      allowDowngrade: true,
      packageDir: 'packages/core',
      ecosystem: 'python',
      tagTemplate: '{name}-v{version}',
      changelogFile: 'HISTORY.md',
      since: 'v1.0.0',
      minorTypes: ['feat', 'perf'],
      patchTypes: ['fix', 'refactor'],
      parseSquashBodies: false,
      docsFiles: ['README.md', 'docs/index.md'],
      dryRun: true,
      commitMessage: 'chore(release): {version}',
      push: false,
      requestTimeoutMs: 30_000,
      releaseMode: 'pull-request',
      releaseBranch: 'release/{tag}',
      commitVia: 'api',
      bypassBranchRules: true,
      contextFile: 'out/context.json',
    });
  });

  test('empty inputs take the action.yml defaults and leave the rest unset', () => {
    const o = readOptions();
    expect(o).toMatchObject({ allowDowngrade: false, parseSquashBodies: true, dryRun: false, push: true, allowDetached: false, bypassBranchRules: false, requestTimeoutMs: 60_000, minorTypes: [], patchTypes: [], docsFiles: [] });
    for (const key of ['bump', 'version', 'packageDir', 'tagTemplate', 'changelogFile', 'since', 'commitMessage', 'releaseMode'] as const) expect(o[key]).toBeUndefined();
  });

  test('github-token is masked with setSecret as the inputs are read', () => {
    stub.inputs['github-token'] = 'ghs_prepareMainSecret1';
    readOptions();
    expect(stub.core.setSecret).toHaveBeenCalledWith('ghs_prepareMainSecret1');
  });
});

describe('a bad input fails the step, naming the input, before the stage runs', () => {
  test.each([
    ['dry-run', 'maybe'],
    ['push', 'yes'],
    ['request-timeout', '0'],
    ['bump', 'sideways'],
    ['prerelease-id', '1rc'],
    ['since', 'last tuesday'],
  ])('%s = %j', async (name, value) => {
    stub.inputs[name] = value;
    await run();
    expect(stub.core.setFailed).toHaveBeenCalledTimes(1);
    expect(String(stub.core.setFailed.mock.calls[0][0])).toMatch(new RegExp(`Input "${name}".*\\(BAD_INPUT\\)\\. Fix: `));
    expect(stub.core.setOutput).not.toHaveBeenCalled();
    expect(process.exitCode).toBe(1);
  });
});
