import { parse, type CsvError } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { buildDocument, type DocumentFields } from './document.js';
import { EXPORT_NOT_INPUT, columnLabel, mapNames, otherNames, withTimeOfDay, type Column } from './field-names.js';
import { CONVERT_HINT, openInput, readHead, strictUtf8 } from './streams.js';
import { FormatError, type ImportInput, type ParsedRecord, type ReadOptions } from './types.js';

/** Bounded so that a stray quote cannot make one "record" swallow a 1 GB file into memory. */
const MAX_RECORD_CHARS = 1_000_000;

const LINE_BREAK = /\r\n|\r|\n/g;
const LEADING_BREAKS = /^(?:\r\n|\r|\n)+/;

/**
 * Whether a record's text, read with no lenience about quotes, has a quoted field that closes
 * where no field ends: the mark of an opening quote never closed, whose field then ran on to the
 * next quote, in a later row. (A stray quote inside an unquoted field, `5" screen`, is not that.)
 */
function ranTogether(text: string, delimiter: string): boolean {
  try {
    parseSync(text, { delimiter, relax_column_count: true });
    return false;
  } catch (err) {
    return (err as CsvError).code === 'CSV_INVALID_CLOSING_QUOTE';
  }
}

function countBreaks(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}

/**
 * Picks `,`, `;` or tab from the first line of a file's text (Excel in many locales writes `;`). A
 * first line `sep=;`, which Excel writes and reads, names the delimiter and is not the header.
 */
export function sniffDelimiter(head: string): { delimiter: string; sepLine: boolean } {
  const firstLine = head.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0];
  const sep = /^"?sep=(.)"?$/i.exec(firstLine.trim());
  if (sep) return { delimiter: sep[1] === '\\' ? '\t' : sep[1]!, sepLine: true };
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return { delimiter: counts[0][1] > 0 ? counts[0][0] : ',', sepLine: false };
}

interface HeaderMap {
  indexOf: Partial<Record<Column, number>>;
  width: number;
}

function readHeader(fields: string[], options: ReadOptions): HeaderMap {
  const names = new Set(fields.map((f) => f.trim()));
  if (names.has('claim_id') && names.has('claim_text') && names.has('document_id')) {
    throw new FormatError('csv', `this is a claim export from \`export --format csv\`, not documents: ${EXPORT_NOT_INPUT}`, 1);
  }
  const { indexOf, conflict } = mapNames(fields);
  if (conflict) {
    throw new FormatError('csv', `header columns "${fields[conflict.first]}" and "${fields[conflict.second]}" both mean ${columnLabel(conflict.column)}: keep one`, 1);
  }
  const used = new Set(Object.values(indexOf));
  const unread = fields.filter((name, i) => !used.has(i) && name.trim() !== '');
  if (unread.length > 0) options.onNotice?.(`CSV columns not read: ${unread.join(', ')}`);
  const required: Column[] = ['text', 'publishedAt'];
  if (!options.sourceOverride) required.push('sourceName');
  const missing = required.filter((c) => indexOf[c] === undefined);
  if (missing.length > 0) {
    const names = missing.map(columnLabel);
    const others = missing.map((c) => `${columnLabel(c)}: ${otherNames(c).join(', ')}`);
    throw new FormatError(
      'csv',
      `header lacks required column(s): ${names.join(', ')} (found: ${fields.join(', ')}; also accepted: ${others.join('; ')})`,
      1,
    );
  }
  return { indexOf, width: fields.length };
}

function recordToFields(record: string[], header: HeaderMap): DocumentFields {
  const get = (c: Column): string | undefined => {
    const i = header.indexOf[c];
    if (i === undefined) return undefined;
    const v = record[i];
    return v === undefined || v === '' ? undefined : v;
  };
  const name = get('sourceName');
  const platform = get('sourcePlatform');
  const country = get('sourceCountry');
  return {
    externalId: get('externalId'),
    url: get('url'),
    title: get('title'),
    author: get('author'),
    text: get('text'),
    language: get('language'),
    publishedAt: withTimeOfDay(get('publishedAt'), get('publishedTime')),
    source: name === undefined && platform === undefined && country === undefined ? undefined : { name, platform, country },
  };
}

/**
 * CSV with a header row naming the DocumentInput columns (`externalId, url, title, author, text,
 * language, publishedAt, source_name, source_platform, source_country`; `byline` for author; snake_case or camelCase,
 * any order, unknown columns ignored; common other names such as Date, Content or Channel when the
 * usual one is absent). Streams through csv-parse; `recordNo` is the line on which
 * a record starts, the header being line 1.
 */
