import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError } from '@app/domain';
import { formatImportSummary, runImport, type IngestPort, type ImportOptions } from './import.command.js';

const silent = { write: () => true, isTTY: false };
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

function doc(i: number, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ externalId: `d-${i}`, text: `Claim number ${i} says the grain ships carry weapons.`, publishedAt: '2024-03-01T00:00:00Z', source: { name: 'Wire' }, ...extra });
}

/** An ingest double: remembers external ids, counts one claim per document. */
function fakeIngest(fail?: (externalIds: string[]) => unknown) {
  const stored = new Set<string>();
  const batches: number[] = [];
  const extracted: boolean[] = [];
  const port: IngestPort & { batches: number[]; extracted: boolean[] } = {
    batches,
    extracted,
    async ingestValid(docs) {
      const failure = fail?.(docs.map((d) => d.externalId as string));
      if (failure) throw failure;
      batches.push(docs.length);
      let created = 0;
      for (const d of docs) {
        extracted.push(d.claims !== undefined);
        if (!stored.has(d.externalId as string)) {
          stored.add(d.externalId as string);
          created += 1;
        }
      }
      return { created, duplicates: docs.length - created, claims: created };
    },
    async knownExternalIds(ids) {
      return new Set(ids.filter((id) => stored.has(id)));
    },
  };
  return port;
}

