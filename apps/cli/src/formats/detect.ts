import { open } from 'node:fs/promises';
import { extname } from 'node:path';
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

async function peek(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(PEEK_BYTES);
    const { bytesRead } = await handle.read(buf, 0, PEEK_BYTES, 0);
    return buf.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    await handle.close();
  }
}

/** Format of a text that starts with `head` (the first bytes of a file); null when unclear. */
export function detectFormatFromHead(head: string): ImportFormat | null {
  const start = head.trimStart();
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
      // A pretty-printed object (Telegram Desktop writes one) does not parse line by line.
    }
    return 'telegram';
  }
  const firstLine = start.split(/\r?\n/, 1)[0];
  if (/[,;\t]/.test(firstLine) && /text/i.test(firstLine)) return 'csv';
  return null;
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
