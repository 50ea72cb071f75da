import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Database } from './database.js';
import { DataDirInUseError, LOCK_FILE, lockDataDir, processStartTime, type LockHolder } from './data-dir-lock.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');
const LOCK_MODULE = join(here, 'data-dir-lock.ts');

/** Another process taking the lock through the real code (run by tsx). */
const CHILD = `
import { lockDataDir } from ${JSON.stringify(LOCK_MODULE)};
const [mode, dir] = process.argv.slice(2);
const say = (o) => process.stdout.write(JSON.stringify(o) + '\\n');
if (mode === 'hold') {
  process.on('SIGTERM', () => process.exit(0)); // before saying so: the test may signal at once
  lockDataDir(dir);
  say({ locked: true });
  setInterval(() => {}, 1000);
} else if (mode === 'exit') {
  lockDataDir(dir);
  process.exit(0); // no release: the exit hook must remove the file
} else if (mode === 'race') {
  // loaded: wait for the word, so that all racers try within the same millisecond or so
  say({ ready: true });
  process.stdin.once('data', () => {
    try {
      lockDataDir(dir);
      say({ won: true });
    } catch (err) {
      say({ refused: err.message });
    }
    // the winner holds on until every racer has tried
    process.stdin.on('end', () => process.exit(0));
  });
}
`;

let work: string;
let childScript: string;
const children: ChildProcess[] = [];

interface Child {
  proc: ChildProcess;
  /** the next line of JSON the child prints that `match` accepts */
  waitFor(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  /** every line it printed, once it has exited */
  lines: Promise<Array<Record<string, unknown>>>;
}

function child(...args: string[]): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', childScript, ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(proc);
  const seen: Array<Record<string, unknown>> = [];
  const waiting: Array<[(line: Record<string, unknown>) => boolean, (line: Record<string, unknown>) => void]> = [];
  let out = '';
  let err = '';
  proc.stdout!.on('data', (d) => {
    out += d;
    const complete = out.split('\n');
    out = complete.pop()!;
    for (const text of complete.filter((l) => l.trim() !== '')) {
      const line = JSON.parse(text) as Record<string, unknown>;
      seen.push(line);
      for (const w of waiting.filter(([match]) => match(line))) {
        waiting.splice(waiting.indexOf(w), 1);
        w[1](line);
      }
    }
  });
  proc.stderr!.on('data', (d) => (err += d));
  const lines = new Promise<Array<Record<string, unknown>>>((ok, fail) =>
    proc.on('close', (code, signal) => (code !== 0 && signal === null ? fail(new Error(`child exited ${code}: ${err}`)) : ok(seen))),
  );
  lines.catch(() => undefined);
  return {
    proc,
    lines,
    waitFor: (match) => {
      const already = seen.find(match);
      if (already) return Promise.resolve(already);
      return Promise.race([new Promise<Record<string, unknown>>((ok) => waiting.push([match, ok])), lines.then(() => Promise.reject(new Error(`child exited first: ${err}`)))]);
    },
  };
}

/** The pid of a process that has exited (and whose pid nothing has reused since, almost surely). */
async function deadPid(): Promise<number> {
  const proc = spawn(process.execPath, ['-e', '']);
  await new Promise((ok) => proc.on('exit', ok));
  return proc.pid!;
}

function writeLock(dir: string, holder: Partial<LockHolder>): void {
  const full: LockHolder = { pid: process.pid, hostname: hostname(), startTime: null, since: new Date().toISOString(), token: 'someone-else', ...holder };
  writeFileSync(join(dir, LOCK_FILE), `${JSON.stringify(full)}\n`);
}

function freshDir(name: string): string {
  return join(mkdtempSync(join(work, `${name}-`)), 'data');
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'narratrace-lock-'));
  childScript = join(work, 'holder.mts');
  writeFileSync(childScript, CHILD);
});

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

