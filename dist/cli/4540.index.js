export const id = 4540;
export const ids = [4540];
export const modules = {

/***/ 4540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6931);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * `dhow metrics fairness|text|latency`: the reference-exact metrics over files, as JSON (`--json`, keys are a
 * public interface) or as a short table for people.
 */



const FAIRNESS_USAGE = `  dhow metrics fairness --input F.csv --label COL --prediction COL --group COL[,COL] [--positive-label V]
                        [--method between_groups|to_overall] [--agg worst_case|mean] [--min-group-size N]
                        [--small-groups error|flag] [--separator C] [--json]
`;
const TEXT_USAGE = `  dhow metrics text --input F.jsonl [--metrics wer,cer,bleu,chrf] [--normalize none|arabic] [--lowercase]
                    [--tokenize 13a|intl|char|none] [--smooth exp|floor|add-k|none] [--smooth-value V]
                    [--effective-order] [--chrf-char-order N] [--chrf-word-order 0|2] [--chrf-beta N]
                    [--chrf-whitespace] [--chrf-eps-smoothing] [--json]
                    (--lowercase and the BLEU/chrF options are sacreBLEU's; WER and CER use jiwer 4's defaults)
`;
const LATENCY_USAGE = '  dhow metrics latency --input F.txt [--json]\n';
const USAGE = `usage:\n${FAIRNESS_USAGE}${TEXT_USAGE}${LATENCY_USAGE}`;
/** `dhow metrics SUB --help` (or -h): that subcommand's usage on stdout, exit 0. */
async function run(args, ctx) {
    const [sub, ...rest] = args;
    const help = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .subcommandHelp */ .BE)(sub, ctx, USAGE);
    if (help !== undefined)
        return help;
    switch (sub) {
        case 'text':
            return text(rest, ctx);
        case 'latency':
            return latency(rest, ctx);
        case 'fairness':
            return fairness(rest, ctx);
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `dhow metrics: unknown metric "${sub}"\n${USAGE}`);
    }
}
function inputPath(ctx, input) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(ctx.cwd, input);
}
async function text(args, ctx) {
    const { values } = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)('metrics text', args, {
        input: { type: 'string' },
        normalize: { type: 'string', default: 'none' },
        'chrf-word-order': { type: 'string', default: '0' },
        'chrf-char-order': { type: 'string', default: '6' },
        'chrf-beta': { type: 'string', default: '2' },
        'chrf-whitespace': { type: 'boolean', default: false },
        'chrf-eps-smoothing': { type: 'boolean', default: false },
        metrics: { type: 'string', default: 'wer,cer,bleu,chrf' },
        tokenize: { type: 'string', default: '13a' },
        lowercase: { type: 'boolean', default: false },
        smooth: { type: 'string', default: 'exp' },
        'smooth-value': { type: 'string' },
        'effective-order': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help)
        return (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .printHelp */ .FR)(ctx, `usage:\n${TEXT_USAGE}`);
    const input = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .requireOption */ .Ve)('metrics text', 'input', values.input);
    if (values.normalize !== 'none' && values.normalize !== 'arabic') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `dhow metrics text: --normalize must be none or arabic, got "${values.normalize}"`);
    }
    const integer = (flag, min, max, hint = '') => {
        const text = values[flag];
        const n = Number(text);
        if (text.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `dhow metrics text: --${flag} must be an integer ${min}..${max}${hint}, got "${text}"`);
        }
        return n;
    };
    const wordOrder = integer('chrf-word-order', 0, 6, ' (0 is chrF2, 2 is chrF++)');
    const charOrder = integer('chrf-char-order', 0, 12);
    const beta = integer('chrf-beta', 0, 10);
    if (charOrder + wordOrder === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', 'dhow metrics text: --chrf-char-order and --chrf-word-order cannot both be 0');
    const { BLEU_SMOOTH_METHODS, BLEU_TOKENIZERS, SMOOTH_DEFAULTS } = await __webpack_require__.e(/* import() */ 7093).then(__webpack_require__.bind(__webpack_require__, 7093));
    const { TEXT_METRICS, textMetricsFromJsonl } = await Promise.all(/* import() */[__webpack_require__.e(7093), __webpack_require__.e(4430), __webpack_require__.e(8426)]).then(__webpack_require__.bind(__webpack_require__, 4430));
    const oneOf = (flag, value, choices) => {
        if (!choices.includes(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `dhow metrics text: --${flag} must be one of ${choices.join(', ')}, got "${value}"`);
        return value;
    };
    const tokenize = oneOf('tokenize', values.tokenize, BLEU_TOKENIZERS);
    const smoothMethod = oneOf('smooth', values.smooth, BLEU_SMOOTH_METHODS);
    let smoothValue;
    if (values['smooth-value'] !== undefined) {
        if (SMOOTH_DEFAULTS[smoothMethod] === null)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `dhow metrics text: --smooth-value applies to --smooth floor or add-k, not ${smoothMethod}`);
        smoothValue = Number(values['smooth-value']);
        if (values['smooth-value'].trim() === '' || !Number.isFinite(smoothValue) || smoothValue < 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `dhow metrics text: --smooth-value must be a number >= 0, got "${values['smooth-value']}"`);
        }
    }
    const metrics = values.metrics
        .split(',')
        .map((m) => m.trim())
        .filter((m) => m !== '');
    if (metrics.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `dhow metrics text: --metrics needs at least one of ${TEXT_METRICS.join(', ')}`);
    for (const m of metrics)
        oneOf('metrics', m, TEXT_METRICS);
    const wanted = new Set(metrics);
    const result = await textMetricsFromJsonl(inputPath(ctx, input), {
        normalize: values.normalize,
        chrfWordOrder: wordOrder,
        bleu: { tokenize, lowercase: values.lowercase, smoothMethod, smoothValue, effectiveOrder: values['effective-order'] },
        chrf: { charOrder, beta, lowercase: values.lowercase, whitespace: values['chrf-whitespace'], epsSmoothing: values['chrf-eps-smoothing'] },
        metrics: TEXT_METRICS.filter((m) => wanted.has(m)),
        name: input,
    });
    // Only the metrics asked for appear, each signature beside its score (the JSON keys keep their order).
    const shown = Object.fromEntries(Object.entries(result).filter(([key]) => key === 'segments' || wanted.has(key.replace(/_signature$/, ''))));
    if (values.json) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .writeJson */ .GF)(ctx, shown);
    }
    else {
        const lines = [`segments  ${result.segments}`];
        if (wanted.has('wer'))
            lines.push(`WER       ${result.wer.toFixed(4)}`);
        if (wanted.has('cer'))
            lines.push(`CER       ${result.cer.toFixed(4)}`);
        if (wanted.has('bleu'))
            lines.push(`BLEU      ${result.bleu.toFixed(2)}  (${result.bleu_signature})`);
        if (wanted.has('chrf'))
            lines.push(`chrF      ${result.chrf.toFixed(2)}  (${result.chrf_signature})`);
        ctx.stdout.write(`${lines.join('\n')}\n`);
    }
    return 0;
}
async function latency(args, ctx) {
    const { values } = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)('metrics latency', args, {
        input: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help)
        return (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .printHelp */ .FR)(ctx, `usage:\n${LATENCY_USAGE}`);
    const input = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .requireOption */ .Ve)('metrics latency', 'input', values.input);
    const { latencyFromFile } = await __webpack_require__.e(/* import() */ 7579).then(__webpack_require__.bind(__webpack_require__, 7579));
    const s = await latencyFromFile(inputPath(ctx, input), { name: input });
    if (values.json)
        (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .writeJson */ .GF)(ctx, s);
    else
        ctx.stdout.write(`count ${s.count}  p50 ${s.p50} ms  p90 ${s.p90} ms  p95 ${s.p95} ms  p99 ${s.p99} ms  max ${s.max} ms  mean ${s.mean} ms\n`);
    return 0;
}
async function fairness(args, ctx) {
    const { values } = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)('metrics fairness', args, {
        input: { type: 'string' },
        label: { type: 'string' },
        prediction: { type: 'string' },
        group: { type: 'string' },
        'positive-label': { type: 'string' },
        method: { type: 'string', default: 'between_groups' },
        agg: { type: 'string', default: 'worst_case' },
        'min-group-size': { type: 'string', default: '1' },
        'small-groups': { type: 'string', default: 'error' },
        separator: { type: 'string', default: ',' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help)
        return (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .printHelp */ .FR)(ctx, `usage:\n${FAIRNESS_USAGE}`);
    const input = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .requireOption */ .Ve)('metrics fairness', 'input', values.input);
    const label = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .requireOption */ .Ve)('metrics fairness', 'label', values.label);
    const prediction = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .requireOption */ .Ve)('metrics fairness', 'prediction', values.prediction);
    const groups = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .requireOption */ .Ve)('metrics fairness', 'group', values.group)
        .split(',')
        .map((g) => g.trim())
        .filter((g) => g !== '');
    if (groups.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', 'dhow metrics fairness: --group needs at least one column name');
    const method = values.method;
    if (method !== 'between_groups' && method !== 'to_overall') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `dhow metrics fairness: --method must be between_groups or to_overall, got "${method}"`);
    }
    const agg = values.agg;
    if (agg !== 'worst_case' && agg !== 'mean')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `dhow metrics fairness: --agg must be worst_case or mean, got "${agg}"`);
    const minGroupSize = Number(values['min-group-size']);
    if (!Number.isInteger(minGroupSize) || minGroupSize < 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', 'dhow metrics fairness: --min-group-size must be a whole number of rows, at least 1');
    }
    const smallGroups = values['small-groups'];
    if (smallGroups !== 'error' && smallGroups !== 'flag') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `dhow metrics fairness: --small-groups must be error or flag, got "${smallGroups}"`);
    }
    const { fairnessFromCsv } = await Promise.all(/* import() */[__webpack_require__.e(134), __webpack_require__.e(1540)]).then(__webpack_require__.bind(__webpack_require__, 1540));
    const report = await fairnessFromCsv(inputPath(ctx, input), {
        label,
        prediction,
        group: groups,
        positiveLabel: values['positive-label'],
        method,
        agg,
        minGroupSize,
        smallGroups,
        separator: values.separator,
        file: input,
        givenBy: { label: '--label', prediction: '--prediction', group: '--group', positiveLabel: '--positive-label' },
    });
    if (values.json) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .writeJson */ .GF)(ctx, report);
        return 0;
    }
    const f = (v) => (Number.isNaN(v) ? 'n/a' : v.toFixed(4));
    const rows = [['group', 'count', 'selection_rate', 'tpr', 'fpr', 'accuracy']];
    for (const [name, m] of [['(overall)', report.overall], ...Object.entries(report.by_group)]) {
        rows.push([name, String(m.count), f(m.selection_rate), f(m.tpr), f(m.fpr), f(m.accuracy)]);
    }
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    const lines = rows.map((r) => r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd());
    lines.push('');
    lines.push(`demographic parity   difference ${f(report.demographic_parity_difference)}  ratio ${f(report.demographic_parity_ratio)}`);
    lines.push(`equal opportunity    difference ${f(report.equal_opportunity_difference)}  ratio ${f(report.equal_opportunity_ratio)}`);
    lines.push(`equalized odds       difference ${f(report.equalized_odds_difference)}  ratio ${f(report.equalized_odds_ratio)}  (${agg}, ${method})`);
    if (report.small_groups.length > 0)
        lines.push(`small groups (< ${minGroupSize} rows): ${report.small_groups.join('; ')}`);
    ctx.stdout.write(`${lines.join('\n')}\n`);
    return 0;
}


/***/ })

};
