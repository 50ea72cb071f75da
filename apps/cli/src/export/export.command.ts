import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Database, Sql } from '@app/persistence';
import type { ExportFormat } from '../cli-args.js';
import { UsageError } from '../cli-args.js';
import { ClaimExportRepository, type ExportCursor, type ExportFilter } from './claim-export.repository.js';
import { toCsv } from './csv.js';
import { toJsonLines } from './jsonl.js';
import { writeStixBundle, type TextSink } from './stix.js';
import type { ExportClaim, ExportNarrative } from './types.js';

export interface ExportOptions {
  format: ExportFormat;
  /** a file, or "-" for standard output */
  out: string;
  narrative: string | null;
  from: Date | null;
  to: Date | null;
}

export interface ExportSummary {
  claims: number;
  tags: number;
  out: string;
  seconds: number;
}

/** Claims per page read from the database. */
export const EXPORT_PAGE_SIZE = 1000;

export function formatExportSummary(s: ExportSummary): string {
  return `exported ${s.claims} claims with ${s.tags} tags to ${s.out} in ${s.seconds.toFixed(1)} s`;
}

/** A narrative and its ancestors (for the sub-narrative links), by slug. */
function withAncestors(all: ExportNarrative[], slug: string): ExportNarrative[] {
  const bySlug = new Map(all.map((n) => [n.slug, n]));
  const out: ExportNarrative[] = [];
  for (let n = bySlug.get(slug); n && !out.includes(n); n = n.parentSlug ? bySlug.get(n.parentSlug) : undefined) out.push(n);
  return out;
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

async function writeAll(out: Writable, chunks: AsyncIterable<string>): Promise<void> {
  for await (const chunk of chunks) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
}

/**
 * Writes the claims that match the filter in the chosen format. The file appears only when the
 * export succeeded: it is written under a temporary name and renamed at the end. The pages are
 * read in one read-only repeatable-read transaction, so the export is one consistent snapshot.
 */
export async function runExport(db: Database, options: ExportOptions, stdout: Writable): Promise<ExportSummary> {
  const started = performance.now();
  const repo = new ClaimExportRepository();
  const toStdout = options.out === '-';
  const tmp = toStdout ? null : join(dirname(options.out), `.${basename(options.out)}.${process.pid}.tmp`);

  const counts = { claims: 0, tags: 0 };
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
      stixNarratives = withAncestors(narratives, found.slug);
    }
    const filter: ExportFilter = { narrativeId, from: options.from, to: options.to };
    const claims = claimPages(tx, repo, filter, counts);

    const out: Writable = toStdout ? stdout : createWriteStream(tmp as string, { encoding: 'utf8' });
    const failed = new Promise<never>((_, reject) => out.once('error', reject));
    failed.catch(() => undefined);
    try {
      const work =
        options.format === 'csv'
          ? writeAll(out, toCsv(claims))
          : options.format === 'jsonl'
            ? writeAll(out, toJsonLines(claims))
            : writeStixBundle(out as unknown as TextSink, stixNarratives, claims).then(() => undefined);
      await Promise.race([work, failed]);
      if (!toStdout) {
        await new Promise<void>((resolve, reject) => {
          out.once('error', reject);
          out.end(resolve);
        });
        renameSync(tmp as string, options.out);
      }
    } catch (err) {
      if (!toStdout) {
        out.destroy();
        rmSync(tmp as string, { force: true });
      }
      throw err;
    }
  });
  return { ...counts, out: toStdout ? 'standard output' : options.out, seconds: (performance.now() - started) / 1000 };
}
