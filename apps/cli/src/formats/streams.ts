import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { ImportInput } from './types.js';

/**
 * A byte (or text) stream for a path, or the given stream itself. `onOpen` sees the stream a
 * path was opened as, so that a caller can follow `bytesRead` for a progress bar.
 */
export function openInput(input: ImportInput, onOpen?: (stream: Readable & { bytesRead?: number }) => void): Readable {
  const stream = typeof input === 'string' ? createReadStream(input, { highWaterMark: 64 * 1024 }) : input;
  onOpen?.(stream);
  return stream;
}

/** Strings of a stream decoded as UTF-8, chunk boundaries inside characters handled. */
export async function* decodeUtf8(source: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of source) {
    yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

const HIGH_WATER = 256;
const LOW_WATER = 32;

/**
 * Turns an event-producing stream into a pull-based async generator with back-pressure:
 * `onData` may emit any number of items per chunk; the stream is paused while more than
 * `HIGH_WATER` items wait for the consumer. When the consumer stops early, the stream (and
 * everything in `alsoDestroy`) is destroyed, so an abandoned import does not keep reading.
 */
export async function* pull<T, C = unknown>(
  stream: Readable,
  onData: (chunk: C, emit: (item: T) => void) => void,
  onEnd?: (emit: (item: T) => void) => void,
  alsoDestroy: Readable[] = [],
): AsyncGenerator<T> {
  let queue: T[] = [];
  let head = 0;
  let ended = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  let paused = false;

  const emit = (item: T): void => {
    queue.push(item);
  };
  const signal = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const fail = (err: unknown): void => {
    if (failure === null) failure = err;
    signal();
  };

  stream.on('data', (chunk: C) => {
    try {
      onData(chunk, emit);
    } catch (err) {
      fail(err);
      stream.destroy();
      return;
    }
    if (queue.length - head > HIGH_WATER && !paused) {
      paused = true;
      stream.pause();
    }
    signal();
  });
  stream.on('end', () => {
    try {
      onEnd?.(emit);
    } catch (err) {
      fail(err);
    }
    ended = true;
    signal();
  });
  stream.on('error', fail);
  for (const other of alsoDestroy) other.on('error', fail);

  try {
    for (;;) {
      if (head < queue.length) {
        const item = queue[head++];
        if (head > 1024 && head * 2 > queue.length) {
          queue = queue.slice(head);
          head = 0;
        }
        if (paused && queue.length - head < LOW_WATER && failure === null) {
          paused = false;
          stream.resume();
        }
        yield item;
        continue;
      }
      if (failure !== null) throw failure;
      if (ended) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    if (!ended) {
      stream.destroy();
      for (const other of alsoDestroy) other.destroy();
    }
  }
}
