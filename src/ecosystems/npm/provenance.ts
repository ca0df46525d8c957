/**
 * Verified on the way back for npm: reads the attestations the registry serves for a version
 * (`GET <registry>/-/npm/v1/attestations/<name>@<version>`) and checks that its SLSA provenance verifies with
 * Sigstore, names the tarball the registry serves (`pkg:npm/<name>@<version>`, its sha512) and this
 * repository and workflow.
 */
import { ReleaseError } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import { checkSigner, verifyDsseBundle, type ExpectedPublisher } from '../python/attestations.js';

/** SLSA provenance v1: what `npm publish --provenance` attaches. */
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';

/** Options of verifyNpmProvenance. */
export interface NpmProvenanceOptions {
  /** Registry URL with a trailing slash. */
  registry: string;
  name: string;
  version: string;
  /** `dist.integrity` the registry serves for the version (`sha512-<base64>`). */
  integrity: string;
  publisher: ExpectedPublisher;
  trustedRoot: unknown;
  logger: Logger;
  fetchImpl?: typeof fetch;
  signal?: AbortSignal;
}

/** The attestations endpoint of one version (scoped names keep their `@` and escape the `/`, as npm does). */
export function npmAttestationsUrl(registry: string, name: string, version: string): string {
  return `${registry.replace(/\/?$/, '/')}-/npm/v1/attestations/${name.replace('/', '%2f')}@${encodeURIComponent(version)}`;
}

/** Checks the version's provenance; returns its signer. Throws PROVENANCE_MISMATCH when missing or not matching. */
export async function verifyNpmProvenance(opts: NpmProvenanceOptions): Promise<string> {
  const url = npmAttestationsUrl(opts.registry, opts.name, opts.version);
  const refuse = (why: string): ReleaseError =>
    new ReleaseError('PROVENANCE_MISMATCH', `The provenance ${opts.registry} serves for ${opts.name}@${opts.version} ${why}.`, 'Check who else can publish this package (npmjs.com → package → Settings); deprecate this version and publish a new one from this workflow.');
  const res = await (opts.fetchImpl ?? fetch)(url, { headers: { Accept: 'application/json' }, signal: opts.signal ?? AbortSignal.timeout(30_000) });
  if (res.status === 404) {
    throw new ReleaseError('PROVENANCE_MISMATCH', `${opts.registry} serves no provenance for ${opts.name}@${opts.version} (${url} answered 404), though it was published with --provenance.`, 'Check the publish log for npm\'s provenance step; set input `attestations: false` to publish and verify without provenance.');
  }
  if (!res.ok) throw new ReleaseError('VERIFY_FAILED', `Reading the provenance of ${opts.name}@${opts.version} failed: ${url} answered ${res.status}.`, 'Re-run publish-and-verify: everything done is skipped and only the checks run again.', { transient: res.status >= 500 });
  const body = (await res.json().catch(() => ({}))) as { attestations?: { predicateType?: string; bundle?: unknown }[] };
  const entry = body.attestations?.find((a) => a.predicateType === SLSA_PROVENANCE_V1);
  if (!entry?.bundle) throw refuse(`has no SLSA provenance (only ${body.attestations?.map((a) => a.predicateType).join(', ') || 'nothing'})`);
  const { statement, signer, repositoryUri } = await verifyDsseBundle(entry.bundle, opts.trustedRoot, refuse);
  const purl = `pkg:npm/${opts.name.replace(/^@/, '%40')}@${opts.version}`;
  const subject = statement.subject?.find((s) => s.name === purl);
  if (!subject) throw refuse(`is about ${statement.subject?.map((s) => s.name).join(', ') || 'nothing'}, not ${purl}`);
  const sha512 = Buffer.from(opts.integrity.replace(/^sha512-/, ''), 'base64').toString('hex');
  if ((subject.digest?.sha512 ?? '').toLowerCase() !== sha512) throw refuse(`covers sha512 ${subject.digest?.sha512 ?? '(none)'}, not the served tarball's ${sha512}`);
  checkSigner({ signer, repositoryUri }, opts.publisher, refuse);
  opts.logger.info(`${opts.name}@${opts.version}: provenance verified (signed by ${signer})`);
  return signer;
}
