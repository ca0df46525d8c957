import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Exec, ExecResult } from '../core/exec.js';
import { exec as realExec, CommandFailedError } from '../core/exec.js';
import { ReleaseError } from '../core/errors.js';
import { DEFAULT_REQUEST_TIMEOUT_MS, formatMs } from '../core/http.js';
import { EarlyWork } from './early-work.js';

/** Deadlines of the commands that talk to a remote. */
export interface GitNetworkLimits {
  /** A transfer without progress for this long is cut (http.lowSpeedTime, whole seconds). Defaults to 60 s. */
  requestTimeoutMs?: number;
  /** The whole command is killed (with its process group) after this long. Defaults to 10 minutes. */
  networkTimeoutMs?: number;
}

/** The identity release commits and tags are made with. */
export interface GitIdentity {
  name: string;
  email: string;
}

/** github-actions[bot], the identity GitHub's own actions commit as. */
export const BOT_IDENTITY: GitIdentity = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

/** What Git.checkoutState reads. */
export interface CheckoutState {
  head: string;
  topLevel: string;
  shallow: boolean;
  branch: string | null;
}

/** The remote a stage talks to unless told otherwise. */
export const DEFAULT_REMOTE = 'origin';

/** Checkout questions of Git, by their arguments: what askEarly can start before a stage asks them. */
// rev-parse answers its arguments in order; --symbolic-full-name applies to the second HEAD only.
export const CHECKOUT_STATE_ARGS = ['rev-parse', 'HEAD', '--show-toplevel', '--is-shallow-repository', '--symbolic-full-name', 'HEAD'];
export const DIRTY_PATHS_ARGS = ['status', '--porcelain=v1', '--untracked-files=normal'];
export function remoteUrlArgs(remote: string): string[] {
  return ['remote', 'get-url', remote];
}

/** Answers of commands started by askEarly and not yet asked for. */
const earlyAnswers = new EarlyWork<Promise<ExecResult>>();

/**
 * Starts read-only git commands now that a stage will run once its code has loaded: loading the prepare stage
 * keeps the main thread busy for ~25 ms, in which git answers on another core instead of afterwards. The
 * first Git in `cwd` that runs exactly these arguments (plainly: no input, env, remote or signal) gets the
 * answer as if it had run the command then; the answer is handed out once. A question never asked costs one
 * process and changes nothing, so a list that drifts from what the stage asks only loses the head start.
 * Only for commands that read: nothing runs in between that could change their answer.
 */
export function askEarly(cwd: string, questions: readonly (readonly string[])[]): Promise<void> {
  const git = new Git(cwd);
  const answers = questions.map((args) => {
    const answer = git.git([...args], { check: false });
    earlyAnswers.put(cwd, args, answer);
    return answer.then(
      () => undefined,
      () => undefined, // judged by whoever asks; not an unhandled rejection meanwhile
    );
  });
  // Resolves once every answer is in (whoever wants to know; the entry points do not wait).
  return Promise.all(answers).then(() => undefined);
}

/**
 * Forgets the early answers of `cwd` nobody took. The stage calls it once its first step has asked its
 * questions: an answer left over would be stale for a later asker (`git status` after the release edits).
 */
export function dropEarlyAnswers(cwd: string): void {
  earlyAnswers.drop(cwd);
}

/** The answer askEarly started for these arguments in `cwd`, without taking it (it stays for the stage). */
export function peekEarlyAnswer(cwd: string, args: readonly string[]): Promise<ExecResult> | undefined {
  return earlyAnswers.peek(cwd, args);
}

/**
 * The few git operations the stages need, over the real git binary in one working tree. Every call passes
 * an argument array (no shell); user-supplied refs are passed after validation or behind `--`.
 */
export class Git {
  constructor(
    readonly cwd: string,
    private readonly run: Exec = realExec,
    private readonly limits: GitNetworkLimits = {},
  ) {}

