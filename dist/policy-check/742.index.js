export const id = 742;
export const ids = [742];
export const modules = {

/***/ 7742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readEvent: () => (/* binding */ readEvent)
/* harmony export */ });
/* unused harmony exports PullRequestEvent, PullRequestReviewEvent, RepositoryDispatchEvent, WorkflowDispatchEvent, PushEvent, EVENT_SCHEMAS, parseEvent */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/**
 * The GitHub events dhow's actions accept, read from GITHUB_EVENT_PATH and validated with zod: only the
 * fields dhow uses, so an unexpected event or a payload missing one of them is a clear error instead of
 * an `undefined` deep inside the core.
 */



const Sha = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{40}$/, 'must be a 40-hex commit id');
const Login = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1) }).passthrough();
const Repository = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ full_name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[^/\s]+\/[^/\s]+$/), default_branch: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional() }).passthrough();
const PullRequest = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    number: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
    state: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['open', 'closed']),
    html_url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    user: Login.nullable(),
    head: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), sha: Sha }).passthrough(),
    base: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), sha: Sha.optional() }).passthrough(),
})
    .passthrough();
const PullRequestEvent = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    action: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    number: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().optional(),
    pull_request: PullRequest,
    repository: Repository,
    sender: Login.optional(),
})
    .passthrough();
const PullRequestReviewEvent = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    action: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['submitted', 'edited', 'dismissed']),
    review: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(),
        user: Login.nullable(),
        state: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        commit_id: Sha.optional(),
    })
        .passthrough(),
    pull_request: PullRequest,
    repository: Repository,
    sender: Login.optional(),
})
    .passthrough();
const RepositoryDispatchEvent = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    action: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[A-Za-z0-9_.-]{1,100}$/, 'must be an event type of letters, digits, ".", "_" or "-"'),
    client_payload: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()).default({}),
    repository: Repository,
    sender: Login.optional(),
})
    .passthrough();
const WorkflowDispatchEvent = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    inputs: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()]))
        .nullable()
        .default({}),
    ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    repository: Repository,
    sender: Login.optional(),
})
    .passthrough();
const PushEvent = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    after: Sha,
    repository: Repository,
    sender: Login.optional(),
})
    .passthrough();
const EVENT_SCHEMAS = {
    push: PushEvent,
    pull_request: PullRequestEvent,
    pull_request_target: PullRequestEvent,
    pull_request_review: PullRequestReviewEvent,
    repository_dispatch: RepositoryDispatchEvent,
    workflow_dispatch: WorkflowDispatchEvent,
};
/** Validates an event payload; the error names the event file and the field. */
function parseEvent(name, payload, file = 'the event payload') {
    const result = EVENT_SCHEMAS[name].safeParse(payload);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `${name} event: ${issue.message}`, { file, field: issue.path.map(String).join('.') });
    }
    return { name, payload: result.data };
}
/** Reads GITHUB_EVENT_NAME and GITHUB_EVENT_PATH; refuses an event that is not among `accepted`. */
async function readEvent(accepted, env = process.env) {
    const name = env.GITHUB_EVENT_NAME;
    if (!name || !accepted.includes(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('usage', `this action runs on ${accepted.join(' or ')} events, not on "${name ?? '(none)'}": check the workflow's "on:"`);
    }
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('usage', 'GITHUB_EVENT_PATH is not set: run this action in a workflow');
    let payload;
    try {
        payload = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `cannot read the event payload: ${error.message}`, { file: path });
    }
    return parseEvent(name, payload, path);
}


/***/ })

};
