import { ReleaseError } from './errors.js';

/**
 * Splits a command input (`python -m pytest -k "not slow"`) into an argument vector the way a shell splits
 * words, honouring single and double quotes and backslash escapes, but with NO expansion of any kind:
 * `$(…)`, backticks, `;`, `|`, `&&`, globs and variables stay literal characters of an argument, so no
 * input ever reaches a shell. Newlines separate words like spaces do.
 */
export function splitCommand(command: string, input = 'command'): string[] {
  const args: string[] = [];
  let current = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < command.length; i++) {
    const ch = command[i];
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && (command[i + 1] === '"' || command[i + 1] === '\\')) current += command[++i];
      else current += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < command.length) {
      current += command[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) args.push(current);
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (quote) throw new ReleaseError('BAD_INPUT', `Input "${input}" has an unclosed ${quote} quote.`, 'Close the quote, or drop it.');
  if (inWord) args.push(current);
  if (args.length === 0) throw new ReleaseError('BAD_INPUT', `Input "${input}" is empty.`, 'Give a command, e.g. python -m pytest.');
  return args;
}
