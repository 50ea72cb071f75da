/**
 * Finds who a sentence attributes its claim to, from reporting verbs and phrases in English,
 * Russian and Ukrainian. Works on the original wording (capitals help tell names apart) and
 * returns the phrase tidied: trimmed, cut before time and audience words ("on Monday",
 * «журналистам»), "The" lower-cased, a few institutions named in the locative put back in
 * the nominative («в Кремле» → «Кремль»), and surnames after «по словам» / «за словами» put
 * back in the nominative («Пескова» → «Песков»).
 */

import { isSpaceCode } from './chars.js';

const alt = (words: readonly string[]): string => words.join('|');

// ---------------------------------------------------------------- verbs and phrases

const EN_VERBS = alt([
  'said', 'says', 'say', 'claimed', 'claims', 'claim', 'announced', 'announces', 'stated', 'states',
  'told', 'tells', 'denied', 'denies', 'deny', 'reported', 'reports', 'report', 'alleged', 'alleges',
  'allege', 'warned', 'warns', 'warn', 'insisted', 'insists', 'insist', 'added', 'adds', 'noted',
  'notes', 'confirmed', 'confirms', 'confirm', 'asserted', 'asserts', 'argued', 'argues', 'wrote',
  'writes', 'declared', 'declares', 'maintained', 'maintains', 'tweeted', 'posted', 'accused',
  'accuses', 'explained', 'revealed', 'admitted', 'acknowledged', 'believes', 'believe', 'suggested',
]);
/** Verbs that may come before their subject: "…," said the ministry. */
const EN_INVERTED_VERBS = alt(['said', 'says', 'added', 'wrote', 'writes', 'claimed', 'stated', 'noted', 'reported', 'reports', 'explained', 'warned', 'insisted', 'announced', 'declared']);
const EN_AUX = alt([
  'has', 'have', 'had', 'also', 'again', 'further', 'previously', 'repeatedly', 'earlier', 'later',
  'reportedly', 'officially', 'publicly', 'separately', 'then', 'now', 'recently', 'already',
  'once', 'today', 'yesterday', 'on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  '(?:last|this) (?:week|month|year|night|morning|evening)',
]);

const RU_VERBS = alt([
  'заявил', 'заявила', 'заявило', 'заявили', 'заявляет', 'заявляют', 'сообщил', 'сообщила',
  'сообщило', 'сообщили', 'сообщает', 'сообщают', 'сказал', 'сказала', 'сказали', 'говорит',
  'говорят', 'отметил', 'отметила', 'отметили', 'подчеркнул', 'подчеркнула', 'подчеркнули',
  'добавил', 'добавила', 'добавили', 'пояснил', 'пояснила', 'пояснили', 'опроверг', 'опровергла',
  'опровергло', 'опровергли', 'опровергает', 'опровергают', 'считает', 'считают', 'утверждает',
  'утверждают', 'утверждал', 'утверждала', 'признал', 'признала', 'признали', 'предупредил',
  'предупредила', 'предупредили', 'рассказал', 'рассказала', 'рассказали', 'написал', 'написала',
  'написали', 'пишет', 'пишут', 'объявил', 'объявила', 'объявили', 'передает', 'передают',
  'указал', 'указала', 'указали', 'уточнил', 'уточнила', 'уточнили', 'подтвердил', 'подтвердила',
  'подтвердили', 'подтверждает', 'настаивает', 'настаивают', 'обвинил', 'обвинила', 'обвинили',
  'заверил', 'заверила', 'заверили', 'уверяет', 'уверяют',
]);
const UK_VERBS = alt([
  'заявив', 'заявила', 'заявило', 'заявили', 'заявляє', 'заявляють', 'повідомив', 'повідомила',
  'повідомило', 'повідомили', 'повідомляє', 'повідомляють', 'сказав', 'сказала', 'сказали', 'каже',
  'кажуть', 'зазначив', 'зазначила', 'зазначили', 'зазначає', 'наголосив', 'наголосила',
  'наголосили', 'наголошує', 'додав', 'додала', 'додали', 'пояснив', 'пояснила', 'пояснили',
  'спростував', 'спростувала', 'спростувало', 'спростували', 'спростовує', 'спростовують',
  'вважає', 'вважають', 'стверджує', 'стверджують', 'стверджував', 'визнав', 'визнала', 'визнали',
  'попередив', 'попередила', 'попередили', 'розповів', 'розповіла', 'розповіли', 'написав',
  'написала', 'написали', 'пише', 'пишуть', 'оголосив', 'оголосила', 'оголосили', 'передає',
  'передають', 'вказав', 'вказала', 'уточнив', 'уточнила', 'підтвердив', 'підтвердила',
  'підтвердили', 'запевнив', 'запевнила', 'запевнили', 'звинуватив', 'звинуватила', 'звинуватили',
]);
const CYR_VERBS = `${RU_VERBS}|${UK_VERBS}`;
const CYR_AUX = alt([
  'также', 'тоже', 'ранее', 'еще', 'ещё', 'уже', 'вновь', 'снова', 'сегодня', 'вчера', 'официально',
  'публично', 'неоднократно', 'накануне', 'позже', 'також', 'теж', 'раніше', 'ще', 'вже', 'знову',
  'сьогодні', 'вчора', 'офіційно', 'публічно', 'неодноразово', 'напередодні', 'пізніше',
]);

