/**
 * `npm run demo -- --mode pr`: the release PR flow of examples/python-package on loopback servers, the way
 * examples/workflows/release-pr.yml runs it on GitHub, one workflow event after the other:
 *   push to main → release PR opened; another push → PR rebuilt on the new tip; pull_request → gate on the
 *   PR head (check run), approved files stored as an Actions artifact; merge (squash by default) → push to
 *   main → the release found by its trailer, the approved bytes downloaded and published, tag on main.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../src/core/exec.js';
import type { Logger } from '../src/core/log.js';
import { Git } from '../src/git/git.js';
import { createGitHubClient } from '../src/actions/common/github-client.js';
import { prepareRelease, type PrepareOptions } from '../src/stages/prepare-release.js';
import { publishAndVerify } from '../src/stages/publish-and-verify.js';
import { qualityGate } from '../src/stages/quality-gate.js';
import { gateReleasePr } from '../src/stages/release-pr.js';
import { seconds } from '../src/actions/common/summary.js';
import { startGitHubApi } from '../tests/fixtures/github-api/server.js';
import { startPackageIndex } from '../tests/fixtures/package-index/server.js';

/** What the PR demo needs from demo.ts. */
export interface PrDemoInput {
  root: string;
  work: string;
  remote: string;
  owner: string;
  repo: string;
  python: string;
  pypiToken: string;
  mergeMethod: 'merge' | 'squash' | 'rebase';
  logger: Logger;
  git(cwd: string, ...args: string[]): Promise<string>;
  out(line: string): void;
}

/** Runs the whole PR flow; throws when any step does not end as it should. */
export async function runPrDemo(d: PrDemoInput): Promise<void> {
  const started = Date.now();
  const github = await startGitHubApi({ owner: d.owner, repo: d.repo, gitDir: d.remote });
  const index = await startPackageIndex({ tokens: [d.pypiToken], propagationDelayMs: 1000 });
  try {
    const client = createGitHubClient({ token: 'demo-app-installation-token', baseUrl: github.url, logger: d.logger, retryAfterBaseMs: 50 });
    const target = { client, owner: d.owner, repo: d.repo };
    const prepare = (cwd: string, extra: Partial<PrepareOptions> = {}) =>
      prepareRelease({ cwd, docsFiles: ['README.md'], repository: { owner: d.owner, name: d.repo }, releaseMode: 'pr', github: target, mergedArtifactDir: join(d.root, 'merged-artifact'), ...extra }, { logger: d.logger });
    const freshClone = async (name: string): Promise<string> => {
      const dir = join(d.root, name);
      rmSync(dir, { recursive: true, force: true });
      await exec('git', ['clone', '--quiet', d.remote, dir]);
      return dir;
    };
    d.out(`release-relay demo (release PR mode, ${d.mergeMethod} merge)\n  remote      ${d.remote}\n  GitHub API  ${github.url}\n  index       ${index.url}\n`);

    const opened = await prepare(d.work);
    d.out(`  1. push to main      ${opened.decision}`);

    const dev = mkdtempSync(join(tmpdir(), 'release-relay-demo-dev-'));
    try {
      await exec('git', ['clone', '--quiet', d.remote, dev]);
      writeFileSync(join(dev, 'CONTRIBUTING.md'), 'Use Conventional Commits.\n');
      await d.git(dev, 'add', '-A');
      await d.git(dev, 'commit', '--quiet', '-m', 'docs: how to contribute');
      await d.git(dev, 'push', '--quiet', 'origin', 'HEAD:main');
    } finally {
      rmSync(dev, { recursive: true, force: true });
    }
    const updated = await prepare(await freshClone('run-2'));
    const pr = updated.releasePr;
    if (!pr || pr.pull.number !== opened.releasePr?.pull.number) throw new Error('the second run did not update the same release PR');
    d.out(`  2. another push      ${updated.decision}`);

    const gateDir = join(d.root, 'gate-artifact');
    const gateWork = await freshClone('gate');
    await d.git(gateWork, 'checkout', '--quiet', '--detach', pr.sha);
    const gate = await gateReleasePr(
      { cwd: gateWork, pullNumber: pr.pull.number, github: target, tools: { python: d.python }, coverageThreshold: 90, isolatedBuild: false, installArgs: ['--no-index'], requireCi: false, artifactDir: gateDir },
      { logger: d.logger, git: new Git(gateWork) },
    );
    if (!gate.approved) throw new Error(`the gate rejected the release PR: ${gate.decision}`);
    const check = github.state.checkRuns.get(pr.sha)?.[0];
    // What actions/upload-artifact does in the gate job.
    const artifact = await github.addArtifact({ name: gate.artifactName, dir: gateDir, headSha: pr.sha, headBranch: pr.branch });
    d.out(`  3. pull_request      ${gate.decision}\n                       check run "${check?.name}": ${check?.conclusion}; artifact ${artifact.name} (#${artifact.id})`);

    const { data: merge } = await client.rest.pulls.merge({ owner: d.owner, repo: d.repo, pull_number: pr.pull.number, merge_method: d.mergeMethod });
    d.out(`  4. ${d.mergeMethod.padEnd(17)} #${pr.pull.number} → main at ${merge.sha.slice(0, 7)}`);

    const mainWork = await freshClone('run-3');
    const found = await prepare(mainWork);
    const merged = found.mergedRelease;
    if (!merged) throw new Error('the push of the merge found no release to publish');
    d.out(`  5. push to main      ${found.decision}`);
    let context = merged.context;
    let artifactDir = merged.artifactDir;
    if (merged.needsGate) {
      const again = await qualityGate({ cwd: mainWork, context, tools: { python: d.python }, isolatedBuild: false, installArgs: ['--no-index'], requireCi: false, openIssue: false, artifactDir: join(d.root, 'merge-gate') }, { logger: d.logger });
      if (!again.approved) throw new Error(`the gate rejected the merge commit: ${again.decision}`);
      context = again.context;
      artifactDir = again.artifactDir;
    }
    const published = await publishAndVerify(
      { cwd: mainWork, context, artifactDir, registries: [index.url], token: d.pypiToken, tools: { python: d.python }, verifyTimeoutMs: 120_000, verifyPollMs: 500, retryDelayMs: 200, github: target },
      { logger: d.logger },
    );
    const tagged = await d.git(d.remote, 'rev-parse', `refs/tags/${merged.tag}^{commit}`);
    const onMain = (await exec('git', ['merge-base', '--is-ancestor', tagged, 'main'], { cwd: d.remote, check: false })).code === 0;
    d.out(`  6. publish           ${published.decision}\n                       tag ${merged.tag} on ${tagged.slice(0, 7)} (${onMain ? 'on main' : 'NOT on main'})\n\n  wall time ${seconds(Date.now() - started)}`);
    if (github.violations.length) throw new Error(`GitHub API fixture saw protocol violations: ${github.violations.join('; ')}`);
    if (!published.verified || !onMain) throw new Error('The release did not end verified and tagged on main.');
  } finally {
    await github.close();
    await index.close();
  }
}
