import { parseDate, parseDayFirstDate, parseIsoDate, parseRfc822Date, parseTimeZone, type TimeZone } from './dates.js';

const iso = (s: string) => parseDate(s)?.toISOString() ?? null;

describe('parseIsoDate', () => {
  it.each([
    ['2024-03-01', '2024-03-01T00:00:00.000Z'],
    ['2024-03-01T12:00:00', '2024-03-01T12:00:00.000Z'], // no offset: UTC, never local time
    ['2024-03-01 12:00', '2024-03-01T12:00:00.000Z'],
    ['2024-03-01T12:00:00.123456Z', '2024-03-01T12:00:00.123Z'],
    ['2024-03-01T12:00:00+03:00', '2024-03-01T09:00:00.000Z'],
    ['2024-03-01T00:30:00-0130', '2024-03-01T02:00:00.000Z'],
    ['2024-02-29T23:59:60Z', '2024-02-29T23:59:59.000Z'],
    // years below 100 keep their value (Date.UTC would read 0099 as 1999): validation rejects them later
    ['0001-01-01', '0001-01-01T00:00:00.000Z'],
    ['0099-12-31T10:00:00Z', '0099-12-31T10:00:00.000Z'],
    ['0004-02-29', '0004-02-29T00:00:00.000Z'],
  ])('%s -> %s', (input, expected) => {
    expect(parseIsoDate(input)?.toISOString()).toBe(expected);
  });

  it.each(['2023-02-29', '0100-02-29', '2024-13-01', '2024-04-31', '2024-03-01T25:00', '2024-3-1', '20240301', '2024-03-01T12:00+24:00', ''])(
    'rejects %p',
    (input) => {
      expect(parseIsoDate(input)).toBeNull();
    },
  );
});

describe('parseRfc822Date', () => {
  it.each([
    ['Fri, 01 Mar 2024 09:30:00 +0200', '2024-03-01T07:30:00.000Z'],
    ['1 Mar 2024 09:30 GMT', '2024-03-01T09:30:00.000Z'],
    ['Sat, 02 Mar 24 10:00:00 MSK', '2024-03-02T07:00:00.000Z'],
    ['Tue, 5 March 2024 08:00:00 EST', '2024-03-05T13:00:00.000Z'],
    ['Wed, 06 Mar 2024 07:00:00', '2024-03-06T07:00:00.000Z'],
    ['Wed,  06  Mar  2024  07:00:00  +00:00', '2024-03-06T07:00:00.000Z'],
    // forms real feeds write: the comma glued to the day, a trailing RFC 2822 comment, GMT/UTC with an offset
    ['Wed,26 Nov 2026 12:00:00 +0300', '2026-11-26T09:00:00.000Z'],
    ['Wed, 26 Nov 2026 12:00:00 +0300 (MSK)', '2026-11-26T09:00:00.000Z'],
    ['Wed, 26 Nov 2026 12:00:00 GMT (Greenwich Mean Time)', '2026-11-26T12:00:00.000Z'],
    ['Wed, 26 Nov 2026 12:00:00 GMT+3', '2026-11-26T09:00:00.000Z'],
    ['Wed, 26 Nov 2026 12:00:00 UTC+03:00', '2026-11-26T09:00:00.000Z'],
    ['Wed, 26 Nov 2026 12:00:00 GMT+0300', '2026-11-26T09:00:00.000Z'],
    ['Wed, 26 Nov 2026 12:00:00 GMT-5', '2026-11-26T17:00:00.000Z'],
    ['Wed, 26 Nov 2026 12:00:00 UTC+5:30', '2026-11-26T06:30:00.000Z'],
  ])('%s -> %s', (input, expected) => {
    expect(parseRfc822Date(input)?.toISOString()).toBe(expected);
  });

  it.each([
    'Fri, 31 Feb 2024 09:30:00 GMT', 'Fri, 01 Foo 2024 09:30:00 GMT', '01 Mar 2024', 'Fri, 01 Mar 2024 09:30:00 XYZ',
    'Wed,,26 Nov 2026 12:00:00 +0300',
    'Wed, 26 Nov 2026 12:00:00 GMT+25', 'Wed, 26 Nov 2026 12:00:00 UTC+03:75', 'Wed, 26 Nov 2026 12:00:00 GMT+330',
    'Wed, 26 Nov 2026 12:00:00 XYZ+3', 'Wed, 26 Nov 2026 12:00:00 +3', // an offset alone keeps its four digits
    'Wed, 26 Nov 2026 12:00:00 (MSK)', // a comment is no zone
    'Wed, 26 Nov 2026 12:00:00 +0300 (MSK', 'Wed, 26 Nov 2026 12:00:00 +0300 (MSK) later',
  ])(
    'rejects %p',
    (input) => {
      expect(parseRfc822Date(input)).toBeNull();
    },
  );
});

describe('parseDayFirstDate', () => {
  it.each([
    ['26.11.2026', '2026-11-26T00:00:00.000Z'],
    ['26.11.2026 10:00', '2026-11-26T10:00:00.000Z'],
    ['6.3.2024, 9:05:30', '2024-03-06T09:05:30.000Z'],
    ['26.11.2026 10:00 +02:00', '2026-11-26T08:00:00.000Z'],
    ['26.11.2026 10:00:00 MSK', '2026-11-26T07:00:00.000Z'],
  ])('%s -> %s', (input, expected) => {
    expect(parseDayFirstDate(input)?.toISOString()).toBe(expected);
  });

  it.each(['31.02.2024', '13.13.2024', '26.11.26', '2026.11.26', '26.11.2026 25:00', '26.11.2026 10:00 XYZ'])('rejects %p', (input) => {
    expect(parseDayFirstDate(input)).toBeNull();
  });
});

