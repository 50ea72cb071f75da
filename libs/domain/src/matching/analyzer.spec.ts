import { analyze, isClauseBreak, resolveLanguage, tokenizeForMatching, tokenizeWithGaps, transliterate } from './analyzer.js';
import { stemToken, stemUkrainian } from './stemmers.js';
import { normalizeText } from '../text/normalize.js';

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

describe('matching analyzer: generalisations', () => {
  it('knows many ways to say give, money, unwilling and tired, in three languages', () => {
    const cases: Array<[string, string, string]> = [
      ['aid_denied', 'uk', 'Союзники більше не хочуть давати Україні зброю та гроші.'],
      ['aid_denied', 'uk', 'Партнери відмовляються постачати Україні зброю.'],
      ['aid_denied', 'ru', 'Европейцы больше не хотят тратить деньги на Киев.'],
      ['aid_denied', 'en', "Allies won't send any more weapons to Kyiv."],
      ['aid_denied', 'en', 'Congress blocked the aid for Kyiv.'],
      ['cut_halt', 'en', 'Congress refused new funding for Kyiv.'],
      ['aid_denied', 'en', 'Berlin will halve its military assistance to Ukraine.'],
      ['aid_denied', 'en', 'The Americans have simply stopped paying for this war.'],
      ['fatigue', 'en', 'Washington is losing its appetite, the allies are weary and fed up.'],
      ['abandonment', 'ru', 'Союзники Киева больше не горят желанием оплачивать эту войну.'],
      ['fatigue', 'ru', 'Европа устала, у союзников нет желания продолжать.'],
      ['fatigue', 'uk', 'Партнери дедалі неохоче дають гроші на війну.'],
      ['abandonment', 'ru', 'Запад наигрался в Украину, выкручивайся сам.'],
      ['abandonment', 'en', 'Europe is closing the wallet: the money taps are turned off.'],
      ['money', 'ru', 'Где бабки? Миллиарды ушли.'],
      ['give', 'uk', 'Німеччина дає, Данія постачає, Польща надсилає.'],
    ];
    for (const [concept, lang, text] of cases) expect([text, concepts(text, lang).has(concept)]).toEqual([text, true]);
  });

  it('covers slang and colloquial forms of collapse, advances and theft', () => {
    const cases: Array<[string, string, string]> = [
      ['collapse', 'ru', 'Прорыв! Фронт поплыл, всё посыплется.'],
      ['collapse', 'uk', 'Оборона от-от розсиплеться.'],
      ['collapse', 'en', 'Ukraine is cooked, game over.'],
      ['cannot_hold', 'uk', 'Хлопці ледве тримаються, ще одну зиму не витягнемо.'],
      ['exhaustion', 'en', 'Ukrainian brigades are undermanned and outgunned.'],
      ['exhaustion', 'ru', 'У ВСУ острая нехватка личного состава.'],
      ['capture', 'ru', 'Наши зашли в Курахово, флаг над центром.'],
      ['retreat', 'ru', 'ВСУ откатываются на запад.'],
      ['advance', 'en', 'The Russians punched through Ukrainian lines.'],
      ['theft', 'ru', 'Помощь растаскивают, до фронта не доходит.'],
      ['resale', 'uk', 'Західну зброю продають за кордон.'],
      ['staged', 'en', 'Kyiv shelled its own city and blamed Moscow.'],
      ['staged', 'ru', 'Это ПВО ВСУ, а остальное — режиссура для CNN.'],
      ['econ_harm', 'en', 'The sanctions backfired and are killing German industry.'],
      ['refugee_burden', 'ru', 'Украинцы сидят на шее у немецких налогоплательщиков.'],
      ['nato_threat', 'uk', 'Росію спровокували, НАТО тягнуло Україну до себе.'],
    ];
    for (const [concept, lang, text] of cases) expect([text, concepts(text, lang).has(concept)]).toEqual([text, true]);
  });

  it('derives concepts from negation and modality frames, but only close to their object', () => {
    expect(concepts('Киев уже не способен восполнить потери.', 'ru').has('cannot_hold')).toBe(true);
    expect(concepts('Ще одну таку зиму країна може не пережити.', 'uk').has('cannot_hold')).toBe(true);
    expect(concepts('Людей немає, снарядів немає.', 'uk').has('exhaustion')).toBe(true);
    expect(concepts('No men, no shells, no money.', 'en').has('exhaustion')).toBe(true);
    // "no" four words before "aid" is not "no aid"; a clause break stops a frame
    expect(concepts('US auditors found no sign that American aid had been stolen.', 'en').has('aid_denied')).toBe(false);
    expect(concepts('Ні, люди тримаються.', 'uk').has('exhaustion')).toBe(false);
    expect(concepts('Ні людей, ні снарядів.', 'uk').has('exhaustion')).toBe(true);
    // a cutting verb without an aid object is no abandonment: inflation slows
    expect(concepts("Ukraine's inflation slowed for the third month.", 'en').has('aid_denied')).toBe(false);
    const frame = analyze('Союзники вже не хочуть постачати зброю.', 'uk').concepts.find((m) => m.concept.id === 'aid_denied');
    expect(frame?.derived).toBe(true);
    expect(frame?.form).toContain('не хочуть постачати');
  });

  it('tells topics from claims and keeps near-topic words out of claim concepts', () => {
    const a = analyze('Romania held the second round of its presidential election.', 'en');
    expect(a.concepts.filter((m) => m.concept.id === 'elections').every((m) => m.concept.topic)).toBe(true);
    expect(analyze('The EU adopted its 17th sanctions package.', 'en').concepts.every((m) => m.concept.topic)).toBe(true);
    expect(concepts('Gas prices in Europe fell to a two-year low.', 'en').has('capture')).toBe(false);
    expect(concepts('ЗСУ вразили склад боєприпасів окупантів.', 'uk').has('capture')).toBe(false);
    expect(concepts('НАБУ затримало посадовця на хабарі.', 'uk').has('cut_halt')).toBe(false);
    expect(concepts('В Петербурге прошел парад в честь Дня Победы над нацистской Германией.', 'ru').has('history')).toBe(true);
    expect(concepts('Ukraine’s central bank cited steady foreign currency reserves.', 'en').has('exhaustion')).toBe(false);
  });

  it('stems Ukrainian reflexive, abstract and verbal-noun forms to the verb or adjective stem', () => {
    expect(stemUkrainian('розсиплеться')).toBe(stemUkrainian('сиплеться').replace('сипл', 'розсипл'));
    expect(stemUkrainian('тримається')).toBe(stemUkrainian('тримати'));
    expect(stemUkrainian('тримаються')).toBe(stemUkrainian('тримати'));
    expect(stemUkrainian('відмовилися')).toBe(stemUkrainian('відмовитися'));
    expect(stemUkrainian('легітимність')).toBe(stemUkrainian('легітимний'));
    expect(stemUkrainian('фінансування')).toBe(stemUkrainian('фінансувати'));
    expect(stemUkrainian('постачання')).toBe(stemUkrainian('постачати'));
    expect(stemUkrainian('грошима')).toBe(stemUkrainian('гроші'));
  });

  it('keeps the punctuation between tokens for clause breaks and quotes', () => {
    const { tokens, gaps } = tokenizeWithGaps('HOST: «Постановка», — сказал он. Neo-Nazi');
    expect(tokens).toEqual(['host', 'постановка', 'сказал', 'он', 'neo', 'nazi']);
    expect(gaps[1]).toBe(':"');
    expect(gaps[2]).toBe('",-');
    expect(gaps[5]).toBe('');
    expect(isClauseBreak(gaps[2])).toBe(true);
    expect(isClauseBreak(gaps[5])).toBe(false);
  });

  it('reads plain ASCII words by hand into the same tokens as the token pattern (random texts)', () => {
    // The pattern the hand-written fast path must agree with (as in analyzer.ts).
    const pattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:'[\p{L}\p{M}]+)*/gu;
    const reference = (norm: string) =>
      [...norm.matchAll(pattern)].map((m) => (m[0].endsWith("'s") && /^[a-z]/.test(m[0]) ? m[0].slice(0, -2) : m[0]));
    const pieces = ['a', 'z', 'q', '7', '0', 'é', 'ü', 'я', 'ї', 'ґ', '\u0301', "'", "'s", ' ', ' ', '.', ',', '-', '"', ':', '_', '%', '№', '😀', '٣', 'ß'];
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % pieces.length;
    for (let n = 0; n < 3000; n++) {
      let raw = '';
      const length = 1 + (n % 40);
      for (let i = 0; i < length; i++) raw += pieces[next()];
      const norm = normalizeText(raw);
      const { tokens, gaps } = tokenizeWithGaps(norm, norm);
      expect(tokens).toEqual(reference(norm));
      expect(gaps).toHaveLength(tokens.length + 1);
    }
  });
});

