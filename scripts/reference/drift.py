"""Reference values for `dhow drift`, from scipy and numpy, following Evidently's stattest constructions.

Run with Debian's python3 (python3-scipy, python3-numpy, python3-pandas):
    /usr/bin/python3 scripts/reference/drift.py
Writes test/fixtures/reference/drift.json: each case holds its data (one column "x"), the method dhow is asked
for, and the score the reference implementation gives. Nothing here imports or mirrors dhow's code.

Constructions (Evidently's stattests, written out here from their published source and docs):
  ks            scipy.stats.ks_2samp(ref, cur) (method='auto'); drift when p <= threshold
  chisquare     keys = distinct values of both sides; f_exp = ref_count * len(cur)/len(ref);
                scipy.stats.chisquare(f_obs=cur_count, f_exp); drift when p < threshold
  z             two-proportion z-test of "value != first key" (the statistic's absolute value does not depend
                on which key is first when there are two values); p = 2 * (1 - norm.cdf(|z|)); p = 1 when both
                sides hold the same single value
  wasserstein   scipy.stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001); drift when >= threshold
  jensenshannon scipy.spatial.distance.jensenshannon(p_ref, p_cur) (natural log) over get_binned_data without
                zero filling; drift when >= threshold
  psi           sum((p_ref - p_cur) * ln(p_ref / p_cur)) over get_binned_data with zero filling
get_binned_data: numerical columns with more than 20 distinct reference values use
np.histogram_bin_edges(concat(ref, cur), bins='sturges') and np.histogram counts / len; otherwise (and for
categorical columns) value counts over the union of distinct values / len.

Version note: these values come from numpy 1.24 (Debian 12). Newer numpy's histogram_bin_edges floors the
automatic bin width at 1 for integer-dtype data (`if np.issubdtype(a.dtype, np.integer) and width < 1`), which
numpy 1.24 does not; dhow bins as numpy 1.24 does. The two differ only for a numerical column held as integers
by pandas whose range is below log2(rows) + 1 while it has more than 20 distinct reference values, i.e. data
sets of at least 2^19 rows (for example hour-of-day 0..23 from about 2^22 rows): binned jensenshannon/psi there
differ from Evidently running on such a numpy.
"""
import json
import math
import os
import warnings

import numpy as np
import scipy
from scipy import stats
from scipy.spatial import distance

rng = np.random.default_rng(20261122)
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'fixtures', 'reference', 'drift.json')
THRESHOLDS = {'ks': 0.05, 'chisquare': 0.05, 'z': 0.05, 'wasserstein': 0.1, 'jensenshannon': 0.1, 'psi': 0.1}


def counts(values, keys):
    c = {k: 0 for k in keys}
    for v in values:
        c[v] += 1
    return np.array([c[k] for k in keys], dtype=float)


def binned(ref, cur, kind, fill):
    ref_a = np.asarray(ref)
    cur_a = np.asarray(cur)
    if kind == 'numerical' and len(set(ref)) > 20:
        edges = np.histogram_bin_edges(np.concatenate([ref_a, cur_a]), bins='sturges')
        p = np.histogram(ref_a, edges)[0] / len(ref_a)
        q = np.histogram(cur_a, edges)[0] / len(cur_a)
    else:
        keys = sorted(set(ref) | set(cur), key=str)
        p = counts(ref, keys) / len(ref)
        q = counts(cur, keys) / len(cur)
    if fill:
        for arr in (p, q):
            m = arr[arr != 0].min()
            np.place(arr, arr == 0, m / 10**6 if m <= 0.0001 else 0.0001)
    return p, q