  /**
   * Runs git with the given arguments; throws GIT_FAILED with git's message on a non-zero exit. `network`
   * commands (talking to a remote) get deadlines: a stalled transfer is cut after `requestTimeoutMs`, the whole
   * command (with its helpers, as a process group) after `networkTimeoutMs`, as TIMEOUT naming the remote.
   * Aborting `signal` kills the command (an answer no longer wanted).
   */
  async git(args: string[], options: { check?: boolean; env?: Record<string, string>; input?: string; network?: string; signal?: AbortSignal } = {}): Promise<ExecResult> {
    const stallS = Math.max(1, Math.ceil((this.limits.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS) / 1000));
    const killMs = this.limits.networkTimeoutMs ?? Math.max(10 * 60_000, stallS * 5000);
    const argv = options.network ? ['-c', 'http.lowSpeedLimit=1', '-c', `http.lowSpeedTime=${stallS}`, ...args] : args;
    const started = Date.now();
    const timedOut = (detail: string): ReleaseError =>
      new ReleaseError('TIMEOUT', `git ${args[0]} with remote "${options.network}" did not answer within ${detail} (gave up after ${formatMs(Date.now() - started)})`, 'Check that the remote is reachable (its URL in `git remote -v`), or raise input `request-timeout` (seconds without progress).', { transient: true });
    let result: ExecResult;
    const early = options.input === undefined && options.env === undefined && options.network === undefined && options.signal === undefined && this.run === realExec ? earlyAnswers.take(this.cwd, argv) : undefined;
    try {
      if (early) {
        result = await early;
        if ((options.check ?? true) && result.code !== 0) throw new CommandFailedError('git', argv, result);
      } else {
        result = await this.run('git', argv, {
          cwd: this.cwd,
          check: options.check ?? true,
          input: options.input,
          env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env },
          timeoutMs: options.network ? killMs : undefined,
          signal: options.signal,
        });
      }
    } catch (err) {
      if (options.network && err instanceof ReleaseError && err.code === 'TIMEOUT') throw timedOut(formatMs(killMs));
      if (options.network && err instanceof CommandFailedError && /Operation too slow/.test(err.result.stderr)) throw timedOut(`${stallS} s`);
      if (err instanceof CommandFailedError) {
        throw new ReleaseError('GIT_FAILED', `git ${args[0]} failed: ${err.result.stderr.trim() || err.result.stdout.trim()}`, 'See git\'s message; check the repository state and the remote.', { cause: err });
      }
      throw err;
    }
    if (options.network && result.code !== 0 && /Operation too slow/.test(result.stderr)) throw timedOut(`${stallS} s`);
    return result;
  }

  /** Trimmed stdout of a git command. */
  async out(args: string[]): Promise<string> {
    return (await this.git(args)).stdout.trim();
  }

  /** The repository's top-level directory. */
  async topLevel(): Promise<string> {
    return this.out(['rev-parse', '--show-toplevel']);
  }

  /**
   * The checkout in one git process: HEAD's commit, the top level, whether the history is shallow, and the
   * branch (null when HEAD is detached). Null when there is no commit yet or no repository: ask one question at
   * a time then (head(), topLevel(), …), which say which it is.
   */
  async checkoutState(): Promise<CheckoutState | null> {
    const r = await this.git(CHECKOUT_STATE_ARGS, { check: false });
    const lines = r.stdout.trimEnd().split('\n');
    if (r.code !== 0 || lines.length !== 4) return null;
    const [head, topLevel, shallow, ref] = lines;
    return { head, topLevel, shallow: shallow === 'true', branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null };
  }

  /** Full SHA of a revision, or null when it does not resolve. */
  async revParse(rev: string): Promise<string | null> {
    const r = await this.git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { check: false });
    return r.code === 0 ? r.stdout.trim() : null;
  }

  /** SHA of HEAD. */
  async head(): Promise<string> {
    return this.out(['rev-parse', 'HEAD']);
  }

  /** The current branch, or null on a detached HEAD. */
  async currentBranch(): Promise<string | null> {
    const r = await this.git(['symbolic-ref', '--quiet', '--short', 'HEAD'], { check: false });
    return r.code === 0 ? r.stdout.trim() : null;
  }

  /** Paths with uncommitted changes (tracked or untracked, ignoring ignored files). */
  async dirtyPaths(): Promise<string[]> {
    // Not trimmed: the first line's leading status column (" M") is part of the format.
    const r = (await this.git(DIRTY_PATHS_ARGS)).stdout;
    return r.split('\n').filter((l) => l.length > 3).map((l) => l.slice(3));
  }

  /** The commit a tag points at (peeled), or null when the tag does not exist locally. */
  async tagCommit(tag: string): Promise<string | null> {
    const r = await this.git(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], { check: false });
    return r.code === 0 ? r.stdout.trim() : null;
  }

  /** The commit a tag points at on a remote (peeled), or null when absent there or the remote cannot be read. */
  async remoteTagCommit(remote: string, tag: string): Promise<string | null> {
    return (await this.remoteTags(remote))?.get(tag) ?? null;
  }

  /**
   * Every tag on a remote with the commit it names (peeled through annotated tags), from one
   * `git ls-remote --tags`; null when the remote cannot be read. The server sends every tag either way (a
   * pattern only filters on this side), so one listing answers any number of tag questions.
   */
  async remoteTags(remote: string, signal?: AbortSignal): Promise<Map<string, string> | null> {
    const r = await this.git(['ls-remote', '--tags', remote], { check: false, network: remote, signal });
    if (r.code !== 0) return null;
    const tags = new Map<string, string>();
    for (const line of r.stdout.split('\n')) {
      const tab = line.indexOf('\t');
      const ref = line.slice(tab + 1);
      if (tab < 0 || !ref.startsWith('refs/tags/')) continue;
      const name = ref.slice('refs/tags/'.length);
      // `tag^{}` (the peeled commit of an annotated tag) follows `tag` and wins over it.
      if (name.endsWith('^{}')) tags.set(name.slice(0, -3), line.slice(0, tab));
      else if (!tags.has(name)) tags.set(name, line.slice(0, tab));
    }
    return tags;
  }

  /** Whether `remote` is configured. */
  async hasRemote(remote: string): Promise<boolean> {
    const r = await this.git(['remote'], { check: false });
    return r.stdout.split('\n').includes(remote);
  }

  /** URL of a remote, or null. */
  async remoteUrl(remote: string): Promise<string | null> {
    const r = await this.git(remoteUrlArgs(remote), { check: false });
    return r.code === 0 ? r.stdout.trim() : null;
  }

  /** Stages the given paths and commits them with the identity; returns the new commit's SHA. */
  async commit(paths: string[], message: string, identity: GitIdentity = BOT_IDENTITY): Promise<string> {
    // Paths removed from the tree (towncrier's consumed news fragments) are committed as deletions by
    // `git commit -- paths`; `git add` would refuse them.
    const present = paths.filter((p) => existsSync(join(this.cwd, p)));
    if (present.length > 0) await this.git(['add', '--', ...present]);
    await this.git(['commit', '--no-verify', '-m', message, '--', ...paths], { env: identityEnv(identity) });
    return this.head();
  }

  /** Creates an annotated tag on `sha` with `message`. */
  async tag(tag: string, sha: string, message: string, identity: GitIdentity = BOT_IDENTITY): Promise<void> {
    await this.git(['tag', '--annotate', '--file=-', '--', tag, sha], { input: message, env: identityEnv(identity) });
  }

  /** Pushes refspecs to a remote (never forced). */
  async push(remote: string, refspecs: string[]): Promise<void> {
    await this.git(['push', '--porcelain', remote, ...refspecs], { network: remote });
  }

  /** True in a shallow clone (`fetch-depth: 1`), where history and tags are partial. */
  async isShallow(): Promise<boolean> {
    const r = await this.git(['rev-parse', '--is-shallow-repository'], { check: false });
    return r.stdout.trim() === 'true';
  }

  /** Fetches the rest of the history and every tag from `remote` (`git fetch --unshallow --tags`). */
  async unshallow(remote: string): Promise<void> {
    await this.git(['fetch', '--quiet', '--unshallow', '--tags', remote]);
  }

  /** Fetches a branch from the remote; returns the remote branch's SHA or null. */
  async fetchBranch(remote: string, branch: string): Promise<string | null> {
    const r = await this.git(['fetch', '--quiet', remote, `refs/heads/${branch}`], { check: false, network: remote });
    if (r.code !== 0) return null;
    return this.revParse('FETCH_HEAD');
  }
}

