/**
 * Moving a dependent's range on a workspace package to the version being released, keeping its style:
 * `^1.2.0` → `^1.3.0`, `~1.2.0` → `~1.3.0`, `1.2.0` → `1.3.0`, `workspace:^1.2.0` → `workspace:^1.3.0`.
 * `workspace:*`, `workspace:^` and `workspace:~` are left alone (the package manager fills them in at pack time).
 */
// Single functions, not semver's index (which loads every range helper): see versioning/semver.ts.
import semverSatisfies from 'semver/functions/satisfies.js';
import semverValidRange from 'semver/ranges/valid.js';
import type { Document } from 'yaml';
import { ReleaseError } from '../../core/errors.js';

const SIMPLE = /^(\^|~|=|>=|v)?(\s*)(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;

/**
 * The range to write for `version`, or null to leave `range` as it is. Complex ranges (`>=1 <3`, `1.x`, `*`)
 * stay when they accept `version`; one that does not is refused, since the dependent would no longer install
 * the version released with it.
 */
export function updatedRange(range: string, version: string, where: { dependent: string; dependency: string; file: string }): string | null {
  const trimmed = range.trim();
  if (trimmed.startsWith('workspace:')) {
    const rest = trimmed.slice('workspace:'.length);
    if (rest === '*' || rest === '^' || rest === '~' || rest === '') return null;
    const inner = updatedRange(rest, version, where);
    return inner === null ? null : `workspace:${inner}`;
  }
  const m = SIMPLE.exec(trimmed);
  if (m) {
    const next = `${m[1] ?? ''}${m[2]}${version}`;
    return next === trimmed ? null : next;
  }
  if (semverValidRange(trimmed) && semverSatisfies(version, trimmed, { includePrerelease: true })) return null;
  throw new ReleaseError(
    'BAD_WORKSPACE',
    `${where.dependent} depends on ${where.dependency} with range "${range}" (${where.file}), which does not accept ${version}, the version released now.`,
    `Write the range in ${where.file} as "^<version>", "~<version>", an exact version or "workspace:*", so release-relay can move it with each release.`,
    { location: { file: where.file } },
  );
}

/**
 * pnpm-lock.yaml with the specifier of `importers[dir]` on `dep` set to `range` (lockfile 6/9:
 * `<field>.<dep>.specifier`; 5: `specifiers.<dep>`), changing only those bytes and keeping the quoting; null
 * when the lockfile does not record it. `pnpm install --frozen-lockfile` refuses specifiers that differ from
 * package.json.
 */
export async function updatePnpmLockSpecifier(text: string, dir: string, field: string, dep: string, range: string, file = 'pnpm-lock.yaml'): Promise<string | null> {
  const { isScalar, parseDocument } = await import('yaml');
  let doc: Document;
  try {
    doc = parseDocument(text);
  } catch {
    return null;
  }
  if (doc.errors.length) {
    throw new ReleaseError('BAD_INPUT', `${file} is not valid YAML: ${doc.errors[0].message}`, `Fix ${file} (run pnpm install to rewrite it).`, { location: { file } });
  }
  const node = doc.getIn(['importers', dir, field, dep, 'specifier'], true) ?? doc.getIn(['importers', dir, 'specifiers', dep], true);
  if (!isScalar(node) || !node.range) return null;
  const [start, end] = node.range;
  const quote = text[start];
  const value = quote === "'" ? `'${range.replace(/'/g, "''")}'` : quote === '"' ? JSON.stringify(range) : /^[\w^~.:@/*<>=| -]+$/.test(range) && !/^[*&!|>%@`]/.test(range) ? range : `'${range.replace(/'/g, "''")}'`;
  return text.slice(0, start) + value + text.slice(end);
}
