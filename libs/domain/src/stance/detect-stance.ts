import { analyze, cuePatterns, isClauseBreak, isStopword, PatternTable, type Analysis, type Span } from '../matching/analyzer.js';
import {
  ADMIT_CUES,
  FABRICATION_CUES,
  CONDITIONAL_CUES,
  NEGATION_CANCEL_CUES,
  NEGATION_CUES,
  REFUTE_CUES,
  REPORT_CUES,
  RESIST_CUES,
  SPEAKER_LABEL_WORDS,
  type ConceptDef,
} from '../matching/lexicon.js';
import type { NarrativeProfile, Stance } from '../matching/types.js';

type Side = NonNullable<ConceptDef['side']>;

const REFUTE = 0;
const FABRICATION = 1;
const REPORT = 2;
const ADMIT = 3;
const RESIST = 4;
const NEGATION = 5;
const META = 6;
const ATTRIBUTION_FIRST = 7;
const SPEAKER = 8;
const NEGATION_CANCEL = 9;
const LABEL_WORD = 10;
const CONDITIONAL = 11;

/** Who can be quoted: "according to officials/the ministry/sources …". */
const SPEAKER_NOUNS = {
  en: 'spokes*|official*|minister*|ministry|sources|source|experts|expert|analyst*|media|outlet*|channel*|blogger*|commentator*|intelligence|president|commander*|general staff|military|army|government|authorities|statement|agency|newspaper|paper|tv|television|broadcaster|report|reports|data|propagandist*|pundit*',
  ru: 'представител*|официальн*|министр*|министерств*|минобороны|источник*|эксперт*|аналитик*|сми|издани*|канал*|блогер*|комментатор*|разведк*|президент*|командующ*|командир*|генштаб*|военн*|правительств*|власт*|агентств*|газет*|телевидени*|пропагандист*|данным',
  uk: 'представник*|офіційн*|міністр*|міністерств*|міноборони|джерел*|експерт*|аналітик*|змі|видан*|канал*|блогер*|коментатор*|розвідк*|президент*|командувач*|командир*|генштаб*|військов*|уряд*|влад*|агентств*|газет*|телебачен*|пропагандист*|даними',
};

/** Nouns that make "fake"/"false" talk about a claim rather than about an event. */
const META_NOUNS = {
  en: 'talking points|claims|the claim|allegation*|reports|stories|story|narrative*|theory|theories|version|accusation*|rumour*|rumor*|assertion*|statements|messages|posts|videos claiming|reports that|claims that|claims of|claims about',
  ru: 'заявлени*|утверждени*|версия|версии|теори*|обвинени*|сообщени*|вброс*|слух*|публикаци*|нарратив*|тезис*|методичк*',
  uk: 'заяви|заяву|твердження|версія|версії|теорі*|звинувачен*|повідомлен*|вкид*|чутк*|публікаці*|наратив*|тез*|меседж*|методичк*',
};

/** Attribution that names the speaker after the cue ("according to the Kremlin, …"). */
const ATTRIBUTION_FIRST_CUES = {
  en: 'according to|in the words of|citing',
  ru: 'по словам|по утверждению|по данным|по мнению|по версии|как утверждает|как утверждают|ссылаясь на',
  uk: 'за словами|за твердженням|за даними|на думку|за версією|як стверджує|як стверджують|посилаючись на',
};

const CUE_TABLE = new PatternTable([
  { id: REFUTE, patterns: cuePatterns(REFUTE_CUES) },
  { id: FABRICATION, patterns: cuePatterns(FABRICATION_CUES) },
  { id: REPORT, patterns: cuePatterns(REPORT_CUES) },
  { id: ADMIT, patterns: cuePatterns(ADMIT_CUES) },
  { id: RESIST, patterns: cuePatterns(RESIST_CUES) },
  { id: NEGATION, patterns: cuePatterns(NEGATION_CUES) },
  { id: META, patterns: cuePatterns(META_NOUNS) },
  { id: ATTRIBUTION_FIRST, patterns: cuePatterns(ATTRIBUTION_FIRST_CUES) },
  { id: SPEAKER, patterns: cuePatterns(SPEAKER_NOUNS) },
  { id: NEGATION_CANCEL, patterns: cuePatterns(NEGATION_CANCEL_CUES) },
  { id: LABEL_WORD, patterns: cuePatterns(SPEAKER_LABEL_WORDS) },
  { id: CONDITIONAL, patterns: cuePatterns(CONDITIONAL_CUES) },
]);

