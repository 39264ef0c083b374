export const id = 8771;
export const ids = [8771,8524];
export const modules = {

/***/ 58761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/atomic-directory.ts
var atomic_directory = __webpack_require__(87728);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/evidence/audit.ts
var audit = __webpack_require__(51178);
;// CONCATENATED MODULE: ./src/evidence/csv.ts
function csvCell(value) {
    if (value === null || value === undefined)
        return '';
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d/.test(text))
        text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function toCsv(columns, rows) {
    const lines = [columns.map(csvCell).join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))];
    return lines.map((l) => `${l}\r\n`).join('');
}

// EXTERNAL MODULE: ./src/registry/schemas.ts
var schemas = __webpack_require__(9843);
;// CONCATENATED MODULE: ./src/policy/material.ts
/**
 * Whether a promotion is a material change, by the registry's policy (dhow.yaml `material-change`): a pure
 * judgement of what changed against what it replaces. The evidence pack's change record shows the
 * verdict and its reasons; nothing here reads the registry.
 */

/** The policy's defaults, for a dhow.yaml without `material-change`. */
const DEFAULT_MATERIAL_CHANGE_POLICY = schemas/* MaterialChangePolicy */.YM.parse({});
function judgeMateriality(difference, policy = DEFAULT_MATERIAL_CHANGE_POLICY) {
    const reasons = [];
    if (difference.first)
        return { material: true, reasons: ['first release of the model in this environment'] };
    if (policy.data && difference.dataChanged)
        reasons.push('trained on different data');
    const any = policy.parameters.includes('*');
    const parameters = difference.parameters.filter((p) => any || policy.parameters.includes(p));
    if (parameters.length > 0)
        reasons.push(`parameters changed: ${parameters.join(', ')}`);
    for (const [name, limit] of Object.entries(policy.metrics).sort(([a], [b]) => (a < b ? -1 : 1))) {
        const delta = difference.metrics.find((m) => m.name === name)?.delta;
        if (delta != null && Math.abs(delta) >= limit)
            reasons.push(`${name} moved by ${delta} (the policy's limit is ${limit})`);
    }
    if (policy.artifact && difference.artifactChanged)
        reasons.push('new artifact');
    return { material: reasons.length > 0, reasons };
}

;// CONCATENATED MODULE: ./src/evidence/material-change.ts
/**
 * The material-change record (QCB: prior approval of material changes to high-risk AI systems; EU AI Act
 * Annex IV change log): what a promoted version changes against the version it replaced in that environment:
 * artifact, data, parameters and metrics. Whether it is material is the registry's policy (dhow.yaml
 * `material-change`), judged by src/policy/material.ts; the record carries the verdict and its reasons.
 */

function compareVersions(candidate, replaced, context, policy) {
    const artifact = { from: replaced?.artifact.digest ?? null, to: candidate.artifact.digest, changed: replaced?.artifact.digest !== candidate.artifact.digest };
    const field = (k) => ({ from: replaced?.data[k] ?? null, to: candidate.data[k] ?? null });
    const data = { uri: field('uri'), digest: field('digest'), version: field('version'), changed: false };
    data.changed = replaced !== null && ['uri', 'digest', 'version'].some((k) => data[k].from !== data[k].to);
    const names = [...new Set([...Object.keys(replaced?.parameters ?? {}), ...Object.keys(candidate.parameters)])].sort();
    const parameters = names
        .map((name) => ({ name, from: replaced?.parameters[name] ?? null, to: candidate.parameters[name] ?? null }))
        .filter((p) => p.from !== p.to);
    const metricNames = [...new Set([...Object.keys(replaced?.metrics ?? {}), ...Object.keys(candidate.metrics)])].sort();
    const metrics = metricNames.map((name) => {
        const from = replaced?.metrics[name] ?? null;
        const to = candidate.metrics[name] ?? null;
        // Rounded to 12 significant digits so 0.927 - 0.912 reads 0.015, not 0.015000000000000013.
        return { name, from, to, delta: from === null || to === null ? null : Number((to - from).toPrecision(12)) };
    });
    const { material, reasons } = judgeMateriality({ first: replaced === null, artifactChanged: artifact.changed, dataChanged: data.changed, parameters: parameters.map((p) => p.name), metrics }, policy);
    return {
        ...context,
        candidate: candidate.version,
        replaced: replaced?.version ?? null,
        material,
        reasons,
        artifact,
        data,
        parameters,
        metrics,
    };
}

// EXTERNAL MODULE: ./src/registry/gate-evidence.ts
var gate_evidence = __webpack_require__(25004);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/gates/policy.ts
var policy = __webpack_require__(16888);
// EXTERNAL MODULE: ./src/evidence/time.ts
var evidence_time = __webpack_require__(49148);
;// CONCATENATED MODULE: ./src/evidence/model-card.ts
/**
 * A model card per version: Markdown with Hugging Face's model-card YAML front matter (language, tags,
 * model-index with the version's metrics), then the same facts in English and in Arabic: intended use,
 * data, training, metrics, fairness and other gates, limitations, residency, and where each environment
 * runs it. Built from the version record and model.yaml only; nothing is invented when a field is absent.
 */



