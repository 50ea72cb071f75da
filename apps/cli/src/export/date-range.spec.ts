import { exportRangeProblem, parseExportDate, type ExportDate } from './date-range.js';

const parse = (name: '--from' | '--to', value: string): ExportDate => {
  const parsed = parseExportDate(name, value);
  if (!parsed) throw new Error(`not a date: ${value}`);
  return parsed;
};
const iso = (name: '--from' | '--to', value: string) => parseExportDate(name, value)?.date.toISOString() ?? null;

describe('parseExportDate', () => {
  it('takes a plain day in UTC; --to counts it whole', () => {
    expect(parse('--from', '2024-03-01')).toEqual({ typed: '2024-03-01', date: new Date('2024-03-01T00:00:00Z'), day: true });
    expect(parse('--to', ' 2024-03-01 ')).toEqual({ typed: '2024-03-01', date: new Date('2024-03-02T00:00:00Z'), day: true });
  });

  it.each([
    ['2024-03-01T10:00', '2024-03-01T10:00:00.000Z'],
    ['2024-03-01 10:00:30', '2024-03-01T10:00:30.000Z'],
    ['2024-03-01T10:00:00Z', '2024-03-01T10:00:00.000Z'],
    ['2024-03-01T10:00:00.250z', '2024-03-01T10:00:00.250Z'],
    ['2024-03-01T10:00:00+03:00', '2024-03-01T07:00:00.000Z'],
    ['2024-03-01T10:00:00+0300', '2024-03-01T07:00:00.000Z'],
    ['2024-03-01T10:00+03', '2024-03-01T07:00:00.000Z'],
    ['2024-03-01T10:00:00,5-05:30', '2024-03-01T15:30:00.500Z'],
  ])('takes the ISO-8601 date-time %s as %s, with any offset form the import takes', (value, expected) => {
    expect(iso('--from', value)).toBe(expected);
    expect(iso('--to', value)).toBe(expected); // only a plain day is stretched
  });

  it.each(['tomorrow', '2024-02-30', '2024-03-01T25:00', '2024-03-01T10:00+25:00', '2024-03', '1709287200', '2024-03-01T10:00 CET', '2024-03-01Z'])(
    'refuses %s',
    (value) => {
      expect(parseExportDate('--from', value)).toBeNull();
    },
  );
});

describe('exportRangeProblem', () => {
  it('accepts a range whose start is before its end, a single day included', () => {
    expect(exportRangeProblem(parse('--from', '2024-03-01'), parse('--to', '2024-03-01'))).toBeNull();
    expect(exportRangeProblem(parse('--from', '2024-03-01T10:00+03'), parse('--to', '2024-03-01T08:00Z'))).toBeNull();
  });

  it('shows what was typed and what it means: a --to day ends at the next midnight', () => {
    expect(exportRangeProblem(parse('--from', '2022-03-02'), parse('--to', '2022-03-01'))).toBe(
      '--from 2022-03-02 (which starts at 2022-03-02T00:00:00Z) must be before --to 2022-03-01 (which ends at 2022-03-02T00:00:00Z)',
    );
    expect(exportRangeProblem(parse('--from', '2024-03-01T10:00+03'), parse('--to', '2024-03-01T07:00:00Z'))).toBe(
      '--from 2024-03-01T10:00+03 (which is 2024-03-01T07:00:00Z) must be before --to 2024-03-01T07:00:00Z',
    );
    expect(exportRangeProblem(parse('--from', '2024-03-01T12:00:00.500Z'), parse('--to', '2024-02-29'))).toBe(
      '--from 2024-03-01T12:00:00.500Z must be before --to 2024-02-29 (which ends at 2024-03-01T00:00:00Z)',
    );
  });
});
