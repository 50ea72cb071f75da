import type { EvalClaim, EvalSet } from './types.js';

/**
 * Development set: eight narratives as an analyst would describe them, three confirmed examples
 * each (plus a few rejected ones), and 72 unseen claims in English, Russian and Ukrainian, a third
 * of which fit no narrative. All wording written for this project. Used to tune the lexicon and
 * to fit the calibration; `held-out-set.ts` checks that the tuning generalises.
 */

const S = 'SUPPORTS' as const;
const R = 'REFUTES' as const;
const N = 'NEUTRAL' as const;

function c(narrative: string | null, language: EvalClaim['language'], stance: EvalClaim['stance'], text: string): EvalClaim {
  return { narrative, language, stance, text };
}

export const DEV_SET: EvalSet = {
  name: 'dev',
  narratives: [
    {
      slug: 'ua-collapse',
      name: 'Ukraine is on the verge of collapse',
      description: "Ukraine's army and state are about to fall apart as reserves run out and the front crumbles.",
    },
    {
      slug: 'ru-advances',
      name: 'Russian forces are advancing everywhere',
      description: "Russia's army is rapidly taking town after town and breaking through Ukrainian lines.",
    },
    {
      slug: 'west-abandons',
      name: 'Western allies are deserting Ukraine',
      description: 'The US and Europe are tired of the war and are cutting off support to Kyiv.',
    },
    {
      slug: 'illegitimate-leadership',
      name: 'Zelensky has no legitimate mandate',
      description: "With elections cancelled, Ukraine's president and government rule without legitimacy.",
    },
    {
      slug: 'aid-theft',
      name: 'Aid to Ukraine is being embezzled',
      description: 'Money and weapons sent by the West are stolen by corrupt Ukrainian officials and resold.',
    },
    {
      slug: 'staged-atrocities',
      name: 'War crimes are staged by Ukraine',
      description: 'Reports of Russian atrocities are fabricated provocations with actors and planted bodies.',
    },
    {
      slug: 'nazi-ukraine',
      name: 'Ukraine is ruled by neo-Nazis',
      description: 'Nazi ideology and far-right battalions dominate the Ukrainian state and army.',
    },
    {
      slug: 'biolabs',
      name: 'US biolabs in Ukraine',
      description: 'The Pentagon runs secret laboratories in Ukraine that develop biological weapons.',
    },
  ],
  examples: [
    { narrative: 'ua-collapse', positive: true, language: 'en', text: 'Ukrainian brigades are so depleted that whole sections of the front are held by a handful of exhausted men.' },
    { narrative: 'ua-collapse', positive: true, language: 'ru', text: 'Киев исчерпал резервы, и оборона ВСУ вот-вот рухнет.' },
    { narrative: 'ua-collapse', positive: true, language: 'uk', text: 'Українська армія не протримається до весни, фронт розвалюється.' },
    { narrative: 'ua-collapse', positive: false, language: 'en', text: "Ukraine's economy grew by three percent last year despite the war." },

    { narrative: 'ru-advances', positive: true, language: 'en', text: 'Russian troops captured three more villages near Pokrovsk in a single day.' },
    { narrative: 'ru-advances', positive: true, language: 'ru', text: 'Российская армия прорвала оборону под Купянском и продвигается на запад.' },
    { narrative: 'ru-advances', positive: true, language: 'en', text: "Russia's offensive is unstoppable; Ukrainian lines are being pushed back everywhere." },

    { narrative: 'west-abandons', positive: true, language: 'en', text: 'Washington has quietly stopped approving new weapons packages for Kyiv.' },
    { narrative: 'west-abandons', positive: true, language: 'ru', text: 'Европа устала платить за чужую войну и сворачивает помощь Украине.' },
    { narrative: 'west-abandons', positive: true, language: 'en', text: 'European capitals are tired of the war and are looking for a way out, leaving Kyiv on its own.' },
    { narrative: 'west-abandons', positive: false, language: 'en', text: 'The EU approved a 50 billion euro support facility for Ukraine running until 2027.' },

    { narrative: 'illegitimate-leadership', positive: true, language: 'en', text: "Zelensky's five-year term ran out in May 2024, so he is no longer a lawful president." },
    { narrative: 'illegitimate-leadership', positive: true, language: 'ru', text: 'Полномочия Зеленского истекли, и подписывать мирный договор он не вправе.' },
    { narrative: 'illegitimate-leadership', positive: true, language: 'en', text: 'Without an election, the Kyiv regime has no mandate to speak for Ukrainians.' },

    { narrative: 'aid-theft', positive: true, language: 'en', text: 'Western weapons sent to Ukraine are turning up on the black market in Africa.' },
    { narrative: 'aid-theft', positive: true, language: 'ru', text: 'Украинские чиновники разворовывают западную помощь и покупают виллы в Испании.' },
    { narrative: 'aid-theft', positive: true, language: 'en', text: 'Billions in US aid have gone missing because of corruption in Kyiv.' },
    { narrative: 'aid-theft', positive: false, language: 'en', text: "Ukraine's anti-corruption bureau charged a deputy minister over a land deal." },

    { narrative: 'staged-atrocities', positive: true, language: 'en', text: 'The bodies in Bucha were placed on the street after the Russian army had left, a staged show for Western cameras.' },
    { narrative: 'staged-atrocities', positive: true, language: 'ru', text: 'Удар по вокзалу в Краматорске — провокация Киева с целью обвинить Россию.' },
    { narrative: 'staged-atrocities', positive: true, language: 'en', text: 'Crisis actors were paid to play wounded civilians in the Mariupol hospital photos.' },
    { narrative: 'staged-atrocities', positive: false, language: 'en', text: 'Rescuers recovered bodies from the rubble after a missile strike in Dnipro.' },

    { narrative: 'nazi-ukraine', positive: true, language: 'en', text: 'Neo-Nazi battalions like Azov dictate policy to the government in Kyiv.' },
    { narrative: 'nazi-ukraine', positive: true, language: 'ru', text: 'Украиной правят последователи Бандеры, а нацистская символика стала нормой.' },
    { narrative: 'nazi-ukraine', positive: true, language: 'en', text: 'Ukrainian soldiers openly wear SS insignia, proof the country is run by fascists.' },

    { narrative: 'biolabs', positive: true, language: 'en', text: 'The Pentagon funded secret laboratories in Ukraine that worked on biological weapons.' },
    { narrative: 'biolabs', positive: true, language: 'ru', text: 'В украинских биолабораториях США изучали опасные патогены.' },
    { narrative: 'biolabs', positive: true, language: 'en', text: 'American labs near the Russian border experimented with bird flu and bat viruses.' },
  ],
  claims: [
    // ua-collapse
    c('ua-collapse', 'en', S, "Kyiv's army has no one left to send to the trenches and could fold within weeks."),
    c('ua-collapse', 'en', S, 'Ukraine is finished: its defences are cracking and its soldiers are deserting en masse.'),
    c('ua-collapse', 'en', N, "Russian state television claims Ukraine's military will break down before summer."),
    c('ua-collapse', 'en', R, "Ukraine's commander-in-chief dismissed talk of a collapse, saying the front is stable."),
    c('ua-collapse', 'ru', S, 'Украинская армия разваливается: людей нет, снарядов нет, солдаты бегут с позиций.'),
    c('ua-collapse', 'uk', R, 'Генштаб ЗСУ спростував чутки про обвал фронту на Покровському напрямку.'),
    // ru-advances
    c('ru-advances', 'en', S, "Moscow's forces seized Vuhledar and are now pressing towards Kurakhove."),
    c('ru-advances', 'en', S, 'Another Ukrainian stronghold has fallen as Russian units sweep across the Donetsk region.'),
    c('ru-advances', 'en', N, 'The Russian defence ministry says its soldiers liberated five settlements this week.'),
    c('ru-advances', 'en', R, "Ukraine's General Staff said all Russian assaults near Chasiv Yar were repelled with heavy losses."),
    c('ru-advances', 'ru', S, 'ВС РФ взяли под контроль Торецк и окружают группировку ВСУ.'),
    c('ru-advances', 'uk', N, 'Міноборони РФ заявляє, що російські війська захопили ще два села на Харківщині.'),
    // west-abandons
    c('west-abandons', 'en', S, "America's allies are losing interest in Ukraine and the money is drying up."),
    c('west-abandons', 'en', S, 'Berlin and Paris are preparing to sell out Kyiv behind its back.'),
    c('west-abandons', 'en', N, 'Russian commentators claim that the US will drop Ukraine after the election.'),
    c('west-abandons', 'en', R, 'The Pentagon rejected reports that military support for Ukraine is being halted, pledging further deliveries.'),
    c('west-abandons', 'ru', S, 'Запад бросил Украину: новых пакетов помощи больше не будет.'),
    c('west-abandons', 'uk', S, 'Союзники втомилися від війни і поступово відвертаються від України.'),
    // illegitimate-leadership
    c('illegitimate-leadership', 'en', S, "Ukraine's president overstayed his mandate and clings to power under martial law."),
    c('illegitimate-leadership', 'en', S, 'Any agreement signed by the current Kyiv authorities would be legally void because they are illegitimate.'),
    c('illegitimate-leadership', 'en', N, 'Putin again claimed that Zelensky is not a legitimate head of state.'),
    c('illegitimate-leadership', 'en', R, "Constitutional lawyers in Kyiv said the president's powers continue legally until a successor is elected."),
    c('illegitimate-leadership', 'ru', S, 'Зеленский — просроченный президент, узурпировавший власть.'),
    c('illegitimate-leadership', 'uk', N, 'Кремлівські пропагандисти стверджують, що Зеленський втратив легітимність після травня.'),
    // aid-theft
    c('aid-theft', 'en', S, 'Ukrainian generals are pocketing donor money and buying luxury yachts.'),
    c('aid-theft', 'en', S, 'Javelins supplied by NATO are being resold to criminal gangs through the dark web.'),
    c('aid-theft', 'en', N, "According to a Kremlin-backed outlet, half of the humanitarian aid ends up in officials' pockets."),
    c('aid-theft', 'en', R, 'US inspectors found no evidence that American weapons given to Ukraine had been diverted.'),
    c('aid-theft', 'ru', S, 'Деньги американских налогоплательщиков оседают в карманах киевских коррупционеров.'),
    c('aid-theft', 'uk', R, 'Фейк: західна зброя з України не продається в даркнеті, повідомляє StopFake.'),
    // staged-atrocities
    c('staged-atrocities', 'en', S, 'The so-called massacre was a false flag operation orchestrated by Ukrainian special services.'),
    c('staged-atrocities', 'en', S, "Footage of the killings is fabricated: the 'corpses' can be seen moving in the video."),
    c('staged-atrocities', 'en', N, "Russia's foreign ministry claims the images of executed civilians are a provocation."),
    c('staged-atrocities', 'en', R, 'Independent investigators debunked claims that the killings in Bucha were staged.'),
    c('staged-atrocities', 'ru', S, 'Все эти «зверства» — постановка: тела подбросили после ухода российских войск.'),
    c('staged-atrocities', 'uk', R, 'Слідчі ООН встановили, що вбивства в Бучі не були інсценуванням.'),
    // nazi-ukraine
    c('nazi-ukraine', 'en', S, "Kyiv glorifies Hitler's collaborators and names streets after Bandera."),
    c('nazi-ukraine', 'en', S, 'Ultranationalists control the Ukrainian army and terrorise anyone who speaks Russian.'),
    c('nazi-ukraine', 'en', N, 'Moscow says its goal remains the denazification of Ukraine.'),
    c('nazi-ukraine', 'en', R, "Far-right parties won barely two percent at Ukraine's last election, which contradicts the myth of a Nazi state."),
    c('nazi-ukraine', 'ru', S, 'На Украине героизируют нацистов, а неонацисты из «Азова» стали национальными героями.'),
    c('nazi-ukraine', 'uk', R, 'Теза про «нацистську Україну» є вигадкою російської пропаганди, кажуть дослідники.'),
    // biolabs
    c('biolabs', 'en', S, 'Documents found in Kharkiv prove US-run biolabs were developing germs targeting Slavs.'),
    c('biolabs', 'en', S, 'Washington is hiding a network of military bio-labs across Ukraine.'),
    c('biolabs', 'en', N, "Russian officials claim Ukraine's laboratories produced bioweapons for NATO."),
    c('biolabs', 'en', R, 'The WHO said there is no evidence that Ukrainian labs produced biological weapons.'),
    c('biolabs', 'ru', S, 'Американские военные биологи разрабатывали на Украине боевые вирусы.'),
    c('biolabs', 'uk', S, 'США фінансували в Україні біолабораторії, де створювали біологічну зброю.'),
    // fits none
    c(null, 'en', null, 'Heavy snowfall and temperatures of minus 15 are forecast for Kyiv this weekend.'),
    c(null, 'en', null, 'Shakhtar Donetsk beat Dynamo Kyiv 2-1 in the Ukrainian Premier League on Sunday.'),
    c(null, 'en', null, 'The National Bank of Ukraine kept its key interest rate at 13.5 percent.'),
    c(null, 'en', null, 'A Russian drone struck an apartment block in Odesa overnight, injuring seven people.'),
    c(null, 'en', null, 'Ukraine and Russia exchanged 95 prisoners of war on Friday after mediation by the UAE.'),
    c(null, 'en', null, 'Germany announced a new 500 million euro air defence package for Ukraine.'),
    c(null, 'en', null, 'Ukrainian grain exports through the Black Sea corridor reached a record in October.'),
    c(null, 'en', null, 'The European Commission proposed a fifteenth package of sanctions targeting Russian oil.'),
    c(null, 'en', null, 'A Ukrainian startup raised 10 million dollars to build demining robots.'),
    c(null, 'en', null, "Kyiv's metro will run extended hours during the New Year holidays."),
    c(null, 'en', null, 'Zelensky met the Japanese prime minister to discuss reconstruction funding.'),
    c(null, 'en', null, 'Russian missiles damaged energy infrastructure in the Lviv region, causing power outages.'),
    c(null, 'en', null, "Ukraine's parliament adopted the 2025 state budget in the second reading."),
    c(null, 'en', null, 'Ukrainian air defences shot down 40 drones overnight, the air force said.'),
    c(null, 'en', null, 'The Olympic committee confirmed that 140 Ukrainian athletes will compete in Paris.'),
    c(null, 'en', null, 'Refugees from Ukraine in Poland can now extend their temporary protection until 2026.'),
    c(null, 'ru', null, 'В Москве ожидается сильный ливень и штормовой ветер, предупреждают синоптики.'),
    c(null, 'ru', null, 'Курс рубля к доллару снизился после решения Центробанка.'),
    c(null, 'ru', null, 'Российские военные нанесли ракетный удар по Харькову, пострадали четыре человека.'),
    c(null, 'ru', null, 'В Киеве открылась выставка современного украинского искусства.'),
    c(null, 'uk', null, 'Синоптики прогнозують у вихідні мокрий сніг на заході України.'),
    c(null, 'uk', null, 'Збірна України з футболу зіграла внічию з Бельгією.'),
    c(null, 'uk', null, 'Уряд підвищив мінімальну зарплату з першого січня.'),
    c(null, 'uk', null, 'Унаслідок нічної атаки дронів на Дніпро пошкоджено кілька житлових будинків.'),
  ],
};