const EN = {
    heading: 'Model card',
    details: 'Model details',
    owners: 'Owners',
    contact: 'Contact',
    riskTier: 'Risk tier',
    task: 'Task',
    intendedUse: 'Intended use',
    description: 'Description',
    data: 'Training data',
    training: 'Training',
    parameters: 'Parameters',
    metrics: 'Metrics',
    fairness: 'Fairness',
    gates: 'Gates',
    limitations: 'Limitations',
    residency: 'Data residency',
    deployments: 'Deployments',
    notRecorded: 'not recorded',
    created: 'Registered',
    artifact: 'Artifact',
    metric: 'Metric',
    value: 'Value',
    gate: 'Gate',
    verdict: 'Verdict',
    threshold: 'Threshold',
    policyDigest: 'Gate policy digest',
    attempts: 'Attempts recorded',
    dataRegion: 'Region holding the data',
    trainingRegion: 'Training region',
};
const AR = {
    heading: 'بطاقة النموذج',
    details: 'تفاصيل النموذج',
    owners: 'المالكون',
    contact: 'جهة الاتصال',
    riskTier: 'فئة المخاطر',
    task: 'المهمة',
    intendedUse: 'الاستخدام المقصود',
    description: 'الوصف',
    data: 'بيانات التدريب',
    training: 'التدريب',
    parameters: 'المعاملات',
    metrics: 'المقاييس',
    fairness: 'العدالة',
    gates: 'بوابات الجودة',
    limitations: 'القيود',
    residency: 'إقامة البيانات',
    deployments: 'النشر',
    notRecorded: 'غير مسجل',
    created: 'تاريخ التسجيل',
    artifact: 'الملف',
    metric: 'المقياس',
    value: 'القيمة',
    gate: 'البوابة',
    verdict: 'النتيجة',
    threshold: 'الحد',
    policyDigest: 'بصمة سياسة البوابات',
    attempts: 'المحاولات المسجلة',
    dataRegion: 'منطقة حفظ البيانات',
    trainingRegion: 'منطقة التدريب',
};
/**
 * Fairlearn's between-group metrics a fairness gate can judge (demographic parity, equal opportunity,
 * equalized odds; differences and ratios). A gate's summary row keeps its metric, not its source, and users
 * name gates freely ("dialect-accuracy-gap"): the metric says it is a fairness result. A fairness source's
 * per-group metrics (accuracy, tpr ...) read like any other metric, so only a gate named "fairness" adds them.
 */
