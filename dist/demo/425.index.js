export const id = 425;
export const ids = [425];
export const modules = {

/***/ 85269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ createOrFind)
/* harmony export */ });
/* harmony import */ var _core_combinators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54192);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96584);


/**
 * Creates an object whose create request is not idempotent on GitHub (an issue, a release), or finds the
 * one a lost response created: after each failure that a retry could fix, `find` runs before the next
 * attempt, so a timeout or a 5xx never leads to a duplicate. Throws GITHUB_FAILED naming `what` with the last
 * error when the failure is permanent or the attempts run out.
 */
async function createOrFind(o) {
    const attempts = Math.max(1, o.attempts ?? 3);
    const wait = o.sleep ?? ((ms) => (0,_core_combinators_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .yy)(ms));
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
    throw (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .githubFailure */ .eQ)(o.what, lastError);
}


/***/ }),

/***/ 23425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ensureDraftRelease: () => (/* binding */ ensureDraftRelease),
/* harmony export */   publishRelease: () => (/* binding */ publishRelease),
/* harmony export */   uploadAssetIfMissing: () => (/* binding */ uploadAssetIfMissing)
/* harmony export */ });
/* unused harmony exports tagTarget, ensureAnnotatedTag, findRelease */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96584);
/* harmony import */ var _create_or_find_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85269);






/** True for errors a retry cannot fix (client errors other than conflicts, timeouts and limits). */
function isPermanent(err) {
    const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .httpStatus */ .nG)(err);
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
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .httpStatus */ .nG)(err) !== 404)
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
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .githubFailure */ .eQ)(`looking up the release of ${opts.tag}`, err);
    }
    return (0,_create_or_find_js__WEBPACK_IMPORTED_MODULE_5__/* .createOrFind */ .x)({
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
        permanent: (err) => isPermanent(err) || ((0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .httpStatus */ .nG)(err) === 422 && !(0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .isAlreadyExists */ .x9)(err)),
        what: `creating the draft release of ${opts.tag}`,
        attempts: opts.createAttempts,
        retryDelayMs: opts.retryDelayMs,
    });
}
/** Throws unless `asset` holds exactly `bytes` (same size, and same sha256 when GitHub reports a digest). */
function assertSameAsset(asset, bytes, sha256, filePath) {
    const digestDiffers = asset.digest != null && asset.digest !== `sha256:${sha256}`;
    if (asset.state !== 'uploaded' || asset.size !== bytes.length || digestDiffers) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('ALREADY_PUBLISHED_DIFFERENT', `Release asset ${asset.name} already exists with different content than ${filePath} ` +
            `(GitHub: ${asset.size} bytes, ${asset.digest ?? 'no digest'}, state ${asset.state}; local: ${bytes.length} bytes, sha256:${sha256}).`, 'Assets are never replaced silently: delete the stale asset from the draft release and re-run, or release a new version.');
    }
}
/**
 * Uploads `filePath` to the release unless an asset of that name exists. An existing identical asset is
 * skipped (`uploaded: false`), a different one is an ALREADY_PUBLISHED_DIFFERENT error; a 422 already_exists
 * after a retried upload is verified the same way.
 */
async function uploadAssetIfMissing(gh, opts) {
    const name = opts.name ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(opts.filePath);
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(opts.filePath);
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
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
            if (!(0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .isAlreadyExists */ .x9)(err))
                throw err;
            const asset = await find();
            if (!asset)
                throw err;
            assertSameAsset(asset, bytes, sha256, opts.filePath);
            return { uploaded: false };
        }
    }
    catch (err) {
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .githubFailure */ .eQ)(`uploading release asset ${name}`, err);
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
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .githubFailure */ .eQ)(`publishing release ${opts.release.id}`, err);
    }
}


/***/ })

};

//# sourceMappingURL=425.index.js.map