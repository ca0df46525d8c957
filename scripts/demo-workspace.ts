/**
 * `npm run demo -- --ecosystem npm --workspace`: the whole-workspace release of examples/npm-workspace
 * (core ← format ← cli) on a temporary git copy with a bare remote, against a real verdaccio and the loopback
 * GitHub API. A feature in core releases core (minor) and ripples to format and cli (patch, their ranges
 * moved); the gate installs once at the root, tests, packs the three and installs them together; publish
 * goes in dependency order with one tag and one GitHub release per package, each verified from the registry.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createGitHubClient } from '../src/actions/common/github-client.js';
import { seconds, stepsTable } from '../src/actions/common/summary.js';
import { describeError } from '../src/core/errors.js';
import { exec } from '../src/core/exec.js';
import type { Logger } from '../src/core/log.js';
import { fetchPackument } from '../src/ecosystems/npm/registry-api.js';
import { runRelay } from '../src/stages/run-all.js';
import { startGitHubApi } from '../tests/fixtures/github-api/server.js';
import { startVerdaccio } from '../tests/fixtures/verdaccio.js';

const OWNER = 'demo-org';
const REPO = 'relay-workspace';

async function git(cwd: string, ...args: string[]): Promise<string> {
  const env = { GIT_AUTHOR_NAME: 'Demo Maintainer', GIT_AUTHOR_EMAIL: 'maintainer@example.test', GIT_COMMITTER_NAME: 'Demo Maintainer', GIT_COMMITTER_EMAIL: 'maintainer@example.test' };
  return (await exec('git', args, { cwd, env })).stdout.trim();
}

/** The temporary repository: the example workspace, its packages tagged at 0.1.0, a feature in core, pushed. */
async function makeWorkspaceRepository(root: string): Promise<{ work: string; remote: string; names: string[] }> {
  const work = join(root, 'work');
  const remote = join(root, 'remote.git');
  cpSync(resolve(process.cwd(), 'examples', 'npm-workspace'), work, { recursive: true, filter: (p) => !/node_modules/.test(p) });
  await exec('git', ['init', '--quiet', '--bare', '--initial-branch=main', remote]);
  await exec('git', ['init', '--quiet', '--initial-branch=main', work]);
  await git(work, 'remote', 'add', 'origin', remote);
  await git(work, 'add', '-A');
  await git(work, 'commit', '--quiet', '-m', 'chore: import the workspace at 0.1.0');
  const names = ['relay-ws-core', 'relay-ws-format', 'relay-ws-cli'];
  for (const n of names) await git(work, 'tag', '-a', `${n}@0.1.0`, '-m', `${n} 0.1.0`);
  appendFileSync(join(work, 'packages', 'core', 'src', 'index.js'), '\n/** The number of words in `text`. */\nexport const count = (text) => words(text).length;\n');
  writeFileSync(join(work, 'packages', 'core', 'test', 'count.test.js'), "import test from 'node:test';\nimport assert from 'node:assert';\nimport { count } from '../src/index.js';\n\ntest('count', () => assert.strictEqual(count('one, two'), 2));\n");
  await git(work, 'add', '-A');
  await git(work, 'commit', '--quiet', '-m', 'feat(core): count() counts the words (#12)');
  await git(work, 'push', '--quiet', '--follow-tags', 'origin', 'main');
  return { work, remote, names };
}

/** Runs the workspace demo; returns the exit code. */
export async function workspaceDemo(o: { keep: boolean; bump: string; logger: Logger & { close(): void } }): Promise<number> {
  const started = Date.now();
  const root = mkdtempSync(join(tmpdir(), 'release-relay-demo-ws-'));
  process.stdout.write('release-relay demo (npm workspace): starting the loopback GitHub API and verdaccio…\n');
  const github = await startGitHubApi({ owner: OWNER, repo: REPO });
  const registry = await startVerdaccio();
  try {
    const { work, remote, names } = await makeWorkspaceRepository(root);
    process.stdout.write(`release-relay demo\n  repository  ${work} (remote ${remote})\n  GitHub API  ${github.url}\n  registry    ${registry.url} (verdaccio)\n\n`);
    const client = createGitHubClient({ token: 'demo-github-token', baseUrl: github.url, logger: o.logger, retryAfterBaseMs: 50 });
    const result = await runRelay(
      {
        cwd: work,
        contextFile: join(root, 'release-context.json'),
        github: { client, owner: OWNER, repo: REPO },
        prepare: { bump: o.bump, repository: { owner: OWNER, name: REPO }, workspace: 'true' },
        gate: { installDependencies: true, requireCi: false, artifactDir: join(root, 'artifact'), installArgs: ['--registry', registry.url] },
        publish: { registries: [registry.url], token: registry.token, useOidc: false, verifyTimeoutMs: 120_000, verifyPollMs: 500, notesDir: join(root, 'notes'), retryDelayMs: 200 },
      },
      { logger: o.logger },
    );
    const ctx = result.context;
    process.stdout.write(`${stepsTable(ctx.timeline)}\n\n`);
    for (const d of result.decisions) process.stdout.write(`  ${d.stage.padEnd(19)} ${d.decision}\n`);
    process.stdout.write('\n');
    const released = (ctx.packages ?? []).filter((p) => p.version.released);
    let ok = released.length === names.length;
    for (const p of released) {
      const onRemote = await git(remote, 'rev-parse', '--verify', '--quiet', `refs/tags/${p.version.tag}^{commit}`).catch(() => '');
      const served = (await fetchPackument({ registry: registry.url, name: p.name }))?.versions[p.version.next];
      ok &&= Boolean(onRemote && served && p.publish?.verified);
      const deps = Object.entries((served as { dependencies?: Record<string, string> } | undefined)?.dependencies ?? {}).map(([n, r]) => `${n}@${r}`).join(', ');
      process.stdout.write(`  ${p.name.padEnd(16)} ${p.version.previous} → ${p.version.next} (${p.version.bump})  tag ${p.version.tag} on ${onRemote.slice(0, 7) || 'NOT PUSHED'}  ${served ? 'published' : 'NOT PUBLISHED'}${deps ? `, depends on ${deps}` : ''}, ${p.publish?.verified ? 'verified' : 'NOT verified'}\n`);
    }
    process.stdout.write(`\n  releases     ${github.state.releases.length} GitHub releases (${github.state.releases.map((r) => r.tag_name).join(', ')})\n  wall time    ${seconds(Date.now() - started)}\n\n`);
    if (github.violations.length) throw new Error(`GitHub API fixture saw protocol violations: ${github.violations.join('; ')}`);
    if (!ok) throw new Error('The workspace release did not end with every package published, tagged and verified.');
    process.stdout.write(o.keep ? `Kept ${root}: work/ (repository), remote.git, notes/, artifact/, release-context.json\n` : 'Done. (Run with --keep to keep the repository, the notes and the context.)\n');
    return 0;
  } catch (err) {
    process.stderr.write(`demo failed: ${describeError(err)}\n`);
    if (o.keep) process.stderr.write(`Kept ${root}\n`);
    return 1;
  } finally {
    o.logger.close();
    await github.close();
    await registry.close();
    if (!o.keep) rmSync(root, { recursive: true, force: true });
  }
}
