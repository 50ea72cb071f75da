import { parentPort } from 'node:worker_threads';
import { prepareBatch, type RawItem } from './prepare.js';

/** Worker thread of PreparePool: validates and extracts batches sent by the import. */
parentPort?.on('message', (message: { id: number; items: RawItem[] }) => {
  try {
    parentPort?.postMessage({ id: message.id, result: prepareBatch(message.items) });
  } catch (err) {
    parentPort?.postMessage({ id: message.id, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  }
});
