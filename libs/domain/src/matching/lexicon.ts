/**
 * Cross-lingual concept lexicon for the Russia–Ukraine information space.
 *
 * Each concept maps English, Russian and Ukrainian surface forms to one id, so that a Russian or
 * Ukrainian claim meets an English narrative description on shared concepts.
 *
 * Pattern syntax (one string per language, alternatives separated by `|`):
 *   - `word`      the token must equal `word`
 *   - `stem*`     the token must start with `stem` (at least 3 letters before the star)
 *   - `a* b`      a phrase: consecutive tokens, each matched as above
 *   - hyphens in a pattern split it into a phrase, as the tokenizer splits hyphenated words
 * Forms are written already normalised: lower case, `е` for `ё`, straight apostrophe.
 *
 * `weight` says how much a concept tells about a narrative: named actors and generic war words
 * (Ukraine, Russia, army, war) are everywhere and weigh little; the thematic concepts that make
 * a narrative (collapse, abandonment, illegitimacy, theft, staging) weigh 1. `group` links
 * concepts that mean nearly the same for narrative matching (capture ≈ advance ≈ encirclement),
 * so a claim about a captured town still meets a narrative about sweeping advances.
 */
export interface ConceptDef {
  id: string;
  group?: string;
  weight?: number;
  /** political side an actor concept stands for (used by stance detection) */
  side?: 'UA' | 'WEST' | 'RU' | 'CHECK';
  /**
   * A topic word (aid, sanctions, refugees, elections, strikes): it names what a claim is about,
   * not what it asserts. A claim that meets a narrative only on topic concepts ("the EU adopted
   * a sanctions package") is weak evidence for a narrative that asserts something about the topic
   * ("sanctions are destroying Europe"). Actors are never claim concepts either.
   */
  topic?: boolean;
  en: string;
  ru: string;
  uk: string;
}

/**
 * The places of the war's east and south that claims name, each in the three languages (with the
 * adjective of a front's direction, "на константиновском направлении", only before the word
 * "direction" where the adjective means something else too: Slavic, the Konstantinovsky palace);
 * together they make the concept `place_east`. Forms that are everyday words are left out:
 * "орехов" (of nuts), "крим…" in криминальный/кримінальний. `within` names the region a place lies in, so that a claim
 * about Bakhmut is not held to contradict a narrative about Donbas (see `placeMismatch` in the matcher);
 * a place lies within every region up its chain (Bakhmut, Donetsk region, Donbas).
 */
export interface PlaceDef {
  id: string;
  within?: string;
  en: string;
  ru: string;
  uk: string;
}

export const EASTERN_PLACES: readonly PlaceDef[] = [
  { id: 'donbas', en: 'donbas|donbass', ru: 'донбасс*|донбас*', uk: 'донбас*' },
  // Donetsk: the city and its region, within which the towns of the Donetsk front lie
  { id: 'donetsk', within: 'donbas', en: 'donetsk', ru: 'донецк*', uk: 'донецьк*' },
  { id: 'luhansk', within: 'donbas', en: 'luhansk|lugansk', ru: 'луганск*', uk: 'луганськ*' },
  { id: 'bakhmut', within: 'donetsk', en: 'bakhmut', ru: 'бахмут*|артемовск*', uk: 'бахмут*' },
  { id: 'avdiivka', within: 'donetsk', en: 'avdiivka|avdeevka', ru: 'авдеевк*|авдеевск* направлени*', uk: 'авдіївк*|авдіївськ* напрямк*' },
  { id: 'pokrovsk', within: 'donetsk', en: 'pokrovsk', ru: 'покровск*|красноармейск*', uk: 'покровськ*' },
  { id: 'kupiansk', within: 'kharkiv', en: 'kupiansk|kupyansk', ru: 'купянск*', uk: "куп'янськ*" },
  { id: 'chasiv-yar', within: 'donetsk', en: 'chasiv yar', ru: 'часов* яр*|часовоярск* направлени*', uk: 'часов* яр*|часовоярськ* напрямк*' },
  { id: 'toretsk', within: 'donetsk', en: 'toretsk', ru: 'торецк*', uk: 'торецьк*' },
  { id: 'vuhledar', within: 'donetsk', en: 'vuhledar|ugledar', ru: 'угледар*', uk: 'вугледар*' },
  { id: 'kramatorsk', within: 'donetsk', en: 'kramatorsk', ru: 'краматорск*', uk: 'краматорськ*' },
  { id: 'sloviansk', within: 'donetsk', en: 'sloviansk', ru: 'славянск|славянска|славянске|славянску|славянском направлени*', uk: "слов'янськ|слов'янська|слов'янську|слов'янськом|слов'янськ* напрямк*" },
  { id: 'kostiantynivka', within: 'donetsk', en: 'kostiantynivka', ru: 'константиновк*|константиновск* направлени*', uk: 'костянтинівк*|костянтинівськ* напрямк*' },
  { id: 'kurakhove', within: 'donetsk', en: 'kurakhove', ru: 'курахов*', uk: 'курахов*' },
  { id: 'siversk', within: 'donetsk', en: 'siversk', ru: 'северск*', uk: 'сіверськ*' },
  { id: 'lyman', within: 'donetsk', en: 'lyman', ru: 'лиман*|краснолиман*', uk: 'лиман*|краснолиман*' },
  { id: 'marinka', within: 'donetsk', en: 'marinka', ru: 'марьинк*|марьинск* направлени*', uk: "мар'їнк*|мар'їнськ* напрямк*" },
  { id: 'huliaipole', within: 'zaporizhzhia', en: 'huliaipole', ru: 'гуляйпол*', uk: 'гуляйпол*' },
  { id: 'orikhiv', within: 'zaporizhzhia', en: 'orikhiv', ru: 'орехова|орехове|орехову|ореховом|ореховск* направлени*', uk: 'оріхів*' },
  { id: 'robotyne', within: 'zaporizhzhia', en: 'robotyne', ru: 'работин*', uk: 'роботин*' },
  { id: 'zaporizhzhia', en: 'zaporizhzhia|zaporozhye', ru: 'запорож*', uk: 'запоріж*' },
  { id: 'kherson', en: 'kherson', ru: 'херсон*', uk: 'херсон*' },
  { id: 'kharkiv', en: 'kharkiv|kharkov', ru: 'харьков*', uk: 'харків*|харков*' },
  { id: 'vovchansk', within: 'kharkiv', en: 'vovchansk', ru: 'волчанск*', uk: 'вовчанськ*' },
  { id: 'mariupol', within: 'donetsk', en: 'mariupol', ru: 'мариупол*', uk: 'маріупол*' },
  { id: 'crimea', en: 'crimea', ru: 'крым*', uk: 'крим|криму|кримі|кримом|кримськ*|кримчан*' },
  { id: 'sevastopol', within: 'crimea', en: 'sevastopol', ru: 'севастопол*', uk: 'севастопол*' },
  { id: 'kursk', en: 'kursk', ru: 'курск*', uk: 'курськ*' },
  { id: 'belgorod', en: 'belgorod', ru: 'белгород*', uk: 'бєлгород*' },
  { id: 'myrnohrad', within: 'donetsk', en: 'myrnohrad', ru: 'мирноград*', uk: 'мирноград*' },
  { id: 'dnipro', en: 'dnipro', ru: 'днепр*', uk: 'дніпр*' },
];

