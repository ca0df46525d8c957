/**
 * docs/reliability.md's supply-chain section is generated from scripts/reliability-supply-chain.mjs: the
 * committed document carries the current section (the same `--check` CI runs), and every test a row names
 * exists, so the document cannot claim evidence that is not there.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec } from '../../src/core/exec.js';

const SCRIPT = join(process.cwd(), 'scripts', 'reliability-report.mjs');

async function rows(): Promise<{ failure: string; test: [string, string] | null }[]> {
  const r = await exec(process.execPath, ['--input-type=module', '-e', "import { SUPPLY_CHAIN_ROWS } from './scripts/reliability-supply-chain.mjs'; process.stdout.write(JSON.stringify(SUPPLY_CHAIN_ROWS));"], { cwd: process.cwd() });
  return JSON.parse(r.stdout) as { failure: string; test: [string, string] | null }[];
}

describe('docs/reliability.md: the supply-chain failure modes', () => {
  test('the committed document carries the generator\'s current section (--check exits 0)', async () => {
    const check = await exec(process.execPath, [SCRIPT, '--check'], { check: false });
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    const doc = readFileSync(join(process.cwd(), 'docs', 'reliability.md'), 'utf8');
    for (const mode of ['attestation missing', 'attestation mismatched', 'drops attestations', 'stray token', 'wrong repository.url', 'npm CLI too old', 'OIDC unavailable', 'first publish needs a token']) expect(doc).toContain(mode);
  });

  test('every test a row names exists in the file it names', async () => {
    const named = (await rows()).filter((r) => r.test);
    expect(named.length).toBeGreaterThanOrEqual(10);
    const missing = named.filter((r) => {
      const [file, title] = r.test as [string, string];
      return !readFileSync(join(process.cwd(), file), 'utf8').includes(title.replace(/'/g, "\\'"));
    });
    expect(missing.map((r) => r.test)).toEqual([]);
  });
});
