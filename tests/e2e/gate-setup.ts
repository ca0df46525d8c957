/**
 * Shared setup for the quality-gate end-to-end tests: a temp git repository holding one of the fixture
 * Python packages (tests/fixtures/python-packages.ts), a hand-built release context that matches its HEAD,
 * and a GitHub client pointed at the loopback API fixture with millisecond retry delays.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newContext, type ReleaseContext } from '../../src/core/context.js';
import { exec } from '../../src/core/exec.js';
import type { Logger } from '../../src/core/log.js';
import type { GitHubClient } from '../../src/github/client.js';
import { qualityGate, type GateOptions, type GateResult } from '../../src/stages/quality-gate.js';
import { startGitHubApi, type GitHubApiFixture } from '../fixtures/github-api/server.js';
import { makePythonPackage, SAMPLE_DIST_NAME, SAMPLE_VERSION, type PythonPackageVariant } from '../fixtures/python-packages.js';
import { testGitHubClient } from '../helpers/github.js';
import { recordingLogger } from '../helpers/logger.js';
import { git } from '../helpers/repo.js';

export const OWNER = 'gate-org';
export const REPO = 'gate-sample';
export const GITHUB_TOKEN = 'ghs_gateE2eToken4242';
export const PYTHON = '/usr/bin/python3';

/** A fixture package committed in its own temp repository. */
export interface GateRepo {
  root: string;
  /** The working tree (the package is at its top level). */
  dir: string;
  head: string;
  /** A context as prepare-release would hand it over: version 1.0.0 released, changelog, release commit = HEAD. */
  context: ReleaseContext;
  cleanup(): void;
}

/** Writes `variant` of the fixture package into a fresh repository on main, commits it, builds its context. */
export async function gateRepo(variant: PythonPackageVariant): Promise<GateRepo> {
  const root = mkdtempSync(join(tmpdir(), `relay-gate-${variant}-`));
  const dir = join(root, 'work');
  await makePythonPackage(dir, variant);
  await exec('git', ['init', '--quiet', '--initial-branch=main', dir]);
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '--quiet', '-m', `chore: release ${SAMPLE_VERSION}`);
  const head = await git(dir, 'rev-parse', 'HEAD');
  const context = newContext({
    repository: { owner: OWNER, name: REPO, ref: 'refs/heads/main', sha: head },
    package: { ecosystem: 'python', name: SAMPLE_DIST_NAME, dir: '.', version_files: ['pyproject.toml'] },
  });
  context.version = { previous: '0.9.0', next: SAMPLE_VERSION, scheme: 'pep440', bump: 'major', reason: 'test', released: true, tag: `v${SAMPLE_VERSION}` };
  context.release_commit = { sha: head, branch: 'main', pushed: true, files_changed: ['pyproject.toml'] };
  context.changelog = { section_markdown: `## [${SAMPLE_VERSION}] - 2025-01-01\n\n### Added\n\n- greet() and add()\n`, entries: 1 };
  return { root, dir, head, context, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** The suite's GitHub client for the fixture, with GITHUB_TOKEN. */
export function githubClient(server: GitHubApiFixture, logger: Logger): GitHubClient {
  return testGitHubClient({ baseUrl: server.url, token: GITHUB_TOKEN, logger });
}

/** Repositories and fixture servers of one test file, closed and removed by `cleanup` (afterAll). */
export interface GitHubGateWorld {
  /** A fresh repository with the good package: its own release commit. */
  newRepo(): Promise<GateRepo>;
  /** A fresh GitHub API fixture for OWNER/REPO. */
  server(): Promise<GitHubApiFixture>;
  /** Gates `repo` with `server` as its GitHub: CI required (polled every 200 ms), issue on rejection by default. */
  gate(repo: GateRepo, server: GitHubApiFixture, extra?: Partial<GateOptions>): Promise<GateResult>;
  cleanup(): Promise<void>;
}

export function gitHubGateWorld(): GitHubGateWorld {
  const servers: GitHubApiFixture[] = [];
  const repos: GateRepo[] = [];
  return {
    newRepo: async () => {
      const r = await gateRepo('good');
      repos.push(r);
      return r;
    },
    server: async () => {
      const s = await startGitHubApi({ owner: OWNER, repo: REPO });
      servers.push(s);
      return s;
    },
    gate: (repo, server, extra = {}) => {
      const logger = recordingLogger();
      return qualityGate(
        {
          cwd: repo.dir,
          context: repo.context,
          tools: { python: PYTHON },
          isolatedBuild: false,
          installArgs: ['--no-index'],
          readmeExamples: false,
          artifactDir: join(repo.root, `artifact-${repo.context.id}`),
          github: { client: githubClient(server, logger), owner: OWNER, repo: REPO },
          ciPollMs: 200,
          ciTimeoutMs: 20_000,
          ...extra,
        },
        { logger },
      );
    },
    cleanup: async () => {
      for (const s of servers.splice(0)) await s.close();
      for (const r of repos.splice(0)) r.cleanup();
    },
  };
}
