/**
 * Entry of the top-level action: input `stage` picks prepare-release, quality-gate or publish-and-verify.
 * Each stage's code is loaded only when chosen.
 */
import * as core from '@actions/core';

const STAGES: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  'prepare-release': () => import('../prepare-release/main.js'),
  'quality-gate': () => import('../quality-gate/main.js'),
  'publish-and-verify': () => import('../publish-and-verify/main.js'),
};

const stage = core.getInput('stage');
const load = STAGES[stage];
if (!load) {
  core.setFailed(`Input "stage" is "${stage}". Fix: set it to one of ${Object.keys(STAGES).join(', ')}.`);
  process.exitCode = 1;
} else {
  void load().then((m) => m.run());
}
