/**
 * Publishes an approved tarball with the real npm client, after comparing what the registry already holds:
 * the same bytes are skipped (a resumed release), other bytes under the same version stop the release before
 * anything is uploaded. The token goes into a temporary .npmrc (mode 600) passed with --userconfig: never on a
 * command line, never in the environment of other steps.
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createStepContext, retry, type StepContext } from '../../core/combinators.js';
import { ReleaseError } from '../../core/errors.js';
import type { Exec } from '../../core/exec.js';
import type { Logger } from '../../core/log.js';
import { npmOidcEnv, type IdTokenRequest } from './oidc.js';
import type { RunnerEnvironment } from '../../core/runner.js';
import { fetchPackument, nerfDart, NPMJS, sameDist, tarballIntegrity } from './registry-api.js';

/** Options of publishTarball. */
export interface NpmPublishOptions {
  /** Registry URL with a trailing slash. */
  registry: string;
  /** The tarball to publish. */
  file: string;
  name: string;
  version: string;
  token: string;
  /** Dist-tag: `latest` for a release, `next` for a prerelease. */
  tag: string;
  /** Attach a provenance statement (only on GitHub Actions with an OIDC token available). Defaults to false. */
  provenance?: boolean;
  /** Publish through npm trusted publishing: npm exchanges the runner's ID token; `token` is then empty and unused. */
  oidc?: IdTokenRequest;
  /** The npm binary. Defaults to `npm`. */
  npm?: string;
  exec: Exec;
  logger: Logger;
  signal?: AbortSignal;
  /** Upload attempts (transient failures only). Defaults to 4. */
  attempts?: number;
  /** First retry delay in ms. Defaults to 2000. */
  baseDelayMs?: number;
  sleep?: StepContext['sleep'];
  /** Kill one npm publish after this many ms. Defaults to 10 minutes. */
  timeoutMs?: number;
}

/** What publishTarball did. */
export interface NpmPublishResult {
  uploaded: boolean;
  /** Upload attempts made (0 when skipped). */
  attempts: number;
}

/** Whether `npm publish` should attach provenance: on GitHub Actions with an ID token, to the public registry. */
export function wantsProvenance(registry: string, runner: RunnerEnvironment = {}): boolean {
  return !!runner.onGitHubActions && !!runner.oidc?.requestUrl && registry === NPMJS;
}

/**
 * Publishes `file` unless the registry already has the version: same integrity → skipped, other bytes →
 * ALREADY_PUBLISHED_DIFFERENT (nothing uploaded). Transient failures (5xx, connection resets, timeouts) are
 * retried with backoff; a refusal to publish over an existing version is resolved by comparing integrity again.
 */
