/**
 * Verified on the way back: reads the PEP 740 provenance a Python index serves for each published file
 * (PyPI's Integrity API, `GET /integrity/<project>/<version>/<file>/provenance`) and checks that an
 * attestation in it verifies with Sigstore, covers the approved sha256 and names this repository and workflow.
 */
import type { ArtifactRecord } from '../../core/context.js';
import { ReleaseError } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import { type ExpectedPublisher, type Pep740Attestation, verifyPublishAttestation } from './attestations.js';
import { indexBase } from './index-api.js';
import { normalizeName } from './names.js';

/** The Integrity API's answer for one file. */
interface ProvenanceBody {
  version?: number;
  attestation_bundles?: { publisher?: { kind?: string; repository?: string; workflow?: string; environment?: string | null }; attestations?: Pep740Attestation[] }[];
}

/** Options for verifyIndexProvenance. */
export interface IndexProvenanceOptions {
  indexUrl: string;
  name: string;
  version: string;
  artifacts: ArtifactRecord[];
  publisher: ExpectedPublisher;
  /** Sigstore TrustedRoot (protobuf JSON) the attestations must chain to. */
  trustedRoot: unknown;
  logger: Logger;
  fetchImpl?: typeof fetch;
  signal?: AbortSignal;
}

/** The Integrity API URL of one file. */
export function provenanceUrl(indexUrl: string, name: string, version: string, file: string): string {
  return `${indexBase(indexUrl)}/integrity/${encodeURIComponent(normalizeName(name))}/${encodeURIComponent(version)}/${encodeURIComponent(file)}/provenance`;
}

/**
 * Checks every artifact's provenance; returns the signer of each. Throws PROVENANCE_MISMATCH naming the file
 * when the index serves none, or none that verifies for these bytes and this publisher.
 */
export async function verifyIndexProvenance(opts: IndexProvenanceOptions): Promise<Record<string, string>> {
  const doFetch = opts.fetchImpl ?? fetch;
  const signers: Record<string, string> = {};
  for (const artifact of opts.artifacts) {
    const url = provenanceUrl(opts.indexUrl, opts.name, opts.version, artifact.file);
    const res = await doFetch(url, { headers: { Accept: 'application/vnd.pypi.integrity.v1+json' }, signal: opts.signal });
    if (res.status === 404) {
      throw new ReleaseError(
        'PROVENANCE_MISMATCH',
        `${indexBase(opts.indexUrl)} serves no attestation for ${artifact.file} (${url} answered 404), though it was published with one.`,
        'The index dropped the provenance (an index without PEP 740 support, or a mirror). Publish to one that keeps it, or set input `attestations: false` to publish and verify without attestations.',
      );
    }
    if (!res.ok) throw new ReleaseError('VERIFY_FAILED', `Reading the provenance of ${artifact.file} failed: ${url} answered ${res.status}.`, 'Re-run publish-and-verify: everything done is skipped and only the checks run again.', { transient: res.status >= 500 });
    const body = (await res.json().catch(() => ({}))) as ProvenanceBody;
    const failures: string[] = [];
    for (const bundle of body.attestation_bundles ?? []) {
      const p = bundle.publisher;
      if (p?.repository && p.repository.toLowerCase() !== opts.publisher.repository.toLowerCase()) {
        failures.push(`publisher repository ${p.repository}`);
        continue;
      }
      if (opts.publisher.workflow && p?.workflow && p.workflow !== opts.publisher.workflow) {
        failures.push(`publisher workflow ${p.workflow}`);
        continue;
      }
      for (const attestation of bundle.attestations ?? []) {
        try {
          const v = await verifyPublishAttestation(attestation, artifact.file, artifact.sha256, opts.publisher, opts.trustedRoot);
          signers[artifact.file] = v.signer;
        } catch (err) {
          failures.push((err as Error).message);
        }
      }
    }
    if (!signers[artifact.file]) {
      throw new ReleaseError(
        'PROVENANCE_MISMATCH',
        `The provenance ${indexBase(opts.indexUrl)} serves for ${artifact.file} does not vouch for the approved bytes from ${opts.publisher.repository}${opts.publisher.workflow ? ` (${opts.publisher.workflow})` : ''}: ${failures.join('; ') || 'no attestations'}.`,
        'Someone else published or re-attested this file: check the project\'s publishers on the index, yank the release, and publish a new version from this workflow.',
      );
    }
    opts.logger.info(`${artifact.file}: PEP 740 attestation verified (sha256 ${artifact.sha256.slice(0, 12)}…, signed by ${signers[artifact.file]})`);
  }
  return signers;
}