export async function* readCsv(input: ImportInput, options: ReadOptions = {}): AsyncGenerator<ParsedRecord> {
  const head = typeof input === 'string' ? await readHead(input, 64 * 1024) : options.head;
  const { delimiter, sepLine } = head ? sniffDelimiter(head.toString('utf8')) : { delimiter: ',', sepLine: false };
  const source = openInput(input, options.onOpen);
  const parser = parse({
    bom: true,
    from_line: sepLine ? 2 : 1,
    delimiter,
    raw: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_CHARS,
    // Structural errors are reported through 'skip' instead of destroying the stream, which would
    // drop the records parsed earlier from the same chunk.
    skip_records_with_error: true,
  });
  // With relax_quotes the only structural errors left are an unclosed quote (at the end of the
  // input) and an oversized record (after which csv-parse reads no further): both are terminal.
  let structuralError: (CsvError & { raw?: string }) | null = null;
  parser.on('skip', (err: CsvError & { raw?: string }) => {
    structuralError ??= err;
  });
  // Not UTF-8 (a Windows-1251 export from Excel, say) stops the import at the first bad byte:
  // decoding on would store every Cyrillic letter as U+FFFD.
  const utf8 = strictUtf8((line, byte) => new FormatError('csv', `line ${line} is not valid UTF-8 (byte ${byte}): ${CONVERT_HINT}`, line));
  source.on('error', (err) => parser.destroy(err));
  utf8.on('error', (err) => parser.destroy(err));
  source.pipe(utf8).pipe(parser);

  let header: HeaderMap | null = null;
  let nextLine = sepLine ? 2 : 1;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const { record, raw } = item;
      const leading = raw.match(LEADING_BREAKS)?.[0] ?? '';
      const recordNo = nextLine + countBreaks(leading);
      nextLine += countBreaks(raw);
      const rawText = raw.slice(leading.length).replace(/(?:\r\n|\r|\n)$/, '');

      if (!header) {
        header = readHeader(record, options);
        continue;
      }
      // A row of bare delimiters (";;;;;", spreadsheets leave them below the data) is an empty line.
      if (record.every((f) => f.trim() === '')) continue;
      // Lenient quotes let a field whose opening quote is never closed run on into the next rows,
      // giving one row's text another row's date and source: a record over several lines must
      // also read without that leniency.
      if (/[\r\n]/.test(rawText) && ranTogether(rawText, delimiter)) {
        const last = recordNo + countBreaks(rawText);
        yield {
          ok: false,
          recordNo,
          reason: `a quote opened on line ${recordNo} is not closed where its field ends, so lines ${recordNo}-${last} ran together into one record: close the quote (a quote inside a quoted field is written twice: "")`,
          raw: rawText,
        };
        continue;
      }
      let fields = record;
      if (fields.length > header.width && fields.slice(header.width).every((f) => f.trim() === '')) {
        fields = fields.slice(0, header.width); // trailing delimiters
      }
      if (fields.length !== header.width) {
        yield {
          ok: false,
          recordNo,
          reason: `expected ${header.width} fields as in the header, found ${fields.length}`,
          raw: rawText,
        };
        continue;
      }
      const built = buildDocument(recordToFields(fields, header), { sourceOverride: options.sourceOverride, assumedZone: options.assumedZone });
      yield built.ok
        ? { ok: true, recordNo, document: built.document, raw: rawText }
        : { ok: false, recordNo, reason: built.reason, raw: rawText };
    }
  } catch (err) {
    const code = (err as CsvError | undefined)?.code;
    if (typeof code !== 'string' || !code.startsWith('CSV_')) throw err;
    structuralError ??= err as CsvError;
  } finally {
    source.unpipe(utf8);
    utf8.unpipe(parser);
    parser.destroy();
    utf8.destroy();
    source.destroy();
  }
  if (structuralError) {
    const err: CsvError & { raw?: string } = structuralError;
    const reason = err.code === 'CSV_MAX_RECORD_SIZE'
      ? `record exceeds ${MAX_RECORD_CHARS} characters (most likely an unclosed quote)`
      : `malformed CSV: ${err.message.replace(/\s+at line \d+/g, '')}`; // its line count is unreliable with CRLF
    const raw = typeof err.raw === 'string' ? err.raw : '';
    const leading = raw.match(LEADING_BREAKS)?.[0] ?? '';
    const recordNo = nextLine + countBreaks(leading);
    if (header) {
      yield { ok: false, recordNo, reason, raw: raw.slice(leading.length, leading.length + 10_000).replace(/(?:\r\n|\r|\n)$/, '') };
    }
    if (err.code !== 'CSV_QUOTE_NOT_CLOSED' || !header) {
      // csv-parse cannot resynchronise after this: say so instead of silently stopping.
      throw new FormatError('csv', `cannot read past line ${recordNo}: ${reason}`, recordNo);
    }
  }
}
