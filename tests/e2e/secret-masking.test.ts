/**
 * Secrets never reach a log in clear: the bundled prepare action masks its token input before anything can
 * print it (and prints it nowhere else), and the publish credential code registers every token it handles
 * with setSecret before it logs anything.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consoleLogger } from '../../src/core/log.js';
import { getPublishToken } from '../../src/ecosystems/python/credentials.js';
import { OIDC_TEST_SECRET, startOidcProvider } from '../fixtures/oidc-provider.js';
import { startPackageIndex } from '../fixtures/package-index/server.js';
import { ensurePrepareBundle, PREPARE_BUNDLE, runBundledAction, type ActionRun } from '../helpers/bundled-action.js';
import { recordingLogger, type LogEvent } from '../helpers/logger.js';
import { git } from '../helpers/repo.js';
import { releasableRepo } from '../helpers/release-repo.js';
import { cleanupAfter } from '../helpers/cleanup.js';

const TOKEN = 'ghs_knownSecret123';
const cleanups = cleanupAfter();

beforeAll(async () => {
  await ensurePrepareBundle();
});

/** Lines of stdout + stderr (and the output and summary files) that hold `secret`. */
function linesWith(run: ActionRun, secret: string): string[] {
  const all = [...run.stdout.split('\n'), ...run.stderr.split('\n'), ...Object.values(run.outputs), run.summary];
  return all.filter((l) => l.includes(secret));
}

async function runWithToken(inputs: Record<string, string>, prepare?: (dir: string) => Promise<void>): Promise<ActionRun> {
  const r = await releasableRepo();
  const scratch = mkdtempSync(join(tmpdir(), 'relay-mask-'));
  cleanups.push(r.cleanup, () => rmSync(scratch, { recursive: true, force: true }));
  await prepare?.(r.dir);
  return runBundledAction(PREPARE_BUNDLE, { workspace: r.dir, scratch, inputs: { 'github-token': TOKEN, ...inputs }, env: { RUNNER_DEBUG: '1' } });
}

describe('the bundled prepare action with INPUT_GITHUB-TOKEN', () => {
  test('a release: the token appears only in the ::add-mask:: line, which comes before the stage runs', async () => {
    const run = await runWithToken({ bump: 'minor' });
    expect(run.code).toBe(0);
    expect(linesWith(run, TOKEN)).toEqual([`::add-mask::${TOKEN}`]);
    const lines = run.stdout.split('\n');
    const mask = lines.indexOf(`::add-mask::${TOKEN}`);
    expect(mask).toBeGreaterThanOrEqual(0);
    expect(mask).toBeLessThan(lines.findIndex((l) => l.startsWith('::group::')));
    expect(run.outputs.version).toBe('0.2.0');
  });

  test('a failing run (dirty tree) does not print it either', async () => {
    const run = await runWithToken({ bump: 'minor' }, async (dir) => writeFileSync(join(dir, 'scratch.txt'), 'x'));
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('::error::');
    expect(linesWith(run, TOKEN)).toEqual([`::add-mask::${TOKEN}`]);
  });

  test('a push that fails against a remote URL carrying the token: git redacts it, the action prints it nowhere', async () => {
    const run = await runWithToken({ bump: 'minor' }, async (dir) => {
      // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
      await git(dir, 'remote', 'set-url', 'origin', `https://x-access-token:${TOKEN}@127.0.0.1:9/acme/relay-example.git`);
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/::error::.*GIT_FAILED/);
    expect(linesWith(run, TOKEN)).toEqual([`::add-mask::${TOKEN}`]);
  });
});

/** Asserts `secret` was registered before the first log line, and no log line holds it. */
function expectMaskedFirst(events: LogEvent[], secret: string): void {
  const registered = events.findIndex((e) => e.kind === 'secret' && e.text === secret);
  expect(registered).toBeGreaterThanOrEqual(0);
  const firstUse = events.findIndex((e) => e.kind !== 'secret' && e.text.includes(secret));
  expect(firstUse).toBe(-1);
}

describe('getPublishToken (publish path)', () => {
  test('an input token is registered with setSecret before anything is logged', async () => {
    const logger = recordingLogger();
    const t = await getPublishToken({ token: 'pypi-inputSecret456', indexUrl: 'https://upload.example.test/legacy/', useOidc: true, logger });
    expect(t).toEqual({ token: 'pypi-inputSecret456', source: 'input' });
    expect(logger.events[0]).toEqual({ kind: 'secret', text: 'pypi-inputSecret456' });
    expectMaskedFirst(logger.events, 'pypi-inputSecret456');
  });

  test('Trusted Publishing: the ID token and the minted token are both registered before any log line', async () => {
    const index = await startPackageIndex({ oidc: { secret: OIDC_TEST_SECRET } });
    const provider = await startOidcProvider();
    cleanups.push(() => index.close(), () => provider.close());
    const logger = recordingLogger();

    const minted = await getPublishToken({ indexUrl: index.url, useOidc: true, requestUrl: provider.requestUrl, requestToken: provider.requestToken, logger, sleep: async () => undefined });

    expect(minted.source).toBe('oidc');
    const secrets = logger.events.filter((e) => e.kind === 'secret').map((e) => e.text);
    expect(secrets).toContain(minted.token);
    expect(secrets).toHaveLength(2); // the JWT from the runner, then the minted upload token
    const jwt = secrets.find((s) => s !== minted.token) as string;
    expect(jwt.split('.')).toHaveLength(3);
    expectMaskedFirst(logger.events, jwt);
    expectMaskedFirst(logger.events, minted.token);
    expect(logger.events.some((e) => e.kind === 'info' && /Minted/.test(e.text))).toBe(true);
    expect(logger.events.findIndex((e) => e.kind === 'secret' && e.text === minted.token)).toBeLessThan(logger.events.findIndex((e) => e.kind === 'info'));
    for (const e of logger.events) expect(e.text).not.toContain(provider.requestToken);
  });

  test('the console logger (CLI) prints *** for a registered token', () => {
    const out: string[] = [];
    const logger = consoleLogger({ debug: true, write: (l) => out.push(l) });
    logger.setSecret(TOKEN);
    logger.info(`pushing with ${TOKEN}`);
    logger.debug(`token=${TOKEN}`);
    logger.warning(`bad ${TOKEN}`);
    expect(out.join('\n')).not.toContain(TOKEN);
    expect(out[0]).toBe('pushing with ***');
  });
});
