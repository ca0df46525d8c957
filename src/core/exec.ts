import { spawn } from 'node:child_process';
import { delimiter } from 'node:path';
import { ReleaseError } from './errors.js';

/** Options for one child process. Arguments are always an array: nothing goes through a shell. */
export interface ExecOptions {
  /** Working directory. Defaults to the current directory. */
  cwd?: string;
  /** Extra environment variables, merged over process.env. */
  env?: Record<string, string | undefined>;
  /** Replace process.env entirely instead of merging. Defaults to false. */
  replaceEnv?: boolean;
  /** Directories put in front of PATH (a venv's bin, node_modules/.bin). Defaults to none. */
  pathPrepend?: string[];
  /** Aborting kills the child's whole process group. */
  signal?: AbortSignal;
  /** Kill the process group after this many milliseconds. */
  timeoutMs?: number;
  /** Text written to stdin, then stdin is closed. */
  input?: string;
  /** Called with each chunk of output as it arrives (for live logs). */
  onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
  /** Throw a COMMAND_FAILED ReleaseError on a non-zero exit. Defaults to true. */
  check?: boolean;
}

/** What a finished child process left behind. */
export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
  /** True when the process was killed by timeoutMs or the signal. */
  killed: boolean;
  durationMs: number;
}

/** Runs a program with an argument array. The seam every module takes so tests can pass the real one. */
export type Exec = (file: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>;

/**
 * The environment of a child process: this process's own (the one place below the entries that reads it,
 * to hand it on) with `env` merged over it (or instead of it with `replaceEnv`), `undefined` values removed
 * and `pathPrepend` put in front of PATH.
 */
export function childEnv(options: Pick<ExecOptions, 'env' | 'replaceEnv' | 'pathPrepend'> = {}): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = options.replaceEnv ? { ...options.env } : { ...process.env, ...options.env };
  if (options.pathPrepend?.length) env.PATH = [...options.pathPrepend, env.PATH ?? ''].join(delimiter);
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env as NodeJS.ProcessEnv;
}

/**
 * Runs `file` with `args` without a shell, in its own process group so that a timeout or abort kills the
 * whole tree it started (pytest workers, build backends), not just the direct child.
 */
export const exec: Exec = (file, args, options = {}) => {
  const started = Date.now();
  const check = options.check ?? true;
  return new Promise<ExecResult>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new ReleaseError('TIMEOUT', `${file} was not started: the operation was aborted`, 'Raise the timeout.'));
      return;
    }
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: childEnv(options),
      detached: process.platform !== 'win32',
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false,
      windowsHide: true,
    });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const killTree = (): void => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killed = true;
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = options.timeoutMs !== undefined ? setTimeout(killTree, options.timeoutMs) : undefined;
    const onAbort = (): void => killTree();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      options.onOutput?.(chunk, 'stdout');
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      options.onOutput?.(chunk, 'stderr');
    });
    child.stdin.on('error', () => undefined);
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
    const finish = (): void => {
      if (timer) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    };
    child.on('error', (err) => {
      finish();
      reject(
        new ReleaseError('COMMAND_FAILED', `Could not start ${file}: ${err.message}`, `Install ${file} or put it on PATH.`, {
          cause: err,
        }),
      );
    });
    child.on('close', (code, sig) => {
      finish();
      // The direct child is gone; make sure nothing it started outlives it after a kill.
      if (killed && child.pid !== undefined && process.platform !== 'win32') {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* group already gone */
        }
      }
      const result: ExecResult = { code: code ?? (sig ? 128 : 1), stdout, stderr, killed, durationMs: Date.now() - started };
      if (killed) {
        reject(
          new ReleaseError(
            'TIMEOUT',
            `${file} ${args.join(' ')} was killed after ${options.timeoutMs !== undefined ? `${options.timeoutMs} ms` : 'an abort'}`,
            'Raise the timeout, or find out why the command hangs.',
            { transient: true },
          ),
        );
        return;
      }
      if (check && result.code !== 0) {
        reject(new CommandFailedError(file, args, result));
        return;
      }
      resolve(result);
    });
  });
};

/** A command that exited non-zero; carries its output for classification and evidence. */
export class CommandFailedError extends ReleaseError {
  readonly result: ExecResult;
  constructor(file: string, args: readonly string[], result: ExecResult) {
    const tail = (result.stderr || result.stdout).trim().split('\n').slice(-15).join('\n');
    super('COMMAND_FAILED', `${file} ${args.join(' ')} exited with ${result.code}${tail ? `:\n${tail}` : ''}`, 'See the output above.');
    this.name = 'CommandFailedError';
    this.result = result;
  }
}
