export const id = 8892;
export const ids = [8892];
export const modules = {

/***/ 28892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/atomic-directory.ts
var atomic_directory = __webpack_require__(87728);
// EXTERNAL MODULE: ./src/evidence/snapshot.ts
var evidence_snapshot = __webpack_require__(90769);
// EXTERNAL MODULE: ./src/evidence/audit.ts
var audit = __webpack_require__(51178);
// EXTERNAL MODULE: ./src/evidence/register.ts
var evidence_register = __webpack_require__(68788);
// EXTERNAL MODULE: ./src/evidence/time.ts
var time = __webpack_require__(49148);
// EXTERNAL MODULE: ./src/forge/forge.ts
var forge = __webpack_require__(76576);
// EXTERNAL MODULE: ./src/registry/gate-evidence.ts
var gate_evidence = __webpack_require__(25004);
// EXTERNAL MODULE: ./src/registry/paths.ts
var paths = __webpack_require__(143);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/site/html.ts
/**
 * The HTML pieces every page of the site shares: escaping, direction of text (Arabic script renders
 * right-to-left, the rest left-to-right), and the page shell with its landmarks, inline style and a
 * Content-Security-Policy that lets no request leave the page (no CDN, no fonts, no images from anywhere).
 */

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
/** Arabic script blocks: Arabic, Supplement, Extended-A/B, Presentation Forms A and B. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u089F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN_OR_ARABIC_LETTER = /[A-Za-z\u00C0-\u024F\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
/** True when most letters of `text` are Arabic script (a Latin model name in an Arabic sentence stays RTL). */
function isArabic(text) {
    const letters = text.match(LATIN_OR_ARABIC_LETTER) ?? [];
    if (letters.length === 0)
        return false;
    return letters.filter((c) => ARABIC.test(c)).length * 2 >= letters.length;
}
/** Text in an element whose direction and language follow its script. */
function html_text(value, tag = 'span') {
    if (value === null || value === undefined || value === '')
        return `<${tag} class="none">—</${tag}>`;
    const attrs = isArabic(value) ? ' dir="rtl" lang="ar"' : '';
    return `<${tag}${attrs}>${escapeHtml(value)}</${tag}>`;
}
const STYLE = `
:root{color-scheme:light;--fg:#1b1f24;--muted:#4d5560;--line:#d0d7de;--bg:#ffffff;--head:#0b3d5c;--accent:#0a5c8a;--ok:#0f6b2f;--bad:#a4161a;--warn:#7a4a00}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Naskh Arabic",Tahoma,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,[tabindex="0"]:focus-visible{outline:3px solid #c46a00;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:9}
header{background:var(--head);color:#fff;padding:10px 20px}header a{color:#fff}header nav ul{list-style:none;margin:0;padding:0;display:flex;gap:18px;flex-wrap:wrap}
main{padding:16px 20px;max-width:1200px}footer{padding:12px 20px;color:var(--muted);border-top:1px solid var(--line);font-size:13px}
table{border-collapse:collapse;margin:8px 0 20px;width:100%}th,td{border:1px solid var(--line);padding:4px 8px;text-align:start;vertical-align:top}th{background:#f3f5f7}
code{font-size:13px}.none{color:var(--muted)}.pass{color:var(--ok)}.fail{color:var(--bad)}.warn,.inconclusive{color:var(--warn)}
.held{color:var(--bad);font-weight:600}[dir=rtl]{font-family:"Noto Naskh Arabic","Geeza Pro",Tahoma,sans-serif}
time{white-space:nowrap}dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px}dt{font-weight:600}dd{margin:0}
th div{font-weight:normal;margin-top:2px}figure{margin:8px 0 16px}td.report span{white-space:pre-line}figure svg{max-width:100%;height:auto}.filters{display:flex;gap:12px;flex-wrap:wrap;margin:8px 0}
`;
/** A whole page. The CSP allows only this page's style and (by its hash) its own script. */
function renderPage(page) {
    const script = page.script ? `<script>${page.script}</script>` : '';
    const scriptSrc = page.script ? `'sha256-${(0,external_node_crypto_.createHash)('sha256').update(page.script).digest('base64')}'` : "'none'";
    const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${scriptSrc}; base-uri 'none'; form-action 'none'`;
    return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(page.title)} · dhow registry</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content · <span lang="ar" dir="rtl">تخطَّ إلى المحتوى</span></a>
<header><nav aria-label="Site · الموقع"><ul>
<li><a href="${page.root}index.html">Overview · <span lang="ar" dir="rtl">نظرة عامة</span></a></li>
<li><a href="${page.root}audit.html">Audit log · <span lang="ar" dir="rtl">سجل التدقيق</span></a></li>
</ul></nav></header>
<main id="main" tabindex="-1">
${page.body}
</main>
<footer>Generated by dhow from the registry's git history · <span lang="ar" dir="rtl">أُنشئ من سجل git للمستودع</span></footer>
${script}
</body>
</html>
`;
}

;// CONCATENATED MODULE: ./src/site/chart.ts

const WIDTH = 560;
const HEIGHT = 220;
// Colours with at least 3:1 contrast on white (WCAG 1.4.11, non-text contrast).
const PALETTE = ['#0a5c8a', '#a4161a', '#0f6b2f', '#7a4a00', '#5b2a86', '#1b1f24', '#8a3b12', '#2f4b7c'];
/** Imports ECharts (its core, the line chart and the SVG renderer only) and returns a renderer. */
async function loadChartRenderer() {
    const [echarts, { LineChart }, { GridComponent, LegendComponent }, { SVGRenderer }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(5419), __webpack_require__.e(3927), __webpack_require__.e(4885), __webpack_require__.e(435)]).then(__webpack_require__.bind(__webpack_require__, 80435)),
        Promise.all(/* import() */[__webpack_require__.e(5419), __webpack_require__.e(3927), __webpack_require__.e(7359), __webpack_require__.e(4885), __webpack_require__.e(7692)]).then(__webpack_require__.bind(__webpack_require__, 47692)),
        Promise.all(/* import() */[__webpack_require__.e(5419), __webpack_require__.e(3927), __webpack_require__.e(7359), __webpack_require__.e(4640)]).then(__webpack_require__.bind(__webpack_require__, 94640)),
        Promise.all(/* import() */[__webpack_require__.e(5419), __webpack_require__.e(2786)]).then(__webpack_require__.bind(__webpack_require__, 22786)),
    ]);
    echarts.use([LineChart, GridComponent, LegendComponent, SVGRenderer]);
    return (chart) => {
        const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
        try {
            instance.setOption({
                animation: false,
                color: PALETTE,
                textStyle: { fontFamily: 'system-ui, sans-serif', color: '#1b1f24' },
                grid: { left: 56, right: 16, top: 36, bottom: 28 },
                legend: { top: 4, textStyle: { color: '#1b1f24' } },
                xAxis: { type: 'category', data: chart.x, axisLabel: { color: '#4d5560' } },
                yAxis: { type: 'value', scale: true, axisLabel: { color: '#4d5560' } },
                series: chart.series.map((s) => ({
                    type: 'line',
                    name: s.name,
                    data: s.values,
                    silent: true,
                    // Points only where there are few; a line of thousands of markers says nothing more.
                    showSymbol: chart.x.length <= 40,
                    connectNulls: true,
                    ...(s.dashed ? { lineStyle: { type: 'dashed' }, step: 'middle' } : {}),
                })),
            });
            return withTextAlternative(instance.renderToSVGString(), chart);
        }
        finally {
            // Without it the instance keeps the process alive.
            instance.dispose();
        }
    };
}
/**
 * zrender numbers its ids and CSS classes per process (zr0-c0, zr1-cls-2): renamed per chart, numbered in
 * order of appearance, so the output depends on the snapshot alone.
 */
