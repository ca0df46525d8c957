/**
 * Uploads approved distributions to a Python index with twine, one file per call, after comparing what
 * the index already holds: identical files are skipped (resume), different ones stop the release.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createStepContext, retry, type StepContext } from '../../core/combinators.js';
import type { ArtifactRecord } from '../../core/context.js';
import { ReleaseError, isReleaseError } from '../../core/errors.js';
import { formatMs, redactUrl, splitCredentials } from '../../core/http.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { Pep740Attestation } from './attestations.js';
import type { Exec } from '../../core/exec.js';
import type { Logger } from '../../core/log.js';
import { indexBase } from './index-api.js';
import { pythonRemoteState } from './registry-state.js';

/** Options for one twineUpload call. */
export interface TwineUploadOptions {
  /** Interpreter that runs twine. Defaults to `python3`. */
  python?: string;
  /** argv prefix that runs twine, e.g. `['/usr/bin/twine']`. Defaults to `[python, '-m', 'twine']`. */
  twine?: string[];
  /** Upload endpoint, e.g. `https://upload.pypi.org/legacy/`. */
  repositoryUrl: string;
  /** API token; passed through the environment, never on the command line. */
  token: string;
  /** Distribution files (paths); each one is uploaded by its own twine call. */
  files: string[];
  exec: Exec;
  logger: Logger;
  signal?: AbortSignal;
  /** Kill one twine call after this many ms. Defaults to 10 minutes. */
  timeoutMs?: number;
  /** PEP 740 attestations per file name, sent in the upload's `attestations` field. */
  attestations?: Record<string, Pep740Attestation>;
}

/**
 * Runs twine's own CLI with the `attestations` upload field added from RELEASE_RELAY_ATTESTATIONS (a file
 * holding the JSON list): twine < 6.1 (Debian's 4.0.2 among them) cannot send attestations, and twine ≥ 6.1
 * wants them beside the file. Same metadata, same HTTP client, same error output as plain twine.
 */
export const TWINE_WITH_ATTESTATIONS = [
  'import os, sys',
  'from twine import package',
  '_metadata = package.PackageFile.metadata_dictionary',
  'def _with_attestations(self):',
  '    data = _metadata(self)',
  "    path = os.environ.get('RELEASE_RELAY_ATTESTATIONS')",
  '    if path:',
  "        with open(path, encoding='utf-8') as f:",
  "            data['attestations'] = f.read()",
  '    return data',
  'package.PackageFile.metadata_dictionary = _with_attestations',
  'from twine.__main__ import main',
  "sys.argv[0] = 'twine'",
  'sys.exit(main())',
].join('\n');

/**
 * Runs twine once per file. A failure throws a ReleaseError classified from twine's output: 5xx,
 * connection resets and timeouts → UPLOAD_FAILED (transient); 400 "File already exists" →
 * ALREADY_PUBLISHED_DIFFERENT; 401/403 → NO_CREDENTIALS; any other refusal → UPLOAD_FAILED (permanent).
 */
