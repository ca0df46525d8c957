/**
 * The fastest path of each bundled action: an input that is wrong on its face fails before the stage's
 * code (a separate chunk of the bundle) is loaded and before any child process (git, Python, pip) is
 * started. Observed, not timed: a module-resolve hook records every module the bundle imports, and PATH
 * holds no git or Python at all.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundlePath, ensureBundle, runBundledAction, type BundleEntry } from '../helpers/bundled-action.js';

let dir: string;
let hook: string;

beforeAll(async () => {
  for (const b of ['prepare-release', 'quality-gate', 'publish-and-verify'] as const) await ensureBundle(b);
  dir = mkdtempSync(join(tmpdir(), 'relay-cold-'));
  // A resolve hook (module.register, run by --import) appends each resolved URL to the file in RESOLVED_LOG.
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(hooks, "import { appendFileSync } from 'node:fs';\nexport async function resolve(specifier, context, next) {\n  const r = await next(specifier, context);\n  appendFileSync(process.env.RESOLVED_LOG, r.url + '\\n');\n  return r;\n}\n");
  hook = join(dir, 'register.mjs');
  writeFileSync(hook, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a bundle with only the given inputs, PATH pointing at an empty directory; returns output and the modules it resolved. */
async function runBare(stage: BundleEntry, inputs: Record<string, string>): Promise<{ code: number; out: string; modules: string[] }> {
  const log = join(dir, `${stage}.log`);
  writeFileSync(log, '');
  const empty = mkdtempSync(join(dir, 'path-'));
  const r = await runBundledAction(bundlePath(stage), { workspace: dir, scratch: join(dir, `runner-${stage}`), inputs, bare: true, env: { PATH: empty, HOME: dir, RESOLVED_LOG: log }, nodeArgs: ['--import', pathToFileURL(hook).href] });
  const modules = readFileSync(log, 'utf8').split('\n').filter((l) => l.startsWith('file:') && l.includes('/dist/'));
  return { code: r.code, out: r.stdout + r.stderr, modules };
}

describe('cold start: bad input fails before the stage loads or any process starts', () => {
  test.each([
    ['prepare-release', { bump: 'sideways' }, 'BAD_INPUT', /Input "bump" is "sideways"/],
    ['prepare-release', { 'prerelease-id': '1rc' }, 'BAD_INPUT', /prerelease-id/],
    ['quality-gate', {}, 'BAD_CONTEXT', /no release context and no tag/],
    ['publish-and-verify', {}, 'BAD_CONTEXT', /needs the release context/],
  ])('%s with %j fails with %s from the entry chunk alone', async (stage, inputs, code, message) => {
    const r = await runBare(stage as BundleEntry, inputs as Record<string, string>);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`(${code})`);
    expect(r.out).toMatch(message);
    // The entry itself was resolved (the hook works), and no lazily loaded chunk (N.index.js) was.
    expect(r.modules.some((m) => m.endsWith(`/dist/${stage}/index.js`))).toBe(true);
    expect(r.modules.filter((m) => /\/\d+\.index\.js$/.test(m))).toEqual([]);
  });
});