export const CONCEPTS: readonly ConceptDef[] = [
  // ── actors ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ukraine', group: 'actor_ua', weight: 0.3, side: 'UA',
    en: 'ukrain*|kyiv|kiev|kyivs|ukrainians|ukies|kiev regime|kyiv regime|zelensky regime',
    ru: 'украин*|киев*|незалежн*|хохл*|хохол|укры|укров|укропы|укроп*|нэзалэжн*|киевск* режим*',
    uk: 'україн*|київ*|києв*|київськ* режим*',
  },
  {
    id: 'ua_military', group: 'actor_ua', weight: 0.35, side: 'UA',
    en: 'afu|zsu|vsu|general staff|syrskyi|syrsky|zaluzhny*|azov|sbu|gur|hur|territorial defence|territorial defense|national guard|defence forces|defense forces|ukrainian army|ukrainian military|ukrainian troops|ukrainian forces|ukrainian soldiers|ukrainian units|ukrainian brigades',
    ru: 'всу|зсу|генштаб*|сырск*|залужн*|сбу|гур|тро|нацгвард*|теробор*|вэсэу',
    uk: 'зсу|всу|генштаб*|генеральн* штаб*|сирськ*|залужн*|сбу|гур|тро|нацгвард*|теробор*|сили оборони|сил оборони|силам оборони|силами оборони',
  },
  {
    id: 'zelensky', group: 'leadership', weight: 0.5, side: 'UA',
    en: 'zelensk*|zelenskiy|zelenskyy|yermak|bankova',
    ru: 'зеленск*|ермак*|банков*|офис* президента украин*',
    uk: 'зеленськ*|єрмак*|банков*|офіс* президента',
  },
  {
    id: 'leadership', group: 'leadership', weight: 0.45, topic: true,
    en: 'leader*|leadership|president*|presidency|government*|authorit*|administration|regime|regimes|cabinet|rulers|ruling|head of state|office of the president|parliament|rada|verkhovna|prime minister|premier',
    ru: 'власт*|руковод*|президент*|правительств*|режим*|кабмин*|правящ*|глав* государств*|офис* президент*|парламент*|верховн* рад*|премьер*|лидер*',
    uk: 'влада|влади|владі|владу|владою|керівн*|президент*|уряд*|режим*|кабмін*|правлячи*|очільн*|офіс* президент*|парламент*|верховн* рад*|прем\'єр*|лідер*',
  },
  {
    id: 'russia', group: 'actor_ru', weight: 0.3, side: 'RU',
    en: 'russia*|moscow|kremlin|rf|russians|invaders|occupiers|orcs|ruscists|rashists|ruzzia|ru troops|ru forces|russkies',
    ru: 'росси*|русск*|москв*|московск*|кремл*|рф|россиян*|оккупант*|кацап*|орки|орков|оркам|рашк*|русн*',
    uk: 'росі*|російськ*|москв*|московськ*|кремл*|рф|росіян*|рашист*|окупант*|кацап*|орки|орків|оркам|ворог|ворога|ворогу|ворогом|вороги|ворогів|ворожі|ворожих|рашк*|русн*',
  },
  {
    id: 'ru_officials', group: 'actor_ru', weight: 0.4, side: 'RU',
    en: 'putin*|peskov|lavrov|zakharova|shoigu|belousov|gerasimov|medvedev|tass|ria|rt|sputnik|mod|defence ministry|defense ministry|ministry of defence|ministry of defense|nebenzia|polyanskiy|kirillov|patrushev|solovyov|simonyan|kiselyov|prigozhin|medinsky|ushakov|naryshkin|fsb|svr|gru|state duma|duma|first channel|channel one|z channels|z bloggers|milbloggers|war bloggers|war correspondents|voenkor*|russian state tv|russian state television|russian state media|russian media|russian tv|kremlin backed|pro kremlin|russian propaganda|kremlin propaganda|russian propagandists|kremlin propagandists',
    ru: 'путин*|песков*|лавров*|захаров*|шойг*|белоусов*|герасимов*|медведев*|тасс|риа|минобороны|минобороны рф|мо рф|мид рф|мид россии|небензя|полянск*|кириллов*|патрушев*|соловьев*|симоньян*|киселев*|пригожин*|мединск*|ушаков*|нарышкин*|фсб|свр|гру|госдум*|совфед*|совбез*|володин*|матвиенко|первый канал|первого канала|россия 1|россия 24|z канал*|военкор*|кремлевск*|прокремлевск*|российск* пропаганд*|кремлевск* пропаганд*|пропагандист*',
    uk: 'путін*|пєсков*|пєскова|лавров*|захаров*|шойгу|бєлоусов*|герасимов*|медведєв*|тасс|міноборони рф|мзс рф|мзс росії|небензя|полянськ*|кирилов*|патрушев*|соловйов*|симоньян*|кисельов*|пригожин*|мединськ*|ушаков*|наришкін*|фсб|свр|гру|держдум*|радфед*|z пабліки|z пабліків|z канали|z каналів|z блогер*|воєнкор*|кремлівськ*|прокремлівськ*|російськ* пропаганд*|кремлівськ* пропаганд*|пропагандист*',
  },
  {
    id: 'west', group: 'actor_west', weight: 0.5, side: 'WEST',
    en: 'west|western|westerners|the west|collective west|allies|ally|allied|partners|backers|sponsors|donors|curators|international community|g7|coalition|western countries|western nations|western governments|western leaders|western capitals|western partners|foreign partners|international partners|donor countries|friends of ukraine',
    ru: 'запад*|союзник*|партнер*|спонсор*|донор*|куратор*|коллективн* запад*|международн* сообществ*|коалици*|западн* стран*|западн* партнер*|страны запада',
    uk: 'захід|заходу|заходом|заході|західн*|союзник*|партнер*|спонсор*|донор*|куратор*|колективн* захід*|міжнародн* спільнот*|коаліці*|західн* країн*|західн* партнер*|країни заходу',
  },
  {
    id: 'usa', group: 'actor_west', weight: 0.4, side: 'WEST',
    en: 'usa|u s|u s a|america*|washington|biden*|trump*|pentagon|white house|congress|senate|state department|blinken|austin|rubio|vance|cia|republicans|democrats|americans|uncle sam|state dept|hegseth|kellogg|witkoff',
    ru: 'сша|америк*|вашингтон*|байден*|трамп*|пентагон*|белый дом|белого дома|конгресс*|сенат*|госдеп*|блинкен*|цру|республиканц*|демократ*|американц*|дядя сэм|дяди сэма|дяде сэму|штаты|штатов|штатах|штатам|госдепартамент*|хегсет*|келлог*|уиткофф*',
    uk: 'сша|америк*|вашингтон*|байден*|трамп*|пентагон*|білий дім|білого дому|конгрес*|сенат*|держдеп*|блінкен*|цру|республіканц*|демократ*|американц*|дядько сем|дядька сема|штати|штатів|штатах|штатам|держдепартамент*|хегсет*|келлог*|віткофф*',
  },
  {
    id: 'europe', group: 'actor_west', weight: 0.4, side: 'WEST',
    en: 'europe*|eu|brussels|european union|european commission|germany|german*|berlin|scholz|merz|france|french|paris|macron|britain|british|uk|london|sunak|starmer|poland|polish|warsaw|italy|italian|von der leyen|borrell|kallas|germans|denmark|danish|netherlands|dutch|belgium|sweden|swedish|finland|finnish|norway|norwegian|czech*|slovakia|slovak|hungary|hungarian|orban|romania*|bulgaria*|baltic*|lithuania*|latvia*|estonia*|spain|spanish|ireland|irish|austria*|bundestag|bundeswehr|european capitals|europeans',
    ru: 'европ*|евросоюз*|ес|брюссел*|еврокомисс*|герман*|немецк*|немц*|берлин*|шольц*|мерц*|франци*|французск*|париж*|макрон*|британи*|британск*|лондон*|польш*|польск*|варшав*|итали*|итальянск*|фон дер ляйен|европейц*|дания|дании|датск*|нидерланд*|голланд*|бельги*|швеци*|шведск*|финлянд*|финск*|норвеги*|чехи*|чешск*|словаки*|венгри*|венгерск*|орбан*|румыни*|болгари*|прибалт*|литв*|латви*|эстони*|испани*|ирланди*|австри*|бундестаг*|бундесвер*',
    uk: 'європ*|євросоюз*|єс|брюссел*|єврокоміс*|німеччин*|німецьк*|німц*|берлін*|шольц*|мерц*|франці*|французьк*|париж*|макрон*|британі*|британськ*|лондон*|польщ*|польськ*|варшав*|італі*|італійськ*|фон дер ляєн|європейц*|данія|данії|данськ*|нідерланд*|голланд*|бельгі*|швеці*|шведськ*|фінлянд*|фінськ*|норвегі*|чехі*|чеськ*|словаччин*|угорщин*|угорськ*|орбан*|румуні*|болгарі*|прибалт*|литв*|латві*|естоні*|іспані*|ірланді*|австрі*|бундестаг*|бундесвер*',
  },
  {
    id: 'nato', group: 'actor_west', weight: 0.55, side: 'WEST',
    en: 'nato|north atlantic|alliance|stoltenberg|rutte',
    ru: 'нато|альянс*|североатлантическ*|столтенберг*|рютте',
    uk: 'нато|альянс*|північноатлантичн*|столтенберг*|рютте',
  },
  {
    id: 'factcheck', group: 'media', weight: 0.4, side: 'CHECK',
    en: 'fact checkers|fact checker|factcheckers|stopfake|voxcheck|bellingcat|investigators|investigation|osint|analysts|investigative journalists|investigative reporters|auditors|inspectors|inspector general|watchdog',
    ru: 'фактчекер*|фактчекинг*|стопфейк*|расследовани*|беллингкэт*|аналитик*|расследовател*|журналисты расследователи|аудитор*|инспектор*',
    uk: 'фактчекер*|фактчекінг*|стопфейк*|воксчек*|розслідуван*|беллінгкет*|аналітик*|розслідувач*|журналісти розслідувачі|аудитор*|інспектор*',
  },
  {
    id: 'military', group: 'military', weight: 0.3, topic: true,
    en: 'army|armies|troops|forces|soldiers|soldier|military|servicemen|brigade*|battalion*|units|fighters|infantry|armed forces|personnel|commander*|generals|marines|paratroopers|assault groups|assault units|sappers|servicemembers|service members|riflemen',
    ru: 'арми*|войск*|военн*|солдат*|бойц*|боец|военнослужащ*|бригад*|батальон*|подразделени*|пехот*|вооруженн* сил*|командир*|командован*|генерал*|штурмовик*|десантник*|морпех*|пехотинц*|личн* состав*|мобилизованн*|на передке|на нуле',
    uk: 'арм*|військ*|військов*|солдат*|бійц*|боєць|військовослужбов*|бригад*|батальйон*|підрозділ*|піхот*|збройн* сил*|командир*|командуван*|генерал*|штурмовик*|десантник*|морпіх*|піхотинц*|особов* склад*|мобілізован*|на нулі|хлопці на фронті',
  },
  {
    id: 'war', group: 'war', weight: 0.25, topic: true,
    en: 'war|wars|warfare|fighting|conflict|hostilities|combat|battle|battles|battlefield|special military operation|smo',
    ru: 'войн*|боев* действ*|боевы*|конфликт*|сво|спецоперац*|специальн* военн* операц*|сражени*|бои|боях|боям',
    uk: 'війн*|бойов* дії|бойових дій|бойов*|конфлікт*|сво|спецоперац*|бої|боях|боям|битв*',
  },

  // ── battlefield ─────────────────────────────────────────────────────────────────────────
  {
    id: 'front', group: 'battlefield', weight: 0.6, topic: true,
    en: 'front|fronts|frontline|frontlines|front line|front lines|line of contact|contact line|positions|trenches|trench|front line units|zero line|defensive line|defensive lines|trenchline|the line',
    ru: 'фронт*|линии соприкосновения|линия соприкосновения|позици*|окоп*|передов*|рубеж*|передок|на нуле|линия фронта|линии фронта|линию фронта',
    uk: 'фронт*|лінія зіткнення|лінії зіткнення|позиці*|окоп*|передов*|передок*|рубеж*|на нулі|лінія фронту|лінії фронту|лінію фронту|передок',
  },
  {
    id: 'defences', group: 'battlefield', weight: 0.5, topic: true,
    en: 'defence*|defense*|defensive|fortif*|defenders|lines of defence|defend*',
    ru: 'оборон*|укреплен*|фортификац*|защитник*',
    uk: 'оборон*|укріплен*|фортифікац*|захисник*',
  },
  {
    id: 'collapse', group: 'ua_weakness', weight: 1,
    en: 'collaps*|crumbl*|fall apart|falling apart|fell apart|falls apart|disintegrat*|implod*|breakdown|break down|breaking down|broke down|unravel*|on its last legs|on the brink|brink|verge|cave in|caving in|caved in|buckl*|give way|giving way|gave way|cracking|cracks|meltdown|fold|folding|shatter*|on the ropes|downfall|doomed|doom|finished|agony|death throes|breaking point|teeter*|tottering|in tatters|bleed*|bled|bleeding|break apart|breaking apart|breaks apart|broke apart|come apart|coming apart|comes apart|came apart|going under|go under|goes under|fraying|frays|frayed|in free fall|free fall|tailspin|death spiral|brought to its knees|on its knees|at breaking point|near breaking point|cooked|done for|game over|kaput|bleeding out|bled dry|bleeding dry|hollowed out|circling the drain|running on empty|unsustainable|breakdown of|disintegration|spent force|a spent force',
    ru: 'коллапс*|крах*|развал*|рухн*|рушит*|рушат*|обвал*|обруш*|распад*|разваливает*|на грани|на пороге краха|агони*|сыплет*|посыпал*|трещит*|трещат*|трещин*|по швам|при смерти|обречен*|конец украин*|дышит на ладан|истека* кровью|надлом*|разлага*|разложен*|сломлен*|ломает*|посыпл*|посыплет*|рассыпа*|рассыпл*|рассып*|поплыл*|поплыв*|развалится|развалит*|валится|кранты|капут|хана|крышка|обвалится|рухнет|рухнут|не выдержит|трещит по швам|на последнем издыхании|при последнем издыхании|держится на соплях|сыпется|сыплется|сыпл*|посыпалась|посыпался|посыпались',
    uk: 'колапс*|крах*|розвал*|обвал*|обруш*|розпад*|на межі|на порозі краху|агоні*|сиплет*|посипал*|трiщ*|тріщ*|приречен*|стікає кров\'ю|надлом*|розкладає*|зламан*|ламаєт*|завалит*|завалю*|впаде|упаде|посип*|розсип*|посипл*|сипл*|розвалит*|розвалю*|розвалиться|валиться|поплив*|капут|гаплик|кришка|кінець україн*|обвалиться|рухне|рухнуть|завалиться|тріщить по швах|по швах|на останньому подиху|тримається на соплях',
  },
  {
    id: 'cannot_hold', group: 'ua_weakness', weight: 0.9,
    en: 'won\'t last|will not last|cannot last|can\'t last|not last|cannot hold|can\'t hold|cannot hold out|unable to hold|can no longer hold|cannot withstand|can\'t withstand|not survive|won\'t survive|cannot survive|can\'t survive|not hold out|won\'t hold out|hold out|holding out|last long|last much longer|last until|weeks away from|days away from|months at most|running on fumes|can\'t keep fighting|cannot keep fighting|can no longer fight|cannot continue|can\'t continue|unable to continue|cannot sustain|can\'t sustain|unable to sustain|won\'t hold|will not hold|may not hold|might not hold|no longer hold|can\'t replace|cannot replace|unable to replace|can\'t replenish|cannot replenish|unable to replenish|unable to rotate|can\'t rotate|cannot rotate|out of steam|hanging by a thread|by a thread|no strength|no longer able|not able to hold|cannot keep up|can\'t keep up|could not hold|cannot hold the line|barely holding on|barely holding|barely hanging on|hanging on by|by its fingernails|by their fingernails|holding on by a thread|clinging on',
    ru: 'не продержит*|не продержа*|не выдерж*|не устоит|не устоять|не выстоит|не выстоять|не протянет|не протянут|долго не протян*|продержит*|протянет|выдохл*|выдыха*|не сможет удерж*|не может удерж*|не удержит*|не удержат|не удержать|не восполн*|нечем восполн*|некем восполн*|нечем закрыв*|некем закрыв*|некем заменить|некому заменить|держится на честном слове|на честном слове|на волоске|нет сил*|не осталось сил|из последних сил|не вывез*|не вывоз*|не потянет|не потянут|не тянет|не тянут|выдыхает*|выдохлась|выдохся|сдувает*|сдулась|сдулся|не продолжит|не вытянет|не вытянут|не вытянуть|еле держатся|еле держится|едва держатся|едва держится|еле еле|не вывозят|не вывозит',
    uk: 'не протрима*|не витрима*|не вистоїть|не вистояти|не встоїть|не встояти|не протягне|довго не протягн*|протрима*|протягне|видихн*|видиха*|не зможе утрима*|не може утрима*|не утрима*|не втрима*|не поповн*|нема чим|нема ким|немає ким|немає чим|нікому замінити|тримається на чесному слові|на чесному слові|на волосині|не має сил|немає сил|нема сил|не вистачає сил|з останніх сил|не витягне|не витягнемо|не витягнуть|не потягне|не потягнемо|не потягнуть|не протягнемо|не протягнуть|протягн*|видихає*|видихлась|видихся|здувається|здулась|ледве тримаються|ледве тримається|ледь тримаються|ледь тримається|ледве|не вивозять|не вивозимо|не вивозить|не вивезе|не вивеземо',
  },
  {
    id: 'imminence', group: 'imminence', weight: 0.5, topic: true,
    en: 'imminent|imminently|soon|any day|any day now|any moment|at any moment|about to|within weeks|within days|within months|in weeks|by spring|by summer|by winter|by the end of the year|on the verge|inevitabl*|inevitable|countdown|sooner or later|matter of time|time is running out|any time now|very soon|shortly|within a month|in a month|next month|in the coming weeks|coming weeks|coming months|months away|weeks away|before summer|before winter|before spring|by the spring|by autumn|by the autumn|nearing|on the brink',
    ru: 'вот вот|скоро|неминуем*|неизбеж*|в ближайшее время|в любой момент|со дня на день|считанные|к весне|к лету|к зиме|до конца года|вопрос времени|рано или поздно|в ближайшие недели|в ближайшие месяцы|через месяц|через пару месяцев|пару месяцев|через неделю|к осени|на пороге|не за горами|считанные недели|считанные дни|еще пару месяцев|еще пару недель|еще полгода',
    uk: 'ось ось|незабаром|скоро|неминуч*|найближчим часом|будь якої миті|з дня на день|лічені|до весни|до літа|до зими|до кінця року|питання часу|рано чи пізно|найближчими тижнями|найближчі тижні|найближчі місяці|за місяць|за пару місяців|через місяць|до осені|не за горами|лічені тижні|лічені дні|ще пів року|ще півроку|за пів року|ще кілька місяців|ще пару місяців',
  },
  {
    id: 'defeat', group: 'ua_weakness', weight: 0.9,
    en: 'defeat*|losing|lose the war|lost the war|lose|loses|lost|rout|routed|capitulat*|surrender*|beaten|hopeless|futile|lost cause|no chance|cannot win|can\'t win|unwinnable|humiliat*|failure|failing|failed|no way to win|won\'t win|will not win|cannot prevail|can\'t prevail|defeated|lost already|smashed|crushed|beaten badly',
    ru: 'поражени*|проигр*|капитул*|сдаться|сдают*|сдались|сдач*|разгром*|безнадеж*|бесполезн*|без шансов|нет шансов|не победить|не может победить|провал*|проваль*|унижен*|проиграл*|проиграет|проиграют|слились|слилась|сдулись|разбита|разбиты|разбит|разгромлена|разгромлены',
    uk: 'поразк*|програв*|програш*|програти|програні|програний|програно|капітул*|здатися|здаються|здались|здач*|розгром*|безнадій*|марно|марні зусилля|марн* спроб*|марн* опір*|марн* жертв*|без шансів|немає шансів|не перемогти|не може перемогти|провал*|принижен*|програла|програли|програє|програють|злилися|злились|здулися|розбита|розбиті|розбитий|розгромлена|розгромлені',
  },
  {
    id: 'casualties', group: 'battlefield', weight: 0.6, topic: true,
    en: 'losses|casualties|casualty|killed|dead|death toll|deaths|wounded|body count|cannon fodder|meat grinder|meat assaults|mincer|slaughterhouse|graveyard',
    ru: 'потер*|погиб*|убит*|раненых|ранен*|мясорубк*|пушечн* мяс*|мясн* штурм*|двухсот*|груз 200|перемол*',
    uk: 'втрат*|загибл*|загину*|вбит*|убит*|поранен*|м\'ясорубк*|гарматн* м\'яс*|м\'ясн* штурм*|двохсот*|вантаж 200|перемел*',
  },
  {
    id: 'exhaustion', group: 'ua_weakness', weight: 0.9,
    en: 'reserve*|depleted|deplet*|exhaust*|run out|running out|ran out|runs out|shortage*|short of|shortfall|dwindl*|manpower|out of men|out of shells|out of ammunition|out of soldiers|scraping the barrel|bottom of the barrel|overstretched|stretched thin|worn out|worn down|attrition|no one left|nobody left|empty|scarce|lack of|lacks|lacking|undermanned|understaffed|understrength|under strength|thinly manned|outnumbered|outgunned|no reserves|no one to|nobody to|out of troops|running short|run short|ran short|runs short|short on|low on|starved of|drained|bled white|scraping|scrape the barrel|gaps in the line|holes in the line|no rotation|no rotations|without rotation|without rotations|no replacements|no reinforcements|nobody to send|no one to send|no one left to|nobody left to|older men|chronic shortage|acute shortage|severe shortage|nobody left to mobilise|nobody left to mobilize|no one left to mobilise|no one left to mobilize|nobody left to draft|no one left to draft|nobody left to send',
    ru: 'резерв*|истощ*|исчерп*|нехватк*|не хватает|нехватает|дефицит*|на исходе|заканчива*|закончил*|кончаю*|кончил*|иссяк*|изнурен*|измотан*|выбит*|некому воевать|некого|людск* ресурс*|нехватки|не осталось|не остается|опустош*|нехватк* личного состава|некомплект*|недоукомплект*|укомплектован*|обескров*|людей нет|людей не хватает|пехоты нет|снарядов нет|нет пехоты|нет людей|нет снарядов|нет резервов|без резервов|без ротаци*|нет ротаци*|ротаций нет|дыры на фронте|латать дыры|затыкать дыры|затыкают дыры|старшего возраста|пополнения нет|пополнения почти нет|нет пополнения|без пополнения|пустые окопы|воевать некому|некого мобилизовать|мобилизовать некого|мобилизовать больше некого|некого призывать',
    uk: 'резерв*|виснаж*|вичерп*|нестач*|не вистачає|бракує|брак|дефіцит*|на вичерпанні|закінчу*|закінчил*|скінчил*|зменшу*|змучен*|вимотан*|вибит*|нікому воювати|нікого|людськ* ресурс*|не залишилось|не залишилося|спустош*|людей немає|людей нема|немає людей|нема людей|піхоти немає|немає піхоти|піхоти нема|снарядів немає|немає снарядів|без резервів|без ротаці*|немає ротаці*|ротацій нема|ротацій немає|діри на фронті|латати діри|затикати діри|некомплект*|недоукомплект*|укомплектован*|знекровлен*|старшого віку|поповнення немає|немає поповнення|без поповнення|порожні окопи|воювати нікому|воювати нема кому|нема кому воювати|немає кому воювати|нікого мобілізувати|мобілізувати нікого|нікого призивати',
  },
  {
    id: 'morale', group: 'ua_weakness', weight: 0.8,
    en: 'morale|desert*|awol|refuse to fight|refusing to fight|refused to fight|mutiny|mutinies|lay down arms|laying down arms|laid down arms|give up|giving up|gave up|demoralis*|demoraliz*|panic*|despair|fleeing the front|self harm|dodg*|draft dodgers|evade|evading|evasion|deserters|run away|running away|ran away|scatter*|abandoning posts|refuse orders|refusing orders|disobey*|low morale|shattered morale|broken morale|will to fight|nobody wants to fight|no one wants to fight|don\'t want to fight|do not want to fight|hiding from the draft|men hiding|in hiding',
    ru: 'мораль*|боев* дух*|дезерт*|сзч|отказыва* воевать|отказа* воевать|отказ* от боя|бунт*|сложи* оружи*|сдаются в плен|деморализ*|паник*|отчаяни*|уклонист*|уклоня*|бегут с фронта|бегств*|разбега*|разбежал*|не хотят воевать|не хочет воевать|воевать некому|прячутся|прячут*|дезертир*',
    uk: 'мораль*|бойов* дух*|дезерт*|сзч|самовільн*|відмовля* воювати|відмови* воювати|бунт*|склада* зброю|склали зброю|здаються в полон|деморалізов*|панік*|відчай*|ухилянт*|ухиля*|тікають з фронту|втеч*|розбіга*|розбіглися|розбіглись|не хочуть воювати|не хоче воювати|ховаються|дезертир*',
  },
  {
    id: 'mobilisation', group: 'manpower', weight: 0.9,
    en: 'mobilis*|mobiliz*|conscript*|draft|drafted|drafting|call up|call ups|callup|recruit*|enlistment|enlistment office|tcc|tck|press gang*|forcibly|forced conscription|snatch*|busification|draftees|age limit|conscription age|press ganged|press-ganged|rounding up|round up|rounded up|roundup*|dragged|dragging|grabbed off the street*|snatched|bused|minivan*|enlistment officers|recruitment officers|draft officers|conscription officers|draft office*|grabbed on the street|grabbed off the street|grabbed in the street|snatched from the street|snatched off the street|taken off the street|sent to the front|sent to die|send them to die|sending them to die|thrown into the trenches|forcibly sent|forced to the front',
    ru: 'мобилиз*|могилиз*|призыв*|военкомат*|тцк|бусифик*|бусик*|отлов*|облав*|повестк*|вербов*|рекрут*|принудительн* мобилиз*|хватают|хватают на улицах|мобилизационн*|призывн* возраст*|мобики|мобик*|ловят|отлавлива*|ловл*|ткц|военкомы|насильно отправ*|силой отправ*|принудительно отправ*|отправляют на фронт|отправят на фронт|гонят на фронт|гонят на убой|на убой|ловят на улицах|хватают на улице',
    uk: 'мобіліз*|призов*|військкомат*|тцк|бусифік*|бусик*|облав*|повістк*|вербув*|рекрут*|примусов* мобіліз*|хапають|мобілізацій*|призовн* вік*|мобіки|мобік*|ловлять|відлов*|тцкшник*|тцк*|силоміць відправ*|примусово відправ*|насильно відправ*|відправляють на фронт|відправлять на фронт|женуть на фронт|на забій|ловлять на вулицях|хапають на вулиці|пакують',
  },

  // ── military gains ───────────────────────────────────────────────────────────────────────
  {
    id: 'capture', group: 'military_gains', weight: 0.9,
    en: 'captur*|seiz*|took control|taken control|take control|takes control|taking control|gain control|gained control|under control|under russian control|taken over|took over|overrun|overran|liberat*|has fallen|have fallen|fall of|raised the flag|raise the flag|flag over|occupied|occupy|occupying|occupation|annexed|took the town|took the village|seized|planted the flag|mopping up|overrunning|now controls|now control|control most|under the control|lost to russia|lost control of|in russian hands|russian hands|flag raised|raised their flag|hoisted|entered the town|entered the city|entered the village|entered the centre|entered the center|retaken by russia|captured by russia|took another town|took another village|took another city|taken another town|taken another village|captured another|holds most of|now holds|controls most of|control of most|in control of most|fell to russia|fell to russian|fell to the russians|falls to russia|falls to russian|fell to moscow|fallen to russia|fallen to russian',
    ru: 'захват*|захвач*|взят*|взял*|взяли|возьмут|занял*|заняли|освобод*|освобожд*|под контрол*|установил* контрол*|перешел под контроль|перешли под контроль|пал|пала|пали|падени*|флаг над|водрузил*|зачищ*|зачистк*|аннексир*|зашли в|зашел в|зашли на|вошли в|вошел в|подняли флаг|поднял* флаг|переход* под контрол*|перешл* под контрол*|освободил*|освобожден*|оккупир*|оккупац*|оккупирова*|флаг россии над|российский флаг над',
    uk: 'захоп*|взят*|взяли|взяв|візьмуть|зайнял*|зайня*|визвол*|під контрол*|встановил* контрол*|перейшов під контроль|перейшли під контроль|впав|впала|впали|падіння|прапор над|зачищ*|зачистк*|анексув*|звільнил*|зайшли в|зайшли у|зайшов у|увійшли в|увійшли до|ввійшли в|підняли прапор|піднято прапор|перехід під контроль|перейшл* під контроль|окупували|окупован*|захоплен*|окупува*|окупуют*|окупац*|окупова*|прапор росії над|російський прапор над',
  },
  {
    id: 'capture_weak', group: 'military_gains', weight: 0.5,
    en: 'taking|takes|took|taken|grab*|control|lost|losing|flipped|flip|falls|fell|fallen|grabbing',
    ru: 'берут|забира*|контрол*|потерял*|теря*|отжали|отжать|взяли еще|заняли еще|минус еще',
    uk: 'беруть|забира*|контрол*|втратил*|втрача*|забрали|мінус ще|взяли ще|зайняли ще',
  },
  {
    id: 'advance', group: 'military_gains', weight: 0.9,
    en: 'advanc*|offensive*|breakthrough*|broke through|broken through|break through|breaking through|breaks through|breach*|gaining ground|gain ground|gained ground|gains|moving forward|move forward|moves forward|pushing forward|push forward|pushed forward|pushing deeper|onslaught|sweep*|steamroll*|stormed|storming|storm the|assault*|inroads|forward|marching|closing in|approaching|deeper|momentum|initiative|pressing|pressure on the front|kilometres|kilometers|km|square kilometres|pushed back|push back|pushes back|pushing back|driven back|drive back|pushed out|push out|pushing out|forced out|forcing out|forced back|squeezed out|rolling through|roll through|rolls through|rolled through|steadily pushing|on the move|moving fast|moving west|moving westward|westwards|westward|press on|pressing on|pressed on|press ahead|pushing ahead|pushed ahead|pushing on|pushed on|territorial gains|biggest gains|creeping forward|grinding forward|inching forward|inch forward|made gains|making gains|punched through|punch through|punches through|punching through|broke the defence|broke the defense|broke the front|broke the line|broken the line|broken the front|broke ukrainian lines|broke ukrainian defences|russian push|push towards|push toward|pushing towards|pushing toward|push into|pushing into|offensive push',
    ru: 'наступлен*|наступа*|наступательн*|продвиж*|продвину*|продвига*|прорыв*|прорвал*|прорва*|штурм*|натиск*|теснят|теснит|потесн*|отодвинул*|отбросил*|движутся вперед|вперед|инициатив*|приближа*|подош*|подход* к|кв км|квадратн* километр*|километр*|теснить|теснил*|оттесн*|вытесн*|идут дальше|идут вперед|пошли вперед|накатыва*|давят|дожима*|выдавлива*|выдавил*|выбили|выбива*|на подступах|подступ*|темп наступления|продвинулись|продвинулся',
    uk: 'наступ|наступу|наступом|наступі|наступа*|наступальн*|просув*|просуну*|прорив*|прорвал*|прорва*|штурм*|натиск*|тисн*|відкинул*|відтіснил*|рухаються вперед|вперед|ініціатив*|наближа*|підійш*|підход* до|кв км|квадратн* кілометр*|кілометр*|тіснять|тіснили|тіснить|відтісн*|витісн*|ідуть далі|йдуть далі|йдуть вперед|насуваю*|видавлю*|видавил*|вибили|вибива*|на підступах|підступ*|темп наступу|просунулися|просунулись|просунувся',
  },
  {
    id: 'encirclement', group: 'military_gains', weight: 0.9,
    en: 'encircl*|surround*|cauldron*|cut off|supply line*|supply route*|trapped|trap|besieg*|siege|pincer*|semi encircl*|kettle|logistics',
    ru: 'окруж*|полуокруж*|котел|котл*|в кольц*|кольцо|блокир*|отрез*|снабжени*|осад*|клещ*|логистик*|ловушк*',
    uk: 'оточ*|напівоточ*|котел|котл*|у кільц*|в кільц*|кільце|блокув*|відрізан*|відріза*|постачан*|облог*|кліщ*|логістик*|пастк*',
  },
  {
    id: 'retreat', group: 'military_gains', weight: 0.8,
    en: 'retreat*|withdraw*|withdrew|pull back|pulled back|pulling back|pulls back|fall back|fell back|falling back|fled|flee|fleeing|flees|pull out|pulled out|pulling out|abandon* positions|abandoned their positions|left their positions|leave their positions|evacuat*|forced to withdraw|forced to retreat|forced to pull back|giving up ground|gave up ground|ceding ground|ceded ground|lost ground|losing ground|fallback positions|new lines|new positions|pulled its troops|pulls its troops|pulling its troops|withdrew its troops|withdrew troops|troops out of|forced out of',
    ru: 'отступ*|отход*|отошл*|отошли|отвод*|отвел*|бежал*|бегут|бросили позиции|оставил* позици*|оставили город|покида* позиции|покинул*|вывод* войск|выводят|эвакуир*|эвакуац*|драпа*|отходят|отступают|отступили|оставили позиции|оставили село|на новые рубежи|новые рубежи|откатыва*|откатил*|вышли из|вывели войска|вывели подразделения',
    uk: 'відступ*|відход*|відійшл*|відвод*|відвел*|тікал*|тікають|кинули позиції|залиши* позиц*|залишили місто|покида* позиці*|покинул*|виведен* військ*|виводять|евакуй*|евакуац*|драпа*|відходять|відійти|відійшли|відійшов|відступають|відступили|залишили позиції|залишили село|на нові рубежі|нові рубежі|нові позиції|відкочу*|вийшли з|вийшли із|вивели війська|вивели підрозділи|вихід з|вихід із',
  },
  {
    id: 'victory', group: 'military_gains', weight: 0.5,
    en: 'victor*|win|wins|winning|won|triumph*|unstoppable|inevitable|overwhelming|superior*|dominat*|crush*|successful*|success*|sweeping|major gains|rapid|rapidly|swift*|lightning|fast|quickly|at speed|pace',
    ru: 'побед*|триумф*|неудерж*|превосход*|доминир*|сокруш*|успех*|успешн*|стремител*|быстр*|молниенос*|темп*',
    uk: 'перемог*|перемож*|тріумф*|нестримн*|перевага|переваг*|домінув*|нищівн*|успіх*|успішн*|стрімк*|швидк*|блискавичн*|темп*',
  },
  {
    id: 'territory', group: 'territory', weight: 0.45, topic: true,
    en: 'territor*|land|lands|ground|region|regions|oblast*|villages|village|towns|town|cities|city|settlement*|localit*|hamlet*|square miles|new regions|annex*|referendum*|borders|border',
    ru: 'территор*|земл*|регион*|област*|сел|села|село|селах|селом|сёл|поселк*|поселок|посел*|деревн*|город*|населенн* пункт*|нп|новые регионы|новых регионов|аннекс*|присоедин*|референдум*|границ*',
    uk: 'територ*|земл*|регіон*|област*|сіл|села|село|селах|селом|селищ*|містечк*|міст*|населен* пункт*|нп|нові регіони|нових регіонів|анекс*|приєдн*|референдум*|кордон*',
  },
  {
    id: 'place_east', group: 'place', weight: 0.3, topic: true,
    en: EASTERN_PLACES.map((p) => p.en).join('|'),
    ru: EASTERN_PLACES.map((p) => p.ru).join('|'),
    uk: EASTERN_PLACES.map((p) => p.uk).join('|'),
  },

  // ── the West and aid ─────────────────────────────────────────────────────────────────────
  {
    id: 'abandonment', group: 'abandonment', weight: 1,
    en: 'abandon*|turn their back*|turning their back*|turned their back*|turn its back|turning its back|turned its back|turns its back|walk away|walking away|walked away|walks away|left alone|left to fend|betray*|sell out|sold out|selling out|sells out|forsak*|under the bus|dump*|ditch*|give up on|gave up on|giving up on|gives up on|lose interest|losing interest|lost interest|wash their hands|washing their hands|pull the plug|pulled the plug|desert ukraine|deserted|leave ukraine|leaving ukraine|left ukraine|behind its back|behind their back*|behind kyiv\'s back|trade ukraine|trading ukraine|bargaining chip|expendable|disposable|retreating from|cold feet|backing away|back away|backtrack*|u turn|left to its fate|to its fate|to their fate|fend for itself|fend for themselves|on its own now|throw under|thrown under|hung out to dry|hang out to dry|hanging out to dry|turn away from|turning away from|turned away from|turns away from|stepping back|step back from|stepped back from|losing patience|lost patience|lose patience|loses patience|patience is running out|patience running out|patience is wearing thin|patience wearing thin|no longer willing|no longer want|no longer wants|no longer wish|not willing to|cut loose|cutting loose|cut ukraine loose|write off|writing off|written off|wrote off|move on from|moving on from|moved on from|done with ukraine|done paying|so done|taps closing|closing the taps|turn off the taps|turning off the taps|turned off the taps|shut off the taps|aid taps|money taps|shutting the door|washing its hands|washed its hands|wash its hands|washes its hands|backing out|back out|backed out|walking back|walk back|walked back|no more money for ukraine|no more weapons for ukraine|stop funding|stop paying|stop helping|stop supporting|stop arming|stop sending|stopped sending|stop supplying|stopped supplying|stopped funding|stopped helping|end support|ending support|quit supporting|reluctant to fund|reluctant to help|reluctant to support|money tap|aid tap|turning off the money|turn off the money|turning off the tap|turn off the tap|turned off the tap|switching off|switch off support|backing off|back off|backed off|down the river|sold down the river|sell kyiv down the river|close the wallet|closing the wallet|closed the wallet|closing their wallets|purse strings|tighten the purse|tightening the purse|tightened the purse',
    ru: 'брос*|кину*|кида*|отвернул*|отворачива*|предал*|предат*|предают|предаст|предательств*|слил*|сливают|сольют|сдадут|сдали украину|сдают украину|один на один|оставят одн*|оставили одн*|оставлен*|умыва* руки|умыл* руки|потеря* интерес|теря* интерес|разменн* монет*|за спиной|отстраня*|дистанцир*|охладе*|охлажд*|бросил*|бросает|бросают|бросят|бросить|сливать|слива*|наигрался|наигрались|наиграл*|на произвол судьбы|оставят на произвол|оставили на произвол|выкручивайся сам|выкручивайтесь|выкручиваться самой|разбирайтесь сами|сам по себе|сама по себе|откаж* от поддержк*|отказ* от поддержк*|отказыва* от поддержк*|отказыва* помога*|откажутся помога*|перестанут помога*|перестали помога*|перестанет помога*|перестают помога*|перестал* финансир*|перестанут финансир*|прекратить финансир*|прекратят финансир*|прекращ* финансир*|прекратить помощ*|прекратят помощ*|свернуть помощ*|сворачива* помощ*|отворачив*|кина не будет|лавочка закрыта|лавочку закрыли|лавочку прикрыли|закрыли кран|перекрыли кран|перекроют кран|перекрывают кран|краник|больше не горят|не горят желанием|не горит желанием|закрыва* кошел*|закрыли кошел*|закроют кошел*|затягива* пояс*',
    uk: 'кину*|кида*|покину*|покида*|відвернул*|відвертає*|зрад*|злил*|зливають|зіллють|здадуть|здали україну|сам на сам|один на один|залишать одн*|залишили одн*|залишен*|умива* руки|вмива* руки|умили руки|втрача* інтерес|втратил* інтерес|розмінн* монет*|за спиною|дистанцію*|охолод*|кинули|кине|кинуть|кидають|зливає|зливати|злива*|напризволяще|на призволяще|сама по собі|сам по собі|відмов* від підтримк*|відмовля* допомага*|відмовля* від допомог*|перестануть допомага*|перестали допомага*|перестає допомага*|перестали фінансув*|перестануть фінансув*|припинити фінансув*|припинять фінансув*|припинити допомог*|згорнути допомог*|згортають допомог*|відвертаю*|закрили кран|перекрили кран|перекриють кран|краник|не горять бажанням|не горить бажанням|тихо зливають|просто зливають|закрива* гаман*|закрили гаманець|закриють гаманець',
  },
  {
    id: 'fatigue', group: 'abandonment', weight: 0.9,
    en: 'tired|fatigue|weary|war weariness|fed up|sick of|exhausted by|had enough|enough is enough|donor fatigue|ukraine fatigue|no appetite|appetite|patience|running out of patience|reluctan*|unwilling*|skeptic*|sceptic*|doubts|grumbl*|frustrat*|weariness|war fatigue|tired of|tire of|tiring of|tires of|impatien*|waning|wane|wanes|waned|dwindling appetite|lost appetite|losing appetite|reluctance|not keen|no longer keen|no desire|no enthusiasm|less enthusiasm|cooling|cooled|lukewarm|over it|fed up with|sick and tired|so done',
    ru: 'устал*|усталост*|надое*|надоел*|сыт* по горло|терпени*|не желают|нежелани*|скептич*|сомнени*|раздражени*|недовол*|устают|устали|устала|устал|утомил*|утомлен*|надоест|надоело|без энтузиазма|нет желания|охладел*|остыл*|поостыл*|неохотн*|неохота|нехотя|с неохотой|вечн* просьб*|сколько можно',
    uk: 'втом*|набрид*|терпін*|терпець|не бажають|небажан*|скептич*|сумнів*|роздратув*|невдовол*|втомилися|втомились|втомилася|втомився|втомлені|набридла|набридло|набридли|без ентузіазму|немає бажання|неохоче|неохота|знехотя|охолол*|вічн* прохан*|скільки можна|дедалі неохоче',
  },
  {
    id: 'cut_halt', group: 'abandonment', weight: 0.7,
    en: 'end support|ending support|end aid|ending aid|cut off aid|cut off support|cutting off support|cutting off aid|cut off funding|cutting off funding|cut off weapons|dwindling support|last package|final package|no new|no more|no new money|drag its feet|drags its feet|drag their feet|dragging their feet|foot dragging|not approve|won\'t approve|refuse to approve|refuses to approve|refused to approve|less and less|smaller package*|smaller aid|no new aid|no new weapons|no new packages|no new package|refused new funding|refuses new funding|refused funding|refuse funding|rejected new funding|blocked new funding|no new funding|less and less often|less often|ever less|ever fewer|fewer and fewer',
    ru: 'последн* транш*|последн* пакет*|больше не будет|все меньше|меньше и меньше|не платит|не платят|перестал* платить|перестанут платить|не дадут|не выделя*|не выделил*|не выделит|не одобр*|задержали поставк*|задержали помощ*|задержали пакет*|все реже|всё реже|реже и реже',
    uk: 'останн* транш*|останн* пакет*|більше не буде|все менше|дедалі менше|менше і менше|не платить|не платять|перестали платити|не дадуть|не виділя*|не виділить|не схвал*|затримали постач*|затримали допомог*|затримали пакет*|дедалі рідше|все рідше|рідше і рідше|щораз рідше',
  },
  {
    id: 'cut_verbs', group: 'cutting', weight: 0.5, topic: true,
    en: 'cut|cuts|cutting|slash*|reduc*|halt*|stop|stops|stopped|stopping|suspend*|paus*|freez*|froze|frozen|blocked|blocking|veto*|shrink*|delay*|stall*|trickle|halve|halved|halving|halves|trim*|paused|pausing|pause|shelve*|withhold*|withheld|slow down|slowed|slowing|delays|stalled|stalling|blocks|block|fewer|shrinking|scale back|scaled back|scaling back|cut back|cutting back|cuts back|scale down|scaled down|scaling down|scales down|wind down|winding down|winds down|wound down|dry up|dries up|drying up|dried up|running dry|phase out|phasing out|hold up|held up|holding up|hold back|holding back|held back',
    ru: 'сокращ*|сократ*|урез*|прекра*|останов*|приостанов*|заморо*|блокир*|заблокир*|вето|свора*|свернут*|иссяк*|пересыха*|тормоз*|вдвое|в два раза|затягива*|затянул*|откладыва*|отложил*|урезали|урежут|сокращают|сократят|сократили|прекращают|прекратят|прекратили|сворачивают|свернут|свернули|пауз*|на паузу|на паузе|задержк*|задерживают|задерживает|задерживаются',
    uk: 'скороч*|уріз*|припин*|зупин*|призупин*|замороз*|блокув*|заблокув*|вето|згорта*|згорну*|вичерпа*|гальму*|вдвічі|удвічі|у два рази|затягують|затягує|затягнул*|затягу*|відклада*|урізали|уріжуть|скорочують|скоротять|скоротили|припиняють|припинять|припинили|згортають|згорнуть|згорнули|пауз*|на паузу|на паузі|затримк*|затримують|затримує|заблоку*',
  },
  {
    id: 'aid', group: 'aid', weight: 0.6, topic: true,
    en: 'aid|assistance|support*|help*|package*|funding|fund|funds|funded|financ*|tranche*|pledg*|commitment*|backing|lend lease|loans|loan|grant*|donat*|bailout|subsid*|provide|providing|provided|sends|send|sent|sending|supply|supplies|supplied|supplying|handout*|lifeline|drip feed|bankroll*|military aid|security assistance|financial aid|financial assistance|financial support|military support|military assistance|aid package|support package',
    ru: 'помощ*|помога*|поддерж*|транш*|пакет*|финансир*|финанс*|кредит*|займ*|заем|грант*|ленд лиз|обещ*|обязательств*|предостав*|пожертвов*|субсид*|отправ*|присыла*|присл*|снабжа*|подачк*|подачек|финансов* помощ*|военн* помощ*|военн* поддержк*',
    uk: 'допомог*|допомага*|підтрим*|транш*|пакет*|фінансув*|фінанс*|кредит*|позик*|грант*|ленд ліз|обіця*|обіцян*|зобов\'язан*|надан*|нада*|пожертв*|субсид*|відправ*|надсила*|надіслал*|постача*|подачк*|фінансов* допомог*|військов* допомог*|військов* підтримк*|постачання',
  },
  {
    id: 'humanitarian', group: 'aid', weight: 0.6, topic: true,
    en: 'humanitarian|relief|reconstruction|rebuild*|recovery fund|usaid|charity|charities|volunteer*|ngo*|red cross',
    ru: 'гуманитар*|восстановлен*|благотвор*|волонтер*|нко|красн* крест*',
    uk: 'гуманітар*|відбудов*|відновлен*|благодій*|волонтер*|червон* хрест*',
  },
  {
    id: 'weapons', group: 'weapons', weight: 0.6, topic: true,
    en: 'weapon*|arms|armament*|artillery|howitzer*|tank|tanks|himars|patriot*|f 16*|f16*|abrams|leopard*|bradley*|atacms|storm shadow*|taurus|javelin*|stinger*|missile*|rocket*|air defence|air defense|military hardware|hardware|equipment|munitions|cluster munitions|jets|fighter jets|drones|drone|armoured vehicles|armored vehicles|vehicles|guns|rifles|grenade*|mortars|nasams|iris t|gepard*|caesar|bayraktar*|interceptors|atgm*|anti tank missiles|anti tank|mlrs|air defence systems|air defense systems|materiel|kit|gear',
    ru: 'оруж*|вооруж*|артиллер*|гаубиц*|танк*|хаймарс*|himars|пэтриот*|петриот*|f 16|ф 16|абрамс*|леопард*|брэдли|атакмс|шторм шэдоу|таурус*|джавелин*|стингер*|ракет*|пво|техник*|военн* техник*|кассетн*|истребител*|бронетехник*|бронемашин*|дрон*|беспилотник*|винтовк*|гранат*|миномет*|байрактар*|самолет*|хаймарсы|хаймарсов|зрк|рсзо|пзрк|птрк|патрон*|системы пво|систем пво|эф 16',
    uk: 'зброї|зброя|зброю|зброєю|озброєн*|артилер*|гаубиц*|танк*|хаймарс*|петріот*|f 16|ф 16|абрамс*|леопард*|бредлі|атакмс|шторм шедоу|таурус*|джавелін*|стінгер*|ракет*|ппо|технік*|військов* технік*|касетн*|винищувач*|бронетехнік*|бронемашин*|дрон*|безпілотник*|гвинтівк*|гранат*|міномет*|байрактар*|літак*|хаймарси|хаймарсів|зрк|рсзв|пзрк|птрк|набо*|системи ппо|систем ппо',
  },
  {
    id: 'deliveries', group: 'weapons', weight: 0.55, topic: true,
    en: 'deliver*|shipment*|shipping|shipped|transfer*|supplies|supplied|supply|supplying|sends|send|sending|sent|provide|provided|providing|handover|handed over|flow of|stockpile*|stocks|inventor*|warehouses|depots|shipments|deliveries|delivering|transfers|provision|in the pipeline',
    ru: 'поставк*|постав*|переда*|отгрузк*|отправ*|запас*|склад*|арсенал*|поток*|поставля*|поставл*|присыла*|присла*|шлют|слать|отправля*|передан*',
    uk: 'постачан*|постав*|переда*|відвантаж*|відправ*|запас*|склад*|арсенал*|поток*|поставк*|постача*|поставля*|надсила*|передава*|передал*|передан*|присила*',
  },
  {
    id: 'money', group: 'money', weight: 0.5, topic: true,
    en: 'money|foot the bill|footing the bill|foots the bill|pay the bill|paying the bill|bill|billion*|million*|taxpayer*|dollar*|euro|euros|cash|funds|budget*|spending|spend|spent|pay|paying|paid|payments|cost|costs|bucks|bn|price tag|paying for|pay for|cheques|blank check|blank cheque|dime|penny|cent',
    ru: 'деньг*|денег|денежн*|миллиард*|млрд|миллион*|млн|налогоплательщ*|доллар*|евро|бюджет*|трат*|плат*|оплат*|стоим*|средств*|налог*|кошел*|деньжат*|бабл*|бабки|бабок|оплач*|платить|платит|платят|заплат*|финансир*|ярд*',
    uk: 'грош*|грошов*|мільярд*|млрд|мільйон*|млн|платник* податк*|долар*|євро|бюджет*|витрат*|плат*|оплат*|вартіст*|кошт*|податк*|гаманц*|бабло|бабки|оплачу*|оплачув*|платити|платить|платять|заплат*|фінансув*',
  },
  {
    id: 'sanctions', group: 'economy_war', weight: 0.9, topic: true,
    en: 'sanction*|embargo*|price cap|restrictions|blacklist*|asset freeze|frozen assets|restrictive measures|sanctioned|punitive measures|economic war|economic warfare|trade war|import ban|export ban|export controls|sanctions package*|sanctions regime',
    ru: 'санкц*|эмбарго|потолок цен|ограничени*|замороженн* актив*|черн* списк*|рестрикц*|антироссийск* мер*|рестрикци*|запрет на импорт|экономическ* войн*',
    uk: 'санкц*|ембарго|стеля цін|обмежен*|заморожен* актив*|чорн* списк*|рестрикц*|антиросійськ* заход*|запрет на імпорт|заборон* на імпорт|економічн* війн*',
  },
  {
    id: 'economy', group: 'economy', weight: 0.5, topic: true,
    en: 'economy|economic*|gdp|inflation|currency|hryvnia|rouble*|ruble*|exports|export|imports|prices|price|interest rate*|key rate|central bank|national bank|market*|growth|recession|investor*|investment*|stock exchange|industry|industrial|business*|jobs|unemployment|wages|salaries|pension*|tax|taxes|trade|currency reserves|foreign reserves|foreign currency reserves|gold reserves|fx reserves|central bank reserves|imf|world bank|treasury|budget deficit|deficit|finances|bonds|debt|factories|factory|manufactur*|industrial output|output|competitiv*|bankruptcies|layoffs|energy prices|heating bills|cost of living|prosper*|boom|booming|grew|shrank|gdp growth|euro zone|eurozone',
    ru: 'экономик*|экономич*|ввп|инфляц*|валют*|гривн*|рубл*|экспорт*|импорт*|цены|цен|ценам|ценами|ценах|ценов*|ставк*|центробанк*|нацбанк*|рынк*|рынок|рост*|рецесси*|инвест*|бирж*|промышлен*|бизнес*|безработиц*|зарплат*|пенси*|торгов*|золотовалютн* резерв*|резервы цб|резервы центробанк*|резервы нацбанк*|мвф|всемирн* банк*|казн*|дефицит* бюджет*|долг*|облигац*|заводы|заводов|завод|заводам|заводах|фабрик*|производств*|промышленн*|процветает|процвета*|еврозон*',
    uk: 'економік*|економіч*|ввп|інфляц*|валют*|гривн*|рубл*|експорт*|імпорт*|цін*|ціна|ставк*|нацбанк*|ринк*|ринок|зростан*|рецесі*|інвест*|біржі|біржа|промислов*|бізнес*|безробітт*|зарплат*|пенсі*|торгів*|золотовалютн* резерв*|резерви нбу|резерви нацбанк*|мвф|світов* банк*|казн*|дефіцит* бюджет*|борг*|облігац*|заводи|заводів|завод|заводам|заводах|фабрик*|виробництв*|процвіта*|єврозон*',
  },
  {
    id: 'energy', group: 'energy', weight: 0.6, topic: true,
    en: 'energy|gas|oil|electricity|power grid|grid|power plant*|power station*|blackout*|outage*|heating|pipeline*|nord stream|lng|fuel|petrol|diesel|refiner*|coal|nuclear power plant|power outage*|power cuts|electric grid',
    ru: 'энерг*|газ|газа|газу|газом|газов*|газопровод*|нефт*|электр*|блэкаут*|отключени*|отоплени*|трубопровод*|северн* поток*|спг|топлив*|бензин*|дизел*|нпз|уголь|угля|свет|света|светом',
    uk: 'енерг*|газ|газу|газом|газов*|газопровод*|нафт*|електр*|блекаут*|відключен*|опален*|трубопровід*|трубопровод*|північн* потік*|скраплен* газ*|палив*|бензин*|дизел*|нпз|вугілл*|світла|світло|світлом',
  },
  {
    id: 'grain', group: 'grain', weight: 0.8, topic: true,
    en: 'grain*|wheat|corn|maize|harvest*|crops|crop|farmers|farmer|agricultur*|food exports|grain deal|grain corridor|food crisis|famine|hunger|black sea grain|sunflower',
    ru: 'зерн*|пшениц*|кукуруз*|урож*|фермер*|аграр*|сельск* хозяйств*|продовольств*|голод*|зернов* сделк*|зернов* коридор*|подсолнеч*',
    uk: 'зерн*|пшениц*|кукурудз*|урож*|фермер*|аграр*|сільськ* господар*|продовольч*|голод*|зернов* угод*|зернов* коридор*|соняшник*',
  },
  {
    id: 'refugees', group: 'refugees', weight: 0.8, topic: true,
    en: 'refugee*|asylum|migrant*|displaced|idps|fled abroad|exodus|newcomers|temporary protection|host countries|asylum seekers|shelters|ukrainians abroad|ukrainians in|refugee centres|refugee centers',
    ru: 'беженц*|беженк*|беженств*|переселенц*|мигрант*|убежищ*|временн* защит*|вынужденн* переселен*|впл|украинц* в европе|приезж*|понаехав*',
    uk: 'біженц*|біженк*|переселенц*|мігрант*|притулок|притулку|тимчасов* захист*|допомог* біженц*|впо|внутрішньо переміщен*|українц* за кордоном|українц* в європі',
  },

  // ── talks ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'talks', group: 'diplomacy', weight: 0.85, topic: true,
    en: 'talks|negotiat*|peace deal|peace plan|peace talks|peace process|peace agreement|peace settlement|peace summit|peace formula|ceasefire|cease fire|truce|armistice|diplomac*|diplomat*|sit down|mediat*|freeze the conflict|frozen conflict|istanbul|minsk|accords|peace treaty|peace accord|negotiating table|sue for peace|peace agreement*',
    ru: 'переговор*|перемири*|прекращени* огня|мирн* соглашени*|мирн* план*|мирн* договор*|мирн* процесс*|мирн* саммит*|посредни*|заморозк* конфликт*|дипломат*|урегулир*|стамбул*|минск*|мирн* сделк*|за стол переговоров',
    uk: 'переговор*|перемир*|припинен* вогню|мирн* угод*|мирн* план*|мирн* договор*|мирн* процес*|мирн* саміт*|посередни*|заморожен* конфлікт*|дипломат*|врегулюв*|стамбул*|мінськ*|за стіл переговорів',
  },
  {
    id: 'concessions', group: 'diplomacy', weight: 0.95,
    en: 'concession*|compromis*|cede|ceding|ceded|give up territory|give up land|give up the|hand over|handing over|trade land|land for peace|territorial concessions|accept the loss|accept losses|neutrality|neutral status|renounce|renouncing|demilitari*|ultimatum*',
    ru: 'уступ*|компромисс*|отдать|отдаст|отдадут|отказаться от территор*|отказ от территор*|нейтралитет*|нейтральн* статус*|демилитариз*|ультиматум*|территориальн* уступ*',
    uk: 'поступк*|поступитися|поступиться|поступляться|компроміс*|віддати|віддасть|віддадуть|відмовитися від територ*|відмова від територ*|нейтралітет*|нейтральн* статус*|демілітаризац*|ультиматум*|територіальн* поступк*',
  },

  // ── legitimacy ───────────────────────────────────────────────────────────────────────────
  {
    id: 'legitimacy', group: 'legitimacy', weight: 1,
    en: 'legitima*|illegitima*|legitimacy|mandate|mandates|usurp*|unelected|self appointed|self proclaimed|no right|no legal right|no authority|unconstitutional|impostor|pretender|former president|ex president|overstay*|term ended|term has ended|term ran out|term has run out|term is over|term of office|presidential term|his term|lost his mandate|sign anything|recognise him|recognize him|dictator*|dictatorship|usurper|term expired|term has expired|term had expired|term had run out|term lapsed|term has lapsed|mandate lapsed|mandate has lapsed|mandate expired|mandate has expired|powers ended|powers expired|powers formally ended|no longer president|not a president|not the president|not president|overstayed|squatter|squatting|expired president|illegal president|fake president|self styled|so called president|no mandate|zero mandate|without a mandate|without mandate|no legal authority|lack legal force|lacks legal force|legal force|legally void|null and void|void|invalid|legitimate counterpart|lawful authority|legal authority|legal basis|presidency ended|presidency has ended|presidency expired|presidency is over|presidency lapsed',
    ru: 'легитим*|нелегитим*|мандат*|узурп*|полномоч*|срок* полномоч*|истек*|истечени*|просроч*|самопровозглаш*|самозван*|не имеет права|не вправе|неконституц*|бывш* президент*|экс президент*|диктатор*|диктатур*|засидел*|держится за кресло|сидит в кресле|в кресле|за кресло|срок вышел|срок истек|полномочия кончились|полномочия закончились|давно не президент|не президент|не является президентом|незаконн* президент*|просроченн*|просрочка|узурпатор*',
    uk: 'легітим*|нелегітим*|мандат*|узурп*|повноваж*|термін* повноваж*|сплив*|спливл*|закінчен* повноваж*|прострочен*|самопроголош*|самозван*|не має права|не вправі|неконституц*|колишн* президент*|екс президент*|диктатор*|диктатур*|засидів*|тримається за крісло|сидить у кріслі|в кріслі|за крісло|термін вийшов|термін минув|повноваження закінчилися|повноваження скінчилися|давно не президент|не президент|не є президентом|незаконн* президент*|узурпатор*',
  },
  {
    id: 'elections', group: 'legitimacy', weight: 0.85, topic: true,
    en: 'election*|elect|elected|re elect*|reelect*|vote|votes|voting|voted|ballot*|polls|polling|electoral|voters|martial law|state of emergency|postponed elections|cancelled elections|canceled elections',
    ru: 'выборы|выборов|выборах|выборам|выборами|избира*|избран*|переизбр*|голосов*|бюллетен*|электорат*|избирател*|предвыборн*|военн* положени*|чрезвычайн* положени*',
    uk: 'вибори|виборів|виборах|виборам|виборами|виборч*|обран*|переобран*|голосув*|бюлетен*|електорат*|виборц*|передвиборч*|воєнн* стан*|надзвичайн* стан*',
  },
  {
    id: 'coup', group: 'legitimacy', weight: 0.85,
    en: 'coup|putsch|maidan|euromaidan|overthrow*|overthrew|regime change|junta|hunta|juntas',
    ru: 'переворот*|путч*|майдан*|евромайдан*|свергн*|свержени*|смен* режим*|хунт*|хунта|хунты|хунту|хунтой',
    uk: 'переворот*|путч*|майдан*|євромайдан*|скинул*|повален*|змін* режим*|хунт*|хунта|хунти|хунту|хунтою',
  },
  {
    id: 'puppet', group: 'puppet', weight: 0.9,
    en: 'puppet*|proxy|proxies|proxy war|controlled by|external control|external governance|colony|colonial|vassal*|pawn|pawns|orders from|taking orders|dictated|dictates|handlers|marionette*|client state|protectorate|remote control|lost sovereignty|no sovereignty',
    ru: 'марионет*|прокси|внешн* управлен*|колони*|вассал*|пешк*|под диктовку|указани* из|хозяев*|протекторат*|управля* из|по указке|потерял* суверенитет*',
    uk: 'маріонет*|проксі|зовнішн* управлін*|колоні*|васал*|пішак*|під диктовку|вказівк* з|господарів|протекторат*|керу* з|за вказівкою|втратил* суверенітет*',
  },
  {
    id: 'failed_state', group: 'ua_weakness', weight: 0.8,
    en: 'failed state|failing state|non state|dysfunctional|bankrupt*|default*|insolven*|chaos|anarchy|lawless*|ungovernable|ruin|ruins|ruined|wreck*|destroyed country|dying|extinction|depopulat*|demographic*',
    ru: 'несостоявш* государств*|неспособн* государств*|банкрот*|дефолт*|хаос*|анархи*|беззакони*|разорен*|руин*|вымира*|вымиран*|депопуляц*|демограф*',
    uk: 'неспроможн* держав*|банкрут*|дефолт*|хаос*|анархі*|беззакон*|розорен*|руїн*|вимира*|вимиран*|депопуляц*|демограф*',
  },

  // ── corruption and theft ──────────────────────────────────────────────────────────────────
  {
    id: 'corruption', group: 'corruption', weight: 1,
    en: 'corrupt*|graft|embezzl*|kickback*|brib*|launder*|money laundering|fraud*|scam*|scheme*|racket*|crook*|kleptocra*|nepotism|cronies|cronyism|schemes|shady|dirty money|offshore*|line their pockets|lining their pockets|lined their pockets|lines their pockets|enrich*|skim*|inflated prices|overpric*|procurement|kickbacks|on an industrial scale|business empire|stash*|stashed|hid money|hiding money|hide money|moved money|money out|funnel*|helping themselves|help themselves|helped themselves|helps themselves|laundering scheme|money laundering scheme|getting rich|get rich|gets rich|got rich|grow rich|growing rich|grew rich|war profiteer*|profiteering|profit from the war|profiting from the war|profits from the war|cash in|cashing in|cashed in|piggy bank|cash cow|slush fund|gravy train|feeding trough|at the trough|personal wallet|personal bank',
    ru: 'корруп*|коррумпир*|взятк*|взяточ*|распил*|отмыв*|мошенн*|схем*|клептократ*|кумовств*|офшор*|наживаю*|нажив*|обогащ*|завышен* цен*|закупк*|коррупц*|карман*|на счетах|вывел* миллион*|вывел* деньг*|вывод* деньг*|вывод* средств|вывели на запад|вывел на запад|покрыва* своих|покрывает своих|крышу*|в карман|в карманы|по карманам|превратили войну в бизнес|бизнес на войне|наживаются на войне|откат|отката|откатов|откатами|откатах|откату|наживаются|нажились|обогатил*|богате*|наварива*|нажива* на войне|кормушк*|дойн* коров*|личн* кошел*|общак*',
    uk: 'корупц*|корумпов*|хабар*|відкат*|розпил*|відмив*|шахра*|схем*|клептократ*|кумівств*|офшор*|наживаю*|нажив*|збагач*|завищен* цін*|закупівл*|кишен*|на рахунках|вивел* мільйон*|вивел* гроші|вивод* гроші|вивод* кошт*|покрива* своїх|покриває своїх|кришу*|в кишеню|в кишені|до кишені|по кишенях|перетворили війну на бізнес|бізнес на війні|наживаються на війні|відкати|наживаються|нажилися|збагатил*|багатіють|наварю*|годівниц*|дійн* корів*|особист* гаман*|общак*',
  },
  {
    id: 'theft', group: 'corruption', weight: 1,
    en: 'steal*|stole|stolen|theft*|thief|thieves|loot*|plunder*|pilfer*|siphon*|divert*|misappropriat*|unaccounted|lost track|cannot account|can\'t account|pocketed|pocketing|swindl*|robbed|robbing|robbery|embezzled|helping themselves|go missing|gone missing|went missing|goes missing|never reached|never reach|never arrived|never arrives|doesn\'t reach|don\'t reach|not reaching|fail to reach|fails to reach|failed to reach|before reaching|before it reaches|siphoned|siphoning|siphon off|looted|looting|stealing|steal|steals|stolen aid|somehow vanished|mysteriously vanished|mysteriously disappeared|simply vanished|vanished into thin air|into thin air|where the billions went|where the money went|where did the money go|where did the billions go|where is the money|where\'s the money|where are the billions|never gets anywhere near|never get anywhere near|never reaches|never gets to|never makes it to|never make it to|does not reach|do not reach',
    ru: 'краж*|крад*|украл*|украден*|украдут|украли|ворова*|ворует|воруют|вор|воры|воров|разворов*|расхищ*|хищени*|похищ*|присвоен*|присвоил*|растрат*|нецелев*|умыкну*|прикарман*|грабеж*|грабят|разграб*|растаскива*|растаскал*|растащ*|пилят|пилить|распилива*|кладут в карман|кладет в карман|не доходит|не доходят|не дошл*|до фронта не доходит|крохи|куда делись|куда дели|куда ушли|куда пропал*|исчезл*|разворовыва*|разворовал*|крадут|куда-то испарил*|куда то испарил*|куда-то исчез*|куда то исчез*|испарились|растворились|бесследно исчез*|куда ушли миллиарды|куда ушли деньги|куда делись деньги|где деньги|где эти деньги|где миллиарды',
    uk: 'крадіж*|крад*|вкрал*|вкраден*|украл*|украден*|вкрадуть|розкрад*|злодi*|злоді*|привласн*|розтрат*|нецільов*|прикарман*|пограб*|грабу*|розграб*|розтягу*|розтягнул*|розкрада*|пиляють|пиляти|розпилю*|кладуть у кишен*|кладе в кишен*|не доходить|не доходять|не дійшл*|крихти|куди поділ*|куди поділися|зникли|крадуть|вкрали|кудись випарувал*|кудись зник*|кудись поділ*|випарувались|випарувалися|розчинились|розчинилися|безслідно зник*|куди пішли мільярди|куди пішли гроші|де гроші|де ці гроші|де мільярди',
  },
  {
    id: 'resale', group: 'corruption', weight: 0.95,
    en: 'black market|dark web|darknet|resell*|resold|resale|sold on|sell on|selling on|sold off|selling off|sell off|smuggl*|traffick*|end up in the hands|ended up in the hands|ending up in|ended up in|ends up in|end up in|wound up in|turning up|turn up|turned up|cartels|arms dealers|surfaced|surfacing|surfaces|in the hands of|hands of militants|criminal networks|criminal gangs|sold abroad|sell abroad|selling abroad|resold abroad|sold overseas|trade weapons|trading weapons|trading arms|selling weapons|sell weapons|sells weapons|sold weapons|selling arms|sold arms|sell arms',
    ru: 'черн* рын*|черн* рынок|даркнет*|перепрода*|перепрод*|контрабанд*|торговл* оружи*|оказа* в руках|оказыва* в руках|всплы*|всплыва*|картел*|у боевиков|в руках боевиков|в руках террористов|продают в африк*|перепродают|продают за границ*|продают за рубеж*|продаются за рубеж*|продавали за границ*|торгуют оружием|торгуют западным оружием|продают оружие|продают западное оружие|продавали оружие',
    uk: 'чорн* рин*|чорн* ринок|даркнет*|перепрода*|контрабанд*|торгівл* зброєю|опинил* в руках|опиняє* в руках|спливл*|сплива*|картел*|у бойовиків|в руках бойовиків|в руках терористів|продають в африк*|перепродують|продають за кордон*|продаються за кордон*|продавали за кордон*|торгують зброєю|торгують західною зброєю|продають зброю|продають західну зброю|продавали зброю',
  },
  {
    id: 'luxury', group: 'corruption', weight: 0.9,
    en: 'villa|villas|mansion*|yacht*|luxury|luxurious|sports car*|supercar*|ferrari*|lamborghini*|bentley*|real estate|property abroad|estates|penthouse*|riviera|monaco|dubai|designer|lavish|jewel*|cartier|shopping spree|spending spree|mansions|new villas|real estate abroad|third apartment|apartments abroad|expensive cars|luxury cars|supercars',
    ru: 'вилл*|особняк*|яхт*|роскош*|люксов*|спорткар*|суперкар*|феррари|ламборгини|бентли|недвижимост*|пентхаус*|ривьер*|монако|дубай|дубае|шикарн*|ювелир*|драгоценност*|картье|шику*|шикуют|третью квартиру|квартиры за границей|дорогие машины',
    uk: 'вілл*|маєт*|яхт*|розкіш*|розкішн*|люксов*|спорткар*|суперкар*|феррарі|ламборгіні|бентлі|нерухом*|пентхаус*|рив\'єр*|монако|дубай|дубаї|шикарн*|ювелір*|коштовност*|картьє|шику*|шикують|третю квартиру|квартири за кордоном|дорогі машини',
  },
  {
    id: 'officials', group: 'officials', weight: 0.55, topic: true,
    en: 'official*|elite*|oligarch*|top brass|minister*|ministry|bureaucrat*|functionar*|politicians|deputies|mps|lawmakers|governors|governor|mayor|mayors|clan*|the establishment|cronies|commanders|generals|military commissars|tcc officers|officers|insiders|those in power',
    ru: 'чиновник*|элит*|олигарх*|министр*|министерств*|бюрократ*|функционер*|политик*|депутат*|губернатор*|мэр*|клан*|командир*|генерал*|военком*|офицер*|силовик*|власть имущ*|верхушк*',
    uk: 'чиновник*|посадовц*|посадов*|еліт*|олігарх*|міністр*|міністерств*|бюрократ*|функціонер*|політик*|депутат*|губернатор*|голова ова|мер|мера|мером|клан*|командир*|генерал*|воєнком*|офіцер*|силовик*|можновлад*|верхівк*',
  },

  // ── atrocities and staging ────────────────────────────────────────────────────────────────
  {
    id: 'atrocity', group: 'atrocity', weight: 0.8, topic: true,
    en: 'atrocit*|massacre*|war crime*|war criminal*|mass grave*|mass graves|bodies|corpses|corpse|executed|execution*|executing|tortur*|slaughter*|genocid*|killing of civilians|killed civilians|mass killing*|slain|exhum*|raped|rape|rapes|bloodbath|carnage|crimes against|civilian deaths|civilian casualties|dead civilians|killings of civilians|executed civilians|mass killings|war crimes',
    ru: 'зверств*|резн*|бойн*|военн* преступлен*|военн* преступник*|массов* захоронен*|тела|тел|телами|трупы|трупов|труп|казнь|казни|казнен*|казнил*|пытк*|пыточн*|пытали|расстрел*|геноцид*|захоронен*|эксгумац*|изнасил*|преступлени* против|бесчинств*|гибел* мирных|гибель мирн*|погибших мирных|убийств* мирных|убийства мирных жителей|военн* преступлени*',
    uk: 'звірств*|різанин*|різня|бойн*|воєнн* злочин*|воєнн* злочинц*|масов* поховання|масов* похован*|тіла|тіл|тілами|трупи|трупів|труп|страта|страти|стратили|страчен*|катув*|тортур*|розстріл*|геноцид*|похован*|ексгумац*|зґвалтув*|згвалтув*|злочин* проти|безчинств*|загибел* мирних|загибель мирн*|загибел* цивільн*|вбивств* цивільн*|вбивства мирних|вбивств* мирних',
  },
  {
    id: 'atrocity_site', group: 'atrocity', weight: 0.8, topic: true,
    en: 'bucha|irpin|izium|izyum|hostomel|borodyanka|kramatorsk station|drama theatre|maternity hospital|olenivka|olenovka|hroza|kremenchuk|vinnytsia|yakovlivka|mariupol theatre',
    ru: 'буч*|ирпен*|изюм*|гостомел*|бородянк*|драмтеатр*|драматическ* театр*|роддом*|родильн* дом*|еленовк*|оленовк*|кременчуг*',
    uk: 'буч*|ірпін*|ірпен*|ізюм*|гостомел*|бородянк*|драмтеатр*|драматичн* театр*|пологов* будин*|пологов*|оленівк*|кременчук*',
  },
  {
    id: 'civilians', group: 'atrocity', weight: 0.45, topic: true,
    en: 'civilian*|residents|locals|peaceful residents|inhabitants|children|women|families|innocent',
    ru: 'мирн* жител*|мирн* населени*|мирн* граждан*|жител*|местн* жител*|гражданск*|дети|детей|детьми|детям|ребен*|женщин*|семьи|семей|семья|невинн*',
    uk: 'мирн* жител*|мирн* населен*|цивільн*|жител*|місцев* жител*|мешканц*|діт*|дитин*|жінок|жінки|родин*|сім\'*|невинн*',
  },
  {
    id: 'staged', group: 'staged', weight: 1,
    en: 'staged|staging|stage managed|stagecraft|provocat*|provok*|false flag|false flags|hoax*|crisis actor*|paid actors|hired actors|play acted|playacting|play acting|fabricat*|orchestrat*|scripted|props|mannequin*|dummies|planted|placed there|posing|posed|pretend*|faked|faking|sham|film set|photo op|photo ops|make believe|spectacle|masquerade|cover story|self inflicted|shelled themselves|shelling their own|own side|produced in advance|prepared in advance|pre recorded|prerecorded|dressed it up|dressed up as|dress it up|pass off|passed off|passing off|passes off|frame russia|framing russia|frame moscow|blame russia|blaming russia|blame moscow|blaming moscow|blame it on|blamed it on|pin it on|pinned it on|pin the blame|pinning the blame|shift the blame|shifting the blame|shift blame|shifted the blame|false blame|own air defence|own air defense|their own air defence|their own air defense|ukrainian air defence missile|ukrainian air defense missile|air defence missile|air defense missile|shelled their own|shell their own|shells their own|bombed its own|bomb its own|bombing its own|bombed their own|attack their own|attacked their own|own cities|own city|own people|own residential|own citizens|own civilians|crying lady|same actors|same woman|same lady|same actress|same grandma|crisis actors|actors paid|its own missile|their own missile|own missile|own rocket|own shell|own shells',
    ru: 'постановк*|постановочн*|инсцен*|провокац*|провоцир*|ложн* флаг*|под ложным флагом|сфабрик*|фабрикац*|фабрику*|спектакл*|статисты|статистов|статистами|манекен*|подброс*|подбросил*|подброшен*|разыгра*|срежиссир*|позир*|притвор*|имитац*|имитир*|маскарад*|подлог*|сами себя обстрел*|обстреливают сами себя|по своим|устроили сами|сами устроили|сами обстреля*|обстреляли сами|своих же|своими же|свои же|своя же|своей же|собственн* пво|своя пво|своей пво|их же пво|ракета пво|ракетой пво|пво всу|украинск* пво|подвезли|по методичке|методичк*|обвинить россию|обвинить во всем россию|обвинить во всём россию|свалить на россию|свалить вину|списать на россию|повесить на россию|перекладыва* вину|переложить вину|подставить россию|заранее снят*|заранее подготовлен*|снято заранее|ожил*|оживш*|массовк*|нанятые актеры|нанятых актеров|режиссур*|подвезли трупы|трупы подвезли|тела подвезли|подвезли тела',
    uk: 'постановк*|постановочн*|інсцен*|провокац*|провокув*|хибн* прапор*|під хибним прапором|сфабрик*|фабрикац*|фабрику*|статисти|статистів|статистами|манекен*|підкину*|підкинут*|розіграл*|розіграш*|зрежисов*|позува*|прикида*|імітац*|імітув*|маскарад*|підробк*|самі себе обстріл*|обстрілюють самі себе|по своїх|влаштували самі|самі влаштували|самі обстріля*|свої ж|своя ж|своїх же|своїми ж|власн* ппо|їхня ж ппо|їхньої ж ппо|їхні ж|ракета ппо|ракетою ппо|ппо зсу|українськ* ппо|за методичкою|методичк*|звинуватити росію|звалити на росію|звалити провину|списати на росію|перекласти провину|підставити росію|заздалегідь знят*|заздалегідь підготовлен*|ожил*|найнят* актор*|масовк*|режисур*|підвезли тіла|тіла підвезли|підвезли трупи',
  },
  {
    id: 'fake', group: 'staged', weight: 0.8,
    en: 'fake|fakes|faked|fakery|hoax|fabricated|fabrication|fiction|fictional|lie|lies|lying|liar*|false|falsehood*|falsif*|forged|forgery|doctored|photoshopped|manipulated|deepfake*|disinformation|misinformation|propaganda|psyop*|ipso|not real|never happened|didn\'t happen|did not happen|hoaxes|invention|fairy tale*|myth*|nonsense|bogus|phony|phoney|fraudulent|counterfeit|not genuine|not authentic|staged pics|fake pics|fake photos',
    ru: 'фейк*|фальшив*|ложь|лжи|ложн*|лгут|лгал*|вран*|врут|выдумк*|вымысел|вымысл*|фальсиф*|подделк*|поддельн*|фотошоп*|смонтир*|монтаж*|дипфейк*|дезинформ*|пропаганд*|ипсо|ципсо|не было|сказк*|миф*|чушь|бред*|постановочн*|фальшивк*',
    uk: 'фейк*|фальшив*|брехн*|брешуть|брехал*|вигадк*|вигад*|фальсиф*|підробк*|підроблен*|фотошоп*|змонтов*|монтаж*|діпфейк*|дипфейк*|дезінформ*|пропаганд*|іпсо|ціпсо|не було|казк*|міф*|маячн*|нісенітниц*|постановочн*|фальшивк*',
  },
  {
    id: 'footage', group: 'media_evidence', weight: 0.4, topic: true,
    en: 'video*|footage|photo*|pictures|images|image|camera*|cameras|filmed|filming|film|recording|recorded|clip|clips|shots|shot on|reel|reels|tiktok|telegram|broadcast|reporters|journalists|film crew|crew|bbc|cnn|western media|media|press|newspapers|outlets',
    ru: 'видео*|кадр*|фото*|снимк*|съемк*|съемоч*|сняли|снято|камер*|ролик*|запис*|тикток*|телеграм*|репортаж*|репортер*|журналист*|сми|медиа|западн* сми|пресс*|газет*|би би си|сиэнэн',
    uk: 'відео*|кадр*|фото*|знімк*|зйомк*|знімальн*|зняли|знято|камер*|ролик*|запис*|тікток*|телеграм*|репортаж*|репортер*|журналіст*|змі|медіа|західн* змі|прес*|газет*|бі бі сі',
  },
  {
    id: 'strikes', group: 'strikes', weight: 0.45, topic: true,
    en: 'shelling|shelled|strike|strikes|struck|airstrike*|air strike*|missile attack*|drone attack*|attack|attacks|attacked|bombard*|bomb*|explosion*|blast*|hit|hits|raid|raids|barrage|salvo|intercept*|shot down|downed|missile strike*|drone strike*|glide bomb*|shahed*|guided bomb*',
    ru: 'обстрел*|удар*|ракетн* удар*|атак*|бомб*|взрыв*|прилет*|налет*|сбит*|сбили|перехват*|шахед*|каб|кабы|кабами|ракетн* атак*|удар по',
    uk: 'обстріл*|удар*|ракетн* удар*|атак*|бомб*|вибух*|приліт*|нальот*|збит*|збили|перехоп*|шахед*|каб|кабами|ракетн* атак*|удар по',
  },
  {
    id: 'damage', group: 'strikes', weight: 0.35, topic: true,
    en: 'damag*|destroy*|destruction|infrastructure|apartment block|apartment building|residential|hospital*|school*|injured|injuring|rubble|debris|blaze',
    ru: 'разруш*|поврежд*|уничтож*|инфраструктур*|многоэтаж*|жил* дом*|больниц*|школ*|пострада*|ранены|завал*|пожар*',
    uk: 'зруйн*|руйнув*|пошкодж*|знищ*|інфраструктур*|багатоповерх*|житлов*|лікарн*|школ*|постражда*|поранені|завал*|пожеж*',
  },
  {
    id: 'nuclear', group: 'nuclear', weight: 0.8, topic: true,
    en: 'nuclear|npp|dirty bomb|radiation|radioactive|atomic|iaea|chernobyl|zaporizhzhia npp|reactor*|escalation|escalate',
    ru: 'ядерн*|аэс|грязн* бомб*|радиац*|радиоактив*|атомн*|магатэ|чернобыл*|реактор*|эскалац*',
    uk: 'ядерн*|аес|брудн* бомб*|радіац*|радіоактив*|атомн*|магате|чорнобил*|реактор*|ескалац*',
  },

  // ── classic disinformation themes ──────────────────────────────────────────────────────────
  {
    id: 'nazis', group: 'nazis', weight: 1,
    en: 'nazi*|neo nazi*|neonazi*|fascis*|ultranationalist*|ultra nationalist*|nationalists|azov|bandera*|banderite*|banderovite*|denazif*|swastika*|right sector|svoboda party|third reich|hitler*|ss division|galicia division|extremists|far right|white supremac*|ukronazi*|neo-nazis|torchlight|ss insignia|ss|waffen ss|nazi salute|sieg heil|heil|runes|wolfsangel|black sun|totenkopf|torchlight march*|torch march*|torchlit|nazi collaborators|collaborationist*|shukhevych|upa|oun|stepan bandera|neo nazi country|nazi state|nazism|denazify|denazification',
    ru: 'нацис*|неонацис*|нацик*|фашис*|ультранационалист*|националист*|азов*|бандер*|бандеровц*|денацифик*|свастик*|правый сектор|правого сектора|третий рейх|гитлер*|укронацист*|укрофашист*|экстремист*|неонацизм*|нацизм*|зиг|зигу*|зигова*|шухевич*|упа|оун|коллаборант*|коллаборационист*|пособник* нацист*|факельн* шестви*|руны|руническ*|вольфсангел*|черное солнце|сс|ваффен сс|нацистск* государств*|денацифицир*',
    uk: 'нацист*|неонацист*|нацизм*|фашист*|фашизм*|ультранаціоналіст*|націоналіст*|азов*|бандер*|бандерівц*|денацифікац*|свастик*|правий сектор|правого сектору|третій рейх|гітлер*|екстреміст*|зігу*|шухевич*|упа|оун|колаборант*|колабораціоніст*|поплічник* нацист*|смолоскипн* ход*|руни|рунічн*|вольфсангел*|чорне сонце|сс|ваффен сс|нацистськ* держав*|денацифікув*',
  },
  {
    id: 'biolabs', group: 'biolabs', weight: 1,
    en: 'biolab*|bio lab*|biological weapon*|bioweapon*|biological laborator*|pathogen*|virus*|viruses|secret lab*|pentagon labs|germs|germ warfare|bird flu|infect*|mosquito*|bats|anthrax|plague|cholera|bio weapons|bio weapon|combat strains|biological programmes|biological programs|biological programme|biological program|military biological|military biology|biological activity|biological activities|biological research|germ labs',
    ru: 'биолаб*|биолаборатор*|биологическ* оруж*|биооруж*|патоген*|вирус*|секретн* лаборатор*|зараж*|комар*|летуч* мыш*|сибирск* язв*|чум*|холер*|птичи* грипп*|штамм*|боев* штамм*|военно биологическ*|биологическ* программ*|биологическ* деятельност*|биологическ* исследован*|возбудител*|рхбз',
    uk: 'біолаб*|біолаборатор*|біологічн* зброї|біологічн* зброя|біозбро*|патоген*|вірус*|секретн* лаборатор*|зараж*|комар*|кажан*|сибірк*|чум*|холер*|пташин* грип*|штам*|бойов* штам*|військово біологічн*|біологічн* програм*|біологічн* діяльност*|біологічн* дослідж*|збудник*|рхбз|біологічну зброю|біологічної зброї',
  },
  {
    id: 'russophobia', group: 'russophobia', weight: 0.9,
    en: 'russophob*|russian speaking|russian speakers|russian language|discriminat*|persecut*|oppress*|repression*|banned language|language law|cancel culture|ethnic cleansing|harass*|canonical church|church|orthodox|moscow patriarchate|priests|monks|lavra|schism*|language laws|language legislation|native speakers|russian native speakers|exclusion of russian|ban on russian|banning russian|intolerance|linguistic rights|minority rights|russian minority',
    ru: 'русофоб*|русскоязычн*|русск* язык*|дискриминац*|преследов*|притесн*|угнет*|репресси*|запрет* языка|языков* закон*|этническ* чистк*|церк*|православ*|московск* патриархат*|священник*|монах*|лавр*|раскол*|канонич*|языковые законы|языкового закона|носител* русского|запрет русского|русское меньшинство|права меньшинств*|нетерпимост*',
    uk: 'русофоб*|російськомовн*|російськ* мов*|дискримінац*|переслідув*|утиск*|пригніч*|репресі*|заборон* мови|мовн* закон*|етнічн* чистк*|церк*|православ*|московськ* патріархат*|священник*|ченц*|лавр*|розкол*|канонічн*|мовні закони|мовного закону|носі* російської|заборон* російської|російська меншина|права меншин*|нетерпимост*',
  },
  {
    id: 'nato_threat', group: 'nato_threat', weight: 0.8,
    en: 'nato expansion|eastward|enlargement|encroach*|had no choice|no choice|existential|security guarantees|red lines|red line|pre emptive|preemptive|missiles on|doorstep|encirclement of russia|anti russia|provoked the war|provoked this war|provoked the conflict|provoked this conflict|provoked russia|provoking russia|provoke russia|provoked moscow|poked the bear|poke the bear|poking the bear|pokes the bear|forced russia|forced moscow|left russia no choice|left moscow no choice|no other choice|no other option|backed into a corner|forced to act|forced to respond|forced to defend|response to nato|reaction to nato|security concerns|legitimate security|security interests|broke its promise|broken promise*|broke their promise|not one inch|one inch|crept closer|creeping closer|moving closer|closer to russia|russia\'s borders|russian borders|bridgehead|springboard|staging ground|launch pad|launchpad|foothold|military foothold|missiles in|missiles near|nato in ukraine|ukraine in nato|ukraine into nato|join nato|joining nato|nato membership|promised them nato|open door|promise not to|promised not to|pledge not to|pledged not to|not to move one inch|not to expand|not to expand eastward|not to move eastward|defending itself|defend itself against|defending itself against|defended itself|into a corner|pushed into a corner|pushed russia into a corner|nato fault|west fault|nato is to blame|the west is to blame|us started|started this war|started the war|proxy war against russia|war against russia|war on russia|war with russia|nato war',
    ru: 'расширени* нато|на восток|продвижени* нато|гарантии безопасности|красн* лини*|не было выбора|превентивн*|у границ|антироссия|анти россия|экзистенциальн*|спровоцир*|провоцир* россию|вынудил* россию|вынужденн* мер*|не оставили выбора|не оставил* выбора|другого выбора|загнали в угол|ответ на угрозу|ответили на угрозу|угроз* у границ*|у своих границ|у наших границ|к границам россии|к нашим границам|плацдарм*|не расширя*|ни на дюйм|ни на один дюйм|украина в нато|украину в нато|вступлени* в нато|членств* в нато|хотели войны|хотел войны|развязали войну|развязал войну|довел* до войны|защищалась от нато|защищается от нато|защищаться от нато|война нато против россии|война запада против россии|война против россии|вина нато|виновато нато|виноват запад|виноваты сша|начали эту войну|начал эту войну|прокси война|прокси войну',
    uk: 'розширен* нато|на схід|просуван* нато|гарантії безпеки|червон* лін*|не було вибору|превентивн*|біля кордон*|антиросія|екзистенційн*|спровокува*|провокува* росію|змусил* росію|змушен* захищатися|не залишили вибору|іншого вибору|загнали в кут|відповідь на загрозу|загроз* біля кордон*|до кордонів росії|плацдарм*|не розширю*|ні на дюйм|україна в нато|україну в нато|вступ* до нато|членств* в нато|тягнул* україну|тягнуло україну|тягнули україну|втягу* україну|тягнуло до себе|хотіли війни|розв\'язали війну|довел* до війни|захищалася від нато|захищається від нато|захищатися від нато|війна нато проти росії|війна заходу проти росії|війна проти росії|вина нато|винне нато|винен захід|почали цю війну|почав цю війну|проксі війна|проксі війну',
  },
  {
    id: 'aggression', group: 'nato_threat', weight: 0.55,
    en: 'aggress*|aggressor|invad*|invasion|attack on russia|warmonger*|militaris*|militariz*|escalat*|provocations|hostile|revanch*',
    ru: 'агресс*|агрессор*|вторжени*|вторгл*|нападени*|напасть|напал*|милитариз*|реванш*|враждебн*|поджигател*',
    uk: 'агрес*|агресор*|вторгн*|вторгл*|напад*|напасти|напали|мілітариз*|реванш*|ворож*|палії війни',
  },
  {
    id: 'mercenaries', group: 'mercenaries', weight: 0.9,
    en: 'mercenar*|foreign fighters|legion*|foreign legion|soldiers of fortune|volunteers from abroad|contractors|pmc|pmcs|wagner',
    ru: 'наемник*|наемн*|иностранн* легион*|легион*|иностранн* боевик*|чвк|вагнер*',
    uk: 'найманц*|найманець|найманц|найман*|іноземн* легіон*|легіон*|іноземн* бійц*|пвк|вагнер*',
  },
  {
    id: 'transplant', group: 'transplant', weight: 1,
    en: 'organs|organ trafficking|organ harvesting|harvest organs|harvested organs|transplant*|black transplantology|kidneys|kidney',
    ru: 'органов|органы|торговл* органами|черн* трансплантолог*|трансплант*|почк*',
    uk: 'органів|органи|торгівл* органами|чорн* трансплантолог*|трансплант*|нирк*',
  },
  {
    id: 'mh17', group: 'mh17', weight: 1,
    en: 'mh17|mh 17|malaysian|boeing|airliner|buk|jit',
    ru: 'mh17|боинг*|малайзийск*|бук|буком|авиалайнер*|сбит* самолет*',
    uk: 'mh17|боїнг*|малайзійськ*|бук|буком|авіалайнер*|збит* літак*',
  },
  {
    id: 'reforms', group: 'reforms', weight: 0.7, topic: true,
    en: 'reform*|anti corruption reform*|nabu|sapo|judicial|courts|rule of law|eu accession|accession|membership|candidate status|integration|anti corruption court|anti corruption bureau|anti corruption agency|anti corruption body|anti corruption authorities|hacc|anti corruption|anticorruption',
    ru: 'реформ*|набу|сап|судебн*|верховенств* прав*|вступлени* в ес|членств*|статус* кандидат*|интеграц*|антикоррупционн* суд*|антикоррупционн* бюро|антикоррупционн* орган*|вакс|нацбюро|антикоррупц*',
    uk: 'реформ*|набу|сап|судов*|верховенств* прав*|вступ* до єс|членств*|статус* кандидат*|інтеграц*|антикорупційн* суд*|антикорупційн* бюро|антикорупційн* орган*|вакс|нацбюро|антикорупц*',
  },
  {
    id: 'unrest', group: 'unrest', weight: 0.5,
    en: 'protest*|riot*|unrest|rallies|rally|demonstrat*|uprising|revolt*|infighting|rift|split|feud|power struggle|clash*|tension*|sack*|dismiss*|fired|ousted|resign*|purge*',
    ru: 'протест*|беспорядк*|митинг*|демонстрац*|восстани*|бунт*|раскол*|вражд*|борьб* за власть|противоречи*|конфликт* между|уволил*|отставк*|сняли с должности|чистк*|разлад*',
    uk: 'протест*|заворуш*|мітинг*|демонстрац*|повстан*|бунт*|розкол*|ворожнеч*|боротьб* за владу|суперечност*|конфлікт* між|звільнив|звільнила|відставк*|зняли з посади|чистк*|розлад*',
  },

  // ── weaker, more ambiguous forms of the concepts above (same group, lower weight) ───────────
  {
    id: 'abandon_weak', group: 'abandonment', weight: 0.5,
    en: 'alone|on its own|on their own|drop ukrain*|dropping ukrain*|dropped ukrain*|drops ukrain*|drop kyiv|dropping kyiv|drop support|dropping support|wants out|want out|wanting out|way out|exit|no longer|not anymore|forgotten|forgetting|forget|sacrific*|distanc*|leave|leaving|reluctant',
    ru: 'больше не|забыт*|забыва*|пожертв*|в одиночк*|оставля*|покида*',
    uk: 'більше не|забут*|забува*|пожертву*|наодинці|самотуж*|покида*',
  },
  {
    id: 'diplomacy_weak', group: 'diplomacy', weight: 0.5, topic: true,
    en: 'deal|deals|agreement*|summit*|peace|accord|envoy*|plan|framework|memorandum|table',
    ru: 'сделк*|соглашени*|договор*|договорен*|мир|мира|миром|саммит*|посланник*|спецпосланник*|план|плана|плане|планом|планы|планов|меморандум*|за стол*',
    uk: 'угод*|домовленост*|мир|миру|миром|саміт*|посланц*|спецпосланц*|план|плану|плані|планом|плани|планів|меморандум*|за стіл',
  },
  {
    id: 'concessions_weak', group: 'diplomacy', weight: 0.5,
    en: 'terms|demands|conditions|recognis*|recogniz*|hand over|give up|accept|pressur*|force|forcing|forced|coerc*|push kyiv|push ukraine|lean on',
    ru: 'услови*|требовани*|признать|признан*|отдать|уступить|принять|давл*|давят|принужд*|вынужд*|заставля*|заставит*',
    uk: 'умов*|вимог*|визнати|визнан*|віддати|поступитися|прийняти|тиск*|тиснуть|примус*|змуш*|змусит*',
  },
  {
    id: 'legitimacy_weak', group: 'legitimacy', weight: 0.55,
    en: 'constitution*|unlawful|illegal|illegally|lawful|legally|legal|expired|expir*|signature|signatures|autocra*|authoritarian*|tyran*|rightful|elected|term|terms of office|power grab|clinging|clings|cling to power|holds on to power|hold on to power',
    ru: 'конституц*|незаконн*|законн*|нелегальн*|подпис*|автократ*|авторитар*|тиран*|срок*|цепля* за власть|узурпац*|держится за власть',
    uk: 'конституц*|незаконн*|законн*|нелегальн*|підпис*|автократ*|авторитар*|тиран*|термін*|чіпля* за владу|тримається за владу|строк*',
  },
  {
    id: 'postpone', group: 'legitimacy', weight: 0.45,
    en: 'postpon*|cancel*|called off|delayed|suspended|indefinitely|never held|not held|no vote',
    ru: 'отмен*|отлож*|перенес*|не провод*|не состоял*|бессрочн*',
    uk: 'скасув*|скасова*|відклад*|відклал*|перенес*|не провод*|не відбул*|безстроков*',
  },
  {
    id: 'puppet_weak', group: 'puppet', weight: 0.5,
    en: 'tool|instrument|masters|satellite|sovereign*|independen*|run by|obey*|servant*|serves|orders|dictat*|control|controls|controlled|governed',
    ru: 'инструмент*|кукл*|хозяин*|сателлит*|суверен*|независим*|подчин*|слуг*|приказ*|указк*|контролир*',
    uk: 'інструмент*|ляльк*|господар*|сателіт*|суверен*|незалежн*|підпорядк*|слуг*|наказ*|вказівк*|контролю*',
  },
  {
    id: 'theft_weak', group: 'corruption', weight: 0.6,
    en: 'missing|vanish*|disappear*|divert*|misus*|pocket*|grab*|rob|diverted|wasted|squander*|lost|evaporat*',
    ru: 'исчез*|пропал*|пропада*|увод*|уводят|увели|разбаза*|растворил*|испарил*|граб*|осел* в карман*|оседа*',
    uk: 'зник*|зника*|пропал*|пропада*|вивод*|розбаза*|розчинил*|випарувал*|граб*|осіл* в кишен*|осіда*',
  },
  {
    id: 'resale_weak', group: 'corruption', weight: 0.5,
    en: 'sold|selling|sells|sale|sell|criminal*|cartels|gangs|terrorists|middle east|africa|mexico|latin america|abroad|gangsters',
    ru: 'продают|продал*|продаж*|прода*|преступник*|банд*|террорист*|ближн* восток*|африк*|мексик*|латинск* америк*|за границ*|за рубеж*',
    uk: 'продають|продал*|продаж*|прода*|злочинц*|банд*|терорист*|близьк* схід*|африк*|мексик*|латинськ* америк*|за кордон*',
  },
  {
    id: 'atrocity_weak', group: 'atrocity', weight: 0.5, topic: true,
    en: 'body|victims|victim|murder*|killings|brutal*|graves|burial*|dead civilians|killed|crime|crimes|cruelty|horror|horrific|tragedy|scene',
    ru: 'жертв*|убийств*|убили|убиты|убит*|могил*|кровав*|жесток*|преступлен*|ужас*|трагеди*|погибш*',
    uk: 'жертв*|вбивств*|убивств*|вбили|вбиті|вбит*|могил*|кривав*|жорсток*|злочин*|жах*|трагеді*|загибл*',
  },
  {
    id: 'staged_weak', group: 'staged', weight: 0.5,
    en: 'actors|actor|actress*|set up|setup|theatre|theater|theatrical|performance|show|directed|director|script|invented|made up|simulat*|circus|decoration*|scenery|props|blood|fake blood|ketchup|moving|moved|alive|living|got up|breathing|convenient|timing|suspicious|too perfect|western cameras|before the cameras|for the cameras|for the west',
    ru: 'актер*|актрис*|театр*|шоу|цирк*|кукол|сценари*|режисс*|выдуман*|сыграли|играли роль|кровь|кетчуп*|шевел*|живые|живым|встал*|подозрительн*|вовремя|удобн*|для камер|на камеру|для запада|западн* камер*',
    uk: 'актор*|актрис*|театр*|шоу|цирк*|ляльок|сценарі*|режисер*|вигадан*|зіграли|грали роль|вистав*|кров|кетчуп*|ворух*|живі|живим|встал*|підозріл*|вчасно|зручн*|для камер|на камеру|для заходу|західн* камер*',
  },
  {
    id: 'nato_threat_weak', group: 'nato_threat', weight: 0.4,
    en: 'expansion|provoked|provoking|forced to|threat*|self defence|self defense|protect*|security|bases',
    ru: 'расширени*|угроз*|безопасност*|вынужден*|защит*|баз*',
    uk: 'розширен*|загроз*|безпек*|змушен*|захист*|баз*',
  },

  // ── added for generality: weaker forms, new claim words, words that negation frames act on ──
  {
    id: 'collapse_weak', group: 'ua_weakness', weight: 0.55,
    en: 'fragile|shaky|precarious|dire|dire shape|grim|desperate|in trouble|falter*|struggl*|on the edge|at the limit|end is near|no future|no chance of surviving|finish off|finished off|finishing off|deliver the final blow|final blow|knockout blow|on life support|out of options|no options left|running out of options',
    ru: 'конец|кранты|хрупк*|шатк*|отчаянн*|плачевн*|безвыходн*|на пределе|на издыхании|финал близко|финал близок|добь*|добива*|доконает|доконают|добить',
    uk: 'кінець|крихк*|хитк*|відчайдушн*|плачевн*|безвихідн*|на грані|на краю|фінал близько|доб\'ють|доб\'є|добиває|добивають|добити|доконає|доконають',
  },
  {
    id: 'exhaustion_weak', group: 'ua_weakness', weight: 0.5,
    en: 'rotation*|rotate|replenish*|reinforcement*|replacements|thinning|thin|stretched|strained|lines are thinning',
    ru: 'ротаци*|пополнени*|подкреплени*|восполн*|растянут*',
    uk: 'ротаці*|поповнен*|підкріплен*|поповн*|розтягнут*',
  },
  {
    id: 'advance_weak', group: 'military_gains', weight: 0.5,
    en: 'approach*|accelerat*|nearing|km from|kilometres from|kilometers from|miles from|outskirts|edge of|map|maps|red on the map|turning red|keeps turning red|gain|gaining|gained',
    ru: 'подход*|приближ*|ускор*|км от|километрах от|окраин*|краснеет|краснеют|карта|карты|карте|карту|картах',
    uk: 'підход*|наближ*|пришвидш*|км від|кілометрах від|околиц*|червоніють|червоніє|карта|карти|карті|карту|мапа|мапи|мапі|мапу',
  },
  {
    id: 'repel', group: 'military_gains', weight: 0.6,
    en: 'repel*|repuls*|beat back|beaten back|fought off|fend off|fended off|thwart*|halted the advance|stopped the advance|held their positions|holding their positions|hold their positions|positions remained intact|positions intact|no breakthrough|without success|unsuccessful assault*|failed assault*|failed attack*|failed offensive|stopped the russian push|stopped the push|halted the push|stopped the offensive|halted the offensive|stalled the offensive|regained positions|regained some positions',
    ru: 'отбил*|отбива*|отраж*|отразил*|сдержива*|остановил* наступлени*|удерживают позиции|удерживаем позиции|позиции удерживаются|без успеха|безуспешн*|неудачн* штурм*|провалил* наступлени*|провальн* наступлени*',
    uk: 'відбил*|відбива*|відбито|відбиті|стримують|стримали|зупинили наступ|утримують позиції|утримуємо позиції|позиції утримуємо|позиції утримують|без успіху|безуспішн*|не мають успіху|невдал* штурм*|провалил* наступ*',
  },
  {
    id: 'support_continues', group: 'abandonment', weight: 0.7,
    en: 'will continue to support|continue to support|continues to support|continued support|continue supporting|as long as it takes|for as long as it takes|steadfast support|unwavering support|reaffirm* support|reaffirm* commitment*|remain committed|remains committed|stand with ukraine|stands with ukraine|standing with ukraine|will not abandon|won\'t abandon|no plans to cut|no pause|no pauses|deliveries will continue|aid will continue|support will continue',
    ru: 'продолж* поддерж*|продолж* помога*|продолж* поставк*|продолж* поставля*|сколько потребуется|будут и дальше|и дальше будут|не оставят|не бросят|никаких пауз|без пауз|поставки продолжатся|помощь продолжится',
    uk: 'продовж* підтрим*|продовж* допомаг*|продовж* постачан*|продовж* постача*|постачання триватиме|допомога триватиме|скільки знадобиться|і далі будуть|будуть і далі|не залишать|не кинуть|жодних пауз|без пауз',
  },
  {
    id: 'aid_denied', group: 'abandonment', weight: 0.9,
    en: 'no more aid|no more help|no more support|no further aid|no further support|won\'t send|will not send|won\'t give|will not give|won\'t pay|will not pay|won\'t fund|will not fund|not sending|not giving|not paying|not funding',
    ru: 'не дадут|не будут давать|не будут помогать|не будут финансировать|не будут платить|больше не платит|больше не платят|больше не дают|больше не дает|не хотят давать|не хотят платить|не хотят помогать|не хотят финансировать|не хотят тратить',
    uk: 'не дадуть|не будуть давати|не будуть допомагати|не будуть фінансувати|не будуть платити|більше не платить|більше не платять|більше не дають|більше не дає|не хочуть давати|не хочуть платити|не хочуть допомагати|не хочуть фінансувати|не хочуть витрачати',
  },
  {
    id: 'give', group: 'aid', weight: 0.4, topic: true,
    en: 'give|gives|giving|gave|given|provide|provides|providing|provided|donate|donates|donating|donated|fund|funds|funding|funded|pay|pays|paying|paid|spend|spending|spent|send|sends|sending|sent|supply|supplies|supplying|supplied|deliver|delivers|delivering|delivered|arm|arming|paying for|pay for|pays for|paid for|footing the bill|foot the bill|bankrolling|bankroll|financing|finance',
    ru: 'давать|давали|давал|давала|дают|дает|дали|дадут|даст|дать|выделя*|выделил*|выделит|выделят|тратить|тратят|потратить|платить|платят|финансировать|финансируют|помогать|помогают|вооружать|вооружают|поставлять|поставляют|отправлять|отправляют|присылать|слать|шлют|оплачивать|оплачивают|платить за|платят за|финансирование|спонсировать|спонсируют',
    uk: 'давати|давали|давав|давала|дають|дає|дали|дадуть|дасть|дати|виділя*|виділил*|виділить|виділять|витрачати|витрачають|платити|платять|фінансувати|фінансують|допомагати|допомагають|озброювати|озброюють|постачати|постачають|відправляти|відправляють|надсилати|надсилають|оплачувати|оплачують|платити за|платять за|фінансування|спонсорувати|спонсорують',
  },
  {
    id: 'people', group: 'people', weight: 0.2, topic: true,
    en: 'men|people|manpower|infantry|personnel|recruits|replacements|reinforcements|troops|soldiers|fighters',
    ru: 'людей|люди|мужчин|мужиков|пехоты|пехота|личного состава|пополнения|пополнений|подкреплени*|солдат|бойцов',
    uk: 'людей|люди|чоловіків|піхоти|піхота|особового складу|поповнення|поповнень|підкріплен*|солдатів|бійців',
  },
  {
    id: 'ammo', group: 'weapons', weight: 0.55, topic: true,
    en: 'shells|shell|ammo|ammunition|rounds|artillery rounds|munitions|cartridges|bullets',
    ru: 'снаряд*|боеприпас*|патрон*',
    uk: 'снаряд*|боєприпас*|набо*|патрон*',
  },
  {
    id: 'hold_fight', group: 'fight', weight: 0.25, topic: true,
    en: 'hold|hold out|hold the line|holding the line|fight|fight on|keep fighting|continue fighting|defend|defend itself|resist|withstand|sustain|replace|replenish|survive|continue the war|keep going|cope|survive another winter|last another winter|get through the winter',
    ru: 'удержать|удерживать|удержат|удержит|держаться|продержаться|воевать|сражаться|обороняться|защищаться|сопротивляться|восполнить|восполнять|заменить|выжить|выстоять|продолжать войну|продолжать воевать|справиться|справляться|пережить|переживет|переживут|выдержать|выстоит',
    uk: 'утримати|утримувати|втримати|триматися|протриматися|воювати|битися|оборонятися|захищатися|опиратися|поповнити|поповнювати|замінити|вижити|вистояти|продовжувати війну|продовжувати воювати|впоратися|впоруватися|витягнути|витягне|витягнемо|пережити|переживе|переживуть|витримати|вистоїть',
  },
  {
    id: 'econ_harm', group: 'econ_harm', weight: 0.85,
    en: 'backfir*|boomerang*|self harm|self inflicted wound|own goal|shot itself in the foot|shooting itself in the foot|shoot itself in the foot|shot themselves in the foot|economic suicide|deindustrializ*|deindustrialis*|de industrializ*|de industrialis*|pay the price|paying the price|pays the price|paid the price|cost europe|costing europe|costs europe|cost the eu|hurt europe|hurting europe|hurts europe|hit europe|hits europe|hit germany|hits germany|hit harder|hit europe harder|hurt the west|hurts the west|harder than russia|more than russia|more than moscow|harder than moscow|poorer|impoverish*|punishing itself|punished itself|punishing themselves|punish themselves|killing german industry|killing european industry|killing industry|kills industry|killed industry|killing the economy|killing europe|own sanctions|its own sanctions|their own sanctions|factories are closing|factories closing|factories close|plants are closing|plants closing',
    ru: 'бумеранг*|ударил* по самим|ударили по европ*|бьют по европ*|бьют прежде всего по|бьет по европ*|ударят по европ*|сама себя наказала|сами себя наказали|наказала себя|наказали себя|наказывает себя|самоубийств*|деиндустриализ*|платит цену|платят цену|расплачива*|беднеют|обедне*|больше чем россию|больше, чем россию|сильнее чем по россии|сильнее, чем по россии|больше чем по россии|больше, чем по россии|переносят производство|перенос* производств*|бегут из германии|бежит из германии|бегут из европы|бежит из европы|заводы закрываются|закрываются заводы|люди мерзнут|мерзнут|промышленность умирает|умирает промышленность|экономика умирает|разоряют|разорил*|собственных санкций|своих санкций|собственные санкции',
    uk: 'бумеранг*|вдарил* по самих|вдарили по європ*|б\'ють по європ*|б\'ють по самій|б\'є по європ*|сама себе покарала|самі себе покарали|покарала себе|карає себе|самогубств*|деіндустріаліз*|платить ціну|платять ціну|розплачу*|біднішають|збідні*|більше ніж по росії|більше, ніж по росії|сильніше ніж по росії|переносять виробництво|перенос* виробництв*|тікає з німеччини|тікають з німеччини|тікає з європи|тікають з європи|заводи закриваються|закриваються заводи|люди мерзнуть|мерзнуть|знищують європу|знищує європу|руйнують європу|промисловість вмирає|вмирає промисловість|економіка вмирає|розоряють|розорил*|власних санкцій|своїх санкцій|власні санкції',
  },
  {
    id: 'econ_harm_weak', group: 'econ_harm', weight: 0.5,
    en: 'hurt|hurts|hurting|harm*|suffer*|price hikes|rising prices|higher prices|soaring|soared|soar|skyrocket*|surging|expensive|unaffordable|three times more|twice as much|closures|closing down|shutting down|shut down|shutting|recession|stagnat*|decline|declining|destroy*|ruin*|wreck*|crippl*|devastat*|punish*|cheap russian gas|cheap gas|cheap energy|moving to china|relocat*|who is being punished|who exactly is being punished|cannot pay|can\'t pay|cannot afford|can\'t afford|heating bills|energy bills',
    ru: 'вред*|навред*|страда*|подорожа*|дорожа*|взлет* цен|взлетели|рост цен|цены выросли|выросли в разы|в разы|дорог* энерги*|дорогой энергии|дешев* газ*|дешев* энерги*|закрыва*|стагнац*|упадок|спад*|уничтожа*|разруша*|наказ*',
    uk: 'шкод*|нашкод*|страждає|страждають|подорожча*|дорожча*|злет* цін|злетіли|зростання цін|ціни зросли|зросли в рази|в рази|дорог* енергі*|дешев* газ*|дешев* енергі*|закрива*|стагнац*|занепад*|спад*|знищу*|руйну*|покара*|карають',
  },
  {
    id: 'refugee_burden', group: 'refugee_burden', weight: 0.95,
    en: 'burden*|overburden*|strain on|straining|strains|overwhelm*|swamped|flooded with|influx|sponging|sponge off|freeload*|scroung*|benefit tourism|welfare tourism|live off|living off|lives off|on benefits|on welfare|claim benefits|claiming benefits|claims benefits|still claim benefits|ungrateful|ingratitude|refuse to work|refusing to work|refuse to learn|don\'t want to work|do not want to work|won\'t work|lazy|entitled|taking homes|take homes|taking our|take our|jump the queue|jumping the queue|at our expense|at the expense of|no one asked the locals|nobody asked the locals|cost taxpayers|costing taxpayers|costs taxpayers|taxpayers billions|take jobs|taking jobs|steal jobs|stealing jobs|take our jobs',
    ru: 'обуз*|нагрузк* на|перегруж*|наводнили|наводнил*|наплыв*|нахлебник*|халяв*|живут на пособи*|жить на пособи*|сидят на пособи*|на пособиях|сидят на шее|сидит на шее|на шее у|на шее|неблагодарн*|не хотят работать|не хочет работать|не работают|ленив*|требуют жиль*|за наш счет|за счет налогоплательщик*|отбирают жиль*|получают больше|больше чем наши|больше, чем наши|больше чем местные|больше, чем местные|и при этом еще жалуются|еще и недовольны|жалуются|отнимают работу|забирают работу|отнимают жиль*|забирают жиль*|стоят налогоплательщикам',
    uk: 'тягар*|навантаження на|перевантаж*|наплив*|нахлібник*|халяв*|живуть на допомог*|жити на допомог*|сидять на допомог*|на допомогах|сидять на шиї|на шиї|невдячн*|не хочуть працювати|не хоче працювати|не працюють|ледач*|лінив*|вимагають житл*|за наш рахунок|за рахунок платник*|забирають житл*|отримують більше|більше ніж наші|більше, ніж наші|більше ніж місцеві|більше, ніж місцеві|ще й скаржаться|ще й невдоволені|забирають роботу|відбирають роботу|забирають житло|відбирають житло|коштують платникам',
  },
  {
    id: 'refugee_burden_weak', group: 'refugee_burden', weight: 0.5,
    en: 'benefits|welfare|handouts|allowance*|housing|rent|rents|pensioners|locals|queue*|waiting lists|complain*|mercedes|porsche*|luxury cars|overcrowd*|at capacity|hotels|billions on|commit crimes|committing crimes|crime wave|criminals among',
    ru: 'пособи*|жиль*|аренд*|пенсионер*|очеред*|преступн*|жалу*|требуют|мерседес*|порш*|переполнен*|гостиниц*',
    uk: 'допомог* для біженців|житл*|оренд*|пенсіонер*|черг*|скаржа*|вимагають|мерседес*|порше|переповнен*|готел*',
  },
  {
    id: 'inner_circle', group: 'leadership', weight: 0.6, topic: true,
    en: 'inner circle|entourage|associates|confidant*|close allies|business partners|friends of the president|his friends|kvartal*|mindich|his wife|wife of the president|first lady|zelenska',
    ru: 'окружени*|ближн* круг*|приближенн*|соратник*|друзья президента|друзья зеленского|квартал 95|миндич*|жена зеленского|жена президента|зеленская|зеленской|квартала 95|кварталу 95',
    uk: 'оточення|найближче оточення|близьке коло|наближен*|соратник*|друзі президента|квартал 95|міндіч*|дружина зеленського|дружина президента|зеленська|зеленської|кварталу 95',
  },
  {
    id: 'biolabs_weak', group: 'biolabs', weight: 0.5, topic: true,
    en: 'laborator*|lab|labs|epidemic|pandemic|disease*|outbreak*|experiment*|scientists|research',
    ru: 'лаборатор*|эпидеми*|пандеми*|болезн*|вспышк*|эксперимент*',
    uk: 'лаборатор*|епідемі*|пандемі*|хвороб*|спалах*|експеримент*',
  },
  {
    id: 'nazis_weak', group: 'nazis', weight: 0.5,
    en: 'glorif*|heroisation|heroization|heroise*|heroize*|heroising|heroizing|collaborators|nationalist*|radicals|far right|extremist*|symbols|insignia|salute',
    ru: 'героизир*|героизац*|радикал*|символик*|нашивк*',
    uk: 'героїзу*|героїзац*|радикал*|символік*|нашивк*',
  },
  {
    id: 'history', group: 'history', weight: 0.6, topic: true,
    en: 'holocaust|babyn yar|babi yar|ww2|wwii|world war ii|world war two|second world war|victory day|nazi germany|over nazi germany|remembrance day|remembrance|memorial*|commemorat*|anniversary|liberation of auschwitz|auschwitz|victory parade|victory in europe|ve day|v day',
    ru: 'холокост*|бабий яр|бабьем яру|бабьего яра|великой отечественной|великая отечественная|второй мировой|вторая мировая|день победы|дня победы|нацистск* германи*|над нацистской германией|мемориал*|годовщин*|память жертв|освенцим*|освобождени* освенцима|парад победы|парада победы|парад в честь дня победы',
    uk: 'голокост*|бабин яр|бабиному яру|бабиного яру|другої світової|друга світова|день перемоги|дня перемоги|нацистськ* німеччин*|меморіал*|річниц*|пам\'ять жертв|освенцим*|аушвіц*|парад перемоги|параду перемоги',
  },

  // ── topics that usually fit no narrative (they make an off-topic claim look off-topic) ──
  {
    id: 'sport', group: 'sport', weight: 0.6, topic: true,
    en: 'football|soccer|match|league|championship|olympic*|tournament|cup|scored|coach|players|player|team|club|fifa|uefa|tennis|boxing|boxer|athlete*|medal*|stadium|striker|season|semi final|champion*|usyk|heavyweight|titles|figure skating|skating|hockey|friendly match|bundesliga|champions league|premier league|euro 2024|world cup',
    ru: 'футбол*|матч*|лига|лиги|лиге|лигу|чемпионат*|олимпи*|турнир*|кубок*|кубк*|гол|голы|тренер*|игрок*|команда|команды|команде|командой|команду|клуб*|фифа|уефа|теннис*|бокс*|спортсмен*|медал*|стадион*|сезон*|финал*|чемпион*|сборн*|хоккей*|фигурн* катани*|товарищеск* матч*|разгромил*|усик*',
    uk: 'футбол*|матч*|ліга|ліги|лізі|лігу|чемпіонат*|олімпі*|турнір*|кубок*|кубк*|гол|голи|тренер*|гравц*|гравець|команда|команди|команді|командою|команду|клуб*|фіфа|уєфа|теніс*|бокс*|спортсмен*|медал*|стадіон*|сезон*|фінал*|чемпіон*|збірн*|хокей*|фігурн* катанн*|товариськ* матч*|розгромил*|усик*',
  },
  {
    id: 'weather', group: 'weather', weight: 0.6, topic: true,
    en: 'weather|rain*|snow*|temperature*|forecast*|frost*|heatwave*|heat|sunny|cloudy|wind|winds|degrees|celsius|meteorolog*|thunderstorm*|fog|flood*|drought|climate|snowstorm*|snowfall|blizzard*|icy|black ice|cold front|cold snap|ice',
    ru: 'погод*|дожд*|снег*|снеж*|температур*|прогноз*|мороз*|жара|жары|жарой|солнечн*|облачн*|ветер|ветр*|градус*|метеоролог*|синоптик*|гроза|грозы|грозой|туман*|наводнен*|паводк*|засух*|климат*|снегопад*|метел*|гололед*|аномальн* жар*',
    uk: 'погод*|дощ*|сніг*|сніж*|температур*|прогноз*|мороз*|спека|спеки|спекотн*|сонячн*|хмарн*|вітер|вітр*|градус*|метеоролог*|синоптик*|гроза|грози|грозою|туман*|повін*|паводк*|посух*|клімат*|снігопад*|хуртовин*|ожеледиц*|спек*',
  },
  {
    id: 'culture', group: 'culture', weight: 0.6, topic: true,
    en: 'festival*|concert*|museum*|exhibition*|film festival|eurovision|music|singer|artist*|theatre premiere|book|novel|cinema|movie|tourism|tourist*|restaurant*|recipe*|holiday|christmas|easter|wedding',
    ru: 'фестивал*|концерт*|музе*|выставк*|евровидени*|музык*|певиц*|певец|художник*|книг*|роман*|кино*|фильм*|туризм*|турист*|ресторан*|рецепт*|праздник*|рождеств*|пасх*|свадьб*',
    uk: 'фестивал*|концерт*|музе*|виставк*|євробачен*|музик*|співачк*|співак|художник*|книг*|роман*|кіно*|фільм*|туризм*|турист*|ресторан*|рецепт*|свято|свята|святкув*|різдв*|великдень|великодн*|весілл*',
  },
  {
    id: 'science_tech', group: 'tech', weight: 0.5, topic: true,
    en: 'startup*|software|app|smartphone*|internet|it sector|technology|tech|artificial intelligence|ai|satellite internet|starlink|cyber*|hackers|hack*|research|scientists|university|students|vaccine*|covid*|health|medicine|doctors',
    ru: 'стартап*|приложени*|смартфон*|интернет*|технолог*|искусственн* интеллект*|старлинк*|кибер*|хакер*|исследован*|ученые|ученых|университет*|студент*|вакцин*|ковид*|здоровь*|медицин*|врач*',
    uk: 'стартап*|застосун*|смартфон*|інтернет*|технолог*|штучн* інтелект*|старлінк*|кібер*|хакер*|дослідж*|учен*|науковц*|університет*|студент*|вакцин*|ковід*|здоров\'*|медицин*|лікар*',
  },
  {
    id: 'prisoners', group: 'prisoners', weight: 0.6, topic: true,
    en: 'prisoners|prisoner exchange|prisoner swap|pows|pow|captives|exchange|swap|returned home|repatriat*|deported children|abducted|deportation|bodies of fallen|repatriation of bodies|exchange of bodies|exchanged the bodies|bodies exchange|exchange bodies|fallen soldiers|bodies of soldiers',
    ru: 'пленн*|обмен* пленн*|обмен*|вернулись домой|репатри*|депортац*|депортир*|похищен* дет*|обмен* тел*|тела погибших|тел погибших|обменяли',
    uk: 'полонен*|обмін* полонен*|обмін*|повернулися додому|повернулись додому|репатрі*|депортац*|депортов*|викраден* діт*|обмін* тіл*|тіла загиблих|тіл загиблих|обміняли',
  },
];

