import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ReleaseError } from '../../core/errors.js';
import type { Exec } from '../../core/exec.js';
import { readTextOrNull } from '../../core/files.js';
import { parseIni } from './ini-file.js';
import { getPath, parsePyproject } from './pyproject.js';

/** Top-level names that are test suites, not the package, when a wheel ships them. */
const NOT_THE_PACKAGE = new Set(['tests', 'test', 'testing', 'docs', 'examples', 'benchmarks']);

/**
 * Reads a wheel's top-level import names with the interpreter's zipfile: `top_level.txt` when the backend
 * wrote one (setuptools), else the first path segments of its files (hatchling, flit, poetry-core write
 * none), leaving out `*.dist-info`, `*.data`, `.pth` files and test folders.
 */
const WHEEL_NAMES = `
import json, sys, zipfile
skip = set(sys.argv[2].split(','))
with zipfile.ZipFile(sys.argv[1]) as z:
    names = z.namelist()
    top = [n for n in names if n.count('/') == 1 and n.endswith('.dist-info/top_level.txt')]
    out = []
    if top:
        out = [l.strip().split('/')[0] for l in z.read(top[0]).decode('utf-8').splitlines() if l.strip()]
    else:
        for n in names:
            first = n.split('/')[0]
            if first.endswith('.dist-info') or first.endswith('.data'):
                continue
            if '/' in n:
                if n.endswith(('.py', '.so', '.pyd', '.pyi')):
                    out.append(first)
            elif n.endswith('.py'):
                out.append(n[:-3])
            elif n.endswith(('.so', '.pyd')):
                out.append(n.split('.')[0])
seen = []
for n in out:
    if n.isidentifier() and n not in seen and n not in skip:
        seen.append(n)
print(json.dumps(seen))
`;

/** The top-level import names a built wheel provides (its packages and modules). */
export async function wheelImportNames(python: string, wheel: string, exec: Exec): Promise<string[]> {
  const r = await exec(python, ['-I', '-c', WHEEL_NAMES, wheel, [...NOT_THE_PACKAGE].join(',')], { check: false, timeoutMs: 60_000 });
  if (r.code !== 0) throw new ReleaseError('BUILD_FAILED', `Could not read the top-level names of ${wheel}: ${r.stderr.trim().split('\n').pop() ?? `exit ${r.code}`}`, 'Set input "import-names" to the package\'s import names, e.g. sample.');
  const names = JSON.parse(r.stdout.trim().split('\n').pop() ?? '[]') as string[];
  return names;
}

/** Parses input `import-names` (comma- or newline-separated); refuses names that are not dotted identifiers. */
export function parseImportNames(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(/[\s,]+/).map((n) => n.trim()).filter(Boolean);
  for (const n of names) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(n)) {
      throw new ReleaseError('BAD_INPUT', `Input "import-names" has "${n}", which is not a Python import name.`, 'List the top-level modules to import, comma-separated, e.g. import-names: sample.');
    }
  }
  return names.length ? names : undefined;
}

/** Whether coverage.py is configured with its own `source` / `source_pkgs` (pyproject, .coveragerc, setup.cfg, tox.ini). */
export async function coverageConfiguresSource(packageDir: string): Promise<boolean> {
  const py = await readTextOrNull(join(packageDir, 'pyproject.toml'));
  if (py !== null) {
    try {
      const run = getPath(parsePyproject(py, 'pyproject.toml'), ['tool', 'coverage', 'run']) as Record<string, unknown> | undefined;
      if (run && (run.source !== undefined || run.source_pkgs !== undefined)) return true;
    } catch {
      // A broken pyproject.toml fails elsewhere with a clear error.
    }
  }
  for (const [file, section] of [['.coveragerc', 'run'], ['setup.cfg', 'coverage:run'], ['tox.ini', 'coverage:run']] as const) {
    const t = await readTextOrNull(join(packageDir, file));
    const s = t === null ? undefined : parseIni(t).get(section);
    if (s && (s.has('source') || s.has('source_pkgs'))) return true;
  }
  return false;
}

/**
 * The package's top-level import names as the source tree shows them before anything is built: packages
 * (directories with `__init__.py`) and modules under `src/`, else package directories at the top. Used for
 * coverage before the wheel exists; the wheel's own names are checked after the build.
 */
export async function sourceImportNames(packageDir: string): Promise<string[]> {
  const list = async (dir: string, modules: boolean): Promise<string[]> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const out: string[] = [];
    for (const e of entries) {
      if (NOT_THE_PACKAGE.has(e.name) || !/^[A-Za-z_][A-Za-z0-9_]*(\.py)?$/.test(e.name)) continue;
      if (e.isDirectory() && (await readTextOrNull(join(dir, e.name, '__init__.py'))) !== null) out.push(e.name);
      else if (modules && e.isFile() && e.name.endsWith('.py') && e.name !== 'setup.py' && e.name !== 'conftest.py') out.push(e.name.slice(0, -3));
    }
    return out.sort();
  };
  const src = await list(join(packageDir, 'src'), true);
  return src.length ? src : list(packageDir, false);
}
