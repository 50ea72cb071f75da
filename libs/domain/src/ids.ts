/** The largest value of PostgreSQL's bigint, the type of every record id. */
const MAX_BIGINT = 2n ** 63n - 1n;

/** Whether a string can be a record id (a positive bigint): anything else cannot name a stored row. */
export function isRecordId(id: string): boolean {
  return /^\d{1,19}$/.test(id) && BigInt(id) <= MAX_BIGINT;
}
