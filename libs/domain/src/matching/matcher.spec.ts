import { analyze, setFeatureLimit } from './analyzer.js';
import { NarrativeMatcher } from './matcher.js';
import { placesIn } from './places.js';
import type { NarrativeProfile, Scorer } from './types.js';

const COLLAPSE: NarrativeProfile = {
  id: 'n-collapse',
  slug: 'collapse',
  name: 'Ukraine faces imminent collapse',
  description: 'The Ukrainian army is exhausted and its front line is about to fall apart.',
};
const ADVANCE: NarrativeProfile = {
  id: 'n-advance',
  slug: 'advance',
  name: 'Russia makes sweeping advances',
  description: 'Russian troops are capturing town after town and breaking through the defences.',
};
const STOLEN: NarrativeProfile = {
  id: 'n-stolen',
  slug: 'stolen-aid',
  name: 'Western aid is stolen by corrupt officials',
  description: 'Weapons and money from Western donors are embezzled and resold on the black market.',
};

function matcher(options?: ConstructorParameters<typeof NarrativeMatcher>[0]): NarrativeMatcher {
  const m = new NarrativeMatcher(options);
  m.setNarratives([COLLAPSE, ADVANCE, STOLEN]);
  m.addExample({ id: 'c1', narrativeId: 'n-collapse', positive: true, text: 'Kyiv has run out of reserves and its defence is crumbling.' });
  m.addExample({ id: 'c2', narrativeId: 'n-advance', positive: true, text: 'Russian forces captured two more villages near Pokrovsk.' });
  m.addExample({ id: 'c3', narrativeId: 'n-stolen', positive: true, text: 'American howitzers sent to Ukraine were sold to arms dealers.' });
  return m;
}

const top = (m: NarrativeMatcher, text: string, language?: string) => m.suggest({ text, language })[0];

