// Builds the server and dashboard when dist/ is missing or older than the sources, so that
// `npm start`, `npm run cli` and `npm run migrate` work straight after `npm ci`.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const serverEntry = join(root, 'dist/apps/api/apps/api/src/main.js');
const dashboardEntry = join(root, 'dist/dashboard/index.html');

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // tests are not built: a newer spec file must not trigger a build at every run
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || /\.spec\.ts$/.test(entry.name)) continue;
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

if (mtime(serverEntry) < serverSources) {
  run('npx nest build api');
  // an incremental build leaves an unchanged main.js as it was: mark the build's time on it
  const now = new Date();
  if (existsSync(serverEntry)) utimesSync(serverEntry, now, now);
}
const serverOnly = process.argv.includes('--server-only');
if (!serverOnly && existsSync(join(root, 'apps/dashboard/build.mjs')) && mtime(dashboardEntry) < dashboardSources) run('node apps/dashboard/build.mjs');
