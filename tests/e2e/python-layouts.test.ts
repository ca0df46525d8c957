/**
 * Real Python project shapes end to end (issue 13), built with Debian's backends: a hatch-vcs project whose
 * version comes from git tags, and a setuptools project whose import name differs from its distribution
 * name, each through prepare → gate → publish into the loopback index → verify by pip; plus gate runs on
 * setuptools-scm, flit and poetry-core projects and a custom test command without a JUnit report.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { serializeContext, type ReleaseContext } from '../../src/core/context.js';
import { exec } from '../../src/core/exec.js';
import { withPipeline } from '../../src/ecosystems/adapters.js';
import { pythonAdapter as pythonDescription } from '../../src/ecosystems/python/index.js';
import { prepareRelease } from '../../src/stages/prepare-release.js';
import { publishAndVerify } from '../../src/stages/publish-and-verify.js';
import { qualityGate, type GateOptions } from '../../src/stages/quality-gate.js';
import { startPackageIndex } from '../fixtures/package-index/server.js';
import { bundlePath, ensureBundle, runBundledAction } from '../helpers/bundled-action.js';
import { git } from '../helpers/repo.js';
import { OWNER, PYPI_TOKEN, PYTHON, REPO, githubClient, startGitHub } from './setup.js';
import { recordingLogger } from '../helpers/logger.js';
import { rejection } from '../helpers/errors.js';
import { cleanupAfter } from '../helpers/cleanup.js';

const pythonAdapter = await withPipeline(pythonDescription);

const cleanups = cleanupAfter();

interface Project {
  root: string;
  work: string;
  remote: string;
}

/** A git repository with a bare remote holding `files`, tagged `tag` (when given), then one feat commit. */
async function project(files: Record<string, string>, opts: { tag?: string; feat?: Record<string, string> } = {}): Promise<Project> {
  const root = mkdtempSync(join(tmpdir(), 'relay-layout-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  const work = join(root, 'work');
  const remote = join(root, 'remote.git');
  const write = (entries: Record<string, string>): void => {
    for (const [path, text] of Object.entries(entries)) {
      mkdirSync(dirname(join(work, path)), { recursive: true });
      writeFileSync(join(work, path), text);
    }
  };
  await exec('git', ['init', '--quiet', '--bare', '--initial-branch=main', remote]);
  await exec('git', ['init', '--quiet', '--initial-branch=main', work]);
  await git(work, 'remote', 'add', 'origin', remote);
  write({ '.gitignore': 'dist/\n*.egg-info/\n__pycache__/\n.pytest_cache/\n.coverage\n', ...files });
  await git(work, 'add', '-A');
  await git(work, 'commit', '--quiet', '-m', 'chore: initial import');
  if (opts.tag) await git(work, 'tag', '-a', opts.tag, '-m', opts.tag);
  write(opts.feat ?? { 'NOTES.txt': 'more\n' });
  await git(work, 'add', '-A');
  await git(work, 'commit', '--quiet', '-m', 'feat: a new feature (#3)');
  await git(work, 'push', '--quiet', '--follow-tags', 'origin', 'main');
  return { root, work, remote };
}

/** The gate as the tests run it: offline builds with Debian's backends, no CI wait, no issue. */
function gateOptions(p: Project, extra: Partial<GateOptions> = {}): GateOptions {
  return { cwd: p.work, tools: { python: PYTHON }, isolatedBuild: false, installArgs: ['--no-index'], requireCi: false, openIssue: false, artifactDir: join(p.root, 'artifact'), ...extra };
}

/** Publishes an approved context into a fresh loopback index and verifies it with pip; returns the index. */
async function publishAndCheck(p: Project, context: ReleaseContext) {
  const index = await startPackageIndex({ tokens: [PYPI_TOKEN] });
  const github = await startGitHub();
  cleanups.push(() => index.close(), () => github.close());
  const logger = recordingLogger();
  const result = await publishAndVerify(
    {
      cwd: p.work,
      context,
      artifactDir: join(p.root, 'artifact'),
      registries: [index.url],
      token: PYPI_TOKEN,
      useOidc: false,
      tools: { python: PYTHON },
      verify: true,
      verifyTimeoutMs: 60_000,
      verifyPollMs: 50,
      retryDelayMs: 5,
      github: { client: githubClient(github, logger), owner: OWNER, repo: REPO },
    },
    { logger, sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 50))) },
  );
  return { index, result, logger };
}

