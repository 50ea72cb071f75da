import { createHash } from 'node:crypto';
import { normalizeText } from '../text/normalize.js';

export interface ExtractionInput {
  title?: string | null;
  text: string;
  /** ISO 639-1 code given by the document; detected when missing. */
  language?: string | null;
}

export interface ExtractedClaim {
  /** Original wording, trimmed. */
  text: string;
  /** Normalised form used for matching and fingerprints. */
  normalized: string;
  /** sha1 of the normalised form: equal claims share it. */
  fingerprint: string;
  /** 0-based index of the claim inside the document. */
  position: number;
  /** Who the claim is attributed to ("the ministry", «Песков»), when the text says. */
  claimant: string | null;
  language: string;
}

export function fingerprintOf(normalized: string): string {
  return createHash('sha1').update(normalized).digest('hex');
}

/** Placeholder splitter; the full extractor replaces it behind the same signature. */
export function extractClaims(input: ExtractionInput): ExtractedClaim[] {
  const language = input.language ?? 'en';
  const parts = input.text.split(/(?<=[.!?])\s+(?=[A-ZА-ЯЁІЇЄҐ])/u).map((s) => s.trim()).filter((s) => s.length > 0);
  return parts.map((text, position) => {
    const normalized = normalizeText(text);
    return { text, normalized, fingerprint: fingerprintOf(normalized), position, claimant: null, language };
  });
}
