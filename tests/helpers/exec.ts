import { exec, type Exec } from '../../src/core/exec.js';

/** The real exec, recording every command it runs (file first) to tell what a stage did without asking it. */
export function recordingExec(onCall?: (argv: string[]) => Promise<void> | void): { exec: Exec; commands: string[][] } {
  const commands: string[][] = [];
  const run: Exec = async (file, args, options) => {
    commands.push([file, ...args]);
    await onCall?.([file, ...args]);
    return exec(file, args, options);
  };
  return { exec: run, commands };
}
