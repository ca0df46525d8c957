/**
 * publish-and-verify end to end (issue 4): examples/python-package prepared and gated once, then published
 * per test against a fresh loopback package index (driven by the real twine and pip), a fresh GitHub API
 * fixture and a fresh bare clone of the prepared remote. Re-runs after every interruption point must finish
 * with nothing duplicated; every refusal must come before the first side effect it protects.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { publishAndVerify, type PublishOptions } from '../../src/stages/publish-and-verify.js';
import { ensureDraftRelease, uploadAssetIfMissing } from '../../src/github/releases.js';
import type { GitHubApiFixture } from '../fixtures/github-api/server.js';
import { startPackageIndex, type PackageIndexFixture } from '../fixtures/package-index/server.js';
import { git } from '../helpers/repo.js';
import { GITHUB_TOKEN, OWNER, PYPI_TOKEN, REPO, githubClient, prepareAndGate, publishOptions, runPublishBundle, sandbox, spanCount, startCollector, startGitHub, type Prepared, type Sandbox } from './setup.js';
import { type RecordingLogger, recordingLogger } from '../helpers/logger.js';
import { rejection } from '../helpers/errors.js';
import { cleanupAfter } from '../helpers/cleanup.js';

let prepared: Prepared;
const cleanups = cleanupAfter();

beforeAll(async () => {
  prepared = await prepareAndGate();
}, 120_000);


afterAll(() => {
  prepared?.cleanup();
});

/** One test's world: its own remote + clone + artifacts, index and GitHub fixture. */
interface World {
  sb: Sandbox;
  index: PackageIndexFixture;
  github: GitHubApiFixture;
  logger: RecordingLogger;
  tag: string;
  version: string;
  options(extra?: Partial<PublishOptions>): PublishOptions;
}

async function world(indexOptions: { propagationDelayMs?: number } = {}): Promise<World> {
  const sb = await sandbox(prepared);
  const index = await startPackageIndex({ tokens: [PYPI_TOKEN], ...indexOptions });
  const github = await startGitHub();
  cleanups.push(() => sb.cleanup(), () => index.close(), () => github.close());
  const logger = recordingLogger();
  const client = githubClient(github, logger);
  return {
    sb,
    index,
    github,
    logger,
    tag: sb.context.version?.tag as string,
    version: sb.context.version?.next as string,
    options: (extra = {}) => publishOptions(sb, index.url, client, { verifyTimeoutMs: 60_000, verifyPollMs: 100, notesDir: join(sb.root, 'notes'), ...extra }),
  };
}

/** A registry given as a URL is named by its host. */
const host = (url: string): string => new URL(url).host;

/** Real waits, capped at 50 ms: backoff and polling keep their order, the test does not sleep for seconds. */
const deps = (w: World): { logger: RecordingLogger; sleep: (ms: number) => Promise<void> } => ({ logger: w.logger, sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 50))) });

/** Files the index holds for the release, by name → sha256. */
function indexFiles(w: World): Map<string, string> {
  const release = w.index.files.get('relay-example')?.get(w.version);
  return new Map([...(release ?? new Map())].map(([name, f]) => [name, f.sha256]));
}

/** Successful uploads per file name. */
function okUploads(w: World): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const u of w.index.uploads) if (u.status === 200) counts[u.filename] = (counts[u.filename] ?? 0) + 1;
  return counts;
}

