export const id = 651;
export const ids = [651];
export const modules = {

/***/ 90651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   repoFromRemoteUrl: () => (/* binding */ repoFromRemoteUrl),
/* harmony export */   repoFromSlug: () => (/* binding */ repoFromSlug)
/* harmony export */ });
/**
 * Parses `owner/name` out of a GitHub remote URL (https, ssh or scp-like). Returns null for anything else
 * (a bare repository on disk, say), in which case changelog links are left out.
 */
function repoFromRemoteUrl(url) {
    if (!url)
        return null;
    const m = /^(?:https?:\/\/[^/]+\/|ssh:\/\/git@[^/]+\/|git@[^:]+:)([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
    return m ? { owner: m[1], name: m[2] } : null;
}
/** Parses an `owner/name` string (GITHUB_REPOSITORY); null when it is not one. */
function repoFromSlug(slug) {
    if (!slug)
        return null;
    const parts = slug.split('/');
    return parts.length === 2 && parts[0] && parts[1] ? { owner: parts[0], name: parts[1] } : null;
}


/***/ })

};

//# sourceMappingURL=651.index.js.map