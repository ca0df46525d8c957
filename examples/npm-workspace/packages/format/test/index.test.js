import test from 'node:test';
import assert from 'node:assert';
import { title } from '../src/index.js';

test('title capitalises each word', () => {
  assert.strictEqual(title('hello, big world'), 'Hello Big World');
});
