/**
 * Reliability of publish-and-verify (issue 7): every network step (GitHub release create, release asset
 * upload, index upload, verify polling, OIDC mint) under 5xx bursts, rate limits, connection resets, slow
 * answers and failures that do not clear; then a re-run with the fault cleared must finish with nothing
 * duplicated. The bundled action is also SIGKILLed at step boundaries and re-run. Attempts and elapsed
 * times are collected as data (never asserted on) through tests/helpers/reliability-rows.ts; the document
 * docs/reliability.md is rendered from them by `npm run reliability-report`, never by the tests.
 */
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { ReleaseError } from '../../src/core/errors.js';
import { publishAndVerify, type PublishOptions, type PublishStageResult } from '../../src/stages/publish-and-verify.js';
import type { GitHubApiFixture } from '../fixtures/github-api/server.js';
import { startOidcProvider, OIDC_TEST_SECRET, type OidcProviderFixture } from '../fixtures/oidc-provider.js';
import { startPackageIndex, type PackageIndexFixture } from '../fixtures/package-index/server.js';
import type { ActionRun } from '../helpers/bundled-action.js';
import { recordRow } from '../helpers/reliability-rows.js';
import { PYPI_TOKEN, githubClient, prepareAndGate, publishOptions, runPublishBundle, sandbox, startGitHub, type Prepared, type Sandbox } from './setup.js';
import { type RecordingLogger, recordingLogger } from '../helpers/logger.js';
import { cleanupAfter } from '../helpers/cleanup.js';

/** One row of docs/reliability.md (recorded, rendered by scripts/reliability-report.mjs). */
interface Row {
  step: string;
  fault: string;
  /** Requests (or polls, or twine calls) the step made; `normal` is what it makes without a fault. */
  attempts: string;
  retried: string;
  outcome: string;
  ms: number | string;
  rerun: string;
  notes?: string;
}

const rows = { push: (row: Row): void => recordRow({ table: 'faults', ...row }) };
let prepared: Prepared;
const closers = cleanupAfter('all');

beforeAll(async () => {
  prepared = await prepareAndGate();
}, 120_000);

afterAll(async () => {
  prepared?.cleanup();
});

// ---------------------------------------------------------------------------------------------------------
// A fault-injecting HTTP proxy in front of the GitHub fixture: connection resets after the request was
// handled (the response is lost) and a failure that holds until cleared. The fixture itself injects statuses
// (failNext) and slow answers (delayNext).

interface FaultProxy {
  url: string;
  /** Forward the next `times` matching requests, then destroy the socket instead of answering. */
  dropAfterHandling(match: RegExp, method: string, times: number): void;
  /** Answer 503 to every matching request until cleared. */
  hardFail(match: RegExp, method: string): void;
  clear(): void;
  /** Requests answered by hardFail. */
  hardHits: number;
  close(): Promise<void>;
}

