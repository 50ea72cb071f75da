/**
 * Words written with a full stop that does not end the sentence, lower-cased and with the dot.
 * A dotted run of single letters ("u.s.", "т.е.", "в.о.") is recognised without being listed.
 */
export const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // English titles, units, months and Latin abbreviations
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sen.', 'rep.', 'gen.', 'col.', 'lt.', 'maj.', 'sgt.',
  'capt.', 'cmdr.', 'adm.', 'gov.', 'pres.', 'amb.', 'rev.', 'st.', 'jr.', 'sr.', 'mt.', 'ft.',
  'etc.', 'vs.', 'approx.', 'fig.', 'vol.', 'ed.', 'al.', 'cf.', 'ca.', 'dept.', 'est.',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'mon.', 'tue.', 'tues.', 'wed.', 'thu.', 'thur.', 'thurs.', 'fri.', 'sat.', 'sun.',
  // Russian
  'г.', 'гг.', 'им.', 'ст.', 'ул.', 'д.', 'кв.', 'обл.', 'р-н.', 'пос.', 'с.', 'пр.', 'просп.',
  'наб.', 'пер.', 'пл.', 'ген.', 'полк.', 'подп.', 'лейт.', 'кап.', 'проф.', 'акад.', 'доц.',
  'тыс.', 'млн.', 'млрд.', 'трлн.', 'руб.', 'коп.', 'долл.', 'грн.', 'см.', 'рис.', 'табл.',
  'стр.', 'гл.', 'т.', 'ч.', 'п.', 'пп.', 'англ.', 'рус.', 'укр.', 'нем.', 'франц.', 'лат.',
  'букв.', 'др.', 'напр.', 'вкл.', 'прим.', 'ред.', 'зам.', 'нач.', 'пред.', 'тел.', 'св.', 'дж.', 'мин.',
  'сек.', 'км.', 'кг.',
  // Ukrainian
  'вул.', 'ім.', 'тис.', 'м.', 'смт.', 'р.', 'рр.', 'пров.', 'буд.', 'див.', 'зокр.', 'заст.',
  'мін.', 'депут.', 'ген.', 'о.',
]);

/**
 * Dotted runs of single letters that end a sentence even before a capital letter. Empty on
 * purpose: "и т.д." and "etc." are kept inside the sentence (a capital after them is more often
 * a name than a new sentence), like every other dotted abbreviation.
 */
export const TERMINAL_DOTTED: ReadonlySet<string> = new Set<string>();
