import { rename, writeFile } from 'node:fs/promises';
import { accessSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ReleaseError } from './errors.js';
import { diffLines } from './line-diff.js';

/** One planned change to a file: its path, its bytes before and after. `before` is null for a new file. */
export interface FileEdit {
  /** Path relative to the root the edits are applied in. */
  path: string;
  before: string | null;
  after: string;
}

/** Whether `path` is `dir` itself or lies below it (both absolute, or both relative to the same directory). */
export function isWithin(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return !(rel.startsWith('..') || isAbsolute(rel));
}

/**
 * Resolves `path` inside `root` and refuses one that escapes it (`../../etc`, an absolute path elsewhere).
 * `input` names the input the path came from, for the error message.
 */
export function resolveInside(root: string, path: string, input = 'path'): string {
  const full = resolve(root, path);
  if (!isWithin(resolve(root), full)) {
    throw new ReleaseError('PATH_ESCAPE', `Input "${input}" (${path}) points outside the repository.`, `Give a path inside the repository, relative to its root.`);
  }
  // Symlinks: what the path really is (its nearest existing part, resolved) must stay inside the real root.
  const realRoot = realOrSelf(resolve(root));
  const real = realOfNearest(full);
  if (!isWithin(realRoot, real)) {
    throw new ReleaseError('PATH_ESCAPE', `Input "${input}" (${path}) is a symbolic link (or lies under one) that leads outside the repository, to ${real}.`, 'Keep the file inside the repository: commit its content instead of a symlink to it, and give a path inside the repository.');
  }
  return full;
}

// realpathSync.native: one realpath(3) call; the JS realpathSync lstat()s every component of the path in
// turn (six calls for a path six levels deep), and a prepare resolves about sixty paths.
function realOrSelf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/** The real path of `path`, or of its nearest existing ancestor joined with the rest. */
function realOfNearest(path: string): string {
  let head = path;
  const tail: string[] = [];
  for (;;) {
    try {
      return join(realpathSync.native(head), ...tail.reverse());
    } catch {
      const parent = dirname(head);
      if (parent === head) return path;
      tail.push(basename(head));
      head = parent;
    }
  }
}

/**
 * Resolves a path the suite WRITES or deletes (reports, notes, metrics): relative to `base`, never through a
 * `..` segment, and inside one of `roots` (the workspace, the runner's temp directory). Throws PATH_ESCAPE.
 */
export function resolveContained(base: string, path: string, input: string, roots: string[]): string {
  if (path.split(/[\\/]+/).includes('..')) {
    throw new ReleaseError('PATH_ESCAPE', `Input "${input}" (${path}) goes through "..".`, `Give input \`${input}\` as a path inside the workspace or $RUNNER_TEMP, without "..".`);
  }
  const full = resolve(base, path);
  const inside = roots.some((root) => isWithin(resolve(root), full));
  if (!inside) {
    throw new ReleaseError('PATH_ESCAPE', `Input "${input}" (${path}) points outside the workspace and $RUNNER_TEMP.`, `Give input \`${input}\` as a path inside the workspace or $RUNNER_TEMP.`);
  }
  return full;
}

/**
 * Reads a text file, or null when it does not exist.
 *
 * Synchronously, on purpose: these are small local files (manifests, version files, changelogs), and a
 * prepare reads about fifty of them, most missing. fs/promises' readFile is an open, a stat, reads and a
 * close, each a round trip through libuv's thread pool and the event loop; reading them one by one that
 * way cost ~10 ms of a 200 ms prepare, the sync call a few microseconds each.
 */
export async function readTextOrNull(file: string): Promise<string | null> {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/**
 * Applies edits all-or-nothing: first checks every file still holds its `before` bytes, then writes each
 * through a temp file + rename; if any write fails, restores the files already written.
 */
export async function applyEdits(root: string, edits: FileEdit[]): Promise<void> {
  const targets = edits.filter((e) => e.before !== e.after).map((e) => ({ ...e, full: resolveInside(root, e.path) }));
  for (const t of targets) {
    const now = await readTextOrNull(t.full);
    if (now !== t.before) {
      throw new ReleaseError('BAD_INPUT', `${t.path} changed while the release was being prepared.`, 'Re-run the stage on a quiet working tree.');
    }
  }
  const done: typeof targets = [];
  try {
    for (const t of targets) {
      const tmp = `${t.full}.release-relay.tmp`;
      await writeFile(tmp, t.after);
      await rename(tmp, t.full);
      done.push(t);
    }
  } catch (err) {
    for (const t of done.reverse()) {
      if (t.before === null) await import('node:fs/promises').then((fs) => fs.rm(t.full, { force: true }));
      else await writeFile(t.full, t.before);
    }
    throw err;
  }
}

/** A unified-style diff of one edit for dry-run output: one `@@ line N @@` hunk per changed region. */
export function describeEdit(edit: FileEdit): string {
  const before = edit.before === null ? [] : edit.before.split('\n');
  const lines = [`--- a/${edit.path}`, `+++ b/${edit.path}`];
  for (const h of diffLines(before, edit.after.split('\n'))) {
    lines.push(`@@ line ${h.afterStart + 1} @@`, ...h.removed.map((l) => `-${l}`), ...h.added.map((l) => `+${l}`));
  }
  return lines.join('\n');
}

/** Whether a file or directory exists (and is reachable). */
export async function pathExists(file: string): Promise<boolean> {
  try {
    accessSync(file); // sync, as readTextOrNull
    return true;
  } catch {
    return false;
  }
}
