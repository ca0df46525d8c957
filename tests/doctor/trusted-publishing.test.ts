/**
 * The doctor's trusted-publisher findings for PyPI and npm. Off a runner they come from the workflow files of
 * real temporary repositories (runDoctor, nothing written); on a runner from the job itself: the bundled CLI
 * runs with a runner's environment, the OIDC provider fixture as its ID-token endpoint and a real verdaccio
 * as the npm registry.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { runDoctor } from '../../src/doctor/doctor.js';
import type { Finding } from '../../src/doctor/types.js';
import { exec } from '../../src/core/exec.js';
import { CLI_BUNDLE, ensureBundle } from '../helpers/action-run.js';
import { releasableRepo, repoState } from '../helpers/release-repo.js';
import { git, makeRepo, type TempRepo } from '../helpers/repo.js';
import { startOidcProvider, type OidcProviderFixture } from '../fixtures/oidc-provider.js';
import { startVerdaccio, type Verdaccio } from '../fixtures/verdaccio.js';

const PYTHON = '/usr/bin/python3';
const cleanups: (() => void | Promise<void>)[] = [];
let verdaccio: Verdaccio;
let provider: OidcProviderFixture;

beforeAll(async () => {
  await ensureBundle('cli');
  verdaccio = await startVerdaccio();
  provider = await startOidcProvider({ claims: { environment: 'npm' } });
  cleanups.push(() => verdaccio.close(), () => provider.close());
}, 120_000);
afterAll(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

const tp = (findings: Finding[]): Finding[] => findings.filter((f) => f.check === 'publishing.trusted-publishing');
function one(findings: Finding[], label: string): Finding {
  const f = tp(findings).filter((x) => x.label === label);
  if (f.length !== 1) throw new Error(`${f.length} trusted-publishing findings "${label}" in ${JSON.stringify(tp(findings), null, 1)}`);
  return f[0];
}

/** Commits workflow files (name → text) and points origin at GitHub's URL for acme/widget (read only, never fetched). */
async function withWorkflows(dir: string, files: Record<string, string>, extra: Record<string, string> = {}): Promise<void> {
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, '.github', 'workflows', name), text);
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '--quiet', '-m', 'ci: release workflows');
  await git(dir, 'remote', 'set-url', 'origin', 'https://github.com/acme/widget.git');
}

const CALLER_OF_RELAY = `on: workflow_dispatch
permissions:
  contents: write
  id-token: write
jobs:
  release:
    uses: release-relay/release-relay/.github/workflows/release.yml@v1
    with:
      bump: auto
`;
const PUBLISH_JOB = `  publish:
    needs: release
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      contents: write
      id-token: write
    steps:
      - uses: release-relay/release-relay/actions/publish-and-verify@v1
        with:
          registries: pypi
`;

