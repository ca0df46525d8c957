import { parseUnreleasedEntries } from './insert.js';
import { changelogFormat, detectStyle, findSection } from './styled.js';

/** A changelog with one prepared-but-unpublished release section taken back out. */
export interface Reopened {
  text: string;
  /** Hand-written entries of the removed section (those that name no commit of the release), by heading. */
  carried: Record<string, string[]>;
}

/**
 * Re-opens the section of `version`, prepared by an earlier run whose release was never tagged, so that the
 * next insertion writes it afresh with every commit since the last release (no burned versions):
 *
 * - a section that existed before the release commit (`before` holds it: written ahead by hand, as click
 *   does) gets its date line back from `before`, so the insertion fills it in again;
 * - a section the release commit added is removed with its link reference; its entries that name none of
 *   `shas` (moved there from `Unreleased` by hand) are carried into the new section.
 *
 * The text comes back unchanged when it has no section for the version.
 */
export function reopenSection(path: string, text: string, before: string | null, version: string, shas: string[]): Reopened {
  const format = changelogFormat(path, text);
  const found = findSection(text, format, version);
  if (found === null) return { text, carried: {} };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const prior = before === null ? null : findSection(before, format, version);
  if (prior !== null) {
    // Put the lines under the heading back as they were before the release commit touched them (the
    // `Unreleased` marker); entries added since stay.
    const old = before === null ? [] : before.split(/\r?\n/).slice(prior.bodyStart, prior.end);
    const now = lines.slice(found.bodyStart, found.end);
    const marker = old.findIndex((l) => /unreleased|tbd|tba/i.test(l));
    if (marker >= 0) {
      const firstText = now.findIndex((l) => l.trim() !== '');
      if (firstText >= 0 && detectStyle(text, format) !== null) now[firstText] = old[marker];
    }
    return { text: [...lines.slice(0, found.bodyStart), ...now, ...lines.slice(found.end)].join(eol), carried: {} };
  }
  const shorts = shas.map((s) => s.slice(0, 7));
  const body = lines.slice(found.bodyStart, found.end);
  const entries = parseUnreleasedEntries(format === 'markdown' ? body.map((l) => l.replace(/^#{3,6} /, '### ')) : body);
  const carried: Record<string, string[]> = {};
  for (const [heading, items] of Object.entries(entries)) {
    const kept = items.filter((i) => !shorts.some((s) => i.includes(s)) && i.trim() !== 'No notable changes.' && !/^(Released|First release)\b/.test(i.trim()));
    if (kept.length > 0) carried[heading] = kept;
  }
  const label = `[${version}]:`;
  const out = [...lines.slice(0, found.start), ...lines.slice(found.end)].filter((l) => !l.startsWith(label));
  return { text: out.join(eol), carried };
}