const HATCH_VCS = {
  'pyproject.toml': `[build-system]
requires = ["hatchling", "hatch-vcs"]
build-backend = "hatchling.build"

[project]
name = "vcs-demo"
dynamic = ["version"]
description = "Versioned from git tags"
requires-python = ">=3.8"

[tool.hatch.version]
source = "vcs"

[tool.hatch.build.targets.wheel]
packages = ["src/vcs_demo"]

[tool.pytest.ini_options]
pythonpath = ["src"]
`,
  'src/vcs_demo/__init__.py': '"""Demo."""\nfrom importlib.metadata import version as _v\n\n\ndef answer():\n    return 42\n',
  'tests/test_answer.py': 'from vcs_demo import answer\n\n\ndef test_answer():\n    assert answer() == 42\n',
  'README.md': '# vcs-demo\n\n```python\nimport vcs_demo\nassert vcs_demo.answer() == 42\n```\n',
};

describe('Python project layouts end to end', () => {
  test('hatch-vcs: the version comes from the tags, nothing is edited, the wheel carries exactly the release version; tag-triggered gate too', async () => {
    const p = await project(HATCH_VCS, { tag: 'v1.4.0' });
    const logger = recordingLogger();
    const prepared = await prepareRelease({ cwd: p.work, bump: 'auto', repository: { owner: OWNER, name: REPO }, date: '2026-12-07' }, { logger });
    const ctx = prepared.context;
    expect(ctx.version).toMatchObject({ previous: '1.4.0', next: '1.5.0', tag: 'v1.5.0' });
    expect(ctx.package).toMatchObject({ version_files: [], version_source: 'from git tags (hatch-vcs); no file is edited' });
    expect(ctx.release_commit?.files_changed).toEqual(['CHANGELOG.md']);

    const gated = await qualityGate(gateOptions(p, { context: ctx }), { logger });
    expect(gated.decision).toMatch(/^Approved/);
    const files = readdirSync(gated.artifactDir).filter((f) => /\.(whl|tar\.gz)$/.test(f)).sort();
    expect(files).toEqual(['vcs_demo-1.5.0-py3-none-any.whl', 'vcs_demo-1.5.0.tar.gz']);
    expect(logger.lines.some((l) => l.includes('SETUPTOOLS_SCM_PRETEND_VERSION_FOR_VCS_DEMO and SETUPTOOLS_SCM_PRETEND_VERSION=1.5.0'))).toBe(true);
    expect(gated.context.package.import_names).toEqual(['vcs_demo']);

    const { index, result } = await publishAndCheck(p, gated.context);
    expect(result.verified).toBe(true);
    expect([...(index.files.get('vcs-demo')?.get('1.5.0')?.keys() ?? [])].sort()).toEqual(files);
    expect(await git(p.remote, 'rev-parse', 'v1.5.0^{commit}')).toBe(ctx.release_commit?.sha);

    // The tag-triggered gate on the tagged release commit: no context, the tag is the version.
    await git(p.work, 'fetch', '--quiet', '--tags', 'origin');
    const fromTag = await qualityGate(gateOptions(p, { tag: 'refs/tags/v1.5.0', artifactDir: join(p.root, 'artifact-tag') }), { logger: recordingLogger() });
    expect(fromTag.approved).toBe(true);
    expect(fromTag.context.version?.next).toBe('1.5.0');
    expect(readdirSync(fromTag.artifactDir).filter((f) => f.endsWith('.whl'))).toEqual(['vcs_demo-1.5.0-py3-none-any.whl']);
  }, 240_000);

  test('import name differs from the distribution name (sampleproject → sample, flat setuptools layout): prepare → gate → publish → verify', async () => {
    const p = await project(
      {
        'pyproject.toml': `[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "sampleproject"
version = "3.0.0"
description = "A sample Python project"
requires-python = ">=3.8"

[tool.setuptools]
packages = ["sample"]

[tool.coverage.run]
source = ["sample"]

[tool.pytest.ini_options]
pythonpath = ["."]
`,
        'sample/__init__.py': 'def main():\n    """Entry point."""\n    return "Call your main application code here"\n',
        'sample/simple.py': 'def add_one(number):\n    return number + 1\n',
        'tests/test_simple.py': 'from sample.simple import add_one\n\n\ndef test_add_one():\n    assert add_one(5) == 6\n',
      },
      { tag: 'v3.0.0' },
    );
    const prepared = await prepareRelease({ cwd: p.work, bump: 'auto', repository: { owner: OWNER, name: REPO }, date: '2026-12-07' });
    expect(prepared.context.version).toMatchObject({ previous: '3.0.0', next: '3.1.0' });
    const gated = await qualityGate(gateOptions(p, { context: prepared.context, coverageThreshold: 70 }));
    expect(gated.decision).toMatch(/^Approved/);
    // Coverage measured the package (coverage's own source setting: main() is not tested, add_one is), the
    // install check imported `sample`.
    expect(gated.context.gate?.coverage?.percent).toBe(75);
    expect(gated.context.package.import_names).toEqual(['sample']);
    expect(gated.context.gate?.checks.find((c) => c.name === 'clean install')?.ok).toBe(true);
    const { result, logger } = await publishAndCheck(p, gated.context);
    expect(result.verified).toBe(true);
    expect(logger.lines.some((l) => /sampleproject==3\.1\.0 .*import sample ok/.test(l))).toBe(true);
  }, 240_000);

  test('setuptools-scm: built with the pretend version; without it the gate refuses the mismatched files', async () => {
    const p = await project(
      {
        'pyproject.toml': `[build-system]
requires = ["setuptools>=61", "setuptools-scm>=7"]
build-backend = "setuptools.build_meta"

[project]
name = "scm.Demo"
dynamic = ["version"]
requires-python = ">=3.8"

[tool.setuptools]
packages = ["scm_demo"]

[tool.setuptools_scm]
`,
        'scm_demo/__init__.py': 'VALUE = 1\n',
        'tests/test_value.py': 'import scm_demo\n\n\ndef test_value():\n    assert scm_demo.VALUE == 1\n',
      },
      { tag: '0.3.0' },
    );
    const prepared = await prepareRelease({ cwd: p.work, bump: 'patch', tagTemplate: '{version}', repository: { owner: OWNER, name: REPO } });
    expect(prepared.context.version).toMatchObject({ previous: '0.3.0', next: '0.3.1', tag: '0.3.1' });
    expect(prepared.context.package.version_source).toBe('from git tags (setuptools-scm); no file is edited');
    const gated = await qualityGate(gateOptions(p, { context: prepared.context, testCommand: [PYTHON, '-m', 'pytest', '-q', '-p', 'no:cacheprovider'] }));
    expect(gated.decision).toMatch(/^Approved/);
    expect(readdirSync(gated.artifactDir).filter((f) => f.endsWith('.whl'))).toEqual([expect.stringMatching(/^scm[._]Demo-0\.3\.1-py3-none-any\.whl$/)]);
    expect(gated.context.package.import_names).toEqual(['scm_demo']);
    // The tests wrote no JUnit report: the exit code decided, and the gate says so.
    expect(gated.context.gate?.checks.find((c) => c.name === 'tests')?.detail).toMatch(/exited 0 .*wrote no test report/);

    // The bundled action, as the runner runs it: input import-names, and the summary names the version source.
    await ensureBundle('quality-gate');
    const scratch = join(p.root, 'scratch');
    mkdirSync(scratch);
    const action = await runBundledAction(bundlePath('quality-gate'), {
      workspace: p.work,
      scratch,
      inputs: { context: serializeContext(prepared.context), python: PYTHON, 'test-command': `${PYTHON} -c pass`, 'import-names': 'scm_demo', 'isolated-build': 'false', 'install-args': '--no-index', 'require-ci': 'false', 'open-issue': 'false', 'artifact-dir': join(p.root, 'action-artifact') },
    });
    expect(action.outputs.approved).toBe('true');
    expect(action.summary).toContain('Version source: from git tags (setuptools-scm); no file is edited');
    expect(action.summary).toContain('Import names: `scm_demo`');

    // Built without the pretend version (as a backend that ignores it would), the untagged release commit
    // gives a .dev version: the build refuses the files instead of approving them.
    const info = await pythonAdapter.readPackage(p.work, '.');
    const env = { exec, logger: recordingLogger(), tools: { python: PYTHON } };
    const err = await rejection(pythonAdapter.build(env, { packageDir: p.work, outDir: join(p.root, 'unpretended'), isolated: false, info: { ...info, versionFromVcs: false }, version: '0.3.1' }), 'BUILD_FAILED');
    expect(err).toMatchObject({ message: expect.stringMatching(/carry version 0\.3\.1\.dev\d+\+g[0-9a-f]+.*, not the release's 0\.3\.1/) });
  }, 240_000);

  test('flit (version in the module) and poetry-core ([tool.poetry] version): prepare edits the right file, the gate builds and installs', async () => {
    const flit = await project(
      {
        'pyproject.toml': `[build-system]
requires = ["flit_core >=3.2,<4"]
build-backend = "flit_core.buildapi"

[project]
name = "flit-demo"
dynamic = ["version", "description"]
requires-python = ">=3.8"
`,
        'flit_demo/__init__.py': '"""A flit demo."""\n__version__ = "0.2.0"\n',
        'tests/test_it.py': 'import flit_demo\n\n\ndef test_it():\n    assert flit_demo.__version__\n',
      },
      { tag: 'v0.2.0' },
    );
    const prepared = await prepareRelease({ cwd: flit.work, bump: 'auto', repository: { owner: OWNER, name: REPO } });
    expect(prepared.context.release_commit?.files_changed.sort()).toEqual(['CHANGELOG.md', 'flit_demo/__init__.py']);
    // A custom command without JUnit and a coverage threshold: the gate names the input that is missing.
    const gated = await qualityGate(gateOptions(flit, { context: prepared.context, testCommand: [PYTHON, '-m', 'pytest', '-q', '-p', 'no:cacheprovider'], coverageThreshold: 50 }));
    expect(gated.approved).toBe(false);
    expect(gated.context.gate?.reasons).toEqual([expect.stringMatching(/^coverage: .*set input "coverage-report"/)]);
    expect(readdirSync(gated.artifactDir).filter((f) => /\.(whl|tar\.gz)$/.test(f)).sort()).toEqual(['flit-demo-0.3.0.tar.gz', 'flit_demo-0.3.0-py3-none-any.whl']);

    const poetry = await project(
      {
        'pyproject.toml': `[build-system]
requires = ["poetry-core>=1.0.0"]
build-backend = "poetry.core.masonry.api"

[tool.poetry]
name = "poetry-demo"
version = "1.0.0"
description = "A poetry demo"
authors = ["Demo <demo@example.test>"]
packages = [{ include = "poetry_demo", from = "src" }]

[tool.poetry.dependencies]
python = "^3.8"

[tool.pytest.ini_options]
pythonpath = ["src"]
`,
        'src/poetry_demo/__init__.py': '__version__ = "1.0.0"\n',
        'tests/test_it.py': 'import poetry_demo\n\n\ndef test_it():\n    assert poetry_demo.__version__ == "1.0.1"\n',
      },
      { tag: 'v1.0.0' },
    );
    const p2 = await prepareRelease({ cwd: poetry.work, bump: 'patch', repository: { owner: OWNER, name: REPO } });
    expect(p2.context.release_commit?.files_changed.sort()).toEqual(['CHANGELOG.md', 'pyproject.toml', 'src/poetry_demo/__init__.py']);
    const g2 = await qualityGate(gateOptions(poetry, { context: p2.context }));
    expect(g2.decision).toMatch(/^Approved/);
    expect(g2.context.package.import_names).toEqual(['poetry_demo']);
  }, 300_000);
});
