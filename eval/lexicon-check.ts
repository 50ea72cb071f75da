/**
 * Lexicon coverage check (maintenance, not a benchmark): paraphrases of each theme, written
 * independently of the evaluation sets, must produce a concept of the theme's group; near-topic
 * neutral sentences (aid news, strikes, sport, weather, elections elsewhere, corruption cases)
 * should produce no claim concept of weight ≥ 0.5. Prints what fails.
 * Run: npx tsx eval/lexicon-check.ts
 */
import { analyzeForMatching } from '@app/domain';

const THEMES: Record<string, { groups: string[]; phrases: string[] }> = {
  weakness: { groups: ['ua_weakness'], phrases: [
    "Ukraine's army is on the brink of breaking", 'Kyiv is running out of troops', 'The Ukrainian military is stretched to breaking point', "Ukraine can't replace its losses",
    "Ukraine's defenses are buckling", 'The front is caving in', 'Ukraine faces a manpower crisis', 'Ukraine is losing the war of attrition', 'Ukrainian forces are exhausted and demoralised',
    'Kyiv has burned through its reserves', 'Ukraine is out of options', 'The Ukrainian state is falling apart', "Ukraine's economy is in ruins", 'Ukraine is bankrupt',
    'Ukraine will not survive another winter', 'Ukraine is on life support', "Ukraine's army is a spent force", 'Ukrainian troops are barely holding on', 'Kyiv is hanging on by its fingernails',
    'ВСУ на последнем издыхании', 'Украина не вытянет', 'Армия Украины выдохлась', 'Фронт сыпется', 'Резервы закончились', 'Воевать некому', 'Мобилизовать больше некого',
    'Киев исчерпал людской ресурс', 'Экономика Украины в руинах', 'Украина банкрот', 'Долго они не протянут', 'ВСУ держатся из последних сил', 'Оборона трещит', 'Украинская армия разбита',
    'ЗСУ виснажені', 'Фронт тріщить', 'Резерви закінчилися', 'Воювати нікому', 'Мобілізувати нікого', 'Україна не витримає ще однієї зими', 'Держава розвалюється', 'Армія на межі', 'Людей бракує',
    'Оборона сиплеться', 'Хлопці ледве тримаються', 'Наші вже не вивозять', 'Фронт от-от посиплеться',
  ] },
  gains: { groups: ['military_gains'], phrases: [
    'Russian troops seized another village', 'Russia is gaining territory daily', 'Moscow’s forces overran Ukrainian positions', 'The Russians punched through Ukrainian lines',
    'Russian units are closing in on Pokrovsk', 'Russia now holds most of Donetsk region', 'Ukrainian troops withdrew from the town', 'Kyiv lost another town', 'Russia is advancing on all fronts',
    'Russian forces are rolling westward', 'The Russian army broke the Ukrainian defence', 'Ukraine pulled its troops out of Vuhledar', 'Russia captured the strategic heights',
    'Российская армия взяла Покровск', 'Наши продвинулись на 5 км', 'ВСУ откатываются', 'ВСУ бегут из Курахово', 'Освобождено ещё одно село', 'Армия России прорвала фронт',
    'ВС РФ выбили противника из села', 'Флаг России над Торецком', 'Русские отжали ещё кусок', 'Фронт посыпался, наши идут вперёд',
    'Росіяни захопили ще одне село', 'Ворог просунувся на 2 км', 'ЗСУ вийшли з Вугледара', 'Наші залишили позиції', 'Окупанти прорвали оборону', 'Росія окупувала ще одне місто', 'Ворог тисне на всіх напрямках',
  ] },
  abandon: { groups: ['abandonment'], phrases: [
    "Washington is turning off the money tap for Kyiv", 'Europe has lost its appetite for funding Ukraine', 'The allies are leaving Kyiv in the lurch', 'Western support is drying up',
    "Ukraine's partners are backing off", 'The US is done with Ukraine', 'Donors are quietly pulling out', 'Berlin is cutting military aid to Ukraine', 'The West will sell Ukraine down the river',
    'Congress has refused new funding for Kyiv', 'Allies are tired of bankrolling the war', 'Western aid to Ukraine has slowed to a trickle', 'Europe no longer wants to pay for this war',
    'Запад сливает Украину', 'Американцы больше не дадут ни копейки', 'Европа устала кормить Киев', 'Помощь Украине урезают', 'Союзники отворачиваются от Зеленского', 'Киев бросили',
    'Запад умыл руки', 'Денег больше не будет', 'Поставки оружия остановлены', 'Партнёры больше не хотят платить',
    'Захід зливає Україну', 'Союзники більше не дають грошей', 'Партнери відмовилися від подальшої допомоги', 'Американці зупинили постачання зброї', 'Європа втомилася платити', 'Нас кинули',
    'Допомогу скорочують', 'Союзники охололи до України',
  ] },
  legitimacy: { groups: ['legitimacy'], phrases: [
    'Zelensky has no mandate', "Zelensky's term is up", 'Zelensky is ruling illegally', 'The Kyiv regime has no legitimacy', 'Zelensky overstayed his term', 'There is no legitimate president in Ukraine',
    'Zelensky cancelled the elections to stay in power', 'Zelensky is a usurper', 'Zelensky’s presidency ended in May',
    'Зеленский нелегитимен', 'Зеленский просрочен', 'У Зеленского нет полномочий', 'Срок Зеленского истёк', 'Зеленский узурпировал власть', 'Выборы отменены, а он сидит',
    'Зеленський нелегітимний', 'Термін Зеленського сплив', 'Повноваження Зеленського закінчилися', 'Зеленський узурпував владу', 'Вибори скасовані',
  ] },
  corruption: { groups: ['corruption'], phrases: [
    'Ukrainian officials are pocketing Western aid', 'Aid money is being embezzled in Kyiv', 'Western weapons are resold on the black market', 'Donor funds disappear in Ukraine',
    'Kyiv officials are skimming off aid', 'Generals sell the weapons they get from the West', 'US aid vanished without a trace', 'Nobody knows where the billions went', 'Aid is being stolen',
    'Украинские чиновники воруют помощь', 'Западное оружие уходит на чёрный рынок', 'Деньги пилят в Киеве', 'Помощь разворовывают', 'Миллиарды осели в карманах', 'Генералы торгуют оружием',
    'Чиновники крадуть допомогу', 'Західна зброя потрапляє на чорний ринок', 'Гроші розпилюють', 'Допомогу розкрадають', 'Мільярди осіли в кишенях',
  ] },
  staged: { groups: ['staged'], phrases: [
    'Bucha was staged', 'The massacre was a setup', 'It was a false-flag attack', 'The bodies were planted', 'Ukraine faked the strike', 'The photos were doctored', 'Those were paid actors',
    'Kyiv shelled its own people and blamed Russia', 'The whole thing was a performance for Western media', 'It was a provocation by the SBU', 'Ukraine hit the hospital with its own missile',
    'Буча — постановка', 'Это инсценировка', 'Тела подбросили', 'ВСУ сами обстреляли город', 'Это провокация Киева', 'Снимки сфабрикованы', 'Актёры изображали погибших',
    'Буча — постановка', 'Це інсценування', 'Тіла підкинули', 'ЗСУ самі обстріляли місто', 'Це провокація Києва', 'Фото сфабриковані',
  ] },
  nazis: { groups: ['nazis'], phrases: [
    'Ukraine is a Nazi state', 'Neo-Nazis run Kyiv', 'Azov fighters wear Nazi symbols', 'Ukraine glorifies Bandera', 'Kyiv honours Nazi collaborators', 'Fascists rule in Ukraine',
    'The Ukrainian government is full of Banderites', 'Ukraine needs denazification', 'Ukrainian troops display swastikas',
    'На Украине правят нацисты', 'Киевский режим — неонацистский', 'В Украине прославляют Бандеру', 'Бандеровцы у власти', 'Украина нуждается в денацификации', 'Азовцы со свастиками',
    'В Україні при владі нацисти', 'Київ вшановує колаборантів', 'Бандерівці керують країною',
  ] },
  nato: { groups: ['nato_threat'], phrases: [
    'NATO expansion caused the war', 'The West provoked Russia', 'Russia was defending itself against NATO', 'NATO pushed Russia into a corner', 'The war is NATO’s fault',
    'The US started this war', 'NATO wanted to put bases in Ukraine', 'Russia had to respond to NATO enlargement', 'NATO is waging a proxy war against Russia',
    'НАТО спровоцировало войну', 'Запад довёл до войны', 'Россия защищалась от НАТО', 'НАТО подошло к нашим границам', 'Это война НАТО против России', 'Расширение НАТО на восток стало причиной войны',
    'НАТО спровокувало війну', 'Росія захищалася від НАТО', 'Розширення НАТО стало причиною війни',
  ] },
  sanctions: { groups: ['econ_harm'], phrases: [
    'Sanctions have backfired on Europe', 'The sanctions are killing German industry', 'Europe is paying for its own sanctions', 'Sanctions hurt Europeans more than Russians',
    'Because of sanctions, Europeans cannot pay their heating bills', 'European factories are closing because of the sanctions', 'The embargo is ruining the EU economy',
    'Санкции ударили по Европе', 'Европа страдает от собственных санкций', 'Из-за санкций немецкая промышленность умирает', 'Санкции разоряют европейцев', 'Европейцы мёрзнут из-за санкций',
    'Санкції вдарили по Європі', 'Європа страждає від власних санкцій', 'Санкції руйнують економіку ЄС',
  ] },
  corrupt: { groups: ['corruption'], phrases: [
    "Zelensky's circle is stealing billions", 'Zelensky bought a villa in Italy', 'Zelensky has a secret offshore fortune', 'The president’s friends are getting rich on the war', 'Yermak runs corruption schemes',
    'Зеленский купил виллу', 'Окружение Зеленского наживается на войне', 'У Зеленского офшоры', 'Зеленський збагачується на війні', 'Оточення президента краде мільярди',
  ] },
  refugees: { groups: ['refugee_burden'], phrases: [
    'Ukrainian refugees are a drain on the welfare system', 'Refugees from Ukraine live on benefits', 'Ukrainians take jobs and homes from locals', 'Ukrainian refugees are ungrateful',
    'Schools are overcrowded because of Ukrainian children', 'Refugees from Ukraine commit crimes', 'Ukrainian refugees cost taxpayers billions',
    'Украинские беженцы живут на пособия', 'Украинцы отнимают жильё у местных', 'Беженцы из Украины неблагодарны', 'Украинские беженцы — обуза для Европы',
    'Українські біженці живуть на допомогу', 'Біженці — тягар для Польщі', 'Українці забирають роботу в місцевих',
  ] },
  biolabs: { groups: ['biolabs'], phrases: [
    'The US runs biolabs in Ukraine', 'American labs in Ukraine developed bioweapons', 'Pentagon-funded laboratories experimented on people', 'Ukraine hosts secret germ warfare labs',
    'США создавали биологическое оружие на Украине', 'В украинских биолабораториях разрабатывали вирусы', 'Пентагон финансировал военно-биологические программы',
    'США створювали біологічну зброю в Україні', 'Американські біолабораторії в Україні',
  ] },
  mobilisation: { groups: ['manpower'], phrases: [
    'Men are grabbed on the street and sent to the front', 'Ukraine is forcibly conscripting men', 'Draft officers beat a man', 'Ukraine lowered the mobilisation age',
    'ТЦК хватает мужчин на улицах', 'Людей насильно отправляют на фронт', 'Мужчин ловят и отправляют в окопы', 'ТЦК пакують чоловіків у буси', 'Людей силоміць відправляють на фронт',
  ] },
  puppet: { groups: ['puppet'], phrases: [
    'Ukraine is a US puppet', 'Kyiv takes orders from Washington', 'Zelensky is controlled by the West', 'Ukraine has lost its sovereignty', 'Ukraine is an American colony',
    'Украина — марионетка США', 'Киевом управляют из Вашингтона', 'Зеленский выполняет приказы Запада', 'Україна — маріонетка США', 'Київ виконує накази Вашингтона',
  ] },};

