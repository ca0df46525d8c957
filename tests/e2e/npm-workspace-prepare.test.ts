/**
 * prepare-release on a whole npm workspace (issue 17, part 3): examples/npm-workspace (core ← format ← cli)
 * in a temp git repository with a bare remote. One change in core ripples to its dependents' ranges with
 * patch releases; each package is decided by its own commits since its own tag; bad workspaces stop with
 * a clear error before anything is written. Also: the release context's schema 1 → 2 migration.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTEXT_SCHEMA, loadContext } from '../../src/core/context.js';
import { exec } from '../../src/core/exec.js';
import { updatedRange, updatePnpmLockSpecifier } from '../../src/ecosystems/npm/workspace-ranges.js';
import { globToRegExp, releaseOrder, type WorkspacePackage } from '../../src/ecosystems/npm/workspace.js';
import { prepareRelease } from '../../src/stages/prepare-release.js';
import { commit, git, makeRepo, type TempRepo } from '../helpers/repo.js';

const EXAMPLE = join(process.cwd(), 'examples', 'npm-workspace');
const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

async function workspaceRepo(): Promise<TempRepo> {
  const repo = await makeRepo(EXAMPLE);
  repos.push(repo);
  for (const p of ['relay-ws-core', 'relay-ws-format', 'relay-ws-cli']) await git(repo.dir, 'tag', '-a', '-m', p, `${p}@0.1.0`);
  await git(repo.dir, 'push', '--quiet', 'origin', '--tags');
  return repo;
}

/** Commits a file change under `path` with `message`. */
async function change(dir: string, path: string, message: string): Promise<void> {
  await writeFile(join(dir, path), `// ${message}\n`, { flag: 'a' });
  await git(dir, 'add', path);
  await commit(dir, message);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- package.json and package-lock.json read for assertions
const json = async (dir: string, path: string): Promise<Record<string, any>> => JSON.parse(await readFile(join(dir, path), 'utf8')) as Record<string, any>;

describe('prepare-release on a workspace', () => {
  test('a feature in core releases core (minor) and ripples to format and cli (patch), with their ranges, changelogs and one commit', async () => {
    const repo = await workspaceRepo();
    await change(repo.dir, 'packages/core/src/index.js', 'feat: words() keeps apostrophes');
    await change(repo.dir, 'README.md', 'docs: explain the example');
    const before = await git(repo.dir, 'rev-parse', 'HEAD');
    const r = await prepareRelease({ cwd: repo.dir, date: '2026-12-07' });

    expect(r.context.workspace).toMatchObject({ source: 'package.json "workspaces"', patterns: ['packages/*'] });
    expect(r.context.packages?.map((p) => [p.name, p.version.previous, p.version.next, p.version.bump, p.version.tag, p.version.released])).toEqual([
      ['relay-ws-core', '0.1.0', '0.2.0', 'minor', 'relay-ws-core@0.2.0', true],
      ['relay-ws-format', '0.1.0', '0.1.1', 'patch', 'relay-ws-format@0.1.1', true],
      ['relay-ws-cli', '0.1.0', '0.1.1', 'patch', 'relay-ws-cli@0.1.1', true],
    ]);
    // Versions and ranges, keeping the range's operator.
    expect((await json(repo.dir, 'packages/core/package.json')).version).toBe('0.2.0');
    expect((await json(repo.dir, 'packages/format/package.json')).dependencies).toEqual({ 'relay-ws-core': '^0.2.0' });
    expect((await json(repo.dir, 'packages/cli/package.json')).dependencies).toEqual({ 'relay-ws-format': '^0.1.1' });
    const lock = await json(repo.dir, 'package-lock.json');
    expect([lock.packages['packages/core'].version, lock.packages['packages/format'].version, lock.packages['packages/cli'].version]).toEqual(['0.2.0', '0.1.1', '0.1.1']);
    expect(lock.packages['packages/format'].dependencies).toEqual({ 'relay-ws-core': '^0.2.0' });
    // npm itself agrees the lockfile matches the manifests.
    await expect(git(repo.dir, 'status', '--porcelain')).resolves.toBe('');
    // Each package's own changelog: core lists its feature, its dependents the dependency update.
    const core = await readFile(join(repo.dir, 'packages/core/CHANGELOG.md'), 'utf8');
    expect(core).toContain('## [0.2.0] - 2026-12-07');
    expect(core).toContain('words() keeps apostrophes');
    const format = await readFile(join(repo.dir, 'packages/format/CHANGELOG.md'), 'utf8');
    expect(format).toContain('## [0.1.1] - 2026-12-07');
    expect(format).toContain('relay-ws-core is updated to 0.2.0.');
    expect(format).not.toContain('apostrophes');
    // One release commit, pushed.
    expect(await git(repo.dir, 'rev-parse', 'HEAD~1')).toBe(before);
    expect(await git(repo.dir, 'log', '-1', '--format=%s')).toBe('chore(release): prepare relay-ws-core@0.2.0, relay-ws-format@0.1.1, relay-ws-cli@0.1.1');
    expect(await git(repo.remote, 'rev-parse', 'main')).toBe(r.context.release_commit?.sha);
    expect(r.context.release_commit?.files_changed.sort()).toEqual(['package-lock.json', 'packages/cli/CHANGELOG.md', 'packages/cli/package.json', 'packages/core/CHANGELOG.md', 'packages/core/package.json', 'packages/format/CHANGELOG.md', 'packages/format/package.json']);
  });

  test('each package is decided by its own commits since its own tag: a fix in cli releases cli alone', async () => {
    const repo = await workspaceRepo();
    await change(repo.dir, 'packages/core/src/index.js', 'feat: core feature');
    await prepareRelease({ cwd: repo.dir, date: '2026-12-07' });
    for (const t of ['relay-ws-core@0.2.0', 'relay-ws-format@0.1.1', 'relay-ws-cli@0.1.1']) await git(repo.dir, 'tag', '-a', '-m', t, t);
    await change(repo.dir, 'packages/cli/src/index.js', 'fix: --help wins over text');
    const r = await prepareRelease({ cwd: repo.dir, date: '2026-12-08', dryRun: true });
    expect(r.context.packages?.filter((p) => p.version.released).map((p) => `${p.name}@${p.version.next}`)).toEqual(['relay-ws-cli@0.1.2']);
    expect(r.decision).toBe('Dry run: would release relay-ws-cli 0.1.1 → 0.1.2 (patch)');
    expect(await git(repo.dir, 'status', '--porcelain')).toBe('');
  });

  test('prepared and never tagged (a rejected gate): a re-run burns no version; a new fix joins the open section', async () => {
    const repo = await workspaceRepo();
    await change(repo.dir, 'packages/core/src/index.js', 'feat: words() keeps apostrophes');
    const opts = { cwd: repo.dir, date: '2026-12-07', repository: { owner: 'acme', name: 'ws' } };
    const first = await prepareRelease(opts);
    const head = await git(repo.dir, 'rev-parse', 'HEAD');
    const again = await prepareRelease({ ...opts, date: '2026-12-09' });
    expect(again.diff).toBe('');
    expect(again.decision).toBe('Already prepared relay-ws-core 0.1.0 → 0.2.0 (minor), relay-ws-format 0.1.0 → 0.1.1 (patch), relay-ws-cli 0.1.0 → 0.1.1 (patch)');
    expect(again.context.packages?.map((p) => p.version.tag)).toEqual(first.context.packages?.map((p) => p.version.tag));
    expect(await git(repo.dir, 'rev-parse', 'HEAD')).toBe(head);

    await change(repo.dir, 'packages/core/src/index.js', 'fix: words() of an empty string');
    const formatLog = await readFile(join(repo.dir, 'packages/format/CHANGELOG.md'), 'utf8');
    const third = await prepareRelease({ ...opts, date: '2026-12-09' });
    expect(third.context.packages?.map((p) => p.version.tag)).toEqual(['relay-ws-core@0.2.0', 'relay-ws-format@0.1.1', 'relay-ws-cli@0.1.1']);
    const core = await readFile(join(repo.dir, 'packages/core/CHANGELOG.md'), 'utf8');
    expect(core.match(/^## \[0\.2\.0\]/gm)).toHaveLength(1);
    expect(core).toContain('## [0.2.0] - 2026-12-07');
    expect(core).toContain('words() keeps apostrophes');
    expect(core).toContain('words() of an empty string');
    expect(core.match(/^\[0\.2\.0\]:/gm) ?? []).toHaveLength(1);
    expect(await readFile(join(repo.dir, 'packages/format/CHANGELOG.md'), 'utf8')).toBe(formatLog);
    expect(third.context.release_commit?.files_changed).toEqual(['packages/core/CHANGELOG.md']);
  });

  test('private packages are not released, and workspace: false releases package-dir alone', async () => {
    const repo = await workspaceRepo();
    await writeFile(join(repo.dir, 'packages/core/package.json'), JSON.stringify({ ...(await json(repo.dir, 'packages/core/package.json')), private: true }, null, 2) + '\n');
    await git(repo.dir, 'commit', '-qam', 'feat: core goes private');
    const r = await prepareRelease({ cwd: repo.dir, dryRun: true });
    expect(r.context.packages?.map((p) => p.name)).toEqual(['relay-ws-format', 'relay-ws-cli']);
    expect(r.decision).toMatch(/^No release/);
    await expect(prepareRelease({ cwd: repo.dir, dryRun: true, workspace: 'false' })).rejects.toMatchObject({ code: 'NO_VERSION' });
  });

  test('a dependency cycle stops before anything is written, naming the cycle', async () => {
    const repo = await workspaceRepo();
    const core = await json(repo.dir, 'packages/core/package.json');
    await writeFile(join(repo.dir, 'packages/core/package.json'), JSON.stringify({ ...core, dependencies: { 'relay-ws-cli': '^0.1.0' } }, null, 2) + '\n');
    await git(repo.dir, 'commit', '-qam', 'feat: core needs cli');
    const head = await git(repo.dir, 'rev-parse', 'HEAD');
    const err = await prepareRelease({ cwd: repo.dir }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'WORKSPACE_CYCLE', hint: expect.stringContaining('devDependency') });
    expect((err as Error).message).toContain('relay-ws-cli → relay-ws-format → relay-ws-core → relay-ws-cli (A → B: A depends on B)');
    expect(await git(repo.dir, 'rev-parse', 'HEAD')).toBe(head);
    expect(await git(repo.dir, 'status', '--porcelain')).toBe('');
  });

  test('a workspace glob that leaves the root or names a directory without package.json is refused with the fix', async () => {
    const repo = await workspaceRepo();
    const root = await json(repo.dir, 'package.json');
    for (const [globs, message] of [
      [['../elsewhere/*'], /does not name directories inside the workspace root/],
      [['packages/*', 'tools/missing'], /"tools\/missing" .* has no package\.json/],
      [['libs/*'], /select no directory with a package\.json/],
    ] as const) {
      await writeFile(join(repo.dir, 'package.json'), JSON.stringify({ ...root, workspaces: globs }, null, 2) + '\n');
      await git(repo.dir, 'commit', '-qam', 'chore: workspaces');
      const head = await git(repo.dir, 'rev-parse', 'HEAD');
      await expect(prepareRelease({ cwd: repo.dir })).rejects.toMatchObject({ code: 'BAD_WORKSPACE', message: expect.stringMatching(message), hint: expect.stringContaining('package.json') });
      expect(await git(repo.dir, 'rev-parse', 'HEAD')).toBe(head);
      expect(await git(repo.dir, 'status', '--porcelain')).toBe('');
    }
  });

  test('a tag template without {name} (one tag for every package) is refused', async () => {
    const repo = await workspaceRepo();
    await change(repo.dir, 'packages/core/src/index.js', 'fix: a core fix');
    await expect(prepareRelease({ cwd: repo.dir, tagTemplate: 'v{version}' })).rejects.toMatchObject({ code: 'BAD_INPUT', hint: expect.stringContaining('Keep {name} in tag-template') });
    expect(await git(repo.dir, 'status', '--porcelain')).toBe('');
  });

  test('an existing tag for a planned version stops before any write', async () => {
    const repo = await workspaceRepo();
    await change(repo.dir, 'packages/core/src/index.js', 'fix: a core fix');
    await git(repo.dir, 'tag', '-a', '-m', 'stale', 'relay-ws-format@0.1.1', 'HEAD~1');
    const head = await git(repo.dir, 'rev-parse', 'HEAD');
    await expect(prepareRelease({ cwd: repo.dir })).rejects.toMatchObject({ code: 'TAG_EXISTS', message: expect.stringContaining('relay-ws-format@0.1.1') });
    expect(await git(repo.dir, 'rev-parse', 'HEAD')).toBe(head);
    expect(await git(repo.dir, 'status', '--porcelain')).toBe('');
  });

  test('pnpm-workspace.yaml is read too', async () => {
    const repo = await workspaceRepo();
    const root = await json(repo.dir, 'package.json');
    delete root.workspaces;
    await writeFile(join(repo.dir, 'package.json'), JSON.stringify(root, null, 2) + '\n');
    await writeFile(join(repo.dir, 'pnpm-workspace.yaml'), "packages:\n  - 'packages/*'\n  - '!packages/cli'\n");
    await git(repo.dir, 'add', '-A');
    await commit(repo.dir, 'fix(core): pnpm');
    await change(repo.dir, 'packages/core/src/index.js', 'fix: core fix');
    const r = await prepareRelease({ cwd: repo.dir, dryRun: true });
    expect(r.context.workspace?.source).toBe('pnpm-workspace.yaml');
    expect(r.context.packages?.map((p) => `${p.name}@${p.version.next}`)).toEqual(['relay-ws-core@0.1.1', 'relay-ws-format@0.1.1']);
  });
});

describe('a pnpm workspace (real pnpm)', () => {
  let pnpm = '';
  const saved: Record<string, string | undefined> = {};
  let home = '';
  beforeAll(async () => {
    // pnpm's store and caches go to a temp dir, never the user's home.
    home = await mkdtemp(join(tmpdir(), 'relay-pnpm-home-'));
    for (const [k, v] of Object.entries({ XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache'), npm_config_store_dir: join(home, 'store') })) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
    const onPath = await exec('pnpm', ['--version'], { check: false }).catch(() => null);
    if (onPath?.code === 0) pnpm = 'pnpm';
    else {
      await exec('npm', ['install', '--prefix', join(home, 'prefix'), '--no-audit', '--no-fund', '--no-save', 'pnpm@9.15.9'], { timeoutMs: 300_000 });
      pnpm = join(home, 'prefix', 'node_modules', '.bin', 'pnpm');
    }
  }, 300_000);
  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await rm(home, { recursive: true, force: true });
  });

  test('workspace: ranges move in package.json and in pnpm-lock.yaml, so pnpm install --frozen-lockfile still agrees', async () => {
    const repo = await workspaceRepo();
    const setDeps = async (path: string, deps: Record<string, string>): Promise<void> => writeFile(join(repo.dir, path), JSON.stringify({ ...(await json(repo.dir, path)), dependencies: deps }, null, 2) + '\n');
    await setDeps('packages/format/package.json', { 'relay-ws-core': 'workspace:^0.1.0' });
    await setDeps('packages/cli/package.json', { 'relay-ws-format': 'workspace:*' });
    const root = await json(repo.dir, 'package.json');
    delete root.workspaces;
    await writeFile(join(repo.dir, 'package.json'), JSON.stringify(root, null, 2) + '\n');
    await writeFile(join(repo.dir, 'pnpm-workspace.yaml'), "packages:\n  - 'packages/*'\n");
    await git(repo.dir, 'rm', '-q', 'package-lock.json');
    await exec(pnpm, ['install', '--lockfile-only', '--offline'], { cwd: repo.dir });
    await git(repo.dir, 'add', '-A');
    await commit(repo.dir, 'build: pnpm');
    await change(repo.dir, 'packages/core/src/index.js', 'feat: core feature');
    const r = await prepareRelease({ cwd: repo.dir, date: '2026-12-07' });
    expect(r.context.packages?.map((p) => `${p.name}@${p.version.next}`)).toEqual(['relay-ws-core@0.2.0', 'relay-ws-format@0.1.1', 'relay-ws-cli@0.1.1']);
    expect((await json(repo.dir, 'packages/format/package.json')).dependencies).toEqual({ 'relay-ws-core': 'workspace:^0.2.0' });
    expect((await json(repo.dir, 'packages/cli/package.json')).dependencies).toEqual({ 'relay-ws-format': 'workspace:*' });
    const lock = await readFile(join(repo.dir, 'pnpm-lock.yaml'), 'utf8');
    expect(lock).toContain('specifier: workspace:^0.2.0');
    expect(lock).toContain('specifier: workspace:*');
    expect(r.context.release_commit?.files_changed).toContain('pnpm-lock.yaml');
    const frozen = await exec(pnpm, ['install', '--frozen-lockfile', '--offline'], { cwd: repo.dir, check: false });
    expect(`${frozen.code} ${frozen.stderr}${frozen.stdout.includes('ERR_PNPM') ? frozen.stdout : ''}`).toBe('0 ');
  });
});

describe('workspace building blocks', () => {
  test('ranges keep their operator; workspace:* stays; a complex range that still accepts the version stays', () => {
    const w = { dependent: 'b', dependency: 'a', file: 'b/package.json' };
    expect(updatedRange('^1.0.0', '1.1.0', w)).toBe('^1.1.0');
    expect(updatedRange('~1.0.0', '1.0.1', w)).toBe('~1.0.1');
    expect(updatedRange('1.0.0', '2.0.0', w)).toBe('2.0.0');
    expect(updatedRange('workspace:^1.0.0', '1.2.0', w)).toBe('workspace:^1.2.0');
    expect(updatedRange('workspace:*', '1.2.0', w)).toBeNull();
    expect(updatedRange('workspace:^', '1.2.0', w)).toBeNull();
    expect(updatedRange('>=1 <3', '2.0.0', w)).toBeNull();
    expect(() => updatedRange('>=1 <2', '2.0.0', w)).toThrow(expect.objectContaining({ code: 'BAD_WORKSPACE' }));
  });

  test('pnpm-lock.yaml: only the specifier changes, in its own quoting (lockfile 9 and 5)', async () => {
    const v9 = "lockfileVersion: '9.0'\n\nimporters:\n\n  packages/a:\n    dependencies:\n      b:\n        specifier: '^1.0.0'\n        version: link:../b\n";
    expect(await updatePnpmLockSpecifier(v9, 'packages/a', 'dependencies', 'b', '^1.1.0')).toBe(v9.replace("'^1.0.0'", "'^1.1.0'"));
    expect(await updatePnpmLockSpecifier(v9, 'packages/a', 'devDependencies', 'b', '^1.1.0')).toBeNull();
    const v5 = 'lockfileVersion: 5.4\nimporters:\n  packages/a:\n    specifiers:\n      b: ~1.0.0\n';
    expect(await updatePnpmLockSpecifier(v5, 'packages/a', 'dependencies', 'b', '~1.0.1')).toBe(v5.replace('~1.0.0', '~1.0.1'));
  });

  test('globs: *, ** and {a,b}', () => {
    expect(globToRegExp('packages/*').test('packages/a')).toBe(true);
    expect(globToRegExp('packages/*').test('packages/a/b')).toBe(false);
    expect(globToRegExp('packages/**').test('packages/a/b')).toBe(true);
    expect(globToRegExp('{apps,libs}/*').test('libs/x')).toBe(true);
  });

  test('release order puts dependencies first; a cycle through a devDependency is ordered by the runtime edges', () => {
    const pkg = (name: string, internal: WorkspacePackage['internal']): WorkspacePackage => ({ name, dir: `p/${name}`, version: '1.0.0', private: false, internal });
    const order = releaseOrder([pkg('c', [{ field: 'dependencies', on: 'b', range: '^1' }]), pkg('a', [{ field: 'devDependencies', on: 'c', range: '^1' }]), pkg('b', [{ field: 'peerDependencies', on: 'a', range: '^1' }])]);
    expect(order.map((p) => p.name)).toEqual(['a', 'b', 'c']);
  });
});

describe('release context schema', () => {
  test('a schema 1 context (a single package) loads as schema 2 with the list of one; a newer schema is refused', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'relay-ctx-'));
    try {
      const v1 = {
        schema: 1,
        id: 'c0ffee',
        created_at: '2026-01-01T00:00:00.000Z',
        dry_run: false,
        repository: { owner: 'o', name: 'r', ref: 'main', sha: 'a'.repeat(40) },
        package: { ecosystem: 'npm', name: 'pkg', dir: '.', version_files: ['package.json'] },
        version: { previous: '1.0.0', next: '1.1.0', scheme: 'semver', bump: 'minor', reason: 'feat', released: true, tag: 'v1.1.0' },
        changelog: { section_markdown: '## 1.1.0\n', entries: 1 },
        artifacts: [{ file: 'pkg-1.1.0.tgz', sha256: 'b'.repeat(64), size: 10 }],
        timeline: [],
      };
      await writeFile(join(dir, 'v1.json'), JSON.stringify(v1));
      const ctx = await loadContext(join(dir, 'v1.json'), 'quality-gate');
      expect(ctx.schema).toBe(CONTEXT_SCHEMA);
      expect(ctx.packages).toEqual([{ name: 'pkg', dir: '.', ecosystem: 'npm', version_files: ['package.json'], version: { previous: '1.0.0', next: '1.1.0', tag: 'v1.1.0', bump: 'minor', released: true, reason: 'feat' }, changelog: { section_markdown: '## 1.1.0\n', entries: 1 }, artifacts: v1.artifacts }]);
      expect(ctx.version?.next).toBe('1.1.0');
      await writeFile(join(dir, 'v3.json'), JSON.stringify({ ...v1, schema: 3 }));
      await expect(loadContext(join(dir, 'v3.json'))).rejects.toMatchObject({ code: 'BAD_CONTEXT', message: expect.stringContaining('schema 3 is not supported'), hint: expect.stringContaining('newer release-relay') });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
