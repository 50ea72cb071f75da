/**
 * Deterministic demo corpus for Narratrace: invented sources and documents about the
 * Russia–Ukraine information war in English, Russian and Ukrainian.
 *
 * Pure: no I/O, no Math.random, no Date.now. Same seed and end date -> identical output.
 * Every source, domain and headline is invented; real places and officials appear only as
 * the kind of slot fillers such reporting uses. Quotes attributed to real officials are
 * deliberately bland paraphrases; the sharper quotes are given to anonymous commentators.
 *
 * The shape over time is deliberate, so that trend views have something to show:
 * - a five-day burst of "Kupiansk has fallen" claims 65..61 days before the end date;
 * - "Kyiv's leadership is illegitimate" grows slowly week after week;
 * - "Sanctions hurt Europe more than Russia" fades away;
 * - a short bump of "staged atrocity" claims after a strike on Sumy about 32 days before the end;
 * - quieter weekends; about 10% background documents with no narrative.
 */
import { seededRandom } from '@app/domain';

export interface DemoNarrative {
  slug: string;
  name: string;
  description: string;
  parentSlug?: string;
  keywords: string[];
}

export interface DemoDocument {
  externalId: string;
  url: string;
  title: string | null;
  /** byline of a web article (invented names); null for Telegram posts and TV segments */
  author: string | null;
  text: string;
  language: 'en' | 'ru' | 'uk';
  publishedAt: string /* ISO */;
  source: { name: string; platform: 'web' | 'telegram' | 'tv'; country: string };
  /** narrative this document pushes or rebuts, or null for background noise */
  narrativeSlug: string | null;
  stance: 'SUPPORTS' | 'REFUTES' | 'NEUTRAL';
  /** how the demo records an analyst's work on its claims */
  review: 'confirmed' | 'suggested' | 'rejected' | 'none';
  /**
   * Confidence to use when review is 'suggested' (0.5..0.95). Every document carries a value in
   * that range (for confirmed/rejected it is the score the suggestion originally had), so a
   * consumer never has to special-case it.
   */
  confidence: number;
}

export interface DemoCorpus {
  narratives: DemoNarrative[];
  documents: DemoDocument[];
}

export interface DemoCorpusOptions {
  /** documents are published strictly before this instant; default 2026-11-20T00:00:00Z */
  endDate?: Date;
  seed?: number;
}

export const DEMO_DEFAULT_END_DATE = '2026-11-20T00:00:00Z';
export const DEMO_DEFAULT_SEED = 20261120;
/** number of days covered, ending the day before endDate */
export const DEMO_DAYS = 130;
/** narrative whose claims burst over five days */
export const DEMO_BURST_SLUG = 'kupiansk-captured';
/** the burst covers these "days before endDate" (inclusive) */
export const DEMO_BURST_DAYS_BEFORE = { from: 65, to: 61 } as const;
export const DEMO_GROWING_SLUG = 'kyiv-illegitimate';
export const DEMO_FADING_SLUG = 'sanctions-backfire';

type Lang = DemoDocument['language'];
type Stance = DemoDocument['stance'];
type Platform = DemoDocument['source']['platform'];
type Review = DemoDocument['review'];

/* ------------------------------------------------------------------ PRNG */

type Rng = () => number;

/** Deterministic: the same seed gives the same corpus. */
const mulberry32 = (seed: number): Rng => seededRandom(seed);

function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('demo corpus: empty pool');
  return items[Math.floor(rng() * items.length)];
}

function pickWeighted<T>(rng: Rng, items: readonly T[], weight: (item: T) => number): T {
  let total = 0;
  for (const item of items) total += Math.max(0, weight(item));
  if (total <= 0) throw new Error('demo corpus: no positive weight');
  let r = rng() * total;
  for (const item of items) {
    r -= Math.max(0, weight(item));
    if (r < 0) return item;
  }
  return items[items.length - 1];
}

function intBetween(rng: Rng, min: number, max: number, step = 1): number {
  const steps = Math.floor((max - min) / step);
  return min + Math.floor(rng() * (steps + 1)) * step;
}

/** Knuth's Poisson sampler; fine for the small rates used here. */
function poisson(rng: Rng, lambda: number): number {
  if (lambda <= 0) return 0;
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rng();
  } while (p > limit);
  return k - 1;
}

/* --------------------------------------------------------------- sources */

interface SourceSpec {
  slug: string;
  name: string;
  platform: Platform;
  country: string;
  language: Lang;
  /** relative weight when picking a source for a document of each stance, and for background */
  weight: { SUPPORTS: number; REFUTES: number; NEUTRAL: number; background: number };
  /** optional extra weight for some narratives */
  affinity?: Record<string, number>;
  /** broadcast slots (UTC hour, minute) for TV programmes */
  slots?: ReadonlyArray<readonly [number, number]>;
}

const SOURCES: readonly SourceSpec[] = [
  { slug: 'okopnaya-pravda', name: 'Okopnaya Pravda', platform: 'telegram', country: 'RU', language: 'ru',
    weight: { SUPPORTS: 16, REFUTES: 0, NEUTRAL: 0, background: 1 }, affinity: { 'russian-advances': 1.5, 'kupiansk-captured': 1.5 } },
  { slug: 'severny-veter', name: 'Severny Veter Z', platform: 'telegram', country: 'RU', language: 'ru',
    weight: { SUPPORTS: 12, REFUTES: 0, NEUTRAL: 0, background: 1 }, affinity: { 'kupiansk-captured': 1.5 } },
  { slug: 'donbass-svodka', name: 'Donbass Svodka 24', platform: 'telegram', country: 'RU', language: 'ru',
    weight: { SUPPORTS: 10, REFUTES: 0, NEUTRAL: 0, background: 1 }, affinity: { 'mobilisation-failing': 1.5 } },
  { slug: 'vecherny-efir', name: 'Vecherny Efir (RF-1 state TV)', platform: 'tv', country: 'RU', language: 'ru',
    weight: { SUPPORTS: 10, REFUTES: 0, NEUTRAL: 0, background: 1 }, affinity: { 'sanctions-backfire': 2, 'kyiv-illegitimate': 1.5 },
    slots: [[17, 30], [17, 30], [18, 30], [9, 0]] },
  { slug: 'novaya-zarya', name: 'Novaya Zarya', platform: 'web', country: 'RU', language: 'ru',
    weight: { SUPPORTS: 12, REFUTES: 0, NEUTRAL: 10, background: 1 } },
  { slug: 'multipolar-observer', name: 'The Multipolar Observer', platform: 'web', country: 'US', language: 'en',
    weight: { SUPPORTS: 22, REFUTES: 0, NEUTRAL: 0, background: 0.5 }, affinity: { 'west-abandons-ukraine': 1.5, 'aid-stolen': 1.5 } },
  { slug: 'kyivsky-shepit', name: 'Kyivsky Shepit', platform: 'telegram', country: 'UA', language: 'uk',
    weight: { SUPPORTS: 18, REFUTES: 0, NEUTRAL: 0, background: 0.5 }, affinity: { 'kyiv-illegitimate': 2, 'mobilisation-failing': 2 } },
  { slug: 'dnipro-visnyk', name: 'Dnipro Visnyk', platform: 'web', country: 'UA', language: 'uk',
    weight: { SUPPORTS: 0, REFUTES: 15, NEUTRAL: 15, background: 1.5 } },
  { slug: 'oko-frontu', name: 'Oko Frontu', platform: 'telegram', country: 'UA', language: 'uk',
    weight: { SUPPORTS: 0, REFUTES: 17, NEUTRAL: 0, background: 1 }, affinity: { 'kupiansk-captured': 1.5, 'russian-advances': 1.5 } },
  { slug: 'kanal-yednist', name: 'Kanal Yednist', platform: 'tv', country: 'UA', language: 'uk',
    weight: { SUPPORTS: 0, REFUTES: 12, NEUTRAL: 10, background: 1 },
    slots: [[6, 0], [9, 0], [12, 0], [16, 0], [19, 0]] },
  { slug: 'prykordonnia-today', name: 'Prykordonnia Today', platform: 'web', country: 'UA', language: 'uk',
    weight: { SUPPORTS: 0, REFUTES: 11, NEUTRAL: 10, background: 1 } },
  { slug: 'eastern-flank-monitor', name: 'Eastern Flank Monitor', platform: 'web', country: 'GB', language: 'en',
    weight: { SUPPORTS: 0, REFUTES: 15, NEUTRAL: 15, background: 1 } },
  { slug: 'factline-europe', name: 'Factline Europe', platform: 'web', country: 'BE', language: 'en',
    weight: { SUPPORTS: 0, REFUTES: 20, NEUTRAL: 0, background: 0 }, affinity: { 'staged-atrocities': 2, 'aid-weapons-resold': 2 } },
  { slug: 'borderland-wire', name: 'Borderland Wire', platform: 'web', country: 'US', language: 'en',
    weight: { SUPPORTS: 0, REFUTES: 0, NEUTRAL: 25, background: 2 } },
  { slug: 'svobodnaya-volna', name: 'Svobodnaya Volna', platform: 'web', country: 'LV', language: 'ru',
    weight: { SUPPORTS: 0, REFUTES: 10, NEUTRAL: 15, background: 1 } },
];

/* ----------------------------------------------------------- slot fillers */

type Forms = Record<Lang, string>;

interface Town { key: string; nom: Forms; gen: Forms; dir: Forms }

