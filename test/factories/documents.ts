let counter = 0;

/** A DocumentInput with sensible defaults; override what the test is about. */
export function documentInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    externalId: `factory-${process.pid}-${counter}`,
    url: `https://news.example.test/item/${counter}`,
    title: null,
    text: `The regional governor said that power was restored in ${counter} villages. Repair crews worked through the night.`,
    language: 'en',
    publishedAt: '2026-03-02T10:00:00Z',
    source: { name: 'Factory Wire', platform: 'web', country: 'GB' },
    ...overrides,
  };
}

export const INGEST = `mutation Ingest($docs: [DocumentInput!]!) {
  ingestDocuments(documents: $docs) {
    created duplicates claims
    documents { externalId duplicate document { id source { id name } claims { id text language publishedAt } } }
  }
}`;

export const CREATE_NARRATIVE = `mutation Create($input: NarrativeInput!) {
  createNarrative(input: $input) { id slug name description keywords parent { slug } children { slug } claimCount }
}`;

export const CLAIM_COUNT = `query { claims(first: 0) { totalCount } }`;
