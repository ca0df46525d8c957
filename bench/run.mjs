#!/usr/bin/env node
// Benchmark harness (issue 6): release-relay side by side with peer tools on generated histories.
//
//   npm run bench                      both history sizes (10k, 100k), all tasks → bench/results.md
//   node bench/run.mjs --sizes 10000   one size (what to use while developing)
//   options: --sizes a,b  --runs N (default 5)  --tasks unreleased,full,cold,size,overhead  --out FILE
//
// Peers live in bench/package.json (installed with `npm ci --prefix bench` when bench/node_modules is
// missing) and run offline: git-cliff (native binary from its npm package), conventional-changelog and
// conventional-recommended-bump (preset conventionalcommits), semantic-release (dry run, --no-ci,
// file:// bare remote, commit-analyzer + release-notes-generator only, no tokens in the environment).
// "Ours" is the built product: dist/cli/index.js and dist/<stage>/index.js; rows say "not built yet"
// when those files are absent.

import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const WORK = path.join(HERE, '.work');
const NM = path.join(HERE, 'node_modules');
const STAGES = ['prepare-release', 'quality-gate', 'publish-and-verify'];

// Targets from issue 6 (peers measured on a 2-core machine, 100k commits, 5k unreleased).
const TARGETS = {
  unreleased: { ours_s: 0.30, ours_rss_mb: 150, ref: { 'floor: git log': 0.07, 'floor: bare node': 0.23, 'release-please': 0.91, 'git-cliff': 1.25, 'conventional-changelog': 1.98, 'semantic-release': 3.98 } },
  full: { ours_s: 2.5, ours_rss_mb: 300, ref: { 'floor: git log': 0.84, 'floor: bare node': 1.86, 'conventional-changelog': 7.4, 'git-cliff': 52 } },
  coldStartRatio: 1.8,
  bundleBytes: 1.5 * 1024 * 1024,
};
/** A row whose warm-up takes longer than this gets 1 measured run; past ONE_RUN_ONLY_S the warm-up is the run. */
const SLOW_S = 20;
const ONE_RUN_ONLY_S = 60;
/** Correctness guard: feat+fix entries may differ from the reference by this much before a row is flagged. */
const TOLERANCE = { abs: 3, rel: 0.02 };

function parseArgs(argv) {
  const o = { sizes: [10000, 100000], runs: 5, tasks: ['unreleased', 'full', 'cold', 'size', 'overhead'], out: path.join(HERE, 'results.md'), unreleased: 5000, tagEvery: 1000, seed: 42 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i];
    if (a === '--sizes') o.sizes = v().split(',').map(Number);
    else if (a === '--runs') o.runs = Math.max(1, Number(v()));
    else if (a === '--tasks') o.tasks = v().split(',');
    else if (a === '--out') o.out = path.resolve(v());
    else if (a === '--unreleased') o.unreleased = Number(v());
    else if (a === '--seed') o.seed = Number(v());
    else throw new Error(`unknown argument ${a} (see the header of bench/run.mjs)`);
  }
  return o;
}

const log = (s) => process.stderr.write(`[bench] ${s}\n`);

function ensureDeps() {
  if (existsSync(NM)) return;
  log('bench/node_modules missing: npm ci --prefix bench');
  const opts = { stdio: ['ignore', 'inherit', 'inherit'], cwd: ROOT };
  try {
    execFileSync('npm', ['ci', '--prefix', HERE, '--no-audit', '--no-fund'], opts);
  } catch {
    // The registry reachable here serves git-cliff's linux-x64 binary package but not its other
    // platforms' optional packages, so the lock cannot list them and `npm ci` calls it out of sync.
    // Install the same pinned versions from the lock without rewriting it.
    log('npm ci failed; falling back to npm install --no-save (lock file left as committed)');
    execFileSync('npm', ['install', '--prefix', HERE, '--no-save', '--no-audit', '--no-fund'], opts);
  }
}

/** The script a package's bin points at (run with this node, no shell, no .bin shim). */
function binOf(pkg, name = pkg) {
  const dir = path.join(NM, pkg);
  const pj = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const bin = typeof pj.bin === 'string' ? pj.bin : pj.bin[name];
  return path.join(dir, bin);
}
function versionOf(pkg) {
  try { return JSON.parse(readFileSync(path.join(NM, pkg, 'package.json'), 'utf8')).version; } catch { return null; }
}
/** git-cliff's npm package ships the native binary in a platform package; run it directly (fastest path). */
function gitCliffBinary() {
  for (const d of readdirSync(NM)) {
    if (d.startsWith('git-cliff-')) {
      const p = path.join(NM, d, 'bin', 'git-cliff');
      if (existsSync(p)) return p;
    }
  }
  return path.join(NM, '.bin', 'git-cliff');
}

