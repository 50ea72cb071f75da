import { isRecordId } from './ids.js';

describe('isRecordId', () => {
  it('accepts what a positive PostgreSQL bigint can hold, and nothing else', () => {
    for (const id of ['1', '42', '999999999999999999', '4611686018427387904', '9223372036854775807']) expect(isRecordId(id)).toBe(true);
    for (const id of ['', '-1', '1.0', ' 1', '1e3', 'abc', '9223372036854775808', '99999999999999999999']) expect(isRecordId(id)).toBe(false);
  });
});
