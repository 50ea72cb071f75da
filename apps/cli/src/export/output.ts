import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Writes every chunk, waiting for `drain` when the stream asks. Rejects with the stream's error
 * as soon as it has one: a stream destroyed by an error takes further writes without complaint
 * and never drains, so it is checked before each write. Leaving the loop early also ends the
 * chunk generator, and with it the reading of pages.
 */
export async function writeAll(out: Writable, chunks: AsyncIterable<string>): Promise<void> {
  for await (const chunk of chunks) {
    if (out.destroyed) throw out.errored ?? new Error('the output was closed');
    if (!out.write(chunk)) await once(out, 'drain');
  }
}

/** The reader of a pipe went away (`… | head`): EPIPE, the error Node gives instead of dying of SIGPIPE. */
export function isClosedPipe(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | null)?.code === 'EPIPE';
}
