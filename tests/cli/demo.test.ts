/**
 * The demo as a user meets it (dist/demo/index.js, as `npm run demo` runs it): --help instead of a stack
 * trace, and a whole release with --keep that leaves the notes and the index's files to open afterwards,
 * with plain progress lines (start and end of each step) when the output is not a terminal.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { exec } from '../../src/core/exec.js';
import { ensureBundle } from '../helpers/action-run.js';

const DEMO = join(process.cwd(), 'dist', 'demo', 'index.js');
let kept: string | undefined;

beforeAll(async () => {
  await ensureBundle('demo');
});
afterAll(() => {
  if (kept) rmSync(kept, { recursive: true, force: true });
});

describe('npm run demo', () => {
  test('--help prints the options and the prerequisites; an unknown option is a usage error, not a stack trace', async () => {
    const help = await exec(process.execPath, [DEMO, '--help'], { check: false });
    expect(help.code).toBe(0);
    for (const option of ['--keep', '--verbose', '--ecosystem', '--bump', '--attestations']) expect(help.stdout).toContain(option);
    expect(help.stdout).toContain('twine');
    expect(help.stdout).toContain('hatchling');
    const bad = await exec(process.execPath, [DEMO, '--kep'], { check: false });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--kep'");
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  test('--keep: a verified release whose repository, notes and index contents stay on disk; progress in plain lines', async () => {
    const run = await exec(process.execPath, [DEMO, '--keep'], { check: false, env: { CI: 'true' } });
    const m = /^Kept (\S+): /m.exec(run.stdout);
    kept = m?.[1];
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    if (!kept) throw new Error(`no "Kept" line:\n${run.stdout}`);
    expect(readdirSync(join(kept, 'notes'))).toEqual(['relay-example-0.2.0.md']);
    expect(readFileSync(join(kept, 'notes', 'relay-example-0.2.0.md'), 'utf8')).toContain('0.2.0');
    expect(readdirSync(join(kept, 'index', 'relay-example', '0.2.0')).sort()).toEqual(['relay_example-0.2.0-py3-none-any.whl', 'relay_example-0.2.0.tar.gz']);
    expect(existsSync(join(kept, 'release-context.json'))).toBe(true);
    expect(run.stdout).toContain(`notes        ${join(kept, 'notes')}`);
    // Each step's start and end (with its time) as plain lines, in order, before the summary table.
    const lines = run.stdout.split('\n');
    const start = lines.indexOf('▸ run tests');
    const end = lines.findIndex((l) => /^✔ run tests \(\d+\.\d s\)$/.test(l));
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    expect(lines.findIndex((l) => /^✔ verify from registry \(/.test(l))).toBeLessThan(lines.findIndex((l) => l.startsWith('| step |')));
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0008\u000b-\u001f\u007f]/.test(run.stdout.replace(/\n/g, ''))).toBe(false);
  });

  test('--attestations: published through Trusted Publishing with PEP 740 attestations, verified from what the index serves', async () => {
    const run = await exec(process.execPath, [DEMO, '--attestations'], { check: false, env: { CI: 'true' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}sigstore {4}http:\/\/127\.0\.0\.1:\d+ \(Fulcio and Rekor\)$/m);
    expect(run.stdout).toMatch(/through Trusted Publishing, 2 file\(s\) attested, verified by a clean install and its provenance/);
    expect(run.stdout).toMatch(/^ {2}attested {5}2 file\(s\) through Trusted Publishing \(PEP 740, 2 Fulcio certificate\(s\), 2 Rekor entries\) → attestation verified/m);
    const npm = await exec(process.execPath, [DEMO, '--attestations', '--ecosystem', 'npm'], { check: false });
    expect(npm.code).toBe(2);
    expect(npm.stderr).toContain('--attestations releases the Python example');
  });
});
