/** The optional ADMIN_TOKEN, kept in localStorage and sent as a bearer token when present. */
const KEY = 'narratrace.adminToken';

export function getAdminToken(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function setAdminToken(token: string): void {
  try {
    if (token) localStorage.setItem(KEY, token);
    else localStorage.removeItem(KEY);
  } catch {
    /* storage disabled: the token lives for this page only */
  }
}
