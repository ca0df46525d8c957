/**
 * `npm run demo`: the whole release of examples/python-package, for real, on a temporary git copy with a
 * bare remote, against loopback servers that speak GitHub's REST API and PyPI's upload/JSON/simple APIs.
 * No credentials, no network. `--keep` leaves the temporary directory (repository, notes, the index's
 * files) for inspection; `--ecosystem npm` releases examples/npm-package to a real verdaccio on loopback.
 * `--bench-overhead` prints only where the release's time went (raw tools, waits, our code; see
 * overhead.ts), for `npm run bench`; `--mode pr` runs the release PR flow (scripts/demo-pr.ts: open,
 * update, gate with a check run, merge, publish the approved bytes). `--attestations` publishes the Python
 * example through Trusted Publishing with PEP 740 attestations: a loopback OIDC issuer stands in for the
 * runner's ID-token endpoint, Fulcio and Rekor run on loopback (the test fixture built from @sigstore/mock),
 * the index mints the upload token and serves the attestations back, and verify checks them.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exec } from '../src/core/exec.js';
import { progressLogger } from '../src/command-line/progress.js';
import { resolvePython } from '../src/ecosystems/python/interpreter.js';
import { consoleLogger } from '../src/core/log.js';
import { describeError } from '../src/core/errors.js';
import { createGitHubClient } from '../src/actions/common/github-client.js';
import { runRelay } from '../src/stages/run-all.js';
import { seconds, stepsTable } from '../src/actions/common/summary.js';
import { startGitHubApi } from '../tests/fixtures/github-api/server.js';
import { startPackageIndex, type PackageIndexFixture } from '../tests/fixtures/package-index/server.js';
import { OIDC_TEST_SECRET, startOidcProvider, type OidcProviderFixture } from '../tests/fixtures/oidc-provider.js';
import { FULCIO_SAN_CLAIM, startSigstore, type SigstoreFixture } from '../tests/fixtures/sigstore.js';
import { startVerdaccio } from '../tests/fixtures/verdaccio.js';
import { OverheadMeter, renderOverhead } from './overhead.js';
import { runPrDemo } from './demo-pr.js';

const OWNER = 'demo-org';
const REPO = 'relay-example';
const TOKEN = 'pypi-demo-token';
const NPM_NAME = 'relay-npm-example';
/** The workflow the demo's Trusted Publishing pretends to run in (the publisher the index trusts). */
const WORKFLOW_REF = `${OWNER}/${REPO}/.github/workflows/release.yml@refs/heads/main`;

/** Loopback OIDC issuer and Sigstore for `--attestations`. */
interface AttestationWorld {
  provider: OidcProviderFixture;
  sigstore: SigstoreFixture;
}

async function startAttestationWorld(): Promise<AttestationWorld> {
  const [sigstore, provider] = await Promise.all([
    startSigstore(),
    startOidcProvider({ claims: { repository: `${OWNER}/${REPO}`, repository_owner: OWNER, job_workflow_ref: WORKFLOW_REF, workflow_ref: WORKFLOW_REF, environment: 'pypi', [FULCIO_SAN_CLAIM]: `https://github.com/${WORKFLOW_REF}` } }),
  ]);
  return { provider, sigstore };
}

/** Runs git in `cwd` as the demo's maintainer. */
async function git(cwd: string, ...args: string[]): Promise<string> {
  const env = { GIT_AUTHOR_NAME: 'Demo Maintainer', GIT_AUTHOR_EMAIL: 'maintainer@example.test', GIT_COMMITTER_NAME: 'Demo Maintainer', GIT_COMMITTER_EMAIL: 'maintainer@example.test' };
  return (await exec('git', args, { cwd, env })).stdout.trim();
}

