import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ArtifactRecord } from './context.js';
import { ReleaseError } from './errors.js';

/** The hex SHA-256 of a file, read as a stream (distributions can be large). */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch (err) {
    throw new ReleaseError('BAD_INPUT', `Cannot read ${path} to compute its digest: ${(err as Error).message}`, 'Check that the build wrote the file and that it is readable.', { cause: err });
  }
  return hash.digest('hex');
}

/** File name, SHA-256 and size of each file, in the order given: the records the release context carries. */
export async function describeArtifacts(files: string[]): Promise<ArtifactRecord[]> {
  const records: ArtifactRecord[] = [];
  for (const file of files) {
    const sha256 = await sha256File(file);
    const { size } = await stat(file);
    records.push({ file: basename(file), sha256, size });
  }
  return records;
}
