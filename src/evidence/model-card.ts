/**
 * A model card per version: Markdown with Hugging Face's model-card YAML front matter (language, tags,
 * model-index with the version's metrics), then the same facts in English and in Arabic: intended use,
 * data, training, metrics, fairness and other gates, limitations, residency, and where each environment
 * runs it. Built from the version record and model.yaml only; nothing is invented when a field is absent.
 */
import { stringify } from 'yaml';
import { SOURCE_METRICS } from '../gates/policy.js';
import type { EnvironmentGateResults } from '../registry/gate-evidence.js';
import type { GateResults, ModelFile, VersionRecord } from '../registry/schemas.js';
import { utc } from './time.js';

interface Labels {
  heading: string;
  details: string;
  owners: string;
  contact: string;
  riskTier: string;
  task: string;
  intendedUse: string;
  description: string;
  data: string;
  training: string;
  parameters: string;
  metrics: string;
  fairness: string;
  gates: string;
  limitations: string;
  residency: string;
  deployments: string;
  notRecorded: string;
  created: string;
  artifact: string;
  metric: string;
  value: string;
  gate: string;
  verdict: string;
  threshold: string;
  policyDigest: string;
  attempts: string;
  dataRegion: string;
  trainingRegion: string;
}

const EN: Labels = {
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

const AR: Labels = {
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
const FAIRNESS_METRICS: ReadonlySet<string> = new Set(SOURCE_METRICS.fairness.filter((m) => /_(difference|ratio)$/.test(m)));

export const isFairnessResult = (row: { gate: string; metric?: string | undefined }) =>
  row.gate === 'fairness' || (row.metric !== undefined && FAIRNESS_METRICS.has(row.metric));

/** Where a version runs now, for the card's deployments section. */
export interface Deployment {
  environment: string;
  since: string;
}

/** A Markdown table cell: pipes and line breaks would break the row. */
const cell = (value: unknown) =>
  String(value ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');

/**
 * `gates`: the version's gate results per environment (gateResultsByEnvironment); without it, or when all
 * come from the record (registries older than gates/), the card shows the record's one set of results.
 */
export function renderModelCard(model: ModelFile, version: VersionRecord, deployments: Deployment[] = [], gates?: EnvironmentGateResults[]): string {
  const frontMatter: Record<string, unknown> = {
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
  const yaml = stringify(frontMatter, { lineWidth: 0 });
  return `---\n${yaml}---\n\n${section(EN, model, version, deployments, gates)}\n<div dir="rtl" lang="ar">\n\n${section(AR, model, version, deployments, gates)}\n</div>\n`;
}

function section(l: Labels, model: ModelFile, version: VersionRecord, deployments: Deployment[], gates: EnvironmentGateResults[] | undefined): string {
  const none = `_${l.notRecorded}_`;
  const out: string[] = [];
  out.push(`# ${l.heading}: ${model.name} ${version.version}`, '');
  out.push(`## ${l.details}`, '');
  out.push(`- ${l.owners}: ${model.owners.join(', ') || none}`);
  out.push(`- ${l.contact}: ${model['owner-contact'] ?? none}`);
  out.push(`- ${l.riskTier}: ${model['risk-tier'] ?? none}`);
  out.push(`- ${l.task}: ${model.task ?? none}`);
  out.push(`- ${l.artifact}: \`${version.artifact.uri}\` (\`${version.artifact.digest}\`)`);
  out.push(`- ${l.created}: ${utc(version['created-at'])}, ${version['created-by']}`, '');
  out.push(`## ${l.intendedUse}`, '', model.purpose ?? none, '');
  if (model.description) out.push(`### ${l.description}`, '', model.description, '');
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
  type Row = GateResults['summary'][number];
  const gateTable = (rs: Row[]) =>
    [
      `| ${l.gate} | ${l.metric} | ${l.verdict} | ${l.value} | ${l.threshold} |`,
      '|---|---|---|---|---|',
      ...rs.map((r) => `| ${cell(r.gate)} | ${cell(r.metric)} | ${r.verdict} | ${r.value ?? ''} | ${r.threshold ?? ''} |`),
    ].join('\n');
  // One set of results without a heading (the record's), or one per environment with its evidence.
  const perEnvironment = (gates ?? []).filter((g) => g.source === 'evidence').length > 0;
  const sets: { heading?: string; results: GateResults; attempts: number }[] = perEnvironment
    ? gates!.map((g) => ({ heading: g.environment, results: g.results, attempts: g.attempts.length }))
    : version.gates
      ? [{ results: version.gates, attempts: 0 }]
      : [];
  const fairness = sets.map((set) => ({ ...set, rows: set.results.summary.filter(isFairnessResult) })).filter((set) => set.rows.length > 0);
  out.push(`## ${l.fairness}`, '');
  if (fairness.length === 0) out.push(none, '');
  for (const set of fairness) out.push(...(set.heading ? [`### ${set.heading}`, ''] : []), gateTable(set.rows), '');
  out.push(`## ${l.gates}`, '');
  if (sets.length === 0) out.push(none, '');
  for (const set of sets) {
    if (set.heading) out.push(`### ${set.heading}`, '');
    out.push(`- ${l.verdict}: **${set.results.verdict}**`, `- ${l.policyDigest}: \`${set.results['policy-digest']}\``);
    if (set.attempts > 0) out.push(`- ${l.attempts}: ${set.attempts}`);
    out.push('', set.results.summary.length ? gateTable(set.results.summary) : '', '');
  }
  out.push(`## ${l.limitations}`, '', model.limitations ?? none, '');
  out.push(`## ${l.residency}`, '', `- ${l.dataRegion}: ${version.region ?? none}`, `- ${l.trainingRegion}: ${t.region ?? none}`, '');
  out.push(`## ${l.deployments}`, '', deployments.length ? deployments.map((d) => `- ${d.environment}: ${utc(d.since)}`).join('\n') : none, '');
  return out.join('\n');
}
