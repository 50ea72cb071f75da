/// <reference path="./snowball-stemmers.d.ts" />
import snowball from 'snowball-stemmers';

/** Languages the matcher analyses natively. Anything else is treated as English (Latin) or Russian (Cyrillic). */
export type Lang = 'en' | 'ru' | 'uk';

const english = snowball.newStemmer('english');
const russian = snowball.newStemmer('russian');

/** British spellings folded to American before stemming, so "mobilisation" and "mobilization" agree. */
function americanise(word: string): string {
  if (word.length > 5) {
    word = word.replace(/is(e|es|ed|ing|er|ers|ation|ations)$/, 'iz$1').replace(/yse(s|d)?$/, 'yze$1');
    word = word.replace(/our(s|ed|ing)?$/, (m, suf: string | undefined) => (word.length > 6 ? `or${suf ?? ''}` : m));
    word = word.replace(/tre(s)?$/, 'ter$1');
  }
  if (word.startsWith('defence')) word = `defense${word.slice(7)}`;
  if (word.startsWith('offence')) word = `offense${word.slice(7)}`;
  return word;
}

const UK_VOWELS = 'аеиіїоуюяє';

/**
 * Endings stripped by the light Ukrainian stemmer, longest first within each class.
 * Written for this project: inflectional endings of nouns, adjectives, participles and verbs,
 * plus the reflexive particle; derivational suffixes are kept so "мобілізація" and
 * "мобілізований" still share "мобілізац"/"мобілізов" only through the lexicon.
 */
const UK_REFLEXIVE = ['ся', 'сь'];
const UK_ENDINGS = [
  // verbs
  'ували', 'увала', 'увало', 'ували', 'ювали', 'ювала', 'уватимуть', 'уватиме', 'увати', 'ювати',
  'уємо', 'уєте', 'ують', 'юють', 'ував', 'ював', 'ував',
  'ати', 'яти', 'ити', 'іти', 'ути', 'оти',
  'имемо', 'имете', 'имуть', 'име', 'иму', 'атиме', 'атимуть',
  'ала', 'ало', 'али', 'яла', 'яло', 'яли', 'ила', 'ило', 'или', 'іла', 'іло', 'іли', 'ула', 'уло', 'ули',
  'ають', 'яють', 'уть', 'ють', 'ать', 'ять', 'ить', 'ете', 'ємо', 'емо', 'имо', 'ите', 'іть',
  'ає', 'яє', 'ує', 'ює', 'ав', 'яв', 'ив', 'ів', 'ув',
  // verbal nouns: "фінансування", "постачання", "захоплення" meet their verbs
  'ування', 'юванням', 'уванням', 'уванні', 'ювання', 'юванні', 'ування',
  'ання', 'анням', 'анні', 'яння', 'янням', 'янні', 'ення', 'енням', 'енні', 'іння', 'інням', 'інні',
  // adjectives and participles
  'ими', 'іми', 'има', 'ого', 'ому', 'ьої', 'ього', 'ьому', 'ьою', 'ої', 'ою', 'ий', 'ій', 'їй', 'их', 'іх', 'ім', 'им', 'ая', 'яя', 'ее', 'єє', 'іє', 'ії',
  // nouns
  'ами', 'ями', 'ях', 'ах', 'ям', 'ам', 'ом', 'ем', 'єм', 'ею', 'єю', 'ові', 'еві', 'єві', 'ів', 'їв', 'ей', 'ій',
  'ію', 'ія', 'ією', 'іям', 'іями', 'іях',
  // single letters
  'а', 'я', 'у', 'ю', 'о', 'е', 'є', 'и', 'і', 'ї', 'ь', 'й',
].sort((a, b) => b.length - a.length);

/** A light suffix-stripping stemmer for Ukrainian (no Snowball algorithm exists for it in `snowball-stemmers`). */
export function stemUkrainian(word: string): string {
  if (word.length <= 3) return word;
  // RV: the part after the first vowel; endings are stripped only inside it
  let rv = 0;
  for (let i = 0; i < word.length; i++) {
    if (UK_VOWELS.includes(word[i]!)) {
      rv = i + 1;
      break;
    }
  }
  if (rv === 0) return word;
  // abstract nouns in -ість lose the suffix, as Snowball does for Russian -ость: "легітимність" → "легітимн" (= "легітимний")
  const abstract = /(?:ість|ості|істю|остей|остям|остями|остях)$/.exec(word);
  if (abstract && abstract.index >= 4) return word.slice(0, abstract.index);
  let stem = word;
  for (const suf of UK_REFLEXIVE) {
    if (stem.endsWith(suf) && stem.length - suf.length >= rv + 1) {
      stem = stem.slice(0, -suf.length);
      // "розсипле-ться", "тримає-ться": the thematic vowel before -ться goes too
      if (suf === 'ся' && /[еєиі]ть$/.test(stem) && stem.length > 5) stem = stem.slice(0, -2).replace(/(?:ає|яє|ує|ює|е|є|и|і)$/, '');
      break;
    }
  }
  for (const suf of UK_ENDINGS) {
    if (stem.endsWith(suf) && stem.length - suf.length >= Math.max(rv, 3)) {
      stem = stem.slice(0, -suf.length);
      break;
    }
  }
  // -ння/-нням/-нні all end up as -н
  if (stem.endsWith('нн') && stem.length > 5) stem = stem.slice(0, -1);
  if (stem.endsWith('ь')) stem = stem.slice(0, -1);
  return stem;
}

export function stemToken(token: string, lang: Lang): string {
  switch (lang) {
    case 'en':
      return english.stem(americanise(token));
    case 'ru':
      return russian.stem(token);
    case 'uk':
      return stemUkrainian(token);
  }
}
