/**
 * The runner's environment only at the entries: no module under src/ except the action entries
 * (src/actions/), the CLI (src/cli.ts) and the process primitive (src/core/exec.ts, which hands the
 * environment on to child processes) imports @actions/* or reads process.env. Everything below gets what
 * it needs as options (a RunnerEnvironment, an Octokit, a Logger). The source is parsed with the TypeScript
 * compiler, so comments and strings do not count.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { tsFiles } from '../helpers/source-files.js';

/** One place that reaches for the runtime. */
export interface RuntimeUse {
  file: string;
  line: number;
  rule: 'actions-import' | 'process-env';
  text: string;
}

/** May this file import @actions/* (entries only) or read process.env (entries and core/exec.ts)? */
function allowed(file: string, rule: RuntimeUse['rule']): boolean {
  if (file.startsWith('src/actions/') || file === 'src/cli.ts') return true;
  return rule === 'process-env' && file === 'src/core/exec.ts';
}

/** Every @actions/* import (static, type-only, dynamic, re-export) and every process.env read in one source text. */
export function runtimeUses(file: string, text: string): RuntimeUse[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const uses: RuntimeUse[] = [];
  const at = (node: ts.Node, rule: RuntimeUse['rule']) =>
    uses.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, rule, text: node.getText(sf).split('\n')[0].slice(0, 120) });
  const isActions = (spec: ts.Node | undefined) => spec !== undefined && ts.isStringLiteral(spec) && spec.text.startsWith('@actions/');
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && isActions(node.moduleSpecifier)) at(node, 'actions-import');
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && isActions(node.argument.literal)) at(node, 'actions-import');
    if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require')) && isActions(node.arguments[0])) {
      at(node, 'actions-import');
    }
    // process.env, process['env'], and `const { env } = process`
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'process' && node.name.text === 'env') at(node, 'process-env');
    if (ts.isElementAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'process' && ts.isStringLiteral(node.argumentExpression) && node.argumentExpression.text === 'env') at(node, 'process-env');
    if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && node.initializer && ts.isIdentifier(node.initializer) && node.initializer.text === 'process') {
      if (node.name.elements.some((e) => (e.propertyName ?? e.name).getText(sf) === 'env')) at(node, 'process-env');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return uses;
}


describe('the runner environment is read only at the entries', () => {
  test('no module below the entries imports @actions/* or reads process.env', () => {
    const root = process.cwd();
    const files = tsFiles(join(root, 'src'));
    expect(files.length).toBeGreaterThan(50);
    const all = files.flatMap((f) => runtimeUses(relative(root, f).split('\\').join('/'), readFileSync(f, 'utf8')));
    expect(all.filter((u) => !allowed(u.file, u.rule))).toEqual([]);
    // The entries do read it (the scan is looking at the right things).
    expect(all.some((u) => u.file === 'src/cli.ts' && u.rule === 'process-env')).toBe(true);
    expect(all.some((u) => u.file.startsWith('src/actions/') && u.rule === 'actions-import')).toBe(true);
  });
});

describe('the scanner catches what it is meant to catch', () => {
  const rules = (file: string, text: string) => runtimeUses(file, text).map((u) => `${u.line}:${u.rule}`);
  const bad = [
    "import * as core from '@actions/core';", // 1
    "import type { GitHub } from '@actions/github/lib/utils';", // 2: type-only still couples
    'const repo = process.env.GITHUB_REPOSITORY;', // 3
    "const temp = process['env'].RUNNER_TEMP;", // 4
    'const { env } = process;', // 5
    "const gh = await import('@actions/github');", // 6
    "export { getInput } from '@actions/core';", // 7
    "type T = typeof import('@actions/core');", // 8
  ].join('\n');

  test('every way in is found, on its line', () => {
    expect(rules('src/stages/evil.ts', bad)).toEqual(['1:actions-import', '2:actions-import', '3:process-env', '4:process-env', '5:process-env', '6:actions-import', '7:actions-import', '8:actions-import']);
  });

  test('what is allowed where: entries may do both, core/exec.ts may only read process.env', () => {
    const found = runtimeUses('src/core/exec.ts', bad);
    expect(found.filter((u) => !allowed(u.file, u.rule)).map((u) => u.rule)).toEqual(['actions-import', 'actions-import', 'actions-import', 'actions-import', 'actions-import']);
    expect(runtimeUses('src/actions/x/main.ts', bad).filter((u) => !allowed(u.file, u.rule))).toEqual([]);
    expect(runtimeUses('src/cli.ts', bad).filter((u) => !allowed(u.file, u.rule))).toEqual([]);
  });

  test('comments, strings and other objects do not count', () => {
    const fine = ['// process.env.GITHUB_REF is read by the entry', "const doc = \"import * as core from '@actions/core'\";", 'const e = options.env.PATH;', "import { x } from '@actionsx/core';"].join('\n');
    expect(rules('src/stages/fine.ts', fine)).toEqual([]);
  });
});
