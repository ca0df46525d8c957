export const id = 961;
export const ids = [961];
export const modules = {

/***/ 11961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JQ: () => (/* binding */ checkSigner),
/* harmony export */   XV: () => (/* binding */ verifyDsseBundle),
/* harmony export */   publicTrustedRoot: () => (/* binding */ publicTrustedRoot),
/* harmony export */   signPublishAttestation: () => (/* binding */ signPublishAttestation),
/* harmony export */   v_: () => (/* binding */ verifyPublishAttestation)
/* harmony export */ });
/* unused harmony exports PUBLISH_PREDICATE_TYPE, publishStatement, bundleToAttestation, attestationToBundle */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * PEP 740 publish attestations: an in-toto Statement v1 over one distribution's file name and sha256 (predicate
 * type https://docs.pypi.org/attestations/publish/v1), signed through Sigstore (Fulcio certificate for the
 * workflow's OIDC identity, Rekor entry) with sigstore-js, and the checks that an attestation the index serves
 * back covers exactly the approved bytes and names this repository and workflow. The Sigstore libraries are
 * loaded only when attesting or verifying (they are not needed on a token-only release).
 */

/** PyPI's publish attestation predicate type. */
const PUBLISH_PREDICATE_TYPE = 'https://docs.pypi.org/attestations/publish/v1';
const IN_TOTO_STATEMENT = 'https://in-toto.io/Statement/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** Fulcio extension OIDs (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const OID_BUILD_SIGNER_URI = '1.3.6.1.4.1.57264.1.9';
const OID_SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12';
/** The in-toto statement PyPI expects for one distribution (bytes that get signed). */
function publishStatement(file, sha256) {
    return Buffer.from(JSON.stringify({ _type: IN_TOTO_STATEMENT, subject: [{ name: file, digest: { sha256: sha256.toLowerCase() } }], predicateType: PUBLISH_PREDICATE_TYPE }), 'utf8');
}
/**
 * Signs one publish attestation for `file` with the OIDC ID token `identityToken` (audience `sigstore`).
 * Throws ATTESTATION_FAILED before any upload when Fulcio or Rekor refuse.
 */
