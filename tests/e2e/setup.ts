/**
 * Shared setup for the publish-and-verify end-to-end tests: examples/python-package prepared and gated ONCE
 * (a temporary git copy with a bare remote, as in scripts/demo.ts), then a cheap fresh copy per test: a bare
 * clone of the prepared remote (its tag state is the test's own), a working clone of it, and a copy of the
 * approved artifact directory.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serializeContext, type ReleaseContext } from '../../src/core/context.js';
import { exec } from '../../src/core/exec.js';
import type { Logger } from '../../src/core/log.js';
import type { GitHubClient } from '../../src/github/client.js';
import type { PublishOptions } from '../../src/stages/publish-and-verify.js';
import { prepareRelease } from '../../src/stages/prepare-release.js';
import { qualityGate } from '../../src/stages/quality-gate.js';
import { startGitHubApi, type GitHubApiFixture } from '../fixtures/github-api/server.js';
import { bundlePath, ensureBundle, runBundledAction, type ActionRun } from '../helpers/bundled-action.js';
import { testGitHubClient } from '../helpers/github.js';
import { git, makeRepo, type TempRepo } from '../helpers/repo.js';

export const OWNER = 'demo-org';
export const REPO = 'relay-example';
export const PYPI_TOKEN = 'pypi-e2e-secret-token-4711';
export const GITHUB_TOKEN = 'ghs_e2eGithubToken0815';
export const PYTHON = '/usr/bin/python3';
export const EXAMPLE = resolve(process.cwd(), 'examples', 'python-package');

/** The release prepared and approved once per test file. */
export interface Prepared {
  root: string;
  /** Bare remote holding main (with the release commit) and v0.1.0. */
  remote: string;
  context: ReleaseContext;
  artifactDir: string;
  cleanup(): void;
}

/** examples/python-package as v0.1.0 (annotated tag), then `feat(text): add shout() (#7)`, pushed to its bare origin. */
export async function exampleWithShout(): Promise<TempRepo> {
  const r = await makeRepo(EXAMPLE, { initialMessage: 'chore: import relay-example 0.1.0' });
  await git(r.dir, 'tag', '-a', 'v0.1.0', '-m', 'relay-example 0.1.0');
  appendFileSync(join(r.dir, 'src', 'relay_example', 'text.py'), '\n\ndef shout(text: str) -> str:\n    """Upper-case `text` and add an exclamation mark."""\n    return text.upper() + "!"\n');
  writeFileSync(join(r.dir, 'tests', 'test_shout.py'), 'from relay_example.text import shout\n\n\ndef test_shout():\n    assert shout("hi") == "HI!"\n');
  await git(r.dir, 'add', '-A');
  await git(r.dir, 'commit', '--quiet', '-m', 'feat(text): add shout() (#7)');
  await git(r.dir, 'push', '--quiet', '--follow-tags', 'origin', 'main');
  return r;
}

