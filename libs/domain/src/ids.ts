/** Whether a string can be a record id (a positive bigint): anything else cannot name a stored row. */
export function isRecordId(id: string): boolean {
  return /^\d{1,18}$/.test(id);
}
