/** Owner and name of a GitHub repository, from GITHUB_REPOSITORY or a remote URL. */
export interface RepoId {
  owner: string;
  name: string;
}

/**
 * Parses `owner/name` out of a GitHub remote URL (https, ssh or scp-like). Returns null for anything else
 * (a bare repository on disk, say), in which case changelog links are left out.
 */
export function repoFromRemoteUrl(url: string | null | undefined): RepoId | null {
  if (!url) return null;
  const m = /^(?:https?:\/\/[^/]+\/|ssh:\/\/git@[^/]+\/|git@[^:]+:)([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? { owner: m[1], name: m[2] } : null;
}

/** Parses an `owner/name` string (GITHUB_REPOSITORY); null when it is not one. */
export function repoFromSlug(slug: string | undefined): RepoId | null {
  if (!slug) return null;
  const parts = slug.split('/');
  return parts.length === 2 && parts[0] && parts[1] ? { owner: parts[0], name: parts[1] } : null;
}
