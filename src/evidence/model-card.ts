/**
 * A model card per version: Markdown with Hugging Face's model-card YAML front matter (language, tags,
 * model-index with the version's metrics), then the same facts in English and in Arabic: intended use,
 * data, training, metrics, fairness and other gates, limitations, residency, and where each environment
 * runs it. Built from the version record and model.yaml only; nothing is invented when a field is absent.
 */
import { stringify } from 'yaml';
import type { ModelFile, VersionRecord } from '../registry/schemas.js';
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
  dataRegion: 'منطقة حفظ البيانات',
  trainingRegion: 'منطقة التدريب',
};

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

export function renderModelCard(model: ModelFile, version: VersionRecord, deployments: Deployment[] = []): string {
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
  return `---\n${yaml}---\n\n${section(EN, model, version, deployments)}\n<div dir="rtl" lang="ar">\n\n${section(AR, model, version, deployments)}\n</div>\n`;
}

function section(l: Labels, model: ModelFile, version: VersionRecord, deployments: Deployment[]): string {
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
  const rows = version.gates?.summary ?? [];
  const fairness = rows.filter((r) => r.gate === 'fairness');
  const gateTable = (rs: typeof rows) =>
    [
      `| ${l.gate} | ${l.metric} | ${l.verdict} | ${l.value} | ${l.threshold} |`,
      '|---|---|---|---|---|',
      ...rs.map((r) => `| ${cell(r.gate)} | ${cell(r.metric)} | ${r.verdict} | ${r.value ?? ''} | ${r.threshold ?? ''} |`),
    ].join('\n');
  out.push(`## ${l.fairness}`, '', fairness.length ? gateTable(fairness) : none, '');
  out.push(`## ${l.gates}`, '');
  if (version.gates)
    out.push(
      `- ${l.verdict}: **${version.gates.verdict}**`,
      `- ${l.policyDigest}: \`${version.gates['policy-digest']}\``,
      '',
      rows.length ? gateTable(rows) : '',
      '',
    );
  else out.push(none, '');
  out.push(`## ${l.limitations}`, '', model.limitations ?? none, '');
  out.push(`## ${l.residency}`, '', `- ${l.dataRegion}: ${version.region ?? none}`, `- ${l.trainingRegion}: ${t.region ?? none}`, '');
  out.push(`## ${l.deployments}`, '', deployments.length ? deployments.map((d) => `- ${d.environment}: ${utc(d.since)}`).join('\n') : none, '');
  return out.join('\n');
}
