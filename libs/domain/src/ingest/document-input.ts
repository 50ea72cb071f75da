/** A document as it arrives from the API or an import file, before validation. */
export interface RawDocument {
  externalId?: string | null;
  url?: string | null;
  title?: string | null;
  /** Who wrote or posted it: a byline, a channel post's signature, a group member. */
  author?: string | null;
  text: string;
  language?: string | null;
  /** ISO-8601 string or Date. */
  publishedAt: string | Date;
  source: { name: string; platform?: string | null; country?: string | null };
}
