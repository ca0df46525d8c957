import { loadContext, parseContext, type ReleaseContext, type StageName } from '../../core/context.js';
import { getOptionalInput } from './inputs.js';

/** Reads the release context from input `context` (JSON, a job output) or `context-file`; undefined when neither is set. */
export async function readContextInput(stage: StageName): Promise<ReleaseContext | undefined> {
  const text = getOptionalInput('context');
  if (text !== undefined) return parseContext(text, stage, 'input "context"');
  const file = getOptionalInput('context-file');
  if (file !== undefined) return loadContext(file, stage);
  return undefined;
}