// ---------------------------------------------------------------------------------------------------
// Measuring one process: wall time, time to first byte, peak RSS (of the process and its waited children).

let RSS_METHOD = null;
function detectRssMethod() {
  const tmp = path.join(WORK, 'time-probe.txt');
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', tmp, 'true'], { stdio: 'ignore' });
  if (r.status === 0 && existsSync(tmp) && /^\d+\s*$/.test(readFileSync(tmp, 'utf8'))) return 'time';
  return existsSync('/proc/self/status') ? 'proc' : 'none';
}

/** VmHWM (kB) of a process tree, read from /proc (fallback when /usr/bin/time is not installed). */
function treeHwm(pid) {
  let max = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      const m = readFileSync(`/proc/${p}/status`, 'utf8').match(/VmHWM:\s+(\d+)/);
      if (m) max = Math.max(max, Number(m[1]));
      for (const t of readdirSync(`/proc/${p}/task`)) {
        const kids = readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim();
        if (kids) stack.push(...kids.split(/\s+/).map(Number));
      }
    } catch { /* exited */ }
  }
  return max;
}

function measure({ cmd, args, cwd, env, timeoutMs = 15 * 60_000 }) {
  return new Promise((resolve) => {
    const tfile = path.join(WORK, `rss-${process.pid}.txt`);
    const [c, a] = RSS_METHOD === 'time' ? ['/usr/bin/time', ['-f', '%M', '-o', tfile, cmd, ...args]] : [cmd, args];
    const out = [];
    const err = [];
    let first = null;
    let polled = 0;
    const t0 = performance.now();
    const child = spawn(c, a, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const onFirst = () => { if (first === null) first = performance.now(); };
    child.stdout.on('data', (d) => { onFirst(); out.push(d); });
    child.stderr.on('data', (d) => { onFirst(); err.push(d); });
    const poll = RSS_METHOD === 'proc' ? setInterval(() => { polled = Math.max(polled, treeHwm(child.pid)); }, 20) : null;
    const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => err.push(Buffer.from(String(e))));
    child.on('close', (code, signal) => {
      const t1 = performance.now();
      clearTimeout(killer);
      if (poll) clearInterval(poll);
      let rssKb = RSS_METHOD === 'proc' ? polled : null;
      if (RSS_METHOD === 'time') {
        try {
          const lines = readFileSync(tfile, 'utf8').trim().split('\n');
          rssKb = Number(lines[lines.length - 1]) || null;
          if (lines.length > 1 && /signal|status/i.test(lines[0]) && code === 0) code = 1;
        } catch { /* no report */ }
      }
      resolve({
        wall: (t1 - t0) / 1000,
        firstByte: ((first ?? t1) - t0) / 1000,
        rssKb, code: code ?? (signal ? 128 : 1), signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/**
 * Warm-up, then `runs` measured runs (fewer for slow rows, labelled). `metric` picks wall or firstByte.
 * Returns the row: status ok|error|skipped, median/min/max, runs, rss, note, and the last output.
 */
async function benchRow(spec, runs, metric = 'wall') {
  if (spec.skip) return { ...spec, status: 'skipped', note: spec.skip };
  const warm = await measure(spec);
  if (warm.code !== 0 && !spec.allowFailure) {
    const msg = (warm.stderr || warm.stdout).trim().split('\n').filter(Boolean).slice(-1)[0] ?? `exit ${warm.code}`;
    log(`  ${spec.label}: FAILED (exit ${warm.code}): ${msg}`);
    return { ...spec, status: 'error', note: `exit ${warm.code}: ${msg.slice(0, 160)}`, rssKb: warm.rssKb };
  }
  let samples;
  let note = '';
  if (warm.wall > ONE_RUN_ONLY_S) { samples = [warm]; note = `1 run (warm-up reused: > ${ONE_RUN_ONLY_S} s per run)`; }
  else if (warm.wall > SLOW_S) { samples = [await measure(spec)]; note = `1 measured run (> ${SLOW_S} s per run)`; }
  else {
    samples = [];
    for (let i = 0; i < runs; i++) samples.push(await measure(spec));
  }
  const failed = samples.filter((s) => s.code !== 0 && !spec.allowFailure);
  const xs = samples.map((s) => s[metric]);
  const last = samples[samples.length - 1];
  const row = {
    ...spec, status: failed.length ? 'error' : 'ok', note: failed.length ? `${failed.length} run(s) failed` : note,
    median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: samples.length,
    rssKb: Math.max(...samples.map((s) => s.rssKb ?? 0)) || null, out: last,
  };
  if (spec.parse) {
    try { Object.assign(row, spec.parse(last.stdout, last.stderr)); } catch (e) { row.parseError = e.message; }
  }
  log(`  ${spec.label}: median ${row.median.toFixed(3)} s (${row.min.toFixed(3)}–${row.max.toFixed(3)}, n=${row.n}), rss ${row.rssKb ? (row.rssKb / 1024).toFixed(0) : '?'} MB`);
  return row;
}

// ---------------------------------------------------------------------------------------------------
// Output parsing for the correctness guard.

/** Counts bullets per kind of section in changelog markdown (any tool's headings). */
export function countSections(md) {
  const counts = { feat: 0, fix: 0, breaking: 0, other: 0, releases: 0 };
  let cur = null;
  for (const line of md.split('\n')) {
    const h = line.match(/^\s*(#{1,4})\s+(.*)$/);
    if (h) {
      if (h[1].length <= 2) { cur = null; counts.releases++; continue; }
      const t = h[2].toLowerCase();
      cur = /break/.test(t) ? 'breaking' : /feat|added|\bnew\b/.test(t) ? 'feat' : /fix|bug/.test(t) ? 'fix' : 'other';
      continue;
    }
    if (cur && /^\s*[-*]\s+\S/.test(line)) {
      counts[cur]++;
      // git-cliff marks breaking entries inline instead of in a section of their own.
      if (cur !== 'breaking' && /\[\*\*breaking\*\*\]/i.test(line)) counts.breaking++;
    }
  }
  return counts;
}

function findMarkdown(v) {
  if (typeof v === 'string') return /(^|\n)#{2,3} /.test(v) ? v : null;
  if (v && typeof v === 'object') {
    for (const k of ['section_markdown', 'markdown', 'changelog', 'notes']) {
      if (k in v) { const m = findMarkdown(v[k]); if (m) return m; }
    }
    for (const x of Object.values(v)) { const m = findMarkdown(x); if (m) return m; }
  }
  return null;
}
function findNext(v) {
  if (!v || typeof v !== 'object') return null;
  if (v.version && typeof v.version === 'object' && typeof v.version.next === 'string') return v.version.next;
  for (const k of ['next', 'nextVersion', 'next_version']) if (typeof v[k] === 'string') return v[k];
  for (const x of Object.values(v)) { const r = findNext(x); if (r) return r; }
  return null;
}
/** Ours prints JSON (the release context or a summary of it) or markdown; take what is there. */
function parseOurs(stdout) {
  let md = stdout;
  let version = null;
  const t = stdout.trim();
  if (t.startsWith('{')) {
    const j = JSON.parse(t);
    md = findMarkdown(j) ?? '';
    version = findNext(j);
  } else {
    version = (stdout.match(/^##\s*\[?v?(\d+\.\d+\.\d+[^\]\s]*)/m) ?? [])[1] ?? null;
  }
  return { version, counts: countSections(md) };
}
const parseCliff = (stdout) => ({ version: (stdout.match(/^##\s*\[?v?(\d+\.\d+\.\d+[^\]\s]*)/m) ?? [])[1] ?? null, counts: countSections(stdout) });
const parseCc = (stdout) => ({ counts: countSections(stdout) });
function parseSemanticRelease(stdout) {
  const version = (stdout.match(/The next release version is (\S+)/) ?? [])[1] ?? null;
  const i = stdout.indexOf('Release note for version');
  const notes = i >= 0 ? stdout.slice(stdout.indexOf('\n', i) + 1) : '';
  return { version, counts: countSections(notes) };
}

// ---------------------------------------------------------------------------------------------------
// Tasks.

function peerEnv(home) {
  // No tokens, no CI variables, no GITHUB_*: only what a process needs to run.
  return { PATH: process.env.PATH, HOME: home, LANG: 'C.UTF-8', TZ: 'UTC', GIT_TERMINAL_PROMPT: '0' };
}

function tools() {
  return {
    node: process.execPath,
    cli: path.join(ROOT, 'dist', 'cli', 'index.js'),
    cliff: gitCliffBinary(),
    cc: binOf('conventional-changelog'),
    crb: binOf('conventional-recommended-bump'),
    sr: binOf('semantic-release'),
    floorNode: path.join(HERE, 'floor-node.mjs'),
  };
}

function unreleasedSpecs(m, T, env) {
  const repo = m.repo;
  const ours = existsSync(T.cli) ? null : 'not built yet (dist/cli/index.js missing)';
  return [
    { label: 'ours', kind: 'ours', cmd: T.node, args: [T.cli, 'prepare', '--dir', repo, '--dry-run', '--bump', 'auto', '--json'], cwd: repo, env, skip: ours, parse: parseOurs, what: '`release-relay prepare --dir <repo> --dry-run --bump auto --json` (the generated repo has a pyproject.toml and a package.json, both at the last tag\'s version)' },
    { label: 'git-cliff', kind: 'peer', cmd: T.cliff, args: ['--unreleased', '--bump'], cwd: repo, env, parse: parseCliff, what: '`git-cliff --unreleased --bump` (changelog + version)' },
    { label: 'git-cliff --bumped-version', kind: 'peer-version', cmd: T.cliff, args: ['--bumped-version'], cwd: repo, env, parse: (s) => ({ version: s.trim().replace(/^v/, '') }), what: '`git-cliff --bumped-version` (version only)' },
    { label: 'conventional-changelog', kind: 'peer', cmd: T.node, args: [T.cc, '-p', 'conventionalcommits', '-r', '1', '-u', '--stdout'], cwd: repo, env, parse: parseCc, what: '`conventional-changelog -p conventionalcommits -r 1 -u --stdout` (changelog only; `-u` because package.json already holds the last tag\'s version)' },
    { label: 'conventional-recommended-bump', kind: 'peer-version', cmd: T.node, args: [T.crb, '-p', 'conventionalcommits'], cwd: repo, env, parse: (s) => ({ bump: s.trim() }), what: '`conventional-recommended-bump -p conventionalcommits` (bump only)' },
    { label: 'semantic-release', kind: 'peer', cmd: T.node, args: [T.sr, '--dry-run', '--no-ci', '--extends', path.join(HERE, 'semantic-release.cjs'), '--repository-url', m.remoteUrl], cwd: repo, env, parse: parseSemanticRelease, what: '`semantic-release --dry-run --no-ci` (commit-analyzer + release-notes-generator, file:// remote)' },
    { label: 'release-please', kind: 'peer', skip: 'not run: its engine reads commits, tags and releases through the GitHub API only (no local-git mode), so it cannot run offline', what: '—' },
    { label: 'floor: git log', kind: 'floor', cmd: 'git', args: ['log', '-z', '--format=%H%x1f%an%x1f%ae%x1f%at%x1f%B', m.unreleasedRange], cwd: repo, env, what: `\`git log -z --format=… ${m.unreleasedRange}\`` },
    { label: 'floor: bare node', kind: 'floor', cmd: T.node, args: [T.floorNode, repo, m.unreleasedRange], cwd: repo, env, what: 'spawn that git log from Node, split records and fields' },
  ];
}

function fullSpecs(m, T, env) {
  const repo = m.repo;
  const ours = existsSync(T.cli) ? null : 'not built yet (dist/cli/index.js missing)';
  return [
    { label: 'ours', kind: 'ours', cmd: T.node, args: [T.cli, 'changelog', '--full', '--dir', repo], cwd: repo, env, skip: ours, parse: parseOurs, what: '`release-relay changelog --full --dir <repo>`' },
    { label: 'git-cliff', kind: 'peer', cmd: T.cliff, args: [], cwd: repo, env, parse: parseCliff, what: '`git-cliff` (whole history)' },
    { label: 'conventional-changelog', kind: 'peer', cmd: T.node, args: [T.cc, '-p', 'conventionalcommits', '-r', '0', '-u', '--stdout'], cwd: repo, env, parse: parseCc, what: '`conventional-changelog -p conventionalcommits -r 0 -u --stdout`' },
    { label: 'floor: git log', kind: 'floor', cmd: 'git', args: ['log', '-z', '--format=%H%x1f%an%x1f%ae%x1f%at%x1f%B', 'HEAD'], cwd: repo, env, what: '`git log -z --format=… HEAD`' },
    { label: 'floor: bare node', kind: 'floor', cmd: T.node, args: [T.floorNode, repo, 'HEAD'], cwd: repo, env, what: 'spawn that git log from Node, split records and fields' },
  ];
}

/** Adds ratios and the correctness verdict to each row of one task × size. */
function annotate(rows, m, task) {
  const ok = rows.filter((r) => r.status === 'ok');
  const peers = ok.filter((r) => r.kind === 'peer');
  const fastest = peers.length ? Math.min(...peers.map((r) => r.median)) : null;
  const gitFloor = ok.find((r) => r.label === 'floor: git log')?.median ?? null;
  const nodeFloor = ok.find((r) => r.label === 'floor: bare node')?.median ?? null;
  const ours = ok.find((r) => r.kind === 'ours');
  const expected = task === 'unreleased' ? m.expected.unreleased : m.expected.full;
  const oursTotal = ours?.counts ? ours.counts.feat + ours.counts.fix : null;
  const truth = expected.feat + expected.fix;
  const near = (a, b) => Math.abs(a - b) <= Math.max(TOLERANCE.abs, TOLERANCE.rel * b);
  for (const r of rows) {
    if (r.status !== 'ok') continue;
    r.xFastest = fastest ? r.median / fastest : null;
    r.xGit = gitFloor ? r.median / gitFloor : null;
    r.xNode = nodeFloor ? r.median / nodeFloor : null;
    if (r.counts) {
      const total = r.counts.feat + r.counts.fix;
      const parts = [];
      if (oursTotal !== null && r.kind !== 'ours') parts.push(near(total, oursTotal) ? `ok vs ours ${oursTotal}` : `**differs from ours** (${oursTotal})`);
      parts.push(near(total, truth) ? `ok vs generator ${truth}` : `**differs from generator** (${truth})`);
      r.check = `${total}: ${parts.join(', ')}`;
    }
    if (task === 'unreleased' && (r.version || r.bump)) {
      const want = m.expected.nextVersion;
      const got = r.version ?? r.bump;
      r.versionCheck = r.version ? (r.version === want ? `${got} ✓` : `${got} ✗ (expected ${want})`) : (r.bump === m.expected.nextBump ? `${got} ✓` : `${got} ✗ (expected ${m.expected.nextBump})`);
    }
  }
  return { fastest, gitFloor, nodeFloor };
}

/** The three stages, plus any other dist/<name>/index.js that an action.yml runs (e.g. the combined `relay`). */
function actionEntries() {
  const dist = path.join(ROOT, 'dist');
  const ymls = [path.join(ROOT, 'action.yml')];
  if (existsSync(path.join(ROOT, 'actions'))) for (const d of readdirSync(path.join(ROOT, 'actions'))) ymls.push(path.join(ROOT, 'actions', d, 'action.yml'));
  const text = ymls.filter((f) => existsSync(f)).map((f) => readFileSync(f, 'utf8')).join('\n');
  const extra = existsSync(dist) ? readdirSync(dist).filter((d) => !STAGES.includes(d) && text.includes(`dist/${d}/index.js`) && existsSync(path.join(dist, d, 'index.js'))) : [];
  return [...STAGES, ...extra.sort()];
}

async function coldStart(T, runs, env) {
  const rows = [];
  const base = await benchRow({ label: 'node -e 0', kind: 'floor', cmd: T.node, args: ['-e', '0'], cwd: ROOT, env }, runs, 'firstByte');
  rows.push(base);
  for (const stage of actionEntries()) {
    const entry = path.join(ROOT, 'dist', stage, 'index.js');
    const spec = { label: stage, kind: 'ours', cmd: T.node, args: [entry], cwd: ROOT, env, allowFailure: true, timeoutMs: 15_000 };
    if (!existsSync(entry)) spec.skip = `not built yet (dist/${stage}/index.js missing)`;
    rows.push(await benchRow(spec, runs, 'firstByte'));
  }
  for (const r of rows) if (r.status === 'ok' && base.status === 'ok') r.xBase = r.median / base.median;
  return rows;
}

function dirBytes(dir) {
  let total = 0;
  let js = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { const s = dirBytes(p); total += s.total; js += s.js; }
    else { const n = statSync(p).size; total += n; if (!e.name.endsWith('.map')) js += n; }
  }
  return { total, js };
}

// ---------------------------------------------------------------------------------------------------
// Report.

const fmtS = (x) => (x == null ? '—' : x < 1 ? `${x.toFixed(3)}` : x < 10 ? x.toFixed(2) : x.toFixed(1));
const fmtX = (x) => (x == null ? '—' : `${x.toFixed(x < 10 ? 2 : 1)}×`);
const fmtMb = (kb) => (kb ? `${(kb / 1024).toFixed(0)}` : '—');
const fmtBytes = (n) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${(n / 1024).toFixed(0)} kB`);

function taskTable(rows, withCounts) {
  const head = withCounts
    ? '| tool | median s | min–max s | runs | × fastest peer | × git log | × bare node | peak RSS MB | next version | feat / fix / breaking | feat+fix check |\n|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|'
    : '| tool | median s | min–max s | runs | × fastest peer | × git log | × bare node | peak RSS MB | releases | feat / fix / breaking | feat+fix check |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|';
  const lines = [head];
  for (const r of rows) {
    if (r.status !== 'ok') {
      lines.push(`| ${r.label} | ${r.status === 'skipped' ? r.note : `error: ${r.note}`} | | | | | | ${fmtMb(r.rssKb)} | | | |`);
      continue;
    }
    const c = r.counts;
    const counts = c ? `${c.feat} / ${c.fix} / ${c.breaking}` : '—';
    const extra = withCounts ? (r.versionCheck ?? (r.label === 'conventional-changelog' ? '— (not computed)' : '—')) : (c ? c.releases : '—');
    const n = r.note ? `${r.n} (${r.note})` : String(r.n);
    lines.push(`| ${r.label} | ${fmtS(r.median)} | ${fmtS(r.min)}–${fmtS(r.max)} | ${n} | ${r.kind === 'floor' ? '—' : fmtX(r.xFastest)} | ${fmtX(r.xGit)} | ${fmtX(r.xNode)} | ${fmtMb(r.rssKb)} | ${extra} | ${counts} | ${r.check ?? '—'} |`);
  }
  return lines.join('\n');
}

function commandsList(rows) {
  return rows.filter((r) => r.what && r.what !== '—').map((r) => `- ${r.label}: ${r.what}`).join('\n');
}

function machineLine() {
  const cpus = os.cpus();
  let gitV = '';
  try { gitV = execFileSync('git', ['--version'], { encoding: 'utf8' }).trim(); } catch { /* none */ }
  return `nproc ${os.availableParallelism?.() ?? cpus.length}, ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, node ${process.version}, ${gitV}, ${os.platform()} ${os.release()}; load average at start ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`;
}

function verdict(ok) { return ok === null ? 'not measured' : ok ? '**met**' : '**not met**'; }

function render({ opts, results, cold, sizes, overhead, started, elapsed, T }) {
  const out = [];
  out.push('# release-relay benchmark results', '');
  out.push(`Generated by \`npm run bench\` (bench/run.mjs) on ${started.toISOString()} in ${elapsed.toFixed(0)} s. Regenerated by every run: do not edit by hand.`, '');
  out.push(`**Machine:** ${machineLine()}`, '');
  out.push(`**Peak RSS method:** ${RSS_METHOD === 'time' ? '`/usr/bin/time -f %M` (max RSS of the process and the children it waited for)' : RSS_METHOD === 'proc' ? 'polling VmHWM in /proc every 20 ms over the process tree (/usr/bin/time not installed)' : 'unavailable'}.`, '');
  let cliffV = '';
  try { cliffV = execFileSync(T.cliff, ['--version'], { encoding: 'utf8' }).trim(); } catch { /* */ }
  const eng = (p) => { try { return JSON.parse(readFileSync(path.join(NM, p, 'package.json'), 'utf8')).engines?.node ?? 'any'; } catch { return '?'; } };
  const v = (p) => `${p} ${versionOf(p)} (engines: node ${eng(p)})`;
  out.push('**Tool versions:** ' + [
    `git-cliff ${versionOf('git-cliff')} (${cliffV || 'binary'}; run as the native binary its npm package ships)`,
    v('conventional-changelog'), v('conventional-changelog-conventionalcommits'), v('conventional-recommended-bump'),
    `${v('semantic-release')} with ${v('@semantic-release/commit-analyzer')} and ${v('@semantic-release/release-notes-generator')}`,
    'release-please: not run (GitHub API only, see below)',
    `ours: ${existsSync(T.cli) ? 'dist/cli/index.js' : 'not built yet'}`,
  ].join('; ') + '.', '');
  out.push(`Where a peer's \`engines\` asks for a newer Node than this one (${process.version}), it installed with an EBADENGINE warning and still ran; the correctness columns below are the evidence that its output is right. semantic-release is pinned to the 24.x line because 25.x refuses to start on Node 20 (it checks at run time).`, '');
  out.push(`Method: each row is a warm-up run, then the median of ${opts.runs} runs (min–max shown); a row whose warm-up takes > ${SLOW_S} s gets 1 measured run, > ${ONE_RUN_ONLY_S} s reuses the warm-up as its only run (labelled). Every process runs with an environment of PATH, HOME (an empty dir), LANG, TZ only: no tokens, no CI variables. Times are wall-clock from spawn to exit, measured from Node. The machine is shared with other work, so expect noise; min–max shows it.`, '');
  out.push(`Correctness guard: bullets under feature sections (Features / Added) plus fix sections (Bug Fixes / Fixed) in each tool's output, compared with ours and with the generator's ground truth (feat and fix commits in the range); a row is flagged when it differs by more than max(${TOLERANCE.abs}, ${TOLERANCE.rel * 100}%). Next version is compared with the generator's ground truth (breaking → major).`, '');

  out.push('## Histories', '');
  out.push('| commits | tags | last tag | unreleased commits | expected next | expected feat / fix / breaking (unreleased) | (whole history) | HEAD | pack |', '|---:|---:|---|---:|---|---|---|---|---:|');
  for (const m of sizes) {
    const u = m.expected.unreleased;
    const f = m.expected.full;
    out.push(`| ${m.commits} | ${m.tags} | ${m.lastTag} | ${m.unreleasedCount} | ${m.expected.nextVersion} (${m.expected.nextBump}) | ${u.feat} / ${u.fix} / ${u.breaking} | ${f.feat} / ${f.fix} / ${f.breaking} | \`${m.head.slice(0, 12)}\` | ${fmtBytes(m.packBytes)} |`);
  }
  out.push('', `Generated by \`node bench/gen-history.mjs --commits N --unreleased ${opts.unreleased} --tag-every ${opts.tagEvery} --seed ${opts.seed}\` (git fast-import, fixed seed, dates and authors: the HEAD ids above are reproducible), cached under bench/.work/.`, '');

  const targetRows = [];
  for (const task of ['unreleased', 'full']) {
    if (!opts.tasks.includes(task)) continue;
    out.push(task === 'unreleased'
      ? '## Task (a): changelog of the unreleased commits + the next version'
      : '## Task (b): full changelog over the whole history', '');
    for (const m of sizes) {
      const rows = results[task]?.[m.commits];
      if (!rows) continue;
      out.push(`### ${m.commits} commits (${task === 'unreleased' ? `${m.unreleasedCount} unreleased since ${m.lastTag}` : `${m.tags} tags`})`, '');
      out.push(taskTable(rows, task === 'unreleased'), '');
      if (m === sizes[sizes.length - 1]) out.push('Commands:', commandsList(rows), '');
      const big = m.commits === 100000;
      const tgt = TARGETS[task];
      const ours = rows.find((r) => r.kind === 'ours');
      const name = task === 'unreleased' ? 'unreleased changelog + next version' : 'full changelog';
      if (big || m === sizes[sizes.length - 1]) {
        const scope = big ? '' : ` (measured on ${m.commits} commits; the target is for 100k)`;
        if (ours?.status === 'ok') {
          targetRows.push(`| ${name}: ours ≤ ${tgt.ours_s} s${scope} | ${fmtS(ours.median)} s | ${big ? verdict(ours.median <= tgt.ours_s) : 'indicative only'} |`);
          targetRows.push(`| ${name}: ours peak RSS < ${tgt.ours_rss_mb} MB${scope} | ${fmtMb(ours.rssKb)} MB | ${big ? verdict(ours.rssKb != null && ours.rssKb / 1024 < tgt.ours_rss_mb) : 'indicative only'} |`);
        } else {
          targetRows.push(`| ${name}: ours ≤ ${tgt.ours_s} s, RSS < ${tgt.ours_rss_mb} MB | ${ours?.note ?? 'not run'} | not measured |`);
        }
        if (big) {
          const ref = Object.entries(tgt.ref).map(([k, v]) => {
            const r = rows.find((x) => x.label === k);
            return `${k} ${v} s → here ${r?.status === 'ok' ? `${fmtS(r.median)} s` : 'n/a'}`;
          }).join('; ');
          out.push(`Reference numbers from the issue (100k): ${ref}.`, '');
        }
      }
    }
  }

  if (cold) {
    out.push('## Cold start of each bundled action', '');
    out.push('Spawn → first byte on stdout or stderr (or exit, whichever comes first), with no `INPUT_*` / `GITHUB_*` variables so the action fails fast on its first required input.', '');
    out.push('| entry | median s | min–max s | runs | × `node -e 0` | peak RSS MB | bundle (dist/<stage>/ total) | of which not .map |', '|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of cold) {
      const b = r.bundle;
      if (r.status !== 'ok') { out.push(`| ${r.label} | ${r.note} | | | | | ${b ? fmtBytes(b.total) : '—'} | |`); continue; }
      out.push(`| ${r.label === 'node -e 0' ? '`node -e 0`' : `\`node dist/${r.label}/index.js\``} | ${fmtS(r.median)} | ${fmtS(r.min)}–${fmtS(r.max)} | ${r.n} | ${r.xBase ? fmtX(r.xBase) : '—'} | ${fmtMb(r.rssKb)} | ${b ? fmtBytes(b.total) : '—'} | ${b ? fmtBytes(b.js) : '—'} |`);
    }
    out.push('');
    for (const r of cold.filter((x) => x.kind === 'ours')) {
      targetRows.push(`| cold start ${r.label} ≤ ${TARGETS.coldStartRatio}× node -e 0 | ${r.status === 'ok' ? fmtX(r.xBase) : r.note} | ${r.status === 'ok' ? verdict(r.xBase <= TARGETS.coldStartRatio) : 'not measured'} |`);
      targetRows.push(`| bundle dist/${r.label}/ ≤ 1.5 MB | ${r.bundle ? fmtBytes(r.bundle.total) : 'not built yet'} | ${r.bundle ? verdict(r.bundle.total <= TARGETS.bundleBytes) : 'not measured'} |`);
    }
  }

  out.push('## Targets', '', '| target | measured | verdict |', '|---|---|---|', ...targetRows, '');

  out.push('## Local release overhead over raw tools', '');
  if (overhead) {
    out.push('From `node scripts/demo.mjs --bench-overhead`:', '', '```', overhead.trim(), '```', '');
  } else {
    out.push('**TODO** (belongs to the demo): the overhead of a local `release-relay` release over running the raw tools by hand. Measured here once `scripts/demo.mjs` supports `--bench-overhead`; this section then shows its output.', '');
  }
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = new Date();
  const t0 = performance.now();
  mkdirSync(WORK, { recursive: true });
  ensureDeps();
  RSS_METHOD = detectRssMethod();
  log(`peak RSS via ${RSS_METHOD}`);
  const home = path.join(WORK, 'home');
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  const env = peerEnv(home);
  const T = tools();
  const { ensureHistory } = await import('./gen-history.mjs');

  const sizes = [];
  for (const n of opts.sizes) {
    sizes.push(await ensureHistory({ commits: n, unreleased: Math.min(opts.unreleased, Math.floor(n / 2)), tagEvery: opts.tagEvery, seed: opts.seed, log }));
  }
  const results = {};
  for (const task of ['unreleased', 'full']) {
    if (!opts.tasks.includes(task)) continue;
    results[task] = {};
    for (const m of sizes) {
      log(`task ${task}, ${m.commits} commits`);
      const specs = task === 'unreleased' ? unreleasedSpecs(m, T, env) : fullSpecs(m, T, env);
      const rows = [];
      for (const s of specs) rows.push(await benchRow(s, opts.runs));
      annotate(rows, m, task);
      results[task][m.commits] = rows;
    }
  }
  let cold = null;
  if (opts.tasks.includes('cold') || opts.tasks.includes('size')) {
    log('cold start');
    const coldEnv = { PATH: process.env.PATH, HOME: home, LANG: 'C.UTF-8', TZ: 'UTC' };
    cold = opts.tasks.includes('cold') ? await coldStart(T, opts.runs, coldEnv)
      : [{ label: 'node -e 0', kind: 'floor', status: 'skipped', note: 'not run' }, ...actionEntries().map((s) => ({ label: s, kind: 'ours', status: 'skipped', note: 'not run' }))];
    for (const r of cold) {
      const d = path.join(ROOT, 'dist', r.label);
      if (r.kind === 'ours' && existsSync(path.join(d, 'index.js'))) r.bundle = dirBytes(d);
    }
  }
  let overhead = null;
  const demo = path.join(ROOT, 'scripts', 'demo.mjs');
  if (opts.tasks.includes('overhead') && existsSync(demo) && readFileSync(demo, 'utf8').includes('--bench-overhead')) {
    log('demo overhead');
    const r = await measure({ cmd: T.node, args: [demo, '--bench-overhead'], cwd: ROOT, env: { ...process.env }, timeoutMs: 180_000 });
    overhead = r.code === 0 ? r.stdout : `scripts/demo.mjs --bench-overhead failed (exit ${r.code}):\n${(r.stderr || r.stdout).slice(-2000)}`;
  }
  const elapsed = (performance.now() - t0) / 1000;
  writeFileSync(opts.out, render({ opts, results, cold, sizes, overhead, started, elapsed, T }));
  log(`wrote ${path.relative(ROOT, opts.out)} in ${elapsed.toFixed(0)} s`);
}

main().catch((e) => {
  console.error(e.stack ?? e.message);
  process.exitCode = 1;
});
