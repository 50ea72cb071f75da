import { normalizeText } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { cachedClassifier, codePointAt } from './chars.js';

export type DetectedLanguage = 'en' | 'ru' | 'uk' | 'und';

export interface LanguageGuess {
  language: DetectedLanguage;
  /** The script most letters are in. */
  script: 'latin' | 'cyrillic' | 'none';
  /**
   * False when the text gave no real evidence: no letters, Cyrillic without any Russian- or
   * Ukrainian-only letter or word, Latin without any English or foreign word. A caller with more
   * context (the rest of the document) should prefer that context then.
   */
  confident: boolean;
}

/** Letters only Ukrainian uses (among the two), with how strongly each one points to it. */
const UK_LETTER_WEIGHT: Readonly<Record<string, number>> = { і: 1, ї: 3, є: 2, ґ: 3 };
/** Letters only Russian uses (among the two). */
const RU_LETTER_WEIGHT: Readonly<Record<string, number>> = { ы: 2, э: 2, ъ: 3, ё: 3 };

/**
 * Frequent words that exist in one language and not (as a word) in the other. Words spelled the
 * same in both (на, не, до, по, за, для, у, в, при, так, все, тому, уже, же) carry no signal and
 * are left out.
 */
const UK_WORDS = new Set([
  'і', 'й', 'та', 'що', 'це', 'від', 'його', 'її', 'їх', 'який', 'яка', 'яке', 'які', 'також',
  'але', 'або', 'бо', 'чи', 'ще', 'вже', 'коли', 'де', 'як', 'хто', 'якщо', 'був', 'була', 'було',
  'були', 'буде', 'будуть', 'має', 'мають', 'щоб', 'після', 'під', 'між', 'він', 'вона', 'вони',
  'ми', 'ви', 'цей', 'ця', 'ці', 'лише', 'тільки', 'можна', 'треба', 'навіть', 'зараз', 'сьогодні',
  'вчора', 'року', 'заявив', 'заявила', 'заявили', 'повідомив', 'повідомила', 'повідомили', 'з',
  'із', 'зі', 'дуже', 'усі', 'всі', 'ні',
]);
const RU_WORDS = new Set([
  'и', 'что', 'это', 'от', 'его', 'ее', 'их', 'который', 'которая', 'которое', 'которые', 'также',
  'но', 'или', 'еще', 'когда', 'где', 'как', 'кто', 'если', 'был', 'была', 'было', 'были', 'будет',
  'будут', 'чтобы', 'после', 'под', 'между', 'он', 'она', 'они', 'этот', 'эта', 'эти', 'поэтому',
  'только', 'можно', 'нужно', 'даже', 'сейчас', 'сегодня', 'вчера', 'года', 'заявил', 'заявила',
  'заявили', 'сообщил', 'сообщила', 'сообщили', 'с', 'со', 'из', 'бы', 'ли', 'очень', 'всех',
  'том', 'тем', 'чем', 'ни', 'себя', 'своих',
]);

/**
 * Word endings only one of the two languages writes, for short texts without a telling letter or
 * word ("Армия наступает." / "Армія наступає."): Russian nouns in -ия, -ость, -ение/-ание and
 * present-tense verbs in -ает/-яет/-ают/-яют, where Ukrainian writes -ія, -ість, -ення/-ання and
 * -ає/-яє/-ають; Ukrainian nouns in -ння and third-person plurals in -ають/-яють/-ують/-юють,
 * which Russian spells without the doubled н or the soft sign. Only words of four letters or more.
 */
const RU_ENDING_RE = /(?:ия|ость|ение|ания|ание|ения|ает|яет|ают|яют)$/u;
const UK_ENDING_RE = /(?:ння|ають|яють|ують|юють)$/u;

/** Frequent English words, used to tell English from other Latin-script text. */
const EN_WORDS = new Set([
  'the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'by',
  'at', 'from', 'are', 'be', 'this', 'have', 'has', 'had', 'not', 'but', 'they', 'he', 'she',
  'his', 'her', 'their', 'will', 'would', 'said', 'says', 'were', 'been', 'which', 'who', 'an',
  'a', 'or', 'after', 'about', 'more', 'than', 'its', 'into', 'over', 'we', 'you', 'i', 'no',
]);

/** Frequent words of the Latin-script languages most often mistaken for English. */
const OTHER_LATIN_WORDS = new Set([
  'der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'mit', 'auf', 'den', 'dem', 'zu', 'le',
  'la', 'les', 'des', 'et', 'est', 'une', 'du', 'pour', 'dans', 'que', 'qui', 'el', 'los', 'las',
  'y', 'del', 'por', 'para', 'con', 'una', 'es', 'il', 'di', 'che', 'per', 'sono', 'nie', 'się',
  'jest', 'w', 'z', 'oraz', 'ze', 'od', 'ir', 'ar', 'yra', 'ja', 'ta', 've', 'bir', 'ile',
]);

