import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { DomainError, type EngineModelInput } from '@app/domain';
import { sqlStateOf } from '@app/persistence';
import type { ImportArgs } from '../cli-args.js';
import { checkReadable, detectFormat, detectStdinFormat, readDocuments, type ImportFormat, type ImportInput, type ParsedReject } from '../formats/index.js';
import { IDLE_NOTICE_MS, isPipe, peekStream } from '../formats/streams.js';
import type { PreparedBatch, PreparedItem, RawItem } from './prepare.js';
import { PreparePool } from './prepare-pool.js';
import { Progress, type ProgressSink } from './progress.js';
import { RejectsFile, rejectsPathFor } from './rejects-file.js';

/** The part of IngestService an import uses: one transaction per call. */
export interface IngestPort {
  /** `documents[i].clash`: the i-th document's external id belongs to another source's stored document with another text. */
  ingestValid(valid: Array<PreparedItem['doc']>): Promise<{
    created: number;
    duplicates: number;
    claims: number;
    /** per document sent: `duplicate`, and the stored `document` (whose date a duplicate keeps) */
    documents?: Array<{ clash: boolean; duplicate?: boolean; document?: { publishedAt: Date } }>;
  }>;
  /** External ids already stored: a hint that spares extracting claims of documents that will be duplicates. */
  knownExternalIds?(externalIds: string[]): Promise<Set<string>>;
  /** What the narrative engine learns from: given, claims are scored beside extraction, off the main thread. */
  engineModel?(): Promise<EngineModelInput>;
}

/** The command line's import arguments, and how the import runs. */
export interface ImportOptions extends Omit<ImportArgs, 'command'> {
  /**
   * Batches written at once. With 2 (PostgreSQL) one batch is being written while the next one's
   * rows are sent; the embedded database has one session, so 1 there.
   */
  concurrency: number;
  /** worker threads that validate records, extract, hash and score claims (fewer for a small file); 0 does it on the main thread */
  workers: number;
}

export interface ImportSummary {
  documents: number;
  created: number;
  duplicates: number;
  claims: number;
  rejected: number;
  seconds: number;
  rejectsFile: string | null;
  interrupted: boolean;
}

export interface ImportIo {
  stderr: ProgressSink;
  /** what `import -` reads (process.stdin) */
  stdin?: Readable;
  signal?: AbortSignal;
}

/** The one summary line of an import (stdout). */
export function formatImportSummary(s: ImportSummary): string {
  return `documents ${s.documents} created ${s.created} duplicates ${s.duplicates} claims ${s.claims} rejected ${s.rejected} in ${s.seconds.toFixed(1)} s`;
}

/** Rejects shown on stderr; the rest are only counted there (all are in the rejects file). */
const MAX_SHOWN_REJECTS = 100;
function emptySummary(interrupted: boolean): ImportSummary {
  return { documents: 0, created: 0, duplicates: 0, claims: 0, rejected: 0, seconds: 0, rejectsFile: null, interrupted };
}

/** Bytes of standard input looked at before reading it (format, UTF-16, CSV delimiter). */
const STDIN_PEEK_BYTES = 64 * 1024;

/** Input size from which each further worker thread pays for its start. */
const BYTES_PER_WORKER = 2 * 1024 * 1024;

function unitOf(format: ImportFormat): string {
  return format === 'telegram' ? 'message' : format === 'rss' ? 'item' : 'line';
}

/**
 * A failure caused by the data of some record (the domain refused it, or PostgreSQL did: data
 * exceptions 22xxx, integrity 23xxx, program limits 54xxx), as opposed to the database being
 * unreachable. Only these are worth retrying record by record.
 */
