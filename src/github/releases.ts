import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ReleaseError } from '../core/errors.js';
import { githubFailure, httpStatus, isAlreadyExists, type GitHubClient } from './client.js';
import { createOrFind } from './create-or-find.js';

/** A release as the REST API returns it. */
export type GitHubRelease = Awaited<ReturnType<GitHubClient['rest']['repos']['getRelease']>>['data'];

/** A release asset as the REST API returns it. */
export type GitHubReleaseAsset = GitHubRelease['assets'][number];

/** The repository an operation acts on. */
export interface RepoCoordinates {
  owner: string;
  repo: string;
}

/** True for errors a retry cannot fix (client errors other than conflicts, timeouts and limits). */
function isPermanent(err: unknown): boolean {
  const status = httpStatus(err);
  return status !== undefined && status >= 400 && status < 500 && ![408, 409, 422, 429].includes(status);
}

/** The commit a tag points at (annotated tags dereferenced), or undefined when the tag does not exist. */
export async function tagTarget(gh: GitHubClient, opts: RepoCoordinates & { tag: string }): Promise<string | undefined> {
  let object: { sha: string; type: string };
  try {
    object = (await gh.rest.git.getRef({ owner: opts.owner, repo: opts.repo, ref: `tags/${opts.tag}` })).data.object;
  } catch (err) {
    if (httpStatus(err) === 404) return undefined;
    throw err;
  }
  // A tag may point at another tag object; follow a few levels, as git does.
  for (let depth = 0; object.type === 'tag' && depth < 5; depth++) {
    object = (await gh.rest.git.getTag({ owner: opts.owner, repo: opts.repo, tag_sha: object.sha })).data.object;
  }
  return object.sha;
}

/**
 * Creates the annotated tag `tag` on commit `sha` (tag object, then `refs/tags/<tag>`), unless it exists.
 * An existing tag on the same commit is fine (`created: false`); on another commit it is a TAG_EXISTS error.
 * A 422 "Reference already exists" after a retried create is checked the same way.
 */
export async function ensureAnnotatedTag(
  gh: GitHubClient,
  opts: RepoCoordinates & { tag: string; sha: string; message: string },
): Promise<{ created: boolean }> {
  const check = (target: string): { created: boolean } => {
    if (target === opts.sha) return { created: false };
    throw new ReleaseError(
      'TAG_EXISTS',
      `Tag ${opts.tag} already exists in ${opts.owner}/${opts.repo} and points at ${target}, not at the release commit ${opts.sha}.`,
      `If ${opts.tag} was never released, delete it (\`git push --delete origin ${opts.tag}\`) and re-run; otherwise release a new version.`,
    );
  };
  try {
    const existing = await tagTarget(gh, opts);
    if (existing) return check(existing);
    const tagObject = await gh.rest.git.createTag({ owner: opts.owner, repo: opts.repo, tag: opts.tag, message: opts.message, object: opts.sha, type: 'commit' });
    try {
      await gh.rest.git.createRef({ owner: opts.owner, repo: opts.repo, ref: `refs/tags/${opts.tag}`, sha: tagObject.data.sha });
      return { created: true };
    } catch (err) {
      if (!isAlreadyExists(err)) throw err;
      const target = await tagTarget(gh, opts);
      if (!target) throw err;
      return check(target);
    }
  } catch (err) {
    throw githubFailure(`creating tag ${opts.tag} on ${opts.sha}`, err);
  }
}

/** Finds the release of `tag`: published ones by tag, drafts (which `GET /releases/tags` hides) by listing. */
export async function findRelease(gh: GitHubClient, opts: RepoCoordinates & { tag: string }): Promise<GitHubRelease | undefined> {
  try {
    return (await gh.rest.repos.getReleaseByTag({ owner: opts.owner, repo: opts.repo, tag: opts.tag })).data;
  } catch (err) {
    if (httpStatus(err) !== 404) throw err;
  }
  const releases = await gh.paginate(gh.rest.repos.listReleases, { owner: opts.owner, repo: opts.repo, per_page: 100 });
  return releases.find((r) => r.tag_name === opts.tag);
}

/** What the draft release holds. */
export interface DraftReleaseOptions extends RepoCoordinates {
  tag: string;
  name: string;
  body: string;
  prerelease: boolean;
  /** Commit the tag is created from if it does not exist yet. Defaults to the repository's default branch. */
  targetCommitish?: string;
  /** Attempts at creating the release (each followed by a re-find on failure). Defaults to 3. */
  createAttempts?: number;
  /** Pause before another create attempt, in ms. Defaults to 2000. */
  retryDelayMs?: number;
}

/**
 * Returns the release of `tag` (published, or a draft found by listing), or creates it as a draft (immutable
 * releases lock assets once published). The create is sent without plugin retries and any failure (422
 * already_exists, 5xx, timeout) is followed by a re-find before another attempt, so a lost response never
 * leads to a second release. The returned release may already be published on a re-run: check `draft`.
 */
