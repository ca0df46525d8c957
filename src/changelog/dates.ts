const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function ordinal(d: number): string {
  if (d % 100 >= 11 && d % 100 <= 13) return `${d}th`;
  const suffix: Record<number, string> = { 1: 'st', 2: 'nd', 3: 'rd' };
  return `${d}${suffix[d % 10] ?? 'th'}`;
}

/** A date as a changelog writes it, found in a heading, with a formatter for another date in the same style. */
export interface DateStyle {
  /** The date text as it appears (`2024-12-06`, `6th December, 2024`). */
  found: string;
  /** Writes an ISO date (YYYY-MM-DD) in this style. */
  format(iso: string): string;
}

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/**
 * The first date in `text` and its style: ISO `2024-12-06`, `2024/12/06`, `6th December, 2024`,
 * `6 Dec 2024`, `December 6, 2024`; month names full or abbreviated as found. Null when none.
 */
export function findDateStyle(text: string): DateStyle | null {
  const parts = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];
  let m = /\b(\d{4})([-/])(\d{2})\2(\d{2})\b/.exec(text);
  if (m) {
    const sep = m[2];
    return { found: m[0], format: (iso) => iso.split('-').join(sep) };
  }
  const month = (name: string, abbreviated: boolean): string => (abbreviated ? name.slice(0, 3) : name);
  m = new RegExp(`\\b(\\d{1,2})(st|nd|rd|th)? ${MONTH}(,)? (\\d{4})\\b`).exec(text);
  if (m) {
    const [, , suffix, mon, comma] = m;
    const abbreviated = mon.length <= 4 && mon !== 'June' && mon !== 'July';
    return {
      found: m[0],
      format: (iso) => {
        const [y, mo, d] = parts(iso);
        return `${suffix ? ordinal(d) : d} ${month(MONTHS[mo - 1], abbreviated)}${comma ?? ''} ${y}`;
      },
    };
  }
  m = new RegExp(`\\b${MONTH} (\\d{1,2})(st|nd|rd|th)?, (\\d{4})\\b`).exec(text);
  if (m) {
    const [, mon, , suffix] = m;
    const abbreviated = mon.length <= 4 && mon !== 'June' && mon !== 'July';
    return {
      found: m[0],
      format: (iso) => {
        const [y, mo, d] = parts(iso);
        return `${month(MONTHS[mo - 1], abbreviated)} ${suffix ? ordinal(d) : d}, ${y}`;
      },
    };
  }
  return null;
}
