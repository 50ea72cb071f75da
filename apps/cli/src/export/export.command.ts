import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Database, Sql } from '@app/persistence';
import type { ExportFormat } from '../cli-args.js';
import { UsageError } from '../cli-args.js';
import { ClaimExportRepository, type ExportCursor, type ExportFilter } from './claim-export.repository.js';
import { toCsv } from './csv.js';
import { toJsonLines } from './jsonl.js';
import { isClosedPipe, writeAll } from './output.js';
import { stixBundleChunks } from './stix.js';
import type { ExportClaim } from './types.js';

export interface ExportOptions {
  format: ExportFormat;
  /** a file, or "-" for standard output */
  out: string;
  narrative: string | null;
  /** only tags of this status (CONFIRMED, SUGGESTED, REJECTED), and the claims that have one */
  status?: string | null;
  from: Date | null;
  to: Date | null;
  /** CSV: a UTF-8 byte-order mark first, so that Excel reads Cyrillic right */
  bom?: boolean;
}

export interface ExportSummary {
  claims: number;
  tags: number;
  out: string;
  seconds: number;
  /**
   * Standard output was closed by its reader (`export --out - | head -1`) before the export
   * ended. The export stopped there, quietly, as Unix tools do; the counts are what was read.
   */
  readerClosed?: boolean;
}

/** Claims per page read from the database. */
export const EXPORT_PAGE_SIZE = 1000;

export function formatExportSummary(s: ExportSummary): string {
  return `exported ${s.claims} claims with ${s.tags} tags to ${s.out} in ${s.seconds.toFixed(1)} s`;
}

async function* claimPages(sql: Sql, repo: ClaimExportRepository, filter: ExportFilter, counts: { claims: number; tags: number }): AsyncGenerator<ExportClaim> {
  let after: ExportCursor | null = null;
  do {
    const page: { claims: ExportClaim[]; next: ExportCursor | null } = await repo.page(sql, filter, after, EXPORT_PAGE_SIZE);
    for (const claim of page.claims) {
      counts.claims += 1;
      counts.tags += claim.tags.length;
      yield claim;
    }
    after = page.next;
  } while (after);
}

/**
 * Writes the claims that match the filter in the chosen format. The file appears only when the
 * export succeeded: it is written under a temporary name and renamed at the end. The pages are
 * read in one read-only repeatable-read transaction, so the export is one consistent snapshot.
 * When standard output's reader closes early, the export stops and returns normally with
 * `readerClosed` set.
 */
export async function runExport(db: Database, options: ExportOptions, stdout: Writable): Promise<ExportSummary> {
  const started = performance.now();
  const repo = new ClaimExportRepository();
  const toStdout = options.out === '-';
  const tmp = toStdout ? null : join(dirname(options.out), `.${basename(options.out)}.${process.pid}.tmp`);

  const counts = { claims: 0, tags: 0 };
  let readerClosed = false;
  await db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const narratives = await repo.narratives(tx);
    let narrativeId: string | null = null;
    let stixNarratives = narratives;
    if (options.narrative) {
      const found = narratives.find((n) => n.slug === options.narrative);
      if (!found) {
        const known = narratives.map((n) => n.slug).sort();
        throw new UsageError(
          `unknown narrative "${options.narrative}"; ${known.length ? `known slugs: ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''}` : 'there are no narratives yet'}`,
        );
      }
      narrativeId = found.id;
      // the others come in through the claims' tags, and every one's ancestors from knownNarratives
      stixNarratives = [found];
    }
    const filter: ExportFilter = { narrativeId, status: options.status ?? null, from: options.from, to: options.to };
    const claims = claimPages(tx, repo, filter, counts);

    const out: Writable = toStdout ? stdout : createWriteStream(tmp as string, { encoding: 'utf8' });
    // Without a listener an error event would end the process; writeAll sees the error itself.
    // The listener stays: the event may come a tick after writeAll saw the error, and standard
    // output outlives the export (a late EPIPE from its last write must not end the process).
    out.on('error', () => undefined);
    try {
      const chunks =
        options.format === 'csv'
          ? toCsv(claims, { bom: options.bom === true })
          : options.format === 'jsonl'
            ? toJsonLines(claims)
            : stixBundleChunks(stixNarratives, claims, { knownNarratives: narratives, totals: await repo.stixTotals(tx) });
      await writeAll(out, chunks);
      if (!toStdout) {
        out.end();
        await finished(out);
        renameSync(tmp as string, options.out);
      }
    } catch (err) {
      if (toStdout && (isClosedPipe(err) || isClosedPipe(out.errored))) {
        readerClosed = true;
        return;
      }
      if (!toStdout) {
        out.destroy();
        rmSync(tmp as string, { force: true });
      }
      throw err;
    }
  });
  return { ...counts, out: toStdout ? 'standard output' : options.out, seconds: (performance.now() - started) / 1000, readerClosed };
}
