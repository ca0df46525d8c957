/**
 * The approved bytes, held where nobody else can swap them: each approved file is read once, checked against
 * the digest the gate recorded, and written from that same buffer into a private directory (mode 0700, files
 * 0400). Uploads read only these copies.
 */
import { createHash } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ReleaseError } from './errors.js';

/** One file to copy: where it is and the sha256 it must have. */
export interface ApprovedSource {
  path: string;
  sha256: string;
}

/** The private copies and how to remove them. */
export interface ApprovedCopies {
  dir: string;
  /** Absolute paths of the copies, in the order of the sources. */
  files: string[];
  cleanup(): Promise<void>;
}

/** sha256 of a buffer, hex. */
export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Copies each source into a new private directory under `parent` (defaults to the OS temp dir) after checking
 * its digest on the very bytes that are written. Throws DIGEST_MISMATCH (and removes the directory) otherwise.
 */
export async function copyApproved(sources: ApprovedSource[], parent: string = tmpdir()): Promise<ApprovedCopies> {
  const dir = await mkdtemp(join(parent, 'release-relay-approved-'));
  await chmod(dir, 0o700);
  const cleanup = (): Promise<void> => rm(dir, { recursive: true, force: true });
  try {
    const files: string[] = [];
    for (const s of sources) {
      const bytes = await readFile(s.path).catch((err: unknown) => {
        throw new ReleaseError('DIGEST_MISMATCH', `Approved file ${basename(s.path)} is missing: ${(err as Error).message}`, 'Download the release artifact the gate uploaded into input `artifact-dir`.');
      });
      const digest = sha256Hex(bytes);
      if (digest !== s.sha256.toLowerCase()) {
        throw new ReleaseError('DIGEST_MISMATCH', `${basename(s.path)} has sha256 ${digest}, but the gate approved ${s.sha256}.`, 'Publish only the artifact the gate built; re-run the gate if the files were rebuilt.', { location: { file: s.path } });
      }
      const copy = join(dir, basename(s.path));
      await writeFile(copy, bytes, { flag: 'wx', mode: 0o400 });
      files.push(copy);
    }
    return { dir, files, cleanup };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