describe('data folder lock', () => {
  it('creates the folder and a lock file naming this process, refuses a second lock in this process, and is gone after release', () => {
    const dir = freshDir('own');
    const lock = lockDataDir(dir);
    expect(lock.path).toBe(join(dir, LOCK_FILE));
    const holder = JSON.parse(readFileSync(lock.path, 'utf8')) as LockHolder;
    expect(holder).toMatchObject({ pid: process.pid, hostname: hostname(), startTime: processStartTime(process.pid) });
    expect(() => lockDataDir(dir)).toThrow(`DATA_DIR ${dir} is already open in this process: close that database first`);
    // the same folder by another spelling
    expect(() => lockDataDir(`${dir}/../data/`)).toThrow(DataDirInUseError);
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
    lock.release();
    const again = lockDataDir(dir);
    again.release();
  });

  it('refuses a folder that a running process holds, naming the folder and its pid; takes it over once that process is killed -9', async () => {
    const dir = freshDir('live');
    const holder = child('hold', dir);
    await holder.waitFor((l) => l.locked === true);
    const pid = holder.proc.pid!;
    let refused: unknown;
    try {
      lockDataDir(dir);
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(DataDirInUseError);
    expect((refused as Error).message).toBe(
      `DATA_DIR ${dir} is in use by another Narratrace process (pid ${pid}): stop it first, or point DATABASE_URL at a PostgreSQL server to share one database`,
    );
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(pid);

    holder.proc.kill('SIGKILL');
    await holder.lines;
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true); // a kill -9 leaves it behind
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(lock.path, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('is released by the exit hook when a process exits without closing, and on SIGTERM through process.exit', async () => {
    const dir = freshDir('exit');
    await child('exit', dir).lines;
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const holder = child('hold', dir);
    await holder.waitFor((l) => l.locked === true);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    holder.proc.kill('SIGTERM');
    await holder.lines;
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('takes over a lock whose process has exited', async () => {
    const dir = freshDir('stale');
    lockDataDir(dir).release();
    const pid = await deadPid();
    writeLock(dir, { pid });
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('takes over an unreadable lock, and one whose pid now belongs to a process that started later (Linux)', () => {
    const dir = freshDir('odd');
    lockDataDir(dir).release();
    writeFileSync(join(dir, LOCK_FILE), '');
    lockDataDir(dir).release();

    const ppid = process.ppid;
    const started = processStartTime(ppid);
    if (started === null) return; // no /proc: only the pid is checked
    writeLock(dir, { pid: ppid, startTime: String(Number(started) - 1) });
    lockDataDir(dir).release();
    // the same pid with its real start time is a live holder
    writeLock(dir, { pid: ppid, startTime: started });
    expect(() => lockDataDir(dir)).toThrow(`(pid ${ppid})`);
  });

  it('never takes over a lock from another host, and says how to clear it', () => {
    const dir = freshDir('host');
    lockDataDir(dir).release();
    writeLock(dir, { pid: 999_999, hostname: 'elsewhere.example' });
    expect(() => lockDataDir(dir)).toThrow(
      `DATA_DIR ${dir} is in use by another Narratrace process (pid 999999 on elsewhere.example): stop it first, or point DATABASE_URL at a PostgreSQL server to share one database; if it is no longer running there, delete ${join(dir, LOCK_FILE)}`,
    );
  });

  it('lets exactly one of several processes racing for a stale lock win', async () => {
    const dir = freshDir('race');
    lockDataDir(dir).release();
    writeLock(dir, { pid: await deadPid() });
    const racers = Array.from({ length: 5 }, () => child('race', dir));
    await Promise.all(racers.map((r) => r.waitFor((l) => l.ready === true)));
    for (const r of racers) r.proc.stdin!.write('go\n');
    const results = await Promise.all(racers.map((r) => r.waitFor((l) => 'won' in l || 'refused' in l)));
    for (const r of racers) r.proc.stdin!.end();
    await Promise.all(racers.map((r) => r.lines));
    expect(results.filter((r) => r.won)).toHaveLength(1);
    // a loser names the winner, or (when a takeover held it up for every try) nobody
    for (const r of results.filter((r) => !r.won)) expect(r.refused).toMatch(/is in use by another Narratrace process( \(pid \d+\))?: stop it first/);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockDataDir(dir).release();
  }, 60_000);
});

describe('embedded database lock', () => {
  it('is taken when the database opens, refuses a second Database on the folder, and is released on close so the folder opens again', async () => {
    const dir = freshDir('pglite');
    const first = await Database.open({ dataDir: dir }, { migrate: false });
    try {
      expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
      await first.query('CREATE TABLE kept (n int)');
      await first.query('INSERT INTO kept VALUES (1)');
      await expect(Database.open({ dataDir: dir }, { migrate: false })).rejects.toThrow(`DATA_DIR ${dir} is already open in this process`);
      await expect(Database.open({ dataDir: `file://${dir}` }, { migrate: false })).rejects.toThrow(DataDirInUseError);
    } finally {
      await first.close();
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);

    const second = await Database.open({ dataDir: dir }, { migrate: false });
    try {
      expect(await second.query('SELECT n FROM kept')).toEqual([{ n: 1 }]);
    } finally {
      await second.close();
    }
  });

  it('refuses a folder that another process holds before PGlite writes anything there', async () => {
    const dir = freshDir('pglite-held');
    const holder = child('hold', dir);
    await holder.waitFor((l) => l.locked === true);
    try {
      await expect(Database.open({ dataDir: dir }, { migrate: false })).rejects.toThrow(`(pid ${holder.proc.pid})`);
      expect(existsSync(join(dir, 'PG_VERSION'))).toBe(false);
    } finally {
      holder.proc.kill('SIGTERM');
      await holder.lines;
    }
  });

  it('needs no lock in memory', async () => {
    const a = await Database.open({ dataDir: 'memory://' }, { migrate: false });
    const b = await Database.open({ dataDir: 'memory://' }, { migrate: false });
    await a.close();
    await b.close();
  });
});
