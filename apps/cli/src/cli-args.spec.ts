import { DEFAULT_IMPORT_BATCH, fromTypingFolder, parseCliArgs, parseDateArg, UsageError, type ExportArgs, type ImportArgs } from './cli-args.js';

describe('parseCliArgs', () => {
  it('reads import with defaults and options', () => {
    expect(parseCliArgs(['import', 'a.jsonl'])).toEqual({
      command: 'import',
      file: 'a.jsonl',
      format: null,
      source: null,
      batch: DEFAULT_IMPORT_BATCH,
      progressEvery: 10_000,
      telegramUsername: null,
      utcOffset: 0,
      timeZone: null,
      rejects: null,
    });
    expect(parseCliArgs(['import', '--format', 'csv', 'b.txt', '--source', ' Desk ', '--batch', '1000', '--telegram-username', '@chan'])).toMatchObject({
      file: 'b.txt',
      format: 'csv',
      source: 'Desk',
      batch: 1000,
      telegramUsername: 'chan',
    });
  });

  it('reads --utc-offset in minutes east of UTC, refusing what is not an offset', () => {
    const offset = (value: string) => (parseCliArgs(['import', 'a.csv', `--utc-offset=${value}`]) as ImportArgs).utcOffset;
    expect([offset('+03:00'), offset('+0300'), offset('+03'), offset('-05:30'), offset('Z')]).toEqual([180, 180, 180, -330, 0]);
    expect([offset('+3'), offset('+3:00'), offset('-5:30')]).toEqual([180, 180, -330]);
    expect((parseCliArgs(['import', 'a.csv', '--utc-offset', '+02:00']) as ImportArgs).utcOffset).toBe(120);
    for (const bad of ['3', 'MSK', '+25:00', '+03:75', 'Europe/Kyiv']) {
      expect(() => parseCliArgs(['import', 'a.csv', `--utc-offset=${bad}`])).toThrow(/--utc-offset must be an offset such as \+03:00/);
    }
  });

  it('reads standard input as -, its rejects going to stdin.rejects.jsonl or --rejects', () => {
    const args = (...argv: string[]) => parseCliArgs(['import', ...argv]) as ImportArgs;
    expect(args('-', '--format', 'csv')).toMatchObject({ file: '-', format: 'csv', rejects: 'stdin.rejects.jsonl' });
    expect(args('-', '--rejects', 'out/bad.jsonl').rejects).toBe('out/bad.jsonl');
    expect(args('in.csv', '--rejects', 'bad.jsonl').rejects).toBe('bad.jsonl');
    expect(() => args('in.csv', '--rejects', ' ')).toThrow('--rejects must name a file');
    const typed = fromTypingFolder(args('-'), { npm_lifecycle_event: 'cli', INIT_CWD: '/home/analyst/feeds' });
    expect([typed.file, typed.rejects]).toEqual(['-', '/home/analyst/feeds/stdin.rejects.jsonl']);
  });

  it('reads --time-zone as a zone with summer time, alone', () => {
    const zone = (parseCliArgs(['import', 'a.csv', '--time-zone', 'Europe/Kyiv']) as ImportArgs).timeZone!;
    expect(zone.name).toBe('Europe/Kyiv');
    expect([zone.offsetAt(Date.UTC(2024, 0, 15)), zone.offsetAt(Date.UTC(2024, 6, 1))]).toEqual([120, 180]);
    expect(() => parseCliArgs(['import', 'a.csv', '--time-zone', 'Kyiv'])).toThrow(/--time-zone must be a time zone name such as Europe\/Kyiv/);
    expect(() => parseCliArgs(['import', 'a.csv', '--time-zone', 'Europe/Kyiv', '--utc-offset', '+02:00'])).toThrow('give --time-zone or --utc-offset, not both');
  });

  it('reads export with a narrative and a date range', () => {
    expect(parseCliArgs(['export', '--format', 'stix', '--narrative', 'aid', '--from', '2024-03-01', '--to', '2024-03-31', '--out', 'x.json'])).toEqual({
      command: 'export',
      format: 'stix',
      out: 'x.json',
      narrative: 'aid',
      status: null,
      from: new Date('2024-03-01T00:00:00Z'),
      to: new Date('2024-04-01T00:00:00Z'),
      bom: false,
    });
    expect(parseCliArgs(['export', '--format', 'stix', '--status', 'Confirmed', '--out', 'x.json'])).toMatchObject({ status: 'CONFIRMED' });
    expect(() => parseCliArgs(['export', '--format', 'stix', '--status', 'approved', '--out', 'x.json'])).toThrow('--status must be confirmed, suggested or rejected, got "approved"');
    expect(() => parseCliArgs(['export', '--format', 'stix', '--status', 'rejected', '--out', 'x.json'])).toThrow(/a STIX bundle carries no rejected tags/);
    expect(parseCliArgs(['export', '--format', 'csv', '--status', 'rejected', '--out', 'x.csv'])).toMatchObject({ status: 'REJECTED' });
    expect(parseCliArgs(['export', '--format', 'csv', '--bom', '--out', 'x.csv'])).toMatchObject({ format: 'csv', bom: true });
    expect(() => parseCliArgs(['export', '--format', 'jsonl', '--bom', '--out', 'x.jsonl'])).toThrow('--bom is for --format csv only');
  });

  it.each([
    ['bad name!'],
    ['ab'],
    ['1channel'],
  ])('refuses --telegram-username %p', (name) => {
    expect(() => parseCliArgs(['import', 'a.json', '--telegram-username', name])).toThrow(/--telegram-username must be a Telegram @username/);
  });

  it('answers help for --help, help and a command with --help', () => {
    expect(parseCliArgs(['--help'])).toEqual({ command: 'help', topic: null });
    expect(parseCliArgs(['help', 'export'])).toEqual({ command: 'help', topic: 'export' });
    expect(parseCliArgs(['import', '--help'])).toEqual({ command: 'help', topic: 'import' });
  });

  it.each([
    [[], /no command/],
    [['nope'], /unknown command "nope"/],
    [['import'], /needs a file/],
    [['import', 'a', 'b'], /one file/],
    [['import', 'a', '--format', 'xls'], /--format must be one of jsonl, csv, telegram, rss/],
    [['import', 'a', '--batch', '1001'], /from 1 to 1000/],
    [['import', 'a', '--batch', '2.5'], /whole number/],
    [['import', 'a', '--source', '  '], /--source must not be empty/],
    [['import', 'a', '--what'], /Unknown option '--what'$/],
    [['export', '--out', 'x'], /needs --format/],
    [['export', '--format', 'csv'], /needs --out/],
    [['export', '--format', 'csv', '--out', 'x', 'extra'], /no positional arguments/],
    [['export', '--format', 'csv', '--out', 'x', '--from', '2024-02-30'], /--from must be a date/],
    [['export', '--format', 'csv', '--out', 'x', '--from', '2024-03-02', '--to', '2024-03-01'], /must be before --to/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv as string[])).toThrow(UsageError);
    expect(() => parseCliArgs(argv as string[])).toThrow(message);
  });
});

