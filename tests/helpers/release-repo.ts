import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { commit, git, makeRepo, PYTHON_EXAMPLE, type TempRepo } from './repo.js';

/** The example package released as v0.1.0, then a feat and a fix on top, all pushed to the bare origin. */
export interface ReleasableRepo extends TempRepo {
  /** The commit tagged v0.1.0. */
  base: string;
  feat: string;
  fix: string;
}

/** Copies examples/python-package into a temp repo, tags v0.1.0, adds `feat: add shout()` and `fix: …`, pushes. */
export async function releasableRepo(): Promise<ReleasableRepo> {
  const r = await makeRepo(PYTHON_EXAMPLE, { initialMessage: 'chore: initial commit' });
  const base = await git(r.dir, 'rev-parse', 'HEAD');
  await git(r.dir, 'tag', '-a', '-m', 'v0.1.0', 'v0.1.0');
  const feat = await commit(r.dir, 'feat: add shout()');
  const fix = await commit(r.dir, 'fix: wrap() keeps a trailing space out');
  await git(r.dir, 'push', '--quiet', '--follow-tags', 'origin', 'main');
  return { ...r, base, feat, fix };
}

/** sha256 of every file under `root` (relative path → hash), skipping `.git` directories and `skip` names. */
export function hashTree(root: string, skip: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === '.git' || skip.includes(e.name)) continue;
      const full = join(dir, e.name);
      if (e.isSymbolicLink()) out[relative(root, full)] = `symlink → ${readlinkSync(full)}`;
      else if (e.isDirectory()) walk(full);
      else out[relative(root, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(root);
  return out;
}

/** Every ref with its object, plus what HEAD is (symbolic target and commit), of a repository (bare or not). */
export async function refState(dir: string): Promise<string> {
  const refs = await git(dir, 'for-each-ref', '--format=%(refname) %(objectname)');
  const sym = await git(dir, 'symbolic-ref', '--quiet', 'HEAD').catch(() => '(detached)');
  const head = await git(dir, 'rev-parse', '--verify', '--quiet', 'HEAD').catch(() => '(none)');
  return `${refs}\nHEAD ${sym} ${head}`;
}

/** Files, refs and HEADs of a TempRepo's working repo, its bare remote and anything else under its root. */
export async function repoState(r: Pick<TempRepo, 'dir' | 'remote' | 'root'>): Promise<{ files: Record<string, string>; local: string; remote: string }> {
  return { files: hashTree(r.root, ['remote.git']), local: await refState(r.dir), remote: await refState(r.remote) };
}

/** A file's text (utf8). */
export function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}
