import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { readDocuments } from './index.js';
import { collect, fixture, lazySource, oks, rejects } from './test-helpers.js';

function line(i: number): string {
  return `${JSON.stringify({
    externalId: `gen-${i}`,
    text: `Generated claim number ${i} about a staged video.`,
    publishedAt: '2024-03-01T00:00:00Z',
    source: { name: 'Generator', platform: 'web' },
  })}\n`;
}

describe('readDocuments(jsonl)', () => {
  it('numbers records by line and rejects malformed lines with a reason, reading on', async () => {
    const records = await collect(readDocuments(fixture('sample.jsonl'), 'jsonl'));
    expect(oks(records).map((r) => r.recordNo)).toEqual([1, 2, 5, 9]);
    expect(rejects(records).map((r) => [r.recordNo, r.reason])).toEqual([
      [4, expect.stringMatching(/^invalid JSON: /)],
      [6, 'missing text (empty)'],
      [7, 'unparsable publishedAt "last Tuesday" (use ISO 8601 such as 2026-11-26T10:00:00Z, RFC 822, or 26.11.2026 10:00)'],
      [8, 'missing source name'],
    ]);
    const bad = rejects(records).find((r) => r.recordNo === 4)!;
    expect(bad.raw).toContain('"externalId":"broken-1"');
  });

  it('builds RawDocuments with normalised UTC dates and the given source', async () => {
    const records = oks(await collect(readDocuments(fixture('sample.jsonl'), 'jsonl')));
    const ru = records.find((r) => r.recordNo === 2)!.document;
    expect(ru.publishedAt).toBe('2024-03-02T11:05:00.000Z');
    expect(ru.source).toEqual({ name: 'Вестник Севера', platform: 'web', country: 'LV' });
    expect(ru.language).toBe('ru');
    const uk = records.find((r) => r.recordNo === 5)!.document;
    expect(uk.publishedAt).toBe('2024-03-03T00:00:00.000Z'); // date only: midnight UTC
    expect(uk.url).toBeNull();
  });

  it('--source overrides the source name and rescues records without one', async () => {
    const records = await collect(readDocuments(fixture('sample.jsonl'), 'jsonl', { sourceOverride: 'Desk import' }));
    expect(oks(records).map((r) => r.recordNo)).toEqual([1, 2, 5, 8, 9]);
    expect(new Set(oks(records).map((r) => r.document.source.name))).toEqual(new Set(['Desk import']));
    // platform and country of the record are kept
    expect(oks(records)[0].document.source).toEqual({ name: 'Desk import', platform: 'web', country: 'GB' });
  });

  it('handles a BOM, CRLF line ends, non-object lines and wrong field types', async () => {
    const input = [
      '\uFEFF{"text":"a","publishedAt":"2024-01-01T10:00:00+02:00","source":"Plain name"}',
      '[1,2]',
      '{"text":42,"publishedAt":20240101,"source":{"name":"X"},"externalId":{"a":1}}',
      '{"text":"b","publishedAt":"2024-02-30","source":{"name":"X"}}',
      '{"text":"c","publishedAt":"Tue, 05 Mar 2024 10:00:00 MSK","source":{"name":"X"},"externalId":123}',
    ].join('\r\n');
    const records = await collect(readDocuments(Readable.from([input]), 'jsonl'));
    expect(records.map((r) => (r.ok ? [r.recordNo, 'ok'] : [r.recordNo, r.reason]))).toEqual([
      [1, 'ok'],
      [2, 'line is not a JSON object'],
      [3, 'text must be a string; publishedAt 20240101 is neither Unix seconds nor milliseconds (use ISO 8601 such as 2026-11-26T10:00:00Z, RFC 822, or 26.11.2026 10:00); externalId must be a string'],
      [4, 'unparsable publishedAt "2024-02-30" (use ISO 8601 such as 2026-11-26T10:00:00Z, RFC 822, or 26.11.2026 10:00)'],
      [5, 'ok'],
    ]);
    const [first, , , , last] = records;
    expect(first.ok && first.document).toMatchObject({ publishedAt: '2024-01-01T08:00:00.000Z', source: { name: 'Plain name' } });
    expect(last.ok && last.document).toMatchObject({ publishedAt: '2024-03-05T07:00:00.000Z', externalId: '123' });
  });

  it('reads Unix times given as JSON numbers, and the snake_case fields of a CSV turned into JSON Lines', async () => {
    const input = [
      '{"text":"a","publishedAt":1709294400,"source":{"name":"X"}}',
      '{"text":"b","publishedAt":1709294400123,"source":{"name":"X"}}',
      '{"text":"c","published_at":"2024-03-01","source_name":"Flat Desk","source_platform":"web","source_country":"UA","external_id":"f-1"}',
      '{"text":"d","publishedAt":1709294400,"source":{"name":"Nested"},"source_name":"ignored: the object wins"}',
      '{"text":"e","publishedAt":-5,"source":{"name":"X"}}',
    ].join('\n');
    const records = await collect(readDocuments(Readable.from([input]), 'jsonl'));
    expect(records.map((r) => (r.ok ? [r.document.publishedAt, r.document.source, r.document.externalId] : r.reason))).toEqual([
      ['2024-03-01T12:00:00.000Z', { name: 'X', platform: null, country: null }, null],
      ['2024-03-01T12:00:00.123Z', { name: 'X', platform: null, country: null }, null],
      ['2024-03-01T00:00:00.000Z', { name: 'Flat Desk', platform: 'web', country: 'UA' }, 'f-1'],
      ['2024-03-01T12:00:00.000Z', { name: 'Nested', platform: null, country: null }, null],
      expect.stringMatching(/^publishedAt -5 is neither Unix seconds nor milliseconds/),
    ]);
  });

  it("reads a scraper's own field names as the CSV reader does, DocumentInput's names winning whatever their order", async () => {
    const input = [
      // RUWA-like: date, outlet, and text beside fields that mean nothing here
      '{"id":"ruwa:1","date":"2022-03-01","title":"T","text":"Kyiv says the bridge stands.","language":"en","outlet":"example.net","event":"x"}',
      '{"content":"Moscow claims a village.","Date":"01.03.2022","Time":"14:35","Channel":"Front Desk","lang":"ru","link":"https://t.me/desk/5"}',
      '{"date":"2022-03-01","publishedAt":"2024-01-01T00:00:00Z","content":"loses","text":"Own names win.","outlet":"loses too","source":{"name":"Nested"}}',
      '{"text":"A plain string names the source.","published_at":"2024-01-02","source":"Plain Desk"}',
      '{"id":"7","text":"An id alone is not an externalId.","date":"2024-01-03","site":"s"}',
    ].join('\n');
    const records = await collect(readDocuments(Readable.from([input]), 'jsonl'));
    expect(records.map((r) => (r.ok ? r.document : r.reason))).toEqual([
      expect.objectContaining({ text: 'Kyiv says the bridge stands.', title: 'T', publishedAt: '2022-03-01T00:00:00.000Z', language: 'en', source: expect.objectContaining({ name: 'example.net' }), externalId: null }),
      expect.objectContaining({ text: 'Moscow claims a village.', publishedAt: '2022-03-01T14:35:00.000Z', language: 'ru', url: 'https://t.me/desk/5', source: expect.objectContaining({ name: 'Front Desk' }) }),
      expect.objectContaining({ text: 'Own names win.', publishedAt: '2024-01-01T00:00:00.000Z', source: expect.objectContaining({ name: 'Nested' }) }),
      expect.objectContaining({ text: 'A plain string names the source.', source: expect.objectContaining({ name: 'Plain Desk' }) }),
      expect.objectContaining({ externalId: null, source: expect.objectContaining({ name: 's' }) }),
    ]);
  });

  it('names the fields it does not read once each, and the other names of a missing field once', async () => {
    const input = [
      '{"text":"a","date":"2024-01-01","outlet":"o","event":"e","id":"1"}',
      '{"text":"b","date":"2024-01-01","outlet":"o","event":"e","id":"2"}',
      '{"body":"c","when":"2024-01-01"}',
      '{"body":"d","when":"2024-01-01","extra":1}',
    ].join('\n');
    const notices: string[] = [];
    const records = await collect(readDocuments(Readable.from([input]), 'jsonl', { onNotice: (m) => notices.push(m) }));
    expect(records.map((r) => r.ok || r.reason)).toEqual([true, true, 'missing publishedAt; missing source name', 'missing publishedAt; missing source name']);
    expect(notices).toEqual([
      'JSON Lines fields not read (line 1): event, id',
      'JSON Lines fields not read (line 3): when',
      expect.stringMatching(/^line 3 has no field for publishedAt \(or date, .*timestamp\); source_name \(or channel, .*outlet.*\); or give --source NAME for every record$/),
      'JSON Lines fields not read (line 4): extra (further ones are not named)',
    ]);
    // the field not read is the one that lost to DocumentInput's own name, whatever the order
    const both = '{"published_at":"2020-01-01","text":"t","publishedAt":"2024-01-01","source_name":"A","source":{"name":"B"}}';
    const told: string[] = [];
    const [record] = await collect(readDocuments(Readable.from([both]), 'jsonl', { onNotice: (m) => told.push(m) }));
    expect(record.ok && [record.document.publishedAt, record.document.source.name]).toEqual(['2024-01-01T00:00:00.000Z', 'B']);
    expect(told).toEqual(['JSON Lines fields not read (line 1): published_at, source_name']);
  });

  it('refuses a file whose first records all lack a field for text, date or source, instead of rejecting every line', async () => {
    const lines = Array.from({ length: 25 }, (_, i) => JSON.stringify({ id: `euvd:${i}`, date: '2019-01-01', claim_title: `Claim ${i}`, outlets: 'x.ru' }));
    await expect(collect(readDocuments(Readable.from([lines.join('\n')]), 'jsonl'))).rejects.toThrow(
      /^jsonl: none of the first 20 records has a field for text \(or .*content.*\); source_name \(or .*\); or give --source NAME for every record \(their fields: id, date, claim_title, outlets\); nothing was imported$/,
    );
    // with --source only the text is lacking
    await expect(collect(readDocuments(Readable.from([lines.join('\n')]), 'jsonl', { sourceOverride: 'EUvsDisinfo' }))).rejects.toThrow(
      /none of the first 20 records has a field for text \(or [^;]*\) \(their fields/,
    );
  });

  it('keeps rejecting line by line when the fields a line lacks are only empty, or other lines have them, in file order', async () => {
    const good = (i: number) => JSON.stringify({ text: `Kyiv says bridge ${i} stands.`, date: '2024-01-01', outlet: 'o' });
    const input = [
      '{"note":"a header line of some tool"}',
      'not json',
      ...Array.from({ length: 25 }, () => JSON.stringify({ text: '', date: '', outlet: '' })),
      good(1),
      '{"body":"no date"}',
    ].join('\n');
    const notices: string[] = [];
    const records = await collect(readDocuments(Readable.from([input]), 'jsonl', { onNotice: (m) => notices.push(m) }));
    expect(records.map((r) => r.recordNo)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    expect(records.filter((r) => r.ok).map((r) => r.recordNo)).toEqual([28]);
    // line 1 had no field for anything; the empty ones (line 3 on) are not told to rename what they have
    expect(notices.filter((n) => n.includes('has no field for'))).toEqual([expect.stringMatching(/^line 1 has no field for text/)]);
  });

  it('holds back at most a few hundred lines while the first records lack a field, then reads on line by line', async () => {
    const input = new PassThrough();
    const it = readDocuments(input, 'jsonl')[Symbol.asyncIterator]();
    input.write('{"text":"no source or date"}\n');
    for (let i = 0; i < 300; i++) input.write('not json\n');
    // the input is still open: a reader that held every line would not answer here
    const first = await Promise.race([
      it.next(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('lines held without end')), 2000).unref()),
    ]);
    expect(first.value).toMatchObject({ ok: false, recordNo: 1, reason: 'missing publishedAt; missing source name' });
    input.end();
    let count = 1;
    while (!(await it.next()).done) count += 1;
    expect(count).toBe(301);
  });

  it('refuses a rejects file, saying how to take the records out of it', async () => {
    const rejectsLine = JSON.stringify({ recordNo: 4, reason: 'missing text', raw: '{"publishedAt":"2024-01-01"}' });
    await expect(collect(readDocuments(Readable.from([`${rejectsLine}\n`]), 'jsonl'))).rejects.toThrow(
      /^jsonl: line 1 is from a rejects file, not a document: .*jq -r \.raw in\.rejects\.jsonl > retry\.jsonl/,
    );
    // a document that merely has a field called reason is one
    const doc = JSON.stringify({ text: 'Kyiv says the bridge stands.', publishedAt: '2024-01-01', source: 'S', reason: 'x' });
    expect(oks(await collect(readDocuments(Readable.from([`${doc}\n`]), 'jsonl')))).toHaveLength(1);
  });

  it('yields the first record before the input has ended', async () => {
    const input = new PassThrough();
    const it = readDocuments(input, 'jsonl')[Symbol.asyncIterator]();
    input.write(line(1));
    // A reader that waits for the end of the input would never answer here.
    const first = await Promise.race([
      it.next(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no record before the input ended')), 2000).unref()),
    ]);
    expect(first.value).toMatchObject({ ok: true, recordNo: 1 });
    input.write(line(2));
    input.end();
    expect((await it.next()).value).toMatchObject({ ok: true, recordNo: 2 });
    expect((await it.next()).done).toBe(true);
  });

  it('pulls a huge input only as far as it is consumed, and releases it when abandoned', async () => {
    const { stream, produced } = lazySource(200_000, (i) => line(i));
    let seen = 0;
    for await (const record of readDocuments(stream, 'jsonl')) {
      expect(record.ok).toBe(true);
      seen += 1;
      if (seen === 2000) break;
    }
    expect(seen).toBe(2000);
    expect(produced()).toBeLessThan(5000); // read-ahead is bounded by stream buffers, not by the input
    expect(stream.destroyed).toBe(true);
  });

  it('streams a large file from disk without reading it all before the first record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'narratrace-jsonl-'));
    const path = join(dir, 'big.jsonl');
    try {
      const chunk = Array.from({ length: 1000 }, (_, i) => line(i)).join('');
      writeFileSync(path, chunk.repeat(60)); // 60 000 lines, ~8 MB
      const size = statSync(path).size;
      const stream = createReadStream(path);
      let count = 0;
      let bytesAtFirst = -1;
      for await (const record of readDocuments(stream, 'jsonl')) {
        if (count === 0) bytesAtFirst = stream.bytesRead;
        if (record.ok) count += 1;
      }
      expect(count).toBe(60_000);
      expect(bytesAtFirst).toBeGreaterThan(0);
      expect(bytesAtFirst).toBeLessThan(size / 10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails loudly for a missing file', async () => {
    await expect(collect(readDocuments('/nonexistent/narratrace/input.jsonl', 'jsonl'))).rejects.toThrow(/ENOENT/);
  });

  it('drops a byte-order mark from any line and rejects a line that is not UTF-8, keeping the others', async () => {
    const good = (n: number) => `{"text":"Claim ${n} about «Купянськ»","publishedAt":"2024-03-01","source":{"name":"Wire"}}`;
    const bytes = Buffer.concat([
      Buffer.from(`\uFEFF${good(1)}\r\n\uFEFF${good(2)}\n`), // two files joined with cat
      Buffer.from('{"text":"'), Buffer.from([0xc2, 0xee, 0xe9]), Buffer.from('","publishedAt":"2024-03-01","source":{"name":"Wire"}}\n'),
      Buffer.from(good(4)),
    ]);
    // one byte at a time: lines and characters cut between chunks
    const chunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
    const records = await collect(readDocuments(Readable.from(chunks), 'jsonl'));
    expect(oks(records).map((r) => [r.recordNo, r.document.text])).toEqual([
      [1, 'Claim 1 about «Купянськ»'],
      [2, 'Claim 2 about «Купянськ»'],
      [4, 'Claim 4 about «Купянськ»'],
    ]);
    expect(rejects(records).map((r) => [r.recordNo, r.reason])).toEqual([
      [3, expect.stringMatching(/^line is not valid UTF-8 \(convert the file to UTF-8 first, e\.g\. iconv -f WINDOWS-1251/)],
    ]);
    expect(oks(records)[1]!.raw).toBe(good(2));
  });

  it('rejects a line over the length limit without holding it, and reads on after it', async () => {
    const item = JSON.stringify({ text: 'A claim inside an array', publishedAt: '2024-03-01', source: { name: 'Wire' } });
    const chunk = Buffer.from(`${item},`.repeat(Math.ceil(65_536 / (item.length + 1))));
    let sent = 0;
    const arrayFile = Readable.from(
      (function* () {
        yield Buffer.from('['); // a minified JSON array passed as JSON Lines: one 9 MB "line"
        for (; sent < 9 * 1024 * 1024; sent += chunk.length) yield chunk;
        yield Buffer.from(`${item}]\n${item}\n`);
      })(),
    );
    const records = await collect(readDocuments(arrayFile, 'jsonl'));
    expect(rejects(records)).toEqual([
      {
        ok: false,
        recordNo: 1,
        reason: expect.stringMatching(/^line is \d+ bytes long, over the 8388608-byte limit \(this looks like a JSON array, not JSON Lines: one object per line\)$/),
        raw: expect.stringMatching(/^\[\{"text":"A claim inside an array"/),
      },
    ]);
    expect(rejects(records)[0]!.raw.length).toBeLessThanOrEqual(1024);
    expect(oks(records).map((r) => r.recordNo)).toEqual([2]);
  });
});
