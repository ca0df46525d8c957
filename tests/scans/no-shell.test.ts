/**
 * No input reaches a shell: the source is parsed with the TypeScript compiler (not grepped, so comments and
 * strings do not count) and checked for `shell:` options other than `false`, for child_process use outside
 * the two modules that own process spawning, for child_process functions other than `spawn`, and for a
 * template literal as the program of an exec/spawn call (a command line being built as one string).
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { tsFiles } from '../helpers/source-files.js';

/** The only modules allowed to import node:child_process, and what they may import from it. */
const SPAWN_OWNERS: Record<string, string[]> = {
  'src/core/exec.ts': ['spawn'],
  'src/git/log-stream.ts': ['spawn'],
};
const CHILD_PROCESS = new Set(['node:child_process', 'child_process']);
/** child_process functions that take (program, argv[], options): their argv must be an array. */
const ARGV_TAKERS = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync']);
/** Callee names that take a program (or a command line) as their first argument. */
const RUNNERS = new Set(['exec', 'execSync', 'execFile', 'execFileSync', 'spawn', 'spawnSync', 'fork', 'getExecOutput']);

/** One finding of the scanner. */
export interface Finding {
  file: string;
  line: number;
  rule: 'shell-option' | 'child-process-import' | 'child-process-name' | 'template-command' | 'spawn-args';
  text: string;
}

/** What a file imports from child_process (for the inventory). */
export interface ChildProcessUse {
  file: string;
  names: string[];
}

/** Scans one TypeScript source text; `file` is its repository-relative path (it decides what is allowed). */
export function scanSource(file: string, text: string): { findings: Finding[]; uses: ChildProcessUse[] } {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const uses: ChildProcessUse[] = [];
  const allowed = SPAWN_OWNERS[file];
  const at = (node: ts.Node, rule: Finding['rule']) =>
    findings.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, rule, text: node.getText(sf).split('\n')[0].slice(0, 120) });
  /** Local names bound to child_process argv-taking functions in this file (so `spawn(...)` below can be checked). */
  const spawnNames = new Set<string>();

  const useChildProcess = (node: ts.Node, names: string[] | null) => {
    uses.push({ file, names: names ?? ['*'] });
    if (!allowed) return at(node, 'child-process-import');
    if (names === null || names.some((n) => !allowed.includes(n))) at(node, 'child-process-name');
  };

  const visit = (node: ts.Node): void => {
    // import { spawn } from 'node:child_process' / import * as cp / import cp from
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && CHILD_PROCESS.has(node.moduleSpecifier.text)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      if (clause?.name || (bindings && ts.isNamespaceImport(bindings))) useChildProcess(node, null);
      else {
        const names = bindings && ts.isNamedImports(bindings) ? bindings.elements.map((e) => (e.propertyName ?? e.name).text) : [];
        if (bindings && ts.isNamedImports(bindings)) {
          for (const e of bindings.elements) if (ARGV_TAKERS.has((e.propertyName ?? e.name).text)) spawnNames.add(e.name.text);
        }
        useChildProcess(node, names);
      }
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const first = node.arguments[0];
      // import('node:child_process') / require('child_process')
      if ((callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) && first && ts.isStringLiteral(first) && CHILD_PROCESS.has(first.text)) {
        useChildProcess(node, null);
      }
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      if (RUNNERS.has(name) && first && (ts.isTemplateExpression(first) || ts.isNoSubstitutionTemplateLiteral(first))) at(node, 'template-command');
      if (ts.isIdentifier(callee) && spawnNames.has(callee.text)) {
        const args = node.arguments[1];
        const argsOk = args !== undefined && (ts.isArrayLiteralExpression(args) || (ts.isIdentifier(args) && /args/i.test(args.text)));
        if (!argsOk) at(node, 'spawn-args');
      }
    }
    // { shell: <anything but false> } (also `shell` shorthand and quoted keys)
    if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && propertyName(node.name) === 'shell') {
      const init = ts.isPropertyAssignment(node) ? node.initializer : undefined;
      if (!init || init.kind !== ts.SyntaxKind.FalseKeyword) at(node, 'shell-option');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { findings, uses };
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}


