import { analyze, cuePatterns, PatternTable, type Analysis, type Span } from '../matching/analyzer.js';
import {
  ADMIT_CUES,
  FABRICATION_CUES,
  NEGATION_CUES,
  REFUTE_CUES,
  REPORT_CUES,
  RESIST_CUES,
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

/** Who can be quoted: "according to officials/the ministry/sources …". */
const SPEAKER_NOUNS = {
  en: 'spokes*|official*|minister*|ministry|sources|source|experts|expert|analyst*|media|outlet*|channel*|blogger*|commentator*|intelligence|president|commander*|general staff|military|army|government|authorities|statement|agency|newspaper|paper|tv|television|broadcaster|report|reports|data|propagandist*|pundit*',
  ru: 'представител*|официальн*|министр*|министерств*|минобороны|источник*|эксперт*|аналитик*|сми|издани*|канал*|блогер*|комментатор*|разведк*|президент*|командующ*|командир*|генштаб*|военн*|правительств*|власт*|агентств*|газет*|телевидени*|пропагандист*|данным',
  uk: 'представник*|офіційн*|міністр*|міністерств*|міноборони|джерел*|експерт*|аналітик*|змі|видан*|канал*|блогер*|коментатор*|розвідк*|президент*|командувач*|командир*|генштаб*|військов*|уряд*|влад*|агентств*|газет*|телебачен*|пропагандист*|даними',
};

/** Nouns that make "fake"/"false" talk about a claim rather than about an event. */
const META_NOUNS = {
  en: 'claims|the claim|allegation*|reports|stories|story|narrative*|theory|theories|version|accusation*|rumour*|rumor*|assertion*|statements|messages|posts|videos claiming|reports that|claims that|claims of|claims about',
  ru: 'заявлени*|утверждени*|версия|версии|теори*|обвинени*|сообщени*|вброс*|слух*|публикаци*|нарратив*',
  uk: 'заяви|заяву|твердження|версія|версії|теорі*|звинувачен*|повідомлен*|вкид*|чутк*|публікаці*|наратив*',
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
]);

/** Concepts that carry a narrative's claim (not actors, not generic words): their negation is a rebuttal. */
const THEMATIC_MIN_WEIGHT = 0.8;
/** Concepts whose words carry both polarities ("legitimate"/"illegitimate", "no mandate"): negating them asserts nothing against the narrative. */
const NEGATION_AMBIGUOUS = new Set(['legitimacy', 'legitimacy_weak', 'elections', 'postpone', 'puppet', 'puppet_weak', 'exhaustion', 'cannot_hold']);

/** What stance detection needs to know about a narrative; computed once per narrative. */
export interface NarrativeStanceInfo {
  /** concept ids named in the narrative's name, description and keywords */
  concepts: ReadonlySet<string>;
  /** the narrative itself says something is fake or staged */
  fabrication: boolean;
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
  // Most narratives tracked here are pro-Kremlin: promoted by Russian voices, rebutted by
  // Ukrainian and Western ones and by fact-checkers. A narrative about Russia alone that says
  // something bad about it (its economy collapsing, its crimes) runs the other way.
  const negative = [...groups].some((g) => NEGATIVE_FOR_SUBJECT.has(g));
  const antiRussian = sides.has('RU') && !sides.has('UA') && !sides.has('WEST') && negative;
  return antiRussian
    ? { concepts, fabrication, promoting: new Set<Side>(['UA', 'WEST']), targeted: new Set<Side>(['RU']) }
    : { concepts, fabrication, promoting: new Set<Side>(['RU']), targeted: new Set<Side>(['UA', 'WEST', 'CHECK']) };
}

