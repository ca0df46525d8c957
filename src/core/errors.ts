/** Error codes the suite raises; each one names a class of failure a maintainer can act on. */
export type ReleaseErrorCode =
  | 'BAD_INPUT'
  | 'BAD_WORKSPACE'
  | 'WORKSPACE_CYCLE'
  | 'PARTIAL_PUBLISH'
  | 'BAD_VERSION'
  | 'DOWNGRADE'
  | 'NO_VERSION'
  | 'VERSION_CONFLICT'
  | 'VCS_VERSION'
  | 'BAD_TOML'
  | 'BAD_CHANGELOG'
  | 'DIRTY_TREE'
  | 'DETACHED_HEAD'
  | 'TAG_EXISTS'
  | 'REMOTE_MOVED'
  | 'GIT_FAILED'
  | 'SHALLOW_HISTORY'
  | 'BAD_CONTEXT'
  | 'CONTEXT_MISMATCH'
  | 'NOT_APPROVED'
  | 'DIGEST_MISMATCH'
  | 'ALREADY_PUBLISHED_DIFFERENT'
  | 'NO_CREDENTIALS'
  | 'OIDC_REFUSED'
  | 'UPLOAD_FAILED'
  | 'REGISTRY_DOWN'
  | 'VERIFY_FAILED'
  | 'ATTESTATION_FAILED'
  | 'PROVENANCE_MISMATCH'
  | 'TIMEOUT'
  | 'COMMAND_FAILED'
  | 'BUILD_FAILED'
  | 'GATE_REJECTED'
  | 'GITHUB_FAILED'
  | 'UNKNOWN_ECOSYSTEM'
  | 'PATH_ESCAPE'
  | 'BRANCH_PROTECTED'
  | 'RELEASE_PR_CONFLICT';

/** Where in a user's file an error points (for annotations). */
export interface ErrorLocation {
  file: string;
  line?: number;
}

/**
 * The one error type of the suite: a code a test can match, a message that says what is wrong, and a hint
 * that says how to fix it. The action entry turns it into `core.setFailed` plus an annotation.
 */
export class ReleaseError extends Error {
  readonly code: ReleaseErrorCode;
  readonly hint: string;
  readonly location?: ErrorLocation;
  /** Whether retrying the same operation may succeed. Defaults to false. */
  readonly transient: boolean;

  constructor(
    code: ReleaseErrorCode,
    message: string,
    hint: string,
    options: { location?: ErrorLocation; transient?: boolean; cause?: unknown } = {},
  ) {
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'ReleaseError';
    this.code = code;
    this.hint = hint;
    this.location = options.location;
    this.transient = options.transient ?? false;
  }
}

/** True when `err` is a ReleaseError with the given code (or any code when omitted). */
export function isReleaseError(err: unknown, code?: ReleaseErrorCode): err is ReleaseError {
  return err instanceof ReleaseError && (code === undefined || err.code === code);
}

/** One line for logs and summaries: message plus hint. */
export function describeError(err: unknown): string {
  if (err instanceof ReleaseError) return `${err.message} (${err.code}). Fix: ${err.hint}`;
  if (err instanceof Error) return err.message;
  return String(err);
}
