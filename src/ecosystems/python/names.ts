/** PEP 503 normalized project name: runs of `-`, `_`, `.` become one `-`, lower-cased (`Relay_Example` → `relay-example`). */
export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** The import name a project most likely uses for its top-level module (`relay-example` → `relay_example`). */
export function importName(name: string): string {
  return normalizeName(name).replace(/-/g, '_');
}