/** nom: nominative; gen: genitive ("в районе X", "біля X"); dir: name of the axis ("на X направлении/напрямку"). */
const TOWNS: readonly Town[] = [
  { key: 'kupiansk', nom: { en: 'Kupiansk', ru: 'Купянск', uk: 'Куп’янськ' }, gen: { en: 'Kupiansk', ru: 'Купянска', uk: 'Куп’янська' },
    dir: { en: 'Kupiansk', ru: 'купянском', uk: 'Куп’янському' } },
  { key: 'pokrovsk', nom: { en: 'Pokrovsk', ru: 'Покровск', uk: 'Покровськ' }, gen: { en: 'Pokrovsk', ru: 'Покровска', uk: 'Покровська' },
    dir: { en: 'Pokrovsk', ru: 'покровском', uk: 'Покровському' } },
  { key: 'chasiv-yar', nom: { en: 'Chasiv Yar', ru: 'Часов Яр', uk: 'Часів Яр' }, gen: { en: 'Chasiv Yar', ru: 'Часова Яра', uk: 'Часового Яру' },
    dir: { en: 'Kostiantynivka', ru: 'константиновском', uk: 'Костянтинівському' } },
  { key: 'vovchansk', nom: { en: 'Vovchansk', ru: 'Волчанск', uk: 'Вовчанськ' }, gen: { en: 'Vovchansk', ru: 'Волчанска', uk: 'Вовчанська' },
    dir: { en: 'Kharkiv', ru: 'харьковском', uk: 'Харківському' } },
  { key: 'huliaipole', nom: { en: 'Huliaipole', ru: 'Гуляйполе', uk: 'Гуляйполе' }, gen: { en: 'Huliaipole', ru: 'Гуляйполя', uk: 'Гуляйполя' },
    dir: { en: 'Huliaipole', ru: 'гуляйпольском', uk: 'Гуляйпільському' } },
  { key: 'kostiantynivka', nom: { en: 'Kostiantynivka', ru: 'Константиновка', uk: 'Костянтинівка' },
    gen: { en: 'Kostiantynivka', ru: 'Константиновки', uk: 'Костянтинівки' }, dir: { en: 'Kostiantynivka', ru: 'константиновском', uk: 'Костянтинівському' } },
  { key: 'lyman', nom: { en: 'Lyman', ru: 'Лиман', uk: 'Лиман' }, gen: { en: 'Lyman', ru: 'Лимана', uk: 'Лимана' },
    dir: { en: 'Lyman', ru: 'краснолиманском', uk: 'Лиманському' } },
  { key: 'myrnohrad', nom: { en: 'Myrnohrad', ru: 'Мирноград', uk: 'Мирноград' }, gen: { en: 'Myrnohrad', ru: 'Мирнограда', uk: 'Мирнограда' },
    dir: { en: 'Pokrovsk', ru: 'покровском', uk: 'Покровському' } },
];

interface City { key: string; nom: Forms; in: Forms }

/** Cities hit by strikes or seen in mobilisation videos. `in`: "in X" / "в X" / "у X". */
const CITIES: readonly City[] = [
  { key: 'kharkiv', nom: { en: 'Kharkiv', ru: 'Харьков', uk: 'Харків' }, in: { en: 'in Kharkiv', ru: 'в Харькове', uk: 'у Харкові' } },
  { key: 'sumy', nom: { en: 'Sumy', ru: 'Сумы', uk: 'Суми' }, in: { en: 'in Sumy', ru: 'в Сумах', uk: 'у Сумах' } },
  { key: 'zaporizhzhia', nom: { en: 'Zaporizhzhia', ru: 'Запорожье', uk: 'Запоріжжя' }, in: { en: 'in Zaporizhzhia', ru: 'в Запорожье', uk: 'у Запоріжжі' } },
  { key: 'odesa', nom: { en: 'Odesa', ru: 'Одесса', uk: 'Одеса' }, in: { en: 'in Odesa', ru: 'в Одессе', uk: 'в Одесі' } },
  { key: 'dnipro', nom: { en: 'Dnipro', ru: 'Днепр', uk: 'Дніпро' }, in: { en: 'in Dnipro', ru: 'в Днепре', uk: 'у Дніпрі' } },
  { key: 'kryvyi-rih', nom: { en: 'Kryvyi Rih', ru: 'Кривой Рог', uk: 'Кривий Ріг' }, in: { en: 'in Kryvyi Rih', ru: 'в Кривом Роге', uk: 'у Кривому Розі' } },
];

/** Western countries; all feminine in Russian and Ukrainian, so verb agreement holds. */
const COUNTRIES: readonly Forms[] = [
  { en: 'Germany', ru: 'Германия', uk: 'Німеччина' },
  { en: 'France', ru: 'Франция', uk: 'Франція' },
  { en: 'Italy', ru: 'Италия', uk: 'Італія' },
  { en: 'Poland', ru: 'Польша', uk: 'Польща' },
  { en: 'Spain', ru: 'Испания', uk: 'Іспанія' },
];

/** "in <city>" for background stories, per language. */
const BACKGROUND_PLACES: Record<Lang, readonly string[]> = {
  en: ['in London', 'in Warsaw', 'in Berlin', 'in Kyiv', 'in Vilnius'],
  ru: ['в Москве', 'в Петербурге', 'в Казани', 'в Риге', 'в Новосибирске'],
  uk: ['у Києві', 'у Львові', 'в Одесі', 'у Дніпрі', 'в Ужгороді'],
};

/* ------------------------------------------------------------ phrasebooks */

/** h: headlines (web/tv), s: lead sentences, x: follow-up sentences. Slots: {town} {townGen} {dir}
 * {city} {inCity} {country} {n} (5..20) {k} (120..980, step 10) {pct} {bn} {sq} {km} {small} {kusd} (15..95, step 5).
 * Number ranges are chosen so Russian and Ukrainian noun forms after them are always right. */
interface Phrases { h: readonly string[]; s: readonly string[]; x: readonly string[] }
type Book = Record<Stance, Record<Lang, Phrases>>;

interface NarrativeSpec {
  meta: DemoNarrative;
  /** expected documents per weekday; b = days before endDate (DEMO_DAYS..1), t = 0..1 through the window */
  rate: (b: number, t: number) => number;
  /** stance probabilities [SUPPORTS, REFUTES, NEUTRAL] */
  stance: (b: number) => readonly [number, number, number];
  /** whether weekends damp this narrative (coordinated bursts ignore the calendar) */
  weekendDamping?: (b: number) => boolean;
  town?: (rng: Rng, b: number) => Town;
  city?: (rng: Rng, b: number) => City;
  book: Book;
}

const DEFAULT_STANCE = [0.56, 0.29, 0.15] as const;

const bump = (b: number, centre: number, width: number) => Math.exp(-((b - centre) ** 2) / width);

const BURST_PROFILE: Record<number, number> = { 65: 5, 64: 10, 63: 12, 62: 8, 61: 5 };

const townByKey = (key: string): Town => {
  const town = TOWNS.find((t) => t.key === key);
  if (!town) throw new Error(`demo corpus: unknown town ${key}`);
  return town;
};
const cityByKey = (key: string): City => {
  const city = CITIES.find((c) => c.key === key);
  if (!city) throw new Error(`demo corpus: unknown city ${key}`);
  return city;
};

