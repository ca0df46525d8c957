/**
 * Verifies a release from the registry the way a user meets it: poll the packument until the version is
 * listed and its tarball is served with the approved bytes, then `npm install name@version` from that
 * registry into an empty project and load it.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArtifactRecord } from '../../core/context.js';
import { ReleaseError } from '../../core/errors.js';
import type { Exec } from '../../core/exec.js';
import type { Logger } from '../../core/log.js';
import { waitUntilServed, type ServedPoll } from '../registry-wait.js';
import { probeInstalled, writeScratchProject } from './install-check.js';
import { fetchPackument, fetchTarball } from './registry-api.js';

/** Options of verifyNpmRelease. */
export interface VerifyNpmOptions {
  registry: string;
  name: string;
  version: string;
  /** The approved tarball(s); the served tarball's sha256 must be one of them. */
  artifacts: ArtifactRecord[];
  /** Give up after this long, in ms. */
  timeoutMs: number;
  /** First poll interval in ms (doubles up to maxPollMs). Defaults to 5000. */
  pollMs?: number;
  /** Longest poll interval in ms. Defaults to 60000. */
  maxPollMs?: number;
  npm?: string;
  node?: string;
  exec: Exec;
  logger: Logger;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  /** Time allowed for npm install, in ms. Defaults to 5 minutes. */
  installTimeoutMs?: number;
}

/** What verifyNpmRelease found. */
export interface VerifyNpmResult {
  verified: boolean;
  /** `verified`, or where polling stopped: `missing` (not listed) or `propagating` (listed, tarball not served yet). */
  state: 'verified' | 'missing' | 'propagating';
  propagationS: number;
  installedVersion?: string;
  reason?: string;
}

type Poll = ServedPoll<'missing' | 'propagating'>;

/** Polls with backoff until the registry serves the approved tarball, then installs it into an empty project. */
export async function verifyNpmRelease(opts: VerifyNpmOptions): Promise<VerifyNpmResult> {
  const served = await waitUntilServed(() => pollOnce(opts), opts);
  if (!served.served) return { verified: false, state: served.state, propagationS: served.propagationS, reason: served.reason };
  const { propagationS } = served;
  opts.logger.info(`${opts.registry} serves ${opts.name}@${opts.version} with the approved bytes (after ${propagationS.toFixed(1)} s)`);
  await installFromRegistry(opts);
  return { verified: true, state: 'verified', propagationS, installedVersion: opts.version };
}

async function pollOnce(opts: VerifyNpmOptions): Promise<Poll> {
  const read = { registry: opts.registry, name: opts.name, signal: opts.signal };
  try {
    const entry = (await fetchPackument(read))?.versions[opts.version];
    if (!entry) return { state: 'missing', reason: `${opts.registry} does not list ${opts.name}@${opts.version} yet` };
    if (!entry.dist?.tarball) return { state: 'propagating', reason: `${opts.name}@${opts.version} is listed without a tarball URL yet` };
    const bytes = await fetchTarball(entry.dist.tarball, read);
    if (!bytes) return { state: 'propagating', reason: `${opts.name}@${opts.version} is listed but ${entry.dist.tarball} answers 404 (still propagating)` };
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (!opts.artifacts.some((a) => a.sha256 === sha256)) {
      throw new ReleaseError('VERIFY_FAILED', `${entry.dist.tarball} serves bytes with sha256 ${sha256}, not the approved ${opts.artifacts.map((a) => a.sha256).join(', ')}.`, 'The registry holds other bytes under this version; investigate before announcing, and release a new version.');
    }
    return { state: 'served' };
  } catch (err) {
    if (err instanceof ReleaseError && err.transient) return { state: 'missing', reason: `the registry did not answer (${err.message}); polling again` };
    throw err;
  }
}

async function installFromRegistry(opts: VerifyNpmOptions): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'rr-npm-verify-'));
  try {
    const project = join(work, 'project');
    await writeScratchProject(project);
    const spec = `${opts.name}@${opts.version}`;
    // --prefer-online: a packument cached before the publish must not hide the new version.
    const install = await opts.exec(opts.npm ?? 'npm', ['install', spec, '--registry', opts.registry, '--prefer-online', '--no-audit', '--no-fund', '--no-update-notifier'], {
      cwd: project,
      check: false,
      signal: opts.signal,
      timeoutMs: opts.installTimeoutMs ?? 5 * 60_000,
    });
    if (install.code !== 0) {
      const log = `${install.stdout}\n${install.stderr}`.trim().split('\n').slice(-20).join('\n');
      throw new ReleaseError('VERIFY_FAILED', `npm could not install ${spec} from ${opts.registry}:\n${log}`, 'The registry lists the version but it does not install: check its dependencies (are they on this registry?).');
    }
    const problem = await probeInstalled({ project, name: opts.name, version: opts.version, node: opts.node ?? 'node', exec: opts.exec, signal: opts.signal, timeoutMs: 120_000 });
    if (problem) throw new ReleaseError('VERIFY_FAILED', `${spec} installed from ${opts.registry}, but: ${problem.reason}${problem.log ? `\n${problem.log}` : ''}`, 'Compare the published tarball with the one the gate checked.');
    opts.logger.info(`npm install ${spec} from ${opts.registry} into an empty project works; it loads`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
