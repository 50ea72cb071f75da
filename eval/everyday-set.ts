import type { EvalClaim } from './types.js';

/**
 * Everyday news that has nothing to do with the war but uses the words of its narratives:
 * collapse, failure, defeat, surrender, exhaustion, theft, corruption, abandonment, aid, talks.
 * Written for this project after an analyst found such lines suggested for "Ukraine faces
 * imminent collapse". Every claim fits no narrative; `npm run eval` scores them against the
 * narratives of every hand-written set and counts the ones that get a suggestion.
 */
const LINES: Array<[EvalClaim['language'], string]> = [
  ['en', 'The old bridge over the canal collapsed after weeks of heavy rain.'],
  ['en', 'Shares in the carmaker collapsed after a weak quarterly report.'],
  ['en', 'The merger talks between the two supermarket chains have failed.'],
  ['en', 'The home side surrendered a two-goal lead and lost the derby.'],
  ['en', 'Nurses say they are exhausted after a winter of double shifts.'],
  ['en', 'Thieves stole copper cable from the railway line overnight.'],
  ['en', 'The town mayor was charged with corruption over a parking contract.'],
  ['en', 'Volunteers collected food aid for families after the factory fire.'],
  ['en', 'The sequel was a flop, and the studio gave up on the franchise.'],
  ['en', 'Fans feel abandoned after the club moved to another city.'],
  ['en', 'The school programme will add two hours of coding a week.'],
  ['en', 'The startup ran out of cash and collapsed into administration.'],
  ['ru', 'Обрушилась кровля торгового центра, пострадавших нет.'],
  ['ru', 'Курс акций авиакомпании рухнул после отчёта о прибыли.'],
  ['ru', 'Переговоры профсоюза и завода о зарплатах зашли в тупик.'],
  ['ru', 'Хоккейный клуб проиграл пятый матч подряд и сдал лидерство.'],
  ['ru', 'Спортсмен признался, что полностью истощён после сезона.'],
  ['ru', 'У пенсионерки украли кошелёк в автобусе.'],
  ['ru', 'Чиновника мэрии задержали за взятку при ремонте дорог.'],
  ['ru', 'Благотворительный фонд собрал помощь для приюта животных.'],
  ['ru', 'Премьера оперы провалилась, критики разгромили постановку.'],
  ['ru', 'Телеканал показал новую программу о путешествиях.'],
  ['ru', 'Банк объявил о капитуляции перед регулятором и закрыл офисы.'],
  ['ru', 'Старый стадион снесут, а команда переедет на новую арену.'],
  ['uk', 'Обвалився дах старої школи, уроки перенесли.'],
  ['uk', 'Ціни на каву впали, біржа в паніці.'],
  ['uk', 'Переговори забудовника з мешканцями провалилися.'],
  ['uk', 'Волейбольна команда програла фінал і здалася вже в третьому сеті.'],
  ['uk', 'Лікарі виснажені: черги в поліклініці ростуть.'],
  ['uk', 'Злодії викрали велосипеди з підземного паркінгу.'],
  ['uk', 'Депутата міськради підозрюють у корупції під час тендеру.'],
  ['uk', 'Волонтери зібрали допомогу для притулку тварин.'],
  ['uk', 'Нова програма лояльності для покупців стартує в понеділок.'],
  ['uk', 'Марна трата часу: огляд нового серіалу.'],
  ['uk', 'Стартап залишився без грошей і закрився.'],
  ['uk', 'Фанати відчувають себе покинутими після переїзду клубу.'],
  // false friends of the war's places: криминальный / кримінальний, Slavic, nuts, a palace
  ['ru', 'Фестиваль славянской культуры провалился: зрителей почти не было.'],
  ['ru', 'Цены на грецкие орехи рухнули, урожай орехов рекордный.'],
  ['uk', 'Поліція відкрила кримінальне провадження: шахраї викрали гроші покупців квитків.'],
  ['uk', 'Бізнес-форум у Костянтинівському палаці провалився, інвестори розчаровані.'],
];

export const EVERYDAY_CLAIMS: readonly EvalClaim[] = LINES.map(([language, text]) => ({ text, language, narrative: null, stance: null }));
