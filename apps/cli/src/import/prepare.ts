import { DomainError, extractClaims, minHashValues, validateDocument, type NarrativeEngine, type RawDocument, type ValidDocument } from '@app/domain';
import type { PreparedDocument } from '../../../api/src/ingest/ingest.service.js';

/** A record that passed parsing, on its way to validation. */
export interface RawItem {
  recordNo: number;
  document: RawDocument;
  /** false when the document is known to be stored already: its claims would be thrown away */
  extract?: boolean;
}

/**
 * A valid document with its claims already extracted (the ingest path then skips extraction),
 * unless it was known to be stored; should it be new after all, the ingest path extracts them.
 */
export interface PreparedItem {
  recordNo: number;
  doc: PreparedDocument;
}

export interface PreparedBatch {
  valid: PreparedItem[];
  rejects: Array<{ recordNo: number; reason: string; raw: string }>;
}

/**
 * Validates each record on its own (a bad one is a reject, not a failed batch) and extracts the
 * claims of the valid ones with their MinHash values and, given the engine, its verdicts: the
 * CPU-heavy, database-free part of ingest, which can run in a worker thread while the main thread
 * writes the previous batch.
 */
export function prepareBatch(items: RawItem[], engine?: NarrativeEngine): PreparedBatch {
  const out: PreparedBatch = { valid: [], rejects: [] };
  for (const item of items) {
    let doc: ValidDocument;
    try {
      doc = validateDocument(item.document, 'document');
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      out.rejects.push({ recordNo: item.recordNo, reason: err.message, raw: JSON.stringify(item.document) });
      continue;
    }
    if (item.extract === false) {
      out.valid.push({ recordNo: item.recordNo, doc });
      continue;
    }
    // The MinHash values too (the near-duplicate step then only compares), and the engine's
    // verdicts when it was given a copy of the engine.
    const claims = extractClaims({ title: doc.title, text: doc.text, language: doc.language }).map((c) => ({
      ...c,
      minHash: minHashValues(c.normalized),
      verdicts: engine?.verdicts({ text: c.text, normalized: c.normalized, language: c.language, sourceName: doc.source.name, platform: doc.source.platform }),
    }));
    out.valid.push({ recordNo: item.recordNo, doc: { ...doc, claims } });
  }
  return out;
}
