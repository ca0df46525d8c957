/**
 * The whole relay for an npm package (issue 8): examples/npm-package in a temp git repository with a bare
 * remote, prepared, gated and published by the three stages against a real verdaccio on loopback, with the
 * real npm client; then installed from verdaccio as a user would. A re-run of publish-and-verify changes nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../../src/core/exec.js';
import { consoleLogger } from '../../src/core/log.js';
import { fetchPackument, tarballIntegrity } from '../../src/ecosystems/npm/registry-api.js';
import { prepareRelease } from '../../src/stages/prepare-release.js';
import { publishAndVerify, type PublishOptions } from '../../src/stages/publish-and-verify.js';
import { qualityGate } from '../../src/stages/quality-gate.js';
import { startVerdaccio, type Verdaccio } from '../fixtures/verdaccio.js';
import { commit, git, makeRepo, type TempRepo } from '../helpers/repo.js';
import { recordingExec as recordingExecOf } from '../helpers/exec.js';

const EXAMPLE = join(process.cwd(), 'examples', 'npm-package');
const NAME = 'relay-npm-example';
const TEMPLATE = '{name}@{version}';

let registry: Verdaccio;
let repo: TempRepo;
let artifactDir: string;
const lines: string[] = [];
const logger = consoleLogger({ write: (l) => lines.push(l) });
const { exec: recordingExec, commands } = recordingExecOf();
const npmPublishes = (): number => commands.filter((c) => c[0] === 'npm' && c[1] === 'publish').length;

beforeAll(async () => {
  registry = await startVerdaccio();
  repo = await makeRepo(EXAMPLE, { initialMessage: 'chore: initial commit' });
  await git(repo.dir, 'tag', '-a', '-m', `${NAME} 0.1.0`, `${NAME}@0.1.0`);
  await commit(repo.dir, 'feat: wrap() keeps long words whole');
  await git(repo.dir, 'push', '--quiet', '--follow-tags', 'origin', 'main');
  artifactDir = await mkdtemp(join(tmpdir(), 'relay-npm-artifacts-'));
});

afterAll(async () => {
  await registry?.close();
  repo?.cleanup();
  if (artifactDir) await rm(artifactDir, { recursive: true, force: true });
});

describe('npm relay: prepare → gate → publish and verify against verdaccio', () => {
  let publishOptions: PublishOptions;

  test('the three stages release 0.2.0; it installs from verdaccio; the tag is on the remote', async () => {
    // 1. prepare-release: version files (package.json + lockfile), CHANGELOG, README pin; commit and push.
    const prepared = await prepareRelease(
      { cwd: repo.dir, tagTemplate: TEMPLATE, docsFiles: ['README.md'], date: '2025-01-15', repository: { owner: 'acme', name: 'relay' }, commitMessage: 'chore(release): {version}' },
      { exec: recordingExec, logger },
    );
    const ctx = prepared.context;
    expect(ctx.package).toMatchObject({ ecosystem: 'npm', name: NAME, dir: '.', version_files: ['package.json', 'package-lock.json'] });
    expect(ctx.version).toMatchObject({ previous: '0.1.0', next: '0.2.0', scheme: 'semver', released: true, tag: `${NAME}@0.2.0` });
    expect(JSON.parse(await readFile(join(repo.dir, 'package.json'), 'utf8')).version).toBe('0.2.0');
    const lock = JSON.parse(await readFile(join(repo.dir, 'package-lock.json'), 'utf8'));
    expect([lock.version, lock.packages[''].version]).toEqual(['0.2.0', '0.2.0']);
    expect(await readFile(join(repo.dir, 'README.md'), 'utf8')).toContain(`npm install ${NAME}@0.2.0`);
    expect(await readFile(join(repo.dir, 'CHANGELOG.md'), 'utf8')).toContain('## [0.2.0] - 2025-01-15');
    expect(await git(repo.remote, 'rev-parse', 'main')).toBe(ctx.release_commit?.sha);

    // 2. quality-gate: node --test (JUnit + LCOV), npm pack once, clean npm install + README example.
    const gated = await qualityGate({ cwd: repo.dir, context: ctx, requireCi: false, coverageThreshold: 80, artifactDir }, { exec: recordingExec, logger });
    expect(gated.decision).toMatch(/^Approved/);
    expect(gated.approved).toBe(true);
    expect(gated.context.gate?.tests).toMatchObject({ passed: 3, failed: 0 });
    expect(gated.context.gate?.coverage?.format).toBe('lcov');
    expect(gated.context.gate?.install_check).toMatchObject({ ok: true, examples_run: 1 });
    expect(gated.context.artifacts?.map((a) => a.file)).toEqual([`${NAME}-0.2.0.tgz`]);

    // 3. publish-and-verify: npm publish to verdaccio, annotated tag, verify by installing from it.
    publishOptions = { cwd: repo.dir, context: gated.context, artifactDir, registries: [registry.url], token: registry.token, useOidc: false, verifyTimeoutMs: 60_000, verifyPollMs: 50, retryDelayMs: 10 };
    const published = await publishAndVerify(publishOptions, { exec: recordingExec, logger });
    expect(published.verified).toBe(true);
    expect(published.publishedTo).toEqual(['127.0.0.1:' + new URL(registry.url).port]);
    expect(published.context.publish).toMatchObject({ tag: `${NAME}@0.2.0`, tag_created: true, verified: true, skipped_existing: [] });
    expect(npmPublishes()).toBe(1);
    expect(lines.join('\n')).not.toContain(registry.token);

    const packument = await fetchPackument({ registry: registry.url, name: NAME });
    expect(packument?.['dist-tags'].latest).toBe('0.2.0');
    expect(packument?.versions['0.2.0'].dist?.integrity).toBe((await tarballIntegrity(join(artifactDir, `${NAME}-0.2.0.tgz`))).integrity);
    expect(await git(repo.remote, 'rev-parse', `refs/tags/${NAME}@0.2.0^{commit}`)).toBe(ctx.release_commit?.sha);

    // A user installs it from verdaccio and uses it.
    const user = await mkdtemp(join(tmpdir(), 'relay-npm-user-'));
    try {
      await exec('npm', ['init', '-y'], { cwd: user });
      await exec('npm', ['install', `${NAME}@0.2.0`, '--registry', registry.url, '--no-audit', '--no-fund', '--prefer-online'], { cwd: user });
      const out = await exec('node', ['--input-type=module', '-e', `import { slugify } from '${NAME}'; import { readFileSync } from 'node:fs'; console.log(slugify('Relay Works'), JSON.parse(readFileSync('node_modules/${NAME}/package.json', 'utf8')).version);`], { cwd: user });
      expect(out.stdout.trim()).toBe('relay-works 0.2.0');
    } finally {
      await rm(user, { recursive: true, force: true });
    }
  });

  test('a re-run of publish-and-verify is a no-op: the tarball is skipped, the tag is kept, nothing is uploaded', async () => {
    expect(publishOptions).toBeDefined();
    const before = npmPublishes();
    const tagBefore = await git(repo.remote, 'rev-parse', `refs/tags/${NAME}@0.2.0`);
    const again = await publishAndVerify(publishOptions, { exec: recordingExec, logger });
    expect(again.plan[0]).toContain(`already there: ${NAME}-0.2.0.tgz`);
    expect(again.plan[1]).toContain('already on');
    expect(again.context.publish).toMatchObject({ skipped_existing: [`${NAME}-0.2.0.tgz`], tag_created: false, verified: true });
    expect(npmPublishes()).toBe(before);
    expect(await git(repo.remote, 'rev-parse', `refs/tags/${NAME}@0.2.0`)).toBe(tagBefore);
    expect(Object.keys((await fetchPackument({ registry: registry.url, name: NAME }))?.versions ?? {})).toEqual(['0.2.0']);
  });
});