/** Makes the temporary repository: the example package, a bare remote, a 0.1.0 tag and two new commits. */
async function makeRepository(root: string, example: string, ecosystem: 'python' | 'npm'): Promise<{ work: string; remote: string }> {
  const work = join(root, 'work');
  const remote = join(root, 'remote.git');
  cpSync(example, work, { recursive: true, filter: (p) => !/(__pycache__|\.pytest_cache|\.egg-info|\/dist$|\/build$)/.test(p) });
  await exec('git', ['init', '--quiet', '--bare', '--initial-branch=main', remote]);
  await exec('git', ['init', '--quiet', '--initial-branch=main', work]);
  await git(work, 'remote', 'add', 'origin', remote);
  await git(work, 'add', '-A');
  await git(work, 'commit', '--quiet', '-m', 'chore: import relay-example 0.1.0');
  if (ecosystem === 'python') {
    await git(work, 'tag', '-a', 'v0.1.0', '-m', 'relay-example 0.1.0');
    appendFileSync(join(work, 'src', 'relay_example', 'text.py'), '\n\ndef shout(text: str) -> str:\n    """Upper-case `text` and add an exclamation mark."""\n    return text.upper() + "!"\n');
    writeFileSync(join(work, 'tests', 'test_shout.py'), 'from relay_example.text import shout\n\n\ndef test_shout():\n    assert shout("hi") == "HI!"\n');
  } else {
    await git(work, 'tag', '-a', `${NPM_NAME}@0.1.0`, '-m', `${NPM_NAME} 0.1.0`);
    appendFileSync(join(work, 'src', 'index.js'), '\n/** Upper-cases `text` and adds an exclamation mark. */\nexport function shout(text) {\n  return `${text.toUpperCase()}!`;\n}\n');
    writeFileSync(join(work, 'test', 'shout.test.js'), "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { shout } from '../src/index.js';\n\ntest('shout', () => assert.equal(shout('hi'), 'HI!'));\n");
  }
  await git(work, 'add', '-A');
  await git(work, 'commit', '--quiet', '-m', 'feat(text): add shout() (#7)');
  appendFileSync(join(work, 'README.md'), '\n');
  await git(work, 'commit', '--quiet', '-am', 'fix: keep a trailing newline in the README');
  await git(work, 'push', '--quiet', '--follow-tags', 'origin', 'main');
  return { work, remote };
}

const HELP = `Usage: npm run demo -- [options]

Releases an example package end to end on this machine: a temporary git repository with a bare remote,
a loopback GitHub API, and a loopback package index (PyPI-like for Python, a real verdaccio for npm).
Nothing leaves the machine and no credentials are needed.

Options:
  --ecosystem E   python (examples/python-package, default) or npm (examples/npm-package)
  --bump B        auto (default), patch, minor, major, …: how prepare-release bumps
  --keep          keep the temporary directory: the repository, its remote, the release notes, the
                  release context and the files the index received (index/)
  --verbose       print the tools' output (pytest, build, pip, twine, npm) as it runs
  --mode M        direct (default) or pr: the release PR flow (open, update, gate with a check run,
                  merge, publish the approved bytes)
  --merge-method  with --mode pr: merge, squash (default) or rebase
  --attestations  publish the Python example through Trusted Publishing with PEP 740 attestations (a
                  loopback OIDC issuer, Fulcio and Rekor, and an index that stores and serves them), and
                  verify them on the way back
  --bench-overhead  print only where the release's time went (for npm run bench)
  --help          this text

Prerequisites: Node 20+, git, and for Python a python3 with build, hatchling, pytest, pytest-cov, twine and
venv (Debian: python3-build python3-hatchling python3-pytest python3-pytest-cov twine python3-venv).`;

/** Writes what the index received into `dir` (`<name>/<version>/<file>`), for --keep. */
async function dumpIndex(dir: string, index: { files?: PackageIndexFixture['files']; url: string }, npmName: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  if (index.files) {
    for (const [name, versions] of index.files) {
      for (const [version, files] of versions) {
        mkdirSync(join(dir, name, version), { recursive: true });
        for (const [file, stored] of files) writeFileSync(join(dir, name, version, file), stored.bytes);
      }
    }
    return;
  }
  // verdaccio: the packument and every tarball it lists, as a client downloads them.
  const packument = (await (await fetch(new URL(npmName, index.url))).json()) as { versions?: Record<string, { dist?: { tarball?: string } }> };
  writeFileSync(join(dir, `${npmName}.json`), JSON.stringify(packument, null, 2));
  for (const [version, v] of Object.entries(packument.versions ?? {})) {
    if (!v.dist?.tarball) continue;
    mkdirSync(join(dir, npmName, version), { recursive: true });
    const bytes = Buffer.from(await (await fetch(v.dist.tarball)).arrayBuffer());
    writeFileSync(join(dir, npmName, version, v.dist.tarball.split('/').pop() ?? 'package.tgz'), bytes);
  }
}

