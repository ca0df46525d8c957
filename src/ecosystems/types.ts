import type { EcosystemName } from '../core/context.js';
import type { Exec } from '../core/exec.js';
import type { FileEdit } from '../core/files.js';
import type { Logger } from '../core/log.js';

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
}

/** Settings common to the adapter calls. */
export interface AdapterEnv {
  exec: Exec;
  logger: Logger;
  /** Interpreter / tool overrides: e.g. `python` for the Python adapter. */
  tools: Record<string, string | undefined>;
  signal?: AbortSignal;
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
}

/** What a registry holds of one file. */
export type RemoteFileState = 'absent' | 'same' | 'different';

/** One ecosystem (python, npm): the only place that knows its file formats, build tools and registry. */
export interface EcosystemAdapter {
  readonly name: EcosystemName;
  /** Whether `dir` holds a package of this ecosystem. */
  detect(dir: string): Promise<boolean>;
  /** Reads name, version and version files; throws NO_VERSION / VERSION_CONFLICT / BAD_TOML etc. */
  readPackage(root: string, packageDir: string): Promise<PackageInfo>;
  /** Plans the edits that set the version to `next` in every version file (pure: nothing written). */
  planVersionEdits(root: string, packageDir: string, info: PackageInfo, next: string): Promise<FileEdit[]>;
  /** Regexes-free replacement pairs for docs (install snippets, badges) from `previous` to `next`. */
  docsReplacements(name: string, previous: string, next: string): { from: string; to: string }[];
}
