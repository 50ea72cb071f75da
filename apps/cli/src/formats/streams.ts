import { isUtf8 } from 'node:buffer';
import { createReadStream, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import type { ImportInput } from './types.js';

/** A path that names a pipe, a terminal or a socket (/dev/stdin, /dev/fd/63): read as a stream, like `-`, never by position. */
export function isPipe(path: string): boolean {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat !== undefined && (stat.isFIFO() || stat.isCharacterDevice() || stat.isSocket());
}

/** The first `bytes` bytes of a file (fewer when it is shorter), for a look before reading it. */
export async function readHead(path: string, bytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** How long a look at a stream waits for more once it holds a whole first line: a slow writer is not waited for. */
const PEEK_QUIET_MS = 100;

/** What `promise` gives if it settles within `ms`, else null; the timer is cleared either way. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** How long a stream may send nothing, while it is waited for, before `onIdle` is called (by default). */
export const IDLE_NOTICE_MS = 2000;

export interface PeekOptions {
  /** called once, the first time a read of the source (in the look or later) has waited `idleMs` */
  onIdle?: () => void;
  idleMs?: number;
}

/**
 * The first bytes of a stream, for a look before reading it, and a stream that yields everything
 * from the start: standard input cannot be opened twice. It reads up to `bytes`, or to the end, or
 * — once it holds a whole first line — until the writer pauses, so that a producer writing a few
 * records and then waiting is not waited for.
 */
export async function peekStream(source: Readable, bytes: number, { onIdle, idleMs = IDLE_NOTICE_MS }: PeekOptions = {}): Promise<{ head: Buffer; stream: Readable; ended: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  const iterator = source[Symbol.asyncIterator]();
  const toBuffer = (value: unknown) => (typeof value === 'string' ? Buffer.from(value) : (value as Buffer));
  let idleTold = onIdle === undefined;
  const waitFor = async (next: Promise<IteratorResult<unknown>>): Promise<IteratorResult<unknown>> => {
    if (idleTold) return next;
    const first = await within(next, idleMs);
    if (first !== null) return first;
    idleTold = true;
    onIdle?.();
    return next;
  };
  let ended = false;
  let lineSeen = false;
  // a read still under way when the look ended: the replay starts with it
  let unfinished: Promise<IteratorResult<unknown>> | null = null;
  while (size < bytes) {
    const next = iterator.next();
    let result: IteratorResult<unknown>;
    if (lineSeen) {
      const first = await within(next, PEEK_QUIET_MS);
      if (first === null) {
        unfinished = next;
        break;
      }
      result = first;
    } else {
      result = await waitFor(next);
    }
    if (result.done) {
      ended = true;
      break;
    }
    const chunk = toBuffer(result.value);
    chunks.push(chunk);
    size += chunk.length;
    if (chunk.includes(0x0a)) lineSeen = true;
  }
  async function* all(): AsyncGenerator<Buffer> {
    yield* chunks;
    if (ended) return;
    if (unfinished) {
      const result = await waitFor(unfinished);
      if (result.done) return;
      yield toBuffer(result.value);
    }
    for (let next = await waitFor(iterator.next()); !next.done; next = await waitFor(iterator.next())) yield toBuffer(next.value);
  }
  const stream = Readable.from(all(), { objectMode: false });
  // closing the new stream early (a fatal error) releases the source too
  stream.once('close', () => void iterator.return?.());
  return { head: Buffer.concat(chunks, size), stream, ended };
}

/** What to tell someone whose file is not UTF-8 (most often Windows-1251 from Excel or an old CMS). */
export const CONVERT_HINT = 'convert the file to UTF-8 first, e.g. iconv -f WINDOWS-1251 -t UTF-8 in.csv > out.csv';

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

/** One line of a byte stream; `utf8` false when its bytes were not valid UTF-8 (the text then has U+FFFD in their place). */
export interface Line {
  text: string;
  utf8: boolean;
  /** set for a line longer than MAX_LINE_BYTES: its length in bytes; `text` is then only its first kilobyte */
  tooLong?: number;
}

/**
 * Longer lines are not held whole: no document fits in one (its text is at most 200,000
 * characters), and a file without line breaks — a JSON array given as JSON Lines — must not be
 * read into memory.
 */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;
const PREVIEW_BYTES = 1024;

const NEWLINE = 0x0a;
const lossyUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

const withoutCr = (text: string): string => (text.endsWith('\r') ? text.slice(0, -1) : text);

/** Line breaks in `bytes` before index `end`. */
function newlinesBefore(bytes: Buffer, end: number): number {
  let count = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1 && at < end; at = bytes.indexOf(NEWLINE, at + 1)) count += 1;
  return count;
}

function decodeLine(bytes: Buffer): Line {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
  const body = bytes.subarray(0, end);
  return isUtf8(body) ? { text: body.toString('utf8'), utf8: true } : { text: lossyUtf8.decode(body), utf8: false };
}

/**
 * Lines of a stream (LF or CRLF), each checked for valid UTF-8 on its own, so that one bad line
 * is one reject rather than silently garbled text. Bytes of a line that spans chunks are joined
 * once, when its end arrives; a line over MAX_LINE_BYTES keeps only its start. Text chunks (an
 * already decoded stream, in tests) are split as they are.
 */
export async function* readLines(source: AsyncIterable<Buffer | string>): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let pending = 0;
  let overflow = false;
  let textCarry = '';
  const finish = (last: Buffer): Line => {
    const line = overflow
      ? { text: lossyUtf8.decode(parts[0]!), utf8: true, tooLong: pending + last.length }
      : decodeLine(parts.length > 0 ? Buffer.concat([...parts, last]) : last);
    parts = [];
    pending = 0;
    overflow = false;
    return line;
  };
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      const pieces = (textCarry + chunk).split('\n');
      textCarry = pieces.pop()!;
      for (const piece of pieces) yield { text: withoutCr(piece), utf8: true };
      continue;
    }
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      yield finish(chunk.subarray(start, nl));
      start = nl + 1;
    }
    if (start === chunk.length) continue;
    const rest = chunk.subarray(start);
    pending += rest.length;
    if (overflow) continue;
    parts.push(rest);
    if (pending > MAX_LINE_BYTES) {
      overflow = true;
      parts = [Buffer.concat(parts).subarray(0, PREVIEW_BYTES)];
    }
  }
  if (pending > 0) yield finish(Buffer.alloc(0));
  if (textCarry !== '') yield { text: withoutCr(textCarry), utf8: true };
}

