import { createInterface } from 'node:readline';
import { buildDocument, type DocumentFields } from './document.js';
import { openInput } from './streams.js';
import type { ImportInput, ParsedRecord, ReadOptions } from './types.js';

function describeJsonError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return `invalid JSON: ${message}`;
}

/**
 * JSON Lines: one `DocumentInput` object per line. Blank lines are skipped; `recordNo` is the
 * line number. Lines are read one at a time (readline), so file size does not matter.
 */
export async function* readJsonl(input: ImportInput, options: ReadOptions = {}): AsyncGenerator<ParsedRecord> {
  const stream = openInput(input, options.onOpen);
  if (typeof input === 'string') stream.setEncoding('utf8');
  let streamError: unknown = null;
  stream.on('error', (err) => {
    streamError = err;
  });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const rawLine of lines) {
      lineNo += 1;
      const line = lineNo === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
      if (line.trim() === '') continue;
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
      const built = buildDocument(value as DocumentFields, { sourceOverride: options.sourceOverride });
      yield built.ok
        ? { ok: true, recordNo: lineNo, document: built.document }
        : { ok: false, recordNo: lineNo, reason: built.reason, raw: line };
    }
  } finally {
    lines.close();
    stream.destroy();
  }
  if (streamError) throw streamError;
}
