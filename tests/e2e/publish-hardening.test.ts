/**
 * Hardening of publish-and-verify (issue 11): exactly the approved bytes are published, every network step
 * has its own deadline, credentials in registry URLs never reach a log, bad tags and re-runs are decided in
 * pre-flight. One prepared and gated release; a fresh sandbox, index and GitHub fixture per test.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { ReleaseError } from '../../src/core/errors.js';
import { exec as realExec, type Exec } from '../../src/core/exec.js';
import { publishAndVerify, type PublishOptions } from '../../src/stages/publish-and-verify.js';
import type { GitHubApiFixture } from '../fixtures/github-api/server.js';
import { startHangServer, type HangServer } from '../fixtures/hang-server.js';
import { startPackageIndex, type PackageIndexFixture } from '../fixtures/package-index/server.js';
import { recordRow } from '../helpers/reliability-rows.js';
import { OWNER, PYPI_TOKEN, PYTHON, REPO, githubClient, prepareAndGate, publishOptions, sandbox, startGitHub, type Prepared, type Sandbox } from './setup.js';
import { type RecordingLogger, recordingLogger } from '../helpers/logger.js';
import { rejection } from '../helpers/errors.js';
import { cleanupAfter } from '../helpers/cleanup.js';

let prepared: Prepared;
const cleanups = cleanupAfter();

beforeAll(async () => {
  prepared = await prepareAndGate();
}, 180_000);


afterAll(() => prepared?.cleanup());

interface World {
  sb: Sandbox;
  index: PackageIndexFixture;
  github: GitHubApiFixture;
  logger: RecordingLogger;
  sdist: string;
  options(extra?: Partial<PublishOptions>): PublishOptions;
}

async function world(): Promise<World> {
  const sb = await sandbox(prepared);
  const index = await startPackageIndex({ tokens: [PYPI_TOKEN] });
  const github = await startGitHub();
  const logger = recordingLogger();
  cleanups.push(() => sb.cleanup(), () => index.close(), () => github.close());
  const sdist = (sb.context.artifacts ?? []).find((a) => a.file.endsWith('.tar.gz'))?.file as string;
  return {
    sb,
    index,
    github,
    logger,
    sdist,
    options: (extra = {}) => publishOptions(sb, index.url, githubClient(github, logger), extra),
  };
}

const fastSleep = async (): Promise<void> => undefined;

/** Runs the stage expecting a failure; records how long the hang took to fail (data for docs/reliability.md). */
async function hangRun(w: World, step: string, deadline: string, options: PublishOptions, notes?: string): Promise<ReleaseError> {
  const started = Date.now();
  const run = publishAndVerify(options, { logger: w.logger, sleep: fastSleep });
  const err = await run.catch((e: unknown) => e);
  recordRow({ table: 'hangs', step, fault: deadline, outcome: err instanceof ReleaseError ? `${err.code}: ${err.message.split('\n')[0]}` : 'no error', ms: Date.now() - started, notes });
  return rejection(run);
}

/** An sdist with the same name and other content: the approved one re-packed with one more file. */
async function tamperedCopy(file: string): Promise<Buffer> {
  const out = `${file}.evil`;
  const script = [
    'import io, sys, tarfile',
    'src, dst = sys.argv[1], sys.argv[2]',
    'with tarfile.open(src) as t, tarfile.open(dst, "w:gz") as o:',
    '    for m in t.getmembers():',
    '        o.addfile(m, t.extractfile(m) if m.isfile() else None)',
    '    data = b"print(\\"owned\\")\\n"',
    '    info = tarfile.TarInfo(t.getmembers()[0].name.split("/")[0] + "/evil.py"); info.size = len(data)',
    '    o.addfile(info, io.BytesIO(data))',
  ].join('\n');
  await realExec(PYTHON, ['-c', script, file, out]);
  return readFileSync(out);
}

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** The sha256 the index stores for `file` of the release. */
function stored(w: World, file: string): string | undefined {
  return w.index.files.get('relay-example')?.get(w.sb.context.version?.next as string)?.get(file)?.sha256;
}

