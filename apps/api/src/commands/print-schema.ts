import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSortedSchema, type AppConfig } from '@liaise/api-core';
import { AppModule } from '../app.module.js';
import { VERSION } from '../version.js';

export const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../schema.gql');

/** Builds the GraphQL schema from the code, with no database, and returns it as sorted SDL. */
export async function buildSchemaSdl(config: AppConfig): Promise<string> {
  const app = await NestFactory.create(
    AppModule.forRoot({
      config: { ...config, webDistDir: undefined },
      runtime: { demoMode: false, embeddedDatabase: false, version: VERSION },
      appDatabaseUrl: 'postgres://nobody@127.0.0.1:1/none',
      connect: false,
    }),
    { logger: ['error'], abortOnError: false },
  );
  try {
    await app.init();
    return printSortedSchema(app.get(GraphQLSchemaHost).schema);
  } finally {
    await app.close();
  }
}

export async function writeSchema(config: AppConfig): Promise<void> {
  await writeFile(SCHEMA_FILE, await buildSchemaSdl(config));
  process.stdout.write(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
}
