import type { EvalClaim, EvalSet } from './types.js';

/**
 * Held-out set, written after the lexicon and the calibration were tuned on `dev-set.ts` and not
 * used for tuning since: other descriptions, other examples and other wording of the claims
 * (including two narratives the dev sets do not have). Eight narratives, three confirmed examples
 * each, 59 unseen claims in English, Russian and Ukrainian, a third fitting none. Our own wording.
 */

const S = 'SUPPORTS' as const;
const R = 'REFUTES' as const;
const N = 'NEUTRAL' as const;

function c(narrative: string | null, language: EvalClaim['language'], stance: EvalClaim['stance'], text: string): EvalClaim {
  return { narrative, language, stance, text };
}

export const HELD_OUT_SET: EvalSet = {
  name: 'held-out',
  narratives: [
    { slug: 'h-collapse', name: 'Ukraine faces imminent collapse', description: 'Kyiv is running out of soldiers and money and its resistance will soon break.' },
    { slug: 'h-advances', name: 'Russia makes sweeping advances', description: 'The Russian army keeps seizing territory and Ukrainian defence lines are giving way.' },
    { slug: 'h-abandon', name: 'The West is abandoning Ukraine', description: 'Ukraine’s allies have grown weary and are walking away from their promises of support.' },
    { slug: 'h-illegitimate', name: "Kyiv's leadership is illegitimate", description: 'Zelensky’s presidential term has expired, so his government has no lawful authority.' },
    { slug: 'h-stolen', name: 'Western aid is stolen by corrupt officials', description: 'Corrupt Ukrainian officials embezzle foreign money and resell donated weapons.' },
    { slug: 'h-staged', name: 'Atrocities are staged provocations', description: 'Scenes of massacres are fabricated by Ukraine as provocations against Russia.' },
    { slug: 'h-sanctions', name: 'Sanctions hurt the West more than Russia', description: 'Western sanctions have backfired, damaging European economies while Russia prospers.' },
    { slug: 'h-mobilisation', name: 'Ukrainians are forcibly mobilised', description: 'Draft officers snatch men off the streets and send them to the front against their will.' },
  ],
  examples: [
    { narrative: 'h-collapse', positive: true, language: 'en', text: 'Ukraine is scraping the bottom of the barrel for recruits and its lines are thinning.' },
    { narrative: 'h-collapse', positive: true, language: 'uk', text: 'Ще кілька місяців, і оборона України просто посиплеться.' },
    { narrative: 'h-collapse', positive: true, language: 'en', text: 'The Ukrainian economy survives only on foreign handouts and is close to default.' },
    { narrative: 'h-advances', positive: true, language: 'en', text: 'Russian units overran Ukrainian trenches south of Pokrovsk and moved several kilometres forward.' },
    { narrative: 'h-advances', positive: true, language: 'ru', text: 'Российские войска заняли Угледар и развивают наступление.' },
    { narrative: 'h-advances', positive: true, language: 'en', text: 'Another town in Donetsk region came under Russian control this week.' },
    { narrative: 'h-abandon', positive: true, language: 'en', text: 'Congress refuses to pass any more money for Kyiv.' },
    { narrative: 'h-abandon', positive: true, language: 'uk', text: 'Європа втомилася від української війни і шукає привід припинити допомогу.' },
    { narrative: 'h-abandon', positive: true, language: 'en', text: 'Western leaders will soon force Ukraine to accept whatever Moscow offers.' },
    { narrative: 'h-illegitimate', positive: true, language: 'en', text: 'Since May 2024 Zelensky has been ruling without any mandate.' },
    { narrative: 'h-illegitimate', positive: true, language: 'ru', text: 'Легитимность киевской власти закончилась вместе с президентским сроком.' },
    { narrative: 'h-illegitimate', positive: true, language: 'en', text: 'Nobody in Kyiv has the legal right to sign a peace treaty.' },
    { narrative: 'h-stolen', positive: true, language: 'en', text: 'Ukrainian officials pocket a large share of every aid tranche.' },
    { narrative: 'h-stolen', positive: true, language: 'ru', text: 'Западное оружие из Украины продают на черном рынке.' },
    { narrative: 'h-stolen', positive: true, language: 'en', text: 'Donor millions meant for hospitals ended up in offshore accounts.' },
    { narrative: 'h-staged', positive: true, language: 'en', text: 'The Bucha street scene was arranged with bodies brought in from elsewhere.' },
    { narrative: 'h-staged', positive: true, language: 'ru', text: 'Трагедия в Краматорске — спланированная провокация украинской стороны.' },
    { narrative: 'h-staged', positive: true, language: 'en', text: 'Ukraine staged the hospital bombing with actors to win sympathy.' },
    { narrative: 'h-sanctions', positive: true, language: 'en', text: 'European industry is dying because of the sanctions while Russia finds new markets.' },
    { narrative: 'h-sanctions', positive: true, language: 'ru', text: 'Санкции ударили по самой Европе: цены на газ взлетели, а Россия только окрепла.' },
    { narrative: 'h-sanctions', positive: true, language: 'en', text: 'The embargo on Russian oil has only made Europeans poorer.' },
    { narrative: 'h-mobilisation', positive: true, language: 'en', text: 'Recruitment officers grab men at bus stops and drive them straight to training camps.' },
    { narrative: 'h-mobilisation', positive: true, language: 'uk', text: 'Працівники ТЦК силоміць запихають чоловіків у бусики.' },
    { narrative: 'h-mobilisation', positive: true, language: 'en', text: 'Ukraine drafts men against their will and sends them to die untrained.' },
  ],
  claims: [
    // h-collapse
    c('h-collapse', 'en', S, 'Ukraine will be defeated within months: there is nobody left to defend the cities.'),
    c('h-collapse', 'en', S, 'The Ukrainian front is breaking apart under the pressure.'),
    c('h-collapse', 'ru', S, 'Киев на грани краха: резервы израсходованы, армия деморализована.'),
    c('h-collapse', 'uk', R, 'Інститут вивчення війни заперечує, що оборона України на межі колапсу.'),
    c('h-collapse', 'en', N, 'A Russian talk-show host claimed Ukraine would capitulate by the end of the year.'),
    // h-advances
    c('h-advances', 'en', S, 'Russian forces captured Krasnohorivka and are pressing on towards Kurakhove.'),
    c('h-advances', 'en', S, 'The Russian offensive in Kharkiv region has pushed Ukrainian troops back several kilometres.'),
    c('h-advances', 'ru', S, 'Армия России прорвала фронт и продвигается вглубь Запорожской области.'),
    c('h-advances', 'uk', N, 'Російські воєнкори повідомляють, що війська РФ захопили околиці Часового Яру.'),
    c('h-advances', 'en', R, 'Ukrainian commanders said the Russian advance near Toretsk had been stopped and the positions held.'),
    // h-abandon
    c('h-abandon', 'en', S, 'The Americans are washing their hands of Ukraine.'),
    c('h-abandon', 'en', S, 'European governments are quietly turning their backs on Kyiv as war fatigue sets in.'),
    c('h-abandon', 'ru', S, 'Запад предал Украину и больше не собирается ее финансировать.'),
    c('h-abandon', 'uk', R, 'Союзники спростували чутки про припинення військової допомоги Україні.'),
    c('h-abandon', 'en', N, 'Russian media reported that Brussels is tired of Ukraine.'),
    // h-illegitimate
    c('h-illegitimate', 'en', S, "Zelensky's presidency has expired and he is now an usurper."),
    c('h-illegitimate', 'ru', S, 'Зеленский незаконно удерживает власть после истечения полномочий.'),
    c('h-illegitimate', 'uk', N, 'Путін стверджує, що в України немає легітимного президента.'),
    c('h-illegitimate', 'en', R, 'Legal experts debunked the claim that Zelensky lost his legitimacy in May 2024.'),
    // h-stolen
    c('h-stolen', 'en', S, 'Kyiv officials embezzled millions from Western reconstruction funds.'),
    c('h-stolen', 'en', S, 'Artillery shells donated by Europe are being resold to African militias.'),
    c('h-stolen', 'ru', S, 'Помощь Запада разворовывается украинскими коррупционерами.'),
    c('h-stolen', 'uk', R, 'Інспектори Пентагону не знайшли доказів розкрадання американської допомоги.'),
    c('h-stolen', 'en', N, 'Russian diplomats allege that weapons sent to Kyiv are turning up in the hands of criminals.'),
    // h-staged
    c('h-staged', 'en', S, 'The footage of executed civilians in Bucha was faked by Ukrainian intelligence.'),
    c('h-staged', 'en', S, 'The Kramatorsk station strike was a false flag to frame Russia.'),
    c('h-staged', 'ru', S, 'Снимки тел на улицах — очередная инсценировка для западных журналистов.'),
    c('h-staged', 'uk', R, 'Розслідувачі спростували тезу, що трагедію в Бучі було інсценовано.'),
    // h-sanctions
    c('h-sanctions', 'en', S, 'Sanctions have hit Germany harder than Moscow.'),
    c('h-sanctions', 'ru', S, 'Антироссийские санкции бумерангом ударили по экономике ЕС.'),
    c('h-sanctions', 'en', R, 'Economists dismissed the idea that sanctions hurt Europe more than Russia, pointing to Russia’s soaring inflation.'),
    // h-mobilisation
    c('h-mobilisation', 'en', S, 'Conscription officers are rounding up men in shopping centres.'),
    c('h-mobilisation', 'ru', S, 'На Украине мужчин хватают прямо на улицах и отправляют на фронт.'),
    c('h-mobilisation', 'uk', N, 'Російські пропагандисти стверджують, що в Україні проводять примусову мобілізацію.'),
    c('h-mobilisation', 'en', S, 'Men are being dragged from their cars and sent to the front.'),
    // fits none
    c(null, 'en', null, 'Temperatures will drop below zero in eastern Ukraine from Tuesday.'),
    c(null, 'en', null, 'Ukraine beat Slovakia 2-1 in the European Championship group stage.'),
    c(null, 'en', null, 'Ukrainian GDP grew by 4 percent in the second quarter, the statistics office said.'),
    c(null, 'en', null, 'A Russian glide bomb hit an industrial site in Zaporizhzhia, injuring two workers.'),
    c(null, 'en', null, 'Kyiv and Warsaw signed an agreement on joint production of drones.'),
    c(null, 'en', null, 'The World Bank approved a loan for repairing Ukrainian schools.'),
    c(null, 'en', null, 'Ukrainian railways launched a new night train between Kyiv and Vienna.'),
    c(null, 'en', null, 'The Kremlin said Putin will attend the BRICS summit in Kazan.'),
    c(null, 'en', null, 'Ukraine’s energy company restored power to 200,000 households after the storm.'),
    c(null, 'en', null, 'The UN nuclear agency said the Zaporizhzhia plant remains in cold shutdown.'),
    c(null, 'en', null, 'A new museum of the Holodomor opened in Kyiv.'),
    c(null, 'en', null, 'Over 300 Ukrainian soldiers returned home in the latest prisoner swap.'),
    c(null, 'en', null, 'Zelensky signed a decree on the development of the IT sector.'),
    c(null, 'en', null, 'Ukraine opened a new air defence training centre with help from Germany.'),
    c(null, 'ru', null, 'В Санкт-Петербурге прошел международный экономический форум.'),
    c(null, 'ru', null, 'Сильные морозы ожидаются в Сибири на следующей неделе.'),
    c(null, 'ru', null, 'Украинские беспилотники атаковали нефтебазу в Брянской области.'),
    c(null, 'ru', null, 'Российский теннисист вышел в полуфинал турнира в Мадриде.'),
    c(null, 'ru', null, 'Госдума приняла закон о повышении налогов для крупного бизнеса.'),
    c(null, 'uk', null, 'Українські аграрії зібрали рекордний урожай кукурудзи.'),
    c(null, 'uk', null, 'У Львові відкрили новий центр реабілітації для ветеранів.'),
    c(null, 'uk', null, 'Укрзалізниця запускає додаткові поїзди на свята.'),
    c(null, 'uk', null, 'Вночі сили ППО збили 25 ворожих дронів над Київщиною.'),
    c(null, 'uk', null, 'Кабмін ухвалив програму кредитування малого бізнесу.'),
  ],
};
