import { analyze, resolveLanguage, tokenizeForMatching, transliterate } from './analyzer.js';
import { stemToken, stemUkrainian } from './stemmers.js';

const concepts = (text: string, lang?: string) => new Set(analyze(text, lang).concepts.map((m) => m.concept.id));

describe('matching analyzer', () => {
  it('resolves caller codes and detects EN/RU/UK from the text', () => {
    expect(resolveLanguage('x', 'UKR')).toBe('uk');
    expect(resolveLanguage('x', 'ru-RU')).toBe('ru');
    expect(resolveLanguage('Фронт ЗСУ тримається, заявили в Генштабі.')).toBe('uk');
    expect(resolveLanguage('Фронт ВСУ рушится, заявили в Минобороны.')).toBe('ru');
    expect(resolveLanguage('The front is holding.')).toBe('en');
    expect(resolveLanguage('Це так')).toBe('uk');
  });

  it('tokenises: hyphens split, possessive dropped, US the country kept apart from "us"', () => {
    expect(tokenizeForMatching("Kyiv's neo-Nazi units")).toEqual(['kyiv', 'neo', 'nazi', 'units']);
    expect(tokenizeForMatching('The U.S. told us')).toEqual(['the', 'usa', 'told', 'us']);
    expect(tokenizeForMatching('П’ять об’єктів')).toEqual(["п'ять", "об'єктів"]);
  });

  it('stems Ukrainian inflections to a shared stem', () => {
    expect(new Set(['мобілізація', 'мобілізації', 'мобілізацію'].map(stemUkrainian)).size).toBe(1);
    expect(stemUkrainian('легітимність')).toBe(stemUkrainian('легітимності'));
    expect(stemUkrainian('територій')).toBe(stemUkrainian('територію'));
    expect(stemToken('mobilisation', 'en')).toBe(stemToken('mobilization', 'en'));
    expect(stemToken('санкциями', 'ru')).toBe(stemToken('санкции', 'ru'));
  });

  it('maps EN, RU and UK wording of one idea to the same concepts', () => {
    for (const [text, lang] of [
      ['The front is collapsing and reserves are running out.', 'en'],
      ['Фронт рушится, резервы на исходе.', 'ru'],
      ['Фронт розвалюється, резерви вичерпано.', 'uk'],
    ] as const) {
      const c = concepts(text, lang);
      expect(c.has('collapse')).toBe(true);
      expect(c.has('exhaustion')).toBe(true);
      expect(c.has('front')).toBe(true);
    }
    expect(concepts('Zelensky’s mandate has expired', 'en').has('legitimacy')).toBe(true);
    expect(concepts('Полномочия Зеленского истекли', 'ru').has('legitimacy')).toBe(true);
    expect(concepts('Повноваження Зеленського сплили', 'uk').has('legitimacy')).toBe(true);
  });

  it('lets a phrase override the words inside it', () => {
    const c = concepts('The allies are losing interest in Ukraine.', 'en');
    expect(c.has('abandonment')).toBe(true);
    expect(c.has('defeat')).toBe(false);
    // but "пытаться" (to try) is not torture and "German" is no germ
    expect(concepts('Они пытаются договориться.', 'ru').has('atrocity')).toBe(false);
    expect(concepts('German officials visited.', 'en').has('biolabs')).toBe(false);
    // Ukrainian "наступний рік" is next year, not an offensive; "наступ" is
    expect(concepts('Бюджет на наступний рік ухвалено.', 'uk').has('advance')).toBe(false);
    expect(concepts('Росіяни продовжують наступ під Покровськом.', 'uk').has('advance')).toBe(true);
  });

  it('weights generic words low and transliterates for cross-script n-grams', () => {
    const a = analyze('Ukraine sanctions', 'en');
    expect(a.termVec.get('t:ukrain')).toBeLessThan(a.termVec.get('t:sanction')!);
    expect(transliterate('нато')).toBe('nato');
    const ru = analyze('санкции НАТО', 'ru');
    expect([...ru.gramVec.keys()]).toContain('c:nato');
  });
});
