/** Every input limit in one place, so the API, the CLI and the docs agree. */
export const LIMITS = {
  /** documents in one ingestDocuments call */
  maxDocumentsPerBatch: 1000,
  /** characters of one document's text */
  maxTextLength: 200_000,
  /** characters of a title, url, external id or source name */
  maxShortFieldLength: 2_000,
  /** claims per page of the claims connection */
  maxPageSize: 500,
  defaultPageSize: 50,
  /** buckets one trend series may span */
  maxTrendBuckets: 10_000,
  /**
   * points in one grouped trend answer, unless it holds no more than five series a narrative
   * (grouping by source can otherwise return millions of points and hold the server for seconds)
   */
  maxGroupedTrendPoints: 1_000_000,
  /** narratives in one suggestion request */
  maxSuggestions: 50,
  /** characters of a search string or rule */
  maxQueryLength: 2_000,
} as const;
