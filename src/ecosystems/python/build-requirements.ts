import type { Exec } from '../../core/exec.js';

/**
 * Lists `[build-system] requires` entries the interpreter's own packages do not satisfy (`flit_core >=4,<5`
 * with flit_core 3.8.0 installed), read by that interpreter with tomllib and packaging. Used to explain a
 * failed build without isolation; empty when everything is met or it cannot tell (no packaging module).
 */
const SCRIPT = `
import sys, json
try:
    import tomllib
except ImportError:
    import tomli as tomllib
from importlib import metadata
from packaging.requirements import Requirement
with open(sys.argv[1], "rb") as f:
    requires = tomllib.load(f).get("build-system", {}).get("requires", [])
unmet = []
for spec in requires:
    req = Requirement(spec)
    if req.marker is not None and not req.marker.evaluate():
        continue
    try:
        have = metadata.version(req.name)
    except metadata.PackageNotFoundError:
        unmet.append({"requirement": spec, "installed": None})
        continue
    if req.specifier and not req.specifier.contains(have, prereleases=True):
        unmet.append({"requirement": spec, "installed": have})
print(json.dumps(unmet))
`;

/** One build requirement the interpreter does not meet, and the version it has (null: not installed). */
export interface UnmetRequirement {
  requirement: string;
  installed: string | null;
}

export async function unmetBuildRequirements(exec: Exec, python: string, pyprojectPath: string): Promise<UnmetRequirement[]> {
  try {
    const { stdout } = await exec(python, ['-c', SCRIPT, pyprojectPath], { timeoutMs: 60_000 });
    const parsed: unknown = JSON.parse(stdout.trim().split('\n').pop() ?? '[]');
    return Array.isArray(parsed) ? (parsed as UnmetRequirement[]) : [];
  } catch {
    return [];
  }
}

/** `flit_core >=4,<5 (installed: 3.8.0)`, `hatch-vcs (not installed)`. */
export function describeUnmet(unmet: UnmetRequirement[]): string {
  return unmet.map((u) => `${u.requirement} (${u.installed === null ? 'not installed' : `installed: ${u.installed}`})`).join(', ');
}
