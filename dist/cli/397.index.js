export const id = 397;
export const ids = [397];
export const modules = {

/***/ 90397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connectRegistry: () => (/* binding */ connectRegistry)
/* harmony export */ });
/* unused harmony export runUrl */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45053);
/**
 * The github forge as an action builds it: token, registry as owner/name, the API root from the
 * `api-url` input or GITHUB_API_URL (GitHub Enterprise Server). DHOW_GITHUB_PACING=off turns GitHub's
 * write pacing off, for emulators only.
 */


const INPUT_NAMES = { registry: 'input "registry"', apiUrl: 'input "api-url"' };
function connectRegistry({ token, registry, apiUrl, logger, env = process.env, names = INPUT_NAMES }) {
    // An action's errors name the input as a field; a CLI's messages name the flag already.
    const field = (name) => (names === INPUT_NAMES ? { field: name } : {});
    if (!_github_js__WEBPACK_IMPORTED_MODULE_1__/* .REPOSITORY */ .B.test(registry))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${names.registry} must be owner/name, got "${registry}"`, field('registry'));
    const baseUrl = apiUrl || env.GITHUB_API_URL || 'https://api.github.com';
    // Credentials in the URL would reach logs and error messages (and are not how GitHub authenticates):
    // refused without echoing the URL.
    if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(baseUrl)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${names.apiUrl} must not carry a user name or password (the token goes in ${names === INPUT_NAMES ? 'the token input' : '$GITHUB_TOKEN'})`, field('api-url'));
    }
    if (!/^https?:\/\//.test(baseUrl))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${names.apiUrl} must be an http(s) URL, got "${baseUrl}"`, field('api-url'));
    const pacing = env.DHOW_GITHUB_PACING !== 'off';
    return (0,_github_js__WEBPACK_IMPORTED_MODULE_1__.createGitHubForge)({ token, repository: registry, baseUrl, logger, pacing, ...(pacing ? {} : { backoffUnitMs: 20 }) });
}
/** The URL of this workflow run, for commit statuses and summaries. */
function runUrl(env = process.env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}


/***/ })

};
