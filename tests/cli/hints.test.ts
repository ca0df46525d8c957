/**
 * Every hint the CLI can print names an option that exists. The hints are the third argument of every
 * `new ReleaseError(code, message, hint)` in src/ (the stages' hints reach the terminal too) and the CLI's
 * own texts; each input or option they mention (`input "x"`, `set x:`, `` `x-y` ``, `--x`) must be an input
 * of an action or an option of a CLI command. Flags of other tools that hints quote on purpose are listed
 * below with the tool they belong to.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { allOptionNames } from '../../src/command-line/commands.js';
import { ACTION_INPUTS } from '../../src/command-line/inputs.generated.js';

/** Flags of other programs that hints quote verbatim (not release-relay options). */
const TOOL_FLAGS: Record<string, string> = {
  'no-index': 'pip', 'find-links': 'pip', 'index-url': 'pip', 'no-cache-dir': 'pip', 'no-isolation': 'python -m build', 'skip-dependency-check': 'python -m build',
  lf: 'pytest', cov: 'pytest-cov', 'cov-report': 'pytest-cov', 'cov-branch': 'pytest-cov', 'cov-append': 'pytest-cov', junitxml: 'pytest',
  test: 'node', 'experimental-test-coverage': 'node', 'test-reporter': 'node', 'test-reporter-destination': 'node', 'test-coverage-exclude': 'node',
  draft: 'towncrier build', 'package-lock-only': 'npm', hard: 'git reset', delete: 'git push', tags: 'git describe', abbrev: 'git describe',
  outputFile: 'jest', 'frozen-lockfile': 'pnpm/yarn 1', immutable: 'yarn berry',
  reporter: 'vitest/mocha', reporters: 'jest', coverage: 'jest/vitest', provenance: 'npm', access: 'npm', tag: 'npm', 'dry-run': 'npm', userconfig: 'npm', registry: 'npm',
};

/** Words in backticks that look like option names but are other things (labels, package names). */
const NOT_OPTIONS = new Set(['release-blocked', 'jest-junit', 'mocha-junit-reporter', 'relay-example', 'id-token', 'fetch-depth', 'mint-token', 'setup-python', 'create-github-app-token', 'publish-and-verify', 'quality-gate', 'prepare-release', 'release-relay']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The hint argument (source text) of every `new ReleaseError(…)` in a file, with its line. */
function hints(file: string): { line: number; text: string }[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && node.expression.getText(sf) === 'ReleaseError' && node.arguments && node.arguments.length >= 3) {
      const arg = node.arguments[2];
      out.push({ line: sf.getLineAndCharacterOfPosition(arg.getStart(sf)).line + 1, text: arg.getText(sf) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The option names a hint mentions. */
export function mentionedOptions(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/\binputs? "([a-z][a-z0-9-]*)"/gi)) names.add(m[1]);
  for (const m of text.matchAll(/\bset "?([a-z][a-z0-9]*(?:-[a-z0-9]+)+)"?(?::| to\b)/gi)) names.add(m[1]);
  for (const m of text.matchAll(/\b([a-z][a-z0-9]*(?:-[a-z0-9]+)+): (?:true|false)\b/g)) names.add(m[1]);
  for (const m of text.matchAll(/`([a-z][a-z0-9]*(?:-[a-z0-9]+)+)`/g)) if (!NOT_OPTIONS.has(m[1])) names.add(m[1]);
  // `--${name}` and `--no-${name}` are built from a real option name at run time.
  for (const m of text.matchAll(/(?<![\w-])--([a-z][a-zA-Z0-9-]*[a-zA-Z0-9])(?!-?\$\{)/g)) if (!Object.hasOwn(TOOL_FLAGS, m[1])) names.add(m[1]);
  return [...names];
}

describe('hints name real options', () => {
  const known = new Set([...allOptionNames(), ...Object.values(ACTION_INPUTS).flat().map((i) => i.name), 'token-env', 'help']);

  test('the extractor finds the forms hints use (and would catch a wrong name)', () => {
    expect(mentionedOptions('Set input "test-command" and `coverage-report`; or set allow-downgrade: true, or --registries pypi; pip --no-index')).toEqual(['test-command', 'allow-downgrade', 'coverage-report', 'registries']);
    expect(mentionedOptions('Check `index-url` and input "importnames"').filter((n) => !known.has(n)).sort()).toEqual(['importnames', 'index-url']);
  });

  test('every ReleaseError hint in src/ mentions only inputs/options that exist', () => {
    const files = sources(join(process.cwd(), 'src'));
    const all = files.flatMap((f) => hints(f).map((h) => ({ ...h, file: relative(process.cwd(), f) })));
    expect(all.length).toBeGreaterThan(100);
    const bad = all.flatMap((h) => mentionedOptions(h.text).filter((n) => !known.has(n)).map((n) => `${h.file}:${h.line} names "${n}"`));
    expect(bad).toEqual([]);
  });

  test('the CLI\'s own usage and help texts mention only options that exist', async () => {
    const { COMMANDS, commandHelp, usage } = await import('../../src/command-line/commands.js');
    const texts = [usage(), ...Object.values(COMMANDS).map((c) => [commandHelp(c), ...(c.notes ?? [])].join('\n'))];
    for (const text of texts) {
      const names = [...text.matchAll(/(?<![\w-])--([a-z][a-zA-Z0-9-]*[a-zA-Z0-9])/g)].map((m) => m[1]).filter((n) => !Object.hasOwn(TOOL_FLAGS, n) || known.has(n));
      expect(names.filter((n) => !known.has(n))).toEqual([]);
    }
  });
});
