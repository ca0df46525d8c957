import { describe, expect, test } from '@jest/globals';
import { newContext } from '../../src/core/context.js';
import { contextFromPrBody, isSuiteBody, parseTrailers, releaseBranchName, renderPrBody, withTrailer } from '../../src/commits/release-marker.js';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

function context() {
  const c = newContext({ repository: { owner: 'o', name: 'r', ref: 'main', sha: 'a'.repeat(40) }, package: { ecosystem: 'python', name: 'pkg', dir: '.', version_files: ['pyproject.toml'] } });
  c.id = ID;
  c.version = { previous: '1.0.0', next: '1.1.0', scheme: 'pep440', bump: 'minor', reason: '1 feature', released: true, tag: 'v1.1.0' };
  c.changelog = { section_markdown: '## [1.1.0] - 2026-01-01\n\n### Added\n\n- a thing', entries: 1 };
  c.timeline.push({ stage: 'prepare-release', step: 'x', started_at: 'now', duration_ms: 1, outcome: 'ok', attempts: 1 } as never);
  return c;
}

describe('release trailer', () => {
  test('is the last paragraph of the commit message and parses back', () => {
    const msg = withTrailer('chore(release): prepare v1.1.0\n', 'v1.1.0', ID);
    expect(msg).toBe(`chore(release): prepare v1.1.0\n\nRelease-Relay: v1.1.0 ${ID}`);
    expect(parseTrailers(msg)).toEqual([{ tag: 'v1.1.0', contextId: ID }]);
  });

  test('survives a squash message that lists commits with "* " and ignores look-alikes', () => {
    const squash = `Release pkg 1.1.0 (#4)\n\n* chore(release): prepare v1.1.0\n\nRelease-Relay: v1.1.0 ${ID}\n\n* fix: typo`;
    expect(parseTrailers(squash)).toEqual([{ tag: 'v1.1.0', contextId: ID }]);
    expect(parseTrailers('Release-Relay: v1.1.0 not-a-uuid')).toEqual([]);
    expect(parseTrailers(`see Release-Relay: v1.1.0 ${ID}`)).toEqual([]);
  });
});

describe('release PR body', () => {
  test('holds the changelog, the plan, the context (without timeline) and ends with the trailer', () => {
    const body = renderPrBody({ context: context(), files: ['pyproject.toml', 'CHANGELOG.md'], baseBranch: 'main' });
    expect(body).toContain('### Added\n\n- a thing');
    expect(body).toContain('- files: `pyproject.toml`, `CHANGELOG.md`');
    expect(body).toContain('tag: `v1.1.0`, created on main');
    expect(body.split('\n').pop()).toBe(`Release-Relay: v1.1.0 ${ID}`);
    expect(isSuiteBody(body)).toBe(true);
    const back = contextFromPrBody(body);
    expect(back?.version?.tag).toBe('v1.1.0');
    expect(back?.id).toBe(ID);
    expect(back?.timeline).toEqual([]);
  });

  test('a body someone else wrote is not the suite’s, even with a trailer pasted in', () => {
    expect(isSuiteBody('Release 1.1.0 by hand')).toBe(false);
    expect(isSuiteBody(`Release-Relay: v1.1.0 ${ID}`)).toBe(false);
    expect(contextFromPrBody('no context here')).toBeNull();
  });
});

test('release branch names from the template', () => {
  expect(releaseBranchName('release/{tag}', 'v1.1.0', '1.1.0')).toBe('release/v1.1.0');
  expect(releaseBranchName('rel/{version}-{tag}', 'pkg@1.1.0', '1.1.0')).toBe('rel/1.1.0-pkg@1.1.0');
});
