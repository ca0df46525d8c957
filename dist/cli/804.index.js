export const id = 804;
export const ids = [804];
export const modules = {

/***/ 9804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRelay: () => (/* binding */ runRelay)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8480);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _prepare_release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8703);
/* harmony import */ var _publish_and_verify_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6320);
/* harmony import */ var _quality_gate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3950);






/**
 * Runs prepare-release → quality-gate → publish-and-verify in order with the context in a file, the same
 * stage code the actions run. Stops after prepare when nothing is releasable, and after a rejecting gate.
 */
async function runRelay(o, deps = {}) {
    const contextFile = o.contextFile ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(o.cwd, '..', 'release-context.json');
    const decisions = [];
    const prepared = await (0,_prepare_release_js__WEBPACK_IMPORTED_MODULE_3__.prepareRelease)({ ...o.prepare, cwd: o.cwd, dryRun: o.dryRun, contextFile }, deps);
    decisions.push({ stage: 'prepare-release', decision: prepared.decision });
    if (!prepared.context.version?.released)
        return { context: prepared.context, decisions, released: false };
    if (o.dryRun)
        return { context: prepared.context, decisions, released: false };
    const gated = await (0,_quality_gate_js__WEBPACK_IMPORTED_MODULE_5__.qualityGate)({ ...o.gate, cwd: o.cwd, context: prepared.context, github: o.github, contextFile }, deps);
    decisions.push({ stage: 'quality-gate', decision: gated.decision });
    if (!gated.approved) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('GATE_REJECTED', gated.decision, gated.context.gate?.issue_url ? `See ${gated.context.gate.issue_url}.` : 'Fix what the gate reported, then re-run.');
    }
    const published = await (0,_publish_and_verify_js__WEBPACK_IMPORTED_MODULE_4__.publishAndVerify)({ ...o.publish, cwd: o.cwd, context: gated.context, github: o.github, contextFile, artifactDir: gated.artifactDir }, deps);
    decisions.push({ stage: 'publish-and-verify', decision: published.decision });
    await (0,_core_context_js__WEBPACK_IMPORTED_MODULE_1__/* .saveContext */ .tn)(contextFile, published.context);
    return { context: published.context, decisions, released: true, approved: true, releaseUrl: published.releaseUrl };
}


/***/ })

};

//# sourceMappingURL=804.index.js.map