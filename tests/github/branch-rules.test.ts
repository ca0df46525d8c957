import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../../src/core/exec.js';
import { createGitHubClient } from '../../src/actions/common/github-client.js';
import { readPushBlockers } from '../../src/github/branch-rules.js';
import { startGitHubApi, type GitHubApiFixture } from '../fixtures/github-api/server.js';

let server: GitHubApiFixture | undefined;
let dir: string | undefined;
afterEach(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function start() {
  dir = mkdtempSync(join(tmpdir(), 'relay-rules-'));
  await exec('git', ['init', '--quiet', '--bare', '--initial-branch=main', dir]);
  server = await startGitHubApi({ owner: 'o', repo: 'r', gitDir: dir });
  const gh = createGitHubClient({ token: 'ghs_rules', baseUrl: server.url, retries: 0 });
  return { server, read: (commitVia: 'git' | 'api' = 'git') => readPushBlockers(gh, { owner: 'o', repo: 'r', branch: 'main', commitVia }) };
}

const rule = (type: string, parameters?: Record<string, unknown>) => ({ type, ...(parameters ? { parameters } : {}), ruleset_source_type: 'Repository' as const, ruleset_source: 'o/r', ruleset_id: 7 });

describe('readPushBlockers', () => {
  test('no rules and no protection (404): nothing blocks', async () => {
    const { read, server: s } = await start();
    expect(await read()).toEqual({ blockers: [], protectionReadable: true });
    expect(s.violations).toEqual([]);
  });

  test('rulesets: pull_request and required checks block; linear history and non-fast-forward do not', async () => {
    const { read, server: s } = await start();
    s.setBranchRules('main', [
      rule('required_linear_history'),
      rule('non_fast_forward'),
      rule('required_status_checks', { strict_required_status_checks_policy: false, required_status_checks: [{ context: 'ci' }] }),
      rule('pull_request', { required_approving_review_count: 1, dismiss_stale_reviews_on_push: false, require_code_owner_review: false, require_last_push_approval: false, required_review_thread_resolution: false }),
    ] as never);
    expect((await read()).blockers).toEqual([{ source: 'ruleset', rule: 'required_status_checks' }, { source: 'ruleset', rule: 'pull_request' }]);
    expect(s.violations).toEqual([]);
  });

  test('required signatures block git commits only; API commits are signed by GitHub', async () => {
    const { read, server: s } = await start();
    s.setBranchRules('main', [rule('required_signatures')] as never);
    expect((await read('git')).blockers).toEqual([{ source: 'ruleset', rule: 'required_signatures' }]);
    expect((await read('api')).blockers).toEqual([]);
  });

  test('classic protection: reviews, restrictions and a lock block', async () => {
    const { read, server: s } = await start();
    const base = `${s.url}/repos/o/r/branches/main/protection`;
    s.setBranchProtection('main', {
      url: base,
      required_pull_request_reviews: { url: `${base}/required_pull_request_reviews`, required_approving_review_count: 1, dismiss_stale_reviews: false, require_code_owner_reviews: false },
      lock_branch: { enabled: true },
    } as never);
    expect((await read()).blockers).toEqual([{ source: 'protection', rule: 'required_pull_request_reviews' }, { source: 'protection', rule: 'lock_branch' }]);
    expect(s.violations).toEqual([]);
  });

  test('protection not readable with this token (403): rulesets still count, reported as unreadable', async () => {
    const { read, server: s } = await start();
    s.failNext({ match: '/protection', status: 403, times: 1 });
    s.setBranchRules('main', [rule('update')] as never);
    expect(await read()).toEqual({ blockers: [{ source: 'ruleset', rule: 'update' }], protectionReadable: false });
  });
});
