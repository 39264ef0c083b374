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
import { buildAuditTrail, gateHistoriesOf, type AuditRow } from '../evidence/audit.js';
import { buildRegister } from '../evidence/register.js';
import type { ModelEvidence, RegistrySnapshot } from '../evidence/snapshot.js';
import { utc } from '../evidence/time.js';
import { parseTrailers } from '../forge/forge.js';
import { gateResultsByEnvironment } from '../registry/gate-evidence.js';
import { TRAILERS } from '../registry/paths.js';
import type { GateResults, VersionRecord } from '../registry/schemas.js';
import { gateCharts, loadChartRenderer, metricsChart, type ChartRenderer } from './chart.js';
import { escapeHtml as e, renderPage, text } from './html.js';

export interface OpenRequest {
  id: string;
  title: string;
  author: string;
  branch: string;
  url?: string;
}

export interface SiteOptions {
  /** Promotion requests still open (the CLI reads them from the forge), shown on the overview. */
  openRequests?: OpenRequest[];
}

const short = (digest: string) => digest.replace(/^sha256:/, '').slice(0, 12);
const code = (value: string) => `<code>${e(value)}</code>`;
const commitCell = (sha: string) => `<code title="${e(sha)}">${e(sha.slice(0, 8))}</code>`;

/** Pure but for loading the chart library (once per build): the same snapshot gives the same files. */
export async function buildSite(snapshot: RegistrySnapshot, options: SiteOptions = {}): Promise<Map<string, string>> {
  const render = await loadChartRenderer();
  const files = new Map<string, string>();
  const environments = snapshot.config.environments.map((env) => env.name);
  const trails = new Map<string, AuditRow[]>();
  for (const model of snapshot.models)
    for (const env of model.environments)
      trails.set(`${model.name}/${env.environment}`, buildAuditTrail(model.name, env, undefined, gateHistoriesOf(model, env.environment)));
  files.set('index.html', overview(snapshot, environments, options.openRequests ?? []));
  for (const model of snapshot.models) files.set(`models/${model.name}.html`, modelPage(model, trails, render));
  for (const env of environments) files.set(`environments/${env}.html`, environmentPage(snapshot, env, trails));
  files.set('audit.html', auditPage(snapshot, [...trails.values()].flat()));
  files.set('site.json', `${JSON.stringify({ generator: 'dhow site', commit: snapshot.commit, models: snapshot.models.length }, null, 2)}\n`);
  return files;
}

