/// <reference lib="dom" />
/**
 * Shared set-up of the dashboard's browser tests: Debian's Chromium driven by playwright-core,
 * a real server (test/support/test-app) serving a fresh dashboard build, and page watchers that
 * record console errors and every request to another host. The page is served with the
 * production Content-Security-Policy, so a CSP violation fails the tests too.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../support/test-app.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'";

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** `describe` when Chromium is there; otherwise skip with a message, or fail under REQUIRE_BROWSER. */
export function describeBrowser(name: string, fn: () => void): void {
  if (existsSync(CHROMIUM)) return describe(name, fn);
  if (process.env.REQUIRE_BROWSER) {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`${CHROMIUM} is missing and REQUIRE_BROWSER is set: apt-get install -y chromium`);
      });
    });
    return;
  }
  console.warn(`[browser tests] skipped "${name}": ${CHROMIUM} is missing (apt-get install -y chromium; set REQUIRE_BROWSER=1 to fail instead)`);
  describe.skip(name, fn);
}

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds dist/dashboard when it is missing or older than its sources. */
export function ensureDashboardBuilt(): void {
  const index = join(root, 'dist/dashboard/index.html');
  const stale = !existsSync(index) || statSync(index).mtimeMs < newest(join(root, 'apps/dashboard'));
  if (stale) execFileSync(process.execPath, [join(root, 'apps/dashboard/build.mjs')], { cwd: root, stdio: 'inherit' });
}

export interface DashboardServer { baseUrl: string; server: TestServer | null; gql: TestServer['gql']; close(): Promise<void> }

/**
 * The server under test: a fresh PGlite server with the demo corpus, or the one at
 * DASHBOARD_TEST_BASE_URL (handy while developing the dashboard against a running server).
 */
export async function startDashboardServer(env: Record<string, string> = {}): Promise<DashboardServer> {
  ensureDashboardBuilt();
  const external = process.env.DASHBOARD_TEST_BASE_URL;
  if (external && !Object.keys(env).length) {
    const baseUrl = external.replace(/\/$/, '');
    const gql: TestServer['gql'] = async (query, variables, headers = {}) => {
      const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data: any; errors?: any };
      return { status: res.status, data: body.data, errors: body.errors };
    };
    return { baseUrl, server: null, gql, close: async () => undefined };
  }
  const server = await startTestServer({ db: 'pglite', demo: true, env });
  return { baseUrl: server.baseUrl, server, gql: server.gql, close: () => server.close() };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  foreignRequests: string[];
  requests: string[];
  close(): Promise<void>;
}

/**
 * A page in its own context that records console errors, page errors and requests to any host
 * but the server's, and serves HTML with the production CSP.
 */
export async function openPage(browser: Browser, baseUrl: string, opts: { width?: number; height?: number } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  context.on('request', (r) => {
    const url = r.url();
    requests.push(`${r.method()} ${url}`);
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  // Serve every document with the CSP the production server is meant to send.
  await context.route(`${origin}/**`, async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
  });
  return { page, context, consoleErrors, foreignRequests, requests, close: () => context.close() };
}

/** Waits until the trend chart reports it has painted data. */
export async function waitForChart(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForSelector('[data-testid="trend-chart"][data-state="drawn"] canvas', { timeout });
}

/** Counts clearly coloured pixels on the chart canvas (series lines, not grey axes or white). */
export async function colouredPixels(page: Page): Promise<number> {
  return page.$eval('[data-testid="trend-chart"] canvas', (el) => {
    const canvas = el as HTMLCanvasElement;
    const ctx = canvas.getContext('2d');
    if (!ctx || !canvas.width || !canvas.height) return 0;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 16) {
      const r = data[i], g = data[i + 1], b = data[i + 2], a = data[i + 3];
      if (a > 200 && Math.max(r, g, b) - Math.min(r, g, b) > 60) n++;
    }
    return n;
  });
}

export interface TagState { narrative: { id: string; name: string }; status: string; stance: string }

export async function claimTags(gql: TestServer['gql'], claimId: string): Promise<TagState[]> {
  const res = await gql<{ claim: { tags: TagState[] } | null }>('query($id: ID!) { claim(id: $id) { tags { narrative { id name } status stance } } }', { id: claimId });
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data.claim?.tags ?? [];
}

/** Polls until `fn` returns a truthy value (for server state that follows a click). */
export async function eventually<T>(fn: () => Promise<T>, timeout = 5000, step = 100): Promise<T> {
  const until = Date.now() + timeout;
  let last: T = await fn();
  while (!last && Date.now() < until) {
    await new Promise((r) => setTimeout(r, step));
    last = await fn();
  }
  return last;
}
