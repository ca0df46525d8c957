import { loadContext, parseContext, type ReleaseContext, type StageName } from '../../core/context.js';
import { ReleaseError } from '../../core/errors.js';
import { getOptionalInput } from './inputs.js';

/** Reads the release context from input `context` (JSON, a job output) or `context-file`; undefined when neither is set. */
export async function readContextInput(stage: StageName): Promise<ReleaseContext | undefined> {
  return (await readContextInputChecked(stage)).context;
}

/** The context, and a warning for the log and the summary when nothing but a file vouches for it. */
export interface CheckedContextInput {
  context?: ReleaseContext;
  warning?: string;
}

/**
 * Reads `context` and `context-file`. Both given: they must agree on every field that decides what is
 * released (CONTEXT_MISMATCH otherwise), so an edited file cannot smuggle other digests past the gate's
 * output. Only the file: accepted, with a warning that its integrity rests on the artifact store.
 */
export async function readContextInputChecked(stage: StageName): Promise<CheckedContextInput> {
  const text = getOptionalInput('context');
  const file = getOptionalInput('context-file');
  const fromInput = text !== undefined ? parseContext(text, stage, 'input "context"') : undefined;
  const fromFile = file !== undefined ? await loadContext(file, stage) : undefined;
  if (fromInput && fromFile) {
    const differs = decisiveFields(fromInput).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(decisiveFields(fromFile).find(([k]) => k === key)?.[1]));
    if (differs.length) {
      throw new ReleaseError(
        'CONTEXT_MISMATCH',
        `Input "context-file" (${file}) differs from input "context" in ${differs.map(([k]) => k).join(', ')}.`,
        'Pass the same release: the gate\'s `context` output and the release-context.json of its artifact. If the file was edited, download the artifact again; or drop input `context-file`.',
      );
    }
    return { context: fromInput };
  }
  if (fromFile) {
    return {
      context: fromFile,
      warning: `The release context comes only from input "context-file" (${file}): nothing but the artifact store vouches for its digests. Pass the gate's \`context\` output as well (the example workflows do) so the two are compared.`,
    };
  }
  return { context: fromInput };
}

/** The parts of a context that decide what is released, as [name, value] pairs. */
function decisiveFields(c: ReleaseContext): [string, unknown][] {
  return [
    ['repository', c.repository],
    ['package', c.package],
    ['version', c.version],
    ['release_commit.sha', c.release_commit?.sha],
    ['gate.status', c.gate?.status],
    ['artifacts', (c.artifacts ?? []).map((a) => [a.file, a.sha256.toLowerCase(), a.size])],
  ];
}
