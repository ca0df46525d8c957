import type { OptionSpec } from './args.js';
import { ACTION_INPUTS, type ActionInput } from './inputs.generated.js';

/** The stages whose action inputs a command offers. */
type Stage = keyof typeof ACTION_INPUTS;

/** One CLI command: what it does, which stages' inputs it takes, and its own extra options. */
export interface CommandSpec {
  name: string;
  summary: string;
  /** Extra usage lines (examples, rules). */
  notes?: string[];
  stages: Stage[];
  extra: Record<string, OptionSpec>;
}

const DIR: Record<string, OptionSpec> = {
  dir: { kind: 'string', description: 'The repository (working tree) to release from.', default: '.' },
  debug: { kind: 'boolean', description: 'Print debug lines (the tools\' full output).' },
};
const TOKEN_ENV: OptionSpec = { kind: 'string', description: 'Environment variable holding the registry token (never give a secret on the command line).', default: 'PYPI_TOKEN' };
const REGISTRY: OptionSpec = { kind: 'string', multiple: true, aliasOf: 'registries', description: 'Same as --registries (may be repeated).' };
const OFFLINE: OptionSpec = { kind: 'boolean', description: 'Build with the interpreter\'s own backend and install without an index (isolated-build false, install-args --no-index).' };

/** Every command the CLI has. */
export const COMMANDS: Record<string, CommandSpec> = {
  prepare: {
    name: 'prepare',
    summary: 'Decide the next version, write version files and CHANGELOG, commit and push (prepare-release).',
    notes: ['The commit is authored with the repository\'s git identity (git config user.name/user.email) unless --git-user-name/--git-user-email are given.'],
    stages: ['prepare-release'],
    extra: {
      ...DIR,
      json: { kind: 'boolean', description: 'Print the release context (JSON) instead of the decision.' },
      context: { kind: 'string', aliasOf: 'context-file', description: 'Same as --context-file.' },
      'github-token-env': { kind: 'string', description: 'Environment variable holding a GitHub token, for branch rules, the release PR (--release-mode pr) and API commits (--commit-via api).', default: 'GITHUB_TOKEN' },
      repository: { kind: 'string', description: 'owner/name on GitHub. Default: from the origin remote.' },
      'github-api-url': { kind: 'string', description: 'GitHub API root. Default: https://api.github.com.' },
    },
  },
  gate: {
    name: 'gate',
    summary: 'Run the quality gate on the prepared release: tests, coverage, build once, clean install (quality-gate).',
    notes: ['--context takes the context JSON or a file holding it; require-ci defaults to false here (no GitHub).'],
    stages: ['quality-gate'],
    extra: { ...DIR, offline: OFFLINE },
  },
  publish: {
    name: 'publish',
    summary: 'Publish the approved distributions, tag, release, verify (publish-and-verify).',
    notes: ['--registries is required: pypi, testpypi, npm or a registry URL (comma-separated, fallbacks after the first).', 'The token is read from the variable named by --token-env.'],
    stages: ['publish-and-verify'],
    extra: { ...DIR, 'token-env': TOKEN_ENV, registry: REGISTRY },
  },
  run: {
    name: 'run',
    summary: 'prepare → gate → publish with the context in a file; the release commit is pushed only after the gate approved.',
    notes: ['--registries is required (pypi, testpypi, npm or a URL); with --dry-run nothing is written anywhere.', 'Every option of prepare, gate and publish applies; --context-file (or --context) names the file the context is kept in between the stages.', 'A rejected gate undoes the local release commit; nothing is pushed before the gate approved.'],
    stages: ['prepare-release', 'quality-gate', 'publish-and-verify'],
    extra: { ...DIR, 'token-env': TOKEN_ENV, registry: REGISTRY, offline: OFFLINE, json: { kind: 'boolean', description: 'Print the final release context (JSON).' } },
  },
  doctor: {
    name: 'doctor',
    summary: 'Check this machine and the repository, and say what a release would do; exit 1 on a blocker.',
    stages: [],
    extra: {
      ...DIR,
      'package-dir': { kind: 'string', description: 'Package directory, relative to the repository root.', default: '.' },
      ecosystem: { kind: 'string', description: 'auto, python or npm.', default: 'auto' },
      'tag-template': { kind: 'string', description: 'Tag name template. Default: the repository\'s semantic-release tagFormat or release-please tag, else v{version}.' },
      'changelog-file': { kind: 'string', description: 'Changelog path, relative to package-dir. Default: the one prepare would find (CHANGELOG, CHANGES, HISTORY, NEWS; .md, .rst; root or docs/), else a new CHANGELOG.md.' },
      'test-command': { kind: 'string', description: 'The test command the gate would run.' },
      python: { kind: 'string', description: 'Python interpreter to check.' },
      registries: { kind: 'string', description: 'Where a release would publish (pypi, testpypi, npm or a URL).' },
      'token-env': TOKEN_ENV,
      json: { kind: 'boolean', description: 'Print the findings as JSON.' },
    },
  },
  changelog: {
    name: 'changelog',
    summary: 'Print the whole changelog from the git history.',
    stages: [],
    extra: {
      ...DIR,
      full: { kind: 'boolean', description: 'Required: every release, newest first.' },
      'tag-template': { kind: 'string', description: 'Tag name template.', default: 'v{version}' },
      'package-dir': { kind: 'string', description: 'Package directory, relative to the repository root.', default: '.' },
    },
  },
};