describe('PyPI, read from the workflow files', () => {
  test('publishing inside the reusable workflow through OIDC is a blocker that names the fix; publish: false with a job of the caller is fine', async () => {
    const r = await releasableRepo();
    cleanups.push(r.cleanup);
    await withWorkflows(r.dir, { 'release.yml': CALLER_OF_RELAY });
    const before = await repoState(r);
    const bad = await runDoctor({ dir: r.dir, python: PYTHON, plan: false, areas: ['publishing'] });
    expect(await repoState(r)).toEqual(before);
    expect(one(bad.findings, 'reusable workflow')).toMatchObject({
      status: 'blocker',
      summary: expect.stringContaining('reusable workflow release-relay/release-relay/.github/workflows/release.yml, called from release.yml'),
      fix: expect.stringContaining('`publish: false`'),
    });
    expect(bad.blocked).toBe(true);

    await withWorkflows(r.dir, { 'release.yml': `${CALLER_OF_RELAY}      publish: false\n${PUBLISH_JOB}` });
    const good = await runDoctor({ dir: r.dir, python: PYTHON, plan: false, areas: ['publishing'] });
    expect(tp(good.findings).map((f) => f.label)).toEqual(['trusted publisher']);
    expect(one(good.findings, 'trusted publisher')).toMatchObject({ status: 'info', summary: 'PyPI Trusted Publishing will match repository acme/widget, workflow release.yml, environment pypi. [.github/workflows/release.yml › publish]', fix: expect.stringContaining('must name exactly these') });
    expect(good.blocked).toBe(false);
  });

  test('a local reusable workflow: the publisher must be the caller\'s file; a publish job without id-token and token is a blocker; a token means no OIDC', async () => {
    const r = await releasableRepo();
    cleanups.push(r.cleanup);
    const reusable = `on:\n  workflow_call:\njobs:\n  upload:\n    runs-on: ubuntu-latest\n    environment: release\n    steps:\n      - run: npx release-relay publish --registries pypi --context release-context.json\n`;
    const caller = `on: push\njobs:\n  call:\n    permissions:\n      id-token: write\n    uses: ./.github/workflows/publish.yml\n`;
    await withWorkflows(r.dir, { 'publish.yml': reusable, 'ci.yml': caller });
    const report = await runDoctor({ dir: r.dir, python: PYTHON, plan: false, areas: ['publishing'] });
    expect(one(report.findings, 'reusable workflow')).toMatchObject({ status: 'blocker', summary: expect.stringMatching(/reusable workflow publish\.yml, called from ci\.yml.*\[\.github\/workflows\/ci\.yml › call → publish\.yml › upload\]$/) });

    const noPermission = `on: workflow_dispatch\npermissions:\n  contents: write\njobs:\n${PUBLISH_JOB.replace('      id-token: write\n', '')}`;
    await withWorkflows(r.dir, { 'publish.yml': noPermission, 'ci.yml': 'on: push\njobs: {}\n' });
    const missing = await runDoctor({ dir: r.dir, python: PYTHON, plan: false, areas: ['publishing'] });
    expect(one(missing.findings, 'id-token')).toMatchObject({ status: 'blocker', fix: expect.stringContaining('id-token: write') });

    await withWorkflows(r.dir, { 'publish.yml': noPermission.replace('registries: pypi', 'registries: pypi\n          registry-token: ${{ secrets.PYPI_TOKEN }}') });
    const token = await runDoctor({ dir: r.dir, python: PYTHON, plan: false, areas: ['publishing'] });
    expect(tp(token.findings)).toEqual([expect.objectContaining({ status: 'info', label: 'credentials', summary: expect.stringContaining('token from input registry-token; PyPI Trusted Publishing is not used') })]);
  });

  test('without a publishing workflow the doctor says what it could not check and how to get there', async () => {
    const r = await releasableRepo();
    cleanups.push(r.cleanup);
    const report = await runDoctor({ dir: r.dir, python: PYTHON, plan: false, areas: ['publishing'] });
    expect(one(report.findings, 'trusted publisher')).toMatchObject({ status: 'info', summary: expect.stringContaining('were not checked'), fix: expect.stringContaining('release-manual.yml') });
  });
});

/** An npm package in a fresh repository: package.json with the given repository field, never published. */
async function npmRepo(name: string, repository?: unknown): Promise<TempRepo> {
  const src = mkdtempSync(join(tmpdir(), 'relay-npm-src-'));
  cleanups.push(() => rmSync(src, { recursive: true, force: true }));
  writeFileSync(join(src, 'package.json'), `${JSON.stringify({ name, version: '1.0.0', main: 'index.js', scripts: { test: 'node -e 0' }, ...(repository === undefined ? {} : { repository }) }, null, 2)}\n`);
  writeFileSync(join(src, 'index.js'), 'exports.ok = true;\n');
  const r = await makeRepo(src);
  cleanups.push(r.cleanup);
  return r;
}

