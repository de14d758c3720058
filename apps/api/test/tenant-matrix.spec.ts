import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { AccessChecks } from '@liaise/api-auth';
import { withClient } from '@liaise/api-testing';
import { SCHEMA_FILE } from '../src/commands/print-schema.js';
import { DEMO_PEOPLE } from '../src/demo/demo-people.js';
import { type GqlResult } from './support/graphql.js';
import { signedIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The tenant matrix: every root field that takes an id is called by every demo person (each role of each
 * organisation) with ids of other organisations' objects, and must answer exactly as it does for a random
 * id that exists nowhere. It runs twice: with the access layer, and with its permission checks switched off
 * (a test-only provider), where row-level security alone must hold.
 */
const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));

/**
 * Fields that act on any organisation by design, for the platform administrator only (setting organisations
 * up and suspending them). Everyone else is still tried on them.
 */
const PLATFORM_WIDE_FIELDS = new Set(['suspendOrganisation', 'reactivateOrganisation']);
const ID_PLACEHOLDER = '__ID__';

/** A value of the given input type: ids where ids go, otherwise the plainest valid-looking value. */
function sampleValue(type: GraphQLInputType, id: string, depth = 0): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [sampleValue(inner.ofType, id, depth)];
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'ID':
        return id;
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'DateTime':
      case 'Date':
        return '2027-01-15T10:00:00.000Z';
      case 'JSONObject':
        return {};
      default:
        return 'Sample text for the tenant matrix';
    }
  }
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  if (isInputObjectType(inner) && depth < 4) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type) || getNamedType(field.type).name === 'ID')
        .map((field) => [field.name, sampleValue(field.type, id, depth + 1)]),
    );
  }
  return null;
}

function takesAnId(arg: GraphQLArgument): boolean {
  return JSON.stringify(sampleValue(arg.type, ID_PLACEHOLDER)).includes(ID_PLACEHOLDER);
}

/** A selection that asks for every scalar field, one level of objects deep. */
function selection(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  if (depth > 1) return '{ __typename }';
  const fields = Object.values(named.getFields())
    .filter((field) => field.args.every((arg) => !isNonNullType(arg.type)))
    .map((field) => {
      const inner = getNamedType(field.type);
      return isObjectType(inner) ? `${field.name} ${selection(field.type, depth + 1)}` : field.name;
    });
  return `{ __typename ${fields.join(' ')} }`;
}

interface Case {
  readonly operation: 'query' | 'mutation';
  readonly field: GraphQLField<unknown, unknown>;
  readonly document: string;
  readonly variables: (id: string) => Record<string, unknown>;
}

function cases(): Case[] {
  const result: Case[] = [];
  for (const [operation, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (!field.args.some(takesAnId)) continue;
      const declared = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
      const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      result.push({
        operation,
        field,
        document: `${operation} Matrix(${declared}) { ${field.name}(${passed}) ${selection(field.type)} }`,
        variables: (id) => Object.fromEntries(field.args.map((arg) => [arg.name, sampleValue(arg.type, id)])),
      });
    }
  }
  return result;
}

/** Ids of every organisation-owned row, by owning organisation (a partnership belongs to both sides). */
async function idsByOrganisation(t: TestApp): Promise<Map<string, { table: string; id: string }[]>> {
  return withClient(t.db.superuserUrl, async (client) => {
    const tables = await client.query<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns
        where table_schema = 'public' and column_name like '%organisation_id' and table_name <> 'audit_entry'
          -- Rows keyed otherwise (checklist answers, preferences, attendees) are reached through a keyed row's id.
          and exists (select 1 from information_schema.columns i
                       where i.table_schema = 'public' and i.table_name = columns.table_name and i.column_name = 'id')`,
    );
    const owned = new Map<string, { table: string; id: string }[]>();
    for (const { table_name: table, column_name: column } of tables.rows) {
      const rows = await client.query<{ id: string; org: string }>(`select id::text as id, "${column}"::text as org from "${table}" where "${column}" is not null`);
      for (const row of rows.rows) owned.set(row.org, [...(owned.get(row.org) ?? []), { table, id: row.id }]);
    }
    const organisations = await client.query<{ id: string }>('select id::text as id from organisation');
    for (const row of organisations.rows) owned.set(row.id, [...(owned.get(row.id) ?? []), { table: 'organisation', id: row.id }]);
    return owned;
  });
}

/** What a caller learns from an answer: its error codes and messages, and whether any data came back. */
function answer(result: GqlResult<unknown>, id: string): string {
  return JSON.stringify({ data: result.data ?? null, errors: result.errors?.map((e) => [e.extensions?.code, e.message]) }).replaceAll(id, ID_PLACEHOLDER);
}

async function runMatrix(t: TestApp): Promise<{ cases: number; leaks: string[] }> {
  const owned = await idsByOrganisation(t);
  const leaks: string[] = [];
  let count = 0;
  for (const person of DEMO_PEOPLE) {
    const browser = await signedIn(t.url, person.email);
    // One object of each table from every other organisation, not shared with this person's.
    const ownIds = new Set((owned.get(person.organisationId) ?? []).map((o) => o.id));
    const foreign = [...owned.entries()]
      .filter(([organisationId]) => organisationId !== person.organisationId)
      .flatMap(([, objects]) => objects)
      .filter((object) => !ownIds.has(object.id));
    const oneOfEach = [...new Map(foreign.map((o) => [o.table, o])).values()];
    for (const matrixCase of cases()) {
      if (person.role === 'PLATFORM_ADMIN' && PLATFORM_WIDE_FIELDS.has(matrixCase.field.name)) continue;
      const random = randomUUID();
      const expected = answer(await browser.gql(matrixCase.document, matrixCase.variables(random)), random);
      for (const object of oneOfEach) {
        count += 1;
        const actual = answer(await browser.gql(matrixCase.document, matrixCase.variables(object.id)), object.id);
        if (actual !== expected) {
          leaks.push(`${person.email} ${matrixCase.field.name} with a ${object.table} id: ${actual} (a random id: ${expected})`);
        }
      }
    }
  }
  return { cases: count, leaks };
}

/** Each matrix sends over three thousand requests: minutes, not seconds, when the machine is shared and busy. */
const MATRIX_TIMEOUT_MS = 300_000;

describe('the tenant matrix', () => {
  it('answers every id of another organisation exactly as a random id, through the access layer', async () => {
    const t = await startTestApp();
    try {
      const { cases: ran, leaks } = await runMatrix(t);
      console.log(`tenant matrix (access layer on): ${ran} cases over ${cases().length} id-taking root fields`);
      expect(ran).toBeGreaterThan(0);
      expect(leaks).toEqual([]);
    } finally {
      await t.close();
    }
  }, MATRIX_TIMEOUT_MS);

  it('leaks nothing with row-level security alone (permission checks switched off)', async () => {
    const t = await startTestApp({}, (builder) => builder.overrideProvider(AccessChecks).useValue({ permissionsChecked: false }));
    try {
      const { cases: ran, leaks } = await runMatrix(t);
      console.log(`tenant matrix (row-level security alone): ${ran} cases`);
      expect(ran).toBeGreaterThan(0);
      expect(leaks).toEqual([]);
    } finally {
      await t.close();
    }
  }, MATRIX_TIMEOUT_MS);
});
