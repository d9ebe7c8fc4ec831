// CSV export of what a table shows: RFC 4180 quoting, a UTF-8 byte-order mark so spreadsheet programs read the
// Indonesian names right, and cells that would start a formula neutralised (CSV injection).
export type CsvValue = string | number | null | undefined;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // A number may be negative (a gap): only text gets the formula guard.
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => csvCell(column.header))];
  for (const row of rows) lines.push(columns.map((column) => csvCell(column.value(row))));
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

/** A file name safe on every system: letters, digits and dashes, with the date. */
export function csvFileName(title: string, date: Date = new Date()): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .toLowerCase();
  return `${slug || 'export'}-${date.toISOString().slice(0, 10)}.csv`;
}

export function useCsvExport() {
  function exportCsv<Row>(title: string, columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
    return downloadCsv(title, toCsv(columns, rows));
  }
  /** Saves CSV text the API wrote (the SIASN export), with the byte-order mark Excel needs for UTF-8. */
  function downloadCsv(title: string, csv: string): string {
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = csvFileName(title);
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
    return csv;
  }
  return { exportCsv, downloadCsv };
}
