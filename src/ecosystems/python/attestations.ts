/**
 * PEP 740 publish attestations: an in-toto Statement v1 over one distribution's file name and sha256 (predicate
 * type https://docs.pypi.org/attestations/publish/v1), signed through Sigstore (Fulcio certificate for the
 * workflow's OIDC identity, Rekor entry) with sigstore-js, and the checks that an attestation the index serves
 * back covers exactly the approved bytes and names this repository and workflow. The Sigstore libraries are
 * loaded only when attesting or verifying (they are not needed on a token-only release).
 */
import { ReleaseError } from '../../core/errors.js';

/** PyPI's publish attestation predicate type. */
export const PUBLISH_PREDICATE_TYPE = 'https://docs.pypi.org/attestations/publish/v1';
const IN_TOTO_STATEMENT = 'https://in-toto.io/Statement/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/** Fulcio extension OIDs (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const OID_BUILD_SIGNER_URI = '1.3.6.1.4.1.57264.1.9';
const OID_SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12';

/** One PEP 740 attestation object, as uploaded in the `attestations` form field and served by the Integrity API. */
export interface Pep740Attestation {
  version: 1;
  verification_material: {
    /** base64 DER of the Fulcio leaf certificate. */
    certificate: string;
    /** Rekor entries in Sigstore's protobuf JSON form. */
    transparency_entries: unknown[];
  };
  envelope: {
    /** base64 of the in-toto statement (the DSSE payload). */
    statement: string;
    /** base64 of the DSSE signature. */
    signature: string;
  };
}

/** Where to sign and what to trust. Defaults to the public Sigstore instance (Fulcio, Rekor, TUF trusted root). */
export interface SigstoreEndpoints {
  /** Defaults to https://fulcio.sigstore.dev. */
  fulcioURL?: string;
  /** Defaults to https://rekor.sigstore.dev. */
  rekorURL?: string;
  /** A Sigstore TrustedRoot (protobuf JSON). Defaults to the public one, fetched through TUF. */
  trustedRoot?: unknown;
}

/** The identity a verified attestation must name. */
export interface ExpectedPublisher {
  /** `owner/repo`. */
  repository: string;
  /** Workflow file name, e.g. `release.yml`. Unknown (a local run) → only the repository is checked. */
  workflow?: string;
}

/** The in-toto statement PyPI expects for one distribution (bytes that get signed). */
export function publishStatement(file: string, sha256: string): Buffer {
  return Buffer.from(JSON.stringify({ _type: IN_TOTO_STATEMENT, subject: [{ name: file, digest: { sha256: sha256.toLowerCase() } }], predicateType: PUBLISH_PREDICATE_TYPE }), 'utf8');
}

/**
 * Signs one publish attestation for `file` with the OIDC ID token `identityToken` (audience `sigstore`).
 * Throws ATTESTATION_FAILED before any upload when Fulcio or Rekor refuse.
 */
export async function signPublishAttestation(file: string, sha256: string, identityToken: string, endpoints: SigstoreEndpoints = {}): Promise<Pep740Attestation> {
  const { attest } = await import('sigstore');
  let bundle: Awaited<ReturnType<typeof attest>>;
  try {
    bundle = await attest(publishStatement(file, sha256), IN_TOTO_PAYLOAD_TYPE, { identityToken, fulcioURL: endpoints.fulcioURL, rekorURL: endpoints.rekorURL, tlogUpload: true });
  } catch (err) {
    throw new ReleaseError(
      'ATTESTATION_FAILED',
      `Could not sign the PEP 740 attestation for ${file} through Sigstore: ${(err as Error).message}`,
      'Sigstore signing needs the job\'s OIDC identity (`permissions: id-token: write`) and network access to Fulcio and Rekor; re-run, or set input `attestations: false` to publish without attestations.',
      { cause: err, transient: true },
    );
  }
  return bundleToAttestation(bundle as unknown as SerializedDsseBundle);
}

interface SerializedDsseBundle {
  verificationMaterial: { certificate?: { rawBytes: string }; x509CertificateChain?: { certificates: { rawBytes: string }[] }; tlogEntries: unknown[] };
  dsseEnvelope: { payload: string; payloadType: string; signatures: { sig: string; keyid?: string }[] };
}

/** A Sigstore bundle (DSSE, v0.3) as a PEP 740 attestation (the conversion pypi-attestations makes). */
export function bundleToAttestation(bundle: SerializedDsseBundle): Pep740Attestation {
  const vm = bundle.verificationMaterial;
  const certificate = vm.certificate?.rawBytes ?? vm.x509CertificateChain?.certificates[0]?.rawBytes;
  if (!certificate || !bundle.dsseEnvelope?.signatures?.length) throw new ReleaseError('ATTESTATION_FAILED', 'Sigstore returned a bundle without a certificate or signature.', 'Re-run; set input `attestations: false` to publish without attestations.');
  return {
    version: 1,
    verification_material: { certificate, transparency_entries: vm.tlogEntries },
    envelope: { statement: bundle.dsseEnvelope.payload, signature: bundle.dsseEnvelope.signatures[0].sig },
  };
}

/** The inverse: the Sigstore bundle a PEP 740 attestation stands for, for sigstore-js to verify. */
export function attestationToBundle(a: Pep740Attestation): Record<string, unknown> {
  return {
    mediaType: BUNDLE_V03,
    verificationMaterial: { certificate: { rawBytes: a.verification_material.certificate }, tlogEntries: a.verification_material.transparency_entries, timestampVerificationData: { rfc3161Timestamps: [] } },
    dsseEnvelope: { payload: a.envelope.statement, payloadType: IN_TOTO_PAYLOAD_TYPE, signatures: [{ sig: a.envelope.signature, keyid: '' }] },
  };
}