const FAIRNESS_METRICS = new Set(policy/* SOURCE_METRICS */.Op.fairness.filter((m) => /_(difference|ratio)$/.test(m)));
const isFairnessResult = (row) => row.gate === 'fairness' || (row.metric !== undefined && FAIRNESS_METRICS.has(row.metric));
/** A Markdown table cell: pipes and line breaks would break the row. */
const cell = (value) => String(value ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
/**
 * `gates`: the version's gate results per environment (gateResultsByEnvironment); without it, or when all
 * come from the record (registries older than gates/), the card shows the record's one set of results.
 */
function renderModelCard(model, version, deployments = [], gates) {
    const frontMatter = {
        ...(model.language.length ? { language: model.language } : {}),
        tags: ['dhow', ...(model.task ? [model.task] : [])],
        ...(model.task ? { pipeline_tag: model.task } : {}),
        model_name: `${model.name} ${version.version}`,
    };
    const metrics = Object.entries(version.metrics).sort(([a], [b]) => a.localeCompare(b));
    if (metrics.length > 0) {
        frontMatter['model-index'] = [
            {
                name: model.name,
                results: [
                    {
                        task: { type: model.task ?? 'other' },
                        dataset: {
                            name: version.data.uri ?? 'unrecorded',
                            type: version.data.uri ?? 'unrecorded',
                            ...(version.data.version ? { revision: version.data.version } : {}),
                        },
                        metrics: metrics.map(([name, value]) => ({ type: name, value, name })),
                    },
                ],
            },
        ];
    }
    const yaml = (0,dist/* stringify */.As)(frontMatter, { lineWidth: 0 });
    return `---\n${yaml}---\n\n${section(EN, model, version, deployments, gates)}\n<div dir="rtl" lang="ar">\n\n${section(AR, model, version, deployments, gates)}\n</div>\n`;
}
function section(l, model, version, deployments, gates) {
    const none = `_${l.notRecorded}_`;
    const out = [];
    out.push(`# ${l.heading}: ${model.name} ${version.version}`, '');
    out.push(`## ${l.details}`, '');
    out.push(`- ${l.owners}: ${model.owners.join(', ') || none}`);
    out.push(`- ${l.contact}: ${model['owner-contact'] ?? none}`);
    out.push(`- ${l.riskTier}: ${model['risk-tier'] ?? none}`);
    out.push(`- ${l.task}: ${model.task ?? none}`);
    out.push(`- ${l.artifact}: \`${version.artifact.uri}\` (\`${version.artifact.digest}\`)`);
    out.push(`- ${l.created}: ${(0,evidence_time/* utc */.n)(version['created-at'])}, ${version['created-by']}`, '');
    out.push(`## ${l.intendedUse}`, '', model.purpose ?? none, '');
    if (model.description)
        out.push(`### ${l.description}`, '', model.description, '');
    out.push(`## ${l.data}`, '');
    const data = [
        ['URI', version.data.uri],
        ['sha256', version.data.digest],
        ['version', version.data.version],
    ].filter(([, v]) => v);
    out.push(data.length ? data.map(([k, v]) => `- ${k}: \`${v}\``).join('\n') : none, '');
    out.push(`## ${l.training}`, '');
    const t = version.training;
    const training = [
        ['mode', t.mode],
        ['cluster', t.cluster],
        [l.trainingRegion, t.region],
        ['GPU', t.gpu ? `${t.gpu.count} × ${t.gpu.product ?? 'GPU'}${t.gpu['mig-profile'] ? ` (MIG ${t.gpu['mig-profile']})` : ''}` : undefined],
        ['source', version.source.repository ? `${version.source.repository}${version.source.commit ? `@${version.source.commit}` : ''}` : undefined],
        ['run', version.source['run-url']],
    ].filter(([, v]) => v !== undefined);
    out.push(training.map(([k, v]) => `- ${k}: ${v}`).join('\n'), '');
    const params = Object.entries(version.parameters).sort(([a], [b]) => a.localeCompare(b));
    out.push(`## ${l.parameters}`, '', params.length ? params.map(([k, v]) => `- ${k}: ${v}`).join('\n') : none, '');
    out.push(`## ${l.metrics}`, '');
    const metrics = Object.entries(version.metrics).sort(([a], [b]) => a.localeCompare(b));
    out.push(metrics.length ? [`| ${l.metric} | ${l.value} |`, '|---|---|', ...metrics.map(([k, v]) => `| ${cell(k)} | ${v} |`)].join('\n') : none, '');
    const gateTable = (rs) => [
        `| ${l.gate} | ${l.metric} | ${l.verdict} | ${l.value} | ${l.threshold} |`,
        '|---|---|---|---|---|',
        ...rs.map((r) => `| ${cell(r.gate)} | ${cell(r.metric)} | ${r.verdict} | ${r.value ?? ''} | ${r.threshold ?? ''} |`),
    ].join('\n');
    // One set of results without a heading (the record's), or one per environment with its evidence.
    const perEnvironment = (gates ?? []).filter((g) => g.source === 'evidence').length > 0;
    const sets = perEnvironment
        ? gates.map((g) => ({ heading: g.environment, results: g.results, attempts: g.attempts.length }))
        : version.gates
            ? [{ results: version.gates, attempts: 0 }]
            : [];
    const fairness = sets.map((set) => ({ ...set, rows: set.results.summary.filter(isFairnessResult) })).filter((set) => set.rows.length > 0);
    out.push(`## ${l.fairness}`, '');
    if (fairness.length === 0)
        out.push(none, '');
    for (const set of fairness)
        out.push(...(set.heading ? [`### ${set.heading}`, ''] : []), gateTable(set.rows), '');
    out.push(`## ${l.gates}`, '');
    if (sets.length === 0)
        out.push(none, '');
    for (const set of sets) {
        if (set.heading)
            out.push(`### ${set.heading}`, '');
        out.push(`- ${l.verdict}: **${set.results.verdict}**`, `- ${l.policyDigest}: \`${set.results['policy-digest']}\``);
        if (set.attempts > 0)
            out.push(`- ${l.attempts}: ${set.attempts}`);
        out.push('', set.results.summary.length ? gateTable(set.results.summary) : '', '');
    }
    out.push(`## ${l.limitations}`, '', model.limitations ?? none, '');
    out.push(`## ${l.residency}`, '', `- ${l.dataRegion}: ${version.region ?? none}`, `- ${l.trainingRegion}: ${t.region ?? none}`, '');
    out.push(`## ${l.deployments}`, '', deployments.length ? deployments.map((d) => `- ${d.environment}: ${(0,evidence_time/* utc */.n)(d.since)}`).join('\n') : none, '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/evidence/register.ts
var evidence_register = __webpack_require__(68788);
// EXTERNAL MODULE: ./src/evidence/approvals.ts
var approvals = __webpack_require__(1605);
;// CONCATENATED MODULE: ./src/evidence/test-report.ts


const test_report_cell = (value) => String(value ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
/**
 * `gates`: the version's gate results in this environment (gateResultsByEnvironment); without it, the
 * record's. With evidence of its own, every recorded attempt is listed, failed ones included: a regulator
 * sees what ran before the results the promotion rests on.
 */
function renderTestReport(model, environment, event, version, gates) {
    const release = event.release;
    const out = [];
    out.push(`# Test report: ${model} ${release.version} to ${environment}`, '');
    out.push(`- Date: ${(0,evidence_time/* utc */.n)(event.date)}`);
    out.push(`- Deployed by commit: \`${event.commit}\` (merged by ${event.author})`);
    out.push(`- Artifact digest: \`${release.digest}\``);
    if (event.before)
        out.push(`- Replaces: ${event.before.version}`);
    const request = event.request;
    if (request) {
        out.push(`- Request: ${request.id}${request.url ? ` (${request.url})` : ''}, opened by ${request.author}, merged head \`${request.headSha}\``);
        const counted = (0,approvals/* countedApprovers */.V)(request);
        out.push(`- Approved by: ${counted.length ? counted.join(', ') : 'nobody (the environment requires no approval)'}`);
    }
    else
        out.push('- Request: none (a direct commit)');
    out.push('', '## Gates', '');
    const counted = gates === undefined ? (version?.gates ? { results: version.gates, attempts: [] } : null) : gates;
    if (!version)
        out.push(`The version record of ${release.version} is missing from the registry.`);
    else if (!counted)
        out.push(`No gate report was recorded with this version for ${environment}.`);
    else {
        const g = counted.results;
        out.push(`- Verdict: **${g.verdict}**`, `- Gate policy digest: \`${g['policy-digest']}\``);
        if (g['report-digest'])
            out.push(`- Gate report digest: \`${g['report-digest']}\``);
        out.push(`- Recorded in: ${counted.attempts.length ? `gates/${environment}/${model}/${release.version}.yaml` : 'the version record'}`);
        out.push('', '| Gate | Metric | Verdict | Value | Threshold | Baseline |', '|---|---|---|---|---|---|');
        for (const r of g.summary)
            out.push(`| ${test_report_cell(r.gate)} | ${test_report_cell(r.metric)} | ${r.verdict} | ${r.value ?? ''} | ${r.threshold ?? ''} | ${r.baseline ?? ''} |`);
        if (counted.attempts.length) {
            out.push('', '### Attempts', '', '| # | Verdict | Recorded at | Recorded by | Run | Run attempt | Report digest |', '|---|---|---|---|---|---|---|');
            counted.attempts.forEach((a, i) => out.push(`| ${i + 1} | ${a.verdict} | ${(0,evidence_time/* utc */.n)(a['recorded-at'])} | ${test_report_cell(a['recorded-by'])} | ${test_report_cell(a['run-url'])} | ${a['run-attempt'] ?? ''} | ${a['report-digest'] ? `\`${a['report-digest']}\`` : ''} |`));
        }
    }
    if (version && Object.keys(version.metrics).length > 0) {
        out.push('', '## Metrics', '', '| Metric | Value |', '|---|---|');
        for (const [k, v] of Object.entries(version.metrics).sort(([a], [b]) => a.localeCompare(b)))
            out.push(`| ${test_report_cell(k)} | ${v} |`);
    }
    if (request) {
        out.push('', '## Sign-off', '', '| Reviewer | Approved at | Commit approved | Counted |', '|---|---|---|---|');
        for (const a of (0,approvals/* approvalsOf */.m)(request))
            out.push(`| ${test_report_cell(a.reviewer)} | ${(0,evidence_time/* utc */.n)(a.at)} | \`${a.commit}\` | ${a.stale ? 'no: an earlier commit' : 'yes'} |`);
    }
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/evidence/pack.ts
/**
 * The evidence pack: every file `dhow evidence` writes, as a map from relative path to content, built
 * from a RegistrySnapshot by pure functions. Paths are made of validated names and UTC times only, and the
 * content holds no clock of its own, so the same commit gives the same bytes.
 *
 *   register.csv, register.json                 the AI-system register (buildRegister)
 *   model-cards/<model>/<version>.md            a model card per version (renderModelCard)
 *   audit/<model>/<environment>.csv|.json       the promotion audit trail (buildAuditTrail)
 *   test-reports/<model>/<environment>/<time>-<version>.md      one per promotion (renderTestReport)
 *   material-changes/<model>/<environment>/<time>-<version>.json one per promotion (compareVersions)
 *   manifest.json                               the commit, the options and the sha256 of every file
 */









const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
/** `2026-11-22T08:07:00Z` -> `20261122T080700Z`, a file-name-safe time that sorts. */
const stamp = (time) => (0,evidence_time/* utc */.n)(time).replace(/[-:]/g, '');
function buildEvidencePack(snapshot, options = {}) {
    const files = new Map();
    const register = (0,evidence_register/* buildRegister */.K)(snapshot);
    files.set('register.csv', toCsv(evidence_register/* REGISTER_COLUMNS */.G, register));
    files.set('register.json', json({ commit: snapshot.commit, rows: register }));
    for (const model of snapshot.models) {
        const byVersion = new Map(model.versions.map((v) => [v.version, v]));
        for (const version of model.versions) {
            const deployments = model.environments
                .filter((e) => e.release?.version === version.version)
                .map((e) => ({ environment: e.environment, since: e.release['promoted-at'] }));
            const gates = (0,gate_evidence/* gateResultsByEnvironment */.k_)(model.environments.map((e) => e.environment), model.gates[version.version] ?? {}, version);
            files.set(`model-cards/${model.name}/${version.version}.md`, renderModelCard(model.file, version, deployments, gates));
        }
        for (const env of model.environments) {
            const trail = (0,audit/* buildAuditTrail */.gU)(model.name, env, options.since, (0,audit/* gateHistoriesOf */.L2)(model, env.environment));
            files.set(`audit/${model.name}/${env.environment}.csv`, toCsv(audit/* AUDIT_COLUMNS */.kF, trail));
            files.set(`audit/${model.name}/${env.environment}.json`, json({ commit: snapshot.commit, model: model.name, environment: env.environment, rows: trail }));
            for (const event of env.history) {
                const release = event.release;
                // Test reports and change records are for promotions; rollbacks and reverts are in the audit trail.
                if (!release || release['revert-of'] !== undefined || !(0,evidence_time/* notBefore */.$)(event.date, options.since))
                    continue;
                const name = `${model.name}/${env.environment}/${stamp(event.date)}-${release.version}`;
                const candidate = byVersion.get(release.version) ?? null;
                const gates = (0,gate_evidence/* gateResultsByEnvironment */.k_)([env.environment], model.gates[release.version] ?? {}, candidate)[0] ?? null;
                files.set(`test-reports/${name}.md`, renderTestReport(model.name, env.environment, event, candidate, gates));
                if (candidate) {
                    const replaced = event.before ? (byVersion.get(event.before.version) ?? null) : null;
                    const change = compareVersions(candidate, replaced, { model: model.name, environment: env.environment, commit: event.commit, at: (0,evidence_time/* utc */.n)(event.date) }, snapshot.config['material-change']);
                    files.set(`material-changes/${name}.json`, json(change));
                }
            }
        }
    }
    const digests = [...files]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([path, content]) => ({ path, sha256: (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex') }));
    files.set('manifest.json', json({ generator: 'dhow evidence', commit: snapshot.commit, models: snapshot.models.map((m) => m.name), since: options.since ?? null, files: digests }));
    return files;
}

// EXTERNAL MODULE: ./src/evidence/snapshot.ts
var evidence_snapshot = __webpack_require__(90769);
// EXTERNAL MODULE: ./src/registry/names.ts + 1 modules
var names = __webpack_require__(50123);
// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __webpack_require__(16931);
// EXTERNAL MODULE: ./src/cli/registry.ts
var registry = __webpack_require__(56611);
;// CONCATENATED MODULE: ./src/cli/commands/evidence.ts
/**
 * dhow evidence: the evidence pack regulators ask for (AI-system register, model cards, audit trails, test
 * reports, material-change records), built from the registry alone and written whole or not at all.
 */









const USAGE = `usage: dhow evidence (--registry DIR | --repository OWNER/NAME [--api-url URL]) [--model M] [--env ENV] [--since DATE] --out DIR [--json]
  Writes register.csv|json, model-cards/, audit/, test-reports/, material-changes/ and manifest.json to DIR.
  --since DATE (YYYY-MM-DD or ISO 8601) leaves out audit rows and promotions before it; --json prints the manifest.`;
async function run(args, ctx) {
    if ((0,registry/* helpRequested */._T)(args, ctx, USAGE))
        return 0;
    const { values } = (0,context/* parseCommandArgs */.Qx)('evidence', args, {
        ...registry/* WHERE_OPTIONS */.JI,
        model: { type: 'string' },
        env: { type: 'string' },
        since: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' },
    });
    const out = (0,external_node_path_.resolve)(ctx.cwd, (0,context/* requireOption */.Ve)('evidence', 'out', values.out));
    if (values.model !== undefined)
        (0,names/* assertName */.I1)('model', values.model, { field: '--model' });
    if (values.env !== undefined)
        (0,names/* assertName */.I1)('environment', values.env, { field: '--env' });
    const since = values.since === undefined ? undefined : parseSince(values.since);
    const forge = await (0,registry/* openForge */.ys)(ctx, 'evidence', values);
    const snapshot = await (0,evidence_snapshot/* readRegistrySnapshot */.u)(forge, { ...(values.model ? { model: values.model } : {}), ...(values.env ? { environment: values.env } : {}) });
    const files = buildEvidencePack(snapshot, since ? { since } : {});
    await (0,atomic_directory/* writeDirectoryAtomic */.Q)(out, { files, marker: 'manifest.json', isOurs: (m) => m.includes('"generator": "dhow evidence"'), flag: '--out' });
    const manifest = JSON.parse(files.get('manifest.json'));
    if (values.json)
        (0,context/* writeJson */.GF)(ctx, manifest);
    else
        ctx.stdout.write(`wrote ${manifest.files.length + 1} files to ${out} from commit ${snapshot.commit}\n`);
    return 0;
}
/** A date (midnight UTC) or a full ISO 8601 time. */
function parseSince(value) {
    const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
    if (!schemas/* Timestamp */.Dc.safeParse(text).success || Number.isNaN(Date.parse(text))) {
        throw new errors/* DhowError */.Bp('usage', `dhow evidence: --since must be a date (2026-11-22) or an ISO 8601 time with an offset, not "${value}"`, { field: '--since' });
    }
    return text;
}


/***/ }),

/***/ 35490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ readFileLines),
/* harmony export */   fK: () => (/* binding */ tryDecodeUtf8),
/* harmony export */   qv: () => (/* binding */ decodeUtf8Line),
/* harmony export */   uz: () => (/* binding */ splitLines)
/* harmony export */ });
/* unused harmony exports MAX_LINE_BYTES, MAX_INPUT_BYTES, firstInvalidUtf8Offset */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * Line-oriented input for the metrics: a file (or stdin) read in large chunks and cut at LF bytes,
 * so memory holds one chunk and one partial line whatever the file's size. Lines come back as bytes;
 * callers decode them strictly (`decodeUtf8Line`) so invalid UTF-8 is reported with its line number.
 *
 * Limits, enforced while reading (before the bytes are held): a line may hold at most `MAX_LINE_BYTES`
 * (16 MiB; one 200 MB JSON line used to abort V8 in JSON.parse) and an input at most `MAX_INPUT_BYTES`
 * (4 GiB; an endless stream such as a device stops there). Going past either is a DhowError naming the
 * file and the line.
 */


const LF = 0x0a;
const CR = 0x0d;
/** The most bytes one line may hold before its LF (a CR before the LF counts): 16 MiB. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
/** The most bytes one input may hold: 4 GiB. */
const MAX_INPUT_BYTES = 4 * 1024 * 1024 * 1024;
function sizeLabel(bytes) {
    if (bytes >= 1024 ** 3 && bytes % 1024 ** 3 === 0)
        return `${bytes / 1024 ** 3} GiB`;
    if (bytes >= 1024 ** 2 && bytes % 1024 ** 2 === 0)
        return `${bytes / 1024 ** 2} MiB`;
    return `${bytes} bytes`;
}
/** Yields every line of a byte stream; a final line without LF counts, an empty tail after the last LF does not. */
async function* splitLines(chunks, limits = {}) {
    const file = limits.file ?? '<input>';
    const maxLine = limits.maxLineBytes ?? MAX_LINE_BYTES;
    const maxInput = limits.maxInputBytes ?? MAX_INPUT_BYTES;
    const tooLong = (line) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `the line is longer than ${sizeLabel(maxLine)}, the limit for one line`, { file, line });
    // The partial line is kept as a list of copies and joined once, so a long line costs no repeated copying.
    let pending = [];
    let pendingBytes = 0;
    let number = 0;
    let total = 0;
    for await (const raw of chunks) {
        const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
        total += chunk.length;
        if (total > maxInput) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `the input is larger than ${sizeLabel(maxInput)}, the limit for one input`, { file, line: number + 1 });
        }
        let start = 0;
        let lf = chunk.indexOf(LF, start);
        while (lf !== -1) {
            let line = chunk.subarray(start, lf);
            if (pendingBytes + line.length > maxLine)
                throw tooLong(number + 1);
            if (pending.length > 0) {
                line = Buffer.concat([...pending, line]);
                pending = [];
                pendingBytes = 0;
            }
            number += 1;
            yield { number, bytes: trimLine(line, number) };
            start = lf + 1;
            lf = chunk.indexOf(LF, start);
        }
        if (start < chunk.length) {
            const rest = chunk.subarray(start);
            if (pendingBytes + rest.length > maxLine)
                throw tooLong(number + 1);
            // Copy: the stream may reuse its chunk buffer.
            pending.push(Buffer.from(rest));
            pendingBytes += rest.length;
        }
    }
    if (pendingBytes > 0) {
        if (pendingBytes > maxLine)
            throw tooLong(number + 1);
        number += 1;
        yield { number, bytes: trimLine(pending.length === 1 ? pending[0] : Buffer.concat(pending), number) };
    }
}
function trimLine(line, number) {
    let out = line;
    if (out.length > 0 && out[out.length - 1] === CR)
        out = out.subarray(0, out.length - 1);
    if (number === 1 && out.length >= 3 && out[0] === 0xef && out[1] === 0xbb && out[2] === 0xbf)
        out = out.subarray(3);
    return out;
}
/** The lines of a file, streamed; a missing or unreadable file is a DhowError naming it (as `file`, default the path). */
async function* readFileLines(path, file = path, limits = {}) {
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: 1 << 20 });
    try {
        yield* splitLines(stream, { ...limits, file });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('not-found', 'no such file', { file, cause: error });
        if (code === 'EISDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', 'is a directory, not a file', { file, cause: error });
        if (code !== undefined && !(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `cannot read: ${code}`, { file, cause: error });
        throw error;
    }
    finally {
        stream.destroy();
    }
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Decodes one line as UTF-8, or returns undefined when its bytes are not valid UTF-8. */
function tryDecodeUtf8(bytes) {
    try {
        return strictUtf8.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/** Decodes one line as UTF-8, refusing invalid bytes with a DhowError that names the file and line. */
function decodeUtf8Line(line, file) {
    const text = tryDecodeUtf8(line.bytes);
    if (text === undefined) {
        const offset = firstInvalidUtf8Offset(line.bytes);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DhowError */ .Bp('invalid-input', `invalid UTF-8 at byte ${offset + 1} of the line`, { file, line: line.number });
    }
    return text;
}
/** The 0-based offset of the first byte that breaks UTF-8 (the line's length when none does). */
function firstInvalidUtf8Offset(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        let need;
        let min;
        if (b < 0x80) {
            i += 1;
            continue;
        }
        else if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
            min = 0x80;
        }
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            min = 0x800;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            min = 0x10000;
        }
        else {
            return i;
        }
        if (i + need >= bytes.length)
            return i;
        let cp = b & (0xff >> (need + 2));
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += need + 1;
    }
    return bytes.length;
}


