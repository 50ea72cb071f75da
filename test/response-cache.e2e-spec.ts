import { CREATE_NARRATIVE, INGEST, documentInput } from './factories/documents.js';
import { DATABASES, startTestServer, type TestServer } from './support/test-app.js';

/** A GraphQL answer as these checks read it. */
interface Answer {
  data: any;
  errors?: Array<{ message: string; extensions: { code: string } }>;
}

const answer = async (res: Response): Promise<Answer> => (await res.json()) as Answer;

const post = (server: TestServer, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe.each(DATABASES)('response cache on %s', (db) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ db });
  });
  afterAll(async () => server?.close());

  it('reuses a read answer until a write, then answers from the new data', async () => {
    const read = { query: `query Count($l: String) { claims(first: 0, filter: { language: $l }) { totalCount } }`, variables: { l: 'en' } };
    const first = await post(server, read);
    expect(first.headers.get('x-response-cache')).toBeNull();
    const before = (await answer(first)).data.claims.totalCount;
    const statements = server.statements();
    const second = await post(server, read);
    expect(second.headers.get('x-response-cache')).toBe('hit');
    expect((await answer(second)).data.claims.totalCount).toBe(before);
    expect(server.statements()).toBe(statements);

    const other = await post(server, { ...read, variables: { l: 'ru' } });
    expect(other.headers.get('x-response-cache')).toBeNull();

    await server.gql(INGEST, { docs: [documentInput({ externalId: 'cache-1', language: 'en' })] });
    const after = await post(server, read);
    expect(after.headers.get('x-response-cache')).toBeNull();
    expect((await answer(after)).data.claims.totalCount).toBeGreaterThan(before);
  });

  it('answers a burst of identical requests with one execution', async () => {
    const read = { query: `query Burst { claims(first: 5, filter: { language: "en" }) { totalCount edges { node { id tags { status } } } } }` };
    const alone = server.statements();
    await post(server, { query: read.query.replace('Burst', 'Alone') }).then(answer);
    const perExecution = server.statements() - alone;
    const before = server.statements();
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(server, read).then(answer)));
    expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1);
    expect(server.statements() - before).toBeLessThanOrEqual(perExecution);
  });

  it('never reuses mutations or answers with errors', async () => {
    const create = { query: `mutation { createNarrative(input: { slug: "cache-twice", name: "Twice" }) { slug } }` };
    const a = await post(server, create);
    const b = await post(server, create);
    expect(b.headers.get('x-response-cache')).toBeNull();
    expect((await answer(a)).data.createNarrative.slug).toBe('cache-twice');
    expect((await answer(b)).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const bad = { query: `{ claims(first: -1) { totalCount } }` };
    await post(server, bad);
    const again = await post(server, bad);
    expect(again.headers.get('x-response-cache')).toBeNull();
  });

  it('keeps answers apart per credentials', async () => {
    const read = { query: `{ narratives { slug } }` };
    await post(server, read);
    const withHeader = await post(server, read, { 'x-analyst': 'someone' });
    expect(withHeader.headers.get('x-response-cache')).toBeNull();
    const created = await server.gql(CREATE_NARRATIVE, { input: { slug: 'cache-new', name: 'New' } });
    expect(created.errors).toBeUndefined();
    const fresh = await answer(await post(server, read));
    expect(fresh.data.narratives.map((n: any) => n.slug)).toContain('cache-new');
  });
});
