import { describe, expect, test } from '@jest/globals';
import { chooseTagStyle, inferTagTemplate, templateOfTag } from '../../src/changelog/tag-style.js';
import { isFloatingTag, lastRelease, releaseTags } from '../../src/changelog/tags.js';
import type { TagRef } from '../../src/git/tag-list.js';
import { getScheme } from '../../src/versioning/scheme.js';

const pep440 = getScheme('pep440');
const semver = getScheme('semver');

/** Tags `name@sha@date`, sha and date optional. */
function tags(...specs: string[]): TagRef[] {
  return specs.map((s, i) => {
    const [name, sha, date] = s.split('@@');
    return { name, sha: sha ?? `sha${i}`, date: date ?? `2024-01-${String(10 + i).padStart(2, '0')}` };
  });
}

describe('inferTagTemplate: the style of the project\'s release tags', () => {
  test.each([
    [['8.4.1', '8.4.2', '8.3.0'], '{version}', '8.4.2'],
    [['v1.0.0', 'v1.1.0'], 'v{version}', 'v1.1.0'],
    [['my-pkg-1.0.0', 'my-pkg-1.1.0', 'other-2.0.0'], '{name}-{version}', 'my-pkg-1.1.0'],
    [['my-pkg@1.0.0', 'my-pkg@1.2.0'], '{name}@{version}', 'my-pkg@1.2.0'],
    [['my-pkg-v1.0.0'], '{name}-v{version}', 'my-pkg-v1.0.0'],
  ])('%j → %s', (names, template, example) => {
    expect(inferTagTemplate(tags(...names), 'my-pkg', pep440)).toMatchObject({ template, example });
  });

  test('the name as the tags spell it (my_pkg-1.0.0 for the distribution my-pkg)', () => {
    expect(inferTagTemplate(tags('my_pkg-1.0.0', 'my_pkg-1.1.0'), 'my-pkg', pep440)?.template).toBe('my_pkg-{version}');
  });

  test('a project that moved from 1.x tags to v2.x tags uses v now, however many old tags there are', () => {
    expect(inferTagTemplate(tags('1.0', '1.1', '1.2', '1.3', 'v2.0.0'), 'x', pep440)?.template).toBe('v{version}');
  });

  test('no tag fits any style: null, and chooseTagStyle falls back to v{version}; an input or a tool config wins', () => {
    expect(inferTagTemplate(tags('nightly', 'release-candidate'), 'x', pep440)).toBeNull();
    expect(chooseTagStyle(undefined, undefined, tags('nightly'), 'x', pep440)).toMatchObject({ template: 'v{version}', source: 'default' });
    expect(chooseTagStyle(undefined, { template: '{version}', from: '[tool.commitizen]' }, tags('v1.0.0'), 'x', pep440)).toMatchObject({ template: '{version}', source: 'config' });
    expect(chooseTagStyle('rel-{version}', { template: '{version}', from: 'c' }, tags('v1.0.0'), 'x', pep440)).toMatchObject({ template: 'rel-{version}', source: 'input' });
    expect(chooseTagStyle(undefined, undefined, tags('26.1.0'), 'x', pep440)).toMatchObject({ template: '{version}', source: 'tags', reason: 'inferred from 1 existing tag like 26.1.0' });
  });

  test('templateOfTag reads the style of one pushed tag', () => {
    expect(templateOfTag('26.2.0', 'x', pep440)).toBe('{version}');
    expect(templateOfTag('v1.2.3', 'x', pep440)).toBe('v{version}');
    expect(templateOfTag('x-1.2.3', 'x', pep440)).toBe('{name}-{version}');
  });
});

describe('floating major/minor tags are never releases', () => {
  test('v10 and v10.6 moved onto v10.6.1 are aliases; the last release is v10.6.1', () => {
    const t = tags('v10.5.0@@a', 'v10.6.0@@b', 'v10.6.1@@c', 'v10.6@@c', 'v10@@c');
    const found = releaseTags(t, { template: 'v{version}', name: 'x', scheme: pep440 });
    expect(found.map((x) => x.tag)).toEqual(['v10.5.0', 'v10.6.0', 'v10.6.1']);
    expect(lastRelease(found, pep440)?.tag).toBe('v10.6.1');
  });

  test('a stale alias (v10.6 left on an older commit) still is one when its .0 exists; a bare major beside full versions always is', () => {
    expect(isFloatingTag({ part: '10.6', sha: 'old' }, [{ part: '10.6.0', sha: 'x' }, { part: '10.6.1', sha: 'y' }])).toBe(true);
    expect(isFloatingTag({ part: '10', sha: 'old' }, [{ part: '10.0.0', sha: 'x' }])).toBe(true);
  });

  test("pip's two-number releases stay releases (23.1 beside a later 23.1.1 on another commit)", () => {
    const t = tags('23.1@@a', '23.1.1@@b', '23.2@@c');
    expect(releaseTags(t, { template: '{version}', name: 'pip', scheme: pep440 }).map((x) => x.tag)).toEqual(['23.1', '23.1.1', '23.2']);
  });

  test('{version} does not take v-tags (the version part must start with a digit)', () => {
    expect(releaseTags(tags('v1.0.0', '1.1.0'), { template: '{version}', name: 'x', scheme: pep440 }).map((x) => x.tag)).toEqual(['1.1.0']);
  });
});

describe('lastRelease', () => {
  test('a pre-release tag older than a final release is not the last release (httpx 1.0.0.beta0 of 2021 vs 0.28.1 of 2024)', () => {
    const t = tags('1.0.0.beta0@@a@@2021-09-14', '0.27.0@@b@@2024-02-21', '0.28.1@@c@@2024-12-06');
    expect(lastRelease(releaseTags(t, { template: '{version}', name: 'httpx', scheme: pep440 }), pep440)?.tag).toBe('0.28.1');
  });

  test('a newer pre-release is the last release (1.3.0rc1 after 1.2.0)', () => {
    const t = tags('v1.2.0@@a@@2024-01-01', 'v1.3.0-rc.1@@b@@2024-02-01');
    expect(lastRelease(releaseTags(t, { template: 'v{version}', name: 'x', scheme: semver }), semver)?.tag).toBe('v1.3.0-rc.1');
  });
});
