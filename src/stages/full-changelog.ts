import { writeFullChangelog } from '../changelog/full.js';
import { exec as realExec, type Exec } from '../core/exec.js';
import { detectEcosystem } from '../ecosystems/adapters.js';
import { Git } from '../git/git.js';
import { listTags } from '../git/tag-list.js';
import { inferTagTemplate } from '../changelog/tag-style.js';
import { getScheme } from '../versioning/scheme.js';

/** Writes the whole history's changelog (every release section) for `release-relay changelog --full`, piece by piece. */
export async function printFullChangelog(options: { cwd?: string; tagTemplate?: string; packageDir?: string; exec?: Exec }, write: (chunk: string) => void): Promise<void> {
  const git = new Git(options.cwd ?? process.cwd(), options.exec ?? realExec);
  const root = await git.topLevel();
  const packageDir = options.packageDir ?? '.';
  // A repository without a package (the benchmark's histories) is treated as a semver project.
  let name = '';
  let scheme = getScheme('semver');
  try {
    const adapter = await detectEcosystem(`${root}/${packageDir}`, 'auto');
    const info = await adapter.readPackage(root, packageDir);
    name = info.name;
    scheme = getScheme(info.scheme);
  } catch {
    /* no package: defaults above */
  }
  // Without a template, the style of the existing release tags (v1.2.3, 1.2.3, name-1.2.3, …); a plain
  // for-each-ref, no history walk. Streamed: each section goes out as soon as it is complete.
  // The tag list is read once, for the style and the releases.
  const tags = await listTags(git).catch(() => undefined);
  const template = options.tagTemplate ?? inferTagTemplate(tags ?? [], name, scheme)?.template ?? 'v{version}';
  await writeFullChangelog(git, { template, name, scheme, tags }, write);
}
