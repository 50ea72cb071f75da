import { isUtf8 } from 'node:buffer';
import { PassThrough, Readable } from 'node:stream';
import { firstInvalidUtf8, peekStream } from './streams.js';

describe('peekStream', () => {
  it('gives the first bytes and a stream of the whole input from its start', async () => {
    const parts = ['{"a":1}\n', '{"b":2}\n', 'x'.repeat(100), '\nend\n'];
    const { head, stream } = await peekStream(Readable.from(parts.map((p) => Buffer.from(p))), 10);
    expect(head.toString()).toBe('{"a":1}\n{"b":2}\n'); // whole chunks, at least 10 bytes
    const all: Buffer[] = [];
    for await (const chunk of stream) all.push(chunk as Buffer);
    expect(Buffer.concat(all).toString()).toBe(parts.join(''));
  });

  it('does not wait for a slow writer once it holds a whole first line, and replays the read still under way', async () => {
    const source = new PassThrough();
    source.write('{"text":"first"}\n');
    // the writer only ends after the look: a look that waited for it would never return
    const { head, stream, ended } = await peekStream(source, 64 * 1024);
    expect([head.toString(), ended]).toEqual(['{"text":"first"}\n', false]);
    setTimeout(() => source.end('{"text":"later"}\n'), 50);
    const all: Buffer[] = [];
    for await (const chunk of stream) all.push(chunk as Buffer);
    expect(Buffer.concat(all).toString()).toBe('{"text":"first"}\n{"text":"later"}\n');
  });

  it('says once that the writer is idle, whether before its first line or after some', async () => {
    const silent = new PassThrough();
    let told = 0;
    const look = peekStream(silent, 1024, { idleMs: 30, onIdle: () => (told += 1) });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(told).toBe(1);
    silent.write('{"a":1}\n');
    const { stream } = await look;
    const all: Buffer[] = [];
    const reading = (async () => {
      for await (const chunk of stream) all.push(chunk as Buffer);
    })();
    await new Promise((resolve) => setTimeout(resolve, 120));
    silent.end('{"b":2}\n');
    await reading;
    expect(Buffer.concat(all).toString()).toBe('{"a":1}\n{"b":2}\n');
    expect(told).toBe(1);

    const busy = new PassThrough();
    busy.write('{"a":1}\n');
    let idle = 0;
    const second = await peekStream(busy, 1024, { idleMs: 30, onIdle: () => (idle += 1) });
    expect(idle).toBe(0);
    const rest: Buffer[] = [];
    const draining = (async () => {
      for await (const chunk of second.stream) rest.push(chunk as Buffer);
    })();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(idle).toBe(1);
    busy.end();
    await draining;
    expect(Buffer.concat(rest).toString()).toBe('{"a":1}\n');
  });

  it('reads no further than it needs, and handles an input shorter than the look', async () => {
    let pulled = 0;
    const source = Readable.from((function* () {
      for (let i = 0; i < 1000; i++) {
        pulled += 1;
        yield Buffer.from(`line ${i}\n`);
      }
    })());
    const { head } = await peekStream(source, 20);
    expect(head.toString()).toBe('line 0\nline 1\nline 2\n');
    expect(pulled).toBeLessThan(50);
    const short = await peekStream(Readable.from([Buffer.from('ab')]), 1024);
    expect(short.head.toString()).toBe('ab');
    const rest: Buffer[] = [];
    for await (const chunk of short.stream) rest.push(chunk as Buffer);
    expect(Buffer.concat(rest).toString()).toBe('ab');
  });
});

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
