#!/usr/bin/env node
// Deterministic git history generator for the benchmark (issue 6).
//
// Streams N commits into `git fast-import` with a fixed-seed PRNG, fixed authors and fixed dates, so the
// same parameters always produce the same commit and tag ids (the HEAD sha is recorded in the manifest).
// Subjects are realistic Conventional Commits (feat/fix, scoped, `!`, `BREAKING CHANGE:` footers,
// chore/docs/perf/refactor/test/build/ci/style) mixed with non-conventional and merge-like subjects.
// Every ~T commits a release commit (`chore(release): X.Y.Z`, rewrites package.json) gets an annotated
// semver tag; the last tag sits U commits before HEAD. The version of each tag is derived from the commits
// since the previous tag with the usual rules (breaking → major, feat → minor, else patch).
//
// Usage: node bench/gen-history.mjs [--commits 10000] [--unreleased 5000] [--tag-every 1000] [--seed 42]
//                                    [--out DIR] [--force]
// Prints the manifest (JSON) on stdout. As a module: `ensureHistory(opts)` returns the manifest,
// reusing the cached repo under bench/.work/ when its manifest says it is complete.

import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Bump when the generated content changes, so stale caches are not reused. */
export const GENERATOR_VERSION = 2;
const START_EPOCH = 1_577_836_800; // 2020-01-01T00:00:00Z

/** mulberry32: small, fast, deterministic. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AUTHORS = [
  ['Alice Martin', 'alice@example.com'],
  ['Bob Chen', 'bob@example.com'],
  ['Carla Núñez', 'carla@example.org'],
  ['Deepak Rao', 'deepak@example.net'],
  ['Emma Schmidt', 'emma@example.com'],
  ['François Dubois', 'francois@example.fr'],
  ['Grace Okafor', 'grace@example.com'],
  ['Hiro Tanaka', 'hiro@example.jp'],
  ['dependabot[bot]', '49699333+dependabot[bot]@users.noreply.example.com'],
];
const SCOPES = ['parser', 'cli', 'config', 'render', 'git', 'api', 'core', 'deps', 'docs', 'ci', 'changelog', 'auth'];
const VERBS_FEAT = ['add', 'support', 'introduce', 'allow', 'expose', 'implement', 'enable'];
const VERBS_FIX = ['fix', 'handle', 'avoid', 'correct', 'prevent', 'guard against', 'resolve'];
const VERBS_OTHER = ['update', 'simplify', 'clean up', 'rework', 'move', 'rename', 'tidy', 'speed up'];
const OBJECTS = [
  'nested tables in `pyproject.toml`', 'empty commit bodies', 'the `--dry-run` flag', 'retry with backoff',
  'unicode author names', 'annotated tags', 'pre-release versions', 'the release context schema',
  'CRLF line endings', 'monorepo packages', 'the job summary table', 'rate-limit headers',
  'missing CHANGELOG.md', 'PEP 440 local versions', 'scoped npm packages', 'signed commits',
  'the config loader', 'timeouts in the publish step', 'duplicate tags', 'the markdown renderer',
  'long commit subjects', 'merge commits', 'shallow clones', 'Windows paths', 'the cache key',
];
const NOTES = [
  'the `config` option is renamed to `configFile`', 'Node 18 is no longer supported',
  'the default branch is now read from the remote', 'release context schema 1 is no longer accepted',
  'tags without a `v` prefix are ignored', 'the `bump` input no longer accepts `auto`',
];
const NONCONV = [
  'Update README.md', 'WIP', 'Fix typo', 'Initial import of docs', 'small cleanups', 'address review comments',
  'Bump lodash from 4.17.20 to 4.17.21', 'Revert "experimental cache"', 'oops', 'More tests',
  'Apply suggestions from code review', 'Update dependencies',
];
const BRANCHES = ['feature/cache', 'fix/crlf', 'docs/guide', 'release-tools', 'perf/parser', 'refactor/git'];
const BODY_LINES = [
  'The previous behaviour surprised users on large repositories.',
  'This keeps the public API unchanged.',
  'Measured on a 100k-commit history before and after.',
  'See the discussion in the linked issue for the trade-offs.',
  'Tests cover the empty and the unicode cases.',
  'No user-visible change except clearer error messages.',
];
const FILES = {
  src: ['src/index.ts', 'src/parser.ts', 'src/cli.ts', 'src/config.ts', 'src/render.ts', 'src/git.ts'],
  docs: ['README.md', 'docs/guide.md'],
  test: ['tests/parser.test.ts', 'tests/render.test.ts'],
  build: ['.github/workflows/ci.yml', 'tsconfig.json'],
};

/** Weighted choice of commit kind. Breaking changes are rare (~1 in 1,000 commits). */
const KINDS = [
  ['feat', 20], ['fix', 24], ['chore', 9], ['docs', 8], ['perf', 3], ['refactor', 7], ['test', 5],
  ['build', 2], ['ci', 2], ['style', 1], ['nonconv', 12], ['merge', 7],
];
const KIND_TOTAL = KINDS.reduce((s, [, w]) => s + w, 0);