/**
 * Concepts that place a claim in the war and the information fight around it, beside the actors
 * (every concept with a `side`): fighting, weapons, the front's places, mobilisation, sanctions,
 * the standing propaganda themes. A claim that names none of them ("the film was a failure at the
 * box office", "talks between two companies collapsed") is not taken for a war narrative on its
 * generic words alone (see `unanchored` in the matcher). Left out on purpose, as everyday words
 * match them: capture ("fell", "took", "взятку"), abandonment ("gave up on"), staged ("постановка"),
 * grain ("урожай", any harvest).
 */
export const CONFLICT_ANCHORS: ReadonlySet<string> = new Set([
  'military', 'war', 'front', 'defences', 'casualties', 'mobilisation', 'advance', 'encirclement', 'retreat',
  'place_east', 'weapons', 'ammo', 'strikes', 'nuclear', 'prisoners', 'mercenaries', 'atrocity', 'atrocity_site', 'sanctions',
  'refugees', 'refugee_burden', 'legitimacy', 'legitimacy_weak', 'aid_denied', 'puppet', 'puppet_weak',
  'coup', 'biolabs', 'biolabs_weak', 'nazis', 'nazis_weak', 'russophobia', 'nato_threat', 'nato_threat_weak', 'transplant',
]);

/**
 * Words and phrases that turn a claim into a denial or rebuttal of what it mentions.
 * Used by stance detection; `fabrication` marks the cues that also name the fabrication
 * concept itself ("fake", "lie"), which a narrative about staged events uses in its own voice.
 */
