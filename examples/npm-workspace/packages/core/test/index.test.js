import test from 'node:test';
import assert from 'node:assert';
import { words } from '../src/index.js';

test('words splits on anything but letters and digits', () => {
  assert.deepStrictEqual(words('hello, big  world!'), ['hello', 'big', 'world']);
});
