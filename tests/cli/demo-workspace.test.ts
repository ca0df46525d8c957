/**
 * `npm run demo -- --ecosystem npm --workspace` as a user meets it (dist/demo/index.js): the bundled
 * three-package workspace released end to end to a real verdaccio, every package tagged, published (the
 * dependents naming the new versions) and verified; --workspace without npm is a usage error.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { exec } from '../../src/core/exec.js';
import { bundlePath, ensureBundle } from '../helpers/bundled-action.js';

const DEMO = bundlePath('demo');

beforeAll(async () => {
  await ensureBundle('demo');
});

describe('npm run demo -- --ecosystem npm --workspace', () => {
  test('releases core, format and cli in dependency order, each tagged, published and verified', async () => {
    const run = await exec(process.execPath, [DEMO, '--ecosystem', 'npm', '--workspace'], { check: false, env: { CI: 'true' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/relay-ws-core +0\.1\.0 → 0\.2\.0 \(minor\) +tag relay-ws-core@0\.2\.0 on [0-9a-f]{7} +published, verified/);
    expect(run.stdout).toMatch(/relay-ws-format +0\.1\.0 → 0\.1\.1 \(patch\) +tag relay-ws-format@0\.1\.1 on [0-9a-f]{7} +published, depends on relay-ws-core@\^0\.2\.0, verified/);
    expect(run.stdout).toMatch(/relay-ws-cli +0\.1\.0 → 0\.1\.1 \(patch\) +tag relay-ws-cli@0\.1\.1 on [0-9a-f]{7} +published, depends on relay-ws-format@\^0\.1\.1, verified/);
    expect(run.stdout).toContain('3 GitHub releases (relay-ws-core@0.2.0, relay-ws-format@0.1.1, relay-ws-cli@0.1.1)');
    const order = ['relay-ws-core: publish to registry', 'relay-ws-format: publish to registry', 'relay-ws-cli: publish to registry'].map((s) => run.stdout.indexOf(s));
    expect(order.every((i, n) => i > 0 && (n === 0 || i > order[n - 1]))).toBe(true);
  });

  test('--workspace goes with --ecosystem npm', async () => {
    const run = await exec(process.execPath, [DEMO, '--workspace'], { check: false });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--workspace goes with --ecosystem npm');
  });
});
