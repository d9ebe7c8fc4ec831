import { afterEach, describe, expect, it, vi } from 'vitest';
import { csvCell, csvFileName, toCsv, useCsvExport, type CsvColumn } from './useCsvExport';

interface Person {
  name: string;
  gap: number | null;
}

const columns: CsvColumn<Person>[] = [
  { header: 'Nama', value: (row) => row.name },
  { header: 'Gap', value: (row) => row.gap },
];

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Dr. Siti, M.Kom')).toBe('"Dr. Siti, M.Kom"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('neutralises text that a spreadsheet would run as a formula, but keeps negative numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(-1)).toBe('-1');
  });

  it('writes nothing for a missing value', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a header row and one row per item with CRLF line ends', () => {
    const rows: Person[] = [
      { name: 'Andi', gap: -2 },
      { name: 'Budi, S.T.', gap: null },
    ];
    expect(toCsv(columns, rows)).toBe('Nama,Gap\r\nAndi,-2\r\n"Budi, S.T.",\r\n');
  });
});

describe('csvFileName', () => {
  it('makes a dated slug without accents or punctuation', () => {
    expect(csvFileName('Matriks Kompetensi: Dinas Kominfo', new Date('2026-11-25T10:00:00Z'))).toBe(
      'matriks-kompetensi-dinas-kominfo-2026-11-25.csv',
    );
  });
});

describe('useCsvExport', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads the CSV with a byte-order mark and the dated file name', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });

    const csv = useCsvExport().exportCsv('Matriks', columns, [{ name: 'Andi', gap: 0 }]);

    expect(csv).toBe('Nama,Gap\r\nAndi,0\r\n');
    expect(clicked).toEqual([expect.stringMatching(/^matriks-\d{4}-\d{2}-\d{2}\.csv$/)]);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('saves CSV text the API wrote as it is, with the byte-order mark', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const text = 'nipBaru,namaKursus\r\n19900101 201503 2 001,Kursus\r\n';

    expect(useCsvExport().downloadCsv('SIASN', text)).toBe(text);

    expect(new TextDecoder().decode(await blobs[0]!.arrayBuffer())).toBe(text);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
