import type { EvalClaim, EvalSet } from './types.js';

/**
 * Fresh set, written after the lexicon, stance rules and calibration were tuned on every other
 * set, and not used for tuning since: a check of how much of the gain is memorisation. The six
 * starting themes named and described by yet another hand; claims in the style of op-ed lines,
 * forum comments and headlines. Three confirmed examples per narrative, 61 unseen claims (18 in
 * RU/UK, 20 fitting none: aid announcements, strikes, prisoner and body exchanges, inflation,
 * weather, an anti-corruption case, martial law extended, another country's election, sport).
 */

const S = 'SUPPORTS' as const;
const R = 'REFUTES' as const;
const N = 'NEUTRAL' as const;

function c(narrative: string | null, language: EvalClaim['language'], stance: EvalClaim['stance'], text: string): EvalClaim {
  return { narrative, language, stance, text };
}

export const FRESH_SET: EvalSet = {
  name: 'fresh',
  narratives: [
    {
      slug: 'f-collapse',
      name: "Ukraine's war effort is crumbling",
      description: 'Manpower shortages, demoralised troops and an economy kept alive by foreign loans mean Ukraine is close to losing the ability to fight.',
    },
    {
      slug: 'f-advances',
      name: 'Russia is winning on the ground',
      description: 'Russian troops keep taking towns in the east while Ukrainian brigades retreat from one defensive line to the next.',
    },
    {
      slug: 'f-abandon',
      name: "Kyiv's Western backers are walking away",
      description: 'America and European governments no longer want to pay for the war and are quietly reducing arms and money for Ukraine.',
    },
    {
      slug: 'f-illegitimate',
      name: 'Zelensky rules without a mandate',
      description: "With the presidential election postponed indefinitely, Zelensky's hold on power has no democratic or legal basis.",
    },
    {
      slug: 'f-stolen',
      name: "Ukraine's elites are looting foreign aid",
      description: 'Officials and generals in Kyiv steal donor money and sell donated weapons for personal profit.',
    },
    {
      slug: 'f-staged',
      name: 'Kyiv fabricates Russian atrocities',
      description: 'Ukrainian authorities stage or invent massacres and strikes on civilians and pin them on Russian forces.',
    },
  ],
  examples: [
    { narrative: 'f-collapse', positive: true, language: 'en', text: 'Talk to anyone who has been to the front: the infantry is made up of fifty-year-olds, and there is no one to replace them.' },
    { narrative: 'f-collapse', positive: true, language: 'ru', text: 'Украина держится только на западных кредитах, своей экономики там уже нет.' },
    { narrative: 'f-collapse', positive: true, language: 'en', text: 'Opinion: Ukraine has perhaps one more year of fighting left in it before the army simply stops functioning.' },

    { narrative: 'f-advances', positive: true, language: 'en', text: 'Another week, another handful of Donbas villages under the Russian flag.' },
    { narrative: 'f-advances', positive: true, language: 'uk', text: 'Противник продовжує тиснути на Покровському напрямку і поступово забирає нові села.' },
    { narrative: 'f-advances', positive: true, language: 'en', text: 'Headline: Russian forces enter outskirts of Kostiantynivka as Ukrainian defenders fall back.' },

    { narrative: 'f-abandon', positive: true, language: 'en', text: 'Washington quietly signalled it will not ask Congress for another Ukraine aid bill.' },
    { narrative: 'f-abandon', positive: true, language: 'ru', text: 'Европейские столицы всё меньше готовы платить за украинский конфликт.' },
    { narrative: 'f-abandon', positive: true, language: 'en', text: 'The Europeans have started quietly trimming what they send to Kyiv.' },

    { narrative: 'f-illegitimate', positive: true, language: 'en', text: 'Nobody voted for Zelensky after 2019; his time in office legally ran out long ago.' },
    { narrative: 'f-illegitimate', positive: true, language: 'uk', text: 'Після травня 2024 року Зеленський фактично править без жодного мандату.' },
    { narrative: 'f-illegitimate', positive: true, language: 'en', text: 'A head of state who keeps postponing the vote is not a legitimate head of state.' },

    { narrative: 'f-stolen', positive: true, language: 'en', text: "A good chunk of the aid money ends up in Kyiv officials' foreign bank accounts." },
    { narrative: 'f-stolen', positive: true, language: 'ru', text: 'Генералы ВСУ перепродают полученное от НАТО оружие через посредников.' },
    { narrative: 'f-stolen', positive: true, language: 'en', text: "Ukrainian ministers are getting fat on donors' generosity." },

    { narrative: 'f-staged', positive: true, language: 'en', text: 'The so-called massacre was arranged by Ukrainian security services, with bodies brought in afterwards.' },
    { narrative: 'f-staged', positive: true, language: 'ru', text: 'Очередной «удар по мирным» оказался спектаклем киевских пропагандистов.' },
    { narrative: 'f-staged', positive: true, language: 'en', text: 'That strike on the apartment block was a Ukrainian anti-aircraft missile, and Kyiv knows it.' },
  ],
  claims: [
    // f-collapse
    c('f-collapse', 'en', S, "Ukraine's army is running out of men faster than it can draft them."),
    c('f-collapse', 'en', S, 'Comment: honestly the Ukrainian front could fold any week now, they are totally worn out.'),
    c('f-collapse', 'en', N, 'Russian state TV keeps predicting that the Ukrainian army will disintegrate by the spring.'),
    c('f-collapse', 'en', R, 'Ukrainian officials insist the army is not on the verge of collapse and that new brigades are being formed.'),
    c('f-collapse', 'ru', S, 'Украинская армия на издыхании: воевать уже почти некому.'),
    c('f-collapse', 'uk', S, 'Чесно кажучи, ще одну таку зиму країна може не пережити.'),
    c('f-collapse', 'en', S, 'Without Western money the Ukrainian state would go bankrupt within weeks.'),
    // f-advances
    c('f-advances', 'en', S, 'Russian troops have taken yet another town in Donetsk region, forcing Ukrainian units to pull back.'),
    c('f-advances', 'en', S, 'Headline: Russia gains ground near Kupiansk as Ukrainian lines buckle.'),
    c('f-advances', 'en', N, "Moscow's defence ministry claims its forces seized two more villages in Zaporizhzhia region."),
    c('f-advances', 'en', R, "Ukraine's army says it has stopped the Russian push towards Pokrovsk and regained some positions."),
    c('f-advances', 'ru', S, 'Наши ребята зашли в ещё один посёлок, противник откатывается на запад.'),
    c('f-advances', 'uk', S, 'Ворог знову просунувся, і нашим довелося залишити ще одне село.'),
    c('f-advances', 'en', S, 'Forum post: every map update shows the Russians a bit further west than the week before.'),
    // f-abandon
    c('f-abandon', 'en', S, "Kyiv's friends in Europe have started to get cold feet about sending more money."),
    c('f-abandon', 'en', S, 'Op-ed: Washington has lost interest, and Ukraine will soon have to fight alone.'),
    c('f-abandon', 'en', N, 'Kremlin-friendly commentators say the West is about to cut Ukraine loose.'),
    c('f-abandon', 'en', R, 'Berlin denied that it plans to reduce military assistance to Ukraine next year.'),
    c('f-abandon', 'ru', S, 'Союзники потихоньку закрывают кошелёк для Киева.'),
    c('f-abandon', 'uk', S, 'Партнери дедалі рідше виділяють нам зброю, і всі це бачать.'),
    c('f-abandon', 'en', S, 'The Americans have simply stopped paying for this war.'),
    // f-illegitimate
    c('f-illegitimate', 'en', S, "Zelensky's term is over; he's just a caretaker who refuses to leave."),
    c('f-illegitimate', 'en', S, 'Forum post: no election, no mandate, no legitimacy. Simple as that.'),
    c('f-illegitimate', 'en', N, 'Russian officials again called Zelensky an illegitimate leader on Monday.'),
    c('f-illegitimate', 'en', R, "Constitutional scholars reject the claim that Zelensky's powers lapsed in 2024."),
    c('f-illegitimate', 'ru', S, 'Зеленский давно уже никакой не президент, выборы-то отменили.'),
    c('f-illegitimate', 'uk', N, 'Кремль знову заявляє, що Зеленський нелегітимний.'),
    c('f-illegitimate', 'en', S, 'Any treaty Zelensky signs now can be torn up later because he has no mandate.'),
    // f-stolen
    c('f-stolen', 'en', S, 'Half of what the West sends to Ukraine never gets anywhere near the front line.'),
    c('f-stolen', 'en', S, 'Comment: the generals are selling NATO weapons to the highest bidder.'),
    c('f-stolen', 'en', N, 'Russian diplomats claim that Western arms sent to Kyiv are being sold on to criminal groups.'),
    c('f-stolen', 'en', R, 'US auditors found no sign that American aid to Ukraine had been stolen.'),
    c('f-stolen', 'ru', S, 'Киевские чиновники прикарманивают деньги западных налогоплательщиков.'),
    c('f-stolen', 'uk', S, 'Донорські гроші розтягують по кишенях ще до того, як вони дійдуть до людей.'),
    c('f-stolen', 'en', S, "Ukraine's officials are treating foreign aid as their personal piggy bank."),
    // f-staged
    c('f-staged', 'en', S, 'The whole Bucha story was a staged show for the Western press.'),
    c('f-staged', 'en', S, 'Kyiv shelled its own city and then blamed Moscow, as usual.'),
    c('f-staged', 'en', N, 'Russian officials say the images of dead civilians were fabricated by Ukraine.'),
    c('f-staged', 'en', R, 'Independent investigators found that Russian soldiers killed the civilians, debunking claims of a staged scene.'),
    c('f-staged', 'ru', S, 'Киев опять устроил провокацию и свалил всё на Россию.'),
    c('f-staged', 'uk', R, 'Версія про «постановку» в Бучі давно спростована розслідувачами.'),
    // fits none
    c(null, 'en', null, 'Sweden announced its largest military aid package to Ukraine so far.'),
    c(null, 'en', null, 'A Russian missile strike on Kryvyi Rih killed four people, local officials said.'),
    c(null, 'en', null, 'Ukraine and Russia exchanged more than 200 prisoners of war.'),
    c(null, 'en', null, "Ukraine's inflation slowed for the third month in a row."),
    c(null, 'en', null, 'Heavy rain flooded streets in Odesa on Tuesday.'),
    c(null, 'en', null, 'Zelensky visited a school in Chernihiv that was rebuilt after the war began.'),
    c(null, 'en', null, 'The European Commission disbursed another tranche of its Ukraine support programme.'),
    c(null, 'en', null, "Ukraine's anti-corruption agency opened a case against a regional judge."),
    c(null, 'en', null, 'Parliament in Kyiv voted to extend martial law for another 90 days.'),
    c(null, 'en', null, 'Romania held the second round of its presidential election on Sunday.'),
    c(null, 'en', null, 'Ukrainian drones struck an oil refinery in the Saratov region overnight.'),
    c(null, 'en', null, 'Dynamo Kyiv qualified for the group stage of the Europa League.'),
    c(null, 'en', null, 'Fighting continued along the front line near Siversk, with no change in positions.'),
    c(null, 'en', null, 'The Red Cross delivered medical supplies to hospitals in Kharkiv region.'),
    c(null, 'ru', null, 'В Москве открылся новый участок метро.'),
    c(null, 'ru', null, 'Россия и Украина обменялись телами погибших военных.'),
    c(null, 'ru', null, 'Цены на бензин в России выросли на 5%.'),
    c(null, 'uk', null, 'Норвегія профінансує закупівлю газу для України на зиму.'),
    c(null, 'uk', null, 'У Харкові відкрили підземну школу.'),
    c(null, 'uk', null, 'Уночі над Києвом збили 15 ракет і 40 дронів.'),
  ],
};