describe('parseDateArg', () => {
  it('takes days in UTC, date-times with or without an offset (UTC then)', () => {
    expect(parseDateArg('--from', '2024-03-01').toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(parseDateArg('--to', '2024-03-01').toISOString()).toBe('2024-03-02T00:00:00.000Z');
    expect(parseDateArg('--to', '2024-03-01T10:00').toISOString()).toBe('2024-03-01T10:00:00.000Z');
    expect(parseDateArg('--from', '2024-03-01T10:00:00+02:00').toISOString()).toBe('2024-03-01T08:00:00.000Z');
    expect(() => parseDateArg('--from', 'tomorrow')).toThrow(UsageError);
  });
});

describe('fromTypingFolder', () => {
  const typed = { npm_lifecycle_event: 'cli', INIT_CWD: '/home/analyst/exports' };
  const imp = parseCliArgs(['import', 'feeds/kyiv.xml']) as ImportArgs;
  const exp = parseCliArgs(['export', '--format', 'csv', '--out', 'claims.csv']) as ExportArgs;

  it('reads relative paths from the folder `npm run cli` was typed in', () => {
    expect(fromTypingFolder(imp, typed).file).toBe('/home/analyst/exports/feeds/kyiv.xml');
    expect(fromTypingFolder(exp, typed).out).toBe('/home/analyst/exports/claims.csv');
  });

  it('leaves absolute paths, standard output and runs not started by the cli script alone', () => {
    expect(fromTypingFolder({ ...imp, file: '/data/a.jsonl' }, typed).file).toBe('/data/a.jsonl');
    expect(fromTypingFolder({ ...exp, out: '-' }, typed).out).toBe('-');
    expect(fromTypingFolder(imp, { ...typed, npm_lifecycle_event: 'test' }).file).toBe('feeds/kyiv.xml');
    expect(fromTypingFolder(imp, {}).file).toBe('feeds/kyiv.xml');
  });
});