export interface CueDef {
  en: string;
  ru: string;
  uk: string;
}

export const REFUTE_CUES: CueDef = {
  en: 'deni*|deny|denying|not true|untrue|debunk*|refut*|rebut*|no evidence|no proof|without evidence|without proof|baseless|groundless|unfounded|unsubstantiated|dismiss*|reject*|rejected the claim*|disprov*|fact check*|factcheck*|misleading|not the case|no truth|contrary to|contradict*|no basis|not supported by|there is no|there are no|never happened|did not happen|didn\'t happen|has not happened|conspiracy theor*|absurd|ridiculous|not confirmed|unconfirmed|could not be verified|cannot be verified|no sign|no signs|not backed|distort*|twist*|exposed|busted|set the record straight|doesn\'t hold up|does not hold up|don\'t support that|do not support that|doesn\'t support that|does not support that|not supported by the data|data don\'t support|so much for|stop spreading|no such|nothing of the sort|nothing of the kind|myth of|the myth|debunked|false claim*|false narrative|kremlin narrative|kremlin talking points|russian talking points|russian propaganda claims|no significant|found no|finds no|no indication|no sign of|not borne out|unsupported|mantra|the same old|same old story|old fake',
  ru: 'опроверг*|опровержени*|опровер*|не соответствует действительности|не соответствуют действительности|нет доказательств|нет никаких доказательств|без доказательств|не подтвержд*|не подтвердил*|голословн*|беспочвенн*|необоснованн*|отрица*|отверг*|разоблач*|абсурд*|не было никаких|ничего подобного|не соответствует правде|искаж*|перевира*|не подтвердился|не подтвердилась|не имеет под собой|не выдерживает критики|ничего общего с действительностью|миф о|не подтверждается|не подтверждаются|нет никаких оснований|нет оснований|не нашли|не обнаружили|не выявил*|кремлевск* нарратив*|иронизиру*|высмеива*|высмеял*|мантр*|старый фейк|старая сказка',
  uk: 'спростов*|спростува*|не відповідає дійсності|не відповідають дійсності|немає доказів|немає жодних доказів|без доказів|не підтвердж*|не підтвердил*|голослівн*|безпідставн*|необґрунтован*|заперечу*|заперечи*|запереч*|відкин*|викри*|абсурд*|не було жодних|нічого подібного|не відповідає правді|перекруч*|спотвор*|не підтвердився|не підтвердилася|не витримує критики|нічого спільного з дійсністю|міф про|не підтверджується|не підтверджуються|немає жодних підстав|немає підстав|не знайшли|не виявил*|кремлівськ* наратив*|кремлівськ* тез*|російськ* меседж*|повторювати російські|маніпуляці*|іронізу*|висмію*|глузу*|мантр*|старий фейк|стара казка',
};

