import type { EvalClaim, EvalSet } from './types.js';

/**
 * Wire-service set: the six starting themes as a second analyst would name and describe them,
 * with claims written like agency copy: long sentences, hedged attribution ("officials familiar
 * with…", "a claim that could not be verified"), translated agency items in Russian and Ukrainian.
 * Six narratives, three confirmed examples each, 80 unseen claims (30 in RU/UK, 27 fitting none:
 * aid announcements, strikes, weather, sport, markets, corruption cases that are not about aid).
 * Written before the lexicon was broadened; the first figures for it are the baseline.
 */

const S = 'SUPPORTS' as const;
const R = 'REFUTES' as const;
const N = 'NEUTRAL' as const;

function c(narrative: string | null, language: EvalClaim['language'], stance: EvalClaim['stance'], text: string): EvalClaim {
  return { narrative, language, stance, text };
}

export const WIRE_SET: EvalSet = {
  name: 'wire',
  narratives: [
    {
      slug: 'w-collapse',
      name: 'Ukraine can no longer sustain the war',
      description: 'Kyiv is short of soldiers, shells and money, and its army and economy are nearing a breaking point.',
    },
    {
      slug: 'w-advances',
      name: 'The Russian army is unstoppable on the battlefield',
      description: "Moscow's forces are steadily pushing Ukrainian troops out of Donbas and taking one settlement after another.",
    },
    {
      slug: 'w-abandon',
      name: "Ukraine's allies have had enough",
      description: 'Washington and the EU are losing patience with Kyiv and winding down the military and financial assistance they promised.',
    },
    {
      slug: 'w-illegitimate',
      name: 'Zelensky is an expired president',
      description: 'Because the 2024 presidential vote never took place, Zelensky and his officials have no legal authority to govern or sign agreements.',
    },
    {
      slug: 'w-stolen',
      name: 'Foreign assistance vanishes in Ukrainian corruption',
      description: 'Weapons and billions of dollars given to Ukraine are siphoned off by officials or end up on the black market.',
    },
    {
      slug: 'w-staged',
      name: 'Ukraine fakes war crimes to frame Russia',
      description: 'Kyiv stages attacks on civilians and doctors the evidence of massacres to blame Russian troops and win foreign sympathy.',
    },
  ],
  examples: [
    { narrative: 'w-collapse', positive: true, language: 'en', text: 'Ukrainian units on the eastern front are increasingly undermanned, with some battalions reportedly at a third of their authorised strength, and commanders have warned that the line may not hold through the winter.' },
    { narrative: 'w-collapse', positive: true, language: 'ru', text: 'Ряд украинских подразделений испытывает острую нехватку личного состава, а военные эксперты допускают, что оборона может не выдержать до весны.' },
    { narrative: 'w-collapse', positive: true, language: 'en', text: "Kyiv's budget gap is widening and the government has warned it may be unable to pay soldiers' salaries without fresh external financing." },

    { narrative: 'w-advances', positive: true, language: 'en', text: 'Russian forces have pushed further west of Pokrovsk over the past week, taking at least two more villages, according to open-source maps of the front line.' },
    { narrative: 'w-advances', positive: true, language: 'uk', text: 'За даними аналітиків DeepState, російські війська за місяць окупували понад 400 квадратних кілометрів української території.' },
    { narrative: 'w-advances', positive: true, language: 'en', text: "Moscow's troops are gaining ground on several sectors at once, stretching Ukraine's thinly manned defences, military analysts say." },

    { narrative: 'w-abandon', positive: true, language: 'en', text: 'Several European governments have signalled that they will not be able to match previous levels of military assistance to Ukraine next year, citing domestic budget pressures.' },
    { narrative: 'w-abandon', positive: true, language: 'ru', text: 'В Вашингтоне все громче звучат голоса тех, кто считает, что Америке пора прекратить финансировать Украину.' },
    { narrative: 'w-abandon', positive: true, language: 'en', text: 'The U.S. administration has paused some shipments of air defence interceptors and artillery rounds to Kyiv, officials familiar with the decision said.' },

    { narrative: 'w-illegitimate', positive: true, language: 'en', text: "Russian officials have repeatedly argued that Zelensky's term expired in May 2024 and that any document he signs would therefore lack legal force." },
    { narrative: 'w-illegitimate', positive: true, language: 'uk', text: 'Російська сторона наполягає, що після травня 2024 року Зеленський не є легітимним президентом України.' },
    { narrative: 'w-illegitimate', positive: true, language: 'en', text: "With no presidential election held since 2019, the legal basis of the current government in Kyiv is, in Moscow's view, exhausted." },

    { narrative: 'w-stolen', positive: true, language: 'en', text: 'A significant share of Western military aid delivered to Ukraine has allegedly been resold through intermediaries, according to claims circulated by Russian officials.' },
    { narrative: 'w-stolen', positive: true, language: 'ru', text: 'Значительная часть западной финансовой помощи Украине, по утверждению российских источников, оседает на счетах чиновников.' },
    { narrative: 'w-stolen', positive: true, language: 'en', text: 'Investigators are examining how millions of dollars earmarked for army food supplies were spent, amid allegations of inflated contracts at the defence ministry.' },

    { narrative: 'w-staged', positive: true, language: 'en', text: "Russia's defence ministry said the images from Bucha were a staged provocation prepared by Kyiv for Western media." },
    { narrative: 'w-staged', positive: true, language: 'uk', text: 'Російська пропаганда поширює версію, що удар по лікарні в Києві влаштували самі українські військові.' },
    { narrative: 'w-staged', positive: true, language: 'en', text: 'The Kremlin has claimed that Ukrainian forces shell their own cities and blame Russia to secure more weapons from the West.' },
  ],
  claims: [
    // w-collapse
    c('w-collapse', 'en', S, "Ukraine's armed forces are suffering from a chronic shortage of infantry that, in the assessment of several Western military analysts, could lead to a breakdown of the front within months."),
    c('w-collapse', 'en', N, "Russia's Security Council secretary said on Tuesday that Ukraine's army was \"on the verge of disintegration\" and that Kyiv would soon be forced to sue for peace."),
    c('w-collapse', 'en', S, 'Exhausted and outnumbered, Ukrainian brigades near Kurakhove have been unable to rotate troops for months, and the defensive line there is fraying.'),
    c('w-collapse', 'en', R, "Ukraine's top commander rejected suggestions that the army was close to breaking, saying reserves had been built up and the front had stabilised."),
    c('w-collapse', 'en', S, "The country's finances are in dire shape: without a new IMF tranche the treasury could run dry by the spring, economists warned."),
    c('w-collapse', 'ru', S, 'Украинская армия выдыхается: пополнения почти нет, а на передовой воюют в основном мобилизованные старшего возраста.'),
    c('w-collapse', 'ru', N, 'Как заявил министр обороны России, потери ВСУ настолько велики, что Киев уже не способен восполнить их.'),
    c('w-collapse', 'uk', R, 'У Генштабі ЗСУ назвали маніпуляцією заяви про те, що український фронт нібито ось-ось розсиплеться.'),
    c('w-collapse', 'uk', S, 'Україна вже не має сил воювати: людей немає, грошей немає, а фронт тримається на чесному слові.'),
    // w-advances
    c('w-advances', 'en', S, 'Russian troops have made their biggest territorial gains since 2022 this autumn, overrunning a string of villages south of Pokrovsk and approaching the administrative border of the Dnipropetrovsk region.'),
    c('w-advances', 'en', N, "The Russian defence ministry said on Sunday that its forces had \"liberated\" the settlement of Novohrodivka, a claim that could not be independently verified."),
    c('w-advances', 'en', R, "Ukraine's military said it had repelled more than 40 Russian assaults near Toretsk over the past day and that its positions there remained intact."),
    c('w-advances', 'en', S, 'Ukrainian forces have been steadily pushed back along the Oskil river, and Moscow now appears to control most of the approaches to Kupiansk.'),
    c('w-advances', 'en', S, "Analysts at a Washington think-tank said Russia's advance in Donetsk had accelerated, with its troops covering several kilometres a week."),
    c('w-advances', 'ru', S, 'Российские войска продолжают теснить ВСУ на Покровском направлении и заняли еще несколько населенных пунктов.'),
    c('w-advances', 'ru', N, 'Министерство обороны РФ сообщило о переходе под контроль российских сил села Ивановка в Харьковской области.'),
    c('w-advances', 'uk', S, "Ворог просувається на Куп'янському напрямку, українські підрозділи були змушені відійти на нові рубежі."),
    c('w-advances', 'uk', R, 'Сили оборони відбили всі атаки окупантів під Часовим Яром і утримують свої позиції, повідомили в угрупованні військ.'),
    // w-abandon
    c('w-abandon', 'en', S, 'Western capitals, facing rising energy bills and sceptical voters, are quietly scaling down their commitments to Kyiv, according to diplomats who spoke on condition of anonymity.'),
    c('w-abandon', 'en', S, "The latest U.S. budget proposal contains no new money for Ukraine, a sign that Washington's appetite for funding the war is waning."),
    c('w-abandon', 'en', N, 'Kremlin spokesman Dmitry Peskov said Europe was "tired of Ukraine" and that its leaders were looking for a way to stop paying for the conflict.'),
    c('w-abandon', 'en', R, 'The European Union reaffirmed its support for Ukraine on Thursday, approving a new multi-billion-euro financing package and rejecting suggestions that allies were losing interest.'),
    c('w-abandon', 'en', S, 'Germany will halve its military assistance to Ukraine next year as Berlin struggles to balance its budget, government documents show.'),
    c('w-abandon', 'ru', S, 'Союзники Киева больше не горят желанием оплачивать эту войну.'),
    c('w-abandon', 'ru', N, 'Российские политологи утверждают, что после выборов Вашингтон окончательно откажется от поддержки Украины.'),
    c('w-abandon', 'uk', S, 'Партнери дедалі неохоче дають гроші на війну, і Україні доведеться покладатися на власні сили.'),
    c('w-abandon', 'uk', R, 'У Пентагоні запевнили, що постачання зброї Україні триватиме і жодних пауз не планується.'),
    // w-illegitimate
    c('w-illegitimate', 'en', S, "Zelensky's five-year mandate lapsed last spring, and in the absence of a vote he governs Ukraine on the strength of martial law alone."),
    c('w-illegitimate', 'en', N, 'Russian Foreign Minister Sergei Lavrov told reporters that Moscow did not regard Zelensky as a legitimate counterpart because his term had run out.'),
    c('w-illegitimate', 'en', R, "Ukraine's Constitutional Court has made clear that the president remains in office until a newly elected successor is sworn in, and Western governments continue to recognise him."),
    c('w-illegitimate', 'en', S, "Any peace accord bearing Zelensky's signature could later be challenged as void, since his presidential powers formally ended in 2024."),
    c('w-illegitimate', 'en', N, 'Putin repeated his assertion that the only legitimate authority in Ukraine is the parliament, not the president.'),
    c('w-illegitimate', 'ru', S, 'Зеленский давно не президент, а просто человек, который засиделся в кресле без выборов.'),
    c('w-illegitimate', 'ru', N, 'В Кремле вновь заявили, что легитимность Зеленского истекла, и подписывать с ним какие-либо документы бессмысленно.'),
    c('w-illegitimate', 'uk', S, 'Вибори скасували, термін повноважень давно минув — тож про яку легітимність влади може йтися?'),
    c('w-illegitimate', 'uk', R, 'Юристи нагадали, що Конституція дозволяє президенту виконувати повноваження до обрання наступника, тож розмови про «нелегітимність» безпідставні.'),
    // w-stolen
    c('w-stolen', 'en', S, 'A substantial portion of the weapons shipped to Ukraine has never reached front-line units and is believed to have been sold to criminal networks abroad.'),
    c('w-stolen', 'en', N, 'Russian intelligence alleged that American-made anti-tank missiles delivered to Kyiv had surfaced in the hands of militants in the Sahel.'),
    c('w-stolen', 'en', R, "The Pentagon's inspector general found no evidence that significant quantities of U.S.-provided weapons had been diverted from Ukraine, according to a report released Thursday."),
    c('w-stolen', 'en', S, 'Ukrainian officials have siphoned off a large part of the reconstruction money sent by European donors, funnelling it into offshore companies.'),
    c('w-stolen', 'en', S, 'Billions of dollars in Western assistance remain unaccounted for, and senior figures in Kyiv are widely suspected of helping themselves.'),
    c('w-stolen', 'ru', S, 'Западные деньги на восстановление Украины растаскивают чиновники, а до людей доходят крохи.'),
    c('w-stolen', 'ru', N, 'Российский МИД утверждает, что оружие, переданное Киеву, перепродается на черном рынке Ближнего Востока.'),
    c('w-stolen', 'uk', S, 'Гроші від партнерів розкрадають ще до того, як вони доходять до армії.'),
    c('w-stolen', 'uk', R, 'Журналісти-розслідувачі не знайшли підтверджень, що західну зброю з України продають за кордон.'),
    // w-staged
    c('w-staged', 'en', S, 'Footage purporting to show the aftermath of the strike on the market was produced in advance and circulated to shift the blame onto Moscow.'),
    c('w-staged', 'en', N, "Moscow's envoy to the United Nations told the Security Council that the deaths in Bucha had been staged after Russian troops withdrew from the town."),
    c('w-staged', 'en', R, 'A team of international forensic experts concluded that the victims in Bucha were killed while the town was under Russian occupation, dismissing claims that the scene had been staged.'),
    c('w-staged', 'en', S, "The attack on the children's hospital was a Ukrainian air defence missile, and Kyiv dressed it up as a Russian strike to manipulate Western opinion."),
    c('w-staged', 'en', S, 'Ukrainian forces deliberately shelled their own residential areas so that Western reporters could film the damage and blame Moscow.'),
    c('w-staged', 'ru', S, 'Трагедию в Краматорске устроили сами украинские военные, чтобы обвинить во всем Россию.'),
    c('w-staged', 'uk', N, 'Російські державні ЗМІ поширюють версію, нібито загибель мирних жителів у Бучі була інсценуванням.'),
    c('w-staged', 'uk', R, 'Експерти ООН підтвердили, що вбивства цивільних в Ізюмі скоїли російські військові, а версія про «постановку» не витримує критики.'),
    // fits none: same vocabulary, another point
    c(null, 'en', null, "Ukraine's parliament approved a bill raising taxes on banks to help finance defence spending, the finance ministry said."),
    c(null, 'en', null, 'Denmark will deliver a new batch of F-16 fighter jets to Ukraine before the end of the year, its defence minister told reporters.'),
    c(null, 'en', null, 'Temperatures in Kharkiv are expected to fall to minus 12 degrees Celsius this weekend, forecasters said, raising concerns over heating in damaged buildings.'),
    c(null, 'en', null, 'A Russian drone attack on the port of Izmail damaged grain storage facilities overnight, regional authorities said, with no casualties reported.'),
    c(null, 'en', null, 'Shakhtar Donetsk, playing its home matches in Germany, drew 1-1 with a Bundesliga side in the Champions League on Wednesday.'),
    c(null, 'en', null, "Ukraine's central bank left its key interest rate unchanged at 13 percent, citing easing inflation and steady foreign currency reserves."),
    c(null, 'en', null, 'Ukrainian and Russian officials exchanged the bodies of fallen soldiers under a deal mediated by the Red Cross.'),
    c(null, 'en', null, 'The European Commission said on Tuesday it had disbursed the latest 4.2 billion euro tranche under the Ukraine Facility after Kyiv met reform benchmarks.'),
    c(null, 'en', null, "Poland's presidential election will go to a second round after no candidate secured a majority, the electoral commission said."),
    c(null, 'en', null, "Ukraine's anti-corruption bureau charged a former regional customs chief with accepting a bribe, the agency said in a statement."),
    c(null, 'en', null, 'Russian authorities said a Ukrainian drone strike set fire to an oil depot in the Bryansk region; the claim could not be independently verified.'),
    c(null, 'en', null, 'Ukrainian forces struck a Russian air base in Crimea with long-range drones, the military intelligence agency said, destroying two aircraft.'),
    c(null, 'en', null, 'The International Criminal Court issued an arrest warrant for a Russian commander over strikes on Ukrainian power plants.'),
    c(null, 'en', null, "Germany's economy shrank for a second year in a row, hit by weak exports and high energy costs, the statistics office said."),
    c(null, 'en', null, 'The Kremlin said Putin and the Chinese president discussed energy cooperation and the situation in Ukraine in a phone call.'),
    c(null, 'en', null, 'Ukraine has begun producing its own long-range missiles and plans to increase output next year, the strategic industries minister said.'),
    c(null, 'en', null, 'Rescue workers in Dnipro pulled survivors from the rubble of an apartment block hit by a Russian missile; at least eleven people were killed.'),
    c(null, 'en', null, "Ukraine's grain harvest is expected to reach 56 million tonnes this year despite the loss of farmland in the south, the agriculture ministry said."),
    c(null, 'en', null, 'Ukrainian men of military age living abroad can now renew their passports at consulates after registering with the draft system, the foreign ministry said.'),
    c(null, 'en', null, 'The U.S. Senate confirmed a new ambassador to Ukraine by a wide margin on Wednesday.'),
    c(null, 'ru', null, 'В Москве в выходные ожидается до 20 сантиметров снега, предупредили синоптики.'),
    c(null, 'ru', null, 'Российская армия нанесла массированный удар по энергетической инфраструктуре Украины, сообщили в Киеве.'),
    c(null, 'ru', null, 'Центробанк России повысил ключевую ставку до 21% из-за ускорения инфляции.'),
    c(null, 'ru', null, 'Сборная России по хоккею провела товарищеский матч с командой Беларуси.'),
    c(null, 'uk', null, 'Німеччина передала Україні ще одну систему ППО IRIS-T, повідомив міністр оборони.'),
    c(null, 'uk', null, 'Уряд виділив додаткові кошти на відновлення зруйнованих шкіл на Харківщині.'),
    c(null, 'uk', null, 'НАБУ повідомило про підозру заступнику міністра у справі про земельні ділянки.'),
  ],
};
