/** Structured logs for long-running servers (src/http/): one JSON object per line, never a token in it. */
import type { Logger } from '../logger.js';

export type LogLevel = 'debug' | 'info' | 'warning' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined | string[]>;

export interface JsonLogger extends Logger {
  event(level: LogLevel, msg: string, fields?: LogFields): void;
}

export function jsonLogger(stream: NodeJS.WritableStream = process.stderr, options: { verbose?: boolean; component?: string } = {}): JsonLogger {
  const event = (level: LogLevel, msg: string, fields: LogFields = {}) => {
    if (level === 'debug' && !options.verbose) return;
    const record: Record<string, unknown> = { time: new Date().toISOString(), level, msg };
    if (options.component) record.component = options.component;
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) record[key] = value;
    stream.write(`${JSON.stringify(record)}\n`);
  };
  return {
    event,
    debug: (m) => event('debug', m),
    info: (m) => event('info', m),
    warning: (m) => event('warning', m),
    error: (m) => event('error', m),
    group: async (name, fn) => {
      event('info', name);
      return fn();
    },
  };
}
