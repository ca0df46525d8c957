/**
 * A corpus of bad inputs for prepare-release (through the stage, the bundled action and the CLI), and for the
 * inputs of the bundled quality-gate and publish-and-verify that must be refused before any work (issue 11). Each case
 * runs on its own copy of one prepared repository (work tree + bare remote), expects a specific ReleaseError
 * code and a hint with a useful word, and proves there was no side effect: every file's bytes under the
 * copy, and the refs and HEAD of the local repository and the bare remote, are the same after the run.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitCommand } from '../../src/core/argv.js';
import { newContext, serializeContext, type ReleaseContext } from '../../src/core/context.js';
import { ReleaseError, type ReleaseErrorCode } from '../../src/core/errors.js';
import { prepareRelease, type PrepareOptions } from '../../src/stages/prepare-release.js';
import { CLI_BUNDLE, ensureBundle, PREPARE_BUNDLE, runBundledAction } from '../helpers/bundled-action.js';
import { exec } from '../../src/core/exec.js';
import { git } from '../helpers/repo.js';
import { read, releasableRepo, repoState, type ReleasableRepo } from '../helpers/release-repo.js';

/** One copy of the template: work tree, bare remote, and the directory holding both. */
interface CaseRepo {
  root: string;
  dir: string;
  remote: string;
}

interface BadCase {
  name: string;
  /** Changes made to the copy before the "before" snapshot (and committed where that matters). */
  setup?: (r: CaseRepo) => Promise<void> | void;
  /** Stage options (cwd is the copy's work tree unless given). */
  options?: Partial<PrepareOptions> | ((r: CaseRepo) => Partial<PrepareOptions>);
  /** Run the bundled action with these inputs instead of the stage. */
  action?: Record<string, string> | ((r: CaseRepo) => Record<string, string>);
  /** Which bundled action `action` runs. Defaults to prepare-release. */
  bundle?: string;
  /** Run the bundled CLI with these arguments (`DIR` is replaced by the work tree). */
  cli?: string[];
  code: ReleaseErrorCode;
  /** A word or phrase the hint must contain. */
  hint: string | RegExp;
}

const GATE_BUNDLE = join(process.cwd(), 'dist', 'quality-gate', 'index.js');
const PUBLISH_BUNDLE = join(process.cwd(), 'dist', 'publish-and-verify', 'index.js');

const PWNED = '$(touch pwned)';
const RM = '; rm -rf .';
const TICKS = '`touch pwned`';

async function commitAll(dir: string, message: string): Promise<void> {
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '--quiet', '-m', message);
}

/** Rewrites a file of the copy and commits it, so the tree is clean and only the content is bad. */
function committed(file: string, edit: (text: string) => string) {
  return async (r: CaseRepo) => {
    writeFileSync(join(r.dir, file), edit(read(r.dir, file)));
    await commitAll(r.dir, `chore: edit ${file}`);
  };
}

