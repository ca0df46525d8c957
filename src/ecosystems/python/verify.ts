/**
 * Checks that users can install the release: the JSON API lists every approved file with its sha256, the
 * simple index (what pip reads) serves them too, and `pip install name==version` into a fresh venv works.
 */
import { eq as pep440Eq, valid as pep440Valid } from '@renovatebot/pep440';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRequestTimeout } from '../../core/http.js';
import type { ArtifactRecord } from '../../core/context.js';
import { ReleaseError } from '../../core/errors.js';
import type { Exec } from '../../core/exec.js';
import type { Logger } from '../../core/log.js';
import { waitUntilServed, type ServedPoll } from '../registry-wait.js';
import { fetchJsonRelease, fetchSimpleFiles, type IndexFile, indexBase, simpleIndexUrl } from './index-api.js';
import { createVenv } from './venv.js';

/** Options for verifyPythonRelease. */
export interface VerifyPythonOptions {
  /** Index base, e.g. `https://pypi.org`. */
  indexUrl: string;
  name: string;
  version: string;
  artifacts: ArtifactRecord[];
  /** Interpreter that creates the fresh venv. */
  python: string;
  /** Give up waiting for the index after this many ms (PyPI's CDN can lag 10+ minutes; ~30 min is sane). */
  timeoutMs: number;
  /** First delay between polls in ms; doubles each time. Defaults to 5000. */
  pollMs?: number;
  /** Largest delay between polls in ms. Defaults to 60000. */
  maxPollMs?: number;
  /** Module to import after installing. */
  importName: string;
  exec: Exec;
  logger: Logger;
  /** Replaceable wait (tests). Defaults to a real timer. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  fetchImpl?: typeof fetch;
  /** Extra pip arguments. Defaults to none. */
  pipArgs?: string[];
  /** Timeout of one pip install in ms. Defaults to 5 minutes. */
  installTimeoutMs?: number;
  signal?: AbortSignal;
  /** Clock for the overall deadline (tests inject one that `sleep` advances). Defaults to Date.now. */
  now?: () => number;
  /** Time one index request may take, in ms. Defaults to 60 s. */
  requestTimeoutMs?: number;
}

/** What verification found. */
export interface VerifyPythonResult {
  verified: boolean;
  /** Seconds from the start of verification until the simple index served every file. */
  propagationS: number;
  /** `importlib.metadata.version(name)` in the fresh venv. */
  installedVersion?: string;
  /** `propagating`: the JSON API has the release, the simple index not yet; `missing`: the JSON API does not. */
  state: 'verified' | 'propagating' | 'missing' | 'unanswered';
  /** Why it is not verified, in words. */
  reason?: string;
}

type PollOutcome = ServedPoll<'propagating' | 'missing' | 'unanswered'>;

/**
 * Polls the JSON API, then the simple index, with exponential backoff until every approved file name with
 * its sha256 is served, then installs the release from the index into a fresh venv and checks its version.
 * Returns `verified: false` with the state when the index did not catch up in time; throws VERIFY_FAILED
 * when the index serves other bytes or the served release does not install.
 */
export async function verifyPythonRelease(opts: VerifyPythonOptions): Promise<VerifyPythonResult> {
  const served = await waitUntilServed(() => pollOnce(opts), opts);
  if (!served.served) return { verified: false, propagationS: served.propagationS, state: served.state, reason: served.reason };
  const { propagationS } = served;
  opts.logger.info(`${indexBase(opts.indexUrl)} serves ${opts.artifacts.map((a) => a.file).join(', ')} (after ${propagationS.toFixed(1)} s)`);
  const installedVersion = await installAndImport(opts);
  return { verified: true, propagationS, installedVersion, state: 'verified' };
}

async function pollOnce(opts: VerifyPythonOptions): Promise<PollOutcome> {
  const req = { indexUrl: opts.indexUrl, name: opts.name, fetchImpl: opts.fetchImpl, signal: opts.signal, timeoutMs: opts.requestTimeoutMs };
  let json: IndexFile[] | null;
  let simple: IndexFile[] | null;
  try {
    json = await fetchJsonRelease({ ...req, version: opts.version });
    if (!json) return { state: 'missing', reason: `${opts.name} ${opts.version} is not published: the JSON API answers 404` };
    const notListed = compare(opts.artifacts, json, 'the JSON API');
    if (notListed.length) return { state: 'missing', reason: `the JSON API lists ${opts.name} ${opts.version} but not ${notListed.join(', ')}` };
    simple = await fetchSimpleFiles(req);
  } catch (err) {
    if (isRequestTimeout(err)) return { state: 'unanswered', reason: `the index did not answer: ${(err as Error).message}` };
    if (err instanceof ReleaseError && err.transient) return { state: 'missing', reason: `the index did not answer (${err.message}); polling again` };
    throw err;
  }
  const stale = simple ? compare(opts.artifacts, simple, 'the simple index') : opts.artifacts.map((a) => a.file);
  if (stale.length) {
    return { state: 'propagating', reason: `still propagating: the JSON API has ${opts.name} ${opts.version}, the simple index (what pip reads) does not serve ${stale.join(', ')} yet` };
  }
  return { state: 'served' };
}

