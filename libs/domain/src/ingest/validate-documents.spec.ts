import { DomainError } from '../errors.js';
import { languageCode } from './validate-documents.js';

describe('languageCode', () => {
  it('lower-cases a code and reads our three languages written out by name', () => {
    expect(languageCode('EN', 'd.language')).toBe('en');
    expect(languageCode('pt-BR', 'd.language')).toBe('pt-br');
    expect(languageCode(' Ukrainian ', 'd.language')).toBe('uk');
    expect(languageCode('RUSSIAN', 'd.language')).toBe('ru');
    expect(languageCode('english', 'd.language')).toBe('en');
    // Ukraine's country code and ISO 639-2 codes for our languages, and og:locale's underscore
    expect(languageCode('UA', 'd.language')).toBe('uk');
    expect(languageCode('ukr', 'd.language')).toBe('uk');
    expect(languageCode('RUS', 'd.language')).toBe('ru');
    expect(languageCode('eng-GB', 'd.language')).toBe('en-gb');
    expect(languageCode('uk_UA', 'd.language')).toBe('uk-ua');
    expect(languageCode(null, 'd.language')).toBeNull();
  });

  it('refuses other names and lists with the field named', () => {
    for (const bad of ['Spanish', 'ru;en', 'en,ru', 'e']) {
      let error: unknown;
      try {
        languageCode(bad, 'document.language');
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).message).toBe(`document.language must be a language code such as "en", "ru" or "uk", got "${bad}"`);
    }
  });
});
