#!/usr/bin/env node
// Bundles each action entry (and the CLI) with ncc, one call per entry, as actions/setup-python does.
// Usage: node scripts/bundle.mjs [entry ...]   (default: all)
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSourceMapsThroughRequire } from './bundle-post.mjs';

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
