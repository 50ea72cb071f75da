import { describeValue, LIMITS, parseDate, type AssumedZone, type RawDocument } from '@app/domain';

/** Loosely typed fields as they come out of a file, before checking. */
export interface DocumentFields {
  externalId?: unknown;
  url?: unknown;
  title?: unknown;
  author?: unknown;
  text?: unknown;
  language?: unknown;
  publishedAt?: unknown;
  source?: unknown;
}

export interface BuildOptions {
  sourceOverride?: string;
  /** Platform used when the record does not name one (telegram, web). */
  defaultPlatform?: string;
  /** `--utc-offset` or `--time-zone`: the zone of the dates that name none (default 0, UTC). */
  assumedZone?: AssumedZone;
}

export type BuildResult = { ok: true; document: RawDocument } | { ok: false; reason: string };

function optionalString(name: string, value: unknown, problems: string[], numberOk = false): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && numberOk && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') {
    problems.push(`${name} must be a string`);
    return null;
  }
  const trimmed = value.trim();
  if (trimmed.length > LIMITS.maxShortFieldLength) {
    problems.push(`${name} is longer than ${LIMITS.maxShortFieldLength} characters`);
  }
  return trimmed === '' ? null : trimmed;
}

/**
 * The author as files give it, read leniently (it was optional metadata before it was stored, and
 * scrapers write it in many shapes): a string; an object's `name` (JSON-LD, Atom-like exports);
 * a list of either, joined with ", ". Anything else is left out rather than costing the record;
 * an over-long value is cut to the field's limit.
 */
export function authorOf(value: unknown): string | null {
  const one = (v: unknown): string | null => {
    if (typeof v === 'string') return v.trim() || null;
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name.trim() || null;
    return null;
  };
  const joined = Array.isArray(value) ? value.map(one).filter((v): v is string => v !== null).join(', ') || null : one(value);
  if (joined === null || joined.length <= LIMITS.maxShortFieldLength) return joined;
  let cut = LIMITS.maxShortFieldLength - 1;
  const last = joined.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--; // not between the halves of a surrogate pair
  return `${joined.slice(0, cut)}…`;
}

/** The date forms `parseDate` reads, as a reject reason suggests them. */
const ACCEPTED_DATES = 'use ISO 8601 such as 2026-11-26T10:00:00Z, RFC 822, or 26.11.2026 10:00';

/**
 * A JSON number as a Unix time, as APIs and scrapers write it: seconds (10⁹ to 10¹¹, from 2001 to
 * far ahead) or milliseconds (10¹² to 10¹⁴). Anything between or outside is refused rather than
 * guessed. In a string (a CSV's "timestamp" column) only exactly 10 digits (seconds) or 13
 * (milliseconds) are taken: other digit strings ("20240101") may be anything.
 */
function fromEpoch(value: number): { iso: string } | { problem: string } {
  const abs = Math.abs(value);
  const millis = abs >= 1e9 && abs < 1e11 ? value * 1000 : abs >= 1e12 && abs < 1e14 ? value : null;
  if (millis === null || !Number.isFinite(value) || value < 0) {
    return { problem: `publishedAt ${value} is neither Unix seconds nor milliseconds (${ACCEPTED_DATES})` };
  }
  return { iso: new Date(Math.round(millis)).toISOString() };
}

/** ISO string of a publication date, or a problem description. */
export function normalisePublishedAt(value: unknown, assumedZone: AssumedZone = 0): { iso: string } | { problem: string } {
  if (value === undefined || value === null || value === '') return { problem: 'missing publishedAt' };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { problem: 'invalid publishedAt date' } : { iso: value.toISOString() };
  }
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return { problem: `publishedAt must be an ISO 8601 string, got ${describeValue(value)}` };
  if (/^\s*(?:\d{10}|\d{13})\s*$/.test(value)) return fromEpoch(Number(value));
  const date = parseDate(value, assumedZone);
  if (date) return { iso: date.toISOString() };
  // Name the accepted forms, so a spreadsheet's "11/26/2026" can be rewritten without reading the docs.
  return { problem: `unparsable publishedAt "${describeValue(value)}" (${ACCEPTED_DATES})` };
}

/**
 * Checks the fields every format produces and builds the shared `RawDocument`.
 * All problems of a record are reported together, separated by "; ".
 */
export function buildDocument(fields: DocumentFields, options: BuildOptions = {}): BuildResult {
  const problems: string[] = [];

  let text: string | null = null;
  if (fields.text === undefined || fields.text === null) problems.push('missing text');
  else if (typeof fields.text !== 'string') problems.push('text must be a string');
  else if (fields.text.trim() === '') problems.push('missing text (empty)');
  else if (fields.text.length > LIMITS.maxTextLength) problems.push(`text is longer than ${LIMITS.maxTextLength} characters`);
  else text = fields.text;

  const published = normalisePublishedAt(fields.publishedAt, options.assumedZone);
  if ('problem' in published) problems.push(published.problem);

  // Source: an object {name, platform?, country?}; a bare string is taken as the name.
  let sourceName: string | null = null;
  let platform: string | null = null;
  let country: string | null = null;
  const rawSource = fields.source;
  if (typeof rawSource === 'string') {
    sourceName = rawSource.trim() || null;
  } else if (rawSource !== undefined && rawSource !== null) {
    if (typeof rawSource !== 'object' || Array.isArray(rawSource)) {
      problems.push('source must be an object {name, platform?, country?}');
    } else {
      const src = rawSource as Record<string, unknown>;
      sourceName = optionalString('source.name', src.name, problems);
      platform = optionalString('source.platform', src.platform, problems);
      country = optionalString('source.country', src.country, problems);
    }
  }
  const override = options.sourceOverride?.trim();
  if (override) sourceName = override;
  if (!sourceName) problems.push('missing source name');
  else if (sourceName.length > LIMITS.maxShortFieldLength) problems.push(`source name is longer than ${LIMITS.maxShortFieldLength} characters`);

  const externalId = optionalString('externalId', fields.externalId, problems, true);
  const url = optionalString('url', fields.url, problems);
  const title = optionalString('title', fields.title, problems);
  const author = authorOf(fields.author);
  const language = optionalString('language', fields.language, problems);

  if (problems.length > 0 || text === null || 'problem' in published || !sourceName) {
    return { ok: false, reason: problems.join('; ') };
  }
  return {
    ok: true,
    document: {
      externalId,
      url,
      title,
      author,
      text,
      language,
      publishedAt: published.iso,
      source: { name: sourceName, platform: platform ?? options.defaultPlatform ?? null, country },
    },
  };
}