/** Index of the first byte of `bytes` that does not belong to a well-formed UTF-8 sequence, or -1 (an unfinished sequence at the end counts as fine). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    let n: number;
    let min: number;
    if (b < 0x80) n = 0, min = 0;
    else if (b >= 0xc2 && b <= 0xdf) n = 1, min = 0x80;
    else if (b >= 0xe0 && b <= 0xef) n = 2, min = 0x800;
    else if (b >= 0xf0 && b <= 0xf4) n = 3, min = 0x10000;
    else return i;
    let cp = n === 0 ? b : b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      if (i + k >= bytes.length) return -1;
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

/** The bytes of a UTF-8 sequence begun at the end of `chunk` and not finished there (empty when none). */
function unfinishedSequence(chunk: Buffer): Buffer {
  for (let back = 1; back <= Math.min(3, chunk.length); back++) {
    const b = chunk[chunk.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: the lead is further back
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? chunk.subarray(chunk.length - back) : Buffer.alloc(0);
  }
  return Buffer.alloc(0);
}

/**
 * Passes a byte stream through unchanged, failing at the first byte that is not UTF-8 with the
 * line it is on (`describe` words the error), where a decoder would silently put U+FFFD.
 */
export function strictUtf8(describe: (line: number, byte: number) => Error): Transform {
  let bytesBefore = 0;
  let linesBefore = 0;
  let tail: Buffer = Buffer.alloc(0);
  return new Transform({
    decodeStrings: false,
    transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback) {
      if (typeof chunk === 'string') return done(null, chunk);
      // A sequence cut by the chunk's end is checked with the next chunk.
      const joined = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
      const next = unfinishedSequence(joined);
      const body = joined.subarray(0, joined.length - next.length);
      if (!isUtf8(body)) {
        const bad = firstInvalidUtf8(body);
        return done(describe(linesBefore + newlinesBefore(body, bad) + 1, bytesBefore + bad + 1));
      }
      linesBefore += newlinesBefore(body, body.length);
      bytesBefore += body.length;
      tail = next;
      done(null, chunk);
    },
    flush(done: TransformCallback) {
      done(tail.length > 0 ? describe(linesBefore + 1, bytesBefore + 1) : null);
    },
  });
}
