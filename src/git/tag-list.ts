import { ReleaseError } from '../core/errors.js';
import type { Git } from './git.js';

/** One tag with the commit it names. */
export interface TagRef {
  /** The tag name without `refs/tags/`. */
  name: string;
  /** The commit the tag points at, peeled through annotated tag objects. */
  sha: string;
  /** The tag's date (tagger date; committer date for a lightweight tag), YYYY-MM-DD, or '' when unknown. */
  date: string;
}

/**
 * Every tag (or every tag reachable from `merged`) in one `git for-each-ref` call, peeled to commits.
 * No walk over decorated history: git answers from the refs and the commit graph.
 */
export async function listTags(git: Git, options: { merged?: string } = {}): Promise<TagRef[]> {
  const args = ['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(creatordate:short)'];
  if (options.merged !== undefined) {
    if (options.merged.length === 0 || options.merged.startsWith('-')) {
      throw new ReleaseError('BAD_INPUT', `"${options.merged}" is not a revision.`, 'Give a branch, tag or commit SHA.');
    }
    args.push(`--merged=${options.merged}`);
  }
  args.push('refs/tags/');
  const out = (await git.git(args)).stdout;
  const tags: TagRef[] = [];
  for (const line of out.split('\n')) {
    if (line.length === 0) continue;
    const [name, object, peeled, date] = line.split('\0');
    tags.push({ name, sha: peeled || object, date: date ?? '' });
  }
  return tags;
}
