import { parseHeader, type ParsedCommit } from '../commits/conventional.js';

/** Types taken from squash bodies: the Conventional Commits set (@commitlint/config-conventional) and a few more. */
const SQUASH_TYPES = new Set(['feat', 'fix', 'perf', 'refactor', 'revert', 'docs', 'style', 'chore', 'test', 'tests', 'build', 'ci', 'deps', 'security', 'deprecate', 'remove']);

/**
 * The Conventional Commits listed in a squash merge's body (GitHub's default squash message: the PR's title,
 * then `* feat(x): …`, `* fix(y): …`, one per squashed commit), as entries of their own, as release-please and
 * python-semantic-release read them. Only `* ` or `- ` lines at the start of a line that parse as a
 * Conventional header with a usual type (SQUASH_TYPES) count. Each keeps the squash commit's SHA and pull request.
 *
 * The subject stays an entry when it is a Conventional Commit that none of the body lines repeats; a
 * non-conventional subject (`Add X (#12)`) is replaced by the body's entries, which say more. A body
 * without such lines leaves the commit as it is. Merges (whose bodies list nothing of the kind) are left alone.
 */
export function expandSquashBody(c: ParsedCommit): ParsedCommit[] {
  if (c.isMerge || c.isRevert || !c.raw.body.includes(': ') || !hasBullet(c.raw.body)) return [c];
  const items: ParsedCommit[] = [];
  const seen = new Set<string>();
  const key = (type: string | null, scope: string | null, description: string): string => `${type}\0${scope ?? ''}\0${description.trim().toLowerCase()}`;
  for (const line of c.raw.body.split('\n')) {
    if (!(line.startsWith('* ') || line.startsWith('- '))) continue;
    const h = parseHeader(line.slice(2).trim());
    // A prose bullet (`- note: …`) is no commit: only the usual types count.
    if (h === null || !SQUASH_TYPES.has(h.type)) continue;
    let description = h.description;
    // A trailing `(#123)` on an item is the item's own PR (a stacked PR); keep the squash's otherwise.
    let pr = c.pr;
    const m = /\s*\(#(\d{1,9})\)$/.exec(description);
    if (m) {
      pr = Number(m[1]);
      description = description.slice(0, m.index);
    }
    const k = key(h.type, h.scope, description);
    if (seen.has(k)) continue;
    seen.add(k);
    items.push({
      ...c,
      type: h.type,
      scope: h.scope,
      breaking: h.bang,
      breakingNote: null,
      description,
      pr,
      isRevert: h.type === 'revert',
      revertedSha: undefined,
      raw: { ...c.raw, subject: line.slice(2).trim(), body: '' },
    });
  }
  if (items.length === 0) return [c];
  if (c.type === null) {
    // The subject says nothing Conventional; a BREAKING CHANGE footer of the squash still counts once.
    if (c.breaking) items[0] = { ...items[0], breaking: true, breakingNote: c.breakingNote };
    return items;
  }
  const own = key(c.type, c.scope, c.description);
  const rest = items.filter((i) => key(i.type, i.scope, i.description) !== own);
  return [c, ...rest];
}

/** Whether a body has a line starting with `* ` or `- ` (the cheap test that rules out most commits). */
function hasBullet(body: string): boolean {
  return body.startsWith('* ') || body.startsWith('- ') || body.includes('\n* ') || body.includes('\n- ');
}

/** Every commit with its squashed Conventional Commits expanded (see expandSquashBody). */
export function expandSquashBodies(commits: ParsedCommit[]): ParsedCommit[] {
  const out: ParsedCommit[] = [];
  for (const c of commits) {
    const expanded = expandSquashBody(c);
    if (expanded.length === 1) out.push(expanded[0]);
    else for (const e of expanded) out.push(e);
  }
  return out;
}