/** What one verified attestation says. */
export interface VerifiedAttestation {
  file: string;
  sha256: string;
  /** The certificate's build signer (the workflow that signed), e.g. `https://github.com/o/r/.github/workflows/release.yml@refs/heads/main`. */
  signer: string;
  /** The certificate's source repository URI. */
  repositoryUri: string;
}

/**
 * Verifies `attestation` with Sigstore (certificate chain to the trusted root, Rekor entry, DSSE signature), then
 * that its statement covers exactly `file` with `sha256` and that the signing identity is `expected`.
 * Throws PROVENANCE_MISMATCH saying which of these failed.
 */
export async function verifyPublishAttestation(attestation: Pep740Attestation, file: string, sha256: string, expected: ExpectedPublisher, trustedRoot: unknown): Promise<VerifiedAttestation> {
  const refuse = (why: string): ReleaseError =>
    new ReleaseError('PROVENANCE_MISMATCH', `The attestation the index serves for ${file} ${why}.`, 'This is not the provenance release-relay uploaded: check who else publishes this project (PyPI → project → Publishing), then yank the release and publish a new version from this workflow.');
  const { statement, signer, repositoryUri } = await verifyDsseBundle(attestationToBundle(attestation), trustedRoot, refuse);
  if (statement._type !== IN_TOTO_STATEMENT || statement.predicateType !== PUBLISH_PREDICATE_TYPE) throw refuse(`is not a PyPI publish attestation (predicate type ${statement.predicateType ?? 'none'})`);
  const subject = statement.subject?.[0];
  if (statement.subject?.length !== 1 || subject?.name !== file) throw refuse(`is about ${statement.subject?.map((s) => s.name).join(', ') || 'nothing'}, not ${file}`);
  if ((subject.digest?.sha256 ?? '').toLowerCase() !== sha256.toLowerCase()) throw refuse(`covers sha256 ${subject.digest?.sha256 ?? '(none)'}, not the approved ${sha256}`);
  checkSigner({ signer, repositoryUri }, expected, refuse);
  return { file, sha256, signer, repositoryUri };
}

/** An in-toto statement as far as the checks read it. */
export interface InTotoStatement {
  _type?: string;
  predicateType?: string;
  subject?: { name?: string; digest?: Record<string, string | undefined> }[];
  predicate?: unknown;
}

/**
 * Verifies a Sigstore DSSE bundle (certificate chain to `trustedRoot`, transparency log entry, signature) and returns
 * its in-toto statement and the Fulcio certificate's build signer and source repository. `refuse` makes the error.
 */
export async function verifyDsseBundle(bundle: unknown, trustedRoot: unknown, refuse: (why: string) => ReleaseError): Promise<{ statement: InTotoStatement; signer: string; repositoryUri: string }> {
  const [{ Verifier, toSignedEntity, toTrustMaterial }, { bundleFromJSON }, { TrustedRoot }, { X509Certificate }] = await Promise.all([
    import('@sigstore/verify'),
    import('@sigstore/bundle'),
    import('@sigstore/protobuf-specs'),
    import('@sigstore/core'),
  ]);
  let parsed: ReturnType<typeof bundleFromJSON>;
  try {
    parsed = bundleFromJSON(bundle);
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trustedRoot)), { tlogThreshold: 1, ctlogThreshold: 1 });
    verifier.verify(toSignedEntity(parsed));
  } catch (err) {
    throw refuse(`does not verify with Sigstore (${(err as Error).message})`);
  }
  if (parsed.content.$case !== 'dsseEnvelope') throw refuse('is not a DSSE attestation');
  let statement: InTotoStatement;
  try {
    statement = JSON.parse(parsed.content.dsseEnvelope.payload.toString('utf8')) as InTotoStatement;
  } catch {
    throw refuse('has a statement that is not JSON');
  }
  const vm = parsed.verificationMaterial.content;
  const der = vm.$case === 'certificate' ? vm.certificate.rawBytes : vm.$case === 'x509CertificateChain' ? vm.x509CertificateChain.certificates[0]?.rawBytes : undefined;
  if (!der) throw refuse('carries no signing certificate');
  const cert = X509Certificate.parse(Buffer.from(der));
  const ext = (oid: string): string => cert.extension(oid)?.valueObj.subs?.[0]?.value.toString('utf8') ?? '';
  return { statement, signer: ext(OID_BUILD_SIGNER_URI) || cert.subjectAltName || '', repositoryUri: ext(OID_SOURCE_REPOSITORY_URI) };
}

/** Throws (through `refuse`) unless the certificate names `expected`'s repository and, when known, its workflow file. */
export function checkSigner(found: { signer: string; repositoryUri: string }, expected: ExpectedPublisher, refuse: (why: string) => ReleaseError): void {
  const repoUrl = `https://github.com/${expected.repository}`;
  if (found.repositoryUri.toLowerCase() !== repoUrl.toLowerCase()) throw refuse(`was signed for repository ${found.repositoryUri || '(none)'}, not ${repoUrl}`);
  if (expected.workflow && !found.signer.toLowerCase().startsWith(`${repoUrl}/.github/workflows/${expected.workflow}@`.toLowerCase())) {
    throw refuse(`was signed by workflow ${found.signer || '(none)'}, not ${expected.repository}/.github/workflows/${expected.workflow}`);
  }
}

/** The public Sigstore trusted root through TUF (cached in `cachePath`). */
export async function publicTrustedRoot(cachePath?: string): Promise<unknown> {
  const [{ getTrustedRoot }, { TrustedRoot }] = await Promise.all([import('@sigstore/tuf'), import('@sigstore/protobuf-specs')]);
  return TrustedRoot.toJSON(await getTrustedRoot(cachePath ? { cachePath } : {}));
}
