import type { ExportClaim } from './types.js';

/**
 * One claim as a JSON line (newline-terminated), with a fixed key order and dates as ISO strings.
 * JSON.stringify escapes line breaks inside strings, so one claim is always exactly one line.
 */
export function toJsonLine(claim: ExportClaim): string {
  const value = {
    id: claim.id,
    text: claim.text,
    language: claim.language,
    publishedAt: claim.publishedAt.toISOString(),
    claimant: claim.claimant,
    documentId: claim.documentId,
    documentUrl: claim.documentUrl,
    documentTitle: claim.documentTitle,
    source: {
      id: claim.source.id,
      name: claim.source.name,
      platform: claim.source.platform,
      country: claim.source.country,
    },
    tags: claim.tags.map((t) => ({
      narrativeId: t.narrativeId,
      narrativeSlug: t.narrativeSlug,
      narrativeName: t.narrativeName,
      narrativeDescription: t.narrativeDescription,
      status: t.status,
      origin: t.origin,
      stance: t.stance,
      confidence: t.confidence,
      taggedBy: t.taggedBy,
      updatedAt: t.updatedAt.toISOString(),
    })),
    documentExternalId: claim.documentExternalId,
    documentAuthor: claim.documentAuthor,
  };
  return `${JSON.stringify(value)}\n`;
}

export async function* toJsonLines(claims: Iterable<ExportClaim> | AsyncIterable<ExportClaim>): AsyncGenerator<string> {
  for await (const claim of claims) yield toJsonLine(claim);
}
