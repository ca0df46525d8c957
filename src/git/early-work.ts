/**
 * Work started for a working tree and a git command line before anyone asked for it (askEarly's answers,
 * streamEarly's logs), handed out once to the first asker of exactly that command in that tree.
 */
export class EarlyWork<T> {
  private readonly byKey = new Map<string, T>();

  private static key(cwd: string, args: readonly string[]): string {
    return [cwd, ...args].join('\0');
  }

  put(cwd: string, args: readonly string[], work: T): void {
    this.byKey.set(EarlyWork.key(cwd, args), work);
  }

  /** The work for this command, left in place. */
  peek(cwd: string, args: readonly string[]): T | undefined {
    return this.byKey.get(EarlyWork.key(cwd, args));
  }

  /** The work for this command, taken out: the next asker runs the command itself. */
  take(cwd: string, args: readonly string[]): T | undefined {
    const key = EarlyWork.key(cwd, args);
    const work = this.byKey.get(key);
    if (work !== undefined) this.byKey.delete(key);
    return work;
  }

  /** Takes out the work of `cwd` (of every tree with null), handing each to `dropped`. */
  drop(cwd: string | null, dropped?: (work: T) => void): void {
    for (const [key, work] of this.byKey) {
      if (cwd !== null && !key.startsWith(`${cwd}\0`)) continue;
      this.byKey.delete(key);
      dropped?.(work);
    }
  }
}
