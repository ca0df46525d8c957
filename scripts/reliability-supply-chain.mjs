// The supply-chain section of docs/reliability.md (issue 18): what publish-and-verify (and `doctor`, before
// it) does when a part of the provenance path fails. Unlike the measured tables these rows are written here,
// each naming the test that exercises it (tests/scripts/reliability-report.test.ts checks that every named
// test exists); scripts/reliability-report.mjs renders them between the markers below.

export const SUPPLY_CHAIN_START = '<!-- supply-chain:start (scripts/reliability-supply-chain.mjs) -->';
export const SUPPLY_CHAIN_END = '<!-- supply-chain:end -->';

/**
 * One failure mode: the step, the failure, what happens, whether it is caught before any upload, what the
 * doctor says beforehand, how a re-run behaves, and the test (`file › title`, or null when none exercises it).
 */
export const SUPPLY_CHAIN_ROWS = [
  {
    step: 'Both: credentials',
    failure: 'OIDC unavailable: no registry token and the job cannot request an ID token (`id-token: write` missing)',
    outcome: '`NO_CREDENTIALS`: grant `id-token: write` or pass `registry-token`',
    early: 'yes: nothing uploaded',
    doctor: '✖ id-token (from the workflow file, or the job\'s own environment on a runner)',
    rerun: 'after the fix',
    test: ['tests/doctor/trusted-publishing.test.ts', 'on a runner (bundled CLI)'],
  },
  {
    step: 'PyPI: mint token',
    failure: 'publish job inside a reusable workflow called from another file (PyPI matches the caller\'s workflow)',
    outcome: '`OIDC_REFUSED` (`invalid-publisher`) with the caller-workflow hint',
    early: 'yes: nothing uploaded',
    doctor: '✖ reusable workflow, naming both files and `publish: false`',
    rerun: 'after moving the publish job to the caller',
    test: ['tests/ecosystems/python/publish-oidc.test.ts', 'a token minted inside a reusable workflow is refused'],
  },
  {
    step: 'PyPI: upload',
    failure: 'minted upload token expires during a long upload (PyPI: 15 minutes)',
    outcome: 'renewed a minute before it runs out with a fresh ID token; an expired one is refused as `NO_CREDENTIALS`',
    early: 'n/a',
    doctor: '',
    rerun: 'resumes: files already there are skipped',
    test: ['tests/ecosystems/python/publish-oidc.test.ts', 'minted tokens expire'],
  },
  {
    step: 'PyPI: sign attestations',
    failure: 'Fulcio/Rekor unreachable or refusing',
    outcome: '`ATTESTATION_FAILED` (transient, retried with the upload\'s policy); every file is signed before the first upload',
    early: 'yes: nothing uploaded',
    doctor: '',
    rerun: 'resumes; `attestations: false` publishes without them',
    test: null,
  },
  {
    step: 'PyPI: upload',
    failure: 'index refuses the attestation (`Invalid attestations supplied during upload`)',
    outcome: '`UPLOAD_FAILED` with the index\'s reason',
    early: 'the file is not stored',
    doctor: '',
    rerun: 'fix the publisher configuration, re-run',
    test: null,
  },
  {
    step: 'PyPI: verify',
    failure: 'attestation missing: the index serves no provenance for a file (Integrity API 404; an index or mirror that drops attestations)',
    outcome: '`PROVENANCE_MISMATCH` naming the file and the URL; published, tagged and released, but not verified',
    early: 'no (after publish)',
    doctor: '',
    rerun: 're-run verifies again; publish elsewhere or `attestations: false`',
    test: ['tests/supply-chain/publish-attested.test.ts', 'an index that drops the attestations'],
  },
  {
    step: 'PyPI: verify',
    failure: 'attestation mismatched: signed for other bytes (subject sha256 ≠ approved)',
    outcome: '`PROVENANCE_MISMATCH`: "covers sha256 X, not the approved Y"',
    early: 'no',
    doctor: '',
    rerun: 'yank, new version',
    test: ['tests/supply-chain/pypi-attestations.test.ts', 'an attestation for other bytes under the same file name is refused'],
  },
  {
    step: 'PyPI: verify',
    failure: 'tampered statement: signature not matching the certificate or Rekor entry',
    outcome: '`PROVENANCE_MISMATCH`: "does not verify with Sigstore (…)"',
    early: 'no',
    doctor: '',
    rerun: 'yank, new version',
    test: ['tests/supply-chain/pypi-attestations.test.ts', 'an attestation for other bytes under the same file name is refused'],
  },
  {
    step: 'PyPI: verify',
    failure: 'attestation from another repository or workflow (publisher or certificate)',
    outcome: '`PROVENANCE_MISMATCH` naming what it was signed for',
    early: 'no',
    doctor: '',
    rerun: 'check the project\'s publishers',
    test: null,
  },
  {
    step: 'npm: pre-flight',
    failure: 'npm CLI too old (< 11.5.1)',
    outcome: '`NO_CREDENTIALS` with `npm install -g npm@^11.5.1`',
    early: 'yes',
    doctor: '✖ npm CLI on a runner; ⚠ for this machine\'s npm elsewhere',
    rerun: 'after the fix',
    test: ['tests/doctor/trusted-publishing.test.ts', 'an npm CLI too old'],
  },
  {
    step: 'npm: pre-flight',
    failure: 'wrong repository.url: package.json `repository` missing or naming another repository',
    outcome: '`NO_CREDENTIALS` with the exact `repository` to set',
    early: 'yes',
    doctor: '✖ repository.url, with the value to set',
    rerun: 'after the fix (a new release commit)',
    test: ['tests/supply-chain/npm-trusted-publishing.test.ts', 'a package.json repository naming another repository stops before the upload'],
  },
  {
    step: 'npm: pre-flight',
    failure: 'first publish needs a token: the package is not on the registry yet',
    outcome: '`NO_CREDENTIALS`: publish the first version with `registry-token`',
    early: 'yes',
    doctor: '✖ first publish',
    rerun: 'with `registry-token` once',
    test: ['tests/supply-chain/npm-trusted-publishing.test.ts', 'a first publish (package not on the registry) says it needs a token before trying'],
  },
  {
    step: 'npm: pre-flight',
    failure: 'stray token: `NODE_AUTH_TOKEN` / `NPM_TOKEN` / an `.npmrc` `_authToken` line (setup-node `registry-url` writes one)',
    outcome: 'warning naming where (never the value); npm runs with a clean config, so the token is not used',
    early: 'n/a',
    doctor: '⚠ stray token, per variable, `.npmrc` and workflow step',
    rerun: '',
    test: ['tests/supply-chain/npm-trusted-publishing.test.ts', 'a stray NODE_AUTH_TOKEN notwithstanding'],
  },
  {
    step: 'npm: publish',
    failure: 'OIDC exchange refused (trusted publisher does not match workflow / environment)',
    outcome: '`NO_CREDENTIALS` naming the trusted-publisher settings',
    early: 'nothing published',
    doctor: 'ℹ trusted publisher: the workflow file and environment npm will match',
    rerun: 'fix the publisher on npmjs.com',
    test: ['tests/supply-chain/npm-trusted-publishing.test.ts', 'an exchange the registry refuses (other workflow)'],
  },
  {
    step: 'npm: verify',
    failure: 'no provenance served, or provenance for another tarball / repository / workflow',
    outcome: '`PROVENANCE_MISMATCH`',
    early: 'no',
    doctor: '',
    rerun: 'deprecate, new version',
    test: ['tests/supply-chain/npm-trusted-publishing.test.ts', 'provenance for the served tarball from this workflow is verified; for other bytes it is refused; none at all fails'],
  },
];

