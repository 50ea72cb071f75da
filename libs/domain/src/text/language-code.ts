/** Our languages written out by name. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  english: 'en',
  russian: 'ru',
  ukrainian: 'uk',
};

/** Spellings of our languages that are not their ISO 639-1 codes: "ua" is Ukraine's country code, "ukr"/"rus"/"eng" are ISO 639-2/3; and their names. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = {
  ua: 'uk',
  ukr: 'uk',
  rus: 'ru',
  eng: 'en',
  ...LANGUAGE_NAMES,
};

/** The code of one of our languages written out by name ("English", "Russian", "Ukrainian"); null for anything else. */
export function languageOfName(name: string): string | null {
  const key = name.trim().toLowerCase();
  return Object.hasOwn(LANGUAGE_NAMES, key) ? LANGUAGE_NAMES[key]! : null;
}

/**
 * A language code as Narratrace compares languages: its primary subtag, lower case, with the
 * common other spellings of English, Russian and Ukrainian mapped to theirs ("en-US" → "en",
 * "ru_RU" → "ru", "UA" → "uk", "pt-BR" → "pt"). An empty string for an empty code.
 */
export function canonicalLanguage(code: string): string {
  const primary = code.trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
  return Object.hasOwn(LANGUAGE_ALIASES, primary) ? LANGUAGE_ALIASES[primary]! : primary;
}
