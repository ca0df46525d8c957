/**
 * Release PR mode end to end (issue 15): real git with a bare remote standing in for GitHub's git side, the
 * loopback GitHub API acting on that bare remote (pull requests, real merges, Git database API, artifacts),
 * the real gate (pytest, build, clean install) and a loopback package index for publishing.
 *
 * Once per file: open the release PR, push a new commit to main, re-run (the branch is rebuilt from the new
 * tip, the same PR updated), gate the PR head. Then per merge method a fresh copy of that state is merged
 * through the API and published from the push to main.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { main as cli } from '../../src/cli.js';
import { ReleaseError, type ReleaseErrorCode } from '../../src/core/errors.js';
import { exec } from '../../src/core/exec.js';
import { Git } from '../../src/git/git.js';
import type { GitHubClient } from '../../src/github/client.js';
import { prepareRelease, type PrepareOptions, type PrepareResult } from '../../src/stages/prepare-release.js';
import { publishAndVerify } from '../../src/stages/publish-and-verify.js';
import { qualityGate } from '../../src/stages/quality-gate.js';
import { parseTrailers } from '../../src/commits/release-marker.js';
import { findMergedRelease, gateReleasePr, GATE_CHECK_NAME, type ReleasePrGateResult } from '../../src/stages/release-pr.js';
import { startGitHubApi, type GitHubApiFixture } from '../fixtures/github-api/server.js';
import { startPackageIndex, type PackageIndexFixture } from '../fixtures/package-index/server.js';
import { refState } from '../helpers/release-repo.js';
import { git } from '../helpers/repo.js';
import { exampleWithShout, OWNER, PYPI_TOKEN, PYTHON, REPO, githubClient } from './setup.js';
import { type RecordingLogger, recordingLogger } from '../helpers/logger.js';
import { rejection } from '../helpers/errors.js';
import { cleanupAfter } from '../helpers/cleanup.js';

const DATE = '2026-02-01';
const BRANCH = 'release/v0.2.0';

/** A working clone, a bare remote, the GitHub fixture on that remote and a client. */
interface World {
  root: string;
  remote: string;
  work: string;
  github: GitHubApiFixture;
  client: GitHubClient;
  logger: RecordingLogger;
}

const cleanups = cleanupAfter();

async function world(remoteSource?: string): Promise<World> {
  let root: string;
  let remote: string;
  let work: string;
  if (remoteSource) {
    root = mkdtempSync(join(tmpdir(), 'relay-pr-'));
    remote = join(root, 'remote.git');
    work = join(root, 'work');
    await exec('git', ['clone', '--quiet', '--bare', remoteSource, remote]);
  } else {
    // examples/python-package at v0.1.0, then a feat, pushed; the working tree is cloned afresh below.
    ({ root, remote, dir: work } = await exampleWithShout());
    rmSync(work, { recursive: true, force: true });
  }
  await exec('git', ['clone', '--quiet', remote, work]);
  const github = await startGitHubApi({ owner: OWNER, repo: REPO, gitDir: remote });
  const logger = recordingLogger();
  const client = githubClient(github, logger);
  return { root, remote, work, github, client, logger };
}

function prepare(w: World, extra: Partial<PrepareOptions> = {}): Promise<PrepareResult> {
  return prepareRelease({ cwd: w.work, repository: { owner: OWNER, name: REPO }, date: DATE, releaseMode: 'pr', github: { client: w.client, owner: OWNER, repo: REPO }, mergedArtifactDir: join(w.root, 'merged-artifact'), ...extra }, { logger: w.logger });
}

/** Pushes a commit to main from a separate clone (someone else's work landing on main). */
async function pushToMain(w: World, file: string, message: string): Promise<string> {
  const dev = mkdtempSync(join(tmpdir(), 'relay-pr-dev-'));
  try {
    await exec('git', ['clone', '--quiet', w.remote, dev]);
    writeFileSync(join(dev, file), `${message}\n`);
    await git(dev, 'add', '-A');
    await git(dev, 'commit', '--quiet', '-m', message);
    await git(dev, 'push', '--quiet', 'origin', 'HEAD:main');
    return await git(dev, 'rev-parse', 'HEAD');
  } finally {
    rmSync(dev, { recursive: true, force: true });
  }
}

