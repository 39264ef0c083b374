/**
 * dhow evidence: the evidence pack regulators ask for (AI-system register, model cards, audit trails, test
 * reports, material-change records), built from the registry alone and written whole or not at all.
 */
import { resolve } from 'node:path';
import { DhowError } from '../../errors.js';
import { writeDirectoryAtomic } from '../../atomic-directory.js';
import { buildEvidencePack } from '../../evidence/pack.js';
import { readRegistrySnapshot } from '../../evidence/snapshot.js';
import { assertName } from '../../registry/names.js';
import { Timestamp } from '../../registry/schemas.js';
import { parseCommandArgs, requireOption, writeJson, type CliContext } from '../context.js';
import { openForge, WHERE_OPTIONS, helpRequested } from '../registry.js';

const USAGE = `usage: dhow evidence (--registry DIR | --repository OWNER/NAME [--api-url URL]) [--model M] [--env ENV] [--since DATE] --out DIR [--json]
  Writes register.csv|json, model-cards/, audit/, test-reports/, material-changes/ and manifest.json to DIR.
  --since DATE (YYYY-MM-DD or ISO 8601) leaves out audit rows and promotions before it; --json prints the manifest.`;

export async function run(args: string[], ctx: CliContext): Promise<number> {
  if (helpRequested(args, ctx, USAGE)) return 0;
  const { values } = parseCommandArgs('evidence', args, {
    ...WHERE_OPTIONS,
    model: { type: 'string' },
    env: { type: 'string' },
    since: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
  });
  const out = resolve(ctx.cwd, requireOption('evidence', 'out', values.out));
  if (values.model !== undefined) assertName('model', values.model, { field: '--model' });
  if (values.env !== undefined) assertName('environment', values.env, { field: '--env' });
  const since = values.since === undefined ? undefined : parseSince(values.since);
  const forge = await openForge(ctx, 'evidence', values);
  const snapshot = await readRegistrySnapshot(forge, { ...(values.model ? { model: values.model } : {}), ...(values.env ? { environment: values.env } : {}) });
  const files = buildEvidencePack(snapshot, since ? { since } : {});
  await writeDirectoryAtomic(out, { files, marker: 'manifest.json', isOurs: (m) => m.includes('"generator": "dhow evidence"'), flag: '--out' });
  const manifest = JSON.parse(files.get('manifest.json')!) as { files: unknown[] };
  if (values.json) writeJson(ctx, manifest);
  else ctx.stdout.write(`wrote ${manifest.files.length + 1} files to ${out} from commit ${snapshot.commit}\n`);
  return 0;
}

/** A date (midnight UTC) or a full ISO 8601 time. */
function parseSince(value: string): string {
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  if (!Timestamp.safeParse(text).success || Number.isNaN(Date.parse(text))) {
    throw new DhowError('usage', `dhow evidence: --since must be a date (2026-11-22) or an ISO 8601 time with an offset, not "${value}"`, { field: '--since' });
  }
  return text;
}
