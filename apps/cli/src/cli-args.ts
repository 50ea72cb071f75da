import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LIMITS, parseTimeZone, parseUtcOffset, type TimeZone } from '@app/domain';
import { exportRangeProblem, parseExportDate, type ExportDate } from './export/date-range.js';
import { isImportFormat, type ImportFormat } from './formats/index.js';
import { STDIN_REJECTS } from './import/rejects-file.js';

export type ExportFormat = 'csv' | 'jsonl' | 'stix';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'jsonl', 'stix'];

/** Documents per transaction when `--batch` is not given. */
export const DEFAULT_IMPORT_BATCH = 500;

export interface ImportArgs {
  command: 'import';
  file: string;
  format: ImportFormat | null;
  source: string | null;
  batch: number;
  /** non-TTY progress: one line every this many records */
  progressEvery: number;
  /** Telegram: the channel's @username, for t.me links */
  telegramUsername: string | null;
  /** `--utc-offset`: minutes east of UTC of the dates in the file that name no zone (default 0) */
  utcOffset?: number;
  /** `--time-zone`: the IANA zone of those dates instead, summer time included */
  timeZone?: TimeZone | null;
  /** `--rejects FILE`: where the rejected records go instead of `<file>.rejects.jsonl` (`stdin.rejects.jsonl` for `-`) */
  rejects?: string | null;
}

export interface ExportArgs {
  command: 'export';
  format: ExportFormat;
  out: string;
  narrative: string | null;
  /** `--status`: only tags of this review state (and the claims that have one) */
  status?: ExportTagStatus | null;
  /** inclusive */
  from: Date | null;
  /** exclusive */
  to: Date | null;
  /** CSV only: start with a UTF-8 byte-order mark, which Excel needs to read the file as UTF-8 */
  bom: boolean;
}

export const EXPORT_TAG_STATUSES = ['CONFIRMED', 'SUGGESTED', 'REJECTED'] as const;
export type ExportTagStatus = (typeof EXPORT_TAG_STATUSES)[number];

export type CliArgs = ImportArgs | ExportArgs | { command: 'help'; topic: 'import' | 'export' | null };

/** Bad command-line usage: the message is shown with a hint to `--help`, exit code 1. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * `--from`/`--to`: a day (`2024-03-01`, UTC) or an ISO-8601 date-time, with `Z` or an offset
 * (±hh:mm, ±hhmm, ±hh) or none for UTC. A day given to `--to` counts whole, so
 * `--from 2024-03-01 --to 2024-03-31` covers all of March.
 */
export function parseDateArg(name: '--from' | '--to', value: string): Date {
  return exportDate(name, value).date;
}

function exportDate(name: '--from' | '--to', value: string): ExportDate {
  const parsed = parseExportDate(name, value);
  if (!parsed) throw new UsageError(`${name} must be a date (YYYY-MM-DD) or an ISO-8601 date-time such as 2024-03-01T09:30 or 2024-03-01T09:30+03:00, got "${value}"`);
  return parsed;
}

function positiveInt(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > max) {
    throw new UsageError(`${name} must be a whole number from 1 to ${max}, got "${value}"`);
  }
  return Number(value);
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function parse(argv: string[], options: OptionSpec): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new UsageError(message.replace(/^\w*Error \[\w+\]: /, '').replace(/\. To specify a positional argument.*$/s, ''));
  }
}

