import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { loadOpenApiSubset, OpenApiValidator } from '../fixtures/github-api/openapi-validate.js';
import { sha, startTestbed, type GitHubTestbed } from '../helpers/github.js';

let tb: GitHubTestbed;
beforeEach(async () => {
  tb = await startTestbed({ retries: 0 });
});
afterEach(async () => {
  await tb.server.close();
});

/** Octokit's request without its route typings, to send what the typings would (rightly) refuse. */
const untyped = (route: string, params: Record<string, unknown>): Promise<unknown> =>
  (tb.gh.request as unknown as (r: string, p: Record<string, unknown>) => Promise<unknown>)(route, params);

describe('the fixture validates against GitHub OpenAPI', () => {
  test('the subset records where it came from', () => {
    expect(tb.server.openApiSource).toMatch(/^@octokit\/openapi@\d+\.\d+\.\d+$/);
  });

  test('a request missing a required body field is caught (500 + violation)', async () => {
    await expect(untyped('POST /repos/{owner}/{repo}/issues', { owner: tb.owner, repo: tb.repo, body: 'no title' })).rejects.toMatchObject({ status: 500 });
    expect(tb.server.violations).toEqual([expect.stringContaining('missing required property title')]);
    expect(tb.server.state.issues).toHaveLength(0);
  });

  test('a wrong JSON type, an enum outside its values and an unknown field are caught', async () => {
    await expect(untyped('POST /repos/{owner}/{repo}/releases', { owner: tb.owner, repo: tb.repo, tag_name: 'v1', make_latest: true, draft: 'yes', colour: 1 })).rejects.toMatchObject({ status: 500 });
    const all = tb.server.violations.join('\n');
    expect(all).toContain('request body.make_latest: expected string, got boolean');
    expect(all).toContain('request body.draft: expected boolean, got string');
    expect(all).toContain('unknown property colour');
    tb.server.violations.length = 0;
    await expect(untyped('POST /repos/{owner}/{repo}/releases', { owner: tb.owner, repo: tb.repo, tag_name: 'v1', make_latest: 'always' })).rejects.toMatchObject({ status: 500 });
    expect(tb.server.violations).toEqual([expect.stringContaining('"always" is not one of ["true","false","legacy"]')]);
  });

  test('bad query and path parameters are caught', async () => {
    await expect(tb.gh.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs?per_page=lots', { owner: tb.owner, repo: tb.repo, ref: sha('e') })).rejects.toMatchObject({ status: 500 });
    await expect(untyped('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { owner: tb.owner, repo: tb.repo, release_id: 'abc' })).rejects.toMatchObject({ status: 500 });
    await expect(untyped('GET /repos/{owner}/{repo}/issues', { owner: tb.owner, repo: tb.repo, state: 'any' })).rejects.toMatchObject({ status: 500 });
    expect(tb.server.violations).toEqual([
      expect.stringContaining('query parameter per_page: "lots" is not a integer'),
      expect.stringContaining('path parameter release_id: "abc" is not a integer'),
      expect.stringContaining('"any" is not one of ["open","closed","all"]'),
    ]);
  });

  test('a response that breaks the schema is caught too (the server checks itself)', async () => {
    const [run] = tb.server.setCheckRuns(sha('e'), [{ name: 'build', conclusion: 'success' }]);
    (run as { conclusion: string }).conclusion = 'passed';
    (run as { html_url: unknown }).html_url = 42;
    await expect(tb.gh.rest.checks.listForRef({ owner: tb.owner, repo: tb.repo, ref: sha('e') })).rejects.toMatchObject({ status: 500 });
    expect(tb.server.violations.join('\n')).toContain('response 200 body.check_runs[0].conclusion: "passed" is not one of');
    expect(tb.server.violations.join('\n')).toContain('check_runs[0].html_url: expected string, got number');
  });
});

describe('OpenApiValidator', () => {
  const v = new OpenApiValidator(loadOpenApiSubset());

  test('matches operations, including refs with slashes and the uploads server', () => {
    expect(v.match('GET', '/repos/o/r/git/ref/tags%2Fv1.0.0')).toMatchObject({ operationId: 'git/get-ref', params: { ref: 'tags/v1.0.0' } });
    expect(v.match('GET', '/repos/o/r/git/ref/tags/v1.0.0')).toMatchObject({ operationId: 'git/get-ref', params: { ref: 'tags/v1.0.0' } });
    expect(v.match('GET', '/repos/o/r/commits/abc/status')?.operationId).toBe('repos/get-combined-status-for-ref');
    expect(v.match('GET', '/repos/o/r/commits/abc')?.operationId).toBe('repos/get-commit');
    expect(v.match('POST', '/repos/o/r/releases/7/assets')).toMatchObject({ operationId: 'repos/upload-release-asset', uploads: true });
    expect(v.match('DELETE', '/repos/o/r/releases/7')).toBeUndefined();
  });

  test('checks required properties, nullability and arrays of responses', () => {
    const m = v.match('GET', '/repos/o/r/releases/7/assets');
    if (!m) throw new Error('no match');
    expect(v.validateResponse(m, 200, [{ id: 1 }]).join('\n')).toContain('[0]: missing required property name');
    expect(v.validateResponse(m, 200, {})).toEqual([expect.stringContaining('expected array, got object')]);
    const ref = v.match('GET', '/repos/o/r/git/ref/tags%2Fv1');
    if (!ref) throw new Error('no match');
    expect(v.validateResponse(ref, 200, { ref: 'refs/tags/v1', node_id: 'x', url: 'http://x/', object: null })).toEqual([expect.stringContaining('object: null is not allowed')]);
    expect(v.validateResponse(ref, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com' })).toEqual([]);
    expect(v.validateResponse(ref, 201, {})).toEqual([expect.stringContaining('status not declared')]);
  });
});
