/**
 * A whole-workspace release end to end (issue 17, part 3): examples/npm-workspace (core ← format ← cli) in a
 * temp git repository with a bare remote; prepare ripples one change in core to format and cli; the gate
 * installs once at the root, tests, packs all three and installs the tarballs together; publish goes to a real
 * verdaccio in dependency order, through a loopback proxy that can refuse one package's upload. The first
 * publish stops after core (format refused) naming what was published; the re-run completes without
 * publishing core again. One tag and one GitHub release (loopback GitHub API) per package.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../../src/core/exec.js';
import { consoleLogger } from '../../src/core/log.js';
import { fetchPackument } from '../../src/ecosystems/npm/registry-api.js';
import { prepareRelease } from '../../src/stages/prepare-release.js';
import { publishAndVerify, type PublishOptions } from '../../src/stages/publish-and-verify.js';
import { qualityGate } from '../../src/stages/quality-gate.js';
import { startGitHubApi, type GitHubApiFixture } from '../fixtures/github-api/server.js';
import { startVerdaccio, type Verdaccio } from '../fixtures/verdaccio.js';
import { commit, git, makeRepo, type TempRepo } from '../helpers/repo.js';
import { recordingExec as recordingExecOf } from '../helpers/exec.js';
import { githubClient } from './setup.js';

const EXAMPLE = join(process.cwd(), 'examples', 'npm-workspace');
const NAMES = ['relay-ws-core', 'relay-ws-format', 'relay-ws-cli'];

let registry: Verdaccio;
let proxy: Server;
let proxyUrl: string;
/** Package whose upload (PUT /<name>) the proxy refuses with 403 while set. */
let refuse: string | null = null;
let github: GitHubApiFixture;
let repo: TempRepo;
let artifactDir: string;
const lines: string[] = [];
const logger = consoleLogger({ write: (l) => lines.push(l) });
const { exec: recordingExec, commands } = recordingExecOf();
const publishesOf = (name: string): number => commands.filter((c) => c[0] === 'npm' && c[1] === 'publish' && c[2].includes(`${name}-`)).length;