def score(method, ref, cur, kind):
    if method == 'ks':
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            r = stats.ks_2samp(ref, cur)  # method='auto'
        fell_back = any('Switching to method=asymp' in str(w.message) for w in caught)
        return float(r.pvalue), ('exact' if max(len(ref), len(cur)) <= 10000 and not fell_back else 'asymp')
    if method == 'chisquare':
        keys = sorted(set(ref) | set(cur), key=str)
        k_norm = len(cur) / len(ref)
        f_exp = counts(ref, keys) * k_norm
        f_obs = counts(cur, keys)
        return float(stats.chisquare(f_obs, f_exp)[1]), None
    if method == 'z':
        if len(set(ref)) == 1 and len(set(cur)) == 1 and set(ref) == set(cur):
            return 1.0, None
        keys = sorted(set(ref) | set(cur), key=str)
        assert len(keys) == 2, 'the z case is only order-free with two values'
        first = keys[0]
        n1, n2 = len(ref), len(cur)
        p1 = sum(1 for v in ref if v != first) / n1
        p2 = sum(1 for v in cur if v != first) / n2
        pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
        z = (p1 - p2) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
        return float(2 * (1 - stats.norm.cdf(abs(z)))), None
    if method == 'wasserstein':
        return float(stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)), None
    if method == 'jensenshannon':
        p, q = binned(ref, cur, kind, fill=False)
        return float(distance.jensenshannon(p, q)), None
    if method == 'psi':
        p, q = binned(ref, cur, kind, fill=True)
        return float(np.sum((p - q) * np.log(p / q))), None
    raise ValueError(method)


def drifted(method, s):
    t = THRESHOLDS[method]
    if method == 'ks':
        return s <= t
    if method in ('chisquare', 'z'):
        return s < t
    return s >= t


def default_method(ref, cur, kind):
    """Evidently's _get_default_stattest."""
    n_values = len(set(ref) | set(cur))
    if len(ref) <= 1000:
        if kind == 'numerical':
            return ('chisquare' if n_values > 2 else 'z') if n_values <= 5 else 'ks'
        return 'chisquare' if n_values > 2 else 'z'
    if kind == 'numerical':
        return 'jensenshannon' if n_values <= 5 else 'wasserstein'
    return 'jensenshannon'


def num(a, decimals):
    return [float(v) for v in np.round(np.asarray(a, dtype=float), decimals)]


def ints(a):
    return [int(v) for v in a]


cases = []


def case(name, kind, ref, cur, method=None):
    chosen = method or default_method(ref, cur, kind)
    s, ks_method = score(chosen, ref, cur, kind)
    expected = {'method': chosen, 'score': s, 'drifted': bool(drifted(chosen, s)), 'reference_size': len(ref), 'current_size': len(cur)}
    if ks_method:
        expected['ks_method'] = ks_method
    cases.append({'name': name, 'column_type': kind, 'method': method, 'reference': ref, 'current': cur, 'expected': expected})