describe('NarrativeMatcher', () => {
  it('places an English claim worded differently from the description', () => {
    const s = top(matcher(), "The Ukrainian military is on its last legs and won't last until spring.");
    expect(s?.narrativeId).toBe('n-collapse');
    expect(s?.accepted).toBe(true);
    expect(s?.score).toBeGreaterThan(0.5);
    expect(s?.score).toBeLessThanOrEqual(1);
  });

  it('meets a Russian or Ukrainian claim with an English description through the concept lexicon', () => {
    const m = matcher();
    const ru = top(m, 'Оборона ВСУ рушится, резервы полностью исчерпаны.', 'ru');
    expect(ru?.narrativeId).toBe('n-collapse');
    expect(ru?.accepted).toBe(true);
    const uk = top(m, 'Російські війська захопили ще три села і прорвали оборону.');
    expect(uk?.narrativeId).toBe('n-advance');
    expect(uk?.accepted).toBe(true);
    const uk2 = top(m, 'Західну зброю розкрадають корумповані чиновники і перепродають у даркнеті.');
    expect(uk2?.narrativeId).toBe('n-stolen');
    expect(uk2?.accepted).toBe(true);
    expect(uk2?.evidence.some((e) => e.startsWith('concept:'))).toBe(true);
  });

  it('gives no accepted suggestion to an off-topic claim', () => {
    const m = matcher();
    for (const text of [
      'Heavy rain and strong wind are forecast for Lviv on Saturday.',
      'Dynamo Kyiv won the cup final after a penalty shoot-out.',
      'Курс гривні до долара зріс після рішення Нацбанку.',
    ]) {
      expect(m.suggest({ text }).filter((s) => s.accepted)).toEqual([]);
    }
  });

  it('returns suggestions sorted by score, within the limit, without excluded narratives', () => {
    const m = matcher();
    const all = m.suggest({ text: 'Russian troops broke through and captured the town as Ukrainian defences collapsed.' }, { limit: 3 });
    expect(all.length).toBeGreaterThan(1);
    expect(all.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.score).toBeGreaterThanOrEqual(all[i]!.score);
    const rest = m.suggest({ text: 'Russian troops broke through and captured the town.' }, { excludeNarrativeIds: ['n-advance'] });
    expect(rest.some((s) => s.narrativeId === 'n-advance')).toBe(false);
    expect(m.suggest({ text: 'Russian troops captured the town.' }, { limit: 1 })).toHaveLength(1);
  });

  it('accepts exactly when the score reaches the threshold', () => {
    const text = 'Ukrainian officials are stealing Western aid money.';
    const loose = top(matcher({ threshold: 0.05 }), text)!;
    const strict = top(matcher({ threshold: 0.999 }), text)!;
    expect(loose.narrativeId).toBe('n-stolen');
    expect(loose.score).toBeCloseTo(strict.score, 10);
    expect(loose.accepted).toBe(true);
    expect(strict.accepted).toBe(false);
    for (const s of matcher().suggest({ text })) expect(s.accepted).toBe(s.score >= 0.5);
    expect(() => new NarrativeMatcher({ threshold: 1.5 })).toThrow(RangeError);
    expect(new NarrativeMatcher().threshold).toBe(0.5);
  });

  it('lets rejected examples push a narrative down for claims like them', () => {
    const claim = 'Germany announced a new air defence package for Ukraine worth 500 million euros.';
    const m = new NarrativeMatcher();
    m.setNarratives([STOLEN]);
    m.addExample({ id: 'p1', narrativeId: 'n-stolen', positive: true, text: 'Western weapons sent to Ukraine end up on the black market in Africa.' });
    const before = top(m, claim)?.score ?? 0;
    m.addExample({ id: 'r1', narrativeId: 'n-stolen', positive: false, text: 'Germany announced a new weapons package for Ukraine worth one billion euros.' });
    const after = top(m, claim);
    expect(after?.score ?? 0).toBeLessThan(before);
    expect(after?.accepted ?? false).toBe(false);
    expect(after?.evidence.some((e) => e.startsWith('rejected-example:'))).toBe(true);
  });

  it('updates incrementally: an added example lifts its neighbours, removing it restores the score', () => {
    const m = new NarrativeMatcher();
    m.setNarratives([COLLAPSE, STOLEN]);
    const claim = { text: 'Mass desertion: soldiers are leaving the trenches and refusing to fight.' };
    const base = m.suggest(claim).find((s) => s.narrativeId === 'n-collapse')?.score ?? 0;
    m.addExample({ id: 'x1', narrativeId: 'n-collapse', positive: true, text: 'Soldiers are deserting the trenches and refusing to fight for Kyiv.' });
    const lifted = m.suggest(claim).find((s) => s.narrativeId === 'n-collapse')!;
    expect(lifted.score).toBeGreaterThan(base);
    expect(lifted.evidence.some((e) => e.startsWith('example:"Soldiers are deserting'))).toBe(true);
    m.removeExample('x1', 'n-collapse');
    expect(m.suggest(claim).find((s) => s.narrativeId === 'n-collapse')?.score ?? 0).toBeCloseTo(base, 10);
    expect(m.size.examples).toBe(0);
    // re-adding the same claim id replaces, never duplicates
    m.addExample({ id: 'x1', narrativeId: 'n-collapse', positive: true, text: 'a' });
    m.addExample({ id: 'x1', narrativeId: 'n-collapse', positive: true, text: 'b' });
    expect(m.size.examples).toBe(1);
  });

  it('upserts, removes and replaces narratives', () => {
    const m = matcher();
    m.removeNarrative('n-stolen');
    expect(m.suggest({ text: 'Officials embezzled Western aid.' }).some((s) => s.narrativeId === 'n-stolen')).toBe(false);
    expect(m.size).toEqual({ narratives: 2, examples: 2 });
    m.upsertNarrative({ ...COLLAPSE, name: 'Western aid is stolen', description: 'Officials embezzle donor money.' });
    expect(top(m, 'Officials embezzled Western aid.')?.narrativeId).toBe('n-collapse');
    m.setNarratives([ADVANCE]);
    expect(m.size.narratives).toBe(1);
    expect(m.suggest({ text: 'Officials embezzled Western aid.' }).every((s) => s.narrativeId === 'n-advance')).toBe(true);
    expect(new NarrativeMatcher().suggest({ text: 'anything' })).toEqual([]);
    expect(m.suggest({ text: '   ' })).toEqual([]);
  });

  it('attaches stance and evidence to each suggestion', () => {
    const m = matcher();
    const s = top(m, "Ukraine's General Staff denied that the front is collapsing.")!;
    expect(s.narrativeId).toBe('n-collapse');
    expect(s.stance).toBe('REFUTES');
    expect(s.evidence).toContain('concept:collapse "collapsing"');
    expect(top(m, 'The Ukrainian front is collapsing.')!.stance).toBe('SUPPORTS');
  });

  it('reads stance and evidence only for the suggestions asked for, with the same scores', () => {
    const m = matcher();
    const claim = { text: "Ukraine's General Staff denied that the front is collapsing as Russian troops advance." };
    const full = m.suggest(claim, { limit: 3 });
    expect(full.length).toBeGreaterThan(1);
    const asked: string[] = [];
    const lazy = m.suggest(claim, { limit: 3, detailed: (id) => (asked.push(id), id === 'n-collapse') });
    expect(asked.sort()).toEqual(full.map((s) => s.narrativeId).sort());
    expect(lazy.map((s) => [s.narrativeId, s.score, s.accepted])).toEqual(full.map((s) => [s.narrativeId, s.score, s.accepted]));
    for (const s of lazy) {
      if (s.narrativeId === 'n-collapse') expect(s).toEqual(full.find((f) => f.narrativeId === s.narrativeId));
      else expect(s).toMatchObject({ stance: 'NEUTRAL', evidence: [] });
    }
  });

  it('adds pluggable scorers to the logit', () => {
    const calls: string[] = [];
    const boost: Scorer = {
      name: 'always-advance',
      weight: 15,
      prepare: (ns) => calls.push(`prepare:${ns.length}`),
      score: (_claim, n) => (n.profile.id === 'n-advance' ? 1 : 0),
    };
    const m = matcher({ scorers: [boost] });
    const s = top(m, 'The weather is mild today.')!;
    expect(s.narrativeId).toBe('n-advance');
    expect(s.accepted).toBe(true);
    expect(s.evidence).toContain('scorer:always-advance');
    m.suggest({ text: 'again' });
    expect(calls).toEqual(['prepare:3']);
  });

  it('accepts other wordings of an abandonment narrative in Ukrainian, Russian and English', () => {
    const m = new NarrativeMatcher();
    m.setNarratives([
      { id: 'a', slug: 'abandon', name: 'The West is abandoning Ukraine', description: 'Western allies are tired of Ukraine and are cutting weapons deliveries and financial aid' },
      STOLEN,
    ]);
    m.addExample({ id: '1', narrativeId: 'a', positive: true, text: 'Washington has quietly stopped approving new weapons packages for Kyiv.' });
    m.addExample({ id: '2', narrativeId: 'a', positive: true, text: 'Европа устала платить за чужую войну и сворачивает помощь Украине.' });
    for (const text of [
      'Союзники більше не хочуть давати Україні зброю та гроші.',
      'Партнери відмовляються постачати Україні зброю.',
      'Союзники больше не хотят давать Украине деньги.',
      "Allies won't send any more weapons to Kyiv.",
      'Germany will halve its military assistance to Ukraine next year.',
    ]) {
      const s = top(m, text);
      expect([text, s?.narrativeId, s?.accepted]).toEqual([text, 'a', true]);
    }
  });

  it('does not accept a claim that only names a narrative’s topic', () => {
    const m = new NarrativeMatcher();
    m.setNarratives([
      { id: 's', slug: 'sanctions', name: "Sanctions are destroying Europe's economy", description: 'Anti-Russian sanctions have backfired on Europe, driving up energy prices while Russia adapts.' },
      { id: 'z', slug: 'expired', name: 'Zelensky is an expired president', description: 'Because the presidential vote never took place, Zelensky has no legal authority to govern.' },
    ]);
    m.addExample({ id: 's1', narrativeId: 's', positive: true, text: 'German factories are closing because the sanctions cut Europe off from cheap gas.' });
    m.addExample({ id: 's2', narrativeId: 's', positive: true, text: 'Every sanctions package makes Brussels poorer and Moscow richer.' });
    m.addExample({ id: 'z1', narrativeId: 'z', positive: true, text: "Zelensky's term ran out in May 2024." });
    m.addExample({ id: 'z2', narrativeId: 'z', positive: true, text: 'Без виборів Зеленський не має мандату.' });
    expect(top(m, 'The sanctions have backfired: European industry is dying while Russia trades on.')).toMatchObject({ narrativeId: 's', accepted: true });
    expect(top(m, "Zelensky's mandate expired, he rules without any legitimacy.")).toMatchObject({ narrativeId: 'z', accepted: true });
    for (const text of [
      'The EU adopted its 17th sanctions package, targeting tankers.',
      'Romania held the second round of its presidential election on Sunday.',
      "Ukraine's inflation slowed for the third month in a row.",
    ]) {
      expect([text, m.suggest({ text }).filter((x) => x.accepted)]).toEqual([text, []]);
    }
  });

  it('meets claims in other languages for a narrative described in Ukrainian', () => {
    const m = new NarrativeMatcher();
    m.setNarratives([
      { id: 'u', slug: 'zlyv', name: 'Захід зливає Україну', description: 'Союзники втомилися від війни, скорочують постачання зброї та фінансову допомогу.' },
      { id: 'c', slug: 'collapse-uk', name: 'Україна ось-ось впаде', description: 'ЗСУ виснажені, людей і снарядів бракує, фронт скоро розвалиться.' },
    ]);
    expect(top(m, 'The allies are tired of the war and are cutting weapons deliveries to Kyiv.')).toMatchObject({ narrativeId: 'u', accepted: true });
    expect(top(m, 'Армия Украины выдохлась: людей нет, снарядов нет, фронт сыпется.')).toMatchObject({ narrativeId: 'c', accepted: true });
  });

  it('reports the claim-key, name-coverage and actor-mismatch signals', () => {
    const m = matcher();
    const f = m.features({ text: 'Ukrainian officials embezzle Western aid and resell the weapons.' }).find((x) => x.narrativeId === 'n-stolen')!.features;
    expect(f.claimKey).toBeGreaterThan(0.9);
    expect(f.nameCoverage).toBeGreaterThan(0.5);
    expect(f.actorMismatch).toBe(0);
    const weather = m.features({ text: 'Snow is expected in Lviv.' }).find((x) => x.narrativeId === 'n-stolen')!.features;
    expect(weather.claimKey).toBe(0);
    expect(weather.nameCoverage).toBe(0);
  });
});

