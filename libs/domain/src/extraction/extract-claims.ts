import { hash } from 'node:crypto';
import { canonicalLanguage } from '../text/language-code.js';
import { normalizeText } from '../text/normalize.js';
import { findAttribution, sourceLineClaimant, statementClaimant } from './claimant.js';
import { countScripts, guessLanguage, type LanguageGuess } from './language.js';
import { splitSentences, type SentenceSpan } from './sentences.js';
import { tokenKey, type TokenKey } from './token-key.js';

export interface ExtractionInput {
  title?: string | null;
  text: string;
  /** ISO 639-1 code given by the document; detected when missing. */
  language?: string | null;
}

export interface ExtractedClaim {
  /** Original wording, trimmed. */
  text: string;
  /** Normalised form used for matching and fingerprints. */
  normalized: string;
  /** sha1 of the normalised form: equal claims share it. */
  fingerprint: string;
  /** 0-based index of the claim inside the document. */
  position: number;
  /** Who the claim is attributed to ("the ministry", «Песков»), when the text says. */
  claimant: string | null;
  language: string;
}

export function fingerprintOf(normalized: string): string {
  return hash('sha1', normalized, 'hex');
}

/** Bullets, arrows and emoji that open Telegram lines: not part of the claim's wording. */
const LEADING_MARKS_RE = /^(?:[\s\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D•·▪▫◦►▸▶➤➔→✓✔☑*]|[-–—](?=\s))+/u;
/** Wire-story datelines: "KYIV, Jan 12 (Reuters) - ", "MOSCOW (AP) — ", «КИЇВ (Укрінформ) – ». */
const DATELINE_RE = /^\p{Lu}[\p{Lu}\s.'’-]{1,40}(?:,\s*[^()\n,]{1,40})?\s*\([^()\n]{1,40}\)\s*[-–—]+\s+/u;
/** Hashtags, mentions and links trailing after the wording. */
const TRAILING_TAGS_RE = /(?:\s+(?:[#@][\p{L}\p{N}_]+|(?:https?:\/\/|www\.)\S+|[\p{Extended_Pictographic}\uFE0F\u200D]+))+\s*$/u;
const TAG_RE = /[#@][\p{L}\p{N}_]+/gu;

/** Labels of credits and bylines: "Photo: Reuters", «Фото: РИА Новости», «Джерело: Суспільне». */
const LABEL_RE =
  /^\(?(?:(?:photos?|фото|світлина|video|видео|відео|source|sources|источник|джерело|credits?|image|picture|illustration|иллюстрация|ілюстрація|author|автор|editor|редактор|текст|copyright|©)\s*(?:by\b|[:|/©-]|$)|(?:additional )?(?:reporting|editing|writing|written|compiled|translated) by\b)/iu;
/** Whole-line photo notes: «Фото ілюстративне», "File photo", «Фото из открытых источников». */
const PHOTO_NOTE_RE =
  /^\(?(?:(?:фото|photo|image|світлина)\s+(?:ілюстративне|иллюстративное|illustrative|архівне|архивное|з відкритих джерел|из открытых источников|з соцмереж|из соцсетей|from social media)|(?:ілюстративне|иллюстративное|illustrative|архівне|архивное|file)\s+(?:фото|photo|image|світлина))[\s.)]*$/iu;
/** Calls to action and navigation lines of posts and pages. */
const CALL_TO_ACTION_RE =
  /^(?:read (?:more|also)|see also|subscribe|follow us|join us|share this|click here|читайте(?: также| також| больше| нас)?|подробнее|детальніше|докладніше|подпис(?:ывайтесь|ывайся|аться|ка)|подпишитесь|підпис(?:уйтесь|уйся|атися|ка)|підпишіться|наш (?:канал|телеграм)|присоединяйтесь|приєднуйтесь|реклама|sponsored|advertisement)(?![\p{L}\p{N}])/iu;
/** "By Jane Doe" and «Автор Иван Петров»: a byline is short and all names. */
const BYLINE_RE = /^(?:[Bb]y|[Аа]втор)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}$/u;
const MAX_BOILERPLATE_TOKENS = 12;

/** "Title | Site name" → "Title". */
const SITE_SUFFIX_RE = /\s+[|｜]\s+[^|｜]{1,60}$/u;

/** Languages written in Cyrillic among those a document may declare; any other is taken as Latin-script. */
const CYRILLIC_LANGUAGES = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'tg', 'mn']);
/** Letters of the other script a sentence needs before it can overrule the document's language. */
const OTHER_SCRIPT_MIN_LETTERS = 12;

function documentLanguage(given: string | null | undefined): string | null {
  return canonicalLanguage(given ?? '') || null;
}

/** The wording of a claim: without leading bullets, emoji or dateline, nor trailing hashtags and links. */
function tidyWording(text: string): string {
  return text.replace(LEADING_MARKS_RE, '').replace(DATELINE_RE, '').replace(TRAILING_TAGS_RE, '').trim();
}

function isBoilerplate(text: string, tokenCount: number): boolean {
  if (BYLINE_RE.test(text) || PHOTO_NOTE_RE.test(text)) return true;
  if (tokenCount > MAX_BOILERPLATE_TOKENS) return false;
  return LABEL_RE.test(text) || CALL_TO_ACTION_RE.test(text);
}

/**
 * Enough words to state something: three words, or two long ones ("Україна переможе!").
 * Hashtags and mentions do not count; `words` are the text's counts, reused when it has none.
 */
function hasEnoughWords(normalized: string, words: TokenKey, minLetters = 12): boolean {
  const hasTags = normalized.includes('#') || normalized.includes('@');
  const counted = hasTags ? tokenKey(normalized.replace(TAG_RE, ' ')) : words;
  if (counted.words >= 3) return true;
  if (counted.words < 2) return false;
  return counted.letters >= minLetters;
}

/**
 * A post that is nothing but a short sentence ("Купянск взят.", "Kyiv fell!") is a claim still:
 * when a document yields no claim at all, two words of any length will do.
 */
const SHORT_POST_MIN_LETTERS = 0;

interface Candidate {
  text: string;
  normalized: string;
  /** `wordKey` of the normalised text */
  key: string;
  claimant: string | null;
}

/**
 * Word tokens joined by single spaces, padded, for containment checks that ignore punctuation
 * (`tokenKey` builds it without splitting the tokens out).
 */
function wordKey(normalized: string): string {
  return tokenKey(normalized).key;
}

/** `wordKey` of a text without words. */
const EMPTY_KEY = '  ';

/** A sentence (already through `tidyWording`) worth keeping as a claim, or null for bylines, tags-only lines and fragments. */
function candidateOf(text: string, minLetters?: number): Candidate | null {
  if (text === '') return null;
  const normalized = normalizeText(text);
  const words = tokenKey(normalized);
  if (isBoilerplate(text, words.tokens) || !hasEnoughWords(normalized, words, minLetters)) return null;
  return { text, normalized, key: words.key, claimant: null };
}

function toCandidate(raw: string): Candidate | null {
  return candidateOf(tidyWording(raw));
}

/**
 * Whether the title only repeats the text: equal, contained, or a truncated lead ("…").
 * `titleKey` is the title's `wordKey`, so its words are not split out again.
 */
function titleRepeatsText(titleKey: string, titleRaw: string, textKey: string): boolean {
  if (titleKey === EMPTY_KEY) return true;
  if (textKey.includes(titleKey)) return true;
  if (/(?:\.\.\.|…)\s*$/u.test(titleRaw)) {
    // " a b c " splits into '', 'a', 'b', 'c', ''.
    const words = titleKey.split(' ').length - 2;
    // The key without its last (possibly cut) word.
    const lead = titleKey.slice(0, titleKey.lastIndexOf(' ', titleKey.length - 2) + 1);
    return words > 2 && textKey.includes(lead);
  }
  return false;
}

/** The sentences worth keeping as claims, with their claimants; `minLetters` as in `hasEnoughWords`. */
function sentenceCandidates(sentences: readonly SentenceSpan[], minLetters?: number): Candidate[] {
  const candidates: Candidate[] = [];
  const keys = new Set<string>();
  for (const sentence of sentences) {
    const tidy = tidyWording(sentence.text);
    const source = sourceLineClaimant(tidy);
    if (source !== undefined) {
      const previous = candidates[candidates.length - 1];
      if (previous !== undefined && previous.claimant === null) previous.claimant = source;
      continue;
    }
    const candidate = candidateOf(tidy, minLetters);
    if (candidate === null) continue;
    // Attribution is the dearest step, so it is read only for sentences that can become claims:
    // not for fragments, nor for a repeat of an earlier sentence (dropped by `extractClaims`,
    // which keeps the first of equal keys; the repeat still stands as the sentence a source line
    // after it would attribute).
    if (!keys.has(candidate.key)) {
      keys.add(candidate.key);
      candidate.claimant = statementClaimant(tidy);
    }
    candidates.push(candidate);
  }
  return candidates;
}

/**
 * Splits a document into sentence-level claims (English, Russian, Ukrainian).
 *
 * - Sentences are cut by `splitSentences`: abbreviations, initials, decimals and quoted speech
 *   followed by its attribution do not split.
 * - Fragments that state nothing are dropped: fewer than three words (or two short ones),
 *   hashtag- or link-only lines, credits and bylines ("Photo: Reuters", «Джерело: Суспільне»),
 *   calls to subscribe. A sentence whose words repeat an earlier one of the same document (punctuation
 *   aside) is dropped.
 * - A line that only names the source of the sentence before it («Об этом сообщил Песков.»)
 *   gives that sentence its claimant and is not a claim itself.
 * - The title is claim 0 unless the text repeats it (after normalisation, or contains it).
 * - `language` is the document's language when given (lower-cased primary subtag), otherwise
 *   detected per claim; when the claim alone gives no real evidence (no language-specific
 *   letters or words), the whole document's language in the same script is used.
 */
export function extractClaims(input: ExtractionInput): ExtractedClaim[] {
  const sentences = splitSentences(input.text);
  let candidates = sentenceCandidates(sentences);
  if (candidates.length === 0) candidates = sentenceCandidates(sentences, SHORT_POST_MIN_LETTERS);

  const rawTitle = (input.title ?? '').trim();
  if (rawTitle !== '') {
    const withoutSite = rawTitle.replace(SITE_SUFFIX_RE, '');
    const title = toCandidate(withoutSite === '' ? rawTitle : withoutSite);
    if (title !== null && !titleRepeatsText(title.key, rawTitle, wordKey(normalizeText(input.text)))) {
      title.claimant = findAttribution(title.text).claimant;
      candidates.unshift(title);
    }
  }

  const given = documentLanguage(input.language);
  const givenScript = given === null ? null : CYRILLIC_LANGUAGES.has(given) ? 'cyrillic' : 'latin';
  let wholeText: LanguageGuess | undefined;
  const languageOf = (candidate: Candidate): string => {
    if (given !== null) {
      // The document's language, unless a sentence is plainly in the other script (a Russian
      // quote in an English article): then, when the sentence itself tells, its own language.
      const { cyrillic, latin } = countScripts(candidate.normalized);
      const [same, other] = givenScript === 'cyrillic' ? [cyrillic, latin] : [latin, cyrillic];
      if (other < OTHER_SCRIPT_MIN_LETTERS || other <= same * 2) return given;
      const own = guessLanguage(candidate.text, candidate.normalized);
      return own.confident && own.language !== 'und' ? own.language : given;
    }
    const own = guessLanguage(candidate.text, candidate.normalized);
    if (own.confident) return own.language;
    // Weak evidence: a Ukrainian sentence without і/ї/є/ґ, a two-word line. The document decides
    // when it is in the same script.
    wholeText ??= guessLanguage(`${input.title ?? ''}\n${input.text}`);
    if (wholeText.language !== 'und' && (own.script === 'none' || own.script === wholeText.script)) return wholeText.language;
    return own.language;
  };

  const seen = new Set<string>();
  const claims: ExtractedClaim[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.key)) continue;
    seen.add(candidate.key);
    const fingerprint = fingerprintOf(candidate.normalized);
    claims.push({
      text: candidate.text,
      normalized: candidate.normalized,
      fingerprint,
      position: claims.length,
      claimant: candidate.claimant,
      language: languageOf(candidate),
    });
  }
  return claims;
}