/** Concepts that carry a narrative's claim (not actors, not generic words): their negation is a rebuttal. */
const THEMATIC_MIN_WEIGHT = 0.8;
const WEAK_SUFFIX = '_weak';
/** Concepts whose words carry both polarities ("legitimate"/"illegitimate", "no mandate"): negating them asserts nothing against the narrative. */
const NEGATION_AMBIGUOUS = new Set(['legitimacy', 'legitimacy_weak', 'elections', 'postpone', 'puppet', 'puppet_weak', 'exhaustion', 'cannot_hold']);

/** Concepts that name the targeted side's counter-claim: assaults repelled, support continuing. */
const COUNTER_CONCEPTS = new Set(['repel', 'support_continues']);

/** What stance detection needs to know about a narrative; computed once per narrative. */
export interface NarrativeStanceInfo {
  /** concept ids named in the narrative's name, description and keywords */
  concepts: ReadonlySet<string>;
  /** their concept groups */
  groups?: ReadonlySet<string>;
  /** the narrative itself says something is fake or staged */
  fabrication: boolean;
  /** its wording names a claim (a concept that is neither a topic nor an actor), not only topics */
  hasClaim?: boolean;
  /** sides whose spokespeople promote the narrative (their statements are reported claims) */
  promoting: ReadonlySet<Side>;
  /** sides the narrative attacks (their statements are rebuttals) */
  targeted: ReadonlySet<Side>;
}

const NEGATIVE_FOR_SUBJECT = new Set(['ua_weakness', 'atrocity', 'corruption', 'legitimacy', 'puppet', 'nazis', 'staged']);

export function narrativeStanceInfo(profile: NarrativeProfile): NarrativeStanceInfo {
  const text = [profile.name, profile.description ?? '', ...(profile.keywords ?? [])].join('. ');
  return stanceInfoFromAnalysis(analyze(text));
}

export function stanceInfoFromAnalysis(a: Analysis): NarrativeStanceInfo {
  const concepts = new Set<string>();
  const groups = new Set<string>();
  const sides = new Set<Side>();
  for (const m of a.concepts) {
    concepts.add(m.concept.id);
    if (m.concept.group) groups.add(m.concept.group);
    if (m.concept.side) sides.add(m.concept.side);
  }
  const fabrication = concepts.has('staged') || concepts.has('fake') || concepts.has('staged_weak');
  const hasClaim = a.concepts.some((m) => !m.concept.topic);
  // Most narratives tracked here are pro-Kremlin: promoted by Russian voices, rebutted by
  // Ukrainian and Western ones and by fact-checkers. A narrative about Russia alone that says
  // something bad about it (its economy collapsing, its crimes) runs the other way.
  const negative = [...groups].some((g) => NEGATIVE_FOR_SUBJECT.has(g));
  const antiRussian = sides.has('RU') && !sides.has('UA') && !sides.has('WEST') && negative;
  return antiRussian
    ? { concepts, groups, fabrication, hasClaim, promoting: new Set<Side>(['UA', 'WEST']), targeted: new Set<Side>(['RU']) }
    : { concepts, groups, fabrication, hasClaim, promoting: new Set<Side>(['RU']), targeted: new Set<Side>(['UA', 'WEST', 'CHECK']) };
}

/** A speaker label opening a transcript line or post ("HOST:", "Песков:"): tokens [0, end), and the side it names. */
interface Label {
  end: number;
  side: Side | null;
}

