import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { simulate, template } from './simulate.js';
import { checkWorkflow, levels, needsOf, ROOT, skipsOnDryRun, type Job, type Limits, type Step, type Workflow } from './wiring.js';

const RELEASE = '.github/workflows/release.yml';
const MANUAL = 'examples/workflows/release-manual.yml';
const TAG = 'examples/workflows/release-tag.yml';
const CI = '.github/workflows/ci.yml';

/** The permission table of the README: each job gets at most this. */
const RELEASE_LIMITS: Limits = {
  prepare: { contents: 'write', actions: 'read', 'pull-requests': 'read' },
  gate: { contents: 'read', checks: 'read', statuses: 'read' },
  build: { contents: 'read', checks: 'read', statuses: 'read', issues: 'write' },
  decide: { contents: 'read' },
  publish: { contents: 'write', 'id-token': 'write' },
};
/** The callers: the job that calls release.yml grants what its jobs need; the caller's own publish job. */
const CALLER_LIMITS: Limits = {
  release: { contents: 'write', checks: 'read', statuses: 'read', issues: 'write', actions: 'read', 'pull-requests': 'read' },
  publish: { contents: 'write', 'id-token': 'write' },
};
const CI_LIMITS: Limits = { ci: { contents: 'read' } };
/** Release PR mode: the App token writes branch and PR; the gate reports a check run and comments; publish tags. */
const PR_LIMITS: Limits = {
  'release-pr': { contents: 'read' },
  'gate-pr': { contents: 'read', checks: 'write', 'pull-requests': 'write' },
  publish: { contents: 'write', actions: 'read', 'pull-requests': 'read', 'id-token': 'write' },
};
const PR_MODE = 'examples/workflows/release-pr.yml';

const FILES: Array<[string, Limits]> = [
  [RELEASE, RELEASE_LIMITS],
  ...readdirSync(join(ROOT, 'examples/workflows'))
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f): [string, Limits] => [`examples/workflows/${f}`, `examples/workflows/${f}` === PR_MODE ? PR_LIMITS : CALLER_LIMITS]),
  [CI, CI_LIMITS],
];

const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const wf = (file: string) => parse(text(file)) as Workflow;
const limitsOf = (file: string) => (FILES.find(([f]) => f === file) as [string, Limits])[1];
/** Every step of a job that uses the given action (by `…/<name>@`). */
const stepsUsing = (job: Job, name: string): Step[] => (job.steps ?? []).filter((s) => s.uses?.includes(`${name}@`));
/** Replaces one exact snippet (which must be there, so a mutation never silently misses). */
function mutate(source: string, from: string, to: string): string {
  expect(source).toContain(from);
  return source.replace(from, to);
}
/** The checker on a mutated copy of a file. */
function problemsAfter(file: string, from: string, to: string): string[] {
  return checkWorkflow(file, mutate(text(file), from, to), { limits: limitsOf(file) });
}

describe('every workflow passes the wiring check', () => {
  test.each(FILES)('%s', (file, limits) => {
    expect(checkWorkflow(file, text(file), { limits })).toEqual([]);
  });

  test('the examples directory holds the two callers and the release PR workflow', () => {
    expect(FILES.map(([f]) => f)).toEqual(expect.arrayContaining([MANUAL, TAG, PR_MODE]));
  });
});

