import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../../src/core/exec.js';
import { extractExamples } from '../../src/ecosystems/readme-examples.js';
import { makePythonPackage } from '../fixtures/python-packages.js';

const PYTHON = '/usr/bin/python3';
const TAGS = { tags: ['python', 'py'] };
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rr-readme-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('extractExamples', () => {
  test("the fixture README: two runnable blocks at their fence lines; the skipped, bash and shell-session blocks are left out", async () => {
    await makePythonPackage(join(root, 'good'), 'good');
    const examples = extractExamples(await readFile(join(root, 'good', 'README.md'), 'utf8'), 'README.md', TAGS);
    expect(examples.map((e) => e.line)).toEqual([13, 20]);
    expect(examples[0]).toMatchObject({ file: 'README.md', lang: 'python' });
    expect(examples[0].code).toBe('from gate_sample import add\n\nassert add(1, 2) == 3\nprint(add(1, 2))\n');
    expect(examples.some((e) => e.code.includes('network_call'))).toBe(false);
  });

  test('tags match case-insensitively; tildes and longer fences work; an inner shorter fence does not close', () => {
    const md = ['# T', '', '~~~Py', 'x = 1', '~~~', '', '````python', '```', 'y = 2', '````', '', '```js', 'z()', '```'].join('\n');
    const examples = extractExamples(md, 'R.md', TAGS);
    expect(examples.map((e) => [e.line, e.lang, e.code])).toEqual([
      [3, 'Py', 'x = 1\n'],
      [7, 'python', '```\ny = 2\n'],
    ]);
  });

  test('the skip marker only applies to the block right after it (blank lines allowed)', () => {
    const md = ['<!-- release-relay: skip -->', '', '', '```python', 'skipped()', '```', 'Some text.', '', '```python', 'kept()', '```'].join('\n');
    expect(extractExamples(md, 'R.md', TAGS).map((e) => e.code)).toEqual(['kept()\n']);
    const interrupted = ['<!-- release-relay: skip -->', 'A paragraph.', '```python', 'kept()', '```'].join('\n');
    expect(extractExamples(interrupted, 'R.md', TAGS)).toHaveLength(1);
  });

  test('a block indented inside a list item loses that indentation', () => {
    const md = ['- step:', '', '  ```python', '  if True:', '      print("ok")', '  ```'].join('\n');
    expect(extractExamples(md, 'R.md', TAGS)[0].code).toBe('if True:\n    print("ok")\n');
  });

  test('a >>> session becomes a doctest run that checks the printed output', async () => {
    const md = ['```pycon', '>>> 1 + 1', '2', '>>> print("hi")', 'hi', '```', '', '```pycon', '>>> 1 + 1', '3', '```'].join('\n');
    const [good, bad] = extractExamples(md, 'README.md', { tags: ['pycon'] });
    const goodFile = join(root, 'good_doctest.py');
    const badFile = join(root, 'bad_doctest.py');
    await writeFile(goodFile, good.code);
    await writeFile(badFile, bad.code);
    expect((await exec(PYTHON, [goodFile], { check: false })).code).toBe(0);
    const failed = await exec(PYTHON, [badFile], { check: false });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/README\.md[\s\S]*Expected:\s+3\s+Got:\s+2/);
  });
});