async function startFaultProxy(target: string, rewrite?: () => [string, string] | undefined): Promise<FaultProxy> {
  let drop: { match: RegExp; method: string; times: number } | undefined;
  let hard: { match: RegExp; method: string } | undefined;
  const state = { hardHits: 0 };
  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer): void => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const method = req.method ?? 'GET';
    if (hard && hard.method === method && hard.match.test(path)) {
      state.hardHits++;
      res.writeHead(503, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ message: 'Service Unavailable', documentation_url: 'https://docs.github.com/rest' }));
      return;
    }
    const dropThis = drop !== undefined && drop.times > 0 && drop.method === method && drop.match.test(path);
    if (dropThis && drop) drop.times--;
    const headers = { ...req.headers };
    delete headers.host;
    const out = httpRequest(`${target}${req.url ?? '/'}`, { method, headers: { ...headers, 'content-length': String(body.length) } }, (upstream) => {
      const chunks: Buffer[] = [];
      upstream.on('data', (c: Buffer) => chunks.push(c));
      upstream.on('end', () => {
        if (dropThis) {
          req.socket.destroy();
          return;
        }
        let payload = Buffer.concat(chunks);
        const pair = rewrite?.();
        if (pair && /json/.test(String(upstream.headers['content-type'] ?? ''))) payload = Buffer.from(payload.toString('utf8').split(pair[0]).join(pair[1]));
        const h = { ...upstream.headers };
        delete h['content-length'];
        delete h['transfer-encoding'];
        res.writeHead(upstream.statusCode ?? 502, { ...h, 'content-length': String(payload.length) });
        res.end(payload);
      });
    });
    out.on('error', () => req.socket.destroy());
    out.end(body);
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    dropAfterHandling: (match, method, times) => void (drop = { match, method, times }),
    hardFail: (match, method) => void (hard = { match, method }),
    clear: () => {
      drop = undefined;
      hard = undefined;
    },
    get hardHits() {
      return state.hardHits;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// One case's world: its own remote, artifacts, index, GitHub fixture behind the proxies.

interface World {
  sb: Sandbox;
  index: PackageIndexFixture;
  github: GitHubApiFixture;
  api: FaultProxy;
  uploads: FaultProxy;
  logger: RecordingLogger;
  /** Called when a step's group opens: faults are injected at the start of the step under test. */
  onStep: Map<string, () => void>;
  version: string;
  tag: string;
  options(extra?: Partial<PublishOptions>): PublishOptions;
  close(): Promise<void>;
}

/** `oidc`: the ID-token endpoint the runner would announce (ACTIONS_ID_TOKEN_REQUEST_*); publishing then uses Trusted Publishing. */
async function world(opts: { oidc?: { requestUrl: string; requestToken: string } } = {}): Promise<World> {
  const sb = await sandbox(prepared);
  const index = await startPackageIndex({ tokens: opts.oidc ? [] : [PYPI_TOKEN], oidc: opts.oidc ? { secret: OIDC_TEST_SECRET } : undefined });
  const github = await startGitHub();
  const uploads = await startFaultProxy(github.uploadUrl);
  const api = await startFaultProxy(github.url, () => [`${github.uploadUrl}/`, `${uploads.url}/`]);
  const onStep = new Map<string, () => void>();
  const base = recordingLogger();
  const logger: RecordingLogger = {
    ...base,
    group: (name, fn) => {
      onStep.get(name)?.();
      return base.group(name, fn);
    },
  };
  const client = githubClient(github, logger, { baseUrl: api.url });
  return {
    sb,
    index,
    github,
    api,
    uploads,
    logger,
    onStep,
    version: sb.context.version?.next as string,
    tag: sb.context.version?.tag as string,
    options: (extra = {}) =>
      publishOptions(sb, index.url, client, {
        token: opts.oidc ? undefined : PYPI_TOKEN,
        useOidc: Boolean(opts.oidc),
        // These rows measure the mint's faults (ID tokens counted); attestations have their own tests (tests/ecosystems/python/attestations.test.ts, tests/e2e/publish-attested.test.ts).
        attestations: false,
        runner: opts.oidc ? { oidc: { requestUrl: opts.oidc.requestUrl, requestToken: opts.oidc.requestToken } } : undefined,
        verifyTimeoutMs: 5_000,
        verifyPollMs: 100,
        ...extra,
      }),
    close: async () => {
      await api.close();
      await uploads.close();
      await github.close();
      await index.close();
      sb.cleanup();
    },
  };
}

/**
 * Real waits capped at 50 ms: backoff and polling keep their shape without sleeping for seconds. Overall
 * deadlines (verify-timeout) run on a virtual clock that each wait advances by what it asked for, so a busy
 * machine cannot make a poll loop give up early or late (issue 11, item 9).
 */
const deps = (w: World): { logger: RecordingLogger; sleep: (ms: number) => Promise<void>; now: () => number } => {
  let virtual = 0;
  return {
    logger: w.logger,
    now: () => virtual,
    sleep: (ms) => {
      virtual += ms;
      return new Promise((r) => setTimeout(r, Math.min(ms, 50)));
    },
  };
};

function seed(w: World, which: 'all' | 'sdist'): void {
  for (const a of w.sb.context.artifacts ?? []) {
    const wheel = a.file.endsWith('.whl');
    if (which === 'sdist' && wheel) continue;
    w.index.seed('relay-example', w.version, a.file, readFileSync(join(w.sb.artifactDir, a.file)), wheel ? 'bdist_wheel' : 'sdist');
  }
}

const count = (w: World, method: string, path: RegExp, status?: number): number => w.github.requests.filter((r) => r.method === method && path.test(r.path) && (status === undefined || r.status === status)).length;
const okUploads = (w: World): number => w.index.uploads.filter((u) => u.status === 200).length;

/** The one end state: one tag on the release commit, one published release with 2 assets, each file once. */
async function expectReleased(w: World): Promise<void> {
  const artifacts = w.sb.context.artifacts ?? [];
  const stored = w.index.files.get('relay-example')?.get(w.version);
  expect(new Map([...(stored ?? new Map())].map(([n, f]) => [n, f.sha256]))).toEqual(new Map(artifacts.map((a) => [a.file, a.sha256])));
  const perFile: Record<string, number> = {};
  for (const u of w.index.uploads) if (u.status === 200) perFile[u.filename] = (perFile[u.filename] ?? 0) + 1;
  for (const n of Object.values(perFile)) expect(n).toBe(1);
  const tags = await w.sb.remoteTags();
  expect([...tags.keys()].sort()).toEqual(['v0.1.0', w.tag].sort());
  expect(tags.get(w.tag)).toBe(w.sb.context.release_commit?.sha);
  expect(w.github.state.releases).toHaveLength(1);
  expect(w.github.state.releases[0].draft).toBe(false);
  expect((w.github.state.assets.get(w.github.state.releases[0].id) ?? []).map((a) => a.asset.name).sort()).toEqual(artifacts.map((a) => a.file).sort());
  expect(w.github.violations).toEqual([]);
}

/** Runs the stage; returns the result or the error code and the wall time. */
async function timed(w: World, options: PublishOptions): Promise<{ result?: PublishStageResult; error?: unknown; ms: number }> {
  const started = Date.now();
  try {
    const result = await publishAndVerify(options, deps(w));
    return { result, ms: Date.now() - started };
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
}

function outcomeOf(r: { result?: PublishStageResult; error?: unknown }): string {
  if (r.result) return r.result.degraded ? 'success (degraded)' : 'success';
  return r.error instanceof ReleaseError ? r.error.code : `unexpected: ${String(r.error)}`;
}

/** What a re-run did, from the state before and after it. */
async function rerun(w: World, options: PublishOptions): Promise<string> {
  const before = { uploads: okUploads(w), releases: count(w, 'POST', /\/releases$/, 201), assets: count(w, 'POST', /\/assets$/, 201) };
  w.onStep.clear(); // the fault is cleared: nothing is injected into the re-run
  const r = await timed(w, options);
  if (!r.result) throw new Error(`the re-run failed: ${outcomeOf(r)} ${String(r.error)}`);
  await expectReleased(w);
  const p = r.result.context.publish;
  const did = [
    `${okUploads(w) - before.uploads} uploaded, ${p?.skipped_existing?.length ?? 0} skipped`,
    p?.tag_created ? 'tag created' : 'tag kept',
    count(w, 'POST', /\/releases$/, 201) > before.releases ? 'release created' : 'release reused',
    `${count(w, 'POST', /\/assets$/, 201) - before.assets} asset(s) uploaded`,
    r.result.verified ? 'verified' : undefined,
  ].filter(Boolean);
  return `${did.join('; ')} (${r.ms} ms)`;
}

/** Runs `n` tasks at most `limit` at a time. */
async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const errors: unknown[] = [];
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item).catch((e: unknown) => void errors.push(e));
    }),
  );
  if (errors.length) throw errors[0];
}