/** Words that name the fabrication itself: a denial cue in most narratives, the narrative's own voice in a "staged/fake" narrative. */
export const FABRICATION_CUES: CueDef = {
  en: 'fake|fakes|false|falsehood*|lie|lies|lying|liar*|hoax|hoaxes|fabricated|fabrication|disinformation|misinformation|myth|myths|nonsense|bogus|fiction|invented|made up|fairy tale*|manipulation|manipulative',
  ru: 'фейк*|ложь|лжи|ложн*|лгут|вран*|врут|неправд*|выдумк*|вымысел|вымысл*|дезинформ*|миф*|чушь|бред*|сказк*|выдуман*|манипуляц*',
  uk: 'фейк*|брехн*|брешуть|неправд*|вигадк*|вигадан*|дезінформ*|міф*|маячн*|нісенітниц*|казк*|маніпуляц*|брехня|брехні',
};

/** Reported speech: the claim is attributed to someone, the author does not assert it. */
export const REPORT_CUES: CueDef = {
  en: 'claim|claims|claimed|claiming|alleg*|according to|reportedly|report|reports|reported|said|says|say|saying|stated|states|insist*|assert*|argu*|suggest*|told|tells|wrote|writes|quoted|quotes|citing|cites|purportedly|supposedly|apparently|announced|announces|declared|declares|maintain*|contend*|accus*|blamed|blames|in the words of|the kremlin line|talking points|narrative that|would have you believe|promot*|push* the narrative|spread*|circulat*|published|posted|tweeted|broadcast|aired|presenter|host|pundit*|propagandist*|bloggers|blogger|channels|telegram channels|outlets|state media|state tv|made clear|make clear|makes clear|clarified|explained|noted|pointed out|concluded|concludes|established|repeated|repeats|reiterated|reiterates|again says|continues to say|airs|called|calls|calling|labelled|labeled|branded|described|describes|promised|promises|posting|posts|telling|quoted as saying|urged|warned that|argued|argues|alleged|alleges|accused|accuses|said on|told reporters',
  ru: 'по утверждению|по словам|по данным|по мнению|по версии|как утверждает|как утверждают|утвержда*|утверждал*|заявил*|заявля*|заявлени*|сообщ*|якобы|будто|будто бы|мол|дескать|считает|считают|пишет|пишут|написал*|переда*|ссылаясь|цитиру*|обвиня*|обвинил*|распространя*|продвигает нарратив*|продвигают нарратив*|опубликовал*|публику*|ведущ*|пропагандист*|блогер*|телеграм канал*|каналы|госсми|федеральн* канал*|настаива*|уверя*|уверял*|рассказал*|рассказыва*|повторил*|повторя*|пояснил*|пояснял*|напомнил*|отметил*|подчеркнул*|выяснил*|установил*|пришл* к выводу|назвал*|называ*|обещает|обещают|обещал*|вещает|вещают|уверяют|говорит|говорят|сказал*|полагает|полагают|транслиру*|проинформир*|информиру*',
  uk: 'за словами|за даними|за твердженням|на думку|за версією|як стверджує|як стверджують|стверджу*|заявив|заявила|заявили|заявля*|заяв*|повідомл*|повідомля*|нібито|начебто|мовляв|вважає|вважають|пише|пишуть|написав|написала|написали|переда*|посилаючись|цитує|цитують|звинувач*|поширю*|просуває наратив*|просувають наратив*|опублікува*|публікує|ведуч*|пропагандист*|блогер*|телеграм канал*|канали|кремлівськ* змі|наполяга*|запевня*|розповів|розповіла|розповіли|розповіда*|повторив|повторила|повторили|повторю*|пояснив|пояснила|пояснили|нагадав|нагадала|нагадали|зазначив|зазначила|зазначили|наголосив|наголосила|наголосили|з\'ясува*|встановил*|дійшл* висновку|назвав|назвала|назвали|називає|називають|обіцяє|обіцяють|обіцяв|каже|кажуть|сказав|сказала|сказали|розганяють|розганяє|транслю*|запевнил*|запевни*|запевнив|запевнила|повідомил*|повідомив|повідомила|повідомили|інформу*|поінформува*',
};

