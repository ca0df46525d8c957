import { logArgs } from '../commits/log-args.js';
import { askEarly, CHECKOUT_STATE_ARGS, DEFAULT_REMOTE, DIRTY_PATHS_ARGS, peekEarlyAnswer, remoteUrlArgs } from '../git/git.js';
import { streamEarly } from '../git/log-stream.js';
import { ALL_TAGS_ARGS, parseTagList, type TagRef } from '../git/tag-list.js';

/** What askPrepareQuestionsEarly needs of the options the stage will get. */
export interface EarlyPrepareOptions {
  remote?: string;
  dryRun: boolean;
  /** The package's directory; only a package at the root gets its history read early. Defaults to `.`. */
  packageDir?: string;
  /** Where the early history goes (an unlinked file). Defaults to the system's temp directory. */
  tempDir?: string;
}

/**
 * Starts the git commands prepareRelease will run first, before the stage's code is loaded: check repository's
 * questions (the checkout, the remote's URL, every tag and, unless a dry run, the uncommitted changes; see
 * askEarly), and, once the tags are listed, the log of the commits since the newest plain release tag
 * (newestPlainReleaseTag), which is the last release the stage finds in most repositories (see streamEarly).
 * Call it from an entry point just before importing the stage, with the options the stage will get. Where
 * the stage asks otherwise (another remote, another last release), it runs its own commands and nothing is
 * lost but a process.
 */
export function askPrepareQuestionsEarly(cwd: string, o: EarlyPrepareOptions): { logStarted: Promise<void>; logEnded: Promise<void> } {
  void askEarly(cwd, [CHECKOUT_STATE_ARGS, remoteUrlArgs(o.remote ?? DEFAULT_REMOTE), ALL_TAGS_ARGS, ...(o.dryRun ? [] : [DIRTY_PATHS_ARGS])]);
  const tags = (o.packageDir ?? '.') === '.' ? peekEarlyAnswer(cwd, ALL_TAGS_ARGS) : undefined;
  // Once the log is started: its exit, boxed (a promise returned bare would be waited for), or null.
  const log = (tags ?? Promise.resolve(null)).then(
    (r) => {
      const newest = r?.code === 0 ? newestPlainReleaseTag(parseTagList(r.stdout)) : null;
      // The arguments the stage's history step uses for the commits since its last release (history.ts).
      return newest ? { exited: streamEarly(cwd, logArgs({ from: newest.sha }, { onBoundary: () => undefined }), o.tempDir) } : null;
    },
    () => null,
  );
  // Entry points wait for the log to start (the tag listing, a few ms) before loading the stage: while the
  // stage loads, the main thread would not get to start it. Tests wait for its end.
  return { logStarted: log.then(() => undefined), logEnded: log.then((started) => started?.exited ?? undefined) };
}

const PLAIN_RELEASE = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/;

/**
 * The tag of the highest `1.2.3` / `v1.2.3` / `1.2` version (a final release, no prefix or suffix), or null.
 * A guess at the last release made before the stage has read the package and chosen its tag template: right
 * for most repositories, and checked there (only the stage's own choice decides).
 */
export function newestPlainReleaseTag(tags: TagRef[]): TagRef | null {
  let best: { tag: TagRef; v: number[] } | null = null;
  for (const tag of tags) {
    const m = PLAIN_RELEASE.exec(tag.name);
    if (!m) continue;
    const v = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    if (best === null || compareParts(v, best.v) > 0) best = { tag, v };
  }
  return best?.tag ?? null;
}

function compareParts(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
