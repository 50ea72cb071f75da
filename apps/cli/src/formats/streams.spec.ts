import { isUtf8 } from 'node:buffer';
import { firstInvalidUtf8 } from './streams.js';

describe('firstInvalidUtf8', () => {
  it.each([
    ['ASCII and Cyrillic', Buffer.from('ok: Київ, Купянск'), -1],
    ['a four-byte flag', Buffer.from('🇺🇦'), -1],
    ['a Windows-1251 letter', Buffer.from([0x6f, 0x6b, 0xc2, 0xee]), 2],
    ['a stray continuation byte', Buffer.from([0x61, 0x80]), 1],
    ['an overlong slash', Buffer.from([0xc0, 0xaf]), 0],
    ['an overlong three-byte form', Buffer.from([0xe0, 0x80, 0xaf]), 0],
    ['an encoded surrogate', Buffer.from([0xed, 0xa0, 0x80]), 0],
    ['a code point above U+10FFFF', Buffer.from([0xf4, 0x90, 0x80, 0x80]), 0],
    ['a lead byte followed by ASCII', Buffer.from([0xd0, 0x41]), 0],
    ['a sequence cut at the end (finished by the next chunk)', Buffer.from([0x61, 0xd0]), -1],
  ])('%s', (_name, bytes, expected) => {
    expect(firstInvalidUtf8(bytes)).toBe(expected);
  });

  it('agrees with Node on whether random bytes are UTF-8', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    for (let n = 0; n < 2000; n++) {
      const bytes = Buffer.from(Array.from({ length: 1 + (n % 12) }, next));
      const bad = firstInvalidUtf8(bytes);
      if (isUtf8(bytes)) expect(bad).toBe(-1);
      // otherwise -1 only for a sequence cut at the end (a stream may finish it): without it the bytes are UTF-8
      else if (bad === -1) expect([1, 2, 3].some((k) => isUtf8(bytes.subarray(0, bytes.length - k)))).toBe(true);
      else if (bad !== -1) expect(isUtf8(bytes.subarray(0, bad))).toBe(true);
    }
  });
});
