import { spawn } from 'node:child_process';
import { closeSync, openSync, readSync, unlinkSync } from 'node:fs';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { ReleaseError } from '../core/errors.js';
import { childEnv } from '../core/exec.js';
import { LONG_READ_RECORDS, favourMemoryOverSpeed } from '../core/v8-tuning.js';
import { EarlyWork } from './early-work.js';
import type { Git } from './git.js';

/** Options for one streamed git command. */
export interface StreamOptions {
  /** Aborting kills git's process group. */
  signal?: AbortSignal;
}

/** The environment streamed git commands run in. */
function streamEnv(): NodeJS.ProcessEnv {
  // GIT_FLUSH=0: git log flushes stdout after every commit when it writes to a pipe (one write, one wake-up
  // of this process per commit); without the flush it fills its buffer first, ~30 % less CPU over a long log.
  return childEnv({ env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_FLUSH: '0' } });
}

/** The git subcommand in an argument array (after any `-c name=value`), for messages. */
function subcommand(args: readonly string[]): string {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-c') i++;
    else if (!args[i].startsWith('-')) return args[i];
  }
  return args[0] ?? '';
}

/**
 * Splits NUL-ended fields out of chunks of git's output and hands them on `fieldsPerRecord` at a time.
 *
 * Each chunk is decoded once (StringDecoder keeps a character split across two reads for the next one) and
 * split at NULs with string slices: one native call per chunk instead of one per field (5,000 commits in a
 * fresh process: 11 ms to split instead of 19). A field is a slice of its chunk's text, so it keeps that text
 * alive while it lives: callers that keep a few fields of many records (the full changelog) copy them out
 * (see detachText).
 */
class FieldSplitter {
  private readonly decoder = new StringDecoder('utf8');
  /** The start of a field that began in an earlier chunk. */
  private pending = '';
  private record: string[] = [];
  private records = 0;

  constructor(
    private readonly fieldsPerRecord: number,
    private readonly onFields: (fields: string[]) => void,
  ) {}

  /** Hands on every record the chunk completes; stops early (mid-chunk) once `stopped()` says so. */
  push(chunk: Buffer, stopped: () => boolean): void {
    const text = this.decoder.write(chunk);
    let start = 0;
    let nul = text.indexOf('\0');
    while (nul >= 0) {
      if (this.pending.length > 0) {
        this.record.push(this.pending + text.slice(start, nul));
        this.pending = '';
      } else this.record.push(text.slice(start, nul));
      if (this.record.length === this.fieldsPerRecord) {
        const done = this.record;
        this.record = [];
        if (++this.records === LONG_READ_RECORDS) favourMemoryOverSpeed();
        this.onFields(done);
        if (stopped()) return;
      }
      start = nul + 1;
      nul = text.indexOf('\0', start);
    }
    if (start < text.length) this.pending += text.slice(start);
  }

  /** Whether the output ended after a whole record. */
  endedCleanly(): boolean {
    return this.pending.length === 0 && this.record.length === 0 && this.decoder.end().length === 0;
  }
}

function gitFailed(args: readonly string[], code: number | null, stderr: string): ReleaseError {
  return new ReleaseError('GIT_FAILED', `git ${subcommand(args)} failed: ${stderr.trim() || `exit code ${code}`}`, "See git's message; check the revisions and the repository state.");
}

function aborted(args: readonly string[]): ReleaseError {
  return new ReleaseError('TIMEOUT', `git ${subcommand(args)} was aborted`, 'Raise the timeout, or find out why git is slow here.', { transient: true });
}

function endedMidRecord(args: readonly string[]): ReleaseError {
  return new ReleaseError('GIT_FAILED', `git ${subcommand(args)} ended in the middle of a record.`, 'Run the command by hand to see what git printed.');
}

/** A spawned git. (Only `spawn` is imported from child_process: tests/scans/no-shell.test.ts.) */
type ChildProcess = ReturnType<typeof spawn>;

/** Kills a git started in its own process group, with its helpers. */
function killGroup(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/**
 * Runs `git <args>` and hands its NUL-separated stdout to `onFields`, `fieldsPerRecord` fields at a time,
 * as the output arrives: nothing holds the whole output. Use with `log -z --format=` and `%x00` between
 * fields, so that every field (commit messages included, which cannot contain NUL) ends in a NUL.
 *
 * exec() in core/exec.ts collects all output into one string; a 100k-commit log is better parsed while it
 * streams, so this spawns git directly: an argument array, no shell, in its own process group, killed on
 * abort or when `onFields` throws. Throws GIT_FAILED with git's message on a non-zero exit.
 *
 * When streamEarly started exactly this command in this directory, its output is read instead (the same
 * fields, errors and abort); any other early stream there is a guess that missed and is stopped.
 */
export function streamGitFields(git: Git, args: string[], fieldsPerRecord: number, onFields: (fields: string[]) => void, options: StreamOptions = {}): Promise<void> {
  if (options.signal?.aborted) {
    return Promise.reject(new ReleaseError('TIMEOUT', `git ${subcommand(args)} was not started: the operation was aborted`, 'Raise the timeout.'));
  }
  const early = earlyStreams.take(git.cwd, args);
  if (early) return replayEarlyStream(early, args, new FieldSplitter(fieldsPerRecord, onFields), options);
  dropEarlyStreams(git.cwd);
  return new Promise<void>((resolve, reject) => {
    const child = spawn('git', args, { cwd: git.cwd, env: streamEnv(), detached: process.platform !== 'win32', stdio: ['ignore', 'pipe', 'pipe'], shell: false, windowsHide: true });
    let failure: unknown = null;
    let stderr = '';
    const splitter = new FieldSplitter(fieldsPerRecord, onFields);
    const onAbort = (): void => {
      failure ??= aborted(args);
      killGroup(child);
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure !== null) return;
      try {
        // An abort raised from inside onFields stops delivery at once, mid-chunk.
        splitter.push(chunk, () => failure !== null);
      } catch (err) {
        failure = err;
        killGroup(child);
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
      if (failure !== null) reject(failure);
      else if (code !== 0) reject(gitFailed(args, code, stderr));
      else if (!splitter.endedCleanly()) reject(endedMidRecord(args));
      else resolve();
    });
  });
}