const NARRATIVES: readonly NarrativeSpec[] = [
  {
    meta: {
      slug: 'ukraine-collapse',
      name: 'Ukraine faces imminent collapse',
      description: 'Claims that Ukraine’s army, economy or state is about to break down and that capitulation is only weeks away.',
      keywords: ['collapse', 'capitulation', 'front is crumbling', 'коллапс', 'капитуляция', 'развал фронта', 'колапс', 'капітуляція', 'фронт сиплеться'],
    },
    rate: (b) => 0.45 + 0.5 * bump(b, 57, 20),
    stance: () => DEFAULT_STANCE,
    book: {
      SUPPORTS: {
        en: {
          h: ['Ukraine’s front is on the verge of collapse', 'Kyiv has weeks left, not months'],
          s: [
            'Ukrainian defences on the {dir} axis are falling apart and a full collapse of the front is only a matter of weeks, according to Russian military bloggers.',
            'Western officials privately admit that Ukraine is heading for collapse, with brigades near {town} reportedly down to {pct}% of their strength.',
            '"There is nobody left to hold the line," one commentator claimed, predicting that the Ukrainian army could collapse before winter.',
          ],
          x: [
            'Some units are said to have left their positions without orders.',
            'Talks on capitulation are allegedly already being prepared behind closed doors.',
          ],
        },
        ru: {
          h: ['Фронт ВСУ на грани коллапса', 'Киеву осталось несколько недель'],
          s: [
            'Оборона ВСУ на {dir} направлении рассыпается, до полного коллапса фронта остались считаные недели.',
            'Украинская армия стоит на пороге коллапса: бригады в районе {townGen} укомплектованы не более чем на {pct}%, утверждают военкоры.',
            '«Держать фронт больше некому», — пишет источник канала, уверяя, что капитуляция Киева неизбежна до зимы.',
          ],
          x: [
            'По нашим данным, часть подразделений оставила позиции без приказа.',
            'На Западе уже обсуждают сценарий капитуляции, хотя публично это отрицают.',
          ],
        },
        uk: {
          h: ['Фронт тріщить: колапс ближче, ніж кажуть', 'Про що мовчить Офіс президента'],
          s: [
            'Наші джерела кажуть, що оборона на {dir} напрямку сиплеться і колапс фронту — питання кількох тижнів.',
            'Бригади біля {townGen} укомплектовані лише на {pct}%, а поповнення немає — армія на межі колапсу.',
            '«Тримати фронт нікому», — пишуть військові нашому каналу, і в Києві це чудово розуміють.',
          ],
          x: [
            'Частина підрозділів нібито відійшла без наказу.',
            'Кажуть, що в ОП уже готують сценарії капітуляції.',
          ],
        },
      },
      REFUTES: {
        en: {
          h: ['No, Ukraine’s front is not collapsing', 'Collapse claims recycled again, analysts say'],
          s: [
            'Claims that Ukraine’s front is about to collapse are not supported by battlefield data: Russian gains near {town} amount to roughly {sq} km² over a month.',
            'Ukraine’s General Staff dismissed reports of an imminent collapse as a Kremlin talking point, saying the line on the {dir} axis is holding.',
          ],
          x: [
            'Analysts note that the same collapse has been predicted every season since 2022.',
            '"The pressure is heavy, but there is no collapse," a Ukrainian officer told reporters.',
          ],
        },
        ru: {
          h: ['Очередной «коллапс», которого нет', 'Пропаганда снова хоронит ВСУ'],
          s: [
            'Прокремлёвские каналы в который раз обещают коллапс украинского фронта, однако продвижение армии РФ в районе {townGen} за месяц составило около {sq} км².',
            'Генштаб ВСУ назвал сообщения о скором коллапсе обороны кремлёвской пропагандой и заявил, что линия фронта на {dir} направлении держится.',
          ],
          x: [
            'Аналитики напоминают, что о неминуемом развале ВСУ российское ТВ говорит с 2022 года.',
            '«Давление сильное, но обвала нет», — сказал изданию украинский офицер.',
          ],
        },
        uk: {
          h: ['Колапсу фронту немає: ЦПД спростовує фейк', 'Генштаб: лінія оборони тримається'],
          s: [
            'Центр протидії дезінформації спростував твердження про нібито колапс фронту: за місяць противник просунувся біля {townGen} приблизно на {sq} км².',
            'Генштаб ЗСУ назвав чутки про обвал оборони на {dir} напрямку російським ІПСО і запевнив, що позиції утримуються.',
          ],
          x: [
            'Наратив про «колапс» росіяни повторюють щосезону з 2022 року.',
            '«Тиск величезний, але фронт не сиплеться», — сказав командир одного з батальйонів.',
          ],
        },
      },
      NEUTRAL: {
        en: {
          h: ['How stable is Ukraine’s front line?', 'Front line: heavy pressure near {town}'],
          s: [
            'Fighting remains intense near {town}, where Ukraine reported {n} Russian assaults over the past day.',
            'Military analysts are divided on how long Ukraine can hold positions on the {dir} axis without fresh reserves.',
          ],
          x: ['Neither side’s casualty figures could be independently verified.'],
        },
        ru: {
          h: ['Обстановка на фронте: бои в районе {townGen}'],
          s: [
            'В районе {townGen} продолжаются интенсивные бои, украинская сторона сообщила о {n} штурмах за сутки.',
            'Эксперты расходятся в оценках того, как долго ВСУ смогут удерживать позиции на {dir} направлении без свежих резервов.',
          ],
          x: ['Данные о потерях сторон независимо проверить не удалось.'],
        },
        uk: {
          h: ['Ситуація на фронті: бої біля {townGen}'],
          s: [
            'Біля {townGen} тривають запеклі бої, Генштаб повідомив про {n} штурмів за добу.',
            'Військові аналітики по-різному оцінюють, скільки ЗСУ зможуть утримувати позиції на {dir} напрямку без нових резервів.',
          ],
          x: ['Дані про втрати сторін незалежно перевірити неможливо.'],
        },
      },
    },
  },
  {
    meta: {
      slug: 'russian-advances',
      name: 'Russia makes sweeping advances',
      description: 'Claims that Russian forces are breaking through along the whole front, taking town after town while Ukraine retreats.',
      keywords: ['advance', 'breakthrough', 'captured', 'продвижение', 'прорыв', 'освобождение', 'просування', 'прорив', 'росіяни просунулися'],
    },
    rate: () => 0.8,
    stance: () => DEFAULT_STANCE,
    town: (rng) => pick(rng, TOWNS.filter((t) => t.key !== 'kupiansk')),
    book: {
      SUPPORTS: {
        en: {
          h: ['Russian forces push deeper on the {dir} axis', 'Another breakthrough as the Russian offensive gathers pace'],
          s: [
            'The Russian Defence Ministry said its troops had advanced {km} km near {town} and captured several strongholds.',
            'Russian units have broken through Ukrainian lines on the {dir} axis and are advancing faster than at any time this year, pro-Kremlin outlets claim.',
            '"The advance is now measured in kilometres a day," a Russian war correspondent wrote, describing fighting on the outskirts of {town}.',
          ],
          x: [
            'According to the ministry, Ukraine lost up to {k} servicemen in the area over the past day.',
            'The breakthrough allegedly opens the road to the next line of Ukrainian defences.',
          ],
        },
        ru: {
          h: ['ВС РФ продвигаются на {dir} направлении', 'Прорыв в районе {townGen}'],
          s: [
            'Минобороны России сообщило о продвижении на {km} км в районе {townGen} и взятии нескольких опорных пунктов.',
            'Наши штурмовые группы совершили прорыв обороны противника на {dir} направлении, продвижение идёт рекордными темпами.',
            '«Счёт уже идёт на километры в сутки», — пишет военкор, описывая бои на окраинах {townGen}.',
          ],
          x: [
            'Потери ВСУ за сутки, по данным ведомства, составили до {k} военнослужащих.',
            'Этот прорыв открывает дорогу к следующему рубежу обороны ВСУ.',
          ],
        },
        uk: {
          h: ['Росіяни прорвали оборону — що приховують у Генштабі', 'Просування біля {townGen}: те, чого не покажуть у телемарафоні'],
          s: [
            'За нашою інформацією, росіяни просунулися на {km} км біля {townGen}, а у зведеннях Генштабу про це ані слова.',
            'На {dir} напрямку фактично стався прорив: підрозділи відходять, щоб не потрапити в оточення.',
            '«Вони йдуть по кілометру на день», — пише військовий нашому каналу про бої на околицях {townGen}.',
          ],
          x: [
            'Офіційно це назвуть «тактичним відходом на вигідніші позиції».',
            'Кажуть, що поповнення до бригади так і не доїхало.',
          ],
        },
      },
      REFUTES: {
        en: {
          h: ['Kyiv denies Russian claims of a breakthrough near {town}', 'Mapping the "sweeping advance": the numbers are small'],
          s: [
            'Kyiv denied Russian claims of a breakthrough near {town}, saying its troops had repelled {n} assaults and still hold the area.',
            'Open-source mapping shows Russian gains on the {dir} axis of only about {sq} km² in a month, far from the sweeping advance described on state TV.',
          ],
          x: [
            'Geolocated footage places the Russian flag-raising video several kilometres behind the claimed front line.',
            '"Flag photos are not control of territory," Ukraine’s General Staff said.',
          ],
        },
        ru: {
          h: ['«Стремительное наступление», которого не видно на картах'],
          s: [
            'OSINT-картографы фиксируют продвижение армии РФ на {dir} направлении лишь на {sq} км² за месяц — это далеко от «прорыва», о котором говорит госТВ.',
            'Генштаб ВСУ опроверг заявления Минобороны РФ о прорыве в районе {townGen}, сообщив об отражении {n} атак.',
          ],
          x: [
            'Видео с флагом, по данным геолокации, снято в нескольких километрах от заявленной линии фронта.',
            'Независимые эксперты называют темпы наступления медленными и дорогостоящими.',
          ],
        },
        uk: {
          h: ['Генштаб спростував «прорив» біля {townGen}', 'Російський «прапорець» — не контроль території'],
          s: [
            'Генштаб спростував заяви міноборони РФ про прорив біля {townGen}: за добу там відбили {n} атак, позиції утримуються.',
            'За даними OSINT-аналітиків, за місяць росіяни просунулися на {dir} напрямку лише на {sq} км².',
          ],
          x: [
            'Відео з прапором, як з’ясувалося, зняли за кілька кілометрів від лінії фронту.',
            '«Фото з прапором — це ще не контроль над територією», — наголосили у Генштабі.',
          ],
        },
      },
      NEUTRAL: {
        en: {
          h: ['Fighting intensifies on the {dir} axis'],
          s: [
            'Both sides reported heavy fighting on the {dir} axis, with Russia claiming gains near {town} that Ukraine disputes.',
            'Russian forces have made incremental progress around {town} this week, according to independent analysts who track geolocated footage.',
          ],
          x: ['The claims could not be independently confirmed.', 'Civilians are still being evacuated from nearby villages.'],
        },
        ru: {
          h: ['Бои на {dir} направлении усилились'],
          s: [
            'Обе стороны сообщают о тяжёлых боях на {dir} направлении; Россия заявляет о продвижении в районе {townGen}, Украина это оспаривает.',
            'По данным независимых аналитиков, на этой неделе армия РФ незначительно продвинулась в районе {townGen}.',
          ],
          x: ['Независимо подтвердить эти данные не удалось.', 'Эвакуация мирных жителей из прилегающих сёл продолжается.'],
        },
        uk: {
          h: ['Бої на {dir} напрямку посилилися'],
          s: [
            'Обидві сторони повідомляють про важкі бої на {dir} напрямку; РФ заявляє про просування біля {townGen}, в Україні це заперечують.',
            'Незалежні аналітики фіксують незначне просування російських військ біля {townGen} протягом тижня.',
          ],
          x: ['Незалежно підтвердити ці дані не вдалося.', 'Евакуація цивільних із навколишніх сіл триває.'],
        },
      },
    },
  },
  {
    meta: {
      slug: 'kupiansk-captured',
      name: 'Kupiansk has fallen',
      description: 'A short, coordinated burst of claims that Russian forces have fully captured Kupiansk, pushed across Telegram and state TV at the same time.',
      parentSlug: 'russian-advances',
      keywords: ['Kupiansk', 'Kupiansk captured', 'Купянск', 'освобождение Купянска', 'Куп’янськ', 'падіння Куп’янська'],
    },
    rate: (b) => {
      const burst = BURST_PROFILE[b];
      if (burst !== undefined) return burst;
      if (b >= 66 && b <= 70) return 0.3; // rumours before
      if (b >= 55 && b <= 60) return 0.6; // denials and echoes after
      return 0.04;
    },
    stance: (b) => {
      if (b >= 64 && b <= 65) return [0.85, 0.08, 0.07];
      if (b === 63) return [0.65, 0.22, 0.13];
      if (b >= 61 && b <= 62) return [0.5, 0.35, 0.15];
      if (b < 61) return [0.35, 0.45, 0.2];
      return [0.7, 0.1, 0.2];
    },
    weekendDamping: (b) => BURST_PROFILE[b] === undefined,
    town: () => townByKey('kupiansk'),
    book: {
      SUPPORTS: {
        en: {
          h: ['Kupiansk captured, Russian Defence Ministry says', 'Russian flag raised over Kupiansk'],
          s: [
            'The Russian Defence Ministry said Kupiansk had been fully captured and that the remaining Ukrainian units were cut off on the eastern bank of the Oskil.',
            'Russian state TV aired footage of soldiers raising a flag in central Kupiansk, calling the town’s capture a turning point.',
            '"Kupiansk is ours," a Russian commander declared in a video, promising that mopping-up operations would end within days.',
          ],
          x: [
            'Up to {k} Ukrainian soldiers are said to be trapped in the area.',
            'The chief of the Russian General Staff reportedly briefed the Kremlin on the operation.',
          ],
        },
        ru: {
          h: ['Купянск освобождён', 'Над Купянском поднят российский флаг'],
          s: [
            'Минобороны России объявило о полном освобождении Купянска; остатки ВСУ блокированы на левом берегу Оскола.',
            'Штурмовики подняли флаг в центре Купянска, зачистка города завершается, сообщают военкоры.',
            '«Купянск наш», — заявил в видеообращении командир подразделения, пообещав закончить зачистку за несколько дней.',
          ],
          x: [
            'В окружении, по данным источников, могут находиться до {k} военнослужащих ВСУ.',
            '«Всё идёт по плану», — заявил Песков, комментируя новости из Купянска.',
          ],
        },
        uk: {
          h: ['Куп’янськ: те, що приховують'],
          s: [
            'Наші джерела підтверджують: Куп’янськ фактично втрачено, а в штабі досі звітують про «утримання позицій».',
            'Росіяни виклали відео з прапором у центрі Куп’янська, і спростувати його поки ніхто не зміг.',
          ],
          x: ['В оточенні, кажуть, можуть бути до {k} наших військових.', 'Чому про падіння Куп’янська мовчать офіційні канали?'],
        },
      },
      REFUTES: {
        en: {
          h: ['Ukraine denies fall of Kupiansk', 'Kupiansk flag video was filmed on the outskirts, analysts find'],
          s: [
            'Kyiv denied that Kupiansk had fallen, saying Ukrainian troops still control the town and had wiped out a Russian infiltration group.',
            'Geolocation shows the flag-raising video was filmed on the northern outskirts of Kupiansk, not in the centre as Russian channels claimed.',
            'According to Syrskyi, small Russian groups entered Kupiansk but were destroyed, and talk of the town’s capture is "pure propaganda".',
          ],
          x: [
            'It is not the first time Moscow has announced the capture of a town prematurely.',
            'Researchers counted dozens of near-identical posts pushing the claim within a single hour.',
          ],
        },
        ru: {
          h: ['ВСУ опровергли взятие Купянска'],
          s: [
            'Генштаб ВСУ опроверг сообщения о взятии Купянска: по его данным, город контролируют украинские войска, а диверсионная группа уничтожена.',
            'Геолокация показала, что видео с флагом снято на северной окраине Купянска, а не в центре, как утверждали Z-каналы.',
          ],
          x: [
            'Минобороны РФ уже не в первый раз объявляет о взятии населённого пункта раньше времени.',
            'Исследователи насчитали десятки почти одинаковых постов с этим утверждением, опубликованных в течение часа.',
          ],
        },
        uk: {
          h: ['Генштаб спростував захоплення Куп’янська', 'Фейк про Куп’янськ: відео з прапором зняли на околиці'],
          s: [
            'Генштаб спростував заяви про захоплення Куп’янська: місто під контролем ЗСУ, а диверсійну групу знищено.',
            'За словами Сирського, окремі російські групи проникли до Куп’янська, але були знищені, тож розмови про «взяття міста» — пропаганда.',
            'Аналітики геолокували відео з прапором: його зняли на північній околиці Куп’янська, а не в центрі.',
          ],
          x: [
            'Однакові дописи про «падіння Куп’янська» з’явилися в десятках каналів майже одночасно.',
            'Росія вже не вперше «бере» місто в ефірі раніше, ніж на полі бою.',
          ],
        },
      },
      NEUTRAL: {
        en: {
          h: ['Conflicting claims over control of Kupiansk'],
          s: [
            'Russia and Ukraine gave conflicting accounts of the situation in Kupiansk, where street fighting has been reported for several days.',
            'The situation in Kupiansk remains unclear after Moscow claimed the town’s capture and Kyiv denied it.',
          ],
          x: ['Independent journalists have no access to the area.'],
        },
        ru: {
          h: ['Противоречивые данные о ситуации в Купянске'],
          s: [
            'Россия и Украина дают противоположные оценки ситуации в Купянске, где уже несколько дней сообщается об уличных боях.',
            'Обстановка в Купянске остаётся неясной: Москва заявила о взятии города, Киев это отрицает.',
          ],
          x: ['Доступа в район у независимых журналистов нет.'],
        },
        uk: {
          h: ['Суперечливі дані щодо ситуації в Куп’янську'],
          s: [
            'Сторони подають протилежні дані про ситуацію в Куп’янську, де вже кілька днів тривають вуличні бої.',
            'Ситуація в Куп’янську залишається непевною: Москва заявила про захоплення міста, Київ це заперечує.',
          ],
          x: ['Незалежні журналісти не мають доступу до району.'],
        },
      },
    },
  },
  {
    meta: {
      slug: 'west-abandons-ukraine',
      name: 'The West is abandoning Ukraine',
      description: 'Claims that Ukraine’s allies are tired of the war, are cutting aid and will soon push Kyiv into concessions.',
      keywords: ['abandoning', 'Ukraine fatigue', 'cut aid', 'бросает', 'усталость от Украины', 'урезать помощь', 'кидає', 'втома від України', 'скоротити допомогу'],
    },
    rate: () => 0.42,
    stance: () => DEFAULT_STANCE,
    book: {
      SUPPORTS: {
        en: {
          h: ['Europe quietly turns its back on Kyiv', '{country} signals the end of blank cheques for Ukraine'],
          s: [
            '{country} is preparing to cut aid to Ukraine, a sign that the West is abandoning Kyiv, pro-Kremlin commentators argue.',
            'Ukraine fatigue has reached Western capitals and Kyiv’s backers are looking for a way out, the site claims.',
            'Ukraine’s allies have delivered only {pct}% of the air defence systems they promised, which commentators present as proof that Kyiv is being abandoned.',
          ],
          x: [
            'Commentators predict that aid will dry up entirely by spring.',
            'Moscow, they say, can simply wait until the West loses interest.',
          ],
        },
        ru: {
          h: ['Запад сливает Украину', '{country} закрывает кошелёк для Киева'],
          s: [
            '{country} готовится урезать помощь Киеву — Запад бросает Украину, как мы и предупреждали.',
            'Усталость от Украины в западных столицах уже не скрыть, Киев подталкивают к переговорам на условиях Москвы.',
            'Союзники поставили Киеву лишь {pct}% обещанных систем ПВО, и это, по мнению экспертов канала, говорит само за себя.',
          ],
          x: [
            '«Запад никогда не воевал за Украину, он воевал Украиной», — пишет автор канала.',
            'Захарова заявила, что Киев рано или поздно останется один на один со своими проблемами.',
          ],
        },
        uk: {
          h: ['Партнери втомилися від нас — і вже цього не приховують'],
          s: [
            '{country} готується скоротити допомогу — Захід поступово кидає Україну, а нам розповідають про «непохитну підтримку».',
            'Втома від України на Заході вже очевидна: нас підштовхують до переговорів на чужих умовах.',
            'Партнери передали лише {pct}% обіцяних систем ППО — робіть висновки самі.',
          ],
          x: ['Наступного року допомоги може не бути зовсім, пишуть наші джерела.'],
        },
      },
      REFUTES: {
        en: {
          h: ['Aid figures contradict the "abandonment" story', '{country} reaffirms support for Ukraine'],
          s: [
            '{country} approved a new aid package worth {bn} billion euros this week, undercutting claims that the West is abandoning Ukraine.',
            'Fact-checkers found that a viral post about {country} halting weapons deliveries misquoted a parliamentary debate.',
          ],
          x: [
            'Aid trackers show European commitments rising year on year.',
            '"Our support does not depend on the news cycle," a government spokesperson said.',
          ],
        },
        ru: {
          h: ['Данные о помощи опровергают тезис о «брошенной Украине»'],
          s: [
            '{country} одобрила новый пакет помощи Украине на {bn} млрд евро, что противоречит тезису о том, что Запад бросает Киев.',
            'Вирусный пост о прекращении поставок оружия оказался искажённой цитатой из парламентских дебатов.',
          ],
          x: ['Мониторинги помощи фиксируют рост европейских обязательств из года в год.'],
        },
        uk: {
          h: ['Партнери не відмовляються від України: що показують цифри', 'ЦПД: фейк про припинення постачань зброї'],
          s: [
            '{country} схвалила новий пакет допомоги Україні на {bn} млрд євро — це спростовує тезу про те, що Захід кидає Київ.',
            'Центр протидії дезінформації спростував фейк про нібито припинення постачань зброї: допис перекрутив слова з парламентських дебатів.',
          ],
          x: ['«Наша підтримка не залежить від настроїв», — наголосили в уряді країни-партнера.'],
        },
      },
      NEUTRAL: {
        en: {
          h: ['Allies debate next year’s aid for Ukraine'],
          s: [
            'Lawmakers in {country} are debating the size of next year’s military aid to Ukraine amid budget pressure.',
            'European defence ministers meet this week to discuss ammunition deliveries to Ukraine.',
          ],
          x: ['A decision is expected before the end of the month.'],
        },
        ru: {
          h: ['Союзники спорят о помощи Украине на следующий год'],
          s: [
            '{country} обсуждает объём военной помощи Украине на следующий год на фоне бюджетных ограничений.',
            'Министры обороны стран ЕС на этой неделе обсудят поставки боеприпасов Украине.',
          ],
          x: ['Решение ожидается до конца месяца.'],
        },
        uk: {
          h: ['Союзники обговорюють допомогу Україні на наступний рік'],
          s: [
            '{country} обговорює обсяг військової допомоги Україні на наступний рік на тлі бюджетних обмежень.',
            'Міністри оборони країн ЄС цього тижня обговорять постачання боєприпасів Україні.',
          ],
          x: ['Рішення очікують до кінця місяця.'],
        },
      },
    },
  },
  {
    meta: {
      slug: 'kyiv-illegitimate',
      name: 'Kyiv’s leadership is illegitimate',
      description: 'Claims that Ukraine’s president and government lost their mandate when wartime elections were postponed, so anything they sign would be void.',
      keywords: ['illegitimate', 'legitimacy', 'mandate has expired', 'нелегитимный', 'легитимность', 'полномочия истекли', 'нелегітимна влада', 'легітимність', 'мандат закінчився'],
    },
    rate: (_b, t) => 0.05 + 1.25 * t ** 1.7,
    stance: () => [0.62, 0.25, 0.13],
    book: {
      SUPPORTS: {
        en: {
          h: ['Who actually runs Ukraine?', 'Kyiv’s mandate has expired, commentators claim'],
          s: [
            'Zelensky’s mandate has expired and any agreement he signs would be legally void, Russian officials insist.',
            'Kyiv’s leadership is illegitimate without elections, a guest on Russian state TV argued, calling the government a "regime of decrees".',
            'More and more Western voices are questioning the legitimacy of Ukraine’s leadership, pro-Kremlin sites claim, citing unnamed diplomats.',
          ],
          x: [
            'Peskov said Moscow needs to know who exactly has the right to sign any document.',
            'Critics of Kyiv say only new elections could restore its legitimacy.',
          ],
        },
        ru: {
          h: ['Зеленский нелегитимен: кто подпишет мир за Киев?', 'Полномочия истекли, власть осталась'],
          s: [
            'Полномочия Зеленского истекли, а значит, любые подписанные им документы юридически ничтожны, настаивают в Москве.',
            '«Нелегитимный режим в Киеве держится только на военном положении», — заявил в эфире ведущий.',
            'Всё больше западных политиков ставят под сомнение легитимность киевской власти, сообщают источники.',
          ],
          x: [
            'Песков заявил, что Москве важно понимать, кто именно имеет право подписывать документы.',
            'По мнению экспертов, вернуть власти легитимность могут только выборы.',
          ],
        },
        uk: {
          h: ['Мандат закінчився — а влада залишилася', 'Хто насправді керує країною?'],
          s: [
            'Повноваження президента давно закінчилися, а влада тримається лише на воєнному стані — питання легітимності вже ставлять і партнери.',
            '«Нелегітимна влада не має права вирішувати долю країни», — пишуть нам підписники.',
            'Ніхто не обирав людей, які сьогодні ухвалюють рішення в ОП, тож про легітимність тут говорити смішно.',
          ],
          x: ['Вибори не проводять, бо бояться їх програти, вважають наші джерела.'],
        },
      },
      REFUTES: {
        en: {
          h: ['Fact check: is Zelensky’s presidency illegitimate?', 'Why Ukraine cannot hold elections under martial law'],
          s: [
            'Ukraine’s constitution and election law bar votes under martial law, so the president’s powers continue until a successor is elected, legal scholars explain.',
            'The Kremlin’s argument that Kyiv’s leadership is illegitimate is a pretext to avoid negotiations, Ukraine’s Foreign Ministry said.',
          ],
          x: ['Polls show that most Ukrainians oppose holding elections during the war.'],
        },
        ru: {
          h: ['Разбор: почему тезис о «нелегитимности» Зеленского ложный'],
          s: [
            'Украинское законодательство запрещает выборы в период военного положения, поэтому полномочия президента сохраняются до избрания преемника, объясняют юристы.',
            'МИД Украины назвал кремлёвские заявления о нелегитимности власти предлогом для срыва переговоров.',
          ],
          x: ['По опросам, большинство украинцев против выборов во время войны.'],
        },
        uk: {
          h: ['Спростування: чому розмови про «нелегітимність» влади — маніпуляція'],
          s: [
            'Конституція та виборче законодавство забороняють вибори під час воєнного стану, тож повноваження президента тривають до обрання наступника, пояснюють юристи.',
            'Центр протидії дезінформації назвав тезу про нелегітимність української влади спробою Кремля зірвати переговори.',
          ],
          x: ['Більшість українців, за даними опитувань, проти виборів під час війни.'],
        },
      },
      NEUTRAL: {
        en: {
          h: ['Debate over post-war elections resurfaces in Kyiv'],
          s: [
            'Ukrainian lawmakers discussed how post-war elections could be organised, including voting for soldiers and refugees.',
            'Moscow again raised questions about the legitimacy of Ukraine’s leadership, while Kyiv said the matter is settled by law.',
          ],
          x: ['No date for elections has been set.'],
        },
        ru: {
          h: ['В Киеве вновь обсуждают послевоенные выборы'],
          s: [
            'Депутаты Верховной рады обсудили, как можно организовать послевоенные выборы, включая голосование военных и беженцев.',
            'Москва вновь подняла вопрос о легитимности украинского руководства, Киев заявил, что вопрос урегулирован законом.',
          ],
          x: ['Дата выборов не определена.'],
        },
        uk: {
          h: ['У Раді знову обговорюють повоєнні вибори'],
          s: [
            'Народні депутати обговорили, як можна організувати повоєнні вибори, зокрема голосування військових і біженців.',
            'Москва знову порушила питання легітимності українського керівництва, у Києві наголосили, що це врегульовано законом.',
          ],
          x: ['Дату виборів не визначено.'],
        },
      },
    },
  },
  {
    meta: {
      slug: 'aid-stolen',
      name: 'Western aid is stolen',
      description: 'Claims that Western money and equipment sent to Ukraine is embezzled by officials and never reaches the front.',
      keywords: ['stolen', 'embezzled', 'corruption', 'разворовывают', 'присвоили', 'коррупция', 'розкрадають', 'корупція', 'мільярди'],
    },
    rate: () => 0.34,
    stance: () => DEFAULT_STANCE,
    book: {
      SUPPORTS: {
        en: {
          h: ['Where did the billions go?', 'Ukrainian officials accused of pocketing Western aid'],
          s: [
            'Up to {pct}% of Western aid to Ukraine is stolen before it reaches the front, pro-Kremlin outlets claim, citing an unnamed auditor.',
            'Ukrainian officials have embezzled {bn} billion dollars of Western money and bought villas abroad, a Russian TV host alleged.',
            '"Every package is a feast for Kyiv’s corruption," a Russian commentator wrote, repeating claims that aid is stolen on a grand scale.',
          ],
          x: [
            'Western taxpayers, the report says, are never told where the money goes.',
            'The claim was shared by dozens of channels within hours.',
          ],
        },
        ru: {
          h: ['Куда ушли миллиарды?', 'Западную помощь разворовывают в Киеве'],
          s: [
            'До {pct}% западной помощи Украине разворовывают ещё до фронта, утверждает источник в аудиторских кругах.',
            'Украинские чиновники присвоили {bn} млрд долларов западных денег и скупают виллы за границей, заявил ведущий программы.',
            '«Каждый транш — праздник для киевской коррупции», — пишет автор канала.',
          ],
          x: [
            'Западным налогоплательщикам, разумеется, об этом не рассказывают.',
            'Коррупция на Украине давно стала системой, уверены эксперты.',
          ],
        },
        uk: {
          h: ['Куди поділися мільярди?'],
          s: [
            'До {pct}% допомоги партнерів розкрадають ще до того, як вона доходить до фронту, пишуть наші джерела.',
            'Поки хлопці на {dir} напрямку без дронів, чиновники купують нерухомість за кордоном — корупція нікуди не зникла.',
          ],
          x: ['Про це мовчать, бо бояться втратити транші.'],
        },
      },
      REFUTES: {
        en: {
          h: ['No evidence of mass aid theft, auditors say', 'Viral "aid villa" story traced to a fake website'],
          s: [
            'Western inspectors found no evidence that significant amounts of military aid to Ukraine were diverted, contradicting claims that aid is stolen.',
            'A story about Ukrainian officials buying villas with aid money was traced to a fake website imitating a Western news outlet, fact-checkers said.',
          ],
          x: ['Ukraine’s anti-corruption bureau has opened cases against individual officials, which investigators say shows that oversight works.'],
        },
        ru: {
          h: ['Проверки не нашли массового хищения помощи'],
          s: [
            'Западные аудиторы не обнаружили доказательств масштабного хищения военной помощи Украине.',
            'История о виллах украинских чиновников, купленных на деньги помощи, восходит к фейковому сайту, имитирующему западное СМИ, выяснили фактчекеры.',
          ],
          x: ['НАБУ расследует отдельные случаи коррупции, что, по словам экспертов, говорит о работе контроля.'],
        },
        uk: {
          h: ['Фейк про «віллу за гроші допомоги» поширювали через підроблений сайт'],
          s: [
            'Західні аудитори не знайшли доказів масштабного розкрадання військової допомоги, наголошують у Міноборони.',
            'Історія про чиновників, які нібито купили вілли за гроші партнерів, походить із підробленого сайту, що імітує західне медіа, — з’ясували фактчекери.',
          ],
          x: ['НАБУ розслідує окремі випадки корупції — і це свідчить, що контроль працює.'],
        },
      },
      NEUTRAL: {
        en: {
          h: ['Ukraine tightens controls on aid spending'],
          s: [
            'Ukraine and its partners agreed on new tracking rules for donated equipment, including serial-number audits at the front.',
            'The anti-corruption bureau said it had opened {n} new cases related to defence procurement this quarter.',
          ],
          x: ['Partners describe the audits as routine.'],
        },
        ru: {
          h: ['Украина ужесточает контроль за расходованием помощи'],
          s: [
            'Украина и партнёры согласовали новые правила учёта переданной техники, включая сверку серийных номеров.',
            'НАБУ сообщило о {n} новых делах, связанных с оборонными закупками, за квартал.',
          ],
          x: ['Партнёры называют проверки плановыми.'],
        },
        uk: {
          h: ['Україна посилює контроль за витрачанням допомоги'],
          s: [
            'Україна та партнери погодили нові правила обліку переданої техніки, зокрема звірку серійних номерів.',
            'НАБУ повідомило про {n} нових справ щодо оборонних закупівель за квартал.',
          ],
          x: ['Партнери називають перевірки плановими.'],
        },
      },
    },
  },
  {
    meta: {
      slug: 'aid-weapons-resold',
      name: 'Donated weapons are resold on the black market',
      description: 'Claims that weapons given to Ukraine turn up for sale on the dark web or in the hands of criminals abroad.',
      parentSlug: 'aid-stolen',
      keywords: ['black market', 'dark web', 'resold', 'чёрный рынок', 'чёрному рынку', 'даркнет', 'чорний ринок', 'чорному ринку', 'даркнеті'],
    },
    rate: () => 0.17,
    stance: () => [0.55, 0.33, 0.12],
    book: {
      SUPPORTS: {
        en: {
          h: ['Western weapons on sale on the dark web, report claims'],
          s: [
            'Javelin missiles supplied to Ukraine are being resold on the dark web for {kusd} thousand dollars each, a Russian channel claimed, sharing screenshots.',
            'Western weapons given to Kyiv end up on the black market and with criminal gangs in Europe, Russian state TV reported.',
          ],
          x: ['According to the report, buyers in Africa and the Middle East are among the customers.'],
        },
        ru: {
          h: ['Западное оружие всплыло в даркнете'],
          s: [
            'Переданные Киеву Javelin продают в даркнете по {kusd} тысяч долларов за штуку, утверждает канал, публикуя скриншоты.',
            'Западное оружие с Украины расходится по чёрному рынку и оказывается у преступных группировок в Европе, сообщил телеканал.',
          ],
          x: ['Среди покупателей, по данным источника, — группировки в Африке и на Ближнем Востоке.'],
        },
        uk: {
          h: ['Зброя партнерів на чорному ринку?'],
          s: [
            'Кажуть, що частину західної зброї вже продають через даркнет, а на фронті її бракує.',
            'Наші джерела пишуть, що переданими партнерами гранатометами торгують на чорному ринку в прифронтових областях.',
          ],
          x: ['Хто за цим стоїть — офіційно ніхто не пояснює.'],
        },
      },
      REFUTES: {
        en: {
          h: ['Dark web "Javelin sale" screenshots are fabricated'],
          s: [
            'Fact-checkers found that dark web listings offering Javelins were fabricated, using photos taken from an arms fair catalogue.',
            'European law enforcement officials said they had seen no significant flow of weapons from Ukraine to the black market.',
          ],
          x: ['The screenshots first appeared on a channel linked to earlier disinformation campaigns.'],
        },
        ru: {
          h: ['Скриншоты о продаже Javelin в даркнете оказались фальшивкой'],
          s: [
            'Фактчекеры установили, что объявления о продаже Javelin в даркнете сфабрикованы: фото взяты из каталога оружейной выставки.',
            'Европейские правоохранители заявили, что не фиксируют заметного потока оружия с Украины на чёрный рынок.',
          ],
          x: ['Скриншоты впервые появились в канале, ранее замеченном в распространении дезинформации.'],
        },
        uk: {
          h: ['ЦПД: «продаж Javelin у даркнеті» — фейк'],
          s: [
            'Центр протидії дезінформації спростував фейк про продаж Javelin у даркнеті: фото взяли з каталогу збройової виставки.',
            'Європейські правоохоронці не фіксують помітного витоку зброї з України на чорний ринок.',
          ],
          x: ['Скриншоти вперше з’явилися в каналі, який раніше поширював дезінформацію.'],
        },
      },
      NEUTRAL: {
        en: {
          h: ['How donated weapons are tracked in Ukraine'],
          s: [
            'Ukraine has given partner inspectors access to {n} storage sites to verify stocks of donated weapons.',
            'A parliamentary committee in {country} asked for a briefing on end-use monitoring of arms sent to Ukraine.',
          ],
          x: ['Officials said no irregularities had been reported so far.'],
        },
        ru: {
          h: ['Как отслеживают переданное Украине оружие'],
          s: [
            'Украина открыла инспекторам партнёров доступ к {n} складам для проверки переданного оружия.',
            'Депутаты Европарламента запросили брифинг о контроле за конечным использованием оружия, переданного Украине.',
          ],
          x: ['Нарушений пока не выявлено, сообщили официальные лица.'],
        },
        uk: {
          h: ['Як відстежують передану Україні зброю'],
          s: [
            'Україна надала інспекторам партнерів доступ до {n} складів для перевірки переданої зброї.',
            'Депутати Європарламенту запросили брифінг щодо контролю за кінцевим використанням зброї, переданої Україні.',
          ],
          x: ['Порушень поки не виявлено, повідомили посадовці.'],
        },
      },
    },
  },
  {
    meta: {
      slug: 'staged-atrocities',
      name: 'Atrocities are staged provocations',
      description: 'Claims that evidence of strikes on civilians and of war crimes is fabricated by Ukraine with actors, props or old footage.',
      keywords: ['staged', 'provocation', 'crisis actors', 'постановка', 'провокация', 'инсценировка', 'постановку', 'провокація', 'інсценізація'],
    },
    rate: (b) => 0.28 + 1.9 * bump(b, 32, 3),
    stance: (b) => (Math.abs(b - 32) <= 3 ? [0.5, 0.38, 0.12] : [0.45, 0.4, 0.15]),
    city: (rng, b) => (Math.abs(b - 32) <= 3 && rng() < 0.85 ? cityByKey('sumy') : pick(rng, CITIES)),
    book: {
      SUPPORTS: {
        en: {
          h: ['"Staged" footage from {city} exposed, Russian channels claim', 'Another provocation prepared by Kyiv?'],
          s: [
            'The footage of the strike {inCity} was staged with actors and fake blood, Russian channels claim, pointing to a "victim" who allegedly appears in an older video.',
            'The Russian Defence Ministry said it does not strike civilian targets and called the images from {city} a provocation staged for Western audiences.',
            '"Same actors, new city," a pro-Kremlin blogger wrote about the videos {inCity}.',
          ],
          x: ['Such provocations, the blogger added, are always timed to coincide with Western summits.'],
        },
        ru: {
          h: ['Очередная постановка {inCity}?', 'Инсценировка для западных СМИ'],
          s: [
            'Кадры удара {inCity} — постановка с актёрами и бутафорской кровью, а «пострадавшая» уже появлялась в старом видео, утверждают каналы.',
            'В Минобороны России заявили, что не наносят ударов по гражданским объектам, и назвали опубликованные кадры провокацией для западной аудитории.',
            '«Те же актёры, новый город», — пишет военкор о видео {inCity}.',
          ],
          x: ['Такие провокации традиционно приурочивают к западным саммитам, напоминает автор.'],
        },
        uk: {
          h: ['Чи не постановка?'],
          s: [
            'Користувачі помітили, що «постраждала» з відео {inCity} фігурує і в старому ролику — дуже схоже на інсценізацію.',
            'Такі кадри завжди з’являються перед самітами партнерів — збіг чи провокація?',
          ],
          x: ['Ми нічого не стверджуємо, ми лише ставимо питання.'],
        },
      },
      REFUTES: {
        en: {
          h: ['Fact check: the {city} strike video is authentic', 'No, the victims {inCity} were not "crisis actors"'],
          s: [
            'Fact-checkers found the strike video {inCity} was real: geolocation, shadows and metadata match the time of the attack, and the "actor" comparison shows a different woman.',
            'Claims that the images {inCity} were staged are false, according to Ukraine’s Centre for Countering Disinformation, which published hospital records of the injured.',
            'Independent journalists who reached the site {inCity} confirmed the damage and spoke to relatives of those killed.',
          ],
          x: ['The "staged" version appeared within an hour of the strike, before anyone could have analysed the footage.'],
        },
        ru: {
          h: ['Разбор: видео удара {inCity} подлинное'],
          s: [
            'Фактчекеры установили, что видео удара {inCity} подлинное: геолокация, тени и метаданные совпадают со временем атаки.',
            'Журналисты, побывавшие на месте удара {inCity}, подтвердили разрушения и поговорили с родственниками погибших.',
          ],
          x: ['Версия о «постановке» появилась через час после удара, ещё до какого-либо анализа кадров.'],
        },
        uk: {
          h: ['Фейк про «постановку» удару {inCity}', 'ЦПД спростував вигадки про «акторів»'],
          s: [
            'Центр протидії дезінформації спростував твердження про «постановку» {inCity}: оприлюднено дані лікарень про поранених.',
            'Фактчекери з’ясували, що відео удару {inCity} справжнє: геолокація і метадані збігаються з часом атаки, а «акторка» з порівняння — інша жінка.',
          ],
          x: ['Версія про «інсценізацію» з’явилася за годину після удару, ще до будь-якого аналізу кадрів.'],
        },
      },
      NEUTRAL: {
        en: {
          h: ['Casualties reported after strike {inCity}'],
          s: [
            'Local authorities reported {n} people injured after a missile strike {inCity}; Russia denied targeting civilians.',
            'Prosecutors opened an investigation into the strike {inCity} and began collecting evidence.',
          ],
          x: ['Rescue work continued into the night.'],
        },
        ru: {
          h: ['Удар {inCity}: есть пострадавшие'],
          s: [
            'Местные власти сообщили о {n} пострадавших после ракетного удара {inCity}; Россия отрицает удары по мирным жителям.',
            'Прокуратура начала расследование удара {inCity} и собирает доказательства.',
          ],
          x: ['Спасательные работы продолжались до ночи.'],
        },
        uk: {
          h: ['Удар {inCity}: є постраждалі'],
          s: [
            'Місцева влада повідомила про {n} постраждалих унаслідок ракетного удару {inCity}.',
            'Прокуратура розпочала розслідування удару {inCity} і збирає докази.',
          ],
          x: ['Рятувальні роботи тривали до ночі.'],
        },
      },
    },
  },
  {
    meta: {
      slug: 'sanctions-backfire',
      name: 'Sanctions hurt Europe more than Russia',
      description: 'Claims that Western sanctions have failed against Russia while wrecking Europe’s industry and household budgets.',
      keywords: ['sanctions', 'backfire', 'deindustrialisation', 'санкции', 'санкций', 'деиндустриализация', 'санкції', 'санкцій', 'деіндустріалізація'],
    },
    rate: (_b, t) => 0.04 + 1.15 * Math.exp(-t * 4.2),
    stance: () => [0.55, 0.25, 0.2],
    book: {
      SUPPORTS: {
        en: {
          h: ['Sanctions boomerang: Europe pays the price', 'Industry in {country} buckles under sanctions'],
          s: [
            'Sanctions have backfired on Europe: energy-hungry plants in {country} are closing while Russia’s economy keeps growing, pro-Kremlin sites argue.',
            'European households pay {pct}% more for heating because of sanctions that barely touch Russia, a Russian TV host claimed.',
          ],
          x: ['"Europe has sanctioned itself," a commentator concluded.', 'Deindustrialisation, the report says, can no longer be reversed.'],
        },
        ru: {
          h: ['Санкционный бумеранг бьёт по Европе'],
          s: [
            'Санкции ударили по самой Европе: {country} теряет промышленность, а российская экономика растёт, констатируют эксперты.',
            'Европейцы платят за отопление на {pct}% больше из-за санкций, которые России почти не вредят, заявил ведущий.',
          ],
          x: ['«Европа ввела санкции против самой себя», — резюмирует автор.', 'Деиндустриализация Европы, по его словам, уже необратима.'],
        },
        uk: {
          h: ['Санкції б’ють по Європі сильніше, ніж по Росії?'],
          s: [
            'Поки Європа платить за газ на {pct}% більше, російська економіка, кажуть, тільки зростає — санкції не працюють.',
            '{country} втрачає заводи через санкції, і терпіння європейців закінчується.',
          ],
          x: ['А платити за це, як завжди, доведеться нам.'],
        },
      },
      REFUTES: {
        en: {
          h: ['Data show sanctions are squeezing Russia’s economy'],
          s: [
            'A widening budget deficit and a key rate above {n}% show that sanctions are biting in Russia, economists say, rejecting claims that Europe suffers more.',
            'European gas prices are far below their 2022 peak, which undermines claims that sanctions keep ruining households.',
          ],
          x: ['Analysts note that growth in the EU is weak, but not because of sanctions alone.'],
        },
        ru: {
          h: ['Экономисты: санкции бьют по российской экономике'],
          s: [
            'Дефицит бюджета и ключевая ставка выше {n}% показывают, что санкции действуют, отмечают экономисты.',
            'Цены на газ в Европе давно ниже пиковых значений 2022 года, что опровергает тезис о разорении европейцев из-за санкций.',
          ],
          x: ['Слабый рост в ЕС, по мнению аналитиков, объясняется не только санкциями.'],
        },
        uk: {
          h: ['Санкції працюють: що кажуть цифри'],
          s: [
            'Дефіцит бюджету РФ і облікова ставка понад {n}% свідчать, що санкції діють, наголошують економісти.',
            'Ціни на газ у Європі значно нижчі за пік 2022 року, тож теза про «розорення європейців» через санкції не відповідає дійсності.',
          ],
          x: ['Повільне зростання економіки ЄС аналітики пояснюють не лише санкціями.'],
        },
      },
      NEUTRAL: {
        en: {
          h: ['EU prepares its next sanctions package'],
          s: [
            'EU ambassadors are discussing a new sanctions package targeting Russia’s shadow tanker fleet.',
            'Industrial output in {country} fell {small}% over the year, the statistics office said, citing energy costs and weak demand.',
          ],
          x: ['The measures require unanimous approval.'],
        },
        ru: {
          h: ['ЕС готовит новый пакет санкций'],
          s: [
            'Послы ЕС обсуждают новый пакет санкций против теневого танкерного флота России.',
            'Промышленное производство в ЕС за год снизилось на {small}%, свидетельствует статистика.',
          ],
          x: ['Для принятия мер требуется единогласие.'],
        },
        uk: {
          h: ['ЄС готує новий пакет санкцій'],
          s: [
            'Посли ЄС обговорюють новий пакет санкцій проти тіньового танкерного флоту Росії.',
            'Промислове виробництво в ЄС за рік скоротилося на {small}%, свідчить статистика.',
          ],
          x: ['Для ухвалення рішення потрібна одностайність.'],
        },
      },
    },
  },
  {
    meta: {
      slug: 'mobilisation-failing',
      name: 'Mobilisation in Ukraine is failing',
      description: 'Claims that Ukraine cannot replace its losses, that men are fleeing abroad and that recruitment officers seize people off the street.',
      keywords: ['mobilisation', 'conscription', 'draft dodgers', 'мобилизация', 'мобилизации', 'ТЦК', 'мобілізація', 'мобілізації', 'бусифікація'],
    },
    rate: () => 0.38,
    stance: () => DEFAULT_STANCE,
    book: {
      SUPPORTS: {
        en: {
          h: ['Ukraine is running out of soldiers', 'Kyiv’s mobilisation drive stalls'],
          s: [
            'Ukraine’s mobilisation has failed: recruitment offices fill only {pct}% of their quotas and men are hiding at home, Russian channels claim.',
            'Videos of conscription officers forcing men into vans {inCity} show that nobody wants to fight for Kyiv, pro-Kremlin bloggers argue.',
            '"They are now drafting the old and the sick," a Russian commentator claimed, adding that brigades near {town} receive no replacements.',
          ],
          x: ['Thousands of draft dodgers are allegedly crossing into Moldova and Romania every month.'],
        },
        ru: {
          h: ['Мобилизация на Украине провалилась', 'ТЦК ловят людей на улицах'],
          s: [
            'Мобилизация на Украине буксует: ТЦК выполняют план лишь на {pct}%, мужчины прячутся по домам, пишут источники.',
            'Видео, где сотрудники ТЦК заталкивают мужчин в микроавтобусы {inCity}, показывают, что воевать за Киев никто не хочет.',
            '«Забирают уже стариков и больных», — утверждает военкор, по словам которого бригады в районе {townGen} не получают пополнения.',
          ],
          x: ['Уклонисты, по данным канала, ежемесячно тысячами бегут в Молдавию и Румынию.'],
        },
        uk: {
          h: ['ТЦК знову «пакують» людей на вулицях'],
          s: [
            'Мобілізація провалюється: ТЦК виконують план лише на {pct}%, а чоловіки бояться виходити з дому.',
            'Підписники надсилають відео, як ТЦК {inCity} заштовхують чоловіків у бус, — і це вже норма.',
          ],
          x: ['Поповнення на фронт не доходить, кажуть військові.'],
        },
      },
      REFUTES: {
        en: {
          h: ['Misleading "forced mobilisation" videos recirculate'],
          s: [
            'Several viral videos of men being forced into vans were filmed in other countries or years ago, fact-checkers found, undermining claims that Ukraine’s mobilisation has collapsed.',
            'Ukraine’s Defence Ministry said mobilisation targets are being met and that more than {n} thousand volunteers signed new contracts last month.',
          ],
          x: ['Officials acknowledged abuses by some recruitment officers and said disciplinary cases had been opened.'],
        },
        ru: {
          h: ['Вирусные видео о «бусификации» оказались старыми'],
          s: [
            'Фактчекеры выяснили, что часть вирусных видео о принудительной мобилизации снята в других странах или несколько лет назад.',
            'Минобороны Украины заявило, что план мобилизации выполняется, а по новым контрактам за месяц подписались более {n} тысяч добровольцев.',
          ],
          x: ['В ведомстве признали отдельные злоупотребления сотрудников ТЦК и сообщили о служебных расследованиях.'],
        },
        uk: {
          h: ['Старі відео видають за нову «бусифікацію» — ЦПД'],
          s: [
            'Центр протидії дезінформації спростував тезу про «провал мобілізації»: частину вірусних відео зняли в інших країнах або кілька років тому.',
            'За словами Сирського, поповнення бригад триває за графіком, а новими контрактами за місяць скористалися понад {n} тисяч добровольців.',
          ],
          x: ['У Міноборони визнали окремі порушення з боку працівників ТЦК і повідомили про службові розслідування.'],
        },
      },
      NEUTRAL: {
        en: {
          h: ['Ukraine adjusts its mobilisation rules'],
          s: [
            'Ukraine’s parliament is considering changes to mobilisation rules, including fixed terms of service.',
            'Recruitment centres in {city} extended their opening hours as a new contract scheme for 18–24-year-olds drew interest.',
          ],
          x: ['The draft law may still be amended before a final vote.'],
        },
        ru: {
          h: ['Рада обсуждает изменения в правилах мобилизации'],
          s: [
            'Верховная рада рассматривает изменения в правилах мобилизации, включая сроки службы.',
            'Новая контрактная программа для молодёжи 18–24 лет вызвала интерес, сообщают в Минобороны Украины.',
          ],
          x: ['Законопроект может быть доработан до финального голосования.'],
        },
        uk: {
          h: ['Рада обговорює зміни до правил мобілізації'],
          s: [
            'Верховна Рада розглядає зміни до правил мобілізації, зокрема щодо строків служби.',
            'Нова контрактна програма для молоді 18–24 років викликала інтерес, повідомляють у Міноборони.',
          ],
          x: ['Законопроєкт можуть доопрацювати до фінального голосування.'],
        },
      },
    },
  },
];