/** The action inputs a command offers as options (secrets never: they come from --token-env). */
export function commandInputs(spec: CommandSpec): ActionInput[] {
  const seen = new Map<string, ActionInput>();
  for (const stage of spec.stages) for (const input of ACTION_INPUTS[stage]) if (!input.secret && !seen.has(input.name)) seen.set(input.name, input);
  return [...seen.values()];
}

/** All options of a command: its stages' inputs, then its extras (an extra wins on a name clash). */
export function commandOptions(spec: CommandSpec): Record<string, OptionSpec> {
  const options: Record<string, OptionSpec> = {};
  for (const input of commandInputs(spec)) options[input.name] = { kind: input.kind, description: input.description, default: input.default, multiple: input.name === 'registries' || undefined };
  for (const [name, extra] of Object.entries(spec.extra)) {
    // An alias never hides a real input of the same name.
    if (options[name] && extra.aliasOf) continue;
    options[name] = extra;
  }
  return options;
}

/** Every option name any command accepts (for checking hints). */
export function allOptionNames(): Set<string> {
  const names = new Set<string>();
  for (const spec of Object.values(COMMANDS)) for (const name of Object.keys(commandOptions(spec))) names.add(name);
  return names;
}

/** The short usage of every command. */
export function usage(): string {
  const lines = ['Usage: release-relay <command> [options]', '', 'Commands:'];
  for (const spec of Object.values(COMMANDS)) lines.push(`  ${spec.name.padEnd(10)} ${spec.summary}`);
  lines.push(
    '  help       `release-relay help <command>` lists every option of a command.',
    '',
    'Examples:',
    '  release-relay doctor --dir path/to/repo',
    '  release-relay prepare --dir path/to/repo --bump auto --dry-run',
    '  release-relay run --dir path/to/repo --bump minor --registries testpypi --token-env TEST_PYPI_TOKEN',
    '',
    'Options are the actions\' inputs under the same names (--test-command, --coverage-threshold, --registries, …).',
    'Secrets never go on the command line: the registry token is read from the environment variable named by',
    '--token-env (default PYPI_TOKEN).',
  );
  return lines.join('\n');
}

/** The full help of one command: its summary, notes and every option with its default. */
export function commandHelp(spec: CommandSpec): string {
  const lines = [`Usage: release-relay ${spec.name} [options]`, '', spec.summary, ...(spec.notes ?? []).map((n) => `  ${n}`), '', 'Options:'];
  const options = commandOptions(spec);
  const width = Math.min(26, Math.max(...Object.keys(options).map((n) => n.length + 4)));
  for (const [name, o] of Object.entries(options)) {
    const flag = `--${name}${o.kind === 'string' ? ' V' : ''}`;
    const def = o.default !== undefined ? ` (default: ${o.default})` : '';
    lines.push(`  ${flag.padEnd(width)} ${o.description}${def}`);
  }
  return lines.join('\n');
}