/***/ }),

/***/ 98524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KT: () => (/* binding */ JIWER_TRANSFORMS),
/* harmony export */   mP: () => (/* binding */ compileTransform),
/* harmony export */   parseSubstitutions: () => (/* binding */ parseSubstitutions),
/* harmony export */   parseTransformList: () => (/* binding */ parseTransformList)
/* harmony export */ });
/* unused harmony export checkSubstitutions */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _whitespace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44188);
/**
 * jiwer 4's documented transforms (jiwer/transforms.py, jiwer/transformations.py) as a chain of named steps
 * applied to a reference or a hypothesis before WER or CER: `remove-punctuation` (RemovePunctuation: every
 * code point of a Unicode P* category), `lowercase` (ToLowerCase), `strip` (Strip), `remove-multiple-spaces`
 * (RemoveMultipleSpaces), `substitute-words` (SubstituteWords, whole words by Python's Unicode `\b`) and
 * `default`, the metric's own default chain (wer_default: remove-multiple-spaces, strip; cer_default: strip).
 * The chain always ends with jiwer's reduction: words split on " " (empty ones dropped) for WER, code points
 * for CER. What Python does differently from JavaScript (whitespace, word characters) is done Python's way.
 */


const JIWER_TRANSFORMS = ['default', 'remove-punctuation', 'lowercase', 'strip', 'remove-multiple-spaces', 'substitute-words'];
const PUNCTUATION = /\p{P}/gu;
// Python's `\w` in a str pattern: str.isalnum() (letters L*, numbers N*) or underscore; marks are not word characters.
const WORD = '[\\p{L}\\p{N}_]';
function wordPattern(word) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    // Python's \b: a word character on exactly one side (start and end of string count as non-word).
    const boundary = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
    return new RegExp(`${boundary}${escaped}${boundary}`, 'gu');
}
/** Checks substitutions the way a user can act on: `name` says where they came from (a file, a flag). */
function checkSubstitutions(pairs, name) {
    for (const [from, to] of pairs) {
        if (from === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'a word to substitute cannot be empty', { file: name });
        // jiwer passes the replacement to re.sub, which reads backslashes as group references and escapes.
        if (to.includes('\\'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', `the replacement of "${from}" contains a backslash, which jiwer reads as an escape`, { file: name });
    }
}
/** Compiles a chain into one function from a sentence to the symbols the error rate counts. */
function compileTransform(chain, unit) {
    const patterns = (chain.substitutions ?? []).map(([from, to]) => [wordPattern(from), to]);
    const step = (name) => {
        switch (name) {
            case 'default':
                return unit === 'words' ? (s) => (0,_whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .pyStrip */ .m0)(s.replace(_whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .PY_WHITESPACE_RUN_OF_TWO */ .tg, ' ')) : _whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .pyStrip */ .m0;
            case 'remove-punctuation':
                return (s) => s.replace(PUNCTUATION, '');
            case 'lowercase':
                return (s) => s.toLowerCase();
            case 'strip':
                return _whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .pyStrip */ .m0;
            case 'remove-multiple-spaces':
                return (s) => s.replace(_whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .PY_WHITESPACE_RUN_OF_TWO */ .tg, ' ');
            case 'substitute-words':
                return (s) => patterns.reduce((text, [re, to]) => text.replace(re, () => to), s);
        }
    };
    const steps = chain.steps.map(step);
    const reduce = unit === 'words' ? (s) => s.split(' ').filter((w) => w.length >= 1) : (s) => (0,_whitespace_js__WEBPACK_IMPORTED_MODULE_1__/* .codePoints */ .BH)(s).map((c) => String.fromCodePoint(c));
    return (s) => reduce(steps.reduce((text, f) => f(text), s));
}
/** Parses a comma-separated list of transform names; `flag` names the option in the message. */
function parseTransformList(list, flag) {
    const names = list
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== '');
    if (names.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${flag} needs at least one of ${JIWER_TRANSFORMS.join(', ')}`);
    for (const n of names) {
        if (!JIWER_TRANSFORMS.includes(n))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('usage', `${flag} must list ${JIWER_TRANSFORMS.join(', ')}; got "${n}"`);
    }
    return names;
}
/**
 * Reads substitutions from JSON text: a list of [word, replacement] pairs, or an object of words to their
 * replacements. jiwer applies them in order; a JavaScript object puts integer-like keys first, so an object
 * with such a key among others is refused (the list form keeps any order).
 */
function parseSubstitutions(text, name) {
    const shape = 'must be a JSON list of [word, replacement] pairs or an object of words to their replacements';
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', shape, { file: name });
    }
    const pairs = [];
    if (Array.isArray(value)) {
        value.forEach((pair, i) => {
            if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'must be a [word, replacement] pair of strings', { file: name, field: `[${i}]` });
            }
            pairs.push([pair[0], pair[1]]);
        });
    }
    else if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value);
        if (entries.length > 1 && entries.some(([k]) => /^(0|[1-9][0-9]*)$/.test(k))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'an object with number-like words loses its order in JavaScript: give a list of [word, replacement] pairs', {
                file: name,
            });
        }
        for (const [from, to] of entries) {
            if (typeof to !== 'string')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', 'must be a string', { file: name, field: from });
            pairs.push([from, to]);
        }
    }
    else {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DhowError */ .Bp('invalid-input', shape, { file: name });
    }
    checkSubstitutions(pairs, name);
    return pairs;
}


/***/ }),

/***/ 44188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BH: () => (/* binding */ codePoints),
/* harmony export */   GX: () => (/* binding */ pySplit),
/* harmony export */   Op: () => (/* binding */ pyRstrip),
/* harmony export */   lr: () => (/* binding */ isPyWhitespace),
/* harmony export */   m0: () => (/* binding */ pyStrip),
/* harmony export */   tg: () => (/* binding */ PY_WHITESPACE_RUN_OF_TWO)
/* harmony export */ });
/* unused harmony export PY_WHITESPACE_RUN */
/**
 * Python's idea of whitespace (str.isspace, str.split(), str.strip() and `\s` in `re`), which the reference
 * tools (jiwer, sacreBLEU) rely on. It differs from JavaScript's `\s`: it includes U+001C-U+001F and U+0085,
 * and excludes U+FEFF.
 */
const CLASS = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_WHITESPACE_RUN = new RegExp(`[${CLASS}]+`, 'g');
const PY_WHITESPACE_RUN_OF_TWO = new RegExp(`[${CLASS}][${CLASS}]+`, 'g');
/** Python's `s.split()`: split on runs of whitespace, no empty strings. */
function pySplit(s) {
    const parts = s.split(PY_WHITESPACE_RUN);
    if (parts.length > 0 && parts[0] === '')
        parts.shift();
    if (parts.length > 0 && parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
/** Python's str.isspace() for one UTF-16 code unit (every Python whitespace character is in the BMP). */
function isPyWhitespace(c) {
    // A lookup rather than the chain of compares: it runs for most characters of every segment, several times.
    return c <= 0x3000 && WHITESPACE[c] === 1;
}
/** Python's whitespace, all of it at or below U+3000, by code unit. */
const WHITESPACE = new Uint8Array(0x3001);
for (let c = 0; c <= 0x3000; c++)
    if (isPyWhitespaceByRanges(c))
        WHITESPACE[c] = 1;
function isPyWhitespaceByRanges(c) {
    return (c === 0x20 ||
        (c >= 0x09 && c <= 0x0d) ||
        (c >= 0x1c && c <= 0x1f) ||
        c === 0x85 ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000);
}
// strip and rstrip scan for the ends instead of running two regular expressions: every segment is stripped
// once or twice per metric, and an unchanged string comes back as it is, without a copy.
/** Python's `s.strip()`. */
function pyStrip(s) {
    let end = s.length;
    while (end > 0 && isPyWhitespace(s.charCodeAt(end - 1)))
        end--;
    let start = 0;
    while (start < end && isPyWhitespace(s.charCodeAt(start)))
        start++;
    return start === 0 && end === s.length ? s : s.slice(start, end);
}
/** Python's `s.rstrip()`. */
function pyRstrip(s) {
    let end = s.length;
    while (end > 0 && isPyWhitespace(s.charCodeAt(end - 1)))
        end--;
    return end === s.length ? s : s.slice(0, end);
}
/** The code points of a string, as Python indexes a str. */
function codePoints(s) {
    const out = [];
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
                i++;
                continue;
            }
        }
        out.push(c);
    }
    return out;
}


/***/ })

};
