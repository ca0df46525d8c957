import { githubFailure, type GitHubClient } from './client.js';

/** The check run the gate reports on a commit (a candidate for a required check). */
export interface GateCheckRun {
  id: number;
  url: string;
}

/** Starts an in-progress check run named `name` on `sha`. */
export async function startCheckRun(gh: GitHubClient, opts: { owner: string; repo: string; sha: string; name: string; title: string; detailsUrl?: string }): Promise<GateCheckRun> {
  try {
    const { data } = await gh.rest.checks.create({
      owner: opts.owner, repo: opts.repo, head_sha: opts.sha, name: opts.name, status: 'in_progress',
      ...(opts.detailsUrl ? { details_url: opts.detailsUrl } : {}),
      output: { title: opts.title, summary: 'The release-relay quality gate is running.' },
    });
    return { id: data.id, url: data.html_url ?? '' };
  } catch (err) {
    throw githubFailure(`creating check run "${opts.name}"`, err);
  }
}

/** Completes a check run with the gate's verdict. */
export async function completeCheckRun(gh: GitHubClient, opts: { owner: string; repo: string; id: number; success: boolean; title: string; summary: string }): Promise<void> {
  try {
    await gh.rest.checks.update({
      owner: opts.owner, repo: opts.repo, check_run_id: opts.id, status: 'completed', conclusion: opts.success ? 'success' : 'failure',
      output: { title: opts.title, summary: opts.summary.slice(0, 65_000) },
    });
  } catch (err) {
    throw githubFailure('completing the gate check run', err);
  }
}