/** The example with shout() (exampleWithShout), released by prepare-release and approved by quality-gate. */
export async function prepareAndGate(): Promise<Prepared> {
  const { root, dir: work, remote } = await exampleWithShout();
  const prepared = await prepareRelease({ cwd: work, bump: 'auto', docsFiles: ['README.md'], repository: { owner: OWNER, name: REPO } });
  const artifactDir = join(root, 'artifact');
  const gated = await qualityGate({
    cwd: work,
    context: prepared.context,
    tools: { python: PYTHON },
    coverageThreshold: 50,
    isolatedBuild: false,
    installArgs: ['--no-index'],
    requireCi: false,
    openIssue: false,
    artifactDir,
  });
  if (!gated.approved) throw new Error(`the gate did not approve the example: ${gated.decision}`);
  return { root, remote, context: gated.context, artifactDir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** One test's own copy: remote, working clone at the release commit, artifact directory and context. */
export interface Sandbox {
  root: string;
  remote: string;
  work: string;
  artifactDir: string;
  context: ReleaseContext;
  /** Tags on the sandbox's remote: name → commit sha. */
  remoteTags(): Promise<Map<string, string>>;
  cleanup(): void;
}

export async function sandbox(p: Prepared): Promise<Sandbox> {
  const root = mkdtempSync(join(tmpdir(), 'relay-e2e-run-'));
  const remote = join(root, 'remote.git');
  const work = join(root, 'work');
  const artifactDir = join(root, 'artifact');
  await exec('git', ['clone', '--quiet', '--bare', p.remote, remote]);
  await exec('git', ['clone', '--quiet', remote, work]);
  cpSync(p.artifactDir, artifactDir, { recursive: true });
  const context = structuredClone(p.context);
  if (context.gate) context.gate.artifact_dir = artifactDir;
  return {
    root,
    remote,
    work,
    artifactDir,
    context,
    remoteTags: async () => {
      const out = await git(remote, 'for-each-ref', '--format=%(refname:short) %(*objectname)', 'refs/tags');
      return new Map(out.split('\n').filter(Boolean).map((l) => l.split(' ') as [string, string]));
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** The suite's GitHub client for the fixture (or `baseUrl`, a proxy in front of it), with GITHUB_TOKEN. */
export function githubClient(server: GitHubApiFixture, logger: Logger, opts: { retries?: number; baseUrl?: string } = {}): GitHubClient {
  return testGitHubClient({ baseUrl: opts.baseUrl ?? server.url, token: GITHUB_TOKEN, logger, retries: opts.retries });
}

/**
 * publish-and-verify's options for a sandbox: its work tree, context and artifact directory, one registry
 * (with PYPI_TOKEN, no Trusted Publishing), the fixture's GitHub through `client`, no verify and 5 ms retry
 * delays; `extra` over them.
 */
export function publishOptions(sb: Sandbox, registry: string, client: GitHubClient, extra: Partial<PublishOptions> = {}): PublishOptions {
  return {
    cwd: sb.work,
    context: sb.context,
    artifactDir: sb.artifactDir,
    registries: [registry],
    token: PYPI_TOKEN,
    useOidc: false,
    tools: { python: PYTHON },
    verify: false,
    retryDelayMs: 5,
    github: { client, owner: OWNER, repo: REPO },
    ...extra,
  };
}

/**
 * Runs the bundled publish-and-verify on a sandbox as the runner would: its context and artifact directory,
 * `registry` with PYPI_TOKEN, the GitHub fixture at `githubUrl` with GITHUB_TOKEN; `inputs` over those.
 */
export async function runPublishBundle(sb: Sandbox, registry: string, githubUrl: string, opts: { inputs?: Record<string, string>; killWhen?: RegExp } = {}): Promise<ActionRun> {
  await ensureBundle('publish-and-verify');
  const runner = mkdtempSync(join(tmpdir(), 'relay-e2e-runner-'));
  try {
    return await runBundledAction(bundlePath('publish-and-verify'), {
      workspace: sb.work,
      scratch: runner,
      runnerTemp: true,
      killWhen: opts.killWhen,
      env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}` },
      inputs: {
        context: serializeContext(sb.context),
        'artifact-dir': sb.artifactDir,
        registries: registry,
        'pypi-token': PYPI_TOKEN,
        python: PYTHON,
        'github-token': GITHUB_TOKEN,
        'github-api-url': githubUrl,
        ...opts.inputs,
      },
    });
  } finally {
    rmSync(runner, { recursive: true, force: true });
  }
}

export async function startGitHub(): Promise<GitHubApiFixture> {
  return startGitHubApi({ owner: OWNER, repo: REPO });
}

/** A tiny OTLP/HTTP collector: records every POST /v1/traces body. */
export async function startCollector(): Promise<{ url: string; bodies: unknown[]; close(): Promise<void> }> {
  const bodies: unknown[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/v1/traces') bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, bodies, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** Spans in an OTLP JSON body. */
export function spanCount(body: unknown): number {
  const b = body as { resourceSpans?: { scopeSpans?: { spans?: unknown[] }[] }[] };
  return (b.resourceSpans ?? []).flatMap((r) => r.scopeSpans ?? []).flatMap((s) => s.spans ?? []).length;
}
