import { describe, expect, test } from '@jest/globals';
import { splitFooters } from '../../src/commits/conventional.js';

// The line-by-line definition that splitFooters (which scans offsets, to make no string per line) must
// agree with: split on '\n', a blank line is one that trims to '', footers are the trailing paragraphs that
// each start with a token line, and a value runs until the next token line.
function tokenOf(line: string): { token: string; valueAt: number } | null {
  for (const t of ['BREAKING CHANGE', 'BREAKING-CHANGE']) {
    if (line.startsWith(t) && (line.startsWith(': ', t.length) || line.startsWith(' #', t.length))) return { token: t, valueAt: t.length + 2 };
  }
  const m = /^[A-Za-z][A-Za-z0-9-]*/.exec(line);
  if (!m) return null;
  const i = m[0].length;
  if (line.startsWith(': ', i)) return { token: line.slice(0, i), valueAt: i + 2 };
  if (line.startsWith(' #', i)) return { token: line.slice(0, i), valueAt: i + 1 };
  return null;
}

function byLines(rawBody: string): { body: string; footers: Record<string, string[]> } {
  const lines = rawBody.replace(/\r\n?/g, '\n').split('\n');
  let end = lines.length;
  while (end > 0 && lines[end - 1].trim() === '') end--;
  let footerStart = end;
  let i = end;
  while (i > 0) {
    let start = i;
    while (start > 0 && lines[start - 1].trim() !== '') start--;
    if (tokenOf(lines[start]) === null) break;
    footerStart = start;
    i = start;
    while (i > 0 && lines[i - 1].trim() === '') i--;
  }
  const footers: Record<string, string[]> = {};
  let token: string | null = null;
  let value: string[] = [];
  for (let k = footerStart; k < end; k++) {
    const t = tokenOf(lines[k]);
    if (t) {
      if (token !== null) (footers[token] ??= []).push(value.join('\n').trim());
      token = t.token;
      value = [lines[k].slice(t.valueAt)];
    } else value.push(lines[k]);
  }
  if (token !== null) (footers[token] ??= []).push(value.join('\n').trim());
  let bodyEnd = footerStart;
  while (bodyEnd > 0 && lines[bodyEnd - 1].trim() === '') bodyEnd--;
  let bodyStart = 0;
  while (bodyStart < bodyEnd && lines[bodyStart].trim() === '') bodyStart++;
  return { body: lines.slice(bodyStart, bodyEnd).join('\n'), footers };
}

/** A small deterministic generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '', ' ', '\t', '\u00a0', '\u3000 ', 'text', 'more text here', 'Refs: #12', 'Refs #12', 'Signed-off-by: A <a@b>',
  'BREAKING CHANGE: gone', 'BREAKING CHANGE #3', 'BREAKING-CHANGE: also', 'Co-authored-by: B <b@c>', 'Token:no-space',
  '9lives: no', 'Fixes #9', '  indented: no', 'value continues', 'Acked-by: C', '#hash', 'BREAKING CHANGE:',
];

describe('splitFooters', () => {
  test('agrees with the line-by-line definition on 5,000 generated bodies', () => {
    for (let seed = 1; seed <= 5000; seed++) {
      const next = random(seed);
      const lines = Array.from({ length: Math.floor(next() * 9) }, () => PIECES[Math.floor(next() * PIECES.length)]);
      const eol = next() < 0.1 ? '\r\n' : next() < 0.05 ? '\r' : '\n';
      const body = lines.join(eol) + (next() < 0.5 ? eol : '');
      const got = splitFooters(body);
      const want = byLines(body);
      if (JSON.stringify(got) !== JSON.stringify(want)) expect({ seed, body, got }).toEqual({ seed, body, got: want });
    }
  });

  test('a body with footers', () => {
    expect(splitFooters('Explain.\n\nMore.\n\nRefs: #1\nSigned-off-by: A\nBREAKING CHANGE: the API\n  changed\n')).toEqual({
      body: 'Explain.\n\nMore.',
      footers: { Refs: ['#1'], 'Signed-off-by': ['A'], 'BREAKING CHANGE': ['the API\n  changed'] },
    });
  });

  test('footers only, and nothing at all', () => {
    expect(splitFooters('Refs: #1\n')).toEqual({ body: '', footers: { Refs: ['#1'] } });
    expect(splitFooters('')).toEqual({ body: '', footers: {} });
    expect(splitFooters(' \n\t\n')).toEqual({ body: '', footers: {} });
  });
});
