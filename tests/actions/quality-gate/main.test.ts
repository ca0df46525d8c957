/**
 * The quality-gate entry (src/actions/quality-gate/main.ts) against a stubbed @actions/core: inputs → the
 * typed GateOptions, github-token masked, and a bad input failing the step with a message naming it.
 */
import { describe, expect, jest, test } from '@jest/globals';
import { serializeContext } from '../../../src/core/context.js';
import { actionsCoreStub, onRunner, runnerVariables } from '../../helpers/actions-core.js';
import { approvedContext } from '../../helpers/context.js';

const stub = actionsCoreStub();
jest.unstable_mockModule('@actions/core', () => stub.core);
const { readOptions, run } = await import('../../../src/actions/quality-gate/main.js');

onRunner(stub, { GITHUB_WORKSPACE: '/runner/work/pkg', GITHUB_REPOSITORY: 'acme/pkg', GITHUB_REF: 'refs/tags/v1.2.0', RELEASE_RELAY_PYTHON: '/opt/python3.12/bin/python' });

describe('quality-gate inputs → GateOptions', () => {
  test('commands become argv arrays, seconds become ms, lists and booleans are parsed, the GitHub target is built', async () => {
    Object.assign(stub.inputs, {
      tag: 'v1.2.0',
      'package-dir': 'packages/core',
      python: '/usr/bin/python3',
      'install-dependencies': 'true',
      'test-command': 'pytest -q "tests/unit dir" -k "not slow"',
      'test-timeout': '90',
      'test-retries': '0',
      'coverage-threshold': '85%',
      'coverage-branches': 'true',
      'integration-command': 'make integration',
      'isolated-build': 'false',
      'readme-examples': 'false',
      'example-tags': 'python, pycon',
      'install-args': '--no-index --find-links "/wheel house"',
      'import-names': 'sample, sample.cli',
      'require-ci': 'false',
      'ci-timeout': '0',
      'check-run-id': '31337',
      'exclude-checks': 'docs\nlint',
      'open-issue': 'false',
      'github-token': 'ghs_gateMainSecret2',
      'github-api-url': 'http://127.0.0.1:9/api',
    });
    const o = await readOptions();
    expect(o).toMatchObject({
      cwd: '/runner/work/pkg',
      runner: { repository: 'acme/pkg', ref: 'refs/tags/v1.2.0' },
      context: undefined,
      tag: 'v1.2.0',
      packageDir: 'packages/core',
      tools: { python: '/usr/bin/python3' },
      installDependencies: true,
      testCommand: ['pytest', '-q', 'tests/unit dir', '-k', 'not slow'],
      testTimeoutMs: 90_000,
      testRetries: 0,
      coverageThreshold: 85,
      coverageBranches: true,
      integrationCommand: ['make', 'integration'],
      isolatedBuild: false,
      readmeExamples: false,
      exampleTags: ['python', 'pycon'],
      installArgs: ['--no-index', '--find-links', '/wheel house'],
      importNames: ['sample', 'sample.cli'],
      requireCi: false,
      ciTimeoutMs: 0,
      checkRunId: 31337,
      excludeChecks: ['docs', 'lint'],
      openIssue: false,
      github: { owner: 'acme', repo: 'pkg' },
    });
    expect(stub.core.setSecret).toHaveBeenCalledWith('ghs_gateMainSecret2');
  });

  test('defaults: the runner\'s Python, CI required, an issue on rejection, no GitHub target without a token', async () => {
    const o = await readOptions();
    expect(o).toMatchObject({ tag: undefined, tools: { python: '/opt/python3.12/bin/python' }, installDependencies: false, testTimeoutMs: 1_200_000, testRetries: 1, coverageThreshold: undefined, isolatedBuild: true, readmeExamples: true, exampleTags: undefined, requireCi: true, ciTimeoutMs: 1_800_000, checkRunId: undefined, excludeChecks: [], openIssue: true, github: undefined });
  });

  test('input context is parsed into the release context', async () => {
    const context = approvedContext('pkg');
    stub.inputs.context = serializeContext(context);
    // The serialised context carries the packages list (schema 2): the gate receives exactly what was written.
    expect((await readOptions()).context).toEqual(JSON.parse(stub.inputs.context));
  });
});

describe('a bad input fails the step, naming the input, before the gate runs', () => {
  test.each([
    ['coverage-threshold', '120'],
    ['test-timeout', 'soon'],
    ['require-ci', 'sometimes'],
    ['import-names', 'sample-pkg'],
    ['check-run-id', '0'],
    ['repository', 'just-a-name'],
  ])('%s = %j', async (name, value) => {
    Object.assign(stub.inputs, { 'github-token': 'ghs_gateMainSecret3', [name]: value });
    await run();
    expect(stub.core.setFailed).toHaveBeenCalledTimes(1);
    expect(String(stub.core.setFailed.mock.calls[0][0])).toMatch(new RegExp(`Input "${name}".*\\(BAD_INPUT\\)\\. Fix: `));
    expect(stub.core.setOutput).not.toHaveBeenCalled();
    expect(process.exitCode).toBe(1);
  });

  test('no context and no tag: BAD_CONTEXT names the inputs to set', async () => {
    runnerVariables({ GITHUB_WORKSPACE: '/runner/work/pkg' }); // undone by onRunner's afterEach
    await run();
    expect(String(stub.core.setFailed.mock.calls[0][0])).toMatch(/no release context and no tag.*\(BAD_CONTEXT\)\. Fix: Pass `context`.*set `tag`/);
  });
});
