/**
 * The runner's side of a JavaScript action, without @actions/core: inputs from INPUT_* variables, outputs and
 * state through the runner's file commands, log lines and masks through workflow commands, and the job summary.
 * @actions/core loads undici through its OIDC client at start (about 1 MB of bundle, some 200 ms per action
 * start-up measured by test/bench/startup.bench.ts); the actions use none of that, so this module speaks the
 * documented protocol itself, byte for byte as @actions/core 3.0 writes it (MIT, github.com/actions/toolkit).
 * Protocol: https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
 * Only src/actions/* imports this.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { access, appendFile, writeFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { EOL } from 'node:os';

function commandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  return typeof input === 'string' ? input : JSON.stringify(input);
}

// Workflow command escaping: "::name key=value::message", with %, CR and LF escaped in data, and : and , too in
// property values.
const escapeData = (s: unknown) => commandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: unknown) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function issueCommand(command: string, properties: Record<string, string>, message: unknown): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${escapeProperty(v)}`);
  process.stdout.write(`::${command}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}${EOL}`);
}

/** Appends `name<<delimiter ... delimiter` to the file $GITHUB_<command> names (outputs, state). */
function issueFileCommand(command: 'OUTPUT' | 'STATE', name: string, value: unknown): void {
  const file = process.env[`GITHUB_${command}`];
  if (!file) return issueCommand(command === 'OUTPUT' ? 'set-output' : 'save-state', { name }, commandValue(value));
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  // A fresh random delimiter per value, as the runner's docs ask, so a value cannot end the block early.
  // node:crypto loads here, on the first output, not at every action's start-up (tens of ms, issue 14).
  const delimiter = `ghadelimiter_${process.getBuiltinModule('node:crypto').randomUUID()}`;
  const text = commandValue(value);
  if (name.includes(delimiter) || text.includes(delimiter)) throw new Error('Unexpected input: the value contains the delimiter');
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** An input as the runner passes it (INPUT_<NAME>, spaces as _), trimmed; '' when absent. */
export function getInput(name: string, options: { required?: boolean } = {}): string {
  const value = (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
  if (options.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return value;
}

/** One entry per non-empty line, each trimmed. */
export function getMultilineInput(name: string): string[] {
  return getInput(name)
    .split('\n')
    .filter((x) => x !== '')
    .map((x) => x.trim());
}

/** YAML 1.2 core-schema booleans only, as @actions/core accepts them; anything else throws. */
export function getBooleanInput(name: string): boolean {
  const value = getInput(name);
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new TypeError(
    `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\nSupport boolean input list: \`true | True | TRUE | false | False | FALSE\``,
  );
}

export function setOutput(name: string, value: unknown): void {
  if (!process.env.GITHUB_OUTPUT) process.stdout.write(EOL);
  issueFileCommand('OUTPUT', name, value);
}

export function saveState(name: string, value: unknown): void {
  issueFileCommand('STATE', name, value);
}

/** State a main step saved, as the runner hands it to the post step (STATE_<name>). */
export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function warning(message: string | Error): void {
  issueCommand('warning', {}, message instanceof Error ? message.toString() : message);
}

export function error(message: string | Error): void {
  issueCommand('error', {}, message instanceof Error ? message.toString() : message);
}

export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issueCommand('group', {}, name);
  try {
    return await fn();
  } finally {
    issueCommand('endgroup', {}, '');
  }
}

/** A cell of a summary table: text, or a header/data cell with spans. */
export type SummaryTableCell = string | { data: string; header?: boolean; colspan?: string; rowspan?: string };

/** The job summary ($GITHUB_STEP_SUMMARY, Markdown and HTML), buffered until write(). */
class Summary {
  private buffer = '';

  private wrap(tag: string, content: string, attrs: Record<string, string> = {}): string {
    const html = Object.entries(attrs)
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('');
    return content ? `<${tag}${html}>${content}</${tag}>` : `<${tag}${html}>`;
  }

  addRaw(text: string, addEOL = false): this {
    this.buffer += text;
    return addEOL ? this.addEOL() : this;
  }

  addEOL(): this {
    return this.addRaw(EOL);
  }

  addHeading(text: string, level: number | string = 1): this {
    const tag = `h${level}`;
    return this.addRaw(this.wrap(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag) ? tag : 'h1', text)).addEOL();
  }

  addTable(rows: SummaryTableCell[][]): this {
    const body = rows
      .map((row) =>
        this.wrap(
          'tr',
          row
            .map((cell) => {
              if (typeof cell === 'string') return this.wrap('td', cell);
              const { header, data, colspan, rowspan } = cell;
              return this.wrap(header ? 'th' : 'td', data, { ...(colspan && { colspan }), ...(rowspan && { rowspan }) });
            })
            .join(''),
        ),
      )
      .join('');
    return this.addRaw(this.wrap('table', body)).addEOL();
  }

  stringify(): string {
    return this.buffer;
  }

  async write(options: { overwrite?: boolean } = {}): Promise<this> {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
      await access(file, constants.R_OK | constants.W_OK);
    } catch {
      throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await (options.overwrite ? writeFile : appendFile)(file, this.buffer, { encoding: 'utf8' });
    this.buffer = '';
    return this;
  }
}

export const summary = new Summary();
