/**
 * How a user loads an installed package, read from its package.json the way Node resolves it: `import` for an
 * ES module package, `require` for a CommonJS one, both for a dual package (an exports map with `import` and
 * `require` conditions), nothing for a package without a root entry point (a bin-only tool, or an exports map
 * with subpaths only). Also the names of its `bin` commands.
 */

/** The ways to load a package's root entry point. */
export interface ModuleShape {
  /** Load with `import()`. */
  import: boolean;
  /** Load with `require()`. */
  require: boolean;
  /** In words, for logs: `ESM (type: module)`, `dual (exports import + require)`, `CommonJS (main)`. */
  description: string;
}

type Manifest = Record<string, unknown>;

/** The target of the root subpath `.` of an exports field, or undefined when there is none. */
function rootExport(exportsField: unknown): unknown {
  if (typeof exportsField === 'string' || Array.isArray(exportsField)) return exportsField;
  if (!exportsField || typeof exportsField !== 'object') return undefined;
  const keys = Object.keys(exportsField);
  // An object of conditions (no subpaths) is the root export itself.
  if (keys.length && keys.every((k) => !k.startsWith('.'))) return exportsField;
  return (exportsField as Record<string, unknown>)['.'];
}

/** Resolves an exports target for a set of conditions as Node does: keys in order, `default` always matches. */
export function resolveExportTarget(target: unknown, conditions: ReadonlySet<string>): string | undefined {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) return target.map((t) => resolveExportTarget(t, conditions)).find((t) => t !== undefined);
  if (target && typeof target === 'object') {
    for (const [key, value] of Object.entries(target)) {
      if (key === 'default' || conditions.has(key)) {
        const found = resolveExportTarget(value, conditions);
        if (found !== undefined) return found;
      }
    }
  }
  return undefined;
}

/** Module kind of a file path by its extension, with `type` deciding `.js`. */
function kindOfFile(path: string, typeModule: boolean): 'esm' | 'cjs' {
  if (path.endsWith('.mjs')) return 'esm';
  if (path.endsWith('.cjs')) return 'cjs';
  return typeModule ? 'esm' : 'cjs';
}

const IMPORT = new Set(['node', 'import']);
const REQUIRE = new Set(['node', 'require']);

/** How the package's root entry point is loaded; `null` when it has none (a bin-only package). */
export function moduleShape(manifest: Manifest, hasIndexJs = false): ModuleShape | null {
  const typeModule = manifest.type === 'module';
  const typeNote = typeModule ? ', type: module' : '';
  if (manifest.exports !== undefined) {
    const root = rootExport(manifest.exports);
    if (root === undefined || root === null) return null;
    const forImport = resolveExportTarget(root, IMPORT);
    const forRequire = resolveExportTarget(root, REQUIRE);
    // Two different files, the require one CommonJS: a dual package, and users load it both ways.
    if (forImport && forRequire && forImport !== forRequire && kindOfFile(forRequire, typeModule) === 'cjs') {
      return { import: true, require: true, description: 'dual (exports resolve import and require to different files)' };
    }
    const only = forImport ?? forRequire;
    if (!only) return null;
    if (!forImport) return { import: false, require: true, description: 'CommonJS (exports with a require condition only)' };
    return kindOfFile(only, typeModule) === 'esm' ? { import: true, require: false, description: `ESM (exports${typeNote})` } : { import: false, require: true, description: `CommonJS (exports${typeNote})` };
  }
  const main = typeof manifest.main === 'string' ? manifest.main : hasIndexJs ? 'index.js' : undefined;
  if (!main) return null;
  return kindOfFile(main, typeModule) === 'esm' ? { import: true, require: false, description: `ESM (main${typeNote})` } : { import: false, require: true, description: 'CommonJS (main)' };
}

/** The commands a package installs: `bin` as a string is named after the package (without its scope). */
export function binNames(manifest: Manifest): string[] {
  const bin = manifest.bin;
  if (typeof bin === 'string' && typeof manifest.name === 'string') return [manifest.name.replace(/^@[^/]+\//, '')];
  if (bin && typeof bin === 'object') return Object.keys(bin);
  return [];
}
