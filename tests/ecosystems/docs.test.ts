import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planDocsEdits, replaceLiteral } from '../../src/ecosystems/docs.js';
import { pythonDocsReplacements, shieldsEscape } from '../../src/ecosystems/python/docs-replacements.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function repo(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'relay-docs-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) await writeFile(join(root, path), text);
  return root;
}

describe('literal replacement', () => {
  test('respects name and version boundaries', () => {
    const text = 'a relay==1.2.0 b other-relay==1.2.0 c relay==1.2.0.post1 d relay==1.2.0rc1 e relay==1.2.0+local f relay==1.2.0.';
    const res = replaceLiteral(text, 'relay==1.2.0', 'relay==1.3.0');
    expect(res).toEqual({ text: text.replace('a relay==1.2.0', 'a relay==1.3.0').replace('f relay==1.2.0.', 'f relay==1.3.0.'), count: 2 });
  });

  test('user text with regex metacharacters is matched literally', () => {
    expect(replaceLiteral('x a.b*c(1) y', 'a.b*c(1)', 'z').text).toBe('x z y');
    expect(replaceLiteral('x axb*c(1) y', 'a.b*c(1)', 'z').count).toBe(0);
  });

  test('shields escaping doubles dashes and underscores', () => {
    expect(shieldsEscape('1.0.0-rc_1')).toBe('1.0.0--rc__1');
  });
});

describe('planDocsEdits with the python replacements', () => {
  const readme = [
    '# relay-example',
    '[![v](https://img.shields.io/badge/version-0.1.0-blue)](x) [![pypi](https://img.shields.io/pypi/v/relay-example)](y)',
    '```sh',
    'pip install relay-example==0.1.0',
    'pip install "relay-example==0.1.0"',
    'pip install relay_example==0.1.0',
    '```',
    'requirements.txt: relay-example==0.1.0',
    'Unrelated: other-relay-example==0.1.0, some-lib==0.1.0, relay-example==0.1.0.post1, python-version-0.1.0-x,',
    'version-0.1.0--rc1-orange and the plain text 0.1.0 in prose.',
    '',
  ].join('\n');

  test('install snippets and static badges move; unrelated version-like text stays', async () => {
    const root = await repo({ 'README.md': readme, 'INSTALL.md': 'no versions here\n' });
    const pairs = pythonDocsReplacements('relay_example', '0.1.0', '0.2.0');
    const { edits, changed } = await planDocsEdits(root, ['README.md', 'INSTALL.md'], pairs);
    const expected = readme
      .replace('badge/version-0.1.0-blue', 'badge/version-0.2.0-blue')
      .replace('pip install relay-example==0.1.0\n', 'pip install relay-example==0.2.0\n')
      .replace('pip install "relay-example==0.1.0"', 'pip install "relay-example==0.2.0"')
      .replace('pip install relay_example==0.1.0', 'pip install relay_example==0.2.0')
      .replace('requirements.txt: relay-example==0.1.0', 'requirements.txt: relay-example==0.2.0');
    expect(edits).toEqual([{ path: 'README.md', before: readme, after: expected }]);
    expect(changed).toEqual([{ file: 'README.md', count: 5 }]);
    // Planning wrote nothing.
    expect(await readFile(join(root, 'README.md'), 'utf8')).toBe(readme);
  });

  test('a pre-release with a dash is escaped in static badges', async () => {
    const root = await repo({ 'README.md': '![v](https://img.shields.io/badge/version-1.0.0--rc1-blue)\n' });
    const { edits } = await planDocsEdits(root, ['README.md'], pythonDocsReplacements('x', '1.0.0-rc1', '1.0.0'));
    expect(edits[0].after).toBe('![v](https://img.shields.io/badge/version-1.0.0-blue)\n');
  });

  test('paths escaping the repository are refused; a missing file is named', async () => {
    const root = await repo({});
    await expect(planDocsEdits(root, ['../outside.md'], [])).rejects.toMatchObject({ code: 'PATH_ESCAPE' });
    await expect(planDocsEdits(root, ['/etc/passwd'], [])).rejects.toMatchObject({ code: 'PATH_ESCAPE' });
    await expect(planDocsEdits(root, ['docs/missing.md'], [])).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('docs/missing.md') });
  });
});

describe('11. docs-files match every spelling PEP 503 normalizes to the name', () => {
  test.each(['relay_example', 'relay-example', 'relay.example', 'Relay_Example', 'RELAY-EXAMPLE'])('pip install %s==0.1.0', (spelling) => {
    let text = `Install it:\n\n    pip install ${spelling}==0.1.0\n`;
    for (const r of pythonDocsReplacements('relay-example', '0.1.0', '0.2.0')) text = replaceLiteral(text, r.from, r.to, { ignoreCase: r.ignoreCase }).text;
    expect(text).toContain(`pip install ${spelling}==0.2.0`);
  });

  test('another project whose name merely contains it is left alone', () => {
    let text = 'pip install other_relay_example==0.1.0\n';
    for (const r of pythonDocsReplacements('relay-example', '0.1.0', '0.2.0')) text = replaceLiteral(text, r.from, r.to, { ignoreCase: r.ignoreCase }).text;
    expect(text).toBe('pip install other_relay_example==0.1.0\n');
  });
});