function isRecordError(err: unknown): boolean {
  if (err instanceof DomainError) return true;
  const code = sqlStateOf(err);
  return code !== undefined && /^(22|23|54)/.test(code);
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Records read but not yet validated: the candidates, and the parse rejects among them. */
interface ReadBatch {
  items: RawItem[];
  rejects: ParsedReject[];
  /** each candidate as read, by record number: what the rejects file shows should validation or the database refuse it */
  raws: Map<number, string>;
  /** how far into the file the reader was when the batch was complete */
  bytes?: number;
}

/** A batch's valid documents on their way to the database, each with its record as read. */
type WritableItem = PreparedItem & { raw?: string };

/** A record refused, for stderr and the rejects file. */
interface Rejected {
  recordNo: number;
  reason: string;
  raw: string;
}

/** A record as the rejects file keeps it: as read, else the document without its extracted claims. */
function rawOf(item: WritableItem): string {
  if (item.raw !== undefined) return item.raw;
  const { claims: _claims, ...doc } = item.doc;
  return JSON.stringify(doc);
}

/**
 * Imports a file: reads it as a stream, validates each record on its own, stores valid
 * documents `batch` at a time (each batch one ingest transaction) and writes rejects to
 * `<file>.rejects.jsonl`. Throws on fatal errors (unreadable file, database gone); batches
 * committed before stay committed, and importing the file again skips them as duplicates.
 *
 * Three stages overlap: reading (main thread), validation and claim extraction (worker
 * threads), and writing (the database, `concurrency` transactions at a time). Batches are
 * handed on in file order, so rejects are reported in order too.
 */
export async function runImport(ingest: IngestPort, options: ImportOptions, io: ImportIo): Promise<ImportSummary> {
  // `-` (standard input) or a pipe by name (/dev/stdin, a shell's <(…)): looked at before reading
  // as a file would be, without seeking (its size is not known); released however the import
  // ends, so that a pipe's writer does not keep the process alive
  const pipe = options.file === '-' ? (io.stdin ?? process.stdin) : isPipe(options.file) ? createReadStream(options.file) : null;
  let stdin: { head: Buffer; stream: Readable; ended: boolean } | null = null;
  // Ctrl-C: a file is read on to the end of the record at hand; a pipe may wait for its writer
  // without end, so it is closed at once (the pipe itself: the stream replaying it only closes
  // once the read it waits for returns)
  const close = () => {
    pipe?.destroy();
    stdin?.stream.destroy();
  };
  io.signal?.addEventListener('abort', close, { once: true });
  // said on stderr (once the import runs, above its progress) when the writer keeps the pipe open
  // and sends nothing: not hung, waiting
  const notices = { say: (message: string) => void io.stderr.write(`${message}\n`) };
  const waiting = () =>
    notices.say(
      `${options.file === '-' ? 'standard input' : options.file} has sent nothing for ${IDLE_NOTICE_MS / 1000} s: waiting for more ` +
        '(the import ends when the writer closes it; Ctrl-C stops it, keeping what was read)',
    );
  try {
    if (pipe) {
      try {
        stdin = await peekStream(pipe, STDIN_PEEK_BYTES, { onIdle: waiting });
      } catch (err) {
        // Ctrl-C before the writer sent anything: an interrupted import of nothing
        if (io.signal?.aborted) return emptySummary(true);
        throw err;
      }
      // nothing at all (a filter that matched nothing): an empty import, as of an empty file,
      // which also clears the rejects of an earlier run
      if (stdin.ended && stdin.head.toString('utf8').trim() === '') {
        const interrupted = io.signal?.aborted === true;
        if (!interrupted) await new RejectsFile(options.rejects ?? rejectsPathFor(options.file, true)).close(true);
        return emptySummary(interrupted);
      }
    }
    return await importInput(ingest, options, io, stdin, notices);
  } finally {
    io.signal?.removeEventListener('abort', close);
    close();
  }
}

async function importInput(
  ingest: IngestPort,
  options: ImportOptions,
  io: ImportIo,
  stdin: { head: Buffer; stream: Readable } | null,
  notices: { say: (message: string) => void },
): Promise<ImportSummary> {
  const started = performance.now();
  const source: ImportInput = stdin?.stream ?? options.file;
  // before detecting: a UTF-16 file is told what to do, not that its format cannot be told
  await checkReadable(options.file === '-' ? 'standard input' : options.file, options.format, stdin?.head);
  const format = options.format ?? (stdin ? detectStdinFormat(stdin.head) : await detectFormat(options.file));
  const totalBytes = stdin ? undefined : statSync(options.file).size;
  const rejects = new RejectsFile(options.rejects ?? rejectsPathFor(options.file, stdin !== null));
  const progress = new Progress(io.stderr, options.progressEvery);
  notices.say = (message) => progress.log(message);
  // A worker costs about half a second to start: a small file gets one, a large one all of them.
  const pool = new PreparePool(totalBytes === undefined ? options.workers : Math.min(options.workers, Math.max(1, Math.ceil(totalBytes / BYTES_PER_WORKER))));
  if (ingest.engineModel) pool.setModel(await ingest.engineModel());
  const unit = unitOf(format);
  let input: { bytesRead?: number } | null = null;
  const bytesRead = (): number | undefined => input?.bytesRead;
  // The bar follows the batches written, not the reader, which runs a few batches ahead of them.
  let storedBytes = 0;
  const stored = (bytes: number | undefined): void => {
    if (bytes !== undefined && bytes > storedBytes) storedBytes = bytes;
  };

  const totals = { records: 0, created: 0, duplicates: 0, claims: 0, rejected: 0 };
  let redated = 0;
  // Progress counts the records settled (stored, found already there, or rejected), as the bytes
  // and the figures beside them do; the reader runs a few batches ahead.
  const settledCount = () => totals.created + totals.duplicates + totals.rejected;
  const report = (force = false) => progress.update({ ...totals, records: settledCount(), bytes: input === null ? undefined : storedBytes, totalBytes }, force);

  const reject = async ({ recordNo, reason, raw }: Rejected): Promise<void> => {
    totals.rejected += 1;
    if (totals.rejected <= MAX_SHOWN_REJECTS) progress.log(`${unit} ${recordNo}: ${reason}`);
    else if (totals.rejected === MAX_SHOWN_REJECTS + 1) progress.log(`more rejects follow; all are in ${rejects.path}`);
    await rejects.write({ recordNo, reason, raw });
  };
  // Rejects reach stderr and the rejects file in record order: a batch's own (from reading,
  // validation and the database) once the batch is written, after those of the batches before it,
  // which may still be in another transaction.
  let told: Promise<void> = Promise.resolve();
  // the first fatal failure of a batch or of telling its rejects: the import stops at the next batch
  const failed: unknown[] = [];
  // A failure to tell (the rejects file cannot be written) stops the import like a failed batch.
  const tell = (found: Rejected[], written: Promise<void>): void => {
    told = Promise.all([told, written])
      .then(async () => {
        found.sort((a, b) => a.recordNo - b.recordNo);
        for (const r of found) await reject(r);
        if (found.length > 0) report();
      })
      .catch((error: unknown) => {
        failed.push(error);
      });
  };

  /**
   * One batch; when the data of some record makes it fail, its records go one by one. Records
   * refused are added to `found`. `settled` runs as soon as its counts are in the totals (so that
   * progress shows bytes and counts alike).
   */
  const store = async (batch: WritableItem[], found: Rejected[], settled?: () => void): Promise<void> => {
    try {
      // (the ingest service itself runs a batch again when PostgreSQL aborts it over a lock conflict)
      const outcome = await ingest.ingestValid(batch.map((p) => p.doc));
      totals.created += outcome.created;
      totals.duplicates += outcome.duplicates;
      totals.claims += outcome.claims;
      // Not a re-sent document but another source's, with another text, under the same external
      // id: say so instead of counting it as a duplicate, or the record would be lost without a word.
      // A document stored before keeps its date: say so (once, at the end) when this file dates it otherwise.
      const clashes: WritableItem[] = [];
      for (const [i, d] of (outcome.documents ?? []).entries()) {
        if (d.clash) clashes.push(batch[i]);
        else if (d.duplicate && d.document && d.document.publishedAt.getTime() !== batch[i].doc.publishedAt.getTime()) redated += 1;
      }
      for (const item of clashes) {
        totals.duplicates -= 1;
        found.push({
          recordNo: item.recordNo,
          reason:
            `externalId "${item.doc.externalId}" already belongs to another source's document with another text, so this record was not stored: ` +
            'external ids must be unique across sources (in a CSV or JSON Lines file, prefix them with the source, e.g. "<source>:<id>")',
          raw: rawOf(item),
        });
      }
      settled?.();
      return;
    } catch (err) {
      if (!isRecordError(err)) throw err;
      if (batch.length === 1) {
        found.push({ recordNo: batch[0].recordNo, reason: `refused by the database: ${messageOf(err)}`, raw: rawOf(batch[0]) });
        settled?.();
        return;
      }
    }
    for (const one of batch) await store([one], found);
    settled?.();
  };

  // Writing: at most `concurrency` transactions at a time.
  // A batch that fails for good is kept here: a job leaves `writing` as soon as it settles, so its
  // failure must not depend on somebody awaiting it before that.
  const writing = new Set<Promise<void>>();
  const write = async (batch: WritableItem[], bytes: number | undefined, found: Rejected[]): Promise<void> => {
    if (failed.length) throw failed[0];
    if (batch.length === 0) {
      stored(bytes);
      tell(found, Promise.resolve());
      return;
    }
    const job: Promise<void> = store(batch, found, () => stored(bytes))
      .then(() => report())
      .catch((error: unknown) => {
        failed.push(error);
      })
      .finally(() => writing.delete(job));
    writing.add(job);
    tell(found, job);
    if (writing.size >= options.concurrency) await Promise.race(writing);
    if (failed.length) throw failed[0];
  };

  // Preparing: a few batches ahead of the writer, handed on in file order.
  // Only a batch's parse rejects and raw records wait here with it: its parsed records went to a
  // worker as a copy, and keeping them until the batch is written would only hold memory.
  const preparing: Array<{ rejects: ParsedReject[]; raws: Map<number, string>; bytes?: number; result: Promise<PreparedBatch> }> = [];
  const ahead = Math.max(2, pool.size * 2);
  const handOn = async (): Promise<void> => {
    const next = preparing.shift();
    if (!next) return;
    const prepared = await next.result;
    const found: Rejected[] = [
      ...next.rejects.map((r) => ({ recordNo: r.recordNo, reason: r.reason, raw: r.raw })),
      ...prepared.rejects.map((r) => ({ ...r, raw: next.raws.get(r.recordNo) ?? r.raw })),
    ];
    const valid: WritableItem[] = prepared.valid;
    for (const item of valid) item.raw = next.raws.get(item.recordNo);
    await write(valid, next.bytes, found);
    report();
  };
  const send = async (read: ReadBatch): Promise<void> => {
    if (ingest.knownExternalIds) {
      const ids = read.items.flatMap((i) => (typeof i.document.externalId === 'string' ? [i.document.externalId.trim()] : []));
      const known = await ingest.knownExternalIds(ids);
      if (known.size > 0) {
        for (const item of read.items) {
          if (typeof item.document.externalId === 'string' && known.has(item.document.externalId.trim())) item.extract = false;
        }
      }
    }
    const result = pool.prepare(read.items);
    result.catch(() => undefined);
    preparing.push({ rejects: read.rejects, raws: read.raws, bytes: read.bytes, result });
    if (preparing.length >= ahead) await handOn();
  };

  let current: ReadBatch = { items: [], rejects: [], raws: new Map() };
  let interrupted = false;
  try {
    const records = readDocuments(source, format, {
      head: stdin?.head,
      sourceOverride: options.source ?? undefined,
      telegramUsername: options.telegramUsername ?? undefined,
      assumedZone: options.timeZone ?? options.utcOffset ?? 0,
      onNotice: (message) => progress.log(message),
      onOpen: (stream) => {
        input = stream;
      },
    });
    try {
      for await (const record of records) {
        if (io.signal?.aborted) break;
        totals.records += 1;
        if (record.ok) {
          current.items.push({ recordNo: record.recordNo, document: record.document });
          if (record.raw !== undefined) current.raws.set(record.recordNo, record.raw);
        } else current.rejects.push(record);
        if (current.items.length >= options.batch || current.rejects.length >= options.batch) {
          const full = { ...current, bytes: bytesRead() };
          current = { items: [], rejects: [], raws: new Map() };
          await send(full);
        }
      }
    } catch (err) {
      // an interrupt closes a pipe that was waiting for its writer: the reader then fails, not the import
      if (!(io.signal?.aborted && stdin)) throw err;
    }
    interrupted = io.signal?.aborted === true;
    if (current.items.length > 0 || current.rejects.length > 0) await send({ ...current, bytes: totalBytes });
    while (preparing.length > 0) await handOn();
    await Promise.all(writing);
    await told;
    if (failed.length) throw failed[0];
  } catch (err) {
    // Let batches already sent finish (or fail) before reporting, so the database is left quiet.
    await Promise.allSettled([...writing, ...preparing.map((p) => p.result), told]);
    progress.clear();
    await rejects.close().catch(() => undefined);
    throw err;
  } finally {
    await pool.close();
  }
  if (redated > 0) {
    progress.log(
      `${redated} record(s) repeat a document stored before (by an earlier import, or earlier in this file) with another date; ` +
        'the stored date is kept (if an earlier import read this file at another --utc-offset or --time-zone, importing it again does not change dates)',
    );
  }
  await rejects.close(true);
  progress.finish({ ...totals, records: settledCount(), bytes: interrupted ? storedBytes : totalBytes, totalBytes });
  return {
    documents: totals.records,
    created: totals.created,
    duplicates: totals.duplicates,
    claims: totals.claims,
    rejected: totals.rejected,
    seconds: (performance.now() - started) / 1000,
    rejectsFile: totals.rejected > 0 ? rejects.path : null,
    interrupted,
  };
}
