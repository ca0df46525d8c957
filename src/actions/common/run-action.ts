import * as core from '@actions/core';
import { ReleaseError, describeError } from '../../core/errors.js';

/**
 * Runs an action body and turns any error into `core.setFailed` with its hint, plus an error annotation on
 * the file at fault. The only place that catches to setFailed; it sets process.exitCode, never exits.
 */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    if (err instanceof ReleaseError && err.location) {
      core.error(`${err.message}\nFix: ${err.hint}`, { file: err.location.file, startLine: err.location.line, title: err.code });
    }
    core.setFailed(describeError(err));
    process.exitCode = 1;
  }
}
