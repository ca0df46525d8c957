import assert from 'node:assert/strict';
import { test } from 'node:test';
import { slugify, wrap } from '../src/index.js';

test('slugify lowercases and joins words with dashes', () => {
  assert.equal(slugify('Hello, World!'), 'hello-world');
  assert.equal(slugify('  Crème brûlée  '), 'creme-brulee');
});

test('wrap breaks at spaces within the width', () => {
  assert.deepEqual(wrap('the quick brown fox', 10), ['the quick', 'brown fox']);
});

test('wrap keeps a long word on a line of its own', () => {
  assert.deepEqual(wrap('a supercalifragilistic word', 5), ['a', 'supercalifragilistic', 'word']);
});