export async function ensureDraftRelease(gh: GitHubClient, opts: DraftReleaseOptions): Promise<GitHubRelease> {
  try {
    const existing = await findRelease(gh, opts);
    if (existing) return existing;
  } catch (err) {
    throw githubFailure(`looking up the release of ${opts.tag}`, err);
  }
  return createOrFind<GitHubRelease>({
    create: async () =>
      (
        await gh.rest.repos.createRelease({
          owner: opts.owner,
          repo: opts.repo,
          tag_name: opts.tag,
          name: opts.name,
          body: opts.body,
          draft: true,
          prerelease: opts.prerelease,
          ...(opts.targetCommitish ? { target_commitish: opts.targetCommitish } : {}),
          request: { retries: 0 } as object,
        })
      ).data,
    find: () => findRelease(gh, opts),
    permanent: (err) => isPermanent(err) || (httpStatus(err) === 422 && !isAlreadyExists(err)),
    what: `creating the draft release of ${opts.tag}`,
    attempts: opts.createAttempts,
    retryDelayMs: opts.retryDelayMs,
  });
}

/** Where an asset goes and what it is. */
export interface UploadAssetOptions extends RepoCoordinates {
  release: { id: number; upload_url: string };
  /** Local file to upload. */
  filePath: string;
  /** Asset name. Defaults to the file's base name. */
  name?: string;
  /** Defaults to application/octet-stream. */
  contentType?: string;
}

/** Throws unless `asset` holds exactly `bytes` (same size, and same sha256 when GitHub reports a digest). */
function assertSameAsset(asset: GitHubReleaseAsset, bytes: Buffer, sha256: string, filePath: string): void {
  const digestDiffers = asset.digest != null && asset.digest !== `sha256:${sha256}`;
  if (asset.state !== 'uploaded' || asset.size !== bytes.length || digestDiffers) {
    throw new ReleaseError(
      'ALREADY_PUBLISHED_DIFFERENT',
      `Release asset ${asset.name} already exists with different content than ${filePath} ` +
        `(GitHub: ${asset.size} bytes, ${asset.digest ?? 'no digest'}, state ${asset.state}; local: ${bytes.length} bytes, sha256:${sha256}).`,
      'Assets are never replaced silently: delete the stale asset from the draft release and re-run, or release a new version.',
    );
  }
}

/**
 * Uploads `filePath` to the release unless an asset of that name exists. An existing identical asset is
 * skipped (`uploaded: false`), a different one is an ALREADY_PUBLISHED_DIFFERENT error; a 422 already_exists
 * after a retried upload is verified the same way.
 */
export async function uploadAssetIfMissing(gh: GitHubClient, opts: UploadAssetOptions): Promise<{ uploaded: boolean }> {
  const name = opts.name ?? basename(opts.filePath);
  const bytes = await readFile(opts.filePath);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const find = async (): Promise<GitHubReleaseAsset | undefined> => {
    const assets = await gh.paginate(gh.rest.repos.listReleaseAssets, { owner: opts.owner, repo: opts.repo, release_id: opts.release.id, per_page: 100 });
    return assets.find((a) => a.name === name);
  };
  try {
    const existing = await find();
    if (existing) {
      assertSameAsset(existing, bytes, sha256, opts.filePath);
      return { uploaded: false };
    }
    try {
      // upload_url is a URI template on uploads.github.com: `…/assets{?name,label}`.
      await gh.request(`POST ${opts.release.upload_url}`, {
        name,
        data: bytes,
        headers: { 'content-type': opts.contentType ?? 'application/octet-stream', 'content-length': bytes.length },
      });
      return { uploaded: true };
    } catch (err) {
      if (!isAlreadyExists(err)) throw err;
      const asset = await find();
      if (!asset) throw err;
      assertSameAsset(asset, bytes, sha256, opts.filePath);
      return { uploaded: false };
    }
  } catch (err) {
    throw githubFailure(`uploading release asset ${name}`, err);
  }
}

/** How to publish a draft. */
export interface PublishReleaseOptions extends RepoCoordinates {
  release: { id: number };
  /** Replaces the release notes when given. */
  body?: string;
  /** GitHub's `make_latest`: a string, not a boolean. */
  makeLatest: 'true' | 'false' | 'legacy';
  /** Updates the prerelease flag when given. */
  prerelease?: boolean;
}

/** Publishes a draft release (`draft: false`); publishing an already published release is a harmless update. */
export async function publishRelease(gh: GitHubClient, opts: PublishReleaseOptions): Promise<{ url: string }> {
  try {
    const { data } = await gh.rest.repos.updateRelease({
      owner: opts.owner,
      repo: opts.repo,
      release_id: opts.release.id,
      draft: false,
      make_latest: opts.makeLatest,
      ...(opts.body !== undefined ? { body: opts.body } : {}),
      ...(opts.prerelease !== undefined ? { prerelease: opts.prerelease } : {}),
    });
    return { url: data.html_url };
  } catch (err) {
    throw githubFailure(`publishing release ${opts.release.id}`, err);
  }
}
