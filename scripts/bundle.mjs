#!/usr/bin/env node
// Bundles each action entry (and the CLI) with ncc, one call per entry, as actions/setup-python does.
// Usage: node scripts/bundle.mjs [entry ...]   (default: all)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = {
  'prepare-release': 'src/actions/prepare-release/index.ts',
  'quality-gate': 'src/actions/quality-gate/index.ts',
  'publish-and-verify': 'src/actions/publish-and-verify/index.ts',
  relay: 'src/actions/relay/index.ts',
  cli: 'src/cli.ts',
  demo: 'scripts/demo.ts',
};
const wanted = process.argv.slice(2);
const ncc = join(root, 'node_modules', '.bin', 'ncc');
for (const [name, entry] of Object.entries(ENTRIES)) {
  if (wanted.length && !wanted.includes(name)) continue;
  if (!existsSync(join(root, entry))) {
    console.log(`skip ${name}: ${entry} does not exist yet`);
    continue;
  }
  const out = join(root, 'dist', name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(ncc, ['build', entry, '-o', out, '--source-map', '--license', 'licenses.txt', '--quiet'], { cwd: root, stdio: 'inherit' });
  loadSourceMapsThroughRequire(join(out, 'index.js'));
  console.log(`bundled ${name} → dist/${name}`);
}

/**
 * ncc starts an ESM bundle with `import './sourcemap-register.cjs'` (source-map-support), which maps every
 * stack trace formatted in the process through the bundle's source map. Two costs, both paid by runs that
 * never crash: importing CommonJS from ESM makes Node scan the file for its exports (about 8 ms of every
 * start), and the first stack formatted parses the whole map (150 ms for the demo's 7 MB map). Node formats
 * a stack whenever a stream is destroyed with an error (an HTTP keep-alive socket the server closed is
 * enough), so the second cost was paid by ordinary releases. Our own messages never print stacks; a crash
 * does (Node prints the uncaught error). So the hook is installed when the process is about to die of an
 * uncaught exception or rejection, before Node formats that error's stack, and not before.
 */
function loadSourceMapsThroughRequire(file) {
  const text = readFileSync(file, 'utf8');
  const from = "import './sourcemap-register.cjs';";
  const to =
    "import { createRequire as __rrSourceMapRequire } from 'module'; " +
    "process.once('uncaughtExceptionMonitor', () => { try { __rrSourceMapRequire(import.meta.url)('./sourcemap-register.cjs'); } catch {} });";
  if (!text.includes(from)) throw new Error(`${file}: ncc no longer starts with ${from}; update loadSourceMapsThroughRequire in scripts/bundle.mjs`);
  writeFileSync(file, text.replace(from, to));
}