/** What the shared setup produced: the state of the gated release PR. */
interface Gated {
  w: World;
  opened: PrepareResult;
  updated: PrepareResult;
  mainAfterNewCommit: string;
  gate: ReleasePrGateResult;
  gateDir: string;
  headSha: string;
  body: string;
}
let gated: Gated;

beforeAll(async () => {
  const w = await world();
  const opened = await prepare(w);
  const mainAfterNewCommit = await pushToMain(w, 'NOTES.md', 'fix: notes for the docs');
  // The next run starts from the new tip of main (a fresh checkout, as a workflow run would have).
  rmSync(w.work, { recursive: true, force: true });
  await exec('git', ['clone', '--quiet', w.remote, w.work]);
  const updated = await prepare(w);
  // The gate job: a checkout of the PR head.
  const gateWork = join(w.root, 'gate-work');
  await exec('git', ['clone', '--quiet', w.remote, gateWork]);
  const pullNumber = updated.releasePr?.pull.number as number;
  await git(gateWork, 'fetch', '--quiet', 'origin', `refs/pull/${pullNumber}/head`);
  await git(gateWork, 'checkout', '--quiet', '--detach', updated.releasePr?.sha as string);
  const gateDir = join(w.root, 'gate-artifact');
  const gate = await gateReleasePr(
    { cwd: gateWork, pullNumber, github: { client: w.client, owner: OWNER, repo: REPO }, tools: { python: PYTHON }, coverageThreshold: 50, isolatedBuild: false, installArgs: ['--no-index'], requireCi: false, artifactDir: gateDir },
    { logger: w.logger, git: new Git(gateWork) },
  );
  const pull = w.github.git?.pulls.find((p) => p.number === pullNumber);
  gated = { w, opened, updated, mainAfterNewCommit, gate, gateDir, headSha: updated.releasePr?.sha as string, body: pull?.body ?? '' };
}, 240_000);

afterAll(async () => {
  await gated?.w.github.close();
  if (gated) rmSync(gated.w.root, { recursive: true, force: true });
});

