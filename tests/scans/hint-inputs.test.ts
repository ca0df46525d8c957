/**
 * Every hint names a REAL input (issue 11, item 7): each `input \`name\`` / `input "name"` mentioned in the
 * sources must be declared in some actions/<stage>/action.yml.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { tsFiles } from '../helpers/source-files.js';


describe('7. hints name real inputs', () => {
  test('every input a message or hint mentions is declared by an action', () => {
    const declared = new Set<string>();
    for (const file of ['action.yml', ...readdirSync('actions').map((stage) => join('actions', stage, 'action.yml'))]) {
      const yml = parse(readFileSync(file, 'utf8')) as { inputs?: Record<string, unknown> };
      for (const name of Object.keys(yml.inputs ?? {})) declared.add(name);
    }
    // Inputs the entries read without declaring them (test seams such as github-api-url) are real too.
    for (const file of tsFiles('src/actions')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/get(?:OptionalInput|Input|Secret|Boolean|Number|List)\('([a-z][a-z0-9-]+)'/g)) declared.add(m[1]);
    }
    const unknown: string[] = [];
    for (const file of tsFiles('src')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\b[Ii]nputs? [`"\\]*([a-z][a-z0-9-]+)[`"\\]/g)) if (!declared.has(m[1])) unknown.push(`${file}: ${m[1]}`);
    }
    expect(unknown).toEqual([]);
    expect(declared.has('request-timeout')).toBe(true);
  });
});
