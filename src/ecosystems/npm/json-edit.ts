/**
 * Byte-preserving edits of JSON text: finds where a value sits (by its key path) without re-serializing, so a
 * replacement keeps the file's indentation, key order, spacing and trailing newline exactly as they were.
 */
import { ReleaseError } from '../../core/errors.js';

/** Where one value sits in the text: `text.slice(start, end)` is its JSON source. */
export interface JsonSpan {
  start: number;
  end: number;
}

/**
 * The span of the value at `path` (object keys, top down) in `text`, or null when some key is absent or a
 * parent is not an object. Throws BAD_INPUT for text that is not JSON, naming `file`.
 */
export function findJsonValue(text: string, path: string[], file = 'JSON'): JsonSpan | null {
  const p = new Scanner(text, file);
  p.ws();
  const span = p.value(path, 0);
  p.ws();
  if (p.i !== text.length) p.fail('unexpected text after the top-level value');
  return span;
}

/**
 * Replaces the string value at `path` with `value` (JSON-escaped), leaving every other byte alone. Returns
 * null when the path is absent; throws BAD_INPUT when the value there is not a string.
 */
export function replaceJsonString(text: string, path: string[], value: string, file = 'JSON'): string | null {
  const span = findJsonValue(text, path, file);
  if (!span) return null;
  if (text[span.start] !== '"') {
    throw new ReleaseError('BAD_INPUT', `${file}: "${path.join('.')}" is not a string.`, `Write "${path[path.length - 1]}" as a JSON string.`);
  }
  return text.slice(0, span.start) + JSON.stringify(value) + text.slice(span.end);
}

/** A recursive-descent JSON scanner that skips values and reports the span of the one at a key path. */
class Scanner {
  i = 0;
  constructor(
    private readonly s: string,
    private readonly file: string,
  ) {}

  fail(what: string): never {
    const line = this.s.slice(0, this.i).split('\n').length;
    throw new ReleaseError('BAD_INPUT', `${this.file} is not valid JSON: ${what} at line ${line}.`, `Fix ${this.file} (npm itself cannot read it either).`, { location: { file: this.file, line } });
  }

  ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i])) this.i++;
  }

  /** Scans one value; returns the span found at `path[depth..]` inside it (the value itself when depth is the end). */
  value(path: string[], depth: number): JsonSpan | null {
    const start = this.i;
    const c = this.s[this.i];
    let found: JsonSpan | null = null;
    if (c === '{') found = this.object(path, depth);
    else if (c === '[') this.array();
    else if (c === '"') this.string();
    else if (c === '-' || (c >= '0' && c <= '9')) this.number();
    else if (this.s.startsWith('true', this.i)) this.i += 4;
    else if (this.s.startsWith('false', this.i)) this.i += 5;
    else if (this.s.startsWith('null', this.i)) this.i += 4;
    else this.fail(c === undefined ? 'unexpected end' : `unexpected "${c}"`);
    if (depth === path.length) return { start, end: this.i };
    return found;
  }

  private object(path: string[], depth: number): JsonSpan | null {
    this.i++;
    this.ws();
    let found: JsonSpan | null = null;
    if (this.s[this.i] === '}') {
      this.i++;
      return null;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail('expected a key');
      const key = this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail('expected ":"');
      this.i++;
      this.ws();
      // JSON.parse keeps the last of duplicate keys; so does this.
      const wanted = depth < path.length && key === path[depth];
      const span = this.value(path, wanted ? depth + 1 : path.length + 1);
      if (wanted) found = span;
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.s[this.i] === '}') {
        this.i++;
        return found;
      }
      this.fail('expected "," or "}"');
    }
  }

  private array(): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return;
    }
    for (;;) {
      this.ws();
      this.value([], 1);
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.s[this.i] === ']') {
        this.i++;
        return;
      }
      this.fail('expected "," or "]"');
    }
  }

  /** Scans a string literal; returns its decoded value. */
  private string(): string {
    const start = this.i;
    this.i++;
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === '\\') this.i += 2;
      else if (c === '"') {
        this.i++;
        try {
          return JSON.parse(this.s.slice(start, this.i)) as string;
        } catch {
          this.i = start;
          this.fail('bad string');
        }
      } else this.i++;
    }
    this.i = start;
    return this.fail('unterminated string');
  }

  private number(): void {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.i, this.i + 64));
    if (!m) this.fail('bad number');
    this.i += m[0].length;
  }
}
