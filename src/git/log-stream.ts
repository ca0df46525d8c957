import { spawn } from 'node:child_process';
import { ReleaseError } from '../core/errors.js';
import { childEnv } from '../core/exec.js';
import { LONG_READ_RECORDS, favourMemoryOverSpeed } from '../core/v8-tuning.js';
import type { Git } from './git.js';

/** Options for one streamed git command. */
export interface StreamOptions {
  /** Aborting kills git's process group. */
  signal?: AbortSignal;
}

/**
 * Runs `git <args>` and hands its NUL-separated stdout to `onFields`, `fieldsPerRecord` fields at a time,
 * as the output arrives: nothing holds the whole output. Use with `log -z --format=` and `%x00` between
 * fields, so that every field (commit messages included, which cannot contain NUL) ends in a NUL.
 *
 * exec() in core/exec.ts collects all output into one string; a 100k-commit log is better parsed while it
 * streams, so this spawns git directly: an argument array, no shell, in its own process group, killed on
 * abort or when `onFields` throws. Throws GIT_FAILED with git's message on a non-zero exit.
 */
export function streamGitFields(git: Git, args: string[], fieldsPerRecord: number, onFields: (fields: string[]) => void, options: StreamOptions = {}): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new ReleaseError('TIMEOUT', `git ${args[0]} was not started: the operation was aborted`, 'Raise the timeout.'));
      return;
    }
    const child = spawn('git', args, {
      cwd: git.cwd,
      // GIT_FLUSH=0: git log flushes stdout after every commit when it writes to a pipe (one write, one wake-up
      // of this process per commit); without the flush it fills its buffer first, ~30 % less CPU over a long log.
      env: childEnv({ env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_FLUSH: '0' } }),
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: false,
      windowsHide: true,
    });
    let failure: unknown = null;
    let stderr = '';
    // The bytes of a field that began in an earlier chunk (a NUL byte never occurs inside a UTF-8 sequence,
    // so splitting the bytes at NULs and decoding each field on its own is exact).
    let pending: Buffer[] = [];
    let record: string[] = [];
    let records = 0;
    const kill = (): void => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const onAbort = (): void => {
      failure ??= new ReleaseError('TIMEOUT', `git ${args[0]} was aborted`, 'Raise the timeout, or find out why git is slow here.', { transient: true });
      kill();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stderr.setEncoding('utf8');
    // Fields are decoded from the bytes one by one rather than sliced out of a decoded chunk: a slice keeps its
    // whole 64 kB chunk alive for as long as the field lives, and a long history keeps many fields.
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure !== null) return;
      try {
        let start = 0;
        let nul = chunk.indexOf(0);
        while (nul >= 0) {
          if (pending.length > 0) {
            pending.push(chunk.subarray(start, nul));
            record.push(Buffer.concat(pending).toString('utf8'));
            pending = [];
          } else record.push(chunk.toString('utf8', start, nul));
          if (record.length === fieldsPerRecord) {
            const done = record;
            record = [];
            if (++records === LONG_READ_RECORDS) favourMemoryOverSpeed();
            onFields(done);
            // An abort raised from inside onFields stops delivery at once, mid-chunk.
            if (failure !== null) return;
          }
          start = nul + 1;
          nul = chunk.indexOf(0, start);
        }
        if (start < chunk.length) pending.push(chunk.subarray(start));
      } catch (err) {
        failure = err;
        kill();
      }
    });
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 64 * 1024) stderr += chunk;
    });
    child.on('error', (err) => {
      options.signal?.removeEventListener('abort', onAbort);
      reject(new ReleaseError('COMMAND_FAILED', `Could not start git: ${err.message}`, 'Install git or put it on PATH.', { cause: err }));
    });
    child.on('close', (code) => {
      options.signal?.removeEventListener('abort', onAbort);
      if (failure !== null) {
        reject(failure);
        return;
      }
      if (code !== 0) {
        reject(new ReleaseError('GIT_FAILED', `git ${args[0]} failed: ${stderr.trim() || `exit code ${code}`}`, "See git's message; check the revisions and the repository state."));
        return;
      }
      if (pending.length > 0 || record.length > 0) {
        reject(new ReleaseError('GIT_FAILED', `git ${args[0]} ended in the middle of a record.`, 'Run the command by hand to see what git printed.'));
        return;
      }
      resolve();
    });
  });
}
