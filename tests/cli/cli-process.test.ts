/**
 * The bundled CLI (dist/cli/index.js) run as a user runs it, on real temporary repositories with bare
 * remotes, real pytest/build/pip/twine and a loopback package index: options under the actions' input
 * names, no publish without --registries, the user's git identity, the push only after the gate approved,
 * plain progress lines off a terminal, and the decisive lines of a failure on the terminal.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, type ExecResult } from '../../src/core/exec.js';
import { startPackageIndex, type PackageIndexFixture } from '../fixtures/package-index/server.js';
import { CLI_BUNDLE, ensureBundle } from '../helpers/bundled-action.js';
import { releasableRepo, repoState, type ReleasableRepo } from '../helpers/release-repo.js';
import { git } from '../helpers/repo.js';
import { cleanupAfter } from '../helpers/cleanup.js';

const PYTHON = '/usr/bin/python3';
const cleanups = cleanupAfter('all');
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

beforeAll(async () => {
  await ensureBundle('cli');
});

/** A git configuration with no identity at all (a fresh machine): no global or system config. */
function noIdentityEnv(): Record<string, string> {
  const home = mkdtempSync(join(tmpdir(), 'relay-home-'));
  cleanups.push(() => rmSync(home, { recursive: true, force: true }));
  return { HOME: home, GIT_CONFIG_GLOBAL: join(home, 'gitconfig'), GIT_CONFIG_NOSYSTEM: '1', XDG_CONFIG_HOME: home };
}

/** Runs the bundled CLI with the parent's environment minus GitHub's, plus `env`. */
async function cli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<ExecResult> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(GITHUB_|RUNNER_|INPUT_|ACTIONS_)/.test(k)) env[k] = v;
  return exec(process.execPath, [CLI_BUNDLE, ...args], { cwd: opts.cwd ?? process.cwd(), env: { ...env, ...opts.env }, replaceEnv: true, check: false });
}

async function repo(): Promise<ReleasableRepo> {
  const r = await releasableRepo();
  cleanups.push(r.cleanup);
  return r;
}

/** A string as a literal regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The final "release-relay: message (CODE). Fix: hint" line. */
function failure(run: ExecResult): { code: string; hint: string } {
  const m = /^release-relay: .* \(([A-Z_]+)\)\. Fix: ([\s\S]*)$/m.exec(run.stderr);
  if (!m) throw new Error(`unexpected CLI output:\n${run.stdout}\n${run.stderr}`);
  return { code: m[1], hint: m[2] };
}

describe('help and options', () => {
  test('--help lists the commands, help <command> every option; no command is a usage error', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['prepare', 'gate', 'publish', 'run', 'doctor', 'changelog']) expect(help.stdout).toContain(`  ${c} `);
    const gate = await cli(['help', 'gate']);
    expect(gate.stdout).toContain('--test-command V');
    expect(gate.stdout).toContain('--coverage-report V');
    expect(gate.stdout).not.toContain('--github-token');
    expect((await cli([])).code).toBe(2);
  });

  test('`gate --test-command …` is an option now (the error is about the missing context), a typo gets a suggestion', async () => {
    const r = await repo();
    const run = await cli(['gate', '--dir', r.dir, '--test-command', 'python -m pytest', '--coverage-report', 'coverage.xml']);
    expect(run.code).toBe(1);
    expect(failure(run).hint).toContain('--context');
    const typo = await cli(['gate', '--dir', r.dir, '--coverage-treshold', '80']);
    expect(failure(typo)).toEqual({ code: 'BAD_INPUT', hint: expect.stringContaining('--coverage-threshold') });
  });
});

