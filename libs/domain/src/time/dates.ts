/**
 * Strict date parsing, for import files and the API's DateTime scalar. `Date.parse` and
 * `new Date(text)` are deliberately not used: they accept almost anything ("1", "March"), read
 * offset-less date-times as local time and roll impossible days over (February 30 → March 2).
 */

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * The day name may be glued to its comma ("Wed,26 Nov"); the zone is a name, a numeric offset, or
 * GMT/UTC with an offset ("GMT+3", "UTC+03:00", "GMT+0300"); an RFC 2822 comment may follow a zone ("+0300 (MSK)").
 */
const RFC822_RE =
  /^(?:[A-Za-z]{3,9}(?:,\s*|\s+))?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*((?:GMT|UTC?)[+-](?:\d{1,2}(?::\d{2})?|\d{4})|[A-Za-z]{1,5}|[+-]\d{2}:?\d{2})(?:\s*\([^()]*\))?)?$/i;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** Named zones seen in real feeds, in minutes east of UTC. */
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  WET: 0, WEST: 60, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, MSD: 240,
};

/**
 * Milliseconds since the epoch of a UTC date-time. `Date.UTC` reads years 0–99 as 1900–1999, so
 * the year is set on its own: year 1 stays year 1 (and validation then rejects it).
 */
function utcMillis(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millis = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  return date.getTime();
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcMillis(year, month + 1, 0)).getUTCDate();
}

/** A place's time zone (an IANA name such as Europe/Kyiv): its offset from UTC changes with summer time. */
export interface TimeZone {
  /** The name as given. */
  readonly name: string;
  /** Minutes east of UTC in this zone at an instant. */
  offsetAt(utcMillis: number): number;
}

/** What a date that names no zone is read in: a fixed offset in minutes east of UTC, or a time zone. */
export type AssumedZone = number | TimeZone;

/**
 * The time zone of an IANA name (`Europe/Kyiv`, `Europe/Moscow`, `America/New_York`; any case),
 * from the runtime's time-zone data; null when the name is not one.
 */
export function parseTimeZone(name: string): TimeZone | null {
  const given = name.trim();
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(given)) return null;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone: given, timeZoneName: 'longOffset' });
  } catch {
    return null;
  }
  return {
    name: given,
    offsetAt(utcMillis: number): number {
      // "GMT+03:00", "GMT-05:30", "GMT+02:02:04" (a city's mean time before time zones), or "GMT" for UTC itself
      const label = format.formatToParts(utcMillis).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
      const m = /^GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(label);
      return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]) + Number(m[4] ?? 0) / 60) : 0;
    },
  };
}

/**
 * Minutes east of UTC of a wall-clock time (given as if it were UTC) in a zone: the offset at the
 * instant it names. Of the two instants an hour that summer time repeats can name, the earlier;
 * a time that summer time skips is read with the offset in force before the change.
 */
function offsetOfWallTime(wallMillis: number, zone: AssumedZone): number {
  if (typeof zone === 'number') return zone;
  const before = zone.offsetAt(wallMillis - 86_400_000);
  const after = zone.offsetAt(wallMillis + 86_400_000);
  if (before === after) return zone.offsetAt(wallMillis - before * 60_000);
  // a change within a day of it: the larger offset names the earlier instant
  const [larger, smaller] = before > after ? [before, after] : [after, before];
  if (zone.offsetAt(wallMillis - larger * 60_000) === larger) return larger;
  if (zone.offsetAt(wallMillis - smaller * 60_000) === smaller) return smaller;
  return before;
}

function build(
  year: number, month: number, day: number, hour: number, minute: number, second: number, millis: number,
  zone: AssumedZone,
): Date | null {
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 24 || minute > 59 || second > 60) return null;
  if (hour === 24 && (minute !== 0 || second !== 0 || millis !== 0)) return null;
  const sec = Math.min(second, 59); // a leap second is folded into :59
  const wall = utcMillis(year, month, day, hour, minute, sec, millis);
  const ms = wall - offsetOfWallTime(wall, zone) * 60_000;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** An offset's hour in two digits, as `parseOffset` reads it: "+3" → "+03", "-5:30" → "-05:30". */
function twoDigitHour(offset: string): string {
  return offset.replace(/^([+-])(\d)(?!\d)/, '$10$2');
}

