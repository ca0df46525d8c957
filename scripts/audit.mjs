#!/usr/bin/env node
// `npm audit --omit=dev` gate: fails on high or critical advisories in production dependencies. When the
// registry answers without an advisory database (some mirrors reply 405 to the bulk endpoint), it says so
// and passes: no answer is not a clean answer, and it is reported as such.
import { spawnSync } from 'node:child_process';

const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(r.stdout || '{}');
} catch {
  report = {};
}
if (report.error || !report.metadata) {
  const why = report.error?.summary || report.error?.code || (r.stderr || '').trim().split('\n').pop() || 'no report';
  console.log(`npm audit: the registry gave no advisory report (${why}); audit NOT performed on this machine.`);
} else {
  const v = report.metadata.vulnerabilities ?? {};
  console.log(`npm audit (production): ${JSON.stringify(v)}`);
  if ((v.high ?? 0) + (v.critical ?? 0) > 0) {
    console.error('High or critical advisories in production dependencies: run `npm audit --omit=dev` for details.');
    process.exitCode = 1;
  }
}
