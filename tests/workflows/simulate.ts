/**
 * Walks one run of a workflow's job graph the way the runner decides it: job and step `if:` conditions,
 * job outputs, `with:`/`env:` values and the workflow's outputs are evaluated with GitHub's own expression
 * engine (@actions/expressions), jobs in `needs` order. What our actions would output is given by the test
 * (the scenario); `run:` steps of the jobs named in `execute` really run in bash with their evaluated `env:`
 * and a GITHUB_OUTPUT file, so their decisions are the script's, not the test's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';
import { needsOf, type Job, type Step, type Workflow } from './wiring.js';

/** What one step did in the simulated run. */
export interface StepRun {
  step: Step;
  ran: boolean;
  /** `with:` with every expression evaluated (only for steps that ran). */
  with: Record<string, string>;
  outputs: Record<string, string>;
}

/** What one job did. */
export interface JobRun {
  result: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  steps: StepRun[];
}

/** The scenario: the run's trigger, inputs and what each of our action steps outputs. */
export interface Scenario {
  inputs: Record<string, string | boolean>;
  github?: Record<string, string>;
  secrets?: Record<string, string>;
  /** Outputs of a step (by job id and step); undefined: the step outputs nothing. Throw-free. */
  outputsOf?: (job: string, step: Step, evaluatedWith: Record<string, string>) => Record<string, string> | undefined;
  /** Jobs whose `run:` steps really run (in bash). */
  execute?: string[];
}

const str = (s: string) => new data.StringData(s);

/** Plain JSON-ish value → expression data. */
function toData(v: unknown): data.ExpressionData {
  if (v === null || v === undefined) return new data.Null();
  if (typeof v === 'string') return str(v);
  if (typeof v === 'boolean') return new data.BooleanData(v);
  if (typeof v === 'number') return new data.NumberData(v);
  if (Array.isArray(v)) return new data.Array(...v.map(toData));
  return new data.Dictionary(...Object.entries(v as Record<string, unknown>).map(([key, value]) => ({ key, value: toData(value) })));
}

const CONTEXTS = ['github', 'inputs', 'needs', 'steps', 'matrix', 'runner', 'job', 'secrets', 'vars', 'env', 'jobs', 'strategy'];

/** Evaluates one expression body. */
function evaluate(expr: string, ctx: Record<string, unknown>, status: Record<string, boolean>): data.ExpressionData {
  const statusFns: FunctionDefinition[] = Object.entries(status).map(([name, value]) => ({ name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value) }));
  const tokens = new Lexer(expr).lex().tokens;
  const parsed = new Parser(tokens, CONTEXTS, statusFns).parse();
  return new Evaluator(parsed, toData(ctx) as data.Dictionary, new Map(statusFns.map((f) => [f.name.toLowerCase(), f]))).evaluate();
}

/** An `if:` (bare or `${{ }}`); absent means `success()`. */
function condition(value: unknown, ctx: Record<string, unknown>, status: Record<string, boolean>): boolean {
  if (value === undefined) return status.success;
  if (typeof value === 'boolean') return value;
  const text = String(value).trim();
  const m = /^\$\{\{([\s\S]*)\}\}$/.exec(text);
  const body = m ? m[1] : text;
  const hasStatus = /\b(success|failure|always|cancelled)\(\)/.test(body);
  // Without a status function GitHub adds `success() &&`.
  return (hasStatus || status.success) && truthy(evaluate(body, ctx, status));
}

/** A value with `${{ }}` parts: a lone expression keeps its type, embedded ones are coerced to strings. */
export function template(value: unknown, ctx: Record<string, unknown>, status: Record<string, boolean> = { success: true, failure: false, always: true, cancelled: false }): string {
  if (typeof value !== 'string') return value === undefined ? '' : String(value);
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => evaluate(e, ctx, status).coerceString());
}

