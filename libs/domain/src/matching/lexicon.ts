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
  en: string;
  ru: string;
  uk: string;
}

export const CONCEPTS: readonly ConceptDef[] = [
  // ── actors ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ukraine', group: 'actor_ua', weight: 0.3, side: 'UA',
    en: 'ukrain*|kyiv|kiev|kyivs|ukrainians',
    ru: 'украин*|киев*|незалежн*',
    uk: 'україн*|київ*|києв*',
  },
  {
    id: 'ua_military', group: 'actor_ua', weight: 0.35, side: 'UA',
    en: 'afu|zsu|vsu|general staff|syrskyi|syrsky|zaluzhny*|azov',
    ru: 'всу|зсу|генштаб*|сырск*|залужн*',
    uk: 'зсу|всу|генштаб*|генеральн* штаб*|сирськ*|залужн*',
  },
  {
    id: 'zelensky', group: 'leadership', weight: 0.5, side: 'UA',
    en: 'zelensk*|zelenskiy|zelenskyy|yermak|bankova',
    ru: 'зеленск*|ермак*|банков*',
    uk: 'зеленськ*|єрмак*|банков*',
  },
  {
    id: 'leadership', group: 'leadership', weight: 0.45,
    en: 'leader*|leadership|president*|presidency|government*|authorit*|administration|regime*|cabinet|rulers|ruling|head of state|office of the president|parliament|rada|verkhovna|prime minister|premier',
    ru: 'власт*|руковод*|президент*|правительств*|режим*|кабмин*|правящ*|глав* государств*|офис* президент*|парламент*|верховн* рад*|премьер*|лидер*',
    uk: 'влада|влади|владі|владу|владою|керівн*|президент*|уряд*|режим*|кабмін*|правлячи*|очільн*|офіс* президент*|парламент*|верховн* рад*|прем\'єр*|лідер*',
  },
  {
    id: 'russia', group: 'actor_ru', weight: 0.3, side: 'RU',
    en: 'russia*|moscow|kremlin|rf|russians',
    ru: 'росси*|русск*|москв*|московск*|кремл*|рф|россиян*',
    uk: 'росі*|російськ*|москв*|московськ*|кремл*|рф|росіян*|рашист*',
  },
  {
    id: 'ru_officials', group: 'actor_ru', weight: 0.4, side: 'RU',
    en: 'putin*|peskov|lavrov|zakharova|shoigu|belousov|gerasimov|medvedev|tass|ria|rt|sputnik|mod|defence ministry|defense ministry|ministry of defence|ministry of defense',
    ru: 'путин*|песков*|лавров*|захаров*|шойг*|белоусов*|герасимов*|медведев*|тасс|риа|минобороны|минобороны рф|мо рф',
    uk: 'путін*|пєсков*|пєскова|лавров*|захаров*|шойгу|бєлоусов*|герасимов*|медведєв*|тасс|міноборони рф',
  },
  {
    id: 'west', group: 'actor_west', weight: 0.5, side: 'WEST',
    en: 'west|western|westerners|the west|collective west|allies|ally|allied|partners|backers|sponsors|donors|curators|international community|g7|coalition',
    ru: 'запад*|союзник*|партнер*|спонсор*|донор*|куратор*|коллективн* запад*|международн* сообществ*|коалици*',
    uk: 'захід|заходу|заходом|заході|західн*|союзник*|партнер*|спонсор*|донор*|куратор*|колективн* захід*|міжнародн* спільнот*|коаліці*',
  },
  {
    id: 'usa', group: 'actor_west', weight: 0.4, side: 'WEST',
    en: 'usa|u s|u s a|america*|washington|biden*|trump*|pentagon|white house|congress|senate|state department|blinken|austin|rubio|vance|cia|republicans|democrats',
    ru: 'сша|америк*|вашингтон*|байден*|трамп*|пентагон*|белый дом|белого дома|конгресс*|сенат*|госдеп*|блинкен*|цру|республиканц*|демократ*',
    uk: 'сша|америк*|вашингтон*|байден*|трамп*|пентагон*|білий дім|білого дому|конгрес*|сенат*|держдеп*|блінкен*|цру|республіканц*|демократ*',
  },
  {
    id: 'europe', group: 'actor_west', weight: 0.4, side: 'WEST',
    en: 'europe*|eu|brussels|european union|european commission|germany|german*|berlin|scholz|merz|france|french|paris|macron|britain|british|uk|london|sunak|starmer|poland|polish|warsaw|italy|italian|von der leyen|borrell|kallas',
    ru: 'европ*|евросоюз*|ес|брюссел*|еврокомисс*|герман*|немецк*|немц*|берлин*|шольц*|мерц*|франци*|французск*|париж*|макрон*|британи*|британск*|лондон*|польш*|польск*|варшав*|итали*|итальянск*|фон дер ляйен',
    uk: 'європ*|євросоюз*|єс|брюссел*|єврокоміс*|німеччин*|німецьк*|німц*|берлін*|шольц*|мерц*|франці*|французьк*|париж*|макрон*|британі*|британськ*|лондон*|польщ*|польськ*|варшав*|італі*|італійськ*|фон дер ляєн',
  },
  {
    id: 'nato', group: 'actor_west', weight: 0.55, side: 'WEST',
    en: 'nato|north atlantic|alliance|stoltenberg|rutte',
    ru: 'нато|альянс*|североатлантическ*|столтенберг*|рютте',
    uk: 'нато|альянс*|північноатлантичн*|столтенберг*|рютте',
  },
  {
    id: 'factcheck', group: 'media', weight: 0.4, side: 'CHECK',
    en: 'fact checkers|fact checker|factcheckers|stopfake|voxcheck|bellingcat|investigators|investigation|osint|analysts',
    ru: 'фактчекер*|фактчекинг*|стопфейк*|расследовани*|беллингкэт*|аналитик*',
    uk: 'фактчекер*|фактчекінг*|стопфейк*|воксчек*|розслідуван*|беллінгкет*|аналітик*',
  },
  {
    id: 'military', group: 'military', weight: 0.3,
    en: 'army|armies|troops|forces|soldiers|soldier|military|servicemen|brigade*|battalion*|units|fighters|infantry|armed forces|personnel|commander*|generals',
    ru: 'арми*|войск*|военн*|солдат*|бойц*|боец|военнослужащ*|бригад*|батальон*|подразделени*|пехот*|вооруженн* сил*|командир*|командован*|генерал*',
    uk: 'арм*|військ*|військов*|солдат*|бійц*|боєць|військовослужбов*|бригад*|батальйон*|підрозділ*|піхот*|збройн* сил*|командир*|командуван*|генерал*',
  },
  {
    id: 'war', group: 'war', weight: 0.25,
    en: 'war|wars|warfare|fighting|conflict|hostilities|combat|battle|battles|battlefield|special military operation|smo',
    ru: 'войн*|боев* действ*|боевы*|конфликт*|сво|спецоперац*|специальн* военн* операц*|сражени*|бои|боях|боям',
    uk: 'війн*|бойов* дії|бойових дій|бойов*|конфлікт*|сво|спецоперац*|бої|боях|боям|битв*',
  },

  // ── battlefield ─────────────────────────────────────────────────────────────────────────
  {
    id: 'front', group: 'battlefield', weight: 0.6,
    en: 'front|fronts|frontline|frontlines|front line|front lines|line of contact|contact line|positions|trenches|trench',
    ru: 'фронт*|линии соприкосновения|линия соприкосновения|позици*|окоп*|передов*',
    uk: 'фронт*|лінія зіткнення|лінії зіткнення|позиці*|окоп*|передов*|передок*',
  },
  {
    id: 'defences', group: 'battlefield', weight: 0.5,
    en: 'defence*|defense*|defensive|fortif*|defenders|lines of defence|defend*',
    ru: 'оборон*|укреплен*|фортификац*|защитник*',
    uk: 'оборон*|укріплен*|фортифікац*|захисник*',
  },
  {
    id: 'collapse', group: 'ua_weakness', weight: 1,
    en: 'collaps*|crumbl*|fall apart|falling apart|fell apart|falls apart|disintegrat*|implod*|breakdown|break down|breaking down|broke down|unravel*|on its last legs|on the brink|brink|verge|cave in|caving in|caved in|buckl*|give way|giving way|gave way|cracking|cracks|meltdown|fold|folding|shatter*|on the ropes|downfall|doomed|doom|finished|agony|death throes|breaking point|teeter*|tottering|in tatters|bleed*|bled|bleeding',
    ru: 'коллапс*|крах*|развал*|рухн*|рушит*|рушат*|обвал*|обруш*|распад*|разваливает*|на грани|на пороге краха|агони*|сыплет*|посыпал*|трещит*|трещат*|трещин*|по швам|при смерти|обречен*|конец украин*|дышит на ладан|истека* кровью|надлом*|разлага*|разложен*|сломлен*|ломает*',
    uk: 'колапс*|крах*|розвал*|обвал*|обруш*|розпад*|на межі|на порозі краху|агоні*|сиплет*|посипал*|трiщ*|тріщ*|приречен*|стікає кров\'ю|надлом*|розкладає*|зламан*|ламаєт*|завалит*|завалю*|впаде|упаде|посип*',
  },
  {
    id: 'cannot_hold', group: 'ua_weakness', weight: 0.9,
    en: 'won\'t last|will not last|cannot last|can\'t last|not last|cannot hold|can\'t hold|cannot hold out|unable to hold|can no longer hold|cannot withstand|can\'t withstand|not survive|won\'t survive|cannot survive|can\'t survive|not hold out|won\'t hold out|hold out|holding out|last long|last much longer|last until|weeks away from|days away from|months at most|running on fumes',
    ru: 'не продержит*|не продержа*|не выдерж*|не устоит|не устоять|не выстоит|не выстоять|не протянет|не протянут|долго не протян*|продержит*|протянет|выдохл*|выдыха*',
    uk: 'не протрима*|не витрима*|не вистоїть|не вистояти|не встоїть|не встояти|не протягне|довго не протягн*|протрима*|протягне|видихн*|видиха*',
  },
  {
    id: 'imminence', group: 'imminence', weight: 0.5,
    en: 'imminent|imminently|soon|any day|any day now|any moment|at any moment|about to|within weeks|within days|within months|in weeks|by spring|by summer|by winter|by the end of the year|on the verge|inevitabl*|inevitable|countdown|sooner or later|matter of time|time is running out',
    ru: 'вот вот|скоро|неминуем*|неизбеж*|в ближайшее время|в любой момент|со дня на день|считанные|к весне|к лету|к зиме|до конца года|вопрос времени|рано или поздно',
    uk: 'ось ось|незабаром|скоро|неминуч*|найближчим часом|будь якої миті|з дня на день|лічені|до весни|до літа|до зими|до кінця року|питання часу|рано чи пізно',
  },
  {
    id: 'defeat', group: 'ua_weakness', weight: 0.9,
    en: 'defeat*|losing|lose the war|lost the war|lose|loses|lost|rout|routed|capitulat*|surrender*|beaten|hopeless|futile|lost cause|no chance|cannot win|can\'t win|unwinnable|humiliat*|failure|failing|failed',
    ru: 'поражени*|проигр*|капитул*|сдаться|сдают*|сдались|сдач*|разгром*|безнадеж*|бесполезн*|без шансов|нет шансов|не победить|не может победить|провал*|проваль*|унижен*',
    uk: 'поразк*|програ*|капітул*|здатися|здаються|здались|здач*|розгром*|безнадій*|марн*|без шансів|немає шансів|не перемогти|не може перемогти|провал*|принижен*',
  },
  {
    id: 'casualties', group: 'battlefield', weight: 0.6,
    en: 'losses|casualties|casualty|killed|dead|death toll|deaths|wounded|body count|cannon fodder|meat grinder|meat assaults|mincer|slaughterhouse|graveyard',
    ru: 'потер*|погиб*|убит*|раненых|ранен*|мясорубк*|пушечн* мяс*|мясн* штурм*|двухсот*|груз 200|перемол*',
    uk: 'втрат*|загибл*|загину*|вбит*|убит*|поранен*|м\'ясорубк*|гарматн* м\'яс*|м\'ясн* штурм*|двохсот*|вантаж 200|перемел*',
  },
  {
    id: 'exhaustion', group: 'ua_weakness', weight: 0.9,
    en: 'reserve*|depleted|deplet*|exhaust*|run out|running out|ran out|runs out|shortage*|short of|shortfall|dwindl*|manpower|out of men|out of shells|out of ammunition|out of soldiers|scraping the barrel|bottom of the barrel|overstretched|stretched thin|worn out|worn down|attrition|no one left|nobody left|empty|scarce|lack of|lacks|lacking',
    ru: 'резерв*|истощ*|исчерп*|нехватк*|не хватает|нехватает|дефицит*|на исходе|заканчива*|закончил*|кончаю*|кончил*|иссяк*|изнурен*|измотан*|выбит*|некому воевать|некого|людск* ресурс*|нехватки|не осталось|не остается|опустош*',
    uk: 'резерв*|виснаж*|вичерп*|нестач*|не вистачає|бракує|брак|дефіцит*|на вичерпанні|закінчу*|закінчил*|скінчил*|зменшу*|змучен*|вимотан*|вибит*|нікому воювати|нікого|людськ* ресурс*|не залишилось|не залишилося|спустош*',
  },
  {
    id: 'morale', group: 'ua_weakness', weight: 0.8,
    en: 'morale|desert*|awol|refuse to fight|refusing to fight|refused to fight|mutiny|mutinies|lay down arms|laying down arms|laid down arms|give up|giving up|gave up|demoralis*|demoraliz*|panic*|despair|fleeing the front|self harm|dodg*|draft dodgers|evade|evading|evasion',
    ru: 'мораль*|боев* дух*|дезерт*|сзч|отказыва* воевать|отказа* воевать|отказ* от боя|бунт*|сложи* оружи*|сдаются в плен|деморализ*|паник*|отчаяни*|уклонист*|уклоня*|бегут с фронта|бегств*',
    uk: 'мораль*|бойов* дух*|дезерт*|сзч|самовільн*|відмовля* воювати|відмови* воювати|бунт*|склада* зброю|склали зброю|здаються в полон|деморалізов*|панік*|відчай*|ухилянт*|ухиля*|тікають з фронту|втеч*',
  },
  {
    id: 'mobilisation', group: 'manpower', weight: 0.9,
    en: 'mobilis*|mobiliz*|conscript*|draft|drafted|drafting|call up|call ups|callup|recruit*|enlistment|enlistment office|tcc|tck|press gang*|forcibly|forced conscription|snatch*|busification|draftees|age limit|conscription age',
    ru: 'мобилиз*|могилиз*|призыв*|военкомат*|тцк|бусифик*|бусик*|отлов*|облав*|повестк*|вербов*|рекрут*|принудительн* мобилиз*|хватают|хватают на улицах|мобилизационн*|призывн* возраст*',
    uk: 'мобіліз*|призов*|військкомат*|тцк|бусифік*|бусик*|облав*|повістк*|вербув*|рекрут*|примусов* мобіліз*|хапають|мобілізацій*|призовн* вік*',
  },

  // ── military gains ───────────────────────────────────────────────────────────────────────
  {
    id: 'capture', group: 'military_gains', weight: 0.9,
    en: 'captur*|seiz*|took control|taken control|take control|takes control|taking control|gain control|gained control|under control|under russian control|taken over|took over|overrun|overran|liberat*|has fallen|have fallen|fell to|falls to|fall of|raised the flag|raise the flag|flag over|occupied|occupy|occupying|occupation|annexed|took the town|took the village|seized|planted the flag|mopping up',
    ru: 'захват*|захвач*|взят*|взял*|взяли|возьмут|занял*|заняли|освобод*|освобожд*|под контрол*|установил* контрол*|перешел под контроль|перешли под контроль|пал|пала|пали|падени*|флаг над|водрузил*|зачищ*|зачистк*|оккуп*|аннексир*',
    uk: 'захоп*|взят*|взяли|взяв|візьмуть|зайнял*|зайня*|визвол*|під контрол*|встановил* контрол*|перейшов під контроль|перейшли під контроль|впав|впала|впали|падіння|прапор над|зачищ*|зачистк*|окуп*|анексув*|звільнил*',
  },
  {
    id: 'capture_weak', group: 'military_gains', weight: 0.5,
    en: 'taking|takes|took|taken|grab*|control|lost|losing',
    ru: 'берут|забира*|контрол*|потерял*|теря*',
    uk: 'беруть|забира*|контрол*|втратил*|втрача*',
  },
  {
    id: 'advance', group: 'military_gains', weight: 0.9,
    en: 'advanc*|offensive*|breakthrough*|broke through|broken through|break through|breaking through|breaks through|breach*|gaining ground|gain ground|gained ground|gains|moving forward|move forward|moves forward|pushing forward|push forward|pushed forward|pushing deeper|onslaught|sweep*|steamroll*|stormed|storming|storm the|assault*|inroads|forward|marching|closing in|approaching|deeper|momentum|initiative|pressing|pressure on the front|kilometres|kilometers|km|square kilometres',
    ru: 'наступлен*|наступа*|наступательн*|продвиж*|продвину*|продвига*|прорыв*|прорвал*|прорва*|штурм*|натиск*|теснят|теснит|потесн*|отодвинул*|отбросил*|движутся вперед|вперед|инициатив*|приближа*|подош*|подход* к|кв км|квадратн* километр*|километр*',
    uk: 'наступ|наступу|наступом|наступі|наступа*|наступальн*|просув*|просуну*|прорив*|прорвал*|прорва*|штурм*|натиск*|тисн*|відкинул*|відтіснил*|рухаються вперед|вперед|ініціатив*|наближа*|підійш*|підход* до|кв км|квадратн* кілометр*|кілометр*',
  },
  {
    id: 'encirclement', group: 'military_gains', weight: 0.9,
    en: 'encircl*|surround*|cauldron*|cut off|supply line*|supply route*|trapped|trap|besieg*|siege|pincer*|semi encircl*|kettle|logistics',
    ru: 'окруж*|полуокруж*|котел|котл*|в кольц*|кольцо|блокир*|отрез*|снабжени*|осад*|клещ*|логистик*|ловушк*',
    uk: 'оточ*|напівоточ*|котел|котл*|казан*|у кільц*|в кільц*|кільце|блокув*|відрізан*|відріза*|постачан*|облог*|кліщ*|логістик*|пастк*',
  },
  {
    id: 'retreat', group: 'military_gains', weight: 0.8,
    en: 'retreat*|withdraw*|withdrew|pull back|pulled back|pulling back|pulls back|fall back|fell back|falling back|fled|flee|fleeing|flees|pull out|pulled out|pulling out|abandon* positions|abandoned their positions|left their positions|leave their positions|evacuat*',
    ru: 'отступ*|отход*|отошл*|отошли|отвод*|отвел*|бежал*|бегут|бросили позиции|оставил* позици*|оставили город|покида* позиции|покинул*|вывод* войск|выводят|эвакуир*|эвакуац*',
    uk: 'відступ*|відход*|відійшл*|відвод*|відвел*|тікал*|тікають|кинули позиції|залиши* позиц*|залишили місто|покида* позиці*|покинул*|виведен* військ*|виводять|евакуй*|евакуац*',
  },
  {
    id: 'victory', group: 'military_gains', weight: 0.5,
    en: 'victor*|win|wins|winning|won|triumph*|unstoppable|inevitable|overwhelming|superior*|dominat*|crush*|successful*|success*|sweeping|major gains|rapid|rapidly|swift*|lightning|fast|quickly|at speed|pace',
    ru: 'побед*|триумф*|неудерж*|превосход*|доминир*|сокруш*|успех*|успешн*|стремител*|быстр*|молниенос*|темп*',
    uk: 'перемог*|перемож*|тріумф*|нестримн*|перевага|переваг*|домінув*|нищівн*|успіх*|успішн*|стрімк*|швидк*|блискавичн*|темп*',
  },
  {
    id: 'territory', group: 'territory', weight: 0.45,
    en: 'territor*|land|lands|ground|region|regions|oblast*|villages|village|towns|town|cities|city|settlement*|localit*|hamlet*|square miles|new regions|annex*|referendum*|borders|border',
    ru: 'территор*|земл*|регион*|област*|сел|села|село|селах|селом|сёл|поселк*|поселок|посел*|деревн*|город*|населенн* пункт*|нп|новые регионы|новых регионов|аннекс*|присоедин*|референдум*|границ*',
    uk: 'територ*|земл*|регіон*|област*|сіл|села|село|селах|селом|селищ*|містечк*|міст*|населен* пункт*|нп|нові регіони|нових регіонів|анекс*|приєдн*|референдум*|кордон*',
  },
  {
    id: 'place_east', group: 'place', weight: 0.3,
    en: 'donbas|donbass|donetsk|luhansk|lugansk|bakhmut|avdiivka|avdeevka|pokrovsk|kupiansk|kupyansk|chasiv yar|toretsk|vuhledar|ugledar|kramatorsk|sloviansk|kostiantynivka|kurakhove|siversk|lyman|marinka|huliaipole|orikhiv|robotyne|zaporizhzhia|zaporozhye|kherson|kharkiv|kharkov|vovchansk|mariupol|crimea|sevastopol|kursk|belgorod|myrnohrad|dnipro',
    ru: 'донбасс*|донбас*|донецк*|луганск*|бахмут*|артемовск*|авдеевк*|покровск*|красноармейск*|купянск*|часов* яр*|торецк*|угледар*|краматорск*|славянск*|константиновк*|курахов*|северск*|лиман*|марьинк*|гуляйпол*|орехов*|работин*|запорож*|херсон*|харьков*|волчанск*|мариупол*|крым*|севастопол*|курск*|белгород*|мирноград*|днепр*',
    uk: 'донбас*|донецьк*|луганськ*|бахмут*|авдіївк*|покровськ*|куп\'янськ*|часов* яр*|торецьк*|вугледар*|краматорськ*|слов\'янськ*|костянтинівк*|курахов*|сіверськ*|лиман*|мар\'їнк*|гуляйпол*|оріхів*|роботин*|запоріж*|херсон*|харків*|харков*|вовчанськ*|маріупол*|крим*|севастопол*|курськ*|бєлгород*|мирноград*|дніпр*',
  },

  // ── the West and aid ─────────────────────────────────────────────────────────────────────
  {
    id: 'abandonment', group: 'abandonment', weight: 1,
    en: 'abandon*|turn their back*|turning their back*|turned their back*|turn its back|turning its back|turned its back|turns its back|walk away|walking away|walked away|walks away|left alone|left to fend|betray*|sell out|sold out|selling out|sells out|forsak*|under the bus|dump*|ditch*|give up on|gave up on|giving up on|gives up on|lose interest|losing interest|lost interest|wash their hands|washing their hands|pull the plug|pulled the plug|desert ukraine|deserted|leave ukraine|leaving ukraine|left ukraine|behind its back|behind their back*|behind kyiv\'s back|trade ukraine|trading ukraine|bargaining chip|expendable|disposable|retreating from|cold feet|backing away|back away|backtrack*|u turn',
    ru: 'брос*|кину*|кида*|отвернул*|отворачива*|предал*|предат*|предают|предаст|предательств*|слил*|сливают|сольют|сдадут|сдали украину|сдают украину|один на один|оставят одн*|оставили одн*|оставлен*|умыва* руки|умыл* руки|потеря* интерес|теря* интерес|разменн* монет*|за спиной|отстраня*|дистанцир*|охладе*|охлажд*',
    uk: 'кину*|кида*|покину*|покида*|відвернул*|відвертає*|зрад*|злил*|зливають|зіллють|здадуть|здали україну|сам на сам|один на один|залишать одн*|залишили одн*|залишен*|умива* руки|вмива* руки|умили руки|втрача* інтерес|втратил* інтерес|розмінн* монет*|за спиною|дистанцію*|охолод*',
  },
  {
    id: 'fatigue', group: 'abandonment', weight: 0.9,
    en: 'tired|fatigue|weary|war weariness|fed up|sick of|exhausted by|had enough|enough is enough|donor fatigue|ukraine fatigue|no appetite|appetite|patience|running out of patience|reluctan*|unwilling*|skeptic*|sceptic*|doubts|grumbl*|frustrat*',
    ru: 'устал*|усталост*|надое*|надоел*|сыт* по горло|терпени*|не желают|нежелани*|скептич*|сомнени*|раздражени*|недовол*',
    uk: 'втом*|набрид*|терпін*|терпець|не бажають|небажан*|скептич*|сумнів*|роздратув*|невдовол*',
  },
  {
    id: 'cut_halt', group: 'abandonment', weight: 0.7,
    en: 'cut|cuts|cutting|slash*|reduc*|halt*|stop|stops|stopped|stopping|suspend*|paus*|freez*|froze|frozen|scale back|scaled back|scaling back|wind down|winding down|dry up|dries up|drying up|dried up|running dry|end support|ending support|end aid|ending aid|cut off aid|cut off support|cutting off support|cutting off aid|cut off funding|cutting off funding|cut off weapons|blocked|blocking|veto*|shrink*|dwindling support|last package|final package|phase out|phasing out|no new|no more|delay*|stall*|trickle',
    ru: 'сокращ*|сократ*|урез*|прекра*|останов*|приостанов*|заморо*|блокир*|заблокир*|вето|свора*|свернут*|иссяк*|пересыха*|последн* транш*|последн* пакет*|задерж*|тормоз*|больше не будет',
    uk: 'скороч*|уріз*|припин*|зупин*|призупин*|замороз*|блокув*|заблокув*|вето|згорта*|згорну*|вичерпа*|останн* транш*|останн* пакет*|затрим*|гальму*|більше не буде',
  },
  {
    id: 'aid', group: 'aid', weight: 0.6,
    en: 'aid|assistance|support*|help*|package*|funding|fund|funds|funded|financ*|tranche*|pledg*|commitment*|commit*|backing|lend lease|loans|loan|grant*|donat*|bailout|subsid*|provide|providing|provided|sends|send|sent|sending|supply|supplies|supplied|supplying',
    ru: 'помощ*|помога*|поддерж*|транш*|пакет*|финансир*|финанс*|кредит*|займ*|заем|грант*|ленд лиз|обещ*|обязательств*|предостав*|пожертвов*|субсид*|отправ*|присыла*|присл*|снабжа*',
    uk: 'допомог*|допомага*|підтрим*|транш*|пакет*|фінансув*|фінанс*|кредит*|позик*|грант*|ленд ліз|обіця*|обіцян*|зобов\'язан*|надан*|нада*|пожертв*|субсид*|відправ*|надсила*|надіслал*|постача*',
  },
  {
    id: 'humanitarian', group: 'aid', weight: 0.6,
    en: 'humanitarian|relief|reconstruction|rebuild*|recovery fund|usaid|charity|charities|volunteer*|ngo*|red cross',
    ru: 'гуманитар*|восстановлен*|благотвор*|волонтер*|нко|красн* крест*',
    uk: 'гуманітар*|відбудов*|відновлен*|благодій*|волонтер*|червон* хрест*',
  },
  {
    id: 'weapons', group: 'weapons', weight: 0.6,
    en: 'weapon*|arms|armament*|ammunition|ammo|shells|shell|artillery|howitzer*|tank|tanks|himars|patriot*|f 16*|f16*|abrams|leopard*|bradley*|atacms|storm shadow*|taurus|javelin*|stinger*|missile*|rocket*|air defence|air defense|military hardware|hardware|equipment|munitions|cluster munitions|jets|fighter jets|drones|drone|armoured vehicles|armored vehicles|vehicles|guns|rifles|grenade*|mortars|nasams|iris t|gepard*|caesar|bayraktar*',
    ru: 'оруж*|вооруж*|боеприпас*|снаряд*|артиллер*|гаубиц*|танк*|хаймарс*|himars|пэтриот*|петриот*|f 16|ф 16|абрамс*|леопард*|брэдли|атакмс|шторм шэдоу|таурус*|джавелин*|стингер*|ракет*|пво|техник*|военн* техник*|кассетн*|истребител*|бронетехник*|бронемашин*|дрон*|беспилотник*|винтовк*|гранат*|миномет*|байрактар*|самолет*',
    uk: 'зброї|зброя|зброю|зброєю|озброєн*|боєприпас*|снаряд*|артилер*|гаубиц*|танк*|хаймарс*|петріот*|f 16|ф 16|абрамс*|леопард*|бредлі|атакмс|шторм шедоу|таурус*|джавелін*|стінгер*|ракет*|ппо|технік*|військов* технік*|касетн*|винищувач*|бронетехнік*|бронемашин*|дрон*|безпілотник*|гвинтівк*|гранат*|міномет*|байрактар*|літак*',
  },
  {
    id: 'deliveries', group: 'weapons', weight: 0.55,
    en: 'deliver*|shipment*|shipping|shipped|transfer*|supplies|supplied|supply|supplying|sends|send|sending|sent|provide|provided|providing|handover|handed over|flow of|stockpile*|stocks|inventor*|warehouses|depots',
    ru: 'поставк*|постав*|переда*|отгрузк*|отправ*|запас*|склад*|арсенал*|поток*',
    uk: 'постачан*|постав*|переда*|відвантаж*|відправ*|запас*|склад*|арсенал*|поток*|поставк*',
  },
  {
    id: 'money', group: 'money', weight: 0.5,
    en: 'money|foot the bill|footing the bill|foots the bill|pay the bill|paying the bill|bill|billion*|million*|taxpayer*|dollar*|euro|euros|cash|funds|budget*|spending|spend|spent|pay|paying|paid|payments|cost|costs|bucks',
    ru: 'деньг*|денег|денежн*|миллиард*|млрд|миллион*|млн|налогоплательщ*|доллар*|евро|бюджет*|трат*|плат*|оплат*|стоим*|средств*|налог*|кошел*',
    uk: 'грош*|грошов*|мільярд*|млрд|мільйон*|млн|платник* податк*|долар*|євро|бюджет*|витрат*|плат*|оплат*|вартіст*|кошт*|податк*|гаманц*',
  },
  {
    id: 'sanctions', group: 'economy_war', weight: 0.9,
    en: 'sanction*|embargo*|price cap|restrictions|blacklist*|asset freeze|frozen assets|restrictive measures',
    ru: 'санкц*|эмбарго|потолок цен|ограничени*|замороженн* актив*|черн* списк*|рестрикц*',
    uk: 'санкц*|ембарго|стеля цін|обмежен*|заморожен* актив*|чорн* списк*|рестрикц*',
  },
  {
    id: 'economy', group: 'economy', weight: 0.5,
    en: 'economy|economic*|gdp|inflation|currency|hryvnia|rouble*|ruble*|exports|export|imports|prices|price|interest rate*|key rate|central bank|national bank|market*|growth|recession|investor*|investment*|stock exchange|industry|industrial|business*|jobs|unemployment|wages|salaries|pension*|tax|taxes|trade',
    ru: 'экономик*|экономич*|ввп|инфляц*|валют*|гривн*|рубл*|экспорт*|импорт*|цены|цен|ценам|ценами|ценах|ценов*|ставк*|центробанк*|нацбанк*|рынк*|рынок|рост*|рецесси*|инвест*|бирж*|промышлен*|бизнес*|безработиц*|зарплат*|пенси*|торгов*',
    uk: 'економік*|економіч*|ввп|інфляц*|валют*|гривн*|рубл*|експорт*|імпорт*|цін*|ціна|ставк*|нацбанк*|ринк*|ринок|зростан*|рецесі*|інвест*|біржі|біржа|промислов*|бізнес*|безробітт*|зарплат*|пенсі*|торгів*',
  },
  {
    id: 'energy', group: 'energy', weight: 0.6,
    en: 'energy|gas|oil|electricity|power grid|grid|power plant*|power station*|blackout*|outage*|heating|pipeline*|nord stream|lng|fuel|petrol|diesel|refiner*|coal|nuclear power plant|power outage*|power cuts|electric grid',
    ru: 'энерг*|газ|газа|газу|газом|газов*|газопровод*|нефт*|электр*|блэкаут*|отключени*|отоплени*|трубопровод*|северн* поток*|спг|топлив*|бензин*|дизел*|нпз|уголь|угля|свет|света|светом',
    uk: 'енерг*|газ|газу|газом|газов*|газопровод*|нафт*|електр*|блекаут*|відключен*|опален*|трубопровід*|трубопровод*|північн* потік*|скраплен* газ*|палив*|бензин*|дизел*|нпз|вугілл*|світла|світло|світлом',
  },
  {
    id: 'grain', group: 'grain', weight: 0.8,
    en: 'grain*|wheat|corn|maize|harvest*|crops|crop|farmers|farmer|agricultur*|food exports|grain deal|grain corridor|food crisis|famine|hunger|black sea grain|sunflower',
    ru: 'зерн*|пшениц*|кукуруз*|урож*|фермер*|аграр*|сельск* хозяйств*|продовольств*|голод*|зернов* сделк*|зернов* коридор*|подсолнеч*',
    uk: 'зерн*|пшениц*|кукурудз*|урож*|фермер*|аграр*|сільськ* господар*|продовольч*|голод*|зернов* угод*|зернов* коридор*|соняшник*',
  },
  {
    id: 'refugees', group: 'refugees', weight: 0.8,
    en: 'refugee*|asylum|migrant*|displaced|idps|fled abroad|exodus|newcomers|benefits|welfare|temporary protection|host countries',
    ru: 'беженц*|беженк*|беженств*|переселенц*|мигрант*|убежищ*|временн* защит*|пособи*|вынужденн* переселен*|впл',
    uk: 'біженц*|біженк*|переселенц*|мігрант*|притулок|притулку|тимчасов* захист*|допомог* біженц*|впо|внутрішньо переміщен*',
  },

  // ── talks ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'talks', group: 'diplomacy', weight: 0.85,
    en: 'talks|negotiat*|peace deal|peace plan|peace talks|peace process|peace agreement|peace settlement|peace summit|peace formula|ceasefire|cease fire|truce|armistice|diplomac*|diplomat*|sit down|mediat*|freeze the conflict|frozen conflict|istanbul|minsk|accords',
    ru: 'переговор*|перемири*|прекращени* огня|мирн* соглашени*|мирн* план*|мирн* договор*|мирн* процесс*|мирн* саммит*|посредни*|заморозк* конфликт*|дипломат*|урегулир*|стамбул*|минск*',
    uk: 'переговор*|перемир*|припинен* вогню|мирн* угод*|мирн* план*|мирн* договор*|мирн* процес*|мирн* саміт*|посередни*|заморожен* конфлікт*|дипломат*|врегулюв*|стамбул*|мінськ*',
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
    en: 'legitima*|illegitima*|legitimacy|mandate|mandates|usurp*|unelected|self appointed|self proclaimed|no right|no legal right|no authority|unconstitutional|impostor|pretender|former president|ex president|overstay*|term ended|term has ended|term ran out|term has run out|term is over|term of office|presidential term|his term|lost his mandate|sign anything|recognise him|recognize him|dictator*|dictatorship|usurper',
    ru: 'легитим*|нелегитим*|мандат*|узурп*|полномоч*|срок* полномоч*|истек*|истечени*|просроч*|самопровозглаш*|самозван*|не имеет права|не вправе|неконституц*|бывш* президент*|экс президент*|диктатор*|диктатур*',
    uk: 'легітим*|нелегітим*|мандат*|узурп*|повноваж*|термін* повноваж*|сплив*|спливл*|закінчен* повноваж*|прострочен*|самопроголош*|самозван*|не має права|не вправі|неконституц*|колишн* президент*|екс президент*|диктатор*|диктатур*',
  },
  {
    id: 'elections', group: 'legitimacy', weight: 0.85,
    en: 'election*|elect|elected|re elect*|reelect*|vote|votes|voting|voted|ballot*|polls|polling|electoral|voters|martial law|state of emergency|postponed elections|cancelled elections|canceled elections',
    ru: 'выборы|выборов|выборах|выборам|выборами|избира*|избран*|переизбр*|голосов*|бюллетен*|электорат*|избирател*|предвыборн*|военн* положени*|чрезвычайн* положени*',
    uk: 'вибори|виборів|виборах|виборам|виборами|виборч*|обран*|переобран*|голосув*|бюлетен*|електорат*|виборц*|передвиборч*|воєнн* стан*|надзвичайн* стан*',
  },
  {
    id: 'coup', group: 'legitimacy', weight: 0.85,
    en: 'coup|putsch|maidan|euromaidan|overthrow*|overthrew|regime change|junta',
    ru: 'переворот*|путч*|майдан*|евромайдан*|свергн*|свержени*|смен* режим*|хунт*',
    uk: 'переворот*|путч*|майдан*|євромайдан*|скинул*|повален*|змін* режим*|хунт*',
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
    en: 'corrupt*|graft|embezzl*|kickback*|brib*|launder*|money laundering|fraud*|scam*|scheme*|racket*|crook*|kleptocra*|nepotism|cronies|cronyism|schemes|shady|dirty money|offshore*|line their pockets|lining their pockets|lined their pockets|lines their pockets|enrich*|skim*|inflated prices|overpric*|procurement|kickbacks',
    ru: 'корруп*|коррумпир*|взятк*|взяточ*|откат*|распил*|отмыв*|мошенн*|схем*|клептократ*|кумовств*|офшор*|наживаю*|нажив*|обогащ*|завышен* цен*|закупк*|коррупц*|карман*',
    uk: 'корупц*|корумпов*|хабар*|відкат*|розпил*|відмив*|шахра*|схем*|клептократ*|кумівств*|офшор*|наживаю*|нажив*|збагач*|завищен* цін*|закупівл*|кишен*',
  },
  {
    id: 'theft', group: 'corruption', weight: 1,
    en: 'steal*|stole|stolen|theft*|thief|thieves|loot*|plunder*|pilfer*|siphon*|divert*|misappropriat*|unaccounted|lost track|cannot account|can\'t account|pocketed|pocketing|swindl*|robbed|robbing|robbery|embezzled',
    ru: 'краж*|крад*|украл*|украден*|украдут|украли|ворова*|ворует|воруют|вор|воры|воров|разворов*|расхищ*|хищени*|похищ*|присвоен*|присвоил*|растрат*|нецелев*|умыкну*|прикарман*|грабеж*|грабят|разграб*',
    uk: 'крадіж*|крад*|вкрал*|вкраден*|украл*|украден*|вкрадуть|розкрад*|злодi*|злоді*|привласн*|розтрат*|нецільов*|прикарман*|пограб*|грабу*|розграб*',
  },
  {
    id: 'resale', group: 'corruption', weight: 0.95,
    en: 'black market|dark web|darknet|resell*|resold|resale|sold on|sell on|selling on|sold off|selling off|sell off|smuggl*|traffick*|end up in the hands|ended up in the hands|ending up in|ended up in|ends up in|end up in|wound up in|turning up|turn up|turned up|cartels|arms dealers',
    ru: 'черн* рын*|черн* рынок|даркнет*|перепрода*|перепрод*|контрабанд*|торговл* оружи*|оказа* в руках|оказыва* в руках|всплы*|всплыва*|картел*',
    uk: 'чорн* рин*|чорн* ринок|даркнет*|перепрода*|контрабанд*|торгівл* зброєю|опинил* в руках|опиняє* в руках|спливл*|сплива*|картел*',
  },
  {
    id: 'luxury', group: 'corruption', weight: 0.9,
    en: 'villa*|mansion*|yacht*|luxury|luxurious|sports car*|supercar*|ferrari*|lamborghini*|bentley*|real estate|property abroad|estates|penthouse*|riviera|monaco|dubai|designer|lavish',
    ru: 'вилл*|особняк*|яхт*|роскош*|люксов*|спорткар*|суперкар*|феррари|ламборгини|бентли|недвижимост*|пентхаус*|ривьер*|монако|дубай|дубае|шикарн*',
    uk: 'вілл*|маєт*|яхт*|розкіш*|розкішн*|люксов*|спорткар*|суперкар*|феррарі|ламборгіні|бентлі|нерухом*|пентхаус*|рив\'єр*|монако|дубай|дубаї|шикарн*',
  },
  {
    id: 'officials', group: 'officials', weight: 0.55,
    en: 'official*|elite*|oligarch*|top brass|minister*|ministry|bureaucrat*|functionar*|politicians|deputies|mps|lawmakers|governors|governor|mayor*|clan*|the establishment|cronies|commanders|generals|military commissars|tcc officers|officers|insiders|those in power',
    ru: 'чиновник*|элит*|олигарх*|министр*|министерств*|бюрократ*|функционер*|политик*|депутат*|губернатор*|мэр*|клан*|командир*|генерал*|военком*|офицер*|силовик*|власть имущ*|верхушк*',
    uk: 'чиновник*|посадовц*|посадов*|еліт*|олігарх*|міністр*|міністерств*|бюрократ*|функціонер*|політик*|депутат*|губернатор*|голова ова|мер|мера|мером|клан*|командир*|генерал*|воєнком*|офіцер*|силовик*|можновлад*|верхівк*',
  },

  // ── atrocities and staging ────────────────────────────────────────────────────────────────
  {
    id: 'atrocity', group: 'atrocity', weight: 0.8,
    en: 'atrocit*|massacre*|war crime*|war criminal*|mass grave*|mass graves|bodies|corpses|corpse|executed|execution*|executing|tortur*|slaughter*|genocid*|killing of civilians|killed civilians|mass killing*|slain|exhum*|raped|rape|rapes|bloodbath|carnage|crimes against',
    ru: 'зверств*|резн*|бойн*|военн* преступлен*|военн* преступник*|массов* захоронен*|тела|тел|телами|трупы|трупов|труп|казнь|казни|казнен*|казнил*|пытк*|пыточн*|пытали|расстрел*|геноцид*|захоронен*|эксгумац*|изнасил*|преступлени* против|бесчинств*',
    uk: 'звірств*|різанин*|різня|бойн*|воєнн* злочин*|воєнн* злочинц*|масов* поховання|масов* похован*|тіла|тіл|тілами|трупи|трупів|труп|страта|страти|стратили|страчен*|катув*|тортур*|розстріл*|геноцид*|похован*|ексгумац*|зґвалтув*|згвалтув*|злочин* проти|безчинств*',
  },
  {
    id: 'atrocity_site', group: 'atrocity', weight: 0.8,
    en: 'bucha|irpin|izium|izyum|hostomel|borodyanka|kramatorsk station|drama theatre|maternity hospital|olenivka|olenovka|hroza|kremenchuk|vinnytsia|yakovlivka|mariupol theatre',
    ru: 'буч*|ирпен*|изюм*|гостомел*|бородянк*|драмтеатр*|драматическ* театр*|роддом*|родильн* дом*|еленовк*|оленовк*|кременчуг*',
    uk: 'буч*|ірпін*|ірпен*|ізюм*|гостомел*|бородянк*|драмтеатр*|драматичн* театр*|пологов* будин*|пологов*|оленівк*|кременчук*',
  },
  {
    id: 'civilians', group: 'atrocity', weight: 0.45,
    en: 'civilian*|residents|locals|peaceful residents|inhabitants|children|women|families|innocent',
    ru: 'мирн* жител*|мирн* населени*|мирн* граждан*|жител*|местн* жител*|гражданск*|дети|детей|детьми|детям|ребен*|женщин*|семьи|семей|семья|невинн*',
    uk: 'мирн* жител*|мирн* населен*|цивільн*|жител*|місцев* жител*|мешканц*|діт*|дитин*|жінок|жінки|родин*|сім\'*|невинн*',
  },
  {
    id: 'staged', group: 'staged', weight: 1,
    en: 'staged|staging|stage managed|stagecraft|provocat*|provok*|false flag|false flags|hoax*|crisis actor*|paid actors|hired actors|play acted|playacting|play acting|fabricat*|orchestrat*|scripted|props|mannequin*|dummies|planted|placed there|posing|posed|pretend*|faked|faking|sham|film set|photo op|photo ops|make believe|spectacle|masquerade|cover story|self inflicted|shelled themselves|shelling their own|own side',
    ru: 'постановк*|постановочн*|инсцен*|провокац*|провоцир*|ложн* флаг*|под ложным флагом|сфабрик*|фабрикац*|фабрику*|спектакл*|статист*|манекен*|подброс*|подбросил*|подброшен*|разыгра*|срежиссир*|позир*|притвор*|имитац*|имитир*|маскарад*|подлог*|сами себя обстрел*|обстреливают сами себя|по своим',
    uk: 'постановк*|постановочн*|інсцен*|провокац*|провокув*|хибн* прапор*|під хибним прапором|сфабрик*|фабрикац*|фабрику*|статист*|манекен*|підкину*|підкинут*|розіграл*|розіграш*|зрежисов*|позува*|прикида*|імітац*|імітув*|маскарад*|підробк*|самі себе обстріл*|обстрілюють самі себе|по своїх',
  },
  {
    id: 'fake', group: 'staged', weight: 0.8,
    en: 'fake|fakes|faked|fakery|hoax|fabricated|fabrication|fiction|fictional|lie|lies|lying|liar*|false|falsehood*|falsif*|forged|forgery|doctored|photoshopped|manipulated|deepfake*|disinformation|misinformation|propaganda|psyop*|ipso|not real|never happened|didn\'t happen|did not happen|hoaxes|invention|fairy tale*|myth*|nonsense|bogus',
    ru: 'фейк*|фальшив*|ложь|лжи|ложн*|лгут|лгал*|вран*|врут|выдумк*|вымысел|вымысл*|фальсиф*|подделк*|поддельн*|фотошоп*|смонтир*|монтаж*|дипфейк*|дезинформ*|пропаганд*|ипсо|ципсо|не было|сказк*|миф*|чушь|бред*',
    uk: 'фейк*|фальшив*|брехн*|брешуть|брехал*|вигадк*|вигад*|фальсиф*|підробк*|підроблен*|фотошоп*|змонтов*|монтаж*|діпфейк*|дипфейк*|дезінформ*|пропаганд*|іпсо|ціпсо|не було|казк*|міф*|маячн*|нісенітниц*',
  },
  {
    id: 'footage', group: 'media_evidence', weight: 0.4,
    en: 'video*|footage|photo*|pictures|images|image|camera*|cameras|filmed|filming|film|recording|recorded|clip|clips|shots|shot on|reel|reels|tiktok|telegram|broadcast|reporters|journalists|film crew|crew|bbc|cnn|western media|media|press|newspapers|outlets',
    ru: 'видео*|кадр*|фото*|снимк*|съемк*|съемоч*|сняли|снято|камер*|ролик*|запис*|тикток*|телеграм*|репортаж*|репортер*|журналист*|сми|медиа|западн* сми|пресс*|газет*|би би си|сиэнэн',
    uk: 'відео*|кадр*|фото*|знімк*|зйомк*|знімальн*|зняли|знято|камер*|ролик*|запис*|тікток*|телеграм*|репортаж*|репортер*|журналіст*|змі|медіа|західн* змі|прес*|газет*|бі бі сі',
  },
  {
    id: 'strikes', group: 'strikes', weight: 0.45,
    en: 'shelling|shelled|strike|strikes|struck|airstrike*|air strike*|missile attack*|drone attack*|attack|attacks|attacked|bombard*|bomb*|explosion*|blast*|hit|hits|raid|raids|barrage|salvo|intercept*|shot down|downed',
    ru: 'обстрел*|удар*|ракетн* удар*|атак*|бомб*|взрыв*|прилет*|налет*|сбит*|сбили|перехват*',
    uk: 'обстріл*|удар*|ракетн* удар*|атак*|бомб*|вибух*|приліт*|нальот*|збит*|збили|перехоп*',
  },
  {
    id: 'damage', group: 'strikes', weight: 0.35,
    en: 'damag*|destroy*|destruction|infrastructure|apartment block|apartment building|residential|hospital*|school*|injured|injuring|rubble|debris|blaze',
    ru: 'разруш*|поврежд*|уничтож*|инфраструктур*|многоэтаж*|жил* дом*|больниц*|школ*|пострада*|ранены|завал*|пожар*',
    uk: 'зруйн*|руйнув*|пошкодж*|знищ*|інфраструктур*|багатоповерх*|житлов*|лікарн*|школ*|постражда*|поранені|завал*|пожеж*',
  },
  {
    id: 'nuclear', group: 'nuclear', weight: 0.8,
    en: 'nuclear|npp|dirty bomb|radiation|radioactive|atomic|iaea|chernobyl|zaporizhzhia npp|reactor*|escalation|escalate',
    ru: 'ядерн*|аэс|грязн* бомб*|радиац*|радиоактив*|атомн*|магатэ|чернобыл*|реактор*|эскалац*',
    uk: 'ядерн*|аес|брудн* бомб*|радіац*|радіоактив*|атомн*|магате|чорнобил*|реактор*|ескалац*',
  },

  // ── classic disinformation themes ──────────────────────────────────────────────────────────
  {
    id: 'nazis', group: 'nazis', weight: 1,
    en: 'nazi*|neo nazi*|neonazi*|fascis*|ultranationalist*|ultra nationalist*|nationalists|azov|bandera*|banderite*|banderovite*|denazif*|swastika*|right sector|svoboda party|third reich|hitler*|ss division|galicia division|extremists|far right|white supremac*|ukronazi*|neo-nazis|torchlight',
    ru: 'нацис*|неонацис*|нацик*|фашис*|ультранационалист*|националист*|азов*|бандер*|бандеровц*|денацифик*|свастик*|правый сектор|правого сектора|третий рейх|гитлер*|укронацист*|укрофашист*|экстремист*|неонацизм*|нацизм*',
    uk: 'нацист*|неонацист*|нацизм*|фашист*|фашизм*|ультранаціоналіст*|націоналіст*|азов*|бандер*|бандерівц*|денацифікац*|свастик*|правий сектор|правого сектору|третій рейх|гітлер*|екстреміст*',
  },
  {
    id: 'biolabs', group: 'biolabs', weight: 1,
    en: 'biolab*|bio lab*|biological weapon*|bioweapon*|biological laborator*|laborator*|lab|labs|pathogen*|virus*|viruses|secret lab*|pentagon labs|germs|germ warfare|bird flu|epidemic|pandemic|infect*|mosquito*|bats|anthrax|plague|cholera',
    ru: 'биолаб*|биолаборатор*|лаборатор*|биологическ* оруж*|биооруж*|патоген*|вирус*|секретн* лаборатор*|эпидеми*|пандеми*|зараж*|комар*|летуч* мыш*|сибирск* язв*|чум*|холер*|птичи* грипп*',
    uk: 'біолаб*|біолаборатор*|лаборатор*|біологічн* зброї|біологічн* зброя|біозбро*|патоген*|вірус*|секретн* лаборатор*|епідемі*|пандемі*|зараж*|комар*|кажан*|сибірк*|чум*|холер*|пташин* грип*',
  },
  {
    id: 'russophobia', group: 'russophobia', weight: 0.9,
    en: 'russophob*|russian speaking|russian speakers|russian language|discriminat*|persecut*|oppress*|repression*|banned language|language law|cancel culture|ethnic cleansing|harass*|canonical church|church|orthodox|moscow patriarchate|priests|monks|lavra|schism*',
    ru: 'русофоб*|русскоязычн*|русск* язык*|дискриминац*|преследов*|притесн*|угнет*|репресси*|запрет* языка|языков* закон*|этническ* чистк*|церк*|православ*|московск* патриархат*|священник*|монах*|лавр*|раскол*|канонич*',
    uk: 'русофоб*|російськомовн*|російськ* мов*|дискримінац*|переслідув*|утиск*|пригніч*|репресі*|заборон* мови|мовн* закон*|етнічн* чистк*|церк*|православ*|московськ* патріархат*|священник*|ченц*|лавр*|розкол*|канонічн*',
  },
  {
    id: 'nato_threat', group: 'nato_threat', weight: 0.8,
    en: 'nato expansion|eastward|enlargement|encroach*|had no choice|no choice|existential|security guarantees|red lines|red line|pre emptive|preemptive|missiles on|doorstep|encirclement of russia|anti russia',
    ru: 'расширени* нато|на восток|продвижени* нато|гарантии безопасности|красн* лини*|не было выбора|превентивн*|у границ|антироссия|анти россия|экзистенциальн*',
    uk: 'розширен* нато|на схід|просуван* нато|гарантії безпеки|червон* лін*|не було вибору|превентивн*|біля кордон*|антиросія|екзистенційн*',
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
    id: 'reforms', group: 'reforms', weight: 0.7,
    en: 'reform*|anti corruption reform*|nabu|sapo|judicial|courts|rule of law|eu accession|accession|membership|candidate status|integration',
    ru: 'реформ*|набу|сап|судебн*|верховенств* прав*|вступлени* в ес|членств*|статус* кандидат*|интеграц*',
    uk: 'реформ*|набу|сап|судов*|верховенств* прав*|вступ* до єс|членств*|статус* кандидат*|інтеграц*',
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
    id: 'diplomacy_weak', group: 'diplomacy', weight: 0.5,
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
    id: 'atrocity_weak', group: 'atrocity', weight: 0.5,
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

  // ── topics that usually fit no narrative (they make an off-topic claim look off-topic) ──
  {
    id: 'sport', group: 'sport', weight: 0.6,
    en: 'football|soccer|match|league|championship|olympic*|tournament|cup|scored|coach|players|player|team|club|fifa|uefa|tennis|boxing|boxer|athlete*|medal*|stadium|striker|season|semi final|champion*',
    ru: 'футбол*|матч*|лига|лиги|лиге|лигу|чемпионат*|олимпи*|турнир*|кубок*|кубк*|гол|голы|тренер*|игрок*|команда|команды|команде|командой|команду|клуб*|фифа|уефа|теннис*|бокс*|спортсмен*|медал*|стадион*|сезон*|финал*|чемпион*|сборн*',
    uk: 'футбол*|матч*|ліга|ліги|лізі|лігу|чемпіонат*|олімпі*|турнір*|кубок*|кубк*|гол|голи|тренер*|гравц*|гравець|команда|команди|команді|командою|команду|клуб*|фіфа|уєфа|теніс*|бокс*|спортсмен*|медал*|стадіон*|сезон*|фінал*|чемпіон*|збірн*',
  },
  {
    id: 'weather', group: 'weather', weight: 0.6,
    en: 'weather|rain*|snow*|temperature*|forecast*|frost*|heatwave*|heat|sunny|cloudy|wind|winds|degrees|celsius|meteorolog*|thunderstorm*|fog|flood*|drought|climate',
    ru: 'погод*|дожд*|снег*|снеж*|температур*|прогноз*|мороз*|жара|жары|жарой|солнечн*|облачн*|ветер|ветр*|градус*|метеоролог*|синоптик*|гроза|грозы|грозой|туман*|наводнен*|паводк*|засух*|климат*',
    uk: 'погод*|дощ*|сніг*|сніж*|температур*|прогноз*|мороз*|спека|спеки|спекотн*|сонячн*|хмарн*|вітер|вітр*|градус*|метеоролог*|синоптик*|гроза|грози|грозою|туман*|повін*|паводк*|посух*|клімат*',
  },
  {
    id: 'culture', group: 'culture', weight: 0.6,
    en: 'festival*|concert*|museum*|exhibition*|film festival|eurovision|music|singer|artist*|theatre premiere|book|novel|cinema|movie|tourism|tourist*|restaurant*|recipe*|holiday|christmas|easter|wedding',
    ru: 'фестивал*|концерт*|музе*|выставк*|евровидени*|музык*|певиц*|певец|художник*|книг*|роман*|кино*|фильм*|туризм*|турист*|ресторан*|рецепт*|праздник*|рождеств*|пасх*|свадьб*',
    uk: 'фестивал*|концерт*|музе*|виставк*|євробачен*|музик*|співачк*|співак|художник*|книг*|роман*|кіно*|фільм*|туризм*|турист*|ресторан*|рецепт*|свято|свята|святкув*|різдв*|великдень|великодн*|весілл*',
  },
  {
    id: 'science_tech', group: 'tech', weight: 0.5,
    en: 'startup*|software|app|smartphone*|internet|it sector|technology|tech|artificial intelligence|ai|satellite internet|starlink|cyber*|hackers|hack*|research|scientists|university|students|vaccine*|covid*|health|medicine|doctors',
    ru: 'стартап*|приложени*|смартфон*|интернет*|технолог*|искусственн* интеллект*|старлинк*|кибер*|хакер*|исследован*|ученые|ученых|университет*|студент*|вакцин*|ковид*|здоровь*|медицин*|врач*',
    uk: 'стартап*|застосун*|смартфон*|інтернет*|технолог*|штучн* інтелект*|старлінк*|кібер*|хакер*|дослідж*|учен*|науковц*|університет*|студент*|вакцин*|ковід*|здоров\'*|медицин*|лікар*',
  },
  {
    id: 'prisoners', group: 'prisoners', weight: 0.6,
    en: 'prisoners|prisoner exchange|prisoner swap|pows|pow|captives|exchange|swap|returned home|repatriat*|deported children|abducted|deportation',
    ru: 'пленн*|обмен* пленн*|обмен*|вернулись домой|репатри*|депортац*|депортир*|похищен* дет*',
    uk: 'полонен*|обмін* полонен*|обмін*|повернулися додому|повернулись додому|репатрі*|депортац*|депортов*|викраден* діт*',
  },
];

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
  en: 'deni*|deny|denying|not true|untrue|debunk*|refut*|rebut*|no evidence|no proof|without evidence|without proof|baseless|groundless|unfounded|unsubstantiated|dismiss*|reject*|rejected the claim*|disprov*|fact check*|factcheck*|misleading|not the case|no truth|contrary to|contradict*|no basis|not supported by|there is no|there are no|never happened|did not happen|didn\'t happen|has not happened|conspiracy theor*|absurd|ridiculous|not confirmed|unconfirmed|could not be verified|cannot be verified|no sign|no signs|not backed|distort*|twist*|exposed|busted|set the record straight',
  ru: 'опроверг*|опровержени*|опровер*|не соответствует действительности|не соответствуют действительности|нет доказательств|нет никаких доказательств|без доказательств|не подтвержд*|не подтвердил*|голословн*|беспочвенн*|необоснованн*|отрица*|отверг*|разоблач*|абсурд*|не было никаких|ничего подобного|не соответствует правде|искаж*|перевира*|не подтвердился|не подтвердилась|не имеет под собой',
  uk: 'спростов*|спростува*|не відповідає дійсності|не відповідають дійсності|немає доказів|немає жодних доказів|без доказів|не підтвердж*|не підтвердил*|голослівн*|безпідставн*|необґрунтован*|заперечу*|заперечи*|запереч*|відкин*|викри*|абсурд*|не було жодних|нічого подібного|не відповідає правді|перекруч*|спотвор*|не підтвердився|не підтвердилася',
};