describe('progress on a real terminal (a pty from Python\'s pty module, no shell)', () => {
  const PTY = 'import os, pty, sys; sys.exit(os.waitstatus_to_exitcode(pty.spawn(sys.argv[1:])))';
  const inPty = (args: string[], env: Record<string, string | undefined>) => exec(PYTHON, ['-c', PTY, process.execPath, CLI_BUNDLE, ...args], { env, check: false });

  test('a terminal gets the live line (rewritten in place) and each step\'s end with its time; CI=true on the same terminal gets plain lines', async () => {
    const r = await repo();
    const live = await inPty(['prepare', '--dir', r.dir, '--dry-run'], { CI: undefined, GITHUB_ACTIONS: undefined });
    expect(live.code).toBe(0);
    const ERASE = '\r\u001b[2K';
    expect(live.stdout).toMatch(new RegExp(`${escape(ERASE)}⠋ validate inputs \\d+\\.\\d s`));
    expect(live.stdout).toMatch(new RegExp(`${escape(ERASE)}✔ validate inputs \\(\\d+\\.\\d s\\)`));
    const plain = await inPty(['prepare', '--dir', r.dir, '--dry-run'], { CI: 'true' });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/✔ validate inputs \(\d+\.\d s\)/);
    // The terminal itself turns \n into \r\n; nothing else is a control character.
    expect(CONTROL.test(plain.stdout.replace(/\r?\n/g, ''))).toBe(false);
  });
});

describe('never publish by surprise', () => {
  test.each([
    ['run', ['--bump', 'minor']],
    ['publish', ['--context', 'release-context.json']],
  ])('%s without --registries stops before any write, naming --registries', async (command, extra) => {
    const r = await repo();
    const before = await repoState(r);
    const run = await cli([command, '--dir', r.dir, ...extra]);
    expect(run.code).toBe(1);
    expect(failure(run)).toEqual({ code: 'BAD_INPUT', hint: expect.stringContaining('--registries') });
    expect(await repoState(r)).toEqual(before);
  });
});

describe('the release commit\'s author', () => {
  test('the repository\'s git identity, not the bot', async () => {
    const r = await repo();
    await git(r.dir, 'config', 'user.name', 'Local Dev');
    await git(r.dir, 'config', 'user.email', 'dev@example.test');
    const run = await cli(['prepare', '--dir', r.dir, '--bump', 'minor', '--no-push'], { env: noIdentityEnv() });
    expect(run.stderr).not.toContain('release-relay:');
    expect(run.code).toBe(0);
    expect(await git(r.dir, 'log', '-1', '--format=%an <%ae>|%cn <%ce>')).toBe('Local Dev <dev@example.test>|Local Dev <dev@example.test>');
  });

  test('--git-user-name/--git-user-email win', async () => {
    const r = await repo();
    const run = await cli(['prepare', '--dir', r.dir, '--bump', 'patch', '--no-push', '--git-user-name', 'Rel Ease', '--git-user-email', 'rel@example.test']);
    expect(run.code).toBe(0);
    expect(await git(r.dir, 'log', '-1', '--format=%an <%ae>')).toBe('Rel Ease <rel@example.test>');
  });

  test('no identity at all: locally a clear error before any write; on a GitHub runner the bot', async () => {
    const r = await repo();
    const env = noIdentityEnv();
    const before = await repoState(r);
    const local = await cli(['prepare', '--dir', r.dir, '--bump', 'minor'], { env });
    expect(failure(local)).toEqual({ code: 'BAD_INPUT', hint: expect.stringContaining('git config user.name') });
    expect(failure(local).hint).toContain('--git-user-name');
    expect(await repoState(r)).toEqual(before);
    const runner = await cli(['prepare', '--dir', r.dir, '--bump', 'minor', '--no-push'], { env: { ...env, GITHUB_ACTIONS: 'true' } });
    expect(runner.code).toBe(0);
    expect(await git(r.dir, 'log', '-1', '--format=%an')).toBe('github-actions[bot]');
  });
});