async function main(): Promise<number> {
  let values: { keep: boolean; bump: string; verbose: boolean; ecosystem: string; help: boolean; 'bench-overhead': boolean; mode: string; 'merge-method': string; attestations: boolean };
  try {
    ({ values } = parseArgs({ options: { keep: { type: 'boolean', default: false }, bump: { type: 'string', default: 'auto' }, verbose: { type: 'boolean', default: false }, ecosystem: { type: 'string', default: 'python' }, help: { type: 'boolean', default: false }, 'bench-overhead': { type: 'boolean', default: false }, mode: { type: 'string', default: 'direct' }, 'merge-method': { type: 'string', default: 'squash' }, attestations: { type: 'boolean', default: false } } }));
  } catch (err) {
    process.stderr.write(`demo: ${(err as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.attestations && (values.ecosystem !== 'python' || values.mode !== 'direct')) {
    process.stderr.write('demo: --attestations releases the Python example in direct mode (npm provenance is signed by the npm CLI against the public Sigstore)\n');
    return 2;
  }
  if (values.mode === 'pr') return prDemo(values.keep, values.verbose, values['merge-method']);
  if (values.mode !== 'direct') {
    process.stderr.write(`demo: --mode must be direct or pr, not ${values.mode}\n`);
    return 2;
  }
  const meter = values['bench-overhead'] ? new OverheadMeter() : null;
  const ecosystem = values.ecosystem === 'npm' ? 'npm' : 'python';
  if (values.ecosystem !== ecosystem) {
    process.stderr.write(`demo: --ecosystem must be python or npm, not ${values.ecosystem}\n`);
    return 2;
  }
  const started = Date.now();
  const example = resolve(process.cwd(), 'examples', ecosystem === 'npm' ? 'npm-package' : 'python-package');
  const root = mkdtempSync(join(tmpdir(), 'release-relay-demo-'));
  // Progress as the CLI shows it: a live line on a terminal, plain lines in CI or when piped.
  // --bench-overhead prints only its report, so the progress goes nowhere then.
  const logger = progressLogger({ stream: meter ? { write: () => true } : process.stdout, live: !meter && Boolean(process.stdout.isTTY) && !process.env.CI, debug: values.verbose });
  if (!meter) process.stdout.write(`release-relay demo (${ecosystem}): starting the loopback GitHub API and package index…\n`);
  const github = await startGitHubApi({ owner: OWNER, repo: REPO });
  // The registry: a loopback PyPI for Python, a real verdaccio for npm.
  // With --attestations: no token at all; the index trusts this repository's release.yml as its publisher.
  const attest = values.attestations ? await startAttestationWorld() : null;
  const oidc = attest ? { secret: OIDC_TEST_SECRET, publisher: { repository: `${OWNER}/${REPO}`, workflow: 'release.yml' } } : undefined;
  const index = ecosystem === 'python' ? await startPackageIndex({ tokens: attest ? [] : [TOKEN], propagationDelayMs: 1500, oidc }) : await startVerdaccio().then((v) => ({ url: v.url, token: v.token, close: () => v.close() }));
  const token = attest ? undefined : 'token' in index ? index.token : TOKEN;
  const supplyChain = attest
    ? { useOidc: true, attestations: true, workflowRef: WORKFLOW_REF, sigstore: { fulcioURL: attest.sigstore.fulcioURL, rekorURL: attest.sigstore.rekorURL, trustedRoot: attest.sigstore.trustedRoot }, idTokenRequest: { url: attest.provider.requestUrl, token: attest.provider.requestToken } }
    : {};
  try {
    const python = await resolvePython({ explicit: process.env.RELEASE_RELAY_PYTHON, modules: ['build', 'pytest', 'pytest_cov', 'twine', 'venv', 'hatchling'] });
    const { work, remote } = await makeRepository(root, example, ecosystem);
    if (!meter) process.stdout.write(`release-relay demo\n  repository  ${work} (remote ${remote})\n  GitHub API  ${github.url}\n  index       ${index.url}\n${attest ? `  sigstore    ${attest.sigstore.fulcioURL} (Fulcio and Rekor)\n  OIDC        ${attest.provider.requestUrl}\n` : ''}  python      ${python}\n\n`);
    const client = createGitHubClient({ token: 'demo-github-token', baseUrl: github.url, logger, retryAfterBaseMs: 50 });
    const releaseStarted = performance.now();
    const result = await runRelay(
      {
        cwd: work,
        contextFile: join(root, 'release-context.json'),
        github: { client, owner: OWNER, repo: REPO },
        prepare: { bump: values.bump, docsFiles: ['README.md'], repository: { owner: OWNER, name: REPO }, tagTemplate: ecosystem === 'npm' ? '{name}@{version}' : undefined },
        gate: {
          tools: { python },
          coverageThreshold: ecosystem === 'npm' ? 80 : 90,
          // Offline: build with the interpreter's own backend, install without an index.
          isolatedBuild: false,
          installArgs: ecosystem === 'python' ? ['--no-index'] : undefined,
          requireCi: true,
          ciTimeoutMs: 20_000,
          ciPollMs: 200,
          artifactDir: join(root, 'artifact'),
        },
        publish: { registries: [index.url], token, tools: { python }, verifyTimeoutMs: 120_000, verifyPollMs: 500, notesDir: join(root, 'notes'), retryDelayMs: 200, ...supplyChain },
      },
      meter ? { logger, exec: meter.wrapExec(exec), sleep: meter.sleep } : { logger },
    );
    const releaseEnded = performance.now();
    const ctx = result.context;
    const tagOnRemote = await git(remote, 'rev-parse', '--verify', '--quiet', `refs/tags/${ctx.version?.tag}^{commit}`).catch(() => '');
    if (meter) {
      if (!ctx.publish?.verified || !tagOnRemote) throw new Error('The release did not end verified and tagged.');
      process.stdout.write(`release-relay demo --bench-overhead (${ecosystem}): ${ctx.version?.previous} → ${ctx.version?.next}, verified\n${renderOverhead(meter.report(releaseStarted, releaseEnded))}\n`);
      return 0;
    }
    process.stdout.write(`${stepsTable(ctx.timeline)}\n\n`);
    for (const d of result.decisions) process.stdout.write(`  ${d.stage.padEnd(19)} ${d.decision}\n`);
    const total = Date.now() - started;
    process.stdout.write(
      [
        '',
        `  version      ${ctx.version?.previous} → ${ctx.version?.next} (${ctx.version?.bump})`,
        `  tests        ${ctx.gate?.tests?.passed} passed, coverage ${ctx.gate?.coverage?.percent.toFixed(1)}% (threshold ${ctx.gate?.coverage?.threshold}%)`,
        `  artifacts    ${(ctx.artifacts ?? []).map((a) => `${a.file} (sha256 ${a.sha256.slice(0, 12)}…)`).join(', ')}`,
        `  tag          ${ctx.version?.tag} on ${tagOnRemote.slice(0, 7)} in ${remote}`,
        `  release      ${result.releaseUrl ?? '-'} (${github.state.releases.length} release, ${[...github.state.assets.values()].flat().length} assets, draft: ${github.state.releases[0]?.draft})`,
        `  verified     ${ecosystem === 'npm' ? `npm install ${ctx.package.name}@${ctx.version?.next} from ${index.url}` : `pip install ${ctx.package.name}==${ctx.version?.next} from ${index.url}/simple/`} → ${ctx.publish?.verified ? 'installed and imported' : 'NOT verified'} (propagation ${ctx.publish?.verify_s?.toFixed(1)} s)`,
        ...(attest ? [attestedLine(ctx.publish, attest.sigstore)] : []),
        `  notes        ${values.keep ? join(root, 'notes') : '(removed at exit; --keep keeps them)'}`,
        `  context      ${values.keep ? join(root, 'release-context.json') : '(removed at exit; --keep keeps it)'}`,
        `  wall time    ${seconds(total)}`,
        '',
      ].join('\n'),
    );
    if (github.violations.length) throw new Error(`GitHub API fixture saw protocol violations: ${github.violations.join('; ')}`);
    if (!ctx.publish?.verified || !tagOnRemote) throw new Error('The release did not end verified and tagged.');
    if (attest && !ctx.publish?.provenance_verified) throw new Error('The attestations were not verified.');
    if (values.keep) {
      await dumpIndex(join(root, 'index'), index, NPM_NAME);
      process.stdout.write(`Kept ${root}: work/ (repository), remote.git, notes/, index/ (the files the index received), release-context.json\n`);
    } else process.stdout.write('Done. (Run with --keep to keep the repository, the notes and the index contents.)\n');
    return 0;
  } catch (err) {
    process.stderr.write(`demo failed: ${describeError(err)}\n`);
    if (values.keep) process.stderr.write(`Kept ${root}\n`);
    return 1;
  } finally {
    logger.close();
    await github.close();
    await index.close();
    await attest?.provider.close();
    await attest?.sigstore.close();
    if (!values.keep) rmSync(root, { recursive: true, force: true });
  }
}

/** The summary line of --attestations: what was signed, and what verify checked of what the index serves. */
function attestedLine(publish: { attested?: string[]; provenance_verified?: boolean; credentials?: string } | undefined, sigstore: SigstoreFixture): string {
  const files = publish?.attested?.length ?? 0;
  const verdict = publish?.provenance_verified ? 'attestation verified: the index serves them, signed for this repository and workflow (release.yml) over each file\'s sha256' : 'attestation NOT verified';
  return `  attested     ${files} file(s) through ${publish?.credentials === 'trusted-publishing' ? 'Trusted Publishing' : 'a token'} (PEP 740, ${sigstore.certificates} Fulcio certificate(s), ${sigstore.entries} Rekor entries) → ${verdict}`;
}

/** `--mode pr`: the release PR flow of the Python example (scripts/demo-pr.ts). */
async function prDemo(keep: boolean, verbose: boolean, mergeMethod: string): Promise<number> {
  if (!['merge', 'squash', 'rebase'].includes(mergeMethod)) throw new Error(`--merge-method must be merge, squash or rebase, not ${mergeMethod}`);
  const root = mkdtempSync(join(tmpdir(), 'release-relay-demo-pr-'));
  const lines: string[] = [];
  const logger = consoleLogger({ write: (l) => (verbose ? process.stdout.write(`  │ ${l}\n`) : lines.push(l)) });
  try {
    const python = await resolvePython({ modules: ['build', 'pytest', 'pytest_cov', 'twine', 'venv', 'hatchling'] });
    const { work, remote } = await makeRepository(root, resolve(process.cwd(), 'examples', 'python-package'), 'python');
    await runPrDemo({ root, work, remote, owner: OWNER, repo: REPO, python, pypiToken: TOKEN, mergeMethod: mergeMethod as 'merge' | 'squash' | 'rebase', logger, git, out: (l) => process.stdout.write(`${l}\n`) });
    process.stdout.write(keep ? `Kept ${root}\n` : 'Done. (Run with --keep to inspect the temporary repositories.)\n');
    return 0;
  } catch (err) {
    if (!verbose) process.stdout.write(`${lines.slice(-40).join('\n')}\n`);
    process.stderr.write(`demo failed: ${describeError(err)}\n`);
    return 1;
  } finally {
    if (!keep) rmSync(root, { recursive: true, force: true });
  }
}

main().then((code) => {
  process.exitCode = code;
});