describe('parseDate', () => {
  it('reads the dates that name no zone at an assumed offset, and leaves the others as they say', () => {
    const at3 = (s: string) => parseDate(s, 180)?.toISOString() ?? null;
    expect(at3('2026-11-26T10:00:00')).toBe('2026-11-26T07:00:00.000Z');
    expect(at3('26.11.2026 10:00')).toBe('2026-11-26T07:00:00.000Z');
    expect(at3('Thu, 26 Nov 2026 10:00:00')).toBe('2026-11-26T07:00:00.000Z');
    expect(at3('2026-11-26T10:00:00Z')).toBe('2026-11-26T10:00:00.000Z');
    expect(at3('2026-11-26T10:00:00+01:00')).toBe('2026-11-26T09:00:00.000Z');
    expect(at3('26.11.2026 10:00 EET')).toBe('2026-11-26T08:00:00.000Z');
    expect(at3('2026-11-26 10:00:00 UTC')).toBe('2026-11-26T10:00:00.000Z');
  });

  it('reads the dates that name no zone in a time zone, with its summer time', () => {
    const kyiv = parseTimeZone('Europe/Kyiv')!;
    const inKyiv = (s: string) => parseDate(s, kyiv)?.toISOString() ?? null;
    expect(inKyiv('2024-01-15T12:00:00')).toBe('2024-01-15T10:00:00.000Z'); // winter, +02:00
    expect(inKyiv('2024-07-01 12:00')).toBe('2024-07-01T09:00:00.000Z'); // summer, +03:00
    expect(inKyiv('01.07.2024 12:00')).toBe('2024-07-01T09:00:00.000Z');
    expect(inKyiv('Mon, 01 Jul 2024 12:00:00')).toBe('2024-07-01T09:00:00.000Z');
    expect(inKyiv('2024-07-01')).toBe('2024-06-30T21:00:00.000Z'); // a day starts at local midnight
    // the hours around the changes of 31 March and 27 October 2024 (01:00 UTC both)
    expect(inKyiv('2024-03-31T02:59:00')).toBe('2024-03-31T00:59:00.000Z');
    expect(inKyiv('2024-03-31T03:30:00')).toBe('2024-03-31T01:30:00.000Z'); // skipped: the offset before the change
    expect(inKyiv('2024-03-31T04:00:00')).toBe('2024-03-31T01:00:00.000Z');
    expect(inKyiv('2024-10-27T03:30:00')).toBe('2024-10-27T00:30:00.000Z'); // repeated: the earlier of the two
    expect(inKyiv('2024-10-27T04:30:00')).toBe('2024-10-27T02:30:00.000Z');
    expect(inKyiv('2024-10-26T23:00:00')).toBe('2024-10-26T20:00:00.000Z');
    // what a date says of its own zone still wins
    expect(inKyiv('2024-07-01T12:00:00Z')).toBe('2024-07-01T12:00:00.000Z');
    expect(inKyiv('2024-07-01T12:00:00+01:00')).toBe('2024-07-01T11:00:00.000Z');
    const newYork = parseTimeZone('America/New_York')!;
    expect(parseDate('2024-03-10T02:30:00', newYork)?.toISOString()).toBe('2024-03-10T07:30:00.000Z');
    expect(parseDate('2024-08-01T09:00:00', newYork)?.toISOString()).toBe('2024-08-01T13:00:00.000Z');
    expect(parseDate('2024-08-01T09:00:00', parseTimeZone('Asia/Kolkata')!)?.toISOString()).toBe('2024-08-01T03:30:00.000Z');
    expect(parseDate('2024-08-01T09:00:00', parseTimeZone('UTC')!)?.toISOString()).toBe('2024-08-01T09:00:00.000Z');
    // before time zones, Kyiv kept its mean solar time, 2 h 2 min 4 s ahead of Greenwich
    expect(inKyiv('1900-01-01T12:00:00')).toBe('1900-01-01T09:57:56.000Z');
  });

  it('knows time zones by their IANA names and refuses anything else', () => {
    expect(parseTimeZone(' Europe/Moscow ')).toMatchObject({ name: 'Europe/Moscow' });
    const moscow: TimeZone = parseTimeZone('Europe/Moscow')!;
    expect(moscow.offsetAt(Date.UTC(2024, 6, 1))).toBe(180);
    for (const bad of ['', 'Mars/Olympus_Mons', 'Europe/Kyiv; rm -rf', '+03:00', 'Kyiv', '../etc']) expect([bad, parseTimeZone(bad)]).toEqual([bad, null]);
  });

  it('reads an ISO date-time followed by a zone name, and not one that already has an offset', () => {
    expect(iso('2024-03-01 12:00:00 UTC')).toBe('2024-03-01T12:00:00.000Z');
    expect(iso('2024-03-01T12:00 EET')).toBe('2024-03-01T10:00:00.000Z');
    expect(iso('2024-03-01 12:00:00+03:00 UTC')).toBeNull();
    expect(iso('2024-03-01T12:00:00Z GMT')).toBeNull();
    expect(iso('2024-03-01 UTC')).toBeNull();
  });

  it('accepts either form and nothing looser', () => {
    expect(iso('2024-03-01T12:00:00Z')).toBe('2024-03-01T12:00:00.000Z');
    expect(iso('Fri, 01 Mar 2024 12:00:00 Z')).toBe('2024-03-01T12:00:00.000Z');
    for (const loose of ['yesterday', '1', 'March 2024', '03/01/2024', '1709294400']) expect(iso(loose)).toBeNull();
  });
});
