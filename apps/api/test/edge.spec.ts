import { randomUUID } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import { freePort, GRAPHQL_LIMITS } from '@liaise/api-core';
import { createTestDatabase, startApi, type ApiProcess, type TestDatabase } from '@liaise/api-testing';
import { SEEDED_COURSE_IDS } from '@liaise/api-training';
import { ukDate } from '@liaise/shared-domain';
import { loadDemoData } from '../src/demo/demo-data.js';
import { DEMO_PASSWORD } from '../src/demo/demo-people.js';
import { MIGRATED } from './support/databases.js';
import { operationInput } from './support/operations.js';
import { Browser } from './support/browser.js';
import { type GqlResult } from './support/graphql.js';
import { SignedInPeople } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * What the api answers at its edge, through real HTTP: the browser security headers on every response,
 * the client's mistakes as 400, no NUL character stored anywhere, and the schema kept from strangers.
 */

const NORTHSHIRE_OFFICER = 'liaison.officer@northshire.police.example';
const NORTHSHIRE_ADMIN = 'admin@northshire.police.example';
const HARBOUR_ADMIN = 'admin@harbourlights.example';
const HARBOUR_WORKER = 'outreach.worker@harbourlights.example';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const people = new SignedInPeople(() => t);

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** The first script of the built page: an asset served from dist/assets. */
async function anAsset(url: string): Promise<string> {
  const html = await (await fetch(`${url}/`)).text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (asset === undefined) throw new Error(`the built page names no script: ${html.slice(0, 300)}`);
  return asset;
}

/**
 * The headers, as the built portal serves them: real api processes (apps/api/dist/main.js serving the built
 * web), one as in local use and one as in production over HTTPS, on a database of their own.
 */
