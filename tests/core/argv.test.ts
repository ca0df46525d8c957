import { describe, expect, test } from '@jest/globals';
import { splitCommand } from '../../src/core/argv.js';

describe('splitCommand', () => {
  test('splits words and honours quotes', () => {
    expect(splitCommand('python -m pytest -k "not slow" \'a b\'')).toEqual(['python', '-m', 'pytest', '-k', 'not slow', 'a b']);
  });
  test('keeps shell metacharacters literal', () => {
    expect(splitCommand('echo $(touch pwned); rm -rf / `id` && x | y')).toEqual(['echo', '$(touch', 'pwned);', 'rm', '-rf', '/', '`id`', '&&', 'x', '|', 'y']);
  });
  test('refuses an unclosed quote and an empty command, naming the input', () => {
    expect(() => splitCommand('pytest "oops', 'test-command')).toThrow(/test-command/);
    expect(() => splitCommand('   ', 'smoke-command')).toThrow(/smoke-command/);
  });
});
