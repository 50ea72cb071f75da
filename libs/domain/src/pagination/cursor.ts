import { DomainError } from '../errors.js';
import { isRecordId } from '../ids.js';
import { parseIsoDate } from '../time/dates.js';

/** Position in a newest-first list: the last item's time and id. Opaque to clients. */
export interface Cursor {
  publishedAt: Date;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.publishedAt.toISOString()}|${cursor.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(value: string, field = 'after'): Cursor {
  const decoded = Buffer.from(value, 'base64url').toString('utf8');
  const [iso, id, extra] = decoded.split('|');
  const publishedAt = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(iso ?? '') ? parseIsoDate(iso!) : null;
  if (extra !== undefined || !id || !isRecordId(id) || !publishedAt) {
    throw DomainError.badInput(field, `${field} is not a cursor returned by this API`);
  }
  return { publishedAt, id };
}