export async function twineUpload(opts: TwineUploadOptions): Promise<{ uploaded: string[] }> {
  const python = opts.python ?? 'python3';
  const argv = opts.twine ?? [python, '-m', 'twine'];
  opts.logger.setSecret(opts.token);
  const uploaded: string[] = [];
  for (const file of opts.files) {
    const attestation = opts.attestations?.[basename(file)];
    let attestationDir: string | undefined;
    let runner = argv;
    const extraEnv: Record<string, string> = {};
    if (attestation) {
      if (opts.twine) throw new ReleaseError('BAD_INPUT', `An attestation for ${basename(file)} cannot be sent through the twine command ${opts.twine.join(' ')}.`, 'Leave the twine override unset (twine runs from input `python`), or set input `attestations: false`.');
      attestationDir = await mkdtemp(join(tmpdir(), 'relay-attest-'));
      extraEnv.RELEASE_RELAY_ATTESTATIONS = join(attestationDir, `${basename(file)}.publish.attestation`);
      await writeFile(extraEnv.RELEASE_RELAY_ATTESTATIONS, JSON.stringify([attestation]));
      runner = [python, '-c', TWINE_WITH_ATTESTATIONS];
    }
    // Never credentials on a command line (process listings): twine authenticates with TWINE_* variables.
    const args = [...runner.slice(1), 'upload', '--repository-url', splitCredentials(opts.repositoryUrl).url, '--non-interactive', '--disable-progress-bar', '--verbose', file];
    const timeoutMs = opts.timeoutMs ?? 10 * 60 * 1000;
    const result = await opts
      .exec(runner[0], args, {
        // TWINE_PASSWORD, not --password: the token must not show up in a process listing.
        env: { TWINE_USERNAME: '__token__', TWINE_PASSWORD: opts.token, TWINE_REPOSITORY: undefined, TWINE_REPOSITORY_URL: undefined, NO_COLOR: '1', COLUMNS: '200', ...extraEnv },
        check: false,
        signal: opts.signal,
        timeoutMs,
      })
      .catch((err: unknown) => {
        if (!isReleaseError(err, 'TIMEOUT')) throw err;
        throw new ReleaseError('TIMEOUT', `Uploading ${basename(file)} to ${redactUrl(opts.repositoryUrl)} did not finish within ${formatMs(timeoutMs)} (twine was killed with its process group)`, 'Check that the upload endpoint answers, or raise input `upload-timeout` (seconds per file and attempt) for large files.', { transient: true, cause: err });
      })
      .finally(() => (attestationDir ? rm(attestationDir, { recursive: true, force: true }) : undefined));
    if (result.code !== 0) throw classifyTwineFailure(basename(file), opts.repositoryUrl, `${result.stdout}\n${result.stderr}`);
    opts.logger.info(`uploaded ${basename(file)} to ${redactUrl(opts.repositoryUrl)}${attestation ? ' with its PEP 740 attestation' : ''}`);
    uploaded.push(file);
  }
  return { uploaded };
}