const esc = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The section as Markdown lines, markers included. */
export function renderSupplyChain() {
  return [
    SUPPLY_CHAIN_START,
    '## Supply chain: attestations, provenance and trusted publishing',
    '',
    'What publish-and-verify does when a part of the provenance path fails, and what `release-relay doctor`',
    'reports about it beforehand. The tests run loopback Fulcio/Rekor built from `@sigstore/mock`, the loopback',
    'index (upload, OIDC mint, Integrity API), the npm token exchange in front of a real verdaccio, and the real',
    'twine and npm CLIs. Rows without a test are the library\'s behaviour, not exercised on loopback yet.',
    '',
    '| Step | Failure | What happens | Before any upload? | Doctor, beforehand | Re-run | Test |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...SUPPLY_CHAIN_ROWS.map((r) => `| ${esc(r.step)} | ${esc(r.failure)} | ${esc(r.outcome)} | ${esc(r.early)} | ${esc(r.doctor)} | ${esc(r.rerun)} | ${r.test ? `\`${esc(r.test[0])}\` › ${esc(r.test[1])}` : 'none yet'} |`),
    '',
    SUPPLY_CHAIN_END,
  ];
}

/** `text` with its supply-chain section replaced by the current one (appended when it has none). */
export function withSupplyChain(text) {
  const section = renderSupplyChain().join('\n');
  const start = text.indexOf(SUPPLY_CHAIN_START);
  const end = text.indexOf(SUPPLY_CHAIN_END);
  if (start >= 0 && end > start) return `${text.slice(0, start)}${section}${text.slice(end + SUPPLY_CHAIN_END.length)}`;
  return `${text.replace(/\n*$/, '\n\n')}${section}\n`;
}
