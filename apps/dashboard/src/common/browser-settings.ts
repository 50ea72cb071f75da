/**
 * What this browser remembers of who is working: the optional admin (or API) token and the
 * analyst's name, kept in localStorage, and the headers every GraphQL request carries for them.
 */

/** A string kept in localStorage; with storage disabled it lives for this page only. */
function stored(key: string): { get(): string; set(value: string): void } {
  let page = '';
  return {
    get() {
      try {
        return localStorage.getItem(key) ?? page;
      } catch {
        return page;
      }
    },
    set(value: string) {
      page = value;
      try {
        if (value) localStorage.setItem(key, value);
        else localStorage.removeItem(key);
      } catch {
        /* storage disabled: kept in `page` */
      }
    },
  };
}

const token = stored('narratrace.adminToken');
const analyst = stored('narratrace.analyst');

export const getAdminToken = (): string => token.get();
export const setAdminToken = (value: string): void => token.set(value);
/** The name recorded with this browser's decisions when the server runs without ADMIN_TOKEN (with one, the token's name is). */
export const getAnalystName = (): string => analyst.get();
export const setAnalystName = (value: string): void => analyst.set(value);

/**
 * Headers of a GraphQL request: the token as a bearer token, the analyst's name as X-Analyst,
 * percent-encoded (a header value must be Latin-1; the server decodes it).
 */
export function requestHeaders(): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const bearer = getAdminToken();
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const name = getAnalystName();
  if (name) headers['x-analyst'] = encodeURIComponent(name);
  return headers;
}