describe('release PR: open, update, gate', () => {
  test('opens one PR from release/v0.2.0 with the changelog, the plan and the trailer; main is untouched', async () => {
    const { opened } = gated;
    expect(opened.releasePr?.created).toBe(true);
    expect(opened.releasePr?.branch).toBe(BRANCH);
    expect(opened.context.release_commit?.branch).toBe(BRANCH);
    expect(opened.decision).toMatch(/^Release PR #1 opened/);
    const message = await git(gated.w.remote, 'log', '-1', '--format=%B', opened.releasePr?.sha as string).catch(() => '');
    // The first release commit was replaced by the update, but its object is still in the remote.
    expect(parseTrailers(message)).toEqual([{ tag: 'v0.2.0', contextId: opened.context.id }]);
    expect(opened.tokenNotes?.join(' ')).toMatch(/GITHUB_TOKEN.*starts no `pull_request` workflows.*create-github-app-token/);
  });

  test('a new commit on main: the branch is rebuilt from the new tip and force-updated, the same PR updated', async () => {
    const { w, updated, mainAfterNewCommit, headSha, body } = gated;
    expect(updated.releasePr?.created).toBe(false);
    expect(updated.releasePr?.pull.number).toBe(1);
    expect(w.github.git?.pulls).toHaveLength(1);
    expect(await git(w.remote, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(headSha);
    expect(await git(w.remote, 'rev-parse', `${headSha}^`)).toBe(mainAfterNewCommit);
    expect(await git(w.remote, 'rev-list', '--count', `main..${BRANCH}`)).toBe('1');
    // main itself carries no release commit.
    expect(await git(w.remote, 'rev-parse', 'main')).toBe(mainAfterNewCommit);
    const files = (await git(w.remote, 'show', '--name-only', '--format=', headSha)).split('\n').sort();
    expect(files).toEqual(['CHANGELOG.md', 'pyproject.toml', 'src/relay_example/__init__.py']);
    // The body: changelog section (with the new fix), plan, embedded context and the trailer as last line.
    expect(body).toContain('## [0.2.0] - 2026-02-01');
    expect(body).toContain('notes for the docs');
    expect(body).toContain('tag: `v0.2.0`');
    expect(body.trim().split('\n').pop()).toBe(`Release-Relay: v0.2.0 ${updated.context.id}`);
    expect(await git(w.remote, 'log', '-1', '--format=%B', headSha)).toContain(`Release-Relay: v0.2.0 ${updated.context.id}`);
    // The local checkout ends on the release branch at the release commit, clean.
    expect(await git(w.work, 'rev-parse', 'HEAD')).toBe(headSha);
    expect(await git(w.work, 'status', '--porcelain')).toBe('');
  });

  test('a re-run with nothing new leaves the branch and the PR as they are', async () => {
    const copy = await world(gated.w.remote);
    cleanups.push(() => copy.github.close(), () => rmSync(copy.root, { recursive: true, force: true }));
    await copy.github.openPullAs('release-relay-bot', { head: BRANCH, title: 'Release relay-example 0.2.0', body: gated.body });
    const before = await refState(copy.remote);
    const again = await prepare(copy);
    expect(again.releasePr?.unchanged).toBe(true);
    expect(again.releasePr?.pull.number).toBe(1);
    expect(await refState(copy.remote)).toBe(before);
    expect(copy.github.violations).toEqual([]);
  });

  test('the gate approves the PR head and reports a success check run on it', () => {
    const { gate, headSha, w } = gated;
    expect(gate.approved).toBe(true);
    expect(gate.context.release_commit?.sha).toBe(headSha);
    const runs = w.github.state.checkRuns.get(headSha) ?? [];
    expect(runs.map((r) => [r.name, r.status, r.conclusion])).toEqual([[GATE_CHECK_NAME, 'completed', 'success']]);
    expect(w.github.state.comments).toEqual([]);
    expect(w.github.violations).toEqual([]);
  });
});

/** A fresh copy of the gated state: its own remote, fixture (the PR re-opened, the gate's artifact stored) and index. */
async function gatedCopy(): Promise<World & { index: PackageIndexFixture; pullNumber: number }> {
  const w = await world(gated.w.remote);
  const index = await startPackageIndex({ tokens: [PYPI_TOKEN] });
  cleanups.push(() => w.github.close(), () => index.close(), () => rmSync(w.root, { recursive: true, force: true }));
  const pull = await w.github.openPullAs('release-relay-bot', { head: BRANCH, title: 'Release relay-example 0.2.0', body: gated.body });
  // What actions/upload-artifact stores for the gate's run on the PR head.
  await w.github.addArtifact({ name: 'release-0.2.0', dir: gated.gateDir, headSha: gated.headSha, headBranch: BRANCH });
  return { ...w, index, pullNumber: pull.number };
}

async function publishMerged(w: World & { index: PackageIndexFixture }, context: NonNullable<PrepareResult['mergedRelease']>['context'], artifactDir: string | undefined) {
  return publishAndVerify(
    { cwd: w.work, context, artifactDir, registries: [w.index.url], token: PYPI_TOKEN, useOidc: false, tools: { python: PYTHON }, verify: false, retryDelayMs: 5, github: { client: w.client, owner: OWNER, repo: REPO } },
    { logger: w.logger, sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 20))) },
  );
}