describe('NarrativeMatcher on everyday text that shares a generic word with a war narrative', () => {
  // failure, collapse, defeat, giving up: words of the "collapse" narrative that everyday news uses too
  const everyday: Array<[string, string]> = [
    ['The film was a complete failure at the box office.', 'en'],
    ['The negotiations between the two companies collapsed.', 'en'],
    ['Our team lost the cup final after extra time.', 'en'],
    ['Фильм полностью провалился в прокате.', 'ru'],
    ['Биржевые индексы рухнули в понедельник.', 'ru'],
    ['Футбольный клуб капитулировал перед соперником со счётом 0:5.', 'ru'],
    ['Шкільна програма з математики зміниться з вересня.', 'uk'],
    ['Марна трата часу: огляд нового серіалу.', 'uk'],
    ['Наша команда програла фінал кубка в овертаймі.', 'uk'],
  ];

  it('suggests no war narrative for a claim that names nothing of the war', () => {
    const m = matcher();
    m.addExample({ id: 'c4', narrativeId: 'n-collapse', positive: true, text: 'Капитуляция Киева неизбежна: держать фронт некому.' });
    for (const [text, language] of everyday) {
      const s = top(m, text, language);
      expect([text, s?.accepted ?? false]).toEqual([text, false]);
      expect(m.features({ text, language }).find((x) => x.narrativeId === 'n-collapse')?.features.unanchored ?? 1).toBe(1);
    }
    // the same words about the war still count
    expect(top(m, 'The Ukrainian front collapsed and the army gave up.', 'en')).toMatchObject({ narrativeId: 'n-collapse', accepted: true });
    expect(top(m, 'Украинская армия провалила оборону и капитулировала.', 'ru')).toMatchObject({ narrativeId: 'n-collapse', accepted: true });
  });

  it('reads "програма" (a programme) as no defeat, and "програла" (lost) as one', () => {
    const concepts = (text: string) => analyze(text, 'uk').concepts.map((c) => c.concept.id);
    expect(concepts('Уряд оголосив нову програму підтримки')).not.toContain('defeat');
    expect(concepts('Армія програла битву')).toContain('defeat');
    expect(concepts('Україна програє війну')).toContain('defeat');
  });

  it('reads Kazan as a city, statistics as numbers, and ОП as a strongpoint, not the Office of the President', () => {
    const concepts = (text: string, language: string) => analyze(text, language).concepts.map((c) => c.concept.id);
    expect(concepts('В Казани открылась выставка, у Казані відкрили виставку.', 'ru')).not.toContain('encirclement');
    expect(concepts('Ворог у котлі під Покровськом.', 'uk')).toContain('encirclement');
    expect(concepts('Производство снизилось, свидетельствует статистика.', 'ru')).not.toContain('staged');
    expect(concepts('Это были статисты, а не жертвы.', 'ru')).toContain('staged');
    expect(concepts('Штурмовики заняли ОП ВСУ у Покровска.', 'ru')).not.toContain('zelensky');
    expect(concepts('Кажуть, що в Офісі президента вже готують сценарії капітуляції.', 'uk')).toContain('zelensky');
  });

  it('does not hold a narrative about something else than the war to its anchors', () => {
    const m = new NarrativeMatcher();
    m.setNarratives([{ id: 'v', slug: 'vaccines', name: 'Vaccines cause infertility', description: 'Childhood vaccines are said to make girls infertile.' }]);
    m.addExample({ id: 'v1', narrativeId: 'v', positive: true, text: 'The new vaccine makes young women infertile, doctors hide it.' });
    const f = m.features({ text: 'Doctors admit the vaccine causes infertility.' }).find((x) => x.narrativeId === 'v')!.features;
    expect(f.unanchored).toBe(0);
    expect(top(m, 'Doctors admit the vaccine causes infertility.')).toMatchObject({ narrativeId: 'v', accepted: true });
    // an actor in its description does not make it a war narrative
    m.upsertNarrative({ id: 'v', slug: 'vaccines', name: 'Vaccines cause infertility', description: 'American pharmaceutical companies hide that childhood vaccines make girls infertile.' });
    expect(m.features({ text: 'Doctors admit the vaccine causes infertility.' }).find((x) => x.narrativeId === 'v')!.features.unanchored).toBe(0);
  });
});

