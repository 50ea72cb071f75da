import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export interface RejectRecord {
  recordNo: number;
  reason: string;
  raw: string;
}

/** Where the rejects of standard input or a pipe by name go without `--rejects` (the folder the command was typed in). */
export const STDIN_REJECTS = 'stdin.rejects.jsonl';

/** `<file>.rejects.jsonl` next to the import file; `stdin.rejects.jsonl` for a pipe, which has no folder of its own. */
export function rejectsPathFor(file: string, pipe = file === '-'): string {
  return pipe ? STDIN_REJECTS : `${file}.rejects.jsonl`;
}

/**
 * The rejects of one import run, one JSON object per line. The file is only written from the
 * first reject on (replacing one an earlier run left), and one left by an earlier run is removed
 * when a run ends without rejects, so a clean run leaves none behind and a run that fails at
 * once (the input itself was a rejects file) destroys nothing.
 */
export class RejectsFile {
  private stream: WriteStream | null = null;
  private failure: Error | null = null;
  count = 0;

  constructor(readonly path: string) {}

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

  /**
   * Ends the file. `finished`: the import ran to its end, so a file that an earlier run left at
   * this path is removed when this run had no rejects (a run stopped by an error leaves it).
   */
  async close(finished = false): Promise<void> {
    const stream = this.stream;
    if (!stream) {
      if (finished && this.count === 0) rmSync(this.path, { force: true });
      return;
    }
    this.stream = null;
    if (!stream.destroyed) {
      await new Promise<void>((resolve) => stream.end(resolve));
    }
    if (this.failure) throw this.failure;
  }
}
