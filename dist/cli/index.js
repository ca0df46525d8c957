#!/usr/bin/env node
import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2091:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ ReleaseError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   q8: () => (/* binding */ isReleaseError)
/* harmony export */ });
/**
 * The one error type of the suite: a code a test can match, a message that says what is wrong, and a hint
 * that says how to fix it. The action entry turns it into `core.setFailed` plus an annotation.
 */
class ReleaseError extends Error {
    code;
    hint;
    location;
    /** Whether retrying the same operation may succeed. Defaults to false. */
    transient;
    constructor(code, message, hint, options = {}) {
        super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
        this.name = 'ReleaseError';
        this.code = code;
        this.hint = hint;
        this.location = options.location;
        this.transient = options.transient ?? false;
    }
}
/** True when `err` is a ReleaseError with the given code (or any code when omitted). */
function isReleaseError(err, code) {
    return err instanceof ReleaseError && (code === undefined || err.code === code);
}
/** One line for logs and summaries: message plus hint. */
function describeError(err) {
    if (err instanceof ReleaseError)
        return `${err.message} (${err.code}). Fix: ${err.hint}`;
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 1540:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ consoleLogger),
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
/** A Logger that prints to the console and masks registered secrets itself. */
function consoleLogger(options = {}) {
    const secrets = [];
    const write = options.write ?? ((line) => process.stdout.write(`${line}\n`));
    const mask = (s) => secrets.reduce((acc, secret) => acc.split(secret).join('***'), s);
    return {
        info: (m) => write(mask(m)),
        warning: (m, loc) => write(mask(`warning${loc ? ` ${loc.file}${loc.line ? `:${loc.line}` : ''}` : ''}: ${m}`)),
        debug: (m) => {
            if (options.debug)
                write(mask(`debug: ${m}`));
        },
        group: async (name, fn) => {
            write(mask(`▸ ${name}`));
            return fn();
        },
        setSecret: (value) => {
            if (value && !secrets.includes(value))
                secrets.push(value);
        },
    };
}
/** A Logger that drops everything (for library calls where the caller does not care). */
const silentLogger = {
    info: () => undefined,
    warning: () => undefined,
    debug: () => undefined,
    group: (_name, fn) => fn(),
    setSecret: () => undefined,
};


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2091);
/* harmony import */ var _core_log_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1540);
/**
 * release-relay from a terminal: the same stages the actions run, with the release context in a file.
 *   release-relay prepare [--dir D] [--bump B] [--version V] [--dry-run] [--context FILE]
 *   release-relay changelog --full [--dir D]
 */





