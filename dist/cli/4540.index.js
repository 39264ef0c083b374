export const id = 4540;
export const ids = [4540];
export const modules = {

/***/ 4540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16931);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * `dhow metrics fairness|text|latency`: the reference-exact metrics over files, as JSON (`--json`, keys are a
 * public interface) or as a short table for people.
 */



const FAIRNESS_USAGE = `  dhow metrics fairness --input F.csv --label COL --prediction COL --group COL[,COL] [--positive-label V]
                        [--method between_groups|to_overall] [--agg worst_case|mean] [--min-group-size N]
                        [--small-groups error|flag] [--weight COL] [--control COL[,COL]] [--separator C] [--json]
                        (--weight is Fairlearn's sample_weight, --control its control_features: the report
                        adds by_control, the same figures within each control value)
`;
const TEXT_USAGE = `  dhow metrics text --input F.jsonl [--metrics wer,cer,bleu,chrf,ter] [--normalize none|arabic] [--lowercase]
                    [--tokenize 13a|intl|char|none] [--smooth exp|floor|add-k|none] [--smooth-value V]
                    [--effective-order] [--chrf-char-order N] [--chrf-word-order 0|2] [--chrf-beta N]
                    [--chrf-whitespace] [--chrf-eps-smoothing]
                    [--ter-normalized] [--ter-no-punct] [--ter-asian-support] [--ter-case-sensitive]
                    [--transform T,..] [--reference-transform T,..] [--hypothesis-transform T,..]
                    [--substitute-words F.json] [--alignment] [--slice-by KEY] [--json]
                    (--lowercase and the BLEU/chrF/TER options are sacreBLEU's; TER is computed only when listed.
                    WER and CER use jiwer 4's transforms: default, remove-punctuation, lowercase, strip,
                    remove-multiple-spaces, substitute-words (needs --substitute-words); --transform sets both
                    sides; --alignment adds jiwer's hits, substitutions, deletions, insertions and chunks;
                    --slice-by KEY adds every metric per value of that JSONL key, with signatures)
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
        'ter-normalized': { type: 'boolean', default: false },
        'ter-no-punct': { type: 'boolean', default: false },
        'ter-asian-support': { type: 'boolean', default: false },
        'ter-case-sensitive': { type: 'boolean', default: false },
        transform: { type: 'string' },
        'reference-transform': { type: 'string' },
        'hypothesis-transform': { type: 'string' },
        'substitute-words': { type: 'string' },
        alignment: { type: 'boolean', default: false },
        'slice-by': { type: 'string' },
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
    const { BLEU_SMOOTH_METHODS, BLEU_TOKENIZERS, SMOOTH_DEFAULTS } = await __webpack_require__.e(/* import() */ 7093).then(__webpack_require__.bind(__webpack_require__, 87093));
    const { TEXT_METRICS, textMetricsFromJsonl } = await Promise.all(/* import() */[__webpack_require__.e(7093), __webpack_require__.e(7412), __webpack_require__.e(8426)]).then(__webpack_require__.bind(__webpack_require__, 27412));
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
    const transforms = await jiwerTransforms(values, ctx);
    const options = {
        normalize: values.normalize,
        chrfWordOrder: wordOrder,
        bleu: { tokenize, lowercase: values.lowercase, smoothMethod, smoothValue, effectiveOrder: values['effective-order'] },
        chrf: { charOrder, beta, lowercase: values.lowercase, whitespace: values['chrf-whitespace'], epsSmoothing: values['chrf-eps-smoothing'] },
        ter: {
            normalized: values['ter-normalized'],
            noPunct: values['ter-no-punct'],
            asianSupport: values['ter-asian-support'],
            caseSensitive: values['ter-case-sensitive'],
        },
        transforms,
        alignment: values.alignment,
        metrics: TEXT_METRICS.filter((m) => wanted.has(m)),
        name: input,
    };
    if (values['slice-by'] !== undefined) {
        if (values['slice-by'] === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', 'dhow metrics text: --slice-by needs a JSONL key');
        if (values.alignment)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', 'dhow metrics text: --alignment and --slice-by do not combine');
        return slicedText(ctx, { ...options, sliceBy: values['slice-by'] }, values.json);
    }
    const result = await textMetricsFromJsonl(inputPath(ctx, input), options);
    // Only the metrics asked for appear, each signature and alignment beside its score (the JSON keys keep their order).
    const shown = Object.fromEntries(Object.entries(result).filter(([key]) => key === 'segments' || wanted.has(key.replace(/_(signature|alignment)$/, ''))));
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
        if (wanted.has('ter'))
            lines.push(`TER       ${result.ter.toFixed(2)}  (${result.ter_signature})`);
        for (const [name, a] of [
            ['WER', result.wer_alignment],
            ['CER', result.cer_alignment],
        ]) {
            if (a)
                lines.push(`${name} alignment  hits ${a.hits}  substitutions ${a.substitutions}  deletions ${a.deletions}  insertions ${a.insertions}`);
        }
        ctx.stdout.write(`${lines.join('\n')}\n`);
    }
    return 0;
}
/** `dhow metrics text --slice-by KEY`: the whole corpus and each slice, as JSON or a table. */
async function slicedText(ctx, options, json) {
    const { textMetricsBySlice } = await Promise.all(/* import() */[__webpack_require__.e(7093), __webpack_require__.e(7412), __webpack_require__.e(1713)]).then(__webpack_require__.bind(__webpack_require__, 73730));
    const result = await textMetricsBySlice(inputPath(ctx, options.name), options);
    const wanted = options.metrics ?? [];
    const keep = (r) => Object.fromEntries(Object.entries(r).filter(([key]) => key === 'segments' || key === 'signatures' || wanted.includes(key)));
    if (json) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .writeJson */ .GF)(ctx, {
            slice_by: result.slice_by,
            overall: keep(result.overall),
            slices: Object.fromEntries(Object.entries(result.slices).map(([k, v]) => [k, keep(v)])),
        });
        return 0;
    }
    const rows = [[result.slice_by, 'segments', ...wanted.map((m) => m.toUpperCase())]];
    for (const [name, r] of [['(overall)', result.overall], ...Object.entries(result.slices)]) {
        rows.push([name, String(r.segments), ...wanted.map((m) => (m === 'wer' || m === 'cer' ? r[m].toFixed(4) : r[m].toFixed(2)))]);
    }
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    const lines = rows.map((r) => r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd());
    for (const m of wanted)
        lines.push(`${m}: ${result.overall.signatures[m]}`);
    ctx.stdout.write(`${lines.join('\n')}\n`);
    return 0;
}
/** --transform / --reference-transform / --hypothesis-transform and --substitute-words, as jiwer chains. */
async function jiwerTransforms(values, ctx) {
    const { parseSubstitutions, parseTransformList } = await __webpack_require__.e(/* import() */ 8524).then(__webpack_require__.bind(__webpack_require__, 98524));
    if (values.transform !== undefined && (values['reference-transform'] !== undefined || values['hypothesis-transform'] !== undefined)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', 'dhow metrics text: give --transform (both sides) or --reference-transform/--hypothesis-transform, not both');
    }
    const list = (flag) => values[flag] === undefined ? undefined : parseTransformList(values[flag], `dhow metrics text: --${flag}`);
    const both = list('transform');
    const reference = both ?? list('reference-transform');
    const hypothesis = both ?? list('hypothesis-transform');
    const substitutes = [reference, hypothesis].some((steps) => steps?.includes('substitute-words'));
    const file = values['substitute-words'];
    if (substitutes && file === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', 'dhow metrics text: the substitute-words transform needs --substitute-words F.json');
    if (!substitutes && file !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', 'dhow metrics text: --substitute-words needs substitute-words in a transform list');
    let substitutions;
    if (file !== undefined) {
        const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
        let text;
        try {
            text = await readFile(inputPath(ctx, file), 'utf8');
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('not-found', `cannot read the word substitutions: ${error.code ?? 'unreadable'}`, { file });
        }
        substitutions = parseSubstitutions(text, file);
    }
    return {
        ...(reference === undefined ? {} : { reference: { steps: reference, substitutions } }),
        ...(hypothesis === undefined ? {} : { hypothesis: { steps: hypothesis, substitutions } }),
    };
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
    const { latencyFromFile } = await __webpack_require__.e(/* import() */ 7579).then(__webpack_require__.bind(__webpack_require__, 77579));
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
        weight: { type: 'string' },
        control: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help)
        return (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .printHelp */ .FR)(ctx, `usage:\n${FAIRNESS_USAGE}`);
    const control = values.control
        ?.split(',')
        .map((c) => c.trim())
        .filter((c) => c !== '');
    if (control !== undefined && control.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', 'dhow metrics fairness: --control needs at least one column name');
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
    const { fairnessFromCsv } = await Promise.all(/* import() */[__webpack_require__.e(134), __webpack_require__.e(1540)]).then(__webpack_require__.bind(__webpack_require__, 51540));
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
        weight: values.weight,
        control,
        file: input,
        givenBy: { label: '--label', prediction: '--prediction', group: '--group', positiveLabel: '--positive-label', weight: '--weight', control: '--control' },
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
    for (const [stratum, r] of Object.entries(report.by_control ?? {})) {
        lines.push(`control ${stratum}: demographic parity difference ${f(r.demographic_parity_difference)}, equalized odds difference ${f(r.equalized_odds_difference)}`);
    }
    ctx.stdout.write(`${lines.join('\n')}\n`);
    return 0;
}


/***/ })

};