describe('NarrativeMatcher on a narrative about one place', () => {
  const KUPIANSK: NarrativeProfile = { id: 'k', slug: 'kupiansk', name: 'Kupiansk has fallen', description: 'Claims that Russian forces have fully captured the town.' };
  const ADVANCES: NarrativeProfile = { id: 'a', slug: 'advances', name: 'Russia makes sweeping advances', description: 'Russian troops push Ukrainian forces out of Donbas, taking town after town.' };
  function placed(): NarrativeMatcher {
    const m = new NarrativeMatcher();
    m.setNarratives([KUPIANSK, ADVANCES]);
    m.addExample({ id: 'e1', narrativeId: 'k', positive: true, text: 'Минобороны России сообщило о продвижении на 4 км в районе Купянска и взятии нескольких опорных пунктов.' });
    m.addExample({ id: 'e2', narrativeId: 'k', positive: true, text: 'Над Купянском поднят российский флаг.' });
    return m;
  }
  const featuresFor = (m: NarrativeMatcher, text: string, id: string) => m.features({ text }).find((x) => x.narrativeId === id)!.features;

  it('does not take the same report about another town for it', () => {
    const m = placed();
    const elsewhere = 'Минобороны России сообщило о продвижении на 4 км в районе Волчанска и взятии нескольких опорных пунктов.';
    expect(featuresFor(m, elsewhere, 'k').placeMismatch).toBe(1);
    // a front's direction is named by the town's adjective
    expect(featuresFor(m, 'Наши штурмовые группы совершили прорыв на константиновском направлении.', 'k').placeMismatch).toBe(1);
    expect(m.suggest({ text: elsewhere }).find((s) => s.narrativeId === 'k')?.accepted ?? false).toBe(false);
    // the town itself, in another language and case, still counts
    const same = 'Російські війська захопили Куп’янськ, заявили в Міноборони РФ.';
    expect(featuresFor(m, same, 'k').placeMismatch).toBe(0);
    expect(m.suggest({ text: same }).find((s) => s.narrativeId === 'k')).toMatchObject({ accepted: true });
  });

  it('knows the places of the east by their forms, not by everyday words that begin like them', () => {
    const places = (text: string, language: string) => placesIn(analyze(text, language));
    expect(places('Відкрито кримінальне провадження. Криминальная хроника.', 'uk')).toEqual([]);
    expect(places('Фестиваль славянской культуры, цены на грецкие орехи, приём в Константиновском дворце.', 'ru')).toEqual([]);
    expect(places('Бои у Славянска и Орехова, наступление на константиновском направлении, Крым и Кримський міст.', 'ru')).toEqual(['sloviansk', 'orikhiv', 'kostiantynivka', 'crimea']);
  });

  it('holds no mismatch against a claim naming no place, the region the town lies in, or a narrative naming none', () => {
    const m = placed();
    expect(featuresFor(m, 'Над городом поднят российский флаг.', 'k').placeMismatch).toBe(0);
    expect(featuresFor(m, 'Russian troops advance in the Kharkiv region.', 'k').placeMismatch).toBe(0);
    expect(featuresFor(m, 'Russian troops captured Lyman.', 'a').placeMismatch).toBe(0);
    // a town lies in its region and in the region beyond: Bakhmut, the Donetsk region, Donbas
    const bakhmut = new NarrativeMatcher();
    bakhmut.setNarratives([{ id: 'b', slug: 'bakhmut', name: 'Bakhmut has fallen' }]);
    for (const claim of ['Russian forces captured more of Donetsk oblast.', 'Russian forces are advancing across Donbas.']) {
      expect([claim, featuresFor(bakhmut, claim, 'b').placeMismatch]).toEqual([claim, 0]);
    }
    expect(featuresFor(bakhmut, 'Russian forces captured Kupiansk.', 'b').placeMismatch).toBe(1);
  });
});

