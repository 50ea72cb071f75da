import type { EvalClaim, EvalSet } from './types.js';

/**
 * Telegram set: the six starting themes named and described in Ukrainian by a third analyst,
 * with posts in the style of Telegram channels and X: slang, sarcasm, emoji, capitals, short
 * punchy claims and rhetorical questions, mostly Russian and Ukrainian. Three confirmed examples
 * per narrative, 80 unseen claims (58 in RU/UK, 27 fitting none: weather, football, exchange
 * rates, drone strikes, air defence, blackout schedules, aid thanks, bribery arrests).
 * Sarcastic dismissals of a narrative are labelled REFUTES. Written before the lexicon was
 * broadened; the first figures for it are the baseline.
 */

const S = 'SUPPORTS' as const;
const R = 'REFUTES' as const;
const N = 'NEUTRAL' as const;

function c(narrative: string | null, language: EvalClaim['language'], stance: EvalClaim['stance'], text: string): EvalClaim {
  return { narrative, language, stance, text };
}

export const TELEGRAM_SET: EvalSet = {
  name: 'telegram',
  narratives: [
    {
      slug: 't-collapse',
      name: 'Україна ось-ось впаде',
      description: 'ЗСУ виснажені й деморалізовані, людей і снарядів бракує, тож фронт і держава скоро розваляться.',
    },
    {
      slug: 't-advances',
      name: 'Росія наступає по всьому фронту',
      description: 'Російська армія щодня захоплює нові села та міста, а українські війська відступають.',
    },
    {
      slug: 't-abandon',
      name: 'Захід зливає Україну',
      description: 'Союзники втомилися від війни, скорочують постачання зброї та фінансову допомогу і залишають Київ сам на сам з Росією.',
    },
    {
      slug: 't-illegitimate',
      name: 'Зеленський нелегітимний',
      description: 'Термін повноважень Зеленського закінчився, вибори скасовані, тож він та його уряд правлять незаконно.',
    },
    {
      slug: 't-stolen',
      name: 'Західну допомогу розкрадають',
      description: 'Чиновники та генерали крадуть гроші донорів і перепродують західну зброю.',
    },
    {
      slug: 't-staged',
      name: 'Воєнні злочини РФ — постановка',
      description: 'Київ інсценує вбивства мирних жителів і удари по цивільних, щоб звинуватити Росію.',
    },
  ],
  examples: [
    { narrative: 't-collapse', positive: true, language: 'ru', text: 'ВСУ всё. Пехоты нет, держат фронт дронами и молитвами 🙏 Ещё пару месяцев — и посыплется.' },
    { narrative: 't-collapse', positive: true, language: 'uk', text: 'Хлопці на нулі по 40 днів без ротації. Скільки ще так протягнемо?? 😔' },
    { narrative: 't-collapse', positive: true, language: 'en', text: 'Ukraine is cooked. No men, no shells, no money. Game over by summer 💀' },

    { narrative: 't-advances', positive: true, language: 'ru', text: '🔥 Наши зашли в Курахово! Флаг над центром, хохлы драпают 🇷🇺' },
    { narrative: 't-advances', positive: true, language: 'uk', text: 'Росіяни знову просунулися під Покровськом, мінус ще два села. Карти DeepState червоніють 😡' },
    { narrative: 't-advances', positive: true, language: 'en', text: 'Another day, another village flipped. RU troops moving fast west of Avdiivka ⚡' },

    { narrative: 't-abandon', positive: true, language: 'ru', text: 'Запад наигрался в Украину. Денег больше не будет, оружия тоже. Всё, кина не будет 🤷‍♂️' },
    { narrative: 't-abandon', positive: true, language: 'uk', text: 'Американці знову затягують з пакетом. Нас просто тихо зливають, невже не видно?' },
    { narrative: 't-abandon', positive: true, language: 'en', text: "Europe is SO done paying for Kyiv's war lol. Aid taps closing one by one." },

    { narrative: 't-illegitimate', positive: true, language: 'ru', text: 'Просрочка 🧃 Полномочия кончились ещё в мае 2024, а он всё сидит. Кто его выбирал-то?' },
    { narrative: 't-illegitimate', positive: true, language: 'uk', text: 'Зеленський — президент без мандату. Вибори скасовані, і всіх це влаштовує?' },
    { narrative: 't-illegitimate', positive: true, language: 'en', text: "Zelensky's term EXPIRED. He's not a president, he's a squatter on Bankova." },

    { narrative: 't-stolen', positive: true, language: 'ru', text: 'Куда делись западные миллиарды? Правильно — в Монако и Дубай 🏝️ Генералы ВСУ шикуют.' },
    { narrative: 't-stolen', positive: true, language: 'uk', text: 'Донорські гроші на дрони знову «зникли». Крадуть навіть на війні 🤡' },
    { narrative: 't-stolen', positive: true, language: 'en', text: 'Javelins from Ukraine on sale on the dark web for $30k. Thanks, US taxpayers 🙃' },

    { narrative: 't-staged', positive: true, language: 'ru', text: 'Буча — постановка от начала до конца. Трупы «ожили», когда камера отъехала 🎬' },
    { narrative: 't-staged', positive: true, language: 'uk', text: 'Удар по лікарні — це їхня ж ППО, а потім перед камерами плачуть найняті актори 🎭' },
    { narrative: 't-staged', positive: true, language: 'en', text: "Lol another 'Russian strike' with the same crying lady as last month. Paid actors, staged pics 🎭" },
  ],
  claims: [
    // t-collapse
    c('t-collapse', 'ru', S, 'Фронт ВСУ трещит по швам, мобилизованные разбегаются, держаться некому. Финал близко.'),
    c('t-collapse', 'ru', S, 'Хохлам конец. Зима добьёт их энергетику, весной добьёт армию 😏'),
    c('t-collapse', 'ru', R, 'Соловьев опять обещает, что Украина развалится через месяц. В который раз уже? 🙄'),
    c('t-collapse', 'uk', S, 'Чесно, хлопці на межі. Бригади по 30% укомплектованості, ротацій нема, фронт сиплеться 😞'),
    c('t-collapse', 'uk', R, 'ЗСУ тримаються, фронт не сиплеться, хоч би що там каркали z-пабліки 💪'),
    c('t-collapse', 'uk', S, 'Ще пів року такої війни — і держава просто не витягне. Ні людей, ні грошей.'),
    c('t-collapse', 'en', S, 'Ukraine has literally nobody left to mobilise. Army is running on fumes 🪫'),
    c('t-collapse', 'en', N, 'Z-channels are posting that the Ukrainian front collapsed near Pokrovsk.'),
    c('t-collapse', 'ru', S, 'Экономика Незалежной держится только на западных подачках. Отключат — и всё рухнет за неделю.'),
    // t-advances
    c('t-advances', 'ru', S, 'Армия России освободила Угледар! Враг бежит, наши идут дальше 💪🇷🇺'),
    c('t-advances', 'ru', S, 'За неделю +5 сёл на Покровском. Темп наступления растёт 📈'),
    c('t-advances', 'uk', R, 'Z-канали вже «взяли» Часів Яр втретє за місяць 🤡 Насправді бої тривають.'),
    c('t-advances', 'uk', S, 'Ворог знову просунувся під Торецьком, наші відходять. Ситуація погана.'),
    c('t-advances', 'uk', R, 'Окупанти атакують, але не мають успіху: штурми під Покровськом відбиті, позиції утримуємо 🇺🇦'),
    c('t-advances', 'en', S, 'Russians took another town today. The map keeps turning red 🔴'),
    c('t-advances', 'en', N, 'MoD Russia claims capture of Novoselivka. Unconfirmed.'),
    c('t-advances', 'ru', S, 'Прорыв под Купянском! ВСУ отходят, фронт поплыл 🔥'),
    c('t-advances', 'uk', S, 'Кацапи вже за 10 км від Покровська. Скоро буде котел.'),
    // t-abandon
    c('t-abandon', 'ru', S, 'Дядя Сэм больше не платит 💸 Лавочка закрыта, Киев, выкручивайся сам.'),
    c('t-abandon', 'ru', S, 'Европа устала от Зеленского и его вечных просьб. Помощь сворачивают тихо, без пафоса.'),
    c('t-abandon', 'ru', N, 'Российские эксперты уверяют, что Вашингтон вот-вот бросит Киев.'),
    c('t-abandon', 'uk', S, 'Партнери обіцяли ППО ще пів року тому. Де воно? Нас просто кинули 😤'),
    c('t-abandon', 'uk', S, 'Союзникам уже набридла наша війна, грошей дають все менше і менше.'),
    c('t-abandon', 'uk', R, 'Хто там кричав «Захід нас зливає»? Щойно прийшов новий пакет на $2 млрд 😉'),
    c('t-abandon', 'en', S, "US Congress: no more money for Ukraine. Europe: we're tired too. Kyiv: 😳"),
    c('t-abandon', 'en', S, "Allies won't send any more weapons. Ukraine is on its own now."),
    c('t-abandon', 'en', R, 'No, the West is NOT abandoning Ukraine. EU just approved €50bn. Stop spreading Kremlin talking points.'),
    // t-illegitimate
    c('t-illegitimate', 'ru', S, 'Зеленский — нелегитимный клоун 🤡 Срок вышел, а он держится за кресло.'),
    c('t-illegitimate', 'ru', S, 'С кем подписывать мир? С просроченным президентом? Смешно.'),
    c('t-illegitimate', 'ru', N, 'Песков: легитимность Зеленского под большим вопросом.'),
    c('t-illegitimate', 'uk', S, 'Без виборів у нас не президент, а узурпатор. Подобається вам це чи ні.'),
    c('t-illegitimate', 'uk', R, 'Знову ця мантра про «нелегітимного Зеленського». Конституція чітко каже: повноваження до обрання нового президента. Крапка.'),
    c('t-illegitimate', 'uk', S, 'Вже рік як мандат Зеленського закінчився, а він все ще вирішує за нас.'),
    c('t-illegitimate', 'en', S, 'Expired president signing deals nobody can hold him to. Zelensky has ZERO mandate.'),
    c('t-illegitimate', 'en', N, "Kremlin again says Zelensky is 'illegitimate' and can't sign a peace deal."),
    c('t-illegitimate', 'ru', S, 'Выборы отменили, Раду превратили в печатную машинку. Хунта в чистом виде.'),
    // t-stolen
    c('t-stolen', 'ru', S, 'Помощь Запада? Половина на фронт, половина в карман 💰 Классика Незалежной.'),
    c('t-stolen', 'ru', S, 'Американские «Хаймарсы» уже продают в Африке, ну кто бы сомневался 😂'),
    c('t-stolen', 'ru', N, 'Захарова опять рассказала, что украинские генералы перепродают западное оружие.'),
    c('t-stolen', 'uk', S, 'Поки хлопці на фронті збирають на дрони, хтось у міністерстві купує собі третю квартиру за гроші партнерів.'),
    c('t-stolen', 'uk', R, 'Фейк дня: «західну зброю з України продають у даркнеті». Жодного підтвердження немає ❌'),
    c('t-stolen', 'uk', S, 'Донорські мільйони на відбудову знову кудись випарувались 🤷'),
    c('t-stolen', 'en', S, "Where did the $175 billion go? Ask Kyiv's generals and their new villas 🏖️"),
    c('t-stolen', 'en', R, "Pentagon auditors: no significant diversion of US weapons in Ukraine. So much for the 'stolen aid' story."),
    c('t-stolen', 'en', S, 'Aid for Ukraine = biggest money laundering scheme in history. Change my mind.'),
    // t-staged
    c('t-staged', 'ru', S, 'Опять «удар по детской больнице»? Это ПВО ВСУ, а остальное — режиссура для CNN 🎬'),
    c('t-staged', 'ru', S, 'Буча — спектакль, трупы подвезли, журналистов пригласили. Всё по методичке.'),
    c('t-staged', 'ru', N, 'МИД РФ назвал кадры из Бучи постановкой.'),
    c('t-staged', 'uk', R, 'Знову розганяють, що Буча — «постановка». Це брехня, там загинули реальні люди 😡'),
    c('t-staged', 'uk', R, 'Ізюм, Буча, Ірпінь — це не «інсценування», а задокументовані злочини. Перестаньте повторювати російські меседжі.'),
    c('t-staged', 'en', S, "The 'massacre' pics are obviously staged. Same actors, different city 🎭"),
    c('t-staged', 'en', S, 'Kyiv bombed its own mall to get more Patriots. Classic false flag.'),
    c('t-staged', 'uk', N, 'Російські пропагандисти вже заявили, що удар по Охматдиту — «провокація Києва».'),
    // fits none
    c(null, 'ru', null, '❄️ Завтра в Киеве до -15, одевайтесь теплее!'),
    c(null, 'ru', null, 'Шахтер разгромил Динамо 3:0, болельщики в шоке ⚽'),
    c(null, 'ru', null, 'Курс доллара снова вырос, в обменниках уже по 100 рублей 😬'),
    c(null, 'ru', null, 'Ночью дроны атаковали НПЗ в Рязани, горит 🔥'),
    c(null, 'ru', null, 'В Белгороде снова тревога, сбиты три ракеты над городом.'),
    c(null, 'ru', null, 'Пленных обменяли: домой вернулись 95 наших ребят 🙏'),
    c(null, 'ru', null, 'Госдума приняла закон о новых налогах на бизнес. Готовьте кошельки.'),
    c(null, 'ru', null, 'В Москве открылась выставка трофейной техники, очереди на вход 🎫'),
    c(null, 'ru', null, 'Трамп снова поругался с Маском в соцсетях 🍿'),
    c(null, 'uk', null, 'Синоптики: у вихідні в Києві сніг і ожеледиця ❄️ Обережно на дорогах!'),
    c(null, 'uk', null, 'Данія передає нам ще партію F-16 ✈️ Дякуємо, партнери! 🇺🇦🇩🇰'),
    c(null, 'uk', null, 'Збірна України з футболу виграла у Грузії 2:1 ⚽🔥'),
    c(null, 'uk', null, 'Сьогодні вночі ППО збило 40 шахедів з 50. Працюють наші 💪'),
    c(null, 'uk', null, 'НАБУ затримало мера одного з міст на хабарі 💰'),
    c(null, 'uk', null, 'Графіки відключень світла на завтра: по 4 години в кожній черзі 💡'),
    c(null, 'uk', null, 'Уряд підняв мінімальну зарплату до 8000 грн з 1 січня.'),
    c(null, 'uk', null, 'ЗСУ вразили склад боєприпасів окупантів на Херсонщині 💥'),
    c(null, 'uk', null, "Зеленський зустрівся з прем'єром Японії, обговорили відбудову."),
    c(null, 'uk', null, 'У Львові відкрили новий центр протезування для військових.'),
    c(null, 'en', null, 'Ukrainian drones hit a refinery deep inside Russia overnight 🔥'),
    c(null, 'en', null, 'Germany delivered another IRIS-T system to Ukraine this week. 🇩🇪🇺🇦'),
    c(null, 'en', null, 'Snowstorm in Odesa, roads closed, stay safe everyone ❄️'),
    c(null, 'en', null, 'Ukraine beat Slovakia at Euro 2024 💙💛 What a match!'),
    c(null, 'en', null, "Kyiv's metro running extra trains during the New Year holidays 🎄"),
    c(null, 'en', null, 'Russian shelling killed 2 civilians in Kherson this morning. 💔'),
    c(null, 'en', null, 'The hryvnia weakened slightly against the dollar today.'),
    c(null, 'en', null, "Poland's election: runoff set for June 1."),
  ],
};