# --- ks: exact regime (both sizes <= 10000), unequal sizes, ties, and the asymptotic regime.
case('ks exact, small unequal sizes', 'numerical', num(rng.normal(0, 1, 40), 4), num(rng.normal(0.6, 1, 31), 4), 'ks')
case('ks exact, no drift', 'numerical', num(rng.normal(0, 1, 200), 4), num(rng.normal(0, 1, 150), 4), 'ks')
case('ks exact, many ties (integers 0..9)', 'numerical', ints(rng.integers(0, 10, 300)), ints(rng.integers(0, 11, 170)), 'ks')
case('ks exact, equal sizes with ties', 'numerical', num(rng.normal(0, 1, 60), 1), num(rng.normal(0.2, 1, 60), 1), 'ks')
case('ks exact, sizes 997 and 1000', 'numerical', num(rng.exponential(1, 997), 3), num(rng.exponential(1.1, 1000), 3), 'ks')
case('ks exact, equal sizes at the 10000 limit', 'numerical', num(rng.normal(0, 1, 10000), 3), num(rng.normal(0.05, 1, 10000), 3), 'ks')
case('ks exact, 9000 against 1500, tiny p-value', 'numerical', num(rng.normal(0, 1, 9000), 3), num(rng.normal(0.5, 1, 1500), 3), 'ks')
case('ks exact, 600 against 500, p-value near 1e-136', 'numerical', num(rng.normal(0, 1, 600), 3), num(rng.normal(2, 1, 500), 3), 'ks')
case('ks exact, complete separation of 5 and 7 values', 'numerical', [1.0, 2.0, 3.0, 4.0, 5.0], [6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0], 'ks')
case('ks exact, identical samples', 'numerical', [1.5, 2.5, 2.5, 3.5] * 10, [1.5, 2.5, 2.5, 3.5] * 10, 'ks')
case('ks exact, one reference value against 50', 'numerical', [0.25], num(rng.normal(0, 1, 50), 2), 'ks')
case('ks exact, 2 against 3 values', 'numerical', [0.5, 1.5], [6.0, 7.0, 8.0], 'ks')
case('ks exact, 30 against 5000', 'numerical', num(rng.normal(0, 1, 30), 2), num(rng.normal(0.3, 1, 5000), 2), 'ks')
case('ks asymptotic, 10001 against 400', 'numerical', num(rng.normal(0, 1, 10001), 2), num(rng.normal(0.1, 1, 400), 2), 'ks')
case('ks asymptotic, 10050 against 10020 with ties', 'numerical', ints(rng.integers(0, 50, 10050)), ints(rng.integers(0, 51, 10020)), 'ks')
# --- chisquare on categories and on a few numbers; a category only in the current data.
case('chisquare, four categories', 'categorical', list(rng.choice(['a', 'b', 'c', 'd'], 300, p=[0.4, 0.3, 0.2, 0.1])), list(rng.choice(['a', 'b', 'c', 'd'], 250, p=[0.35, 0.3, 0.2, 0.15])), 'chisquare')
case('chisquare, three numbers', 'numerical', ints(rng.integers(1, 4, 500)), ints(rng.choice([1, 2, 3], 90, p=[0.2, 0.3, 0.5])))  # Evidently's default picks chisquare; naming it on numbers is refused
case('chisquare, a reference category absent from the current data', 'categorical', list(rng.choice(['x', 'y', 'z'], 120)), list(rng.choice(['x', 'y'], 80)), 'chisquare')
case('chisquare, a category only in the current data (p = 0)', 'categorical', list(rng.choice(['x', 'y'], 100)), list(rng.choice(['x', 'y', 'new'], 60)), 'chisquare')
# --- z on two values, unequal sizes.
case('z, two categories', 'categorical', list(rng.choice(['no', 'yes'], 400, p=[0.7, 0.3])), list(rng.choice(['no', 'yes'], 130, p=[0.6, 0.4])), 'z')
case('z, two numbers, no drift', 'numerical', ints(rng.integers(0, 2, 800)), ints(rng.integers(0, 2, 300)))  # the default picks z; naming it on numbers is refused
case('z, one value on both sides', 'categorical', ['k'] * 50, ['k'] * 40, 'z')
# --- wasserstein, normed by the reference's population std (and its 0.001 floor).
case('wasserstein, shifted normal', 'numerical', num(rng.normal(10, 2, 1500), 3), num(rng.normal(10.4, 2.2, 900), 3), 'wasserstein')
case('wasserstein, skewed with ties', 'numerical', num(rng.lognormal(0, 0.7, 600), 1), num(rng.lognormal(0.1, 0.7, 333), 1), 'wasserstein')
case('wasserstein, constant reference (std floor 0.001)', 'numerical', [5.0] * 40, num(5 + rng.normal(0, 0.002, 35), 5), 'wasserstein')
# --- jensenshannon and psi, binned (Sturges over both sides) and per value.
case('jensenshannon, binned numerical', 'numerical', num(rng.normal(0, 1, 2000), 3), num(rng.normal(0.3, 1.2, 1200), 3), 'jensenshannon')
case('jensenshannon, few numbers per value', 'numerical', ints(rng.integers(0, 6, 700)), ints(rng.integers(0, 7, 300)), 'jensenshannon')
case('jensenshannon, categories with one missing on a side', 'categorical', list(rng.choice(['p', 'q', 'r', 's'], 500)), list(rng.choice(['p', 'q', 'r'], 200)), 'jensenshannon')
case('psi, binned numerical with empty bins', 'numerical', num(rng.normal(0, 1, 1000), 3), num(rng.normal(1.5, 0.5, 800), 3), 'psi')
case('psi, categories with one missing on a side (zero fill 0.0001)', 'categorical', list(rng.choice(['p', 'q', 'r', 's'], 500)), list(rng.choice(['p', 'q', 'r'], 300)), 'psi')
case('psi, rare share below 0.0001 (zero fill min/10^6)', 'categorical', ['a'] * 12000 + ['b'] * 1, ['a'] * 60 + ['c'] * 3, 'psi')
case('psi, few numbers per value', 'numerical', ints(rng.integers(0, 8, 400)), ints(rng.integers(2, 8, 150)), 'psi')
case('psi, current outside the reference range', 'numerical', num(rng.uniform(0, 10, 300), 2), num(rng.uniform(5, 15, 200), 2), 'psi')
case('jensenshannon, 21 distinct reference values (binned)', 'numerical', ints(rng.integers(0, 21, 500)), ints(rng.integers(0, 25, 300)), 'jensenshannon')
case('jensenshannon, 20 distinct reference values (per value)', 'numerical', ints(rng.integers(0, 20, 500)), ints(rng.integers(0, 25, 300)), 'jensenshannon')
case('psi, 21 distinct reference values (binned)', 'numerical', ints(rng.integers(0, 21, 500)), ints(rng.integers(3, 25, 300)), 'psi')
case('wasserstein, negative values and unequal sizes', 'numerical', num(rng.normal(-50, 7, 777), 2), num(rng.normal(-48, 9, 123), 2), 'wasserstein')
# --- Evidently's default choice of test.
case('default: small numerical with many values is ks', 'numerical', num(rng.normal(0, 1, 300), 3), num(rng.normal(0, 1, 100), 3))
case('default: small numerical with three values is chisquare', 'numerical', ints(rng.integers(0, 3, 200)), ints(rng.integers(0, 3, 100)))
case('default: small categorical with two values is z', 'categorical', list(rng.choice(['m', 'f'], 300)), list(rng.choice(['m', 'f'], 100)))
case('default: large numerical is wasserstein', 'numerical', num(rng.gamma(2, 2, 1200), 3), num(rng.gamma(2, 2.3, 500), 3))
case('default: large numerical with four values is jensenshannon', 'numerical', ints(rng.integers(0, 4, 1100)), ints(rng.integers(0, 4, 400)))
case('default: large categorical is jensenshannon', 'categorical', list(rng.choice(['u', 'v', 'w', 'x', 'y'], 1500)), list(rng.choice(['u', 'v', 'w', 'x', 'y'], 600, p=[0.3, 0.1, 0.2, 0.2, 0.2])))