beforeAll(async () => {
  registry = await startVerdaccio();
  const target = new URL(registry.url);
  // A loopback proxy in front of verdaccio: everything passes, except an upload of the refused package.
  proxy = createServer((req, res) => {
    if (refuse && req.method === 'PUT' && decodeURIComponent(req.url ?? '').replace(/^\//, '') === refuse) {
      req.resume();
      res.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `publishing ${refuse} is refused by the test proxy` }));
      return;
    }
    const up = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.writeHead(502).end());
    req.pipe(up);
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`;
  repo = await makeRepo(EXAMPLE);
  github = await startGitHubApi({ owner: 'acme', repo: 'ws' });
  for (const n of NAMES) await git(repo.dir, 'tag', '-a', '-m', n, `${n}@0.1.0`);
  await git(repo.dir, 'commit', '--quiet', '--allow-empty', '-m', 'chore: start');
  await commit(repo.dir, 'chore: nothing');
  await exec('sh', ['-c', 'printf "\\n// apostrophes\\n" >> packages/core/src/index.js'], { cwd: repo.dir });
  await git(repo.dir, 'commit', '--quiet', '-am', 'feat(core): words() keeps apostrophes');
  await git(repo.dir, 'push', '--quiet', '--follow-tags', 'origin', 'main');
  artifactDir = await mkdtemp(join(tmpdir(), 'relay-ws-artifacts-'));
});

afterAll(async () => {
  await registry?.close();
  await new Promise((ok) => (proxy ? proxy.close(ok) : ok(undefined)));
  await github?.close();
  repo?.cleanup();
  if (artifactDir) await rm(artifactDir, { recursive: true, force: true });
});

describe('workspace relay: prepare → gate → publish in dependency order, resumed after a partial failure', () => {
  test('the three packages are released, core first; a refused upload stops with what was published, and the re-run completes', async () => {
    const prepared = await prepareRelease({ cwd: repo.dir, date: '2026-12-07', repository: { owner: 'acme', name: 'ws' } }, { exec: recordingExec, logger });
    expect(prepared.context.packages?.map((p) => p.version.tag)).toEqual(['relay-ws-core@0.2.0', 'relay-ws-format@0.1.1', 'relay-ws-cli@0.1.1']);

    const gated = await qualityGate({ cwd: repo.dir, context: prepared.context, requireCi: false, installDependencies: true, artifactDir, installArgs: ['--registry', proxyUrl] }, { exec: recordingExec, logger });
    expect(gated.decision).toMatch(/^Approved/);
    expect(gated.context.packages?.map((p) => p.artifacts?.map((a) => a.file))).toEqual([['relay-ws-core-0.2.0.tgz'], ['relay-ws-format-0.1.1.tgz'], ['relay-ws-cli-0.1.1.tgz']]);
    expect(gated.context.gate?.checks.map((c) => [c.name, c.ok])).toEqual([['tests', true], ['build', true], ['clean install', true], ['ci', true]]);
    expect(gated.context.gate?.checks.find((c) => c.name === 'clean install')?.detail).toContain('relay-ws-cli 0.1.1: installed and imported');
    // One install at the root (npm ci with the workspace's lockfile).
    expect(commands.filter((c) => c[0] === 'npm' && c[1] === 'ci')).toHaveLength(1);

    const options: PublishOptions = { cwd: repo.dir, context: gated.context, artifactDir, registries: [proxyUrl], token: registry.token, useOidc: false, verifyTimeoutMs: 60_000, verifyPollMs: 50, retryDelayMs: 10, github: { client: githubClient(github, logger), owner: 'acme', repo: 'ws' } };
    refuse = 'relay-ws-format';
    const err = await publishAndVerify(options, { exec: recordingExec, logger }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'PARTIAL_PUBLISH', hint: expect.stringContaining('re-run publish-and-verify with the same context') });
    expect((err as Error).message).toContain('Publishing relay-ws-format@0.1.1 failed');
    expect((err as Error).message).toContain('Already published and tagged: relay-ws-core@0.2.0.');
    expect((err as Error).message).toContain('Not completed: relay-ws-format@0.1.1, relay-ws-cli@0.1.1 (');
    expect(Object.keys((await fetchPackument({ registry: registry.url, name: 'relay-ws-core' }))?.versions ?? {})).toEqual(['0.2.0']);
    expect(await fetchPackument({ registry: registry.url, name: 'relay-ws-format' })).toBeNull();
    expect(await fetchPackument({ registry: registry.url, name: 'relay-ws-cli' })).toBeNull();
    expect(await git(repo.remote, 'tag', '--list')).toBe(['relay-ws-core@0.1.0', 'relay-ws-core@0.2.0', 'relay-ws-format@0.1.0', 'relay-ws-cli@0.1.0'].sort().join('\n'));

    refuse = null;
    const again = await publishAndVerify(options, { exec: recordingExec, logger });
    expect(again.verified).toBe(true);
    expect(again.decision).toBe('Released relay-ws-core@0.2.0, relay-ws-format@0.1.1, relay-ws-cli@0.1.1 in dependency order (already on the registry, skipped: relay-ws-core@0.2.0), each verified from the registry.');
    expect(again.context.packages?.map((p) => [p.name, p.publish?.uploaded, p.publish?.skipped_existing, p.publish?.verified])).toEqual([
      ['relay-ws-core', false, true, true],
      ['relay-ws-format', true, false, true],
      ['relay-ws-cli', true, false, true],
    ]);
    // Nothing twice: core was uploaded once in all; format was tried once (refused) and uploaded once.
    expect([publishesOf('relay-ws-core'), publishesOf('relay-ws-format'), publishesOf('relay-ws-cli')]).toEqual([1, 2, 1]);
    // The published dependents name the released versions.
    const format = await fetchPackument({ registry: registry.url, name: 'relay-ws-format' });
    expect(format?.versions['0.1.1']).toMatchObject({ dependencies: { 'relay-ws-core': '^0.2.0' } });
    // One annotated tag and one GitHub release per package, on the release commit.
    const sha = prepared.context.release_commit?.sha;
    for (const tag of ['relay-ws-core@0.2.0', 'relay-ws-format@0.1.1', 'relay-ws-cli@0.1.1']) {
      expect(await git(repo.remote, 'rev-parse', `refs/tags/${tag}^{commit}`)).toBe(sha);
      expect(await git(repo.remote, 'cat-file', '-t', `refs/tags/${tag}`)).toBe('tag');
    }
    expect(github.state.releases.map((r) => [r.tag_name, r.draft]).sort()).toEqual([['relay-ws-cli@0.1.1', false], ['relay-ws-core@0.2.0', false], ['relay-ws-format@0.1.1', false]]);
    expect(lines.join('\n')).not.toContain(registry.token);

    // A user installs the top of the graph from the registry: its dependencies come along at the new versions.
    const user = await mkdtemp(join(tmpdir(), 'relay-ws-user-'));
    try {
      await exec('npm', ['init', '-y'], { cwd: user });
      await exec('npm', ['install', 'relay-ws-cli@0.1.1', '--registry', registry.url, '--no-audit', '--no-fund', '--prefer-online'], { cwd: user });
      const out = await exec('node', ['--input-type=module', '-e', "import { main } from 'relay-ws-cli'; import { readFileSync } from 'node:fs'; console.log(main(['it', 'works']), JSON.parse(readFileSync('node_modules/relay-ws-core/package.json', 'utf8')).version);"], { cwd: user });
      expect(out.stdout.trim()).toBe('It Works 0.2.0');
    } finally {
      await rm(user, { recursive: true, force: true });
    }
  });
});
