import type { ArtifactRecord, EcosystemName } from '../core/context.js';
import type { Exec } from '../core/exec.js';
import type { FileEdit } from '../core/files.js';
import type { Logger } from '../core/log.js';
import type { RunnerEnvironment } from '../core/runner.js';

/** What an adapter reads of a package. */
export interface PackageInfo {
  name: string;
  /** Current version as written in the version files. */
  version: string;
  /** Version scheme the ecosystem uses. */
  scheme: 'semver' | 'pep440';
  /** Files (relative to the repository root) that hold the version. Empty when the VCS tag is the version. */
  versionFiles: string[];
  /** True when the version comes from VCS tags (setuptools-scm, hatch-vcs): no file is edited. */
  versionFromVcs?: boolean;
  /** The tag-versioning plugin when versionFromVcs (hatch-vcs, setuptools-scm, …). */
  vcsTool?: string;
  /** Where the version comes from, in words, for the job summary and the context. */
  versionSource?: string;
  /** Things the stage should warn about (e.g. stale version literals no configuration names). */
  warnings?: string[];
  /** Importable top-level names (Python), when known: input `import-names`, or read from the built wheel. */
  importNames?: string[];
}

/** What a project's release tools (commitizen, python-semantic-release, towncrier) configure; all optional. */
export interface ReleaseConventions {
  /** A tag template from the tool's tag format, and the table it came from. */
  tagTemplate?: { template: string; from: string };
  /** Conventional types that bump the minor and the patch level (breaking changes always bump major). */
  bumpRules?: { minor: string[]; patch: string[]; from: string };
  /** The changelog file the tool writes, relative to the package directory. */
  changelogFile?: { path: string; from: string };
  /** towncrier is configured: its output file (relative to the package directory) and fragment directory. */
  towncrier?: { filename: string; directory?: string; name?: string; from: string };
}

/** Settings common to the adapter calls. */
export interface AdapterEnv {
  exec: Exec;
  logger: Logger;
  /** Interpreter / tool overrides: e.g. `python` for the Python adapter. */
  tools: Record<string, string | undefined>;
  signal?: AbortSignal;
  /** Where the stage runs (OIDC endpoint, GitHub Actions or not). Defaults to nothing known: not on a runner. */
  runner?: RunnerEnvironment;
  /** Replaces real waits in retries and polls (tests). Defaults to a real timer. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Clock for overall deadlines (tests inject one that `sleep` advances). Defaults to Date.now. */
  now?: () => number;
  /** Time one HTTP request to a registry may take, in ms (input `request-timeout`). Defaults to 60 s. */
  requestTimeoutMs?: number;
  /** Time one upload call (one file, one attempt) may take, in ms (input `upload-timeout`). Defaults to 10 minutes. */
  uploadTimeoutMs?: number;
  /** Provenance settings (attestations on upload, checks on verify). Defaults to none: nothing attested or checked. */
  supplyChain?: SupplyChainOptions;
}

/** What publish attests and what verify demands of the provenance the registry serves. */
export interface SupplyChainOptions {
  /** Attach attestations when publishing through Trusted Publishing (input `attestations`). Defaults to true. */
  attestations?: boolean;
  /** Fail verification unless every file carries an attestation naming `publisher` and its digest. Defaults to false. */
  expectProvenance?: boolean;
  /** GITHUB_WORKFLOW_REF of this run (`owner/repo/.github/workflows/<file>@<ref>`), for trusted-publisher checks. */
  workflowRef?: string;
  /** The repository (`owner/repo`) and workflow file the provenance must name. */
  publisher?: { repository: string; workflow?: string };
  /** Sigstore instance and trusted root. Defaults to the public Sigstore. */
  sigstore?: { fulcioURL?: string; rekorURL?: string; trustedRoot?: unknown };
  /** ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN for the `sigstore` ID token. Defaults to `runner.oidc`. */
  idTokenRequest?: { url?: string; token?: string };
}

