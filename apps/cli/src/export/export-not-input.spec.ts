import { Readable } from 'node:stream';
import { CLAIMS } from '../../../../test/fixtures/export-claims.js';
import { readDocuments } from '../formats/index.js';
import { csvHeader, toCsvRows, toJsonLine } from './index.js';

async function readAll(text: string, format: 'csv' | 'jsonl'): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const record of readDocuments(Readable.from([text]), format)) out.push(record);
  return out;
}

// An analyst who feeds an export back to `import` would get each claim stored as a document of
// its own, its tags lost: the readers refuse the file before reading a record.
describe('a file written by export, given to import', () => {
  it('is refused as JSON Lines, naming what it is', async () => {
    const text = CLAIMS.map(toJsonLine).join('');
    await expect(readAll(text, 'jsonl')).rejects.toThrow(/^jsonl: line 1 is a claim from `export --format jsonl`, not a document: import takes documents/);
  });

  it('is refused as CSV, with or without the byte-order mark for spreadsheets', async () => {
    for (const bom of [false, true]) {
      const text = [csvHeader({ bom }), ...CLAIMS.flatMap((c) => toCsvRows(c))].join('');
      await expect(readAll(text, 'csv')).rejects.toThrow(/^csv: this is a claim export from `export --format csv`, not documents/);
    }
  });

  it('does not catch documents that merely have a tags list or an id', async () => {
    const line = JSON.stringify({ id: '1', text: 'Kyiv says the bridge stands.', publishedAt: '2024-03-01', source: { name: 'Desk' }, tags: ['war'] });
    expect(await readAll(`${line}\n`, 'jsonl')).toEqual([expect.objectContaining({ ok: true })]);
  });
});
