// `npm start`: build if needed, then serve GraphQL at /graphql and the dashboard at / .
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await import('./ensure-built.mjs');
const child = spawn(process.execPath, [join(root, 'dist/apps/api/apps/api/src/main.js')], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
