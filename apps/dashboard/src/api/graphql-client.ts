/** The one way the dashboard talks to the server: POST JSON to same-origin /graphql. */
import { requestHeaders } from '../common/browser-settings';

export const GRAPHQL_PATH = '/graphql';

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> { data?: T | null; errors?: GraphQLErrorEntry[] }

export class GraphQLRequestError extends Error {
  readonly code: string | undefined;
  constructor(message: string, readonly errors: GraphQLErrorEntry[] = [], readonly status = 200) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.code = errors.find((e) => e.extensions?.code)?.extensions?.code;
  }
  /** The request never got an answer (network down, server stopped): nothing was refused. */
  get unreachable(): boolean {
    return this.status === 0 && !this.errors.length;
  }
  /** The server refused for lack of (valid) admin token. */
  get isAuth(): boolean {
    return this.code === 'UNAUTHENTICATED' || this.code === 'FORBIDDEN' || this.status === 401 || this.status === 403;
  }
}

/** Sends one operation and returns data and errors as they came (for partial results). */
export async function graphqlRaw<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<GraphQLResponse<T>> {
  const headers = requestHeaders();
  let res: Response;
  try {
    res = await fetch(GRAPHQL_PATH, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal, credentials: 'same-origin' });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new GraphQLRequestError(`Cannot reach the server (${(err as Error).message})`, [], 0);
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await res.json()) as GraphQLResponse<T>;
  } catch {
    throw new GraphQLRequestError(`The server answered ${res.status} without GraphQL JSON`, [], res.status);
  }
  if (!res.ok && !body.data) {
    const errors = body.errors ?? [];
    throw new GraphQLRequestError(errors[0]?.message ?? `HTTP ${res.status}`, errors, res.status);
  }
  return body;
}

/** Sends one operation; any error fails the whole call. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const body = await graphqlRaw<T>(query, variables, signal);
  if (body.errors?.length) throw new GraphQLRequestError(describeErrors(body.errors), body.errors);
  if (!body.data) throw new GraphQLRequestError('The server returned no data');
  return body.data;
}

export function describeErrors(errors: GraphQLErrorEntry[]): string {
  return errors
    .map((e) => {
      const code = e.extensions?.code;
      return code && code !== 'INTERNAL_SERVER_ERROR' ? `${e.message} (${code})` : e.message;
    })
    .join('; ');
}

export function errorMessage(err: unknown): string {
  if (err instanceof GraphQLRequestError) {
    return err.isAuth ? `${err.message} — set the admin token (top right) and retry.` : err.message;
  }
  return err instanceof Error ? err.message : String(err);
}

export const isAbort = (err: unknown): boolean => err instanceof Error && err.name === 'AbortError';