function withTextAlternative(svg, chart) {
    const prefix = `chart-${chart.id}-`;
    const renamed = new Map();
    const counts = new Map();
    // Focusable (tabindex), so a keyboard user reaches the chart and a screen reader reads its text alternative there.
    return svg
        .replace(/zr\d+-([a-z]+)-?(\d+)/g, (token, kind) => {
        let name = renamed.get(token);
        if (name === undefined) {
            const n = counts.get(kind) ?? 0;
            counts.set(kind, n + 1);
            renamed.set(token, (name = `${prefix}${kind}${n}`));
        }
        return name;
    })
        .replace(/^<svg /, `<svg role="img" tabindex="0" aria-label="${escapeHtml(chart.label)}" `)
        .replace(/^(<svg[^>]*>)/, `$1<title>${escapeHtml(chart.label)}</title>`);
}
const figure = (svg, caption) => `<figure>${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
const range = (values) => `between ${Math.min(...values)} and ${Math.max(...values)}`;
/** Metrics across versions (oldest first): one line per metric, on one chart. */
function metricsChart(render, versions, metrics) {
    const series = metrics
        .map((metric) => ({ name: metric, values: versions.map((v) => v.metrics[metric] ?? null) }))
        .filter((s) => s.values.filter((v) => v !== null).length >= 2);
    if (series.length === 0)
        return '';
    const words = series.map((s) => {
        const known = s.values.flatMap((v, i) => (v === null ? [] : [[versions[i].version, v]]));
        return `${s.name} from ${known[0][0]} (${known[0][1]}) to ${known.at(-1)[0]} (${known.at(-1)[1]}), ${range(known.map(([, v]) => v))}`;
    });
    const svg = render({
        id: 'metrics',
        caption: 'Metrics by version',
        label: `Metrics across ${versions.length} versions: ${words.join('; ')}`,
        x: versions.map((v) => v.version),
        series,
    });
    return `<h3>Metrics across versions · <span lang="ar" dir="rtl">المقاييس عبر الإصدارات</span></h3>${figure(svg, 'Metrics by version')}`;
}
/**
 * Per environment, each gate's measured value across versions against its threshold (dashed): what the
 * promotion in that environment was judged on. Gates without a number (residency) have no line.
 */
function gateCharts(render, versions, perEnvironment) {
    const charts = perEnvironment.flatMap(({ environment, results }) => {
        const keys = [...new Set(results.flatMap((r) => (r?.summary ?? []).filter((g) => g.value != null).map((g) => gateKey(g))))].sort();
        if (keys.length === 0)
            return [];
        const row = (r, key) => r?.summary.find((g) => gateKey(g) === key) ?? null;
        const series = keys.flatMap((key) => {
            const values = results.map((r) => row(r, key)?.value ?? null);
            const thresholds = results.map((r) => row(r, key)?.threshold ?? null);
            return [{ name: key, values }, ...(thresholds.some((t) => t !== null) ? [{ name: `${key} threshold`, values: thresholds, dashed: true }] : [])];
        });
        // In words: the first and last judged version, and which ones failed (not every point: 10,000 versions).
        const words = keys.map((key) => {
            const known = results.flatMap((r, i) => {
                const g = row(r, key);
                return g?.value != null ? [{ version: versions[i].version, g }] : [];
            });
            const say = ({ version, g }) => `${version} ${g.value}${g.threshold != null ? ` (threshold ${g.threshold}, ${g.verdict})` : ` (${g.verdict})`}`;
            const failed = known.filter((k) => k.g.verdict === 'fail').map((k) => k.version);
            // One version: its value once, not "from v3 … to v3 …" (a screen reader reads every word).
            const span = known.length === 1 ? say(known[0]) : `from ${say(known[0])} to ${say(known.at(-1))}`;
            return `${key} in ${known.length} version${known.length === 1 ? '' : 's'}, ${span}; ${failed.length ? `failed: ${failed.slice(0, 10).join(', ')}${failed.length > 10 ? ` and ${failed.length - 10} more` : ''}` : 'none failed'}`;
        });
        const caption = `Gate values against thresholds in ${environment}`;
        return [
            figure(render({ id: `gates-${environment}`, caption, label: `${caption}. ${words.join('; ')}`, x: versions.map((v) => v.version), series }), caption),
        ];
    });
    return charts.length ? `<h3>Gates against thresholds · <span lang="ar" dir="rtl">البوابات مقابل العتبات</span></h3>${charts.join('')}` : '';
}
/** A gate's line name: the gate, and its metric when the gate is named otherwise ("accuracy", "latency-p99 p99"). */
const gateKey = (g) => (g.metric && g.metric !== g.gate ? `${g.gate} ${g.metric}` : g.gate);

;// CONCATENATED MODULE: ./src/site/build.ts
/**
 * The registry dashboard: a static site built from a RegistrySnapshot by pure functions (the same builders
 * as the evidence pack), so it works offline, needs no server and gives the same bytes for the same commit.
 *
 *   index.html                      models × environments: version, since, by, approvers, holds, open requests
 *   models/<model>.html             versions with metrics, gates and lineage, a chart of metrics across
 *                                   versions (inline SVG), and the history of each environment
 *   environments/<environment>.html what runs there and its history
 *   audit.html                      every event of every model and environment, filterable
 *   site.json                       the commit it was built from (and the marker of dhow's output)
 */








const build_short = (digest) => digest.replace(/^sha256:/, '').slice(0, 12);
const code = (value) => `<code>${escapeHtml(value)}</code>`;
const commitCell = (sha) => `<code title="${escapeHtml(sha)}">${escapeHtml(sha.slice(0, 8))}</code>`;
/** Pure but for loading the chart library (once per build): the same snapshot gives the same files. */
async function buildSite(snapshot, options = {}) {
    const render = await loadChartRenderer();
    const files = new Map();
    const environments = snapshot.config.environments.map((env) => env.name);
    const trails = new Map();
    for (const model of snapshot.models)
        for (const env of model.environments)
            trails.set(`${model.name}/${env.environment}`, (0,audit/* buildAuditTrail */.gU)(model.name, env, undefined, (0,audit/* gateHistoriesOf */.L2)(model, env.environment)));
    files.set('index.html', overview(snapshot, environments, options.openRequests ?? []));
    for (const model of snapshot.models)
        files.set(`models/${model.name}.html`, modelPage(model, trails, render));
    for (const env of environments)
        files.set(`environments/${env}.html`, environmentPage(snapshot, env, trails));
    files.set('audit.html', auditPage(snapshot, [...trails.values()].flat()));
    files.set('site.json', `${JSON.stringify({ generator: 'dhow site', commit: snapshot.commit, models: snapshot.models.length }, null, 2)}\n`);
    return files;
}
function overview(snapshot, environments, open) {
    const register = (0,evidence_register/* buildRegister */.K)(snapshot);
    const byCell = new Map(register.map((r) => [`${r.model}/${r.environment}`, r]));
    const rows = snapshot.models.map((model) => {
        const cells = environments.map((env) => {
            const row = byCell.get(`${model.name}/${env}`);
            const release = model.environments.find((x) => x.environment === env)?.release;
            if (!row || !release)
                return `<td class="none" data-env="${escapeHtml(env)}">${row?.status === 'removed' ? 'removed' : '—'}</td>`;
            const holds = release.holds.length ? `<br><span class="held">held: ${release.holds.map((h) => escapeHtml(h.version)).join(', ')}</span>` : '';
            const rolled = release['revert-of'] ? `<br>reverted from ${escapeHtml(release['revert-of'])}` : '';
            const approvers = row.approvers ? `<br>approved by ${escapeHtml(row.approvers)}` : '';
            return `<td data-env="${escapeHtml(env)}"><strong class="version">${escapeHtml(release.version)}</strong> ${code(build_short(release.digest))}<br>since <time datetime="${escapeHtml((0,time/* utc */.n)(release['promoted-at']))}">${escapeHtml((0,time/* utc */.n)(release['promoted-at']))}</time> by ${escapeHtml(release['promoted-by'])}${approvers}${rolled}${holds}</td>`;
        });
        // A block of its own, so an Arabic description aligns to the right of its cell.
        const description = model.file.description ? html_text(model.file.description, 'div') : '';
        return `<tr data-model="${escapeHtml(model.name)}"><th scope="row"><a href="models/${escapeHtml(model.name)}.html">${escapeHtml(model.name)}</a>${description}</th>${cells.join('')}</tr>`;
    });
    const openRows = open.map((r) => `<tr><td>${r.url ? `<a href="${escapeHtml(r.url)}">#${escapeHtml(r.id)}</a>` : `#${escapeHtml(r.id)}`}</td><td>${html_text(r.title)}</td><td>${escapeHtml(r.author)}</td></tr>`);
    const body = `<h1>Model registry · <span lang="ar" dir="rtl">سجل النماذج</span></h1>
