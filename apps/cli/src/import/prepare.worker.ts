import { parentPort } from 'node:worker_threads';
import { NarrativeEngine, type EngineModelInput } from '@app/domain';
import { prepareBatch, type RawItem } from './prepare.js';

type Message = { id: number; items: RawItem[] } | { model: EngineModelInput };

/** Worker thread of PreparePool: validates, extracts and (given the engine's model) scores batches sent by the import. */
let engine: NarrativeEngine | undefined;
parentPort?.on('message', (message: Message) => {
  if ('model' in message) {
    engine = new NarrativeEngine(message.model);
    return;
  }
  try {
    parentPort?.postMessage({ id: message.id, result: prepareBatch(message.items, engine) });
  } catch (err) {
    parentPort?.postMessage({ id: message.id, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  }
});
