/**
 * The edge between GitHub Actions and the core: inputs, outputs, summaries and failure through the runner's
 * protocol (./runner.ts). Only src/actions/* imports this (the core never imports @actions/*). zod stays out of
 * it (./settings.ts parses with zod), so an action that parses its inputs by hand starts without loading zod.
 */
import * as core from './runner.js';
import { resolve } from 'node:path';
import { DhowError, describeError } from '../errors.js';
import type { Logger } from '../logger.js';

/** A Logger over @actions/core: groups become collapsible log groups on the runner. */
export function actionsLogger(): Logger {
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
    group: (name, fn) => core.group(name, fn),
  };
}

/** Masks a secret before anything else can print it; empty values are ignored. */
export function maskSecret(value: string | undefined): void {
  if (value) core.setSecret(value);
}

/** A string input, trimmed; '' when absent and not required. */
export function stringInput(name: string, options: { required?: boolean } = {}): string {
  const value = core.getInput(name, { required: false }).trim();
  if (options.required && value === '') throw new DhowError('usage', `input "${name}" is required`, { field: name });
  return value;
}

/** A secret input (a token), masked before anything else can print it; '' when absent. */
export function secretInput(name: string): string {
  const value = stringInput(name);
  maskSecret(value);
  return value;
}

/** A string input that may be left out: undefined when absent or blank. */
export function optionalInput(name: string): string | undefined {
  return stringInput(name) || undefined;
}

/** The checkout the workflow runs in ($GITHUB_WORKSPACE), where relative paths in inputs start. */
export function workspaceDir(): string {
  return process.env.GITHUB_WORKSPACE ?? process.cwd();
}

/** A path an input names, resolved from the workspace. */
export function workspacePath(path: string): string {
  return resolve(workspaceDir(), path);
}

export function booleanInput(name: string, fallback: boolean): boolean {
  if (core.getInput(name).trim() === '') return fallback;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new DhowError('usage', `input "${name}" must be true or false`, { field: name });
  }
}

/** One value per line; blank lines and surrounding spaces ignored. */
export function listInput(name: string): string[] {
  return core
    .getMultilineInput(name)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Runs an action's body; any error becomes `core.setFailed("<action>: <message>")`. */
export async function runAction(action: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    core.setFailed(`${action}: ${describeError(error)}`);
  }
}