const USAGE = `Usage:
  release-relay prepare   [--dir D] [--package-dir P] [--bump B] [--version V] [--prerelease-id ID]
                          [--tag-template T] [--dry-run] [--no-push] [--context FILE] [--json]
  release-relay gate      --context FILE [--dir D] [--python PY] [--coverage-threshold N] [--offline]
                          [--import-names a,b]
  release-relay publish   --context FILE [--dir D] --registry URL [--token-env NAME] [--python PY]
  release-relay run       [--dir D] [--bump B] [--dry-run] --registry URL [--token-env NAME]
                          [--python PY] [--coverage-threshold N] [--offline]
  release-relay changelog --full [--dir D] [--tag-template T]
  release-relay help
The registry token is read from the environment variable named by --token-env (default PYPI_TOKEN),
never from the command line.`;
/** Parses argv and runs one command; returns the exit code. */
async function main(argv) {
    const [command, ...rest] = argv;
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
        args: rest,
        allowPositionals: false,
        strict: true,
        options: {
            dir: { type: 'string', default: '.' },
            'package-dir': { type: 'string' },
            bump: { type: 'string' },
            version: { type: 'string' },
            'prerelease-id': { type: 'string' },
            'tag-template': { type: 'string' },
            'changelog-file': { type: 'string' },
            'docs-files': { type: 'string' },
            'dry-run': { type: 'boolean', default: false },
            'no-push': { type: 'boolean', default: false },
            context: { type: 'string' },
            json: { type: 'boolean', default: false },
            full: { type: 'boolean', default: false },
            debug: { type: 'boolean', default: false },
            python: { type: 'string' },
            'coverage-threshold': { type: 'string' },
            offline: { type: 'boolean', default: false },
            registry: { type: 'string', multiple: true },
            'token-env': { type: 'string', default: 'PYPI_TOKEN' },
            'artifact-dir': { type: 'string' },
            'import-names': { type: 'string' },
        },
    });
    const logger = (0,_core_log_js__WEBPACK_IMPORTED_MODULE_4__/* .consoleLogger */ .k)({ debug: values.debug, write: (l) => process.stderr.write(`${l}\n`) });
    switch (command) {
        case 'prepare': {
            const { prepareRelease } = await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(295), __nccwpck_require__.e(271), __nccwpck_require__.e(211), __nccwpck_require__.e(316), __nccwpck_require__.e(371), __nccwpck_require__.e(708)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9371));
            const result = await prepareRelease({
                cwd: values.dir,
                packageDir: values['package-dir'],
                bump: values.bump,
                version: values.version,
                prereleaseId: values['prerelease-id'],
                tagTemplate: values['tag-template'],
                changelogFile: values['changelog-file'],
                docsFiles: values['docs-files']?.split(',').map((s) => s.trim()).filter(Boolean),
                dryRun: values['dry-run'],
                push: !values['no-push'],
                contextFile: values.context,
            }, { logger });
            if (values.json)
                process.stdout.write(`${JSON.stringify(result.context, null, 2)}\n`);
            else {
                process.stdout.write(`${result.decision}\n`);
                if (result.context.changelog)
                    process.stdout.write(`\n${result.context.changelog.section_markdown}\n`);
            }
            return 0;
        }
        case 'gate':
        case 'publish':
        case 'run': {
            const { loadContext } = await __nccwpck_require__.e(/* import() */ 609).then(__nccwpck_require__.bind(__nccwpck_require__, 7609));
            const { parseThreshold } = await Promise.all(/* import() */[__nccwpck_require__.e(513), __nccwpck_require__.e(324)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4324));
            const { parseImportNames } = await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(271)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4271));
            const tools = { python: values.python };
            const gateOptions = {
                tools,
                coverageThreshold: parseThreshold(values['coverage-threshold']),
                requireCi: false,
                artifactDir: values['artifact-dir'],
                importNames: parseImportNames(values['import-names']),
                // Offline: build with the interpreter's own backend and install without an index.
                ...(values.offline ? { isolatedBuild: false, installArgs: ['--no-index'] } : {}),
            };
            const token = process.env[values['token-env']];
            if (token)
                logger.setSecret(token);
            const publishOptions = { registries: values.registry, token, tools, artifactDir: values['artifact-dir'] };
            if (command === 'run') {
                const { runRelay } = await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(295), __nccwpck_require__.e(513), __nccwpck_require__.e(271), __nccwpck_require__.e(211), __nccwpck_require__.e(316), __nccwpck_require__.e(436), __nccwpck_require__.e(371), __nccwpck_require__.e(383), __nccwpck_require__.e(229)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4229));
                const r = await runRelay({ cwd: values.dir, contextFile: values.context, dryRun: values['dry-run'], prepare: { bump: values.bump, version: values.version, prereleaseId: values['prerelease-id'], tagTemplate: values['tag-template'], push: !values['no-push'] }, gate: gateOptions, publish: publishOptions }, { logger });
                for (const d of r.decisions)
                    process.stdout.write(`${d.stage}: ${d.decision}\n`);
                return 0;
            }
            if (!values.context)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_INPUT', `${command} needs --context FILE (written by the previous stage).`, `Run \`release-relay ${command} --context release-context.json\`.`);
            if (command === 'gate') {
                const { qualityGate } = await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(295), __nccwpck_require__.e(513), __nccwpck_require__.e(271), __nccwpck_require__.e(211), __nccwpck_require__.e(436)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9436));
                const r = await qualityGate({ ...gateOptions, cwd: values.dir, context: await loadContext(values.context, 'quality-gate'), contextFile: values.context }, { logger });
                process.stdout.write(`${r.decision}\n`);
                return r.approved ? 0 : 1;
            }
            const { publishAndVerify } = await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(295), __nccwpck_require__.e(271), __nccwpck_require__.e(211), __nccwpck_require__.e(383), __nccwpck_require__.e(191)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9383));
            const r = await publishAndVerify({ ...publishOptions, cwd: values.dir, context: await loadContext(values.context, 'publish-and-verify'), contextFile: values.context, dryRun: values['dry-run'] || undefined }, { logger });
            process.stdout.write(`${r.decision}\n`);
            return 0;
        }
        case 'changelog': {
            if (!values.full)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_INPUT', 'changelog needs --full.', 'Run `release-relay changelog --full`.');
            const { printFullChangelog } = await Promise.all(/* import() */[__nccwpck_require__.e(410), __nccwpck_require__.e(295), __nccwpck_require__.e(271), __nccwpck_require__.e(211), __nccwpck_require__.e(316), __nccwpck_require__.e(815)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3815));
            await printFullChangelog({ cwd: values.dir, tagTemplate: values['tag-template'], packageDir: values['package-dir'] }, (chunk) => process.stdout.write(chunk));
            return 0;
        }
        case 'help':
        case '--help':
        case undefined:
            process.stdout.write(`${USAGE}\n`);
            return command === undefined ? 2 : 0;
        default:
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('BAD_INPUT', `Unknown command "${command}".`, USAGE);
    }
}
/** True when this module is the program being run (not imported, e.g. by a test). */
function isEntry() {
    try {
        return process.argv[1] !== undefined && import.meta.url === (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(process.argv[1])).href;
    }
    catch {
        return false;
    }
}
if (isEntry())
    void main(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    }, (err) => {
        process.stderr.write(`release-relay: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(err)}\n`);
        process.exitCode = 1;
    });

var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__main as main };

//# sourceMappingURL=index.js.map