/** Phrases whose object is the source: "according to X", «по словам X», «як повідомляє X». */
const SOURCE_PHRASES_GENITIVE = alt([
  'по словам', 'по данным', 'по информации', 'по сведениям', 'по мнению', 'по оценкам?',
  'по версии', 'со ссылкой на', 'ссылаясь на', 'за словами', 'за даними', 'за інформацією',
  'на думку', 'за оцінками', 'за оцінкою', 'за версією', 'з посиланням на', 'посилаючись на',
]);
const SOURCE_PHRASES_NOMINATIVE_LATIN = alt(['according to', 'as reported by', 'as stated by', 'citing']);
const SOURCE_PHRASES_NOMINATIVE = alt([
  SOURCE_PHRASES_NOMINATIVE_LATIN, 'как (?:сообщает|сообщают|сообщил|сообщила|сообщили|заявил|заявила|заявили|заявляет|пишет|пишут|передает|передают|отметил|отметила|отметили|считает|считают|утверждает|утверждают|рассказал|рассказала|уточнили)',
  'як (?:повідомляє|повідомляють|повідомив|повідомила|повідомили|заявив|заявила|заявили|заявляє|пише|пишуть|передає|передають|зазначив|зазначила|зазначили|вважає|вважають|стверджує|розповів|розповіла|уточнили)',
]);

// ---------------------------------------------------------------- word classes

/** A word of a name or noun phrase, possibly in quotes: «Газпром», U.S., Russia's, пресс-секретарь. */
const W = `[«"“„]?[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.&\\-]*[»"”“]?`;
const PHRASE = `(?:${W}\\s+){0,7}?${W}`;

const PRONOUNS = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'that', 'there', 'who', 'он', 'она', 'оно',
  'они', 'мы', 'я', 'вы', 'это', 'кто', 'він', 'вона', 'воно', 'вони', 'ми', 'ви', 'це', 'хто',
]);

/** A subject that is only a determiner is a noun phrase misread: "The claims were false." */
const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'some', 'many', 'such', 'new', 'local', 'other', 'recent', 'both', 'all', 'any', 'earlier', 'false',
]);
/** Verb forms that are also nouns; after them these words show the noun reading ("claims of …"). */
const NOUN_LIKE_VERBS = new Set(['claims', 'claim', 'reports', 'report', 'states', 'notes', 'says']);
const NOUN_READING_NEXT = new Set(['of', 'about', 'were', 'are', 'was', 'is', 'have', 'had', 'and', 'or']);

