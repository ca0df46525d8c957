/**
 * The gate's artifact directory: the one directory the suite empties, so it must be one the suite made.
 * New → created and marked; marked (an earlier run of the gate) → reused; empty and untracked → marked;
 * anything else (tracked paths, `.git`, a non-empty directory of someone else) → refused before any work.
 */
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ReleaseError } from '../core/errors.js';
import { isWithin } from '../core/files.js';
import type { Git } from '../git/git.js';

/** The file that marks a directory as the gate's own. */
export const ARTIFACT_DIR_MARKER = '.release-relay-artifacts';

const HINT = 'Point input `artifact-dir` at a new directory (or one an earlier gate run created), e.g. one under $RUNNER_TEMP (the default).';

/**
 * Where the gate's artifacts go: input `artifact-dir` (relative to `cwd`), else
 * `<tempDir or the OS temp dir>/release-relay/<name>`. The build empties it first, so a directory that is or
 * holds one of `keep` (the working tree at `root`, the package) is refused (BAD_INPUT) before any work.
 */
export function artifactDirFor(input: string | undefined, o: { cwd: string; tempDir?: string; name: string; root: string; keep: string[] }): string {
  const dir = input ? resolve(o.cwd, input) : join(o.tempDir || tmpdir(), 'release-relay', o.name);
  if (o.keep.some((kept) => isWithin(dir, kept))) {
    throw new ReleaseError('BAD_INPUT', `Input "artifact-dir" (${input}) holds the working tree (${o.root}); the gate empties it before building.`, 'Use a directory of its own, e.g. dist-release or one under $RUNNER_TEMP (the default).');
  }
  return dir;
}

/**
 * Checks that `dir` may be (re)used as the artifact directory and claims it; nothing is deleted here.
 * `root` is the repository's top level (its `.git` and tracked paths are never used). `defaultDir`: the path
 * is the suite's default, not a user's input.
 */
export async function claimArtifactDir(dir: string, root: string, git: Git, options: { defaultDir?: boolean } = {}): Promise<void> {
  const rel = relative(root, dir);
  const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  if (inside) {
    if (rel.split(sep).includes('.git')) {
      throw new ReleaseError('PATH_ESCAPE', `Input "artifact-dir" (${rel}) is inside the repository's .git directory; the gate empties its artifact directory.`, HINT);
    }
    const tracked = (await git.out(['ls-files', '--', rel])).split('\n').filter(Boolean);
    if (tracked.length) {
      throw new ReleaseError('PATH_ESCAPE', `Input "artifact-dir" (${rel}) holds ${tracked.length} tracked file(s) (${tracked.slice(0, 3).join(', ')}); the gate empties its artifact directory.`, HINT);
    }
  }
  const entries = await readdir(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw new ReleaseError('BAD_INPUT', `Input "artifact-dir" (${dir}) cannot be read: ${err.message}`, HINT);
  });
  if (entries === null) {
    await mkdir(dir, { recursive: true });
  } else {
    if (!(await stat(dir)).isDirectory()) throw new ReleaseError('BAD_INPUT', `Input "artifact-dir" (${dir}) is a file, not a directory.`, HINT);
    // The default (`$RUNNER_TEMP/release-relay/release-<version>`) is the suite's own path by construction.
    if (entries.length && !entries.includes(ARTIFACT_DIR_MARKER) && !options.defaultDir) {
      throw new ReleaseError('BAD_INPUT', `Input "artifact-dir" (${dir}) is not empty (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}) and was not created by release-relay; the gate would empty it.`, HINT);
    }
  }
  await markArtifactDir(dir);
}

/** (Re)writes the marker: after a build tool that recreates its output directory. */
export async function markArtifactDir(dir: string): Promise<void> {
  await writeFile(join(dir, ARTIFACT_DIR_MARKER), 'Created by release-relay quality-gate: emptied and refilled on every run.\n');
}

/** Empties a claimed artifact directory, keeping its marker. */
export async function emptyArtifactDir(dir: string): Promise<void> {
  for (const entry of await readdir(dir)) {
    if (entry !== ARTIFACT_DIR_MARKER) await rm(join(dir, entry), { recursive: true, force: true });
  }
}
