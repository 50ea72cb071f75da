import type { Readable } from 'node:stream';
import type { AssumedZone, RawDocument } from '@app/domain';

/** Import formats the command line understands. `rss` covers both RSS (0.9x/1.0/2.0) and Atom. */
export type ImportFormat = 'jsonl' | 'csv' | 'telegram' | 'rss';

export const IMPORT_FORMATS: readonly ImportFormat[] = ['jsonl', 'csv', 'telegram', 'rss'];

export function isImportFormat(value: unknown): value is ImportFormat {
  return typeof value === 'string' && (IMPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * One record read from an import file.
 *
 * `recordNo` is the 1-based line number for jsonl and csv (for csv the header is line 1, and a
 * record spanning several lines is numbered by its first line); for telegram and rss it is the
 * 1-based position of the message / item / entry in the file, counting the ones that were skipped.
 */
export type ParsedRecord =
  /** `raw`: the record as read (line, CSV record, message or item as JSON), for the rejects file should validation refuse it */
  | { ok: true; recordNo: number; document: RawDocument; raw?: string }
  | { ok: false; recordNo: number; reason: string; raw: string };

export type ParsedOk = Extract<ParsedRecord, { ok: true }>;
export type ParsedReject = Extract<ParsedRecord, { ok: false }>;

export interface ReadOptions {
  /** `--source NAME`: replaces (or supplies) the source name of every document. */
  sourceOverride?: string;
  /**
   * Telegram only: the channel's public @username, so that documents get a
   * `https://t.me/<username>/<id>` url. Desktop exports do not contain it.
   */
  telegramUsername?: string;
  /** Called with the stream the input was opened as (progress: its `bytesRead`). */
  onOpen?: (stream: Readable & { bytesRead?: number }) => void;
  /**
   * `--utc-offset` or `--time-zone`: the zone of the dates that name none (a spreadsheet's local
   * times, an old Telegram export's `date`): minutes east of UTC, or a time zone that follows
   * summer time. Default 0: such dates are UTC.
   */
  assumedZone?: AssumedZone;
  /** The first bytes of a stream input, when already read (standard input): CSV picks its delimiter from them. */
  head?: Buffer;
  /** Called with a line for the user about records left out on purpose (not rejects). */
  onNotice?: (message: string) => void;
}

/** An input is a file path or an already open byte/text stream (used by tests and pipes). */
export type ImportInput = string | Readable;

/**
 * The file as a whole cannot be read in the given format (not JSON, not a feed, CSV header
 * without the required columns, ...). Thrown by the reader; records already yielded stay valid.
 */
export class FormatError extends Error {
  constructor(
    readonly format: ImportFormat,
    message: string,
    /** Where reading stopped, when known (line number or item number). */
    readonly recordNo?: number,
  ) {
    super(`${format}: ${message}`);
    this.name = 'FormatError';
  }
}
