/** Filters on a claim's metadata rather than its words. */
export type RuleField = 'lang' | 'source' | 'platform';

/**
 * Parsed form of a narrative rule. Plain data (JSON-serialisable), so it can be cached or sent
 * to a client as it is.
 */
export type RuleAst =
  | { type: 'and'; children: RuleAst[] }
  | { type: 'or'; children: RuleAst[] }
  | { type: 'not'; child: RuleAst }
  /**
   * Words that must appear in this order, next to each other, in the claim's normalised tokens.
   * One token for a plain word; several for a quoted phrase or a hyphenated word ("pro-russian").
   * `prefix` makes the last token match any token that starts with it (`мобилизац*`).
   */
  | { type: 'term'; tokens: string[]; prefix: boolean; phrase: boolean }
  /** `lang:ru`, `source:"Rybar"`, `platform:telegram`; `prefix` for `source:rt*`. */
  | { type: 'field'; field: RuleField; value: string; prefix: boolean };

/** What a rule is matched against: a claim with its document's source. */
export interface RuleSubject {
  /** `normalizeText` output of the claim. */
  normalized: string;
  language: string;
  sourceName?: string | null;
  platform?: string | null;
}
