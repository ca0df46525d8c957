import { describe, expect, test } from '@jest/globals';
import { isReleaseError } from '../../src/core/errors.js';
import { getScheme } from '../../src/versioning/scheme.js';

const semver = getScheme('semver');
const pep440 = getScheme('pep440');

/** The ReleaseError code thrown by fn, or 'none'. */
function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'none';
  } catch (err) {
    return isReleaseError(err) ? err.code : `not a ReleaseError: ${String(err)}`;
  }
}

describe('semver scheme', () => {
  test.each([
    ['1.2.3', '1.2.3'],
    ['v1.2.3', '1.2.3'],
    [' V1.2.3 ', '1.2.3'],
    ['1.0.0-RC1', '1.0.0-RC1'],
    ['1.3.0-rc.1', '1.3.0-rc.1'],
  ])('normalizes %j to %j', (input, out) => {
    expect(semver.normalize(input)).toBe(out);
  });

  test.each(['1.2', 'v1.2.3.4.5', '1.0.0-', '01.2.3', '1.2.3.4', '=1.2.3', 'latest', '', 'vv1.2.3', '1.2.3 ', '1.02.3', '1.3.0+build.5'])('refuses %j with BAD_VERSION', (input) => {
    if (input === '1.2.3 ') {
      // Surrounding whitespace is input noise, not a malformed version.
      expect(semver.normalize(input)).toBe('1.2.3');
      return;
    }
    expect(codeOf(() => semver.normalize(input, 'input "version"'))).toBe('BAD_VERSION');
    expect(semver.isValid(input)).toBe(false);
  });

  test('the error names the input and says how to fix it', () => {
    try {
      semver.normalize('1.2', 'input "version"');
      throw new Error('no throw');
    } catch (err) {
      if (!isReleaseError(err)) throw err;
      expect(err.message).toContain('"1.2"');
      expect(err.message).toContain('input "version"');
      expect(err.hint).toMatch(/MAJOR\.MINOR\.PATCH/);
    }
  });

  test('isValid accepts only the canonical form', () => {
    expect(semver.isValid('1.2.3')).toBe(true);
    expect(semver.isValid('v1.2.3')).toBe(false);
  });

  test('compares by SemVer precedence', () => {
    expect(semver.compare('1.3.0-rc.1', '1.3.0')).toBeLessThan(0);
    expect(semver.compare('1.3.0-rc.10', '1.3.0-rc.2')).toBeGreaterThan(0);
    expect(semver.compare('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(semver.compare('1.2.3', '1.2.3')).toBe(0);
  });

  test('knows pre-releases', () => {
    expect(semver.isPrerelease('1.3.0-rc.1')).toBe(true);
    expect(semver.isPrerelease('1.3.0')).toBe(false);
  });
});

describe('pep440 scheme', () => {
  test.each([
    ['1.2.0', '1.2.0'],
    ['1.0.0-RC1', '1.0.0rc1'],
    ['1.0.0.RC.1', '1.0.0rc1'],
    ['v1.2.3', '1.2.3'],
    ['1.2.0-alpha.2', '1.2.0a2'],
    ['1.2.0beta3', '1.2.0b3'],
    ['1.2.0.post1', '1.2.0.post1'],
    ['1.2.0-1', '1.2.0.post1'],
    ['2.0.0.dev3', '2.0.0.dev3'],
    ['2.0.0-dev3', '2.0.0.dev3'],
    ['1!2.0', '1!2.0'],
    ['01.2.3', '1.2.3'],
    ['2024.5', '2024.5'],
    ['1.2.3.4', '1.2.3.4'],
  ])('normalizes %j to %j', (input, out) => {
    expect(pep440.normalize(input)).toBe(out);
    expect(pep440.isValid(out)).toBe(true);
  });

  test.each(['v1.2.3.4.5', '1.0.0-', 'latest', '1.2.3-next.1', '1.0+local', '', '1..2', 'a1.0'])('refuses %j with BAD_VERSION', (input) => {
    expect(codeOf(() => pep440.normalize(input))).toBe('BAD_VERSION');
    expect(pep440.isValid(input)).toBe(false);
  });

  test('a local version is refused with the reason (PyPI refuses them)', () => {
    try {
      pep440.normalize('1.0+cu118', 'the version file');
      throw new Error('no throw');
    } catch (err) {
      if (!isReleaseError(err)) throw err;
      expect(err.message).toContain('the version file');
      expect(err.hint).toContain('+cu118');
    }
  });

  test('isValid is false for a valid but non-canonical spelling', () => {
    expect(pep440.isValid('1.0.0-RC1')).toBe(false);
    expect(pep440.isValid('1.0.0rc1')).toBe(true);
  });

  test('compares by PEP 440 order (dev < pre < final < post, epochs first)', () => {
    const order = ['1.0.0.dev1', '1.0.0a1', '1.0.0b2', '1.0.0rc1', '1.0.0', '1.0.0.post1', '1.0.1', '1!0.1'];
    for (let i = 1; i < order.length; i++) expect(pep440.compare(order[i - 1], order[i])).toBeLessThan(0);
    expect(pep440.compare('1.0', '1.0.0')).toBe(0);
  });

  test('knows pre-releases: dev and pre are, post is not', () => {
    expect(pep440.isPrerelease('1.3.0rc1')).toBe(true);
    expect(pep440.isPrerelease('2.0.0.dev3')).toBe(true);
    expect(pep440.isPrerelease('1.2.0.post1')).toBe(false);
    expect(pep440.isPrerelease('1.2.0')).toBe(false);
  });
});

test('getScheme refuses an unknown name with the known ones', () => {
  try {
    getScheme('calver' as 'semver');
    throw new Error('no throw');
  } catch (err) {
    if (!isReleaseError(err, 'BAD_INPUT')) throw err;
    expect(err.hint).toContain('semver');
    expect(err.hint).toContain('pep440');
  }
});
