import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
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
    // Each chunk is decoded once (StringDecoder keeps a character split across two reads for the next one) and
    // split at NULs with string slices: one native call per chunk instead of one per field (5,000 commits in a
    // fresh process: 11 ms to split instead of 19). A field is a slice of its chunk's text, so it keeps that text
    // alive while it lives: callers that keep a few fields of many records (the full changelog) copy them out
    // (see detachText).
    const decoder = new StringDecoder('utf8');
    // The start of a field that began in an earlier chunk.
    let pending = '';
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
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure !== null) return;
      try {
        const text = decoder.write(chunk);
        let start = 0;
        let nul = text.indexOf('\0');
        while (nul >= 0) {
          if (pending.length > 0) {
            record.push(pending + text.slice(start, nul));
            pending = '';
          } else record.push(text.slice(start, nul));
          if (record.length === fieldsPerRecord) {
            const done = record;
            record = [];
            if (++records === LONG_READ_RECORDS) favourMemoryOverSpeed();
            onFields(done);
            // An abort raised from inside onFields stops delivery at once, mid-chunk.
            if (failure !== null) return;
          }
          start = nul + 1;
          nul = text.indexOf('\0', start);
        }
        if (start < text.length) pending += text.slice(start);
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
      if (pending.length > 0 || record.length > 0 || decoder.end().length > 0) {
        reject(new ReleaseError('GIT_FAILED', `git ${args[0]} ended in the middle of a record.`, 'Run the command by hand to see what git printed.'));
        return;
      }
      resolve();
    });
  });
}

/**
 * A copy of `text` that shares no memory with the string it was cut from. A field from streamGitFields is a
 * slice of a whole chunk of git's output; a caller that keeps a few short fields of each of many records
 * copies them, so the chunks can go.
 */
export function detachText(text: string): string {
  // Concatenation then slice makes V8 build a new flat string of `text` alone.
  return text.length === 0 ? '' : (' ' + text).slice(1);
}
