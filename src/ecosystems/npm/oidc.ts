/**
 * npm trusted publishing from GitHub Actions: the pre-flight that makes the OIDC path work or says why not
 * (npm CLI ≥ 11.5.1, no token that npm would silently fall back to, package.json naming this repository, the
 * package already on the registry), and the clean environment `npm publish` then runs in. The npm CLI itself
 * asks the runner for an ID token (audience `npm:<registry host>`) and exchanges it at
 * `POST <registry>/-/npm/v1/oidc/token/exchange/package/<name>`.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ReleaseError } from '../../core/errors.js';
import type { Exec } from '../../core/exec.js';
import type { Logger } from '../../core/log.js';
import { trustedPublishingFindings, type TrustedPublishingFinding } from '../trusted-publishing.js';
import { NPM_TOKEN_VARIABLES } from '../../core/runner.js';
import { fetchPackument } from './registry-api.js';

/** Where the runner hands out ID tokens (ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN). */
export interface IdTokenRequest {
  url: string;
  token: string;
}

/** Names (never values) of the places a token is configured: the set token variables and `_authToken` lines of .npmrc files. */
export async function findStrayNpmTokens(setVariables: string[], npmrcFiles: string[]): Promise<string[]> {
  const found = setVariables.map((v) => `$${v}`);
  for (const file of npmrcFiles) {
    const text = await readFile(file, 'utf8').catch(() => '');
    if (/^\s*[^#;\s].*_auth(Token)?\s*=\s*\S/m.test(text)) found.push(file);
  }
  return found;
}

/** Claims of a JWT, unverified (only to report what the registry will see). */
function jwtClaims(jwt: string): Record<string, unknown> {
  try {
    return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Options of checkNpmTrustedPublishing. */
export interface NpmTrustedPublishingCheck {
  registry: string;
  name: string;
  /** The approved tarball's package.json (what npm checks). */
  manifest: { repository?: unknown };
  /** `owner/repo` of this run. */
  repository?: string;
  workflowRef?: string;
  idToken: IdTokenRequest;
  npm: string;
  exec: Exec;
  logger: Logger;
  /** Names of the set token variables (RunnerEnvironment.npmTokenVariables). Defaults to none. */
  tokenVariables?: string[];
  /** .npmrc files to look for tokens in. Default to ~/.npmrc and ./.npmrc. */
  npmrcFiles?: string[];
  signal?: AbortSignal;
}

/**
 * Runs the prerequisites before `npm publish` through OIDC; logs warnings and what npm will match, and throws
 * NO_CREDENTIALS (nothing published) on the first finding that would make the publish fail.
 */
export async function checkNpmTrustedPublishing(opts: NpmTrustedPublishingCheck): Promise<TrustedPublishingFinding[]> {
  const version = (await opts.exec(opts.npm, ['--version'], { check: false, signal: opts.signal, timeoutMs: 60_000 })).stdout.trim();
  // The ID token npm will get carries the environment and job workflow the registry matches; read them to report.
  const audience = `npm:${new URL(opts.registry).hostname}`;
  const url = `${opts.idToken.url}${opts.idToken.url.includes('?') ? '&' : '?'}audience=${encodeURIComponent(audience)}`;
  const res = await fetch(url, { headers: { Authorization: `bearer ${opts.idToken.token}`, Accept: 'application/json' }, signal: opts.signal ?? AbortSignal.timeout(30_000) });
  const jwt = res.ok ? ((await res.json().catch(() => ({}))) as { value?: string }).value : undefined;
  if (jwt) opts.logger.setSecret(jwt);
  const claims = jwt ? jwtClaims(jwt) : {};
  const packageExists = (await fetchPackument({ registry: opts.registry, name: opts.name, signal: opts.signal })) !== null;
  const findings = trustedPublishingFindings({
    registry: 'npm',
    idTokenAvailable: Boolean(jwt),
    tokenGiven: false,
    repository: opts.repository ?? (typeof claims.repository === 'string' ? claims.repository : undefined),
    workflowRef: opts.workflowRef ?? (typeof claims.workflow_ref === 'string' ? claims.workflow_ref : undefined),
    jobWorkflowRef: typeof claims.job_workflow_ref === 'string' ? claims.job_workflow_ref : undefined,
    environment: typeof claims.environment === 'string' ? claims.environment : undefined,
    npmVersion: version,
    strayTokens: await findStrayNpmTokens(opts.tokenVariables ?? [], opts.npmrcFiles ?? [join(homedir(), '.npmrc'), join(process.cwd(), '.npmrc')]),
    packageRepository: opts.manifest.repository,
    packageExists,
    packageName: opts.name,
  });
  for (const f of findings) {
    if (f.level === 'warning') opts.logger.warning(`${f.message} ${f.hint ?? ''}`.trim());
    else if (f.level === 'info') opts.logger.info(f.message);
  }
  const error = findings.find((f) => f.level === 'error');
  if (error) throw new ReleaseError('NO_CREDENTIALS', error.message, error.hint ?? 'Pass input `registry-token`.');
  return findings;
}

/** The environment `npm publish` runs in for OIDC: the runner's ID-token variables, and no token npm could fall back to. */
export function npmOidcEnv(idToken: IdTokenRequest): Record<string, string | undefined> {
  return {
    GITHUB_ACTIONS: 'true',
    ACTIONS_ID_TOKEN_REQUEST_URL: idToken.url,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: idToken.token,
    NPM_ID_TOKEN: undefined,
    ...Object.fromEntries(NPM_TOKEN_VARIABLES.map((v) => [v, undefined])),
  };
}
