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

/**
 * Second development tranche: the six narratives an analyst is expected to start with, described
 * in our own words, with three confirmed examples each and 42 unseen claims (a third off-topic).
 */
export const DEV_SET_B: EvalSet = {
  name: 'dev-b',
  narratives: [
    { slug: 'collapse', name: 'Ukraine faces imminent collapse', description: "Ukraine's defences and economy are close to breaking down and the state may not survive the year." },
    { slug: 'advances', name: 'Russia makes sweeping advances', description: 'Russian forces are gaining ground fast and Ukrainian positions are falling one after another.' },
    { slug: 'abandon', name: 'The West is abandoning Ukraine', description: 'Washington and European capitals are losing interest in Kyiv and scaling back their help.' },
    { slug: 'illegitimate', name: "Kyiv's leadership is illegitimate", description: "Ukraine's president and government hold power without a valid mandate because elections were not held." },
    { slug: 'stolen-aid', name: 'Western aid is stolen by corrupt officials', description: 'Funds and arms donated to Ukraine disappear into the pockets of officials or are sold on.' },
    { slug: 'staged', name: 'Atrocities are staged provocations', description: 'Evidence of civilian killings is faked by Ukraine to blame Russia and win Western sympathy.' },
  ],
  examples: [
    { narrative: 'collapse', positive: true, language: 'en', text: 'The Ukrainian state is bankrupt and its army is bleeding out.' },
    { narrative: 'collapse', positive: true, language: 'ru', text: 'Мобилизация провалилась, и Украине некем закрывать дыры на фронте.' },
    { narrative: 'collapse', positive: true, language: 'en', text: 'Ukrainian defences could give way at any moment.' },
    { narrative: 'advances', positive: true, language: 'en', text: 'Russian assault groups stormed Avdiivka and pushed on westwards.' },
    { narrative: 'advances', positive: true, language: 'ru', text: 'Армия России освободила еще четыре населенных пункта за неделю.' },
    { narrative: 'advances', positive: true, language: 'uk', text: 'Українські позиції під Покровськом прорвано, росіяни просуваються.' },
    { narrative: 'abandon', positive: true, language: 'en', text: 'The White House has signalled that no new aid for Ukraine will be requested.' },
    { narrative: 'abandon', positive: true, language: 'ru', text: 'Европейцы больше не хотят тратить деньги на Киев.' },
    { narrative: 'abandon', positive: true, language: 'en', text: "Kyiv's partners are quietly preparing for the day they stop helping." },
    { narrative: 'illegitimate', positive: true, language: 'en', text: "Zelensky's mandate is over and nobody elected him to stay in office." },
    { narrative: 'illegitimate', positive: true, language: 'ru', text: 'Киевский режим нелегитимен, с ним нельзя подписывать никаких соглашений.' },
    { narrative: 'illegitimate', positive: true, language: 'uk', text: 'Влада в Києві не має жодного законного мандату.' },
    { narrative: 'stolen-aid', positive: true, language: 'en', text: 'Millions in humanitarian funding vanished before reaching the front.' },
    { narrative: 'stolen-aid', positive: true, language: 'ru', text: 'Оружие, переданное Западом Киеву, всплывает у боевиков на Ближнем Востоке.' },
    { narrative: 'stolen-aid', positive: true, language: 'en', text: 'Ukrainian ministers bought mansions abroad with donor cash.' },
    { narrative: 'staged', positive: true, language: 'en', text: 'The Bucha images were a provocation staged by the SBU.' },
    { narrative: 'staged', positive: true, language: 'ru', text: 'Фото из роддома в Мариуполе — постановка с актрисой.' },
    { narrative: 'staged', positive: true, language: 'en', text: 'Western journalists filmed a scripted scene with fake bodies.' },
  ],
  claims: [
    c('collapse', 'en', S, 'Kyiv cannot hold out much longer; its units are exhausted and the lines are cracking.'),
    c('collapse', 'en', N, 'Pro-Kremlin bloggers say the Ukrainian army is bleeding to death.'),
    c('collapse', 'ru', S, 'Украина стоит на пороге краха: армия истощена, экономика держится на западных подачках.'),
    c('collapse', 'uk', R, 'Головнокомандувач ЗСУ заявив, що фронт стабільний і жодного обвалу немає.'),
    c('collapse', 'en', S, "Ukraine's military is short of men and shells and is heading for defeat."),
    c('advances', 'en', S, 'Russian troops have taken control of Kurakhove and are advancing towards the Dnipropetrovsk region.'),
    c('advances', 'en', S, "Moscow's army is steamrolling through Donbas, grabbing one village after another."),
    c('advances', 'ru', N, 'Минобороны России сообщает о взятии села Новоселовка.'),
    c('advances', 'uk', S, 'Російська армія наступає на всіх напрямках і захоплює нові території.'),
    c('advances', 'en', R, "Claims that Russia has broken through near Kharkiv are false, Ukraine's military said."),
    c('abandon', 'en', S, 'Europe is sick of footing the bill for Kyiv and wants out.'),
    c('abandon', 'en', S, 'Washington is leaving Ukraine to fend for itself.'),
    c('abandon', 'ru', S, 'США сливают Украину: помощь сокращается, а поставки оружия задерживаются.'),
    c('abandon', 'uk', N, 'Російські ЗМІ пишуть, що Захід втомився від України.'),
    c('abandon', 'en', R, 'NATO allies reaffirmed their commitment to Ukraine, dismissing talk of donor fatigue.'),
    c('illegitimate', 'en', S, 'Zelensky is an illegitimate usurper whose term ended last year.'),
    c('illegitimate', 'en', N, "The Kremlin insists Kyiv's government lacks legitimacy."),
    c('illegitimate', 'ru', S, 'Выборы в Украине отменены, а значит, у Зеленского нет мандата.'),
    c('illegitimate', 'uk', R, "Конституційний суд роз'яснив, що повноваження президента тривають до обрання нового, тож теза про нелегітимність — фейк."),
    c('stolen-aid', 'en', S, 'Corrupt generals sold US-supplied rifles to smugglers.'),
    c('stolen-aid', 'en', S, 'Half of the money sent by Europe for rebuilding Ukraine has been plundered.'),
    c('stolen-aid', 'ru', S, 'Киевские чиновники прикарманивают западные миллиарды.'),
    c('stolen-aid', 'uk', R, 'Аудит Пентагону не виявив розкрадання американської зброї в Україні.'),
    c('stolen-aid', 'en', N, 'Russian TV alleges that Ukrainian officers are selling Western tanks.'),
    c('staged', 'en', S, "Those 'victims' were crisis actors; it was all a hoax for the cameras."),
    c('staged', 'en', S, 'Kyiv fabricated the Kramatorsk strike to pin it on Moscow.'),
    c('staged', 'ru', S, 'Убийства в Буче — инсценировка украинских спецслужб.'),
    c('staged', 'uk', R, 'Розслідування ООН підтвердило, що вбивства в Бучі скоїли російські військові, а версія про інсценування — вигадка.'),
    c(null, 'en', null, "Ukraine's central bank expects inflation to slow to 8 percent next year."),
    c(null, 'en', null, 'A Russian missile hit a grain terminal in Odesa, damaging silos.'),
    c(null, 'en', null, 'The EU extended its tariff-free regime for Ukrainian imports for another year.'),
    c(null, 'en', null, 'Kyiv hosted an international conference on demining agricultural land.'),
    c(null, 'en', null, 'Ukrainian and Polish farmers reached an agreement to end the border protests.'),
    c(null, 'en', null, 'Dozens of Ukrainian children deported to Russia were returned home through Qatari mediation.'),
    c(null, 'en', null, 'President Zelensky awarded medals to rescue workers in Kharkiv.'),
    c(null, 'en', null, 'Snow and icy roads caused traffic jams across western Ukraine.'),
    c(null, 'en', null, "Russia's central bank raised its key rate to 21 percent."),
    c(null, 'ru', null, 'Ураган оставил без света тысячи домов на юге России.'),
    c(null, 'ru', null, 'Сборная Украины по хоккею выиграла чемпионат мира в первом дивизионе.'),
    c(null, 'uk', null, 'У Києві стартував книжковий фестиваль.'),
    c(null, 'uk', null, 'Ракетна атака пошкодила енергетичну інфраструктуру на Львівщині.'),
    c(null, 'uk', null, 'Нацбанк знизив облікову ставку до 13 відсотків.'),
  ],
};
