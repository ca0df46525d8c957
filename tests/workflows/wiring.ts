/**
 * A static checker for this repository's workflows: the wiring between jobs (needs, outputs, step ids),
 * least-privilege permissions (also what a caller must grant a reusable workflow), SHA pinning, no
 * expressions inside `run:` scripts, concurrency, timeouts and the dry-run path. It reports problems as
 * strings so the tests can assert both "no problems" and "this mutation is caught".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Repository root (tests run from it). */
export const ROOT = process.cwd();

/** Our own actions and reusable workflow, referenced by owner path (forks replace the owner). */
export const OWN_PREFIX = 'release-relay/release-relay/';

/** A permission level; a missing scope is `none`. */
export type Level = 'none' | 'read' | 'write';
/** A job's or workflow's `permissions:` value. */
export type Permissions = 'read-all' | 'write-all' | Record<string, string>;

/** One step as written in YAML. */
export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: unknown;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

/** One job as written in YAML (a steps job or a reusable-workflow call). */
export interface Job {
  needs?: string | string[];
  if?: unknown;
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | 'inherit';
  permissions?: Permissions;
  outputs?: Record<string, string>;
  steps?: Step[];
  strategy?: { matrix?: unknown };
  environment?: unknown;
  'timeout-minutes'?: unknown;
}

/** The declared interface of a workflow_call / workflow_dispatch trigger. */
interface Trigger {
  inputs?: Record<string, { type?: string; default?: unknown }>;
  outputs?: Record<string, { value?: string }>;
  secrets?: Record<string, unknown>;
}

/** A workflow as written in YAML. */
export interface Workflow {
  on?: string | string[] | Record<string, Trigger | null>;
  permissions?: Permissions;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

/** Per-job upper bounds of permissions (scope → level). Jobs not listed may only read. */
export type Limits = Record<string, Record<string, Level>>;

/** Outputs of the third-party actions the workflows use (from their action.yml at the pinned versions). */
const THIRD_PARTY_OUTPUTS: Record<string, string[]> = {
  'actions/checkout': ['ref', 'commit'],
  'actions/setup-python': ['python-version', 'cache-hit', 'python-path'],
  'actions/setup-node': ['cache-hit', 'node-version'],
  'actions/upload-artifact': ['artifact-id', 'artifact-url', 'artifact-digest'],
  'actions/download-artifact': ['download-path'],
  'actions/create-github-app-token': ['token', 'installation-id', 'app-slug'],
};

/** Third-party actions that write nothing outside the runner. */
const READ_ONLY_ACTIONS = new Set(['actions/checkout', 'actions/setup-python', 'actions/setup-node', 'actions/download-artifact']);

const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 };
const SCOPES = ['actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues', 'packages', 'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses'];

/** Reads and parses a YAML file below the repository root. */
export function readYaml<T>(path: string): T {
  return parse(readFileSync(join(ROOT, path), 'utf8')) as T;
}

/** Scope → level, expanding read-all / write-all. */
export function levels(p: Permissions | undefined): Record<string, Level> {
  if (p === undefined) return {};
  if (p === 'read-all' || p === 'write-all') return Object.fromEntries(SCOPES.map((s) => [s, p === 'read-all' ? 'read' : 'write']));
  return Object.fromEntries(Object.entries(p).map(([s, l]) => [s, l as Level]));
}

/** The scopes where `granted` exceeds `limit`, as "scope: level > allowed". */
export function wider(granted: Record<string, Level>, limit: Record<string, Level>): string[] {
  return Object.entries(granted)
    .filter(([s, l]) => RANK[l] > RANK[limit[s] ?? 'none'])
    .map(([s, l]) => `${s}: ${l} > ${limit[s] ?? 'none'}`);
}

/** The list form of `needs`. */
export function needsOf(job: Job): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}

/** Every string inside a value (recursively). */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

/** The bodies of every `${{ … }}` in a value; a bare `if:` counts as one expression. */
export function expressions(v: unknown, isIf = false): string[] {
  const out: string[] = [];
  for (const s of strings(v)) {
    const found = [...s.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]);
    out.push(...(found.length || !isIf ? found : [s]));
  }
  return out;
}

/** `owner/repo` of a `uses:` reference without path and ref. */
function actionRepo(uses: string): string {
  return uses.split('@')[0].split('/').slice(0, 2).join('/');
}

