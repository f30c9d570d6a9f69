/** Cells a spreadsheet would run as a formula get a leading apostrophe; every cell is quoted. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** One CSV line (RFC 4180 line ending) of safely quoted cells. */
export function csvLine(values: unknown[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}
