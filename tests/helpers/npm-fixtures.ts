/**
 * Small npm packages made on the spot, in the shapes real packages come in: ESM-only, CommonJS, dual
 * (exports with import/require conditions), TypeScript built by a prepack script, a `bin`, no lockfile, and
 * test scripts run by jest, by a plain script with no reporter, or by a compound script. Tools the package
 * needs (jest, typescript) come from this repository's node_modules through a symlink, as an installed
 * devDependency would.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Package shapes the tests make. */
export type FixtureShape = 'esm' | 'cjs' | 'dual' | 'typescript' | 'bin';

/** Options of makeNpmFixture. */
export interface FixtureOptions {
  shape: FixtureShape;
  name: string;
  version?: string;
  /** The `test` script. Defaults to `node --test`. */
  testScript?: string;
  /** Extra files (relative path → content). */
  files?: Record<string, string>;
  /** Link this repository's node_modules into the package (jest, typescript, c8 when installed). Defaults to false. */
  linkNodeModules?: boolean;
  /** Write a package-lock.json. Defaults to false (no lockfile). */
  lockfile?: boolean;
  /** Extra package.json fields. */
  manifest?: Record<string, unknown>;
}

/** A made package: its directory and a cleanup. */
export interface NpmFixture {
  dir: string;
  cleanup(): Promise<void>;
}

const SHAPES: Record<FixtureShape, { manifest: Record<string, unknown>; files: Record<string, string> }> = {
  esm: {
    manifest: { type: 'module', exports: { '.': './index.js' }, files: ['index.js'] },
    files: { 'index.js': "export const greet = (n) => `hello ${n}`;\n" },
  },
  cjs: {
    manifest: { main: 'index.js', files: ['index.js'] },
    files: { 'index.js': "exports.greet = (n) => `hello ${n}`;\n" },
  },
  dual: {
    manifest: { exports: { '.': { import: './esm/index.mjs', require: './cjs/index.cjs' } }, main: './cjs/index.cjs', files: ['esm', 'cjs'] },
    files: { 'esm/index.mjs': "export const greet = (n) => `hello ${n}`;\n", 'cjs/index.cjs': "exports.greet = (n) => `hello ${n}`;\n" },
  },
  typescript: {
    manifest: { type: 'module', exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } }, files: ['dist'], scripts: { prepack: 'tsc -p tsconfig.json' } },
    files: {
      'src/index.ts': 'export const greet = (n: string): string => `hello ${n}`;\n',
      'tsconfig.json': `${JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', outDir: 'dist', rootDir: 'src', declaration: true, strict: true, skipLibCheck: true }, include: ['src'] }, null, 2)}\n`,
    },
  },
  bin: {
    manifest: { type: 'module', bin: { 'fixture-greet': './cli.js' }, files: ['cli.js'] },
    files: { 'cli.js': "#!/usr/bin/env node\nif (process.argv.includes('--help')) { console.log('usage: fixture-greet NAME'); process.exit(0); }\nconsole.log(`hello ${process.argv[2]}`);\n" },
  },
};

/** Makes a package of the given shape in a fresh temp directory. */
export async function makeNpmFixture(opts: FixtureOptions): Promise<NpmFixture> {
  const root = await mkdtemp(join(tmpdir(), 'relay-npm-fixture-'));
  const dir = join(root, 'pkg');
  const shape = SHAPES[opts.shape];
  const manifest: Record<string, unknown> = {
    name: opts.name,
    version: opts.version ?? '1.0.0',
    description: `release-relay fixture (${opts.shape})`,
    license: 'MIT',
    ...shape.manifest,
    ...opts.manifest,
    scripts: { ...(shape.manifest.scripts as Record<string, string> | undefined), test: opts.testScript ?? 'node --test', ...(opts.manifest?.scripts as Record<string, string> | undefined) },
  };
  // A checkout has no build output (the gate's pack must build it) and no node_modules.
  const files: Record<string, string> = { '.gitignore': 'dist/\nnode_modules\n', ...shape.files, 'README.md': `# ${opts.name}\n`, ...opts.files, 'package.json': `${JSON.stringify(manifest, null, 2)}\n` };
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content, { mode: path.endsWith('cli.js') ? 0o755 : 0o644 });
  }
  if (opts.lockfile) {
    const lock = { name: opts.name, version: manifest.version, lockfileVersion: 3, requires: true, packages: { '': { name: opts.name, version: manifest.version, license: 'MIT' } } };
    await writeFile(join(dir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  }
  if (opts.linkNodeModules) await symlink(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, cleanup: () => rm(root, { recursive: true, force: true }) };
}
