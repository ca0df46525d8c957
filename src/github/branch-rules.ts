import { githubFailure, httpStatus, type GitHubClient } from './client.js';

/** One rule that would refuse a direct push of the release commit. */
export interface PushBlocker {
  /** `ruleset` (repository rules) or `protection` (classic branch protection). */
  source: 'ruleset' | 'protection';
  /** The rule, as GitHub names it (`pull_request`, `required_status_checks`, …). */
  rule: string;
}

/** What is known about the branch: the blockers, and whether classic protection could be read. */
export interface BranchRulesReport {
  blockers: PushBlocker[];
  /** False when the token may not read classic protection (it needs admin); rulesets were still read. */
  protectionReadable: boolean;
}

/**
 * Ruleset rules that refuse a plain push to the branch. `required_signatures` only blocks commits made with
 * git (a commit created through the API is signed by GitHub). `non_fast_forward` and `required_linear_history`
 * never stop a fast-forward release commit.
 */
const BLOCKING_RULES = ['pull_request', 'required_status_checks', 'update', 'required_deployments', 'merge_queue', 'workflows', 'code_scanning'];

/**
 * Reads the rules that apply to `branch` (`GET /rules/branches/{branch}`) and its classic protection
 * (`GET /branches/{branch}/protection`, 404 = none, 403 = not readable with this token) and lists what would
 * refuse a push of the release commit. Rulesets the token may bypass are still listed: GitHub does not say.
 */
export async function readPushBlockers(gh: GitHubClient, opts: { owner: string; repo: string; branch: string; commitVia: 'git' | 'api' }): Promise<BranchRulesReport> {
  const blockers: PushBlocker[] = [];
  const signedOk = opts.commitVia === 'api';
  try {
    // Advisory reads: no retries (the push itself is the final word), so an unreachable API costs one request.
    const rules = await gh.paginate(gh.rest.repos.getBranchRules, { owner: opts.owner, repo: opts.repo, branch: opts.branch, per_page: 100, request: { retries: 0 } });
    for (const r of rules) {
      if (BLOCKING_RULES.includes(r.type) || (r.type === 'required_signatures' && !signedOk)) {
        if (!blockers.some((b) => b.rule === r.type)) blockers.push({ source: 'ruleset', rule: r.type });
      }
    }
  } catch (err) {
    if (httpStatus(err) !== 404) throw githubFailure(`reading the rules of branch ${opts.branch}`, err);
  }
  let protectionReadable = true;
  try {
    const { data: p } = await gh.rest.repos.getBranchProtection({ owner: opts.owner, repo: opts.repo, branch: opts.branch, request: { retries: 0 } });
    if (p.required_pull_request_reviews) blockers.push({ source: 'protection', rule: 'required_pull_request_reviews' });
    if (p.required_status_checks && ((p.required_status_checks.contexts ?? []).length > 0 || (p.required_status_checks.checks ?? []).length > 0)) {
      blockers.push({ source: 'protection', rule: 'required_status_checks' });
    }
    if (p.restrictions) blockers.push({ source: 'protection', rule: 'restrictions' });
    if (p.lock_branch?.enabled) blockers.push({ source: 'protection', rule: 'lock_branch' });
    if (p.required_signatures?.enabled && !signedOk) blockers.push({ source: 'protection', rule: 'required_signatures' });
  } catch (err) {
    const status = httpStatus(err);
    if (status === 403) protectionReadable = false;
    else if (status !== 404) throw githubFailure(`reading the protection of branch ${opts.branch}`, err);
  }
  return { blockers, protectionReadable };
}
