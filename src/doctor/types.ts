import type { ChangelogLocation } from '../changelog/locate.js';
import type { Exec } from '../core/exec.js';
import type { RunnerEnvironment } from '../core/runner.js';
import type { EcosystemAdapter, PackageInfo } from '../ecosystems/types.js';

/** How a finding weighs: a blocker stops a release (doctor exits 1), a warning is worth a look. */
export type FindingStatus = 'ok' | 'info' | 'warning' | 'blocker';

/** One line of the doctor's report: what was checked, what was found, and how to fix it when it matters. */
export interface Finding {
  /** The check that made it (`machine.git`, `repository.version-source`, …). */
  check: string;
  status: FindingStatus;
  /** Short label (`git`, `version source`). */
  label: string;
  /** What was found, in one line. */
  summary: string;
  /** What to do about it, naming a real option or command. */
  fix?: string;
}

/** What the checks are given: the repository, the options a release would use, and an Exec. */
export interface DoctorInput {
  /** Repository working tree. */
  dir: string;
  /** Package directory, relative to the repository root. Defaults to `.`. */
  packageDir: string;
  /** `auto`, `python` or `npm`. */
  ecosystem: string;
  /** Tag template as given; undefined: the repository's release config (semantic-release, release-please), else v{version}. */
  tagTemplate?: string;
  /** Changelog path as given (relative to the package dir); undefined: the one prepare-release would find. */
  changelogFile?: string;
  /** The test command a release would run, when one is given. */
  testCommand?: string;
  /** Python interpreter override. */
  python?: string;
  /** Where a release would publish, when given. */
  registries: string[];
  /** Name of the environment variable holding the registry token, and whether it is set. */
  tokenEnv?: { name: string; set: boolean };
  /** Where the doctor runs, read by the entry: on a runner its OIDC endpoint, workflow and token variables are checked directly. */
  runner?: RunnerEnvironment;
  exec: Exec;
}

/** Facts several checks share, found once (the package is read with the ecosystems' own detection). */
export interface DoctorFacts {
  /** The repository root, or null when `dir` is not in a git repository. */
  root: string | null;
  adapter?: EcosystemAdapter;
  info?: PackageInfo;
  /** Why the package could not be read. */
  packageError?: unknown;
  /** The tag template a release would use, and where it comes from (`--tag-template`, a config file, the default). */
  tagTemplate: string;
  tagTemplateSource: string;
  /** The changelog prepare-release would write, and how it was chosen. */
  changelog?: ChangelogLocation;
  /** The tool that writes that changelog instead of release-relay (towncrier), and where it is configured. */
  changelogTool?: string;
}

/** One check of the doctor: other issues add theirs to the registry (src/doctor/registry.ts). */
export interface DoctorCheck {
  /** Unique id, `<area>.<name>`. */
  id: string;
  /** `machine` checks the tools, `repository` the project, `publishing` the way to the registry. */
  area: 'machine' | 'repository' | 'publishing';
  run(input: DoctorInput, facts: DoctorFacts): Promise<Finding[]>;
}
