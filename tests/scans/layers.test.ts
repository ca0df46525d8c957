/**
 * Arrows point one way (shared/DESIGN.md): the entries → stages → the domain folders → the folders they
 * build on → core. Each top-level folder of src/ has a rank; a module may import from its own folder or from
 * a folder of lower rank, never upwards. Imports are read with the TypeScript parser (type-only ones count:
 * they couple the folders as much as any other).
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { tsFiles } from '../helpers/source-files.js';

/** Lower imports nothing higher. Folders of one rank do not import each other. */
export const RANKS: Record<string, number> = {
  core: 0,
  git: 1,
  commits: 2,
  github: 2,
  reports: 2,
  versioning: 3,
  changelog: 4,
  ecosystems: 4,
  gate: 4,
  stages: 5,
  doctor: 6,
  'command-line': 6,
  actions: 7,
  'cli.ts': 8,
};

/** The top-level folder (or file) of src/ that `path` (relative to src/) lies in. */
function topOf(pathInSrc: string): string {
  return pathInSrc.split('/')[0];
}

/** Every relative import of one module, as `from → to` top-level names, with the line. */
export function imports(fileInSrc: string, text: string): { from: string; to: string; line: number; spec: string }[] {
  const sf = ts.createSourceFile(fileInSrc, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: { from: string; to: string; line: number; spec: string }[] = [];
  const add = (node: ts.Node, spec: string): void => {
    if (!spec.startsWith('.')) return;
    const target = normalize(join(dirname(fileInSrc), spec)).split('\\').join('/');
    found.push({ from: topOf(fileInSrc), to: topOf(target), line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, spec });
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) add(node, node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) add(node, node.arguments[0].text);
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) add(node, node.argument.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** The imports that go upwards or sideways, or into a folder without a rank. */
export function violations(all: ReturnType<typeof imports>): string[] {
  return all
    .filter((i) => i.from !== i.to)
    .filter((i) => RANKS[i.from] === undefined || RANKS[i.to] === undefined || RANKS[i.to] >= RANKS[i.from])
    .map((i) => `${i.from} → ${i.to} (${i.spec}, line ${i.line})`);
}


describe('src/ imports point one way', () => {
  test('no module imports from a folder of its own rank or above', () => {
    const src = join(process.cwd(), 'src');
    const files = tsFiles(src);
    expect(files.length).toBeGreaterThan(100);
    const all = files.flatMap((f) => imports(relative(src, f).split('\\').join('/'), readFileSync(f, 'utf8')));
    expect(violations(all)).toEqual([]);
    // Every top-level folder of src/ has a rank (a new folder must be placed deliberately).
    expect(readdirSync(src).filter((n) => RANKS[n] === undefined && !n.endsWith('.d.ts'))).toEqual([]);
  });

  test('the scanner catches an upward, a sideways and a type-only import', () => {
    const text = ["import { prepareRelease } from '../stages/prepare-release.js';", "import { formatTag } from '../changelog/tags.js';", "type G = import('../gate/run-tests.js').RunTestsOptions;", "import { x } from './local.js';"].join('\n');
    expect(violations(imports('ecosystems/npm/../thing.ts', text))).toEqual(['ecosystems → stages (../stages/prepare-release.js, line 1)', 'ecosystems → changelog (../changelog/tags.js, line 2)', 'ecosystems → gate (../gate/run-tests.js, line 3)']);
    expect(violations(imports('stages/x.ts', text))).toEqual([]);
  });
});