const CASES: BadCase[] = [
  // ------------------------------------------------------------------ versions (PEP 440 for this package)
  { name: 'version 1.2.3.4.5- (trailing dash)', options: { version: '1.2.3.4.5-' }, code: 'BAD_VERSION', hint: 'PEP 440' },
  { name: 'version v1.2.3.4.5 (valid PEP 440, but five release numbers)', options: { version: 'v1.2.3.4.5' }, code: 'BAD_VERSION', hint: 'at most 4 numbers' },
  { name: 'version 1.0.0- (dangling separator)', options: { version: '1.0.0-' }, code: 'BAD_VERSION', hint: 'PEP 440' },
  { name: 'version not-a-version', options: { version: 'not-a-version' }, code: 'BAD_VERSION', hint: '1.2.0rc1' },
  { name: 'version 1..2', options: { version: '1..2' }, code: 'BAD_VERSION', hint: 'PEP 440' },
  { name: 'version 1.0.0.', options: { version: '1.0.0.' }, code: 'BAD_VERSION', hint: 'PEP 440' },
  { name: 'version with a local part 1.0+cu118', options: { version: '1.0+cu118' }, code: 'BAD_VERSION', hint: 'local' },
  { name: 'downgrade 0.0.9 without allow-downgrade', options: { version: '0.0.9' }, code: 'DOWNGRADE', hint: 'allow-downgrade' },
  { name: 'same version 0.1.0', options: { version: '0.1.0' }, code: 'BAD_VERSION', hint: 'higher version' },
  { name: 'same version spelled v0.1', options: { version: 'v0.1' }, code: 'BAD_VERSION', hint: 'higher version' },
  { name: 'version and bump both set', options: { version: '1.0.0', bump: 'minor' }, code: 'BAD_INPUT', hint: 'only one' },
  { name: 'bump release on a final version', options: { bump: 'release' }, code: 'BAD_INPUT', hint: 'pre-release' },
  // ------------------------------------------------------------------ bump
  { name: 'unknown bump huge', options: { bump: 'huge' }, code: 'BAD_INPUT', hint: 'minor' },
  { name: `bump ${PWNED}`, options: { bump: PWNED }, code: 'BAD_INPUT', hint: 'minor' },
  { name: `bump minor${RM}`, options: { bump: `minor${RM}` }, code: 'BAD_INPUT', hint: 'minor' },
  { name: 'bump with backticks', options: { bump: TICKS }, code: 'BAD_INPUT', hint: 'minor' },
  { name: 'bump minor%0Apatch', options: { bump: 'minor%0Apatch' }, code: 'BAD_INPUT', hint: 'minor' },
  { name: 'bump minor\\npatch', options: { bump: 'minor\npatch' }, code: 'BAD_INPUT', hint: 'minor' },
  // ------------------------------------------------------------------ version with shell metacharacters
  { name: `version ${PWNED}`, options: { version: PWNED }, code: 'BAD_VERSION', hint: 'PEP 440' },
  { name: `version 1.0${RM}`, options: { version: `1.0${RM}` }, code: 'BAD_VERSION', hint: 'PEP 440' },
  { name: 'version with backticks', options: { version: TICKS }, code: 'BAD_VERSION', hint: 'PEP 440' },
  { name: 'version 1.0%0A2.0', options: { version: '1.0%0A2.0' }, code: 'BAD_VERSION', hint: 'PEP 440' },
  { name: 'version 1.0\\n2.0', options: { version: '1.0\n2.0' }, code: 'BAD_VERSION', hint: 'PEP 440' },
  // ------------------------------------------------------------------ prerelease-id
  { name: `prerelease-id ${PWNED}`, options: { bump: 'preminor', prereleaseId: PWNED }, code: 'BAD_INPUT', hint: 'letters' },
  { name: `prerelease-id rc${RM}`, options: { bump: 'preminor', prereleaseId: `rc${RM}` }, code: 'BAD_INPUT', hint: 'letters' },
  { name: 'prerelease-id with backticks', options: { bump: 'preminor', prereleaseId: TICKS }, code: 'BAD_INPUT', hint: 'letters' },
  { name: 'prerelease-id rc\\n1', options: { bump: 'preminor', prereleaseId: 'rc\n1' }, code: 'BAD_INPUT', hint: 'letters' },
  { name: 'prerelease-id gamma (no PEP 440 spelling)', options: { bump: 'preminor', prereleaseId: 'gamma' }, code: 'BAD_INPUT', hint: 'rc' },
  { name: 'prerelease-id with a final bump', options: { bump: 'minor', prereleaseId: 'rc' }, code: 'BAD_INPUT', hint: 'preminor' },
  // ------------------------------------------------------------------ tag-template
  { name: 'tag-template without {version}', options: { tagTemplate: 'release' }, code: 'BAD_INPUT', hint: '{version}' },
  { name: 'tag-template with {version} twice', options: { tagTemplate: 'v{version}-{version}' }, code: 'BAD_INPUT', hint: '{version}' },
  { name: 'tag-template with a space', options: { tagTemplate: 'v {version}' }, code: 'BAD_INPUT', hint: 'no spaces' },
  { name: 'tag-template with ..', options: { tagTemplate: 'v..{version}' }, code: 'BAD_INPUT', hint: '".."' },
  { name: 'tag-template with ~', options: { tagTemplate: 'v~{version}' }, code: 'BAD_INPUT', hint: '"~"' },
  { name: 'tag-template with ^ and :', options: { tagTemplate: 'v^{version}:x' }, code: 'BAD_INPUT', hint: '"^"' },
  { name: 'tag-template ending in .lock', options: { tagTemplate: 'v{version}.lock' }, code: 'BAD_INPUT', hint: 'letters' },
  { name: `tag-template ${PWNED}{version}`, options: { tagTemplate: `${PWNED}{version}` }, code: 'BAD_INPUT', hint: 'no spaces' },
  { name: `tag-template v{version}${RM}`, options: { tagTemplate: `v{version}${RM}` }, code: 'BAD_INPUT', hint: 'no spaces' },
  { name: 'tag-template with backticks', options: { tagTemplate: `${TICKS}{version}` }, code: 'BAD_INPUT', hint: 'no spaces' },
  { name: 'tag-template with a newline', options: { tagTemplate: 'v{version}\nx' }, code: 'BAD_INPUT', hint: 'control characters' },
  // ------------------------------------------------------------------ other string inputs
  { name: 'commit-message blank', options: { commitMessage: '   ' }, code: 'BAD_INPUT', hint: 'one-line message' },
  { name: 'commit-message with a NUL byte', options: { commitMessage: 'release\0{version}' }, code: 'BAD_INPUT', hint: 'one-line message' },
  { name: 'release date not YYYY-MM-DD', options: { date: '05/01/2024' }, code: 'BAD_INPUT', hint: 'YYYY-MM-DD' },
  { name: 'unknown ecosystem', options: { ecosystem: 'cobol' }, code: 'UNKNOWN_ECOSYSTEM', hint: 'python' },
  // ------------------------------------------------------------------ paths
  { name: 'package-dir ../../etc', options: { packageDir: '../../etc' }, code: 'PATH_ESCAPE', hint: 'inside the repository' },
  { name: 'package-dir /etc (absolute)', options: { packageDir: '/etc' }, code: 'PATH_ESCAPE', hint: 'inside the repository' },
  { name: 'changelog-file ../../x', options: { changelogFile: '../../x' }, code: 'PATH_ESCAPE', hint: 'inside the repository' },
  {
    name: 'docs-files ../outside.md (an existing file next to the repository)',
    setup: (r) => writeFileSync(join(r.root, 'outside.md'), 'pip install relay-example==0.1.0\n'),
    options: { docsFiles: ['../outside.md'] },
    code: 'PATH_ESCAPE',
    hint: 'inside the repository',
  },
  { name: 'docs-files naming a missing file', options: { docsFiles: ['README.md', 'docs/missing.md'] }, code: 'BAD_INPUT', hint: 'existing files' },
  { name: 'package-dir that does not exist', options: { packageDir: 'packages/nope' }, code: 'UNKNOWN_ECOSYSTEM', hint: 'package-dir' },
  { name: 'package-dir without a package (src)', options: { packageDir: 'src' }, code: 'UNKNOWN_ECOSYSTEM', hint: 'pyproject.toml' },
  {
    name: 'not a git repository',
    setup: (r) => {
      mkdirSync(join(r.root, 'plain'));
      cpSync(join(r.dir, 'pyproject.toml'), join(r.root, 'plain', 'pyproject.toml'));
    },
    options: (r) => ({ cwd: join(r.root, 'plain') }),
    code: 'GIT_FAILED',
    hint: 'checkout',
  },
  // ------------------------------------------------------------------ repository state
  {
    name: 'tag v0.2.0 exists on another commit (a side branch)',
    setup: async (r) => {
      await git(r.dir, 'checkout', '--quiet', '-b', 'side', 'v0.1.0');
      await git(r.dir, 'commit', '--quiet', '--allow-empty', '-m', 'chore: side');
      await git(r.dir, 'tag', 'v0.2.0');
      await git(r.dir, 'checkout', '--quiet', 'main');
    },
    code: 'TAG_EXISTS',
    hint: 'higher version',
  },
  {
    name: 'tag v0.2.0 exists only on the remote',
    setup: async (r) => {
      await git(r.dir, 'tag', 'v0.2.0', 'v0.1.0');
      await git(r.dir, 'push', '--quiet', 'origin', 'refs/tags/v0.2.0');
      await git(r.dir, 'tag', '-d', 'v0.2.0');
    },
    code: 'TAG_EXISTS',
    hint: 'Fetch tags',
  },
  { name: 'dirty tree: a modified tracked file', setup: (r) => writeFileSync(join(r.dir, 'README.md'), 'local edit\n'), code: 'DIRTY_TREE', hint: 'Commit or remove' },
  { name: 'dirty tree: an untracked file', setup: (r) => writeFileSync(join(r.dir, 'scratch.txt'), 'x\n'), code: 'DIRTY_TREE', hint: 'Commit or remove' },
  {
    name: 'dirty tree: a staged new file',
    setup: async (r) => {
      writeFileSync(join(r.dir, 'NEW.md'), 'x\n');
      await git(r.dir, 'add', 'NEW.md');
    },
    code: 'DIRTY_TREE',
    hint: 'Commit or remove',
  },
  { name: 'detached HEAD', setup: (r) => git(r.dir, 'checkout', '--quiet', '--detach', 'HEAD').then(() => undefined), code: 'DETACHED_HEAD', hint: 'allow-detached' },
  {
    name: 'pyproject.toml and __init__.py without a version',
    setup: async (r) => {
      await committed('pyproject.toml', (t) => t.replace(/^version = .*\n/m, ''))(r);
      await committed('src/relay_example/__init__.py', (t) => t.replace(/^__version__ = .*\n/m, ''))(r);
    },
    code: 'NO_VERSION',
    hint: 'version = "0.1.0"',
  },
  {
    name: 'dynamic version without a source release-relay can edit',
    setup: async (r) => {
      await committed('pyproject.toml', (t) => t.replace(/^version = .*\n/m, 'dynamic = ["version"]\n'))(r);
      await committed('src/relay_example/__init__.py', (t) => t.replace(/^__version__ = .*\n/m, ''))(r);
    },
    code: 'NO_VERSION',
    hint: 'dynamic version',
  },
  { name: 'two version files disagree', setup: committed('src/relay_example/__init__.py', (t) => t.replace('0.1.0', '0.1.1')), code: 'VERSION_CONFLICT', hint: 'same current version' },
  { name: 'broken TOML', setup: committed('pyproject.toml', (t) => t.replace('[project]', '[project')), code: 'BAD_TOML', hint: 'TOML' },
  // Release tools' declared files that do not hold the current version, and a flit module that is not there.
  {
    name: 'commitizen version_files names a stale file',
    setup: async (r) => {
      writeFileSync(join(r.dir, 'src', 'relay_example', '__version__.py'), '__version__ = "0.0.9"\n');
      await committed('pyproject.toml', (t) => `${t}\n[tool.commitizen]\nversion_provider = "pep621"\nversion_files = ["src/relay_example/__version__.py"]\n`)(r);
    },
    code: 'VERSION_CONFLICT',
    hint: 'stale',
  },
  {
    name: 'bump-my-version search pattern not in its file',
    setup: async (r) => {
      writeFileSync(join(r.dir, 'CITATION.cff'), 'version: 0.0.9\n');
      await committed('pyproject.toml', (t) => `${t}\n[tool.bumpversion]\ncurrent_version = "0.1.0"\n[[tool.bumpversion.files]]\nfilename = "CITATION.cff"\nsearch = "version: {current_version}"\n`)(r);
    },
    code: 'VERSION_CONFLICT',
    hint: "file's pattern",
  },
  {
    name: 'flit with a dynamic version and no module of that name',
    setup: async (r) => {
      await committed('pyproject.toml', (t) => `${t.replace(/^version = .*\n/m, 'dynamic = ["version"]\n')}\n[tool.flit.module]\nname = "missing_module"\n`.replace(/build-backend = .*/, 'build-backend = "flit_core.buildapi"'))(r);
    },
    code: 'NO_VERSION',
    hint: '[tool.flit.module] name',
  },
  { name: 'pyproject.toml without [project] name', setup: committed('pyproject.toml', (t) => t.replace(/^name = .*\n/m, '')), code: 'BAD_INPUT', hint: 'name' },
  { name: 'CHANGELOG without a title or sections', setup: committed('CHANGELOG.md', () => 'Things changed.\nMore things changed.\n'), code: 'BAD_CHANGELOG', hint: '# Changelog' },
  // ------------------------------------------------------------------ issue 11: symlinks out of the repository
  {
    name: 'CHANGELOG.md committed as a symlink to a file outside the repository',
    setup: async (r) => {
      writeFileSync(join(r.root, 'outside-changelog.md'), '# Changelog\n\nsecret notes from outside\n');
      rmSync(join(r.dir, 'CHANGELOG.md'));
      symlinkSync(join(r.root, 'outside-changelog.md'), join(r.dir, 'CHANGELOG.md'));
      await commitAll(r.dir, 'chore: link the changelog');
    },
    code: 'PATH_ESCAPE',
    hint: 'inside the repository',
  },
  {
    name: 'pyproject.toml committed as a symlink to a file outside the repository',
    setup: async (r) => {
      cpSync(join(r.dir, 'pyproject.toml'), join(r.root, 'outside-pyproject.toml'));
      rmSync(join(r.dir, 'pyproject.toml'));
      symlinkSync(join(r.root, 'outside-pyproject.toml'), join(r.dir, 'pyproject.toml'));
      await commitAll(r.dir, 'chore: link pyproject');
    },
    code: 'PATH_ESCAPE',
    hint: 'inside the repository',
  },
  {
    name: 'package-dir that is a symlink to a package outside the repository',
    setup: async (r) => {
      mkdirSync(join(r.root, 'outside-pkg'));
      for (const f of ['pyproject.toml', 'README.md']) cpSync(join(r.dir, f), join(r.root, 'outside-pkg', f));
      cpSync(join(r.dir, 'src'), join(r.root, 'outside-pkg', 'src'), { recursive: true });
      symlinkSync(join(r.root, 'outside-pkg'), join(r.dir, 'pkg'));
      await commitAll(r.dir, 'chore: link a package');
    },
    options: { packageDir: 'pkg' },
    code: 'PATH_ESCAPE',
    hint: 'inside the repository',
  },
  // ------------------------------------------------------------------ issue 11: names that carry workflow commands
  {
    name: 'pyproject name with a newline and a workflow command',
    setup: committed('pyproject.toml', (t) => t.replace(/^name = .*$/m, 'name = "relay-example\\n::warning::pwned"')),
    code: 'BAD_INPUT',
    hint: 'PEP 508',
  },
  {
    name: 'pyproject name with shell metacharacters',
    setup: committed('pyproject.toml', (t) => t.replace(/^name = .*$/m, `name = "x${PWNED}"`)),
    code: 'BAD_INPUT',
    hint: 'PEP 508',
  },
  // ------------------------------------------------------------------ the bundled action's input parsing
  { name: 'action: dry-run "yes"', action: { 'dry-run': 'yes' }, code: 'BAD_INPUT', hint: 'true or false' },
  { name: 'action: push "1"', action: { push: '1' }, code: 'BAD_INPUT', hint: 'true or false' },
  { name: 'action: allow-downgrade "on"', action: { 'allow-downgrade': 'on' }, code: 'BAD_INPUT', hint: 'true or false' },
  { name: 'action: package-dir ../../etc', action: { 'package-dir': '../../etc' }, code: 'PATH_ESCAPE', hint: 'inside the repository' },
  { name: 'action: docs-files with ../outside.md among others', action: { 'docs-files': 'README.md\n../outside.md' }, code: 'PATH_ESCAPE', hint: 'inside the repository' },
  { name: `action: bump ${PWNED}`, action: { bump: PWNED }, code: 'BAD_INPUT', hint: 'minor' },
  { name: 'action: version 1.0%0A2.0', action: { version: '1.0%0A2.0' }, code: 'BAD_VERSION', hint: 'PEP 440' },
  { name: 'action: multi-line version', action: { version: '0.2.0\n$(touch pwned)' }, code: 'BAD_VERSION', hint: 'PEP 440' },
  { name: `action: tag-template v{version}${RM}`, action: { 'tag-template': `v{version}${RM}` }, code: 'BAD_INPUT', hint: 'no spaces' },
  { name: `action: prerelease-id ${TICKS}`, action: { bump: 'preminor', 'prerelease-id': TICKS }, code: 'BAD_INPUT', hint: 'letters' },
  // ------------------------------------------------------------------ issue 11: quality-gate and publish-and-verify inputs
  { name: 'gate: artifact-dir .git (would wipe the repository)', bundle: GATE_BUNDLE, action: { tag: 'v0.1.0', 'artifact-dir': '.git', 'require-ci': 'false' }, code: 'PATH_ESCAPE', hint: 'artifact-dir' },
  { name: 'gate: artifact-dir src (tracked sources)', bundle: GATE_BUNDLE, action: { tag: 'v0.1.0', 'artifact-dir': 'src', 'require-ci': 'false' }, code: 'PATH_ESCAPE', hint: 'artifact-dir' },
  {
    name: "gate: artifact-dir outside the workspace holding someone else's files",
    setup: (r) => {
      mkdirSync(join(r.root, 'precious'));
      writeFileSync(join(r.root, 'precious', 'keep.txt'), 'keep me\n');
    },
    bundle: GATE_BUNDLE,
    action: (r) => ({ tag: 'v0.1.0', 'artifact-dir': join(r.root, 'precious'), 'require-ci': 'false' }),
    code: 'BAD_INPUT',
    hint: 'artifact-dir',
  },
  { name: 'gate: junit-file through ..', bundle: GATE_BUNDLE, action: { tag: 'v0.1.0', 'test-command': 'python3 -c pass', 'junit-file': '../../../victim.xml', 'require-ci': 'false' }, code: 'PATH_ESCAPE', hint: 'junit-file' },
  { name: 'gate: request-timeout not a number', bundle: GATE_BUNDLE, action: { tag: 'v0.1.0', 'request-timeout': 'soon', 'github-token': 'ghs_x', repository: 'acme/relay-example' }, code: 'BAD_INPUT', hint: 'request-timeout' },
  {
    name: 'publish: context-file edited to other digests than the context',
    setup: (r) => writeFileSync(join(r.root, 'edited-context.json'), serializeContext(approvedContext('c'.repeat(64)))),
    bundle: PUBLISH_BUNDLE,
    action: (r) => ({ context: serializeContext(approvedContext('b'.repeat(64))), 'context-file': join(r.root, 'edited-context.json') }),
    code: 'CONTEXT_MISMATCH',
    hint: 'context-file',
  },
  { name: 'publish: context with bytes that were not UTF-8 (U+FFFD)', bundle: PUBLISH_BUNDLE, action: { context: serializeContext(approvedContext('b'.repeat(64))).replace('"relay-example"', '"relay-example\uFFFD"') }, code: 'BAD_CONTEXT', hint: 'unchanged' },
  { name: 'publish: upload-timeout 0', bundle: PUBLISH_BUNDLE, action: { context: serializeContext(approvedContext('b'.repeat(64))), 'upload-timeout': '0' }, code: 'BAD_INPUT', hint: 'upload-timeout' },
  // ------------------------------------------------------------------ the CLI
  { name: 'cli: prepare --bump huge', cli: ['prepare', '--dir', 'DIR', '--bump', 'huge'], code: 'BAD_INPUT', hint: 'minor' },
  { name: 'cli: prepare --docs-files ../outside.md', cli: ['prepare', '--dir', 'DIR', '--docs-files', 'README.md,../outside.md'], code: 'PATH_ESCAPE', hint: 'inside the repository' },
  { name: 'cli: prepare --changelog-file ../../x', cli: ['prepare', '--dir', 'DIR', '--changelog-file', '../../x'], code: 'PATH_ESCAPE', hint: 'inside the repository' },
  { name: 'cli: gate without --context', cli: ['gate', '--dir', 'DIR'], code: 'BAD_INPUT', hint: '--context' },
  { name: 'cli: unknown command', cli: ['frobnicate', '--dir', 'DIR'], code: 'BAD_INPUT', hint: 'release-relay prepare' },
];