/** Environment variables that set author and committer. */
export function identityEnv(identity: GitIdentity): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
  };
}

/** Validates a ref name with git's own rules (`git check-ref-format`); throws BAD_INPUT naming the input. */
export async function assertValidRefName(name: string, input: string, run: Exec = realExec): Promise<void> {
  if (plainlyValidRefName(name)) return;
  const r = await run('git', ['check-ref-format', `refs/tags/${name}`], { check: false });
  if (r.code !== 0 || /[\s\n\r]/.test(name)) {
    throw new ReleaseError('BAD_INPUT', `Input "${input}" gives "${name}", which is not a valid git ref name.`, 'Use letters, digits, dots, dashes and slashes; no spaces, "..", "~", "^", ":" or control characters.');
  }
}

/**
 * True for a name git's check-ref-format rules accept for certain (the usual `v1.2.3`, `name-v1.2.3`,
 * `release/v1.2.3`): letters, digits and `.-_+/`, no empty, dot-led or `.lock` component, no `..`, not ending
 * in `.`. Anything else is left to git itself (one process fewer on the common path).
 */
export function plainlyValidRefName(name: string): boolean {
  if (!/^[A-Za-z0-9._+/-]+$/.test(name) || name.includes('..') || name.endsWith('.')) return false;
  return name.split('/').every((part) => part.length > 0 && !part.startsWith('.') && !part.endsWith('.lock'));
}
