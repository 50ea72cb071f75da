import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectFormat, detectFormatFromHead } from './index.js';
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
  });
});
