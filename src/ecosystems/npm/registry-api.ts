/**
 * What release-relay reads of an npm registry: the packument (`GET {registry}/{name}`), the integrity of a
 * tarball, and where a registry's auth token goes in an .npmrc.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ArtifactRecord } from '../../core/context.js';
import { ReleaseError } from '../../core/errors.js';
import { fetchWithDeadline } from '../../core/http.js';
import type { RegistryTarget, RemoteFileState } from '../types.js';

/** The public npm registry. */
export const NPMJS = 'https://registry.npmjs.org/';

/** One version's `dist` in a packument. */
export interface NpmDist {
  tarball?: string;
  integrity?: string;
  shasum?: string;
}

/** The parts of a packument release-relay reads. */
export interface Packument {
  name: string;
  'dist-tags': Record<string, string>;
  versions: Record<string, { version: string; dist?: NpmDist }>;
}

/** Resolves `npm` (or `npmjs`) to the public registry, or an http(s) URL to itself with one trailing slash. */
export function npmRegistry(nameOrUrl: string): RegistryTarget {
  const v = nameOrUrl.trim();
  if (['npm', 'npmjs', 'registry.npmjs.org'].includes(v.toLowerCase())) return { name: 'npm', uploadUrl: NPMJS, indexUrl: NPMJS };
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new ReleaseError('BAD_INPUT', `Input "registries" has "${nameOrUrl}", which is neither "npm" nor a URL.`, 'Use npm (https://registry.npmjs.org/) or a registry URL such as https://npm.pkg.github.com/.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ReleaseError('BAD_INPUT', `Input "registries" has "${nameOrUrl}", which is not an http(s) URL.`, 'Use an https:// registry URL.');
  }
  url.search = '';
  url.hash = '';
  const base = `${url.toString().replace(/\/+$/, '')}/`;
  return { name: base === NPMJS ? 'npm' : url.host, uploadUrl: base, indexUrl: base };
}

/** The packument URL of `name` (a scoped name's slash is encoded: `@scope%2fname`). */
export function packumentUrl(registry: string, name: string): string {
  const base = registry.endsWith('/') ? registry : `${registry}/`;
  return `${base}${name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)}`;
}

/** The key npm looks an auth token up by (the "nerf dart"): `//host[:port]/path/`. */
export function nerfDart(registry: string): string {
  const url = new URL(registry);
  return `//${url.host}${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}`;
}

/** SRI sha512 integrity (`sha512-<base64>`) and sha1 shasum (hex) of a file, as npm records them in `dist`. */
export async function tarballIntegrity(file: string): Promise<{ integrity: string; shasum: string }> {
  const bytes = await readFile(file);
  return { integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`, shasum: createHash('sha1').update(bytes).digest('hex') };
}

/** Whether a published `dist` is these bytes: the sha512 integrity when both have it, else the sha1 shasum. */
export function sameDist(dist: NpmDist | undefined, local: { integrity: string; shasum: string }): boolean {
  if (!dist) return false;
  const sha512 = dist.integrity?.split(/\s+/).find((i) => i.startsWith('sha512-'));
  if (sha512) return sha512 === local.integrity;
  return !!dist.shasum && dist.shasum.toLowerCase() === local.shasum;
}

/** Options of a registry read. */
export interface RegistryRead {
  registry: string;
  name: string;
  /** Bearer token for registries that need one to read. */
  token?: string;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  /** Time one request may take, in ms. Defaults to 60 s. */
  timeoutMs?: number;
}

async function get(url: string, opts: RegistryRead, accept: string): Promise<Response> {
  try {
    return await fetchWithDeadline(url, { headers: { Accept: accept, ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}) } }, { signal: opts.signal, fetchImpl: opts.fetchImpl, timeoutMs: opts.timeoutMs });
  } catch (err) {
    if (opts.signal?.aborted || err instanceof ReleaseError) throw err;
    throw new ReleaseError('REGISTRY_DOWN', `Could not reach ${url}: ${(err as Error).message}`, 'Check the network and input "registries"; the request is retried.', { transient: true, cause: err });
  }
}

function httpError(url: string, res: Response): ReleaseError {
  const transient = res.status >= 500 || res.status === 429;
  return new ReleaseError('REGISTRY_DOWN', `${url} answered ${res.status} ${res.statusText}.`, transient ? 'The registry is having trouble; the request is retried. Check https://status.npmjs.org for the public registry.' : 'Check input "registries" and whether reading this package needs a token.', { transient });
}

/** The packument, or null when the registry does not know the package (404). Throws REGISTRY_DOWN otherwise. */
export async function fetchPackument(opts: RegistryRead): Promise<Packument | null> {
  const url = packumentUrl(opts.registry, opts.name);
  const res = await get(url, opts, 'application/json');
  if (res.status === 404) return null;
  if (!res.ok) throw httpError(url, res);
  const body = (await res.json()) as Partial<Packument>;
  return { name: body.name ?? opts.name, 'dist-tags': body['dist-tags'] ?? {}, versions: body.versions ?? {} };
}

/** The bytes of a published tarball, or null on 404. */
export async function fetchTarball(url: string, opts: RegistryRead): Promise<Buffer | null> {
  const res = await get(url, opts, 'application/octet-stream');
  if (res.status === 404) return null;
  if (!res.ok) throw httpError(url, res);
  return Buffer.from(await res.arrayBuffer());
}

/**
 * What the registry holds of `version` for each artifact. A registry keeps one tarball per version, so every
 * artifact is compared with it: by sha512 integrity against the local file when `files` names it, else by
 * downloading the published tarball and comparing its sha256 with the approved one.
 */
export async function npmRemoteState(opts: RegistryRead & { version: string; artifacts: ArtifactRecord[]; files?: string[] }): Promise<Record<string, RemoteFileState>> {
  const packument = await fetchPackument(opts);
  const entry = packument?.versions[opts.version];
  const out: Record<string, RemoteFileState> = {};
  let remoteSha256: string | null | undefined;
  for (const a of opts.artifacts) {
    if (!entry) {
      out[a.file] = 'absent';
      continue;
    }
    const local = opts.files?.find((f) => f === a.file || f.endsWith(`/${a.file}`) || f.endsWith(`\\${a.file}`));
    if (local) {
      out[a.file] = sameDist(entry.dist, await tarballIntegrity(local)) ? 'same' : 'different';
      continue;
    }
    if (remoteSha256 === undefined) {
      const bytes = entry.dist?.tarball ? await fetchTarball(entry.dist.tarball, opts) : null;
      remoteSha256 = bytes ? createHash('sha256').update(bytes).digest('hex') : null;
    }
    out[a.file] = remoteSha256 === a.sha256 ? 'same' : 'different';
  }
  return out;
}
