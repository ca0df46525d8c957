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

/** Every condition name used anywhere in an exports target (nested conditions included). */
function conditions(target: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(target)) for (const t of target) conditions(t, out);
  else if (target && typeof target === 'object') {
    for (const [key, value] of Object.entries(target)) {
      if (!key.startsWith('.')) out.add(key);
      conditions(value, out);
    }
  }
  return out;
}

/** The target of the root subpath `.` of an exports field, or undefined when there is none. */
function rootExport(exportsField: unknown): unknown {
  if (typeof exportsField === 'string' || Array.isArray(exportsField)) return exportsField;
  if (!exportsField || typeof exportsField !== 'object') return undefined;
  const keys = Object.keys(exportsField);
  // An object of conditions (no subpaths) is the root export itself.
  if (keys.length && keys.every((k) => !k.startsWith('.'))) return exportsField;
  return (exportsField as Record<string, unknown>)['.'];
}

/** Module kind of a file path by its extension, with `type` deciding `.js`. */
function kindOfFile(path: string, typeModule: boolean): 'esm' | 'cjs' {
  if (path.endsWith('.mjs')) return 'esm';
  if (path.endsWith('.cjs')) return 'cjs';
  return typeModule ? 'esm' : 'cjs';
}

/** First string target of an exports value (for `"exports": "./index.js"` or `{ "default": "./x.mjs" }`). */
function firstPath(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) return target.map(firstPath).find(Boolean);
  if (target && typeof target === 'object') {
    const obj = target as Record<string, unknown>;
    return firstPath(obj.node) ?? firstPath(obj.default) ?? Object.values(obj).map(firstPath).find(Boolean);
  }
  return undefined;
}

/** How the package's root entry point is loaded; `null` when it has none (a bin-only package). */
export function moduleShape(manifest: Manifest, hasIndexJs = false): ModuleShape | null {
  const typeModule = manifest.type === 'module';
  if (manifest.exports !== undefined) {
    const root = rootExport(manifest.exports);
    if (root === undefined || root === null) return null;
    const conds = conditions(root);
    if (conds.has('import') && conds.has('require')) return { import: true, require: true, description: 'dual (exports with import and require conditions)' };
    if (conds.has('import') && !conds.has('default') && !conds.has('node')) return { import: true, require: false, description: 'ESM (exports with an import condition only)' };
    if (conds.has('require') && !conds.has('default') && !conds.has('node')) return { import: false, require: true, description: 'CommonJS (exports with a require condition only)' };
    const path = firstPath(root);
    const kind = path ? kindOfFile(path, typeModule) : typeModule ? 'esm' : 'cjs';
    return kind === 'esm' ? { import: true, require: false, description: `ESM (exports${typeModule ? ', type: module' : ''})` } : { import: false, require: true, description: 'CommonJS (exports)' };
  }
  const main = typeof manifest.main === 'string' ? manifest.main : hasIndexJs ? 'index.js' : undefined;
  if (!main) return null;
  return kindOfFile(main, typeModule) === 'esm' ? { import: true, require: false, description: `ESM (main${typeModule ? ', type: module' : ''})` } : { import: false, require: true, description: 'CommonJS (main)' };
}

/** The commands a package installs: `bin` as a string is named after the package (without its scope). */
export function binNames(manifest: Manifest): string[] {
  const bin = manifest.bin;
  if (typeof bin === 'string' && typeof manifest.name === 'string') return [manifest.name.replace(/^@[^/]+\//, '')];
  if (bin && typeof bin === 'object') return Object.keys(bin);
  return [];
}