describe('the checker catches broken wiring (mutated copies)', () => {
  test('an output the needed job does not produce', () => {
    expect(problemsAfter(RELEASE, 'context: ${{ needs.build.outputs.context || needs.prepare.outputs.context }}', 'context: ${{ needs.build.outputs.contxt || needs.prepare.outputs.context }}')).toEqual([
      expect.stringContaining('needs.build.outputs.contxt, which job "build" does not produce'),
    ]);
  });

  test('a job output that no step declares', () => {
    expect(problemsAfter(RELEASE, 'approved: ${{ steps.gate.outputs.approved }}', 'approved: ${{ steps.gate.outputs.aproved }}')).toEqual([
      expect.stringContaining('steps.gate.outputs.aproved, which release-relay/release-relay/actions/quality-gate@v1 does not declare'),
    ]);
  });

  test('a reference to a job that is not in needs, and a needs that does not exist', () => {
    const p = problemsAfter(RELEASE, 'needs: [prepare, gate, build]\n    if:', 'needs: [prepare, gate, bild]\n    if:');
    expect(p).toEqual(expect.arrayContaining([expect.stringContaining('needs "bild", which does not exist'), expect.stringContaining('uses needs.build but does not need "build"')]));
  });

  test('permissions wider than the table', () => {
    expect(problemsAfter(RELEASE, '    timeout-minutes: 5\n    permissions: {}', '    timeout-minutes: 5\n    permissions:\n      contents: write')).toEqual(
      expect.arrayContaining([expect.stringContaining('jobs.decide: permissions wider than allowed (contents: write > read)')]),
    );
  });

  test('a caller that grants less than the reusable workflow asks for', () => {
    expect(problemsAfter(MANUAL, '      statuses: read\n      issues: write\n', '      statuses: read\n')).toEqual([
      expect.stringContaining('the called job "build" asks for more than granted (issues: write > none)'),
    ]);
  });

  test('an unpinned third-party action and a SHA without a version comment', () => {
    expect(problemsAfter(CI, 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2', 'actions/checkout@v4')).toEqual([expect.stringContaining('actions/checkout@v4 is not pinned by a full commit SHA')]);
    expect(problemsAfter(CI, '49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0', '49933ea5288caeca8642d1e84afbd3f7d6820020')).toEqual([expect.stringContaining('has no "# vX" version comment')]);
  });

  test('an expression inside a run script', () => {
    expect(problemsAfter(RELEASE, 'run: eval "$SETUP_COMMAND"', 'run: eval "${{ inputs.setup-command }}"')).toEqual([expect.stringContaining('has ${{ }} inside run:')]);
  });

  test('a writing job that still runs on a dry run', () => {
    const p = problemsAfter(RELEASE, "if: ${{ !cancelled() && !inputs.dry-run && inputs.publish && needs.decide.outputs.approved == 'true' }}", "if: ${{ !cancelled() && inputs.publish && needs.decide.outputs.approved == 'true' }}");
    expect(p.length).toBeGreaterThan(0);
    expect(p.every((m) => m.includes('jobs.publish.steps[') && m.includes('may write on a dry run'))).toBe(true);
    // prepare runs on a dry run: its one writing step must get dry-run.
    expect(problemsAfter(RELEASE, '          merged-artifact-dir: ${{ runner.temp }}/approved\n          dry-run: ${{ inputs.dry-run }}\n', '          merged-artifact-dir: ${{ runner.temp }}/approved\n')).toEqual([expect.stringContaining('jobs.prepare.steps[1] (prepare): may write on a dry run')]);
    // prepare's upload of the PR gate's approved files skips itself on a dry run; without that it is caught.
    expect(problemsAfter(RELEASE, "if: ${{ !inputs.dry-run && steps.prepare.outputs.merged-release == 'true'", "if: ${{ steps.prepare.outputs.merged-release == 'true'")).toEqual([expect.stringContaining('jobs.prepare.steps[2] (approved): may write on a dry run')]);
  });

  test('issues: write where no issue is opened, an input that is not declared, pull_request_target, no timeout', () => {
    expect(problemsAfter(RELEASE, '          open-issue: true', '          open-issue: false')).toEqual([expect.stringContaining('jobs.build: has issues: write but opens no issue')]);
    expect(problemsAfter(MANUAL, 'coverage-threshold: ', 'coverage-treshold: ')).toEqual([expect.stringContaining('"coverage-treshold" is not an input of .github/workflows/release.yml')]);
    expect(problemsAfter(CI, '  pull_request:\n', '  pull_request_target:\n')).toEqual([expect.stringContaining('pull_request_target')]);
    expect(problemsAfter(CI, '    timeout-minutes: 45\n', '')).toEqual([expect.stringContaining('jobs.ci: no timeout-minutes')]);
  });
});

describe('release.yml: the shape the issue asks for', () => {
  const release = wf(RELEASE);
  const jobs = release.jobs;
  const call = (release.on as Record<string, { inputs: Record<string, unknown>; outputs: Record<string, unknown>; secrets: Record<string, unknown> }>).workflow_call;

  test('typed inputs, the token secret and the three outputs', () => {
    for (const input of ['bump', 'version', 'package-dir', 'python-versions', 'os', 'registries', 'coverage-threshold', 'test-command', 'require-ci', 'dry-run', 'notes-dir']) {
      expect(call.inputs[input]).toEqual(expect.objectContaining({ type: expect.stringMatching(/^(string|boolean|number)$/) }));
    }
    expect(call.secrets['registry-token']).toEqual(expect.objectContaining({ required: false }));
    // The old name stays for one major version.
    expect(call.secrets['pypi-token']).toEqual(expect.objectContaining({ required: false, description: expect.stringMatching(/^Deprecated/) }));
    expect(Object.keys(call.outputs)).toEqual(expect.arrayContaining(['version', 'released', 'release-url']));
  });

  test('prepare → gate (matrix) → build (once) → decide → publish', () => {
    expect(Object.keys(jobs)).toEqual(['prepare', 'gate', 'build', 'decide', 'publish']);
    expect(needsOf(jobs.gate)).toEqual(['prepare']);
    expect(needsOf(jobs.build)).toEqual(expect.arrayContaining(['gate']));
    expect(needsOf(jobs.decide)).toEqual(expect.arrayContaining(['gate', 'build']));
    expect(needsOf(jobs.publish)).toEqual(expect.arrayContaining(['build', 'decide']));
    expect(jobs.gate.strategy?.matrix).toEqual({ python: '${{ fromJSON(inputs.python-versions) }}', os: '${{ fromJSON(inputs.os) }}' });
  });

  test('build once: only the build job uploads the release, it is no matrix, and it runs the full gate', () => {
    // prepare uploads only in pr mode, the PR gate's approved bytes (never built here): see the release PR tests below.
    const uploaders = Object.entries(jobs).filter(([, j]) => stepsUsing(j, 'actions/upload-artifact').some((s) => s.with?.name !== 'release-relay-gate-evidence')).map(([id]) => id);
    expect(uploaders).toEqual(['prepare', 'build']);
    expect(stepsUsing(jobs.prepare, 'actions/quality-gate')).toEqual([]);
    expect(jobs.build.strategy).toBeUndefined();
    const [upload] = stepsUsing(jobs.build, 'actions/upload-artifact');
    expect(upload.with).toEqual(expect.objectContaining({ name: '${{ steps.gate.outputs.artifact-name }}', path: '${{ steps.gate.outputs.artifact-dir }}' }));
    const [gate] = stepsUsing(jobs.build, 'actions/quality-gate');
    expect(gate.with).toEqual(expect.objectContaining({ 'check-run-id': '${{ job.check_run_id }}', 'require-ci': '${{ inputs.require-ci }}', 'open-issue': true }));
    const [leg] = stepsUsing(jobs.gate, 'actions/quality-gate');
    expect(leg.with).toEqual(expect.objectContaining({ 'require-ci': false, 'open-issue': false }));
  });

  test('each test suite runs once per leg: the first leg hands its evidence to build, which runs there and does not test again', () => {
    const first = 'matrix.python == fromJSON(inputs.python-versions)[0] && matrix.os == fromJSON(inputs.os)[0]';
    const [leg] = stepsUsing(jobs.gate, 'actions/quality-gate');
    expect(String(leg.with?.['evidence-dir'])).toContain(first);
    const [upload] = stepsUsing(jobs.gate, 'actions/upload-artifact');
    expect(String(upload.if)).toContain(first);
    expect(String(upload.if)).toContain('always()');
    expect(upload.with).toEqual(expect.objectContaining({ name: 'release-relay-gate-evidence', path: '${{ runner.temp }}/gate-evidence' }));
    expect((jobs.build as Job & { 'runs-on'?: string })['runs-on']).toBe('${{ fromJSON(inputs.os)[0] }}');
    const setupPython = (jobs.build.steps ?? []).find((s) => String(s.uses ?? '').startsWith('actions/setup-python@'));
    expect(setupPython?.with?.['python-version']).toBe('${{ fromJSON(inputs.python-versions)[0] }}');
    const [download] = stepsUsing(jobs.build, 'actions/download-artifact');
    expect(download.with).toEqual({ name: 'release-relay-gate-evidence', path: '${{ runner.temp }}/gate-evidence' });
    const [gate] = stepsUsing(jobs.build, 'actions/quality-gate');
    expect(gate.with?.['test-evidence']).toBe(download.with?.path);
    expect(gate.with?.['test-command']).toBeUndefined();
    // The download comes before the gate that reads it.
    expect((jobs.build.steps ?? []).indexOf(download)).toBeLessThan((jobs.build.steps ?? []).indexOf(gate));
  });

  test('context flows from job to job; nobody recomputes it', () => {
    for (const j of ['gate', 'build']) expect(stepsUsing(jobs[j], 'actions/quality-gate')[0].with?.context).toBe('${{ needs.prepare.outputs.context }}');
    const [publish] = stepsUsing(jobs.publish, 'actions/publish-and-verify');
    expect(publish.with?.context).toBe('${{ needs.build.outputs.context || needs.prepare.outputs.context }}');
    const [download] = stepsUsing(jobs.publish, 'actions/download-artifact');
    expect(download.with).toEqual({ name: '${{ needs.build.outputs.artifact-name || needs.prepare.outputs.artifact-name }}', path: '${{ runner.temp }}/release' });
    expect(publish.with?.['artifact-dir']).toBe(download.with?.path);
  });

  test('decide merges every leg (the matrix result) with the build decision, and publish waits for it', () => {
    const env = (jobs.decide.steps ?? [])[0].env ?? {};
    expect(env).toEqual(expect.objectContaining({ LEGS: '${{ needs.gate.result }}', BUILD: '${{ needs.build.result }}', BUILD_APPROVED: '${{ needs.build.outputs.approved }}' }));
    expect(String(jobs.publish.if)).toContain("needs.decide.outputs.approved == 'true'");
  });

  test('the token shape: publish here with the secret, never Trusted Publishing, behind an environment', () => {
    const [publish] = stepsUsing(jobs.publish, 'actions/publish-and-verify');
    expect(publish.with).toEqual(expect.objectContaining({ 'registry-token': '${{ secrets.registry-token }}', 'pypi-token': '${{ secrets.pypi-token }}', 'trusted-publishing': false }));
    expect(jobs.publish.environment).toBe('${{ inputs.environment }}');
    expect(jobs.publish.permissions).toEqual({ contents: 'write' });
    expect(publish.with?.['trusted-publishing']).toBe(false);
    expect(String(jobs.publish.if)).toContain('inputs.publish');
  });

  test('a dry run runs prepare (with dry-run) and nothing else', () => {
    const running = Object.entries(jobs).filter(([, j]) => !skipsOnDryRun(j)).map(([id]) => id);
    expect(running).toEqual(['prepare']);
    expect(stepsUsing(jobs.prepare, 'actions/prepare-release')[0].with?.['dry-run']).toBe('${{ inputs.dry-run }}');
  });

  test('concurrency per package, never cancelling a release; a timeout on every job', () => {
    expect(release.concurrency).toEqual({ group: 'release-relay-${{ github.repository }}-${{ inputs.package-dir }}', 'cancel-in-progress': false });
    for (const j of Object.values(jobs)) expect(typeof j['timeout-minutes']).toBe('number');
    expect(release.permissions).toEqual({});
  });
});

describe('the callers: both publishing shapes', () => {
  test('release-manual: reusable workflow for prepare + gate, Trusted Publishing (or the token) in its own job', () => {
    const manual = wf(MANUAL);
    const { release, publish } = manual.jobs;
    expect(release.uses).toBe('release-relay/release-relay/.github/workflows/release.yml@v1');
    expect(release.with).toEqual(expect.objectContaining({ publish: false, bump: '${{ inputs.bump }}', 'dry-run': '${{ inputs.dry-run }}' }));
    expect(publish.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
    expect(needsOf(publish)).toEqual(['release']);
    expect(String(publish.if)).toContain("needs.release.outputs.approved == 'true'");
    expect(skipsOnDryRun(publish)).toBe(true);
    const [step] = stepsUsing(publish, 'actions/publish-and-verify');
    expect(step.with).toEqual(expect.objectContaining({ context: '${{ needs.release.outputs.context }}', 'registry-token': '${{ secrets.PYPI_TOKEN }}' }));
    expect(step.with?.['trusted-publishing']).toBeUndefined();
    const [download] = stepsUsing(publish, 'actions/download-artifact');
    expect(download.with?.name).toBe('${{ needs.release.outputs.artifact-name }}');
    expect(step.with?.['artifact-dir']).toBe(download.with?.path);
    const dispatch = (manual.on as Record<string, { inputs: Record<string, { type: string; options?: string[] }> }>).workflow_dispatch;
    expect(dispatch.inputs.bump.type).toBe('choice');
    expect(dispatch.inputs.bump.options).toEqual(expect.arrayContaining(['patch', 'minor', 'major']));
  });

  test('release-tag: gate + publish on a v* tag, version from the tag, the token shape', () => {
    const tag = wf(TAG);
    expect(tag.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+*', '[0-9]+.[0-9]+.[0-9]+*'] } });
    const { release } = tag.jobs;
    expect(release.with).toEqual(expect.objectContaining({ 'from-tag': true }));
    expect(release.with?.publish).not.toBe(false);
    expect(release.secrets).toEqual({ 'registry-token': '${{ secrets.PYPI_TOKEN }}' });
    // from-tag skips prepare, and the gating jobs then run without its context (the gate derives it from the tag).
    const reusable = wf(RELEASE).jobs;
    expect(String(reusable.prepare.if)).toContain('!inputs.from-tag');
    for (const j of ['gate', 'build', 'decide']) expect(String(reusable[j].if)).toMatch(/!cancelled\(\).*inputs\.from-tag \|\|/);
  });
});

describe('release.yml serves both ecosystems', () => {
  const wf = parse(readFileSync(join(ROOT, RELEASE), 'utf8')) as Workflow;
  const steps = Object.values(wf.jobs).flatMap((j) => (j as Job).steps ?? []) as Step[];

  test('every setup-python step runs only for python, every setup-node step only for npm', () => {
    const py = steps.filter((s) => String(s.uses ?? '').startsWith('actions/setup-python@'));
    const node = steps.filter((s) => String(s.uses ?? '').startsWith('actions/setup-node@'));
    expect(py.length).toBeGreaterThan(0);
    expect(node.length).toBe(py.length);
    for (const s of py) expect(String(s.if)).toContain("inputs.ecosystem == 'python'");
    for (const s of node) expect(String(s.if)).toContain("inputs.ecosystem == 'npm'");
  });

  test('npm: the gate installs with the package\'s own manager unless setup-command is given; pnpm/yarn are put on PATH first', () => {
    for (const id of ['gate', 'build']) {
      const job = wf.jobs[id] as Job;
      const names = (job.steps ?? []).map((s) => s.name ?? s.uses ?? s.id);
      const pmStep = (job.steps ?? []).find((s) => s.name === 'Put the package manager on PATH (pnpm, yarn)') as Step;
      const setup = (job.steps ?? []).find((s) => s.name === 'Install the test tools') as Step;
      expect(String(pmStep.if)).toContain("inputs.ecosystem == 'npm'");
      expect(String(pmStep.run)).toContain('packageManager');
      // The explicit setup-command only; Python's default setup is a step of its own (tests/workflows/python-setup.test.ts).
      expect(String(setup.if)).toBe("${{ inputs.setup-command != '' }}");
      const pySetup = (job.steps ?? []).find((s) => s.name === 'Install the project and its test dependencies');
      if (id === 'gate') expect(String(pySetup?.if)).toBe("${{ inputs.setup-command == '' && inputs.ecosystem == 'python' }}");
      expect(String((setup.env as Record<string, string>).SETUP_COMMAND)).not.toContain('npm ci');
      const [gate] = stepsUsing(job, 'actions/quality-gate');
      expect(gate.with?.['install-dependencies']).toBe("${{ inputs.ecosystem == 'npm' && inputs.setup-command == '' }}");
      expect(names.indexOf('Put the package manager on PATH (pnpm, yarn)')).toBeLessThan(names.findIndex((n) => String(n).includes('quality-gate')));
    }
  });

  test('the npm callers release with ecosystem npm and the NPM_TOKEN secret as registry-token', () => {
    for (const file of ['examples/workflows/release-npm.yml', 'examples/workflows/release-npm-workspace.yml']) {
      const { release } = (parse(readFileSync(join(ROOT, file), 'utf8')) as Workflow).jobs;
      expect(release.uses).toBe('release-relay/release-relay/.github/workflows/release.yml@v1');
      expect(release.with).toEqual(expect.objectContaining({ ecosystem: 'npm', environment: 'npm' }));
      expect(release.secrets).toEqual({ 'registry-token': '${{ secrets.NPM_TOKEN }}' });
    }
    const workspace = (parse(readFileSync(join(ROOT, 'examples/workflows/release-npm-workspace.yml'), 'utf8')) as Workflow).jobs.release;
    expect(workspace.with).toEqual(expect.objectContaining({ 'package-dir': '${{ inputs.package }}', 'tag-template': '{name}@{version}' }));
  });

  test('prepare and every gate get the ecosystem input; registries default to the ecosystem\'s own', () => {
    const ours = steps.filter((s) => /actions\/(prepare-release|quality-gate)@/.test(String(s.uses ?? '')));
    expect(ours.length).toBe(3);
    for (const s of ours) expect((s.with as Record<string, string>).ecosystem).toBe('${{ inputs.ecosystem }}');
    const inputs = (wf.on as { workflow_call: { inputs: Record<string, { default?: unknown }> } }).workflow_call.inputs;
    expect(inputs.registries.default).toBe('');
    expect(inputs.ecosystem.default).toBe('python');
  });
});

describe('release-pr: the release PR flow', () => {
  const w = () => wf(PR_MODE);
  test('push opens the PR with a GitHub App token (checkout and prepare), so PR workflows start', () => {
    const job = w().jobs['release-pr'];
    expect(job.if).toContain("github.event_name == 'push'");
    const [app] = stepsUsing(job, 'actions/create-github-app-token');
    expect(app.id).toBe('app-token');
    const [checkout] = stepsUsing(job, 'actions/checkout');
    expect(checkout.with?.token).toBe('${{ steps.app-token.outputs.token }}');
    const [prepare] = stepsUsing(job, 'prepare-release');
    expect(prepare.with).toMatchObject({ 'release-mode': 'pr', 'github-token': '${{ steps.app-token.outputs.token }}' });
  });

  test('the gate runs on the PR head with pull-request, reports a check run and uploads the approved files', () => {
    const job = w().jobs['gate-pr'];
    expect(job.if).toContain("github.event_name == 'pull_request'");
    expect(stepsUsing(job, 'actions/checkout')[0].with?.ref).toBe('${{ github.event.pull_request.head.sha }}');
    const [gate] = stepsUsing(job, 'quality-gate');
    expect(gate.with?.['pull-request']).toBe('${{ github.event.pull_request.number }}');
    expect(levels(job.permissions)).toMatchObject({ checks: 'write', 'pull-requests': 'write' });
    const [upload] = stepsUsing(job, 'actions/upload-artifact');
    expect(upload.with).toMatchObject({ name: '${{ steps.gate.outputs.artifact-name }}', path: '${{ steps.gate.outputs.artifact-dir }}' });
  });

  test('publish runs only for a merged release, gates only when needed, and publishes in this file', () => {
    const job = w().jobs.publish;
    expect(needsOf(job)).toEqual(['release-pr']);
    expect(job.if).toContain("needs.release-pr.outputs.merged-release == 'true'");
    const [merged, gate] = [stepsUsing(job, 'prepare-release')[0], stepsUsing(job, 'quality-gate')[0]];
    expect(merged.with?.['release-mode']).toBe('pr');
    expect(gate.if).toContain("steps.merged.outputs.needs-gate == 'true'");
    const [publish] = stepsUsing(job, 'publish-and-verify');
    expect(publish.with?.context).toBe('${{ steps.gate.outputs.context || steps.merged.outputs.context }}');
    expect(publish.with?.['artifact-dir']).toBe('${{ steps.gate.outputs.artifact-dir || steps.merged.outputs.merged-artifact-dir }}');
    expect(levels(job.permissions)).toMatchObject({ actions: 'read', 'id-token': 'write' });
  });
});

describe('release.yml runs: the job graph as the runner walks it (GitHub expression engine)', () => {
  const release = wf(RELEASE);
  const VERSION = '0.2.0';
  const PREPARED = JSON.stringify({ schema: 1, id: 'prepared' });
  const APPROVED_BY_PR = JSON.stringify({ schema: 1, id: 'approved-by-the-pr-gate' });
  const BUILT = JSON.stringify({ schema: 1, id: 'approved-by-build' });

  /** What prepare-release outputs on this push, and what the gates and uploads answer. */
  function run(inputs: Record<string, string | boolean>, prepareOutputs: Record<string, string>) {
    return simulate(release, {
      inputs: { 'python-versions': '["3.12", "3.13"]', os: '["ubuntu-24.04", "macos-14"]', 'release-mode': 'direct', 'from-tag': false, 'dry-run': false, publish: true, ecosystem: 'python', ...inputs },
      execute: ['decide'],
      outputsOf: (job, step) => {
        if (step.uses?.includes('/actions/prepare-release@')) return prepareOutputs;
        if (step.uses?.includes('/actions/quality-gate@') && job === 'build') return { approved: 'true', context: BUILT, 'artifact-name': `release-${VERSION}`, 'artifact-dir': '/tmp/runner/release' };
        if (step.uses?.includes('/actions/quality-gate@')) return { approved: 'true' };
        if (step.uses?.startsWith('actions/upload-artifact@')) return { 'artifact-id': '42', 'artifact-digest': 'ab'.repeat(32) };
        return undefined;
      },
    });
  }
  const ran = (r: ReturnType<typeof run>) => Object.entries(r.jobs).filter(([, j]) => j.result !== 'skipped').map(([id]) => id);
  const ranStep = (r: ReturnType<typeof run>, job: string, action: string) => r.jobs[job].steps.filter((s) => s.ran && s.step.uses?.includes(`${action}@`));
  const merged = { released: 'true', version: VERSION, 'commit-sha': 'm'.repeat(40), 'merged-release': 'true' };

  test('pr mode, merged tree == gated head: gate legs and build are skipped; prepare hands on the PR gate\'s bytes and publish publishes them', () => {
    const r = run({ 'release-mode': 'pr' }, { ...merged, 'needs-gate': 'false', context: APPROVED_BY_PR, 'merged-artifact-dir': '/tmp/runner/approved' });
    expect(ran(r)).toEqual(['prepare', 'decide', 'publish']);
    expect(r.jobs.gate.result).toBe('skipped');
    expect(r.jobs.build.result).toBe('skipped');
    // prepare downloaded the approved artifact (merged-artifact-dir) and uploads exactly that folder as this run's release artifact.
    const [prep] = ranStep(r, 'prepare', 'actions/prepare-release');
    expect(prep.with['merged-artifact-dir']).toBe('/tmp/runner/approved');
    const [upload] = ranStep(r, 'prepare', 'actions/upload-artifact');
    expect(upload.with).toMatchObject({ name: `release-${VERSION}`, path: '/tmp/runner/approved', 'if-no-files-found': 'error' });
    expect(r.jobs.prepare.outputs).toMatchObject({ 'reuse-approved': 'true', 'artifact-name': `release-${VERSION}` });
    // decide's own script approves on the PR gate's verdict.
    expect(r.jobs.decide.outputs).toEqual({ approved: 'true', version: VERSION });
    const [download] = ranStep(r, 'publish', 'actions/download-artifact');
    const [publish] = ranStep(r, 'publish', 'actions/publish-and-verify');
    expect(download.with.name).toBe(`release-${VERSION}`);
    expect(publish.with).toMatchObject({ context: APPROVED_BY_PR, 'artifact-dir': download.with.path });
    // The tag goes on the merge commit on the default branch.
    expect(ranStep(r, 'publish', 'actions/checkout')[0].with.ref).toBe(merged['commit-sha']);
    expect(r.outputs).toMatchObject({ approved: 'true', version: VERSION, 'artifact-name': `release-${VERSION}`, context: APPROVED_BY_PR, released: 'true' });
  });

  test('pr mode, merged tree differs (or no approved artifact): the merge commit is gated once, and publish takes build\'s bytes', () => {
    const r = run({ 'release-mode': 'pr' }, { ...merged, 'needs-gate': 'true', context: PREPARED, 'merged-artifact-dir': '' });
    expect(ran(r)).toEqual(['prepare', 'gate', 'build', 'decide', 'publish']);
    expect(ranStep(r, 'prepare', 'actions/upload-artifact')).toEqual([]);
    expect(r.jobs.prepare.outputs).toMatchObject({ 'reuse-approved': 'false', 'artifact-name': '' });
    expect(ranStep(r, 'gate', 'actions/checkout')[0].with.ref).toBe(merged['commit-sha']);
    expect(ranStep(r, 'build', 'actions/quality-gate')[0].with.context).toBe(PREPARED);
    expect(ranStep(r, 'publish', 'actions/download-artifact')[0].with.name).toBe(`release-${VERSION}`);
    expect(ranStep(r, 'publish', 'actions/publish-and-verify')[0].with.context).toBe(BUILT);
    expect(r.outputs).toMatchObject({ approved: 'true', context: BUILT });
  });

  test('pr mode, an ordinary push (the release PR opened or updated): nothing after prepare runs', () => {
    const r = run({ 'release-mode': 'pr' }, { released: 'true', version: VERSION, 'merged-release': 'false', 'needs-gate': 'false', context: PREPARED });
    expect(ran(r)).toEqual(['prepare']);
    expect(ranStep(r, 'prepare', 'actions/upload-artifact')).toEqual([]);
    expect(r.outputs).toMatchObject({ approved: 'false', released: 'false', context: '', 'artifact-name': '' });
  });

  test('direct mode: every job runs once; build runs on the first Python and OS and judges the first leg\'s evidence', () => {
    const r = run({}, { released: 'true', version: VERSION, 'commit-sha': 'c'.repeat(40), 'merged-release': 'false', 'needs-gate': 'false', context: PREPARED });
    expect(ran(r)).toEqual(['prepare', 'gate', 'build', 'decide', 'publish']);
    expect(ranStep(r, 'prepare', 'actions/upload-artifact')).toEqual([]);
    expect(ranStep(r, 'build', 'actions/setup-python')[0].with['python-version']).toBe('3.12');
    expect(template((release.jobs.build as Job & { 'runs-on': string })['runs-on'], { inputs: { os: '["ubuntu-24.04", "macos-14"]' } })).toBe('ubuntu-24.04');
    // The first leg writes and uploads its evidence; build reads it and runs no test command of its own.
    expect(ranStep(r, 'gate', 'actions/quality-gate')[0].with['evidence-dir']).toBe('/tmp/runner/gate-evidence');
    expect(ranStep(r, 'gate', 'actions/upload-artifact')[0].with.name).toBe('release-relay-gate-evidence');
    expect(ranStep(r, 'build', 'actions/quality-gate')[0].with['test-evidence']).toBe('/tmp/runner/gate-evidence');
    expect(ranStep(r, 'build', 'actions/quality-gate')[0].with['test-command']).toBeUndefined();
    expect(ranStep(r, 'publish', 'actions/publish-and-verify')[0].with.context).toBe(BUILT);
  });

  test('a rejected build stops the release even in pr mode (decide\'s script fails, publish is skipped)', () => {
    const r = simulate(release, {
      inputs: { 'python-versions': '["3.12"]', os: '["ubuntu-latest"]', 'release-mode': 'pr', 'from-tag': false, 'dry-run': false, publish: true, ecosystem: 'python' },
      execute: ['decide'],
      outputsOf: (job, step): Record<string, string> | undefined => (step.uses?.includes('/actions/prepare-release@') ? { ...merged, 'needs-gate': 'true', context: PREPARED } : step.uses?.includes('/actions/quality-gate@') && job === 'build' ? { approved: 'false' } : undefined),
    });
    expect(r.jobs.decide.result).toBe('failure');
    expect(r.jobs.decide.outputs.approved).toBe('false');
    expect(r.jobs.publish.result).toBe('skipped');
  });

  test('a dry run in pr mode runs prepare only and uploads nothing', () => {
    const r = run({ 'release-mode': 'pr', 'dry-run': true }, { released: 'true', version: VERSION, 'merged-release': 'true', 'needs-gate': 'false', context: PREPARED, 'merged-artifact-dir': '/tmp/x' });
    expect(ran(r)).toEqual(['prepare']);
    expect(ranStep(r, 'prepare', 'actions/upload-artifact')).toEqual([]);
  });
});