/** Words that never occur in the name of whoever makes a claim: verbs, negation, conjunctions. */
const NOT_IN_SUBJECT = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'could', 'should', 'can',
  'may', 'might', 'must', 'do', 'does', 'did', 'not', 'which', 'who', 'whom', 'that', 'if',
  'when', 'while', 'because', 'although', 'what', 'no', 'never', 'не', 'ни', 'был', 'была',
  'было', 'были', 'будет', 'что', 'чтобы', 'который', 'которая', 'которые', 'которых', 'если',
  'когда', 'как', 'також', 'був', 'була', 'було', 'були', 'буде', 'що', 'щоб', 'який', 'яка',
  'які', 'якщо', 'коли', 'як', 'это', 'це', 'об', 'про',
]);

/** Where a source phrase stops: time, place, audience and manner words after the name. */
const CUT_WORDS = new Set([
  // English
  'in', 'on', 'at', 'to', 'during', 'after', 'before', 'earlier', 'later', 'today', 'yesterday',
  'tonight', 'last', 'this', 'when', 'while', 'adding', 'citing', 'who', 'which', 'that', 'as',
  'because', 'via', 'through', 'amid', 'late', 'early', 'and', 'but',
  // Russian
  'в', 'во', 'на', 'журналистам', 'репортерам', 'корреспонденту', 'корреспондентам', 'агентству',
  'изданию', 'телеканалу', 'газете', 'радиостанции', 'сегодня', 'вчера', 'ранее', 'также', 'позже',
  'накануне', 'утром', 'вечером', 'днем', 'ночью', 'что', 'чтобы', 'после', 'перед', 'при', 'для',
  'со', 'с', 'по', 'через', 'который', 'которая', 'которые', 'отвечая', 'комментируя', 'добавив',
  'подчеркнув', 'отметив', 'ссылаясь', 'и', 'но', 'а', 'однако',
  // Ukrainian
  'у', 'журналістам', 'кореспонденту', 'виданню', 'телеканалу', 'сьогодні', 'вчора', 'раніше',
  'також', 'пізніше', 'напередодні', 'вранці', 'ввечері', 'вдень', 'вночі', 'що', 'щоб', 'після',
  'під', 'з', 'із', 'зі', 'який', 'яка', 'які', 'відповідаючи', 'коментуючи', 'додавши',
  'наголосивши', 'зазначивши', 'посилаючись', 'і', 'й', 'та', 'але',
]);

/** Openers that are not part of the subject: «Ранее Песков заявил» → «Песков». */
const INTRO_RE = new RegExp(
  `^(?:(?:${alt([
    'earlier', 'meanwhile', 'however', 'also', 'separately', 'later', 'today', 'yesterday', 'now',
    'on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)', 'and', 'but', 'so',
    'ранее', 'вчера', 'сегодня', 'также', 'кроме того', 'между тем', 'при этом', 'накануне', 'позже',
    'тем временем', 'однако', 'в свою очередь', 'в частности', 'и', 'но', 'а', 'раніше', 'вчора',
    'сьогодні', 'також', 'крім того', 'тим часом', 'при цьому', 'напередодні', 'пізніше', 'однак',
    'водночас', 'своєю чергою', 'зокрема', 'і', 'та', 'але',
    '(?:в|во|у) (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу|четвер|п[\'’ʼ]ятницю|суботу|неділю)',
  ])})[\\s,]+)+`,
  'iu',
);

const BREAK_WORDS = new Set(['breaking', 'срочно', 'терміново', 'важно', 'важливо', 'увага', 'внимание', 'молния', 'update', 'exclusive', 'главное', 'головне', 'официально', 'офіційно']);

