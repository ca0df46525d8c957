/**
 * The publish-and-verify entry (src/actions/publish-and-verify/main.ts) against a stubbed @actions/core:
 * inputs and the runner's variables → the typed PublishOptions, every token masked, and a bad input failing
 * the step with a message naming it before anything is uploaded.
 */
import { describe, expect, jest, test } from '@jest/globals';
import { serializeContext } from '../../../src/core/context.js';
import { actionsCoreStub, onRunner } from '../../helpers/actions-core.js';
import { approvedContext } from '../../helpers/context.js';

const stub = actionsCoreStub();
jest.unstable_mockModule('@actions/core', () => stub.core);
const { readOptions, run } = await import('../../../src/actions/publish-and-verify/main.js');

onRunner(stub, {
    GITHUB_WORKSPACE: '/runner/work/pkg',
    GITHUB_REPOSITORY: 'acme/pkg',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKFLOW_REF: 'acme/pkg/.github/workflows/release.yml@refs/heads/main',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
  });

describe('publish-and-verify inputs → PublishOptions', () => {
  test('context, registries, numbers, booleans and the runner\'s OIDC endpoint and workflow reach the options', async () => {
    const context = approvedContext('pkg');
    Object.assign(stub.inputs, {
      context: serializeContext(context),
      'artifact-dir': 'dist-approved',
      registries: 'https://test.pypi.org/legacy/,\nhttps://upload.pypi.org/legacy/',
      'registry-token': 'pypi-publishMainSecret4',
      'trusted-publishing': 'false',
      attestations: 'false',
      'upload-attempts': '2',
      'push-tag': 'false',
      verify: 'false',
      'verify-timeout': '60',
      'request-timeout': '15',
      'upload-timeout': '120',
      python: '/usr/bin/python3',
      'notes-dir': 'notes',
      'metrics-file': 'metrics.json',
      'otlp-endpoint': 'http://127.0.0.1:4318',
      'dry-run': 'true',
      'github-token': 'ghs_publishMainSecret5',
    });
    const o = await readOptions();
    expect(o).toMatchObject({
      cwd: '/runner/work/pkg',
      runner: { repository: 'acme/pkg', onGitHubActions: true, oidc: { requestUrl: 'http://127.0.0.1:9/token', requestToken: 'oidc-request-token' } },
      context,
      artifactDir: 'dist-approved',
      registries: ['https://test.pypi.org/legacy/', 'https://upload.pypi.org/legacy/'],
      token: 'pypi-publishMainSecret4',
      useOidc: false,
      attestations: false,
      workflowRef: 'acme/pkg/.github/workflows/release.yml@refs/heads/main',
      uploadAttempts: 2,
      pushTag: false,
      verify: false,
      verifyTimeoutMs: 60_000,
      requestTimeoutMs: 15_000,
      uploadTimeoutMs: 120_000,
      tools: { python: '/usr/bin/python3' },
      notesDir: 'notes',
      metricsFile: 'metrics.json',
      otlpEndpoint: 'http://127.0.0.1:4318',
      dryRun: true,
      github: { owner: 'acme', repo: 'pkg' },
    });
    expect(stub.core.setSecret.mock.calls.map(([v]) => v).sort()).toEqual(['ghs_publishMainSecret5', 'pypi-publishMainSecret4']);
  });

  test('defaults: Trusted Publishing and attestations on, 4 upload attempts, verify for 900 s, dry-run unset', async () => {
    stub.inputs.context = serializeContext(approvedContext('pkg'));
    const o = await readOptions();
    expect(o).toMatchObject({ registries: [], token: undefined, useOidc: true, attestations: true, uploadAttempts: 4, pushTag: true, verify: true, verifyTimeoutMs: 900_000, requestTimeoutMs: 60_000, uploadTimeoutMs: 600_000, dryRun: undefined, github: undefined });
  });

  test('the deprecated pypi-token is masked and used, with a notice naming registry-token', async () => {
    Object.assign(stub.inputs, { context: serializeContext(approvedContext('pkg')), 'pypi-token': 'pypi-legacyMainSecret6' });
    expect((await readOptions()).token).toBe('pypi-legacyMainSecret6');
    expect(stub.core.setSecret).toHaveBeenCalledWith('pypi-legacyMainSecret6');
    expect(String(stub.core.notice.mock.calls[0][0])).toMatch(/"pypi-token" is deprecated.*"registry-token"/);
  });
});

describe('a bad input fails the step, naming the input, before anything is published', () => {
  test.each([
    ['upload-attempts', '0'],
    ['verify', 'perhaps'],
    ['trusted-publishing', 'maybe'],
    ['verify-timeout', '-1'],
    ['dry-run', 'no way'],
  ])('%s = %j', async (name, value) => {
    Object.assign(stub.inputs, { context: serializeContext(approvedContext('pkg')), [name]: value });
    await run();
    expect(stub.core.setFailed).toHaveBeenCalledTimes(1);
    expect(String(stub.core.setFailed.mock.calls[0][0])).toMatch(new RegExp(`Input "${name}".*\\(BAD_INPUT\\)\\. Fix: `));
    expect(stub.core.setOutput).not.toHaveBeenCalled();
    expect(process.exitCode).toBe(1);
  });

  test('registry-token and pypi-token set to different tokens: both masked, the step fails naming both', async () => {
    Object.assign(stub.inputs, { context: serializeContext(approvedContext('pkg')), 'registry-token': 'pypi-newMainSecret7', 'pypi-token': 'pypi-oldMainSecret8' });
    await run();
    expect(stub.core.setSecret).toHaveBeenCalledWith('pypi-newMainSecret7');
    expect(stub.core.setSecret).toHaveBeenCalledWith('pypi-oldMainSecret8');
    expect(String(stub.core.setFailed.mock.calls[0][0])).toMatch(/Inputs "registry-token" and "pypi-token" are both set.*\(BAD_INPUT\)/);
  });

  test('no context: BAD_CONTEXT names the input to pass', async () => {
    await run();
    expect(String(stub.core.setFailed.mock.calls[0][0])).toMatch(/needs the release context.*\(BAD_CONTEXT\)\. Fix: Pass `context/);
  });
});
