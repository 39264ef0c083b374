/**
 * `dhow arabic normalize [--steps ...] [TEXT | -]` prints TEXT (or stdin, line by line) normalized;
 * `dhow arabic check --input F.txt|F.jsonl [--json]` runs the Arabic data checks and exits 1 when a check of
 * severity error fires (warnings are shown, and do not change the exit code).
 */
import { DhowError } from '../../errors.js';
import { ALL_NORMALIZATION_STEPS, ARABIC_NORMALIZATION_STEPS, normalizeArabic, parseNormalizationSteps } from '../../metrics/arabic/normalize.js';
import { decodeUtf8Line, splitLines } from '../../metrics/lines.js';
import { parseCommandArgs, printHelp, requireOption, subcommandHelp, writeJson, type CliContext } from '../context.js';
import { resolve } from 'node:path';

const NORMALIZE_USAGE = `  dhow arabic normalize [--steps ${ALL_NORMALIZATION_STEPS.join(',')}] [TEXT | -]
                        (default: ${ARABIC_NORMALIZATION_STEPS.join(',')}; persian is optional)\n`;
const CHECK_USAGE = '  dhow arabic check --input F.txt|F.jsonl [--format text|jsonl] [--json]   # exit 1 when an error-level check fires\n';
const USAGE = `usage:\n${NORMALIZE_USAGE}${CHECK_USAGE}`;

/** `dhow arabic SUB --help` (or -h): that subcommand's usage on stdout, exit 0. */
export async function run(args: string[], ctx: CliContext): Promise<number> {
  const [sub, ...rest] = args;
  const help = subcommandHelp(sub, ctx, USAGE);
  if (help !== undefined) return help;
  switch (sub) {
    case 'normalize':
      return normalize(rest, ctx);
    case 'check':
      return check(rest, ctx);
    default:
      throw new DhowError('usage', `dhow arabic: unknown subcommand "${sub}"\n${USAGE}`);
  }
}

async function normalize(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('arabic normalize', args, { steps: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
  if (values.help) return printHelp(ctx, `usage:\n${NORMALIZE_USAGE}`);
  const steps = values.steps === undefined ? [...ARABIC_NORMALIZATION_STEPS] : parseNormalizationSteps(values.steps, '--steps');
  if (positionals.length > 1) throw new DhowError('usage', 'dhow arabic normalize: give one TEXT argument (quote it), or - for stdin');
  const [text] = positionals;
  if (text !== undefined && text !== '-') {
    ctx.stdout.write(`${normalizeArabic(text, steps)}\n`);
    return 0;
  }
  for await (const line of splitLines(ctx.stdin as AsyncIterable<Buffer | string>, { file: '<stdin>' })) {
    ctx.stdout.write(`${normalizeArabic(decodeUtf8Line(line, '<stdin>'), steps)}\n`);
  }
  return 0;
}

async function check(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandArgs('arabic check', args, {
    input: { type: 'string' },
    format: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return printHelp(ctx, `usage:\n${CHECK_USAGE}`);
  const input = requireOption('arabic check', 'input', values.input);
  if (values.format !== undefined && values.format !== 'text' && values.format !== 'jsonl') {
    throw new DhowError('usage', `dhow arabic check: --format must be text or jsonl, got "${values.format}"`);
  }
  const { checkArabicFile } = await import('../../metrics/arabic/checks.js');
  const report = await checkArabicFile(resolve(ctx.cwd, input), { format: values.format as 'text' | 'jsonl' | undefined, name: input });
  if (values.json) {
    writeJson(ctx, report);
  } else {
    const share = report.arabic_share === null ? 'n/a (no letters)' : `${(report.arabic_share * 100).toFixed(1)}%`;
    const forms = report.presentation_form_share === null ? '' : `, presentation forms ${(report.presentation_form_share * 100).toFixed(1)}% of Arabic letters`;
    const lines = [`${input}: ${report.lines} lines, Arabic script ${share} of letters${forms}`];
    const width = Math.max(...Object.keys(report.checks).map((name) => name.length));
    for (const [name, f] of Object.entries(report.checks)) {
      const status = f.count === 0 ? 'ok  ' : f.severity === 'warning' ? 'warn' : 'FAIL';
      lines.push(`  ${status}  ${name.padEnd(width)} ${f.count}${f.count ? `  (lines ${f.lines.join(', ')}${f.count > f.lines.length ? ', ...' : ''})` : ''}`);
    }
    ctx.stdout.write(`${lines.join('\n')}\n`);
  }
  return report.ok ? 0 : 1;
}
