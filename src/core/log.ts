/**
 * The logging surface the stages use. The action entries back it with @actions/core, the CLI with the
 * console, tests with a recorder; stages never import @actions/core themselves.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string, location?: { file: string; line?: number }): void;
  debug(message: string): void;
  /** Runs `fn` inside a collapsible group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Marks a value as secret so it never appears in logs. */
  setSecret(value: string): void;
}

/**
 * Text made safe for one or more log lines on a GitHub runner: a line that starts with `::` (after blanks)
 * would be executed as a workflow command, so its colons are split with a zero-width space. Values from
 * user files (names, versions, commit subjects) and tool output all pass through here.
 */
export function escapeLogText(text: string): string {
  return text.replace(/(^|[\r\n])([ \t]*):(?=:)/g, '$1$2:\u200b');
}

/** A Logger that prints to the console and masks registered secrets itself. */
export function consoleLogger(options: { debug?: boolean; write?: (line: string) => void } = {}): Logger {
  const secrets: string[] = [];
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const mask = (s: string): string => secrets.reduce((acc, secret) => acc.split(secret).join('***'), s);
  return {
    info: (m) => write(mask(m)),
    warning: (m, loc) => write(mask(`warning${loc ? ` ${loc.file}${loc.line ? `:${loc.line}` : ''}` : ''}: ${m}`)),
    debug: (m) => {
      if (options.debug) write(mask(`debug: ${m}`));
    },
    group: async (name, fn) => {
      write(mask(`▸ ${name}`));
      return fn();
    },
    setSecret: (value) => {
      if (value && !secrets.includes(value)) secrets.push(value);
    },
  };
}

/** A Logger that drops everything (for library calls where the caller does not care). */
export const silentLogger: Logger = {
  info: () => undefined,
  warning: () => undefined,
  debug: () => undefined,
  group: (_name, fn) => fn(),
  setSecret: () => undefined,
};
