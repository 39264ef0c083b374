/**
 * The test report of one promotion (EU AI Act Annex IV §2(g): test logs and reports "dated and signed by
 * the responsible persons"): the gate summary and policy digest from the version record, the date of the
 * merge, who requested, who approved (with the commit each approved) and who merged, and the commit that
 * deployed it. Dhow's signature is git's: every line names a commit that can be verified.
 */
import type { EnvironmentGateResults } from '../registry/gate-evidence.js';
import type { VersionRecord } from '../registry/schemas.js';
import { approvalsOf, countedApprovers } from './approvals.js';
import type { ReleaseEvent } from './snapshot.js';
import { utc } from './time.js';

const cell = (value: unknown) =>
  String(value ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');

/**
 * `gates`: the version's gate results in this environment (gateResultsByEnvironment); without it, the
 * record's. With evidence of its own, every recorded attempt is listed, failed ones included: a regulator
 * sees what ran before the results the promotion rests on.
 */
export function renderTestReport(
  model: string,
  environment: string,
  event: ReleaseEvent,
  version: VersionRecord | null,
  gates?: EnvironmentGateResults | null,
): string {
  const release = event.release!;
  const out: string[] = [];
  out.push(`# Test report: ${model} ${release.version} to ${environment}`, '');
  out.push(`- Date: ${utc(event.date)}`);
  out.push(`- Deployed by commit: \`${event.commit}\` (merged by ${event.author})`);
  out.push(`- Artifact digest: \`${release.digest}\``);
  if (event.before) out.push(`- Replaces: ${event.before.version}`);
  const request = event.request;
  if (request) {
    out.push(`- Request: ${request.id}${request.url ? ` (${request.url})` : ''}, opened by ${request.author}, merged head \`${request.headSha}\``);
    const counted = countedApprovers(request);
    out.push(`- Approved by: ${counted.length ? counted.join(', ') : 'nobody (the environment requires no approval)'}`);
  } else out.push('- Request: none (a direct commit)');
  out.push('', '## Gates', '');
  const counted = gates === undefined ? (version?.gates ? { results: version.gates, attempts: [] } : null) : gates;
  if (!version) out.push(`The version record of ${release.version} is missing from the registry.`);
  else if (!counted) out.push(`No gate report was recorded with this version for ${environment}.`);
  else {
    const g = counted.results;
    out.push(`- Verdict: **${g.verdict}**`, `- Gate policy digest: \`${g['policy-digest']}\``);
    if (g['report-digest']) out.push(`- Gate report digest: \`${g['report-digest']}\``);
    out.push(`- Recorded in: ${counted.attempts.length ? `gates/${environment}/${model}/${release.version}.yaml` : 'the version record'}`);
    out.push('', '| Gate | Metric | Verdict | Value | Threshold | Baseline |', '|---|---|---|---|---|---|');
    for (const r of g.summary)
      out.push(`| ${cell(r.gate)} | ${cell(r.metric)} | ${r.verdict} | ${r.value ?? ''} | ${r.threshold ?? ''} | ${r.baseline ?? ''} |`);
    if (counted.attempts.length) {
      out.push('', '### Attempts', '', '| # | Verdict | Recorded at | Recorded by | Run | Run attempt | Report digest |', '|---|---|---|---|---|---|---|');
      counted.attempts.forEach((a, i) =>
        out.push(
          `| ${i + 1} | ${a.verdict} | ${utc(a['recorded-at'])} | ${cell(a['recorded-by'])} | ${cell(a['run-url'])} | ${a['run-attempt'] ?? ''} | ${a['report-digest'] ? `\`${a['report-digest']}\`` : ''} |`,
        ),
      );
    }
  }
  if (version && Object.keys(version.metrics).length > 0) {
    out.push('', '## Metrics', '', '| Metric | Value |', '|---|---|');
    for (const [k, v] of Object.entries(version.metrics).sort(([a], [b]) => a.localeCompare(b))) out.push(`| ${cell(k)} | ${v} |`);
  }
  if (request) {
    out.push('', '## Sign-off', '', '| Reviewer | Approved at | Commit approved | Counted |', '|---|---|---|---|');
    for (const a of approvalsOf(request)) out.push(`| ${cell(a.reviewer)} | ${utc(a.at)} | \`${a.commit}\` | ${a.stale ? 'no: an earlier commit' : 'yes'} |`);
  }
  return `${out.join('\n')}\n`;
}
