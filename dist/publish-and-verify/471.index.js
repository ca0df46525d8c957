export const id = 471;
export const ids = [471];
export const modules = {

/***/ 16471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ensureDraftRelease: () => (/* binding */ ensureDraftRelease),
  publishRelease: () => (/* binding */ publishRelease),
  uploadAssetIfMissing: () => (/* binding */ uploadAssetIfMissing)
});

// UNUSED EXPORTS: ensureAnnotatedTag, findRelease, tagTarget

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/http.ts
var http = __webpack_require__(1983);
;// CONCATENATED MODULE: ./src/github/client.ts


/** The HTTP status of an Octokit RequestError, or undefined for other errors. */
function client_httpStatus(err) {
    const status = err?.status;
    return typeof status === 'number' ? status : undefined;
}
/** True when a 422 answer carries `code: already_exists` (or GitHub's "already exists" message). */
function client_isAlreadyExists(err) {
    if (client_httpStatus(err) !== 422)
        return false;
    const data = err.response?.data;
    return (data?.errors ?? []).some((e) => e.code === 'already_exists') || /already exists/i.test(data?.message ?? '');
}
/** Wraps any failure of a GitHub call in a ReleaseError(GITHUB_FAILED) naming what was attempted. */
function client_githubFailure(what, err) {
    if (err instanceof errors/* ReleaseError */.K2)
        return err;
    // A request that timed out reaches us as Octokit's "500" wrapper: it never had an HTTP status.
    const status = (0,http/* isRequestTimeout */.B2)(err) || (0,http/* isRequestTimeout */.B2)(err?.cause) ? undefined : client_httpStatus(err);
    const detail = err instanceof Error ? err.message : String(err);
    const hint = /rate limit/i.test(detail)
        ? 'GitHub rate-limited the token beyond the retries: wait for the limit to reset, or use a GitHub App token (higher limits).'
        : status === 401 || status === 403
            ? 'Check the token and the workflow `permissions:` (contents: write, issues: write, checks: read, statuses: read).'
            : status === 404
                ? 'Check the repository name and that the token can see it.'
                : 'GitHub may be degraded (https://www.githubstatus.com); re-run the job.';
    return new errors/* ReleaseError */.K2('GITHUB_FAILED', `GitHub: ${what} failed${status ? ` (HTTP ${status})` : ''}: ${detail}`, hint, {
        transient: status === undefined || status >= 500 || status === 429,
        cause: err,
    });
}

// EXTERNAL MODULE: ./src/core/combinators.ts
var combinators = __webpack_require__(54192);
;// CONCATENATED MODULE: ./src/github/create-or-find.ts


/**
 * Creates an object whose create request is not idempotent on GitHub (an issue, a release), or finds the
 * one a lost response created: after each failure that a retry could fix, `find` runs before the next
 * attempt, so a timeout or a 5xx never leads to a duplicate. Throws GITHUB_FAILED naming `what` with the last
 * error when the failure is permanent or the attempts run out.
 */
async function createOrFind(o) {
    const attempts = Math.max(1, o.attempts ?? 3);
    const wait = o.sleep ?? ((ms) => (0,combinators/* sleep */.yy)(ms));
    let lastError;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
            return await o.create();
        }
        catch (err) {
            lastError = err;
            if (o.permanent(err))
                break;
            const found = await o.find().catch(() => undefined);
            if (found)
                return found;
            if (attempt < attempts)
                await wait(o.retryDelayMs ?? 2000);
        }
    }
    throw client_githubFailure(o.what, lastError);
}

;// CONCATENATED MODULE: ./src/github/releases.ts






