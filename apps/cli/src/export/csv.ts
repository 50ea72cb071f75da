import type { ExportClaim, ExportTag } from './types.js';

/** Columns of the claims CSV, one row per claim × tag (a claim without tags gets one row, tag columns empty). */
export const CSV_COLUMNS = [
  'claim_id',
  'claim_text',
  'claim_language',
  'claim_published_at',
  'claimant',
  'document_id',
  'document_url',
  'document_title',
  'source_id',
  'source_name',
  'source_platform',
  'source_country',
  'narrative_id',
  'narrative_slug',
  'narrative_name',
  'narrative_description',
  'tag_status',
  'tag_origin',
  'tag_stance',
  'tag_confidence',
  'tagged_by',
  'tag_updated_at',
  'document_external_id',
  'document_author',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvOptions {
  /**
   * Prefix text cells that start with `=`, `+`, `-`, `@`, tab or CR with an apostrophe, so that
   * spreadsheet programs do not run content scraped from hostile channels as a formula
   * (CSV injection). Default true. Turn off for machine consumers that need the exact text.
   */
  formulaGuard?: boolean;
  /** Start the header with a UTF-8 byte-order mark so that Excel shows Cyrillic correctly. Default false. */
  bom?: boolean;
}

type Cell = string | number | Date | null | undefined;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted when needed (RFC 4180: quotes doubled). */
export function escapeCsvField(value: Cell, options: CsvOptions = {}): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value instanceof Date ? value.toISOString() : value;
  if ((options.formulaGuard ?? true) && typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (CRLF-terminated). */
export function formatCsvLine(cells: readonly Cell[], options: CsvOptions = {}): string {
  return `${cells.map((c) => escapeCsvField(c, options)).join(',')}\r\n`;
}

export function csvHeader(options: CsvOptions = {}): string {
  return `${options.bom ? '\uFEFF' : ''}${formatCsvLine(CSV_COLUMNS, { formulaGuard: false })}`;
}

function cells(claim: ExportClaim, tag: ExportTag | null): Cell[] {
  return [
    claim.id,
    claim.text,
    claim.language,
    claim.publishedAt,
    claim.claimant,
    claim.documentId,
    claim.documentUrl,
    claim.documentTitle,
    claim.source.id,
    claim.source.name,
    claim.source.platform,
    claim.source.country,
    tag?.narrativeId,
    tag?.narrativeSlug,
    tag?.narrativeName,
    tag?.narrativeDescription,
    tag?.status,
    tag?.origin,
    tag?.stance,
    tag?.confidence,
    tag?.taggedBy,
    tag?.updatedAt,
    claim.documentExternalId,
    claim.documentAuthor,
  ];
}

/** The CSV lines of one claim: one per tag, or a single line with empty tag columns. */
export function toCsvRows(claim: ExportClaim, options: CsvOptions = {}): string[] {
  const tags = claim.tags.length > 0 ? claim.tags : [null];
  return tags.map((tag) => formatCsvLine(cells(claim, tag), options));
}

/** Header and rows for any number of claims, streamed (works with a database cursor). */
export async function* toCsv(
  claims: Iterable<ExportClaim> | AsyncIterable<ExportClaim>,
  options: CsvOptions = {},
): AsyncGenerator<string> {
  yield csvHeader(options);
  for await (const claim of claims) {
    for (const line of toCsvRows(claim, options)) yield line;
  }
}
