// What scripts/bundle.mjs does to each ncc bundle after ncc (the benchmark's hello-world action gets the same).
import { readFileSync, writeFileSync } from 'node:fs';

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
export function loadSourceMapsThroughRequire(file) {
  const text = readFileSync(file, 'utf8');
  const from = "import './sourcemap-register.cjs';";
  const to =
    "import { createRequire as __rrSourceMapRequire } from 'module'; " +
    "process.once('uncaughtExceptionMonitor', () => { try { __rrSourceMapRequire(import.meta.url)('./sourcemap-register.cjs'); } catch {} });";
  if (!text.includes(from)) throw new Error(`${file}: ncc no longer starts with ${from}; update loadSourceMapsThroughRequire in scripts/bundle.mjs`);
  writeFileSync(file, text.replace(from, to));
}