function parseImport(argv: string[]): CliArgs {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', short: 'f' },
    source: { type: 'string', short: 's' },
    batch: { type: 'string', short: 'b' },
    'progress-every': { type: 'string' },
    'telegram-username': { type: 'string' },
    'utc-offset': { type: 'string' },
    'time-zone': { type: 'string' },
    rejects: { type: 'string' },
  });
  if (values.help) return { command: 'help', topic: 'import' };
  if (positionals.length === 0) throw new UsageError('import needs a file: import <file> [--format jsonl|csv|telegram|rss]');
  if (positionals.length > 1) throw new UsageError(`import takes one file, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = values.format as string | undefined;
  if (format !== undefined && !isImportFormat(format)) {
    throw new UsageError(`--format must be one of jsonl, csv, telegram, rss, got "${format}"`);
  }
  const source = (values.source as string | undefined)?.trim();
  if (values.source !== undefined && !source) throw new UsageError('--source must not be empty');
  const username = (values['telegram-username'] as string | undefined)?.trim().replace(/^@/, '') || null;
  // Telegram usernames: 5–32 letters, digits and underscores, starting with a letter (a few old ones are shorter)
  if (username !== null && !/^[A-Za-z][A-Za-z0-9_]{2,31}$/.test(username)) {
    throw new UsageError(`--telegram-username must be a Telegram @username (letters, digits, _), got "${username}"`);
  }
  return {
    command: 'import',
    file: positionals[0],
    format: format ?? null,
    source: source ?? null,
    batch: positiveInt('--batch', values.batch as string | undefined, DEFAULT_IMPORT_BATCH, LIMITS.maxDocumentsPerBatch),
    progressEvery: positiveInt('--progress-every', values['progress-every'] as string | undefined, 10_000, 1e9),
    telegramUsername: username,
    utcOffset: utcOffsetArg(values['utc-offset'] as string | undefined),
    timeZone: timeZoneArg(values['time-zone'] as string | undefined, values['utc-offset'] !== undefined),
    rejects: rejectsArg(values.rejects as string | undefined, positionals[0]),
  };
}

/** `--rejects FILE`: not empty, not standard output (that it is not the input is checked once paths are resolved, in main). */
function rejectsArg(value: string | undefined, file: string): string | null {
  if (value === undefined) return file === '-' ? STDIN_REJECTS : null;
  const path = value.trim();
  if (path === '' || path === '-') throw new UsageError('--rejects must name a file');
  return path;
}

/** `--time-zone Europe/Kyiv`: the place whose local times the file's dates are, summer time included. */
function timeZoneArg(value: string | undefined, withOffset: boolean): TimeZone | null {
  if (value === undefined) return null;
  if (withOffset) throw new UsageError('give --time-zone or --utc-offset, not both');
  const zone = parseTimeZone(value);
  if (zone === null) throw new UsageError(`--time-zone must be a time zone name such as Europe/Kyiv, Europe/Moscow or UTC, got "${value}"`);
  return zone;
}

/** `--utc-offset +03:00` (also +0300, +03, -05:30, Z): the zone of dates that name none. */
function utcOffsetArg(value: string | undefined): number {
  if (value === undefined) return 0;
  const minutes = parseUtcOffset(value);
  if (minutes === null) throw new UsageError(`--utc-offset must be an offset such as +03:00, +0300, -05:30 or Z, got "${value}"`);
  return minutes;
}

function parseExport(argv: string[]): CliArgs {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    narrative: { type: 'string', short: 'n' },
    status: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    bom: { type: 'boolean' },
  });
  if (values.help) return { command: 'help', topic: 'export' };
  if (positionals.length > 0) throw new UsageError(`export takes no positional arguments, got: ${positionals.join(' ')}`);
  const format = values.format as string | undefined;
  if (format === undefined) throw new UsageError('export needs --format csv|jsonl|stix');
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of csv, jsonl, stix, got "${format}"`);
  }
  const out = (values.out as string | undefined)?.trim();
  if (!out) throw new UsageError('export needs --out FILE (or --out - for standard output)');
  const narrative = (values.narrative as string | undefined)?.trim();
  if (values.narrative !== undefined && !narrative) throw new UsageError('--narrative must not be empty');
  const from = values.from === undefined ? null : exportDate('--from', values.from as string);
  const to = values.to === undefined ? null : exportDate('--to', values.to as string);
  const problem = from && to ? exportRangeProblem(from, to) : null;
  if (problem) throw new UsageError(problem);
  if (values.bom && format !== 'csv') throw new UsageError('--bom is for --format csv only');
  const status = values.status === undefined ? null : (values.status as string).trim().toUpperCase();
  if (status !== null && !(EXPORT_TAG_STATUSES as readonly string[]).includes(status)) {
    throw new UsageError(`--status must be confirmed, suggested or rejected, got "${values.status as string}"`);
  }
  if (status === 'REJECTED' && format === 'stix') {
    throw new UsageError('a STIX bundle carries no rejected tags (it links claims to the narratives they belong to): use --format csv or jsonl for --status rejected');
  }
  return {
    command: 'export',
    format: format as ExportFormat,
    out,
    narrative: narrative ?? null,
    status: status as ExportTagStatus | null,
    from: from?.date ?? null,
    to: to?.date ?? null,
    bom: values.bom === true,
  };
}

/** Reads the arguments after `main.js`; throws `UsageError` on anything it does not understand. */
export function parseCliArgs(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      throw new UsageError('no command given');
    case '--help':
    case '-h':
    case 'help':
      return { command: 'help', topic: rest[0] === 'import' || rest[0] === 'export' ? rest[0] : null };
    case 'import':
      return parseImport(rest);
    case 'export':
      return parseExport(rest);
    default:
      throw new UsageError(`unknown command "${command}"; the commands are import and export`);
  }
}

/**
 * `npm run cli` runs the command line from the project's folder, not from where it was typed, so a
 * relative path would name the wrong file; npm keeps the folder it was typed in as INIT_CWD.
 * (Only for the `cli` script itself: a test run under `npm test` starts it with its own cwd.)
 */
export function fromTypingFolder<T extends ImportArgs | ExportArgs>(args: T, env: NodeJS.ProcessEnv = process.env): T {
  const base = env.npm_lifecycle_event === 'cli' ? env.INIT_CWD : undefined;
  if (!base) return args;
  const at = (path: string) => (path === '-' || isAbsolute(path) ? path : resolve(base, path));
  if (args.command === 'import') {
    const { rejects } = args as ImportArgs;
    return { ...args, file: at(args.file), ...(rejects ? { rejects: at(rejects) } : {}) };
  }
  return { ...args, out: at((args as ExportArgs).out) };
}