/** Latin letters with diacritics that English text does not use but its neighbours do. */
const NON_ENGLISH_LATIN_RE = /[àâäçéèêëîïôöùûüÿñßáíóúãõåæøłąęśźżćńčřšžďťňůőűğışœ]/gu;

const APOSTROPHE_IN_CYRILLIC_RE = /\p{Script=Cyrillic}'\p{Script=Cyrillic}/gu;

const CYRILLIC_CHAR_RE = /^\p{Script=Cyrillic}$/u;
const LATIN_CHAR_RE = /^\p{Script=Latin}$/u;
const CYRILLIC = 1;
const LATIN = 2;
const scriptOf = cachedClassifier((ch) => (CYRILLIC_CHAR_RE.test(ch) ? CYRILLIC : LATIN_CHAR_RE.test(ch) ? LATIN : 0));

/**
 * The letters of `text` in Cyrillic and in Latin script (code points matching \p{Script=Cyrillic},
 * \p{Script=Latin}), in one pass and without a regex match object per letter: this runs on every
 * claim of a document without a language.
 */
export function countScripts(text: string): { cyrillic: number; latin: number } {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = codePointAt(text, i);
    if (cp > 0xffff) i++;
    const script = scriptOf(cp);
    if (script === CYRILLIC) cyrillic++;
    else if (script === LATIN) latin++;
  }
  return { cyrillic, latin };
}

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

function detectCyrillic(
  lowered: string,
  text: string,
  tokens: readonly string[],
  cyrillicLetters: number,
): LanguageGuess {
  let uk = 0;
  let ru = 0;
  // ё is folded to е by normalisation, so letters are counted on the merely lower-cased text.
  for (const ch of lowered) {
    uk += UK_LETTER_WEIGHT[ch] ?? 0;
    ru += RU_LETTER_WEIGHT[ch] ?? 0;
  }
  // Ukrainian writes an apostrophe where Russian writes ъ: "об'єкт" / "объект".
  uk += 2 * countMatches(APOSTROPHE_IN_CYRILLIC_RE, text);
  for (const token of tokens) {
    if (UK_WORDS.has(token)) uk += 2;
    else if (RU_WORDS.has(token)) ru += 2;
    else if (token.length >= 4) {
      if (UK_ENDING_RE.test(token)) uk += 1;
      else if (RU_ENDING_RE.test(token)) ru += 1;
    }
  }
  if (uk > ru) return { language: 'uk', script: 'cyrillic', confident: true };
  if (ru > uk) return { language: 'ru', script: 'cyrillic', confident: true };
  // No signal either way. The letter і is about one letter in twenty of Ukrainian text, so a
  // longer Cyrillic text without it is Russian; a few shared-spelling words stay undetermined.
  if (uk === 0 && cyrillicLetters >= 24) return { language: 'ru', script: 'cyrillic', confident: false };
  return { language: 'und', script: 'cyrillic', confident: false };
}

function detectLatin(tokens: readonly string[], text: string): LanguageGuess {
  let english = 0;
  let other = 0;
  for (const token of tokens) {
    if (EN_WORDS.has(token)) english += 2;
    else if (OTHER_LATIN_WORDS.has(token)) other += 2;
  }
  other += countMatches(NON_ENGLISH_LATIN_RE, text);
  if (english > other) return { language: 'en', script: 'latin', confident: true };
  // Latin script and no sign of another language (a headline, a short post): English.
  if (english === 0 && other === 0) return { language: 'en', script: 'latin', confident: false };
  return { language: 'und', script: 'latin', confident: true };
}

/**
 * Guesses the language of a text among the three the platform reads: English, Russian and
 * Ukrainian. Russian and Ukrainian are told apart by the letters only one of them has
 * (і ї є ґ and the apostrophe against ы э ъ ё) and by frequent words only one of them uses;
 * English by Latin script. Links, emoji and hashtag signs are ignored. Returns 'und' for text
 * without letters, for another Latin-script language, and for short Cyrillic text that gives no
 * signal either way.
 *
 * @param normalized `normalizeText(text)`, when the caller already has it.
 */
export function detectLanguage(text: string, normalized: string = normalizeText(text)): DetectedLanguage {
  return guessLanguage(text, normalized).language;
}

/** `detectLanguage` with the script and whether the text itself gave real evidence. */
export function guessLanguage(text: string, normalized: string = normalizeText(text)): LanguageGuess {
  const { cyrillic, latin } = countScripts(normalized);
  if (cyrillic === 0 && latin === 0) return { language: 'und', script: 'none', confident: false };
  const tokens = tokenize(normalized);
  if (cyrillic >= latin) return detectCyrillic(text.normalize('NFKC').toLowerCase(), normalized, tokens, cyrillic);
  return detectLatin(tokens, normalized);
}
