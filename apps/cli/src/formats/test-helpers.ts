import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { ParsedRecord } from './types.js';

/** Absolute path of a file in test/fixtures. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../../../../test/fixtures/${name}`, import.meta.url));
}

export async function collect(records: AsyncIterable<ParsedRecord>): Promise<ParsedRecord[]> {
  const out: ParsedRecord[] = [];
  for await (const r of records) out.push(r);
  return out;
}

export function oks(records: ParsedRecord[]) {
  return records.filter((r): r is Extract<ParsedRecord, { ok: true }> => r.ok);
}

export function rejects(records: ParsedRecord[]) {
  return records.filter((r): r is Extract<ParsedRecord, { ok: false }> => !r.ok);
}

/**
 * A byte stream that generates its content lazily, piece by piece, only when read: `head`, then
 * `count` pieces from `piece(i)`, then `tail`. `produced()` tells how many pieces were generated,
 * which shows whether a reader pulls the input as it goes or swallows it whole.
 */
export function lazySource(
  count: number,
  piece: (i: number) => string,
  head = '',
  tail = '',
): { stream: Readable; produced: () => number } {
  let i = 0;
  let started = false;
  const stream = new Readable({
    highWaterMark: 16 * 1024,
    read() {
      if (!started) {
        started = true;
        if (head) {
          this.push(Buffer.from(head));
          return;
        }
      }
      if (i >= count) {
        if (tail) this.push(Buffer.from(tail));
        this.push(null);
        return;
      }
      i += 1;
      this.push(Buffer.from(piece(i)));
    },
  });
  return { stream, produced: () => i };
}
