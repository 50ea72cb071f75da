/**
 * Hash routing: `#/<path>?<params>`. The URL holds all view state, so any view can be shared
 * or bookmarked. Views rewrite params in place (replaceState/pushState, which fire no event);
 * only navigation between paths and the back/forward buttons reach the route listener.
 */
export interface Route { path: string[]; params: URLSearchParams }

export type ParamPatch = Record<string, string | number | boolean | null | undefined>;

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const pathPart = q >= 0 ? raw.slice(0, q) : raw;
  const query = q >= 0 ? raw.slice(q + 1) : '';
  const path = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  return { path, params: new URLSearchParams(query) };
}

export function currentRoute(): Route {
  return parseHash(location.hash);
}

export function href(path: string[] | string, params?: URLSearchParams | ParamPatch): string {
  const segs = typeof path === 'string' ? path.split('/').filter(Boolean) : path;
  const p = params instanceof URLSearchParams ? params : toParams(params ?? {});
  const qs = p.toString();
  return `#/${segs.map(encodeURIComponent).join('/')}${qs ? `?${qs}` : ''}`;
}

function toParams(patch: ParamPatch, base = new URLSearchParams()): URLSearchParams {
  const p = new URLSearchParams(base);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || v === undefined || v === '' || v === false) p.delete(k);
    else p.set(k, v === true ? '1' : String(v));
  }
  p.sort();
  return p;
}

/** Changes some params of the current view without re-rendering it. */
export function patchParams(patch: ParamPatch, mode: 'replace' | 'push' = 'replace'): URLSearchParams {
  const r = currentRoute();
  const next = toParams(patch, r.params);
  const url = href(r.path, next);
  if (url !== (location.hash || '#/')) {
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
  return next;
}

export function navigate(path: string[] | string, params?: ParamPatch): void {
  location.hash = href(path, params);
}

export function onRouteChange(cb: (r: Route) => void): void {
  // popstate covers back/forward over pushState entries; hashchange covers links and typed URLs.
  let last = location.hash;
  const fire = () => {
    if (location.hash === last) return;
    last = location.hash;
    cb(currentRoute());
  };
  window.addEventListener('hashchange', fire);
  window.addEventListener('popstate', fire);
  const { pushState, replaceState } = history;
  history.pushState = function (...args: Parameters<History['pushState']>) {
    pushState.apply(this, args);
    last = location.hash;
  };
  history.replaceState = function (...args: Parameters<History['replaceState']>) {
    replaceState.apply(this, args);
    last = location.hash;
  };
}