/** The local action.yml path of one of our actions (`release-relay/release-relay/actions/<stage>@v1`), else undefined. */
function ownActionFile(uses: string): string | undefined {
  if (!uses.startsWith(OWN_PREFIX)) return undefined;
  const path = uses.slice(OWN_PREFIX.length).split('@')[0];
  return path.startsWith('actions/') ? `${path}/action.yml` : undefined;
}

/** The local file of our reusable workflow (`release-relay/release-relay/.github/workflows/x.yml@v1` or `./.github/…`). */
export function ownWorkflowFile(uses: string): string | undefined {
  const path = uses.startsWith('./') ? uses.slice(2) : uses.startsWith(OWN_PREFIX) ? uses.slice(OWN_PREFIX.length).split('@')[0] : undefined;
  return path?.startsWith('.github/workflows/') ? path : undefined;
}

/** What an action declares: its input and output names, or undefined when unknown (a `run:` step). */
function actionInterface(uses: string | undefined): { inputs?: Set<string>; outputs?: Set<string> } | undefined {
  if (!uses) return undefined;
  const own = ownActionFile(uses);
  if (own) {
    const a = readYaml<{ inputs?: Record<string, unknown>; outputs?: Record<string, unknown> }>(own);
    return { inputs: new Set(Object.keys(a.inputs ?? {})), outputs: new Set(Object.keys(a.outputs ?? {})) };
  }
  const known = THIRD_PARTY_OUTPUTS[actionRepo(uses)];
  return known ? { outputs: new Set(known) } : undefined;
}

/** The triggers of a workflow as a map. */
function triggers(wf: Workflow): Record<string, Trigger> {
  const on = wf.on;
  if (typeof on === 'string') return { [on]: {} };
  if (Array.isArray(on)) return Object.fromEntries(on.map((e) => [e, {}]));
  return Object.fromEntries(Object.entries(on ?? {}).map(([k, v]) => [k, v ?? {}]));
}

/** Drops every parenthesised group, so what remains are the top-level operators of an expression. */
function topLevel(expr: string): string {
  let s = expr;
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/\([^()]*\)/g, '');
  }
  return s;
}

/** True when `!inputs.dry-run` is a top-level conjunct of the job's (or step's) `if`. */
export function skipsOnDryRun(job: Pick<Job, 'if'>): boolean {
  const cond = typeof job.if === 'string' ? job.if.replace(/^\s*\$\{\{|\}\}\s*$/g, '') : '';
  const top = topLevel(cond);
  return /!\s*inputs\.dry-run\b/.test(top) && !top.includes('||');
}

/** Options for one file. */
export interface CheckOptions {
  /** Per-job permission bounds. */
  limits: Limits;
}

