/** dhow validate: every file against its schema and the cross-file rules; lists every problem. */
import { describeProblem } from '../../registry/files.js';
import { validateRegistry } from '../../registry/validate.js';
import { parseCommandArgs, writeJson, type CliContext } from '../context.js';
import { openForge, WHERE_OPTIONS, helpRequested } from '../registry.js';

const USAGE =
  'usage: dhow validate (--registry DIR | --repository OWNER/NAME [--api-url URL]) [--ref REF] [--json]\n  Checks every file against its schema and the cross-file rules; exits 1 listing every problem.';

export async function run(args: string[], ctx: CliContext): Promise<number> {
  if (helpRequested(args, ctx, USAGE)) return 0;
  const { values } = parseCommandArgs('validate', args, { ...WHERE_OPTIONS, ref: { type: 'string' }, json: { type: 'boolean' } });
  const forge = await openForge(ctx, 'validate', values);
  const ref = values.ref ?? (await forge.defaultBranch());
  const problems = await validateRegistry(forge, ref);
  if (values.json) writeJson(ctx, { valid: problems.length === 0, problems });
  else if (problems.length === 0) ctx.stdout.write(`${forge.description} (${ref}): every file is valid\n`);
  else
    ctx.stdout.write(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${forge.description} (${ref}):\n${problems.map((p) => `  ${describeProblem(p)}`).join('\n')}\n`,
    );
  return problems.length === 0 ? 0 : 1;
}
