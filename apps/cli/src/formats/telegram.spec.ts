import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseTimeZone } from '@app/domain';
import { FormatError, flattenTelegramText, readDocuments } from './index.js';
import { collect, fixture, lazySource, oks, rejects } from './test-helpers.js';

const json = (value: unknown) => Readable.from([Buffer.from(typeof value === 'string' ? value : JSON.stringify(value))]);

describe('flattenTelegramText', () => {
  it('joins plain strings and entity texts, dropping formatting and hrefs', () => {
    expect(
      flattenTelegramText({
        text: ['Claim: ', { type: 'bold', text: 'staged' }, ' — see ', { type: 'text_link', text: 'this', href: 'https://x.example' }, { type: 'mystery' }, 7],
      }),
    ).toBe('Claim: staged — see this');
  });

  it('prefers text_entities, falls back to a plain text string, and gives "" for media-only messages', () => {
    expect(flattenTelegramText({ text: 'ignored', text_entities: [{ type: 'plain', text: 'from ' }, { type: 'hashtag', text: '#entities' }] })).toBe(
      'from #entities',
    );
    expect(flattenTelegramText({ text: 'Просто текст' })).toBe('Просто текст');
    expect(flattenTelegramText({ photo: 'x.jpg', text: '' })).toBe('');
    expect(flattenTelegramText({ photo: 'x.jpg' })).toBe('');
  });
});

