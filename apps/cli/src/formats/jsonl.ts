import { buildDocument, type DocumentFields } from './document.js';
import { EXPORT_NOT_INPUT, columnLabel, mapNames, otherNames, withTimeOfDay, type Column } from './field-names.js';
import { CONVERT_HINT, MAX_LINE_BYTES, openInput, readLines, type Line } from './streams.js';
import { FormatError, type ImportInput, type ParsedRecord, type ReadOptions } from './types.js';

/** DocumentInput's own field names and the column each fills. */
const OWN_KEYS: readonly (readonly [string, Column])[] = [
  ['externalId', 'externalId'],
  ['url', 'url'],
  ['title', 'title'],
  ['author', 'author'],
  ['text', 'text'],
  ['language', 'language'],
  ['publishedAt', 'publishedAt'],
  ['source', 'sourceName'],
];

interface KeyMap {
  /** The key that fills each column. */
  byColumn: Partial<Record<Column, string>>;
  /** Keys that fill none. */
  unread: string[];
}

/** Key lists seen → their KeyMap (the lines of one file mostly share their keys). */
const keyMaps = new Map<string, KeyMap>();
const MAX_KEY_MAPS = 256;

function keyMapOf(keys: string[]): KeyMap {
  const signature = keys.join('\u0000');
  let found = keyMaps.get(signature);
  if (!found) {
    const { indexOf } = mapNames(keys);
    const byColumn: KeyMap['byColumn'] = {};
    for (const [column, i] of Object.entries(indexOf) as [Column, number][]) byColumn[column] = keys[i];
    // DocumentInput's own key, when the line has it, wins over any other name for the same field
    for (const [key, column] of OWN_KEYS) if (keys.includes(key)) byColumn[column] = key;
    const read = new Set(Object.values(byColumn));
    found = { byColumn, unread: keys.filter((k) => !read.has(k)) };
    if (keyMaps.size >= MAX_KEY_MAPS) keyMaps.clear();
    keyMaps.set(signature, found);
  }
  return found;
}

/**
 * The fields of a line: `DocumentInput`'s own names (a `source` object, or a plain string as its
 * name), else the flat names a CSV turned into JSON Lines or a scraper writes (`published_at`,
 * `source_name`, `date`, `outlet`, `content`, `channel`, …: the same names the CSV reader takes).
 */
export function jsonlFields(value: Record<string, unknown>, keyMap: KeyMap = keyMapOf(Object.keys(value))): DocumentFields {
  const { byColumn } = keyMap;
  const get = (column: Column): unknown => {
    const key = byColumn[column];
    return key === undefined ? undefined : value[key];
  };
  let source: unknown;
  if (value.source !== undefined && value.source !== null && typeof value.source === 'object') {
    source = value.source;
  } else {
    const flat = { name: get('sourceName'), platform: get('sourcePlatform'), country: get('sourceCountry') };
    source = flat.name === undefined && flat.platform === undefined && flat.country === undefined ? undefined : flat;
  }
  return {
    url: get('url'),
    title: get('title'),
    author: get('author'),
    text: get('text'),
    language: get('language'),
    externalId: get('externalId'),
    publishedAt: withTimeOfDay(get('publishedAt'), get('publishedTime')),
    source,
  };
}

/** A line of this tool's own claim export: claims with their tags, which import cannot turn back into documents. */
function isClaimExport(record: Record<string, unknown>): boolean {
  return 'documentId' in record && 'claimant' in record && Array.isArray(record.tags);
}

/** A line of the `<file>.rejects.jsonl` an import writes: a refused record with its reason. */
function isRejectsLine(record: Record<string, unknown>): boolean {
  const keys = Object.keys(record);
  return keys.length === 3 && typeof record.recordNo === 'number' && typeof record.reason === 'string' && typeof record.raw === 'string';
}

const REJECTS_NOT_INPUT =
  'it lists what an import refused, with the reason. Fix the records in the file you imported and import that file again ' +
  '(what was stored is skipped as duplicates), or take the records out as they were read: ' +
  'jq -r .raw in.rejects.jsonl > retry.jsonl (for a CSV, put the header line back in front of them)';

/** Notices that keep a file's oddities to a few lines on stderr, not one per line. */
const MAX_UNREAD_NOTICES = 3;
/** Lines read from the start without one that names every required field, after which the file is refused as a whole. */
const KEYLESS_LINES_TO_REFUSE = 20;

/** Lines of any kind kept back while the first records lack a field, before they are let go one by one anyway. */
const MAX_PENDING_LINES = 200;

/** The fields a line must name (the source not, when --source gives it). */
function requiredColumns(options: ReadOptions): Column[] {
  return options.sourceOverride ? ['text', 'publishedAt'] : ['text', 'publishedAt', 'sourceName'];
}

/** "publishedAt (or date, datetime, …)", and the --source way out for the source. */
function namesFor(columns: Column[]): string {
  const names = columns.map((c) => `${columnLabel(c)} (or ${otherNames(c).join(', ')})`);
  return `${names.join('; ')}${columns.includes('sourceName') ? '; or give --source NAME for every record' : ''}`;
}

