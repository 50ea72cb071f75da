import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import { Database } from '@app/persistence';
import { ConfigError, loadConfig, logLevelOf, type AppConfig } from '../../api/src/config/app-config.js';
import { PinoNestLogger, safeError } from '../../api/src/common/logging/logger.js';
import { IngestService } from '../../api/src/ingest/ingest.service.js';
import { EngineService } from '../../api/src/engine/engine.service.js';
import type { ExportArgs, ImportArgs } from './cli-args.js';
import { CliModule } from './cli.module.js';
import { formatExportSummary, runExport } from './export/export.command.js';
import { FormatError } from './formats/index.js';
import { formatImportSummary, runImport, type IngestPort } from './import/import.command.js';
import { ImportRepository } from './import/import.repository.js';
import { defaultWorkerCount } from './import/prepare-pool.js';

/** 0: done; 1: bad usage or a fatal error; 2: the import skipped malformed records. */
export const EXIT = { ok: 0, fatal: 1, rejects: 2, interrupted: 130 } as const;

/** Logs go to stderr, quiet by default: stdout carries only the summary line. */
function cliLogger(): Logger {
  return pino({ level: logLevelOf(process.env, 'warn'), base: { service: 'narratrace-cli' }, serializers: { err: safeError } }, pino.destination(2));
}

/**
 * Nest reports a failed start (ExceptionHandler) before the command line does; the command line's
 * one `error: …` line says it for people, so Nest's copy is kept for LOG_LEVEL=debug.
 */
class CliNestLogger extends PinoNestLogger {
  override error(message: unknown, ...rest: Array<string | undefined>): void {
    if (rest.includes('ExceptionHandler')) this.debug(message, 'ExceptionHandler');
    else super.error(message, rest[0], rest[1]);
  }
}

/** The server's database (migrations run as at server start) and ingest path, without GraphQL, HTTP or demo seeding. */
async function openContext(config: AppConfig, logger: Logger): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(CliModule.forRoot(config, logger), {
    logger: new CliNestLogger(logger),
    abortOnError: false,
  });
}

async function importCommand(app: INestApplicationContext, args: ImportArgs): Promise<number> {
  const db = app.get(Database);
  const ingest = app.get(IngestService);
  const engine = app.get(EngineService);
  const lookups = new ImportRepository();
  const port: IngestPort = {
    ingestValid: (docs) => ingest.ingestValid(docs),
    knownExternalIds: (ids) => lookups.knownExternalIds(db, ids),
    engineModel: () => engine.modelInput(),
  };
  const abort = new AbortController();
  const onSignal = () => {
    process.stderr.write('\ninterrupted: finishing the batches in flight, then stopping\n');
    abort.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const summary = await runImport(
      port,
      { ...args, concurrency: db.kind === 'postgres' ? 2 : 1, workers: defaultWorkerCount() },
      { stderr: process.stderr, signal: abort.signal },
    );
    if (summary.rejectsFile) process.stderr.write(`${summary.rejected} rejected record(s) written to ${summary.rejectsFile}\n`);
    // The time the user waited: start-up and migrations included (performance.now() counts from process start).
    process.stdout.write(`${formatImportSummary({ ...summary, seconds: performance.now() / 1000 })}\n`);
    if (summary.interrupted) return EXIT.interrupted;
    return summary.rejected > 0 ? EXIT.rejects : EXIT.ok;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function exportCommand(app: INestApplicationContext, args: ExportArgs): Promise<number> {
  const summary = await runExport(app.get(Database), args, process.stdout);
  if (summary.readerClosed) return EXIT.ok; // `export --out - | head`: quiet, as Unix tools are
  (args.out === '-' ? process.stderr : process.stdout).write(`${formatExportSummary({ ...summary, seconds: performance.now() / 1000 })}\n`);
  return EXIT.ok;
}

/** Runs an import or export against the configured database; returns the exit code. */
export async function runCommand(args: ImportArgs | ExportArgs): Promise<number> {
  const config = loadConfig();
  const app = await openContext(config, cliLogger());
  try {
    return args.command === 'import' ? await importCommand(app, args) : await exportCommand(app, args);
  } finally {
    await app.close();
  }
}

/** A fatal error as one line for stderr, or null when it is none of the known kinds. */
export function describeKnownError(err: unknown): string | null {
  if (err instanceof ConfigError) return `Configuration error: ${err.message}`;
  if (err instanceof FormatError) return `cannot read the file as ${err.format}${err.recordNo ? ` (stopped at record ${err.recordNo})` : ''}: ${err.message}`;
  return null;
}