/** Scans every src/**\/*.ts file of the repository at `root`. */
export function scanTree(root: string): { files: number; findings: Finding[]; uses: ChildProcessUse[] } {
  const files = tsFiles(join(root, 'src'));
  const findings: Finding[] = [];
  const uses: ChildProcessUse[] = [];
  for (const f of files) {
    const r = scanSource(relative(root, f).split('\\').join('/'), readFileSync(f, 'utf8'));
    findings.push(...r.findings);
    uses.push(...r.uses);
  }
  return { files: files.length, findings, uses };
}

describe('no shell anywhere in src/', () => {
  test('no findings; child_process is imported only by core/exec.ts and git/log-stream.ts, for spawn', () => {
    const { files, findings, uses } = scanTree(process.cwd());
    expect(files).toBeGreaterThan(50);
    expect(findings).toEqual([]);
    expect(uses.sort((a, b) => a.file.localeCompare(b.file))).toEqual([
      { file: 'src/core/exec.ts', names: ['spawn'] },
      { file: 'src/git/log-stream.ts', names: ['spawn'] },
    ]);
  });

  test('the two spawns pass an argument array and say shell: false explicitly', () => {
    for (const file of Object.keys(SPAWN_OWNERS)) {
      const text = readFileSync(join(process.cwd(), file), 'utf8');
      expect(text).toMatch(/spawn\([^,]+, (\[\.\.\.args\]|args), \{[\s\S]*?shell: false,/);
    }
  });
});

describe('the scanner catches what it is meant to catch', () => {
  const rules = (file: string, text: string) => scanSource(file, text).findings.map((f) => `${f.line}:${f.rule}`);

  test('a bad snippet: every rule fires, on the right line', () => {
    const bad = [
      "import { exec, execSync } from 'node:child_process';", // 1: child_process outside the owners
      "import * as cp from 'child_process';", // 2
      'const tag = process.env.TAG;',
      'exec(`git tag ${tag}`);', // 4: template command
      "cp.spawn('git', ['tag', tag], { shell: true });", // 5: shell option
      "const opts = { 'shell': process.platform === 'win32' };", // 6: shell option (not literally false)
      'const shell = true; run(file, args, { shell });', // 7: shorthand shell
      "const m = await import('node:child_process');", // 8: dynamic import
      'await opts.exec(`python -m ${mod}`, []);', // 9: template command through the Exec seam
    ].join('\n');
    expect(rules('src/stages/evil.ts', bad)).toEqual([
      '1:child-process-import',
      '2:child-process-import',
      '4:template-command',
      '5:shell-option',
      '6:shell-option',
      '7:shell-option',
      '8:child-process-import',
      '9:template-command',
    ]);
  });

  test('inside an owner module: exec/execSync or a namespace import are refused, and spawn needs an argument array', () => {
    const text = ["import { spawn, execSync } from 'node:child_process';", "spawn('git log --oneline');", "spawn('git', 'log --oneline'.split(' '), { shell: false });", 'execSync("ls");'].join('\n');
    expect(rules('src/core/exec.ts', text)).toEqual(['1:child-process-name', '2:spawn-args', '3:spawn-args']);
    expect(rules('src/git/log-stream.ts', "import cp from 'node:child_process';")).toEqual(['1:child-process-name']);
  });

  test('comments and strings do not count; shell: false and regex .exec are fine', () => {
    const fine = [
      '// exec(`rm -rf ${dir}`) with { shell: true } would be wrong',
      "const doc = \"import { exec } from 'node:child_process'\";",
      'const m = /v(\\d+)/.exec(text);',
      "await run('git', ['tag', name], { shell: false });",
    ].join('\n');
    expect(rules('src/stages/fine.ts', fine)).toEqual([]);
  });
});
