/**
 * Reads the texts of the columns declared as text from one side's data file (CSV, TSV or JSON Lines), for
 * text-content drift: every value as a string, missing ones left out as Evidently leaves them out (it drops NaN
 * before a column's test): in CSV the fields pandas reads as NaN (empty, `NA`, `null`, ... MISSING_TOKENS), in JSON
 * Lines null, an absent key or an empty string, as the other columns' reader (columns.ts) counts them.
 * A value that is not text (a JSON number, boolean, array or object) is refused, naming the file, line and column.
 */
import { extname } from 'node:path';
import { DhowError } from '../errors.js';
import { csvRows, MISSING_TOKENS } from '../io/csv.js';
import { jsonlValues } from '../io/jsonl.js';
import { formatOf } from './columns.js';

export async function readTextColumns(file: string, names: readonly string[]): Promise<Map<string, string[]>> {
  const texts = new Map(names.map((name) => [name, [] as string[]]));
  if (formatOf(file) === 'csv') {
    const separator = extname(file).toLowerCase() === '.tsv' ? '\t' : ',';
    for await (const row of csvRows(file, { columns: [...names], separator })) {
      names.forEach((name, k) => {
        const value = row.values[k]!;
        if (!MISSING_TOKENS.has(value)) texts.get(name)!.push(value);
      });
    }
    return texts;
  }
  for await (const { value, line } of jsonlValues(file)) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new DhowError('invalid-input', 'each line must be a JSON object', { file, line });
    }
    for (const name of names) {
      const text = Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined;
      if (text === undefined || text === null || text === '') continue;
      if (typeof text !== 'string') {
        throw new DhowError('invalid-input', `a text column must hold strings; this line holds a ${Array.isArray(text) ? 'list' : typeof text}`, {
          file,
          line,
          field: name,
        });
      }
      texts.get(name)!.push(text);
    }
  }
  return texts;
}
