import { accessSync, closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fromTypingFolder, parseCliArgs, UsageError, type ExportArgs, type ImportArgs } from './cli-args.js';
import { helpText } from './help.js';
import { isPipe } from './formats/streams.js';
import { rejectsPathFor, STDIN_REJECTS } from './import/rejects-file.js';

/**
 * `npm run cli -- import|export …`. Arguments are checked before anything heavy loads, so help
 * and usage errors answer at once; the database and Nest come in with ./commands.js.
 * Exit codes: 0 done, 1 bad usage or a fatal error, 2 the import skipped malformed records.
 */
const FATAL = 1;

/** Fails on a missing input file or output folder before the database is opened (which takes a while). */
function checkPaths(args: ImportArgs | ExportArgs): void {
  if (args.command === 'import') {
    if (args.file === '-') {
      if (process.stdin.isTTY) throw new UsageError('import - reads standard input: pipe the data in (… | npm run cli -- import - --format jsonl)');
    } else {
      if (statSync(args.file).isDirectory()) throw new UsageError(`${args.file} is a directory; import takes a file`);
      accessSync(args.file, constants.R_OK);
    }
    const rejectsPath = args.rejects ?? rejectsPathFor(args.file);
    checkFolder(rejectsPath, '--rejects');
    // the run replaces the rejects file: it must be neither what the run reads nor a file of other content
    const target = statSync(rejectsPath, { throwIfNoEntry: false });
    const input = args.file === '-' ? fstatSync(0) : statSync(args.file);
    if (target && input.isFile() && target.dev === input.dev && target.ino === input.ino) {
      throw new UsageError(`the rejects file ${rejectsPath} is the input itself: give another with --rejects FILE`);
    }
    if (target?.isFile() && target.size > 0 && !isRejectsFile(rejectsPath)) {
      throw new UsageError(`${rejectsPath} exists and is not a rejects file, which the import would replace: give a new name with --rejects FILE`);
    }
    return;
  }
  if (args.out === '-') return;
  checkFolder(args.out, '--out');
}

/** Whether a file starts as the import's rejects files do: `{"recordNo":N,"reason":…` (a line may be megabytes long). */
function isRejectsFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(64);
    const start = head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8');
    return /^\{"recordNo":\d+,"reason":"/.test(start);
  } finally {
    closeSync(fd);
  }
}

/** The folder of a file to write exists, and the file is not a folder. */
function checkFolder(file: string, option: string): void {
  const folder = dirname(resolve(file));
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`cannot write ${file}: the folder ${folder} does not exist`);
  if (statSync(resolve(file), { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`${option} ${file} is a directory; give a file name`);
}

async function describeFatal(err: unknown): Promise<string> {
  if (err instanceof UsageError) return `${err.message}\nRun "npm run cli -- --help" for usage.`;
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT' && e.path) return `no such file: ${e.path}`;
  if (e?.code === 'EACCES' && e.path) return `permission denied: ${e.path}`;
  const known = await import('./commands.js').then((m) => m.describeKnownError(err)).catch(() => null);
  return known ?? (err instanceof Error ? err.message : String(err));
}

async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.command === 'help') {
    process.stdout.write(`${helpText(args.topic)}\n`);
    return 0;
  }
  let located = fromTypingFolder(args);
  // a pipe by name (/dev/stdin, <(…)) has no folder for <file>.rejects.jsonl: its rejects go where standard input's do
  if (located.command === 'import' && located.rejects === null && located.file !== '-' && isPipe(located.file)) {
    located = { ...located, rejects: fromTypingFolder({ ...args, rejects: STDIN_REJECTS } as ImportArgs).rejects };
  }
  checkPaths(located);
  const { runCommand } = await import('./commands.js');
  return runCommand(located);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (err: unknown) => {
    process.stderr.write(`error: ${await describeFatal(err)}\n`);
    if (process.env.LOG_LEVEL === 'debug' && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    process.exitCode = FATAL;
  },
);
