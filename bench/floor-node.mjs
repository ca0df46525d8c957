#!/usr/bin/env node
// Floor for the benchmark: the least a Node tool must do to read a range of history. Spawns
// `git log -z` with a NUL-separated record format, splits records and fields, prints the count.
// Usage: node bench/floor-node.mjs <repo> <range>
import { spawn } from 'node:child_process';

const [repo, range] = process.argv.slice(2);
const child = spawn('git', ['log', '-z', '--format=%H%x1f%an%x1f%ae%x1f%at%x1f%B', range], { cwd: repo });
const chunks = [];
child.stdout.on('data', (c) => chunks.push(c));
child.on('close', (code) => {
  const records = Buffer.concat(chunks).toString('utf8').split('\0').filter(Boolean);
  let conventional = 0;
  for (const r of records) {
    const [, , , , message] = r.split('\x1f');
    if (/^\w+(\([^)]*\))?!?: /.test(message)) conventional++;
  }
  console.log(JSON.stringify({ records: records.length, conventional }));
  process.exitCode = code ?? 1;
});