/** Closing sentences, used as an optional third sentence. */
const CLOSERS: Record<Stance, Record<Lang, readonly string[]>> = {
  SUPPORTS: {
    en: ['More details to follow.', 'Western media, of course, are silent about this.', 'Share this before it gets deleted.'],
    ru: ['Подробности уточняются.', 'Западные СМИ, разумеется, об этом молчат.', 'Подписывайтесь, чтобы не пропустить.'],
    uk: ['Деталі уточнюються.', 'Телемарафон про це, звісно, мовчить.', 'Поширюйте, поки не видалили.'],
  },
  REFUTES: {
    en: ['Do not share unverified claims.', 'Check the source before reposting.', 'This fact check will be updated if new evidence emerges.'],
    ru: ['Не распространяйте непроверенную информацию.', 'Проверяйте источники перед репостом.', 'Разбор будет дополнен, если появятся новые данные.'],
    uk: ['Не поширюйте неперевірену інформацію.', 'Перевіряйте джерела, перш ніж робити репост.', 'Довіряйте лише офіційним джерелам.'],
  },
  NEUTRAL: {
    en: ['The story is developing.', 'This report will be updated.'],
    ru: ['Информация уточняется.', 'Материал будет дополнен.'],
    uk: ['Інформація уточнюється.', 'Матеріал доповнюватиметься.'],
  },
};

