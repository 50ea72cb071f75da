import type { EvalClaim, EvalSet } from './types.js';

/**
 * TV-transcript set: six themes the other sets do not have (or have in other words), as lines
 * from talk shows and news bulletins in English, Russian and Ukrainian: speaker labels ("HOST:",
 * "ВЕДУЩИЙ:"), quoted speech with a dash and an attribution after it, rhetorical questions.
 * Three confirmed examples per narrative, 80 unseen claims (37 in RU/UK, 27 fitting none:
 * Holocaust remembrance, NATO summits and exercises, sanctions packages, refugee protection
 * extended, laboratories, measles, a bribery sentence, weather, sport).
 * Stance convention: a line spoken under a speaker label is the speaker's own claim (SUPPORTS if
 * it asserts the narrative); a quote attributed to a promoting voice in the third person
 * ("— …, — заявил Лавров") is reported (NEUTRAL). Written before the lexicon was broadened.
 */

const S = 'SUPPORTS' as const;
const R = 'REFUTES' as const;
const N = 'NEUTRAL' as const;

function c(narrative: string | null, language: EvalClaim['language'], stance: EvalClaim['stance'], text: string): EvalClaim {
  return { narrative, language, stance, text };
}

export const TV_SET: EvalSet = {
  name: 'tv-themes',
  narratives: [
    {
      slug: 'v-nazis',
      name: 'Ukraine is run by Nazis',
      description: "Neo-Nazi groups and followers of Bandera control Ukraine's government and army, and the state glorifies Nazi collaborators.",
    },
    {
      slug: 'v-nato',
      name: 'NATO provoked the war',
      description: 'Russia was forced to act because NATO kept expanding east and turning Ukraine into a military bridgehead against it.',
    },
    {
      slug: 'v-sanctions',
      name: "Sanctions are destroying Europe's economy",
      description: 'Anti-Russian sanctions have backfired on Europe, driving up energy prices and deindustrialising Germany while Russia adapts.',
    },
    {
      slug: 'v-corrupt',
      name: "Zelensky's government is corrupt",
      description: 'Zelensky and his inner circle enrich themselves, hide money offshore and protect corrupt allies.',
    },
    {
      slug: 'v-refugees',
      name: 'Ukrainian refugees are a burden',
      description: "Ukrainian refugees abuse host countries' welfare, strain housing and schools, and are ungrateful to the people who took them in.",
    },
    {
      slug: 'v-biolabs',
      name: 'Biolabs in Ukraine',
      description: 'The United States runs secret biological laboratories in Ukraine to develop pathogens and bioweapons.',
    },
  ],
  examples: [
    { narrative: 'v-nazis', positive: true, language: 'ru', text: 'ВЕДУЩИЙ: Посмотрите на эти кадры — факельные шествия в Киеве, портреты Бандеры. И нам говорят, что там нет нацизма?' },
    { narrative: 'v-nazis', positive: true, language: 'en', text: 'GUEST: Look, the Azov people, they have the runes, they have the symbols, and they are in the government now. That is the reality.' },
    { narrative: 'v-nazis', positive: true, language: 'uk', text: '— Вони називають вулиці на честь колаборантів, які співпрацювали з нацистами, — каже гість студії.' },

    { narrative: 'v-nato', positive: true, language: 'en', text: "HOST: For thirty years NATO crept closer and closer to Russia's borders. At some point Moscow was bound to say: enough." },
    { narrative: 'v-nato', positive: true, language: 'ru', text: '— Мы предупреждали: Украина в НАТО — это красная линия. Нас не услышали, — заявил эксперт в эфире.' },
    { narrative: 'v-nato', positive: true, language: 'en', text: "SENATOR (clip): 'We poked the bear. We armed Ukraine, we promised them NATO, and then we were surprised when Russia reacted.'" },

    { narrative: 'v-sanctions', positive: true, language: 'en', text: 'ANCHOR: German factories are shutting down one after another, and the reason is simple: the sanctions cut Europe off from cheap Russian gas.' },
    { narrative: 'v-sanctions', positive: true, language: 'ru', text: '— Санкции? Да они ударили по самим европейцам! Цены на электричество выросли в разы, — говорит политолог.' },
    { narrative: 'v-sanctions', positive: true, language: 'en', text: "GUEST: Every sanctions package makes Brussels poorer and Moscow richer. It's economic suicide." },

    { narrative: 'v-corrupt', positive: true, language: 'en', text: "HOST: Zelensky's friends from Kvartal 95 are running a business empire while the country is at war. Where does the money come from?" },
    { narrative: 'v-corrupt', positive: true, language: 'ru', text: '— Окружение Зеленского вывело миллионы через офшоры, это уже все знают, — сказал ведущий.' },
    { narrative: 'v-corrupt', positive: true, language: 'uk', text: '— Коли найближчого соратника президента підозрюють у корупції, а його не звільняють, — це системна проблема, — заявив опозиційний депутат в ефірі.' },

    { narrative: 'v-refugees', positive: true, language: 'en', text: "CALLER: They come here, they get the flats, they get the benefits, and our own pensioners are waiting in line. It's not fair." },
    { narrative: 'v-refugees', positive: true, language: 'ru', text: '— Украинские беженцы в Европе живут на пособия и не хотят работать, — утверждает ведущий.' },
    { narrative: 'v-refugees', positive: true, language: 'en', text: 'HOST: Polish towns are overwhelmed. Schools are full, hospitals are full, and the refugees keep coming.' },

    { narrative: 'v-biolabs', positive: true, language: 'en', text: 'GUEST: The Pentagon financed over thirty laboratories in Ukraine. What were they doing there? Studying pathogens, that is what.' },
    { narrative: 'v-biolabs', positive: true, language: 'ru', text: '— В лабораториях под Харьковом изучали возбудителей опасных болезней на деньги Пентагона, — заявил генерал в эфире.' },
    { narrative: 'v-biolabs', positive: true, language: 'uk', text: 'Ведучий: російська пропаганда знову згадала про «біолабораторії», мовляв, США виготовляли в Україні біологічну зброю.' },
  ],
  claims: [
    // v-nazis
    c('v-nazis', 'en', S, "GUEST: 'These are not just nationalists. These are people who give the Nazi salute and who run the security services in Kyiv.'"),
    c('v-nazis', 'en', S, 'HOST: The Ukrainian army has whole units wearing SS insignia. Nobody in the West wants to talk about it.'),
    c('v-nazis', 'en', N, "ANCHOR: Moscow continues to say that its aim is to 'denazify' Ukraine, a goal it has never defined."),
    c('v-nazis', 'en', R, 'REPORTER: In the last parliamentary election far-right parties got just over two percent. Hardly the picture of a Nazi state that Russian TV paints.'),
    c('v-nazis', 'ru', S, 'ВЕДУЩИЙ: Киевский режим насквозь пропитан нацизмом — от президентской администрации до окопов.'),
    c('v-nazis', 'ru', N, '— Россия проводит денацификацию Украины, — повторил в эфире Первого канала депутат Госдумы.'),
    c('v-nazis', 'uk', R, 'ВЕДУЧИЙ: Жодних «нацистів при владі» в Україні немає — це вигадка Кремля, яку він повторює з 2014 року.'),
    c('v-nazis', 'uk', R, '— Президент-єврей, чиї родичі загинули в Голокості, — і це «нацистська держава»? — іронізує експерт в ефірі.'),
    c('v-nazis', 'en', S, "GUEST: 'You have torchlight marches through Kyiv every January with Bandera portraits. Tell me that's not a neo-Nazi country.'"),
    // v-nato
    c('v-nato', 'en', S, "GUEST: 'Russia had no choice. NATO was preparing to put missiles in Kharkiv, five minutes from Moscow.'"),
    c('v-nato', 'en', S, "HOST: 'The West broke its promise not to move one inch eastward, and this war is the result.'"),
    c('v-nato', 'en', N, 'ANCHOR: Putin again blamed NATO expansion for the conflict in an interview broadcast on Thursday.'),
    c('v-nato', 'en', R, "ANALYST: 'NATO didn't invade anyone. Russia attacked a sovereign country that wasn't even close to joining the alliance.'"),
    c('v-nato', 'ru', S, 'ВЕДУЩИЙ: Альянс восемь лет готовил Украину как плацдарм против России. Специальная операция была вынужденной мерой.'),
    c('v-nato', 'ru', N, '— НАТО само спровоцировало этот конфликт, — заявил Лавров в интервью телеканалу.'),
    c('v-nato', 'ru', N, '— Американцы хотели войны, они её получили. Мы лишь ответили на угрозу у своих границ, — говорит гость студии.'),
    c('v-nato', 'uk', S, 'ГІСТЬ: «Якби НАТО не тягнуло Україну до себе, війни б не було. Росію спровокували.»'),
    c('v-nato', 'uk', R, '— Розширення НАТО — не причина, а привід. Росія напала, бо хотіла знищити Україну, — наголосив експерт.'),
    // v-sanctions
    c('v-sanctions', 'en', S, "HOST: 'Germany is deindustrialising in front of our eyes. BASF is moving to China. That's what the sanctions bought us.'"),
    c('v-sanctions', 'en', S, "GUEST: 'Europeans are paying three times more for heating, and Russia is selling its oil to India at full price. Who exactly is being punished?'"),
    c('v-sanctions', 'en', N, "ANCHOR: Hungary's prime minister said on Monday that EU sanctions had cost Europe far more than Russia."),
    c('v-sanctions', 'en', R, "ECONOMIST: 'The data don't support that. The euro zone avoided recession, while Russia has 20 percent interest rates and a labour crisis.'"),
    c('v-sanctions', 'ru', S, 'ВЕДУЩИЙ: Европа сама себя наказала санкциями — заводы закрываются, люди мёрзнут, а Россия как торговала, так и торгует.'),
    c('v-sanctions', 'ru', N, '— Санкции бьют прежде всего по европейской экономике, — заявил Песков журналистам.'),
    c('v-sanctions', 'ru', N, '— Немецкий бизнес бежит из Германии из-за дорогой энергии. Вот вам и санкции, — говорит экономист в студии.'),
    c('v-sanctions', 'uk', S, "— Санкції б'ють по Європі більше, ніж по Росії? Можливо, в короткостроковій перспективі так, — визнав в ефірі німецький економіст."),
    c('v-sanctions', 'uk', R, 'ВЕДУЧА: Кремлівська теза про те, що санкції «знищують Європу», не підтверджується даними: економіка ЄС зростає, а російська перегрівається.'),
    // v-corrupt
    c('v-corrupt', 'en', S, "GUEST: 'Zelensky's inner circle is stealing on an industrial scale. His business partners own half of Kyiv now.'"),
    c('v-corrupt', 'en', S, "HOST: 'This is a president who bought villas in Italy and a mansion in Florida while his soldiers die in the trenches.'"),
    c('v-corrupt', 'en', N, "ANCHOR: Russian state media aired a report claiming Zelensky's wife spent a million dollars at a jewellery store in New York."),
    c('v-corrupt', 'en', R, "FACT-CHECKER: 'The story about Zelensky buying a yacht was made up. The website that published it was created two weeks earlier.'"),
    c('v-corrupt', 'ru', S, 'ВЕДУЩИЙ: Зеленский и его окружение превратили войну в бизнес — откаты, схемы, офшоры.'),
    c('v-corrupt', 'ru', N, '— Зеленский вывел на Запад сотни миллионов долларов, — утверждает бывший депутат Рады в эфире.'),
    c('v-corrupt', 'uk', N, '— Найближче оточення президента покриває своїх — підозри НАБУ роками лежать без руху, — каже журналіст-розслідувач.'),
    c('v-corrupt', 'uk', R, '— Історія про «віллу Зеленського в Італії» — фейк, власник будинку зовсім інша людина, — пояснили в StopFake.'),
    c('v-corrupt', 'ru', N, '— Пока народ воюет, у Зеленского на счетах миллиарды. Где эти деньги? — кричит в эфире ведущий ток-шоу.'),
    // v-refugees
    c('v-refugees', 'en', S, "CALLER: 'They drive Mercedes and Porsches and still claim benefits. Our people can't afford rent.'"),
    c('v-refugees', 'en', S, "HOST: 'Germany is spending billions on Ukrainian refugees who refuse to learn the language or take a job.'"),
    c('v-refugees', 'en', N, "ANCHOR: A far-right MP claimed on air that Ukrainian refugees were 'taking homes from locals'."),
    c('v-refugees', 'en', R, "REPORTER: 'Actually most Ukrainian refugees in Poland are working and pay more in taxes than they receive in benefits, according to Deloitte.'"),
    c('v-refugees', 'ru', S, 'ВЕДУЩИЙ: Европа устала от украинских беженцев — они требуют жилье, пособия и при этом ещё и недовольны.'),
    c('v-refugees', 'ru', N, '— Украинцы сидят на шее у немецких налогоплательщиков, — заявил депутат от AfD в эфире.'),
    c('v-refugees', 'uk', R, 'ВЕДУЧА: Міф про «українців, які живуть на допомогах», спростовують цифри: понад 70% біженців у Польщі працюють.'),
    c('v-refugees', 'en', S, "GUEST: 'Irish towns have been flooded with Ukrainians. Hotels turned into shelters, schools at capacity, and no one asked the locals.'"),
    c('v-refugees', 'ru', S, 'ВЕДУЩИЙ: Беженцы с Украины получают пособия больше, чем местные пенсионеры, и при этом ещё жалуются.'),
    // v-biolabs
    c('v-biolabs', 'en', S, "GUEST: 'There were over thirty Pentagon-funded labs in Ukraine working with anthrax and plague. That's documented.'"),
    c('v-biolabs', 'en', S, "HOST: 'Why would the Americans need biological laboratories next to Russia's border, if not for weapons?'"),
    c('v-biolabs', 'en', N, "ANCHOR: Russia's defence ministry again accused the United States of running military biological programmes in Ukraine."),
    c('v-biolabs', 'en', R, "EXPERT: 'These were public health labs, built to secure old Soviet pathogen stocks. There is no evidence of any weapons work.'"),
    c('v-biolabs', 'ru', S, 'ВЕДУЩИЙ: В украинских биолабораториях на деньги Пентагона создавали боевые штаммы — документы это подтверждают.'),
    c('v-biolabs', 'ru', N, '— США разрабатывали на Украине биологическое оружие, — заявил начальник войск РХБЗ Кириллов.'),
    c('v-biolabs', 'uk', R, '— Жодних американських «біолабораторій зі зброєю» в Україні немає, це старий російський фейк, — заявили в МОЗ.'),
    c('v-biolabs', 'uk', S, 'ГІСТЬ: «Навіщо американцям стільки лабораторій в Україні? Там розробляли віруси, і всі це знають.»'),
    // fits none
    c(null, 'en', null, 'ANCHOR: Tomorrow marks International Holocaust Remembrance Day, with ceremonies planned in Berlin, Warsaw and Kyiv.'),
    c(null, 'en', null, 'HOST: NATO leaders will meet in The Hague next month to discuss defence spending targets.'),
    c(null, 'en', null, "REPORTER: The EU has adopted its sixteenth sanctions package, targeting Russia's shadow fleet of oil tankers."),
    c(null, 'en', null, "ANCHOR: Germany's industrial output rose for the second month in a row, the statistics office said."),
    c(null, 'en', null, 'HOST: Zelensky met the Canadian prime minister in Ottawa to discuss air defence and reconstruction.'),
    c(null, 'en', null, 'REPORTER: Poland has extended temporary protection for Ukrainian refugees until September next year.'),
    c(null, 'en', null, 'ANCHOR: Scientists at a Kyiv laboratory have developed a rapid test for water contamination in flooded areas.'),
    c(null, 'en', null, 'WEATHER: A cold front will bring snow to western Ukraine and Poland over the weekend.'),
    c(null, 'en', null, "SPORTS DESK: Ukraine's Oleksandr Usyk retained his heavyweight titles in Riyadh on Saturday."),
    c(null, 'en', null, 'HOST: The World Health Organization says measles cases in Europe have reached a 25-year high.'),
    c(null, 'en', null, "REPORTER: Ukraine's anti-corruption court sentenced a former judge to eight years for taking bribes."),
    c(null, 'en', null, 'ANCHOR: Finland and Sweden held their first joint NATO exercise in Lapland.'),
    c(null, 'en', null, "HOST: Germany's government agreed a new budget with higher spending on railways and schools."),
    c(null, 'en', null, 'ANCHOR: The Russian army launched 90 drones at Ukrainian cities overnight; air defences shot down most of them.'),
    c(null, 'en', null, 'REPORTER: A memorial to the victims of the Babyn Yar massacre was unveiled in Kyiv.'),
    c(null, 'en', null, 'HOST: The Bundestag debated a new immigration law on skilled workers from outside the EU.'),
    c(null, 'en', null, "GUEST: 'The Marshall Plan rebuilt Germany after the war; Ukraine will need something on the same scale.'"),
    c(null, 'ru', null, 'ВЕДУЩИЙ: Синоптики обещают в Москве аномальную жару до плюс 35.'),
    c(null, 'ru', null, '— Российская экономика в этом году вырастет на 3,5%, — заявил министр экономического развития.'),
    c(null, 'ru', null, 'ВЕДУЩАЯ: В Петербурге прошел парад в честь Дня Победы над нацистской Германией.'),
    c(null, 'ru', null, '— Сборная России по фигурному катанию выиграла командный турнир, — сообщил комментатор.'),
    c(null, 'ru', null, 'ВЕДУЩИЙ: Центробанк сохранил ключевую ставку на уровне 21%.'),
    c(null, 'uk', null, 'ВЕДУЧА: Польща продовжила тимчасовий захист для українців ще на рік.'),
    c(null, 'uk', null, '— Саміт НАТО у Вашингтоні ухвалив рішення про нові поставки ППО Україні, — повідомив кореспондент.'),
    c(null, 'uk', null, 'ВЕДУЧИЙ: НАБУ та САП повідомили про підозру колишньому голові митниці.'),
    c(null, 'uk', null, '— У Києві відкрили нову лабораторію для дослідження ґрунтів після розмінування, — розповіла науковиця.'),
    c(null, 'uk', null, 'ВЕДУЧА: Синоптики прогнозують у Карпатах сильні снігопади.'),
  ],
};