/** An approved context for relay-example 0.2.0 whose sdist has the given sha256 (for publish-and-verify cases). */
function approvedContext(sha256: string): ReleaseContext {
  const c = newContext({ repository: { owner: 'acme', name: 'relay-example', ref: 'refs/heads/main', sha: 'a'.repeat(40) }, package: { ecosystem: 'python', name: 'relay-example', dir: '.', version_files: ['pyproject.toml'] } });
  c.version = { previous: '0.1.0', next: '0.2.0', scheme: 'pep440', bump: 'minor', reason: 'feat', released: true, tag: 'v0.2.0' };
  c.changelog = { section_markdown: '## [0.2.0]\n', entries: 1 };
  c.release_commit = { sha: 'a'.repeat(40), branch: 'main', pushed: true, files_changed: ['pyproject.toml'] };
  c.artifacts = [{ file: 'relay_example-0.2.0.tar.gz', sha256, size: 100 }];
  c.gate = { status: 'approved', reasons: [], checks: [] };
  return c;
}

let suiteRoot = '';
let template: ReleasableRepo;

beforeAll(async () => {
  await ensureBundle('prepare-release');
  await ensureBundle('cli');
  template = await releasableRepo();
  // A relative remote URL, so that a plain copy of the template directory is a working pair.
  await git(template.dir, 'remote', 'set-url', 'origin', '../remote.git');
  suiteRoot = mkdtempSync(join(tmpdir(), 'relay-bad-input-'));
});