/** Institutions named in the locative after «в/у»: «в Кремле заявили» → «Кремль». */
const LOCATIVE_NAMES: ReadonlyMap<string, string> = new Map([
  ['кремле', 'Кремль'],
  ['кремлі', 'Кремль'],
  ['белом доме', 'Белый дом'],
  ['білому домі', 'Білий дім'],
  ['пентагоне', 'Пентагон'],
  ['пентагоні', 'Пентагон'],
  ['генштабе', 'Генштаб'],
  ['генштабі', 'Генштаб'],
  ['госдепе', 'Госдеп'],
  ['госдепартаменте', 'Госдепартамент'],
  ['держдепі', 'Держдеп'],
  ['офисе президента', 'Офис президента'],
  ['офісі президента', 'Офіс президента'],
  ['правительстве', 'правительство'],
  ['уряді', 'уряд'],
  ['министерстве обороны', 'Министерство обороны'],
  ['міністерстві оборони', 'Міністерство оборони'],
  ['министерстве иностранных дел', 'Министерство иностранных дел'],
  ['міністерстві закордонних справ', 'Міністерство закордонних справ'],
  ['кабмине', 'Кабмин'],
  ['кабміні', 'Кабмін'],
]);
/** Names that look the same in every case. */
const INDECLINABLE = new Set(['минобороны', 'міноборони', 'мид', 'мзс', 'минздрав', 'моз', 'мвд', 'мвс', 'фсб', 'сбу', 'всу', 'зсу', 'гур', 'нато', 'оон', 'оп']);

// ---------------------------------------------------------------- compiled patterns

const F = 'iu';
const SPLIT_WORDS_RE = /\s+/u;
const EN_SUBJECT_RE = new RegExp(`^(${PHRASE})(?:,\\s[^,]{1,80},)?\\s+(?:(?:${EN_AUX})\\s+){0,3}(${EN_VERBS})(?=$|[\\s,.:;!?])(?:\\s+([\\p{L}]+))?`, F);
const CYR_SUBJECT_RE = new RegExp(`^(${PHRASE})(?:,\\s[^,]{1,80},)?\\s+(?:(?:${CYR_AUX})\\s+){0,3}(?:${CYR_VERBS})(?=$|[\\s,.:;!?])`, F);
const EN_INVERTED_RE = new RegExp(`^(?:${EN_INVERTED_VERBS})\\s+(.+)$`, F);
const CYR_INVERTED_RE = new RegExp(`^(?:(?:как|як)\\s+)?(?:${CYR_VERBS})\\s+(.+)$`, F);
const SOURCE_GENITIVE_RE = new RegExp(`(?:^|[\\s(,])(?:${SOURCE_PHRASES_GENITIVE})\\s+([^,.;:!?()—–]+)`, F);
const SOURCE_NOMINATIVE_RE = new RegExp(`(?:^|[\\s(,])(?:${SOURCE_PHRASES_NOMINATIVE})\\s+([^,;:!?()—–]+)`, F);
/**
 * `SOURCE_NOMINATIVE_RE` with its English phrases only: the same match on a text without Cyrillic,
 * where the Russian and Ukrainian phrases cannot match (no other letter folds to a Cyrillic one),
 * and cheaper, as the pattern is tried at every space of the sentence.
 */
