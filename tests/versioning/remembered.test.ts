import { describe, expect, test } from '@jest/globals';
import { remembered, rememberedCompare, rememberedNormalize } from '../../src/versioning/remembered.js';
import { getScheme } from '../../src/versioning/scheme.js';
import { compare as pepCompare } from '@renovatebot/pep440';
import semver from 'semver';
import { thrown } from '../helpers/errors.js';

describe('remembered version functions', () => {
  test('each answer is computed once per key, and the map is cleared past its limit', () => {
    const calls: string[] = [];
    const twice = remembered((k) => {
      calls.push(k);
      return k + k;
    }, 2);
    expect([twice('a'), twice('a'), twice('b'), twice('a')]).toEqual(['aa', 'aa', 'bb', 'aa']);
    expect(calls).toEqual(['a', 'b']);
    twice('c'); // third key: cleared first
    twice('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  test('a comparison is remembered per ordered pair; newlines go straight to the function', () => {
    let calls = 0;
    const cmp = rememberedCompare((a, b) => {
      calls++;
      return a.localeCompare(b);
    });
    expect([cmp('1', '2'), cmp('1', '2'), cmp('2', '1')]).toEqual([-1, -1, 1]);
    expect(calls).toBe(2);
    cmp('a\nb', 'c');
    cmp('a\nb', 'c');
    expect(calls).toBe(4);
  });

  test('a refused version is refused every time, its error naming the input of that call', () => {
    let calls = 0;
    const normalize = rememberedNormalize((v, input) => {
      calls++;
      if (v === 'bad') throw new Error(`${input}: bad`);
      return v.trim();
    });
    expect(normalize(' 1.0 ', 'first')).toBe('1.0');
    expect(normalize(' 1.0 ', 'second')).toBe('1.0');
    expect(calls).toBe(1);
    expect(() => normalize('bad', 'input "version"')).toThrow('input "version": bad');
    expect(() => normalize('bad', 'the version file')).toThrow('the version file: bad');
  });

  test('the schemes answer as the libraries do, asked once or many times', () => {
    const pep = ['1.0', '1.0.0', '1.0.post1', '1.0rc1', '1.0.dev3', '2!0.1', '1.0+local', '0.9'];
    const sem = ['1.0.0', '1.0.0-rc.1', '1.0.1', '2.0.0-alpha', '0.9.9', '1.0.0-rc.2'];
    for (let round = 0; round < 2; round++) {
      for (const a of pep) for (const b of pep) expect(Math.sign(getScheme('pep440').compare(a, b))).toBe(Math.sign(pepCompare(a, b)));
      for (const a of sem) for (const b of sem) expect(getScheme('semver').compare(a, b)).toBe(semver.compare(a, b));
      for (const v of sem) expect(getScheme('semver').isPrerelease(v)).toBe(semver.prerelease(v) !== null);
    }
    expect(thrown(() => getScheme('semver').normalize('1.2', 'input "version"'), 'BAD_VERSION').message).toContain('input "version"');
    expect(thrown(() => getScheme('semver').normalize('1.2', 'the version file'), 'BAD_VERSION').message).toContain('the version file');
  });
});