describe('release-relay run on a real repository', () => {
  let index: PackageIndexFixture;
  beforeAll(async () => {
    index = await startPackageIndex({ tokens: ['pypi-cli-token'] });
  });
  afterAll(async () => {
    await index.close();
  });

  test('a rejected gate pushes nothing, and the terminal shows the failing test id and pip\'s last error lines', async () => {
    const r = await repo();
    writeFileSync(join(r.dir, 'tests', 'test_broken.py'), 'def test_broken_on_purpose():\n    assert 1 == 2\n');
    const pyproject = readFileSync(join(r.dir, 'pyproject.toml'), 'utf8').replace('requires-python = ">=3.9"', 'requires-python = ">=3.9"\ndependencies = ["relay-missing-dependency"]');
    writeFileSync(join(r.dir, 'pyproject.toml'), pyproject);
    await git(r.dir, 'add', '-A');
    await git(r.dir, 'commit', '--quiet', '-m', 'fix: a broken test and a dependency nobody has');
    await git(r.dir, 'push', '--quiet', 'origin', 'main');
    const remoteBefore = await git(r.remote, 'rev-parse', 'refs/heads/main');
    const run = await cli(['run', '--dir', r.dir, '--bump', 'minor', '--registries', index.url, '--token-env', 'RELAY_TEST_TOKEN', '--python', PYTHON, '--offline', '--test-retries', '0', '--context-file', join(r.root, 'ctx.json')], { env: { RELAY_TEST_TOKEN: 'pypi-cli-token' } });
    expect(run.code).toBe(1);
    expect(failure(run).code).toBe('GATE_REJECTED');
    expect(run.stderr).toMatch(/✖ tests: 1 failed: .*test_broken_on_purpose/);
    expect(run.stderr).toMatch(/✖ clean install: pip could not install .*\n(.*\n)*.*│ .*(No matching distribution found for relay-missing-dependency|relay-missing-dependency)/);
    // Never pushed, and the local release commit undone (a re-run starts from the same branch); nothing uploaded.
    expect(await git(r.remote, 'rev-parse', 'refs/heads/main')).toBe(remoteBefore);
    expect(await git(r.dir, 'rev-parse', 'HEAD')).toBe(remoteBefore);
    expect(await git(r.dir, 'status', '--porcelain')).toBe('');
    expect(index.uploads).toEqual([]);
    // Not a terminal: plain lines, no control characters.
    expect(CONTROL.test(run.stderr.replace(/\n/g, ''))).toBe(false);
    expect(run.stderr).toMatch(/^▸ run tests\n(.*\n)*✔ run tests \(\d+\.\d s\)$/m);
  });

  test('an approved release is pushed after the gate, published, tagged and verified; progress shows every step', async () => {
    const r = await repo();
    const run = await cli(['run', '--dir', r.dir, '--bump', 'minor', '--registries', index.url, '--token-env', 'RELAY_TEST_TOKEN', '--python', PYTHON, '--offline', '--verify-timeout', '120', '--context-file', join(r.root, 'ctx.json')], { env: { RELAY_TEST_TOKEN: 'pypi-cli-token' } });
    expect(run.stderr).not.toContain('release-relay:');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('publish-and-verify: ');
    const head = await git(r.dir, 'rev-parse', 'HEAD');
    expect(await git(r.remote, 'rev-parse', 'refs/heads/main')).toBe(head);
    expect(await git(r.remote, 'rev-parse', 'refs/tags/v0.2.0^{commit}')).toBe(head);
    expect([...(index.files.get('relay-example')?.get('0.2.0')?.keys() ?? [])].sort()).toEqual(['relay_example-0.2.0-py3-none-any.whl', 'relay_example-0.2.0.tar.gz']);
    // The push comes after the gate's last step and before the first upload.
    const lines = run.stderr.split('\n');
    const at = (re: RegExp): number => lines.findIndex((l) => re.test(l));
    expect(at(/✔ clean install check \(/)).toBeGreaterThan(-1);
    expect(at(/✔ push release commit \(/)).toBeGreaterThan(at(/✔ clean install check \(/));
    expect(at(/▸ publish to registry/)).toBeGreaterThan(at(/✔ push release commit \(/));
    expect(run.stderr).not.toContain('pypi-cli-token');
    expect(CONTROL.test(run.stderr.replace(/\n/g, ''))).toBe(false);
  });

  test('a refused upload prints the index\'s HTTP status and body excerpt on the terminal, and never the token', async () => {
    const r = await repo();
    const run = await cli(['run', '--dir', r.dir, '--bump', 'patch', '--registries', index.url, '--token-env', 'RELAY_TEST_TOKEN', '--python', PYTHON, '--offline', '--upload-attempts', '1', '--context-file', join(r.root, 'ctx.json')], { env: { RELAY_TEST_TOKEN: 'pypi-wrong-token' } });
    expect(run.code).toBe(1);
    expect(failure(run).code).toBe('NO_CREDENTIALS');
    expect(run.stderr).toMatch(/403/);
    expect(run.stderr).toContain('Invalid or non-existent authentication information');
    expect(failure(run).hint).toContain('--token-env');
    expect(run.stderr).not.toContain('pypi-wrong-token');
  });
});
