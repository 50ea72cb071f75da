// Bundles the dashboard into static files under dist/dashboard:
//   index.html, graphiql/index.html (and graphiql.html), assets/<name>-<hash>.{js,css,svg}
// Absolute /assets/ URLs let both pages work at any path the server maps to them.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const outDir = path.join(root, 'dist/dashboard');
const srcDir = path.join(here, 'src');

const contentHash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 10).toUpperCase();

export async function buildDashboard({ minify = true, quiet = false } = {}) {
  const started = Date.now();
  await rm(outDir, { recursive: true, force: true });
  await mkdir(path.join(outDir, 'assets'), { recursive: true });

  const result = await build({
    entryPoints: {
      app: path.join(srcDir, 'main.ts'),
      graphiql: path.join(srcDir, 'graphiql/graphiql.main.ts'),
    },
    bundle: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    outdir: path.join(outDir, 'assets'),
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    assetNames: '[name]-[hash]',
    minify,
    sourcemap: 'linked',
    legalComments: 'linked',
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });

  // Map each entry to its emitted js/css file names, and the chunks it imports (preloaded so
  // the browser fetches them alongside the entry instead of after evaluating it).
  const outputs = result.metafile.outputs;
  const rel = (file) => path.relative(root, path.resolve(root, file));
  const chunksOf = (file, seen = new Set()) => {
    for (const imp of outputs[file]?.imports ?? []) {
      if (imp.external || seen.has(rel(imp.path)) || !imp.path.endsWith('.js')) continue;
      const key = Object.keys(outputs).find((k) => rel(k) === rel(imp.path));
      if (!key) continue;
      seen.add(rel(imp.path));
      chunksOf(key, seen);
    }
    return seen;
  };
  const assets = {};
  for (const [file, meta] of Object.entries(outputs)) {
    const entry = meta.entryPoint && path.basename(meta.entryPoint);
    if (entry !== 'main.ts' && entry !== 'graphiql.main.ts') continue; // lazy chunks have entry points too
    const name = entry === 'main.ts' ? 'app' : 'graphiql';
    assets[name] = { js: '/assets/' + path.basename(file), preload: [...chunksOf(file)].map((c) => '/assets/' + path.basename(c)) };
    if (meta.cssBundle) assets[name].css = '/assets/' + path.basename(meta.cssBundle);
  }

  const icon = await readFile(path.join(srcDir, 'favicon.svg'), 'utf8');
  const iconName = `favicon-${contentHash(icon)}.svg`;
  await writeFile(path.join(outDir, 'assets', iconName), icon);

  const page = async (template, entry) => {
    const html = await readFile(path.join(srcDir, template), 'utf8');
    const a = assets[entry];
    if (!a?.js || !a?.css) throw new Error(`dashboard build: missing js/css for ${entry}`);
    return html
      .replaceAll('%ICON%', `/assets/${iconName}`)
      .replaceAll('%CSS%', a.css)
      .replaceAll('%JS%', a.js)
      .replace('%PRELOAD%', a.preload.map((p) => `<link rel="modulepreload" href="${p}">`).join('\n  '));
  };
  await writeFile(path.join(outDir, 'index.html'), await page('index.html', 'app'));
  const explorer = await page('graphiql/graphiql.html', 'graphiql');
  await mkdir(path.join(outDir, 'graphiql'), { recursive: true });
  await writeFile(path.join(outDir, 'graphiql', 'index.html'), explorer);
  await writeFile(path.join(outDir, 'graphiql.html'), explorer);

  if (!quiet) {
    const sizes = Object.entries(result.metafile.outputs)
      .filter(([f]) => !f.endsWith('.map') && !f.endsWith('.txt'))
      .map(([f, m]) => `${path.relative(root, f)} ${(m.bytes / 1024).toFixed(1)} KiB`);
    console.log(`dashboard built in ${Date.now() - started} ms → ${path.relative(root, outDir)}\n  ${sizes.join('\n  ')}`);
  }
  return { outDir, assets };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildDashboard({ minify: !process.argv.includes('--dev') }).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
