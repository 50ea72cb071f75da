import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { FormatError, readDocuments, type ParsedRecord } from './index.js';
import { collect, fixture, lazySource, oks, rejects } from './test-helpers.js';

const csv = (text: string) => Readable.from([Buffer.from(text)]);

describe('readDocuments(csv)', () => {
  it('numbers records by their first line (header = line 1) and rejects bad rows with reasons', async () => {
    const records = await collect(readDocuments(fixture('sample.csv'), 'csv'));
    expect(oks(records).map((r) => r.recordNo)).toEqual([2, 3, 5, 8]);
    expect(rejects(records).map((r) => [r.recordNo, r.reason, r.raw])).toEqual([
      [6, 'missing publishedAt', 'csv-004,,Missing date,A claim without any date attached to it.,en,,Northbridge Monitor,web,GB'],
      [7, 'expected 9 fields as in the header, found 4', 'csv-005,,Short row,Only four fields here'],
    ]);
  });

  it('unquotes fields, keeps embedded line breaks, and maps the source columns', async () => {
    const records = oks(await collect(readDocuments(fixture('sample.csv'), 'csv')));
    const [first, second, third, fourth] = records.map((r) => r.document);
    expect(first.text).toBe(
      'Posts claim that the power cuts in Kharkiv were caused by sabotage from inside the utility, "according to insiders". The utility named missile strikes as the cause.',
    );
    expect(first.source).toEqual({ name: 'Northbridge Monitor', platform: 'web', country: 'GB' });
    expect(second.text.split('\n')).toHaveLength(2);
    expect(second.url).toBeNull();
    expect(second.publishedAt).toBe('2024-03-08T10:00:00.000Z');
    expect(third.publishedAt).toBe('2024-03-08T14:20:00.000Z'); // RFC 822 with +0200
    expect(fourth.title).toBe('Ефір, 9 березня');
    expect(fourth.source).toEqual({ name: 'TV Digest', platform: 'tv', country: null });
  });

  it('counts lines right with CRLF line ends, quoted CRLFs and blank lines', async () => {
    const input = [
      'text,publishedAt,source_name',
      '"first\r\nsecond line",2024-01-01,S',
      '',
      'plain,2024-01-02,S',
      '"three\r\nline\r\nfield",2024-01-03,S',
      'after,2024-01-04,S',
      '',
    ].join('\r\n');
    const records = await collect(readDocuments(csv(input), 'csv'));
    expect(records.map((r) => r.recordNo)).toEqual([2, 5, 6, 9]);
    expect(records.every((r) => r.ok)).toBe(true);
  });

  it('reads the author from an author or byline column', async () => {
    for (const header of ['author', 'Byline']) {
      const input = `text,publishedAt,source,${header}\nBody,2024-05-01T00:00:00Z,Desk,  Anna   Petrenko \nOther,2024-05-01T00:00:00Z,Desk,\n`;
      const docs = oks(await collect(readDocuments(csv(input), 'csv'))).map((r) => r.document.author);
      expect(docs).toEqual(['Anna   Petrenko', null]);
    }
  });

  it('accepts snake_case or camelCase headers in any order and ignores unknown columns', async () => {
    const input = 'Source_Name,notes,published_at,TEXT,external_id\nDesk,x,2024-05-01T00:00:00Z,Body,e1\n';
    const [record] = await collect(readDocuments(csv(input), 'csv'));
    expect(record).toEqual({
      ok: true,
      recordNo: 2,
      document: {
        externalId: 'e1', url: null, title: null, author: null, text: 'Body', language: null,
        publishedAt: '2024-05-01T00:00:00.000Z', source: { name: 'Desk', platform: null, country: null },
      },
      raw: 'Desk,x,2024-05-01T00:00:00Z,Body,e1',
    });
  });

  it('reads the names spreadsheets often use (Date, Content, Channel, …) when the usual column is absent', async () => {
    const input = 'ID,Date,Headline,Content,Channel,Lang,Link,Body\r\n7,26.11.2026 10:00,Title,Main text,Канал,uk,https://t.me/c/7,Other\r\n';
    const [record] = await collect(readDocuments(csv(input), 'csv'));
    expect(record).toMatchObject({
      ok: true,
      document: {
        externalId: null, // an "ID" column may be a row number: never an identity
        url: 'https://t.me/c/7', title: 'Title', text: 'Main text', language: 'uk',
        publishedAt: '2026-11-26T10:00:00.000Z', source: { name: 'Канал' },
      },
    });
    // the usual name wins over another name for the same field, wherever it stands
    const [preferred] = oks(await collect(readDocuments(csv('content,date,source,text,publishedAt\nA,2020-01-01,S,B,2024-05-01\n'), 'csv')));
    expect(preferred.document).toMatchObject({ text: 'B', publishedAt: '2024-05-01T00:00:00.000Z' });
  });

  it('skips rows of bare delimiters that spreadsheets leave below the data, as empty lines', async () => {
    const input = 'text,publishedAt,source_name\r\nOne claim,2024-05-01,Desk\r\n,,\r\n , ,\r\n,,,,\r\nTwo,2024-05-02,Desk\r\n';
    const records = await collect(readDocuments(csv(input), 'csv'));
    expect(records.map((r) => [r.recordNo, r.ok])).toEqual([[2, true], [6, true]]);
  });

  it('names the two header columns that mean the same field', async () => {
    await expect(collect(readDocuments(csv('source,text,publishedAt,source_name\nA,b,2024-05-01,C\n'), 'csv'))).rejects.toThrow(
      'csv: header columns "source" and "source_name" both mean source_name: keep one',
    );
  });

  it('stops at the first byte that is not UTF-8, naming its line, instead of storing U+FFFD', async () => {
    const cp1251 = Buffer.concat([
      Buffer.from('text,publishedAt,source_name\nFirst claim,2024-05-01,Desk\n'),
      Buffer.from([0xc2, 0xee, 0xe9, 0xf1, 0xea, 0xe0]), // "Войска" in Windows-1251
      Buffer.from(',2024-05-02,Desk\n'),
    ]);
    const seen: ParsedRecord[] = [];
    const run = async () => {
      for await (const r of readDocuments(Readable.from([cp1251]), 'csv')) seen.push(r);
    };
    await expect(run()).rejects.toThrow(/^csv: line 3 is not valid UTF-8 \(byte 58\): convert the file to UTF-8 first, e\.g\. iconv/);
    expect(seen.length).toBeLessThanOrEqual(1);
  });

  it('reads UTF-8 characters split between chunks', async () => {
    const bytes = Buffer.from('text,publishedAt,source_name\nВійська «Півночі» 🇺🇦,2024-05-01,Канал\n');
    const chunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1)); // one byte at a time
    const [record] = oks(await collect(readDocuments(Readable.from(chunks), 'csv')));
    expect(record.document).toMatchObject({ text: 'Війська «Півночі» 🇺🇦', source: { name: 'Канал' } });
  });

  it('throws a FormatError when the header lacks required columns, unless --source supplies the name', async () => {
    await expect(collect(readDocuments(csv('title,text\nx,y\n'), 'csv'))).rejects.toThrow(
      /header lacks required column\(s\): publishedAt, source_name \(found: title, text; also accepted: publishedAt: date, datetime, .*; source_name: channel, /,
    );
    const records = await collect(
      readDocuments(csv('text,publishedAt\nhello,2024-01-01\n'), 'csv', { sourceOverride: 'Manual' }),
    );
    expect(records).toMatchObject([{ ok: true, recordNo: 2, document: { source: { name: 'Manual' } } }]);
  });

  it('reports an unclosed quote at the line where the record starts', async () => {
    const input = 'text,publishedAt,source_name\nok,2024-01-01,S\n"never closed,2024-01-02,S\nrest,2024-01-03,S\n';
    const records = await collect(readDocuments(csv(input), 'csv'));
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ ok: true, recordNo: 2 });
    expect(records[1]).toMatchObject({ ok: false, recordNo: 3, reason: expect.stringMatching(/^malformed CSV: Quote Not Closed/) });
  });

  it('rejects rows that an unclosed quote ran together, instead of giving one row the next row\'s date and source', async () => {
    const input = [
      'text,publishedAt,source_name',
      '"Moscow says the front collapsed.",2024-03-01,RT',
      '"Unclosed quote row,2024-03-02,RT',
      '"Kyiv denies it.",2024-03-03,UNIAN',
      '"A post over',
      'two lines, with ""quotes"".",2024-03-04,Desk',
      'Phone with 5" screen,2024-03-04,"Desk',
      'of many lines"',
      'Last row,2024-03-05,Desk',
    ].join('\n');
    const records = await collect(readDocuments(csv(`${input}\n`), 'csv'));
    expect(records.map((r) => (r.ok ? [r.recordNo, r.document.text, r.document.source.name] : [r.recordNo, r.reason]))).toEqual([
      [2, 'Moscow says the front collapsed.', 'RT'],
      [3, 'a quote opened on line 3 is not closed where its field ends, so lines 3-4 ran together into one record: close the quote (a quote inside a quoted field is written twice: "")'],
      [5, 'A post over\ntwo lines, with "quotes".', 'Desk'],
      [7, 'Phone with 5" screen', 'Desk\nof many lines'],
      [9, 'Last row', 'Desk'],
    ]);
    expect(rejects(records)[0].raw).toBe('"Unclosed quote row,2024-03-02,RT\n"Kyiv denies it.",2024-03-03,UNIAN');
  });

  it('stops with a FormatError (after the reject) when a record grows past the size bound', async () => {
    const huge = 'x'.repeat(1_100_000);
    const input = `text,publishedAt,source_name\nok,2024-01-01,S\n"${huge}\n`;
    const seen: unknown[] = [];
    let error: unknown;
    try {
      for await (const r of readDocuments(csv(input), 'csv')) seen.push(r);
    } catch (err) {
      error = err;
    }
    expect(seen).toMatchObject([{ ok: true }, { ok: false, recordNo: 3, reason: expect.stringContaining('unclosed quote') }]);
    expect(error).toBeInstanceOf(FormatError);
  });

  it('detects a semicolon delimiter in files written by spreadsheet programs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'narratrace-csv-'));
    try {
      const path = join(dir, 'semi.csv');
      writeFileSync(path, '\uFEFFtext;publishedAt;source_name\n"Ракети; дрони";2024-01-01;Канал\n');
      const [record] = await collect(readDocuments(path, 'csv'));
      expect(record).toMatchObject({ ok: true, document: { text: 'Ракети; дрони', source: { name: 'Канал' } } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes the delimiter from an Excel "sep=" first line, counting lines from the file\'s first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'narratrace-csv-'));
    try {
      const path = join(dir, 'sep.csv');
      writeFileSync(path, 'sep=;\r\ntext;publishedAt;source_name\r\nOne, two;2024-01-01;Канал\r\nbad row\r\n');
      const records = await collect(readDocuments(path, 'csv'));
      expect(records.map((r) => [r.recordNo, r.ok])).toEqual([[3, true], [4, false]]);
      expect(records[0]).toMatchObject({ document: { text: 'One, two' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('completes a date with a time column of its own, and names the columns it does not read', async () => {
    const notices: string[] = [];
    const input = 'Date,Time,Message,Channel,Article URL,Likes\n26.11.2026,14:35,Trains run again,Rail Watch,https://r.example/1,12\n2026-11-26 09:00,14:35,Has its own time,Rail Watch,,3\n';
    const docs = oks(await collect(readDocuments(csv(input), 'csv', { onNotice: (m) => notices.push(m) }))).map((r) => r.document);
    expect(docs.map((d) => [d.publishedAt, d.url])).toEqual([
      ['2026-11-26T14:35:00.000Z', 'https://r.example/1'],
      ['2026-11-26T09:00:00.000Z', null], // a date with a time keeps it
    ]);
    expect(notices).toEqual(['CSV columns not read: Likes']);
  });

  it('pulls a huge input only as far as it is consumed', async () => {
    const { stream, produced } = lazySource(
      200_000,
      (i) => `"Claim ${i}, about ""staged"" footage",2024-03-01T00:00:00Z,Generator\n`,
      'text,publishedAt,source_name\n',
    );
    let seen = 0;
    for await (const record of readDocuments(stream, 'csv')) {
      expect(record).toMatchObject({ ok: true, recordNo: seen + 2 });
      seen += 1;
      if (seen === 2000) break;
    }
    expect(produced()).toBeLessThan(6000);
    expect(stream.destroyed).toBe(true);
  });
});