/** Runs a bash script with env, returning the GITHUB_OUTPUT pairs and the exit code. */
function runBash(script: string, env: Record<string, string>): { outputs: Record<string, string>; code: number } {
  const dir = mkdtempSync(join(tmpdir(), 'wf-sim-'));
  try {
    const out = join(dir, 'output');
    writeFileSync(out, '');
    const r = spawnSync('bash', ['-e', '-c', script], { env: { PATH: process.env.PATH ?? '', ...env, GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: join(dir, 'summary') }, encoding: 'utf8' });
    const outputs = Object.fromEntries(readFileSync(out, 'utf8').split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    return { outputs, code: r.status ?? 1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Simulates one run; returns every job's run and the workflow_call outputs. */
export function simulate(wf: Workflow, scenario: Scenario): { jobs: Record<string, JobRun>; outputs: Record<string, string> } {
  const runs: Record<string, JobRun> = {};
  const pending = Object.keys(wf.jobs);
  const base = { github: { event_name: 'push', sha: 'f'.repeat(40), repository: 'o/r', ...scenario.github }, inputs: scenario.inputs, runner: { temp: '/tmp/runner' }, secrets: scenario.secrets ?? {}, vars: {}, job: { check_run_id: '1' } };
  while (pending.length) {
    const i = pending.findIndex((id) => needsOf(wf.jobs[id]).every((n) => runs[n]));
    if (i < 0) throw new Error(`needs cycle among ${pending.join(', ')}`);
    const [id] = pending.splice(i, 1);
    runs[id] = runJob(id, wf.jobs[id], runs, base, scenario);
  }
  const call = (wf.on as Record<string, { outputs?: Record<string, { value?: string }> }>).workflow_call;
  const jobsCtx = Object.fromEntries(Object.entries(runs).map(([id, r]) => [id, { result: r.result, outputs: r.outputs }]));
  const outputs = Object.fromEntries(Object.entries(call?.outputs ?? {}).map(([k, o]) => [k, template(o.value, { ...base, jobs: jobsCtx })]));
  return { jobs: runs, outputs };
}

function runJob(id: string, job: Job, runs: Record<string, JobRun>, base: Record<string, unknown>, scenario: Scenario): JobRun {
  const needs = needsOf(job);
  const needsCtx = Object.fromEntries(needs.map((n) => [n, { result: runs[n].result, outputs: runs[n].outputs }]));
  const jobStatus = { success: needs.every((n) => runs[n].result === 'success'), failure: needs.some((n) => runs[n].result === 'failure'), always: true, cancelled: false };
  // A matrix job is walked once, as its first leg.
  const matrix = job.strategy?.matrix ? Object.fromEntries(Object.entries(job.strategy.matrix as Record<string, string>).map(([k, v]) => [k, (JSON.parse(template(`\${{ toJSON(${String(v).replace(/^\$\{\{|\}\}$/g, '')}) }}`, { ...base, needs: needsCtx })) as unknown[])[0]])) : {};
  const ctx: Record<string, unknown> = { ...base, needs: needsCtx, matrix };
  if (!condition(job.if, ctx, jobStatus)) return { result: 'skipped', outputs: {}, steps: (job.steps ?? []).map((step) => ({ step, ran: false, with: {}, outputs: {} })) };
  const steps: StepRun[] = [];
  const stepsCtx: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {};
  let failed = false;
  for (const step of job.steps ?? []) {
    const sctx = { ...ctx, steps: stepsCtx };
    const stepStatus = { success: !failed, failure: failed, always: true, cancelled: false };
    if (!condition(step.if, sctx, stepStatus)) {
      steps.push({ step, ran: false, with: {}, outputs: {} });
      if (step.id) stepsCtx[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      continue;
    }
    const evaluatedWith = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, template(v, sctx)]));
    let outputs: Record<string, string> = scenario.outputsOf?.(id, step, evaluatedWith) ?? {};
    let ok = true;
    if (step.run !== undefined && scenario.execute?.includes(id)) {
      const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, template(v, sctx)]));
      const r = runBash(step.run, env);
      outputs = { ...outputs, ...r.outputs };
      ok = r.code === 0;
    }
    steps.push({ step, ran: true, with: evaluatedWith, outputs });
    if (step.id) stepsCtx[step.id] = { outputs, outcome: ok ? 'success' : 'failure', conclusion: ok ? 'success' : 'failure' };
    if (!ok) failed = true;
  }
  const outputs = Object.fromEntries(Object.entries(job.outputs ?? {}).map(([k, v]) => [k, template(v, { ...ctx, steps: stepsCtx })]));
  return { result: failed ? 'failure' : 'success', outputs, steps };
}