/** A git command started by streamEarly, writing into an unlinked temp file. */
interface EarlyStream {
  child: ChildProcess;
  /** The temp file, open for reading; closed once read or dropped. */
  fd: number;
  /** Resolves when git has exited, with its exit code (null: killed or not started) and stderr. */
  exited: Promise<{ code: number | null; stderr: string; error?: Error }>;
}

/** Early streams not yet read. */
const earlyStreams = new EarlyWork<EarlyStream>();
let tempFiles = 0;
let dropAtExit = false;

/**
 * Starts `git <args>` in `cwd` now, for a streamGitFields with exactly these arguments later: its output goes
 * into a temp file (unlinked at once: only the open descriptors keep it), so git runs to its end on another
 * core while this process is busy (loading a stage's code) instead of stopping whenever a pipe is full.
 * A stream never asked for is killed when streamGitFields runs another command in `cwd`, or at exit. For
 * guesses that are usually right (the commits since the newest release tag) and cost one process when not.
 * Returns a promise of git's exit (for whoever wants to know), or null when it did not start (on Windows,
 * where an open file cannot be unlinked, or without a usable temp directory).
 */
export function streamEarly(cwd: string, args: string[], tempDir: string = tmpdir()): Promise<void> | null {
  if (process.platform === 'win32') return null;
  const running = earlyStreams.peek(cwd, args);
  if (running) return running.exited.then(() => undefined);
  let fd: number;
  try {
    const path = join(tempDir, `release-relay-${process.pid}-${++tempFiles}.log`);
    fd = openSync(path, 'wx+', 0o600);
    unlinkSync(path);
  } catch {
    return null; // the command runs when it is asked for
  }
  const child = spawn('git', args, { cwd, env: streamEnv(), detached: true, stdio: ['ignore', fd, 'pipe'], shell: false });
  // Not a reason to keep this process alive (until its output is asked for: replayEarlyStream).
  child.unref();
  (child.stderr as Socket | null)?.unref(); // a pipe: a socket
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    if (stderr.length < 64 * 1024) stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; stderr: string; error?: Error }>((resolve) => {
    child.on('error', (error) => resolve({ code: null, stderr, error }));
    child.on('close', (code) => resolve({ code, stderr }));
  });
  earlyStreams.put(cwd, args, { child, fd, exited });
  if (!dropAtExit) {
    dropAtExit = true;
    process.once('exit', () => dropEarlyStreams(null));
  }
  return exited.then(() => undefined);
}

/**
 * Stops the early streams of `cwd` (all of them with null) and frees their files. The stage calls it once
 * its history is read: a stream left over would be stale for a later reader.
 */
export function dropEarlyStreams(cwd: string | null): void {
  earlyStreams.drop(cwd, (early) => {
    killGroup(early.child);
    closeSync(early.fd);
  });
}

/** streamGitFields over the output of an early stream: waits for git's exit, then reads its file. */
async function replayEarlyStream(early: EarlyStream, args: string[], splitter: FieldSplitter, options: StreamOptions): Promise<void> {
  try {
    early.child.ref();
    (early.child.stderr as Socket | null)?.ref();
    const onAbort = (): void => killGroup(early.child);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const { code, stderr, error } = await early.exited;
    options.signal?.removeEventListener('abort', onAbort);
    if (options.signal?.aborted) throw aborted(args);
    if (error) throw new ReleaseError('COMMAND_FAILED', `Could not start git: ${error.message}`, 'Install git or put it on PATH.', { cause: error });
    if (code !== 0) throw gitFailed(args, code, stderr);
    const chunk = Buffer.allocUnsafe(64 * 1024);
    let position = 0;
    for (;;) {
      const n = readSync(early.fd, chunk, 0, chunk.length, position);
      if (n === 0) break;
      position += n;
      // The splitter decodes the chunk before it hands anything on, so the buffer can be read into again.
      splitter.push(chunk.subarray(0, n), () => options.signal?.aborted === true);
      if (options.signal?.aborted) throw aborted(args);
    }
    if (!splitter.endedCleanly()) throw endedMidRecord(args);
  } finally {
    closeSync(early.fd);
  }
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