/** The speaker concedes what the narrative says: overrides a rebuttal reading. */
export const ADMIT_CUES: CueDef = {
  en: 'admit*|acknowledg*|conced*|confess*|confirm*|conceded|warned|warns|fears|fear|worried|alarm*',
  ru: 'признал*|призна*|подтверд*|подтвержда*|сознал*|предупред*|предупрежда*|опаса*|бьют тревогу|забил* тревогу',
  uk: 'визнав|визнала|визнали|визна*|підтверд*|підтвердж*|зізнал*|попереди*|попереджа*|побоюю*|б\'ють на сполох|забил* на сполох',
};

/** The targeted side stands firm: holding, repelling, continuing support. */
export const RESIST_CUES: CueDef = {
  en: 'holding|holds|held|hold|repel*|repuls*|stable|stabilis*|stabiliz*|remain*|continu*|steady|steadfast|unwavering|firm|firmly|resolute|reaffirm*|pledg*|committed|commitment|as long as it takes|will not|won\'t|never|no threat|under control|thwart*|foil*|counterattack*|counteroffensive|pushed back|beat back|recaptur*|retook|regain*|liberated|destroyed|halted|stopped|failed|fail|rejects|rejected|dismisses|dismissed|calls it|called it|calling it|labelled|labeled|branded|ridiculed|mocked|laughed off|shrugged off|unfounded|false|fake|lie|lies|propaganda|disinformation',
  ru: 'удержива*|удерживают|удержал*|держ*|отбил*|отбива*|отраз*|отража*|стабильн*|стабилиз*|остает*|остаются|продолж*|тверд*|непоколеб*|подтверди*|обязал*|сколько потребуется|не будет|не допуст*|никогда|нет угрозы|под контролем|сорвал*|контратак*|контрнаступ*|вернул*|отбросил*|уничтож*|остановил*|провалил*|назвал*|называ*|высмеял*|продлится|продолжатся|продолжится',
  uk: 'утриму*|утримал*|трима*|відбил*|відбива*|відбито|відби*|стабільн*|стабіліз*|залишає*|залишаються|продовж*|тверд*|непохитн*|підтверди*|зобов\'язал*|скільки знадобиться|не буде|не допуст*|ніколи|немає загрози|під контролем|зірвал*|контратак*|контрнаступ*|повернул*|відкинул*|знищ*|зупинил*|провалил*|назвав|назвала|назвали|назива*|висміяв*|трива*|триватиме|триватимуть',
};

