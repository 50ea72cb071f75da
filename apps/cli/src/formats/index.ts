import { readCsv } from './csv.js';
import { readFeed } from './feed.js';
import { readJsonl } from './jsonl.js';
import { readTelegram } from './telegram.js';
import type { ImportFormat, ImportInput, ParsedRecord, ReadOptions } from './types.js';

export * from './types.js';
export { checkReadable, detectFormat, detectFormatFromHead, detectStdinFormat, unreadableBecause } from './detect.js';
export { buildDocument, type DocumentFields, type BuildResult } from './document.js';
export { htmlToText, decodeEntities } from './html.js';
export { readJsonl } from './jsonl.js';
export { readCsv } from './csv.js';
export { readTelegram, flattenTelegramText } from './telegram.js';
export { readFeed } from './feed.js';

/**
 * Reads documents from an import file, one `ParsedRecord` at a time, never holding the whole
 * file in memory. Malformed records come out as `ok: false` and reading goes on; a file that
 * cannot be read in the format at all makes the generator throw a `FormatError`.
 */
export function readDocuments(
  input: ImportInput,
  format: ImportFormat,
  options: ReadOptions = {},
): AsyncGenerator<ParsedRecord> {
  switch (format) {
    case 'jsonl':
      return readJsonl(input, options);
    case 'csv':
      return readCsv(input, options);
    case 'telegram':
      return readTelegram(input, options);
    case 'rss':
      return readFeed(input, options);
    default: {
      const unknown: never = format;
      throw new Error(`unknown import format ${String(unknown)}`);
    }
  }
}