function bumpVersion(v, bump) {
  const [maj, min, pat] = v.split('.').map(Number);
  if (bump === 'major') return `${maj + 1}.0.0`;
  if (bump === 'minor') return `${maj}.${min + 1}.0`;
  return `${maj}.${min}.${pat + 1}`;
}

/** Where the tags go: the last one `unreleased` commits before HEAD, the others ~tagEvery apart. */
function tagPositions(commits, unreleased, tagEvery, rnd) {
  const last = commits - unreleased;
  if (last < 2) throw new Error('--unreleased must leave at least 2 commits before the last tag');
  const out = [last];
  let p = last;
  for (;;) {
    const gap = Math.round(tagEvery * (0.8 + 0.4 * rnd()));
    p -= gap;
    if (p < Math.max(2, tagEvery / 2)) break;
    out.push(p);
  }
  return out.reverse();
}

/** Builds the history description (deterministic), without touching git. */
export function planHistory({ commits, unreleased, tagEvery, seed }) {
  const rnd = prng(seed);
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const tags = new Set(tagPositions(commits, unreleased, tagEvery, rnd));
  let t = START_EPOCH;
  let version = '0.0.0';
  let first = true;
  let segment = { breaking: 0, feat: 0, fix: 0 };
  const list = [];
  const stats = { unreleased: { feat: 0, fix: 0, breaking: 0, conventional: 0, total: 0 },
    full: { feat: 0, fix: 0, breaking: 0, conventional: 0, total: 0 } };
  let pr = 100;
  for (let i = 1; i <= commits; i++) {
    t += 30 + Math.floor(rnd() * 7200);
    const [name, email] = AUTHORS[Math.floor(rnd() * AUTHORS.length)];
    const c = { i, name, email, time: t, file: '', subject: '', body: '', type: '', breaking: false, tag: null };
    if (tags.has(i)) {
      const bump = first ? 'first' : segment.breaking ? 'major' : segment.feat ? 'minor' : 'patch';
      version = first ? '1.0.0' : bumpVersion(version, bump);
      first = false;
      segment = { breaking: 0, feat: 0, fix: 0 };
      c.type = 'chore';
      c.subject = `chore(release): ${version}`;
      c.file = 'package.json';
      c.tag = version;
      c.version = version;
    } else if (i === 1) {
      c.subject = 'Initial commit';
      c.file = 'README.md';
    } else {
      let r = rnd() * KIND_TOTAL;
      let kind = KINDS[0][0];
      for (const [k, w] of KINDS) { if ((r -= w) < 0) { kind = k; break; } }
      const scoped = rnd() < 0.45;
      const scope = scoped ? `(${pick(SCOPES)})` : '';
      const prRef = rnd() < 0.3 ? ` (#${pr++})` : '';
      if (kind === 'nonconv') {
        c.subject = pick(NONCONV);
        c.file = pick(FILES.src);
      } else if (kind === 'merge') {
        const n = pr++;
        c.subject = rnd() < 0.6
          ? `Merge pull request #${n} from ${name.split(' ')[0].toLowerCase()}/${pick(BRANCHES)}`
          : `Merge branch '${pick(BRANCHES)}' into main`;
        c.body = rnd() < 0.5 ? `${pick(VERBS_OTHER)} ${pick(OBJECTS)}` : '';
        c.file = pick(FILES.src);
      } else {
        const verb = kind === 'feat' ? pick(VERBS_FEAT) : kind === 'fix' ? pick(VERBS_FIX) : pick(VERBS_OTHER);
        const bang = (kind === 'feat' || kind === 'fix' || kind === 'refactor') && rnd() < 0.0015;
        c.type = kind;
        c.subject = `${kind}${scope}${bang ? '!' : ''}: ${verb} ${pick(OBJECTS)}${prRef}`;
        const lines = [];
        if (rnd() < 0.4) {
          const n = 1 + Math.floor(rnd() * 3);
          for (let k = 0; k < n; k++) lines.push(pick(BODY_LINES));
        }
        const footers = [];
        const footerBreaking = !bang && (kind === 'feat' || kind === 'fix') && rnd() < 0.0015;
        if (bang || footerBreaking) {
          c.breaking = true;
          footers.push(`BREAKING CHANGE: ${pick(NOTES)}`);
        }
        if (rnd() < 0.25) footers.push(rnd() < 0.5 ? `Refs: #${1 + Math.floor(rnd() * 900)}` : `Closes #${1 + Math.floor(rnd() * 900)}`);
        if (rnd() < 0.08) {
          const [cn, ce] = pick(AUTHORS);
          footers.push(`Co-authored-by: ${cn} <${ce}>`);
        }
        c.body = [lines.join('\n'), footers.join('\n')].filter(Boolean).join('\n\n');
        c.file = kind === 'docs' ? pick(FILES.docs) : kind === 'test' ? pick(FILES.test)
          : kind === 'build' || kind === 'ci' ? pick(FILES.build) : pick(FILES.src);
        if (kind === 'feat') segment.feat++;
        if (kind === 'fix') segment.fix++;
        if (c.breaking) segment.breaking++;
      }
    }
    const inUnreleased = i > commits - unreleased;
    for (const s of inUnreleased ? [stats.unreleased, stats.full] : [stats.full]) {
      s.total++;
      if (c.type) s.conventional++;
      if (c.type === 'feat' && !c.tag) s.feat++;
      if (c.type === 'fix') s.fix++;
      if (c.breaking) s.breaking++;
    }
    list.push(c);
  }
  const lastTag = `v${version}`;
  const nextBump = segment.breaking ? 'major' : segment.feat ? 'minor' : segment.fix ? 'patch' : 'none';
  const nextVersion = nextBump === 'none' ? null : bumpVersion(version, nextBump);
  return { list, lastTag, lastVersion: version, nextBump, nextVersion, tagCount: tags.size, stats };
}

