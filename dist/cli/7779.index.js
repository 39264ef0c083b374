export const id = 7779;
export const ids = [7779];
export const modules = {

/***/ 17779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadKubernetesMode: () => (/* binding */ loadKubernetesMode)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * The contract between the edges (the `train` action, `dhow train`) and the two training modes. Runner
 * mode is src/train/runner; Kubernetes mode is src/train/kubernetes/index.ts, loaded lazily (so the runner
 * path never loads @kubernetes/client-node) and expected to export the functions of
 * `KubernetesTrainingModule`.
 */

/**
 * Loads the Kubernetes launcher: from the sources, src/train/kubernetes/index.ts; from a bundle, the one
 * shared bundle dist/kubernetes/index.js beside it (scripts/build.mjs builds it once), so the 19 MB of
 * @kubernetes/client-node sit in dist/ once instead of inside every bundle that may train on a cluster.
 * The specifier is computed and marked webpackIgnore so that ncc leaves this import to Node.
 */
async function loadKubernetesMode() {
    const fromSources = import.meta.url.endsWith('.ts');
    const launcher = new URL(fromSources ? './kubernetes/index.ts' : '../kubernetes/index.js', import.meta.url);
    try {
        return (await import(/* webpackIgnore: true */ launcher.href));
    }
    catch (error) {
        if (error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('kubernetes')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', 'Kubernetes mode is not available in this build of dhow');
        }
        throw error;
    }
}


/***/ })

};