describe('1. exactly the approved bytes', () => {
  test('a file swapped in artifact-dir after the digest check is not what gets uploaded', async () => {
    const w = await world();
    const approved = (w.sb.context.artifacts ?? []).find((a) => a.file === w.sdist)?.sha256;
    const evil = await tamperedCopy(join(w.sb.artifactDir, w.sdist));
    let swapped = false;
    // The swap happens just before the upload tool starts: after every check the stage made.
    const swapping: Exec = async (file, args, opts) => {
      if (!swapped && args.includes('upload')) {
        writeFileSync(join(w.sb.artifactDir, w.sdist), evil);
        swapped = true;
      }
      return realExec(file, args, opts);
    };
    const r = await publishAndVerify(w.options(), { exec: swapping, logger: w.logger, sleep: fastSleep });
    expect(swapped).toBe(true);
    expect(r.publishedTo).toHaveLength(1);
    expect(stored(w, w.sdist)).toBe(approved);
    expect(stored(w, w.sdist)).not.toBe(sha256(evil));
  }, 120_000);

  test('a file changed under the upload tool itself is caught by comparing with what the index reports', async () => {
    const w = await world();
    let tampered = false;
    // The tool is handed a path; whatever it is, the bytes behind it change before it reads them.
    const tampering: Exec = async (file, args, opts) => {
      const target = args[args.length - 1];
      if (!tampered && args.includes('upload') && target.endsWith('.tar.gz')) {
        writeFileSync(target, await tamperedCopy(target));
        tampered = true;
      }
      return realExec(file, args, opts);
    };
    const err = await rejection(publishAndVerify(w.options(), { exec: tampering, logger: w.logger, sleep: fastSleep }), 'DIGEST_MISMATCH');
    expect(tampered).toBe(true);
    expect(err.message).toContain(w.sdist);
    // Nothing after the upload ran: no tag, no release.
    expect((await w.sb.remoteTags()).has(w.sb.context.version?.tag as string)).toBe(false);
    expect(w.github.state.releases).toHaveLength(0);
  }, 120_000);
});