/** Result of a clean-environment install check. */
export interface InstallCheckResult {
  ok: boolean;
  /** Interpreter/runtime version used. */
  runtime?: string;
  /** Short, relevant excerpt of the log when it failed. */
  logExcerpt?: string;
  /** README examples run. */
  examplesRun: number;
  /** The README example that failed, with its line in the README. */
  failedExample?: { file: string; line: number; error: string };
  /** What failed, in words. */
  reason?: string;
  /** The names imported (Python: the wheel's top-level packages, or input `import-names`). */
  importNames?: string[];
}

/** What a registry holds of one file. */
export type RemoteFileState = 'absent' | 'same' | 'different';

/** What a repository's own release tooling config (semantic-release, release-please) says about a package. */
export interface ProjectReleaseConfig {
  /** Tag template in release-relay's form (`v{version}`, `core-v{version}`), when the config sets one. */
  tagTemplate?: string;
  /** Branch names or globs releases may run on, when the config sets them. */
  branches?: string[];
  /** Which file said so, for logs and hints. */
  source: string;
  /** A note for the log (e.g. a JavaScript config that is not run). */
  note?: string;
}

/** One ecosystem (python, npm): the only place that knows its file formats, build tools and registry. */
export interface EcosystemAdapter {
  readonly name: EcosystemName;
  /** Whether `dir` holds a package of this ecosystem. */
  detect(dir: string): Promise<boolean>;
  /** Reads name, version and version files; throws NO_VERSION / VERSION_CONFLICT / BAD_TOML etc. */
  readPackage(root: string, packageDir: string): Promise<PackageInfo>;
  /** Plans the edits that set the version to `next` in every version file (pure: nothing written). */
  planVersionEdits(root: string, packageDir: string, info: PackageInfo, next: string): Promise<FileEdit[]>;
  /** Release-tool configuration (tag format, bump rules, changelog file). Optional: none without it. */
  releaseConventions?(root: string, packageDir: string): Promise<ReleaseConventions>;
  /** Regexes-free replacement pairs for docs (install snippets, badges) from `previous` to `next`. */
  docsReplacements(name: string, previous: string, next: string): { from: string; to: string }[];
  /** The command a user runs to install this exact version (`pip install name==1.2.0`), for announcements. */
  installCommand(name: string, version: string): string;
  /**
   * The repository's own release configuration for the package (tag format, release branches), honoured when
   * input tag-template is empty. Optional: null or absent means none.
   */
  releaseConfig?(root: string, packageDir: string, info: PackageInfo): Promise<ProjectReleaseConfig | null>;
  /** Whether `branch` is a release branch of `config` (names or globs). Optional: without it, exact names only. */
  isReleaseBranch?(branch: string, config: ProjectReleaseConfig): boolean;
}

/** A test command as an argument vector, plus what the runner needs to rerun failures and find reports. */
export interface TestCommandPlan {
  argv: string[];
  /** Arguments appended on a retry so only the failed tests run again (pytest `--lf`). */
  rerunFailedArgs?: string[];
  /** Where the command writes its JUnit XML (or the report named by `reportFormat`). */
  junitFile: string;
  /** Format of the report at `junitFile`. Defaults to `junit`. */
  reportFormat?: 'junit' | 'jest-json';
  /**
   * True when the command may write no report: its exit code then decides and the counts are unknown.
   * Defaults to false (a missing report is a failure).
   */
  junitOptional?: boolean;
  /** Why there is no `coverageFile` and what to configure, for a gate with a coverage threshold. */
  coverageMissingHint?: string;
  /** Where the command writes its coverage report (when it measures coverage). */
  coverageFile?: string;
  /** Extra environment variables for the command. */
  env?: Record<string, string>;
}

/** One registry to publish to. */
export interface RegistryTarget {
  /** Short name for logs and outputs (`pypi`, `testpypi`, or the URL's host). */
  name: string;
  /** Upload endpoint (PyPI: `https://upload.pypi.org/legacy/`). */
  uploadUrl: string;
  /** Read API base (PyPI: `https://pypi.org`, with `/pypi/<name>/json` and `/simple/` under it). */
  indexUrl: string;
}

