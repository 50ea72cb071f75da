import { hash } from 'node:crypto';
import { DomainError, describeValue } from '../errors.js';
import { LIMITS } from '../limits.js';
import { canonicalLanguage, languageOfName } from '../text/language-code.js';
import { collapseWhitespace, normalizeText } from '../text/normalize.js';
import { parseIsoDate } from '../time/dates.js';
import type { RawDocument } from './document-input.js';
import { countryCode } from './country.js';

/** A document that passed validation, with the values the store keys on. */
export interface ValidDocument {
  externalId: string | null;
  url: string | null;
  title: string | null;
  /** byline or poster, whitespace collapsed; null when not given */
  author: string | null;
  text: string;
  language: string | null;
  publishedAt: Date;
  source: { name: string; platform: string | null; country: string | null };
  /** sha1 of the normalised text: with the source, identifies a document without external id */
  contentFingerprint: string;
}

/** Publication dates outside these years are typing errors, not news. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/;

function optionalString(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw DomainError.badInput(field, `${field} must be a string`);
  const trimmed = value.trim();
  if (trimmed.length > LIMITS.maxShortFieldLength) {
    throw DomainError.badInput(field, `${field} is longer than ${LIMITS.maxShortFieldLength} characters`);
  }
  return trimmed.length > 0 ? trimmed : null;
}

/** Rejects strings that PostgreSQL cannot store as text (NUL) or that are not well-formed UTF-16. */
function assertStorable(value: string, field: string): void {
  if (value.includes('\u0000')) throw DomainError.badInput(field, `${field} contains a NUL character`);
  if (!value.isWellFormed()) throw DomainError.badInput(field, `${field} contains a lone surrogate`);
}

/** A refused value in a message: quoted when it is a string. */
function shown(value: unknown): string {
  return typeof value === 'string' ? `"${describeValue(value)}"` : describeValue(value);
}

/** A Date, or an ISO-8601 string read strictly (no day roll-over, no local time). */
export function validDate(value: unknown, field: string): Date {
  const date = value instanceof Date ? value : typeof value === 'string' ? (parseIsoDate(value) ?? new Date(Number.NaN)) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    throw DomainError.badInput(field, `${field} must be an ISO-8601 date-time, got ${shown(value)}`);
  }
  const year = date.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw DomainError.badInput(field, `${field} must fall between the years ${MIN_YEAR} and ${MAX_YEAR}, got ${shown(value instanceof Date ? date.toISOString() : value)}`);
  }
  return date;
}

export function documentFingerprint(text: string): string {
  return hash('sha1', normalizeText(text), 'hex');
}

/**
 * A language code such as "en", "ru", "uk" or "pt-br", lower-cased, `_` read as `-` (og:locale's
 * "uk_UA"), and our languages' other spellings made theirs ("UA", "ukr" → "uk"; "English" → "en");
 * null when absent.
 */
export function languageCode(value: unknown, field: string): string | null {
  const given = optionalString(value, field);
  const language = given === null ? null : (languageOfName(given) ?? given.toLowerCase().replace(/_/g, '-'));
  if (language && !LANGUAGE_CODE.test(language)) {
    throw DomainError.badInput(field, `${field} must be a language code such as "en", "ru" or "uk", got ${shown(value)}`);
  }
  if (language === null) return null;
  const dash = language.indexOf('-');
  return dash < 0 ? canonicalLanguage(language) : `${canonicalLanguage(language.slice(0, dash))}${language.slice(dash)}`;
}

/** White space and invisible format characters (zero-width space, BOM, soft hyphen): no content. */
const NO_CONTENT = /^[\s\p{Cf}]*$/u;

export function validateDocument(raw: RawDocument, path = 'document'): ValidDocument {
  if (raw === null || typeof raw !== 'object') throw DomainError.badInput(path, `${path} must be an object`);
  if (typeof raw.text !== 'string' || NO_CONTENT.test(raw.text)) {
    throw DomainError.badInput(`${path}.text`, `${path}.text must not be empty`);
  }
  if (raw.text.length > LIMITS.maxTextLength) {
    throw DomainError.badInput(`${path}.text`, `${path}.text is longer than ${LIMITS.maxTextLength} characters`);
  }
  assertStorable(raw.text, `${path}.text`);
  const publishedAt = validDate(raw.publishedAt, `${path}.publishedAt`);
  if (!raw.source || typeof raw.source !== 'object') {
    throw DomainError.badInput(`${path}.source`, `${path}.source is required`);
  }
  const sourceName = optionalString(raw.source.name, `${path}.source.name`);
  if (!sourceName) throw DomainError.badInput(`${path}.source.name`, `${path}.source.name must not be empty`);
  const language = languageCode(raw.language, `${path}.language`);
  const country = optionalString(raw.source.country, `${path}.source.country`);
  const doc: ValidDocument = {
    externalId: optionalString(raw.externalId, `${path}.externalId`),
    url: optionalString(raw.url, `${path}.url`),
    title: optionalString(raw.title, `${path}.title`),
    author: collapseWhitespace(optionalString(raw.author, `${path}.author`) ?? '') || null,
    text: raw.text.trim(),
    language,
    publishedAt,
    source: {
      // "Kyiv  Post" and "Kyiv Post" are one source
      name: collapseWhitespace(sourceName),
      platform: optionalString(raw.source.platform, `${path}.source.platform`)?.toLowerCase() ?? null,
      // a country code in capitals, as ISO 3166 writes it ("gb" → "GB", "Україна" → "UA"); another name is kept as given
      country: country ? countryCode(country) : country,
    },
    contentFingerprint: documentFingerprint(raw.text),
  };
  for (const [key, value] of Object.entries({ externalId: doc.externalId, url: doc.url, title: doc.title, author: doc.author })) {
    if (value) assertStorable(value, `${path}.${key}`);
  }
  assertStorable(doc.source.name, `${path}.source.name`);
  return doc;
}

/** Validates a whole batch; the first bad document fails it, so nothing of it is written. */
export function validateDocuments(raws: RawDocument[], field = 'documents'): ValidDocument[] {
  if (!Array.isArray(raws)) throw DomainError.badInput(field, `${field} must be a list`);
  if (raws.length > LIMITS.maxDocumentsPerBatch) {
    throw DomainError.badInput(field, `at most ${LIMITS.maxDocumentsPerBatch} documents per batch, got ${raws.length}`);
  }
  return raws.map((raw, i) => validateDocument(raw, `${field}[${i}]`));
}