<p>Built from commit ${commitCell(snapshot.commit)}: ${snapshot.models.length} model${snapshot.models.length === 1 ? '' : 's'}, ${environments.length} environments.</p>
<section aria-labelledby="releases"><h2 id="releases">What runs where · <span lang="ar" dir="rtl">ما يعمل وأين</span></h2>
<table id="overview"><caption>Models by environment, in promotion order</caption>
<thead><tr><th scope="col">Model · <span lang="ar" dir="rtl">النموذج</span></th>${environments.map((env) => `<th scope="col"><a href="environments/${escapeHtml(env)}.html">${escapeHtml(env)}</a></th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></section>
<section aria-labelledby="open"><h2 id="open">Open promotion requests · <span lang="ar" dir="rtl">طلبات الترقية المفتوحة</span></h2>
${openRows.length ? `<table><thead><tr><th scope="col">Request</th><th scope="col">Title</th><th scope="col">Author</th></tr></thead><tbody>${openRows.join('')}</tbody></table>` : '<p>None.</p>'}
</section>`;
    return renderPage({ title: 'Overview', root: '', body });
}
function lineage(v) {
    const parts = [
        v.data.uri && `data ${code(v.data.uri)}${v.data.version ? ` (${escapeHtml(v.data.version)})` : ''}`,
        v.source.commit && `code ${code(v.source.commit.slice(0, 12))}${v.source.repository ? ` in ${escapeHtml(v.source.repository)}` : ''}`,
        v.source['run-url'] && `<a href="${escapeHtml(v.source['run-url'])}">training run</a>`,
        v.training.gpu && `GPU ${escapeHtml(`${v.training.gpu.count} × ${v.training.gpu.product ?? 'GPU'}`)}`,
        (v.training.region ?? v.region) && `region ${escapeHtml(v.training.region ?? v.region)}`,
    ].filter(Boolean);
    return parts.length ? parts.join('<br>') : '<span class="none">—</span>';
}
function historyTable(rows, withPlace) {
    if (rows.length === 0)
        return '<p>No history yet.</p>';
    const head = `<tr><th scope="col">When</th>${withPlace ? '<th scope="col">Model</th><th scope="col">Environment</th>' : ''}<th scope="col">Event</th><th scope="col">Version</th><th scope="col">Who</th><th scope="col">Request</th><th scope="col">Commit</th><th scope="col">Detail</th></tr>`;
    const body = rows.map((r) => `<tr data-event="${escapeHtml(r.event)}" data-model="${escapeHtml(r.model)}" data-env="${escapeHtml(r.environment)}"><td><time datetime="${escapeHtml(r.at)}">${escapeHtml(r.at)}</time></td>${withPlace ? `<td>${escapeHtml(r.model)}</td><td>${escapeHtml(r.environment)}</td>` : ''}<td>${escapeHtml(r.event)}</td><td>${escapeHtml(r.version ?? '')}</td><td>${html_text(r.actor)}</td><td>${r.request ? `#${escapeHtml(r.request)}` : ''}</td><td>${commitCell(r.commit)}</td><td>${html_text(r.detail)}</td></tr>`);
    return `<table><thead>${head}</thead><tbody>\n${body.join('\n')}\n</tbody></table>`;
}
function modelPage(model, trails, render) {
    const f = model.file;
    const metricNames = [...new Set(model.versions.flatMap((v) => Object.keys(v.metrics)))].sort();
    const environments = model.environments.map((x) => x.environment);
    const judged = model.versions.map((v) => (0,gate_evidence/* gateResultsByEnvironment */.k_)(environments, model.gates[v.version] ?? {}, v));
    const gateSeries = environments.map((environment) => ({
        environment,
        results: judged.map((perEnvironment) => perEnvironment.find((g) => g.environment === environment)?.results ?? null),
    }));
    const versionRows = [...model.versions].reverse().map((v) => {
        const where = model.environments.filter((x) => x.release?.version === v.version).map((x) => x.environment);
        const results = (r) => `<span class="${escapeHtml(r.verdict)}">${escapeHtml(r.verdict)}</span>${r.summary.map((g) => `<br>${escapeHtml(g.gate)}${g.metric ? ` ${escapeHtml(g.metric)}` : ''}: <span class="${escapeHtml(g.verdict)}">${escapeHtml(g.verdict)}</span>${g.value != null ? ` ${g.value}` : ''}${g.threshold != null ? ` (threshold ${g.threshold})` : ''}`).join('')}`;
        // Each environment's own evidence when the registry has gates/; an older registry's record once.
        const perEnvironment = (0,gate_evidence/* gateResultsByEnvironment */.k_)(model.environments.map((x) => x.environment), model.gates[v.version] ?? {}, v);
        const gates = perEnvironment.some((g) => g.source === 'evidence')
            ? perEnvironment
                .map((g) => `<div class="gates" data-env="${escapeHtml(g.environment)}"><strong>${escapeHtml(g.environment)}</strong>: ${results(g.results)}${g.attempts.length > 1 ? `<br><small>${g.attempts.length} attempts: ${g.attempts.map((a) => escapeHtml(a.verdict)).join(' → ')}</small>` : ''}${g.source === 'record' ? ' <small>(record)</small>' : ''}</div>`)
                .join('')
            : v.gates
                ? results(v.gates)
                : '<span class="none">—</span>';
        return `<tr id="version-${escapeHtml(v.version)}"><th scope="row">${escapeHtml(v.version)}</th><td><time datetime="${escapeHtml((0,time/* utc */.n)(v['created-at']))}">${escapeHtml((0,time/* utc */.n)(v['created-at']))}</time><br>${escapeHtml(v['created-by'])}</td><td>${code(build_short(v.artifact.digest))}</td>${metricNames.map((m) => `<td>${v.metrics[m] ?? ''}</td>`).join('')}<td>${gates}</td><td>${lineage(v)}</td><td>${where.map(escapeHtml).join(', ')}</td></tr>`;
    });
    const facts = [
        ['Owners · <span lang="ar" dir="rtl">المالكون</span>', f.owners.join(', ')],
        ['Contact · <span lang="ar" dir="rtl">جهة الاتصال</span>', f['owner-contact']],
        ['Risk tier · <span lang="ar" dir="rtl">فئة المخاطر</span>', f['risk-tier']],
        ['Task · <span lang="ar" dir="rtl">المهمة</span>', f.task],
        ['Purpose · <span lang="ar" dir="rtl">الغرض</span>', f.purpose],
        ['Limitations · <span lang="ar" dir="rtl">القيود</span>', f.limitations],
    ];
    const histories = model.environments
        .map((env) => `<section aria-labelledby="history-${escapeHtml(env.environment)}"><h3 id="history-${escapeHtml(env.environment)}">${escapeHtml(env.environment)}</h3>${historyTable(trails.get(`${model.name}/${env.environment}`) ?? [], false)}</section>`)
        .join('\n');
    const body = `<h1>${escapeHtml(model.name)}</h1>
${f.description ? html_text(f.description, 'p') : ''}
<dl>${facts.map(([k, v]) => `<dt>${k}</dt><dd>${html_text(v ?? null)}</dd>`).join('')}</dl>
<section aria-labelledby="versions"><h2 id="versions">Versions · <span lang="ar" dir="rtl">الإصدارات</span></h2>
<table><thead><tr><th scope="col">Version</th><th scope="col">Registered</th><th scope="col">Artifact</th>${metricNames.map((m) => `<th scope="col">${escapeHtml(m)}</th>`).join('')}<th scope="col">Gates</th><th scope="col">Lineage</th><th scope="col">Runs in</th></tr></thead>
<tbody>
${versionRows.join('\n')}
</tbody></table>
${metricsChart(render, model.versions, metricNames)}
${gateCharts(render, model.versions, gateSeries)}
</section>
<section aria-labelledby="history"><h2 id="history">History by environment · <span lang="ar" dir="rtl">السجل حسب البيئة</span></h2>
${histories}
</section>${driftSection(model)}`;
    return renderPage({ title: model.name, root: '../', body });
}
/** A commit body without its trailer paragraph: what a drift revert wrote about the alert. */
function reportOf(body) {
    const paragraphs = body.trim().split(/\n\s*\n/);
    if (paragraphs.length > 0 && Object.keys((0,forge/* parseTrailers */.a)(`x\n\n${paragraphs.at(-1)}`)).length > 0)
        paragraphs.pop();
    return paragraphs.join('\n\n');
}
/**
 * The drift alerts the registry holds: each revert commit with a Dhow-Alert trailer (the alert, the version
 * that drifted, where it went back to, the hold it placed) and its report, the revert commit's message.
 * Shown only when there is one: dhow keeps no drift report anywhere else in the registry.
 */
function driftSection(model) {
    const alerts = model.environments.flatMap((env) => env.history.filter((event) => event.trailers[paths/* TRAILERS */.jl.alert] !== undefined).map((event) => ({ environment: env.environment, event })));
    if (alerts.length === 0)
        return '';
    const rows = alerts
        .sort((a, b) => a.event.date.localeCompare(b.event.date))
        .map(({ environment, event }) => {
        const release = event.release;
        const drifted = release?.['revert-of'] ?? event.before?.version ?? '';
        const held = release?.holds.filter((h) => h.alert === event.trailers[paths/* TRAILERS */.jl.alert]).map((h) => h.version) ?? [];
        return `<tr data-env="${escapeHtml(environment)}"><td><time datetime="${escapeHtml((0,time/* utc */.n)(event.date))}">${escapeHtml((0,time/* utc */.n)(event.date))}</time></td><td>${escapeHtml(environment)}</td><td>${code(event.trailers[paths/* TRAILERS */.jl.alert])}</td><td>${escapeHtml(drifted)}</td><td>${release ? escapeHtml(release.version) : '—'}</td><td>${escapeHtml(held.join(', '))}</td><td class="report">${html_text(reportOf(event.body) || event.subject)}</td><td>${commitCell(event.commit)}</td></tr>`;
    });
    return `
<section aria-labelledby="drift"><h2 id="drift">Drift alerts · <span lang="ar" dir="rtl">تنبيهات الانحراف</span></h2>
<table><thead><tr><th scope="col">When</th><th scope="col">Environment</th><th scope="col">Alert</th><th scope="col">Drifted</th><th scope="col">Back to</th><th scope="col">Held</th><th scope="col">Report</th><th scope="col">Commit</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></section>`;
}
function environmentPage(snapshot, environment, trails) {
    const rows = snapshot.models.map((m) => {
        const release = m.environments.find((x) => x.environment === environment)?.release;
        return `<tr><th scope="row"><a href="../models/${escapeHtml(m.name)}.html">${escapeHtml(m.name)}</a></th><td>${release ? escapeHtml(release.version) : '—'}</td><td>${release ? escapeHtml((0,time/* utc */.n)(release['promoted-at'])) : ''}</td><td>${release ? escapeHtml(release['promoted-by']) : ''}</td><td>${release?.holds.map((h) => escapeHtml(h.version)).join(', ') ?? ''}</td></tr>`;
    });
    const history = snapshot.models.flatMap((m) => trails.get(`${m.name}/${environment}`) ?? []).sort((a, b) => a.at.localeCompare(b.at));
    const policy = snapshot.config.environments.find((x) => x.name === environment);
    const body = `<h1>${escapeHtml(environment)}</h1>
<p>Needs ${policy.approvals} approval${policy.approvals === 1 ? '' : 's'} to promote.</p>
<section aria-labelledby="now"><h2 id="now">What runs here</h2>
<table><thead><tr><th scope="col">Model</th><th scope="col">Version</th><th scope="col">Since</th><th scope="col">By</th><th scope="col">Holds</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>
<section aria-labelledby="env-history"><h2 id="env-history">History</h2>${historyTable(history, true)}</section>`;
    return renderPage({ title: environment, root: '../', body });
}
/** Filters the audit table by event kind and free text; works without it too (the table is complete). */
const AUDIT_SCRIPT = `(()=>{const q=document.getElementById('q'),k=document.getElementById('kind'),n=document.getElementById('shown'),rows=[...document.querySelectorAll('#audit tbody tr')];const f=()=>{const t=q.value.trim().toLowerCase(),v=k.value;let c=0;for(const r of rows){const ok=(!v||r.dataset.event===v)&&(!t||r.textContent.toLowerCase().includes(t));r.hidden=!ok;if(ok)c++}n.textContent=String(c)};q.addEventListener('input',f);k.addEventListener('change',f);f()})();`;
function auditPage(snapshot, rows) {
    const sorted = rows
        .map((r, i) => ({ r, i }))
        .sort((a, b) => a.r.at.localeCompare(b.r.at) || a.i - b.i)
        .map(({ r }) => r);
    const kinds = [...new Set(sorted.map((r) => r.event))].sort();
    const body = `<h1>Audit log · <span lang="ar" dir="rtl">سجل التدقيق</span></h1>
<p>Every change to every release file of commit ${commitCell(snapshot.commit)}, with its requests, approvals, holds and drift alerts, oldest first. Each row names a commit: check it with <code>git show</code>.</p>
<div class="filters" role="search">
<label>Search <input id="q" type="search" autocomplete="off"></label>
<label>Event <select id="kind"><option value="">all</option>${kinds.map((k) => `<option>${escapeHtml(k)}</option>`).join('')}</select></label>
<p aria-live="polite"><span id="shown">${sorted.length}</span> of ${sorted.length} events</p>
</div>
<div id="audit" role="region" aria-label="Audit events" tabindex="0">${historyTable(sorted, true)}</div>`;
    return renderPage({ title: 'Audit log', root: '', body, script: AUDIT_SCRIPT });
}

// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(16931);
// EXTERNAL MODULE: ./src/cli/registry.ts
var registry = __webpack_require__(56611);
;// CONCATENATED MODULE: ./src/cli/commands/site.ts
/** dhow site: the registry dashboard, a static site built from the registry alone and written whole or not at all. */






const USAGE = `usage: dhow site (--registry DIR | --repository OWNER/NAME [--api-url URL]) --out DIR
  Writes index.html (models x environments), models/<model>.html, environments/<env>.html and audit.html to DIR:
  no server, no request leaves the pages; the same commit gives the same files.`;
async function run(args, ctx) {
    if ((0,registry/* helpRequested */._T)(args, ctx, USAGE))
        return 0;
    const { values } = (0,context/* parseCommandArgs */.Qx)('site', args, { ...registry/* WHERE_OPTIONS */.JI, out: { type: 'string' } });
    const out = (0,external_node_path_.resolve)(ctx.cwd, (0,context/* requireOption */.Ve)('site', 'out', values.out));
    const forge = await (0,registry/* openForge */.ys)(ctx, 'site', values);
    const snapshot = await (0,evidence_snapshot/* readRegistrySnapshot */.u)(forge);
    const openRequests = (await forge.listRequests('open'))
        .sort((a, b) => Number(a.id) - Number(b.id))
        .map((r) => ({ id: r.id, title: r.title, author: r.author, branch: r.branch, ...(r.url ? { url: r.url } : {}) }));
    const files = await buildSite(snapshot, { openRequests });
    await (0,atomic_directory/* writeDirectoryAtomic */.Q)(out, { files, marker: 'site.json', isOurs: (m) => m.includes('"generator": "dhow site"'), flag: '--out' });
    ctx.stdout.write(`wrote ${files.size} pages and files to ${out} from commit ${snapshot.commit}\n`);
    return 0;
}


/***/ }),