/** Background noise: weather, prices, sport, culture. Index-aligned topics per language. Slots: {place} {temp} {small} {score} {oil}. */
const BACKGROUND: Record<Lang, readonly Phrases[]> = {
  en: [
    { h: ['Weekend weather'], s: ['Forecasters expect around {temp} °C {place} this weekend, with showers in the afternoon.'], x: ['Drivers are advised to allow extra time on the roads.'] },
    { h: ['Electricity tariffs to rise'], s: ['Household electricity tariffs will rise by {small}% from next month, the regulator said.'], x: ['Consumer groups called the increase steep.'] },
    { h: ['Football: friendly ends in a draw'], s: ['The national football team drew {score} in a friendly, and the coach praised the young defence.'], x: ['The next qualifier is scheduled for next month.'] },
    { h: ['New painting exhibition opens'], s: ['A new exhibition of contemporary painting opened {place} and will run until the end of the season.'], x: ['Admission is free on Sundays.'] },
    { h: ['Fuel prices edge up'], s: ['Fuel prices rose slightly this week as crude oil traded at about {oil} dollars a barrel.'], x: ['Analysts expect prices to stay volatile.'] },
    { h: ['Film festival sells out'], s: ['Tickets for the winter film festival {place} sold out within hours.'], x: ['Organisers promised extra screenings.'] },
    { h: ['Record sunflower harvest expected'], s: ['Farmers’ associations expect a record sunflower harvest this year.'], x: ['Storage capacity may become a bottleneck.'] },
  ],
  ru: [
    { h: ['Погода на выходные'], s: ['Синоптики обещают {place} в выходные около {temp} °C и кратковременные дожди.'], x: ['Водителей просят заранее планировать поездки.'] },
    { h: ['Тарифы на электроэнергию вырастут'], s: ['Тарифы на электроэнергию для населения вырастут на {small}% со следующего месяца, сообщил регулятор.'], x: ['Общества потребителей назвали повышение чрезмерным.'] },
    { h: ['Футбол: товарищеский матч завершился вничью'], s: ['Сборная по футболу сыграла вничью {score} в товарищеском матче, тренер похвалил молодую оборону.'], x: ['Следующий отборочный матч пройдёт в следующем месяце.'] },
    { h: ['Открылась выставка современной живописи'], s: ['{place} открылась выставка современной живописи, она продлится до конца сезона.'], x: ['По воскресеньям вход свободный.'] },
    { h: ['Бензин немного подорожал'], s: ['Цены на бензин на этой неделе немного выросли, нефть торгуется около {oil} долларов за баррель.'], x: ['Аналитики ожидают сохранения волатильности.'] },
    { h: ['Билеты на кинофестиваль раскуплены'], s: ['Билеты на зимний кинофестиваль {place} раскупили за несколько часов.'], x: ['Организаторы обещают дополнительные показы.'] },
    { h: ['Ожидается рекордный урожай подсолнечника'], s: ['Аграрии ожидают в этом году рекордный урожай подсолнечника.'], x: ['Узким местом могут стать мощности хранения.'] },
  ],
  uk: [
    { h: ['Погода на вихідні'], s: ['Синоптики прогнозують {place} у вихідні близько {temp} °C і короткочасні дощі.'], x: ['Водіїв просять завчасно планувати поїздки.'] },
    { h: ['Тарифи на електроенергію зростуть'], s: ['Тарифи на електроенергію для населення зростуть на {small}% з наступного місяця, повідомив регулятор.'], x: ['Спілки споживачів назвали підвищення надмірним.'] },
    { h: ['Футбол: товариський матч завершився внічию'], s: ['Збірна з футболу зіграла внічию {score} у товариському матчі, тренер похвалив молодий захист.'], x: ['Наступний відбірковий матч відбудеться наступного місяця.'] },
    { h: ['Відкрилася виставка сучасного живопису'], s: ['{place} відкрилася виставка сучасного живопису, вона триватиме до кінця сезону.'], x: ['У неділю вхід вільний.'] },
    { h: ['Пальне трохи подорожчало'], s: ['Ціни на пальне цього тижня трохи зросли, нафта торгується біля {oil} доларів за барель.'], x: ['Аналітики очікують, що ціни залишаться нестабільними.'] },
    { h: ['Квитки на кінофестиваль розкуплено'], s: ['Квитки на зимовий кінофестиваль {place} розкупили за кілька годин.'], x: ['Організатори обіцяють додаткові покази.'] },
    { h: ['Очікують рекордний урожай соняшнику'], s: ['Аграрії очікують цього року рекордного врожаю соняшнику.'], x: ['Вузьким місцем можуть стати потужності для зберігання.'] },
  ],
};