/** True for errors a retry cannot fix (client errors other than conflicts, timeouts and limits). */
function isPermanent(err) {
    const status = client_httpStatus(err);
    return status !== undefined && status >= 400 && status < 500 && ![408, 409, 422, 429].includes(status);
}
/** The commit a tag points at (annotated tags dereferenced), or undefined when the tag does not exist. */
async function tagTarget(gh, opts) {
    let object;
    try {
        object = (await gh.rest.git.getRef({ owner: opts.owner, repo: opts.repo, ref: `tags/${opts.tag}` })).data.object;
    }
    catch (err) {
        if (httpStatus(err) === 404)
            return undefined;
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
async function ensureAnnotatedTag(gh, opts) {
    const check = (target) => {
        if (target === opts.sha)
            return { created: false };
        throw new ReleaseError('TAG_EXISTS', `Tag ${opts.tag} already exists in ${opts.owner}/${opts.repo} and points at ${target}, not at the release commit ${opts.sha}.`, `If ${opts.tag} was never released, delete it (\`git push --delete origin ${opts.tag}\`) and re-run; otherwise release a new version.`);
    };
    try {
        const existing = await tagTarget(gh, opts);
        if (existing)
            return check(existing);
        const tagObject = await gh.rest.git.createTag({ owner: opts.owner, repo: opts.repo, tag: opts.tag, message: opts.message, object: opts.sha, type: 'commit' });
        try {
            await gh.rest.git.createRef({ owner: opts.owner, repo: opts.repo, ref: `refs/tags/${opts.tag}`, sha: tagObject.data.sha });
            return { created: true };
        }
        catch (err) {
            if (!isAlreadyExists(err))
                throw err;
            const target = await tagTarget(gh, opts);
            if (!target)
                throw err;
            return check(target);
        }
    }
    catch (err) {
        throw githubFailure(`creating tag ${opts.tag} on ${opts.sha}`, err);
    }
}
/** Finds the release of `tag`: published ones by tag, drafts (which `GET /releases/tags` hides) by listing. */
async function findRelease(gh, opts) {
    try {
        return (await gh.rest.repos.getReleaseByTag({ owner: opts.owner, repo: opts.repo, tag: opts.tag })).data;
    }
    catch (err) {
        if (client_httpStatus(err) !== 404)
            throw err;
    }
    const releases = await gh.paginate(gh.rest.repos.listReleases, { owner: opts.owner, repo: opts.repo, per_page: 100 });
    return releases.find((r) => r.tag_name === opts.tag);
}
/**
 * Returns the release of `tag` (published, or a draft found by listing), or creates it as a draft (immutable
 * releases lock assets once published). The create is sent without plugin retries and any failure (422
 * already_exists, 5xx, timeout) is followed by a re-find before another attempt, so a lost response never
 * leads to a second release. The returned release may already be published on a re-run: check `draft`.
 */
async function ensureDraftRelease(gh, opts) {
    try {
        const existing = await findRelease(gh, opts);
        if (existing)
            return existing;
    }
    catch (err) {
        throw client_githubFailure(`looking up the release of ${opts.tag}`, err);
    }
    return createOrFind({
        create: async () => (await gh.rest.repos.createRelease({
            owner: opts.owner,
            repo: opts.repo,
            tag_name: opts.tag,
            name: opts.name,
            body: opts.body,
            draft: true,
            prerelease: opts.prerelease,
            ...(opts.targetCommitish ? { target_commitish: opts.targetCommitish } : {}),
            request: { retries: 0 },
        })).data,
        find: () => findRelease(gh, opts),
        permanent: (err) => isPermanent(err) || (client_httpStatus(err) === 422 && !client_isAlreadyExists(err)),
        what: `creating the draft release of ${opts.tag}`,
        attempts: opts.createAttempts,
        retryDelayMs: opts.retryDelayMs,
    });
}
/** Throws unless `asset` holds exactly `bytes` (same size, and same sha256 when GitHub reports a digest). */
function assertSameAsset(asset, bytes, sha256, filePath) {
    const digestDiffers = asset.digest != null && asset.digest !== `sha256:${sha256}`;
    if (asset.state !== 'uploaded' || asset.size !== bytes.length || digestDiffers) {
        throw new errors/* ReleaseError */.K2('ALREADY_PUBLISHED_DIFFERENT', `Release asset ${asset.name} already exists with different content than ${filePath} ` +
            `(GitHub: ${asset.size} bytes, ${asset.digest ?? 'no digest'}, state ${asset.state}; local: ${bytes.length} bytes, sha256:${sha256}).`, 'Assets are never replaced silently: delete the stale asset from the draft release and re-run, or release a new version.');
    }
}
/**
 * Uploads `filePath` to the release unless an asset of that name exists. An existing identical asset is
 * skipped (`uploaded: false`), a different one is an ALREADY_PUBLISHED_DIFFERENT error; a 422 already_exists
 * after a retried upload is verified the same way.
 */
async function uploadAssetIfMissing(gh, opts) {
    const name = opts.name ?? (0,external_node_path_.basename)(opts.filePath);
    const bytes = await (0,promises_.readFile)(opts.filePath);
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    const find = async () => {
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
        }
        catch (err) {
            if (!client_isAlreadyExists(err))
                throw err;
            const asset = await find();
            if (!asset)
                throw err;
            assertSameAsset(asset, bytes, sha256, opts.filePath);
            return { uploaded: false };
        }
    }
    catch (err) {
        throw client_githubFailure(`uploading release asset ${name}`, err);
    }
}
/** Publishes a draft release (`draft: false`); publishing an already published release is a harmless update. */
async function publishRelease(gh, opts) {
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
    }
    catch (err) {
        throw client_githubFailure(`publishing release ${opts.release.id}`, err);
    }
}


/***/ })

};

//# sourceMappingURL=471.index.js.map