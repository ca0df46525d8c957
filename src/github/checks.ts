import { ReleaseError } from '../core/errors.js';
import type { CiCheck } from '../core/context.js';
import { pollUntil } from '../core/poll.js';
import { githubFailure, type GitHubClient } from './client.js';

/** What `waitForCi` watches and for how long. */
export interface WaitForCiOptions {
  owner: string;
  repo: string;
  /** The release commit. */
  sha: string;
  /** Check runs to ignore (the gate's own job: `job.check_run_id`). Defaults to none. */
  excludeCheckRunIds?: number[];
  /** Check-run names or status contexts to ignore. Defaults to none. */
  excludeNames?: string[];
  /** Give up (state `timeout`) after this long. */
  timeoutMs: number;
  /** First delay between polls; later delays grow ×1.5 up to `maxPollMs`. Defaults to 5000. */
  pollMs?: number;
  /** Longest delay between polls. Defaults to 30000. */
  maxPollMs?: number;
  /**
   * Consecutive identical all-complete observations required before answering, so a job that has not yet
   * created its check run is not missed. Defaults to 2.
   */
  stablePolls?: number;
  /** Waits between polls. Defaults to a real timer. */
  sleep?: (ms: number) => Promise<void>;
  /** Clock for the timeout. Defaults to Date.now. */
  now?: () => number;
}

/**
 * The CI verdict. `none` means GitHub reported no check runs and no statuses at all through the stable window:
 * the gate should treat it as a pass with a warning (a repository without CI must still be releasable), and say
 * so in the summary.
 */
export interface CiResult {
  state: 'success' | 'failure' | 'timeout' | 'none';
  checks: CiCheck[];
  /** Why the last poll saw nothing (GitHub did not answer: endpoint and time), when that is why it timed out. */
  error?: string;
}

/** Conclusions that count as passing. */
const PASSING = new Set(['success', 'neutral', 'skipped']);

/** Check-run statuses before completion (the `state` of a CiCheck for an unfinished run). */
const PENDING_RUN_STATES = new Set(['queued', 'in_progress', 'waiting', 'requested', 'pending']);

type Verdict = 'pending' | 'success' | 'failure';

/** Classifies one check: pending until complete; passing conclusions/states are success; all else failure. */
function verdictOf(check: CiCheck): Verdict {
  if (check.kind === 'status') return check.state === 'pending' ? 'pending' : check.state === 'success' ? 'success' : 'failure';
  return PASSING.has(check.state) ? 'success' : PENDING_RUN_STATES.has(check.state) ? 'pending' : 'failure';
}

/** Reads every check run (paginated) and the combined status of `sha` once. */
export async function readCiChecks(gh: GitHubClient, opts: Pick<WaitForCiOptions, 'owner' | 'repo' | 'sha' | 'excludeCheckRunIds' | 'excludeNames'>): Promise<CiCheck[]> {
  const excludedIds = new Set(opts.excludeCheckRunIds ?? []);
  const excludedNames = new Set(opts.excludeNames ?? []);
  let runs;
  let combined;
  try {
    runs = await gh.paginate(gh.rest.checks.listForRef, { owner: opts.owner, repo: opts.repo, ref: opts.sha, per_page: 100 });
    combined = await gh.rest.repos.getCombinedStatusForRef({ owner: opts.owner, repo: opts.repo, ref: opts.sha, per_page: 100 });
  } catch (err) {
    throw githubFailure(`reading CI checks of ${opts.sha}`, err);
  }
  const checks: CiCheck[] = [];
  for (const run of runs) {
    if (excludedIds.has(run.id) || excludedNames.has(run.name)) continue;
    const state = run.status === 'completed' ? (run.conclusion ?? 'completed') : run.status;
    checks.push({ name: run.name, kind: 'check_run', state, url: run.html_url ?? run.details_url ?? undefined });
  }
  // The combined status says `pending` when there are no statuses at all: only the statuses themselves count.
  for (const status of combined.data.statuses) {
    if (excludedNames.has(status.context)) continue;
    checks.push({ name: status.context, kind: 'status', state: status.state, url: status.target_url ?? undefined });
  }
  return checks.sort((a, b) => `${a.kind}:${a.name}`.localeCompare(`${b.kind}:${b.name}`));
}

/** What a poll that did not end the wait saw: the checks, whether all were green, why GitHub did not answer. */
type Observation = { checks: CiCheck[]; green: boolean; error?: string };

/**
 * Waits until the CI of `sha` is settled: a failing check answers `failure` at once (listed with its URL);
 * all checks passing for `stablePolls` identical observations answers `success` (or `none` when there are
 * none). The wait lasts until `timeoutMs` with a last poll at the deadline; an all-green observation there
 * is accepted even if not yet confirmed (the confirmation would have to pass the deadline). Otherwise
 * `timeout`, with what was seen last and, when GitHub did not answer, why (`error`). A poll GitHub does not
 * answer (timeout, 5xx after retries) is an observation like any other: the wait goes on.
 */
export async function waitForCi(gh: GitHubClient, opts: WaitForCiOptions): Promise<CiResult> {
  const stablePolls = Math.max(1, opts.stablePolls ?? 2);
  let lastFingerprint: string | undefined;
  let stableCount = 0;
  let seen: CiCheck[] = [];
  // A poll GitHub does not answer (timeout, 5xx after retries) is pending like any other: the wait goes on.
  const polled = await pollUntil<CiResult, Observation>(
    async () => {
      let checks: CiCheck[];
      try {
        checks = await readCiChecks(gh, opts);
      } catch (err) {
        if (!(err instanceof ReleaseError) || !err.transient) throw err;
        stableCount = 0;
        return { done: false, pending: { checks: seen, green: false, error: err.message } };
      }
      seen = checks;
      const verdicts = checks.map(verdictOf);
      if (verdicts.includes('failure')) return { done: true, value: { state: 'failure', checks } };
      if (verdicts.includes('pending')) {
        stableCount = 0;
        lastFingerprint = undefined;
        return { done: false, pending: { checks, green: false } };
      }
      const fingerprint = JSON.stringify(checks.map((c) => [c.kind, c.name, c.state]));
      stableCount = fingerprint === lastFingerprint ? stableCount + 1 : 1;
      lastFingerprint = fingerprint;
      if (stableCount >= stablePolls) return { done: true, value: { state: checks.length === 0 ? 'none' : 'success', checks } };
      return { done: false, pending: { checks, green: true } };
    },
    { intervalMs: opts.pollMs ?? 5000, factor: 1.5, maxIntervalMs: opts.maxPollMs ?? 30000, timeoutMs: opts.timeoutMs, sleep: opts.sleep ? (ms) => (opts.sleep as (ms: number) => Promise<void>)(ms) : undefined, now: opts.now },
  );
  if (polled.done) return polled.value;
  // At the deadline: an all-green last poll is accepted (its confirmation would have to pass the deadline).
  const last = polled.pending;
  if (last.green) return { state: last.checks.length === 0 ? 'none' : 'success', checks: last.checks };
  return last.error ? { state: 'timeout', checks: last.checks, error: last.error } : { state: 'timeout', checks: last.checks };
}

/** The failing checks of a result, one line each with their URL (for the rejection issue and summary). */
export function describeFailingChecks(checks: CiCheck[]): string[] {
  return checks.filter((c) => verdictOf(c) === 'failure').map((c) => `${c.name} (${c.kind === 'status' ? 'status' : 'check'}: ${c.state})${c.url ? ` ${c.url}` : ''}`);
}