/** Plain negation words (used with a narrative's own concepts: "the front is not collapsing"). */
export const NEGATION_CUES: CueDef = {
  en: 'not|no|never|none|nothing|neither|nor|isn\'t|aren\'t|wasn\'t|weren\'t|won\'t|don\'t|doesn\'t|didn\'t|hasn\'t|haven\'t|cannot|can\'t|without|far from|hardly|barely|scarcely|nowhere near|by no means|no significant',
  ru: 'не|нет|никогда|ни|ничего|никакого|никакой|никаких|отнюдь|далеко не|вовсе не|без|никак не|нисколько не|ничуть не',
  uk: 'не|немає|нема|ніколи|ні|нічого|жодного|жодної|жодних|аж ніяк|далеко не|зовсім не|без|ніяк не|жодним чином не|анітрохи не',
};

/**
 * Negation and modality frames. A frame right before a concept (at most two content words
 * between, no clause break) turns the pair into another concept: "won't send" (give) is aid
 * denied, "cannot hold" (hold_fight) is the army giving way, "no men" (people) is exhaustion.
 * `after` frames follow their concept instead ("людей немає", "снарядов нет").
 */
export const NEGATION_FRAMES: Record<'not' | 'refusal' | 'unwilling' | 'unable' | 'none' | 'after', CueDef> = {
  /** verbs of refusal, only right before their object ("refused new funding", "заблокували допомогу") */
  refusal: {
    en: 'refused|refuses|refusing|rejected|rejects|blocked|blocks|blocking|vetoed|vetoes|halted|halts|suspended|suspends|froze|freezes|slashed|withheld|withholds',
    ru: 'отказал* в|заблокир*|заморозил*|урезал*|приостановил*',
    uk: 'відмовил* у|відмовил* в|заблокува*|заморозил*|урізал*|призупинил*',
  },
  not: {
    en: "not|no longer|never|won't|will not|wouldn't|would not|don't|doesn't|didn't|do not|does not|did not|isn't|aren't|stop|stops|stopped|stopping|cease|ceased|ceasing|no more|not any more|not anymore",
    ru: 'не|больше не|уже не|никогда не|перестал*|перестанут|перестанет|перестают|перестает|прекратил*|прекратят|прекращают',
    uk: 'не|більше не|вже не|ніколи не|перестал*|перестануть|перестане|перестають|перестає|припинил*|припинять|припиняють',
  },
  unwilling: {
    en: "don't want to|doesn't want to|do not want to|does not want to|no longer want to|no longer wants to|nobody wants to|no one wants to|refuse to|refuses to|refused to|refusing to|unwilling to|reluctant to|not willing to|not prepared to|not ready to|no appetite to|no appetite for|tired of|sick of|fed up with|done",
    ru: 'не хотят|не хочет|не хотим|не хотели|не желают|не желает|не намерен*|не собира*|не готов*|отказыва*|отказал*|откажутся|откажется|не горят желанием|устали|надоело',
    uk: 'не хочуть|не хоче|не хочемо|не хотіли|не бажають|не бажає|не мають наміру|не має наміру|не збира*|не готов*|відмовля*|відмовил*|відмовляться|відмовиться|не горять бажанням|втомилися|набридло',
  },
  unable: {
    en: "cannot|can't|can no longer|unable to|not able to|no longer able to|incapable of|could not|couldn't|won't be able to|will not be able to|too weak to|no strength to|no longer in a position to|may not|might not|may be unable to|can hardly|can barely|is unlikely to|are unlikely to",
    ru: 'может не|могут не|вряд ли|едва ли|не может|не могут|не сможет|не смогут|не способен|не способна|не способно|не способны|не способн*|неспособн*|не в состоянии|не в силах|уже не может|уже не могут|не успевает|не успевают',
    uk: 'може не|можуть не|навряд чи|навряд|не може|не можуть|не зможе|не зможуть|не здатен|не здатна|не здатні|не здатн*|нездатн*|не в змозі|не в силах|вже не може|вже не можуть|не встигає|не встигають',
  },
  none: {
    en: 'no|without|zero|lack of|lacking|short of|out of',
    ru: 'нет|ни|без|ноль|нехватка|не хватает|не осталось',
    uk: 'немає|нема|ні|без|нуль|нестача|бракує|не вистачає|не залишилось|не залишилося',
  },
  after: {
    en: 'left',
    ru: 'нет|нету|ноль|не осталось|не хватает|не видно',
    uk: 'немає|нема|нуль|не залишилось|не залишилося|не вистачає|бракує|не видно',
  },
};

