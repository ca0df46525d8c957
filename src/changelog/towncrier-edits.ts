/**
 * towncrier for a release commit that is not made in the checkout itself (release-mode: pr, commit-via:
 * api): `towncrier build` writes its news file and removes the fragments, so its output is not known as
 * planned edits. It runs here in a temporary git worktree of the base commit with the planned edits
 * applied, and what it changed comes back as edits plus deleted paths; the checkout is never touched.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Exec } from '../core/exec.js';
import { applyEdits, resolveInside, type FileEdit } from '../core/files.js';
import { towncrierBuild, type TowncrierRun } from './towncrier.js';
import type { Git } from '../git/git.js';

/** The release commit's changes with towncrier's output folded in. */
export interface ChangesWithTowncrier {
  /** The planned edits plus every file towncrier wrote (paths relative to the repository root). */
  edits: FileEdit[];
  /** Files towncrier removed (the news fragments). */
  deleted: string[];
}

/**
 * Applies `edits` to a temporary worktree of `baseSha`, runs `towncrier build` there (in the package
 * directory `t.cwd` maps to), and returns what the release commit must hold. The worktree is removed
 * whatever happens.
 */
export async function towncrierChanges(opts: { git: Git; run: Exec; root: string; baseSha: string; edits: FileEdit[]; towncrier: TowncrierRun; tempDir?: string }): Promise<ChangesWithTowncrier> {
  const { git } = opts;
  const parent = await mkdtemp(join(opts.tempDir ?? tmpdir(), 'relay-towncrier-'));
  const tree = join(parent, 'tree');
  try {
    await git.git(['worktree', 'add', '--quiet', '--detach', tree, opts.baseSha]);
    await applyEdits(tree, opts.edits);
    await towncrierBuild(opts.run, { ...opts.towncrier, cwd: join(tree, relative(opts.root, opts.towncrier.cwd)) });
    // Everything that differs from the base now: the planned edits and towncrier's writes and removals.
    await opts.run('git', ['add', '-A'], { cwd: tree });
    const changed = (await opts.run('git', ['diff', '--cached', '--name-status', '--no-renames', '-z', opts.baseSha], { cwd: tree })).stdout.split('\0').filter(Boolean);
    const edits: FileEdit[] = [];
    const deleted: string[] = [];
    for (let i = 0; i + 1 < changed.length; i += 2) {
      const [status, path] = [changed[i], changed[i + 1]];
      if (status === 'D') {
        deleted.push(path);
        continue;
      }
      const planned = opts.edits.find((e) => e.path === path);
      const before = planned ? planned.before : status === 'A' ? null : await readFile(resolveInside(opts.root, path), 'utf8');
      edits.push({ path, before, after: await readFile(join(tree, path), 'utf8') });
    }
    return { edits, deleted };
  } finally {
    await git.git(['worktree', 'remove', '--force', tree], { check: false });
    await rm(parent, { recursive: true, force: true });
    await git.git(['worktree', 'prune'], { check: false });
  }
}
