/** Pure helpers over a claim's tags: ordering, the top suggestion, optimistic changes. */
import type { TagAction } from '../api/narratrace-api';
import type { Claim, ClaimTag, NarrativeRef } from '../api/types';

const STATUS_ORDER = { SUGGESTED: 0, CONFIRMED: 1, REJECTED: 2 } as const;

export function sortedTags(tags: ClaimTag[]): ClaimTag[] {
  return [...tags].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.confidence - a.confidence || a.narrative.name.localeCompare(b.narrative.name));
}

/** The suggestion that the row's confirm/reject buttons act on: the most confident one. */
export function topSuggestion(claim: Claim): ClaimTag | null {
  let best: ClaimTag | null = null;
  for (const t of claim.tags) if (t.status === 'SUGGESTED' && (!best || t.confidence > best.confidence)) best = t;
  return best;
}

/** The claim's tags as they will be once `action` succeeds. */
export function applyAction(tags: ClaimTag[], action: TagAction, narratives: Map<string, NarrativeRef>): ClaimTag[] {
  const now = new Date().toISOString();
  const existing = tags.find((t) => t.narrative.id === action.narrativeId);
  switch (action.kind) {
    case 'confirm': {
      if (existing) return tags.map((t) => (t === existing ? { ...t, status: 'CONFIRMED', origin: 'MANUAL', stance: action.stance ?? t.stance, updatedAt: now } : t));
      const narrative = narratives.get(action.narrativeId) ?? { id: action.narrativeId, name: `#${action.narrativeId}` };
      return [...tags, { id: `pending-${action.narrativeId}`, narrative, status: 'CONFIRMED', origin: 'MANUAL', stance: action.stance ?? 'SUPPORTS', confidence: 1, taggedBy: null, updatedAt: now }];
    }
    case 'reject':
      return existing ? tags.map((t) => (t === existing ? { ...t, status: 'REJECTED', updatedAt: now } : t)) : tags;
    case 'untag':
      return tags.filter((t) => t !== existing);
  }
}

/** Puts the server's version of a tag in place of the optimistic one. */
export function mergeServerTag(tags: ClaimTag[], tag: ClaimTag): ClaimTag[] {
  const i = tags.findIndex((t) => t.narrative.id === tag.narrative.id);
  if (i < 0) return [...tags, tag];
  const next = [...tags];
  next[i] = { ...tags[i], ...tag, narrative: { ...tags[i].narrative, ...tag.narrative } };
  return next;
}