describe('2. every network step has a deadline (a server that accepts and never answers)', () => {
  async function hang(): Promise<HangServer> {
    const h = await startHangServer();
    cleanups.push(() => h.close());
    return h;
  }

  test('the index during pre-flight: each read is cut at request-timeout and the error names the endpoint', async () => {
    const w = await world();
    const h = await hang();
    const err = await hangRun(w, 'publish: index read in pre-flight', 'request-timeout 300 ms, 2 attempts', w.options({ registries: [h.url], requestTimeoutMs: 300, uploadAttempts: 2 }), 'was 3 × ~300 s');
    expect(err).toBeInstanceOf(ReleaseError);
    expect(err.code).toBe('TIMEOUT');
    expect(err.message).toMatch(new RegExp(`GET ${h.url}/pypi/relay-example/[^ ]+/json did not answer within 300 ms`));
    expect(err.hint).toContain('request-timeout');
    expect(h.requests.length).toBe(2); // upload-attempts reads, then it stops
    expect(w.index.uploads).toHaveLength(0);
  }, 60_000);

  test('the GitHub API during the release: cut at request-timeout, GITHUB_FAILED names the call', async () => {
    const w = await world();
    const h = await hang();
    const client = (await import('../../src/actions/common/github-client.js')).createGitHubClient({ token: 'ghs_x', baseUrl: h.url, retries: 1, retryAfterBaseMs: 1, requestTimeoutMs: 300 });
    const err = await hangRun(w, 'publish: GitHub API (release)', 'request-timeout 300 ms, 1 client retry', w.options({ github: { client, owner: OWNER, repo: REPO } }), 'was 16 min and counting; includes the upload before it');
    expect(err).toBeInstanceOf(ReleaseError);
    expect(err.message).toMatch(/did not answer within 300 ms/);
    expect(err.message).toContain(h.url);
    expect(h.requests.length).toBeGreaterThan(0);
  }, 60_000);

  test('/simple/ during verify: verify-timeout holds and the error says the index did not answer', async () => {
    const w = await world();
    w.index.failNext({ path: /^\/simple\//, hang: true, times: 1000 });
    const err = await hangRun(w, 'publish: /simple/ during verify', 'request-timeout 200 ms, verify-timeout 900 ms', w.options({ verify: true, verifyTimeoutMs: 900, verifyPollMs: 100, requestTimeoutMs: 200 }), 'was 316 s for verify-timeout 30 s, reported as "not served"; includes the upload before it');
    expect(err).toBeInstanceOf(ReleaseError);
    expect(err.code).toBe('VERIFY_FAILED');
    expect(err.message).toMatch(/did not answer within 200 ms/);
    expect(err.message).toContain('/simple/relay-example/');
    expect(err.message).not.toMatch(/is not served/);
  }, 60_000);

  test('the upload endpoint: twine is killed with its process group at upload-timeout', async () => {
    const w = await world();
    w.index.failNext({ path: /^\/legacy\/$/, hang: true, times: 1000 });
    const err = await hangRun(w, 'publish: upload endpoint (twine)', 'upload-timeout 3 s, 1 attempt', w.options({ uploadAttempts: 1, uploadTimeoutMs: 3000 }), 'was 600 s per attempt');
    expect(err).toBeInstanceOf(ReleaseError);
    expect(err.code).toBe('TIMEOUT');
    expect(err.message).toContain(`${w.index.url}/legacy/`);
    expect(err.message).toMatch(/did not finish within 3\.0 s/);
    expect(err.hint).toContain('upload-timeout');
  }, 60_000);
});

describe('3. notes-dir and metrics-file stay inside the workspace or RUNNER_TEMP', () => {
  test.each([
    ['notes-dir through ..', { notesDir: '../../notes' }, 'notes-dir'],
    ['metrics-file elsewhere', { metricsFile: '/var/lib/relay-metrics.prom' }, 'metrics-file'],
  ] as const)('%s is refused in pre-flight, before any upload', async (_name, extra, input) => {
    const w = await world();
    const err = await rejection(publishAndVerify(w.options(extra), { logger: w.logger, sleep: fastSleep }), 'PATH_ESCAPE');
    expect(err.hint).toContain(input);
    expect(w.index.uploads).toHaveLength(0);
  }, 60_000);
});

describe('7. credentials in a registry URL', () => {
  const SECRET = 's3cr3t-Pa55';
  const withCreds = (w: World): string => w.index.url.replace('http://', `http://relay-user:${SECRET}@`);

  test('are masked, and appear in no log line and no error, through retries and the upload', async () => {
    const w = await world();
    w.index.failNext({ path: /^\/pypi\//, status: 503, times: 2 });
    const r = await publishAndVerify(w.options({ registries: [withCreds(w)] }), { logger: w.logger, sleep: fastSleep });
    expect(r.publishedTo).toHaveLength(1);
    expect(w.logger.secrets).toContain(SECRET);
    expect(w.logger.lines.filter((l) => l.includes(SECRET))).toEqual([]);
    expect(w.logger.lines.some((l) => /retrying/.test(l))).toBe(true);
  }, 60_000);

  test('a 401 is permanent (not retried), and its hint names a real input', async () => {
    const w = await world();
    w.index.failNext({ path: /^\/pypi\//, status: 401, times: 10 });
    const err = await rejection(publishAndVerify(w.options({ registries: [withCreds(w)], uploadAttempts: 4 }), { logger: w.logger, sleep: fastSleep }), 'NO_CREDENTIALS');
    expect(err.transient).toBe(false);
    expect(err.message).not.toContain(SECRET);
    expect(err.hint).toContain('`registries`');
    expect(w.logger.lines.filter((l) => /retrying/.test(l))).toEqual([]);
  }, 60_000);
});

describe('8. a tag git would reject is found in pre-flight', () => {
  test.each([['with a space', 'v0.2.0 rc'], ['with ..', 'v0..2'], ['ending in .lock', 'v0.2.0.lock']])('tag %s: refused before any upload', async (_name, tag) => {
    const w = await world();
    const context = structuredClone(w.sb.context);
    (context.version as NonNullable<typeof context.version>).tag = tag;
    const err = await rejection(publishAndVerify(w.options({ context }), { logger: w.logger, sleep: fastSleep }), 'BAD_CONTEXT');
    expect(err.message).toContain(tag);
    expect(w.index.uploads).toHaveLength(0);
    expect(w.github.state.releases).toHaveLength(0);
  }, 60_000);
});

describe('11. a re-run with nothing left to upload mints no Trusted Publishing token', () => {
  test('every file already on the index: no ID token requested, nothing minted, release completed', async () => {
    const { startOidcProvider, OIDC_TEST_SECRET } = await import('../fixtures/oidc-provider.js');
    const provider = await startOidcProvider();
    const sb = await sandbox(prepared);
    const index = await startPackageIndex({ tokens: [], oidc: { secret: OIDC_TEST_SECRET } });
    const github = await startGitHub();
    const logger = recordingLogger();
    const saved = { url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL, token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN };
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = provider.requestUrl;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = provider.requestToken;
    cleanups.push(
      () => sb.cleanup(),
      () => index.close(),
      () => github.close(),
      () => provider.close(),
      () => {
        for (const [k, v] of [['ACTIONS_ID_TOKEN_REQUEST_URL', saved.url], ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', saved.token]] as const) {
          if (v === undefined) delete process.env[k];
          else process.env[k] = v;
        }
      },
    );
    for (const a of sb.context.artifacts ?? []) index.seed('relay-example', sb.context.version?.next as string, a.file, readFileSync(join(sb.artifactDir, a.file)));
    const r = await publishAndVerify(
      { cwd: sb.work, context: sb.context, artifactDir: sb.artifactDir, registries: [index.url], useOidc: true, tools: { python: PYTHON }, verify: false, retryDelayMs: 5, github: { client: githubClient(github, logger), owner: OWNER, repo: REPO } },
      { logger, sleep: fastSleep },
    );
    expect(r.context.publish?.skipped_existing?.length).toBe(2);
    expect(provider.issued).toEqual([]);
    expect(index.mints).toEqual([]);
    expect(github.state.releases).toHaveLength(1);
  }, 60_000);
});