async function signPublishAttestation(file, sha256, identityToken, endpoints = {}) {
    const { attest } = await Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(523), __webpack_require__.e(917), __webpack_require__.e(694), __webpack_require__.e(187), __webpack_require__.e(267)]).then(__webpack_require__.bind(__webpack_require__, 94267));
    let bundle;
    try {
        bundle = await attest(publishStatement(file, sha256), IN_TOTO_PAYLOAD_TYPE, { identityToken, fulcioURL: endpoints.fulcioURL, rekorURL: endpoints.rekorURL, tlogUpload: true });
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('ATTESTATION_FAILED', `Could not sign the PEP 740 attestation for ${file} through Sigstore: ${err.message}`, 'Sigstore signing needs the job\'s OIDC identity (`permissions: id-token: write`) and network access to Fulcio and Rekor; re-run, or set input `attestations: false` to publish without attestations.', { cause: err, transient: true });
    }
    return bundleToAttestation(bundle);
}
/** A Sigstore bundle (DSSE, v0.3) as a PEP 740 attestation (the conversion pypi-attestations makes). */
function bundleToAttestation(bundle) {
    const vm = bundle.verificationMaterial;
    const certificate = vm.certificate?.rawBytes ?? vm.x509CertificateChain?.certificates[0]?.rawBytes;
    if (!certificate || !bundle.dsseEnvelope?.signatures?.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('ATTESTATION_FAILED', 'Sigstore returned a bundle without a certificate or signature.', 'Re-run; set input `attestations: false` to publish without attestations.');
    return {
        version: 1,
        verification_material: { certificate, transparency_entries: vm.tlogEntries },
        envelope: { statement: bundle.dsseEnvelope.payload, signature: bundle.dsseEnvelope.signatures[0].sig },
    };
}
/** The inverse: the Sigstore bundle a PEP 740 attestation stands for, for sigstore-js to verify. */
function attestationToBundle(a) {
    return {
        mediaType: BUNDLE_V03,
        verificationMaterial: { certificate: { rawBytes: a.verification_material.certificate }, tlogEntries: a.verification_material.transparency_entries, timestampVerificationData: { rfc3161Timestamps: [] } },
        dsseEnvelope: { payload: a.envelope.statement, payloadType: IN_TOTO_PAYLOAD_TYPE, signatures: [{ sig: a.envelope.signature, keyid: '' }] },
    };
}
/**
 * Verifies `attestation` with Sigstore (certificate chain to the trusted root, Rekor entry, DSSE signature), then
 * that its statement covers exactly `file` with `sha256` and that the signing identity is `expected`.
 * Throws PROVENANCE_MISMATCH saying which of these failed.
 */
async function verifyPublishAttestation(attestation, file, sha256, expected, trustedRoot) {
    const refuse = (why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('PROVENANCE_MISMATCH', `The attestation the index serves for ${file} ${why}.`, 'This is not the provenance release-relay uploaded: check who else publishes this project (PyPI → project → Publishing), then yank the release and publish a new version from this workflow.');
    const { statement, signer, repositoryUri } = await verifyDsseBundle(attestationToBundle(attestation), trustedRoot, refuse);
    if (statement._type !== IN_TOTO_STATEMENT || statement.predicateType !== PUBLISH_PREDICATE_TYPE)
        throw refuse(`is not a PyPI publish attestation (predicate type ${statement.predicateType ?? 'none'})`);
    const subject = statement.subject?.[0];
    if (statement.subject?.length !== 1 || subject?.name !== file)
        throw refuse(`is about ${statement.subject?.map((s) => s.name).join(', ') || 'nothing'}, not ${file}`);
    if ((subject.digest?.sha256 ?? '').toLowerCase() !== sha256.toLowerCase())
        throw refuse(`covers sha256 ${subject.digest?.sha256 ?? '(none)'}, not the approved ${sha256}`);
    checkSigner({ signer, repositoryUri }, expected, refuse);
    return { file, sha256, signer, repositoryUri };
}
/**
 * Verifies a Sigstore DSSE bundle (certificate chain to `trustedRoot`, transparency log entry, signature) and returns
 * its in-toto statement and the Fulcio certificate's build signer and source repository. `refuse` makes the error.
 */
async function verifyDsseBundle(bundle, trustedRoot, refuse) {
    const [{ Verifier, toSignedEntity, toTrustMaterial }, { bundleFromJSON }, { TrustedRoot }, { X509Certificate }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(917), __webpack_require__.e(187)]).then(__webpack_require__.bind(__webpack_require__, 54187)),
        Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(40)]).then(__webpack_require__.bind(__webpack_require__, 61040)),
        __webpack_require__.e(/* import() */ 654).then(__webpack_require__.t.bind(__webpack_require__, 19654, 23)),
        __webpack_require__.e(/* import() */ 917).then(__webpack_require__.t.bind(__webpack_require__, 83917, 23)),
    ]);
    let parsed;
    try {
        parsed = bundleFromJSON(bundle);
        const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trustedRoot)), { tlogThreshold: 1, ctlogThreshold: 1 });
        verifier.verify(toSignedEntity(parsed));
    }
    catch (err) {
        throw refuse(`does not verify with Sigstore (${err.message})`);
    }
    if (parsed.content.$case !== 'dsseEnvelope')
        throw refuse('is not a DSSE attestation');
    let statement;
    try {
        statement = JSON.parse(parsed.content.dsseEnvelope.payload.toString('utf8'));
    }
    catch {
        throw refuse('has a statement that is not JSON');
    }
    const vm = parsed.verificationMaterial.content;
    const der = vm.$case === 'certificate' ? vm.certificate.rawBytes : vm.$case === 'x509CertificateChain' ? vm.x509CertificateChain.certificates[0]?.rawBytes : undefined;
    if (!der)
        throw refuse('carries no signing certificate');
    const cert = X509Certificate.parse(Buffer.from(der));
    const ext = (oid) => cert.extension(oid)?.valueObj.subs?.[0]?.value.toString('utf8') ?? '';
    return { statement, signer: ext(OID_BUILD_SIGNER_URI) || cert.subjectAltName || '', repositoryUri: ext(OID_SOURCE_REPOSITORY_URI) };
}
/** Throws (through `refuse`) unless the certificate names `expected`'s repository and, when known, its workflow file. */
function checkSigner(found, expected, refuse) {
    const repoUrl = `https://github.com/${expected.repository}`;
    if (found.repositoryUri.toLowerCase() !== repoUrl.toLowerCase())
        throw refuse(`was signed for repository ${found.repositoryUri || '(none)'}, not ${repoUrl}`);
    if (expected.workflow && !found.signer.toLowerCase().startsWith(`${repoUrl}/.github/workflows/${expected.workflow}@`.toLowerCase())) {
        throw refuse(`was signed by workflow ${found.signer || '(none)'}, not ${expected.repository}/.github/workflows/${expected.workflow}`);
    }
}
/** The public Sigstore trusted root through TUF (cached in `cachePath`). */
async function publicTrustedRoot(cachePath) {
    const [{ getTrustedRoot }, { TrustedRoot }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(523), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 84423)), __webpack_require__.e(/* import() */ 654).then(__webpack_require__.t.bind(__webpack_require__, 19654, 23))]);
    return TrustedRoot.toJSON(await getTrustedRoot(cachePath ? { cachePath } : {}));
}


/***/ })

};

//# sourceMappingURL=961.index.js.map