describe('browser security headers', () => {
  let db: TestDatabase;
  let local: ApiProcess;
  let production: ApiProcess;
  beforeAll(async () => {
    db = await createTestDatabase(MIGRATED);
    // The api processes run on the system clock.
    await loadDemoData(db.ownerUrl, new Date());
    const env = async (extra: Record<string, string>) => {
      const port = String(await freePort());
      return { DATABASE_URL: db.ownerUrl, DATABASE_APP_URL: db.appUrl, DEMO_DATA: 'never', ROLE: 'api', PORT: port, DATA_DIR: `/tmp/liaise-edge-${randomUUID()}`, ...extra };
    };
    local = await startApi(await env({}));
    production = await startApi(await env({ PUBLIC_URL: 'https://liaise.example', NODE_ENV: 'production' }));
  }, 120_000);
  afterAll(async () => {
    await Promise.all([local?.stop(), production?.stop()]);
    await db?.drop();
  });

  const expectedCsp = () => [
    "default-src 'none'",
    "base-uri 'none'",
    `connect-src 'self' ws://localhost:${new URL(local.baseUrl).port}`,
    "font-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "img-src 'self' data:",
    "manifest-src 'self'",
    "object-src 'none'",
    "script-src 'self'",
    "script-src-attr 'none'",
    "style-src 'self'",
  ].join(';');

  it('send the web compressed to a browser that accepts it, the same bytes as the file, and plain to one that does not', async () => {
    const asset = await anAsset(local.baseUrl);
    const plain = await fetch(`${local.baseUrl}${asset}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    const gzipped = await fetch(`${local.baseUrl}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(await gzipped.text()).toBe(text);
    const brotli = await fetch(`${local.baseUrl}${asset}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(await brotli.text()).toBe(text);
  });

  it('have caches keep the web’s hashed files for a year, and check the page that names them on every visit', async () => {
    expect((await fetch(`${local.baseUrl}${await anAsset(local.baseUrl)}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${local.baseUrl}/`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${local.baseUrl}/operations/some-page`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('are on the pages, their assets, an address the web routes itself, /graphql and health', async () => {
    const responses = await Promise.all([
      fetch(`${local.baseUrl}/`),
      fetch(`${local.baseUrl}${await anAsset(local.baseUrl)}`),
      fetch(`${local.baseUrl}/operations/some-page`),
      post(local.baseUrl, { query: '{ __typename }' }),
      fetch(`${local.baseUrl}/health/live`),
    ]);
    for (const response of responses) {
      expect(response.status).toBeLessThan(500);
      const headers = response.headers;
      expect(headers.get('content-security-policy')).toBe(expectedCsp());
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('permissions-policy')).toMatch(/(^|, )camera=\(\)/);
      expect(headers.get('permissions-policy')).toMatch(/(^|, )microphone=\(\)/);
      expect(headers.get('permissions-policy')).toMatch(/(^|, )geolocation=\(\)/);
      // Over plain HTTP (local use) HSTS would mean nothing, and no request is upgraded.
      expect(headers.get('strict-transport-security')).toBeNull();
      expect(headers.get('x-powered-by')).toBeNull();
    }
  });

  it('the built page carries no inline script or style for the policy to refuse', async () => {
    const html = await (await fetch(`${local.baseUrl}/`)).text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style/);
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('over HTTPS add HSTS, upgrade insecure requests, and let the page open its socket at the public address', async () => {
    for (const response of [await fetch(`${production.baseUrl}/`), await post(production.baseUrl, { query: '{ __typename }' })]) {
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp.split(';')).toEqual(expect.arrayContaining(["connect-src 'self' wss://liaise.example", 'upgrade-insecure-requests', "frame-ancestors 'none'"]));
    }
  });

  it('(and in production, introspection is refused even to someone signed in)', async () => {
    const worker = new Browser(production.baseUrl);
    expect((await worker.signIn(HARBOUR_WORKER, DEMO_PASSWORD)).errors).toBeUndefined();
    const response = await post(production.baseUrl, { query: '{ __schema { queryType { name } } }' }, { cookie: worker.cookie ?? '' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as GqlResult<unknown>;
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.data).toBeUndefined();
  });
});

describe("a client's mistakes", () => {
  const answer = async (query: string) => {
    const response = await post(t.url, { query });
    return { status: response.status, body: (await response.json()) as GqlResult<unknown> };
  };

  it('a query that does not parse is a 400 that says where', async () => {
    const { status, body } = await answer('{');
    expect(status).toBe(400);
    expect(body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/^Syntax Error: Expected Name, found <EOF>/), extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]);
  });

  it('too many tokens is a 400 that names the limit', async () => {
    const { status, body } = await answer(`{ ${'__typename '.repeat(GRAPHQL_LIMITS.maxTokens)} }`);
    expect(status).toBe(400);
    expect(body.errors).toEqual([expect.objectContaining({ message: expect.stringContaining(`${GRAPHQL_LIMITS.maxTokens} tokens`), extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]);
  });

  it('too many aliases is a 400 that names the limit, __typename included', async () => {
    const aliases = (field: string) => `{ ${Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    for (const query of [aliases('serviceInfo { name }'), aliases('__typename')]) {
      const { status, body } = await answer(query);
      expect(status).toBe(400);
      expect(body.errors).toEqual([expect.objectContaining({ message: expect.stringContaining(`Aliases limit of ${GRAPHQL_LIMITS.maxAliases} exceeded`), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
    }
    expect((await answer(aliases('__typename').replace(/ a0: __typename/, ''))).status).toBe(200);
  });
});

describe('a NUL character in text', () => {
  type Refusal = GqlResult<unknown>;
  const expectRefused = (result: Refusal, field: string) =>
    expect(result.errors).toEqual([
      expect.objectContaining({ message: `${field} must not contain a NUL character (\\u0000)`, extensions: { code: 'BAD_USER_INPUT', field } }),
    ]);

  it("is refused in an operation's reference or addresses, naming the field, and no operation is stored", async () => {
    const before = await t.sql('select * from operation order by id');
    const create = (input: Record<string, unknown>) =>
      people.gql(NORTHSHIRE_OFFICER, 'mutation($input: OperationDetailsInput!) { createOperation(input: $input) { id } }', { input });
    expectRefused(await create(operationInput(t.clock, { reference: 'NS-\u0000-1' })), 'reference');
    expectRefused(await create(operationInput(t.clock, { addresses: ['1 Good Street, Port Allen', '2 Bad\u0000 Street'] })), 'addresses[1]');
    expect(await t.sql('select * from operation order by id')).toEqual(before);
    // The same input without it is stored: the refusal was the NUL character's.
    expect((await create(operationInput(t.clock, { reference: 'NS-EDGE-1' }))).errors).toBeUndefined();
  });

  it("is refused in an organisation's name, and its profile is unchanged", async () => {
    const before = await t.sql('select * from organisation order by id');
    const { myOrganisation } = await people.must<{ myOrganisation: { version: number } }>(HARBOUR_ADMIN, '{ myOrganisation { version } }');
    const result = await people.gql(HARBOUR_ADMIN, 'mutation($input: UpdateMyOrganisationInput!) { updateMyOrganisation(input: $input) { id } }', {
      input: { name: 'Harbour\u0000 Lights', areasServed: ['Port Allen'], contactEmail: null, contactPhone: null, languagesOffered: ['English'], version: myOrganisation.version },
    });
    expectRefused(result, 'name');
    expect(await t.sql('select * from organisation order by id')).toEqual(before);
  });

  it("is refused in a training record's note or provider, and no record is stored", async () => {
    const before = await t.sql('select * from training_record order by id');
    const add = (input: Record<string, unknown>) =>
      people.gql(HARBOUR_WORKER, 'mutation($input: AddTrainingRecordInput!) { addTrainingRecord(input: $input) { id } }', {
        input: { courseId: SEEDED_COURSE_IDS.localMshtAwarenessTier1, provider: 'Harbour Lights', completedOn: ukDate(t.clock.now()), ...input },
      });
    expectRefused(await add({ note: 'Passed\u0000' }), 'note');
    expectRefused(await add({ provider: '\u0000' }), 'provider');
    expect(await t.sql('select * from training_record order by id')).toEqual(before);
  });

  it('is refused in a plain argument, named as the argument, signed in or not', async () => {
    const before = await t.sql('select * from checklist_item_definition order by key');
    expectRefused(
      await people.gql(NORTHSHIRE_ADMIN, 'mutation($title: String!, $hint: String!) { addChecklistItemDefinition(title: $title, hint: $hint) { key } }', {
        title: 'Interpreter\u0000 briefed',
        hint: 'The interpreter was briefed.',
      }),
      'title',
    );
    expect(await t.sql('select * from checklist_item_definition order by key')).toEqual(before);
    expectRefused(await new Browser(t.url).gql('mutation($email: String!) { requestPasswordReset(email: $email) }', { email: 'someone\u0000@harbourlights.example' }), 'email');
  });
});

describe('the schema', () => {
  const FIFTY_DEEP = `{ __schema { types { ${'ofType { '.repeat(50)}name${' }'.repeat(50)} } } }`;
  const status = async (query: string, cookie?: string, variables?: Record<string, unknown>) => {
    const response = await post(t.url, { query, variables }, cookie === undefined ? {} : { cookie });
    return { status: response.status, body: (await response.json()) as GqlResult<Record<string, unknown>> };
  };

  it('is not introspected by someone signed out, by __schema or __type', async () => {
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Role") { enumValues { name } } }', getIntrospectionQuery()]) {
      const { status: code, body } = await status(query);
      expect(code).toBe(400);
      expect(body.errors).toEqual([expect.objectContaining({ message: 'GraphQL introspection is not allowed', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
      expect(body.data).toBeUndefined();
    }
    // __typename is not introspection.
    expect((await status('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('gives nobody "did you mean" hints for fields or enum values, in the query or in variables', async () => {
    const signedIn = (await people.as(HARBOUR_ADMIN)).cookie;
    for (const cookie of [undefined, signedIn]) {
      const answers = [
        await status('{ invitations(statuses: [PENDIN]) { items { id } } }', cookie),
        await status('query($s: [InvitationStatus!]) { invitations(statuses: $s) { items { id } } }', cookie, { s: ['PENDIN'] }),
        await status('{ viewr { user { email } } }', cookie),
      ];
      for (const { status: code, body } of answers) {
        expect(code).toBe(400);
        expect(body.errors?.length).toBe(1);
        expect(body.errors?.[0]?.message).not.toMatch(/did you mean|PENDING|viewer/i);
      }
    }
  });

  it('is introspected in development by someone signed in, as tools do, within a depth limit', async () => {
    const cookie = (await people.as(HARBOUR_ADMIN)).cookie;
    const standard = await status(getIntrospectionQuery(), cookie);
    expect(standard.status).toBe(200);
    expect(standard.body.errors).toBeUndefined();
    expect((standard.body.data?.['__schema'] as { queryType: { name: string } }).queryType.name).toBe('Query');

    for (const who of [cookie, undefined]) {
      const deep = await status(FIFTY_DEEP, who);
      expect(deep.status).toBe(400);
      expect(deep.body.data).toBeUndefined();
    }
    const deep = await status(FIFTY_DEEP, cookie);
    expect(deep.body.errors?.[0]?.message).toMatch(/depth limit of 15 exceeded/);
  });
});