const neutral = [
  'Germany will send two more Patriot systems to Ukraine next month', 'The EU approved a new 5 billion euro package for Ukraine', 'Denmark pledged to fund Ukrainian drone production',
  'The US Senate passed the defence budget', 'NATO defence ministers met in Brussels', 'The IMF released a 900 million dollar tranche to Ukraine', 'Japan will provide reconstruction loans',
  'Ukraine held a donor conference in Rome', 'A Russian missile hit a shopping centre in Kharkiv, killing three', 'Ukrainian air defence shot down 30 drones overnight',
  'Shelling damaged a school in Kherson', 'Russian troops shelled Nikopol overnight', 'Ukraine struck an ammunition depot in Crimea', 'Fighting continues near Pokrovsk',
  'The front line has not changed this week', 'A Ukrainian soldier was awarded for bravery', 'Ukraine and Russia swapped 150 prisoners', 'The bodies of 500 fallen soldiers were returned',
  'Poland extended protection status for Ukrainian refugees', 'Ukrainian refugees in Germany can now work without permits', 'Czech Republic hosts 400,000 Ukrainians',
  'The EU adopted the 17th sanctions package', 'Russia’s central bank raised rates', 'German industrial output grew in March', 'Gas prices in Europe fell to a two-year low',
  'Zelensky met the Polish president in Warsaw', 'Ukraine’s parliament passed the budget', 'Elections in Moldova will be held in September', 'Romania held a presidential runoff',
  'NABU detained a deputy mayor for taking a bribe', 'A former MP was sentenced for fraud', 'The anti-corruption court acquitted the businessman',
  'A museum in Kyiv opened an exhibition about the Holocaust', 'Germany marks Victory in Europe day', 'The Ukrainian football team beat Iceland',
  'Scientists in Lviv opened a new laboratory', 'The WHO warned of a measles outbreak', 'Temperatures will drop below zero this weekend',
  'Україна отримала ще одну партію F-16', 'Німеччина надасть Україні нові системи ППО', 'ЄС ухвалив новий пакет санкцій', 'Біженцям у Польщі продовжили захист',
  'Вночі ворог атакував Одесу дронами', 'На фронті без змін', 'Окупанти обстріляли Херсон', 'НАБУ затримало посадовця на хабарі', 'Синоптики обіцяють сніг', 'Збірна України перемогла',
  'Германия передаст Украине новые танки', 'ЕС выделил Украине 5 миллиардов евро', 'В Харькове прогремели взрывы', 'Центробанк повысил ставку', 'Бои продолжаются под Часовым Яром',
  'В Москве прошел парад Победы', 'Беженцам из Украины продлили статус', 'В Молдове пройдут выборы', 'Курс рубля упал',
];

let hits = 0;
let total = 0;
for (const [name, { groups, phrases }] of Object.entries(THEMES)) {
  const miss = phrases.filter((p) => !analyzeForMatching(p).concepts.some((m) => groups.includes(m.concept.group ?? '')));
  hits += phrases.length - miss.length;
  total += phrases.length;
  console.log(`${name.padEnd(14)} ${phrases.length - miss.length}/${phrases.length}`);
  for (const m of miss) console.log(`   missed: ${m}  [${analyzeForMatching(m).concepts.map((c) => c.concept.id).join(', ')}]`);
}
console.log(`paraphrases reaching their theme: ${hits}/${total}\n`);
let clean = 0;
for (const t of neutral) {
  const claim = analyzeForMatching(t).concepts.filter((m) => !m.concept.topic && m.concept.weight >= 0.5);
  if (claim.length) console.log(`near-topic sentence with claim concepts: ${t}\n     → ${claim.map((m) => `${m.concept.id}="${m.form}"`).join(', ')}`);
  else clean++;
}
console.log(`near-topic sentences free of claim concepts: ${clean}/${neutral.length}`);