function fileContent(file, rev, c) {
  if (file === 'pyproject.toml') {
    return `[project]\nname = "bench-history"\nversion = "${c.version ?? '0.0.0'}"\ndescription = "Generated history for the release-relay benchmark"\nrequires-python = ">=3.9"\n\n[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n`;
  }
  if (file === 'package.json') {
    return `${JSON.stringify({ name: 'bench-history', version: c.version ?? '0.0.0', private: true,
      description: 'Generated history for the release-relay benchmark', license: 'MIT' }, null, 2)}\n`;
  }
  const comment = file.endsWith('.md') ? '<!-- ' : file.endsWith('.yml') ? '# ' : '// ';
  const end = file.endsWith('.md') ? ' -->' : '';
  const body = [];
  for (let k = 0; k < 12; k++) body.push(`${comment}${file} line ${k}${end}`);
  body.splice(rev % 12, 0, `${comment}rev ${rev} by ${c.name}${end}`);
  return `${body.join('\n')}\n`;
}

async function fastImport(repo, plan) {
  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: repo, stdio: ['pipe', 'inherit', 'inherit'] });
  const exited = once(child, 'close');
  const revs = new Map();
  let buf = [];
  let size = 0;
  const flush = async () => {
    if (!buf.length) return;
    const ok = child.stdin.write(buf.join(''));
    buf = [];
    size = 0;
    if (!ok) await once(child.stdin, 'drain');
  };
  const data = (s) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  for (const c of plan.list) {
    const rev = (revs.get(c.file) ?? 0) + 1;
    revs.set(c.file, rev);
    const who = `${c.name} <${c.email}> ${c.time} +0000`;
    const msg = c.body ? `${c.subject}\n\n${c.body}\n` : `${c.subject}\n`;
    let s = `commit refs/heads/main\nmark :${c.i}\nauthor ${who}\ncommitter ${who}\n${data(msg)}`;
    if (c.i === 1) {
      // Seed the tree with every file so later commits only rewrite one.
      for (const f of [...FILES.src, ...FILES.docs, ...FILES.test, ...FILES.build, 'package.json', 'pyproject.toml']) {
        if (f !== c.file) s += `M 100644 inline ${f}\n${data(fileContent(f, 0, c))}`;
      }
    }
    s += `M 100644 inline ${c.file}\n${data(fileContent(c.file, rev, c))}`;
    // A release commit sets the version in both manifests (npm for the peers, Python for ours).
    if (c.tag) s += `M 100644 inline pyproject.toml\n${data(fileContent('pyproject.toml', rev, c))}`;
    s += '\n';
    if (c.tag) {
      s += `tag v${c.tag}\nfrom :${c.i}\ntagger ${who}\n${data(`Release v${c.tag}\n`)}`;
    }
    buf.push(s);
    size += s.length;
    if (size > 1 << 20) await flush();
  }
  buf.push('done\n');
  await flush();
  child.stdin.end();
  const [code] = await exited;
  if (code !== 0) throw new Error(`git fast-import exited with ${code}`);
}