/** The end state every successful run (first or re-run) must reach, with nothing duplicated. */
async function expectReleased(w: World): Promise<void> {
  const artifacts = w.sb.context.artifacts ?? [];
  expect(artifacts).toHaveLength(2);
  expect(indexFiles(w)).toEqual(new Map(artifacts.map((a) => [a.file, a.sha256])));
  for (const n of Object.values(okUploads(w))) expect(n).toBe(1);
  const tags = await w.sb.remoteTags();
  expect(tags.get(w.tag)).toBe(w.sb.context.release_commit?.sha);
  expect([...tags.keys()].sort()).toEqual(['v0.1.0', w.tag].sort());
  expect(w.github.state.releases).toHaveLength(1);
  const release = w.github.state.releases[0];
  expect(release.draft).toBe(false);
  expect(release.tag_name).toBe(w.tag);
  const assets = w.github.state.assets.get(release.id) ?? [];
  expect(assets.map((a) => a.asset.name).sort()).toEqual(artifacts.map((a) => a.file).sort());
  for (const a of assets) {
    const approved = artifacts.find((r) => r.file === a.asset.name)?.sha256;
    expect(createHash('sha256').update(a.bytes).digest('hex')).toBe(approved);
  }
  expect(w.github.violations).toEqual([]);
}

