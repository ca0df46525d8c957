#!/usr/bin/env node
// `npm audit` gate for what ships: fails on high or critical advisories in the packages the bundles embed.
// Every runtime library is a devDependency (ncc bundles it into dist/, so the published CLI installs with no
// dependencies), so "shipped" is computed, not read from `dependencies`: the bare imports of src/ and their
// dependency closure in package-lock.json. When the registry answers without an advisory database (some
// mirrors reply 405 to the bulk endpoint), it says so and passes: no answer is not a clean answer, and it
// is reported as such.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Package names imported by the TypeScript sources under src/ (what ncc bundles). */
function importedPackages() {
  const names = new Set();
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        for (const m of readFileSync(p, 'utf8').matchAll(/(?:\bfrom|\bimport\s*\(?)\s*['"]([@\w][@\w./-]*)['"]/g)) {
          const spec = m[1];
          if (spec.startsWith('node:') || builtinModules.includes(spec)) continue;
          names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
        }
      }
    }
  };
  walk(join(root, 'src'));
  return names;
}

/** The imported packages and everything they depend on, per package-lock.json. */
function shippedPackages() {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const shipped = new Set();
  const queue = [...importedPackages()];
  while (queue.length) {
    const name = queue.pop();
    if (shipped.has(name)) continue;
    shipped.add(name);
    const entry = lock.packages?.[`node_modules/${name}`];
    for (const dep of Object.keys({ ...entry?.dependencies, ...entry?.optionalDependencies })) queue.push(dep);
  }
  return shipped;
}

const r = spawnSync('npm', ['audit', '--json'], { encoding: 'utf8', cwd: root });
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
  const shipped = shippedPackages();
  const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => shipped.has(v.name) && ['high', 'critical'].includes(v.severity));
  console.log(`npm audit: ${shipped.size} shipped package(s); all packages: ${JSON.stringify(report.metadata.vulnerabilities ?? {})}`);
  if (serious.length) {
    console.error(`High or critical advisories in shipped packages: ${serious.map((v) => `${v.name} (${v.severity})`).join(', ')}. Run \`npm audit\` for details.`);
    process.exitCode = 1;
  }
}
