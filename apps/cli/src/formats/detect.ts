import { extname } from 'node:path';
import { sniffDelimiter } from './csv.js';
import { mapNames } from './field-names.js';
import { readHead } from './streams.js';
import type { ImportFormat } from './types.js';

const BY_EXTENSION: Record<string, ImportFormat> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.jsonlines': 'jsonl',
  '.csv': 'csv',
  '.rss': 'rss',
  '.atom': 'rss',
  '.rdf': 'rss',
  '.xml': 'rss',
};

const PEEK_BYTES = 64 * 1024;

/** Keys a Telegram Desktop export (a chat, or a whole account) has near its start. */
const TELEGRAM_KEYS = /"(?:messages|chats|personal_information|left_chats)"\s*:/;

/** Whether a JSON text names a Telegram export's keys near its start (after a chat's name, type and id). */
function namesTelegramKeys(start: string): boolean {
  return TELEGRAM_KEYS.test(start.slice(0, 4096));
}

async function peek(path: string): Promise<string> {
  return (await readHead(path, PEEK_BYTES)).toString('utf8').replace(/^\uFEFF/, '');
}

/** Format of a text that starts with `head` (the first bytes of a file); null when unclear. */
export function detectFormatFromHead(head: string): ImportFormat | null {
  const start = head.trimStart();
  if (start.startsWith('[')) return 'jsonl'; // a JSON array: checkReadable says what to do with it
  if (start.startsWith('<')) return 'rss';
  if (start.startsWith('{')) {
    const firstLine = start.split(/\r?\n/, 1)[0];
    try {
      const value: unknown = JSON.parse(firstLine);
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const obj = value as Record<string, unknown>;
        // A minified, small Telegram export fits on one line too.
        if (Array.isArray(obj.messages) || (obj.chats && typeof obj.chats === 'object')) return 'telegram';
        return 'jsonl';
      }
    } catch {
      // A pretty-printed object (Telegram Desktop writes one) does not parse line by line, nor
      // does a first line longer than the look (a long text) or a broken one.
    }
    // a Telegram export names its messages, chats or account near its start (after a chat's
    // name, type and id); objects without those keys are records (a pretty-printed one is
    // caught by unreadableBecause)
    return namesTelegramKeys(start) ? 'telegram' : 'jsonl';
  }
  const firstLine = start.split(/\r?\n/, 1)[0];
  const { delimiter, sepLine } = sniffDelimiter(start);
  if (sepLine) return 'csv';
  if (!/[,;\t]/.test(firstLine)) return null;
  if (/text/i.test(firstLine)) return 'csv';
  // a header naming a text column by another name ("Date;Content;Channel")
  return mapNames(firstLine.split(delimiter).map((f) => f.replace(/^"|"$/g, ''))).indexOf.text !== undefined ? 'csv' : null;
}

/**
 * The import format of a file: by extension (`.jsonl/.ndjson`, `.csv`, `.rss/.atom/.rdf/.xml`),
 * otherwise (including `.json`, which may be JSON Lines or a Telegram export) by peeking at its
 * first 64 KiB. Throws when neither tells.
 */
export async function detectFormat(path: string): Promise<ImportFormat> {
  const byExtension = BY_EXTENSION[extname(path).toLowerCase()];
  if (byExtension) return byExtension;
  const detected = detectFormatFromHead(await peek(path));
  if (!detected) {
    throw new Error(`cannot tell the format of ${path}; pass --format jsonl|csv|telegram|rss`);
  }
  return detected;
}

/**
 * Files that are plainly not what any reader takes, caught before reading with a way out: a UTF-16
 * text (Excel's "Unicode Text"; feeds are exempt, their XML declaration may name UTF-16), an HTML
 * page (Telegram Desktop's default export), one JSON array where JSON Lines or an export object is
 * wanted. Null when the file looks fine.
 */
export function unreadableBecause(head: Buffer, format: ImportFormat | null): string | null {
  const utf16 = head[0] === 0xff && head[1] === 0xfe ? 'utf16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf16be' : utf16WithoutMark(head);
  const xml = utf16 !== null && new TextDecoder(utf16 === 'utf16le' ? 'utf-16le' : 'utf-16be').decode(head.subarray(2, 64)).trimStart().startsWith('<');
  if (utf16 !== null && format !== 'rss' && !xml) {
    return 'the file is UTF-16 text (as Excel saves "Unicode Text"): convert it to UTF-8 first, e.g. iconv -f UTF-16 -t UTF-8 in.txt > out.csv';
  }
  const start = head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (/^<(?:!doctype\s+html|html[\s>])/i.test(start)) {
    return format === 'rss'
      ? 'the file is an HTML page, not a feed: the feed address answered with a web page (a login, a bot check, a moved feed); save the feed itself'
      : 'the file is an HTML page, not a feed or export: Telegram Desktop exports HTML unless told otherwise (export the chat again with the format "Machine-readable JSON" and import its result.json), and a feed address may answer with a web page (a login, a bot check)';
  }
  // the JSON shapes no reader takes, unless the file is read as CSV or a feed
  const json = format !== 'csv' && format !== 'rss';
  if (json && start.startsWith('[')) {
    return "the file is one JSON array, not JSON Lines: convert it first, e.g. jq -c '.[]' in.json > out.jsonl";
  }
  if (json && /^\{\s*"type"\s*:\s*"bundle"/.test(start)) {
    return 'the file is a STIX bundle (as `export --format stix` writes): import takes documents (JSON Lines, CSV, Telegram, RSS), not claims already extracted';
  }
  if (json && format !== 'telegram' && /^\{[ \t]*\r?\n/.test(start) && !namesTelegramKeys(start)) {
    return "the file holds JSON objects over several lines (pretty-printed), not JSON Lines, one object a line: convert it first, e.g. jq -c . in.json > out.jsonl";
  }
  return null;
}

/**
 * UTF-16 without a byte-order mark, as some tools write it: text whose every other byte is zero
 * (mostly ASCII letters in UTF-16). Which half is zero tells the byte order.
 */
function utf16WithoutMark(head: Buffer): 'utf16le' | 'utf16be' | null {
  const n = Math.min(head.length, 256) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZero += 1;
    if (head[i + 1] === 0) oddZero += 1;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.6 && evenZero === 0) return 'utf16le';
  if (evenZero >= pairs * 0.6 && oddZero === 0) return 'utf16be';
  return null;
}

/**
 * Throws when `unreadableBecause` finds the file plainly unreadable as `format` (null: not chosen
 * yet). `head`: its first bytes when already read (standard input), else they are read from `path`.
 */
export async function checkReadable(path: string, format: ImportFormat | null, head?: Buffer): Promise<void> {
  const problem = unreadableBecause(head ?? (await readHead(path, 4096)), format);
  if (problem) throw new Error(`cannot import ${path}: ${problem}`);
}

/** The import format of standard input, from its first bytes; throws when they do not tell. */
export function detectStdinFormat(head: Buffer): ImportFormat {
  if (head.length === 0) throw new Error('standard input is empty: nothing to import');
  const detected = detectFormatFromHead(head.toString('utf8').replace(/^\uFEFF/, ''));
  if (!detected) throw new Error('cannot tell the format of standard input; pass --format jsonl|csv|telegram|rss');
  return detected;
}
