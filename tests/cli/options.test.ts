/**
 * One option table: every non-secret input of every action is an option of the CLI command that runs the
 * stage, under the same name, parsed by the generated table (actions/*\/action.yml is the one source) and
 * consumed by the mapping into the stage's options. Secrets are never options.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseOptions } from '../../src/command-line/args.js';
import { commandOptions, COMMANDS } from '../../src/command-line/commands.js';
import { ACTION_INPUTS } from '../../src/command-line/inputs.generated.js';
import { gateOptions, identityOptions, OptionReader, prepareOptions, publishOptions, readContextOption } from '../../src/command-line/stage-options.js';
import { exec } from '../../src/core/exec.js';
import { thrown } from '../helpers/errors.js';

const STAGE_OF: Record<string, keyof typeof ACTION_INPUTS> = { prepare: 'prepare-release', gate: 'quality-gate', publish: 'publish-and-verify' };

function actionInputs(stage: string): Record<string, { description: string; default?: string }> {
  return (parse(readFileSync(join(process.cwd(), 'actions', stage, 'action.yml'), 'utf8')) as { inputs: Record<string, { description: string; default?: string }> }).inputs;
}

describe('the generated table is the actions\' inputs', () => {
  test('same names, defaults and descriptions as actions/<stage>/action.yml, and the committed file is current', async () => {
    for (const stage of Object.keys(ACTION_INPUTS) as (keyof typeof ACTION_INPUTS)[]) {
      const yml = actionInputs(stage);
      expect(ACTION_INPUTS[stage].map((i) => i.name)).toEqual(Object.keys(yml));
      for (const i of ACTION_INPUTS[stage]) {
        expect(i.description).toBe(yml[i.name].description);
        expect(i.default).toBe(yml[i.name].default === undefined || yml[i.name].default === '' ? undefined : String(yml[i.name].default));
      }
    }
    const check = await exec(process.execPath, [join(process.cwd(), 'scripts', 'action-docs.mjs'), '--check'], { check: false });
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
  });

  test('the tokens are secrets and nothing else is', () => {
    const secrets = Object.values(ACTION_INPUTS).flat().filter((i) => i.secret).map((i) => i.name);
    expect([...new Set(secrets)].sort()).toEqual(['github-token', 'pypi-token', 'registry-token']);
  });
});

describe.each(Object.entries(STAGE_OF))('release-relay %s offers every input of %s', (command, stage) => {
  const options = commandOptions(COMMANDS[command]);
  const inputs = ACTION_INPUTS[stage];

  test('every non-secret input is an option of the same name and kind; no secret is', () => {
    for (const i of inputs) {
      if (i.secret) expect(options[i.name]).toBeUndefined();
      else expect(options[i.name]).toMatchObject({ kind: i.kind });
    }
    // `run` offers the union.
    const run = commandOptions(COMMANDS.run);
    for (const i of inputs.filter((x) => !x.secret)) expect(run[i.name]).toBeDefined();
  });

  test('every non-secret input reaches the stage options (the mapping reads each one)', async () => {
    const r = new OptionReader({ 'dry-run': true });
    if (command === 'prepare') {
      prepareOptions(r, '/repo');
      identityOptions(r);
    }
    if (command === 'gate') {
      gateOptions(r, '/repo');
      await readContextOption(r, 'quality-gate');
    }
    if (command === 'publish') {
      publishOptions(r, '/repo', 'publish', undefined);
      await readContextOption(r, 'publish-and-verify');
    }
    const missing = inputs.filter((i) => !i.secret && !r.used.has(i.name)).map((i) => i.name);
    expect(missing).toEqual([]);
  });

  test('each input given on the command line arrives in the stage options', () => {
    const strings: Record<string, string> = { 'test-command': 'python -m pytest -q', 'coverage-threshold': '85', 'coverage-report': 'cov.xml', 'test-timeout': '60', registries: 'testpypi', 'upload-attempts': '2', 'tag-template': '{name}-v{version}', 'docs-files': 'README.md,docs/install.md', 'install-args': '--no-index --find-links wheels' };
    const args = Object.entries(strings).filter(([n]) => options[n]).flatMap(([n, v]) => [`--${n}`, v]);
    const r = new OptionReader(parseOptions(command, args, options));
    if (command === 'gate') {
      expect(gateOptions(r, '/repo')).toMatchObject({ testCommand: ['python', '-m', 'pytest', '-q'], coverageThreshold: 85, coverageReport: 'cov.xml', testTimeoutMs: 60_000, tagTemplate: '{name}-v{version}', installArgs: ['--no-index', '--find-links', 'wheels'] });
    } else if (command === 'publish') {
      expect(publishOptions(r, '/repo', 'publish', 'tok')).toMatchObject({ registries: ['testpypi'], uploadAttempts: 2, token: 'tok' });
    } else {
      expect(prepareOptions(r, '/repo')).toMatchObject({ tagTemplate: '{name}-v{version}', docsFiles: ['README.md', 'docs/install.md'] });
    }
  });
});

describe('parsing', () => {
  const options = commandOptions(COMMANDS.run);

  test('booleans: --x, --x=false, --x false, --no-x; strings: --x V and --x=V; --registry repeats into registries', () => {
    const v = parseOptions('run', ['--dry-run', '--push=false', '--verify', 'false', '--no-readme-examples', '--bump=minor', '--python', '/usr/bin/python3', '--registry', 'testpypi', '--registry', 'pypi'], options);
    expect(v).toEqual({ 'dry-run': true, push: false, verify: false, 'readme-examples': false, bump: 'minor', python: '/usr/bin/python3', registries: ['testpypi', 'pypi'] });
    expect(new OptionReader(v).list('registries')).toEqual(['testpypi', 'pypi']);
  });

  test('an unknown option names the closest real one and the help command', () => {
    const e = thrown(() => parseOptions('gate', ['--test-comand', 'pytest'], commandOptions(COMMANDS.gate)));
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toContain('--test-comand');
    expect(e.hint).toContain('--test-command');
    expect(e.hint).toContain('release-relay help gate');
  });

  test('a positional argument, a missing value and a non-boolean are errors, not silently ignored', () => {
    expect(thrown(() => parseOptions('run', ['minor'], options)).hint).toContain('--<option> <value>');
    expect(thrown(() => parseOptions('run', ['--bump'], options)).hint).toContain('--bump VALUE');
    expect(thrown(() => parseOptions('run', ['--push=maybe'], options)).hint).toContain('--no-push');
  });

  test('run and publish refuse to start without --registries (unless it is a dry run)', () => {
    for (const command of ['run', 'publish']) {
      const e = thrown(() => publishOptions(new OptionReader(parseOptions(command, ['--python', '/usr/bin/python3'], commandOptions(COMMANDS[command]))), '/repo', command, undefined));
      expect(e.code).toBe('BAD_INPUT');
      expect(e.hint).toContain('--registries');
      expect(publishOptions(new OptionReader({ 'dry-run': true }), '/repo', command, undefined).registries).toBeUndefined();
    }
  });

  test('--require-ci is refused by the CLI (it has no GitHub client) instead of being skipped silently', () => {
    expect(thrown(() => gateOptions(new OptionReader({ 'require-ci': true }), '/repo')).hint).toContain('--require-ci');
    expect(gateOptions(new OptionReader({}), '/repo').requireCi).toBe(false);
  });

  test('--offline builds with the interpreter\'s backend and installs without an index; explicit inputs win', () => {
    expect(gateOptions(new OptionReader({ offline: true }), '/repo')).toMatchObject({ isolatedBuild: false, installArgs: ['--no-index'] });
    expect(gateOptions(new OptionReader({ offline: true, 'isolated-build': true, 'install-args': '--find-links w' }), '/repo')).toMatchObject({ isolatedBuild: true, installArgs: ['--find-links', 'w'] });
  });
});

describe('stage hints in the CLI\'s words', () => {
  test('inputs become options, the token input becomes --token-env, unknown names stay as they are', async () => {
    const { asCliWording } = await import('../../src/command-line/evidence.js');
    const { allOptionNames } = await import('../../src/command-line/commands.js');
    const options = allOptionNames();
    const secrets = new Set(['pypi-token']);
    expect(asCliWording('Set input "test-command" and input `junit-file`.', options, secrets)).toBe('Set --test-command and --junit-file.');
    expect(asCliWording('Pick a higher version, or set allow-downgrade: true if that is intended.', options, secrets)).toBe('Pick a higher version, or pass --allow-downgrade if that is intended.');
    expect(asCliWording('Check input `pypi-token` (an API token).', options, secrets)).toBe('Check --token-env (the variable holding the token) (an API token).');
    expect(asCliWording('Use input "nonexistent".', options, secrets)).toBe('Use input "nonexistent".');
  });
});
