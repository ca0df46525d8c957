/**
 * Moving a dependent's range on a workspace package to the version being released, keeping its style:
 * `^1.2.0` → `^1.3.0`, `~1.2.0` → `~1.3.0`, `1.2.0` → `1.3.0`, `workspace:^1.2.0` → `workspace:^1.3.0`.
 * `workspace:*`, `workspace:^` and `workspace:~` are left alone (the package manager fills them in at pack time).
 */
import semver from 'semver';
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
  if (semver.validRange(trimmed) && semver.satisfies(version, trimmed, { includePrerelease: true })) return null;
  throw new ReleaseError(
    'BAD_WORKSPACE',
    `${where.dependent} depends on ${where.dependency} with range "${range}" (${where.file}), which does not accept ${version}, the version released now.`,
    `Write the range in ${where.file} as "^<version>", "~<version>", an exact version or "workspace:*", so release-relay can move it with each release.`,
    { location: { file: where.file } },
  );
}