const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** Parameters → cache directory name. */
export function cacheKey({ commits, unreleased, tagEvery, seed }) {
  return `history-n${commits}-u${unreleased}-t${tagEvery}-s${seed}-g${GENERATOR_VERSION}`;
}

/**
 * Generates (or reuses) the repository and its bare `file://` twin (for semantic-release).
 * Returns the manifest: paths, HEAD sha, tags, expected counts and next version.
 */
export async function ensureHistory({ commits = 10000, unreleased = 5000, tagEvery = 1000, seed = 42, out, force = false, log = () => {} } = {}) {
  const params = { commits, unreleased, tagEvery, seed };
  const root = out ?? path.join(HERE, '.work');
  const dir = path.join(root, cacheKey(params));
  const manifestPath = path.join(dir, 'manifest.json');
  if (!force && existsSync(manifestPath)) return JSON.parse(readFileSync(manifestPath, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const repo = path.join(dir, 'repo');
  const bare = path.join(dir, 'remote.git');
  mkdirSync(repo, { recursive: true });
  const t0 = performance.now();
  log(`generating ${commits} commits (seed ${seed}) in ${repo}`);
  const plan = planHistory(params);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'gc.auto', '0');
  git(repo, 'config', 'user.name', 'Bench');
  git(repo, 'config', 'user.email', 'bench@example.com');
  git(repo, 'config', 'pack.threads', '1'); // deterministic pack layout
  await fastImport(repo, plan);
  git(repo, 'reset', '-q', '--hard', 'main');
  git(repo, 'gc', '--quiet', '--prune=now');
  execFileSync('git', ['clone', '-q', '--bare', '--no-local', repo, bare], { stdio: 'ignore' });
  git(bare, 'config', 'gc.auto', '0');
  git(repo, 'remote', 'add', 'origin', `file://${bare}`);
  git(repo, 'fetch', '-q', 'origin');
  git(repo, 'branch', '-q', '--set-upstream-to=origin/main', 'main');
  const manifest = {
    generator: GENERATOR_VERSION, params, repo, remote: bare, remoteUrl: `file://${bare}`,
    head: git(repo, 'rev-parse', 'HEAD'),
    commits: Number(git(repo, 'rev-list', '--count', 'HEAD')),
    tags: plan.tagCount, lastTag: plan.lastTag, lastVersion: plan.lastVersion,
    unreleasedRange: `${plan.lastTag}..HEAD`,
    unreleasedCount: Number(git(repo, 'rev-list', '--count', `${plan.lastTag}..HEAD`)),
    expected: { nextBump: plan.nextBump, nextVersion: plan.nextVersion, ...plan.stats },
    packBytes: Number(git(repo, 'count-objects', '-v').match(/size-pack: (\d+)/)[1]) * 1024,
    generatedSeconds: Number(((performance.now() - t0) / 1000).toFixed(1)),
  };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  log(`generated in ${manifest.generatedSeconds}s: HEAD ${manifest.head.slice(0, 12)}, ${manifest.tags} tags, last ${manifest.lastTag}`);
  return manifest;
}

function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i];
    if (a === '--commits') o.commits = Number(v());
    else if (a === '--unreleased') o.unreleased = Number(v());
    else if (a === '--tag-every') o.tagEvery = Number(v());
    else if (a === '--seed') o.seed = Number(v());
    else if (a === '--out') o.out = path.resolve(v());
    else if (a === '--force') o.force = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const m = await ensureHistory({ ...parseArgs(process.argv.slice(2)), log: (s) => console.error(s) });
    console.log(JSON.stringify(m, null, 2));
  } catch (e) {
    console.error(e.message);
    process.exitCode = 1;
  }
}