// ---------------------------------------------------------------------------------------------------------
// The matrix.

type Fault = '500 ×2' | '502 ×2' | '503 ×2' | '503 ×6' | '403 secondary rate limit' | '429 rate limit' | 'connection reset' | 'slow answer (1.5 s)' | 'hard failure (does not clear)';
const GITHUB_FAULTS: Fault[] = ['500 ×2', '502 ×2', '503 ×2', '403 secondary rate limit', '429 rate limit', 'connection reset', 'slow answer (1.5 s)', 'hard failure (does not clear)'];
const INDEX_FAULTS: Fault[] = ['500 ×2', '502 ×2', '503 ×2', 'connection reset', 'slow answer (1.5 s)', 'hard failure (does not clear)'];
const NOT_INJECTABLE = 'not injected: the index fixture answers 500/502/503, resets and delays only';

/** Injects `fault` on GitHub requests `method path`, through the fixture or the proxy in front of it. */
function injectGitHub(w: World, proxy: FaultProxy, fault: Fault, match: RegExp): void {
  const m = { match, method: 'POST' };
  switch (fault) {
    case '500 ×2':
    case '502 ×2':
    case '503 ×2':
      return w.github.failNext({ ...m, status: Number(fault.slice(0, 3)) as 500 | 502 | 503, times: 2 });
    case '403 secondary rate limit':
      return w.github.failNext({ ...m, status: 403, secondaryRateLimit: true, retryAfter: 1, times: 1 });
    case '429 rate limit':
      return w.github.failNext({ ...m, status: 429, retryAfter: 1, times: 1 });
    case 'connection reset':
      return proxy.dropAfterHandling(match, 'POST', 1);
    case 'slow answer (1.5 s)':
      return w.github.delayNext({ ...m, ms: 1500, times: 1 });
    case 'hard failure (does not clear)':
      return proxy.hardFail(match, 'POST');
    default:
      throw new Error(`no GitHub fault ${fault}`);
  }
}