afterAll(() => {
  template?.cleanup();
  if (suiteRoot) rmSync(suiteRoot, { recursive: true, force: true });
});

/** A fresh copy of the template for one case. */
function copyTemplate(index: number): CaseRepo {
  const root = join(suiteRoot, `case-${String(index).padStart(2, '0')}`);
  cpSync(template.root, root, { recursive: true });
  return { root, dir: join(root, 'work'), remote: join(root, 'remote.git') };
}

/** Runs one case and returns the ReleaseError it raised (as code + hint + message). */
async function runCase(c: BadCase, r: CaseRepo, index: number): Promise<{ code: string; hint: string; message: string }> {
  if (c.action) {
    const scratch = join(suiteRoot, `scratch-${index}`);
    mkdirSync(scratch);
    const inputs = typeof c.action === 'function' ? c.action(r) : c.action;
    const run = await runBundledAction(c.bundle ?? PREPARE_BUNDLE, { workspace: r.dir, scratch, inputs });
    expect(run.code).not.toBe(0);
    expect(run.outputs).toEqual({});
    const line = run.stdout.split('\n').find((l) => l.startsWith('::error::'));
    if (!line) throw new Error(`no ::error:: line in the action's output:\n${run.stdout}\n${run.stderr}`);
    // core.setFailed(describeError(err)): "message (CODE). Fix: hint", newlines escaped as %0A.
    const m = /^::error::(.*) \(([A-Z_]+)\)\. Fix: (.*)$/.exec(line);
    if (!m) throw new Error(`unexpected error line: ${line}`);
    return { message: m[1], code: m[2], hint: m[3] };
  }
  if (c.cli) {
    const run = await exec(process.execPath, [CLI_BUNDLE, ...c.cli.map((a) => (a === 'DIR' ? r.dir : a))], { cwd: r.dir, check: false });
    expect(run.code).toBe(1);
    // "release-relay: message (CODE). Fix: hint" on stderr (the hint may span lines).
    const m = /^release-relay: (.*) \(([A-Z_]+)\)\. Fix: ([\s\S]*)$/m.exec(run.stderr);
    if (!m) throw new Error(`unexpected CLI output:\n${run.stdout}\n${run.stderr}`);
    return { message: m[1], code: m[2], hint: m[3] };
  }
  try {
    const extra = typeof c.options === 'function' ? c.options(r) : (c.options ?? {});
    await prepareRelease({ cwd: r.dir, repository: { owner: 'acme', name: 'relay-example' }, ...extra });
    throw new Error('prepareRelease succeeded');
  } catch (err) {
    if (!(err instanceof ReleaseError)) throw err;
    return { code: err.code, hint: err.hint, message: err.message };
  }
}

