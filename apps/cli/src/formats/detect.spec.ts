import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectFormat, detectFormatFromHead, detectStdinFormat, unreadableBecause } from './index.js';
import { fixture } from './test-helpers.js';

describe('detectFormat', () => {
  it('recognises the fixtures', async () => {
    await expect(detectFormat(fixture('sample.jsonl'))).resolves.toBe('jsonl');
    await expect(detectFormat(fixture('sample.csv'))).resolves.toBe('csv');
    await expect(detectFormat(fixture('telegram-result.json'))).resolves.toBe('telegram');
    await expect(detectFormat(fixture('feed.rss.xml'))).resolves.toBe('rss');
    await expect(detectFormat(fixture('feed.atom.xml'))).resolves.toBe('rss');
  });

  it('peeks into files whose extension does not tell', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'narratrace-detect-'));
    try {
      const write = (name: string, text: string) => {
        const path = join(dir, name);
        writeFileSync(path, text);
        return path;
      };
      await expect(detectFormat(write('lines.json', '{"text":"a","publishedAt":"2024-01-01","source":{"name":"S"}}\n{"text":"b"}\n'))).resolves.toBe('jsonl');
      await expect(detectFormat(write('export.json', '{\n "name": "Channel",\n "messages": []\n}\n'))).resolves.toBe('telegram');
      await expect(detectFormat(write('small.json', '{"name":"C","id":1,"messages":[]}'))).resolves.toBe('telegram');
      await expect(detectFormat(write('feed', '\uFEFF<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>'))).resolves.toBe('rss');
      await expect(detectFormat(write('table.txt', 'text;publishedAt;source_name\nx;2024-01-01;S\n'))).resolves.toBe('csv');
      await expect(detectFormat(write('notes.txt', 'just some words\n'))).rejects.toThrow(/pass --format/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('detectFormatFromHead returns null when unsure', () => {
    expect(detectFormatFromHead('')).toBeNull();
    expect(detectFormatFromHead('hello')).toBeNull();
    expect(detectFormatFromHead('a,b,c\n1,2,3\n')).toBeNull();
  });

  it('takes a header that names its text column otherwise for CSV (standard input has no file name)', () => {
    expect(detectFormatFromHead('Date;Content;Channel\n01.02.2031;x;K\n')).toBe('csv');
    expect(detectFormatFromHead('"Message","Date","Channel"\r\n"x","2024-01-01","K"\r\n')).toBe('csv');
    expect(detectFormatFromHead('date\tbody\toutlet\n')).toBe('csv');
  });

  it('tells a JSON Lines file with a first line longer than the look from a Telegram export, and an Excel sep= line as CSV', () => {
    const longFirst = `{"text":"${'Long article text. '.repeat(5000)}`; // cut by the 64 KiB look
    expect(detectFormatFromHead(longFirst)).toBe('jsonl');
    expect(detectFormatFromHead('{"name":"Channel","type":"public_channel","id":1,"messages":[{"id":1,"text":"' + 'x'.repeat(70_000))).toBe('telegram');
    expect(detectFormatFromHead('{\n "name": "Channel",\n "type": "public_channel",\n "id": 1,\n "messages": [\n')).toBe('telegram');
    expect(detectFormatFromHead('{\n "about": "Here is the data you requested.",\n "personal_information": {\n')).toBe('telegram');
    expect(detectFormatFromHead('sep=;\nDate;Content;Channel\n')).toBe('csv');
  });

  it('detectStdinFormat says when standard input is empty or unclear', () => {
    expect(detectStdinFormat(Buffer.from('{"text":"a"}\n'))).toBe('jsonl');
    expect(() => detectStdinFormat(Buffer.alloc(0))).toThrow('standard input is empty: nothing to import');
    expect(() => detectStdinFormat(Buffer.from('hello\n'))).toThrow(/format of standard input; pass --format/);
  });
});

describe('unreadableBecause', () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('text\tpublishedAt\n', 'utf16le')]);

  it('names a pretty-printed JSON object stream and a STIX bundle, each with the way out', () => {
    const pretty = Buffer.from('{\n  "text": "Kyiv says the bridge stands.",\n  "publishedAt": "2024-01-01"\n}\n{\n');
    expect(unreadableBecause(pretty, null)).toMatch(/pretty-printed.*jq -c \. in\.json > out\.jsonl/);
    expect(unreadableBecause(pretty, 'jsonl')).toMatch(/pretty-printed/);
    expect(unreadableBecause(Buffer.from('{\n "name": "C",\n "type": "public_channel",\n "id": 1,\n "messages": []\n}'), null)).toBeNull();
    const bundle = Buffer.from('{\n  "type": "bundle",\n  "id": "bundle--0b6f2a6e-7c5e-5f3e-9a53-1f0a3e6f0c11",\n  "objects": [');
    expect(unreadableBecause(bundle, null)).toMatch(/^the file is a STIX bundle/);
  });

  it('names UTF-16 text, an HTML page and a JSON array, each with the way out', () => {
    expect(unreadableBecause(utf16, 'csv')).toMatch(/UTF-16 .*iconv -f UTF-16 -t UTF-8/);
    expect(unreadableBecause(utf16, null)).toMatch(/UTF-16/); // before the format is told from the file
    expect(unreadableBecause(Buffer.from('{"text":"a","publishedAt":"2024-01-01"}\n', 'utf16le'), 'jsonl')).toMatch(/UTF-16/); // no byte-order mark
    expect(unreadableBecause(Buffer.from('<!DOCTYPE html><title>Just a moment...</title>'), 'rss')).toMatch(/feed address answered with a web page/);
    expect(unreadableBecause(Buffer.from('[{"text":"a"}]'), null)).toMatch(/one JSON array/);
    expect(unreadableBecause(Buffer.from('<!DOCTYPE html>\n<html><head>'), null)).toMatch(/HTML page.*Machine-readable JSON/);
    expect(unreadableBecause(Buffer.from('\uFEFF  <html lang="uk">'), 'telegram')).toMatch(/HTML page/);
    expect(unreadableBecause(Buffer.from('[\n  {"text": "a"}\n]'), 'jsonl')).toMatch(/one JSON array, not JSON Lines: .*jq -c/);
  });

  it('lets readable files through, and UTF-16 feeds (their XML declaration may name it)', () => {
    expect(unreadableBecause(Buffer.from('{"text":"a"}\n'), 'jsonl')).toBeNull();
    expect(unreadableBecause(Buffer.from('<?xml version="1.0"?><rss>'), 'rss')).toBeNull();
    expect(unreadableBecause(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<?xml version="1.0" encoding="UTF-16"?><rss>', 'utf16le')]), 'rss')).toBeNull();
    expect(unreadableBecause(Buffer.from('text,publishedAt,source\n[quoted],2024-01-01,S\n'), 'csv')).toBeNull();
  });

  it('detects a JSON array file as JSON Lines, so that the check above explains it', () => {
    expect(detectFormatFromHead('[{"text":"a"}]')).toBe('jsonl');
  });
});