describe('runImport', () => {
  let dir: string;
  let file: string;
  const options = (over: Partial<ImportOptions> = {}): ImportOptions => ({
    file,
    format: 'jsonl',
    source: null,
    batch: 3,
    progressEvery: 1000,
    telegramUsername: null,
    concurrency: 2,
    workers: 0,
    ...over,
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'import-spec-'));
    file = join(dir, 'in.jsonl');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores valid records in batches, rejects the rest in file order, and skips known ones on a second run', async () => {
    writeFileSync(
      file,
      [doc(1), '{broken', doc(2), doc(3, { text: 'NUL \u0000 here' }), doc(4), doc(5), doc(6, { language: 'English!' }), doc(7), doc(8)].join('\n'),
    );
    const ingest = fakeIngest();
    const first = await runImport(ingest, options(), { stderr: silent });
    expect(first).toMatchObject({ documents: 9, created: 6, duplicates: 0, claims: 6, rejected: 3, rejectsFile: `${file}.rejects.jsonl` });
    // batches hold at most 3 records; records that fail validation leave theirs smaller
    expect(ingest.batches).toEqual([2, 2, 2]);
    const rejects = readFileSync(`${file}.rejects.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rejects.map((r) => r.recordNo)).toEqual([2, 4, 7]);
    expect(rejects[0]).toMatchObject({ reason: expect.stringMatching(/^invalid JSON/), raw: '{broken' });
    expect(rejects[1].reason).toMatch(/NUL/);
    expect(rejects[2].reason).toBe('document.language must be a language code such as "en", "ru" or "uk", got "English!"');
    // every reject shows the line as it is in the file, whichever check refused it
    expect(rejects.map((r) => r.raw)).toEqual(['{broken', doc(3, { text: 'NUL \u0000 here' }), doc(6, { language: 'English!' })]);
    expect(ingest.extracted.every(Boolean)).toBe(true);

    const again = await runImport(ingest, options(), { stderr: silent });
    expect(again).toMatchObject({ documents: 9, created: 0, duplicates: 6, rejected: 3 });
    // known documents are not extracted a second time
    expect(ingest.extracted.slice(6).some(Boolean)).toBe(false);
  });

  it('lists rejects found while writing in record order with those found while reading later records', async () => {
    // record 2 clashes with another source's document (found by the database, in the first
    // batch's transaction, which is slow); record 4 is not JSON (found by the reader, in the next batch)
    writeFileSync(file, [doc(1), doc(2), doc(3), '{broken', doc(5), doc(6)].join('\n'));
    const ingest: IngestPort = {
      async ingestValid(docs) {
        const first = docs.some((d) => d.externalId === 'd-1');
        if (first) await new Promise((resolve) => setTimeout(resolve, 150));
        return {
          created: docs.length,
          duplicates: 0,
          claims: docs.length,
          documents: docs.map((d) => ({ clash: d.externalId === 'd-2', duplicate: d.externalId === 'd-2' })),
        };
      },
    };
    const shown: string[] = [];
    const stderr = { write: (chunk: string) => shown.push(chunk) > 0, isTTY: false };
    const summary = await runImport(ingest, options({ batch: 2, concurrency: 4 }), { stderr });
    expect(summary).toMatchObject({ documents: 6, rejected: 2 });
    const rejects = readFileSync(`${file}.rejects.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rejects.map((r) => r.recordNo)).toEqual([2, 4]);
    expect(rejects[0].reason).toMatch(/^externalId "d-2" already belongs to another source's document/);
    const lines = shown.join('').split('\n').filter((l) => /^line \d+:/.test(l));
    expect(lines.map((l) => l.split(':')[0])).toEqual(['line 2', 'line 4']);
  });

  // In a child process: Jest does not pass unhandled rejections to a test's own listener.
  (existsSync('/dev/full') ? it : it.skip)('stops with the error when the rejects file cannot be written, leaving no rejection unhandled', () => {
    const lines = Array.from({ length: 4000 }, (_, i) => (i % 3 === 0 ? '{broken' : doc(i)));
    writeFileSync(file, lines.join('\n'));
    const script = `
      import { runImport } from './apps/cli/src/import/import.command.ts';
      process.on('unhandledRejection', (r) => console.log('UNHANDLED ' + String(r)));
      const ingest = { ingestValid: async (docs) => (await new Promise((r) => setTimeout(r, 5)), { created: docs.length, duplicates: 0, claims: docs.length }) };
      const options = { file: ${JSON.stringify(file)}, format: 'jsonl', source: null, batch: 50, progressEvery: 1000, telegramUsername: null, concurrency: 2, workers: 0, rejects: '/dev/full' };
      await runImport(ingest, options, { stderr: { write: () => true, isTTY: false } }).then(() => console.log('FINISHED'), (e) => console.log('FAILED ' + e.message));
    `;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(out).toMatch(/^FAILED cannot write the rejects file \/dev\/full/m);
    expect(out).not.toContain('UNHANDLED');
  }, 60_000);

  it('leaves no rejects file after a clean run and removes a stale one', async () => {
    writeFileSync(file, [doc(1), doc(2)].join('\n'));
    writeFileSync(`${file}.rejects.jsonl`, '{"recordNo":1}\n');
    const summary = await runImport(fakeIngest(), options(), { stderr: silent });
    expect(summary).toMatchObject({ rejected: 0, rejectsFile: null });
    expect(existsSync(`${file}.rejects.jsonl`)).toBe(false);
  });

  it('when the database refuses a batch for its data, retries record by record and rejects only the culprit', async () => {
    writeFileSync(file, [doc(1), doc(2), doc(3)].join('\n'));
    const refused = Object.assign(new Error('value too long'), { code: '22001' });
    const ingest = fakeIngest((ids) => (ids.includes('d-2') ? refused : null));
    const summary = await runImport(ingest, options({ batch: 10 }), { stderr: silent });
    expect(summary).toMatchObject({ created: 2, rejected: 1 });
    const [reject] = readFileSync(`${file}.rejects.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(reject).toMatchObject({ recordNo: 2, reason: 'refused by the database: value too long' });
    expect(reject.raw).toBe(doc(2));
  });

  it('stops on errors that are not about a record, and rejects records the domain refuses', async () => {
    writeFileSync(file, [doc(1), doc(2)].join('\n'));
    // the ingest service retries lock conflicts itself; one that still reaches the import stops it
    const deadlocked = fakeIngest(() => Object.assign(new Error('deadlock detected'), { code: '40P01' }));
    await expect(runImport(deadlocked, options(), { stderr: silent })).rejects.toThrow('deadlock detected');
    const down = fakeIngest(() => Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' }));
    await expect(runImport(down, options(), { stderr: silent })).rejects.toThrow('connection refused');
    const domain = fakeIngest(() => DomainError.badInput('documents', 'nope'));
    expect(await runImport(domain, options(), { stderr: silent })).toMatchObject({ created: 0, rejected: 2 });
  });

  it('fails when one batch fails for good, however quickly it fails and whatever the later batches do', async () => {
    writeFileSync(file, Array.from({ length: 9 }, (_, i) => doc(i)).join('\n'));
    // the first of three batches (of 3) fails at once; the other two are stored
    const flaky = fakeIngest((ids) => (ids.includes('d-0') ? Object.assign(new Error('connection reset'), { code: 'ECONNRESET' }) : null));
    await expect(runImport(flaky, options(), { stderr: silent })).rejects.toThrow('connection reset');
    const last = fakeIngest((ids) => (ids.includes('d-8') ? Object.assign(new Error('connection reset'), { code: 'ECONNRESET' }) : null));
    await expect(runImport(last, options(), { stderr: silent })).rejects.toThrow('connection reset');
  });

  it('reports rejects and progress lines on stderr when it is not a terminal', async () => {
    writeFileSync(file, Array.from({ length: 10 }, (_, i) => (i === 4 ? 'nope' : doc(i))).join('\n'));
    const lines: string[] = [];
    await runImport(fakeIngest(), options({ progressEvery: 4 }), { stderr: { write: (s: string) => lines.push(s), isTTY: false } });
    expect(lines).toContain('line 5: invalid JSON: Unexpected token \'o\', "nope" is not valid JSON\n');
    expect(lines.filter((l) => /^\d+ records \(\d+%\): created/.test(l)).length).toBeGreaterThanOrEqual(1);
  });

  it('shows on the bar how much of the file is stored, not how far the reader has run ahead', async () => {
    const docs = Array.from({ length: 20_000 }, (_, i) => doc(i));
    writeFileSync(file, docs.join('\n'));
    const total = docs.reduce((n, d) => n + Buffer.byteLength(d) + 1, 0);
    const slow = fakeIngest();
    const ingestValid = slow.ingestValid.bind(slow);
    slow.ingestValid = async (batch) => {
      await new Promise((resolve) => setTimeout(resolve, 3));
      return ingestValid(batch);
    };
    const lines: string[] = [];
    await runImport(slow, options({ batch: 500, progressEvery: 500 }), { stderr: { write: (s: string) => lines.push(s), isTTY: false } });
    const shown = lines.flatMap((l) => {
      const m = /^[\d,]+ records \((\d+)%\): created ([\d,]+)/.exec(l);
      return m ? [{ percent: Number(m[1]), created: Number(m[2].replace(/,/g, '')) }] : [];
    });
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.some((s) => s.percent > 0 && s.percent < 100)).toBe(true);
    for (const s of shown) {
      // stored: `created` documents, plus at most one more batch finished out of order; the reader's
      // position is known to a chunk of the file stream (64 KB)
      const storedBytes = ((s.created + 500) / docs.length) * total + 64 * 1024;
      expect(s.percent).toBeLessThanOrEqual(Math.floor((100 * storedBytes) / total));
    }
  });

  it('counts on each plain line the records settled, as its figures do, a line per interval and a last one at 100%', async () => {
    const docs = Array.from({ length: 5_000 }, (_, i) => (i % 1000 === 7 ? 'broken' : doc(i)));
    writeFileSync(file, docs.join('\n'));
    const lines: string[] = [];
    await runImport(fakeIngest(), options({ batch: 500, progressEvery: 500 }), { stderr: { write: (s: string) => lines.push(s), isTTY: false } });
    const shown = lines.flatMap((l) => {
      const m = /^([\d,]+) records \((\d+)%\): created ([\d,]+), duplicates ([\d,]+), claims [\d,]+, rejected ([\d,]+)/.exec(l);
      const n = (i: number) => Number(m![i].replace(/,/g, ''));
      return m ? [{ records: n(1), percent: n(2), settled: n(3) + n(4) + n(5) }] : [];
    });
    // each line's count is the records its figures account for, not the reader's position ahead of them
    for (const s of shown) expect(s.records).toBe(s.settled);
    // batches of 500 documents (and the rejects read among them) settle in order: a line past each 500
    expect(shown.map((s) => Math.floor(s.records / 500))).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(shown.at(-1)!.records).toBe(5_000);
    expect(shown.at(-1)!.percent).toBe(100);
  });

  it('formats the summary line', () => {
    expect(
      formatImportSummary({ documents: 5003, created: 5000, duplicates: 0, claims: 9876, rejected: 3, seconds: 12.34, rejectsFile: null, interrupted: false }),
    ).toBe('documents 5003 created 5000 duplicates 0 claims 9876 rejected 3 in 12.3 s');
  });
});
