import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export interface RejectRecord {
  recordNo: number;
  reason: string;
  raw: string;
}

/** `<file>.rejects.jsonl` next to the import file. */
export function rejectsPathFor(file: string): string {
  return `${file}.rejects.jsonl`;
}

/**
 * The rejects of one import run, one JSON object per line. A file left by an earlier run is
 * removed at the start and the file is only created at the first reject, so a clean run
 * leaves none behind.
 */
export class RejectsFile {
  private stream: WriteStream | null = null;
  private failure: Error | null = null;
  count = 0;

  constructor(readonly path: string) {
    rmSync(path, { force: true });
  }

  async write(reject: RejectRecord): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.stream) {
      this.stream = createWriteStream(this.path, { flags: 'w', encoding: 'utf8' });
      this.stream.on('error', (err) => {
        this.failure = new Error(`cannot write the rejects file ${this.path}: ${err.message}`);
      });
    }
    this.count += 1;
    const line = `${JSON.stringify({ recordNo: reject.recordNo, reason: reject.reason, raw: reject.raw })}\n`;
    if (!this.stream.write(line)) {
      // `once` also settles on 'error' and removes both of its listeners either way
      await once(this.stream, 'drain').catch(() => undefined);
    }
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    const stream = this.stream;
    if (!stream) return;
    this.stream = null;
    if (!stream.destroyed) {
      await new Promise<void>((resolve) => stream.end(resolve));
    }
    if (this.failure) throw this.failure;
  }
}
