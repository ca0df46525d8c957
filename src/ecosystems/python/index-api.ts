/**
 * The read side of a Python package index (PyPI or any warehouse-compatible one): the JSON API and the
 * simple index (PEP 691 JSON, PEP 503 HTML as a fallback). The only module that knows their URLs and shapes.
 */
import { ReleaseError } from '../../core/errors.js';
import { fetchWithDeadline, redactUrl } from '../../core/http.js';
import { normalizeName } from './names.js';

/** One file as an index lists it. */
export interface IndexFile {
  filename: string;
  sha256?: string;
  url?: string;
  /** `bdist_wheel` | `sdist` (JSON API only). */
  packagetype?: string;
  size?: number;
  yanked?: boolean;
}

/** Where an index is and how to reach it. */
export interface IndexRequest {
  /** Base URL, e.g. `https://pypi.org`; the JSON API is `{base}/pypi/...`, the simple index `{base}/simple/`. */
  indexUrl: string;
  name: string;
  /** Defaults to the global fetch. */
  fetchImpl?: typeof fetch;
  signal?: AbortSignal;
  /** Time one request (and its body) may take, in ms. Defaults to 60 s. */
  timeoutMs?: number;
}


/** The index base without a trailing slash (`https://pypi.org/` → `https://pypi.org`). */
export function indexBase(indexUrl: string): string {
  return indexUrl.replace(/\/+$/, '');
}

/** The simple index URL pip takes as `--index-url`. */
export function simpleIndexUrl(indexUrl: string): string {
  return `${indexBase(indexUrl)}/simple/`;
}

/**
 * Files of one release from the JSON API (`/pypi/<name>/<version>/json`), or null when the index does not
 * know the version (404). Network errors and 5xx throw REGISTRY_DOWN, marked transient.
 */
export async function fetchJsonRelease(req: IndexRequest & { version: string }): Promise<IndexFile[] | null> {
  const url = `${indexBase(req.indexUrl)}/pypi/${encodeURIComponent(normalizeName(req.name))}/${encodeURIComponent(req.version)}/json`;
  const res = await get(url, 'application/json', req);
  if (res.status === 404) return null;
  const body = (await readJson(res, url)) as { urls?: { filename: string; digests?: { sha256?: string }; url?: string; packagetype?: string; size?: number; yanked?: boolean }[] };
  return (body.urls ?? []).map((u) => ({ filename: u.filename, sha256: u.digests?.sha256, url: u.url, packagetype: u.packagetype, size: u.size, yanked: u.yanked }));
}

/**
 * Files of a project on the simple index, the page pip reads: PEP 691 JSON when the index offers it, else
 * the PEP 503 HTML links with their `#sha256=` fragments. Null when the project page does not exist (404).
 */
export async function fetchSimpleFiles(req: IndexRequest): Promise<IndexFile[] | null> {
  const url = `${simpleIndexUrl(req.indexUrl)}${encodeURIComponent(normalizeName(req.name))}/`;
  const res = await get(url, 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1', req);
  if (res.status === 404) return null;
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('application/vnd.pypi.simple.v1+json')) {
    const body = (await readJson(res, url)) as { files?: { filename: string; url?: string; hashes?: { sha256?: string }; yanked?: unknown }[] };
    return (body.files ?? []).map((f) => ({ filename: f.filename, url: f.url, sha256: f.hashes?.sha256, yanked: Boolean(f.yanked) }));
  }
  return parseSimpleHtml(await res.text());
}

/** Links of a PEP 503 page: file name from the anchor text, sha256 from the URL fragment. */
export function parseSimpleHtml(html: string): IndexFile[] {
  const out: IndexFile[] = [];
  for (const m of html.matchAll(/<a\s+[^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/gi)) {
    const href = m[1].replace(/&amp;/g, '&');
    const sha = /#sha256=([0-9a-f]{64})/i.exec(href)?.[1];
    out.push({ filename: m[2].trim(), url: href.split('#')[0], sha256: sha?.toLowerCase() });
  }
  return out;
}

async function get(url: string, accept: string, req: IndexRequest): Promise<Response> {
  let res: Response;
  try {
    res = await fetchWithDeadline(url, { headers: { Accept: accept }, redirect: 'follow' }, { timeoutMs: req.timeoutMs, signal: req.signal, fetchImpl: req.fetchImpl });
  } catch (err) {
    if (err instanceof ReleaseError) throw err;
    throw new ReleaseError('REGISTRY_DOWN', `Could not reach ${redactUrl(url)}: ${(err as Error).message}`, 'Check the index URL (input `registries`) and the runner\'s network; the request is retried.', {
      transient: true,
      cause: err,
    });
  }
  if (res.status === 401 || res.status === 403) {
    throw new ReleaseError('NO_CREDENTIALS', `${redactUrl(url)} answered ${res.status} ${res.statusText}: it refuses to be read with these credentials.`, 'Check the credentials in the index URL (input `registries`, e.g. https://user:token@host/), or drop them for a public index.');
  }
  if (res.status === 404) return res;
  if (res.status >= 500 || res.status === 429) {
    throw new ReleaseError('REGISTRY_DOWN', `${redactUrl(url)} answered ${res.status} ${res.statusText}`, 'The index is having trouble; the request is retried. Check https://status.python.org if it persists.', {
      transient: true,
    });
  }
  if (!res.ok) {
    throw new ReleaseError('REGISTRY_DOWN', `${redactUrl(url)} answered ${res.status} ${res.statusText}`, 'Check the index URL (input `registries`): it should be the index base, e.g. https://pypi.org.');
  }
  return res;
}

async function readJson(res: Response, url: string): Promise<unknown> {
  try {
    return await res.json();
  } catch (err) {
    throw new ReleaseError('REGISTRY_DOWN', `${redactUrl(url)} did not answer JSON: ${(err as Error).message}`, 'Check the index URL (input `registries`): it should be the index base, e.g. https://pypi.org.', {
      transient: true,
      cause: err,
    });
  }
}