/** Checks one workflow file's text; returns the problems found (empty when the wiring is sound). */
export function checkWorkflow(file: string, text: string, options: CheckOptions): string[] {
  const problems: string[] = [];
  const report = (where: string, what: string) => problems.push(`${file}: ${where}: ${what}`);
  const wf = parse(text) as Workflow;
  const trig = triggers(wf);
  const call = trig.workflow_call;
  const declaredInputs = new Set([...Object.keys(call?.inputs ?? {}), ...Object.keys(trig.workflow_dispatch?.inputs ?? {})]);
  const hasDryRun = declaredInputs.has('dry-run');
  const jobs = wf.jobs ?? {};

  // Triggers, top-level permissions, concurrency.
  if ('pull_request_target' in trig) report('on', 'pull_request_target runs untrusted code with a write token');
  const top = levels(wf.permissions);
  if (wf.permissions === undefined) report('permissions', 'no top-level permissions (the repository default may be write-all)');
  else if (Object.values(top).some((l) => l === 'write')) report('permissions', `top-level permissions grant write (${JSON.stringify(wf.permissions)}); grant writes per job`);
  if (wf.concurrency === undefined && !Object.values(jobs).every((j) => j.uses === undefined && 'concurrency' in j)) report('concurrency', 'not set');

  // Pinning: every `uses:` line, with its comment (the parsed YAML drops comments).
  for (const [n, line] of text.split('\n').entries()) {
    const m = /^\s*(?:-\s+)?uses:\s*['"]?([^\s'"#]+)['"]?\s*(#.*)?$/.exec(line);
    if (!m) continue;
    const [, uses, comment] = m;
    if (uses.startsWith('./') || uses.startsWith(OWN_PREFIX) || uses.startsWith('docker://')) continue;
    if (!/@[0-9a-f]{40}$/.test(uses)) report(`line ${n + 1}`, `${uses} is not pinned by a full commit SHA`);
    else if (!/^#\s*v\d/.test(comment ?? '')) report(`line ${n + 1}`, `${uses} has no "# vX" version comment`);
  }

  // Workflow outputs → jobs.X.outputs.Y.
  for (const [name, out] of Object.entries(call?.outputs ?? {})) {
    for (const e of expressions(out.value)) {
      for (const m of e.matchAll(/\bjobs\.([\w-]+)\.(?:outputs\.([\w-]+)|(result))/g)) {
        const [, j, o] = m;
        if (!jobs[j]) report(`outputs.${name}`, `job "${j}" does not exist`);
        else if (o && !(o in (jobs[j].outputs ?? {}))) report(`outputs.${name}`, `job "${j}" has no output "${o}"`);
      }
    }
  }

  for (const [id, job] of Object.entries(jobs)) {
    const where = `jobs.${id}`;
    const needs = needsOf(job);
    for (const n of needs) if (!jobs[n]) report(where, `needs "${n}", which does not exist`);

    // Every needs.X.outputs.Y / needs.X.result anywhere in the job: X is a direct need and declares Y.
    const jobExprs = [...expressions(job.if, true), ...expressions({ ...job, if: undefined })];
    for (const e of jobExprs) {
      for (const m of e.matchAll(/\bneeds\.([\w-]+)\.(?:outputs\.([\w-]+)|(result))/g)) {
        const [, x, y] = m;
        if (!needs.includes(x)) {
          report(where, `uses needs.${x} but does not need "${x}"`);
          continue;
        }
        if (!y || !jobs[x]) continue;
        const produced = jobOutputs(jobs[x]);
        if (!produced.has(y)) report(where, `uses needs.${x}.outputs.${y}, which job "${x}" does not produce`);
      }
      for (const m of e.matchAll(/\binputs\.([\w-]+)/g)) {
        if (!declaredInputs.has(m[1])) report(where, `uses inputs.${m[1]}, which the workflow does not declare`);
      }
      if (call) {
        for (const m of e.matchAll(/\bsecrets\.([\w-]+)/g)) {
          if (m[1] !== 'GITHUB_TOKEN' && !(m[1] in (call.secrets ?? {}))) report(where, `uses secrets.${m[1]}, which the workflow does not declare`);
        }
      }
    }

    // Permissions: present, within the bounds; a call to our reusable workflow grants what its jobs ask.
    if (job.permissions === undefined) report(where, 'no permissions');
    const granted = levels(job.permissions ?? wf.permissions);
    const limit = options.limits[id] ?? Object.fromEntries(SCOPES.map((s) => [s, 'read' as Level]));
    for (const w of wider(granted, limit)) report(where, `permissions wider than allowed (${w})`);

    if (job.uses !== undefined) {
      checkCall(id, job, granted, report);
    } else {
      if (job['timeout-minutes'] === undefined) report(where, 'no timeout-minutes');
      checkSteps(id, job, report);
    }

    // issues: write only where a quality-gate step opens the rejection issue, and there always.
    const opensIssue = (job.steps ?? []).some((s) => s.uses?.includes('/actions/quality-gate@') && String(s.with?.['open-issue'] ?? 'true') !== 'false');
    if (granted.issues === 'write' && job.uses === undefined && !opensIssue) report(where, 'has issues: write but opens no issue');
    if (opensIssue && granted.issues !== 'write') report(where, 'opens the rejection issue without issues: write');

    // Dry run: a job that can write is skipped on a dry run, or every writing step runs with dry-run.
    const writes = Object.values(granted).includes('write');
    if (hasDryRun && writes && !skipsOnDryRun(job)) {
      if (job.uses !== undefined) {
        if (String(job.with?.['dry-run'] ?? '').replace(/\s/g, '') !== '${{inputs.dry-run}}') report(where, 'can write but neither skips on dry-run nor passes dry-run to the called workflow');
      } else {
        for (const [i, s] of (job.steps ?? []).entries()) {
          if (s.uses && READ_ONLY_ACTIONS.has(actionRepo(s.uses))) continue;
          // A step that itself skips on a dry run.
          if (skipsOnDryRun(s)) continue;
          const wired = s.uses !== undefined && ownActionFile(s.uses) !== undefined && String(s.with?.['dry-run'] ?? '').replace(/\s/g, '') === '${{inputs.dry-run}}';
          if (!wired) report(`${where}.steps[${i}]${s.id ? ` (${s.id})` : ''}`, 'may write on a dry run: the job does not skip on !inputs.dry-run and the step gets no dry-run: ${{ inputs.dry-run }}');
        }
      }
    }
  }
  return problems;
}

/** The outputs a job produces: its `outputs:`, or for a reusable-workflow call the called workflow's outputs. */
function jobOutputs(job: Job): Set<string> {
  if (job.uses !== undefined) {
    const file = ownWorkflowFile(job.uses);
    if (!file || !existsSync(join(ROOT, file))) return new Set();
    const called = readYaml<Workflow>(file);
    return new Set(Object.keys(triggers(called).workflow_call?.outputs ?? {}));
  }
  return new Set(Object.keys(job.outputs ?? {}));
}

/** Steps: no expression in run scripts; step ids resolve; step outputs exist; inputs of our actions exist. */
function checkSteps(id: string, job: Job, report: (where: string, what: string) => void): void {
  const steps = job.steps ?? [];
  const byId = new Map<string, { index: number; step: Step }>();
  steps.forEach((step, index) => {
    if (step.id) byId.set(step.id, { index, step });
  });
  const checkRef = (where: string, e: string, before: number) => {
    for (const m of e.matchAll(/\bsteps\.([\w-]+)\.(?:outputs\.([\w-]+)|outcome|conclusion)/g)) {
      const [, sid, out] = m;
      const target = byId.get(sid);
      if (!target) {
        report(where, `uses steps.${sid}, which is not a step id of job "${id}"`);
        continue;
      }
      if (target.index >= before) report(where, `uses steps.${sid} before that step runs`);
      const iface = actionInterface(target.step.uses);
      if (out && iface?.outputs && !iface.outputs.has(out)) report(where, `uses steps.${sid}.outputs.${out}, which ${target.step.uses} does not declare`);
    }
  };
  for (const [name, value] of Object.entries(job.outputs ?? {})) {
    const ex = expressions(value);
    if (!ex.some((e) => /\bsteps\.[\w-]+\.outputs\./.test(e))) report(`jobs.${id}.outputs.${name}`, 'does not come from a step output');
    for (const e of ex) checkRef(`jobs.${id}.outputs.${name}`, e, steps.length);
  }
  steps.forEach((step, i) => {
    const where = `jobs.${id}.steps[${i}]${step.id ? ` (${step.id})` : ''}`;
    if (step.run !== undefined && step.run.includes('${{')) report(where, 'has ${{ }} inside run: (pass it through env:)');
    for (const e of [...expressions(step.if, true), ...expressions(step.with), ...expressions(step.env)]) checkRef(where, e, i);
    const iface = actionInterface(step.uses);
    if (iface?.inputs) {
      for (const k of Object.keys(step.with ?? {})) if (!iface.inputs.has(k)) report(where, `passes "${k}", which ${step.uses} does not declare`);
    }
  });
}

/** A job that calls our reusable workflow: with/secrets declared there; grants cover the called jobs. */
function checkCall(id: string, job: Job, granted: Record<string, Level>, report: (where: string, what: string) => void): void {
  const file = ownWorkflowFile(job.uses as string);
  if (!file) return;
  const called = readYaml<Workflow>(file);
  const call = triggers(called).workflow_call;
  if (!call) {
    report(`jobs.${id}`, `${file} has no workflow_call trigger`);
    return;
  }
  for (const k of Object.keys(job.with ?? {})) if (!(k in (call.inputs ?? {}))) report(`jobs.${id}.with`, `"${k}" is not an input of ${file}`);
  if (job.secrets !== 'inherit') for (const k of Object.keys(job.secrets ?? {})) if (!(k in (call.secrets ?? {}))) report(`jobs.${id}.secrets`, `"${k}" is not a secret of ${file}`);
  // GitHub refuses the whole run when a nested job asks for more than the calling job grants (even a skipped one).
  for (const [nid, nested] of Object.entries(called.jobs)) {
    const asked = levels(nested.permissions ?? called.permissions);
    for (const w of wider(asked, granted)) report(`jobs.${id}.permissions`, `the called job "${nid}" asks for more than granted (${w})`);
  }
}
