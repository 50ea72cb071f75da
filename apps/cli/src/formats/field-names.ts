/**
 * The names a document's fields go by in flat files: a CSV header, or the keys of a JSON Lines
 * object. Both readers map names through these tables, so a column a spreadsheet calls "Date" or a
 * scraper's JSON calls "outlet" is read the same way in either format.
 */

export type Column =
  | 'externalId'
  | 'url'
  | 'title'
  | 'author'
  | 'text'
  | 'language'
  | 'publishedAt'
  | 'publishedTime'
  | 'sourceName'
  | 'sourcePlatform'
  | 'sourceCountry';

/** Names (lower-cased, without `_`, `-` and spaces) of DocumentInput's own fields, and the field each one fills. */
const PRIMARY_NAMES: Readonly<Record<string, Column>> = {
  externalid: 'externalId',
  url: 'url',
  title: 'title',
  author: 'author',
  byline: 'author',
  text: 'text',
  language: 'language',
  publishedat: 'publishedAt',
  sourcename: 'sourceName',
  source: 'sourceName',
  sourceplatform: 'sourcePlatform',
  sourcecountry: 'sourceCountry',
};

/**
 * Other names spreadsheets and scrapers give the same fields ("Date", "Content", "Headline",
 * "Channel", …). One is used only when there is no field named as above for its column, and the
 * first wins when several fit. None fills externalId: an "id" is as often a row number or a
 * per-channel message number, which would make two files of different sources look like the same
 * documents.
 */
const FALLBACK_NAMES: Readonly<Record<string, Column>> = {
  link: 'url',
  permalink: 'url',
  articleurl: 'url',
  posturl: 'url',
  authorname: 'author',
  bodytext: 'text',
  headline: 'title',
  subject: 'title',
  creator: 'author',
  writer: 'author',
  body: 'text',
  content: 'text',
  message: 'text',
  fulltext: 'text',
  articletext: 'text',
  posttext: 'text',
  lang: 'language',
  languagecode: 'language',
  locale: 'language',
  date: 'publishedAt',
  datetime: 'publishedAt',
  published: 'publishedAt',
  publishdate: 'publishedAt',
  publisheddate: 'publishedAt',
  publicationdate: 'publishedAt',
  pubdate: 'publishedAt',
  postedat: 'publishedAt',
  timestamp: 'publishedAt',
  // a time of day in a field of its own, beside a date without one
  time: 'publishedTime',
  publishedtime: 'publishedTime',
  posttime: 'publishedTime',
  channel: 'sourceName',
  channelname: 'sourceName',
  outlet: 'sourceName',
  publisher: 'sourceName',
  site: 'sourceName',
  sitename: 'sourceName',
  platform: 'sourcePlatform',
  country: 'sourceCountry',
};

/** Why a file written by `export` is refused by `import`. */
export const EXPORT_NOT_INPUT =
  'import takes documents (one text each, as sent to ingestDocuments); an export holds the claims extracted from them, with their tags. Import the original files instead';

export function normaliseName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

/** The name a message uses for a column (source_name as the README spells it). */
export function columnLabel(column: Column): string {
  return column === 'sourceName' ? 'source_name' : column;
}

/** The other names accepted for a column, for messages ("date, datetime, published, …"). */
export function otherNames(column: Column): string[] {
  return Object.keys(FALLBACK_NAMES).filter((k) => FALLBACK_NAMES[k] === column);
}

export interface NameMap {
  /** Column → position of the name that fills it. */
  indexOf: Partial<Record<Column, number>>;
  /** Two names that both spell a column of DocumentInput's own (positions), should there be such a pair. */
  conflict?: { column: Column; first: number; second: number };
}

/**
 * Which of the given names fills each column: DocumentInput's own names first (the first of two
 * that mean one column is kept, and the pair reported), then the other names for the columns still
 * empty, the first that fits winning.
 */
export function mapNames(names: readonly string[]): NameMap {
  const indexOf: Partial<Record<Column, number>> = {};
  let conflict: NameMap['conflict'];
  names.forEach((name, i) => {
    const column = PRIMARY_NAMES[normaliseName(name)];
    if (!column) return;
    const earlier = indexOf[column];
    if (earlier !== undefined) {
      conflict ??= { column, first: earlier, second: i };
      return;
    }
    indexOf[column] = i;
  });
  names.forEach((name, i) => {
    const column = FALLBACK_NAMES[normaliseName(name)];
    if (column && indexOf[column] === undefined) indexOf[column] = i;
  });
  return conflict ? { indexOf, conflict } : { indexOf };
}

/** A date without a time of day, completed by a separate time ("26.11.2026" + "14:35"). */
export function withTimeOfDay(date: unknown, time: unknown): unknown {
  if (typeof date !== 'string' || typeof time !== 'string' || time.trim() === '' || /\d:\d/.test(date)) return date;
  return `${date.trim()} ${time.trim()}`;
}