/* -------------------------------------------------------------- helpers */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** UTC hour weights by platform (Kyiv and Moscow are UTC+2/+3): busy mornings and evenings, quiet nights. */
const HOUR_WEIGHTS: Record<'web' | 'telegram', readonly number[]> = {
  telegram: [1, 0.5, 0.3, 0.3, 1, 3, 5, 6, 6, 5, 5, 5, 5, 5, 5, 6, 6, 7, 7, 6, 4, 3, 2, 1.5],
  web: [0.2, 0.1, 0.1, 0.2, 1, 3, 6, 7, 7, 6, 6, 6, 5, 5, 5, 5, 4, 3, 2, 1.5, 1, 0.6, 0.4, 0.3],
};
const HOURS = Array.from({ length: 24 }, (_, h) => h);

function fill(template: string, slots: Record<string, string>): string {
  const out = template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = slots[key];
    if (value === undefined) throw new Error(`demo corpus: no value for slot ${whole} in "${template}"`);
    return value;
  });
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function weekendFactor(dayStartMs: number): number {
  const weekday = new Date(dayStartMs + 12 * HOUR_MS).getUTCDay();
  if (weekday === 6) return 0.6;
  if (weekday === 0) return 0.5;
  return 1;
}

function seasonalTemp(rng: Rng, ms: number): number {
  const d = new Date(ms);
  const dayOfYear = Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / DAY_MS);
  const base = 9 + 13 * Math.cos((2 * Math.PI * (dayOfYear - 200)) / 365);
  return Math.round(base + (rng() - 0.5) * 6);
}

