/**
 * A bigint[] query parameter (ids, band keys). node-postgres would send an array as text — every
 * number turned into digits, quoted and joined, then parsed back by PostgreSQL — which for the
 * tens of thousands of keys of an ingest batch costs more than the lookups themselves. Wrapped in
 * `bigints`, it goes to PostgreSQL in the binary array format instead; PGlite gets the plain array.
 */
export class BigintArrayParam {
  constructor(readonly values: ReadonlyArray<number | string>) {}
}

/** Marks a list of integers (numbers, or decimal strings as ids come back from the database) as one bigint[] parameter. */
export function bigints(values: ReadonlyArray<number | string>): BigintArrayParam {
  return new BigintArrayParam(values);
}

const INT8_OID = 20;
const HEADER_BYTES = 20;
const TWO_32 = 0x1_0000_0000;

/**
 * PostgreSQL's binary array format (array_recv): dimensions, null flag, element type, then per
 * dimension its length and lower bound, then each element as a length and 8 big-endian bytes.
 * Null when a value is not a safe integer: the caller then sends the array as text, which
 * PostgreSQL checks and refuses with a clear error.
 */
export function encodeBigintArray(values: ReadonlyArray<number | string>): Buffer | null {
  const n = values.length;
  const out = Buffer.allocUnsafe(n === 0 ? 12 : HEADER_BYTES + n * 12);
  out.writeInt32BE(n === 0 ? 0 : 1, 0);
  out.writeInt32BE(0, 4);
  out.writeInt32BE(INT8_OID, 8);
  if (n === 0) return out;
  out.writeInt32BE(n, 12);
  out.writeInt32BE(1, 16);
  let at = HEADER_BYTES;
  for (let i = 0; i < n; i++) {
    const raw = values[i];
    const v = typeof raw === 'number' ? raw : Number(raw);
    if (!Number.isSafeInteger(v) || (typeof raw === 'string' && String(v) !== raw)) return null;
    const high = Math.floor(v / TWO_32);
    out.writeInt32BE(8, at);
    out.writeInt32BE(high, at + 4);
    out.writeUInt32BE(v - high * TWO_32, at + 8);
    at += 12;
  }
  return out;
}