/** Credentials obtained for one registry. */
export interface PublishCredentials {
  token: string;
  source: 'input' | 'oidc';
  expiresAt?: number;
}

/** Gate and publish members of an adapter: build, check, publish and verify for one ecosystem. */
export interface EcosystemPipeline {
  /** Importable module name of the package (`relay_example`), for smoke checks and coverage. */
  importName(info: PackageInfo): string;
  /**
   * The default test command with JUnit and coverage reports written into `reportDir`. `coverage`: whether a
   * threshold needs a report (defaults to true); `junitFile` / `coverageReport`: reports the project's own
   * script writes (relative to the package), read when the adapter cannot add its own.
   */
  defaultTestCommand(env: AdapterEnv, opts: { packageDir: string; reportDir: string; info: PackageInfo; coverage?: boolean; junitFile?: string; coverageReport?: string }): Promise<TestCommandPlan>;
  /**
   * Installs the package's dependencies with its own tooling before the tests (npm: its package manager and
   * lockfile). Optional: adapters without it leave setup to the workflow. Returns what ran, for the log.
   */
  installDependencies?(env: AdapterEnv, opts: { root: string; packageDir: string }): Promise<string>;
  /** True when a custom test command's exit code decides and its JUnit report is read only when present. Defaults to false. */
  readonly testsByExitCode?: boolean;
  /**
   * Builds the distributions into `outDir`; returns their absolute paths. With `version`, the built files must
   * carry exactly that version (a VCS-versioned Python package is built with it as the pretend version).
   */
  build(env: AdapterEnv, opts: { packageDir: string; outDir: string; isolated: boolean; tool?: string; info?: PackageInfo; version?: string }): Promise<string[]>;
  /** Installs the built files into a clean environment and checks them (import, version, README examples, smoke). */
  installCheck(env: AdapterEnv, opts: { files: string[]; info: PackageInfo; version: string; readmeFile?: string; exampleTags?: string[]; smokeCommand?: string[]; installArgs?: string[] }): Promise<InstallCheckResult>;
  /** Resolves a registry name or URL (`pypi`, `testpypi`, `https://…`) to its endpoints. */
  registry(nameOrUrl: string): RegistryTarget;
  /**
   * Registry used when none is given (`pypi`, `npm`). Optional: stages fall back to `pypi` without it.
   */
  readonly defaultRegistry?: string;
  /**
   * What the registry already holds of each artifact. `files` (optional): the approved local files, for
   * registries that publish a digest the artifact record lacks (npm's sha512 integrity); without them such an
   * adapter downloads what the registry serves and compares sha256.
   */
  remoteState(env: AdapterEnv, opts: { registry: RegistryTarget; name: string; version: string; artifacts: ArtifactRecord[]; files?: string[] }): Promise<Record<string, RemoteFileState>>;
  /** Gets credentials (token input or OIDC); throws NO_CREDENTIALS / OIDC_REFUSED before any upload. */
  credentials(env: AdapterEnv, opts: { registry: RegistryTarget; token?: string; useOidc: boolean }): Promise<PublishCredentials>;
  /** Uploads the files not yet there; returns what was uploaded, skipped, and the attempts made. */
  publish(env: AdapterEnv, opts: { registry: RegistryTarget; files: string[]; artifacts: ArtifactRecord[]; name: string; version: string; credentials: PublishCredentials; attempts: number; baseDelayMs?: number }): Promise<{ uploaded: string[]; skipped: string[]; attempts: number; attested?: string[] }>;
  /** Polls the registry until the version is served, then installs it into a clean environment. */
  verify(env: AdapterEnv, opts: { registry: RegistryTarget; info: PackageInfo; version: string; artifacts: ArtifactRecord[]; timeoutMs: number; pollMs?: number }): Promise<{ verified: boolean; state: string; propagationS: number; installedVersion?: string; provenanceVerified?: boolean; reason?: string }>;
}

/** An adapter with every stage's members. */
export type FullEcosystemAdapter = EcosystemAdapter & EcosystemPipeline;
