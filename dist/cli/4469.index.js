export const id = 4469;
export const ids = [4469];
export const modules = {

/***/ 48952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KT: () => (/* binding */ parseMethodName),
/* harmony export */   YF: () => (/* binding */ chooseTest),
/* harmony export */   fb: () => (/* binding */ parsePerColumn),
/* harmony export */   tp: () => (/* binding */ checkChoiceColumns)
/* harmony export */ });
/* unused harmony export parseThreshold */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _stattests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16272);
/**
 * Which test and which threshold a column gets, resolved the way Evidently resolves its options
 * (evidently/legacy/utils/data_drift_utils.py, `_calculate_stattest` and `_calculate_threshold`): a test named
 * for the column wins over one named for its kind (`num_stattest`, `cat_stattest`), which wins over one for every
 * column (`stattest`); thresholds likewise, and without any the chosen test's default. A test the user named must
 * apply to the column's kind (Evidently's get_registered_stattest raises StatTestInvalidFeatureTypeError); a test
 * Evidently's default choice makes is not checked (it picks chisquare and z for numerical columns of few values).
 */


/** The test and threshold for one column, refusing a named test that does not apply to the column's kind. */
function chooseTest(column, kind, choice, names) {
    let method = choice.method;
    let source = names.method;
    const byKind = choice.methodByKind?.[kind];
    if (byKind !== undefined)
        [method, source] = [byKind, names.methodByKind[kind]];
    const forColumn = choice.methodFor && Object.hasOwn(choice.methodFor, column) ? choice.methodFor[column] : undefined;
    if (forColumn !== undefined)
        [method, source] = [forColumn, `${names.methodFor} ${column}=${forColumn}`];
    if (method !== undefined && !_stattests_js__WEBPACK_IMPORTED_MODULE_1__/* .METHOD_RULES */ .Qf[method].kinds.includes(kind)) {
        const says = source.endsWith(`=${method}`) ? source : `${source} ${method}`;
        const kinds = _stattests_js__WEBPACK_IMPORTED_MODULE_1__/* .METHOD_RULES */ .Qf[method].kinds;
        const message = kind === 'text' || kinds.includes('text')
            ? `${says} cannot test a ${kind} column: Evidently allows only abs_text_content_drift and perc_text_content_drift on text columns, ` +
                `and those only on text (StatTestInvalidFeatureTypeError)` +
                (kind === 'text' ? '' : `; declare the column text with ${names.columnType} if it holds text`)
            : kind === 'categorical'
                ? `${says} needs a numerical column; declare it numerical with ${names.columnType} if it holds numbers`
                : `${says} needs a categorical column (Evidently refuses it on a numerical one: StatTestInvalidFeatureTypeError); ` +
                    `choose another test, or declare the column categorical with ${names.columnType}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', message, { field: column });
    }
    const threshold = choice.thresholdFor && Object.hasOwn(choice.thresholdFor, column) ? choice.thresholdFor[column] : (choice.thresholdByKind?.[kind] ?? choice.threshold);
    return { method, threshold };
}
/** Refuses per-column options naming a column that the data does not have (a typo would silently test nothing). */
function checkChoiceColumns(choice, has, names, file) {
    for (const [option, map] of [
        [names.methodFor, choice.methodFor],
        [names.thresholdFor, choice.thresholdFor],
    ]) {
        for (const column of Object.keys(map ?? {})) {
            if (!has(column))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${option} names a column that is not in the data`, { file, field: column });
        }
    }
}
/**
 * COLUMN=VALUE entries (a CLI flag given again, or an action input's lines) into a record: the column name may
 * hold "=", the value may not; a column given twice is refused. `option` names the flag or input in messages.
 */