function speakerLabel(a: Analysis): Label | null {
  const max = Math.min(5, a.tokens.length - 1);
  for (let k = 1; k <= max; k++) {
    const g = a.gaps[k];
    if (!g) continue;
    if (g.includes(':')) {
      if (/^\d+$/.test(a.tokens[k - 1]!) && /^\d/.test(a.tokens[k]!)) return null; // a clock time
      // "Україна на порозі краху: …" is a headline, not a speaker
      if (a.concepts.some((m) => !m.concept.side && m.concept.weight >= 0.5 && m.start < k)) return null;
      const actor = a.concepts.find((m) => m.concept.side && m.start < k);
      return { end: k, side: actor ? actor.concept.side! : null };
    }
    if (/[.!?"]/.test(g)) return null;
  }
  return null;
}

const DETERMINERS = new Set(['the', 'these', 'those', 'such', 'his', 'her', 'their', 'its', 'эти', 'такие', 'его', 'их', 'ці', 'такі', 'його', 'їхні']);

function sentenceBreak(gap: string | undefined): boolean {
  return gap !== undefined && /[.!?]/.test(gap);
}

function speakerSide(a: Analysis, cues: Span[], from: number): Side | null {
  const attribution = cues.filter((s) => s.id === ATTRIBUTION_FIRST && s.start >= from);
  const metas = cues.filter((s) => (s.id === META || s.id === FABRICATION) && !attribution.some((t) => t.start <= s.start && t.end >= s.end));
  // "Claims that …" opening a clause, "the reports of …": nouns, not someone speaking ("Russia claims …" is a verb)
  const nounAt = (s: Span) => s.start === from || isClauseBreak(a.gaps[s.start]) || DETERMINERS.has(a.tokens[s.start - 1]!);
  const asVerb = (m: Span) => !nounAt(m) && cues.some((r) => r.id === REPORT && r.start <= m.start && r.end >= m.end);
  const nouns = metas.filter((m) => !asVerb(m));
  const verbs = cues.filter(
    (s) => (s.id === REPORT || s.id === REFUTE || s.id === ADMIT) && s.start >= from && !(s.id === REPORT && nouns.some((m) => m.start <= s.start && m.end >= s.end)),
  );
  // "вигадка Кремля", "Kremlin talking points": an actor next to the thing disputed is not the speaker
  const actors = a.concepts.filter(
    (m) => m.concept.side && m.start >= from && !nouns.some((x) => (m.start >= x.end && m.start - x.end <= 1) || (x.start >= m.end && x.start - m.end <= 1)),
  );
  if (actors.length === 0) return null;
  // "according to X, …": the actor right after the cue
  for (const att of attribution) {
    const after = actors.find((m) => m.start >= att.end && m.start <= att.end + 5);
    if (after) return after.concept.side!;
  }
  if (verbs.length === 0) return null;
  const first = verbs[0]!;
  const speaks = first.id !== REFUTE; // what follows a denial is what is denied, not who denies
  // "— …, — said Lavrov" / "…, — заявив експерт": a verb opening its clause names its speaker after it
  if (first.start > from && isClauseBreak(a.gaps[first.start])) {
    const after = speaks ? actors.find((m) => m.start >= first.end && m.start <= first.end + 5) : undefined;
    return after ? after.concept.side! : null;
  }
  // "X said/denied/claims …": the nearest actor before the verb, in the same sentence
  let best: (typeof actors)[number] | undefined;
  for (const m of actors) {
    if (m.end > first.start || first.start - m.end > 8) continue;
    let crossed = false;
    for (let i = m.end; i <= first.start && !crossed; i++) crossed = sentenceBreak(a.gaps[i]);
    if (!crossed) best = m;
  }
  if (best) return best.concept.side!;
  // "…, said the Kremlin": an actor right after a verb that ends the clause
  if (!speaks) return null;
  const after = actors.find((m) => m.start >= first.end && m.start <= first.end + 2);
  if (!after) return null;
  for (let i = after.end; i <= Math.min(a.tokens.length, after.end + 3); i++) if (i === a.tokens.length || isClauseBreak(a.gaps[i])) return after.concept.side!;
  return null;
}

function inside(span: Span, outer: { start: number; end: number }): boolean {
  return span.start >= outer.start && span.end <= outer.end && outer.end - outer.start > span.end - span.start;
}

/** Short quoted stretches ("scare quotes": «постановка», 'illegitimate'), as token ranges. */
function scareQuotes(a: Analysis): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i <= a.tokens.length; i++) {
    const g = a.gaps[i];
    if (!g) continue;
    for (const ch of g) {
      if (ch !== '"' && ch !== "'") continue;
      if (open < 0) open = i;
      else {
        if (i - open >= 1 && i - open <= 6) out.push([open, i]);
        open = -1;
      }
    }
  }
  return out;
}

/** At most two content words and no clause break between a negation ending at `from` and a word at `to`. */
function negationReaches(a: Analysis, from: number, to: number): boolean {
  if (to < from || to - from > 4) return false;
  let words = 0;
  for (let i = from; i < to; i++) {
    if (isClauseBreak(a.gaps[i])) return false;
    if (!isStopword(a.tokens[i]!) && ++words > 2) return false;
  }
  return !isClauseBreak(a.gaps[to]);
}

/** No clause break between two positions (a conditional governs its own clause). */
function sameClause(a: Analysis, from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) if (isClauseBreak(a.gaps[i])) return false;
  return true;
}

