import { changelogFormat, detectStyle, insertStyled, isKeepAChangelog, type ChangelogStyle } from './styled.js';
import { insertRelease, type InsertInput, type InsertResult } from './insert.js';

/** The style of a new or heading-less reStructuredText changelog: `1.2.3 (2024-01-01)` over dashes. */
const RST_DEFAULT: ChangelogStyle = { format: 'rst', template: '{version} ({date})', level: 2, adornment: { char: '-', overline: false }, date: null, dateLine: null, bullet: '- ', sub: null };

/**
 * Puts a release into the changelog at `path` (its text, or null when there is none yet) in the file's own
 * format and style: Keep a Changelog files and new Markdown files through insertRelease, other Markdown
 * heading styles and reStructuredText through insertStyled. A new .rst file gets a `Changelog` title.
 */
export function writeRelease(path: string, existing: string | null, input: InsertInput): InsertResult & { style: string } {
  const format = changelogFormat(path, existing);
  if (format === 'markdown') {
    const style = existing === null ? null : detectStyle(existing, format);
    if (existing === null || style === null || isKeepAChangelog(style)) return { ...insertRelease(existing, input), style: 'Keep a Changelog' };
    const heading = style.adornment ? `"${style.template}" underlined with ${style.adornment.char}` : `"${'#'.repeat(style.level)} ${style.template}"`;
    return { ...insertStyled(existing, style, input), style: `Markdown ${heading}` };
  }
  const text = existing === null || existing.trim() === '' ? 'Changelog\n=========\n' : existing;
  const style = detectStyle(text, 'rst') ?? RST_DEFAULT;
  return { ...insertStyled(text, style, input), style: `reStructuredText "${style.template}" underlined with ${style.adornment?.char ?? '-'}` };
}