describe('publish-and-verify end to end', () => {
  test('happy path: upload, annotated tag, published release with both assets, verified by pip, notes, metrics, OTLP', async () => {
    const w = await world({ propagationDelayMs: 300 });
    const collector = await startCollector();
    cleanups.push(() => collector.close());
    const metricsFile = join(w.sb.root, 'metrics.prom');
    const result = await publishAndVerify(w.options({ verify: true, metricsFile, otlpEndpoint: collector.url }), deps(w));

    await expectReleased(w);
    expect(result.verified).toBe(true);
    expect(result.degraded).toBe(false);
    expect(result.publishedTo).toEqual([host(w.index.url)]);
    expect(result.context.publish?.registry).toBe(w.index.url);
    expect(result.releaseUrl).toBe(w.github.state.releases[0].html_url);
    // Annotated tag on the release commit, its message carries the changelog section.
    expect(await git(w.sb.remote, 'cat-file', '-t', w.tag)).toBe('tag');
    const message = await git(w.sb.remote, 'tag', '-l', '--format=%(contents)', w.tag);
    const section = (w.sb.context.changelog?.section_markdown ?? '').trim();
    expect(section).toContain('shout()');
    expect(message).toContain(section.split('\n').find((l) => l.includes('shout()')));
    // make_latest 'true': the fixture marks it latest.
    expect(w.github.state.latestReleaseId).toBe(w.github.state.releases[0].id);
    expect(w.github.state.releases[0].prerelease).toBe(false);
    // Notes.
    const notes = readdirSync(join(w.sb.root, 'notes'));
    expect(notes).toEqual([`relay-example-${w.version}.md`]);
    expect(readFileSync(join(w.sb.root, 'notes', notes[0]), 'utf8')).toContain(w.version);
    // Metrics.
    const metrics = readFileSync(metricsFile, 'utf8');
    expect(metrics).toMatch(/^release_publish_attempts_total(\{[^}]*\})? \d+/m);
    expect(metrics).toMatch(/^release_gate_approved(\{[^}]*\})? 1$/m);
    // OTLP: one export, one span per timeline entry.
    expect(collector.bodies).toHaveLength(1);
    expect(spanCount(collector.bodies[0])).toBe(result.context.timeline.length);
    expect(result.context.publish?.verified).toBe(true);
    expect(w.logger.secrets).toContain(PYPI_TOKEN);
  }, 90_000);

  describe('re-run after each interruption point completes without duplicating anything', () => {
    test('after the upload (files on the index, no tag, no release)', async () => {
      const w = await world();
      for (const a of w.sb.context.artifacts ?? []) w.index.seed('relay-example', w.version, a.file, readFileSync(join(w.sb.artifactDir, a.file)), a.file.endsWith('.whl') ? 'bdist_wheel' : 'sdist');
      const result = await publishAndVerify(w.options(), deps(w));
      await expectReleased(w);
      expect(w.index.uploads).toEqual([]);
      expect(result.context.publish?.skipped_existing?.sort()).toEqual((w.sb.context.artifacts ?? []).map((a) => a.file).sort());
    });

    test('after the tag (uploaded and tagged, no release)', async () => {
      const w = await world();
      await publishAndVerify(w.options({ github: undefined }), deps(w));
      expect(w.github.state.releases).toHaveLength(0);
      await publishAndVerify(w.options(), deps(w));
      await expectReleased(w);
    });

    test('after the draft release (no assets yet)', async () => {
      const w = await world();
      await publishAndVerify(w.options({ github: undefined }), deps(w));
      const client = githubClient(w.github, w.logger);
      await ensureDraftRelease(client, { owner: OWNER, repo: REPO, tag: w.tag, name: 'draft', body: '', prerelease: false });
      expect(w.github.state.releases[0].draft).toBe(true);
      await publishAndVerify(w.options(), deps(w));
      await expectReleased(w);
    });

    test('after some assets (a draft with one of the two)', async () => {
      const w = await world();
      await publishAndVerify(w.options({ github: undefined }), deps(w));
      const client = githubClient(w.github, w.logger);
      const release = await ensureDraftRelease(client, { owner: OWNER, repo: REPO, tag: w.tag, name: 'draft', body: '', prerelease: false });
      const first = (w.sb.context.artifacts ?? [])[0].file;
      await uploadAssetIfMissing(client, { owner: OWNER, repo: REPO, release, filePath: join(w.sb.artifactDir, first) });
      expect(w.github.state.assets.get(release.id)).toHaveLength(1);
      await publishAndVerify(w.options(), deps(w));
      await expectReleased(w);
    });

    test('after everything (a complete release re-run)', async () => {
      const w = await world();
      await publishAndVerify(w.options(), deps(w));
      await expectReleased(w);
      const uploads = w.index.uploads.length;
      const again = await publishAndVerify(w.options(), deps(w));
      await expectReleased(w);
      expect(w.index.uploads).toHaveLength(uploads);
      expect(again.context.publish?.tag_created).toBe(false);
    });
  });

  describe('faults and refusals', () => {
    test('a burst of 503s on upload is retried, then succeeds (attempts recorded)', async () => {
      const w = await world();
      w.index.failNext({ path: /^\/legacy\/$/, status: 503, times: 2 });
      const result = await publishAndVerify(w.options(), deps(w));
      await expectReleased(w);
      expect(w.index.uploads.filter((u) => u.status === 503)).toHaveLength(2);
      // twine itself re-sends a POST answered 5xx (up to 5 times, no delay): one twine call absorbed the burst.
      expect(w.index.uploads.map((u) => u.status)).toEqual([503, 503, 200, 200]);
      expect(result.context.publish?.attempts).toBeGreaterThanOrEqual(2);
      const step = result.context.timeline.find((t) => t.stage === 'publish-and-verify' && t.step === 'publish to registry');
      expect(step?.outcome).toBe('success');
    });

    test('the first index down for good: falls back to the second, degraded', async () => {
      const w = await world();
      const second = await startPackageIndex({ tokens: [PYPI_TOKEN] });
      cleanups.push(() => second.close());
      w.index.down(true);
      const result = await publishAndVerify(w.options({ registries: [w.index.url, second.url], uploadAttempts: 2 }), deps(w));
      expect(result.degraded).toBe(true);
      expect(result.publishedTo).toEqual([host(second.url)]);
      expect(result.context.publish?.published_to).toEqual([host(second.url)]);
      expect(result.context.publish?.registry).toBe(second.url);
      expect(result.context.publish?.degraded).toBe(true);
      expect(w.index.files.size).toBe(0);
      expect(second.files.get('relay-example')?.get(w.version)?.size).toBe(2);
      expect(w.github.state.releases).toHaveLength(1);
      expect(w.logger.lines.some((l) => l.startsWith('warning: Degraded release'))).toBe(true);
    });

    test('a tampered artifact: DIGEST_MISMATCH before any upload or tag', async () => {
      const w = await world();
      const wheel = (w.sb.context.artifacts ?? []).find((a) => a.file.endsWith('.whl'))?.file as string;
      appendFileSync(join(w.sb.artifactDir, wheel), 'tampered');
      await rejection(publishAndVerify(w.options(), deps(w)), 'DIGEST_MISMATCH');
      expect(w.index.uploads).toEqual([]);
      expect(w.index.files.size).toBe(0);
      expect((await w.sb.remoteTags()).has(w.tag)).toBe(false);
      expect(w.github.state.releases).toHaveLength(0);
    });

    test('the version already on the index with other bytes: ALREADY_PUBLISHED_DIFFERENT, no tag', async () => {
      const w = await world();
      const wheel = (w.sb.context.artifacts ?? []).find((a) => a.file.endsWith('.whl'))?.file as string;
      w.index.seed('relay-example', w.version, wheel, Buffer.from('other bytes'), 'bdist_wheel');
      await rejection(publishAndVerify(w.options(), deps(w)), 'ALREADY_PUBLISHED_DIFFERENT');
      expect(w.index.uploads).toEqual([]);
      expect((await w.sb.remoteTags()).has(w.tag)).toBe(false);
      expect(w.github.state.releases).toHaveLength(0);
    });

    test('the tag exists on another commit: TAG_EXISTS before the upload', async () => {
      const w = await world();
      await git(w.sb.work, 'tag', '-a', w.tag, '-m', 'stray', 'v0.1.0^{commit}');
      await git(w.sb.work, 'push', '--quiet', 'origin', `refs/tags/${w.tag}`);
      await rejection(publishAndVerify(w.options(), deps(w)), 'TAG_EXISTS');
      expect(w.index.uploads).toEqual([]);
      expect(w.github.state.releases).toHaveLength(0);
    });

    test('a context the gate did not approve: NOT_APPROVED', async () => {
      const w = await world();
      const context = structuredClone(w.sb.context);
      if (context.gate) {
        context.gate.status = 'rejected';
        context.gate.reasons = ['coverage 40% < 90%'];
      }
      await rejection(publishAndVerify(w.options({ context }), deps(w)), 'NOT_APPROVED');
      expect(w.index.uploads).toEqual([]);
      expect((await w.sb.remoteTags()).has(w.tag)).toBe(false);
    });

    test('no token and no OIDC environment: NO_CREDENTIALS before any upload', async () => {
      const w = await world();
      // On a runner without `id-token: write` there is no ID-token endpoint.
      await rejection(publishAndVerify(w.options({ token: undefined, useOidc: true, runner: { onGitHubActions: true } }), deps(w)), 'NO_CREDENTIALS');
      expect(w.index.uploads).toEqual([]);
      expect((await w.sb.remoteTags()).has(w.tag)).toBe(false);
      expect(w.github.state.releases).toHaveLength(0);
    });
  });

  test('the bundled action (dist/publish-and-verify/index.js) with INPUT_*: outputs, and the tokens only in ::add-mask::', async () => {
    const w = await world();
    const run = await runPublishBundle(w.sb, w.index.url, w.github.url, { inputs: { 'verify-timeout': '60' } });
    const { code, stdout, stderr, outputs } = run;
    expect({ code, tail: code === 0 ? '' : `${stdout}\n${stderr}`.slice(-3000) }).toEqual({ code: 0, tail: '' });
    expect(outputs['release-url']).toBe(w.github.state.releases[0].html_url);
    expect(outputs['published-to']).toBe(host(w.index.url));
    expect(outputs.verified).toBe('true');
    expect(outputs.degraded).toBe('false');
    expect(outputs.tag).toBe(w.tag);
    await expectReleased(w);
    for (const secret of [PYPI_TOKEN, GITHUB_TOKEN]) {
      const all = `${stdout}\n${stderr}`.split('\n');
      const leaks = all.filter((l) => l.includes(secret) && l.trim() !== `::add-mask::${secret}`);
      expect(leaks).toEqual([]);
      expect(all).toContain(`::add-mask::${secret}`);
    }
    expect(run.summary).toContain('publish-and-verify');
  }, 90_000);
});