describe('readDocuments(telegram)', () => {
  it('reads channel posts, skips service and empty messages silently, rejects undated ones', async () => {
    const records = await collect(readDocuments(fixture('telegram-result.json'), 'telegram'));
    expect(oks(records).map((r) => r.recordNo)).toEqual([2, 3, 6]);
    expect(rejects(records).map((r) => [r.recordNo, r.reason])).toEqual([[5, 'unparsable date "someday"']]);
    expect(rejects(records)[0].raw).toContain('"id":5');
  });

  it('builds documents: channel as source, tg: external ids, flattened text, UTC from date_unixtime', async () => {
    const docs = oks(await collect(readDocuments(fixture('telegram-result.json'), 'telegram'))).map((r) => r.document);
    expect(docs[1]).toEqual({
      externalId: 'tg:1876543210:3',
      url: null,
      title: null,
      author: null,
      text: 'Фейк: нібито ЗСУ продають західну зброю на чорному ринку. Розбір показує, що «докази» взято з відеогри. #фейк',
      language: null,
      publishedAt: '2024-03-01T18:30:00.000Z',
      source: { name: 'Фронтовий Огляд', platform: 'telegram', country: null },
    });
    expect(docs[2].text).toBe(
      'Переслано без змін: «В Одессе массово сносят памятники по приказу из-за рубежа». Міська рада повідомила, що йдеться про один демонтаж за рішенням сесії.',
    );
  });

  it('links posts to t.me when the username is known, and honours --source', async () => {
    for (const username of ['frontovyi_ohliad', '@frontovyi_ohliad', 'https://t.me/frontovyi_ohliad']) {
      const docs = oks(
        await collect(readDocuments(fixture('telegram-result.json'), 'telegram', { telegramUsername: username, sourceOverride: 'FO' })),
      ).map((r) => r.document);
      expect(docs.map((d) => d.url)).toEqual([
        'https://t.me/frontovyi_ohliad/2',
        'https://t.me/frontovyi_ohliad/3',
        'https://t.me/frontovyi_ohliad/6',
      ]);
      expect(docs.every((d) => d.source.name === 'FO' && d.source.platform === 'telegram')).toBe(true);
    }
  });

  it('reads every chat of a full-account export', async () => {
    const input = {
      about: 'export',
      personal_information: { user_id: 1, first_name: 'A' },
      chats: {
        about: 'chats',
        list: [
          { name: 'Alpha', type: 'public_channel', id: 11, messages: [{ id: 1, type: 'message', date_unixtime: '1709294400', text: 'a' }] },
          { name: 'Beta', type: 'private_channel', id: 22, messages: [{ id: 9, type: 'message', date_unixtime: '1709294400', text: ['b', { type: 'bold', text: '!' }] }] },
        ],
      },
    };
    const records = await collect(readDocuments(json(input), 'telegram'));
    expect(records.map((r) => r.ok && [r.recordNo, r.document.externalId, r.document.source.name, r.document.text])).toEqual([
      [1, 'tg:11:1', 'Alpha', 'a'],
      [2, 'tg:22:9', 'Beta', 'b!'],
    ]);
  });

  it('reads an old export\'s local `date` (no date_unixtime) at --utc-offset, UTC by default', async () => {
    const input = { name: 'Old channel', type: 'public_channel', id: 9, messages: [{ id: 1, type: 'message', date: '2022-03-01T10:15:00', text: 'Posted in the morning.' }] };
    const notices: string[] = [];
    const at = async (assumedZone?: number) =>
      oks(await collect(readDocuments(json(input), 'telegram', { assumedZone, onNotice: (m) => notices.push(m) })))[0].document.publishedAt;
    expect(await at()).toBe('2022-03-01T10:15:00.000Z');
    expect(notices).toEqual([expect.stringMatching(/^1 message\(s\) carry only the exporting computer's local time .* --utc-offset/)]);
    expect(await at(120)).toBe('2022-03-01T08:15:00.000Z');
    expect(notices).toHaveLength(1); // said once, and not when the offset is given
  });

  it('reads the text of a message whose text_entities is empty, and counts the messages it leaves out', async () => {
    const base = { type: 'message', date_unixtime: '1709294400' };
    const input = {
      name: 'Converted channel',
      type: 'public_channel',
      id: 3,
      messages: [
        { ...base, id: 1, text: 'Moscow says its troops took the village.', text_entities: [] },
        { ...base, id: 2, text: [{ type: 'bold', text: 'Kyiv' }, ' denies it.'], text_entities: [] },
        { ...base, id: 3, text: '', photo: '(File not included)' },
        { ...base, id: 4, type: 'service', action: 'pin_message' },
        { ...base, id: 5, text: 'ignored', text_entities: [{ type: 'plain', text: 'Entities win when they hold the text.' }] },
      ],
    };
    const notices: string[] = [];
    const records = await collect(readDocuments(json(input), 'telegram', { onNotice: (m) => notices.push(m) }));
    expect(records.map((r) => r.ok && [r.recordNo, r.document.text])).toEqual([
      [1, 'Moscow says its troops took the village.'],
      [2, 'Kyiv denies it.'],
      [5, 'Entities win when they hold the text.'],
    ]);
    expect(notices).toEqual(['left out 1 message(s) without text (photos or videos without a caption, stickers, polls) and 1 service message(s) (joins, pins, title changes): nothing to read claims from']);
  });

  it('reads local dates across a summer-time change in the --time-zone given', async () => {
    const post = (id: number, date: string) => ({ id, type: 'message', date, text: `Post ${id}.` });
    const input = { name: 'Kyiv channel', type: 'public_channel', id: 9, messages: [post(1, '2024-03-30T12:00:00'), post(2, '2024-04-01T12:00:00')] };
    const notices: string[] = [];
    const records = oks(await collect(readDocuments(json(input), 'telegram', { assumedZone: parseTimeZone('Europe/Kyiv')!, onNotice: (m) => notices.push(m) })));
    // noon in Kyiv is 10:00 UTC before the clocks go forward and 09:00 after
    expect(records.map((r) => r.document.publishedAt)).toEqual(['2024-03-30T10:00:00.000Z', '2024-04-01T09:00:00.000Z']);
    expect(notices).toEqual([]);
  });

  it('leaves out the personal chats, bot chats and Saved Messages of an account export, and says so', async () => {
    const msg = (id: number, text: string) => ({ id, type: 'message', date_unixtime: '1709294400', text });
    const input = {
      personal_information: { user_id: 1 },
      chats: {
        list: [
          { type: 'saved_messages', id: 1, messages: [msg(1, 'note to self')] },
          { name: 'Andrii', type: 'personal_chat', id: 777, messages: [msg(10, 'see you at six'), msg(11, 'ok')] },
          { name: 'Helper bot', type: 'bot_chat', id: 5, messages: [msg(3, '/start')] },
          { name: 'Front chat', type: 'private_supergroup', id: 44, messages: [msg(7, 'Shelling reported near the station.')] },
        ],
      },
    };
    const notices: string[] = [];
    const records = await collect(readDocuments(json(input), 'telegram', { onNotice: (m) => notices.push(m) }));
    expect(records.map((r) => r.ok && [r.document.externalId, r.document.source.name])).toEqual([['tg:44:7', 'Front chat']]);
    expect(notices).toEqual([expect.stringMatching(/^left out 4 message\(s\) of 3 personal chat/)]);
    // a single-chat export of a personal chat is imported: the user chose that chat
    const single = await collect(readDocuments(json({ name: 'Andrii', type: 'personal_chat', id: 777, messages: [msg(10, 'see you at six')] }), 'telegram'));
    expect(single.filter((r) => r.ok)).toHaveLength(1);
  });

  it('keeps who posted: the member in a group, the signature of a channel post, nobody for a channel speaking as itself', async () => {
    const at = '1709294400';
    const group = {
      name: 'Харків Онлайн чат',
      type: 'public_supergroup',
      id: 31,
      messages: [
        { id: 1, type: 'message', date_unixtime: at, from: 'Олег К.', from_id: 'user501', text: 'Кажуть, що міст знову закрили.' },
        { id: 2, type: 'message', date_unixtime: at, from: null, from_id: 'user502', text: 'Deleted account wrote this.' },
      ],
    };
    const channel = {
      name: 'Вісник фронту',
      type: 'public_channel',
      id: 32,
      messages: [
        { id: 5, type: 'message', date_unixtime: at, from: 'Вісник фронту', from_id: 'channel32', text: 'Зведення за добу.' },
        { id: 6, type: 'message', date_unixtime: at, from: 'Вісник фронту', author: 'Редактор Ілля', text: 'Коментар редакції.' },
      ],
    };
    const authors = async (input: unknown) => oks(await collect(readDocuments(json(input), 'telegram'))).map((r) => r.document.author);
    expect(await authors(group)).toEqual(['Олег К.', null]);
    expect(await authors(channel)).toEqual([null, 'Редактор Ілля']);
  });

  it('finds the channel name in a file where it comes after the messages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'narratrace-tg-'));
    try {
      const path = join(dir, 'late.json');
      writeFileSync(path, JSON.stringify({ messages: [{ id: 3, type: 'message', date: '2024-03-01T12:00:00', text: 'late header' }], name: 'Late', id: 77 }));
      const records = await collect(readDocuments(path, 'telegram'));
      // `date` without date_unixtime is read as UTC
      expect(records).toMatchObject([{ ok: true, document: { externalId: 'tg:77:3', source: { name: 'Late' }, publishedAt: '2024-03-01T12:00:00.000Z' } }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects non-object entries and messages without id or chat name', async () => {
    const input = { type: 'public_channel', messages: [7, { type: 'message', date_unixtime: '1709294400', text: 'no id' }, { id: 2, type: 'message', date_unixtime: '1709294400', text: 'no name' }] };
    const records = await collect(readDocuments(json(input), 'telegram'));
    expect(records.map((r) => !r.ok && [r.recordNo, r.reason])).toEqual([
      [1, 'message is not a JSON object'],
      [2, 'message has no numeric id; missing source name (the chat has no name; use --source)'],
      [3, 'missing source name (the chat has no name; use --source)'],
    ]);
  });

  it('keeps the messages of a cut-off export and rejects the one where it breaks', async () => {
    const broken = '{"name":"X","id":5,"messages":[{"id":1,"type":"message","date_unixtime":"1709294400","text":"ok"},{"id":2,';
    const records = await collect(readDocuments(json(broken), 'telegram'));
    expect(records).toMatchObject([
      { ok: true, recordNo: 1, document: { externalId: 'tg:5:1' } },
      { ok: false, recordNo: 2, reason: expect.stringMatching(/^invalid JSON in or after this message \(.+\); the rest of the file was not read$/) },
    ]);
  });

  it('throws a FormatError naming the format for a file that is not JSON from its start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-'));
    try {
      const path = join(dir, 'posts.jsonl');
      writeFileSync(path, '{"text":"a line of JSON Lines"}\n{"text":"and another"}\n');
      await expect(collect(readDocuments(path, 'telegram'))).rejects.toThrow(/^telegram: invalid JSON: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives --telegram-username only to the channel or supergroup of a single-chat export', async () => {
    const message = { id: 9, type: 'message', date_unixtime: '1709294400', text: 'A claim' };
    const urlOf = async (input: unknown) => oks(await collect(readDocuments(json(input), 'telegram', { telegramUsername: 'frontline_news' })))[0]!.document.url;
    expect(await urlOf({ name: 'Front', type: 'public_channel', id: 1, messages: [message] })).toBe('https://t.me/frontline_news/9');
    expect(await urlOf({ name: 'Front', id: 1, messages: [message] })).toBe('https://t.me/frontline_news/9'); // type unknown
    expect(await urlOf({ name: 'Mum', type: 'personal_chat', id: 2, messages: [message] })).toBeNull();
    expect(await urlOf({ name: 'Own', type: 'public_channel', id: 3, username: 'own_name', messages: [message] })).toBe('https://t.me/own_name/9');
    const account = { personal_information: {}, chats: { list: [{ name: 'Some channel', type: 'public_channel', id: 4, messages: [message] }] } };
    expect(await urlOf(account)).toBeNull(); // which of an account's chats the name belongs to is unknown
  });

  it('throws a FormatError for JSON that is not a Telegram export', async () => {
    await expect(collect(readDocuments(json({ rows: [1, 2] }), 'telegram'))).rejects.toThrow(/no "messages" array/);
    await expect(collect(readDocuments(json([1, 2]), 'telegram'))).rejects.toThrow(FormatError);
  });

  it('streams the messages array: a huge export is pulled only as far as it is consumed', async () => {
    const { stream, produced } = lazySource(
      200_000,
      (i) => `${i > 1 ? ',' : ''}{"id":${i},"type":"message","date":"2024-03-01T12:00:00","date_unixtime":"1709294400","from":"Gen","text":[{"type":"bold","text":"Post ${i}:"}," a claim about a staged video"]}\n`,
      '{"name":"Generated channel","type":"public_channel","id":4242,"messages":[\n',
      ']}\n',
    );
    let seen = 0;
    for await (const record of readDocuments(stream, 'telegram')) {
      expect(record).toMatchObject({ ok: true, recordNo: seen + 1, document: { externalId: `tg:4242:${seen + 1}` } });
      seen += 1;
      if (seen === 1000) break;
    }
    expect(produced()).toBeLessThan(5000);
    expect(stream.destroyed).toBe(true);
  });
});