/** Turns twine's output for a failed upload of `file` into a ReleaseError with the fix in the hint. */
export function classifyTwineFailure(file: string, repositoryUrl: string, output: string): ReleaseError {
  // Strip ANSI colour codes rich may print despite NO_COLOR.
  const text = redactUrl(output.replace(new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'), ''));
  repositoryUrl = redactUrl(repositoryUrl);
  const status = /HTTPError:\s*(\d{3})/.exec(text)?.[1];
  const code = status ? Number(status) : undefined;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const errorIndex = lines.findIndex((l) => /HTTPError:/.test(l));
  // twine's last words are "HTTPError: 400 Bad Request from <url>" then the reason phrase, wrapped by rich.
  const reason = errorIndex >= 0 ? lines.slice(errorIndex, errorIndex + 5).join(' ').replace(/^ERROR\s+/, '') : lines.slice(-3).join(' / ');
  if (code !== undefined && code >= 500) {
    return new ReleaseError('UPLOAD_FAILED', `Uploading ${file} to ${repositoryUrl} failed: ${reason}`, 'The index had a server error; the upload is retried with backoff. Check https://status.python.org if it persists.', {
      transient: true,
    });
  }
  if (code === 400 && /File already exists/i.test(text)) {
    return new ReleaseError(
      'ALREADY_PUBLISHED_DIFFERENT',
      `${file} already exists on ${repositoryUrl} with different content: ${reason}`,
      'An index never lets a file name be reused. Bump the version and release again; do not rebuild the same version.',
    );
  }
  if (code === 401 || code === 403) {
    return new ReleaseError('NO_CREDENTIALS', `${repositoryUrl} refused the credentials for ${file}: ${reason}`, 'Check input `pypi-token` (an API token scoped to this project, starting with `pypi-`) or the Trusted Publishing configuration.');
  }
  if (code !== undefined) {
    return new ReleaseError('UPLOAD_FAILED', `${repositoryUrl} refused ${file}: ${reason}`, 'The index rejected the file itself; fix the metadata or file the reason names, then build a new version.');
  }
  if (/ConnectionError|Connection aborted|RemoteDisconnected|ConnectionResetError|Connection reset|Connection refused|NewConnectionError|Max retries exceeded|timed out|Timeout|ProtocolError|BrokenPipe/i.test(text)) {
    return new ReleaseError('UPLOAD_FAILED', `Uploading ${file} to ${repositoryUrl} failed on the network: ${lines.slice(-1)[0] ?? ''}`, 'The connection broke; the upload is retried with backoff. Check the index URL if it persists.', {
      transient: true,
    });
  }
  return new ReleaseError('UPLOAD_FAILED', `twine could not upload ${file}: ${lines.slice(-5).join(' / ')}`, 'See twine\'s output above; check that twine is installed for input `python` (`python -m pip install twine`).');
}

/** Options for publishToIndex. */
export interface PublishToIndexOptions {
  /** Index base, e.g. `https://pypi.org` (JSON API for the resume check). */
  indexUrl: string;
  /** Upload endpoint. Defaults to `{indexUrl}/legacy/` (PyPI's is `https://upload.pypi.org/legacy/`). */
  repositoryUrl?: string;
  name: string;
  version: string;
  /** Directory holding the approved files. */
  dir: string;
  /** The approved files, by name and sha256 (the gate's record). */
  artifacts: ArtifactRecord[];
  token: string;
  /** Epoch ms when `token` expires (minted tokens); with `renewToken`, a token about to expire is renewed. */
  tokenExpiresAt?: number;
  /** Mints a new token (Trusted Publishing tokens live 15 minutes). */
  renewToken?: () => Promise<{ token: string; expiresAt?: number }>;
  /** The clock `tokenExpiresAt` is compared with (epoch ms). Defaults to Date.now. */
  now?: () => number;
  python?: string;
  twine?: string[];
  exec: Exec;
  logger: Logger;
  signal?: AbortSignal;
  /** Attempts per file. Defaults to 5. */
  attempts?: number;
  /** First backoff delay in ms. Defaults to 2000. */
  baseDelayMs?: number;
  /** Largest backoff delay in ms. Defaults to 60000. */
  maxDelayMs?: number;
  /** Replaceable wait (tests). Defaults to a real timer. */
  sleep?: StepContext['sleep'];
  fetchImpl?: typeof fetch;
  /** Signs one PEP 740 attestation per file to upload; every file is signed before the first upload. */
  attest?: (artifact: ArtifactRecord) => Promise<Pep740Attestation>;
  /** Time one index request may take, in ms. Defaults to 60 s. */
  requestTimeoutMs?: number;
  /** Time one twine call (one file) may take, in ms. Defaults to 10 minutes. */
  uploadTimeoutMs?: number;
}

/** What publishToIndex did. */
export interface PublishResult {
  /** File names uploaded now. */
  uploaded: string[];
  /** File names the index already had with the same sha256. */
  skipped: string[];
  /** twine calls made in all (1 per file when nothing failed). */
  attempts: number;
  /** File names uploaded with an attestation. */
  attested: string[];
}

/**
 * Publishes the approved bytes: checks every local file against its recorded sha256, asks the index what
 * it already has (same → skip, different → ALREADY_PUBLISHED_DIFFERENT before anything is uploaded), then
 * uploads each remaining file with retries on transient failures only.
 */
export async function publishToIndex(opts: PublishToIndexOptions): Promise<PublishResult> {
  const repositoryUrl = opts.repositoryUrl ?? `${indexBase(opts.indexUrl)}/legacy/`;
  const ctx: StepContext = { ...createStepContext('publish-and-verify', opts.logger), sleep: opts.sleep, signal: opts.signal };
  const retryOptions = { attempts: opts.attempts ?? 5, baseDelayMs: opts.baseDelayMs ?? 2000, maxDelayMs: opts.maxDelayMs ?? 60000, jitter: 0.3 };

  for (const artifact of opts.artifacts) await checkLocalDigest(opts.dir, artifact);

  const state = await retry(() => pythonRemoteState({ indexUrl: opts.indexUrl, name: opts.name, version: opts.version, artifacts: opts.artifacts, fetchImpl: opts.fetchImpl, signal: opts.signal, timeoutMs: opts.requestTimeoutMs }), retryOptions)(undefined, ctx);
  const different = Object.entries(state).filter(([, s]) => s === 'different').map(([f]) => f);
  if (different.length) {
    throw new ReleaseError(
      'ALREADY_PUBLISHED_DIFFERENT',
      `${opts.name} ${opts.version} is already on ${indexBase(opts.indexUrl)} with different content for ${different.join(', ')}; nothing was uploaded.`,
      'The index will never accept other bytes under these file names. Bump the version and release again.',
    );
  }
  const skipped = opts.artifacts.filter((a) => state[a.file] === 'same').map((a) => a.file);
  for (const file of skipped) opts.logger.info(`${file} is already on the index with the approved sha256; skipping it`);

  // Sign every attestation first: a Sigstore failure must leave nothing half uploaded.
  const attestations: Record<string, Pep740Attestation> = {};
  if (opts.attest) {
    for (const artifact of opts.artifacts.filter((a) => state[a.file] === 'absent')) attestations[artifact.file] = await retry(() => (opts.attest as NonNullable<typeof opts.attest>)(artifact), retryOptions)(undefined, ctx);
  }
  let token = opts.token;
  let expiresAt = opts.tokenExpiresAt;
  const uploaded: string[] = [];
  let attempts = 0;
  for (const artifact of opts.artifacts.filter((a) => state[a.file] === 'absent')) {
    const counter = { count: 0 };
    const upload = retry(async () => {
      // Renew a minted token a minute before it runs out; an upload started with it may take a while.
      if (opts.renewToken && expiresAt !== undefined && (opts.now ?? Date.now)() > expiresAt - 60_000) {
        ({ token, expiresAt } = await opts.renewToken());
        opts.logger.setSecret(token);
      }
      // Checked again right before every attempt: the bytes twine reads are the approved ones.
      await checkLocalDigest(opts.dir, artifact);
      return twineUpload({ python: opts.python, twine: opts.twine, repositoryUrl, token, files: [join(opts.dir, artifact.file)], exec: opts.exec, logger: opts.logger, signal: opts.signal, timeoutMs: opts.uploadTimeoutMs, attestations });
    }, retryOptions);
    try {
      await upload(undefined, { ...ctx, attempts: counter });
    } finally {
      attempts += counter.count;
    }
    // And what the index now reports must be those bytes too (a file swapped under the tool is caught here).
    const after = await retry(() => pythonRemoteState({ indexUrl: opts.indexUrl, name: opts.name, version: opts.version, artifacts: [artifact], fetchImpl: opts.fetchImpl, signal: opts.signal, timeoutMs: opts.requestTimeoutMs }), retryOptions)(undefined, ctx);
    if (after[artifact.file] === 'different') {
      throw new ReleaseError('DIGEST_MISMATCH', `${indexBase(opts.indexUrl)} reports other bytes for ${artifact.file} than the approved sha256 ${artifact.sha256} after the upload.`, 'The file changed while it was uploaded. Yank that file on the index, find what wrote into the runner\'s temp directory, and release a new version.');
    }
    if (after[artifact.file] === 'absent') opts.logger.warning(`${indexBase(opts.indexUrl)} does not list ${artifact.file} yet after the upload; verification will check it.`);
    uploaded.push(artifact.file);
  }
  return { uploaded, skipped, attempts, attested: uploaded.filter((f) => attestations[f]) };
}

async function checkLocalDigest(dir: string, artifact: ArtifactRecord): Promise<void> {
  const path = join(dir, artifact.file);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new ReleaseError('DIGEST_MISMATCH', `The approved file ${artifact.file} is missing from ${dir}: ${(err as Error).message}`, 'Download the release artifact the quality gate uploaded into that directory.', { cause: err });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== artifact.sha256.toLowerCase()) {
    throw new ReleaseError('DIGEST_MISMATCH', `${path} has sha256 ${sha256}, but the gate approved ${artifact.sha256}.`, 'Publish only the bytes the gate approved: use the release artifact, never a rebuild.', {
      location: { file: path },
    });
  }
}
