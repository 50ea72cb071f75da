import type { NarrativeProfile } from '../matching/types.js';
import { detectStance } from './detect-stance.js';

const COLLAPSE: NarrativeProfile = { id: '1', slug: 'collapse', name: 'Ukraine faces imminent collapse', description: 'The Ukrainian front is about to crumble.' };
const STAGED: NarrativeProfile = { id: '2', slug: 'staged', name: 'Atrocities are staged provocations', description: 'Massacres blamed on Russia are staged by Ukraine.' };
const ADVANCE: NarrativeProfile = { id: '3', slug: 'advance', name: 'Russia makes sweeping advances', description: 'Russian troops capture town after town.' };
const ABANDON: NarrativeProfile = { id: '4', slug: 'abandon', name: 'The West is abandoning Ukraine', description: 'Allies are tired and cut off support.' };
const BACKFIRE: NarrativeProfile = {
  id: '5', slug: 'backfire', name: 'Sanctions hurt Europe more than Russia',
  description: 'Claims that Western sanctions have failed against Russia while wrecking Europe’s industry.',
};

describe('detectStance', () => {
  // phrases that hold a negation or a denial word but assert the claim
  it.each([
    ['en', 'There is no doubt that the Ukrainian front is collapsing.', COLLAPSE],
    ['en', 'Nobody can deny that the Ukrainian army is about to collapse.', COLLAPSE],
    ['en', 'Kyiv will fall soon, the front is collapsing and there are no reserves left.', COLLAPSE],
    ['en', 'It cannot be denied: Russian troops captured Kupiansk.', ADVANCE],
    ['ru', 'Нельзя отрицать, что фронт ВСУ рушится.', COLLAPSE],
    ['uk', 'Ніхто не заперечує, що фронт ЗСУ сиплеться.', COLLAPSE],
  ])('SUPPORTS despite the negation word (%s): %s', (lang, text, narrative) => {
    expect(detectStance(text, lang, narrative)).toBe('SUPPORTS');
  });

  it.each([
    ['en', 'Kupiansk has not fallen.'],
    ['en', 'There is no evidence that Russian troops captured Kupiansk.'],
  ])('REFUTES a negated weak form of the narrative’s own claim (%s): %s', (lang, text) => {
    expect(detectStance(text, lang, ADVANCE)).toBe('REFUTES');
  });

  it.each([
    ['en', 'Kyiv denied reports that the front is collapsing.'],
    ['en', 'Claims that the Ukrainian army is about to collapse are false.'],
    ['en', 'Fact-checkers debunked the story about a collapse of the front.'],
    ['en', "It is not true that Ukraine's defence is crumbling."],
    ['ru', 'Генштаб ВСУ опроверг сообщения о развале фронта.'],
    ['ru', 'Это ложь: фронт не рушится.'],
    ['ru', 'Сообщения о коллапсе украинской армии не соответствуют действительности.'],
    ['ru', 'Так называемый развал ВСУ — очередной фейк.'],
    ['uk', 'Генштаб спростував чутки про обвал фронту.'],
    ['uk', 'Заяви про колапс української армії не відповідають дійсності.'],
    ['uk', 'Це неправда, фронт тримається.'],
  ])('REFUTES (%s): %s', (lang, text) => {
    expect(detectStance(text, lang, COLLAPSE)).toBe('REFUTES');
  });

  it.each([
    ['en', 'Russian state TV claims the Ukrainian front is about to collapse.'],
    ['en', 'According to the Kremlin, Ukraine’s defences are crumbling.'],
    ['ru', 'По утверждению Минобороны РФ, фронт ВСУ вот-вот рухнет.'],
    ['ru', 'Российские пропагандисты утверждают, что украинская армия разваливается.'],
    ['uk', 'Кремль стверджує, що український фронт ось-ось розвалиться.'],
    ['uk', 'За словами російських блогерів, оборона ЗСУ сиплеться.'],
  ])('NEUTRAL (%s): %s', (lang, text) => {
    expect(detectStance(text, lang, COLLAPSE)).toBe('NEUTRAL');
  });

  it.each([
    ['en', 'The Ukrainian front is crumbling and the army will not last until spring.'],
    ['en', 'Ukraine has no reserves left and its defence is falling apart.'],
    ['ru', 'Фронт ВСУ рушится, резервов больше нет.'],
    ['uk', 'Українська армія не протримається до весни.'],
  ])('SUPPORTS (%s): %s', (lang, text) => {
    expect(detectStance(text, lang, COLLAPSE)).toBe('SUPPORTS');
  });

  it('reads a claim that only shares the narrative\'s topics as neutral, one that makes any claim as support', () => {
    expect(detectStance('The EU adopted its 19th sanctions package against Russia on Friday.', 'en', BACKFIRE)).toBe('NEUTRAL');
    expect(detectStance('Евросоюз утвердил новый пакет санкций против России.', 'ru', BACKFIRE)).toBe('NEUTRAL');
    expect(detectStance('Sanctions are ruining European industry while Russia\'s economy grows.', 'en', BACKFIRE)).toBe('SUPPORTS');
    expect(detectStance('Sanctions have failed.', 'en', BACKFIRE)).toBe('SUPPORTS');
    // a claim concept the narrative's wording does not use still counts
    expect(detectStance('Russian troops captured Avdiivka.', 'en', COLLAPSE)).toBe('SUPPORTS');
    // nor is a claim without concepts (matched by its wording or by examples) made neutral
    expect(detectStance('Their days are numbered, everyone knows it.', 'en', COLLAPSE)).toBe('SUPPORTS');
    // nor one whose topics are not the narrative's
    expect(detectStance('The EU adopted its 19th sanctions package against Russia on Friday.', 'en', COLLAPSE)).toBe('SUPPORTS');
  });

  it('treats "fake"/"staged" as the narrative’s own voice in a fabrication narrative', () => {
    expect(detectStance('The Bucha massacre was fake, staged for Western cameras.', 'en', STAGED)).toBe('SUPPORTS');
    expect(detectStance('Бойня в Буче — фейк и постановка.', 'ru', STAGED)).toBe('SUPPORTS');
    expect(detectStance('Claims that the Bucha killings were staged are false.', 'en', STAGED)).toBe('REFUTES');
    expect(detectStance('Investigators debunked the theory that Bucha was staged.', 'en', STAGED)).toBe('REFUTES');
    expect(detectStance('Moscow claims the Bucha images are a staged provocation.', 'en', STAGED)).toBe('NEUTRAL');
    // without a narrative, "fake" is a plain denial cue
    expect(detectStance('The Bucha massacre was fake.')).toBe('REFUTES');
  });

  it('reads a statement by the targeted side as a rebuttal, by the promoting side as reporting', () => {
    expect(detectStance("Ukraine's General Staff said all Russian assaults near Pokrovsk were repelled.", 'en', ADVANCE)).toBe('REFUTES');
    expect(detectStance('The Russian defence ministry said its troops captured two villages.', 'en', ADVANCE)).toBe('NEUTRAL');
    expect(detectStance('The Pentagon said US support for Ukraine will continue as long as it takes.', 'en', ABANDON)).toBe('REFUTES');
    expect(detectStance('Кремль отрицает, что российские войска отступили.', 'ru', ADVANCE)).toBe('NEUTRAL');
    expect(detectStance('Ukrainian commanders admitted the front near Pokrovsk is close to collapse.', 'en', COLLAPSE)).toBe('SUPPORTS');
  });

  it('detects the language itself when none is given', () => {
    expect(detectStance('Генштаб спростував чутки про обвал фронту.', undefined, COLLAPSE)).toBe('REFUTES');
    expect(detectStance('По словам Пескова, фронт ВСУ разваливается.', null, COLLAPSE)).toBe('NEUTRAL');
  });

  it('reads transcript speaker labels: a generic one is the speaker’s voice, an actor is attribution', () => {
    expect(detectStance('HOST: The Ukrainian front is crumbling.', 'en', COLLAPSE)).toBe('SUPPORTS');
    expect(detectStance('ВЕДУЩИЙ: Фронт ВСУ рушится, резервов больше нет.', 'ru', COLLAPSE)).toBe('SUPPORTS');
    expect(detectStance('Песков: фронт ВСУ вот-вот рухнет.', 'ru', COLLAPSE)).toBe('NEUTRAL');
    expect(detectStance('Pentagon officials: no slowdown of deliveries, support will continue.', 'en', ABANDON)).toBe('REFUTES');
    // a headline with a colon is no speaker
    expect(detectStance('Украина на пороге краха: армия истощена, экономика держится на подачках.', 'ru', COLLAPSE)).toBe('SUPPORTS');
  });

  it('finds the speaker after a quote ("— …, — заявил Лавров")', () => {
    expect(detectStance('— Фронт ВСУ рушится, — заявил Лавров в интервью.', 'ru', COLLAPSE)).toBe('NEUTRAL');
    expect(detectStance('— Фронт стабільний, обвалу немає, — заявили в Генштабі ЗСУ.', 'uk', COLLAPSE)).toBe('REFUTES');
    expect(detectStance('— Це старий російський фейк про обвал фронту, — заявили в МОЗ.', 'uk', COLLAPSE)).toBe('REFUTES');
  });

  it('keeps negation inside its clause and ignores "not just", conditionals and frames', () => {
    expect(detectStance('Ротацій нема, фронт сиплеться.', 'uk', COLLAPSE)).toBe('SUPPORTS');
    expect(detectStance('These are not just nationalists, the front is collapsing under neo-Nazi commanders.', 'en', COLLAPSE)).toBe('SUPPORTS');
    expect(detectStance('If nothing changes, the front will not hold and will collapse.', 'en', COLLAPSE)).toBe('SUPPORTS');
    expect(detectStance('Союзники більше не хочуть давати Україні зброю.', 'uk', ABANDON)).toBe('SUPPORTS');
    expect(detectStance('The front is hardly collapsing.', 'en', COLLAPSE)).toBe('REFUTES');
  });

  it('reads a narrative kept in scare quotes as distance from it', () => {
    expect(detectStance('Знову ця «постановка» в Бучі. Це брехня, там загинули люди.', 'uk', STAGED)).toBe('REFUTES');
    expect(detectStance('Хто там кричав «Захід нас кидає»? Щойно прийшов новий пакет.', 'uk', ABANDON)).toBe('REFUTES');
    expect(detectStance("The Kremlin again says the West is 'abandoning' Kyiv.", 'en', ABANDON)).toBe('NEUTRAL');
    expect(detectStance('Буча — постановка, трупы «ожили», когда камера отъехала.', 'ru', STAGED)).toBe('SUPPORTS');
  });

  it('reads the targeted side conceding as support and its counter-claims as rebuttal', () => {
    expect(detectStance('Ukrainian commanders said Russian troops captured the village and advanced further.', 'en', ADVANCE)).toBe('SUPPORTS');
    expect(detectStance('Сили оборони відбили всі атаки, повідомили в Генштабі ЗСУ.', 'uk', ADVANCE)).toBe('REFUTES');
    expect(detectStance('US aid to Ukraine will continue as long as it takes.', 'en', ABANDON)).toBe('REFUTES');
  });
});