function parsePerColumn(option, entries, parse) {
    const out = {};
    for (const entry of entries) {
        const at = entry.lastIndexOf('=');
        if (at <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${option} takes COLUMN=VALUE, got "${entry}"`);
        const column = entry.slice(0, at).trim();
        if (Object.hasOwn(out, column))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${option} names the column "${column}" twice`, { field: column });
        out[column] = parse(entry.slice(at + 1).trim());
    }
    return out;
}
/** A test by Evidently's name, refused naming the flag or input otherwise. */
function parseMethodName(option, value) {
    if (!_stattests_js__WEBPACK_IMPORTED_MODULE_1__/* .METHODS */ .J8.includes(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${option} must be one of ${_stattests_js__WEBPACK_IMPORTED_MODULE_1__/* .METHODS */ .J8.join(', ')}, got "${value}"`);
    return value;
}
/** A threshold: a finite number, refused naming the flag or input otherwise. */
function parseThreshold(option, value) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n))
        throw new DhowError('usage', `${option} must be a number, got "${value}"`);
    return n;
}


/***/ }),

/***/ 34380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D9: () => (/* binding */ detectDrift),
  b9: () => (/* reexport */ report/* renderDriftMarkdown */.b)
});

// UNUSED EXPORTS: DEFAULT_DRIFT_SHARE, DEFAULT_MAX_INVALID_SHARE, DEFAULT_MIN_SAMPLE_SIZE, DriftProfile, METHODS, METHOD_RULES, buildProfile, loadProfile, writeProfile

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/drift/refused.ts
var refused = __webpack_require__(66275);
// EXTERNAL MODULE: ./src/drift/choice.ts
var choice = __webpack_require__(48952);
// EXTERNAL MODULE: ./src/drift/columns.ts
var drift_columns = __webpack_require__(53520);
// EXTERNAL MODULE: ./src/drift/numpy-random.ts
var numpy_random = __webpack_require__(70950);
;// CONCATENATED MODULE: ./src/drift/permutation-tests.ts
/**
 * The two tests of Evidently's registry whose p-value comes from permuting the rows of both samples together,
 * so they take the rows in file order (not sorted, not counted):
 * - `TVD` (evidently/legacy/calculations/stattests/tvd_stattest.py at commit a4aa4c2b): the total variation
 *   distance of the value shares, and utils.permutation_test's p-value over 1000 draws of
 *   `np.random.choice(reference + current, len(reference), replace=False)` after `np.random.seed(0)`;
 * - `empirical_mmd` (mmd_stattest.py): MMD² with an RBF kernel whose bandwidth is the median of the reference's
 *   pairwise squared distances, and the share of 100 `np.random.permutation`s of the kernel matrix whose MMD²
 *   is at least the observed one. Evidently never seeds these permutations, so its own p-value changes from run
 *   to run; dhow seeds numpy's RandomState with 0 (as permutation_test does), so its p-value is repeatable and
 *   equals Evidently's code run after `np.random.seed(0)` (but for a permutation that repeats the observed split:
 *   its MMD² equals the observed one, and dhow counts it where Evidently's last bit may not).
 * Sums follow numpy's pairwise summation so that the floating-point results (and the ties the p-values count)
 * are numpy's.
 */


/** utils.permutation_test's number of draws for TVD, and mmd_pval's number of permutations. */
const TVD_ITERATIONS = 1000;
const MMD_PERMUTATIONS = 100;
/**
 * empirical_mmd keeps the (reference + current)² kernel matrix, as Evidently does: beyond this many values in
 * all it would take more memory than a CI runner should give one column (Evidently's matrix is as large).
 */
const MMD_MAX_VALUES = 4000;
/** numpy's pairwise summation of a float64 array (np.sum, np.add.reduce): 8 accumulators, blocks of 128. */
function numpySum(a, start = 0, end = a.length) {
    const n = end - start;
    if (n < 8) {
        let res = 0;
        for (let i = start; i < end; i++)
            res += a[i];
        return res;
    }
    if (n <= 128) {
        let r0 = a[start], r1 = a[start + 1], r2 = a[start + 2], r3 = a[start + 3], r4 = a[start + 4], r5 = a[start + 5], r6 = a[start + 6], r7 = a[start + 7];
        let i = start + 8;
        const stop = end - (n % 8);
        for (; i < stop; i += 8) {
            r0 += a[i];
            r1 += a[i + 1];
            r2 += a[i + 2];
            r3 += a[i + 3];
            r4 += a[i + 4];
            r5 += a[i + 5];
            r6 += a[i + 6];
            r7 += a[i + 7];
        }
        let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
        for (; i < end; i++)
            res += a[i];
        return res;
    }
    let half = Math.floor(n / 2);
    half -= half % 8;
    return numpySum(a, start, start + half) + numpySum(a, start + half, end);
}
/**
 * Evidently's _total_variation_distance on counts per value (the keys in one fixed order):
 * 0.5 * np.sum(np.abs(ref / sum(ref) - curr / sum(curr))).
 */
function totalVariationDistance(reference, current, referenceTotal, currentTotal) {
    const diffs = new Float64Array(reference.length);
    for (let k = 0; k < diffs.length; k++)
        diffs[k] = Math.abs(reference[k] / referenceTotal - current[k] / currentTotal);
    return 0.5 * numpySum(diffs);
}
/**
 * Evidently's TVD test: the p-value of the observed distance among TVD_ITERATIONS random splits of the pooled
 * rows. `reference` and `current` hold each row's value as an index into the sorted keys (rows in file order,
 * missing values left out, as Evidently drops them); `keys` is how many keys there are.
 */
function tvdTest(reference, current, keys) {
    const nRef = reference.length;
    const nCur = current.length;
    if (nRef === 0 || nCur === 0)
        throw new refused/* RefusedData */.n('TVD needs values on both sides');
    const pooled = new Int32Array(nRef + nCur);
    pooled.set(reference);
    pooled.set(current, nRef);
    const total = new Float64Array(keys);
    for (let i = 0; i < pooled.length; i++)
        total[pooled[i]]++;
    const ref = new Float64Array(keys);
    for (let i = 0; i < nRef; i++)
        ref[reference[i]]++;
    // Evidently's keys are the values present on either side: a key of no row (possible in a caller's table) is left out.
    const present = [...Array(keys).keys()].filter((k) => total[k] > 0);
    const pick = (counts) => Float64Array.from(present, (k) => counts[k]);
    const cur = (counts) => Float64Array.from(present, (k) => total[k] - counts[k]);
    const observed = totalVariationDistance(pick(ref), cur(ref), nRef, nCur);
    const rs = new numpy_random/* LegacyRandomState */.W(0);
    const draws = new Float64Array(keys);
    const order = new Int32Array(pooled.length);
    let atLeast = 0;
    for (let it = 0; it < TVD_ITERATIONS; it++) {
        // np.random.choice(pooled, nRef, replace=False) is pooled[permutation(len(pooled))[:nRef]].
        rs.permutationInto(order);
        draws.fill(0);
        for (let i = 0; i < nRef; i++)
            draws[pooled[order[i]]]++;
        if (observed <= Math.abs(totalVariationDistance(pick(draws), cur(draws), nRef, nCur)))
            atLeast++;
    }
    return atLeast / TVD_ITERATIONS;
}
/** Evidently's empirical MMD² and its permutation p-value (dhow's seed 0), on the rows in file order. */
function empiricalMmd(reference, current) {
    const n = reference.length;
    const m = current.length;
    if (n < 2 || m < 2)
        throw new refused/* RefusedData */.n('empirical_mmd needs at least two values on each side (Evidently divides by n(n - 1))');
    const size = n + m;
    if (size > MMD_MAX_VALUES)
        throw new refused/* RefusedData */.n(`empirical_mmd builds a kernel matrix over both samples; ${size} values are more than ${MMD_MAX_VALUES} (choose another test for this column)`);
    const z = new Float64Array(size);
    z.set(reference);
    z.set(current, n);
    const squares = Float64Array.from(z, (v) => v * v);
    // squared_paired_dist(x, y)[i][j] = (y_j² - 2 x_i y_j) + x_i², in that order, with the reference (x) as the row
    // of the cross block; sigma_median is over the reference's own n² distances, diagonal included.
    const dist = (row, col) => squares[col] - 2 * (z[row] * z[col]) + squares[row];
    const own = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++)
            own[i * n + j] = dist(i, j);
    // np.percentile(q=50, method="nearest"): the value at index round-half-even((n² - 1) / 2) of the sorted values.
    const virtual = (n * n - 1) / 2;
    const index = virtual % 1 === 0.5 ? (Math.floor(virtual) % 2 === 0 ? Math.floor(virtual) : Math.ceil(virtual)) : Math.round(virtual);
    selectNth(own, index);
    let sigma = Math.sqrt(0.5 * own[index]);
    if (sigma === 0)
        sigma = Math.sqrt(0.5);
    const gamma = 1.0 / (2.0 * (sigma * sigma));
    // The kernel matrix with its diagonal zeroed, row-major over [reference, current]; the lower-left block is
    // the transpose of the upper-right (Evidently concatenates kxy.T), so a cross entry's row is always the reference's.
    const kernel = new Float64Array(size * size);
    for (let a = 0; a < size; a++) {
        for (let b = 0; b < size; b++) {
            if (a === b)
                continue;
            const d = a < n || b >= n ? dist(a, b) : dist(b, a);
            kernel[a * size + b] = Math.exp(-gamma * d);
        }
    }
    const identity = Int32Array.from({ length: size }, (_, i) => i);
    const mmd = mmdOf(kernel, size, identity, n, m);
    // Each row's total, once: a permutation then needs each row's sum over the smaller of its two sides only.
    const rowTotal = new Float64Array(size);
    for (let a = 0; a < size; a++)
        rowTotal[a] = numpySum(kernel, a * size, (a + 1) * size);
    const rs = new numpy_random/* LegacyRandomState */.W(0);
    const ownValues = Float64Array.from(reference).sort();
    const drawn = new Float64Array(n);
    const order = new Int32Array(size);
    let atLeast = 0;
    for (let p = 0; p < MMD_PERMUTATIONS; p++) {
        rs.permutationInto(order);
        // A permutation that puts the reference's own values first has the observed MMD² exactly; numpy's sums in
        // another order decide Evidently's `<=` by their last bit. Equal is at least: dhow counts it.
        for (let i = 0; i < n; i++)
            drawn[i] = z[order[i]];
        drawn.sort();
        let same = true;
        for (let i = 0; i < n && same; i++)
            same = drawn[i] === ownValues[i];
        if (same || mmd <= permutedMmd(kernel, size, rowTotal, order, n, m))
            atLeast++;
    }
    return { mmd, pvalue: atLeast / MMD_PERMUTATIONS };
}
/**
 * mmd_2samp after a permutation, from row sums: the new reference is the rows order[0..n), the new current the
 * rest. Sums run over the original rows in memory order (numpy's run over the permuted matrix): the same value
 * up to rounding, which decides nothing but an exact repeat of the split (counted as a tie by the caller).
 */
function permutedMmd(kernel, size, rowTotal, order, n, m) {
    // The smaller side's columns, in memory order: each row's sum over them, the other side's by difference.
    const small = n <= m ? order.slice(0, n) : order.slice(n);
    small.sort();
    const inCurrent = new Uint8Array(size);
    for (let i = n; i < size; i++)
        inCurrent[order[i]] = 1;
    let xx = 0;
    let yy = 0;
    let yx = 0;
    for (let a = 0; a < size; a++) {
        const base = a * size;
        let part = 0;
        for (let k = 0; k < small.length; k++)
            part += kernel[base + small[k]];
        const toCurrent = n <= m ? rowTotal[a] - part : part;
        const toReference = rowTotal[a] - toCurrent;
        if (inCurrent[a] === 1) {
            yy += toCurrent;
            yx += toReference;
        }
        else
            xx += toReference;
    }
    return (1 / (n * (n - 1))) * xx + (1 / (m * (m - 1))) * yy - 2.0 * (yx / (m * n));
}
/** Puts the k-th smallest value at index k (values before it smaller or equal, after it larger or equal). */
function selectNth(values, k) {
    let lo = 0;
    let hi = values.length - 1;
    while (lo < hi) {
        // Median of three as the pivot; Hoare partition.
        const mid = (lo + hi) >>> 1;
        const a = values[lo];
        const b = values[mid];
        const c = values[hi];
        const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
        let i = lo;
        let j = hi;
        while (i <= j) {
            while (values[i] < pivot)
                i++;
            while (values[j] > pivot)
                j--;
            if (i <= j) {
                const t = values[i];
                values[i] = values[j];
                values[j] = t;
                i++;
                j--;
            }
        }
        if (k <= j)
            hi = j;
        else if (k >= i)
            lo = i;
        else
            return;
    }
}
/**
 * mmd_2samp on kernel[index][:, index]: A * Kxx.sum() + B * Kyy.sum() - 2 * Kxy.mean(), each block summed as
 * numpy sums a strided 2-d view (row by row, each row pairwise).
 */
function mmdOf(kernel, size, index, n, m) {
    const row = new Float64Array(size);
    const block = (rows, cols) => {
        let total = 0;
        for (let a = rows[0]; a < rows[1]; a++) {
            const base = index[a] * size;
            for (let b = cols[0]; b < cols[1]; b++)
                row[b - cols[0]] = kernel[base + index[b]];
            total += numpySum(row, 0, cols[1] - cols[0]);
        }
        return total;
    };
    const xx = block([0, n], [0, n]);
    const yy = block([n, size], [n, size]);
    const yx = block([n, size], [0, n]);
    return (1 / (n * (n - 1))) * xx + (1 / (m * (m - 1))) * yy - 2.0 * (yx / (m * n));
}

// EXTERNAL MODULE: ./src/drift/profile.ts
var drift_profile = __webpack_require__(52326);
// EXTERNAL MODULE: ./src/drift/kolmogorov.ts
var kolmogorov = __webpack_require__(52228);
// EXTERNAL MODULE: ./src/drift/stattests.ts + 2 modules
var stattests = __webpack_require__(16272);
;// CONCATENATED MODULE: ./src/drift/sketch.ts
/**
 * Sketch mode: the current data's numerical columns are folded into fixed-size sketches instead of being
 * kept, so memory stays flat however many rows arrive. A sketch keeps the exact count, min, max and
 * every distinct value with its count while there are at most 2048 of them (then every test stays exact),
 * and an equal-width histogram of 8192 bins that widens (merging neighbouring bins) when a value falls
 * outside its range. Tests on a sketch treat each bin as its centre: ks, wasserstein and binned
 * psi / jensenshannon become approximate, within about one bin width.
 */


const SKETCH_BINS = 8192;
/** Distinct values a sketch keeps exactly (integers, codes, rounded measures) before relying on its bins. */
const SKETCH_EXACT_VALUES = 2048;
/** Evidently bins a numerical column by width when the reference has more distinct values than this. */
const BINNING_DISTINCT = 20;
class NumericSketch {
    counts = new Float64Array(SKETCH_BINS);
    lo;
    width;
    count = 0;
    min = Infinity;
    max = -Infinity;
    exact = new Map();
    /** lo and hi: the expected range (the reference's); it widens as needed. */
    constructor(lo, hi) {
        if (!(hi > lo)) {
            lo -= 0.5;
            hi = lo + 1;
        }
        this.lo = lo;
        this.width = hi - lo;
    }
    /** Same as add (the CSV reader's NumberSink). */
    push(v) {
        this.add(v);
    }
    /** Adds values[0, count). */
    addAll(values, count) {
        for (let i = 0; i < count; i++)
            this.add(values[i]);
    }
    add(v) {
        this.count++;
        if (v < this.min)
            this.min = v;
        if (v > this.max)
            this.max = v;
        if (this.exact) {
            this.exact.set(v, (this.exact.get(v) ?? 0) + 1);
            if (this.exact.size > SKETCH_EXACT_VALUES)
                this.exact = null;
        }
        while (v < this.lo)
            this.widen(false);
        while (v > this.lo + this.width)
            this.widen(true);
        let bin = Math.floor(((v - this.lo) / this.width) * SKETCH_BINS);
        if (bin >= SKETCH_BINS)
            bin = SKETCH_BINS - 1;
        this.counts[bin]++;
    }
    /** Doubles the range to the right (keeping lo) or to the left (keeping the top), merging bin pairs. */
    widen(right) {
        const c = this.counts;
        const half = SKETCH_BINS / 2;
        if (right) {
            for (let k = 0; k < half; k++)
                c[k] = c[2 * k] + c[2 * k + 1];
            c.fill(0, half);
        }
        else {
            for (let k = SKETCH_BINS - 1; k >= half; k--)
                c[k] = c[2 * (k - half)] + c[2 * (k - half) + 1];
            c.fill(0, 0, half);
            this.lo -= this.width;
        }
        this.width *= 2;
    }
    /** The sketch as weighted points, sorted: exact values when there are few, else bin centres. */
    points() {
        if (this.exact) {
            const values = Float64Array.from([...this.exact.keys()]).sort();
            return { values, weights: Float64Array.from(values, (v) => this.exact.get(v)), total: this.count, exact: true };
        }
        const values = [];
        const weights = [];
        const step = this.width / SKETCH_BINS;
        for (let k = 0; k < SKETCH_BINS; k++) {
            const n = this.counts[k];
            if (n === 0)
                continue;
            // The centre, kept inside the observed [min, max].
            values.push(Math.min(this.max, Math.max(this.min, this.lo + (k + 0.5) * step)));
            weights.push(n);
        }
        return { values: Float64Array.from(values), weights: Float64Array.from(weights), total: this.count, exact: false };
    }
}
/** A sorted plain sample as weighted points (run lengths). */
function weightedFromSorted(sorted) {
    const values = [];
    const weights = [];
    for (let i = 0; i < sorted.length;) {
        let j = i;
        while (j < sorted.length && sorted[j] === sorted[i])
            j++;
        values.push(sorted[i]);
        weights.push(j - i);
        i = j;
    }
    return { values: Float64Array.from(values), weights: Float64Array.from(weights), total: sorted.length, exact: true };
}
/** Walks the merged support of two weighted samples, calling step(x, next, F_u(x), F_v(x)). */
function walk(u, v, step) {
    let i = 0;
    let j = 0;
    let cu = 0;
    let cv = 0;
    while (i < u.values.length || j < v.values.length) {
        const x = j >= v.values.length || (i < u.values.length && u.values[i] <= v.values[j]) ? u.values[i] : v.values[j];
        if (i < u.values.length && u.values[i] === x)
            cu += u.weights[i++];
        if (j < v.values.length && v.values[j] === x)
            cv += v.weights[j++];
        const next = Math.min(i < u.values.length ? u.values[i] : Infinity, j < v.values.length ? v.values[j] : Infinity);
        step(x, next, cu / u.total, cv / v.total);
    }
}
function weightedWasserstein(u, v) {
    let sum = 0;
    walk(u, v, (x, next, fu, fv) => {
        if (next !== Infinity)
            sum += Math.abs(fu - fv) * (next - x);
    });
    return sum;
}
function weightedKsStatistic(u, v) {
    let d = 0;
    walk(u, v, (_x, _next, fu, fv) => {
        d = Math.max(d, Math.abs(fu - fv));
    });
    return d;
}
function weightedTable(u, v) {
    const keys = [];
    const ref = [];
    const cur = [];
    let i = 0;
    let j = 0;
    while (i < u.values.length || j < v.values.length) {
        const x = j >= v.values.length || (i < u.values.length && u.values[i] <= v.values[j]) ? u.values[i] : v.values[j];
        keys.push(x);
        ref.push(i < u.values.length && u.values[i] === x ? u.weights[i++] : 0);
        cur.push(j < v.values.length && v.values[j] === x ? v.weights[j++] : 0);
    }
    return { keys, reference: Float64Array.from(ref), current: Float64Array.from(cur), referenceTotal: u.total, currentTotal: v.total };
}
function weightedHistogram(s, edges) {
    const bins = edges.length - 1;
    const shares = new Float64Array(bins);
    let b = 0;
    for (let i = 0; i < s.values.length; i++) {
        const x = s.values[i];
        while (b < bins - 1 && x >= edges[b + 1])
            b++;
        shares[b] += s.weights[i] / s.total;
    }
    return shares;
}
/** One method on a numerical column whose reference and current are weighted samples. */
function testWeighted(method, reference, current, referenceStd) {
    const exactData = reference.exact && current.exact;
    const table = () => weightedTable(reference, current);
    const distinctRef = reference.values.length;
    const binned = distinctRef > BINNING_DISTINCT;
    const shares = () => {
        if (!binned) {
            const t = table();
            return {
                reference: Float64Array.from(t.reference, (x) => x / t.referenceTotal),
                current: Float64Array.from(t.current, (x) => x / t.currentTotal),
                labels: t.keys.map(String),
            };
        }
        const min = Math.min(reference.values[0], current.values[0]);
        const max = Math.max(reference.values.at(-1), current.values.at(-1));
        const edges = (0,stattests/* sturgesEdges */.EX)(min, max, reference.total + current.total);
        return { reference: weightedHistogram(reference, edges), current: weightedHistogram(current, edges), edges, labels: (0,stattests/* binLabels */.H1)(edges) };
    };
    switch (method) {
        case 'ks': {
            const r = (0,kolmogorov/* ksPvalue */.sK)(reference.total, current.total, weightedKsStatistic(reference, current));
            return { method, score: r.pvalue, exact: exactData, exactData, shares: shares(), detail: r.method };
        }
        case 'wasserstein':
            return { method, score: weightedWasserstein(reference, current) / Math.max(referenceStd, 0.001), exact: exactData, exactData, shares: shares() };
        case 'chisquare':
            return { method, score: (0,stattests/* chiSquareTest */.Wp)(table()), exact: exactData, exactData, shares: shares() };
        case 'z':
            return { method, score: (0,stattests/* zTest */.HP)(table()), exact: exactData, exactData, shares: shares() };
        case 'jensenshannon':
        case 'psi': {
            const s = shares();
            const score = method === 'jensenshannon'
                ? (0,stattests/* jensenShannonDistance */.M$)(s.reference, s.current)
                : (0,stattests/* populationStabilityIndex */.V5)((0,stattests/* fillZeroes */.Gv)(s.reference.slice()), (0,stattests/* fillZeroes */.Gv)(s.current.slice()));
            return { method, score, exact: exactData, exactData, shares: s };
        }
        default:
            throw new Error(`${method} cannot test a sketch`);
    }
}
/** Evidently's choice for weighted samples (distinct values of both sides, capped at 6). */
function weightedDefaultMethod(reference, current) {
    let distinct = 0;
    walk(reference, current, () => void distinct++);
    return (0,stattests/* defaultMethod */.lL)('numerical', reference.total, distinct);
}


// EXTERNAL MODULE: ./src/drift/sort.ts
var sort = __webpack_require__(15083);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/io/csv.ts + 1 modules
var csv = __webpack_require__(90134);
// EXTERNAL MODULE: ./src/io/jsonl.ts
var jsonl = __webpack_require__(58426);
;// CONCATENATED MODULE: ./src/drift/text-content-columns.ts
/**
 * Reads the texts of the columns declared as text from one side's data file (CSV, TSV or JSON Lines), for
 * text-content drift: every value as a string, missing ones left out as Evidently leaves them out (it drops NaN
 * before a column's test): in CSV the fields pandas reads as NaN (empty, `NA`, `null`, ... MISSING_TOKENS), in JSON
 * Lines null, an absent key or an empty string, as the other columns' reader (columns.ts) counts them.
 * A value that is not text (a JSON number, boolean, array or object) is refused, naming the file, line and column.
 */





async function readTextColumns(file, names) {
    const texts = new Map(names.map((name) => [name, []]));
    if ((0,drift_columns/* formatOf */.be)(file) === 'csv') {
        const separator = (0,external_node_path_.extname)(file).toLowerCase() === '.tsv' ? '\t' : ',';
        for await (const row of (0,csv/* csvRows */.Kx)(file, { columns: [...names], separator })) {
            names.forEach((name, k) => {
                const value = row.values[k];
                if (!csv/* MISSING_TOKENS */.gS.has(value))
                    texts.get(name).push(value);
            });
        }
        return texts;
    }
    for await (const { value, line } of (0,jsonl/* jsonlValues */.lT)(file)) {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new errors/* DhowError */.Bp('invalid-input', 'each line must be a JSON object', { file, line });
        }
        for (const name of names) {
            const text = Object.hasOwn(value, name) ? value[name] : undefined;
            if (text === undefined || text === null || text === '')
                continue;
            if (typeof text !== 'string') {
                throw new errors/* DhowError */.Bp('invalid-input', `a text column must hold strings; this line holds a ${Array.isArray(text) ? 'list' : typeof text}`, {
                    file,
                    line,
                    field: name,
                });
            }
            texts.get(name).push(text);
        }
    }
    return texts;
}

// EXTERNAL MODULE: ./src/drift/text-content.ts + 4 modules
var text_content = __webpack_require__(39473);
// EXTERNAL MODULE: ./src/drift/report.ts
var report = __webpack_require__(44201);
;// CONCATENATED MODULE: ./src/drift/index.ts
/**
 * Data drift, decided the way Evidently decides it: per column a statistical test chosen by
 * `_get_default_stattest` (or the one asked for), then dataset drift when the share of drifted columns
 * reaches `driftShare`. The reference is raw data (CSV or JSON Lines) or a compact profile written at
 * registration (see profile.ts). Each column's kind comes from the reference (or profile, or the caller);
 * unparsable current values are a separate data-quality finding that never counts as drift.
 * `detectDrift` is the entry point the CLI and the drift action call;
 * `renderDriftMarkdown` renders the result for a job summary.
 */














const DEFAULT_DRIFT_SHARE = 0.5;
/** Below this many current values a column's result is inconclusive. */
const DEFAULT_MIN_SAMPLE_SIZE = 30;
/** Above this share of unparsable current values in a column, the data-quality check fails. */
const DEFAULT_MAX_INVALID_SHARE = 0.01;
const SEMANTIC_NAMES = {
    method: 'the method',
    methodFor: 'the method for a column',
    thresholdFor: 'the threshold for a column',
    numMethod: 'the method for numerical columns',
    catMethod: 'the method for categorical columns',
    textMethod: 'the method for text columns',
    columnType: 'a declared column type',
    driftShare: 'the drift share',
    maxInvalidShare: 'the maximum share of invalid values',
};
async function detectDrift(options) {
    const names = { ...SEMANTIC_NAMES, ...options.optionNames };
    const driftShare = options.driftShare ?? DEFAULT_DRIFT_SHARE;
    if (!(driftShare > 0 && driftShare <= 1))
        throw new errors/* DhowError */.Bp('usage', `${names.driftShare} must be in (0, 1], got ${driftShare}`);
    const minSample = options.minSampleSize ?? DEFAULT_MIN_SAMPLE_SIZE;
    const declared = new Map(Object.entries(options.columnTypes ?? {}));
    // Text columns are read apart (every text kept); the numerical and categorical reader sees the other kinds.
    const textColumns = new Set([...declared].filter(([, kind]) => kind === 'text').map(([name]) => name));
    const kinds = new Map([...declared].filter((entry) => entry[1] !== 'text'));
    const columns = new Map();
    const readOptions = { onProgress: options.onProgress, csv: options.csv };
    const profile = (await (0,drift_profile/* isProfileFile */.O4)(options.reference)) ? await (0,drift_profile/* loadProfile */.iH)(options.reference) : undefined;
    if (profile && textColumns.size > 0) {
        throw new errors/* DhowError */.Bp('usage', `${names.columnType} declares a text column, and a profile keeps no texts; compare with the raw reference data`, {
            file: options.reference,
            field: [...textColumns][0],
        });
    }
    if (profile) {
        for (const c of profile.columns) {
            const kind = kinds.get(c.name) ?? c.type;
            if (kind !== c.type) {
                throw new errors/* DhowError */.Bp('invalid-input', `the profile records the column as ${c.type}; it cannot be read as ${kind}`, {
                    file: options.reference,
                    field: c.name,
                });
            }
            columns.set(c.name, (0,drift_profile/* profileColumnToSides */.$S)(c));
        }
        if (options.sketch)
            addSketches(columns);
        // The profile fixed every kind: text in a numerical column of the current data is counted as invalid.
        await (0,drift_columns/* readSide */.wU)(options.current, 'current', columns, kinds, readOptions);
    }
    else {
        const flippedRef = await (0,drift_columns/* readSide */.wU)(options.reference, 'reference', columns, kinds, readOptions);
        if (flippedRef.length > 0)
            await (0,drift_columns/* rereadCategorical */.uo)(options.reference, 'reference', flippedRef, columns, readOptions);
        if (options.sketch)
            addSketches(columns);
        // Kinds are settled now: the current data only counts what does not parse (dataQuality below).
        await (0,drift_columns/* readSide */.wU)(options.current, 'current', columns, kinds, readOptions);
    }
    for (const name of declared.keys()) {
        if (!columns.has(name))
            throw new errors/* DhowError */.Bp('usage', `${names.columnType} names a column that is not in the data`, { file: options.current, field: name });
    }
    (0,choice/* checkChoiceColumns */.tp)(options, (name) => columns.has(name), names, options.current);
    let selected = [...columns.values()];
    if (options.columns) {
        // A column named twice is tested once: counting it twice would skew the share of drifted columns.
        selected = [...new Set(options.columns)].map((name) => {
            const c = columns.get(name);
            if (!c)
                throw new errors/* DhowError */.Bp('usage', 'no such column', { file: options.current, field: name });
            return c;
        });
    }
    const maxInvalidShare = options.maxInvalidShare ?? DEFAULT_MAX_INVALID_SHARE;
    if (!(maxInvalidShare >= 0 && maxInvalidShare <= 1))
        throw new errors/* DhowError */.Bp('usage', `${names.maxInvalidShare} must be in [0, 1], got ${maxInvalidShare}`);
    await readRowOrder(selected.filter((c) => !textColumns.has(c.name)), options, profile, names, readOptions);
    const selectedText = selected.filter((c) => textColumns.has(c.name)).map((c) => c.name);
    const texts = selectedText.length > 0
        ? { reference: await readTextColumns(options.reference, selectedText), current: await readTextColumns(options.current, selectedText) }
        : undefined;
    const results = selected.map((c) => textColumns.has(c.name)
        ? testTextColumn(c.name, texts.reference.get(c.name), texts.current.get(c.name), options, minSample, names)
        : testColumn(c, options, minSample, profile, names));
    (0,sort/* releaseSortScratch */.O)();
    const decided = results.filter((r) => !r.inconclusive);
    const drifted = decided.filter((r) => r.drifted).length;
    const share = decided.length === 0 ? 0 : drifted / results.length;
    const approximate = [...new Set(results.filter((r) => !r.exact).map((r) => r.method))];
    const first = selected[0];
    return {
        columns: results,
        drifted_columns: drifted,
        share,
        dataset_drift: decided.length > 0 && share >= driftShare,
        inconclusive: decided.length === 0,
        drift_share: driftShare,
        reference: { file: options.reference, rows: profile ? profile.rows : (first?.reference.rows ?? 0), profile: profile !== undefined },
        current: { file: options.current, rows: first?.current.rows ?? 0 },
        approximate_methods: approximate,
        data_quality: dataQuality(selected.filter((c) => !textColumns.has(c.name)), maxInvalidShare),
    };
}
/** The test a column gets when the user named one (chooseTest with this call's option names). */
function namedTest(column, options, names) {
    return (0,choice/* chooseTest */.YF)(column.name, column.kind, options, {
        method: names.method,
        methodFor: names.methodFor,
        methodByKind: { numerical: names.numMethod, categorical: names.catMethod, text: names.textMethod },
        columnType: names.columnType,
    });
}
/** TVD permutes the rows: its columns' values are read again in row order (counting kept no order). */
async function readRowOrder(selected, options, profile, names, readOptions) {
    const permuted = selected.filter((c) => c.kind === 'categorical' && namedTest(c, options, names).method === 'TVD').map((c) => c.name);
    if (permuted.length === 0)
        return;
    if (profile)
        throw new errors/* DhowError */.Bp('usage', ROWS_NEEDED('TVD'), { file: options.reference, field: permuted[0] });
    await (0,drift_columns/* readCategoricalOrder */.Pn)(options.reference, 'reference', permuted, new Map(selected.map((c) => [c.name, c])), readOptions);
    await (0,drift_columns/* readCategoricalOrder */.Pn)(options.current, 'current', permuted, new Map(selected.map((c) => [c.name, c])), readOptions);
}
const ROWS_NEEDED = (method) => `${method} permutes the reference's rows in order; a profile keeps none: give the reference data itself`;
/**
 * The current data's values that do not parse in the numerical columns tested, per column. Kept apart from
 * the drift verdict on purpose: a broken exporter or one stray comma decimal is a data problem to fix, not
 * a reason to roll production back, so nothing here feeds `share` or `dataset_drift`.
 */
function dataQuality(selected, maxInvalidShare) {
    const columns = [];
    let invalid = 0;
    for (const c of selected) {
        if (c.kind !== 'numerical')
            continue;
        const s = c.current;
        const share = s.rows === 0 ? 0 : s.invalid / s.rows;
        invalid += s.invalid;
        columns.push({ column: c.name, invalid: s.invalid, rows: s.rows, share, failed: share > maxInvalidShare });
    }
    return { max_invalid_share: maxInvalidShare, invalid_values: invalid, failed: columns.some((c) => c.failed), columns };
}
function testColumn(column, options, minSample, profile, names) {
    const kind = column.kind;
    const chosen = namedTest(column, options, names);
    if (kind === 'categorical') {
        const table = frequencyTable(column);
        const base = { column: column.name, type: kind, reference_size: table.referenceTotal, current_size: table.currentTotal };
        if (table.referenceTotal === 0)
            throw new errors/* DhowError */.Bp('invalid-input', 'the reference has no values in this column', { file: options.reference, field: column.name });
        let distinct = 0;
        for (let i = 0; i < table.keys.length; i++)
            if (table.reference[i] > 0 || table.current[i] > 0)
                distinct++;
        const method = chosen.method ?? (0,stattests/* defaultMethod */.lL)(kind, table.referenceTotal, distinct);
        const threshold = chosen.threshold ?? stattests/* THRESHOLDS */.Rm[method];
        if (table.currentTotal < Math.max(1, minSample))
            return { ...base, method, score: null, threshold, drifted: false, inconclusive: true, exact: true };
        const test = method === 'TVD' ? () => tvdOutcome(column, table) : () => (0,stattests/* testCategorical */.zm)(method, table);
        return finish(base, refusing(column.name, options, test), threshold, true);
    }
    if (column.current.sketch)
        return testSketchedColumn(column, chosen, options, minSample, profile);
    const ref = column.reference.numbers.view();
    const cur = column.current.numbers.view();
    const refCount = column.reference.count ?? ref.length;
    const base = { column: column.name, type: kind, reference_size: refCount, current_size: cur.length };
    if (ref.length === 0)
        throw new errors/* DhowError */.Bp('invalid-input', 'the reference has no numeric values in this column', { file: options.reference, field: column.name });
    // empirical_mmd permutes the rows in file order: keep that order before sorting.
    let inOrder;
    if (chosen.method === 'empirical_mmd') {
        if (profile)
            throw new errors/* DhowError */.Bp('usage', ROWS_NEEDED('empirical_mmd'), { file: options.reference, field: column.name });
        inOrder = [ref.slice(), cur.slice()];
    }
    (0,sort/* sortFloat64 */.f)(ref);
    (0,sort/* sortFloat64 */.f)(cur);
    const distinct = (0,stattests/* distinctSortedUnion */.r2)(ref, cur, 6);
    const method = chosen.method ?? (0,stattests/* defaultMethod */.lL)(kind, refCount, distinct);
    const threshold = chosen.threshold ?? stattests/* THRESHOLDS */.Rm[method];
    if (cur.length < Math.max(1, minSample))
        return { ...base, method, score: null, threshold, drifted: false, inconclusive: true, exact: true };
    const outcome = refusing(column.name, options, () => inOrder ? mmdOutcome(inOrder[0], inOrder[1], ref, cur) : (0,stattests/* testNumerical */.rD)(method, ref, cur, column.reference.std, refCount));
    return finish(base, outcome, threshold, !(profile && column.reference.exact === false));
}
/** TVD on the rows in order, as indexes into the table's sorted keys. */
function tvdOutcome(column, table) {
    const keyOf = new Map(table.keys.map((k, i) => [k, i]));
    const values = column.interner.values;
    const indexes = (ids) => Int32Array.from(ids ?? [], (id) => keyOf.get(values[id]));
    const score = tvdTest(indexes(column.reference.order), indexes(column.current.order), table.keys.length);
    return { method: 'TVD', score, exact: true, shares: (0,stattests/* valueShares */.Gl)(table) };
}
/** empirical_mmd on the rows in order; the chart's shares from the sorted samples, as for the other tests. */
function mmdOutcome(reference, current, sortedRef, sortedCur) {
    const { pvalue } = empiricalMmd(reference, current);
    let shares;
    return {
        method: 'empirical_mmd',
        score: pvalue,
        exact: true,
        get shares() {
            return (shares ??= (0,stattests/* numericChartShares */.SQ)(sortedRef, sortedCur));
        },
    };
}
/**
 * A text column: Evidently's text-content drift, perc_text_content_drift by default (abs_ when the reference holds
 * more than 1000 texts, as _get_default_stattest chooses), on the texts that are not missing.
 */
function testTextColumn(column, reference, current, options, minSample, names) {
    const chosen = (0,choice/* chooseTest */.YF)(column, 'text', options, {
        method: names.method,
        methodFor: names.methodFor,
        methodByKind: { numerical: names.numMethod, categorical: names.catMethod, text: names.textMethod },
        columnType: names.columnType,
    });
    const method = (chosen.method ?? (reference.length > 1000 ? 'abs_text_content_drift' : 'perc_text_content_drift'));
    const threshold = chosen.threshold ?? stattests/* THRESHOLDS */.Rm[method];
    const sizes = { reference_size: reference.length, current_size: current.length };
    if (reference.length === 0)
        throw new errors/* DhowError */.Bp('invalid-input', 'the reference has no texts in this column', { file: options.reference, field: column });
    if (current.length < Math.max(1, minSample)) {
        return { column, type: 'text', method, score: null, threshold, drifted: false, inconclusive: true, exact: true, ...sizes };
    }
    try {
        const outcome = (0,text_content/* textContentDrift */.Kt)(reference, current, method, threshold);
        const classifier = { train_size: outcome.train_size, test_size: outcome.test_size, vocabulary_size: outcome.vocabulary_size };
        return {
            ...{ column, type: 'text', method, score: outcome.score, threshold, drifted: outcome.drifted, inconclusive: false, exact: true, ...sizes },
            domain_classifier: outcome.random_auc_quantile === undefined ? classifier : { ...classifier, random_auc_quantile: outcome.random_auc_quantile },
        };
    }
    catch (error) {
        if (error instanceof text_content/* TextDriftRefused */.TQ)
            throw new errors/* DhowError */.Bp('invalid-input', error.message, { file: options.current, field: column });
        throw error;
    }
}
/** Sketch mode: every numerical column of the current data gets a sketch over the reference's range. */
function addSketches(columns) {
    for (const column of columns.values()) {
        if (column.kind !== 'numerical')
            continue;
        const ref = column.reference.numbers.view();
        let lo = Infinity;
        let hi = -Infinity;
        for (let i = 0; i < ref.length; i++) {
            const v = ref[i];
            if (v < lo)
                lo = v;
            if (v > hi)
                hi = v;
        }
        column.current.sketch = ref.length > 0 ? new NumericSketch(lo, hi) : new NumericSketch(0, 1);
    }
}
function testSketchedColumn(column, chosen, options, minSample, profile) {
    const sketch = column.current.sketch;
    const ref = (0,sort/* sortFloat64 */.f)(column.reference.numbers.view());
    const refCount = column.reference.count ?? ref.length;
    const base = { column: column.name, type: column.kind, reference_size: refCount, current_size: sketch.count };
    if (ref.length === 0)
        throw new errors/* DhowError */.Bp('invalid-input', 'the reference has no numeric values in this column', { file: options.reference, field: column.name });
    const reference = weightedFromSorted(ref);
    reference.total = refCount;
    if (refCount !== ref.length) {
        // A profile's synthesized sample stands for refCount values.
        const scale = refCount / ref.length;
        for (let i = 0; i < reference.weights.length; i++)
            reference.weights[i] = reference.weights[i] * scale;
        reference.exact = false;
    }
    const current = sketch.points();
    if (chosen.method !== undefined && !SKETCH_METHODS.includes(chosen.method)) {
        throw new errors/* DhowError */.Bp('usage', `${chosen.method} needs every current value; with --sketch only ${SKETCH_METHODS.join(', ')} can test a numerical column`, {
            field: column.name,
        });
    }
    const method = chosen.method ?? (current.total === 0 ? (0,stattests/* defaultMethod */.lL)('numerical', refCount, 6) : weightedDefaultMethod(reference, current));
    const threshold = chosen.threshold ?? stattests/* THRESHOLDS */.Rm[method];
    if (sketch.count < Math.max(1, minSample))
        return { ...base, method, score: null, threshold, drifted: false, inconclusive: true, exact: true };
    const outcome = testWeighted(method, reference, current, column.reference.std ?? (0,stattests/* populationStd */.Ts)(ref));
    return finish(base, outcome, threshold, outcome.exactData && !(profile && column.reference.exact === false));
}
/** What a sketch of the current data can be tested with when named (testWeighted; chisquare and z only by default). */
const SKETCH_METHODS = ['ks', 'wasserstein', 'jensenshannon', 'psi'];
/** A test that refuses the data (as scipy or Evidently would raise) becomes a DhowError naming the column. */
function refusing(column, options, test) {
    try {
        return test();
    }
    catch (error) {
        if (error instanceof refused/* RefusedData */.n)
            throw new errors/* DhowError */.Bp('invalid-input', error.message, { file: options.current, field: column });
        throw error;
    }
}
function finish(base, outcome, threshold, exact) {
    const drifted = (0,stattests/* isDrift */._K)(outcome.method, outcome.score, threshold);
    const result = {
        ...base,
        method: outcome.method,
        score: outcome.score,
        threshold,
        drifted,
        inconclusive: false,
        exact: exact && outcome.exact,
    };
    if (drifted)
        result.distribution = chartData(outcome.shares);
    return result;
}
/** At most 30 bars: the largest shares (categorical) or merged neighbouring bins (numerical). */
function chartData(shares) {
    const n = shares.labels.length;
    const limit = 30;
    if (n <= limit)
        return { labels: shares.labels, reference: [...shares.reference], current: [...shares.current] };
    if (!shares.edges) {
        const order = [...Array(n).keys()]
            .sort((a, b) => Math.max(shares.reference[b], shares.current[b]) - Math.max(shares.reference[a], shares.current[a]))
            .slice(0, limit - 1);
        const labels = order.map((i) => shares.labels[i]);
        const reference = order.map((i) => shares.reference[i]);
        const current = order.map((i) => shares.current[i]);
        labels.push('(other)');
        reference.push(1 - reference.reduce((a, b) => a + b, 0));
        current.push(1 - current.reduce((a, b) => a + b, 0));
        return { labels, reference, current };
    }
    const group = Math.ceil(n / limit);
    const labels = [];
    const reference = [];
    const current = [];
    for (let i = 0; i < n; i += group) {
        labels.push(shares.labels[i]);
        let r = 0;
        let c = 0;
        for (let k = i; k < Math.min(n, i + group); k++) {
            r += shares.reference[k];
            c += shares.current[k];
        }
        reference.push(r);
        current.push(c);
    }
    return { labels, reference, current };
}
function frequencyTable(column) {
    const values = column.interner.values;
    const ids = [...values.keys()].sort((a, b) => (values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : 0));
    const reference = new Float64Array(ids.length);
    const current = new Float64Array(ids.length);
    let rt = 0;
    let ct = 0;
    ids.forEach((id, k) => {
        reference[k] = column.reference.counts[id] ?? 0;
        current[k] = column.current.counts[id] ?? 0;
        rt += reference[k];
        ct += current[k];
    });
    return { keys: ids.map((id) => values[id]), reference, current, referenceTotal: rt, currentTotal: ct };
}


/***/ }),

/***/ 44201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ renderDriftMarkdown),
/* harmony export */   y: () => (/* binding */ formatScore)
/* harmony export */ });
/* harmony import */ var _stattests_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16272);
/* harmony import */ var _text_content_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39473);


