/** Shapes of the GraphQL contract (shared/API.md) as the dashboard reads them. */
export type Stance = 'SUPPORTS' | 'REFUTES' | 'NEUTRAL';
export type TagStatus = 'SUGGESTED' | 'CONFIRMED' | 'REJECTED';
export type Granularity = 'HOUR' | 'DAY' | 'WEEK' | 'MONTH';
export type TrendGroupBy = 'NONE' | 'SOURCE' | 'LANGUAGE' | 'PLATFORM' | 'STANCE';

export const STANCES: Stance[] = ['SUPPORTS', 'REFUTES', 'NEUTRAL'];
export const TAG_STATUSES: TagStatus[] = ['SUGGESTED', 'CONFIRMED', 'REJECTED'];
export const GRANULARITIES: Granularity[] = ['HOUR', 'DAY', 'WEEK', 'MONTH'];
export const GROUP_BYS: TrendGroupBy[] = ['NONE', 'LANGUAGE', 'PLATFORM', 'SOURCE', 'STANCE'];

export interface Source { id: string; name: string; platform?: string | null; country?: string | null }

export interface NarrativeRef { id: string; name: string; slug?: string }

export interface Narrative {
  id: string;
  slug: string;
  name: string;
  description?: string | null;
  parent?: { id: string; slug: string; name: string } | null;
  children?: { id: string; slug: string; name: string }[];
  keywords?: string[] | null;
  rule?: string | null;
}

export interface ClaimTag {
  id: string;
  narrative: NarrativeRef;
  status: TagStatus;
  origin: string;
  stance: Stance;
  confidence: number;
  taggedBy?: string | null;
  updatedAt: string;
  /** why the engine suggested it, as stored with the tag (servers with ClaimTag.evidence) */
  evidence?: string[];
}

export interface Suggestion {
  narrative: NarrativeRef;
  score: number;
  stance: Stance;
  evidence: string[];
}

export interface Claim {
  id: string;
  text: string;
  language: string;
  publishedAt: string;
  claimant?: string | null;
  source: Source;
  document?: { id: string; url?: string | null; title?: string | null; author?: string | null };
  tags: ClaimTag[];
  suggestions?: Suggestion[];
}

export interface ClaimFilter {
  narrativeId?: string;
  status?: TagStatus;
  untagged?: boolean;
  sourceId?: string;
  language?: string;
  from?: string;
  to?: string;
  search?: string;
}

export interface ClaimConnection {
  edges: { cursor: string; node: Claim }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

/** The earliest live claim of a narrative, overall or in one language (`key`) or platform. */
export interface FirstSeen {
  at: string;
  key?: string | null;
  total?: number;
  source?: Source;
  claim?: { id: string; text: string; language?: string; document?: { url?: string | null; title?: string | null } | null };
}

export interface TrendPoint { bucket: string; count: number; sources?: number; share?: number | null }
export interface TrendSeries { narrative: NarrativeRef; group?: string | null; total: number; points: TrendPoint[] }

export interface Spike { narrativeId: string; bucket: string; count: number; expected: number; score: number }
