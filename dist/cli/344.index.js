export const id = 344;
export const ids = [344];
export const modules = {

/***/ 56344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ copyApproved),
/* harmony export */   f: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/**
 * The approved bytes, held where nobody else can swap them: each approved file is read once, checked against
 * the digest the gate recorded, and written from that same buffer into a private directory (mode 0700, files
 * 0400). Uploads read only these copies.
 */





/** sha256 of a buffer, hex. */
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/**
 * Copies each source into a new private directory under `parent` (defaults to the OS temp dir) after checking
 * its digest on the very bytes that are written. Throws DIGEST_MISMATCH (and removes the directory) otherwise.
 */
async function copyApproved(sources, parent = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)()) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(parent, 'release-relay-approved-'));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(dir, 0o700);
    const cleanup = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    try {
        const files = [];
        for (const s of sources) {
            const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(s.path).catch((err) => {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseError */ .K2('DIGEST_MISMATCH', `Approved file ${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(s.path)} is missing: ${err.message}`, 'Download the release artifact the gate uploaded into input `artifact-dir`.');
            });
            const digest = sha256Hex(bytes);
            if (digest !== s.sha256.toLowerCase()) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseError */ .K2('DIGEST_MISMATCH', `${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(s.path)} has sha256 ${digest}, but the gate approved ${s.sha256}.`, 'Publish only the artifact the gate built; re-run the gate if the files were rebuilt.', { location: { file: s.path } });
            }
            const copy = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(s.path));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(copy, bytes, { flag: 'wx', mode: 0o400 });
            files.push(copy);
        }
        return { dir, files, cleanup };
    }
    catch (err) {
        await cleanup();
        throw err;
    }
}


/***/ })

};

//# sourceMappingURL=344.index.js.map