function renderDriftMarkdown(result) {
    const lines = [];
    const verdict = result.inconclusive ? 'inconclusive' : result.dataset_drift ? 'detected' : 'not detected';
    const icon = result.inconclusive ? '⚪' : result.dataset_drift ? '🔴' : '🟢';
    lines.push(`## ${icon} Data drift ${verdict}`, '');
    const decided = result.columns.filter((c) => !c.inconclusive).length;
    lines.push(`**${result.drifted_columns} of ${result.columns.length} columns drifted (${percent(result.share)})**; the data set drifts when the share reaches ${percent(result.drift_share)}.` +
        (decided < result.columns.length ? ` ${result.columns.length - decided} column(s) had too few current values to decide.` : ''), '', `Reference: \`${escapeCode(result.reference.file)}\` (${result.reference.rows} rows${result.reference.profile ? ', profile' : ''}) · Current: \`${escapeCode(result.current.file)}\` (${result.current.rows} rows)`, '', '| Column | Type | Method | Score | Threshold | Drifted |', '|---|---|---|---:|---:|:---:|');
    for (const c of result.columns) {
        const drifted = c.inconclusive ? 'inconclusive' : c.drifted ? '**yes**' : 'no';
        const score = c.score === null ? '—' : formatScore(c.score) + (c.exact ? '' : ' ≈');
        lines.push(`| ${escapeCell(c.column)} | ${c.type} | ${c.method} | ${score} | ${c.threshold} | ${drifted} |`);
    }
    const textNotes = result.columns.flatMap((c) => (0,_text_content_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTextScore */ .ln)(c) ?? []);
    if (textNotes.length > 0)
        lines.push('', ...textNotes.map((note) => `- ${escapeCell(note)}`));
    if (result.approximate_methods.length > 0) {
        lines.push('', `≈ approximate (${result.approximate_methods.join(', ')}): computed from a sketch (a reference profile's quantiles or the current data folded in sketch mode), not from every value.`);
    }
    lines.push(...dataQualityMarkdown(result));
    for (const c of result.columns.filter((x) => x.drifted && x.distribution))
        lines.push('', ...chart(c));
    lines.push('');
    return lines.join('\n');
}
/** The data-quality section: only columns with unparsable values, and only when there are some. */
function dataQualityMarkdown(result) {
    const q = result.data_quality;
    const bad = q.columns.filter((c) => c.invalid > 0);
    if (bad.length === 0)
        return [];
    const lines = [
        '',
        `### ${q.failed ? '🟠 Data quality check failed' : 'Data quality'}: ${q.invalid_values} value(s) of the current data are not numbers`,
        '',
        `Not counted as drift: these values are left out of the tests above. A column fails when more than ${percent(q.max_invalid_share)} of its rows hold one.`,
        '',
        '| Column | Invalid values | Share of rows | Failed |',
        '|---|---:|---:|:---:|',
    ];
    for (const c of bad)
        lines.push(`| ${escapeCell(c.column)} | ${c.invalid} | ${percent(c.share, 2)} | ${c.failed ? '**yes**' : 'no'} |`);
    return lines;
}
function chart(c) {
    const d = c.distribution;
    const ref = d.reference.map((v) => round(v * 100));
    const cur = d.current.map((v) => round(v * 100));
    const top = Math.min(100, Math.ceil(Math.max(1, ...ref, ...cur) / 5) * 5);
    const comparison = _stattests_js__WEBPACK_IMPORTED_MODULE_0__/* .METHOD_RULES */ .Qf[c.method].score;
    return [
        `### \`${escapeCode(c.column)}\`: ${c.method} ${comparison} ${formatScore(c.score)} (threshold ${c.threshold})`,
        '',
        'Bars: reference, line: current (percent of values per ' +
            (c.type === 'numerical' && d.labels.length > 0 && !Number.isNaN(Number(d.labels[0])) ? 'bin or value' : 'value') +
            ').',
        '',
        '```mermaid',
        'xychart-beta',
        `    title "${mermaidText(c.column)}: reference vs current"`,
        `    x-axis [${d.labels.map((l) => `"${mermaidText(l)}"`).join(', ')}]`,
        `    y-axis "percent" 0 --> ${top}`,
        `    bar [${ref.join(', ')}]`,
        `    line [${cur.join(', ')}]`,
        '```',
    ];
}
function round(x) {
    return Math.round(x * 100) / 100;
}
function percent(x, decimals = 1) {
    const scale = 10 ** decimals;
    return `${Math.round(x * 100 * scale) / scale}%`;
}
function formatScore(x) {
    if (x === 0)
        return '0';
    if (Math.abs(x) < 1e-4)
        return x.toExponential(2);
    return String(Math.round(x * 1e4) / 1e4);
}
function mermaidText(s) {
    return s.replace(/["\n\r`]/g, "'").slice(0, 40);
}
function escapeCell(s) {
    return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function escapeCode(s) {
    return s.replace(/`/g, "'");
}


/***/ }),

/***/ 13654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ jsonLogger)
/* harmony export */ });
function jsonLogger(stream = process.stderr, options = {}) {
    const event = (level, msg, fields = {}) => {
        if (level === 'debug' && !options.verbose)
            return;
        const record = { time: new Date().toISOString(), level, msg };
        if (options.component)
            record.component = options.component;
        for (const [key, value] of Object.entries(fields))
            if (value !== undefined)
                record[key] = value;
        stream.write(`${JSON.stringify(record)}\n`);
    };
    return {
        event,
        debug: (m) => event('debug', m),
        info: (m) => event('info', m),
        warning: (m) => event('warning', m),
        error: (m) => event('error', m),
        group: async (name, fn) => {
            event('info', name);
            return fn();
        },
    };
}


/***/ })

};