function publishTime(rng: Rng, dayStartMs: number, source: SourceSpec): number {
  if (source.platform === 'tv' && source.slots) {
    const [h, m] = pick(rng, source.slots);
    // clip goes online 10..80 minutes after the broadcast slot
    return dayStartMs + h * HOUR_MS + (m + intBetween(rng, 10, 80)) * 60_000;
  }
  const weights = HOUR_WEIGHTS[source.platform === 'telegram' ? 'telegram' : 'web'];
  const hour = pickWeighted(rng, HOURS, (h) => weights[h]);
  return dayStartMs + hour * HOUR_MS + intBetween(rng, 0, 59) * 60_000 + intBetween(rng, 0, 59) * 1000;
}

function pickStance(rng: Rng, probs: readonly [number, number, number]): Stance {
  const r = rng() * (probs[0] + probs[1] + probs[2]);
  if (r < probs[0]) return 'SUPPORTS';
  if (r < probs[0] + probs[1]) return 'REFUTES';
  return 'NEUTRAL';
}

function pickReview(rng: Rng, daysBefore: number): Review {
  // the most recent fortnight has more unreviewed suggestions than older material
  const recent = daysBefore <= 14;
  const confirmed = recent ? 0.4 : 0.61;
  const suggested = recent ? 0.5 : 0.32;
  const rejected = 0.055;
  const r = rng();
  if (r < confirmed) return 'confirmed';
  if (r < confirmed + suggested) return 'suggested';
  if (r < confirmed + suggested + rejected) return 'rejected';
  return 'none';
}

