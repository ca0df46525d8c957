/**
 * A minimal reader for the INI files Python tools use (setup.cfg, .bumpversion.cfg), with the exact span of
 * each value so an edit can change one value and leave every other byte alone. It follows configparser's
 * rules where they matter here: `key = value` or `key: value`, `#`/`;` comment lines, and indented
 * continuation lines that belong to the value above.
 */

/** One `key = value` entry: the value's text (continuation lines joined with `\n`) and where it sits. */
export interface IniEntry {
  key: string;
  value: string;
  /** Offset of the first character of the value's first line. */
  start: number;
  /** Offset just past the value's last character. */
  end: number;
  line: number;
}

/** Sections by name (as written), each with its entries by lower-cased key. */
export type IniDoc = Map<string, Map<string, IniEntry>>;

/** Parses INI text into sections and entries with their offsets. Lines that are neither are ignored. */
export function parseIni(text: string): IniDoc {
  const doc: IniDoc = new Map();
  let section: Map<string, IniEntry> | undefined;
  let last: IniEntry | undefined;
  let offset = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    if (/^\s*$/.test(line) || /^\s*[#;]/.test(line)) {
      // A blank line inside a multi-line value belongs to it in configparser only when more indented text follows; keep it simple.
      if (/^\s*$/.test(line)) last = undefined;
      continue;
    }
    if (/^\s/.test(line) && last) {
      last.value = `${last.value}\n${line.trim()}`;
      last.end = lineStart + line.length;
      continue;
    }
    const header = /^\[([^\]]+)\]\s*$/.exec(line);
    if (header) {
      section = doc.get(header[1]) ?? new Map();
      doc.set(header[1], section);
      last = undefined;
      continue;
    }
    const kv = /^([^=:\s][^=:]*?)\s*[=:]\s?/.exec(line);
    if (kv && section) {
      const valueStart = lineStart + kv[0].length;
      const value = line.slice(kv[0].length);
      last = { key: kv[1].trim().toLowerCase(), value: value.trim(), start: valueStart, end: lineStart + line.length, line: i + 1 };
      section.set(last.key, last);
    }
  }
  return doc;
}

/** The value of `key` in `section`, or undefined. */
export function iniValue(doc: IniDoc, section: string, key: string): string | undefined {
  return doc.get(section)?.get(key.toLowerCase())?.value;
}

/** Replaces the one-line value of `key` in `section` (which must exist) with `value`, keeping everything else. */
export function setIniValue(text: string, section: string, key: string, value: string): string {
  const entry = parseIni(text).get(section)?.get(key.toLowerCase());
  if (!entry) throw new Error(`[${section}] ${key} not found`);
  const current = text.slice(entry.start, entry.end);
  const lead = current.length - current.trimStart().length;
  const trail = current.length - current.trimEnd().length;
  return text.slice(0, entry.start + lead) + value + text.slice(entry.end - trail);
}