describe('npm', () => {
  test('from the workflow files: setup-node registry-url and a committed .npmrc token are stray tokens; a package absent from the registry needs a token first', async () => {
    const r = await npmRepo('tp-doctor-static', { type: 'git', url: 'git+https://github.com/acme/widget.git' });
    const workflow = `on: workflow_dispatch\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    environment: npm\n    permissions:\n      id-token: write\n    steps:\n      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020\n        with:\n          node-version: 24\n          registry-url: https://registry.npmjs.org\n      - uses: release-relay/release-relay/actions/publish-and-verify@v1\n`;
    await withWorkflows(r.dir, { 'release.yml': workflow }, { '.npmrc': '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n' });
    const report = await runDoctor({ dir: r.dir, plan: false, areas: ['publishing'], registries: [verdaccio.url] });
    const stray = tp(report.findings).filter((f) => f.label === 'stray token');
    expect(stray.map((f) => f.status)).toEqual(['warning', 'warning']);
    expect(stray[0].summary).toContain('actions/setup-node with registry-url');
    expect(stray[1].summary).toContain(join(r.dir, '.npmrc'));
    expect(stray[0].fix).toContain('`registry-token`');
    expect(one(report.findings, 'trusted publisher').summary).toBe('npm trusted publishing will match repository acme/widget, workflow release.yml, environment npm. [.github/workflows/release.yml › publish]');
    expect(one(report.findings, 'first publish')).toMatchObject({ status: 'blocker', summary: expect.stringContaining('tp-doctor-static does not exist on the registry yet'), fix: expect.stringContaining('`registry-token`') });
    expect(tp(report.findings).find((f) => f.label === 'repository.url')).toBeUndefined();

    // Once the package exists, the first-publish blocker goes away.
    const userconfig = join(r.root, 'publish.npmrc');
    writeFileSync(userconfig, `//${new URL(verdaccio.url).host}/:_authToken=${verdaccio.token}\n`);
    await exec('npm', ['publish', '--registry', verdaccio.url, '--userconfig', userconfig], { cwd: r.dir });
    const later = await runDoctor({ dir: r.dir, plan: false, areas: ['publishing'], registries: [verdaccio.url] });
    expect(tp(later.findings).find((f) => f.label === 'first publish')).toBeUndefined();
    expect(later.blocked).toBe(false);
  }, 120_000);

  test('on a runner (bundled CLI): the job\'s environment from its ID token, $NODE_AUTH_TOKEN, a wrong repository.url, an npm CLI too old, exit 1', async () => {
    const r = await npmRepo('tp-doctor-runner', 'https://github.com/someone-else/widget');
    // The runner's npm: a Node 20 image ships npm 10 (this shim reports that version and runs the real npm otherwise).
    const bin = join(r.root, 'bin');
    mkdirSync(bin);
    const realNpm = (await exec('which', ['npm'])).stdout.trim();
    writeFileSync(join(bin, 'npm'), `#!/bin/sh\nif [ "$1" = "--version" ]; then echo 10.9.2; exit 0; fi\nexec ${realNpm} "$@"\n`);
    chmodSync(join(bin, 'npm'), 0o755);
    const runnerEnv = {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/widget',
      GITHUB_WORKFLOW_REF: 'acme/widget/.github/workflows/release.yml@refs/heads/main',
      ACTIONS_ID_TOKEN_REQUEST_URL: provider.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: provider.requestToken,
      NODE_AUTH_TOKEN: 'XXXXX-XXXXX-XXXXX-XXXXX',
      PYPI_TOKEN: '',
      HOME: r.root,
      PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
    };
    const run = await exec(process.execPath, [CLI_BUNDLE, 'doctor', '--dir', r.dir, '--registries', verdaccio.url, '--json'], { check: false, env: runnerEnv });
    expect(run.code).toBe(1);
    const findings = tp((JSON.parse(run.stdout) as { findings: Finding[] }).findings);
    expect(findings.find((f) => f.label === 'trusted publisher')?.summary).toBe('npm trusted publishing will match repository acme/widget, workflow release.yml, environment npm.');
    expect(findings.find((f) => f.label === 'stray token')).toMatchObject({ status: 'warning', summary: expect.stringContaining('$NODE_AUTH_TOKEN') });
    expect(findings.find((f) => f.label === 'npm CLI')).toMatchObject({ status: 'blocker', summary: expect.stringContaining('npm 10.9.2 cannot publish through trusted publishing'), fix: expect.stringContaining('npm install -g npm@^11.5.1') });
    expect(findings.find((f) => f.label === 'repository.url')).toMatchObject({ status: 'blocker', summary: expect.stringContaining('does not name acme/widget'), fix: expect.stringContaining('git+https://github.com/acme/widget.git') });
    expect(findings.find((f) => f.label === 'first publish')).toMatchObject({ status: 'blocker' });
    expect(run.stdout).not.toContain('XXXXX-XXXXX');
    expect(provider.issued.at(-1)?.audience).toBe('npm:127.0.0.1');

    // The same job without `id-token: write`: no ID token endpoint, so OIDC is impossible (text output names the fix).
    const { ACTIONS_ID_TOKEN_REQUEST_URL: _u, ACTIONS_ID_TOKEN_REQUEST_TOKEN: _t, ...withoutOidc } = runnerEnv;
    const text = await exec(process.execPath, [CLI_BUNDLE, 'doctor', '--dir', r.dir, '--registries', verdaccio.url], { check: false, env: { ...withoutOidc, ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' } });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/✖ id-token +No registry token was given and the job cannot request an OIDC ID token/);
    expect(text.stdout).toContain('→ Grant the publish job `permissions: id-token: write`, or pass input `registry-token`.');
  }, 120_000);
});