/** File names of `artifacts` the listing lacks; throws VERIFY_FAILED when it lists one with another sha256. */
function compare(artifacts: ArtifactRecord[], listed: IndexFile[], where: string): string[] {
  const byName = new Map(listed.map((f) => [f.filename, f]));
  const absent: string[] = [];
  for (const a of artifacts) {
    const f = byName.get(a.file);
    if (!f) absent.push(a.file);
    else if (f.sha256 && f.sha256.toLowerCase() !== a.sha256.toLowerCase()) {
      throw new ReleaseError('VERIFY_FAILED', `${where} serves ${a.file} with sha256 ${f.sha256}, not the approved ${a.sha256}.`, 'The index holds other bytes under this name; investigate before announcing, and release a new version.');
    }
  }
  return absent;
}

async function installAndImport(opts: VerifyPythonOptions): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'release-relay-verify-'));
  try {
    const venv = join(dir, 'venv');
    const cwd = join(dir, 'empty');
    // An empty working directory, so nothing beside the install can shadow the package on import.
    await mkdir(cwd);
    const fresh = await createVenv(opts.exec, opts.python, venv, { signal: opts.signal, timeoutMs: 5 * 60 * 1000 });
    const py = fresh.python;
    const [pip, ...pipPrefix] = fresh.pip;
    const index = simpleIndexUrl(opts.indexUrl);
    const host = new URL(index);
    // pip trusts plain http only on loopback; any other http index must be named as trusted.
    const trusted = host.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(host.hostname) ? ['--trusted-host', host.hostname] : [];
    const install = await opts.exec(
      pip,
      [...pipPrefix, '--isolated', 'install', '--no-cache-dir', '--disable-pip-version-check', '--timeout', String(Math.max(1, Math.ceil((opts.requestTimeoutMs ?? 60_000) / 1000))), '--index-url', index, ...trusted, ...(opts.pipArgs ?? []), `${opts.name}==${opts.version}`],
      { cwd, check: false, signal: opts.signal, timeoutMs: opts.installTimeoutMs ?? 5 * 60 * 1000 },
    );
    if (install.code !== 0) {
      throw new ReleaseError('VERIFY_FAILED', `pip could not install ${opts.name}==${opts.version} from ${index}:\n${excerpt(install.stdout, install.stderr)}`, 'The index lists the files but they do not install: check the requirements (Requires-Python, dependencies on this index).');
    }
    const probe = `import importlib.metadata, ${opts.importName}\nprint(importlib.metadata.version(${JSON.stringify(opts.name)}))`;
    const check = await opts.exec(py, ['-c', probe], { cwd, check: false, signal: opts.signal, timeoutMs: 2 * 60 * 1000 });
    if (check.code !== 0) {
      throw new ReleaseError('VERIFY_FAILED', `${opts.name}==${opts.version} installed from ${index} but \`import ${opts.importName}\` failed:\n${excerpt(check.stdout, check.stderr)}`, 'Check input `import-names` and that the wheel contains the package.');
    }
    const installed = check.stdout.trim().split('\n').pop() ?? '';
    if (!sameVersion(installed, opts.version)) {
      throw new ReleaseError('VERIFY_FAILED', `pip installed ${opts.name} ${installed} from ${index}, not ${opts.version}.`, 'The index served another version; check the version the release context recorded.');
    }
    opts.logger.info(`pip install ${opts.name}==${opts.version} from ${index} into a fresh venv works; import ${opts.importName} ok`);
    return installed;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** PEP 440 equality (`1.0.0-RC1` == `1.0.0rc1`), plain string equality for anything else. */
function sameVersion(a: string, b: string): boolean {
  if (pep440Valid(a) && pep440Valid(b)) return pep440Eq(a, b);
  return a === b;
}

function excerpt(stdout: string, stderr: string): string {
  return `${stdout}\n${stderr}`.trim().split('\n').slice(-20).join('\n');
}