describe('release PR: merge and publish', () => {
  for (const method of ['merge', 'squash', 'rebase'] as const) {
    test(`${method}: the push to main publishes the bytes the PR's gate approved; the tag is on main`, async () => {
      const w = await gatedCopy();
      const { data } = await w.client.rest.pulls.merge({ owner: OWNER, repo: REPO, pull_number: w.pullNumber, merge_method: method });
      expect(data.merged).toBe(true);
      const mainTip = await git(w.remote, 'rev-parse', 'main');
      expect(mainTip).toBe(data.sha);
      // The workflow on the push to main: a fresh checkout of main.
      rmSync(w.work, { recursive: true, force: true });
      await exec('git', ['clone', '--quiet', w.remote, w.work]);
      const found = await prepare(w);
      const merged = found.mergedRelease;
      expect(merged?.needsGate).toBe(false);
      expect(merged?.sha).toBe(mainTip);
      expect(merged?.tag).toBe('v0.2.0');
      expect(found.decision).toMatch(/Release PR #\d+ was merged: publish v0\.2\.0/);
      const result = await publishMerged(w, merged?.context as NonNullable<typeof merged>['context'], merged?.artifactDir);
      expect(result.publishedTo).toHaveLength(1);
      // The approved bytes: exactly the files and digests the PR's gate recorded.
      const approved = gated.gate.context.artifacts ?? [];
      const held = w.index.files.get('relay-example')?.get('0.2.0') ?? new Map();
      expect(new Map([...held].map(([name, f]) => [name, f.sha256]))).toEqual(new Map(approved.map((a) => [a.file, a.sha256])));
      for (const a of approved) expect(createHash('sha256').update(readFileSync(join(merged?.artifactDir as string, a.file))).digest('hex')).toBe(a.sha256);
      // The tag points at the commit on main that brought the release in.
      expect(await git(w.remote, 'rev-parse', 'v0.2.0^{commit}')).toBe(mainTip);
      expect(await git(w.remote, 'merge-base', '--is-ancestor', 'v0.2.0', 'main').then(() => true)).toBe(true);
      expect(w.github.state.releases.map((r) => [r.tag_name, r.draft])).toEqual([['v0.2.0', false]]);
      // A later push finds nothing left to publish.
      await git(w.work, 'fetch', '--quiet', '--tags', 'origin');
      expect(await findMergedRelease({ git: new Git(w.work), run: exec, github: { client: w.client, owner: OWNER, repo: REPO }, remote: 'origin', baseBranch: 'main', artifactDir: join(w.root, 'again'), logger: w.logger })).toBeUndefined();
      expect(w.github.violations).toEqual([]);
    }, 120_000);
  }

  test('main moved after the gate: the merge commit is gated once, then published', async () => {
    const w = await gatedCopy();
    await pushToMain(w, 'LATE.md', 'docs: a late note');
    const { data } = await w.client.rest.pulls.merge({ owner: OWNER, repo: REPO, pull_number: w.pullNumber, merge_method: 'merge' });
    rmSync(w.work, { recursive: true, force: true });
    await exec('git', ['clone', '--quiet', w.remote, w.work]);
    const merged = (await prepare(w)).mergedRelease;
    expect(merged?.needsGate).toBe(true);
    expect(merged?.reason).toMatch(/differs from the gated head/);
    expect(merged?.sha).toBe(data.sha);
    const gate = await qualityGate({ cwd: w.work, context: merged?.context, tools: { python: PYTHON }, isolatedBuild: false, installArgs: ['--no-index'], requireCi: false, openIssue: false, artifactDir: join(w.root, 'merge-gate') }, { logger: w.logger });
    expect(gate.approved).toBe(true);
    await publishMerged(w, gate.context, gate.artifactDir);
    expect(await git(w.remote, 'rev-parse', 'v0.2.0^{commit}')).toBe(data.sha);
    const held = w.index.files.get('relay-example')?.get('0.2.0') ?? new Map();
    expect([...held.values()].map((f) => f.sha256).sort()).toEqual((gate.context.artifacts ?? []).map((a) => a.sha256).sort());
    expect(w.github.violations).toEqual([]);
  }, 180_000);

  /** Merges the gated PR as is and runs prepare on a fresh checkout of main (the workflow on the push). */
  async function mergeAndFind(w: World & { pullNumber: number }) {
    const { data } = await w.client.rest.pulls.merge({ owner: OWNER, repo: REPO, pull_number: w.pullNumber, merge_method: 'squash' });
    rmSync(w.work, { recursive: true, force: true });
    await exec('git', ['clone', '--quiet', w.remote, w.work]);
    return { mergeSha: data.sha, merged: (await prepare(w)).mergedRelease };
  }

  test('the stored artifact does not hold the approved bytes (a file changed): not published, the merge is gated once', async () => {
    const w = await world(gated.w.remote);
    cleanups.push(() => w.github.close(), () => rmSync(w.root, { recursive: true, force: true }));
    const pull = await w.github.openPullAs('release-relay-bot', { head: BRANCH, title: 'Release relay-example 0.2.0', body: gated.body });
    const tampered = join(w.root, 'tampered');
    cpSync(gated.gateDir, tampered, { recursive: true });
    const wheel = (gated.gate.context.artifacts ?? []).find((a) => a.file.endsWith('.whl'))?.file as string;
    appendFileSync(join(tampered, wheel), 'not the approved bytes');
    await w.github.addArtifact({ name: 'release-0.2.0', dir: tampered, headSha: gated.headSha, headBranch: BRANCH });
    const { mergeSha, merged } = await mergeAndFind({ ...w, pullNumber: pull.number });
    expect(merged?.needsGate).toBe(true);
    expect(merged?.reason).toContain(`${wheel} has sha256`);
    expect(merged?.artifactDir).toBeUndefined();
    // The context asks for a gate of the merge commit: no approval, no artifacts carried over.
    expect(merged?.context.gate).toBeUndefined();
    expect(merged?.context.artifacts).toBeUndefined();
    expect(merged?.context.release_commit?.sha).toBe(mergeSha);
  });

  test('a token that cannot read Actions artifacts: a warning, and the merge is gated once instead of failing', async () => {
    const w = await gatedCopy();
    w.github.failNext({ match: '/actions/artifacts', method: 'GET', status: 403, forbidden: true, times: 1 });
    const { merged } = await mergeAndFind(w);
    expect(merged?.needsGate).toBe(true);
    expect(merged?.reason).toMatch(/actions: read/);
    expect(w.logger.lines.some((l) => l.startsWith('warning:') && l.includes('actions: read'))).toBe(true);
  });

  test('closing the PR unmerged abandons the release: nothing is tagged or published', async () => {
    const w = await gatedCopy();
    await w.client.rest.pulls.update({ owner: OWNER, repo: REPO, pull_number: w.pullNumber, state: 'closed' });
    const mainBefore = await git(w.remote, 'rev-parse', 'main');
    const found = await findMergedRelease({ git: new Git(w.work), run: exec, github: { client: w.client, owner: OWNER, repo: REPO }, remote: 'origin', baseBranch: 'main', artifactDir: join(w.root, 'merged'), logger: w.logger });
    expect(found).toBeUndefined();
    expect(await git(w.remote, 'rev-parse', 'main')).toBe(mainBefore);
    expect(await git(w.remote, 'tag', '--list')).toBe('v0.1.0');
    expect(w.index.uploads).toEqual([]);
    expect(w.github.state.releases).toEqual([]);
  });
});

describe('release PR: a rejecting gate', () => {
  test('the check run fails and the rejection is commented on the PR (no issue)', async () => {
    const w = await gatedCopy();
    const gateWork = join(w.root, 'gate-work');
    await exec('git', ['clone', '--quiet', w.remote, gateWork]);
    await git(gateWork, 'checkout', '--quiet', '--detach', gated.headSha);
    const result = await gateReleasePr(
      { cwd: gateWork, pullNumber: w.pullNumber, github: { client: w.client, owner: OWNER, repo: REPO }, tools: { python: PYTHON }, testCommand: [PYTHON, '-c', 'raise SystemExit("the test suite fails")'], isolatedBuild: false, installArgs: ['--no-index'], requireCi: false, artifactDir: join(w.root, 'rejected') },
      { logger: w.logger, git: new Git(gateWork) },
    );
    expect(result.approved).toBe(false);
    const runs = w.github.state.checkRuns.get(gated.headSha) ?? [];
    expect(runs.map((r) => [r.name, r.conclusion])).toEqual([[GATE_CHECK_NAME, 'failure']]);
    expect(runs[0].output.summary).toMatch(/\| tests \| \*\*failed\*\* \|/);
    expect(w.github.state.comments).toHaveLength(1);
    expect(w.github.state.comments[0].issue_url).toMatch(new RegExp(`/issues/${w.pullNumber}$`));
    expect(w.github.state.comments[0].body).toMatch(/rejected release \*\*0\.2\.0\*\*/);
    expect(result.context.gate?.issue_url).toBe(w.github.state.comments[0].html_url);
    // Pull requests are issues on GitHub; the gate opened no other one.
    expect(w.github.state.issues.map((i) => i.number)).toEqual([w.pullNumber]);
    expect(w.github.violations).toEqual([]);
  }, 120_000);

  test('the checkout is not the PR head: refused before any check run', async () => {
    const w = await gatedCopy();
    const err = await rejection(gateReleasePr({ cwd: w.work, pullNumber: w.pullNumber, github: { client: w.client, owner: OWNER, repo: REPO }, requireCi: false }, { logger: w.logger, git: new Git(w.work) }), 'CONTEXT_MISMATCH');
    expect(err.hint).toMatch(/pull_request\.head\.sha/);
    expect(w.github.state.checkRuns.size).toBe(0);
  });
});

/** A maintainer's own commit pushed onto the release branch of `remote`; returns the new tip. */
async function pushForeignCommit(remote: string): Promise<string> {
  const other = mkdtempSync(join(tmpdir(), 'relay-pr-other-'));
  cleanups.push(() => rmSync(other, { recursive: true, force: true }));
  await exec('git', ['clone', '--quiet', '--branch', BRANCH, remote, other]);
  writeFileSync(join(other, 'HOTFIX.md'), 'a maintainer fix on the release branch\n');
  await git(other, 'add', '-A');
  await git(other, 'commit', '--quiet', '-m', 'fix: hand-made change on the release branch');
  await git(other, 'push', '--quiet', 'origin', `HEAD:${BRANCH}`);
  return git(other, 'rev-parse', 'HEAD');
}

describe('release PR: branches that are not the suite’s own', () => {
  test('foreign commits on the release branch are not force-pushed: a new branch and PR, with a warning', async () => {
    const w = await gatedCopy();
    const foreignTip = await pushForeignCommit(w.remote);

    const result = await prepare(w);
    expect(await git(w.remote, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(foreignTip);
    expect(result.releasePr?.branch).toBe(`${BRANCH}-2`);
    expect(result.releasePr?.created).toBe(true);
    expect(result.releasePr?.warnings.join(' ')).toMatch(/release\/v0\.2\.0 holds 1 commit\(s\) release-relay did not make .*release\/v0\.2\.0-2 instead/);
    expect(w.logger.lines.some((l) => l.startsWith('warning:') && l.includes('did not make'))).toBe(true);
    expect(w.github.git?.pulls.map((p) => [p.number, p.head, p.state])).toEqual([[1, BRANCH, 'open'], [2, `${BRANCH}-2`, 'open']]);
    expect(w.github.violations).toEqual([]);
  });

  test('a new version supersedes the older release PR: it is closed with a comment linking the new one', async () => {
    const w = await world(gated.w.remote);
    cleanups.push(() => w.github.close(), () => rmSync(w.root, { recursive: true, force: true }));
    const old = await w.github.openPullAs('release-relay-bot', { head: BRANCH, title: 'Release relay-example 0.2.0', body: gated.body });
    // The version changed (here explicitly), so the release branch name changed too.
    const result = await prepare(w, { version: '0.3.0' });
    const next = result.releasePr?.pull;
    expect(result.releasePr?.branch).toBe('release/v0.3.0');
    expect(w.github.git?.pulls.map((p) => [p.number, p.head, p.state])).toEqual([[old.number, BRANCH, 'closed'], [next?.number, 'release/v0.3.0', 'open']]);
    const comments = w.github.state.comments.filter((c) => c.issue_url.endsWith(`/issues/${old.number}`));
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain(`Superseded by #${next?.number} (${next?.url})`);
    expect(comments[0].body).toContain('v0.3.0');
    // The old branch itself is left as it was (only the PR is closed).
    expect(await git(w.remote, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(gated.headSha);
    expect(w.github.violations).toEqual([]);
  });

  test('an older release PR whose branch holds someone else\'s commit is not closed, only warned about', async () => {
    const w = await world(gated.w.remote);
    cleanups.push(() => w.github.close(), () => rmSync(w.root, { recursive: true, force: true }));
    await pushForeignCommit(w.remote);
    const old = await w.github.openPullAs('release-relay-bot', { head: BRANCH, title: 'Release relay-example 0.2.0', body: gated.body });
    const result = await prepare(w, { version: '0.3.0' });
    expect(result.releasePr?.created).toBe(true);
    expect(w.github.git?.pulls.find((p) => p.number === old.number)?.state).toBe('open');
    expect(w.github.state.comments.filter((c) => c.issue_url.endsWith(`/issues/${old.number}`))).toEqual([]);
    expect(w.logger.lines.some((l) => l.startsWith('warning:') && l.includes(`#${old.number}`) && l.includes('did not make') && l.includes('left open'))).toBe(true);
    expect(w.github.violations).toEqual([]);
  });

  test('a PR on the release branch opened by someone else: clear error, nothing changed', async () => {
    const w = await world(gated.w.remote);
    cleanups.push(() => w.github.close(), () => rmSync(w.root, { recursive: true, force: true }));
    await w.github.openPullAs('octocat', { head: BRANCH, title: 'My own release', body: 'I will release this myself.' });
    const before = { local: await refState(w.work), remote: await refState(w.remote), status: await git(w.work, 'status', '--porcelain') };
    const err = await rejection(prepare(w), 'RELEASE_PR_CONFLICT');
    expect(err.message).toMatch(/#1 .* was opened by octocat/);
    expect(err.hint).toMatch(/release-branch/);
    expect({ local: await refState(w.work), remote: await refState(w.remote), status: await git(w.work, 'status', '--porcelain') }).toEqual(before);
    expect(w.github.git?.pulls).toHaveLength(1);
  });
});

describe('direct mode and bad input', () => {
  async function unchanged(w: World, run: () => Promise<unknown>, code: ReleaseErrorCode): Promise<ReleaseError> {
    const before = { local: await refState(w.work), remote: await refState(w.remote), status: await git(w.work, 'status', '--porcelain') };
    const err = await rejection(run(), code);
    expect({ local: await refState(w.work), remote: await refState(w.remote), status: await git(w.work, 'status', '--porcelain') }).toEqual(before);
    expect(w.github.git?.pulls ?? []).toEqual([]);
    return err;
  }

  test('a protected main in direct mode stops before any write, naming release-mode: pr', async () => {
    const w = await world();
    cleanups.push(() => w.github.close(), () => rmSync(w.root, { recursive: true, force: true }));
    w.github.setBranchRules('main', [{ type: 'pull_request', parameters: { required_approving_review_count: 1, dismiss_stale_reviews_on_push: false, require_code_owner_review: false, require_last_push_approval: false, required_review_thread_resolution: false, allowed_merge_methods: ['merge', 'squash', 'rebase'] }, ruleset_source_type: 'Repository', ruleset_source: `${OWNER}/${REPO}`, ruleset_id: 42 }]);
    const err = await unchanged(w, () => prepare(w, { releaseMode: 'direct' }), 'BRANCH_PROTECTED');
    expect(err.message).toMatch(/pull_request \(ruleset\)/);
    expect(err.hint).toMatch(/release-mode: pr/);
  });

  test('classic protection with required signatures: git commits are refused, commit-via: api is allowed', async () => {
    const w = await world();
    cleanups.push(() => w.github.close(), () => rmSync(w.root, { recursive: true, force: true }));
    w.github.setBranchProtection('main', { url: `${w.github.url}/repos/${OWNER}/${REPO}/branches/main/protection`, required_signatures: { url: `${w.github.url}/repos/${OWNER}/${REPO}/branches/main/protection/required_signatures`, enabled: true } });
    const err = await unchanged(w, () => prepare(w, { releaseMode: 'direct' }), 'BRANCH_PROTECTED');
    expect(err.hint).toMatch(/commit-via: api/);
    const ok = await prepare(w, { releaseMode: 'direct', commitVia: 'api' });
    expect(await git(w.remote, 'rev-parse', 'main')).toBe(ok.context.release_commit?.sha);
  });

  test('commit-via: api makes the commit GitHub signs, with the tree the git path writes; the checkout moves to it', async () => {
    const viaGit = await world();
    const viaApi = await world(viaGit.remote);
    cleanups.push(() => viaGit.github.close(), () => viaApi.github.close(), () => rmSync(viaGit.root, { recursive: true, force: true }), () => rmSync(viaApi.root, { recursive: true, force: true }));
    const a = await prepare(viaGit, { releaseMode: 'direct', github: undefined });
    const b = await prepare(viaApi, { releaseMode: 'direct', commitVia: 'api' });
    expect(await git(viaApi.work, 'rev-parse', 'HEAD^{tree}')).toBe(await git(viaGit.work, 'rev-parse', 'HEAD^{tree}'));
    expect(await git(viaApi.remote, 'rev-parse', 'main')).toBe(b.context.release_commit?.sha);
    expect(await git(viaApi.work, 'rev-parse', 'HEAD')).toBe(b.context.release_commit?.sha);
    expect(await git(viaApi.work, 'status', '--porcelain')).toBe('');
    expect(b.decision).toMatch(/made through the GitHub API, verified/);
    const { data } = await viaApi.client.rest.git.getCommit({ owner: OWNER, repo: REPO, commit_sha: b.context.release_commit?.sha as string });
    expect(data.verification.verified).toBe(true);
    expect(data.parents.map((p) => p.sha)).toEqual([await git(viaGit.remote, 'rev-parse', `${a.context.release_commit?.sha}^`)]);
    expect(viaApi.github.violations).toEqual([]);
  });

  test('the CLI: --release-mode pr opens the PR; an unknown mode is refused', async () => {
    const w = await world();
    cleanups.push(() => w.github.close(), () => rmSync(w.root, { recursive: true, force: true }));
    process.env.RELAY_E2E_GITHUB_TOKEN = 'ghs_cliTestToken42';
    cleanups.push(() => void delete process.env.RELAY_E2E_GITHUB_TOKEN);
    const args = ['prepare', '--dir', w.work, '--repository', `${OWNER}/${REPO}`, '--github-api-url', w.github.url, '--github-token-env', 'RELAY_E2E_GITHUB_TOKEN'];
    await rejection(cli([...args, '--release-mode', 'sideways']), 'BAD_INPUT');
    expect(await cli([...args, '--release-mode', 'pr', '--release-branch', 'rel/{version}'])).toBe(0);
    expect(w.github.git?.pulls.map((p) => [p.head, p.state])).toEqual([['rel/0.2.0', 'open']]);
    expect(await git(w.remote, 'rev-parse', 'main')).toBe(await git(w.remote, 'rev-parse', 'rel/0.2.0^'));
  });

  test('bad input: unknown mode, invalid release branch, pr without push: clear errors, nothing changed', async () => {
    const w = await world();
    cleanups.push(() => w.github.close(), () => rmSync(w.root, { recursive: true, force: true }));
    const mode = await unchanged(w, () => prepare(w, { releaseMode: 'pull-request' }), 'BAD_INPUT');
    expect(mode.message).toMatch(/"release-mode" is "pull-request"/);
    expect(mode.hint).toMatch(/direct, pr/);
    const branch = await unchanged(w, () => prepare(w, { releaseBranch: 'release/{tag}..bad' }), 'BAD_INPUT');
    expect(branch.message).toMatch(/"release-branch"/);
    const noPush = await unchanged(w, () => prepare(w, { push: false }), 'BAD_INPUT');
    expect(noPush.hint).toMatch(/push: true/);
    const via = await unchanged(w, () => prepare(w, { commitVia: 'graphql' }), 'BAD_INPUT');
    expect(via.hint).toMatch(/git, api/);
  });
});