function injectIndex(w: World, fault: Fault, path: RegExp): void {
  switch (fault) {
    case '500 ×2':
    case '502 ×2':
    case '503 ×2':
      return w.index.failNext({ path, status: Number(fault.slice(0, 3)) as 500 | 502 | 503, times: 2 });
    case '503 ×6':
      return w.index.failNext({ path, status: 503, times: 6 });
    case 'connection reset':
      return w.index.failNext({ path, dropConnection: true, times: 1 });
    case 'slow answer (1.5 s)':
      return w.index.failNext({ path, delayMs: 1500, times: 1 });
    case 'hard failure (does not clear)':
      return w.index.down(true, path);
    default:
      throw new Error(`no index fault ${fault}`);
  }
}

describe('reliability: faults per network step, then a re-run with the fault cleared', () => {
  test('GitHub: release create (POST /releases)', async () => {
    const STEP = 'GitHub: create release';
    await pool(GITHUB_FAULTS, 4, async (fault) => {
      const w = await world();
      try {
        seed(w, 'all'); // the step under test is GitHub's: no twine calls needed
        w.onStep.set('GitHub release', () => injectGitHub(w, w.api, fault, /\/releases$/));
        const r = await timed(w, w.options());
        const attempts = count(w, 'POST', /\/releases$/) + w.api.hardHits;
        w.api.clear();
        if (fault.startsWith('hard')) expect(r.error).toBeInstanceOf(ReleaseError);
        else expect(r.result).toBeDefined();
        rows.push({ step: STEP, fault, attempts: `${attempts} (normal 1)`, retried: String(attempts - 1), outcome: outcomeOf(r), ms: r.ms, rerun: await rerun(w, w.options()), notes: fault.startsWith('slow') ? 'shorter than request-timeout (60 s default): the call waits' : undefined });
      } finally {
        await w.close();
      }
    });
  }, 300_000);

  test('GitHub: release asset upload (POST uploads …/assets)', async () => {
    const STEP = 'GitHub: upload asset';
    await pool(GITHUB_FAULTS, 4, async (fault) => {
      const w = await world();
      try {
        seed(w, 'all');
        w.onStep.set('GitHub release', () => injectGitHub(w, w.uploads, fault, /\/assets$/));
        const r = await timed(w, w.options());
        const attempts = count(w, 'POST', /\/assets$/) + w.uploads.hardHits;
        w.uploads.clear();
        if (fault.startsWith('hard')) expect(r.error).toBeInstanceOf(ReleaseError);
        else expect(r.result).toBeDefined();
        rows.push({ step: STEP, fault, attempts: `${attempts} (normal 2)`, retried: String(attempts - 2), outcome: outcomeOf(r), ms: r.ms, rerun: await rerun(w, w.options()), notes: fault.startsWith('slow') ? 'shorter than request-timeout (60 s default): the call waits' : undefined });
      } finally {
        await w.close();
      }
    });
  }, 300_000);

  test('index: upload (twine → POST /legacy/)', async () => {
    const STEP = 'index: upload';
    const faults: Fault[] = ['500 ×2', '502 ×2', '503 ×2', '503 ×6', 'connection reset', 'slow answer (1.5 s)', 'hard failure (does not clear)'];
    await pool(faults, 2, async (fault) => {
      const w = await world();
      try {
        w.onStep.set('publish to registry', () => injectIndex(w, fault, /^\/legacy\/$/));
        const r = await timed(w, w.options({ uploadAttempts: 4 }));
        w.index.down(false);
        const requests = w.index.uploads.length;
        if (fault.startsWith('hard')) expect((r.error as ReleaseError).code).toBe('UPLOAD_FAILED');
        else expect(r.result).toBeDefined();
        const twine = r.result?.context.publish?.attempts;
        rows.push({
          step: STEP,
          fault,
          attempts: `${requests} POSTs (normal 2)`,
          retried: String(requests - 2),
          outcome: outcomeOf(r),
          ms: r.ms,
          rerun: await rerun(w, w.options()),
          notes: [twine !== undefined ? `twine calls: ${twine}` : 'twine calls: 4 per file (upload-attempts), 5 POSTs each', /^50\d ×2$/.test(fault) ? "twine re-sends a 5xx POST itself (up to 5×, no delay)" : undefined].filter(Boolean).join('; '),
        });
      } finally {
        await w.close();
      }
    });
    for (const fault of ['403 secondary rate limit', '429 rate limit'] as Fault[]) rows.push({ step: STEP, fault, attempts: '-', retried: '-', outcome: '-', ms: '-', rerun: '-', notes: NOT_INJECTABLE });
  }, 300_000);

  test('index: verify polling (GET /pypi/…/json)', async () => {
    const STEP = 'index: verify polling';
    await pool(INDEX_FAULTS, 2, async (fault) => {
      const w = await world();
      try {
        seed(w, 'all');
        w.onStep.set('verify from registry', () => injectIndex(w, fault, /^\/pypi\//));
        const r = await timed(w, w.options({ verify: true }));
        w.index.down(false);
        const polls = w.logger.lines.filter((l) => /^info: poll \d+ /.test(l)).length + (r.result ? 1 : 0);
        if (fault.startsWith('hard')) expect((r.error as ReleaseError).code).toBe('VERIFY_FAILED');
        else expect(r.result?.verified).toBe(true);
        // A verified release needs no second verification; after VERIFY_FAILED the re-run verifies.
        rows.push({ step: STEP, fault, attempts: `${polls} poll(s) (normal 1)`, retried: String(Math.max(0, polls - 1)), outcome: outcomeOf(r), ms: r.ms, rerun: await rerun(w, w.options({ verify: !r.result })), notes: fault.startsWith('hard') ? 'polls back off (×2) on a virtual clock; the last poll is at verify-timeout (5 s here)' : undefined });
      } finally {
        await w.close();
      }
    });
    for (const fault of ['403 secondary rate limit', '429 rate limit'] as Fault[]) rows.push({ step: STEP, fault, attempts: '-', retried: '-', outcome: '-', ms: '-', rerun: '-', notes: NOT_INJECTABLE });
  }, 300_000);

  test('OIDC: mint a Trusted Publishing token (POST /_/oidc/mint-token)', async () => {
    const STEP = 'OIDC: mint token';
    const provider: OidcProviderFixture = await startOidcProvider();
    closers.push(() => provider.close());
    // Sequential: the provider is shared, attempts are counted by ID tokens issued.
    for (const fault of INDEX_FAULTS) {
      const w = await world({ oidc: provider });
      try {
        seed(w, 'sdist'); // one file left to upload, so a token is needed
        w.onStep.set('pre-flight checks', () => injectIndex(w, fault, /^\/_\/oidc\/mint-token$/));
        const issued = provider.issued.length;
        const r = await timed(w, w.options());
        w.index.down(false);
        const attempts = provider.issued.length - issued;
        if (fault.startsWith('hard')) expect((r.error as ReleaseError).code).toBe('REGISTRY_DOWN');
        else expect(r.result).toBeDefined();
        expect(w.index.mints.filter((m) => m.outcome !== 'ok')).toEqual([]);
        rows.push({ step: STEP, fault, attempts: `${attempts} (normal 1)`, retried: String(attempts - 1), outcome: outcomeOf(r), ms: r.ms, rerun: await rerun(w, w.options()), notes: 'each attempt uses a fresh ID token (a JWT is accepted once)' });
        if (fault.startsWith('hard')) expect(w.index.uploads.length).toBe(1); // only the re-run's upload: nothing before the token
      } finally {
        await w.close();
      }
    }
    for (const fault of ['403 secondary rate limit', '429 rate limit'] as Fault[]) rows.push({ step: STEP, fault, attempts: '-', retried: '-', outcome: '-', ms: '-', rerun: '-', notes: NOT_INJECTABLE });
  }, 300_000);
});

// ---------------------------------------------------------------------------------------------------------
// SIGKILL at step boundaries: the bundled action as a child process (own process group, as a runner
// cancelling a job kills the whole tree), killed once its log shows a step; then re-run to the same end state.

/** Runs the bundled publish-and-verify in the world's sandbox; with `killAfter`, SIGKILLs it once stdout matches. */
function runBundled(w: World, killAfter?: RegExp): Promise<ActionRun> {
  return runPublishBundle(w.sb, w.index.url, w.github.url, { killWhen: killAfter, inputs: { verify: 'false' } });
}

describe('reliability: SIGKILL of the bundled action at step boundaries, then a re-run', () => {
  const points: [string, RegExp][] = [
    ['1 “publish to registry” (during the upload)', /::group::publish to registry/],
    ['2 “uploaded …” (first file uploaded)', /uploaded \S+ to /],
    ['3 “tag release commit” (upload done, no tag yet)', /::group::tag release commit/],
    ['4 “GitHub release” (tag pushed, no release yet)', /::group::GitHub release/],
    ['5 “announce” (release published)', /::group::announce/],
  ];
  test('every kill point re-runs to one tag, one release, each file uploaded once', async () => {
    await pool(points, 3, async ([label, marker]) => {
      const w = await world();
      try {
        const first = await runBundled(w, marker);
        expect(first.killed).toBe(true);
        const state = `${okUploads(w)} file(s) on the index, tag ${(await w.sb.remoteTags()).has(w.tag) ? 'pushed' : 'absent'}, ${w.github.state.releases.length} release(s)`;
        const before = { uploads: okUploads(w), releases: w.github.state.releases.length };
        const second = await runBundled(w);
        expect({ code: second.code, tail: second.code === 0 ? '' : `${second.stdout}${second.stderr}`.slice(-2000) }).toEqual({ code: 0, tail: '' });
        await expectReleased(w);
        expect(second.outputs['release-url']).toBe(w.github.state.releases[0].html_url);
        rows.push({
          step: 'bundled action',
          fault: `SIGKILL at ${label}`,
          attempts: '-',
          retried: '-',
          outcome: `killed at ${first.durationMs} ms (${state})`,
          ms: first.durationMs,
          rerun: `exit 0; ${okUploads(w) - before.uploads} uploaded; ${before.releases ? 'release reused' : 'release created'} (${second.durationMs} ms)`,
        });
      } finally {
        await w.close();
      }
    });
  }, 300_000);
});

// ---------------------------------------------------------------------------------------------------------