/***/ 56611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   JI: () => (/* binding */ WHERE_OPTIONS),
/* harmony export */   Me: () => (/* binding */ openRegistry),
/* harmony export */   Pz: () => (/* binding */ refuseRepository),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   _T: () => (/* binding */ helpRequested),
/* harmony export */   eN: () => (/* binding */ actor),
/* harmony export */   tB: () => (/* binding */ now),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   ys: () => (/* binding */ openForge)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _forge_local_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21295);
/* harmony import */ var _registry_schemas_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9843);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16931);
/**
 * What the registry commands share: opening the local registry named by --registry / $DHOW_REGISTRY /
 * the working directory, who is acting (--as, $DHOW_ACTOR, git config user.name, $USER) and the clock
 * ($DHOW_NOW, for reproducible demos and tests, else now).
 */






function now(ctx) {
    const fixed = ctx.env.DHOW_NOW;
    if (fixed) {
        if (!_registry_schemas_js__WEBPACK_IMPORTED_MODULE_4__/* .Timestamp */ .Dc.safeParse(fixed).success)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `$DHOW_NOW must be an ISO 8601 time with an offset, e.g. 2026-11-22T08:00:00Z (got "${fixed}")`);
        return fixed;
    }
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function actor(ctx, as) {
    const name = as ?? ctx.env.DHOW_ACTOR ?? gitUserName(ctx) ?? ctx.env.USER ?? ctx.env.USERNAME;
    if (!name || !name.trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', 'who is acting? pass --as NAME (or set $DHOW_ACTOR or git config user.name)');
    if (name.length > 200 || /[\n\r\0]/.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', '--as must be one line of at most 200 characters', { field: '--as' });
    return name.trim();
}
function gitUserName(ctx) {
    try {
        return ((0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['config', '--get', 'user.name'], { cwd: ctx.cwd, env: ctx.env, stdio: ['ignore', 'pipe', 'ignore'] })
            .toString()
            .trim() || undefined);
    }
    catch {
        return undefined;
    }
}
async function openRegistry(ctx, flag, as) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .registryDir */ .zr)(flag, ctx));
    // Commits are authored by the acting person; without --as the forge asks git config when it first commits.
    const name = as ?? ctx.env.DHOW_ACTOR;
    const forge = await (0,_forge_local_js__WEBPACK_IMPORTED_MODULE_3__.openLocalForge)(dir, { logger: ctx.logger, ...(name ? { identity: { name } } : {}), now: () => now(ctx) });
    // A command is one pass: its refs are read once. A server among the commands begins its own per request.
    forge.beginPass();
    (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .atCommandEnd */ .WB)(ctx, () => forge.endPass());
    return forge;
}
/** The options of a command that reads or writes the registry either locally (--registry) or on GitHub (--repository). */
const WHERE_OPTIONS = {
    registry: { type: 'string' },
    repository: { type: 'string' },
    'api-url': { type: 'string' },
};
/**
 * The registry a command works on: the repository on GitHub named by --repository (the token from
 * $GITHUB_TOKEN, the API root from --api-url, then $GITHUB_API_URL, then GitHub's), set up as the
 * actions set it up (connectRegistry); otherwise the local one (openRegistry).
 */