# A whole data set: Evidently's dataset drift is share = drifted columns / columns, drift when share >= 0.5.
datasets = []
n_ref, n_cur = 400, 250
columns = {
    'age': ('numerical', num(rng.normal(40, 10, n_ref), 1), num(rng.normal(46, 10, n_cur), 1)),
    'income': ('numerical', num(rng.lognormal(10, 0.5, n_ref), 0), num(rng.lognormal(10, 0.5, n_cur), 0)),
    'plan': ('categorical', list(rng.choice(['basic', 'plus', 'pro'], n_ref, p=[0.5, 0.3, 0.2])), list(rng.choice(['basic', 'plus', 'pro'], n_cur, p=[0.3, 0.3, 0.4]))),
    'churned': ('categorical', list(rng.choice(['no', 'yes'], n_ref, p=[0.8, 0.2])), list(rng.choice(['no', 'yes'], n_cur, p=[0.78, 0.22]))),
    'visits': ('numerical', ints(rng.integers(0, 3, n_ref)), ints(rng.integers(0, 3, n_cur))),
}
expected_columns = {}
for name, (kind, ref, cur) in columns.items():
    m = default_method(ref, cur, kind)
    sc, _ = score(m, ref, cur, kind)
    expected_columns[name] = {'method': m, 'score': sc, 'drifted': bool(drifted(m, sc))}
n_drifted = sum(1 for c in expected_columns.values() if c['drifted'])
datasets.append({
    'name': 'five columns, Evidently defaults, drift share 0.5',
    'columns': {name: {'column_type': kind, 'reference': [str(v) for v in ref] if kind == 'categorical' else ref, 'current': [str(v) for v in cur] if kind == 'categorical' else cur} for name, (kind, ref, cur) in columns.items()},
    'expected': {'columns': expected_columns, 'drifted_columns': n_drifted, 'share': n_drifted / len(columns), 'dataset_drift': n_drifted / len(columns) >= 0.5},
})

for c in cases:
    for side in ('reference', 'current'):
        c[side] = [str(v) if c['column_type'] == 'categorical' else v for v in c[side]]

with open(OUT, 'w') as f:
    json.dump({'generated_by': 'scripts/reference/drift.py', 'scipy': scipy.__version__, 'numpy': np.__version__, 'cases': cases, 'datasets': datasets}, f, separators=(',', ':'))
    f.write('\n')
print(f'{len(cases)} drift cases -> {os.path.normpath(OUT)}')