/** "There is no …" as a denial ("there is no evidence"), unless what follows is used up. */
const EXISTENTIAL_NO = new Set(['there is no', 'there are no']);
const USED_UP = new Set(['left', 'remaining', 'anymore', 'remain']);

function usedUpAfter(a: Analysis, from: number): boolean {
  for (let i = from; i < Math.min(a.tokens.length, from + 4); i++) {
    if (i > from && isClauseBreak(a.gaps[i])) return false;
    if (USED_UP.has(a.tokens[i]!)) return true;
  }
  return false;
}

/** Post-positional negation: "обвалу немає", "фейков нет". */
const AFTER_NEGATION = new Set(['нет', 'нету', 'немає', 'нема']);

/** Stance from an analysis already made (the matcher reuses the claim's analysis). */
/** What stance detection reads from a claim whatever the narrative: computed once per analysis. */
interface ClaimCues {
  present: Set<number>;
  /** negations that can deny what follows them (not cancelled, not under a conditional) */
  negs: Span[];
  speaker: Side | null;
  reported: boolean;
  label: Label | null;
  quotes: Array<[number, number]>;
  counter: Analysis['concepts'];
}

const claimCache = new WeakMap<Analysis, ClaimCues>();

function claimCues(a: Analysis): ClaimCues {
  const hit = claimCache.get(a);
  if (hit) return hit;
  const cues = CUE_TABLE.match(a.tokens);
  // a cue word that is part of a longer concept phrase ("will not last", "не хватает") is no cue;
  // a phrase made by a negation frame ("не хочуть давати") holds only its negation, not a denial or a report
  const phrases = a.concepts.filter((m) => m.end - m.start > 1);
  let live = phrases.length
    ? cues.filter((c) => !phrases.some((p) => inside(c, p) && (!p.derived || c.id === NEGATION || c.id === RESIST || c.id === CONDITIONAL)))
    : cues;
  // a speaker label: a generic one ("HOST:") is the speaker's own voice, an actor ("Песков:") is attribution
  const label = speakerLabel(a);
  const from = label ? label.end : 0;
  if (label) live = live.filter((c) => c.start >= from || c.id === REFUTE || c.id === FABRICATION || c.id === META || c.id === NEGATION_CANCEL);
  // "according to" is attribution only when a speaker follows ("according to the ministry", not "according to plan")
  const actors = a.concepts.filter((m) => m.concept.side);
  live = live.filter(
    (c) =>
      c.id !== ATTRIBUTION_FIRST ||
      actors.some((m) => m.start >= c.end && m.start <= c.end + 5) ||
      live.some((o) => o.id === SPEAKER && o.start >= c.end && o.start <= c.end + 5),
  );
  const cancels = live.filter((c) => c.id === NEGATION_CANCEL);
  if (cancels.length) live = live.filter((c) => c.id === NEGATION_CANCEL || !cancels.some((x) => x.start <= c.start && x.end >= c.end));
  // "there are no reserves left": something asserted to be used up, not a claim denied
  live = live.filter((c) => !(c.id === REFUTE && EXISTENTIAL_NO.has(a.tokens.slice(c.start, c.end).join(' ')) && usedUpAfter(a, c.end)));
  const present = new Set(live.map((c) => c.id));
  const conditionals = live.filter((c) => c.id === CONDITIONAL);
  const conditioned = (n: Span) => conditionals.some((x) => x.end <= n.start && sameClause(a, x.end, n.start));
  const out: ClaimCues = {
    present,
    negs: live.filter((c) => c.id === NEGATION && !conditioned(c)),
    speaker: label?.side ?? speakerSide(a, live, from),
    reported: present.has(REPORT) || present.has(ATTRIBUTION_FIRST) || label?.side != null,
    label,
    quotes: scareQuotes(a),
    // counter-claims named as concepts ("assaults repelled", "support will continue") resist like the cue words
    counter: a.concepts.filter((m) => COUNTER_CONCEPTS.has(m.concept.id)),
  };
  claimCache.set(a, out);
  return out;
}

