/**
 * Another Sigstore instance than the public one, from the environment: a private deployment (its Fulcio,
 * its Rekor, its trusted root), or the loopback one the tests run. Without these variables attestations are
 * signed with the public Sigstore and verified against its trusted root (fetched through TUF).
 */
import { readFile } from 'node:fs/promises';
import { ReleaseError } from '../../core/errors.js';
import type { SigstoreEndpoints } from '../../ecosystems/python/attestations.js';

/** The variables, all three or none. */
export const SIGSTORE_VARIABLES = ['RELEASE_RELAY_SIGSTORE_FULCIO_URL', 'RELEASE_RELAY_SIGSTORE_REKOR_URL', 'RELEASE_RELAY_SIGSTORE_TRUSTED_ROOT'] as const;

/** The instance the variables name, or undefined for the public Sigstore. */
export async function readSigstoreInstance(env: Record<string, string | undefined>): Promise<SigstoreEndpoints | undefined> {
  const [fulcio, rekor, root] = SIGSTORE_VARIABLES.map((v) => env[v] || undefined);
  if (!fulcio && !rekor && !root) return undefined;
  if (!fulcio || !rekor || !root) {
    throw new ReleaseError('BAD_INPUT', `A private Sigstore instance needs all of ${SIGSTORE_VARIABLES.join(', ')}; only some are set.`, 'Set the Fulcio URL, the Rekor URL and the path of the instance\'s trusted_root.json, or none of them to use the public Sigstore.');
  }
  const text = await readFile(root, 'utf8').catch((err: unknown) => {
    throw new ReleaseError('BAD_INPUT', `Cannot read the Sigstore trusted root ${root}: ${(err as Error).message}.`, 'Point RELEASE_RELAY_SIGSTORE_TRUSTED_ROOT at the instance\'s trusted_root.json.');
  });
  try {
    return { fulcioURL: fulcio, rekorURL: rekor, trustedRoot: JSON.parse(text) as unknown };
  } catch {
    throw new ReleaseError('BAD_INPUT', `The Sigstore trusted root ${root} is not JSON.`, 'Point RELEASE_RELAY_SIGSTORE_TRUSTED_ROOT at the instance\'s trusted_root.json (protobuf JSON).');
  }
}