/**
 * Minutes east of UTC of a zone as dates write it (`Z`, `+03:00`, `+0300`, `+03`, `MSK`), or of
 * none: then `assumed` (UTC unless an import says otherwise).
 */
function parseOffset(zone: string | undefined): number | null;
function parseOffset(zone: string | undefined, assumed: AssumedZone): AssumedZone | null;
function parseOffset(zone: string | undefined, assumed: AssumedZone = 0): AssumedZone | null {
  if (!zone) return assumed;
  if (zone === 'Z' || zone === 'z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (m) {
    const hours = Number(m[2]);
    const minutes = Number(m[3] ?? '0');
    if (hours > 23 || minutes > 59) return null;
    return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  const named = ZONES[zone.toUpperCase()];
  return named === undefined ? null : named;
}

/** ISO 8601 / RFC 3339 (`2024-03-01`, `2024-03-01T12:00:00+03:00`, ...). No offset means UTC, or the `assumed` zone. */
export function parseIsoDate(input: string, assumed: AssumedZone = 0): Date | null {
  const m = ISO_RE.exec(input.trim());
  if (!m) return null;
  const offset = parseOffset(m[8], assumed);
  if (offset === null) return null;
  const millis = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  return build(
    Number(m[1]), Number(m[2]), Number(m[3]),
    Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), millis, offset,
  );
}

/** RFC 822 / RFC 2822 as used by RSS `pubDate` (`Fri, 01 Mar 2024 09:30:00 +0200`). No zone: as `parseIsoDate`. */
export function parseRfc822Date(input: string, assumed: AssumedZone = 0): Date | null {
  const m = RFC822_RE.exec(input.trim().replace(/\s+/g, ' '));
  if (!m) return null;
  const month = MONTHS[m[2].slice(0, 3).toLowerCase()];
  if (!month) return null;
  let year = Number(m[3]);
  if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
  // "GMT+3" / "UTC+03:00" is the offset written after a zone name: "+03" / "+03:00".
  const zone = m[7] === undefined ? undefined : twoDigitHour(m[7].replace(/^(?:GMT|UTC?)(?=[+-])/i, ''));
  const offset = parseOffset(zone, assumed);
  if (offset === null) return null;
  return build(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), 0, offset);
}

const DAY_FIRST_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5}))?$/;

/**
 * The day-first dotted form that spreadsheets write in Russian, Ukrainian and most European
 * locales (`26.11.2026`, `26.11.2026 10:00`, `26.11.2026 10:00:05 +02:00`). No zone: as `parseIsoDate`.
 * Slashed forms (`03/01/2024`) stay unparsed: they are month-first in some locales, day-first in others.
 */
export function parseDayFirstDate(input: string, assumed: AssumedZone = 0): Date | null {
  const m = DAY_FIRST_RE.exec(input.trim().replace(/\s+/g, ' '));
  if (!m) return null;
  const offset = parseOffset(m[7], assumed);
  if (offset === null) return null;
  return build(Number(m[3]), Number(m[2]), Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, offset);
}

/** An ISO date-time followed by a zone name, as database and log exports write it (`2024-03-01 12:00:00 UTC`). */
function parseIsoWithZoneName(input: string): Date | null {
  const m = /^(.*\d)\s+([A-Za-z]{1,5})$/.exec(input.trim());
  const iso = m ? ISO_RE.exec(m[1]!.trim()) : null;
  // a time of day and no offset of its own: the name gives the zone
  if (!iso || iso[4] === undefined || iso[8] !== undefined) return null;
  const offset = parseOffset(m![2]);
  return offset === null ? null : parseIsoDate(m![1]!, offset);
}

/**
 * Any of the forms import files carry: ISO 8601, RFC 822, day-first dotted, ISO with a zone name.
 * `null` when the text is not a date this module understands.
 */
export function parseDate(input: string, assumed: AssumedZone = 0): Date | null {
  return parseIsoDate(input, assumed) ?? parseRfc822Date(input, assumed) ?? parseDayFirstDate(input, assumed) ?? parseIsoWithZoneName(input);
}

/**
 * A UTC offset as a command line takes it (`+03:00`, `+0300`, `+03`, `+3`, `+3:00`, `-05:30`, `Z`),
 * in minutes east of UTC; null when it is not one.
 */
export function parseUtcOffset(text: string): number | null {
  const value = twoDigitHour(text.trim());
  if (!/^(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$/.test(value)) return null;
  return parseOffset(value);
}
