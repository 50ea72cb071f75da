// Builds the server and dashboard when dist/ is missing or older than the sources, so that
// `npm start`, `npm run cli` and `npm run migrate` work straight after `npm ci`.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const serverEntry = join(root, 'dist/apps/api/apps/api/src/main.js');
const dashboardEntry = join(root, 'dist/dashboard/index.html');

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const serverSources = Math.max(...['apps/api/src', 'apps/cli/src', 'libs', 'migrations'].map((d) => newestMtime(join(root, d))));
const dashboardSources = newestMtime(join(root, 'apps/dashboard'));

function run(command) {
  process.stderr.write(`> ${command}\n`);
  execSync(command, { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
}

if (mtime(serverEntry) < serverSources) run('npx nest build api');
const serverOnly = process.argv.includes('--server-only');
if (!serverOnly && existsSync(join(root, 'apps/dashboard/build.mjs')) && mtime(dashboardEntry) < dashboardSources) run('node apps/dashboard/build.mjs');
