import { PassThrough, Writable } from 'node:stream';
import { isClosedPipe, writeAll } from './output.js';

/** A pipe whose reader goes away after `accept` writes, as `export --out - | head -1` sees it. */
function closingPipe(accept: number): Writable {
  let writes = 0;
  return new Writable({
    highWaterMark: 16,
    write(_chunk, _encoding, callback) {
      writes += 1;
      if (writes > accept) callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write' }));
      else setImmediate(callback);
    },
  });
}

describe('writeAll', () => {
  it('writes every chunk, waiting for drain', async () => {
    const out = new PassThrough({ highWaterMark: 4 });
    let text = '';
    out.on('data', (d) => (text += d));
    async function* chunks() {
      for (let i = 0; i < 100; i++) yield `line ${i}\n`;
    }
    await writeAll(out, chunks());
    expect(text.split('\n')).toHaveLength(101);
  });

  it.each([0, 1, 5])('rejects with EPIPE, never hangs, and stops reading when the reader goes away after %d writes', async (accept) => {
    const out = closingPipe(accept);
    out.on('error', () => undefined); // as runExport does
    let produced = 0;
    let closed = false;
    async function* chunks() {
      try {
        for (let i = 0; i < 1000; i++) {
          produced += 1;
          yield `${'x'.repeat(40)}\n`;
          await new Promise((r) => setImmediate(r));
        }
      } finally {
        closed = true;
      }
    }
    const error = await writeAll(out, chunks()).then(
      () => null,
      (err: unknown) => err,
    );
    expect(isClosedPipe(error)).toBe(true);
    expect(closed).toBe(true); // the generator (and with it the page reads) was ended
    expect(produced).toBeLessThan(20);
  });
});
