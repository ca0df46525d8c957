import test from 'node:test';
import assert from 'node:assert';
import { main } from '../src/index.js';

test('main title-cases its arguments', () => {
  assert.strictEqual(main(['hello', 'world']), 'Hello World');
});
