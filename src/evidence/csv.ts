/**
 * Writing CSV (RFC 4180) for the evidence pack: CRLF line ends, fields quoted when they hold a separator,
 * a quote or a line break. A text cell that a spreadsheet would run as a formula (=, +, -, @ first) is
 * prefixed with a single quote, as OWASP advises for CSV meant to be opened in Excel: an approver's name
 * or a reason typed into a commit must not become a formula on a regulator's machine.
 */
export type CsvCell = string | number | boolean | null | undefined;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvCell>[]): string {
  const lines = [columns.map(csvCell).join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))];
  return lines.map((l) => `${l}\r\n`).join('');
}
