import { ReleaseError } from '../core/errors.js';

/** How one command-line option takes its value. */
export interface OptionSpec {
  /** `boolean`: `--x`, `--x=false`, `--x false`, `--no-x`. `string`: `--x V` or `--x=V`. */
  kind: 'boolean' | 'string';
  /** May be given more than once (values are collected in order). Defaults to false. */
  multiple?: boolean;
  /** Another name this option is stored under (e.g. `registry` → `registries`). */
  aliasOf?: string;
  /** One line for the help text. */
  description: string;
  /** Shown in the help text. */
  default?: string;
}

/** Parsed values by option name: strings, booleans, or string lists for `multiple` options. */
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/** Levenshtein distance, for "did you mean" on mistyped options. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** The known option closest to `name`, when it is close enough to be a typo. */
export function closestOption(name: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(name, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/**
 * Parses `args` against `specs` (no positionals). Unknown options are a BAD_INPUT error whose hint names
 * the closest real option and the help command, so a mistyped option never silently does nothing.
 */
export function parseOptions(command: string, args: string[], specs: Record<string, OptionSpec>): OptionValues {
  const values: OptionValues = {};
  const known = Object.keys(specs);
  const unknown = (name: string): never => {
    const near = closestOption(name, known);
    throw new ReleaseError('BAD_INPUT', `Unknown option --${name} for \`release-relay ${command}\`.`, `${near ? `Did you mean --${near}? ` : ''}Run \`release-relay help ${command}\` for its options.`);
  };
  const store = (name: string, value: string | boolean): void => {
    const spec = specs[name];
    const key = spec.aliasOf ?? name;
    const target = specs[key] ?? spec;
    if (target.multiple) {
      const list = (values[key] as string[] | undefined) ?? [];
      list.push(String(value));
      values[key] = list;
    } else values[key] = value;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--') || arg === '--') {
      throw new ReleaseError('BAD_INPUT', `Unexpected argument "${arg}" for \`release-relay ${command}\`.`, `Options are given as --<option> <value>; run \`release-relay help ${command}\` for them.`);
    }
    const eq = arg.indexOf('=');
    let name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    let inline: string | undefined = eq < 0 ? undefined : arg.slice(eq + 1);
    let spec = specs[name];
    if (!spec && name.startsWith('no-') && specs[name.slice(3)]?.kind === 'boolean' && inline === undefined) {
      name = name.slice(3);
      spec = specs[name];
      inline = 'false';
    }
    if (!spec) unknown(name);
    if (spec.kind === 'boolean') {
      let text = inline;
      if (text === undefined && /^(true|false)$/i.test(args[i + 1] ?? '')) text = args[++i];
      if (text === undefined) store(name, true);
      else if (/^true$/i.test(text)) store(name, true);
      else if (/^false$/i.test(text)) store(name, false);
      else throw new ReleaseError('BAD_INPUT', `Option --${name} is "${text}", not a boolean.`, `Give --${name} (true), --${name}=false or --no-${name}.`);
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined) throw new ReleaseError('BAD_INPUT', `Option --${name} needs a value.`, `Give it as --${name} VALUE or --${name}=VALUE.`);
    store(name, value);
  }
  return values;
}
