/**
 * Version functions that remember their answers. The version libraries parse their arguments on every call,
 * and choosing the tag style and the last release asks about the same few hundred tags thousands of times.
 * Each map is cleared when it grows past `limit` entries, so memory stays bounded on any history.
 */

const LIMIT = 20_000;

/** `f` remembering its answers by key. */
export function remembered<R>(f: (key: string) => R, limit = LIMIT): (key: string) => R {
  const seen = new Map<string, R>();
  return (key) => {
    let r = seen.get(key);
    if (r === undefined && !seen.has(key)) {
      if (seen.size >= limit) seen.clear();
      r = f(key);
      seen.set(key, r);
    }
    return r as R;
  };
}

/** A comparison remembering its answers; `a\nb` names a pair (a string with a newline is no version: asked directly). */
export function rememberedCompare(compare: (a: string, b: string) => number, limit = LIMIT): (a: string, b: string) => number {
  const byPair = remembered((pair) => {
    const at = pair.indexOf('\n');
    return compare(pair.slice(0, at), pair.slice(at + 1));
  }, limit);
  return (a, b) => (a.includes('\n') || b.includes('\n') ? compare(a, b) : byPair(`${a}\n${b}`));
}

/**
 * A normalizer remembering the versions it accepted (an answer does not depend on `input`, which only names
 * the input in the error); a refused version is asked again, so its error names the input it came from.
 */
export function rememberedNormalize(normalize: (v: string, input?: string) => string, limit = LIMIT): (v: string, input?: string) => string {
  const accepted = new Map<string, string>();
  return (v, input) => {
    const hit = typeof v === 'string' ? accepted.get(v) : undefined;
    if (hit !== undefined) return hit;
    const r = normalize(v, input);
    if (typeof v === 'string') {
      if (accepted.size >= limit) accepted.clear();
      accepted.set(v, r);
    }
    return r;
  };
}
