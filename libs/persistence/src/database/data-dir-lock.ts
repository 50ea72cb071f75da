import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, realpathSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * PGlite has no cross-process locking: two processes on one folder each keep their own copy of
 * the pages and overwrite each other's writes (lost rows, corrupt indexes). So whoever opens a
 * PGlite folder first holds `narratrace.lock` in it until it closes the database or exits.
 * PGlite ignores the extra file, in a new folder (initdb) as in an existing one.
 */
export const LOCK_FILE = 'narratrace.lock';

/** A takeover that is still under way after this long was left by a process that died in it. */
const TAKEOVER_STALE_MS = 10_000;
/** Tries at a lock that keeps changing hands before giving up (a wait of 20 ms each while another takes it over). */
const MAX_ATTEMPTS = 100;

/** What the lock file holds: enough to tell whether its process is still running. */
export interface LockHolder {
  pid: number;
  hostname: string;
  /** /proc/<pid>/stat start time (clock ticks since boot), where there is a /proc: tells a reused pid apart */
  startTime: string | null;
  /** when the lock was taken (ISO), for people reading the file */
  since: string;
  /** unique per acquisition, so a takeover never removes a lock taken after the dead one was seen */
  token: string;
}

/** The folder is held by another process, or already open in this one. */
export class DataDirInUseError extends Error {
  readonly code = 'DATA_DIR_IN_USE';

  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder | 'this process' | null,
  ) {
    super(DataDirInUseError.describe(dataDir, holder));
    this.name = 'DataDirInUseError';
  }

  private static describe(dataDir: string, holder: LockHolder | 'this process' | null): string {
    if (holder === 'this process') return `DATA_DIR ${dataDir} is already open in this process: close that database first`;
    const elsewhere = holder && holder.hostname !== hostname();
    const who = holder ? ` (pid ${holder.pid}${elsewhere ? ` on ${holder.hostname}` : ''})` : '';
    // another host's pid cannot be checked from here, so its lock is never taken over automatically
    const cleanup = elsewhere ? `; if it is no longer running there, delete ${join(dataDir, LOCK_FILE)}` : '';
    return `DATA_DIR ${dataDir} is in use by another Narratrace process${who}: stop it first, or point DATABASE_URL at a PostgreSQL server to share one database${cleanup}`;
  }
}

export interface DataDirLock {
  /** the lock file */
  readonly path: string;
  /** Removes the lock file if it is still this acquisition's; later calls do nothing. */
  release(): void;
}

/** The folders this process holds, by real path: a second Database on one folder is refused, and exit releases them all. */
const held = new Map<string, () => void>();
let exitHookInstalled = false;

/** Field 22 of /proc/<pid>/stat; null where there is no /proc (macOS, Windows) or no such process. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name (field 2) is in parentheses and may hold spaces: count from after it, where field 3 starts
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether the process that wrote `holder` may still be running. A pid that does not exist
 * (ESRCH) is dead; one that exists but started at another time than recorded is a reused pid
 * (a restarted container's process often gets the same pid as its predecessor). Without /proc
 * only the pid is checked. Another host's process cannot be checked, so it counts as alive.
 */
function isAlive(holder: LockHolder): boolean {
  if (holder.hostname !== hostname()) return true;
  if (holder.pid !== process.pid) {
    try {
      process.kill(holder.pid, 0);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
      // EPERM: it exists, under another user
    }
  }
  const startTime = processStartTime(holder.pid);
  return !(holder.startTime && startTime && holder.startTime !== startTime);
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const h = JSON.parse(text) as Partial<LockHolder>;
    return Number.isInteger(h.pid) && typeof h.hostname === 'string' && typeof h.token === 'string' ? (h as LockHolder) : null;
  } catch {
    return null;
  }
}

/**
 * Creates the lock file with its whole content in one atomic step: written to a file of our own,
 * then hard-linked to the lock's name, which fails if the name exists (O_EXCL semantics). A
 * reader therefore never sees a half-written lock.
 */
function tryCreate(path: string, text: string): boolean {
  const own = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(own, text, { flag: 'wx' });
  try {
    linkSync(own, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    rmSync(own, { force: true });
  }
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Removes the lock whose content was `staleText`, if it still is. Two processes that both saw the
 * same dead holder must not both win: removal happens only while holding a second lock file
 * (`.takeover`), after checking that the lock is still the dead one (every acquisition writes a
 * fresh token). So a lock taken in the meantime is never removed. A takeover file left by a
 * process killed in those few microseconds is removed after TAKEOVER_STALE_MS.
 */
function removeStale(path: string, staleText: string): void {
  const guard = `${path}.takeover`;
  let fd: number;
  try {
    fd = openSync(guard, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const since = statSync(guard, { throwIfNoEntry: false })?.mtimeMs;
    if (since !== undefined && Date.now() - since > TAKEOVER_STALE_MS) rmSync(guard, { force: true });
    else pause(20);
    return;
  }
  try {
    closeSync(fd);
    if (readText(path) === staleText) rmSync(path, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}

/**
 * Takes the exclusive lock on a PGlite data folder (created when missing), or throws
 * DataDirInUseError naming the folder and the process that holds it. A lock whose process has
 * died is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const folder = resolve(dataDir);
  mkdirSync(folder, { recursive: true });
  const key = realpathSync(folder);
  if (held.has(key)) throw new DataDirInUseError(folder, 'this process');
  const path = join(folder, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    startTime: processStartTime(process.pid),
    since: new Date().toISOString(),
    token: randomBytes(12).toString('hex'),
  };
  const text = `${JSON.stringify(me)}\n`;
  for (let attempt = 1; !tryCreate(path, text); attempt++) {
    const seen = readText(path);
    // an unreadable lock (emptied by a crash or by hand) protects nothing: taken over like a dead one
    const holder = seen === null ? null : parseHolder(seen);
    if (holder && isAlive(holder)) throw new DataDirInUseError(folder, holder.pid === process.pid ? 'this process' : holder);
    // only under a storm of processes racing for one folder
    if (attempt >= MAX_ATTEMPTS) throw new DataDirInUseError(folder, null);
    if (seen !== null) removeStale(path, seen); // null: released meanwhile, so simply try again
  }

  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    held.delete(key);
    // only our own lock: never one that someone took over meanwhile
    if (readText(path) === text) unlinkSync(path);
  };
  held.set(key, release);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // best effort when the process ends without closing the database; a kill -9 leaves the file, which the next open takes over
    process.on('exit', () => {
      for (const releaseOne of [...held.values()]) {
        try {
          releaseOne();
        } catch {
          // exiting anyway
        }
      }
    });
  }
  return { path, release };
}
