import { askEarly, CHECKOUT_STATE_ARGS, DEFAULT_REMOTE, DIRTY_PATHS_ARGS, remoteUrlArgs } from '../git/git.js';
import { ALL_TAGS_ARGS } from '../git/tag-list.js';

/**
 * Starts the read-only git commands prepareRelease's first step (check repository) runs, before the stage's
 * code is loaded (see askEarly): the checkout, the remote's URL, every tag, and (unless a dry run) the
 * uncommitted changes. Call it from an entry point just before importing the stage, with the options the
 * stage will get; where they differ (another remote), the stage asks again and nothing is lost but a process.
 */
export function askPrepareQuestionsEarly(cwd: string, o: { remote?: string; dryRun: boolean }): void {
  void askEarly(cwd, [CHECKOUT_STATE_ARGS, remoteUrlArgs(o.remote ?? DEFAULT_REMOTE), ALL_TAGS_ARGS, ...(o.dryRun ? [] : [DIRTY_PATHS_ARGS])]);
}
