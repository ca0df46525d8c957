import { parse } from 'smol-toml';
import { ReleaseError } from '../../core/errors.js';
import { normalizeName } from './names.js';

/** Lock files that carry the project's own entry (a `[[package]]` table with its name and version). */
export const LOCK_FILES = ['uv.lock', 'pdm.lock'] as const;

/**
 * The lock-file updater (uv.lock, pdm.lock): sets `version` in the `[[package]]` entry named `name` whose
 * version is `current` to `next`, changing no other byte. Returns the text unchanged when the lock has no
 * such entry (uv leaves dynamic versions out; pdm locks only list the project in some setups).
 */
export function updateLockContent(text: string, name: string, current: string, next: string, file = 'uv.lock'): string {
  const want = normalizeName(name);
  const lines = text.split('\n');
  let inPackage = false;
  let entryName: string | undefined;
  let versionLine = -1;
  const hits: number[] = [];
  const close = (): void => {
    if (inPackage && entryName !== undefined && normalizeName(entryName) === want && versionLine >= 0) hits.push(versionLine);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*\[/.test(line)) {
      close();
      inPackage = /^\s*\[\[package\]\]\s*$/.test(line);
      entryName = undefined;
      versionLine = -1;
      continue;
    }
    if (!inPackage) continue;
    const n = /^name\s*=\s*"([^"]+)"/.exec(line);
    if (n) entryName = n[1];
    const v = /^version\s*=\s*"([^"]+)"/.exec(line);
    if (v && v[1] === current) versionLine = i;
  }
  close();
  if (hits.length === 0) return text;
  for (const i of hits) lines[i] = lines[i].replace(/^(version\s*=\s*")[^"]+"/, `$1${next}"`);
  const after = lines.join('\n');
  try {
    parse(after);
  } catch (err) {
    throw new ReleaseError('BAD_TOML', `Updating ${file} produced invalid TOML; the edit was refused.`, `Regenerate ${file} with its tool (uv lock / pdm lock) after the release.`, { cause: err, location: { file } });
  }
  return after;
}