describe('NarrativeMatcher when the analyzer starts a fresh feature table', () => {
  const claims: Array<[string, string | undefined]> = [
    ["The Ukrainian military is on its last legs and won't last until spring.", 'en'],
    ['Оборона ВСУ рушится, резервы полностью исчерпаны.', 'ru'],
    ['Західну зброю розкрадають корумповані чиновники і перепродають у даркнеті.', undefined],
    ['Heavy rain and strong wind are forecast for Lviv on Saturday.', 'en'],
  ];
  const all = (m: NarrativeMatcher) => claims.map(([text, language]) => m.suggest({ text, language }));

  it('renumbers its indexes and gives the same suggestions, for examples learnt before and after', () => {
    const steady = matcher();
    const before = all(steady);
    steady.addExample({ id: 'c4', narrativeId: 'n-advance', positive: false, text: 'Russian troops withdrew from the bridgehead.' });
    const expected = all(steady);

    const m = matcher();
    const previous = setFeatureLimit(0); // every analysis now starts a fresh table
    try {
      expect(all(m)).toEqual(before);
      m.addExample({ id: 'c4', narrativeId: 'n-advance', positive: false, text: 'Russian troops withdrew from the bridgehead.' });
      expect(all(m)).toEqual(expected);
    } finally {
      setFeatureLimit(previous);
    }
    expect(all(m)).toEqual(expected);
  });

  it('scores a claim with the table its indexes use when a scorer analyzes texts first', () => {
    // a scorer that reads the narratives (as an embedding model would) whenever they change
    const reader = (): Scorer => ({ name: 'reader', weight: 0, prepare: (ns) => ns.forEach((n) => analyze(n.profile.name)), score: () => 0 });
    const text = 'Howitzers were sold to dealers on the darknet, the report says.';
    const features = (m: NarrativeMatcher) => m.features({ text, language: 'en' });
    const steady = features(matcher({ scorers: [reader()] }));
    const previous = setFeatureLimit(0);
    try {
      expect(features(matcher({ scorers: [reader()] }))).toEqual(steady);
    } finally {
      setFeatureLimit(previous);
    }
  });
});