export function stanceFromAnalysis(a: Analysis, info: NarrativeStanceInfo | null): Stance {
  const { present, negs, speaker, reported, quotes, counter } = claimCues(a);
  const has = (id: number) => present.has(id);
  const thematic = (m: Analysis['concepts'][number]) =>
    info !== null &&
    !m.concept.side &&
    m.concept.weight >= THEMATIC_MIN_WEIGHT &&
    (info.concepts.has(m.concept.id) || (m.concept.group !== null && (info.groups?.has(m.concept.group) ?? false)));
  // the weak form of one of the narrative's own concepts, negated, is a denial too: "Kupiansk has
  // not fallen" ("has fallen" is capture; "fallen" alone is capture_weak)
  const weakOwn = (m: Analysis['concepts'][number]) =>
    info !== null && m.concept.id.endsWith(WEAK_SUFFIX) && info.concepts.has(m.concept.id.slice(0, -WEAK_SUFFIX.length));
  const negatedThematic = a.concepts.some(
    (m) =>
      (thematic(m) || weakOwn(m)) &&
      !NEGATION_AMBIGUOUS.has(m.concept.id) &&
      (negs.some((n) => n.end <= m.start && negationReaches(a, n.end, m.start)) ||
        (AFTER_NEGATION.has(a.tokens[m.end] ?? '') && !isClauseBreak(a.gaps[m.end]))),
  );
  // the narrative's claim only in scare quotes: the author keeps their distance from it
  let distanced = false;
  if (info !== null && quotes.length > 0) {
    const core = a.concepts.filter((m) => (info.fabrication ? m.concept.id === 'staged' || m.concept.id === 'staged_weak' : thematic(m)));
    const quoted = (m: (typeof core)[number]) => quotes.some(([s, e]) => m.start >= s && m.end <= e);
    distanced = core.length > 0 && core.every(quoted);
  }

  const promotingSpeaker = info !== null && speaker !== null && info.promoting.has(speaker);
  const targetedSpeaker = info !== null && speaker !== null && info.targeted.has(speaker);

  // 1. explicit denial or debunk
  let refuted = has(REFUTE);
  if (!refuted && has(FABRICATION)) {
    // in a narrative that itself says "fake"/"staged", those words are its own voice unless
    // they are said about claims or reports ("the claims of staging are false") or about a
    // claim kept in quotes ("«постановка»? Це брехня")
    refuted = info?.fabrication ? has(META) || distanced : true;
  }
  if (refuted) return promotingSpeaker ? 'NEUTRAL' : 'REFUTES';

  const resists = has(RESIST) || counter.length > 0;
  // 2. the claim quoted at arm's length: reported by someone, or mocked by the author
  if (distanced) return reported && !targetedSpeaker ? 'NEUTRAL' : 'REFUTES';
  // 3. the targeted side speaks: a rebuttal when it resists or negates, a concession otherwise
  if (reported && targetedSpeaker) {
    if (has(ADMIT)) return 'SUPPORTS';
    if (resists || negatedThematic) return 'REFUTES';
    return 'SUPPORTS';
  }
  // "aid will continue as long as it takes", unattributed, against a narrative of abandonment;
  // "Ukrainian forces repelled the assaults": the targeted side as the subject of its counter-claim
  if (!reported && info !== null) {
    for (const m of counter) {
      if (m.concept.id === 'support_continues' && info.groups?.has(m.concept.group ?? '')) return 'REFUTES';
      const subject = a.concepts.find((x) => x.concept.side && x.end <= m.start && m.start - x.end <= 2 && sameClause(a, x.end - 1, m.start));
      if (subject && info.targeted.has(subject.concept.side!)) return 'REFUTES';
    }
  }
  // 4. the narrative's own claim negated: "the front is not collapsing"
  if (negatedThematic) return reported && promotingSpeaker ? 'NEUTRAL' : 'REFUTES';
  // 5. someone else's claim, reported
  if (reported) return 'NEUTRAL';
  // 6. only the narrative's topics and none of its claim ("the EU adopted a sanctions package"
  // against "sanctions hurt Europe more than Russia"): about the same thing, not asserting it
  // (any claim concept keeps SUPPORTS, also one the narrative's wording does not use; a claim
  // without concepts, matched by its wording or by examples, is not judged here)
  if (info?.hasClaim && !a.concepts.some((m) => !m.concept.topic) && a.concepts.some((m) => info.concepts.has(m.concept.id))) return 'NEUTRAL';
  return 'SUPPORTS';
}

/**
 * Stance of a claim toward a narrative (or toward what it mentions, without one):
 * REFUTES for denials, debunks and rebuttals by the side the narrative targets; NEUTRAL for
 * plain reporting of someone else's claim; SUPPORTS for a claim that asserts it.
 */
export function detectStance(text: string, language?: string | null, narrative?: NarrativeProfile): Stance {
  return stanceFromAnalysis(analyze(text, language), narrative ? narrativeStanceInfo(narrative) : null);
}