function noticesFor(options: ReadOptions) {
  const told = new Set<string>();
  let unreadNotices = 0;
  let namesGiven = false;
  return {
    /** Keys that fill no field, each named once (at most a few notices). */
    unread(keys: string[], lineNo: number): void {
      if (!options.onNotice || keys.length === 0 || unreadNotices >= MAX_UNREAD_NOTICES) return;
      const fresh = keys.filter((k) => !told.has(k));
      if (fresh.length === 0) return;
      for (const k of fresh) told.add(k);
      unreadNotices += 1;
      const last = unreadNotices === MAX_UNREAD_NOTICES ? ' (further ones are not named)' : '';
      options.onNotice(`JSON Lines fields not read (line ${lineNo}): ${fresh.join(', ')}${last}`);
    },
    /** The first time a line has no field at all for a required one (not an empty one), the names it may go by. */
    keyless(columns: Column[], lineNo: number): void {
      if (!options.onNotice || namesGiven || columns.length === 0) return;
      namesGiven = true;
      options.onNotice(`line ${lineNo} has no field for ${namesFor(columns)}`);
    },
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
  const notices = noticesFor(options);
  const required = requiredColumns(options);
  let sawObject = false;
  // Until a line names every required field, its records wait here: a file whose first lines all
  // lack one is refused as a whole (as a CSV without the column is) instead of rejected line by line.
  let sawComplete = false;
  let held = 0;
  let commonKeyless: Column[] | null = null;
  const keysSeen = new Set<string>();
  const pending: ParsedRecord[] = [];
  let lineNo = 0;
  /** Puts the record (or reject) of one line into `pending`, and tracks whether lines name the required fields. */
  const readLine = ({ text, utf8, tooLong }: Line): void => {
    lineNo += 1;
    const line = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (tooLong !== undefined) {
      const hint = line.trimStart().startsWith('[') ? ' (this looks like a JSON array, not JSON Lines: one object per line)' : '';
      pending.push({ ok: false, recordNo: lineNo, reason: `line is ${tooLong} bytes long, over the ${MAX_LINE_BYTES}-byte limit${hint}`, raw: line });
      return;
    }
    if (line.trim() === '') return;
    if (!utf8) {
      pending.push({ ok: false, recordNo: lineNo, reason: `line is not valid UTF-8 (${CONVERT_HINT})`, raw: line });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      pending.push({ ok: false, recordNo: lineNo, reason: describeJsonError(err), raw: line });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      pending.push({ ok: false, recordNo: lineNo, reason: 'line is not a JSON object', raw: line });
      return;
    }
    const record = value as Record<string, unknown>;
    if (!sawObject) {
      sawObject = true;
      if (isClaimExport(record)) throw new FormatError('jsonl', `line ${lineNo} is a claim from \`export --format jsonl\`, not a document: ${EXPORT_NOT_INPUT}`, lineNo);
      if (isRejectsLine(record)) throw new FormatError('jsonl', `line ${lineNo} is from a rejects file, not a document: ${REJECTS_NOT_INPUT}`, lineNo);
    }
    const keyMap = keyMapOf(Object.keys(record));
    notices.unread(keyMap.unread, lineNo);
    const built = buildDocument(jsonlFields(record, keyMap), { sourceOverride: options.sourceOverride, assumedZone: options.assumedZone });
    const keyless = required.filter((c) => keyMap.byColumn[c] === undefined);
    if (!built.ok) notices.keyless(keyless, lineNo);
    pending.push(
      built.ok
        ? { ok: true, recordNo: lineNo, document: built.document, raw: line }
        : { ok: false, recordNo: lineNo, reason: built.reason, raw: line },
    );
    if (sawComplete) return;
    if (keyless.length === 0) {
      sawComplete = true;
      held = 0;
      return;
    }
    held += 1;
    for (const k of Object.keys(record)) if (keysSeen.size < 20) keysSeen.add(k);
    commonKeyless = (commonKeyless ?? keyless).filter((c) => keyless.includes(c));
    if (held < KEYLESS_LINES_TO_REFUSE) return;
    if (commonKeyless.length > 0) {
      throw new FormatError(
        'jsonl',
        `none of the first ${held} records has a field for ${namesFor(commonKeyless)} (their fields: ${[...keysSeen].join(', ')}); nothing was imported`,
        lineNo,
      );
    }
    sawComplete = true; // lines lacking different fields: each is a reject of its own
    held = 0;
  };
  try {
    for await (const line of readLines(stream as AsyncIterable<Buffer | string>)) {
      readLine(line);
      // other lines between the held ones (invalid JSON, say) wait with them, but not without end
      if (held > 0 && pending.length >= MAX_PENDING_LINES) {
        sawComplete = true;
        held = 0;
      }
      if (held === 0 && pending.length > 0) {
        yield* pending;
        pending.length = 0;
      }
    }
    yield* pending;
  } finally {
    stream.destroy();
  }
}