const SOURCE_NOMINATIVE_LATIN_RE = new RegExp(`(?:^|[\\s(,])(?:${SOURCE_PHRASES_NOMINATIVE_LATIN})\\s+([^,;:!?()—–]+)`, F);
/** «Об этом сообщил X.» / «Про це повідомили у X.» / "This was reported by X." */
const META_VERB_FIRST_RE = new RegExp(
  `^(?:(?:об этом|о том|про це)\\s+(?:(?:${CYR_AUX})\\s+)?(?:${CYR_VERBS})|(?:об этом|про це)\\s+(?:говорится|йдеться)\\s+(?:в|у)\\s+(?:сообщении|заявлении|публикации|повідомленні|заяві|публікації)|this was (?:reported|stated|announced|said|confirmed) by)\\s+(.+?)[.!…]*$`,
  F,
);
/** «Об этом Песков заявил журналистам.» / «Про це він написав у Telegram.» */
const META_SUBJECT_FIRST_RE = new RegExp(`^(?:об этом|про це)\\s+(${PHRASE})\\s+(?:(?:${CYR_AUX})\\s+)?(?:${CYR_VERBS})(?:\\s+[^,;:]*)?[.!…]*$`, F);
const COLON_QUOTE_RE = new RegExp(`^(${PHRASE})\\s*:\\s*[«"“„]`, 'u');
const LEADING_MARKS_RE = /^[\s\p{Extended_Pictographic}\uFE0F•·▪►▶➤*\-–—]+/u;
const EDGE_PUNCT_RE = /^[\s,.;:!?\-–—]+|[\s,.;:!?\-–—]+$/gu;
const ALL_CAPS_RE = /^[\p{Lu}\p{N}\-.]+$/u;
const UPPER_START_RE = /^[«"“„]?\p{Lu}/u;
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;

// ---------------------------------------------------------------- tidying

function words(phrase: string): string[] {
  return phrase.split(SPLIT_WORDS_RE).filter((w) => w.length > 0);
}

function bare(word: string): string {
  return word.toLowerCase().replace(/^[«"“„(]+|[»"”“),.;:!?]+$/gu, '');
}

