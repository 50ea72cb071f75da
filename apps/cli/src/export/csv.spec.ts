import { parse } from 'csv-parse/sync';
import { CLAIMS } from '../../../../test/fixtures/export-claims.js';
import { CSV_COLUMNS, csvHeader, escapeCsvField, formatCsvLine, toCsv, toCsvRows } from './index.js';

async function csvText(options = {}): Promise<string> {
  let out = '';
  for await (const chunk of toCsv(CLAIMS, options)) out += chunk;
  return out;
}

describe('escapeCsvField', () => {
  it('quotes only when needed and doubles quotes', () => {
    expect(escapeCsvField('plain')).toBe('plain');
    expect(escapeCsvField('a,b')).toBe('"a,b"');
    expect(escapeCsvField('say "no"')).toBe('"say ""no"""');
    expect(escapeCsvField('two\nlines')).toBe('"two\nlines"');
    expect(escapeCsvField(' padded ')).toBe('" padded "');
    expect(escapeCsvField(null)).toBe('');
    expect(escapeCsvField(0.5)).toBe('0.5');
    expect(escapeCsvField(new Date('2024-03-01T00:00:00Z'))).toBe('2024-03-01T00:00:00.000Z');
  });

  it('neutralises spreadsheet formulas unless told not to', () => {
    expect(escapeCsvField('=1+1')).toBe("'=1+1");
    expect(escapeCsvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCsvField('-5 claims')).toBe("'-5 claims");
    expect(escapeCsvField('=1+1', { formulaGuard: false })).toBe('=1+1');
    expect(escapeCsvField(-5)).toBe('-5'); // numbers are data, not text
  });
});

describe('toCsvRows / toCsv', () => {
  it('writes one row per claim × tag and one row for an untagged claim, CRLF-terminated', () => {
    expect(toCsvRows(CLAIMS[0])).toHaveLength(2);
    expect(toCsvRows(CLAIMS[3])).toHaveLength(1);
    expect(toCsvRows(CLAIMS[3])[0].endsWith('\r\n')).toBe(true);
    expect(csvHeader()).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
    expect(csvHeader({ bom: true }).startsWith('\uFEFF')).toBe(true);
  });

  it('round-trips through a CSV parser exactly when the formula guard is off', async () => {
    const rows: string[][] = parse(await csvText({ formulaGuard: false }), { relax_column_count: false });
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const body = rows.slice(1);
    expect(body).toHaveLength(7); // 2 + 2 + 1 + 1 + 1
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const expected = CLAIMS.flatMap((c) =>
      (c.tags.length ? c.tags : [null]).map((t) => [c.id, c.text, c.documentTitle ?? '', t?.narrativeSlug ?? '', t?.confidence?.toString() ?? '']),
    );
    expect(body.map((r) => [r[col('claim_id')], r[col('claim_text')], r[col('document_title')], r[col('narrative_slug')], r[col('tag_confidence')]])).toEqual(
      expected,
    );
    expect(body[0][col('claim_published_at')]).toBe('2024-03-01T18:30:00.000Z');
    expect(body[0][col('source_name')]).toBe('Фронтовий Огляд');
    expect(body[4][col('document_title')]).toBe('Line one\r\nline two');
    // columns added after the first release come at the end, so positions stay put
    expect(CSV_COLUMNS.slice(-2)).toEqual(['document_external_id', 'document_author']);
    expect(body.map((r) => r[col('document_author')])).toEqual(['Olena Kovalenko', 'Olena Kovalenko', '', '', '', '', '']);
    expect(body.map((r) => r[col('document_external_id')])).toEqual(['frontovyi_ohliad/3', 'frontovyi_ohliad/3', 'tv-digest-044', 'tv-digest-044', '', '', '']);
  });

  it('with the guard on, only formula-like text changes (by a leading apostrophe)', async () => {
    const rows: string[][] = parse(await csvText());
    const textCol = CSV_COLUMNS.indexOf('claim_text');
    const guarded = rows.slice(1).map((r) => r[textCol]);
    expect(guarded[4]).toBe(`'${CLAIMS[2].text}`);
    expect(guarded[0]).toBe(CLAIMS[0].text);
  });

  it('formatCsvLine joins escaped cells', () => {
    expect(formatCsvLine(['a', 'b,c', null, 3])).toBe('a,"b,c",,3\r\n');
  });
});