export async function publishTarball(opts: NpmPublishOptions): Promise<NpmPublishResult> {
  if (opts.token) opts.logger.setSecret(opts.token);
  const local = await tarballIntegrity(opts.file);
  const read = { registry: opts.registry, name: opts.name, token: opts.token, signal: opts.signal };
  const ctx: StepContext = { ...createStepContext('publish-and-verify', opts.logger), sleep: opts.sleep, signal: opts.signal };

  const existing = await retry(async () => (await fetchPackument(read))?.versions[opts.version], { attempts: 3, baseDelayMs: opts.baseDelayMs ?? 2000 })(undefined, ctx);
  if (existing) return resolveExisting(opts, existing.dist, local, 0);

  const dir = await mkdtemp(join(tmpdir(), 'rr-npm-publish-'));
  const npmrc = join(dir, '.npmrc');
  try {
    // Trusted publishing: no token anywhere npm looks (user and global config, environment), so OIDC is the only way in.
    await writeFile(npmrc, opts.oidc ? '' : `${nerfDart(opts.registry)}:_authToken=${opts.token}\n`, { mode: 0o600 });
    await chmod(npmrc, 0o600);
    const globalConfig = opts.oidc ? ['--globalconfig', join(dir, 'global.npmrc')] : [];
    if (opts.oidc) await writeFile(join(dir, 'global.npmrc'), '', { mode: 0o600 });
    const args = ['publish', opts.file, '--registry', opts.registry, '--userconfig', npmrc, ...globalConfig, '--tag', opts.tag, '--ignore-scripts', '--no-update-notifier', ...(opts.provenance ? ['--provenance'] : [])];
    let attempts = 0;
    const upload = retry<void, 'uploaded' | 'exists'>(
      async (_input, c) => {
        attempts = c.attempts?.count ?? attempts + 1;
        opts.logger.info(`npm ${args.join(' ')}`);
        const r = await opts.exec(opts.npm ?? 'npm', args, { cwd: dir, check: false, signal: opts.signal, timeoutMs: opts.timeoutMs ?? 10 * 60_000, env: opts.oidc ? npmOidcEnv(opts.oidc) : undefined }).catch((err: unknown) => {
          if (err instanceof ReleaseError && err.code === 'TIMEOUT' && !opts.signal?.aborted) throw new ReleaseError('UPLOAD_FAILED', `npm publish ${basename(opts.file)} timed out.`, 'The registry is slow; the upload is retried.', { transient: true, cause: err });
          throw err;
        });
        if (r.code === 0) return 'uploaded';
        const failure = classifyNpmPublishFailure(basename(opts.file), opts.registry, `${r.stdout}\n${r.stderr}`, Boolean(opts.oidc));
        if (failure === 'exists') return 'exists';
        throw failure;
      },
      { attempts: opts.attempts ?? 4, baseDelayMs: opts.baseDelayMs ?? 2000, maxDelayMs: 60_000 },
    );
    const outcome = await upload(undefined, ctx);
    if (outcome === 'exists') {
      // Someone (or an earlier attempt whose answer got lost) published this version: compare the bytes.
      const entry = (await fetchPackument(read))?.versions[opts.version];
      return resolveExisting(opts, entry?.dist, local, attempts);
    }
    opts.logger.info(`published ${opts.name}@${opts.version} (${basename(opts.file)}) to ${opts.registry} with dist-tag ${opts.tag}${opts.oidc ? ' through npm trusted publishing' : ''}${opts.provenance ? ', with provenance' : ''}`);
    return { uploaded: true, attempts };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function resolveExisting(opts: NpmPublishOptions, dist: Parameters<typeof sameDist>[0], local: { integrity: string; shasum: string }, attempts: number): NpmPublishResult {
  if (sameDist(dist, local)) {
    opts.logger.info(`${opts.name}@${opts.version} is already on ${opts.registry} with the same integrity; skipped`);
    return { uploaded: false, attempts };
  }
  throw new ReleaseError(
    'ALREADY_PUBLISHED_DIFFERENT',
    `${opts.name}@${opts.version} is already on ${opts.registry} with other bytes (${dist?.integrity ?? dist?.shasum ?? 'no integrity'}; the approved ${basename(opts.file)} is ${local.integrity}).`,
    'A published npm version can never be replaced. Release a new version (the next patch or prerelease); do not rebuild the same one.',
  );
}

/**
 * Turns npm's output for a failed publish into a ReleaseError, or `exists` when the registry refused because
 * the version is already there (403 "cannot publish over the previously published versions", 409, EPUBLISHCONFLICT).
 * 5xx, 429, ECONNRESET, ETIMEDOUT, EAI_AGAIN → UPLOAD_FAILED (transient); 401, ENEEDAUTH, other 403 →
 * NO_CREDENTIALS; 402 → UPLOAD_FAILED with the access hint; anything else → UPLOAD_FAILED (permanent).
 */
export function classifyNpmPublishFailure(file: string, registry: string, output: string, oidc = false): ReleaseError | 'exists' {
  const text = output.replace(new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'), '');
  const code = /npm (?:error|ERR!) code (\S+)/.exec(text)?.[1] ?? '';
  const status = /^E(\d{3})$/.exec(code)?.[1] ? Number(code.slice(1)) : undefined;
  const errors = text.split('\n').filter((l) => /^npm (error|ERR!)/.test(l)).map((l) => l.replace(/^npm (error|ERR!)\s*/, '').trim()).filter((l) => l && !/^(code |A complete log|\/.*\.log$)/.test(l));
  const reason = errors.slice(0, 4).join(' / ') || text.trim().split('\n').slice(-3).join(' / ') || `npm exited without output (${code || 'no code'})`;
  if (code === 'EPUBLISHCONFLICT' || status === 409 || /cannot publish over|previously published|already present|already exists/i.test(text)) return 'exists';
  if ((status !== undefined && status >= 500) || status === 429 || ['ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNREFUSED', 'ESOCKETTIMEDOUT', 'EPIPE'].includes(code)) {
    return new ReleaseError('UPLOAD_FAILED', `npm publish ${file} to ${registry} failed: ${reason}`, 'The registry or the network had trouble; the upload is retried with backoff. Check https://status.npmjs.org for the public registry.', { transient: true });
  }
  if (oidc && (status === 401 || code === 'ENEEDAUTH' || status === 403 || status === 404)) {
    return new ReleaseError('NO_CREDENTIALS', `${registry} did not let ${file} in through npm trusted publishing: ${reason}`, 'The OIDC exchange was refused: the trusted publisher on npmjs.com (package → Settings → Trusted publishing) must name this repository, workflow file and environment exactly; or pass input "registry-token".');
  }
  if (status === 401 || code === 'ENEEDAUTH' || status === 403) {
    return new ReleaseError('NO_CREDENTIALS', `${registry} refused the token for ${file}: ${reason}`, 'Check input "registry-token": an npm automation or granular access token with publish rights on this package (and 2FA not required for it).');
  }
  if (status === 402) {
    return new ReleaseError('UPLOAD_FAILED', `${registry} refused ${file}: ${reason}`, 'A scoped package is private by default on npm: add "publishConfig": { "access": "public" } to package.json, or use a paid plan.');
  }
  return new ReleaseError('UPLOAD_FAILED', `npm publish ${file} to ${registry} failed: ${reason}`, 'The registry rejected the package itself; fix what it names, then release a new version.');
}
