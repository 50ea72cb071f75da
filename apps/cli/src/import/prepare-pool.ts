import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { NarrativeEngine, type EngineModelInput } from '@app/domain';
import { prepareBatch, type PreparedBatch, type RawItem } from './prepare.js';

const WORKER_FILE = new URL('./prepare.worker.js', import.meta.url);

/** The most worker threads NARRATRACE_IMPORT_WORKERS may ask for. */
const MAX_WORKERS = 64;

/**
 * Worker threads for validation, extraction, MinHash and scoring: one per core, up to 4. The main
 * thread only parses, assigns clusters and waits on the database, so it needs no core of its own
 * (on 2 cores, 2 workers import a sixth faster than 1). An import of a small file uses fewer.
 */
export function defaultWorkerCount(): number {
  const fromEnv = process.env.NARRATRACE_IMPORT_WORKERS?.trim();
  if (fromEnv) {
    if (!/^\d+$/.test(fromEnv) || Number(fromEnv) > MAX_WORKERS) {
      throw new Error(`NARRATRACE_IMPORT_WORKERS must be a whole number from 0 to ${MAX_WORKERS}, got "${process.env.NARRATRACE_IMPORT_WORKERS}"`);
    }
    return Number(fromEnv);
  }
  return Math.max(1, Math.min(4, availableParallelism()));
}

interface Job {
  resolve(result: PreparedBatch): void;
  reject(err: Error): void;
}

/**
 * Runs `prepareBatch` on worker threads, round robin, answering in the order asked per worker.
 * With no workers (or when the compiled worker file is absent, as under ts-jest) it runs inline.
 */
export class PreparePool {
  private readonly workers: Worker[] = [];
  private readonly jobs = new Map<number, Job>();
  private nextId = 0;
  private failure: Error | null = null;
  private closing = false;
  /** the engine batches run inline are scored with */
  private engine: NarrativeEngine | undefined;

  constructor(size: number) {
    if (size <= 0 || !existsSync(fileURLToPath(WORKER_FILE))) return;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_FILE);
      worker.on('message', (m: { id: number; result?: PreparedBatch; error?: string }) => {
        const job = this.jobs.get(m.id);
        if (!job) return;
        this.jobs.delete(m.id);
        if (m.error !== undefined) job.reject(new Error(`preparing records failed: ${m.error}`));
        else job.resolve(m.result as PreparedBatch);
      });
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`an import worker stopped with exit code ${code}`));
      });
      this.workers.push(worker);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const job of this.jobs.values()) job.reject(this.failure);
    this.jobs.clear();
  }

  /**
   * Gives every worker a copy of the narrative engine, built from the same input as the server's,
   * so that claims arrive scored. Batches sent before are scored on the main thread instead.
   */
  setModel(model: EngineModelInput): void {
    if (this.workers.length === 0) this.engine = new NarrativeEngine(model);
    for (const worker of this.workers) worker.postMessage({ model });
  }

  prepare(items: RawItem[]): Promise<PreparedBatch> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.workers.length === 0) {
      try {
        return Promise.resolve(prepareBatch(items, this.engine));
      } catch (err) {
        return Promise.reject(err);
      }
    }
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length];
    return new Promise<PreparedBatch>((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      worker.postMessage({ id, items });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
