import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { exec } from '../../src/core/exec.js';
import { cleanupAfter } from './cleanup.js';

/** Identity for commits made by tests. */
export const TEST_ENV = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.test',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.test',
};

/** Runs git in `cwd` with the test identity; returns trimmed stdout. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await exec('git', args, { cwd, env: TEST_ENV })).stdout.trim();
}

/** A temp working repository with a bare `origin` remote on disk. */
export interface TempRepo {
  dir: string;
  remote: string;
  root: string;
  cleanup(): void;
}

/**
 * Copies `source` (e.g. examples/python-package) into a fresh git repository on branch main, commits it,
 * and pushes it to a bare remote.
 */
export async function makeRepo(source?: string, options: { initialMessage?: string } = {}): Promise<TempRepo> {
  const root = mkdtempSync(join(tmpdir(), 'relay-test-'));
  const dir = join(root, 'work');
  const remote = join(root, 'remote.git');
  if (source) cpSync(source, dir, { recursive: true, filter: (p) => !/(__pycache__|\.pytest_cache|\/dist$|\/build$|\.egg-info)/.test(p) });
  await exec('git', ['init', '--quiet', '--initial-branch=main', dir]);
  await exec('git', ['init', '--quiet', '--bare', '--initial-branch=main', remote]);
  await git(dir, 'remote', 'add', 'origin', remote);
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '--quiet', '--allow-empty', '-m', options.initialMessage ?? 'chore: initial commit');
  await git(dir, 'push', '--quiet', 'origin', 'main');
  return { dir, remote, root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** The temp repositories of one test file, each removed after the test that made it. */
export interface RepoTracker {
  /** makeRepo, removed after the test. */
  make(source?: string, options?: { initialMessage?: string }): Promise<TempRepo>;
  /** Removes `repo` (made some other way) after the test; returns it. */
  track<T extends Pick<TempRepo, 'cleanup'>>(repo: T): T;
}

/** Call at a test file's top level: registers the afterEach that removes what the tracker made. */
export function trackRepos(): RepoTracker {
  const cleanups = cleanupAfter();
  const track = <T extends Pick<TempRepo, 'cleanup'>>(repo: T): T => {
    cleanups.push(() => repo.cleanup());
    return repo;
  };
  return { track, make: async (source, options) => track(await makeRepo(source, options)) };
}

/** Writes `files` (path → text, folders made as needed) into `dir` and commits them with `message`; returns the SHA. */
export async function commitFiles(dir: string, files: Record<string, string>, message = 'chore: initial commit'): Promise<string> {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '--quiet', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/** Makes an empty commit with `message` (subject and optional body) and returns its SHA. */
export async function commit(dir: string, message: string): Promise<string> {
  await git(dir, 'commit', '--quiet', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/** Path of the bundled example Python package. */
export const PYTHON_EXAMPLE = join(process.cwd(), 'examples', 'python-package');