/** Removes unbalanced quote marks and edge punctuation. */
function trimPhrase(phrase: string): string {
  let p = phrase.replace(EDGE_PUNCT_RE, '');
  const opens = (p.match(/[«„“]/g) ?? []).length;
  const closes = (p.match(/[»”]/g) ?? []).length;
  if (opens !== closes || (p.match(/"/g) ?? []).length % 2 === 1) p = p.replace(/^[«„“"]+|[»”“"]+$/g, '');
  return p.replace(EDGE_PUNCT_RE, '');
}

/** Keeps the words of a source phrase up to the first time, place or audience word. */
function cutAtStopWords(phrase: string, keepLeadingPreposition: boolean): string {
  const ws = words(phrase);
  const kept: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const b = bare(ws[i]!);
    if (i === 0 && keepLeadingPreposition && (b === 'в' || b === 'во' || b === 'у' || b === 'на')) {
      kept.push(ws[i]!);
      continue;
    }
    if (CUT_WORDS.has(b)) break;
    kept.push(ws[i]!);
    if (/[,;:]$/.test(ws[i]!)) break;
  }
  return kept.join(' ');
}

function isPreposition(word: string): boolean {
  const b = bare(word);
  return b === 'в' || b === 'во' || b === 'у' || b === 'на';
}

/** «в Кремле» → «Кремль», «у Міноборони» → «Міноборони»; other locatives keep their preposition. */
function tidyLocative(phrase: string): string {
  const ws = words(phrase);
  if (ws.length < 2 || !isPreposition(ws[0]!)) return phrase;
  const rest = ws.slice(1);
  for (let n = Math.min(4, rest.length); n >= 1; n--) {
    const key = rest.slice(0, n).map(bare).join(' ');
    const named = LOCATIVE_NAMES.get(key);
    if (named !== undefined) return [named, ...rest.slice(n)].join(' ');
  }
  const first = rest[0]!;
  if (INDECLINABLE.has(bare(first)) || ALL_CAPS_RE.test(first.replace(/[«»"“”„]/g, ''))) return rest.join(' ');
  return phrase;
}

const GENITIVE_ENDINGS: ReadonlyArray<[RegExp, string]> = [
  [/(с|ц)кого$/u, '$1кий'],
  [/(с|ц)ького$/u, '$1ький'],
  [/(с|ц)кой$/u, '$1кая'],
  [/(с|ц)ької$/u, '$1ька'],
  [/(ов|ев|ёв|ин|ын)ой$/u, '$1а'],
  [/(ов|єв|ев|ін)ої$/u, '$1а'],
  [/(ов|ев|ёв|ин|ын|єв|ін)а$/u, '$1'],
  [/ия$/u, 'ий'],
  [/ея$/u, 'ей'],
  [/ии$/u, 'ия'],
  [/ії$/u, 'ія'],
  [/ины$/u, 'ина'],
  [/ини$/u, 'ина'],
  [/([бвгджзклмнпрстфхцчшщ])я$/u, '$1ь'],
  [/([бвгдзклмнпрстфхцчшщ])[иы]$/u, '$1а'],
  [/([бвгджзклмнпрстфхцчшщ])а$/u, '$1'],
];
const UK_O_NAMES: ReadonlyMap<string, string> = new Map([
  ['дмитра', 'Дмитро'],
  ['петра', 'Петро'],
  ['павла', 'Павло'],
  ['михайла', 'Михайло'],
  ['данила', 'Данило'],
]);

/**
 * Puts a name after «по словам» / «за словами» back in the nominative: «Дмитрия Пескова» →
 * «Дмитрий Песков», «Володимира Зеленського» → «Володимир Зеленський», «Генштаба ВСУ» →
 * «Генштаб ВСУ». Only phrases of one to three capitalised Cyrillic words are touched; acronyms
 * and phrases with common nouns («экспертов», «властей Киева») stay as written.
 */
function nominativeOfName(phrase: string): string {
  const ws = words(phrase);
  const isAcronym = (w: string): boolean => ALL_CAPS_RE.test(w);
  const isName = (w: string): boolean => UPPER_START_RE.test(w) && CYRILLIC_RE.test(w);
  if (ws.length > 3 || !ws.every((w) => isAcronym(w) || isName(w)) || ws.every(isAcronym)) return phrase;
  return ws
    .map((w) => {
      if (isAcronym(w)) return w;
      const lower = w.toLowerCase();
      const named = UK_O_NAMES.get(lower);
      if (named !== undefined) return named;
      if (INDECLINABLE.has(lower)) return w;
      for (const [re, to] of GENITIVE_ENDINGS) if (re.test(w)) return w.replace(re, to);
      return w;
    })
    .join(' ');
}

/** Final clean-up and sanity checks; null when the phrase cannot be a claimant. */
function finish(raw: string): string | null {
  let phrase = trimPhrase(raw);
  if (phrase === '') return null;
  const ws = words(phrase);
  if (ws.length > 8) return null;
  if (ws.some((w) => NOT_IN_SUBJECT.has(bare(w)))) return null;
  if (ws.length === 1 && PRONOUNS.has(bare(ws[0]!))) return null;
  if (!/\p{L}/u.test(phrase)) return null;
  if (/^the\s/u.test(phrase.toLowerCase())) phrase = `the${phrase.slice(3)}`;
  return phrase;
}

// ---------------------------------------------------------------- the patterns, in order

/** Subject before a reporting verb at the start of a clause: "The ministry said…", «Песков заявил…». */
function subjectBeforeVerb(clause: string, cyrillic: boolean): string | null | undefined {
  const re = cyrillic ? CYR_SUBJECT_RE : EN_SUBJECT_RE;
  const m = re.exec(clause);
  if (m === null) return undefined;
  let subject = m[1]!.replace(INTRO_RE, '');
  if (subject.trim() === '') return undefined;
  const verb = (m[2] ?? '').toLowerCase();
  if (NOUN_LIKE_VERBS.has(verb) && NOUN_READING_NEXT.has((m[3] ?? '').toLowerCase())) return undefined;
  const ws = words(subject);
  if (ws.every((w) => DETERMINERS.has(bare(w)))) return undefined;
  if (ws.length === 1 && PRONOUNS.has(bare(ws[0]!))) return null;
  if (ws.some((w) => NOT_IN_SUBJECT.has(bare(w)))) return undefined;
  if (isPreposition(ws[0]!)) subject = tidyLocative(cutAtStopWords(subject, true));
  return finish(subject) ?? undefined;
}

/** Reporting verb first, then the source: "…," said the ministry / «…», — заявил Песков. */
function verbBeforeSubject(tail: string, cyrillic: boolean): string | null | undefined {
  const m = (cyrillic ? CYR_INVERTED_RE : EN_INVERTED_RE).exec(tail);
  if (m === null) return undefined;
  const rest = m[1]!;
  const restWords = words(rest);
  if (restWords.length === 1 && PRONOUNS.has(bare(restWords[0]!))) return null;
  if (PRONOUNS.has(bare(restWords[0] ?? ''))) return undefined;
  const cut = cutAtStopWords(rest, cyrillic);
  const phrase = cyrillic ? tidyLocative(cut) : cut;
  return finish(phrase) ?? undefined;
}

/** Whether the code unit is one of the marks a sentence body is trimmed of at its end: white space . ! ? … */
function isEndMark(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || isSpaceCode(c);
}

/** Whether the code unit is one of the marks a trailing clause is trimmed of at its start: white space , — – - */
function isClauseLead(c: number): boolean {
  return c === 0x2c || c === 0x2014 || c === 0x2013 || c === 0x2d || isSpaceCode(c);
}

/** `words(s.slice(from, to)).length`, counting no further than `limit + 1`, without building the words. */
function countWords(s: string, from: number, to: number, limit: number): number {
  let count = 0;
  let inWord = false;
  for (let i = from; i < to && count <= limit; i++) {
    const space = isSpaceCode(s.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/**
 * The clauses after each of the last few commas, quotes or dashes (shortest first), when short
 * enough to be an attribution: "…,” said Dmitry Peskov, the Kremlin spokesman" gives both
 * "the Kremlin spokesman" and "said Dmitry Peskov, the Kremlin spokesman". Scans by code unit
 * and slices only the clauses it returns: it runs on every sentence.
 */
function trailingClauses(sentence: string): string[] {
  // The body: the sentence without its final run of white space and terminators.
  let end = sentence.length;
  while (end > 0 && isEndMark(sentence.charCodeAt(end - 1))) end--;
  const tails: string[] = [];
  let last = -1;
  for (let i = end - 1; i > 0 && tails.length < 3; i--) {
    const c = sentence.charCodeAt(i);
    const isBreak =
      c === 0x2c || c === 0x3b || c === 0xbb || c === 0x201d || c === 0x22 || c === 0x201c || c === 0x2014 || c === 0x2013 || // , ; » ” " “ — –
      (c === 0x2d && sentence.charCodeAt(i - 1) === 0x20 && i + 1 < end && sentence.charCodeAt(i + 1) === 0x20); // " - "
    if (!isBreak) continue;
    let from = i + 1;
    while (from < end && isClauseLead(sentence.charCodeAt(from))) from++;
    if (countWords(sentence, from, end, 14) > 14) break;
    // Each break further left gives a longer tail, or the same one after a run of breaks (",”").
    if (from < end && from !== last) {
      tails.push(sentence.slice(from, end));
      last = from;
    }
  }
  return tails;
}

export interface Attribution {
  /** Who the sentence attributes its claim to, tidied; null when it does not say. */
  claimant: string | null;
  /**
   * True when the sentence only names the source of what came before it («Об этом сообщил
   * Песков.», «Про це повідомили у Міноборони.», "This was reported by Reuters.").
   */
  sourceOnly: boolean;
}

/** Who a sentence attributes its claim to, and whether it is only a source line. */
export function findAttribution(sentence: string): Attribution {
  const text = attributionText(sentence);
  if (text === '') return { claimant: null, sourceOnly: false };
  const source = sourceOfSourceLine(text);
  if (source !== undefined) return { claimant: source, sourceOnly: true };
  return { claimant: claimantOfText(text), sourceOnly: false };
}

/**
 * `findAttribution` in two steps, for a caller that needs the claimant of only some sentences
 * (claim extraction skips fragments and repeated sentences): the source a source-only line
 * names (its claimant, null when it names none), or undefined when the sentence is not one.
 */
export function sourceLineClaimant(sentence: string): string | null | undefined {
  const text = attributionText(sentence);
  return text === '' ? undefined : sourceOfSourceLine(text);
}

/** The second step: the claimant of a sentence `sourceLineClaimant` found not to be a source line. */
export function statementClaimant(sentence: string): string | null {
  const text = attributionText(sentence);
  return text === '' ? null : claimantOfText(text);
}

function attributionText(sentence: string): string {
  return sentence.replace(LEADING_MARKS_RE, '').trim();
}

/** The claimant named by a source-only line, or undefined when `text` is not one. */
function sourceOfSourceLine(text: string): string | null | undefined {
  const metaVerbFirst = META_VERB_FIRST_RE.exec(text);
  if (metaVerbFirst !== null && words(metaVerbFirst[1]!).length <= 10) {
    const source = metaVerbFirst[1]!;
    const cyrillic = CYRILLIC_RE.test(source);
    return finish(cyrillic ? tidyLocative(cutAtStopWords(source, true)) : cutAtStopWords(source, false));
  }
  const metaSubjectFirst = META_SUBJECT_FIRST_RE.exec(text);
  if (metaSubjectFirst !== null && words(text).length <= 12) {
    return finish(tidyLocative(metaSubjectFirst[1]!));
  }
  return undefined;
}

/** The claimant of a sentence that is not a source line. */
function claimantOfText(text: string): string | null {
  // Patterns for Cyrillic text run only where the text has any.
  const cyrillic = CYRILLIC_RE.test(text);

  for (const tail of trailingClauses(text)) {
    const inverted = verbBeforeSubject(tail, cyrillic && CYRILLIC_RE.test(tail));
    if (inverted !== undefined) return inverted;
    const clause = tail.replace(INTRO_RE, '');
    const subject = subjectBeforeVerb(clause, cyrillic && CYRILLIC_RE.test(clause));
    // A pronoun ("…,” he wrote) is the attribution: stop rather than read one inside the quote.
    if (subject !== undefined) return subject;
  }

  // "according to X" / «по словам X» / «как сообщает X»: the first such phrase in the sentence wins.
  // The «по словам» phrases are all Cyrillic; so are the Russian and Ukrainian nominative ones.
  const genitive = cyrillic ? SOURCE_GENITIVE_RE.exec(text) : null;
  const nominative = (cyrillic ? SOURCE_NOMINATIVE_RE : SOURCE_NOMINATIVE_LATIN_RE).exec(text);
  // the one further left first (the genitive on a tie)
  const ordered = genitive !== null && nominative !== null && nominative.index < genitive.index ? [nominative, genitive] : [genitive, nominative];
  for (const m of ordered) {
    if (m === null) continue;
    const phrase = cutAtStopWords(m[1]!, false);
    const claimant = finish(m === genitive ? nominativeOfName(phrase) : phrase);
    if (claimant !== null) return claimant;
  }

  // The colon pattern needs a colon: most sentences have none.
  const colon = text.includes(':') ? COLON_QUOTE_RE.exec(text) : null;
  if (colon !== null && !BREAK_WORDS.has(bare(colon[1]!)) && words(colon[1]!).length <= 5) {
    const claimant = finish(colon[1]!);
    if (claimant !== null) return claimant;
  }

  const clause = text.replace(INTRO_RE, '');
  return subjectBeforeVerb(clause, cyrillic && CYRILLIC_RE.test(clause)) ?? null;
}

/** Who a sentence attributes its claim to, tidied, or null. */
export function findClaimant(sentence: string): string | null {
  return findAttribution(sentence).claimant;
}
