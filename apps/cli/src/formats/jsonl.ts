import { buildDocument, type DocumentFields } from './document.js';
import { CONVERT_HINT, MAX_LINE_BYTES, openInput, readLines } from './streams.js';
import type { ImportInput, ParsedRecord, ReadOptions } from './types.js';

/**
 * The fields of a line: `DocumentInput`'s own names, else the snake_case ones that a CSV turned
 * into JSON Lines carries (`external_id`, `published_at`, flat `source_name`/`source_platform`/
 * `source_country` for the `source` object).
 */
export function jsonlFields(value: Record<string, unknown>): DocumentFields {
  const pick = (...keys: string[]): unknown => {
    for (const key of keys) if (value[key] !== undefined) return value[key];
    return undefined;
  };
  const flatSource = { name: pick('source_name', 'sourceName'), platform: pick('source_platform', 'sourcePlatform'), country: pick('source_country', 'sourceCountry') };
  const hasFlat = flatSource.name !== undefined || flatSource.platform !== undefined || flatSource.country !== undefined;
  return {
    url: value.url,
    title: value.title,
    author: value.author,
    text: value.text,
    language: value.language,
    externalId: pick('externalId', 'external_id'),
    publishedAt: pick('publishedAt', 'published_at'),
    source: value.source !== undefined ? value.source : hasFlat ? flatSource : undefined,
  };
}

function describeJsonError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return `invalid JSON: ${message}`;
}

/**
 * JSON Lines: one `DocumentInput` object per line. Blank lines are skipped; `recordNo` is the
 * line number. Lines are read one at a time, so file size does not matter. A line that is not
 * UTF-8 is a reject; a byte-order mark is dropped from any line (files joined with `cat` keep
 * the marks of all but the first).
 */
export async function* readJsonl(input: ImportInput, options: ReadOptions = {}): AsyncGenerator<ParsedRecord> {
  const stream = openInput(input, options.onOpen);
  let lineNo = 0;
  try {
    for await (const { text, utf8, tooLong } of readLines(stream as AsyncIterable<Buffer | string>)) {
      lineNo += 1;
      const line = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      if (tooLong !== undefined) {
        const hint = line.trimStart().startsWith('[') ? ' (this looks like a JSON array, not JSON Lines: one object per line)' : '';
        yield { ok: false, recordNo: lineNo, reason: `line is ${tooLong} bytes long, over the ${MAX_LINE_BYTES}-byte limit${hint}`, raw: line };
        continue;
      }
      if (line.trim() === '') continue;
      if (!utf8) {
        yield { ok: false, recordNo: lineNo, reason: `line is not valid UTF-8 (${CONVERT_HINT})`, raw: line };
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        yield { ok: false, recordNo: lineNo, reason: describeJsonError(err), raw: line };
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        yield { ok: false, recordNo: lineNo, reason: 'line is not a JSON object', raw: line };
        continue;
      }
      const built = buildDocument(jsonlFields(value as Record<string, unknown>), { sourceOverride: options.sourceOverride, assumedOffset: options.assumedOffset });
      yield built.ok
        ? { ok: true, recordNo: lineNo, document: built.document, raw: line }
        : { ok: false, recordNo: lineNo, reason: built.reason, raw: line };
    }
  } finally {
    stream.destroy();
  }
}