describe(`bad inputs (${CASES.length} cases): a specific error, a useful hint, no side effect`, () => {
  test('the corpus is big enough and its names are unique', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  test.each(CASES.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, index) => {
    const r = copyTemplate(index);
    await c.setup?.(r);
    const before = await repoState(r);

    const err = await runCase(c, r, index);

    expect({ code: err.code, hint: err.hint }).toEqual({ code: c.code, hint: expect.stringMatching(typeof c.hint === 'string' ? escapeRegExp(c.hint) : c.hint) });
    expect(err.message.length).toBeGreaterThan(10);
    expect(await repoState(r)).toEqual(before);
  });

  test('no file named pwned was created under the temp root or the current directory', () => {
    expect(findNamed(suiteRoot, 'pwned')).toEqual([]);
    expect(findNamed(process.cwd(), 'pwned', ['node_modules', '.git'])).toEqual([]);
    expect(existsSync(join(process.cwd(), 'node_modules', 'pwned'))).toBe(false);
  });
});

describe('a commit message with shell metacharacters is valid and committed literally', () => {
  test('committed byte for byte; no pwned file; pushed', async () => {
    const r = copyTemplate(99);
    const message = `chore(release): {version} ${PWNED} ${TICKS}${RM} && echo $HOME | cat %0A "quoted" 'single' \\ \${IFS}`;
    const result = await prepareRelease({ cwd: r.dir, repository: { owner: 'acme', name: 'relay-example' }, commitMessage: message });
    expect(result.context.version?.next).toBe('0.2.0');
    expect(await git(r.dir, 'log', '-1', '--format=%B')).toBe(message.split('{version}').join('0.2.0'));
    expect(await git(r.remote, 'rev-parse', 'main')).toBe(await git(r.dir, 'rev-parse', 'HEAD'));
    expect(findNamed(suiteRoot, 'pwned')).toEqual([]);
    expect(existsSync(join(process.cwd(), 'pwned'))).toBe(false);
  });
});