/**
 * Two concepts that together make a third, in either order, at most two content words apart and
 * in one clause: a cutting verb makes aid denied only when aid is what it cuts ("halve its
 * military assistance", "support is drying up"), not when inflation slows.
 */
export const PAIR_RULES: ReadonlyArray<{ a: readonly string[]; b: readonly string[]; derive: string }> = [
  { a: ['cut_verbs'], b: ['aid', 'give', 'deliveries', 'humanitarian', 'weapons', 'ammo'], derive: 'aid_denied' },
];

/** Which frame, before (or after) which concepts, makes which concept. */
export const NEGATION_RULES: ReadonlyArray<{ frames: ReadonlyArray<keyof typeof NEGATION_FRAMES>; targets: readonly string[]; derive: string; maxWords?: number }> = [
  { frames: ['not', 'refusal', 'unwilling'], targets: ['give', 'aid', 'deliveries', 'humanitarian'], derive: 'aid_denied' },
  { frames: ['none'], targets: ['aid', 'humanitarian'], derive: 'aid_denied', maxWords: 1 },
  { frames: ['unable'], targets: ['hold_fight', 'defences', 'front'], derive: 'cannot_hold' },
  { frames: ['unwilling'], targets: ['hold_fight'], derive: 'morale' },
  { frames: ['none', 'after'], targets: ['people', 'ammo', 'exhaustion_weak'], derive: 'exhaustion' },
];

/** Words that look like negation but are not: "not just nationalists", "if not for weapons", "хіба це не…?" */
export const NEGATION_CANCEL_CUES: CueDef = {
  en: "not just|not only|not merely|not simply|if not|tell me that not|tell me it not|tell me this not|isn't that|isn't it|aren't they|wasn't it|why not|no doubt|no wonder|no coincidence|not a coincidence|nothing but|so called|there is no doubt|there's no doubt|there can be no doubt|there is no question|there's no question|no question that|there is no denying|there's no denying|no denying|nobody can deny|no one can deny|nobody denies|no one denies|nobody could deny|no one could deny|cannot be denied|can't be denied|can not be denied|undeniabl*",
  ru: 'не только|не просто|не лишь|разве не|разве это не|ли не|не случайно|не зря|не иначе|не что иное|не кто иной|нет сомнений|нет никаких сомнений|так называем*|нельзя отрицать|никто не отрицает|никто не может отрицать|невозможно отрицать|не приходится сомневаться|не вызывает сомнений|сомнений нет',
  uk: 'не лише|не тільки|не просто|хіба не|хіба це не|чи не|не випадково|недарма|не інакше|не що інше|не хто інший|немає сумнівів|без сумніву|так зван*|не можна заперечувати|не можна заперечити|ніхто не заперечує|ніхто не може заперечити|неможливо заперечити|не викликає сумнівів|сумнівів немає',
};

/** A generic speaker label at the start of a transcript line ("HOST:", "ВЕДУЧИЙ:"): the line is the speaker's own voice. */
export const SPEAKER_LABEL_WORDS: CueDef = {
  en: 'host|hosts|anchor|presenter|guest|caller|reporter|correspondent|analyst|expert|economist|commentator|moderator|interviewer|narrator|voiceover|voice over|speaker|panelist|panellist|journalist|senator|mp|lawmaker|politician|general|colonel|officer|soldier|professor|fact checker|fact-checker|factchecker|sports desk|weather|news|breaking|update|clip|video|audio|transcript|studio|q|a|him|her|he|she|man|woman|resident|citizen|viewer|listener|author|blogger|channel|post',
  ru: 'ведущий|ведущая|ведущего|гость|гостья|корреспондент|репортер|журналист|аналитик|эксперт|экономист|политолог|комментатор|модератор|диктор|голос за кадром|депутат|генерал|полковник|офицер|боец|солдат|профессор|зритель|житель|жительница|автор|блогер|канал|пост|сюжет|студия|вопрос|ответ',
  uk: 'ведучий|ведуча|ведучого|гість|гостя|кореспондент|репортер|журналіст|аналітик|експерт|економіст|політолог|коментатор|модератор|диктор|голос за кадром|депутат|генерал|полковник|офіцер|боєць|солдат|професор|глядач|мешканець|мешканка|автор|блогер|канал|пост|сюжет|студія|питання|відповідь',
};

/** Conditionals and counterfactuals: a negation after them is no denial ("якби НАТО не тягнуло…", "if aid does not come…"). */
export const CONDITIONAL_CUES: CueDef = {
  en: 'if|unless|had it not|were it not|without which',
  ru: 'если|если бы|если б|кабы|когда бы',
  uk: 'якби|якщо|якщо б|коли б|аби не',
};
