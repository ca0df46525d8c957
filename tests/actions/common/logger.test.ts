/**
 * Workflow-command injection (issue 11, item 6): text that reaches the runner's log through the actions
 * logger can never start a line with `::` (which the runner would execute as a workflow command).
 */
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { actionsLogger } from '../../../src/actions/common/logger.js';

afterEach(() => {
  jest.restoreAllMocks();
});

function captured(fn: () => void): string {
  let out = '';
  jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  }) as typeof process.stdout.write);
  fn();
  return out;
}

describe('6. log lines are escaped', () => {
  test.each([
    ['a newline then a command', 'relay-example\n::warning::pwned'],
    ['a command at the start', '::add-mask::x'],
    ['indented command after CRLF', 'x\r\n  ::error file=a::pwned'],
    ['a stop-commands attempt', 'x\n::stop-commands::token'],
  ])('%s', (_name, text) => {
    const out = captured(() => actionsLogger.info(`Releasing ${text}`));
    for (const line of out.split(/\r?\n/)) expect(line.trimStart().startsWith('::')).toBe(false);
    expect(out).toContain('Releasing');
  });
});
