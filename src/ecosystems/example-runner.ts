import { writeFile } from 'node:fs/promises';
import { isReleaseError } from '../core/errors.js';
import type { ExecResult } from '../core/exec.js';
import type { Logger } from '../core/log.js';
import { excerpt, lastLine } from './check-output.js';
import type { CodeExample } from './readme-examples.js';
import type { InstallCheckResult } from './types.js';

/** What runExamplesAndSmoke needs from an ecosystem's install check. */
export interface ExampleRunnerOptions {
  /** The README's examples; undefined when README examples are off. */
  examples?: CodeExample[];
  /** Where to write an example's script and the argv that runs it (`['python', '-I', file]`, `['node', file]`). */
  script(example: CodeExample): { path: string; argv: string[] };
  /** The one-line error of a failed example. Defaults to the last line of stderr, else of stdout. */
  errorLine?(result: ExecResult): string | undefined;
  /** The smoke command (argv), run after the examples. */
  smokeCommand?: string[];
  /** Where the smoke command is looked up, for the "not found" reason (`in the venv or on PATH`). */
  smokeLookup: string;
  /** Runs one program in the clean environment with the step timeout; a timeout is the value `'timeout'`. */
  run(file: string, args: string[]): Promise<ExecResult | 'timeout'>;
  /** Runtime version for the result. */
  runtime?: string;
  logger: Logger;
}

/**
 * The last two steps of every install check, against the installed package: each README example in its
 * own script and process, then the smoke command as a user would type it. The first failure is the result.
 */
export async function runExamplesAndSmoke(o: ExampleRunnerOptions): Promise<InstallCheckResult> {
  const { runtime } = o;
  let examplesRun = 0;
  if (o.examples) {
    for (const example of o.examples) {
      const { path, argv } = o.script(example);
      await writeFile(path, example.code);
      const where = `${example.file}:${example.line}`;
      const r = await o.run(argv[0], argv.slice(1));
      if (r === 'timeout') {
        return { ok: false, runtime, examplesRun, reason: `The README example at ${where} did not finish in time.`, failedExample: { file: example.file, line: example.line, error: 'timed out' } };
      }
      if (r.code !== 0) {
        const error = o.errorLine?.(r) || lastLine(r.stderr) || lastLine(r.stdout) || `exit code ${r.code}`;
        return { ok: false, runtime, examplesRun, reason: `The README example at ${where} failed: ${error}`, logExcerpt: excerpt(`${r.stdout}${r.stderr}`), failedExample: { file: example.file, line: example.line, error } };
      }
      examplesRun++;
    }
    o.logger.info(`${examplesRun} README example(s) ran OK`);
  }

  if (o.smokeCommand?.length) {
    const [file, ...args] = o.smokeCommand;
    // spawn looks the program up on the child's PATH, which starts with the clean environment's bin.
    let r: ExecResult | 'timeout';
    try {
      r = await o.run(file, args);
    } catch (err) {
      if (isReleaseError(err, 'COMMAND_FAILED') && /Could not start/.test(err.message)) return { ok: false, runtime, examplesRun, reason: `The smoke command ${file} was not found ${o.smokeLookup}.` };
      throw err;
    }
    if (r === 'timeout') return { ok: false, runtime, examplesRun, reason: `The smoke command (${o.smokeCommand.join(' ')}) did not finish in time.` };
    if (r.code !== 0) return { ok: false, runtime, examplesRun, reason: `The smoke command (${o.smokeCommand.join(' ')}) exited with ${r.code}.`, logExcerpt: excerpt(`${r.stdout}${r.stderr}`) };
  }
  return { ok: true, runtime, examplesRun };
}