function pickConfidence(rng: Rng, review: Review): number {
  const [lo, hi] = review === 'confirmed' ? [0.7, 0.95] : review === 'rejected' ? [0.5, 0.7] : [0.5, 0.95];
  return Math.round((lo + rng() * (hi - lo)) * 100) / 100;
}

function numberSlots(rng: Rng): Record<string, string> {
  return {
    n: String(intBetween(rng, 5, 20)),
    k: String(intBetween(rng, 120, 980, 10)),
    pct: String(intBetween(rng, 18, 74)),
    bn: String(intBetween(rng, 2, 60)),
    sq: String(intBetween(rng, 12, 160)),
    km: String(intBetween(rng, 2, 14)),
    small: String(intBetween(rng, 2, 9)),
    kusd: String(intBetween(rng, 15, 95, 5)),
  };
}

function sentenceCount(rng: Rng): number {
  const r = rng();
  return r < 0.25 ? 1 : r < 0.75 ? 2 : 3;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/* ---------------------------------------------------------------- build */

interface Draft {
  ms: number;
  order: number;
  source: SourceSpec;
  title: string | null;
  text: string;
  narrativeSlug: string | null;
  stance: Stance;
  review: Review;
  confidence: number;
}

/**
 * Builds the demo corpus. Documents cover DEMO_DAYS days ending the day before `endDate`
 * (all `publishedAt` < endDate) and come out sorted by publication time with ids demo-0001...
 */
export function buildDemoCorpus(options: DemoCorpusOptions = {}): DemoCorpus {
  const end = options.endDate ?? new Date(DEMO_DEFAULT_END_DATE);
  const endMs = end.getTime();
  if (!Number.isFinite(endMs)) throw new Error('demo corpus: endDate is not a valid date');
  const rng = mulberry32(options.seed ?? DEMO_DEFAULT_SEED);
  const drafts: Draft[] = [];

  const sourceFor = (stance: Stance | 'background', narrative: string | null) =>
    pickWeighted(rng, SOURCES, (s) => s.weight[stance] * (narrative ? s.affinity?.[narrative] ?? 1 : 1));

  const addNarrativeDoc = (spec: NarrativeSpec, dayStartMs: number, b: number) => {
    const slug = spec.meta.slug;
    const stance = pickStance(rng, spec.stance(b));
    const source = sourceFor(stance, slug);
    const lang = source.language;
    const town = spec.town ? spec.town(rng, b) : pick(rng, TOWNS);
    const city = spec.city ? spec.city(rng, b) : pick(rng, CITIES);
    const slots: Record<string, string> = {
      ...numberSlots(rng),
      town: town.nom[lang],
      townGen: town.gen[lang],
      dir: town.dir[lang],
      city: city.nom[lang],
      inCity: city.in[lang],
      country: pick(rng, COUNTRIES)[lang],
    };
    const phrases = spec.book[stance][lang];
    const sentences = [fill(pick(rng, phrases.s), slots)];
    const count = sentenceCount(rng);
    if (count >= 2) sentences.push(fill(pick(rng, phrases.x), slots));
    if (count >= 3) sentences.push(pick(rng, CLOSERS[stance][lang]));
    const headline = fill(pick(rng, phrases.h), slots);
    const review = pickReview(rng, b);
    drafts.push({
      ms: publishTime(rng, dayStartMs, source),
      order: drafts.length,
      source,
      title: source.platform === 'telegram' ? null : headline,
      text: sentences.join(' '),
      narrativeSlug: slug,
      stance,
      review,
      confidence: pickConfidence(rng, review),
    });
  };

  const addBackgroundDoc = (dayStartMs: number) => {
    const source = sourceFor('background', null);
    const lang = source.language;
    const topic = pick(rng, BACKGROUND[lang]);
    const slots: Record<string, string> = {
      ...numberSlots(rng),
      place: pick(rng, BACKGROUND_PLACES[lang]),
      temp: String(seasonalTemp(rng, dayStartMs)),
      score: pick(rng, lang === 'en' ? ['0–0', '1–1', '2–2'] : ['0:0', '1:1', '2:2']),
      oil: String(intBetween(rng, 60, 90, 5)),
    };
    const sentences = [fill(pick(rng, topic.s), slots)];
    if (rng() < 0.5) sentences.push(fill(pick(rng, topic.x), slots));
    drafts.push({
      ms: publishTime(rng, dayStartMs, source),
      order: drafts.length,
      source,
      title: source.platform === 'telegram' ? null : fill(pick(rng, topic.h), slots),
      text: sentences.join(' '),
      narrativeSlug: null,
      stance: 'NEUTRAL',
      review: 'none',
      confidence: pickConfidence(rng, 'none'),
    });
  };

  for (let i = 0; i < DEMO_DAYS; i++) {
    const b = DEMO_DAYS - i; // days before endDate
    const t = i / (DEMO_DAYS - 1);
    const dayStartMs = endMs - b * DAY_MS;
    const weekend = weekendFactor(dayStartMs);
    for (const spec of NARRATIVES) {
      const damp = spec.weekendDamping ? spec.weekendDamping(b) : true;
      const count = poisson(rng, spec.rate(b, t) * (damp ? weekend : 1));
      for (let c = 0; c < count; c++) addNarrativeDoc(spec, dayStartMs, b);
    }
    let background = poisson(rng, 0.5 * weekend);
    // the first and the last day always have something, so the span is the full window
    if ((i === 0 || i === DEMO_DAYS - 1) && background === 0) background = 1;
    for (let c = 0; c < background; c++) addBackgroundDoc(dayStartMs);
  }

  drafts.sort((a, b) => a.ms - b.ms || a.order - b.order);

  // Invented bylines, taken in turn (no random draw, so the rest of the corpus stays as it was).
  const BYLINES: Record<Lang, readonly string[]> = {
    en: ['Helen Carter', 'Mark Owens', 'Priya Nair', 'Tom Becker'],
    ru: ['Андрей Колесов', 'Марина Белова', 'Игорь Лапин'],
    uk: ['Оксана Гнатюк', 'Тарас Мельник', 'Ірина Бойко'],
  };
  const postCounters = new Map<string, number>();
  const documents = drafts.map((d, index): DemoDocument => {
    const seq = index + 1;
    const externalId = `demo-${String(seq).padStart(4, '0')}`;
    const day = isoDay(d.ms);
    const base = `https://example-${d.source.slug}.test`;
    let url: string;
    if (d.source.platform === 'telegram') {
      const post = (postCounters.get(d.source.slug) ?? 1200) + 1 + (seq % 3);
      postCounters.set(d.source.slug, post);
      url = `${base}/s/${post}`;
    } else if (d.source.platform === 'tv') {
      url = `${base}/video/${day.replaceAll('-', '')}-${seq}`;
    } else {
      url = `${base}/news/${day.replaceAll('-', '/')}/${externalId}`;
    }
    return {
      externalId,
      url,
      title: d.title,
      author: d.source.platform === 'web' ? BYLINES[d.source.language][seq % BYLINES[d.source.language].length]! : null,
      text: d.text,
      language: d.source.language,
      publishedAt: new Date(d.ms).toISOString(),
      source: { name: d.source.name, platform: d.source.platform, country: d.source.country },
      narrativeSlug: d.narrativeSlug,
      stance: d.stance,
      review: d.review,
      confidence: d.confidence,
    };
  });

  const narratives = NARRATIVES.map(({ meta }) => ({ ...meta, keywords: [...meta.keywords] }));
  return { narratives, documents };
}