describe('concept patterns that end in a prefix', () => {
  const ids = (text: string) => analyze(text, 'en').concepts.map((c) => c.concept.id);

  it('do not reach into unrelated longer words', () => {
    expect(ids('Ukrainian troops withdrew from two villages near Pokrovsk.')).not.toContain('luxury');
    expect(ids('The minister bought a villa on the Riviera.')).toContain('luxury');
    expect(ids('The 3rd regiment held the line.')).not.toContain('leadership');
    expect(ids('The regime in Kyiv ignores the law.')).toContain('leadership');
    expect(ids('The soldiers committed war crimes, the committee said.')).not.toContain('aid');
    expect(ids('Heroic defenders held the bridge.')).not.toContain('nazis_weak');
    expect(ids('The heroisation of collaborators continues.')).toContain('nazis_weak');
    expect(ids('Fighting continues near Mayorsk.')).not.toContain('officials');
  });
});

describe('analyze with the normalised text given', () => {
  it('gives the same analysis as working it out, "U.S." included', () => {
    const texts = [
      'The U.S. will not send more aid to Ukraine, the senator said.',
      'US officials say the West is tired of Kyiv — and “won’t pay” any longer.',
      'Россия не собирается нападать на НАТО, заявил Песков.',
      'Україна отримала нову партію ППО від партнерів 🇺🇦 https://t.me/x/1',
      'Give us the weapons and we will finish the job.',
    ];
    for (const text of texts) {
      expect(analyze(text, null, normalizeText(text))).toEqual(analyze(text, null));
      expect(analyze(text, 'en', normalizeText(text))).toEqual(analyze(text, 'en'));
    }
  });
});