/** Words that name the fabrication itself: a denial cue in most narratives, the narrative's own voice in a "staged/fake" narrative. */
export const FABRICATION_CUES: CueDef = {
  en: 'fake|fakes|false|falsehood*|lie|lies|lying|liar*|hoax|hoaxes|fabricated|fabrication|disinformation|misinformation|myth|myths|nonsense|bogus|fiction|invented|made up|fairy tale*',
  ru: 'фейк*|ложь|лжи|ложн*|лгут|вран*|врут|неправд*|выдумк*|вымысел|вымысл*|дезинформ*|миф*|чушь|бред*|сказк*|выдуман*',
  uk: 'фейк*|брехн*|брешуть|неправд*|вигадк*|вигадан*|дезінформ*|міф*|маячн*|нісенітниц*|казк*',
};

/** Reported speech: the claim is attributed to someone, the author does not assert it. */
export const REPORT_CUES: CueDef = {
  en: 'claim|claims|claimed|claiming|alleg*|according to|reportedly|report|reports|reported|said|says|say|saying|stated|states|insist*|assert*|argu*|suggest*|told|tells|wrote|writes|quoted|quotes|citing|cites|purportedly|supposedly|apparently|announced|announces|declared|declares|maintain*|contend*|accus*|blamed|blames|in the words of|the kremlin line|talking points|narrative that|would have you believe|promot*|push* the narrative|spread*|circulat*|published|posted|tweeted|broadcast|aired|presenter|host|pundit*|propagandist*|bloggers|blogger|channels|telegram channels|outlets|state media|state tv',
  ru: 'по утверждению|по словам|по данным|по мнению|по версии|как утверждает|как утверждают|утвержда*|утверждал*|заявил*|заявля*|заявлени*|сообщ*|якобы|будто|будто бы|мол|дескать|считает|считают|пишет|пишут|написал*|переда*|ссылаясь|цитиру*|обвиня*|обвинил*|распространя*|продвигает нарратив*|продвигают нарратив*|опубликовал*|публику*|ведущ*|пропагандист*|блогер*|телеграм канал*|каналы|госсми|федеральн* канал*|настаива*|уверя*|уверял*',
  uk: 'за словами|за даними|за твердженням|на думку|за версією|як стверджує|як стверджують|стверджу*|заявив|заявила|заявили|заявля*|заяв*|повідомл*|повідомля*|нібито|начебто|мовляв|вважає|вважають|пише|пишуть|написав|написала|написали|переда*|посилаючись|цитує|цитують|звинувач*|поширю*|просуває наратив*|просувають наратив*|опублікува*|публікує|ведуч*|пропагандист*|блогер*|телеграм канал*|канали|кремлівськ* змі|наполяга*|запевня*',
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
  ru: 'удержива*|удерживают|удержал*|держ*|отбил*|отбива*|отраз*|отража*|стабильн*|стабилиз*|остает*|остаются|продолж*|тверд*|непоколеб*|подтверди*|обязал*|сколько потребуется|не будет|не допуст*|никогда|нет угрозы|под контролем|сорвал*|контратак*|контрнаступ*|вернул*|отбросил*|уничтож*|остановил*|провалил*|назвал*|называ*|высмеял*',
  uk: 'утриму*|утримал*|трима*|відбил*|відбива*|відбито|відби*|стабільн*|стабіліз*|залишає*|залишаються|продовж*|тверд*|непохитн*|підтверди*|зобов\'язал*|скільки знадобиться|не буде|не допуст*|ніколи|немає загрози|під контролем|зірвал*|контратак*|контрнаступ*|повернул*|відкинул*|знищ*|зупинил*|провалил*|назвав|назвала|назвали|назива*|висміяв*',
};

/** Plain negation words (used with a narrative's own concepts: "the front is not collapsing"). */
export const NEGATION_CUES: CueDef = {
  en: 'not|no|never|none|nothing|neither|nor|isn\'t|aren\'t|wasn\'t|weren\'t|won\'t|don\'t|doesn\'t|didn\'t|hasn\'t|haven\'t|cannot|can\'t|without|far from',
  ru: 'не|нет|никогда|ни|ничего|никакого|никакой|никаких|отнюдь|далеко не|вовсе не|без',
  uk: 'не|немає|нема|ніколи|ні|нічого|жодного|жодної|жодних|аж ніяк|далеко не|зовсім не|без',
};
