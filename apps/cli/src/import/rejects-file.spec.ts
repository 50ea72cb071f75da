import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WriteStream } from 'node:fs';
import { RejectsFile } from './rejects-file.js';

describe('RejectsFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rejects-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('waits for the disk when its buffer is full without leaving a listener behind each time', async () => {
    const file = new RejectsFile(join(dir, 'in.jsonl.rejects.jsonl'));
    const raw = 'x'.repeat(2_000); // eight lines fill the stream's 16 kB buffer
    let mostErrorListeners = 0;
    for (let i = 1; i <= 2_000; i++) {
      await file.write({ recordNo: i, reason: 'not a document', raw });
      const stream = (file as unknown as { stream: WriteStream }).stream;
      mostErrorListeners = Math.max(mostErrorListeners, stream.listenerCount('error'));
    }
    await file.close();
    // its own error handler (and the stream's), never one more per wait
    expect(mostErrorListeners).toBeLessThanOrEqual(2);
    expect(readFileSync(join(dir, 'in.jsonl.rejects.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2_000);
  });
});
