/** Where a claim was published. */
export interface ExportSource {
  id: string;
  name: string;
  /**
   * `lower(name)` as the database computes it: with `platform` the source's natural key (the
   * unique index `sources_name_platform_key`), which the STIX ids are derived from.
   */
  nameKey: string;
  platform: string | null;
  /** ISO 3166-1 alpha-2, when known. */
  country: string | null;
}

/** One narrative tag on a claim, denormalised so that a claim row stands on its own. */
export interface ExportTag {
  narrativeId: string;
  narrativeSlug: string;
  narrativeName: string;
  narrativeDescription: string | null;
  /** Review state of the tag, e.g. `suggested`, `confirmed`, `rejected`. */
  status: string;
  /** How the tag came about, e.g. `rule`, `model`, `manual`. */
  origin: string;
  /** The claim's stance towards the narrative, e.g. `supports`, `refutes`, `neutral`. */
  stance: string | null;
  /** 0..1 */
  confidence: number | null;
  /** User (or system component) that set the tag. */
  taggedBy: string | null;
  updatedAt: Date;
}

/** A claim as exported: the claim, its document and source, and all its narrative tags. */
export interface ExportClaim {
  id: string;
  text: string;
  language: string | null;
  publishedAt: Date;
  claimant: string | null;
  /** The claim's place in its document; with the document's natural key, the claim's natural key. */
  position: number;
  documentId: string;
  /** The platform's own id of the document; when set, the document's natural key. */
  documentExternalId: string | null;
  /** Fingerprint of the document's text; with the source, the natural key of a document without external id. */
  documentFingerprint: string;
  documentUrl: string | null;
  documentTitle: string | null;
  /** byline, signature or poster of the document */
  documentAuthor: string | null;
  source: ExportSource;
  tags: ExportTag[];
}

export interface ExportNarrative {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  parentSlug: string | null;
  /** When given, these become the STIX `created`/`modified`; otherwise they come from the claims tagged with it. */
  createdAt?: Date | null;
  updatedAt?: Date | null;
  /** OpenCTI `narrative_types` (open vocabulary), optional. */
  narrativeTypes?: string[];
}
