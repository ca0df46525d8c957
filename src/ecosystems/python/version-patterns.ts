import { ReleaseError } from '../../core/errors.js';

/** Escapes `text` for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * commitizen's `version_files` rule: on every line (or only the lines matching `lineRegex`), replace the
 * current version with the next one. Returns the text unchanged when nothing matched.
 */
export function replaceOnLines(text: string, current: string, next: string, lineRegex?: RegExp): string {
  const exact = new RegExp(`(?<![0-9A-Za-z.])${escapeRegExp(current)}(?![0-9A-Za-z])`, 'g');
  return text
    .split('\n')
    .map((line) => (lineRegex && !lineRegex.test(line) ? line : line.replace(exact, next)))
    .join('\n');
}

/** Whether `replaceOnLines` would change anything. */
export function holdsOnLines(text: string, current: string, lineRegex?: RegExp): boolean {
  return replaceOnLines(text, current, `${current}\u0000`, lineRegex) !== text;
}

/** bump-my-version / bumpversion: fills `{current_version}` / `{new_version}` and the `{now:…}`-free placeholders we know. */
export function formatBumpPattern(pattern: string, values: { current_version: string; new_version: string }): string {
  return pattern.replace(/\{(current_version|new_version)\}/g, (_, k: 'current_version' | 'new_version') => values[k]).replace(/\\n/g, '\n');
}

/** Placeholders other than {current_version}/{new_version} (e.g. `{major}`, `{now:%Y}`), which we cannot fill. */
export function unknownPlaceholders(pattern: string): string[] {
  return [...pattern.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]).filter((k) => k !== 'current_version' && k !== 'new_version');
}

/**
 * bump-my-version's search/replace on one file: every occurrence of `search` (formatted with the current
 * version) becomes `replace` (formatted with both). Throws VERSION_CONFLICT when the search text is absent.
 */
export function searchReplace(text: string, opts: { search: string; replace: string; current: string; next: string; file: string; via: string }): string {
  const values = { current_version: opts.current, new_version: opts.next };
  const search = formatBumpPattern(opts.search, values);
  if (!text.includes(search)) {
    throw new ReleaseError('VERSION_CONFLICT', `${opts.file} (named by ${opts.via}) does not contain "${search}".`, `Make ${opts.file} hold the current version ${opts.current}, or fix its search pattern in ${opts.via}.`, { location: { file: opts.file } });
  }
  return text.split(search).join(formatBumpPattern(opts.replace, values));
}

/**
 * A `NAME = "1.2.3"` / `NAME: '1.2.3'` / `"NAME": "1.2.3"` assignment in any text file (python-semantic-release's
 * `version_variables`). Returns the version of the first match, or null.
 */
export function variablePattern(variable: string): RegExp {
  return new RegExp(`^(\\s*["']?${escapeRegExp(variable)}["']?\\s*[:=]\\s*["']?)([0-9][0-9A-Za-z.+!_-]*)`, 'm');
}

/** Reads the version assigned to `variable` in any text file, or null. */
export function readVariable(text: string, variable: string): string | null {
  return variablePattern(variable).exec(text)?.[2] ?? null;
}

/** Sets every assignment of `variable` (see variablePattern) to `next`. */
export function replaceVariable(text: string, variable: string, next: string): string {
  const re = new RegExp(variablePattern(variable).source, 'gm');
  return text.replace(re, (_m, lead: string) => `${lead}${next}`);
}
