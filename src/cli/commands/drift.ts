/**
 * `dhow drift`: compare current data with a reference (raw data or a profile) column by column, as
 * Evidently would, and say whether the data set drifted. `dhow drift profile` writes a reference profile;
 * `dhow drift --serve ADDR` keeps computing it and publishes it as Prometheus metrics until SIGTERM.
 */
import { stat, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { jsonLogger } from '../../http/log.js';
import { DhowError } from '../../errors.js';
import { describeTextScore } from '../../drift/text-content.js';
import { detectDrift, renderDriftMarkdown, type ColumnKind, type DriftColumnKind, type DriftResult, type Method } from '../../drift/index.js';
import { parseMethodName, parsePerColumn as parseColumnEntries } from '../../drift/choice.js';
import { buildProfile, writeProfile } from '../../drift/profile.js';
import { formatScore } from '../../drift/report.js';
// The --serve stack (node:http, prom-client) and the duration parser (yaml, zod) load only for --serve: a
// one-shot comparison never pays for them.
import { DEFAULT_POLL_INTERVAL_MS, DEFAULT_SERVE_INTERVAL_MS, MAX_TIMER_MS } from '../../drift/serve-defaults.js';
import { parseCommandArgs, parseHostPort, printHelp, requireOption, writeJson, type CliContext } from '../context.js';

const HELP = `usage: dhow drift --reference REF --current CUR [options]
       dhow drift --serve HOST:PORT --reference REF --current CUR --model M --environment E --version V [options]
       dhow drift profile --input DATA --output PROFILE.json [--column-type COL=TYPE]...

Compares CUR with REF (CSV, JSON Lines, or a profile written by "dhow drift profile") column by column,
choosing each column's test as Evidently does, and reports dataset drift when the share of drifted
columns reaches --drift-share.

options:
  --method M              one test for every column, by Evidently's name: ks, chisquare, z, wasserstein,
                          jensenshannon, psi, t_test, mannw, ed, hellinger, kl_div, g_test, fisher_exact,
                          anderson, cramer_von_mises, es, TVD, empirical_mmd
                          (default: chosen per column, as Evidently chooses)
  --num-method M          the test for numerical columns (Evidently's num_stattest; wins over --method)
  --cat-method M          the test for categorical columns (cat_stattest; wins over --method)
  --text-method M         the test for text columns (text_stattest): abs_text_content_drift or
                          perc_text_content_drift, Evidently's domain classifier (default: perc, or abs
                          when the reference holds more than 1000 texts); text columns take no other test
  --method-for COL=M      the test for one column (per_column_stattest; repeatable; wins over the others).
                          A test that Evidently does not allow for the column's type is refused
  --threshold T           the threshold for every column (default: each test's own default)
  --num-threshold T       the threshold for numerical columns (wins over --threshold)
  --cat-threshold T       the threshold for categorical columns (wins over --threshold)
  --text-threshold T      the threshold for text columns (wins over --threshold; default 0.55 for abs,
                          0.95 for perc: the random classifiers' ROC AUC quantile to beat)
  --threshold-for COL=T   the threshold for one column (repeatable; wins over the others)
  --column-type COL=TYPE  numerical | categorical | text (repeatable; default: detected, never text)
  --text-columns A,B      these columns hold text (Evidently's text_features; same as COL=text)
  --column COL            test only these columns (repeatable)
  --drift-share S         share of drifted columns that means dataset drift (default 0.5)
  --min-sample-size N     fewer current values than this makes a column inconclusive (default 30)
  --json                  print the result as JSON
  --markdown FILE         also write the Markdown report (for a job summary)
  --fail-on-drift         exit 1 when the data set drifted
  --max-invalid-share S   a numerical column fails the data-quality check when more than this share of
                          its current rows hold a value that is not a number (default 0.01); such values
                          are left out of the tests and never count as drift
  --fail-on-data-quality  exit 1 when a column fails the data-quality check
  --sketch                fold the current data into fixed-size sketches: flat memory at any size;
                          columns with more than 2048 distinct values get approximate scores (marked ~)

serving (--serve): recompute on start, every --interval and when REF or CUR changes on disk, and publish
on GET /metrics dhow_drift_share{model,environment,version}, dhow_drift_dataset_drift,
dhow_drift_column_score{...,column,method}, dhow_drift_column_drifted, the data-quality series
dhow_drift_column_invalid_values{...,column}, dhow_drift_column_invalid_share{...,column} and
dhow_drift_data_quality_failed (never part of the drift share), dhow_drift_up (0 when the last
computation failed: the values shown are the last good ones), dhow_drift_last_success_timestamp_seconds,
dhow_drift_computation_failures_total and dhow_drift_computation_duration_seconds. GET /healthz is 200
once a computation succeeded. One JSON log line per event on stderr; SIGHUP recomputes now; stops
gracefully on SIGTERM or SIGINT.
  --serve HOST:PORT       listen there (e.g. 127.0.0.1:9097, or 0.0.0.0:9097 in a container)
  --model M               label: the model whose production data CUR is
  --environment E         label: the environment it runs in
  --version V             label: the version live there, whose reference REF is
  --interval D            recompute at least this often (default ${DEFAULT_SERVE_INTERVAL_MS / 1000}s; 90s, 5m, 1h, 500ms)
  --poll-interval D       how often REF and CUR are checked for changes (default ${DEFAULT_POLL_INTERVAL_MS / 1000}s)
`;

export async function run(args: string[], ctx: CliContext): Promise<number> {
  if (args[0] === 'profile') return runProfile(args.slice(1), ctx);
  const { values } = parseCommandArgs('drift', args, {
    reference: { type: 'string' },
    current: { type: 'string' },
    method: { type: 'string' },
    'num-method': { type: 'string' },
    'cat-method': { type: 'string' },
    'method-for': { type: 'string', multiple: true },
    threshold: { type: 'string' },
    'num-threshold': { type: 'string' },
    'cat-threshold': { type: 'string' },
    'text-method': { type: 'string' },
    'text-threshold': { type: 'string' },
    'text-columns': { type: 'string', multiple: true },
    'threshold-for': { type: 'string', multiple: true },
    'column-type': { type: 'string', multiple: true },
    column: { type: 'string', multiple: true },
    'drift-share': { type: 'string' },
    'min-sample-size': { type: 'string' },
    json: { type: 'boolean' },
    markdown: { type: 'string' },
    'fail-on-drift': { type: 'boolean' },
    'max-invalid-share': { type: 'string' },
    'fail-on-data-quality': { type: 'boolean' },
    sketch: { type: 'boolean' },
    serve: { type: 'string' },
    model: { type: 'string' },
    environment: { type: 'string' },
    version: { type: 'string' },
    interval: { type: 'string' },
    'poll-interval': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return printHelp(ctx, HELP);
  const reference = requireOption('drift', 'reference', values.reference);
  const current = requireOption('drift', 'current', values.current);
  const method = values.method === undefined ? undefined : parseMethod('method', values.method);
  const optionalMethod = (name: 'num-method' | 'cat-method' | 'text-method') => (values[name] === undefined ? undefined : parseMethod(name, values[name]));
  const optionalNumber = (name: 'num-threshold' | 'cat-threshold' | 'text-threshold') =>
    values[name] === undefined ? undefined : parseNumber(name, values[name]);
  const options = {
    reference,
    current,
    method,
    threshold: values.threshold === undefined ? undefined : parseNumber('threshold', values.threshold),
    methodByKind: dropUndefined({ numerical: optionalMethod('num-method'), categorical: optionalMethod('cat-method'), text: optionalMethod('text-method') }),
    thresholdByKind: dropUndefined({
      numerical: optionalNumber('num-threshold'),
      categorical: optionalNumber('cat-threshold'),
      text: optionalNumber('text-threshold'),
    }),
    methodFor: parsePerColumn('method-for', values['method-for'] ?? [], (v) => parseMethod('method-for', v)),
    thresholdFor: parsePerColumn('threshold-for', values['threshold-for'] ?? [], (v) => parseNumber('threshold-for', v)),
    columnTypes: withTextColumns(parseColumnTypes(values['column-type'] ?? [], DRIFT_KINDS), values['text-columns'] ?? []),
    columns: values.column,
    driftShare: values['drift-share'] === undefined ? undefined : parseNumber('drift-share', values['drift-share']),
    minSampleSize: values['min-sample-size'] === undefined ? undefined : parseNumber('min-sample-size', values['min-sample-size']),
    sketch: values.sketch,
    maxInvalidShare: values['max-invalid-share'] === undefined ? undefined : parseShare('max-invalid-share', values['max-invalid-share']),
    optionNames: {
      method: '--method',
      methodFor: '--method-for',
      thresholdFor: '--threshold-for',
      numMethod: '--num-method',
      catMethod: '--cat-method',
      textMethod: '--text-method',
      columnType: '--column-type',
      driftShare: '--drift-share',
      maxInvalidShare: '--max-invalid-share',
    },
  };
  const serveOnly = (['model', 'environment', 'version', 'interval', 'poll-interval'] as const).filter((k) => values[k] !== undefined);
  if (values.serve === undefined && serveOnly.length > 0) {
    throw new DhowError('usage', `dhow drift: --${serveOnly[0]} only goes with --serve HOST:PORT`);
  }
  if (values.serve !== undefined) {
    const oneShot = (['json', 'markdown', 'fail-on-drift', 'fail-on-data-quality'] as const).filter((k) => values[k] !== undefined);
    if (oneShot.length > 0) throw new DhowError('usage', `dhow drift: --${oneShot[0]} does not go with --serve (the result is published on /metrics)`);
    return serve(values.serve, options, values, ctx);
  }
  const result = await detectDrift({ ...options, onProgress: progressBar(ctx) });
  if (values.markdown) await writeFile(values.markdown, renderDriftMarkdown(result));
  if (values.json) writeJson(ctx, result);
  else ctx.stdout.write(renderText(result));
  if (values['fail-on-drift'] && result.dataset_drift) return 1;
  return values['fail-on-data-quality'] && result.data_quality.failed ? 1 : 0;
}

async function serve(
  listen: string,
  drift: Omit<Parameters<typeof detectDrift>[0], 'onProgress'>,
  values: { model?: string; environment?: string; version?: string; interval?: string; 'poll-interval'?: string },
  ctx: CliContext,
): Promise<number> {
  const { host, port } = parseHostPort(listen, 'drift', '--serve', 9097);
  const { checkTarget, startDriftServer } = await import('../../drift/serve.js');
  const { parseDurationSeconds } = await import('../../train/spec.js');
  const parseInterval = (name: string, value: string, minMs: number) => parseIntervalWith(parseDurationSeconds, name, value, minMs);
  const target = checkTarget({
    model: requireOption('drift', 'model', values.model),
    environment: requireOption('drift', 'environment', values.environment),
    version: requireOption('drift', 'version', values.version),
  });
  const intervalMs = values.interval === undefined ? DEFAULT_SERVE_INTERVAL_MS : parseInterval('interval', values.interval, 1000);
  const pollMs = values['poll-interval'] === undefined ? DEFAULT_POLL_INTERVAL_MS : parseInterval('poll-interval', values['poll-interval'], 100);
  if (drift.driftShare !== undefined && !(drift.driftShare > 0 && drift.driftShare <= 1)) {
    throw new DhowError('usage', `dhow drift: --drift-share must be in (0, 1], got ${drift.driftShare}`);
  }
  // The reference is fixed for a version: a missing one is a mistake to name now, not a failure to retry.
  const reference = resolve(ctx.cwd, drift.reference);
  const info = await stat(reference).catch(() => undefined);
  if (!info?.isFile()) throw new DhowError('not-found', `the reference ${info ? 'is not a file' : 'does not exist'}`, { file: drift.reference });
  const logger = jsonLogger(ctx.stderr, { component: 'drift', verbose: Boolean(ctx.env.DHOW_DEBUG) });
  const server = await startDriftServer({
    host,
    port,
    target,
    drift: { ...drift, reference, current: resolve(ctx.cwd, drift.current) },
    intervalMs,
    pollMs,
    logger,
  });
  ctx.stdout.write(`dhow drift serving ${server.url}/metrics for ${target.model} ${target.version} in ${target.environment}\n`);
  const recompute = () => {
    logger.event('info', 'received SIGHUP: recomputing');
    void server.refresh();
  };
  process.on('SIGHUP', recompute);
  const signal = await new Promise<string>((done) => {
    process.once('SIGTERM', () => done('SIGTERM'));
    process.once('SIGINT', () => done('SIGINT'));
  });
  process.off('SIGHUP', recompute);
  logger.event('info', `received ${signal}`);
  await server.close();
  return 0;
}

/** "60s", "5m", "1h30m", "500ms" or seconds -> milliseconds, at least `minMs`. */
function parseIntervalWith(parseDurationSeconds: (value: string) => number | null, name: string, value: string, minMs: number): number {
  const ms = /^\s*\d+(\.\d+)?ms\s*$/.test(value) ? Number(value.trim().slice(0, -2)) : (parseDurationSeconds(value) ?? NaN) * 1000;
  if (!(ms >= minMs))
    throw new DhowError('usage', `dhow drift: --${name} must be a duration of at least ${minMs} ms (e.g. 500ms, 30s, 5m, 1h), got "${value}"`);
  if (ms > MAX_TIMER_MS) throw new DhowError('usage', `dhow drift: --${name} must be at most 24 days (the longest a timer waits), got "${value}"`);
  return ms;
}

async function runProfile(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandArgs('drift profile', args, {
    input: { type: 'string' },
    output: { type: 'string' },
    'column-type': { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return printHelp(ctx, HELP);
  const input = requireOption('drift profile', 'input', values.input);
  const output = requireOption('drift profile', 'output', values.output);
  const profile = await buildProfile({ input, columnTypes: parseColumnTypes(values['column-type'] ?? [], PROFILE_KINDS), onProgress: progressBar(ctx) });
  profile.source = basename(input);
  await writeProfile(output, profile);
  const sketched = profile.columns.filter((c) => c.type === 'numerical' && c.quantiles).map((c) => c.name);
  ctx.stdout.write(
    `wrote ${output}: ${profile.columns.length} columns, ${profile.rows} rows` +
      (sketched.length > 0 ? `; quantile sketch (approximate ks, wasserstein, binned psi/jensenshannon) for ${sketched.join(', ')}` : '; every column exact') +
      '\n',
  );
  return 0;
}

function parseMethod(name: string, value: string): Method {
  return parseMethodName(`dhow drift: --${name}`, value);
}

function parsePerColumn<T>(name: string, entries: string[], parse: (value: string) => T): Record<string, T> {
  return parseColumnEntries(`dhow drift: --${name}`, entries, parse);
}

function dropUndefined<T>(record: Partial<Record<DriftColumnKind, T | undefined>>): Partial<Record<DriftColumnKind, T>> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<Record<DriftColumnKind, T>>;
}

function parseNumber(name: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new DhowError('usage', `dhow drift: --${name} must be a number, got "${value}"`);
  return n;
}

function parseShare(name: string, value: string): number {
  const n = parseNumber(name, value);
  if (!(n >= 0 && n <= 1)) throw new DhowError('usage', `dhow drift: --${name} must be between 0 and 1, got "${value}"`);
  return n;
}

const PROFILE_KINDS: readonly ColumnKind[] = ['numerical', 'categorical'];
const DRIFT_KINDS: readonly DriftColumnKind[] = ['numerical', 'categorical', 'text'];

function parseColumnTypes<K extends DriftColumnKind>(entries: string[], allowed: readonly K[]): Record<string, K> {
  const out: Record<string, K> = {};
  for (const entry of entries) {
    const at = entry.lastIndexOf('=');
    const name = entry.slice(0, at);
    const kind = entry.slice(at + 1);
    if (at <= 0 || !(allowed as readonly string[]).includes(kind)) {
      throw new DhowError('usage', `dhow drift: --column-type takes ${allowed.map((k) => `COLUMN=${k}`).join(' or ')}, got "${entry}"`);
    }
    out[name] = kind as K;
  }
  return out;
}

/** --text-columns A,B (repeatable): each named column is text; one declared otherwise by --column-type is refused. */
function withTextColumns(types: Record<string, DriftColumnKind>, lists: string[]): Record<string, DriftColumnKind> {
  for (const list of lists) {
    for (const name of list.split(',')) {
      if (name === '') throw new DhowError('usage', `dhow drift: --text-columns takes column names separated by commas, got "${list}"`);
      if (Object.hasOwn(types, name) && types[name] !== 'text') {
        throw new DhowError('usage', `dhow drift: --text-columns names the column "${name}", which --column-type declares ${types[name]}`);
      }
      types[name] = 'text';
    }
  }
  return types;
}

/** A progress bar on stderr, only on a terminal and only for files over 32 MiB. */
export function progressBar(ctx: CliContext): ((file: string, done: number, total: number) => void) | undefined {
  const stream = ctx.stderr as NodeJS.WriteStream;
  if (!stream.isTTY) return undefined;
  let lastFile = '';
  let lastShown = -1;
  return (file, done, total) => {
    if (total < 32 * 1024 * 1024) return;
    const pct = Math.floor((done / total) * 100);
    if (file === lastFile && pct === lastShown) return;
    lastFile = file;
    lastShown = pct;
    const width = 30;
    const filled = Math.round((pct / 100) * width);
    stream.write(`\r${basename(file)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}%${pct === 100 ? '\n' : ''}`);
  };
}

function renderText(result: DriftResult): string {
  const rows = result.columns.map((c) => [
    c.column,
    c.type,
    c.method,
    c.score === null ? '-' : formatScore(c.score) + (c.exact ? '' : '~'),
    String(c.threshold),
    c.inconclusive ? 'inconclusive' : c.drifted ? 'DRIFT' : 'ok',
  ]);
  const header = ['column', 'type', 'method', 'score', 'threshold', 'drift'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const verdict = result.inconclusive ? 'inconclusive' : result.dataset_drift ? 'DATASET DRIFT' : 'no dataset drift';
  return [
    line(header),
    ...rows.map(line),
    '',
    `${verdict}: ${result.drifted_columns} of ${result.columns.length} columns drifted (share ${Math.round(result.share * 1000) / 1000}, threshold ${result.drift_share})`,
    ...result.columns.flatMap((c) => describeTextScore(c) ?? []),
    ...(result.approximate_methods.length > 0 ? [`~ approximate (computed from a sketch, not every value): ${result.approximate_methods.join(', ')}`] : []),
    ...dataQualityText(result),
    '',
  ].join('\n');
}

/** One line per column holding values that are not numbers (left out of the tests, not drift). */
function dataQualityText(result: DriftResult): string[] {
  const q = result.data_quality;
  const bad = q.columns.filter((c) => c.invalid > 0);
  if (bad.length === 0) return [];
  return [
    `data quality ${q.failed ? 'FAILED' : 'ok'} (not drift; at most ${q.max_invalid_share} of a column's rows may hold a value that is not a number):`,
    ...bad.map((c) => `  ${c.column}: ${c.invalid} of ${c.rows} rows (share ${Math.round(c.share * 1e6) / 1e6})${c.failed ? ' FAILED' : ''}`),
  ];
}