function overview(snapshot: RegistrySnapshot, environments: string[], open: OpenRequest[]): string {
  const register = buildRegister(snapshot);
  const byCell = new Map(register.map((r) => [`${r.model}/${r.environment}`, r]));
  const rows = snapshot.models.map((model) => {
    const cells = environments.map((env) => {
      const row = byCell.get(`${model.name}/${env}`);
      const release = model.environments.find((x) => x.environment === env)?.release;
      if (!row || !release) return `<td class="none" data-env="${e(env)}">${row?.status === 'removed' ? 'removed' : '—'}</td>`;
      const holds = release.holds.length ? `<br><span class="held">held: ${release.holds.map((h) => e(h.version)).join(', ')}</span>` : '';
      const rolled = release['revert-of'] ? `<br>reverted from ${e(release['revert-of'])}` : '';
      const approvers = row.approvers ? `<br>approved by ${e(row.approvers)}` : '';
      return `<td data-env="${e(env)}"><strong class="version">${e(release.version)}</strong> ${code(short(release.digest))}<br>since <time datetime="${e(utc(release['promoted-at']))}">${e(utc(release['promoted-at']))}</time> by ${e(release['promoted-by'])}${approvers}${rolled}${holds}</td>`;
    });
    // A block of its own, so an Arabic description aligns to the right of its cell.
    const description = model.file.description ? text(model.file.description, 'div') : '';
    return `<tr data-model="${e(model.name)}"><th scope="row"><a href="models/${e(model.name)}.html">${e(model.name)}</a>${description}</th>${cells.join('')}</tr>`;
  });
  const openRows = open.map(
    (r) => `<tr><td>${r.url ? `<a href="${e(r.url)}">#${e(r.id)}</a>` : `#${e(r.id)}`}</td><td>${text(r.title)}</td><td>${e(r.author)}</td></tr>`,
  );
  const body = `<h1>Model registry · <span lang="ar" dir="rtl">سجل النماذج</span></h1>
<p>Built from commit ${commitCell(snapshot.commit)}: ${snapshot.models.length} model${snapshot.models.length === 1 ? '' : 's'}, ${environments.length} environments.</p>
<section aria-labelledby="releases"><h2 id="releases">What runs where · <span lang="ar" dir="rtl">ما يعمل وأين</span></h2>
<table id="overview"><caption>Models by environment, in promotion order</caption>
<thead><tr><th scope="col">Model · <span lang="ar" dir="rtl">النموذج</span></th>${environments.map((env) => `<th scope="col"><a href="environments/${e(env)}.html">${e(env)}</a></th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></section>
<section aria-labelledby="open"><h2 id="open">Open promotion requests · <span lang="ar" dir="rtl">طلبات الترقية المفتوحة</span></h2>
${openRows.length ? `<table><thead><tr><th scope="col">Request</th><th scope="col">Title</th><th scope="col">Author</th></tr></thead><tbody>${openRows.join('')}</tbody></table>` : '<p>None.</p>'}
</section>`;
  return renderPage({ title: 'Overview', root: '', body });
}

function lineage(v: VersionRecord): string {
  const parts = [
    v.data.uri && `data ${code(v.data.uri)}${v.data.version ? ` (${e(v.data.version)})` : ''}`,
    v.source.commit && `code ${code(v.source.commit.slice(0, 12))}${v.source.repository ? ` in ${e(v.source.repository)}` : ''}`,
    v.source['run-url'] && `<a href="${e(v.source['run-url'])}">training run</a>`,
    v.training.gpu && `GPU ${e(`${v.training.gpu.count} × ${v.training.gpu.product ?? 'GPU'}`)}`,
    (v.training.region ?? v.region) && `region ${e(v.training.region ?? v.region!)}`,
  ].filter(Boolean);
  return parts.length ? parts.join('<br>') : '<span class="none">—</span>';
}

function historyTable(rows: AuditRow[], withPlace: boolean): string {
  if (rows.length === 0) return '<p>No history yet.</p>';
  const head = `<tr><th scope="col">When</th>${withPlace ? '<th scope="col">Model</th><th scope="col">Environment</th>' : ''}<th scope="col">Event</th><th scope="col">Version</th><th scope="col">Who</th><th scope="col">Request</th><th scope="col">Commit</th><th scope="col">Detail</th></tr>`;
  const body = rows.map(
    (r) =>
      `<tr data-event="${e(r.event)}" data-model="${e(r.model)}" data-env="${e(r.environment)}"><td><time datetime="${e(r.at)}">${e(r.at)}</time></td>${withPlace ? `<td>${e(r.model)}</td><td>${e(r.environment)}</td>` : ''}<td>${e(r.event)}</td><td>${e(r.version ?? '')}</td><td>${text(r.actor)}</td><td>${r.request ? `#${e(r.request)}` : ''}</td><td>${commitCell(r.commit)}</td><td>${text(r.detail)}</td></tr>`,
  );
  return `<table><thead>${head}</thead><tbody>\n${body.join('\n')}\n</tbody></table>`;
}

function modelPage(model: ModelEvidence, trails: Map<string, AuditRow[]>, render: ChartRenderer): string {
  const f = model.file;
  const metricNames = [...new Set(model.versions.flatMap((v) => Object.keys(v.metrics)))].sort();
  const environments = model.environments.map((x) => x.environment);
  const judged = model.versions.map((v) => gateResultsByEnvironment(environments, model.gates[v.version] ?? {}, v));
  const gateSeries = environments.map((environment) => ({
    environment,
    results: judged.map((perEnvironment) => perEnvironment.find((g) => g.environment === environment)?.results ?? null),
  }));
  const versionRows = [...model.versions].reverse().map((v) => {
    const where = model.environments.filter((x) => x.release?.version === v.version).map((x) => x.environment);
    const results = (r: GateResults) =>
      `<span class="${e(r.verdict)}">${e(r.verdict)}</span>${r.summary.map((g) => `<br>${e(g.gate)}${g.metric ? ` ${e(g.metric)}` : ''}: <span class="${e(g.verdict)}">${e(g.verdict)}</span>${g.value != null ? ` ${g.value}` : ''}${g.threshold != null ? ` (threshold ${g.threshold})` : ''}`).join('')}`;
    // Each environment's own evidence when the registry has gates/; an older registry's record once.
    const perEnvironment = gateResultsByEnvironment(
      model.environments.map((x) => x.environment),
      model.gates[v.version] ?? {},
      v,
    );
    const gates = perEnvironment.some((g) => g.source === 'evidence')
      ? perEnvironment
          .map(
            (g) =>
              `<div class="gates" data-env="${e(g.environment)}"><strong>${e(g.environment)}</strong>: ${results(g.results)}${g.attempts.length > 1 ? `<br><small>${g.attempts.length} attempts: ${g.attempts.map((a) => e(a.verdict)).join(' → ')}</small>` : ''}${g.source === 'record' ? ' <small>(record)</small>' : ''}</div>`,
          )
          .join('')
      : v.gates
        ? results(v.gates)
        : '<span class="none">—</span>';
    return `<tr id="version-${e(v.version)}"><th scope="row">${e(v.version)}</th><td><time datetime="${e(utc(v['created-at']))}">${e(utc(v['created-at']))}</time><br>${e(v['created-by'])}</td><td>${code(short(v.artifact.digest))}</td>${metricNames.map((m) => `<td>${v.metrics[m] ?? ''}</td>`).join('')}<td>${gates}</td><td>${lineage(v)}</td><td>${where.map(e).join(', ')}</td></tr>`;
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
    .map(
      (env) =>
        `<section aria-labelledby="history-${e(env.environment)}"><h3 id="history-${e(env.environment)}">${e(env.environment)}</h3>${historyTable(trails.get(`${model.name}/${env.environment}`) ?? [], false)}</section>`,
    )
    .join('\n');
  const body = `<h1>${e(model.name)}</h1>
${f.description ? text(f.description, 'p') : ''}
<dl>${facts.map(([k, v]) => `<dt>${k}</dt><dd>${text(v ?? null)}</dd>`).join('')}</dl>
<section aria-labelledby="versions"><h2 id="versions">Versions · <span lang="ar" dir="rtl">الإصدارات</span></h2>
<table><thead><tr><th scope="col">Version</th><th scope="col">Registered</th><th scope="col">Artifact</th>${metricNames.map((m) => `<th scope="col">${e(m)}</th>`).join('')}<th scope="col">Gates</th><th scope="col">Lineage</th><th scope="col">Runs in</th></tr></thead>
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
function reportOf(body: string): string {
  const paragraphs = body.trim().split(/\n\s*\n/);
  if (paragraphs.length > 0 && Object.keys(parseTrailers(`x\n\n${paragraphs.at(-1)}`)).length > 0) paragraphs.pop();
  return paragraphs.join('\n\n');
}

/**
 * The drift alerts the registry holds: each revert commit with a Dhow-Alert trailer (the alert, the version
 * that drifted, where it went back to, the hold it placed) and its report, the revert commit's message.
 * Shown only when there is one: dhow keeps no drift report anywhere else in the registry.
 */
function driftSection(model: ModelEvidence): string {
  const alerts = model.environments.flatMap((env) =>
    env.history.filter((event) => event.trailers[TRAILERS.alert] !== undefined).map((event) => ({ environment: env.environment, event })),
  );
  if (alerts.length === 0) return '';
  const rows = alerts
    .sort((a, b) => a.event.date.localeCompare(b.event.date))
    .map(({ environment, event }) => {
      const release = event.release;
      const drifted = release?.['revert-of'] ?? event.before?.version ?? '';
      const held = release?.holds.filter((h) => h.alert === event.trailers[TRAILERS.alert]).map((h) => h.version) ?? [];
      return `<tr data-env="${e(environment)}"><td><time datetime="${e(utc(event.date))}">${e(utc(event.date))}</time></td><td>${e(environment)}</td><td>${code(event.trailers[TRAILERS.alert]!)}</td><td>${e(drifted)}</td><td>${release ? e(release.version) : '—'}</td><td>${e(held.join(', '))}</td><td class="report">${text(reportOf(event.body) || event.subject)}</td><td>${commitCell(event.commit)}</td></tr>`;
    });
  return `
<section aria-labelledby="drift"><h2 id="drift">Drift alerts · <span lang="ar" dir="rtl">تنبيهات الانحراف</span></h2>
<table><thead><tr><th scope="col">When</th><th scope="col">Environment</th><th scope="col">Alert</th><th scope="col">Drifted</th><th scope="col">Back to</th><th scope="col">Held</th><th scope="col">Report</th><th scope="col">Commit</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></section>`;
}

function environmentPage(snapshot: RegistrySnapshot, environment: string, trails: Map<string, AuditRow[]>): string {
  const rows = snapshot.models.map((m) => {
    const release = m.environments.find((x) => x.environment === environment)?.release;
    return `<tr><th scope="row"><a href="../models/${e(m.name)}.html">${e(m.name)}</a></th><td>${release ? e(release.version) : '—'}</td><td>${release ? e(utc(release['promoted-at'])) : ''}</td><td>${release ? e(release['promoted-by']) : ''}</td><td>${release?.holds.map((h) => e(h.version)).join(', ') ?? ''}</td></tr>`;
  });
  const history = snapshot.models.flatMap((m) => trails.get(`${m.name}/${environment}`) ?? []).sort((a, b) => a.at.localeCompare(b.at));
  const policy = snapshot.config.environments.find((x) => x.name === environment)!;
  const body = `<h1>${e(environment)}</h1>
<p>Needs ${policy.approvals} approval${policy.approvals === 1 ? '' : 's'} to promote.</p>
<section aria-labelledby="now"><h2 id="now">What runs here</h2>
<table><thead><tr><th scope="col">Model</th><th scope="col">Version</th><th scope="col">Since</th><th scope="col">By</th><th scope="col">Holds</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>
<section aria-labelledby="env-history"><h2 id="env-history">History</h2>${historyTable(history, true)}</section>`;
  return renderPage({ title: environment, root: '../', body });
}

/** Filters the audit table by event kind and free text; works without it too (the table is complete). */
const AUDIT_SCRIPT = `(()=>{const q=document.getElementById('q'),k=document.getElementById('kind'),n=document.getElementById('shown'),rows=[...document.querySelectorAll('#audit tbody tr')];const f=()=>{const t=q.value.trim().toLowerCase(),v=k.value;let c=0;for(const r of rows){const ok=(!v||r.dataset.event===v)&&(!t||r.textContent.toLowerCase().includes(t));r.hidden=!ok;if(ok)c++}n.textContent=String(c)};q.addEventListener('input',f);k.addEventListener('change',f);f()})();`;

function auditPage(snapshot: RegistrySnapshot, rows: AuditRow[]): string {
  const sorted = rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.at.localeCompare(b.r.at) || a.i - b.i)
    .map(({ r }) => r);
  const kinds = [...new Set(sorted.map((r) => r.event))].sort();
  const body = `<h1>Audit log · <span lang="ar" dir="rtl">سجل التدقيق</span></h1>
<p>Every change to every release file of commit ${commitCell(snapshot.commit)}, with its requests, approvals, holds and drift alerts, oldest first. Each row names a commit: check it with <code>git show</code>.</p>
<div class="filters" role="search">
<label>Search <input id="q" type="search" autocomplete="off"></label>
<label>Event <select id="kind"><option value="">all</option>${kinds.map((k) => `<option>${e(k)}</option>`).join('')}</select></label>
<p aria-live="polite"><span id="shown">${sorted.length}</span> of ${sorted.length} events</p>
</div>
<div id="audit" role="region" aria-label="Audit events" tabindex="0">${historyTable(sorted, true)}</div>`;
  return renderPage({ title: 'Audit log', root: '', body, script: AUDIT_SCRIPT });
}