function speakerSide(a: Analysis, cues: Span[]): Side | null {
  const verbs = cues.filter((s) => s.id === REPORT || s.id === REFUTE || s.id === ADMIT);
  const attribution = cues.filter((s) => s.id === ATTRIBUTION_FIRST);
  const actors = a.concepts.filter((m) => m.concept.side);
  if (actors.length === 0) return null;
  // "according to X, …": the actor right after the cue
  for (const att of attribution) {
    const after = actors.find((m) => m.start >= att.end && m.start <= att.end + 5);
    if (after) return after.concept.side!;
  }
  if (verbs.length === 0) return null;
  const first = verbs[0]!;
  // "X said/denied/claims …": the nearest actor before the verb
  let best: (typeof actors)[number] | undefined;
  for (const m of actors) if (m.end <= first.start && first.start - m.end <= 8) best = m;
  if (best) return best.concept.side!;
  // "…, the Kremlin said": an actor right after a sentence-final verb
  const after = actors.find((m) => m.start >= first.end && m.start <= first.end + 3);
  return after ? after.concept.side! : null;
}

function inside(span: Span, outer: { start: number; end: number }): boolean {
  return span.start >= outer.start && span.end <= outer.end && outer.end - outer.start > span.end - span.start;
}

/** Stance from an analysis already made (the matcher reuses the claim's analysis). */
const cueCache = new WeakMap<Analysis, Span[]>();

export function stanceFromAnalysis(a: Analysis, info: NarrativeStanceInfo | null): Stance {
  let cues = cueCache.get(a);
  if (!cues) cueCache.set(a, (cues = CUE_TABLE.match(a.tokens)));
  // a cue word that is part of a longer concept phrase ("will not last", "не хватает") is no cue
  const phrases = a.concepts.filter((m) => m.end - m.start > 1);
  let live = cues.filter((c) => !phrases.some((p) => inside(c, p)));
  // "according to" is attribution only when a speaker follows ("according to the ministry", not "according to plan")
  const actors = a.concepts.filter((m) => m.concept.side);
  live = live.filter(
    (c) =>
      c.id !== ATTRIBUTION_FIRST ||
      actors.some((m) => m.start >= c.end && m.start <= c.end + 5) ||
      live.some((o) => o.id === SPEAKER && o.start >= c.end && o.start <= c.end + 5),
  );
  const has = (id: number) => live.some((c) => c.id === id);
  const negs = live.filter((c) => c.id === NEGATION);
  const negatedThematic =
    info !== null &&
    a.concepts.some(
      (m) =>
        info.concepts.has(m.concept.id) &&
        !m.concept.side &&
        !NEGATION_AMBIGUOUS.has(m.concept.id) &&
        m.concept.weight >= THEMATIC_MIN_WEIGHT &&
        negs.some((n) => n.end <= m.start && m.start - n.end <= 2),
    );

  const speaker = speakerSide(a, live);
  const promotingSpeaker = info !== null && speaker !== null && info.promoting.has(speaker);
  const targetedSpeaker = info !== null && speaker !== null && info.targeted.has(speaker);

  // 1. explicit denial or debunk
  let refuted = has(REFUTE);
  if (!refuted && has(FABRICATION)) {
    // in a narrative that itself says "fake"/"staged", those words are its own voice unless
    // they are said about claims or reports ("the claims of staging are false")
    refuted = info?.fabrication ? has(META) : true;
  }
  if (refuted) return promotingSpeaker ? 'NEUTRAL' : 'REFUTES';

  const reported = has(REPORT) || has(ATTRIBUTION_FIRST);
  // 2. the targeted side speaks: a rebuttal unless it concedes the point
  if (reported && targetedSpeaker) {
    if (has(ADMIT)) return 'SUPPORTS';
    if (has(RESIST) || negatedThematic) return 'REFUTES';
    return 'NEUTRAL';
  }
  // 3. the narrative's own claim negated: "the front is not collapsing"
  if (negatedThematic) return reported && promotingSpeaker ? 'NEUTRAL' : 'REFUTES';
  // 4. someone else's claim, reported
  if (reported) return 'NEUTRAL';
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