async function openForge(ctx, command, where, as) {
    if (where.repository === undefined) {
        if (where['api-url'] !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: --api-url goes with --repository OWNER/NAME (a registry on GitHub)`);
        return openRegistry(ctx, where.registry, as);
    }
    if (where.registry !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: --registry DIR (a local registry) and --repository OWNER/NAME (one on GitHub) exclude each other: pass one`);
    }
    const token = ctx.env.GITHUB_TOKEN;
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: --repository needs a GitHub token in $GITHUB_TOKEN (one that can read ${where.repository}, and write to it for commands that change it)`);
    }
    const { connectRegistry } = await Promise.all(/* import() */[__webpack_require__.e(9167), __webpack_require__.e(5053), __webpack_require__.e(397)]).then(__webpack_require__.bind(__webpack_require__, 90397));
    return connectRegistry({
        token,
        registry: where.repository,
        ...(where['api-url'] !== undefined ? { apiUrl: where['api-url'] } : {}),
        logger: ctx.logger,
        env: ctx.env,
        names: { registry: '--repository', apiUrl: '--api-url (or $GITHUB_API_URL)' },
    });
}
/**
 * Commands that only make sense on a local registry refuse --repository (before their options are parsed,
 * so the refusal says what to do instead rather than "unknown option").
 */
function refuseRepository(command, args, instead) {
    if (args.some((a) => a === '--repository' || a.startsWith('--repository=') || a === '--api-url' || a.startsWith('--api-url='))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DhowError */ .Bp('usage', `dhow ${command}: works on a local registry only (--registry DIR), not with --repository: ${instead}`);
    }
}
/** A plain-text table: a header row and aligned columns, two spaces apart. */
function table(headers, rows) {
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(headers), ...rows.map(line)].join('\n') + '\n';
}
const shortDigest = (digest) => digest.replace(/^sha256:/, '').slice(0, 12);
const shortSha = (sha) => sha.slice(0, 8);
/** `--help`/`-h` anywhere: print the command's usage and succeed. */
function helpRequested(args, ctx, usage) {
    if (!args.includes('--help') && !args.includes('-h'))
        return false;
    ctx.stdout.write(`${usage.trim()}\n\n--registry defaults to $DHOW_REGISTRY, then the current directory. --repository OWNER/NAME works on a registry on GitHub instead (token from $GITHUB_TOKEN; --api-url or $GITHUB_API_URL for GitHub Enterprise Server) where the usage shows it. Exit codes: 0 done, 1 refused or failed, 2 usage error.\n`);
    return true;
}


/***/ })

};
