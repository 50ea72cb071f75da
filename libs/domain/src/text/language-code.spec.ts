import { canonicalLanguage } from './language-code.js';

describe('canonicalLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    [' RU_ru ', 'ru'],
    ['uk-UA', 'uk'],
    ['ua', 'uk'],
    ['UA', 'uk'],
    ['ukr', 'uk'],
    ['rus', 'ru'],
    ['eng', 'en'],
    ['Ukrainian', 'uk'],
    ['pt-BR', 'pt'],
    ['be', 'be'],
    ['', ''],
    ['toString', 'tostring'],
  ])('%j → %j', (code, expected) => {
    expect(canonicalLanguage(code)).toBe(expected);
  });
});