describe('argv: command inputs are split without a shell', () => {
  test.each([
    ['an unclosed double quote', 'python -m pytest -k "not slow', 'Close the quote'],
    ["an unclosed single quote", "python -c 'print(1)", 'Close the quote'],
    ['an empty command', '   \n ', 'Give a command'],
  ])('%s → BAD_INPUT', (_name, command, hint) => {
    let caught: unknown;
    try {
      splitCommand(command, 'test-command');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ReleaseError);
    expect((caught as ReleaseError).code).toBe('BAD_INPUT');
    expect((caught as ReleaseError).hint).toContain(hint);
  });

  test('metacharacters stay literal arguments', () => {
    expect(splitCommand(`echo ${PWNED} ${TICKS}${RM} | cat`)).toEqual(['echo', '$(touch', 'pwned)', '`touch', 'pwned`;', 'rm', '-rf', '.', '|', 'cat']);
  });
});

function escapeRegExp(s: string): RegExp {
  return new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** Paths of files or directories called `name` under `dir`, skipping `skip` directory names. */
function findNamed(dir: string, name: string, skip: string[] = []): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (skip.includes(e.name)) continue;
    const full = join(dir, e.name);
    if (e.name === name) out.push(full);
    if (e.isDirectory() && !e.isSymbolicLink()) out.push(...findNamed(full, name, skip));
  }
  return out;
}
