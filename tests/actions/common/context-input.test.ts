/**
 * The release context as the actions read it (issue 11, items 4 and 8): `context` and `context-file` given
 * together must agree on everything that decides what is published; a file alone is accepted with a warning
 * that its integrity rests on the artifact store; bytes that are not UTF-8 are refused, never turned into U+FFFD.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, jest, test } from '@jest/globals';
import { loadContext, serializeContext } from '../../../src/core/context.js';
import { actionsCoreStub, onRunner } from '../../helpers/actions-core.js';
import { cleanupAfter } from '../../helpers/cleanup.js';
import { approvedContext } from '../../helpers/context.js';
import { rejection } from '../../helpers/errors.js';

const stub = actionsCoreStub();
jest.unstable_mockModule('@actions/core', () => stub.core);
const { readContextInputChecked } = await import('../../../src/actions/common/context-input.js');
onRunner(stub, {});
const cleanups = cleanupAfter();

function file(text: string | Buffer): string {
  const d = mkdtempSync(join(tmpdir(), 'relay-ctx-'));
  cleanups.push(() => rmSync(d, { recursive: true, force: true }));
  const f = join(d, 'release-context.json');
  writeFileSync(f, text);
  return f;
}

describe('4. context and context-file', () => {
  test('both given and a consistently edited file (other sha256 and size) is refused', async () => {
    const good = approvedContext();
    const edited = structuredClone(good);
    edited.artifacts = [{ file: 'w-1.1.0.tar.gz', sha256: 'c'.repeat(64), size: 123 }];
    stub.inputs.context = serializeContext(good);
    stub.inputs['context-file'] = file(serializeContext(edited));
    const err = await rejection(readContextInputChecked('publish-and-verify'), 'CONTEXT_MISMATCH');
    expect(err.message).toContain('artifacts');
    expect(err.hint).toMatch(/context-file/);
  });

  test('both given and equal: accepted, no warning', async () => {
    stub.inputs.context = serializeContext(approvedContext());
    stub.inputs['context-file'] = file(serializeContext(approvedContext()));
    const r = await readContextInputChecked('publish-and-verify');
    expect(r.context?.artifacts?.[0].sha256).toBe('b'.repeat(64));
    expect(r.warning).toBeUndefined();
  });

  test('only the file: accepted with a warning naming where its integrity comes from', async () => {
    stub.inputs['context-file'] = file(serializeContext(approvedContext()));
    const r = await readContextInputChecked('publish-and-verify');
    expect(r.context).toBeDefined();
    expect(r.warning).toMatch(/artifact/);
    expect(r.warning).toMatch(/`context`/);
  });
});

describe('8. invalid UTF-8 in the context is refused', () => {
  test('a context file with a byte that is not UTF-8', async () => {
    const text = serializeContext(approvedContext()).replace('"w"', '"w\u0001"');
    const bytes = Buffer.from(text, 'utf8');
    bytes[bytes.indexOf(1)] = 0xff;
    const err = await rejection(loadContext(file(bytes), 'publish-and-verify'), 'BAD_CONTEXT');
    expect(err.message).toMatch(/UTF-8/);
  });

  test('a context input carrying U+FFFD (what the runner makes of invalid bytes)', async () => {
    stub.inputs.context = serializeContext(approvedContext()).replace('"w"', '"w\uFFFD"');
    const err = await rejection(readContextInputChecked('publish-and-verify'), 'BAD_CONTEXT');
    expect(err.message).toMatch(/UTF-8/);
  });
});
